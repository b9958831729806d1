"""Normalise: white space and the missing space after punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from .context import INVISIBLE, SEP, Change, Context, Protected

__all__ = ["SPACES", "fix_punctuation_spacing", "fix_whitespace"]

SPACES = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""The characters of ``regex``'s ``\\s`` (Unicode White_Space), spelled out
so that the standard ``re`` module, faster on this simple pattern, matches
the same; a test checks the two agree."""
_ODD = SPACES.replace(" ", "") + INVISIBLE
# A run of white space that is not one plain space: "  ", "\t", "\u00a0",
# "\n  ", or an invisible character; a single " " between words does not match.
# At a block's start or end (the text's ends, or next to SEP) any space is bad.
_BAD_SPACE = re.compile(f"[ {_ODD}]{{2,}}|[{_ODD}]")


def _found(text: str, needle: str) -> Iterator[int]:
    """Yield each offset where ``needle`` starts in ``text``."""
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def fix_whitespace(text: str, ctx: Context) -> list[Change]:
    """Collapse odd white space to one space; strip it at both ends.

    A run made only of zero-width characters is removed, so ``foo\\u200bbar``
    becomes ``foobar`` rather than two words.

    Example:
        >>> from newsparse import normalize
        >>> normalize("  two\\u00a0 spaces\\there ")
        'two spaces here'
    """
    size = len(text)
    runs = [m.span() for m in _BAD_SPACE.finditer(text)]
    # A single plain space at a block's edge (the text's ends, or next to a
    # SEP) is bad too; _BAD_SPACE skips it. Such spaces are rare.
    edges = [(at + 1, at + 2) for at in _found(text, SEP + " ")]
    edges += [(at, at + 1) for at in _found(text, " " + SEP)]
    if text[:1] == " ":
        edges.append((0, 1))
    if text[-1:] == " ":
        edges.append((size - 1, size))
    if edges:
        runs = sorted(set(runs + edges), key=lambda r: (r[0], -r[1]))
    changes: list[Change] = []
    last = -1
    for start, stop in runs:
        if start < last:
            continue  # a single edge space inside a run found already
        last = stop
        at_edge = (
            start == 0 or stop == size or text[start - 1] == SEP or text[stop] == SEP
        )
        if at_edge or not text[start:stop].strip(INVISIBLE):
            changes.append((start, stop, ""))
        else:
            changes.append((start, stop, " "))
    return changes


# The missing space after punctuation, one pattern per mark. Each names one
# text it repairs and one it must leave alone.
# "concessions,Moscow" / "2014,russia" / "Inc.,said" -> insert; "1,000", "a, b",
# "TL;DR" -> no.
_COMMA = regex.compile(
    r"(?<=[\p{Ll}\p{Lu}\p{Lt}\p{M}\p{Nd})\]”’\"'%.])(?<!&\#?[\p{L}\p{N}]{1,10})[,;]"
    r"(?=[\p{Ll}\p{Lu}])(?!(?<=\b\p{Lu}{2,3};)\p{Lu}{2,3}\b)"
)
# "include:Crimea" -> insert; "4:00pm", "std::map", "http:" (scheme) -> no.
_COLON = regex.compile(r"(?<=[\p{Ll}\p{Lu}]{2})(?<!:):(?=[\p{Lu}\p{Ll}]\p{Ll})")
# "Middle East.However" / "in 2014.The" / "the 1960s.He" -> insert; "Node.js",
# "U.S.A", "J.R.R." -> no.
_PERIOD = regex.compile(
    r"(?<=\p{Ll}\p{Ll}|\p{Nd}\p{Ll}|[\p{Nd})\]”\"’])\.(?=\p{Lu}\p{Ll})"
)
# "Really?Yes" -> insert; "Yes?no" -> no.
_QUESTION = regex.compile(r"(?<=\p{Ll})[!?](?=\p{Lu}\p{Ll})")
_BY_MARK = {",": _COMMA, ";": _COMMA, ":": _COLON, ".": _PERIOD} | dict.fromkeys(
    "!?", _QUESTION
)
# Where a space may be missing: a mark right before a letter, as every pattern
# above requires. "said,Moscow" and "U.S.A" match; "a, b" and "1,000" do not.
_CANDIDATE = regex.compile(r"[,;:.!?](?=[\p{Ll}\p{Lu}])")

_URI_SCHEMES = frozenset(
    [
        "http",
        "https",
        "ftp",
        "ftps",
        "mailto",
        "tel",
        "sms",
        "urn",
        "file",
        "data",
        "news",
        "irc",
        "git",
        "ssh",
        "sftp",
        "s3",
        "javascript",
        "about",
        "chrome",
        "magnet",
        "spotify",
        "xmpp",
        "sip",
        "geo",
    ]
)
# The word before a colon, read backwards from it: "http" in "see http:".
_LAST_WORD = regex.compile(r"[\p{L}\p{N}_\-]+$", regex.REVERSE)


def fix_punctuation_spacing(text: str, ctx: Context) -> list[Change]:
    """Insert the space missing after ``,`` ``;`` ``:`` ``.`` ``!`` ``?`` before a word.

    URLs, e-mail addresses, domains, file names, numbers (``1,000``,
    ``4:00pm``, ``3.5%``) and dotted names (``Node.js``, ``U.S.A.``) are left alone.

    Example:
        >>> from newsparse import normalize
        >>> normalize("concessions,Moscow said.However, 1,000 left at 4:00pm.")
        'concessions, Moscow said. However, 1,000 left at 4:00pm.'
    """
    protected: Protected | None = None
    positions: list[int] = []
    for candidate in _CANDIDATE.finditer(text):
        at = candidate.start()
        mark = text[at]
        if not _BY_MARK[mark].match(text, at):
            continue
        if protected is None:
            protected = Protected.find(text)
        if protected.covers(at):
            continue
        if mark == ":":
            word = _LAST_WORD.search(text, max(0, at - 40), at)
            if word and word.group().casefold() in _URI_SCHEMES:
                continue
        elif (mark == "." and _dotted_name(text, at)) or (
            mark == "," and _letter_list(text, at)
        ):
            continue
        positions.append(at + 1)
    return [(p, p, " ") for p in positions]


def _letter_list(text: str, at: int) -> bool:
    """Whether the comma at ``at`` is one of a list of single letters: ``(x,y,z)``.

    Variables and coordinates are listed so, every comma without a space:
    the comma is left alone when the list goes on unspaced on one side
    (``x,y,z``) or stands in brackets (``(x,y)``). A comma that lost its
    space in a spaced list (``j, k,x, y``) or between words is repaired.
    """
    if not (
        at >= 1
        and at + 1 < len(text)
        and _single_letter(text, at - 1)
        and _single_letter(text, at + 1)
    ):
        return False
    return (
        (text.startswith(",", at + 2) and _single_letter(text, at + 3))
        or (at >= 3 and text[at - 2] == "," and _single_letter(text, at - 3))
        or (text[at - 2 : at - 1] in ("(", "[") and text[at + 2 : at + 3] in (")", "]"))
    )


def _single_letter(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a letter with no letter or digit either side."""
    return (
        0 <= at < len(text)
        and text[at].isalpha()
        and (at == 0 or not text[at - 1].isalnum())
        and (at + 1 == len(text) or not text[at + 1].isalnum())
    )


def _dotted_name(text: str, at: int) -> bool:
    """Whether the full stop at ``at`` joins a name the text writes so twice.

    ``One.Tel`` or ``Se.Ma`` written the same way more than once is a name,
    not a sentence that lost its space: a dropped space seldom falls between
    the same two capitalised words twice. A lower-case word before the stop
    (``said.The``) always ends a sentence.
    """
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    end = at + 1
    while end < len(text) and text[end].isalpha():
        end += 1
    token = text[start:end]
    if not token[:1].isupper() or text.count(token) < 2:
        return False
    # Whole words only: "One.Tel" inside "One.Telstra" is another name, and
    # splitting that one must not change the count (normalising twice
    # changes nothing).
    whole = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}]){regex.escape(token)}(?![\p{{L}}\p{{M}}])"
    )
    return len(whole.findall(text)) > 1
