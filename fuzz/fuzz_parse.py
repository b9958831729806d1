"""Coverage-guided fuzz target for newsparse (atheris).

Short run (as in CI):   python fuzz/fuzz_parse.py -atheris_runs=20000
Long run (documented):  python fuzz/fuzz_parse.py -max_total_time=600 corpus/

Each input is decoded as text and parsed with and without normalisation; the
target checks the laws the library promises: no exception, spans inside the
text, normalisation idempotent, edits replayable, and the tree
surviving a round trip through its dict.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import newsparse


def check(data: bytes) -> None:
    """Parse one fuzzed input and assert the library's laws on it."""
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    doc = newsparse.parse(text)
    raw = newsparse.parse(text, normalize=False)
    for tree in (doc, raw):
        for node in tree.walk():
            span = node.span
            if not 0 <= span.start <= span.end <= len(text):
                raise AssertionError(f"span {span} outside the text")
        if newsparse.Document.from_dict(tree.to_dict()) != tree:
            raise AssertionError("round trip changed the tree")
    for edit in doc.edits:
        if text[edit.start : edit.end] != edit.before:
            raise AssertionError(f"edit {edit} does not quote the input")
    once = newsparse.normalize(text)
    if newsparse.normalize(once) != once:
        raise AssertionError("normalize is not idempotent")
    explained = newsparse.normalize_and_explain(text)
    if newsparse.apply_edits(text, explained.edits) != explained.text:
        raise AssertionError("edits do not replay")


def main() -> None:
    """Run the fuzzer with libFuzzer's command-line flags."""
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
