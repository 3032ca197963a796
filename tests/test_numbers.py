"""Vietnamese numbers: figures as printed in the report, and formatted back with babel's ``vi`` locale."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge.figures import sentence_facts
from knowledge.numbers import (
    NUMBER_RE,
    format_iso_date,
    format_number,
    format_value,
    parse_number,
    to_plain,
)


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("7.261", Decimal("7261")),
        ("41,47%", Decimal("41.47")),
        ("05", Decimal("5")),
        ("20.331,5", Decimal("20331.5")),
        ("1635", Decimal("1635")),
        ("70.512,75", Decimal("70512.75")),
        ("0,4", Decimal("0.4")),
        ("0", Decimal("0")),
        ("1.000.000", Decimal("1000000")),
        ("97,60", Decimal("97.6")),
        ("98.5", Decimal("98.5")),
    ],
    ids=["dot-thousands", "comma-decimal-percent", "leading-zero", "thousands-and-decimal", "no-grouping",
         "two-decimals", "below-one", "zero", "millions", "trailing-zero", "english-decimal-point"],
)
def test_parse_number(printed: str, value: Decimal) -> None:
    assert parse_number(printed) == value


@pytest.mark.parametrize(
    "printed",
    ["", "%", "abc", "1.2.3", "1.2345", "-5", "3,", "02-HD/TU"],
    ids=["empty", "percent-sign-only", "letters", "bad-grouping", "four-digit-group", "negative", "dangling-comma",
         "document-number"],
)
def test_parse_number_refuses_what_is_not_a_number(printed: str) -> None:
    assert parse_number(printed) is None


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("nộp ngân sách tỉnh 20.331,5 tỷ đồng", Decimal("20331.5"), "tỷ đồng"),
        ("nộp ngân sách 70.512,75 tỷ đồng", Decimal("70512.75"), "tỷ đồng"),
        ("có 1635 quần chúng ưu tú tham gia", Decimal("1635"), "quần chúng"),
        ("Thu nhập bình quân người lao động là 10,4 triệu đồng/người/tháng", Decimal("10.4"), "triệu đồng/người/tháng"),
        ("đạt 41,47% so với chỉ tiêu nhiệm kỳ", Decimal("41.47"), "%"),
        ("quyết định thành lập 05 tổ chức cơ sở đảng", Decimal("5"), "tổ chức cơ sở đảng"),
    ],
    ids=["money-decimal", "money-two-decimals", "no-grouping", "income-per-person", "percent", "leading-zero-count"],
)
def test_figure_with_its_unit_in_a_sentence(sentence: str, value: Decimal, unit: str) -> None:
    [fact] = sentence_facts(sentence, (), "text", 1)
    assert (fact.value, fact.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Tổng thu ngân sách 30.196 tỷ đồng, đạt 41,47% so với chỉ tiêu.", ["30.196", "41,47"]),
        ("Hướng dẫn số 02-HD/TU, ngày 28-3-2022 của Ban Thường vụ", []),
        ("tổng dư nợ ước đến 30/6/2023 đạt 309.095 tỷ đồng", ["309.095"]),
        ("phòng, chống dịch Covid-19 kéo dài", []),
        ("Đảng ủy Khối cụ thể hóa Kết luận 21-KL/TW", []),
    ],
    ids=["figures", "document-number-and-date", "date-period", "disease-name", "conclusion-number"],
)
def test_number_tokens_in_text(text: str, tokens: list[str]) -> None:
    assert NUMBER_RE.findall(text) == tokens


@pytest.mark.parametrize(
    ("value", "printed"),
    [
        (Decimal("7261"), "7.261"),
        (Decimal("41.47"), "41,47"),
        (Decimal("20331.5"), "20.331,5"),
        (Decimal("70512.75"), "70.512,75"),
        (Decimal("0.4"), "0,4"),
        (5, "5"),
        (Decimal("1234567.891"), "1.234.567,891"),
        (Decimal("96.250"), "96,25"),
    ],
    ids=["thousands", "decimals", "thousands-and-decimal", "two-decimals", "below-one", "int", "millions",
         "trailing-zeros-dropped"],
)
def test_format_number_vi(value: Decimal | int, printed: str) -> None:
    assert format_number(value) == printed


@pytest.mark.parametrize(
    ("value", "unit", "printed"),
    [
        (Decimal("41.47"), "%", "41,47%"),
        (Decimal("7261"), "đảng viên", "7.261 đảng viên"),
        (Decimal("20331.5"), "tỷ đồng", "20.331,5 tỷ đồng"),
        (Decimal("40"), "", "40"),
    ],
    ids=["percent-glued", "count", "money", "no-unit"],
)
def test_format_value(value: Decimal, unit: str, printed: str) -> None:
    assert format_value(value, unit) == printed


@pytest.mark.parametrize(
    ("iso", "printed"),
    [("2023-07-25", "25/7/2023"), ("2024-01-15", "15/1/2024"), ("2023-12-01", "1/12/2023"), ("", ""), ("7/2023", "7/2023")],
    ids=["report-date", "january", "first-of-month", "no-date", "not-iso-kept"],
)
def test_format_iso_date(iso: str, printed: str) -> None:
    assert format_iso_date(iso) == printed


@pytest.mark.parametrize(
    ("value", "plain"),
    [(Decimal("7261"), 7261), (Decimal("41.47"), 41.47), (Decimal("5.000"), 5), (Decimal("20331.5"), 20331.5)],
    ids=["int", "float", "integral-decimal", "money"],
)
def test_to_plain_json_number(value: Decimal, plain: float) -> None:
    result = to_plain(value)
    assert result == plain
    assert type(result) is type(plain)


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_formatted_figures_parse_back(value: Decimal) -> None:
    """What the bot prints (7.261; 41,47) reads back as the same figure."""
    assert parse_number(format_number(value)) == value
