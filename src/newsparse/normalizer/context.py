"""Normalise: what every rule may consult (lexicon, vote, protected spans)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

import attrs
import regex

from .lexicon import Lexicon

__all__ = [
    "INVISIBLE",
    "SEP",
    "Change",
    "Context",
    "Protected",
    "Vote",
    "joined_pieces",
    "recased",
    "word_superset",
    "words_of",
]

SEP = "\x00"
"""Separates the blocks of a document normalised in one pass; no rule crosses it."""

Change = tuple[int, int, str]
"""One replacement a rule proposes: ``(start, end, new_text)`` in its input."""

INVISIBLE = "\u200b\u2060\ufeff"
"""Zero-width characters, which the rules treat as white space."""

# The endings of domains and file names: "example.com", "report.pdf", "Node.js"
# (and ".example", the ending reserved for examples). Not "in", "it", "no",
# "at", "be": "failed.It was" is a missing space, not a host.
_SUFFIXES = r"""
    (?:com|org|net|gov|edu|int|mil|io|co|uk|us|de|fr|ru|cn|jp|eu|info|biz|tv|me|ai
      |au|ca|nz|ie|za|nl|ch|news|example
      |app|dev|ly|gl|gg|js|ts|py|rs|go|pdf|docx?|xlsx?|pptx?|csv|txt|json|xml|html?
      |jpe?g|png|gif|svg|mp[34]|zip|exe)\b
"""
# Tokens no rule may edit inside. Matches "https://a.org/x?y=1", "www.example.com",
# "press@example.net", "example.com", "report.pdf", "Node.js", a host with a
# path whatever its ending ("tarn.police.example/appeal"); does not match
# "East.However" (the part after the dot is no known suffix). Possessive
# quantifiers keep it linear on hostile input such as "a.b.a.b.a.b…".
_PROTECTED = regex.compile(
    rf"""
    (?<![a-z0-9+.\-])(?:[a-z][a-z0-9+.\-]*+://|www\.)[^\s\x00]++
  | (?<![\w.+\-])[\w.+\-]++@[\w\-]++(?:\.[\w\-]++)++
  | (?<![\w.])(?:[\w\-]++\.(?=[\w\-]))++{_SUFFIXES}
  | (?<![\w.])(?:[\w\-]++\.)++[a-z]{{2,24}}/[^\s\x00]*+
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# What every match of _PROTECTED holds, one pattern per branch: "://" or
# "www.", an "@" between word characters, a dot and a known ending. Most
# dots in prose ("e.g.", "U.S.", "3.5") hold none, and are skipped at C speed.
# Each branch starts at the mark itself, so the scan looks at marks only.
_MAYBE_PROTECTED = regex.compile(
    rf":(?=//)|(?<=www)\.|(?<=[\w.+\-])@(?=[\w\-])|\.(?={_SUFFIXES})"
    r"|\.(?=[a-z]{2,24}/)",
    regex.IGNORECASE | regex.VERBOSE,
)
# Where a protected token can be: a ".", "@" or ":" inside a token ("a.org",
# "x@y", "https:"). Sentence punctuation followed by a space does not match.
_INSIDE_TOKEN = regex.compile(r"(?<=[\w\-])[.@:](?=[\w/])")
_SPACE_BEFORE = regex.compile(r"[\s\x00]", regex.REVERSE)
_SPACE_AFTER = regex.compile(r"[\s\x00]")
# A word: a run of letters and combining marks ("Zürich", "Node", "js").
_LETTERS = regex.compile(r"[\p{L}\p{M}]+")
_DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))


@lru_cache(maxsize=1)  # shared by the vote and the engine (see forget_texts)
def word_superset(text: str) -> frozenset[str]:
    """Return every word of ``text`` (runs of letters and marks), and maybe more.

    Rules intersect it with the few words they act on, to skip a text at C
    speed, and confirm each occurrence in the text itself; so a superset
    does no harm. Tokens made only of letters are taken whole; only the
    others (``"said,"``, ``"U.S.-russia"``) are split by a regex.

    The rules change only case and white space, which split no word into
    new ones; the set also holds the words that removing invisible
    characters joins (``"foo\\u200bbar"`` → ``"foobar"``), so the set of
    the input covers every text the rules produce from it.

    Example:
        >>> sorted(word_superset("U.S.-russia talks,moscow"))
        ['S', 'U', 'moscow', 'russia', 'talks']
    """
    return _word_set(text)


def _word_set(text: str) -> frozenset[str]:
    tokens = _distinct_tokens(text)
    plain = set(filter(str.isalpha, tokens))
    # Most other tokens are a word with punctuation around it ("said,"):
    # stripped of it, they are words too; only the rest go to the regex.
    stripped = {t.strip(_AROUND) for t in tokens.difference(plain)}
    more = set(filter(str.isalpha, stripped))
    rest = " ".join(stripped.difference(more))
    if any(c in rest for c in INVISIBLE):
        rest += " " + rest.translate(_DROP_INVISIBLE)
    return frozenset(plain.union(more, _LETTERS.findall(rest)))


_AROUND = ".,;:!?\"'()[]“”‘’…"  # punctuation that stands before or after words


_CHUNK = 1 << 16  # characters split at a time


def joined_pieces(texts: Iterable[str], size: int) -> Iterator[str]:
    """Join ``texts`` with :data:`SEP` a piece of about ``size`` characters at a time.

    The pieces, joined with :data:`SEP` in turn, give all the texts joined;
    a piece holds whole texts only. A large document is then never copied
    whole, and a piece takes one byte a character unless one of its own
    texts needs more (one emoji makes a whole joined document take four).

    Example:
        >>> list(joined_pieces(["ab", "cd", "ef"], 4))
        ['ab\\x00cd', 'ef']
    """
    batch: list[str] = []
    total = 0
    for text in texts:
        batch.append(text)
        total += len(text) + 1
        if total >= size:
            yield SEP.join(batch)
            batch, total = [], 0
    if batch:
        yield SEP.join(batch)


def words_of(texts: Iterable[str]) -> frozenset[str]:
    """Return a :func:`word_superset` of ``texts`` joined with :data:`SEP`.

    The texts are read a piece at a time (see :func:`joined_pieces`); no
    word crosses :data:`SEP`, so the words are those of the whole.
    """
    return frozenset().union(*map(_word_set, joined_pieces(texts, _CHUNK)))


def _distinct_tokens(text: str) -> set[str]:
    """Return the distinct white-space-separated tokens of ``text``.

    A long text is split a chunk at a time, cut at a space: a list of all
    the tokens of a large document takes several times its size.
    """
    tokens: set[str] = set()
    start = 0
    while start < len(text):
        cut = text.find(" ", start + _CHUNK)
        stop = len(text) if cut < 0 else cut
        tokens.update(text[start:stop].split())
        start = stop
    return tokens


def forget_texts() -> None:
    """Drop the cached results for the last text seen, and so the text itself.

    The caches share work between rules in a row that see the same text;
    the engine calls this once a text is replaced by its next version, so
    no cache keeps an old copy of a whole document alive.
    """
    global _last_spans
    word_superset.cache_clear()
    _last_spans = None


def recased(old: str, new: str) -> None:
    """Tell the cache that ``new`` is ``old`` with letters changed in case only.

    The protected ranges of ``old`` are those of ``new`` (their pattern
    ignores case), so the rules after a case change need not find them again.
    """
    global _last_spans
    last = _last_spans
    if last is not None and last[0] is old:
        _last_spans = (new, last[1])


_Spans = tuple[tuple[int, ...], tuple[int, ...]]
# The last text whose protected ranges were found, shared by the rules in a
# row that see it. One reference, replaced whole: threads may race on it,
# but every value it holds is right for its text.
_last_spans: tuple[str, _Spans] | None = None


def _protected_spans(text: str) -> _Spans:
    global _last_spans
    last = _last_spans
    if last is not None and (last[0] is text or last[0] == text):
        return last[1]
    spans = _find_spans(text)
    _last_spans = (text, spans)
    return spans


def _find_spans(text: str) -> _Spans:
    starts: list[int] = []
    ends: list[int] = []
    token_end = -1
    for hint in _MAYBE_PROTECTED.finditer(text):
        if hint.start() < token_end:
            continue
        before = _SPACE_BEFORE.search(text, 0, hint.start())
        after = _SPACE_AFTER.search(text, hint.end())
        token_start = before.end() if before else 0
        token_end = after.start() if after else len(text)
        if _INSIDE_TOKEN.search(text, token_start, token_end) is None:
            continue  # no ".", "@" or ":" inside the token: nothing to protect
        for match in _PROTECTED.finditer(text, token_start, token_end):
            starts.append(match.start())
            ends.append(match.end())
    return tuple(starts), tuple(ends)


@attrs.frozen
class Protected:
    """Ranges (URLs, e-mail addresses, domains, file names) that rules leave alone."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def find(cls, text: str) -> Protected:
        """Find the protected ranges of ``text``.

        Example:
            >>> p = Protected.find("see example.com or a@b.org today")
            >>> [p.covers(i) for i in (4, 15, 19, 28)]
            [True, False, True, False]
        """
        return cls(*_protected_spans(text))

    def covers(self, offset: int) -> bool:
        """Return whether ``offset`` lies inside a protected range."""
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]


@attrs.frozen
class Vote:
    """The outcome of a document vote: lower-case word → capitalised form."""

    everywhere: dict[str, str]
    """Words to capitalise wherever they stand in lower case."""
    in_names: dict[str, str]
    """Words to capitalise only right after a capitalised word or a title,
    as in ``Dr. Maria lindgren`` (weaker evidence, so a narrower repair)."""
    after_prepositions: dict[str, str] = attrs.field(factory=dict)
    """Words whose capitals stand without an article (``met Arafat``), to
    capitalise also right after a preposition (``from sandton``)."""
    named: dict[str, str] = attrs.field(factory=dict)
    """Words written capitalised anywhere (a sentence start or a title too),
    to capitalise only in the strongest name contexts: after a title (``Mr
    hockey``, ``Dr. Maria lindgren``) or beside a word that stands beside one
    of their capitals, written the same (``Saudi arabia``, ``bin laden``)."""
    neighbours: dict[str, frozenset[str]] = attrs.field(factory=dict)
    """For the :attr:`named` words: the words next to their capitals, as
    written (``Saudi`` for ``Saudi Arabia``, ``bin`` for ``bin Laden``)."""
    in_runs: dict[str, str] = attrs.field(factory=dict)
    """Words capitalised inside a title run (``Rural Fire Service``), to
    capitalise where they stand as they do there; see :attr:`run_neighbours`."""
    run_neighbours: dict[str, frozenset[tuple[str, str]]] = attrs.field(factory=dict)
    """For the :attr:`in_runs` words: the words before and after their
    capitals there, as written (``("Rural", "Service")`` for ``fire``;
    ``""`` when the word opens the run; the word after may follow a joining
    word: ``"and Young"``)."""
    modifiers: dict[str, tuple[str, frozenset[str]]] = attrs.field(factory=dict)
    """Ordinary words capitalised mid-sentence and written once in lower case
    → their capitalised form and the lower-case words right before their
    capitals (``first`` for ``the first Test``), to capitalise after the same
    word (``the first test``)."""
    names: dict[str, str] = attrs.field(factory=dict)
    """Words that are no ordinary English word, capitalised mid-sentence and
    written once in lower case (``Seles`` ... ``seles``): capitalised
    wherever they stand in lower case, but after ``a`` or ``an``."""
    surnames: dict[str, str] = attrs.field(factory=dict)
    """Words capitalised right after a title (``Mr Farmer``), to capitalise
    also right after a capitalised first name (``Frank farmer``)."""
    quoted: dict[str, str] = attrs.field(factory=dict)
    """Words written capitalised anywhere, to capitalise in a quoted title
    whose other words are capitalised (``"New economy, Old Economy"``)."""
    numbered: dict[str, str] = attrs.field(factory=dict)
    """Ordinary words of :attr:`modifiers` whose one capital stands on its own
    after a modifier (``the cricket Test``), to capitalise after an ordinal
    (``the third test``, ``the first cricket test``)."""
    right_only: frozenset[str] = frozenset()
    """:attr:`named` words that are ordinary words written in lower case more
    often than capitalised: of their :attr:`neighbours`, only those after
    them are kept and count (``the cancer Council``, not ``the Alabama
    legislature``)."""


@attrs.frozen(kw_only=True)
class Context:
    """What the rules know beyond the text in hand."""

    lexicon: Lexicon
    """Built-in and caller-supplied vocabulary."""
    vote: Vote = attrs.field(factory=lambda: Vote({}, {}))
    """The words the whole document voted to capitalise."""
    block_starts: tuple[bool, ...] = (True,)
    """For each block of the text (blocks are separated by :data:`SEP`): whether
    it starts a paragraph or item, so its first letter starts a sentence."""
    words: frozenset[str] | None = None
    """The :func:`word_superset` of the engine's input, taken once for all
    rules and passes; ``None`` to take it from the text in hand."""

    def words_in(self, text: str) -> frozenset[str]:
        """Return :attr:`words`, or the :func:`word_superset` of ``text``."""
        return word_superset(text) if self.words is None else self.words

    def starts_of_blocks(self, text: str) -> Iterator[int]:
        """Yield the offset of each block of ``text`` that starts a sentence."""
        offset = 0
        for flag in self.block_starts:
            if flag:
                yield offset
            found = text.find(SEP, offset)
            if found < 0:
                return
            offset = found + 1
