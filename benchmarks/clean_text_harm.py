"""Harm done by ``newsparse.parse`` to clean, structured news text.

    python benchmarks/clean_text_harm.py [--data DIR ...] [--examples 20]

The structure benchmark's development articles (``benchmarks/data/structure*``,
the held-out ``structure-blind`` set left out) were written by annotators as
clean text: no casing or spacing artefacts. Parsed with normalisation, every
edit other than white space is harm. Unlike ``normalize_quality.py``, which
normalises running paragraphs, this runs the whole parse, so lists,
headings and item labels are normalised as they are in a parsed document.

Prints the characters read, the edits per rule and per 100,000 characters
(the do-no-harm target of issue #3 is at most 1), and examples in context.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import newsparse

DATA = Path(__file__).resolve().parent / "data"
HELD_OUT = "structure-blind"
CONTEXT = 40  # characters shown on each side of an example edit


def development_sets() -> list[Path]:
    """Every structure set under ``benchmarks/data`` but the held-out one."""
    return sorted(
        d for d in DATA.glob("structure*") if d.is_dir() and d.name != HELD_OUT
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, nargs="*", help="folders of *.txt")
    parser.add_argument("--examples", type=int, default=20)
    args = parser.parse_args()
    folders = args.data or development_sets()
    if any(folder.name == HELD_OUT for folder in folders):
        raise SystemExit(f"{HELD_OUT} is held out: score it with structure_f1.py")
    chars = 0
    rules: Counter[str] = Counter()
    examples: list[str] = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text("utf-8")
            chars += len(text)
            for edit in newsparse.parse(text).edits:
                if edit.rule == "whitespace":
                    continue
                rules[edit.rule] += 1
                before = text[max(0, edit.start - CONTEXT) : edit.start]
                after = text[edit.end : edit.end + CONTEXT]
                shown = f"{before}⟦{edit.before}→{edit.after}⟧{after}"
                examples.append(f"  {path.stem} {edit.rule}: {shown!r}")
    total = sum(rules.values())
    print(f"{len(folders)} folders, {chars:,} characters of clean text")
    for rule, count in rules.most_common():
        print(f"  {rule:22s} {count:5d}")
    rate = total / chars * 100_000 if chars else 0.0
    verdict = "PASS" if rate <= 1 else "FAIL"
    print(f"case + punctuation edits: {total} ({rate:.1f} per 100k;", end=" ")
    print(f"target ≤ 1 {verdict})")
    for line in examples[: args.examples]:
        print(line)


if __name__ == "__main__":
    main()
