"""Block parse: the widgets a page prints around the story, each one block.

A feedback widget's question (``Is this page useful?``) takes the answers
it offers (``Yes``, ``No``, ``Report a problem with this page``), a cookie
notice its buttons (``Accept all``, ``Manage preferences``), and a sign-up
box's label (``Sign up for the Morning Post``) its pitch, field and button
(``Enter your email address``, ``[Sign up]``). Each ``…_end`` function
returns the last line of the widget (the line itself when nothing under it
belongs to it); :func:`signup_label` tells a call to sign up that labels a
box from a line that merely reads like a heading. A pull quote
(:func:`pull_quote_end`) repeats the story's words in large type, with
who said them.
"""

from __future__ import annotations

import regex
from markdown_it.rules_block import StateBlock

from .furniture import classify
from .lines import is_blank, line_text
from .names import unemphasised

__all__ = [
    "ad_copy_under",
    "advert_box_end",
    "answers_end",
    "buttons_end",
    "comment_end",
    "comments_end",
    "feedback_prompt",
    "pull_quote_end",
    "signup_label",
]

# The answers a feedback widget offers under its question: "Yes", "No",
# "Yes, this page is useful", "Report a problem with this page", "Thank you
# for your feedback". Tried only on short lines whose first word is one of
# _ANSWER_WORDS.
_ANSWER_WORDS = frozenset(
    """yes no maybe somewhat partly not report give send leave thank thanks
    there tell rate""".split()  # noqa: SIM905
)
_ANSWER = regex.compile(
    r"(?:yes|no|maybe|somewhat|partly|not really|not sure)"
    r"(?:[,:]?\s+(?:this|the|it)\s[^.!?]{1,50})?[.!]?"
    r"|report (?:a|an) (?:problem|error|issue|mistake)\b[^.!?]{0,50}[.!]?"
    r"|(?:give|send|leave) (?:us )?(?:your )?feedback\b[^.!?]{0,40}[.!]?"
    r"|thank(?:s| you) for (?:your )?feedback\b[^!?]{0,80}"
    r"|there is something wrong with this page[.!]?"
    r"|tell us (?:more|why)\b[^.!?]{0,40}[.!?]?"
    r"|rate this (?:page|article|guide|story)[.!]?",
    regex.IGNORECASE,
)
_MAX_ANSWER = 80  # characters
_MAX_ANSWERS = 6


def feedback_prompt(text: str) -> bool:
    """Whether a notice asks if the page helped: ``Is this page useful?``."""
    lowered = text.lower()
    return "useful" in lowered or "helpful" in lowered


def _answer(text: str) -> bool:
    """Whether a line is an answer a feedback widget offers (``Yes``, ``No``)."""
    first = text.split(None, 1)[0].lower().rstrip(",.!:") if text else ""
    return (
        len(text) <= _MAX_ANSWER
        and first in _ANSWER_WORDS
        and _ANSWER.fullmatch(text) is not None
    )


def answers_end(state: StateBlock, line: int, end_line: int) -> int:
    """The last line of the answers a feedback question offers (itself if none).

    ``Is this page useful?`` over ``Yes`` / ``No`` / ``Report a problem with
    this page`` is one widget; a blank line may stand between the answers.
    """
    last = line
    following = line + 1
    while following < end_line and following - line <= 2 * _MAX_ANSWERS:
        if is_blank(state, following):
            following += 1
            continue
        if not _answer(line_text(state, following).strip()):
            break
        last = following
        following += 1
    return last


# The buttons of a cookie banner under its notice: "Accept all", "Reject",
# "Manage preferences", "Cookie settings", "OK, got it".
_BUTTON = regex.compile(
    r"(?:(?:ok|okay|yes|no)(?:,?\s+(?:got it|thanks|i agree))?|got it|(?:i )?agree"
    r"|(?:accept|reject|allow|decline|refuse|deny)(?:\s+(?:all|optional|essential"
    r"|necessary|non-essential))?(?:\s+cookies)?|(?:manage|customi[sz]e|change|set)"
    r"(?:\s+(?:my|your|cookie))?\s+(?:preferences|settings|options|choices|cookies)"
    r"|(?:cookie|privacy)\s+(?:settings|preferences|options|policy)|more (?:info"
    r"|information|options)|learn more|continue|necessary only|essential only)",
    regex.IGNORECASE,
)
_MAX_BUTTONS = 4


def buttons_end(state: StateBlock, line: int, end_line: int) -> int:
    """The last of the buttons under a cookie notice (the notice if none)."""
    last = line
    while (
        last + 1 < end_line
        and last - line < _MAX_BUTTONS
        and _buttons(line_text(state, last + 1))
    ):
        last += 1
    return last


def _buttons(text: str) -> bool:
    """Whether a line holds only buttons: ``[Accept all]``, ``Accept | Reject``."""
    pieces = text.split("|") if "|" in text else [text]
    return all(_BUTTON.fullmatch(piece.strip().strip("[]").strip()) for piece in pieces)


_MAX_ADVERT_LABEL = 8  # words
_MAX_BOX_LINES = 5  # lines a sign-up box takes under its label
_MAX_BUTTON = 4  # words of a form's field or button ("Enter your email address")
_MAX_BLURB = 40  # words of the pitch under the label


# What marks a line as an advertisement's copy: its terms, its web address.
_AD_COPY = regex.compile(
    r"\b(?:terms apply|t&cs apply|t&cs|terms and conditions apply)\b"
    r"|\b[\w-]+\.(?:example|com|co\.uk|org|net)(?:/\S*)?\s*$",
    regex.IGNORECASE,
)
_MAX_AD_COPY = 40  # words


def ad_copy_under(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether ``Advertisement`` stands right over the advertisement's copy.

    ``Calder Building Society: one-year fixed saver at 4.1% AER. Terms
    apply. cbs.example/fixed`` under it, no blank line between: one block.
    Copy says its terms or ends on its address; a paragraph of the story
    under the label does neither.
    """
    if unemphasised(text).strip("[]").lower() not in ("advertisement", "advert"):
        return False
    if line + 1 >= end_line or is_blank(state, line + 1):
        return False
    below = line_text(state, line + 1).strip()
    return (
        len(below.split()) <= _MAX_AD_COPY
        and classify(below) in (None, "advert")
        and _AD_COPY.search(below) is not None
    )


def advert_box_end(state: StateBlock, line: int, end_line: int, text: str) -> int:
    """The last line of the sign-up box a promotion opens (itself if none).

    A sign-up box prints a short label (``Newsletter``, ``Get deals in your
    inbox``, ``Sign up for the Morning Post``), perhaps a line of pitch
    (``The day's top stories, straight to your inbox.``), then its prompt,
    field and button (``Enter your email address``, ``[Sign up]``): one
    block, from the label to its last line of promotion, with no blank line
    between. A prompt that is a sentence takes only the fields and buttons
    right under it. A pitch with no promotion under it stays content, and
    only a label that offers to sign up (not ``Advertisement``) has one.
    """
    bare = unemphasised(text)
    label = bare[-1:] not in (".", "!", "?", ":") and (
        len(bare.split(None, _MAX_ADVERT_LABEL)) <= _MAX_ADVERT_LABEL
    )
    pitched = label and _SIGNUP_WORDS.search(bare) is not None
    last = line
    following = line + 1
    while following < end_line and following - line <= _MAX_BOX_LINES:
        below = line_text(state, following).strip()
        if not below or "|" in below:
            break
        found = classify(below)
        if found == "advert" and (label or _form_line(below)):
            last = following
        elif not (
            pitched
            and last == line
            and found is None
            and len(below.split(None, _MAX_BLURB)) <= _MAX_BLURB
            and below[:1].isalnum()
        ):
            break  # the pitch comes first, right under the label
        following += 1
    return last


# What a sign-up box's label offers.
_SIGNUP_WORDS = regex.compile(
    r"\b(?:sign(?:\s|-)?up|subscribe|newsletters?|inbox|e-?mails?|alerts?|briefing"
    r"|bulletin|register)\b",
    regex.IGNORECASE,
)


def _form_line(text: str) -> bool:
    """Whether a short line is a sign-up form's field or button (``[Sign up]``)."""
    return len(text.split(None, _MAX_BUTTON)) <= _MAX_BUTTON and (
        _SIGNUP_WORDS.search(text) is not None
        or text.lower().startswith(("enter ", "[", "your e", "join"))
    )


# A sign-up box's label that names the newsletter alone: "Sign up for the
# Morning Post", "Subscribe to Business Daily".
_SIGNUP_LABEL = regex.compile(
    r"(?:sign up|subscribe|register) (?:for|to) [^.!?:|]{2,60}"
    r"|get [^.!?:|]{1,40}\b(?:newsletters?|briefing|bulletin)",
    regex.IGNORECASE,
)


def signup_label(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a line labels a sign-up box: a call to sign up over its form.

    ``Sign up for the Chronicle Daily`` is a heading-like line on its own;
    over a pitch and a field or a button (``Enter your email address``,
    ``Sign up``), it is the box's label.
    """
    first = text[:10].lower()
    if not first.startswith(("sign up ", "subscribe ", "register ", "get ")):
        return False  # most lines: one prefix test
    return (
        _SIGNUP_LABEL.fullmatch(unemphasised(text)) is not None
        and advert_box_end(state, line, end_line, text) > line
    )


_MAX_QUOTE_LINES = 4
# Characters before a pull quote searched for its words: a page or so (a
# bound, so that a text of many quotes is still read in linear time).
_QUOTE_LOOK_BACK = 8_000
# Who is quoted, under a pull quote: "– Priya Anand", "— Tom Hale, council leader".
_ATTRIBUTION = regex.compile(
    r"[–—-][ \t]*\p{Lu}[\p{L}’'.-]*(?:[ \t]+\p{Lu}[\p{L}’'.-]*){0,3}"
    r"(?:,[ \t]*[^.!?]{1,50})?"
)
_QUOTE_MARKS = "“”\"‘’'"


def pull_quote_end(state: StateBlock, line: int, end_line: int, text: str) -> int:
    """The attribution line under a pull quote that opens at ``line`` (else ``line``).

    ``“People were told six weeks`` / ``and it has been six months.”`` /
    ``– Priya Anand``: a quotation of at most :data:`_MAX_QUOTE_LINES`
    lines, who said it right under it, and its words already printed in the
    story above (within :data:`_QUOTE_LOOK_BACK` characters). A quotation
    that says anything new is the story's own.
    """
    if text[:1] not in '“"':
        return line
    last = line
    while not text.rstrip(".,!?").endswith(("”", '"')) or (
        last == line and len(text) < 2
    ):
        last += 1
        if last >= end_line or last - line >= _MAX_QUOTE_LINES or is_blank(state, last):
            return line
        text = line_text(state, last).strip()
    under = last + 1
    if under >= end_line or not _ATTRIBUTION.fullmatch(line_text(state, under).strip()):
        return line
    quoted = " ".join(
        " ".join(line_text(state, at).split()) for at in range(line, last + 1)
    ).strip(_QUOTE_MARKS + " .,!?")
    start = state.bMarks[line]
    above = " ".join(state.src[max(0, start - _QUOTE_LOOK_BACK) : start].split())
    return under if quoted and quoted in above else line


_MAX_COMMENTS = 20  # lines of readers' comments under the label
_COMMENTS_LABEL = regex.compile(
    r"(?:reader )?comments?\s*\(\d{1,5}\)|\d{1,5} comments?", regex.IGNORECASE
)
# A reader's comment: a user name without spaces, a colon, what they wrote.
_COMMENT = regex.compile(r"@?[\w.-]{2,30}:[ \t]+\S")


def comments_end(state: StateBlock, line: int, end_line: int, text: str) -> int:
    """The last of the readers' comments under ``Comments (2)`` (else ``line``).

    ``TomB_1987: My kids had their jabs last month …``: a user name with no
    space in it, a colon, the comment; one block with the label.
    """
    if _COMMENTS_LABEL.fullmatch(text) is None:
        return line
    last = line
    while (
        last + 1 < end_line
        and last - line < _MAX_COMMENTS
        and _COMMENT.match(line_text(state, last + 1).strip())
    ):
        last += 1
    return last


_MAX_COMMENT = 4  # lines of one reader's comment between its head and buttons
_LOOK_BACK = 60  # lines up to the label of the comments
_BUTTONS = ("reply", "like", "report", "quote", "flag", "upvote")


def comment_end(state: StateBlock, line: int, end_line: int) -> int | None:
    """The last line of a reader's comment between its head and its buttons.

    Under ``Comments (3)``, ``seaview_jean · 6 hours ago`` over what they
    wrote over ``Reply · 4 likes``: the comment is furniture too, one block
    (else ``None``). A forum's posts, under no such label, stay content.
    """
    if line == 0:
        return None
    head = line_text(state, line - 1).strip()
    # (a head shows when: "… · 6 hours ago", "… · 18.09.2024, 20:37"; most
    # lines over a line of prose show nothing of the kind)
    if not (" · " in head or head[-1:].isdigit()) or classify(head) not in (
        "byline",
        "date",
    ):
        return None
    last = line
    while last + 1 < end_line and last - line < _MAX_COMMENT:
        below = line_text(state, last + 1).strip()
        if not below:
            return None
        if below.lower().startswith(_BUTTONS) and classify(below) == "share":
            return last if _under_comments_label(state, line) else None
        last += 1
    return None


def _under_comments_label(state: StateBlock, line: int) -> bool:
    """Whether ``Comments (3)`` or ``12 comments`` stands a little above a line."""
    return any(
        _COMMENTS_LABEL.fullmatch(line_text(state, at).strip().lstrip("#").strip())
        for at in range(line - 1, max(-1, line - _LOOK_BACK), -1)
    )
