"""A fall signed in the appendix and said in the text (session 28, in our own words).

Before: "số vụ cháy giảm bao nhiêu %" found both the row's "Tăng, giảm (%)" cell (-21,43) and the text's
"giảm 06 vụ (21,43%)" and asked the user to choose between two figures that are one (the fires pass at the commit
before in this small report: a guard; the crimes did not).
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

FIRE_YEAR = """
ĐẢNG BỘ TỈNH HÀ LAM
ĐẢNG ỦY CÔNG AN TỈNH
*
Số 63-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Lam, ngày 14 tháng 12 năm 2025

BÁO CÁO
kết quả công tác năm 2025

I. KẾT QUẢ
Xảy ra 22 vụ cháy, giảm 06 vụ (21,43%) so với cùng kỳ; phát hiện 640 vụ phạm pháp hình sự, giảm 32 vụ (4,76%) so với cùng kỳ.

PHỤ LỤC
STT	Nội dung	ĐVT	Quý I	Quý II	Quý III	Quý IV	Cả năm 2025	Năm 2024	Tăng, giảm (%)
1	Số vụ cháy	Vụ	7	5	4	6	22	28	-21,43
2	Phạm pháp hình sự phát hiện	Vụ	151	166	170	153	640	672	-4,76
"""


@pytest.fixture(scope="module")
def fires(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "63-BC-DU-2025.txt", FIRE_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [("số vụ cháy giảm bao nhiêu % so với năm 2024", "21.43"), ("pham phap hinh su giam bao nhieu % so voi cung ky", "4.76")],
    ids=["fires", "crimes"],
)
def test_one_fall_signed_or_said(fires: Engine, question: str, value: str) -> None:
    """The signed cell and the text's fall are one figure: answered as the text says it."""
    answered_with(fires, question, value)
