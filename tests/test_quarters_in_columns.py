"""A propaganda board's nine months, written small in our own words.

It holds what session 17's unseen data taught: a title "… 9 tháng đầu năm, phương hướng, nhiệm vụ 3 tháng
cuối năm 2026" reports nine months of 2026; an appendix "Thực hiện theo quý" with "Quý I/2026 | Quý II/2026 |
Quý III/2026 | 9 tháng 2026 | Cùng kỳ 2025" gives one quarter per column, the nine months in its own, and the
same nine months of 2025 (not the first quarter of 2025); a question naming no quarter takes the nine months;
"264 giảng viên kiêm chức" of the district centres is no row of the district's "Báo cáo viên".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

NINE_MONTHS = """

ĐẢNG BỘ TỈNH HÀ NAM SƠN
BAN TUYÊN GIÁO TỈNH ỦY
*
Số 31-BC/BTGTU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nam Sơn, ngày 05 tháng 10 năm 2026

BÁO CÁO
kết quả công tác tuyên giáo 9 tháng đầu năm,
phương hướng, nhiệm vụ 3 tháng cuối năm 2026

I- KẾT QUẢ

Các cấp tổ chức 1.214 hội nghị học tập, quán triệt nghị quyết với 146.380 lượt người dự; tỷ lệ đảng viên tham
gia học tập đạt 96,48%. Các cấp thực hiện 812 báo cáo dư luận xã hội. Các trung tâm chính trị cấp huyện có 41
giảng viên cơ hữu và 187 giảng viên kiêm chức. Phát hành 09 số Bản tin Thông báo nội bộ với 27.000 cuốn.

PHỤ LỤC

STT\tNội dung\tĐơn vị tính\tThực hiện theo quý\t\t\t9 tháng 2026\tCùng kỳ 2025\t% so cùng kỳ
\t\t\tQuý I/2026\tQuý II/2026\tQuý III/2026\t\t\t
1\tHội nghị học tập, quán triệt nghị quyết\tHội nghị\t402\t517\t295\t1.214\t1.107\t109,67
2\tLượt người dự học tập, quán triệt\tLượt người\t48.120\t61.904\t36.356\t146.380\t139.422\t104,99
3\tTỷ lệ đảng viên tham gia học tập\t%\t\t\t\t96,84\t95,12\t
4\tBáo cáo dư luận xã hội\tBáo cáo\t265\t301\t246\t812\t790\t102,78
5\tBáo cáo viên các cấp\tNgười\t\t\t\t\t\t
\t- Cấp tỉnh\tNgười\t38\t40\t41\t41\t37\t110,81
\t- Cấp huyện\tNgười\t201\t209\t214\t214\t196\t109,18
6\tKinh phí: Dư luận xã hội\tTỷ đồng\t0,12\t0,15\t0,21\t0,48\t0,41\t117,07
7\tBản tin Thông báo nội bộ\tCuốn\t8.000\t10.000\t9.000\t27.000\t25.500\t105,88
"""


@pytest.fixture(scope="module")
def nine_months(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "31-BC-BTGTU-2026.txt", NINE_MONTHS))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("bao nhieu hoi nghi hoc tap quan triet nghi quyet", "1214"),
        ("so bao cao du luan xa hoi", "812"),
        ("quý II tổ chức bao nhiêu hội nghị học tập nghị quyết", "517"),
        ("quy III co bao nhieu bao cao du luan xa hoi", "246"),
        ("cùng kỳ 2025 có bao nhiêu báo cáo dư luận xã hội", "790"),
        ("9 tháng cùng kỳ năm trước bao nhiêu lượt người dự học tập nghị quyết", "139422"),
    ],
    ids=["no-quarter-asked", "no-quarter-asked-2", "second-quarter", "third-quarter", "same-span-2025", "same-span-said"],
)
def test_a_quarter_is_its_own_column(nine_months: Engine, question: str, value: str) -> None:
    """Each quarter stands in its column; no quarter asked is the nine months; "cùng kỳ 2025" the same nine months."""
    answered_with(nine_months, question, value)


def test_the_title_reports_nine_months(nine_months: Engine) -> None:
    """"9 tháng đầu năm, …, nhiệm vụ 3 tháng cuối năm 2026": the figures of the text are of nine months of 2026,
    so the text's 96,48% meets the cell of "9 tháng 2026" (96,84): a conflict with both shown."""
    answer = nine_months.ask("tỷ lệ đảng viên tham gia học tập nghị quyết")
    assert answer.conflict, answer.reply
    assert {Decimal("96.48"), Decimal("96.84")} <= {answer.figure.value, *(a.value for a in answer.alternatives)}


def test_teachers_are_not_lecturers(nine_months: Engine) -> None:
    """"187 giảng viên kiêm chức" of the district centres is no row "Báo cáo viên các cấp: Cấp huyện" (214)."""
    assert not any(
        nine_months.index.conflicts.get(i) for i, f in enumerate(nine_months.index.facts) if f.value == Decimal("187")
    )


@pytest.mark.parametrize(
    ("question", "value"),
    [("bao nhieu bao cao du luan xa hoi trong 9 thang", "812"), ("cấp tỉnh có bao nhiêu báo cáo viên", "41")],
    ids=["reports-counted", "lecturers-counted"],
)
def test_reports_and_lecturers_are_counted(nine_months: Engine, question: str, value: str) -> None:
    """"bao nhiêu báo cáo …" counts reports ("812 báo cáo dư luận xã hội", not the 0,48 tỷ đồng spent on public
    opinion work); "báo cáo viên" are people."""
    answered_with(nine_months, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("hiện có bao nhiêu báo cáo viên cấp huyện", "214"),
        ("quý I/2026 có bao nhiêu hội nghị học tập nghị quyết", "402"),
        ("quy 1 co bao nhieu bao cao du luan xa hoi", "265"),
        ("phát hành bao nhiêu cuốn Bản tin Thông báo nội bộ", "27000"),
    ],
    ids=["now-is-the-nine-months", "first-quarter-named", "first-quarter-folded", "copies-not-issues"],
)
def test_the_first_quarter_is_a_quarter(nine_months: Engine, question: str, value: str) -> None:
    """"Quý I/2026" beside "Quý II/2026": a quarter's column, not the report's own span (what stands now is the
    nine months' column); "bao nhiêu cuốn" counts copies, not the 09 issues."""
    answered_with(nine_months, question, value)
