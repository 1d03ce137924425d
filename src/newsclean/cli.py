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
from .io.writers import AtomicWriter, dumps
from .model import Document
from .pipeline import DEFAULT_STAGE_TIMEOUT, DEFAULT_STAGES, Pipeline
from .plugins import PLUGINS_ENV, get_host, reset_host
from .runner import ErrorRecord, clean_items

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
    clean.add_argument("inputs", nargs="*", default=["-"], metavar="INPUT")
    clean.add_argument("-o", "--output", default="-", help="output file (default: stdout); written atomically")
    clean.add_argument("--to", choices=("jsonl", "text"), default="jsonl", help="output format (default: jsonl)")
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
    clean.add_argument("--resume", action="store_true",
                       help="continue a run that was stopped part-way (needs -o FILE; see docs/reliability.md)")
    clean.add_argument("--checkpoint-every", type=int, default=DEFAULT_CHECKPOINT_EVERY, metavar="N",
                       help=f"with --resume: save progress every N records (default {DEFAULT_CHECKPOINT_EVERY})")
    clean.add_argument("--plugin", action="append", default=[], metavar="MODULE",
                       help="also load this plugin module by import name (repeatable)")
    clean.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")

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


def make_pipeline(args: argparse.Namespace) -> Pipeline:
    if args.plugin:
        # Through the environment, so that worker processes load the same plugins.
        os.environ[PLUGINS_ENV] = ",".join([*os.environ.get(PLUGINS_ENV, "").split(","), *args.plugin]).strip(",")
        reset_host()
    on_error = "raise" if args.strict else "continue"
    timeout = args.timeout or None
    settings = parse_settings(args.set)
    if args.config:
        base = Pipeline.from_config(args.config, on_stage_error=on_error, stage_timeout=timeout)
        specs = list(base.specs)
        names = [s.name for s in specs]
        if args.stages:
            names = [n.strip() for n in args.stages.split(",") if n.strip()]
        options = {s.name: dict(s.options) for s in specs if s.name in names}
        for stage, opts in settings.items():
            options.setdefault(stage, {}).update(opts)
        return Pipeline(names, options=options, on_stage_error=on_error, stage_timeout=timeout)
    names = [n.strip() for n in args.stages.split(",") if n.strip()] if args.stages else list(DEFAULT_STAGES)
    return Pipeline(names, options=settings, on_stage_error=on_error, stage_timeout=timeout)


def explain(doc: Document) -> str:
    lines = [f"== {printable(doc.id)}"]
    for removal in sorted(doc.removals, key=lambda r: r.index):
        lines.append(f"  - [{removal.index}] {removal.stage}: {removal.reason}: {printable(_short(removal.text))}")
    for edit in doc.edits:
        where = f"[{edit.index}] " if edit.index is not None else ""
        lines.append(f"  ~ {where}{edit.stage}: {edit.reason or 'edited'}: "
                     f"{printable(_short(edit.before))} -> {printable(_short(edit.after))}")
    for failure in doc.failures:
        lines.append(f"  ! {failure.stage} failed: {printable(failure.message)}")
    return "\n".join(lines) + "\n"


def _short(text: str, limit: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class _AtomicSinks:
    """Output and error report written atomically (the default)."""

    skip = 0

    def __init__(self, output: str, errors: str | None) -> None:
        self.out = AtomicWriter(output)
        self.err = AtomicWriter(errors) if errors else None

    def write(self, text: str) -> None:
        self.out.write(text)

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
    settings = {"stages": [(s.name, dict(s.options)) for s in pipeline.specs], "to": args.to,
                "text_field": args.text_field, "max_chars": args.max_chars}
    return ResumableRun(args.output, args.errors, run_fingerprint(list(args.inputs), settings),
                        args.checkpoint_every)


def cmd_clean(args: argparse.Namespace) -> int:
    pipeline = make_pipeline(args)
    sinks = open_sinks(args, pipeline)
    items = itertools.islice(read_inputs(args.inputs, max_chars=args.max_chars, text_field=args.text_field),
                             sinks.skip, None)
    counts = {"in": 0, "out": 0, "failed": 0, "stage_failures": 0}
    to_terminal = args.output in ("-", "") and sys.stdout.isatty()
    try:
        for item, result in clean_items(pipeline, items):
            counts["in"] += 1
            if isinstance(result, ErrorRecord):
                counts["failed"] += 1
                _report(result, sinks, args.quiet)
            else:
                counts["out"] += 1
                if result.failures:
                    counts["stage_failures"] += 1
                for failure in result.failures:
                    _report(ErrorRecord(item.source, item.line, result.id, "stage-failed", failure.message,
                                        failure.stage, item.raw), sinks, args.quiet)
                sinks.write(dumps(result.to_record()) if args.to == "jsonl" else _as_text(result, to_terminal))
                if args.explain:
                    sys.stderr.write(explain(result))
            sinks.record_done()
    except BaseException:
        sinks.close()
        raise
    sinks.finish()
    if not args.quiet:
        resumed = f" (resumed after {sinks.skip})" if sinks.skip else ""
        sys.stderr.write(f"newsclean: {counts['in']} records{resumed}, {counts['out']} cleaned, "
                         f"{counts['failed']} failed"
                         + (f", {counts['stage_failures']} with a failed stage" if counts["stage_failures"] else "")
                         + "\n")
    return 1 if counts["failed"] or counts["stage_failures"] else 0


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
    commands: dict[str, Any] = {"clean": cmd_clean, "stages": cmd_stages, "plugins": cmd_plugins}
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
