"""An appendix by district whose last place column is the whole province (session 27, in our own words).

Before: the column "Toàn tỉnh" was read as one more place beside the districts, so its cells were weighed
down as a part nobody asked, and the district "Vạn Thạnh" was taken as named by the "van" of "dan van kheo"
typed without diacritics: "bao nhieu mo hinh dan van kheo cap co so" gave that district's 388.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

MASS_MOBILIZATION = """
TỈNH ỦY ĐÔNG SƠN
BAN DÂN VẬN
*
Số 77-BC/BDVTU
ĐẢNG CỘNG SẢN VIỆT NAM
Đông Sơn, ngày 12 tháng 12 năm 2025

BÁO CÁO
kết quả công tác dân vận năm 2025

I- KẾT QUẢ

1. Phong trào thi đua “Dân vận khéo”
Năm 2025, toàn tỉnh công nhận 1.210 mô hình “Dân vận khéo”.
2. Tiếp xúc, đối thoại
Người đứng đầu cấp ủy, chính quyền các cấp đã tổ chức 842 cuộc tiếp xúc, đối thoại trực tiếp với Nhân dân (cấp tỉnh 04 cuộc, cấp huyện 61 cuộc, cấp xã 777 cuộc).

PHỤ LỤC
KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2025 THEO ĐỊA BÀN

STT\tNội dung\tĐVT\tTP. Đông Sơn\tVạn Thạnh\tPhước Lâm\tToàn tỉnh\tNăm 2024
1\tMô hình “Dân vận khéo” được công nhận\tMô hình\t402\t416\t392\t1.210\t1.150
\t- Cấp huyện công nhận\tMô hình\t52\t61\t47\t160\t151
\t- Cấp cơ sở công nhận\tMô hình\t350\t355\t345\t1.050\t999
2\tCơ sở thờ tự\tCơ sở\t41\t38\t33\t112\t110
"""


@pytest.fixture(scope="module")
def mobilization(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "77-BC-BDVTU-2025.txt", MASS_MOBILIZATION))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("bao nhieu mo hinh dan van kheo cap co so", "1050"),
        ("so mo hinh dan van khoe cap huyen", "160"),
        ("co bao nhieu co so tho tu", "112"),
        ("Vạn Thạnh có bao nhiêu cơ sở thờ tự", "38"),
    ],
    ids=["grassroots-bare", "district-level-typo", "whole-province", "one-district-named"],
)
def test_the_whole_unless_a_place_is_named(mobilization: Engine, question: str, value: str) -> None:
    """The province's cell answers; a district's only when its name is asked."""
    answered_with(mobilization, question, value)


@pytest.mark.parametrize(
    "question",
    ["so cuoc doi thoai truc tiep voi nhan dan", "tiếp xúc, đối thoại với dân bao nhiêu cuộc"],
    ids=["unaccented", "accented"],
)
def test_meetings_and_dialogues_are_one_act(mobilization: Engine, question: str) -> None:
    """"842 cuộc tiếp xúc, đối thoại trực tiếp với Nhân dân (cấp tỉnh 04 cuộc, …)": the 842, not a level's."""
    answered_with(mobilization, question, "842")
