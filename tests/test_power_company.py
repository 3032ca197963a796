"""A power company's year, written small in our own words.

It holds what session 17's unseen data taught: a price "2.177,51 đồng/kWh" is money per kWh (the row
"Giá bán điện bình quân | đồng/kWh" holds its cell); a column "% 2024" compares with 2024 and is no rate of
2024; a figure the text says twice disagrees with the cell wherever it is said; a table of branches by
measure ("Kết nạp", "HTXSNV") is the report's year, so "năm 2025 kết nạp 34" meets its total row, and
"HTXSNV" counts party members, not "vụ"; "06 đảng viên chưa đánh giá" are not those assessed, nor one of the
grades that add up to the 140 assessed; a note's items are of the measure its lead names ("² Số lao động bình
quân qua các năm: năm 2023 có 1.251 người; …"), not of the words its marker follows; the sum after a note's yearly
items ("… năm 2025: 34 đảng viên; tổng cộng 148 đảng viên, đạt 105,71% chỉ tiêu") is the term's, not 2025's.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, shown_values, written

POWER_YEAR = """

ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH
ĐẢNG ỦY CÔNG TY ĐIỆN LỰC SÔNG THU
*
Số 09-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Sông Thu, ngày 12 tháng 01 năm 2026

BÁO CÁO
tổng kết công tác xây dựng Đảng và sản xuất kinh doanh năm 2025

I- ĐẶC ĐIỂM

Công ty bán điện trực tiếp cho 412.730 khách hàng trên địa bàn tỉnh, chiều dài đường dây trung áp tăng từ 5.120,4 km
lên 5.307,9 km. Ban Thường vụ Đảng ủy lãnh đạo chính quyền,
công đoàn và thông qua đó chăm lo đời sống cho 1.284 người².

² Số lao động bình quân qua các năm: năm 2023 có 1.251 người; năm 2024 có 1.266 người.

II- KẾT QUẢ

Đến ngày 31/12/2025, Công ty có 412.730 khách hàng mua điện. Giá bán điện bình quân đạt 2.093,64 đồng/kWh,
tăng 61,20 đồng/kWh so với năm 2024. Năm 2025 kết nạp 34 đảng viên mới³, đạt 105% chỉ tiêu Nghị quyết. Tổng số
đảng viên được đánh giá, xếp loại là 140 đồng chí¹.

¹ Hoàn thành xuất sắc nhiệm vụ 22 đồng chí; hoàn thành tốt nhiệm vụ 112 đồng chí; hoàn thành nhiệm vụ 05 đồng chí;
không hoàn thành nhiệm vụ 01 đồng chí. Có 06 đảng viên chưa đánh giá, xếp loại do ốm đau.

³ Kết nạp đảng viên qua các năm của nhiệm kỳ 2020-2025: năm 2021: 25 đảng viên; năm 2022: 28 đảng viên; năm 2023: 30
đảng viên; năm 2024: 31 đảng viên; năm 2025: 34 đảng viên; tổng cộng 148 đảng viên, đạt 105,71% chỉ tiêu Nghị quyết
Đại hội (140 đảng viên).

PHỤ LỤC 1

STT\tChỉ tiêu\tĐơn vị tính\tNăm 2024\tKế hoạch 2025\tNăm 2025\t% KH\t% 2024
1\tĐiện thương phẩm\ttriệu kWh\t1.984,20\t2.050,00\t2.071,45\t101,05\t104,40
2\tGiá bán điện bình quân\tđồng/kWh\t2.032,44\t2.080,00\t2.039,64\t98,06\t100,35
3\tĐường dây trung áp xây mới\tkm\t171,9\t180,0\t187,6\t104,22\t109,13

PHỤ LỤC 2

STT\tĐơn vị\tĐiện thương phẩm (triệu kWh)\tSố khách hàng
1\tĐiện lực Bắc Thu\t1.120,40\t221.850
2\tĐiện lực Nam Thu\t951,05\t190.520
\tTổng cộng\t2.071,45\t412.370

PHỤ LỤC 3

STT\tChi bộ\tĐảng viên đầu năm\tKết nạp\tĐảng viên cuối năm\tHTXSNV\tHTTNV
1\tChi bộ Điện lực Bắc Thu\t41\t15\t55\t7\t36
2\tChi bộ Điện lực Nam Thu\t38\t16\t53\t6\t35
3\tChi bộ Văn phòng\t52\t12\t63\t9\t41
\tTổng cộng\t131\t43\t171\t22\t112
"""


@pytest.fixture(scope="module")
def power(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "09-BC-DU-2026.txt", POWER_YEAR))


def test_a_price_per_kwh_meets_its_row(power: Engine) -> None:
    """"2.093,64 đồng/kWh" in the text against the cell 2.039,64 of "Năm 2025": both shown."""
    answer = power.ask("giá bán điện bình quân năm 2025")
    assert answer.conflict, answer.reply
    assert {Decimal("2093.64"), Decimal("2039.64")} <= shown_values(answer), answer.reply


def test_a_percent_of_a_year_compares(power: Engine) -> None:
    """"% 2024" is the 2025 figure against 2024's: not the answer for 2024's commercial electricity."""
    answered_with(power, "điện thương phẩm năm 2024", "1984.20")


def test_a_branch_table_is_the_reports_year(power: Engine) -> None:
    """"Năm 2025 kết nạp 34" against the total row's "Kết nạp" 43: a conflict; HTXSNV counts party members."""
    answer = power.ask("năm 2025 kết nạp bao nhiêu đảng viên")
    assert answer.conflict, answer.reply
    assert {Decimal("34"), Decimal("43")} <= shown_values(answer), answer.reply
    assert {f.unit for f in power.index.facts if f.label == "HTXSNV"} == {"đảng viên"}


@pytest.mark.parametrize(
    "question",
    ["công ty bán điện cho bao nhiêu khách hàng", "đến 31/12/2025 có bao nhiêu khách hàng mua điện"],
    ids=["first-saying", "second-saying-dated"],
)
def test_a_figure_said_twice_disagrees_wherever_said(power: Engine, question: str) -> None:
    """"412.730 khách hàng" said twice in the text, the appendix's 412.370: the conflict shows with either."""
    answer = power.ask(question)
    assert {Decimal("412730"), Decimal("412370")} <= shown_values(answer), answer.reply


def test_not_yet_assessed_is_no_grade(power: Engine) -> None:
    """"140 đồng chí¹" with "¹ … 22 …; … 112 …; … 05 …; … 01 đồng chí. Có 06 đảng viên chưa đánh giá": the
    grades are its parts (22 + 112 + 06 is 140 too, by chance), and those "chưa đánh giá" are not the assessed."""
    answered_with(power, "bao nhieu dang vien duoc danh gia xep loai", "140")
    answer = answered_with(power, "kết quả xếp loại đảng viên năm 2025", "140")
    assert {p.value for p in answer.parts} == {Decimal("22"), Decimal("112"), Decimal("5"), Decimal("1")}, answer.reply


@pytest.mark.parametrize(("question", "value"), [("số lao động bình quân năm 2023", "1251"), ("nam 2024 lao dong binh quan bn nguoi", "1266")], ids=["2023", "2024"])
def test_a_notes_lead_names_its_measure(power: Engine, question: str, value: str) -> None:
    """"² Số lao động bình quân qua các năm: năm 2023 có 1.251 người; …": each year's figure is of "Số lao động
    bình quân", not of the "chăm lo đời sống cho 1.284 người" its marker follows."""
    answered_with(power, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [("kết nạp đảng viên cả nhiệm kỳ đạt bao nhiêu % chỉ tiêu", "105.71"), ("cả nhiệm kỳ kết nạp bao nhiêu đảng viên", "148")],
    ids=["share-of-the-terms-target", "the-terms-sum"],
)
def test_a_notes_sum_of_years_is_the_terms(power: Engine, question: str, value: str) -> None:
    """"tổng cộng 148 đảng viên, đạt 105,71%" after the years of a note: the whole term's figures."""
    answered_with(power, question, value)


def test_a_length_is_measured_in_km(power: Engine) -> None:
    """"chiều dài đường dây trung áp xây mới": the 187,6 km built, not the 5.307,9 km of all lines (km is a length)."""
    answered_with(power, "chieu dai duong day trung ap xay mowis", "187.6")
