"""A home affairs department's sentences, written small in our own words (session 22's report87 taught them).

Before: "Tổng số cán bộ, công chức … dôi dư do sắp xếp tổ chức bộ máy, đơn vị hành chính là 1.250 người" was
labelled by its last comma's words ("đơn vị hành chính"), so "tổng số người dôi dư" found nothing; "biên chế
được giao" wanted a target and the row "… - số giao" (a count) was not one; "được giao dục" typed without tones
asked for a target too.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

HOME = """

ĐẢNG BỘ TỈNH HÀ NGUYÊN
ĐẢNG ỦY SỞ NỘI VỤ
*
Số 33-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nguyên, ngày 18 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I- CÔNG TÁC CHUYÊN MÔN

Tổng số cán bộ, công chức, viên chức và người lao động dôi dư do sắp xếp tổ chức bộ máy, đơn vị hành chính là 1.250 người (cấp tỉnh 210 người, cấp huyện 340 người, cấp xã 700 người). Đã giải quyết chế độ cho 830 người.
Phối hợp tổ chức cho 9.400 học sinh được giáo dục quốc phòng và an ninh.

PHỤ LỤC
MỘT SỐ CHỈ TIÊU VỀ BIÊN CHẾ

STT\tChỉ tiêu\tĐơn vị tính\t31/12/2024\t31/12/2025\tTăng/giảm
1\tBiên chế công chức cấp tỉnh - số giao\tBiên chế\t1.480\t1.431\t-49
2\tBiên chế công chức cấp tỉnh - số có mặt\tNgười\t1.452\t1.405\t-47
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "33-BC-DU-2025.txt", HOME))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tổng số người dôi dư do sắp xếp bộ máy là bao nhiêu", "1250"),
        ("bien che cong chuc cap tinh duoc giao nam 2025", "1431"),
        ("bao nhieu hoc sinh duoc giao duc quoc phong an ninh", "9400"),
    ],
    ids=["a-total-subject-over-its-commas", "the-quota-given-is-its-row", "giao-duc-is-no-quota"],
)
def test_home_affairs_questions(home: Engine, question: str, value: str) -> None:
    """The figure the department's staff ask for."""
    answered_with(home, question, value)
