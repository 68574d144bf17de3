"""What never appears in a message or a log: the password in a database URL."""

from __future__ import annotations

import re

_URL_PASSWORD = re.compile(r"(?P<head>\b[a-z][a-z0-9+.\-]*://[^:/@\s]*:)(?P<password>[^@\s]+)(?=@)", re.IGNORECASE)


def mask_url(text: str) -> str:
    """``postgresql://anna:geheim@server/db`` → ``postgresql://anna:***@server/db``, anywhere in a text."""
    return _URL_PASSWORD.sub(r"\g<head>***", text)
