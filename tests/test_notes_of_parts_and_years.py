"""A note holding both a figure's parts and its earlier years, officials' shorthand of union finance, and a count of
comrades that is no sum of money, in our own words (session 32).

- "Thu kinh phí công đoàn năm 2025 đạt 186,42 tỷ đồng, …, tăng 7,84% so với năm 2024¹¹" with "¹¹ Khu vực hành
  chính sự nghiệp 64,83 tỷ đồng; khu vực doanh nghiệp 121,59 tỷ đồng. Năm 2023 thu 161,07 tỷ đồng; năm 2024 thu
  172,86 tỷ đồng.": the undated items add up to the 186,42, which the note explains; before, the note was left to
  the 7,84% its marker follows, and "năm 2023 thu kinh phí công đoàn" found nothing.
- "KPCĐ", "CSDL", "CCCD" are spelled out by the lexicon.
- "số cđcs chia theo khu vực …": the sectors are those of the money's note, but the unions counted are held by
  neither that total nor its parts: never the 186,42 tỷ đồng. A unit "đồng chí" is no sum of money ("đồng").
- "412 đồng chí tham gia, gồm 250 chủ tịch … và 162 ủy viên …": people of any kind are parts of the comrades.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

UNION_YEAR = """
ĐẢNG ĐOÀN LIÊN ĐOÀN LAO ĐỘNG TỈNH HÒA SƠN

Số 52-BC/ĐĐ

ĐẢNG CỘNG SẢN VIỆT NAM

Hòa Sơn, ngày 08 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I. KẾT QUẢ

1. Phát triển đoàn viên, công đoàn cơ sở
Toàn tỉnh có 1.240 công đoàn cơ sở; trong đó khu vực hành chính sự nghiệp 702 công đoàn cơ sở, khu vực doanh nghiệp 538 công đoàn cơ sở. Lớp bồi dưỡng cán bộ công đoàn có 412 đồng chí tham gia, gồm 250 chủ tịch công đoàn cơ sở và 162 ủy viên ban chấp hành.

2. Tài chính công đoàn
Thu kinh phí công đoàn năm 2025 đạt 186,42 tỷ đồng, đạt 103,57% kế hoạch (180 tỷ đồng), tăng 7,84% so với năm 2024¹¹; thu đoàn phí công đoàn 41,35 tỷ đồng. Cơ sở dữ liệu đoàn viên đã cập nhật 95.420 hồ sơ. Phối hợp với Công an tỉnh vận động 18.306 đoàn viên làm thẻ căn cước công dân gắn chip.
¹¹ Khu vực hành chính sự nghiệp 64,83 tỷ đồng; khu vực doanh nghiệp 121,59 tỷ đồng. Năm 2023 thu 161,07 tỷ đồng; năm 2024 thu 172,86 tỷ đồng.
"""


@pytest.fixture(scope="module")
def union(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "52-BC-DD-2025.txt", UNION_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("nam 2023 thu kinh phi cong doan duoc bao nhieu", "161.07"),
        ("thu KPCĐ năm 2024 bao nhiêu", "172.86"),
    ],
    ids=["plain", "abbrev"],
)
def test_a_note_of_parts_and_years_explains_the_sum(union: Engine, question: str, value: str) -> None:
    """The note's years are the union dues' own, as the sum its undated items add up to."""
    answer = answered_with(union, question, value)
    assert answer.figure is not None and "kinh phí công đoàn" in answer.figure.label.lower(), answer.reply


def test_a_part_of_the_note_is_asked_in_shorthand(union: Engine) -> None:
    """"KPCĐ khu vực HCSN": the note's 64,83."""
    answered_with(union, "KPCĐ khu vực HCSN thu đc bn", "64.83")


def test_the_sum_is_broken_down_by_the_notes_parts(union: Engine) -> None:
    """"thu KPCĐ theo từng khu vực": 186,42 with 64,83 and 121,59."""
    answer = answered_with(union, "thu KPCĐ chia theo từng khu vực bao nhiêu", "186.42")
    assert {str(p.value) for p in answer.parts} >= {"64.83", "121.59"}, answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [("CSDL đoàn viên cập nhật bn hồ sơ", "95420"), ("vận động làm CCCD cho bao nhiêu đoàn viên", "18306")],
    ids=["csdl", "cccd"],
)
def test_shorthand_of_the_genre_is_spelled_out(union: Engine, question: str, value: str) -> None:
    """CSDL is "cơ sở dữ liệu", CCCD "căn cước công dân" (a guard here: the rest of these questions found them
    before as well; report150's "CSDL đất đai làm thêm đc bn xã" did not)."""
    answered_with(union, question, value)


def test_unions_by_sector_are_no_sum_of_money(union: Engine) -> None:
    """"số cđcs chia theo khu vực hcsn, doanh nghiệp" counts unions: never the dues (186,42 tỷ đồng). A guard: before,
    the note was no breakdown of the dues at all."""
    answer = union.ask("số cđcs chia theo khu vực hcsn, khu vực doanh nghiệp")
    shown = {str(f.value) for f in [answer.figure, *answer.parts, *answer.alternatives] if f is not None}
    assert "186.42" not in shown and "64.83" not in shown, answer.reply


def test_comrades_trained_are_broken_down(union: Engine) -> None:
    """412 đồng chí, of whom 250 chairs and 162 "ủy viên": people of any kind are the comrades' parts (before, the
    162 counted in "ủy viên" kept the 412 from its parts, and the three were offered to choose from)."""
    answer = answered_with(union, "lớp bồi dưỡng cán bộ công đoàn bao nhiêu người, chia ra chủ tịch và ủy viên", "412")
    assert {str(p.value) for p in answer.parts} >= {"250", "162"}, answer.reply
