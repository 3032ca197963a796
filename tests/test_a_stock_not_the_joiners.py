"""How many there are, asked of a report that only says how many joined (session 27, in our own words).

Before: "Đảng bộ xã Nhạn Khê có bao nhiêu đảng viên" was answered by a note's "Một số đảng bộ kết nạp nhiều:
xã Nhạn Khê 21 đảng viên": the commune's new members quoted as all its members.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

DISTRICT = """
HUYỆN ỦY PHÚ NHẠN
*
Số 327-BC/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Phú Nhạn, ngày 06 tháng 10 năm 2026

BÁO CÁO
kết quả công tác xây dựng Đảng 9 tháng đầu năm 2026

I- KẾT QUẢ

1. Công tác đảng viên
Chín tháng đầu năm 2026, toàn Đảng bộ kết nạp 176 đảng viên⁵. Đến ngày 30/9/2026, Đảng bộ huyện có 5.904 đảng viên.

⁵ Một số đảng bộ kết nạp nhiều: xã Nhạn Khê 21 đảng viên, thị trấn Phú Nhạn 17 đảng viên.
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "327-BC-HU-2026.txt", DISTRICT))


@pytest.mark.parametrize(
    "question",
    ["Đảng bộ xã Nhạn Khê có bao nhiêu đảng viên", "xa nhan khe co may dang vien"],
    ids=["accented", "unaccented"],
)
def test_members_of_a_commune_are_not_its_new_ones(district: Engine, question: str) -> None:
    """The report gives the commune's new members only."""
    assert district.ask(question).status != "answered"


@pytest.mark.parametrize(
    ("question", "value"),
    [("xã Nhạn Khê kết nạp được mấy đảng viên", "21"), ("huyện có bao nhiêu đảng viên", "5904")],
    ids=["joined-asked", "district-stock"],
)
def test_what_the_report_gives(district: Engine, question: str, value: str) -> None:
    """The new members when joining is asked; the district's stock when it is (guards)."""
    answered_with(district, question, value)
