"""Batch: read the inputs — files, directories, JSON Lines, stdin — as articles."""

from __future__ import annotations

import codecs
import fnmatch
import gzip
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Union, cast

import attrs

from ..errors import NewsparseError
from ..prepare import decode

__all__ = [
    "DEFAULT_GLOB",
    "Article",
    "ArticleId",
    "InputOptions",
    "count_articles",
    "is_jsonl",
    "iter_articles",
]

ArticleId = Union[str, int]  # noqa: UP007 (runtime alias)
"""An article's id: a path, ``FILE:LINENO``, or the JSON Lines id value."""

DEFAULT_GLOB = "*.txt"
"""The file-name pattern used in directories when none is given."""

_STDIN = "-"
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")


@attrs.frozen
class Article:
    """One article to parse: its id and its text, or why it could not be read."""

    id: ArticleId
    """A path, ``FILE:LINENO`` for a JSON line without an id, or the line's id."""
    text: str | None = None
    """The decoded text; ``None`` when :attr:`error` is set."""
    error: str | None = None
    """Why the article could not be read, or ``None``."""


@attrs.frozen(kw_only=True)
class InputOptions:
    """How :func:`iter_articles` finds and reads articles."""

    globs: tuple[str, ...] = attrs.field(default=(DEFAULT_GLOB,), converter=tuple)
    """File-name patterns for directories. A pattern with ``/`` matches the path
    relative to the directory given (``*`` crosses ``/`` there)."""
    jsonl: bool = False
    """Read files ending in ``.jsonl`` or ``.jsonl.gz`` (and ``-``) as JSON Lines."""
    text_field: str = "text"
    """The JSON Lines key that holds the article text."""
    id_field: str = "id"
    """The JSON Lines key that holds the article id."""
    encoding: str | None = None
    """Encoding of article files without a BOM (default UTF-8)."""


def is_jsonl(name: str) -> bool:
    """Return whether a file name ends in ``.jsonl`` or ``.jsonl.gz`` (any case).

    Example:
        >>> is_jsonl("feed.jsonl.gz"), is_jsonl("article.txt")
        (True, False)
    """
    return name.lower().endswith(_JSONL_SUFFIXES)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def _matches(name: str, relative: str, globs: Sequence[str]) -> bool:
    return any(
        fnmatch.fnmatch(relative if "/" in pattern else name, pattern)
        for pattern in globs
    )


def _scan(folder: str) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as entries:
        return sorted(entries, key=lambda entry: entry.name)


def _walk(root: Path, globs: Sequence[str]) -> Iterator[Path | Article]:
    """Yield matching files under ``root`` in sorted path order, depth first.

    Directories that cannot be listed become error articles; symbolic links to
    directories are not followed (as in :func:`os.walk`).
    """
    base = str(root)
    stack: list[Iterator[os.DirEntry[str]]] = []
    try:
        stack.append(iter(_scan(base)))
    except OSError as exc:
        yield Article(base, error=f"cannot list directory ({_reason(exc)})")
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = not is_dir and entry.is_file()
        except OSError:  # pragma: no cover - vanished between listing and stat
            continue
        if is_dir:
            try:
                stack.append(iter(_scan(entry.path)))
            except OSError as exc:
                yield Article(
                    entry.path, error=f"cannot list directory ({_reason(exc)})"
                )
        elif is_file:
            relative = Path(os.path.relpath(entry.path, base)).as_posix()
            if _matches(entry.name, relative, globs):
                yield Path(entry.path)


def _sources(
    inputs: Iterable[str], options: InputOptions
) -> Iterator[str | Path | Article]:
    """Yield ``"-"``, file paths, or error articles, in input order."""
    for source in inputs:
        if source == _STDIN:
            yield _STDIN
        elif Path(source).is_dir():
            yield from _walk(Path(source), options.globs)
        else:
            yield Path(source)


def _read_text(path: Path, encoding: str | None) -> Article:
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Article(name, error="no such file")
    except IsADirectoryError:
        return Article(name, error="is a directory, not a file")
    except OSError as exc:
        return Article(name, error=f"cannot read ({_reason(exc)})")
    try:
        return Article(name, decode(data, encoding))
    except NewsparseError as exc:
        return Article(name, error=str(exc))


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "an array"
    return "an object" if isinstance(value, dict) else "a string"


def _article_id(value: object, fallback: str) -> ArticleId:
    if value is None or value == "":
        return fallback
    if isinstance(value, str) or (
        isinstance(value, int) and not isinstance(value, bool)
    ):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _json_line(
    raw: bytes, name: str, lineno: int, options: InputOptions
) -> Article | None:
    """Return the article of one JSON line, an error article, or ``None`` if blank."""
    fallback = f"{name}:{lineno}"
    if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    if not raw.strip():
        return None
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Article(
            fallback, error=f"invalid utf-8 data at byte {exc.start} of the line"
        )
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        return Article(fallback, error=f"invalid JSON: {exc.msg} at column {exc.colno}")
    except (ValueError, RecursionError) as exc:
        return Article(fallback, error=f"invalid JSON: {exc}")
    if not isinstance(value, dict):
        return Article(
            fallback, error=f"expected a JSON object, got {_json_type(value)}"
        )
    ident = _article_id(value.get(options.id_field), fallback)
    text = value.get(options.text_field)
    if options.text_field not in value:
        return Article(ident, error=f"no {options.text_field!r} field")
    if not isinstance(text, str):
        return Article(
            ident, error=f"{options.text_field!r} is {_json_type(text)}, not a string"
        )
    return Article(ident, text)


def _json_lines(
    stream: IO[bytes], name: str, options: InputOptions
) -> Iterator[Article]:
    lineno = 0
    lines = iter(stream)
    while True:
        try:
            raw = next(lines, None)
        except (OSError, EOFError, zlib.error) as exc:
            # A damaged or truncated gzip stream: report where it broke, stop.
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            yield Article(
                f"{name}:{lineno + 1}", error=f"cannot read ({reason or 'truncated'})"
            )
            return
        if raw is None:
            return
        lineno += 1
        article = _json_line(raw, name, lineno, options)
        if article is not None:
            yield article


def _open_bytes(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _read_jsonl(path: Path, options: InputOptions) -> Iterator[Article]:
    name = str(path)
    try:
        with _open_bytes(path) as stream:
            yield from _json_lines(stream, name, options)
    except FileNotFoundError:
        yield Article(name, error="no such file")
    except OSError as exc:
        yield Article(name, error=f"cannot read ({_reason(exc)})")


def _read_stdin(options: InputOptions) -> Iterator[Article]:
    stream: IO[bytes] = sys.stdin.buffer
    if options.jsonl:
        yield from _json_lines(stream, "<stdin>", options)
        return
    try:
        yield Article("<stdin>", decode(stream.read(), options.encoding))
    except NewsparseError as exc:
        yield Article("<stdin>", error=str(exc))


def iter_articles(
    inputs: Iterable[str], options: InputOptions | None = None
) -> Iterator[Article]:
    """Yield the articles of files, directories and JSON Lines files, lazily.

    Args:
        inputs: paths in the order to process them. A directory is searched
            recursively, in sorted path order, for files matching
            :attr:`InputOptions.globs`. ``-`` is standard input: one article,
            or JSON Lines with :attr:`InputOptions.jsonl`.
        options: how to find and read articles.

    Yields:
        One :class:`Article` per text file (its id is the path), per non-blank
        JSON line (its id is the line's id field, else ``FILE:LINENO``), and per
        input that could not be read (its :attr:`~Article.error` says why).
        Nothing here raises for a bad input.

    Example:
        >>> import pathlib, tempfile
        >>> tmp = tempfile.TemporaryDirectory()
        >>> folder = pathlib.Path(tmp.name)
        >>> _ = (folder / "a.txt").write_text("Talks resume.", encoding="utf-8")
        >>> _ = (folder / "b.txt").write_bytes(b"\\xff")
        >>> [(pathlib.Path(a.id).name, a.text, a.error) for a in iter_articles([tmp.name])]
        [('a.txt', 'Talks resume.', None), ('b.txt', None, 'invalid utf-8 data at byte 0: invalid start byte')]
        >>> tmp.cleanup()
    """  # noqa: E501
    options = options or InputOptions()
    for source in _sources(inputs, options):
        if isinstance(source, Article):
            yield source
        elif isinstance(source, str):
            yield from _read_stdin(options)
        elif options.jsonl and is_jsonl(source.name):
            yield from _read_jsonl(source, options)
        else:
            yield _read_text(source, options.encoding)


def count_articles(
    inputs: Iterable[str], options: InputOptions | None = None
) -> int | None:
    """Count the articles :func:`iter_articles` will yield, for a progress bar.

    Text files count one each without being read; JSON Lines files are read
    once to count their non-blank lines (so the count may include lines that
    turn out to be invalid). Returns ``None`` when standard input is among the
    inputs, which cannot be read twice.
    """
    options = options or InputOptions()
    inputs = list(inputs)
    if _STDIN in inputs:
        return None
    total = 0
    for source in _sources(inputs, options):
        if isinstance(source, Path) and options.jsonl and is_jsonl(source.name):
            total += _count_lines(source)
        else:
            total += 1
    return total


def _count_lines(path: Path) -> int:
    try:
        with _open_bytes(path) as stream:
            return sum(1 for line in stream if line.strip())
    except (OSError, EOFError, zlib.error):
        return 1
