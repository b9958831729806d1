"""Normalise: the built-in vocabulary (proper nouns, abbreviations, stop words)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

import attrs

__all__ = ["Lexicon", "builtin_lexicon", "load_words"]

_PROPER_NOUN_FILES = (
    "places.txt",
    "nationalities.txt",
    "organisations.txt",
    "calendar.txt",
)


def load_words(name: str) -> tuple[str, ...]:
    """Return the entries of the data file ``name`` (comments and blanks skipped).

    Example:
        >>> "Moscow" in load_words("places.txt")
        True
    """
    text = (resources.files(__package__) / "data" / name).read_text("utf-8")
    entries = (line.strip() for line in text.splitlines())
    return tuple(e for e in entries if e and not e.startswith("#"))


# Endings of derived words, which names rarely have: "consolidation",
# "settlement", "readiness", "specialist", "fallacy", "perpetual", "famous".
_DERIVED_ENDINGS = (
    *("tion", "sion", "ment", "ness", "ship", "ism", "ity", "ist", "ists"),
    *("ology", "ologist", "graphy", "scope", "phony", "ous", "ical", "ional"),
    *("ual", "acy", "ency", "ancy", "ance", "ence", "ive", "able", "ible"),
    *("ful", "less", "ward", "wards", "like", "wise", "ient", "tary", "nary"),
    *("rary",),
)
_INFLECTIONS = (
    # (ending, replacements): "ranked" → "rank", "rake"; "cities" → "city"
    ("ies", ("y",)),
    ("ied", ("y",)),
    ("ily", ("y",)),
    ("ers", ("", "e")),
    ("ing", ("", "e")),
    ("est", ("", "e")),
    ("es", ("", "e")),
    ("ed", ("", "e")),
    ("er", ("", "e")),
    ("ly", ("", "le")),
    ("s", ("",)),
)


_CACHE_SIZE = 50_000  # words whose answer is kept


def _stems(word: str) -> list[str]:
    """The words ``word`` may be an inflected form of (a rough guess)."""
    stems: list[str] = []
    for ending, replacements in _INFLECTIONS:
        if len(word) >= len(ending) + 2 and word.endswith(ending):
            base = word[: -len(ending)]
            if ending == "s" and base.endswith("s"):
                continue  # a plural of a word in -s ends in -es: "hass" ≠ "has"
            stems += [base + r for r in replacements]
            if len(base) > 3 and base[-1] == base[-2]:
                stems.append(base[:-1])  # "stopped" → "stop"
    return stems


_WORD_BREAK = re.compile("[ -]")  # between the words of a phrase


def _abbreviation_key(word: str) -> str:
    return word.strip().rstrip(".")


@attrs.frozen
class Lexicon:
    """Proper nouns keyed by their lower-case form, plus abbreviations and stop words.

    Build one with :func:`builtin_lexicon` and extend it with :meth:`extended`.
    """

    proper: dict[str, str]
    """Lower-case form → canonical form of one word (``"moscow"`` → ``"Moscow"``)."""
    phrases: dict[str, tuple[tuple[str, str], ...]]
    """First lower-case word → ``(lower-case phrase, canonical phrase)`` pairs."""
    abbreviations: frozenset[str]
    """Abbreviations without their final period (``"Mr"``, ``"U.S"``, ``"etc"``)."""
    stopwords: frozenset[str]
    """Lower-case words a document-level vote must never capitalise."""
    ordinary: frozenset[str] = frozenset()
    """Lower-case ordinary English words (``"test"``, ``"farmer"``): a single
    capital does not make them names; see :meth:`is_ordinary_word`."""
    keys: frozenset[str] = attrs.field(init=False)
    """The words of :attr:`proper` and the first words of :attr:`phrases`, as a
    set, so a text's words can be intersected with them at C speed."""
    later_words: dict[str, tuple[tuple[str, str], ...]] = attrs.field(init=False)
    _ordinary_seen: dict[str, bool] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )
    """Each later lower-case word of a phrase → the phrases it is in, to find
    phrases whose first word is right and a later one is not (``Saudi
    arabia``)."""

    def __attrs_post_init__(self) -> None:
        """Collect :attr:`keys` and :attr:`later_words`."""
        object.__setattr__(
            self, "keys", frozenset(self.proper) | frozenset(self.phrases)
        )
        later: dict[str, list[tuple[str, str]]] = {}
        for pairs in self.phrases.values():
            for lower, canonical in pairs:
                for word in _WORD_BREAK.split(lower)[1:]:
                    # "of" would match too much, and "au" of "Port-au-Prince"
                    # (or "es" of "Dar es Salaam") adds nothing to "prince".
                    if len(word) > 2 and word not in self.stopwords:
                        later.setdefault(word, []).append((lower, canonical))
        object.__setattr__(self, "later_words", {w: tuple(p) for w, p in later.items()})

    def is_abbreviation(self, word: str) -> bool:
        """Return whether ``word`` (without its final period) is an abbreviation.

        Capitalised entries match exactly, so ``No.`` is one but ``no.`` is
        not; lower-case entries also match capitalised (``Etc.``).

        Example:
            >>> lex = builtin_lexicon()
            >>> [lex.is_abbreviation(w) for w in ("No", "no", "Etc")]
            [True, False, True]
        """
        return word in self.abbreviations or word.lower() in self.abbreviations

    def is_ordinary_word(self, word: str) -> bool:
        """Return whether the lower-case ``word`` is an ordinary English word.

        It is when it is on the stop list or in :attr:`ordinary`, or is an
        inflected form of such a word (``swans``, ``ranked``, ``tackling``,
        ``builders``, ``quickly``), or ends like a derived noun (``-tion``,
        ``-ment``, ``-ness``...). Names are not (``seles``, ``corowa``).

        Example:
            >>> lex = builtin_lexicon()
            >>> [lex.is_ordinary_word(w) for w in ("swans", "ranked", "seles")]
            [True, True, False]
        """
        known = self._ordinary_seen.get(word)
        if known is None:
            if len(self._ordinary_seen) > _CACHE_SIZE:
                self._ordinary_seen.clear()
            known = self._ordinary_seen[word] = self._is_ordinary(word)
        return known

    def _is_ordinary(self, word: str) -> bool:
        if self._plain(word):
            return True
        if len(word) >= 6 and (
            word.endswith(_DERIVED_ENDINGS)
            or any(s.endswith(_DERIVED_ENDINGS) for s in _stems(word))
        ):
            return True  # "contributions", "specialists"
        # A compound ending in an ordinary word: "overland", "headcount";
        # not "Jackson" nor "Campbell" (short parts, or name words).
        return any(
            self._plain(word[:cut]) and self._plain(word[cut:], stop=False)
            for cut in range(4, len(word) - 3)
        )

    def _plain(self, word: str, *, stop: bool = True) -> bool:
        """Whether ``word`` or an inflected form of it is on a list.

        The lists are :attr:`ordinary`, and the stop list too if ``stop``.
        """
        lists = (self.ordinary, self.stopwords) if stop else (self.ordinary,)
        stems = _stems(word)
        if word.endswith("s"):  # "standings" → "standing" → "stand"
            stems += [s for stem in stems for s in _stems(stem)]
        return any(w in known for known in lists for w in (word, *stems))

    def extended(
        self, proper_nouns: Iterable[str] = (), abbreviations: Iterable[str] = ()
    ) -> Lexicon:
        """Return a copy with more proper nouns and abbreviations."""
        proper = dict(self.proper)
        phrases = {k: list(v) for k, v in self.phrases.items()}
        _add_names(proper, phrases, proper_nouns)
        return Lexicon(
            proper,
            {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in phrases.items()},
            self.abbreviations | {_abbreviation_key(a) for a in abbreviations},
            self.stopwords,
            self.ordinary,
        )


def _add_names(
    proper: dict[str, str],
    phrases: dict[str, list[tuple[str, str]]],
    names: Iterable[str],
) -> None:
    for name in names:
        canonical = " ".join(name.split())
        lower = canonical.lower()
        if not canonical or lower == canonical or len(lower) != len(canonical):
            # No capital letter: it cannot repair anything. Different lengths
            # ("İzmir".lower() adds a combining dot): a repair would change more
            # than case.
            continue
        if " " in canonical or "-" in canonical:
            # A hyphen joins words too: "Port-au-Prince" is found from "port".
            first = _WORD_BREAK.split(lower, 1)[0]
            phrases.setdefault(first, []).append((lower, canonical))
        else:
            proper[lower] = canonical


@cache
def builtin_lexicon() -> Lexicon:
    """Return the lexicon built from the package's ``data/*.txt`` files (cached)."""
    proper: dict[str, str] = {}
    phrases: dict[str, list[tuple[str, str]]] = {}
    for name in _PROPER_NOUN_FILES:
        _add_names(proper, phrases, load_words(name))
    return Lexicon(
        proper,
        {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in phrases.items()},
        frozenset(_abbreviation_key(a) for a in load_words("abbreviations.txt")),
        frozenset(w.casefold() for w in load_words("common_words.txt")),
        frozenset(w.casefold() for w in load_words("ordinary_words.txt")),
    )
