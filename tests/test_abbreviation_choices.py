"""Abbreviations of two meanings, read as the report writes more (session 22's political school taught it).

"hv" is a union's hội viên, or a school's học viên; "sv" is sinh hoạt in a party report, sinh viên in a
university's. Before, "hv" was always hội viên and "sv" always sinh hoạt.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.question import parse
from tests.report_sets import answered_with, engine_for, written

SCHOOL = """

ĐẢNG BỘ TỈNH HÀ NGUYÊN
ĐẢNG ỦY TRƯỜNG CHÍNH TRỊ TỈNH
*
Số 27-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nguyên, ngày 08 tháng 7 năm 2026

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ 6 tháng đầu năm 2026

I- CÔNG TÁC ĐÀO TẠO

Trường mở 08 lớp trung cấp lý luận chính trị với 412 học viên; 396 học viên tốt nghiệp. Các học viên được bố trí ở ký túc xá; học viên nữ chiếm 47%. Chi hội Cựu chiến binh có 05 hội viên.
Trường liên kết đào tạo 1.240 sinh viên; 86 sinh viên nhận học bổng. Chi bộ duy trì sinh hoạt đều đặn.
"""

UNION = """

ĐẢNG BỘ TỈNH HÀ NGUYÊN
ĐẢNG ĐOÀN HỘI NÔNG DÂN TỈNH
*
Số 19-BC/ĐĐ
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nguyên, ngày 10 tháng 12 năm 2025

BÁO CÁO
kết quả công tác năm 2025

I- CÔNG TÁC HỘI

Toàn tỉnh có 96.300 hội viên; kết nạp mới 2.140 hội viên. Hội hỗ trợ 310 hội viên vay vốn; mở 14 lớp cho 820 học viên là cán bộ hội.
"""


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "27-BC-DU-2026.txt", SCHOOL))


@pytest.fixture(scope="module")
def union(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "19-BC-DD-2025.txt", UNION))


def test_hv_in_a_school_is_a_learner(school: Engine) -> None:
    """A school's report writes học viên far more: "hv" is one of them."""
    answered_with(school, "bn hv tốt nghiệp", "396")


def test_hv_in_a_union_is_a_member(union: Engine) -> None:
    """A farmers' union writes hội viên more: "hv" stays its member."""
    answered_with(union, "kết nạp mới bn hv", "2140")


@pytest.mark.parametrize(
    ("report", "meaning"),
    [("school", "sinh vien"), ("union", "sinh hoat")],
    ids=["a-school-writes-sinh-vien-more", "otherwise-sinh-hoat"],
)
def test_sv_as_written(report: str, meaning: str, request: pytest.FixtureRequest) -> None:
    """"sv" is sinh viên where the report writes it more than sinh hoạt, else sinh hoạt."""
    engine: Engine = request.getfixturevalue(report)
    assert meaning in " ".join(w for c in parse("bn sv chuyển đến", engine.index).concepts for w in c.words)
