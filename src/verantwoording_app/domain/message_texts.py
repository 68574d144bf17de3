"""The message catalogue: every message id raised below ``ui/``, its Dutch and its English text.

Read by :mod:`.messages` (``CATALOGUE``); raise one as ``UserError(Message.of("area.name", arg=…))``.
Ids are English, ``area.what``; the texts are ``str.format`` templates with the same named fields in
both languages (``tests/domain/test_messages.py``). Add a message here, next to the others of its area.
"""

from __future__ import annotations

from typing import Final

TEXTS: Final[dict[str, tuple[str, str]]] = {
    # -- activity
    'activity.merge_with_itself': (
        'Een activiteit kan niet met zichzelf worden samengevoegd.',
        'An activity cannot be merged with itself.',
    ),
    'activity.missing': (
        'Deze activiteit bestaat niet (meer).',
        'This activity no longer exists.',
    ),
    'activity.plan_frozen': (
        "De plantekst van '{title}' is bevroren (de tekst uit de vastgestelde begroting). De coördinator kan haar ontdooien.",
        "The plan text of '{title}' is frozen (the text from the adopted budget). The coordinator can unfreeze it.",
    ),
    'activity.saved_by_someone_else': (
        'Iemand anders heeft deze activiteit intussen opgeslagen. Laad de activiteit opnieuw; uw tekst staat in de geschiedenis.',
        'Someone else saved this activity in the meantime. Load the activity again; your text is in the history.',
    ),
    'activity.saved_by_someone_else_reload': (
        'Iemand anders heeft deze activiteit intussen opgeslagen. Laad de activiteit opnieuw.',
        'Someone else saved this activity in the meantime. Load the activity again.',
    ),
    # -- aids
    'aids.reason_missing': (
        'Geef een reden op waarom deze melding genegeerd mag worden.',
        'Give a reason why this remark may be ignored.',
    ),
    'aids.reason_too_long': (
        'De reden is te lang (hoogstens {max_reason_length} tekens).',
        'The reason is too long (at most {max_reason_length} characters).',
    ),
    'aids.target_out_of_range': (
        'Een streeflengte ligt tussen 0 en {maximum} woorden.',
        'A target length lies between 0 and {maximum} words.',
    ),
    # -- backup
    'backup.cannot_make': (
        'De reservekopie kon niet worden gemaakt: {error}.',
        'The backup could not be made: {error}.',
    ),
    'backup.foreign_document': (
        "De reservekopie '{name}' is van een ander document ('{title}') dan deze database nu bevat. Er is niets gewijzigd. Wilt u dat document toch terugzetten, bevestig dan met de naam ervan ('{title}').",
        "The backup '{name}' is of another document ('{title}') than this database now holds. Nothing was changed. If you want to restore that document anyway, confirm with its name ('{title}').",
    ),
    'backup.missing': (
        "De reservekopie '{name}' bestaat niet.",
        "The backup '{name}' does not exist.",
    ),
    'backup.newest_good': (
        "De nieuwste goede reservekopie is van {created} ({activities} activiteiten, {reason}): {path}. Zet die terug met 'verantwoording backup restore {number}' of via Bestand › Reservekopieën.",
        "The newest good backup is of {created} ({activities} activities, {reason}): {path}. Restore it with 'verantwoording backup restore {number}' or via File › Backups.",
    ),
    'backup.none_good': (
        'Er is geen goede reservekopie gevonden. Maak een kopie van het bestand voordat u iets anders probeert, en vraag uw beheerder om hulp.',
        'No good backup was found. Make a copy of the file before you try anything else, and ask your administrator for help.',
    ),
    'backup.restore_failed': (
        'Herstellen is mislukt: {error}. De database is ongewijzigd.',
        'Restoring failed: {error}. The database is unchanged.',
    ),
    # -- chapter
    'chapter.effect_conflict': (
        'Iemand anders heeft deze effecttekst intussen opgeslagen. Laad haar opnieuw.',
        'Someone else saved this effect text in the meantime. Load it again.',
    ),
    'chapter.explanation_conflict': (
        'Iemand anders heeft deze toelichting intussen opgeslagen. Laad haar opnieuw.',
        'Someone else saved this explanation in the meantime. Load it again.',
    ),
    'chapter.invalid_chapter': (
        "'{where}' bevat een ongeldig hoofdstuk.",
        "'{where}' contains an invalid chapter.",
    ),
    'chapter.invalid_effects': (
        "'{where}' bevat een ongeldige lijst van effectteksten.",
        "'{where}' contains an invalid list of effect texts.",
    ),
    'chapter.field_not_restorable': (
        "Het veld '{field}' kan hier niet worden hersteld.",
        "The field '{field}' cannot be restored here.",
    ),
    'chapter.invalid_explanation_change': (
        '{source}: ongeldige wijziging in een toelichting.',
        '{source}: invalid change to an explanation.',
    ),
    'chapter.invalid_explanation_changes': (
        '{source}: ongeldige wijzigingen in toelichtingen.',
        '{source}: invalid changes to explanations.',
    ),
    'chapter.invalid_value': (
        "'{where}' bevat een ongeldig hoofdstukgegeven ({what}).",
        "'{where}' contains an invalid chapter value ({what}).",
    ),
    'chapter.invalid_variance': (
        "'{where}' bevat een ongeldige afwijking.",
        "'{where}' contains an invalid variance.",
    ),
    'chapter.invalid_variances': (
        "'{where}' bevat een ongeldige lijst van afwijkingen.",
        "'{where}' contains an invalid list of variances.",
    ),
    'chapter.ledger_programme_gone': (
        'De financiële regels horen bij een programma dat niet (meer) bestaat.',
        'The financial rows belong to a programme that no longer exists.',
    ),
    'chapter.programme_gone': (
        'Dit programma bestaat niet (meer).',
        'This programme no longer exists.',
    ),
    'chapter.programme_missing': (
        'Programma {programme} staat niet in het document.',
        'Programme {programme} is not in the document.',
    ),
    'chapter.rounding': (
        "Afronden kan op hele euro's (x € 1) of op duizenden (x € 1.000).",
        'Rounding is possible to whole euros (x € 1) or to thousands (x € 1,000).',
    ),
    'chapter.sheet_too_many_rows': (
        "Het werkblad '{sheet_variances}' heeft te veel rijen.",
        "The sheet '{sheet_variances}' has too many rows.",
    ),
    'chapter.sheet_unreadable': (
        "Het werkblad '{sheet_variances}' van '{name}' kan niet worden gelezen.",
        "The sheet '{sheet_variances}' of '{name}' cannot be read.",
    ),
    'chapter.threshold_negative': (
        'Een drempel is nul of meer.',
        'A threshold is zero or more.',
    ),
    # -- checks
    'checks.invalid_word_list': (
        "'{source}' bevat geen geldige woordenlijst.",
        "'{source}' contains no valid word list.",
    ),
    # -- cli
    'cli.activity_needs_goal': (
        '--activity werkt alleen samen met --goal.',
        '--activity only works together with --goal.',
    ),
    'cli.add_or_replace': (
        'Kies --add (toevoegen) of --replace (vervangen), niet allebei.',
        'Choose --add (add) or --replace (replace), not both.',
    ),
    'cli.backup_confirm_document': (
        "{message} Gebruik: backup restore {number} --confirm-document '{title}'",
        "{message} Use: backup restore {number} --confirm-document '{title}'",
    ),
    'cli.backup_number_missing': (
        "Geef het nummer van de reservekopie: backup restore NUMMER (zie 'backup list').",
        "Give the number of the backup: backup restore NUMMER (see 'backup list').",
    ),
    'cli.backup_number_range': (
        "Kies het nummer van een reservekopie (1 t/m {count}); zie 'backup list'.",
        "Choose the number of a backup (1 to {count}); see 'backup list'.",
    ),
    'cli.chapter_file_missing': (
        'Geef het bestand: verantwoording financien import BESTAND.xlsx',
        'Give the file: verantwoording financien import BESTAND.xlsx',
    ),
    'cli.conflict_arguments': (
        'Geef het nummer van het conflict en wie wint: conflicts resolve NUMMER --take pakket|database',
        'Give the number of the conflict and who wins: conflicts resolve NUMMER --take pakket|database',
    ),
    'cli.conflict_unknown': (
        "Geen (eenduidig) open conflict met nummer '{id}'.",
        "No (unambiguous) open conflict with number '{id}'.",
    ),
    'cli.damaged_advice': (
        '{error} {advice}',
        '{error} {advice}',
    ),
    'cli.database_busy_command': (
        "De database '{name}' wordt al gewijzigd door {describe}; die opdracht is na een minuut nog niet klaar. Probeer het later opnieuw. Er is niets gewijzigd.",
        "The database '{name}' is already being changed by {describe}; that command has not finished after a minute. Try again later. Nothing was changed.",
    ),
    'cli.database_missing': (
        "De database '{database}' bestaat niet.",
        "The database '{database}' does not exist.",
    ),
    'cli.database_open_in_window': (
        "De database '{name}' is geopend in het venster van {describe}. Sluit het venster eerst, of voeg --force toe om toch te schrijven (het venster ziet uw wijziging pas na opnieuw openen). Er is niets gewijzigd.",
        "The database '{name}' is open in the window of {describe}. Close the window first, or add --force to write anyway (the window sees your change only after opening again). Nothing was changed.",
    ),
    'cli.document_exists_replace': (
        'Deze database bevat al een document; gebruik --replace om het te vervangen.',
        'This database already holds a document; use --replace to replace it.',
    ),
    'cli.handout_handin_apart': (
        'Importeer uitgifte- en inleverpakketten apart.',
        'Import hand-out and hand-in packages separately.',
    ),
    'cli.interrupted': (
        'afgebroken',
        'interrupted',
    ),
    'cli.invalid_deadline': (
        "Ongeldige deadline '{deadline}': gebruik dd-mm-jjjj.",
        "Invalid deadline '{deadline}': use dd-mm-yyyy.",
    ),
    'cli.no_activities_found': (
        'Er zijn geen activiteiten gevonden; zo kan er niets worden geïmporteerd.',
        'No activities were found; so nothing can be imported.',
    ),
    'cli.one_handout': (
        'Open één uitgiftepakket tegelijk.',
        'Open one hand-out package at a time.',
    ),
    'cli.one_workbook': (
        'Importeer één werkmap tegelijk.',
        'Import one workbook at a time.',
    ),
    'cli.packages_apart': (
        'Importeer pakketten apart van andere bestanden.',
        'Import packages apart from other files.',
    ),
    'cli.person_name_missing': (
        'Geef de naam: people {action} NAAM',
        'Give the name: people {action} NAAM',
    ),
    'cli.person_unknown': (
        "'{name}' staat niet in de lijst van mensen.",
        "'{name}' is not in the list of people.",
    ),
    'cli.search_text_missing': (
        'Geef de tekst om naar te zoeken, bijvoorbeeld: verantwoording search Almelo',
        'Give the text to search for, for example: verantwoording search Almelo',
    ),
    'cli.server_address_missing': (
        'Geef het serveradres: server {action} --db postgresql://BEHEERDER@SERVER/DATABASE',
        'Give the server address: server {action} --db postgresql://BEHEERDER@SERVER/DATABASE',
    ),
    'cli.server_upload_source': (
        'Geef de lokale database: server upload --from LOKAAL.vwdb --db postgresql://…',
        'Give the local database: server upload --from LOKAAL.vwdb --db postgresql://…',
    ),
    'cli.server_remove_user_arguments': (
        'Geef de loginnaam: server remove-user NAAM --db postgresql://BEHEERDER@SERVER/DATABASE',
        'Give the login name: server remove-user NAAM --db postgresql://BEHEERDER@SERVER/DATABASE',
    ),
    'cli.server_user_arguments': (
        'Geef de loginnaam en de rol: server add-user NAAM --role officer|coordinator',
        'Give the login name and the role: server add-user NAAM --role officer|coordinator',
    ),
    'cli.snapshot_name_missing': (
        'Geef de naam van de momentopname: snapshot {action} NAAM',
        'Give the name of the snapshot: snapshot {action} NAAM',
    ),
    'cli.unexpected': (
        'onverwachte fout ({error}). Details staan in {log}.',
        'unexpected error ({error}). The details are in {log}.',
    ),
    # -- compare
    'compare.cannot_save_as': (
        "Sla de vergelijking op als {join}; '{name}' kan niet.",
        "Save the comparison as {join}; '{name}' is not possible.",
    ),
    # -- conflict
    'conflict.merged_text_missing': (
        'Geef de samengevoegde tekst op.',
        'Give the merged text.',
    ),
    'conflict.missing': (
        'Dit conflict bestaat niet (meer).',
        'This conflict no longer exists.',
    ),
    # -- database
    'database.busy': (
        'De database {name} is bezet door een ander programma. Probeer het zo opnieuw.',
        'The database {name} is in use by another program. Try again shortly.',
    ),
    'database.cannot_change': (
        'De database {name} kan niet worden gewijzigd: {blocker}. Lezen, controleren en exporteren kan wel; kopieer het bestand naar een map waarin u mag schrijven om het te bewerken.',
        'The database {name} cannot be changed: {blocker}. Reading, checking and exporting are possible; copy the file to a folder where you may write to edit it.',
    ),
    'database.cannot_create_folder': (
        "Kan de map '{parent}' niet aanmaken: {strerror}.",
        "Cannot create the folder '{parent}': {strerror}.",
    ),
    'database.damaged': (
        'De database {name} is beschadigd: SQLite kan haar inhoud niet lezen (het bestand is aangetast, bijvoorbeeld door een defecte schijf of een afgebroken kopie).',
        'The database {name} is damaged: SQLite cannot read its content (the file is affected, for example by a faulty disk or an interrupted copy).',
    ),
    'database.disk_full': (
        'De schijf is vol: de database {name} kan niet worden bijgewerkt. Maak ruimte vrij (bijvoorbeeld in de map Downloads of de prullenbak) en probeer het opnieuw; er is niets verloren.',
        'The disk is full: the database {name} cannot be updated. Free some space (for example in the Downloads folder or the recycle bin) and try again; nothing is lost.',
    ),
    'database.document_already_present': (
        'Dit document staat al in de database.',
        'This document is already in the database.',
    ),
    'database.driver_missing': (
        'Voor de databaseserver {mask_url} ontbreekt het stuurprogramma ({value}). Installeer het, of gebruik een databasebestand (.vwdb).',
        'The driver for the database server {mask_url} is missing ({value}). Install it, or use a database file (.vwdb).',
    ),
    'database.file_write_protected': (
        'het bestand is schrijfbeveiligd (alleen-lezen)',
        'the file is write-protected (read-only)',
    ),
    'database.folder_not_writable': (
        "u mag niet schrijven in de map '{folder}'",
        "you may not write in the folder '{folder}'",
    ),
    'database.foreign': (
        "'{name}' is een database van een ander programma, geen Verantwoording-database. Er is niets gewijzigd.",
        "'{name}' is a database of another program, not a Verantwoording database. Nothing was changed.",
    ),
    'database.is_read_only': (
        'ze is alleen-lezen',
        'it is read-only',
    ),
    'database.medium_read_only': (
        'het medium is alleen-lezen (bijvoorbeeld een beveiligde USB-stick, een cd of een alleen-lezen schijf)',
        'the medium is read-only (for example a protected USB stick, a cd or a read-only disk)',
    ),
    'database.missing': (
        "De database '{path}' bestaat niet.",
        "The database '{path}' does not exist.",
    ),
    'database.newer_schema': (
        "De database '{name}' is gemaakt met een nieuwere versie van Verantwoording (schema {revision}). Installeer de nieuwste versie om hem te openen; er is niets gewijzigd.",
        "The database '{name}' was made with a newer version of Verantwoording (schema {revision}). Install the newest version to open it; nothing was changed.",
    ),
    'database.no_access': (
        'U hebt geen toegang tot de database {name}{where} (rechten). Vraag uw beheerder om lees- en schrijfrechten, of kies een ander bestand.',
        'You have no access to the database {name}{where} (permissions). Ask your administrator for read and write permissions, or choose another file.',
    ),
    'database.no_document': (
        'Deze database bevat nog geen document. Importeer eerst een P&C-tekst.',
        'This database holds no document yet. Import a P&C text first.',
    ),
    'database.not_sqlite': (
        "'{name}' is geen Verantwoording-database (het is geen SQLite-bestand). Kies een .vwdb-bestand dat met Verantwoording is gemaakt.",
        "'{name}' is not a Verantwoording database (it is not an SQLite file). Choose a .vwdb file made with Verantwoording.",
    ),
    'database.read_only': (
        'Deze database is alleen-lezen geopend ({why}); uw wijziging is niet opgeslagen.',
        'This database was opened read-only ({why}); your change was not saved.',
    ),
    'database.someone_else_in_it': (
        'iemand anders werkt erin',
        'someone else is working in it',
    ),
    'database.unusable': (
        'De database {name} kan niet worden gebruikt ({kind}).',
        'The database {name} cannot be used ({kind}).',
    ),
    'database.upgrade_read_only': (
        'Deze database moet worden bijgewerkt naar de nieuwe versie; dat kan niet alleen-lezen. Open haar wanneer niemand anders haar gebruikt.',
        'This database must be updated to the new version; that is not possible read-only. Open it when nobody else is using it.',
    ),
    # -- docx
    'docx.damaged_or_unsafe': (
        'Dit Word-bestand is beschadigd of onveilig ({error}); er is niets geïmporteerd.',
        'This Word file is damaged or unsafe ({error}); nothing was imported.',
    ),
    'docx.empty': (
        'Dit Word-document heeft geen inhoud; er is niets geïmporteerd.',
        'This Word document has no content; nothing was imported.',
    ),
    'docx.invalid_file': (
        'Dit is geen geldig Word-bestand (.docx); er is niets geïmporteerd.',
        'This is not a valid Word file (.docx); nothing was imported.',
    ),
    'docx.no_document_xml': (
        'Dit is geen Word-document (word/document.xml ontbreekt); er is niets geïmporteerd.',
        'This is not a Word document (word/document.xml is missing); nothing was imported.',
    ),
    'docx.template_not_word': (
        "Het sjabloon '{name}' is geen Word-document (.docx) of -sjabloon (.dotx).",
        "The template '{name}' is not a Word document (.docx) or template (.dotx).",
    ),
    'docx.template_refused': (
        'Het sjabloon is geweigerd: {message}',
        'The template was refused: {message}',
    ),
    'docx.template_unreadable': (
        "Kan het sjabloon '{name}' niet lezen: {value}.",
        "Cannot read the template '{name}': {value}.",
    ),
    'docx.template_unusable': (
        "Het sjabloon '{name}' is geen bruikbaar Word-document of -sjabloon; kies een ander sjabloon of exporteer zonder sjabloon.",
        "The template '{name}' is not a usable Word document or template; choose another template or export without one.",
    ),
    'docx.too_many_paragraphs': (
        "Dit Word-document heeft te veel alinea's om te importeren.",
        'This Word document has too many paragraphs to import.',
    ),
    # -- emergency
    'emergency.nowhere': (
        'Ook een noodkopie kon nergens worden geschreven ({errors}).',
        'An emergency copy could not be written anywhere either ({errors}).',
    ),
    # -- export
    'export.format_from_name': (
        "Kan het formaat niet afleiden uit '{name}'. Gebruik --format ({join}).",
        "Cannot derive the format from '{name}'. Use --format ({join}).",
    ),
    'export.format_unavailable': (
        "Exporteren naar '{fmt}' is in deze versie niet beschikbaar.",
        "Exporting to '{fmt}' is not available in this version.",
    ),
    'export.unknown_format': (
        "Onbekend formaat '{explicit}'. Kies uit: {join}.",
        "Unknown format '{explicit}'. Choose from: {join}.",
    ),
    # -- file
    'file.cannot_read': (
        "Kan '{name}' niet lezen: {strerror}.",
        "Cannot read '{name}': {strerror}.",
    ),
    'file.cannot_read_value': (
        "Kan '{name}' niet lezen: {value}.",
        "Cannot read '{name}': {value}.",
    ),
    'file.is_a_folder': (
        "'{path}' is een map, geen bestand.",
        "'{path}' is a folder, not a file.",
    ),
    'file.missing': (
        "Het bestand '{name}' bestaat niet.",
        "The file '{name}' does not exist.",
    ),
    'file.not_a_regular_target': (
        "Kan niet schrijven naar '{given}': dat is {kind}. Kies een gewone bestandsnaam.",
        "Cannot write to '{given}': that is {kind}. Choose an ordinary file name.",
    ),
    'file.path_missing': (
        "Het bestand '{path}' bestaat niet.",
        "The file '{path}' does not exist.",
    ),
    'file.read_only_target': (
        "'{name}' is alleen-lezen (beveiligd tegen schrijven) en wordt niet vervangen. Kies een andere naam, of hef de beveiliging eerst bewust op.",
        "'{name}' is read-only (write-protected) and is not replaced. Choose another name, or lift the protection deliberately first.",
    ),
    'file.too_large_to_import': (
        "'{name}' is te groot om te importeren.",
        "'{name}' is too large to import.",
    ),
    # -- format
    'format.invalid': (
        '{where} heeft een ongeldig formaatnummer ({number}); er is niets gewijzigd.',
        '{where} has an invalid format number ({number}); nothing was changed.',
    ),
    'format.newer': (
        '{where} is gemaakt met een nieuwere versie van Verantwoording (formaat {number}; deze versie leest tot en met formaat {current}). Installeer de nieuwste versie; er is niets gewijzigd.',
        '{where} was made with a newer version of Verantwoording (format {number}; this version reads up to format {current}). Install the newest version; nothing was changed.',
    ),
    'format.not_an_object': (
        '{where} bevat geen geldige gegevens; er is niets gewijzigd.',
        '{where} contains no valid data; nothing was changed.',
    ),
    # -- handout
    'handout.missing': (
        'Deze uitgifte bestaat niet (meer).',
        'This hand-out no longer exists.',
    ),
    # -- import
    'import.clipboard_empty': (
        'Het klembord bevat geen tekst om als activiteiten te plakken.',
        'The clipboard holds no text to paste as activities.',
    ),
    'import.clipboard_too_much': (
        'Het klembord bevat te veel tekst om als activiteiten te plakken.',
        'The clipboard holds too much text to paste as activities.',
    ),
    'import.document_exists': (
        'Deze database bevat al een document. Voeg de inhoud toe (--add), kies een nieuwe database (--db) of vervang het document bewust (--replace); er is niets gewijzigd.',
        'This database already holds a document. Add the content (--add), choose a new database (--db) or replace the document deliberately (--replace); nothing was changed.',
    ),
    'import.no_text': (
        "'{name}' bevat geen tekst; er is niets overgenomen.",
        "'{name}' contains no text; nothing was taken over.",
    ),
    'import.not_text': (
        "'{name}' is geen tekst-, HTML- of Word-bestand.",
        "'{name}' is not a text, HTML or Word file.",
    ),
    'import.nothing_imported': (
        '{error}. Er is niets geïmporteerd.',
        '{error}. Nothing was imported.',
    ),
    'import.old_office': (
        "'{name}' is een oud Office-bestand (.xls/.doc) of een versleuteld bestand. Sla het in Excel of Word op als .xlsx of .docx (zonder wachtwoord) en probeer het opnieuw.",
        "'{name}' is an old Office file (.xls/.doc) or an encrypted file. Save it in Excel or Word as .xlsx or .docx (without password) and try again.",
    ),
    'import.unknown_zip': (
        "'{name}' is een zip-bestand dat Verantwoording niet herkent. Importeer een .txt-, .docx-, .xlsx- of pakketbestand.",
        "'{name}' is a zip file that Verantwoording does not recognise. Import a .txt, .docx, .xlsx or package file.",
    ),
    'import.wrong_door': (
        "'{name}' kan hier niet worden geïmporteerd; gebruik Importeren › Excel of Importeren › Pakket.",
        "'{name}' cannot be imported here; use Import › Excel or Import › Package.",
    ),
    # -- indicators
    'indicators.no_programme': (
        "Rij {number}: de indicator '{name}' hoort bij geen programma. Geef het programma op (--programma NR, of kies het in het venster), of voeg een kolom Programma toe.",
        "Row {number}: the indicator '{name}' belongs to no programme. Give the programme (--programma NR, or choose it in the window), or add a column Programma.",
    ),
    'indicators.no_programme_taakveld': (
        "Rij {number}: de indicator '{name}' hoort bij geen programma (taakveld {code} staat niet in de financiële regels). Geef het programma op (--programma NR, of kies het in het venster), of voeg een kolom Programma toe.",
        "Row {number}: the indicator '{name}' belongs to no programme (task field {code} is not in the financial rows). Give the programme (--programma NR, or choose it in the window), or add a column Programma.",
    ),
    'indicators.none_for_municipality': (
        "'{file}' bevat geen indicatoren van de gemeente{value}.",
        "'{file}' contains no indicators of the municipality{value}.",
    ),
    'indicators.programme_unknown': (
        "Rij {number}: programma '{programme_text}' staat niet in het document.",
        "Row {number}: programme '{programme_text}' is not in the document.",
    ),
    'indicators.too_many': (
        "'{file}' bevat meer dan {max_indicators} indicatoren.",
        "'{file}' contains more than {max_indicators} indicators.",
    ),
    'indicators.too_many_rows': (
        "'{file}' heeft te veel regels voor een lijst beleidsindicatoren.",
        "'{file}' has too many rows for a list of policy indicators.",
    ),
    # -- ledger
    'ledger.column_missing': (
        "--kolom '{option}': het bestand heeft geen kolom '{wanted}'. De kolommen zijn: {found}.",
        "--kolom '{option}': the file has no column '{wanted}'. The columns are: {found}.",
    ),
    'ledger.column_option_syntax': (
        "--kolom '{option}': schrijf veld=kolomkop, met als veld een van {join}.",
        "--kolom '{option}': write field=column heading, with as field one of {join}.",
    ),
    'ledger.kind_unknown': (
        "Rij {number}: '{kind_text}' is geen lasten of baten (verwacht: Lasten, Baten, Toevoeging of Onttrekking reserves). Er is niets geïmporteerd.",
        "Row {number}: '{kind_text}' is not expenses or income (expected: Lasten, Baten, Toevoeging or Onttrekking reserves). Nothing was imported.",
    ),
    'ledger.no_amounts': (
        "'{file}' bevat geen regels met bedragen onder de kopregel.",
        "'{file}' contains no rows with amounts below the heading row.",
    ),
    'ledger.programme_unknown': (
        "Rij {number}: programma '{texts}' staat niet in het document (programma's: {known}). Er is niets geïmporteerd.",
        "Row {number}: programme '{texts}' is not in the document (programmes: {known}). Nothing was imported.",
    ),
    'ledger.total_mismatch': (
        "Rij {number} ('{label}'): de {field_labels} telt niet op. De rijen erboven geven samen {format_exact}, het controletotaal is {format_exact2} (verschil {format_exact3}). Er is niets geïmporteerd.",
        "Row {number} ('{label}'): the {field_labels} does not add up. The rows above add up to {format_exact}, the check total is {format_exact2} (difference {format_exact3}). Nothing was imported.",
    ),
    # -- limits
    'limits.text_too_long': (
        '{where}{reason}{reason2}. Maak de tekst korter; dit is niet opgeslagen.',
        '{where}{reason}{reason2}. Make the text shorter; this was not saved.',
    ),
    # -- lock
    'lock.cannot_create': (
        "Kan de vergrendeling '{name}' niet maken: {strerror}.",
        "Cannot create the lock '{name}': {strerror}.",
    ),
    # -- package
    'package.checksum': (
        "'{name}' is na het maken gewijzigd of beschadigd (de controlesom klopt niet). Vraag de afzender om een nieuw pakket.",
        "'{name}' was changed or damaged after it was made (the checksum does not match). Ask the sender for a new package.",
    ),
    'package.handin_at_coordinator': (
        "'{name}' is een ingeleverd pakket; open dat bij de coördinator via Importeren › Pakket.",
        "'{name}' is a handed-in package; open it at the coordinator's via Import › Package.",
    ),
    'package.inconsistent': (
        "'{name}' is niet consistent (document-id klopt niet).",
        "'{name}' is not consistent (the document id does not match).",
    ),
    'package.invalid_activity_list': (
        "'{name}' bevat geen geldige lijst van activiteiten.",
        "'{name}' contains no valid list of activities.",
    ),
    'package.invalid_change': (
        "'{name}' bevat een ongeldige wijziging.",
        "'{name}' contains an invalid change.",
    ),
    'package.invalid_changes': (
        "'{name}' bevat geen geldige wijzigingen.",
        "'{name}' contains no valid changes.",
    ),
    'package.invalid_comment': (
        "'{name}' bevat een ongeldige opmerking.",
        "'{name}' contains an invalid comment.",
    ),
    'package.invalid_data': (
        "'{name}' bevat geen geldige gegevens.",
        "'{name}' contains no valid data.",
    ),
    'package.is_handout': (
        "'{name}' is een uitgiftepakket, geen ingeleverd werk.",
        "'{name}' is a hand-out package, not handed-in work.",
    ),
    'package.manifest_incomplete': (
        "De beschrijving in '{name}' is onvolledig ({error}).",
        "The description in '{name}' is incomplete ({error}).",
    ),
    'package.missing': (
        "Het pakket '{path}' bestaat niet.",
        "The package '{path}' does not exist.",
    ),
    'package.missing_parts': (
        'ontbrekende onderdelen',
        'missing parts',
    ),
    'package.named': (
        "Het pakket '{name}'",
        "The package '{name}'",
    ),
    'package.no_activities_for_owner': (
        "Er zijn geen activiteiten met eigenaar '{owner}'. Wijs eerst activiteiten toe (veld Eigenaar), of controleer de schrijfwijze van de naam.",
        "There are no activities with owner '{owner}'. Assign activities first (field Owner), or check the spelling of the name.",
    ),
    'package.not_a_package': (
        "'{name}' is geen Verantwoording-werkpakket.",
        "'{name}' is not a Verantwoording work package.",
    ),
    'package.not_a_working_database': (
        'Deze database is geen werkpakket van de coördinator; inleveren kan alleen vanuit een geopend uitgiftepakket.',
        'This database is not a work package of the coordinator; handing in is only possible from an opened hand-out package.',
    ),
    'package.not_a_zip': (
        "'{name}' is geen werkpakket van Verantwoording (geen zip-bestand).",
        "'{name}' is not a Verantwoording work package (not a zip file).",
    ),
    'package.other_document': (
        "'{name}' hoort bij een ander document dan het geopende; er is niets gewijzigd.",
        "'{name}' belongs to another document than the opened one; nothing was changed.",
    ),
    'package.other_version': (
        "'{name}' is gemaakt met een andere versie van Verantwoording (pakketversie {version}). Werk het programma bij.",
        "'{name}' was made with another version of Verantwoording (package version {version}). Update the program.",
    ),
    'package.own_document': (
        "'{name}' is geen werkdatabase van een werkpakket maar een eigen document (bijvoorbeeld dat van de coördinator). Een uitgiftepakket vervangt dat nooit, ook niet met --replace: open het pakket zonder --db (dan krijgt het een eigen werkdatabase) of kies een nieuw bestand. Er is niets gewijzigd.",
        "'{name}' is not the working database of a work package but a document of its own (for example the coordinator's). A hand-out package never replaces it, not even with --replace: open the package without --db (it then gets its own working database) or choose a new file. Nothing was changed.",
    ),
    'package.too_large': (
        "'{name}' is te groot voor een werkpakket ({value} MB).",
        "'{name}' is too large for a work package ({value} MB).",
    ),
    'package.unexpected_content': (
        "'{name}' is geen Verantwoording-werkpakket (onverwachte inhoud: {content}).",
        "'{name}' is not a Verantwoording work package (unexpected content: {content}).",
    ),
    'package.unknown_field': (
        "'{name}' bevat een onbekend veld '{name2}'.",
        "'{name}' contains an unknown field '{name2}'.",
    ),
    'package.unknown_handout': (
        "'{name}' verwijst naar een uitgifte die in deze database niet is gemaakt (kenmerk '{based_on}'). Alleen werk op een hier uitgegeven werkpakket kan worden ingelezen; er is niets gewijzigd.",
        "'{name}' refers to a hand-out that was not made in this database (reference '{based_on}'). Only work on a work package handed out here can be read in; nothing was changed.",
    ),
    'package.unknown_kind': (
        "'{name}' is een onbekend soort pakket ({kind}).",
        "'{name}' is an unknown kind of package ({kind}).",
    ),
    'package.unpacks_too_large': (
        "'{name}' pakt uit tot een onredelijk grote omvang en is geweigerd.",
        "'{name}' unpacks to an unreasonable size and was refused.",
    ),
    'package.unreadable_data': (
        "'{name}' bevat onleesbare gegevens.",
        "'{name}' contains unreadable data.",
    ),
    'package.working_database_exists': (
        'Er is al een werkdatabase voor {owner} ({target}). Lever die eerst in, of vervang haar bewust.',
        'There already is a working database for {owner} ({target}). Hand it in first, or replace it deliberately.',
    ),
    # -- pctext
    'pctext.no_activities': (
        "In dit bestand zijn geen activiteiten gevonden (bijvoorbeeld 'Hoofddoel 1: …' met daaronder '1. Titel', of kopjes met tekst en 'Realisatie:'). Er is niets geïmporteerd; bekijk de structuur met 'import --preview'.",
        "No activities were found in this file (for example 'Hoofddoel 1: …' with '1. Title' below it, or headings with text and 'Realisatie:'). Nothing was imported; look at the structure with 'import --preview'.",
    ),
    # -- people
    'people.name_missing': (
        'Vul een naam in.',
        'Fill in a name.',
    ),
    'people.name_taken': (
        "'{name}' staat al in de lijst van mensen.",
        "'{name}' is already in the list of people.",
    ),
    # -- preview
    'preview.database_changed': (
        'De database is gewijzigd sinds het voorbeeld werd gemaakt. Maak een nieuw voorbeeld; er is niets gewijzigd.',
        'The database changed since the preview was made. Make a new preview; nothing was changed.',
    ),
    # -- rollover
    'rollover.cannot_finish': (
        'De nieuwe database kon niet worden afgerond ({error}).',
        'The new database could not be finished ({error}).',
    ),
    'rollover.choice_merge_with_what': (
        "{origin}, regel {number}: zeg waarmee: '1.II.4 samenvoegen 1.II.3'.",
        "{origin}, line {number}: say with what: '1.II.4 samenvoegen 1.II.3'.",
    ),
    'rollover.choice_no_activity': (
        "{origin}, regel {number}: geen activiteit '{ref}' in het oude document.",
        "{origin}, line {number}: no activity '{ref}' in the old document.",
    ),
    'rollover.choice_second_activity': (
        "{origin}, regel {number}: alleen 'samenvoegen' heeft een tweede activiteit.",
        "{origin}, line {number}: only 'samenvoegen' has a second activity.",
    ),
    'rollover.choice_syntax': (
        "{origin}, regel {number}: verwacht 'CODE KEUZE', bijvoorbeeld '1.II.3 afgerond'.",
        "{origin}, line {number}: expected 'CODE CHOICE', for example '1.II.3 afgerond'.",
    ),
    'rollover.choice_twice': (
        "{origin}, regel {number}: voor '{ref}' staat al een keuze.",
        "{origin}, line {number}: there already is a choice for '{ref}'.",
    ),
    'rollover.choice_unknown': (
        "{origin}, regel {number}: onbekende keuze '{choice}'; kies uit {known}.",
        "{origin}, line {number}: unknown choice '{choice}'; choose from {known}.",
    ),
    'rollover.choices_missing': (
        "Het keuzebestand '{path}' bestaat niet.",
        "The choices file '{path}' does not exist.",
    ),
    'rollover.choices_not_utf8': (
        "Het keuzebestand '{name}' is geen UTF-8-tekst.",
        "The choices file '{name}' is not UTF-8 text.",
    ),
    'rollover.choices_only_for_budget': (
        'Keuzes per activiteit (doorgaan, afgerond, doorgeschoven) horen bij een nieuwe begroting; {kind_names} neemt alle activiteiten van de begroting over.',
        'Choices per activity (continue, completed, postponed) belong to a new budget; {kind_names} takes over every activity of the budget.',
    ),
    'rollover.choices_too_large': (
        "Het keuzebestand '{name}' is te groot.",
        "The choices file '{name}' is too large.",
    ),
    'rollover.folder_missing': (
        "De map '{parent}' bestaat niet.",
        "The folder '{parent}' does not exist.",
    ),
    'rollover.invalid_deadline': (
        "Ongeldige deadline '{text}': gebruik dd-mm-jjjj, bijvoorbeeld 01-03-2024.",
        "Invalid deadline '{text}': use dd-mm-yyyy, for example 01-03-2024.",
    ),
    'rollover.merge_not_default': (
        "'samenvoegen' kan geen standaardkeuze zijn; het hoort bij één activiteit.",
        "'samenvoegen' cannot be a default choice; it belongs to one activity.",
    ),
    'rollover.merge_only_with_old': (
        'Activiteit {code} kan alleen worden samengevoegd met een andere activiteit van het oude document.',
        'Activity {code} can only be merged with another activity of the old document.',
    ),
    'rollover.merge_target_stops': (
        'Activiteit {code} wordt samengevoegd met {code2}, maar die gaat zelf niet door; kies een activiteit die doorgaat.',
        'Activity {code} is merged with {code2}, but that one does not continue itself; choose an activity that continues.',
    ),
    'rollover.no_such_lineage': (
        "Er is geen activiteit met lijn '{lineage}' in het oude document.",
        "There is no activity with lineage '{lineage}' in the old document.",
    ),
    'rollover.same_kind_and_year': (
        'Het oude document is al {kind_names} {year}; kies een ander jaar of soort.',
        'The old document already is {kind_names} {year}; choose another year or kind.',
    ),
    'rollover.source_empty': (
        "De database '{name}' bevat nog geen document om over te nemen.",
        "The database '{name}' holds no document to take over yet.",
    ),
    'rollover.source_unreadable': (
        "Kan de database '{name}' niet lezen ({error}).",
        "Cannot read the database '{name}' ({error}).",
    ),
    'rollover.target_appeared': (
        "'{name}' is intussen aangemaakt; er is niets overschreven.",
        "'{name}' was created in the meantime; nothing was overwritten.",
    ),
    'rollover.target_exists': (
        "'{name}' bestaat al; kies een nieuwe naam. Er is niets gewijzigd.",
        "'{name}' already exists; choose a new name. Nothing was changed.",
    ),
    'rollover.target_not_empty': (
        'De doeldatabase bevat al een document; kies een lege database. Er is niets gewijzigd.',
        'The target database already holds a document; choose an empty database. Nothing was changed.',
    ),
    'rollover.text_too_large': (
        'Het bestand is te groot ({value} MB); een P&C-tekst is hooguit {value2} MB.',
        'The file is too large ({value} MB); a P&C text is at most {value2} MB.',
    ),
    'rollover.unknown_default': (
        "Onbekende standaardkeuze '{default}'.",
        "Unknown default choice '{default}'.",
    ),
    'rollover.unknown_kind': (
        "Onbekende soort '{kind}'; kies jaarstukken, begroting of tussenrapportage.",
        "Unknown kind '{kind}'; choose jaarstukken, begroting or tussenrapportage.",
    ),
    'rollover.year_before_old': (
        'Het nieuwe document ({year}) kan niet vóór het oude ({year2}) liggen.',
        'The new document ({year}) cannot come before the old one ({year2}).',
    ),
    'rollover.year_out_of_range': (
        'Ongeldig jaar {year}; kies een jaar tussen {min_year} en {max_year}.',
        'Invalid year {year}; choose a year between {min_year} and {max_year}.',
    ),
    # -- selection
    'selection.activity_missing': (
        'Activiteit {activity} bestaat niet onder hoofddoel {value}.',
        'Activity {activity} does not exist under main goal {value}.',
    ),
    'selection.goal_missing': (
        "Hoofddoel '{goal}' bestaat niet in dit document.",
        "Main goal '{goal}' does not exist in this document.",
    ),
    'selection.goal_missing_in_programme': (
        "Hoofddoel '{goal}' bestaat niet in programma {number}.",
        "Main goal '{goal}' does not exist in programme {number}.",
    ),
    'selection.goal_unknown': (
        "Onbekend hoofddoel '{goal}'.",
        "Unknown main goal '{goal}'.",
    ),
    'selection.goal_unknown_roman': (
        "Onbekend hoofddoel '{goal}': gebruik een Romeins cijfer (I, II) of een getal.",
        "Unknown main goal '{goal}': use a Roman numeral (I, II) or a number.",
    ),
    'selection.programme_missing': (
        "Programma '{programme}' bestaat niet in dit document.",
        "Programme '{programme}' does not exist in this document.",
    ),
    'selection.status_unknown': (
        "Onbekende status '{status}'. Dit document kent: {known}.",
        "Unknown status '{status}'. This document knows: {known}.",
    ),
    # -- server
    'server.last_coordinator': (
        '{login} is de laatste coördinator van deze database; zonder coördinator kan niemand meer de indeling '
        'wijzigen of werk vaststellen. Voeg eerst een andere coördinator toe (verantwoording server add-user NAAM '
        '--role coordinator). Er is niets gewijzigd.',
        '{login} is the last coordinator of this database; without a coordinator nobody can change the structure '
        'or adopt work any more. Add another coordinator first (verantwoording server add-user NAAM --role '
        'coordinator). Nothing was changed.',
    ),
    'server.login_not_dropped': (
        'De login {login} kan niet worden verwijderd: hij heeft nog rechten of objecten elders op deze server '
        '({detail}). Laat --drop-login weg om alleen de toegang tot deze database in te trekken, of ruim die rechten '
        'eerst op (REASSIGN OWNED / DROP OWNED). Er is niets gewijzigd.',
        'The login {login} cannot be removed: it still has privileges or objects elsewhere on this server '
        '({detail}). Leave out --drop-login to take away only the access to this database, or clean up those '
        'privileges first (REASSIGN OWNED / DROP OWNED). Nothing was changed.',
    ),
    'server.stale': (
        'Iemand anders heeft dit intussen opgeslagen. Laad het opnieuw; er is niets overschreven.',
        'Someone else saved this in the meantime. Load it again; nothing was overwritten.',
    ),
    'server.superuser_not_removed': (
        '{login} is een superuser van de server; die verwijdert Verantwoording niet. Er is niets gewijzigd.',
        '{login} is a superuser of the server; Verantwoording does not remove those. Nothing was changed.',
    ),
    'server.user_unknown': (
        "'{login}' staat niet in de lijst van gebruikers van deze database (bekend: {known}). Er is niets gewijzigd.",
        "'{login}' is not in the list of users of this database (known: {known}). Nothing was changed.",
    ),
    'server.choose_role': (
        'Kies --role officer of --role coordinator.',
        'Choose --role officer or --role coordinator.',
    ),
    'server.connection_lost': (
        'De verbinding met de teamserver is verbroken.',
        'The connection to the team server was lost.',
    ),
    'server.connection_lost_detail': (
        'De verbinding met de teamserver is verbroken ({error}).',
        'The connection to the team server was lost ({error}).',
    ),
    'server.database_missing': (
        'De database op {where} bestaat niet. De beheerder maakt haar aan (createdb) en richt haar in met verantwoording server setup.',
        'The database at {where} does not exist. The administrator creates it (createdb) and sets it up with verantwoording server setup.',
    ),
    'server.document_exists': (
        'Op de server staat al een document. Voeg --replace toe om het te vervangen (de geschiedenis op de server blijft bewaard); er is niets gewijzigd.',
        'The server already holds a document. Add --replace to replace it (the history on the server is kept); nothing was changed.',
    ),
    'server.error': (
        'De teamserver {where} gaf een fout: {detail}',
        'The team server {where} gave an error: {detail}',
    ),
    'server.invalid_login': (
        "'{login}' kan geen loginnaam zijn: gebruik letters, cijfers en _ . - @ (begin met een letter), hoogstens 63 tekens.",
        "'{login}' cannot be a login name: use letters, digits and _ . - @ (start with a letter), at most 63 characters.",
    ),
    'server.local_missing': (
        "Het bestand '{local}' bestaat niet. Geef met --from een lokale database (.vwdb).",
        "The file '{local}' does not exist. Give a local database (.vwdb) with --from.",
    ),
    'server.needs_upgrade': (
        'De teamserver {where} moet eerst worden bijgewerkt (schema {current} → {head_revision}). Vraag de beheerder: verantwoording server setup --db {where}. Er is niets gewijzigd.',
        'The team server {where} must be updated first (schema {current} → {head_revision}). Ask the administrator: verantwoording server setup --db {where}. Nothing was changed.',
    ),
    'server.newer_schema': (
        'De teamserver {where} heeft een nieuwer schema ({current}) dan deze versie van Verantwoording kent. Installeer de nieuwste versie; er is niets gewijzigd.',
        'The team server {where} has a newer schema ({current}) than this version of Verantwoording knows. Install the newest version; nothing was changed.',
    ),
    'server.no_database_yet': (
        'Op {where} staat nog geen Verantwoording-database. De beheerder richt haar in met: verantwoording server setup --db {where}',
        'There is no Verantwoording database at {where} yet. The administrator sets it up with: verantwoording server setup --db {where}',
    ),
    'server.not_administrator': (
        "'{login}' is een gebruiker van het team, geen beheerder. Alleen de beheerder (de eigenaar van de database) richt de server in en beheert de gebruikers.",
        "'{login}' is a user of the team, not an administrator. Only the administrator (the owner of the database) sets up the server and manages the users.",
    ),
    'server.not_an_address': (
        "'{location}' is geen serveradres. Gebruik --db postgresql://BEHEERDER@SERVER/DATABASE.",
        "'{location}' is not a server address. Use --db postgresql://ADMINISTRATOR@SERVER/DATABASE.",
    ),
    'server.not_connected': (
        'Niet verbonden met de teamserver.',
        'Not connected to the team server.',
    ),
    'server.not_set_up': (
        'Deze database is nog niet ingericht als teamserver. Voer eerst uit: verantwoording server setup --db postgresql://BEHEERDER@SERVER/DATABASE',
        'This database has not been set up as a team server yet. First run: verantwoording server setup --db postgresql://ADMINISTRATOR@SERVER/DATABASE',
    ),
    'server.nothing_to_upload': (
        "'{name}' bevat nog geen document; er is niets te uploaden.",
        "'{name}' holds no document yet; there is nothing to upload.",
    ),
    'server.schema_mismatch': (
        'De database op de server heeft niet het schema van deze versie. Voer eerst uit: verantwoording server setup --db …',
        'The database on the server does not have the schema of this version. First run: verantwoording server setup --db …',
    ),
    'server.unreachable': (
        'De teamserver {where} is niet bereikbaar ({detail}). Controleer de netwerkverbinding of vraag de beheerder of de server draait.',
        'The team server {where} cannot be reached ({detail}). Check the network connection or ask the administrator whether the server is running.',
    ),
    'server.unreachable_detail': (
        'De teamserver is niet bereikbaar: {splitlines}',
        'The team server cannot be reached: {splitlines}',
    ),
    'server.upload_failed': (
        'Uploaden is mislukt: {name}; er is niets gewijzigd.',
        'Uploading failed: {name}; nothing was changed.',
    ),
    'server.user_not_allowed': (
        'De teamserver {where} laat deze gebruiker niet toe ({detail}). Vraag de beheerder om toegang (verantwoording server add-user).',
        'The team server {where} does not admit this user ({detail}). Ask the administrator for access (verantwoording server add-user).',
    ),
    'server.wrong_password': (
        'De teamserver {where} weigert de aanmelding (wachtwoord onjuist).',
        'The team server {where} refuses the login (wrong password).',
    ),
    # -- snapshot
    'snapshot.missing': (
        'Deze momentopname bestaat niet.',
        'This snapshot does not exist.',
    ),
    'snapshot.missing_named': (
        "Er is geen momentopname '{name}'.",
        "There is no snapshot '{name}'.",
    ),
    'snapshot.name_missing': (
        "Geef de momentopname een naam, bijvoorbeeld 'aan college'.",
        "Give the snapshot a name, for example 'aan college'.",
    ),
    'snapshot.name_taken': (
        "Er bestaat al een momentopname '{name}'; kies een andere naam.",
        "A snapshot '{name}' already exists; choose another name.",
    ),
    'snapshot.named': (
        "De momentopname '{name}'",
        "The snapshot '{name}'",
    ),
    # -- spelling
    'spelling.dictionary_failed': (
        'Het Nederlandse woordenboek kan niet worden geladen: {error}',
        'The Dutch dictionary cannot be loaded: {error}',
    ),
    'spelling.not_a_word': (
        "'{word}' is geen woord voor de woordenlijst.",
        "'{word}' is not a word for the word list.",
    ),
    'spelling.not_responding': (
        'De spellingcontrole reageert niet meer.',
        'The spell checker no longer responds.',
    ),
    'spelling.stopped': (
        'De spellingcontrole is gestopt.',
        'The spell checker has stopped.',
    ),
    'spelling.unavailable': (
        'De spellingcontrole is niet beschikbaar: chunspell ontbreekt in deze installatie.',
        'The spell checker is not available: chunspell is missing in this installation.',
    ),
    'spelling.word_list_full': (
        'De persoonlijke woordenlijst is vol.',
        'The personal word list is full.',
    ),
    # -- table
    'table.columns_missing': (
        "In '{file}' ontbreekt de kolom {missing}. Gevonden kolommen: {found}. Kies de kolommen in het voorbeeld, of geef ze met --kolom veld=Kop.",
        "The column {missing} is missing in '{file}'. Columns found: {found}. Choose the columns in the preview, or give them with --kolom field=Heading.",
    ),
    'table.invalid_csv': (
        "'{name}' is geen geldige CSV: {error}.",
        "'{name}' is not a valid CSV: {error}.",
    ),
    'table.no_heading_row': (
        "In '{name}' is geen kopregel met bekende kolommen gevonden (bijvoorbeeld 'Programma' en 'Realisatie'). Controleer het bestand, of kies de kolommen zelf in het voorbeeld.",
        "No heading row with known columns was found in '{name}' (for example 'Programma' and 'Realisatie'). Check the file, or choose the columns yourself in the preview.",
    ),
    'table.not_a_table': (
        "'{name}' is geen tabel: de eerste regel heeft geen kolommen gescheiden door ';', ',' of tab.",
        "'{name}' is not a table: the first line has no columns separated by ';', ',' or tab.",
    ),
    'table.sheet_too_many_rows': (
        "Het werkblad '{sheet}' heeft meer dan {max_table_rows} rijen.",
        "The sheet '{sheet}' has more than {max_table_rows} rows.",
    ),
    'table.text_file': (
        "'{name}' is een tekstbestand; sla het op als .csv en importeer opnieuw.",
        "'{name}' is a text file; save it as .csv and import again.",
    ),
    'table.too_large': (
        "Het bestand '{name}' is te groot ({value} MB); een export is hooguit {value2} MB.",
        "The file '{name}' is too large ({value} MB); an export is at most {value2} MB.",
    ),
    'table.too_many_columns': (
        "Regel {number} van '{name}' heeft meer dan {max_table_columns} kolommen.",
        "Line {number} of '{name}' has more than {max_table_columns} columns.",
    ),
    'table.too_many_rows': (
        "'{name}' heeft meer dan {maximum} regels en wordt niet gelezen.",
        "'{name}' has more than {maximum} lines and is not read.",
    ),
    'table.workbook_unreadable': (
        "De werkmap '{name}' kan niet worden gelezen: ze is beschadigd of geen geldige .xlsx.",
        "The workbook '{name}' cannot be read: it is damaged or not a valid .xlsx.",
    ),
    # -- text
    'text.binary': (
        'Dit is geen tekstbestand (het bevat binaire gegevens, bijvoorbeeld een afbeelding).',
        'This is not a text file (it contains binary data, for example an image).',
    ),
    'text.empty': (
        'Het bestand is leeg: er is niets om te importeren.',
        'The file is empty: there is nothing to import.',
    ),
    'text.office_or_binary': (
        'Dit is geen tekstbestand (het lijkt een Office-, PDF- of programmabestand). Kies een .txt-, .md-, .html- of .docx-bestand met de tekst.',
        'This is not a text file (it looks like an Office, PDF or program file). Choose a .txt, .md, .html or .docx file with the text.',
    ),
    'text.too_large': (
        'Het bestand is te groot ({value} MB); een tekst is hooguit {value2} MB. Controleer of u het juiste bestand kiest.',
        'The file is too large ({value} MB); a text is at most {value2} MB. Check that you chose the right file.',
    ),
    'text.unknown_encoding': (
        'De tekencodering van dit bestand is niet te herkennen (geen UTF-8, UTF-16 of Windows-1252).',
        'The character encoding of this file cannot be recognised (not UTF-8, UTF-16 or Windows-1252).',
    ),
    # -- treejson
    'treejson.invalid_date': (
        "Ongeldige datum '{value}' in het pakket.",
        "Invalid date '{value}' in the package.",
    ),
    'treejson.invalid_document': (
        'Het pakket bevat een onvolledig of ongeldig document ({error!s:.80}).',
        'The package contains an incomplete or invalid document ({error!s:.80}).',
    ),
    'treejson.invalid_field': (
        "Het veld '{field}' in het pakket heeft een ongeldige waarde.",
        "The field '{field}' in the package has an invalid value.",
    ),
    'treejson.invalid_key_figures': (
        'De kengetallen in het pakket zijn ongeldig.',
        'The key figures in the package are invalid.',
    ),
    'treejson.invalid_lineage': (
        'De herkomst (lineage) in het pakket is ongeldig.',
        'The lineage in the package is invalid.',
    ),
    'treejson.invalid_number': (
        "Ongeldig getal '{value}' in het pakket.",
        "Invalid number '{value}' in the package.",
    ),
    'treejson.invalid_review_names': (
        'De namen van de reviewstatussen in het pakket zijn ongeldig.',
        'The names of the review states in the package are invalid.',
    ),
    'treejson.the_document': (
        'Het document',
        'The document',
    ),
    'treejson.unknown_review': (
        "Onbekende reviewstatus '{value}' in het pakket.",
        "Unknown review state '{value}' in the package.",
    ),
    # -- website
    'website.cannot_write': (
        "De website kon niet worden geschreven naar '{target}': {value}.",
        "The website could not be written to '{target}': {value}.",
    ),
    'website.cannot_write_folder': (
        "Kan niet schrijven in de map '{parent}': {value}.",
        "Cannot write in the folder '{parent}': {value}.",
    ),
    'website.disk_full': (
        'De website kon niet worden geschreven: de schijf is vol.',
        'The website could not be written: the disk is full.',
    ),
    'website.folder_not_empty': (
        "De map '{target}' bevat al andere bestanden. Kies een lege of nieuwe map; een eerdere export als website mag wel worden overschreven.",
        "The folder '{target}' already contains other files. Choose an empty or new folder; an earlier website export may be overwritten.",
    ),
    'website.not_a_folder': (
        "'{target}' is geen map; kies een (nieuwe) map voor de website.",
        "'{target}' is not a folder; choose a (new) folder for the website.",
    ),
    # -- workspace
    'workspace.document_exists': (
        'Deze database bevat al een document. Kies een nieuwe database (--db) of vervang het document bewust (--replace); er is niets gewijzigd.',
        'This database already holds a document. Choose a new database (--db) or replace the document deliberately (--replace); nothing was changed.',
    ),
    'workspace.owner_missing': (
        'Geef de naam van de eigenaar; een lege eigenaar wist de eigenaar van elke activiteit. Er is niets gewijzigd.',
        "Give the owner's name; an empty owner clears the owner of every activity. Nothing was changed.",
    ),
    'workspace.text_too_large': (
        'Het bestand is te groot ({size} MB); een P&C-tekst is hooguit {value} MB. Controleer of u het juiste bestand kiest.',
        'The file is too large ({size} MB); a P&C text is at most {value} MB. Check that you chose the right file.',
    ),
    # -- xlsx
    'xlsx.activities_sheet_empty': (
        "Het werkblad '{sheet_activities}' is leeg.",
        "The sheet '{sheet_activities}' is empty.",
    ),
    'xlsx.activities_sheet_missing': (
        "Het werkblad '{sheet_activities}' ontbreekt in '{name}'.",
        "The sheet '{sheet_activities}' is missing in '{name}'.",
    ),
    'xlsx.and_more': (
        '  … en nog {count}',
        '  … and {count} more',
    ),
    'xlsx.column_twice': (
        "De kolom '{text}' komt twee keer voor in het werkblad '{sheet}'. Verwijder of hernoem een van beide en probeer het opnieuw.",
        "The column '{text}' appears twice in the sheet '{sheet}'. Remove or rename one of them and try again.",
    ),
    'xlsx.encrypted': (
        "De werkmap '{name}' is met een wachtwoord beveiligd (versleuteld) en kan niet worden gelezen. Open hem in Excel, verwijder het wachtwoord (Bestand › Info › Werkmap beveiligen) en sla hem opnieuw op.",
        "The workbook '{name}' is protected with a password (encrypted) and cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook) and save it again.",
    ),
    'xlsx.file_empty': (
        "Het bestand '{name}' is leeg.",
        "The file '{name}' is empty.",
    ),
    'xlsx.file_too_large': (
        "Het bestand '{name}' is te groot ({value} MB) voor een overzichtswerkmap.",
        "The file '{name}' is too large ({value} MB) for an overview workbook.",
    ),
    'xlsx.hidden_sheet_damaged': (
        "Het verborgen werkblad '{sheet_base}' in '{name}' is beschadigd.",
        "The hidden sheet '{sheet_base}' in '{name}' is damaged.",
    ),
    'xlsx.id_column_missing': (
        "De kolom 'ID' ontbreekt in het werkblad '{sheet_activities}'; zonder ID kan geen rij aan een activiteit worden gekoppeld.",
        "The column 'ID' is missing in the sheet '{sheet_activities}'; without ID no row can be linked to an activity.",
    ),
    'xlsx.merged_range_too_large': (
        'De werkmap bevat een onredelijk groot samengevoegd celbereik en wordt niet gelezen.',
        'The workbook contains an unreasonably large merged cell range and is not read.',
    ),
    'xlsx.not_a_workbook': (
        "'{name}' is geen Excel-werkmap (.xlsx).",
        "'{name}' is not an Excel workbook (.xlsx).",
    ),
    'xlsx.not_from_verantwoording': (
        "'{name}' is niet met Verantwoording gemaakt of het verborgen werkblad met de exportgegevens is verwijderd. Alleen een werkmap uit Exporteren › Excel kan worden teruggelezen.",
        "'{name}' was not made with Verantwoording or the hidden sheet with the export data was removed. Only a workbook from Export › Excel can be read back.",
    ),
    'xlsx.old_office': (
        "'{name}' is een oud Excel-bestand (.xls) of een ander Office-bestand, geen .xlsx-werkmap. Open het in Excel en kies Opslaan als › Excel-werkmap (.xlsx).",
        "'{name}' is an old Excel file (.xls) or another Office file, not an .xlsx workbook. Open it in Excel and choose Save as › Excel Workbook (.xlsx).",
    ),
    'xlsx.other_document': (
        "Deze werkmap hoort bij een ander document ('{their_title}') dan het geopende document ('{our_title}'). Er is niets gewijzigd.",
        "This workbook belongs to another document ('{their_title}') than the opened document ('{our_title}'). Nothing was changed.",
    ),
    'xlsx.other_version': (
        "'{name}' is gemaakt met een andere versie van Verantwoording ({version}) en kan niet worden teruggelezen. Maak een nieuwe export.",
        "'{name}' was made with another version of Verantwoording ({version}) and cannot be read back. Make a new export.",
    ),
    'xlsx.parts_missing': (
        "'{name}' is geen Excel-werkmap (.xlsx): de onderdelen van een werkmap ontbreken.",
        "'{name}' is not an Excel workbook (.xlsx): the parts of a workbook are missing.",
    ),
    'xlsx.preview_other_document': (
        'Het geopende document is niet het document van dit voorbeeld. Er is niets gewijzigd.',
        'The opened document is not the document of this preview. Nothing was changed.',
    ),
    'xlsx.sheet_too_many_rows': (
        "Het werkblad '{sheet}' heeft meer dan {max_rows} rijen en wordt niet gelezen.",
        "The sheet '{sheet}' has more than {max_rows} rows and is not read.",
    ),
    'xlsx.sheet_too_wide': (
        "Een werkblad in '{name}' loopt tot cel {decode}{row}; dat is veel groter dan een overzichtswerkmap van Verantwoording en wordt niet gelezen.",
        "A sheet in '{name}' runs to cell {decode}{row}; that is much larger than an overview workbook of Verantwoording and is not read.",
    ),
    'xlsx.text_file': (
        "'{name}' is een tekstbestand (bijvoorbeeld CSV), geen Excel-werkmap. Alleen een werkmap die met Exporteren › Excel is gemaakt en als .xlsx is opgeslagen, kan worden teruggelezen.",
        "'{name}' is a text file (for example CSV), not an Excel workbook. Only a workbook made with Export › Excel and saved as .xlsx can be read back.",
    ),
    'xlsx.texts_too_long': (
        'Deze teksten zijn langer dan Excel in één cel toestaat (32.767 tekens) en worden niet ingekort:\n{items}\nKort de tekst in of laat deze activiteiten buiten de export (filter).',
        'These texts are longer than Excel allows in one cell (32,767 characters) and are not shortened:\n{items}\nShorten the text or leave these activities out of the export (filter).',
    ),
    'xlsx.too_large': (
        'De werkmap wordt groter dan 4 GB; exporteer een kleiner deel (filter).',
        'The workbook becomes larger than 4 GB; export a smaller part (filter).',
    ),
    'xlsx.too_many_rows': (
        "Een werkblad in '{name}' heeft meer dan {maximum} rijen; dat is geen overzichtswerkmap van Verantwoording.",
        "A sheet in '{name}' has more than {maximum} rows; that is not an overview workbook of Verantwoording.",
    ),
    'xlsx.too_many_rows_until': (
        "Een werkblad in '{name}' heeft meer dan {maximum} rijen (tot rij {row}); dat is geen overzichtswerkmap van Verantwoording.",
        "A sheet in '{name}' has more than {maximum} rows (up to row {row}); that is not an overview workbook of Verantwoording.",
    ),
    'xlsx.version_unknown': (
        'onbekend',
        'unknown',
    ),
    # -- zip
    'zip.compression_ratio': (
        "'{label}' is verdacht sterk gecomprimeerd (mogelijk een 'zip-bom', onderdeel '{name}') en wordt niet gelezen.",
        "'{label}' is suspiciously highly compressed (possibly a 'zip bomb', part '{name}') and is not read.",
    ),
    'zip.damaged_or_incomplete': (
        "'{label}' is beschadigd of onvolledig (bijvoorbeeld een afgebroken download) en kan niet worden gelezen.",
        "'{label}' is damaged or incomplete (for example an interrupted download) and cannot be read.",
    ),
    'zip.encrypted': (
        "'{label}' is versleuteld (met een wachtwoord) en kan niet worden gelezen.",
        "'{label}' is encrypted (with a password) and cannot be read.",
    ),
    'zip.invalid_xml': (
        "'{label}' is beschadigd (onderdeel '{name}' is geen geldige XML: {error}).",
        "'{label}' is damaged (part '{name}' is not valid XML: {error}).",
    ),
    'zip.member_unreadable': (
        "'{label}' is beschadigd (onderdeel '{name}' is onleesbaar) en kan niet worden gelezen.",
        "'{label}' is damaged (part '{name}' is unreadable) and cannot be read.",
    ),
    'zip.suspicious_path': (
        "'{label}' bevat een onderdeel met een verdacht pad ('{name}') en wordt niet gelezen.",
        "'{label}' contains a part with a suspicious path ('{name}') and is not read.",
    ),
    'zip.too_many_members': (
        "'{label}' bevat verdacht veel onderdelen ({count}) en wordt niet gelezen.",
        "'{label}' contains suspiciously many parts ({count}) and is not read.",
    ),
    'zip.unknown_compression': (
        "'{label}' gebruikt een onbekende compressiemethode ({compress_type}) en wordt niet gelezen.",
        "'{label}' uses an unknown compression method ({compress_type}) and is not read.",
    ),
    'zip.unpacks_too_large': (
        "'{label}' pakt uit tot meer dan {mb} (onderdeel '{name}'); mogelijk een 'zip-bom'. Het bestand is geweigerd en er is niets gewijzigd.",
        "'{label}' unpacks to more than {mb} (part '{name}'); possibly a 'zip bomb'. The file was refused and nothing was changed.",
    ),
    'zip.xml_declarations': (
        "'{label}' bevat XML-declaraties (DTD/ENTITY, onderdeel '{name}') die een kantoorbestand niet nodig heeft en die misbruikt kunnen worden; het bestand wordt niet gelezen.",
        "'{label}' contains XML declarations (DTD/ENTITY, part '{name}') that an office file does not need and that can be abused; the file is not read.",
    ),
}
