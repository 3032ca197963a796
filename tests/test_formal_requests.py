"""Long formal requests and terms named by their number (session 23's held-out 45 and 46, report86, report87,
report90, report94), written in our own words.

Before: "Đề nghị cho biết …" left "đề nghị" (a report word: "đề nghị kết nạp") to be matched; "Tôi cần con số …
để đưa vào bài phát biểu" matched the speech; "Xin đ/c cho biết" asked for comrades; "năm kia" and "năm trước
đó" were no years; "BCH Đảng bộ Sở khóa V" paired "Sở khóa" and took "V" for a word; "bn cb trực thuộc" counted
cadres; "Qua 5 năm (2021 - 2025), …" stood for the year.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Đề nghị đồng chí cho biết năm 2021 Đảng bộ Khối kết nạp được bao nhiêu đảng viên mới?", "267"),
        ("Tôi cần con số tổng số đảng viên năm 2022 để đưa vào bài phát biểu tại hội nghị.", "7571"),
        ("Xin đ/c cho biết năm 2020 có bao nhiêu đảng viên chuyển sinh hoạt đi?", "449"),
        ("Toi can so lieu de chuan bi bao cao: tong so dang vien nam 2020 la bao nhieu?", "7400"),
        ("Tôi muốn biết năm 2022 Đảng bộ kết nạp được bao nhiêu đảng viên", "302"),
        ("tổng số đảng viên năm 2020, tức năm đầu nhiệm kỳ, là bao nhiêu", "7400"),
        ("năm kia kết nạp bao nhiêu đảng viên", "267"),
        ("năm 2022 kết nạp 302 đảng viên, vậy năm trước đó kết nạp bao nhiêu", "267"),
        ("Sơ kết Chỉ thị 05-CT/TW, Đảng ủy Khối tặng giấy khen cho mấy cá nhân?", "85"),
    ],
    ids=["request-frame", "need-and-purpose", "comrade-asked-not-counted", "plain-need-colon", "want-to-know",
         "apposition-tuc", "year-before-last", "year-before-the-one-named",
         "a-directives-number-asks-no-target"],
)
def test_formal_requests_on_the_bundled_report(engine: Engine, question: str, value: str) -> None:
    """The frame of a formal request is set aside; the figure asked is found."""
    answered_with(engine, question, value)


PARTY_COMMITTEE = """
ĐẢNG BỘ TỈNH LÂM HẢI
ĐẢNG ỦY SỞ XÂY DỰNG
*
Số 31-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Lâm Hải, ngày 15 tháng 12 năm 2025

BÁO CÁO
kết quả công tác xây dựng Đảng năm 2025

I- CÔNG TÁC TỔ CHỨC

Đảng ủy lãnh đạo tổ chức thành công Đại hội Đảng bộ Sở lần thứ V, nhiệm kỳ 2025 - 2030; Đại hội bầu Ban Chấp hành Đảng bộ gồm 15 đồng chí, Ban Thường vụ 05 đồng chí. Ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ Sở khóa V. Đảng bộ có 12 chi bộ trực thuộc với 286 đảng viên.

Ủy ban Kiểm tra Đảng ủy khóa IV có 04 đồng chí. Ban Chấp hành bầu Ủy ban Kiểm tra Đảng ủy khóa V gồm 05 đồng chí.

II- CÔNG TÁC KIỂM TRA

Năm 2025, ủy ban kiểm tra các cấp kiểm tra 26 đảng viên khi có dấu hiệu vi phạm.

Qua 5 năm (2021 - 2025), ủy ban kiểm tra các cấp đã kiểm tra 118 đảng viên khi có dấu hiệu vi phạm.
"""


@pytest.fixture(scope="module")
def committee(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "31-BC-DU-2025.txt", PARTY_COMMITTEE))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("BCH ĐB Sở khóa V có bn đ/c", "15"),
        ("UBKT đảng ủy khóa IV có mấy đồng chí", "4"),
        ("UBKT khoa V duoc bau bao nhieu dong chi", "5"),
        ("bn cb trực thuộc ĐU Sở", "12"),
        ("qua 5 năm kiểm tra bao nhiêu đảng viên khi có dấu hiệu vi phạm", "118"),
        ("năm 2025 kiểm tra bao nhiêu đảng viên khi có dấu hiệu vi phạm", "26"),
    ],
    ids=["committee-of-term-v", "inspection-committee-of-term-iv", "inspection-committee-of-term-v",
         "party-cells-not-cadres", "five-years-counted-out", "the-year"],
)
def test_terms_by_their_number(committee: Engine, question: str, value: str) -> None:
    """A term named by its number is a name of the body, not a word to find; another term's figure is not it."""
    answered_with(committee, question, value)
