"""Items of a total headed inside its brackets (session 27, in our own words).

Before: in "Trao tặng Huy hiệu Đảng cho 211 đồng chí (đợt một: 116 đồng chí; đợt hai: 95 đồng chí)" the first
item took the words of the total before the bracket, so it looked singled out by them and "tặng huy hiệu
Đảng cho bao nhiêu đồng chí" gave the first round's 116.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

MEMBERS_YEAR = """
HUYỆN ỦY LONG PHÚ
*
Số 33-BC/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Long Phú, ngày 15 tháng 12 năm 2025

BÁO CÁO
kết quả công tác xây dựng Đảng năm 2025

I- KẾT QUẢ

1. Công tác đảng viên
Trao tặng Huy hiệu Đảng cho 211 đồng chí (đợt một: 116 đồng chí; đợt hai: 95 đồng chí), trong đó: Huy hiệu 70 năm tuổi Đảng 02 đồng chí, 60 năm 09 đồng chí, 40 năm 52 đồng chí.
Kết nạp 176 đảng viên (nam: 104 đảng viên; nữ: 72 đảng viên), đạt 96% kế hoạch.
Trong năm giải quyết việc làm cho 3.240 lao động (năm 2024: 2.850 lao động).
"""


@pytest.fixture(scope="module")
def members(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "33-BC-HU-2025.txt", MEMBERS_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tặng huy hiệu Đảng cho bao nhiêu đồng chí", "211"),
        ("trao huy hieu dang may dong chi", "211"),
        ("ket nap bao nhieu dang vien", "176"),
    ],
    ids=["total-accented", "total-unaccented", "admitted-total"],
)
def test_the_total_before_its_bracket(members: Engine, question: str, value: str) -> None:
    """The figure before the bracket is the total; an item is given only when its heading is asked."""
    answered_with(members, question, value)


def test_the_rounds_shown_as_parts(members: Engine) -> None:
    """"mỗi đợt bao nhiêu": the total with both rounds."""
    answer = answered_with(members, "huy hiệu đảng trao mấy đợt, mỗi đợt bao nhiêu", "211")
    assert [str(p.value) for p in answer.parts] == ["116", "95"]


def test_a_year_heading_keeps_the_measure(members: Engine) -> None:
    """"(năm 2024: 2.850 lao động)": a time heads the item, the measure is still the one before (a guard)."""
    answered_with(members, "năm 2024 giải quyết việc làm cho bao nhiêu lao động", "2850")
