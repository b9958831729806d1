"""The shipped JSON Schema of newsparse/1 accepts every tree we produce."""

from __future__ import annotations

import json

import jsonschema
import pytest

import newsparse

from .helpers import ARTICLES, SHARED, read_article

VALIDATOR = jsonschema.Draft202012Validator(newsparse.json_schema())
EXPECTED = sorted(ARTICLES.glob("*.expected.json"))


class TestSchema:
    def test_schema_is_valid(self):
        """The schema itself is a valid draft 2020-12 schema."""
        jsonschema.Draft202012Validator.check_schema(newsparse.json_schema())

    @pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.stem)
    def test_fixture_trees_validate(self, path):
        """Every reviewed fixture tree validates."""
        VALIDATOR.validate(json.loads(path.read_text("utf-8")))

    def test_seed_expected_tree_validates(self):
        """The reference article's expected tree validates."""
        seed = SHARED / "fixtures" / "seed-article.expected.json"
        if not seed.exists():
            pytest.skip("../shared is not beside the repository")
        VALIDATOR.validate(json.loads(seed.read_text("utf-8")))

    def test_raw_and_nested_trees_validate(self):
        """Trees with nested lists, raw texts and edits validate."""
        text = read_article(sorted(ARTICLES.glob("*.txt"))[0])
        VALIDATOR.validate(newsparse.parse(text, normalize=False).to_dict())
        VALIDATOR.validate(newsparse.parse("- a\n  - b\n    - c,d").to_dict())

    def test_invalid_tree_is_rejected(self):
        """A tree with a misspelt block type fails validation."""
        data = newsparse.parse("Some text here.").to_dict()
        data["children"][0]["type"] = "paragraf"
        assert not VALIDATOR.is_valid(data)
