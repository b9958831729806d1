"""Block parse: the lines of a transcript, which are speech, not headings.

A document is a transcript when labels that come back (``CARVER:``,
``Reporter (El País):``) open four lines or more, which is read once per
document. There a speaker's turn is never a heading, and neither is a short
line in sentence case (``Thanks, everyone``), since headings are in Title
Case or capitals; a sentence-case line set apart by a blank line over text
that is no turn heads a section after all (:func:`transcript_line`).
"""

from __future__ import annotations

import regex
from markdown_it.rules_block import StateBlock

from .lines import (
    block_above,
    is_blank,
    line_text,
    match_marker,
    split_words,
    stripped_lines,
)

__all__ = ["opens_turn", "speaker_turn", "stamped_speaker", "transcript_line"]
# The label that opens a turn of a transcript: "MINISTER GARCÍA: No.",
# "Q: Will it?", "Reporter (El País): Is it final?", "Minister Okafor: No.",
# a committee's numbered question: "Q116 Ruth Kilbride: Why were they late?"
_TURN = regex.compile(
    r"[ \t]*(?P<number>Q\d{1,4}[ \t]+)?"
    r"(?P<label>[\p{Lu}][^\s:]{0,30}(?:[ \t]+[^\s:]{1,30}){0,3}?)"
    r"(?:[ \t]*\([^()\n]{1,40}\))?:[ \t]"
)
_MIN_TURNS = 4
_TURN_SHARE = 0.2  # of the lines with text: turns open more than this many
_MAX_LABEL = 80  # characters before the colon of a turn


def _speakers(state: StateBlock) -> frozenset[str]:
    """The labels of a transcript's turns, or none when it is no transcript.

    A label is a speaker's when it opens two lines or more (speakers come
    back; a term before a colon hardly does), and the document is a
    transcript when such labels open four lines or more, and more than a
    fifth of its lines with text. Read once per document.
    """
    found: frozenset[str] | None = state.env.get("speakers")
    if found is None:
        counts: dict[str, int] = {}
        seen: set[str] = set()
        src = state.src
        # A turn has ": " early in its line, which most lines have not: only
        # the lines holding one are matched, found with str.find.
        at = src.find(": ")
        while at >= 0:
            start = src.rfind("\n", 0, at) + 1
            stop = src.find("\n", at)
            if 0 < at - start < _MAX_LABEL:
                match = _TURN.match(src, start)
                # (a line said again is no speaker coming back: "Step 1: Check
                # You Can Renew" in a guide's contents and over its section)
                whole = src[start : stop if stop >= 0 else len(src)].strip()
                if match is not None and whole not in seen:
                    seen.add(whole)
                    label = match.group("label")
                    counts[label] = counts.get(label, 0) + 1
            at = -1 if stop < 0 else src.find(": ", stop)
        turns = {label: n for label, n in counts.items() if n >= 2}
        # (a few questions put at a briefing, inside a story, make none; a
        # name in capitals that speaks once counts where others come back:
        # "GERALD MINTON, PATIENT: I was told eighteen weeks.")
        total = sum(turns.values())
        if turns:
            total += sum(
                1 for label, n in counts.items() if n == 1 and _capitals(label)
            )
        with_text = sum(1 for text in stripped_lines(state) if text)
        transcript = total >= _MIN_TURNS and total > _TURN_SHARE * with_text
        found = frozenset(turns) if transcript else frozenset()
        state.env["speakers"] = found
    return found


def _capitals(label: str) -> bool:
    """Whether a turn's label is a name in capitals (``MR PIKE``, not ``Q``)."""
    return label.isupper() and len(label) > 1 and label[-1:].isalpha()


def _known(label: str, speakers: frozenset[str]) -> bool:
    """Whether a turn's label names a speaker (``MWANGI``).

    ``GAIL MWANGI`` too, named in full once before every other turn names
    her ``MWANGI``.
    """
    return label in speakers or label.rsplit(None, 1)[-1] in speakers


def speaker_turn(state: StateBlock, text: str) -> bool:
    """Whether a stripped line opens a turn of a transcript's speaker.

    Such a line is never a heading, not even at the top of the page; but
    an interview's headline quotes its speaker (``Selin Demir: "We ran the
    railway for the timetable"``).
    """
    speakers = _speakers(state)
    if not speakers or ":" not in text[:_MAX_LABEL]:
        return False
    turn = _TURN.match(text)
    return (
        turn is not None
        and text[turn.end() : turn.end() + 1] not in _QUOTES
        and (turn.group("number") is not None or _known(turn.group("label"), speakers))
    )


_QUOTES = "\"'“‘"


def opens_turn(state: StateBlock, text: str) -> bool:
    """Whether a stripped line opens a turn: a known speaker's, or a name in capitals.

    In a transcript, ``MR PIKE: Why did …`` opens a turn even where Mr Pike
    speaks only once, so the line above does not run on into it. (A
    headline may open on a label in capitals too, ``LIVE: …``; this is
    asked only of the line under a paragraph's line.)
    """
    if speaker_turn(state, text):
        return True
    if not _speakers(state):
        return False
    turn = _TURN.match(text)
    if turn is None:
        return False
    return _capitals(turn.group("label"))


def stamped_speaker(state: StateBlock, line: int) -> bool:
    """Whether a line names a speaker and when they spoke, over what they said.

    A transcription tool's turn opens on ``Ravi Mensah · 00:00:04`` (the
    name coming back with other times); the speech is under it.
    """
    text = line_text(state, line).strip()
    if not text[-2:].isdigit():
        return False  # most lines
    match = _STAMPED.fullmatch(text)
    if match is None or line + 1 >= state.lineMax or is_blank(state, line + 1):
        return False
    counts: dict[str, int] | None = state.env.get("stamped_speakers")
    if counts is None:
        counts = {}
        for other in stripped_lines(state)[: state.lineMax]:
            if other[-2:].isdigit() and (found := _STAMPED.fullmatch(other)):
                counts[found.group("name")] = counts.get(found.group("name"), 0) + 1
        state.env["stamped_speakers"] = counts
    # (once the tool's turns come back, a voice heard once opens one too:
    # "Unknown Speaker · 00:06:31")
    return counts.get(match.group("name"), 0) >= _MIN_STAMPED or (
        sum(counts.values()) > _MIN_STAMPED and max(counts.values()) >= _MIN_STAMPED
    )


# "Ravi Mensah · 00:00:04", "Speaker 2 · 01:12"
_STAMPED = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|\d{1,2})){0,3})"
    r" [·•|–-] \d{1,2}:\d{2}(?::\d{2})?"
)
_MIN_STAMPED = 2


def transcript_line(state: StateBlock, line: int, text: str, following: int) -> bool:
    """Whether a line of a transcript is speech rather than a heading.

    In a transcript, a speaker's turn (``CARVER: Not by a billion``) is
    never a heading, and neither is a short line in sentence case
    (``Thanks, everyone``): what people say is rarely in Title Case or
    capitals, and headings are; but a line right under a live blog's time
    stamp is the entry's title. A sentence-case line set apart by a blank
    line over text that is no turn (``What changes for visitors`` over the
    festival's notice, after the interview) heads a section after all.
    """
    speakers = _speakers(state)
    if not speakers:
        return False
    turn = _TURN.match(text)
    if turn is not None and (
        turn.group("number") is not None or _known(turn.group("label"), speakers)
    ):
        return True
    if _under_time_stamp(state, line):
        return False  # "12:48" over "Sentencing set for 14 November": an entry's title
    if turn is None and text[-1] == "?" and _in_faq(state):
        return False  # "Will my mortgage payments change?" under "Frequently asked …"
    words = [w for w in split_words(text) if w[0].isalpha()]
    capitalised = sum(1 for w in words if w[0].isupper())
    if text.isupper() or capitalised * 2 > len(words):
        return False
    if turn is None and following == line + 1 and _section_over_turn(state, line, text):
        return False  # "Opening statement" right over the minister's first turn
    if turn is None and _label_over_items(state, line, following, text):
        return False  # "Members present" over "▸ Ana Ruiz (Chair)"
    if turn is None and line < _first_turn(state, speakers):
        return False  # "Members present" over the members' names: no one spoke yet
    if turn is None and line > 0 and is_blank(state, line - 1):
        if _set_apart_title(line, following, text):
            return False  # "On the terminal" between an interview's sections
        return _TURN.match(line_text(state, following).strip()) is not None
    return True


_MAX_SECTION_WORDS = 6
# What a speaker says in a few words, set apart: "Sorry, go ahead", "Thanks".
_INTERJECTIONS = frozenset(
    """thanks thank sorry yes no okay ok well right sure go please hello hi good
    exactly absolutely indeed""".split()  # noqa: SIM905
)


def _set_apart_title(line: int, following: int, text: str) -> bool:
    """Whether a short line between blank lines names a section of an interview.

    ``On the terminal`` or ``What comes next``, with a blank line on each
    side: a few words, no comma and no final mark, not opening as a speaker
    answers (``Sorry, go ahead``, ``Thanks everyone``).
    """
    return following > line + 1 and _short_label(text)


def _short_label(text: str) -> bool:
    """Whether a line is a few words, no comma and no final mark, and no answer.

    (``Sorry, go ahead`` and ``Thanks everyone`` are what speakers say.)
    """
    words = split_words(text)
    return (
        len(words) <= _MAX_SECTION_WORDS
        and "," not in text
        and text[-1].isalnum()
        and words[0].lower() not in _INTERJECTIONS
    )


def _section_over_turn(state: StateBlock, line: int, text: str) -> bool:
    """Whether a short line names the part of a briefing whose first turn it heads.

    ``Opening statement`` or ``Questions from the media`` right over a
    speaker's turn, where no blank line sets the parts apart: a few words,
    no comma and no final mark, not what a speaker says (``Sorry, go
    ahead``), not under a line that breaks off (in lower case or on a
    comma).
    """
    if not _short_label(text) or _TURN.match(line_text(state, line + 1)) is None:
        return False
    block = block_above(state, line)
    if block is not None and block.type != "paragraph":
        return True  # under a list of witnesses, a heading: nothing breaks off
    above = line_text(state, line - 1).strip() if line > 0 else ""
    return not above or not (above[-1].islower() or above[-1] in ",;:–-")


def _first_turn(state: StateBlock, speakers: frozenset[str]) -> int:
    """The line of a transcript's first turn by a known speaker. Read once."""
    found: int | None = state.env.get("first_turn")
    if found is None:
        found = next(
            (
                line
                for line, text in enumerate(stripped_lines(state)[: state.lineMax])
                if ":" in text[:_MAX_LABEL]
                and (turn := _TURN.match(text)) is not None
                and _known(turn.group("label"), speakers)
            ),
            state.lineMax,
        )
        state.env["first_turn"] = found
    return found


def _label_over_items(state: StateBlock, line: int, following: int, text: str) -> bool:
    """Whether a short line without a final mark stands right over list items."""
    return (
        following == line + 1
        and _short_label(text)
        and match_marker(line_text(state, following)) is not None
    )


def _under_time_stamp(state: StateBlock, line: int) -> bool:
    """Whether a live blog's time stamp (a date line) is right above ``line``."""
    above = block_above(state, line)
    return above is not None and above.meta.get("kind") == "date"


# The heading of a run of questions and answers.
_FAQ_HEADING = regex.compile(
    r"(?:frequently asked questions|faqs?|questions and answers|q ?& ?a"
    r"|your questions answered|common questions)\b.{0,40}",
    regex.IGNORECASE,
)
_MAX_FAQ_LOOKBACK = 40  # blocks back to the FAQ's heading


def _in_faq(state: StateBlock) -> bool:
    """Whether the last heading so far but its questions heads questions and answers."""
    src = state.src
    for token in reversed(state.tokens[-_MAX_FAQ_LOOKBACK:]):
        if token.type == "heading":
            start, end = token.meta["content"]
            if src[start:end].rstrip().endswith("?"):
                continue  # an earlier question of the same run
            return _FAQ_HEADING.fullmatch(src, start, end) is not None
    return False
