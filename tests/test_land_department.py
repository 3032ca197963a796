"""A land and environment department's year, written small in our own words.

It holds what session 17's unseen data taught: "tổng số GCN, chia lần đầu và cấp đổi" asks a breakdown
("chia sẻ", "chia làm mấy" do not); a sum named only "số tiền" in a note's clause ("lĩnh vực môi trường 44
quyết định, số tiền 1.865 triệu đồng") is that clause's, so it meets the row "… lĩnh vực môi trường"; a figure
whose words end the row's label ("thu nộp ngân sách 37,52") meets the row when its sentence says the rest and
two digits are swapped over the comma; a rate at odds with two rows belongs to neither; CTRSH, CCN, XLNT;
"chuyển đổi số năm 2024" names the year 2024 (no "so với năm 2024"); "với 2.318 thành viên" after "tổ công
nghệ số cộng đồng" in its clause meets the row "Số thành viên tổ công nghệ số cộng đồng"; a note's run of dates
("… tại thời điểm 31/12/2023 là 9,41 tỷ đồng; 31/12/2024 là 7,86 tỷ đồng") dates each item and names it so;
"46 cuộc thanh tra, kiểm tra" is one act, not cut at its comma; what was recovered is not what was demanded.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, shown_values, written

LAND_YEAR = """

ỦY BAN NHÂN DÂN TỈNH BẮC HÀ
ĐẢNG ỦY SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
*
Số 12-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Bắc Hà, ngày 15 tháng 01 năm 2026

BÁO CÁO
tổng kết công tác năm 2025

I- KẾT QUẢ

Trong năm, toàn tỉnh cấp 12.410 giấy chứng nhận, gồm cấp lần đầu 4.215 giấy và cấp đổi, cấp lại 8.195 giấy. Phê
duyệt tiền cấp quyền khai thác khoáng sản 28,40 tỷ đồng; thu nộp ngân sách 24,81 tỷ đồng, đạt 103% kế hoạch. Tổ
chức thanh tra, kiểm tra, ban hành 52 quyết định xử phạt vi phạm hành chính¹.

¹ Lĩnh vực đất đai 20 quyết định, số tiền 812 triệu đồng; lĩnh vực môi trường 32 quyết định, số tiền 1.427 triệu
đồng.

Tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt tại đô thị đạt 95,4%; khu vực nông thôn đạt 76,2%. Khối lượng chất
thải rắn sinh hoạt phát sinh bình quân 820 tấn/ngày, khối lượng được thu gom 742 tấn/ngày, đạt 90,49%. Có 9/14
cụm công nghiệp có hệ thống xử lý nước thải tập trung, chiếm 64,29%. Kinh phí chuyển đổi số năm 2024 là 12,6 tỷ
đồng, năm 2025 là 14,2 tỷ đồng. Đến nay toàn tỉnh có 412 tổ công nghệ số cộng đồng (35 tổ cấp xã và 377 tổ ở thôn),
với 2.318 thành viên. Nợ tiền thuê đất còn 6,2 tỷ đồng². Tổ chức 46 cuộc thanh tra, kiểm tra tại 120 đơn vị, gồm 18
cuộc thanh tra và 28 cuộc kiểm tra; yêu cầu truy thu 3,52 tỷ đồng, đến nay đã thu hồi 2,48 tỷ đồng. Đội ngũ cán bộ
chuyên trách công nghệ thông tin từ 56 người đầu năm 2024, được tuyển dụng mới 9 người, đến nay có 63 người.

² Số nợ tiền thuê đất tại thời điểm 31/12/2023 là 9,41 tỷ đồng; 31/12/2024 là 7,86 tỷ đồng.

PHỤ LỤC

STT\tChỉ tiêu\tĐơn vị tính\tNăm 2024\tNăm 2025\tKế hoạch 2025\t% KH
1\tCấp giấy chứng nhận quyền sử dụng đất\tGiấy\t11.020\t12.410\t12.000\t103,42
\t- Cấp lần đầu\tGiấy\t3.870\t4.215\t4.000\t105,38
\t- Cấp đổi, cấp lại\tGiấy\t7.150\t8.195\t8.000\t102,44
2\tTiền cấp quyền khai thác khoáng sản thu nộp ngân sách\tTỷ đồng\t21,30\t24,18\t24,00\t100,75
3\tTiền xử phạt vi phạm hành chính\tTriệu đồng\t1.904\t2.239\t\t
\t- Trong đó: lĩnh vực môi trường\tTriệu đồng\t1.150\t1.247\t\t
4\tTỷ lệ thu gom, xử lý chất thải rắn sinh hoạt đô thị\t%\t93,1\t95,4\t95\t100,42
5\tTỷ lệ thu gom, xử lý chất thải rắn sinh hoạt nông thôn\t%\t71,5\t76,2\t75\t101,60
6\tSố thành viên tổ công nghệ số cộng đồng\tNgười\t2.104\t2.138\t\t
"""


@pytest.fixture(scope="module")
def land(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "12-BC-DU-2026.txt", LAND_YEAR))


def test_chia_asks_a_breakdown(land: Engine) -> None:
    """"tổng số GCN cấp năm 2025, chia lần đầu và cấp đổi": the total with both parts."""
    answer = answered_with(land, "tổng số GCN cấp năm 2025, chia lần đầu và cấp đổi", "12410")
    assert {Decimal("4215"), Decimal("8195")} <= {p.value for p in answer.parts}, answer.reply


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("tiền phạt vi phạm lĩnh vực môi trường năm 2025", {"1427", "1247"}),
        ("tien cap quyen khai thac khoang san thu nop ngan sach 2025", {"24.81", "24.18"}),
    ],
    ids=["a-notes-sum-of-its-clause", "the-rows-end-said"],
)
def test_slips_against_the_appendix(land: Engine, question: str, values: set[str]) -> None:
    """Both figures shown: the note's "số tiền 1.427" against 1.247, "thu nộp ngân sách 24,81" against 24,18."""
    answer = land.ask(question)
    assert answer.conflict, answer.reply
    assert {Decimal(v) for v in values} <= shown_values(answer), answer.reply


def test_a_rate_at_odds_with_two_rows_is_no_conflict(land: Engine) -> None:
    """"khối lượng được thu gom 742 tấn/ngày, đạt 90,49%" is neither the urban nor the rural rate."""
    assert not any(land.index.conflicts.get(i) for i, f in enumerate(land.index.facts) if f.value == Decimal("90.49"))


@pytest.mark.parametrize(
    ("question", "value"),
    [("ty le thu gom CTRSH do thi 2025", "95.4"), ("tỷ lệ CCN có HT XLNT tập trung", "64.29")],
    ids=["solid-waste", "industrial-clusters"],
)
def test_environment_abbreviations(land: Engine, question: str, value: str) -> None:
    answered_with(land, question, value)


@pytest.mark.parametrize(
    "question", ["kinh phí chuyển đổi số năm 2024 bao nhiêu", "kinh phi chuyen doi so nam 2024"], ids=["accented", "folded"]
)
def test_digital_transformation_of_a_year(land: Engine, question: str) -> None:
    """"số năm 2024" is the number's word and the year, not "so với năm 2024" (a base)."""
    answered_with(land, question, "12.6")


def test_members_said_after_their_teams(land: Engine) -> None:
    """"… tổ công nghệ số cộng đồng (…), với 2.318 thành viên" against the row's 2.138: both shown."""
    answer = land.ask("tổ công nghệ số cộng đồng có bao nhiêu thành viên")
    assert {Decimal("2318"), Decimal("2138")} <= shown_values(answer), answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [("no tien thue dat cuoi nam 2023", "9.41"), ("nợ tiền thuê đất cuối năm 2024 bao nhiêu", "7.86")],
    ids=["first-date", "second-date"],
)
def test_a_run_of_dates_in_a_note(land: Engine, question: str, value: str) -> None:
    answered_with(land, question, value)


def test_inspections_said_as_one_act(land: Engine) -> None:
    """"Tổ chức 46 cuộc thanh tra, kiểm tra …, gồm 18 cuộc thanh tra và 28 cuộc kiểm tra": the 46 with its parts."""
    answer = answered_with(land, "thanh tra kiem tra bao nhieu cuoc, chia ra", "46")
    assert {Decimal("18"), Decimal("28")} <= {p.value for p in answer.parts}, answer.reply


def test_recovered_is_not_demanded(land: Engine) -> None:
    """"đã thu hồi" asks the 2,48 recovered, never the 3,52 "yêu cầu truy thu"."""
    answer = land.ask("đã thu hồi được bao nhiêu tiền truy thu sau thanh tra, kiểm tra")
    assert answer.figure is None or answer.figure.value != Decimal("3.52"), answer.reply


def test_now_after_a_year_said_before(land: Engine) -> None:
    """"từ 56 người đầu năm 2024, được tuyển dụng mới 9 người, đến nay có 63 người": the 63 stand now, not in 2024."""
    assert {f.period for f in land.index.facts if f.value == Decimal("63") and f.unit == "người"} == {"hiện nay"}
