"""A text figure whose words stand apart by a classifier ("tặng 6.845 suất quà") against the appendix row
"Quà tặng Tết" (session 30, in our own words).

Two digits swapped (6.845 / 6.485): a conflict the bot must show. Before, the row's pair "quà tặng" was not found
around the text figure, "suất" standing between "tặng" and "quà".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import engine_for, shown_values, written

COMMAND_YEAR = """
ĐẢNG ỦY QUÂN SỰ TỈNH LAM SƠN

Số 87-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Lam Sơn, ngày 19 tháng 12 năm 2025

BÁO CÁO
tổng kết công tác quân sự, quốc phòng năm 2025

I. CÔNG TÁC CHÍNH SÁCH

Phối hợp vận động xây dựng 34 căn nhà đồng đội, nhà tình nghĩa. Dịp Tết Nguyên đán Ất Tỵ, tặng 6.845 suất quà cho các gia đình chính sách, thân nhân quân nhân đang tại ngũ có hoàn cảnh khó khăn.

PHỤ LỤC
KẾT QUẢ CÔNG TÁC CHÍNH SÁCH NĂM 2025

STT\tĐơn vị\tNhà đồng đội, nhà tình nghĩa (căn)\tQuà tặng Tết (suất)
1\tBan CHQS thành phố Thanh Mai\t13\t2.912
2\tBan CHQS huyện Đồng Khê\t11\t1.948
3\tBan CHQS huyện Sơn Vân\t10\t1.625
\tTổng cộng\t34\t6.485
"""


@pytest.fixture(scope="module")
def command(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "87-BC-DU-2025.txt", COMMAND_YEAR))


@pytest.mark.parametrize("question", ["tặng bao nhiêu suất quà Tết", "qua tet tang bao nhieu suat"], ids=["accented", "plain"])
def test_the_gifts_conflict_is_shown(command: Engine, question: str) -> None:
    """Both 6.845 (the text) and 6.485 (the appendix's total) are shown, the disagreement said."""
    answer = command.ask(question)
    assert answer.figure is not None, answer.reply
    assert {Decimal("6845"), Decimal("6485")} <= shown_values(answer), answer.reply
    assert answer.conflict, answer.reply
