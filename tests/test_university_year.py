"""A university party committee's school year, written small in our own words.

It holds what session 15's unseen data taught: a report of "năm học 2025 – 2026" is a yearly report of
2026; "tien si" typed without tones is "tiến sĩ", no "tiền"; "năm học này … tổng cộng" is this year, all
told; "ra trường" is graduating; a digit swap against the appendix is a conflict even when some flow
makes up the difference (412 + 9 retired = 421); a rating's one grade is no conflict with its row
"… trở lên"; "Giáo sư, phó giáo sư" does not answer for "phó giáo sư".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.document import report_period
from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, shown_values, written

UNIVERSITY_YEAR = """

ĐẢNG BỘ TỈNH LAM HÀ
ĐẢNG ỦY TRƯỜNG ĐẠI HỌC LAM HÀ
*
Số 120-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Lam Hà, ngày 10 tháng 8 năm 2026

BÁO CÁO
tổng kết công tác năm học 2025 – 2026

I- KẾT QUẢ

Đại hội Đảng bộ Trường lần thứ V, nhiệm kỳ 2025 - 2030 đã bầu Ban Chấp hành Đảng bộ 21 đồng chí; hiện nay Ban
Chấp hành có 20 đồng chí. Đội ngũ giảng viên có 312 tiến sĩ, chiếm 46,15% tổng số giảng viên; trong năm học có
09 tiến sĩ nghỉ hưu. Về chức danh, hiện có 54 giáo sư, phó giáo sư, trong đó 48 phó giáo sư. Năm học có 2.904
người học tốt nghiệp. Có 815 đảng viên được đánh giá, trong đó 602 hoàn thành tốt nhiệm vụ (73,87%). Năm 2025, tỷ lệ tổ chức cơ sở đảng
hoàn thành tốt nhiệm vụ trở lên đạt 94,44%¹.

¹ Năm 2024 đạt 90,21%.


PHỤ LỤC

STT\tNội dung\tĐơn vị tính\tNăm học 2023–2024\tNăm học 2024–2025\tNăm học 2025–2026
1\tGiảng viên có trình độ tiến sĩ\tNgười\t268\t290\t321
2\tGiáo sư, phó giáo sư\tNgười\t45\t50\t54
3\tĐảng viên hoàn thành tốt nhiệm vụ trở lên\t%\t90,12\t91,40\t92,64
"""


@pytest.fixture(scope="module")
def university_year(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "120-BC-DU-2026.txt", UNIVERSITY_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("so tien si nam hoc 2024-2025", "290"),
        ("tổng cộng bao nhiêu người ra trường năm học này", "2904"),
        ("có bao nhiêu phó giáo sư", "48"),
        ("BCH nk 2025-2030 bầu bn đ/c", "21"),
    ],
    ids=["doctors-no-money", "this-school-year-all-told", "one-side-of-a-joint-row", "elected-in-the-term-named"],
)
def test_a_school_year_report(university_year: Engine, question: str, value: str) -> None:
    answered_with(university_year, question, value)


def test_a_digit_swap_is_a_conflict_though_a_flow_makes_up_the_gap(university_year: Engine) -> None:
    """312 said, 321 in the row of 2026: the 09 retired make up the gap by chance, the swapped digits tell."""
    answer = university_year.ask("so tien si trong doi ngu giang vien nam hoc 2025-2026")
    values = shown_values(answer)
    assert answer.conflict and values == {Decimal("312"), Decimal("321")}, answer.reply


def test_a_school_year_is_the_reports_year() -> None:
    assert report_period("tổng kết công tác năm học 2025 – 2026") == "2026"


def test_one_grade_is_no_conflict_with_its_row_of_that_grade_and_above(university_year: Engine) -> None:
    answer = answered_with(university_year, "tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên năm học này", "92.64")
    assert not answer.conflict, answer.reply


def test_a_rate_of_party_bases_is_no_conflict_with_the_members_row(university_year: Engine) -> None:
    """The note "Năm 2024 đạt 90,21%" of the party bases' rate against the members' row of 2024 (90,12)."""
    conflicted = {university_year.index.facts[i].value for i, o in university_year.index.conflicts.items() if o}
    assert Decimal("90.21") not in conflicted and Decimal("90.12") not in conflicted, conflicted
