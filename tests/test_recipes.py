"""Recipes: the Dask recipe on a real LocalCluster with worker processes."""

from __future__ import annotations

import pytest

from newsparse.recipes import article_stances, dask_stances

ARTICLE = "Trade Talks\nThe envoys met.\nIssue | EU Position | UK Position\n---|---|---\n{n} | Keep | Cut\n"


@pytest.fixture
def corpus(tmp_path):
    paths = []
    for n in range(12):
        path = tmp_path / f"a{n}.txt"
        path.write_text(ARTICLE.format(n=f"Quota {n}"), encoding="utf-8")
        paths.append(str(path))
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa not utf-8 \xff")
    paths.append(str(bad))
    return paths


class TestArticleStances:
    def test_bad_file_gives_an_error_record(self, tmp_path):
        """An undecodable file becomes one record with an error."""
        bad = tmp_path / "bad.txt"
        bad.write_bytes(b"ok\xff")
        (record,) = article_stances(str(bad))
        assert "byte 2" in record["error"]


class TestDask:
    def test_local_cluster_with_worker_processes(self, corpus):
        """dask_stances on a distributed LocalCluster collects every record."""
        distributed = pytest.importorskip("distributed")
        with (
            distributed.LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            ) as cluster,
            distributed.Client(cluster),
        ):
            records = dask_stances(corpus, partitions=4)
        good = [r for r in records if "error" not in r]
        assert len(good) == 24
        assert {r["actor"] for r in good} == {"EU", "UK"}
        assert sorted({r["issue"] for r in good}) == sorted(
            f"Quota {n}" for n in range(12)
        )
        assert sum("error" in r for r in records) == 1
