"""Typographic clean-up shared by the .docx and .pdf readers.

Word and PDF text carries characters a plain-text dump does not: the ellipsis character,
no-break and zero-width spaces, soft hyphens. They are mapped to what the .txt report has,
so every format yields the same paragraph text. Footnote markers are attached to the word
before them, as in the .txt ("…đoàn thể¹", "…ngân sách²;").
"""

from __future__ import annotations

import re

from knowledge.document import SUPERSCRIPT_DIGITS
from knowledge.vietnamese import nfc

_REPLACEMENTS = str.maketrans(
    {
        "…": "...",
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u202f": " ",  # narrow no-break space
        "\t": " ",
        "\u2011": "-",  # non-breaking hyphen
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,  # word joiner
        "\ufeff": None,
    }
)
_SPACE_BEFORE_MARKER_RE = re.compile(f"\\s+(?=[{SUPERSCRIPT_DIGITS}])")


def tidy(text: str) -> str:
    """NFC text with the .txt's typography: "..." for "…", plain spaces, no invisible characters."""
    return nfc(text.translate(_REPLACEMENTS))


def attach_markers(text: str) -> str:
    """Footnote markers stand right after the word they annotate: "đoàn thể ¹" → "đoàn thể¹"."""
    return _SPACE_BEFORE_MARKER_RE.sub("", text)


def join_lines(first: str, second: str) -> str:
    """Join two lines of one paragraph: a space between words, none after a word-internal hyphen."""
    left = first.rstrip()
    right = second.lstrip()
    if not left or not right:
        return left + right
    if left.endswith("-") and len(left) > 1 and not left[-2].isspace():
        return left + right  # "Covid-" + "19", "kinh tế-" + "xã hội"
    return f"{left} {right}"
