"""Block parse: lines with a colon, which name what follows or do not.

A line ending in ``:`` is a heading as the label of the list, the table or
the ``Term – description`` lines under it (:func:`label_heading`): a Title
Case label (``Key Races to Watch:``, ``Chapters:``) anywhere, a short label
in any case (``Key points:``, ``What to watch next:``) below the title, but
no sentence that introduces a list (``The rates are:``, ``Benefits
include:``). A ``Label: value`` line among others like it is a field of a
fact box (:func:`field_line`), and one with a figure (``Turnout: 19.8%``) is
a result (:data:`FIGURE_VALUE`): neither names what follows.
"""

from __future__ import annotations

import regex
from markdown_it.rules_block import StateBlock

from .furniture import classify
from .lines import (
    QUESTION_WORDS,
    is_blank,
    line_text,
    only_furniture_so_far,
    opens_item,
    split_words,
    stripped_text,
)
from .names import unbolded
from .transcripts import opens_turn
from .unmarked import bare_list_at, label_count, one_word_labels_recur, term_item
from .wrapping import ends_sentence, wraps_at_width

__all__ = ["FIGURE_VALUE", "field_line", "label_heading"]
# Small words a title leaves in lower case: "Key Races to Watch".
_MINOR_WORDS = frozenset(
    """a an and as at but by for from in into nor of on or over per the to up via
    with""".split()  # noqa: SIM905
)
_LABEL_MAX_WORDS = 8


def _is_title_label(text: str) -> bool:
    """Whether ``text`` is a short title-cased label ending in a colon.

    Example:
        >>> [_is_title_label(t) for t in ("Key Races to Watch:", "Key points include:")]
        [True, False]
    """
    if not text.endswith(":") or text.endswith("::"):
        return False
    words = split_words(text[:-1])
    if not 2 <= len(words) <= _LABEL_MAX_WORDS:
        return False
    return all(
        w[0].isupper() or w[0].isdigit() or (i and w.lower() in _MINOR_WORDS)
        for i, w in enumerate(words)
    )


# Words a sentence introducing a list opens or ends with, which a label does not:
# "The rates are:", "He added:", "Benefits include:".
_SENTENCE_OPENERS = frozenset(
    """the a an this these those that our your their its his her he she they we
    i you it there here""".split()  # noqa: SIM905
)
_SENTENCE_ENDS = frozenset(
    """include includes including as follows following said says added adds
    need to of for with by from and or""".split()  # noqa: SIM905
)
# Words a label may end on that read as a verb only after a subject that
# counts ("Each pupil needs:", "Everyone needs:"); "Daily needs:" is a label.
_NOUN_OR_VERB = frozenset({"needs"})
_QUANTIFIERS = frozenset(
    """each every everyone everybody anyone anybody someone somebody nobody no
    one all""".split()  # noqa: SIM905
)
_AUXILIARIES = frozenset(
    """are is was were be been have has had do does did will would shall should
    can could may might must""".split()  # noqa: SIM905
)
_SHORT_LABEL_WORDS = 3


def _is_short_label(text: str) -> bool:
    """Whether ``text`` is a short label ending in a colon, in any case.

    ``Key points:``, ``Useful numbers:``, ``Timeline:``: one to three words
    (five after a question word, ``What to watch next:``, or before ``to
    watch:``, ``to know:`` and the like, ``Key races to watch:``)
    starting with a capital, no comma, neither opening as a sentence does
    (``The``, ``We``, ``He``), nor holding an auxiliary verb (``… are:``,
    ``… will find:``), nor ending on a verb or a small word (``… include:``,
    ``… as follows:``) unless a question word opens it (``What you'll
    need:``). ``needs`` is a noun (``Daily needs:``) unless a quantifier
    opens the line as its subject (``Each pupil needs:``).

    Example:
        >>> [_is_short_label(t) for t in ("Key dates:", "The rates are:")]
        [True, False]
    """
    if not text.endswith(":") or text.endswith("::") or "," in text:
        return False
    words = split_words(text[:-1])
    # "What you'll need:", "What to watch next:": a question word makes the
    # verb at the end part of a noun clause, which names what follows (and
    # a clause may run to five words).
    clause = len(words) > 1 and words[0].lower() in QUESTION_WORDS
    # "Verdict at a glance:", "The deal in numbers:": a set phrase ends it.
    summary = _SUMMARY_END.search(text) is not None
    # "Key races to watch:", "Dates to remember:": what follows is to be read.
    clause = clause or summary or _TO_READ_END.search(text) is not None
    if not 0 < len(words) <= _SHORT_LABEL_WORDS + 2 * clause:
        return False
    last = words[-1].lower()
    if last in _NOUN_OR_VERB and words[0].lower() in _QUANTIFIERS:
        return False  # "Each pupil needs:": a subject, then its verb
    return (
        text[0].isupper()
        and (summary or words[0].lower() not in _SENTENCE_OPENERS)
        and (clause or last not in _SENTENCE_ENDS)
        and not any(w.lower() in _AUXILIARIES for w in words)
    )


_TO_READ_END = regex.compile(
    r"\bto (?:watch|know|note|remember|expect|look out for|consider)"
    r"(?: next| now| today| this week)?:$",
    regex.IGNORECASE,
)
_SUMMARY_END = regex.compile(
    r"\b(?:at a glance|in brief|in numbers|in short):$", regex.IGNORECASE
)

# "Price: £149", "Battery life: 6 hours": a short label, a colon, a value.
# A label and a figure: "Turnout: 19.8%", "Majority: 1,204" (a result, no title).
FIGURE_VALUE = regex.compile(r"[^:]{1,40}:[ \t]+[£$€¥]?[\d.,]+(?:%| ?per ?cent)?")
_FIELD = regex.compile(r"[ \t]*\p{Lu}[^\s:]*(?:[ \t]+[^\s:]+){0,2}:[ \t]+\S")


def field_line(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether a ``Label: value`` line stands among others like it.

    Consecutive lines of a short label, a colon and a value are the fields
    of a fact box or a specification, one blank line between them or none
    (``Claim: …``, ``Verdict: Misleading``, ``**Rating:** 2 out of 5``): none
    of them names what follows. (A title in the ``X: Y`` form, ``Drought: A
    Shortfall Looms``, stands alone, or over furniture such as ``Date: 18
    September 2025``.)
    """
    if _field(line_text(state, line)) is None:
        return False
    for step in (-1, 1):
        other = line + step
        if 0 <= other < end_line and is_blank(state, other):
            other += step  # one blank line between fields
        if (
            0 <= other < end_line
            and not is_blank(state, other)
            and _field(line_text(state, other)) is not None
            and classify(line_text(state, other).strip()) is None
            # a speaker's turn is no field: "SEGMENT 2: THE BYPASS VOTE" over
            # "ADEYEMI: Welcome back." heads the part of the programme
            and not opens_turn(state, stripped_text(state, other))
        ):
            return True
    return False


def field_opening(text: str) -> bool:
    """Whether a line opens on ``Label: value``, its label perhaps in bold."""
    return _field(text) is not None


def _field(text: str) -> regex.Match[str] | None:
    """Match a ``Label: value`` line, its label perhaps in bold (``**Winner:** …``)."""
    return _FIELD.match(unbolded(text))


def _introduces_block(state: StateBlock, line: int) -> bool:
    """Whether ``line`` starts a list or a table, which a label may introduce."""
    text = line_text(state, line)
    return opens_item(text) or "|" in text


def _one_word_label(text: str) -> bool:
    """Whether ``text`` is one capitalised word and a colon: ``Chapters:``."""
    word = text[:-1]
    return (
        len(word) > 1
        and word.isalpha()
        and word[0].isupper()
        and word.lower() not in _SENTENCE_OPENERS
    )


# Words that carry the story on into the line under them, not a section's
# name: "Instead:", "However:", "Meanwhile:", "Finally:".
_DISCOURSE = frozenset(
    """instead however meanwhile otherwise also still therefore thus hence
    moreover furthermore nevertheless nonetheless indeed likewise similarly
    besides then now today yesterday tomorrow later earlier again yet so
    but and or first second third next last""".split()  # noqa: SIM905
)


def _discourse_word(word: str) -> bool:
    """Whether a label's one word carries the story on (``Instead``, ``Finally``)."""
    lower = word.lower()
    return lower in _DISCOURSE or lower.endswith("ly")


def label_heading(state: StateBlock, text: str, following: int, end_line: int) -> bool:
    """Whether a line ending in ``:`` is a label heading the list under it.

    A Title Case label (``Key Races to Watch:``, or one capitalised word,
    ``Chapters:``) heads a marked list, a table, ``Term – description``
    lines or items that lost their markers; a short
    label in any case (``Key points:``, ``In this episode:``) heads a marked
    list, a table or lines that lost their markers, below the title.
    """
    if _is_title_label(text):
        if (
            _introduces_block(state, following)
            or term_item(line_text(state, following).strip())
            or bare_list_at(state, following, end_line)
        ):
            return True
        # "Why It Matters:" over a paragraph names it.
        return _over_prose(state, text, following) and not only_furniture_so_far(state)
    # "Chapters:" over "00:00 – Introduction", "02:40 – Last orders" …: one
    # capitalised word is a Title Case label too, when the lines under it
    # make a list (not a speaker's "MINISTER:" or "Host:"), or a section's
    # name over its paragraph ("Conclusion:", "Outlook:"), used once.
    if _one_word_label(text):
        if term_item(line_text(state, following).strip()) and bare_list_at(
            state, following, end_line
        ):
            return True
        if (
            _over_prose(state, text, following, 1)
            and not _discourse_word(text[:-1])
            and not one_word_labels_recur(state)
        ):
            return not only_furniture_so_far(state)
    if not _is_short_label(text):
        return False
    if not (
        _introduces_block(state, following) or bare_list_at(state, following, end_line)
    ) and not _over_prose(state, text, following):
        return False
    return not only_furniture_so_far(state)


def _over_prose(state: StateBlock, text: str, following: int, words: int = 2) -> bool:
    """Whether a label of ``words`` words or more heads the paragraph under it.

    ``Bottom line:``, ``Company response:``, ``What was taken:`` over a
    paragraph name it; a label the document uses once (a speaker's comes
    back: ``Ms Okafor:``), and the line under it a sentence (or the first
    line of one, hard-wrapped).
    """
    if len(split_words(text)) < words or label_count(state, text) > 1:
        return False
    below = line_text(state, following).strip()
    return len(split_words(below)) >= _MIN_PROSE_WORDS and (
        ends_sentence(below)
        # a sentence leading into a list: "Until we lift the notice, please
        # follow these steps:"
        or below.endswith(":")
        # hard-wrapped: "Construction began four years ago with financing"
        or wraps_at_width(state, following, state.lineMax)
        # or going on in lower case on the line under it
        or _goes_on(state, below, following + 1)
    )


def _goes_on(state: StateBlock, text: str, line: int) -> bool:
    """Whether a line's sentence goes on, in lower case, on the line ``line``."""
    return (
        text[-1:].isalnum()
        and line < state.lineMax
        and line_text(state, line).lstrip()[:1].islower()
    )


_MIN_PROSE_WORDS = 6  # words of the paragraph under the label
