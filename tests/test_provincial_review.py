"""A province's mid-term review, written small in our own words.

It holds what session 14's unseen data taught: counts stated in millions of another unit ("3,86 triệu
lượt khách", "1.286,42 triệu kWh") are no money; the last item of a footnote's list named by a count
before it ("07 Điện lực còn lại 1.243,96 triệu kWh") is that item, not the list's heading; officials'
shorthand ("ktra", "hộ KD").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

REVIEW = """

ĐẢNG BỘ TỈNH HÒA GIANG
TỈNH ỦY
*
Số 41-BC/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Giang, ngày 15 tháng 10 năm 2023

BÁO CÁO
sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII

Phần thứ nhất
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT

I- LÃNH ĐẠO PHÁT TRIỂN KINH TẾ - XÃ HỘI

1. Kinh tế

Du lịch phục hồi, năm 2022 đón 2,74 triệu lượt khách, doanh thu 3.180 tỷ đồng; 9 tháng năm 2023 đón 2,31 triệu lượt khách. Điện thương phẩm năm 2022 đạt 3.412,50 triệu kWh¹. Năm 2022 cấp mới 418 giấy chứng nhận đăng ký hộ kinh doanh. Cấp 2.365 giấy chứng nhận quyền sử dụng đất lần đầu; tước giấy phép lái xe 3.914 trường hợp.

¹ Sản lượng điện thương phẩm của các đơn vị: Điện lực thành phố Hòa Giang 1.204,30 triệu kWh; Điện lực Tây Sơn 856,20 triệu kWh; 05 Điện lực còn lại 1.352,00 triệu kWh.

2. Xây dựng Đảng

Đại hội bầu Ban Chấp hành Đảng bộ tỉnh khóa XVII gồm 45 đồng chí, Ban Thường vụ 13 đồng chí. Công đoàn Viên chức tỉnh hiện có 96 công đoàn cơ sở với 5.874 đoàn viên. Hội Cựu chiến binh tỉnh hiện có 684 hội viên.

Tổng thu đảng phí cả nhiệm kỳ đạt 2.357,3⁴ triệu đồng. Trao tặng Huy hiệu Đảng cho 38 đồng chí⁵. Thi hành kỷ luật 14 đảng viên; khai trừ khỏi Đảng 03 đảng viên.

⁴ Năm 2021: 512,6 triệu đồng; năm 2022: 580,4 triệu đồng; năm 2023: 612,5 triệu đồng; 6 tháng đầu năm 2024: 651,8 triệu đồng.
⁵ Huy hiệu 30 năm tuổi Đảng 21 đồng chí, 40 năm tuổi Đảng 12 đồng chí, 45 năm tuổi Đảng 05 đồng chí.

Cấp ủy các cấp kiểm tra 1.126 tổ chức đảng, 4.310 đảng viên; giám sát 1.480 tổ chức đảng. Ủy ban Kiểm tra Tỉnh ủy kiểm tra khi có dấu hiệu vi phạm 11 đảng viên². Ủy ban kiểm tra các cấp tiếp nhận 73 đơn thư, gồm 29 đơn tố cáo, 05 đơn khiếu nại kỷ luật đảng và 39 đơn phản ánh. Tổ chức 04 hội nghị quán triệt các quy định, hướng dẫn mới của Trung ương về công tác kiểm tra, giám sát cho 1.146 lượt cán bộ, đảng viên chủ chốt³.

² Ủy ban kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm 27 đảng viên.
³ Cấp cơ sở tổ chức 139 hội nghị, 5.702 lượt đảng viên tham dự.

PHỤ LỤC
KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU

STT\tNội dung\tĐơn vị tính\tNăm 2021\tNăm 2022\t9 tháng 2023\tTổng cộng
1\tTrao tặng Huy hiệu Đảng\tĐồng chí\t9\t17\t12\t38
"""


@pytest.fixture(scope="module")
def review(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "41-BC-TU-2023.txt", REVIEW))


@pytest.mark.parametrize(
    ("question", "value", "shown"),
    [
        ("khach du lich nam 2022 bao nhieu luot", "2.74", "2,74 triệu lượt"),
        ("9 tháng 2023 đón bao nhiêu lượt khách du lịch", "2.31", "2,31 triệu lượt"),
        ("điện thương phẩm năm 2022 bao nhiêu", "3412.50", "3.412,5 triệu kWh"),
    ],
    ids=["visits-in-millions", "visits-nine-months", "kwh-in-millions"],
)
def test_millions_of_another_unit_are_no_money(review: Engine, question: str, value: str, shown: str) -> None:
    answer = answered_with(review, question, value)
    assert answer.figure is not None and shown in answer.figure.shown, answer.reply
    assert "đồng" not in answer.figure.unit


def test_a_money_question_is_not_answered_with_visits(review: Engine) -> None:
    answered_with(review, "doanh thu du lịch năm 2022 bao nhiêu tỷ", "3180")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("điện lực thành phố hòa giang sản lượng điện thương phẩm bao nhiêu", "1204.30"),
        ("sản lượng điện thương phẩm của 5 điện lực còn lại", "1352.00"),
    ],
    ids=["named-unit", "the-rest-counted-before"],
)
def test_an_item_of_a_footnotes_list(review: Engine, question: str, value: str) -> None:
    answered_with(review, question, value)


def test_the_footnotes_items_break_the_total_down(review: Engine) -> None:
    answer = answered_with(review, "điện thương phẩm năm 2022 chia theo đơn vị", "3412.50")
    assert [p.value for p in answer.parts] == [Decimal("1204.30"), Decimal("856.20"), Decimal("1352.00")], answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("cấp ủy các cấp ktra bn tổ chức đảng", "1126"),
        ("sl giấy cn đăng ký hộ KD cấp mới năm 2022", "418"),
    ],
    ids=["ktra", "ho-KD"],
)
def test_officials_shorthand(review: Engine, question: str, value: str) -> None:
    answered_with(review, question, value)


YEAR_REPORT = """

ĐẢNG BỘ TỈNH HÒA GIANG
ĐẢNG ỦY CÔNG AN TỈNH
*
Số 120-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Giang, ngày 12 tháng 12 năm 2025

BÁO CÁO
tổng kết công tác năm 2025 và phương hướng, nhiệm vụ năm 2026

Phần thứ nhất
KẾT QUẢ NĂM 2025

I- BẢO ĐẢM AN NINH, TRẬT TỰ

- Tội phạm về trật tự xã hội xảy ra 512 vụ, giảm 31 vụ so với năm 2024; điều tra làm rõ 470 vụ.

- Tội phạm về kinh tế: phát hiện 64 vụ; phát hiện 9 vụ tham nhũng, chức vụ.

II- XÂY DỰNG ĐẢNG

Kết nạp 96 đảng viên, đạt 106,67% kế hoạch (90 đảng viên). Tiếp nhận 41 đơn tố cáo và 06 đơn khiếu nại.

PHỤ LỤC
KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025

STT\tNội dung\tĐơn vị tính\tNăm 2024\tNăm 2025\t\t\tGhi chú
\t\t\t\tKH 2025\tTH 2025\t% so KH\t
1\tTội phạm về trật tự xã hội xảy ra\tVụ\t543\t\t521\t\t
2\tKết nạp đảng viên\tĐV\t88\t90\t96\t106,67\t
3\tĐơn tiếp nhận\tĐơn\t52\t\t47\t\t
"""


@pytest.fixture(scope="module")
def year_report(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "120-BC-DU-2025.txt", YEAR_REPORT))


def test_a_plan_column_under_the_years_title_is_the_plan(year_report: Engine) -> None:
    """"Năm 2025" spanning "KH 2025 | TH 2025": the 90 is the plan, no figure done that disagrees with 96."""
    answered_with(year_report, "kế hoạch kết nạp đảng viên năm 2025", "90")
    answer = answered_with(year_report, "năm 2025 kết nạp bao nhiêu đảng viên", "96")
    assert not answer.conflict and not answer.alternatives, answer.reply


def test_two_digits_swapped_are_a_conflict_though_another_count_makes_up_the_gap(year_report: Engine) -> None:
    """512 in the text, 521 in the appendix: 9 apart, like the "9 vụ tham nhũng" of another paragraph."""
    answer = year_report.ask("tội phạm trật tự xã hội xảy ra bao nhiêu vụ")
    assert answer.conflict, answer.reply
    shown = {answer.figure.value, *(a.value for a in answer.alternatives)} if answer.figure else set()
    assert shown == {Decimal("512"), Decimal("521")}, answer.reply


def test_the_rows_total_of_two_counts_said_together_is_no_conflict(year_report: Engine) -> None:
    """"41 đơn tố cáo và 06 đơn khiếu nại" against the row's 47 letters received: both kinds summed."""
    answer = answered_with(year_report, "tiếp nhận bao nhiêu đơn tố cáo", "41")
    assert not answer.conflict and not answer.alternatives, answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("UBKT các cấp ktra khi có dấu hiệu vp bn đv", "27"),
        ("hội nghị quán triệt có bao nhiêu lượt cán bộ đảng viên", "1146"),
    ],
    ids=["all-levels-in-the-note", "attendance-of-the-meetings"],
)
def test_a_note_counting_more_than_its_carrier_is_no_part_of_it(review: Engine, question: str, value: str) -> None:
    answered_with(review, question, value)


def test_a_part_its_own_label_names_is_no_rival_of_its_total(review: Engine) -> None:
    """The letters' clause holds "tố cáo" for all its items; only the 29's own label does."""
    answer = answered_with(review, "tiep nhan bao nhieu don to cao", "29")
    assert answer.status == "answered", answer.reply


def test_a_figure_with_its_footnote_marker_stuck_to_it_is_read(review: Engine) -> None:
    """"đạt 2.357,3⁴ triệu đồng": the marker ends the figure."""
    answered_with(review, "tổng thu đảng phí cả nhiệm kỳ", "2357.3")


def test_a_word_of_other_letters_is_no_synonym_of_a_report_word(review: Engine) -> None:
    """"dưới 35 tuổi" (under 35) folds like "đuổi" (expel: khai trừ); the report counts no ages."""
    answer = review.ask("bn đảng viên dưới 35 tuổi")
    assert answer.status != "answered", answer.reply


def test_a_breakdown_by_kind_asks_the_whole_not_one_years_cell(review: Engine) -> None:
    answer = answered_with(review, "huy hiệu đảng trao bao nhiêu, chia theo loại huy hiệu", "38")
    assert [p.value for p in answer.parts] == [Decimal("21"), Decimal("12"), Decimal("5")], answer.reply


TERM_REVIEW = """

HUYỆN ỦY VÂN HÀ
ỦY BAN KIỂM TRA
*
Số 52-BC/UBKTHU
ĐẢNG CỘNG SẢN VIỆT NAM
Vân Hà, ngày 20 tháng 6 năm 2025

BÁO CÁO
tổng kết công tác kiểm tra, giám sát nhiệm kỳ 2020 - 2025

I- KẾT QUẢ

Cấp ủy cơ sở và chi bộ kiểm tra 312 tổ chức đảng và 4.125 đảng viên. Tỷ lệ đảng viên được kiểm tra, giám sát bình quân hằng năm đạt 36,10%⁶; trong đó có 26 đồng chí là huyện ủy viên được kiểm tra.

⁶ Năm 2021: 35,02%; năm 2022: 36,41%; năm 2023: 36,87%.

PHỤ LỤC

STT\tNội dung\tĐơn vị tính\tNăm 2021\tNăm 2022\tNăm 2023\tTổng nhiệm kỳ
1\tĐảng viên (cuối kỳ)\tĐV\t4.510\t4.620\t4.702\t4.702
2\tCấp ủy cơ sở và chi bộ kiểm tra\t\t\t\t\t
\t- Đảng viên\tĐV\t1.380\t1.372\t1.373\t4.125
3\tĐảng viên được kiểm tra là cấp ủy viên (hai cấp)\tĐV\t9\t11\t11\t31
4\tTỷ lệ đảng viên được kiểm tra, giám sát\t%\t35,02\t36,14\t36,87\t36,10
5\tDự toán ngân sách Văn phòng Huyện ủy\tTỷ đồng\t9,14\t9,63\t10,48\t29,25
"""


@pytest.fixture(scope="module")
def term_review(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "52-BC-UBKTHU-2025.txt", TERM_REVIEW))


def test_a_footnotes_yearly_share_disagreeing_with_its_row_is_a_conflict(term_review: Engine) -> None:
    """"⁶ … năm 2022: 36,41%" of "Tỷ lệ đảng viên được kiểm tra, giám sát", the row's 2022 cell 36,14."""
    answer = term_review.ask("tỷ lệ đảng viên được kiểm tra, giám sát năm 2022")
    assert answer.conflict, answer.reply
    assert {answer.figure.value, *(a.value for a in answer.alternatives)} == {Decimal("36.41"), Decimal("36.14")}


def test_only_the_disagreeing_figures_are_conflicts(term_review: Engine) -> None:
    """Not "kiểm tra 4.125 đảng viên" against the headcount, nor one level's 26 against two levels' 31."""
    index = term_review.index
    text_sides = sorted(index.facts[i].value for i, others in index.conflicts.items() if others and index.facts[i].origin != "table")
    assert text_sides == [Decimal("36.41")]


def test_a_plan_the_province_set_in_brackets_is_the_plan(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"đạt 57,69% dự toán tỉnh giao (32 tỷ đồng)": the 32 is what the province set, not revenue."""
    text = REVIEW.replace(
        "2. Xây dựng Đảng",
        "Tổng thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 18,46 tỷ đồng, đạt 57,69% dự toán tỉnh giao "
        "(32 tỷ đồng).\n\nBà con đóng góp 1.962 triệu đồng làm đường.\n\n2. Xây dựng Đảng",
    )
    engine = engine_for(written(tmp_path_factory, "41-BC-TU-2023.txt", text))
    answer = answered_with(engine, "dự toán thu ngân sách tỉnh giao năm nay", "32")
    assert answer.figure is not None and answer.figure.kind == "target"


def test_a_span_in_a_rows_note_is_no_figure(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"6 tháng: vụ Đông Xuân" in the note column: no figure 6 of the row."""
    text = REVIEW.replace(
        "1\tTrao tặng Huy hiệu Đảng\tĐồng chí\t9\t17\t12\t38",
        "1\tTrao tặng Huy hiệu Đảng\tĐồng chí\t9\t17\t12\t38\n2\tNăng suất lúa\tTạ/ha\t63,2\t65,8\t68,4\t\t6 tháng: vụ Đông Xuân",
    ).replace("9 tháng 2023\tTổng cộng", "9 tháng 2023\tTổng cộng\tGhi chú")
    assert "Năng suất lúa" in text
    engine = engine_for(written(tmp_path_factory, "41-BC-TU-2023.txt", text))
    assert any(f.label.startswith("Năng suất lúa") for f in engine.index.facts)
    assert not [f for f in engine.index.facts if f.label.startswith("Năng suất lúa") and f.value == Decimal("6")]


WARD_REPORT = """

ĐẢNG BỘ QUẬN HÒA AN
ĐẢNG ỦY PHƯỜNG HÒA THUẬN
*
Số 18-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Thuận, ngày 25 tháng 6 năm 2026

BÁO CÁO
sơ kết công tác 6 tháng đầu năm 2026

I- XÂY DỰNG ĐẢNG

Đảng bộ có 21 chi bộ trực thuộc¹. Tặng Huy hiệu Đảng cho 12 đồng chí (trong đó đồng chí Lê Văn Hòe, Chi bộ Khu phố 6, nhận Huy hiệu 75 năm). Tổng thu ngân sách nhà nước trên địa bàn 6 tháng đạt 18,64 tỷ đồng. Sản lượng thịt hơi xuất chuồng 6 tháng đạt 2.318 tấn, bằng 105,03% so với cùng kỳ. Từ đầu nhiệm kỳ đến nay kết nạp 212 đảng viên; 6 tháng đầu năm 2026 kết nạp 27 đảng viên⁵. Đưa 10 đảng viên không còn đủ tư cách ra khỏi Đảng².

Tổng diện tích gieo trồng cây hằng năm vụ Đông Xuân 2025 - 2026 đạt 3.754 ha, đạt 50,59% kế hoạch năm (7.420 ha); trong đó:

- Lúa 2.846,5 ha; năng suất bình quân 68,4 tạ/ha; sản lượng thóc đạt 19.470 tấn;

- Ngô 312 ha, sản lượng 1.641 tấn.

Bê tông hóa 6,84 km đường giao thông nông thôn với tổng kinh phí 5.936 triệu đồng³. Kết quả xếp loại chất lượng năm 2025: có 1.200 đảng viên được đánh giá (15 đảng viên được miễn đánh giá); trong đó hoàn thành xuất sắc nhiệm vụ 180 đảng viên, hoàn thành tốt nhiệm vụ 950 đảng viên, hoàn thành nhiệm vụ 62 đảng viên, không hoàn thành nhiệm vụ 8 đảng viên.

Vụ Hè Thu gieo sạ 2.310 ha lúa. Đến nay còn 325 hộ cận nghèo⁴. Đợt mưa lớn ngày 14/6/2026 làm 31 nhà bị hư hỏng.

¹ Gồm: 14 chi bộ khu phố (từ Khu phố 1 đến Khu phố 14); 05 chi bộ trường học; 02 chi bộ cơ quan.
³ Ngân sách tỉnh hỗ trợ 2.470 triệu đồng; ngân sách xã 1.504 triệu đồng; Nhân dân đóng góp 1.962 triệu đồng.
⁵ Quý I kết nạp 11 đảng viên, quý II kết nạp 16 đảng viên.
⁴ Cuối năm 2025 toàn phường có 214 hộ nghèo, chiếm 1,96%; 368 hộ cận nghèo, chiếm 3,37%.
² Xóa tên trong danh sách đảng viên 06 đồng chí, cho ra khỏi Đảng 03 đồng chí, khai trừ ra khỏi Đảng 01 đồng chí.

PHỤ LỤC

STT\tNội dung\tĐơn vị tính\tThực hiện 6 tháng 2026
1\tThu ngân sách nhà nước trên địa bàn\tTriệu đồng\t18.640
\t- Thu tiền sử dụng đất\tTriệu đồng\t10.404
\t- Các khoản thu khác\tTriệu đồng\t8.236
2\tKiểm tra khi có dấu hiệu vi phạm\t\t
2.1\tỦy ban Kiểm tra Đảng ủy\t\t
\t- Đảng viên\tĐV\t3
2.2\tKết luận có vi phạm\t\t
\t- Đảng viên\tĐV\t2
"""


@pytest.fixture(scope="module")
def ward(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "18-BC-DU-2026.txt", WARD_REPORT))


def test_a_places_number_is_its_name(ward: Engine) -> None:
    """"Chi bộ Khu phố 6" names a branch: no count of 6 branches to rival the 14 of the note."""
    answered_with(ward, "bao nhieu chi bô khu phố", "14")
    assert not [f for f in ward.index.facts if f.value in (Decimal("1"), Decimal("6")) and "Khu phố" in f.label]


def test_rows_under_a_numbered_sub_item_belong_to_it(ward: Engine) -> None:
    """"2.2 Kết luận có vi phạm / - Đảng viên": the members concluded to have erred, not those inspected."""
    labels = {f.label for f in ward.index.facts if f.origin == "table" and f.value == Decimal("2")}
    assert labels == {"Kết luận có vi phạm: Đảng viên"}
    answered_with(ward, "kết luận có vi phạm bao nhiêu đảng viên", "2")


def test_billions_asked_are_answered_in_billions(ward: Engine) -> None:
    """The text's 18,64 tỷ đồng and the appendix's 18.640 triệu đồng: asked "bao nhiêu tỷ", the former."""
    answered_with(ward, "thu ngân sách 6 tháng đầu năm được bao nhiêu tỷ đồng", "18.64")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("sản lượng thịt hơi xuất chuồng 6 tháng", "2318"),
        ("sl dv moi ket nap trong nam", "27"),
        ("Bao nhiêu đồng chí bị đưa ra khỏi Đảng trong năm?", "10"),
    ],
    ids=["six-months-is-no-figure", "in-the-year-is-now", "comrades-fit-the-total"],
)
def test_the_half_year_asked(ward: Engine, question: str, value: str) -> None:
    answered_with(ward, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("dien tich lua dong xuaan", "2846.5"),
        ("sản lượng thóc vụ đông xuân được bao nhiêu tấn", "19470"),
        ("nang suaat lua binh quan vu dong xuan", "68.4"),
    ],
    ids=["area", "yield-total", "yield-per-hectare"],
)
def test_items_below_a_sentence_ending_in_trong_do_are_of_what_it_opens(ward: Engine, question: str, value: str) -> None:
    """"Tổng diện tích … vụ Đông Xuân …; trong đó:" then "- Lúa 2.846,5 ha; …": the items are the season's."""
    answered_with(ward, question, value)


def test_a_paragraph_after_the_list_is_not_of_the_lists_opening(ward: Engine) -> None:
    facts = [f for f in ward.index.facts if f.value == Decimal("2310")]
    assert facts and "Đông Xuân" not in facts[0].texts.get("lead", "")


BLOC_YEAR = """

ĐẢNG BỘ TỈNH ĐÔNG LÂM
ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP
*
Số 312-BC/ĐUK
ĐẢNG CỘNG SẢN VIỆT NAM
Đông Lâm, ngày 18 tháng 12 năm 2024

BÁO CÁO
tổng kết công tác năm 2024, phương hướng nhiệm vụ năm 2025

I- KẾT QUẢ

Tỷ lệ đảng viên tham dự sinh hoạt chi bộ đạt 96,83%. Kết nạp 389 đảng viên, đạt 108,06% kế hoạch. Trong năm chuyển sinh hoạt đảng chính thức cho 477 đảng viên (chuyển đến 214, chuyển đi 263 đảng viên).

PHỤ LỤC

STT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2023\tNăm 2024\t\tSo sánh (%)\t\tGhi chú
\t\t\t\tKế hoạch\tThực hiện\tSo KH 2024\tSo năm 2023\t
1\tKết nạp đảng viên\tĐảng viên\t352\t360\t389\t108,06\t110,51\tVượt
2\tTỷ lệ đảng viên tham dự sinh hoạt chi bộ\t%\t96,47\t95\t96,83\t101,93\t100,37\t
"""


@pytest.fixture(scope="module")
def bloc_year(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "312-BC-DUK-2024.txt", BLOC_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("ket nap dang vien dat bao nhieu % chi tieu", "108.06"),
        ("kế hoạch kết nạp đảng viên năm 2024", "360"),
        ("năm 2024 kết nạp bao nhiêu đảng viên", "389"),
        ("tỷ lệ đảng viên dự sinh hoạt chi bộ", "96.83"),
    ],
    ids=["share-of-plan", "plan", "done", "rate-not-its-ratio"],
)
def test_columns_compared_with_the_plan_and_with_last_year(bloc_year: Engine, question: str, value: str) -> None:
    """"So sánh (%)" spanning "So KH 2024 | So năm 2023": the share of the plan, and the ratio to last year."""
    answered_with(bloc_year, question, value)


def test_a_month_the_report_never_names_is_not_found(ward: Engine) -> None:
    """A half-year report says nothing of October; June's storm is said by its day ("14/6/2026")."""
    answer = ward.ask("tháng 10 kết nạp được bao nhiêu đảng viên")
    assert answer.status == "not_found", answer.reply
    answered_with(ward, "mưa tháng 6 làm hư bao nhiêu nhà", "31")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("BTV khóa XVII có mấy đc", "13"),
        ("BCH khóa XVII gồm bn đ/c", "45"),
        ("Công đoàn Viên chức tỉnh có bao nhiêu công đoàn cơ sở", "96"),
    ],
    ids=["standing-committee-not-the-executive", "executive-committee", "no-union-member-in-the-unions-name"],
)
def test_bodies_named_in_shorthand(review: Engine, question: str, value: str) -> None:
    """"BTV" read as "ban thường vụ" rules out the executive committee's 45; "Công đoàn Viên chức" asks no
    "đoàn viên" (its words run over two phrases)."""
    answered_with(review, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [("dự toán ngân sách văn phòng huyện ủy năm 2022", "9.63"), ("tổng dự toán ngân sách Văn phòng Huyện ủy cả nhiệm kỳ", "29.25")],
    ids=["one-year", "whole-term"],
)
def test_a_row_of_the_budget_plan_answers_for_the_plan(term_review: Engine, question: str, value: str) -> None:
    """"Dự toán ngân sách …" is the plan itself, year by year: asked "dự toán", its cells are the answer."""
    answered_with(term_review, question, value)


@pytest.mark.parametrize(
    ("question", "total", "parts"),
    [
        ("kinh phí bê tông hóa đường lấy từ những nguồn nào", "5936", ["2470", "1504", "1962"]),
        ("xếp loại chất lượng đảng viên năm 2025 thế nào", "1200", ["180", "950", "62", "8"]),
    ],
    ids=["which-sources", "how-graded"],
)
def test_asking_how_or_from_where_asks_the_breakdown(ward: Engine, question: str, total: str, parts: list[str]) -> None:
    answer = answered_with(ward, question, total)
    assert {Decimal(v) for v in parts} <= {p.value for p in answer.parts}, answer.reply


def test_a_word_typed_without_a_tone_is_no_slip_for_a_filler(review: Engine) -> None:
    """"lương" (salary) is a word of its own, not "lượng" typed in a hurry: the report has no salary figure,
    and its "96 công đoàn cơ sở" is not one."""
    answer = review.ask("lương cơ sở hiện nay bao nhiêu")
    assert answer.status != "answered", answer.reply


def test_how_many_joined_is_not_how_many_there_are(review: Engine) -> None:
    """"kết nạp bao nhiêu hội viên mới": the report gives the members there are (684), not those admitted."""
    answer = review.ask("hoi cuu chien binh ket nap bao nhieu hoi vien moi")
    assert answer.status != "answered", answer.reply
    answered_with(review, "hội cựu chiến binh có bao nhiêu hội viên", "684")


def test_a_year_opening_a_sentence_dates_its_figures_past_a_semicolon(ward: Engine) -> None:
    """"⁴ Cuối năm 2025 … 214 hộ nghèo …; 368 hộ cận nghèo …": last year's 368, not the 325 left now."""
    assert {f.period for f in ward.index.facts if f.value == Decimal("368")} == {"2025"}
    answered_with(ward, "so ho can ngheo con lai", "325")


def test_quarter_by_quarter_asks_the_breakdown(ward: Engine) -> None:
    answer = answered_with(ward, "kết nạp đảng viên từng quý", "27")
    assert [p.value for p in answer.parts] == [Decimal("11"), Decimal("16")], answer.reply


def test_to_and_fro_asks_both_parts(bloc_year: Engine) -> None:
    """"… bao nhiêu, đến và đi": "đi" is no filler here; the total asked, not the part "đến" alone."""
    answered_with(bloc_year, "chuyen sinh hoat dang chinh thuc bao nhieu, den va di", "477")


@pytest.mark.parametrize(
    ("question", "value"),
    [("cấp sổ đỏ được bao nhiêu cái", "2365"), ("bao nhiêu bằng lái bị tước", "3914")],
    ids=["so-do", "bang-lai"],
)
def test_what_people_call_papers(review: Engine, question: str, value: str) -> None:
    """"sổ đỏ" is the land-use certificate, "bằng lái" the driving licence."""
    answered_with(review, question, value)


def test_a_fraction_in_brackets_is_of_what_the_rate_before_it_counts() -> None:
    """"tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp … đạt 99,61% (512/514 học sinh)": not a bare "số học sinh"."""
    from knowledge.figures import sentence_facts

    sentence = "Tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp trung học cơ sở đạt 99,61% (512/514 học sinh)."
    labels = {str(f.value): f.label for f in sentence_facts(sentence, ("Giáo dục",), "text", 1)}
    assert "tốt nghiệp" in labels["512"] and "lớp 9" in labels["514"], labels
    # a bracket after no rate keeps the fraction's own words, not the clause's other figures
    other = "Có thêm 01 trường đạt chuẩn quốc gia, nâng tổng số trường chuẩn lên 10 trường (10/12 trường)."
    assert all("thêm" not in f.label for f in sentence_facts(other, ("Giáo dục",), "text", 1) if f.value == 12)
