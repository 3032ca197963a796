"""A court's words, written small in our own words (session 22's report86 taught them).

Before: "án HC", "án KDTM", "án HNGĐ" were no kinds of cases; "h. Cẩm Điền" was no district; a table of
courts without a unit column could not answer "giải quyết bao nhiêu vụ việc" (it does not name the unit).
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

COURT = """

ĐẢNG BỘ TỈNH HÀ NGUYÊN
ĐẢNG ỦY TÒA ÁN NHÂN DÂN TỈNH
*
Số 21-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nguyên, ngày 15 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I- CÔNG TÁC CHUYÊN MÔN

Toàn ngành thụ lý 4.210 vụ, việc; đã giải quyết 3.902 vụ, việc, đạt tỷ lệ 92,68%. Trong đó, án hôn nhân và gia đình hòa giải thành 1.134 vụ, việc.

PHỤ LỤC I
KẾT QUẢ GIẢI QUYẾT CÁC LOẠI ÁN NĂM 2025

STT\tLoại án\tThụ lý\tĐã giải quyết\tTỷ lệ giải quyết (%)
1\tHình sự\t812\t790\t97,29
2\tDân sự\t1.406\t1.270\t90,33
3\tKinh doanh, thương mại\t318\t276\t86,79
4\tHành chính\t94\t71\t75,53

PHỤ LỤC II
KẾT QUẢ GIẢI QUYẾT ÁN THEO ĐƠN VỊ NĂM 2025

STT\tĐơn vị\tThụ lý\tĐã giải quyết\tCòn lại
1\tTAND tỉnh\t906\t841\t65
2\tTAND huyện Cẩm Điền\t633\t590\t43
3\tTAND thị xã An Thạnh\t702\t655\t47
"""


@pytest.fixture(scope="module")
def court(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "21-BC-DU-2025.txt", COURT))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tỷ lệ gq án HC", "75.53"),
        ("sl án KDTM thụ lý", "318"),
        ("án HNGĐ hòa giải thành bn vụ", "1134"),
        ("án HS đã giải quyết bao nhiêu", "790"),
        ("TAND h. Cẩm Điền gq bn vụ việc", "590"),
        ("TAND tx. An Thạnh thụ lý bao nhiêu vụ việc", "702"),
    ],
    ids=["hc-after-an", "kdtm", "hngd", "hs-after-an", "h-dot-is-huyen", "tx-dot-is-thi-xa"],
)
def test_court_questions(court: Engine, question: str, value: str) -> None:
    """The court's figure asked in its staff's shorthand."""
    answered_with(court, question, value)
