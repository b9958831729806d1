"""Normalise: the document vote on proper nouns, and the rule that applies it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
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
from .context import (
    SEP,
    Change,
    Context,
    Protected,
    Vote,
    joined_pieces,
    recased,
    words_of,
)
from .lexicon import Lexicon
from .names import (
    _DETERMINER_BEFORE,
    _FEW,
    _HONORIFICS,
    _NAME_PARTICLES,
    _NOT_NEIGHBOURS,
    _after_first_name,
    _after_ordinal,
    _after_preposition,
    _after_title,
    _as_in_run,
    _between_names,
    _in_name,
    _in_title_run,
    _is_capitalised,
    _neighbours,
    _not_after_article,
    _quoted_title_words,
    _right_neighbour,
    _run_keys,
    _word_before,
)

__all__ = ["fix_document_vote", "vote", "vote_pieces"]


def fix_document_vote(text: str, ctx: Context) -> list[Change]:
    """Capitalise a word the same document writes capitalised mid-sentence.

    The vote itself is computed per document by :func:`vote`; each tier of it
    repairs words in its own places. Repairs repeat until none is left, since
    one repaired name word can put the next one in a name (``abu nidal``).
    """
    lexicon = ctx.lexicon

    neighbours = ctx.vote.neighbours
    right_only = ctx.vote.right_only

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
        if word.group() in right_only:
            return _right_neighbour(text, word.end()) in near
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
        (table, where if strong else _outside_label(where))
        for table, where, strong in (
            (ctx.vote.everywhere, None, True),
            (ctx.vote.names, _not_after_article, True),
            (ctx.vote.in_names, in_name, False),
            (ctx.vote.after_prepositions, named, False),
            (ctx.vote.named, titled_or_same_name, False),
            (ctx.vote.in_runs, as_in_run, False),
            (ctx.vote.surnames, after_first_name, False),
            (
                {w: form for w, (form, _) in modifiers.items()},
                after_same_word,
                False,
            ),
            (ctx.vote.numbered, _after_ordinal, False),
        )
        if table
    ]
    quoted = ctx.vote.quoted

    def in_quoted_titles(text: str) -> list[Change]:
        protected: Protected | None = None
        found: list[Change] = []
        for start, end in _quoted_title_words(text):
            form = quoted.get(text[start:end])
            if form is None:
                continue
            if protected is None:
                protected = Protected.find(text)
            if not protected.covers(start):
                found.append((start, end, form))
        return found

    changes: list[Change] = []
    current = text
    words = ctx.words_in(text)  # recasing keeps it a superset
    while tiers or quoted:
        more = [
            c
            for table, where in tiers
            for c in _replace_words(current, words, table, {}, where)
            if current[c[0] - 1 : c[0]] not in _GLUED
        ]
        if quoted:
            more += in_quoted_titles(current)
        if not more:
            break
        more = sorted(set(more))
        changes.extend(more)
        previous, current = current, _recase(current, more)
        if all(end - start == len(new) for start, end, new in more):
            recased(previous, current)
    return sorted(changes)


_Where = Callable[[str, int], bool]


def _outside_label(where: _Where | None) -> _Where:
    """``where``, but never in the ``Term:`` label opening a block.

    A label is the heading of its item, cased as the writer styles
    headings (``Active travel: walking, wheeling …`` under ``Active Travel
    Strategy``): only a word the document always capitalises (the first
    tiers) is repaired there.
    """

    def outside(text: str, start: int) -> bool:
        block = text.rfind(SEP, 0, start) + 1
        term = split_term(text[block : block + _TERM_WINDOW])
        if term is not None and start < block + len(term):
            return False
        return where is None or where(text, start)

    return outside


# A word glued to a sentence's end ("wins!yyy") is left as it is: capitalised,
# it would make the punctuation rule, which has run, insert a space on the
# next run, and normalising would not be idempotent.
_GLUED = frozenset(".!?")
_PIECE = 1 << 14  # characters of running text the vote reads at a time
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
    written in lower case, is capitalised everywhere (an ordinary word only
    if written in lower case at most twice, and twice only against five
    capitals or more). A word capitalised at
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
    modifiers (``the first Test``; a lone capital after any modifier lends
    the ordinals, ``the cricket Test`` … ``the third test``) and a surname
    its first names.

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
    pieces = list(joined_pieces(texts, _PIECE))
    return vote_pieces(lambda: pieces, lexicon, words)


def vote_pieces(
    pieces: Callable[[], Iterable[str]],
    lexicon: Lexicon,
    words: frozenset[str] | None = None,
) -> Vote:
    """:func:`vote` over running texts given a piece at a time.

    ``pieces()`` yields the running texts joined with :data:`SEP` a few at a
    time, the same each time it is called; the vote reads them three times
    (once more for their words when ``words`` is not given) and keeps none,
    so a large document is never held twice.
    """
    if words is None:
        words = words_of(pieces())
    tally = _Tally(lexicon, words)
    runs = [tally.read_capitals(text) for text in pieces()]
    if not tally.seen:
        return Vote({}, {})
    tally.present_any = words.intersection(tally.seen)
    tally.searched = tally.present_any.intersection(
        tally.capital.keys() | {lower for found in runs for _, _, lower in found}
    )
    lower_case = [
        tally.read_lower_case(text, found, whole=len(runs) == 1)
        for text, found in zip(pieces(), runs, strict=True)
    ]
    del runs
    tally.decide()
    for text, (in_prose, places, held) in zip(pieces(), lower_case, strict=True):
        tally.read_places(text, in_prose, places, held)
    return tally.result()


def _after_code(text: str, start: int) -> bool:
    """Whether a code stands right before ``start``: ``LNG``, ``G2``, ``T1``.

    A token of capitals and digits, two capitals or a capital and a digit
    (not a number alone), then one space: a word after it is the head of a brand or team
    name (``G2 Esports``, ``LNG Esports``), not a name on its own.
    """
    if start < 3 or text[start - 1] != " ":
        return False
    begin = start - 1
    while begin > 0 and (text[begin - 1].isupper() or text[begin - 1].isdigit()):
        begin -= 1
    token = text[begin : start - 1]
    if len(token) < 2 or (begin > 0 and not text[begin - 1].isspace()):
        return False
    capitals = sum(c.isupper() for c in token)  # none in a year: "1999 Interlaken"
    return capitals >= 2 or (capitals == 1 and any(c.isdigit() for c in token))


_NUMBER_AFTER = regex.compile(r"[ \t]+\d")  # "Line 2", "Article 5"
# A name's possessive inside a longer name: "St Audrey's Hospice", "Queen
# Mary's Hospital". The capital after it heads the name of a place or a body:
# an ordinary noun ("a hospice charity"), not a surname.
_NAMED_POSSESSIVE = regex.compile(r"\p{Lu}[\p{L}.]*[ \t]+\p{Lu}[\p{L}-]*['’]s[ \t]+$")
# A capitalised word and a joining word before a capital: "Court of Appeal",
# "Department for Transport", "Shrine of the Cloak". The capital ends a
# longer name.
_OF_A_NAME = regex.compile(
    r"\p{Lu}[\p{L}\p{M}’'.-]*[ \t]+(?:of|for|and|on|at)[ \t]+(?:the[ \t]+)?$"
)
# "of" and a capital after a capital: "Liberation of Angola", "Count of
# Foix". The capital opens a longer name.
_OF_AFTER = regex.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}")

_Place = tuple[int, int, str]  # where a word stands, and the word (lower case)


class _Tally:
    """The counts of a document vote, read a piece of the document at a time.

    :func:`vote_pieces` reads every piece three times: for the capitalised
    words (:meth:`read_capitals`), for the lower-case places of the words
    written capitalised (:meth:`read_lower_case`), and, once the counts have
    decided (:meth:`decide`), for the places that lend a word weaker
    evidence (:meth:`read_places`). Between the readings it keeps places
    (offsets), not texts.
    """

    def __init__(self, lexicon: Lexicon, words: frozenset[str]) -> None:
        self.lexicon = lexicon
        self.words = words
        self.capital: Counter[str] = Counter()
        self.bare: Counter[str] = Counter()
        self.alone: Counter[str] = Counter()  # capitals with no capitalised neighbour
        self.after_codes: Counter[str] = Counter()  # capitals after "G2", "LNG"
        self.forms: dict[str, str] = {}
        self.seen: dict[str, str] = {}  # every capitalised form, wherever it stands
        self.beside: dict[str, set[str]] = {}
        self.beside_after: dict[str, set[str]] = {}  # the neighbours after only
        # "fire" → {("Rural", "Service")} in "Rural Fire Service"
        self.run_neighbours: dict[str, set[tuple[str, str]]] = {}
        self.mid_caps: Counter[str] = Counter()  # capitals in title runs in prose
        self.surnames: set[str] = set()  # "farmer" for "Mr Farmer"
        self.modifiers: dict[str, set[str]] = {}  # "test" → {"first"} for "first Test"
        # Set after the capitals are read: the words written capitalised
        # somewhere that may stand in lower case, and of those, the ones
        # capitalised in a count or a title run, whose lower-case places
        # are counted (every word the counts decide on is one).
        self.present_any: frozenset[str] = frozenset()
        self.searched: frozenset[str] = frozenset()
        self.lower_count: Counter[str] = Counter()
        self.sandwiched: set[str] = set()  # "space" in "the Kennedy space Centre"
        self.everywhere: dict[str, str] = {}
        self.in_names: dict[str, str] = {}
        self.after_prepositions: dict[str, str] = {}
        self.same_modifier: list[str] = []
        self.numbered: set[str] = set()  # "test" for "the last Test"
        self.slips: set[str] = set()
        self.possessed: set[str] = set()  # capitalised after a name's possessive
        # The capitalised words after a word's capitals, in lower case, and
        # the lower-case words after its lower-case places: "board" after
        # "Supervisory Board" and after "its supervisory board".
        self.cap_next: dict[str, set[str]] = {}
        self.lower_next: dict[str, set[str]] = {}
        self.apart: set[str] = set()  # lower-case with no capitalised neighbour
        self.named_before: set[str] = set()  # lower-case after a capitalised word
        self.loose: set[str] = set()
        self.titled: set[str] = set()
        self.right_only: set[str] = set()

    def read_capitals(self, text: str) -> list[_Place]:
        """Count the capitalised words of a piece; return those in title runs."""
        lexicon = self.lexicon
        terms = _TermLabels(text)
        runs: list[_Place] = []
        for match in _title_words(text, self.words, lexicon):
            word = match.group()
            lower = word.lower()
            if terms.covers(match.start()):
                continue
            self.seen.setdefault(lower, word)
            if _sentence_initial(text, match.start(), lexicon):
                continue  # no evidence for its neighbours either: "Drug squad"
            if _NAMED_POSSESSIVE.search(
                text, max(0, match.start() - 60), match.start()
            ):
                self.possessed.add(lower)  # "St Audrey's Hospice"
            if _in_title_run(text, match, lexicon):
                runs.append((match.start(), match.end(), lower))  # see below
                if not lexicon.is_ordinary_word(lower):  # may be a slip's name
                    after = _right_neighbour(text, match.end())
                    if after[:1].isupper():
                        self.cap_next.setdefault(lower, set()).add(after.lower())
                continue
            before = _word_before(text, match.start(), hyphen=True)
            if before is not None:
                if before[0].islower() and before[0] not in _NOT_NEIGHBOURS:
                    # "first Test"
                    self.modifiers.setdefault(lower, set()).add(before[0])
                elif before[0].lower() in _HONORIFICS:
                    self.surnames.add(lower)  # "Mr Farmer"; not "General Land Office"
            near = [
                n
                for n in _neighbours(text, match.start(), match.end(), before)
                if n[0].isupper() or n in _NAME_PARTICLES
            ]
            self.beside.setdefault(lower, set()).update(near)
            after = _right_neighbour(text, match.end())
            if after[:1].isupper():
                self.beside_after.setdefault(lower, set()).add(after)
                self.cap_next.setdefault(lower, set()).add(after.lower())
            # A capital with no capitalised neighbour stands as a name on its
            # own ("the Opposition"); one beside another is part of a longer
            # name ("the Solar System"), which says little of the word alone.
            # So does one after a code ("G2 Esports", "LNG Esports"): it is
            # the head of a brand or team name, not a name on its own; one
            # before a number ("Line 2", "Article 5") names that number; one
            # after "X of" ("Court of Appeal") ends a longer name, and one
            # before "of X" ("Count of Foix") opens one.
            code = _after_code(text, match.start())
            if (
                not code
                and not any(n[0].isupper() for n in near)
                and _NUMBER_AFTER.match(text, match.end()) is None
                and _OF_AFTER.match(text, match.end()) is None
                and not _OF_A_NAME.search(
                    text, max(0, match.start() - 40), match.start()
                )
            ):
                self.alone[lower] += 1
            self.capital[lower] += 1
            self.after_codes[lower] += code
            self.forms.setdefault(lower, word)
            if not _DETERMINER_BEFORE.search(
                text, max(0, match.start() - 12), match.start()
            ):
                self.bare[lower] += 1
        return runs

    def read_lower_case(
        self, text: str, runs: list[_Place], *, whole: bool
    ) -> tuple[list[_Place], list[_Place], frozenset[str]]:
        """Count the title-run capitals of a piece in prose, and its lower-case words.

        Returns the title-run capitals in prose, the lower-case places of
        the :attr:`searched` words, and the words of :attr:`present_any` the
        piece holds (for :meth:`read_places`; ``whole``: the piece is the
        whole document, so it holds them all).
        """
        lexicon = self.lexicon
        present_any = self.present_any
        # "Antarctic Ice Sheet" says nothing of "ice" alone, but "Rural Fire
        # Service" in a line of prose says that "fire" is capitalised between
        # "Rural" and "Service", and "rural" before "Fire".
        prose = _ProseLines(text)
        in_prose: list[_Place] = []
        for place in runs:
            if place[2] in present_any and prose.covers(place[0]):
                self.mid_caps[place[2]] += 1
                in_prose.append(place)
        held = present_any if whole else present_any.intersection(words_of([text]))
        places: list[_Place] = []
        for m in _occurrences(text, [w for w in held if w in self.searched]):
            lower = m.group()
            end = m.end()
            places.append((m.start(), end, lower))
            # A lower-case word at a sentence start is no evidence: sentence
            # case capitalises it, and counting it would make a second pass
            # vote otherwise.
            if _sentence_initial(text, m.start(), lexicon):
                continue
            self.lower_count[lower] += 1
            if self.lower_count[lower] == 1 and not lexicon.is_ordinary_word(lower):
                self._read_slip(text, m.start(), end, lower)
            if (
                text[end : end + 1] == " "
                and text[end + 1 : end + 2].isupper()
                and lower not in self.sandwiched
            ):
                before = _word_before(text, m.start())
                if before is not None and _is_capitalised(before[0]):
                    self.sandwiched.add(lower)
        return in_prose, places, held

    def _read_slip(self, text: str, start: int, end: int, lower: str) -> None:
        """Note what stands around a word's first lower-case place.

        Only a word written once in lower case, and no ordinary word, may be
        a one-word slip (see :meth:`decide`): the next word, and whether a
        determiner stands before it with no name around it.
        """
        after = _right_neighbour(text, end)
        if after.islower():
            self.lower_next.setdefault(lower, set()).add(after)
        before = _word_before(text, start)
        if before is not None and _is_capitalised(before[0]):
            self.named_before.add(lower)  # "Tenby and District hospice"
        if not after[:1].isupper() and _DETERMINER_BEFORE.search(
            text, max(0, start - 12), start
        ):
            self.apart.add(lower)  # "the hospice", no name around it

    def decide(self) -> None:
        """Sort the words into the tiers the counts decide."""
        ordinary = self.lexicon.is_ordinary_word
        capital, lower_count = self.capital, self.lower_count
        for word in sorted(
            (self.mid_caps.keys() | capital.keys()) & lower_count.keys()
        ):
            caps, lows = capital[word], lower_count[word]
            plain = ordinary(word)
            codes = self.after_codes[word]
            # Every capital after a code ("G2 Esports", "LNG Esports"): the
            # word heads brand or team names, and says nothing on its own.
            branded = codes > 0 and codes >= caps
            # An ordinary word capitalised only inside longer names ("Solar
            # System", "Emancipation Proclamation") may well be right in lower
            # case on its own: it needs a capital standing alone as well. Nor
            # is an ordinary word the document writes in lower case more
            # often than a few slips would (``the bald eagle`` ... ``the
            # Eagle``) capitalised everywhere: its capitals name something.
            # Two lower-case uses need more than twice as many capitals:
            # against just four they are the common word ("the classical
            # elements" twice, "Classical" four times), no slips.
            if (
                caps >= 2
                and caps >= 2 * lows
                and (self.alone[word] or (not plain and not branded))
                and not (plain and (lows > _FEW or (lows == _FEW and caps == 2 * lows)))
            ):
                self.everywhere[word] = self.forms[word]
            elif (
                lows == 1
                and not plain
                and not branded
                and (word not in self.possessed or self.alone[word])
                and not self.lower_next.get(word, set())
                & self.cap_next.get(word, set())
                and (self.alone[word] or word not in self.apart)
                # Capitalised only inside names, and in lower case before a
                # common word with no name before it: "upland farms" after
                # "Upland Farmers' Union" (not "District hospice cared").
                and (caps or not self.lower_next.get(word) or word in self.named_before)
            ):
                # "Seles" ... "seles": one slip in a name that is no English
                # word; not the head of a place's name only ("St Audrey's
                # Hospice" ... "a hospice charity"), nor a name written in
                # lower case as a whole ("the Supervisory Board" ... "its
                # supervisory board"), as a common noun.
                self.everywhere[word] = self.seen[word]
                self.slips.add(word)
            elif lows == 1 and caps:
                self.same_modifier.append(word)
                if self.alone[word] and word in self.modifiers:
                    # Its one capital stands on its own after a modifier ("the
                    # cricket Test"), so a numbered one is a slip ("the last
                    # test").
                    self.numbered.add(word)
            if plain:
                # Nor does a name around an ordinary word ("Students for Fair
                # Admissions") make it a name in another ("In fair Verona").
                caps = self.alone[word]
            else:
                caps -= codes  # nor a brand's ("G2 Esports") in "Legends esports"
            if word in self.everywhere or not caps:
                continue
            if caps >= lows and self.bare[word]:
                self.after_prepositions[word] = self.forms[word]
            elif caps >= lows:
                self.in_names[word] = self.forms[word]
        self.loose = {
            w
            for w in self.present_any
            if w not in self.everywhere and not self.beside.get(w)
        }
        # An ordinary word written in lower case more often than capitalised
        # is a common word there; a capitalised word before it is plain
        # English ("the Alabama legislature"), so only a capitalised word
        # after it marks a name ("the cancer Council").
        self.right_only = {
            w
            for w, lows in lower_count.items()
            if lows > capital[w] + self.mid_caps[w] and ordinary(w)
        }

    def read_places(
        self,
        text: str,
        in_prose: list[_Place],
        places: list[_Place],
        held: frozenset[str],
    ) -> None:
        """Read the title-run neighbours and the titles before loose words."""
        for start, end, lower in in_prose:
            if self.lower_count[lower] <= _FEW:  # "ice" in "Antarctic ice"… "the ice"
                self.run_neighbours.setdefault(lower, set()).update(
                    _run_keys(text, start, end)
                )
        # The places of the loose words searched are known already (the
        # matches of a word do not depend on the other words looked for);
        # only the others are looked for. A word titled once is not checked
        # again.
        loose, titled = self.loose, self.titled
        for start, lower in chain(
            ((s, w) for s, _, w in places if w in loose),
            (
                (m.start(), m.group())
                for m in _occurrences(
                    text, [w for w in held if w in loose and w not in self.searched]
                )
            ),
        ):
            if lower not in titled and _after_title(text, start):
                titled.add(lower)

    def result(self) -> Vote:
        """The vote the counts and places make."""
        everywhere, present_any = self.everywhere, self.present_any
        forms, seen, right_only = self.forms, self.seen, self.right_only
        beside = {
            w: self.beside_after.get(w, set()) if w in right_only else near
            for w, near in self.beside.items()
        }
        present = present_any.intersection(self.mid_caps.keys() | self.capital.keys())
        named = {
            w: f
            for w, f in seen.items()
            if w in present_any
            and w not in everywhere
            and (w in self.titled or beside.get(w))
        }
        return Vote(
            {w: f for w, f in everywhere.items() if w not in self.slips},
            self.in_names,
            self.after_prepositions,
            named,
            {w: frozenset(beside[w]) for w in named if beside.get(w)},
            in_runs={
                w: seen[w]
                for w in present_any.intersection(self.run_neighbours).union(
                    present.intersection(self.sandwiched)
                )
                if w not in everywhere
            },
            run_neighbours={
                w: frozenset(n)
                for w, n in self.run_neighbours.items()
                if w in present_any and w not in everywhere
            },
            modifiers={
                w: (forms[w], frozenset(self.modifiers[w]))
                for w in self.same_modifier
                if w in self.modifiers and w not in everywhere
            },
            surnames={
                w: forms[w]
                for w in self.surnames
                if w in present_any and w not in everywhere
            },
            names={w: everywhere[w] for w in self.slips},
            numbered={w: forms[w] for w in self.numbered if w not in everywhere},
            right_only=frozenset(right_only.intersection(named)),
            quoted={
                w: f
                for w, f in seen.items()
                if w in present_any and w not in everywhere
            },
        )
