"""The body's own level, and lettered items after a page's notes (session 28, in our own words).

Before: "cấp ĐUK kiểm tra mấy đv" was answered with the bases' 1.460 beside the committee's own 6 (the
"cấp" of "cấp ủy cơ sở" looked like the question's word); "c) Tội phạm về ma túy: …" after a block of
notes was glued to the end of item b), so "khởi tố bao nhiêu bị can về ma túy" took b)'s figure.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

BLOC_YEAR = """
ĐẢNG BỘ TỈNH HÀ LAM
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
*
Số 92-BC/ĐUK
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Lam, ngày 15 tháng 12 năm 2025

BÁO CÁO
kết quả công tác kiểm tra, giám sát năm 2025

I. KẾT QUẢ
Ban Thường vụ Đảng ủy Khối đã kiểm tra 21 tổ chức đảng, 06 đảng viên; giám sát 17 tổ chức đảng, 04 đảng viên; chỉ đạo cấp ủy cơ sở, chi bộ kiểm tra 133 tổ chức đảng, 1.460 đảng viên, giám sát 98 tổ chức đảng, 2.117 đảng viên.
"""

POLICE_YEAR = """
ĐẢNG BỘ TỈNH HÀ LAM
ĐẢNG ỦY CÔNG AN TỈNH
*
Số 51-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Lam, ngày 12 tháng 12 năm 2025

BÁO CÁO
kết quả công tác năm 2025

I. KẾT QUẢ
1. Đấu tranh phòng, chống tội phạm
a) Tội phạm về trật tự xã hội: phát hiện 812 vụ phạm pháp hình sự¹, điều tra làm rõ 731 vụ.
b) Tội phạm về kinh tế, môi trường: phát hiện 164 vụ vi phạm; khởi tố 05 vụ, 08 bị can.

¹ Năm 2024 phát hiện 866 vụ.

c) Tội phạm về ma túy: phát hiện, bắt giữ 302 vụ, 455 đối tượng. Khởi tố 281 vụ, 437 bị can.
"""


@pytest.fixture(scope="module")
def bloc(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "92-BC-DUK-2025.txt", BLOC_YEAR))


@pytest.fixture(scope="module")
def police(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "51-BC-DU-2025.txt", POLICE_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [("cấp ĐUK kiểm tra mấy đv?", "6"), ("cap DUK giam sat bn to chuc dang", "17"), ("cấp cơ sở kiểm tra mấy đảng viên", "1460")],
    ids=["own-level-checked", "own-level-supervised", "the-bases-named"],
)
def test_the_bodys_own_level(bloc: Engine, question: str, value: str) -> None:
    """"cấp ĐUK" is the committee's own level: its own figure, not its bases' (named, the bases answer)."""
    answered_with(bloc, question, value)


def test_a_lettered_item_after_notes_starts_anew(police: Engine) -> None:
    """Item c) after the page's note is a paragraph of its own: its figures are of drugs."""
    answered_with(police, "khoi to bao nhieu bi can ve ma tuy", "437")
