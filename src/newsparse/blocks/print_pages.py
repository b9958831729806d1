"""Block parse: the furniture of a printed page copied as text.

A magazine or a report converted from PDF keeps its page numbers (``17``,
``— 87 —``) and running heads (``HARBOUR QUARTERLY  |  AUTUMN 2024    31``)
between the paragraphs; they are navigation, not content.
"""

from __future__ import annotations

import regex
from markdown_it.rules_block import StateBlock

from .lines import is_blank, line_text, stripped_lines

__all__ = ["page_head", "page_number", "running_head"]

_MAX_PAGE_DIGITS = 3
# A page's number between dashes, or named: "— 87 —", "- 12 -", "Page 27".
_PAGE_NUMBER = regex.compile(
    r"[—–-]{1,2}[ \t]*\d{1,4}[ \t]*[—–-]{1,2}|(?i:page)[ \t]+\d{1,4}"
)
_COLUMN = regex.compile(r"(?:column|col\.)[ \t]+\d{1,4}", regex.I)
_PAGE_OF = regex.compile(r"page[ \t]+\d{1,4}[ \t]*(?:of|/)[ \t]*\d{1,4}", regex.I)
# A running head with the page's number at one end, set apart by a wide gap
# or a mark ("32      THE LONG READ", "THE WORKSHOP FLOOR · ISSUE 18 · 44"),
# or its number named ("FERNDALE FREE PRESS · HOUSING · PAGE 3").
_NUMBERED_HEAD = regex.compile(
    r"\d{1,4}(?:[ \t]{2,}|[ \t]+[·|][ \t]+)\S.*"
    r"|.*\S(?:[ \t]{2,}|[ \t]+[·|][ \t]+)\d{1,4}"
    r"|.*\S[ \t]+[·|][ \t]+PAGE[ \t]+\d{1,4}"
)
_HEAD_MARKS = (" · ", " | ", " — ", " – ")
_MAX_HEAD_WORDS = 12


def page_number(text: str) -> bool:
    """Whether a stripped line is a page's number alone (``17``, ``— 87 —``).

    A column of a chamber's record counts too (``Column 412``).

    Example:
        >>> [page_number(t) for t in ("17", "— 87 —", "2025", "- 5% -")]
        [True, True, False, False]
    """
    if text.isdigit():
        return len(text) <= _MAX_PAGE_DIGITS
    return (
        _PAGE_NUMBER.fullmatch(text) is not None or _COLUMN.fullmatch(text) is not None
    )


def running_head(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a line in capitals is a printed page's running head.

    It carries the page's number (``HARBOUR QUARTERLY  |  AUTUMN 2024    31``),
    or stands right beside a line that is one, its parts set apart by a mark
    (``17`` over ``NORTHERN WATERS · SPRING 2025``; ``Page 12 of 40`` over
    ``CIVIC LEDGER — SPECIAL EDITION``). A heading in capitals has neither.
    """
    if not text.isupper():
        return False
    if _NUMBERED_HEAD.fullmatch(text):
        return True
    if not any(mark in text for mark in _HEAD_MARKS):
        return False
    if len(text.split()) > _MAX_HEAD_WORDS:
        return False
    return any(
        0 <= other < end_line
        and not is_blank(state, other)
        and _numbers_page(line_text(state, other).strip())
        for other in (line - 1, line + 1)
    )


def _numbers_page(text: str) -> bool:
    return page_number(text) or _PAGE_OF.fullmatch(text) is not None


# The pieces of a running header, and those that number its page: "14",
# "Page 4", "Page 3 of 3".
_HEAD_SPLIT = regex.compile(
    rf"[ \t]+[{''.join(mark.strip() for mark in _HEAD_MARKS)}][ \t]+|[ \t]{{3,}}"
)
_PAGE_PIECE = regex.compile(
    r"(?:page[ \t]+)?\d{1,4}(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?", regex.I
)
_MAX_HEAD_PIECE_WORDS = 10
_WIDE_GAP = regex.compile(r"[ \t]{3,}|\t")
_MAX_GAP_PIECES = 5
_MIN_GAP_TITLE_WORDS = 3
# A publisher's or a report's name, of two words or more: "Wexbridge Public
# Broadcasting Trust", "Institute for Housing Policy".
_NAME_PIECE = regex.compile(
    r"\p{Lu}[\p{L}'’&.-]*"
    r"(?: (?:\p{Lu}[\p{L}'’&.-]*|of|for|and|the|&|\d{4}(?:/\d{2})?))+"
)
_HEAD_KEYS = "news_page_heads"  # env: how often each running header's pieces occur


def _head_key(text: str) -> tuple[frozenset[str], bool] | None:
    """A header's pieces but its page's number, and whether it numbers its page."""
    pieces = _HEAD_SPLIT.split(text)
    if len(pieces) < 2:
        return None
    rest = frozenset(piece for piece in pieces if not _PAGE_PIECE.fullmatch(piece))
    return rest, len(rest) < len(pieces)


def page_head(state: StateBlock, text: str) -> bool:
    """Whether a line is a printed page's running header or footer.

    Its pieces, set apart by ``·``, ``|`` or a dash, come back on another
    line with the page's number moved or changed (``Tarn plc · Annual
    Report · 14`` … ``15 · Tarn plc · Annual Report``), or it ends on the
    page's number beside two pieces or more (``Centre for Housing | site.example
    | Page 4``; by dashes, only ``… – Page 3 of 3``), each piece a few
    words. Counted once per document.
    """
    if "   " in text or "\t" in text:
        # set apart by a wide gap: "R v Kestle: sentencing remarks      Page 2
        # of 3", "Rural Broadband: Closing the Gap    3"
        # (a page named, or a title of three words or more beside a bare
        # number: "Athletic      12" is a row of a table set out by spaces)
        pieces = _WIDE_GAP.split(text)
        ends = [p for p in (pieces[0], pieces[-1]) if _PAGE_PIECE.fullmatch(p)]
        if 1 < len(pieces) <= _MAX_GAP_PIECES and ends:
            words = [len(p.split()) for p in pieces if not _PAGE_PIECE.fullmatch(p)]
            return max(words, default=0) <= _MAX_HEAD_PIECE_WORDS and (
                ends[0][:1].isalpha() or sum(words) >= _MIN_GAP_TITLE_WORDS
            )
    key = _head_key(text)
    if key is None:
        return False
    rest, numbered = key
    if not rest or any(len(piece.split()) > _MAX_HEAD_PIECE_WORDS for piece in rest):
        return False
    counts: dict[frozenset[str], int] | None = state.env.get(_HEAD_KEYS)
    if counts is None:
        counts = {}
        for line in stripped_lines(state):
            found = _head_key(line) if " " in line else None
            if found is not None and found[0]:
                counts[found[0]] = counts.get(found[0], 0) + 1
        state.env[_HEAD_KEYS] = counts
    if counts.get(rest, 0) > 1:
        return True
    if not numbered:
        return False
    pieces = _HEAD_SPLIT.split(text)
    ends = [p for p in (pieces[0], pieces[-1]) if _PAGE_PIECE.fullmatch(p)]
    if len(rest) < 2:
        # one piece and the page's number, set apart by a bar or a dot: a
        # name ("12 | Wexbridge Broadcasting Trust") or the page named
        # ("www.example.org · Page 2")
        (piece,) = rest
        return (
            len(pieces) == 2
            and bool(ends)
            and (" · " in text or " | " in text)
            and (ends[0][:1].isalpha() or _NAME_PIECE.fullmatch(piece) is not None)
        )
    # (a figure set apart by dashes may end a line of prose or a result:
    # "Rovers 3 – Athletic 1 – 14"; a page's number named may not)
    return bool(ends) and (
        " · " in text or " | " in text or any(p[:1].isalpha() for p in ends)
    )
