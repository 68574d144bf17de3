"""The Dutch spell checker: Hunspell (chunspell) with the bundled OpenTaal nl_NL list, and the
personal word list (a file in the user's data folder; the document's list is in the database)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..domain.errors import UserError
from ..domain.messages import Message
from ..domain.spelling import SpellChecker, normalise_word
from ..formats.atomic import atomic_write_text
from ..resources import resource_path
from . import paths

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

DICTIONARY = ("dictionaries", "nl_NL")
PERSONAL_FILE = "woordenlijst.txt"
MAX_PERSONAL_WORDS = 50_000


def dictionary_dir() -> Path:
    """The folder with ``nl_NL.aff`` and ``nl_NL.dic`` (source tree or frozen build)."""
    folder = resource_path(DICTIONARY[0])
    for suffix in (".aff", ".dic"):
        resource_path(DICTIONARY[0], DICTIONARY[1] + suffix)
    return folder


def dictionary_key() -> str:
    """What identifies the dictionary in use (stored counts of flagged words are keyed on it): the size and
    modification time of its two files; '' when they cannot be found."""
    try:
        folder = dictionary_dir()
        stats = [(folder / (DICTIONARY[1] + suffix)).stat() for suffix in (".aff", ".dic")]
    except (OSError, UserError):
        return ""
    return ";".join(f"{stat.st_size}:{stat.st_mtime_ns}" for stat in stats)


def _engine() -> Any:
    try:
        import hunspell
    except ImportError as error:  # pragma: no cover - a broken installation
        raise UserError(Message.of("spelling.unavailable")) from error
    try:
        return hunspell.Hunspell(DICTIONARY[1], hunspell_data_dir=str(dictionary_dir()))
    except (OSError, FileNotFoundError, hunspell.HunspellFilePathError) as error:
        raise UserError(Message.of("spelling.dictionary_failed", error=error)) from error


def load_checker(document_words: Iterable[str] = (), personal_words: Iterable[str] | None = None) -> SpellChecker:
    """A ready spell checker (loading the dictionary takes ~0.7 s: do it off the UI thread)."""
    engine = _engine()
    personal = read_personal_words() if personal_words is None else personal_words
    return SpellChecker(engine.spell, document_words, personal)


# -- personal word list ------------------------------------------------------------------


def personal_path() -> Path:
    return paths.data_dir() / PERSONAL_FILE


def read_personal_words(path: Path | None = None) -> list[str]:
    path = path or personal_path()
    try:
        raw = path.read_bytes()[: MAX_PERSONAL_WORDS * (64 + 1)]
    except FileNotFoundError:
        return []
    except OSError:
        return []
    words = [normalise_word(line) for line in raw.decode("utf-8", errors="replace").splitlines()]
    return [w for w in words if w][:MAX_PERSONAL_WORDS]


def add_personal_word(word: str, path: Path | None = None) -> bool:
    """Add a word to the personal list (atomic write); False when it was already there."""
    clean = normalise_word(word)
    if not clean:
        raise UserError(Message.of("spelling.not_a_word", word=word[:100]))
    path = path or personal_path()
    words = read_personal_words(path)
    if clean in words:
        return False
    if len(words) >= MAX_PERSONAL_WORDS:
        raise UserError(Message.of("spelling.word_list_full"))
    words.append(clean)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, "\n".join(sorted(set(words), key=str.casefold)) + "\n")
    return True
