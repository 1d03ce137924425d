"""All cores: worker processes give the same output, in the same order, as one process; memory is bounded."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsclean import Document, Pipeline, hookimpl
from newsclean.cli import main
from newsclean.errors import ConfigError, InputError, StageError
from newsclean.parallel import WorkerError, batched, resolve_jobs
from newsclean.plugins import PLUGINS_ENV, reset_host
from tests.test_profile import make_corpus, write_jsonl

STAGES = ["segment", "repair", "language", "dedup"]


# -- a plugin the workers must load (through NEWSCLEAN_PLUGINS, as --plugin does) ---------------------------

def shout(doc: Document) -> Document:
    if doc.paragraphs:
        doc = doc.replace_text(0, doc.paragraphs[0].text.upper(), stage="shout", reason="made loud")
    return doc


def die(doc: Document) -> Document:
    if doc.id == "die":
        os._exit(3)  # a worker killed mid-batch (as the OOM killer would)
    return doc


def fail(doc: Document) -> Document:
    raise ValueError("no")


@hookimpl
def newsclean_register_stages(register):  # type: ignore[no-untyped-def]
    register("shout", lambda: shout, requires=("paragraphs",))
    register("die", lambda: die, requires=("paragraphs",))
    register("fail", lambda: fail, requires=("paragraphs",))


@pytest.fixture
def plugin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(PLUGINS_ENV, "tests.test_parallel")
    reset_host()
    yield
    monkeypatch.delenv(PLUGINS_ENV)
    reset_host()


# -- tests -----------------------------------------------------------------------------------------------

def corpus_file(tmp_path: Path) -> Path:
    records: list[dict | str] = [*make_corpus(pages_per_site=60)]
    records.insert(5, "{broken json")
    records.insert(50, {"id": "no-text", "body": "x"})
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                            for r in records), encoding="utf-8")
    return path


def test_cli_output_is_byte_identical_for_any_number_of_workers(tmp_path: Path) -> None:
    source = corpus_file(tmp_path)
    outputs = []
    for jobs in ("1", "2"):
        out, errors = tmp_path / f"out{jobs}.jsonl", tmp_path / f"errors{jobs}.jsonl"
        code = main(["clean", str(source), "-o", str(out), "--errors", str(errors), "-j", jobs,
                     "--batch-size", "7", "-q"])
        assert code == 1
        outputs.append((out.read_bytes(), errors.read_bytes()))
    assert outputs[0] == outputs[1]
    ids = [json.loads(line)["id"] for line in outputs[0][0].splitlines()]
    assert len(ids) == 120 and ids[:3] == ["a.example-0", "www.b.example-0", "a.example-1"]
    errors = [json.loads(line) for line in outputs[0][1].splitlines()]
    assert [(e["line"], e["error"]) for e in errors] == [(6, "bad-json"), (51, "missing-text")]
    assert errors[0]["record"] == "{broken json"  # the raw line comes back with the error


def test_pipe_with_workers_equals_pipe_in_process() -> None:
    pipeline = Pipeline(STAGES)
    records = make_corpus(pages_per_site=30)
    alone = [d.to_record() for d in pipeline.pipe(records)]
    together = [d.to_record() for d in pipeline.pipe(records, jobs=2, batch_size=5)]
    assert together == alone


def test_pipe_raises_at_the_bad_item_like_one_process() -> None:
    items: list[object] = ["First.", "Second.", 42, "Never reached."]
    seen = []
    with pytest.raises(InputError, match="cannot clean a int") as raised:
        for doc in Pipeline(["segment"]).pipe(items * 20, jobs=2, batch_size=2):
            seen.append(doc.text)
    assert seen == ["First.", "Second."] and raised.value.kind == "bad-record"


def test_reading_stays_a_bounded_distance_ahead() -> None:
    drawn = itertools.count()

    def endless() -> Iterator[str]:
        for i in drawn:
            yield f"Document number {i}."

    docs = Pipeline(["segment"]).pipe(endless(), jobs=2, batch_size=4)
    assert [next(docs).text for _ in range(3)] == [f"Document number {i}." for i in range(3)]
    assert next(drawn) <= 4 * (2 * 2 + 1 + 2)  # max_pending batches, plus the ones being handed over
    docs.close()


def test_workers_load_plugins_like_the_parent(plugin: None) -> None:
    pipeline = Pipeline(["segment", "shout"])
    docs = list(pipeline.pipe([f"hello {i}" for i in range(20)], jobs=2, batch_size=3))
    assert [d.text for d in docs] == [f"HELLO {i}" for i in range(20)]


def test_strict_mode_stops_with_the_stage_error(plugin: None) -> None:
    with pytest.raises(StageError, match="stage 'fail'") as raised:
        list(Pipeline(["segment", "fail"], on_stage_error="raise").pipe(["a"] * 10, jobs=2, batch_size=2))
    assert raised.value.stage == "fail"


def test_a_dead_worker_is_reported(plugin: None) -> None:
    docs = [Document.from_text("fine", id=str(i)) for i in range(6)] + [Document.from_text("x", id="die")]
    with pytest.raises(WorkerError, match="worker process died"):
        list(Pipeline(["segment", "die"]).pipe(docs, jobs=2, batch_size=2))


def test_jobs_and_batches() -> None:
    assert resolve_jobs(None) >= 1 and resolve_jobs(0) == resolve_jobs(None) and resolve_jobs(3) == 3
    with pytest.raises(ConfigError):
        resolve_jobs(-1)
    assert [len(b) for b in batched(range(10), 4)] == [4, 4, 2]


def test_report_file(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "c.jsonl", make_corpus(pages_per_site=20))
    report = tmp_path / "report.json"
    assert main(["clean", str(source), "-o", str(tmp_path / "o.jsonl"), "--report", str(report), "-j", "2",
                 "--batch-size", "8", "--stages", ",".join(STAGES), "-q"]) == 0
    data = json.loads(report.read_text())
    assert data["documents"] == {"in": 40, "out": 40, "failed": 0, "with_failed_stage": 0}
    assert set(data["stages"]) == set(STAGES) and data["jobs"] == 2
    assert all(stage["seconds"] >= 0 for stage in data["stages"].values())


def test_with_workers_the_parent_imports_no_stage(tmp_path: Path) -> None:
    # The parent only reads, hands out batches and writes: importing the stages (numpy, langdetect, every
    # stage's tables) would cost it some 20 MB for the whole run. Run in a fresh interpreter to see its imports.
    source = write_jsonl(tmp_path / "c.jsonl", make_corpus(pages_per_site=20))
    script = (
        "import sys\n"
        "from newsclean.cli import main\n"
        f"code = main(['clean', {str(source)!r}, '-o', {str(tmp_path / 'o.jsonl')!r}, '-j', '2', '--batch-size', '4',"
        " '-q'])\n"
        "print(code, sorted(m for m in sys.modules if m.startswith(('newsclean.stages', 'numpy', 'langdetect'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          cwd=str(Path(__file__).resolve().parents[1]))
    assert done.stdout.split(maxsplit=1) == ["0", "[]\n"]
    assert len((tmp_path / "o.jsonl").read_text().splitlines()) == 40


def test_a_bad_stage_stops_a_run_with_workers_before_any_output(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "c.jsonl", make_corpus(pages_per_site=20))
    out = tmp_path / "o.jsonl"
    for bad in (["--stages", "segment,dedupe"], ["--stages", "segment,dedup", "--set", "dedup.fuzzy=1"]):
        code = main(["clean", str(source), "-o", str(out), "-j", "2", "--batch-size", "4", "-q", *bad])
        assert code == 2 and not out.exists()
    err = capsys.readouterr().err
    assert "unknown stage 'dedupe'" in err and "stage 'dedup' has no option 'fuzzy'" in err


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process states from /proc (Linux)")
def test_workers_do_not_outlive_a_killed_parent(tmp_path: Path) -> None:
    script = (
        "import sys, time\n"
        "from newsclean import Pipeline\n"
        "from newsclean.parallel import ProcessPool\n"
        "pool = ProcessPool(Pipeline(['segment']), 2)\n"
        "list(pool.map_ordered(lambda p, b: b, []))\n"
        "pool.executor.submit(len, [1]).result()\n"
        "print(' '.join(map(str, pool.executor._processes)), flush=True)\n"
        "time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                            cwd=str(Path(__file__).resolve().parents[1]))
    assert proc.stdout is not None
    workers = [int(pid) for pid in proc.stdout.readline().split()]
    assert workers
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [pid for pid in workers if _running(pid)]
    assert not alive


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as fh:  # a zombie waiting to be reaped is not running
        return fh.read().split(")")[-1].split()[0] != "Z"
