"""A breakdown asked by naming the parts, when the parts alone are close to each other (session 29, in our own words).

"kết quả giải quyết tố cáo: đúng, đúng một phần, sai" names three parts of the 94 settled, each by a short,
common word. Before, the three parts scored alike and the answer was "ambiguous" among them; the question asks
their total with the parts.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import engine_for, written

INSPECTORATE_YEAR = """
UBND TỈNH NAM VÂN
THANH TRA TỈNH
*
Số 77/BC-TTr
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Nam Vân, ngày 16 tháng 12 năm 2025

BÁO CÁO
công tác thanh tra năm 2025

I. GIẢI QUYẾT TỐ CÁO
Tổng số vụ việc tố cáo thuộc thẩm quyền là 103 vụ việc; đã giải quyết 94 vụ việc, đạt 91,26% (chỉ tiêu 85%)¹. Còn 9 vụ việc đang giải quyết.
¹ Kết quả: tố cáo đúng 12 vụ việc; tố cáo đúng một phần 27 vụ việc; tố cáo sai 55 vụ việc.
"""


@pytest.fixture(scope="module")
def inspectorate(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "77-BC-TTr-2025.txt", INSPECTORATE_YEAR))


@pytest.mark.parametrize(
    "question",
    ["ket qua giai quyet to cao chia ra dung, dung mot phan, sai", "tố cáo đã giải quyết gồm đúng, đúng một phần, sai mỗi loại bao nhiêu"],
    ids=["typed-bare", "accented"],
)
def test_the_total_with_its_parts(inspectorate: Engine, question: str) -> None:
    """The 94 settled are given with the 12, 27 and 55 they hold."""
    answer = inspectorate.ask(question)
    assert answer.status == "answered" and answer.figure is not None, answer.reply
    assert answer.figure.value == Decimal("94"), answer.reply
    assert {p.value for p in answer.parts} == {Decimal("12"), Decimal("27"), Decimal("55")}, answer.reply
