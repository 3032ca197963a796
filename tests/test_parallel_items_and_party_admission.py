"""Items of a list named over their commas, a footnote pointed at with "nói", and admission to the Party in a
union's report, in our own words (session 32).

- "trong đó cấp lần đầu 5.384 giấy, cấp đổi, cấp lại, đăng ký biến động 13.258 giấy": an item opening with the
  first word of the item before ("cấp") is named by all its words; before, the 13.258 was only "đăng ký biến
  động", and "cấp đổi, cấp lại bao nhiêu" found nothing to break the 18.642 into.
- "Chú thích 3 nói …": "nói" (says) is a word of the asking, like "ghi".
- "kết nạp Đảng" in a union's report: the members admitted to the Party, not the union's own new members.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import DATA, answered_with, engine_for, written

LAND_YEAR = """
ĐẢNG ỦY SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LAM SƠN

Số 61-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Lam Sơn, ngày 11 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I. KẾT QUẢ

1. Quản lý đất đai
Năm 2025, toàn tỉnh cấp 12.460 giấy chứng nhận quyền sử dụng đất, đạt 103,8% kế hoạch; trong đó cấp lần đầu 3.215 giấy, cấp đổi, cấp lại, đăng ký biến động 9.245 giấy. Tổ chức 214 cuộc đối thoại với người dân³.
³ Đối thoại định kỳ 168 cuộc; đối thoại đột xuất, theo đề nghị của người dân 46 cuộc.
"""

UNION_YEAR = """
ĐẢNG ĐOÀN LIÊN ĐOÀN LAO ĐỘNG TỈNH LAM SƠN

Số 44-BC/ĐĐ

ĐẢNG CỘNG SẢN VIỆT NAM

Lam Sơn, ngày 09 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I. KẾT QUẢ

Năm 2025, các cấp công đoàn đã kết nạp mới 8.240 đoàn viên, đạt 103% chỉ tiêu, tăng 6,15% so với năm 2024. Đã giới thiệu 1.120 đoàn viên ưu tú cho Đảng xem xét; có 862 đoàn viên được kết nạp vào Đảng, đạt 105,6% chỉ tiêu, tăng 8,42% so với năm 2024.
"""


@pytest.fixture(scope="module")
def land(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "61-BC-DU-2025.txt", LAND_YEAR))


@pytest.fixture(scope="module")
def bundled() -> Engine:
    return Engine.open("sqlite://")


@pytest.fixture(scope="module")
def report150() -> Engine:
    return engine_for(DATA / "report150" / "report150.txt")


@pytest.fixture(scope="module")
def union(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "44-BC-DD-2025.txt", UNION_YEAR))


@pytest.mark.parametrize(
    "question", ["GCN cấp lần đầu và cấp đổi, cấp lại mỗi loại bn", "giay chung nhan cap lan dau, cap doi cap lai bao nhieu"],
    ids=["abbrev", "plain"],
)
def test_an_item_is_named_over_its_commas(land: Engine, question: str) -> None:
    """12.460 with its two kinds, 3.215 and 9.245."""
    answer = land.ask(question)
    shown = {f.value for f in [answer.figure, *answer.parts] if f is not None}
    assert {Decimal("3215"), Decimal("9245")} <= shown, answer.reply


def test_a_notes_item_is_named_over_its_commas(land: Engine) -> None:
    """"đối thoại đột xuất, theo đề nghị của người dân 46 cuộc": the 46 are the unscheduled dialogues."""
    answered_with(land, "đối thoại đột xuất bao nhiêu cuộc", "46")


@pytest.mark.parametrize(
    ("question", "value"),
    [("Chú thích 3 nói số cuộc đối thoại định kỳ là bao nhiêu", "168"), ("chu thich 3 noi doi thoai dinh ky may cuoc", "168")],
    ids=["accented-guard", "plain-guard"],
)
def test_a_footnote_said_to_say(land: Engine, question: str, value: str) -> None:
    """"Chú thích 3 nói …": 168 (guards: these passed before as well)."""
    answered_with(land, question, value)


def test_what_the_bundled_reports_note_says(bundled: Engine) -> None:
    """"Chú thích 17 nói số huy hiệu Đảng do Tỉnh ủy trao": 21 ("nói" asks nothing; before, "nói số" was read as
    words to match and nothing was found)."""
    answered_with(bundled, "Chú thích 17 nói số huy hiệu Đảng do Tỉnh ủy trao là bao nhiêu?", "21")


def test_the_party_admissions_rise_in_a_union_report(report150: Engine) -> None:
    """report150: "kết nạp Đảng tăng bao nhiêu %" is the 1.267 members admitted to the Party (9,89 %), not the
    union's own new members (7,45 %), as it was answered before."""
    answered_with(report150, "kết nạp Đảng tăng bao nhiêu % so với năm 2024", "9.89")


def test_admission_to_the_party_is_not_the_unions(union: Engine) -> None:
    """"kết nạp Đảng tăng bao nhiêu %": never the union's own new members' 6,15 % (a guard: it held before too)."""
    answer = union.ask("kết nạp Đảng tăng bao nhiêu % so với năm 2024")
    assert answer.figure is None or answer.figure.value != Decimal("6.15"), answer.reply


@pytest.mark.parametrize(
    "question",
    ["đoàn viên được kết nạp Đảng tăng bao nhiêu % so với năm 2024", "năm 2025 đoàn viên công đoàn được kết nạp Đảng tăng mấy %"],
    ids=["rise", "rise-dated"],
)
def test_union_members_admitted_to_the_party(union: Engine, question: str) -> None:
    """The Party's 862 rose 8,42 %; naming the union ("công đoàn") keeps them (a guard: it passed before)."""
    answered_with(union, question, "8.42")
