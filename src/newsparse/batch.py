"""Batch: parse many articles — files, directories, JSON Lines — on all cores.

The work is split into small pure steps that ``newsparse batch`` strings
together and that other programs can reuse:

- :func:`iter_articles` turns input paths into :class:`Article` values in a
  deterministic order; each holds the article's text or the reason it could
  not be read, so a bad input never stops the run.
- :func:`process_article` parses one article into a :class:`Result`: the
  output records and the counts for the summary. It never raises for a bad
  article; the error becomes an ``{"id": …, "error": …}`` record.
- :func:`run` streams the articles through a process pool in chunks, with a
  bounded number of chunks in flight, and writes JSON Lines in input order. It
  returns a :class:`Summary`.
- :func:`atomic_output` writes to a temporary file beside the target and
  renames it over the target only when the run completes.

Example:
    >>> import io
    >>> articles = [Article("a", "Talks\\nIssue | EU Position\\n---|---\\nGas | Firm")]
    >>> sink = io.BytesIO()
    >>> summary = run_articles(articles, sink, records="stances", jobs=1)
    >>> sink.getvalue().decode()
    '{"id": "a", "actor": "EU", "issue": "Gas", "stance": "Firm", "column": "EU Position", "row": 0}\\n'
    >>> summary.articles, summary.stances, summary.errors
    (1, 1, 0)
"""  # noqa: E501

from __future__ import annotations

import codecs
import fnmatch
import functools
import gzip
import importlib
import json
import multiprocessing
import os
import secrets
import signal
import sys
import time
import zlib
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing, contextmanager, suppress
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import IO, Any, Literal, Protocol, Union, cast, get_args

import attrs

from .errors import NewsparseError
from .extract import extract_records, extract_stances
from .pipeline import parse
from .prepare import decode
from .serialize import record_to_dict, stance_to_dict, table_to_dict

__all__ = [
    "DEFAULT_CHUNKSIZE",
    "DEFAULT_GLOB",
    "RECORD_KINDS",
    "Article",
    "ArticleId",
    "InputOptions",
    "Progress",
    "RecordKind",
    "Result",
    "Sink",
    "Summary",
    "atomic_output",
    "count_articles",
    "is_jsonl",
    "iter_articles",
    "process_article",
    "progress_bar",
    "run",
    "run_articles",
]

ArticleId = Union[str, int]  # noqa: UP007 (runtime alias)
"""An article's id: a path, ``FILE:LINENO``, or the JSON Lines id value."""

RecordKind = Literal["documents", "stances", "tables", "records"]
"""What one output line holds: a whole document, a stance, a table or a record."""

RECORD_KINDS: tuple[RecordKind, ...] = get_args(RecordKind)
"""All :data:`RecordKind` values, the default first."""

DEFAULT_GLOB = "*.txt"
"""The file-name pattern used in directories when none is given."""

DEFAULT_CHUNKSIZE = 16
"""Articles sent to a worker process at a time."""

# Chunks in flight per worker: enough to keep every worker busy while the
# main process reads inputs and writes results, few enough to bound memory.
_CHUNKS_PER_WORKER = 4

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


@attrs.frozen(kw_only=True)
class Result:
    """What :func:`process_article` made of one article."""

    id: ArticleId
    """The article's id."""
    lines: tuple[dict[str, Any], ...]
    """The output records, each one JSON line; one error record on failure."""
    tables: int = 0
    """Tables in the article."""
    stances: int = 0
    """Issue–stance records in the article."""
    edits: int = 0
    """Normalisation edits made."""
    error: str | None = None
    """Why the article failed, or ``None``."""


@attrs.frozen(kw_only=True)
class Summary:
    """Counts over a whole run, as printed at its end."""

    articles: int = 0
    """Articles seen, failed ones included."""
    lines: int = 0
    """JSON lines written."""
    tables: int = 0
    """Tables found."""
    stances: int = 0
    """Issue–stance records found."""
    edits: int = 0
    """Normalisation edits made."""
    errors: int = 0
    """Articles that could not be read or parsed."""
    seconds: float = 0.0
    """Wall time of the run."""
    jobs: int = 1
    """Worker processes used (1: in-process)."""

    @property
    def rate(self) -> float:
        """Articles per second (0 for an empty or instant run)."""
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, int | float]:
        """Return the summary as a JSON-ready dict, the rate included.

        Example:
            >>> Summary(articles=10, seconds=2.0).to_dict()["articles_per_second"]
            5.0
        """
        data: dict[str, int | float] = attrs.asdict(self)
        data["seconds"] = round(self.seconds, 3)
        data["articles_per_second"] = round(self.rate, 1)
        return data

    def describe(self) -> str:
        """Return the one-line summary printed at the end of a run.

        Example:
            >>> Summary(articles=3, tables=2, stances=4, edits=7, errors=1,
            ...         seconds=0.5).describe()
            '3 articles, 2 tables, 4 stances, 7 edits, 1 errors in 0.50 s (6.0 articles/s)'
        """  # noqa: E501
        return (
            f"{self.articles} articles, {self.tables} tables, "
            f"{self.stances} stances, {self.edits} edits, {self.errors} errors "
            f"in {self.seconds:.2f} s ({self.rate:.1f} articles/s)"
        )


class Sink(Protocol):
    """Where :func:`run` writes: anything with ``write(bytes)`` and ``flush()``."""

    def write(self, data: bytes, /) -> object:
        """Write ``data``."""

    def flush(self) -> object:
        """Flush buffered data."""


class Progress(Protocol):
    """A progress display: :func:`run` calls ``update(n)`` after ``n`` articles."""

    def update(self, n: int = 1, /) -> object:
        """Advance by ``n`` articles."""


# --- records ---------------------------------------------------------------


# --- inputs ----------------------------------------------------------------


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


# --- processing ------------------------------------------------------------


def process_article(
    article: Article, *, records: RecordKind = "documents", normalize: bool = True
) -> Result:
    """Parse one article into its output records; never raises for a bad article.

    Args:
        article: the article; one with an :attr:`~Article.error` becomes an
            error record.
        records: what each output record holds. ``"documents"``: one record
            ``{"id", "document"}`` with the ``newsparse/1`` tree;
            ``"stances"``: one ``{"id", "actor", "issue", "stance", "column",
            "row"}`` per issue–stance record; ``"tables"``: one ``{"id",
            "index", "span", "header", "rows", "records"}`` per table;
            ``"records"``: one ``{"id", "key", "description", "source",
            "span"}`` per key/description record.
        normalize: ``False`` keeps texts as written.

    Returns:
        The records and counts. A failure gives one record ``{"id", "error"}``
        and sets :attr:`Result.error`; the message of an exception raised while
        parsing starts with the exception's class name.

    Example:
        >>> process_article(Article("x", error="no such file")).lines
        ({'id': 'x', 'error': 'no such file'},)
        >>> process_article(Article("y", "Talks\\nthe envoys met.")).edits
        1
    """
    ident = article.id
    if article.error is not None or article.text is None:
        error = article.error or "no text"
        return Result(id=ident, lines=({"id": ident, "error": error},), error=error)
    try:
        doc = parse(article.text, normalize=normalize)
        tables = doc.tables()
        stances = extract_stances(doc)
        lines: tuple[dict[str, Any], ...]
        if records == "stances":
            lines = tuple({"id": ident, **stance_to_dict(s)} for s in stances)
        elif records == "tables":
            lines = tuple(
                {"id": ident, **table_to_dict(i, t)} for i, t in enumerate(tables)
            )
        elif records == "records":
            lines = tuple(
                {"id": ident, **record_to_dict(r)} for r in extract_records(doc)
            )
        else:
            lines = ({"id": ident, "document": doc.to_dict()},)
    except Exception as exc:  # one bad article must not stop a batch
        error = f"{type(exc).__name__}: {exc}"
        return Result(id=ident, lines=({"id": ident, "error": error},), error=error)
    return Result(
        id=ident,
        lines=lines,
        tables=len(tables),
        stances=len(stances),
        edits=len(doc.edits),
    )


@attrs.frozen
class _Done:
    """A processed article as it travels back from a worker: bytes and counts."""

    data: bytes
    lines: int
    tables: int
    stances: int
    edits: int
    failed: bool


def _dump(line: dict[str, Any]) -> bytes:
    text = json.dumps(line, ensure_ascii=False)
    try:
        return text.encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # lone surrogates from a JSON input: keep them escaped
        return json.dumps(line).encode("ascii") + b"\n"


def _process_chunk(
    chunk: list[Article], *, records: RecordKind, normalize: bool
) -> list[_Done]:
    done: list[_Done] = []
    for article in chunk:
        result = process_article(article, records=records, normalize=normalize)
        done.append(
            _Done(
                b"".join(_dump(line) for line in result.lines),
                len(result.lines),
                result.tables,
                result.stances,
                result.edits,
                result.error is not None,
            )
        )
    return done


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _ignore_sigint() -> None:
    # Ctrl-C reaches every process of the terminal's process group; only the
    # main process should handle it (and stop the pool), not each worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool_context() -> BaseContext:
    # "forkserver" where there is one: forking a process that may run threads
    # (a progress bar's monitor, the caller's own) is unsafe, and workers forked
    # from a server that preloaded newsparse start fast. Else the default.
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context()  # pragma: no cover - Windows


def _results(
    chunks: Iterator[list[Article]],
    work: Callable[[list[Article]], list[_Done]],
    jobs: int,
) -> Generator[list[_Done], None, None]:
    """Yield ``work(chunk)`` for each chunk, in order, on ``jobs`` processes."""
    if jobs <= 1:
        yield from map(work, chunks)
        return
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=_pool_context(), initializer=_ignore_sigint
    )
    try:
        pending: deque[Future[list[_Done]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(work, chunk))
            if len(pending) >= jobs * _CHUNKS_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def run_articles(
    articles: Iterable[Article],
    out: Sink,
    *,
    records: RecordKind = "documents",
    normalize: bool = True,
    jobs: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    progress: Progress | None = None,
) -> Summary:
    """Process ``articles`` and write one JSON line per output record to ``out``.

    Args:
        articles: the articles, consumed lazily.
        out: a binary sink; lines are UTF-8 JSON, each ending in ``\\n``, in
            input order whatever ``jobs`` is.
        records: what each line holds (see :func:`process_article`).
        normalize: ``False`` keeps texts as written.
        jobs: worker processes; ``None`` means :func:`os.cpu_count`, and 1
            processes in this process without a pool.
        chunksize: articles per task sent to a worker. At most
            ``jobs * 4`` chunks are in flight, so memory stays bounded
            however many articles there are.
        progress: told ``update(n)`` after each chunk of ``n`` articles.

    Returns:
        The counts of the run.

    Raises:
        ValueError: ``jobs`` or ``chunksize`` is less than 1.

    With more than one job the workers are started by :mod:`multiprocessing`
    (the ``forkserver`` method where there is one), so a script that calls
    this must do so under ``if __name__ == "__main__":``.
    """
    workers = (os.cpu_count() or 1) if jobs is None else jobs
    if workers < 1 or chunksize < 1:
        msg = f"jobs and chunksize must be at least 1, got {workers} and {chunksize}"
        raise ValueError(msg)
    start = time.perf_counter()
    work = functools.partial(_process_chunk, records=records, normalize=normalize)
    n_articles = n_lines = n_tables = n_stances = n_edits = n_errors = 0
    with closing(_results(_chunks(articles, chunksize), work, workers)) as results:
        for done in results:
            for item in done:
                out.write(item.data)
                n_lines += item.lines
                n_tables += item.tables
                n_stances += item.stances
                n_edits += item.edits
                n_errors += item.failed
            n_articles += len(done)
            if progress is not None:
                progress.update(len(done))
    out.flush()
    return Summary(
        articles=n_articles,
        lines=n_lines,
        tables=n_tables,
        stances=n_stances,
        edits=n_edits,
        errors=n_errors,
        seconds=time.perf_counter() - start,
        jobs=workers,
    )


def run(
    inputs: Sequence[str],
    out: Sink,
    *,
    options: InputOptions | None = None,
    records: RecordKind = "documents",
    normalize: bool = True,
    jobs: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    progress: Progress | None = None,
) -> Summary:
    """Parse every article of ``inputs`` and write JSON Lines to ``out``.

    This is :func:`run_articles` over :func:`iter_articles` ``(inputs, options)``;
    see those for the arguments. Bad articles become error lines and are
    counted in :attr:`Summary.errors`; they never stop the run.
    """
    return run_articles(
        iter_articles(inputs, options),
        out,
        records=records,
        normalize=normalize,
        jobs=jobs,
        chunksize=chunksize,
        progress=progress,
    )


# --- output and progress -----------------------------------------------------


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """Open a temporary file beside ``path``; rename it over ``path`` on success.

    The temporary file is named ``.NAME.RANDOM.tmp`` in the same directory, so
    the final :func:`os.replace` is atomic. If the ``with`` block raises
    (:class:`KeyboardInterrupt` included), the temporary file is removed and
    ``path`` is left as it was. A new file gets the usual permissions (the
    umask applies); an existing file keeps its mode.

    Raises:
        OSError: the temporary file cannot be created, e.g. the directory
            does not exist or is not writable.

    Example:
        >>> import pathlib, tempfile
        >>> tmp = tempfile.TemporaryDirectory()
        >>> target = pathlib.Path(tmp.name) / "out.jsonl"
        >>> with atomic_output(target) as stream:
        ...     _ = stream.write(b"{}\\n")
        ...     target.exists()
        False
        >>> target.read_text()
        '{}\\n'
        >>> tmp.cleanup()
    """
    target = Path(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(temp, flags, 0o666)
            break
        except FileExistsError:  # pragma: no cover - a 32-bit name collision
            continue
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
        with suppress(FileNotFoundError):
            temp.chmod(target.stat().st_mode & 0o7777)
        temp.replace(target)
    except BaseException:
        with suppress(FileNotFoundError):
            temp.unlink()
        raise


@contextmanager
def progress_bar(
    inputs: Sequence[str],
    options: InputOptions | None = None,
    *,
    stream: IO[str] | None = None,
) -> Iterator[Progress | None]:
    """Yield a ``tqdm`` progress bar on ``stream`` (default stderr), or ``None``.

    There is a bar only when ``stream`` is a terminal and ``tqdm`` is
    installed (``pip install 'newsparse[batch]'``); it shows the count, rate
    and, when :func:`count_articles` can count the inputs, the ETA.
    """
    stream = stream if stream is not None else sys.stderr
    isatty = getattr(stream, "isatty", None)
    if not (callable(isatty) and isatty()):
        yield None
        return
    try:
        tqdm = importlib.import_module("tqdm")  # optional: newsparse[batch]
    except ImportError:
        yield None
        return
    bar = tqdm.tqdm(
        total=count_articles(inputs, options),
        unit="article",
        file=stream,
        dynamic_ncols=True,
        smoothing=0.1,
    )
    try:
        yield cast(Progress, bar)
    finally:
        bar.close()
