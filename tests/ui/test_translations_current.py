"""The English .ts is up to date with the sources: every tr() string has a finished translation."""

from __future__ import annotations

from verantwoording_app.ui.translations import missing_translations


def test_every_tr_string_in_the_sources_has_an_english_translation() -> None:
    missing = missing_translations()
    assert missing == [], (
        "Strings in ui/ or app.py without an English translation in resources/translations/verantwoording_en.ts; "
        "add them with: python scripts/ts_add.py CONTEXT 'Dutch' 'English' …\n"
        + "\n".join(f"{context}: {source}" for context, source in missing)
    )
