"""A note whose marker follows last year's figure in brackets but whose items add up to this year's figure
(session 30, in our own words).

"… tiếp nhận 342 vụ việc bạo lực gia đình, giảm 7,82% so với năm 2024 (371 vụ)⁹" with "⁹ Bạo lực về tinh thần
164 vụ; …; bạo lực tình dục 18 vụ" (164 + 121 + 39 + 18 = 342): the note breaks down the 342 of this year. Before,
it was taken to explain the 371 its marker follows, so its items were dated 2024 and competed with the 371.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

UNION_YEAR = """
ĐẢNG ĐOÀN HỘI LIÊN HIỆP PHỤ NỮ TỈNH LAM SƠN

Số 31-BC/ĐĐ

ĐẢNG CỘNG SẢN VIỆT NAM

Lam Sơn, ngày 12 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo công tác Hội năm 2025

I. PHÒNG, CHỐNG BẠO LỰC GIA ĐÌNH

Trong năm, các cấp Hội tiếp nhận 342 vụ việc bạo lực gia đình, giảm 7,82% so với năm 2024 (371 vụ)⁹; hòa giải thành công 291 vụ, đạt 85,09%.

⁹ Bạo lực về tinh thần 164 vụ; bạo lực về thể chất 121 vụ; bạo lực về kinh tế 39 vụ; bạo lực tình dục 18 vụ.
"""


@pytest.fixture(scope="module")
def union(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "31-BC-DD-2025.txt", UNION_YEAR))


def test_last_years_figure_stands_alone(union: Engine) -> None:
    """"năm 2024 … mấy vụ": the 371 (a guard: it passes at the commit before too)."""
    answered_with(union, "năm 2024 tiếp nhận bao nhiêu vụ bạo lực gia đình", "371")


@pytest.mark.parametrize(
    "question",
    ["vụ việc bạo lực gia đình tiếp nhận chia theo loại", "bao nhieu vu bao luc gia dinh, tung loai"],
    ids=["accented", "plain"],
)
def test_the_note_breaks_down_this_years_figure(union: Engine, question: str) -> None:
    """The 342 with its four kinds (a guard: passes at the commit before too, in this short report)."""
    answer = answered_with(union, question, "342")
    assert [p.value for p in answer.parts] == [Decimal("164"), Decimal("121"), Decimal("39"), Decimal("18")], answer.reply


def test_an_item_is_not_dated_last_year(union: Engine) -> None:
    """"bạo lực về tinh thần" is this year's 164, not a figure of 2024."""
    answer = union.ask("bạo lực về tinh thần bao nhiêu vụ")
    assert answer.figure is not None and answer.figure.value == Decimal("164"), answer.reply
    assert answer.figure.period != "2024", answer.reply
