"""The command line's help in English (``--lang en``): each Dutch help text, description and placeholder once.

The parser is built with its Dutch texts (``cli.build_parser``, ``cli_chapter.add_parsers``);
with ``--lang en`` :func:`cli_arguments.in_english` swaps every text for its English here.
``tests/cli/test_english.py`` fails when a help text has no English (so a new option needs
its line here), and checks that no command or flag name changes.
"""

from __future__ import annotations

from typing import Final

HELP: Final[dict[str, str]] = {
    "Verantwoording: de programmaverantwoording schrijven, verzamelen en exporteren. Zonder opdracht (of met "
    "'gui') start het programma.":
        "Verantwoording: write, collect and export the programme accountability. Without a command (or with "
        "'gui') the program starts.",
    "Afsluitcodes: 0 gelukt, 1 onjuiste invoer, 2 verkeerde argumenten, 3 onverwachte fout.":
        "Exit codes: 0 done, 1 bad input, 2 wrong arguments, 3 unexpected error.",
    "deze hulp tonen en stoppen": "show this help message and exit",
    "het versienummer tonen en stoppen": "show program's version number and exit",
    "de database (standaard: die in uw gebruikersmap), of een database-URL (ook vóór de opdracht)":
        "the database (default: the one in your user folder), or a database URL (also before the command)",
    "de database (standaard: die in uw gebruikersmap), of een database-URL":
        "the database (default: the one in your user folder), or a database URL",
    "taal van de uitvoer en de meldingen (nl of en)": "language of the output and the messages (nl or en)",
    "een P&C-tekst, werkmap of werkpakketten importeren": "import a P&C text, workbook or work packages",
    "het document exporteren": "export the document",
    "de boom met aantallen en volledigheid": "the tree with counts and completeness",
    "elke vindplaats van een tekst, met code en context": "every place a text occurs, with code and context",
    "integriteit en volledigheid controleren": "check integrity and completeness",
    "de database vullen met het voorbeeld Almelo 2022": "fill the database with the example Almelo 2022",
    "reservekopieën maken, tonen en terugzetten": "make, list and restore backups",
    "werkpakket voor één medewerker maken": "make a work package for one officer",
    "inleverpakket maken van uw werkdatabase": "make a hand-in package from your working database",
    "conflicten uit pakketten tonen en beslissen": "list and decide conflicts from packages",
    "momentopnamen maken en vergelijken": "make and compare snapshots",
    "de mensen van het document": "the people of the document",
    "eigenaar (en deadline) toewijzen, ook per doel": "assign owner (and deadline), also per goal",
    "het document van het volgende jaar maken (nieuwe database)": "make the next year's document (new database)",
    "twee jaren vergelijken: nieuw, gestopt, verplaatst, plannen gewijzigd":
        "compare two years: new, stopped, moved, plans changed",
    "Wat heeft het gekost: grootboekexport importeren, tabellen en afwijkingen tonen":
        "What did it cost: import a ledger export, show tables and variances",
    "beleidsindicatoren importeren zoals waarstaatjegemeente.nl ze exporteert":
        "import policy indicators as waarstaatjegemeente.nl exports them",
    "de teamserver (PostgreSQL) inrichten, gebruikers toevoegen of verwijderen, een document uploaden":
        "set up the team server (PostgreSQL), add or remove users, upload a document",
    "ook schrijven als het venster de database open heeft (de vergrendeling negeren)":
        "write even when the window has the database open (ignore the lock)",
    "het bestaande document vervangen": "replace the existing document",
    "programma's, hoofddoelen en activiteiten aan het open document toevoegen":
        "add programmes, main goals and activities to the open document",
    "alleen laten zien welke structuur er herkend wordt; er wordt niets geschreven":
        "only show which structure is recognised; nothing is written",
    "werkmap: de wijzigingen echt doorvoeren": "workbook: really apply the changes",
    "werkmap: wie wint bij een conflict": "workbook: who wins a conflict",
    "werkmap: lege cellen mogen tekst wissen": "workbook: empty cells may erase text",
    "standaard: afgeleid van --out; html: de website in de map --out":
        "default: derived from --out; html: the website in the folder --out",
    "alleen dit programma": "only this programme",
    "alleen dit hoofddoel": "only this main goal",
    "alleen deze activiteit (met --goal)": "only this activity (with --goal)",
    "alleen activiteiten met deze status": "only activities with this status",
    "alleen activiteiten van deze eigenaar": "only activities of this owner",
    "zonder plantekst": "without plan text",
    "met kengetallen (Word)": "with key figures (Word)",
    "zonder voettekst (P&C-tekst)": "without footer (P&C text)",
    "voettekst 'Deze pagina is gebouwd op …' met de tijd van nu (P&C-tekst)":
        "footer 'Deze pagina is gebouwd op …' with the current time (P&C text)",
    "met inhoudsopgave (Word)": "with table of contents (Word)",
    "Word-sjabloon (.docx/.dotx)": "Word template (.docx/.dotx)",
    "Excel: kolom met wat er sinds deze momentopname is gewijzigd":
        "Excel: column with what changed since this snapshot",
    "Excel: kolom 'Vorig jaar' met de realisatie (of het plan) van vorig jaar":
        "Excel: column 'Vorig jaar' with last year's realisation (or plan)",
    "zonder 'Wat wilden we bereiken?'": "without 'Wat wilden we bereiken?' (what did we want to achieve)",
    "zonder 'Wat hebben we daarvoor gedaan?'": "without 'Wat hebben we daarvoor gedaan?' (what did we do for it)",
    "zonder 'Wat heeft het gekost?'": "without 'Wat heeft het gekost?' (what did it cost)",
    "alleen hele woorden (Almelo, niet Almeloërs)": "whole words only (Almelo, not Almeloërs)",
    "hoofdlettergevoelig": "case-sensitive",
    "elke onvolledige activiteit noemen (met --lint: ook wat met reden is genegeerd)":
        "name every incomplete activity (with --lint: also what was ignored with a reason)",
    "P&C-controle: één regel per melding (code, regel, zin)": "P&C check: one line per finding (code, rule, sentence)",
    "spelling: één regel per gemarkeerd woord (code, woord, → suggesties)":
        "spelling: one line per marked word (code, word, → suggestions)",
    "met restore: het nummer uit 'backup list'": "with restore: the number from 'backup list'",
    "met restore: ook terugzetten als de reservekopie van een ander document is (de naam ervan)":
        "with restore: restore even when the backup is of another document (its name)",
    "de database van nu, of het verslag van vorig jaar als P&C-tekst":
        "the current database, or last year's report as P&C text",
    "de nieuwe database (bestaat nog niet)": "the new database (does not exist yet)",
    "de nieuwe deadline van elke activiteit": "the new deadline of every activity",
    "begroting: de keuze voor elke activiteit zonder eigen keuze (standaard doorgaan)":
        "budget: the choice for every activity without its own choice (default doorgaan)",
    "begroting: per regel 'CODE KEUZE', bijvoorbeeld '1.II.3 afgerond'":
        "budget: per line 'CODE CHOICE', for example '1.II.3 afgerond'",
    "begroting: één keuze, bijvoorbeeld 1.II.3=doorgeschoven (herhaalbaar)":
        "budget: one choice, for example 1.II.3=doorgeschoven (repeatable)",
    "alleen tonen wat er gebeurt; niets schrijven": "only show what happens; write nothing",
    "de vergelijking ook opslaan (.txt, .csv of .md)": "also save the comparison (.txt, .csv or .md)",
    "met import: de export van de administratie": "with import: the export of the financial administration",
    "import: welke kolom welk veld is, bijvoorbeeld realisatie='Werkelijk 2025' (velden: programma, taakveld, "
    "omschrijving, soort, primitief, gewijzigd, realisatie)":
        "import: which column is which field, for example realisatie='Werkelijk 2025' (fields: programma, "
        "taakveld, omschrijving, soort, primitief, gewijzigd, realisatie)",
    "import: alleen tonen wat er gelezen wordt": "import: only show what is read",
    "instellingen: drempelbedrag, bijvoorbeeld 25.000 (of 'geen')":
        "settings: threshold amount, for example 25.000 (or 'geen' for none)",
    "instellingen: drempelpercentage van de begroting (of 'geen')":
        "settings: threshold percentage of the budget (or 'geen' for none)",
    "instellingen: bedrag én percentage moeten worden bereikt": "settings: amount and percentage must both be reached",
    "instellingen: tekenconventie (is een voordeel positief of negatief)":
        "settings: sign convention (is a favourable difference positive or negative)",
    "instellingen: bedragen x € 1 of x € 1.000": "settings: amounts x € 1 or x € 1,000",
    "het programma waar de indicatoren bij horen (anders: kolom Programma of via het taakveld)":
        "the programme the indicators belong to (otherwise: column Programma or via the task field)",
    "welke kolom welk veld is (velden: indicator, eenheid, periode, gemeente, waarde, taakveld, programma, "
    "vergelijking, vergelijkingswaarde)":
        "which column is which field (fields: indicator, eenheid, periode, gemeente, waarde, taakveld, programma, "
        "vergelijking, vergelijkingswaarde)",
    "met add-user en remove-user: de loginnaam op de server": "with add-user and remove-user: the login name on the server",
    "met remove-user: ook de login zelf van de server verwijderen": "with remove-user: also remove the login itself from the server",
    "met add-user: medewerker of coördinator": "with add-user: officer or coordinator",
    "met add-user: de naam als eigenaar van activiteiten (standaard de loginnaam)":
        "with add-user: the name as owner of activities (default the login name)",
    "met upload: de lokale database": "with upload: the local database",
    "met upload: het document op de server vervangen": "with upload: replace the document on the server",
}
"""Dutch help text → English."""

METAVARS: Final[dict[str, str]] = {
    "BEDRAG": "AMOUNT", "BESTAND": "FILE", "BESTAND.vwpakket": "FILE.vwpakket", "BESTAND.xlsx|csv": "FILE.xlsx|csv",
    "CODE=KEUZE": "CODE=CHOICE", "DD-MM-JJJJ": "DD-MM-YYYY", "HUISSTIJL": "TEMPLATE", "JAAR": "YEAR",
    "KEUZES.txt": "CHOICES.txt", "LOKAAL.vwdb": "LOCAL.vwdb", "MOMENTOPNAME": "SNAPSHOT", "NAAM": "NAME",
    "NIEUW": "NEW", "NIEUW.vwdb": "NEW.vwdb", "NR": "NO", "NUMMER": "NUMBER", "OPDRACHT": "COMMAND", "OUD": "OLD",
    "OUD.vwdb": "OLD.vwdb", "PAD": "PATH", "PCT": "PCT", "STATUS": "STATUS", "TEKST": "TEXT", "VELD=KOP": "FIELD=HEADING",
    "I|II|…": "I|II|…",
}
"""Dutch placeholder → English (placeholders only: command and flag names never change)."""
