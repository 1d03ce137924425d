"""The ``newsclean`` command: a thin layer over the library.

Exit status of ``newsclean clean``: 0 when every record was cleaned; 1 when any record was reported as
an error (bad input, or a stage that failed on it); 2 when the run could not start (bad configuration,
unknown stage, unreadable config).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import sys
from collections.abc import Sequence
from typing import Any

from . import __version__
from .checkpoint import DEFAULT_CHECKPOINT_EVERY, ResumableRun, run_fingerprint
from .errors import ConfigError, NewscleanError
from .io.readers import DEFAULT_MAX_CHARS, read_inputs
from .io.writers import AtomicWriter, ParquetWriter, dumps, is_parquet
from .model import Document
from .parallel import available_cores, resolve_jobs
from .pipeline import DEFAULT_BATCH_SIZE, DEFAULT_SETTLE, DEFAULT_STAGE_TIMEOUT, DEFAULT_STAGES, Pipeline, StageSpec
from .plugins import PLUGINS_ENV, get_host, reset_host
from .profile import DEFAULT_MAX_ENTRIES, DEFAULT_MIN_COUNT, Profile, ProfileCounter, learning_pipeline
from .profile import learn as learn_profile
from .profile import merge as merge_profiles
from .report import Progress, RunReport, Tally
from .runner import ErrorRecord, OutputSpec, clean_batches
from .textutil import clip

# Terminal control sequences and other C0/C1 controls, which must never reach a terminal from input text.
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Text made safe to show on a terminal: escape sequences and control characters shown as escapes."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsclean", description="Turn scraped news text into clean articles.")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    clean = sub.add_parser("clean", help="clean articles (.txt: one article; .jsonl[.gz]: one per line; - : stdin)")
    clean.add_argument("inputs", nargs="*", default=["-"], metavar="INPUT",
                       help="files or folders: .txt (one article), .jsonl/.ndjson (.gz, .zst), .parquet; "
                            "- or nothing: standard input")
    clean.add_argument("-o", "--output", default="-", help="output file (default: stdout); written atomically")
    clean.add_argument("--to", choices=("jsonl", "text"), default="jsonl", help="output format (default: jsonl)")
    clean.add_argument("--omit", default="", metavar="FIELDS",
                       help="comma-separated fields to leave out of each output record, e.g. "
                            "--omit paragraphs,removed,edits for a slim corpus (the counts stay in --report)")
    clean.add_argument("--stages", help="comma-separated stage names, in order (default: the default pipeline)")
    clean.add_argument("--config", help="pipeline config file (TOML or JSON)")
    clean.add_argument("--set", action="append", default=[], metavar="STAGE.OPTION=VALUE",
                       help="set a stage option, e.g. --set dedup.near=false (repeatable)")
    clean.add_argument("--explain", action="store_true", help="show every removal and edit on stderr")
    clean.add_argument("--errors", metavar="FILE", help="write failed records here (JSONL, one line each)")
    clean.add_argument("--text-field", default="text", help="the field holding the text in JSONL input")
    clean.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS,
                       help=f"records longer than this are reported, not cleaned (default {DEFAULT_MAX_CHARS:,})")
    clean.add_argument("--strict", action="store_true", help="stop the run when a stage fails on a document")
    clean.add_argument("--timeout", type=float, default=DEFAULT_STAGE_TIMEOUT, metavar="SECONDS",
                       help=f"time limit for one stage on one document (default {DEFAULT_STAGE_TIMEOUT:g}; 0: none)")
    clean.add_argument("--settle", type=int, default=None, metavar="N",
                       help=f"clean the cleaned text again up to N times until it stops changing, so that "
                            f"re-cleaning the output changes nothing (default: the config's pipeline.settle, else "
                            f"{DEFAULT_SETTLE}; 0: off, faster)")
    clean.add_argument("--resume", action="store_true",
                       help="continue a run that was stopped part-way (needs -o FILE; see docs/reliability.md)")
    clean.add_argument("--checkpoint-every", type=int, default=DEFAULT_CHECKPOINT_EVERY, metavar="N",
                       help=f"with --resume: save progress every N records (default {DEFAULT_CHECKPOINT_EVERY})")
    clean.add_argument("--plugin", action="append", default=[], metavar="MODULE",
                       help="also load this plugin module by import name (repeatable)")
    clean.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                       help=f"worker processes (default 0: all cores, {available_cores()} here; 1: none)")
    clean.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, metavar="N",
                       help=f"documents per batch sent to a worker (default {DEFAULT_BATCH_SIZE})")
    clean.add_argument("--report", metavar="FILE", help="write the run report here as JSON (counts, removals "
                       "per stage and kind of reason, time per stage)")
    clean.add_argument("--profile", metavar="FILE", help="a site profile from `newsclean learn`: adds the "
                       "site-boilerplate stage after dedup")
    clean.add_argument("--site-field", metavar="FIELD",
                       help="with --profile: the record field naming the site (default: the host of 'url')")
    clean.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="where batches are cleaned: local processes (default) or a Dask cluster")
    clean.add_argument("--scheduler", metavar="ADDRESS",
                       help="with --engine dask: the scheduler's address (default: start a LocalCluster)")
    clean.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary on stderr")

    learn = sub.add_parser("learn", help="learn a site profile (paragraphs printed on most pages of a site) "
                           "from a corpus, or merge profiles of shards")
    learn.add_argument("inputs", nargs="*", metavar="INPUT", help="records with a text and a url (or --site-field)")
    learn.add_argument("-o", "--output", required=True, help="the profile to write (JSON; .json.gz: gzipped)")
    learn.add_argument("--merge", nargs="+", metavar="PROFILE", help="add up profiles learned on shards")
    learn.add_argument("--site-field", metavar="FIELD", help="the record field naming the site (default: url host)")
    learn.add_argument("--text-field", default="text", help="the field holding the text in JSONL/Parquet input")
    learn.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, help=argparse.SUPPRESS)
    learn.add_argument("--min-count", type=int, default=DEFAULT_MIN_COUNT, metavar="N",
                       help=f"keep paragraphs seen on at least N pages of a site (default {DEFAULT_MIN_COUNT}; "
                       "1 for small shards that will be merged)")
    learn.add_argument("--max-entries", type=int, default=DEFAULT_MAX_ENTRIES, metavar="N",
                       help=f"counters held at once, bounding memory (default {DEFAULT_MAX_ENTRIES:,})")
    learn.add_argument("-j", "--jobs", type=int, default=0, metavar="N", help="worker processes (default: all cores)")
    learn.add_argument("--batch-size", type=int, default=256, metavar="N", help=argparse.SUPPRESS)
    learn.add_argument("--engine", choices=("local", "dask"), default="local")
    learn.add_argument("--scheduler", metavar="ADDRESS")
    learn.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary on stderr")

    stages = sub.add_parser("stages", help="list the stages that can be used")
    stages.add_argument("--json", action="store_true")
    plugins = sub.add_parser("plugins", help="list plugins, and any that failed to load")
    plugins.add_argument("--json", action="store_true")
    return parser


def parse_settings(settings: Sequence[str]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for setting in settings:
        key, sep, value = setting.partition("=")
        stage, dot, option = key.strip().partition(".")
        if not sep or not dot or not stage or not option:
            raise ConfigError(f"--set wants STAGE.OPTION=VALUE, got {setting!r}")
        out.setdefault(stage, {})[option] = value
    return out


def make_pipeline(args: argparse.Namespace, *, lazy: bool = False) -> Pipeline:
    if args.plugin:
        # Through the environment, so that worker processes load the same plugins.
        os.environ[PLUGINS_ENV] = ",".join([*os.environ.get(PLUGINS_ENV, "").split(","), *args.plugin]).strip(",")
        reset_host()
    on_error = "raise" if args.strict else "continue"
    timeout = args.timeout or None
    given = getattr(args, "settle", None)
    if given is not None and given < 0:
        raise ConfigError(f"--settle must be 0 or more, not {given}")
    settings = parse_settings(args.set)
    if args.config:
        base = Pipeline.from_config(args.config, on_stage_error=on_error, stage_timeout=timeout, lazy=True,
                                    **({} if given is None else {"settle": given}))
        settle = base.settle
        specs = list(base.specs)
        names = [s.name for s in specs]
        if args.stages:
            names = [n.strip() for n in args.stages.split(",") if n.strip()]
        options = {s.name: dict(s.options) for s in specs if s.name in names}
        for stage, opts in settings.items():
            options.setdefault(stage, {}).update(opts)
        return Pipeline(names, options=options, on_stage_error=on_error, stage_timeout=timeout, settle=settle,
                        lazy=lazy)
    names = [n.strip() for n in args.stages.split(",") if n.strip()] if args.stages else list(DEFAULT_STAGES)
    return Pipeline(names, options=settings, on_stage_error=on_error, stage_timeout=timeout,
                    settle=DEFAULT_SETTLE if given is None else given, lazy=lazy)


def explain(doc: Document) -> str:
    lines = [f"== {printable(doc.id)}"]
    for removal in sorted(doc.removals, key=lambda r: r.index):
        lines.append(f"  - [{removal.index}] {removal.stage}: {removal.reason}: "
                     f"{printable(clip(removal.text, 100))}")
    for edit in doc.edits:
        where = f"[{edit.index}] " if edit.index is not None else ""
        lines.append(f"  ~ {where}{edit.stage}: {edit.reason or 'edited'}: "
                     f"{printable(clip(edit.before, 100))} -> {printable(clip(edit.after, 100))}")
    for failure in doc.failures:
        lines.append(f"  ! {failure.stage} failed: {printable(failure.message)}")
    return "\n".join(lines) + "\n"


class _AtomicSinks:
    """Output and error report written atomically (the default)."""

    skip = 0

    def __init__(self, output: str, errors: str | None) -> None:
        self.out: Any = ParquetWriter(output) if is_parquet(output) else AtomicWriter(output)
        self.err = AtomicWriter(errors) if errors else None

    def write(self, text: str) -> None:
        self.out.write(text)

    def write_bytes(self, data: bytes) -> None:
        self.out.write_bytes(data)

    def write_record(self, record: dict[str, Any]) -> None:
        self.out.write_record(record)

    def write_error(self, text: str) -> None:
        if self.err is not None:
            self.err.write(text)

    def record_done(self) -> None:
        pass

    def finish(self) -> None:
        self.out.commit()
        if self.err is not None:
            self.err.commit()

    def close(self) -> None:
        self.out.abort()
        if self.err is not None:
            self.err.abort()


def open_sinks(args: argparse.Namespace, pipeline: Pipeline) -> _AtomicSinks | ResumableRun:
    if not args.resume:
        return _AtomicSinks(args.output, args.errors)
    settings = {"stages": [(s.name, dict(s.options)) for s in pipeline.specs], "to": args.to, "omit": args.omit,
                "text_field": args.text_field, "max_chars": args.max_chars, "settle": pipeline.settle}
    return ResumableRun(args.output, args.errors, run_fingerprint(list(args.inputs), settings),
                        args.checkpoint_every)


def cmd_clean(args: argparse.Namespace) -> int:
    jobs = resolve_jobs(args.jobs)
    # With worker processes, this process only reads, hands out batches and writes: it need not import the
    # stages (see Pipeline.check). A bad stage then shows when the first batch comes back, before any output.
    pipeline = make_profiled_pipeline(args, lazy=jobs > 1 and args.engine != "dask")
    if is_parquet(args.output) and args.to == "text":
        raise ConfigError("--to text cannot be written to a Parquet file; name the output .txt or .jsonl")
    sinks = open_sinks(args, pipeline)
    items = itertools.islice(read_inputs(args.inputs, max_chars=args.max_chars, text_field=args.text_field),
                             sinks.skip, None)
    spec = OutputSpec(to="record" if is_parquet(args.output) else args.to, explain=args.explain,
                      omit=omitted_fields(args.omit))
    to_terminal = args.output in ("-", "") and sys.stdout.isatty()
    engine = open_engine(args, pipeline, jobs)
    if engine is None and jobs <= 1 and pipeline.specs:  # (an empty pipeline reads none of the tables)
        # Cleaning here: load the shared tables and freeze them out of the garbage collector's reach, as
        # every worker process does (see preload.py). Each full collection would otherwise walk langdetect's
        # profiles and the models again: measured 0.9 -> 0.5 ms of collector time per page on the
        # development pages, the output unchanged.
        from . import preload  # noqa: F401  (importing it loads and freezes)
    report = RunReport(jobs=engine.jobs if engine is not None else jobs, engine=args.engine)
    progress = Progress(quiet=args.quiet)
    try:
        for batch in clean_batches(pipeline, items, spec, jobs=jobs, batch_size=args.batch_size, engine=engine):
            if batch.here:
                report.jobs = 1  # the summary names the processes that did the work
            report.tally.merge(batch.tally)
            for item, outcome in zip(batch.items, batch.outcomes, strict=True):
                if outcome.error is not None:
                    _report(outcome.error, sinks, args.quiet)
                else:
                    for failure in outcome.failures:
                        _report(ErrorRecord(item.source, item.line, outcome.doc_id, "stage-failed",
                                            failure.message, failure.stage, item.raw), sinks, args.quiet)
                    _write_payload(sinks, outcome.payload, to_terminal)
                    if outcome.explanation:
                        sys.stderr.write(outcome.explanation)
                sinks.record_done()
            progress.update(len(batch.items), report.tally)
    except BaseException:
        progress.close()
        sinks.close()
        raise
    finally:
        if engine is not None:
            engine.close()
    progress.close()
    sinks.finish()
    report.finish()
    if args.report:
        with AtomicWriter(args.report) as out:
            out.write(report.to_json())
    counts = report.tally
    if not args.quiet:
        resumed = f" (resumed after {sinks.skip})" if sinks.skip else ""
        sys.stderr.write(f"newsclean: {counts.docs_in} records{resumed}, {counts.docs_out} cleaned, "
                         f"{counts.failed} failed"
                         + (f", {counts.with_failed_stage} with a failed stage" if counts.with_failed_stage else "")
                         + report.timing_note() + "\n")
        if report.elapsed >= LONG_RUN_SECONDS:
            sys.stderr.write(report.stage_table())
    return 1 if counts.failed or counts.with_failed_stage else 0


def omitted_fields(value: str) -> tuple[str, ...]:
    """``--omit`` as field names; ``id`` must stay, or output lines could no longer be told apart."""
    fields = tuple(dict.fromkeys(f.strip() for f in value.split(",") if f.strip()))
    if "id" in fields:
        raise ConfigError("--omit cannot leave out 'id': it names each output record")
    return fields


#: Runs at least this long end with the per-stage table on stderr (always in ``--report``).
LONG_RUN_SECONDS = 10.0


def make_profiled_pipeline(args: argparse.Namespace, *, lazy: bool = False) -> Pipeline:
    """``make_pipeline``, plus the ``site-boilerplate`` stage when a profile is given: right after ``dedup``
    (else at the end), or where ``--stages`` names it; its ``--set`` options apply to it."""
    if not args.profile:
        return make_pipeline(args, lazy=lazy)
    ours = [s for s in args.set if s.strip().startswith("site-boilerplate.")]
    named = [n.strip() for n in args.stages.split(",") if n.strip()] if args.stages else []
    base = argparse.Namespace(**vars(args))
    base.set = [s for s in args.set if s not in ours]
    if "site-boilerplate" in named:
        base.stages = ",".join(n for n in named if n != "site-boilerplate")
    pipeline = make_pipeline(base, lazy=True)
    options: dict[str, Any] = {"profile": args.profile, **({"site_field": args.site_field} if args.site_field else {}),
                               **parse_settings(ours).get("site-boilerplate", {})}
    specs = list(pipeline.specs)
    names = [spec.name for spec in specs]
    if "site-boilerplate" in named:
        at = named.index("site-boilerplate")
    else:
        at = names.index("dedup") + 1 if "dedup" in names else len(specs)
    specs.insert(at, StageSpec("site-boilerplate", options))
    return Pipeline(specs, on_stage_error=pipeline.on_stage_error, stage_timeout=pipeline.stage_timeout,
                    settle=pipeline.settle, lazy=lazy)


def open_engine(args: argparse.Namespace, pipeline: Pipeline, jobs: int) -> Any:
    """The Dask engine for ``--engine dask``; None for local processes."""
    if args.engine != "dask":
        if args.scheduler:
            raise ConfigError("--scheduler is for --engine dask")
        return None
    from .dask import DaskEngine

    return DaskEngine(pipeline, scheduler=args.scheduler, jobs=jobs)


def _write_payload(sinks: Any, payload: Any, to_terminal: bool) -> None:
    """A JSON line or text (bytes made by the worker), or a record for Parquet."""
    if isinstance(payload, dict):
        sinks.write_record(payload)
    elif to_terminal:
        sinks.write(printable(payload.decode("utf-8", "surrogatepass")))
    elif hasattr(sinks, "write_bytes"):
        sinks.write_bytes(payload)
    else:
        sinks.write(payload.decode("utf-8", "surrogatepass"))


def cmd_learn(args: argparse.Namespace) -> int:
    if args.merge:
        if args.inputs:
            raise ConfigError("give either INPUT files to learn from or --merge PROFILE..., not both")
        merged = merge_profiles(Profile.load(path) for path in args.merge)
        merged.save(args.output)
        if not args.quiet:
            sys.stderr.write(f"newsclean: merged {len(args.merge)} profiles ({merged.documents:,} pages, "
                             f"{len(merged.sites):,} sites) into {args.output}\n")
        return 0
    if not args.inputs:
        raise ConfigError("newsclean learn needs INPUT files (records with a url), or --merge PROFILE...")
    jobs = resolve_jobs(args.jobs)
    items = read_inputs(args.inputs, max_chars=args.max_chars, text_field=args.text_field)
    counter = ProfileCounter(max_entries=args.max_entries, min_count=args.min_count)
    engine = None
    if args.engine == "dask":
        from .dask import DaskEngine

        engine = DaskEngine(learning_pipeline(), scheduler=args.scheduler, jobs=jobs)
    progress = Progress(quiet=args.quiet)
    try:
        profile, skipped = learn_profile(items, site_field=args.site_field, jobs=jobs, batch_size=args.batch_size,
                                         counter=counter, engine=engine,
                                         on_batch=lambda n: progress.update(n, Tally()))
    finally:
        progress.close()
        if engine is not None:
            engine.close()
    profile.save(args.output)
    if not args.quiet:
        lines = sum(len(site.lines) for site in profile.sites.values())
        sys.stderr.write(f"newsclean: counted {profile.documents:,} pages of {len(profile.sites):,} sites"
                         + (f" ({skipped:,} unreadable records skipped)" if skipped else "")
                         + f"; {lines:,} paragraphs seen on at least {args.min_count} pages of their site "
                         f"-> {args.output}\n")
    return 0


def _as_text(doc: Document, to_terminal: bool = False) -> str:
    """The body, then a blank line; on a terminal, control characters from the input are shown escaped."""
    return (printable(doc.text) if to_terminal else doc.text) + "\n\n"


def _report(error: ErrorRecord, sinks: _AtomicSinks | ResumableRun, quiet: bool) -> None:
    sinks.write_error(dumps(error.to_dict()))
    if not quiet:
        stage = f" in stage {error.stage!r}" if error.stage else ""  # e.g. "stage-failed in stage 'x'"
        sys.stderr.write(printable(f"newsclean: {error.where}: {error.error}{stage}: {error.message}") + "\n")


def cmd_stages(args: argparse.Namespace) -> int:
    host = get_host()
    infos = [host.stages[name] for name in sorted(host.stages)]
    if args.json:
        print(json.dumps([{**i.to_dict(), "default": i.name in DEFAULT_STAGES} for i in infos], indent=2))
        return 0
    width = max(len(i.name) for i in infos)
    for info in infos:
        mark = "*" if info.name in DEFAULT_STAGES else " "
        print(f"{mark} {info.name:<{width}}  [{info.plugin}]  {info.description}")
        for option in info.options:
            print(f"    {' ' * width}{option.name} = {option.default!r}")
    print("\n* in the default pipeline, in this order: " + ", ".join(DEFAULT_STAGES))
    return 0


def cmd_plugins(args: argparse.Namespace) -> int:
    host = get_host()
    if args.json:
        print(json.dumps([s.to_dict() for s in host.statuses], indent=2))
        return 0
    for status in host.statuses:
        state = "ok" if status.loaded else f"FAILED: {status.error}" if status.error != "disabled" else "disabled"
        kind = "built-in" if status.builtin else f"entry point {status.module}"
        version = f" {status.version}" if status.version else ""
        print(f"{status.name}{version} ({kind}): {state}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    commands: dict[str, Any] = {"clean": cmd_clean, "learn": cmd_learn, "stages": cmd_stages,
                                "plugins": cmd_plugins}
    try:
        return int(commands[args.command](args))
    except NewscleanError as exc:
        sys.stderr.write(f"newsclean: {exc}\n")
        return 2
    except BrokenPipeError:  # `newsclean clean big.jsonl | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("newsclean: interrupted; no partial output file was left behind\n")
        return 130


if __name__ == "__main__":
    sys.exit(main())
