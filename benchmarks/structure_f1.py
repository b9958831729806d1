"""Held-out structure benchmark: newsparse's block tree against hand annotations.

    python benchmarks/structure_f1.py [--data DIR] [--show NAME] [--json]
        [--min-f1 X]

Data. Every ``NAME.txt`` under ``benchmarks/data/structure`` (or ``--data``)
with its hand annotation ``NAME.blocks.json``: a list of gold blocks
``{"kind", "first", "last"}`` (1-based inclusive source lines), kinds
``heading``, ``paragraph``, ``list``, ``table``, ``boilerplate``, optionally
``level`` (headings) and ``text`` (headings, paragraphs). See the README in
that directory for the annotation guidelines. Since the fifth session these
32 are the development set; the held-out sets are ``benchmarks/data/structure-blind``
and the larger ``structure-blind2`` to ``structure-blind4`` (``--data``),
written by annotators who
never saw the parser: score them once a session, at the end, and never tune
against them (see their READMEs).

Prediction. Each text is decoded byte-exactly and parsed with
``newsparse.parse(text, normalize=False)``. The tree is flattened into its
top-level blocks in reading order: a ``Section`` gives its ``heading`` and then
its children (deeper sections recursively); a ``ListBlock`` is one block, its
nested lists included. Kinds come from the node class (``Heading``,
``Paragraph``, ``ListBlock``, ``Table``, and ``Boilerplate`` once newsparse
has one; until then gold boilerplate blocks can only be misses). A block's
lines are those of its ``span`` (white space at either end ignored).

Scores. A predicted block matches a gold block iff kind, first and last line
are all equal (a heading's ``===`` or ``---`` underline may be counted in the
heading or left out: the guidelines let rule lines stay outside any block).
Precision, recall and F1 are micro-averaged over blocks (per article, per
kind and overall; the macro F1 over articles is shown too).
Text agreement is the share of gold headings and paragraphs carrying a
``text`` whose matched predicted block has that text, white space runs
collapsed (``normalize=False`` keeps a wrapped line's break; an unmatched
gold block counts as a disagreement; the share among matched blocks is shown
as well). Heading false positives (predicted headings matching no gold
heading) and false negatives (gold headings not predicted) are counted and
broken down by what the other side made of those lines.

Exit status is 0 (a benchmark, not a test) unless ``--min-f1 X`` is given and
the overall F1 is below X, then 1. Invalid annotation files exit with 2.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import newsparse

DATA = Path(__file__).resolve().parent / "data" / "structure"
KINDS = ("heading", "paragraph", "list", "table", "boilerplate")
_CLASS_KIND = {
    "Heading": "heading",
    "Paragraph": "paragraph",
    "ListBlock": "list",
    "Table": "table",
    "Boilerplate": "boilerplate",
}
BOILERPLATE: type[Any] | None = getattr(newsparse, "Boilerplate", None)


@dataclass(frozen=True)
class Block:
    """One block, gold or predicted: kind and 1-based inclusive line range."""

    kind: str
    first: int
    last: int
    text: str | None = None
    level: int | None = None

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.kind, self.first, self.last)


@dataclass
class Result:
    """Gold and predicted blocks of one article and how they match."""

    name: str
    lines: list[str]
    gold: list[Block]
    pred: list[Block]
    error: str | None = None
    matched: dict[int, int] = field(default_factory=dict)  # gold index -> pred index

    def __post_init__(self) -> None:
        free: dict[tuple[str, int, int], list[int]] = {}
        for j, block in enumerate(self.pred):
            free.setdefault(self._key(block), []).append(j)
        for i, block in enumerate(self.gold):
            slots = free.get(self._key(block))
            if slots:
                self.matched[i] = slots.pop(0)

    def _key(self, block: Block) -> tuple[str, int, int]:
        """A block's key, a heading's underline (``===``, ``---``) left out.

        The guidelines let rule lines stay outside any block, so a setext
        heading may end on its text line or on its underline.
        """
        if block.kind == "heading" and block.last == block.first + 1:
            under = (
                self.lines[block.last - 1].strip()
                if block.last <= len(self.lines)
                else ""
            )
            if len(under) > 1 and set(under) <= {"=", "-"}:
                return (block.kind, block.first, block.first)
        return block.key

    @property
    def tp(self) -> int:
        return len(self.matched)

    def matched_pred(self) -> set[int]:
        return set(self.matched.values())


# --------------------------------------------------------------------------- input


def read_text(path: Path) -> str:
    """Decode byte-exactly: no newline translation, a BOM stays in the text."""
    return path.read_bytes().decode("utf-8")


def load_gold(path: Path, n_lines: int) -> list[Block]:
    """Read and validate ``NAME.blocks.json``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a JSON list")
    blocks: list[Block] = []
    previous_last = 0
    for n, raw in enumerate(data):
        where = f"{path.name}[{n}]"
        if not isinstance(raw, dict):
            raise ValueError(f"{where}: expected an object")
        kind, first, last = raw.get("kind"), raw.get("first"), raw.get("last")
        if kind not in KINDS:
            raise ValueError(f"{where}: unknown kind {kind!r}")
        if not (isinstance(first, int) and isinstance(last, int)):
            raise ValueError(f"{where}: first/last must be integers")
        if not previous_last < first <= last <= n_lines:
            raise ValueError(f"{where}: bad or overlapping line range {first}-{last}")
        text, level = raw.get("text"), raw.get("level")
        if text is not None and not isinstance(text, str):
            raise ValueError(f"{where}: text must be a string")
        if level is not None and not isinstance(level, int):
            raise ValueError(f"{where}: level must be an integer")
        blocks.append(Block(str(kind), first, last, text, level))
        previous_last = last
    return blocks


# ---------------------------------------------------------------------- prediction


class LineIndex:
    """Map character offsets of a text to 1-based line numbers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def lines_of(self, start: int, end: int) -> tuple[int, int]:
        """Lines of ``text[start:end]``, white space at either end ignored."""
        while end > start and self.text[end - 1].isspace():
            end -= 1
        while start < end and self.text[start].isspace():
            start += 1
        return self.line(start), self.line(max(start, end - 1))


def _kind_of(node: object) -> str:
    name = type(node).__name__
    if BOILERPLATE is not None and isinstance(node, BOILERPLATE):
        return "boilerplate"
    return _CLASS_KIND.get(name, f"other:{name}")


def _to_block(node: object, index: LineIndex) -> Block:
    span = getattr(node, "span", None)
    start = getattr(span, "start", 0)
    end = getattr(span, "end", 0)
    first, last = index.lines_of(int(start), int(end))
    text = getattr(node, "text", None)
    level = getattr(node, "level", None)
    return Block(
        _kind_of(node),
        first,
        last,
        text if isinstance(text, str) else None,
        level if isinstance(level, int) else None,
    )


def flatten(children: Iterable[object], index: LineIndex) -> Iterator[Block]:
    """Yield the top-level blocks of a tree in reading order."""
    for node in children:
        if isinstance(node, newsparse.Section):
            yield _to_block(node.heading, index)
            yield from flatten(node.children, index)
        else:
            yield _to_block(node, index)


def _squeeze(text: str | None) -> str | None:
    """Collapse white space runs: ``normalize=False`` keeps a wrap's line break."""
    return None if text is None else " ".join(text.split())


def predict(text: str) -> list[Block]:
    document = newsparse.parse(text, normalize=False)
    return list(flatten(document.children, LineIndex(text)))


def evaluate(txt: Path) -> Result:
    text = read_text(txt)
    lines = text.splitlines()
    gold = load_gold(txt.with_name(txt.stem + ".blocks.json"), len(lines))
    try:
        pred = predict(text)
    except Exception as exc:  # a crash scores zero; keep measuring the rest
        return Result(txt.stem, lines, gold, [], f"{type(exc).__name__}: {exc}")
    return Result(txt.stem, lines, gold, pred)


# ------------------------------------------------------------------------- scoring


def prf(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    precision = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    recall = tp / n_gold if n_gold else 1.0
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)


def _kind_at(blocks: Sequence[Block], line: int) -> str:
    """Kind of the block covering ``line`` (``none`` if none does)."""
    for block in blocks:
        if block.first <= line <= block.last:
            return block.kind
    return "none"


@dataclass
class Tally:
    """Counts summed over articles."""

    tp: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    pred: Counter[str] = field(default_factory=Counter)
    text_gold: int = 0
    text_equal: int = 0
    text_matched: int = 0
    level_matched: int = 0
    level_equal: int = 0
    heading_fp: Counter[str] = field(default_factory=Counter)  # by gold kind
    heading_fn: Counter[str] = field(default_factory=Counter)  # by predicted kind

    def add(self, result: Result) -> None:
        self.gold.update(b.kind for b in result.gold)
        self.pred.update(b.kind for b in result.pred)
        for i, j in result.matched.items():
            gold, pred = result.gold[i], result.pred[j]
            self.tp[gold.kind] += 1
            if gold.text is not None:
                self.text_matched += 1
                self.text_equal += _squeeze(pred.text) == _squeeze(gold.text)
            if gold.kind == "heading" and gold.level is not None:
                self.level_matched += 1
                self.level_equal += pred.level == gold.level
        self.text_gold += sum(
            1
            for b in result.gold
            if b.text is not None and b.kind in ("heading", "paragraph")
        )
        used = result.matched_pred()
        for j, block in enumerate(result.pred):
            if block.kind == "heading" and j not in used:
                self.heading_fp[_kind_at(result.gold, block.first)] += 1
        for i, block in enumerate(result.gold):
            if block.kind == "heading" and i not in result.matched:
                self.heading_fn[_kind_at(result.pred, block.first)] += 1

    def scores(self) -> dict[str, Any]:
        tp, n_gold, n_pred = (
            sum(self.tp.values()),
            sum(self.gold.values()),
            sum(self.pred.values()),
        )
        p, r, f = prf(tp, n_gold, n_pred)
        kinds = sorted(set(self.gold) | set(self.pred), key=_kind_order)
        return {
            "gold": n_gold,
            "pred": n_pred,
            "tp": tp,
            "precision": p,
            "recall": r,
            "f1": f,
            "text_exact": self.text_equal / self.text_gold if self.text_gold else None,
            "text_exact_matched": (
                self.text_equal / self.text_matched if self.text_matched else None
            ),
            "heading_level_matched": (
                self.level_equal / self.level_matched if self.level_matched else None
            ),
            "heading_fp": sum(self.heading_fp.values()),
            "heading_fn": sum(self.heading_fn.values()),
            "heading_fp_by_gold_kind": dict(self.heading_fp.most_common()),
            "heading_fn_by_pred_kind": dict(self.heading_fn.most_common()),
            "per_kind": {
                k: dict(
                    zip(
                        ("precision", "recall", "f1"),
                        prf(self.tp[k], self.gold[k], self.pred[k]),
                        strict=True,
                    ),
                    gold=self.gold[k],
                    pred=self.pred[k],
                    tp=self.tp[k],
                )
                for k in kinds
            },
        }


def _kind_order(kind: str) -> tuple[int, str]:
    return (KINDS.index(kind) if kind in KINDS else len(KINDS), kind)


# ------------------------------------------------------------------------- output


def _pct(value: float | None) -> str:
    return "   -" if value is None else f"{100 * value:5.1f}"


def print_table(results: list[Result], overall: dict[str, Any]) -> None:
    print(
        f"newsparse {newsparse.__version__}: block structure on {len(results)} "
        f"annotated articles (boilerplate node: "
        f"{'yes' if BOILERPLATE is not None else 'no'})"
    )
    print()
    header = (
        f"{'article':40} {'gold':>4} {'pred':>4} {'tp':>4} "
        f"{'P':>5} {'R':>5} {'F1':>5} {'text':>5} {'H-FP':>4} {'H-FN':>4}"
    )
    print(header)
    print("-" * len(header))
    for result in results:
        tally = Tally()
        tally.add(result)
        s = tally.scores()
        note = f"  ! {result.error}" if result.error else ""
        print(
            f"{result.name[:40]:40} {s['gold']:4} {s['pred']:4} {s['tp']:4} "
            f"{_pct(s['precision'])} {_pct(s['recall'])} {_pct(s['f1'])} "
            f"{_pct(s['text_exact'])} {s['heading_fp']:4} {s['heading_fn']:4}{note}"
        )
    print("-" * len(header))
    o = overall
    print(
        f"{'ALL (micro)':40} {o['gold']:4} {o['pred']:4} {o['tp']:4} "
        f"{_pct(o['precision'])} {_pct(o['recall'])} {_pct(o['f1'])} "
        f"{_pct(o['text_exact'])} {o['heading_fp']:4} {o['heading_fn']:4}"
    )
    print(f"{'macro F1 over articles':40} {'':14} {'':11} {_pct(o['macro_f1'])}")
    print()
    print(f"{'kind':12} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>5} {'R':>5} {'F1':>5}")
    for kind, k in o["per_kind"].items():
        print(
            f"{kind:12} {k['gold']:5} {k['pred']:5} {k['tp']:5} "
            f"{_pct(k['precision'])} {_pct(k['recall'])} {_pct(k['f1'])}"
        )
    print()
    print(
        f"text exact: {_pct(o['text_exact'])}% of gold headings/paragraphs "
        f"({_pct(o['text_exact_matched'])}% of the matched ones); "
        f"heading level agrees on {_pct(o['heading_level_matched'])}% of matched "
        "headings"
    )
    fp = ", ".join(f"{k} {v}" for k, v in o["heading_fp_by_gold_kind"].items())
    fn = ", ".join(f"{k} {v}" for k, v in o["heading_fn_by_pred_kind"].items())
    print(f"heading false positives: {o['heading_fp']} (gold there: {fp or '-'})")
    print(f"heading false negatives: {o['heading_fn']} (predicted there: {fn or '-'})")


def _labels(blocks: Sequence[Block], n_lines: int, hits: set[int]) -> list[str]:
    labels = [""] * (n_lines + 1)
    for i, block in enumerate(blocks):
        mark = "=" if i in hits else "x"
        for line in range(block.first, min(block.last, n_lines) + 1):
            if line == block.first:
                end = "" if block.first == block.last else f"-{block.last}"
                labels[line] = f"{mark} {block.kind} {block.first}{end}"
            else:
                labels[line] = "  |"
    return labels


def show(result: Result) -> None:
    """Print gold vs predicted line by line, then the differences."""
    n = len(result.lines)
    gold = _labels(result.gold, n, set(result.matched))
    pred = _labels(result.pred, n, result.matched_pred())
    print(f"{result.name}: '=' matched, 'x' unmatched")
    if result.error:
        print(f"parse failed: {result.error}")
    print(f"{'line':>4}  {'gold':24} {'predicted':24} source")
    for line in range(1, n + 1):
        source = result.lines[line - 1]
        source = source if len(source) <= 70 else source[:67] + "..."
        print(f"{line:4}  {gold[line]:24} {pred[line]:24} {source}")
    print()
    for i, j in result.matched.items():
        g, p = result.gold[i], result.pred[j]
        if g.text is not None and p.text != g.text:
            print(f"text differs, {g.kind} {g.first}-{g.last}:")
            print(f"  gold: {g.text!r}")
            print(f"  pred: {p.text!r}")
        if g.level is not None and p.level != g.level:
            print(f"level differs, heading {g.first}: gold {g.level}, pred {p.level}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="annotated articles")
    parser.add_argument("--show", metavar="NAME", help="gold vs predicted for NAME")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--min-f1", type=float, help="exit 1 if overall F1 < X")
    args = parser.parse_args(argv)

    paths = sorted(args.data.glob("*.txt"))
    if args.show:
        paths = [p for p in paths if p.stem == args.show]
        if not paths:
            print(f"no article {args.show!r} in {args.data}", file=sys.stderr)
            return 2
    try:
        results = [evaluate(p) for p in paths]
    except (ValueError, OSError) as exc:
        print(f"invalid benchmark data: {exc}", file=sys.stderr)
        return 2

    total = Tally()
    for result in results:
        total.add(result)
    overall = total.scores()
    per_article = []
    for result in results:
        tally = Tally()
        tally.add(result)
        per_article.append(
            {"name": result.name, "error": result.error, **tally.scores()}
        )
    f1s = [a["f1"] for a in per_article]
    overall["macro_f1"] = sum(f1s) / len(f1s) if f1s else None

    if args.json:
        payload: dict[str, Any] = {
            "newsparse": newsparse.__version__,
            "boilerplate_node": BOILERPLATE is not None,
            "articles": per_article,
            "overall": overall,
        }
        if args.show:
            result = results[0]
            payload["show"] = {
                "gold": [vars(b) for b in result.gold],
                "pred": [vars(b) for b in result.pred],
                "matched": [[i, j] for i, j in sorted(result.matched.items())],
            }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    elif args.show:
        show(results[0])
        print()
        print_table(results, overall)
    else:
        print_table(results, overall)

    if args.min_f1 is not None and overall["f1"] < args.min_f1:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
