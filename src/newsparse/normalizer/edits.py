"""Normalise: the Edit record, applying edits, and mapping them back to the input."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

import attrs

__all__ = [
    "Edit",
    "Explained",
    "Layer",
    "RawEdit",
    "apply_edits",
    "fold",
    "map_back",
    "to_edits",
]


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


RawEdit = tuple[int, int, str, str]
"""An edit before it becomes an :class:`Edit`: ``(start, end, after, rule)``."""


def map_back(
    changes: Sequence[tuple[int, int, str]], layers: Sequence[Layer], rule: str
) -> list[RawEdit]:
    """Map one rule's changes through the earlier rules' layers to the input."""
    if not layers:
        return [(start, end, new, rule) for start, end, new in changes]
    found: list[RawEdit] = []
    for start, end, new in changes:
        first, last = start, end
        for layer in reversed(layers):
            first = layer.back(first, at_end=start == end)
            last = layer.back(last, at_end=True)
        found.append((first, last, new, rule))
    return found


def fold(edits: list[RawEdit]) -> list[RawEdit]:
    """Sort edits; fold an edit lying inside a later, larger one into that one."""
    if len(edits) < 2:
        return edits
    # An insertion sorts before a replacement starting at the same offset.
    ordered = sorted(edits, key=lambda e: (e[0], e[0] != e[1], -e[1]))
    kept: list[RawEdit] = []
    for edit in ordered:
        start, end, _, rule = edit
        if kept:
            outer_start, outer_end, outer_after, outer_rule = kept[-1]
            if (
                outer_start <= start
                and end <= outer_end
                and outer_start < end
                and start < outer_end
            ):
                if rule not in outer_rule.split("+"):
                    kept[-1] = (
                        outer_start,
                        outer_end,
                        outer_after,
                        f"{rule}+{outer_rule}",
                    )
                continue
        kept.append(edit)
    return kept


def to_edits(text: str, found: Iterable[RawEdit], shift: int = 0) -> tuple[Edit, ...]:
    """Make the :class:`Edit` records of raw edits of ``text``, moved by ``shift``."""
    return tuple(
        Edit(
            start=start + shift,
            end=end + shift,
            before=text[start:end],
            after=after,
            rule=rule,
        )
        for start, end, after, rule in found
    )
