"""The lexicon: abbreviations, synonyms, stop words and question cues, read from TOML data files."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from knowledge.vietnamese import key, key_words, words


@dataclass(frozen=True)
class InContext:
    """What an abbreviation means beside some words (folded phrases): right after it, or anywhere before it."""

    means: tuple[str, ...]
    next: tuple[tuple[str, ...], ...]
    after: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Lexicon:
    """The lexicon in matching form (folded, see ``vietnamese.key``)."""

    abbreviations: dict[str, tuple[str, ...]]  # matching form → words as written (with diacritics)
    abbreviation_spellings: frozenset[str]  # the abbreviations as written ("đv", "tu"): "từ" is none of them
    abbreviation_choices: dict[str, tuple[tuple[str, ...], ...]]  # "tu": Tỉnh ủy or Thành ủy, as the report says
    before_number: dict[str, tuple[str, ...]]  # abbreviations meaning a document right before its number
    in_context: dict[str, InContext]  # "đv": đoàn viên beside a union's words, else đảng viên
    synonyms: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
    spellings: dict[tuple[str, ...], frozenset[str]]  # folded phrase → as the lexicon writes it ("tang" → "tặng")
    cue_spellings: dict[tuple[str, ...], frozenset[str]]  # folded cue → as written ("hien" → "hiện", not "hiến")
    unit_forms: dict[str, tuple[tuple[str, ...], ...]]  # canonical unit → every way it is written ("m2", "m")
    stopwords: frozenset[tuple[str, ...]]
    stopwords_accented: frozenset[tuple[str, ...]]
    stopwords_by_key: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]  # folded → the stop words as written
    leading_only: frozenset[str]  # stop words only when not right after a content word ("số")
    typed_only: frozenset[str]  # stop words only as typed ("chị" is one, "chi" is not: "chi bộ")
    cues: dict[str, tuple[tuple[str, ...], ...]]
    units: dict[tuple[str, ...], str]  # spelling (words) → canonical unit
    words: frozenset[str]  # every word the lexicon knows (never "repaired" into a report word)
    unit_fits: dict[str, frozenset[str]] | None = None  # asked unit → the fact units that may answer it
    generic_units: frozenset[str] = frozenset()  # units any member of their family fits ("đồng chí", "người")
    narrower: dict[str, frozenset[str]] | None = None  # a unit → the units counting a part of it
    misspellings: dict[tuple[str, ...], tuple[str, ...]] | None = None  # folded slip → folded words meant
    dialect: dict[str, tuple[str, str]] | None = None  # folded → (regional word as typed, the standard word)
    unit_not_after: dict[str, frozenset[str]] | None = None  # folded one-word unit → folded words it is no unit after
    unit_not_before: dict[str, frozenset[str]] | None = None  # … and words it is no unit before ("xã hội")

    longest_phrase: int = 1
    unless_written: frozenset[tuple[str, ...]] = frozenset()  # word pairs that are stop words where no report has them
    light: frozenset[tuple[str, ...]] = frozenset()  # words of doing or degree that weigh little ("người làm ngân hàng")
    protected_phrases: frozenset[tuple[str, ...]] = frozenset()  # units and synonyms: never stop words
    # first word of the synonyms and units → the lengths of those it starts (other words and windows skipped fast)
    phrase_lengths: dict[str, frozenset[int]] = field(default_factory=dict)
    unit_words: frozenset[str] = frozenset()  # the words of the units' spellings, with their tones ("trường")
    people: frozenset[str] = frozenset()  # the units counting people ("đảng viên", "đồng chí", "ủy viên" …)
    money: frozenset[str] = frozenset()  # the units of sums of money ("tỷ đồng", "triệu đồng/người/tháng" …)
    measures: frozenset[str] = frozenset()  # units of length, area, weight: never a bare count's
    cue_index: dict[tuple[str, ...], tuple[str, ...]] | None = None  # phrase → the cue names it signals
    cue_starts: frozenset[str] = frozenset()  # first words of the cue phrases
    contrasts: tuple[tuple[str, str], ...] = ()  # folded phrases naming opposite measures ("thu/chi ngân sách")
    compounds: tuple[str, ...] = ()  # folded word pairs whose first word alone means another thing ("nhà nước")
    written: frozenset[str] = frozenset()  # every word as the lexicon writes it, diacritics kept ("kém")
    groups: frozenset[tuple[str, ...]] = frozenset()  # folded words picking some of those counted ("nữ")
    sums: tuple[str, ...] = ()  # folded names of sums of money of one kind each ("thu ngân sách", "dư nợ")


def _lengths_by_start(phrases: list[tuple[str, ...]]) -> dict[str, frozenset[int]]:
    """First word → the lengths of the phrases starting with it."""
    lengths: dict[str, set[int]] = {}
    for p in phrases:
        if p:
            lengths.setdefault(p[0], set()).add(len(p))
    return {w: frozenset(ns) for w, ns in lengths.items()}


def _text(name: str) -> str:
    return resources.files("knowledge.lexicon").joinpath(name).read_text("utf-8")


def _read(name: str) -> dict:
    return tomllib.loads(_text(name))


def phrase(text: str) -> tuple[str, ...]:
    return tuple(key_words(text)) if text != "%" else ("%",)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The general lexicon (``general.toml``) and the units (``units.toml``)."""
    data = _read("general.toml")
    units_data = _read("units.toml")  # parsed once
    # "TU" = ["tỉnh ủy", "thành ủy"]: the first by default, the one a report writes when it writes one
    choices = {key(k): tuple(tuple(words(x)) for x in v) for k, v in data["abbreviations"].items() if isinstance(v, list)}
    abbreviations = {key(k): tuple(words(v if isinstance(v, str) else v[0])) for k, v in data["abbreviations"].items()}
    synonyms: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    spellings: dict[tuple[str, ...], set[str]] = {}
    for group in data["synonyms"]["groups"]:
        phrases = [phrase(p) for p in group]
        for p, written in zip(phrases, group, strict=True):
            synonyms.setdefault(p, set()).update(q for q in phrases if q != p)
            spellings.setdefault(p, set()).add(" ".join(words(written)))
    stopwords = frozenset(phrase(w) for w in data["stopwords"]["words"])
    stopwords_accented = frozenset(tuple(words(w)) for w in data["stopwords"]["words"])
    by_key: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for stop in stopwords_accented:
        by_key.setdefault(tuple(key(w) for w in stop), set()).add(stop)
    cues = {name: tuple(phrase(p) for p in items) for name, items in data["cues"].items()}
    cue_spellings: dict[tuple[str, ...], set[str]] = {}
    for items in data["cues"].values():
        for item in items:
            cue_spellings.setdefault(phrase(item), set()).add(" ".join(words(item)))
    units = {phrase(sp): canon for canon, spellings in units_data["units"].items() for sp in spellings}
    known = {w for p in [*synonyms, *stopwords, *units] for w in p}
    known |= {w for phrases in cues.values() for p in phrases for w in p}
    known |= {key(w) for ws in abbreviations.values() for w in ws}
    cue_index: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name, cue_phrases in cues.items():
        for cue in cue_phrases:
            cue_index[cue] = (*cue_index.get(cue, ()), name)
    return Lexicon(
        unit_fits=_unit_fits(units_data.get("families", {})),
        generic_units=frozenset(
            u for name, members in units_data.get("families", {}).items() if name.endswith("_generic") for u in members
        ),
        unit_not_after={
            key(unit): frozenset(key(w) for w in before)
            for unit, before in units_data.get("not_after", {}).items()
        },
        unit_not_before={
            key(unit): frozenset(key(w) for w in after)
            for unit, after in units_data.get("not_before", {}).items()
        },
        groups=frozenset(phrase(g) for g in data.get("groups", {}).get("words", [])),
        sums=tuple(key(s) for s in data.get("sums", {}).get("kinds", [])),
        dialect={key(k): (k, v) for k, v in data.get("dialect", {}).items()},
        compounds=tuple(key(c) for c in data.get("contrasts", {}).get("compounds", [])),
        contrasts=tuple(
            (key(a), key(b)) for pair in data.get("contrasts", {}).get("pairs", []) for a, b in (pair, pair[::-1])
        )
        + tuple((key(a), key(b)) for a, b in data.get("contrasts", {}).get("one_way", [])),
        misspellings={phrase(k): phrase(v) for k, v in data.get("misspellings", {}).items() if phrase(k) != phrase(v)},
        narrower={unit: frozenset(parts) for unit, parts in units_data.get("narrower", {}).items()},
        longest_phrase=max(len(p) for p in [*synonyms, *stopwords, *units]),
        protected_phrases=frozenset((set(units) - stopwords) | set(synonyms)),  # "học viên" says only "people"
        phrase_lengths=_lengths_by_start([*synonyms, *units]),
        unit_words=frozenset(
            w for spellings in units_data["units"].values() for sp in spellings for w in sp.casefold().split()
        ),
        people=frozenset(units_data.get("families", {}).get("people", [])),
        money=frozenset(units_data.get("families", {}).get("money", [])),
        measures=frozenset(units_data.get("measures", {}).get("units", [])),
        cue_index=cue_index,
        cue_starts=frozenset(c[0] for c in cue_index if c),
        words=frozenset(known),
        written=frozenset(
            w for name in ("general.toml", "units.toml") for w in re.findall(r"[a-zà-ỹđ]+", _text(name).casefold())
        ),
        abbreviations=abbreviations,
        abbreviation_spellings=frozenset(
            k.casefold() for k in [*data["abbreviations"], *data.get("abbreviations_in_context", {})]
        ),
        abbreviation_choices=choices,
        before_number={key(k): tuple(words(v)) for k, v in data.get("abbreviations_before_number", {}).items()},
        in_context={
            key(k): InContext(
                tuple(words(v["means"])), tuple(phrase(p) for p in v["next"]), tuple(phrase(p) for p in v["after"])
            )
            for k, v in data.get("abbreviations_in_context", {}).items()
        },
        synonyms={k: tuple(sorted(v)) for k, v in synonyms.items()},
        spellings={k: frozenset(v) for k, v in spellings.items()},
        cue_spellings={k: frozenset(v) for k, v in cue_spellings.items()},
        unit_forms=_unit_forms(units),
        stopwords=stopwords,
        stopwords_accented=stopwords_accented,
        stopwords_by_key={k: tuple(sorted(v)) for k, v in by_key.items()},
        leading_only=frozenset(key(w) for w in data["stopwords"].get("leading_only", [])),
        typed_only=frozenset(data["stopwords"].get("typed_only", [])),
        unless_written=frozenset(phrase(w) for w in data["stopwords"].get("unless_written", [])),
        light=frozenset(phrase(w) for w in data["stopwords"].get("light", [])),
        cues=cues,
        units=units,
    )


CAPITALS_RE = re.compile(r"(?<![\w/])[A-ZĐ][A-ZĐ0-9&]{2,}(?![\w/])")


def with_expansions(text: str) -> str:
    """A report's text with its officials' abbreviations spelt out beside them ("TCCSĐ (tổ chức cơ sở
    đảng)"), so that a question in either form finds it."""
    return _spell(text, lambda short, expansion: f"{short} ({expansion})")


def spelt_out(text: str) -> str:
    """The text with its officials' abbreviations spelt out in their place ("TAND thành phố Lãng Giang" →
    "tòa án nhân dân thành phố Lãng Giang")."""
    return _spell(text, lambda short, expansion: expansion)


def _spell(text: str, render: Callable[[str, str], str]) -> str:
    abbreviations = load_lexicon().abbreviations

    def spelt(m: re.Match[str]) -> str:
        expansion = abbreviations.get(key(m.group(0)))
        return render(m.group(0), " ".join(expansion)) if expansion and len(expansion) > 1 else m.group(0)

    return CAPITALS_RE.sub(spelt, text) if text else text


def _unit_forms(units: dict[tuple[str, ...], str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    forms: dict[str, set[tuple[str, ...]]] = {}
    for spelling, canon in units.items():
        forms.setdefault(canon, set()).add(spelling)
    for canon, found in forms.items():
        if written := tuple(key_words(canon)):
            found.add(written)  # "m²" stands as "m" in the facts' words
    return {canon: tuple(sorted(found)) for canon, found in forms.items()}


def _unit_fits(families: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Within a family, a generic unit fits every member, and every member fits itself and the generic ones
    (except the narrow ones: a count of "tổ chức cơ sở đảng" does not say how many "chi bộ")."""
    fits: dict[str, set[str]] = {}
    for name, members in families.items():
        if name.endswith(("_generic", "_narrow")):
            continue
        generic = set(families.get(f"{name}_generic", []))
        narrow = set(families.get(f"{name}_narrow", []))
        for unit in members:
            fits.setdefault(unit, {unit}).update(generic if unit not in narrow else ())
            if unit in generic:
                fits[unit].update(members)
    return {unit: frozenset(units) for unit, units in fits.items()}
