"""Block parse: lines around the content (bylines, dates, navigation, share links).

Each line is classified on its own (:func:`.furniture.classify`). A label that
introduces a run (``Read more:``, ``Tags:``, ``Media contact:``) takes the
short lines under it, up to a blank line. The block keeps its text, so
nothing is lost; it is typed so that users can drop it.
"""

from __future__ import annotations

import regex
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token

from .furniture import (
    DIGIT,
    KINDS,
    MONTH,
    NETWORKS,
    classify,
    finishes_sentence,
    lone_dateline,
)
from .lines import (
    content_range,
    is_blank,
    line_text,
    match_marker,
    only_furniture_so_far,
    section_date,
    split_words,
    top_blocks,
)
from .lists import bare_list_at

__all__ = ["KINDS", "MONTH", "boilerplate_plugin", "classify", "name_line"]

_INTRODUCERS = frozenset(
    {"related", "tags", "contact", "references", "navigation", "share"}
)
# A reference entry: "[1] …", "1. …", "- …", "^ …", or a line with a link or year.
_ENTRY = regex.compile(
    r"\s*(?:\[\d{1,3}\]|\^|\d{1,3}[.)]|[-*•–])\s|.*(?:https?://|www\.|\b(?:19|20)\d\d\b)"
)
_MAX_RUN = 15  # lines an introducer may take under it
_MAX_RUN_WORDS = 20
_MAX_TOC_WORDS = 10
_TOC_LABEL = regex.compile(
    r"(?:(?:table of )?contents|in this (?:article|story|guide|page)"
    r"|jump to(?: section)?|on this page)\s*:?",
    regex.IGNORECASE,
)


def _run_end(state: StateBlock, line: int, end_line: int, kind: str) -> int:
    """The last line of the run an introducer line opens (itself if none).

    The run takes short lines (reference entries may be long) up to a blank
    line or a line of another kind of boilerplate. A table of contents ends
    before a line that repeats one of its entries: the first section's
    heading, right under it.
    """
    references = kind == "references"
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
        and _in_run(classify(line_text(state, last + 1).strip()), kind)
        and (not references or _ENTRY.match(line_text(state, last + 1)))
        and not (
            kind == "navigation" and _ends_toc(line_text(state, last + 1), entries)
        )
    ):
        has_marker = match_marker(line_text(state, last + 1)) is not None
        if marked is None:
            marked = has_marker
        elif marked and not has_marker:
            break  # the story goes on under the marked links
        last += 1
    return last


def _ends_toc(text: str, entries: set[str]) -> bool:
    """Whether a line under a table of contents is no entry of it (and note it).

    A sentence is none, nor a line that repeats an entry: the contents list
    each section once.
    """
    entry = text.strip()
    if entry.endswith((".", "!", "?")) or entry in entries:
        return True
    entries.add(entry)
    return False


def _date_under(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether the line under a bare date label (``Published``) is its date."""
    return (
        line + 1 < end_line
        and not is_blank(state, line + 1)
        and classify(line_text(state, line + 1).strip()) == "date"
    )


def _in_run(found: str | None, kind: str) -> bool:
    """Whether a line of kind ``found`` goes on a run of ``kind``.

    Lines that are not boilerplate do; so do the dates under the headlines
    of a list of related links (``Published`` / ``3 days ago``), and a
    contact's address under its label (``jo.king@example.com``).
    """
    return (
        found is None
        or (kind == "related" and found == "date")
        or (kind == "contact" and found == "contact")  # "jo@example.com"
    )


def _opens_run(text: str, kind: str) -> bool:
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
        return False  # "Live" over the headline labels the page, not a list
    words = _MAX_RELATED_LABEL if kind == "related" else _MAX_LABEL_WORDS
    bare = text.endswith(":") or (len(split_words(text)) <= words and ":" not in text)
    return kind in _INTRODUCERS and bare and "|" not in text


_MAX_LABEL_WORDS = 3
_TAG_WORDS = frozenset({"live", "breaking", "breaking news", "exclusive", "opinion"})
_MAX_RELATED_LABEL = 5  # "More on this story", "Explore more on these topics"


_MAX_KICKER_WORDS = 3
_MIN_TITLE_WORDS = 4
_MAX_KICKER = 30  # characters
_MIN_TITLE_UNDER_ONE = 3  # "Obituaries" over "Ana Ruiz obituary"
_MAX_TITLE_WORDS = 20
_MAX_KICKER_LINE = 60  # characters of sections side by side
_MAX_SECTIONS = 4
_TOP_TOKENS = 8  # furniture lines a page may open with before its title
_OPEN_END = frozenset("a an the to of and or in on for with by at from".split())  # noqa: SIM905
_SECTION = regex.compile(
    r"\p{Lu}[\p{L}’'.&-]*(?: (?:\p{Lu}[\p{L}’'.&-]*|&|and|of)){0,2}"
)


def _kicker_words(text: str) -> list[str]:
    """The words of a section label, or none when the line is no such label.

    One to three words (``Climate crisis``), or two to four sections side by
    side, each one to three capitalised words (``Markets | Central Banks``):
    then the words of the longest section.
    """
    if " | " not in text:
        words = text.split()
        return (
            words
            if len(words) <= _MAX_KICKER_WORDS and len(text) <= _MAX_KICKER
            else []
        )
    sections = text.split(" | ")
    if len(sections) > _MAX_SECTIONS or not all(
        _SECTION.fullmatch(s.strip()) for s in sections
    ):
        return []
    return max((s.split() for s in sections), key=len)


_SECTIONS_JOINED = regex.compile(r"\s+[|·•]\s+")


def _category_line(state: StateBlock, text: str) -> bool:
    """Whether a line under the title names the sections the page is filed in.

    ``Fact Check | Local Government``, ``Arts & Culture · Listings``: two to
    four sections side by side, each one to three capitalised words, right
    under the title (only furniture between; the title may have been read as
    a one-line paragraph). Further down, such a line (``Capacity | Offshore
    Wind``) is left to the other rules.
    """
    if len(text) > _MAX_KICKER_LINE or not (
        " | " in text or " · " in text or " • " in text
    ):
        return False  # most lines: a length check and three look-ups
    sections = _SECTIONS_JOINED.split(text)
    return (
        1 < len(sections) <= _MAX_SECTIONS
        and all(_SECTION.fullmatch(s) for s in sections)
        and (_under_title(state) or _one_line_over(state))
    )


def _top_content(state: StateBlock) -> list[Token]:
    """The blocks so far that are not furniture, while the page is still at its top.

    Past :data:`_TOP_TOKENS` blocks the story has begun: the answer is then
    an empty list, whatever came before, and costs one length check.
    """
    if len(state.tokens) > _TOP_TOKENS:
        return []
    return [t for t in state.tokens if t.type not in ("boilerplate", "hr")]


def _one_line_over(state: StateBlock) -> bool:
    """Whether one line of content and furniture only are the blocks so far."""
    content = _top_content(state)
    return (
        len(content) == 1
        and content[0].map is not None
        and content[0].map[1] - content[0].map[0] == 1
    )


def _kicker(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a short line above the title is the page's section label.

    News pages print the section (``World``, ``Climate crisis``, ``Politics``)
    over the headline; scraped text keeps it as a line of its own. It is one
    when it opens the article (only furniture before it), has at most three
    words (or is two to four such sections side by side, ``Markets |
    Central Banks``) and no punctuation at its end, and the next line
    (furniture such as a correction notice skipped, but no byline: that
    goes under the headline, so the label is the title) is a much longer
    headline: at least four words (three under a one-word label,
    ``Obituaries``) and twice as many as the label, no
    sentence punctuation at its end, not breaking off mid-phrase or going
    on in lower case on the next line (a wrapped paragraph), and not the
    article's last line. (A short title over a short
    subheading, ``Library Hours Change`` over ``Can I bring my dog?``, stays
    the title.)
    """
    if len(text) > _MAX_KICKER_LINE or len(state.tokens) > _TOP_TOKENS:
        return False  # most lines: two length checks
    words = _kicker_words(text)
    if not words or not text[0].isupper() or not text[-1].isalnum():
        return False
    if not only_furniture_so_far(state) or _under_label(state, line):
        return False
    following = line + 1
    while following < end_line:
        if not is_blank(state, following):
            found = classify(line_text(state, following).strip())
            if found is None:
                break
            if found == "byline":
                return False  # a byline goes under the headline: this line is it
        following += 1  # a notice or a date may stand between label and title
    if following + 1 >= end_line:
        return False
    title = line_text(state, following).strip().lstrip("#").strip()
    title_words = title.split()
    title = title.lstrip("“‘\"'*_")  # a headline may open with a quote or emphasis
    shortest = _MIN_TITLE_WORDS if len(words) > 1 else _MIN_TITLE_UNDER_ONE
    return (
        max(shortest, 2 * len(words)) <= len(title_words) <= _MAX_TITLE_WORDS
        and title[0].isupper()
        and "|" not in title  # "Prep time: 10 min | Serves 4" is no headline
        and title[-1] not in ".,;:!…"
        and title_words[-1].lower() not in _OPEN_END
        and not line_text(state, following + 1).lstrip(" \t")[:1].islower()
        and classify(title) is None
    )


def _under_label(state: StateBlock, line: int) -> bool:
    """Whether the line right above is a section label (``Obituaries``).

    One label stands over the title: the line under it is the headline
    (``Margarethe Olsen obituary``), whatever follows. A label is known by
    where it stands, not by its words: a line of a menu (``Search``) is none.
    """
    if line == 0 or not state.tokens or state.tokens[-1].map != [line - 1, line]:
        return False
    above = line_text(state, line - 1).strip()
    return (
        state.tokens[-1].meta.get("kind") == "navigation"
        and bool(_kicker_words(above))
        and above.replace(" ", "").replace("-", "").isalpha()
        and classify(above) is None
    )


# A personal name, or two or three joined by "and" or commas: "Ana Ruiz",
# "J. R. Ortiz", "Tom Hale and Lin Wu", "Ana Ruiz (now) and Tom Hale (earlier)".
_PARTICLES = frozenset(
    {"de", "da", "van", "von", "der", "del", "la", "le", "bin", "al"}
)
_NAME_WORD = r"(?:\p{Lu}[\p{Ll}’'-]+(?:-\p{Lu}[\p{Ll}’'-]+)?|\p{Lu}\.|\p{Lu}{2,})"
_ONE_NAME = (
    rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|da|van|von|der|del|la|le|bin|al|di|du))"
    r"{1,3}(?:\s+\((?:now|earlier|before)\))?"
)
_NAME_LINE = regex.compile(
    rf"{_ONE_NAME}(?:(?:,\s*|,?\s+(?:and|&)\s+){_ONE_NAME}){{0,2}}"
)
# A title of office under a speaker's name: "Minister for Finance".
_ROLE_LINE = regex.compile(
    r"(?:(?:deputy|assistant|associate|acting|shadow|junior|federal|chief|senior)\s+)*"
    r"(?:prime minister|minister|secretary|treasurer|attorney[- ]general"
    r"|spokes(?:person|man|woman)|senator|premier|chancellor|governor|mayor"
    r"|president|member for \p{Lu}[\p{L}-]*)"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[^.!?:;,]{1,60})?",
    regex.IGNORECASE,
)
# Words of a line in capitals that no name holds.
_NOT_NAMES = frozenset(
    "of the a an to for on at with from day week today tonight news".split()  # noqa: SIM905
)
_NAME_LINE_WORDS = frozenset(
    "de da van von der del la le bin al di du and & (now) (earlier) (before)".split()  # noqa: SIM905
)  # the words of a name line that need no capital
_MAX_NAME_LINE = 80  # characters
# An author's biography: the name, then what they do ("… has covered …").
_BIO = regex.compile(
    r"(?:\S+\s+){1,4}(?:is|was|has|covers|writes|reports|joined|leads|edits"
    r"|specialises|specializes|focuses)\b"
)
# A dateline opening a paragraph: "SANTIAGO, Jan 12 (Reuters) -", "LAGOS (AP) —".
_DATELINE = regex.compile(r"\p{Lu}{3,}[\p{Lu} .’'-]*(?:,|\s\()")


def _under_title(state: StateBlock) -> bool:
    """Whether the title and only furniture come before this line."""
    return top_blocks(state) == (1, False)


_DATED = frozenset({"date", "reading_time"})


def _under_standfirst(state: StateBlock) -> bool:
    """Whether the title, a one-line standfirst and furniture come before this line.

    ``The minister, the missing number …`` over ``Gideon Pyke came to the
    despatch box …``: the page's furniture under them (the author's name,
    the date) is where it would be under the title alone.
    """
    content = _top_content(state)  # empty for most lines, once the story began
    return (
        len(content) == 2  # the title and the standfirst
        and content[0].type == "heading"
        and content[1].type == "paragraph"
        and content[1].map is not None
        and content[1].map[1] - content[1].map[0] == 1
    )


def _last_kind(state: StateBlock) -> str | None:
    """The kind of the block just before, when it is boilerplate."""
    if state.tokens and state.tokens[-1].type == "boilerplate":
        return str(state.tokens[-1].meta["kind"])
    return None


def _credit_line(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a line names the author or their office, by where it stands.

    A name alone on its line (``Ana Ruiz``) is a byline under the title,
    before the story, when page furniture (a date, a reading time) or a dateline
    (``LAGOS, May 6 (Reuters) –``) follows it, or furniture comes right
    before it; a title of office (``Minister for Finance``) is one under a
    byline. At the foot of the page, a name is a byline over the author's
    biography (``Ana Ruiz has covered…``), and so is that biography. Where
    the reporter was may follow the name (``Dan Ortiz at Harbour Park``,
    ``Ana Ruiz in Lagos``): then furniture or a dateline must follow it.
    """
    if not (text[-1:].isalpha() or text[-1:] == ")"):
        return _biography(state, text)  # most lines end in punctuation
    if _author_bio(state, text):
        return True  # "Kate Morrow is a columnist and author of Working Less"
    if len(text) > _MAX_NAME_LINE or not text[0].isupper():
        return False
    previous = _last_kind(state)
    if previous == "byline" and _ROLE_LINE.fullmatch(text):
        return True
    placed = _AT_PLACE.fullmatch(text) if " at " in text or " in " in text else None
    if placed is not None:
        text = placed.group("name")  # "Dan Ortiz at Harbour Park", "… in Lagos"
    second = text.split(None, 2)[1:2]
    if not second or not (second[0][0].isupper() or second[0] in _PARTICLES):
        return False  # most short lines: a name's second word has a capital
    # Every word of a name line is capitalised or one of a few small words:
    # checked word by word first, since most Title Case lines fail it early.
    if not all(
        w[0].isupper() or w.rstrip(",") in _NAME_LINE_WORDS for w in text.split()
    ):
        return False
    if _NAME_LINE.fullmatch(text) is None or not _NOT_NAMES.isdisjoint(
        text.lower().split()
    ):
        return False  # "PICK OF THE DAY" is a label in capitals, not a name
    if placed is None and text.endswith(("(now)", "(earlier)")):
        return (
            True  # the writers of a live blog: "Ana Ruiz (now) and Tom Hale (earlier)"
        )
    following = line + 1
    while following < end_line and is_blank(state, following):
        following += 1
    after = line_text(state, following).strip() if following < end_line else ""
    if after.startswith(text + " ") and _BIO.match(after):
        return True  # "Ana Ruiz" over "Ana Ruiz has covered energy since 2010."
    if not _under_title(state):
        # Under the title and a standfirst, a name over the date line.
        return _under_standfirst(state) and classify(after) in _DATED
    return (
        (previous is not None and previous != "navigation" and placed is None)
        or classify(after) is not None
        or _DATELINE.match(after) is not None
    )


# A name, then where its bearer reported from: "Dan Ortiz at Harbour Park".
_AT_PLACE = regex.compile(
    r"(?P<name>.{3,50}?)\s+(?:at|in)\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}"
)


def name_line(text: str) -> bool:
    """Whether a stripped line is a name alone, perhaps with where the bearer was.

    ``Ana Ruiz``, ``Tom Hale and Lin Wu``, ``Dan Ortiz at Harbour Park``.
    """
    text = _unemphasised(text)
    if not text[:1].isupper() or len(text) > _MAX_NAME_LINE:
        return False
    placed = _AT_PLACE.fullmatch(text) if " at " in text or " in " in text else None
    if placed is not None:
        text = placed.group("name")
    return _NAME_LINE.fullmatch(text) is not None


# A footnote at the foot of the story: "[1] UN OCHA, Situation report, 2025."
_FOOTNOTE = regex.compile(r"\[\d{1,3}\][ \t]+\S")


def _footnotes_end(state: StateBlock, line: int, end_line: int) -> int:
    """The last line of a run of footnotes, blank lines between them or not."""
    last = line
    following = line + 1
    while following < end_line:
        if is_blank(state, following):
            following += 1
            continue
        if not _FOOTNOTE.match(line_text(state, following).lstrip()):
            break
        last = following
        following += 1
    return last


# Where and before whom a speech or a briefing was given, under its title.
_EVENT_LABEL = regex.compile(
    r"(?:location|venue|place|where|event|occasion|speakers?|participants"
    r"|attendees|host|moderator|interviewer|chair)\s*:\s*[^.!?]{1,80}",
    regex.IGNORECASE,
)


def _event_label(state: StateBlock, text: str) -> bool:
    """Whether a line labels the place or the people of an event, under the title.

    ``Location: Parliament House, Wellington``, ``Venue: …``, ``Speakers: …``
    head a transcript or a press release, among its date and its
    ``Check against delivery``: only the title and page furniture come
    before it. Further down (``Venue: Wembley Stadium`` in a match report)
    such a line is content.
    """
    return (
        ":" in text[:14]
        and text[-1] not in ".!?"
        and _EVENT_LABEL.fullmatch(text) is not None
        and _under_title(state)
    )


# The answers a feedback widget offers under its question: "Yes", "No",
# "Yes, this page is useful", "Report a problem with this page", "Thank you
# for your feedback". Tried only on short lines whose first word is one of
# _ANSWER_WORDS.
_ANSWER_WORDS = frozenset(
    """yes no maybe somewhat partly not report give send leave thank thanks
    there tell rate""".split()  # noqa: SIM905
)
_ANSWER = regex.compile(
    r"(?:yes|no|maybe|somewhat|partly|not really|not sure)"
    r"(?:[,:]?\s+(?:this|the|it)\s[^.!?]{1,50})?[.!]?"
    r"|report (?:a|an) (?:problem|error|issue|mistake)\b[^.!?]{0,50}[.!]?"
    r"|(?:give|send|leave) (?:us )?(?:your )?feedback\b[^.!?]{0,40}[.!]?"
    r"|thank(?:s| you) for (?:your )?feedback\b[^!?]{0,80}"
    r"|there is something wrong with this page[.!]?"
    r"|tell us (?:more|why)\b[^.!?]{0,40}[.!?]?"
    r"|rate this (?:page|article|guide|story)[.!]?",
    regex.IGNORECASE,
)
_MAX_ANSWER = 80  # characters
_MAX_ANSWERS = 6


def _feedback_prompt(text: str) -> bool:
    """Whether a notice asks if the page helped: ``Is this page useful?``."""
    lowered = text.lower()
    return "useful" in lowered or "helpful" in lowered


def _answer(text: str) -> bool:
    """Whether a line is an answer a feedback widget offers (``Yes``, ``No``)."""
    first = text.split(None, 1)[0].lower().rstrip(",.!:") if text else ""
    return (
        len(text) <= _MAX_ANSWER
        and first in _ANSWER_WORDS
        and _ANSWER.fullmatch(text) is not None
    )


def _answers_end(state: StateBlock, line: int, end_line: int) -> int:
    """The last line of the answers a feedback question offers (itself if none).

    ``Is this page useful?`` over ``Yes`` / ``No`` / ``Report a problem with
    this page`` is one widget; a blank line may stand between the answers.
    """
    last = line
    following = line + 1
    while following < end_line and following - line <= 2 * _MAX_ANSWERS:
        if is_blank(state, following):
            following += 1
            continue
        if not _answer(line_text(state, following).strip()):
            break
        last = following
        following += 1
    return last


def _dateline_apart(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a dateline stands alone, set apart from the paragraph below.

    ``(AP) — NAIROBI, Kenya`` over a blank line opens no paragraph: it
    credits the agency and names the place, as a byline does. (Right over
    the story's first line, it is part of that paragraph.)
    """
    return lone_dateline(text) and (line + 1 >= end_line or is_blank(state, line + 1))


def _boilerplate(
    state: StateBlock, start_line: int, end_line: int, silent: bool
) -> bool:
    text = line_text(state, start_line).strip()
    kind = classify(text)
    if kind is None and text[:1] == "#":
        kind = _marked_label(text)
    if kind == "date" and section_date(state, start_line, end_line, text):
        return False  # "Friday 4 December" over the day's events: a heading
    last = start_line
    found = kind  # the kind its words give (the rules below look at its place)
    if kind is None:
        if _kicker(state, start_line, end_line, text) or _category_line(state, text):
            kind = "navigation"
        elif _credit_line(state, start_line, end_line, _unemphasised(text)):
            kind = "byline"
        elif _event_label(state, text):
            kind = "release"
        elif text[:1] == "[" and _FOOTNOTE.match(text):
            kind = "references"
        elif _dateline_apart(state, start_line, end_line, text):
            kind = "byline"
        elif _signup_label(state, start_line, end_line, text):
            kind = "advert"
        elif text[:2] == "* " and _table_footnote(state, start_line, end_line):
            kind = "references"
        elif _caption_over_credit(state, start_line, end_line, text):
            kind = "caption"
        elif text[:1] == "(" and text[-1] != ")":
            last = _wrapped_credit_end(state, start_line, end_line, text)
            if last == start_line:
                return False
            kind = "byline"
        else:
            return False
    if "|" in text and _table_next(state, start_line, end_line, kind):
        return False  # the header of a table ("Topic | Stance")
    if found == "navigation" and _names_a_section(state, start_line, end_line, text):
        return False  # "Contact us" over what to call: a heading
    if found is not None and _first_term(state, start_line, end_line):
        return False  # "Reference: 26/00977/FUL" over "Address: …": an item
    if (
        kind == "date"
        and start_line > 0
        and finishes_sentence(line_text(state, start_line - 1), text)
    ):
        return False  # "… takes effect on 2 March, not" over "2 February."
    if kind == "date" and not DIGIT.search(text):
        if _date_under(state, start_line, end_line):
            last += 1  # "Published" over "2 hours ago"
    elif kind == "references" and text[:1] == "[":
        last = _footnotes_end(state, start_line, end_line)
    elif kind == "navigation" and _MENU_LABEL.fullmatch(text):
        last = _items_end(state, start_line, end_line, menu=True)
    elif kind == "notice" and "cookie" in text.lower():
        last = _buttons_end(state, start_line, end_line)
    elif _opens_run(text, kind):
        last = _run_end(state, start_line, end_line, kind)
        if kind == "references" and last == start_line:
            return False  # "Notes" over prose is a heading, not a reference list
    elif kind == "navigation" and _link_item(text):
        last = _items_end(state, start_line, end_line, menu=False)
    elif kind == "notice" and text[-1] == "?" and _feedback_prompt(text):
        last = _answers_end(state, start_line, end_line)
    elif kind == "advert":
        last = _advert_box_end(state, start_line, end_line, text)
    elif kind == "byline" and _role_under(state, start_line, end_line, text):
        last += 1  # "Ana Ruiz" over "Crime Reporter": one byline
    elif kind in _WRAPPED_NOTES and _mid_sentence(text):
        last = _sentence_end(state, start_line, end_line)
    if silent:
        return True
    token = state.push("boilerplate", "", 0)
    token.map = [start_line, last + 1]
    token.meta = {
        "kind": kind,
        "content": content_range(state, state.bMarks[start_line], state.eMarks[last]),
    }
    state.line = last + 1
    if kind == "byline" and start_line == last:
        _note_authors(state, text)
    return True


_CREDIT_WORDS = ("Photograph", "Photo", "PHOTO", "Picture", "Image", "Credit")
_MAX_CAPTION_WORDS = 40
_MAX_CREDIT_WORDS = 10  # "Photograph: Rui Sequeira for The Atlantic Courier"


def _caption_over_credit(
    state: StateBlock, line: int, end_line: int, text: str
) -> bool:
    """Whether a line describes the picture whose credit is right under it.

    ``Passengers wait at an empty tram stop on Thursday.`` over
    ``Photograph: Rui Sequeira for The Courier``: one sentence, right over a
    line that only credits the picture, where the line above is no prose it
    could go on from, and no dateline opens it.
    """
    if line + 1 >= end_line or not text[:1].isupper():
        return False
    below = line_text(state, line + 1).strip()
    if (
        not below.startswith(_CREDIT_WORDS)
        or len(split_words(below)) > _MAX_CREDIT_WORDS
        or ". " in below  # a caption of its own: "Photo: The ferry leaves. (…)"
        or classify(below) != "caption"
    ):
        return False
    words = split_words(text)
    if len(words) > _MAX_CAPTION_WORDS or ". " in text.rstrip("."):
        return False
    if _DATELINE.match(text):
        return False  # "VIGO, March 3 (Wire) – …" opens the story
    if line == 0 or is_blank(state, line - 1):
        return True
    return not state.tokens or state.tokens[-1].type == "boilerplate"


_RUN_LABELS = frozenset({"references", "related"})


def _marked_label(text: str) -> str | None:
    """The kind of a Markdown heading that labels references or links.

    ``## Sources`` or ``## Related`` over its list of links is one block of
    furniture, as the bare label would be; any other ``#`` heading is none.
    """
    inner = text.lstrip("#")
    if not inner[:1].isspace():
        return None
    inner = inner.strip()
    kind = classify(inner) if inner else None
    return kind if kind in _RUN_LABELS and _opens_run(inner, kind) else None


def _first_term(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether a line opens unmarked items under a lead-in ending in ``:``.

    ``One appeal was lodged this week:`` over ``Reference: 26/00977/FUL``,
    ``Address: …``, ``Proposal: …``: the fields are the items the sentence
    announces, whatever one of them would be on its own.
    """
    if not state.tokens or state.tokens[-1].map != [line - 1, line]:
        return False
    if state.tokens[-1].type != "paragraph":
        return False
    above = line_text(state, line - 1).rstrip()
    return above.endswith(":") and bare_list_at(state, line, end_line)


_MAX_SECTION_LINK_WORDS = 3
_MIN_PROSE_WORDS = 8


def _names_a_section(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a link's name (``Contact us``) heads a section of prose under it.

    A footer or a menu puts other links under it; a page of the story puts
    the section's prose: a line of eight words or more, no furniture, ending
    as a sentence does or introducing what follows.
    """
    words = text.split()
    if len(words) > _MAX_SECTION_LINK_WORDS or not text.replace(" ", "").isalpha():
        return False
    following = line + 1
    while following < end_line and is_blank(state, following):
        following += 1
    if following >= end_line:
        return False
    below = line_text(state, following).strip()
    return (
        len(below.split()) >= _MIN_PROSE_WORDS
        and below[-1] in ".:!?"
        and match_marker(below) is None
        and classify(below) is None
    )


# A menu's label over its items, one a line: "Menu" over "Home", "News", "Sport".
_MENU_LABEL = regex.compile(r"(?:main |site )?(?:menu|navigation)", regex.IGNORECASE)
_MAX_ITEM_WORDS = 4
_NOT_ITEM = frozenset(".,;:!?>»›|/")


def _link_item(text: str) -> bool:
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


def _items_end(state: StateBlock, line: int, end_line: int, *, menu: bool) -> int:
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
        if not below or not _link_item(below):
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


# The buttons of a cookie banner under its notice: "Accept all", "Reject",
# "Manage preferences", "Cookie settings", "OK, got it".
_BUTTON = regex.compile(
    r"(?:(?:ok|okay|yes|no)(?:,?\s+(?:got it|thanks|i agree))?|got it|(?:i )?agree"
    r"|(?:accept|reject|allow|decline|refuse|deny)(?:\s+(?:all|optional|essential"
    r"|necessary|non-essential))?(?:\s+cookies)?|(?:manage|customi[sz]e|change|set)"
    r"(?:\s+(?:my|your|cookie))?\s+(?:preferences|settings|options|choices|cookies)"
    r"|(?:cookie|privacy)\s+(?:settings|preferences|options|policy)|more (?:info"
    r"|information|options)|learn more|continue|necessary only|essential only)",
    regex.IGNORECASE,
)
_MAX_BUTTONS = 4


def _buttons_end(state: StateBlock, line: int, end_line: int) -> int:
    """The last of the buttons under a cookie notice (the notice if none)."""
    last = line
    while (
        last + 1 < end_line
        and last - line < _MAX_BUTTONS
        and _BUTTON.fullmatch(line_text(state, last + 1).strip().strip("[]"))
    ):
        last += 1
    return last


_MAX_CREDIT_LINES = 3


def _wrapped_credit_end(state: StateBlock, line: int, end_line: int, text: str) -> int:
    """The last line of a bracketed wire credit wrapped over lines (itself if none).

    ``(Reporting by Ana Ruiz in Lagos;`` over ``Editing by Tom Hale)``: the
    lines up to the one that closes the bracket, when together they are a
    byline.
    """
    if not text.lower().startswith(_CREDIT_OPENINGS):
        return line  # most lines in brackets: one prefix test
    joined = text
    following = line + 1
    while following < end_line and following - line < _MAX_CREDIT_LINES:
        below = line_text(state, following).strip()
        if not below or "(" in below:
            break
        joined += " " + below
        if ")" in below:
            return following if classify(joined) == "byline" else line
        following += 1
    return line


_CREDIT_OPENINGS = (
    "(reporting",
    "(additional reporting",
    "(writing",
    "(editing",
    "(compiled",
    "(research",
    "(by ",
)
# A word a footnote keys to, a cell or a word ending in an asterisk: "Affordable
# rent*", "4.2%*" (not emphasis: "*very*").
_STARRED = regex.compile(
    r"(?:^|[\s|])[^\s*|]*[\w%)]\*(?=[\s|.,;:)]|$)", regex.MULTILINE
)
_NOTE_KINDS = frozenset({"notice", "source", "references"})


def _table_footnote(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether a line opened by ``* `` is a footnote under a table, not a list.

    ``* Includes homes built by housing associations.``: one line, no item
    under it, right under a table or its note (``Source: …``), or under a
    block with a word the asterisk keys to (``Affordable rent*``). A one-item
    list under prose stays a list.
    """
    if line + 1 < end_line and line_text(state, line + 1).lstrip()[:2] == "* ":
        return False  # a list of several items
    if not state.tokens:
        return False
    previous = state.tokens[-1]
    if previous.type == "table":
        return True
    if previous.type == "boilerplate" and previous.meta["kind"] in _NOTE_KINDS:
        begin = previous.meta["content"][0]
        # A source or a note, not any notice ("We use cookies …").
        return previous.meta["kind"] != "notice" or (
            state.src[begin : begin + 4].lower() == "note"
        )
    if previous.map is None:
        return False
    begin = state.bMarks[previous.map[0]]
    end = state.eMarks[previous.map[1] - 1]
    return _STARRED.search(state.src, begin, end) is not None


_AUTHORS = "news_authors"  # the key in the parser's env of the bylines' names
_LONGEST_AUTHOR = "news_longest_author"  # and of the longest name's length
_BYLINE_CUT = regex.compile(r"\s*(?:[,|·•;(–—]|\s-\s).*")
_NAME_JOIN = regex.compile(r"\s*,\s*|\s+(?:and|&)\s+")


def _unemphasised(text: str) -> str:
    """A line without the ``*…*`` or ``_…_`` around all of it."""
    if len(text) > 2 and text[0] in "*_" and text[-1] == text[0]:
        return text.strip(text[0]).strip()
    return text


def _note_authors(state: StateBlock, text: str) -> None:
    """Keep the names a byline gives, so the author's biography is known below.

    ``By Ana Ruiz and Tom Hale, Lagos`` gives ``Ana Ruiz`` and ``Tom Hale``.
    """
    text = _unemphasised(text)
    if text[:3].lower() == "by ":
        text = text[3:]
    elif text[:4].lower() == "by: ":
        text = text[4:]
    text = _BYLINE_CUT.sub("", text)
    names = [n for n in _NAME_JOIN.split(text) if _NAME_LINE.fullmatch(n)]
    if names:
        authors: set[str] = state.env.setdefault(_AUTHORS, set())
        authors.update(names)
        longest = max(map(len, names))
        state.env[_LONGEST_AUTHOR] = max(state.env.get(_LONGEST_AUTHOR, 0), longest)


_WRAPPED_NOTES = frozenset({"notice", "contact", "advert", "copyright"})
_MAX_NOTE_WRAP = 2  # lines a note may wrap onto


_MIN_WRAPPED_WORDS = 6  # a shorter note ("Advertisement") is a label, not prose
# Words no sentence ends on: function words, and verbs waiting for their
# object ("This material may not" over "be published …").
_NOTE_OPEN_END = _OPEN_END | frozenset(
    """not be is are was were will would can could may might must shall should
    has have had""".split()  # noqa: SIM905
)


def _mid_sentence(text: str) -> bool:
    """Whether a stripped note breaks off mid-sentence.

    It ends on a comma or on a word no sentence ends on (``… or write to
    the``, ``… may not``), and is a run of prose, not a short label (``Check against
    delivery``); a promotion ending on a noun (``Sponsored: Compare savings
    rates in one place``) is whole.
    """
    words = text.split(None, _MIN_WRAPPED_WORDS)
    return len(words) > _MIN_WRAPPED_WORDS and (
        text[-1] == "," or text.rsplit(None, 1)[-1] in _NOTE_OPEN_END
    )


def _sentence_end(state: StateBlock, line: int, end_line: int) -> int:
    """The line that ends the sentence a note breaks off (itself if none).

    A prompt or a notice hard-wrapped like the story (``Spotted an error?
    Email … or write to the`` over ``Readers' Editor, 4 Mill Lane.``) is one
    block: it takes the next lines, up to two, up to the one that ends the
    sentence. If none does, the note is the line alone.
    """
    following = line + 1
    while following < end_line and following - line <= _MAX_NOTE_WRAP:
        text = line_text(state, following).strip()
        if not text or classify(text) is not None:
            break
        if text[-1] in ".!?":
            return following
        following += 1
    return line


_MAX_ADVERT_LABEL = 8  # words
_MAX_BOX_LINES = 5  # lines a sign-up box takes under its label
_MAX_BUTTON = 4  # words of a form's field or button ("Enter your email address")
_MAX_BLURB = 40  # words of the pitch under the label


def _advert_box_end(state: StateBlock, line: int, end_line: int, text: str) -> int:
    """The last line of the sign-up box a promotion opens (itself if none).

    A sign-up box prints a short label (``Newsletter``, ``Get deals in your
    inbox``, ``Sign up for the Morning Post``), perhaps a line of pitch
    (``The day's top stories, straight to your inbox.``), then its prompt,
    field and button (``Enter your email address``, ``[Sign up]``): one
    block, from the label to its last line of promotion, with no blank line
    between. A prompt that is a sentence takes only the fields and buttons
    right under it. A pitch with no promotion under it stays content, and
    only a label that offers to sign up (not ``Advertisement``) has one.
    """
    bare = _unemphasised(text)
    label = bare[-1:] not in (".", "!", "?", ":") and (
        len(bare.split(None, _MAX_ADVERT_LABEL)) <= _MAX_ADVERT_LABEL
    )
    pitched = label and _SIGNUP_WORDS.search(bare) is not None
    last = line
    following = line + 1
    while following < end_line and following - line <= _MAX_BOX_LINES:
        below = line_text(state, following).strip()
        if not below or "|" in below:
            break
        found = classify(below)
        if found == "advert" and (label or _form_line(below)):
            last = following
        elif not (
            pitched
            and last == line
            and found is None
            and len(below.split(None, _MAX_BLURB)) <= _MAX_BLURB
            and below[:1].isalnum()
        ):
            break  # the pitch comes first, right under the label
        following += 1
    return last


# What a sign-up box's label offers.
_SIGNUP_WORDS = regex.compile(
    r"\b(?:sign(?:\s|-)?up|subscribe|newsletters?|inbox|e-?mails?|alerts?|briefing"
    r"|bulletin|register)\b",
    regex.IGNORECASE,
)


def _form_line(text: str) -> bool:
    """Whether a short line is a sign-up form's field or button (``[Sign up]``)."""
    return len(text.split(None, _MAX_BUTTON)) <= _MAX_BUTTON and (
        _SIGNUP_WORDS.search(text) is not None
        or text.lower().startswith(("enter ", "[", "your e", "join"))
    )


# A sign-up box's label that names the newsletter alone: "Sign up for the
# Morning Post", "Subscribe to Business Daily".
_SIGNUP_LABEL = regex.compile(
    r"(?:sign up|subscribe|register) (?:for|to) [^.!?:|]{2,60}"
    r"|get [^.!?:|]{1,40}\b(?:newsletters?|briefing|bulletin)",
    regex.IGNORECASE,
)


def _signup_label(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a line labels a sign-up box: a call to sign up over its form.

    ``Sign up for the Chronicle Daily`` is a heading-like line on its own;
    over a pitch and a field or a button (``Enter your email address``,
    ``Sign up``), it is the box's label.
    """
    first = text[:10].lower()
    if not first.startswith(("sign up ", "subscribe ", "register ", "get ")):
        return False  # most lines: one prefix test
    return (
        _SIGNUP_LABEL.fullmatch(_unemphasised(text)) is not None
        and _advert_box_end(state, line, end_line, text) > line
    )


def _role_under(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a name alone has the writer's role on the line under it.

    ``Ana Ruiz`` over ``Crime Reporter`` is one byline, as ``Ana Ruiz,
    Crime Reporter`` would be. (``BY ANA RUIZ`` over ``LAGOS BUREAU`` are
    two pieces: a byline, then the desk.)
    """
    if line + 1 >= end_line or text[:3].lower() == "by " or not name_line(text):
        return False
    below = line_text(state, line + 1).strip()
    words = below.split()
    return (
        0 < len(words) <= _MAX_ROLE_WORDS
        and below[0].isupper()
        and words[-1].lower() in _ROLE_WORDS
        and classify(below) == "byline"
    )


_MAX_ROLE_WORDS = 4
_ROLE_WORDS = frozenset(
    {"reporter", "correspondent", "editor", "writer", "columnist", "critic"}
    | {"sketchwriter", "journalist", "contributor", "producer", "photographer"}
)


def _table_next(state: StateBlock, line: int, end_line: int, kind: str) -> bool:
    """Whether the line under a line with a pipe may be the next row of a table.

    It holds a pipe too, and is not page furniture with another number of
    cells: a cookie banner (``Accept all | Reject all``) over a menu
    (``Home | News | Contact``) makes no table; ``Name | Role`` over
    ``Ana | Chair`` does. Nor do links over links, however many
    (``More recipes: A | B | C`` over ``Save | Print | Share``).
    """
    if line + 1 >= end_line:
        return False
    following = line_text(state, line + 1)
    if "|" not in following:
        return False
    found = classify(following.strip())
    if found is None:
        return True
    if kind in _LINK_KINDS and found in _LINK_KINDS:
        return False
    return following.count("|") == line_text(state, line).count("|")


_LINK_KINDS = frozenset({"navigation", "related", "share", "tags"})


def _author_bio(state: StateBlock, text: str) -> bool:
    """Whether a line opens with the name a byline gave, then what they do.

    The names are a set, and only the line's openings up to a space are
    looked up in it: a document of many articles gathers many bylines, and
    trying each of them on every line made the work grow with their number.
    """
    authors: set[str] | None = state.env.get(_AUTHORS)
    if not authors:
        return False  # most documents, or no byline seen yet
    bare = _unemphasised(text)
    longest = state.env[_LONGEST_AUTHOR]
    space = bare.find(" ")
    while 0 <= space <= longest:
        if bare[:space] in authors:
            return _BIO.match(bare) is not None
        space = bare.find(" ", space + 1)
    return False


def _biography(state: StateBlock, text: str) -> bool:
    """Whether a line is an author's biography.

    It opens with the name a byline gave (``Ana Ruiz is the paper's energy
    correspondent.``, in italics or not), or stands under the author's name
    line.
    """
    if _author_bio(state, text):
        return True
    if _last_kind(state) != "byline":
        return False
    begin, end = state.tokens[-1].meta["content"]
    name = state.src[begin:end]
    return (
        _NAME_LINE.fullmatch(name) is not None
        and text.startswith(name + " ")
        and _BIO.match(text) is not None
    )


def boilerplate_plugin(md: MarkdownIt) -> None:
    """Add boilerplate lines, typed by :data:`KINDS`; they run before tables."""
    md.block.ruler.before("paragraph", "news_boilerplate", _boilerplate)
