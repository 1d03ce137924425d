"""Pipelines: built from names or config, checked before they run, order from configuration only."""

from __future__ import annotations

import pickle
import re

import pytest

import newsclean
from newsclean import ConfigError, Document, Pipeline
from newsclean.pipeline import DEFAULT_STAGES


def test_default_pipeline_order_is_the_documented_list() -> None:
    assert Pipeline().names == list(DEFAULT_STAGES)


def test_custom_order_and_options() -> None:
    p = Pipeline(["segment", "dedup"], options={"dedup": {"near": False}})
    doc = p.run("Hello there.\n\nhello there!\n\nHello there.")
    assert doc.paragraph_texts == ["Hello there.", "hello there!"]


def test_misordered_pipeline_is_refused_before_running() -> None:
    expected = "'dedup' requires 'paragraphs', which 'segment' provides; put 'segment' before 'dedup'"
    with pytest.raises(ConfigError, match=re.escape(expected)):
        Pipeline(["dedup", "segment"])


def test_missing_provider_is_named() -> None:
    with pytest.raises(ConfigError, match=r"no earlier stage provides.*segment"):
        Pipeline(["dedup"])


def test_unknown_stage_lists_known_ones() -> None:
    with pytest.raises(ConfigError, match=r"unknown stage 'dedupe'; known stages: .*dedup"):
        Pipeline(["segment", "dedupe"])


def test_a_lazy_pipeline_checks_its_stages_when_first_used() -> None:
    bad = Pipeline(["segment", "dedupe"], lazy=True)  # nothing built, nothing raised yet
    with pytest.raises(ConfigError, match="unknown stage 'dedupe'"):
        bad.check()
    with pytest.raises(ConfigError, match="unknown stage 'dedupe'"):
        bad.run("Some text.")
    good = Pipeline(["segment", "dedup"], lazy=True)
    assert good.run("Hello there.\n\nHello there.").text == "Hello there."
    assert pickle.loads(pickle.dumps(Pipeline(["segment", "dedup"], lazy=True))).run("A.\n\nA.").text == "A."


def test_unknown_option_lists_options() -> None:
    with pytest.raises(ConfigError, match="stage 'dedup' has no option 'fuzzy'; its options: near"):
        Pipeline(["segment", "dedup"], options={"dedup": {"fuzzy": True}})


def test_bad_option_value() -> None:
    with pytest.raises(ConfigError, match="wants a bool"):
        Pipeline(["segment", "dedup"], options={"dedup": {"near": "maybe"}})


def test_from_toml_config(tmp_path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "p.toml"
    config.write_text('[pipeline]\nstages = ["segment", "dedup"]\n[stages.dedup]\nnear = false\n')
    p = Pipeline.from_config(config)
    assert p.names == ["segment", "dedup"] and p.specs[1].options == {"near": False}


def test_from_json_config(tmp_path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "p.json"
    config.write_text('{"pipeline": {"stages": ["segment"]}}')
    assert Pipeline.from_config(config).names == ["segment"]


def test_settle_from_a_config_file_and_from_the_command_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from newsclean.cli import build_parser, make_pipeline
    from newsclean.pipeline import DEFAULT_SETTLE

    config = tmp_path / "p.toml"
    config.write_text('[pipeline]\nstages = ["segment", "dedup"]\nsettle = 2\n')
    assert Pipeline.from_config(config).settle == 2
    parser = build_parser()
    assert make_pipeline(parser.parse_args(["clean", "--config", str(config)])).settle == 2
    assert make_pipeline(parser.parse_args(["clean", "--config", str(config), "--settle", "0"])).settle == 0
    assert make_pipeline(parser.parse_args(["clean"])).settle == DEFAULT_SETTLE
    config.write_text('[pipeline]\nsettle = "often"\n')
    with pytest.raises(ConfigError, match="settle"):
        Pipeline.from_config(config)


def test_bad_config_is_a_config_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "p.toml"
    config.write_text("[pipeline\nstages = ")
    with pytest.raises(ConfigError, match="cannot read pipeline config"):
        Pipeline.from_config(config)


def test_pipeline_pickles_as_names_and_options() -> None:
    p = Pipeline(["segment", "dedup"], options={"dedup": {"near": False}})
    clone = pickle.loads(pickle.dumps(p))
    assert clone.specs == p.specs
    assert clone.run("a\n\nA").paragraph_texts == ["a", "A"]


def test_pipe_streams_in_order() -> None:
    texts = [f"Article {i}.\n\nArticle {i}." for i in range(5)]
    docs = list(Pipeline(["segment", "dedup"]).pipe(texts))
    assert [d.text for d in docs] == [f"Article {i}." for i in range(5)]


def test_records_and_documents_are_accepted() -> None:
    p = Pipeline(["segment"])
    assert p.run({"text": "x", "id": 7, "feed": "f"}).to_record()["feed"] == "f"
    assert p.run(Document.from_text("y", id="1")).id == "1"


def test_clean_one_call_api() -> None:
    doc = newsclean.clean("Breaking news\n\nThe council met on Monday and voted to close the bridge for repairs.",
                          url="https://example.org/x")
    assert doc.url == "https://example.org/x"
    assert "council" in doc.text


def test_failing_stage_is_recorded_and_document_continues() -> None:
    def explode(doc: Document) -> Document:
        raise ValueError("boom")

    p = Pipeline(["segment", "dedup"])
    p._stages.insert(1, ("explode", explode))  # type: ignore[union-attr]
    doc = p.run("a\n\na")
    assert doc.paragraph_texts == ["a"]
    assert doc.failures[0].stage == "explode" and "boom" in doc.failures[0].message


def test_stage_returning_wrong_type_is_a_failure() -> None:
    p = Pipeline(["segment"])
    p._stages.append(("bad", lambda doc: "not a document"))  # type: ignore[union-attr]
    doc = p.run("a")
    assert "returned str, not a Document" in doc.failures[0].message


def test_strict_mode_raises() -> None:
    p = Pipeline(["segment"], on_stage_error="raise")
    p._stages.append(("bad", lambda doc: 1 / 0))  # type: ignore[union-attr]
    with pytest.raises(newsclean.StageError, match="stage 'bad'"):
        p.run("a")


def test_a_slow_stage_is_stopped_in_the_main_thread_and_the_alarm_handler_is_restored() -> None:
    """The handler is installed once per document (not per stage call): each stage still gets its own limit,
    a stage that stops early leaves no alarm behind, and the caller's handler is back after the run."""
    import signal
    import time

    def slow(doc: Document) -> Document:
        end = time.monotonic() + 5
        while time.monotonic() < end:  # a stage stuck in a loop, in Python code
            pass
        return doc

    def mine(signum, frame):  # type: ignore[no-untyped-def]
        raise AssertionError("the caller's handler must not be called by the pipeline")

    before = signal.signal(signal.SIGALRM, mine)
    try:
        p = Pipeline(["segment", "dedup"], stage_timeout=0.2)
        p._stages.insert(1, ("slow", slow))  # type: ignore[union-attr]
        doc = p.run("a\n\na")
        assert [f.stage for f in doc.failures] == ["slow"]
        assert "ran longer than the limit of 0.2 s" in doc.failures[0].message
        assert doc.paragraph_texts == ["a"]  # went on through dedup, and settled
        assert signal.getsignal(signal.SIGALRM) is mine
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, before)


def test_an_alarm_handled_between_two_stages_does_not_stop_the_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stage's alarm may be handled by Python only after the stage has returned (a signal's handler runs
    at the next bytecode boundary it checks): the settle step that builds the next look must not get it."""
    import signal

    from newsclean import pipeline as pipeline_module
    from newsclean.timelimit import _on_alarm

    real_from_text = Document.from_text

    def late_alarm_then_from_text(*args: object, **kwargs: object) -> Document:
        _on_alarm(signal.SIGALRM, None)  # as if the last stage's alarm were handled here
        return real_from_text(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline_module.Document, "from_text", staticmethod(late_alarm_then_from_text))
    doc = Pipeline(stage_timeout=30).run("Menu\n\nShare\n\n" + "A sentence of the article body, long enough. " * 8)
    assert not doc.failures and doc.paragraphs
