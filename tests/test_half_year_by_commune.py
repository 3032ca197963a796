"""A half year's appendix by commune: "KH năm | TH 6 tháng | % KH | Cùng kỳ" (session 28, in our own words).

Before: "TH 6 tháng" was read as a part of each row, "Cùng kì 2025" (typed with "kì") as the whole year 2025,
"Tr.đ" as no unit of money; the bare total "GIẢI NGÂN VỐN ĐẦU TƯ CÔNG" of the appendix stood before the
text's same plan said in the question's words, and a breakdown asked of the appendix's total (no parts there)
was answered without the sources the text lists (in report125; in this small report the year said in the
text, the plan and the breakdown pass at the commit before too: guards that the appendix now read does not hide
them).
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

HALF_YEAR = """
ĐẢNG BỘ TỈNH NAM HÀ
HUYỆN ỦY PHÚ THẠNH
*
Số 41-BC/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Phú Thạnh, ngày 08 tháng 7 năm 2026

BÁO CÁO
kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026

I. XÂY DỰNG ĐẢNG
Sáu tháng đầu năm kết nạp 96 đảng viên, đạt 48% kế hoạch năm (200 đảng viên), tăng 14,29% so với cùng kỳ. Cả năm 2025 toàn Đảng bộ kết nạp 205 đảng viên.

II. KINH TẾ
Kế hoạch vốn đầu tư công năm 2026 được giao 96.300 triệu đồng; đến ngày 30/6/2026 giải ngân 41.265 triệu đồng, bằng 42,85% kế hoạch⁴.
⁴ Vốn ngân sách huyện 25.140 triệu đồng; vốn ngân sách tỉnh 12.305 triệu đồng; vốn chương trình mục tiêu quốc gia 3.820 triệu đồng.

PHỤ LỤC
STT	Đơn vị	ĐVT	KH năm 2026	TH 6 tháng	% KH	Cùng kì 2025	Ghi chú
I	KẾT NẠP ĐẢNG VIÊN
1	Xã Phú An	ĐV	70	31	44,29	27
2	Xã Phú Lợi	ĐV	60	29	48,33	25
3	Thị trấn Phú Thạnh	ĐV	70	36	51,43	32
	Tổng cộng	ĐV	200	96	48,00	84
II	GIẢI NGÂN VỐN ĐẦU TƯ CÔNG
1	Xã Phú An	Tr.đ	31.000	13.115	42,31	10.020
2	Xã Phú Lợi	Tr.đ	28.300	12.050	42,58	9.870
3	Thị trấn Phú Thạnh	Tr.đ	37.000	16.100	43,51	12.410
	Tổng cộng	Tr.đ	96.300	41.265	42,85	32.300
"""


@pytest.fixture(scope="module")
def half_year(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "41-BC-HU-2026.txt", HALF_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("cùng kỳ 2025 kết nạp mấy đv", "84"),
        ("thi tran phu thanh ket nap dang vien cung ky 2025", "32"),
        ("giải ngân đầu tư công cùng kỳ năm 2025", "32300"),
        ("cả năm 2025 kết nạp được bao nhiêu đảng viên", "205"),
        ("tong ke hoach von dau tu cong giao", "96300"),
    ],
    ids=["same-span-last-year", "a-communes-same-span", "money-same-span", "the-whole-year-said", "plan-in-the-texts-words"],
)
def test_the_half_years_columns(half_year: Engine, question: str, value: str) -> None:
    """"Cùng kì 2025" beside "TH 6 tháng" is the first half of 2025, not the year; the plan is found in the text's words."""
    answered_with(half_year, question, value)


def test_money_of_the_table_in_millions(half_year: Engine) -> None:
    """"Tr.đ" is triệu đồng: a commune's disbursement is money."""
    answer = answered_with(half_year, "xã Phú Lợi giải ngân vốn đầu tư công 6 tháng được bao nhiêu tiền", "12050")
    assert answer.figure is not None and answer.figure.unit == "triệu đồng", answer.reply


def test_a_breakdown_the_text_gives(half_year: Engine) -> None:
    """The appendix's total has no parts; the text's same figure has its sources: they are shown."""
    answer = answered_with(half_year, "giải ngân vốn đầu tư công chia theo nguồn vốn", "41265")
    assert {str(p.value) for p in answer.parts} == {"25140", "12305", "3820"}, answer.reply
