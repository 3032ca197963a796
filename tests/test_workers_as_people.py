"""Workers counted as "lao động", their parts as "người", on a small industrial-zone report written in our own
words (session 26).

Before: "… sử dụng 96.420 lao động, tăng 2,1% …; trong đó doanh nghiệp FDI 71.305 người, doanh nghiệp trong nước
25.115 người" left the two parts unlinked to their total (another unit), so "mỗi bên bao nhiêu" gave one part.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]

ZONES = """
ĐẢNG BỘ TỈNH AN PHÚ
ĐẢNG ỦY CÁC KHU CÔNG NGHIỆP
*
Số 44-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
An Phú, ngày 19 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I- KẾT QUẢ

1. Lao động

Đến 31/12/2025, các doanh nghiệp trong khu công nghiệp sử dụng 96.420 lao động, tăng 2,1% so với đầu năm (tăng
mới 9.870 người, giảm 7.886 người), đạt 100,8% kế hoạch; trong đó lao động làm việc tại doanh nghiệp FDI 71.305
người, doanh nghiệp trong nước 25.115 người.
"""


@pytest.fixture(scope="module")
def zones(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "44-BC-DU-2025.txt", ZONES))


@pytest.mark.parametrize(
    "question",
    ["lao động làm ở dn FDI và dn trong nước mỗi bên bao nhiêu", "so lao dong chia theo doanh nghiep FDI, trong nuoc"],
    ids=["each-side", "unaccented-breakdown"],
)
def test_the_total_with_its_parts(zones: Engine, question: str) -> None:
    """The workers in all, with the foreign-invested and the domestic firms' shares of them."""
    answer = answered_with(zones, question, "96420")
    assert {p.value for p in answer.parts} == {71305, 25115}, answer.reply


def test_one_side_asked(zones: Engine) -> None:
    """One side asked: its own figure (a guard: so before too)."""
    answered_with(zones, "bao nhiêu lao động làm ở doanh nghiệp FDI", "71305")
