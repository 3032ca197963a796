"""A culture and tourism department's appendix, written small in our own words.

Session 19's data taught: an appendix may hold several tables, each under a heading of its own ("II. KHÁCH DU
LỊCH THEO QUÝ"), with a header unlike the first table's; a table's rows may be periods ("Quý I", "Quý IV
(ước)", "Cả năm"; "2021", "2022") with the year in the column; a note's items "quý II/2025 đạt …" are of
their quarter; a first column titled "Địa bàn" names the rows;
a table of quarters titled "… THEO QUÝ NĂM 2025" with a first column "Kỳ báo cáo" dates its rows by the
title's year, and its row "Cả năm 2025" is the year's, to meet the text; a second header row may hold words and school
years ("2023-2024 | Dự thi | Tốt nghiệp"), not only years; and a
question counting people is not answered by a table counting schools.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, shown_values, written

TOURISM_YEAR = """

ĐẢNG BỘ TỈNH HÀ LAM
ĐẢNG ỦY SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
*
Số 88-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Lam, ngày 12 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ chính trị năm 2025

I- KẾT QUẢ LÃNH ĐẠO

Năm 2025, toàn tỉnh đón 2.450.000 lượt khách du lịch, tổng thu từ du lịch đạt 5.120,5 tỷ đồng; doanh thu dịch vụ
lưu trú đạt 1.046,8 tỷ đồng¹. Các đội tuyển của tỉnh đạt 133 huy chương tại các giải khu vực và toàn quốc.

¹ Quý I/2025 đạt 248,6 tỷ đồng; quý II/2025 đạt 236,9 tỷ đồng; quý III/2025 đạt 279,4 tỷ đồng; quý IV/2025 ước đạt
281,9 tỷ đồng.

Đảng bộ Sở có 12 chi bộ trực thuộc với 164 đảng viên.

PHỤ LỤC
KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU NĂM 2025

I. CHỈ TIÊU CHỦ YẾU

STT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2024\tKế hoạch năm 2025\tThực hiện năm 2025\t% so với kế hoạch
1\tTổng lượt khách\tLượt\t2.210.000\t2.400.000\t2.450.000\t102,08
2\tTổng thu từ du lịch\tTỷ đồng\t4.380,2\t5.000\t5.120,5\t102,41
3\tSố trường học có thư viện đạt chuẩn\tTrường\t120\t130\t133\t102,31

II. KHÁCH DU LỊCH VÀ TỔNG THU THEO QUÝ

Quý\tTổng lượt khách (lượt)\t\t\tTrong đó khách quốc tế (lượt)\t\tTổng thu từ du lịch (tỷ đồng)\t
\tNăm 2024\tKế hoạch 2025\tNăm 2025\tNăm 2024\tNăm 2025\tNăm 2024\tNăm 2025
Quý I\t610.400\t640.000\t655.300\t41.250\t47.880\t1.190,6\t1.372,4
Quý II\t520.100\t570.000\t584.900\t30.620\t35.140\t1.010,3\t1.186,2
Quý III\t548.700\t600.000\t611.800\t33.410\t39.050\t1.105,8\t1.295,7
Quý IV (ước)\t530.800\t590.000\t598.000\t45.870\t51.230\t1.073,5\t1.266,2
Cả năm\t2.210.000\t2.400.000\t2.450.000\t151.150\t173.300\t4.380,2\t5.120,5

III. KHÁCH DU LỊCH THEO ĐỊA BÀN

STT\tĐịa bàn\tThực hiện năm 2024\tKế hoạch năm 2025\tThực hiện năm 2025\t% so với kế hoạch
1\tThành phố Hà Lam\t1.105.000\t1.200.000\t1.231.500\t102,63
2\tHuyện Bến Sỏi\t642.300\t690.000\t706.200\t102,35
3\tHuyện Rạch Gấm\t462.700\t510.000\t512.300\t100,45
\tTổng cộng\t2.210.000\t2.400.000\t2.450.000\t102,08

IV. THƯ VIỆN TRƯỜNG HỌC THEO ĐỊA BÀN

STT\tĐịa bàn\tTỷ lệ trường có thư viện đạt chuẩn (%)\t\tNăm học 2025-2026\t\t
\t\t2023-2024\t2024-2025\tSố trường\tĐạt chuẩn\tTỷ lệ (%)
1\tThành phố Hà Lam\t71,20\t74,60\t64\t51\t79,69
2\tHuyện Bến Sỏi\t62,50\t66,70\t48\t34\t70,83
3\tHuyện Rạch Gấm\t58,10\t61,30\t62\t48\t77,42

V. THỂ THAO THÀNH TÍCH CAO QUA CÁC NĂM

STT\tNăm\tTổng số huy chương\tTrong đó\t\t\tSố giải tham gia
\t\t\tVàng\tBạc\tĐồng\t
1\t2023\t98\t30\t31\t37\t28
2\t2024\t117\t36\t38\t43\t33
3\t2025\t133\t42\t44\t47\t36
"""


@pytest.fixture(scope="module")
def tourism(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "88-BC-DU-2025.txt", TOURISM_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("KH 2025 lượt khách của huyện Bến Sỏi", "690000"),
        ("huyen Rach Gam dat bao nhieu % ke hoach luot khach", "100.45"),
        ("năm 2024 lượt khách của thành phố Hà Lam", "1105000"),
    ],
    ids=["plan", "share-of-plan-plain", "last-year"],
)
def test_a_table_under_its_own_heading_has_its_own_columns(tourism: Engine, question: str, value: str) -> None:
    """"III. KHÁCH DU LỊCH THEO ĐỊA BÀN" starts a table whose columns are not the first table's."""
    answer = answered_with(tourism, question, value)
    assert "III. Khách du lịch theo địa bàn" in answer.figure.source.locator


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("khach quoc te quy I nam 2024", "41250"),
        ("tổng thu du lịch quý III năm 2025", "1295.7"),
        ("lượt khách quý II năm 2025", "584900"),
        ("khách quốc tế quý II năm 2025", "35140"),
    ],
    ids=["first-quarter-last-year", "third-quarter-money", "second-quarter-whole", "second-quarter-part"],
)
def test_a_row_of_quarters_takes_its_year_from_the_column(tourism: Engine, question: str, value: str) -> None:
    """"Quý III" under "Năm 2025" is the third quarter of 2025, not of 2024; "Trong đó khách quốc tế" is a part
    of the visitors, no rival to them."""
    answered_with(tourism, question, value)


def test_an_estimated_quarter_says_so(tourism: Engine) -> None:
    """"Quý IV (ước)": the figure is shown as an estimate."""
    answer = answered_with(tourism, "tong thu du lich quy 4 nam 2025", "1266.2")
    assert "ước" in answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [("năm 2023 đạt bao nhiêu huy chương", "98"), ("so HCV nam 2024", "36"), ("huy chương đồng năm 2025", "47")],
    ids=["all-medals", "gold-abbreviated", "bronze-no-money"],
)
def test_a_row_of_years_dates_its_cells(tourism: Engine, question: str, value: str) -> None:
    """Rows "2023", "2024" are years; "Trong đó | Vàng | Bạc | Đồng" are parts of the medals, counted in medals."""
    answer = answered_with(tourism, question, value)
    assert answer.figure.unit == "huy chương"


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tỷ lệ trường có thư viện đạt chuẩn huyện Bến Sỏi năm học 2023-2024", "62.5"),
        ("huyện Bến Sỏi năm học 2024-2025 tỷ lệ trường có thư viện đạt chuẩn", "66.7"),
    ],
    ids=["rate-by-school-year", "rate-next-school-year"],
)
def test_a_second_header_row_of_words_and_school_years(tourism: Engine, question: str, value: str) -> None:
    """" |  | 2023-2024 | 2024-2025 | Số trường | Đạt chuẩn" finishes the titles above it; a bare "2023-2024" beside
    "Năm học 2025-2026" is a school year too, ending in 2024."""
    answered_with(tourism, question, value)


def test_a_count_of_people_is_not_a_count_of_schools(tourism: Engine) -> None:
    """The table by district counts schools; "bao nhiêu đảng viên" of a district has no answer there."""
    assert tourism.ask("huyện Bến Sỏi có bao nhiêu đảng viên").status == "not_found"


@pytest.mark.parametrize(
    ("question", "value"),
    [("doanh thu lưu trú quý III/2025", "279.4"), ("doanh thu luu tru quy 2 nam 2025", "236.9")],
    ids=["third-quarter", "second-quarter-plain"],
)
def test_a_notes_quarters_are_dated(tourism: Engine, question: str, value: str) -> None:
    """"¹ Quý I/2025 đạt 248,6 …; quý III/2025 đạt 279,4 …": each item is its quarter's, not the first one's."""
    answer = answered_with(tourism, question, value)
    assert answer.figure.period is not None and answer.figure.period.startswith("quý")


CONSTRUCTION_YEAR = """

ĐẢNG BỘ TỈNH HÒA LÂM
ĐẢNG ỦY SỞ XÂY DỰNG
*
Số 74-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Lâm, ngày 18 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ chính trị năm 2025

I- KẾT QUẢ

Năm 2025, toàn tỉnh cấp 3.517 giấy phép xây dựng, tăng 9,77% so với năm 2024.

PHỤ LỤC

Biểu 1
MỘT SỐ CHỈ TIÊU CHUYÊN MÔN THEO QUÝ NĂM 2025

STT\tKỳ báo cáo\tTai nạn giao thông\t\tGiấy phép xây dựng (giấy phép)
\t\tSố vụ\tSố người chết\t
1\tQuý I\t74\t41\t812
2\tQuý II\t68\t37\t901
3\tQuý III\t71\t39\t943
4\tQuý IV (ước)\t63\t35\t861
\tCả năm 2025\t276\t152\t3.571
\tNăm 2024\t301\t171\t3.204
"""


@pytest.fixture(scope="module")
def construction(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "74-BC-DU-2025.txt", CONSTRUCTION_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [("giấy phép xây dựng quý II", "901"), ("so nguoi chet vi tai nan giao thong quy 3", "39")],
    ids=["second-quarter", "third-quarter-plain"],
)
def test_quarters_take_the_titles_year(construction: Engine, question: str, value: str) -> None:
    """"Kỳ báo cáo | Quý I …" under "… THEO QUÝ NĂM 2025": each row is that quarter of 2025."""
    answer = answered_with(construction, question, value)
    assert answer.figure.period is not None and answer.figure.period.endswith("/2025")


def test_the_years_row_of_a_table_of_quarters_meets_the_text(construction: Engine) -> None:
    """"Cả năm 2025 | … | 3.571" is the year's; the text says 3.517: both shown."""
    answer = construction.ask("cả năm cấp bao nhiêu giấy phép xây dựng")
    assert answer.status == "answered", answer.reply
    assert {Decimal("3517"), Decimal("3571")} <= shown_values(answer), answer.reply
