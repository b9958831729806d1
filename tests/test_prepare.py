"""Prepare stage: BOM, line endings, offset map, decoding."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.prepare import prepare


class TestPrepare:
    @pytest.mark.parametrize(
        "text",
        [
            "a\r\nb",
            "\ufeffa\nb",
            "a\rb\r\n\r\nc",
            "x\u2028y\u2029z",
            "\ufeff\r\n\r\n",
            "",
        ],
    )
    def test_every_prepared_offset_maps_to_the_same_character(self, text):
        """Each prepared character maps back to itself, or a break to a break."""
        prepared = prepare(text)
        assert "\r" not in prepared.text
        for offset, char in enumerate(prepared.text):
            original = text[prepared.offsets.to_original(offset)]
            assert original == char or (char == "\n" and original in "\r\u2028\u2029")
        assert prepared.offsets.to_original(len(prepared.text)) == len(text)

    def test_crlf_line_end_maps_to_the_carriage_return(self):
        """A line's end offset points at its \\r, so spans exclude the break."""
        text = "Heading Line Here\r\nBody text follows.\r\n"
        doc = newsparse.parse(text, normalize=False)
        section = doc.sections()[0]
        assert section.heading.span.slice(text) == "Heading Line Here"
        assert section.children[0].span.slice(text) == "Body text follows."


class TestDecode:
    def test_utf8_bom_is_dropped(self):
        """A UTF-8 BOM selects UTF-8 and is not part of the text."""
        assert newsparse.decode(b"\xef\xbb\xbfhi") == "hi"

    def test_utf16_bom_selects_utf16(self):
        """A UTF-16 BOM selects UTF-16."""
        assert newsparse.decode("hé".encode("utf-16")) == "hé"

    def test_invalid_utf8_reports_byte_offset(self):
        """The error names the byte offset of the first bad byte."""
        with pytest.raises(newsparse.DecodeError) as info:
            newsparse.decode(b"abc\xffdef")
        assert info.value.position == 3
        assert "byte 3" in str(info.value)

    def test_declared_fallback_encoding(self):
        """Without a BOM, the declared encoding is used."""
        assert newsparse.decode("café".encode("latin-1"), "latin-1") == "café"

    def test_errors_policy(self):
        """errors='replace' turns bad bytes into U+FFFD instead of raising."""
        assert newsparse.decode(b"a\xffb", errors="replace") == "a\ufffdb"

    def test_non_bytes_is_a_type_error(self):
        """decode() names what it was given."""
        with pytest.raises(TypeError, match="takes bytes, not str"):
            newsparse.decode("text")
