"""Hypothesis strategies that build news articles (and nasty text) as strings.

The article strategies write what scrapers and generators produce: plain
Title Case headings, one-line paragraphs with spacing and casing artefacts,
bullet and numbered lists (``Term: description`` items, nested by indent),
pipe tables in every state of repair, mixed line endings, a BOM, NBSP,
zero-width spaces and tabs.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from hypothesis import strategies as st

# White space as the laws define it: str.isspace() plus the invisible characters.
INVISIBLE = "\u200b\u2060\ufeff"


def is_space(char: str) -> bool:
    """Return whether ``char`` is white space in the laws' sense (invisibles too)."""
    return char.isspace() or char in INVISIBLE


def without_space(text: str) -> str:
    """Return ``text`` without its white space (see :func:`is_space`)."""
    return "".join(c for c in text if not is_space(c))


TITLE_WORDS = (
    "Talks",
    "Resume",
    "Russia’s",
    "Firm",
    "Stance",
    "Implications",
    "For",
    "International",
    "Relations",
    "In",
    "Summary",
    "Outlook",
    "Key",
    "Points",
    "Background",
    "Trade",
    "Sanctions",
    "Energy",
    "Security",
    "Ahead",
    "Of",
    "The",
    "Vote",
    "Reactions",
    "Markets",
    "What",
    "Comes",
    "Next",
    "2024",
)
# Lower-case running words; none is a place name or other proper noun.
PROSE_WORDS = (
    "the",
    "talks",
    "officials",
    "said",
    "negotiations",
    "remain",
    "firmly",
    "opposed",
    "to",
    "any",
    "territorial",
    "concessions",
    "and",
    "its",
    "allies",
    "signalled",
    "a",
    "hardline",
    "position",
    "on",
    "sanctions",
    "while",
    "analysts",
    "expect",
    "further",
    "tension",
    "between",
    "both",
    "sides",
    "over",
    "trade",
    "energy",
    "security",
    "however",
    "this",
    "week",
)
NAMES = (
    "Moscow",
    "Berlin",
    "Ukraine",
    "Russia",
    "Germany",
    "France",
    "Washington",
    "Kremlin",
    "Peskov",
    "Lavrov",
    "NATO",
)
# Lower-cased names as broken text writes them: places the built-in lexicon
# knows, and people only a document-level vote can restore.
LOWER_NAMES = (
    "moscow",
    "berlin",
    "ukraine",
    "russia",
    "germany",
    "france",
    "peskov",
    "lavrov",
)
SAFE_TOKENS = (
    "U.S. and",
    "1,000",
    "3.5%",
    "4:00pm",
    "e.g.",
    "Node.js",
    "example.com",
    "https://example.org/a?b=1",
    "press@example.net",
    "J.R.R. Tolkien",
    "“quoted”",
    "—",
    "…",
    "🙂",
)
TERMS = ("Crimea", "Donetsk and Luhansk", "Future Talks", "Sanctions", "Energy Policy")
BULLETS = ("-", "*", "•", "–", "+", "▸")
TABLE_HEADERS = (
    ("Issue", "Russia’s Stance"),
    ("Issue", "Stance", "Outlook"),
    ("Strategy", "Description"),
    ("Topic", "US Position"),
)
CELL_WORDS = (
    "Territorial concessions",
    "Firmly Rejected",
    "Sanctions",
    "Adverse impact",
    "uncertain",
    "",
    "1,000",
    "a \\| b",
    "moscow",
)


# Running words, weighted towards plain prose; some carry an artefact already:
# a lower-cased place name or a missing space after a comma.
WORD_POOL = (
    PROSE_WORDS * 3
    + NAMES
    + LOWER_NAMES
    + SAFE_TOKENS
    + ("concessions,Moscow", "talks,moscow", "allies,Berlin", "2014,russia")
)
ENDINGS = (".", ".", ".", "!", "?", "")
# What joins two sentences of a paragraph: mostly one space, sometimes none.
SENTENCE_GLUE = (" ", " ", " ", "", "  ")


def words(pool: Sequence[str], min_size: int, max_size: int) -> st.SearchStrategy[str]:
    """Return a strategy for some words of ``pool`` joined by single spaces."""
    return st.lists(st.sampled_from(pool), min_size=min_size, max_size=max_size).map(
        " ".join
    )


def _sentence_bank(size: int) -> tuple[str, ...]:
    """Build sentence bodies of 2 to 8 pooled words, shortest first, reproducibly.

    Drawing a whole body from a bank costs one draw instead of one per word,
    which keeps article generation fast; shrinking moves towards the short ones.
    """
    rng = random.Random(20240501)
    bank = {" ".join(rng.choices(WORD_POOL, k=rng.randint(2, 8))) for _ in range(size)}
    return tuple(sorted(bank, key=lambda body: (len(body), body)))


SENTENCE_BANK = _sentence_bank(600)

# Strategies built once: creating them inside the composites costs more than
# drawing from them.
_bools = st.booleans()
_title_words = words(TITLE_WORDS, 1, 5)
_heading_styles = st.sampled_from(["plain", "plain", "plain", "atx", "bold", "setext"])
_atx_levels = st.integers(1, 6)
_underlines = st.sampled_from(["===", "---", "======"])
_bodies = st.sampled_from(SENTENCE_BANK)
_endings = st.sampled_from(ENDINGS)
_glues = st.sampled_from(SENTENCE_GLUE)
_more_sentences = st.integers(0, 2)
_terms = st.sampled_from(TERMS)
_term_separators = st.sampled_from([": ", ": ", " – ", ":"])
_bullets = st.sampled_from(BULLETS)
_closers = st.sampled_from([".", ")"])
_indent_steps = st.sampled_from(["  ", "    ", "\t"])
_depths = st.lists(st.sampled_from([0, 0, 1, 2]), min_size=1, max_size=4)
_one_in_six = st.integers(0, 5)
_table_headers = st.sampled_from(TABLE_HEADERS)
_outer_pipes = st.sampled_from(["both", "none", "trailing", "leading"])
_delimiter_cells = st.sampled_from(["---", ":--", "--:", ":-:"])
_raggedness = st.sampled_from([0, 0, 0, -1, 1])
_cells = st.lists(st.sampled_from(CELL_WORDS), min_size=1, max_size=4)
_sections = st.integers(0, 4)
_separators = st.sampled_from(["\n", "\n", "\n\n", "mixed"])
_newlines = st.sampled_from(["\n", "\r\n", "\r", "mixed"])
_one_in_five = st.integers(0, 4)
ODDITIES = ("\u00a0", "\t", "  ", " \u200b", "\u200b ", " \u2060", "\u00a0 ")
_oddities = st.lists(
    st.tuples(st.integers(0, 999), st.sampled_from(ODDITIES)), min_size=1, max_size=3
)


@st.composite
def headings(draw: st.DrawFn) -> str:
    """Draw a heading line: mostly a plain short Title Case line, sometimes Markdown."""
    text = draw(_title_words)
    style = draw(_heading_styles)
    if style == "atx":
        return "#" * draw(_atx_levels) + " " + text
    if style == "bold":
        return f"**{text}**"
    if style == "setext":
        return text + "\n" + draw(_underlines)
    return text


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """Draw a sentence with lower-case starts and place names now and then."""
    sentence = draw(_bodies)
    if draw(_bools):
        sentence = sentence[0].upper() + sentence[1:]
    return sentence + draw(_endings)


_sentences = sentences()


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """Draw a one-line paragraph of sentences, some glued by a missing space."""
    out = draw(_sentences)
    for _ in range(draw(_more_sentences)):
        out += draw(_glues) + draw(_sentences)
    return out


@st.composite
def items(draw: st.DrawFn) -> str:
    """Draw the text of one list item, often a ``Term: description``."""
    body = draw(_sentences)
    if draw(_bools):
        return draw(_terms) + draw(_term_separators) + body
    return body


_items = items()


@st.composite
def lists(draw: st.DrawFn) -> str:
    """Draw a bullet or numbered list, items optionally nested by indentation."""
    ordered = draw(_bools)
    bullet = BULLETS.index(draw(_bullets))
    closer = draw(_closers)
    step = draw(_indent_steps)
    lines: list[str] = []
    number = 0
    for drawn in draw(_depths):
        depth = drawn if lines else 0
        if ordered and depth == 0:
            number += 1
            marker = f"{number}{closer}"
        else:
            marker = BULLETS[(bullet + depth) % len(BULLETS)]
        lines.append(f"{step * depth}{marker} {draw(_items)}")
    if draw(_one_in_six) == 0:
        lines.append(step * 2 + draw(_sentences))  # a continuation line
    return "\n".join(lines)


@st.composite
def tables(draw: st.DrawFn) -> str:
    """Draw a pipe table: outer pipes or not, delimiter row or not, ragged rows."""
    header = list(draw(_table_headers))
    outer = draw(_outer_pipes)

    def row(cells: list[str]) -> str:
        line = " | ".join(cells)
        if outer in ("both", "leading"):
            line = "| " + line
        if outer in ("both", "trailing"):
            line += " |"
        return line

    lines = [row(header)]
    has_delimiter = draw(_bools)
    if has_delimiter:
        lines.append(row([draw(_delimiter_cells)] * len(header)))
    for _ in range(draw(_more_sentences) + (0 if has_delimiter else 1)):
        width = len(header) + draw(_raggedness)
        cells = draw(_cells)
        lines.append(row((cells * width)[:width]))
    return "\n".join(lines)


_paragraphs = paragraphs()
_headings = headings()
_blocks = st.lists(st.one_of(_paragraphs, _paragraphs, lists(), tables()), max_size=3)


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Draw a whole article: blocks, separators, line endings and odd white space."""
    parts = [draw(_paragraphs)] if draw(_bools) else []
    for _ in range(draw(_sections)):
        parts.append(draw(_headings))
        parts.extend(draw(_blocks))
    if not parts:
        parts.append(draw(_paragraphs))
    separator = draw(_separators)
    if separator == "mixed":
        text = "".join(p + ("\n\n" if i % 2 else "\n") for i, p in enumerate(parts))
    else:
        text = separator.join(parts) + separator
    if not draw(_bools):
        text = text.rstrip("\n")  # no final line break
    text = _sprinkle(draw, text)
    text = _line_endings(text, draw(_newlines))
    if draw(_one_in_five) == 0:
        text = "\ufeff" + text
    return text


def _sprinkle(draw: st.DrawFn, text: str) -> str:
    """Replace a few plain spaces by NBSP, tabs, double spaces or zero-width ones."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces or not draw(_bools):
        return text
    chars = list(text)
    for index, oddity in draw(_oddities):
        chars[spaces[index % len(spaces)]] = oddity
    return "".join(chars)


def _line_endings(text: str, newline: str) -> str:
    """Write line breaks as ``newline``; "mixed" cycles through all three kinds."""
    lines = text.split("\n")
    if newline != "mixed":
        return newline.join(lines)
    kinds = ("\r\n", "\n", "\r")
    out = lines[0]
    for index, line in enumerate(lines[1:]):
        out += kinds[index % 3] + line
    return out


MARKUP_PIECES = (
    "|",
    "||",
    "\\|",
    "-",
    "- ",
    "---",
    "---|---",
    "*",
    "**",
    "* ",
    "#",
    "## ",
    "=",
    "===",
    "_",
    "__",
    ":",
    ": ",
    " – ",
    "• ",
    "1. ",
    "2) ",
    "9",
    ".",
    "\n",
    "\r",
    "\r\n",
    "\n\n",
    " ",
    "    ",
    "\t",
    "\u00a0",
    "\u200b",
    "\u2060",
    "\ufeff",
    "\u2028",
    "\u2029",
    "\x85",
    "\x0b",
    "\x0c",
    "\x1c",
    "\u3000",
    "\\",
    "| --- |",
    ":-:",
    "  - ",
    "\t* ",
    "▸ ",
    "**Bold**",
    "Title\n===",
    "A",
    "a",
    "moscow",
    "Title Line",
    "the end.",
)


_nasty_pieces = st.lists(
    st.one_of(
        st.sampled_from(MARKUP_PIECES),
        st.text(max_size=8),
        st.text(alphabet="|-*#:.\n\r 0123456789aA\t", max_size=12),
    ),
    max_size=30,
)


def nasty_texts() -> st.SearchStrategy[str]:
    """Return a strategy for arbitrary text mixed with the characters rules look at."""
    return _nasty_pieces.map("".join)


# Words that need no repair in scripts without case and in non-English Latin.
CASELESS_WORDS = (
    "北京",
    "上海市",
    "中华人民共和国",
    "东京",
    "ひらがな",
    "カタカナ",
    "日本語",
    "القاهرة",
    "دمشق",
    "السلام",
    "עברית",
    "हिन्दी",
    "ภาษาไทย",
)
CAPITALISED_WORDS = (
    "Zürich",
    "Łódź",
    "São Paulo",
    "Ærøskøbing",
    "Kraków",
    "Reykjavík",
    "Çanakkale",
    "Ñuñoa",
    "Škoda",
    "Ørsted",
    "Øresund",
    "Málaga",
    "Besançon",
)
LOWER_FOREIGN_WORDS = (
    "über",
    "straße",
    "grüße",
    "déjà",
    "façade",
    "naïve",
    "coração",
    "não",
    "żółw",
    "jeść",
    "søster",
    "città",
    "ça",
    "mañana",
    "år",
)


_sentence_starts = st.sampled_from(CAPITALISED_WORDS + CASELESS_WORDS)
_foreign_words = st.lists(
    st.sampled_from(CAPITALISED_WORDS + CASELESS_WORDS + LOWER_FOREIGN_WORDS),
    max_size=8,
)
_foreign_ends = st.sampled_from(".!?。")
_foreign_sentences = st.lists(
    st.tuples(_sentence_starts, _foreign_words, _foreign_ends), min_size=1, max_size=4
)


def clean_foreign_sentences() -> st.SearchStrategy[str]:
    """Return a strategy for sentences in non-English scripts that need no repair.

    Words are joined by single spaces; every sentence starts with a capitalised
    or caseless word and ends in punctuation.
    """
    return _foreign_sentences.map(
        lambda found: " ".join(
            " ".join([first, *rest]) + end for first, rest, end in found
        )
    )
