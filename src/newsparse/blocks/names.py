"""Block parse: the author's name, known by where it stands.

A name alone on its line (``Ana Ruiz``, ``Tom Hale and Lin Wu``, ``Dan
Ortiz at Harbour Park``: :func:`name_line`) is a byline under the title when
page furniture or a dateline follows it or furniture comes right before it;
a title of office under a byline (``Minister for Finance``) is one too, and
a role on the line under the name (``Crime Reporter``: :func:`role_under`)
goes with it. The names a byline gives are kept (:func:`note_authors`), so
that at the foot of the page the author's biography (``Ana Ruiz has covered
…``) is known as a byline as well (:func:`credit_line`).
"""

from __future__ import annotations

import regex
from markdown_it.rules_block import StateBlock

from .furniture import classify
from .lines import (
    is_blank,
    line_text,
    next_content_line,
    opens_item,
    stripped_lines,
    stripped_text,
)
from .page_top import under_standfirst, under_title

__all__ = [
    "DATELINE",
    "closing_end",
    "credit_line",
    "letter_signed",
    "name_line",
    "note_authors",
    "role_under",
    "signed_off",
    "unemphasised",
]

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
    # a stage of a bill: "Second Reading", "Committee Stage"
    + "reading stage".split()  # noqa: SIM905
)
_NAME_LINE_WORDS = frozenset(
    "de da van von der del la le bin al di du and & (now) (earlier) (before)".split()  # noqa: SIM905
)  # the words of a name line that need no capital
_MAX_NAME_LINE = 80  # characters
# An author's biography: the name, then what they do ("… has covered …").
_BIO = regex.compile(
    r"(?:\S+\s+){1,4}(?:is|was|has (?:covered|reported|written|been|worked|spent"
    r"|edited|led|held|served|joined|taught|lived|tested|reviewed|studied|followed"
    r"|presented|produced)|covers|writes|reports|joined|leads"
    r"|edits|specialises|specializes|focuses)\b"
)
# A dateline opening a paragraph: "SANTIAGO, Jan 12 (Reuters) -", "LAGOS (AP) —".
DATELINE = regex.compile(r"\p{Lu}{3,}[\p{Lu} .’'-]*(?:,|\s\()")


_DATED = frozenset({"date", "reading_time"})


def _last_kind(state: StateBlock) -> str | None:
    """The kind of the block just before, when it is boilerplate."""
    if state.tokens and state.tokens[-1].type == "boilerplate":
        return str(state.tokens[-1].meta["kind"])
    return None


def credit_line(state: StateBlock, line: int, end_line: int, text: str) -> bool:
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
        # most lines end in punctuation
        return _biography(state, text) or _closing_bio(state, line, end_line, text)
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
    following = next_content_line(state, line, end_line)
    after = line_text(state, following).strip() if following is not None else ""
    if after.startswith(text + " ") and _BIO.match(after):
        return True  # "Ana Ruiz" over "Ana Ruiz has covered energy since 2010."
    if opens_item(after):
        return False  # "KEY POINTS" over its bullets: a label, not an author
    if not under_title(state):
        # Under the title and a standfirst, a name over the date line (not
        # over a table whose header names months: "Measure | Aug 2025 | …").
        return (
            under_standfirst(state)
            and classify(after) in _DATED
            and not _row_under(state, following)
        )
    return (
        (
            previous is not None
            and previous != "navigation"
            # (where they are, under the date: "Ana Ruiz and Tom Hale at City Hall")
            and (placed is None or previous in _DATED)
            # (a label in capitals over the story: "PORT OPERATIONS" under a
            # notice; a name in capitals needs furniture under it)
            and not text.isupper()
        )
        or classify(after) is not None
        or DATELINE.match(after) is not None
        or _outlet_over_date(state, following, end_line, after)
    )


_MAX_OUTLET_WORDS = 5


def _outlet_over_date(
    state: StateBlock, line: int | None, end_line: int, text: str
) -> bool:
    """Whether a byline's second line names the outlet, over the date line.

    ``Carmela Reyes`` over ``Manila Morning Ledger`` over ``Posted: Jun 02,
    2025``: a few capitalised words, then a date.
    """
    if line is None or line + 1 >= end_line or not text:
        return False
    words = text.split()
    if len(words) > _MAX_OUTLET_WORDS or not all(w[0].isupper() for w in words):
        return False
    return classify(line_text(state, line + 1).strip()) in _DATED


def _row_under(state: StateBlock, line: int | None) -> bool:
    """Whether ``line`` holds a bar and the line under it another: a table."""
    return (
        line is not None
        and line + 1 < state.lineMax
        and "|" in line_text(state, line)
        and "|" in line_text(state, line + 1)
    )


# A name, then where its bearer reported from: "Dan Ortiz at Harbour Park".
_AT_PLACE = regex.compile(
    r"(?P<name>.{3,50}?)\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*"
    r"(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}"
)


def name_line(text: str) -> bool:
    """Whether a stripped line is a name alone, perhaps with where the bearer was.

    ``Ana Ruiz``, ``Tom Hale and Lin Wu``, ``Dan Ortiz at Harbour Park``.
    """
    text = unemphasised(text)
    if not text[:1].isupper() or len(text) > _MAX_NAME_LINE:
        return False
    placed = _AT_PLACE.fullmatch(text) if " at " in text or " in " in text else None
    if placed is not None:
        text = placed.group("name")
    return _NAME_LINE.fullmatch(text) is not None


_AUTHORS = "news_authors"  # the key in the parser's env of the bylines' names
_LONGEST_AUTHOR = "news_longest_author"  # and of the longest name's length
_BYLINE_CUT = regex.compile(r"\s*(?:[,|·•;(–—]|\s-\s).*")
_NAME_JOIN = regex.compile(r"\s*,\s*|\s+(?:and|&)\s+")


def unemphasised(text: str) -> str:
    """A line without the ``*…*`` or ``_…_`` around all of it."""
    if len(text) > 2 and text[0] in "*_" and text[-1] == text[0]:
        return text.strip(text[0]).strip()
    return text


def unbolded(text: str) -> str:
    """A line without the ``**`` marks of a bold label: ``**Winner:** Ana Ruiz``."""
    if text.lstrip(" \t")[:2] in ("**", "__"):
        return text.replace("**", "").replace("__", "")
    return text


def note_authors(state: StateBlock, text: str) -> None:
    """Keep the names a byline gives, so the author's biography is known below.

    ``By Ana Ruiz and Tom Hale, Lagos`` gives ``Ana Ruiz`` and ``Tom Hale``.
    """
    text = unemphasised(text)
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


def role_under(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a name alone has the writer's role on the line under it.

    ``Ana Ruiz`` or ``By Ana Ruiz`` over ``Crime Reporter`` is one byline,
    as ``Ana Ruiz, Crime Reporter`` would be. (``BY ANA RUIZ`` over ``LAGOS
    BUREAU`` are two pieces: a byline, then the desk.)
    """
    name = text[3:].lstrip() if text[:3].lower() == "by " else text
    if line + 1 >= end_line or not name or not name_line(name):
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


def _author_bio(state: StateBlock, text: str) -> bool:
    """Whether a line opens with the name a byline gave, then what they do.

    The names are a set, and only the line's openings up to a space are
    looked up in it: a document of many articles gathers many bylines, and
    trying each of them on every line made the work grow with their number.
    """
    authors: set[str] | None = state.env.get(_AUTHORS)
    if not authors:
        return False  # most documents, or no byline seen yet
    bare = unemphasised(text)
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


def _closing_bio(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a line closing the text says who wrote it (no byline named them).

    ``Ilse Moran chairs the Civic Society and has run a bookshop …``,
    ``*Mara Velden writes about work and pay.*``, ``Gwen Harrow's column
    appears fortnightly.``: a person's name, then what they are or do, with
    nothing but furniture after it. (Not news: ``Marcus Fell has left the
    count``; not an organisation's note, kept apart.)
    """
    if state.env.get(_AUTHORS):
        return False  # a byline named the author: another person is the story's
    bare = unemphasised(text)
    if len(bare) > _MAX_BIO or _BIO_OPENING.match(bare) is None:
        return False
    following = line
    for _ in range(_MAX_FOOT):
        following_line = next_content_line(state, following, end_line)
        if following_line is None:
            return True
        following = following_line
        if classify(line_text(state, following).strip()) is None:
            return False
    return False


_TITLE = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|Rev|Revd|Sir|Dame|Lady|Lord)\.? )?"
)
_MAX_BIO = 300  # characters
_MAX_FOOT = 3  # lines of furniture a closing biography may stand over
# A person, then what they are or do: "Dr Ana Ruiz is a lecturer …", "Tom
# Hale writes about …", "Lin Wu's column appears …".
_BIO_OPENING = regex.compile(
    rf"{_TITLE}(?!The |A |An |Our )"
    r"\p{Lu}[\p{Ll}'’-]+(?: (?:\p{Lu}[\p{Ll}'’-]+|de|van|von|da|al)){1,3}"
    r"(?:['’]s (?:column|newsletter|podcast) (?:appears|runs|is published)"
    r"| (?:is|was) (?:(?:a|an|the|our) [^.!?]{0,50}?)?\b(?:columnist|writer"
    r"|journalist|correspondent"
    r"|editor|reporter|lecturer|professor|councillor|researcher|economist|analyst"
    r"|author|chair|director|chief executive|member|fellow|consultant|teacher"
    r"|farmer|campaigner|founder|co-founder|adviser|advisor|scientist|historian)s?\b"
    r"| (?:writes|chairs|teaches|lectures|farms|edits|covers|runs (?:a|an)"
    r"|has (?:written|covered|reported|taught|farmed))\b)"
)


# A signatory's office under their name: "Chief Executive", "Head of
# Enforcement, Energy Networks Authority", "Parking Services Manager".
_SIGNATORY = regex.compile(
    r"(?:[\p{Lu}][\p{L}’'-]*\s+){0,3}(?:chief executive|chair(?:man|woman|person)?"
    r"|director|manager|head|secretary|officer|president|minister|editor|governor"
    r"|treasurer|clerk|headteacher|principal|commissioner|constable|coroner|founder"
    r"|partner|counsel|registrar|convenor|organiser)\b[^.!?]{0,80}",
    regex.IGNORECASE,
)


def signature(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a name over its office closes the text above: a signature.

    ``Marta Kellaway`` over ``Chief Executive``, under the letter or
    statement it signs (a paragraph above), with nothing but a blank line,
    furniture or the end under it.
    """
    if len(text) > _MAX_NAME_LINE or line + 1 >= end_line or not state.tokens:
        return False
    if state.tokens[-1].type != "paragraph":
        return False
    office = stripped_text(state, line + 1)
    if not office[:1].isupper() or _SIGNATORY.match(office) is None:
        return False
    if not name_line(text):
        return False
    after = line + 2
    return (
        after >= end_line
        or is_blank(state, after)
        or classify(stripped_text(state, after)) is not None
    )


_MIN_LETTER_LINE = 40  # characters of the line of prose a signature stands under
# A place, perhaps with its county: "Wexmoor", "Kellerby, Northmere".
_PLACE_LINE = regex.compile(
    r"\p{Lu}[\p{L}’'.-]+(?:[ \t]+\p{Lu}[\p{L}’'.-]+){0,2}"
    r"(?:,[ \t]+\p{Lu}[\p{L}’'.-]+(?:[ \t]+\p{Lu}[\p{L}’'.-]+){0,2})?"
)


# A letter's closing words: "With warm wishes,", "Kind regards,", "Cheers,".
_CLOSING = regex.compile(
    r"(?:with )?(?:(?:very )?(?:best|kind|warm|warmest|kindest)(?: wishes| regards)?"
    r"|regards|cheers|thanks|thank you|many thanks|yours(?: sincerely| faithfully"
    r"| truly| ever)?|sincerely|love|all the best|until next (?:time|week|month))"
    r"(?: (?:again|all|everyone))?,",
    regex.IGNORECASE,
)
_MAX_SIGNED_LINES = 2  # a name, then a role or an organisation
_MAX_SIGNED_WORDS = 8


def signed_off(text: str) -> bool:
    """Whether a line closes a letter and signs it: "With thanks, Jo and everyone"."""
    return _CLOSING.match(text) is not None and not text.endswith(",")


def closing_end(state: StateBlock, line: int, end_line: int, text: str) -> int:
    """The last line of a letter's closing from ``line``, or ``line`` if none.

    ``With warm wishes,`` over ``Marguerite Osei`` and ``Chief Executive,
    Riverside Food Network``: the closing words, then one or two short
    lines without a sentence's end, then a blank line, furniture or the
    end: one signature. Not ``Thanks for reading,`` (the writer's own
    words, a paragraph).
    """
    if _CLOSING.fullmatch(text) is None:
        return line
    last = line
    while (
        last + 1 < end_line
        and last - line < _MAX_SIGNED_LINES
        and not is_blank(state, last + 1)
    ):
        below = stripped_text(state, last + 1)
        if (
            not below[:1].isupper()
            or below[-1] in ".!?:"
            or len(below.split()) > _MAX_SIGNED_WORDS
        ):
            break
        last += 1
    if last == line:
        return line
    ends = last + 1 >= end_line or is_blank(state, last + 1)
    return last if ends or classify(stripped_text(state, last + 1)) else line


def two_line_sign_off(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether a letter is signed on two lines from ``line``: a name, then a place.

    ``Hanne Brisk`` over ``Wexmoor``, set apart by blank lines right under the
    letter's last paragraph (or right under its last sentence): one sign-off,
    no headings.
    """
    if line == 0 or line + 1 >= end_line:
        return False
    name, place = stripped_text(state, line), stripped_text(state, line + 1)
    if not is_blank(state, line - 1):
        # Right under the letter's last sentence (a line of prose, or a place
        # with its county): "Margaret Oduya" over "Kellerby, Northmere".
        above = stripped_text(state, line - 1)
        if above[-1:] not in ".!?" or place[-1:] == ".":
            return False
        if ", " not in place and len(above) < _MIN_LETTER_LINE:
            return False
    elif not state.tokens or state.tokens[-1].type != "paragraph":
        return False
    if not (line + 2 >= end_line or is_blank(state, line + 2)):
        return False
    return name_line(name) and _PLACE_LINE.fullmatch(place) is not None


def letter_signed(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a name and a place sign the letter above them.

    ``Dr Anita Sorensen, Lower Hatch`` under the letter's last sentence,
    with a blank line (or nothing) under it, and no sentence after (the
    next letter's title, furniture or the end): the writer's signature, as
    annotators mark such a line 40 times to 8. A blank line may stand over
    it where the page prints two such signatures or more (a letters page):
    alone, ``Harbour Wall, Explained`` might be a title.
    """
    if (
        line == 0
        or not (line + 1 >= end_line or is_blank(state, line + 1))
        or _SIGNED.fullmatch(text) is None
    ):
        return False
    below = next_content_line(state, line, end_line)
    if (
        below is not None
        and not state.env.get(_LETTER_SIGNED)
        and _said(line_text(state, below).strip())
    ):
        # "Ana Ruiz, Westgate" over what she said: a vox pop's name (but once
        # a letter of the page was signed, its last one may stand over prose)
        return False
    above = line - 1
    if is_blank(state, above):
        if _signatures(state) < _MIN_SIGNATURES:
            return False
        while above > 0 and is_blank(state, above):
            above -= 1
    if line_text(state, above).rstrip()[-1:] not in _SENTENCE_ENDS:
        return False
    state.env[_LETTER_SIGNED] = True
    return True


_LETTER_SIGNED = "news_letter_signed"  # the env key: a letter of the page was signed


def _said(text: str) -> bool:
    """Whether a line under a name is a sentence of content, not furniture."""
    # (a question may be the next letter's title: "Who closed the library?")
    return text[-1:] in _SENTENCE_ENDS and text[-1:] != "?" and classify(text) is None


def _signatures(state: StateBlock) -> int:
    """How many lines of the document read as a letter's signature. Read once."""
    found: int | None = state.env.get("signatures")
    if found is None:
        found = state.env["signatures"] = sum(
            1
            for text in stripped_lines(state)[: state.lineMax]
            if "," in text and _SIGNED.fullmatch(text) is not None
        )
    return found


_MIN_SIGNATURES = 2
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", ")")
# A letter's writer and where they live: "Graham Tulloch, Northgate", "Dr Ian
# Sefton, Lower Hembry", "Ruth Okafor, Newcastle upon Tyne".
_PLACE = (
    r"\p{Lu}[\p{L}'’.-]+(?: (?:upon|on|in|le|by|under|over|\p{Lu}[\p{L}'’.-]+)){0,3}"
)
_SIGNED = regex.compile(
    # (two writers, and a street before the town: "Margaret and Ian Doyle,
    # Orchard Close, Tollby")
    rf"{_TITLE}(?!The |A |An )\p{{Lu}}[\p{{L}}'’.-]+(?: \p{{Lu}}[\p{{L}}'’.-]+){{0,3}}"
    rf"(?: and {_TITLE}\p{{Lu}}[\p{{L}}'’.-]+(?: \p{{Lu}}[\p{{L}}'’.-]+){{0,3}})?"
    rf"(?<=\S \S+), {_PLACE}(?:, {_PLACE})?"
)
