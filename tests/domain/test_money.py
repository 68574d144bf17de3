from __future__ import annotations

from decimal import Decimal

import pytest

from verantwoording_app.domain.money import (
    AmountError,
    canonical_amount,
    format_amount,
    format_exact,
    parse_amount,
    parse_percentage,
    rounded,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("1.234.567", Decimal(1234567)), ("1.234.567,89", Decimal("1234567.89")), ("-1.234", Decimal(-1234)),
    ("(1.234)", Decimal(-1234)), ("€ 1.234", Decimal(1234)), ("1234.56", Decimal("1234.56")),
    ("1234,5", Decimal("1234.5")), ("1.5", Decimal("1.5")), (" 25 000 ", Decimal(25000)), ("1.234-", Decimal(-1234)),
    ("\u22121.000", Decimal(-1000)), (1234, Decimal(1234)), (0.1, Decimal("0.1")), ("", None), (None, None),
])
def test_parse_amount_reads_dutch_and_plain_numbers(text: object, expected: Decimal | None) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", ["abc", "1,234,567", "1.23.4", "12..3", "--5", "1e5", "nan"])
def test_parse_amount_refuses_what_is_not_an_amount(text: str) -> None:
    with pytest.raises(AmountError, match="geen bedrag"):
        parse_amount(text, where="Rij 3")


def test_float_from_a_cell_is_exact_not_binary() -> None:
    assert parse_amount(0.1 + 0.2) == Decimal("0.30000000000000004")
    assert parse_amount(1234567.89) == Decimal("1234567.89")


def test_absurd_amount_is_refused() -> None:
    with pytest.raises(AmountError, match="onwaarschijnlijk"):
        parse_amount("9" * 20)


def test_format_rounds_half_away_from_zero_in_thousands() -> None:
    assert format_amount(Decimal(1234567)) == "1.234.567"
    assert format_amount(Decimal(-1234567), 1000) == "-1.235"
    assert format_amount(Decimal(1500), 1000) == "2"
    assert format_amount(Decimal(-1500), 1000) == "-2"
    assert format_amount(Decimal(-400), 1000) == "0"  # never "-0"
    assert rounded(Decimal("2.5")) == 3


def test_exact_and_canonical_texts() -> None:
    assert format_exact(Decimal("-1234.5")) == "-1.234,50"
    assert format_exact(Decimal(25000)) == "25.000"
    assert canonical_amount(Decimal("1234.50")) == "1234.50"
    assert canonical_amount(Decimal("1E+3")) == "1000"


def test_percentage() -> None:
    assert parse_percentage("7,5 %") == Decimal("7.5")
    assert parse_percentage("") is None
    with pytest.raises(AmountError):
        parse_percentage("-3")
