"""Serialise: newsparse/1 dicts, JSON, Markdown and plain text."""

from __future__ import annotations

import json

import pytest

import newsparse

ARTICLE = (
    "Trade Talks Stall\n"
    "the envoys met in geneva,Switzerland on Monday.\n"
    "Key Points\n"
    "- Tariffs: Both sides want cuts.\n"
    "  - Steel: First on the list.\n"
    "- Quotas: Still open.\n"
    "Issue | EU Position | US Position\n"
    "---|---|---\n"
    "Steel | Cut | Keep\n"
    "Cars | Keep \\| cut | Cut\n"
)


class TestDict:
    def test_round_trip(self):
        """from_dict(to_dict(doc)) == doc, also through JSON text."""
        doc = newsparse.parse(ARTICLE)
        assert newsparse.Document.from_dict(doc.to_dict()) == doc
        assert newsparse.Document.from_dict(json.loads(doc.to_json())) == doc

    def test_schema_header(self):
        """The dict names its type and schema."""
        data = newsparse.parse(ARTICLE).to_dict()
        assert data["type"] == "document"
        assert data["schema"] == "newsparse/1"

    @pytest.mark.parametrize(
        ("mutate", "message"),
        [
            (lambda d: d.update(schema="newsparse/9"), "schema"),
            (lambda d: d["children"].append({"type": "video"}), "unknown block type"),
            (lambda d: d["children"][0].update(span=[5, 1]), "span"),
            (lambda d: d["children"][0]["heading"].update(level=9), "level"),
            (lambda d: d["children"][0].pop("children"), "missing key 'children'"),
        ],
    )
    def test_invalid_dicts_raise_schema_error(self, mutate, message):
        """A bad tree raises SchemaError naming what is wrong."""
        data = newsparse.parse(ARTICLE).to_dict()
        mutate(data)
        with pytest.raises(newsparse.SchemaError, match=message):
            newsparse.Document.from_dict(data)

    def test_schema_error_names_the_path(self):
        """The message names the path of the bad value."""
        data = newsparse.parse(ARTICLE).to_dict()
        data["children"][0]["children"][1]["children"][0]["items"][0]["text"] = 7
        path = r"children\[0\]\.children\[1\]\.children\[0\]\.items\[0\]\.text"
        with pytest.raises(newsparse.SchemaError, match=path):
            newsparse.Document.from_dict(data)


class TestRendering:
    def test_markdown(self):
        """Markdown output has ATX headings, nested lists and an escaped pipe."""
        md = newsparse.parse(ARTICLE).to_markdown()
        assert md.startswith(
            "# Trade Talks Stall\n\nThe envoys met in Geneva, Switzerland"
        )
        assert "## Key Points\n\n- Tariffs: Both sides want cuts.\n    - Steel:" in md
        assert "| Cars | Keep \\| cut | Cut |" in md
        assert "|---|---|---|" in md

    def test_markdown_parses_back_to_the_same_texts(self):
        """Parsing the rendered Markdown gives the same block texts."""
        doc = newsparse.parse(ARTICLE)
        again = newsparse.parse(doc.to_markdown())
        assert [getattr(b, "text", None) for b in again.blocks()] == [
            getattr(b, "text", None) for b in doc.blocks()
        ]
        assert again.tables()[0].rows == doc.tables()[0].rows

    def test_plain_text(self):
        """Plain text has no markup but keeps every text."""
        text = newsparse.parse(ARTICLE).to_text()
        assert "#" not in text
        assert "Trade Talks Stall\n\nThe envoys" in text
        assert "Cars | Keep | cut | Cut" in text


class TestPickle:
    def test_documents_and_records_pickle(self):
        """Documents, stances and records survive pickling (for process pools)."""
        import pickle

        doc = newsparse.parse(ARTICLE)
        assert pickle.loads(pickle.dumps(doc)) == doc
        stances = newsparse.extract_stances(doc)
        assert pickle.loads(pickle.dumps(stances)) == stances
        records = newsparse.extract_records(doc)
        assert pickle.loads(pickle.dumps(records)) == records


class TestTableJsonl:
    def test_one_object_per_row(self):
        """to_jsonl writes one header-keyed object per row."""
        (table,) = newsparse.parse("A | B\n---|---\n1 | x\n2 | y").tables()
        lines = table.to_jsonl().splitlines()
        assert [json.loads(line) for line in lines] == [
            {"A": "1", "B": "x"},
            {"A": "2", "B": "y"},
        ]
