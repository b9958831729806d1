"""Extract: issue–stance records and actors from table headers."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.extract import parse_actor


class TestParseActor:
    @pytest.mark.parametrize(
        ("header", "actor"),
        [
            ("Russia’s Stance", "Russia"),
            ("Russia's Stance", "Russia"),
            ("US Position", "US"),
            ("EU Position", "EU"),
            ("Position of the EU", "EU"),
            ("Stance (China)", "China"),
            ("Kyiv's View", "Kyiv"),
            ("Stance", None),
            ("Position", None),
            ("Outlook", None),
        ],
    )
    def test_actor_from_header(self, header, actor):
        """The actor is read from possessive, 'of', bracket and prefix forms."""
        assert parse_actor(header) == actor


class TestExtractStances:
    def test_multi_actor_table_gives_one_record_per_row_and_actor(self):
        """Issue | EU Position | UK Position yields two records per row."""
        text = (
            "Issue | EU Position | UK Position\n---|---|---\n"
            "Quotas | Keep them | Cut them\nCourts | Joint panel | National courts"
        )
        stances = newsparse.extract_stances(newsparse.parse(text))
        assert [(s.actor, s.issue, s.stance, s.row) for s in stances] == [
            ("EU", "Quotas", "Keep them", 0),
            ("UK", "Quotas", "Cut them", 0),
            ("EU", "Courts", "Joint panel", 1),
            ("UK", "Courts", "National courts", 1),
        ]

    def test_subject_synonyms(self):
        """Topic, Area, Question, Key point… all name the subject column."""
        for subject in ["Topic", "Area", "Question", "Key point", "Aspect", "Factor"]:
            text = f"{subject} | Stance\n---|---\nTrade | Open"
            stances = newsparse.extract_stances(newsparse.parse(text))
            assert [(s.actor, s.issue, s.stance) for s in stances] == [
                (None, "Trade", "Open")
            ]

    def test_key_description_table_is_not_a_stance_table(self):
        """Strategy | Description gives records() but no stances."""
        doc = newsparse.parse("Strategy | Description\n---|---\nWait | Do nothing")
        assert newsparse.extract_stances(doc) == ()
        assert doc.tables()[0].records() == [
            {"Strategy": "Wait", "Description": "Do nothing"}
        ]

    def test_record_links_to_its_table(self):
        """Each record carries its table's span and row index."""
        text = "Intro line here.\nIssue | Stance\n---|---\nA | B"
        doc = newsparse.parse(text)
        (stance,) = newsparse.extract_stances(doc)
        assert stance.table_span == doc.tables()[0].span
        assert stance.column == "Stance"


def test_plural_possessive_actor_keeps_its_name():
    """Players’ Union Position names the actor Players’ Union, not Players."""
    assert parse_actor("Players’ Union Position") == "Players’ Union"
    assert parse_actor("Unions’ Stance") == "Unions"


class TestRecords:
    def test_records_from_items_and_two_column_tables(self):
        """Term items and key/description rows come out as records in reading order."""
        text = (
            "- Crimea: Annexed in 2014.\n- No term here\n"
            "Strategy | Description\n---|---\nWait | Do nothing\nAct | Move now\n"
            "Issue | Stance\n---|---\nGas | Firm\n"
        )
        records = newsparse.extract_records(newsparse.parse(text))
        assert [(r.key, r.description, r.source) for r in records] == [
            ("Crimea", "Annexed in 2014.", "list"),
            ("Wait", "Do nothing", "table"),
            ("Act", "Move now", "table"),
        ]
        assert records[1].span.slice(text) == "Wait | Do nothing"

    def test_stance_row_span(self):
        """A stance record carries the span of its row."""
        text = "Issue | Stance\n---|---\nGas | Firm\nOil | Open"
        stances = newsparse.extract_stances(newsparse.parse(text))
        assert [s.row_span.slice(text) for s in stances] == ["Gas | Firm", "Oil | Open"]


class TestTableExport:
    def test_csv(self):
        """to_csv quotes cells with commas and keeps the header first."""
        (table,) = newsparse.parse("A | B\n---|---\nx, y | z").tables()
        assert table.to_csv().splitlines() == ["A,B", '"x, y",z']

    def test_to_pandas_without_pandas_says_what_to_install(self, monkeypatch):
        """Without pandas, to_pandas raises ImportError naming the extra."""
        import builtins

        real_import = builtins.__import__

        def fake_import(name, *args, **kwargs):
            if name == "pandas":
                raise ImportError("no pandas")
            return real_import(name, *args, **kwargs)

        monkeypatch.setattr(builtins, "__import__", fake_import)
        monkeypatch.delitem(__import__("sys").modules, "pandas", raising=False)
        (table,) = newsparse.parse("A | B\n---|---\n1 | 2").tables()
        with pytest.raises(ImportError, match=r"newsparse\[pandas\]"):
            table.to_pandas()


def test_to_pandas_builds_a_dataframe():
    """With pandas installed, to_pandas gives one column per header cell."""
    pytest.importorskip("pandas")
    (table,) = newsparse.parse("A | B\n---|---\n1 | x\n2 | y | extra").tables()
    frame = table.to_pandas()
    assert list(frame.columns) == ["A", "B"]
    assert frame.to_dict("records") == [{"A": "1", "B": "x"}, {"A": "2", "B": "y"}]
