"""A short run of the crash harness: the real app is killed while typing, three times."""

from __future__ import annotations

from reliability import crash


def test_killed_while_typing_loses_nothing_older_than_the_promise() -> None:
    summary, results = crash.run(3, seed=7)
    assert summary.corruptions == 0, [r.detail for r in results]
    assert summary.violations == 0, [round(r.loss_window, 2) for r in results]
    assert summary.typed_words > 0
    assert all(r.saved > 0 or r.typed < 30 for r in results)  # saving happened while typing continued
