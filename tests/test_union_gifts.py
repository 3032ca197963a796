"""A labour federation's Tết gifts, written small in our own words.

Session 18's unseen data taught: a table of the unions below ("Công đoàn ngành Y tế | 1.870") is another body's
figure only when the question names the reporting body; "công đoàn các cấp chi" names a kind of body, so the
rows stay rivals and the table's total is no answer for what the unions themselves paid for (a guard here;
report65's held-back set showed it).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import engine_for, written

UNION_GIFTS = """

TỈNH ỦY HẢI LÂM
ĐẢNG ĐOÀN LIÊN ĐOÀN LAO ĐỘNG TỈNH
*
Số 72-BC/ĐĐLĐLĐ
ĐẢNG CỘNG SẢN VIỆT NAM
Hải Lâm, ngày 10 tháng 12 năm 2026

BÁO CÁO
kết quả công tác năm 2026

I- CHĂM LO ĐOÀN VIÊN

Công đoàn các cấp đã trao tặng 8.275 suất quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn⁵.

⁵ Vận động người sử dụng lao động 4.615 suất; các nhà tài trợ 2.230 suất; còn lại do công đoàn tự lo.

PHỤ LỤC

STT\tĐơn vị\tĐoàn viên\tSuất quà Tết
1\tCông đoàn ngành Y tế\t12.410\t1.870
2\tCông đoàn ngành Công Thương\t20.655\t3.250
3\tCông đoàn Giáo dục tỉnh\t18.210\t3.155
\tTổng cộng\t51.275\t8.275
"""


@pytest.fixture(scope="module")
def unions(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "72-BC-DDLDLD-2026.txt", UNION_GIFTS))


@pytest.mark.parametrize("question", ["suat qua tet do cong doan cac caaps chi", "công đoàn ngành chi bao nhiêu suất quà tết"], ids=["all-levels", "branches"])
def test_a_kind_of_body_asked_keeps_the_rows(unions: Engine, question: str) -> None:
    """The unions' own share is not said: never the total 8.275 given with the table's rows set aside."""
    answer = unions.ask(question)
    assert not (answer.status == "answered" and answer.figure is not None and answer.figure.value == Decimal("8275")), answer.reply
