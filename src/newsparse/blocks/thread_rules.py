"""Block parse: the furniture of comment threads, forums and mailing lists.

News copied with its comments, a forum thread about a local story or a
mailing list's digest carries the machinery around each post: who posted
(``Marguerite Fell says:``, ``tidewatcher_88``), the buttons under it
(``Reply | Quote | Report``), the quoted header of a reply (``On Tue, 18
Feb 2025, Hamish Lorne wrote:``), the thread's pages and the list's
headers: each rule a kind of :data:`~.furniture.KINDS`, a gate and a
whole-line pattern, as :mod:`.page_rules` explains.
"""

from __future__ import annotations

from .notes import Gate

__all__ = ["AGO", "THREAD_RULES", "thread_test"]

# How long ago a post went up: "6 hours ago", "5h", "3 mins ago", "now".
AGO = (
    r"\d{1,3}\s?(?:[hmdw]|hrs?|mins?|hours?|minutes?|seconds?|days?|weeks?|months?"
    r"|years?)(?: ago)?|now|just now"
)

# What a reader can do with a post or a comment, and the count beside it
# ("4 likes", "12 replies").
_ACTION = (
    r"(?:reply|quote|report|like|share|flag|edit|delete|permalink|upvote"
    r"|\d{1,6} (?:likes?|replies|repl(?:y|ies)|upvotes?|points?|votes?))"
)


def _said_gate(text: str) -> bool:
    return text.endswith((" says:", " wrote:", " writes:"))


def _handle_gate(text: str) -> bool:
    """Whether a line may be a user's handle alone: one token, a ``_`` or figures."""
    return len(text) <= _MAX_HANDLE and " " not in text and text[-1:].isalnum()


def _ago_gate(text: str) -> bool:
    return " · " in text and text[-1:].isalpha() and text.rsplit(" ", 2)[-2].isdigit()


def _head_gate(text: str) -> bool:
    """Whether a line may be a post's head: who, a dot, when (a cheap test)."""
    return " · " in text and len(text) <= _MAX_HEAD and text.endswith(_HEAD_ENDS)


_MAX_HEAD = 80  # characters of a post's head
_HEAD_ENDS = ("ago", *"0123456789")


_MAX_HANDLE = 30  # characters of a user's handle


def thread_test(text: str) -> bool:
    """Whether a line may pass one of the tests of :data:`THREAD_RULES` (cheap)."""
    return _said_gate(text) or _handle_gate(text) or _ago_gate(text) or _head_gate(text)


THREAD_RULES: tuple[tuple[str, Gate, str], ...] = (
    (
        "share",
        frozenset({"reply", "quote", "report", "like", "flag", "permalink", "upvote"}),
        # The buttons under a post: "Reply", "Reply | Quote | Report", "Like ·
        # Reply" ("Quote" or "Report" alone may head a section)
        rf"(?:reply|like|flag|permalink|upvote|{_ACTION}(?:\s*[|·•]\s*{_ACTION}){{1,5}})",
    ),
    (
        "byline",
        _said_gate,
        # Who wrote a comment, and who is quoted: "Marguerite Fell says:", "On
        # Tue, 18 Feb 2025, Hamish Lorne wrote:"
        r"(?!(?:the|he|she|it|they|mr|mrs|ms|dr)\b)"
        r"(?-i:\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*){1,3}) (?:says|writes):"
        r"|on [^.!?]{5,60}, [^,.!?]{2,60} wrote:",
    ),
    (
        "byline",
        _handle_gate,
        # A user's handle alone over the post: "tidewatcher_88", "PennyAtNo12"
        r"(?-i:[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[A-Z][a-z]+(?:[A-Z][a-z]+)+"
        r"\d{1,4})",
    ),
    (
        "byline",
        _ago_gate,
        # A neighbourhood app's author line: "Gareth from Hollins Road · 1 h"
        r"(?-i:\p{Lu})[\p{L}’'-]+ from [^·]{2,40} · \d{1,3} ?(?:h|hr|hrs|min|mins|m"
        r"|d|days?|hours?|minutes?)",
    ),
    (
        "byline",
        _head_gate,
        # A comment's head: who, then when ("seaview_jean · 6 hours ago", "U.
        # Brandt · 18.09.2024, 21:04", "Ines Moura · 3 May 2025 at 09:12")
        rf"(?:[\w’'.-]+ ){{0,3}}[\w’'.-]+ · (?:{AGO}"
        r"|(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{1,2} \p{L}{3,9}\.? \d{4}"
        r"|\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})"
        r"(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?)",
    ),
    (
        "byline",
        frozenset({"quote", "moderator", "posted"}),
        # "Quote from: tidewatcher_88 on 11 March 2025, 07:42", "Moderator:
        # Gull_Rock"
        r"quote from\s*:\s*.{1,80}|moderator\s*:\s*\S{1,40}",
    ),
    (
        "navigation",
        frozenset({"pages", "page"}),
        # A thread's pages: "Pages: [1] 2 3 Next »"
        r"pages?\s*:\s*[\[\]\d\s.…]+(?:next|prev(?:ious)?|last|first)?\s*[»›>]?",
    ),
    (
        "notice",
        frozenset({"welcome", "from"}),
        # A forum's greeting, a wiki's source line: "Welcome, Guest. Please log
        # in or register.", "From Halsworth Community Wiki, the local knowledge
        # base anyone can edit"
        r"welcome,? guest\b[^!?]{0,80}"
        r"|from (?-i:\p{Lu})[^,.!?]{1,40} wiki\b[^!?]{0,100}",
    ),
    (
        "notice",
        frozenset({"leave", "your", "message", "end", "send", "to", "locked"})
        | {"pinned", "sticky", "last", "text", "required"},
        # A comment form, a list's digest, a thread's state: "Leave a Reply",
        # "Your email address will not be published.", "Message: 2", "End of
        # Riverside Digest, Vol 14, Issue 22", "Send Riverside mailing list
        # submissions to", "Locked topic · 1,204 views", "Last edited by mod_k
        # on Tue 4 Mar 2025", "Text is available under a Creative Commons …"
        r"leave a (?:reply|comment)|your email address will not be published\b.{0,120}"
        r"|required fields are marked\b.{0,10}"
        r"|message\s*:\s*\d{1,3}|end of [^.!?]{1,60}digest\b.{0,60}"
        r"|send [^.!?]{1,60} submissions to\b.{0,100}"
        r"|to subscribe or unsubscribe\b.{0,150}"
        r"|(?:locked|pinned|sticky|closed) (?:topic|thread|post)\b.{0,60}"
        r"|last edited by [^!?]{1,150}"
        r"|text is available under (?:a |the )?creative commons\b.{0,150}",
    ),
    (
        "caption",
        frozenset({"📷", "📸"}),
        # A photo in a post, by its emoji: "📷 Pickle on the beach last summer"
        r"[📷📸]\s*\S.{0,150}",
    ),
    (
        "date",
        frozenset({"ft", "ht", "aet", "ko"}),
        # A match's state where a post's time stands: "FT", "HT", "AET"
        r"(?-i:FT|HT|AET|KO)",
    ),
    (
        "byline",
        frozenset({"commentary"}),
        # Who called a match: "Commentary: Hannah Frome and Ed Lacey.
        # Statistics by StatsZone."
        r"commentary\s*:\s*(?-i:\p{Lu})[^.!?]{1,80}\.?(?:\s+statistics (?:by|from)"
        r" [^!?]{1,60})?",
    ),
)
