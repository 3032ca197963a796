"""A footnote named by its number (session 28, in our own words).

Before: "o chu thich 4 co bao nhieu tuyen truyen vien" read "chú", "thích" and "4" as words and numbers of
the figure, and found nothing or the "05 tuyên truyền viên" of the text; now the footnote's number says where the
figure stands ("ghi chú 5 chuyển đến" passes at the commit before too: a guard).
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

NOTED_YEAR = """
ĐẢNG BỘ TỈNH HÀ LAM
HUYỆN ỦY TÂN AN
*
Số 77-BC/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân An, ngày 12 tháng 12 năm 2025

BÁO CÁO
kết quả công tác xây dựng Đảng năm 2025

I. KẾT QUẢ
Công tác tuyên truyền được chú trọng, đội ngũ báo cáo viên, tuyên truyền viên được kiện toàn⁴. Công tác chuyển sinh hoạt đảng được quản lý chặt chẽ⁵. Khen thưởng 05 tuyên truyền viên tiêu biểu; tiếp nhận 04 đảng viên chuyển đến từ ngoài tỉnh trong quý IV.

⁴ Báo cáo viên 46 đồng chí; tuyên truyền viên 213 đồng chí.
⁵ Chuyển đi 318, chuyển đến 274 đảng viên.
"""


@pytest.fixture(scope="module")
def noted(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "77-BC-HU-2025.txt", NOTED_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("o chu thich 4 co bao nhieu tuyen truyen vien", "213"),
        ("tổng số đảng viên chuyển đi theo chú thích số 5", "318"),
        ("ghi chú 5 chuyển đến bao nhiêu đv", "274"),
    ],
    ids=["propagandists-of-note-4", "moved-out-of-note-5", "moved-in-of-note-5"],
)
def test_a_footnote_named_by_its_number(noted: Engine, question: str, value: str) -> None:
    """The footnote's number is no figure asked: it says where the figure stands."""
    answered_with(noted, question, value)
