"""Layouts other reports of the genre use, written small in our own words.

- A ward's half-year report: its opening paragraph stands before "Phần thứ nhất", its title names
  "6 tháng đầu năm 2026", and its appendix columns read "6 tháng đầu năm 2025 | Kế hoạch năm 2026 |
  6 tháng đầu năm 2026 | So với cùng kỳ (%) | So với KH năm (%)".
- An end-of-term review: its appendix has "TT | Chỉ tiêu | ĐVT | NQ đề ra | 2020 … Ước 2025".
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from knowledge.document import report_period
from knowledge.engine import Engine
from knowledge.figures import extract
from knowledge.lexicon import with_expansions
from knowledge.question import parse
from knowledge.reading import read_report
from knowledge.tables import classify, is_header_row, read_table
from tests.report_sets import answered_with, engine_for, written

HALF_YEAR = """ĐẢNG BỘ THÀNH PHỐ AN BÌNH
ĐẢNG ỦY PHƯỜNG TÂY SƠN

*

Số 41-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Tây Sơn, ngày 02 tháng 7 năm 2026

BÁO CÁO
sơ kết 6 tháng đầu năm 2026 về công tác xây dựng Đảng

Khái quát: Phường Tây Sơn gồm 9 khu phố với 57 tổ dân phố, toàn phường có 3.804 hộ. Đảng bộ phường hiện có 612 đảng viên, sinh hoạt ở 17 chi bộ trực thuộc.

Phần thứ nhất
KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026

I- CÔNG TÁC XÂY DỰNG ĐẢNG

1. Công tác chính trị, tư tưởng

Các chi bộ tổ chức 06 lớp học tập nghị quyết. Tỷ lệ đảng viên tham gia học tập đạt 96,4%.

2. Công tác tổ chức

Đảng ủy kết nạp 11 đảng viên, đạt 55% kế hoạch năm. Trao Huy hiệu 30 năm tuổi đảng: 12 đồng chí; 40 năm: 06 đồng chí; 50 năm: 03 đồng chí.

II- KINH TẾ - XÃ HỘI

Hội Liên hiệp Phụ nữ phường có 1.450 hội viên. Các đoàn thể kết nạp mới 120 đoàn viên, hội viên (trong đó: hội viên phụ nữ 45, đoàn viên thanh niên 75), đạt 110% kế hoạch. Phát hiện sai phạm với số tiền 310 triệu đồng, đã thu hồi 260 triệu đồng.

Tổng thu ngân sách trên địa bàn 6 tháng đầu năm 2026 đạt 9,45 tỷ đồng, đạt 52,5% dự toán năm 2026 (18 tỷ đồng). Tổng chi ngân sách phường 4,2 tỷ đồng.

PHỤ LỤC
KẾT QUẢ MỘT SỐ CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2026

STT\tChỉ tiêu\tĐơn vị tính\t6 tháng đầu năm 2025\tKế hoạch năm 2026\t6 tháng đầu năm 2026\tSo với cùng kỳ (%)\tSo với KH năm (%)\tGhi chú
1\tKết nạp đảng viên\tĐảng viên\t9\t20\t11\t122,22\t55,00\t
2\tTỷ lệ đảng viên tham gia học tập nghị quyết\t%\t95,1\t95\t96,9\t\t102,00\t
3\tChi ngân sách phường\tTriệu đồng\t3.900\t9.000\t4.200\t107,69\t46,67\t
"""

SERIES_HEADER = ["TT", "Chỉ tiêu", "ĐVT", "NQ đề ra", "2020", "2021", "2022", "2023", "2024", "Ước 2025",
                 "So với NQ (%)", "Đánh giá"]


@pytest.fixture(scope="module")
def ward(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return written(tmp_path_factory, "41-BC-DU-2026.txt", HALF_YEAR)


@pytest.fixture(scope="module")
def ward_engine(ward: Path) -> Engine:
    return engine_for(ward)


def test_the_opening_before_part_one_is_read(ward: Path) -> None:
    """"Khái quát: … 612 đảng viên" stands before "Phần thứ nhất": the report's own words, not its header."""
    doc = read_report(ward)
    [opening] = [p for p in doc.paragraphs if "612 đảng viên" in p.text]
    assert opening.section == ("Phần mở đầu",)
    assert doc.header.title == "BÁO CÁO sơ kết 6 tháng đầu năm 2026 về công tác xây dựng Đảng"
    assert [p.section[:1] for p in doc.paragraphs if "06 lớp" in p.text] == [("Phần thứ nhất",)]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("phường có mấy tổ dân phố", "57"),
        ("đảng bộ phường có bao nhiêu đảng viên", "612"),
        ("toàn phường bao nhiêu hộ", "3804"),
    ],
    ids=["street-groups", "members", "households"],
)
def test_figures_of_the_opening_are_answered_with_their_place(ward_engine: Engine, question: str, value: str) -> None:
    answer = answered_with(ward_engine, question, value)
    assert "Phần mở đầu" in answer.reply


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("BÁO CÁO sơ kết 6 tháng đầu năm 2026 về công tác xây dựng Đảng", "6 tháng 2026"),
        ("BÁO CÁO tổng kết công tác xây dựng Đảng năm 2025", "2025"),
        ("BÁO CÁO sơ kết 9 tháng năm 2024", "9 tháng 2024"),
        ("BÁO CÁO tổng kết nhiệm kỳ 2020 - 2025, năm 2025", ""),
    ],
    ids=["half-year", "year", "nine-months", "term"],
)
def test_the_period_a_report_covers(title: str, period: str) -> None:
    assert report_period(title) == period


def test_half_year_columns_are_the_half_years_asked_for(ward: Path) -> None:
    [table] = read_report(ward).tables
    columns, _ = read_table(table)
    assert [(c.role, c.period) for c in columns[3:8]] == [
        ("period", "6 tháng 2025"), ("target", "2026"), ("period", "6 tháng 2026"), ("compare", None), ("share", None),
    ]


def test_a_share_without_a_period_in_a_half_year_report_meets_its_appendix_cell(ward_engine: Engine) -> None:
    """The text's 96,4% and the appendix's 96,9 for the same half year: both are shown, with both sources."""
    answer = ward_engine.ask("tỷ lệ đảng viên tham gia học tập nghị quyết")
    shown = {answer.figure.value if answer.figure else None, *(c.value for c in answer.alternatives)}
    assert answer.conflict and {Decimal("96.4"), Decimal("96.9")} <= shown, answer.reply
    assert "96,4%" in answer.reply and "96,9" in answer.reply


def test_a_half_year_asked_is_the_half_year_column(ward_engine: Engine) -> None:
    answered_with(ward_engine, "6 tháng đầu năm 2025 kết nạp mấy đảng viên", "9")


@pytest.mark.parametrize(
    ("cells", "header"),
    [
        (SERIES_HEADER, True),
        (["TT", "Nội dung", "Đơn vị", "2024"], True),
        (["1", "Chỉ tiêu", "lượt", "12"], False),  # a data row whose label is "Chỉ tiêu"
        (["1", "Sản lượng lúa", "tấn", "280.000"], False),
    ],
    ids=["tt-chi-tieu-dvt", "tt-noi-dung", "row-named-chi-tieu", "data-row"],
)
def test_a_header_row_without_stt(cells: list[str], header: bool) -> None:
    assert is_header_row(cells) is header


def test_a_resolution_series_table() -> None:
    """"NQ đề ra" is the resolution's target; "Ước 2025" the year 2025; "So với NQ (%)" a share of the target."""
    roles = [(c.role, c.period) for c in (classify(t, i) for i, t in enumerate(SERIES_HEADER))]
    assert roles[3:] == [
        ("target", None), *[("period", str(y)) for y in range(2020, 2026)], ("share", None), ("other", None),
    ]


END_OF_TERM = """ĐẢNG BỘ TỈNH HẢI NAM
HUYỆN ỦY LONG SƠN

*

Số 77-BC/HU

ĐẢNG CỘNG SẢN VIỆT NAM

Long Sơn, ngày 10 tháng 3 năm 2025

BÁO CÁO
tổng kết 5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện, nhiệm kỳ 2020 - 2025

Phần thứ nhất
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT

A. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU

Nghị quyết đề ra 3 chỉ tiêu chủ yếu. Cụ thể:

1. Tỷ lệ lao động qua đào tạo: Nghị quyết đề ra 65%; ước thực hiện 68,2%, đạt 104,92%, vượt chỉ tiêu.

2. Sản lượng thủy sản (khai thác và nuôi trồng): Nghị quyết đề ra 40.000 tấn; ước thực hiện 41.500 tấn, đạt 103,75%.

3. Kết nạp đảng viên: Nghị quyết đề ra 900 đảng viên; ước thực hiện 912 đảng viên, đạt 101,33%.

B. KẾT QUẢ TRÊN CÁC LĨNH VỰC

I- XÂY DỰNG ĐẢNG

1. Công tác kiểm tra, giám sát và kỷ luật

Trong nhiệm kỳ, các cấp ủy đã thi hành kỷ luật 04 tổ chức đảng (khiển trách 03, cảnh cáo 01) và 58 đảng viên, gồm: khiển trách 35 đảng viên, cảnh cáo 18 đảng viên, khai trừ 05 đảng viên.

2. Công tác tổ chức

Trong nhiệm kỳ cử đi đào tạo cao cấp lý luận chính trị 12 đồng chí, trung cấp lý luận chính trị 85 đồng chí; Trung tâm Chính trị huyện mở 20 lớp sơ cấp lý luận chính trị cho 950 học viên. Hiện nay Đảng bộ huyện có 45 tổ chức cơ sở đảng, giảm 02 tổ chức cơ sở đảng so với đầu nhiệm kỳ (47 tổ chức cơ sở đảng). Số đảng viên qua các năm: cuối năm 2022 có 5.180 đảng viên, cuối năm 2023 có 5.270 đảng viên. Năm 2024 có 4.790 đảng viên hoàn thành tốt nhiệm vụ trở lên, chiếm 90,1%. Nghị quyết đề ra đến năm 2025 cơ cấu kinh tế: nông nghiệp 30%, công nghiệp 35%, dịch vụ 35%.

3. Quốc phòng, an ninh

Trong nhiệm kỳ xảy ra 210 vụ phạm pháp hình sự, công an huyện đã điều tra, khám phá 186 vụ, đạt 88,57%.

Phần thứ hai
PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 - 2030

I- CÁC CHỈ TIÊU CHỦ YẾU

(1) Tỷ lệ lao động qua đào tạo đạt 75%.
(2) Kết nạp đảng viên mới 1.000 đảng viên trở lên.
(3) Tỷ lệ điều tra, khám phá án hình sự đạt trên 90%.

PHỤ LỤC

TT\tChỉ tiêu\tĐVT\tNQ đề ra\t2021\t2022\t2023\t2024\tƯớc 2025\tSo với NQ (%)
1\tĐảng viên bị thi hành kỷ luật\tĐảng viên\t\t10\t14\t12\t13\t9\t
2\tTỷ lệ lao động qua đào tạo\t%\t65\t60,1\t62,5\t64,8\t66,9\t68,2\t104,92
3\tTổng số đảng viên\tĐảng viên\t\t5.100\t5.180\t5.260\t5.330\t5.390\t
4\tTỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên\t%\t\t88,2\t89,0\t89,6\t90,5\t\t
5\tTỷ lệ TCCSĐ hoàn thành tốt nhiệm vụ trở lên\t%\t90\t91,2\t92,0\t92,5\t93,1\t\t
"""


@pytest.fixture(scope="module")
def term(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return written(tmp_path_factory, "77-BC-HU-2025.txt", END_OF_TERM)


@pytest.fixture(scope="module")
def term_engine(term: Path) -> Engine:
    return engine_for(term)


def test_capital_letter_sections_and_numbered_items(term: Path) -> None:
    """"A. KẾT QUẢ …" is a section above "I- …"; each numbered item is a paragraph of its own."""
    doc = read_report(term)
    [item] = [p for p in doc.paragraphs if "lao động qua đào tạo:" in p.text]
    assert item.section == ("Phần thứ nhất", "A. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU")
    assert item.text.startswith("1. Tỷ lệ lao động qua đào tạo:")
    [discipline] = [p for p in doc.paragraphs if "58 đảng viên" in p.text]
    assert discipline.section[1:] == ("B. KẾT QUẢ TRÊN CÁC LĨNH VỰC", "I- XÂY DỰNG ĐẢNG", "1. Công tác kiểm tra, giám sát và kỷ luật")


def test_an_items_figures_are_about_its_lead_in(term: Path) -> None:
    """"2. Sản lượng thủy sản (…): Nghị quyết đề ra 40.000 tấn; ước thực hiện 41.500 tấn, đạt 103,75%"."""
    found = {(f.value, f.kind): f.label for f in extract(read_report(term)) if f.origin == "text"}
    assert found[(Decimal("40000"), "target")].startswith("Sản lượng thủy sản")
    assert found[(Decimal("41500"), "count")].startswith("Sản lượng thủy sản")
    assert found[(Decimal("103.75"), "share_of_target")].startswith("Sản lượng thủy sản")
    leads = ("Tỷ lệ lao động", "Sản lượng thủy sản", "Kết nạp đảng viên")
    numbered = [f for f in extract(read_report(term)) if f.value in (1, 2, 3) and f.label.startswith(leads)]
    assert numbered == [], "an item's number is no figure"


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tỷ lệ lao động qua đào tạo", "68.2"),  # what was done, not the 104,92% of the plan
        ("tỷ lệ lao động qua đào tạo đạt bao nhiêu % so với nghị quyết", "104.92"),
        ("sản lượng thủy sản bao nhiêu tấn", "41500"),
        ("nghị quyết đặt chỉ tiêu kết nạp bao nhiêu đảng viên", "900"),
    ],
    ids=["done", "share-of-plan", "amount", "target"],
)
def test_the_resolutions_targets_listed_as_items(term_engine: Engine, question: str, value: str) -> None:
    answered_with(term_engine, question, value)


def test_after_a_bracket_the_subject_is_the_one_before_it(term: Path) -> None:
    """"… kỷ luật 04 tổ chức đảng (khiển trách 03, cảnh cáo 01) và 58 đảng viên": the 58 were disciplined,
    not given a warning."""
    [fact] = [f for f in extract(read_report(term)) if f.value == 58]
    assert "kỷ luật" in fact.label and "cảnh cáo" not in fact.near


def test_the_terms_figure_is_the_sum_of_the_yearly_cells(term_engine: Engine) -> None:
    """10 + 14 + 12 + 13 + 9 = 58: asked with no year, the term's 58, not one year's cell."""
    answered_with(term_engine, "có bao nhiêu đảng viên bị kỷ luật", "58")
    answered_with(term_engine, "năm 2022 kỷ luật mấy đảng viên", "14")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("nhiệm kỳ tới phấn đấu kết nạp bao nhiêu đảng viên", "1000"),  # the term ahead, not the 900 of the last
        ("cả nhiệm kỳ kết nạp được bao nhiêu đảng viên", "912"),
        ("từ đầu nhiệm kỳ tới giờ kết nạp bao nhiêu đảng viên", "912"),  # "tới giờ" is so far
    ],
    ids=["term-ahead", "term-reviewed", "so-far"],
)
def test_the_term_ahead_and_the_term_reviewed(term_engine: Engine, question: str, value: str) -> None:
    answered_with(term_engine, question, value)


def test_verbs_paired_by_a_comma_name_one_act(term: Path) -> None:
    """"đã điều tra, khám phá 186 vụ": the label keeps both verbs."""
    [fact] = [f for f in extract(read_report(term)) if f.value == 186]
    assert "điều tra, khám phá" in fact.label


def test_a_plain_question_asks_what_was_done_not_the_next_terms_aim(term_engine: Engine) -> None:
    """The term ahead aims at "trên 90%"; asked plainly, the 88,57% reached."""
    answered_with(term_engine, "ty le dieu tra kham pha an hinh su", "88.57")
    answered_with(term_engine, "nhiệm kỳ tới tỷ lệ điều tra khám phá án đạt bao nhiêu", "90")


def test_the_end_of_a_year_is_that_years_cell(term_engine: Engine) -> None:
    """"cuối năm 2023": the 2023 column of "Tổng số đảng viên"."""
    answered_with(term_engine, "cuối năm 2023 đảng bộ có bao nhiêu đảng viên", "5260")


def test_a_cumulative_row_is_never_summed(term: Path) -> None:
    """5.100 + … + 5.390 is no figure: a row of states ("Tổng số …") is not summed over its years."""
    engine = engine_for(term)
    index = engine.index
    assert not any(index.summed_cell[i] for i, f in enumerate(index.facts) if f.label.endswith("Tổng số đảng viên"))


@pytest.mark.parametrize(
    ("question", "value", "kind"),
    [
        ("thu ngân sách 6 tháng đầu năm được bao nhiêu tỷ", "9.45", "money"),  # "6 tháng đầu năm": no figure
        ("thu ngân sách đạt mấy % dự toán", "52.5", "share_of_target"),
        ("dự toán thu ngân sách năm 2026 là bao nhiêu", "18", "target"),  # the budget in brackets
        ("6 tháng đầu năm kết nạp mấy đảng viên", "11", "count"),  # no year named: the report's half year
    ],
    ids=["half-year-money", "share-of-budget", "budget", "half-year-no-year"],
)
def test_a_half_year_and_its_budget(ward_engine: Engine, question: str, value: str, kind: str) -> None:
    answer = answered_with(ward_engine, question, value)
    assert answer.figure is not None and answer.figure.kind == kind


def test_six_months_of_a_year_is_no_count_of_months(ward: Path) -> None:
    assert not [f for f in extract(read_report(ward)) if f.unit == "tháng"]


@pytest.mark.parametrize(
    ("question", "value"),
    [("huy hiệu 50 năm tuổi đảng mấy người", "3"), ("huy hieu 40 nam bao nhieu dong chi", "6")],
    ids=["fifty-years", "forty-years"],
)
def test_each_class_of_a_badge_list_is_that_badge(ward_engine: Engine, question: str, value: str) -> None:
    """"Huy hiệu 30 năm tuổi đảng: 12 đồng chí; 40 năm: 06 …; 50 năm: 03 …": "50 năm" is a Huy hiệu 50 năm."""
    answered_with(ward_engine, question, value)


def test_money_in_the_scale_asked(ward_engine: Engine) -> None:
    """"bao nhiêu tỷ": the text's 4,2 tỷ đồng, not the appendix's 4.200 triệu đồng."""
    answer = answered_with(ward_engine, "chi ngân sách phường 6 tháng bao nhiêu tỷ", "4.2")
    assert "4,2 tỷ đồng" in answer.reply


def test_each_year_of_a_list_of_years_is_its_own(term: Path) -> None:
    """"cuối năm 2022 có 5.180 đảng viên, cuối năm 2023 có 5.270 đảng viên": 2022, then 2023."""
    found = {f.value: f.period for f in extract(read_report(term)) if f.origin == "text"}
    assert (found[Decimal("5180")], found[Decimal("5270")]) == ("2022", "2023")


def test_only_the_year_the_text_and_appendix_disagree_on_is_a_conflict(term_engine: Engine) -> None:
    """2023: the text's 5.270 against the appendix's 5.260, both shown; 2022 agrees (5.180)."""
    answer = term_engine.ask("cuối năm 2023 có bao nhiêu đảng viên")
    shown = {answer.figure.value if answer.figure else None, *(a.value for a in answer.alternatives)}
    assert answer.conflict and {Decimal("5270"), Decimal("5260")} <= shown, answer.reply
    assert not term_engine.ask("năm 2022 có bao nhiêu đảng viên").conflict


def test_a_share_of_members_is_no_share_of_cells(term: Path) -> None:
    """The members' 90,1% in 2024 is not the appendix's 90,5% of party cells: no conflict."""
    [share] = [f for f in extract(read_report(term)) if f.value == Decimal("90.1")]
    engine = engine_for(term)
    assert not engine.ask("năm 2024 tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên").conflict
    assert share.kind == "percent"


def test_shares_listed_after_a_resolutions_words_are_its_targets(term: Path) -> None:
    """"Nghị quyết đề ra đến năm 2025 cơ cấu kinh tế: nông nghiệp 30%, công nghiệp 35%, dịch vụ 35%"."""
    kinds = {f.kind for f in extract(read_report(term)) if "cơ cấu kinh tế" in f.quote}
    assert kinds == {"target"}


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("hội phụ nữ phường có bao nhiêu hội viên", "1450"),  # "Hội Liên hiệp Phụ nữ" is the Hội phụ nữ
        ("thu hồi được bao nhiêu tiền", "260"),  # "thu hồi" is one word, not "thu" and a filler "hồi"
    ],
    ids=["women-union", "recovered"],
)
def test_mass_organisations_and_money_recovered(ward_engine: Engine, question: str, value: str) -> None:
    answered_with(ward_engine, question, value)


def test_parts_in_brackets_belong_to_the_figure_before_them(ward: Path) -> None:
    """"kết nạp mới 120 …(trong đó: hội viên phụ nữ 45, …), đạt 110% kế hoạch": the 45 are of the 120 admitted,
    and the 110% is the 120's share of the plan, not the youth members'."""
    found = {f.value: f for f in extract(read_report(ward)) if "kết nạp mới" in f.quote}
    assert "kết nạp mới" in found[Decimal("45")].carrier
    assert "kết nạp mới" in found[Decimal("110")].label and found[Decimal("110")].kind == "share_of_target"


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("kết nạp đảng viên cùng kỳ năm ngoái", "9"),  # the first half of 2025
        ("cùng kỳ 2025 kết nạp mấy đảng viên", "9"),
        ("kết nạp đảng viên tăng bao nhiêu % so với cùng kỳ", "122.22"),  # "so với cùng kỳ": the base of a rise
    ],
    ids=["same-span-last-year", "same-span-named", "rise-over-same-span"],
)
def test_the_same_span_a_year_before(ward_engine: Engine, question: str, value: str) -> None:
    answered_with(ward_engine, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("đầu nhiệm kỳ có bao nhiêu tccsđ", "47"),  # "so với đầu nhiệm kỳ (47 …)": the base, in brackets
        ("hiện nay có mấy tổ chức cơ sở đảng", "45"),
        ("tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên năm 2023", "92.5"),  # the row says "TCCSĐ"
        ("5 năm qua kết nạp bao nhiêu đảng viên", "912"),  # five years: the term
    ],
    ids=["base-in-brackets", "now", "abbreviated-row", "five-years"],
)
def test_bases_abbreviations_and_the_five_years(term_engine: Engine, question: str, value: str) -> None:
    answered_with(term_engine, question, value)


def test_abbreviations_are_spelt_out_for_matching() -> None:
    assert with_expansions("Tỷ lệ TCCSĐ được kiểm tra") == "Tỷ lệ TCCSĐ (tổ chức cơ sở đảng) được kiểm tra"
    assert with_expansions("Ủy ban MTTQ xã") == "Ủy ban MTTQ (mặt trận tổ quốc) xã"


MERGED = """ĐẢNG BỘ HUYỆN BẮC SƠN
ĐẢNG ỦY XÃ AN HÒA

Số 20-BC/ĐU

An Hòa, ngày 10 tháng 12 năm 2025

BÁO CÁO
tổng kết công tác năm 2025

I- KẾT QUẢ

Xã An Hòa được thành lập từ hai xã An Hòa (cũ) và Tân Lập (cũ); hiện có 18 ấp.

PHỤ LỤC

Biểu 01
KẾT QUẢ CÁC CHỈ TIÊU NĂM 2025

TT\tNội dung chỉ tiêu\tĐVT\tKế hoạch năm 2025\tThực hiện năm 2025\tĐạt % KH
1\tKết nạp đảng viên\tđảng viên\t30\t33\t110,00

Biểu 02
ĐƠN VỊ HÀNH CHÍNH TRƯỚC VÀ SAU SÁP NHẬP

TT\tChỉ tiêu\tĐVT\tXã An Hòa (cũ)\tXã Tân Lập (cũ)\tCộng trước sáp nhập (30/6/2025)\tXã An Hòa (mới) đến 30/11/2025\tTăng (+), giảm (-)
1\tSố ấp\tấp\t11\t9\t20\t18\t-2
2\tSố đảng viên\tđảng viên\t402\t377\t779\t785\t+6
"""


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return written(tmp_path_factory, "20-BC-DU-2025.txt", MERGED)


def test_each_table_of_an_appendix_keeps_its_own_header(merged: Path) -> None:
    """"Biểu 02" starts a table of its own: its columns are dates, former communes and a signed change, not
    Biểu 01's plan."""
    doc = read_report(merged)
    assert len(doc.tables) == 2
    found = {(f.value, f.column, f.period, f.unit) for f in extract(doc) if "Số ấp" in f.label}
    assert found == {
        (Decimal("11"), "part", None, "ấp"),
        (Decimal("9"), "part", None, "ấp"),
        (Decimal("20"), "period", "30/6/2025", "ấp"),
        (Decimal("18"), "period", "30/11/2025", "ấp"),
        (Decimal("-2"), "compare", None, "ấp"),
    }
    assert {f.locator.split(" › ")[0] for f in extract(doc) if f.origin == "table"} == {"Biểu 01", "Biểu 02"}


def test_a_column_that_says_more_than_its_date(merged: Path) -> None:
    """"Cộng trước sáp nhập (30/6/2025)": the column's words tell its cells apart."""
    answered_with(engine_for(merged), "trước sáp nhập có bao nhiêu đảng viên", "779")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("sau sáp nhập có bao nhiêu đảng viên", "785"),  # not the column "Cộng trước sáp nhập"
        ("hiện nay xã có bao nhiêu đảng viên", "785"),  # the newest date: 30/11/2025, not 30/6/2025
    ],
    ids=["after-the-merger", "newest-date"],
)
def test_after_an_event_and_the_newest_date(merged: Path, question: str, value: str) -> None:
    answered_with(engine_for(merged), question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("xã Tân Lập cũ có mấy ấp", "9"),  # a former commune's column
        ("số ấp của xã an hoa cu", "11"),
        ("xã an hòa mới có bao nhiêu ấp", "18"),  # the new commune: never the former one of that name
        ("sau sáp nhập xã có bao nhiêu ấp", "18"),  # "xã … ấp" is no phrase "xã ấp": the words between are set aside
    ],
    ids=["former-commune", "former-plain", "new-commune", "after-the-merger-hamlets"],
)
def test_a_former_communes_column(merged: Path, question: str, value: str) -> None:
    answered_with(engine_for(merged), question, value)


@pytest.mark.parametrize("question", ["tăng trưởng kinh tế bình quân bao nhiêu", "tốc độ tăng trưởng đạt mấy phần trăm"])
def test_growth_is_no_school(term_engine: Engine, question: str) -> None:
    """"tăng trưởng" folds like "tăng trường": no count of schools ("trường") is asked."""
    assert "trường" not in parse(question, term_engine.index).units


def test_those_sent_to_study_are_not_the_students_of_a_lower_class(term_engine: Engine) -> None:
    """"cao cấp chính trị đi học mấy người": the 12 sent to the advanced course, not the 950 of the basic one."""
    answer = term_engine.ask("cao cấp chính trị đi học mấy người")
    shown = [answer.figure.value if answer.figure else None, *(a.value for a in answer.alternatives)]
    assert shown[0] == Decimal("12"), answer.reply
