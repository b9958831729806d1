"""CLI: ``newsparse parse | normalize | stances`` over files or standard input.

Exit codes: 0 success, 1 the input could not be read or decoded, 2 bad usage.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from . import __version__
from .errors import NewsparseError
from .extract import extract_stances
from .normalizer import apply_edits
from .pipeline import parse
from .prepare import decode

__all__ = ["main"]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2

_EPILOG = """\
examples:
  newsparse parse --example                  parse the bundled example article
  newsparse parse article.txt --format markdown
  cat article.txt | newsparse parse - > article.json
  newsparse normalize article.txt --explain  list every edit
  newsparse stances article.txt --format csv

exit codes: 0 success, 1 unreadable or undecodable input, 2 bad usage
"""


class _InputError(Exception):
    """The input could not be read; the message is shown as is."""


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


def _write(text: str, output: str | None) -> None:
    if output is None or output == "-":
        sys.stdout.write(text)
        return
    Path(output).write_text(text, encoding="utf-8")


def _cmd_parse(args: argparse.Namespace) -> str:
    doc = parse(
        _read(args.file, args.example, args.encoding), normalize=not args.no_normalize
    )
    if args.format == "markdown":
        return doc.to_markdown()
    if args.format == "text":
        return doc.to_text()
    return doc.to_json(indent=args.indent) + "\n"


def _cmd_normalize(args: argparse.Namespace) -> str:
    # Normalise block by block through the parser, so headings, markers, pipes
    # and line breaks stay as they are and only the repairs are applied.
    text = _read(args.file, args.example, args.encoding)
    edits = parse(text).edits
    if not args.explain:
        return apply_edits(text, edits)
    lines = [f"{e.start}:{e.end}\t{e.rule}\t{e.before!r} -> {e.after!r}" for e in edits]
    lines.append(f"{len(edits)} edits")
    return "\n".join(lines) + "\n"


def _cmd_stances(args: argparse.Namespace) -> str:
    doc = parse(_read(args.file, args.example, args.encoding))
    records = extract_stances(doc)
    fields = ["actor", "issue", "stance", "column", "row"]
    if args.format == "json":
        rows = [{f: getattr(r, f) for f in fields} for r in records]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(fields)
    for r in records:
        writer.writerow([r.actor or "", r.issue, r.stance, r.column, r.row])
    return buffer.getvalue()


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


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``newsparse`` command."""
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse semi-structured news text into a typed document tree.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action="version", version=f"newsparse {__version__}"
    )
    subs = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = subs.add_parser(
        "parse", help="print the document tree (JSON, Markdown or text)"
    )
    _input_args(p)
    p.add_argument("--format", choices=["json", "markdown", "text"], default="json")
    p.add_argument("--no-normalize", action="store_true", help="keep texts as written")
    p.add_argument("--indent", type=int, default=2, help="JSON indentation (default 2)")
    p.set_defaults(run=_cmd_parse)

    n = subs.add_parser(
        "normalize", help="repair spacing and casing, keeping the layout as it is"
    )
    _input_args(n)
    n.add_argument("--explain", action="store_true", help="list every edit instead")
    n.set_defaults(run=_cmd_normalize)

    s = subs.add_parser("stances", help="print issue–stance records from the tables")
    _input_args(s)
    s.add_argument("--format", choices=["csv", "json"], default="csv")
    s.set_defaults(run=_cmd_stances)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default ``sys.argv[1:]``); return the code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        _write(args.run(args), args.output)
    except _InputError as exc:
        print(f"newsparse: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        return EXIT_OK
    return EXIT_OK
