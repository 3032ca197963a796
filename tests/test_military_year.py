"""A provincial military party committee's year, written small in our own words.

It holds what session 15's unseen data taught: "tự vệ" is a word of the report, not the filler "tự";
officials' shorthand of the armed forces (DQTV, QNDB, NVQS); a total whose label names its parts
("Tổng số dân quân tự vệ": "Dân quân", "Tự vệ") is what a question in its words asks; "18.426 đồng chí"
in the text and the row's "Người" count the same people, so their disagreement is a conflict.

A state corporation's mid-term review, too: a run of years after semicolons ("…; năm 2026 đạt 14,2 …; 6 tháng
đầu năm 2027 đạt 15,1 …") keeps its measure; "công nhân" are the employees; "từng nhà máy" asks the breakdown;
"số đảng viên cuối năm 2025" is the row "Tổng số đảng viên cuối kỳ", not those admitted.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, shown_values, written

MILITARY_YEAR = """

ĐẢNG BỘ TỈNH BẮC LAM
ĐẢNG ỦY QUÂN SỰ TỈNH
*
Số 61-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Bắc Lam, ngày 10 tháng 12 năm 2025

BÁO CÁO
tổng kết công tác lãnh đạo thực hiện nhiệm vụ quân sự, quốc phòng năm 2025

I- KẾT QUẢ

Tổng số dân quân tự vệ toàn tỉnh là 12.734 đồng chí, đạt 1,31% dân số; trong đó dân quân 10.905 đồng chí, tự vệ
1.829 đồng chí. Huấn luyện dân quân tự vệ 11.960 đồng chí, đạt 97,15% kế hoạch. Đăng ký nghĩa vụ quân sự lần đầu
cho 6.120 nam công dân đủ 17 tuổi. Giúp Nhân dân sơ tán 2.140 hộ với 7.385 nhân khẩu đến nơi an toàn; huy
động 215 lượt phương tiện. Cử 37 quân nhân chuyên nghiệp đi học tập trung. Tai nạn huấn luyện làm chết 02 người.
Thanh tra quốc phòng xử lý 52 vụ vi phạm. Tỷ lệ hồ sơ chính sách nộp trực tuyến đạt 61,2%.

PHỤ LỤC

STT\tChỉ tiêu\tĐơn vị tính\tNăm 2024\tKế hoạch 2025\tThực hiện 2025\tSo với KH (%)
1\tTổng số dân quân tự vệ\tNgười\t12.518\t12.700\t12.743\t100,34
\t- Dân quân\tNgười\t10.760\t10.880\t10.905\t100,23
\t- Tự vệ\tNgười\t1.758\t1.820\t1.838\t100,99
2\tHuấn luyện dân quân tự vệ\tNgười\t11.802\t12.310\t11.960\t97,15
"""


@pytest.fixture(scope="module")
def military_year(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "61-BC-DU-2025.txt", MILITARY_YEAR))


def test_the_total_named_with_its_parts_words_is_asked_with_its_conflict(military_year: Engine) -> None:
    """"dân quân tự vệ" names both parts, and the total; the text's 12.734 đồng chí disagrees with the row's 12.743."""
    answer = military_year.ask("tổng số dân quân tự vệ toàn tỉnh")
    values = shown_values(answer)
    assert answer.conflict, answer.reply
    assert values == {Decimal("12734"), Decimal("12743")}, answer.reply


def test_a_sum_of_money_is_never_answered_with_a_count(military_year: Engine) -> None:
    """"thu nhập bình quân của quân nhân chuyên nghiệp": the report gives their number (37), no income."""
    answer = military_year.ask("thu nhap binh quan cua quan nhan chuyen nghiep")
    assert answer.status == "not_found", answer.reply


def test_vehicles_typed_without_tones_are_no_money(military_year: Engine) -> None:
    answered_with(military_year, "huy dong bao nhieu luot phuong tien", "215")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("bao nhiêu người thiệt mạng do tai nạn huấn luyện", "2"),
        ("thanh tra quốc phòng xử lý được mấy vụ sai phạm", "52"),
        ("hồ sơ chính sách nộp online chiếm bao nhiêu %", "61.2"),
    ],
    ids=["lost-lives-are-deaths", "wrongdoing-is-violation", "online-is-trực-tuyến"],
)
def test_everyday_words_for_the_reports_words(military_year: Engine, question: str, value: str) -> None:
    answered_with(military_year, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tong so dan quan tu ve nam 2024", "12518"),
        ("huấn luyện DQTV đạt bao nhiêu phần trăm kế hoạch", "97.15"),
        ("DQTV đạt bn % dân số", "1.31"),
        ("bao nhiêu người dân được di dời đến nơi an toàn", "7385"),
    ],
    ids=["year-total-not-a-part", "dqtv-share-of-plan", "dqtv-share-of-people", "moved-to-safety"],
)
def test_the_armed_forces_in_officials_words(military_year: Engine, question: str, value: str) -> None:
    answered_with(military_year, question, value)


CORPORATION = """

ĐẢNG BỘ TỈNH BẮC LAM
ĐẢNG ỦY TỔNG CÔNG TY XI MĂNG BẮC LAM
*
Số 90-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Bắc Lam, ngày 15 tháng 7 năm 2027

BÁO CÁO
sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Tổng công ty nhiệm kỳ 2025 - 2030

I- KẾT QUẢ

Sản lượng clinker 6 tháng đầu năm 2027 đạt 1.204.500 tấn¹. Ký 14 hợp đồng xuất khẩu clinker, tổng giá trị 412,6 tỷ
đồng. Thu nhập bình quân người lao động năm 2025 đạt
13,6 triệu đồng/người/tháng; năm 2026 đạt 14,2 triệu đồng/người/tháng; 6 tháng đầu năm 2027 đạt 15,1 triệu
đồng/người/tháng.

¹ Sản lượng clinker 6 tháng đầu năm 2027 theo nhà máy: Hòn Đá 702.300 tấn; Núi Xanh 502.200 tấn.

PHỤ LỤC

STT\tChỉ tiêu\tĐơn vị tính\tNăm 2025\tNăm 2026\t6 tháng 2027
1\tThu nhập bình quân người lao động\tTriệu đồng/người/tháng\t13,6\t14,2\t15,7
2\tTổng số đảng viên cuối kỳ\tĐảng viên\t1.712\t1.768\t1.790
3\tKết nạp đảng viên\tĐảng viên\t1.702\t54\t31
"""


@pytest.fixture(scope="module")
def corporation(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "90-BC-DU-2027.txt", CORPORATION))


def test_a_run_of_years_keeps_its_measure_and_meets_the_appendix(corporation: Engine) -> None:
    """"…; 6 tháng đầu năm 2027 đạt 15,1 triệu đồng/người/tháng" is still the income: against the row's 15,7."""
    answer = corporation.ask("thu nhập bình quân người lao động 6 tháng đầu năm 2027")
    values = shown_values(answer)
    assert answer.conflict and values == {Decimal("15.1"), Decimal("15.7")}, answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("lương bình quân mỗi tháng của công nhân năm 2026 được bao nhiêu", "14.2"),
        ("so dang vien cuoi nam 2025", "1712"),
    ],
    ids=["workers-are-employees", "members-at-the-years-end"],
)
def test_a_corporations_people(corporation: Engine, question: str, value: str) -> None:
    answered_with(corporation, question, value)


def test_each_plant_asks_the_breakdown(corporation: Engine) -> None:
    answer = answered_with(corporation, "sản lượng clinker 6 tháng 2027 từng nhà máy", "1204500")
    assert {p.value for p in answer.parts} == {Decimal("702300"), Decimal("502200")}, answer.reply


def test_a_value_asked_is_a_sum_of_money(corporation: Engine) -> None:
    """"hợp đồng … giá trị bao nhiêu": the contracts' value, not how many there are."""
    answered_with(corporation, "hop dong xuat khau clinker gia tri bn", "412.6")
