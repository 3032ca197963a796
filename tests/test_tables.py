"""The appendix table: what each column means, repeated headers, nested rows, units, empty cells."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.document import Document, Table
from knowledge.figures import Fact, table_facts
from knowledge.tables import (
    Column,
    TableRow,
    classify,
    header_columns,
    is_header_row,
    is_period_row,
    read_table,
)
from tests.conftest import one, pick

PERIODS = ["2020", "2021", "2022", "6 tháng 2023"]


@pytest.fixture(scope="module")
def appendix(document: Document) -> tuple[list[Column], list[TableRow]]:
    [table] = document.tables
    return read_table(table)


@pytest.fixture(scope="module")
def rows(appendix: tuple[list[Column], list[TableRow]]) -> list[TableRow]:
    return appendix[1]


def row_named(rows: list[TableRow], label: str, under: str | None = None) -> TableRow:
    found = [r for r in rows if r.label == label and (under is None or under in r.path[-1])]
    assert len(found) == 1, [(r.label, r.path) for r in found]
    return found[0]


# --- columns ----------------------------------------------------------------------------------------


def test_column_meaning(appendix: tuple[list[Column], list[TableRow]]) -> None:
    columns, _ = appendix
    assert [(c.role, c.period) for c in columns] == [
        ("stt", None),
        ("label", None),
        ("unit", None),
        ("target", None),
        *[("period", p) for p in PERIODS],
        ("total", None),
        ("share", None),
        ("note", None),
    ]
    assert columns[3].title == "Chỉ tiêu Nghị quyết"
    assert columns[8].title == "Thực hiện"


@pytest.mark.parametrize(
    ("title", "role", "period"),
    [
        ("STT", "stt", None),
        ("Nội dung", "label", None),
        ("Đơn vị tính", "unit", None),
        ("ĐVT", "unit", None),
        ("Chỉ tiêu Nghị quyết", "target", None),
        ("Kế hoạch", "target", None),
        ("Thực hiện qua các năm 2020", "period", "2020"),
        ("6 tháng 2023", "period", "6 tháng 2023"),
        ("6 tháng đầu năm 2023", "period", "6 tháng 2023"),  # the same half year, however it is written
        ("Thực hiện", "total", None),
        ("% so với chỉ tiêu nghị quyết", "share", None),
        ("% so chi tiêu nghị quyết", "share", None),
        ("Ghi chép", "note", None),
        ("Ghi chú", "note", None),
        ("KH 2026", "target", "2026"),
        ("Năm 2024 - Tỷ lệ (%)", "period", "2024"),  # that year's rate, no share of a plan
        ("So sánh 2025/2024 (%)", "ratio", "2025"),  # one year against another
        ("So với 2024 (%)", "ratio", None),
        ("% so 2023", "ratio", None),  # against last year, no plan
        ("% so CK", "compare", None),  # "cùng kỳ" abbreviated: against the same span last year
        ("Năm 2025 KH 2025", "target", "2025"),  # "Năm 2025" spanning "KH 2025 | TH 2025"
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_classify_column_title(title: str, role: str, period: str | None) -> None:
    column = classify(title, 0)
    assert (column.role, column.period) == (role, period)


# --- header rows --------------------------------------------------------------------------------------


def test_header_repeated_on_every_page_is_not_a_data_row(document: Document, rows: list[TableRow]) -> None:
    [table] = document.tables
    headers = [r for r in table.rows if is_header_row(r)]
    assert len(headers) == 5  # one per appendix page in the .txt dump
    assert len([r for r in table.rows if is_period_row(r)]) == 5
    assert len(rows) == len(table.rows) - 10
    labels = {r.label.casefold() for r in rows}
    assert not labels & {"nội dung", "stt", "thực hiện", "2020", "6 tháng 2023"}


def test_header_cells_give_no_facts(facts: list[Fact]) -> None:
    table = [f for f in facts if f.is_table]
    assert not [f for f in table if f.label in ("Nội dung", "STT") or f.raw in ("2020", "2021", "2022", "2023")]


@pytest.mark.parametrize(
    ("cells", "header", "periods"),
    [
        (["STT", "Nội dung", "Đơn vị tính", "Chỉ tiêu"], True, False),
        (["", "Nội dung", "Đơn vị tính"], True, False),
        (["", "", "", "", "2020", "2021", "2022", "6 tháng 2023", "", "", ""], False, True),
        (["1", "Tổng số đảng viên", "", "", "7.400"], False, False),
    ],
    ids=["stt-header", "label-and-unit-header", "period-row", "data-row"],
)
def test_header_and_period_rows(cells: list[str], header: bool, periods: bool) -> None:
    assert is_header_row(cells) is header
    assert is_period_row(cells) is periods


# --- nesting ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "under", "path", "level"),
    [
        ("Đảng viên", "Tiếp thu", ["I", "1. Tiếp thu chủ trương, nghị quyết của Đảng"], 3),
        ("Quần chúng", None, ["I", "1. Tiếp thu chủ trương, nghị quyết của Đảng"], 3),
        ("Xóa tên", None, ["II", "5. Xóa tên và khai trừ đảng"], 3),
        ("Chuyển đến", None, ["II", "4. Tiếp nhận và chuyển sinh hoạt đảng"], 3),
        ("Chỉ tiêu tinh giao", None, ["II", "Kết nạp đảng viên"], 3),
        ("Vững mạnh, khá", "Đoàn", ["IV", "4. Đoàn Thanh niên", "Đánh giá chất lượng tổ chức cơ sở Đoàn"], 4),
        ("Vững mạnh, khá", "Hội", ["IV", "5. Hội Cựu chiến binh", "Đánh giá chất lượng tổ chức cơ sở Hội"], 4),
        ("Tổng số đoàn viên", None, ["IV", "4. Đoàn Thanh niên"], 3),
        ("Kiểm tra, giám sát", None, ["III"], 2),
    ],
    ids=["dang-vien", "quan-chung", "xoa-ten", "chuyen-den", "unnumbered-parent", "plus-in-stt-column-doan",
         "plus-in-stt-column-hoi", "dash-in-stt-column", "item"],
)
def test_nested_rows(rows: list[TableRow], label: str, under: str | None, path: list[str], level: int) -> None:
    row = row_named(rows, label, under)
    assert (row.path, row.level) == (path, level)


def test_child_row_points_to_its_parent(rows: list[TableRow]) -> None:
    child = row_named(rows, "Đảng viên", "Tiếp thu")
    assert child.parent is not None
    assert rows[child.parent].label == "Tiếp thu chủ trương, nghị quyết của Đảng"


def test_label_in_stt_column_loses_its_plus(rows: list[TableRow]) -> None:
    labels = [r.label for r in rows]
    assert not [label for label in labels if label.startswith(("+", "-"))]
    assert labels.count("Vững mạnh, khá") == 2


def test_group_rows(rows: list[TableRow]) -> None:
    groups = [(r.key, r.label) for r in rows if r.level == 1]
    assert groups == [
        ("I", "CÔNG TÁC GIÁO DỤC CHÍNH TRỊ TƯ TƯỞNG"),
        ("II", "CÔNG TÁC TỔ CHỨC CƠ SỞ ĐẢNG"),
        ("III", "CÔNG TÁC KIỂM TRA, GIÁM SÁT"),
        ("IV", "CÔNG TÁC DÂN VẬN VÀ CÁC ĐOÀN THỂ"),
    ]


# --- units and cells ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "under", "unit"),
    [
        ("Đảng viên", "Tiếp thu", "%"),
        ("Nhận thức về Đảng", None, "lớp"),
        ("Xóa tên", None, "đảng viên"),  # printed "ĐV"
        ("Tổng số đảng viên", None, "đảng viên"),  # no unit printed: from the label
        ("Tiếp nhận và chuyển sinh hoạt đảng", None, "đảng viên"),  # from its children
        ("Tổng số đoàn viên", None, "đoàn viên"),
        ("Trung bình", "Hội", "%"),  # from its siblings
    ],
    ids=["percent", "classes", "dv-alias", "from-label", "from-children", "youth-members", "from-siblings"],
)
def test_row_unit(rows: list[TableRow], label: str, under: str | None, unit: str) -> None:
    assert row_named(rows, label, under).unit == unit


def test_empty_cell_is_not_a_zero(facts: list[Fact]) -> None:
    """"Kiểm tra, giám sát" has no 2020 figure and no target: no fact for them, not a 0."""
    row = pick(facts, origin="table", row="Kiểm tra, giám sát")
    assert sorted((f.column, f.period or "") for f in row) == [
        ("period", "2021"),
        ("period", "2022"),
        ("period", "6 tháng 2023"),
        ("total", ""),
    ]


def test_printed_zero_is_a_fact(facts: list[Fact]) -> None:
    zero = one(facts, origin="table", row="Khai trừ đảng", period="2020")
    assert zero.value == Decimal(0)


@pytest.mark.parametrize(
    ("row", "column", "period", "value", "kind", "unit"),
    [
        ("Chỉ tiêu nghị quyết", "target", None, "1200", "target", "đảng viên"),
        ("Chỉ tiêu nghị quyết", "period", "2021", "267", "count", "đảng viên"),
        ("Chỉ tiêu nghị quyết", "period", "6 tháng 2023", "203", "count", "đảng viên"),
        ("Chỉ tiêu nghị quyết", "total", None, "953", "count", "đảng viên"),
        ("Chỉ tiêu nghị quyết", "share", None, "79.61", "share_of_target", "%"),
        ("Tổng số đảng viên", "period", "2022", "7571", "count", "đảng viên"),
        ("Tỷ lệ đảng viên được kiểm tra, giám sát hàng năm", "total", None, "30.49", "percent", "%"),
        ("Tập huấn lớp cấp ủy", "note", None, "20", "growth", "%"),
        ("Tổng số sơ sở đảng", "period", "6 tháng 2023", "99", "count", "cơ sở đảng"),
    ],
    ids=["target", "period", "half-year", "total", "share-of-target", "count-without-printed-unit", "percent-total",
         "note-vuot-20", "unit-from-misspelt-label"],
)
def test_cell_fact(
    facts: list[Fact], row: str, column: str, period: str | None, value: str, kind: str, unit: str
) -> None:
    fact = one(facts, origin="table", row=row, column=column, period=period)
    assert (fact.value, fact.kind, fact.unit) == (Decimal(value), kind, unit)


def test_cell_locator_and_quote(facts: list[Fact]) -> None:
    fact = one(facts, origin="table", row="Xóa tên", period="2021")
    assert fact.locator == "Phụ lục › II › 5. Xóa tên và khai trừ đảng › Xóa tên"
    assert fact.label == "Xóa tên và khai trừ đảng: Xóa tên"
    assert fact.quote.startswith("Xóa tên (đảng viên) — ")
    assert "2021: 9" in fact.quote and "Thực hiện: 23" in fact.quote


def test_same_row_label_in_two_groups_kept_apart(facts: list[Fact]) -> None:
    targets = pick(facts, origin="table", row="Vững mạnh, khá", column="target")
    assert sorted(f.label for f in targets) == [
        "Đánh giá chất lượng tổ chức cơ sở Hội: Vững mạnh, khá",
        "Đánh giá chất lượng tổ chức cơ sở Đoàn: Vững mạnh, khá",
    ]


# --- a small table built in the test --------------------------------------------------------------------


def small_table() -> Table:
    header = ["STT", "Nội dung", "Đơn vị tính", "Kế hoạch", "Năm 2022", "Năm 2023", "Thực hiện", "% so với kế hoạch"]
    return Table(
        rows=[
            header,
            ["I", "PHÁT TRIỂN ĐẢNG", "", "", "", "", "", ""],
            ["1", "Kết nạp đảng viên", "ĐV", "100", "40", "", "40", "40"],
            ["", "- Nữ", "ĐV", "", "15", "", "15", ""],
            header,
            ["+ Dân tộc", "", "ĐV", "", "3", "", "3", ""],
            ["2", "Chi bộ mới", "", "", "2", "1", "3", ""],
        ],
        pages=[1, 1, 1, 1, 2, 2, 2],
    )


def test_small_table_rows_and_periods() -> None:
    columns, rows = read_table(small_table())
    assert [c.period for c in columns if c.role == "period"] == ["2022", "2023"]
    assert [(r.key, r.label, r.level) for r in rows] == [
        ("I", "PHÁT TRIỂN ĐẢNG", 1),
        ("I.1", "Kết nạp đảng viên", 2),
        ("I.1.1", "Nữ", 3),
        ("I.1.1.1", "Dân tộc", 4),
        ("I.2", "Chi bộ mới", 2),
    ]
    assert [r.page for r in rows] == [1, 1, 1, 2, 2]


def test_small_table_facts() -> None:
    found = table_facts(*read_table(small_table()))
    assert [(f.locator.split(" › ")[-1], f.column, f.period, f.value) for f in found] == [
        ("Kết nạp đảng viên", "target", None, 100),
        ("Kết nạp đảng viên", "period", "2022", 40),
        ("Kết nạp đảng viên", "total", None, 40),
        ("Kết nạp đảng viên", "share", None, 40),
        ("Nữ", "period", "2022", 15),
        ("Nữ", "total", None, 15),
        ("Dân tộc", "period", "2022", 3),
        ("Dân tộc", "total", None, 3),
        ("Chi bộ mới", "period", "2022", 2),
        ("Chi bộ mới", "period", "2023", 1),
        ("Chi bộ mới", "total", None, 3),
    ]
    assert {f.unit for f in found if f.column == "share"} == {"%"}


def spanning_plan_table() -> Table:
    """A year spanning "Kế hoạch | Thực hiện | Tỷ lệ % so KH", then "So với cùng kỳ (%)" and next year's target."""
    header = ["STT", "Nội dung", "ĐVT", "Thực hiện năm 2022", "Năm 2023", "", "", "So với cùng kỳ (%)", "Chỉ tiêu năm 2024"]
    return Table(
        title="Phụ lục",
        rows=[
            header,
            ["", "", "", "", "Kế hoạch", "Thực hiện", "Tỷ lệ % so KH", "", ""],
            ["1", "Kết nạp đảng viên", "Đảng viên", "120", "130", "143", "110", "119,17", "140"],
        ],
        pages=[1, 1, 1],
    )


def test_a_year_spanning_plan_done_and_share_of_plan() -> None:
    columns, rows = read_table(spanning_plan_table())
    assert [(c.role, c.period) for c in columns[3:]] == [
        ("period", "2022"), ("target", "2023"), ("period", "2023"), ("share", None), ("compare", None), ("target", "2024"),
    ]
    found = table_facts(columns, rows)
    assert [(f.kind, f.period, f.value) for f in found] == [
        ("count", "2022", 120), ("target", "2023", 130), ("count", "2023", 143),
        ("share_of_target", None, 110), ("growth", None, Decimal("119.17")), ("target", "2024", 140),
    ]


@pytest.mark.parametrize(
    ("cells", "periods"),
    [
        (["", "", "", "", "Kế hoạch", "Thực hiện", "Tỷ lệ % so KH", "", ""], True),
        (["", "", "", "Kế hoạch", "Thực hiện", "So với KH (%)"], True),
        (["", "Kết nạp đảng viên", "Đảng viên", "120"], False),
    ],
    ids=["plan-done-share", "share-in-brackets", "data-row"],
)
def test_second_header_row_of_column_words(cells: list[str], periods: bool) -> None:
    assert is_period_row(cells) is periods


@pytest.mark.parametrize(
    ("header", "role"),
    [
        (["STT", "Chỉ tiêu", "Đơn vị tính", "6 tháng 2025", "6 tháng 2026", "So sánh (%)"], "ratio"),
        (["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2026", "6 tháng 2026", "So sánh (%)"], "share"),
        (["STT", "Chỉ tiêu", "Đơn vị tính", "6 tháng 2025", "6 tháng 2026", "So sánh với kế hoạch (%)"], "share"),
    ],
    ids=["two-periods-no-plan", "a-plan-beside", "named-plan"],
)
def test_a_comparison_column_with_no_plan_compares_the_periods(header: list[str], role: str) -> None:
    assert header_columns([header])[-1].role == role


def test_the_same_span_of_last_year_is_a_period_column() -> None:
    """"Thực hiện 6 tháng 2026 | Cùng kỳ 2025 | So với cùng kỳ (%)": the middle column holds the first half of
    2025, the last one compares the two."""
    header = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Thực hiện 6 tháng 2026", "Cùng kỳ 2025",
              "So với kế hoạch (%)", "So với cùng kỳ (%)"]
    columns = header_columns([header])
    assert [(c.role, c.period) for c in columns[3:]] == [
        ("target", "2026"), ("period", "6 tháng 2026"), ("period", "6 tháng 2025"), ("share", None), ("compare", None)
    ]
