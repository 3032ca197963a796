"""Who did it: the committee named in the sentence before ("Ban Thường vụ Huyện ủy đã xây dựng kế hoạch …
. Kết quả đã kiểm tra 14 tổ chức đảng …") and its inspection committee beside it, written small in our own
words (session 24, from the held-out sets on the bundled report).

Before: the result sentence named no actor, so "BTV HU kiểm tra bao nhiêu TCĐ" found the 14 without the words
"Ban Thường vụ" and gave nothing; once it holds them, "UBKT giám sát bao nhiêu TCĐ" must still be the
inspection committee's 31, not the standing committee's 09; "…, không tính cơ sở" leaves out the bases' 120.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]

DISTRICT = """
ĐẢNG BỘ TỈNH HÀ NAM SƠN
HUYỆN ỦY LONG THẠNH
*
Số 95-BC/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Long Thạnh, ngày 12 tháng 12 năm 2026

BÁO CÁO
kết quả công tác kiểm tra, giám sát năm 2026

I- KẾT QUẢ

1. Công tác kiểm tra, giám sát của cấp ủy

Trên cơ sở chương trình kiểm tra, giám sát của Tỉnh ủy, Ban Thường vụ Huyện ủy đã xây dựng kế hoạch kiểm tra, giám sát năm 2026. Kết quả đã kiểm tra 14 tổ chức đảng, 06 đảng viên; giám sát 09 tổ chức đảng, 04 đảng viên; chỉ đạo cấp ủy cơ sở đã kiểm tra 97 tổ chức đảng, giám sát 120 tổ chức đảng.

2. Công tác của Ủy ban Kiểm tra

Ủy ban Kiểm tra hai cấp kiểm tra khi có dấu hiệu vi phạm 03 tổ chức đảng, 11 đảng viên; giám sát chuyên đề 31 tổ chức đảng, 45 đảng viên.
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "95-BC-HU-2026.txt", DISTRICT))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("BTV HU kiểm tra bn TCĐ", "14"),
        ("ban thuong vu huyen uy giam sat bao nhieu dang vien", "4"),
        ("UBKT giám sát bn TCĐ", "31"),
        ("UBKT kiểm tra khi có dấu hiệu vi phạm bn đv", "11"),
        ("cấp huyện giám sát bao nhiêu tổ chức đảng, không tính cơ sở và ủy ban kiểm tra", "9"),
    ],
    ids=["standing-committee-inspected", "standing-committee-supervised", "inspection-committee-organisations",
         "inspection-committee-members", "not-the-bases"],
)
def test_who_did_it(district: Engine, question: str, value: str) -> None:
    """The figure of the body asked: the standing committee's result, the inspection committee's own."""
    answered_with(district, question, value)


def test_the_result_sentence_carries_its_actor(district: Engine) -> None:
    """The source of the standing committee's 14 is the result sentence, quoted as written."""
    answer = answered_with(district, "Ban Thường vụ Huyện ủy đã kiểm tra mấy tổ chức đảng", "14")
    assert answer.figure is not None and "Kết quả đã kiểm tra 14 tổ chức đảng" in answer.figure.source.quote, answer.reply
