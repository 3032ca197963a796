"""VNI marks typed inside a word, and a religion the report does not list (session 29, in our own words).

On a phone with VNI input the marks follow their letters: "d9a3ng vie6n" is "đảng viên", "lua65t" is "luật".
Before, only a mark at a word's end was read, and "ky3 lua65t" stayed unknown. "tín đồ Hồi giáo" lost
"Hồi" (a stop word, "hồi đó") and was answered by all believers.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

RELIGIONS_NOTE = """
TỈNH ỦY BẮC LÂM
BAN DÂN VẬN
*
Số 51-BC/BDVTU
ĐẢNG CỘNG SẢN VIỆT NAM
Bắc Lâm, ngày 05 tháng 12 năm 2025

BÁO CÁO
công tác tôn giáo năm 2025

I. TÌNH HÌNH
Toàn tỉnh có 05 tôn giáo được công nhận với 204.310 tín đồ, trong đó: Phật giáo 121.500 tín đồ, Công giáo 60.210 tín đồ, Tin lành 22.600 tín đồ.
Các cấp ủy thi hành kỷ luật 12 đảng viên có vi phạm liên quan đến hoạt động tôn giáo trái phép.
"""


@pytest.fixture(scope="module")
def religions(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "51-BC-BDVTU-2025.txt", RELIGIONS_NOTE))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("so61 d9a3ng vie6n bi5 ky3 lua65t", "12"),
        ("ti1n d9o62 co6ng gia1o bn", "60210"),
    ],
    ids=["members-disciplined", "catholic-believers"],
)
def test_vni_marks_inside_words(religions: Engine, question: str, value: str) -> None:
    """Marks typed after their letters, inside the word, are read as the word they mark."""
    answered_with(religions, question, value)


@pytest.mark.parametrize(
    "question",
    ["có bao nhiêu tín đồ Hồi giáo", "tin do dao hoi bao nhieu nguoi"],
    ids=["muslims-named", "muslims-typed-bare"],
)
def test_a_religion_not_listed(religions: Engine, question: str) -> None:
    """The report lists no Muslims: no figure, neither all believers nor another faith's (the second held before
    too: a guard)."""
    answer = religions.ask(question)
    assert answer.status != "answered", answer.reply
