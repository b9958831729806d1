"""Normalise: the document vote on proper nouns, and the rule that applies it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import chain

import regex

from ..nodes import split_term
from .casing import (
    _LOWER_WORD,
    _TITLE_WORD,
    _occurrences,
    _recase,
    _replace_words,
    _sentence_initial,
)
from .context import SEP, Change, Context, Vote, recased, word_superset
from .lexicon import Lexicon
from .names import (
    _DETERMINER_BEFORE,
    _FEW,
    _HONORIFICS,
    _NAME_PARTICLES,
    _NOT_NEIGHBOURS,
    _after_first_name,
    _after_preposition,
    _after_title,
    _as_in_run,
    _between_names,
    _in_name,
    _in_title_run,
    _is_capitalised,
    _neighbours,
    _not_after_article,
    _run_keys,
    _word_before,
)

__all__ = ["fix_document_vote", "vote"]


def fix_document_vote(text: str, ctx: Context) -> list[Change]:
    """Capitalise a word the same document writes capitalised mid-sentence.

    The vote itself is computed per document by :func:`vote`; each tier of it
    repairs words in its own places. Repairs repeat until none is left, since
    one repaired name word can put the next one in a name (``abu nidal``).
    """
    lexicon = ctx.lexicon

    neighbours = ctx.vote.neighbours

    def in_name(text: str, start: int) -> bool:
        return _in_name(text, start, lexicon)

    def named(text: str, start: int) -> bool:
        return _after_preposition(text, start) or _in_name(text, start, lexicon)

    def titled_or_same_name(text: str, start: int) -> bool:
        if _after_title(text, start):
            return True
        word = _LOWER_WORD.match(text, start)
        if word is None:
            return False
        near = neighbours.get(word.group(), frozenset())
        before = _word_before(text, start, hyphen=True)
        return any(w in near for w in _neighbours(text, start, word.end(), before))

    run_neighbours = ctx.vote.run_neighbours

    def as_in_run(text: str, start: int) -> bool:
        word = _LOWER_WORD.match(text, start)
        if word is None:
            return False
        end = word.end()
        keys = run_neighbours.get(word.group())
        if not text[end + 1 : end + 2].isupper():
            # Only "Melbourne Track classic" may stand before anything else.
            return keys is not None and _as_in_run(text, start, end, keys)
        return _between_names(text, start, end, lexicon) or (
            keys is not None and _as_in_run(text, start, end, keys)
        )

    modifiers = ctx.vote.modifiers

    def after_same_word(text: str, start: int) -> bool:
        word = _LOWER_WORD.match(text, start)
        before = _word_before(text, start)
        return (
            word is not None
            and before is not None
            and word.group() in modifiers
            and before[0] in modifiers[word.group()][1]
        )

    def after_first_name(text: str, start: int) -> bool:
        return _after_first_name(text, start, lexicon)

    tiers = [
        (table, where)
        for table, where in (
            (ctx.vote.everywhere, None),
            (ctx.vote.names, _not_after_article),
            (ctx.vote.in_names, in_name),
            (ctx.vote.after_prepositions, named),
            (ctx.vote.named, titled_or_same_name),
            (ctx.vote.in_runs, as_in_run),
            (ctx.vote.surnames, after_first_name),
            ({w: form for w, (form, _) in modifiers.items()}, after_same_word),
        )
        if table
    ]
    changes: list[Change] = []
    current = text
    words = ctx.words_in(text)  # recasing keeps it a superset
    while tiers:
        more = [
            c
            for table, where in tiers
            for c in _replace_words(current, words, table, {}, where)
        ]
        if not more:
            break
        more = sorted(set(more))
        changes.extend(more)
        previous, current = current, _recase(current, more)
        if all(end - start == len(new) for start, end, new in more):
            recased(previous, current)
    return sorted(changes)


_TERM_WINDOW = 200  # a Term: label is short; look no further


class _TermLabels:
    """The ``Term:`` labels opening the blocks of a text; their words do not vote.

    Ask in increasing offset order: each block is looked at once, and only
    if it holds a candidate word, so a long document costs no more than
    its candidates.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.stop = -1  # where the current block ends (its SEP, or the text's end)
        self.label_end = 0  # where its label ends (its start if it has none)

    def covers(self, offset: int) -> bool:
        """Return whether ``offset`` lies in the label of its block."""
        text = self.text
        if offset > self.stop:
            start = text.rfind(SEP, max(self.stop, 0), offset) + 1
            stop = text.find(SEP, offset)
            self.stop = len(text) if stop < 0 else stop
            term = split_term(text[start : min(self.stop, start + _TERM_WINDOW)])
            self.label_end = start + len(term) if term else start
        return offset < self.label_end


class _ProseLines:
    """Whether an offset lies in a line of prose.

    In prose most words, but the first, start in lower case; headlines (``How
    the Final Round Was Won``) and bylines are not prose. Ask in increasing
    offset order; each line is looked at once, at C speed.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.stop = -1  # where the current line ends
        self.prose = False

    def covers(self, offset: int) -> bool:
        """Return whether ``offset`` lies in a line of prose."""
        text = self.text
        if offset > self.stop:
            # Lines end at "\n" or SEP; search no further back than the last.
            start = max(self.stop + 1, 0)
            start = max(text.rfind("\n", start, offset), text.rfind(SEP, start, offset))
            start = max(start + 1, self.stop + 1)
            # The line ends at the first "\n" or SEP at or after the offset:
            # blocks are short, so find SEP first, then "\n" only before it
            # (a text without "\n" is not rescanned to its end each line).
            stop = text.find(SEP, offset)
            if stop < 0:
                stop = len(text)
            found = text.find("\n", offset, stop)
            if found >= 0:
                stop = found
            self.stop = stop
            words = text.count(" ", start, stop) + 1
            # Prose needs few enough capitals, so a bound on them may decide
            # at C speed: every capital found below is one letter of its own,
            # A-Z or a non-ASCII letter, and each of those keeps one byte of
            # the UTF-8 (a letter A-Z, or a lead byte); only if the bound is
            # too high are the capitals counted.
            bound = len(
                text[start:stop]
                .encode("utf-8", "surrogatepass")
                .translate(None, _NOT_CAPITAL_BYTES)
            )
            if not (words >= 3 + bound and words > 2 * bound):
                capitals = len(_CAPITAL_AFTER_SPACE.findall(text, start, stop))
                self.prose = words >= 3 + capitals and words > 2 * capitals
            else:
                self.prose = True
        return self.prose


# A capital starting a word that is not the first of its line.
_CAPITAL_AFTER_SPACE = regex.compile(r"\s[“‘\"'(\[]?\p{Lu}")
# The bytes of UTF-8 that are neither A-Z nor the lead byte of a non-ASCII
# character (0xC0 and up): deleted, what is left bounds the capitals.
_NOT_CAPITAL_BYTES = bytes(b for b in range(0xC0) if not ord("A") <= b <= ord("Z"))


def _title_words(
    text: str, words: frozenset[str], lexicon: Lexicon
) -> list[regex.Match[str]]:
    """Return the capitalised words that could vote, in order.

    Only words the text also writes in lower case can win, and short and
    common words never do. Most capitalised words are none of these and
    appear once, so the distinct ones are listed at C speed and judged once
    each; only the few kept are then found with ``str.find``, and
    :data:`_TITLE_WORD` confirms each such place.

    This finds exactly the matches a scan with ``finditer`` would keep: a
    match starts after no letter, mark or digit and holds only letters and
    marks, so no two overlap and each is the single match at its start;
    ``str.find`` visits every place where a kept word starts.
    """
    stopwords = lexicon.stopwords
    kept = [
        word
        for word in set(_TITLE_WORD.findall(text))
        if (lower := word.lower()) in words
        and len(lower) > 2
        and lower not in stopwords
    ]
    if not kept:
        return []
    return _occurrences(text, kept, _TITLE_WORD)


def vote(
    texts: Iterable[str], lexicon: Lexicon, words: frozenset[str] | None = None
) -> Vote:
    """Find the words that running ``texts`` write capitalised mid-sentence.

    Capitals at the start of a sentence, quotation or bracket, in the label
    of a ``Term: description`` text, and inside runs of three or more
    capitalised words (titles), do not count; nor do lower-case words at a
    sentence start, common English words (the stop list) or words under
    three letters.
    A word capitalised at least twice, and at least twice as often as it is
    written in lower case, is capitalised everywhere. A word capitalised at
    least as often as it is written in lower case is capitalised only where
    it stands in a name, next to a title or a capitalised name word
    (``Dr. Maria lindgren``, ``saddam Hussein``), or, when one of its capitals
    stands without an article (``met Arafat``, not ``the Ombudsman``), also
    right after a preposition (``from sandton``).
    One slip is enough for a word that is no ordinary English word
    (:meth:`~.lexicon.Lexicon.is_ordinary_word`): written in lower case once
    and capitalised mid-sentence, a title run of prose included, it goes to
    :attr:`~.context.Vote.names`. Title runs also lend their neighbours
    (:attr:`~.context.Vote.run_neighbours`), and an ordinary word its
    modifiers (``the first Test``) and a surname its first names.

    Args:
        texts: the running texts of a document.
        lexicon: supplies the stop list and abbreviations.
        words: a :func:`~.context.word_superset` of the joined texts, when
            the caller has one already.

    Example:
        >>> from newsparse.normalizer.lexicon import builtin_lexicon
        >>> texts = ["We met Peskov and Mr. Ruud.", "Aides of Peskov left.",
        ...          "then peskov left with mr ruud."]
        >>> v = vote(texts, builtin_lexicon())
        >>> v.everywhere, v.in_names, v.names
        ({'peskov': 'Peskov'}, {}, {'ruud': 'Ruud'})
    """
    capital: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    alone: Counter[str] = Counter()  # capitals with no capitalised neighbour
    forms: dict[str, str] = {}
    seen: dict[str, str] = {}  # every capitalised form, wherever it stands
    beside: dict[str, set[str]] = {}
    # "fire" → {("Rural", "Service")} in "Rural Fire Service"
    run_neighbours: dict[str, set[tuple[str, str]]] = {}
    mid_caps: Counter[str] = Counter()  # capitals in title runs in prose
    surnames: set[str] = set()  # "farmer" for "Mr Farmer"
    modifiers: dict[str, set[str]] = {}  # "test" → {"first"} for "first Test"
    text = SEP.join(texts)  # one pass over the document; no word crosses SEP
    if words is None:
        words = word_superset(text)
    terms = _TermLabels(text)
    run_matches: list[regex.Match[str]] = []  # capitals in title runs
    for match in _title_words(text, words, lexicon):
        word = match.group()
        lower = word.lower()
        if terms.covers(match.start()):
            continue
        seen.setdefault(lower, word)
        if _sentence_initial(text, match.start(), lexicon):
            continue  # no evidence for its neighbours either: "Drug squad"
        if _in_title_run(text, match, lexicon):
            run_matches.append(match)  # see below
            continue
        before = _word_before(text, match.start(), hyphen=True)
        near = [
            n
            for n in _neighbours(text, match.start(), match.end(), before)
            if n[0].isupper() or n in _NAME_PARTICLES
        ]
        # A capital with no capitalised neighbour stands as a name on its own
        # ("the Opposition"); one beside another is part of a longer name
        # ("the Solar System"), which says little of the word alone.
        lone = not any(n[0].isupper() for n in near)
        if before is not None:
            if before[0].islower() and before[0] not in _NOT_NEIGHBOURS:
                modifiers.setdefault(lower, set()).add(before[0])  # "first Test"
            elif before[0].lower() in _HONORIFICS:
                surnames.add(lower)  # "Mr Farmer"; not "General Land Office"
        beside.setdefault(lower, set()).update(near)
        if lone:
            alone[lower] += 1  # "the Opposition", not "Solar System"
        capital[lower] += 1
        forms.setdefault(lower, word)
        if not _DETERMINER_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            bare[lower] += 1
    if not seen:
        return Vote({}, {})
    ordinary = lexicon.is_ordinary_word
    # A lower-case word at a sentence start is no evidence: sentence case
    # capitalises it, and counting it would make a second pass vote otherwise.
    present_any = words.intersection(seen)
    # "Antarctic Ice Sheet" says nothing of "ice" alone, but "Rural Fire
    # Service" in a line of prose says that "fire" is capitalised between
    # "Rural" and "Service", and "rural" before "Fire".
    prose = _ProseLines(text)
    in_prose: list[regex.Match[str]] = []
    for match in run_matches:
        lower = match.group().lower()
        if lower in present_any and prose.covers(match.start()):
            mid_caps[lower] += 1
            in_prose.append(match)
    present = present_any.intersection(mid_caps.keys() | capital.keys())
    lower_matches = _occurrences(text, list(present))
    lower_count: Counter[str] = Counter()
    sandwiched: set[str] = set()  # "space" in "the Kennedy space Centre"
    for m in lower_matches:
        if _sentence_initial(text, m.start(), lexicon):
            continue
        lower = m.group()
        lower_count[lower] += 1
        end = m.end()
        if (
            text[end : end + 1] == " "
            and text[end + 1 : end + 2].isupper()
            and lower not in sandwiched
        ):
            before = _word_before(text, m.start())
            if before is not None and _is_capitalised(before[0]):
                sandwiched.add(lower)
    for match in in_prose:
        lower = match.group().lower()
        if lower_count[lower] <= _FEW:  # "ice" in "Antarctic ice" ... "the ice"
            run_neighbours.setdefault(lower, set()).update(
                _run_keys(text, match.start(), match.end())
            )
    everywhere: dict[str, str] = {}
    in_names: dict[str, str] = {}
    after_prepositions: dict[str, str] = {}
    same_modifier: list[str] = []
    slips: set[str] = set()
    for word in sorted((mid_caps.keys() | capital.keys()) & lower_count.keys()):
        caps, lows = capital[word], lower_count[word]
        plain = ordinary(word)
        # An ordinary word capitalised only inside longer names ("Solar
        # System", "Emancipation Proclamation") may well be right in lower
        # case on its own: it needs a capital standing alone as well.
        if caps >= 2 and caps >= 2 * lows and (alone[word] or not plain):
            everywhere[word] = forms[word]
        elif lows == 1 and not plain:
            # "Seles" ... "seles": one slip in a name that is no English word
            everywhere[word] = seen[word]
            slips.add(word)
        elif lows == 1 and caps:
            same_modifier.append(word)
        if plain:
            # Nor does a name around an ordinary word ("Students for Fair
            # Admissions") make it a name in another ("In fair Verona").
            caps = alone[word]
        if word in everywhere or not caps:
            continue
        if caps >= lows and bare[word]:
            after_prepositions[word] = forms[word]
        elif caps >= lows:
            in_names[word] = forms[word]
    loose = {w for w in present_any if w not in everywhere and not beside.get(w)}
    # The places of the loose words of ``present`` are known already (the
    # matches of a word do not depend on the other words looked for); only
    # the others are looked for. A word titled once is not checked again.
    titled: set[str] = set()
    for m in chain(
        (m for m in lower_matches if m.group() in loose),
        _occurrences(text, [w for w in loose if w not in present]),
    ):
        if m.group() not in titled and _after_title(text, m.start()):
            titled.add(m.group())
    named = {
        w: f
        for w, f in seen.items()
        if w in present_any and w not in everywhere and (w in titled or beside.get(w))
    }
    neighbours = {w: frozenset(beside[w]) for w in named if beside.get(w)}
    return Vote(
        {w: f for w, f in everywhere.items() if w not in slips},
        in_names,
        after_prepositions,
        named,
        neighbours,
        in_runs={
            w: seen[w]
            for w in present_any.intersection(run_neighbours).union(sandwiched)
            if w not in everywhere
        },
        run_neighbours={
            w: frozenset(n)
            for w, n in run_neighbours.items()
            if w in present_any and w not in everywhere
        },
        modifiers={
            w: (forms[w], frozenset(modifiers[w]))
            for w in same_modifier
            if w in modifiers and w not in everywhere
        },
        surnames={
            w: forms[w] for w in surnames if w in present_any and w not in everywhere
        },
        names={w: everywhere[w] for w in slips},
    )
