"""Links found by rule: totals and their parts (text, footnotes, appendix rows), text-vs-appendix conflicts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.figures import Fact, sentence_facts
from knowledge.links import link
from tests.conftest import one, pick

PERIODS = ("2020", "2021", "2022", "6 tháng 2023")


def parts_of(facts: list[Fact], total: Fact) -> list[Fact]:
    return [f for f in facts if f.parent == total.seq]


def described(fact: Fact) -> tuple[str, str]:
    """A fact as a user finds it: where (footnote N, appendix row, text) and the figure as printed."""
    if fact.is_table:
        return (f"Phụ lục: {fact.locator.split(' › ')[-1]}", fact.raw)
    if fact.footnote is not None:
        return (f"Chú thích {fact.footnote}", fact.raw)
    return ("Văn bản", fact.raw)


# --- totals and parts ------------------------------------------------------------------------------


def test_discipline_39_is_reprimand_warning_expulsion(facts: list[Fact]) -> None:
    """kỷ luật 39 = khiển trách 26 + cảnh cáo 10 + khai trừ 03, all in one sentence; the cấp ủy viên are not parts."""
    total = one(facts, raw="39", quote="thi hành kỷ luật")
    parts = parts_of(facts, total)
    assert [(f.raw, f.label) for f in parts] == [
        ("26", one(facts, raw="26", quote="khiển trách").label),
        ("10", one(facts, raw="10", quote="cảnh cáo").label),
        ("03", one(facts, raw="03", quote="khiển trách").label),
    ]
    assert sum(f.value for f in parts) == total.value
    assert {f.sentence for f in parts} == {total.sentence}


def test_removal_39_is_broken_down_in_footnote_16(facts: list[Fact]) -> None:
    """đưa ra khỏi Đảng 39 = xóa tên 23 + xin ra khỏi Đảng 13 + khai trừ 03 (footnote 16)."""
    total = one(facts, raw="39", quote="ra khỏi Đảng")
    parts = parts_of(facts, total)
    assert [(f.footnote, f.raw) for f in parts] == [(16, "23"), (16, "13"), (16, "03")]


def test_the_two_39s_are_different_facts(facts: list[Fact]) -> None:
    discipline = one(facts, raw="39", quote="thi hành kỷ luật")
    removal = one(facts, raw="39", quote="ra khỏi Đảng")
    assert discipline.seq != removal.seq
    assert discipline.label != removal.label
    assert discipline.locator != removal.locator
    assert not {f.seq for f in parts_of(facts, discipline)} & {f.seq for f in parts_of(facts, removal)}


@pytest.mark.parametrize(
    ("total", "parts"),
    [
        (dict(raw="32", origin="text"), [(4, "20"), (4, "12")]),
        (dict(raw="2.482"), [(4, "1635"), (4, "847")]),
        (dict(raw="05", quote="thành lập 05 tổ chức cơ sở đảng"), [(11, "04"), (11, "01")]),
        (dict(raw="183", origin="text"), [(14, "87"), (14, "23"), (14, "41"), (14, "32")]),
        (dict(raw="1.905", origin="text"), [(15, "1.317"), (15, "588")]),
        (dict(raw="120", quote="Huy hiệu"), [(17, "21"), (17, "31"), (17, "68")]),
        (dict(raw="49", origin="text"), [(None, "06"), (None, "16"), (None, "10"), (None, "17")]),
        (dict(raw="06", quote="đã giải quyết 06 đơn", label="giải quyết"), [(None, "01"), (None, "5")]),
    ],
    ids=["fn4-lop", "fn4-dong-chi", "fn11-to-chuc", "fn14-uy-vien", "fn15-chuyen-sinh-hoat", "fn17-huy-hieu",
         "don-to-cao", "don-da-giai-quyet"],
)
def test_total_and_its_parts(facts: list[Fact], total: dict, parts: list[tuple[int | None, str]]) -> None:
    whole = one(facts, **total)
    found = parts_of(facts, whole)
    assert [(f.footnote, f.raw) for f in found] == parts
    assert sum(f.value for f in found) == whole.value


def test_appendix_child_row_is_part_of_its_parent_row_in_the_same_column(facts: list[Fact]) -> None:
    """Xóa tên 2021 = 9 is a part of "Xóa tên và khai trừ đảng" 2021 = 10."""
    part = one(facts, origin="table", row="Xóa tên", period="2021")
    total = one(facts, origin="table", row="Xóa tên và khai trừ đảng", period="2021")
    assert (part.value, total.value) == (Decimal(9), Decimal(10))
    assert part.parent == total.seq


@pytest.mark.parametrize("child", ["Xóa tên", "Xin ra khỏi đảng", "Khai trừ đảng"])
@pytest.mark.parametrize("period", [*PERIODS, None], ids=[*PERIODS, "total"])
def test_every_removal_row_cell_points_to_the_same_column(facts: list[Fact], child: str, period: str | None) -> None:
    column = "total" if period is None else "period"
    part = one(facts, origin="table", row=child, column=column, period=period)
    total = one(facts, origin="table", row="Xóa tên và khai trừ đảng", column=column, period=period)
    assert part.parent == total.seq


def test_transfers_in_and_out_are_parts_of_the_transfers_row(facts: list[Fact]) -> None:
    total = one(facts, origin="table", row="Tiếp nhận và chuyển sinh hoạt đảng", period="2020")
    assert sorted(f.raw for f in parts_of(facts, total)) == ["183", "449"]


def test_targets_and_shares_are_not_parts(facts: list[Fact]) -> None:
    assert not [f.raw for f in facts if f.is_table and f.column in ("target", "share", "note") and f.parent is not None]


def test_percent_rows_are_not_parts_of_count_rows(facts: list[Fact]) -> None:
    """"- Hoàn thành xuất sắc nhiệm vụ" (%) sits under "Đánh giá chất lượng đảng viên" (a count)."""
    for f in pick(facts, origin="table", row="Hoàn thành xuất sắc nhiệm vụ"):
        assert f.parent is None, f.label


def test_percentages_are_never_parts(facts: list[Fact]) -> None:
    assert not [f.raw for f in facts if f.parent is not None and f.unit == "%"]


def test_parts_in_a_sentence_without_footnotes() -> None:
    found = sentence_facts(
        "Đã thi hành kỷ luật 7 đảng viên; trong đó khiển trách 5 đảng viên, cảnh cáo 2 đảng viên.", (), "text", 1
    )
    for i, f in enumerate(found):
        f.seq = i
    link(found)
    assert [(f.raw, f.parent) for f in found] == [("7", None), ("5", 0), ("2", 0)]


def test_figures_that_do_not_add_up_are_not_parts() -> None:
    found = sentence_facts("Đã kết nạp 50 đảng viên; chuyển đến 20 đảng viên, chuyển đi 25 đảng viên.", (), "text", 1)
    for i, f in enumerate(found):
        f.seq = i
    link(found)
    assert [f.parent for f in found] == [None, None, None]


# --- conflicts ------------------------------------------------------------------------------------------


CONFLICTS = {
    (("Chú thích 15", "588"), ("Phụ lục: Chuyển đến", "558")),
    (("Văn bản", "96,25%"), ("Phụ lục: Tỉ lệ đảng viên dự sinh hoạt lệ", "96,24")),
    (("Văn bản", "35,74%"), ("Phụ lục: Tỷ lệ đảng viên được kiểm tra, giám sát hàng năm", "30,49")),
    (("Văn bản", "2.557"), ("Phụ lục: Tổng số đoàn viên", "3.179")),
}


def test_exactly_the_four_conflicts_of_the_report(facts: list[Fact]) -> None:
    by_seq = {f.seq: f for f in facts}
    pairs = {
        (described(f), described(by_seq[other]))
        for f in facts
        if not f.is_table
        for other in f.conflicts
    }
    assert pairs == CONFLICTS


def test_conflicts_are_linked_both_ways(facts: list[Fact]) -> None:
    by_seq = {f.seq: f for f in facts}
    for f in facts:
        for other in f.conflicts:
            assert f.seq in by_seq[other].conflicts, (f.raw, by_seq[other].raw)
    assert len([f for f in facts if f.conflicts]) == 8


def test_conflict_pairs_one_text_figure_with_one_appendix_cell(facts: list[Fact]) -> None:
    by_seq = {f.seq: f for f in facts}
    for f in facts:
        if f.conflicts:
            assert len(f.conflicts) == 1
            assert f.is_table != by_seq[f.conflicts[0]].is_table


def test_youth_members_now_conflict_with_the_latest_period(facts: list[Fact]) -> None:
    """2.557 đoàn viên "hiện" is compared with the latest column (6 tháng 2023: 3.179), not with 2022 (2.557)."""
    text = one(facts, raw="2.557", origin="text")
    [other] = text.conflicts
    cell = next(f for f in facts if f.seq == other)
    assert (cell.period, cell.raw) == ("6 tháng 2023", "3.179")


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        (dict(raw="953", origin="text"), dict(origin="table", row="Chỉ tiêu nghị quyết", column="total")),
        (dict(raw="1.905", origin="text"), dict(origin="table", row="Tiếp nhận và chuyển sinh hoạt đảng", column="total")),
        (dict(raw="1.317", footnote=15), dict(origin="table", row="Chuyển đi", column="total")),
        (dict(raw="97,24%", origin="text"), dict(origin="table", row="Đánh giá chất lượng đảng viên", column="total")),
    ],
    ids=["ket-nap-953", "chuyen-sinh-hoat-1905", "chuyen-di-1317", "chat-luong-dang-vien"],
)
def test_no_conflict_where_text_and_appendix_agree(facts: list[Fact], text: dict, cell: dict) -> None:
    a, b = one(facts, **text), one(facts, **cell)
    assert a.value == b.value
    assert (a.conflicts, b.conflicts) == ([], [])


def test_figures_adding_up_to_one_said_earlier_at_the_same_time_are_its_parts() -> None:
    """"… với 4.186 đảng viên" in the opening, "đến nay Đảng bộ có 3.888 đảng viên chính thức và 298 đảng viên
    dự bị" later: the two are parts of the 4.186, though said in another sentence."""
    found = [
        *sentence_facts("Đến nay, Đảng bộ thành phố có 41 tổ chức cơ sở đảng với 4.186 đảng viên.", (), "text", 1),
        *sentence_facts("Cấp ủy xét công nhận đảng viên chính thức đúng hạn; đến nay Đảng bộ có 3.888 đảng viên "
                        "chính thức và 298 đảng viên dự bị.", (), "text", 2),
    ]
    for i, f in enumerate(found):
        f.seq = i
    link(found)
    assert [(f.raw, f.parent) for f in found] == [("41", None), ("4.186", None), ("3.888", 1), ("298", 1)]


def test_figures_of_other_times_adding_up_are_not_parts() -> None:
    found = [
        *sentence_facts("Đến nay, Đảng bộ có 4.186 đảng viên.", (), "text", 1),
        *sentence_facts("Năm 2021 có 3.888 đảng viên, năm 2022 có 298 đảng viên.", (), "text", 2),
    ]
    for i, f in enumerate(found):
        f.seq = i
    link(found)
    assert [f.parent for f in found] == [None, None, None]
