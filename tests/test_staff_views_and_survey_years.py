"""Staff of a public body, views of its channels, a survey's year, border words (session 33, report154–157's habits).

- "Tổng biên chế … là 905 người, gồm 231 công chức và 674 viên chức": "viên chức" is a unit of people, and people
  of a kind are the parts of a count of "người" (before, "viên chức" was no unit: the parts were bare figures).
- "… có 1.175 công chức, viên chức, người lao động, trong đó 264 bác sĩ, …, 58 dược sĩ và 301 viên chức, người
  lao động khác": a count whose unit the lexicon does not name breaks into people of a kind.
- "TikTok 48,6 triệu lượt xem": "lượt xem" is one phrase (before, "lượt" and "xem" were dropped as filler and
  "luot xem tiktok" was answered by the 2.150 videos posted there).
- "Theo kết quả rà soát cuối năm 2024, toàn tỉnh có 9.312 hộ nghèo, …; trong đó hộ nghèo dân tộc thiểu số 7.105
  hộ": the survey's year holds for the clause after the semicolon (before, the 7.105 had no year and answered
  "còn bao nhiêu hộ nghèo dân tộc thiểu số" in place of the 2025 figure).
- "đạt bao nhiêu phần trăm (chỉ tiêu 90%)": the target is given as a rate, so the rate reached is asked, not its
  share of the target; "… so với chỉ tiêu?" still asks the share.
- XNC, BĐBP, LLLĐ, CBCT spelled out.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import DATA, answered_with, engine_for, written

BROADCASTER = """
ĐẢNG ỦY ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH NAM SƠN

Số 41-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Nam Sơn, ngày 20 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I. KẾT QUẢ

1. Nền tảng số

Tổng lượt xem trên các nền tảng số đạt 142,7 triệu lượt, tăng 21,4% so với năm 2024; trong đó: TikTok 48,6 triệu lượt xem, tăng 35,2%; YouTube 61,3 triệu lượt xem, tăng 18,9%; Facebook 32,8 triệu lượt xem video.

Đã xuất bản 9.420 tin, bài, video trên các nền tảng số (YouTube 3.870, TikTok 2.150, Facebook 3.400).

2. Tổ chức bộ máy

Tổng biên chế được giao năm 2025 là 905 người, gồm 231 công chức và 674 viên chức.

Bệnh viện trực thuộc có 1.175 công chức, viên chức, người lao động, trong đó 264 bác sĩ, 552 điều dưỡng, hộ sinh, 58 dược sĩ và 301 viên chức, người lao động khác.
"""

POOR_HOUSEHOLDS = """
BAN DÂN TỘC TỈNH LÂM BÌNH

Số 77/BC-BDT

Lâm Bình, ngày 15 tháng 12 năm 2025

BÁO CÁO
công tác dân tộc năm 2025

I. KẾT QUẢ

Theo kết quả rà soát cuối năm 2024, toàn tỉnh có 9.312 hộ nghèo, tỷ lệ 6,41%; trong đó hộ nghèo dân tộc thiểu số 7.105 hộ, chiếm 76,30% tổng số hộ nghèo.

Kết quả rà soát sơ bộ cuối năm 2025, toàn tỉnh còn 7.654 hộ nghèo, tỷ lệ 5,18%; hộ nghèo dân tộc thiểu số còn 5.890 hộ, tỷ lệ 9,72%.

PHỤ LỤC
KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025

STT\tChỉ tiêu\tĐVT\tChỉ tiêu năm 2025\tThực hiện năm 2025\t% so với chỉ tiêu
1\tTỷ lệ chi hội người cao tuổi vững mạnh, khá\t%\t90\t100\t111,11
2\tTỷ lệ thôn có nhà văn hóa\t%\t95\t97,5\t102,63
"""

BORDER_POST = """
ĐẢNG ỦY BỘ ĐỘI BIÊN PHÒNG TỈNH VÂN ĐỒNG

Số 95-BC/ĐU

Vân Đồng, ngày 18 tháng 12 năm 2025

BÁO CÁO
tổng kết công tác năm 2025

I. KẾT QUẢ

Đảng bộ Bộ đội Biên phòng tỉnh có 12 tổ chức cơ sở đảng với 1.215 đảng viên.

Năm 2025, các cửa khẩu làm thủ tục cho 1.204.310 lượt người xuất nhập cảnh, tăng 10,24% so với năm 2024; 186.420 lượt phương tiện xuất nhập cảnh.
"""


@pytest.fixture(scope="module")
def broadcaster(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "41-BC-DU-2025.txt", BROADCASTER))


@pytest.fixture(scope="module")
def poor_households(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "77-BC-BDT-2025.txt", POOR_HOUSEHOLDS))


@pytest.fixture(scope="module")
def border_post(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "95-BC-DU-2025.txt", BORDER_POST))


def test_staff_counted_by_kind(broadcaster: Engine) -> None:
    """The 905 posts with their 231 and 674: "viên chức" counts people, parts of the 905 people (a guard: before,
    both parts were bare figures, parts by the rule for those)."""
    answer = answered_with(broadcaster, "tổng biên chế được giao năm 2025 gồm bao nhiêu công chức, viên chức", "905")
    assert [p.value for p in answer.parts] == [231, 674]


def test_a_staff_of_no_named_unit_breaks_into_people(broadcaster: Engine) -> None:
    """The hospital's 1.175 with all four kinds of its staff, the 301 "viên chức … khác" among them (a guard: before,
    the 301 had no unit and was a part too; "viên chức" a unit, it is a part by this rule)."""
    answer = answered_with(broadcaster, "số công chức, viên chức, người lao động của bệnh viện, chia ra bác sĩ, điều dưỡng, dược sĩ, khác", "1175")
    assert [p.value for p in answer.parts] == [264, 552, 58, 301]
    # the others asked alone: the 301 in its own unit (before, the 1.175 they are part of)
    answered_with(broadcaster, "so vien chuc nguoi lao dong khac cua benh vien", "301")


@pytest.mark.parametrize(
    ("question", "value"),
    [("luot xem tiktok", "48.6"), ("lượt xem youtube bao nhiêu", "61.3")],
    ids=["plain", "accented"],
)
def test_views_are_one_phrase(broadcaster: Engine, question: str, value: str) -> None:
    """The views in millions, never the videos posted ("TikTok 2.150")."""
    answered_with(broadcaster, question, value)


def test_a_survey_year_holds_after_the_semicolon(poor_households: Engine) -> None:
    """2024's 7.105 poor minority households, and the 5.890 left at the end of 2025."""
    answered_with(poor_households, "năm 2024 có bao nhiêu hộ nghèo dân tộc thiểu số", "7105")
    answered_with(poor_households, "còn bao nhiêu hộ nghèo dân tộc thiểu số", "5890")


def test_a_target_given_as_a_rate_asks_the_rate_reached(poor_households: Engine) -> None:
    """100 %, not its 111,11 % of the target; asked "so với chỉ tiêu", the share (a guard: it passed before)."""
    answered_with(poor_households, "tỷ lệ chi hội người cao tuổi vững mạnh, khá đạt bao nhiêu phần trăm (chỉ tiêu 90%)", "100")
    answered_with(poor_households, "chi hội người cao tuổi vững mạnh, khá đạt bao nhiêu % so với chỉ tiêu?", "111.11")


@pytest.mark.parametrize(
    ("question", "value"),
    [("lượt người xnc năm 2025", "1204310"), ("Đảng bộ BĐBP tỉnh hiện có bao nhiêu đảng viên?", "1215")],
    ids=["xnc", "bdbp"],
)
def test_border_abbreviations(border_post: Engine, question: str, value: str) -> None:
    """XNC is "xuất nhập cảnh", BĐBP "Bộ đội Biên phòng" (a guard here: the body's own name was enough before)."""
    answered_with(border_post, question, value)


def test_report157s_labour_force(report157: Engine) -> None:
    """LLLĐ is "lực lượng lao động": report157's 812,6 thousand people aged 15 and over."""
    answered_with(report157, "LLLĐ từ 15t trở lên", "812.6")


@pytest.fixture(scope="module")
def report157() -> Engine:
    return engine_for(DATA / "report157" / "report157.txt")
