"""THROWAWAY: a stand-in Engine until knowledge.engine.Engine exists. Delete when it does."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlmodel import create_engine

import knowledge.engine as ke
from knowledge.answer import Answer, Figure, Source

SRC = Source(
    "161-BC/ĐUK",
    "2023-07-25",
    "Phần thứ nhất › mở đầu",
    "Đảng bộ Khối có 104 tổ chức cơ sở đảng giảm xuống còn 99 tổ chức cơ sở đảng trực thuộc với 7.261 đảng viên; <b>&",
)
APP = Source("161-BC/ĐUK", "2023-07-25", "Phụ lục › II.2", "Tổng số đảng viên | 7.400 | 7.524 | 7.571")


def fig(i: int, v: str, unit: str, label: str, period: str | None, src: Source = SRC) -> Figure:
    return Figure(i, Decimal(v), unit, label, period, "count", src)


FIGS = {
    1: fig(1, "7261", "đảng viên", "Số đảng viên của Đảng bộ Khối", "2023"),
    2: fig(2, "7400", "đảng viên", "Tổng số đảng viên", "2020", APP),
    3: fig(3, "7524", "đảng viên", "Tổng số đảng viên", "2021", APP),
    4: fig(4, "7571", "đảng viên", "Tổng số đảng viên", "2022", APP),
    5: fig(5, "41.47", "%", "Tổng thu ngân sách so với chỉ tiêu", None),
}


class Engine:
    def __init__(self, url: str | None) -> None:
        self.db = create_engine(url or "sqlite:///data/baocao.db")
        self.version = 1

    @classmethod
    def open(cls, database_url: str | None = None) -> Engine:
        return cls(database_url)

    def ask(self, question: str, report: str | None = None) -> Answer:
        q = question.lower()
        if "đảng viên" in q and "tổng" in q:
            return Answer(question, "ambiguous", alternatives=[FIGS[2], FIGS[3], FIGS[4]])
        if "đảng viên" in q:
            return Answer(question, "answered", figure=FIGS[1])
        if "ngân sách" in q:
            return Answer(question, "answered", figure=FIGS[5])
        return Answer(
            question, "not_found", suggestions=["bao nhiêu đảng viên?", "thu ngân sách đạt bao nhiêu?"]
        )

    def figure(self, fact_id: int) -> Figure | None:
        return FIGS.get(fact_id)

    def related(self, fact_id: int, limit: int = 8) -> list[Figure]:
        return [f for i, f in FIGS.items() if i != fact_id][:limit]

    def series(self, fact_id: int) -> list[Figure]:
        return [FIGS[2], FIGS[3], FIGS[4]] if fact_id in (1, 2, 3, 4) else []

    def reports(self) -> list[ke.ReportSummary]:
        return [
            ke.ReportSummary(
                1, "161-BC/ĐUK", "2023-07-25", "Sơ kết giữa nhiệm kỳ", "ĐUK", 5, 26, 60, 1, self.version
            )
        ]

    def topic(self, key: str = "") -> ke.TopicPage | None:
        if key == "":
            return ke.TopicPage("", "Báo cáo", children=[("1", "Phần thứ nhất"), ("2", "Phụ lục")])
        if key == "1":
            return ke.TopicPage("1", "Phần thứ nhất", figures=[FIGS[1], FIGS[5]], parent_key="")
        if key == "2":
            return ke.TopicPage("2", "Phụ lục", figures=[FIGS[2], FIGS[3], FIGS[4]], parent_key="")
        return None

    def targets(self, report: str | None = None) -> list[ke.TargetRow]:
        t = fig(9, "1200", "ĐV", "Kết nạp đảng viên", None, APP)
        a = fig(10, "953", "ĐV", "Kết nạp đảng viên", None, APP)
        s = fig(11, "79.61", "%", "Kết nạp đảng viên", None, APP)
        return [ke.TargetRow("Kết nạp đảng viên", "ĐV", t, a, s, False)]

    def load_file(self, path: Path, display_name: str | None = None) -> ke.ReportSummary:
        data = path.read_bytes()
        if not data.startswith(b"PK"):
            raise ke.ReportError(f"Tệp {display_name} không phải tệp hợp lệ.")
        self.version += 1
        return ke.ReportSummary(2, "161-BC/ĐUK", "2023-07-25", "Sơ kết", "ĐUK", 300, 26, 60, 1, self.version)

    def examples(self) -> list[str]:
        return ["bao nhiêu đảng viên?", "thu ngân sách đạt bao nhiêu?", "tổng số đảng viên"]


def patch() -> None:
    ke.Engine = Engine  # type: ignore[attr-defined]
