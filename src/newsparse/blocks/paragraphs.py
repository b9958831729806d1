"""Block parse: a paragraph is one line, or a run of hard-wrapped lines."""

from __future__ import annotations

import regex
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from .furniture import WRAPPED_KINDS, classify, lone_dateline
from .lines import (
    content_range,
    is_blank,
    line_text,
    match_marker,
    stripped_text,
    under_heading,
)
from .names import two_line_sign_off
from .sentences import joins_sentence, runs_on_after_verb, speaker_label
from .titles import standfirst_goes_on
from .transcripts import opens_turn, stamped_speaker
from .unmarked import bare_list_at
from .wrapping import continues

__all__ = ["paragraph_plugin", "prose_plugin"]

_LONG_PROSE = 200  # characters; no heading, list item or hr is this long
_MARKUP_START = frozenset("#|*_=")


def _emit(state: StateBlock, start_line: int, end_line: int, typed: bool) -> None:
    last = start_line
    if stamped_speaker(state, start_line):
        # a transcription tool's turn: its name and time, then what was said,
        # a sentence a line, up to the blank line
        while (
            last + 1 < end_line
            and not is_blank(state, last + 1)
            and not stamped_speaker(state, last + 1)
        ):
            last += 1
    elif (
        _takes_turn(state, start_line, end_line)
        or _opens_paragraph(state, start_line, end_line)
        or standfirst_goes_on(state, start_line, end_line)
        or two_line_sign_off(state, start_line, end_line)
    ):
        last += 1  # a speaker's name, a dateline, a standfirst or a sign-off
    # Nothing runs on over a blank line or the end of the text.
    while (
        last + 1 < end_line
        and not is_blank(state, last + 1)
        and (
            continues(state, last, end_line, joined=last > start_line)
            or joins_sentence(state, last, end_line)
            or runs_on_after_verb(state, last, end_line)
        )
        and not _leads_into_list(state, last, end_line)
        # "… should have seen it sooner." over "MR PIKE: Why did …": a turn
        and not opens_turn(state, stripped_text(state, last + 1))
    ):
        last += 1
    state.line = last + 1
    content = content_range(state, state.bMarks[start_line], state.eMarks[last])
    kind = _wrapped_furniture(state, start_line, last) if typed else None
    if kind is not None:
        token = state.push("boilerplate", "", 0)
        token.meta = {"kind": kind, "content": content}
    else:
        token = state.push("paragraph", "p", 0)
        token.meta = {"content": content}
    token.map = [start_line, last + 1]


_MAX_FURNITURE_LINES = 3  # a credit or a notice wrapped by hand is short


def _wrapped_furniture(state: StateBlock, start_line: int, last: int) -> str | None:
    """The furniture kind of a short wrapped run that reads whole as furniture.

    ``Associated Wire writer Mette Lund in Oslo contributed to this`` over
    ``report.``: neither line alone is a credit, the two together are, as
    they would be on one line. Only runs of two or three lines are read,
    and none right under a heading: ``About Karoo Minerals`` over ``Karoo
    Minerals is a manganese producer …`` is a section of the release.
    """
    if not 0 < last - start_line < _MAX_FURNITURE_LINES:
        return None
    if under_heading(state):
        return None
    lines = range(start_line, last + 1)
    kind = classify(" ".join(stripped_text(state, line) for line in lines))
    return kind if kind in WRAPPED_KINDS else None


def _leads_into_list(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether ``line`` ends in ``:`` over lines that lost their list markers.

    ``… how severe the weather is likely to be:`` over ``Yellow – be
    aware; …``, ``Amber – …``: the lines are a list, not sentences of the
    paragraph.
    """
    return line_text(state, line).rstrip().endswith(":") and bare_list_at(
        state, line + 1, end_line
    )


def _takes_turn(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether ``line`` is a speaker label with the speech right under it."""
    if not speaker_label(state, line):
        return False  # most lines: one failed match of a name in capitals
    if line + 1 >= end_line or is_blank(state, line + 1):
        return False
    following = line_text(state, line + 1)
    if match_marker(following) is not None or following.lstrip()[:1] in _MARKUP_START:
        return False
    return not speaker_label(state, line + 1)


def _opens_paragraph(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether ``line`` is a dateline alone over the first line of its paragraph.

    ``(AP) — NAIROBI, Kenya`` right above the story's first line is part of
    the paragraph it opens, as it would be on one line with it.
    """
    text = line_text(state, line).strip()
    if not lone_dateline(text) or line + 1 >= end_line or is_blank(state, line + 1):
        return False
    following = line_text(state, line + 1).strip()
    if match_marker(following) is not None or following[:1] in _MARKUP_START:
        return False
    return classify(following) is None


def _under_label(state: StateBlock, line: int) -> bool:
    """Whether the line above ``line``, or the one above a blank, ends in ``:``."""
    above = line_text(state, line - 1).rstrip()
    if not above and line > 1:
        above = line_text(state, line - 2).rstrip()
    return above.endswith(":")


def _is_long_prose(state: StateBlock, line: int, end_line: int, typed: bool) -> bool:
    """Whether a line is plainly a paragraph: long, with no markup of any block.

    Such a line cannot be a heading (too long, no ``#``, ``**`` or ``===``
    under it), a list item, a table row or a thematic break; with ``typed``
    boilerplate it must not be boilerplate either. A line under one ending
    in ``:`` is left to the list rules (``Term – description`` items).
    """
    text = line_text(state, line)
    if len(text) <= _LONG_PROSE:
        return False  # most lines, before any stripping
    text = text.strip()
    if len(text) <= _LONG_PROSE or text[0] in _MARKUP_START or "|" in text:
        return False
    if match_marker(text) is not None:
        return False
    if line and _under_label(state, line):
        return False  # may be a "Term – description" item under a label
    if line + 1 < end_line and line_text(state, line + 1).lstrip()[:1] in ("=", "-"):
        return False  # a setext underline or a rule: leave it to those rules
    return not typed or classify(text) is None


def prose_plugin(md: MarkdownIt, typed_boilerplate: bool) -> None:
    """Add a fast path before every other rule for long prose lines.

    Most lines of news text are paragraphs; they are recognised here at once
    instead of being offered to each block rule in turn. The result is the
    same as without this rule.
    """

    def prose(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        if not _is_long_prose(state, start_line, end_line, typed_boilerplate):
            return False
        if not silent:
            _emit(state, start_line, end_line, typed_boilerplate)
        return True

    md.block.ruler.before("hr", "news_prose", prose)


_EQUALS_RULE = regex.compile(r"={3,}")


def paragraph_plugin(md: MarkdownIt, typed_boilerplate: bool) -> None:
    """Replace Markdown's paragraph rule: in news text each line is a paragraph.

    The exception is hard-wrapped text (see :mod:`.wrapping`): a run of full
    lines breaking mid-sentence is one paragraph. Its text keeps the line
    breaks; normalisation turns each into one space. An e-mail's signature
    separator (``--`` alone on its line) is markup, like a thematic break, and
    so is a line of ``=`` that underlines no title.
    """

    def paragraph(
        state: StateBlock, start_line: int, end_line: int, silent: bool
    ) -> bool:
        if silent:
            return True
        if is_blank(state, start_line):
            state.line = start_line + 1
            return True  # a line of NBSP or zero-width characters holds no block
        text = stripped_text(state, start_line)
        if text == "--" or _EQUALS_RULE.fullmatch(text):
            # An e-mail's signature separator is markup, as a "---" rule is;
            # so is a rule of "=" that underlines no title ("=====" over a
            # tool's "OUTPUT (model: …)")
            token = state.push("hr", "hr", 0)
            token.map = [start_line, start_line + 1]
            state.line = start_line + 1
            return True
        _emit(state, start_line, end_line, typed_boilerplate)
        return True

    md.block.ruler.at("paragraph", paragraph)
