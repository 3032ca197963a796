"""HTML rendering: report text escaped, figures bold in Vietnamese format, a source under each."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from handlers import render
from handlers.callbacks import Action, CallbackCodec
from handlers.keyboards import answer_keyboard, without_feedback
from knowledge.access import LoggedQuestion, UsageStats
from knowledge.answer import Answer, Figure, Source
from knowledge.engine import TargetRow, TopicPage
from tests.telegram.fakebotapi import BadRequest, parse_html

SOURCE = Source(
    "161-BC/ĐUK",
    "2023-07-25",
    "Phần thứ nhất › I › 4. <Xây dựng> & đảng",
    'Kết nạp 953 đảng viên <b>"mới"</b> & hơn',
)


def figure(
    value: str,
    unit: str = "đảng viên",
    label: str = "Kết nạp đảng viên",
    period: str | None = None,
    **kw: object,
) -> Figure:
    return Figure(7, Decimal(value), unit, label, period, "count", kw.pop("source", SOURCE), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fig", "html"),
    [
        (figure("7261"), "<b>7.261</b> đảng viên"),
        (figure("41.47", "%"), "<b>41,47%</b>"),
        (figure("20331.5", "tỷ đồng"), "<b>20.331,5</b> tỷ đồng"),
        (figure("81326", "tỷ đồng", qualifier="trên"), "trên <b>81.326</b> tỷ đồng"),
        (figure("5", "<lớp>"), "<b>5</b> &lt;lớp&gt;"),
    ],
    ids=["thousands", "percent", "decimal", "qualifier", "unit-escaped"],
)
def test_value_is_bold_and_vietnamese(fig: Figure, html: str) -> None:
    assert render.value_html(fig) == html


def test_answer_escapes_everything_from_the_report() -> None:
    fig = figure("953", label="Kết nạp <đảng viên> & quần chúng", period="2020 & 2021")
    text = render.answer_html(Answer("q", "answered", figure=fig))
    assert text.splitlines() == [
        "<b>953</b> đảng viên",
        "Kết nạp &lt;đảng viên&gt; &amp; quần chúng (2020 &amp; 2021)",
        "📄 Nguồn: Báo cáo 161-BC/ĐUK (25/7/2023), Phần thứ nhất › I › 4. &lt;Xây dựng&gt; &amp; đảng",
    ]
    parse_html(text)  # Telegram would accept it


def test_full_source_quotes_the_report_escaped() -> None:
    text = render.full_source_html(figure("953"))
    assert (
        "<blockquote>Kết nạp 953 đảng viên &lt;b&gt;&quot;mới&quot;&lt;/b&gt; &amp; hơn</blockquote>" in text
    )
    parse_html(text)


def test_conflict_shows_both_values_with_both_sources() -> None:
    other = Source("161-BC/ĐUK", "2023-07-25", "Phụ lục › III › 2", "30,49")
    answer = Answer(
        "q",
        "answered",
        figure=figure("35.74", "%"),
        alternatives=[figure("30.49", "%", source=other)],
        conflict=True,
    )
    text = render.answer_html(answer)
    assert "khác nhau" in text
    assert "<b>35,74%</b>" in text and "<b>30,49%</b>" in text
    assert "Phụ lục › III › 2" in text and "4. &lt;Xây dựng&gt;" in text


def test_another_figure_asked_is_listed_with_its_source() -> None:
    target = Source("161-BC/ĐUK", "2023-07-25", "Phụ lục › II › Kết nạp đảng viên", "1.250")
    answer = Answer("q", "answered", figure=figure("76.24", "%"), also=[figure("1250", label="Chỉ tiêu", source=target)])
    text = render.answer_html(answer)
    assert text.splitlines()[-3:] == [
        "Các số liệu khác được hỏi:",
        "• Chỉ tiêu: <b>1.250</b> đảng viên",
        "  📄 Nguồn: Báo cáo 161-BC/ĐUK (25/7/2023), Phụ lục › II › Kết nạp đảng viên",
    ]
    parse_html(text)


def test_ambiguous_lists_up_to_three_choices() -> None:
    alternatives = [figure(str(n), label=f"Mục {n}") for n in range(1, 6)]
    text = render.answer_html(Answer("q", "ambiguous", alternatives=alternatives))
    assert text.splitlines()[0] == "Ý bạn là…"
    assert len(text.splitlines()) == 4


def test_not_found_says_so_with_hint_escaped() -> None:
    assert render.answer_html(Answer("q", "not_found")) == "Báo cáo không có số liệu này."
    assert render.answer_html(Answer("q", "not_found", hint="Hỏi <rõ> hơn")) == "Hỏi &lt;rõ&gt; hơn"


def test_long_lists_fit_in_one_message() -> None:
    related = [figure(str(n), label="Rất dài " * 20) for n in range(200)]
    text = render.related_html(figure("1"), related)
    assert len(text) <= render.LIMIT
    assert text.endswith("… (còn nữa)")
    parse_html(text)


def test_targets_mark_met_and_unmet() -> None:
    rows = [
        TargetRow(
            "Kết nạp đảng viên", "đảng viên", figure("1200"), figure("953"), figure("79.61", "%"), False
        ),
        TargetRow("Sinh hoạt <lệ>", "%", figure("95", "%"), figure("96.24", "%"), None, True),
        TargetRow("Chưa rõ", "%", figure("90", "%"), None, None, None),
    ]
    lines = render.targets_html(rows).splitlines()
    assert "⚠️ Kết nạp đảng viên: <b>953</b> đảng viên / <b>1.200</b> đảng viên (<b>79,61%</b>)" in lines
    assert "✅ Sinh hoạt &lt;lệ&gt;: <b>96,24%</b> / <b>95%</b>" in lines
    assert "▫️ Chưa rõ: chưa có số / <b>90%</b>" in lines


def test_topic_page_lists_its_figures() -> None:
    page = TopicPage("0.1", "4. Xây dựng <Đảng>", figures=[figure("953")], parent_key="0")
    text = render.topic_html(page)
    assert text.startswith("<b>4. Xây dựng &lt;Đảng&gt;</b>")
    assert "• Kết nạp đảng viên: <b>953</b> đảng viên" in text


def test_stats_show_counts_and_questions_escaped() -> None:
    asked = datetime(2023, 7, 25, tzinfo=UTC)
    stats = UsageStats(
        questions=1234,
        by_status={"answered": 1000, "ambiguous": 200, "not_found": 34},
        thumbs_up=5,
        thumbs_down=2,
        members=7,
        groups=1,
        avg_latency_ms=3.25,
        not_found=[LoggedQuestion(1, "giá <vàng>?", "not_found", 0, asked)],
    )
    text = render.stats_html(stats)
    assert "Câu hỏi: 1.234 (trả lời được 1.000" in text
    assert "• 25/7/2023: giá &lt;vàng&gt;?" in text
    assert "3,2 ms" in text or "3,25 ms" in text
    parse_html(text)


def test_fake_server_rejects_unescaped_html_like_telegram() -> None:
    with pytest.raises(BadRequest):
        parse_html("Kết nạp <đảng viên> & quần chúng")


def test_keyboard_under_an_answer_and_after_a_vote() -> None:
    codec = CallbackCodec("123:ABC")
    markup = answer_keyboard(codec, 4, Answer("q", "answered", figure=figure("953")), log_id=10, chart=True)
    assert markup is not None
    labels = [[b.text for b in row] for row in markup.inline_keyboard]
    assert labels == [["Nguồn", "Liên quan", "Biểu đồ"], ["👍", "👎"]]
    presses = [codec.decode(b.callback_data) for row in markup.inline_keyboard for b in row]
    assert [(p.action, p.version, p.payload) for p in presses if p] == [
        (Action.SOURCE, 4, "7"),
        (Action.RELATED, 4, "7"),
        (Action.CHART, 4, "7"),
        (Action.FEEDBACK, 0, "10_1"),
        (Action.FEEDBACK, 0, "10_-1"),
    ]
    after = without_feedback(markup, codec)
    assert after is not None and [[b.text for b in row] for row in after.inline_keyboard] == [
        ["Nguồn", "Liên quan", "Biểu đồ"]
    ]


def test_not_found_suggestions_become_reask_buttons() -> None:
    codec = CallbackCodec("123:ABC")
    suggestions = [f"chủ đề {n} " + "rất dài " * 10 for n in range(6)]
    markup = answer_keyboard(
        codec, 2, Answer("q", "not_found", suggestions=suggestions), log_id=31, chart=False
    )
    assert markup is not None
    rows = [[(b.text, codec.decode(b.callback_data)) for b in row] for row in markup.inline_keyboard]
    assert len(rows) == 5  # four suggestions, then 👍/👎
    assert [(text[:8], press.action, press.payload) for [(text, press)] in rows[:4]] == [  # type: ignore[union-attr]
        (f"chủ đề {n}", Action.SUGGEST, f"31_{n}") for n in range(4)
    ]
    assert all(len(text) <= 60 for [(text, _)] in rows[:4])


def test_ambiguous_choices_become_buttons_carrying_the_log() -> None:
    codec = CallbackCodec("123:ABC")
    alternatives = [Figure(n, Decimal(n), "", f"Mục {n}", "2022", "count", SOURCE) for n in (11, 12, 13, 14)]
    markup = answer_keyboard(
        codec, 2, Answer("q", "ambiguous", alternatives=alternatives), log_id=5, chart=False
    )
    assert markup is not None
    first = [row[0] for row in markup.inline_keyboard[:3]]
    assert [b.text for b in first] == ["1. Mục 11 (2022)", "2. Mục 12 (2022)", "3. Mục 13 (2022)"]
    assert [codec.decode(b.callback_data).payload for b in first] == ["11_5", "12_5", "13_5"]  # type: ignore[union-attr]
