"""The team server: one document on a shared PostgreSQL database, roles enforced by the server.

``layer`` is the security layer (group roles, row-level security, column grants, triggers that record
the author and announce changes), generated from ``domain.policy``; ``admin`` is what the IT department
runs (set-up, users, upload); ``refusals`` turns the server's refusals into the policy's messages;
``listen`` receives the announcements (LISTEN/NOTIFY) without blocking.
"""

from __future__ import annotations

OFFICER_GROUP = "verantwoording_officer"
COORDINATOR_GROUP = "verantwoording_coordinator"
CHANNEL = "verantwoording"
"""The NOTIFY channel every change is announced on."""


def is_server_url(location: object) -> bool:
    """A PostgreSQL URL (``postgresql://…``, ``postgres://…``, ``postgresql+psycopg://…``)."""
    text = str(location)
    return text.startswith(("postgresql://", "postgres://", "postgresql+"))
