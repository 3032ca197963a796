"""A business bloc's mid-term review, written small in our own words.

It holds what session 13's unseen reports taught: a breakdown asked by naming the parts in one clause
each ("bao nhiêu chính thức, bao nhiêu dự bị") where the parts share one sentence; a breakdown of a
figure the appendix states alone and the text with its parts; a total named by words its parts lack
("toàn xã hội"); "đảng viên mới" typed without tones (no "mỗi"); "đại hội thì" (no "hội thi"); and the
officials' words "ra khỏi hàng ngũ của Đảng", "mất chức", "làm ăn bị lỗ", "DN ngoài NN", "ra khỏi Đ".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

HEAD = "STT\tNội dung\tĐVT\tNăm 2021\tNăm 2022\t6 tháng 2023\tThực hiện\tChỉ tiêu Nghị quyết\t% so với chỉ tiêu"

MID_TERM = f"""

ĐẢNG BỘ TỈNH LAM SƠN
ĐẢNG ỦY KHỐI DOANH NGHIỆP
*
Số 58-BC/ĐUK
ĐẢNG CỘNG SẢN VIỆT NAM
Lam Sơn, ngày 10 tháng 8 năm 2023

BÁO CÁO
kết quả thực hiện Nghị quyết Đại hội Đảng bộ Khối nhiệm kỳ 2020 – 2025
giữa nhiệm kỳ

Phần thứ nhất
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT

I- ĐẶC ĐIỂM TÌNH HÌNH

Đảng bộ Khối có 64 tổ chức cơ sở đảng; trong đó 12 tổ chức cơ sở đảng trong doanh nghiệp ngoài nhà nước. Đến nay Đảng bộ có 4.812 đảng viên, tăng 286 đảng viên so với đầu nhiệm kỳ. Gồm: 4.655 đảng viên chính thức và 157 đảng viên dự bị.

II- KẾT QUẢ LÃNH ĐẠO

1. Sản xuất, kinh doanh

Tổng vốn đầu tư phát triển của các doanh nghiệp trong Khối 9.214 tỷ đồng, trong đó vốn ngân sách nhà nước 2.106 tỷ đồng, vốn ngoài ngân sách nhà nước 7.108 tỷ đồng. Từ năm 2022 đến nay, các doanh nghiệp tiếp nhận 24.200 hồ sơ đăng ký hợp đồng. Có 05 doanh nghiệp kinh doanh thua lỗ¹. Công ty cổ phần May Hòa Bình còn nợ bảo hiểm xã hội của người lao động 6,2 tỷ đồng, Công ty Cơ khí Lam Sơn còn nợ 3,1 tỷ đồng.

¹ Lỗ lũy kế 128,4 tỷ đồng.

2. Giáo dục chính trị, tư tưởng

Tổ chức học tập chuyên đề cho 31.240 lượt người, trong đó 11.920 lượt đảng viên và 19.320 lượt quần chúng. Tổ chức 27 lớp bồi dưỡng nhận thức về Đảng và bồi dưỡng lý luận chính trị dành cho đảng viên mới có 1.930 đồng chí tham gia, đạt 72% nghị quyết Đại hội.

3. Xây dựng tổ chức đảng và đảng viên

Ban Chấp hành Đảng bộ Khối được Đại hội bầu 33 đồng chí, Ban Thường vụ 11 đồng chí; từ đầu nhiệm kỳ đến nay có 02 đồng chí chuyển công tác (trong đó 01 đồng chí Ủy viên Ban Thường vụ), hiện Ban Chấp hành còn 31 đồng chí, Ban Thường vụ 10 đồng chí. Kết nạp 412 đảng viên³. Rà soát, đưa ra khỏi Đảng 19 đảng viên²; thi hành kỷ luật cách chức 04 đảng viên.

² Xóa tên 12 đảng viên, khai trừ 07 đảng viên.
³ Trước sắp xếp kết nạp 180 đảng viên, sau sắp xếp kết nạp 232 đảng viên; trong đó có 150 đảng viên là đoàn viên thanh niên, chiếm 36,41%.

Từ đầu nhiệm kỳ, các tổ chức cơ sở đảng kết nạp 412 đảng viên⁴.

⁴ Năm 2021 kết nạp 131 đảng viên; năm 2022: 184 đảng viên; 6 tháng đầu năm 2023: 133 đảng viên.

4. Công tác dân vận

Công đoàn Khối: Chăm lo đời sống đoàn viên, xây dựng 12 căn nhà "Mái ấm công đoàn"; giới thiệu 418 đoàn viên công đoàn ưu tú cho Đảng xem xét, kết nạp 276 đồng chí.

Đến ngày 30/6/2023, có 38/45 doanh nghiệp ngoài nhà nước đã thành lập tổ chức công đoàn (chiếm 84,44%).

Đoàn Khối: Tổ chức 46 công trình thanh niên. Giới thiệu 386 đoàn viên ưu tú cho Đảng xem xét, có 301 đoàn viên được kết nạp.

Đầu năm 2022 các doanh nghiệp nhận đỡ đầu 210 hộ nghèo (tỷ lệ 0,8%) và 305 hộ cận nghèo (tỷ lệ 1,2%); trong năm giảm 64 hộ nghèo, đạt 106,67% kế hoạch, giảm 38 hộ cận nghèo, đạt 95% kế hoạch.

Phần thứ hai
PHƯƠNG HƯỚNG, NHIỆM VỤ ĐẾN CUỐI NHIỆM KỲ

Tiếp tục lãnh đạo thực hiện thắng lợi Nghị quyết Đại hội.

PHỤ LỤC
(Kèm theo Báo cáo số 58-BC/ĐUK)

{HEAD}
1\tKết nạp đảng viên mới (cả nhiệm kỳ)\tĐảng viên\t131\t148\t133\t412\t600\t68,67
4\tHồ sơ đăng ký hợp đồng tiếp nhận\tHồ sơ\t4.400\t15.300\t8.900\t28.600\t\t
2\tLượt quần chúng học tập chuyên đề\tLượt\t6.210\t7.480\t5.630\t19.320\t\t
3\tMở lớp bồi dưỡng lý luận chính trị\t\t\t\t\t\t\t
\t- Nhận thức về Đảng\tLớp\t6\t7\t4\t17\t20\t85
\t- Bồi dưỡng lý luận chính trị dành cho đảng viên mới\tLớp\t3\t4\t3\t10\t25\t40

T/M ĐẢNG ỦY
BÍ THƯ
"""


@pytest.fixture(scope="module")
def bloc(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "58-BC-DUK-2023.txt", MID_TERM))


@pytest.mark.parametrize(
    ("question", "total", "parts"),
    [
        ("tổng số đảng viên, bao nhiêu chính thức bao nhiêu dự bị", "4812", ["4655", "157"]),
        ("tổng lượt học tập chuyên đề, chia ra đảng viên và quần chúng", "31240", ["11920", "19320"]),
        ("vốn đầu tư phát triển chia theo nguồn ngân sách và ngoài ngân sách", "9214", ["2106", "7108"]),
    ],
    ids=["parts-in-one-clause", "appendix-figure-with-text-parts", "total-named-alone"],
)
def test_a_breakdown_asked_part_by_part_is_the_total_with_its_parts(
    bloc: Engine, question: str, total: str, parts: list[str]
) -> None:
    answer = answered_with(bloc, question, total)
    assert [p.value for p in answer.parts] == [Decimal(v) for v in parts], answer.reply


def test_parts_asked_each_are_answered_in_turn(bloc: Engine) -> None:
    """"bn đv chính thức, bn đv dự bị": two asks, each answered in the order asked, then their total (session 31;
    before, the total came first with the two as its parts)."""
    answer = answered_with(bloc, "bn đv chính thức, bn đv dự bị", "4655")
    assert [f.value for f in answer.also] == [Decimal("157"), Decimal("4812")], answer.reply


def test_one_part_named_is_that_part(bloc: Engine) -> None:
    """"dệt may" is no "mấy": one debtor is asked, not every debt."""
    answered_with(bloc, "công ty cổ phần may Hòa Bình còn nợ bảo hiểm của người lao động bao nhiêu", "6.2")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("so với hồi đại hội thì đảng viên tăng thêm bao nhiêu", "286"),
        ("từ đại hội thì số đảng viên tăng mấy người", "286"),
    ],
    ids=["congress-then", "congress-then-rose"],
)
def test_words_that_fold_like_others(bloc: Engine, question: str, value: str) -> None:
    answered_with(bloc, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("bao nhiêu người bị đưa ra khỏi hàng ngũ của Đảng", "19"),
        ("tổng số đv đưa ra khỏi Đ", "19"),
        ("mấy người bị mất chức", "4"),
        ("mấy doanh nghiệp làm ăn bị lỗ", "5"),
        ("sl TCCSĐ trong DN ngoài NN", "12"),
    ],
    ids=["out-of-the-ranks", "d-for-dang", "lost-the-post", "made-a-loss", "nn-for-state"],
)
def test_officials_words(bloc: Engine, question: str, value: str) -> None:
    answered_with(bloc, question, value)


def test_what_is_left_now_is_no_part_of_what_was_elected(bloc: Engine) -> None:
    """"bầu … Ban Thường vụ 11; … 01 Ủy viên Ban Thường vụ chuyển công tác, hiện … Ban Thường vụ 10": 10 now,
    not 11 made of 1 and 10."""
    answer = answered_with(bloc, "BTV hiện có mấy đ/c", "10")
    assert answer.parts == [], answer.reply


@pytest.mark.parametrize(
    "question",
    [
        "6 tháng đầu năm 2022 kết nạp bao nhiêu đảng viên",  # the report has 2022 and 6 tháng 2023, no half of 2022
        "phường Tân Hưng kết nạp bao nhiêu đv",  # a place the report never names
        "trong nhiệm kỳ đã cổ phần hóa xong bao nhiêu doanh nghiệp",  # no equitisation figure
    ],
    ids=["half-year-missing", "unknown-place", "equitised"],
)
def test_what_the_report_does_not_hold_is_not_answered(bloc: Engine, question: str) -> None:
    answer = bloc.ask(question)
    assert answer.status == "not_found", answer.reply


def test_a_run_of_the_years_is_no_conflict_with_the_rows_total(bloc: Engine) -> None:
    """"Từ năm 2022 đến nay … 24.200 hồ sơ" sums the row's 2022 and 6 tháng 2023 (15.300 + 8.900), not its
    28.600 since 2021: another span, not a disagreement between the text and the appendix."""
    said = [i for i, f in enumerate(bloc.index.facts) if f.value == Decimal("24200")]
    assert said and all(not bloc.index.conflicts.get(i) for i in said)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("sau sap xep ket nap duoc bao nhieu dang vien", "232"),
        ("trước sắp xếp kết nạp mấy đv", "180"),
        ("giảm hộ nghèo đạt bao nhiêu % kế hoạch", "106.67"),
        ("giam ho can ngheo dat may % ke hoach", "95"),
    ],
    ids=["after-the-merger", "before-the-merger", "poor-households-share", "near-poor-share"],
)
def test_a_part_or_share_said_of_what_is_asked(bloc: Engine, question: str, value: str) -> None:
    """A part said to be after (before) an event, asked so; a share said right after the count it is of."""
    answered_with(bloc, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [("có bao nhiêu đoàn viên thanh niên được vào Đảng", "301"), ("cong doan gioi thieu bao nhieu doan vien uu tu cho dang", "418")],
    ids=["youth-union", "trade-union"],
)
def test_a_paragraph_led_by_another_body_is_not_asked(bloc: Engine, question: str, value: str) -> None:
    """"Công đoàn Khối: … kết nạp 276 đồng chí" is the trade union's; the youth union's members admitted are 301."""
    answered_with(bloc, question, value)


def test_a_footnotes_yearly_item_disagreeing_with_its_cell_is_a_conflict(bloc: Engine) -> None:
    """Footnote 4's "năm 2022: 184 đảng viên" (of "phát triển đảng viên") against the row's 2022 cell 148."""
    answer = bloc.ask("năm 2022 kết nạp bao nhiêu đảng viên")
    shown = {answer.figure.value if answer.figure else None, *(a.value for a in answer.alternatives)}
    assert {Decimal("184"), Decimal("148")} <= shown, answer.reply


def test_a_fraction_as_of_a_day_is_of_that_day(bloc: Engine) -> None:
    """"Đến ngày 30/6/2023, có 38/45 doanh nghiệp …": the 38 is the state on that day, asked by it."""
    answered_with(bloc, "đến 30/6/2023 có bao nhiêu doanh nghiệp ngoài nhà nước đã thành lập công đoàn", "38")


PROVINCE = """

ĐẢNG BỘ TỈNH LAM SƠN
BAN CHẤP HÀNH
*
Số 12-BC/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Lam Sơn, ngày 12 tháng 10 năm 2023

BÁO CÁO
sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 – 2025

Phần thứ nhất
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT

Hiện toàn tỉnh có 5.862 doanh nghiệp đang hoạt động. Năm 2022 xảy ra 112 vụ tai nạn giao thông đường bộ, làm chết 58 người. Đảng bộ tỉnh hiện có 22 đảng bộ trực thuộc¹ với 58.240 đảng viên. Đến ngày 30/9/2023 có 1.578/1.584 thôn, tổ dân phố có chi bộ (đạt 99,62%), còn 06 thôn, tổ dân phố chưa có chi bộ. Đến ngày 30/9/2023 toàn tỉnh có 290/512 trường đạt chuẩn quốc gia, tỷ lệ 56,64%²; ước cuối năm 2023 có 301 trường.

¹ Gồm 12 đảng bộ huyện, 02 đảng bộ khối, 08 đảng bộ cơ sở trực thuộc Tỉnh ủy.
² Gồm: mầm non 80 trường; tiểu học 110 trường; trung học cơ sở 85 trường; trung học phổ thông 15 trường.

Kết quả kiểm điểm, đánh giá, xếp loại chất lượng năm 2022 (tính đến ngày 15/12/2022): có 786 tổ chức cơ sở đảng được đánh giá. Có 57.436 đảng viên được đánh giá, xếp loại; tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 91,58%³.

³ Hoàn thành xuất sắc nhiệm vụ 9.120 đồng chí; hoàn thành tốt nhiệm vụ 43.480 đồng chí; hoàn thành nhiệm vụ 4.506 đồng chí; không hoàn thành nhiệm vụ 330 đồng chí.

Phần thứ hai
PHƯƠNG HƯỚNG, NHIỆM VỤ

Tiếp tục lãnh đạo thực hiện thắng lợi Nghị quyết Đại hội.

T/M TỈNH ỦY
BÍ THƯ
"""


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "12-BC-TU-2023.txt", PROVINCE))


def test_hamlets_and_street_groups_counted_together(province: Engine) -> None:
    """"1.578/1.584 thôn, tổ dân phố có chi bộ": one unit of two words; what the 1.578 have is not the 1.584's."""
    labels = {f.value: f.label for f in province.index.facts if f.origin == "text"}
    assert labels[Decimal("1578")] == "số thôn, tổ dân phố có chi bộ"
    assert labels[Decimal("1584")] == "tổng số thôn, tổ dân phố"


def test_the_committee_issuing_the_report_is_no_part_named(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A report of "ĐẢNG BỘ TỈNH … / BAN CHẤP HÀNH" is the Tỉnh ủy's: "Tỉnh ủy có bao nhiêu đảng bộ trực thuộc" asks
    its 22, not the 08 "đảng bộ cơ sở trực thuộc Tỉnh ủy" whose label happens to name it."""
    province = engine_for(written(tmp_path_factory, "12-BC-TU-2023.txt", PROVINCE))
    answered_with(province, "tỉnh ủy có bao nhiêu đảng bộ trực thuộc", "22")


def test_a_note_on_the_rate_breaks_down_the_count_before_it(province: Engine) -> None:
    """"290/512 trường đạt chuẩn quốc gia, tỷ lệ 56,64%²": note 2 (80 + 110 + 85 + 15) is the 290's breakdown, asked by
    a kind every part has ("cấp học": tiểu học, trung học …)."""
    answer = answered_with(province, "trường đạt chuẩn quốc gia chia theo cấp học", "290")
    assert [p.value for p in answer.parts] == [Decimal(v) for v in ("80", "110", "85", "15")], answer.reply


def test_the_grades_noted_on_the_rate_are_the_members_rated(province: Engine) -> None:
    """"Kết quả … năm 2022 (tính đến ngày 15/12/2022): …. Có 57.436 đảng viên được đánh giá …; tỷ lệ … 91,58%³": the
    lead-in dates the paragraph, and note 3's four grades break the 57.436 down."""
    answer = answered_with(province, "kết quả xếp loại đảng viên năm 2022 từng mức", "57436")
    assert [p.value for p in answer.parts] == [Decimal(v) for v in ("9120", "43480", "4506", "330")], answer.reply


def test_what_the_parts_are_told_apart_by_is_a_hint(province: Engine) -> None:
    """"… phân theo mức độ": the kind of the parts ("mức độ") is no word of their labels; the total with its parts."""
    answer = answered_with(province, "xếp loại đảng viên năm 2022 phân theo mức độ", "57436")
    assert len(answer.parts) == 4, answer.reply


@pytest.mark.parametrize(
    "question",
    ["năm nay thành lập mới bao nhiêu doanh nghiệp", "bao nhiêu vụ tai nạn đường sắt"],
    ids=["set-up-this-year", "railway"],
)
def test_a_state_or_another_road_does_not_answer(province: Engine, question: str) -> None:
    """The firms there are now are not the firms set up this year; road accidents are not railway ones."""
    answer = province.ask(question)
    assert answer.status != "answered", answer.reply
