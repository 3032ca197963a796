"""Items of a list of fractions after a fraction total, and a sub-count asked beside a broken-down total
(session 30, in our own words).

"… có 310/402 trường đạt chuẩn quốc gia …. Cụ thể: mầm non 98/150 trường (65,33%); tiểu học …" lists, for each
level, the schools meeting the standard over all its schools. Before, the items were labelled only "số trường"
and "tổng số trường" (the level's name was lost), and "Cụ thể:" did not open the total's parts.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

SCHOOL_YEAR = """
UBND TỈNH HÀ LAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO

Số 215/BC-SGDĐT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Hà Lam, ngày 20 tháng 7 năm 2025

BÁO CÁO
tổng kết năm học 2024-2025

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Xây dựng trường đạt chuẩn quốc gia

Năm học 2024-2025, công nhận mới 19 trường, công nhận lại 35 trường đạt chuẩn quốc gia. Đến nay toàn tỉnh có 310/402 trường đạt chuẩn quốc gia, tỷ lệ 77,11%, tăng 19 trường so với năm học trước. Cụ thể: mầm non 98/150 trường (65,33%); tiểu học 112/130 trường (86,15%); trung học cơ sở 82/96 trường (85,42%); trung học phổ thông 18/26 trường (69,23%).

2. Kiểm tra đảng viên

Cấp ủy các cấp đã kiểm tra 214 tổ chức đảng và 1.260 đảng viên, trong đó có 318 cấp ủy viên. Cụ thể: Ban Thường vụ kiểm tra 6 tổ chức đảng, 40 đảng viên; chi bộ trực thuộc kiểm tra 208 tổ chức đảng, 1.220 đảng viên.
"""


@pytest.fixture(scope="module")
def schools(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "215-BC-SGDDT-2025.txt", SCHOOL_YEAR))


def test_the_levels_are_the_parts_of_the_schools_meeting_the_standard(schools: Engine) -> None:
    """The 310 are 98 + 112 + 82 + 18, the schools of each level meeting it (the 130 of primary schools would
    make a sum of three too: 98 + 130 + 82)."""
    answer = answered_with(schools, "trường đạt chuẩn quốc gia từng cấp học", "310")
    assert [p.value for p in answer.parts] == [Decimal("98"), Decimal("112"), Decimal("82"), Decimal("18")], answer.reply


@pytest.mark.parametrize(
    ("question", "expected", "named"),
    [
        ("bn trường THPT đạt chuẩn QG", "18", "trung học phổ thông đạt chuẩn quốc gia"),
        ("truong tieu hoc dat chuan quoc gia", "112", "tiểu học đạt chuẩn quốc gia"),
        ("có bao nhiêu trường trung học cơ sở", "96", "tổng số trường trung học cơ sở"),
    ],
    ids=["upper-secondary-meeting-it", "primary-typed-bare", "all-lower-secondary-schools"],
)
def test_an_item_is_named_by_its_level_and_its_whole(schools: Engine, question: str, expected: str, named: str) -> None:
    """An item's schools meeting the standard are named so; all the schools of a level are its denominator."""
    answer = answered_with(schools, question, expected)
    assert named in answer.figure.label, answer.reply


def test_a_sub_count_asked_beside_a_broken_down_total(schools: Engine) -> None:
    """"bn đv, trong đó bn cấp ủy viên": the 1.260 with the levels that add up to it, and the 318 of them who
    are committee members, though the total already has parts."""
    answer = answered_with(schools, "cấp ủy kiểm tra bn đv, trong đó bn cấp ủy viên", "1260")
    assert {p.value for p in answer.parts} == {Decimal("40"), Decimal("1220")}, answer.reply
    assert [a.value for a in answer.also] == [Decimal("318")], answer.reply
    assert "318 cấp ủy viên" in answer.reply, answer.reply
