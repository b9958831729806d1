"""Block parse: how far a line of furniture reaches down the lines under it.

A label that introduces a run (``Read more:``, ``Tags:``, ``Media
contact:``) takes the short lines under it, up to a blank line or a line of
other furniture, and a table of contents stops before a line that repeats
one of its entries (:func:`run_end`); a menu's label takes its links, one a
line (:func:`items_end`); a bare date label takes the date under it, a
footnote the footnotes after it, a bracketed wire credit the lines up to
its closing bracket, and a note hard-wrapped mid-sentence the lines that
end its sentence. Each ``…_end`` function returns the last line of the
block :mod:`.boilerplate` emits (the line itself when nothing goes with it).
"""

from __future__ import annotations

import regex
from markdown_it.rules_block import StateBlock

from .furniture import NETWORKS, classify, furniture_sentences
from .lines import (
    OPEN_WORDS,
    is_blank,
    line_text,
    match_marker,
    split_words,
    stripped_text,
)
from .names import name_line

__all__ = [
    "FOOTNOTE",
    "MENU_LABEL",
    "briefs_under",
    "contacts_end",
    "date_under",
    "footnotes_end",
    "items_end",
    "link_item",
    "mid_sentence",
    "opens_bracketed_credit",
    "opens_run",
    "run_end",
    "sentence_end",
    "wrapped_credit_end",
    "wrapped_footer_end",
]

_INTRODUCERS = frozenset(
    {"related", "tags", "contact", "references", "navigation", "share"}
)
# A reference entry: "[1] …", "1. …", "- …", "^ …", or a line with a link or year.
_ENTRY = regex.compile(
    r"\s*(?:\[\d{1,3}\]|\^|\d{1,3}[.)]|[-*•–]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s"
    r"|.*(?:https?://|www\.|\b(?:19|20)\d\d\b)"
)
_MARKED_NOTE = regex.compile(r"\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\*{1,3}|\(\d{1,2}\))\s*\S")
_MAX_RUN = 15  # lines an introducer may take under it
_MAX_RUN_WORDS = 20
_MAX_TOC_WORDS = 10
_TOC_LABEL = regex.compile(
    r"(?:(?:table of )?contents|in this (?:article|story|guide|page)"
    r"|jump to(?: section)?|on this page|key events)\s*:?",
    regex.IGNORECASE,
)


def run_end(state: StateBlock, line: int, end_line: int, kind: str) -> int:
    """The last line of the run an introducer line opens (itself if none).

    The run takes short lines (reference entries may be long) up to a blank
    line or a line of another kind of boilerplate. A table of contents ends
    before a line that repeats one of its entries: the first section's
    heading, right under it.
    """
    references = kind == "references"
    # "Notes" over the notes on a page's figures, each a short sentence
    notes = references and line_text(state, line).strip().rstrip(":").lower() in (
        "notes",
        "note",
    )
    max_words = _MAX_RUN_WORDS * (3 if references else 1)
    if kind == "navigation":
        max_words = _MAX_TOC_WORDS  # a table of contents: short entries
    last = line
    if kind == "share":  # "Share this article" over "Facebook", "X", "Email"
        while (
            last + 1 < end_line
            and last + 1 - line <= _MAX_RUN
            and line_text(state, last + 1).strip().rstrip(":").lower() in NETWORKS
        ):
            last += 1
        return last
    entries: set[str] = set()
    marked = None  # whether the entries open with a marker ("• Metro to open …")
    while (
        last + 1 < end_line
        and last + 1 - line <= _MAX_RUN
        and not is_blank(state, last + 1)
        and len(split_words(line_text(state, last + 1))) <= max_words
        and (
            _in_run(classify(line_text(state, last + 1).strip()), kind)
            # a note of its own under "Notes": "¹ Figures for 2023 are provisional."
            or (notes and _MARKED_NOTE.match(line_text(state, last + 1)) is not None)
        )
        and (
            not references
            or _reference_entry(line_text(state, last + 1))
            or (notes and _short_note(line_text(state, last + 1)))
            # an entry's indented lines: "    measured sleep in adolescents.",
            # or the rest of an entry broken off mid-sentence: "[2] Regional
            # Law Report, Residents v Harlow" over "Freight Ltd, judgment."
            or (last > line and line_text(state, last + 1)[:1] in " \t")
            or (
                last > line
                and line_text(state, last).rstrip()[-1:] not in ".!?:"
                and not _ENTRY.match(line_text(state, last + 1))
            )
        )
        and not (kind == "navigation" and _ends_toc(state, last + 1, entries))
        # "Read more" links, then "Most read" over its own: a run of its own
        and not (kind == "related" and _new_label(line_text(state, last + 1)))
    ):
        following = line_text(state, last + 1)
        has_marker = match_marker(following) is not None
        if marked is None:
            marked = has_marker
        elif marked and not has_marker and not _continues_entry(state, last, following):
            break  # the story goes on under the marked links
        last += 1
    return last


def _continues_entry(state: StateBlock, last: int, following: str) -> bool:
    """Whether an unmarked line goes on the marked link above it.

    Indented under it, after a line that stops mid-sentence or as its web
    address: ``• Why your council tax bill is really three bills`` over
    ``  (www.example/tax)``.
    """
    return following[:1] in " \t" and (
        line_text(state, last).rstrip()[-1:] not in ".!?"
        or _ADDRESS.match(following) is not None
    )


_ADDRESS = regex.compile(r"\s+\(?(?:https?://|www\.)\S+$")


def briefs_under(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether a label of related links stands over news briefs instead.

    A digest's label (``TOP STORIES``, ``Latest news``) heads its stories
    in any form, unless they are links.

    A link's headline stops without a full stop; a brief is a sentence or
    more: ``TOP STORIES`` over ``▸ Dockworkers at three ports will hold a
    stoppage on`` / ``  Friday after pay talks broke down.`` is a heading
    over a list of stories, not a list of links.
    """
    first = line + 1
    if first < end_line and is_blank(state, first):
        first += 1  # (a blank line between: the label alone is a heading too)
    if first >= end_line or is_blank(state, first):
        return False
    if _DIGEST_LABEL.fullmatch(stripped_text(state, line)):
        # A digest's own label heads its stories, whatever their form,
        # unless links follow it ("## Latest news" over "- [Report](…)").
        following = line_text(state, first)
        return "](" not in following and "://" not in following
    marker = match_marker(line_text(state, first))
    if marker is None:
        return False
    last = first
    while (
        last + 1 < end_line
        and not is_blank(state, last + 1)
        and match_marker(line_text(state, last + 1)) is None
        and line_text(state, last + 1)[:1] in " \t"
    ):
        last += 1
    entry = " ".join(
        line_text(state, i)[marker[1] :].strip()
        if i == first
        else stripped_text(state, i)
        for i in range(first, last + 1)
    )
    return (
        len(split_words(entry)) >= _MIN_BRIEF_WORDS
        and _BRIEF_END.search(entry) is not None
        and "://" not in entry
        and "www." not in entry
    )


_MIN_BRIEF_WORDS = 8
# The label a digest puts over its own stories: "TOP STORIES", "## Latest news".
_DIGEST_LABEL = regex.compile(
    r"(?:#{1,6}\s+)?[*_]{0,2}(?i:top stories|latest (?:news|stories)"
    r"|editor[’']?s[’']? picks?)\s*:?[*_]{0,2}"
)
# A sentence's end, at the end of the entry or inside it ("… for a week. 540
# words. Moved. (P)"); not a question, which a link's headline may be
# ("Rainfall tracker: how wet has it been where you live?").
_BRIEF_END = regex.compile(r"[\p{Ll}\d%][.!][\"'”’)]?(?:\s|$)")


_MAX_PLAIN_SOURCE = 12  # words of a source named without a marker or a year


_MAX_NOTE_WORDS = 25
_NOTE_NUMBER = regex.compile(r"^\(\d{1,2}\)\s+")  # "(2) Percentages are …"


def _short_note(text: str) -> bool:
    """Whether a line under ``Notes`` is a note: one short sentence.

    ``Figures for the most recent week are provisional.`` (not a paragraph
    of the story going on, which is longer), perhaps after its number:
    ``(2) Percentages are calculated from unrounded figures.``
    """
    entry = text.strip()
    if entry[:1] == "(":
        entry = _NOTE_NUMBER.sub("", entry, count=1)
    return (
        entry[:1].isupper()
        and entry[-1:] == "."
        and len(split_words(entry)) <= _MAX_NOTE_WORDS
    )


def _reference_entry(text: str) -> bool:
    """Whether a line under ``Sources:`` or ``References`` is one of its entries.

    It has a marker, a link or a year (``[1] …``, ``… 2025``), or names a
    source in a few words without ending a sentence (``Delvaria Civil
    Aviation Authority, overflight fee notice``).
    """
    if _ENTRY.match(text):
        return True
    entry = text.strip()
    if entry.startswith(("http://", "https://", "www.")):
        return True  # a source's address alone
    return (
        entry[:1].isupper()
        and entry[-1] not in ".!?:"
        and len(split_words(entry)) <= _MAX_PLAIN_SOURCE
        # (not a sentence and the start of the next: "Content generated by an
        # automated service. Report an" over "error: errors@news.example")
        and _SENTENCE_INSIDE.search(entry) is None
    )


_SENTENCE_INSIDE = regex.compile(r"\p{Ll}{2}[.!?] \p{Lu}")


def _ends_toc(state: StateBlock, line: int, entries: set[str]) -> bool:
    """Whether a line under a table of contents is no entry of it (and note it).

    A sentence is none, nor a line that repeats an entry: the contents list
    each section once. A question is an entry when numbered (``3. Who
    Controls the Supply?``) or when it heads a section further down (the
    first section's question right under the label is no entry).
    """
    entry = line_text(state, line).strip()
    if entry.endswith((".", "!")) or entry in entries:
        return True
    if (
        entry.endswith("?")
        and match_marker(entry) is None
        and state.src.find(f"\n{entry}\n", state.eMarks[line]) < 0
    ):
        return True
    entries.add(entry)
    return False


def date_under(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether the line under a bare date label (``Published``) is its date."""
    return (
        line + 1 < end_line
        and not is_blank(state, line + 1)
        and classify(line_text(state, line + 1).strip()) == "date"
    )


def contacts_end(state: StateBlock, line: int, end_line: int) -> int:
    """The last of the contact lines from ``line`` on, up to a blank line.

    ``Media contact: Press Office`` over ``Telephone: …`` and ``Email: …``:
    the contact lines under one another are one unit. Under a bare label
    (``Contact details for this bulletin``), the first may be a name.
    """
    last = line
    if (
        line + 2 < end_line
        and ": " not in line_text(state, line)
        and not is_blank(state, line + 1)
        and name_line(line_text(state, line + 1).strip())
        and _channel(line_text(state, line + 2).strip())
    ):
        last += 1  # "Contact details" over "Priya Dunmore" over "Tel: …"
    while (
        last + 1 < end_line
        and last + 1 - line <= _MAX_RUN
        and not is_blank(state, last + 1)
        and _channel(line_text(state, last + 1).strip())
    ):
        last += 1
    return last


# How to reach a contact: "Tel: …", "Email: …" (not "Investor relations: …").
_CHANNEL = regex.compile(
    r"\**(?:tel(?:ephone)?|phone|mobile|mob|fax|e-?mail|web(?:site)?|out of hours"
    r"|press office|switchboard)\b",
    regex.IGNORECASE,
)


def _channel(text: str) -> bool:
    """Whether a contact line under another gives a way to reach the same one.

    A number or an address alone does, and a line labelled with a channel
    (``Tel: …``); a line with a label of its own names another contact.
    """
    if classify(text) != "contact":
        return False
    colon = text.find(":")
    return colon < 0 or colon > _MAX_CHANNEL or _CHANNEL.match(text) is not None


_MAX_CHANNEL = 24  # characters of a contact line's label


def _new_label(text: str) -> bool:
    """Whether a line under related links labels links of its own (``Most read``)."""
    text = text.strip()
    if "/" in text or "." in text:
        return False  # a link's address: "www.example/transport/night-bus"
    return classify(text) == "related" and opens_run(text, "related")


def _in_run(found: str | None, kind: str) -> bool:
    """Whether a line of kind ``found`` goes on a run of ``kind``.

    Lines that are not boilerplate do; so do the dates under the headlines
    of a list of related links (``Published`` / ``3 days ago``) and the
    headlines of its galleries and maps (``Photos: the view from …``), web
    addresses under ``Read more:`` or ``Sources:``, and a contact's name and
    address under its label (``Press office``, ``jo.king@example.com``).
    """
    return (
        found is None
        # (a gallery's or a map's headline: "Map: where the fire is burning")
        or (
            kind == "related"
            and found in ("date", "reading_time", "related", "caption")
        )
        or (kind in ("source", "references") and found == "related")
        # "jo@example.com", and the name over it: "Press office"
        or (kind == "contact" and found in ("contact", "byline"))
    )


def opens_run(text: str, kind: str) -> bool:
    """Whether a line is a bare label (``Read more:``, ``Related Topics``).

    Of navigation, only a table of contents opens a run; a breadcrumb
    (``Home > World``) stands alone, and so does a tag of the page itself
    (``Live``, ``Exclusive``). A bare label has at most three words
    (five for related links) or ends in a colon.
    """
    if kind == "navigation" and not _TOC_LABEL.fullmatch(text):
        return False
    if text[:2] == "* ":
        return False  # a footnote, "* Estimated.", labels nothing under it
    if kind == "tags" and text.rstrip(":").lower() in _TAG_WORDS:
        return False  # "Live" over the headline labels the page, not a list;
        # "Pinned" over a post labels the post
    words = _MAX_RELATED_LABEL if kind == "related" else _MAX_LABEL_WORDS
    bare = text.endswith(":") or (len(split_words(text)) <= words and ":" not in text)
    # (not the tags themselves, side by side: "Health · Analysis")
    return kind in _INTRODUCERS and bare and "|" not in text and " · " not in text


_MAX_LABEL_WORDS = 3
_TAG_WORDS = frozenset(
    {"live", "breaking", "breaking news", "exclusive", "opinion", "pinned"}
    | {"pinned post"}
)
_MAX_RELATED_LABEL = 5  # "More on this story", "Explore more on these topics"


# A footnote at the foot of the story: "[1] UN OCHA, Situation report, 2025."
# A footnote's mark: "[1] …", or Markdown's "[^1]: …".
FOOTNOTE = regex.compile(r"\[(?:\d{1,3}|\^\w{1,10})\]:?[ \t]+\S")


def footnotes_end(state: StateBlock, line: int, end_line: int, marks: str = "") -> int:
    """The last line of a run of footnotes, blank lines between them or not.

    A footnote opens with ``[1]`` (or one of ``marks``: ``¹``, ``†``); an
    indented line going on in lower case under one carries it on (``¹
    Punctuality is … at their`` / ``  final destination …``), and so does
    one right under it, in lower case, when the footnote breaks off
    (``[1] … Figures have been`` / ``rounded to the nearest point.``).
    """
    last = line
    following = line + 1
    while following < end_line:
        if is_blank(state, following):
            following += 1
            continue
        text = line_text(state, following)
        entry = text.lstrip()
        if not (
            FOOTNOTE.match(entry)
            or (marks and entry[:1] in marks)
            or (text[:1] in " \t" and entry[:1].islower())
            or (
                following == last + 1
                and entry[:1].islower()
                and line_text(state, last).rstrip()[-1:] not in ".!?"
            )
        ):
            break
        last = following
        following += 1
    return last


# A menu's label over its items, one a line: "Menu" over "Home", "News", "Sport".
MENU_LABEL = regex.compile(r"(?:main |site )?(?:menu|navigation)", regex.IGNORECASE)
_MAX_ITEM_WORDS = 4
_NOT_ITEM = frozenset(".,;:!?>»›|/")


def link_item(text: str) -> bool:
    """Whether a line may be one link of a menu or a footer (``Privacy policy``).

    A few words, a capital or a figure first, no mark at its end or
    between sections (a breadcrumb stands alone).
    """
    return (
        len(text.split(None, _MAX_ITEM_WORDS)) <= _MAX_ITEM_WORDS
        and text[0].isupper()
        and text[-1] not in _NOT_ITEM
        and not any(mark in text for mark in ">»›|/")
    )


def items_end(state: StateBlock, line: int, end_line: int, *, menu: bool) -> int:
    """The last line of a run of links, one a line, that a line opens.

    Under a menu's label (``Menu``), every short link line up to a blank
    line is an item (``Home``, ``News``, ``Sport``). Elsewhere, links side
    by side on lines of their own (``About us`` / ``Contact`` / ``Privacy
    policy``) are one block up to the last line that is navigation itself,
    three lines at least: a short line between two of them is a link too,
    one after the last is not (``Home`` over a short title). The run stands
    apart: a blank line, more furniture or the end follows it; lines that
    run on into the headline (``Menu`` / ``Search`` / ``News`` over the
    title) stay pieces of their own.
    """
    last = line
    following = line + 1
    while following < end_line and following - line <= _MAX_RUN:
        below = line_text(state, following).strip()
        if not below or not link_item(below):
            break
        found = classify(below)
        if found == "navigation":
            last = following
        elif found is not None:
            break
        elif menu:
            last = following
        following += 1
    if not menu and last - line + 1 < _MIN_LINKS:
        return line  # "Key events" over "Show key events only": two controls
    after = last + 1
    if (
        after < end_line
        and not is_blank(state, after)
        and classify(line_text(state, after).strip()) is None
    ):
        return line  # no menu: its items stand apart from the content below
    return last


_MIN_LINKS = 3


_MAX_CREDIT_LINES = 3


def wrapped_credit_end(state: StateBlock, line: int, end_line: int, text: str) -> int:
    """The last line of a bracketed wire credit wrapped over lines (itself if none).

    ``(Reporting by Ana Ruiz in Lagos;`` over ``Editing by Tom Hale)``: the
    lines up to the one that closes the bracket, when together they are a
    byline; and a wire's note on what changed, ``(Corrects name of judge
    in paragraph 3 to Elna Strand,`` over ``not Elna Strom)``.
    """
    if not opens_bracketed_credit(text):
        return line  # most lines in brackets: one prefix test
    joined = text
    following = line + 1
    while following < end_line and following - line < _MAX_CREDIT_LINES:
        below = line_text(state, following).strip()
        if not below or "(" in below:
            break
        joined += " " + below
        if ")" in below:
            return following if classify(joined) in ("byline", "notice") else line
        following += 1
    return line


def opens_bracketed_credit(text: str) -> bool:
    """Whether a line opens a wire's credit or change note in brackets.

    ``(Reporting by Ana Ruiz;``, ``(Corrects name of judge``: one prefix test.
    """
    return text[:1] == "(" and text.lower().startswith(
        _CREDIT_OPENINGS + _CHANGE_OPENINGS
    )


_CHANGE_OPENINGS = ("(adds", "(corrects", "(updates", "(recasts", "(changes")
_CREDIT_OPENINGS = (
    "(reporting",
    "(additional reporting",
    "(writing",
    "(editing",
    "(compiled",
    "(research",
    "(by ",
)


_MAX_NOTE_WRAP = 3  # lines a note may wrap onto


_MIN_WRAPPED_WORDS = 6  # a shorter note ("Advertisement") is a label, not prose
# Words no sentence ends on: function words, and verbs waiting for their
# object ("This material may not" over "be published …").
_NOTE_OPEN_END = OPEN_WORDS | frozenset(
    """not be is are was were will would can could may might must shall should
    has have had does do did""".split()  # noqa: SIM905
)


def mid_sentence(text: str, following: str = "") -> bool:
    """Whether a stripped note breaks off mid-sentence.

    It ends on a comma, a semicolon or on a word no sentence ends on (``… or write to
    the``, ``… may not``), or without punctuation over a line ``following``
    going on in lower case (``… this story misstated`` over ``the board
    vote.``), and is a run of prose, not a short label (``Check against
    delivery``); a promotion ending on a noun (``Sponsored: Compare savings
    rates in one place``) is whole.
    """
    words = len(text.split(None, _MIN_WRAPPED_WORDS))
    if text[-1].isalnum() and following[:1].islower():
        return words > _MIN_GOING_ON_WORDS
    return words > _MIN_WRAPPED_WORDS and (
        text[-1] in ",;" or text.rsplit(None, 1)[-1] in _NOTE_OPEN_END
    )


_MIN_GOING_ON_WORDS = 3  # "Forward-looking statements: This release contains"


def sentence_end(
    state: StateBlock, line: int, end_line: int, kind: str | None = None
) -> int:
    """The line that ends the sentence a note breaks off (itself if none).

    A prompt or a notice hard-wrapped like the story (``Spotted an error?
    Email … or write to the`` over ``Readers' Editor, 4 Mill Lane.``) is one
    block: it takes the next lines, up to two, up to the one that ends the
    sentence (or ends on a web address, or stands over a blank line or the
    end), through no other furniture than more of its ``kind`` (``…
    additional reporting by Jo Hale in`` over ``Selvik; editing by Ana
    Ruiz``). If none does, the note is the line alone.
    """
    following = line + 1
    while following < end_line and following - line <= _MAX_NOTE_WRAP:
        text = line_text(state, following).strip()
        if not text:
            break
        if _ADDRESS_END.search(text):
            return following  # an address: "… at x.example/prefs", "a@b.org"
        if ". " in text and classify(text.rsplit(". ", 1)[1]) == "navigation":
            return following  # "… updates. Unsubscribe | Update your preferences"
        if classify(text) not in (None, kind, "contact"):
            break  # (the address it ends on may read as a contact of its own)
        if text.rstrip("*_")[-1:] in (".", "!", "?") or kind == "byline":
            return following  # the sentence's end (and its italics': "… endorsement.*")
        if kind == "caption" and text[-1] == ")":
            return following  # "… on" over "Thursday. (Harbour Pictures/Ola Brandt)"
        if following + 1 >= end_line or is_blank(state, following + 1):
            return following  # "… 15 November;" over "$/bushel except soymeal", blank
        following += 1
    return line


# A web or e-mail address ending a line: "… preferences at dale.example/prefs",
# "desk@wire.example".
_ADDRESS_END = regex.compile(r"(?:^|\s)(?:[\w.+-]+@)?[\w.-]+\.[a-z]{2,}(?:/\S*)?$")


# What a footer's sentences hold; a paragraph without any is not read further.
_FOOTER_WORDS = ("receiv", "subscri", "registered", "©", "rights reserved", "imprint")
_MAX_FOOTER_LINES = 8
_MAX_FOOTER_SENTENCES = 6


def wrapped_footer_end(
    state: StateBlock, line: int, end_line: int
) -> tuple[str, int] | None:
    """The kind and last line of a footer wrapped over lines, if it is one.

    A block set apart by blank lines, of a few sentences that are each
    furniture (``AFFC, 2 Quay Parade, Kestrelmouth KM1 1QA. You are`` over
    ``receiving this digest as a member. To change the contacts we hold,``
    over ``please email membership@affc.example.``): an address, why the
    reader receives it, how to stop. One sentence of content keeps it a
    paragraph.
    """
    if line + 1 >= end_line or is_blank(state, line + 1):
        return None
    if line > 0 and not is_blank(state, line - 1) and not _after_furniture(state, line):
        return None
    # The block's words first, at C speed: most paragraphs hold no footer's.
    block_end = line + 1
    while block_end + 1 < end_line and not is_blank(state, block_end + 1):
        block_end += 1
        if block_end - line >= _MAX_FOOTER_LINES:
            return None
    lowered = state.src[state.bMarks[line] : state.eMarks[block_end]].lower()
    if not any(word in lowered for word in _FOOTER_WORDS):
        return None
    last = line
    while last < block_end:
        following = line_text(state, last + 1).strip()
        if (
            _ends_piece(line_text(state, last).strip())
            or _LABEL_START.match(following) is not None
        ) and (not following[:1].islower() and classify(following) is not None):
            break  # furniture of its own: "Copyright © 2025 …", "Source: …"
        last += 1
    if last == line:
        return None
    text = " ".join(line_text(state, i).strip() for i in range(line, last + 1))
    lowered = text.lower()
    if not any(word in lowered for word in _FOOTER_WORDS):
        return None
    kind = furniture_sentences(text, _MAX_FOOTER_SENTENCES)
    # (not a line of prose run into a credit: "… a Rovers defeat" over "©
    # 2025 Coastline Sport")
    return None if kind is None or kind == "caption" else (kind, last)


# A label or a mark that opens a line of furniture: "Source:", "©".
_LABEL_START = regex.compile(r"©|\(c\)|[\p{L}-]+(?: [\p{L}-]+)?:", regex.IGNORECASE)


def _ends_piece(text: str) -> bool:
    """Whether a line ends a sentence or with an address (``…/account``)."""
    if text[-1:] in ".!?":
        return True
    last = text.rsplit(None, 1)[-1] if text else ""
    return "@" in last or "/" in last or last.lower().startswith("www.")


def _after_furniture(state: StateBlock, line: int) -> bool:
    """Whether the block right above ends on the line above and is furniture."""
    if not state.tokens:
        return False
    above = state.tokens[-1]
    return (
        above.type == "boilerplate" and above.map is not None and above.map[1] == line
    )
