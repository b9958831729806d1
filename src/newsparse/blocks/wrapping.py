"""Block parse: hard-wrapped lines, told apart from one-line paragraphs.

Text wrapped at a fixed width breaks lines greedily: a line ends where the
next word would no longer fit. So a line that is *full* (its length plus the
next line's first word passes the width) continues on the next line, while a
short line ends its paragraph. The width is read from the document once: the
longest line of at most :data:`MAX_WIDTH` characters that another line comes
close to, accepted only when enough lines come near it and some lines break
mid-sentence (no punctuation, lower case going on). Articles written one
paragraph per line have no such width, and nothing in them is ever joined.

Text written one sentence per line, the other kind of line-break damage, is
read by :mod:`.sentences`.
"""

from __future__ import annotations

from itertools import pairwise

import regex
from markdown_it.rules_block import StateBlock

from .furniture import classify, finishes_sentence
from .lines import (
    OPEN_WORDS,
    QUESTION_WORDS,
    SPACE,
    is_blank,
    last_word,
    line_text,
    match_marker,
    only_furniture_so_far,
    split_words,
    stripped_lines,
    stripped_text,
)
from .names import name_line
from .runs import opens_bracketed_credit

__all__ = [
    "MAX_WIDTH",
    "WIDER",
    "continues",
    "dateline_opening",
    "ends_sentence",
    "opens_block",
    "starts_lower",
    "subject_over_verb",
    "title_case",
    "too_wide",
    "wrap_width",
    "wraps_at_width",
    "wraps_on",
]


MAX_WIDTH = 120
"""The widest line a hard wrap is believed at; wider lines are never joined."""
_MIN_WIDTH = 40  # narrower wraps are too rare to risk joining short lines
_NEAR = 20  # a line this close to the width counts as a full one
_SUPPORT = 5  # the width must have another line within this many columns
_MIN_MID_SENTENCE = 2  # wrapped text breaks mid-sentence; other text hardly ever
_MIN_FULL_LINES = 3
_FULL_SHARE = 0.3

# A line that opens another block, which a wrapped line never does.
_BLOCK_START = regex.compile(
    r"[ \t]*(?:#{1,6}(?:[ \t]|$)|\||\*\*|__|(?:[-=*_][ \t]*){3,}$)"
)
_BLOCK_MARKS = frozenset("#|*_-=")  # what a block's markup opens with
_LOWER_START = regex.compile(r"\p{Ll}")
# A line ending without punctuation, the next line going on in lower case.
# (Written from the line break, which the engine finds fast, looking behind.)
_MID_SENTENCE_BREAK = regex.compile(r"(?<=[^\s.!?…:;\"'”’)\]][ \t]*)\n[ \t]*\p{Ll}")
# Punctuation that ends a line on purpose: a sentence, a clause, a label.
_NO_WRAP_END = ".!?…:;\"'”’)]"


def _length(text: str) -> int:
    return len(text.rstrip(SPACE))


def opens_block(text: str) -> bool:
    """Whether a line opens another block: a heading, a row, bold, a rule.

    The markup comes first after spaces and tabs, so a line starting with
    anything else (most lines) is rejected without running the pattern.
    """
    head = text.lstrip(" \t")[:1]
    return head in _BLOCK_MARKS and _BLOCK_START.match(text) is not None


# Opening quotation marks and brackets: '"too slow to read the signals"' goes
# on in lower case.
_OPENING = "\"'“‘("


def starts_lower(text: str) -> bool:
    """Whether ``text`` starts with a lower-case letter (Unicode ``Ll``).

    An ASCII first character is read at once; any other goes to the pattern.
    """
    head = text[:1]
    if head.isascii():
        return "a" <= head <= "z"
    return _LOWER_START.match(text) is not None


def wrap_width(state: StateBlock) -> int:
    """Return the document's hard-wrap width, or 0 when it is not hard-wrapped.

    Computed once per document and kept in the parser's environment.
    """
    cached = state.env.get("wrap_width")
    if cached is not None:
        return int(cached)
    # Where lines break mid-sentence (read once, asked again below).
    breaks = [match.start() for match in _MID_SENTENCE_BREAK.finditer(state.src)]
    if len(breaks) < _MIN_MID_SENTENCE:
        state.env["wrap_width"] = 0  # the common case, found by one scan
        return 0
    stripped = stripped_lines(state)
    # A line holding a web address is as long as the address, a table's row
    # as long as its cells, and a title over its byline or date as long as
    # the title: no wrapper made them, and a few of them must not set the width.
    lengths = [
        _length(line_text(state, line))
        for line in range(state.lineMax - 1)
        if stripped[line + 1]  # not over a blank line
        and "://" not in stripped[line]
        and "|" not in stripped[line]
        and not (
            len(stripped[line]) >= _MIN_WIDTH
            and _furniture_under(stripped[line + 1])
            and not finishes_sentence(stripped[line], stripped[line + 1])
        )
    ]
    candidates = sorted(
        (n for n in lengths if _MIN_WIDTH <= n <= MAX_WIDTH), reverse=True
    )
    # The longest length another line comes close to: one odd long line (a
    # caption, a URL) does not set the width.
    width = next(
        (n for n, below in pairwise(candidates) if below >= n - _SUPPORT),
        0,
    )
    full = sum(1 for n in candidates if n >= width - _NEAR)
    if full < max(_MIN_FULL_LINES, _FULL_SHARE * len(candidates)):
        width = 0
    else:
        wrapped, loose = _full_mid_sentence_breaks(state, width, breaks)
        if wrapped < _MIN_MID_SENTENCE:
            width = 0  # lines of similar length (items, headings), but none wraps
        state.env["wrapped_by_hand"] = loose >= _MIN_LOOSE
    state.env["wrap_width"] = width
    return width


_FIRST_WORD = regex.compile(r"[ \t]*(\S+)")


def _full_mid_sentence_breaks(
    state: StateBlock, width: int, breaks: list[int]
) -> tuple[int, int]:
    """Count full lines that break mid-sentence, going on in lower case.

    ``breaks`` are the offsets of the line breaks that go on in lower case
    after a line ending without punctuation. Also counts those of the lines
    the next word would still have fitted on (see :func:`_wrapped_by_hand`).
    """
    src = state.src
    full = loose = 0
    for at in breaks:
        length = _length(src[src.rfind("\n", 0, at) + 1 : at])
        if width - _NEAR <= length <= width:
            full += 1
            word = _FIRST_WORD.match(src, at + 1)
            loose += word is not None and length + 1 + len(word.group(1)) < width
    return full, loose


def _breaks_at_wrap(state: StateBlock, line: int, end_line: int, width: int) -> bool:
    """Whether ``line`` is full and the next line is plain text it wraps onto."""
    if line + 1 >= end_line or is_blank(state, line + 1):
        return False
    text, following = line_text(state, line), line_text(state, line + 1)
    if opens_block(following):
        return False
    if match_marker(following) is not None and not (
        _dash_aside(text, following) or _number_goes_on(text, following)
    ):
        return False
    if _row_under_prose(text, following):
        return False
    if following.isupper() and not text.isupper():
        return False  # "SURVIVORS' ACCOUNTS" under a full line: a heading
    length = _length(text)
    if (
        not following.lstrip()[:1].islower()
        and len(following.split(None, _MAX_CREDIT_TAIL)) > _MAX_CREDIT_TAIL
        and classify(text.strip(SPACE)) in _WHOLE_KINDS
    ):
        # "… during lunch. Photograph: Ana Ruiz" over the story (but not over
        # the rest of its credit: "Photograph: Iona" over "Fraser/Harbour Images")
        return False
    first_word = len(following.split(maxsplit=1)[0]) if following.strip() else 0
    # The next word would not have fitted (one column of slack: wrappers differ
    # on whether the width is inclusive).
    if not (width * 0.6 <= length <= width and length + 1 + first_word >= width):
        return False
    if too_wide(following, width):
        return False  # a headline over a standfirst on one long line
    # A byline or a date under a title: wrapping never makes one.
    return not _furniture_under(following) or finishes_sentence(text, following)


# Furniture a wrapper does not break before a capital: a caption ending on
# its credit, a path, a date.
_WHOLE_KINDS = frozenset({"caption", "navigation", "date", "tags", "reading_time"})
_MAX_CREDIT_TAIL = 4  # words of a credit's name wrapped onto the next line


def _row_under_prose(text: str, following: str) -> bool:
    """Whether a line with a pipe stands under one without: a row, not a wrap.

    A line ending on a comma goes on even into a quoted title with a pipe
    (``… on the client portal,`` over ``"FX Outlook | Sterling", which …``).
    """
    return "|" in following and "|" not in text and text.rstrip(SPACE)[-1:] != ","


WIDER = 1.15
"""A line this many times the wrap width wide was not wrapped at it."""


def too_wide(following: str, width: int) -> bool:
    """Whether a line is too long to have been wrapped at ``width``.

    A wrapper breaks a line at the last space that fits, so a line well past
    the width (which is read from the text, so only roughly known) with a
    space that fits was never wrapped there; a long address alone on its
    line may be wider.
    """
    text = following.strip()
    return len(text) > width * WIDER and 0 < text.find(" ") < width


def wraps_at_width(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether ``line`` is full at the document's wrap width and wraps on."""
    width = wrap_width(state)
    return bool(width) and _breaks_at_wrap(state, line, end_line, width)


def _furniture_under(following: str) -> bool:
    """Whether the line after a full line is page furniture, not its wrap.

    A wrapped line goes on in mid-sentence; one opening with a capital or a
    figure that reads whole as furniture (``By Ana Ruiz``, ``Published 3 May
    2025``, ``Reporting by …; Editing by …``) stands on its own, and so does
    one of pieces set apart by ``·`` (``site.example · 11 June · 4 min
    read``), and so does a byline in lower case (``by Ana Ruiz, Trade
    Correspondent``). Other lines going on in lower case skip the look-up.
    """
    text = following.strip(SPACE)
    if ")" not in text and opens_bracketed_credit(text):
        return True  # "(Reporting by Ana Ruiz;" wrapped onto "Editing by …)"
    head = text.lstrip("(")[:1]  # "(Reporting by …)"
    return (
        head.isupper() or head.isdigit() or " · " in text or _lower_case_byline(text)
    ) and classify(text) is not None


def _lower_case_byline(text: str) -> bool:
    """Whether a stripped line may be a byline in lower case (``by Ana Ruiz``).

    Not a sentence's end: ``… tabled`` over ``by Greens for Change.``
    """
    return text[:3] == "by " and text[-1:] not in ".!?"


_SHORT_TITLE = 0.6  # of the width: a heading under a paragraph is shorter


def _short_title(text: str, width: int) -> bool:
    """Whether a line reads as a heading: short, capitalised, no final stop.

    A short question opening with a question word (``Will prices come
    down?``) reads as one too.
    """
    text = text.strip(SPACE)
    return (
        bool(text)
        and len(text) < width * _SHORT_TITLE
        and text[0].isupper()
        and (text[-1] not in _NO_WRAP_END + "," or _short_question(text))
    )


def _label_over_items(state: StateBlock, line: int, end_line: int, width: int) -> bool:
    """Whether a short line in Title Case ending in ``:`` stands over list items.

    ``Current Storage:`` over ``* Upper group: 57.3%``: a label, not the
    last line of the paragraph above (as ``The work includes:`` is).
    """
    text = stripped_text(state, line)
    return (
        text[-1:] == ":"
        and len(text) < width * _SHORT_TITLE
        and title_case(text)
        and line + 1 < end_line
        and match_marker(line_text(state, line + 1)) is not None
    )


_MAX_QUESTION_TITLE = 8  # words
_QUESTION_OPENERS = QUESTION_WORDS | frozenset(
    "will can should is are do does did could would".split()  # noqa: SIM905
)


def _short_question(text: str) -> bool:
    words = text.split()
    return (
        text[-1] == "?"
        and len(words) <= _MAX_QUESTION_TITLE
        and words[0].lower() in _QUESTION_OPENERS
        and not any(w[-1] in ".!?" for w in words[:-1])
    )


_NEAR_WIDTH = 0.75  # of the wrap width: a line this long is no title


# What the line under a wrapped sentence's subject goes on with: "Research
# in Oyelana, said the arithmetic only works …".
_SAID = regex.compile(
    r"[^.!?,\"“]{0,60}, (?:said|says|told|added|warned|argued|wrote|explained)\b"
)
_MIN_SUBJECT_WORDS = 6  # "Dr Musa Adeyemi, a health economist at the …"


def subject_over_verb(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a stripped line is the start of a subject the next line ends.

    ``Dr Musa Adeyemi, a health economist at the Lakeside Institute for
    Policy`` reads as a byline or a title, but the line under it goes on
    with the rest of the name and the verb (``Research in Oyelana, said the
    arithmetic …``): the first line of a paragraph. A line that names
    someone itself (``The union's leader, Ana Ruiz, said``) opens a
    sentence of its own.
    """
    return (
        text[-1:] not in ".!?:"
        and ", " in text  # the name, then who they are
        and len(text.split(None, _MIN_SUBJECT_WORDS)) > _MIN_SUBJECT_WORDS
        and line + 1 < end_line
        and _SAID.match(stripped_text(state, line + 1)) is not None
    )


def wraps_on(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether a line too long for a title breaks off and goes on in lower case.

    In hard-wrapped text a title is short; a line of three quarters of the
    wrap width that ends without punctuation, the next line going on in lower
    case, is a sentence wrapped by hand, however unevenly (``… grant from
    the transport fund will cover`` / ``most of the cost``). In text without
    a wrap width a title may stand over a paragraph that lost its capital,
    so only a line of prose is taken: nine words or more, not in Title Case
    (``HELSINGBORG, Nov 26 (Reuters) - Dock workers at three northern
    ports`` / ``walked out on Wednesday …``).
    """
    if line + 1 >= end_line:
        return False
    following = line_text(state, line + 1).lstrip(SPACE)
    if following[:1] in "–—-":
        # "… on the northern shore" over "– who say …, – have filed …": a
        # closed aside goes on with the sentence.
        text = stripped_text(state, line)
        if not (_dash_aside(text, following) and _ASIDE_CLOSES.search(following, 2)):
            return False
        following = following[2:]
    lower = starts_lower(following.lstrip(_OPENING))
    if not (lower or following[:1].isdigit()) or match_marker(following) is not None:
        return False  # most lines: the next one opens with a capital
    text = stripped_text(state, line)
    if text[-1] in _NO_WRAP_END:
        return False
    if not lower and not (text[-1].islower() and _figure_goes_on(following)):
        return False  # "… fell" over "3.1 percent by 1400 GMT": a figure goes on
    if _furniture_under(following):
        return False  # "4 min read", "site.example · 11 June" under a title
    width = wrap_width(state)
    if not width:
        return len(split_words(text)) >= _PROSE_WORDS and not title_case(text)
    return len(text) >= width * _NEAR_WIDTH


_PROSE_WORDS = 9  # a line this long, not in Title Case, is no title


def _breaks_mid_sentence(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether a long line stops without punctuation and lower case goes on.

    This catches a wrapped line in text that is not wrapped throughout,
    such as one long list item broken in two.
    """
    if line + 1 >= end_line or is_blank(state, line + 1):
        return False
    text = stripped_text(state, line)
    following = line_text(state, line + 1).lstrip(SPACE)
    if len(text) < _MIN_WIDTH:
        return False
    if text[-1] in _CLOSING_QUOTES and (
        text.rstrip(_CLOSING_QUOTES)[-1:] == ","
        or text.rstrip(_CLOSING_QUOTES)[-1:].isalpha()
    ):
        # '"It was organised," over "a spokeswoman said.": the quote's comma
        # leads on to who said it; 'remained "too high"' over "and that …": a
        # quoted phrase closes, not the sentence.
        return starts_lower(following) and match_marker(following) is None
    if text[-1] in _NO_WRAP_END:
        return False
    if _dash_aside(text, following) and _ASIDE_CLOSES.search(following, 2):
        return True  # "… Some" over "– about a quarter, a draft says – were …"
    if match_marker(following) is not None:
        return _number_goes_on(text, following)  # "… in zone" over "1. Charges …"
    return (
        (starts_lower(following.lstrip(_OPENING)) and not _furniture_under(following))
        # "… that at least" over "1,100 fish mainly for cod.": a figure
        # goes on with the words it counts.
        or (text[-1].islower() and _figure_goes_on(following))
        # "… reads the report differently, and" over "Monday was no
        # exception.": no phrase ends on "and", whatever comes next.
        or (
            last_word(text) in OPEN_WORDS
            and not opens_block(following)
            and not _furniture_under(following)
            # "… only if they have been told to" over a longer line: no
            # wrapper breaks a line before a longer one it could have filled.
            and not too_wide(following, len(text))
        )
        # "… see last week's note on the client portal," over '"FX Outlook
        # | Sterling", which …': a line of prose ending on a comma goes on
        # (not a short closing sentence: "See you at the start line,").
        or (
            text[-1] == ","
            and len(split_words(text.rsplit(". ", 1)[-1])) >= _PROSE_WORDS
            and not opens_block(following)
            and not _furniture_under(following)
        )
    )


_CLOSING_QUOTES = "\"”’'"
_ASIDE_CLOSES = regex.compile(r" [–—] ")  # the dash that closes an aside
_FIGURE = regex.compile(r"\d[\d,.]*%?[ \t]+\p{Ll}")


def _figure_goes_on(following: str) -> bool:
    """Whether a line opens with a figure and lower-case words (``1,100 fish``)."""
    return following[:1].isdigit() and _FIGURE.match(following) is not None


def continues(
    state: StateBlock,
    line: int,
    end_line: int,
    *,
    joined: bool,
    loose: bool = True,
) -> bool:
    """Whether ``line`` is hard-wrapped onto the line after it.

    A full line that ends mid-sentence continues. One that ends a sentence
    (whatever the case of the next line: a lost capital is an artefact, not a
    wrap) never continues onto a short capitalised line without a final stop
    (a heading), and otherwise only inside a wrapped run: when the line
    before was joined to it (``joined``) or the next line wraps mid-sentence
    too; otherwise two sentence lines of similar length could be taken for
    one paragraph.
    Where the document has no wrap width, a ``loose`` check still joins a
    long line that stops without punctuation to a line going on in lower
    case; the heading rule does not use it, as a heading may be followed by
    a paragraph that lost its capital.
    """
    if _indent_opens(state, line, end_line):
        return False  # "careful is what I intend to be." over "     So here …"
    if _furniture_opens_next(state, line, end_line):
        return False  # "Ana Ruiz" over "3 May 2025"; "ORVESK, June 3 (Tidewire) –"
    if _marker_alone(state, line, end_line):
        return True  # "… set out in the charter" over "[1].": the sentence's end
    width = wrap_width(state)
    if not width or not _breaks_at_wrap(state, line, end_line, width):
        if width and (
            _sentence_near_width(state, line, end_line, width)
            or _prose_runs_on(state, line, end_line, width, joined=joined)
            or _breaks_before_address(state, line, end_line, width)
        ):
            return True
        return loose and (
            _breaks_mid_sentence(state, line, end_line)
            or subject_over_verb(state, line, end_line, stripped_text(state, line))
        )
    text = line_text(state, line).rstrip(SPACE)
    if not ends_sentence(text):
        # A headline in Title Case opening the page does not wrap onto its
        # standfirst: "Northway Logistics to Open 140-Job Depot in Hollowmere"
        # over "Company's largest single investment … will serve".
        return joined or not _title_over_text(state, line, text)
    if _short_title(line_text(state, line + 1), width) or _label_over_items(
        state, line + 1, end_line, width
    ):
        return False  # a sentence ends the paragraph; a heading follows
    if joined:
        return True
    return _breaks_at_wrap(state, line + 1, end_line, width) and not (
        ends_sentence(line_text(state, line + 1).rstrip(SPACE))
    )


# A citation marker alone on its line, and the sentence's end: "[1].", "[12],".
_CITATION_ALONE = regex.compile(r"[ \t]*\[\d{1,3}\][.,;:!?]?[ \t]*")


def _marker_alone(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether the next line holds only the citation marker a sentence ends on."""
    if line + 1 >= end_line:
        return False
    following = line_text(state, line + 1)
    if following.lstrip(SPACE)[:1] != "[" or not _CITATION_ALONE.fullmatch(following):
        return False
    text = line_text(state, line).rstrip(SPACE)
    return bool(text) and text[-1] not in _NO_WRAP_END


_MAX_NAME = 40  # characters of a byline's name alone on its line


def _furniture_opens_next(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether the next line is a byline over a date, or opens with a dateline.

    A standfirst does not wrap onto ``Ana Ruiz`` over ``3 May 2025``, nor a
    headline onto ``ORVESK, June 3 (Tidewire) – …``: a story starts there.
    """
    if line + 1 >= end_line:
        return False
    following = stripped_text(state, line + 1)
    if _lower_case_byline(following) and classify(following) == "byline":
        return True  # "by Owen Castellan" under the headline
    if not following[:1].isupper():
        return False
    if following[:3].isupper():
        return _DATELINE_OPENING.match(following) is not None
    return (
        len(following) <= _MAX_NAME
        and line + 2 < end_line
        and name_line(following)
        and classify(stripped_text(state, line + 2)) == "date"
    )


def dateline_opening(text: str) -> bool:
    """Whether a stripped line opens with a wire's dateline (``LAGOS (AP) — …``).

    A date after a comma or an agency in brackets comes before the dash,
    and the story goes on in lower case: a headline with a label in capitals
    (``GLOBAL MARKETS – Stocks slide``, ``NORTH AND SOUTH — TWO WALLS``) is
    none.
    """
    if not text[:3].isupper() or text.isupper():
        return False
    opening = _DATELINE_OPENING.match(text)
    if opening is None:
        return False
    placed = opening.group()
    return ("," in placed or "(" in placed) and any(
        c.islower() for c in text[opening.end() :]
    )


# A wire dateline opening a line: "ORVESK, June 3 (Tidewire) – ", "LAGOS (AP) — ".
_DATELINE_OPENING = regex.compile(
    r"\p{Lu}{3,}[\p{Lu} .’'-]*(?:,[^–—(\n]{0,40})?(?:\([^()\n]{2,30}\))?"
    r"[ \t]*(?:[–—]|--?)[ \t]"  # (or two hyphens: "NIAMEY, April 12 (SIS) --")
)


_MIN_INDENTED = 3  # paragraphs opening with an indent: the document's style
_MIN_INDENT = 2  # columns


def _indent_opens(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether the line after ``line`` opens a paragraph with its indent.

    Some documents mark each paragraph by indenting its first line, the
    lines it wraps onto flush left (a speech as prepared, a letter). Where
    at least :data:`_MIN_INDENTED` lines are indented so under a flush one,
    an indented line opens a paragraph. Counted once per document.
    """
    if line + 1 >= end_line:
        return False
    counts = state.sCount
    if counts[line + 1] < counts[line] + _MIN_INDENT:
        return False  # most lines: no deeper than the line above
    found = state.env.get("indented_paragraphs")
    if found is None:
        lines = stripped_lines(state)
        opening = 0
        for at in range(1, state.lineMax):
            if (
                lines[at]
                and lines[at - 1]
                and counts[at] >= counts[at - 1] + _MIN_INDENT
                and counts[at - 1] == 0
                and lines[at][0].isupper()
                and match_marker(lines[at]) is None
            ):
                opening += 1
        found = state.env["indented_paragraphs"] = opening >= _MIN_INDENTED
    return bool(found) and match_marker(line_text(state, line + 1)) is None


def _title_over_text(state: StateBlock, line: int, text: str) -> bool:
    """Whether ``text`` is a headline in Title Case over a line in sentence case.

    Only at the top of the page (nothing but furniture before it): further
    down, a wrapped line full of names may be in Title Case too. A line with
    a sentence's end inside is speech or prose (``GAIL MWANGI (PRESENTER):
    It's ten to eight. The Orme``), not a headline.
    """
    return (
        len(split_words(text)) >= _MIN_TITLE_WORDS
        and ". " not in text
        # a story's first line opens with its dateline, a headline never does:
        # "LONDON, Feb 14 (Wire) - …", perhaps indented as a paragraph
        and _DATELINE_OPENING.match(text.lstrip(SPACE)) is None
        and title_case(text)
        and only_furniture_so_far(state)
        and not title_case(line_text(state, line + 1))
    )


_MIN_TITLE_WORDS = 4
_DASHES = ("– ", "— ", "- ")


def _dash_aside(text: str, following: str) -> bool:
    """Whether a dash opening the next line goes on with the sentence.

    ``… turn thermostats down a degree`` over ``– advice the agency has
    printed –``: under a line that stops mid-sentence (no final stop, no
    colon introducing a list), a dash is an aside, not a list marker.
    """
    return following.lstrip(SPACE).startswith(_DASHES) and (
        text.rstrip(SPACE)[-1:] not in _NO_WRAP_END
    )


# Words that name a number: "… from £1.50 to £1.95 in zone" over "1. Charges
# in the outer zone …" goes on; the "1." is no list marker.
_NUMBERED = frozenset(
    """zone zones phase stage level tier grade line platform route gate terminal
    division article section chapter page step round group band class
    category no number week day room unit ward district block""".split()  # noqa: SIM905
)
_NUMBER_MARK = regex.compile(r"[ \t]*\d{1,3}[.)][ \t]")


# Words a figure follows in a sentence: "… could rise beyond" over "9. The …",
# "… has died at her home aged" over "91. Her gallery …".
_BEFORE_FIGURES = (
    _NUMBERED
    | OPEN_WORDS
    | frozenset(
        """beyond above below around nearly almost roughly approximately exceed
        exceeds exceeded reach reaches reached hit hits top tops topped least
        most aged age""".split()  # noqa: SIM905
    )
)


def _number_goes_on(text: str, following: str) -> bool:
    """Whether a numbered marker opening the next line is the number ``text`` names.

    ``… in zone`` or ``… could rise beyond`` over ``1. Charges …``: the
    line breaks off on a word a figure follows.
    """
    return (
        last_word(text).lower() in _BEFORE_FIGURES
        and _NUMBER_MARK.match(following) is not None
    )


def _prose_runs_on(
    state: StateBlock, line: int, end_line: int, width: int, *, joined: bool
) -> bool:
    """Whether a line of prose stopping mid-sentence goes on in the next line.

    Where blank lines end a wrapped document's paragraphs (see
    :func:`_blank_separated`), a line of prose (nine words or more, not in
    Title Case, at least 60% of the width) that stops without punctuation
    runs on, even where the next word would have fitted (``… coped so far.
    Almost`` over ``1.5 million households …``). So does such a line that a
    wrapped line runs into (``joined``) in text wrapped by hand (see
    :func:`_wrapped_by_hand`): ``… for more than a day. Ms`` over
    ``Whitcombe, thank you for coming back.``
    """
    if line + 1 >= end_line or is_blank(state, line + 1):
        return False
    text = line_text(state, line).strip(SPACE)
    if not text or text[-1] in _NO_WRAP_END or _length(text) < width * _SHORT_END:
        return False
    if len(split_words(text)) < _PROSE_WORDS or title_case(text):
        return False
    following = line_text(state, line + 1)
    if opens_block(following) or (
        match_marker(following) is not None and not _dash_aside(text, following)
    ):
        return False
    if _furniture_under(following) or _row_under_prose(text, following):
        return False  # "Transport | Explainer" under a title: where it is filed
    if _length(following) > width:
        return False  # no line of the wrap: a standfirst under a title
    return _blank_separated(state, width) or (joined and _wrapped_by_hand(state))


def _sentence_near_width(
    state: StateBlock, line: int, end_line: int, width: int
) -> bool:
    """Whether a line ending a sentence goes on in the wrapped line under it.

    Where blank lines separate a wrapped document's paragraphs (see
    :func:`_blank_separated`), a paragraph ends at a blank line: a line
    ending a sentence a few columns short of the width (``… may be cut.``,
    the next word would just have fitted), or the short last line of a
    wrapped sentence (``… a new shift`` over ``roster broke down.``), still
    runs on into a full line that breaks mid-sentence under it. Where no
    blank lines do, a paragraph ends on a line clearly shorter than the
    width; in text wrapped by hand (see :func:`_wrapped_by_hand`) a line
    ending a sentence near the width is no such line.
    """
    text = line_text(state, line).rstrip(SPACE)
    length = _length(text)
    if length > width or not ends_sentence(text):
        return False
    if not _breaks_at_wrap(state, line + 1, end_line, width):
        return False  # the next line is no full line of the wrap
    following = line_text(state, line + 1)
    if ends_sentence(following.rstrip(SPACE)) or _short_title(following, width):
        return False
    if not _blank_separated(state, width):
        return length >= width * _CLEARLY_SHORT and _wrapped_by_hand(state)
    if length >= width - _NEAR:
        return True
    # The last line of a wrapped sentence: the line above breaks off into it.
    return (
        line > 0
        and _breaks_at_wrap(state, line - 1, end_line, width)
        and not (ends_sentence(line_text(state, line - 1).rstrip(SPACE)))
    )


def _breaks_before_address(
    state: StateBlock, line: int, end_line: int, width: int
) -> bool:
    """Whether a short line breaks off mid-sentence before a long web address.

    ``… had been posted at`` over ``www.example.org/permits/water/…``: the
    address would not have fitted on the line, however short the line.
    """
    if line + 1 >= end_line:
        return False
    text = line_text(state, line).rstrip(SPACE)
    if not text.strip(SPACE) or text[-1] in _NO_WRAP_END + ",":
        return False
    following = line_text(state, line + 1).split(maxsplit=1)
    return (
        bool(following)
        and following[0].startswith(_ADDRESS_STARTS)
        and _length(text) + 1 + len(following[0]) > width
        and len(following[0]) >= width * _LONG_WORD
    )


_ADDRESS_STARTS = ("http://", "https://", "www.")
_LONG_WORD = 0.4  # of the width: a word this long moves to a line of its own
_CLEARLY_SHORT = 0.85  # of the width: a paragraph's last line is shorter
_MIN_LOOSE = 2  # breaks where the next word would have fitted: wrapped by hand


def _wrapped_by_hand(state: StateBlock) -> bool:
    """Whether a wrapped document's lines break before the width is reached.

    A wrapping program fills each line greedily; a writer wrapping by hand
    breaks a full line mid-sentence where the next word would still have
    fitted, here and there (at least :data:`_MIN_LOOSE` times). In such
    text, whether the next word would have fitted says nothing of a
    paragraph's end. Counted with the wrap width (:func:`wrap_width`).
    """
    return bool(state.env.get("wrapped_by_hand"))


_SHORT_END = 0.6  # of the width: a paragraph's last line is shorter


def _blank_separated(state: StateBlock, width: int) -> bool:
    """Whether blank lines end the paragraphs of a hard-wrapped document.

    Its wrapped runs end on a short line, a sentence's end; where a blank
    line follows each (or all but a few) of them, the blank lines are what
    end a paragraph, not a sentence. Read once per document.
    """
    cached = state.env.get("blank_separated")
    if cached is not None:
        return bool(cached)
    followed = unfollowed = 0
    last = state.lineMax - 1
    for line in range(1, last):
        text = line_text(state, line).rstrip(SPACE)
        if not text or _length(text) >= width * _SHORT_END or not ends_sentence(text):
            continue
        if not width - _NEAR <= _length(line_text(state, line - 1)) <= width:
            continue  # not the end of a wrapped run
        if is_blank(state, line + 1):
            followed += 1
        elif match_marker(line_text(state, line + 1)) is None:
            unfollowed += 1  # (a wrapped item ends where the next item starts)
    found = followed >= 2 and followed >= 4 * unfollowed
    state.env["blank_separated"] = found
    return found


def ends_sentence(text: str) -> bool:
    """Whether a stripped line ends a sentence: ``.!?…``, quotes may follow.

    So may a citation's mark (``… fell by 34% this year.[2]``) or a
    thread's count (``… at 16:00. 6/6``).
    """
    if text[-1:] == "]" and (cited := _CITED.search(text)) is not None:
        text = text[: cited.start()]
    elif text[-1:].isdigit() and (counted := _THREAD_COUNT.search(text)) is not None:
        text = text[: counted.start()]
    return text.rstrip("\"'”’)]")[-1:] in (".", "!", "?", "…")


_CITED = regex.compile(r"(?:\[\d{1,3}\])+$")
_THREAD_COUNT = regex.compile(r"(?<=[.!?\"”’])[ \t]+\d{1,2}/\d{1,2}$")


def title_case(text: str) -> bool:
    """Whether most words of a line start with a capital (a title, not prose)."""
    words = [w for w in text.split() if w[0].isalpha()]
    return len(words) > 1 and 2 * sum(w[0].isupper() for w in words) > len(words)
