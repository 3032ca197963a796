"""Shorthand of inspectorates, health and education offices; two counted things after one "bn" (session 29,
in our own words).

"CQĐT khởi tố mấy vụ", "kê khai TSTN", "lượt KCB", "sửa chữa CSVC", "học viên GDTX" were unknown words.
"tặng bằng khen bn tập thể, cá nhân" asks two counts; before, only the first was given.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, shown_values, written

PROVINCE_YEAR = """
TỈNH ỦY ĐÔNG HÀ
ĐẢNG ĐOÀN ỦY BAN NHÂN DÂN TỈNH
*
Số 301-BC/ĐĐ
ĐẢNG CỘNG SẢN VIỆT NAM
Đông Hà, ngày 18 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I. KẾT QUẢ
1. Phòng, chống tham nhũng
Cơ quan điều tra khởi tố 07 vụ án tham nhũng với 15 bị can. Toàn tỉnh có 4.912 người kê khai tài sản, thu nhập lần đầu và hằng năm; xác minh tài sản, thu nhập của 64 người.
2. Y tế, giáo dục
Các cơ sở y tế thực hiện 1.482.306 lượt khám chữa bệnh, tăng 4,2% so với năm 2024. Ngân sách tỉnh chi 58,6 tỷ đồng sửa chữa cơ sở vật chất trường học; các trung tâm giáo dục thường xuyên có 3.118 học viên.
3. Thi đua, khen thưởng
Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 38 tập thể và 57 cá nhân có thành tích xuất sắc.
"""


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "301-BC-DD-2025.txt", PROVINCE_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("CQĐT khởi tố mấy vụ tham nhũng", "7"),
        ("bn người kê khai TSTN", "4912"),
        ("luot KCB nam 2025", "1482306"),
        ("chi sửa chữa CSVC bn tỷ", "58.6"),
        ("GDTX có bao nhiêu học viên", "3118"),
    ],
    ids=["investigators", "assets-declared", "medical-visits", "school-repairs", "continuing-education"],
)
def test_sector_shorthand(province: Engine, question: str, value: str) -> None:
    """The office's shorthand is read as the words the report writes (the first, second and fourth held before too in
    this short report, its other words enough: guards)."""
    answered_with(province, question, value)


@pytest.mark.parametrize(
    "question",
    ["BTV TU tặng bằng khen bn tập thể, cá nhân", "khen thưởng mấy tập thể và cá nhân"],
    ids=["comma", "and"],
)
def test_two_counted_things_after_one_ask(province: Engine, question: str) -> None:
    """Both counts are shown: the collectives and the individuals."""
    answer = province.ask(question)
    assert answer.status == "answered", answer.reply
    assert {Decimal("38"), Decimal("57")} <= shown_values(answer) | {f.value for f in answer.also}, answer.reply
