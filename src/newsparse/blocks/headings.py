"""Block parse: Markdown, setext, bold and plain-text headings.

The rule here takes ATX (``#``), setext and bold headings, numbered section
headings (``2. Background`` standing alone over prose) and plain lines,
and tells a letter's sign-off (``Ruth Adair, Hembury``) from a heading.
Whether a plain line reads as a title is decided in :mod:`.titles`, a line
ending in ``:`` in :mod:`.labels`, a question over its answer in
:mod:`.questions`, and speech in a transcript in :mod:`.transcripts`.
"""

from __future__ import annotations

from collections.abc import Callable

import regex
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from ..options import ParseOptions
from .credit_rules import NOTE_MARKERS
from .furniture import classify, finishes_sentence, lone_dateline
from .labels import FIGURE_VALUE, field_line, label_heading
from .lines import (
    block_above,
    content_range,
    indent_of,
    is_blank,
    line_text,
    match_marker,
    next_content_line,
    only_furniture_so_far,
    opens_item,
    stripped_lines,
    symbol_bullet,
)
from .lists import SECTION_NUMBER, number_of, restarts_after_list
from .names import letter_signed, signed_off, two_line_sign_off
from .questions import (
    faq_context,
    is_question_line,
    question_between_paragraphs,
    question_over_list,
    question_over_paragraph,
    question_set_apart,
)
from .sentences import speaker_label
from .titles import (
    LONGEST_PLAIN,
    SENTENCE_MARKS,
    looks_like_heading,
    opens_as_title,
    quote_ended_title,
    quoted_title,
    standfirst,
    title_case_headline,
    title_over_byline,
)
from .transcripts import speaker_turn, stamped_speaker, transcript_line
from .unmarked import bare_list_at
from .wrapping import (
    continues,
    dateline_opening,
    ends_sentence,
    subject_over_verb,
    title_case,
    wraps_on,
)

__all__ = ["heading_plugin", "looks_like_heading"]

_NOTE_MARKS = NOTE_MARKERS + "*"  # a footnote's marks after a sentence's stop
# "## Title ##" -> level 2, text "Title"; "#hashtag" is no heading (no space).
_ATX = regex.compile(r"[ ]{0,3}(?P<hashes>#{1,6})(?:[ \t]+|$)")
_ATX_CLOSE = regex.compile(r"(?:^|[ \t]+)#+[ \t]*$")
# A member's turn in a chamber's record, with the seat and the party; a
# question or an answer put at a hearing.
_SPEAKER_TURN = regex.compile(
    r"(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|baroness|baron|the)\.? [^:()]{1,60}"
    r"(?:\([^()]{1,40}\)[ \t]*){1,2}:"
    r"|(?-i:[QA])\. ",  # "Q. Did you say so?"
    regex.IGNORECASE,
)
# An interviewer's turn in bold: "**Q: Why now?**", "**Question: …**".
_BOLD_TURN = regex.compile(r"(?:Q|Question)[ \t]*[:.][ \t]")
# Marks run into the title by a careless converter: "##Positions".
_BROKEN = regex.compile(r"[ ]{0,3}(?P<hashes>#{1,6})(?=\p{Lu})")


def _broken_atx(text: str) -> regex.Match[str] | None:
    """Match the marks of a Markdown heading that lost its space.

    ``##Positions``, ``#Ceasefire Talks in Lorvek: Summary``: two marks or
    more, or one before two words or more, and no other ``#`` on the line
    (``#MeToo`` alone, or ``#Budget2025 #Leeds``, are hashtags).
    """
    found = _BROKEN.match(text)
    if found is None or "#" in text[found.end() :]:
        return None
    if len(found.group("hashes")) == 1 and len(text.split()) < 2:
        return None
    return found


# A sentence's stop inside a line: "B&B. Dogs", "night. www" (not "U. S. Policy").
_INNER_STOP = regex.compile(r"(?<=[\w&]{2})[.!?] \S")
# A setext underline: "=====" (level 1) or "-----" (level 2). A lone "-" is
# a list marker whose item is on the next line, not an underline.
_SETEXT = regex.compile(r"[ ]{0,3}(?P<char>=+|-{2,})[ \t]*")
# A whole line in bold: "**Key Points**", "__Outlook__".
_BOLD = regex.compile(r"(?P<mark>\*\*|__)(?P<text>(?:(?!(?P=mark)).)+)(?P=mark)")


def _underline(text: str) -> regex.Match[str] | None:
    """Match ``text`` as a setext underline, or return ``None``.

    A match starts with at most three spaces and then ``=`` or ``-``, so a
    line whose first character after its spaces is neither has none.
    """
    if text.lstrip(" ")[:1] not in ("=", "-"):
        return None  # most lines
    return _SETEXT.fullmatch(text)


def _boxed(state: StateBlock, line: int) -> bool:
    """Whether a rule above the line boxes it in: a banner, not an underline.

    ``=====`` over ``THE DAILY HARBOUR | Text-only edition`` over ``=====``.
    """
    return line > 0 and _underline(line_text(state, line - 1)) is not None


# A writer's name and home, signing a letter: "Dr Ian Sefton, Lower Hembry".
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}’'-]+"
# "Ruth Adair, Hembury", "Joan and Peter Ellery, Wenbury", "Amira Sandhu,
# Chair, Friends of Tillingmoor Library": names, then up to three parts.
_SIGN_OFF = regex.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Rev|Revd|Sir|Dame|Cllr|Lord|Lady)"
    r"\.?[ \t]+)?"
    rf"{_NAME_WORD}(?:[ \t]+(?:(?:and|&)[ \t]+)?{_NAME_WORD}){{1,4}}"
    rf"(?:,[ \t]*{_NAME_WORD}(?:[ \t]+(?:(?:of|and|the|for|on)[ \t]+)?{_NAME_WORD})"
    r"{0,3}){1,3}"
)
_SENTENCE_END = regex.compile(r"[.!?][\"”’')]*\s*$")
_SIGNED = "news_signed_letters"  # env: a sign-off was found before a heading


def _signs_off(
    state: StateBlock, line: int, end_line: int, text: str, options: ParseOptions
) -> bool:
    """Whether a ``Name, Place`` line signs the letter above it.

    A letters page signs each letter with the writer's name and home, alone
    under the letter's last paragraph (a blank line or a sentence's end
    above it); what follows is the next letter's
    heading, page furniture or the end. A ``Name, Place`` line over a
    paragraph names it instead (``Ana Ruiz, Madrid`` over what she told a
    vox pop), unless an earlier letter of the page was signed the same way:
    then the page's last sign-off stands over its closing notice.
    """
    if ", " not in text or _SIGN_OFF.fullmatch(text) is None:
        return False  # most lines: no comma, or not two names
    if line == 0 or not state.tokens or state.tokens[-1].type != "paragraph":
        return False  # a sign-off closes a letter's prose
    if not is_blank(state, line - 1) and not _SENTENCE_END.search(
        line_text(state, line - 1)
    ):
        return False  # (right under it when each paragraph is a line)
    if line + 1 < end_line and not is_blank(state, line + 1):
        return False
    following = next_content_line(state, line, end_line)
    if following is None or state.env.get(_SIGNED):
        return True
    under = line_text(state, following).strip()
    if not (
        under[:1] == "#"
        or under[:2] in ("**", "__")
        or looks_like_heading(under, options.max_heading_words)
        or classify(under) is not None
    ):
        return False
    state.env[_SIGNED] = True
    return True


def _numbered_heading(
    state: StateBlock,
    start_line: int,
    end_line: int,
    text: str,
    marker: tuple[int, int, bool],
    options: ParseOptions,
) -> bool:
    """Whether a numbered line is a section heading rather than a list item.

    It is when it stands alone (no list item on the lines around it), reads
    as a heading, and prose follows it, not indented under it (an item's own
    lines: ``1. The last lighthouse keepers`` over ``   24 November · 48 min``).
    """
    if not marker[2]:
        return False
    inner = text[marker[1] :].strip()
    if not (
        looks_like_heading(inner, options.max_heading_words)
        or is_question_line(inner)  # "1. Who proposes them?" over the answer
    ):
        return False
    following = next_content_line(state, start_line, end_line)
    if following is None:
        return False
    below = line_text(state, following)
    if opens_item(below) and not _next_section_over_bullets(
        state, start_line, marker, below
    ):
        return False
    if following == start_line + 1 and indent_of(state, following) > indent_of(
        state, start_line
    ):
        return False
    if continues(state, start_line, end_line, joined=False):
        return False  # an item whose text wraps onto the next line
    before = start_line - 1
    while before >= 0 and is_blank(state, before):
        before -= 1
    if before < 0 or match_marker(line_text(state, before)) is None:
        return True
    last = state.tokens[-1] if state.tokens else None
    if last is not None and last.type == "boilerplate" and last.map is not None:
        # Under a table of contents ("Contents", "1. Introduction", "2. Costs"),
        # kept as furniture: the first section's heading, no entry of it.
        return last.map[1] > before
    # Right after a list: not one of its items when its numbers do not lead here.
    return restarts_after_list(state, start_line, state.bMarks[start_line] + marker[0])


def _next_section_over_bullets(
    state: StateBlock, line: int, marker: tuple[int, int, bool], below: str
) -> bool:
    """Whether a numbered line goes on from the last numbered heading, over bullets.

    ``4. How Long It Will Last`` was a section heading; ``5. What You Can
    Do`` over ``- Keep curtains closed …`` is the next section's, the list
    its content: its number follows the last heading's, and the items under
    it are bullets, not numbers.
    """
    found = match_marker(below)
    if found is None or found[2]:
        return False  # numbered items under a numbered line: one list
    section = state.env.get(SECTION_NUMBER)
    number = number_of(state, state.bMarks[line] + marker[0])
    if section is None:
        # "1. Main points", a blank line, then "• Employment rose …": the
        # first section's heading; its bullets sit apart from it, not under.
        return number == 1 and is_blank(state, line + 1)
    return number == int(section) + 1


def _decorated(state: StateBlock, symbol: str, following: int | None, end: int) -> bool:
    """Whether a line opened by ``symbol`` may be a heading, not a list item.

    ``🔑 Key Takeaways`` over prose or a list is a heading; so is ``✅ Pros``
    over items opened by another symbol, all the same (``✔️ Cheaper …``). A
    line followed by items opened by the same symbol, or by items opened by
    different ones (``🚆 Trains: …`` over ``🚌 Buses: …``), is an item.
    """
    if following is None:
        return True
    below = symbol_bullet(line_text(state, following))
    if below is None:
        return True
    if below == symbol:
        return False
    after = next_content_line(state, following, end)
    return after is not None and symbol_bullet(line_text(state, after)) == below


def _emit(
    state: StateBlock,
    start_line: int,
    end_line: int,
    level: int,
    content: tuple[int, int],
) -> None:
    token = state.push("heading", f"h{level}", 0)
    token.map = [start_line, end_line]
    token.meta = {
        "level": level,
        "content": content,
        "span": content_range(
            state, state.bMarks[start_line], state.eMarks[end_line - 1]
        ),
    }
    state.line = end_line


def _emit_line(
    state: StateBlock, line: int, content: tuple[int, int], options: ParseOptions
) -> None:
    """Emit a one-line plain, bold or numbered heading."""
    _emit(state, line, line + 1, _plain_level(state, options), content)


def _plain_level(state: StateBlock, options: ParseOptions) -> int:
    """An unmarked or bold heading is level 2, or 1 when it opens the article."""
    on_top = only_furniture_so_far(state)
    return 1 if options.title_level_1 and on_top else 2


def _setext_only(
    state: StateBlock, start_line: int, end_line: int, silent: bool
) -> bool:
    """A line that cannot be a plain heading is one only over a ``===`` underline."""
    if start_line + 1 >= end_line:
        return False
    under = _underline(line_text(state, start_line + 1))
    if under is None or under.group("char")[0] != "=" or _boxed(state, start_line):
        return False
    if not silent:
        begin, end = state.bMarks[start_line], state.eMarks[start_line]
        _emit(state, start_line, start_line + 2, 1, content_range(state, begin, end))
    return True


def _split_bold(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether a bold heading is split over this line and the next one.

    ``**Key points for`` / ``exporters**``: the mark opens here, closes at
    the end of the next line, and appears nowhere else in either.
    """
    if line + 1 >= end_line:
        return False
    first = line_text(state, line).strip()
    second = line_text(state, line + 1).strip()
    mark = first[:2]
    return (
        first.count(mark) == 1
        and second.endswith(mark)
        and second.count(mark) == 1
        and len(first) + len(second) <= LONGEST_PLAIN
        and not second[:-2].rstrip().endswith((".", "!", "?"))
    )


def _emit_split_bold(state: StateBlock, line: int, options: ParseOptions) -> None:
    """Emit a bold heading split over ``line`` and the next."""
    first, second = line_text(state, line), line_text(state, line + 1)
    mark = first.strip()[:2]
    begin = state.bMarks[line] + first.index(mark) + len(mark)
    end = state.bMarks[line + 1] + second.rindex(mark)
    level = _plain_level(state, options)
    _emit(state, line, line + 2, level, content_range(state, begin, end))


def _make_rule(options: ParseOptions) -> Callable[[StateBlock, int, int, bool], bool]:
    def heading(
        state: StateBlock, start_line: int, end_line: int, silent: bool
    ) -> bool:
        text = line_text(state, start_line)
        begin, end = state.bMarks[start_line], state.eMarks[start_line]
        # An ATX heading's first character after its spaces is "#".
        atx = (
            _ATX.match(text) or _broken_atx(text)
            if text.lstrip(" ")[:1] == "#"
            else None
        )
        if atx is not None:
            if not silent:
                inner_end = begin + len(text)
                close = _ATX_CLOSE.search(text, atx.end())
                if close is not None:
                    inner_end = begin + close.start()
                content = content_range(state, begin + atx.end(), inner_end)
                _emit(
                    state, start_line, start_line + 1, len(atx.group("hashes")), content
                )
            return True
        stripped = text.strip()
        if not stripped:
            return False
        # (a footnote's mark may follow the stop: "… in Sediment Letters.¹")
        prose = (
            len(stripped) > LONGEST_PLAIN
            or stripped.rstrip(_NOTE_MARKS)[-1:] in SENTENCE_MARKS
            # a post of a thread, its count after its stop: "… today. 1/3"
            or (stripped[-1].isdigit() and ends_sentence(stripped))
        )
        quoted = prose and (
            quoted_title(stripped, options.max_heading_words)
            or quote_ended_title(state, start_line, end_line, stripped)
        )
        # Sentences, the last in italics: "**Our verdict:** 4 out of 5. *Fenwick
        # Press, £16.99.*" (a bold line may end in a stop: "**Key point.**")
        sentences = ". " in stripped and (
            stripped.rstrip("*_")[-1:] in SENTENCE_MARKS
            # two stops inside: "Doubles from £165 B&B. Dogs £15 a night. x.org"
            or len(_INNER_STOP.findall(stripped)) > 1
        )
        if (
            (
                (prose or sentences)
                and not quoted
                and (stripped[:2] not in ("**", "__") or sentences)
            )
            or dateline_opening(stripped)
            or _SPEAKER_TURN.match(stripped)
        ):
            # (a wire's first line: "NIAMEY, April 12 (SIS) -- Five states …";
            # a member's turn: "Mr Ian Ross (Saltmarsh) (Con): Will he give way?")
            # Too long, or ending as a sentence does: only a "===" underline
            # makes it a heading (every other kind needs what it lacks).
            return _setext_only(state, start_line, end_line, silent)
        marker = match_marker(text)
        if marker is not None:
            # "2. Territorial Disputes" standing alone before prose is a heading.
            if not (
                options.plain_headings
                and _numbered_heading(
                    state, start_line, end_line, text, marker, options
                )
            ):
                return False
            if not silent:
                _emit_line(state, start_line, content_range(state, begin, end), options)
                # Its number, which the next section heading's follows.
                state.env[SECTION_NUMBER] = number_of(state, begin + marker[0])
            return True
        if start_line + 1 < end_line:
            under = _underline(line_text(state, start_line + 1))
            if (
                under is not None
                and not _boxed(state, start_line)
                and (
                    under.group("char")[0] == "="
                    or looks_like_heading(stripped, options.max_heading_words)
                )
            ):
                if not silent:
                    level = 1 if under.group("char")[0] == "=" else 2
                    _emit(
                        state,
                        start_line,
                        start_line + 2,
                        level,
                        content_range(state, begin, end),
                    )
                return True
        # A bold line starts with its mark, which most lines do not.
        bold = _BOLD.fullmatch(stripped) if stripped[:2] in ("**", "__") else None
        if bold is not None and _BOLD_TURN.match(bold.group("text")):
            return False  # "**Q: Where does the money come from?**": a turn
        if bold is not None and _bold_sentence(bold.group("text")):
            return (
                False  # "**A former tannery … if you can get a table.**": a standfirst
            )
        if bold is not None:
            if not silent:
                offset = begin + text.index(stripped)
                content = content_range(
                    state, offset + bold.start("text"), offset + bold.end("text")
                )
                _emit_line(state, start_line, content, options)
            return True
        if stripped[:2] in ("**", "__") and _split_bold(state, start_line, end_line):
            if not silent:
                _emit_split_bold(state, start_line, options)
            return True
        if not options.plain_headings:
            return False
        following = next_content_line(state, start_line, end_line)
        symbol = symbol_bullet(stripped)
        if symbol is not None:
            # "🔑 Key Takeaways": the heading is judged by its words.
            if not _decorated(state, symbol, following, end_line):
                return False
            stripped = stripped[len(stripped) - len(stripped.split(None, 1)[1]) :]
        # Every kind of plain heading starts with a capital or a figure, after
        # its opening quote if any (a sign-off, asked about below, does too).
        if not opens_as_title(stripped):
            return False
        if following is None:
            return False  # a short line that ends the text introduces nothing
        if (
            start_line > 0
            and stripped[-1] != ":"  # (a label: "Yours sincerely," / "Signatories:")
            and not is_blank(state, start_line - 1)
            and line_text(state, start_line - 1).rstrip()[-1:] == ","
        ):
            return False  # "Until tomorrow," over "Anwen": the comma goes on
        # A line ending in ":" is a heading only as the label of what follows
        # (nothing else ends so): asked first, before the costlier tests below.
        label = stripped[-1] == ":"
        if label and not label_heading(state, stripped, following, end_line):
            return False
        # One of an FAQ's questions, set apart above, does not wrap however
        # long it is: "What if someone in my home relies on water for …?"
        faq_question = (
            is_question_line(stripped)
            and is_blank(state, start_line - 1)
            and faq_context(state, following)
        )
        if (
            (
                not faq_question
                and (
                    continues(state, start_line, end_line, joined=False, loose=False)
                    or wraps_on(state, start_line, end_line)
                )
            )
            or subject_over_verb(state, start_line, end_line, stripped)
            or (
                # "… the Christmas period on 15" over "January 2026."
                stripped[-1].isdigit()
                and following == start_line + 1
                and finishes_sentence(stripped, line_text(state, following).strip())
            )
        ):
            return False  # the first line of a hard-wrapped paragraph
        if speaker_label(state, start_line) and not (
            label
            and (
                bare_list_at(state, following, end_line)
                or match_marker(line_text(state, following)) is not None
            )
        ):
            # "MINISTER GARCÍA" over what the minister said (not "KEY DATES:"
            # over its bullets)
            return False
        if _signs_off(state, start_line, end_line, stripped, options):
            return False  # "Ruth Adair, Hembury" under her letter
        if two_line_sign_off(state, start_line, end_line):
            return False  # "Ruth Adair" over "Hembury" under her letter
        if following == start_line + 1 and letter_signed(
            state, following, end_line, line_text(state, following).strip()
        ):
            return False  # "Is that what the council wants?" over "Ann Ruiz, Hale"
        if signed_off(stripped):
            return False  # "With thanks, Jo Whitlock and everyone at Riverside"
        if standfirst(state, start_line, stripped):
            return False  # a sentence under the title, not a section's name
        if lone_dateline(stripped):
            return False  # "(AP) — NAIROBI, Kenya": it opens the paragraph below
        if (
            speaker_turn(state, stripped)
            or stamped_speaker(state, start_line)
            or (
                transcript_line(state, start_line, stripped, following)
                and _plain_level(state, options) == 2
            )
        ):
            return False  # "Sorry, go ahead" between turns: speech, not a title
        if (": " in stripped or ":** " in stripped) and (
            field_line(state, start_line, end_line) or FIGURE_VALUE.fullmatch(stripped)
        ):
            return False  # "Price: £149" over "Battery: 6 hours": fields, no titles
        if not (
            quoted
            or looks_like_heading(stripped, options.max_heading_words)
            or title_over_byline(state, start_line, end_line, stripped)
            or title_case_headline(state, stripped)
            or label  # a label heading, found above
            or _timeline_year(state, start_line, stripped)
            or (
                is_question_line(stripped)
                and (
                    faq_context(state, following)
                    or question_over_paragraph(state, start_line, end_line, stripped)
                    or question_set_apart(state, start_line, end_line, stripped)
                    or question_between_paragraphs(
                        state, start_line, end_line, stripped
                    )
                    or question_over_list(state, start_line, following, stripped)
                )
            )
        ):
            return False
        if _furniture_to_the_end(state, following, end_line):
            return False  # "More updates to follow" over "© Coast News 2025"
        if _TO_FOLLOW.fullmatch(stripped):
            return False  # "More to follow": the story goes on later, it names nothing
        if _sentence_in_a_run(state, start_line, following, stripped):
            return False  # "… was the last of 43 speakers" over "He told …"
        if stripped[0] in '"“' and _ATTRIBUTED_QUOTE.fullmatch(stripped):
            return False  # a pull quote: '"Most complaints …" – a spokesperson'
        if state.tokens and _SCORELINE.fullmatch(stripped):
            return False  # "Corran Ford 1 Sallowfield Rovers 3": a result, no title
        if not silent:
            _emit_line(state, start_line, content_range(state, begin, end), options)
        return True

    return heading


_TO_FOLLOW = regex.compile(
    r"(?:more|further)(?: (?:updates|details|news|information))? to (?:follow|come)"
    r"|(?:updates|details) to follow|more soon",
    regex.IGNORECASE,
)
# A quote and who said it: '"Most of the complaints start here" – ombudsman'.
_MIN_BOLD_SENTENCE = 6  # words


def _bold_sentence(text: str) -> bool:
    """Whether a line set in bold is a sentence (a standfirst), not a heading.

    So is an interviewer's question after a sentence of its own, in sentence
    case (``**You inherited a budget gap. Where does it stand today?**``).
    """
    text = text.rstrip()
    if text[-1:] == "?":
        return (
            _ASKED_AFTER.search(text) is not None
            and _NUMBERED_BOLD.match(text) is None
            and not title_case(text)
        )
    return text[-1:] in (".", "!") and len(text.split()) >= _MIN_BOLD_SENTENCE


# A sentence, then the question: "… last spring. Do you regret it?"
_ASKED_AFTER = regex.compile(r"\p{Ll}[.!?][ \t]+\p{Lu}")
_NUMBERED_BOLD = regex.compile(r"\d{1,2}[.)][ \t]")


# A year or a span of years alone on its line: "2019", "2020–2021".
_YEAR_LINE = regex.compile(
    r"(?:1[89]|20)\d\d(?:[ \t]*[–—-][ \t]*(?:(?:1[89]|20)\d\d|\d\d))?"
)
_MIN_YEARS = 2


def _timeline_year(state: StateBlock, line: int, text: str) -> bool:
    """Whether a year alone between blank lines heads a timeline's entries.

    ``2019`` over the year's events, where at least :data:`_MIN_YEARS` such
    lines stand apart in the document (counted once per document).
    """
    if not text[:1].isdigit() or _YEAR_LINE.fullmatch(text) is None:
        return False
    if line == 0 or not is_blank(state, line - 1):
        return False
    found = state.env.get(_YEARS)
    if found is None:
        lines = stripped_lines(state)
        found = state.env[_YEARS] = (
            sum(
                1
                for at in range(1, len(lines) - 1)
                if not lines[at - 1]
                and lines[at][:1].isdigit()
                and _YEAR_LINE.fullmatch(lines[at])
            )
            >= _MIN_YEARS
        )
    return bool(found)


_YEARS = "news_timeline_years"  # env: the document's years stand apart as headings


# A match's result: "Corran Ford 1 Sallowfield Rovers 3", "Ashby 2-1 Corby".
_TEAM = r"\p{Lu}[\p{L}.'’&-]*(?:[ \t]+[\p{Lu}&][\p{L}.'’&-]*){0,3}"
_SCORELINE = regex.compile(
    rf"{_TEAM}[ \t]+\d{{1,2}}(?:[ \t]*[-–][ \t]*\d{{1,2}}[ \t]+{_TEAM}"
    rf"|,?[ \t]+{_TEAM}[ \t]+\d{{1,2}})(?:[ \t]*\([^()]{{1,40}}\))?"
)
_ATTRIBUTED_QUOTE = regex.compile(r"[\"“][^\"“”]{8,}[\"”][ \t]*[–—-][ \t]*\S.{0,80}")
_BACK_POINTERS = ("He ", "She ", "They ", "His ", "Her ", "Their ")


def _sentence_in_a_run(state: StateBlock, line: int, following: int, text: str) -> bool:
    """Whether a line between two paragraphs is a sentence of the run, no heading.

    ``Councillor Dev Okafor was the last of 43 speakers`` right under a
    paragraph and over ``He told the chamber …``: the paragraph under it
    points back to whom the line names, as a paragraph under a heading
    does not. Only a line in sentence case, with no blank line around it.
    """
    if following != line + 1 or title_case(text):
        return False
    above = block_above(state, line)
    return (
        above is not None
        and above.type == "paragraph"
        and line_text(state, following).lstrip().startswith(_BACK_POINTERS)
    )


_MAX_TAIL = 6  # lines of furniture looked at under a last line


def _furniture_to_the_end(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether only page furniture follows, from ``line`` to the end of the text.

    A line over nothing but the page's footer (``Read more: …``, ``© …``)
    names no content: it ends the story.
    """
    looked = 0
    while line < end_line:
        text = line_text(state, line).strip()
        if text:
            looked += 1
            if looked > _MAX_TAIL or classify(text) is None:
                return False
        line += 1
    return True


def heading_plugin(md: MarkdownIt, options: ParseOptions) -> None:
    """Add headings: ``#`` to ``######``, setext, ``**bold**`` lines, plain lines.

    A plain heading is a short line without sentence punctuation that is
    followed by more text (see :func:`looks_like_heading`). Plain and bold
    headings are level 2, or 1 when they open the article.
    """
    md.block.ruler.before("paragraph", "news_heading", _make_rule(options))
