"""Linearity of ``newsparse.parse`` on real text: the same text cut small and whole.

    python benchmarks/linearity.py [--cache DIR] [--sizes 0.01 0.1 1 0]
        [--rounds 2] [--normalize-only]

Text. The 300 ABC articles of ``lee_background.cor`` and about 2.3 MB of
Wikipedia prose, both from gensim's wheel, and the English articles of
newspaper4k's test data, read the way ``benchmarks/normalize_quality.py``
reads them (downloaded once into the cache, never installed, never
committed): about 3 MB of distinct news and encyclopaedia text, whose
vocabulary keeps growing as it goes on, as real text's does. The
generated corpus of ``throughput.py`` draws its words from the test
fixtures, so it cannot show work that grows with a document's vocabulary.

Timing. For each size the whole text is cut, at paragraph breaks, into
documents of about that many MB (``0``: the text as one document), and each
document is parsed; the figure is CPU milliseconds per MB for all of them,
best of ``--rounds``. The same text is timed at every size, so the column
shows only what the size of a document costs: linear work keeps it flat.
``--normalize-only`` times ``newsparse.normalize`` instead, which takes its
argument as one paragraph and votes over all of it.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from normalize_quality import (
    BACKGROUND_MEMBER,
    lee_documents,
    newspaper_documents,
    wiki_documents,
)

import newsparse

DEFAULT_CACHE = Path.home() / ".cache" / "newsparse-bench"


def real_text(cache: Path) -> str:
    """Return the lee background, newspaper and Wikipedia texts, paragraphs apart."""
    documents = (
        lee_documents(cache, BACKGROUND_MEMBER)
        + newspaper_documents(cache)
        + wiki_documents(cache)
    )
    return "\n\n".join("\n\n".join(d.paragraphs) for d in documents)


def cut(text: str, size: int) -> list[str]:
    """Cut ``text`` at paragraph breaks into documents of about ``size`` characters."""
    if size <= 0:
        return [text]
    documents: list[str] = []
    start = 0
    while start < len(text):
        stop = text.find("\n\n", start + size)
        stop = len(text) if stop < 0 else stop
        documents.append(text[start:stop])
        start = stop
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.01, 0.1, 1.0, 0.0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--normalize-only", action="store_true")
    args = parser.parse_args()
    run = newsparse.normalize if args.normalize_only else newsparse.parse
    text = real_text(args.cache)
    megabytes = len(text) / 1e6
    print(f"text: {megabytes:.2f} MB of news and encyclopaedia prose")
    print(f"{'documents of':<16}{'count':>7}{'ms/MB':>9}{'vs 100 KB':>11}")
    figures: dict[float, float] = {}
    for size in args.sizes:
        documents = cut(text, int(size * 1e6))
        best = float("inf")
        for _ in range(args.rounds):
            start = time.process_time()
            for document in documents:
                run(document)
            best = min(best, time.process_time() - start)
        figures[size] = best / megabytes * 1000
        label = f"{size:g} MB" if size > 0 else "whole text"
        ratio = f"{figures[size] / figures[0.1]:.2f}x" if 0.1 in figures else ""
        print(f"{label:<16}{len(documents):>7}{figures[size]:>9.0f}{ratio:>11}")


if __name__ == "__main__":
    main()
