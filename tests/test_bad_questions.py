"""Bad input never breaks the engine and gets a polite Vietnamese reply.

Listed cases (empty, blank, very long, emoji, other languages, SQL and HTML fragments, a bare number,
control characters) and Unicode forms that must not change the answer (NFD-decomposed text, the old
tone placement "hoà", "thuỷ", "uỷ"), then property tests over random text: ``engine.ask`` never
raises, its status is one of three, an answered figure has a numeric value and a source, and
``to_json()`` is JSON-serialisable.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge import texts
from knowledge.answer import Answer
from knowledge.engine import Engine
from knowledge.loading import BUNDLED_REPORT
from tests.answers_conftest import REPORT, STATUSES, opens_politely

pytest_plugins = ["tests.answers_conftest"]

LONG_QUESTION = ("bao nhiêu đảng viên bị kỷ luật trong nhiệm kỳ? " * 120)[:5000]


def check_sound(answer: Answer) -> None:
    """What holds for every answer, whatever was asked."""
    assert answer.status in STATUSES
    assert isinstance(answer.reply, str) and answer.reply.strip()
    data = json.loads(json.dumps(answer.to_json(), ensure_ascii=False, allow_nan=False))
    assert data["status"] == answer.status
    if answer.status == "answered":
        fig = answer.figure
        assert fig is not None
        assert isinstance(fig.value, Decimal) and fig.value.is_finite()
        assert isinstance(data["answer"]["value"], int | float) and math.isfinite(data["answer"]["value"])
        assert fig.source.report == REPORT and fig.source.locator and fig.source.quote
        assert "Nguồn: Báo cáo" in answer.reply
    if answer.status == "not_found":
        assert answer.figure is None and data["answer"] is None
        assert opens_politely(answer.reply), answer.reply


# --- listed bad input: no figure, a polite reply (a hint where the engine has one) ------------------------

NO_FIGURE = [
    pytest.param("", texts.EMPTY_QUESTION, id="empty"),
    pytest.param("   \t  ", texts.EMPTY_QUESTION, id="whitespace"),
    pytest.param("\n", texts.EMPTY_QUESTION, id="newline"),
    pytest.param("\u200b\u200b", texts.EMPTY_QUESTION, id="zero-width-spaces"),
    pytest.param("😀😀🎉", texts.EMPTY_QUESTION, id="emoji"),
    pytest.param("🇻🇳 👍", texts.EMPTY_QUESTION, id="flag-emoji"),
    pytest.param("?!...", texts.EMPTY_QUESTION, id="punctuation"),
    pytest.param("a" * 5000, texts.TOO_LONG, id="5000-letters"),
    pytest.param("2021", texts.ONLY_NUMBER, id="only-a-year"),
    pytest.param("7261", texts.ONLY_NUMBER, id="only-a-figure"),
    pytest.param("7.261", texts.ONLY_NUMBER, id="only-a-vn-number"),
    pytest.param("xin chào", texts.NO_CONTENT, id="greeting"),
    pytest.param("How many party members are there?", None, id="english"),
    pytest.param("党员有多少人?", None, id="chinese"),
    pytest.param("'; DROP TABLE fact; --", None, id="sql-drop"),
    pytest.param("SELECT * FROM fact WHERE 1=1", None, id="sql-select"),
    pytest.param("<script>alert(1)</script>", None, id="html-script"),
    pytest.param("null", None, id="null"),
]


@pytest.mark.parametrize(("question", "hint"), NO_FIGURE)
def test_bad_input_gets_a_polite_reply_and_no_figure(engine: Engine, question: str, hint: str | None) -> None:
    answer = engine.ask(question)
    check_sound(answer)
    assert answer.status == "not_found", answer.reply
    assert not answer.parts and not answer.alternatives
    if hint is not None:
        assert answer.reply.split("\n")[0] == hint
    assert answer.question == question


def test_a_5000_character_question_is_cut_short_or_declined(engine: Engine) -> None:
    """One real question repeated up to 5 000 characters: answered from its start, or the too-long hint."""
    answer = engine.ask(LONG_QUESTION)
    check_sound(answer)
    if answer.status == "answered":
        assert answer.figure is not None and answer.figure.value == 39, answer.reply
    else:
        assert answer.status == "not_found" and answer.reply.startswith(texts.TOO_LONG), answer.reply


def test_sql_in_a_question_leaves_the_fact_base_intact(engine: Engine) -> None:
    before = [(r.number, r.facts) for r in engine.reports()]
    for question in ("'; DROP TABLE fact; --", "1; DELETE FROM factrow", "\" OR 1=1 --"):
        check_sound(engine.ask(question))
    assert [(r.number, r.facts) for r in engine.reports()] == before
    answer = engine.ask("bao nhiêu đảng viên bị kỷ luật?")
    assert answer.figure is not None and answer.figure.value == 39


def test_html_in_a_question_does_not_break_anything(engine: Engine) -> None:
    answer = engine.ask("<b>bao nhiêu</b> đảng viên")
    check_sound(answer)  # answering it is fine


# --- text that must be understood like the clean question -----------------------------------------------------


def same_answer(a: Answer, b: Answer) -> bool:
    def key(x: Answer) -> tuple[object, ...]:
        fig = x.figure
        return (x.status, fig and (fig.value, fig.unit, fig.source.locator), [p.value for p in x.parts],
                [alt.value for alt in x.alternatives], x.reply)
    return key(a) == key(b)


CLEAN = [
    "bao nhiêu đảng viên bị kỷ luật",
    "tỷ lệ đảng viên tiếp thu nghị quyết",
    "năm 2021 đảng bộ khối có bao nhiêu đảng viên",
    "tổng thu ngân sách đạt bao nhiêu % chỉ tiêu",
    "số đoàn viên của Đoàn Khối hiện nay",
]


@pytest.mark.parametrize("question", CLEAN)
def test_nfd_text_is_answered_like_nfc(engine: Engine, question: str) -> None:
    nfd = unicodedata.normalize("NFD", question)
    assert nfd != question
    clean, decomposed = engine.ask(question), engine.ask(nfd)
    assert clean.status == "answered"
    assert same_answer(decomposed, clean), decomposed.reply


def test_control_characters_are_ignored(engine: Engine) -> None:
    noisy = engine.ask("\x00\x07bao nhiêu\x1b đảng viên")
    check_sound(noisy)
    assert same_answer(noisy, engine.ask("bao nhiêu đảng viên"))
    noisy = engine.ask("\x00bao nhiêu đảng viên\x07 bị kỷ luật\x1b?")
    assert noisy.figure is not None and noisy.figure.value == 39


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("\u0300", id="lone-grave"),
        pytest.param("\u0301\u0303", id="two-lone-marks"),
        pytest.param("đảng viên \u0323", id="stray-dot-below-after-a-space"),
        pytest.param("bao nhiêu \u0300 đảng viên bị kỷ luật", id="stray-mark-inside-a-question"),
    ],
)
def test_stray_combining_marks_do_not_break_the_engine(engine: Engine, question: str) -> None:
    """A tone mark typed on its own (a decomposing keyboard, a slip) is a word of marks only."""
    check_sound(engine.ask(question))


def test_a_byte_order_mark_is_ignored(engine: Engine) -> None:
    assert same_answer(engine.ask("\ufeffbao nhiêu đảng viên bị kỷ luật"), engine.ask("bao nhiêu đảng viên bị kỷ luật"))


OLD_TONE_PLACEMENT = [
    pytest.param("Uỷ ban kiểm tra Đảng uỷ Khối giải quyết bao nhiêu đơn",
                 "Ủy ban kiểm tra Đảng ủy Khối giải quyết bao nhiêu đơn", "5", id="uỷ-ban"),
    pytest.param("bao nhiêu cấp uỷ viên bị khiển trách", "bao nhiêu cấp ủy viên bị khiển trách", "9", id="cấp-uỷ"),
    pytest.param("Đại hội khoá VII bầu Ban Chấp hành bao nhiêu đồng chí",
                 "Đại hội khóa VII bầu Ban Chấp hành bao nhiêu đồng chí", "39", id="khoá"),
    pytest.param("tập huấn lớp cấp uỷ được mấy lớp", "tập huấn lớp cấp ủy được mấy lớp", "6", id="tập-huấn-cấp-uỷ"),
]


@pytest.mark.parametrize(("old", "new", "value"), OLD_TONE_PLACEMENT)
def test_old_tone_placement_is_answered_like_the_new(engine: Engine, old: str, new: str, value: str) -> None:
    before, after = engine.ask(old), engine.ask(new)
    assert after.status == "answered" and after.figure is not None and after.figure.value == Decimal(value)
    assert same_answer(before, after), before.reply


@pytest.mark.parametrize("word", ["hoà", "thuỷ", "hòa", "thủy"])
def test_a_lone_word_with_either_tone_placement_is_handled_alike(engine: Engine, word: str) -> None:
    answer = engine.ask(word)
    check_sound(answer)
    assert answer.status == "not_found"
    twin = {"hoà": "hòa", "hòa": "hoà", "thuỷ": "thủy", "thủy": "thuỷ"}[word]
    assert same_answer(answer, engine.ask(twin))


# --- properties over random text --------------------------------------------------------------------------------

REPORT_WORDS = sorted({w for w in re.findall(r"[^\W\d_]+", BUNDLED_REPORT.read_text("utf-8")) if len(w) > 1})
QUESTION_WORDS = ["bao nhiêu", "bn", "mấy", "đv", "ĐUK", "UBKT", "TCCSĐ", "NQ", "sl", "%", "chỉ tiêu", "năm 2021",
                  "năm 2019", "6 tháng đầu năm 2023", "hiện nay", "đầu nhiệm kỳ", "qua các năm", "tỷ lệ", "?"]
SEPARATORS = st.sampled_from([" ", " ", " ", "", ", ", "\n", "\t", "  "])
PIECES = st.one_of(
    st.sampled_from(REPORT_WORDS),
    st.sampled_from(QUESTION_WORDS),
    st.text(max_size=6),
    st.from_regex(r"\d{1,6}([.,]\d{1,3})?", fullmatch=True),
)
MIXED = st.lists(st.tuples(PIECES, SEPARATORS), max_size=14).map(lambda xs: "".join(p + s for p, s in xs))
PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_the_word_list_comes_from_the_report() -> None:
    assert {"đảng", "viên", "kết", "nạp", "kỷ", "luật"} <= set(REPORT_WORDS)


@PROPERTY_SETTINGS
@given(question=st.text(max_size=300))
def test_any_text_gets_a_sound_answer(engine: Engine, question: str) -> None:
    check_sound(engine.ask(question))


@PROPERTY_SETTINGS
@given(question=MIXED)
def test_report_words_mixed_with_noise_get_a_sound_answer(engine: Engine, question: str) -> None:
    check_sound(engine.ask(question))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=MIXED)
def test_nfd_never_changes_the_answer(engine: Engine, question: str) -> None:
    nfc = unicodedata.normalize("NFC", question)
    assert same_answer(engine.ask(unicodedata.normalize("NFD", nfc)), engine.ask(nfc))


@pytest.mark.parametrize(
    "question",
    ["chỉ tiêu phấn đấu kết nạp đv là mấy người, đã đạt bn %", "huyện Khau Lình kết nạp bao nhiêu đv"],
    ids=["reached-typed-with-tones", "unknown-name"],
)
def test_a_question_typed_in_nfd_reads_as_in_nfc(engine: Engine, question: str) -> None:
    """Words read as typed ("đạt", not "đặt"; a proper name's tones) read the same in NFD (as some keyboards send)."""
    nfd, nfc = engine.ask(unicodedata.normalize("NFD", question)), engine.ask(question)
    assert same_answer(nfd, nfc), (nfd.reply, nfc.reply)
