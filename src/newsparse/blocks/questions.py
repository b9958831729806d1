"""Block parse: when a question is the heading over its answer.

A short question (:func:`is_question_line`) heads the text under it in a
run of questions and answers (:func:`faq_context`); alone, it heads the
paragraph of prose under it where blank lines set paragraphs apart
(:func:`question_over_paragraph`, :func:`question_set_apart`), a section
where paragraphs and headings follow one another without blank lines
(:func:`question_between_paragraphs`), or a marked list
(:func:`question_over_list`). A question asked in the story stays in it:
one that carries the story on (``But who pays?``), a speaker's turn in a
transcript (``REPORTER: When will you decide?``), or one running on in its
paragraph in a document written one sentence per line.
"""

from __future__ import annotations

import regex
from markdown_it.rules_block import StateBlock

from .lines import (
    QUESTION_WORDS,
    block_above,
    headings_so_far,
    is_blank,
    line_text,
    opens_item,
    split_words,
)
from .sentences import sentence_runs, speaker_label

__all__ = [
    "faq_context",
    "is_question_line",
    "question_between_paragraphs",
    "question_over_list",
    "question_over_paragraph",
    "question_set_apart",
]
_QUESTION_MAX_WORDS = 12  # words; a dash standing apart is none
_DASHES = frozenset("–—-")
_FAQ_MIN_QUESTIONS = 2


# A speaker's name in capitals before a turn of a transcript: "REPORTER:",
# "MR HALE:" (one capital, as in "Q:", is an FAQ's own label).
_SPEAKER = regex.compile(r"[\p{Lu}][\p{Lu}.’' -]*[\p{Lu}.]:\s")


def is_question_line(text: str) -> bool:
    """A short question starting with a capital: ``Who can apply?``.

    A question asked in a transcript (``REPORTER: When will you decide?``)
    is a speaker's turn, not a heading over the answer.
    """
    return (
        text.endswith("?")
        and text[:1].isupper()
        and sum(w not in _DASHES for w in split_words(text)) <= _QUESTION_MAX_WORDS
        and _SPEAKER.match(text) is None
    )


def faq_context(state: StateBlock, following: int) -> bool:
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
            if is_question_line(line_text(state, line).strip())
            and not line_text(state, line + 1).strip().endswith("?")
        )
        state.env["faq_questions"] = count
    return int(count) >= _FAQ_MIN_QUESTIONS


_MIN_ANSWER = 40  # characters of the paragraph under a question heading


def question_over_paragraph(
    state: StateBlock, line: int, end_line: int, text: str
) -> bool:
    """Whether a lone question heads the paragraph right under it.

    ``What happens to the river now?`` with a blank line above (or a live
    blog's time stamp right above) and prose directly below it, where
    paragraphs are set apart by blank lines, names the section: a question
    asked in the story would stand as a paragraph of its own or run on in
    its paragraph. In documents written one sentence per line it heads
    the run of sentence lines under it (``Which shop was cheapest?``). Not a
    labelled turn (``Q: …``).
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
    return not (_SPEAKER.match(answer) or speaker_label(state, line + 1))


def _under_furniture(state: StateBlock, line: int) -> bool:
    """Whether a line of furniture (a live blog's ``17:20``) is right above."""
    above = block_above(state, line)
    return above is not None and above.type == "boilerplate"


def _bare_words(text: str) -> list[str]:
    """A question's words in lower case, without quotes and marks."""
    return [w.strip("“‘\"'?,").lower() for w in split_words(text)]


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


def question_set_apart(state: StateBlock, line: int, end_line: int, text: str) -> bool:
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
    words = _bare_words(text)
    if words[0] in _RUNNING_ON:
        return False
    if _answer_paragraph(state, line + 2, end_line) is None and not _answer_block(
        state, line + 2, end_line
    ):
        return False
    headings = headings_so_far(state)[0]
    # The first section heading under the title: a short question opening
    # with a question word, pointing back to nothing named before (``What
    # happens next?``, not ``What did they find?`` or ``Who will pay for
    # it?``).
    return headings >= _SET_APART_AFTER or (
        headings == 1
        and len(words) <= _FIRST_QUESTION_WORDS
        and words[0] in QUESTION_WORDS
        and not _BACK_REFERENCES.intersection(words)
        and "it" not in words
    )


_FIRST_QUESTION_WORDS = 6


def _answer_block(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether a table, or a sentence leading into one or into a list, answers.

    ``What is changing?`` over ``| Account | Old rate | New rate |``; ``What is
    in the budget?`` over ``The main measures are:`` over its items.
    """
    first = line_text(state, line).strip()
    if first.startswith("|") and line + 1 < end_line:
        return "|" in line_text(state, line + 1)
    if not first.endswith(":") or len(first) < _MIN_ANSWER:
        return False
    following = line + 1
    while following < end_line and is_blank(state, following):
        following += 1
    return following < end_line and opens_item(line_text(state, following).strip())


# Pronouns that point back to people named before: "Who could blame them?"
_BACK_REFERENCES = frozenset(
    "he she him her his hers they them their theirs".split()  # noqa: SIM905
)


def question_between_paragraphs(
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
    words = _bare_words(text)
    if words[0] not in QUESTION_WORDS or _BACK_REFERENCES.intersection(words):
        return False
    headings, runs_on = headings_so_far(state)
    if sentence_runs(state):
        return False
    if headings < _SET_APART_AFTER and not (
        # The first section under the title: as for one set apart.
        headings == 1 and len(words) <= _FIRST_QUESTION_WORDS and "it" not in words
    ):
        return False
    if _answer_paragraph(state, line + 1, end_line, apart=False) is None:
        return False
    return runs_on or headings == 1  # the last section heading runs on


_MAX_LIST_QUESTION_WORDS = 6


def question_over_list(state: StateBlock, line: int, following: int, text: str) -> bool:
    """Whether a short question set apart over a marked list names it.

    ``What happens next?`` or ``New to podcasts?`` over ``1. …`` items: the
    question is the list's heading, as a label ending in ``:`` would be. A
    blank line stands before it, and the list right under it, or under a
    blank line when a question word opens it (``What should I do?``).
    """
    apart = (
        following == line + 2
        and is_blank(state, line + 1)
        and _bare_words(text)[0] in QUESTION_WORDS
    )
    return (
        (following == line + 1 or apart)
        and (line == 0 or is_blank(state, line - 1))
        and len(split_words(text)) <= _MAX_LIST_QUESTION_WORDS
        and opens_item(line_text(state, following))
    )
