"""Block parse: bullet and numbered lists, nested by indentation."""

from __future__ import annotations

import unicodedata
from collections import Counter

import attrs
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
    next_content_line,
    opens_item,
    split_words,
    stripped_text,
    symbol_bullet,
)
from .names import unbolded, unemphasised
from .wrapping import continues, ends_sentence

_MIN_WRAPPED = 30  # characters; a shorter item line is finished, not wrapped
_FINISHED_END = ".!?…:;\"'”’)]"


def _wraps_onto(state: StateBlock, line: int) -> bool:
    """Whether the unmarked ``line`` carries on the item line above it.

    The line above must be long and unfinished: ending on a comma or on a
    word no phrase ends on (``… to $85.20 a`` / ``barrel, its highest…``),
    when the carried-on text may start with a figure or a name; or ending
    without punctuation over a line going on in lower case. A line above
    that merely lacks punctuation proves nothing otherwise: a heading may
    follow a list directly.
    """
    above = line_text(state, line - 1).rstrip()
    if len(above.strip()) < _MIN_WRAPPED or above[-1] in _FINISHED_END:
        return False
    if above[-1] == "," or above.rsplit(None, 1)[-1].lower() in OPEN_WORDS:
        return True
    # "- Applying twice, once for each adult" over "living at the same
    # address.": a line going on in lower case under one that does not end.
    return line_text(state, line).lstrip()[:1].islower()


@attrs.define
class RawItem:
    """One item as the block parser found it (offsets into the prepared text)."""

    indent: int
    """Columns before the marker."""
    ordered: bool
    """Whether the marker is a number."""
    start: int
    """Offset of the marker."""
    content: tuple[int, int]
    """Range of the item text, continuation lines included."""


def _item_at(
    state: StateBlock, line: int, end_line: int, extra: int = 0
) -> tuple[RawItem, int] | None:
    """Read the item starting at ``line``, and the last line it uses.

    A marker alone on its line takes the next line as its text, when that
    line is text and not another item; and the lines after it too, up to
    the next marker alone on its line (``•`` / ``26/01476/FUL – Unit 4`` /
    ``Change of use to gym`` / ``•``), or, where none follows, as many as
    ``extra`` (the most its siblings took), up to a blank line.
    """
    text = line_text(state, line)
    begin = state.bMarks[line]
    marker = match_marker(text)
    if marker is not None:
        content = content_range(state, begin + marker[1], state.eMarks[line])
        item = RawItem(indent_of(state, line), marker[2], begin + marker[0], content)
        return item, line
    bare = match_bare_marker(text)
    if bare is None:
        if symbol_bullet(text) is None:
            return None
        # "✅ Off-peak fares frozen": the symbol stays in the item's text (a
        # tick and a cross say different things).
        start = begin + len(text) - len(text.lstrip(" \t"))
        content = content_range(state, start, state.eMarks[line])
        return RawItem(indent_of(state, line), False, start, content), line
    if line + 1 >= end_line or is_blank(state, line + 1):
        return None
    following = line_text(state, line + 1)
    if match_marker(following) is not None or match_bare_marker(following):
        return None
    last = _lone_item_end(state, line + 1, end_line, extra)
    content = content_range(state, state.bMarks[line + 1], state.eMarks[last])
    ordered = bare.group("marker")[0].isdigit()
    start = begin + bare.start("marker")
    item = RawItem(indent_of(state, line), ordered, start, content)
    return item, last


_MAX_LONE_LINES = 4  # lines after its first that a lone marker's item may take


def _lone_item_end(state: StateBlock, first: int, end_line: int, extra: int) -> int:
    """The last line of the text a lone marker's item takes (see :func:`_item_at`)."""
    after = first + 1
    while (
        after < end_line
        and after - first <= _MAX_LONE_LINES
        and not is_blank(state, after)
        and not opens_item(line_text(state, after))
    ):
        after += 1
    if after < end_line and match_bare_marker(line_text(state, after)):
        return after - 1  # the next lone marker starts the next item
    return min(after - 1, first + extra)


def number_of(state: StateBlock, start: int) -> int | None:
    """The number of the ordered marker at offset ``start`` (``12`` of ``12.``)."""
    digits = state.src[start : start + 3]
    end = 0
    while end < len(digits) and digits[end].isdigit():
        end += 1
    return int(digits[:end]) if end else None


SECTION_NUMBER = "news_section_number"
"""The ``env`` key of the number of the last numbered heading (``2. Background``)."""


def starts_afresh(
    state: StateBlock, items: list[RawItem], start: int, apart: bool
) -> bool:
    """Whether a numbered line at offset ``start`` is no item of the list ``items``.

    It is not after bullets, nor when its number does not follow the list's
    last one (``2. Rival Claims`` after items numbered 1 to 3; a list numbered
    ``1.`` throughout may repeat its number). Set ``apart`` (by a blank line,
    from a list with none between its items), it is not either when it is
    the next of the article's numbered section headings (``3. Rival Claims``
    after the heading ``2. Background`` and a list numbered 1 and 2).
    """
    number = number_of(state, start)
    if number is None:
        return False
    base = [i for i in items if i.indent == items[0].indent]
    if not base[-1].ordered:
        return True
    numbers = [number_of(state, i.start) for i in base]
    last = numbers[-1]
    if last is None or number == last + 1:
        section = state.env.get(SECTION_NUMBER)
        return apart and section is not None and number == int(section) + 1
    return number != last or len(set(numbers)) > 1


def restarts_after_list(state: StateBlock, line: int, start: int) -> bool:
    """Whether a numbered ``line`` (marker at ``start``) starts afresh after a list.

    The list is the block just before it.
    """
    if not state.tokens or state.tokens[-1].type != "list":
        return False
    token = state.tokens[-1]
    items: list[RawItem] = token.meta["items"]
    if not items or token.map is None:
        return False
    first, end = token.map
    tight = not any(is_blank(state, n) for n in range(first, end))
    apart = tight and end < line
    return starts_afresh(state, items, start, apart)


def _list(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    first = _item_at(state, start_line, end_line)
    if first is None:
        return False
    if first[0].start == first[0].content[0] and not _symbol_list(
        state, start_line, end_line
    ):
        return False
    if silent:
        return True
    ordered = first[0].ordered
    symbol = symbol_bullet(line_text(state, start_line))
    base_indent = first[0].indent
    items: list[RawItem] = []
    line = start_line
    last = start_line
    wrapped = False  # whether the line before was joined to the item by a wrap
    blanks = 0  # blank runs between items so far
    extra = 0  # the most lines a lone marker's item took after its first
    sub_run = False  # bullets flush left under a numbered item are its own
    while line < end_line:
        if is_blank(state, line):
            # A blank line ends the list unless another item follows it.
            after = next_content_line(state, line, end_line)
            if after is None:
                break
            if _item_at(state, after, end_line) is None:
                if not (items and _item_paragraph(state, items[-1], after)):
                    break
                blanks += 1  # "• Quota volumes", blank, "  The Council wants …"
                line = after
                continue
            if symbol is not None and symbol_bullet(line_text(state, after)) != symbol:
                break  # "✅ …" items, a blank line, then "🔹 …" items: two lists
            blanks += 1
            line = after
            continue
        # The first item was read above: it is not read again.
        found = first if line == start_line else _item_at(state, line, end_line, extra)
        if (
            found is not None
            and symbol is None
            and not _symbol_list(state, line, end_line)
        ):
            found = None  # "★★★★ A widow…" under an item describes it
        indent = indent_of(state, line)
        if found is not None:
            item, used = found
            if (
                ordered
                and not item.ordered
                and symbol is None
                and indent <= base_indent
                and (sub_run or _sub_items(state, items, line, end_line))
            ):
                # "4. … including:" over "- …" lines flush left, then "5.":
                # the bullets are item 4's own.
                item.indent = base_indent + 1
                sub_run = True
            elif indent <= base_indent and (
                item.ordered != ordered
                or (symbol is None) != (symbol_bullet(line_text(state, line)) is None)
            ):
                break  # bullets after numbers, or symbols (or back): a new list
            else:
                sub_run = False
            if (
                ordered
                and items
                and indent <= base_indent
                and used == line
                and _stands_alone(state, line, end_line)
                and starts_afresh(
                    state,
                    items,
                    item.start,
                    apart=blanks == 1 and is_blank(state, line - 1),
                )
            ):
                break  # "2. Rival Claims" over prose, after items numbered 1 to 3
            items.append(item)
            if used > line + 1:  # a lone marker's item over several lines
                extra = max(extra, used - line - 1)
            last = line = used
            wrapped = False
        elif items and (
            indent > items[-1].indent
            or (
                not _new_sentence_flush(state, line)
                and not _over_table(state, line, end_line)
                and (
                    continues(state, line - 1, end_line, joined=wrapped)
                    or (not wrapped and _wraps_onto(state, line))
                )
            )
        ):
            # An indented line under an item, or a hard-wrapped one, continues it.
            end = content_range(state, state.bMarks[line], state.eMarks[line])[1]
            items[-1].content = (items[-1].content[0], end)
            wrapped = indent <= items[-1].indent
            last = line
        else:
            break
        line += 1
    token = state.push("list", "ul", 0)
    token.map = [start_line, last + 1]
    token.meta = {"ordered": ordered, "items": items}
    state.line = last + 1
    return True


_MAX_SUB_ITEMS = 12


def _sub_items(
    state: StateBlock, items: list[RawItem], line: int, end_line: int
) -> bool:
    """Whether bullets from ``line`` belong to the numbered item above them.

    The item leads into them (its text ends in ``:``) and the numbering goes
    on right after them: chat assistants write a numbered list's sub-items
    flush left.
    """
    if not items or not state.src[slice(*items[-1].content)].rstrip().endswith(":"):
        return False
    for below in range(line, min(end_line, line + _MAX_SUB_ITEMS)):
        text = line_text(state, below)
        marker = match_marker(text)
        if marker is None:
            bare = match_bare_marker(text)
            return bare is not None and bare.group().strip()[:1].isdigit()
        if marker[2]:
            return True  # "5. Meet twice a year" after the bullets
    return False


def _item_paragraph(state: StateBlock, item: RawItem, line: int) -> bool:
    """Whether ``line``, after a blank line, is a paragraph of ``item``'s own.

    In a loose list an item may hold paragraphs set apart by blank lines,
    indented to its text (``• Quota volumes``, blank, ``  The Council wants
    …``), as Markdown writes them; a line indented otherwise is not the
    item's (a paragraph opening with an indent after the list).
    """
    text = item.content[0]
    text_column = text - (state.src.rfind("\n", 0, text) + 1)
    indent = int(state.tShift[line])
    return item.indent < text_column <= indent <= text_column + 1


def _new_sentence_flush(state: StateBlock, line: int) -> bool:
    """Whether an unindented line opens a sentence after an item that ends one.

    ``- it did not compare the spray with injections.`` over ``Regulators
    are expected to review …``: in text wrapped without blank lines the
    story goes on after the list; an item's own next sentence would be
    indented under it.
    """
    return ends_sentence(line_text(state, line - 1).rstrip()) and (
        line_text(state, line).lstrip()[:1].isupper()
    )


def _over_table(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether an unindented line names the table right under it.

    ``Polling at a Glance`` over ``Pollster | Fieldwork | Yes``, after the
    last item: the table's heading, not the item going on.
    """
    if line + 1 >= end_line:
        return False
    text = line_text(state, line)
    return "|" not in text and line_text(state, line + 1).count("|") >= 2


def _symbol_list(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether an item opened by a label or a symbol has a sibling after it.

    An item's label (``(a)``) makes it one on its own; a symbol (``✅``) needs
    the next line to open with a symbol as well, or, past blank lines, with
    the same symbol: one line opened by an emoji is a paragraph, or a
    heading (:mod:`.headings`), or describes the item above it.
    """
    symbol = symbol_bullet(line_text(state, line))
    if symbol is None:
        return True
    following = next_content_line(state, line, end_line)
    if following is None:
        return False
    below = symbol_bullet(line_text(state, following))
    if following == line + 1:
        return below is not None
    return below == symbol  # items apart: the same symbol opens the next one


def _stands_alone(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether the line after ``line`` (blank lines skipped) is text, no item."""
    after = next_content_line(state, line, end_line)
    return after is not None and _item_at(state, after, end_line) is None


_MAX_BARE = 80  # characters; a longer line is prose, not an item without a marker
_MIN_BARE = 2  # lines; one line under a label is a paragraph
_MIN_INTRO_WORDS = 3  # "Key races to watch:", not a speaker's "MINISTER:"
_MAX_TERM_ITEM = 300  # characters of a "Term – description" line
_MAX_TERM_WORDS = 5
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
            return (
                0 < len(term.split()) <= _MAX_TERM_WORDS
                and term[-1] not in ".,;:!?"
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
    for line in lines:
        text = line_text(state, line).strip()
        colon = text.find(": ", 0, _MAX_TERM_COLON)
        if colon == 1 or (colon > 0 and text[-1] == "?"):
            return True
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
        # Most lines: one look at the line above. A fact box is the exception.
        return above == start_line - 1 and _fact_box(
            state, start_line, end_line, silent
        )
    words = len(intro.split(None, 2))
    lines: list[int] = []
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
            not (still_bare or still_terms) or classify(text) is not None
        ):
            break  # the items end where prose or a time stamp goes on
        bare, terms = still_bare, still_terms
        lines.append(line)
        line += 1
    if not (bare or terms) or len(lines) < _MIN_BARE:
        return False
    if above < start_line - 1 and not terms:
        return False  # short lines apart from the label: not known to be items
    if _speaker_turns(state, lines):
        return False
    if words < _MIN_INTRO_WORDS and (
        intro.isupper() or not (terms or words > 1) or label_count(state, intro) > 1
    ):
        # "Key demands:", or "Demands:" over terms; not a speaker's label,
        # which is in capitals ("MINISTER GARCÍA:") or comes back ("Ms Okafor:").
        return False
    if not silent:
        _push_unmarked(state, start_line, lines)
    return True


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
    the term may be in bold (``**Turnout:** 68.4%``).
    """
    text = unbolded(text)
    return (
        _colon_term(text)
        and _opens_item_text(text)
        and _term_and_value(text, _MAX_TERM_WORDS)
    )


def _term_and_value(text: str, max_words: int) -> bool:
    """Whether a ``Term: value`` line's term has at most ``max_words`` and a value.

    The term ends without a sentence's mark (``Note, however: …`` is none).
    """
    colon = text.find(": ", 0, _MAX_TERM_COLON)
    term = text[:colon]
    return (
        len(term.split()) <= max_words
        and term[-1] not in ".,;!?"
        and bool(text[colon + 2 :].strip())
    )


def _push_unmarked(state: StateBlock, start_line: int, lines: list[int]) -> None:
    """Push a list whose items are ``lines``, one a line, without markers."""
    items = []
    for number in lines:
        content = content_range(state, state.bMarks[number], state.eMarks[number])
        items.append(RawItem(indent_of(state, number), False, content[0], content))
    token = state.push("list", "ul", 0)
    token.map = [start_line, lines[-1] + 1]
    token.meta = {"ordered": False, "items": items}
    state.line = lines[-1] + 1


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


def list_plugin(md: MarkdownIt) -> None:
    """Add news lists: markers ``-`` ``*`` ``+`` ``•`` ``–`` ``▸`` ``1.`` ``1)``.

    Items nest by indentation; an indented line without a marker continues
    the item above it, as does a hard-wrapped one; a marker alone on its line
    takes its text from the next line; blank lines between items do not end
    the list. Lines that lost their markers, under a line ending in ``:``,
    are a list too, and so are numbered steps (``Step 1: …``), one a line
    (both before the heading rule, which would take them).
    """
    md.block.ruler.before("paragraph", "news_list", _list)
    md.block.ruler.before("news_heading", "news_bare_list", _bare_list)
    md.block.ruler.before("news_heading", "news_steps", _step_list)
