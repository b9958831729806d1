"""Concurrency: parsing from many threads at once gives identical results."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import newsparse

from .helpers import ARTICLES, read_article


def test_threads_give_the_same_trees_as_one_thread():
    """Sixteen threads parsing all fixtures (and options variants) agree with a serial run."""
    texts = [read_article(p) for p in sorted(ARTICLES.glob("*.txt"))]
    options = [
        {},
        {"normalize": False},
        {"normalize": newsparse.NormalizeOptions(document_vote=False)},
        {"options": newsparse.ParseOptions(plain_headings=False)},
    ]
    jobs = [(text, opts) for text in texts for opts in options] * 4
    serial = [newsparse.parse(text, **opts).to_dict() for text, opts in jobs]
    with ThreadPoolExecutor(max_workers=16) as pool:
        threaded = list(
            pool.map(lambda job: newsparse.parse(job[0], **job[1]).to_dict(), jobs)
        )
    assert threaded == serial
