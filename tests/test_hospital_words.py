"""Words of a hospital's year (session 24's report97), written small in our own words.

Before: "năm nay" left "năm" as the unit counted, so "tổng số lượt khám bệnh năm nay" sought a count of years;
"thực hiện được bao nhiêu ca thủ thuật" weighed "thực hiện được" as much as the procedure; "CĐ" after
"đoàn viên" was no union; "có bao nhiêu bác sĩ" (how many there are) offered the doctors admitted to the
Party beside them. (On this small report the second passes either way: a guard.)
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]

HOSPITAL = """
ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH
ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH
*
Số 30-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Lĩnh, ngày 08 tháng 01 năm 2027

BÁO CÁO
kết quả thực hiện nhiệm vụ năm 2026

I- KẾT QUẢ

1. Công tác khám, chữa bệnh

Kết quả, tổng số lượt khám bệnh 402.115 lượt, đạt 103,10% kế hoạch; mở rộng khu khám bệnh theo yêu cầu thêm 12 bàn khám. Thực hiện 96.420 ca thủ thuật, tăng 5,2% so với năm 2025.

2. Công tác đoàn thể

Công đoàn Bệnh viện có 1.136 đoàn viên; Đoàn Thanh niên có 352 đoàn viên sinh hoạt tại 9 chi đoàn.

PHỤ LỤC
MỘT SỐ CHỈ TIÊU

STT\tNội dung\tĐơn vị tính\tNăm 2025\tNăm 2026
1\tTổng số viên chức, người lao động\tNgười\t1.290\t1.316
-\tBác sĩ\tNgười\t301\t312
2\tKết nạp đảng viên\tĐảng viên\t15\t33
-\tBác sĩ\tĐảng viên\t8\t17
"""


@pytest.fixture(scope="module")
def hospital(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "30-BC-DU-2027.txt", HOSPITAL))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tổng số lượt khám bệnh năm nay", "402115"),
        ("thực hiện được bao nhiêu ca thủ thuật", "96420"),
        ("sl đoàn viên CĐ", "1136"),
        ("benh vien co bao nhieu bac si", "312"),
    ],
    ids=["this-year-is-no-unit", "performed-weighs-little", "union-members", "doctors-not-doctors-admitted"],
)
def test_hospital_words(hospital: Engine, question: str, value: str) -> None:
    """The figure of the thing asked, whatever words of time or doing stand around it."""
    answered_with(hospital, question, value)
