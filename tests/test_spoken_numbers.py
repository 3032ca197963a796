"""Numbers said in words, as a phone transcribes a voice message (session 22's held-out 42).

Before, "năm hai không hai mốt" was no year at all: the question went unanswered or took the report's year.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.spoken import digits_for_words
from tests.report_sets import answered_with

pytest_plugins = ["tests.answers_conftest"]


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("tổng số đoàn viên năm hai không hai mốt", "tổng số đoàn viên năm 2021"),
        ("nam hai khong hai hai bao nhieu", "nam 2022 bao nhieu"),
        ("sáu tháng đầu năm hai nghìn không trăm hai mươi ba", "6 tháng đầu năm 2023"),
        ("tỉ lệ năm hai hai", "tỉ lệ năm 2022"),
        ("bốn mươi chín đơn tố cáo", "49 đơn tố cáo"),
        ("ban chỉ đạo ba lăm", "ban chỉ đạo 35"),
        ("bảy nghìn năm trăm bảy mươi mốt đảng viên", "7571 đảng viên"),
        ("tháng năm năm hai không hai hai", "tháng 5 năm 2022"),
        ("cuối tháng sáu", "cuối tháng 6"),
    ],
    ids=["year-digit-by-digit", "year-without-diacritics", "year-said-whole", "year-said-short", "tens",
         "tens-with-lam", "thousands", "month-then-year", "month"],
)
def test_numbers_said_become_digits(said: str, written: str) -> None:
    """The number said is written in digits."""
    assert digits_for_words(said) == written


@pytest.mark.parametrize(
    "typed",
    [
        "năm đảng viên bị kỷ luật",  # five, or a year: left alone
        "6 tháng năm 2025",  # "năm" is the year there, not May
        "cuối tháng 6 năm nay",
        "sáu tháng năm ngoái",
        "có ba tư pháp viên",  # "tư pháp" is no 34
        "sau thang dau nam",  # without diacritics "sau" is "after" too
        "hai đồng chí",  # a lone digit word
        "ban hai không",
    ],
    ids=["lone-nam", "year-after-a-span", "year-after-a-month", "span-then-year", "tu-phap", "plain-sau",
         "lone-hai", "no-year"],
)
def test_words_that_are_no_number_stay(typed: str) -> None:
    """Words that may be read otherwise are left as typed."""
    assert digits_for_words(typed) == typed.replace("sáu tháng", "6 tháng")  # a count of months is read


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("ờ năm hai nghìn không trăm hai mươi tổng số đảng viên là bao nhiêu", "7400"),
        ("tong so dang vien nam hai khong hai hai", "7571"),
        ("kết nạp đảng viên năm hai không hai mốt được bao nhiêu", "267"),
    ],
    ids=["year-said-whole-with-a-hesitation", "year-said-plain", "year-digit-by-digit"],
)
def test_voice_questions_on_the_bundled_report(engine: Engine, question: str, value: str) -> None:
    """A voice message's question gets the year's cell."""
    answered_with(engine, question, value)
