"""Normalise: white space and the missing space after punctuation."""

from __future__ import annotations

import regex

from .context import Change, Context, Protected

__all__ = ["fix_punctuation_spacing", "fix_whitespace"]

_INVISIBLE = "\u200b\u2060\ufeff"
# A run of white space that is not one plain space: "  ", "\t", "\u00a0",
# "\n  ", or an invisible character; a single " " between words does not match.
_BAD_SPACE = regex.compile(rf"[\s{_INVISIBLE}]{{2,}}|[^\S ]|[{_INVISIBLE}]")


def fix_whitespace(text: str, ctx: Context) -> list[Change]:
    """Collapse odd white space to one space; strip it at both ends.

    A run made only of zero-width characters is removed, so ``foo\\u200bbar``
    becomes ``foobar`` rather than two words.

    Example:
        >>> from newsparse import normalize
        >>> normalize("  two\\u00a0 spaces\\there ")
        'two spaces here'
    """
    changes: list[Change] = []
    end = len(text)
    for match in _BAD_SPACE.finditer(text):
        start, stop = match.span()
        if start == 0 or stop == end or not match.group().strip(_INVISIBLE):
            changes.append((start, stop, ""))
        else:
            changes.append((start, stop, " "))
    if text.startswith(" ") and (not changes or changes[0][0] != 0):
        changes.insert(0, (0, 1, ""))
    if text.endswith(" ") and len(text) > 1 and (not changes or changes[-1][1] != end):
        changes.append((end - 1, end, ""))
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
                word = _LAST_WORD.search(text, 0, at)
                if word and word.group().casefold() in _URI_SCHEMES:
                    continue
            positions.append(at + 1)
    return [(p, p, " ") for p in sorted(positions)]
