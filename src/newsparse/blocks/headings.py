"""Block parse: Markdown, setext, bold and plain-text headings."""

from __future__ import annotations

from collections.abc import Callable

import regex
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from ..options import ParseOptions
from .furniture import classify, lone_dateline
from .lines import (
    content_range,
    headings_so_far,
    indent_of,
    is_blank,
    line_text,
    match_marker,
    only_furniture_so_far,
    opens_item,
    split_words,
    symbol_bullet,
    top_blocks,
)
from .lists import (
    SECTION_NUMBER,
    bare_list_at,
    number_of,
    restarts_after_list,
    term_item,
)
from .names import name_line
from .wrapping import (
    SPEECH_VERBS,
    continues,
    sentence_runs,
    speaker_label,
    wraps_on,
)

__all__ = ["heading_plugin", "looks_like_heading"]

# "## Title ##" -> level 2, text "Title"; "#hashtag" is no heading (no space).
_ATX = regex.compile(r"[ ]{0,3}(?P<hashes>#{1,6})(?:[ \t]+|$)")
_ATX_CLOSE = regex.compile(r"(?:^|[ \t]+)#+[ \t]*$")
# A setext underline: "=====" (level 1) or "-----" (level 2).
_SETEXT = regex.compile(r"[ ]{0,3}(?P<char>=+|-+)[ \t]*")
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


# Characters that end a sentence or lead into what follows, so the line is prose.
_PROSE_END = ".,;:!…\"”’'"
_LONGEST_PLAIN = 160  # longer lines are prose, unless marked up as headings
# Lower-case words no title ends on: a line ending on one breaks off mid-phrase
# (a title in Title Case capitalises its last word: "What Voters Care About").
_DANGLING = frozenset(
    "a an the of and or nor but than to with at from by as after into per via".split()  # noqa: SIM905
)
# A line ending on a reporting verb in lower case breaks off before what was
# said, unless a question word opens it ("What the minister said").
_QUESTION_WORDS = frozenset(
    "what how why who whom whose when where which whatever".split()  # noqa: SIM905
)
_SENTENCE_MARKS = frozenset(_PROSE_END) - {":"}  # a label may end in ":"
_TRAILING_ASIDE = regex.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])$")


_OPENING = "“‘\"'(*_"  # quotes, a bracket, emphasis: "**La Gazette** (Lyon)"
_CURRENCY = "£$€¥"


def _opens_as_title(text: str) -> bool:
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
    if not text or len(text) > _LONGEST_PLAIN or "|" in text:
        return False
    if text[0] + text[-1] in ("()", "[]"):
        return False  # "(Laughter)", "[Applause]": an aside, not a title
    if not _opens_as_title(text):
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
    if last in _PROSE_END or words[-1] in _DANGLING:
        return False  # "…extending gains made after": the line breaks off
    if (
        words[-1] in SPEECH_VERBS
        and len(words) > 1
        and words[0].lower().strip("“‘\"'(") not in _QUESTION_WORDS
    ):
        return False  # "Her mother, Donna, said": the quote is on the next line
    if last == "?":
        lettered = [w for w in words if w[0].isalpha()]
        capitalised = sum(1 for w in lettered if w[0].isupper())
        return len(words) > 1 and capitalised * 2 > len(lettered)
    return True


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
    (five after a question word, ``What to watch next:``)
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
    clause = len(words) > 1 and words[0].lower() in _QUESTION_WORDS
    if not 0 < len(words) <= _SHORT_LABEL_WORDS + 2 * clause:
        return False
    last = words[-1].lower()
    if last in _NOUN_OR_VERB and words[0].lower() in _QUANTIFIERS:
        return False  # "Each pupil needs:": a subject, then its verb
    return (
        text[0].isupper()
        and words[0].lower() not in _SENTENCE_OPENERS
        and (clause or last not in _SENTENCE_ENDS)
        and not any(w.lower() in _AUXILIARIES for w in words)
    )


_CLOSING_QUOTES = "”’\"'"
_OPENING_QUOTES = "“‘\"'"


def _quoted_title(text: str, max_words: int) -> bool:
    """Whether a line ending in a closing quote is a title quoting someone.

    ``Farmers: “We Cannot Wait”``, ``Why Growers Say ‘Enough’``: the quote
    is part of the title (the line does not open with it: a one-line quote
    stays a paragraph), nothing ends a sentence inside the closing mark, the
    title has a colon before the quote or most of its words capitalised,
    and the line without its closing mark reads as a heading.

    Example:
        >>> _quoted_title("Farmers: “We Cannot Wait”", 14)
        True
        >>> _quoted_title("“We cannot wait,” a farmer said.”", 14)
        False
    """
    if len(text) < 3 or text[-1] not in _CLOSING_QUOTES or text[0] in _OPENING_QUOTES:
        return False
    if text[-2] in _PROSE_END:
        return False  # "… the union said: “We will strike.”"
    opening = max(text.rfind(q, 0, len(text) - 1) for q in _OPENING_QUOTES)
    if opening <= 0 or text[opening - 1] not in " \t":
        return False  # no quote opens inside the line ("the workers’" is no quote)
    inner = text[:-1]
    if not looks_like_heading(inner, max_words):
        return False
    if ": " in text[:opening]:
        return True
    words = [w for w in split_words(inner) if w[0].isalpha() or w[0] in _OPENING_QUOTES]
    capitalised = sum(1 for w in words if w.lstrip(_OPENING_QUOTES)[:1].isupper())
    return capitalised * 2 > len(words)


_QUESTION_MAX_WORDS = 12
_FAQ_MIN_QUESTIONS = 2


# A speaker's name in capitals before a turn of a transcript: "REPORTER:",
# "MR HALE:" (one capital, as in "Q:", is an FAQ's own label).
_SPEAKER = regex.compile(r"[\p{Lu}][\p{Lu}.’' -]*[\p{Lu}.]:\s")


def _is_question_line(text: str) -> bool:
    """A short question starting with a capital: ``Who can apply?``.

    A question asked in a transcript (``REPORTER: When will you decide?``)
    is a speaker's turn, not a heading over the answer.
    """
    return (
        text.endswith("?")
        and text[:1].isupper()
        and len(split_words(text)) <= _QUESTION_MAX_WORDS
        and _SPEAKER.match(text) is None
    )


def _faq_context(state: StateBlock, following: int) -> bool:
    """Whether a question line heads an answer in a run of questions and answers.

    The text after it must be an answer (prose, not another question), and the
    document must hold at least two such question lines, so one rhetorical
    question among sentence lines stays a paragraph.
    """
    answer = line_text(state, following).strip()
    if not answer or answer.endswith("?") or opens_item(answer):
        return False
    if _SPEAKER.match(answer) or speaker_label(state, following):
        return False  # a question answered by a speaker's turn: a transcript
    count = state.env.get("faq_questions")
    if count is None:
        count = sum(
            1
            for line in range(state.lineMax - 1)
            if _is_question_line(line_text(state, line).strip())
            and not line_text(state, line + 1).strip().endswith("?")
        )
        state.env["faq_questions"] = count
    return int(count) >= _FAQ_MIN_QUESTIONS


# "Price: £149", "Battery life: 6 hours": a short label, a colon, a value.
# A label and a figure: "Turnout: 19.8%", "Majority: 1,204" (a result, no title).
_FIGURE_VALUE = regex.compile(r"[^:]{1,40}:[ \t]+[£$€¥]?[\d.,]+(?:%| ?per ?cent)?")
_FIELD = regex.compile(r"[ \t]*\p{Lu}[^\s:]*(?:[ \t]+[^\s:]+){0,2}:[ \t]+\S")


def _field_line(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether a ``Label: value`` line stands among others like it.

    Consecutive lines of a short label, a colon and a value are the fields
    of a fact box or a specification, one blank line between them or none
    (``Claim: …``, ``Verdict: Misleading``, ``Rating: 2 out of 5``): none
    of them names what follows. (A title in the ``X: Y`` form, ``Drought: A
    Shortfall Looms``, stands alone, or over furniture such as ``Date: 18
    September 2025``.)
    """
    if _FIELD.match(line_text(state, line)) is None:
        return False
    for step in (-1, 1):
        other = line + step
        if 0 <= other < end_line and is_blank(state, other):
            other += step  # one blank line between fields
        if (
            0 <= other < end_line
            and not is_blank(state, other)
            and _FIELD.match(line_text(state, other)) is not None
            and classify(line_text(state, other).strip()) is None
        ):
            return True
    return False


_MAX_TITLE_WORDS = 25
_UNDER_TITLE = frozenset({"byline", "date", "reading_time"})


def _title_over_byline(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a line opening the page is its title, a byline or a date under it.

    The headline of a page is the first line after its furniture, with the
    byline or the date under it, whatever its case or form (``What is a heat
    dome, and why does it matter?``, or opening with the quote it is built
    on, ``‘We were never told’: the town that lost its river``): it must
    start with a capital, after its opening quote if any, and not end as a
    sentence does (``.``, ``,``, ``;``, ``:``). Between the two may stand a name alone
    (``Ana Ruiz``), other furniture or a section tag (``Fact Check | Local
    Government``), two lines at most, and a blank line right under the title.
    """
    # A title may open with a quote: "‘I slept in a shelter’: a winter appeal".
    first = text.lstrip(_OPENING_QUOTES)[:1]
    if text[-1] in ".,;:" or not first.isupper() or line + 1 >= end_line:
        return False
    if len(split_words(text)) > _MAX_TITLE_WORDS:
        return False
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
        if kind is None and not (name_line(below) or _section_tag(below)):
            return False
    return False


_UNDER_TITLE_LINES = 3  # the byline or date, and at most two lines before it
_MAX_TAG = 60  # characters of a section tag under a title


def _section_tag(text: str) -> bool:
    """Whether a line is a short tag of the page's sections: ``Opinion | Letters``."""
    return (
        len(text) <= _MAX_TAG
        and (" | " in text or " · " in text)
        and text[-1] not in _SENTENCE_MARKS
    )


_MIN_ANSWER = 40  # characters of the paragraph under a question heading


def _question_over_paragraph(
    state: StateBlock, line: int, end_line: int, text: str
) -> bool:
    """Whether a lone question heads the paragraph right under it.

    ``What happens to the river now?`` with a blank line above (or a live
    blog's time stamp right above) and prose directly below it, where
    paragraphs are set apart by blank lines, names the section: a question
    asked in the story would stand as a paragraph of its own or run on in
    its paragraph. Not in documents written one
    sentence per line (runs of sentence lines make the paragraphs there),
    and not a labelled turn (``Q: …``).
    """
    if line == 0 or ": " in text:
        return False
    if not is_blank(state, line - 1) and not _under_furniture(state, line):
        return False
    if line + 1 >= end_line or is_blank(state, line + 1):
        return False
    answer = line_text(state, line + 1).strip()
    lead_in = answer.endswith(":") and (
        line + 2 < end_line and opens_item(line_text(state, line + 2))
    )  # "The main measures are:" over its items
    if answer.endswith("?") or opens_item(answer):
        return False
    if len(answer) < _MIN_ANSWER and not lead_in:
        return False
    if _SPEAKER.match(answer) or speaker_label(state, line + 1):
        return False
    return not sentence_runs(state)


def _under_furniture(state: StateBlock, line: int) -> bool:
    """Whether a line of furniture (a live blog's ``17:20``) is right above."""
    return bool(state.tokens) and (
        state.tokens[-1].type == "boilerplate"
        and state.tokens[-1].map is not None
        and state.tokens[-1].map[1] == line
    )


_SET_APART_AFTER = 2  # headings before it: the title and a section heading
# Words that carry the story on from the paragraph before: "But who pays?"
_RUNNING_ON = frozenset(
    "and but so or yet then still nor because".split()  # noqa: SIM905
)


_PARAGRAPH_END = '.!…"”’)'
_MAX_ANSWER_LINES = 12  # lines of the answer looked at; a paragraph is shorter


def _answer_paragraph(
    state: StateBlock, line: int, end_line: int, *, apart: bool = True
) -> str | None:
    """The paragraph of prose starting at ``line``, up to the next blank line.

    ``None`` when it is no paragraph: too short (a letter's sign-off, a
    heading, the end of the text), not ending as a sentence does, or a list
    item or a speaker's turn. Its lines may be wrapped or one sentence each:
    the whole run counts, not its first line. Where no blank line ends
    paragraphs (not ``apart``), its first line must be long enough alone.
    """
    first = line_text(state, line).strip()
    if not first or opens_item(first) or first.endswith("?"):
        return None
    if _SPEAKER.match(first) or speaker_label(state, line):
        return None
    if not apart:
        return first if len(first) >= _MIN_ANSWER else None
    texts = [first]
    stop = min(end_line, line + _MAX_ANSWER_LINES)
    for under in range(line + 1, stop):
        text = line_text(state, under).strip()
        if not text:
            break
        texts.append(text)
    answer = " ".join(texts)
    if len(answer) < _MIN_ANSWER or answer[-1] not in _PARAGRAPH_END:
        return None
    return answer


def _question_set_apart(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a question alone between blank lines heads the paragraph under it.

    ``Has this happened before?`` over ``Yes. In 2023 …``: where the
    document's section headings already stand alone between blank lines,
    a question standing the same way, over a paragraph of prose (its lines
    wrapped or one sentence each), is one of them. A question asked in the
    story is left as it is: one that carries the story on (``But who will
    pay?``), one over a line that is no paragraph (a letter's sign-off, a
    heading, the end of the text), or one in a document with no section
    heading before it.
    """
    if line == 0 or not is_blank(state, line - 1) or ": " in text:
        return False
    if line + 2 >= end_line or not is_blank(state, line + 1):
        return False
    if split_words(text)[0].lower() in _RUNNING_ON:
        return False
    if _answer_paragraph(state, line + 2, end_line) is None:
        return False
    return headings_so_far(state)[0] >= _SET_APART_AFTER


# Pronouns that point back to people named before: "Who could blame them?"
_BACK_REFERENCES = frozenset(
    "he she him her his hers they them their theirs".split()  # noqa: SIM905
)


def _question_between_paragraphs(
    state: StateBlock, line: int, end_line: int, text: str
) -> bool:
    """Whether a question line heads a section where no blank lines set one apart.

    ``What happens to the workers?`` between two paragraphs, in a document
    whose paragraphs and section headings follow one another without blank
    lines: a question opening with a question word, over a paragraph of
    prose, after a section heading standing the same way (no blank line
    under it), names the section. A question that points back to people
    named before (``Who could blame them?``), a yes-or-no question (``Is
    that fair?``) and a document written one sentence per line, where a
    question runs on in its paragraph, leave the line as it is.
    """
    if line == 0 or is_blank(state, line - 1) or ": " in text:
        return False
    if line + 1 >= end_line or is_blank(state, line + 1):
        return False
    words = [w.strip("“‘\"'?,").lower() for w in split_words(text)]
    if words[0] not in _QUESTION_WORDS or _BACK_REFERENCES.intersection(words):
        return False
    if headings_so_far(state)[0] < _SET_APART_AFTER or sentence_runs(state):
        return False
    if _answer_paragraph(state, line + 1, end_line, apart=False) is None:
        return False
    return headings_so_far(state)[1]  # the last section heading runs on


# A writer's name and home, signing a letter: "Dr Ian Sefton, Lower Hembry".
_SIGN_OFF = regex.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Rev|Revd|Sir|Dame|Cllr|Lord|Lady)"
    r"\.?[ \t]+)?"
    r"\p{Lu}[\p{L}\p{M}’'-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}’'-]+){1,3}"
    r",[ \t]*\p{Lu}[\p{L}\p{M}’'-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}’'-]+){0,2}"
)
_SIGNED = "news_signed_letters"  # env: a sign-off was found before a heading


def _signs_off(
    state: StateBlock, line: int, end_line: int, text: str, options: ParseOptions
) -> bool:
    """Whether a ``Name, Place`` line signs the letter above it.

    A letters page signs each letter with the writer's name and home, alone
    under the letter's last paragraph; what follows is the next letter's
    heading, page furniture or the end. A ``Name, Place`` line over a
    paragraph names it instead (``Ana Ruiz, Madrid`` over what she told a
    vox pop), unless an earlier letter of the page was signed the same way:
    then the page's last sign-off stands over its closing notice.
    """
    if ", " not in text or _SIGN_OFF.fullmatch(text) is None:
        return False  # most lines: no comma, or not two names
    if line == 0 or not is_blank(state, line - 1):
        return False
    if not state.tokens or state.tokens[-1].type != "paragraph":
        return False  # a sign-off closes a letter's prose
    if line + 1 < end_line and not is_blank(state, line + 1):
        return False
    following = _next_content_line(state, line, end_line)
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


# The label that opens a turn of a transcript: "MINISTER GARCÍA: No.",
# "Q: Will it?", "Reporter (El País): Is it final?", "Minister Okafor: No."
_TURN = regex.compile(
    r"[ \t]*(?P<label>[\p{Lu}][^\s:]{0,30}(?:[ \t]+[^\s:]{1,30}){0,3}?)"
    r"(?:[ \t]*\([^()\n]{1,40}\))?:[ \t]"
)
_MIN_TURNS = 4
_MAX_LABEL = 80  # characters before the colon of a turn


def _speakers(state: StateBlock) -> frozenset[str]:
    """The labels of a transcript's turns, or none when it is no transcript.

    A label is a speaker's when it opens two lines or more (speakers come
    back; a term before a colon hardly does), and the document is a
    transcript when such labels open four lines or more. Read once per
    document.
    """
    found: frozenset[str] | None = state.env.get("speakers")
    if found is None:
        counts: dict[str, int] = {}
        src = state.src
        # A turn has ": " early in its line, which most lines have not: only
        # the lines holding one are matched, found with str.find.
        at = src.find(": ")
        while at >= 0:
            start = src.rfind("\n", 0, at) + 1
            if 0 < at - start < _MAX_LABEL:
                match = _TURN.match(src, start)
                if match is not None:
                    label = match.group("label")
                    counts[label] = counts.get(label, 0) + 1
            stop = src.find("\n", at)
            at = -1 if stop < 0 else src.find(": ", stop)
        turns = {label: n for label, n in counts.items() if n >= 2}
        found = frozenset(turns) if sum(turns.values()) >= _MIN_TURNS else frozenset()
        state.env["speakers"] = found
    return found


def _transcript_line(state: StateBlock, line: int, text: str, following: int) -> bool:
    """Whether a line of a transcript is speech rather than a heading.

    In a transcript, a speaker's turn (``CARVER: Not by a billion``) is
    never a heading, and neither is a short line in sentence case
    (``Thanks, everyone``): what people say is rarely in Title Case or
    capitals, and headings are. A sentence-case line set apart by a blank
    line over text that is no turn (``What changes for visitors`` over the
    festival's notice, after the interview) heads a section after all.
    """
    speakers = _speakers(state)
    if not speakers:
        return False
    turn = _TURN.match(text)
    if turn is not None and turn.group("label") in speakers:
        return True
    words = [w for w in split_words(text) if w[0].isalpha()]
    capitalised = sum(1 for w in words if w[0].isupper())
    if text.isupper() or capitalised * 2 > len(words):
        return False
    if turn is None and line > 0 and is_blank(state, line - 1):
        return _TURN.match(line_text(state, following).strip()) is not None
    return True


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
        and not word.isupper()
        and word.lower() not in _SENTENCE_OPENERS
    )


def _label_heading(state: StateBlock, text: str, following: int, end_line: int) -> bool:
    """Whether a line ending in ``:`` is a label heading the list under it.

    A Title Case label (``Key Races to Watch:``, or one capitalised word,
    ``Chapters:``) heads a marked list, a table or ``Term – description``
    lines that lost their markers; a short
    label in any case (``Key points:``, ``In this episode:``) heads a marked
    list, a table or lines that lost their markers, below the title.
    """
    if _is_title_label(text):
        return _introduces_block(state, following) or term_item(
            line_text(state, following).strip()
        )
    # "Chapters:" over "00:00 – Introduction", "02:40 – Last orders" …: one
    # capitalised word is a Title Case label too, when the lines under it
    # make a list (not a speaker's "MINISTER:" or "Host:").
    if (
        _one_word_label(text)
        and term_item(line_text(state, following).strip())
        and bare_list_at(state, following, end_line)
    ):
        return True
    if not _is_short_label(text) or not (
        _introduces_block(state, following) or bare_list_at(state, following, end_line)
    ):
        return False
    return not only_furniture_so_far(state)


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
        or _is_question_line(inner)  # "1. Who proposes them?" over the answer
    ):
        return False
    following = _next_content_line(state, start_line, end_line)
    if following is None or opens_item(line_text(state, following)):
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


_MAX_LIST_QUESTION_WORDS = 6


def _question_over_list(
    state: StateBlock, line: int, following: int, text: str
) -> bool:
    """Whether a short question set apart over a marked list names it.

    ``What happens next?`` or ``New to podcasts?`` over ``1. …`` items: the
    question is the list's heading, as a label ending in ``:`` would be. A
    blank line stands before it, and the list right under it.
    """
    return (
        following == line + 1
        and (line == 0 or is_blank(state, line - 1))
        and len(split_words(text)) <= _MAX_LIST_QUESTION_WORDS
        and opens_item(line_text(state, following))
    )


_MIN_STANDFIRST_WORDS = 8


def _standfirst(state: StateBlock, line: int, text: str) -> bool:
    """Whether a line right under the title is its standfirst, not a heading.

    ``Architect whose libraries brought daylight into the reading rooms of
    northern Europe`` under ``Margarethe Olsen obituary``: the title is the
    only block so far and ends on the line above, and the line is a long
    one in sentence case (eight words or more, most of them in lower case).
    """
    if not state.tokens or state.tokens[-1].map != [line - 1, line]:
        return False
    if state.tokens[-1].type != "heading" or top_blocks(state) != (1, False):
        return False
    words = split_words(text)
    lower = sum(1 for word in words if word[:1].islower())
    return len(words) >= _MIN_STANDFIRST_WORDS and lower * 2 > len(words)


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
    after = _next_content_line(state, following, end)
    return after is not None and symbol_bullet(line_text(state, after)) == below


def _next_content_line(state: StateBlock, line: int, end_line: int) -> int | None:
    line += 1
    while line < end_line and is_blank(state, line):
        line += 1
    return line if line < end_line else None


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
    if under is None or under.group("char")[0] != "=":
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
        and len(first) + len(second) <= _LONGEST_PLAIN
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
        atx = _ATX.match(text) if text.lstrip(" ")[:1] == "#" else None
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
        prose = len(stripped) > _LONGEST_PLAIN or stripped[-1] in _SENTENCE_MARKS
        quoted = prose and _quoted_title(stripped, options.max_heading_words)
        if prose and not quoted and stripped[:2] not in ("**", "__"):
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
            if under is not None and (
                under.group("char")[0] == "="
                or looks_like_heading(stripped, options.max_heading_words)
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
        following = _next_content_line(state, start_line, end_line)
        symbol = symbol_bullet(stripped)
        if symbol is not None:
            # "🔑 Key Takeaways": the heading is judged by its words.
            if not _decorated(state, symbol, following, end_line):
                return False
            stripped = stripped[len(stripped) - len(stripped.split(None, 1)[1]) :]
        # Every kind of plain heading starts with a capital or a figure, after
        # its opening quote if any (a sign-off, asked about below, does too).
        if not _opens_as_title(stripped):
            return False
        if following is None:
            return False  # a short line that ends the text introduces nothing
        # A line ending in ":" is a heading only as the label of what follows
        # (nothing else ends so): asked first, before the costlier tests below.
        label = stripped[-1] == ":"
        if label and not _label_heading(state, stripped, following, end_line):
            return False
        if continues(
            state, start_line, end_line, joined=False, loose=False
        ) or wraps_on(state, start_line, end_line):
            return False  # the first line of a hard-wrapped paragraph
        if speaker_label(state, start_line):
            return False  # "MINISTER GARCÍA" over what the minister said
        if _signs_off(state, start_line, end_line, stripped, options):
            return False  # "Ruth Adair, Hembury" under her letter
        if _standfirst(state, start_line, stripped):
            return False  # a sentence under the title, not a section's name
        if lone_dateline(stripped):
            return False  # "(AP) — NAIROBI, Kenya": it opens the paragraph below
        if (
            _transcript_line(state, start_line, stripped, following)
            and _plain_level(state, options) == 2
        ):
            return False  # "Sorry, go ahead" between turns: speech, not a title
        if ": " in stripped and (
            _field_line(state, start_line, end_line)
            or _FIGURE_VALUE.fullmatch(stripped)
        ):
            return False  # "Price: £149" over "Battery: 6 hours": fields, no titles
        if not (
            quoted
            or looks_like_heading(stripped, options.max_heading_words)
            or _title_over_byline(state, start_line, end_line, stripped)
            or label  # a label heading, found above
            or (
                _is_question_line(stripped)
                and (
                    _faq_context(state, following)
                    or _question_over_paragraph(state, start_line, end_line, stripped)
                    or _question_set_apart(state, start_line, end_line, stripped)
                    or _question_between_paragraphs(
                        state, start_line, end_line, stripped
                    )
                    or _question_over_list(state, start_line, following, stripped)
                )
            )
        ):
            return False
        if not silent:
            _emit_line(state, start_line, content_range(state, begin, end), options)
        return True

    return heading


def heading_plugin(md: MarkdownIt, options: ParseOptions) -> None:
    """Add headings: ``#`` to ``######``, setext, ``**bold**`` lines, plain lines.

    A plain heading is a short line without sentence punctuation that is
    followed by more text (see :func:`looks_like_heading`). Plain and bold
    headings are level 2, or 1 when they open the article.
    """
    md.block.ruler.before("paragraph", "news_heading", _make_rule(options))
