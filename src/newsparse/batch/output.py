"""Batch: write the output atomically and show progress."""

from __future__ import annotations

import importlib
import os
import secrets
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Protocol, cast

from .inputs import InputOptions, count_articles

__all__ = ["Progress", "Sink", "atomic_output", "progress_bar"]


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
