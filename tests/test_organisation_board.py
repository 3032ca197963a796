"""A provincial organisation board's year, written small in our own words.

It holds what session 15's unseen data taught: an appendix whose rows are the bodies and whose columns
are measures ("Huyện ủy … | Tổng số đảng viên | Kết nạp 2026 | …"), checked against the text like any
other; a row of years closed by their sum ("Năm 2022 … Năm 2026 | Cộng 2022 - 2026"), whose sum is no
answer to "năm nay" nor to a question naming no period.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from knowledge.figures import sentence_facts
from tests.report_sets import answered_with, engine_for, shown_values, written

BOARD_YEAR = """

ĐẢNG BỘ TỈNH NAM ĐIỀN
BAN TỔ CHỨC TỈNH ỦY
*
Số 88-BC/BTCTU
ĐẢNG CỘNG SẢN VIỆT NAM
Nam Điền, ngày 20 tháng 12 năm 2026

BÁO CÁO
kết quả công tác tổ chức xây dựng Đảng năm 2026

I- CÔNG TÁC ĐẢNG VIÊN

Toàn Đảng bộ kết nạp 1.184 đảng viên, đạt 101,20% chỉ tiêu. Huyện ủy Tân Lạc kết nạp 316 đảng viên, nhiều nhất
trong các huyện; Huyện ủy Yên Hòa kết nạp 205 đảng viên. Trong năm tiếp nhận 254 đảng viên chuyển đến từ
ngoài tỉnh; tổ chức trao 1.075 thẻ đảng viên. Toàn Đảng bộ có 312 đảng viên đi làm ăn xa. Đến nay đã triển khai
sổ tay đảng viên điện tử tại 100% chi bộ trực thuộc. Quy hoạch Ban Chấp hành Đảng bộ tỉnh 147 lượt cán bộ, trong
đó cán bộ nữ 38 lượt.

PHỤ LỤC 1

STT\tĐảng bộ trực thuộc\tTổng số đảng viên\tKết nạp 2026\tChỉ tiêu kết nạp\t% so chỉ tiêu
1\tThành ủy Nam Điền\t8.420\t390\t380\t102,63
2\tHuyện ủy Tân Lạc\t5.106\t361\t300\t120,33
3\tHuyện ủy Yên Hòa\t4.212\t205\t210\t97,62
4\tHuyện ủy Mường Khê\t3.318\t228\t280\t81,43
\tTổng cộng\t21.056\t1.184\t1.170\t101,20

PHỤ LỤC 2

STT\tChỉ tiêu\tĐơn vị tính\tNăm 2024\tNăm 2025\tNăm 2026\tCộng 2024 - 2026
1\tĐảng viên chuyển đến (ngoài tỉnh)\tĐV\t231\t240\t254\t725
2\tTrao thẻ đảng viên\tThẻ\t1.012\t1.098\t1.075\t3.185
3\tĐảng viên từ trần\tĐV\t402\t417\t433\t1.252
4\tĐảng viên chuyển đi (ngoài tỉnh)\tĐV\t110\t120\t98\t328
5\tĐảng viên dự sinh hoạt chi bộ\t%\t95,1\t95,6\t96,0\t
"""


@pytest.fixture(scope="module")
def board_year(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "88-BC-BTCTU-2026.txt", BOARD_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("năm nay trao bao nhiêu thẻ đảng viên", "1075"),
        ("trong năm bao nhiêu đảng viên từ trần", "433"),
        ("so dang vien chuyen den tu ngoai tinh", "254"),
    ],
    ids=["this-year", "within-the-year", "no-period"],
)
def test_a_sum_of_years_is_not_this_years_figure(board_year: Engine, question: str, value: str) -> None:
    """"Cộng 2024 - 2026" sums three years: "năm nay", "trong năm" or no period ask the report's year."""
    answered_with(board_year, question, value)


def test_a_body_has_its_members_not_those_it_admitted(board_year: Engine) -> None:
    """"Thành ủy … có bao nhiêu đảng viên": the column "Tổng số đảng viên", not "Kết nạp 2026"."""
    answered_with(board_year, "Thành ủy Nam Điền có bao nhiêu đảng viên", "8420")


def test_a_bodys_row_disagreeing_with_the_text_is_a_conflict(board_year: Engine) -> None:
    """The text's 316 admitted by Huyện ủy Tân Lạc against its row's 361: both shown, no row of another body."""
    answer = board_year.ask("Huyện ủy Tân Lạc kết nạp bao nhiêu đảng viên")
    values = shown_values(answer)
    assert answer.conflict, answer.reply
    assert values == {Decimal("316"), Decimal("361")}, answer.reply
    agreeing = board_year.ask("Huyện ủy Yên Hòa kết nạp bao nhiêu đảng viên")
    assert not agreeing.conflict and agreeing.figure is not None and agreeing.figure.value == Decimal("205")


@pytest.mark.parametrize(
    ("question", "value", "kind"),
    [
        ("huyen uy muong khe ket nap bao nhieu", "228", "count"),
        ("Huyện ủy Mường Khê kết nạp đạt mấy % so chỉ tiêu", "81.43", "share_of_target"),
        ("chỉ tiêu kết nạp của Huyện ủy Yên Hòa", "210", "target"),
    ],
    ids=["done", "share-of-its-plan", "its-plan"],
)
def test_a_bodys_plan_columns_are_its_plan(board_year: Engine, question: str, value: str, kind: str) -> None:
    """"Chỉ tiêu kết nạp | % so chỉ tiêu" beside "Kết nạp 2026": the plan and how it was met, not what was done."""
    answer = answered_with(board_year, question, value)
    assert answer.figure is not None and answer.figure.kind == kind, answer.reply


def test_no_conflict_with_another_span_or_another_count(board_year: Engine) -> None:
    """312 working away against the 328 moved out over three years; 100% of cells against members' 96,0%."""
    conflicted = {board_year.index.facts[i].value for i, others in board_year.index.conflicts.items() if others}
    assert conflicted == {Decimal("316"), Decimal("361")}


def test_a_plan_in_brackets_after_what_was_done_is_a_target() -> None:
    """"(Nghị quyết đề ra kết nạp 10.500 đảng viên trở lên …)": the resolution's figure is its target."""
    facts = sentence_facts(
        "Từ đầu nhiệm kỳ kết nạp 4.222 đảng viên, đạt 40,21% chỉ tiêu cả nhiệm kỳ (Nghị quyết đề ra kết nạp 10.500 "
        "đảng viên trở lên).",
        ("I",), "text", 1,
    )
    kinds = {f.value: f.kind for f in facts}
    assert kinds[Decimal("10500")] == "target" and kinds[Decimal("4222")] == "count", kinds


def test_cadres_are_not_party_members(board_year: Engine) -> None:
    """"cán bộ nữ 38 lượt" (women among the cadres planned) is no count of women party members."""
    answer = board_year.ask("bao nhiêu đảng viên nữ")
    assert answer.status != "answered", answer.reply
