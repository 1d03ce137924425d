"""A pipeline: an ordered list of named stages, checked before it runs, applied to one document or many.

Order comes from the caller (names, or a TOML/JSON config file) or from ``DEFAULT_STAGES`` — never from
the order in which plugins registered. A pipeline is described by plain data (stage names and options), so
it pickles cheaply and each worker process rebuilds the same stages from its own plugin host.
"""

from __future__ import annotations

import json
import signal
import sys
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from .errors import ConfigError, InputError, StageError
from .model import Document, Failure
from .plugins import PluginHost, get_host
from .registry import Stage
from .settle import fold_in
from .timelimit import StageTimeout, _in_main_thread, _on_alarm, arm_main, disarm_main, time_limit

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

#: The default pipeline, in order. Why this order:
#: - ``segment`` first: every other stage works on paragraphs, and edits are recorded per paragraph;
#: - ``repair`` next, so that later stages see fixed text;
#: - ``language`` before the stages that pick word lists by language;
#: - ``title``, ``byline``, ``credit`` take metadata out of the head and tail *before* ``dedup`` and
#:   ``boilerplate`` could discard it;
#: - ``tags`` before ``boilerplate``, because a tag line looks like debris but is metadata.
DEFAULT_STAGES: tuple[str, ...] = (
    "segment",
    "repair",
    "language",
    "title",
    "byline",
    "credit",
    "dateline",
    "dates",
    "dedup",
    "tags",
    "boilerplate",
)


#: Seconds one stage may spend on one document before it is stopped and reported (see timelimit.py).
DEFAULT_STAGE_TIMEOUT = 30.0
#: Documents per batch handed to a worker process. Small enough that the batches in flight (in the parent,
#: in each worker, and their results on the way back) stay a few megabytes of scraped pages; large enough
#: that handing over costs nothing next to cleaning (16 and 64 ran equally fast on 6,000 AEB pages with two
#: workers, and the process tree peaked at 282 MB against 311 MB).
DEFAULT_BATCH_SIZE = 16
#: How many more times the cleaned text may be cleaned again until it stops changing (see settle.py).
DEFAULT_SETTLE = 8


@attrs.frozen
class StageSpec:
    """A stage in a pipeline: its registered name and the options to build it with."""

    name: str
    options: Mapping[str, Any] = attrs.field(factory=dict, converter=dict)


def _as_spec(item: str | StageSpec | tuple[str, Mapping[str, Any]]) -> StageSpec:
    if isinstance(item, StageSpec):
        return item
    if isinstance(item, str):
        return StageSpec(item.strip())
    name, options = item
    return StageSpec(name, options)


class Pipeline:
    """Stages applied in order to documents.

    >>> from newsclean import Pipeline
    >>> doc = Pipeline(["segment", "dedup"]).run("Hello there.\\n\\nHello there.")
    >>> doc.text
    'Hello there.'
    """

    def __init__(
        self,
        stages: Iterable[str | StageSpec | tuple[str, Mapping[str, Any]]] | None = None,
        *,
        options: Mapping[str, Mapping[str, Any]] | None = None,
        host: PluginHost | None = None,
        on_stage_error: str = "continue",
        stage_timeout: float | None = DEFAULT_STAGE_TIMEOUT,
        settle: int = DEFAULT_SETTLE,
        lazy: bool = False,
    ) -> None:
        specs = [_as_spec(s) for s in (DEFAULT_STAGES if stages is None else stages)]
        options = options or {}
        unknown = sorted(set(options) - {s.name for s in specs})
        if unknown:
            raise ConfigError(f"options given for stage {unknown[0]!r}, which is not in the pipeline "
                              f"({', '.join(s.name for s in specs)})")
        self.specs: tuple[StageSpec, ...] = tuple(
            StageSpec(s.name, {**s.options, **options.get(s.name, {})}) for s in specs
        )
        if on_stage_error not in ("continue", "raise"):
            raise ConfigError(f"on_stage_error must be 'continue' or 'raise', not {on_stage_error!r}")
        self.on_stage_error = on_stage_error
        self.stage_timeout = stage_timeout
        if settle < 0:
            raise ConfigError(f"settle must be 0 or more, not {settle!r}")
        self.settle = settle
        self._host = host
        self._stages: list[tuple[str, Stage]] | None = None
        if not lazy:
            self._build()

    # -- construction -------------------------------------------------------------------------------

    @classmethod
    def from_config(cls, path: str | Path, **kwargs: Any) -> Pipeline:
        """Build from a TOML or JSON file: ``[pipeline] stages = [...]`` and ``[stages.NAME]`` options."""
        path = Path(path)
        try:
            raw = path.read_bytes()
            data = json.loads(raw) if path.suffix == ".json" else tomllib.loads(raw.decode("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read pipeline config {str(path)!r}: {exc}") from exc
        return cls.from_dict(data, **kwargs)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], **kwargs: Any) -> Pipeline:
        section = data.get("pipeline", {})
        if not isinstance(section, Mapping):
            raise ConfigError("config: [pipeline] must be a table")
        names = section.get("stages", list(DEFAULT_STAGES))
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ConfigError("config: pipeline.stages must be a list of stage names")
        options = data.get("stages", {})
        if not isinstance(options, Mapping) or not all(isinstance(v, Mapping) for v in options.values()):
            raise ConfigError("config: [stages.NAME] sections must be tables of options")
        if "settle" in section:
            settle = section["settle"]
            if not isinstance(settle, int) or isinstance(settle, bool):
                raise ConfigError("config: pipeline.settle must be a whole number (0: no second look)")
            kwargs.setdefault("settle", settle)
        return cls(names, options=options, **kwargs)

    @property
    def host(self) -> PluginHost:
        if self._host is None:
            self._host = get_host()
        return self._host

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.specs]

    def check(self) -> Pipeline:
        """Build the stages now if the pipeline was made ``lazy`` (raising ``ConfigError`` for a bad one).

        Why lazy exists: a process that only hands the pipeline to worker processes (the command line's
        parent in a run with ``--jobs 2`` or more) never runs a stage, and building one imports every stage
        module, numpy and langdetect's code: about 23 MB that the process would carry for the whole run.
        A lazy pipeline travels as names and options all the same; each worker builds it on arrival.
        """
        if self._stages is None:
            self._build()
        return self

    def _build(self) -> None:
        seen: set[str] = set()
        provided: dict[str, str] = {}
        infos = []
        for spec in self.specs:
            if spec.name in seen:
                raise ConfigError(f"stage {spec.name!r} appears twice in the pipeline")
            seen.add(spec.name)
            info = self.host.stage(spec.name)
            infos.append(info)
            for need in info.requires:
                if need not in provided:
                    raise ConfigError(_missing_requirement(spec.name, need, self.specs, self.host))
            for capability in info.provides:
                provided.setdefault(capability, spec.name)
        self._stages = [(spec.name, info.build(dict(spec.options)))
                        for spec, info in zip(self.specs, infos, strict=True)]

    # -- pickling: a pipeline travels as names and options, and is rebuilt on arrival ------------------

    def __getstate__(self) -> dict[str, Any]:
        return {"specs": self.specs, "on_stage_error": self.on_stage_error, "stage_timeout": self.stage_timeout,
                "settle": self.settle}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.specs = state["specs"]
        self.on_stage_error = state["on_stage_error"]
        self.stage_timeout = state.get("stage_timeout", DEFAULT_STAGE_TIMEOUT)
        self.settle = state.get("settle", DEFAULT_SETTLE)
        self._host = None
        self._stages = None
        self._build()

    def __repr__(self) -> str:
        return f"Pipeline({self.names!r})"

    # -- running --------------------------------------------------------------------------------------

    def run(self, item: str | Document | Mapping[str, Any], *, timings: dict[str, float] | None = None,
            **metadata: Any) -> Document:
        """Clean one document (raw text, an input record, or a ``Document``).

        With ``timings``, the seconds each stage took are added to it under the stage's name (two clock
        reads per stage; the run report sums them over a run, across worker processes).

        Then, up to ``settle`` times, the stages look again at the cleaned text, as ``clean(doc.text)``
        would, and what they still change is folded into the document (see ``settle.py``): cleaning the
        result again gives the same text. A first run that changed nothing and was given only the text needs
        no second look: it already was one.
        """
        doc = to_document(item, **metadata)
        alarm = self.stage_timeout if self.stage_timeout and _in_main_thread() else 0.0
        if alarm:
            # The alarm's handler is installed once per document, not once per stage call (see _apply).
            previous = signal.signal(signal.SIGALRM, _on_alarm)
            try:
                doc = self._settle(doc, self._run_stages(doc, timings, alarm), timings, alarm)
            finally:
                signal.signal(signal.SIGALRM, previous)
        else:
            doc = self._settle(doc, self._run_stages(doc, timings, alarm), timings, alarm)
        self.host.document_done(doc)
        return doc

    __call__ = run

    def _run_stages(self, doc: Document, timings: dict[str, float] | None, alarm: float) -> Document:
        stages = self._stages if self._stages is not None else self.check()._stages
        assert stages is not None
        if timings is None:
            for name, stage in stages:
                doc = self._apply(name, stage, doc, alarm)
            return doc
        clock = time.perf_counter
        for name, stage in stages:
            start = clock()
            doc = self._apply(name, stage, doc, alarm)
            timings[name] = timings.get(name, 0.0) + (clock() - start)
        return doc

    def _settle(self, start: Document, doc: Document, timings: dict[str, float] | None, alarm: float) -> Document:
        """Clean the cleaned text (``doc``, made from ``start``) again until it no longer changes (at most
        ``settle`` times)."""
        if self.settle and doc.text == start.source and Document.from_text(start.source) == start:
            return doc  # the first run changed nothing and was given nothing else: a second look would repeat it
        for _ in range(self.settle):
            if not doc.paragraphs:
                return doc
            text = doc.text
            again = self._run_stages(Document.from_text(text), timings, alarm)
            if again.text == text:
                new = tuple(f for f in again.failures if f not in doc.failures)
                return doc.evolve(failures=doc.failures + new) if new else doc
            if not again.paragraphs:
                # The second look would take the last of it (the first run kept a date line alone, and the
                # dates stage reads it as the head's): the first run's text stays, as the boilerplate stage
                # never empties a document either.
                return doc
            try:
                doc = fold_in(doc, again, again.restore_paragraphs())
            except (KeyError, ValueError):
                return doc  # a stage rewrote text without recording it: nothing to map the changes onto
        return doc

    def _apply(self, name: str, stage: Stage, doc: Document, alarm: float) -> Document:
        """One stage on one document, within the time limit; a failure is recorded (or raised, if strict).

        With ``alarm`` (the limit, in seconds), ``run`` has installed the SIGALRM handler of ``timelimit`` for
        the whole document, so a stage call costs only arming and disarming the timer (``arm_main``): the same
        limit as ``time_limit`` gives, without its two handler swaps and generator per call (11 us a call;
        an AEB page passes through about 28 stage calls with settling: 0.3 of 6.7 ms CPU per page).
        """
        try:
            if alarm:
                arm_main(alarm)
                try:
                    result = stage(doc)
                finally:
                    disarm_main()
            else:
                with time_limit(self.stage_timeout):
                    result = stage(doc)
            if not isinstance(result, Document):
                raise StageError(name, f"returned {type(result).__name__}, not a Document")
        except Exception as exc:
            if isinstance(exc, StageError):
                error = exc
            elif isinstance(exc, StageTimeout):
                error = StageError(name, f"ran longer than the limit of {self.stage_timeout:g} s for one document")
            else:
                error = StageError(name, f"{type(exc).__name__}: {exc}")
            if self.on_stage_error == "raise":
                raise error from exc
            return doc.evolve(failures=(*doc.failures, Failure(name, error.detail)))
        return result

    def pipe(self, items: Iterable[str | Document | Mapping[str, Any]], *, jobs: int | None = 1,
             batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Document]:
        """Clean a stream of documents lazily, in input order.

        ``jobs`` worker processes (None: all cores) clean batches of ``batch_size`` documents; each worker
        rebuilds this pipeline from its stage names and options. Whatever ``jobs`` is, the documents come out
        in input order and are the same; a bad item raises at its place in the stream, as with ``jobs=1``.
        Only a bounded number of batches is in flight, so memory does not grow with the stream.
        """
        from .parallel import resolve_jobs

        workers = resolve_jobs(jobs)
        if workers <= 1:
            for item in items:
                yield self.run(item)
            return
        from .parallel import pipe_parallel

        yield from pipe_parallel(self, items, jobs=workers, batch_size=batch_size)


def to_document(item: str | Document | Mapping[str, Any], *, text_field: str = "text",
                **metadata: Any) -> Document:
    """Turn raw text or an input record into a ``Document``; a bad record raises ``InputError``."""
    if isinstance(item, Document):
        return item.evolve(**metadata) if metadata else item
    if isinstance(item, str):
        return Document.from_text(item, **metadata)
    if isinstance(item, Mapping):
        record = dict(item)
        if text_field not in record:
            raise InputError(f"record has no {text_field!r} field (fields: {', '.join(map(str, record)) or 'none'})",
                             kind="missing-text")
        text = record.pop(text_field)
        if not isinstance(text, str):
            raise InputError(f"field {text_field!r} is a {type(text).__name__}, not a string", kind="bad-text")
        record.update(metadata)
        return Document.from_text(text, **record)
    raise InputError(f"cannot clean a {type(item).__name__}; give text, a record (dict) or a Document",
                     kind="bad-record")


def _missing_requirement(stage: str, need: str, specs: Sequence[StageSpec], host: PluginHost) -> str:
    providers = sorted(name for name, info in host.stages.items() if need in info.provides)
    in_pipeline = [s.name for s in specs if s.name in providers]
    if in_pipeline:
        return (f"stage {stage!r} requires {need!r}, which {in_pipeline[0]!r} provides; "
                f"put {in_pipeline[0]!r} before {stage!r}")
    offer = f"; add one of: {', '.join(providers)}" if providers else ""
    return f"stage {stage!r} requires {need!r}, which no earlier stage provides{offer}"
