"""Dask: a real LocalCluster with two worker processes gives the same output as a local run, and the
workers load plugin stages (the example plugin package, and a plugin module named in NEWSCLEAN_PLUGINS).

Skipped, with a message, when ``distributed`` is not installed; the ``test`` extra installs it, so in CI
this runs with the rest of the suite.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip(
    "distributed", reason="the Dask tests need dask[distributed] (pip install 'newsclean[dask]' or '.[test]')")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")

from newsclean import Pipeline  # noqa: E402
from newsclean.cli import main  # noqa: E402
from newsclean.dask import ERROR_FIELD, clean_bag, clean_dataframe, clean_records, learn_bag  # noqa: E402
from newsclean.io.readers import read_inputs  # noqa: E402
from newsclean.plugins import PLUGINS_ENV, reset_host  # noqa: E402
from newsclean.profile import learn  # noqa: E402
from tests.test_profile import make_corpus, write_jsonl  # noqa: E402

HAS_MASK = importlib.util.find_spec("newsclean_mask") is not None
STAGES = ["segment", "repair", "language", "dedup", "shout", *(["mask-contacts"] if HAS_MASK else [])]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    mp = pytest.MonkeyPatch()
    mp.setenv(PLUGINS_ENV, "tests.test_parallel")  # the workers inherit it, as with `--plugin`
    reset_host()
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.Client(cluster) as dask_client:
        yield dask_client
    cluster.close()
    mp.undo()
    reset_host()


def records() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = make_corpus(pages_per_site=25)
    out[3] = {**out[3], "text": out[3]["text"] + "\nWrite to desk@a.example or call +44 20 7946 0958."}
    out.insert(10, {"id": "no-text", "body": "nothing"})
    return out


def test_cli_on_the_cluster_is_byte_identical_to_a_local_run(client: Any, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", records())
    runs = {}
    engines = {"local": ["-j", "1"], "dask": ["--engine", "dask", "--scheduler", client.scheduler.address]}
    for name, engine in engines.items():
        out, errors = tmp_path / f"{name}.jsonl", tmp_path / f"{name}-errors.jsonl"
        code = main(["clean", str(source), "-o", str(out), "--errors", str(errors), "--stages", ",".join(STAGES),
                     "--batch-size", "4", "-q", *engine])
        assert code == 1  # the record without text
        runs[name] = (out.read_bytes(), errors.read_bytes())
    assert runs["dask"] == runs["local"]
    cleaned = [json.loads(line) for line in runs["dask"][0].splitlines()]
    assert len(cleaned) == 50 and all(r["paragraphs"][0].isupper() for r in cleaned)  # the plugin stage ran
    if HAS_MASK:
        assert any(e["stage"] == "mask-contacts" for e in cleaned[3]["edits"])


def test_plugins_really_ran_on_the_workers(client: Any) -> None:
    def stages_on_worker() -> list[str]:
        from newsclean.plugins import get_host

        return sorted(get_host().stages)

    for stages in client.run(stages_on_worker).values():
        assert "shout" in stages and (not HAS_MASK or "mask-contacts" in stages)


def test_clean_bag_equals_local(client: Any) -> None:
    pipeline = Pipeline(STAGES)
    data = records()
    local = clean_records(pipeline, data)
    on_cluster = clean_bag(db.from_sequence(data, npartitions=4), pipeline).compute(scheduler=client.get)
    assert on_cluster == local
    assert on_cluster[10][ERROR_FIELD] == "missing-text"


def test_clean_dataframe(client: Any) -> None:
    data = [r for r in records() if "text" in r]
    frame = dd.from_pandas(pd.DataFrame(data), npartitions=3)
    out = clean_dataframe(frame, Pipeline(STAGES)).compute(scheduler=client.get)
    local = clean_records(Pipeline(STAGES), data)
    assert list(out["text"]) == [r["text"] for r in local]
    assert list(out["feed"]) == ["test"] * len(data) and out[ERROR_FIELD].isna().all()


def test_learning_a_profile_on_the_cluster_equals_local(client: Any, tmp_path: Path) -> None:
    data = make_corpus(pages_per_site=30)
    local, _ = learn(read_inputs([str(write_jsonl(tmp_path / "c.jsonl", data))]))
    distributed_profile = learn_bag(db.from_sequence(data, npartitions=5))
    assert distributed_profile.to_dict() == local.to_dict()
