"""A yearly report with a section reviewing the whole term, written small in our own words.

Session 18's unseen data taught: in a report of 2025, the figures under "2. Kết quả thực hiện các chỉ tiêu Nghị
quyết Đại hội IV, nhiệm kỳ 2020 - 2025" stated with no period are the term's, so "năm nay trúng thầu bao nhiêu
hợp đồng" is the year's 41, not the term's 176, and "cả nhiệm kỳ" finds the 176. Also: "(kế hoạch 4.650 tỷ
đồng)" after "đạt 103,50% kế hoạch" is the plan, not money earned; "tỷ suất" is a rate, no sum in "tỷ". A table of the bodies below ("Đảng bộ Cơ quan Tổng công ty | … | 221") is no
rival to the body's own 836 (a guard here; report64's floor holds the case it was found in). Bare figures in a
bracket right after a count, adding up to it ("06 đảng viên vi phạm (khiển trách 04, cảnh cáo 01, khai trừ 01)"), are
its parts.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

ROADS_YEAR = """

ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH
ĐẢNG ỦY TỔNG CÔNG TY XÂY DỰNG GIAO THÔNG LAM SƠN
*
Số 88-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Lam Sơn, ngày 20 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ chính trị năm 2025 và giai đoạn 2021 - 2025

Phần thứ nhất
KẾT QUẢ THỰC HIỆN NHIỆM VỤ

I- KẾT QUẢ SẢN XUẤT KINH DOANH

1. Kết quả sản xuất kinh doanh năm 2025

Giá trị sản lượng ước đạt 5.486,3 tỷ đồng; để xảy ra 03 vụ tai nạn lao động. Trúng thầu và ký mới 41 hợp đồng với tổng giá trị 6.137,9 tỷ đồng; hoàn thành 146,8 km đường bộ và 18 cầu.
Doanh thu ước đạt 4.812,6 tỷ đồng, đạt 103,50% kế hoạch (kế hoạch 4.650 tỷ đồng); lợi nhuận sau thuế 182,76 tỷ
đồng, tỷ suất lợi nhuận sau thuế trên vốn chủ sở hữu đạt 9,92%; vốn chủ sở hữu đến 30/11/2025 là 1.842,5 tỷ đồng.

2. Kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội IV, nhiệm kỳ 2020 - 2025

Hoàn thành 612,6 km đường, bằng 102,10% chỉ tiêu Nghị quyết (600 km); trúng thầu 176 hợp đồng với tổng giá trị
25.201 tỷ đồng.

II- XÂY DỰNG ĐẢNG

Đảng bộ Tổng công ty hiện có 17 tổ chức cơ sở đảng với 836 đảng viên. Đầu năm, Đảng bộ có 819 đảng viên. Thi hành
kỷ luật 06 đảng viên vi phạm (khiển trách 04, cảnh cáo 01, khai trừ 01), trong đó có 02 cấp ủy viên cơ sở.

Biểu 04. ĐẢNG VIÊN CỦA CÁC ĐẢNG BỘ TRỰC THUỘC

STT\tĐảng bộ\tĐảng viên đầu năm\tKết nạp\tĐảng viên đến 15/12/2025
1\tĐảng bộ Cơ quan Tổng công ty\t214\t9\t221
2\tĐảng bộ Công ty CP Cầu đường 504\t276\t11\t284
3\tĐảng bộ Công ty CP Cơ giới Bạch Vân\t329\t6\t331
\tTổng cộng\t819\t26\t836
"""


@pytest.fixture(scope="module")
def roads(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "88-BC-DU-2025.txt", ROADS_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("năm nay trúng thầu được bao nhiêu hợp đồng", "41"),
        ("bao nhieu km duong hoan thanh nam 2025", "146.8"),
        ("cả nhiệm kỳ trúng thầu bao nhiêu hợp đồng", "176"),
        ("ca nhiem ky hoan thanh bao nhieu km duong", "612.6"),
    ],
    ids=["this-year-contracts", "this-year-roads", "term-contracts", "term-roads"],
)
def test_a_term_section_holds_the_terms_figures(roads: Engine, question: str, value: str) -> None:
    """The year asked takes the year's section; the term asked takes the term's."""
    answered_with(roads, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [("tyr suat loi nhuan sau thue tren von chu so huu", "9.92"), ("tỷ suất lợi nhuận trên vốn chủ sở hữu bao nhiêu %", "9.92")],
    ids=["telex", "accented"],
)
def test_ty_suat_is_a_rate(roads: Engine, question: str, value: str) -> None:
    """"tỷ suất …" asks the rate, not the equity's 1.842,5 tỷ đồng."""
    answered_with(roads, question, value)


def test_a_plan_in_brackets_is_a_target(roads: Engine) -> None:
    """"(kế hoạch 4.650 tỷ đồng)": the year's plan for revenue, a target, not money earned."""
    answer = answered_with(roads, "kế hoạch doanh thu năm 2025 là bao nhiêu", "4650")
    assert answer.figure is not None and answer.figure.kind == "target", answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [("GTSL 2025 bn tỷ", "5486.3"), ("TNLĐ 2025 mấy vụ", "3")],
    ids=["GTSL", "TNLĐ"],
)
def test_business_abbreviations(roads: Engine, question: str, value: str) -> None:
    """"GTSL" is giá trị sản lượng, "TNLĐ" tai nạn lao động."""
    answered_with(roads, question, value)


def test_a_table_of_bodies_below(roads: Engine) -> None:
    """The reporting body's members, not a row of the bodies below it ("Đảng bộ Cơ quan Tổng công ty": 221)."""
    answered_with(roads, "đảng bộ tổng công ty hiện có bao nhiêu đảng viên", "836")


def test_bare_figures_in_a_bracket_are_parts(roads: Engine) -> None:
    """"kỷ luật 06 đảng viên (khiển trách 04, cảnh cáo 01, khai trừ 01)": the forms are the total's parts."""
    answer = answered_with(roads, "kỷ luật bao nhiêu đảng viên, hình thức gì", "6")
    assert sorted(str(p.value) for p in answer.parts) == ["1", "1", "4"], answer.reply
