"""Block parse: the furniture at the top of a page, known by where it stands.

A short line over the headline is the page's section label (``World``,
``Markets | Central Banks``: :func:`kicker`); under the title, sections side
by side (``Fact Check | Local Government``) say where the page is filed
(:func:`category_line`), and ``Venue: …`` or ``Speakers: …`` label the
event of a transcript or a press release (:func:`event_label`).
:func:`under_title` and :func:`under_standfirst` tell whether only the
title (and a one-line standfirst) and furniture come before a line, which
:mod:`.names` asks of a name alone. Further down the page, the same lines
are left to the other rules.
"""

from __future__ import annotations

import regex
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token

from .dates import SENTENCE_CASE_SECTION
from .furniture import classify
from .lines import (
    OPEN_WORDS,
    is_blank,
    line_text,
    next_content_line,
    only_furniture_so_far,
    stripped_text,
    top_blocks,
)

__all__ = [
    "category_line",
    "event_label",
    "issuing_body",
    "kicker",
    "label_over_byline",
    "masthead",
    "sections_over_byline",
    "under_standfirst",
    "under_title",
]

_MAX_KICKER_WORDS = 3
_MIN_TITLE_WORDS = 4
_MAX_KICKER = 30  # characters
_MIN_TITLE_UNDER_ONE = 3  # "Obituaries" over "Ana Ruiz obituary"
_MAX_TITLE_WORDS = 20
_MAX_KICKER_LINE = 80  # characters of sections side by side
_MAX_SECTIONS = 4
_TOP_TOKENS = 8  # furniture lines a page may open with before its title
_SECTION = regex.compile(
    r"\p{Lu}[\p{L}’'.&-]*(?: (?:\p{Lu}[\p{L}\d’'.&-]*|&|and|of|\d{1,4})){0,2}"
)


def _kicker_words(text: str) -> list[str]:
    """The words of a section label, or none when the line is no such label.

    One to three words (``Climate crisis``), or two to four sections side by
    side, each one to three capitalised words or a number (``Markets |
    Central Banks``, ``Live | Local Elections 2025``): then the words of the
    longest section.
    """
    if " | " not in text and " · " not in text and " • " not in text:
        words = text.split()
        return (
            words
            if len(words) <= _MAX_KICKER_WORDS and len(text) <= _MAX_KICKER
            else []
        )
    sections = _SECTIONS_JOINED.split(text)
    if len(sections) > _MAX_SECTIONS or not all(
        _SECTION.fullmatch(s.strip()) or _SENTENCE_CASE.fullmatch(s.strip())
        for s in sections
    ):
        return []
    return max((s.split() for s in sections), key=len)


_SECTIONS_JOINED = regex.compile(r"\s+[|·•]\s+")
_SENTENCE_CASE = regex.compile(SENTENCE_CASE_SECTION)


def sections_over_byline(
    state: StateBlock, line: int, end_line: int, text: str
) -> bool:
    """Whether a page opens on its sections over the byline, with no headline.

    ``Business | Retail`` over ``By Joanna Price`` over the date: the sections
    the page is filed in (two to four, side by side), only furniture before
    them, the byline, the date or a note on what made the text next.
    """
    if len(text) > _MAX_KICKER_LINE or not (" | " in text or " · " in text):
        return False
    sections = _SECTIONS_JOINED.split(text)
    return (
        1 < len(sections) <= _MAX_SECTIONS
        and all(_SECTION.fullmatch(s) or _SENTENCE_CASE.fullmatch(s) for s in sections)
        and only_furniture_so_far(state)
        and _furniture_below(state, line, end_line) in _UNDER_SECTIONS
    )


# What lies under the sections when no headline does: the byline, the date, or
# a note on what made the text ("Auto-summary from the forecast briefing, …").
_UNDER_SECTIONS = ("byline", "date", "notice")


def category_line(state: StateBlock, text: str) -> bool:
    """Whether a line under the title names the sections the page is filed in.

    ``Fact Check | Local Government``, ``Arts & Culture · Listings``, ``Live
    updates | City Hall``: two to four sections side by side, each one to
    three capitalised words or in sentence case, right
    under the title (only furniture between; the title may have been read as
    a one-line paragraph), or three to eight of them over it (the site's
    menu). Further down, such a line (``Capacity | Offshore Wind``) is left
    to the other rules.
    """
    if len(text) > _MAX_KICKER_LINE:
        return False
    if not (" | " in text or " · " in text or " • " in text):
        return (
            " / " in text or " > " in text or " – " in text or " — " in text
        ) and _page_opens_on(state, text)
    if _page_opens_on(state, text):
        return True
    sections = _SECTIONS_JOINED.split(text)
    if not all(_SECTION.fullmatch(s) or _SENTENCE_CASE.fullmatch(s) for s in sections):
        return False
    if _MIN_MENU <= len(sections) <= _MAX_MENU and only_furniture_so_far(state):
        return True  # a site's menu over the title: "News | Health | Local | Sport"
    return 1 < len(sections) <= _MAX_SECTIONS and (
        under_title(state)
        or _one_line_over(state)
        # under the paper's name: "Fell Courier" over "NEWS | COURTS"
        or (bool(state.tokens) and only_furniture_so_far(state))
    )


def _page_opens_on(state: StateBlock, text: str) -> bool:
    """Whether a page's first line is where it is filed, in any case or wording.

    ``Opinion | Transport``, ``WORLD / MIDDLE EAST & NORTH AFRICA``,
    ``Office for Regional Statistics | Economy | Prices``: two to four
    short pieces side by side, none a sentence or a title with its colon,
    before any other block.
    """
    if state.tokens:
        return False
    pieces = _PIECES_JOINED.split(text)
    if len(pieces) == 1:
        # an outlet's name and its desk, with dashes: "Harbour Wire – Economy
        # – Europe" (annotators: furniture 17 times to 1); an issue's name is
        # its title ("Harbour Wire – Morning Digest")
        pieces = _DASHES.split(text)
        if not _outlet(pieces[0]) or any(
            piece.rsplit(None, 1)[-1].lower() in _ISSUE_WORDS for piece in pieces[1:]
        ):
            return False
    return 1 < len(pieces) <= _MAX_SECTIONS and all(
        piece
        and len(piece.split()) <= _MAX_PIECE_WORDS
        and ":" not in piece
        and ". " not in piece
        and piece[-1] not in ".!?,;"
        for piece in pieces
    )


def _outlet(name: str) -> bool:
    """Whether a name is a news outlet's: ``Harbour Wire``, ``Coastal Press Agency``.

    (Not ``Northmoor Development Agency``: an agency or a service must name
    its news.)
    """
    words = name.lower().split()
    if words[-1:] and words[-1] in _OUTLET_ENDS:
        return True
    return words[-1:] in (["agency"], ["service"]) and any(
        word in ("news", "press") or word.endswith("wire") for word in words
    )


# What an issue of a publication calls itself.
_ISSUE_WORDS = frozenset(
    "digest briefing bulletin roundup round-up edition update review report".split()  # noqa: SIM905
)
_PIECES_JOINED = regex.compile(r"\s+[|·•/>]\s+")
_DASHES = regex.compile(r"\s+[–—]\s+")
_MAX_PIECE_WORDS = 5


_MIN_MENU = 3
_MAX_MENU = 8


# The last word of a newspaper's name: "The Oldwick & District Advertiser".
_PAPER_WORDS = frozenset(
    """advertiser gazette herald times post chronicle courier echo express mail
    observer telegraph tribune journal record standard argus mercury sentinel
    examiner wire leader star press globe guardian independent voice dispatch
    gleaner citizen pioneer recorder register""".split()  # noqa: SIM905
)
_MAX_MASTHEAD_WORDS = 6
_OUTLET_ENDS = _PAPER_WORDS | {"news"}  # an outlet's name's last word


def masthead(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether the page's first line is its newspaper's name over its furniture.

    ``THE OLDWICK & DISTRICT ADVERTISER`` over ``Home > News > Oldwick``:
    at most six words, the last a newspaper's (``Gazette``, ``Herald``),
    nothing but furniture before it, and a line of furniture right under it.
    A public body's name heads its pages so (``DEPARTMENT FOR RURAL
    CONNECTIVITY`` over ``News release 2025/017``, ``Kendry Combined Court
    Centre`` over ``Courts › Notices``); the line under it may also be the
    sections the story is filed in (``Fell Courier`` over ``NEWS | COURTS``).
    A line marked with ``#`` is a heading, never a masthead.
    """
    words = text.split()
    if not words or len(words) > _MAX_MASTHEAD_WORDS or text[0] == "#":
        return False  # (a line marked as a heading is one: "# The Evening Wire")
    body = len(words) > 2 and any(
        words[at].lower() in _BODY_WORDS and words[at + 1].lower() in ("of", "for")
        for at in range(min(_BODY_AT, len(words) - 1))
    )
    # (the name may carry its edition, over the site's menu: "Hollmersbach
    # Post — News in English"; over a date, "Meridian Wire – Evening Digest"
    # names an issue)
    edition = not body and words[-1].lower() not in _MASTHEAD_ENDS
    named = _EDITION_JOIN.split(text, 1)[0].split()[-1].lower()
    if edition and named not in _MASTHEAD_ENDS and named not in _BODY_WORDS:
        return (
            False  # (a body with its department: "Westmarch County Council – Highways")
        )
    # ("THE ISLAND COURIER - TEXT-ONLY EDITION" names an edition, even over a date)
    edition = edition and not text.lower().endswith("edition")
    if not only_furniture_so_far(state):
        return False
    below = _furniture_below(state, line, end_line)
    if below is not None:
        return not edition or below != "date"
    # (or over the sections it files the story in: "NEWS | COURTS")
    following = next_content_line(state, line, end_line)
    if following is None:
        return False
    below = line_text(state, following).strip()
    sections = _SECTIONS_JOINED.split(below)
    return 1 < len(sections) <= _MAX_SECTIONS and all(
        _SECTION.fullmatch(s) or _SENTENCE_CASE.fullmatch(s) for s in sections
    )


_EDITION_JOIN = regex.compile(r" [—–|-] ")
# The word of a public body's name before "of": "Ministry of …", "Office for
# …", "National Bank of …", "Court of Appeal …".
_BODY_WORDS = frozenset(
    {"department", "ministry", "office", "bureau", "directorate", "bank", "court"}
    | {"commission", "tribunal", "authority", "agency", "council"}
)
_BODY_AT = 3  # words before "of": "NATIONAL BANK OF VESTRIA"
# The last word of a body's name over its page's furniture: "Marrowcester
# Combined Court Centre" over "Courts › Notices".
_BODY_ENDS = frozenset(
    {"centre", "center", "partnership", "council", "authority", "agency", "trust"}
    | {"commission", "constabulary", "police", "service", "university", "hospital"}
)
_MASTHEAD_ENDS = _PAPER_WORDS | _BODY_ENDS


def issuing_body(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a line at the page's top names the body that issues the page.

    ``Marrow Hill District Council`` over its report's title, ``Office of
    the Regional Ombudsman for the Eastmoor Councils`` under it: two to ten
    capitalised words, the last a body's (``Council``, ``Inspectorate``,
    ``Ltd``) or one of the first three a body's before ``of`` or ``for``
    (``Care Standards Inspectorate for Westmoor``), with nothing but
    furniture and at most the title before it. Over prose it is the title
    (``PARISH COUNCIL`` over ``Notice is hereby given that …``) or a
    section's heading (``MAGISTRATES’ COURT`` over a case), and a case's
    name (``Harbour Board v Marren Shipping Ltd``) is the page's title.
    """
    words = text.split()
    if not 1 < len(words) <= _MAX_BODY_WORDS or " v " in text:
        return False
    last = words[-1].lower()
    if last not in _ISSUER_ENDS and not any(
        words[at].lower() in _ISSUER_ENDS and words[at + 1] in ("of", "for")
        for at in range(min(_BODY_AT, len(words) - 1))
    ):
        return False  # most lines: a split and a few look-ups
    if not _BODY_NAME.fullmatch(text):
        return False
    headings, content = top_blocks(state)
    return not content and headings <= 1 and not _prose_below(state, line, end_line)


def _prose_below(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether the next line that is not blank opens prose.

    It ends a sentence, or it runs on into a line in lower case.
    """
    following = next_content_line(state, line, end_line)
    if following is None:
        return False
    below = stripped_text(state, following).rstrip("\"'”’)")
    if below[-1:] in (".", "!", "?"):
        return True
    return (
        following + 1 < end_line and stripped_text(state, following + 1)[:1].islower()
    )


_MAX_BODY_WORDS = 10
# The words that end a body's name, or come before its "of" or "for".
_ISSUER_ENDS = (
    _BODY_WORDS
    | _BODY_ENDS
    | {"inspectorate", "institute", "ombudsman", "board", "foundation", "society"}
    | {"ltd", "limited", "plc", "co-operative", "cooperative", "llp", "inc"}
)
# A name: capitalised words, and the small words between them.
_BODY_NAME = regex.compile(
    r"(?:\p{Lu}[\p{L}&'’.-]*|of|for|the|and|&|on|in)"
    r"(?: (?:\p{Lu}[\p{L}&'’.-]*|of|for|the|and|&|on|in))+"
)


def label_over_byline(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a short label under the title stands over its byline or date.

    ``ECONOMY`` or ``Analysis`` between the headline and ``By Ana Ruiz``:
    one to three words without punctuation, right under the title (only
    furniture between), over a line of page furniture. It names where the
    page is filed; a heading would name the prose under it.
    """
    if not text or len(text) > _MAX_KICKER or not text[-1].isalnum():
        return False
    if not under_title(state):
        return False
    if len(text.split()) > _MAX_KICKER_WORDS or not text[0].isupper():
        return False
    following = next_content_line(state, line, end_line)
    if following is not None and _BARE_TIME.fullmatch(stripped_text(state, following)):
        return False  # "Second Reading" over "2.41 pm": a debate's section
    return _furniture_below(state, line, end_line) in ("byline", "date")


# A time alone, as a chamber's record stamps its speeches: "2.41 pm".
_BARE_TIME = regex.compile(r"\d{1,2}[.:]\d\d\s*(?:[ap]\.?m\.?)?", regex.IGNORECASE)


def _furniture_below(state: StateBlock, line: int, end_line: int) -> str | None:
    """The furniture kind of the next line that is not blank, if it is furniture."""
    following = next_content_line(state, line, end_line)
    if following is None:
        return None
    return classify(line_text(state, following).strip())


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


def kicker(state: StateBlock, line: int, end_line: int, text: str) -> bool:
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
    if words[-1].lower() == "obituary":
        return False  # "Ana Ruiz obituary" is the headline of an obituary
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
        and title_words[-1].lower() not in OPEN_WORDS
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


def under_title(state: StateBlock) -> bool:
    """Whether the title and only furniture come before this line."""
    return top_blocks(state) == (1, False)


def under_standfirst(state: StateBlock) -> bool:
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


# Where and before whom a speech or a briefing was given, under its title.
_EVENT_LABEL = regex.compile(
    r"(?:location|venue|place|where|event|occasion|speakers?|participants"
    r"|attendees|host|moderator|interviewer|chair)\s*:\s*[^.!?]{1,80}",
    regex.IGNORECASE,
)


def event_label(state: StateBlock, text: str) -> bool:
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
        and under_title(state)
    )
