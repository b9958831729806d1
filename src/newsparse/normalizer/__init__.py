"""Normalise: repair spacing and casing artefacts, explaining every edit.

The rules run in the order of :data:`RULES`, each on the output of the one
before, so a later rule sees the spaces an earlier one restored. Every rule
is a small pure function ``rule(text, context) -> changes``; the engine maps
each change back to the caller's text, so the edit list can be replayed with
:func:`apply_edits`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache

import attrs

from ..errors import require_str
from ..options import NormalizeOptions
from .casing import fix_proper_nouns, fix_sentence_case
from .context import (
    INVISIBLE,
    SEP,
    Change,
    Context,
    Vote,
    forget_texts,
    recased,
    word_superset,
    words_of,
)
from .document_vote import fix_document_vote, vote_pieces
from .edits import (
    Edit,
    Explained,
    Layer,
    RawEdit,
    apply_edits,
    fold,
    map_back,
    to_edits,
)
from .lexicon import Lexicon, builtin_lexicon
from .spacing import fix_punctuation_spacing, fix_whitespace

__all__ = [
    "RULES",
    "Edit",
    "Explained",
    "Normalizer",
    "apply_edits",
    "normalize",
    "normalize_and_explain",
]

Rule = Callable[[str, Context], list[Change]]

RULES: tuple[tuple[str, Rule], ...] = (
    ("whitespace", fix_whitespace),
    ("proper_nouns", fix_proper_nouns),
    ("punctuation_spacing", fix_punctuation_spacing),
    ("sentence_case", fix_sentence_case),
    ("document_vote", fix_document_vote),
)
"""The rules in the order they run; each name is also its switch in NormalizeOptions."""

_CHUNK = 1 << 14  # characters of block text normalised at a time
# Rules that change only the case of letters, never the white space.
_CASE_RULES = frozenset({"proper_nouns", "document_vote", "sentence_case"})
_DEFAULT = NormalizeOptions()
_MAX_PASSES = 6  # the vote settles in one or two; the cap bounds hostile input
# Characters of text the document vote reads at once, white space and
# invisible characters not counted. A longer document (a book, a dump of
# many articles) is voted on in windows of whole blocks of about this size:
# its evidence stays local, and the work per megabyte stays that of an
# ordinary article instead of growing with the vocabulary of the whole
# document. The rules change only case and white space, so the windows of a
# normalised document are those of the document.
_WINDOW = 100_000


@lru_cache(maxsize=32)
def _lexicon(proper_nouns: tuple[str, ...], abbreviations: tuple[str, ...]) -> Lexicon:
    base = builtin_lexicon()
    if not proper_nouns and not abbreviations:
        return base
    return base.extended(proper_nouns, abbreviations)


@attrs.define(eq=False)
class _Chunk:
    """Consecutive block texts of a document, joined with :data:`SEP`, in the work.

    The chunk keeps where its texts are rather than a copy of them, so a
    large document is held once as given and once as normalised so far.
    """

    source: str
    parts: Sequence[tuple[int, int]] | None
    """The ranges of ``source`` holding the texts; ``None``: ``source`` is the text."""
    start: int
    """The index of the first block."""
    stop: int
    """The index after the last block."""
    block_starts: tuple[bool, ...]
    running: Sequence[bool] | None
    """Which blocks the document vote learns from (``None``: it is not retaken)."""
    current: list[str] | None = None
    """The texts as the rules have made them so far, each a string of its own
    (so one emoji widens one text, not the chunk); ``None``: unchanged, so
    cut from the source again when asked for."""
    layers: list[Layer] = attrs.Factory(list)
    found: list[RawEdit] = attrs.Factory(list)
    words: frozenset[str] | None = None
    """A :func:`~.context.word_superset` of the chunk's texts, for its rules
    (``None``: they use the document's)."""
    window: int = 0
    """The vote window the chunk belongs to (see :data:`_WINDOW`)."""

    def original(self) -> str:
        """The blocks as given, joined with :data:`SEP`."""
        if self.parts is None:
            return self.source
        return SEP.join([self.source[s:e] for s, e in self.parts])

    def result(self) -> str:
        """The blocks as normalised so far, joined with :data:`SEP`."""
        return self.original() if self.current is None else SEP.join(self.current)

    def texts(self) -> list[str]:
        """The blocks as normalised so far, one string each."""
        if self.current is not None:
            return self.current
        if self.parts is None:
            return [self.source]
        return [self.source[s:e] for s, e in self.parts]

    def update(self, text: str) -> None:
        """Keep ``text``, the blocks joined with :data:`SEP`, as the chunk's result."""
        # A lone text may hold SEP itself; it stays one.
        self.current = text.split(SEP) if self.stop - self.start > 1 else [text]

    def voters(self) -> list[str]:
        """The running texts of the chunk as normalised so far."""
        assert self.running is not None
        texts = self.texts()
        return [t for t, r in zip(texts, self.running, strict=True) if r]


class Normalizer:
    """Normalises many texts of one document with one lexicon and one vote.

    Args:
        options: which rules run, and extra vocabulary.
        running_texts: the document's running text (paragraphs, list items),
            from which the document-level vote learns its proper nouns.
        words: a :func:`~.context.word_superset` of ``running_texts`` joined
            with :data:`SEP`, when the caller has one already.

    Example:
        >>> texts = ["Talks with Peskov began.", "Aides of Peskov left."]
        >>> n = Normalizer(running_texts=texts)
        >>> n.explain("peskov,however,stayed").text
        'Peskov, however, stayed'
    """

    def __init__(
        self,
        options: NormalizeOptions | None = None,
        running_texts: Iterable[str] = (),
        *,
        words: frozenset[str] | None = None,
    ) -> None:
        """Prepare the lexicon and the document vote."""
        self.options = options or _DEFAULT
        self.lexicon = _lexicon(
            self.options.extra_proper_nouns, self.options.extra_abbreviations
        )
        self._rules = [(n, r) for n, r in RULES if getattr(self.options, n)]
        names = [name for name, _ in self._rules]
        # The rules before the vote's own; the vote reads what they leave.
        self._before_vote = (
            names.index("document_vote") if "document_vote" in names else 0
        )
        self._vote = Vote({}, {})
        joined = SEP.join(running_texts)
        if self.options.document_vote and joined:  # no text, no vote
            # Taken as the engine takes it (see _run_chunks), on a copy.
            chunk = _Chunk(joined, None, 0, 1, (True,), (True,))
            if words is None:
                words = word_superset(chunk.source)
            self._pass(
                chunk,
                self._context(chunk, self._vote, words),
                self._rules[: self._before_vote],
            )
            self._vote = self._take_vote([chunk], words)

    @property
    def vote(self) -> Vote:
        """The words the document vote will capitalise (lower case → capitalised)."""
        return self._vote

    def explain(self, text: str, *, block_start: bool = True) -> Explained:
        """Normalise ``text`` and return it with its edits.

        Args:
            text: the text of one block (or any string).
            block_start: whether the text starts a paragraph or item, so that
                its first letter starts a sentence (false for headings and cells).
        """
        current, found = self._run(text, block_start)
        return Explained(text=current, edits=to_edits(text, found))

    def explain_many(
        self,
        texts: Sequence[str],
        block_starts: Sequence[bool],
        *,
        running: Sequence[bool] | None = None,
        origins: Sequence[int] | None = None,
    ) -> list[Explained]:
        """Normalise many block texts at once; the same as :meth:`explain` on each.

        The texts are joined with :data:`SEP`, which no rule crosses, so every
        rule scans the whole document once instead of once per block.

        Args:
            texts: the texts of a document's blocks.
            block_starts: for each text, whether it starts a sentence.
            running: for each text, whether it is running text the document
                vote learns from. When given, the vote is taken from these
                texts (rather than the constructor's ``running_texts``), and
                again on the normalised texts until it repairs nothing more,
                so normalising the result changes nothing. Texts longer
                together than about 100,000 characters are voted on in
                windows of consecutive texts of about that size.
            origins: for each text, where it starts in a larger string (the
                document it was cut from); the edits' offsets are then into
                that string rather than into the text.
        """
        shifts = origins if origins is not None else [0] * len(texts)
        lone = len(texts) == 1 and running is not None
        if not lone and (len(texts) < 2 or any(SEP in t for t in texts)):
            results = []
            for t, s, shift in zip(texts, block_starts, shifts, strict=True):
                current, found = self._run(t, s)
                results.append(Explained(text=current, edits=to_edits(t, found, shift)))
            return results
        return self.explain_joined(
            SEP.join(texts),
            [len(t) for t in texts],
            block_starts,
            running=running,
            origins=origins,
        )

    def explain_joined(
        self,
        whole: str,
        lengths: Sequence[int],
        block_starts: Sequence[bool],
        *,
        running: Sequence[bool] | None = None,
        origins: Sequence[int] | None = None,
        words: frozenset[str] | None = None,
    ) -> list[Explained]:
        """:meth:`explain_many` for texts the caller has joined with :data:`SEP`.

        ``lengths`` gives each text's length. ``words``, when given, is a
        :func:`~.context.word_superset` of ``whole`` (the union of those of
        its parts is one).
        """
        if len(lengths) == 1:  # a lone text, which may hold SEP itself
            return self._explain_chunks(
                [_Chunk(whole, None, 0, 1, (block_starts[0],), running)],
                whole,
                lengths,
                origins,
                words,
            )
        starts: list[int] = []
        offset = 0
        for length in lengths:
            starts.append(offset)
            offset += length + 1
        ranges = [(s, s + n) for s, n in zip(starts, lengths, strict=True)]
        if origins is None:
            origins = [0] * len(lengths)  # offsets into each text
        return self.explain_ranges(
            whole, ranges, block_starts, running=running, origins=origins, words=words
        )

    def explain_ranges(
        self,
        source: str,
        ranges: Sequence[tuple[int, int]],
        block_starts: Sequence[bool],
        *,
        running: Sequence[bool] | None = None,
        origins: Sequence[int] | None = None,
        words: frozenset[str] | None = None,
        vote_words: frozenset[str] | None = None,
    ) -> list[Explained]:
        """:meth:`explain_many` for the texts at ``ranges`` of ``source``.

        None of the texts may hold :data:`SEP`. They are normalised a chunk of
        blocks at a time, so a large document is never copied whole; the
        result is the same as for all of them at once. ``origins`` defaults
        to the ranges' starts, so edits index ``source``. ``words`` and
        ``vote_words``, when given, are :func:`~.context.word_superset` of
        all the texts and of the running ones.
        """
        chunks: list[_Chunk] = []
        first = 0
        size = 0
        # Every text counts towards a window, running or not: a line the
        # output reads as a heading rather than a paragraph moves no window.
        window = solid = 0
        windowed = running is not None and ranges[-1][1] - ranges[0][0] > _WINDOW
        for index, (start, end) in enumerate(ranges):
            size += end - start + 1
            if windowed:
                solid += _solid_length(source, start, end)
            full = solid >= _WINDOW  # the window's last text
            if size >= _CHUNK or full or index == len(ranges) - 1:
                flags = running[first : index + 1] if running is not None else None
                chunks.append(
                    _Chunk(
                        source,
                        ranges[first : index + 1],
                        first,
                        index + 1,
                        tuple(block_starts[first : index + 1]),
                        flags,
                        window=window,
                    )
                )
                first, size = index + 1, 0
                if full:
                    window, solid = window + 1, 0
        lengths = [end - start for start, end in ranges]
        shifts = origins if origins is not None else [start for start, _ in ranges]
        return self._explain_chunks(chunks, source, lengths, shifts, words, vote_words)

    def _explain_chunks(
        self,
        chunks: list[_Chunk],
        source: str,
        lengths: Sequence[int],
        origins: Sequence[int] | None,
        words: frozenset[str] | None,
        vote_words: frozenset[str] | None = None,
    ) -> list[Explained]:
        """Normalise the chunks, a vote window at a time; cut the results into blocks.

        ``words`` and ``vote_words``, when given, serve every window.
        """
        for window in _windows(chunks):
            if words is None:
                self._run_chunks(window, *_chunk_words(window))
            else:
                self._run_chunks(window, words, vote_words)
            for chunk in window:
                chunk.words = None  # a large document holds one window's at a time
        shifts = origins if origins is not None else [0] * len(lengths)
        results: list[Explained] = []
        for chunk in chunks:
            found = fold(chunk.found)
            text, pieces = chunk.original(), chunk.texts()
            chunk.current = None  # the results below replace it
            offsets: list[int] = []
            offset = 0
            for length in lengths[chunk.start : chunk.stop]:
                offsets.append(offset)
                offset += length + 1
            per_block: list[list[RawEdit]] = [[] for _ in offsets]
            for edit in found:
                per_block[bisect_right(offsets, edit[0]) - 1].append(edit)
            results.extend(
                Explained(text=piece, edits=to_edits(text, edits, shift - offset))
                for piece, edits, offset, shift in zip(
                    pieces,
                    per_block,
                    offsets,
                    shifts[chunk.start : chunk.stop],
                    strict=True,
                )
            )
        return results

    def _run(self, text: str, block_start: bool) -> tuple[str, list[RawEdit]]:
        """Return one text normalised with the constructor's vote, and its edits.

        The edits are folded, with offsets into ``text``.
        """
        chunk = _Chunk(text, None, 0, 1, (block_start,), None)
        self._run_chunks([chunk], word_superset(text))
        return chunk.result(), fold(chunk.found)

    def _run_chunks(
        self,
        chunks: list[_Chunk],
        words: frozenset[str],
        vote_words: frozenset[str] | None = None,
    ) -> None:
        """Normalise the chunks of one document; their results are left in them.

        ``words`` is a :func:`~.context.word_superset` of all the chunks; it
        covers every text the rules make of them. ``vote_words``, one of the
        running texts alone, serves the vote when given.

        When the chunks say which texts are running text, the vote is taken
        here, on the texts as the rules before the vote's own (all the others)
        have made them (a line break turned into a space makes two words
        neighbours; a lexicon repair lends a capital), and taken again on the
        output until it would repair nothing more; then normalising the
        output changes nothing.
        """
        votes = self._vote
        revote = self.options.document_vote and all(
            c.running is not None for c in chunks
        )
        rules = self._rules
        split = 0
        if revote:
            split = self._before_vote
            for chunk in chunks:
                self._pass(chunk, self._context(chunk, votes, words), rules[:split])
            votes = self._take_vote(chunks, vote_words or words)
        for _ in range(_MAX_PASSES):
            marks = [len(c.found) for c in chunks]
            for chunk in chunks:
                self._pass(chunk, self._context(chunk, votes, words), rules[split:])
            split = 0  # a pass after the first runs every rule
            if not revote or all(
                len(c.found) == mark for c, mark in zip(chunks, marks, strict=True)
            ):
                break  # nothing changed since the vote was taken
            again = self._take_vote(chunks, vote_words or words)
            settled = again == votes or not any(
                fix_document_vote(c.result(), self._context(c, again, words))
                for c in chunks
            )
            forget_texts()
            if settled:
                break
            votes = again
        forget_texts()

    def _context(self, chunk: _Chunk, votes: Vote, words: frozenset[str]) -> Context:
        return Context(
            lexicon=self.lexicon,
            vote=votes,
            block_starts=chunk.block_starts,
            words=words if chunk.words is None else chunk.words,
        )

    def _take_vote(self, chunks: list[_Chunk], words: frozenset[str]) -> Vote:
        """The vote over the running texts of the chunks as they stand.

        The vote fills none of the caches of :mod:`.context`, so the rules
        after it still find the protected ranges of the text they last saw.
        """
        return vote_pieces(
            lambda: (SEP.join(c.voters()) for c in chunks), self.lexicon, words
        )

    def _pass(
        self, chunk: _Chunk, context: Context, rules: Sequence[tuple[str, Rule]]
    ) -> None:
        """Run ``rules`` once over a chunk, recording what each changed."""
        current = given = chunk.result()
        for name, rule in rules:
            changes = rule(current, context)
            if not changes:
                continue
            chunk.found.extend(map_back(changes, chunk.layers, name))
            previous = current
            current = _apply(previous, changes)
            if name in _CASE_RULES and all(e - s == len(n) for s, e, n in changes):
                recased(previous, current)  # the protected ranges still hold
            else:
                forget_texts()
            del previous
            chunk.layers.append(Layer(changes))
        if current is not given:  # unchanged text is cut from the source again
            chunk.update(current)

    def __call__(self, text: str, *, block_start: bool = True) -> str:
        """Return ``text`` normalised (see :meth:`explain`)."""
        return self.explain(text, block_start=block_start).text


def _solid_length(source: str, start: int, end: int) -> int:
    """How many characters of ``source[start:end]`` are not white space or invisible."""
    text = source[start:end]
    return sum(map(len, text.split())) - sum(text.count(c) for c in INVISIBLE)


def _windows(chunks: list[_Chunk]) -> Iterator[list[_Chunk]]:
    """Yield the chunks of each vote window in turn."""
    first = 0
    for index, chunk in enumerate(chunks):
        if index + 1 == len(chunks) or chunks[index + 1].window != chunk.window:
            yield chunks[first : index + 1]
            first = index + 1


def _chunk_words(
    chunks: list[_Chunk],
) -> tuple[frozenset[str], frozenset[str] | None]:
    """Give each chunk the word superset of its texts; return the document's.

    Returns the words of all the texts and, when the chunks say which texts
    are running, of the running ones (the vote's). A rule looks in its
    chunk only for the chunk's own words: with the document's, each chunk of
    a large document would look for every word of all the others too.
    """
    if len(chunks) == 1:
        chunk = chunks[0]
        if chunk.running is None:
            return word_superset(chunk.original()), None
    voting: list[frozenset[str]] = []
    for chunk in chunks:
        texts = chunk.texts()
        if chunk.running is None:
            chunk.words = words_of(texts)
            continue
        running = words_of(t for t, r in zip(texts, chunk.running, strict=True) if r)
        voting.append(running)
        chunk.words = running | words_of(
            t for t, r in zip(texts, chunk.running, strict=True) if not r
        )
    words = frozenset().union(*(c.words for c in chunks if c.words is not None))
    return words, frozenset().union(*voting) if voting else None


def _apply(text: str, changes: list[Change]) -> str:
    out: list[str] = []
    last = 0
    for start, end, new in changes:
        out.append(text[last:start])
        out.append(new)
        last = end
    out.append(text[last:])
    return "".join(out)


def normalize_and_explain(
    text: str, options: NormalizeOptions | None = None, *, block_start: bool = False
) -> Explained:
    """Normalise a plain string and list every edit made.

    The document vote is taken over the string itself. The string may be a
    fragment, so its first letter is capitalised only with ``block_start=True``
    (sentences after the first are capitalised either way).

    Args:
        text: the text to normalise.
        options: which rules run, and extra vocabulary.
        block_start: treat the start of ``text`` as the start of a paragraph.

    Raises:
        TypeError: ``text`` is not a ``str``.

    Example:
        >>> result = normalize_and_explain("concessions,Moscow")
        >>> result.text
        'concessions, Moscow'
        >>> [(e.start, e.end, e.before, e.after, e.rule) for e in result.edits]
        [(12, 12, '', ' ', 'punctuation_spacing')]
    """
    require_str(text, "normalize")
    (result,) = Normalizer(options).explain_many([text], [block_start], running=[True])
    return result


def normalize(
    text: str, options: NormalizeOptions | None = None, *, block_start: bool = False
) -> str:
    """Return ``text`` with its spacing and casing artefacts repaired.

    Only case and white space ever change, and ``normalize`` is idempotent.
    See :func:`normalize_and_explain` for the arguments.

    Example:
        >>> normalize("the firm stance of moscow,however,is clear. so it is.")
        'the firm stance of Moscow, however, is clear. So it is.'
        >>> normalize("the firm stance", block_start=True)
        'The firm stance'
    """
    return normalize_and_explain(text, options, block_start=block_start).text
