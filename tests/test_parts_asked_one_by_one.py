"""Two parts of one total asked one after the other, and parts opened by "Trong đó:" (session 31, own words).

- "năm 2025 ra quyết định thi hành án bao nhiêu bị án, hoãn bao nhiêu": before, the whole question found the
  total those two add up to and answered it (with both as its parts), so the figure given was one nobody asked.
  Now each ask alone gives one of the total's parts: the first is the answer, the second shown with it, then
  the total. A breakdown asked in words ("gồm", "mỗi loại") still gets the total with its parts.
- "Trong đó: Tòa án tỉnh thụ lý 1.254 vụ, giải quyết 1.161 vụ; …": before, "Trong đó" was taken for the
  paragraph's lead-in and named the figures that said only their act ("giải quyết"), so they lost their words.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from knowledge.index import FactView
from tests.report_sets import answered_with, engine_for, written

COURT_YEAR = """
ĐẢNG ỦY TÒA ÁN NHÂN DÂN TỈNH BÌNH LÃNG

Số 57-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Bình Lãng, ngày 16 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I. CÔNG TÁC CHUYÊN MÔN

1. Thụ lý, giải quyết các loại vụ việc

Tòa án nhân dân hai cấp đã thụ lý 9.813 vụ, việc, đã giải quyết 9.179 vụ, việc, đạt 93,54%.

Trong đó: Tòa án nhân dân tỉnh thụ lý 1.254 vụ, việc, giải quyết 1.161 vụ, việc, đạt 92,58%; Tòa án cấp huyện thụ lý 8.559 vụ, việc, giải quyết 8.018 vụ, việc, đạt 93,68%.

2. Thi hành án hình sự

Năm 2025, Tòa án hai cấp xem xét thi hành án đối với 1.126 bị án, gồm: ra quyết định thi hành án 980 bị án, hoãn chấp hành án 146 bị án.
"""


@pytest.fixture(scope="module")
def court(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "57-BC-DU-2025.txt", COURT_YEAR))


@pytest.mark.parametrize(
    "question",
    [
        "năm 2025 ra quyết định thi hành án bao nhiêu bị án, hoãn chấp hành bao nhiêu",
        "nam 2025 ra quyet dinh thi hanh an bn bi an, hoan bn",
    ],
    ids=["accented", "plain"],
)
def test_each_part_asked_is_answered_in_turn(court: Engine, question: str) -> None:
    """980 first (asked first), then 146, then their total 1.126."""
    answer = answered_with(court, question, "980")
    assert [f.value for f in answer.also] == [Decimal("146"), Decimal("1126")], answer.reply
    assert "146" in answer.reply and "1.126" in answer.reply, answer.reply


def test_a_breakdown_asked_in_words_keeps_the_total(court: Engine) -> None:
    """"gồm … mỗi loại": the total with its parts, as before (a guard: it passed before as well)."""
    answer = answered_with(court, "thi hành án bao nhiêu bị án, gồm những loại nào", "1126")
    assert {p.value for p in answer.parts} == {Decimal("980"), Decimal("146")}, answer.reply


def _fact(court: Engine, value: str) -> FactView:
    return next(f for f in court.index.facts if f.value == Decimal(value))


@pytest.mark.parametrize("value", ["1161", "8018"], ids=["province", "districts"])
def test_trong_do_names_no_figure(court: Engine, value: str) -> None:
    """The figures after "Trong đó:" keep their own act ("giải quyết"), not the words "Trong đó"."""
    label = _fact(court, value).label
    assert "giải quyết" in label and "Trong đó" not in label, label
