"""Plain-text reports laid out otherwise than the delivered dump, written small in our own words.

- A police party committee's half year: lines wrapped at about 80 columns, notes marked "(1)" right
  after a word and gathered under "CHÚ THÍCH" after the signature, a markdown-like appendix
  ("| STT | Chỉ tiêu | … |" with a "|---|" rule).
- A business bloc's year: wrapped lines, superscript notes standing together at a page end under a
  "_____" rule, page numbers ("- 2 -") between pages.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.loading import BUNDLED_REPORT
from knowledge.reading import read_report
from knowledge.reading.text import plain_layout, read_text_bytes, unwrap, wrap_width
from tests.report_sets import answered_with, engine_for, written

POLICE = """ĐẢNG BỘ TỈNH HÀ TIÊN                                   ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY CÔNG AN TỈNH
          *
   Số 77-BC/ĐU                                  Hà Tiên, ngày 08 tháng 7 năm 2026

BÁO CÁO
Sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2026
-----

Phần thứ nhất
KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2026

I. TÌNH HÌNH CHUNG

Đảng bộ Công an tỉnh hiện có 58 tổ chức cơ sở đảng trực thuộc, 240 chi bộ trực
thuộc đảng ủy cơ sở với tổng số 3.415 đảng viên(1), tăng 120 đảng viên so với
cùng thời điểm năm 2025. Lực lượng Công an cấp xã được bố trí về địa bàn theo
đúng kế hoạch, bảo đảm mỗi xã có ít nhất một chi bộ công an hoạt động nền nếp.

II. KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN NINH, TRẬT TỰ

1. Đấu tranh phòng, chống tội phạm

Sáu tháng đầu năm 2026, toàn lực lượng phát hiện 312 vụ phạm tội về trật tự xã
hội, giảm 19 vụ so với cùng kỳ năm 2025; điều tra làm rõ 287 vụ, đạt tỷ lệ điều
tra khám phá 91,99% (chỉ tiêu Bộ Công an giao trên 75%). Phát hiện, bắt giữ 97
vụ phạm tội về ma túy, tăng 11 vụ so với cùng kỳ; xử lý 143 vụ vi phạm hành
chính về ma túy, phạt tiền 512 triệu đồng.

2. Bảo đảm trật tự an toàn giao thông

Trên địa bàn tỉnh xảy ra 86 vụ tai nạn giao thông, làm chết 41 người, bị thương
57 người; lập biên bản 21.480 trường hợp vi phạm trật tự an toàn giao thông,
phạt tiền 44,6 tỷ đồng, tăng 12,4% so với cùng kỳ năm 2025.

III. KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG

1. Công tác tổ chức, đảng viên

Ban Thường vụ Đảng ủy Công an tỉnh lãnh đạo kết nạp 74 đảng viên mới(2), đạt
49,33% chỉ tiêu năm; xét công nhận đảng viên chính thức cho 81 đồng chí. Thi
hành kỷ luật 06 đảng viên vi phạm(3), giảm 02 đảng viên so với cùng kỳ năm 2025.

2. Công tác đoàn thể

Đoàn Thanh niên Công an tỉnh có 1.326 đoàn viên; tổ chức 03 đợt hiến máu tình
nguyện, tiếp nhận 615 đơn vị máu. Hằng tháng 100% chi bộ và trên 97% đảng viên
tham gia học tập nghị quyết theo chương trình của Đảng ủy Công an Trung ương.

3. Công tác tài chính đảng

Sáu tháng đầu năm 2026, toàn Đảng bộ thu, nộp đảng phí 2,14 tỷ đồng, tăng 8,1%
so với cùng kỳ năm 2025; 100% tổ chức cơ sở đảng nộp đảng phí đúng thời gian.

Nơi nhận:
- Đảng ủy Công an Trung ương,
- Lưu VP ĐU.

T/M ĐẢNG ỦY
BÍ THƯ

-----
CHÚ THÍCH

(1) Gồm: 3.301 đảng viên chính thức và 114 đảng viên dự bị.

(2) Gồm: 46 đồng chí thuộc các chi bộ Công an cấp xã, 28 đồng chí thuộc các
phòng, đơn vị nghiệp vụ Công an tỉnh.

(3) Gồm: khiển trách 04 đồng chí, cảnh cáo 02 đồng chí.

-----
PHỤ LỤC 1
MỘT SỐ CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2026 SO VỚI CÙNG KỲ NĂM 2025

| STT | Chỉ tiêu | Đơn vị tính | 6 tháng 2025 | 6 tháng 2026 | So sánh (%) |
|-----|----------|-------------|--------------|--------------|-------------|
| 1 | Tổng số đảng viên | Đảng viên | 3.295 | 3.415 | 103,64 |
| 2 | Kết nạp đảng viên mới | Đảng viên | 63 | 74 | 117,46 |
| 3 | Số vụ tai nạn giao thông | Vụ | 97 | 86 | 88,66 |
| 4 | Số người chết do tai nạn giao thông | Người | 46 | 41 | 89,13 |
| 5 | Tiền phạt vi phạm hành chính về TTATGT | Tỷ đồng | 39,7 | 44,6 | 112,34 |
| 6 | Tỷ lệ điều tra khám phá án về trật tự xã hội | % | 89,86 | 91,89 | +2,03 |
| 7 | Thu, nộp đảng phí | Tỷ đồng | 1,98 | 2,41 | 121,72 |
| 8 | Tỷ lệ đảng viên tham gia học tập nghị quyết | % | 98,1 | 98,6 | +0,5 |

-----
PHỤ LỤC 2
ĐẢNG VIÊN VÀ KẾT NẠP ĐẢNG VIÊN THEO KHỐI, ĐƠN VỊ

| STT | Khối, đơn vị | Số TCCSĐ | Số đảng viên | Kết nạp 6 tháng 2025 | Kết nạp 6 tháng 2026 | ĐV HTTNV trở lên năm 2025 (%) |
|-----|--------------|----------|--------------|----------------------|----------------------|-------------------------------|
| 1 | Khối An ninh | 8 | 702 | 9 | 11 | 98,47 |
| 2 | Khối Cảnh sát | 15 | 1.093 | 21 | 25 | 97,36 |
| 3 | Công an cấp xã, phường | 35 | 1.620 | 33 | 38 | 96,90 |
| | Tổng cộng | 58 | 3.415 | 63 | 74 | 97,44 |
"""

BUSINESS = """ĐẢNG BỘ TỈNH LAM HỒNG                                  ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY KHỐI DOANH NGHIỆP
   Số 305-BC/ĐUK                               Lam Hồng, ngày 18 tháng 12 năm 2025

BÁO CÁO
Tổng kết công tác năm 2025 và phương hướng, nhiệm vụ năm 2026

Phần thứ nhất
KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025

I. SẢN XUẤT, KINH DOANH

Các tổ chức cơ sở đảng lãnh đạo doanh nghiệp hoàn thành kế hoạch sản xuất,
kinh doanh năm 2025; chủ động tìm kiếm thị trường, tiết giảm chi phí và đẩy mạnh
chuyển đổi số trong quản trị doanh nghiệp theo chỉ đạo của Ban Thường vụ.

- Tổng doanh thu của các doanh nghiệp trong Khối đạt 12.406,8 tỷ đồng, tăng 7,4%
so với năm 2024, đạt 102,3% kế hoạch năm¹.

- Lợi nhuận trước thuế đạt 865,2 tỷ đồng, tăng 9,1% so với năm 2024; nộp ngân
sách nhà nước 1.472,5 tỷ đồng, đạt 101,6% kế hoạch năm.

____________________
¹ Gồm: khối doanh nghiệp nhà nước đạt 4.120,6 tỷ đồng; khối công ty cổ phần
đạt 8.286,2 tỷ đồng.

                                        - 2 -

II. CÔNG TÁC XÂY DỰNG ĐẢNG

1. Công tác tổ chức, đảng viên

Năm 2025, toàn Đảng bộ Khối kết nạp 96 đảng viên, tăng 08 đảng viên so với năm
2024, đạt 106,67% kế hoạch năm; trao tặng Huy hiệu Đảng cho 88 đảng viên². Đưa
05 đảng viên không còn đủ tư cách ra khỏi Đảng³; miễn công tác và sinh hoạt đảng
cho 21 đảng viên theo quy định của Điều lệ Đảng và hướng dẫn của cấp trên.

2. Lãnh đạo các đoàn thể chính trị - xã hội trong doanh nghiệp

5. Lãnh đạo Công đoàn, Đoàn Thanh niên tổ chức các phong trào thi đua lao động
giỏi, lao động sáng tạo; Công đoàn Khối hiện có 9.870 đoàn viên công đoàn, Đoàn
Khối có 2.214 đoàn viên thanh niên sinh hoạt tại 31 cơ sở đoàn trực thuộc.

____________________
² Gồm: 61 đồng chí Huy hiệu 30 năm tuổi Đảng; 19 đồng chí Huy hiệu 40 năm tuổi
Đảng; 08 đồng chí Huy hiệu 50 năm tuổi Đảng.
³ Gồm: xóa tên 03 đồng chí, khai trừ 02 đồng chí.

                                        - 3 -

Phần thứ hai
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

Phấn đấu kết nạp từ 100 đảng viên trở lên; tổng doanh thu đạt 13.200 tỷ đồng.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy,
- Lưu VP.
"""


@pytest.fixture(scope="module")
def police_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return written(tmp_path_factory, "77-BC-DU-2026.txt", POLICE)


@pytest.fixture(scope="module")
def police(police_file: Path) -> Engine:
    return engine_for(police_file)


@pytest.fixture(scope="module")
def business(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "305-BC-DUK-2025.txt", BUSINESS))


def answered_at(engine: Engine, question: str, value: str, where: str) -> None:
    """Answered with this figure, sourced to a place whose locator holds ``where``."""
    answer = answered_with(engine, question, value)
    assert answer.figure is not None and where in answer.figure.source.locator, answer.reply


def test_wrapped_lines_are_joined_into_paragraphs(police_file: Path) -> None:
    doc = read_report(police_file)
    first = next(p for p in doc.paragraphs if "58 tổ chức cơ sở đảng" in p.text)
    assert "240 chi bộ trực thuộc đảng ủy cơ sở với tổng số 3.415 đảng viên¹, tăng 120" in first.text
    assert first.text.endswith("hoạt động nền nếp.")
    assert doc.header.number == "77-BC/ĐU" and doc.header.date == "2026-07-08"


def test_notes_marked_in_brackets_are_footnotes(police_file: Path) -> None:
    doc = read_report(police_file)
    assert sorted(doc.footnotes) == [1, 2, 3]
    assert doc.footnotes[2].text.startswith("Gồm: 46 đồng chí thuộc các chi bộ Công an cấp xã, 28 đồng chí")
    assert doc.footnotes[3].section[-1] == "1. Công tác tổ chức, đảng viên"


def test_markdown_table_is_the_appendix(police_file: Path) -> None:
    doc = read_report(police_file)
    assert len(doc.tables) == 2  # each "PHỤ LỤC" its own
    rows = doc.tables[0].rows
    assert rows[0] == ["STT", "Chỉ tiêu", "Đơn vị tính", "6 tháng 2025", "6 tháng 2026", "So sánh (%)"]
    assert rows[2][1:5] == ["Kết nạp đảng viên mới", "Đảng viên", "63", "74"]
    assert len(rows) == 9  # the "|---|" rule is no row


@pytest.mark.parametrize(
    ("question", "value", "where"),
    [
        ("điều tra làm rõ bao nhiêu vụ phạm tội về trật tự xã hội", "287", "II › 1. Đấu tranh phòng, chống tội phạm"),
        ("so vu vi pham hanh chinh ve ma tuy", "143", "II › 1. Đấu tranh phòng, chống tội phạm"),
        ("bao nhiêu đảng viên dự bị", "114", "Chú thích 1"),
        ("kỷ luật khiển trách mấy đồng chí", "4", "Chú thích 3"),
        ("6 tháng 2025 tai nạn giao thông làm chết bao nhiêu người", "46", "Phụ lục"),
        ("tiền phạt vi phạm TTATGT cùng kỳ năm 2025", "39.7", "Phụ lục"),
    ],
    ids=["wrapped-sentence", "wrapped-unaccented", "bracket-note", "bracket-note-part", "table-year", "table-abbrev"],
)
def test_police_layout_answers(police: Engine, question: str, value: str, where: str) -> None:
    answered_at(police, question, value, where)


@pytest.mark.parametrize(
    ("question", "value", "where"),
    [
        ("doanh thu khối công ty cổ phần", "8286.2", "Chú thích 1"),
        ("bao nhiêu đồng chí được trao huy hiệu 40 năm", "19", "Chú thích 2"),
        ("khai trừ mấy đảng viên", "2", "Chú thích 3"),
        ("đoàn khối có bao nhiêu đoàn viên thanh niên", "2214", "2. Lãnh đạo các đoàn thể"),
        ("nộp ngân sách nhà nước năm 2025", "1472.5", "I. SẢN XUẤT, KINH DOANH"),
        ("công đoàn khối có bao nhiêu đoàn viên", "9870", "2. Lãnh đạo các đoàn thể"),
        ("đoàn thanh niên khối có bao nhiêu đoàn viên", "2214", "2. Lãnh đạo các đoàn thể"),
    ],
    ids=["note-at-page-end", "second-note-of-a-page", "third-note-of-a-page", "item-wrapped", "bullet-wrapped",
         "trade-union", "youth-union"],
)
def test_business_layout_answers(business: Engine, question: str, value: str, where: str) -> None:
    answered_at(business, question, value, where)


@pytest.mark.parametrize(
    ("question", "text", "table"),
    [
        ("tỷ lệ điều tra khám phá án trật tự xã hội", "91.99", "91.89"),
        ("thu nộp đảng phí 6 tháng đầu năm 2026", "2.14", "2.41"),
    ],
    ids=["rate-of-what-the-sentence-opened", "half-year-spelled-out"],
)
def test_text_and_table_disagree(police: Engine, question: str, text: str, table: str) -> None:
    answer = police.ask(question)
    seen = {(str(f.value), "Phụ lục" in f.source.locator) for f in [answer.figure, *answer.alternatives] if f}
    assert {(text, False), (table, True)} <= seen, answer.reply


@pytest.mark.parametrize(
    ("question", "value", "where"),
    [
        ("Khối An ninh có bao nhiêu đảng viên", "702", "Khối An ninh › Số đảng viên"),
        ("công an cấp xã có bn đv", "1620", "Công an cấp xã, phường › Số đảng viên"),
        ("khoi canh sat ket nap bao nhieu dang vien 6 thang 2025", "21", "Khối Cảnh sát › Kết nạp 6 tháng 2025"),
        ("số tổ chức cơ sở đảng của khối cảnh sát", "15", "Khối Cảnh sát › Số TCCSĐ"),
        ("tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên của khối an ninh", "98.47", "Khối An ninh › ĐV HTTNV"),
    ],
    ids=["body-and-measure", "abbreviations", "column-period", "abbreviated-title", "rate-column"],
)
def test_a_table_of_bodies(police: Engine, question: str, value: str, where: str) -> None:
    answered_at(police, question, value, where)


def test_a_table_of_bodies_gives_no_measure_it_lacks(police: Engine) -> None:
    answer = police.ask("khối An ninh có bao nhiêu đảng viên bị cảnh cáo")
    assert answer.status != "answered", answer.reply  # the bloc's members are no count of a form of discipline


def test_the_total_row_of_a_table_of_bodies_is_the_whole(police: Engine) -> None:
    answer = police.ask("tổng số đảng viên thời điểm 6 tháng năm 2026")
    assert answer.figure is not None and answer.figure.value == Decimal("3415"), answer.reply


def test_a_figure_said_as_a_floor_meets_no_row_above_it(police: Engine) -> None:
    answer = police.ask("tỷ lệ đảng viên tham gia học tập nghị quyết 6 tháng 2026")
    assert answer.figure is not None and answer.figure.value == Decimal("98.6")
    assert not answer.conflict, answer.reply  # "trên 97%" is no other statement of the 98,6


def test_page_numbers_and_rules_leave_no_figures(business: Engine) -> None:
    assert business.ask("trang số 2").status == "not_found"
    doc = read_text_bytes(BUSINESS.encode("utf-8"), "305-BC-DUK-2025.txt")
    assert doc.footnotes[3].text == "Gồm: xóa tên 03 đồng chí, khai trừ 02 đồng chí."  # no "- 3 -" after it
    assert not any("- 2 -" in p.text or "____" in p.text for p in doc.paragraphs)


def test_the_delivered_dump_is_not_taken_for_wrapped_text() -> None:
    assert wrap_width(BUNDLED_REPORT.read_text("utf-8")) is None
    assert wrap_width(POLICE) is not None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("| 1 | Kết nạp | Đảng viên | 63 | 74 |", "1\tKết nạp\tĐảng viên\t63\t74"),
        ("|-----|:---:|------|", None),
        ("                   - 12 -", ""),
        ("Tổng số 3.415 đảng viên(1), tăng 120.", "Tổng số 3.415 đảng viên¹, tăng 120."),
        ("(1) Gồm: 3.301 đảng viên chính thức.", "¹ Gồm: 3.301 đảng viên chính thức."),
        ("theo (1) nghị quyết và (2) chỉ thị", "theo (1) nghị quyết và (2) chỉ thị"),
    ],
    ids=["pipe-row", "pipe-rule", "page-number", "note-marker", "note-body", "enumeration-kept"],
)
def test_plain_layout_lines(line: str, expected: str | None) -> None:
    text = f"{line}\n(1) Gồm: 3.301 đảng viên chính thức.\nđảng viên(1)"
    out = plain_layout(text).split("\n")
    if expected is None:
        assert out[0] == "¹ Gồm: 3.301 đảng viên chính thức."  # the rule line is gone
    else:
        assert out[0] == expected


def test_unwrap_keeps_items_and_short_lines_apart() -> None:
    lines = [
        "Năm 2025, toàn Đảng bộ Khối kết nạp 96 đảng viên, tăng 08 đảng viên so với năm",
        "2024, đạt 106,67% kế hoạch năm.",
        "- Lợi nhuận trước thuế đạt 865,2 tỷ đồng, tăng 9,1% so với năm 2024; nộp ngân",
        "sách nhà nước 1.472,5 tỷ đồng.",
        "Phần thứ hai",
        "PHƯƠNG HƯỚNG",
    ]
    assert unwrap(lines, 80) == [
        "Năm 2025, toàn Đảng bộ Khối kết nạp 96 đảng viên, tăng 08 đảng viên so với năm 2024, đạt 106,67% kế hoạch năm.",
        "- Lợi nhuận trước thuế đạt 865,2 tỷ đồng, tăng 9,1% so với năm 2024; nộp ngân sách nhà nước 1.472,5 tỷ đồng.",
        "Phần thứ hai",
        "PHƯƠNG HƯỚNG",
    ]


def test_a_table_flattened_to_one_row_per_line() -> None:
    text = (
        "PHỤ LỤC 2\n\n"
        "TT; Nội dung; ĐVT; Năm 2023; Năm 2024; Thực hiện 2025\n"
        "1; Số chi bộ trực thuộc; chi bộ; 33; 33; 36\n"
        "2; Kết nạp đảng viên mới; đảng viên; 39; 41; 36\n\n"
        "Ghi chú: năm 2023; năm 2024; cộng gộp 03 xã cũ; theo số liệu của Ban Tổ chức.\n"
    )
    lines = plain_layout(text).split("\n")
    assert lines[2] == "TT\tNội dung\tĐVT\tNăm 2023\tNăm 2024\tThực hiện 2025"
    assert lines[4] == "2\tKết nạp đảng viên mới\tđảng viên\t39\t41\t36"
    assert lines[6].startswith("Ghi chú: năm 2023; năm 2024")  # one line of prose keeps its semicolons


def test_notes_marked_in_square_brackets() -> None:
    text = "Kết nạp 38 đảng viên[5], đạt 108,57%.\n\n____\n[5] Gồm: 21 đoàn viên, 17 quần chúng.\n"
    assert plain_layout(text).split("\n")[0] == "Kết nạp 38 đảng viên⁵, đạt 108,57%."
    assert "⁵ Gồm: 21 đoàn viên, 17 quần chúng." in plain_layout(text)
