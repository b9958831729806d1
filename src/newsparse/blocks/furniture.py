"""Block parse: what page furniture looks like, one line at a time.

:func:`classify` types a stripped line by whole-line patterns, one per
kind of :data:`KINDS` (bylines, dates, navigation, share links, captions
and credits, notices…). Each pattern is tried only on lines its gate
admits: a set of first words, or a cheap test on the line. Nothing here
looks at the article's wording beyond the conventions of news pages; the
block rule that uses it is in :mod:`.boilerplate`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import regex

from .bylines import looks_like_byline, reads_as_prose
from .dates import DIGIT, MONTH, date_line
from .feed_rules import SIGN_OFF
from .page_rules import (
    BY_FIRST_WORD,
    MASTHEAD_ENDS,
    TESTED,
    TWO_WORD_STARTS,
    Rule,
    any_test,
)

__all__ = [
    "DIGIT",
    "KINDS",
    "MONTH",
    "NETWORKS",
    "WRAPPED_KINDS",
    "classify",
    "finishes_sentence",
    "furniture_sentences",
    "lone_dateline",
]

KINDS = (
    "byline",
    "date",
    "navigation",
    "tags",
    "share",
    "related",
    "source",
    "caption",
    "copyright",
    "advert",
    "contact",
    "release",
    "reading_time",
    "notice",
    "references",
)
"""The kinds of boilerplate, as :attr:`newsparse.Boilerplate.kind` names them."""

_WRAPPED_NOTES = frozenset({"notice", "advert", "copyright"})
WRAPPED_KINDS = frozenset(
    {"notice", "contact", "advert", "copyright", "source", "byline", "caption"}
    | {"share"}
)
"""The kinds of furniture written as sentences, which a wrapper may break."""

_MAX_BOLD_LABEL = 40
_CALL = regex.compile(r"(?i:read|follow|watch|listen|see|continue|explore|view) ")
_MAX_CALL = 60  # characters of a call to read on, before its arrow
_BRACKETED = frozenset({"byline", "notice", "source", "release", "advert"})
# A clock time in brackets, a hearing's: "(10.00 am)"
_BRACKETED_TIME = regex.compile(r"\d{1,2}[.:]\d{2}\s?(?:[ap]\.?m\.?)?", regex.I)
_ARROWS = "›»→➔▸>"
_PATH_MARKS = (" › ", " > ", " » ", " → ")
# A Markdown link, not an image: "[Facebook](https://…)" → "Facebook".
_MARKDOWN_LINK = regex.compile(r"(?<!!)\[([^\[\]]{1,80})\]\([^()\s]{0,300}\)")
# The last sentence of a line of two or more: "… debit. This guide does not …".
_LAST_SENTENCE = regex.compile(r"[.!?][ \t]+(\p{Lu}[^.!?]*[.!?])$")


# The kinds found for the lines of the document being parsed (see memo_scope):
# the block rules ask about the same line several times. Each parse has its
# own, in its own context, so threads and documents never share one.
_MEMO: ContextVar[dict[str, str | None] | None] = ContextVar(
    "classify_memo", default=None
)
_MAX_MEMO = 512  # lines remembered: the rules ask again about nearby lines


@contextmanager
def memo_scope() -> Iterator[None]:
    """Remember :func:`classify`'s answers while one document is parsed."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def classify(text: str) -> str | None:
    """Return the boilerplate kind of one stripped line, or ``None`` for content.

    Example:
        >>> [classify(t) for t in ("By Ana Ruiz, Madrid", "Home > World > Asia")]
        ['byline', 'navigation']
        >>> classify("By the end of the year, prices had doubled.") is None
        True
    """
    memo = _MEMO.get()
    if memo is None:
        return _classify(text)
    try:
        return memo[text]
    except KeyError:
        pass
    if len(memo) >= _MAX_MEMO:
        memo.clear()
    kind = memo[text] = _classify(text)
    return kind


def _classify(text: str) -> str | None:
    if not text or len(text) > 320:
        return None
    if (
        text[0] in "*_"
        and text[-1] == text[0]
        and len(text) > 2
        # not "**By Ana Ruiz** | Editor, *The Ledger*": a bold label first
        and not (
            text[:2] in ("**", "__") and 2 < text.find(text[:2], 2) < len(text) - 2
        )
    ):
        # In italics (or bold): "*This article is part of our series on …*".
        inner = text.strip(text[0]).strip()
        if not inner or inner[0] in "*_":
            return None
        kind = classify(inner)
        if kind is None and text[1] != text[0] and SIGN_OFF.fullmatch(inner):
            return "byline"  # "*Owen Dacre in Harrow Vale*" under a post
        if kind is None and (last := _LAST_SENTENCE.search(inner)) is not None:
            # "*Figures are for a typical household. This guide does not
            # constitute financial advice.*": a note set apart, ending on one.
            kind = classify(last.group(1))
            return kind if kind in ("notice", "advert") else None
        return kind
    if text[0] in "*_" and text[1:2].isalpha() and text[0] not in text[1:]:
        # A note in italics its wrapper broke: "*This explainer was generated
        # with AI assistance and reviewed by the Ledger's" (over the rest)
        kind = classify(text[1:])
        if kind in _WRAPPED_NOTES:
            return kind
    if text[0] in "*_" and text[1:2] not in ("*", "_", " "):
        # A label in italics: "*Filed under:* Science · Health", "*Related:* [A](…)".
        close = text.find(text[0], 1)
        if 1 < close <= _MAX_BOLD_LABEL and ":" in (
            text[close - 1],
            text[close + 1 : close + 2],
        ):
            return classify(text[1:close] + text[close + 1 :])
    if text[:2] in ("**", "__"):
        # A bold label: "**Published:** 3 May 2025", "**Source**: Eurostat".
        close = text.find(text[:2], 2)
        if (
            2 < close <= _MAX_BOLD_LABEL
            and (
                text[close + 2 : close + 3] in (":", ",")
                or text[close - 1] == ":"
                or text[close + 2 : close + 5] in (" – ", " — ", " - ")
                # (one with a date is a date line: "**By Ana Ruiz** | 9 May 2025")
                or (text[close + 2 : close + 5] == " | " and not DIGIT.search(text))
            )
        ):
            # "**Source**: Eurostat", "**Sign up to Weekend Reading** – our …",
            # "**Sign up for Health Check**, our weekly newsletter …",
            # "**By Helena Marsk** | Political Editor"
            return classify(text[2:close] + text[close + 2 :])
    if text[-1] in _ARROWS and text[-2:-1] == " ":
        # A link with its arrow: "Read full story ›", "More on this »"; a call
        # to read or follow on ("Read more at the Gazette →", "Follow live
        # updates in the app →").
        inner = text.rstrip(_ARROWS + " ")
        if _CALL.match(inner) and len(inner) <= _MAX_CALL:
            return "related"
        return classify(inner) if inner else None
    if text[0] == "[" and text[-1] == "]" and text.count("[") == 1:
        inner = text[1:-1].strip()  # "[Advertisement]", "[Check against delivery]"
        return classify(inner) if inner and not inner.isdigit() else None
    if text[0] == "(" and text[-1] == ")" and text.count("(") == 1:
        # "(With inputs from agencies)": a credit or a note in brackets
        kind = classify(text[1:-1].strip())
        if kind in _BRACKETED:
            return kind
        if kind == "date" and _BRACKETED_TIME.fullmatch(text[1:-1].strip()):
            return kind
    if text[:2] == "> " and len(text) > 2:
        # Set apart as a quote: "> Note: figures may change before the vote."
        return classify(text[2:].strip())
    if looks_like_byline(text):
        return "byline"
    # The first word, up to a colon or a bar: "Tags:Dublin", "doi:10.1038/…",
    # "https://…", "Share|Post|Email".
    words = text.split(None, 1)
    if not words:
        return None  # separators alone ("\x1f"), white space to str.split
    first = words[0].lower().split(":", 1)[0].split("|", 1)[0].rstrip(".,")
    if date_line(text, first, classify):
        return "date"
    if text.startswith("SOURCE ") and len(text) < 100:
        return "source"  # the press-wire sign-off: "SOURCE Acme Corp"
    rules: list[Rule] = []
    if any_test(text):
        rules = [rule for test, group in TESTED if test(text) for rule in group]
    rules.extend(BY_FIRST_WORD.get(first, ()))
    if first in TWO_WORD_STARTS:
        # "The Hon …", "In partnership with …": a common first word is told
        # apart by the second one, so "The …" prose runs none of these rules.
        words = text[:60].split(None, 2)
        if len(words) > 1:
            second = words[1].lower().split(":", 1)[0].rstrip(".,")
            rules.extend(BY_FIRST_WORD.get(f"{first} {second}", ()))
    for _, kind, pattern in sorted(rules) if len(rules) > 1 else rules:
        if pattern.fullmatch(text):
            if (
                kind == "navigation"
                and reads_as_prose(text)
                and not _names_or_links(text)
                # (not a path "A › B › C" or "Roads and travel › Roadworks",
                # nor a line in capitals)
                and not (
                    text[-1] not in ".!?"
                    and (
                        sum(map(text.count, _PATH_MARKS)) > 1
                        or " › " in text
                        or " » " in text
                    )
                )
                and not text.isupper()
            ):
                continue  # a sentence, unless it points to an address
            return kind
    joined = _joined(text)
    if joined is None and _flat_menu(text):
        return "navigation"  # "News Sport Business Opinion Weather Sign in"
    if (
        joined is None
        and ". " in text
        and len(text) <= _MAX_SENTENCES_LINE
        and not text[0].islower()  # (not the end of a sentence wrapped onto it)
    ):
        joined = _sentences(text)
    if (
        joined is None
        and text[1:2] == " "
        and text[0] not in _NOT_SIGNS
        and _SYMBOL.match(text)
        and len(text) > 2
    ):
        # Marked by a sign: "⏱ 6 min read", "⚠ Output may contain errors."
        return classify(text[2:].strip())
    if joined is None and ("](" in text or "**" in text):
        # Links written in Markdown: "Share: [Facebook](https://…) · [X](…)";
        # bold inside: "By **Ana Ruiz** | Desk", "**Get news by email.** Sign up …".
        bare = _MARKDOWN_LINK.sub(r"\1", text).replace("**", "")
        if bare != text and bare:
            kind = classify(bare)
            if kind is None and ") [" in text:
                # Links side by side keep a gap: "[Facebook](…) [Email](…)"
                # (a line without links, "(c) [1] … **", is not read again).
                spaced = _MARKDOWN_LINK.sub(r"\1 ", text).rstrip()
                if spaced != text:
                    kind = classify(spaced)
            return kind
    return joined


def _names_or_links(text: str) -> bool:
    """Whether a line ends in a web address or in what a newsletter is.

    ``View in your browser >> https://…``, ``MORNING TIDE -- a daily coastal
    briefing``, ``View this email in your browser``: navigation, though most
    of their words are lower case.
    """
    last = text.rsplit(None, 1)[-1].strip("<>")
    return last.startswith(("http://", "https://", "www.")) or (
        last.lower().rstrip(".:") in _NAMED_ENDS
    )


# What a line of navigation may end in: "View this email in your browser".
_NAMED_ENDS = MASTHEAD_ENDS | {"browser", "online"}


def finishes_sentence(above: str, text: str) -> bool:
    """Whether a date line ``text`` ends the sentence the line ``above`` breaks off.

    A hard-wrapped paragraph may leave a date alone on its last line:
    ``… It takes effect on 2 March, not`` over ``2 February.``. The line
    above ends mid-sentence (a lower-case word or a comma) and the date
    ends with a full stop: it is the end of that sentence, not a date line
    of the page.

    Example:
        >>> finishes_sentence("The fare rises on 2 March, not", "2 February.")
        True
        >>> finishes_sentence("By Ana Ruiz", "2 February 2026")
        False
    """
    above = above.rstrip()
    return (
        text[-1:] == "."
        and bool(above)
        and above[-1] not in ".!?:"  # (a stamp under a post's last sentence)
        and (
            above[-1] == ","
            or above.rsplit(None, 1)[-1][0].islower()
            # the day ends the line, its month begins the next: "… on 15" over
            # "January 2026."
            or _DAY_AT_END.search(above) is not None
        )
        and classify(text) == "date"
    )


_DAY_AT_END = regex.compile(r"\b(?:on|by|from|until|till|before|after) \d{1,2}$")


_JOINS = regex.compile(r"\s+[|·•]\s+")
_SYMBOL = regex.compile(r"\p{So}")  # an emoji or a sign: "⏱", "⚠", "✨"
_NOT_SIGNS = "©®™▸►▪■□●○◦•‣▹→↗"  # marks of their own, or of list items
_MAX_JOINED = 8  # pieces of furniture side by side on one line


def _joined(text: str) -> str | None:
    """The kind of a line of furniture pieces side by side, or ``None``.

    ``Terms of use | Privacy policy | Contact us``: every piece is
    furniture on its own, so the line is; navigation when the pieces
    differ. Beside a link (``Download data``), a piece may be a short
    label, the name of a page (``Station map | Download data |
    Methodology``); a telephone number is a contact's piece. Any other piece
    keeps the line content (``Adults | £4.20``, ``Candidate | Party | Votes |
    Share``), unless the pieces are a newsletter's masthead (see
    :func:`_masthead`).
    """
    if "|" not in text and "·" not in text and "•" not in text:
        if len(text) > _MAX_DASHED_LINE or not (" — " in text or " – " in text):
            return None
        return _dashed(text)
    pieces = _JOINS.split(text)
    if not 1 < len(pieces) <= _MAX_JOINED:
        return None
    kinds = set()
    labels = 0
    for piece in pieces:
        kind = classify(piece)
        if kind is None and _PHONE.fullmatch(piece):
            kind = "contact"  # "policy@example.org | 01632 960233"
        if kind is None:
            if _LINK_LABEL.fullmatch(piece) is None:
                return "navigation" if _masthead(text, pieces) else None
            labels += 1
            continue
        kinds.add(kind)
    if labels:
        # Beside a link to a page ("Download data"), not a column's name
        # ("Candidate | Party | Votes | Share") or a date ("Rome | 3 May");
        # or a desk beside what it makes ("Drought Desk · Statement tracker").
        if kinds & {"navigation", "byline"} or _masthead(text, pieces):
            return "navigation"
        if kinds == {"release"} and len(pieces) == 2 and classify(pieces[0]):
            # a release filed under its section: "Press Release | Business"
            return "navigation"
        return None
    return kinds.pop() if len(kinds) == 1 else "navigation"


def _dashed(text: str) -> str | None:
    """The kind of two or three pieces of furniture joined by dashes, or ``None``.

    ``22 July 2024 — 7 minutes to read``: each piece must be furniture on
    its own and open with a capital or a figure, so a title with its issue
    (``The Thawline — Issue 112``) or a line of a list (``Monday 2 June —
    all staff``) stays content.
    """
    pieces = _DASHES.split(text)
    if not 1 < len(pieces) <= _MAX_DASHED or any(p[:1].islower() for p in pieces):
        return None  # (a lower-case piece goes on a sentence: "… – all staff")
    kinds = {classify(piece) for piece in pieces}
    if None in kinds:
        return None
    return kinds.pop() if len(kinds) == 1 else "navigation"


_DASHES = regex.compile(r" [—–] ")
_MAX_DASHED = 3
_MAX_DASHED_LINE = 80  # characters: "22 July 2024 — 7 minutes to read"


# The sections a site's menu names, and its buttons: a crawler that drops the
# menu's separators leaves "News Sport Business Opinion Weather Sign in".
_MENU_WORDS = frozenset(
    """home news sport sports business opinion weather puzzles jobs subscribe
    markets stocks bonds currencies commodities economy watchlist politics world
    culture lifestyle travel health science tech technology entertainment arts
    video videos podcasts local region regions environment education property
    motoring food books music film tv obituaries letters comment analysis
    features newsletters search menu topics games crosswords money careers
    climate uk us europe asia africa americas australia latest live listen
    watch shop account""".split()  # noqa: SIM905
)
_TITLE_WORDS = frozenset("and of the for in on to a an with from at by as".split())  # noqa: SIM905
_MENU_PAIRS = ("Sign in", "Log in", "Sign up", "My account")
_MIN_MENU_WORDS = 5


def _flat_menu(text: str) -> bool:
    """Whether a line is a site's menu with its separators lost.

    Five or more capitalised words, nearly all of them sections or buttons
    (``Markets Stocks Bonds Currencies Economy Watchlist Sign in``); a
    headline in Title Case names other things.
    """
    if text[-1:] in ".!?:" or not text[:1].isupper():
        return False
    for pair in _MENU_PAIRS:
        text = text.replace(pair, "Home")
    words = text.split()
    if len(words) < _MIN_MENU_WORDS or not all(w[:1].isupper() for w in words):
        return False
    lowered = [w.lower() for w in words]
    if not _TITLE_WORDS.isdisjoint(lowered):
        return False  # "Business Travel And Local Food Markets": a title's words
    return sum(w in _MENU_WORDS for w in lowered) * 5 >= len(words) * 4


def _masthead(text: str, pieces: list[str]) -> bool:
    """Whether pieces side by side are a newsletter's name and its issue.

    ``The Echo · Results newsletter · Sent every two hours``, ``Risk
    monitoring for subscribers | Week 22 | 26 May``: a piece names the issue
    or what the letter is, and none is a sentence or a figure alone.
    """
    return (
        len(pieces) <= _MAX_MASTHEAD_PIECES
        and text[0] != "|"
        and text[-1] != "|"  # (not a table's header: "| Region | Week 45 |")
        and any(_ISSUE.search(piece) for piece in pieces)
        and not any(
            piece[-1:] in ".!?"
            or len(piece.split()) > _MAX_MASTHEAD_PIECE
            or not any(c.isalpha() for c in piece)  # a row's figure: "Week 22 | 14"
            for piece in pieces
        )
    )


_SENTENCE_BREAK = regex.compile(r"(?<=[.!?]) (?=\p{Lu})")
_MAX_SENTENCES_LINE = 200  # characters of a line of furniture sentences
_MAX_SENTENCES = 3
_MAX_NOTE_WORDS = 12  # words of a note on the figures before their source


def _sentences(text: str) -> str | None:
    """The kind of a line of two or three sentences, each furniture, or ``None``.

    ``Written by Ana Ruiz, Weather Reporter. Published at 6.05am, Sunday 16
    November 2025``: a byline and a date, one line; the first one's kind.
    A sentence that is not furniture keeps the line content.
    """
    pieces = _SENTENCE_BREAK.split(text, _MAX_SENTENCES)
    if not 1 < len(pieces) <= _MAX_SENTENCES:
        return None
    if pieces[-1][:8].lower().startswith(("source:", "sources:", "data:")) and all(
        len(piece.split()) <= _MAX_NOTE_WORDS for piece in pieces[:-1]
    ):
        # A note on the figures, then where they come from: "Index values,
        # 2019 = 100. Source: Northvale Statistics Agency"
        return "source" if classify(pieces[-1].rstrip(".")) == "source" else None
    return _each_furniture(pieces)


def _each_furniture(pieces: list[str]) -> str | None:
    """The first sentence's kind when every sentence is furniture, else ``None``."""
    first = classify(pieces[0].rstrip("."))
    if first is None:
        return None
    for piece in pieces[1:]:
        if classify(piece.rstrip(".")) is None:
            return None
    return first


def furniture_sentences(text: str, most: int) -> str | None:
    """The kind of a text of two to ``most`` sentences, each furniture.

    A footer wrapped over lines (``The Review, 3 Chandlers Yard, Carlow CB4
    9HX. You are receiving this letter because …``): the first sentence's
    kind, or ``None`` when one sentence is content.
    """
    pieces = _SENTENCE_BREAK.split(text, most)
    if not 1 < len(pieces) <= most:
        return None
    return _each_furniture(pieces)


# What names a newsletter's issue beside its name: "Issue 31", "Week 22",
# "Results newsletter", "The Mercury weekend email"; or a tool's version.
_ISSUE = regex.compile(
    r"^\W*week\s*\d{1,4}\W*$|\b(?:issue|edition|no\.|vol\.?|volume)\s*\d{1,4}\W*$"
    r"|\w \b(?:newsletter|e-?mail|bulletin|digest)\b\W*$"
    r"|\w v\d{1,2}\.\d{1,2}$"  # a tool's name and version: "TIMELINE BUILDER v2.3"
    r"|\w \d{1,3} of \d{1,3}\W*$"  # one of a series: "Donor guide 7 of 12"
    # what made it: "NewsMind · AI-generated summary", "Live summary ·
    # auto-generated every 30 minutes"
    r"|^\W*(?:ai|auto)-generated\b"
    # which edition: "THE DAILY HARBOUR | Text-only edition"
    r"|^\W*(?:text-only|print|digital|online|international|weekend|morning|evening"
    r"|e-|uk|us|asia|europe)\s?edition\W*$"
    r"|^\W*(?:weekly|daily|monthly) (?:[\w-]+ ){0,2}(?:newsletter|e-?mail|bulletin"
    r"|digest|briefing)\b",
    regex.IGNORECASE,
)
_MAX_MASTHEAD_PIECE = 12  # words: a longer piece is a sentence of its own
_MAX_MASTHEAD_PIECES = 3  # "The Echo · Results newsletter · Sent every two hours"

# A telephone number alone, beside an address or a name.
_PHONE = regex.compile(r"\+?\d[\d ()-]{6,18}\d")

# The name of a page in a line of links: "Methodology", "Station map".
_LINK_LABEL = regex.compile(r"\p{Lu}\p{Ll}+(?: \p{Ll}+)?")


# The networks a share box lists one a line under its label ("Share this
# article" over "Facebook", "X", "Email").
NETWORKS = frozenset(
    """facebook twitter x linkedin whatsapp email e-mail reddit telegram instagram
    pinterest messenger bluesky threads mastodon flipboard print sms line wechat
    weibo viber vk kakaotalk""".split()  # noqa: SIM905
) | {"copy link", "copy url"}


# the place, or the place in capitals, then a dash: "(AP) — NAIROBI, Kenya",
# "NAIROBI, Kenya (AP) —", "LAGOS, May 6 (Reuters) -", "CAIRO —".
_PLACE = r"(?-i:\p{Lu}{2,}[\p{Lu}.’'-]*(?: \p{Lu}{2,}[\p{Lu}.’'-]*){0,3})"
_PLACE_TAIL = r"(?:,[ \t]*[\p{L}\d.’' -]{1,40})?"
_WIRE = r"\([ \t]*(?-i:\p{Lu}[\p{L}.&]{1,15}(?: \p{Lu}[\p{L}.&]{1,15}){0,2})[ \t]*\)"
_DASH = r"(?:—|–|--?)"
_LONE_DATELINE = regex.compile(
    rf"{_WIRE}[ \t]*{_DASH}(?:[ \t]*{_PLACE}{_PLACE_TAIL})?"
    rf"|{_PLACE}{_PLACE_TAIL}(?:[ \t]*{_WIRE})?[ \t]*{_DASH}"
    # under the byline, in title case: "New Delhi, June 14 (DNW)"
    r"|(?-i:\p{Lu}[\p{Ll}.’'-]+(?: \p{Lu}[\p{Ll}.’'-]+){0,2}),[ \t]*"
    r"(?-i:\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+\p{Lu}\p{Ll}{2,8})"
    rf"[ \t]*{_WIRE}",
    regex.IGNORECASE,
)
_MAX_DATELINE = 70


def lone_dateline(text: str) -> bool:
    """Whether a stripped line is a wire dateline and nothing more.

    ``(AP) — NAIROBI, Kenya``, ``NAIROBI, Kenya (AP) —``, ``CAIRO —``: it
    opens with the agency in brackets or a place in capitals, and either
    ends in a dash or has the dash right after the agency. A line with
    words after the dash (``CAIRO — Egypt's central bank…``) is the
    paragraph the dateline opens, not a dateline alone.

    Example:
        >>> [lone_dateline(t) for t in ("(AP) — NAIROBI, Kenya", "NATO Summit")]
        [True, False]
    """
    if not text or len(text) > _MAX_DATELINE:
        return False
    if (
        text[0] != "("
        and text[-1] != ")"
        and not (text[-1] in "—–-" and text[:2].isupper())
    ):
        return False  # most lines: no bracket first or last, no dash last
    return _LONE_DATELINE.fullmatch(text) is not None
