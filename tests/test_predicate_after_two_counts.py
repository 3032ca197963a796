"""A predicate said after two counts joined by "và" is said of both, "không" / "chưa" ones too (session 30, in
our own words).

"… còn 01 tổ chức cơ sở đảng và 33 đảng viên không hoàn thành nhiệm vụ năm 2025": the one party base did not
fulfil its tasks either. Before, it was labelled "tổ chức cơ sở đảng" alone and answered "có bao nhiêu tổ chức cơ
sở đảng" (the district has 42) in a report that says the 42 with fewer of the question's words (the guards
on the three answers pass at the commit before too, in this short report).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

DISTRICT_HALF_YEAR = """
HUYỆN ỦY PHÚ LAM

Số 77-BC/HU

ĐẢNG CỘNG SẢN VIỆT NAM

Phú Lam, ngày 5 tháng 7 năm 2026

BÁO CÁO
sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2026

I. TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN

Đến ngày 30/6/2026, Đảng bộ huyện có 42 tổ chức cơ sở đảng (15 đảng bộ cơ sở, 27 chi bộ cơ sở) với 3.915 đảng viên.

Tuy nhiên, vẫn còn những hạn chế: 01 tổ chức cơ sở đảng và 33 đảng viên không hoàn thành nhiệm vụ năm 2025.
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "77-BC-HU-2026.txt", DISTRICT_HALF_YEAR))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("có bao nhiêu tổ chức cơ sở đảng", "42"),
        ("bao nhiêu TCCSĐ không hoàn thành nhiệm vụ", "1"),
        ("mấy đảng viên không hoàn thành nhiệm vụ", "33"),
    ],
    ids=["all-the-bases", "the-base-that-failed", "the-members-who-failed"],
)
def test_the_predicate_is_said_of_both(district: Engine, question: str, expected: str) -> None:
    """The 42 bases; the one base and the 33 members that did not fulfil their tasks."""
    answered_with(district, question, expected)


def test_the_reply_names_what_the_one_base_did_not_do(district: Engine) -> None:
    """The quoted label of the one base says it did not fulfil its tasks, as the sentence does."""
    answer = district.ask("bao nhiêu TCCSĐ không hoàn thành nhiệm vụ")
    assert answer.figure is not None and answer.figure.value == Decimal("1"), answer.reply
    assert "không hoàn thành nhiệm vụ" in answer.figure.label, answer.reply
