"""Prepare: decode bytes, drop the BOM, unify line breaks, keep an offset map."""

from __future__ import annotations

import codecs
from bisect import bisect_right

import attrs
import regex

from .errors import DecodeError
from .normalizer.edits import Edit

__all__ = ["OffsetMap", "PreparedText", "decode", "prepare"]

# Line breaks other than "\n" that the block parser must see as "\n".
# Matches "\r\n" (two characters, one break), "\r", U+2028, U+2029, U+0085;
# does not match "\n" itself, which needs no change.
_BREAK = regex.compile(r"\r\n?|[\u2028\u2029\u0085]")
# Escaped line breaks in text that went through JSON or a CSV export: "\\n".
_LITERAL_BREAK = regex.compile(r"(?<!\\)(?:\\r\\n|\\[nr])")
_MIN_LITERAL_BREAKS = 2
# UTF-8 read as Windows-1252 (or Latin-1): a lead byte's character followed
# by continuation bytes' characters, as in "Itâ€™s" for "It’s".
_CONTINUATION = "".join(
    dict.fromkeys(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b)
        for b in range(0x80, 0xC0)
    )
)
# One pattern for all lengths (an alternation per length scans far slower);
# the lead character decides how many continuation characters are decoded.
_MOJIBAKE = regex.compile(rf"[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}}")


@attrs.frozen
class OffsetMap:
    """Maps offsets in prepared text back to offsets in the original input.

    Preparation only deletes characters or replaces a run with a shorter one
    (``\\r\\n`` by ``\\n``), so the map is a sorted list of prepared
    offsets from which on the shift to the original grows. A prepared offset
    inside a replacement maps to the start of what it replaced.
    """

    starts: tuple[int, ...] = ()
    """Prepared offsets where a new shift begins, ascending."""
    shifts: tuple[int, ...] = ()
    """The cumulative shift in force from the matching ``starts`` entry on."""

    def to_original(self, offset: int) -> int:
        """Return the original offset of prepared ``offset``.

        Example:
            >>> m = prepare("\\ufeffa\\r\\nb").offsets
            >>> m.to_original(0), m.to_original(2)
            (1, 4)
        """
        index = bisect_right(self.starts, offset) - 1
        return offset if index < 0 else offset + self.shifts[index]


@attrs.frozen
class PreparedText:
    """Text ready for the block parser, with the way back to the input."""

    text: str
    """The input with the BOM removed, every line break turned into ``\\n``
    and the repairs applied."""
    offsets: OffsetMap
    """Maps offsets in :attr:`text` to offsets in the original input."""
    repairs: tuple[Edit, ...] = ()
    """Explained repairs (escaped line breaks, mojibake), spans into the input."""


def _decode_mojibake(chars: str) -> str | None:
    """Decode one character's UTF-8 bytes read as Windows-1252 or Latin-1.

    Each character goes back to its byte on its own, so the two code pages
    may mix: ``â€`` + U+009D (a byte Windows-1252 leaves undefined) is ``”``.
    """
    data = bytearray()
    for char in chars:
        try:
            data += char.encode("cp1252")
        except UnicodeError:
            if ord(char) > 0xFF:
                return None
            data.append(ord(char))
    try:
        fixed = data.decode("utf-8")
    except UnicodeError:
        return None
    return fixed if fixed.isprintable() or fixed.isspace() else None


def _repairs(text: str) -> list[Edit]:
    """Find escaped line breaks (when the text uses them) and mojibake."""
    found: list[Edit] = []
    literal = list(_LITERAL_BREAK.finditer(text)) if "\\" in text else []
    if len(literal) >= _MIN_LITERAL_BREAKS and len(literal) > text.count("\n"):
        found.extend(
            Edit(
                start=m.start(),
                end=m.end(),
                before=m[0],
                after="\n",
                rule="literal_newline",
            )
            for m in literal
        )
    for match in _MOJIBAKE.finditer(text):
        lead = ord(match[0][0])
        size = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        if len(match[0]) < size:
            continue
        start, end = match.start(), match.start() + size
        fixed = _decode_mojibake(text[start:end])
        if fixed is not None:
            found.append(
                Edit(
                    start=start,
                    end=end,
                    before=text[start:end],
                    after=fixed,
                    rule="mojibake",
                )
            )
    found.sort(key=lambda e: e.start)
    return found


def prepare(text: str, *, repair: bool = True) -> PreparedText:
    """Drop a leading BOM, unify line breaks, and repair what the parser must see.

    ``\\r\\n``, ``\\r``, U+2028/2029/0085 become ``\\n``. With ``repair``,
    escaped line breaks (a literal backslash-n, when the text has at least two
    and more of them than real line breaks) become line breaks, and mojibake
    (UTF-8 read as Windows-1252, ``Itâ€™s``) is decoded; both are listed in
    :attr:`PreparedText.repairs`. Other characters are kept as they are:
    invisible characters and odd white space are the normaliser's business.

    Example:
        >>> prepare("a\\r\\nb\\rc").text
        'a\\nb\\nc'
        >>> p = prepare("Title\\\\n\\\\nItâ€™s here.")
        >>> p.text, [e.rule for e in p.repairs]
        ('Title\\n\\nIt’s here.', ['literal_newline', 'literal_newline', 'mojibake'])
    """
    repairs = _repairs(text) if repair else []
    changes = [(m.start(), m.end(), "\n") for m in _BREAK.finditer(text)]
    changes.extend((e.start, e.end, e.after) for e in repairs)
    if text.startswith("\ufeff"):
        changes.append((0, 1, ""))
    if not changes:
        return PreparedText(text, OffsetMap())
    changes.sort()
    pieces: list[str] = []
    starts: list[int] = []
    shifts: list[int] = []
    last = 0
    shift = 0
    for start, end, after in changes:
        if start < last:
            continue  # overlapping matches: the first one wins
        pieces.append(text[last:start])
        pieces.append(after)
        prepared_end = start - shift + len(after)
        shift += end - start - len(after)
        if shift and (not shifts or shifts[-1] != shift):
            starts.append(prepared_end)
            shifts.append(shift)
        last = end
    pieces.append(text[last:])
    offsets = OffsetMap(tuple(starts), tuple(shifts))
    return PreparedText("".join(pieces), offsets, tuple(repairs))


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(
    data: bytes | bytearray | memoryview | object,
    encoding: str | None = None,
    errors: str = "strict",
) -> str:
    """Decode bytes to text: a BOM wins, then ``encoding``, then UTF-8.

    Args:
        data: the raw bytes of an article.
        encoding: the encoding to use when there is no BOM (default UTF-8).
        errors: the codec error policy (``"strict"``, ``"replace"``, …).

    Returns:
        The text, without the BOM.

    Raises:
        DecodeError: the bytes are not valid in the encoding; the error's
            ``position`` is the byte offset of the first bad byte.
        TypeError: ``data`` is not ``bytes``-like.

    Example:
        >>> decode(b"\\xef\\xbb\\xbfcaf\\xc3\\xa9")
        'café'
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        msg = f"decode() takes bytes, not {type(data).__name__}"
        raise TypeError(msg)
    raw = bytes(data)
    chosen = encoding or "utf-8"
    for bom, name in _BOMS:
        if raw.startswith(bom):
            raw, chosen = raw[len(bom) :], name
            break
    try:
        return raw.decode(chosen, errors)
    except UnicodeDecodeError as exc:
        msg = f"invalid {chosen} data at byte {exc.start}: {exc.reason}"
        raise DecodeError(msg, position=exc.start, encoding=chosen) from None
    except LookupError:
        msg = f"unknown encoding {chosen!r}"
        raise DecodeError(msg, position=0, encoding=chosen) from None
