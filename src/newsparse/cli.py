"""CLI: ``newsparse parse | normalize | stances | tables | records | batch``.

Every command but ``batch`` reads one article from FILE or ``-`` (standard
input) and writes to standard output or ``-o PATH``; ``batch`` reads files,
directories and JSON Lines and writes JSON Lines (see :mod:`newsparse.batch`).
A file named with ``-o`` is written to a temporary file beside it and renamed
over it only when complete.

Exit codes:
    0: success; also ``--help``, ``--version``, and a reader of the output
    that goes away early.
    1: the input could not be read or decoded, or the output could not be
    written.
    2: bad usage: an unknown command or option, a bad option value.
    3: internal error: an unexpected exception, reported in one line
    (``--debug`` shows the traceback).
    4: ``batch`` only: the run completed and the output is complete, but at
    least one article failed; each failure is an error line in the output.
    130: interrupted (Ctrl-C); no partial output file is left behind.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from . import __version__
from .batch import (
    DEFAULT_CHUNKSIZE,
    DEFAULT_GLOB,
    RECORD_KINDS,
    InputOptions,
    Sink,
    atomic_output,
    progress_bar,
    run,
)
from .errors import NewsparseError
from .extract import extract_records, extract_stances
from .nodes import Document
from .normalizer import apply_edits
from .pipeline import parse
from .prepare import decode
from .serialize import record_to_dict, stance_to_dict, table_to_dict

__all__ = ["main"]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_ARTICLES_FAILED = 4
EXIT_INTERRUPTED = 130

_EXIT_CODES = """\
exit codes:
  0    success
  1    unreadable or undecodable input, or unwritable output
  2    bad usage
  3    internal error: an unexpected exception (--debug shows the traceback)
  4    batch: the run completed, but some articles failed (error lines in the output)
  130  interrupted
"""

_EPILOG = f"""\
examples:
  newsparse parse --example                  parse the bundled example article
  newsparse parse article.txt --format markdown
  cat article.txt | newsparse parse - > article.json
  newsparse normalize article.txt --explain  list every edit
  newsparse stances article.txt --format csv
  newsparse tables article.txt --format json
  newsparse records article.txt
  newsparse batch articles/ -o parsed.jsonl  every *.txt below articles/, all cores

{_EXIT_CODES}"""

_EXAMPLES = {
    "parse": """\
examples:
  newsparse parse article.txt > article.json
  newsparse parse article.txt --format markdown -o article.md
  cat article.txt | newsparse parse - --no-normalize
  newsparse parse page.txt --format text --drop-boilerplate
""",
    "normalize": """\
examples:
  newsparse normalize article.txt -o fixed.txt
  newsparse normalize article.txt --explain
""",
    "stances": """\
examples:
  newsparse stances article.txt
  newsparse stances article.txt --format json -o stances.json
""",
    "tables": """\
examples:
  newsparse tables article.txt               each table as CSV after a '# table N' line
  newsparse tables article.txt --format json
""",
    "records": """\
examples:
  newsparse records article.txt
  newsparse records article.txt --format json
""",
    "batch": f"""\
examples:
  newsparse batch articles/ -o parsed.jsonl
  newsparse batch articles/ --glob '*.txt' --glob '*.md' -o parsed.jsonl --jobs 4
  newsparse batch feed.jsonl.gz --jsonl --text-field body -o - | head
  newsparse batch articles/ --records stances -o stances.jsonl --summary-json run.json

{_EXIT_CODES}""",
}


class _InputError(Exception):
    """The input could not be read, or the output written; shown as is."""


def example_text() -> str:
    """Return the bundled example article."""
    return (
        resources.files("newsparse") / "examples" / "example-article.txt"
    ).read_text(encoding="utf-8")


def _read(source: str | None, use_example: bool, encoding: str | None) -> str:
    if use_example:
        return example_text()
    if source is None:
        msg = "no input: give a FILE, '-' for standard input, or --example"
        raise _InputError(msg)
    if source == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        path = Path(source)
        name = source
        if path.is_dir():
            msg = f"{source}: is a directory, not a file"
            raise _InputError(msg)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            msg = f"{source}: no such file"
            raise _InputError(msg) from None
        except OSError as exc:
            msg = f"{source}: cannot read ({exc.strerror or exc})"
            raise _InputError(msg) from None
    try:
        return decode(data, encoding)
    except NewsparseError as exc:
        msg = f"{name}: {exc}"
        raise _InputError(msg) from None


def _cannot_write(path: str, exc: OSError) -> _InputError:
    return _InputError(f"{path}: cannot write ({exc.strerror or exc})")


def _write(text: str, output: str | None) -> None:
    if output is None or output == "-":
        sys.stdout.write(text)
        return
    try:
        with atomic_output(output) as stream:
            stream.write(text.encode("utf-8"))
    except OSError as exc:
        raise _cannot_write(output, exc) from None


def _parse_input(args: argparse.Namespace) -> Document:
    text = _read(args.file, args.example, args.encoding)
    return parse(text, normalize=not getattr(args, "no_normalize", False))


def _csv(rows: Sequence[Sequence[object]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _cmd_parse(args: argparse.Namespace) -> str:
    doc = _parse_input(args)
    if args.drop_boilerplate:
        doc = doc.without_boilerplate()
    if args.format == "markdown":
        return doc.to_markdown()
    if args.format == "text":
        return doc.to_text()
    return doc.to_json(indent=args.indent) + "\n"


def _cmd_normalize(args: argparse.Namespace) -> str:
    # Normalise block by block through the parser, so headings, markers, pipes
    # and line breaks stay as they are and only the repairs are applied.
    text = _read(args.file, args.example, args.encoding)
    doc = parse(text)
    edits = sorted([*doc.repairs, *doc.edits], key=lambda e: (e.start, e.end))
    if not args.explain:
        return apply_edits(text, edits)
    lines = [f"{e.start}:{e.end}\t{e.rule}\t{e.before!r} -> {e.after!r}" for e in edits]
    lines.append(f"{len(edits)} edits")
    return "\n".join(lines) + "\n"


def _cmd_stances(args: argparse.Namespace) -> str:
    records = extract_stances(_parse_input(args))
    if args.format == "json":
        return _json([stance_to_dict(r) for r in records])
    fields = ["actor", "issue", "stance", "column", "row"]
    return _csv(
        [
            fields,
            *([r.actor or "", r.issue, r.stance, r.column, r.row] for r in records),
        ]
    )


def _cmd_tables(args: argparse.Namespace) -> str:
    tables = _parse_input(args).tables()
    if args.format == "json":
        return _json([table_to_dict(i, t) for i, t in enumerate(tables)])
    return "\n".join(
        f"# table {i} (span {t.span.start}:{t.span.end})\n" + t.to_csv()
        for i, t in enumerate(tables)
    )


def _cmd_records(args: argparse.Namespace) -> str:
    records = extract_records(_parse_input(args))
    if args.format == "json":
        return _json([record_to_dict(r) for r in records])
    fields = ["key", "description", "source", "start", "end"]
    return _csv(
        [
            fields,
            *(
                [r.key, r.description, r.source, r.span.start, r.span.end]
                for r in records
            ),
        ]
    )


def _text_command(
    command: Callable[[argparse.Namespace], str],
) -> Callable[[argparse.Namespace], int]:
    def run_command(args: argparse.Namespace) -> int:
        _write(command(args), args.output)
        return EXIT_OK

    return run_command


class _TextSink:
    """A binary sink over a text stream without ``buffer`` (e.g. ``io.StringIO``)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, data: bytes, /) -> object:
        return self._stream.write(data.decode("utf-8"))

    def flush(self) -> object:
        return self._stream.flush()


@contextmanager
def _batch_output(output: str) -> Iterator[Sink]:
    if output == "-":
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        yield buffer if buffer is not None else _TextSink(sys.stdout)
        return
    with atomic_output(output) as stream:
        yield stream


def _cmd_batch(args: argparse.Namespace) -> int:
    for source in args.inputs:
        if source != "-" and not os.path.lexists(source):
            msg = f"{source}: no such file or directory"
            raise _InputError(msg)
    options = InputOptions(
        globs=tuple(args.glob or [DEFAULT_GLOB]),
        jsonl=args.jsonl,
        text_field=args.text_field,
        id_field=args.id_field,
        encoding=args.encoding,
    )
    with ExitStack() as stack:
        try:
            out = stack.enter_context(_batch_output(args.output))
        except OSError as exc:
            raise _cannot_write(args.output, exc) from None
        bar = (
            None
            if args.no_progress
            else stack.enter_context(progress_bar(args.inputs, options))
        )
        summary = run(
            args.inputs,
            out,
            options=options,
            records=args.records,
            normalize=not args.no_normalize,
            jobs=args.jobs,
            chunksize=args.chunksize,
            progress=bar,
        )
    print(f"newsparse batch: {summary.describe()}", file=sys.stderr)
    if args.summary_json:
        _write(json.dumps(summary.to_dict(), indent=2) + "\n", args.summary_json)
    return EXIT_ARTICLES_FAILED if summary.errors else EXIT_OK


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        msg = f"expected a whole number of at least 1, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _input_args(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "file", nargs="?", metavar="FILE", help="article file, or - for stdin"
    )
    sub.add_argument(
        "--example", action="store_true", help="use the bundled example article"
    )
    sub.add_argument(
        "--encoding", help="encoding of the input when it has no BOM (default UTF-8)"
    )
    sub.add_argument(
        "-o", "--output", metavar="PATH", help="write here instead of stdout"
    )


def _no_normalize(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--no-normalize", action="store_true", help="keep texts as written"
    )


def _batch_args(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="article files, directories (searched recursively), JSON Lines "
        "files (with --jsonl), or - for stdin",
    )
    sub.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        required=True,
        help="the JSON Lines file to write (- for stdout); written to a "
        "temporary file and renamed over PATH at the end",
    )
    sub.add_argument(
        "--glob",
        metavar="PATTERN",
        action="append",
        help=f"file-name pattern in directories (default {DEFAULT_GLOB}); repeatable",
    )
    sub.add_argument(
        "--jsonl",
        action="store_true",
        help="read files ending in .jsonl or .jsonl.gz (and -) as JSON Lines, "
        "one article per line",
    )
    sub.add_argument(
        "--text-field",
        metavar="NAME",
        default="text",
        help="JSON Lines key of the article text (default: text)",
    )
    sub.add_argument(
        "--id-field",
        metavar="NAME",
        default="id",
        help="JSON Lines key of the article id (default: id; missing: FILE:LINENO)",
    )
    sub.add_argument(
        "--encoding", help="encoding of article files without a BOM (default UTF-8)"
    )
    sub.add_argument(
        "--records",
        choices=RECORD_KINDS,
        default=RECORD_KINDS[0],
        help="one output line per document (default), stance, table or "
        "key/description record",
    )
    _no_normalize(sub)
    sub.add_argument(
        "--jobs",
        metavar="N",
        type=_positive,
        help=f"worker processes (default: all cores, {os.cpu_count() or 1} here); "
        "1 runs in-process",
    )
    sub.add_argument(
        "--chunksize",
        metavar="N",
        type=_positive,
        default=DEFAULT_CHUNKSIZE,
        help=f"articles per task sent to a worker (default {DEFAULT_CHUNKSIZE})",
    )
    sub.add_argument(
        "--no-progress",
        action="store_true",
        help="no progress bar (there is one only on a terminal, with tqdm installed)",
    )
    sub.add_argument(
        "--summary-json",
        metavar="PATH",
        help="also write the summary (counts and seconds) as JSON to PATH",
    )


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``newsparse`` command."""
    debug_help = "show the traceback of an unexpected error"
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse semi-structured news text into a typed document tree.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action="version", version=f"newsparse {__version__}"
    )
    parser.add_argument("--debug", action="store_true", help=debug_help)
    # Subcommands accept --debug too; SUPPRESS keeps the global value otherwise.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help=debug_help
    )
    subs = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return subs.add_parser(
            name,
            help=help_text,
            description=help_text[0].upper() + help_text[1:] + ".",
            epilog=_EXAMPLES[name],
            formatter_class=argparse.RawDescriptionHelpFormatter,
            parents=[common],
        )

    p = add("parse", "print the document tree (JSON, Markdown or text)")
    _input_args(p)
    p.add_argument("--format", choices=["json", "markdown", "text"], default="json")
    _no_normalize(p)
    p.add_argument("--indent", type=int, default=2, help="JSON indentation (default 2)")
    p.add_argument(
        "--drop-boilerplate",
        action="store_true",
        help="leave out bylines, dates, share links, captions and the like",
    )
    p.set_defaults(run=_text_command(_cmd_parse))

    n = add("normalize", "repair spacing and casing, keeping the layout as it is")
    _input_args(n)
    n.add_argument("--explain", action="store_true", help="list every edit instead")
    n.set_defaults(run=_text_command(_cmd_normalize))

    for name, summary, command in (
        ("stances", "print issue–stance records from the tables", _cmd_stances),
        ("tables", "print every table of the article", _cmd_tables),
        (
            "records",
            "print key/description records from lists and tables",
            _cmd_records,
        ),
    ):
        sub = add(name, summary)
        _input_args(sub)
        sub.add_argument("--format", choices=["csv", "json"], default="csv")
        _no_normalize(sub)
        sub.set_defaults(run=_text_command(command))

    b = add("batch", "parse many articles on all cores into JSON Lines")
    _batch_args(b)
    b.set_defaults(run=_cmd_batch)
    return parser


def _one_line(exc: BaseException) -> str:
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default ``sys.argv[1:]``); return the code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        code: int = args.run(args)
    except _InputError as exc:
        print(f"newsparse: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("newsparse: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # the last resort: one line, not a traceback
        if args.debug:
            traceback.print_exc()
            hint = ""
        else:
            hint = " (run with --debug to see the traceback)"
        print(
            f"newsparse: error: internal error: {_one_line(exc)}{hint}", file=sys.stderr
        )
        return EXIT_INTERNAL
    return code
