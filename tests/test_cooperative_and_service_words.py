"""Officials' shorthand for cooperatives, credit funds and public services (session 34), in our own words.

THT (tổ hợp tác), LMHTX (Liên minh hợp tác xã), ƯDCNC (ứng dụng công nghệ cao), HCC (hành chính công), SNKH (sự
nghiệp khoa học): before, each found nothing. QTDND (quỹ tín dụng nhân dân) is a guard: here it was found before
too, by its words around it, but not in report162's longer text.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

ALLIANCE_YEAR = """
ĐẢNG BỘ TỈNH HÀ LAM
ĐẢNG ĐOÀN LIÊN MINH HỢP TÁC XÃ TỈNH
*
Số 36-BC/ĐĐ

ĐẢNG CỘNG SẢN VIỆT NAM
Hà Lam, ngày 16 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I. KINH TẾ TẬP THỂ

Đến cuối năm 2025, toàn tỉnh có 487 hợp tác xã, trong đó 61 hợp tác xã ứng dụng công nghệ cao; 1.093 tổ hợp tác với 9.820 thành viên. Liên minh hợp tác xã tỉnh có 214 thành viên. Các quỹ tín dụng nhân dân có tổng dư nợ 1.876,4 tỷ đồng.

II. HÀNH CHÍNH CÔNG VÀ KHOA HỌC

Bộ phận một cửa tiếp nhận 12.480 hồ sơ hành chính công. Kinh phí sự nghiệp khoa học giải ngân 18,6 tỷ đồng.
"""


@pytest.fixture(scope="module")
def alliance(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "36-BC-DD-2025.txt", ALLIANCE_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("sl THT toàn tỉnh", "1093"),
        ("LMHTX tỉnh có bn thành viên", "214"),
        ("QTDND dư nợ bn", "1876.4"),
        ("bn HTX ƯDCNC", "61"),
        ("hs HCC tiếp nhận bn", "12480"),
        ("KP SNKH giải ngân bn tỷ", "18.6"),
    ],
    ids=["tht", "lmhtx", "qtdnd-guard", "udcnc", "hcc", "snkh"],
)
def test_shorthand_of_the_sector(alliance: Engine, question: str, value: str) -> None:
    """Each figure asked in shorthand."""
    answered_with(alliance, question, value)
