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

The steps live in :mod:`.inputs` (reading articles), :mod:`.process` (parsing
one article), :mod:`.pool` (the process pool and the run) and :mod:`.output`
(the output file and the progress bar).

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

from .inputs import (
    DEFAULT_GLOB,
    Article,
    ArticleId,
    InputOptions,
    count_articles,
    is_jsonl,
    iter_articles,
)
from .output import Progress, Sink, atomic_output, progress_bar
from .pool import DEFAULT_CHUNKSIZE, Summary, run, run_articles
from .process import RECORD_KINDS, RecordKind, Result, process_article

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
