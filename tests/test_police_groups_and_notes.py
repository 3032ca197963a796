"""A provincial police committee's year (report151's habits), in our own words (session 33).

- An appendix row that only says "Số vụ" under the group "III | TAI NẠN GIAO THÔNG": what it counts is the
  group's name (before, "quý III có bao nhiêu vụ tai nạn giao thông" found nothing).
- "⁷ Đường bộ 279 vụ, chết 168 người; đường sắt 03 vụ" explains "286 vụ tai nạn giao thông": a short item of a
  note is read in the words of the text's figure it is a part of (before: not found).
- "… 1.246 vụ …, giảm 6,32% so với năm 2024 (1.330 vụ)³" with "³ Giết người 19 vụ; …; lừa đảo 187 vụ (trong đó
  92 vụ trên không gian mạng, thiệt hại 21,4 tỷ đồng); …": the note's items add up to the 1.246 once the
  bracket's parts of an item are left out, so they are this year's, not 2024's (before, "số vụ phạm tội năm
  2024" was answered by an item, 150 "các loại tội phạm khác", dated 2024).
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import DATA, answered_with, engine_for, written

POLICE_YEAR = """
ĐẢNG ỦY CÔNG AN TỈNH HÀ VÂN

Số 301-BC/ĐUCA

ĐẢNG CỘNG SẢN VIỆT NAM

Hà Vân, ngày 16 tháng 12 năm 2025

BÁO CÁO
tổng kết công tác năm 2025

I. KẾT QUẢ

1. Phòng, chống tội phạm

Trong năm, phát hiện 1.020 vụ phạm tội về trật tự xã hội, giảm 5,03% so với năm 2024 (1.074 vụ)³; điều tra làm rõ 905 vụ.

2. Trật tự an toàn giao thông

Trên địa bàn tỉnh xảy ra 241 vụ tai nạn giao thông, làm chết 150 người, bị thương 171 người; so với năm 2024 giảm 18 vụ (6,95%)⁷. Tai nạn giao thông được kéo giảm cả 3 tiêu chí.

II. PHƯƠNG HƯỚNG NĂM 2026

Kéo giảm tai nạn giao thông trên 5% cả 3 tiêu chí so với năm 2025.

³ Giết người 14 vụ; cố ý gây thương tích 106 vụ; trộm cắp tài sản 518 vụ; lừa đảo chiếm đoạt tài sản 152 vụ (trong đó 92 vụ trên không gian mạng, thiệt hại 21,4 tỷ đồng); các loại tội phạm khác 230 vụ.
⁷ Đường bộ 233 vụ, chết 145 người; đường thủy nội địa 05 vụ, chết 03 người; đường sắt 03 vụ, chết 02 người.

PHỤ LỤC
KẾT QUẢ MỘT SỐ CHỈ TIÊU NĂM 2025 THEO QUÝ

STT\tNội dung\tĐVT\tQuý I\tQuý II\tQuý III\tQuý IV\tNăm 2025\tNăm 2024
I\tTỘI PHẠM VỀ TRẬT TỰ XÃ HỘI\t\t\t\t\t\t\t
1\tSố vụ phạm tội phát hiện\tvụ\t262\t248\t270\t240\t1.020\t1.074
II\tTAI NẠN GIAO THÔNG\t\t\t\t\t\t\t
2\tSố vụ\tvụ\t66\t57\t61\t57\t241\t259
3\tSố người chết\tngười\t41\t35\t38\t36\t150\t162
III\tCHÁY, NỔ\t\t\t\t\t\t\t
4\tSố vụ cháy\tvụ\t8\t4\t6\t5\t23\t29
"""


@pytest.fixture(scope="module")
def police(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "301-BC-DUCA-2025.txt", POLICE_YEAR))


@pytest.fixture(scope="module")
def report151() -> Engine:
    return engine_for(DATA / "report151" / "report151.txt")


def test_a_bare_count_row_counts_its_group(police: Engine) -> None:
    """"Số vụ" under "TAI NẠN GIAO THÔNG", never the fires' "Số vụ cháy" of the same quarter."""
    answered_with(police, "quý III có bao nhiêu vụ tai nạn giao thông", "61")


@pytest.mark.parametrize(
    ("question", "value"),
    [("quý III có bao nhiêu vụ tai nạn giao thông", "71"), ("năm 2024 có bao nhiêu vụ TNGT", "312")],
    ids=["quarter", "year-abbrev"],
)
def test_report151s_accidents_by_quarter_and_year(report151: Engine, question: str, value: str) -> None:
    """report151's appendix row "12 | Số vụ" under "III | TAI NẠN GIAO THÔNG"."""
    answered_with(report151, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [("so vu tai nan giao thong duong bo", "233"), ("TNGT đường sắt bn vụ", "3")],
    ids=["plain", "abbrev"],
)
def test_a_short_note_item_is_named_by_its_whole(police: Engine, question: str, value: str) -> None:
    """The note's road and rail accidents, parts of the 241 accidents its marker follows (the abbreviated
    one is a guard: it passed before as well)."""
    answered_with(police, question, value)


def test_report151s_road_accidents(report151: Engine) -> None:
    """"⁷ Đường bộ 279 vụ, …" of the 286 accidents, asked with a slip."""
    answered_with(report151, "so vu tai nan giao thogn duong bo", "279")


def test_a_bracket_inside_a_note_item_leaves_the_items_this_years(police: Engine) -> None:
    """The thefts of the note are of 2025: asked for 2025 they are found, asked for 2024 the report has none
    (before, 518 was given as 2024's)."""
    answered_with(police, "trộm cắp tài sản năm 2025 bao nhiêu vụ", "518")
    assert police.ask("năm 2024 trộm cắp tài sản bao nhiêu vụ").status == "not_found"
