"""Prepare: decode bytes, drop the BOM, unify line breaks, keep an offset map."""

from __future__ import annotations

import codecs
from bisect import bisect_right

import attrs
import regex

from .errors import DecodeError

__all__ = ["OffsetMap", "PreparedText", "decode", "prepare"]

# Line breaks other than "\n" that the block parser must see as "\n".
# Matches "\r\n" (two characters, one break), "\r", U+2028, U+2029, U+0085;
# does not match "\n" itself, which needs no change.
_BREAK = regex.compile(r"\r\n?|[\u2028\u2029\u0085]")


@attrs.frozen
class OffsetMap:
    """Maps offsets in prepared text back to offsets in the original input.

    Only deletions happen in preparation (the BOM, the ``\\r`` of ``\\r\\n``),
    so the map is a sorted list of prepared offsets from which on the shift
    to the original grows.
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
    """The input with the BOM removed and every line break turned into ``\\n``."""
    offsets: OffsetMap
    """Maps offsets in :attr:`text` to offsets in the original input."""


def prepare(text: str) -> PreparedText:
    """Drop a leading BOM and turn ``\\r\\n``, ``\\r``, U+2028/2029/0085 into ``\\n``.

    Other characters are kept as they are: invisible characters and odd white
    space are the normaliser's business, and the tree keeps exact offsets.

    Example:
        >>> prepare("a\\r\\nb\\rc").text
        'a\\nb\\nc'
    """
    starts: list[int] = []
    shifts: list[int] = []
    shift = 0
    body = text
    if body.startswith("\ufeff"):
        body = body[1:]
        shift = 1
        starts.append(0)
        shifts.append(shift)
    if not _BREAK.search(body):
        return PreparedText(body, OffsetMap(tuple(starts), tuple(shifts)))
    pieces: list[str] = []
    last = 0
    removed = 0
    for match in _BREAK.finditer(body):
        pieces.append(body[last : match.start()])
        pieces.append("\n")
        last = match.end()
        if match.end() - match.start() == 2:
            # The "\n" stands where "\r" stood; what follows moves one left.
            removed += 1
            starts.append(match.start() - removed + 2)
            shifts.append(shift + removed)
    pieces.append(body[last:])
    return PreparedText("".join(pieces), OffsetMap(tuple(starts), tuple(shifts)))


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
