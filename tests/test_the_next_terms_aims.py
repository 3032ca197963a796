"""The next term's aims, in a congress report whose directions end with a duty met "hằng năm" (session 27, in
our own words).

Before: "Hoàn thành 100% chỉ tiêu giao quân hằng năm" in the part on 2025–2030 was read as a result of 2030,
so the report's last year of results was 2030, the term 2025–2030 did not lie ahead, and "chỉ tiêu thu ngân
sách nhiệm kỳ 2025 2030" gave the closing term's target (170 tỷ).
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

WARD_CONGRESS = """
ĐẢNG BỘ THÀNH PHỐ VÂN NINH
ĐẢNG ỦY PHƯỜNG AN KHÁNH
*
Số 98-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
An Khánh, ngày 18 tháng 6 năm 2025

BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ phường khóa XIV trình Đại hội đại biểu Đảng bộ phường lần thứ XV, nhiệm kỳ 2025 - 2030

Phần thứ nhất
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ PHƯỜNG LẦN THỨ XIV, NHIỆM KỲ 2020 - 2025

I- KINH TẾ, NGÂN SÁCH

Nghị quyết Đại hội nhiệm kỳ 2020 - 2025 đề ra 18 chỉ tiêu. Tổng thu ngân sách nhà nước trên địa bàn cả nhiệm kỳ ước đạt 184,84 tỷ đồng, đạt 108,73% chỉ tiêu Nghị quyết (170 tỷ đồng). Năm 2024 thu ngân sách đạt 39,12 tỷ đồng.

Phần thứ hai
PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030

I- CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 - 2030

- Tổng thu ngân sách nhà nước trên địa bàn 5 năm đạt 265 tỷ đồng trở lên, tăng bình quân 9%/năm.
- Hoàn thành 100% chỉ tiêu giao quân hằng năm.
- Nhiệm kỳ 2025 - 2030 kết nạp 120 đảng viên trở lên.
"""


@pytest.fixture(scope="module")
def congress(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "98-BC-DU-2025.txt", WARD_CONGRESS))


def test_the_next_terms_budget_aim(congress: Engine) -> None:
    """The 2025–2030 term is ahead: its aim (265) is shown, never the closing term's 170 as the answer."""
    answer = congress.ask("chi tieu thu ngan sach nhiem ky 2025-2030")
    shown = [answer.figure, *answer.alternatives]
    assert answer.status in ("answered", "ambiguous") and 265 in {f.value for f in shown if f is not None}
    assert answer.figure is None or answer.figure.value != 170


@pytest.mark.parametrize(
    ("question", "value"),
    [("chỉ tiêu thu ngân sách nhiệm kỳ 2020-2025", "170"), ("nam 2024 thu ngan sach bao nhieu", "39.12")],
    ids=["closing-term", "a-year-of-results"],
)
def test_the_closing_terms_figures(congress: Engine, question: str, value: str) -> None:
    """The term that closes and its years keep their own figures (guards)."""
    answered_with(congress, question, value)
