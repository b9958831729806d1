"""The ordinary-word test behind the document vote's one-slip rule."""

from __future__ import annotations

import pytest

from newsparse.normalizer.lexicon import builtin_lexicon


@pytest.mark.parametrize(
    "word",
    [
        "test",  # on the list
        "opposition",  # a derived noun
        "swans",  # a plural
        "tackling",  # -ing, final e dropped
        "stopped",  # a doubled consonant
        "standings",  # two endings
        "specialists",  # a derived ending under a plural
        "overland",  # a compound of two listed words
        "government",  # on the stop list
        "glass",  # on the list, ending in -ss
        "classes",  # a plural of a word in -ss
        "sheet",  # common nouns, adjectives and verbs added to the list
        "similar",
        "wipe",
    ],
)
def test_ordinary_words(word):
    assert builtin_lexicon().is_ordinary_word(word)


@pytest.mark.parametrize(
    "word",
    [
        *("seles", "corowa", "richter", "jackson", "campbell", "woomera", "qaeda"),
        "hass",  # no plural of "has": a word in -s takes -es
    ],
)
def test_names_are_not_ordinary_words(word):
    assert not builtin_lexicon().is_ordinary_word(word)


def test_the_answer_does_not_change_once_cached():
    lexicon = builtin_lexicon()
    assert [lexicon.is_ordinary_word("farmers") for _ in range(3)] == [True] * 3


def test_hyphenated_names_are_phrases():
    """A hyphen joins the words of a lexicon name, as a space does."""
    lexicon = builtin_lexicon()
    assert ("port-au-prince", "Port-au-Prince") in lexicon.phrases["port"]
    assert "port-au-prince" not in lexicon.proper
    assert ("guinea-bissau", "Guinea-Bissau") in lexicon.later_words["bissau"]
