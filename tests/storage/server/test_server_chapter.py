"""The chapter's ledger lines on the team server: the bulk insert speaks PostgreSQL's parameter style too."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from verantwoording_app.domain.chapter import FinanceLine, FinanceSource, LineKind
from verantwoording_app.storage.chapter_store import ChapterStore
from verantwoording_app.storage.store import Store

if TYPE_CHECKING:
    from tests.pgfixtures import TeamServer


def test_ledger_lines_round_trip_exactly_on_the_server(team_server: TeamServer) -> None:
    store = Store.open(team_server.url("carla"))
    try:
        programme = store.tree()[0].id
        lines = [FinanceLine(programme, LineKind.LASTEN, Decimal("-1000.10"), Decimal(-1200), Decimal("-1150.555"),
                             "6.3", "Inkomensregelingen"),
                 FinanceLine(programme, LineKind.BATEN, Decimal(5), Decimal(5), Decimal(-5))]
        chapters = ChapterStore(store)
        chapters.replace_lines(lines, FinanceSource("g.csv"), author="carla")
        assert list(chapters.load().lines_of(programme)) == lines
        chapters.replace_lines([], FinanceSource("leeg.csv"), author="carla")
        assert chapters.load().lines_of(programme) == ()
    finally:
        store.close()
