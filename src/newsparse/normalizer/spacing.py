"""Normalise: white space and the missing space after punctuation."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .context import SEP, Change, Context, Protected

__all__ = ["fix_punctuation_spacing", "fix_whitespace"]

_INVISIBLE = "\u200b\u2060\ufeff"
# A run of white space that is not one plain space: "  ", "\t", "\u00a0",
# "\n  ", or an invisible character; a single " " between words does not match.
# At a block's start or end (the text's ends, or next to SEP) any space is bad.
_BAD_SPACE = regex.compile(rf"[\s{_INVISIBLE}]{{2,}}|[^\S ]|[{_INVISIBLE}]")


def _block_edges(text: str) -> Iterator[int]:
    """Yield the offsets where a block starts or ends (the text's ends and SEPs)."""
    yield 0
    found = text.find(SEP)
    while found >= 0:
        yield found
        yield found + 1
        found = text.find(SEP, found + 1)
    yield len(text)


def fix_whitespace(text: str, ctx: Context) -> list[Change]:
    """Collapse odd white space to one space; strip it at both ends.

    A run made only of zero-width characters is removed, so ``foo\\u200bbar``
    becomes ``foobar`` rather than two words.

    Example:
        >>> from newsparse import normalize
        >>> normalize("  two\\u00a0 spaces\\there ")
        'two spaces here'
    """
    runs = [m.span() for m in _BAD_SPACE.finditer(text)]
    # A single plain space at a block's edge is bad too; _BAD_SPACE skips it.
    edges = set(_block_edges(text))
    for edge in edges:
        if edge < len(text) and text[edge] == " ":
            runs.append((edge, edge + 1))
        if edge > 0 and text[edge - 1] == " ":
            runs.append((edge - 1, edge))
    changes: list[Change] = []
    last = -1
    for start, stop in sorted(set(runs), key=lambda r: (r[0], -r[1])):
        if start < last:
            continue  # a single edge space inside a run found already
        last = stop
        if start in edges or stop in edges or not text[start:stop].strip(_INVISIBLE):
            changes.append((start, stop, ""))
        else:
            changes.append((start, stop, " "))
    return changes


# The missing space after punctuation, one pattern per mark. Each names one
# text it repairs and one it must leave alone.
# "concessions,Moscow" / "2014,russia" / "Inc.,said" -> insert; "1,000", "a, b" -> no.
_COMMA = regex.compile(
    r"(?<=[\p{Ll}\p{Lu}\p{Lt}\p{M}\p{Nd})\]”’\"'%.])(?<!&\#?[\p{L}\p{N}]{1,10})[,;]"
    r"(?=[\p{Ll}\p{Lu}])"
)
# "include:Crimea" -> insert; "4:00pm", "std::map", "http:" (scheme) -> no.
_COLON = regex.compile(r"(?<=[\p{Ll}\p{Lu}]{2})(?<!:):(?=[\p{Lu}\p{Ll}]\p{Ll})")
# "Middle East.However" / "in 2014.The" -> insert; "Node.js", "U.S.A", "J.R.R." -> no.
_PERIOD = regex.compile(r"(?<=\p{Ll}\p{Ll}|[\p{Nd})\]”\"’])\.(?=\p{Lu}\p{Ll})")
# "Really?Yes" -> insert; "Yes?no" -> no.
_QUESTION = regex.compile(r"(?<=\p{Ll})[!?](?=\p{Lu}\p{Ll})")

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
_LAST_WORD = regex.compile(r"[\p{L}\p{N}_\-]+$")


def fix_punctuation_spacing(text: str, ctx: Context) -> list[Change]:
    """Insert the space missing after ``,`` ``;`` ``:`` ``.`` ``!`` ``?`` before a word.

    URLs, e-mail addresses, domains, file names, numbers (``1,000``,
    ``4:00pm``, ``3.5%``) and dotted names (``Node.js``, ``U.S.A.``) are left alone.

    Example:
        >>> from newsparse import normalize
        >>> normalize("concessions,Moscow said.However, 1,000 left at 4:00pm.")
        'concessions, Moscow said. However, 1,000 left at 4:00pm.'
    """
    if not any(mark in text for mark in ",;:.!?"):
        return []
    protected: Protected | None = None
    positions: list[int] = []
    for pattern in (_COMMA, _COLON, _PERIOD, _QUESTION):
        for match in pattern.finditer(text):
            if protected is None:
                protected = Protected.find(text)
            at = match.start()
            if protected.covers(at):
                continue
            if match.group() == ":":
                word = _LAST_WORD.search(text, max(0, at - 40), at)
                if word and word.group().casefold() in _URI_SCHEMES:
                    continue
            positions.append(at + 1)
    return [(p, p, " ") for p in sorted(positions)]
