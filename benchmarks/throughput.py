"""Throughput of newsparse against markdown-it-py on distinct generated articles.

    python benchmarks/throughput.py [--mb 2] [--rounds 5]

Builds a corpus of distinct articles by recombining the paragraphs, lists and
tables of the test fixtures (seeded), then times each contender on the whole
corpus, round by round and interleaved, and prints median MB/s and the ratio
to markdown-it-py.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=5)
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


if __name__ == "__main__":
    main()
