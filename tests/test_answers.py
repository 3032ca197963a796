"""Questions as officials type them, and what they see in the answer.

Each group below is one way of asking (full diacritics, none, Telex slips, abbreviations, other
words than the report's, a period, a target, a share of a target, a breakdown, a conflict between
text and appendix, a series, something the report does not hold). The questions are our own
(not those of the dev or held-out sets) and every expected figure was read off the report
``knowledge/reports/161-BC-DUK-2023.txt``. What is checked is what a user notices: the status, the
figure's value and unit, its period, where it stands in the report (section, footnote, appendix
row), and the reply text in Vietnamese number format with its source line.

Questions the engine does not answer correctly yet are not here: they were reported to the lead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

from knowledge import texts
from knowledge.answer import Answer
from knowledge.engine import Engine
from tests.answers_conftest import REPORT, SOURCE_PREFIX, opens_politely, shown
from tests.report_sets import answered_with

pytest_plugins = ["tests.answers_conftest"]

# Where figures stand in the report (substrings of the source locator).
OPENING = "Phần thứ nhất"  # the opening paragraph, before section I
POLITICAL = "1. Lãnh đạo thực hiện nhiệm vụ chính trị"
EDUCATION = "2. Lãnh đạo thực hiện công tác giáo dục chính trị, tư tưởng"
RESOLUTION_4 = "3. Lãnh đạo thực hiện Nghị quyết, Kết luận Hội nghị Trung ương 4"
PARTY_BUILDING = "4. Xây dựng tổ chức đảng và đảng viên"
PERSONNEL = "5. Lãnh đạo công tác tổ chức cán bộ và bảo vệ chính trị nội bộ"
INSPECTION = "6. Công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng"
MASS_MOBILISATION = "7. Công tác dân vận và lãnh đạo đoàn thể"
COMMITTEE_REVIEW = "III- ĐÁNH GIÁ KIỂM ĐIỂM SỰ LÃNH ĐẠO CỦA BAN CHẤP HÀNH"


def note(n: int) -> str:
    """The locator of footnote ``n`` ("Chú thích 16 (Phần thứ nhất › …)")."""
    return f"Chú thích {n} ("


ANY: Any = object()


@dataclass(frozen=True)
class Expect:
    value: str
    unit: str
    where: str | tuple[str, ...]  # a substring of the locator (or one of several places stating the figure)
    period: Any = ANY  # exact period, None for a figure without one; ANY: not checked
    kind: str | None = None
    parts: tuple[str, ...] | None = None  # the breakdown's values in order; None: not checked
    reads: tuple[str, ...] = ()  # more text the reply must hold


def case(qid: str, question: str, value: str, unit: str, where: str | tuple[str, ...], **more: Any) -> Any:
    return pytest.param(question, Expect(value, unit, where, **more), id=qid)


def describe(answer: Answer) -> str:
    """What the engine said, for failure messages."""
    fig = answer.figure
    said = f"{answer.status}"
    if fig is not None:
        said += f" {fig.value} {fig.unit!r} period={fig.period!r} at {fig.source.locator!r}"
    if answer.parts:
        said += f" parts={[str(p.value) for p in answer.parts]}"
    if answer.alternatives:
        said += f" alternatives={[(str(a.value), a.source.locator) for a in answer.alternatives]}"
    return said


def check_figure(answer: Answer, expect: Expect) -> None:
    """The answer gives the expected figure, where it stands, and reads it out in Vietnamese format."""
    said = describe(answer)
    assert answer.status == "answered", said
    fig = answer.figure
    assert fig is not None, said
    assert fig.value == Decimal(expect.value), said
    assert fig.unit == expect.unit, said
    if expect.period is not ANY:
        assert fig.period == expect.period, said
    if expect.kind is not None:
        assert fig.kind == expect.kind, said
    assert fig.source.report == REPORT
    places = (expect.where,) if isinstance(expect.where, str) else expect.where
    assert any(place in fig.source.locator for place in places), said
    assert fig.source.quote.strip(), "a figure always comes with the sentence or row it was read from"

    lines = answer.reply.split("\n")
    assert shown(expect.value, expect.unit) in lines[0], answer.reply
    if fig.period:
        assert f"({fig.period})" in lines[0], answer.reply
    assert lines[1] == SOURCE_PREFIX + fig.source.locator, answer.reply
    for text in expect.reads:
        assert text in answer.reply, answer.reply

    if expect.parts is not None:
        assert [p.value for p in answer.parts] == [Decimal(v) for v in expect.parts], said
        assert texts.PARTS_HEADER in lines or texts.SERIES_HEADER in lines, answer.reply
        for part in answer.parts:
            assert f": {shown(part.value, part.unit)}" in answer.reply, answer.reply

    data = json.loads(json.dumps(answer.to_json(), ensure_ascii=False))
    assert data["status"] == "answered"
    assert data["answer"]["value"] == pytest.approx(float(expect.value))
    assert data["answer"]["unit"] == expect.unit
    assert data["answer"]["source"]["locator"] == fig.source.locator
    if expect.parts is not None:
        assert [p["value"] for p in data["parts"]] == pytest.approx([float(v) for v in expect.parts])


# --- ordinary questions with full diacritics ------------------------------------------------------

ACCENTED = [
    case("party-members", "Tổng số đảng viên của Đảng bộ Khối là bao nhiêu?", "7261", "đảng viên", OPENING,
         reads=("7.261 đảng viên",)),
    case("admitted", "Đảng ủy Khối đã quyết định kết nạp bao nhiêu đảng viên?", "953", "đảng viên", PARTY_BUILDING),
    case("made-full-members", "Có bao nhiêu đảng viên được công nhận là đảng viên chính thức?", "626", "đảng viên",
         PARTY_BUILDING),
    case("budget-revenue", "Tổng thu ngân sách nhiệm kỳ đạt bao nhiêu?", "30196", "tỷ đồng", note(2),
         reads=("30.196 tỷ đồng",)),
    case("firms-paid-to-budget", "Nộp ngân sách tỉnh của doanh nghiệp là bao nhiêu tỷ đồng?", "20331.5", "tỷ đồng",
         POLITICAL, reads=("20.331,5 tỷ đồng",)),
    case("banks-paid-to-budget", "Khối ngân hàng đã nộp ngân sách được bao nhiêu tỷ đồng?", "70512.75", "tỷ đồng", POLITICAL,
         reads=("70.512,75 tỷ đồng",)),
    case("firms-turnover", "Tổng doanh thu đạt bao nhiêu tỷ?", "81326", "tỷ đồng", POLITICAL,
         reads=("trên 81.326 tỷ đồng",)),
    case("bank-loans", "Tổng dư nợ của ngân hàng là bao nhiêu?", "309095", "tỷ đồng", POLITICAL, period="30/6/2023"),
    case("bank-income", "Mỗi tháng người lao động ngân hàng có thu nhập bình quân bao nhiêu?", "12.4",
         "triệu đồng/người/tháng", POLITICAL, reads=("12,4 triệu đồng/người/tháng",)),
    case("essays", "Có bao nhiêu bài dự thi trong hai cuộc thi viết?", "1200", "bài", EDUCATION),
    case("awareness-class-people", "Số quần chúng ưu tú tham gia lớp bồi dưỡng nhận thức về Đảng là bao nhiêu?",
         "1635", "quần chúng", note(4)),
    case("youth-recommended", "Đoàn Khối giới thiệu bao nhiêu đoàn viên ưu tú cho Đảng xem xét?", "549", "đoàn viên",
         MASS_MOBILISATION),
    case("youth-admitted", "Số đoàn viên ưu tú đã được Đảng kết nạp là bao nhiêu?", "464", "đoàn viên", MASS_MOBILISATION),
    case("skilful-mobilisation-base", "Có bao nhiêu mô hình, điển hình Dân vận khéo cấp cơ sở?", "724",
         "mô hình, điển hình", note(21)),
    case("blood", "Phong trào hiến máu tình nguyện thu được mấy đơn vị máu?", "2986", "đơn vị máu", note(22)),
    case("denunciations", "Tổng số đơn tố cáo đã tiếp nhận là bao nhiêu?", "49", "đơn", INSPECTION),
    case("youth-cells-dissolved", "Đoàn Khối đã giải thể mấy chi đoàn?", "13", "chi đoàn", MASS_MOBILISATION),
    case("youth-bases-founded", "Có mấy cơ sở đoàn được thành lập mới?", "3", "cơ sở đoàn", MASS_MOBILISATION),
    case("committee-elected", "Đại hội bầu Ban Chấp hành Đảng bộ gồm bao nhiêu đồng chí?", "39", "đồng chí",
         COMMITTEE_REVIEW),
    case("standing-committee-elected", "Ban Thường vụ được Đại hội bầu gồm mấy đồng chí?", "11", "đồng chí",
         COMMITTEE_REVIEW),
    case("badges", "Tổng cộng bao nhiêu đồng chí được tặng Huy hiệu Đảng?", "120", "đồng chí", PARTY_BUILDING,
         parts=("21", "31", "68")),
    case("political-history", "Kết luận về lịch sử chính trị được bao nhiêu trường hợp?", "694", "trường hợp",
         PERSONNEL),
    case("classes-both-kinds",
         "Tổ chức được bao nhiêu lớp bồi dưỡng nhận thức về Đảng và lý luận chính trị cho đảng viên mới?",
         "32", "lớp", EDUCATION, parts=("20", "12")),
    case("fees-inspected", "Ủy ban kiểm tra hai cấp kiểm tra đảng phí bao nhiêu tổ chức đảng?", "95", "tổ chức đảng",
         INSPECTION),
    case("deposits", "Các ngân hàng huy động được bao nhiêu vốn?", "201465", "tỷ đồng", POLITICAL,
         reads=("201.465 tỷ đồng",)),
    case("firms-profit", "Các doanh nghiệp đạt lợi nhuận sau thuế bao nhiêu tỷ đồng?", "23513", "tỷ đồng", POLITICAL),
    case("expelled", "Bao nhiêu đảng viên bị kỷ luật khai trừ?", "3", "đảng viên", INSPECTION),
    case("essay-prizes", "Đảng ủy Khối chấm và trao mấy giải cấp khối cho cuộc thi viết?", "46", "giải", note(7)),
    case("youth-support-money", "Tiền hỗ trợ của Đoàn Thanh niên là bao nhiêu?", "2.5", "tỷ đồng", MASS_MOBILISATION,
         reads=("2,5 tỷ đồng",)),
    case("base-committee-appointed", "Có bao nhiêu ủy viên ban chấp hành chi, đảng bộ cơ sở được chỉ định bổ sung?",
         "87", "ủy viên", note(14)),
    case("denunciations-returned", "Bao nhiêu đơn tố cáo được hướng dẫn trả?", "10", "đơn", INSPECTION),
    case("province-merit-individuals", "Tỉnh ủy tặng bằng khen cho bao nhiêu cá nhân", "6", "cá nhân", note(9)),
    case("standing-committee-settled", "Ban Thường vụ Đảng ủy Khối giải quyết mấy đơn", "1", "đơn", INSPECTION),
    case("warned-committee-members", "Bao nhiêu cấp ủy viên bị cảnh cáo?", "5", "cấp ủy viên", INSPECTION),
    case("veterans-houses-money", "cựu chiến binh cất nhà đồng đội tổng số tiền bao nhiêu", "100", "triệu đồng",
         MASS_MOBILISATION, reads=("100 triệu đồng",)),
    case("base-orgs", "Đảng bộ Khối có bao nhiêu tổ chức cơ sở đảng trực thuộc?", "99", "tổ chức cơ sở đảng", OPENING,
         period="hiện nay"),
]


@pytest.mark.parametrize(("question", "expect"), ACCENTED)
def test_accented(engine: Engine, question: str, expect: Expect) -> None:
    check_figure(engine.ask(question), expect)


# --- no diacritics ---------------------------------------------------------------------------------

PLAIN = [
    case("party-members", "tong so dang vien cua dang bo khoi", "7261", "đảng viên", OPENING),
    case("base-orgs", "so to chuc co so dang truc thuoc dang bo khoi", "99", "tổ chức cơ sở đảng", OPENING,
         period="hiện nay"),
    case("admitted", "dang uy khoi ket nap tong cong bao nhieu dang vien", "953", "đảng viên", PARTY_BUILDING),
    case("made-full-members", "cong nhan bao nhieu dang vien chinh thuc", "626", "đảng viên", PARTY_BUILDING),
    case("transfers", "so dang vien duoc chuyen sinh hoat dang", "1905", "đảng viên", PARTY_BUILDING,
         parts=("1317", "588"), reads=("1.905 đảng viên",)),
    case("badges", "so dong chi duoc tang huy hieu dang", "120", "đồng chí", PARTY_BUILDING, parts=("21", "31", "68")),
    case("reprimanded", "bao nhieu dang vien bi khien trach", "26", "đảng viên", INSPECTION),
    case("anonymous-denunciations", "so don to cao khong giai quyet", "17", "đơn", INSPECTION),
    case("blood", "doan thanh nien hien mau duoc may don vi mau", "2986", "đơn vị máu", note(22)),
    case("firms-turnover", "doanh nghiep trong khoi co tong doanh thu la bao nhieu", "81326", "tỷ đồng", POLITICAL),
    case("bank-loans", "du no cua cac ngan hang", "309095", "tỷ đồng", POLITICAL, reads=("309.095 tỷ đồng",)),
    case("bank-profit", "loi nhuan sau thue linh vuc tin dung ngan hang", "40297", "tỷ đồng", POLITICAL),
    case("members-studied-resolutions", "bao nhieu phan tram dang vien tiep thu chu truong nghi quyet cua dang",
         "98.58", "%", "Phụ lục › I › 1. Tiếp thu chủ trương, nghị quyết của Đảng › Đảng viên",
         reads=("98,58%",)),
    case("public-studied-resolutions", "quan chung tham gia tiep thu nghi quyet dat ty le bao nhieu", "90.61", "%",
         (EDUCATION, "Phụ lục › I › 1. Tiếp thu chủ trương, nghị quyết của Đảng › Quần chúng")),
    case("lecturers", "bao nhieu bao cao vien", "120", "đồng chí", note(6)),
    case("propagandists", "tuyen truyen vien co bao nhieu dong chi", "148", "đồng chí", note(6)),
    case("party-work-classes", "bao nhieu lop boi duong nghiep vu cong tac dang da mo", "6", "lớp", EDUCATION),
    case("bank-income-growth", "thu nhap binh quan nguoi lao dong ngan hang tang bao nhieu phan tram", "0.4", "%",
         POLITICAL, reads=("0,4%",)),
    case("committee-moved-away", "bao nhieu uy vien ban chap hanh chuyen cong tac", "4", "đồng chí", COMMITTEE_REVIEW),
    case("struck-off", "xoa ten trong danh sach may dang vien", "23", "đảng viên", note(16)),
    case("orgs-inspected-on-signs", "bao nhieu to chuc dang bi kiem tra khi co dau hieu vi pham", "5", "tổ chức đảng",
         INSPECTION),
]


@pytest.mark.parametrize(("question", "expect"), PLAIN)
def test_no_diacritics(engine: Engine, question: str, expect: Expect) -> None:
    check_figure(engine.ask(question), expect)


# --- typos and Telex slips ---------------------------------------------------------------------------

TYPOS = [
    case("members-now-transposed", "so dang vein hien nay la bao nhieu", "7261", "đảng viên", OPENING,
         period="hiện nay"),
    case("telex-may-dissolved", "giair theer maasy chi booj cow sowr", "2", "chi bộ", PARTY_BUILDING),
    case("real-word-slips", "tỉ lệ đang viên hoan thàn xuất săc nhiêm vụ năm 2020", "17.89", "%",
         "Phụ lục › II › Đánh giá chất lượng đảng viên › Hoàn thành xuất sắc nhiệm vụ", period="2020"),
    case("key-held-down", "tong doanh thuu cua cac doanh nghieepj trong khoi", "81326", "tỷ đồng", POLITICAL),
    case("disciplined-telex", "bao nhieeu dangr vieen bij kyr luaatj", "39", "đảng viên", INSPECTION,
         parts=("26", "10", "3")),
    case("warned-telex", "kyr luaatj canhr caos bao nhieu dang vien", "10", "đảng viên", INSPECTION),
    case("admitted-telex", "ket napj dang vien bao nhieu", "953", "đảng viên", PARTY_BUILDING),
    case("expelled-telex", "bao nhieu dang vieen bij khai trwf", "3", "đảng viên", INSPECTION),
    case("bank-profit-telex", "loi nhuaan sau thue cac ngaan hang trong khoi", "40297", "tỷ đồng", POLITICAL),
    case("full-members-telex", "bn ddangr vieen dc coong nhaanj chinhs thuwcs", "626", "đảng viên", PARTY_BUILDING),
    case("badges-telex", "tawng huy hieeuj ddangr cho bao nhieu nguoi", "120", "đồng chí", PARTY_BUILDING,
         parts=("21", "31", "68")),
    case("struck-off-doubled-letter", "dang vien bi xoa tenn bao nhieu", "23", "đảng viên", note(16)),
    case("pledges-missing-marks", "ty lê đang viên viêt ban cam kêt tu dương", "99.86", "%",
         "Đảng viên viết bản cam kết tu dưỡng, rèn luyện, phấn đấu hàng năm"),
    case("inspected-2022-missing-marks", "tỉ lệ đang viên đươc kiêm tra giam sat năm 2022", "34.42", "%",
         "Phụ lục › III › Tỷ lệ đảng viên được kiểm tra, giám sát hàng năm", period="2022"),
    case("essays-doubled-letter", "so bai du thii", "1200", "bài", EDUCATION),
    case("deposits-telex", "ngaan hang huy ddoongj voons bao nhieu", "201465", "tỷ đồng", POLITICAL),
    case("blood-telex", "hieens mau tinhf nguyeenj", "2986", "đơn vị máu", note(22)),
    case("firm-income-telex", "thu nhaapj bq cuar nguwowif lao ddoongj trong doanh nghieepj moi thangs", "10.4",
         "triệu đồng/người/tháng", POLITICAL),
    case("base-orgs-now-telex", "so to chuc co so ddangr hieenj nay", "99", "tổ chức cơ sở đảng", OPENING,
         period="hiện nay"),
    case("reprimanded-bao-nhiu", "dang vien bi khien trach bao nhiu", "26", "đảng viên", INSPECTION),
    case("transfers-telex", "bao nhieeu ddangr vieen ddwowcj chuyeenr sinh hoatj", "1905", "đảng viên", PARTY_BUILDING,
         parts=("1317", "588")),
    case("disciplined-trailing-w", "ky luat dang vien bao nhieu nguoiw", "39", "đảng viên", INSPECTION,
         parts=("26", "10", "3")),
    case("disciplined-wrong-marks", "kỷ luạt đang viên bao nhiu", "39", "đảng viên", INSPECTION,
         parts=("26", "10", "3")),
    case("budget-telex", "tongr thu ngaan sachs nhieemj kyf", "30196", "tỷ đồng", note(2)),
    # a "w" typed after the vowel it marks: "loiwj" is "lợi"
    case("profit-w-after-vowel", "loiwj nhuaanj sau thuees cuar ngaan hangf", "40297", "tỷ đồng", POLITICAL),
]


@pytest.mark.parametrize(("question", "expect"), TYPOS)
def test_typos(engine: Engine, question: str, expect: Expect) -> None:
    check_figure(engine.ask(question), expect)


# --- abbreviations -------------------------------------------------------------------------------------

ABBREVIATIONS = [
    case("duk-bn-dv", "ĐUK có bn đv", "7261", "đảng viên", OPENING, reads=("7.261",)),
    case("sl-dv-disciplined", "sl đv bị kỷ luật", "39", "đảng viên", INSPECTION, parts=("26", "10", "3")),
    case("ubkt-settled", "số đơn do UBKT ĐUK giải quyết", "5", "đơn", INSPECTION),
    case("tccsd-now", "bn TCCSĐ trực thuộc", "99", "tổ chức cơ sở đảng", OPENING, period="hiện nay"),
    case("bch-members-now", "sl UV BCH ĐUK hiện nay", "36", "đồng chí", COMMITTEE_REVIEW, period="hiện nay"),
    case("lnst-nh", "LNST NH bn", "40297", "tỷ đồng", POLITICAL),
    case("vs-is-voi", "loi nhuan so vs cung ky dat may %", "120.3", "%", POLITICAL),  # "so vs" = so với: a base
    case("vs-growth", "tiền gửi huy động vốn tăng mấy % so vs cùng kỳ năm trước", "11.67", "%", POLITICAL),
    case("sxkd", "LNST các DN sxkd bn tỷ", "23513", "tỷ đồng", POLITICAL),  # sản xuất kinh doanh
    case("khtnv", "tỷ lệ đv KHTNV năm 2022", "0.44", "%", "Không hoàn thành nhiệm vụ", period="2022"),
    case("lnst-dn-share", "LNST DN đạt bn % chỉ tiêu", "91.82", "%", POLITICAL, reads=("91,82%",)),
    case("du-no-nh", "dư nợ NH", "309095", "tỷ đồng", POLITICAL),
    case("ns-dn", "NS tỉnh do DN nộp là bn", "20331.5", "tỷ đồng", POLITICAL, reads=("20.331,5 tỷ đồng",)),
    case("tnbq-nld-nh", "thu nhập bq NLĐ NH", "12.4", "triệu đồng/người/tháng", POLITICAL),
    case("tn-bq-is-income", "TN bq NLĐ DN bn", "10.4", "triệu đồng/người/tháng", POLITICAL),  # not "thanh niên"
    case("bn-dv-admitted", "bn đv được kết nạp", "953", "đảng viên", PARTY_BUILDING),
    case("sl-dv-moved-out", "sl đv chuyển đi", "1317", "đảng viên", (note(15), "Phụ lục › II › 4"), reads=("1.317 đảng viên",)),
    case("kl-reprimand", "KL khiển trách bn đv", "26", "đảng viên", INSPECTION),
    case("tccsd-founded", "TCCSĐ thành lập mới bn", "5", "tổ chức cơ sở đảng", PARTY_BUILDING, parts=("4", "1")),
    case("dv-badges", "bn đv dc tặng huy hiệu Đảng", "120", "đồng chí", PARTY_BUILDING, parts=("21", "31", "68")),
    case("dt-dn", "DT DN", "81326", "tỷ đồng", POLITICAL),
    case("dv-struck-off", "bn đv bị xóa tên", "23", "đảng viên", note(16)),
    case("tccsd-dissolved", "bn TCCSĐ giải thể", "2", "chi bộ", PARTY_BUILDING),
    case("sl-dv-2021", "sl đv ĐUK năm 2021", "7524", "đảng viên", "Phụ lục › II › Tổng số đảng viên", period="2021"),
    case("nh-deposits", "tổng huy động vốn NH bn tỷ", "201465", "tỷ đồng", POLITICAL),
    case("ubkt-2-levels-supervised", "UBKT 2 cấp giám sát bn đv", "59", "đảng viên", INSPECTION),
    case("bch-elected", "BCH ĐUK được bầu bn đ/c", "39", "đồng chí", COMMITTEE_REVIEW),
    case("nq-admission-target", "chỉ tiêu NQ kết nạp bn đv", "1200", "đảng viên",
         "Phụ lục › II › Kết nạp đảng viên › Chỉ tiêu nghị quyết", kind="target", reads=("1.200 đảng viên",)),
    case("dv-studied-nq", "tỷ lệ đv tiếp thu NQ", "98.58", "%", "Phụ lục › I › 1."),
    case("htxs-2022", "sl đv HTXS nv năm 2022", "19.4", "%",
         "Phụ lục › II › Đánh giá chất lượng đảng viên › Hoàn thành xuất sắc nhiệm vụ", period="2022",
         reads=("19,4%",)),
]


@pytest.mark.parametrize(("question", "expect"), ABBREVIATIONS)
def test_abbreviations(engine: Engine, question: str, expect: Expect) -> None:
    check_figure(engine.ask(question), expect)


# --- other words than the report's -----------------------------------------------------------------------

PARAPHRASES = [
    # "vào Đảng" is "kết nạp"; "lớp cảm tình Đảng" is "lớp bồi dưỡng nhận thức về Đảng"
    case("joined-party-2022", "số người vào Đảng năm 2022", "302", "đảng viên", "Phụ lục › II › Kết nạp đảng viên",
         period="2022"),
    case("joined-party-2021", "năm 2021 có bao nhiêu người vào Đảng", "267", "đảng viên",
         "Phụ lục › II › Kết nạp đảng viên", period="2021"),
    case("sympathiser-classes", "mở bao nhiêu lớp cảm tình Đảng", "20", "lớp", note(4)),
    case("sympathiser-classes-opened", "số lớp cảm tình Đảng mở được", "20", "lớp", note(4)),
    case("sympathiser-classes-2020", "năm 2020 mở mấy lớp cảm tình Đảng", "4", "lớp",
         "Phụ lục › I › 3. Mở lớp bồi dưỡng lý luận chính trị, tập huấn cấp ủy › Nhận thức về Đảng", period="2020"),
    case("sympathiser-classes-2022", "lớp cảm tình Đảng năm 2022 mở mấy lớp", "6", "lớp",
         "Phụ lục › I › 3. Mở lớp bồi dưỡng lý luận chính trị, tập huấn cấp ủy › Nhận thức về Đảng", period="2022"),
    case("sympathiser-class-learners", "quần chúng ưu tú học lớp cảm tình Đảng bao nhiêu người", "1635", "quần chúng",
         note(4)),
    case("firms-net-profit", "lãi sau thuế của doanh nghiệp", "23513", "tỷ đồng", POLITICAL),
    case("firms-profit-after-paying-tax", "doanh nghiệp lãi ròng được bao nhiêu sau khi đóng thuế", "23513", "tỷ đồng",
         POLITICAL),
    case("heaviest-form", "hình thức xử lý nặng nhất là đuổi khỏi Đảng áp dụng với mấy người", "3", "đảng viên",
         INSPECTION),
    case("southern-particle", "doan khoi thanh lap moi dc may co so doan dzậy", "3", "cơ sở đoàn", MASS_MOBILISATION),
    case("firms-lai-rong", "lãi ròng của doanh nghiệp", "23513", "tỷ đồng", POLITICAL),
    case("banks-lai-rong", "lãi ròng các ngân hàng", "40297", "tỷ đồng", POLITICAL),
    case("crossed-off", "gạch tên bao nhiêu đảng viên", "23", "đảng viên", note(16)),
    case("probation-to-full", "bao nhiêu đảng viên dự bị chuyển chính thức", "626", "đảng viên", PARTY_BUILDING),
    case("chuyen-dang-chinh-thuc", "bao nhiêu đảng viên được chuyển đảng chính thức", "626", "đảng viên",
         PARTY_BUILDING),
    case("letters-received", "số đơn thư tố cáo nhận được", "49", "đơn", INSPECTION,
         parts=("6", "16", "10", "17")),
    case("letters-sent-down", "số đơn thư chuyển xuống cơ sở", "16", "đơn", INSPECTION),
    case("blood-drive", "Đoàn Khối vận động hiến máu thu được bao nhiêu đơn vị máu", "2986", "đơn vị máu", note(22)),
    case("veterans-houses", "cựu chiến binh xây mấy căn nhà đồng đội", "2", "căn nhà", MASS_MOBILISATION),
    case("allowed-to-leave", "số đảng viên được cho ra khỏi Đảng", "13", "đảng viên", note(16)),
    case("expelled-from-party", "số đảng viên bị khai trừ khỏi Đảng", "3", "đảng viên", note(16)),
    case("outstanding-youth", "số đoàn viên xuất sắc được giới thiệu cho Đảng", "549", "đoàn viên", MASS_MOBILISATION),
    case("firms-state-budget", "doanh nghiệp nộp ngân sách nhà nước bao nhiêu", "20331.5", "tỷ đồng", POLITICAL),
    case("firms-contribution", "doanh nghiệp đóng góp cho ngân sách tỉnh bao nhiêu", "20331.5", "tỷ đồng", POLITICAL),
    case("firms-sales", "doanh số của các doanh nghiệp", "81326", "tỷ đồng", POLITICAL),
    case("anonymous-letters", "đơn tố cáo giấu tên không xử lý là bao nhiêu", "17", "đơn", INSPECTION),
    # "32 lớp A và B có 2.482 đồng chí" with footnote 4 "20 lớp A, có 1635 …; 12 lớp B, có 847 …"
    case("new-members-class-people", "lớp chính trị cho đảng viên mới có bao nhiêu người học", "847", "đồng chí",
         note(4)),
    case("awareness-class-people", "lớp cảm tình Đảng có bao nhiêu người theo học", "1635", "quần chúng", note(4)),
    case("province-level-models", "cap tinh co bn mo hinh dien hinh dan van kheo, bao nhieu mo hinh bao nhieu dien hinh",
         "93", "mô hình, điển hình", note(21), parts=("88", "5")),
    # "cấp tỉnh" names the level: the province's 93 models, not all 724
    case("province-level-models-short", "DVK cấp tỉnh có bao nhiêu mô hình, điển hình", "93", "mô hình, điển hình",
         note(21)),
    case("committee-level-models", "cấp đảng ủy khối đăng ký bao nhiêu mô hình điển hình dân vận khéo, chia ra từng loại",
         "206", "mô hình, điển hình", note(21), parts=("179", "27")),
    case("two-level-supervised-orgs", "uy ban kiem tra hai cap giam sat bao nhieu to chuc dang", "76", "tổ chức đảng",
         INSPECTION),
    case("checked-inspection-duty", "UBKT KT việc thực hiện nv KTGS bn TCĐ", "102", "tổ chức đảng", INSPECTION),
    # everyday words: "lên chính thức", "xin rời khỏi đảng", "thu nộp đảng phí", "lập thêm" (an event, not the state)
    case("made-full-members", "có mấy đảng viên dự bị được lên chính thức", "626", "đảng viên", "Phần thứ nhất"),
    case("asked-to-leave", "mấy đảng viên xin rời khỏi đảng", "13", "đảng viên", note(16)),
    case("dues-checked", "kiểm tra việc thu nộp đảng phí ở mấy tổ chức đảng", "95", "tổ chức đảng", INSPECTION),
    # "mới" before a verb is "only": "mới kiểm tra, giám sát được …"
    case("only-checked-h1", "6 tháng đầu 2023 mới kiểm tra, giám sát được bao nhiêu % đảng viên", "4.72", "%",
         "Phụ lục › III"),
    # "bị xử lý" is the everyday word for discipline
    case("members-dealt-with", "đảng viên bị xử lý bao nhiêu người", "39", "đảng viên", INSPECTION),
    # "hiện giờ … còn": never the start of the term's 104 beside it in the same sentence
    case("bases-left-now", "bây giờ đảng bộ khối còn mấy tổ chức cơ sở đảng", "99", "tổ chức cơ sở đảng",
         "Phần thứ nhất"),
    # the brackets end what is left out: "giám sát … tổ chức đảng" is still asked
    case("committee-itself-supervised", "cấp ủy đảng ủy khối (không kể ubkt) giám sát bao nhiêu tổ chức đảng", "26",
         "tổ chức đảng", INSPECTION),
    case("driven-out", "mấy đảng viên bị đuổi ra khỏi đảng", "3", "đảng viên", (INSPECTION, note(16))),
    case("youth-put-forward", "đoàn viên trẻ được đề xuất cho Đảng xem xét là bao nhiêu em", "549", "đoàn viên",
         MASS_MOBILISATION),
    case("students-of-both-classes", "so hoc vien lop nhan thuc ve dang va lop dang vien moi", "2482", "đồng chí",
         EDUCATION),
    # footnote 17 "Đối tượng Tỉnh ủy trao là 21, Đảng ủy Khối trao là 31, đối tượng cơ sở trao là 68":
    # the words of one item's own label tell it apart from the others of the same sentence
    case("badges-by-province", "số đ/c được Tỉnh ủy trao tặng huy hiệu Đảng", "21", "", note(17)),
    case("badges-by-bases", "huy hieu dang cap co so trao cho may dong chi", "68", "", note(17)),
    # "… đã giải quyết 06 đơn …; 17 đơn không giải quyết": the label negates what is asked
    case("letters-returned", "đơn tố cáo được hướng dẫn trả lại là mấy đơn", "10", "đơn", INSPECTION),
    case("both-classes-people", "bao nhiêu đồng chí tham gia lớp nhận thức về Đảng và lý luận chính trị cho đảng "
         "viên mới", "2482", "đồng chí", "2. Lãnh đạo thực hiện công tác giáo dục chính trị"),
    # words of doing or degree weigh little: "người làm ở doanh nghiệp", "xếp mức", "học lớp"
    case("pay-of-those-working", "lương bình quân của người làm ở doanh nghiệp", "10.4", "triệu đồng/người/tháng",
         POLITICAL),
    case("rated-level-2022", "năm 2022 bao nhiêu % đảng viên xếp mức hoàn thành nhiệm vụ", "1.95", "%",
         "Phụ lục › II › Đánh giá chất lượng đảng viên › Hoàn thành nhiệm vụ", period="2022"),
    case("masses-studying", "bao nhiêu người học lớp cảm tình Đảng", "1635", "quần chúng", note(4)),
    # "đơn vị" asked is the kind of "2.986 đơn vị máu"
    case("blood-units", "đoàn viên khối đi cho máu được mấy đơn vị", "2986", "đơn vị máu", note(22)),
    case("left-of-own-will", "mấy đảng viên tự nguyện rút khỏi Đảng", "13", "đảng viên", note(16)),
    case("moved-elsewhere", "bao nhiêu đảng viên chuyển sang nơi khác", "1317", "đảng viên", note(15)),
    # the figure typed is the whole whose parts are asked
    case("typed-whole", "lớp bồi dưỡng 32 lớp thì gồm mấy lớp nhận thức, mấy lớp chính trị đv mới", "32", "lớp",
         EDUCATION, parts=("20", "12")),
]


@pytest.mark.parametrize(("question", "expect"), PARAPHRASES)
def test_paraphrases(engine: Engine, question: str, expect: Expect) -> None:
    check_figure(engine.ask(question), expect)


# --- periods: appendix years, yearly footnotes 18 and 19, "hiện nay", "đầu nhiệm kỳ" ----------------------

ADMISSIONS_ROW = "Phụ lục › II › Kết nạp đảng viên"
MEMBERS_ROW = "Phụ lục › II › Tổng số đảng viên"
YOUTH_BASES_ROW = "Phụ lục › IV › 4. Đoàn Thanh niên › Tổng số cơ sở Đoàn"

PERIODS = [
    case("admitted-2020", "trong năm 2020 Đảng bộ Khối kết nạp được mấy đảng viên", "181", "đảng viên", ADMISSIONS_ROW, period="2020"),
    case("admitted-h1-2023", "kết nạp đảng viên 6 tháng đầu năm 2023", "203", "đảng viên", ADMISSIONS_ROW,
         period="6 tháng 2023", reads=("(6 tháng 2023): 203 đảng viên",)),
    case("members-2021", "năm 2021 đảng bộ khối có bao nhiêu đảng viên", "7524", "đảng viên", MEMBERS_ROW,
         period="2021", reads=("7.524 đảng viên",)),
    case("members-2020", "tổng số đảng viên năm 2020", "7400", "đảng viên", MEMBERS_ROW, period="2020"),
    # "xếp loại tốt (không tính loại xuất sắc)", "mức xuất sắc": the rows of one grade
    case("good-grade-alone-2021", "năm 2021 đảng viên xếp loại tốt (không tính loại xuất sắc) chiếm mấy phần trăm",
         "78.49", "%", "Phụ lục › II › Đánh giá chất lượng đảng viên › Hoàn thành tốt nhiệm vụ", period="2021"),
    case("excellent-grade-2022", "đảng viên mức xuất sắc năm 2022 bao nhiêu %", "19.4", "%",
         "Phụ lục › II › Đánh giá chất lượng đảng viên › Hoàn thành xuất sắc nhiệm vụ", period="2022"),
    case("members-start-of-term", "tổng số đảng viên đầu nhiệm kỳ", "7400", "đảng viên", MEMBERS_ROW),
    case("moved-out-2021", "số đảng viên chuyển đi năm 2021", "290", "đảng viên",
         "Phụ lục › II › 4. Tiếp nhận và chuyển sinh hoạt đảng › Chuyển đi", period="2021"),
    case("moved-in-2020", "chuyển đến năm 2020 bao nhiêu đảng viên", "183", "đảng viên",
         "Phụ lục › II › 4. Tiếp nhận và chuyển sinh hoạt đảng › Chuyển đến", period="2020"),
    case("transfers-2022", "chuyển sinh hoạt đảng năm 2022", "578", "đảng viên",
         "Phụ lục › II › Tiếp nhận và chuyển sinh hoạt đảng", period="2022", parts=("179", "399")),
    case("youth-bases-2020", "năm 2020 Đoàn Khối có bao nhiêu cơ sở đoàn", "54", "cơ sở đoàn", YOUTH_BASES_ROW,
         period="2020"),
    case("youth-bases-h1-2023", "số cơ sở đoàn 6 tháng đầu năm 2023", "37", "cơ sở đoàn", YOUTH_BASES_ROW,
         period="6 tháng 2023"),
    case("youth-bases-start-of-term", "đầu nhiệm kỳ có bao nhiêu cơ sở đoàn", "54", "cơ sở đoàn", YOUTH_BASES_ROW),
    case("youth-members-2021", "Đoàn Khối có bao nhiêu đoàn viên vào năm 2021", "3157", "đoàn viên",
         "Phụ lục › IV › 4. Đoàn Thanh niên › Tổng số đoàn viên", period="2021"),
    case("base-orgs-2020", "năm 2020 có bao nhiêu tổ chức cơ sở đảng", "104", "cơ sở đảng", "Phụ lục › II",
         period="2020"),
    case("veteran-bases-2021", "năm 2021 có bao nhiêu cơ sở hội cựu chiến binh", "30", "cơ sở hội",
         "Phụ lục › IV › 5. Hội Cựu chiến binh › Tổng số cơ sở Hội", period="2021"),
    case("footnote18-2021", "năm 2021 có bao nhiêu phần trăm tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "98.07", "%",
         note(18), period="2021", reads=("98,07%",)),
    case("footnote18-2022-plain", "nam 2022 ty le to chuc co so dang hoan thanh tot nhiem vu", "94.23", "%", note(18),
         period="2022"),
    case("footnote19-2022", "năm 2022 đảng viên hoàn thành tốt nhiệm vụ đạt tỷ lệ bao nhiêu", "97.6", "%", note(19), period="2022",
         reads=("97,6%",)),
    case("attendance-2021", "tỷ lệ đảng viên dự sinh hoạt năm 2021", "96.7", "%",
         "Phụ lục › II › Tỉ lệ đảng viên dự sinh hoạt lệ", period="2021"),
    case("studied-h1-2023", "6 tháng đầu năm 2023 tỷ lệ đảng viên tiếp thu nghị quyết", "98.66", "%",
         "Phụ lục › I › 1. Tiếp thu chủ trương, nghị quyết của Đảng › Đảng viên", period="6 tháng 2023"),
    case("inspected-2021", "số đảng viên được kiểm tra, giám sát trong năm 2021", "2840", "đảng viên",
         "Phụ lục › III › Kiểm tra, giám sát", period="2021"),
    case("inspected-h1-2023", "6 tháng đầu năm 2023 kiểm tra giám sát bao nhiêu đảng viên", "339", "đảng viên",
         "Phụ lục › III › Kiểm tra, giám sát", period="6 tháng 2023"),
    case("awareness-classes-2021", "năm 2021 mở mấy lớp nhận thức về Đảng", "6", "lớp",
         "Phụ lục › I › 3. Mở lớp bồi dưỡng lý luận chính trị, tập huấn cấp ủy › Nhận thức về Đảng", period="2021"),
    case("left-party-2022", "xin ra khỏi đảng năm 2022", "4", "đảng viên",
         "Phụ lục › II › 5. Xóa tên và khai trừ đảng › Xin ra khỏi đảng", period="2022"),
    case("expelled-2022", "khai trừ đảng năm 2022 bao nhiêu", "2", "đảng viên",
         "Phụ lục › II › 5. Xóa tên và khai trừ đảng › Khai trừ đảng", period="2022"),
    case("struck-off-2022", "bao nhiêu đảng viên bị xóa tên năm 2022", "4", "đảng viên",
         "Phụ lục › II › 5. Xóa tên và khai trừ đảng › Xóa tên", period="2022"),
    case("excellent-members-2022",
         "năm 2022 có bao nhiêu phần trăm đảng viên được xếp hoàn thành xuất sắc nhiệm vụ", "19.4", "%",
         "Phụ lục › II › Đánh giá chất lượng đảng viên › Hoàn thành xuất sắc nhiệm vụ", period="2022"),
    case("excellent-members-2021-plain", "dang vien hoan thanh xuat sac nhiem vu nam 2021 chiem bao nhieu phan tram", "18.54", "%",
         "Phụ lục › II › Đánh giá chất lượng đảng viên › Hoàn thành xuất sắc nhiệm vụ", period="2021"),
    case("excellent-orgs-2020", "tỷ lệ tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ năm 2020", "20", "%",
         "Phụ lục › II › Đánh giá chất lượng cơ sở đảng › Hoàn thành xuất sắc nhiệm vụ", period="2020"),
    case("failed-members-2022", "tỷ lệ đảng viên không hoàn thành nhiệm vụ năm 2022", "0.44", "%",
         "Phụ lục › II › Đánh giá chất lượng đảng viên › Không hoàn thành nhiệm vụ", period="2022",
         reads=("0,44%",)),
    case("strong-veteran-bases-2021", "tỷ lệ cơ sở hội vững mạnh khá năm 2021", "100", "%",
         "Phụ lục › IV › 5. Hội Cựu chiến binh › Đánh giá chất lượng tổ chức cơ sở Hội › Vững mạnh, khá",
         period="2021"),
    case("base-orgs-now", "hiện nay có bao nhiêu tổ chức cơ sở đảng", "99", "tổ chức cơ sở đảng", OPENING,
         period="hiện nay"),
    case("committee-now", "số ủy viên Ban Chấp hành hiện tại", "36", "đồng chí", COMMITTEE_REVIEW, period="hiện nay"),
    case("base-orgs-start-of-term", "số tổ chức cơ sở đảng lúc đầu nhiệm kỳ", "104", "tổ chức cơ sở đảng", OPENING,
         period="đầu nhiệm kỳ"),
]


@pytest.mark.parametrize(("question", "expect"), PERIODS)
def test_periods(engine: Engine, question: str, expect: Expect) -> None:
    check_figure(engine.ask(question), expect)


# --- targets: "chỉ tiêu … là bao nhiêu" is the appendix's "Chỉ tiêu Nghị quyết" column -------------------

TARGETS = [
    case("set-out-studied", "NQ đề ra tỷ lệ đv tiếp thu NQ bn %", "98", "%",
         ("Phụ lục › I › 1. Tiếp thu chủ trương, nghị quyết của Đảng › Đảng viên", note(3))),
    case("set-out-abbreviated", "NQ ĐH đề ra tỷ lệ đv dự sh chi bộ bn %", "95", "%",
         ("Phụ lục › II › Tỉ lệ đảng viên dự sinh hoạt lệ", "4. Xây dựng tổ chức đảng và đảng viên")),
    case("admission-goal", "chỉ tiêu phấn đấu kết nạp đảng viên là bao nhiêu", "1250", "đảng viên",
         "Phụ lục › II › Kết nạp đảng viên › Chỉ tiêu phấn đấu", reads=("1.250 đảng viên",)),
    case("attendance", "chỉ tiêu nghị quyết về tỷ lệ đảng viên dự sinh hoạt là bao nhiêu", "95", "%",
         "Phụ lục › II › Tỉ lệ đảng viên dự sinh hoạt lệ"),
    case("public-studied", "chỉ tiêu tỷ lệ quần chúng tiếp thu nghị quyết là bao nhiêu", "90", "%",
         "Phụ lục › I › 1. Tiếp thu chủ trương, nghị quyết của Đảng › Quần chúng"),
    case("members-studied", "chỉ tiêu tỷ lệ đảng viên tiếp thu nghị quyết là bao nhiêu", "98", "%",
         "Phụ lục › I › 1. Tiếp thu chủ trương, nghị quyết của Đảng › Đảng viên"),
    case("new-member-classes", "chỉ tiêu lớp bồi dưỡng lý luận chính trị cho đảng viên mới là bao nhiêu lớp", "25",
         "lớp", "Phụ lục › I › 3. Mở lớp bồi dưỡng lý luận chính trị, tập huấn cấp ủy › Bồi dưỡng lý luận chính trị"),
    case("awareness-classes", "chỉ tiêu lớp nhận thức về Đảng", "25", "lớp",
         "Phụ lục › I › 3. Mở lớp bồi dưỡng lý luận chính trị, tập huấn cấp ủy › Nhận thức về Đảng"),
    case("sympathiser-classes", "chỉ tiêu lớp cảm tình đảng", "25", "lớp",
         "Phụ lục › I › 3. Mở lớp bồi dưỡng lý luận chính trị, tập huấn cấp ủy › Nhận thức về Đảng"),
    case("committee-training", "chỉ tiêu tập huấn lớp cấp ủy là bao nhiêu", "5", "lớp",
         "Phụ lục › I › 3. Mở lớp bồi dưỡng lý luận chính trị, tập huấn cấp ủy › Tập huấn lớp cấp ủy"),
    case("inspection-rate", "chỉ tiêu tỷ lệ đảng viên được kiểm tra giám sát hàng năm là bao nhiêu", "30", "%",
         "Phụ lục › III › Tỷ lệ đảng viên được kiểm tra, giám sát hàng năm"),
    case("skilful-mobilisation", "chỉ tiêu mô hình dân vận khéo là bao nhiêu phần trăm", "80", "%",
         "Phụ lục › IV › Mỗi cơ quan, đơn vị có mô hình dân vận khéo"),
    case("veterans-rallied", "chỉ tiêu tập hợp cựu chiến binh vào hội", "90", "%",
         "Phụ lục › IV › 5. Hội Cựu chiến binh › Tập hợp đối tượng vào tổ chức"),
]


@pytest.mark.parametrize(("question", "expect"), TARGETS)
def test_targets(engine: Engine, question: str, expect: Expect) -> None:
    answer = engine.ask(question)
    check_figure(answer, expect)
    assert answer.figure is not None and answer.figure.kind == "target", describe(answer)


# --- share of a target: "đạt bao nhiêu % chỉ tiêu" ------------------------------------------------------------

SHARES = [
    case("admission-vs-resolution", "kết nạp đv đạt mấy phần trăm so với nghị quyết", "79.61", "%",
         (PARTY_BUILDING, "Phụ lục › II › Kết nạp đảng viên › Chỉ tiêu nghị quyết"), reads=("79,61%",)),
    case("budget", "tổng thu ngân sách đạt bao nhiêu % chỉ tiêu", "41.47", "%", note(2), reads=("41,47%",)),
    case("turnover", "doanh thu doanh nghiệp so với chỉ tiêu nhiệm kỳ", "87.5", "%", POLITICAL, reads=("87,5%",)),
    case("loans", "tổng dư nợ so với chỉ tiêu nhiệm kỳ đạt mấy phần trăm", "69.52", "%", POLITICAL),
    case("bank-profit", "lợi nhuận ngân hàng đạt bao nhiêu phần trăm chỉ tiêu", "73.6", "%", POLITICAL),
    case("deposits", "huy động vốn đạt mấy % chỉ tiêu", "87.76", "%", POLITICAL),
    case("sympathiser-classes", "lớp cảm tình đảng đạt bao nhiêu % chỉ tiêu", "80", "%",
         "Phụ lục › I › 3. Mở lớp bồi dưỡng lý luận chính trị, tập huấn cấp ủy › Nhận thức về Đảng"),
    case("veterans-rallied", "tập hợp cựu chiến binh vào hội đạt bao nhiêu % chỉ tiêu", "111.06", "%",
         "Phụ lục › IV › 5. Hội Cựu chiến binh › Tập hợp đối tượng vào tổ chức"),
    case("strong-veteran-bases", "hội cựu chiến binh vững mạnh khá đạt bao nhiêu % chỉ tiêu", "111.11", "%",
         "Phụ lục › IV › 5. Hội Cựu chiến binh › Đánh giá chất lượng tổ chức cơ sở Hội › Vững mạnh, khá"),
    case("pledges", "cam kết tu dưỡng rèn luyện đạt bao nhiêu % chỉ tiêu", "99.86", "%",
         "Đảng viên viết bản cam kết tu dưỡng, rèn luyện, phấn đấu hàng năm"),
    # "% so nghị quyết" without "với"; "có đạt chỉ tiêu không" gives no target to answer with
    case("veterans-vs-resolution", "cựu chiến binh tập hợp vào hội có đạt chỉ tiêu không, mấy % so nghị quyết",
         "111.06", "%", "Phụ lục › IV › 5. Hội Cựu chiến binh › Tập hợp đối tượng vào tổ chức"),
]


@pytest.mark.parametrize(("question", "expect"), SHARES)
def test_share_of_target(engine: Engine, question: str, expect: Expect) -> None:
    answer = engine.ask(question)
    check_figure(answer, expect)
    assert answer.figure is not None and answer.figure.kind == "share_of_target", describe(answer)


# --- breakdowns: a total with its parts ---------------------------------------------------------------------

BREAKDOWNS = [
    case("discipline-by-form", "kỷ luật đảng viên chia theo hình thức", "39", "đảng viên", INSPECTION,
         parts=("26", "10", "3"), reads=("26 đảng viên", "10 đảng viên", "3 đảng viên")),
    case("discipline-abbrev", "bn đv bị KL", "39", "đảng viên", INSPECTION, parts=("26", "10", "3")),
    case("out-of-party-cases", "đảng viên không còn đủ tư cách bị đưa ra khỏi Đảng gồm những trường hợp nào", "39",
         "đảng viên", PARTY_BUILDING, parts=("23", "13", "3")),
    case("out-of-party-appendix", "xóa tên và khai trừ đảng cả nhiệm kỳ", "39", "đảng viên",
         "Phụ lục › II › Xóa tên và khai trừ đảng", parts=("23", "13", "3")),
    case("classes-by-kind", "lớp nhận thức về Đảng và lớp đảng viên mới gồm những lớp nào", "32", "lớp", EDUCATION,
         parts=("20", "12")),
    case("denunciations-handled", "đơn tố cáo được xử lý cụ thể ra sao", "49", "đơn", INSPECTION,
         parts=("6", "16", "10", "17")),
    case("orgs-founded", "thành lập bao nhiêu tổ chức cơ sở đảng, trong đó", "5", "tổ chức cơ sở đảng", PARTY_BUILDING,
         parts=("4", "1")),
]


@pytest.mark.parametrize(("question", "expect"), BREAKDOWNS)
def test_breakdowns(engine: Engine, question: str, expect: Expect) -> None:
    answer = engine.ask(question)
    check_figure(answer, expect)
    parts = answer.to_json()["parts"]
    assert all(p["source"]["report"] == REPORT and p["unit"] for p in parts)
    assert sum(Decimal(str(p["value"])) for p in parts) == Decimal(expect.value), "the parts add up to the total"


# --- conflicts: the text and the appendix disagree; both values with both sources -------------------------

TEXT_I4 = "Phần thứ nhất › I › 4. Xây dựng tổ chức đảng và đảng viên"
TEXT_I6 = "Phần thứ nhất › I › 6. Công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng"
TEXT_I7 = "Phần thứ nhất › I › 7. Công tác dân vận và lãnh đạo đoàn thể"
ATTENDANCE = (("96.25", TEXT_I4), ("96.24", "Phụ lục › II › Tỉ lệ đảng viên dự sinh hoạt lệ"), "%")
MOVED_IN = (("588", "Chú thích 15 ("), ("558", "Phụ lục › II › 4. Tiếp nhận và chuyển sinh hoạt đảng › Chuyển đến"),
            "đảng viên")
INSPECTED = (("35.74", TEXT_I6), ("30.49", "Phụ lục › III › Tỷ lệ đảng viên được kiểm tra, giám sát hàng năm"), "%")
YOUTH = (("2557", TEXT_I7), ("3179", "Phụ lục › IV › 4. Đoàn Thanh niên › Tổng số đoàn viên"), "đoàn viên")

CONFLICTS = [
    pytest.param("tỷ lệ đảng viên tham gia sinh hoạt chi bộ đạt bao nhiêu", ATTENDANCE, id="attendance"),
    pytest.param("dự sinh hoạt chi bộ đạt mấy phần trăm", ATTENDANCE, id="attendance-short"),
    pytest.param("tỷ lệ đảng viên sinh hoạt chi bộ đầy đủ", ATTENDANCE, id="attendance-in-full"),  # "đầy đủ": how
    pytest.param("chuyển đến bao nhiêu đảng viên", MOVED_IN, id="moved-in"),
    pytest.param("so dang vien chuyen den", MOVED_IN, id="moved-in-plain"),
    pytest.param("đảng viên chuyển sinh hoạt đến đảng bộ khối", MOVED_IN, id="moved-in-paraphrase"),
    pytest.param("tỷ lệ đảng viên được kiểm tra giám sát bình quân", INSPECTED, id="inspected"),
    pytest.param("ty le kiem tra giam sat dang vien binh quan moi nam", INSPECTED, id="inspected-plain"),
    pytest.param("tỷ lệ đv được ktgs", INSPECTED, id="inspected-abbrev"),
    pytest.param("số đoàn viên của Đoàn Khối hiện nay", YOUTH, id="youth-members"),
    pytest.param("Đoàn Thanh niên hiện có bao nhiêu đoàn viên", YOUTH, id="youth-members-paraphrase"),
]


@pytest.mark.parametrize(("question", "conflict"), CONFLICTS)
def test_conflicts(engine: Engine, question: str, conflict: tuple[tuple[str, str], tuple[str, str], str]) -> None:
    (a, where_a), (b, where_b), unit = conflict
    answer = engine.ask(question)
    said = describe(answer)
    assert answer.status == "answered", said
    assert answer.figure is not None and answer.figure.unit == unit, said
    seen = {(f.value, f.source.locator) for f in [answer.figure, *answer.alternatives]}
    for value, where in ((a, where_a), (b, where_b)):
        assert any(v == Decimal(value) and where in loc for v, loc in seen), said
    reply = answer.reply
    assert texts.CONFLICT_HEADER in reply, reply
    for value, where in ((a, where_a), (b, where_b)):
        assert any(line.startswith(f"• {shown(value, unit)}") and where in line for line in reply.split("\n")), reply
    data = answer.to_json()
    values = {data["answer"]["value"], *(alt["value"] for alt in data["alternatives"])}
    assert {float(a), float(b)} <= {float(v) for v in values}


# --- series: the same measure over the report's periods ---------------------------------------------------------

ADMISSIONS_BY_YEAR = (("2020", "181"), ("2021", "267"), ("2022", "302"), ("6 tháng 2023", "203"))

SERIES = [
    pytest.param("kết nạp đảng viên qua các năm", "953", "đảng viên", ADMISSIONS_BY_YEAR, id="admitted-by-year"),
    pytest.param("ket nap dang vien qua cac nam", "953", "đảng viên", ADMISSIONS_BY_YEAR, id="admitted-plain"),
    pytest.param("số cơ sở đoàn qua các năm", "37", "cơ sở đoàn",
                 (("2020", "54"), ("2021", "49"), ("2022", "43"), ("6 tháng 2023", "37")), id="youth-bases"),
    pytest.param("chuyển đi qua từng năm", "1317", "đảng viên",
                 (("2020", "449"), ("2021", "290"), ("2022", "399"), ("6 tháng 2023", "179")), id="moved-out"),
]


@pytest.mark.parametrize(("question", "total", "unit", "by_period"), SERIES)
def test_series(engine: Engine, question: str, total: str, unit: str, by_period: tuple[tuple[str, str], ...]) -> None:
    answer = engine.ask(question)
    said = describe(answer)
    assert answer.status == "answered", said
    assert answer.figure is not None and answer.figure.value == Decimal(total), said
    assert answer.series, said
    assert [(p.period, p.value) for p in answer.parts] == [(period, Decimal(v)) for period, v in by_period], said
    assert texts.SERIES_HEADER in answer.reply.split("\n"), answer.reply
    for period, value in by_period:
        assert f"• {period}: {shown(value, unit)}" in answer.reply, answer.reply
    data = answer.to_json()
    assert [(p["period"], p["value"]) for p in data["parts"]] == [(period, int(v)) for period, v in by_period]


# --- out of scope: no figure, an honest "not in the report" ---------------------------------------------------

OUT_OF_SCOPE = [
    pytest.param("GDP của tỉnh năm 2022 là bao nhiêu", id="gdp"),
    # the Youth Union's own new members: the report gives only its best members admitted to the Party (464)
    pytest.param("Đoàn Khối kết nạp được mấy đoàn viên vào Đoàn", id="joined-the-union"),
    pytest.param("đoàn thanh niên kết nạp bao nhiêu đoàn viên mới", id="new-union-members"),
    pytest.param("dân số Kiên Giang bao nhiêu người", id="population"),
    pytest.param("số đảng viên nữ là bao nhiêu", id="women-members"),
    pytest.param("số đảng viên nữ bị kỷ luật", id="women-disciplined"),
    pytest.param("năm 2019 có bao nhiêu đảng viên", id="year-2019"),
    pytest.param("kết nạp đảng viên năm 2019", id="admitted-2019"),
    pytest.param("năm 2025 Đảng bộ Khối có bao nhiêu đảng viên", id="members-2025"),
    pytest.param("tỉnh Cà Mau có bao nhiêu đảng viên", id="other-province"),
    pytest.param("đảng bộ khối tỉnh Bạc Liêu kết nạp bao nhiêu đảng viên", id="other-province-admitted"),
    pytest.param("tỉnh Đồng Tháp có bao nhiêu tổ chức cơ sở đảng", id="other-province-orgs"),
    pytest.param("xin chào", id="hello"),
    pytest.param("chào bạn nhé", id="hello-friend"),
    pytest.param("chào buổi sáng bạn nhé", id="good-morning"),
    pytest.param("cam on bot", id="thanks-plain"),
    pytest.param("bao nhiêu đảng viên là người dân tộc Hoa", id="ethnicity"),
    pytest.param("bao nhiêu đảng viên có bằng tiến sĩ", id="doctorates"),
    pytest.param("giá vàng hôm nay bao nhiêu", id="gold-price"),
    pytest.param("tỷ lệ thất nghiệp của tỉnh", id="unemployment"),
    pytest.param("kim ngạch xuất khẩu đạt bao nhiêu", id="exports"),
    pytest.param("số học sinh tốt nghiệp trung học phổ thông", id="graduates"),
    pytest.param("số vụ tai nạn giao thông", id="road-accidents"),
    pytest.param("số ca mắc covid-19", id="covid-cases"),
    pytest.param("lương tối thiểu vùng là bao nhiêu", id="minimum-wage"),
    pytest.param("diện tích lúa của tỉnh", id="rice-area"),
    pytest.param("tỷ lệ hộ nghèo năm 2022", id="poverty"),
    pytest.param("bao nhiêu xã đạt chuẩn nông thôn mới", id="new-rural-communes"),
    pytest.param("số đảng viên ở thành phố Hồ Chí Minh", id="other-city"),
    pytest.param("số đảng viên của Đảng bộ tỉnh Kiên Giang", id="whole-province"),
    pytest.param("năm 2022 có bao nhiêu đảng viên bị kỷ luật cảnh cáo", id="a-form-in-a-year"),
    pytest.param("bn đv bị kỷ luật cách chức", id="a-form-the-report-never-names"),
]


@pytest.mark.parametrize("question", OUT_OF_SCOPE)
def test_out_of_scope(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    said = describe(answer)
    assert answer.status == "not_found", said
    assert answer.figure is None and not answer.parts and not answer.alternatives, said
    assert opens_politely(answer.reply), answer.reply
    assert "Nguồn:" not in answer.reply
    data = answer.to_json()
    assert data["answer"] is None and data["parts"] == [] and data["alternatives"] == []


def test_an_event_asked_is_not_the_state_now(engine: Engine) -> None:
    """"lập mới … cơ sở đoàn": the 3 newly set up ("thành lập mới 03 cơ sở đoàn"), not the 37 of now."""
    answer = engine.ask("thanh niên khối lập mới được bao nhiêu cơ sở đoàn")
    assert answer.status == "answered" and answer.figure is not None, describe(answer)
    assert answer.figure.value == Decimal(3), describe(answer)


def test_a_count_of_all_party_bases_does_not_answer_how_many_branches(engine: Engine) -> None:
    """99 "tổ chức cơ sở đảng" are not 99 "chi bộ": the report gives no count of branches."""
    answer = engine.ask("đảng bộ khối có bao nhiêu chi bộ trực thuộc đảng ủy cơ sở")
    assert answer.status != "answered", describe(answer)
    assert answer.figure is None or answer.figure.unit != "tổ chức cơ sở đảng", describe(answer)


@pytest.mark.parametrize("year", ["2019", "2025"])
def test_a_year_the_report_does_not_cover_is_named_in_the_reply(engine: Engine, year: str) -> None:
    answer = engine.ask(f"năm {year} có bao nhiêu đảng viên")
    assert answer.status == "not_found"
    first = answer.reply.split("\n")[0]
    assert f"năm {year}" in first, answer.reply
    for covered in ("2020", "2021", "2022", "6 tháng 2023"):
        assert covered in first, "the reply lists the periods the report does cover"


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("bao nhiêu chỉ tiêu được thực hiện hoàn thành", None),
        ("phát hiện bao nhiêu đảng viên vi phạm", None),
        ("hiện nay có bao nhiêu đảng viên", "hiện nay"),
        ("số đảng viên hiện có", "hiện nay"),
        ("số đv chính thức hiện nay", "hiện nay"),  # "thức hiện" folds like "thực hiện"; "hiện nay" is now
    ],
    ids=["thuc-hien", "phat-hien", "hien-nay", "hien-co", "chinh-thuc-hien-nay"],
)
def test_hien_means_now_only_on_its_own(engine: Engine, question: str, period: str | None) -> None:
    """"thực hiện" (carry out) holds "hiện" (now) but asks no period."""
    from knowledge.question import parse

    parsed = parse(question, engine.index)
    assert parsed.period == period
    assert ("thuc", "hien") in {c.words for c in parsed.concepts} or "thực hiện" not in question


@pytest.mark.parametrize(
    ("question", "kept", "gone"),
    [
        ("huy hieu dang cap co so trao bao nhieu", ("co", "so"), None),  # "cơ sở", not "có số"
        ("so dang vien co trinh do cao cap", ("trinh", "do"), None),  # "trình độ", not "trình do"
        ("dang vien co bao nhieu nguoi", None, ("co",)),  # "có" stays a filler
        ("ty le ket nap so voi chi tieu", None, ("so", "voi")),  # "so với" stays a filler
        ("đơn tố cáo được hướng dẫn trả lại", None, ("lai",)),  # "lại", not "lãi" (profit)
    ],
    ids=["co-so", "trinh-do", "co-filler", "so-voi", "tra-lai"],
)
def test_folded_fillers_the_report_writes_otherwise(
    engine: Engine, question: str, kept: tuple[str, ...] | None, gone: tuple[str, ...] | None
) -> None:
    """A word typed without diacritics that folds to a filler is kept when the report writes the pair otherwise."""
    from knowledge.question import parse

    concepts = {c.words for c in parse(question, engine.index).concepts}
    if kept:
        assert any(kept == words[-len(kept):] or kept == words for words in concepts), concepts
    if gone:
        assert not any(set(gone) & set(words) for words in concepts), concepts


def test_a_label_that_negates_the_question_is_not_its_answer(engine: Engine) -> None:
    """"đã giải quyết 06 đơn … 17 đơn không giải quyết": asked what was settled, never the 17."""
    answer = engine.ask("bao nhiêu đơn tố cáo đã được giải quyết")
    assert answer.figure is not None
    assert answer.figure.value == Decimal("6")
    assert Decimal("17") not in [a.value for a in answer.alternatives]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("sl TCCSĐ", "99"),  # names no event: how many there are now, not the 5 set up
        ("so dang vien bi canh cao la cap uy vien", "5"),  # a narrower unit named after the counted one
        ("Đảng ủy Khối hiện có mấy Phó Bí thư?", "3"),  # the body's own, not the 32 of its bases
        ("huy hiệu đảng trao bao nhiêu", "120"),  # "trao" is said of every giver: the total
    ],
    ids=["bare-unit-is-now", "narrower-unit", "body-not-bases", "shared-word-names-no-part"],
)
def test_what_the_question_leaves_unsaid(engine: Engine, question: str, value: str) -> None:
    answer = engine.ask(question)
    assert answer.figure is not None and answer.figure.value == Decimal(value), answer.reply
    assert answer.status in ("answered", "ambiguous")
    assert answer.status == "answered" or answer.alternatives[0].value == Decimal(value)


def test_a_part_only_its_own_sentence_names_is_never_answered_by_the_total(engine: Engine) -> None:
    """"… do các chi, đảng bộ cơ sở tự trao": the 120 badges in all are offered with the 68, not given alone."""
    answer = engine.ask("huy hiệu Đảng do các chi, đảng bộ cơ sở tự trao cho mấy người")
    assert answer.status != "answered" or (answer.figure is not None and answer.figure.value == Decimal("68"))
    assert answer.figure is not None and answer.figure.value == Decimal("68")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("các doanh nghiệp trong khối lãi bao nhiêu", "23513"),  # "lãi" (profit) is not the filler "lại"
        ("lớp bồi dưỡng chíh trị cho đảng viên mớii có bao nhiêu người", "847"),  # "mớii" is "mới", not "mỗi"
        ("tổng số đảng viên được kiểm tra giám sát nam 22", "2565"),  # "nam 22" is 2022
    ],
    ids=["lai-profit", "moi-new", "two-digit-year"],
)
def test_slips_are_read_as_the_word_meant(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("ĐUK trực tiếp kiểm tra mấy tổ chức đảng", "44"),  # "Kết quả đã kiểm tra 44 …"
        ("nửa đầu năm 2023 khai trừ mấy đv", "1"),  # the half year is "6 tháng 2023"
        ("chỉ tiêu định lượng của nghị quyết hoàn thành mấy chỉ tiêu", "10"),  # "10/12": not the 01, nor the 12
    ],
    ids=["lead-in-words", "first-half-year", "fraction-part"],
)
def test_figures_beside_each_other(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


def test_after_an_event_the_state_is_offered_not_the_event_alone(engine: Engine) -> None:
    """"Ban Chấp hành sau khi Tỉnh ủy chỉ định tăng thêm": the 01 added is not the answer; the 40 is offered."""
    answer = engine.ask("sau khi tỉnh ủy chỉ định tăng thêm thì BCH đảng bộ khối có mấy ủy viên")
    shown = [answer.figure.value if answer.figure else None, *(a.value for a in answer.alternatives)]
    assert Decimal("40") in shown, answer.reply
    assert answer.figure is not None and answer.figure.value != Decimal("1")


def test_applied_is_no_hamlet(engine: Engine) -> None:
    """"đã áp cho mấy đồng chí": "áp" (applied) typed with its tone is no "ấp" (a hamlet) and weighs nothing."""
    from knowledge.question import parse

    concepts = {c.words for c in parse("hình thức kỷ luật nhẹ nhất đã áp cho mấy đồng chí", engine.index).concepts}
    assert ("ap",) not in concepts, concepts


@pytest.mark.parametrize(
    ("question", "kept"),
    [("ban thường vụ tỉnh ủy chỉ định mấy người", ("chi", "dinh")), ("chỉ có bao nhiêu chi bộ", None)],
    ids=["chi-dinh-is-a-word", "chi-is-only"],
)
def test_chi_is_a_filler_only_outside_report_words(engine: Engine, question: str, kept: tuple[str, ...] | None) -> None:
    from knowledge.question import parse

    concepts = {c.words for c in parse(question, engine.index).concepts}
    if kept:
        assert kept in concepts, concepts
    else:
        assert ("chi",) not in concepts, concepts


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("sáu tháng đầu năm 2023 xóa tên bao nhiêu đv", "9"),  # the months in words
        ("doanh thu doanh nghiệp đạt bao nhiêu phạm trăm chỉ tiêu nhiệm kỳ", "87.5"),  # a slip that is a word
        ("sau khi bầu bổ xung tháng 5/2022, ban thường vụ có mấy người", "12"),  # "bổ xung" is "bổ sung"
        ("năm 2022 các buổi sinh hoạt chi bộ có mấy % đảng viên dự", "95.12"),  # "buổi": no word of the report
    ],
    ids=["months-in-words", "pham-tram", "bo-xung", "unknown-counting-word"],
)
def test_everyday_slips(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


@pytest.mark.parametrize(
    ("question", "period", "gone"),
    [
        ("thu nhập người lao động tăng bao nhiêu % so với đầu nhiệm kỳ", None, ("trao",)),  # a base, not a period
        ("số người được trao huy hiệu", None, None),
    ],
    ids=["base-of-a-rise", "trao"],
)
def test_words_typed_with_their_tones_are_those_words(
    engine: Engine, question: str, period: str | None, gone: tuple[str, ...] | None
) -> None:
    """"tăng" (rise) takes no synonym of "tặng" (give); "so với đầu nhiệm kỳ" asks no start-of-term figure."""
    from knowledge.question import parse

    parsed = parse(question, engine.index)
    assert parsed.period == period
    alternatives = {alt for c in parsed.concepts for alt in c.alternatives}
    if gone:
        assert gone not in alternatives, alternatives


def test_a_year_asked_holds_what_happened_in_one_of_its_months(engine: Engine) -> None:
    """"năm 2022": the Ban Thường vụ of 12 set in "Tháng 5 năm 2022" is a figure of that year."""
    answer = engine.ask("năm 2022 sau khi bầu bổ sung, ban thường vụ đảng ủy khối có mấy ủy viên")
    shown = [answer.figure.value if answer.figure else None, *(a.value for a in answer.alternatives)]
    assert Decimal("12") in shown, answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("có mấy người được thẩm định cho đi học cao cấp lý luận chính trị", "85"),  # 85 trường hợp: people
        ("bàn giao sang các đảng bộ ngân hàng trung ương mấy đảng viên", "397"),  # "sang" says nothing
        ("năm 2021 bao nhiêu % đv học tập, tiếp thu chủ trương nghị quyết", "98.65"),  # one phrase
    ],
    ids=["cases-are-people", "sang", "hoc-tap-tiep-thu"],
)
def test_paraphrases_with_fillers(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


def test_a_plan_drawn_up_is_not_a_target_asked(engine: Engine) -> None:
    """"xây dựng kế hoạch cá nhân" is what members did (100%), not a "kế hoạch" (target) asked for."""
    answer = engine.ask("bao nhiêu % đảng viên tiếp thu và xây dựng kế hoạch cá nhân theo Chỉ thị 05")
    assert answer.figure is not None and answer.figure.value == Decimal("100"), answer.reply
    assert answer.figure.kind != "target"


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("ĐUK tặng GK cho mấy tập thể khi sơ kết CT 05", "66"),  # CT before a number: Chỉ thị, not chỉ tiêu
        ("hiện giờ cả khối có tổng cộng bao nhiêu đảng viên", "7261"),  # "hiện" with "tổng cộng": now
    ],
    ids=["ct-before-a-number", "now-all-told"],
)
def test_abbreviations_and_periods_read_in_context(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("kỷ luật bao nhiêu?", "39"),  # the headline (26 + 10 + 3), not the 05 organisations inspected
        ("đãng ủy khối trưc tiếp giải quyết mấy đơn tố cáo", "6"),  # what was settled, not the 49 received
    ],
    ids=["bare-discipline", "settled-not-received"],
)
def test_a_short_or_misspelt_question_never_gets_a_neighbouring_figure(engine: Engine, question: str, first: str) -> None:
    answer = engine.ask(question)
    assert answer.figure is not None and answer.figure.value == Decimal(first), answer.reply


@pytest.mark.parametrize(
    "question",
    ["có đảng viên nào bị cách chức không, mấy người", "tổng số lao động trong các doanh nghiệp của khối"],
    ids=["removal-from-office", "workforce-is-no-income"],
)
def test_measures_the_report_does_not_have_get_no_figure(engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered"


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("bao nhiêu bạn trẻ trong đoàn được đứng vào hàng ngũ của Đảng", "464"),  # trẻ: the youth union
        ("ngân hàng huy động tiền gửi được bao nhiêu", "201465"),  # deposits: the capital mobilised
        ("mấy đảng viên bị khai trừ năm 2022", "2"),  # "khai trừ" holds "trừ", which excludes nothing
    ],
    ids=["youth", "deposits", "khai-tru-is-no-exclusion"],
)
def test_more_everyday_words(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


def test_what_is_left_out_is_not_asked(engine: Engine) -> None:
    """"(không tính chi bộ)": chi bộ is no word of what is asked."""
    from knowledge.question import parse

    concepts = {c.words for c in parse("lập mới mấy đảng bộ cơ sở (không tính chi bộ)", engine.index).concepts}
    assert ("chi", "bo") not in concepts and ("khong",) not in concepts, concepts


def test_rated_is_the_appendix_quality_rating(engine: Engine) -> None:
    """"xếp loại trung bình" is the row "Đánh giá chất lượng tổ chức cơ sở Đoàn: Trung bình"."""
    answer = engine.ask("năm 2020 tỷ lệ cơ sở đoàn xếp loại trung bình")
    assert answer.status == "answered", answer.reply
    assert answer.figure is not None and answer.figure.value == Decimal("3.7")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("dv duoc ktgs tinh ca nk", "5744"),  # the row "Kiểm tra, giám sát | ĐV": its unit is what it counts
        ("kiểm tra, giám sát được tất cả mấy lượt đảng viên trong nhiệm kỳ", "5744"),  # "trong nhiệm kỳ": the term
    ],
    ids=["row-unit-is-counted", "within-the-term"],
)
def test_an_appendix_row_counts_its_unit(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("được công nhận đảng viên chính thức cho bao nhiêu người", "626"),  # a count of people asks any people
        ("đơn tố cáo gửi về Đảng ủy Khối tổng cộng mấy đơn", "49"),  # "gửi về": what was received
    ],
    ids=["people-count-of-party-members", "sent-in-is-received"],
)
def test_counted_people_and_letters_sent_in(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tongr soos dangr vieen nawm 2021", "7524"),  # "nawm": Telex for "năm", a year, no word of the measure
        ("sl dang vieen ddc kets naapj nawm 2021", "267"),  # "ddc": Telex for the abbreviation "đc" (được)
        ("số lớp cảm tình Đảng mở được tới nay", "20"),  # events so far: the row's sum, not the last half-year
        ("Đảng ủy Khối hiện có bao nhiêu Phó Bí thư", "3"),  # the body's own, not its bases' 32
    ],
    ids=["telex-year", "telex-abbreviation", "so-far-is-the-sum", "body-not-its-bases"],
)
def test_telex_years_sums_so_far_and_the_bodys_own(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Đảng ủy Khối đã giám sát mấy tổ chức đảng", "26"),  # not the 152 of its bases, nor its UBKT's 76
        ("ĐUK kiểm tra mấy đảng viên", "8"),  # not the 1.880 of the chi bộ
    ],
    ids=["body-not-bases-nor-its-ubkt", "body-checks"],
)
def test_the_body_named_is_neither_its_bases_nor_its_inspection_committee(
    engine: Engine, question: str, value: str
) -> None:
    answered_with(engine, question, value)


def test_naming_the_inspection_committee_does_not_give_the_bodys_figure(engine: Engine) -> None:
    answer = engine.ask("Ủy ban kiểm tra giám sát bao nhiêu tổ chức đảng")
    assert answer.figure is not None and answer.figure.value == Decimal("76"), answer.reply


def test_unnamed_the_body_asked_of_is_the_reporting_one(engine: Engine) -> None:
    """6 letters resolved by the body itself, not the 16 "chuyển cấp ủy cơ sở giải quyết"."""
    answered_with(engine, "đơn tố cáo được giải quyết rồi là mấy đơn", "6")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("năm 2022 mấy đảng viên bị đuổi hẳn khỏi Đảng", "2"),  # "đuổi hẳn": expelled
        ("doanh thu của các công ty trong khối là bao nhiêu", "81326"),  # công ty: the enterprises
        ("Đoàn Thanh niên làm từ thiện hết bao nhiêu tiền", "2.5"),  # từ thiện: the support given
        ("anh em đảng viên đi họp chi bộ được bao nhiêu phần trăm", "96.25"),  # "anh em": no word of the measure
    ],
    ids=["expelled", "companies", "charity", "comrades"],
)
def test_everyday_words_of_a_meeting(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


def test_a_regional_word_weighs_what_the_reports_wording_weighs(engine: Engine) -> None:
    """"vô Đảng" is "vào Đảng" = "kết nạp": it outweighs "mới", so no class for new members is offered."""
    answer = engine.ask("cả nhiệm kỳ có mấy người vô Đảng")
    assert answer.figure is not None and answer.figure.value == Decimal("953"), answer.reply


def test_a_target_in_brackets_is_set_for_the_figure_before_it(engine: Engine) -> None:
    """"97,11% (chỉ tiêu Nghị quyết Đại hội là 95%); … 97,24% (chỉ tiêu … là 90%)": 95 is the bases' target."""
    answer = engine.ask("chỉ tiêu nghị quyết đặt ra cho tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên")
    assert answer.status == "answered", answer.reply
    assert answer.figure is not None and answer.figure.value == Decimal("95")
    assert "tổ chức cơ sở đảng" in answer.figure.label


def test_a_target_typed_in_the_question_is_known_what_was_done_is_asked(engine: Engine) -> None:
    answer = engine.ask("tỷ lệ đảng viên được kiểm tra, giám sát mỗi năm có vượt chỉ tiêu 30% không")
    assert answer.figure is not None and answer.figure.value in (Decimal("35.74"), Decimal("30.49")), answer.reply


def test_how_far_beyond_the_target_is_computed_from_both_figures(engine: Engine) -> None:
    """"vượt chỉ tiêu bao nhiêu": 97,24% done less the 90% target, marked as computed, with both figures."""
    answer = engine.ask("đảng viên hoàn thành tốt nhiệm vụ trở lên vượt chỉ tiêu nghị quyết mấy phần trăm")
    assert answer.status == "answered", answer.reply
    assert answer.figure is not None and answer.figure.computed
    assert answer.figure.value == Decimal("7.24")
    assert [str(p.value) for p in answer.parts] == ["97.24", "90"]
    assert answer.reply.startswith("Tính từ số liệu báo cáo — vượt chỉ tiêu (97,24 − 90): 7,24%")
    assert "Từ các số liệu:" in answer.reply


def test_a_share_of_the_target_is_no_excess(engine: Engine) -> None:
    """"vượt chỉ tiêu, đạt bao nhiêu % so với chỉ tiêu": the share of the target is asked, nothing computed."""
    answer = engine.ask("kết nạp đảng viên đạt bao nhiêu % so với chỉ tiêu, có vượt chỉ tiêu không")
    assert answer.figure is not None and not answer.figure.computed, answer.reply
    # the appendix's "% so với chỉ tiêu" 106,96 of a row whose target is 80%: no "106,96 − 80"
    answer = answered_with(engine, "mô hình dân vận khéo vượt chỉ tiêu, đạt bao nhiêu % so nghị quyết", "106.96")
    assert answer.figure is not None and not answer.figure.computed, answer.reply


def test_a_figure_of_two_things_joined_does_not_answer_for_one_of_them(engine: Engine) -> None:
    """"32 lớp … nhận thức về Đảng và … lý luận chính trị cho đảng viên mới …, đạt 64%" is both classes;
    the classes for new members alone reached 48% of the target (appendix)."""
    answered_with(engine, "lớp LLCT dành cho đảng viên mới đạt mấy phần trăm chỉ tiêu nghị quyết", "48")
    answer = engine.ask("số người học lớp nhận thức về Đảng và lớp cho đảng viên mới, tổng và từng lớp")
    assert answer.figure is not None and answer.figure.value == Decimal("2482"), answer.reply
    assert [str(p.value) for p in answer.parts] == ["1635", "847"]



def test_no_word_pair_runs_over_a_comma() -> None:
    """"làm mới, nâng cấp": "mới nâng" is no phrase, however often the words stand side by side."""
    from knowledge.question import _pairing

    words = ["lam", "moi", "nang", "cap"]
    strength = {"moi nang": 5.0, "nang cap": 1.0, "lam moi": 1.0}
    pairs = _pairing(words, words, lambda pair, typed: strength.get(pair, 0.0), pauses={1})  # type: ignore[misc, arg-type]
    assert pairs == {0, 2}


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tiền thuế doanh nghiệp đóng cho tỉnh là bao nhiêu", "20331.5"),  # taxes paid: "nộp ngân sách"
        ("tiền bán hàng của các doanh nghiệp được bao nhiêu", "81326"),  # sales: "doanh thu"
        ("theo báo cáo ghi thì Đảng bộ Khối có bao nhiêu đảng viên", "7261"),  # "báo cáo ghi": no word of it
    ],
    ids=["taxes", "sales", "the-report-says"],
)
def test_money_in_everyday_words(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


def test_after_an_event_the_dated_state_is_never_passed_over(engine: Engine) -> None:
    """"sau khi bầu bổ sung": the 12 of May 2022 is offered; the 11 elected at the congress is never the sure answer."""
    answer = engine.ask("ban thường vụ sau khi bầu bổ sung có mấy đồng chí")
    offered = [answer.figure] if answer.status == "answered" else answer.alternatives
    assert Decimal("12") in {f.value for f in offered if f is not None}, answer.reply


def test_or_above_is_not_the_row_of_that_one_grade(engine: Engine) -> None:
    """"hoàn thành tốt nhiệm vụ trở lên" in 2020 is 97,09% (chú thích 19), not the 79,20% rated "tốt" alone."""
    answered_with(engine, "đảng viên hoàn thành tốt nhiệm vụ trở lên trong năm 2020 chiếm mấy %", "97.09")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("năm 2020 mấy % đv được đánh giá hoàn thành tốt nhiệm vụ", "97.09"),
        ("2020 tỷ lệ tổ chức cơ sở đảng xếp loại hoàn thành tốt trở lên", "99.04"),
    ],
    ids=["members-rated-good", "bodies-rated-good-or-better"],
)
def test_rated_good_is_good_or_better_as_the_text_states_it(engine: Engine, question: str, value: str) -> None:
    """An official's "hoàn thành tốt nhiệm vụ" (rated, "xếp loại") is the text's share rated good or better
    (chú thích 18, 19), not the appendix row of the grade "tốt" alone: that one comes first."""
    answer = engine.ask(question)
    shown = [answer.figure.value if answer.figure else None, *(a.value for a in answer.alternatives)]
    assert shown[0] == Decimal(value), answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tiền thuế các công ty đóng vô ngân sách tỉnh là nhiêu", "20331.5"),  # "vô" is "vào"
        ("lop cam tinh dang mo duoc bao nhieu lop hong", "20"),  # "hông": the question's particle "không"
        ("nửa đầu 2023 kết nạp thêm nhiêu đv", "203"),  # "thêm" adds nothing to what is asked
    ],
    ids=["vo-into", "hong-particle", "them-more"],
)
def test_regional_words_read_as_standard_ones(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("số đảng viên năm 2021 theo phụ lục là bao nhiêu", "7524"),  # "theo phụ lục": the appendix's cell
        ("năm 2021 chuyển sinh hoạt đảng mấy trường hợp", "423"),  # a "trường hợp" is a person moved
    ],
    ids=["from-the-appendix", "cases-are-people"],
)
def test_where_to_read_and_what_counts(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


@pytest.mark.parametrize(
    "question",
    [
        "tổng chi ngân sách là bao nhiêu",  # spending: the report gives revenue (thu ngân sách) only
        "ban chấp hành đang thừa mấy người",  # "thừa" (too many) is no word of the report ("thiếu" is its "khuyết")
        "có mấy đồng chí nhận huy hiệu 55 năm tuổi đảng",  # no class of 55 years is written
    ],
    ids=["spending-not-revenue", "toned-word-unknown", "class-not-written"],
)
def test_no_figure_for_a_word_or_class_the_report_lacks(engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered"


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("cuộc thi viết cấp tỉnh được mấy giải KK", "3"),  # KK: khuyến khích
        ("tiếp nhận bao nhiêu đơn thưa tố cáo", "49"),  # "đơn thưa": a complaint
    ],
    ids=["kk", "don-thua"],
)
def test_more_of_the_officials_words(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


def test_one_grade_without_the_grades_above_it(engine: Engine) -> None:
    """"không tính mức xuất sắc": the row of that one grade in 2022 (78,2%), never "… trở lên"."""
    answer = engine.ask("năm 2022 tỷ lệ đảng viên hoàn thành tốt nhiệm vụ, không tính mức xuất sắc")
    shown = [answer.figure.value if answer.figure else None, *(a.value for a in answer.alternatives)]
    assert shown[0] == Decimal("78.2"), answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # "06 lớp … cho 998 đồng chí là cấp ủy viên …, đạt 120% nghị quyết Đại hội": the classes' share
        ("lớp bồi dưỡng nghiệp vụ công tác xây dựng Đảng đạt mấy % so với nghị quyết", "120"),
        # "chỉ đạo cấp ủy cơ sở, chi bộ đã kiểm tra 176 tổ chức đảng, 1.880 đảng viên, giám sát … 3.853 …"
        ("cấp ủy cơ sở kiểm tra được mấy đảng viên", "1880"),
        ("cap uy co so giam sat bao nhieu dv", "3853"),
        ("cấp ủy Đảng ủy Khối đã giám sát bao nhiêu tổ chức đảng", "26"),  # the body's own, not its bases' 152
    ],
    ids=["share-of-the-clause-item", "actor-before-a-comma", "actor-shared-by-the-next-act", "the-body-itself"],
)
def test_who_did_it_and_what_a_share_is_of(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("khi mới bắt đầu nhiệm kỳ có mấy TCCSĐ", "104"),
        ("số đảng viên dự bị được chuyển thành chính thức", "626"),  # "công nhận đảng viên chính thức"
        ("so dang vien du bi duoc chuyen thanh dang vien chinh thuc", "626"),
        ("năm 2021 bên khối kết nạp mấy đảng viên", "267"),  # "bên khối": the bloc, a filler
        # the row "Xóa tên và khai trừ đảng" names its parts; all of them asked "cộng lại": that row
        ("năm 2021 đảng viên bị xóa tên, xin ra khỏi đảng, khai trừ cộng lại bao nhiêu", "10"),
        ("gộp cả lớp nhận thức về đảng lẫn lớp lý luận chính trị cho đảng viên mới thì mở bao nhiêu lớp", "32"),
        # "49 đơn tố cáo đối với 06 tổ chức đảng và 43 đảng viên": complaints about whom the question names
        ("bao nhiêu đơn tố cáo đối với tổ chức đảng", "6"),
        ("có bao nhiêu đơn tố cáo đảng viên", "43"),
        ("số đơn tố cáo đã được giải quyết", "6"),  # naming no one: the complaints settled, not those about bodies
        ("đoàn khối thành lập mới mấy cơ sở đoàn", "3"),  # an event asked: not the 37 there are now
        ("hiện nay đoàn khối có bao nhiêu cơ sở đoàn", "37"),
    ],
    ids=["start-of-term-said-long", "made-full-members", "made-full-members-plain", "ben-khoi", "parts-added-up",
         "classes-taken-together", "complaints-about-bodies", "complaints-about-members", "complaints-settled",
         "set-up-an-event", "there-are-now"],
)
def test_more_ways_of_saying_it(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


def test_a_percentage_of_the_plan_is_never_answered_with_the_plans_count(engine: Engine) -> None:
    """"chỉ tiêu … đạt mấy %": how the plan was met (79,61 %), never the 1.200 members planned."""
    answer = engine.ask("chỉ tiêu kết nạp đảng viên cả nhiệm kỳ đạt mấy %")
    assert answer.status == "answered" and answer.figure is not None, describe(answer)
    assert answer.figure.value == Decimal("79.61"), describe(answer)
    vaguer = engine.ask("chỉ tiêu phát triển đảng viên cả nhiệm kỳ mới đạt trên mấy %")
    assert vaguer.figure is None or vaguer.figure.unit == "%", describe(vaguer)


@pytest.mark.parametrize("question", ["có bao nhiêu tổ chức đảng bị kỷ luật", "mấy tổ chức đảng bị thi hành kỷ luật"])
def test_bodies_checked_on_discipline_were_not_disciplined(engine: Engine, question: str) -> None:
    """"kiểm tra thi hành kỷ luật 05 tổ chức đảng" checks how they enforce discipline; no body was disciplined."""
    answer = engine.ask(question)
    assert answer.status != "answered", describe(answer)
    assert engine.ask("ubkt kiểm tra thi hành kỷ luật mấy tổ chức đảng").figure.value == Decimal(5)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("So sánh tỷ lệ đảng viên dự sinh hoạt chi bộ năm 2021 với năm 2022", ["96.7", "95.12"]),
        ("năm 2020 và năm 2022 kết nạp bao nhiêu đảng viên", ["181", "302"]),
    ],
    ids=["compare-two-years", "two-years-of-a-row"],
)
def test_two_years_named_are_those_years_alone(engine: Engine, question: str, values: list[str]) -> None:
    answer = engine.ask(question)
    assert answer.figure is not None and str(answer.figure.value) == values[0], answer.reply
    assert [str(p.value) for p in answer.parts] == values and answer.series


@pytest.mark.parametrize(
    ("question", "period", "gone"),
    [
        ("kết nạp đảng viên mới năm nay được bao nhiêu", "hiện nay", "nam"),  # "mới năm" folds like "mỗi năm"
        ("tăng trưởng bình quân giai đoạn 2021 2025", "2021-2025", "2025"),  # a span typed without its dash
        ("Đoàn Khối bây giờ còn bao nhiêu đoàn viên", "hiện nay", "con"),  # "còn bao nhiêu": how many there are
        ("giờ còn lại mấy cơ sở đoàn", "hiện nay", "lai"),  # "giờ" opening a question is "bây giờ"
    ],
    ids=["moi-nam-nay", "span-without-dash", "con-bao-nhieu", "gio-con-lai"],
)
def test_periods_typed_loosely(engine: Engine, question: str, period: str, gone: str) -> None:
    from knowledge.question import parse

    parsed = parse(question, engine.index)
    assert parsed.period == period and parsed.periods in ([], [period]) and "series" not in parsed.wants
    assert all(gone not in c.words for c in parsed.concepts)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tiếp nhận bao nhiêu đảng viên từ nơi khác về", "558"),  # the appendix's "Chuyển đến" (588 in footnote 15)
        ("kết luận lịch sử chính trị được bao nhiêu trường hợp", "694"),  # "Kết luận về … và chính trị hiện nay"
    ],
    ids=["transferred-in-from-elsewhere", "subject-of-two-things"],
)
def test_words_of_a_whole_subject(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


def test_a_slip_that_telex_reads_as_another_word_is_read_by_its_neighbour(engine: Engine) -> None:
    """"kiem tar": Telex reads "tả", but "kiểm tra" is what the reports write beside "kiểm"."""
    from knowledge.question import parse

    parsed = parse("bao nhieu dang vien duoc kiem tar", engine.index)
    assert ("kiem", "tra") in {c.words for c in parsed.concepts}


def test_members_of_an_association_abbreviated(engine: Engine) -> None:
    """"sl hv Hội CCB": "hv" is "hội viên", the members of an association."""
    from knowledge.question import parse

    parsed = parse("sl hv Hội CCB", engine.index)
    assert any(set(c.words) >= {"hoi", "vien"} for c in parsed.concepts) or "hội viên" in parsed.units


@pytest.mark.parametrize(
    "question",
    ["BTV sau bổ sung tháng 5/2022 có mấy đồng chí", "BTV sau bầu bổ sung có mấy đ/c", "BTV ĐUK sau bầu bổ sung có bn đ/c"],
    ids=["after-addition-dated", "after-election-of-more", "after-election-abbrev"],
)
def test_after_an_addition_without_khi_the_state_is_asked(engine: Engine, question: str) -> None:
    """"BTV sau (bầu) bổ sung có mấy đồng chí": the addition sets the time; the 12 members are asked, not the
    183 committee members the bases added."""
    answered_with(engine, question, "12")


def test_which_level_did_how_many_is_a_breakdown(engine: Engine) -> None:
    """"06 đơn đã giải quyết, cấp nào giải quyết mấy đơn": the 06 with its parts (01 by the standing committee,
    5 by the inspection committee), not the 16 sent down to the bases."""
    answer = engine.ask("06 đơn đã giải quyết, cấp nào giải quyết mấy đơn")
    assert answer.figure is not None and answer.figure.value == Decimal("6"), answer.reply
    assert sorted(p.value for p in answer.parts) == [Decimal("1"), Decimal("5")]


def test_per_head_is_no_count_of_people(engine: Engine) -> None:
    """"thu nhập/người": income per head, not a number of people."""
    from knowledge.question import parse

    parsed = parse("thu nhập/người năm 2022", engine.index)
    assert "người" not in parsed.units
    assert any({"dau", "nguoi"} <= set(c.words) for c in parsed.concepts)


@pytest.mark.parametrize(
    ("question", "value"),
    [("bn dangvien bi kyluat", "39"), ("so tochuc dang dc giam sat o cap co so, chi bo", "152")],
    ids=["glued-member-discipline", "glued-organisations-watched"],
)
def test_two_words_typed_as_one_are_parted(engine: Engine, question: str, value: str) -> None:
    """"dangvien", "kyluat", "tochuc": two words the report writes side by side, typed without the space."""
    answered_with(engine, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("so mo hinh diem hinh dan van kheo cap tinh", "93"),  # "điểm hình" is "điển hình"; both things, not the 88
    ],
    ids=["models-and-examples-province"],
)
def test_models_and_examples_are_counted_as_asked(engine: Engine, question: str, value: str) -> None:
    """Footnote 21: "mô hình, điển hình" asked, the figure counting both (93), not one part."""
    answered_with(engine, question, value)


def test_examples_alone_are_never_answered_with_the_sum_of_both(engine: Engine) -> None:
    """"bao nhiêu điểm hình (điển hình) … cấp cơ sở": the 240 examples, never surely the 724 models and examples."""
    answer = engine.ask("co bao nhieu diem hinh dan van kheo cap co so")
    assert answer.status != "answered" or (answer.figure is not None and answer.figure.value == Decimal("240")), answer.reply
    assert "240" in answer.reply, answer.reply


@pytest.mark.parametrize(
    "question",
    ["ủy ban kiểm tra hai cấp theo dõi, giám sát được bao nhiêu tổ chức đảng", "UBKT 2 cấp theo dõi giám sát mấy TCĐ"],
    ids=["watched-and-supervised", "watched-abbrev"],
)
def test_watching_over_is_supervising(engine: Engine, question: str) -> None:
    """"theo dõi, giám sát": one act, the inspection committees' supervision of 76 organisations."""
    answered_with(engine, question, "76")


@pytest.mark.parametrize(
    "question",
    ["lop boi duong dang vien moi dat may phan tram nghi quyet", "lớp bồi dưỡng đảng viên mới đạt mấy % nghị quyết"],
    ids=["new-members-folded", "new-members-accented"],
)
def test_new_members_class_is_not_the_joint_figure(engine: Engine, question: str) -> None:
    """"đảng viên mới" typed without tones is no "mỗi"; the class for new members alone reached 48% (Phụ lục
    I.3), the 64% is said of it with the class on the Party together."""
    answered_with(engine, question, "48")


@pytest.mark.parametrize(
    ("question", "value", "also", "unit"),
    [
        ("chỉ tiêu phấn đấu kết nạp đv là mấy người, đã đạt bn %", "76.24", "1250", "đảng viên"),
        ("số đv bị khiển trách là bao nhiêu, trong đó có mấy đồng chí là cấp ủy viên", "9", "26", "đảng viên"),
        ("tong thu ngan sach bn ty va dat may % chi tieu nhiem ky", "41.47", "30196", "tỷ đồng"),  # joined by "và"
        ("cuoc thi viet cap tinh dat may giai ba, may giai khuyen khich", "3", "1", "giải"),  # one ask offers the figure
        ("kết nạp đảng viên: chỉ tiêu nghị quyết bn người, đã kết nạp bn", "1200", "953", "đảng viên"),  # a count after a target
    ],
    ids=["target-and-share", "total-and-within", "joined-by-va", "offered-among-candidates", "target-then-done"],
)
def test_two_figures_asked_at_once_are_both_shown(engine: Engine, question: str, value: str, also: str, unit: str) -> None:
    """One question, two asks: the figure of one, and the other's figure listed under it with its source."""
    answer = answered_with(engine, question, value)
    assert [f.value for f in answer.also] == [Decimal(also)], answer.reply
    assert texts.ALSO_ASKED in answer.reply and shown(also, unit) in answer.reply, answer.reply
    assert Decimal(also) in [Decimal(str(p["value"])) for p in answer.to_json()["parts"]]


def test_leaving_the_ranks_by_request(engine: Engine) -> None:
    """"xin rút khỏi hàng ngũ của Đảng" is "xin ra khỏi Đảng" (13, chú thích 16)."""
    answered_with(engine, "có bao nhiêu đv xin rút khỏi hàng ngũ của Đảng", "13")


@pytest.mark.parametrize(
    "question",
    [
        "tổng cộng mở mấy lớp nhận thức về Đảng và lớp bồi dưỡng cho đảng viên mới",
        "lớp cảm tình Đảng với lớp đảng viên mới cộng lại được mấy lớp",
        "tong cong bn lop nhan thuc ve dang va lop cho dang vien moi",
    ],
    ids=["in-all", "added-up", "in-all-folded"],
)
def test_both_classes_together_are_the_total_whose_label_repeats_one(engine: Engine, question: str) -> None:
    """"Tổ chức 32 lớp bồi dưỡng nhận thức về Đảng và …" (chú thích 4: 20 + 12): both asked together are the 32,
    though its label holds the first class's words."""
    answer = answered_with(engine, question, "32")
    assert [p.value for p in answer.parts] == [Decimal("20"), Decimal("12")], answer.reply


def test_what_a_bracket_leaves_out_runs_over_its_commas(engine: Engine) -> None:
    """"(không kể xóa tên, khai trừ)": both are left out, so the 13 let go at their request, not all 39."""
    answered_with(engine, "mấy đảng viên bị cho ra khỏi Đảng (không kể xóa tên, khai trừ)", "13")


def test_abbreviations_of_the_class_on_the_party(engine: Engine) -> None:
    """QCƯT = quần chúng ưu tú, NTVĐ = nhận thức về Đảng (chú thích 4: 1.635 took part)."""
    answered_with(engine, "bn QCUT tham gia lop NTVĐ", "1635")


@pytest.mark.parametrize(
    ("question", "value"),
    [("Đảng ủy Khối chỉ định bs mấy UV BCH cơ sở", "87"), ("mấy đv tự nguyện rời Đảng", "13")],
    ids=["bs-after-chi-dinh", "left-of-their-own-will"],
)
def test_officials_shorthand_and_plain_words(engine: Engine, question: str, value: str) -> None:
    """"bs" after "chỉ định" is "bổ sung" (87 ủy viên, chú thích 14); "tự nguyện rời Đảng" is "xin ra khỏi Đảng"."""
    answered_with(engine, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Chào anh, em đang viết báo cáo gấp, cho em hỏi Đảng ủy Khối có mấy Phó Bí thư ạ? Cảm ơn anh nhiều", "3"),
        ("Kinh gui dong chi, cho toi hoi nua nhiem ky ket nap duoc bao nhieu dang vien? Xin cam on", "953"),
    ],
    ids=["greeting-and-thanks", "formal-folded"],
)
def test_greetings_and_thanks_around_a_question(engine: Engine, question: str, value: str) -> None:
    """What is said around the question ("Chào anh, …", "Cảm ơn anh nhiều") is set aside."""
    answered_with(engine, question, value)


@pytest.mark.parametrize(
    "question",
    ["ở cấp ĐUK có mấy mô hình, điển hình dân vận khéo đăng ký", "mo hinh dien hinh dan van kheo o cap dang uy khoi bn"],
    ids=["level-abbreviated", "level-folded"],
)
def test_a_level_named_is_the_figure_said_of_it(engine: Engine, question: str) -> None:
    """"cấp Đảng ủy Khối" (chú thích 21): the 206 registered at that level, not the 240 of the bases said just before."""
    answered_with(engine, question, "206")


def test_individuals_are_people(engine: Engine) -> None:
    """"tặng giấy khen … 85 cá nhân" (chú thích 9) answers "cho mấy người": individuals are people."""
    answered_with(engine, "sơ kết Chỉ thị 05, Đảng ủy Khối tặng giấy khen cho mấy người", "85")


@pytest.mark.parametrize(
    "question", ["NQ ĐH VII đề ra mấy chỉ tiêu định lượng", "nghị quyết đại hội VII có mấy chỉ tiêu định lượng"],
    ids=["abbreviated", "spelt-out"],
)
def test_a_congress_named_by_its_number(engine: Engine, question: str) -> None:
    """"Đại hội VII" names the congress (chú thích 26: 10/12 chỉ tiêu định lượng); its number is no word to match."""
    answered_with(engine, question, "12")


@pytest.mark.parametrize(
    "question",
    ["từ đầu nhiệm kỳ đến giờ có mấy người được vào Đảng", "nửa nhiệm kỳ có bao nhiêu người được đứng vào hàng ngũ của Đảng"],
    ids=["came-in", "joined-the-ranks"],
)
def test_joining_the_party_asks_new_party_members_not_a_unions(engine: Engine, question: str) -> None:
    """"vào Đảng" asks the 953 admitted, not the 464 youth-union members admitted (a union's count, not asked)."""
    answered_with(engine, question, "953")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("ĐB Khối hiện bn đv", "7261"),
        ("Thu nhập người lao động ngân hàng tăng?", "0.4"),
        ("tangw thu nhapj DN so ddaauf nk", "4.76"),
        ("Doanh thu bằng mấy % cùng kỳ?", "116.4"),
        ("tập huấn chi ủy viên mấy người", "998"),
        ("mấy % đv tiếp thu nghị quyết có làm kế hoạch cá nhân", "100"),
    ],
    ids=["db-is-the-party-organisation", "rose-asked-at-the-end", "rose-asked-first-against-a-base", "as-a-share-of-the-same-span", "training-of-branch-committee-members", "a-plan-made-is-no-target"],
)
def test_hurried_wordings_of_session_16(engine: Engine, question: str, value: str) -> None:
    """Wordings of fresh questions: "ĐB Khối" is the Đảng bộ; "… tăng?" asks the rise; "bằng mấy % cùng kỳ"
    compares with the same span (no period); "tập huấn chi ủy viên" is the "bồi dưỡng … cấp ủy viên chi bộ"."""
    answered_with(engine, question, value)


def test_ln_is_profit(engine: Engine) -> None:
    """"LN sau thuế" is "lợi nhuận sau thuế" (73,6% of the term's target), as "LNST" is."""
    answered_with(engine, "LN sau thuế ngân hàng được mấy % chỉ tiêu nhiệm kỳ", "73.6")


@pytest.mark.parametrize(
    ("question", "value", "parts"),
    [
        ("co bao nhieu mo hinh dan van kheo cap tinh", "93", {"88", "5"}),
        ("sl mô hình DVK cấp ĐUK", "206", {"179", "27"}),
        ("mô hình dân vận khéo cấp tỉnh, chỉ tính mô hình thôi", "88", set()),
        ("cấp tỉnh có mấy mô hình dân vận khéo, không tính điển hình", "88", set()),
        ("cấp tỉnh có bao nhiêu điển hình dân vận khéo", "5", set()),
    ],
    ids=["first-word-asks-the-pair", "abbreviated", "only-the-first", "the-second-left-out", "the-second-asked"],
)
def test_a_pair_of_words_counts_its_whole(engine: Engine, question: str, value: str, parts: set[str]) -> None:
    """"93 mô hình, điển hình (88 mô hình và 05 điển hình)": "mô hình" asked is the pair's whole, with its
    parts, unless the question keeps to the first word or names the second."""
    answer = answered_with(engine, question, value)
    assert {Decimal(p) for p in parts} <= {p.value for p in answer.parts}, answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("ban chấp hành đang thiếu mấy người", "4"),
        ("ban chap hanh hien con thieu may dong chi", "4"),
        ("tiền cho vay ra của ngân hàng tính tới cuối tháng 6/2023", "309095"),
    ],
    ids=["missing-is-vacant", "missing-folded", "end-of-month-is-its-last-day"],
)
def test_hurried_wordings_of_session_17(engine: Engine, question: str, value: str) -> None:
    """"thiếu" is the "khuyết" of "Ban Chấp hành … (khuyết 4 đồng chí)"; "cuối tháng 6/2023" is "đến 30/6/2023"."""
    answered_with(engine, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [("doanh thu so cùng kỳ", "116.4"), ("lợi nhuận doanh nghiệp so cùng kỳ", "120.3"), ("tong doanh thu so voi cung ky", "116.4")],
    ids=["revenue", "profit", "revenue-folded"],
)
def test_a_measure_against_the_same_span(engine: Engine, question: str, value: str) -> None:
    """"… so cùng kỳ" with no "bao nhiêu %" asks the comparison itself (116,4%), not the sum (81.326 tỷ đồng)."""
    answered_with(engine, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("dòng đảng viên tiếp thu nghị quyết, cột 2021", "98.65"),
        ("PL: xóa tên và khai trừ đảng cộng lại bn đv", "39"),
        ("đầu báo cáo ghi Đảng bộ Khối có bao nhiêu đảng viên", "7261"),
        ("đổi nơi sinh hoạt đảng tổng cộng bao nhiêu người", "1905"),
        ("tiền ngân hàng cho vay ra tính tới cuối tháng 6 năm 2023", "309095"),
    ],
    ids=["row-and-column-words", "pl-is-the-appendix", "where-it-is-written", "moving-is-transfer", "month-end-in-words"],
)
def test_hurried_wordings_of_session_19(engine: Engine, question: str, value: str) -> None:
    """Where a figure stands ("dòng", "cột", "PL", "đầu báo cáo ghi") names no measure; "đổi nơi sinh hoạt" is a
    transfer of membership; "cuối tháng 6 năm 2023" is "đến 30/6/2023"."""
    answered_with(engine, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("cho e hỏi đv dự bị lên chính thức được bao nhiêu người vậy?", "626"),
        ("đv đi sinh hoạt chi bộ đều đặn đạt mấy % á", "96.25"),
        ("sl đv bị xóa tên 6 th 2023", "9"),
        ("thanh lap moi bao nhieu to chuc co so dang, gom dang bo va chi bo", "5"),
    ],
    ids=["cho-e-hoi", "trailing-a", "th-is-thang", "gom-a-va-b"],
)
def test_hurried_wordings_of_session_20(engine: Engine, question: str, value: str) -> None:
    """A phone's wrapping ("cho e hỏi …", "… á") names no measure; "6 th 2023" is six
    months of 2023; "…, gồm đảng bộ và chi bộ" asks the parts with their total."""
    answered_with(engine, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("bao nhiêu % tổ chức đảng làm theo gương Bác", "99.68"),
        ("TCCS Đoàn xếp loại vững mạnh, khá bq cả giai đoạn bn %", "95.32"),
        ("đầu năm 2023 đảng bộ khối có bao nhiêu đảng viên", "7571"),
        ("bc ghi lãi ròng của khối doanh nghiệp là bn", "23513"),
        ("bc 161 có số báo cáo viên của đảng ủy khối không ạ", "120"),
    ],
    ids=["example-of-uncle-ho", "tccs-is-a-grassroots-body", "start-of-a-year", "bc-ghi", "bc-and-its-number"],
)
def test_hurried_wordings_of_session_21(engine: Engine, question: str, value: str) -> None:
    """"làm theo gương Bác" is the study of Hồ Chí Minh's example; "TCCS" a grassroots body; "đầu năm 2023" the
    stock as 2023 opened (the end of 2022's cell); a group chat's "bc 161 ghi …", "có số … không ạ" name no figure."""
    answered_with(engine, question, value)
