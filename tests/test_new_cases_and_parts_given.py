"""A court's "cũ … mới …", a key held down, and a part given before the total is asked (session 34), in our own words.

- "Thụ lý 1.392 vụ (cũ 36 vụ, mới 1.356 vụ)": the 1.356 is named "mới". Before, "mới" folded like the "mỗi" of the
  plan's talk, so the figure took its lead's name ("Án hình sự") and "án hình sự thụ lý bao nhiêu vụ" was answered
  with the new cases alone.
- "kyy luat": a key held down on a word whose "y" is matched as "i" ("kỷ" as "kỉ"). Before, nothing was found.
- "Huy hiệu Đảng do Tỉnh ủy trao 21 đồng chí, tổng số được trao là bao nhiêu": the clause typing 21 gives a part
  the total is asked beside. Before, the part it named was offered with the total (ambiguous).
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]

COURT = """
TÒA ÁN NHÂN DÂN TỈNH HÀ LAM
ĐẢNG ỦY
*
Số 41-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Hà Lam, ngày 18 tháng 12 năm 2025

BÁO CÁO
kết quả công tác năm 2025

I. CÔNG TÁC THỤ LÝ, GIẢI QUYẾT CÁC LOẠI VỤ VIỆC

- Án hình sự: Thụ lý 1.392 vụ/2.417 bị cáo (cũ 36 vụ, mới 1.356 vụ), tăng 87 vụ so với cùng kỳ; đã giải quyết 1.361 vụ/2.355 bị cáo, đạt 97,77%.

- Án dân sự: Thụ lý 2.204 vụ, việc (cũ 318, mới 1.886); đã giải quyết 1.957 vụ, việc, đạt 88,79%.
"""


@pytest.fixture(scope="module")
def court(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "41-BC-DU-2025.txt", COURT))


@pytest.mark.parametrize(
    ("question", "value"),
    [("án hình sự thụ lý bao nhiêu vụ", "1392"), ("số vụ án hình sự thụ lý", "1392"), ("án hình sự thụ lý mới bao nhiêu vụ", "1356")],
    ids=["all-accepted", "all-accepted-short", "new-ones"],
)
def test_new_cases_named_new(court: Engine, question: str, value: str) -> None:
    """All the cases accepted, or the new ones when asked; the new ones named so."""
    answer = answered_with(court, question, value)
    if value == "1356":
        assert answer.figure is not None and "mới" in answer.figure.label


@pytest.mark.parametrize(
    "question", ["bao nhieu dang vien bi kyy luat", "so dang vien bi kyy luatj"], ids=["held-key", "held-key-telex"]
)
def test_a_key_held_down_on_y(engine: Engine, question: str) -> None:
    """The members disciplined (39), whatever the key held down."""
    answered_with(engine, question, "39")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Huy hiệu Đảng do Tỉnh ủy trao 21 đồng chí, tổng số được trao là bao nhiêu đồng chí", "120"),
        ("cảnh cáo có 10 người; tất cả kỷ luật mấy đảng viên", "39"),
    ],
    ids=["badges", "discipline-guard"],
)
def test_the_total_asked_beside_a_part_given(engine: Engine, question: str, value: str) -> None:
    """The total, not the part the question gives (the discipline one is a guard: it passed before)."""
    answered_with(engine, question, value)
