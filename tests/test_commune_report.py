"""A commune committee's year in the delivered layout, written small in our own words.

It holds what session 10's unseen reports taught: "xã" naming the reporting commune itself, a sum said
"with" an act ("với tổng chiều dài …"), one measure at several dates ("tăng từ … năm 2020 lên … năm 2025"),
"đầu giai đoạn" as the start, "đv" of a union, and words officials use for the report's ("chích" = tiêm).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

COMMUNE = """

ĐẢNG BỘ HUYỆN LONG HÀ
ĐẢNG ỦY XÃ TÂN HỘI ĐÔNG
*
Số 64-BC/ĐU	ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hội Đông, ngày 18 tháng 12 năm 2025

BÁO CÁO
tổng kết công tác năm 2025,
phương hướng, nhiệm vụ năm 2026

Phần thứ nhất
KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025

I- TÌNH HÌNH CHUNG

Đầu giai đoạn, Đảng bộ xã có 19 chi bộ với 236 đảng viên. Đến nay, Đảng bộ có 21 chi bộ với 268 đảng viên. Đại hội bầu Ban Chấp hành Đảng bộ 15 đồng chí; hiện Ban Chấp hành còn 13 đồng chí.

II- KẾT QUẢ PHÁT TRIỂN KINH TẾ - XÃ HỘI

Khu vực nông - lâm - thủy sản chiếm 61,4% cơ cấu kinh tế. Thu nhập bình quân đầu người tăng từ 41,3 triệu đồng năm 2020 lên 58,7 triệu đồng năm 2025. Tỷ lệ hộ nghèo giảm từ 4,26% cuối năm 2020 xuống còn 1,17% cuối năm 2025. Nạo vét 27 tuyến kênh nội đồng với tổng chiều dài 38,6 km. Hội Phụ nữ giúp 214 lượt hội viên vay vốn phát triển kinh tế với số tiền 3,9 tỷ đồng. Tặng quà Tết cho 318 lượt gia đình chính sách, hộ có hoàn cảnh khó khăn với tổng trị giá 254,6 triệu đồng¹. Giá trị thu được trên 01 ha đất canh tác đạt 186,2 triệu đồng. Trạm y tế đã tiêm 12.480 liều vắc xin cho người dân.

¹ Trong đó ngân sách nhà nước 161,2 triệu đồng, Mặt trận và các đoàn thể vận động 93,4 triệu đồng.

III- CÔNG TÁC XÂY DỰNG ĐẢNG VÀ ĐOÀN THỂ

Kết nạp 14 đảng viên mới. Cả giai đoạn 2021 - 2025 kết nạp 67 đảng viên, vượt chỉ tiêu 60 đảng viên. Xây dựng kế hoạch phát triển đảng viên giai đoạn 2026 - 2030. Đoàn Thanh niên xã có 386 đoàn viên; giới thiệu 21 đoàn viên ưu tú cho Đảng xem xét, có 12 đoàn viên được kết nạp vào Đảng. Công đoàn cơ sở xã có 94 đoàn viên công đoàn. Đoàn viên có 18 sáng kiến, làm lợi 2,4 tỷ đồng.

Đảng ủy tặng giấy khen cho 12 tập thể, 40 cá nhân; các chi bộ khen thưởng 31 tập thể, 56 cá nhân. Tổng cộng có 43 tập thể và 96 cá nhân được khen thưởng các cấp.

Phần thứ hai
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

Kết nạp ít nhất 15 đảng viên mới.

Nơi nhận:
- Như trên,
- Lưu VT.

T/M ĐẢNG ỦY
BÍ THƯ
"""


@pytest.fixture(scope="module")
def commune(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "64-BC-DU-2025.txt", COMMUNE))


def facts_of(engine: Engine, value: str) -> list[tuple[str, str | None]]:
    return [(f.label, f.period) for f in engine.index.facts if f.value == Decimal(value)]


def test_one_measure_at_two_dates(commune: Engine) -> None:
    assert facts_of(commune, "41.3") == [("Thu nhập bình quân đầu người", "2020")]
    assert facts_of(commune, "58.7") == [("Thu nhập bình quân đầu người", "2025")]


def test_a_length_is_of_the_work_said_with_it(commune: Engine) -> None:
    assert facts_of(commune, "38.6") == [("Nạo vét tuyến kênh nội đồng tổng chiều dài", None)]


def test_one_hectare_is_no_figure(commune: Engine) -> None:
    assert facts_of(commune, "1") == []


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("BCH Đảng bộ xã hiện còn bao nhiêu đồng chí", "13"),  # "xã" is the commune reporting: not 15 elected
        ("năm nay xã kết nạp được bao nhiêu đảng viên mới", "14"),
        ("đầu giai đoạn đảng bộ có bao nhiêu đảng viên", "236"),
        ("thu nhập bình quân đầu người năm 2020", "41.3"),
        ("tỷ lệ hộ nghèo hiện nay còn bao nhiêu", "1.17"),
        ("kênh mương nội đồng nạo vét dài bao nhiêu km", "38.6"),
        ("phụ nữ được giúp vay vốn bao nhiêu tiền", "3.9"),
        ("đã chích bao nhiêu mũi vắc xin", "12480"),
        ("nông nghiệp chiếm bao nhiêu phần trăm cơ cấu kinh tế", "61.4"),
        ("ĐTN giới thiệu bn đv ưu tú cho Đảng", "21"),  # "đv" of the youth union; "giới thiệu" asks no shortfall
        ("công đoàn có bn đv công đoàn", "94"),
        ("tổng số tập thể được khen thưởng các cấp", "43"),  # "các cấp": all levels, not the cells' 31
        ("năm 2025 kết nạp được mấy đảng viên", "14"),  # the year's, never the 67 of "cả giai đoạn 2021 - 2025"
        ("BCH khóa mới được bầu bao nhiêu đ/c", "15"),  # "khóa mới": the committee just elected, no word to match
    ],
    ids=["commune-is-the-body", "admitted-this-year", "start-of-the-span", "income-in-2020", "poor-now",
         "canal-length", "loans-sum", "chich-is-tiem", "farm-share", "dv-of-the-youth-union", "dv-of-the-union",
         "all-levels", "year-not-span", "new-term-elected"],
)
def test_commune_answers(commune: Engine, question: str, value: str) -> None:
    answered_with(commune, question, value)


@pytest.mark.parametrize(
    "question",
    ["tổng doanh thu của hội phụ nữ", "lợi nhuận sau thuế là bao nhiêu"],
    ids=["loans-are-no-revenue", "savings-are-no-profit"],
)
def test_figures_of_another_measure(commune: Engine, question: str) -> None:
    assert commune.ask(question).status != "answered"


def test_a_household_is_not_the_state(commune: Engine) -> None:
    """"nhà khó khăn" is a household: never the "ngân sách nhà nước" part of the gifts' sum."""
    answer = commune.ask("tổng tiền quà Tết tặng gia đình chính sách, nhà khó khăn")
    assert answer.status != "answered" or (answer.figure is not None and answer.figure.value == Decimal("254.6"))


def test_a_span_ahead_is_not_this_year(commune: Engine) -> None:
    """The report names the coming span but sets no figure for it: not the 60 of the span behind."""
    assert commune.ask("chỉ tiêu kết nạp đảng viên giai đoạn 2026-2030").status == "not_found"


def test_the_number_in_a_two_column_header_row(commune: Engine) -> None:
    """"Số 64-BC/ĐU <tab> ĐẢNG CỘNG SẢN VIỆT NAM": the number is read from the header's tab row."""
    assert "Báo cáo 64-BC/ĐU (18/12/2025)" in commune.ask("năm nay kết nạp bao nhiêu đảng viên").reply


def test_a_sum_said_after_its_parts(commune: Engine) -> None:
    """"… 12 tập thể …; … 31 tập thể … Tổng cộng có 43 tập thể": the 43 is given with its two parts."""
    answer = answered_with(commune, "tổng số tập thể được khen thưởng, từng cấp", "43")
    assert sorted(p.value for p in answer.parts) == [12, 31]
