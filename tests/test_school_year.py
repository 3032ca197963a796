"""An education department's school year, written small in our own words.

Session 18's unseen data taught: a table whose groups are named by a roman row ("I | SỐ TRƯỜNG", "III | SỐ HỌC
SINH") repeats the same row labels ("Trung học cơ sở") in each group; the group's name tells them apart, so
"số học sinh THCS năm học 2023-2024" is the pupils' row, not the schools'. "bổ nhiệm mới" is no "bổ nhiệm lại"; "(12 đảng bộ cơ sở, 29 chi bộ cơ sở) với 1.489 đảng viên" names the body's
kinds of bases, no figure of a level below it.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

SCHOOL_YEAR = """

ĐẢNG BỘ TỈNH ĐÔNG LĨNH
ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO
*
Số 61-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Đông Lĩnh, ngày 14 tháng 8 năm 2026

BÁO CÁO
tổng kết năm học 2025 - 2026

I- CÔNG TÁC CÁN BỘ

Đến ngày 30/6/2026, Đảng bộ có 41 tổ chức cơ sở đảng (12 đảng bộ cơ sở, 29 chi bộ cơ sở) với 1.489 đảng viên, trong
đó 1.402 đảng viên chính thức, 87 đảng viên dự bị; 639 đảng viên nữ, chiếm 42,9%.

Ban Thường vụ Đảng ủy Sở cho ý kiến bổ nhiệm 23 cán bộ quản lý, bổ nhiệm lại 41 cán bộ quản lý các trường.

PHỤ LỤC

STT\tChỉ tiêu\tĐơn vị tính\tNăm học\t\t\tGhi chú
\t\t\t2023-2024\t2024-2025\t2025-2026\t
I\tSỐ TRƯỜNG\t\t\t\t\t
\tTổng số\ttrường\t612\t605\t598\t
1\tTiểu học\ttrường\t304\t297\t291\t
2\tTrung học cơ sở\ttrường\t219\t216\t214\t
II\tSỐ HỌC SINH\t\t\t\t\t
\tTổng số\tngười\t298.115\t301.562\t304.020\t
1\tTiểu học\tngười\t188.283\t190.156\t191.375\t
2\tTrung học cơ sở\tngười\t109.832\t111.406\t112.645\t
"""


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "61-BC-DU-2026.txt", SCHOOL_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("số học sinh THCS năm học 2023-2024", "109832"),
        ("so hoc sinh trung hoc co so nam hoc 2024-2025", "111406"),
        ("bao nhiêu trường THCS năm học 2023-2024", "219"),
    ],
    ids=["pupils-2024", "pupils-2025-plain", "schools-2024"],
)
def test_a_groups_name_tells_its_rows_apart(school: Engine, question: str, value: str) -> None:
    """"Trung học cơ sở" under "SỐ HỌC SINH" counts pupils; under "SỐ TRƯỜNG", schools."""
    answered_with(school, question, value)


def test_appointed_anew_is_not_reappointed(school: Engine) -> None:
    """"bổ nhiệm mới" asks the 23 appointed, not the 41 re-appointed."""
    answered_with(school, "bn CBQL được bổ nhiệm mới", "23")


@pytest.mark.parametrize("question", ["Đảng bộ Sở hiện có bao nhiêu đảng viên?", "dang bo so co bn dv"], ids=["accented", "abbreviated"])
def test_a_bracket_of_bases_is_no_lower_level(school: Engine, question: str) -> None:
    """The 1.489 members follow a bracket naming the kinds of bases: the body's own, not the 639 women."""
    answered_with(school, question, "1489")
