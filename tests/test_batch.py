"""Batch: ``newsparse batch`` and newsparse.batch, tested in-process through main(argv)."""

from __future__ import annotations

import gzip
import io
import json
import sys
import types
from typing import ClassVar

import pytest

import newsparse
import newsparse.batch.pool
import newsparse.batch.process
from newsparse import Document
from newsparse.batch import (
    Article,
    InputOptions,
    Summary,
    atomic_output,
    count_articles,
    iter_articles,
    process_article,
)
from newsparse.cli import main

ISSUES = ["Gas", "Grain", "Tariffs", "Ports"]
PLACES = ["moscow", "geneva", "Oslo", "hamburg"]


def article(n: int) -> str:
    """Return a small article that varies with ``n``: a table every other one."""
    place = PLACES[n % len(PLACES)]
    text = f"Report {n}\nthe envoys met in {place},today.\n"
    if n % 2 == 0:
        text += f"Issue | EU Position\n---|---\n{ISSUES[n % len(ISSUES)]} | Firm\n"
    return text


def write_articles(folder, count, start=0):
    """Write ``count`` articles as ``NN.txt`` into ``folder`` and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"{n:02d}.txt"
        path.write_text(article(n), encoding="utf-8")
        paths.append(path)
    return paths


def expected_edits(count):
    """Return the edits newsparse makes in articles 0 to ``count - 1``."""
    return sum(len(newsparse.parse(article(n)).edits) for n in range(count))


def read_lines(path):
    """Return the JSON objects of a JSON Lines file."""
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def write_jsonl(path, rows):
    """Write ``rows`` (dicts or raw strings) as lines of ``path``."""
    lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def corpus(tmp_path):
    """A folder with articles two levels deep and a file the default glob skips."""
    root = tmp_path / "articles"
    write_articles(root, 2)
    write_articles(root / "sub", 2, start=2)
    (root / "sub" / "notes.md").write_text("Notes\nnot an article\n", encoding="utf-8")
    return root


class TestInputs:
    def test_directory_recursion_in_sorted_order(self, corpus, tmp_path):
        """A directory is searched recursively for *.txt, in sorted path order."""
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(corpus), "-o", str(out), "--jobs", "1"]) == 0
        ids = [line["id"] for line in read_lines(out)]
        assert ids == [
            str(corpus / "00.txt"),
            str(corpus / "01.txt"),
            str(corpus / "sub" / "02.txt"),
            str(corpus / "sub" / "03.txt"),
        ]

    def test_glob_filter_and_repeat(self, corpus, tmp_path):
        """--glob replaces the default pattern and may be repeated."""
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(corpus), "-o", str(out), "--glob", "*.md"]) == 0
        assert [line["id"] for line in read_lines(out)] == [
            str(corpus / "sub" / "notes.md")
        ]
        argv = ["batch", str(corpus), "-o", str(out), "--glob", "0[13].txt"]
        assert main([*argv, "--glob", "*.md"]) == 0
        names = [line["id"].rsplit("/", 1)[-1] for line in read_lines(out)]
        assert names == ["01.txt", "03.txt", "notes.md"]

    def test_glob_with_slash_matches_relative_path(self, corpus, tmp_path):
        """A pattern with / matches the path relative to the directory given."""
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(corpus), "-o", str(out), "--glob", "sub/*"]) == 0
        names = [line["id"].rsplit("/", 1)[-1] for line in read_lines(out)]
        assert names == ["02.txt", "03.txt", "notes.md"]

    def test_files_and_directories_mixed(self, corpus, tmp_path):
        """Files and directories may be mixed; inputs keep their order."""
        out = tmp_path / "out.jsonl"
        single = corpus / "sub" / "notes.md"
        argv = ["batch", str(single), str(corpus / "sub"), "-o", str(out)]
        assert main(argv) == 0
        assert [line["id"] for line in read_lines(out)] == [
            str(single),
            str(corpus / "sub" / "02.txt"),
            str(corpus / "sub" / "03.txt"),
        ]

    def test_jsonl_custom_fields_and_missing_id(self, tmp_path):
        """--jsonl reads one article per line; a missing id becomes FILE:LINENO."""
        feed = tmp_path / "feed.jsonl"
        write_jsonl(
            feed,
            [
                {"key": "a-1", "body": article(0)},
                "",
                {"body": article(1)},
                {"key": 7, "body": article(2)},
            ],
        )
        out = tmp_path / "out.jsonl"
        argv = ["batch", str(feed), "--jsonl", "--text-field", "body"]
        assert main([*argv, "--id-field", "key", "-o", str(out)]) == 0
        lines = read_lines(out)
        assert [line["id"] for line in lines] == ["a-1", f"{feed}:3", 7]
        assert Document.from_dict(lines[0]["document"]).title == "Report 0"

    def test_jsonl_gz(self, tmp_path):
        """A .jsonl.gz file is decompressed on the fly."""
        feed = tmp_path / "feed.jsonl.gz"
        with gzip.open(feed, "wt", encoding="utf-8") as stream:
            stream.write(json.dumps({"id": "z", "text": article(0)}) + "\n")
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(feed), "--jsonl", "-o", str(out)]) == 0
        assert read_lines(out)[0]["id"] == "z"

    def test_jsonl_without_flag_is_one_article(self, tmp_path):
        """Without --jsonl a .jsonl file is read as one article like any file."""
        feed = tmp_path / "feed.jsonl"
        write_jsonl(feed, [{"id": "a", "text": "x"}, {"id": "b", "text": "y"}])
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(feed), "-o", str(out)]) == 0
        assert [line["id"] for line in read_lines(out)] == [str(feed)]

    def test_stdin_jsonl(self, tmp_path, monkeypatch):
        """- reads JSON Lines from standard input with --jsonl."""
        data = (
            json.dumps({"text": article(0)})
            + "\n"
            + json.dumps({"id": "b", "text": "x"})
        )
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
        out = tmp_path / "out.jsonl"
        assert main(["batch", "-", "--jsonl", "-o", str(out)]) == 0
        assert [line["id"] for line in read_lines(out)] == ["<stdin>:1", "b"]

    def test_stdin_article(self, tmp_path, monkeypatch):
        """- without --jsonl reads one article from standard input."""
        stdin = io.TextIOWrapper(io.BytesIO(article(0).encode()))
        monkeypatch.setattr("sys.stdin", stdin)
        out = tmp_path / "out.jsonl"
        assert main(["batch", "-", "-o", str(out)]) == 0
        assert [line["id"] for line in read_lines(out)] == ["<stdin>"]

    def test_stdin_undecodable(self, tmp_path, monkeypatch):
        """Undecodable bytes on standard input become an error line."""
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"ok\xff")))
        out = tmp_path / "out.jsonl"
        assert main(["batch", "-", "-o", str(out)]) == 4
        assert read_lines(out) == [
            {
                "id": "<stdin>",
                "error": "invalid utf-8 data at byte 2: invalid start byte",
            }
        ]

    def test_missing_input_path(self, tmp_path, capsys):
        """An input path that does not exist stops the run before it starts: exit 1."""
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(tmp_path / "nope"), "-o", str(out)]) == 1
        assert "nope: no such file or directory" in capsys.readouterr().err
        assert not out.exists()

    def test_empty_directory(self, tmp_path, capsys):
        """A directory without matching files gives an empty output and exit 0."""
        (tmp_path / "empty").mkdir()
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(tmp_path / "empty"), "-o", str(out)]) == 0
        assert out.read_bytes() == b""
        assert "0 articles" in capsys.readouterr().err

    def test_encoding(self, tmp_path):
        """--encoding decodes article files without a BOM."""
        path = tmp_path / "latin.txt"
        path.write_bytes("Café Talks\nthe envoys met.\n".encode("latin-1"))
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(path), "--encoding", "latin-1", "-o", str(out)]) == 0
        assert Document.from_dict(read_lines(out)[0]["document"]).title == "Café Talks"


class TestRecords:
    def test_documents_round_trip(self, corpus, tmp_path):
        """By default each line holds the newsparse/1 tree, which from_dict reads back."""
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(corpus), "-o", str(out)]) == 0
        for line, n in zip(read_lines(out), range(4), strict=True):
            assert set(line) == {"id", "document"}
            doc = Document.from_dict(line["document"])
            assert doc == newsparse.parse(article(n))

    def test_stances(self, corpus, tmp_path):
        """--records stances writes one line per stance record."""
        out = tmp_path / "out.jsonl"
        argv = ["batch", str(corpus), "--records", "stances", "-o", str(out)]
        assert main(argv) == 0
        assert read_lines(out) == [
            {
                "id": str(corpus / "00.txt"),
                "actor": "EU",
                "issue": "Gas",
                "stance": "Firm",
                "column": "EU Position",
                "row": 0,
            },
            {
                "id": str(corpus / "sub" / "02.txt"),
                "actor": "EU",
                "issue": "Tariffs",
                "stance": "Firm",
                "column": "EU Position",
                "row": 0,
            },
        ]

    def test_tables(self, corpus, tmp_path):
        """--records tables writes one line per table with header, rows and records."""
        out = tmp_path / "out.jsonl"
        argv = ["batch", str(corpus), "--records", "tables", "-o", str(out)]
        assert main(argv) == 0
        first = read_lines(out)[0]
        assert set(first) == {"id", "index", "span", "header", "rows", "records"}
        assert first["records"] == [{"Issue": "Gas", "EU Position": "Firm"}]

    def test_key_description_records(self, tmp_path):
        """--records records writes one line per key/description record."""
        path = tmp_path / "a.txt"
        path.write_text("Plans\n- Gas: A new pipeline.\n", encoding="utf-8")
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(path), "--records", "records", "-o", str(out)]) == 0
        assert read_lines(out) == [
            {
                "id": str(path),
                "key": "Gas",
                "description": "A new pipeline.",
                "source": "list",
                "span": [6, 28],
            }
        ]

    def test_no_normalize(self, corpus, tmp_path):
        """--no-normalize keeps texts as written and makes no edits."""
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(corpus), "--no-normalize", "-o", str(out)]) == 0
        doc = read_lines(out)[0]["document"]
        assert doc["edits"] == []
        assert "the envoys met in moscow,today." in json.dumps(doc)

    def test_stdout(self, corpus, capsys):
        """-o - writes the JSON Lines to standard output and the summary to stderr."""
        assert main(["batch", str(corpus), "-o", "-", "--records", "stances"]) == 0
        captured = capsys.readouterr()
        assert [json.loads(line)["issue"] for line in captured.out.splitlines()] == [
            "Gas",
            "Tariffs",
        ]
        assert captured.err.startswith("newsparse batch: 4 articles")

    def test_stdout_without_buffer(self, corpus, monkeypatch):
        """-o - also works when stdout is a text stream without a binary buffer."""
        stdout = io.StringIO()
        monkeypatch.setattr("sys.stdout", stdout)
        assert main(["batch", str(corpus), "-o", "-", "--records", "stances"]) == 0
        assert [
            json.loads(line)["stance"] for line in stdout.getvalue().splitlines()
        ] == [
            "Firm",
            "Firm",
        ]


class TestBadArticles:
    @pytest.fixture
    def mixed(self, tmp_path):
        """Two good articles, an undecodable file and a feed with bad lines."""
        root = tmp_path / "in"
        write_articles(root, 2)
        (root / "01b-bad.txt").write_bytes(b"Talks\nok \xff here\n")
        feed = tmp_path / "feed.jsonl"
        write_jsonl(
            feed,
            [
                {"id": "good", "text": article(5)},
                "{not json",
                {"id": "no-text"},
                {"id": "num", "text": 3},
                "[1, 2]",
            ],
        )
        (tmp_path / "bad.jsonl").write_bytes(b'{"id": "x", "text": "caf\xe9"}\n')
        return [str(root), str(feed), str(tmp_path / "bad.jsonl")]

    def test_reported_in_output_and_summary(self, mixed, tmp_path, capsys):
        """Bad articles become error lines, the rest succeed, and the exit code is 4."""
        out = tmp_path / "out.jsonl"
        summary = tmp_path / "summary.json"
        argv = ["batch", *mixed, "--jsonl", "-o", str(out), "--jobs", "1"]
        assert main([*argv, "--summary-json", str(summary)]) == 4
        lines = read_lines(out)
        errors = {line["id"]: line["error"] for line in lines if "error" in line}
        assert errors == {
            f"{mixed[0]}/01b-bad.txt": "invalid utf-8 data at byte 9: invalid start byte",
            f"{mixed[1]}:2": "invalid JSON: Expecting property name enclosed in double quotes at column 2",
            "no-text": "no 'text' field",
            "num": "'text' is a number, not a string",
            f"{mixed[1]}:5": "expected a JSON object, got an array",
            f"{mixed[2]}:1": "invalid utf-8 data at byte 24 of the line",
        }
        good = [line["id"] for line in lines if "document" in line]
        assert good == [f"{mixed[0]}/00.txt", f"{mixed[0]}/01.txt", "good"]
        assert "9 articles" in capsys.readouterr().err
        assert json.loads(summary.read_text("utf-8"))["errors"] == 6

    def test_exception_while_parsing(self, corpus, tmp_path, monkeypatch):
        """An exception raised while parsing one article becomes its error line."""
        real_parse = newsparse.batch.process.parse

        def parse(text, **kwargs):
            if text.startswith("Report 1\n"):
                raise RuntimeError("boom\nsecond line")
            return real_parse(text, **kwargs)

        monkeypatch.setattr(newsparse.batch.process, "parse", parse)
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(corpus), "-o", str(out), "--jobs", "1"]) == 4
        lines = read_lines(out)
        assert lines[1] == {
            "id": str(corpus / "01.txt"),
            "error": "RuntimeError: boom\nsecond line",
        }
        assert [("document" in line) for line in lines] == [True, False, True, True]

    def test_errors_in_stances_mode(self, tmp_path):
        """In --records stances mode a bad article still gets its error line."""
        bad = tmp_path / "bad.txt"
        bad.write_bytes(b"\xff")
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(bad), "--records", "stances", "-o", str(out)]) == 4
        assert read_lines(out) == [
            {
                "id": str(bad),
                "error": "invalid utf-8 data at byte 0: invalid start byte",
            }
        ]


class TestParallel:
    def test_jobs_2_equals_jobs_1(self, corpus, tmp_path):
        """--jobs 2 writes exactly what --jobs 1 writes, in input order."""
        write_articles(corpus / "more", 9, start=10)
        (corpus / "more" / "bad.txt").write_bytes(b"\xff")
        one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
        argv = ["batch", str(corpus), "--chunksize", "2"]
        assert main([*argv, "-o", str(one), "--jobs", "1"]) == 4
        assert main([*argv, "-o", str(two), "--jobs", "2"]) == 4
        assert one.read_bytes() == two.read_bytes()
        assert len(read_lines(one)) == 14

    def test_jobs_1_uses_no_pool(self, corpus, tmp_path, monkeypatch):
        """--jobs 1 parses in-process without starting a process pool."""

        def no_pool(*args, **kwargs):
            raise AssertionError("a pool was started")

        monkeypatch.setattr(newsparse.batch.pool, "ProcessPoolExecutor", no_pool)
        assert (
            main(["batch", str(corpus), "-o", str(tmp_path / "o.jsonl"), "--jobs", "1"])
            == 0
        )

    def test_summary_counts_jobs(self, corpus, tmp_path):
        """The summary says how many worker processes ran."""
        summary = tmp_path / "s.json"
        argv = ["batch", str(corpus), "-o", str(tmp_path / "o.jsonl"), "--jobs", "2"]
        assert main([*argv, "--summary-json", str(summary)]) == 0
        assert json.loads(summary.read_text("utf-8"))["jobs"] == 2


class TestAtomicOutput:
    def test_interrupt_leaves_no_output(self, corpus, tmp_path, monkeypatch, capsys):
        """Ctrl-C during the run removes the temporary file and exits 130."""
        real = newsparse.batch.pool.process_article

        def process(item, **kwargs):
            if item.id.endswith("02.txt"):
                raise KeyboardInterrupt
            return real(item, **kwargs)

        monkeypatch.setattr(newsparse.batch.pool, "process_article", process)
        out_dir = tmp_path / "out"
        out_dir.mkdir()
        out = out_dir / "out.jsonl"
        argv = ["batch", str(corpus), "-o", str(out), "--jobs", "1", "--chunksize", "1"]
        assert main(argv) == 130
        assert list(out_dir.iterdir()) == []
        assert capsys.readouterr().err == "newsparse: interrupted\n"

    def test_interrupt_keeps_previous_output(self, corpus, tmp_path, monkeypatch):
        """An interrupted run leaves an existing output file as it was."""

        def process(item, **kwargs):
            raise KeyboardInterrupt

        monkeypatch.setattr(newsparse.batch.pool, "process_article", process)
        out = tmp_path / "out.jsonl"
        out.write_text("old\n", encoding="utf-8")
        assert main(["batch", str(corpus), "-o", str(out), "--jobs", "1"]) == 130
        assert out.read_text("utf-8") == "old\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "out.jsonl"]

    def test_temp_file_while_running(self, tmp_path):
        """Output goes to a hidden temporary file beside the target until the end."""
        target = tmp_path / "out.jsonl"
        with atomic_output(target) as stream:
            stream.write(b"x\n")
            [temp] = list(tmp_path.iterdir())
            assert temp.name.startswith(".out.jsonl.")
            assert temp.name.endswith(".tmp")
            assert not target.exists()
        assert target.read_bytes() == b"x\n"
        assert list(tmp_path.iterdir()) == [target]

    def test_existing_mode_kept(self, tmp_path):
        """Replacing an existing file keeps its permissions."""
        target = tmp_path / "out.jsonl"
        target.write_bytes(b"")
        target.chmod(0o640)
        with atomic_output(target) as stream:
            stream.write(b"new\n")
        assert target.stat().st_mode & 0o777 == 0o640

    def test_unwritable_output(self, corpus, tmp_path, capsys):
        """An output in a missing directory is an error before the run: exit 1."""
        out = tmp_path / "missing" / "out.jsonl"
        assert main(["batch", str(corpus), "-o", str(out)]) == 1
        assert "cannot write" in capsys.readouterr().err

    def test_internal_error_cleans_up(self, corpus, tmp_path, monkeypatch, capsys):
        """An unexpected error outside the per-article guard exits 3 and leaves no file."""

        def broken(*args, **kwargs):
            raise MemoryError("out of memory")

        monkeypatch.setattr(newsparse.batch.pool, "_process_chunk", broken)
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(corpus), "-o", str(out), "--jobs", "1"]) == 3
        err = capsys.readouterr().err
        assert err.startswith("newsparse: error: internal error: MemoryError")
        assert err.count("\n") == 1
        assert not out.exists()
        assert sorted(p.name for p in tmp_path.iterdir()) == ["articles"]


class TestSummary:
    def test_stderr_line(self, corpus, tmp_path, capsys):
        """The run ends with one summary line on stderr."""
        assert main(["batch", str(corpus), "-o", str(tmp_path / "o.jsonl")]) == 0
        err = capsys.readouterr().err
        assert err.startswith(
            f"newsparse batch: 4 articles, 2 tables, 2 stances, {expected_edits(4)} edits, 0 errors in "
        )
        assert err.endswith(" articles/s)\n")

    def test_summary_json(self, corpus, tmp_path):
        """--summary-json writes the counts, seconds and rate as JSON."""
        summary = tmp_path / "s.json"
        argv = ["batch", str(corpus), "-o", str(tmp_path / "o.jsonl"), "--jobs", "1"]
        assert main([*argv, "--summary-json", str(summary)]) == 0
        data = json.loads(summary.read_text("utf-8"))
        seconds = data.pop("seconds")
        rate = data.pop("articles_per_second")
        assert data == {
            "articles": 4,
            "lines": 4,
            "tables": 2,
            "stances": 2,
            "edits": expected_edits(4),
            "errors": 0,
            "jobs": 1,
        }
        assert seconds > 0
        assert rate > 0

    def test_describe_and_rate(self):
        """A summary without time has a rate of 0."""
        assert Summary().rate == 0.0
        assert Summary(articles=2, seconds=4.0).to_dict()["articles_per_second"] == 0.5


class FakeBar:
    """Stands in for tqdm.tqdm and records how it was used."""

    made: ClassVar[list[FakeBar]] = []

    def __init__(self, **kwargs):
        self.kwargs = kwargs
        self.updates = []
        self.closed = False
        FakeBar.made.append(self)

    def update(self, n=1):
        self.updates.append(n)

    def close(self):
        self.closed = True


@pytest.fixture
def fake_tqdm(monkeypatch):
    """Install a fake tqdm module and return the list of bars it makes."""
    FakeBar.made = []
    monkeypatch.setitem(sys.modules, "tqdm", types.SimpleNamespace(tqdm=FakeBar))
    return FakeBar.made


class TestProgress:
    def test_bar_on_a_terminal(self, corpus, tmp_path, fake_tqdm, monkeypatch):
        """On a terminal with tqdm there is a bar with the article count as total."""
        monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
        argv = ["batch", str(corpus), "-o", str(tmp_path / "o.jsonl")]
        assert main([*argv, "--chunksize", "3", "--jobs", "1"]) == 0
        [bar] = fake_tqdm
        assert bar.kwargs["total"] == 4
        assert bar.kwargs["file"] is sys.stderr
        assert bar.updates == [3, 1]
        assert bar.closed

    def test_no_bar_off_a_terminal(self, corpus, tmp_path, fake_tqdm):
        """When stderr is not a terminal there is no bar."""
        assert main(["batch", str(corpus), "-o", str(tmp_path / "o.jsonl")]) == 0
        assert fake_tqdm == []

    def test_no_progress_flag(self, corpus, tmp_path, fake_tqdm, monkeypatch):
        """--no-progress turns the bar off on a terminal too."""
        monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
        argv = ["batch", str(corpus), "-o", str(tmp_path / "o.jsonl")]
        assert main([*argv, "--no-progress"]) == 0
        assert fake_tqdm == []

    def test_no_bar_without_tqdm(self, corpus, tmp_path, monkeypatch, capsys):
        """Without tqdm installed the run goes on without a bar."""
        monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm raises
        monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
        assert main(["batch", str(corpus), "-o", str(tmp_path / "o.jsonl")]) == 0
        assert capsys.readouterr().err.startswith("newsparse batch: 4 articles")

    def test_stdin_has_no_total(self, tmp_path):
        """Standard input cannot be counted in advance, so the bar has no total."""
        assert count_articles(["-"]) is None
        feed = tmp_path / "f.jsonl"
        write_jsonl(feed, [{"text": "a"}, "", {"text": "b"}])
        assert count_articles([str(feed)], InputOptions(jsonl=True)) == 2
        assert count_articles([str(feed)]) == 1


class TestUsage:
    @pytest.mark.parametrize(
        "extra",
        [
            [],  # -o is required
            ["-o", "x.jsonl", "--jobs", "0"],
            ["-o", "x.jsonl", "--chunksize", "many"],
            ["-o", "x.jsonl", "--records", "paragraphs"],
        ],
    )
    def test_bad_usage(self, corpus, extra, capsys):
        """A missing -o or a bad option value is a usage error: exit 2."""
        assert main(["batch", str(corpus), *extra]) == 2
        assert "usage:" in capsys.readouterr().err

    def test_help(self, capsys):
        """batch --help shows examples and the exit codes."""
        assert main(["batch", "--help"]) == 0
        out = capsys.readouterr().out
        assert "newsparse batch articles/ -o parsed.jsonl" in out
        assert "4    batch: the run completed" in out


class TestFunctions:
    def test_iter_articles_is_lazy(self, corpus):
        """iter_articles reads one article at a time."""
        articles = iter_articles([str(corpus)])
        first = next(articles)
        assert first == Article(str(corpus / "00.txt"), article(0))

    def test_missing_file_is_error_article(self, tmp_path):
        """A file that cannot be read becomes an error article, not an exception."""
        [item] = iter_articles([str(tmp_path / "gone.txt")])
        assert item.error == "no such file"

    def test_process_article_error_and_counts(self):
        """process_article reports errors as records and counts tables and stances."""
        assert process_article(Article("x", error="bad")).lines == (
            {"id": "x", "error": "bad"},
        )
        result = process_article(Article("y", article(0)), records="stances")
        assert (result.tables, result.stances) == (1, 1)
        assert result.edits == expected_edits(1) > 0
        assert result.lines[0]["id"] == "y"

    def test_lone_surrogate_is_escaped(self, tmp_path):
        """A lone surrogate from a JSON line is written escaped, keeping the output UTF-8."""
        feed = tmp_path / "f.jsonl"
        feed.write_text(
            '{"id": "s", "text": "Talks \\ud800 resume"}\n', encoding="utf-8"
        )
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(feed), "--jsonl", "-o", str(out)]) == 0
        raw = out.read_bytes()
        assert b"\\ud800" in raw
        raw.decode("utf-8")
