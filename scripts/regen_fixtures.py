"""Regenerate tests/fixtures/articles/*.expected.json from the current parser.

Run it on purpose, then review the diff (git diff tests/fixtures) before
committing: the tests never refresh expected files themselves.

    python scripts/regen_fixtures.py [NAME ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import newsparse

ARTICLES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "articles"


def main(names: list[str]) -> int:
    paths = [ARTICLES / f"{n}.txt" for n in names] or sorted(ARTICLES.glob("*.txt"))
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        tree = newsparse.parse(text).to_dict()
        out = path.with_suffix(".expected.json")
        out.write_text(json.dumps(tree, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"wrote {out.relative_to(ARTICLES.parent.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
