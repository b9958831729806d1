"""Block parse: lists whose lines have no markers.

Lines under a label ending in ``:`` that lost their markers (``Term:
description`` or ``Term – description`` lines, short phrases), fact boxes of
``Term: value`` lines, and numbered steps (``Step 1: …``), one a line.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import regex
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from .furniture import classify
from .lines import (
    LINES,
    OPEN_WORDS,
    block_above,
    content_range,
    indent_of,
    is_blank,
    line_text,
    match_bare_marker,
    match_marker,
    split_words,
    stripped_text,
)
from .lists import RawItem
from .names import unbolded, unemphasised
from .wrapping import ends_sentence, starts_lower, wraps_at_width

_MAX_BARE = 80  # characters; a longer line is prose, not an item without a marker
_MIN_BARE = 2  # lines; one line under a label is a paragraph
_MIN_INTRO_WORDS = 3  # "Key races to watch:", not a speaker's "MINISTER:"
_MAX_TERM_ITEM = 300  # characters of a "Term – description" line
_MAX_TERM_WORDS = 5
_MAX_NAMES_TERM_WORDS = 8  # a term of names and figures only
_TERM_DASHES = (" – ", " — ", " - ", "—")  # an em dash may go unspaced
_MAX_COLON_TERM_WORDS = 3
_MAX_TERM_COLON = 40  # characters before the colon of a "Term: description" line
_OPENING_QUOTES = "“‘\"'"


def _opens_item_text(text: str) -> bool:
    """Whether ``text`` starts as an item may: a capital, a figure or an amount.

    An amount is a currency sign before its figure: ``£10 – a night's bed``,
    ``$5 off``, ``€1.20``.
    """
    first = text[:1]
    if not first:
        return False  # nothing left once the quotes are stripped: '"'
    if first.isupper() or first.isdigit():
        return True
    return unicodedata.category(first) == "Sc" and text[1:2].isdigit()


def term_item(text: str) -> bool:
    """Whether a line is a ``Term – description`` item that lost its marker.

    ``Subsidy – The union wants the petrol subsidy restored…``: a term of at
    most five words starting with a capital, a figure or an amount (``£10``;
    after an opening quote, if any), one dash (spaced, or an em dash), then
    the description, which may be as long as a paragraph. A second dash
    makes it a sentence with an aside (``The plan – agreed in May – …``). A
    term of at most three words before a colon (``Employers: 9% of gross
    pay``) is one too.
    """
    first = text.lstrip(_OPENING_QUOTES)[:1]
    if len(text) > _MAX_TERM_ITEM or not _opens_item_text(text.lstrip(_OPENING_QUOTES)):
        return False
    if first.isdigit() and match_marker(text) is not None:
        return False  # "1. First visit: …" is a marked item
    if _colon_term(text):
        # "Employees: 6.5% of pay": a short term before a colon, then more.
        # (The term ends at its first separator: in "02:40 – Last orders: the
        # night it closed" the dash ends it, the colon is the description's.)
        return _term_and_value(text, _MAX_COLON_TERM_WORDS)
    for dash in _TERM_DASHES:
        at = text.find(dash)
        if at > 0:
            term, rest = text[:at].rstrip(), text[at + len(dash) :]
            words = term.split()
            return (
                0 < len(words) <= _MAX_TERM_WORDS
                or (
                    # names and figures: "Port Ardle Rovers 31–17 Dunmore Grays"
                    len(words) <= _MAX_NAMES_TERM_WORDS
                    and all(w[0].isupper() or w[0].isdigit() for w in words)
                )
            ) and (
                term[-1] not in ".,;:!?"
                and bool(rest.strip())
                and not any(d in rest for d in _TERM_DASHES)
            )
    return False


def _colon_term(text: str) -> bool:
    """Whether a ``term_item`` line parts its term with a colon, not a dash."""
    colon = text.find(": ", 0, _MAX_TERM_COLON)
    dashed = [at for at in (text.find(d) for d in _TERM_DASHES) if at > 0]
    return colon > 0 and not (dashed and min(dashed) < colon)


def _speaker_turns(state: StateBlock, lines: list[int]) -> bool:
    """Whether ``Label: text`` lines are turns of a transcript, not terms.

    A speaker's label is one letter (``Q:``, ``A:``) or comes back
    (``Minister:`` opens several lines of the document) before what was
    said, or what follows it is a question (``Reporter: Did you think you
    had lost?``); the terms of a list are each named once, and describe.
    A label that comes back before names alone (``Subs: Walsh, Greer,
    Han.`` under each team of a line-up) is a term.
    """
    for at, line in enumerate(lines):
        text = line_text(state, line).strip()
        colon = text.find(": ", 0, _MAX_TERM_COLON)
        if colon == 1 or (colon > 0 and text[-1] == "?"):
            return True
        if (
            colon > 0
            and at + 1 < len(lines)
            and lines[at + 1] > line + 1
            and line_text(state, line + 1).rstrip()[-1:] == "?"
        ):
            return True  # "CASTELLANE: Mr Pettifer, why has" over "… running?"
        if (
            colon > 0
            and label_count(state, text[: colon + 1]) > 1
            and not _names_only(text[colon + 2 :])
        ):
            return True
    return False


def _names_only(text: str) -> bool:
    """Whether ``text`` is capitalised names and the marks between them."""
    words = split_words(text)
    return bool(words) and all(w[:1].isupper() for w in words)


_LABELS = "news_labels"  # the key in the parser's env of the label counts
_MAX_LABEL = 80  # characters up to a line's first colon, for the counts


def label_count(state: StateBlock, label: str) -> int:
    """How many lines of the document open with ``label`` (``Minister:``).

    The lines are counted once per document, by what stands up to their
    first colon: looking each label up in the whole text again made the
    work grow with the square of a document of many such lists.
    """
    counts: Counter[str] | None = state.env.get(_LABELS)
    if counts is None:
        counts = Counter()
        for line in state.env.get(LINES) or state.src.split("\n"):
            text = line.strip()
            colon = text.find(":", 0, _MAX_LABEL)
            if colon > 0:
                counts[text[: colon + 1]] += 1
        state.env[_LABELS] = counts
    return counts[label]


def one_word_labels_recur(state: StateBlock) -> bool:
    """Whether a one-word label opens two lines or more (``Host:``, ``Q:``).

    Speakers' turns and a form's fields repeat their labels; a section's
    name (``Conclusion:``) comes once.
    """
    label_count(state, "")  # counts the labels once per document
    counts: Counter[str] = state.env[_LABELS]
    return any(n > 1 and " " not in label for label, n in counts.items())


def _sentence_after_terms(text: str) -> bool:
    """Whether a line under ``Term – description`` items is the prose after them."""
    return text[-1:] in (".", "!", "?") and not term_item(text)


def _bare_item(text: str) -> bool:
    """Whether a line may be a list item that lost its marker.

    Short, starting with a capital, a figure or an amount, not itself a
    label (``:``), a table row or a marked item (nor a marker alone on its
    line), and not breaking off mid-phrase (``,``, ``… of the``), which
    would be a hard-wrapped sentence.
    """
    if not text or len(text) > _MAX_BARE or "|" in text or text[-1] in ":,;":
        return False
    if not _opens_item_text(text) or match_marker(text):
        return False
    if text[0].isdigit() and match_bare_marker(text):
        return False  # "1)" alone: a marked item whose text is on the next line
    return text.rsplit(None, 1)[-1].lower() not in OPEN_WORDS


def _bare_list(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """Lines that lost their markers, right under a line that introduces them.

    ``The union listed three demands:`` over ``Restoration of the subsidy``,
    ``A 30% rise in the minimum wage`` …: each line up to the next blank line
    is an item, provided every one of them may be one (:func:`_bare_item`),
    or every one is a ``Term – description`` line (:func:`term_item`, under
    a label not in capitals, blank lines between them and it or not), and
    there are at least :data:`_MIN_BARE`. A sentence under two terms or more
    ends the list (the story going on), and so does, under two items or
    more, a line that may be no item or is page furniture (a live blog's
    next time stamp). Such lines would otherwise be read
    as headings or paragraphs.
    """
    if start_line == 0:
        return False
    above = start_line - 1
    intro = stripped_text(state, above)
    if not intro and above:
        above -= 1  # "Key demands:", a blank line, then terms
        intro = line_text(state, above).strip()
    if intro[:1] in "*_":
        intro = unemphasised(intro)  # "**Remaining fixtures:**"
    if not intro.endswith(":"):
        # Most lines: one look at the line above. A fact box and dated terms
        # under a label ("KEY DATES" over "1979 – Independence") are the
        # exceptions.
        dated = _dated_terms(state, start_line, end_line, intro)
        if dated:
            if not silent:
                _push_unmarked(state, start_line, dated, {})
            return True
        return above == start_line - 1 and _fact_box(
            state, start_line, end_line, silent
        )
    words = len(intro.split(None, 2))
    lines: list[int] = []
    ends: dict[int, int] = {}  # an item's last line, when it wraps onto more
    line = start_line
    bare = terms = True
    while line < end_line and (bare or terms):
        if is_blank(state, line):
            # Terms may stand apart, one a paragraph: "Subsidy – …", blank, "Wages – …".
            if not (terms and line + 1 < end_line and lines):
                break
            apart = line_text(state, line + 1).strip()
            if not term_item(apart) or apart.isupper():
                break  # "TRAVEL: ALLOW EXTRA TIME" after the terms heads what follows
            if _colon_term(apart) != _colon_term(line_text(state, lines[-1]).strip()):
                break  # "Red – take action", blank, "Travel: allow time"
            bare = False
            line += 1
        text = unbolded(line_text(state, line).strip())  # "**Winner:** Ana Ruiz"
        if terms and len(lines) >= _MIN_BARE and _sentence_after_terms(text):
            break  # "Employees: 6%", "Employers: 9%", then the story goes on
        still_bare = bare and _bare_item(text)
        still_terms = terms and term_item(text)
        if len(lines) >= _MIN_BARE and (
            not (still_bare or still_terms)
            # "Key dates" terms, then a heading (but a longer term goes on:
            # "Existing shares sold by the fund: 28.8 million")
            or (terms and not still_terms and not (still_bare and _colon_term(text)))
            # "Referee – Ana Ruiz", then "League: top five" over a table
            or (
                (terms or not _colon_term(text))
                and _colon_term(text)
                != _colon_term(unbolded(line_text(state, lines[-1]).strip()))
            )
            or classify(text) is not None
        ):
            break  # the items end where prose or a time stamp goes on
        bare, terms = still_bare, still_terms
        lines.append(line)
        line += 1
        if terms and (last := _wrapped_end(state, line - 1, end_line)) >= line:
            ends[line - 1] = last  # "Nov 10 – … redundancies;" / "  the union …"
            line = last + 1
    if not (bare or terms) or len(lines) < _MIN_BARE:
        return False
    if above < start_line - 1 and not terms:
        return False  # short lines apart from the label: not known to be items
    if _speaker_turns(state, lines):
        return False
    if words < _MIN_INTRO_WORDS and (
        (intro.isupper() and not (terms and words > 1))
        or not (terms or words > 1)
        or label_count(state, intro) > 1
    ):
        # "Key demands:", or "Demands:" over terms, "KEY DATES:" over terms;
        # not a speaker's label, which is in capitals ("MINISTER GARCÍA:")
        # over what was said, or comes back ("Ms Okafor:").
        return False
    if not silent:
        _push_unmarked(state, start_line, lines, ends)
    return True


# A date as a term: "1979 – …", "March 2021 – …", "14 May 2024 – …".
_DATED_TERM = regex.compile(
    r"(?:\d{1,2}\s+)?(?:\p{L}{3,9}\.?\s+)?(?:1[6-9]|20)\d\d\s*[–—-]\s+\S"
)
_MIN_DATED = 3
_MAX_DATES_LABEL = 4  # words of "KEY DATES", "Timeline", "The road to the vote"


def _dated_terms(
    state: StateBlock, start_line: int, end_line: int, intro: str
) -> list[int]:
    """The lines of dated ``Term – description`` items under a short label.

    ``KEY DATES`` (no colon) over ``1979 – Independence after a referendum``
    and at least two more such lines, up to a blank line: a timeline.
    """
    if (
        not intro
        or intro[-1] in ".!?,;"
        or len(intro.split()) > _MAX_DATES_LABEL
        or not intro[0].isupper()
    ):
        return []
    lines = []
    line = start_line
    while line < end_line and not is_blank(state, line):
        text = stripped_text(state, line)
        if _DATED_TERM.match(text) is None or not term_item(text):
            return []
        lines.append(line)
        line += 1
    return lines if len(lines) >= _MIN_DATED else []


def _wrapped_end(state: StateBlock, line: int, end_line: int) -> int:
    """The last line a ``Term – description`` item wraps onto (``line`` if none).

    The first such line goes on in lower case, so it cannot open an item of
    its own, indented under the item or, where the item breaks off
    mid-sentence, flush with it (``March 2017 – Partners submit the first``
    over ``plan for development …``); flush, it may go on with a capital
    where the item's line is full at the document's wrap width. The lines
    after it keep its indent, or, flush, go on until one ends a sentence or
    opens the next item.
    """
    under = line + 1
    if under >= end_line or is_blank(state, under):
        return line
    following = stripped_text(state, under)
    indent = indent_of(state, under)
    indented = indent > indent_of(state, line)
    if not indented and ends_sentence(stripped_text(state, line)):
        return line
    if not starts_lower(following) and (
        indented or term_item(following) or not wraps_at_width(state, line, end_line)
    ):
        return line  # a capital goes on only where the line is full at the width
    last = under
    while last + 1 < end_line and not is_blank(state, last + 1):
        text = stripped_text(state, last + 1)
        if indented:
            if indent_of(state, last + 1) != indent:
                break
        elif ends_sentence(stripped_text(state, last)) or term_item(text):
            break
        last += 1
    return last


_MIN_FACTS = 3
_MAX_FACT = 120  # characters of a "Term: value" line in a fact box


def _fact_box(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """``Term: value`` lines right under a heading: a fact box, one item a line.

    ``Key Facts`` over ``Deal value: about 2.3 billion crowns``, ``Payment:
    60% cash``, ``Expected completion: …``: at least :data:`_MIN_FACTS`
    short lines, each a term and a colon, straight under the heading (no
    blank line), named once each (no speaker's turns).
    """
    above = block_above(state, start_line)
    if above is None or above.type != "heading":
        return False
    lines: list[int] = []
    line = start_line
    while line < end_line and not is_blank(state, line):
        text = stripped_text(state, line)
        if len(text) > _MAX_FACT or not _fact(text):
            break
        lines.append(line)
        line += 1
    if len(lines) < _MIN_FACTS or _speaker_turns(state, lines):
        return False
    if not silent:
        _push_unmarked(state, start_line, lines)
    return True


def _fact(text: str) -> bool:
    """Whether a line is a fact box's ``Term: value`` (``Candidates on the ballot: 7``).

    A term of at most five words, opening as an item does, a colon, a value;
    the term may be in bold (``**Turnout:** 68.4%``). Not what someone said
    (``Union: "Our members kept the taps running."``): a quote is no value.
    """
    text = unbolded(text)
    return (
        _colon_term(text)
        and _opens_item_text(text)
        and _term_and_value(text, _MAX_TERM_WORDS)
        and text.split(":", 1)[1].lstrip()[:1] not in _QUOTE_MARKS
    )


_QUOTE_MARKS = "\"“‘'"


_TERM_JOINERS = frozenset({"and", "&", "or", "of"})


def _term_and_value(text: str, max_words: int) -> bool:
    """Whether a ``Term: value`` line's term has at most ``max_words`` and a value.

    The term ends without a sentence's mark (``Note, however: …`` is none).
    """
    colon = text.find(": ", 0, _MAX_TERM_COLON)
    term = text[:colon]
    # "Food and non-alcoholic drinks: 2.1%": the small words do not count.
    words = [w for w in term.split() if w.lower() not in _TERM_JOINERS]
    return (
        len(words) <= max_words
        and term[-1] not in ".,;!?"
        and bool(text[colon + 2 :].strip())
    )


def _push_unmarked(
    state: StateBlock,
    start_line: int,
    lines: list[int],
    ends: dict[int, int] | None = None,
) -> None:
    """Push a list whose items open on ``lines``, without markers.

    An item is one line, or runs on to its line in ``ends``.
    """
    ends = ends or {}
    items = []
    for number in lines:
        last = ends.get(number, number)
        content = content_range(state, state.bMarks[number], state.eMarks[last])
        items.append(RawItem(indent_of(state, number), False, content[0], content))
    token = state.push("list", "ul", 0)
    last = ends.get(lines[-1], lines[-1])
    token.map = [start_line, last + 1]
    token.meta = {"ordered": False, "items": items}
    state.line = last + 1


# "Step 1: Create an account", "STEP 2 – Upload the photo": a step and its text.
_STEP = regex.compile(
    r"[ \t]*step[ \t]+(\d{1,2})[ \t]*[:.–—-][ \t]+\S", regex.IGNORECASE
)


def _step_list(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """Numbered steps without markers, one a line: ``Step 1: …``, ``Step 2: …``.

    Two lines or more in a row, their numbers going up by one, are a list
    whose items keep their ``Step n`` (their term). A step with paragraphs
    of its own under it is a heading instead, so the lines must follow one
    another.
    """
    text = line_text(state, start_line)
    if text.lstrip(" \t")[:1] not in ("S", "s"):
        return False  # most lines: one look at the first letter
    first = _STEP.match(text)
    if first is None:
        return False
    number = int(first.group(1))
    lines = [start_line]
    while lines[-1] + 1 < end_line:
        step = _STEP.match(line_text(state, lines[-1] + 1))
        if step is None or int(step.group(1)) != number + len(lines):
            break
        lines.append(lines[-1] + 1)
    if len(lines) < _MIN_BARE:
        return False
    if not silent:
        _push_unmarked(state, start_line, lines)
    return True


def bare_list_at(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether the lines from ``line``, under a label, make a list without markers."""
    return _bare_list(state, line, end_line, True)


def unmarked_list_plugin(md: MarkdownIt) -> None:
    """Add lists without markers: lines under a label, fact boxes, numbered steps.

    Both rules run before the heading rule, which would take their lines.
    """
    md.block.ruler.before("news_heading", "news_bare_list", _bare_list)
    md.block.ruler.before("news_heading", "news_steps", _step_list)
