<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/about_dialog.py" line="38" />
            <source>Over Verantwoording</source>
            <translation>About Verantwoording</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/about_dialog.py" line="41" />
            <source>De editor voor de programmaverantwoording van gemeenten.</source>
            <translation>The editor for municipalities' programme accountability chapters.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/about_dialog.py" line="42" />
            <source>Licentie: EUPL-1.2 (European Union Public Licence).</source>
            <translation>Licence: EUPL-1.2 (European Union Public Licence).</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/about_dialog.py" line="43" />
            <source>Gebouwd met:</source>
            <translation>Built with:</translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="100" />
            <source>De nummering volgt de volgorde in de boom.</source>
            <translation>Numbering follows the order in the tree.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="103" />
            <source>naam van de beleidsmedewerker</source>
            <translation>name of the policy officer</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="105" />
            <source>wethouder</source>
            <translation>alderman</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="110" />
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="120" />
            <source>&amp;Nummer:</source>
            <translation>&amp;Number:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="121" />
            <source>&amp;Titel:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="124" />
            <source>&amp;Eigenaar:</source>
            <translation>&amp;Owner:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="125" />
            <source>&amp;Portefeuillehouder:</source>
            <translation>&amp;Portfolio holder:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="126" />
            <source>&amp;Deadline:</source>
            <translation>&amp;Deadline:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="122" />
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="123" />
            <source>&amp;Beoordeling:</source>
            <translation>&amp;Review:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="132" />
            <source>Plantekst</source>
            <translation>Plan text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="134" />
            <source>Realisatietekst</source>
            <translation>Realisation text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="135" />
            <source>P&amp;lan (uit de begroting)</source>
            <translation>P&amp;lan (from the budget)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="137" />
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="265" />
            <source>&amp;Realisatie</source>
            <translation>&amp;Realisation</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="159" />
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="206" />
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="335" />
            <source>Kengetallen</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="165" />
            <source>Kengetal &amp;toevoegen</source>
            <translation>&amp;Add key figure</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="166" />
            <source>Kengetal &amp;verwijderen</source>
            <translation>&amp;Remove key figure</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="178" />
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="207" />
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="337" />
            <source>Opmerkingen</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="181" />
            <source>Nieuwe opmerking voor de beoordeling…</source>
            <translation>New remark for the review…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="182" />
            <source>Opmerking &amp;plaatsen</source>
            <translation>&amp;Post remark</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="185" />
            <source>Vink een opmerking aan als die is afgehandeld.</source>
            <translation>Tick a remark when it has been dealt with.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="195" />
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="208" />
            <source>Interne notitie</source>
            <translation>Internal note</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="198" />
            <source>Alleen voor intern gebruik; deze notitie komt nooit in een export.</source>
            <translation>For internal use only; this note never appears in an export.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="205" />
            <source>Teksten</source>
            <translation>Texts</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="258" />
            <source>(geen status)</source>
            <translation>(no status)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="264" />
            <source>&amp;Realisatie — %1</source>
            <translation>&amp;Realisation — %1</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="334" />
            <source>Kengetallen (%1)</source>
            <translation>Key figures (%1)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="336" />
            <source>Opmerkingen (%1)</source>
            <translation>Remarks (%1)</translation>
        </message>
        <message>
            <source>Plan &amp;ontdooien</source>
            <translation>&amp;Unfreeze plan</translation>
        </message>
        <message>
            <source>De plantekst komt uit de vastgestelde begroting en is bevroren. De coördinator kan haar weer bewerkbaar maken.</source>
            <translation>The plan text comes from the adopted budget and is frozen. The coordinator can make it editable again.</translation>
        </message>
        <message>
            <source>P&amp;lan (uit de vastgestelde begroting, bevroren)</source>
            <translation>P&amp;lan (from the adopted budget, frozen)</translation>
        </message>
        <message>
            <source>Lijn door de &amp;jaren…</source>
            <translation>Line through the &amp;years…</translation>
        </message>
        <message>
            <source>Plan en realisatie van eerdere jaren naast het plan van nu</source>
            <translation>Plan and realisation of earlier years beside today's plan</translation>
        </message>
        <message>
            <source>Plan en realisatie van eerdere jaren naast het plan van nu (%1 eerdere documenten)</source>
            <translation>Plan and realisation of earlier years beside today's plan (%1 earlier documents)</translation>
        </message>
        <message>
            <source>Deze activiteit is nieuw; er is geen vorig jaar.</source>
            <translation>This activity is new; there is no previous year.</translation>
        </message>
        <message>
            <source>Doorgeschoven uit %1. Realisatie toen: %2</source>
            <translation>Carried over from %1. Realisation then: %2</translation>
        </message>
        <message>
            <source>Controle</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Controle (%1)</source>
            <translation>Check (%1)</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="54" />
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="149" />
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="173" />
            <source>Herstellen</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="61" />
            <source>Reservekopieën van ‘%1’, nieuwste eerst. Bij terugzetten wordt eerst een reservekopie van de huidige toestand gemaakt, zodat ook dat terug te draaien is.
Map: %2</source>
            <translation>Backups of ‘%1’, newest first. Restoring first makes a backup of the current state, so that the restore can be undone as well.
Folder: %2</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="69" />
            <source>Reservekopieën</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="71" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="71" />
            <source>Tijd</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="71" />
            <source>Grootte</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="71" />
            <source>Activiteiten</source>
            <translation>Activities</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="71" />
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="86" />
            <source>&amp;Nu een reservekopie maken</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="88" />
            <source>&amp;Terugzetten…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="97" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="115" />
            <source>onleesbaar</source>
            <translation>unreadable</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="160" />
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="165" />
            <source>Terugzetten</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="161" />
            <source>De database terugzetten naar de reservekopie van %1?</source>
            <translation>Restore the database to the backup from %1?</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="163" />
            <source>Alles wat daarna is gewijzigd, verdwijnt uit de database. Er wordt eerst een reservekopie van de huidige toestand gemaakt.</source>
            <translation>Everything changed after that will disappear from the database. A backup of the current state is made first.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/backup_dialog.py" line="166" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>ander document: %1</source>
            <translation>another document: %1</translation>
        </message>
        <message>
            <source>Ander document</source>
            <translation>Another document</translation>
        </message>
        <message>
            <source>Deze reservekopie is van een ander document: ‘%1’. Terugzetten vervangt het document in deze database door dat andere document.

Typ de naam van dat document om het toch terug te zetten:</source>
            <translation>This backup is of another document: ‘%1’. Restoring replaces the document in this database with that other document.

Type the name of that document to restore it anyway:</translation>
        </message>
        <message>
            <source>De naam klopt niet; er is niets teruggezet.</source>
            <translation>The name does not match; nothing was restored.</translation>
        </message>
    </context>
    <context>
        <name>Collaboration</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="32" />
            <source>&amp;Mensen en toewijzing…</source>
            <translation>&amp;People and assignment…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="33" />
            <source>&amp;Werkpakket maken…</source>
            <translation>Make &amp;work package…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="34" />
            <source>&amp;Inleveren…</source>
            <translation>&amp;Hand in…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="35" />
            <source>Werk&amp;pakketten…</source>
            <translation>Work &amp;packages…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="36" />
            <source>&amp;Conflicten…</source>
            <translation>&amp;Conflicts…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="37" />
            <source>Moment&amp;opnamen…</source>
            <translation>&amp;Snapshots…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="38" />
            <source>&amp;Geschiedenis van deze activiteit…</source>
            <translation>&amp;History of this activity…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="39" />
            <source>&amp;Herstellen uit reservekopie…</source>
            <translation>Res&amp;tore from backup…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="40" />
            <source>&amp;Werkpakket openen…</source>
            <translation>Open &amp;work package…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="58" />
            <source>&amp;Samenwerken</source>
            <translation>&amp;Collaborate</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="173" />
            <source>Er is geen database geopend.</source>
            <translation>No database is open.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="175" />
            <source>Deze database is alleen-lezen geopend; herstellen kan niet.</source>
            <translation>This database is open read-only; it cannot be restored.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="191" />
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="213" />
            <source>Werkpakket openen</source>
            <translation>Open work package</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="192" />
            <source>Werkpakket (*%1)</source>
            <translation>Work package (*%1)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="204" />
            <source>Dit is een ingeleverd pakket; open eerst de database van de coördinator.</source>
            <translation>This is a handed-in package; open the coordinator's database first.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/collaboration.py" line="206" />
            <source>Werkpakket</source>
            <translation>Work package</translation>
        </message>
        <message>
            <source>Alle bestanden (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Ingeleverd werk &amp;samenvoegen…</source>
            <translation>&amp;Merge handed-in work…</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="60" />
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="207" />
            <source>Conflicten</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="73" />
            <source>Activiteit</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="73" />
            <source>Veld</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="73" />
            <source>Van</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="73" />
            <source>Binnengekomen</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="74" />
            <source>Open conflicten</source>
            <translation>Open conflicts</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="95" />
            <source>Links de tekst in de database, rechts die uit het pakket. Rood doorgestreept: alleen in de database; groen: alleen in het pakket. De tekst die niet wordt gekozen, blijft bewaard in de geschiedenis.</source>
            <translation>Left the text in the database, right the one from the package. Red struck through: only in the database; green: only in the package. The text that is not chosen is kept in the history.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="102" />
            <source>&amp;Database behouden</source>
            <translation>Keep &amp;database</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="104" />
            <source>&amp;Pakket overnemen</source>
            <translation>Take &amp;package</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="106" />
            <source>&amp;Samenvoegen…</source>
            <translation>&amp;Merge…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="115" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="146" />
            <source>(verwijderde activiteit)</source>
            <translation>(deleted activity)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="163" />
            <source>Er zijn geen open conflicten.</source>
            <translation>There are no open conflicts.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="164" />
            <source>Alle conflicten zijn beslist.</source>
            <translation>All conflicts have been decided.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="181" />
            <source>Samenvoegen kan alleen bij tekstvelden; kies hier een van beide.</source>
            <translation>Only text fields can be merged; choose one of the two here.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="193" />
            <source>Database (nu)</source>
            <translation>Database (now)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="194" />
            <source>Pakket van %1</source>
            <translation>Package from %1</translation>
        </message>
        <message>
            <source>%n open conflict. Kies welke tekst blijft.</source>
            <translation>%n open conflict. Choose which text stays.</translation>
        </message>
        <message>
            <source>%n open conflicten. Kies per conflict welke tekst blijft.</source>
            <translation>%n open conflicts. Choose for each conflict which text stays.</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/dialogs.py" line="27" />
            <source>Verantwoording-database (*.vwdb)</source>
            <translation>Verantwoording database (*.vwdb)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/dialogs.py" line="27" />
            <source>Alle bestanden (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/dialogs.py" line="31" />
            <source>Database openen</source>
            <translation>Open database</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/dialogs.py" line="36" />
            <source>Nieuwe database</source>
            <translation>New database</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/dialogs.py" line="56" />
            <location filename="../../src/verantwoording_app/ui/dialogs.py" line="61" />
            <location filename="../../src/verantwoording_app/ui/dialogs.py" line="72" />
            <source>Verantwoording</source>
            <translation>Verantwoording</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/dialogs.py" line="63" />
            <source>&amp;Opnieuw proberen</source>
            <translation>&amp;Try again</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/dialogs.py" line="64" />
            <source>Andere &amp;naam…</source>
            <translation>Other &amp;name…</translation>
        </message>
    </context>
    <context>
        <name>DiffView</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/diff_view.py" line="41" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/diff_view.py" line="42" />
            <source>Plantekst</source>
            <translation>Plan text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/diff_view.py" line="43" />
            <source>Realisatie</source>
            <translation>Realisation</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/diff_view.py" line="44" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/diff_view.py" line="45" />
            <source>Eigenaar</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/diff_view.py" line="46" />
            <source>Portefeuillehouder</source>
            <translation>Portfolio holder</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/diff_view.py" line="47" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/diff_view.py" line="48" />
            <source>Reviewstatus</source>
            <translation>Review state</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/diff_view.py" line="49" />
            <source>Interne notitie</source>
            <translation>Internal note</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/diff_view.py" line="50" />
            <source>Kengetallen</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/diff_view.py" line="106" />
            <source>nulmeting</source>
            <translation>baseline</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/diff_view.py" line="106" />
            <source>doel</source>
            <translation>target</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/diff_view.py" line="106" />
            <source>realisatie</source>
            <translation>realised</translation>
        </message>
    </context>
    <context>
        <name>DocumentForm</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="27" />
            <source>Begroting</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="28" />
            <source>Jaarstukken</source>
            <translation>Annual accounts</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="29" />
            <source>Tussenrapportage</source>
            <translation>Interim report</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="31" />
            <source>Concept</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="31" />
            <source>Vastgesteld</source>
            <translation>Adopted</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="44" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="59" />
            <source>{jaar} wordt vervangen door het jaar van het document.</source>
            <translation>{jaar} is replaced by the year of the document.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="61" />
            <source>{nummer} en {titel} worden vervangen door het nummer en de titel van het hoofddoel.</source>
            <translation>{nummer} and {titel} are replaced by the number and title of the main goal.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="74" />
            <source>De vier stappen van de beoordeling, in volgorde: concept, ter review, akkoord, vastgesteld. De laatste vergrendelt een activiteit.</source>
            <translation>The four review steps, in order: draft, in review, approved, adopted. The last one locks an activity.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="80" />
            <source>&amp;Soort:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="81" />
            <source>&amp;Jaar:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="82" />
            <source>&amp;Gemeente:</source>
            <translation>&amp;Municipality:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="83" />
            <source>T&amp;itelregels:</source>
            <translation>T&amp;itle lines:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="84" />
            <source>Paragraaf&amp;nummer:</source>
            <translation>Section &amp;number:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="85" />
            <source>Paragraaf&amp;titel:</source>
            <translation>Section &amp;title:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="86" />
            <source>Kop boven &amp;realisatie:</source>
            <translation>Heading above &amp;realisation:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="87" />
            <source>Zin boven &amp;hoofddoel:</source>
            <translation>Sentence above main &amp;goal:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="88" />
            <source>Status&amp;schema:</source>
            <translation>Status &amp;scheme:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="90" />
            <source>&amp;Reviewstappen:</source>
            <translation>&amp;Review steps:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="91" />
            <source>S&amp;taat:</source>
            <translation>S&amp;tate:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/document_form.py" line="140" />
            <source> (gereed)</source>
            <translation> (done)</translation>
        </message>
    </context>
    <context>
        <name>DocumentTreeModel</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/tree_model.py" line="295" />
            <source>Geen status</source>
            <translation>No status</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/tree_model.py" line="297" />
            <source>Eigenaar: %1</source>
            <translation>Owner: %1</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/tree_model.py" line="299" />
            <source>Nog geen realisatie</source>
            <translation>No realisation yet</translation>
        </message>
        <message>
            <source>Nu bezig: %1</source>
            <translation>Working on it now: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/errors.py" line="87" />
            <source>Verantwoording</source>
            <translation>Verantwoording</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/errors.py" line="91" />
            <source>Er ging iets mis</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/errors.py" line="92" />
            <source>Er is een onverwachte fout opgetreden. Uw tekst is opgeslagen en u kunt verder werken.</source>
            <translation>An unexpected error occurred. Your text has been saved and you can continue working.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/errors.py" line="94" />
            <source>De fout is vastgelegd in het logbestand:</source>
            <translation>The error has been recorded in the log file:</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="33" />
            <source>P&amp;C-tekst (*.txt)</source>
            <translation>P&amp;C text (*.txt)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="34" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="35" />
            <source>Word-document (*.docx)</source>
            <translation>Word document (*.docx)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="36" />
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="203" />
            <source>Excel-werkmap (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="100" />
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="123" />
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="138" />
            <source>Exporteren</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="127" />
            <source>Bezig met exporteren naar %1…</source>
            <translation>Exporting to %1…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="170" />
            <source>P&amp;C-tekst importeren</source>
            <translation>Import P&amp;C text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="171" />
            <source>Tekstbestanden (*.txt);;Alle bestanden (*)</source>
            <translation>Text files (*.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="175" />
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="186" />
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="192" />
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="213" />
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="220" />
            <source>Importeren</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="176" />
            <source>De P&amp;C-tekst vervangt het hele document in deze database. Doorgaan?

Tip: importeer in een nieuwe database (Bestand › Nieuw) om niets te vervangen.</source>
            <translation>The P&amp;C text replaces the whole document in this database. Continue?

Tip: import into a new database (File › New) to replace nothing.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_runner.py" line="202" />
            <source>Excel-werkmap importeren</source>
            <translation>Import Excel workbook</translation>
        </message>
        <message>
            <source>%n activiteit geëxporteerd naar %2</source>
            <translation>%n activity exported to %2</translation>
        </message>
        <message>
            <source>%n activiteiten geëxporteerd naar %2</source>
            <translation>%n activities exported to %2</translation>
        </message>
        <message>
            <source>%n activiteit geïmporteerd.</source>
            <translation>%n activity imported.</translation>
        </message>
        <message>
            <source>%n activiteiten geïmporteerd.</source>
            <translation>%n activities imported.</translation>
        </message>
        <message>
            <source>Alle bestanden (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Map voor de website kiezen (leeg, of een eerdere website)</source>
            <translation>Choose the folder for the website (empty, or an earlier website)</translation>
        </message>
        <message>
            <source>Tekst of Word-document importeren</source>
            <translation>Import text or Word document</translation>
        </message>
        <message>
            <source>Teksten en Word (*.txt *.md *.html *.htm *.docx);;Alle bestanden (*)</source>
            <translation>Texts and Word (*.txt *.md *.html *.htm *.docx);;All files (*)</translation>
        </message>
        <message>
            <source>Kies eerst in de boom de activiteit waar de tekst in moet.</source>
            <translation>First choose the activity in the tree that the text should go into.</translation>
        </message>
        <message>
            <source>U mag deze activiteit niet wijzigen.</source>
            <translation>You may not change this activity.</translation>
        </message>
        <message>
            <source>Tekst in deze activiteit importeren</source>
            <translation>Import text into this activity</translation>
        </message>
        <message>
            <source>Plakken als activiteiten</source>
            <translation>Paste as activities</translation>
        </message>
    </context>
    <context>
        <name>ExportOptionsDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="78" />
            <source>Exporteren naar %1</source>
            <translation>Export to %1</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="87" />
            <source>&amp;Hele document</source>
            <translation>&amp;Whole document</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="88" />
            <source>Alleen de &amp;selectie: %1</source>
            <translation>Only the &amp;selection: %1</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="93" />
            <source>Bereik:</source>
            <translation>Scope:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="102" />
            <source>(geen status)</source>
            <translation>(no status)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="106" />
            <source>S&amp;tatussen:</source>
            <translation>S&amp;tatuses:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="108" />
            <source>Met &amp;plantekst</source>
            <translation>With &amp;plan text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="110" />
            <source>Met &amp;kengetallen als tabel</source>
            <translation>With &amp;key figures as a table</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="112" />
            <source>geen: de standaardstijlen van Word</source>
            <translation>none: Word's standard styles</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="113" />
            <source>&amp;Bladeren…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="121" />
            <source>(geen kolom)</source>
            <translation>(no column)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="128" />
            <source>&amp;Huisstijlsjabloon:</source>
            <translation>&amp;House template:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="130" />
            <source>&amp;Gewijzigd sinds:</source>
            <translation>&amp;Changed since:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="133" />
            <source>&amp;Exporteren…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="141" />
            <source>Huisstijlsjabloon kiezen</source>
            <translation>Choose house template</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="142" />
            <source>Word-sjabloon (*.dotx *.docx)</source>
            <translation>Word template (*.dotx *.docx)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="120" />
            <source>Met &amp;inhoudsopgave</source>
            <translation>With table of &amp;contents</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="122" />
            <source>Vernieuwen: gebouwd op nu</source>
            <translation>Refresh: built now</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="123" />
            <source>Weglaten</source>
            <translation>Leave out</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="124" />
            <source>Behouden zoals geïmporteerd</source>
            <translation>Keep as imported</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/export_dialog.py" line="130" />
            <source>&amp;Voettekst:</source>
            <translation>&amp;Footer:</translation>
        </message>
        <message>
            <source>Met kolom '&amp;Vorig jaar' (realisatie of plan uit de lijn)</source>
            <translation>With a '&amp;Previous year' column (realisation or plan from the lineage)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/export_dialog.py" line="140" />
            <source>Wat wilden we be&amp;reiken? (effecten, indicatoren)</source>
            <translation>What did we want to achie&amp;ve? (effects, indicators)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/export_dialog.py" line="141" />
            <source>Wat hebben we daarvoor ge&amp;daan? (doelen en activiteiten)</source>
            <translation>What &amp;did we do for it? (goals and activities)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/export_dialog.py" line="142" />
            <source>Wat heeft het gekost? (&amp;financiële tabel, afwijkingen)</source>
            <translation>What did it cost? (&amp;financial table, variances)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/export_dialog.py" line="148" />
            <source>&amp;Onderdelen:</source>
            <translation>Pa&amp;rts:</translation>
        </message>
    </context>
    <context>
        <name>FormatActions</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/format_actions.py" line="22" />
            <source>&amp;Vet</source>
            <translation>&amp;Bold</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/format_actions.py" line="22" />
            <source>Vet (Ctrl+B)</source>
            <translation>Bold (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/format_actions.py" line="23" />
            <source>&amp;Cursief</source>
            <translation>&amp;Italic</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/format_actions.py" line="23" />
            <source>Cursief (Ctrl+I)</source>
            <translation>Italic (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/format_actions.py" line="25" />
            <source>&amp;Opsommingstekens</source>
            <translation>B&amp;ullets</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/format_actions.py" line="25" />
            <source>Opsomming (Ctrl+Shift+8)</source>
            <translation>Bulleted list (Ctrl+Shift+8)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/format_actions.py" line="29" />
            <source>&amp;Nummering</source>
            <translation>&amp;Numbering</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/format_actions.py" line="29" />
            <source>Genummerde lijst (Ctrl+Shift+7)</source>
            <translation>Numbered list (Ctrl+Shift+7)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/format_actions.py" line="33" />
            <source>&amp;Tussenkop</source>
            <translation>&amp;Sub-heading</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/format_actions.py" line="33" />
            <source>Tussenkop (Ctrl+Alt+4)</source>
            <translation>Sub-heading (Ctrl+Alt+4)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/format_actions.py" line="41" />
            <source>V</source>
            <comment>toolbar: bold</comment>
            <translation>B</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/format_actions.py" line="42" />
            <source>C</source>
            <comment>toolbar: italic</comment>
            <translation>I</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/format_actions.py" line="43" />
            <location filename="../../src/verantwoording_app/ui/format_actions.py" line="44" />
            <source>Lijst</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/format_actions.py" line="45" />
            <source>Kop</source>
            <translation>Heading</translation>
        </message>
    </context>
    <context>
        <name>GoalForm</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/goal_form.py" line="23" />
            <source>Leeg: de standaardzin van het document. {nummer} en {titel} worden ingevuld.</source>
            <translation>Empty: the document's default sentence. {nummer} and {titel} are filled in.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/goal_form.py" line="24" />
            <source>De activiteiten van dit hoofddoel staan eronder in de boom. Met Alt+↑ en Alt+↓ verplaatst u een geselecteerd hoofddoel of activiteit; de nummering volgt.</source>
            <translation>The activities of this main goal are listed below it in the tree. Alt+↑ and Alt+↓ move a selected goal or activity; numbering follows.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/goal_form.py" line="29" />
            <source>&amp;Titel:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/goal_form.py" line="30" />
            <source>&amp;Inleidende zin:</source>
            <translation>&amp;Intro sentence:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/goal_form.py" line="43" />
            <source>Hoofddoel %1</source>
            <translation>Main goal %1</translation>
        </message>
    </context>
    <context>
        <name>HandoutDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="63" />
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="119" />
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="122" />
            <source>Werkpakket maken</source>
            <translation>Create work package</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="66" />
            <source>Een werkpakket bevat het hele document. De activiteiten van de gekozen eigenaar zijn daarin te bewerken, de rest is alleen te lezen. Stuur het bestand naar de medewerker; die levert het later weer in.</source>
            <translation>A work package contains the whole document. The activities of the chosen owner can be edited in it; the rest is read-only. Send the file to the officer, who will hand it in again later.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="75" />
            <source>&amp;Eigenaar:</source>
            <translation>&amp;Owner:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="83" />
            <source>&amp;Opslaan als…</source>
            <translation>&amp;Save as…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="86" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="98" />
            <source>Er zijn nog geen activiteiten toegewezen. Wijs eerst eigenaren toe via Mensen en toewijzing.</source>
            <translation>No activities have been assigned yet. First assign owners via People and assignment.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="113" />
            <source>Werkpakket opslaan</source>
            <translation>Save work package</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="123" />
            <source>Werkpakket voor %1 opgeslagen als '%2': %3 van de %4 activiteiten zijn te bewerken.</source>
            <translation>Work package for %1 saved as '%2': %3 of the %4 activities can be edited.</translation>
        </message>
        <message>
            <source>%1 (%n activiteit)</source>
            <translation>%1 (%n activity)</translation>
        </message>
        <message>
            <source>%1 (%n activiteiten)</source>
            <translation>%1 (%n activities)</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="120" />
            <source>Geschiedenis – %1</source>
            <translation>History – %1</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="127" />
            <source>Alle versies van „%1”. Kies één versie om te zien wat er toen veranderde, of twee versies van hetzelfde veld (Ctrl+klik) om ze te vergelijken.</source>
            <translation>All versions of “%1”. Choose one version to see what changed then, or two versions of the same field (Ctrl+click) to compare them.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="135" />
            <source>Versies per veld</source>
            <translation>Versions per field</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="136" />
            <source>Veld en tijdstip</source>
            <translation>Field and time</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="136" />
            <source>Door</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="136" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="155" />
            <source>&amp;Herstellen</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="167" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="185" />
            <source>wijziging</source>
            <translation>change</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="186" />
            <source>niet toegepast voorstel</source>
            <translation>proposal not applied</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="187" />
            <source>oorspronkelijke tekst</source>
            <translation>original text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="203" />
            <source>wijziging (huidige versie)</source>
            <translation>change (current version)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="205" />
            <source>vóór eerste wijziging</source>
            <translation>before first change</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="218" />
            <source>Deze activiteit is nog niet gewijzigd; er is geen geschiedenis.</source>
            <translation>This activity has not been changed yet; there is no history.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="228" />
            <source>Oorspronkelijke tekst</source>
            <translation>Original text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="231" />
            <source>Niet toegepast voorstel (%1)</source>
            <translation>Proposal not applied (%1)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="232" />
            <source>Versie van %1</source>
            <translation>Version of %1</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="239" />
            <source>Kies een versie in de lijst.</source>
            <translation>Choose a version in the list.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="247" />
            <source>Nu</source>
            <translation>Now</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="249" />
            <source>Database op dat moment</source>
            <translation>Database at that moment</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="252" />
            <source>Daarvoor</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="260" />
            <source>Kies twee versies van hetzelfde veld om ze te vergelijken.</source>
            <translation>Choose two versions of the same field to compare them.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="268" />
            <source>Kengetallen herstelt u in het formulier van de activiteit.</source>
            <translation>Key figures are restored in the activity's form.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="270" />
            <source>Dit is de huidige waarde.</source>
            <translation>This is the current value.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="273" />
            <source>Herstellen zet deze waarde terug als nieuwe versie; er gaat niets verloren.</source>
            <translation>Restoring puts this value back as a new version; nothing is lost.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="275" />
            <source>Kies één versie om die te herstellen.</source>
            <translation>Choose one version to restore it.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="290" />
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="293" />
            <source>Herstellen</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/history_dialog.py" line="294" />
            <source>Deze versie heeft een waarde die niet meer kan worden teruggezet.</source>
            <translation>This version has a value that can no longer be restored.</translation>
        </message>
    </context>
    <context>
        <name>HitModel</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="42" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="43" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="44" />
            <source>Realisatie</source>
            <translation>Realisation</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="45" />
            <source>Tekst</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="79" />
            <source>Activiteit</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="79" />
            <source>Veld</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="79" />
            <source>Vindplaats</source>
            <translation>Context</translation>
        </message>
    </context>
    <context>
        <name>KeyFigureModel</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/key_figures.py" line="76" />
            <source>Kengetal</source>
            <translation>Key figure</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/key_figures.py" line="76" />
            <source>Eenheid</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/key_figures.py" line="76" />
            <source>Nulmeting</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/key_figures.py" line="76" />
            <source>Streefwaarde</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/key_figures.py" line="76" />
            <source>Gerealiseerd</source>
            <translation>Realised</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/key_figures.py" line="76" />
            <source>Bron</source>
            <translation>Source</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="94" />
            <source>Database is in gebruik</source>
            <translation>Database in use</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="96" />
            <source>Deze database</source>
            <translation>This database</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="97" />
            <source>de opdrachtregel van %1</source>
            <translation>the command line of %1</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="98" />
            <source>&lt;b&gt;%1&lt;/b&gt; is al geopend door &lt;b&gt;%2&lt;/b&gt; op computer &lt;b style='white-space:nowrap'&gt;%3&lt;/b&gt;, sinds %4.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; is already in use by &lt;b&gt;%2&lt;/b&gt; on computer &lt;b style='white-space:nowrap'&gt;%3&lt;/b&gt; since %4.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="104" />
            <source>Die vergrendeling lijkt verlopen: het programma daar reageert niet meer (laatste teken van leven %1). Neem haar alleen over als u zeker weet dat daar niemand meer in werkt.</source>
            <translation>That lock seems to have expired: the program there no longer responds (last sign of life %1). Only take it over if you are sure that nobody is still working with it on that computer.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="108" />
            <source>U kunt de database alleen lezen tot %1 haar sluit. Wijzigingen kunt u dan niet opslaan.</source>
            <translation>You can only read the database until %1 closes it. You cannot save changes in the meantime.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="111" />
            <source>&amp;Alleen lezen</source>
            <translation>&amp;Read-only</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="115" />
            <source>&amp;Overnemen</source>
            <translation>&amp;Take over</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="117" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="463" />
            <source>Alleen lezen: %1.</source>
            <translation>Read-only: %1.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="111" />
            <source>Verantwoording</source>
            <translation>Verantwoording</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="131" />
            <source>Programma's, hoofddoelen en activiteiten</source>
            <translation>Programmes, main goals and activities</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="136" />
            <source>Het document wordt geopend…</source>
            <translation>Opening the document…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="147" />
            <source>&amp;Inhoud</source>
            <translation>&amp;Contents</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="167" />
            <source>Opslaan lukt weer; alles is bewaard.</source>
            <translation>Saving works again; everything has been saved.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="208" />
            <source>'%1' is geen getal.</source>
            <translation>'%1' is not a number.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="226" />
            <source>&amp;Nieuw…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="227" />
            <source>Een nieuwe, lege database maken</source>
            <translation>Create a new, empty database</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="228" />
            <source>&amp;Openen…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="229" />
            <source>Een andere Verantwoording-database openen</source>
            <translation>Open another Verantwoording database</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="230" />
            <source>Op&amp;slaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="231" />
            <source>Alle wijzigingen nu opslaan (dat gebeurt ook automatisch)</source>
            <translation>Save all changes now (this also happens automatically)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="232" />
            <source>A&amp;fsluiten</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="233" />
            <source>&amp;Ongedaan maken</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="235" />
            <source>Opn&amp;ieuw</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="237" />
            <source>&amp;Zoeken en vervangen…</source>
            <translation>&amp;Find and replace…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="238" />
            <source>Zoeken in alle titels en teksten, en vervangen</source>
            <translation>Search all titles and texts, and replace</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="239" />
            <source>V&amp;ervangen…</source>
            <translation>R&amp;eplace…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="240" />
            <source>&amp;Activiteit toevoegen</source>
            <translation>Add &amp;activity</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="241" />
            <source>Een activiteit toevoegen onder het gekozen hoofddoel</source>
            <translation>Add an activity under the selected main goal</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="242" />
            <source>Hoo&amp;fddoel toevoegen</source>
            <translation>Add main &amp;goal</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="243" />
            <source>&amp;Verwijderen…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="244" />
            <source>De gekozen activiteit of het gekozen hoofddoel verwijderen</source>
            <translation>Delete the selected activity or main goal</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="245" />
            <source>&amp;Naam wijzigen</source>
            <translation>Re&amp;name</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="246" />
            <source>Om&amp;hoog verplaatsen</source>
            <translation>Move u&amp;p</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="247" />
            <source>Om&amp;laag verplaatsen</source>
            <translation>Move do&amp;wn</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="248" />
            <source>&amp;Documentinstellingen</source>
            <translation>Document &amp;settings</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="249" />
            <source>&amp;Overzicht</source>
            <translation>&amp;Overview</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="250" />
            <source>Tabel van alle activiteiten met filters</source>
            <translation>Table of all activities with filters</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="251" />
            <source>&amp;Voortgang</source>
            <translation>&amp;Progress</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="252" />
            <source>Voortgang per programma en hoofddoel</source>
            <translation>Progress per programme and main goal</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="253" />
            <source>Naar de &amp;boom</source>
            <translation>Go to the &amp;tree</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="254" />
            <source>Naar het &amp;formulier</source>
            <translation>Go to the &amp;form</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="256" />
            <source>Naar de &amp;realisatie</source>
            <translation>Go to the &amp;realisation</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="258" />
            <source>Voor&amp;beeld van het hoofdstuk…</source>
            <translation>Chapter pre&amp;view…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="259" />
            <source>Hoofdstuk &amp;kopiëren voor Word</source>
            <translation>&amp;Copy chapter for Word</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="261" />
            <source>&amp;Handleiding</source>
            <translation>&amp;Manual</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="262" />
            <source>&amp;Over Verantwoording</source>
            <translation>&amp;About Verantwoording</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="264" />
            <source>P&amp;&amp;C-&amp;tekst (.txt)…</source>
            <translation>P&amp;&amp;C &amp;text (.txt)…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="265" />
            <source>&amp;Markdown (.md)…</source>
            <translation>&amp;Markdown (.md)…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="266" />
            <source>&amp;Word (.docx)…</source>
            <translation>&amp;Word (.docx)…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="267" />
            <source>&amp;Excel-overzicht (.xlsx)…</source>
            <translation>&amp;Excel overview (.xlsx)…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="269" />
            <source>P&amp;&amp;C-&amp;tekst…</source>
            <translation>P&amp;&amp;C &amp;text…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="270" />
            <source>&amp;Excel-werkmap (terugleveren)…</source>
            <translation>&amp;Excel workbook (returned)…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="272" />
            <source>&amp;Nederlands</source>
            <translation>&amp;Nederlands</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="273" />
            <source>&amp;English</source>
            <translation>&amp;English</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="279" />
            <source>&amp;Uw naam…</source>
            <translation>&amp;Your name…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="287" />
            <source>&amp;Selectie kopiëren voor Word</source>
            <translation>Copy &amp;selection for Word</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="297" />
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="300" />
            <source>&amp;Recent geopend</source>
            <translation>&amp;Recently opened</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="304" />
            <source>&amp;Importeren</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="307" />
            <source>&amp;Exporteren</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="317" />
            <source>Be&amp;werken</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="333" />
            <source>&amp;Opmaak</source>
            <translation>F&amp;ormat</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="337" />
            <source>Beel&amp;d</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="345" />
            <source>&amp;Taal</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="357" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="362" />
            <source>Werkbalk</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="422" />
            <source>Database openen</source>
            <translation>Open database</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="455" />
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="456" />
            <source> (alleen lezen)</source>
            <translation> (read-only)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="463" />
            <source>alleen lezen</source>
            <translation>read-only</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="465" />
            <source>niet in uw werkpakket</source>
            <translation>not in your work package</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="467" />
            <source>vastgesteld; heropen via Beoordeling</source>
            <translation>adopted; reopen via Review</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="496" />
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="515" />
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="712" />
            <source>%1 — Verantwoording</source>
            <translation>%1 — Verantwoording</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="578" />
            <source>Hoofddoel %1: %2</source>
            <translation>Main goal %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="735" />
            <source>Opgeslagen om %1</source>
            <translation>Saved at %1</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="739" />
            <source>Wijzigingen worden opgeslagen…</source>
            <translation>Saving changes…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="742" />
            <source>Niet opgeslagen!</source>
            <translation>Not saved!</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="744" />
            <source>

Een noodkopie van uw tekst staat in %1.</source>
            <translation>

An emergency copy of your text has been saved in %1.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="745" />
            <source>Opslaan is mislukt: %1

Uw tekst staat nog op het scherm. Het programma probeert het elke paar seconden opnieuw; u kunt gewoon doorwerken.</source>
            <translation>Saving failed: %1

Your text is still on the screen. The program tries again every few seconds; you can simply carry on working.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="829" />
            <source>Nieuwe activiteit</source>
            <translation>New activity</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="847" />
            <source>Nieuw hoofddoel</source>
            <translation>New main goal</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="856" />
            <source>Activiteit %1 '%2' verwijderen?

U kunt dit ongedaan maken met Ctrl+Z.</source>
            <translation>Delete activity %1 '%2'?

You can undo this with Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="858" />
            <source>Hoofddoel %1 '%2' met al zijn activiteiten verwijderen?

U kunt dit ongedaan maken met Ctrl+Z.</source>
            <translation>Delete main goal %1 '%2' with all its activities?

You can undo this with Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="861" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="986" />
            <source>Het hoofdstuk</source>
            <translation>The chapter</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="987" />
            <source>%1 staat op het klembord; plak het in Word.</source>
            <translation>%1 is on the clipboard; paste it into Word.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="1025" />
            <source>Het bestand '%1' bestaat al. Kies een nieuwe naam.</source>
            <translation>The file '%1' already exists. Choose a new name.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="1035" />
            <source>(nog geen)</source>
            <translation>(none yet)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="1049" />
            <source>De nieuwe taal geldt na het opnieuw starten van Verantwoording.</source>
            <translation>The new language applies after restarting Verantwoording.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="1052" />
            <source>Uw naam</source>
            <translation>Your name</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="1052" />
            <source>Uw naam zoals die bij 'Eigenaar' staat:</source>
            <translation>Your name as it appears under 'Owner':</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="1062" />
            <source>afsluiten terwijl opslaan mislukte</source>
            <translation>exiting while saving had failed</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="1065" />
            <source>

Een noodkopie staat in %1.</source>
            <translation>

An emergency copy has been saved in %1.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="1066" />
            <source>Afsluiten</source>
            <translation>Exit</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/main_window.py" line="1063" />
            <source>Niet alle wijzigingen konden worden opgeslagen. Toch afsluiten?</source>
            <translation>Not all changes could be saved. Exit anyway?</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="363" />
            <source>Overzicht</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="372" />
            <source>Voortgang</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Er is niets gewijzigd: %1</source>
            <translation>Nothing was changed: %1</translation>
        </message>
        <message>
            <source>Reservekopie</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>P&amp;rogramma toevoegen</source>
            <translation>Add pr&amp;ogramme</translation>
        </message>
        <message>
            <source>Een nieuw programma achteraan het document toevoegen</source>
            <translation>Add a new programme at the end of the document</translation>
        </message>
        <message>
            <source>Nieuw programma</source>
            <translation>New programme</translation>
        </message>
        <message>
            <source>We&amp;bsite (map met HTML)…</source>
            <translation>We&amp;bsite (folder of HTML)…</translation>
        </message>
        <message>
            <source>Plakken als platte &amp;tekst</source>
            <translation>Paste as plain te&amp;xt</translation>
        </message>
        <message>
            <source>Alleen de tekst van het klembord plakken, zonder opmaak</source>
            <translation>Paste only the text on the clipboard, without formatting</translation>
        </message>
        <message>
            <source>Niet &amp;geplaatste tekst</source>
            <translation>&amp;Unplaced text</translation>
        </message>
        <message>
            <source>&amp;Tekst of Word-document…</source>
            <translation>&amp;Text or Word document…</translation>
        </message>
        <message>
            <source>Tekst in deze &amp;activiteit…</source>
            <translation>Text into this &amp;activity…</translation>
        </message>
        <message>
            <source>Tekst die het importeren geen plek kon geven</source>
            <translation>Text the import could not place</translation>
        </message>
        <message>
            <source>vastgesteld; alleen de coördinator kan heropenen</source>
            <translation>adopted; only the coordinator can reopen it</translation>
        </message>
        <message>
            <source>Een (Word-)bestand wordt de realisatie of het plan van de gekozen activiteit</source>
            <translation>A (Word) file becomes the realisation or the plan of the chosen activity</translation>
        </message>
        <message>
            <source>Niet geplaatste tekst</source>
            <translation>Unplaced text</translation>
        </message>
        <message>
            <source>opslaan mislukte direct na het openen</source>
            <translation>saving failed right after opening</translation>
        </message>
        <message>
            <source>Pla&amp;kken als activiteiten…</source>
            <translation>Paste as acti&amp;vities…</translation>
        </message>
        <message>
            <source>Gekopieerde tekst (bijvoorbeeld van een webpagina) herkennen als hoofddoelen en activiteiten</source>
            <translation>Recognise copied text (from a web page, for example) as goals and activities</translation>
        </message>
    </context>
    <context>
        <name>ManualDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/dialogs.py" line="84" />
            <source>Handleiding</source>
            <translation>Manual</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/dialogs.py" line="92" />
            <source># Handleiding

De handleiding is niet gevonden (%1).</source>
            <translation># Manual

The manual was not found (%1).</translation>
        </message>
    </context>
    <context>
        <name>MergeEditor</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="230" />
            <source>Samenvoegen – %1</source>
            <translation>Merge – %1</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="233" />
            <source>Pas de tekst links aan tot de samengevoegde versie. Rechts staat ter vergelijking de tekst uit het pakket; groen is wat daar nieuw is.</source>
            <translation>Edit the text on the left into the merged version. On the right, for comparison, the text from the package; green is what is new there.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="240" />
            <source>Samengevoegde &amp;tekst (begint als de database-versie)</source>
            <translation>Merged &amp;text (starts as the database version)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="257" />
            <source>Samengevoegde tekst</source>
            <translation>Merged text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="263" />
            <source>Pakket van %1</source>
            <translation>Package from %1</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="277" />
            <source>Samengevoegde tekst &amp;opslaan</source>
            <translation>&amp;Save merged text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/conflicts_dialog.py" line="279" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>MergeResultDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="166" />
            <source>Pakketten importeren</source>
            <translation>Import packages</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="174" />
            <source>&amp;Meldingen:</source>
            <translation>&amp;Messages:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="180" />
            <source>Meldingen</source>
            <translation>Messages</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="186" />
            <source>&amp;Conflicten bekijken</source>
            <translation>&amp;View conflicts</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="189" />
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="192" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>OverviewModel</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="67" />
            <source>Programma</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="67" />
            <source>Hoofddoel</source>
            <translation>Main goal</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="67" />
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="67" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="67" />
            <source>Eigenaar</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="67" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="68" />
            <source>Beoordeling</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="68" />
            <source>Woorden plan</source>
            <translation>Words plan</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="68" />
            <source>Woorden realisatie</source>
            <translation>Words realisation</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="68" />
            <source>Laatste wijziging</source>
            <translation>Last change</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Te laat: de deadline is verstreken en de activiteit is niet gereed</source>
            <translation>Late: the deadline has passed and the activity is not finished</translation>
        </message>
        <message>
            <source>Controle</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Leesbaarheid</source>
            <translation>Readability</translation>
        </message>
    </context>
    <context>
        <name>OverviewPanel</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="230" />
            <source>Overzicht van alle activiteiten</source>
            <translation>Overview of all activities</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="233" />
            <source>&amp;Mijn activiteiten</source>
            <translation>&amp;My activities</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="234" />
            <source>Activiteiten waarvan u eigenaar bent (Beeld › Uw naam)</source>
            <translation>Activities you own (View › Your name)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="235" />
            <source>&amp;Zonder realisatie</source>
            <translation>&amp;Without realisation</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="236" />
            <source>Niet &amp;gereed</source>
            <translation>Not &amp;done</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="238" />
            <source>Filter op titel…</source>
            <translation>Filter by title…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="263" />
            <source>%1 van %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>Dubbelklik op eigenaar, status of deadline om die te wijzigen (F2); Enter opent de activiteit</source>
            <translation>Double-click owner, status or deadline to change it (F2); Enter opens the activity</translation>
        </message>
        <message>
            <source>Te &amp;laat</source>
            <translation>&amp;Late</translation>
        </message>
        <message>
            <source>Deadline verstreken en niet gereed of vastgesteld</source>
            <translation>Deadline passed and not finished or adopted</translation>
        </message>
        <message>
            <source>Filter op eigenaar</source>
            <translation>Filter by owner</translation>
        </message>
        <message>
            <source>Filter op beoordeling</source>
            <translation>Filter by review state</translation>
        </message>
        <message>
            <source>Aantallen per eigenaar</source>
            <translation>Counts per owner</translation>
        </message>
        <message>
            <source>Klik op een eigenaar om alleen diens activiteiten te zien</source>
            <translation>Click an owner to see only their activities</translation>
        </message>
        <message>
            <source>Elke beoordeling</source>
            <translation>Any review state</translation>
        </message>
        <message>
            <source>Elke eigenaar</source>
            <translation>Any owner</translation>
        </message>
        <message>
            <source>(geen eigenaar)</source>
            <translation>(no owner)</translation>
        </message>
    </context>
    <context>
        <name>Packages</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="43" />
            <source>Werkpakket (*.vwpakket)</source>
            <translation>Work package (*.vwpakket)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="43" />
            <source>Alle bestanden (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="134" />
            <source>Inleveren</source>
            <translation>Hand in</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="142" />
            <source>Ingeleverd pakket opslaan</source>
            <translation>Save hand-in package</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="155" />
            <source>Er waren geen wijzigingen; het pakket '%1' is leeg. U kunt het toch sturen als bevestiging.</source>
            <translation>There were no changes; the package '%1' is empty. You can still send it as a confirmation.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="206" />
            <source>Geweigerd (buiten de uitgifte of ongeldig): %n wijziging; zie de meldingen.</source>
            <translation>Refused (outside the hand-out or invalid): %n change; see the messages.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="207" />
            <source>Geweigerd (buiten de uitgifte of ongeldig): %n wijzigingen; zie de meldingen.</source>
            <translation>Refused (outside the hand-out or invalid): %n changes; see the messages.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="207" />
            <source>Bij een conflict is hetzelfde veld zowel hier als in het pakket gewijzigd; beide teksten blijven bewaard tot u kiest.</source>
            <translation>In a conflict the same field was changed both here and in the package; both texts are kept until you choose.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="214" />
            <location filename="../../src/verantwoording_app/ui/packages_dialogs.py" line="220" />
            <source>Pakketten importeren</source>
            <translation>Import packages</translation>
        </message>
        <message>
            <source>%n activiteit met wijzigingen ingeleverd</source>
            <translation>%n activity with changes handed in</translation>
        </message>
        <message>
            <source>%n activiteiten met wijzigingen ingeleverd</source>
            <translation>%n activities with changes handed in</translation>
        </message>
        <message>
            <source> (%n veld) in '%1'. Stuur dit bestand naar de coördinator.</source>
            <translation> (%n field) in '%1'. Send this file to the coordinator.</translation>
        </message>
        <message>
            <source> (%n velden) in '%1'. Stuur dit bestand naar de coördinator.</source>
            <translation> (%n fields) in '%1'. Send this file to the coordinator.</translation>
        </message>
        <message>
            <source>%n pakket verwerkt: </source>
            <translation>%n package processed: </translation>
        </message>
        <message>
            <source>%n pakketten verwerkt: </source>
            <translation>%n packages processed: </translation>
        </message>
        <message>
            <source>%n wijziging overgenomen, </source>
            <translation>%n change applied, </translation>
        </message>
        <message>
            <source>%n wijzigingen overgenomen, </source>
            <translation>%n changes applied, </translation>
        </message>
        <message>
            <source>%n conflict te beslissen, </source>
            <translation>%n conflict to decide, </translation>
        </message>
        <message>
            <source>%n conflicten te beslissen, </source>
            <translation>%n conflicts to decide, </translation>
        </message>
        <message>
            <source>%n opmerking toegevoegd.</source>
            <translation>%n remark added.</translation>
        </message>
        <message>
            <source>%n opmerkingen toegevoegd.</source>
            <translation>%n remarks added.</translation>
        </message>
        <message>
            <source>Al gelijk: %n veld.</source>
            <translation>Already equal: %n field.</translation>
        </message>
        <message>
            <source>Al gelijk: %n velden.</source>
            <translation>Already equal: %n fields.</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="49" />
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="195" />
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="246" />
            <source>Mensen en toewijzing</source>
            <translation>People and assignment</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="51" />
            <source>Medewerker</source>
            <translation>Officer</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="51" />
            <source>Coördinator</source>
            <translation>Coordinator</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="52" />
            <source>Lezer</source>
            <translation>Reader</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="56" />
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="60" />
            <source>Mensen van dit document</source>
            <translation>People in this document</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="61" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="61" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="61" />
            <source>Activiteiten</source>
            <translation>Activities</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="74" />
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="77" />
            <source>bijvoorbeeld Fatima Yilmaz</source>
            <translation>for example Fatima Yilmaz</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="80" />
            <source>&amp;Rol:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="86" />
            <source>&amp;Toevoegen</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="88" />
            <source>&amp;Verwijderen</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="96" />
            <source>Activiteiten toewijzen</source>
            <translation>Assign activities</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="100" />
            <source>&amp;Onderdeel:</source>
            <translation>&amp;Part:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="105" />
            <source>naam van de eigenaar</source>
            <translation>name of the owner</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="106" />
            <source>&amp;Eigenaar:</source>
            <translation>&amp;Owner:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="108" />
            <source>&amp;Deadline zetten:</source>
            <translation>Set &amp;deadline:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="116" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="123" />
            <source>Toe&amp;wijzen</source>
            <translation>A&amp;ssign</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="136" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="220" />
            <source>%1 (alle %n activiteiten)</source>
            <translation>
                <numerusform>%1 (%n activity)</numerusform>
                <numerusform>%1 (all %n activities)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="226" />
            <source>    Hoofddoel %1: %2</source>
            <translation>    Main goal %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="236" />
            <source>Vul eerst de naam van de eigenaar in.</source>
            <translation>Enter the name of the owner first.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/people_dialog.py" line="250" />
            <source>, deadline %1</source>
            <translation>, deadline %1</translation>
        </message>
        <message>
            <source>(%n activiteit)</source>
            <translation>(%n activity)</translation>
        </message>
        <message>
            <source>(%n activiteiten)</source>
            <translation>(%n activities)</translation>
        </message>
        <message>
            <source>%n activiteit toegewezen aan %1</source>
            <translation>%n activity assigned to %1</translation>
        </message>
        <message>
            <source>%n activiteiten toegewezen aan %1</source>
            <translation>%n activities assigned to %1</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/preview_dialog.py" line="30" />
            <source>Voorbeeld</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/preview_dialog.py" line="32" />
            <source>hoofdstuk.pdf</source>
            <translation>chapter.pdf</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/preview_dialog.py" line="38" />
            <source>Voorbeeld van het hoofdstuk</source>
            <translation>Preview of the chapter</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/preview_dialog.py" line="41" />
            <source>Afdrukken…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/preview_dialog.py" line="42" />
            <source>Opslaan als PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/preview_dialog.py" line="58" />
            <source>Afdrukken</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/preview_dialog.py" line="67" />
            <location filename="../../src/verantwoording_app/ui/preview_dialog.py" line="77" />
            <source>Opslaan als PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/preview_dialog.py" line="67" />
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeForm</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/programme_form.py" line="28" />
            <source>Inleiding van het programma</source>
            <translation>Introduction of the programme</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/programme_form.py" line="30" />
            <source>&amp;Nummer:</source>
            <translation>&amp;Number:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/programme_form.py" line="31" />
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/programme_form.py" line="32" />
            <source>&amp;Inleiding (tekst voor het eerste hoofddoel):</source>
            <translation>&amp;Introduction (text before the first main goal):</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/programme_form.py" line="46" />
            <source>Programma %1</source>
            <translation>Programme %1</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/programme_form.py" line="45" />
            <source>&amp;Programma</source>
            <translation>&amp;Programme</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/programme_form.py" line="46" />
            <source>Wat wilden we &amp;bereiken</source>
            <translation>What did we want to &amp;achieve</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/programme_form.py" line="47" />
            <source>Wat heeft het &amp;gekost</source>
            <translation>What did it &amp;cost</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="329" />
            <location filename="../../src/verantwoording_app/ui/overview.py" line="336" />
            <source>Geen status</source>
            <translation>No status</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="355" />
            <source>%1 van %2 gereed</source>
            <translation>%1 of %2 done</translation>
        </message>
    </context>
    <context>
        <name>ReviewState</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="40" />
            <source>Concept</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="41" />
            <source>Ter review</source>
            <translation>In review</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="42" />
            <source>Akkoord</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_form.py" line="43" />
            <source>Vastgesteld</source>
            <translation>Adopted</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="169" />
            <source>Zoeken en vervangen</source>
            <translation>Find and replace</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="172" />
            <source>woord of zinsdeel</source>
            <translation>word or phrase</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="174" />
            <source>&amp;Hoofdlettergevoelig</source>
            <translation>&amp;Match case</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="175" />
            <source>&amp;Zoeken</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="177" />
            <source>Geselecteerde &amp;vervangen</source>
            <translation>Replace &amp;selected</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="178" />
            <source>&amp;Alles aanvinken</source>
            <translation>Tick &amp;all</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="179" />
            <source>&amp;Niets aanvinken</source>
            <translation>Tick &amp;none</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="193" />
            <source>Gevonden plaatsen</source>
            <translation>Hits</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="195" />
            <source>&amp;Zoek naar:</source>
            <translation>&amp;Find:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/search_dialog.py" line="197" />
            <source>Ve&amp;rvang door:</source>
            <translation>Re&amp;place with:</translation>
        </message>
        <message>
            <source>H&amp;eel woord</source>
            <translation>Whole &amp;word</translation>
        </message>
        <message>
            <source>Alleen hele woorden: ‘Almelo’ vindt dan niet ‘Almeloërs’.</source>
            <translation>Whole words only: ‘Almelo’ then does not find ‘Almeloërs’.</translation>
        </message>
        <message>
            <source>A&amp;lles vervangen…</source>
            <translation>Rep&amp;lace all…</translation>
        </message>
        <message>
            <source>Niets gevonden.</source>
            <translation>Nothing found.</translation>
        </message>
        <message>
            <source>%n vindplaats</source>
            <translation>%n hit</translation>
        </message>
        <message>
            <source>%n vindplaatsen</source>
            <translation>%n hits</translation>
        </message>
        <message>
            <source>%n activiteit</source>
            <translation>%n activity</translation>
        </message>
        <message>
            <source>%n activiteiten</source>
            <translation>%n activities</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 in %2</translation>
        </message>
        <message>
            <source>%n keer</source>
            <translation>%n times</translation>
        </message>
        <message>
            <source>%1 vervangen; in één stap ongedaan te maken met Bewerken › Ongedaan maken.</source>
            <translation>Replaced %1; undo in one step with Edit › Undo.</translation>
        </message>
        <message>
            <source>Vervangen</source>
            <translation>Replace</translation>
        </message>
        <message>
            <source>%1 in %2 vervangen door ‘%3’?</source>
            <translation>Replace %1 in %2 with ‘%3’?</translation>
        </message>
        <message>
            <source>Er wordt eerst een reservekopie gemaakt; het vervangen is in één stap ongedaan te maken.</source>
            <translation>A backup is made first; the replacement can be undone in one step.</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/settings.py" line="22" />
            <source>Venstergrootte en -positie</source>
            <translation>Window size and position</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/settings.py" line="23" />
            <source>Werkbalken en panelen</source>
            <translation>Toolbars and panels</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/settings.py" line="24" />
            <source>Verdeling boom en formulier</source>
            <translation>Split between tree and form</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/settings.py" line="25" />
            <source>Recent geopende databases</source>
            <translation>Recently opened databases</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/settings.py" line="26" />
            <source>Laatst geopende database</source>
            <translation>Last opened database</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/settings.py" line="27" />
            <source>Taal van de bediening</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/settings.py" line="28" />
            <source>Uw naam (voor 'Mijn activiteiten')</source>
            <translation>Your name (for 'My activities')</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/settings.py" line="29" />
            <source>Huisstijlsjabloon voor Word</source>
            <translation>House template for Word</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/settings.py" line="30" />
            <source>Automatisch opslaan na (ms)</source>
            <translation>Autosave after (ms)</translation>
        </message>
    </context>
    <context>
        <name>SnapshotsDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="42" />
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="158" />
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="165" />
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="179" />
            <source>Momentopnamen</source>
            <translation>Snapshots</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="44" />
            <source>nieuw</source>
            <translation>new</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="44" />
            <source>verwijderd</source>
            <translation>deleted</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="45" />
            <source>gewijzigd</source>
            <translation>changed</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="49" />
            <source>&amp;Nieuwe momentopname:</source>
            <translation>&amp;New snapshot:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="52" />
            <source>bijvoorbeeld aan college, aan raad</source>
            <translation>for example: to the executive, to the council</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="55" />
            <source>&amp;Vastleggen</source>
            <translation>&amp;Record</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="62" />
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="66" />
            <source>Vastgelegde momentopnamen</source>
            <translation>Recorded snapshots</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="67" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="67" />
            <source>Vastgelegd op</source>
            <translation>Recorded on</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="67" />
            <source>Door</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="73" />
            <source>Wat is er ve&amp;randerd sinds…</source>
            <translation>What has &amp;changed since…</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="81" />
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="89" />
            <source>Veranderingen</source>
            <translation>Changes</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="83" />
            <source>Kies een momentopname en klik op ‘Wat is er veranderd sinds…’.</source>
            <translation>Choose a snapshot and click ‘What has changed since…’.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="91" />
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="91" />
            <source>Activiteit</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="91" />
            <source>Wijziging</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="91" />
            <source>Gewijzigde velden</source>
            <translation>Changed fields</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="102" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="159" />
            <source>Er is al een momentopname ‘%1’. Nog een vastleggen met dezelfde naam?</source>
            <translation>There is already a snapshot ‘%1’. Record another one with the same name?</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="191" />
            <source>Sinds ‘%1’ (%2)</source>
            <translation>Since ‘%1’ (%2)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/snapshots_dialog.py" line="196" />
            <source>niets veranderd.</source>
            <translation>nothing changed.</translation>
        </message>
        <message>
            <source>%n activiteit veranderd.</source>
            <translation>%n activity changed.</translation>
        </message>
        <message>
            <source>%n activiteiten veranderd.</source>
            <translation>%n activities changed.</translation>
        </message>
        <message>
            <source>%n onderdeel van het hoofdstuk veranderd.</source>
            <translation>%n part of the chapter changed.</translation>
        </message>
        <message>
            <source>%n onderdelen van het hoofdstuk veranderd.</source>
            <translation>%n parts of the chapter changed.</translation>
        </message>
    </context>
    <context>
        <name>StatusBarWidget</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/overview.py" line="282" />
            <source>Geen activiteiten</source>
            <translation>No activities</translation>
        </message>
    </context>
    <context>
        <name>UndoCommand</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/undo.py" line="40" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/undo.py" line="41" />
            <source>beoordeling</source>
            <translation>review</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/undo.py" line="42" />
            <source>titel</source>
            <translation>title</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/undo.py" line="43" />
            <source>eigenaar</source>
            <translation>owner</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/undo.py" line="44" />
            <source>deadline</source>
            <translation>deadline</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/undo.py" line="50" />
            <source>%1 wijzigen</source>
            <translation>Change %1</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/undo.py" line="74" />
            <source>%1 keer vervangen</source>
            <translation>Replace %1 times</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/undo.py" line="93" />
            <source>Activiteit toevoegen</source>
            <translation>Add activity</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/undo.py" line="118" />
            <source>Activiteit '%1' verwijderen</source>
            <translation>Delete activity '%1'</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/undo.py" line="142" />
            <source>Activiteit verplaatsen</source>
            <translation>Move activity</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/undo.py" line="142" />
            <source>Hoofddoel verplaatsen</source>
            <translation>Move main goal</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/undo.py" line="166" />
            <source>Hoofddoel toevoegen</source>
            <translation>Add main goal</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/undo.py" line="192" />
            <source>Hoofddoel verwijderen</source>
            <translation>Delete main goal</translation>
        </message>
        <message>
            <source>bevroren plan</source>
            <translation>frozen plan</translation>
        </message>
        <message>
            <source>Programma toevoegen</source>
            <translation>Add programme</translation>
        </message>
        <message>
            <source>Activiteit '%1' splitsen</source>
            <translation>Split activity '%1'</translation>
        </message>
        <message>
            <source>Activiteit '%1' samenvoegen</source>
            <translation>Merge activity '%1'</translation>
        </message>
        <message>
            <source>plantekst</source>
            <translation>plan text</translation>
        </message>
    </context>
    <context>
        <name>UnsafeLocationDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="131" />
            <source>Onveilige locatie</source>
            <translation>Unsafe location</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="133" />
            <source>een netwerkpad</source>
            <translation>a network path</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="134" />
            <source>een gesynchroniseerde map (zoals OneDrive, Dropbox of Google Drive)</source>
            <translation>a synchronised folder (such as OneDrive, Dropbox or Google Drive)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="135" />
            <source>een netwerkschijf</source>
            <translation>a network drive</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="139" />
            <source>&lt;b&gt;%1&lt;/b&gt; staat op %2.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; is on %2.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="140" />
            <source>Daar is een database niet veilig: als twee computers tegelijk schrijven, of als de synchronisatie een half geschreven bestand kopieert, kan er tekst verloren gaan of raakt de database beschadigd.</source>
            <translation>A database is not safe there: if two computers write at the same time, or if synchronisation copies a half-written file, text can be lost or the database can become corrupted.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="143" />
            <source>Werk liever in een lokale werkkopie op deze computer. Collega's werken samen via werkpakketten of de teamserver.</source>
            <translation>It is better to work in a local working copy on this computer. Colleagues work together through work packages or the team server.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="148" />
            <source>&amp;Lokale werkkopie maken</source>
            <translation>&amp;Make local working copy</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="150" />
            <source>&amp;Toch openen</source>
            <translation>&amp;Open anyway</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/lock_dialog.py" line="152" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>XlsxPreviewDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="44" />
            <source>Excel importeren – voorbeeld</source>
            <translation>Import Excel – preview</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="62" />
            <source>Activiteit</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="62" />
            <source>Veld</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="62" />
            <source>Oud (database)</source>
            <translation>Old (database)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="62" />
            <source>Nieuw (werkmap)</source>
            <translation>New (workbook)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="63" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="63" />
            <source>Keuze</source>
            <translation>Choice</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="69" />
            <source>wijziging</source>
            <translation>change</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="70" />
            <source>conflict</source>
            <translation>conflict</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="71" />
            <source>verwijdering</source>
            <translation>deletion</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="87" />
            <source>Database houden</source>
            <translation>Keep database</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="88" />
            <source>Werkmap nemen</source>
            <translation>Take workbook</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="89" />
            <source>Keuze voor {field} van {activity}</source>
            <translation>Choice for {field} of {activity}</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="99" />
            <source>Meldingen:</source>
            <translation>Messages:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="108" />
            <source>Verwijderingen toepassen (lege cellen wissen de tekst in de database)</source>
            <translation>Apply deletions (empty cells erase the text in the database)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="115" />
            <source>Toepassen</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/xlsx_preview_dialog.py" line="116" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>{changes}, {conflicts}, {deletions} uit '{name}'.</source>
            <translation>{changes}, {conflicts}, {deletions} from '{name}'.</translation>
        </message>
        <message>
            <source>%n wijziging</source>
            <translation>%n change</translation>
        </message>
        <message>
            <source>%n wijzigingen</source>
            <translation>%n changes</translation>
        </message>
        <message>
            <source>%n conflict</source>
            <translation>%n conflict</translation>
        </message>
        <message>
            <source>%n conflicten</source>
            <translation>%n conflicts</translation>
        </message>
        <message>
            <source>%n verwijdering</source>
            <translation>%n deletion</translation>
        </message>
        <message>
            <source>%n verwijderingen</source>
            <translation>%n deletions</translation>
        </message>
        <message>
            <source>Toelichtingen op afwijkingen: {changes}, {conflicts}.</source>
            <translation>Explanations of variances: {changes}, {conflicts}.</translation>
        </message>
        <message>
            <source>toelichting</source>
            <translation>explanation</translation>
        </message>
        <message>
            <source>incidenteel/structureel</source>
            <translation>incidental/structural</translation>
        </message>
        <message>
            <source>rechtmatigheid</source>
            <translation>legitimacy</translation>
        </message>
        <message>
            <source>eigenaar</source>
            <translation>owner</translation>
        </message>
        <message>
            <source>deadline</source>
            <translation>deadline</translation>
        </message>
    </context>
    <context>
        <name>ChoiceModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Activiteit</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Keuze</source>
            <translation>Choice</translation>
        </message>
        <message>
            <source>Samenvoegen met</source>
            <translation>Merge with</translation>
        </message>
        <message>
            <source>doorgaan (plan herschrijven)</source>
            <translation>continue (rewrite the plan)</translation>
        </message>
        <message>
            <source>afgerond (vervalt, blijft in de lijn)</source>
            <translation>finished (left out, kept in the lineage)</translation>
        </message>
        <message>
            <source>doorgeschoven (realisatie als context)</source>
            <translation>carried over (realisation as context)</translation>
        </message>
        <message>
            <source>splitsen in twee</source>
            <translation>split in two</translation>
        </message>
        <message>
            <source>samenvoegen met een andere activiteit</source>
            <translation>merge with another activity</translation>
        </message>
    </context>
    <context>
        <name>NewYearDialog</name>
        <message>
            <source>Nieuw jaar</source>
            <translation>New year</translation>
        </message>
        <message>
            <source>Andere &amp;bron…</source>
            <translation>Other &amp;source…</translation>
        </message>
        <message>
            <source>Een andere database, of het verslag van vorig jaar als P&amp;C-tekst</source>
            <translation>Another database, or last year's report as P&amp;C text</translation>
        </message>
        <message>
            <source>Jaarstukken</source>
            <translation>Annual accounts</translation>
        </message>
        <message>
            <source>Begroting</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Tussenrapportage</source>
            <translation>Interim report</translation>
        </message>
        <message>
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Nieuwe database</source>
            <translation>New database</translation>
        </message>
        <message>
            <source>&amp;Kiezen…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Vanuit:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>&amp;Soort:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Jaar:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>&amp;Deadline voor elke activiteit:</source>
            <translation>&amp;Deadline for every activity:</translation>
        </message>
        <message>
            <source>&amp;Nieuwe database:</source>
            <translation>&amp;New database:</translation>
        </message>
        <message>
            <source>Voorbeeld</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Keuze per &amp;activiteit (dubbelklik of F2 om te wijzigen):</source>
            <translation>Choice per &amp;activity (double-click or F2 to change):</translation>
        </message>
        <message>
            <source>Keuze per activiteit</source>
            <translation>Choice per activity</translation>
        </message>
        <message>
            <source>Gekozen rijen:</source>
            <translation>Selected rows:</translation>
        </message>
        <message>
            <source>D&amp;oorgaan</source>
            <translation>C&amp;ontinue</translation>
        </message>
        <message>
            <source>&amp;Afgerond</source>
            <translation>&amp;Finished</translation>
        </message>
        <message>
            <source>Doorges&amp;choven</source>
            <translation>&amp;Carried over</translation>
        </message>
        <message>
            <source>S&amp;plitsen</source>
            <translation>S&amp;plit</translation>
        </message>
        <message>
            <source>Nieuw jaar &amp;maken</source>
            <translation>&amp;Make new year</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Wat er gebeurt (er is nog niets geschreven):</source>
            <translation>What will happen (nothing has been written yet):</translation>
        </message>
        <message>
            <source>database</source>
            <translation>database</translation>
        </message>
        <message>
            <source>P&amp;C-tekst</source>
            <translation>P&amp;C text</translation>
        </message>
        <message>
            <source>Word-verslag</source>
            <translation>Word report</translation>
        </message>
        <message>
            <source>%1 (%2, %3 activiteiten)</source>
            <translation>%1 (%2, %3 activities)</translation>
        </message>
        <message>
            <source>Kies waar de nieuwe database komt.</source>
            <translation>Choose where the new database goes.</translation>
        </message>
        <message>
            <source>'%1' bestaat al; kies een nieuwe naam.</source>
            <translation>'%1' already exists; choose a new name.</translation>
        </message>
        <message>
            <source>Keuzes: %1</source>
            <translation>Choices: %1</translation>
        </message>
        <message>
            <source>Beginnen vanuit</source>
            <translation>Start from</translation>
        </message>
        <message>
            <source>Verantwoording of P&amp;C-tekst (*.vwdb *.txt);;Alle bestanden (*)</source>
            <translation>Verantwoording or P&amp;C text (*.vwdb *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Verantwoording-database (*.vwdb)</source>
            <translation>Verantwoording database (*.vwdb)</translation>
        </message>
        <message>
            <source>Verantwoording, P&amp;C-tekst of Word-verslag (*.vwdb *.txt *.docx);;Alle bestanden (*)</source>
            <translation>Verantwoording, P&amp;C text or Word report (*.vwdb *.txt *.docx);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>LineageDialog</name>
        <message>
            <source>Lijn door de jaren: %1</source>
            <translation>Line through the years: %1</translation>
        </message>
        <message>
            <source>Eerder document</source>
            <translation>Earlier document</translation>
        </message>
        <message>
            <source>&amp;Eerder document:</source>
            <translation>&amp;Earlier document:</translation>
        </message>
        <message>
            <source>&amp;Plan van toen overnemen</source>
            <translation>Take over the &amp;plan of then</translation>
        </message>
        <message>
            <source>&amp;Realisatie van toen als plan overnemen</source>
            <translation>Take over the &amp;realisation of then as plan</translation>
        </message>
        <message>
            <source>Het plan is bevroren of u mag deze activiteit niet bewerken.</source>
            <translation>The plan is frozen or you may not edit this activity.</translation>
        </message>
        <message>
            <source>Selecteer tekst en kopieer met Ctrl+C om een deel over te nemen.</source>
            <translation>Select text and copy with Ctrl+C to take over a part.</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Deze activiteit is nieuw: er is geen eerder document in haar lijn.</source>
            <translation>This activity is new: there is no earlier document in its line.</translation>
        </message>
        <message>
            <source>Plan %1</source>
            <translation>Plan %1</translation>
        </message>
        <message>
            <source>Plan nu (%1)</source>
            <translation>Plan now (%1)</translation>
        </message>
        <message>
            <source>Realisatie %1</source>
            <translation>Realisation %1</translation>
        </message>
        <message>
            <source>(geen realisatie)</source>
            <translation>(no realisation)</translation>
        </message>
        <message>
            <source>doorgegaan</source>
            <translation>continued</translation>
        </message>
        <message>
            <source>afgerond</source>
            <translation>finished</translation>
        </message>
        <message>
            <source>doorgeschoven</source>
            <translation>carried over</translation>
        </message>
        <message>
            <source>gesplitst</source>
            <translation>split</translation>
        </message>
        <message>
            <source>samengevoegd</source>
            <translation>merged</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Vergelijking: %1 → %2</source>
            <translation>Comparison: %1 → %2</translation>
        </message>
        <message>
            <source>Vergelijking</source>
            <translation>Comparison</translation>
        </message>
        <message>
            <source>&amp;Opslaan…</source>
            <translation>&amp;Save…</translation>
        </message>
        <message>
            <source>Als tekst, Markdown of CSV voor Excel</source>
            <translation>As text, Markdown or CSV for Excel</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Vergelijking opslaan</source>
            <translation>Save comparison</translation>
        </message>
        <message>
            <source>CSV voor Excel (*.csv);;Tekst (*.txt);;Markdown (*.md)</source>
            <translation>CSV for Excel (*.csv);;Text (*.txt);;Markdown (*.md)</translation>
        </message>
        <message>
            <source>Opgeslagen in %1</source>
            <translation>Saved in %1</translation>
        </message>
    </context>
    <context>
        <name>YearActions</name>
        <message>
            <source>Nieuw &amp;jaar…</source>
            <translation>New &amp;year…</translation>
        </message>
        <message>
            <source>Het document van het volgende jaar maken, in een nieuwe database</source>
            <translation>Make next year's document, in a new database</translation>
        </message>
        <message>
            <source>&amp;Vergelijken met…</source>
            <translation>&amp;Compare with…</translation>
        </message>
        <message>
            <source>Wat is nieuw, gestopt, verplaatst en welke plannen zijn gewijzigd</source>
            <translation>What is new, stopped, moved and which plans changed</translation>
        </message>
        <message>
            <source>&amp;Lijn door de jaren…</source>
            <translation>Li&amp;ne through the years…</translation>
        </message>
        <message>
            <source>Activiteit s&amp;plitsen</source>
            <translation>Sp&amp;lit activity</translation>
        </message>
        <message>
            <source>Samenvoegen &amp;met…</source>
            <translation>&amp;Merge with…</translation>
        </message>
        <message>
            <source>%1 is gemaakt in %2.

Nu openen?</source>
            <translation>%1 has been made in %2.

Open it now?</translation>
        </message>
        <message>
            <source>Nieuw jaar</source>
            <translation>New year</translation>
        </message>
        <message>
            <source>Vergelijken met (het oudere document)</source>
            <translation>Compare with (the older document)</translation>
        </message>
        <message>
            <source>Verantwoording of P&amp;C-tekst (*.vwdb *.txt);;Alle bestanden (*)</source>
            <translation>Verantwoording or P&amp;C text (*.vwdb *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Samenvoegen</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>'%1' samenvoegen met (deze blijft, met beide teksten):</source>
            <translation>Merge '%1' with (this one stays, with both texts):</translation>
        </message>
        <message>
            <source>Verantwoording, P&amp;C-tekst of Word-verslag (*.vwdb *.txt *.docx);;Alle bestanden (*)</source>
            <translation>Verantwoording, P&amp;C text or Word report (*.vwdb *.txt *.docx);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Importeren – %1</source>
            <translation>Import – %1</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Bronregels en hun rol</source>
            <translation>Source lines and their role</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Automatisch</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Rol van de gekozen regels</source>
            <translation>Role of the chosen lines</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>&amp;Rol toepassen</source>
            <translation>Apply &amp;role</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Rol van de gekozen regel(s):</source>
            <translation>Role of the chosen line(s):</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Bronregels</source>
            <translation>Source lines</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Herkende structuur</source>
            <translation>Recognised structure</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Meldingen</source>
            <translation>Messages</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Resultaat (dubbelklik op een hoofddoel om het een naam te geven)</source>
            <translation>Result (double-click a goal to name it)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Het document &amp;vervangen</source>
            <translation>&amp;Replace the document</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>&amp;Toevoegen aan het document</source>
            <translation>&amp;Add to the document</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>De database is leeg: het bestand wordt het document.</source>
            <translation>The database is empty: the file becomes the document.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>&amp;Importeren</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>%1: %2 activiteiten in %3 hoofddoelen; niet geplaatst: %4 woorden; codering %5.</source>
            <translation>%1: %2 activities in %3 goals; unplaced: %4 words; encoding %5.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Er is geen activiteit herkend; geef regels de rol 'activiteit' of kies een ander bestand.</source>
            <translation>No activity was recognised; give lines the role 'activity' or choose another file.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Programma %1</source>
            <translation>Programme %1</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Hoofddoel, regel %1; dubbelklik om de naam te wijzigen</source>
            <translation>Goal, line %1; double-click to rename</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>realisatie vanaf regel %1</source>
            <translation>realisation from line %1</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>geen realisatie</source>
            <translation>no realisation</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>regel</source>
            <translation>line</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Niet geplaatste tekst (%1 woorden)</source>
            <translation>Unplaced text (%1 words)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>titel</source>
            <translation>title</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>sectie</source>
            <translation>section</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>programma</source>
            <translation>programme</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>hoofddoel</source>
            <translation>goal</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>titel van hoofddoel</source>
            <translation>goal title</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>activiteit</source>
            <translation>activity</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>kop plan</source>
            <translation>plan label</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>kop realisatie</source>
            <translation>realisation label</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>veld</source>
            <translation>field</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>tekst</source>
            <translation>text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>voettekst</source>
            <translation>footer</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>paginakop (weggelaten)</source>
            <translation>page header (dropped)</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>vervolg van vorige regel</source>
            <translation>continues the previous line</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>niet geplaatst</source>
            <translation>unplaced</translation>
        </message>
        <message>
            <source>losse regel</source>
            <translation>separate line</translation>
        </message>
        <message>
            <source>&amp;Samenvoegen met de vorige</source>
            <translation>&amp;Merge with the previous</translation>
        </message>
        <message>
            <source>S&amp;plitsen</source>
            <translation>S&amp;plit</translation>
        </message>
        <message>
            <source>Een activiteit of hoofddoel: bij de vorige voegen (de regel wordt tekst). Een andere regel: achter de vorige regel plakken. Meer regels gekozen: tot één regel samenvoegen.</source>
            <translation>An activity or goal: merge it into the previous one (its line becomes text). Any other line: append it to the previous line. Several lines chosen: merge them into one line.</translation>
        </message>
        <message>
            <source>Een samengevoegde regel: weer los. Een regel tekst in een activiteit: hier begint een nieuwe activiteit.</source>
            <translation>A merged line: separate again. A line of text in an activity: a new activity starts here.</translation>
        </message>
    </context>
    <context>
        <name>_LinesModel</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Regel</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/import_preview_dialog.py" line="1" />
            <source>Tekst</source>
            <translation>Text</translation>
        </message>
    </context>
    <context>
        <name>UnplacedPanel</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/unplaced_panel.py" line="1" />
            <source>Niet geplaatste tekst</source>
            <translation>Unplaced text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/unplaced_panel.py" line="1" />
            <source>%1 woorden die het importeren geen plek kon geven. Zet ze in een activiteit (selecteren en slepen, of knippen en plakken); 'verantwoording check' telt ze tot ze weg zijn.</source>
            <translation>%1 words the import could not place. Put them in an activity (select and drag, or cut and paste); 'verantwoording check' counts them until they are gone.</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/unplaced_panel.py" line="1" />
            <source>Er is geen niet geplaatste tekst.</source>
            <translation>There is no unplaced text.</translation>
        </message>
    </context>
    <context>
        <name>ActivityTextImportDialog</name>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_text_import.py" line="1" />
            <source>Tekst importeren in '%1'</source>
            <translation>Import text into '%1'</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_text_import.py" line="1" />
            <source>Realisatie</source>
            <translation>Realisation</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_text_import.py" line="1" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_text_import.py" line="1" />
            <source>Welke tekst</source>
            <translation>Which text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_text_import.py" line="1" />
            <source>De tekst &amp;vervangen</source>
            <translation>&amp;Replace the text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_text_import.py" line="1" />
            <source>Onder de tekst &amp;toevoegen</source>
            <translation>&amp;Add below the text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_text_import.py" line="1" />
            <source>Huidige tekst</source>
            <translation>Current text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_text_import.py" line="1" />
            <source>Nieuwe tekst</source>
            <translation>New text</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_text_import.py" line="1" />
            <source>&amp;Tekst:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_text_import.py" line="1" />
            <source>Nu</source>
            <translation>Now</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_text_import.py" line="1" />
            <source>Na het importeren</source>
            <translation>After the import</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_text_import.py" line="1" />
            <source>&amp;Overnemen</source>
            <translation>&amp;Take over</translation>
        </message>
        <message>
            <location filename="../../src/verantwoording_app/ui/activity_text_import.py" line="1" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>UndoRouter</name>
        <message>
            <source>&amp;Ongedaan maken</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>Opn&amp;ieuw</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>typen in %1</source>
            <translation>typing in %1</translation>
        </message>
        <message>
            <source>typen</source>
            <translation>typing</translation>
        </message>
    </context>
    <context>
        <name>OwnerCountsModel</name>
        <message>
            <source>Eigenaar</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Activiteiten</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Gereed</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Te laat</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>(geen eigenaar)</source>
            <translation>(no owner)</translation>
        </message>
    </context>
    <context>
        <name>OverviewDelegate</name>
        <message>
            <source>(geen status)</source>
            <translation>(no status)</translation>
        </message>
        <message>
            <source>geen</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>CheckPanel</name>
        <message>
            <source>Meldingen van de controle</source>
            <translation>Check findings</translation>
        </message>
        <message>
            <source>Geen meldingen: de controle vond niets in deze activiteit.</source>
            <translation>No findings: the check found nothing in this activity.</translation>
        </message>
        <message>
            <source>&amp;Tonen in de tekst</source>
            <translation>&amp;Show in the text</translation>
        </message>
        <message>
            <source>&amp;Negeren, met reden…</source>
            <translation>&amp;Ignore, with a reason…</translation>
        </message>
        <message>
            <source>Niet meer ne&amp;geren</source>
            <translation>Stop i&amp;gnoring</translation>
        </message>
        <message>
            <source>Genegeerd: %1</source>
            <translation>Ignored: %1</translation>
        </message>
    </context>
    <context>
        <name>WritingBar</name>
        <message>
            <source>Voortgang naar de streeflengte</source>
            <translation>Progress towards the target length</translation>
        </message>
        <message>
            <source>Leesbaarheid</source>
            <translation>Readability</translation>
        </message>
        <message>
            <source>&amp;Moeilijke zinnen markeren</source>
            <translation>&amp;Mark hard sentences</translation>
        </message>
        <message>
            <source>Streef&amp;lengte…</source>
            <translation>Target &amp;length…</translation>
        </message>
        <message>
            <source>%1 van %2 woorden</source>
            <translation>%1 of %2 words</translation>
        </message>
        <message>
            <source>%1 woorden</source>
            <translation>%1 words</translation>
        </message>
        <message>
            <source>Leesbaarheid: %1</source>
            <translation>Readability: %1</translation>
        </message>
        <message>
            <source>Flesch-Douma %1 · %2 woorden per zin · %3 lange woorden · %4 lijdende vorm · %5 moeilijke zinnen</source>
            <translation>Flesch-Douma %1 · %2 words per sentence · %3 long words · %4 passive voice · %5 hard sentences</translation>
        </message>
    </context>
    <context>
        <name>TargetDialog</name>
        <message>
            <source>Streeflengte</source>
            <translation>Target length</translation>
        </message>
        <message>
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <source> woorden</source>
            <translation> words</translation>
        </message>
        <message>
            <source>Voor elke realisatie (&amp;document):</source>
            <translation>For every realisation (&amp;document):</translation>
        </message>
        <message>
            <source>Voor deze &amp;activiteit (geen: die van het document):</source>
            <translation>For this &amp;activity (none: the document's):</translation>
        </message>
    </context>
    <context>
        <name>WritingAids</name>
        <message>
            <source>Suggesties zoeken…</source>
            <translation>Looking for suggestions…</translation>
        </message>
        <message>
            <source>Toevoegen aan woordenlijst van het document</source>
            <translation>Add to the document's word list</translation>
        </message>
        <message>
            <source>Toevoegen aan mijn woordenlijst</source>
            <translation>Add to my word list</translation>
        </message>
        <message>
            <source>(alleen lezen)</source>
            <translation>(read-only)</translation>
        </message>
        <message>
            <source>(geen suggesties)</source>
            <translation>(no suggestions)</translation>
        </message>
        <message>
            <source>Woordenlijst</source>
            <translation>Word list</translation>
        </message>
        <message>
            <source>Melding negeren</source>
            <translation>Ignore finding</translation>
        </message>
        <message>
            <source>Waarom mag deze melding blijven staan?
%1</source>
            <translation>Why may this finding stay?
%1</translation>
        </message>
        <message>
            <source>Streeflengte</source>
            <translation>Target length</translation>
        </message>
        <message>
            <source>De spellingcontrole kon niet starten: %1</source>
            <translation>The spelling check could not start: %1</translation>
        </message>
    </context>
    <context>
        <name>CheckRules</name>
        <message>
            <source>Toekomende tijd of voornemen in de realisatie</source>
            <translation>Future tense or intention in the realisation</translation>
        </message>
        <message>
            <source>De realisatie hoort te zeggen wat er in het verslagjaar is gedaan, in de verleden tijd. Zinnen als 'gaan we', 'zullen' of 'er wordt een plan opgesteld' lezen als plan of voornemen. Beschrijf wat er is bereikt, of zet het vervolg expliciet als vooruitblik.</source>
            <translation>The realisation should say what was done in the reporting year, in the past tense. Sentences such as 'gaan we', 'zullen' or 'er wordt een plan opgesteld' read as a plan or an intention. Describe what was achieved, or mark what follows explicitly as an outlook.</translation>
        </message>
        <message>
            <source>Later jaar als gedaan, of het vorige jaar in een kop</source>
            <translation>Later year as done, or last year in a heading</translation>
        </message>
        <message>
            <source>Een jaar na het verslagjaar kan in de realisatie niet al voorbij zijn; en een kop met het jaartal van vorig jaar is meestal blijven staan uit het vorige document. Controleer het jaartal.</source>
            <translation>A year after the reporting year cannot be over yet in the realisation; and a heading with last year's number has usually been left over from the previous document. Check the year.</translation>
        </message>
        <message>
            <source>Realisatie leeg of gelijk aan het plan</source>
            <translation>Realisation empty or equal to the plan</translation>
        </message>
        <message>
            <source>De realisatie ontbreekt of is (bijna) een kopie van de plantekst. Beschrijf wat er werkelijk is gedaan en bereikt.</source>
            <translation>The realisation is missing or (nearly) a copy of the plan text. Describe what was actually done and achieved.</translation>
        </message>
        <message>
            <source>Plaatshouder in de tekst</source>
            <translation>Placeholder in the text</translation>
        </message>
        <message>
            <source>Er staat nog een plaatshouder (PM, XXX, 'nog aanvullen', […], ?, TODO). Vul de tekst aan voordat het stuk naar het college gaat.</source>
            <translation>There is still a placeholder (PM, XXX, 'nog aanvullen', […], ?, TODO). Complete the text before the document goes to the executive.</translation>
        </message>
        <message>
            <source>Verwijzing naar iets dat niet bestaat</source>
            <translation>Reference to something that does not exist</translation>
        </message>
        <message>
            <source>De tekst verwijst naar een activiteit of paragraaf die niet in dit document staat. Pas de verwijzing aan (de nummering kan zijn veranderd), of negeer met reden als die paragraaf elders in de jaarstukken staat.</source>
            <translation>The text refers to an activity or paragraph that is not in this document. Correct the reference (the numbering may have changed), or ignore it with a reason if that paragraph is elsewhere in the annual accounts.</translation>
        </message>
        <message>
            <source>Kengetal zonder realisatie of ver van de streefwaarde</source>
            <translation>Key figure without realisation or far from its target</translation>
        </message>
        <message>
            <source>Een kengetal met een streefwaarde hoort in de jaarstukken een realisatie te hebben, en een groot verschil met de streefwaarde vraagt om een toelichting in de realisatietekst (noem het kengetal en de oorzaak).</source>
            <translation>A key figure with a target should have a realisation in the annual accounts, and a large difference from the target needs an explanation in the realisation text (name the key figure and the cause).</translation>
        </message>
        <message>
            <source>Realisatie erg lang, of erg kort naast het plan</source>
            <translation>Realisation very long, or very short beside the plan</translation>
        </message>
        <message>
            <source>De realisatie is veel langer dan gebruikelijk (of dan de streeflengte), of heel kort naast een uitgebreide plantekst. Kort in waar het kan; vul aan waar er meer is gebeurd.</source>
            <translation>The realisation is much longer than usual (or than the target length), or very short beside an extensive plan text. Shorten where you can; add where more happened.</translation>
        </message>
    </context>
    <context>
        <name>ChapterActions</name>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_actions.py" line="22" />
            <source>&amp;Financiële gegevens (grootboekexport)…</source>
            <translation>&amp;Financial data (ledger export)…</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_actions.py" line="23" />
            <source>De begroting en realisatie per programma uit een export van de financiële administratie (xlsx of csv)</source>
            <translation>The budget and actuals per programme from an export of the financial administration (xlsx or csv)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_actions.py" line="26" />
            <source>&amp;Beleidsindicatoren (waarstaatjegemeente.nl)…</source>
            <translation>&amp;Policy indicators (waarstaatjegemeente.nl)…</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_actions.py" line="28" />
            <source>Drempel en notatie &amp;financiën…</source>
            <translation>&amp;Finance threshold and notation…</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_actions.py" line="50" />
            <source>Excel of CSV (*.xlsx *.csv *.txt);;Alle bestanden (*)</source>
            <translation>Excel or CSV (*.xlsx *.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_actions.py" line="61" />
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_actions.py" line="68" />
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_actions.py" line="77" />
            <source>Financiële gegevens importeren</source>
            <translation>Import financial data</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_actions.py" line="90" />
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_actions.py" line="103" />
            <source>Beleidsindicatoren importeren</source>
            <translation>Import policy indicators</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_actions.py" line="105" />
            <source>%1 beleidsindicatoren geïmporteerd</source>
            <translation>%1 policy indicators imported</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_actions.py" line="124" />
            <source>Drempel en notatie</source>
            <translation>Threshold and notation</translation>
        </message>
    </context>
    <context>
        <name>EffectsTab</name>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="83" />
            <source>Effecttekst van</source>
            <translation>Effect text of</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="85" />
            <source>Beoogd effect</source>
            <translation>Intended effect</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="87" />
            <source>Bereikt effect</source>
            <translation>Achieved effect</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="89" />
            <source>Eigenaar van de effecttekst</source>
            <translation>Owner of the effect text</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="91" />
            <source>Effectindicatoren</source>
            <translation>Effect indicators</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="94" />
            <source>Indicator &amp;toevoegen</source>
            <translation>&amp;Add indicator</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="95" />
            <source>Indicator &amp;verwijderen</source>
            <translation>&amp;Remove indicator</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="97" />
            <source>Beleidsindicatoren</source>
            <translation>Policy indicators</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="98" />
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="154" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="98" />
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="154" />
            <source>Eenheid</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="98" />
            <source>Periode</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="99" />
            <source>Waarde</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="99" />
            <source>Vergelijking</source>
            <translation>Comparison</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="99" />
            <source>Waarde vergelijking</source>
            <translation>Comparison value</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="103" />
            <source>Beleidsindicatoren &amp;importeren…</source>
            <translation>&amp;Import policy indicators…</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="109" />
            <source>Effecttekst &amp;van:</source>
            <translation>Effect text &amp;of:</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="110" />
            <source>&amp;Eigenaar:</source>
            <translation>&amp;Owner:</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="111" />
            <source>&amp;Beoogd effect (wat wilden we bereiken):</source>
            <translation>&amp;Intended effect (what did we want to achieve):</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="113" />
            <source>Be&amp;reikt effect:</source>
            <translation>Achie&amp;ved effect:</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="116" />
            <source>Effectindicatoren:</source>
            <translation>Effect indicators:</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="121" />
            <source>Beleidsindicatoren (waarstaatjegemeente.nl):</source>
            <translation>Policy indicators (waarstaatjegemeente.nl):</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="153" />
            <source>Realisatie %1</source>
            <translation>Actual %1</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="153" />
            <source>Realisatie</source>
            <translation>Actual</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="154" />
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="154" />
            <source>Nulmeting</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="155" />
            <source>Streefwaarde</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="155" />
            <source>Peildatum</source>
            <translation>Reference date</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="155" />
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="164" />
            <source>het programma</source>
            <translation>the programme</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="166" />
            <source>hoofddoel %1</source>
            <translation>goal %1</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="242" />
            <source>Nieuwe indicator</source>
            <translation>New indicator</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="281" />
            <source>Indicator '%1'</source>
            <translation>Indicator '%1'</translation>
        </message>
        <message>
            <source>Ges&amp;chiedenis…</source>
            <translation>Histor&amp;y…</translation>
        </message>
        <message>
            <source>Alle versies van deze effecttekst; een eerdere versie herstellen</source>
            <translation>Every version of this effect text; restore an earlier version</translation>
        </message>
    </context>
    <context>
        <name>FinanceSettingsDialog</name>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="123" />
            <source>Drempel en notatie van de financiële tabellen</source>
            <translation>Threshold and notation of the financial tables</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="126" />
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="164" />
            <source>Drempelbedrag</source>
            <translation>Threshold amount</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="127" />
            <source>bijvoorbeeld 25.000; leeg: geen bedrag</source>
            <translation>for example 25.000; empty: no amount</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="130" />
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="165" />
            <source>Drempelpercentage</source>
            <translation>Threshold percentage</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="131" />
            <source>bijvoorbeeld 10; leeg: geen percentage</source>
            <translation>for example 10; empty: no percentage</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="132" />
            <source>Bedrag é&amp;n percentage moeten worden bereikt</source>
            <translation>Amount a&amp;nd percentage must both be reached</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="139" />
            <source>hele euro's (x € 1)</source>
            <translation>whole euros (x € 1)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="140" />
            <source>duizenden (x € 1.000)</source>
            <translation>thousands (x € 1.000)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="144" />
            <source>Drempel&amp;bedrag (€):</source>
            <translation>Threshold &amp;amount (€):</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="145" />
            <source>Drempel&amp;percentage:</source>
            <translation>Threshold &amp;percentage:</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="147" />
            <source>&amp;Tekenconventie:</source>
            <translation>&amp;Sign convention:</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="148" />
            <source>&amp;Afronding:</source>
            <translation>&amp;Rounding:</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="153" />
            <source>Een afwijking vanaf de drempel (precies gelijk telt mee) vraagt om een toelichting.</source>
            <translation>A variance from the threshold up (exactly equal counts) needs an explanation.</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="170" />
            <source>Een drempel is nul of meer.</source>
            <translation>A threshold is zero or more.</translation>
        </message>
    </context>
    <context>
        <name>FinanceTab</name>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="331" />
            <source>Financiële tabel (alleen-lezen, uit de administratie)</source>
            <translation>Financial table (read-only, from the administration)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="332" />
            <source>Begroting primitief</source>
            <translation>Original budget</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="333" />
            <source>Begroting na wijziging</source>
            <translation>Budget after amendment</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="333" />
            <source>Realisatie</source>
            <translation>Actual</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="334" />
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="343" />
            <source>Verschil</source>
            <translation>Difference</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="339" />
            <source>Financiële gegevens &amp;importeren…</source>
            <translation>&amp;Import financial data…</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="340" />
            <source>&amp;Drempel en notatie…</source>
            <translation>&amp;Threshold and notation…</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="342" />
            <source>Afwijkingen boven de drempel</source>
            <translation>Variances above the threshold</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="343" />
            <source>Regel</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="343" />
            <source>Eigenaar</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="344" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="344" />
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="353" />
            <source>Incidenteel of structureel</source>
            <translation>Incidental or structural</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="354" />
            <source>(kies)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="355" />
            <source>Incidenteel</source>
            <translation>Incidental</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="356" />
            <source>Structureel</source>
            <translation>Structural</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="358" />
            <source>Rechtmatigheidscategorie</source>
            <translation>Legitimacy category</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="359" />
            <source>(geen; alleen bij een lastenoverschrijding)</source>
            <translation>(none; only for an overspend)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="363" />
            <source>Eigenaar van de toelichting</source>
            <translation>Owner of the explanation</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="364" />
            <source>Deadline:</source>
            <translation>Deadline:</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="368" />
            <source>Deadline van de toelichting</source>
            <translation>Deadline of the explanation</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="370" />
            <source>Oorzaak van de afwijking</source>
            <translation>Cause of the variance</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="380" />
            <source>&amp;Aard:</source>
            <translation>&amp;Nature:</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="381" />
            <source>&amp;Rechtmatigheid:</source>
            <translation>&amp;Legitimacy:</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="382" />
            <source>Ei&amp;genaar:</source>
            <translation>O&amp;wner:</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="387" />
            <source>&amp;Oorzaak en toelichting:</source>
            <translation>&amp;Cause and explanation:</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="430" />
            <source>Bron: %1, geïmporteerd %2 door %3. Bedragen %4; %5. Alleen-lezen: wijzig de cijfers in de administratie en importeer opnieuw.</source>
            <translation>Source: %1, imported %2 by %3. Amounts %4; %5. Read-only: change the figures in the administration and import again.</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="436" />
            <source>Nog geen financiële gegevens: importeer de export van de administratie (Bestand › Importeren › Financiële gegevens).</source>
            <translation>No financial data yet: import the export of the administration (File › Import › Financial data).</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="471" />
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="501" />
            <source>voordeel</source>
            <translation>favourable</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="471" />
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="501" />
            <source>nadeel</source>
            <translation>unfavourable</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="476" />
            <source>toegelicht</source>
            <translation>explained</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="480" />
            <source>Geen afwijkingen boven de drempel (%1).</source>
            <translation>No variances above the threshold (%1).</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/chapter_panel.py" line="502" />
            <source>%1: %2 van %3 (begroot %4, gerealiseerd %5)</source>
            <translation>%1: %2 of %3 (budgeted %4, actual %5)</translation>
        </message>
        <message>
            <source>Ges&amp;chiedenis van de toelichting…</source>
            <translation>Histor&amp;y of the explanation…</translation>
        </message>
    </context>
    <context>
        <name>LedgerImportDialog</name>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="44" />
            <source>Financiële gegevens importeren – %1</source>
            <translation>Import financial data – %1</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="46" />
            <source>Kies per gegeven de kolom van het bestand. De cijfers worden alleen-lezen in de programma's gezet; een controletotaal in het bestand wordt nagerekend.</source>
            <translation>Choose the file's column for each item. The figures are put into the programmes read-only; a control total in the file is checked.</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="55" />
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="57" />
            <source>kolom %1</source>
            <translation>column %1</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="65" />
            <source>Kolommen</source>
            <translation>Columns</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="68" />
            <source>De eerste regels van het bestand</source>
            <translation>The first rows of the file</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="82" />
            <source>&amp;Importeren</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="102" />
            <source>Zo kan het niet: %1</source>
            <translation>Not like this: %1</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="106" />
            <source>%1 regels gelezen</source>
            <translation>%1 rows read</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="107" />
            <source>controletotaal klopt</source>
            <translation>control total matches</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="107" />
            <source>geen controletotaal</source>
            <translation>no control total</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="110" />
            <source>saldo realisatie %1</source>
            <translation>actual balance %1</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="113" />
            <source>Let op: %1.</source>
            <translation>Note: %1.</translation>
        </message>
    </context>
    <context>
        <name>PolicyProgrammeDialog</name>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="182" />
            <source>Beleidsindicatoren importeren</source>
            <translation>Import policy indicators</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="184" />
            <source>Programma</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="185" />
            <source>Volgens het bestand (kolom Programma of het taakveld)</source>
            <translation>As the file says (Programme column or the task field)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="192" />
            <source>Bij welk programma horen de indicatoren?</source>
            <translation>Which programme do the indicators belong to?</translation>
        </message>
    </context>
    <context>
        <name>VarianceOverview</name>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/variance_overview.py" line="39" />
            <source>Afwijkingen die een toelichting vragen</source>
            <translation>Variances that need an explanation</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/variance_overview.py" line="40" />
            <source>Programma</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/variance_overview.py" line="40" />
            <source>Regel</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/variance_overview.py" line="40" />
            <source>Verschil</source>
            <translation>Difference</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/variance_overview.py" line="41" />
            <source>Eigenaar</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/variance_overview.py" line="41" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/variance_overview.py" line="41" />
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/variance_overview.py" line="66" />
            <source>voordeel</source>
            <translation>favourable</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/variance_overview.py" line="66" />
            <source>nadeel</source>
            <translation>unfavourable</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/variance_overview.py" line="71" />
            <source>(geen eigenaar)</source>
            <translation>(no owner)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/variance_overview.py" line="72" />
            <source> (te laat)</source>
            <translation> (late)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/variance_overview.py" line="73" />
            <source>toegelicht</source>
            <translation>explained</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/variance_overview.py" line="81" />
            <source>Afwijkingen boven de drempel: %1, waarvan %2 zonder volledige toelichting</source>
            <translation>Variances above the threshold: %1, of which %2 without a complete explanation</translation>
        </message>
    </context>
    <context>
        <name>TeamMode</name>
        <message>
            <source>Conflict bekijken</source>
            <translation>View conflict</translation>
        </message>
        <message>
            <source>Een collega heeft deze activiteit intussen opgeslagen. Uw tekst is niet overschreven en niet verloren: hij staat bij Conflicten om uit te kiezen.</source>
            <translation>A colleague saved this activity in the meantime. Your text was not overwritten and is not lost: it is under Conflicts to choose from.</translation>
        </message>
        <message>
            <source>%1 heeft deze activiteit zojuist gewijzigd terwijl u typt. Uw tekst blijft staan; bij opslaan komen beide versies bij Conflicten.</source>
            <translation>%1 just changed this activity while you are typing. Your text stays; when it is saved, both versions go to Conflicts.</translation>
        </message>
        <message>
            <source>Bijgewerkt met de wijziging van %1.</source>
            <translation>Updated with the change by %1.</translation>
        </message>
        <message>
            <source>Geen verbinding met de teamserver. Uw tekst blijft in het venster bewaard en wordt verstuurd zodra de server terug is.</source>
            <translation>No connection to the team server. Your text is kept in the window and is sent as soon as the server is back.</translation>
        </message>
        <message>
            <source>Weer verbonden met de teamserver.</source>
            <translation>Connected to the team server again.</translation>
        </message>
        <message>
            <source>Niet verstuurd: geen verbinding</source>
            <translation>Not sent: no connection</translation>
        </message>
        <message>
            <source>geen verbinding met de teamserver</source>
            <translation>no connection to the team server</translation>
        </message>
        <message>
            <source>Een kopie van uw tekst staat in %1.</source>
            <translation>A copy of your text is in %1.</translation>
        </message>
    </context>
    <context>
        <name>ColumnMappingDialog</name>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="53" />
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="55" />
            <source>kolom %1</source>
            <translation>column %1</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="63" />
            <source>Kolommen</source>
            <translation>Columns</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="66" />
            <source>De eerste regels van het bestand</source>
            <translation>The first rows of the file</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="80" />
            <source>&amp;Importeren</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="102" />
            <source>Zo kan het niet: %1</source>
            <translation>Not like this: %1</translation>
        </message>
    </context>
    <context>
        <name>PolicyImportDialog</name>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="150" />
            <source>Programma</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="151" />
            <source>Volgens het bestand (kolom Programma of het taakveld)</source>
            <translation>As the file says (Programme column or the task field)</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="146" />
            <source>Beleidsindicatoren importeren – %1</source>
            <translation>Import policy indicators – %1</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="147" />
            <source>Kies bij welk programma de indicatoren horen en per gegeven de kolom van het bestand. Regels van een ander gebied dan de gemeente worden de vergelijking.</source>
            <translation>Choose the programme the indicators belong to and the file's column for each item. Rows of another area than the municipality become the comparison.</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="155" />
            <source>&amp;Programma:</source>
            <translation>&amp;Programme:</translation>
        </message>
        <message>
            <location filename="../work/wt/h18/src/verantwoording_app/ui/ledger_dialog.py" line="164" />
            <source>%1 indicatoren van %2 gelezen, %3 met een vergelijking.</source>
            <translation>%1 indicators of %2 read, %3 with a comparison.</translation>
        </message>
    </context>
    <context>
        <name>ChapterHistoryDialog</name>
        <message>
            <source>Geschiedenis – %1</source>
            <translation>History – %1</translation>
        </message>
        <message>
            <source>Alle versies van %1. Kies één versie om te zien wat er toen veranderde, of twee versies van hetzelfde veld (Ctrl+klik) om ze te vergelijken.</source>
            <translation>Every version of %1. Choose one version to see what changed then, or two versions of the same field (Ctrl+click) to compare them.</translation>
        </message>
        <message>
            <source>Versies per veld</source>
            <translation>Versions per field</translation>
        </message>
        <message>
            <source>Veld en tijdstip</source>
            <translation>Field and time</translation>
        </message>
        <message>
            <source>Door</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>&amp;Herstellen</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>wijziging</source>
            <translation>change</translation>
        </message>
        <message>
            <source>niet toegepast voorstel</source>
            <translation>proposal not applied</translation>
        </message>
        <message>
            <source>oorspronkelijke waarde</source>
            <translation>original value</translation>
        </message>
        <message>
            <source>wijziging (huidige versie)</source>
            <translation>change (current version)</translation>
        </message>
        <message>
            <source>vóór eerste wijziging</source>
            <translation>before the first change</translation>
        </message>
        <message>
            <source>Hier is nog niets gewijzigd; er is geen geschiedenis.</source>
            <translation>Nothing has been changed here yet; there is no history.</translation>
        </message>
        <message>
            <source>Oorspronkelijke waarde</source>
            <translation>Original value</translation>
        </message>
        <message>
            <source>Niet toegepast voorstel (%1)</source>
            <translation>Proposal not applied (%1)</translation>
        </message>
        <message>
            <source>Versie van %1</source>
            <translation>Version of %1</translation>
        </message>
        <message>
            <source>Kies een versie in de lijst.</source>
            <translation>Choose a version in the list.</translation>
        </message>
        <message>
            <source>Nu</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Database op dat moment</source>
            <translation>Database at that moment</translation>
        </message>
        <message>
            <source>Daarvoor</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>Kies twee versies van hetzelfde veld om ze te vergelijken.</source>
            <translation>Choose two versions of the same field to compare them.</translation>
        </message>
        <message>
            <source>Het bedrag volgt de financiële tabel; het wordt niet hersteld.</source>
            <translation>The amount follows the financial table; it is not restored.</translation>
        </message>
        <message>
            <source>Dit is de huidige waarde.</source>
            <translation>This is the current value.</translation>
        </message>
        <message>
            <source>Herstellen zet deze waarde terug als nieuwe versie; er gaat niets verloren.</source>
            <translation>Restoring puts this value back as a new version; nothing is lost.</translation>
        </message>
        <message>
            <source>Kies één versie om die te herstellen.</source>
            <translation>Choose one version to restore it.</translation>
        </message>
        <message>
            <source>Herstellen</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Deze versie heeft een waarde die niet meer kan worden teruggezet.</source>
            <translation>This version has a value that can no longer be put back.</translation>
        </message>
        <message>
            <source>%n versie</source>
            <translation>%n version</translation>
        </message>
        <message>
            <source>%n versies</source>
            <translation>%n versions</translation>
        </message>
        <message>
            <source>Beoogd effect</source>
            <translation>Intended effect</translation>
        </message>
        <message>
            <source>Bereikt effect</source>
            <translation>Effect achieved</translation>
        </message>
        <message>
            <source>Oorzaak en toelichting</source>
            <translation>Cause and explanation</translation>
        </message>
        <message>
            <source>Incidenteel/structureel</source>
            <translation>Incidental/structural</translation>
        </message>
        <message>
            <source>Rechtmatigheid</source>
            <translation>Legitimacy</translation>
        </message>
        <message>
            <source>Bedrag</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Eigenaar</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Effectindicatoren</source>
            <translation>Effect indicators</translation>
        </message>
    </context>
    <context>
        <name>ChapterPanels</name>
        <message>
            <source>het programma</source>
            <translation>the programme</translation>
        </message>
        <message>
            <source>de effecttekst van %1</source>
            <translation>the effect text of %1</translation>
        </message>
        <message>
            <source>de toelichting op %1</source>
            <translation>the explanation of %1</translation>
        </message>
        <message>
            <source>Geschiedenis</source>
            <translation>History</translation>
        </message>
    </context>
    <context>
        <name>FormPages</name>
        <message>
            <source>alleen lezen</source>
            <translation>read-only</translation>
        </message>
        <message>
            <source>niet in uw werkpakket</source>
            <translation>not in your work package</translation>
        </message>
        <message>
            <source>vastgesteld; heropen via Beoordeling</source>
            <translation>adopted; reopen via Review</translation>
        </message>
        <message>
            <source>vastgesteld; alleen de coördinator kan heropenen</source>
            <translation>adopted; only the coordinator can reopen it</translation>
        </message>
        <message>
            <source>Hoofddoel %1: %2</source>
            <translation>Main goal %1: %2</translation>
        </message>
        <message>
            <source>%1 — Verantwoording</source>
            <translation>%1 — Verantwoording</translation>
        </message>
    </context>
    <context>
        <name>FormSaving</name>
        <message>
            <source>%1 — Verantwoording</source>
            <translation>%1 — Verantwoording</translation>
        </message>
        <message>
            <source>Opgeslagen om %1</source>
            <translation>Saved at %1</translation>
        </message>
        <message>
            <source>Wijzigingen worden opgeslagen…</source>
            <translation>Saving changes…</translation>
        </message>
        <message>
            <source>Niet opgeslagen!</source>
            <translation>Not saved!</translation>
        </message>
        <message>
            <source>

Een noodkopie van uw tekst staat in %1.</source>
            <translation>

An emergency copy of your text has been saved in %1.</translation>
        </message>
        <message>
            <source>Opslaan is mislukt: %1

Uw tekst staat nog op het scherm. Het programma probeert het elke paar seconden opnieuw; u kunt gewoon doorwerken.</source>
            <translation>Saving failed: %1

Your text is still on the screen. The program tries again every few seconds; you can simply carry on working.</translation>
        </message>
    </context>
    <context>
        <name>StructureEdits</name>
        <message>
            <source>Nieuwe activiteit</source>
            <translation>New activity</translation>
        </message>
        <message>
            <source>Nieuw hoofddoel</source>
            <translation>New main goal</translation>
        </message>
        <message>
            <source>Nieuw programma</source>
            <translation>New programme</translation>
        </message>
        <message>
            <source>Activiteit %1 '%2' verwijderen?

U kunt dit ongedaan maken met Ctrl+Z.</source>
            <translation>Delete activity %1 '%2'?

You can undo this with Ctrl+Z.</translation>
        </message>
        <message>
            <source>Hoofddoel %1 '%2' met al zijn activiteiten verwijderen?

U kunt dit ongedaan maken met Ctrl+Z.</source>
            <translation>Delete main goal %1 '%2' with all its activities?

You can undo this with Ctrl+Z.</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Er is niets gewijzigd: %1</source>
            <translation>Nothing was changed: %1</translation>
        </message>
        <message>
            <source>Reservekopie</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Intussen elders gewijzigd: %1 activiteit(en). Daar is niets overschreven; deze wijziging staat bij Conflicten om uit te kiezen.</source>
            <translation>Changed elsewhere in the meantime: %1 activit(y/ies). Nothing was overwritten there; this change is under Conflicts to choose from.</translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <source>Het bestand '%1' bestaat al. Kies een nieuwe naam.</source>
            <translation>The file '%1' already exists. Choose a new name.</translation>
        </message>
        <message>
            <source>(nog geen)</source>
            <translation>(none yet)</translation>
        </message>
        <message>
            <source>Het hoofdstuk</source>
            <translation>The chapter</translation>
        </message>
        <message>
            <source>%1 staat op het klembord; plak het in Word.</source>
            <translation>%1 is on the clipboard; paste it into Word.</translation>
        </message>
        <message>
            <source>De nieuwe taal geldt na het opnieuw starten van Verantwoording.</source>
            <translation>The new language applies after restarting Verantwoording.</translation>
        </message>
        <message>
            <source>Uw naam</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Uw naam zoals die bij 'Eigenaar' staat:</source>
            <translation>Your name as it appears under 'Owner':</translation>
        </message>
    </context>
</TS>
