"""Batch: run articles through a process pool in chunks; JSON Lines in input order."""

from __future__ import annotations

import functools
import json
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing
from multiprocessing.context import BaseContext
from typing import Any

import attrs

from .inputs import Article, InputOptions, iter_articles
from .output import Progress, Sink
from .process import RecordKind, process_article

__all__ = ["DEFAULT_CHUNKSIZE", "Summary", "run", "run_articles"]

DEFAULT_CHUNKSIZE = 16
"""Articles sent to a worker process at a time."""

# Chunks in flight per worker: enough to keep every worker busy while the
# main process reads inputs and writes results, few enough to bound memory.
_CHUNKS_PER_WORKER = 4


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
