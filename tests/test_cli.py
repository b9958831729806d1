"""CLI: tested in-process through main(argv)."""

from __future__ import annotations

import io
import json

import pytest

from newsparse import Document
from newsparse.cli import main

ARTICLE = "Talks Resume\nthe envoys met,again.\nIssue | Russia’s Stance\n---|---\nGas | Firm\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


class TestParse:
    def test_json_default(self, article, capsys):
        """parse FILE prints a newsparse/1 tree that round-trips."""
        assert main(["parse", str(article)]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["schema"] == "newsparse/1"
        assert Document.from_dict(data).sections()[0].title == "Talks Resume"

    def test_markdown_and_text(self, article, capsys):
        """--format markdown and text render the tree."""
        assert main(["parse", str(article), "--format", "markdown"]) == 0
        assert capsys.readouterr().out.startswith(
            "# Talks Resume\n\nThe envoys met, again."
        )
        assert main(["parse", str(article), "--format", "text"]) == 0
        assert "Gas | Firm" in capsys.readouterr().out

    def test_stdin(self, monkeypatch, capsys):
        """- reads standard input."""
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
        assert main(["parse", "-", "--no-normalize"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["children"][0]["children"][0]["text"] == "the envoys met,again."

    def test_example(self, capsys):
        """--example parses the bundled article."""
        assert main(["parse", "--example", "--format", "markdown"]) == 0
        out = capsys.readouterr().out
        assert out.count("## ") >= 3
        assert "|---|" in out

    def test_output_file(self, article, tmp_path, capsys):
        """-o writes to a file instead of stdout."""
        target = tmp_path / "out.json"
        assert main(["parse", str(article), "-o", str(target)]) == 0
        assert capsys.readouterr().out == ""
        assert json.loads(target.read_text("utf-8"))["type"] == "document"


class TestOtherCommands:
    def test_normalize(self, article, capsys):
        """normalize prints the repaired text."""
        assert main(["normalize", str(article)]) == 0
        assert capsys.readouterr().out == ARTICLE.replace(
            "the envoys met,again", "The envoys met, again"
        )

    def test_normalize_explain(self, article, capsys):
        """--explain lists every edit with its rule."""
        assert main(["normalize", str(article), "--explain"]) == 0
        out = capsys.readouterr().out
        assert "punctuation_spacing" in out
        assert "sentence_case" in out
        assert out.rstrip().endswith("2 edits")

    def test_stances_csv_and_json(self, article, capsys):
        """stances prints CSV by default and JSON on request."""
        assert main(["stances", str(article)]) == 0
        assert capsys.readouterr().out.splitlines() == [
            "actor,issue,stance,column,row",
            "Russia,Gas,Firm,Russia’s Stance,0",
        ]
        assert main(["stances", str(article), "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out)[0]["actor"] == "Russia"


class TestErrors:
    def test_missing_file(self, tmp_path, capsys):
        """A missing file is one line on stderr and exit code 1."""
        assert main(["parse", str(tmp_path / "nope.txt")]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert "no such file" in err

    def test_directory(self, tmp_path, capsys):
        """A directory is refused with exit code 1."""
        assert main(["parse", str(tmp_path)]) == 1
        assert "is a directory" in capsys.readouterr().err

    def test_invalid_encoding(self, tmp_path, capsys):
        """Undecodable bytes report the byte offset."""
        path = tmp_path / "bad.txt"
        path.write_bytes(b"ok\xff\xfe")
        assert main(["parse", str(path)]) == 1
        assert "byte 2" in capsys.readouterr().err

    def test_no_input(self, capsys):
        """No FILE and no --example is an input error."""
        assert main(["parse"]) == 1
        assert "no input" in capsys.readouterr().err

    def test_bad_usage(self, capsys):
        """An unknown option exits 2 with argparse's message."""
        assert main(["parse", "--bogus"]) == 2
        assert "unrecognized arguments" in capsys.readouterr().err

    def test_help(self, capsys):
        """--help exits 0 and shows examples."""
        assert main(["--help"]) == 0
        assert "examples:" in capsys.readouterr().out
