"""Units said around a figure, written small in our own words.

Session 21's data taught: an appendix's "(Đơn vị tính: tỷ đồng)" under its title is the unit of columns naming
none ("Tổng mức đầu tư", "Giải ngân 9 tháng": a span, no unit "tháng"); "Nhà đồng đội | Số nhà" counts houses,
no money ("đồng"); "tổng số dân quân tự vệ" asks how many there are, not the 8.425 turn-outs ("lượt"); "đảng
viên nhập ngũ năm 2023 bao nhiêu" asks a count, not the share they make; "dân số năm 2021" dates the question;
"(Số liệu đến ngày 30/11/2025)" dates a table of bodies, so the text's "Đến ngày 30/11/2025 … 86,47%" meets its
"Toàn tỉnh 86,74" (a slip of two digits).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

MILITARY = """

ĐẢNG BỘ TỈNH TÂY LĨNH
ĐẢNG ỦY QUÂN SỰ TỈNH
*
Số 17-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tây Lĩnh, ngày 10 tháng 12 năm 2025

BÁO CÁO
tổng kết công tác quân sự, quốc phòng năm 2025

I- KẾT QUẢ

Toàn tỉnh có 17.368 đồng chí dân quân tự vệ. Trong đợt lũ tháng 10, huy động 12.640 lượt cán bộ, chiến sĩ,
trong đó dân quân tự vệ 8.425 lượt. Xây dựng 46 nhà đồng đội với kinh phí 3.680 triệu đồng. Đến ngày 30/11/2025,
tỷ lệ xã đạt chuẩn an toàn làm chủ đạt 86,47%.

PHỤ LỤC I
CHÍNH SÁCH HẬU PHƯƠNG QUÂN ĐỘI

STT\tĐơn vị\tNhà đồng đội\t
\t\tSố nhà\tKinh phí (triệu đồng)
1\tBan CHQS huyện An Lạc\t7\t552
2\tBan CHQS huyện Bình Lãng\t6\t476

PHỤ LỤC II
MỘT SỐ CHỈ TIÊU QUA CÁC NĂM

STT\tChỉ tiêu\tĐơn vị tính\tNăm 2021\tNăm 2022\tNăm 2023
1\tĐảng viên nhập ngũ\tNgười\t35\t37\t39
2\tTỷ lệ đảng viên trong số công dân nhập ngũ\t%\t2,31\t2,45\t2,57
3\tTỷ lệ dân quân tự vệ so với dân số\t%\t1,31\t1,33\t1,35

PHỤ LỤC III
GIẢI NGÂN VỐN ĐẦU TƯ THEO DỰ ÁN
(Đơn vị tính: tỷ đồng)

STT\tTên dự án\tTổng mức đầu tư\tGiải ngân 9 tháng
1\tDoanh trại Ban CHQS huyện An Lạc\t145,6\t38,25

PHỤ LỤC IV
XÃ ĐẠT CHUẨN AN TOÀN LÀM CHỦ THEO ĐƠN VỊ
(Số liệu đến ngày 30/11/2025)

STT\tĐơn vị\tSố xã\tTỷ lệ xã đạt chuẩn an toàn làm chủ (%)
1\tHuyện An Lạc\t18\t88,89
2\tHuyện Bình Lãng\t22\t84,95
\tToàn tỉnh\t40\t86,74
"""


@pytest.fixture(scope="module")
def military(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "17-BC-DU-2025.txt", MILITARY))


def test_a_tables_unit_said_under_its_title(military: Engine) -> None:
    """"(Đơn vị tính: tỷ đồng)": both columns in billions, "Giải ngân 9 tháng" no count of months."""
    cells = {f.value: f.unit for f in military.index.facts if "Doanh trại" in f.label}
    assert cells == {Decimal("145.6"): "tỷ đồng", Decimal("38.25"): "tỷ đồng"}, cells


def test_comrades_houses_are_no_money(military: Engine) -> None:
    """"Nhà đồng đội | Số nhà": 7 houses, not 7 đồng."""
    seven = next(f for f in military.index.facts if f.value == Decimal("7") and f.origin == "table")
    assert seven.unit != "đồng" and seven.kind == "count", (seven.unit, seven.kind)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tổng số dân quân tự vệ toàn tỉnh là bao nhiêu", "17368"),
        ("ty le dqtv so voi dan so nam 2021", "1.31"),
        ("năm nay làm nhà đồng đội hết bao nhiêu tiền", "3680"),
    ],
    ids=["how-many-not-turn-outs", "population-year-is-the-period", "money-not-houses"],
)
def test_what_is_counted_is_answered(military: Engine, question: str, value: str) -> None:
    """The figure counting what is asked, in the unit asked."""
    answered_with(military, question, value)


def test_a_count_asked_is_not_a_share(military: Engine) -> None:
    """"đảng viên nhập ngũ năm 2023 bao nhiêu": the 39 members, the 2,57% share no answer nor rival."""
    answer = answered_with(military, "đảng viên nhập ngũ năm 2023 bao nhiêu", "39")
    assert all(f.value != Decimal("2.57") for f in answer.alternatives), answer.reply


def test_a_tables_date_said_under_its_title(military: Engine) -> None:
    """The text's 86,47% and the table's 86,74 of the same date are shown both, each with its source."""
    answer = military.ask("tỷ lệ xã đạt chuẩn an toàn làm chủ toàn tỉnh")
    shown = {f.value for f in [answer.figure, *answer.alternatives] if f is not None}
    assert answer.status == "answered" and answer.conflict, answer.reply  # one figure at odds, not two readings
    assert {Decimal("86.47"), Decimal("86.74")} <= shown, answer.reply
