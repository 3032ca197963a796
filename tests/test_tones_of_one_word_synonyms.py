"""A one-word synonym weighs its tones, and a rise is not the ratio it is read from, in our own words (session 32).

- "bao nhiêu đảng viên bị khai trừ": the lexicon spells "khai trừ" also "đuổi", which folds like the "dưới" of
  "đảng viên dưới 35 tuổi 71 đồng chí". Before, the 71 was answered; now a fact writing only "dưới" does not hold
  "đuổi", and a report with no expulsion says so.
- "vốn huy động tăng bao nhiêu % so cùng kỳ": the appendix's "So với cùng kỳ (%)" cell 111,77 is a ratio to last
  year; the text's "tăng 11,77%" is the rise asked.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

MEMBERS_YEAR = """
ĐẢNG ỦY SỞ XÂY DỰNG TỈNH HÀ LÂM

Số 23-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Hà Lâm, ngày 10 tháng 12 năm 2025

BÁO CÁO
tổng kết công tác xây dựng Đảng năm 2025

I. CÔNG TÁC XÂY DỰNG ĐẢNG

Đảng bộ có 214 đảng viên; đảng viên nữ 96 đồng chí; đảng viên dưới 35 tuổi 58 đồng chí. Kết nạp 9 đảng viên mới. Thi hành kỷ luật 02 đảng viên bằng hình thức khiển trách.
"""

EXPELLED_YEAR = MEMBERS_YEAR.replace(
    "Thi hành kỷ luật 02 đảng viên bằng hình thức khiển trách.",
    "Thi hành kỷ luật 03 đảng viên, trong đó đuổi khỏi Đảng 01 đảng viên.",
)

FUNDS_YEAR = """
ĐẢNG ỦY XÃ TÂN HÒA

Số 31-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Tân Hòa, ngày 12 tháng 12 năm 2025

BÁO CÁO
kết quả xây dựng nông thôn mới năm 2025

I. KẾT QUẢ

Tổng nguồn vốn huy động thực hiện Chương trình năm 2025 là 412,6 tỷ đồng, tăng 11,77% so với năm 2024, đạt 104,05% kế hoạch. Giá trị sản xuất nông nghiệp tăng 4,12% so với cùng kỳ.

PHỤ LỤC
KẾT QUẢ HUY ĐỘNG NGUỒN LỰC

STT\tNội dung\tĐơn vị\tNăm 2024\tKế hoạch 2025\tThực hiện 2025\tSo với KH (%)\tSo với cùng kỳ (%)
1\tTổng nguồn vốn huy động\ttỷ đồng\t369,2\t396,5\t412,6\t104,05\t111,77
2\tVốn tín dụng\ttỷ đồng\t150,1\t160\t171,3\t107,06\t114,12
"""


@pytest.fixture(scope="module")
def members(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "23-BC-DU-2025.txt", MEMBERS_YEAR))


@pytest.fixture(scope="module")
def expelled(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "23-BC-DU-2025.txt", EXPELLED_YEAR))


@pytest.fixture(scope="module")
def funds(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "31-BC-DU-2025.txt", FUNDS_YEAR))


@pytest.mark.parametrize(
    "question", ["bao nhiêu đảng viên bị khai trừ", "có mấy đv bị khai trừ khỏi đảng"], ids=["accented", "abbrev"]
)
def test_the_under_35s_are_no_expulsion(members: Engine, question: str) -> None:
    """The report expels no one: not found, never the 58 members under 35."""
    answer = members.ask(question)
    assert answer.status == "not_found", answer.reply


def test_an_expulsion_written_with_its_tones_is_found(expelled: Engine) -> None:
    """"đuổi khỏi Đảng 01 đảng viên" still answers "khai trừ" (a guard: it passed before as well)."""
    answered_with(expelled, "bao nhiêu đảng viên bị khai trừ", "1")


def test_the_under_35s_are_still_asked_by_their_words(members: Engine) -> None:
    """The 58 stay the answer when they are what is asked (a guard: it passed before as well)."""
    answered_with(members, "đảng viên dưới 35 tuổi bao nhiêu", "58")


@pytest.mark.parametrize(
    "question",
    ["tong nguon von huy dong tang bao nhieu % so cung ky", "tổng nguồn vốn huy động tăng bao nhiêu phần trăm so với năm trước"],
    ids=["plain", "accented-guard"],
)
def test_a_rise_asked_is_the_texts_rise(funds: Engine, question: str) -> None:
    """11,77 (said in the text), not the appendix's ratio 111,77 (the accented case is a guard: it passed before)."""
    answered_with(funds, question, "11.77")


def test_the_ratio_to_last_year_stays_when_asked_as_such(funds: Engine) -> None:
    """"so với cùng kỳ đạt bao nhiêu %" asks the ratio: 111,77 (a guard)."""
    answered_with(funds, "tổng nguồn vốn huy động so với cùng kỳ đạt bao nhiêu %", "111.77")
