"""Now, not the year's start; farming shorthand (session 28, in our own words).

Before: "Đảng bộ Sở hiện có bao nhiêu đảng viên" took the 540 of "Đầu năm Đảng bộ có …" (the 552 "hiện có" stood
in a sentence opening with "được thành lập", an event, and was refused); "DT" was only doanh thu, "NLTS" unknown
(in this small report "NLTS" and the year's start pass at the commit before too: guards).
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

FARM_DEPARTMENT = """
UBND TỈNH HÀ LAM
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
*
Số 318/BC-SNNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà Lam, ngày 16 tháng 12 năm 2025

BÁO CÁO
kết quả thực hiện nhiệm vụ năm 2025

I. KẾT QUẢ
Giá trị sản xuất nông, lâm nghiệp và thủy sản ước đạt 14.625,8 tỷ đồng, tăng 3,4%. Tổng diện tích gieo trồng cây hằng năm 86.412 ha; diện tích rừng trồng mới 2.615 ha.

II. CÔNG TÁC XÂY DỰNG ĐẢNG
Đảng bộ Sở được thành lập trên cơ sở hợp nhất 02 đảng bộ, hiện có 24 chi bộ trực thuộc với 552 đảng viên. Đầu năm Đảng bộ có 540 đảng viên; trong năm kết nạp 14, chuyển đến 9, chuyển đi 11.
"""


@pytest.fixture(scope="module")
def farms(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "318-BC-SNNMT-2025.txt", FARM_DEPARTMENT))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Đảng bộ Sở hiện có bao nhiêu đảng viên", "552"),
        ("DT gieo trồng cây hằng năm", "86412"),
        ("GTSX NLTS năm 2025 bn tỷ", "14625.8"),
    ],
    ids=["members-now", "area-sown", "farm-output-value"],
)
def test_now_and_farming_shorthand(farms: Engine, question: str, value: str) -> None:
    """"hiện có" is now, not the year's start; DT and NLTS read as a farming department writes them."""
    answered_with(farms, question, value)


def test_the_years_start_when_asked(farms: Engine) -> None:
    """Asked for the year's start, the 540 still answers."""
    answered_with(farms, "đầu năm 2025 đảng bộ có bao nhiêu đảng viên", "540")
