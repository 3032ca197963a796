"""A farmers' association's mid-term review and industrial zones' rates, written small in our own words.

Session 19's data taught: 48,27 and 42,87 tỷ đồng disagree by two swapped digits, and so do 88,02 and "88,20" (a
trailing zero printed); "… và KCN Hòa Mỹ (93,69%)" is that zone's rate, against its row's 93,96; a mid-term
review's column "Giữa nhiệm kỳ" is the term so far; "bằng 120,59% kế hoạch" meets the row's "% KH" 120,95; and "100% đảng viên hoàn thành nhiệm vụ" is no row of the association's bases.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import engine_for, shown_values, written

MIDTERM = """

TỈNH ỦY HẬU GIANG MỚI
ĐẢNG ĐOÀN HỘI NÔNG DÂN TỈNH
*
Số 31-BC/ĐĐ
ĐẢNG CỘNG SẢN VIỆT NAM
Hậu Giang Mới, ngày 12 tháng 6 năm 2026

BÁO CÁO
sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2023 - 2028

I- KẾT QUẢ THỰC HIỆN

1. Quỹ Hỗ trợ nông dân

Từ đầu nhiệm kỳ, Quỹ Hỗ trợ nông dân các cấp đã thu hồi 48,27 tỷ đồng vốn vay đến hạn để quay vòng cho vay.

2. Xây dựng tổ chức Hội

Tỷ lệ cơ sở Hội hoàn thành tốt nhiệm vụ trở lên bình quân giữa nhiệm kỳ đạt 88,02%. Đảng đoàn lãnh đạo quán
triệt nghị quyết; hằng năm 100% đảng viên hoàn thành nhiệm vụ trở lên.

PHỤ LỤC

STT\tNội dung\tĐơn vị tính\tChỉ tiêu NQ\tNăm 2023\tNăm 2024\tNăm 2025\tGiữa nhiệm kỳ\t% so chỉ tiêu
1\tVốn Quỹ Hỗ trợ nông dân thu hồi quay vòng\tTỷ đồng\t\t12,40\t14,31\t16,16\t42,87\t
2\tCơ sở Hội hoàn thành tốt nhiệm vụ trở lên\t%\t85\t86,44\t88,14\t89,47\t88,20\t103,76
"""


@pytest.fixture(scope="module")
def midterm(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "31-BC-DD-2026.txt", MIDTERM))


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("quỹ hỗ trợ nông dân thu hồi bao nhiêu tỷ từ đầu nhiệm kỳ", {"48.27", "42.87"}),
        ("ty le co so hoi hoan thanh tot nhiem vu tro len binh quan giua nhiem ky", {"88.02", "88.2"}),
    ],
    ids=["money-with-two-decimals", "trailing-zero"],
)
def test_two_swapped_digits_are_a_conflict(midterm: Engine, question: str, values: set[str]) -> None:
    """Text and appendix disagree by two neighbouring digits: both figures are shown, each with its source."""
    answer = midterm.ask(question)
    assert answer.status == "answered", answer.reply
    assert {Decimal(v) for v in values} <= shown_values(answer), answer.reply


def test_the_members_share_is_no_row_of_the_bases(midterm: Engine) -> None:
    """"100% đảng viên hoàn thành nhiệm vụ" is about the party members, not the row of the association's bases
    (a guard: the row's "Giữa nhiệm kỳ" cell is now read as the term's)."""
    hundred = [i for i, f in enumerate(midterm.index.facts) if f.value == Decimal("100") and f.origin == "text"]
    assert hundred and not any(midterm.index.conflicts.get(i) for i in hundred)


ZONES = """

TỈNH ỦY TÂY VÂN
ĐẢNG ỦY BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP
*
Số 147-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tây Vân, ngày 25 tháng 9 năm 2026

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ 9 tháng đầu năm 2026

I- KẾT QUẢ

Có 02 KCN có tỷ lệ lấp đầy trên 90% là KCN Phú Lâm (94,79%) và KCN Hòa Mỹ (93,69%); KCN Bàu Sen đạt 71,15%.

Giải ngân vốn đầu tư công hạ tầng các KCN 8.679,4 tỷ đồng, đạt 88,15% kế hoạch vốn¹.

¹ Vốn ngân sách trung ương: kế hoạch 3.412,8 tỷ đồng, giải ngân 2.954,1 tỷ đồng, đạt 86,56%; vốn ngân sách địa
phương: kế hoạch 6.433,5 tỷ đồng, giải ngân 5.725,3 tỷ đồng, đạt 88,99%.

PHỤ LỤC

STT\tKhu công nghiệp\tDiện tích (ha)\tĐã cho thuê (ha)\tTỷ lệ lấp đầy (%)
1\tKCN Phú Lâm\t420\t398,1\t94,79
2\tKCN Hòa Mỹ\t350\t328,9\t93,96
3\tKCN Bàu Sen\t300\t213,5\t71,15

II. MỘT SỐ CHỈ TIÊU CHỦ YẾU

STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2026\t9 tháng 2026
1\tTỷ lệ giải ngân so với kế hoạch vốn\t%\t100\t88,15
"""


@pytest.fixture(scope="module")
def zones(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "147-BC-DU-2026.txt", ZONES))


def test_a_bracketed_figure_after_a_bodys_name_meets_its_row(zones: Engine) -> None:
    """"KCN Hòa Mỹ (93,69%)" is that zone's rate; its row says 93,96: both shown. Phú Lâm agrees: no conflict."""
    answer = zones.ask("tỷ lệ lấp đầy KCN Hòa Mỹ")
    assert answer.status == "answered", answer.reply
    assert {Decimal("93.69"), Decimal("93.96")} <= shown_values(answer), answer.reply
    assert not zones.ask("tỷ lệ lấp đầy KCN Phú Lâm").conflict


def test_a_part_a_note_names_is_no_rival_of_the_whole(zones: Engine) -> None:
    """"¹ Vốn ngân sách trung ương: …, đạt 86,56%" is a part of the 88,15% disbursed: no conflict with its row."""
    index = zones.index
    part = [i for i, f in enumerate(index.facts) if f.value == Decimal("86.56")]
    assert part and not any(index.conflicts.get(i) for i in part)


RED_CROSS = """

TỈNH ỦY BÌNH LAM
ĐẢNG ĐOÀN HỘI CHỮ THẬP ĐỎ TỈNH
*
Số 58-BC/ĐĐ
ĐẢNG CỘNG SẢN VIỆT NAM
Bình Lam, ngày 16 tháng 12 năm 2026

BÁO CÁO
kết quả công tác Hội năm 2026

I- KẾT QUẢ

Năm 2026, tổng giá trị tiền và hàng vận động đạt 96,47 tỷ đồng, bằng 120,59% kế hoạch; kết nạp 5.238 hội viên mới,
đạt 104,76% kế hoạch.

PHỤ LỤC

STT\tChỉ tiêu\tĐơn vị tính\tNăm 2025\tKế hoạch 2026\tNăm 2026\t% KH
1\tTổng giá trị tiền và hàng\tTỷ đồng\t81,24\t80\t96,47\t120,95
2\tKết nạp hội viên mới\tHội viên\t4.915\t5.000\t5.238\t104,76
"""


@pytest.fixture(scope="module")
def red_cross(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "58-BC-DD-2026.txt", RED_CROSS))


def test_a_share_of_the_plan_meets_the_rows_share(red_cross: Engine) -> None:
    """"bằng 120,59% kế hoạch" against the row's "% KH" 120,95: both shown; 104,76 agrees, no conflict."""
    answer = red_cross.ask("tien va hang dat bao nhieu % ke hoach")
    assert answer.status == "answered", answer.reply
    assert {Decimal("120.59"), Decimal("120.95")} <= shown_values(answer), answer.reply
    assert not red_cross.ask("kết nạp hội viên mới đạt bao nhiêu % kế hoạch").conflict
