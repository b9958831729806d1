"""CLI: tested in-process through main(argv)."""

from __future__ import annotations

import io
import json

import pytest

from newsparse import Document
from newsparse.cli import main

ARTICLE = "Talks Resume\nthe envoys met,again.\nIssue | Russia’s Stance\n---|---\nGas | Firm\n"
TWO_TABLES = (
    "Talks\nPlan | Cost\n---|---\nWait | 0\nBuild | 1,000\n"
    "Next\nIssue | EU Position\n---|---\nGas | Firm\n"
)
LISTS = "Plans\n- Gas: a new pipeline.\n- no term here\nPlan | Description\n---|---\nWait | Nothing\n"


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

    def test_stances_no_normalize(self, article, capsys):
        """stances --no-normalize keeps the cells as written."""
        path = article.parent / "lower.txt"
        path.write_text(
            "Issue | EU Position\n---|---\ngas  supply | firm\n", encoding="utf-8"
        )
        assert main(["stances", str(path), "--no-normalize"]) == 0
        assert (
            capsys.readouterr().out.splitlines()[1]
            == "EU,gas  supply,firm,EU Position,0"
        )

    def test_stances_csv_and_json(self, article, capsys):
        """stances prints CSV by default and JSON on request."""
        assert main(["stances", str(article)]) == 0
        assert capsys.readouterr().out.splitlines() == [
            "actor,issue,stance,column,row",
            "Russia,Gas,Firm,Russia’s Stance,0",
        ]
        assert main(["stances", str(article), "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out)[0]["actor"] == "Russia"


class TestTables:
    @pytest.fixture
    def tables(self, tmp_path):
        path = tmp_path / "tables.txt"
        path.write_text(TWO_TABLES, encoding="utf-8")
        return path

    def test_csv(self, tables, capsys):
        """tables prints each table as CSV after a '# table N (span S:E)' line."""
        assert main(["tables", str(tables)]) == 0
        assert capsys.readouterr().out == (
            "# table 0 (span 6:48)\n"
            "Plan,Cost\n"
            "Wait,0\n"
            'Build,"1,000"\n'
            "\n"
            "# table 1 (span 54:92)\n"
            "Issue,EU Position\n"
            "Gas,Firm\n"
        )

    def test_json(self, tables, capsys):
        """tables --format json prints index, span, header, rows and records."""
        assert main(["tables", str(tables), "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert [t["index"] for t in data] == [0, 1]
        assert data[1] == {
            "index": 1,
            "span": [54, 92],
            "header": ["Issue", "EU Position"],
            "rows": [["Gas", "Firm"]],
            "records": [{"Issue": "Gas", "EU Position": "Firm"}],
        }

    def test_no_tables(self, article, capsys, tmp_path):
        """An article without tables prints nothing, or an empty JSON list."""
        path = tmp_path / "plain.txt"
        path.write_text("Talks\nNo tables here.\n", encoding="utf-8")
        assert main(["tables", str(path)]) == 0
        assert capsys.readouterr().out == ""
        assert main(["tables", str(path), "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out) == []

    def test_stdin_and_output(self, monkeypatch, tmp_path, capsys):
        """tables reads - and writes -o PATH like the other commands."""
        monkeypatch.setattr(
            "sys.stdin", io.TextIOWrapper(io.BytesIO(TWO_TABLES.encode()))
        )
        target = tmp_path / "tables.csv"
        assert main(["tables", "-", "-o", str(target)]) == 0
        assert capsys.readouterr().out == ""
        assert target.read_text("utf-8").startswith(
            "# table 0 (span 6:48)\nPlan,Cost\n"
        )


class TestRecords:
    @pytest.fixture
    def lists(self, tmp_path):
        path = tmp_path / "lists.txt"
        path.write_text(LISTS, encoding="utf-8")
        return path

    def test_csv(self, lists, capsys):
        """records prints key, description, source and the span as CSV."""
        assert main(["records", str(lists)]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0] == "key,description,source,start,end"
        assert lines[1].startswith("Gas,")
        assert lines[1].endswith(",list,6,28")
        assert lines[2].startswith("Wait,Nothing,table,")

    def test_json(self, lists, capsys):
        """records --format json prints one object per record."""
        assert main(["records", str(lists), "--format", "json", "--no-normalize"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data[0] == {
            "key": "Gas",
            "description": "a new pipeline.",
            "source": "list",
            "span": [6, 28],
        }
        assert [r["source"] for r in data] == ["list", "table"]


class TestHelp:
    @pytest.mark.parametrize(
        "command", ["parse", "normalize", "stances", "tables", "records", "batch"]
    )
    def test_each_command_has_an_example(self, command, capsys):
        """COMMAND --help exits 0 and shows an example of that command."""
        assert main([command, "--help"]) == 0
        out = capsys.readouterr().out
        assert "examples:" in out
        assert f"  newsparse {command} " in out

    def test_exit_codes_in_help(self, capsys):
        """--help lists every exit code."""
        assert main(["--help"]) == 0
        out = capsys.readouterr().out
        for code in ["0 ", "1 ", "2 ", "3 ", "4 ", "130 "]:
            assert f"\n  {code}" in out


class TestUnexpectedErrors:
    @pytest.fixture
    def broken(self, monkeypatch):
        def parse(text, **kwargs):
            raise RuntimeError("boom\nwith a second line")

        monkeypatch.setattr("newsparse.cli.parse", parse)

    def test_one_line_and_exit_3(self, article, broken, capsys):
        """An unexpected exception is one line on stderr and exit code 3."""
        assert main(["parse", str(article)]) == 3
        err = capsys.readouterr().err
        assert err == (
            "newsparse: error: internal error: RuntimeError: boom with a second line"
            " (run with --debug to see the traceback)\n"
        )

    @pytest.mark.parametrize("where", ["before", "after"])
    def test_debug_shows_traceback(self, article, broken, capsys, where):
        """--debug, before or after the command, prints the traceback too."""
        argv = ["parse", str(article)]
        argv = ["--debug", *argv] if where == "before" else [*argv, "--debug"]
        assert main(argv) == 3
        err = capsys.readouterr().err
        assert err.startswith("Traceback (most recent call last):")
        assert "RuntimeError: boom" in err
        assert err.endswith("internal error: RuntimeError: boom with a second line\n")

    def test_interrupt(self, article, monkeypatch, capsys):
        """Ctrl-C exits 130 with one line and writes no output file."""

        def parse(text, **kwargs):
            raise KeyboardInterrupt

        monkeypatch.setattr("newsparse.cli.parse", parse)
        target = article.parent / "out.json"
        assert main(["parse", str(article), "-o", str(target)]) == 130
        assert capsys.readouterr().err == "newsparse: interrupted\n"
        assert not target.exists()

    def test_unwritable_output(self, article, tmp_path, capsys):
        """An output path in a missing directory is exit code 1."""
        target = tmp_path / "missing" / "out.json"
        assert main(["parse", str(article), "-o", str(target)]) == 1
        assert capsys.readouterr().err.startswith(
            f"newsparse: error: {target}: cannot write"
        )


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


PAGE = "Home > World\nTalks Resume\nBy Ana Ruiz\nThe envoys met in geneva,today. Itâ€™s done.\n"


class TestPageFurniture:
    def test_drop_boilerplate(self, tmp_path, capsys):
        """parse --drop-boilerplate leaves out the breadcrumb and the byline."""
        path = tmp_path / "page.txt"
        path.write_text(PAGE, encoding="utf-8")
        assert main(["parse", str(path), "--format", "markdown"]) == 0
        assert "By Ana Ruiz" in capsys.readouterr().out
        assert (
            main(["parse", str(path), "--format", "markdown", "--drop-boilerplate"])
            == 0
        )
        assert capsys.readouterr().out == (
            "# Talks Resume\n\nThe envoys met in Geneva, today. It’s done.\n"
        )

    def test_normalize_applies_the_repairs_too(self, tmp_path, capsys):
        """normalize repairs mojibake as well as spacing and casing, and lists it."""
        path = tmp_path / "page.txt"
        path.write_text(PAGE, encoding="utf-8")
        assert main(["normalize", str(path)]) == 0
        assert capsys.readouterr().out.endswith("in Geneva, today. It’s done.\n")
        assert main(["normalize", str(path), "--explain"]) == 0
        assert "mojibake\t'â€™' -> '’'" in capsys.readouterr().out
