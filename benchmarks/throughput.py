"""Throughput of newsparse against markdown-it-py on distinct generated articles.

    python benchmarks/throughput.py [--mb 2] [--rounds 5] [--scaling]

Builds a corpus of distinct articles by recombining the paragraphs, lists and
tables of the test fixtures (seeded), then times each contender on the whole
corpus, round by round and interleaved, and prints the machine, median MB/s,
the ratio of the medians to markdown-it-py and each round's own ratio (the
rounds share the machine's load, so their ratios vary less than their
rates). mistune 3 joins as a contender when it is installed. With
``--scaling`` it also times single documents of 10 KB, 100 KB, 1 MB and
10 MB (CPU seconds per MB, best of three; linear work keeps it flat) and
measures the peak memory of parsing the 10 MB one with tracemalloc.
"""

from __future__ import annotations

import argparse
import os
import platform
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
    """Return distinct articles whose total size is about ``megabytes``.

    Each article is a run of fixture lines under a title of its own, with
    names of its own (:func:`_name`) in place of a few of its words, one of
    them written in lower case: real text brings new names with every
    article, so a large document's vocabulary grows with it.
    """
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
        names = [_name(rng) for _ in range(rng.randint(2, 4))]
        for index in rng.sample(range(len(chunk)), min(len(chunk), 6)):
            words = chunk[index].split(" ")
            if len(words) > 6:  # a line of prose: a word after its second
                at = rng.randrange(2, len(words) - 1)
                if words[at].isalpha():
                    name = rng.choice(names)
                    words[at] = name.lower() if rng.random() < 0.2 else name
                    chunk[index] = " ".join(words)
        title = " ".join(rng.sample(lines, 1)[0].split()[:3])
        article = f"Report {len(articles)} on {title}\n" + "\n".join(chunk)
        articles.append(article)
        total += len(article)
    return articles


def _name(rng: random.Random) -> str:
    """Return an invented name of two or three syllables ("Valomir")."""
    syllables = [
        rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") + rng.choice(["", "n", "r"])
        for _ in range(rng.randint(2, 3))
    ]
    return "".join(syllables).capitalize()


def scaling(repeats: int = 3) -> None:
    """Print seconds per MB for growing single documents, and peak memory.

    Each size is timed ``repeats`` times (each time over about 3 MB of
    parsing) in CPU seconds of this process, and the best is kept: on a
    shared machine the others' load then slows the figures less.
    """
    # Distinct articles throughout: a document made by repeating a smaller
    # one would stop bringing new words, and hide work that grows with them.
    whole = "\n".join(corpus(10.5, seed=11))
    print(f"{'document size':<16}{'s/MB parse':>12}{'vs 100 KB':>12}")
    per_mb: dict[int, float] = {}
    for size in (10_000, 100_000, 1_000_000, 10_000_000):
        text = whole[:size]
        runs = max(1, 3_000_000 // size)
        best = float("inf")
        for _ in range(repeats):
            start = time.process_time()
            for _ in range(runs):
                newsparse.parse(text)
            best = min(best, time.process_time() - start)
        per_mb[size] = best / runs / (size / 1e6)
        ratio = per_mb[size] / per_mb.get(100_000, per_mb[size])
        print(f"{size / 1e6:>10.2f} MB  {per_mb[size]:>10.3f}{ratio:>11.2f}x")
    text = whole[:10_000_000]
    tracemalloc.start()
    newsparse.parse(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    ratio = peak / len(text)
    print(f"peak memory parsing 10 MB: {peak / 1e6:.0f} MB ({ratio:.1f}x its size)")


def machine() -> str:
    """Describe the machine: CPU model, cores, Python implementation and version."""
    cpu = platform.processor() or platform.machine()
    try:
        info = Path("/proc/cpuinfo").read_text("utf-8").splitlines()
    except OSError:  # not Linux
        info = []
    models = [line.split(":", 1)[1].strip() for line in info if "model name" in line]
    cpu = models[0] if models else cpu
    python = f"{platform.python_implementation()} {platform.python_version()}"
    return f"machine: {cpu}, {os.cpu_count()} cores, {python}"


def contenders() -> dict[str, Callable[[str], object]]:
    """Return the parsers to time by name; mistune only when it is installed."""
    md = MarkdownIt("commonmark").enable("table")
    runs: dict[str, Callable[[str], object]] = {
        "newsparse.parse": newsparse.parse,
        "parse(normalize=False)": lambda t: newsparse.parse(t, normalize=False),
        "newsparse.normalize": newsparse.normalize,
        "markdown-it-py": md.parse,
    }
    try:
        import mistune
    except ImportError:
        return runs
    # renderer=None: parse to mistune's AST (block and inline), render nothing.
    runs["mistune (AST)"] = mistune.create_markdown(renderer=None, plugins=["table"])
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--scaling", action="store_true", help="also time 10 KB-10 MB")
    args = parser.parse_args()
    texts = corpus(args.mb)
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    runs = contenders()
    rates: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.rounds):
        for name, run in runs.items():
            start = time.perf_counter()
            for text in texts:
                run(text)
            rates[name].append(size / (time.perf_counter() - start))
    base = rates["markdown-it-py"]
    print(machine())
    print(f"corpus: {len(texts)} articles, {size:.2f} MB, {args.rounds} rounds")
    print(f"{'contender':<26}{'MB/s':>8}{'vs markdown-it':>16}   per round")
    for name, values in rates.items():
        median = statistics.median(values)
        rounds = " ".join(f"{v / b:.2f}" for v, b in zip(values, base, strict=True))
        ratio = median / statistics.median(base)
        print(f"{name:<26}{median:>8.2f}{ratio:>15.2f}x   {rounds}")
    if args.scaling:
        scaling()


if __name__ == "__main__":
    main()
