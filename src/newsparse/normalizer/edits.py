"""Normalise: the Edit record, applying edits, and mapping them back to the input."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

import attrs

__all__ = ["Edit", "Explained", "apply_edits"]


@attrs.frozen(kw_only=True)
class Edit:
    """One change the normaliser made: ``text[start:end]`` was ``before``, is ``after``.

    Offsets are into the text the caller passed in (for :func:`newsparse.parse`:
    the original article), so edits can be shown in context and replayed with
    :func:`apply_edits`.
    """

    start: int
    """Offset of the first replaced character (equal to ``end`` for an insertion)."""
    end: int
    """Offset one past the last replaced character."""
    before: str
    """The text that was there."""
    after: str
    """The text that replaced it."""
    rule: str
    """The name of the rule that made the change, e.g. ``"sentence_case"``."""

    def shifted(self, by: int) -> Edit:
        """Return the same edit with both offsets moved by ``by`` characters."""
        return Edit(
            start=self.start + by,
            end=self.end + by,
            before=self.before,
            after=self.after,
            rule=self.rule,
        )


def _edit_tuple(values: Iterable[Edit]) -> tuple[Edit, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class Explained:
    """A normalised text together with the edits that turned the input into it."""

    text: str
    """The normalised text."""
    edits: tuple[Edit, ...] = attrs.field(converter=_edit_tuple)
    """The edits, sorted by position, with offsets into the input."""


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits (offsets into ``text``) and return the result.

    Insertions at the same offset as a replacement are applied first.

    Raises:
        ValueError: two edits overlap or an edit lies outside ``text``.

    Example:
        >>> apply_edits("a,b", [Edit(start=2, end=2, before="", after=" ", rule="x")])
        'a, b'
    """
    out: list[str] = []
    last = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.start != e.end, e.end)):
        if edit.start < last or edit.end > len(text) or edit.start > edit.end:
            msg = f"edit {edit.start}:{edit.end} overlaps another or lies outside"
            raise ValueError(msg)
        out.append(text[last : edit.start])
        out.append(edit.after)
        last = edit.end
    out.append(text[last:])
    return "".join(out)


class Layer:
    """The replacements one rule made, able to map offsets back to its input."""

    __slots__ = ("in_ends", "in_starts", "out_ends", "out_starts")

    def __init__(self, changes: Sequence[tuple[int, int, str]]) -> None:
        """Record ``changes``: sorted, non-overlapping ``(start, end, new)`` triples."""
        self.in_starts = [c[0] for c in changes]
        self.in_ends = [c[1] for c in changes]
        self.out_starts: list[int] = []
        self.out_ends: list[int] = []
        shift = 0
        for start, end, new in changes:
            self.out_starts.append(start + shift)
            shift += len(new) - (end - start)
            self.out_ends.append(end + shift)

    def back(self, offset: int, *, at_end: bool) -> int:
        """Map an offset in this layer's output to its input.

        An offset at a replacement's start maps to the start of what it
        replaced; one strictly inside maps to that start, or to its end when
        ``at_end`` is true.
        """
        index = bisect_right(self.out_starts, offset) - 1
        if index < 0:
            return offset
        if offset >= self.out_ends[index]:
            return self.in_ends[index] + offset - self.out_ends[index]
        if offset == self.out_starts[index]:
            return self.in_starts[index]
        return self.in_ends[index] if at_end else self.in_starts[index]
