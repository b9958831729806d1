"""Throughput of newsparse against markdown-it-py on distinct generated articles.

    python benchmarks/throughput.py [--mb 2] [--rounds 5] [--scaling]

Builds a corpus of distinct articles by recombining the paragraphs, lists and
tables of the test fixtures (seeded), then times each contender on the whole
corpus, round by round and interleaved, and prints median MB/s and the ratio
to markdown-it-py. With ``--scaling`` it also times single documents of
10 KB, 100 KB, 1 MB and 10 MB (seconds per MB; linear work keeps it flat)
and measures the peak memory of parsing the 10 MB one with tracemalloc.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from markdown_it import MarkdownIt

import newsparse

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "articles"


def corpus(megabytes: float, seed: int = 7) -> list[str]:
    """Return distinct articles whose total size is about ``megabytes``."""
    rng = random.Random(seed)
    lines = [
        line
        for path in sorted(FIXTURES.glob("*.txt"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    articles: list[str] = []
    total = 0
    while total < megabytes * 1_000_000:
        start = rng.randrange(len(lines))
        chunk = lines[start : start + rng.randint(20, 60)]
        words = " ".join(rng.sample(lines, 1)[0].split()[:3])
        article = f"Report {len(articles)} on {words}\n" + "\n".join(chunk)
        articles.append(article)
        total += len(article)
    return articles


def scaling(texts: list[str]) -> None:
    """Print seconds per MB for growing single documents, and peak memory."""
    whole = "\n".join(texts)
    while len(whole) < 10_000_000:
        whole += "\n" + whole
    print(f"{'document size':<16}{'s/MB parse':>12}{'vs 100 KB':>12}")
    per_mb: dict[int, float] = {}
    for size in (10_000, 100_000, 1_000_000, 10_000_000):
        text = whole[:size]
        runs = max(1, 3_000_000 // size)
        start = time.perf_counter()
        for _ in range(runs):
            newsparse.parse(text)
        per_mb[size] = (time.perf_counter() - start) / runs / (size / 1e6)
        ratio = per_mb[size] / per_mb.get(100_000, per_mb[size])
        print(f"{size / 1e6:>10.2f} MB  {per_mb[size]:>10.3f}{ratio:>11.2f}x")
    text = whole[:10_000_000]
    tracemalloc.start()
    newsparse.parse(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    ratio = peak / len(text)
    print(f"peak memory parsing 10 MB: {peak / 1e6:.0f} MB ({ratio:.1f}x its size)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--scaling", action="store_true", help="also time 10 KB-10 MB")
    args = parser.parse_args()
    texts = corpus(args.mb)
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    md = MarkdownIt("commonmark").enable("table")
    contenders: dict[str, Callable[[str], object]] = {
        "newsparse.parse": newsparse.parse,
        "parse(normalize=False)": lambda t: newsparse.parse(t, normalize=False),
        "newsparse.normalize": newsparse.normalize,
        "markdown-it-py": md.parse,
    }
    rates: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(args.rounds):
        for name, run in contenders.items():
            start = time.perf_counter()
            for text in texts:
                run(text)
            rates[name].append(size / (time.perf_counter() - start))
    base = statistics.median(rates["markdown-it-py"])
    print(f"corpus: {len(texts)} articles, {size:.2f} MB, {args.rounds} rounds")
    print(f"{'contender':<26}{'MB/s':>8}{'vs markdown-it':>16}")
    for name, values in rates.items():
        median = statistics.median(values)
        print(f"{name:<26}{median:>8.2f}{median / base:>15.2f}x")
    if args.scaling:
        scaling(texts)


if __name__ == "__main__":
    main()
