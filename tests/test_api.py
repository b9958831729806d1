"""Public API: exports, version, node model, errors at the boundary."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
import tomllib

import newsparse


class TestPackaging:
    def test_version_matches_pyproject(self):
        """__version__ is read from the installed metadata declared in pyproject."""
        pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
        declared = tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"]
        assert newsparse.__version__ == declared

    def test_all_is_sorted_and_importable(self):
        """__all__ is sorted and every name exists."""
        assert list(newsparse.__all__) == sorted(newsparse.__all__)
        for name in newsparse.__all__:
            assert hasattr(newsparse, name)

    def test_py_typed_is_shipped(self):
        """The package ships py.typed."""
        assert (Path(newsparse.__file__).parent / "py.typed").exists()


class TestNodes:
    def test_nodes_are_frozen_and_slotted(self):
        """Nodes cannot be changed and have no __dict__."""
        doc = newsparse.parse("Lead text.\nA Heading Here\nBody.")
        paragraph = doc.paragraphs()[0]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            paragraph.text = "changed"  # type: ignore[misc]
        assert not hasattr(paragraph, "__dict__")

    def test_invalid_span_is_rejected(self):
        """Span checks 0 <= start <= end."""
        with pytest.raises(ValueError, match="invalid span"):
            newsparse.Span(5, 2)

    def test_accessors_follow_reading_order(self):
        """blocks(), headings(), lists(), tables() follow reading order."""
        text = "Lead.\nFirst Part Here\n- a\n  - b\nX | Y\n---|---\n1 | 2\nLast Part Here\nEnd."
        doc = newsparse.parse(text)
        assert [b.type for b in doc.blocks()] == [
            "paragraph",
            "heading",
            "list",
            "list",
            "table",
            "heading",
            "paragraph",
        ]
        assert [h.text for h in doc.headings()] == ["First Part Here", "Last Part Here"]
        assert len(doc.lists()) == 2
        assert len(doc.tables()) == 1

    def test_deep_nesting_is_capped_and_keeps_every_item(self):
        """A list indented 3,000 levels deep nests to the depth limit and loses nothing."""
        text = "\n".join(" " * i + f"- item {i}" for i in range(3000))
        doc = newsparse.parse(text)
        lists = doc.lists()
        assert len(lists) == newsparse.ParseOptions().max_list_depth
        assert sum(len(lst.items) for lst in lists) == 3000
        assert newsparse.Document.from_dict(doc.to_dict()) == doc
        assert doc.to_markdown().lower().count("- item") == 3000


class TestBoundary:
    @pytest.mark.parametrize("func", [newsparse.parse, newsparse.normalize])
    def test_bytes_is_a_type_error_that_says_what_to_do(self, func):
        """Passing bytes raises TypeError pointing at decode()."""
        with pytest.raises(TypeError, match=r"not bytes; decode it first"):
            func(b"text")

    def test_none_is_a_type_error(self):
        """Passing None names the type."""
        with pytest.raises(TypeError, match="not NoneType"):
            newsparse.parse(None)  # type: ignore[arg-type]

    def test_empty_text(self):
        """The empty string is an empty document."""
        assert newsparse.parse("").children == ()
