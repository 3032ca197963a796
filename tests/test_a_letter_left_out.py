"""A syllable typed a letter short ("khiển trác", "địn lượng", "khôn xếp loại"), and a word typed with its tones
that no report writes (session 30, in our own words).

Before, "trác" typed with its tones was read as Telex ("tr" + the tone key "r": "tác"), and a syllable no report
writes was mended only when a neighbour stood with the mended word very often. Now a word typed with tones is
never Telex, and a syllable the reports never write, a letter short of one that stands with a neighbour, is
mended to it; typed with tones, only when the reports write the mended word with those tones ("tròn 60 năm" is
not "trong năm").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from knowledge.question import parse
from tests.report_sets import answered_with, engine_for, written

DISTRICT_HALF_YEAR = """
HUYỆN ỦY THẠCH BÀN

Số 41-BC/HU

ĐẢNG CỘNG SẢN VIỆT NAM

Thạch Bàn, ngày 30 tháng 6 năm 2026

BÁO CÁO
kết quả công tác xây dựng Đảng 6 tháng đầu năm 2026

I. CÔNG TÁC KIỂM TRA, GIÁM SÁT VÀ THI HÀNH KỶ LUẬT

Công tác kiểm tra được tăng cường: cấp ủy các cấp kiểm tra 48 tổ chức đảng. Qua kiểm tra và giải quyết tố cáo, các cấp ủy đã thi hành kỷ luật 31 đảng viên vi phạm; trong đó khiển trách 19 đảng viên, cảnh cáo 9 đảng viên, khai trừ 3 đảng viên. Có 12/14 chỉ tiêu định lượng hoàn thành, đạt 85,71%.

II. CÔNG TÁC ĐẢNG VIÊN

Trong 6 tháng, kết nạp 57 đảng viên mới; chuyển đi 23 đảng viên. Tổ chức trao tặng Huy hiệu Đảng cho 126 đồng chí¹.

¹ Huy hiệu 30 năm tuổi Đảng 61 đồng chí, 40 năm tuổi Đảng 42 đồng chí, 50 năm tuổi Đảng 17 đồng chí, 60 năm tuổi Đảng 6 đồng chí.
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "41-BC-HU-2026.txt", DISTRICT_HALF_YEAR))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("kỷ luật khiển trác bao nhiu đảng viên", "19"),
        ("khiển trác bn đv", "19"),
        ("bao nhiu chỉ tiêu địn lượng hoàn thành", "12"),
        ("chuyn di bao nhieu dang vien", "23"),
    ],
    ids=["toned-a-letter-short", "toned-short-form", "toned-final-consonant-left-out", "plain-vowel-left-out"],
)
def test_a_syllable_a_letter_short_is_mended(district: Engine, question: str, expected: str) -> None:
    """The slip is mended to the word its neighbour stands with, and the figure is found ("địn lượng" passes at
    the commit before too: in so short a report the pair is tied strongly enough for the old rule)."""
    answered_with(district, question, expected)


def test_a_toned_word_no_report_writes_is_not_mended_to_another_tone(district: Engine) -> None:
    """"tròn 60 năm" is 60 years in the party, not "trong năm" (the 126 given badges this half year). Guard: this
    passes at the commit before too; it fails if the toned check is dropped."""
    answer = district.ask("bao nhiêu đồng chí được trao huy hiệu vì tròn 60 năm ở trong Đảng")
    assert answer.figure is None or answer.figure.value != Decimal("126"), answer.reply


def test_a_toned_word_is_never_read_as_telex(district: Engine) -> None:
    """"trác" typed with its tone is "trách" a letter short, not "tr" + the Telex tone key "r" ("tác", which the
    report writes in "Công tác")."""
    asked = parse("kỷ luật khiển trác bao nhiu đảng viên", district.index)
    assert ("khien", "trach") in [c.words for c in asked.concepts]
