"""Shorthand typed in a hurry, on a small report of a province's cadre work written in our own words (session 25's
report105–106 and held-out 49).

Before: "CT UBND" was a target ("chỉ tiêu"), so the chairmen's share took the party secretaries'; "dưới 40t"
was an unknown word, so the committee's whole 287 answered for those under forty; "đang hoạt động" took the
firms that stopped ("tạm ngừng hoạt động"); "32 lớp đạt bao nhiêu %" took the share of the 06 classes said
beside the 32 typed.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]

PROVINCE = """
ĐẢNG BỘ TỈNH HÀ NGUYÊN
BAN TỔ CHỨC TỈNH ỦY
*
Số 77-BC/BTCTU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nguyên, ngày 10 tháng 12 năm 2025

BÁO CÁO
kết quả công tác tổ chức xây dựng Đảng năm 2025

I- KẾT QUẢ

1. Bố trí cán bộ

Thực hiện chủ trương bố trí cán bộ không là người địa phương, 100% bí thư cấp ủy cấp huyện không là người địa phương. Tỷ lệ chủ tịch Ủy ban nhân dân cấp huyện không là người địa phương đạt 62,5%.

2. Cấp ủy cơ sở

Cấp ủy cơ sở nhiệm kỳ 2025 - 2030 có 412 cấp ủy viên, trong đó nữ 131 đồng chí (31,8%), dưới 40 tuổi 158 đồng chí (38,35%).

3. Đào tạo, bồi dưỡng

Tổ chức 40 lớp bồi dưỡng kiến thức quốc phòng cho 2.960 đồng chí, đạt 80% kế hoạch; 09 lớp bồi dưỡng nghiệp vụ công tác tổ chức cho 612 đồng chí, đạt 112,5% kế hoạch.

4. Xây dựng Đảng trong doanh nghiệp

Trên địa bàn có 845 doanh nghiệp đang hoạt động; trong năm có 37 doanh nghiệp tạm ngừng hoạt động.
"""


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "77-BC-BTCTU-2025.txt", PROVINCE))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tl CT UBND cấp huyện ko là ng địa phương", "62.5"),
        ("bn cấp ủy viên cs dưới 40t", "158"),
        ("co bao nhieu doanh nghiep dang hoat dong", "845"),
        ("40 lop dat bao nhieu % kh", "80"),
    ],
    ids=["chairman-not-target", "forty-years-of-age", "firms-at-work", "the-classes-typed"],
)
def test_shorthand_read_as_meant(province: Engine, question: str, value: str) -> None:
    """Each shorthand names the figure meant."""
    answered_with(province, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [("tỷ lệ bí thư cấp ủy cấp huyện không là người địa phương", "100"), ("9 lop nghiep vu dat bao nhieu %", "112.5")],
    ids=["secretaries", "the-other-classes"],
)
def test_the_neighbours_keep_their_own(province: Engine, question: str, value: str) -> None:
    """What stood beside each is still answered when asked by its own words (guards)."""
    answered_with(province, question, value)
