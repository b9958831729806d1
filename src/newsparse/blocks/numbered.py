"""Block parse: paragraphs numbered through a document, as judgments number them.

A judgment, a regulator's notice or an inquiry's report numbers its
paragraphs from first to last: ``1.`` and ``2.`` under ``Introduction``,
``3.`` under ``Background`` and so on (or ``[1]``, ``[2]`` …). Each is a
paragraph that wraps back to the margin, not an item of a list (nor a
footnote). :func:`numbered_paragraph` tells them from a list's items by two
signs together: the numbers run on without a gap across a line that is no
part of them (a heading between two of them), and most of them wrap onto
lines flush with their number. In a judgment (a court or a tribunal named,
a judge, a neutral citation) the first sign is enough: its paragraphs may
hang from their numbers or stand on one long line each.
"""

from __future__ import annotations

from itertools import pairwise

import regex
from markdown_it.rules_block import StateBlock

from .lines import LINES, match_marker, split_lines

__all__ = ["numbered_paragraph"]

# A number at the margin, a full stop and text: "12. The appeal …", "[12] The …".
_NUMBERED = regex.compile(r"(?:(\d{1,3})\.|\[(\d{1,3})\])[ \t]+\S")
_KEY = "news_numbered_paragraphs"  # env: the lines opening numbered paragraphs
_MIN_RUN = 3  # numbered lines, at least, in a run of numbered paragraphs
_MIN_WRAPPED = 50  # characters of a numbered line that wraps onto the next
_MAX_APART = 80  # characters of a line standing apart between two paragraphs
_SENTENCE_END = ".!?:;\"'”’)]"
# What only a judgment says of itself: its court or tribunal in capitals, its
# judge, its neutral citation, its hand-down note.
_JUDGMENT = regex.compile(
    r"(?-i:\bJUDG(?:E)?MENT\b|\b(?:COURT|TRIBUNALS?) (?:OF|AT)\b|Employment Judge"
    r"|Neutral Citation|\b(?:Lady|Lord) Justice\b|\b(?:His|Her) Honour Judge\b)"
    r"|(?i:\bjudg(?:e)?ment (?:was|is) handed down\b|\bapproved judg(?:e)?ment\b)"
)


def numbered_paragraph(state: StateBlock, line: int) -> bool:
    """Whether ``line`` opens one of a document's numbered paragraphs."""
    found: frozenset[int] | None = state.env.get(_KEY)
    if found is None:
        lines = state.env.get(LINES) or split_lines(state.src)
        found = state.env[_KEY] = _numbered_paragraphs(lines)
    return line in found


def _numbered_paragraphs(lines: list[str]) -> frozenset[int]:
    """The lines opening numbered paragraphs (see the module's notes)."""
    judgment: bool | None = None  # whether it is a judgment's text, once asked
    numbered = [
        (line, int(match.group(1) or match.group(2)))
        for line, text in enumerate(lines)
        if (text[:1].isdigit() or text[:1] == "[")
        and (match := _NUMBERED.match(text)) is not None
    ]
    found: set[int] = set()
    run: list[int] = []
    last = 0
    for line, number in [*numbered, (len(lines), 0)]:
        if run and number == last + 1:
            run.append(line)
        else:
            if len(run) >= _MIN_RUN and _apart(lines, run):
                wrapped = _wrapped(lines, run)
                if not wrapped and judgment is None:
                    judgment = _JUDGMENT.search("\n".join(lines)) is not None
                if wrapped or judgment:
                    found.update(run)
            run = [line]
        last = number
    return frozenset(found)


def _wrapped(lines: list[str], run: list[int]) -> bool:
    """Whether most of a run's numbered lines wrap flush onto the next line.

    When most do not, they are a list's items or paragraphs of one line each.
    """
    wrapped = sum(
        len(lines[line]) >= _MIN_WRAPPED
        and lines[line + 1][:1] not in ("", " ", "\t")
        and match_marker(lines[line + 1]) is None
        for line in run
    )
    return 2 * wrapped >= len(run)


def _apart(lines: list[str], run: list[int]) -> bool:
    """Whether a line of its own stands between two of a run's numbers."""
    return any(
        _stands_apart(lines, between)
        for first, second in pairwise(run)
        for between in range(first + 1, second)
    )


def _stands_apart(lines: list[str], line: int) -> bool:
    """Whether ``line`` is a line of its own, no part of the paragraph above it.

    It starts at the margin after a blank line or a finished sentence and
    is short and unfinished itself: a heading (``Background``), a page's
    running header.
    """
    text = lines[line].rstrip()
    above = lines[line - 1].rstrip()
    return (
        text[:1] not in ("", " ", "\t")
        and len(text) <= _MAX_APART
        and text[-1] not in ".,;:"
        and (not above or above[-1] in _SENTENCE_END)
        and match_marker(text) is None
    )
