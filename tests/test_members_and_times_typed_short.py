"""Members, times and half years typed short (session 28, in our own words).

Before: "sl đv kết nạp mới" in a youth union's report was read as party members only; "bao nhiêu lượt tiếp
nhận và chuyển sinh hoạt đảng" found no figure counted in party members; "số TCCSĐ … là bao nhiêu tổ
chức" found no figure counted in "cơ sở đảng"; "6T/2023" was no half year and "BDLLCT" an unknown word.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

YOUTH_YEAR = """
TỈNH ĐOÀN HÀ LAM
*
Số 208-BC/TĐTN
ĐOÀN TNCS HỒ CHÍ MINH
Hà Lam, ngày 12 tháng 12 năm 2025

BÁO CÁO
kết quả công tác Đoàn và phong trào thanh thiếu nhi năm 2025

I. CÔNG TÁC XÂY DỰNG ĐOÀN
Đầu năm toàn tỉnh có 84.312 đoàn viên. Trong năm kết nạp 6.427 đoàn viên mới, đạt 107,12% kế hoạch; 3.905 đoàn viên trưởng thành đoàn. Các cơ sở đoàn giới thiệu 1.214 đoàn viên ưu tú cho Đảng xem xét, trong đó 871 đoàn viên được kết nạp Đảng. Đến cuối năm toàn tỉnh có 86.834 đoàn viên sinh hoạt tại 1.102 chi đoàn. Đoàn viên tham gia các đội hình tình nguyện 25.618 đoàn viên; đoàn viên được bồi dưỡng kỹ năng số 9.404 đoàn viên.
"""

PARTY_TERM = """
ĐẢNG BỘ HUYỆN TÂN LẠC
*
Số 96-BC/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Lạc, ngày 10 tháng 7 năm 2023

BÁO CÁO
sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện

I. CÔNG TÁC XÂY DỰNG ĐẢNG
Đoàn thanh niên huyện có 2.911 đoàn viên; Đoàn đã giới thiệu 188 đoàn viên ưu tú cho Đảng.

PHỤ LỤC
TT	Nội dung	Đơn vị tính	Năm 2021	Năm 2022	6 tháng 2023
1	Tổng số tổ chức cơ sở đảng	cơ sở đảng	58	58	55
2	Tổng số đảng viên	đảng viên	3.940	4.012	4.065
3	Kết nạp đảng viên mới	đảng viên	131	142	67
4	Tiếp nhận và chuyển sinh hoạt đảng	đảng viên	214	236	97
5	Mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới	lớp	3	4	2
"""


@pytest.fixture(scope="module")
def youth(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "208-BC-TDTN-2025.txt", YOUTH_YEAR))


@pytest.fixture(scope="module")
def party(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "96-BC-HU-2023.txt", PARTY_TERM))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("sl đv kết nạp mới năm 2025", "6427"),
        ("bn dv tham gia doi hinh tinh nguyen", "25618"),
        ("bn đv ưu tú được giới thiệu cho Đảng", "1214"),
    ],
    ids=["admitted-to-the-union", "volunteers", "introduced-to-the-party"],
)
def test_a_youth_unions_members_typed_short(youth: Engine, question: str, value: str) -> None:
    """In a report that writes "đoàn viên" far more than "đảng viên", "đv" is a union member."""
    answered_with(youth, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("bao nhiêu đv năm 2022", "4012"),
        ("sl đv kết nạp mới năm 2021", "131"),
        ("năm 2022 có bao nhiêu lượt tiếp nhận và chuyển sinh hoạt đảng", "236"),
        ("số TCCSĐ 6 tháng đầu năm 2023 là bao nhiêu tổ chức", "55"),
        ("số lớp BDLLCT cho ĐVM 6T/2023", "2"),
    ],
    ids=["party-members", "party-admissions", "times-moved", "bases-as-organisations", "classes-half-year"],
)
def test_a_party_reports_figures_typed_short(party: Engine, question: str, value: str) -> None:
    """In a party report "đv" stays a party member, though the youth union is named too."""
    answered_with(party, question, value)
