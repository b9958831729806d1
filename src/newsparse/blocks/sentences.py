"""Block parse: text written one sentence per line, and speakers' turns.

Where blank lines separate runs of sentence lines, they mark the paragraphs
and each run is one paragraph (:func:`joins_sentence`); where the document has
no such runs (wire copy often puts each one-sentence paragraph on its own
line, blank lines only around headings and page furniture), nothing is
joined. A sentence broken before what was said (``Councillor Ian Ross
said`` / ``the building had leaked …``) is joined in any document
(:func:`runs_on_after_verb`), and :func:`speaker_label` tells a transcript's
speaker over a turn.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import regex
from markdown_it.rules_block import StateBlock

from .furniture import classify
from .lines import (
    SPACE,
    is_blank,
    line_text,
    match_marker,
    next_content_line,
    split_words,
    stripped_lines,
    stripped_text,
)
from .wrapping import (
    WIDER,
    ends_sentence,
    opens_block,
    starts_lower,
    title_case,
    wrap_width,
)

__all__ = [
    "SPEECH_VERBS",
    "joins_sentence",
    "runs_on_after_verb",
    "sentence_runs",
    "speaker_label",
]

SPEECH_VERBS = frozenset(
    """said says told tells added adds asked explained explains recalled
    warned warns insisted insists noted wrote writes argued argues
    replied""".split()  # noqa: SIM905
)
"""Verbs of reporting: a line ending on one in lower case breaks off before
what was said (``Her mother, Donna, said`` / ``the water rose fast.``).
Forms that are also plural nouns (``notes``, ``recalls``, ``asks``,
``replies``) are left out: ``Field notes`` and ``Product recalls`` are
titles."""

_MAX_LABEL_WORDS = 2  # "Key points:"; a sentence has more words
# A label at the start of a line: "Q:", "MINISTER:", "Access Zones:" (a turn
# of a transcript or a term, not a sentence that runs on).
_LEAD_LABEL = regex.compile(r"[^\s:]+(?:[ \t]+[^\s:]+){0,3}:(?:[ \t]|$)")
_REFERENCE = regex.compile(r"[ \t]*(?:\[\d{1,3}\]|\^)")
_MIN_RUNS = 3  # paragraph runs a document needs before its runs are joined
_MAX_RUN_LINES = 6  # a longer run of sentence lines is no paragraph


def _sentence_line(text: str) -> bool:
    """Whether a stripped line is a plain sentence: prose ending as one.

    Not a list item, table row, markup, reference entry, labelled turn
    (``Q:``, ``MINISTER:``) or page furniture.
    """
    if not ends_sentence(text) or ("|" in text and _cell_bar(text)):
        return False
    if opens_block(text) or _REFERENCE.match(text):
        return False
    if match_marker(text) is not None:
        return False
    label = _LEAD_LABEL.match(text)
    if label is not None and not _said(label.group()):
        return False
    if text[-1] == "?" and title_case(text):
        return False  # "Why Did the State Act Now?" heads a section
    return classify(text) is None


def _said(label: str) -> bool:
    """Whether a line's leading label reports speech: ``Mrs Okonjo said:``."""
    words = label.rstrip().rstrip(":").rsplit(None, 1)
    return bool(words) and words[-1] in SPEECH_VERBS  # ("\x1f:" holds no word)


# Text in quotation marks: a bar inside it is quoted, not a table's or a menu's.
_QUOTED = regex.compile(r'"[^"]*"|“[^“”]*”')


def _cell_bar(text: str) -> bool:
    """Whether a line holds a ``|`` outside quotation marks (a row or a menu).

    ``… a banner reading "Save the Pool | Sign the petition".`` quotes one.
    """
    return "|" in _QUOTED.sub("", text)


def _paragraph_runs(state: StateBlock) -> bool:
    """Whether blank lines separate runs of sentence lines (one paragraph each).

    A run is a group of two to :data:`_MAX_RUN_LINES` lines between blank
    lines, each a sentence (see :func:`_sentence_line`). The document must
    hold at least :data:`_MIN_RUNS` of them, and they must be at least half
    of its groups that hold two sentence lines or more: in a document of
    one-line paragraphs with a few groups under headings, the lines stay
    apart. In hard-wrapped text one run is enough. Computed once per
    document.
    """
    cached = state.env.get("sentence_runs")
    if cached is not None:
        return bool(cached)
    found = _has_runs(state, _MIN_RUNS, len(state.src))
    width = wrap_width(state)
    if not found and width:
        # In hard-wrapped text paragraphs stand apart by their blank lines,
        # so one run will do, of lines that fit the width (a wider line is
        # a paragraph written on one line).
        found = _has_runs(state, 1, int(width * WIDER))
    state.env["sentence_runs"] = found
    return found


def _has_runs(state: StateBlock, least: int, widest: int) -> bool:
    """Whether ``least`` runs of sentence lines at most ``widest`` long are found.

    A first pass reads only line ends: most documents stop there.
    """

    def ends(text: str) -> bool:
        return len(text) <= widest and ends_sentence(text)

    def sentence(text: str) -> bool:
        return len(text) <= widest and _sentence_line(text)

    if _count_runs(state, ends, lambda _: True)[0] < least:
        return False
    runs, groups = _count_runs(state, sentence, _caption)
    return runs >= least and runs * 2 >= groups


def sentence_runs(state: StateBlock) -> bool:
    """Whether the document's paragraphs are runs of sentence lines."""
    return state.env.get("sentence_runs") is not False and _paragraph_runs(state)


_MAX_TAIL = 2  # furniture lines a run may end on (a caption and its credit)


def _caption(text: str) -> bool:
    return classify(text) is not None


def _count_runs(
    state: StateBlock,
    sentence: Callable[[str], bool],
    furniture: Callable[[str], bool],
) -> tuple[int, int]:
    """Count the runs of sentence lines, and the groups with two sentences or more.

    A run may end on up to :data:`_MAX_TAIL` lines of ``furniture``: a
    photo's caption and credit under the paragraph, no blank line between.
    A question opening a group (``Which shop was cheapest?`` over the
    sentences that answer it) is left out: it heads the lines under it, so a
    question over one answer line is no group at all, and so is a live page's
    time stamp over the sentences of its post. So is a short title in
    sentence case (``Where the gap is widest``), over three sentences at
    least: over two, they may be two one-line paragraphs.
    """
    runs = groups = 0
    sentences = lines = 0
    tail: list[str] = []  # the lines after the group's leading sentences
    opening = True  # the line opens its group
    least = 2  # sentence lines a group needs
    # The lines, then an empty one that ends the last group.
    for text in [*stripped_lines(state)[: state.lineMax], ""]:
        if not text:  # a blank line, or the end
            if sentences >= 2:
                groups += 1
                runs += (
                    least <= lines - len(tail) == sentences <= _MAX_RUN_LINES
                    and len(tail) <= _MAX_TAIL
                    and all(map(furniture, tail))
                )
            sentences = lines = 0
            tail = []
            opening = True
            least = 2
            continue
        if opening:
            opening = False
            if text[-1] == "?":
                continue
            if _heads_group(text) or (text[0].isdigit() and classify(text) == "date"):
                continue  # a title, or a live page's time stamp ("11.58pm")
            if _short_title(text):
                least = _MIN_UNDER_SHORT_TITLE
                continue
            if _turn(text):
                lines += 1  # "MINISTER: Yes." over what the minister goes on to say
                sentences += 1
                continue
        lines += 1
        # A line of two sentences is a paragraph written on its line, no
        # sentence of a run: "“Berlin has paid the most. A fund …”".
        if not tail and sentence(text) and not _SECOND_SENTENCE.search(text):
            sentences += 1
        else:
            tail.append(text)
    return runs, groups


# A second sentence on the line: a stop after a word in lower case or a
# figure, not after a title or an initial ("Dr. Ana Ruiz", "J. Smith").
_SECOND_SENTENCE = regex.compile(
    r"(?<=[\p{Ll}\d%][\p{Ll}\d%])(?<!\b(?:Mrs|Prof|Gov|Sen|Rep|Gen|Col|Capt|Sgt|Rev"
    r"|Hon|Inc|Ltd|Corp|Bros|vs|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct"
    r"|Nov|Dec))[.!?][\"”’)]?[ \t]+[\"“‘(]?\p{Lu}"
)


def _heads_group(text: str) -> bool:
    """Whether a group's first line is a short title over it.

    ``HEADLINES``, ``Rail Strike Called Off``, or a numbered or labelled one
    in any case (``1. Rail strike called off at the last minute``, ``Energy:
    Grid operator delays auction``).
    """
    return (
        len(text) <= _MAX_GROUP_TITLE
        and not ends_sentence(text)
        and text[-1] != ":"
        and (
            text.isupper()
            or title_case(text)
            or _NUMBERED_TITLE.match(text) is not None
            or _LABELLED_TITLE.match(text) is not None
        )
    )


_MAX_GROUP_TITLE = 60  # characters
_MAX_SHORT_TITLE = 6  # words
_MIN_UNDER_SHORT_TITLE = 3  # sentence lines under a title in sentence case


def _short_title(text: str) -> bool:
    """Whether a group's first line is a short title in sentence case."""
    return (
        text[:1].isupper()
        and not ends_sentence(text)
        and text[-1] != ":"
        and len(split_words(text)) <= _MAX_SHORT_TITLE
    )


_NUMBERED_TITLE = regex.compile(r"\d{1,2}[.)][ \t]+\p{Lu}")
# A section's label before its title: "Energy: Grid operator delays auction".
_LABELLED_TITLE = regex.compile(r"\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*)?: \p{Lu}")


def joins_sentence(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether sentence line ``line`` and the next one are one paragraph.

    They are when both are sentence lines and the document separates its
    paragraphs by blank lines between runs of them (see :func:`_paragraph_runs`).
    In such a document a sentence broken over lines is joined too: a line
    ending in a comma, or one the next line goes on from in lower case
    (``Sentencing him,`` / ``Judge Ana Ruiz`` / ``said the fraud …``).
    """
    if line + 1 >= end_line or is_blank(state, line + 1):
        return False
    if not _paragraph_runs(state):
        return False  # the document has no such runs (read once per document)
    text = stripped_text(state, line)
    following = stripped_text(state, line + 1)
    if not ends_sentence(text):
        if text[-1:] == ":":
            # "Its owner said:" over the quote: one paragraph, unless a list follows.
            return _introduces_sentence(text, following)
        return _broken_sentence(text, following)
    if not ends_sentence(following):
        if following[-1:] != ":" or not _sentence_line(text):
            return False
        after = "" if line + 2 >= end_line else stripped_text(state, line + 2)
        if not after or match_marker(after) is not None:
            # The run ends on the sentence leading into a list under it:
            # "Three of them matter most:" closes its paragraph.
            return _lead_in(following)
        # The run goes on to a line introducing the sentence under it.
        return _introduces_sentence(following, after)
    return _sentence_line(following) and (
        _sentence_line(text)
        # (a turn opening its group: the line above is blank, or there is none)
        or ((line == 0 or is_blank(state, line - 1)) and _turn(text))
    )


def _turn(text: str) -> bool:
    """Whether a line opens a speaker's turn with a sentence: ``MINISTER: Yes.``.

    It may open a run of sentence lines (what the speaker goes on to say),
    though it is no sentence line itself: the next turn starts a paragraph.
    """
    label = _LEAD_LABEL.match(text)
    return (
        label is not None
        and not _said(label.group())
        and _sentence_line(text[label.end() :].strip())
    )


def _introduces_sentence(text: str, following: str) -> bool:
    """Whether a line ending in ``:`` leads into the sentence line under it.

    ``Its owner said:`` over ``"It was my grandfather's."``: a sentence
    (see :func:`_lead_in`) introducing a sentence line, not a list item (a
    line ending in ``:`` stands alone only over a list).
    """
    return _lead_in(text) and _sentence_line(following)


def _lead_in(text: str) -> bool:
    """Whether a line ending in ``:`` is a sentence, not a label.

    Three words or more, not in Title Case or capitals, not page furniture:
    not ``Q:``, ``Key points:``, ``Key Races to Watch:``, ``Read more:``.
    """
    return (
        len(split_words(text)) > _MAX_LABEL_WORDS
        and not title_case(text)
        and not text.isupper()
        and classify(text) is None
    )


def _broken_sentence(text: str, following: str) -> bool:
    """Whether a sentence runs on from ``text`` to the next line ``following``."""
    if not (text[-1:] == "," or starts_lower(following)):
        return False
    if text[-1:] == ":" or "|" in text or "|" in following:
        return False
    return (
        match_marker(following) is None
        and not opens_block(following)
        and match_marker(text) is None
        and not opens_block(text)
    )


# A speaker's name in capitals, perhaps with an affiliation or a colon:
# "MINISTER GARCÍA", "JOURNALIST (El País)", "Q (Reuters):".
_SPEAKER_LINE = regex.compile(
    r"(?P<name>[\p{Lu}][\p{Lu}\p{M}.’'-]*(?:[ \t]+[\p{Lu}][\p{Lu}\p{M}.’'-]*){0,4})"
    r"(?P<affiliation>[ \t]*\([^()]{1,40}\))?[ \t]*:?"
)


def speaker_label(state: StateBlock, line: int) -> bool:
    """Whether ``line`` names the speaker of the turn under it (a transcript).

    The line is a name in capitals, and it is marked as a label: by a colon,
    by an affiliation in brackets (``JOURNALIST (El País)``), or by naming
    the speaker of two lines or more of the document, alone or before a
    colon (speakers come back; section headings in capitals do not). The
    counts are taken once per document. Over a table, it is the table's
    heading.
    """
    text = stripped_text(state, line)
    if not text[:2].isupper():
        return False  # most lines: a name in capitals starts with two
    match = _SPEAKER_LINE.fullmatch(text)
    if match is None:
        return False
    following = next_content_line(state, line, state.lineMax)
    if following is not None and "|" in line_text(state, following):
        return False  # "TABLE (TOP SIX)" over a table: its heading, no speaker
    if following == line + 1 and match_marker(line_text(state, following)):
        return False  # "KEY CHANGES AT A GLANCE:" over bullets: no turn is a list
    if match.group("affiliation"):
        return True
    counts = state.env.get("line_counts")
    if counts is None:
        counts = {}
        for key in stripped_lines(state)[: state.lineMax]:
            colon = key.find(":", 0, _MAX_LABEL)
            if colon > 0:
                key = key[:colon]  # "MINISTER GARCÍA: No." names the speaker too
            if key and len(key) <= _MAX_LABEL:
                counts[key] = counts.get(key, 0) + 1
        state.env["line_counts"] = counts
    if text.endswith(":"):
        # "MINISTER:", unless it is a section's name used once where no
        # speaker comes back ("BACKGROUND:", "WHERE THE GROUPS STAND:")
        return _turns_come_back(state, counts) or int(counts.get(text[:-1], 0)) >= 2
    return int(counts.get(text, 0)) >= 2


_MAX_LABEL = 60  # characters; longer lines are never counted as labels


def _turns_come_back(state: StateBlock, counts: dict[str, int]) -> bool:
    """Whether the document reads as turns of speech (once per document).

    A name in capitals comes back, or a label in capitals follows the line
    above without a blank line between them.
    """
    found: bool | None = state.env.get("speaker_turns")
    if found is None:
        found = state.env["speaker_turns"] = any(
            n >= 2 and key.isupper() and _SPEAKER_LINE.fullmatch(key) is not None
            for key, n in counts.items()
        ) or any(
            key[-1:] == ":"
            and above
            and key[:2].isupper()
            and _SPEAKER_LINE.fullmatch(key) is not None
            for above, key in pairwise(stripped_lines(state)[: state.lineMax])
        )
    return found


def runs_on_after_verb(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether ``line`` ends on a reporting verb and the next goes on in lower case.

    ``Councillor Ian Ross said`` / ``the building had leaked for years.`` is
    one sentence broken before the reported speech, in any document.
    """
    if line + 1 >= end_line:
        return False
    text = line_text(state, line).rstrip(SPACE)
    space = text.rfind(" ")
    if space < 0 or text[space + 1 :] not in SPEECH_VERBS:
        return False  # most lines: their last word is no reporting verb
    following = line_text(state, line + 1).lstrip(SPACE)
    return starts_lower(following) and match_marker(following) is None
