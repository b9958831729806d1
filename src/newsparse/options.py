"""Options: frozen switches for the parser and for each normalisation rule."""

from __future__ import annotations

import attrs

__all__ = ["NormalizeOptions", "ParseOptions"]


def _str_tuple(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)  # type: ignore[attr-defined]


@attrs.frozen(kw_only=True)
class NormalizeOptions:
    """Which normalisation rules run, and extra vocabulary for them.

    Every rule is on by default; switch one off by passing ``False``.

    Example:
        >>> from newsparse import NormalizeOptions, normalize
        >>> normalize("in moscow,today", NormalizeOptions(proper_nouns=False))
        'in moscow, today'
    """

    whitespace: bool = True
    """Collapse runs of white space (tabs, NBSP, newlines, zero-width) to one space."""
    punctuation_spacing: bool = True
    """Insert the missing space in ``concessions,Moscow`` and ``East.However``."""
    sentence_case: bool = True
    """Capitalise a lower-case letter that starts a block or a sentence."""
    proper_nouns: bool = True
    """Capitalise lower-case place names, nationalities and organisations."""
    document_vote: bool = True
    """Capitalise a word that the same text writes capitalised mid-sentence."""
    extra_proper_nouns: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    """More proper nouns, in their correct case (``"Kyiv"``, ``"New Delhi"``)."""
    extra_abbreviations: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    """More abbreviations that do not end a sentence (``"Approx."`` or ``"approx"``)."""


@attrs.frozen(kw_only=True)
class ParseOptions:
    """Switches for the block parser's news conventions.

    Example:
        >>> from newsparse import ParseOptions, parse
        >>> no_plain = ParseOptions(plain_headings=False)
        >>> doc = parse("Short Line\\nBody text.", options=no_plain)
        >>> [b.type for b in doc.children]
        ['paragraph', 'paragraph']
    """

    plain_headings: bool = True
    """Recognise unmarked short lines that introduce what follows as headings."""
    max_heading_words: int = 14
    """The longest line, in words, that may be taken for a plain-text heading."""
    boilerplate: bool = True
    """Type bylines, date lines, navigation, share links and the like as
    :class:`~newsparse.Boilerplate` blocks; with ``False`` they are parsed like
    any other line (mostly paragraphs; a short one may read as a heading)."""
    title_level_1: bool = True
    """Give a heading on the very first line of the article level 1."""
    max_list_depth: int = 32
    """The deepest list nesting kept; deeper items join the deepest list, so
    hostile input cannot build a tree too deep to walk, compare or serialise."""
