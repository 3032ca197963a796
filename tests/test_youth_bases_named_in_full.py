"""Youth bases named in full, "tổ chức cơ sở Đoàn" (session 27, in our own words).

Before: "bao nhiêu tổ chức cơ sở Đoàn" asked for "tổ chức", a unit the appendix row "Tổng số cơ sở Đoàn"
does not count in, so its yearly cells were weighed down and nothing was found; the text's "37 tổ chức cơ
sở đoàn" was counted in "tổ chức".
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

BLOC_YOUTH = """
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
*
Số 64-BC/ĐUK
ĐẢNG CỘNG SẢN VIỆT NAM
Lam Sơn, ngày 20 tháng 6 năm 2023

BÁO CÁO
sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Khối lần thứ VII, nhiệm kỳ 2020 - 2025

I- KẾT QUẢ

1. Đoàn Thanh niên
Đoàn Khối hiện có 37 tổ chức cơ sở đoàn với 3.560 đoàn viên.

PHỤ LỤC
MỘT SỐ CHỈ TIÊU CHỦ YẾU

STT\tChỉ tiêu\tĐơn vị tính\tNăm 2020\tNăm 2021\tNăm 2022\t6 tháng 2023
1\tTổng số cơ sở Đoàn\tCơ sở đoàn\t54\t49\t43\t37
"""


@pytest.fixture(scope="module")
def bloc(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "64-BC-DUK-2023.txt", BLOC_YOUTH))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Năm 2022 Đoàn Khối có bao nhiêu tổ chức cơ sở Đoàn?", "43"),
        ("nam 2021 doan khoi co bao nhieu to chuc co so doan", "49"),
        ("hiện có bao nhiêu tổ chức cơ sở đoàn", "37"),
    ],
    ids=["2022-accented", "2021-unaccented", "now"],
)
def test_youth_bases_counted(bloc: Engine, question: str, value: str) -> None:
    """The bases of each year, and the text's count now."""
    answered_with(bloc, question, value)
