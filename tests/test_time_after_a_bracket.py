"""A figure's time said after the bracket that follows it, on a small report of a Fatherland Front written in our
own words (session 25's report109).

Before: in "giảm từ 2.310 hộ (tỷ lệ 3,12%) đầu năm xuống còn 1.742 hộ (tỷ lệ 2,35%) cuối năm" the bracket hid
the "đầu năm" of the 2.310, so "số hộ nghèo đầu năm 2025" took the 1.742 left at the year's end.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]

FRONT = """
ĐẢNG BỘ TỈNH AN HÀ
ĐẢNG ĐOÀN ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH
*
Số 19-BC/ĐĐMT
ĐẢNG CỘNG SẢN VIỆT NAM
An Hà, ngày 15 tháng 12 năm 2025

BÁO CÁO
kết quả công tác năm 2025

I- KẾT QUẢ

1. Vận động giảm nghèo

Cùng với các chương trình của tỉnh, số hộ nghèo toàn tỉnh giảm từ 2.310 hộ (tỷ lệ 3,12%) đầu năm xuống còn 1.742 hộ (tỷ lệ 2,35%) cuối năm; xây mới 126 căn nhà Đại đoàn kết.
"""


@pytest.fixture(scope="module")
def front(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "19-BC-DDMT-2025.txt", FRONT))


def test_the_year_opening(front: Engine) -> None:
    """"đầu năm" after the bracket tags the figure before it: the 2.310 as the year opened."""
    answered_with(front, "số hộ nghèo đầu năm 2025", "2310")
