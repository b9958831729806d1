"""Recipes: running the pipeline on a cluster (Dask), loaded only when used.

The core never imports Dask; install it with ``pip install 'newsparse[dask]'``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .extract import extract_stances
from .pipeline import parse
from .prepare import decode
from .serialize import stance_to_dict

__all__ = ["article_stances", "dask_stances"]


def article_stances(path: str) -> list[dict[str, Any]]:
    """Parse one article file and return its stance records as dicts.

    A file that cannot be read or decoded gives one record with an ``error``
    key instead, so one bad file never stops a cluster job.

    Example:
        >>> import tempfile, pathlib
        >>> from newsparse.recipes import article_stances
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> text = "Issue | EU Position\\n---|---\\nGas | Firm"
        >>> _ = (folder / "a.txt").write_text(text, encoding="utf-8")
        >>> article_stances(str(folder / "a.txt"))[0]["actor"]
        'EU'
    """
    try:
        text = decode(Path(path).read_bytes())
    except (OSError, ValueError) as exc:
        return [{"source": path, "error": str(exc)}]
    return [{"source": path, **stance_to_dict(s)} for s in extract_stances(parse(text))]


def dask_stances(
    paths: Iterable[str], *, partitions: int | None = None
) -> list[dict[str, Any]]:
    """Collect the stance records of many article files with a ``dask.bag``.

    Runs on whatever Dask scheduler is active: a ``distributed.Client``
    (local or remote) if one is connected, else Dask's default.

    Args:
        paths: article files, readable from every worker.
        partitions: how many partitions to split the paths into (default:
            about 100 paths each).

    Raises:
        ImportError: Dask is not installed.
    """
    try:
        bag = importlib.import_module("dask.bag")
    except ImportError as exc:
        msg = "dask_stances() needs Dask: pip install 'newsparse[dask]'"
        raise ImportError(msg) from exc
    items = list(paths)
    count = partitions or max(1, len(items) // 100)
    records: list[dict[str, Any]] = (
        bag.from_sequence(items, npartitions=count)
        .map(article_stances)
        .flatten()
        .compute()
    )
    return records
