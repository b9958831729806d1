"""Block parse: whether a line reads as a title, by its words or by its place.

:func:`looks_like_heading` reads a plain line's words: short, opening with
a capital or a figure, ending without sentence punctuation or a word no
title ends on; :func:`quoted_title` admits a title that ends on the quote
it is built on (``Farmers: “We Cannot Wait”``). At the top of the page, the
line over the byline or the date is the headline whatever its form
(:func:`title_over_byline`), and a long line in sentence case right under
the title is its standfirst, not a heading (:func:`standfirst`).
:mod:`.headings` asks these; :mod:`.labels` and :mod:`.questions` share the
question words.
"""

from __future__ import annotations

import regex
from markdown_it.rules_block import StateBlock

from .furniture import classify
from .lines import (
    OPEN_WORDS,
    QUESTION_WORDS,
    is_blank,
    line_text,
    match_marker,
    only_furniture_so_far,
    split_words,
    top_blocks,
)
from .names import name_line
from .page_top import under_title
from .sentences import SPEECH_VERBS
from .wrapping import ends_sentence

__all__ = [
    "LONGEST_PLAIN",
    "SENTENCE_MARKS",
    "looks_like_heading",
    "opens_as_title",
    "quote_ended_title",
    "quoted_title",
    "standfirst",
    "standfirst_goes_on",
    "title_case_headline",
    "title_over_byline",
]
# Characters that end a sentence or lead into what follows, so the line is prose.
_PROSE_END = ".,;:!…\"”’'"
LONGEST_PLAIN = 160  # longer lines are prose, unless marked up as headings
# Lower-case words no title ends on: a line ending on one breaks off mid-phrase
# (a title in Title Case capitalises its last word: "What Voters Care About").
_DANGLING = frozenset(
    "a an the of and or nor but than to with at from by as after into per via".split()  # noqa: SIM905
) | {"Dr", "Mr", "Mrs", "Ms", "Prof", "Cllr", "Sir", "Dame"}  # before a name
# A label in sentence case over a question: "The numbers: how low is the
# river?", "Recap: what is the case about?" (not a speaker's "Q:", a reader's
# "You asked:", or a name).
_LABELLED_QUESTION = regex.compile(
    r"(?!(?:Q|A|Question|Answer|You asked|Reader question)\b)"
    r"\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}: "
    r"\p{Ll}[\p{L}’'-]*(?: [\p{L}\d’'-]+){2,9}\?"
)

# Words a long line breaks off on, where a short title may end ("Who Is"); a
# long one ends on "on" or "in" as a headline's particle ("… strike drags on")
# unless a figure comes before it ("turned 106 on").
_DANGLING_IN_PROSE = frozenset({"that", "who", "which", "whose", "is", "was", "were"})
_LONG_TITLE_WORDS = 6

# The prepositions a clause opening with a question word may end on
# ("Where the money comes from", "What the levy is for").
_STRANDED = frozenset({"from", "for", "to", "with", "at"})
_MIN_STRANDING = 3  # words: not "Where to" over the line that goes on
# A headline's source after its claim, in the present: "…, ministry says".
_HEADLINE_SOURCE = regex.compile(
    r",[ \t]+(?:[\p{L}’'-]+[ \t]+){1,3}(?:says|warns|tells)$"
)
# A line ending on a reporting verb in lower case breaks off before what was
# said, unless a question word opens it ("What the minister said").
SENTENCE_MARKS = frozenset(_PROSE_END) - {":"}  # a label may end in ":"
_TRAILING_ASIDE = regex.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])$")
# A sentence signed with a dash: "See you tomorrow. – Hanna".
_SIGNED_SENTENCE = regex.compile(r"[.!?] [–—-] \p{Lu}")


_OPENING = "“‘\"'(*_"  # quotes, a bracket, emphasis: "**La Gazette** (Lyon)"
_CURRENCY = "£$€¥"


def opens_as_title(text: str) -> bool:
    """Whether a line opens as a heading may: a capital, a figure or an amount.

    Quotes, a bracket or emphasis may come first (``“Nobody Saw It
    Coming”``, ``**La Gazette du Rhin** (Strasbourg)``); an amount opens
    with its currency (``£48 million programme to raise sea defences``).
    """
    opening = text.lstrip(_OPENING)
    first = opening[:1]
    return (
        first.isupper()
        or first.isdigit()
        or (first in _CURRENCY and bool(first) and opening[1:2].isdigit())
    )


def looks_like_heading(text: str, max_words: int) -> bool:
    """Return whether a stripped line reads as a plain-text heading.

    A heading is short, starts with a capital or a digit, has at least one
    letter, no pipe, and ends without sentence punctuation or a word no title
    ends on (``the``, ``of``, ``after`` in lower case); a question ends in
    ``?`` only when most of its words are capitalised.

    Example:
        >>> looks_like_heading("Implications for Trade in Light of the Vote", 14)
        True
        >>> looks_like_heading("The talks ended without a deal.", 14)
        False
    """
    if not text or len(text) > LONGEST_PLAIN or "|" in text:
        return False
    if text[0] + text[-1] in ("()", "[]"):
        return False  # "(Laughter)", "[Applause]": an aside, not a title
    if not opens_as_title(text):
        return False
    first = text.lstrip(_OPENING)[:1]
    words = split_words(text)
    # ``first`` is a character of ``text``: when it is a letter, so is one of text's.
    if len(words) > max_words or not (
        first.isalpha() or any(c.isalpha() for c in text)
    ):
        return False
    last = text[-1]
    if last in ")]":
        # "We will announce it next week. [crosstalk]": the line before the
        # aside ends as a sentence does.
        before = _TRAILING_ASIDE.sub("", text)
        if before and before[-1] in _PROSE_END:
            return False
    if last in _PROSE_END or _SIGNED_SENTENCE.search(text):
        return False  # (signed: "See you tomorrow. – Hanna")
    if last in "&+" and text[-2:-1] == " ":
        return False  # "… do not constitute trading advice. Field &": broken off
    if len(words) > _LONG_TITLE_WORDS and (
        words[-1] in _DANGLING_IN_PROSE
        or (words[-1] in ("on", "in") and words[-2][:1].isdigit())
    ):
        return False  # "…, Winifred Cole, turned 106 on": long, and it breaks off
    if words[-1] in _DANGLING and not (
        # "Where the money comes from": a question word strands the preposition
        words[-1] in _STRANDED
        and len(words) > _MIN_STRANDING
        and words[0].lower() in QUESTION_WORDS
    ):
        return False  # "…extending gains made after": the line breaks off
    if (
        words[-1] in SPEECH_VERBS
        and len(words) > 1
        and words[0].lower().strip("“‘\"'(") not in QUESTION_WORDS
        and not _HEADLINE_SOURCE.search(text)
    ):
        return False  # "Her mother, Donna, said": the quote is on the next line
    if last == "?":
        if _LABELLED_QUESTION.fullmatch(text):
            return True  # "Recap: what is the case about?"
        lettered = [w for w in words if w[0].isalpha()]
        capitalised = sum(1 for w in lettered if w[0].isupper())
        return len(words) > 1 and capitalised * 2 > len(lettered)
    return True


_CLOSING_QUOTES = "”’\"'"
_OPENING_QUOTES = "“‘\"'"


def quoted_title(text: str, max_words: int) -> bool:
    """Whether a line ending in a closing quote is a title quoting someone.

    ``Farmers: “We Cannot Wait”``, ``Island states 'disappointed but not
    defeated'``: the quote is part of the title (the line does not open with
    it: a one-line quote stays a paragraph), nothing ends a sentence inside
    the closing mark, it does not open with a pronoun (``He called the plan
    “a disgrace”``), and the line without its closing mark reads as a
    heading.

    Example:
        >>> quoted_title("Farmers: “We Cannot Wait”", 14)
        True
        >>> quoted_title("“We cannot wait,” a farmer said.”", 14)
        False
    """
    if len(text) < 3 or text[-1] not in _CLOSING_QUOTES or text[0] in _OPENING_QUOTES:
        return False
    if text[-2] in _PROSE_END:
        return False  # "… the union said: “We will strike.”"
    opening = max(text.rfind(q, 0, len(text) - 1) for q in _OPENING_QUOTES)
    if opening <= 0 or text[opening - 1] not in " \t":
        return False  # no quote opens inside the line ("the workers’" is no quote)
    if text.split(None, 1)[0].lower() in _PRONOUNS:
        return False  # "He called the plan “a disgrace”": a sentence, lacking its stop
    return looks_like_heading(text[:-1], max_words)


# Words a sentence opens with and a headline hardly ever does.
_PRONOUNS = frozenset("he she they it we i you there this that".split())  # noqa: SIM905


_MAX_TITLE_WORDS = 25
_UNDER_TITLE = frozenset({"byline", "date", "reading_time"})


def title_over_byline(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a line opening the page is its title, a byline or a date under it.

    The headline of a page is the first line after its furniture, with the
    byline or the date under it, whatever its case or form (``What is a heat
    dome, and why does it matter?``, or opening with the quote it is built
    on, ``‘We were never told’: the town that lost its river``): it must
    start with a capital, after its opening quote if any, and not end as a
    sentence does (``.``, ``,``, ``;``, ``:``). Between the two may stand a name alone
    (``Ana Ruiz``), other furniture, a section tag (``Fact Check | Local
    Government``) or the standfirst (a line of prose that does not end in
    ``:``), two lines at most, and a blank line right under the title.
    """
    # A title may open with a quote: "‘I slept in a shelter’: a winter appeal".
    first = text.lstrip(_OPENING_QUOTES)[:1]
    if text[-1] in ".,;:" or not first.isupper() or line + 1 >= end_line:
        return False
    words = split_words(text)
    if len(words) > _MAX_TITLE_WORDS or words[-1].lower() in OPEN_WORDS:
        return False  # too long, or breaking off: "… said the"
    if not only_furniture_so_far(state):
        return False
    for under in range(line + 1, min(line + 1 + _UNDER_TITLE_LINES, end_line)):
        below = line_text(state, under).strip()
        if not below:
            if under == line + 1:
                continue  # "Did the bus lanes double journey times?", blank, "By …"
            return False
        kind = classify(below)
        if kind in _UNDER_TITLE:
            return True
        if kind is None and not (
            name_line(below) or _section_tag(below) or _standfirst_line(below)
        ):
            return False
    return False


def quote_ended_title(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a headline ending in the quote it is built on opens the page.

    ``Ilse Maren: 'I wrote the whole novel twice, and threw the first one in
    the sea'`` over its standfirst and byline: too long for
    :func:`quoted_title`, a title by where it stands (:func:`title_over_byline`).
    """
    return (
        len(text) <= LONGEST_PLAIN
        and len(text) > 2
        and text[-1] in _CLOSING_QUOTES
        and text[-2] not in _PROSE_END
        and ": " in text
        and title_over_byline(state, line, end_line, text[:-1])
    )


def _standfirst_line(text: str) -> bool:
    """Whether a line under a title may be its standfirst: prose, no lead-in.

    ``The typical household will pay £111 a year more from 1 April.``, or
    without a stop (``Ferries cancelled and schools closed early``); not a
    label or a sentence introducing a list (``:``), nor a marked item.
    """
    return (
        text[-1] != ":"
        and len(split_words(text)) >= _MIN_STANDFIRST_WORDS
        and match_marker(text) is None
        and text[0] not in "#*"
        and "|" not in text  # a tag, a menu or a row
    )


_UNDER_TITLE_LINES = 3  # the byline or date, and at most two lines before it
_MAX_TAG = 60  # characters of a section tag under a title


def _section_tag(text: str) -> bool:
    """Whether a line is a short tag of the page's sections: ``Opinion | Letters``."""
    return (
        len(text) <= _MAX_TAG
        and (" | " in text or " · " in text)
        and text[-1] not in SENTENCE_MARKS
    )


_MIN_STANDFIRST_WORDS = 8


def title_case_headline(state: StateBlock, text: str) -> bool:
    """Whether a long line in Title Case opening the page is its headline.

    ``Kessler Logistics Rejects Orrin Park Partners' Board Demands, Sets Out
    Plan to Return EUR 400 Million to Shareholders``: too long for a section
    heading, but nothing but furniture comes before it, nearly every word is
    capitalised (small words aside) and no final stop ends it.
    """
    if text[-1] in ".!?:;," or not only_furniture_so_far(state):
        return False
    words = [w for w in split_words(text) if w[0].isalpha()]
    if not _MIN_HEADLINE_WORDS <= len(words) <= _MAX_TITLE_WORDS:
        return False
    small = sum(1 for w in words if w.lower() in _SMALL_TITLE_WORDS)
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised + small >= len(words) and capitalised * 3 >= 2 * len(words)


_MIN_HEADLINE_WORDS = 6
# The words a Title Case headline leaves in lower case.
_SMALL_TITLE_WORDS = OPEN_WORDS | {"nor", "so", "yet"}


def standfirst_goes_on(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether a standfirst of two sentences goes on from ``line`` to the next.

    ``Foreign ministers agreed on the conditions but not on the calendar.``
    over ``Tolvany will have to wait.``, right under the title and over the
    byline or the date: one standfirst, whatever the paragraphs below.
    """
    if line + 2 >= end_line or not under_title(state):
        return False
    following = line_text(state, line + 1).strip()
    if not following or not ends_sentence(following) or classify(following):
        return False
    if not ends_sentence(line_text(state, line).strip()):
        return False
    return classify(line_text(state, line + 2).strip()) in _UNDER_TITLE


def standfirst(state: StateBlock, line: int, text: str) -> bool:
    """Whether a line right under the title is its standfirst, not a heading.

    ``Architect whose libraries brought daylight into the reading rooms of
    northern Europe`` under ``Margarethe Olsen obituary``: the title is the
    only block so far and ends on the line above, and the line is a long
    one in sentence case (eight words or more, most of them in lower case).
    """
    if not state.tokens:
        return False
    above = state.tokens[-1].map
    if above is None or not (
        above[1] == line or (above[1] == line - 1 and is_blank(state, line - 1))
    ):
        return False  # right under the title, or a blank line under it
    if state.tokens[-1].type != "heading" or top_blocks(state) != (1, False):
        return False
    words = split_words(text)
    lower = sum(1 for word in words if word[:1].islower())
    return len(words) >= _MIN_STANDFIRST_WORDS and lower * 2 > len(words)
