"""Figures of the running text and footnotes as typed facts: value, unit, label, period, kind, qualifier, source."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.figures import MONEY_UNITS, Fact, canonical_unit, match_unit, sentence_facts
from tests.conftest import one, pick

SECTION_1 = "Phần thứ nhất › I › 1. Lãnh đạo thực hiện nhiệm vụ chính trị"
SECTION_4 = "Phần thứ nhất › I › 4. Xây dựng tổ chức đảng và đảng viên"
SECTION_6 = "Phần thứ nhất › I › 6. Công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng"
SECTION_7 = "Phần thứ nhất › I › 7. Công tác dân vận và lãnh đạo đoàn thể"
KINDS = {"count", "percent", "money", "target", "share_of_target", "growth"}


def facts_of(sentence: str) -> list[Fact]:
    return sentence_facts(sentence, ("Phần thứ nhất",), "text", 1)


# --- typed facts of the bundled report -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "value", "unit", "kind", "label"),
    [
        (dict(raw="7.261", origin="text"), "7261", "đảng viên", "count", "Đảng bộ Khối"),
        (dict(raw="104", origin="text"), "104", "tổ chức cơ sở đảng", "count", "Đảng bộ Khối"),
        (dict(raw="81.326"), "81326", "tỷ đồng", "money", "Tổng doanh thu"),
        (dict(raw="87,5%"), "87.5", "%", "share_of_target", "Tổng doanh thu"),
        (dict(raw="20.331,5"), "20331.5", "tỷ đồng", "money", "nộp ngân sách tỉnh"),
        (dict(raw="40,88%"), "40.88", "%", "growth", "tăng"),
        (dict(raw="10,4"), "10.4", "triệu đồng/người/tháng", "money", "Thu nhập bình quân người lao động"),
        (dict(raw="70.512,75"), "70512.75", "tỷ đồng", "money", "nộp ngân sách"),
        (dict(raw="32", origin="text"), "32", "lớp", "count", "bồi dưỡng nhận thức về Đảng"),
        (dict(raw="2.482"), "2482", "đồng chí", "count", "nhận thức về Đảng và bồi dưỡng lý luận chính trị"),
        (dict(raw="953", origin="text"), "953", "đảng viên", "count", "kết nạp"),
        (dict(raw="79,61%", origin="text"), "79.61", "%", "share_of_target", "kết nạp"),
        (dict(raw="96,25%"), "96.25", "%", "percent", "tỷ lệ đảng viên tham dự sinh hoạt chi bộ"),
        (dict(raw="95%", quote="96,25%"), "95", "%", "target", "nghị quyết đại hội đề ra"),
        (dict(raw="49", origin="text"), "49", "đơn", "count", "Tiếp nhận"),
        (dict(raw="17", origin="text"), "17", "đơn", "count", "không giải quyết"),
        (dict(raw="39", quote="thi hành kỷ luật"), "39", "đảng viên", "count", "thi hành kỷ luật"),
        (dict(raw="724", origin="text"), "724", "mô hình, điển hình", "count", "mô hình"),
        (dict(raw="2,5"), "2.5", "tỷ đồng", "money", "số tiền"),
        (dict(raw="100", quote="căn nhà"), "100", "triệu đồng", "money", "số tiền"),
        (dict(raw="2.557", origin="text"), "2557", "đoàn viên", "count", "Đoàn Khối"),
        (dict(raw="30.196"), "30196", "tỷ đồng", "money", "Tổng thu ngân sách"),
        (dict(raw="41,47%"), "41.47", "%", "share_of_target", "Tổng thu ngân sách"),
        (dict(raw="98%", footnote=3), "98", "%", "target", "Nghị quyết"),
        (dict(raw="1635"), "1635", "quần chúng", "count", "lớp Bồi dưỡng nhận thức về Đảng quần chúng ưu tú"),
        (dict(raw="847"), "847", "đồng chí", "count", "lớp bồi dưỡng chính trị dành cho đảng viên mới đồng chí"),
        (dict(raw="2.986"), "2986", "đơn vị máu", "count", "Hiến máu tình nguyện"),
        (dict(raw="588"), "588", "đảng viên", "count", "chuyển đến"),
        (dict(raw="10", footnote=26), "10", "chỉ tiêu", "count", "chỉ tiêu định lượng"),
        (dict(raw="12", footnote=26), "12", "chỉ tiêu", "count", "tổng số chỉ tiêu định lượng"),
        (dict(raw="10", footnote=26), "10", "chỉ tiêu", "count", "được thực hiện hoàn thành"),
        (dict(raw="102"), "102", "tổ chức đảng", "count", "thực hiện nhiệm vụ kiểm tra, giám sát"),
        (dict(raw="43", origin="text"), "43", "đảng viên", "count", "đơn tố cáo đối với đảng viên"),
        (dict(raw="93", footnote=21), "93", "mô hình, điển hình", "count", "Cấp tỉnh mô hình, điển hình"),
        (dict(raw="206", footnote=21), "206", "mô hình, điển hình", "count", "Cấp Đảng ủy Khối mô hình, điển hình"),
        (dict(raw="240", footnote=21), "240", "điển hình", "count", "Cấp cơ sở điển hình"),
    ],
    ids=["dang-vien-7261", "to-chuc-co-so-dang-104", "doanh-thu", "doanh-thu-share", "ngan-sach-tinh",
         "ngan-sach-growth", "thu-nhap", "nop-ngan-sach", "lop", "dong-chi", "ket-nap", "ket-nap-share",
         "du-sinh-hoat", "target-95", "don", "don-khong-giai-quyet", "ky-luat", "mo-hinh", "ho-tro-ty-dong",
         "trieu-dong", "doan-vien", "fn2-thu-ngan-sach", "fn2-share", "fn3-target", "fn4-no-grouping",
         "fn4-people-of-the-classes", "fn22-mau",
         "fn15-chuyen-den", "fn26-10-of-12", "fn26-of-12",
         "fn26-thuc-hien-is-not-now", "comma-inside-kiem-tra-giam-sat", "letters-aimed-at-members", "fn21-level-before-colon", "fn21-level-after-unclosed-bracket",
         "fn21-next-heading-not-in-label"],
)
def test_fact(facts: list[Fact], where: dict, value: str, unit: str, kind: str, label: str) -> None:
    fact = one(facts, **where)
    assert (fact.value, fact.unit, fact.kind) == (Decimal(value), unit, kind)
    assert label in fact.label


@pytest.mark.parametrize(
    ("where", "kind"),
    [
        (dict(raw="98%", footnote=3), "target"),
        (dict(raw="90%", footnote=3), "target"),  # "Nghị quyết 98% đảng viên, quần chúng 90%"
        (dict(raw="95%", quote="97,11%"), "target"),
        (dict(raw="30%", quote="35,74%"), "target"),
        (dict(raw="64%"), "share_of_target"),
        (dict(raw="76,85%", origin="text"), "share_of_target"),
        (dict(raw="11,67%"), "growth"),
        (dict(raw="116,4%"), "percent"),
        (dict(raw="100%", quote="100% cơ sở đảng đăng ký"), "percent"),
    ],
    ids=["fn3-98", "fn3-90", "chi-tieu-95", "chi-tieu-tu-30", "dat-64-nghi-quyet", "so-voi-chi-tieu-tinh-giao",
         "tang-11-67", "so-voi-cung-ky", "plain-percent"],
)
def test_kind_of_percentages(facts: list[Fact], where: dict, kind: str) -> None:
    assert one(facts, **where).kind == kind


@pytest.mark.parametrize(
    ("where", "qualifier"),
    [
        (dict(raw="81.326"), "trên"),
        (dict(raw="23.513"), "trên"),
        (dict(raw="309.095"), "ước đạt"),  # "ước đến 30/6/2023 đạt": the date aside
        (dict(raw="201.465"), "ước đạt"),
        (dict(raw="97,11%", origin="text"), "bình quân"),
        (dict(raw="10,4"), "bình quân"),
        (dict(raw="2,5"), "trên"),
        (dict(raw="76%"), "trên"),
        (dict(raw="953", origin="text"), ""),
    ],
    ids=["tren-doanh-thu", "tren-loi-nhuan", "uoc", "uoc-dat", "binh-quan-ty-le", "binh-quan-thu-nhap",
         "tren-ty-dong", "fn26-tren", "none"],
)
def test_qualifier(facts: list[Fact], where: dict, qualifier: str) -> None:
    assert one(facts, **where).qualifier == qualifier


@pytest.mark.parametrize(
    ("where", "period"),
    [
        (dict(raw="309.095"), "30/6/2023"),
        (dict(raw="69,52%"), "30/6/2023"),
        (dict(raw="2.557", origin="text"), "hiện nay"),
        (dict(raw="37", origin="text"), "hiện nay"),
        (dict(raw="36", origin="text"), "hiện nay"),
        (dict(raw="01", quote="Tháng 5 năm 2022", label="Ban Chấp hành"), "tháng 5/2022"),
        (dict(raw="99,04%"), "2020"),
        (dict(raw="98,07%", footnote=18), "2021"),
        (dict(raw="97,60%"), "2022"),
        (dict(raw="953", origin="text"), None),
        (dict(raw="104", origin="text"), "đầu nhiệm kỳ"),
        (dict(raw="99", origin="text"), "hiện nay"),
        (dict(raw="7.261", origin="text"), "hiện nay"),
    ],
    ids=["until-date", "until-date-share", "hien-nay-doan-vien", "hien-nay-co-so-doan", "hien-nay-uy-vien",
         "thang-5-nam-2022", "fn18-2020", "fn18-2021", "fn19-2022", "whole-term",
         "giam-tu-104", "xuong-con-99", "members-with-the-99-of-now"],
)
def test_period(facts: list[Fact], where: dict, period: str | None) -> None:
    assert one(facts, **where).period == period


@pytest.mark.parametrize(
    ("where", "locator"),
    [
        (dict(raw="39", quote="thi hành kỷ luật"), SECTION_6),
        (dict(raw="39", quote="ra khỏi Đảng"), SECTION_4),
        (dict(raw="7.261"), "Phần thứ nhất"),
        (dict(raw="2.557", origin="text"), SECTION_7),
        (dict(raw="23", footnote=16), f"Chú thích 16 ({SECTION_4})"),
        (dict(raw="41,47%"), f"Chú thích 2 ({SECTION_1})"),
        (dict(raw="76%"), "Chú thích 26 (Phần thứ nhất › II › 1. Đánh giá tổng quát)"),
    ],
    ids=["section-6", "section-4", "opening", "section-7", "footnote-16", "footnote-2", "footnote-26"],
)
def test_locator(facts: list[Fact], where: dict, locator: str) -> None:
    assert one(facts, **where).locator == locator


def test_footnote_figure_explains_its_carrier(facts: list[Fact]) -> None:
    """Footnote 18 gives the yearly rates behind "bình quân 97,11%": they carry its label."""
    average = one(facts, raw="97,11%", origin="text")
    yearly = pick(facts, footnote=18)
    assert [f.raw for f in yearly] == ["99,04%", "98,07%", "94,23%"]
    assert {f.label for f in yearly} == {average.label}
    assert all(average.label.startswith("tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ") for f in yearly)


# --- enumerations share their verb -----------------------------------------------------------------------


DISCIPLINE = "hình thức khiển trách 26"
CHECKS = "kiểm tra 44 tổ chức đảng, 08 đảng viên"


@pytest.mark.parametrize(
    ("quote", "raw", "verb", "noun", "other_verb"),
    [
        (CHECKS, "44", "kiểm tra", "tổ chức đảng", "giám sát"),
        (CHECKS, "08", "kiểm tra", "đảng viên", "giám sát"),
        (CHECKS, "26", "giám sát", "tổ chức đảng", "kiểm tra"),
        (CHECKS, "03", "giám sát", "đảng viên", "kiểm tra"),
        (CHECKS, "1.880", "kiểm tra", "đảng viên", "giám sát"),
        (CHECKS, "3.853", "giám sát", "đảng viên", "kiểm tra"),
        (DISCIPLINE, "26", "khiển trách", "đảng viên", "cảnh cáo"),
        (DISCIPLINE, "09", "khiển trách", "cấp ủy viên", "cảnh cáo"),
        (DISCIPLINE, "10", "cảnh cáo", "đảng viên", "khiển trách"),
        (DISCIPLINE, "05", "cảnh cáo", "cấp ủy viên", "khiển trách"),
        (DISCIPLINE, "03", "khai trừ", "đảng viên", "cảnh cáo"),
        ("Chuyển đi 1.317", "588", "chuyển đến", "đảng viên", "Chuyển đi"),
    ],
    ids=["kiem-tra-44", "kiem-tra-08", "giam-sat-26", "giam-sat-03", "cap-co-so-kiem-tra-1880",
         "cap-co-so-giam-sat-3853", "khien-trach-26", "khien-trach-co-09", "canh-cao-10", "canh-cao-co-05",
         "khai-tru-03", "chuyen-den-588"],
)
def test_enumeration_items_share_the_verb(
    facts: list[Fact], quote: str, raw: str, verb: str, noun: str, other_verb: str
) -> None:
    """In "kiểm tra 44 tổ chức đảng, 08 đảng viên; giám sát 26 …" the 08 is a "kiểm tra … đảng viên"."""
    label = one(facts, raw=raw, quote=quote).label
    assert verb in label and label.endswith(noun)
    assert other_verb not in label


def test_enumeration_in_a_single_sentence() -> None:
    found = facts_of("Kết quả đã kiểm tra 44 tổ chức đảng, 08 đảng viên; giám sát 26 tổ chức đảng, 03 đảng viên.")
    assert [(f.value, f.unit, f.label) for f in found] == [
        (44, "tổ chức đảng", "kiểm tra tổ chức đảng"),
        (8, "đảng viên", "kiểm tra đảng viên"),
        (26, "tổ chức đảng", "giám sát tổ chức đảng"),
        (3, "đảng viên", "giám sát đảng viên"),
    ]


# --- what is not a figure -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tổ chức triển khai thực hiện Hướng dẫn số 02-HD/TU, ngày 28-3-2022 của Ban Thường vụ Tỉnh ủy.",
        "Báo cáo số 161-BC/ĐUK của Đảng ủy Khối.",
        "Kịp thời cụ thể hóa Kết luận số 01-KL/TW về tiếp tục thực hiện Chỉ thị số 05-CT/TW.",
        "Quy định số 22-QĐ/TW, ngày 28/7/2021 của Ban Chấp hành Trung ương.",
        "Chuyên đề năm 2021 được triển khai.",
        "Tổ chức tốt đại hội nhiệm kỳ 2020-2025 và nhiệm kỳ 2022 – 2027.",
        "Quán triệt Nghị quyết Trung ương 4, Trung ương 5, Trung ương 6 khóa XIII.",
        "Ban Chấp hành Trung ương khóa XIII ban hành kết luận.",
        "(1) Đảng bộ Bệnh viện Sản-Nhi tinh, (2); Đảng bộ Bệnh viện Ung Bướu tinh.",
        "Phát huy phong trào “Sáng tạo trẻ”, “03 trách nhiệm, 04 nhất” trong đoàn viên.",
        "Tham gia phòng, chống dịch Covid-19 kéo dài.",
        "Cộng tác viên Ban chỉ đạo 35 hoạt động hiệu quả.",
        "Chương trình hành động số 13-CTr/TU, ngày 03/8/2021 của Tỉnh ủy.",
        "Trong 5 năm qua, công tác kiểm tra được tăng cường.",
    ],
    ids=["document-number-and-date", "report-number", "conclusion-and-directive", "slash-date", "year",
         "term-years", "central-plenums", "khoa", "list-numbering", "campaign-title", "covid-19",
         "steering-committee-35", "programme-number", "span-of-years"],
)
def test_not_a_figure(sentence: str) -> None:
    assert [f.raw for f in facts_of(sentence)] == []


def test_date_is_a_period_not_a_figure() -> None:
    [fact] = facts_of("Tổng dư nợ ước đến 30/6/2023 đạt 309.095 tỷ đồng.")
    assert (fact.value, fact.period) == (Decimal(309095), "30/6/2023")


def test_month_and_year_are_a_period_not_figures() -> None:
    [fact] = facts_of("Tháng 5 năm 2022 Ban Thường vụ Tỉnh ủy chỉ định tăng thêm 01 ủy viên Ban Chấp hành.")
    assert (fact.value, fact.unit, fact.period) == (1, "ủy viên", "tháng 5/2022")


def test_quarter_number_is_not_a_figure() -> None:
    found = facts_of("Trong quý 2 năm 2023 đã kết nạp 50 đảng viên.")
    assert [(f.raw, f.unit) for f in found] == [("50", "đảng viên")]


def test_no_fact_of_the_bundled_report_is_a_name_number(facts: list[Fact]) -> None:
    """Years and the report's own number never come out as figures."""
    assert not [f.raw for f in facts if f.raw in ("161", "2020", "2021", "2022", "2023", "2025", "2030")]


# --- units ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "unit", "printed"),
    [
        (" tỷ đồng, đạt", "tỷ đồng", "tỷ đồng"),
        (" triệu đồng/người/tháng, tăng", "triệu đồng/người/tháng", "triệu đồng/người/tháng"),
        ("% so với", "%", "%"),
        (" đảng viên¹⁶.", "đảng viên", "đảng viên"),
        (" Đảng viên", "đảng viên", "Đảng viên"),
        (" tổ chức cơ sở đảng trực thuộc", "tổ chức cơ sở đảng", "tổ chức cơ sở đảng"),
        (" lớp bồi dưỡng", "lớp", "lớp"),
        (" đơn tố cáo", "đơn", "đơn"),
        (" tỷ", "tỷ đồng", "tỷ"),
        (" tổ chức đảng và đảng viên", "tổ chức đảng và đảng viên", "tổ chức đảng và đảng viên"),
        (" lớpx", "", ""),
        (", chuyển đến", "", ""),
        (" m² đất làm đường", "m²", "m²"),
        (" tấn/ha, sản lượng", "tấn/ha", "tấn/ha"),
    ],
    ids=["ty-dong", "per-person-month", "percent", "after-marker", "capital", "longest-wins", "lop", "don",
         "ty-alias", "compound", "not-a-word-boundary", "none", "square-metre-not-a-marker", "yield"],
)
def test_match_unit(after: str, unit: str, printed: str) -> None:
    assert match_unit(after) == (unit, printed)


@pytest.mark.parametrize(
    ("where", "unit"),
    [
        (dict(raw="1.317", footnote=15), "đảng viên"),  # "Chuyển đi 1.317, chuyển đến 588 đảng viên."
        (dict(raw="588", footnote=15), "đảng viên"),
        (dict(raw="23", footnote=16), "đảng viên"),
        (dict(raw="03", footnote=16), "đảng viên"),
    ],
    ids=["fn15-chuyen-di", "fn15-chuyen-den", "fn16-xoa-ten", "fn16-khai-tru"],
)
def test_enumeration_items_share_the_unit(facts: list[Fact], where: dict, unit: str) -> None:
    assert one(facts, **where).unit == unit


@pytest.mark.parametrize("raw", ["40", "12"], ids=["ban-chap-hanh-40", "ban-thuong-vu-12"])
def test_unit_is_not_borrowed_from_a_different_item(facts: list[Fact], raw: str) -> None:
    fact = one(facts, raw=raw, quote="Ban Chấp hành 40, Ban Thường vụ 12")
    assert fact.unit not in ("phó bí thư", "bí thư")


# --- invariants over every fact ------------------------------------------------------------------------------


def test_every_fact_is_typed_and_sourced(facts: list[Fact]) -> None:
    assert {f.kind for f in facts} == KINDS
    assert not [f.raw for f in facts if not f.label or not f.locator or not f.quote]
    assert not [f.raw for f in facts if f.value < 0]


def test_quote_holds_the_figure_as_printed(facts: list[Fact]) -> None:
    text = [f for f in facts if not f.is_table]
    assert not [(f.raw, f.quote[:40]) for f in text if f.raw.rstrip("%") not in f.quote]
    assert not [f.quote[:40] for f in text if any(ch in f.quote for ch in "¹²³⁴⁵⁶⁷⁸⁹")]


def test_percent_and_money_units_match_kinds(facts: list[Fact]) -> None:
    assert not [f.raw for f in facts if f.kind in ("percent", "share_of_target", "growth") and f.unit != "%"]
    assert not [f.raw for f in facts if f.kind == "money" and f.unit not in MONEY_UNITS]
    assert not [f.raw for f in facts if f.unit in MONEY_UNITS and f.kind not in ("money", "target")]


def test_footnote_facts_name_their_footnote(facts: list[Fact]) -> None:
    notes = [f for f in facts if f.origin == "footnote"]
    assert notes
    assert not [f.raw for f in notes if not f.locator.startswith(f"Chú thích {f.footnote} (")]


def test_origins_in_reading_order(facts: list[Fact]) -> None:
    origins = [f.origin for f in facts]
    assert origins == sorted(origins, key=["text", "footnote", "table"].index)
    assert [f.seq for f in facts] == list(range(len(facts)))


def test_shares_of_two_groups_joined_by_va_each_keep_their_own_people() -> None:
    """"97,5% đảng viên và 91,2% quần chúng được quán triệt": the predicate after the last item is shared."""
    first, second = facts_of("Kết quả có 97,5% đảng viên và 91,2% quần chúng được quán triệt nghị quyết.")
    assert (first.value, second.value) == (Decimal("97.5"), Decimal("91.2"))
    assert "91" not in first.label and "quần chúng" not in first.near, first.near
    assert "quán triệt" in first.near and "đảng viên" in first.near
    assert "đảng viên" not in second.near and "quần chúng" in second.near


def test_a_year_after_so_voi_is_the_base_not_the_period() -> None:
    found = facts_of("Kỷ luật 18 đảng viên (tăng 02 đảng viên so với năm 2023), gồm: khiển trách 11 đảng viên.")
    assert [(f.value, f.period) for f in found if f.value in (18, 11)] == [(18, None), (11, None)]


def test_a_date_before_a_figure_is_not_its_subject() -> None:
    found = facts_of("Đại hội được tổ chức trong 02 ngày 18 và 19/6/2025 với 250 đại biểu chính thức.")
    (delegates,) = [f for f in found if f.value == 250]
    assert "19/6/2025" not in delegates.label and "đại biểu chính thức" in delegates.label, delegates.label


def test_people_of_the_classes_opened_for_them() -> None:
    """"mở 12 lớp trung cấp chính trị cho 540 học viên, 20 lớp … cho 1.100 quần chúng": each count of people
    belongs to its classes, not to the body that opened them."""
    found = facts_of(
        "Trường Chính trị mở 12 lớp trung cấp chính trị cho 540 học viên, 20 lớp cảm tình Đảng cho 1.100 quần chúng."
    )
    labels = {int(f.value): f.label for f in found}
    assert "trung cấp chính trị" in labels[540]
    assert "cảm tình Đảng" in labels[1100] and "trung cấp" not in labels[1100]


def test_a_rate_per_year_column_is_a_percentage() -> None:
    """An appendix row counted in "%/năm" (growth per year) holds percentages."""
    assert canonical_unit("%/năm") == "%"
    assert canonical_unit("% dân số") == "%"  # "Tỷ lệ bao phủ bảo hiểm y tế | % dân số": a share of the people


def test_a_share_taken_by_what_was_just_counted() -> None:
    """"còn 21 hộ nghèo, chiếm 0,9%; hộ cận nghèo còn 40 hộ, chiếm 1,7%": each share is of the households before it."""
    found = {f.value: f for f in facts_of("Toàn xã còn 21 hộ nghèo, chiếm 0,9%; hộ cận nghèo còn 40 hộ, chiếm 1,7%.")}
    assert "hộ nghèo" in found[Decimal("0.9")].label
    assert "cận nghèo" in found[Decimal("1.7")].label


def test_and_joins_counts_of_other_things_without_their_description() -> None:
    """"64 chi bộ trực thuộc đảng ủy cơ sở và 820 đảng viên": the members are not "trực thuộc đảng ủy cơ sở";
    "… kiểm tra khi có dấu hiệu vi phạm 04 tổ chức đảng, 06 đảng viên": the act after the first figure is
    the next ones' too."""
    found = {int(f.value): f for f in facts_of("Hiện có 12 tổ chức cơ sở đảng với 64 chi bộ trực thuộc đảng ủy cơ sở và 820 đảng viên.")}
    assert "trực thuộc" in found[64].near and "trực thuộc" not in found[820].near
    found = {
        int(f.value): f
        for f in facts_of("Ủy ban kiểm tra 02 cấp thực hiện kiểm tra khi có dấu hiệu vi phạm 04 tổ chức đảng, 06 đảng viên.")
    }
    assert "dấu hiệu vi phạm" in found[4].near and "dấu hiệu vi phạm" in found[6].near


def test_counts_of_a_clause_opened_by_the_plan_are_targets() -> None:
    """"Nghị quyết đề ra đến năm 2025 có 17/17 xã …, 05 xã …; ước thực hiện có 15/17 xã …, 03 xã …": the
    first clause is the plan; "đạt chuẩn" names what the communes are, it is no share."""
    found = facts_of(
        "Nghị quyết đề ra đến năm 2025 có 17/17 xã đạt chuẩn nông thôn mới, 05 xã đạt chuẩn nông thôn mới nâng cao; "
        "ước thực hiện có 15/17 xã đạt chuẩn nông thôn mới, đạt 88,24%; 03 xã đạt chuẩn nông thôn mới nâng cao."
    )
    kinds = {(int(f.value), f.kind) for f in found if f.unit == "xã"}
    assert (5, "target") in kinds and (3, "count") in kinds and (15, "count") in kinds
    assert {f.kind for f in found if f.label.startswith("số xã") and f.value == 17} == {"target"}
    assert all("nâng cao" in f.label for f in found if f.value in (5, 3))


def test_a_base_year_in_brackets_is_the_same_measure_and_dates_nothing_after_it() -> None:
    """"thu hồi 14,62 tỷ đồng (năm 2024 là 11,36 tỷ đồng), đến nay đã thu hồi 9,85 tỷ đồng": 11,36 is the
    same measure in 2024; 9,85 is not a 2024 figure."""
    found = {f.value: f for f in facts_of(
        "Qua kiểm tra, đã kiến nghị thu hồi 14,62 tỷ đồng (năm 2024 là 11,36 tỷ đồng), đến nay đã thu hồi 9,85 tỷ đồng."
    )}
    assert found[Decimal("11.36")].period == "2024"
    assert found[Decimal("11.36")].label == found[Decimal("14.62")].label
    assert found[Decimal("9.85")].period == "hiện nay"  # "đến nay đã thu hồi": so far, not in 2024


def test_a_star_rating_is_no_figure() -> None:
    """"09 sản phẩm 4 sao, 43 sản phẩm 3 sao": 4 and 3 are ratings, and they name their products."""
    found = {int(f.value): f for f in facts_of("Toàn huyện có 52 sản phẩm OCOP (09 sản phẩm 4 sao, 43 sản phẩm 3 sao).")}
    assert set(found) == {52, 9, 43}
    assert "4 sao" in found[9].label and "3 sao" in found[43].label


def test_an_aside_in_brackets_neither_ends_the_subject_nor_dates_the_figure() -> None:
    """"Tổng giá trị sản xuất (giá so sánh năm 2010) năm 2022 đạt 14.326 tỷ đồng": 2010 is a price base."""
    fact = one(facts_of("Tổng giá trị sản xuất (giá so sánh năm 2010) năm 2022 đạt 14.326 tỷ đồng."))
    assert fact.label == "Tổng giá trị sản xuất" and fact.period == "2022"


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        (
            "So với chỉ tiêu kết nạp 600 đảng viên cả nhiệm kỳ theo Nghị quyết Đại hội V, năm 2025 đạt 21,17%.",
            [("600", "target", "So với chỉ tiêu kết nạp đảng viên cả nhiệm kỳ theo Nghị quyết Đại hội V"),
             ("21.17", "share_of_target", "So với chỉ tiêu kết nạp")],
        ),
        (
            "Cấp ủy viên dưới 40 tuổi 58 đồng chí (chiếm 14,91%).",
            [("58", "count", "Cấp ủy viên dưới 40 tuổi đồng chí"), ("14.91", "percent", "Cấp ủy viên dưới 40 tuổi đồng chí chiếm")],
        ),
        (
            "Có 174/181 trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin, đạt 96,13%.",
            [("96.13", "percent", "trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin")],
        ),
        (
            "Phát hiện, bắt giữ 236 vụ/412 đối tượng phạm tội về ma túy, tăng 18 vụ so với cùng kỳ.",
            [("236", "count", "Phát hiện, bắt giữ vụ phạm tội về ma túy"),
             ("412", "count", "Phát hiện, bắt giữ đối tượng phạm tội về ma túy")],
        ),
        (
            "Nâng tổng số trường đạt chuẩn quốc gia lên 10/12 trường (chiếm 83,33%), vượt chỉ tiêu Nghị quyết "
            "(09 trường), đạt 111,11%.",
            [("83.33", "percent", "Nâng tổng số trường đạt chuẩn quốc gia lên trường"),
             ("111.11", "share_of_target", "Nâng tổng số trường đạt chuẩn quốc gia lên trường")],
        ),
    ],
    ids=["share-of-a-term-target", "age-bound-is-no-figure", "share-of-a-fraction-clause", "cases-slash-people",
         "share-of-a-fraction"],
)
def test_figures_of_a_sentence(sentence: str, figures: list[tuple[str, str, str]]) -> None:
    found = [(str(f.value), f.kind, f.label) for f in sentence_facts(sentence, ("I",), "text", 1) if "/" not in f.raw]
    assert [x for x in found if x[0] in {v for v, _, _ in figures}] == figures


# --- session 8: subjects of two things, "đến nay", brackets that end, lists under an opening line ---------


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        (
            "Thường xuyên chỉ đạo; Kết luận về lịch sử chính trị và chính trị hiện nay được 694 trường hợp; "
            "cho ý kiến về thẩm định tư cách đảng viên 562 trường hợp.",
            [("694", "count", "Kết luận về lịch sử chính trị và chính trị hiện nay trường hợp"),
             ("562", "count", "cho ý kiến về thẩm định tư cách đảng viên trường hợp")],
        ),
        (
            "Đảng bộ Sở Y tế có 38 tổ chức cơ sở đảng (giảm 03 tổ chức so với năm 2024), 164 chi bộ trực thuộc "
            "đảng ủy cơ sở và 2.847 đảng viên, trong đó 2.613 đảng viên chính thức, 234 đảng viên dự bị.",
            [("2847", "count", "Đảng bộ Sở Y tế đảng viên"), ("234", "count", "Đảng bộ Sở Y tế đảng viên dự bị")],
        ),
        (
            "Kết nạp từ 190 đảng viên mới trở lên.",
            [("190", "count", "Kết nạp đảng viên mới trở lên")],
        ),
        (
            "Qua kiểm tra và giải quyết tố cáo đã thi hành kỷ luật 39 đảng viên vi phạm.",
            [("39", "count", "thi hành kỷ luật đảng viên vi phạm")],
        ),
        (
            "Thu nhập bình quân đầu người năm 2024 đạt 69,5 triệu đồng/người/năm, ước năm 2025 đạt 75,2 triệu "
            "đồng/người/năm.",
            [("69.5", "money", "Thu nhập bình quân đầu người"), ("75.2", "money", "Thu nhập bình quân đầu người")],
        ),
        (
            "Tình trạng viên chức y tế nghỉ việc, chuyển công tác vẫn còn (112 trường hợp, trong đó 29 bác sĩ).",
            [("112", "count", "Tình trạng viên chức y tế nghỉ việc, chuyển công tác vẫn còn trường hợp")],
        ),
    ],
    ids=["one-subject-of-two-things", "a-bracket-says-nothing-of-what-follows", "a-floor-is-no-measure-word",
         "the-circumstance-is-no-measure", "an-estimate-of-the-next-year", "a-count-opening-brackets"],
)
def test_labels_of_a_sentence(sentence: str, figures: list[tuple[str, str, str]]) -> None:
    found = [(str(f.value), f.kind, f.label) for f in sentence_facts(sentence, ("I",), "text", 1)]
    assert [x for x in found if x[0] in {v for v, _, _ in figures}] == figures


def test_items_of_an_enumeration_keep_their_own_words_after_a_share_in_brackets() -> None:
    """"06 tổ chức hoàn thành xuất sắc nhiệm vụ (15,79%), 28 tổ chức hoàn thành tốt nhiệm vụ": the 28 are no
    "xuất sắc"."""
    found = {f.raw: f for f in facts_of(
        "Kết quả sơ bộ: trong 38 tổ chức cơ sở đảng có 06 tổ chức hoàn thành xuất sắc nhiệm vụ (15,79%), "
        "28 tổ chức hoàn thành tốt nhiệm vụ (73,68%), 04 tổ chức hoàn thành nhiệm vụ (10,53%)."
    )}
    assert "xuất sắc" in found["06"].near
    assert "xuất sắc" not in found["28"].near and "tốt" in found["28"].near
    assert "tốt" not in found["04"].near


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        (
            "Khi bước vào thực hiện Nghị quyết, Đảng bộ thành phố có 44 tổ chức cơ sở đảng với 3.846 đảng viên; "
            "đến nay, sau sắp xếp, Đảng bộ thành phố có 41 tổ chức cơ sở đảng, với 4.186 đảng viên.",
            {"44": "đầu nhiệm kỳ", "3.846": "đầu nhiệm kỳ", "41": "hiện nay", "4.186": "hiện nay"},
        ),
        (
            "Từ đầu nhiệm kỳ đến nay, toàn Đảng bộ kết nạp 213 đảng viên.",
            {"213": None},
        ),
    ],
    ids=["start-of-the-resolution-and-until-now", "from-the-start-until-now-is-the-term"],
)
def test_start_and_now_said_in_words(sentence: str, periods: dict[str, str | None]) -> None:
    found = {f.raw: f.period for f in facts_of(sentence)}
    assert {raw: found[raw] for raw in periods} == periods


def test_items_under_an_opening_line_take_it_as_their_lead(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"Phấn đấu đạt và vượt các chỉ tiêu chủ yếu sau:" says what the items below it are."""
    from pathlib import Path

    from knowledge.figures import extract
    from knowledge.reading import read_report

    path = Path(tmp_path) / "plan.txt"
    path.write_text(
        "ĐẢNG BỘ TỈNH\nĐẢNG ỦY SỞ Y TẾ\n*\nSố 1-BC/ĐU\tHà Tĩnh, ngày 15 tháng 12 năm 2025\n\nBÁO CÁO\n"
        "kết quả năm 2025, phương hướng năm 2026\n\nPhần thứ hai\nPHƯƠNG HƯỚNG NĂM 2026\n\n"
        "2. Các chỉ tiêu chủ yếu năm 2026\nPhấn đấu đạt và vượt các chỉ tiêu chủ yếu sau:\n"
        "- Kết nạp từ 190 đảng viên mới trở lên.\n- Mở 06 lớp bồi dưỡng nhận thức về Đảng.\n",
        encoding="utf-8",
    )
    facts = {f.raw: f for f in extract(read_report(path))}
    assert facts["190"].lead == facts["06"].lead == "Phấn đấu đạt và vượt các chỉ tiêu chủ yếu sau"


def test_the_same_span_of_last_year_in_a_half_year_report(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"Cùng kỳ năm 2025 xảy ra 15 vụ" in a report on the first six months of 2026: the first half of 2025."""
    from pathlib import Path

    from knowledge.figures import extract
    from knowledge.reading import read_report

    path = Path(tmp_path) / "half.txt"
    path.write_text(
        "ĐẢNG BỘ TỈNH VĨNH LONG\nHUYỆN ỦY MỸ LONG\n*\nSố 186-BC/HU\tMỹ Long, ngày 08 tháng 7 năm 2026\n\nBÁO CÁO\n"
        "sơ kết 6 tháng đầu năm 2026\n\nI. AN NINH\n"
        "Xảy ra 12 vụ tai nạn giao thông. Cùng kỳ năm 2025 xảy ra 15 vụ tai nạn giao thông.\n",
        encoding="utf-8",
    )
    facts = {f.raw: f for f in extract(read_report(path))}
    assert facts["15"].period == "6 tháng 2025"


def test_a_resolution_studied_is_no_target_and_a_target_beside_it_says_its_label_once() -> None:
    """"… học tập, quán triệt nghị quyết bình quân hằng năm đạt 97,85%, vượt chỉ tiêu Nghị quyết (95%)": the
    97,85% was reached (the resolution is what was studied); the 95% is the target, labelled once."""
    found = {f.raw: f for f in facts_of(
        "Tỷ lệ đảng viên tham gia học tập, quán triệt nghị quyết bình quân hằng năm đạt 97,85%, vượt chỉ tiêu "
        "Nghị quyết (95%)."
    )}
    assert (found["97,85%"].kind, found["95%"].kind) == ("percent", "target")
    assert found["95%"].label == found["97,85%"].label


# --- a sum measured "with" an act, and one measure at several dates -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "raw", "label"),
    [
        ("Khơi thông 36 tuyến kênh nội đồng với tổng chiều dài 58,4 km.", "58,4", "Khơi thông tuyến kênh nội đồng tổng chiều dài"),
        ("Hội Nông dân giúp 410 lượt hội viên vay vốn sản xuất với số tiền 6,2 tỷ đồng.", "6,2",
         "Hội Nông dân giúp lượt hội viên vay vốn sản xuất số tiền"),
        # another act said before "với": its own words stay
        ("Kiểm tra 15 cơ sở kinh doanh, xử phạt vi phạm hành chính với tổng số tiền 86 triệu đồng.", "86",
         "xử phạt vi phạm hành chính với tổng số tiền"),
    ],
    ids=["length-of-the-canals", "sum-of-the-loans", "fines-of-another-act"],
)
def test_a_sum_with_an_act_is_labelled_with_the_act(sentence: str, raw: str, label: str) -> None:
    assert one(facts_of(sentence), raw=raw).label == label


def test_one_measure_at_several_dates() -> None:
    found = facts_of(
        "Thu nhập bình quân đầu người tăng từ 39,8 triệu đồng năm 2020 lên 55,1 triệu đồng năm 2024, "
        "ước năm 2025 đạt 60,3 triệu đồng."
    )
    assert [(f.raw, f.label, f.period) for f in found] == [
        ("39,8", "Thu nhập bình quân đầu người", "2020"),
        ("55,1", "Thu nhập bình quân đầu người", "2024"),
        ("60,3", "Thu nhập bình quân đầu người", "2025"),
    ]


def test_a_fall_between_two_year_ends() -> None:
    found = facts_of("Công tác giảm nghèo có chuyển biến, tỷ lệ hộ nghèo giảm từ 3,75% cuối năm 2020 xuống còn 0,92% cuối năm 2025.")
    assert [(f.raw, f.label, f.period) for f in found] == [
        ("3,75%", "tỷ lệ hộ nghèo", "2020"),
        ("0,92%", "tỷ lệ hộ nghèo", "2025"),
    ]


def test_start_of_a_span_of_years() -> None:
    found = facts_of("Đầu giai đoạn, Đảng bộ huyện có 47 tổ chức cơ sở đảng với 3.912 đảng viên.")
    assert [(f.raw, f.period) for f in found] == [("47", "đầu nhiệm kỳ"), ("3.912", "đầu nhiệm kỳ")]


def test_one_hectare_is_no_figure() -> None:
    found = facts_of("Giá trị thu được trên 01 ha đất canh tác đạt 172,5 triệu đồng.")
    assert [(f.raw, f.label) for f in found] == [("172,5", "Giá trị thu được trên 01 ha đất canh tác")]


def test_people_of_an_occasion() -> None:
    found = facts_of("Tổ chức 02 lần Hội thi kể chuyện về Bác với 86 thí sinh.")
    assert [(f.raw, f.unit, f.label) for f in found][-1] == ("86", "thí sinh", "Tổ chức lần Hội thi kể chuyện về Bác thí sinh")


def test_a_span_of_years_is_no_subject() -> None:
    found = facts_of("Trong 5 năm đã kiểm tra, giám sát chuyên đề đối với 21 tổ chức đảng và 54 đảng viên.")
    assert [(f.raw, f.label.startswith("kiểm tra, giám sát chuyên đề")) for f in found] == [("21", True), ("54", True)]


def test_a_fraction_of_things_no_unit_names() -> None:
    found = facts_of("Có 41/45 công đoàn cơ sở ký kết thỏa ước lao động tập thể, đạt 91,11%.")
    assert [(f.raw, f.label) for f in found if f.unit == ""] == [
        ("41", "số công đoàn cơ sở ký kết thỏa ước lao động"),
        ("45", "tổng số công đoàn cơ sở ký kết thỏa ước lao động"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trao Huy hiệu Đảng vào các dịp 3/2, 19/5, 2/9 và 7/11 hằng năm.",
        "Hội nghị khai mạc ngày 15/8 tại hội trường.",
        "Có 5/17 sở, ngành triển khai.",
    ],
    ids=["days-of-the-year", "a-day", "one-word-after"],
)
def test_no_fraction_of_things(sentence: str) -> None:
    assert [f.raw for f in facts_of(sentence)] == []


def test_the_span_a_sum_is_of() -> None:
    found = facts_of("Tổng doanh thu 05 năm (2021 - 2025) đạt 186.420 tỷ đồng.")
    assert [(f.raw, f.label) for f in found] == [("186.420", "Tổng doanh thu 05 năm")]
