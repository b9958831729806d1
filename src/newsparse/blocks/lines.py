"""Block parse: helpers that read one source line of a markdown-it StateBlock."""

from __future__ import annotations

import unicodedata

import regex
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token

__all__ = [
    "LINES",
    "OPEN_WORDS",
    "QUESTION_WORDS",
    "SPACE",
    "block_above",
    "content_range",
    "headings_so_far",
    "indent_of",
    "is_blank",
    "last_word",
    "line_text",
    "match_bare_marker",
    "match_marker",
    "next_content_line",
    "only_furniture_so_far",
    "opens_item",
    "section_date",
    "split_lines",
    "split_words",
    "stripped_lines",
    "stripped_text",
    "symbol_bullet",
    "top_blocks",
    "under_heading",
]

# White space around blocks and cells, beyond the space and tab markdown-it knows.
SPACE = (
    " \t\x0b\x0c\u00a0\u200b\u2060\ufeff\u3000\u202f\u205f"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
)


LINES = "news_lines"
"""The key in a StateBlock's ``env`` of the source's lines, when given."""


def split_lines(src: str) -> list[str]:
    """Return the lines of ``src`` as the block parser numbers them.

    One more, empty, line stands for the end of the text. Passed in ``env``
    under :data:`LINES`, they spare each rule slicing a line again.
    """
    lines = src.split("\n")
    lines.append("")
    return lines


def line_text(state: StateBlock, line: int) -> str:
    """Return the text of ``line`` without its line break."""
    # Called for nearly every rule on every line: one look-up, no ``get``.
    # (:func:`newsparse.blocks.tokenize` always stores a list under LINES.)
    try:
        lines: list[str] = state.env[LINES]
    except KeyError:  # a parser run on its own, without the split lines
        return state.src[state.bMarks[line] : state.eMarks[line]]
    return lines[line]


_STRIPPED = "news_stripped"  # env: each line without white space around it


def stripped_lines(state: StateBlock) -> list[str]:
    """The document's lines without the white space around them (:data:`SPACE`).

    Stripped once per document, when a rule first asks: the rules look at
    most lines several times, and a blank line is an empty one here. One
    more, empty, line stands for the end of the text, as in :func:`split_lines`.
    """
    try:
        found: list[str] = state.env[_STRIPPED]
    except KeyError:
        lines = state.env.get(LINES)
        if lines is None:
            lines = [line_text(state, n) for n in range(state.lineMax)] + [""]
        found = [text.strip(SPACE) for text in lines]
        state.env[_STRIPPED] = found
    return found


def stripped_text(state: StateBlock, line: int) -> str:
    """Return the text of ``line`` without the white space around it."""
    try:  # asked for every line by several rules: the stored list at once
        return state.env[_STRIPPED][line]  # type: ignore[no-any-return]
    except KeyError:
        return stripped_lines(state)[line]


def is_blank(state: StateBlock, line: int) -> bool:
    """Return whether ``line`` holds only white space (NBSP and zero-width too)."""
    try:
        return not state.env[_STRIPPED][line]
    except KeyError:
        return not stripped_lines(state)[line]


_WORD = regex.compile(r"\S+")


def split_words(text: str) -> list[str]:
    """Return the words of ``text``: its runs of characters other than white space.

    They are the runs the regex ``\\S+`` finds, split off with ``str.split``,
    many times faster, unless ``text`` holds an information separator
    (U+001C to U+001F), which ``str.split`` alone takes for white space.

    Example:
        >>> split_words("  Key Races to  Watch ")
        ['Key', 'Races', 'to', 'Watch']
    """
    if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
        return _WORD.findall(text)
    return text.split()


def indent_of(state: StateBlock, line: int) -> int:
    """Return the indentation of ``line`` in columns (tabs expanded to 4)."""
    return int(state.sCount[line])


def content_range(state: StateBlock, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` of the source to exclude surrounding white space."""
    src = state.src
    end = max(start, end)
    while start < end and src[start] in SPACE:
        start += 1
    while end > start and src[end - 1] in SPACE:
        end -= 1
    return start, end


# A list marker and the space after it: "- ", "* ", "• ", "– ", "▸ ", "1. ", "12) ".
# Not "-5%", not "**Bold**", not "2014. " (more than three digits).
_MARKERS = frozenset("-*+•–▸▪◦●○‣⁃►")
_MARKER = regex.compile(r"[ \t]*(?P<marker>[-*+•–▸▪◦●○‣⁃►]|\d{1,3}[.)])(?:[ \t]+|$)")


def match_marker(text: str) -> tuple[int, int, bool] | None:
    """Find a list marker at the start of ``text``.

    Returns:
        ``(marker_start, content_start, ordered)`` offsets into ``text``, or
        ``None`` when the line is not a list item. An item's label in
        brackets (``(a)``, ``b)``, ``(ii)``) is its content's start.

    Example:
        >>> match_marker("  • Crimea: annexed")
        (2, 4, False)
        >>> match_marker("-5% on the day") is None
        True
    """
    stripped = text.lstrip(" \t")
    head = stripped[:1]
    if head not in _MARKERS and not head.isdecimal():
        if head == "(" or stripped[1:2] == ")":
            return _match_label(text)
        return None  # most lines: no marker can start here
    match = _MARKER.match(text)
    if match is None or not text[match.end() :].strip():
        return None  # a bare marker with nothing after it is not an item
    return match.start("marker"), match.end(), match.group("marker")[0].isdigit()


# An item's letter or Roman number in brackets: "(a) ", "b) ", "(iv) ".
_LABEL = regex.compile(
    r"[ \t]*(?P<marker>\((?:[a-zA-Z]|[ivxIVX]{2,4})\)|[a-z]\))[ \t]+"
)


def _match_label(text: str) -> tuple[int, int, bool] | None:
    """Find an item's label (``(a)``, ``b)``, ``(ii)``) at the start of ``text``.

    The label is the item's own name, which other text refers to
    (``condition (c)``), so it stays in the item's text: the content starts
    with it.
    """
    match = _LABEL.match(text)
    if match is None or not text[match.end() :].strip():
        return None
    return match.start("marker"), match.start("marker"), False


# A marker alone on its line; its item text follows on the next line.
BARE_MARKER = regex.compile(r"[ \t]*(?P<marker>[-*+•–▸▪◦●○‣⁃►]|\d{1,3}[.)])[ \t]*")


def match_bare_marker(text: str) -> regex.Match[str] | None:
    """Match a marker alone on its line (``-``, ``3.``), or return ``None``.

    After its spaces and tabs, a match starts with a marker or a digit,
    neither of which is a letter: a line starting with a letter (most lines)
    is rejected without running the pattern.
    """
    if text.lstrip(" \t")[:1].isalpha():
        return None
    return BARE_MARKER.fullmatch(text)


# Symbols that open lines without being bullets: "© 2026", "° C", "™".
_NOT_BULLETS = frozenset("©®℗™°№¦")
# What an emoji may carry after its first code point: a variation selector,
# a keycap, a joiner (and the symbol it joins), a skin tone.
_EMOJI_TAIL = frozenset("\ufe0f\ufe0e\u20e3\u200d")
_MAX_SYMBOLS = 5  # "★★★★☆ Worth the trip"


def _is_symbol(char: str) -> bool:
    """Whether ``char`` is a pictograph, a dingbat or an arrow (not ``+``, ``©``)."""
    if char in _NOT_BULLETS:
        return False
    category = unicodedata.category(char)
    return category == "So" or (category == "Sm" and "\u2190" <= char <= "\u2bff")


def symbol_bullet(text: str) -> str | None:
    """Return the symbol a line opens with as its bullet, or ``None``.

    Content generators mark items, and decorate headings, with emoji, check
    marks and arrows: ``✅ Off-peak fares frozen``, ``➤ Child fares``,
    ``🔹 Students``, ``1️⃣ Apply online``. The symbol (a few at most, with
    the variation selectors, keycaps, joiners and skin tones of emoji) is
    followed by a space and text. It is returned without its variation
    selectors, so ``✔️`` and ``✔`` are the same bullet. Whether the line is an
    item or a heading depends on its neighbours (see :mod:`.lists`).

    Example:
        >>> symbol_bullet("✔️ Railcards unchanged"), symbol_bullet("© 2026 Acme")
        ('✔', None)
        >>> symbol_bullet("1️⃣ Apply online"), symbol_bullet("→")
        ('1⃣', None)
    """
    stripped = text.lstrip(" \t")
    head = stripped[:1]
    if not head or head.isalpha() or head in _OPENING_MARKS or head in _MARKERS:
        return None  # most lines; and markers, which are no text (`match_marker`)
    end = 0
    if head.isdigit():
        end = 1  # a keycap: "1️⃣", which needs its U+20E3
        if "\u20e3" not in stripped[1:3]:
            return None
    symbols = 0
    while end < len(stripped):
        char = stripped[end]
        if char in _EMOJI_TAIL or "\U0001f3fb" <= char <= "\U0001f3ff":
            end += 1
        elif _is_symbol(char) and symbols < _MAX_SYMBOLS:
            symbols += 1
            end += 1
        else:
            break
    if end == 0:
        return None
    if stripped[end : end + 1] not in (" ", "\t") or not stripped[end:].strip():
        return None
    return stripped[:end].replace("\ufe0f", "").replace("\ufe0e", "")


# Characters most lines open with that no symbol is: quotes and brackets.
_OPENING_MARKS = frozenset("\"'“‘([*_-#|>")


OPEN_WORDS = frozenset(
    """a an the to of at in on for and or but by with from as than into per
    about after before between over under via since until during including
    among despite towards""".split()  # noqa: SIM905
)
"""Words a phrase cannot end on: a line ending on one breaks off mid-phrase."""

QUESTION_WORDS = frozenset(
    "what how why who whom whose when where which whatever".split()  # noqa: SIM905
)
"""Words a question or a noun clause opens with (``What the minister said``)."""


def block_above(state: StateBlock, line: int) -> Token | None:
    """The block parsed last, if it ends right above ``line`` (no blank between)."""
    if not state.tokens:
        return None
    above = state.tokens[-1]
    return above if above.map is not None and above.map[1] == line else None


def under_heading(state: StateBlock) -> bool:
    """Whether the block parsed last is a heading."""
    return bool(state.tokens) and state.tokens[-1].type == "heading"


def last_word(text: str) -> str:
    """The last word of ``text`` as ``str.split`` finds it, or ``""`` if none.

    ``str.split`` also splits on separators such as ``"\x1f"``, which
    ``str.strip`` may have left: a line of them has no word.
    """
    words = text.rsplit(None, 1)
    return words[-1] if words else ""


def next_content_line(state: StateBlock, line: int, end_line: int) -> int | None:
    """The first line after ``line`` that is not blank, or ``None`` if none is."""
    line += 1
    while line < end_line and is_blank(state, line):
        line += 1
    return line if line < end_line else None


def opens_item(text: str) -> bool:
    """Whether a line starts a list item: a marker with text, or a marker alone."""
    return match_marker(text) is not None or match_bare_marker(text) is not None


_TOP = "news_top"  # env: (tokens looked at, headings among them, other content)


def top_blocks(state: StateBlock) -> tuple[int, bool]:
    """The headings so far, and whether any other block but furniture came.

    Blocks only ever add up, so the counts are kept between calls: each
    token is looked at once, however often the rules ask (asking anew each
    time made a long run of furniture quadratic). Once other content has
    come, nothing after it is looked at.
    """
    scanned, headings, content = state.env.get(_TOP, (0, 0, False))
    if not content:
        tokens = state.tokens
        for token in tokens[scanned:]:
            if token.type == "heading":
                headings += 1
            elif token.type not in ("hr", "boilerplate"):
                content = True
                break
        state.env[_TOP] = (len(tokens), headings, content)
    return headings, content


def only_furniture_so_far(state: StateBlock) -> bool:
    """Whether every block so far is page furniture (boilerplate) or a rule."""
    return top_blocks(state) == (0, False)


_HEADINGS = "news_headings"  # env: (tokens looked at, headings, last runs on)


def headings_so_far(state: StateBlock) -> tuple[int, bool]:
    """How many headings the parse has found so far, and how the last one stands.

    The second answer: whether the last heading, below the title, has no
    blank line under it (the section headings of a page without blank
    lines). Counted as :func:`top_blocks` counts: each token is looked at
    once, whatever the number of lines that ask.
    """
    scanned, headings, run_on = state.env.get(_HEADINGS, (0, 0, False))
    tokens = state.tokens
    if scanned < len(tokens):
        for token in tokens[scanned:]:
            if token.type != "heading":
                continue
            headings += 1
            if token.map is not None:
                below = token.map[1]
                run_on = (
                    token.meta.get("level") != 1
                    and below < state.lineMax
                    and not is_blank(state, below)
                )
        state.env[_HEADINGS] = (len(tokens), headings, run_on)
    return int(headings), bool(run_on)


# A day's date and nothing else: "Friday 4 December", "SATURDAY 22 NOVEMBER",
# "Sunday, March 8", "4 December 2026". No time, no label ("Published").
_DAY_DATE = regex.compile(
    r"(?:(?P<weekday>(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)"
    r"(?:day)?\.?),?[ \t]+)?"
    r"(?:(?P<day_first>\d{1,2}(?:st|nd|rd|th)?[ \t]+(?P<month1>[a-z]{3,9}\.?))"
    r"|(?P<month2>[a-z]{3,9}\.?)[ \t]+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?P<year>,?[ \t]+\d{4})?",
    regex.IGNORECASE,
)
_MONTHS = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug
    august sep sept september oct october nov november dec december""".split()  # noqa: SIM905
)
_MAX_DAY_DATE = 40  # characters of a date-only line
_DAY_DATES = "news_day_dates"  # env: the shapes of the date lines set apart


def _day_date_shape(text: str) -> tuple[bool, bool, bool, bool] | None:
    """The shape of a date-only line (case, weekday, order, year), or ``None``.

    Bold or italic marks around it do not count (``**Friday 7 March**``).
    """
    if text[:1] in "*_":
        text = text.strip("*_")
    if len(text) > _MAX_DAY_DATE or not text[:1].isalnum():
        return None  # most lines
    match = _DAY_DATE.fullmatch(text)
    if match is None:
        return None
    month = match.group("month1") or match.group("month2")
    if month.rstrip(".").lower() not in _MONTHS:
        return None
    return (
        text.isupper(),
        match.group("weekday") is not None,
        match.group("day_first") is not None,
        match.group("year") is not None,
    )


def section_date(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a date-only line heads a section of the body, not furniture.

    ``Friday 4 December`` over the day's screenings, ``Saturday 5 December``
    over the next day's: in the body (other content came before it, so no
    date under the title and byline), after a blank line, over content (no
    other furniture), and with a sibling of the same shape (case, weekday,
    order, year) standing the same way elsewhere in the document. The
    siblings are counted once per document. A time stamp (``23:15``) or a
    labelled date (``Published 3 May``) is no such line.
    """
    shape = _day_date_shape(text)
    if shape is None or line == 0 or not is_blank(state, line - 1):
        return False
    following = next_content_line(state, line, end_line)
    if following is None or following > line + 2:
        return False  # nothing under it, or not right under it
    if _day_date_shape(stripped_text(state, following)) is not None:
        return False  # dates over dates: a list of them, or furniture
    if not top_blocks(state)[1]:
        return False  # in the furniture at the top: the publication date
    shapes: dict[tuple[bool, bool, bool, bool], int] | None = state.env.get(_DAY_DATES)
    if shapes is None:
        shapes = {}
        lines: list[str] = state.env.get(LINES) or state.src.split("\n")
        for number, other in enumerate(lines):
            if number and lines[number - 1].strip(SPACE):
                continue  # not set apart by a blank line above
            found = _day_date_shape(other.strip(SPACE))
            if found is not None:
                shapes[found] = shapes.get(found, 0) + 1
        state.env[_DAY_DATES] = shapes
    return shapes.get(shape, 0) >= 2
