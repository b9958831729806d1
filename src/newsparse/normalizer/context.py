"""Normalise: what every rule may consult (lexicon, vote, protected spans)."""

from __future__ import annotations

from bisect import bisect_right

import attrs
import regex

from .lexicon import Lexicon

__all__ = ["Change", "Context", "Protected"]

Change = tuple[int, int, str]
"""One replacement a rule proposes: ``(start, end, new_text)`` in its input."""

# Tokens no rule may edit inside. Matches "https://a.org/x?y=1", "www.example.com",
# "press@example.net", "example.com", "report.pdf", "Node.js"; does not match
# "East.However" (the part after the dot is no known suffix).
_PROTECTED = regex.compile(
    r"""
    (?:[a-z][a-z0-9+.\-]*://|www\.)\S+
  | [\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+
  | (?<![\w.])[\w\-]+(?:\.[\w\-]+)*\.
    (?:com|org|net|gov|edu|int|mil|io|co|uk|us|de|fr|ru|cn|jp|eu|info|biz|tv|me|ai
      |app|dev|ly|gl|gg|js|ts|py|rs|go|pdf|docx?|xlsx?|pptx?|csv|txt|json|xml|html?
      |jpe?g|png|gif|svg|mp[34]|zip|exe)\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


@attrs.frozen
class Protected:
    """Ranges (URLs, e-mail addresses, domains, file names) that rules leave alone."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def find(cls, text: str) -> Protected:
        """Find the protected ranges of ``text``."""
        if "." not in text and "@" not in text:
            return cls((), ())
        spans = [m.span() for m in _PROTECTED.finditer(text)]
        return cls(tuple(s for s, _ in spans), tuple(e for _, e in spans))

    def covers(self, offset: int) -> bool:
        """Return whether ``offset`` lies inside a protected range."""
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]


@attrs.frozen(kw_only=True)
class Context:
    """What the rules know beyond the text in hand."""

    lexicon: Lexicon
    """Built-in and caller-supplied vocabulary."""
    vote: dict[str, str] = attrs.field(factory=dict)
    """Lower-case word → capitalised form, voted by the whole document."""
    block_start: bool = True
    """Whether the text starts a block, so its first letter starts a sentence."""
