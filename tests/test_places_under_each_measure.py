"""An appendix of places under each measure, with a unit column (session 28, in our own words).

"STT | Địa bàn | ĐVT | Năm 2024 | KH năm 2025 | TH năm 2025 | % so với KH" with a heading row per measure
("I Diện tích trồng rừng mới") and the districts under it. Before, the table was read as one of bodies
whose columns are measures: the unit column was a figure, the plan and the result columns two measures
named "KH" and "TH", so the text's "trồng mới 2.184 ha rừng" never met the province's 2.148 in the table.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, shown_values, written

FARMS_YEAR = """
UBND TỈNH TÂY HÀ
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
*
Số 905/BC-SNNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Tây Hà, ngày 18 tháng 12 năm 2025

BÁO CÁO
kết quả thực hiện nhiệm vụ năm 2025

I. KẾT QUẢ
1. Lâm nghiệp
Toàn tỉnh trồng mới 2.184 ha rừng tập trung, đạt 109,2% kế hoạch.
2. Đất đai
Trong năm cấp 9.315 giấy chứng nhận quyền sử dụng đất, đạt 103,5% kế hoạch.

PHỤ LỤC
KẾT QUẢ THEO ĐỊA BÀN

STT	Địa bàn	ĐVT	Năm 2024	KH năm 2025	TH năm 2025	% so với KH
I	Diện tích trồng rừng mới tập trung
1	Huyện Bắc Sơn	ha	612	700	745	106,43
2	Huyện Nam Khê	ha	880	900	958	106,44
3	Huyện Đông Lâm	ha	401	400	445	111,25
	Toàn tỉnh	ha	1.893	2.000	2.148	107,40
II	Giấy chứng nhận quyền sử dụng đất đã cấp
1	Huyện Bắc Sơn	giấy	3.104	3.000	3.216	107,20
2	Huyện Nam Khê	giấy	2.870	3.100	3.055	98,55
3	Huyện Đông Lâm	giấy	2.966	2.900	3.044	104,97
	Toàn tỉnh	giấy	8.940	9.000	9.315	103,50
"""


@pytest.fixture(scope="module")
def farms(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "905-BC-SNNMT-2025.txt", FARMS_YEAR))


def test_the_text_and_the_province_row_disagree(farms: Engine) -> None:
    """The text's 2.184 ha and the table's 2.148 ha are one measure: both are shown."""
    answer = farms.ask("trồng mới bao nhiêu ha rừng tập trung")
    assert {Decimal("2184"), Decimal("2148")} <= shown_values(answer), answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("huyện Nam Khê cấp bao nhiêu giấy chứng nhận quyền sử dụng đất năm 2025", "3055"),
        ("huyện Bắc Sơn trồng rừng mới bao nhiêu ha năm 2025", "745"),
        ("kế hoạch trồng rừng mới năm 2025 của huyện Đông Lâm", "400"),
    ],
    ids=["certificates-of-a-district", "forest-of-a-district", "a-districts-plan"],
)
def test_a_district_under_its_measure(farms: Engine, question: str, value: str) -> None:
    """A district's cell is read under the measure headed above it, in the unit of its row."""
    answer = answered_with(farms, question, value)
    assert answer.figure is not None and answer.figure.unit in ("ha", "giấy"), answer.reply
