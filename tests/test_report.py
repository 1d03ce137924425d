"""The run report: reasons folded into kinds that add up, tallies that merge, JSON and a stage table."""

from __future__ import annotations

import io
import json

from newsclean import Pipeline
from newsclean.report import MAX_KINDS_PER_STAGE, OTHER, Progress, RunReport, Tally, reason_kind


def test_reason_kinds_drop_details() -> None:
    assert reason_kind("an exact repeat of paragraph 258") == "an exact repeat of paragraph N"
    assert reason_kind("a near repeat of paragraph 8 (differs only in case)") == "a near repeat of paragraph N"
    assert reason_kind("the byline, naming Justine Coleman") == "the byline"
    assert reason_kind("related-content boilerplate ('you may also like')") == "related-content boilerplate"
    assert reason_kind("an empty byline: the word with no name after it") == "an empty byline"
    assert reason_kind("seen on 37 of 40 pages of example.com") == "seen on N of N pages of SITE"
    assert reason_kind("'Share' is a button") == "'…' is a button"
    assert reason_kind("") == "(no reason given)"


def test_tallies_merge_to_the_same_as_one() -> None:
    pipeline = Pipeline(["segment", "dedup"])
    docs = [pipeline.run(f"A {i}.\n\nA {i}.\n\nB.\n\nB.") for i in range(6)]
    whole, halves = Tally(), [Tally(), Tally()]
    for i, doc in enumerate(docs):
        whole.add_document(doc)
        halves[i % 2].add_document(doc)
    halves[0].add_error("bad-json")
    whole.add_error("bad-json")
    merged = Tally()
    for half in halves:
        merged.merge(half)
    assert merged == whole
    assert whole.removals == {"dedup": {"an exact repeat of paragraph N": 12}}
    assert (whole.docs_in, whole.docs_out, whole.failed, whole.removed) == (7, 6, 1, 12)


def test_kinds_per_stage_are_capped() -> None:
    letters = "abcdefghijklmnopqrstuvwxyz"
    names = [f"{a}{b}{c}" for a in letters for b in letters for c in letters][: MAX_KINDS_PER_STAGE + 50]
    pipeline = Pipeline(["segment"])
    tally = Tally()
    for name in names:  # free-form reasons that share nothing (no numbers to fold)
        doc = pipeline.run("x\n\ny").drop([0], stage="free", reason=f"because {name}")
        tally.add_document(doc)
    assert len(tally.removals["free"]) == MAX_KINDS_PER_STAGE + 1 and tally.removals["free"][OTHER] == 50


def test_report_json_and_table() -> None:
    report = RunReport(jobs=2)
    report.tally.add_document(Pipeline(["segment", "dedup"]).run("X.\n\nX."))
    report.tally.add_seconds({"segment": 0.5, "dedup": 1.5})
    report.finish()
    data = json.loads(report.to_json())
    assert data["documents"]["out"] == 1 and data["stages"]["dedup"]["removed"] == 1
    assert data["stages"]["dedup"]["share_of_stage_time"] == 0.75
    assert list(data["stages"]) == ["dedup", "segment"]
    table = report.stage_table()
    assert table.splitlines()[0].split()[0] == "dedup" and "75.0%" in table
    assert "2 processes" in report.timing_note()


def test_progress_is_quiet_off_a_terminal() -> None:
    progress = Progress(stream=io.StringIO())
    assert progress.bar is None
    progress.update(10, Tally())
    progress.close()
