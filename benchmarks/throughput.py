#!/usr/bin/env python3
"""Throughput: newsclean on one process and on all cores, against its floors and two other cleaners.

    python benchmarks/throughput.py [AEB_DIR] [--docs 20000] [--no-write]
    python benchmarks/throughput.py [AEB_DIR] --stream 1000000      # peak RSS on a long stream

On the 181 text views of AEB (``AEB_DIR/text``, default ``../shared/data/aeb``), repeated to ``--docs``
documents, each measurement runs in a process of its own (so that its peak RSS is its own; with workers, the
memory of the whole process tree is summed as proportional set size, so that pages the processes share
are counted once; sampled every 0.25 s):

- newsclean, default pipeline, ``newsclean clean`` JSONL to JSONL, ``-j 1`` and ``-j N`` (all cores);
- the floor: newsclean reading and writing the same JSONL with an empty pipeline;
- the libraries: only the ftfy and langdetect calls the default pipeline makes on these documents (recorded
  once, replayed), i.e. the part of newsclean's time that is not newsclean's own code;
- jusText 3 on the same text views, each line a ``<p>``, English stoplist;
- trafilatura on the original HTML (``AEB_DIR/html/*.html.gz``), comments off.

It prints docs/s, the ratio of each to newsclean on one process, and peak RSS, and writes them into
``docs/benchmarks.md`` between ``<!-- throughput:start -->`` and ``<!-- throughput:end -->`` (other sections
of that file belong to other benchmarks and are kept). Never part of the test suite.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from docsection import replace_section  # benchmarks/ is on sys.path when a benchmark runs

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "aeb"
DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- throughput:start -->", "<!-- throughput:end -->"
NEWSCLEAN = [sys.executable, "-m", "newsclean.cli"]


# -- inputs ------------------------------------------------------------------------------------------------

def load_pages(data: Path) -> list[dict[str, Any]]:
    urls = {}
    pages_file = data / "pages.jsonl"
    if pages_file.exists():
        for line in pages_file.read_text(encoding="utf-8").splitlines():
            page = json.loads(line)
            urls[page["id"]] = page.get("url")
    pages = []
    for path in sorted((data / "text").glob("*.txt")):
        pages.append({"id": path.stem, "url": urls.get(path.stem), "text": path.read_text(encoding="utf-8")})
    if not pages:
        sys.exit(f"no text views in {data / 'text'}")
    return pages


def repeated_lines(pages: list[dict[str, Any]], count: int) -> Any:
    """``count`` JSONL lines (bytes), cycling through the pages with unique ids."""
    encoded = [json.dumps({k: v for k, v in p.items() if k != "id"}, ensure_ascii=False)[1:] for p in pages]
    for i in range(count):
        k, j = divmod(i, len(pages))
        yield f'{{"id": "{pages[j]["id"][:16]}-{k}", {encoded[j]}\n'.encode()


def write_input(pages: list[dict[str, Any]], count: int, folder: Path) -> Path:
    path = folder / "input.jsonl"
    with path.open("wb") as out:
        for line in repeated_lines(pages, count):
            out.write(line)
    return path


# -- measuring a process tree --------------------------------------------------------------------------------

def run_measured(cmd: list[str], feed: Any = None, capture: bool = False, log: Any = None) -> dict[str, float]:
    """Run a command; wall time, CPU time and peak memory of its process tree (MB), sampled every 0.25 s:
    the sum of the processes' proportional set sizes (shared pages counted once) and the largest single RSS
    (CPU time: the last sample of each process, so up to 0.25 s of each is missed). With
    ``capture``, the command prints ``{"loop_seconds": …}`` (its measured loop, setup excluded), used as the
    time instead."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if feed else None,
                            stdout=subprocess.PIPE if capture else subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = {"total": 0.0, "largest": 0.0}
    cpu: dict[int, float] = {}  # last CPU seconds seen per process of the tree (workers are not our children)
    done = threading.Event()

    def sample() -> None:
        root = psutil.Process(proc.pid)
        while not done.is_set():
            rss, pss = [], []
            for member in [root, *_children(root)]:
                try:
                    info = member.memory_full_info()
                    times = member.cpu_times()
                except psutil.Error:
                    continue
                cpu[member.pid] = times.user + times.system
                rss.append(info.rss)
                pss.append(getattr(info, "pss", info.rss))
            if rss:
                peak["total"] = max(peak["total"], sum(pss) / 2**20)
                peak["largest"] = max(peak["largest"], max(rss) / 2**20)
                peak["load"] = max(peak.get("load", 0.0), os.getloadavg()[0])
                if log is not None:
                    log(time.perf_counter() - start, sum(pss) / 2**20, max(rss) / 2**20)
            done.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    if feed is not None:
        assert proc.stdin is not None
        try:
            for chunk in feed:
                proc.stdin.write(chunk)
        except BrokenPipeError:
            pass
        proc.stdin.close()
        # Not communicate(): it flushes stdin first, which fails once stdin is closed.
        assert proc.stderr is not None
        err = proc.stderr.read()
        out = proc.stdout.read() if proc.stdout is not None else b""
        proc.wait()
    else:
        out, err = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        sys.exit(f"{shlex.join(cmd)} failed ({proc.returncode}):\n{err.decode(errors='replace')[-2000:]}")
    seconds = json.loads(out.decode().strip().splitlines()[-1])["loop_seconds"] if capture else None
    return {"seconds": seconds or time.perf_counter() - start, "rss_total": peak["total"],
            "rss_largest": peak["largest"], "cpu": sum(cpu.values()), "load": peak.get("load", 0.0)}


def _children(process: Any) -> list[Any]:
    import psutil

    try:
        return list(process.children(recursive=True))
    except psutil.Error:
        return []


# -- the measurements that run in a process of their own (`--measure NAME`) ------------------------------------

def measure_in_process(name: str, data: Path, docs: int, input_path: Path) -> None:
    """Runs inside the child; prints its own timing (seconds of the measured loop) as JSON."""
    pages = load_pages(data)
    if name == "floor-io":
        from newsclean.cli import main

        start = time.perf_counter()
        main(["clean", str(input_path), "-o", str(input_path) + ".floor.jsonl", "-j", "1", "-q", "--stages", ","])
        print(json.dumps({"loop_seconds": time.perf_counter() - start}))
        return
    if name == "libraries":
        calls = record_library_calls(pages)
        import ftfy

        from newsclean.stages.language import detect
        from newsclean.stages.repair import _FTFY_CONFIG

        detect("warm up the profiles")
        reps, extra = divmod(docs, len(pages))
        order = list(range(len(pages))) * reps + list(range(extra))
        start = time.perf_counter()
        for j in order:
            for kind, arg in calls[j]:
                if kind == "ftfy":
                    ftfy.fix_text(arg, _FTFY_CONFIG)
                else:
                    detect(arg)
        print(json.dumps({"loop_seconds": time.perf_counter() - start}))
        return
    if name == "justext":
        import html

        import justext

        stoplist = justext.get_stoplist("English")
        views = ["<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in p["text"].splitlines()
                                         if line.strip()) + "</body></html>" for p in pages]
        start = time.perf_counter()
        for i in range(docs):
            paragraphs = justext.justext(views[i % len(views)], stoplist)
            "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
        print(json.dumps({"loop_seconds": time.perf_counter() - start}))
        return
    if name == "trafilatura":
        import trafilatura

        htmls = []
        for page in pages:
            path = data / "html" / f"{page['id']}.html.gz"
            htmls.append(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
        start = time.perf_counter()
        for i in range(docs):
            trafilatura.extract(htmls[i % len(htmls)], include_comments=False)
        print(json.dumps({"loop_seconds": time.perf_counter() - start}))
        return
    sys.exit(f"unknown measurement {name}")


def record_library_calls(pages: list[dict[str, Any]]) -> list[list[tuple[str, str]]]:
    """The ftfy and langdetect calls the default pipeline makes on each page, with their arguments."""
    import ftfy

    from newsclean import Pipeline
    from newsclean.stages import language, repair

    calls: list[tuple[str, str]] = []
    real_fix, real_detect = ftfy.fix_text, language.detect

    def fix_text(text: str, *args: Any, **kwargs: Any) -> str:
        calls.append(("ftfy", text))
        return real_fix(text, *args, **kwargs)

    def detect(text: str, seed: int = 0) -> str | None:
        calls.append(("langdetect", text))
        return real_detect(text, seed)

    repair.ftfy.fix_text = fix_text  # type: ignore[assignment]
    language.detect = detect  # type: ignore[assignment]
    pipeline = Pipeline()
    out = []
    for page in pages:
        calls.clear()
        pipeline.run({k: v for k, v in page.items() if v is not None})
        out.append(list(calls))
    repair.ftfy.fix_text = real_fix  # type: ignore[assignment]
    language.detect = real_detect  # type: ignore[assignment]
    return out


# -- the run -------------------------------------------------------------------------------------------------

def child(name: str, data: Path, docs: int, input_path: Path) -> dict[str, float]:
    cmd = [sys.executable, __file__, str(data), "--docs", str(docs), "--measure", name, "--input", str(input_path)]
    return run_measured(cmd, capture=True)


def newsclean_run(input_path: Path, jobs: int, out: Path) -> dict[str, float]:
    return run_measured([*NEWSCLEAN, "clean", str(input_path), "-o", str(out), "-j", str(jobs), "-q"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--jobs", type=int, default=0, help="processes for the all-cores run (default: all cores)")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--stream", type=int, metavar="N", help="only: peak RSS while cleaning an N-document stream")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--input", help=argparse.SUPPRESS)
    args = ap.parse_args()
    data = Path(args.data)
    if args.measure:
        measure_in_process(args.measure, data, args.docs, Path(args.input))
        return 0
    from newsclean.parallel import available_cores

    cores = args.jobs or available_cores()
    pages = load_pages(data)
    if args.stream:
        return stream_run(pages, args.stream, cores)
    rows: list[tuple[str, dict[str, float]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        input_path = write_input(pages, args.docs, folder)
        print(f"{args.docs:,} documents ({len(pages)} AEB text views repeated), {cores} cores", flush=True)
        plan: list[tuple[str, Any]] = [
            ("newsclean, 1 process", lambda: newsclean_run(input_path, 1, folder / "o1.jsonl")),
            (f"newsclean, {cores} processes", lambda: newsclean_run(input_path, cores, folder / "oN.jsonl")),
            ("floor: read + write JSONL (empty pipeline)", lambda: child("floor-io", data, args.docs, input_path)),
            ("floor: only the ftfy + langdetect calls", lambda: child("libraries", data, args.docs, input_path)),
            ("jusText 3, text view, each line a <p>", lambda: child("justext", data, args.docs, input_path)),
            ("trafilatura 2, original HTML", lambda: child("trafilatura", data, args.docs, input_path)),
        ]
        for label, run in plan:
            result = run()
            rows.append((label, result))
            print(f"  {label:<45} {args.docs / result['seconds']:8.1f} docs/s  peak RSS {result['rss_total']:6.0f} MB",
                  flush=True)
        same = (folder / "o1.jsonl").read_bytes() == (folder / "oN.jsonl").read_bytes()
    table = render(rows, args.docs, cores, same)
    print(table)
    if not args.no_write:
        write_section(table)
    return 0


def render(rows: list[tuple[str, dict[str, float]]], docs: int, cores: int, same: bool) -> str:
    base = docs / rows[0][1]["seconds"]
    lines = [
        "## Throughput",
        "",
        f"Made by `python benchmarks/throughput.py --docs {docs}` on {platform.machine()} with {cores} cores "
        f"({platform.python_implementation()} {platform.python_version()}): the 181 AEB text views repeated to "
        f"{docs:,} documents, JSONL in and out, default pipeline. Each row ran in a process of its own; peak memory "
        "is the whole process tree's (sum of proportional set sizes: shared pages counted once). "
        f"Highest 1-minute load average seen during the runs: {max(r['load'] for _, r in rows):.1f} on {cores} "
        + ("cores (above the number of cores: other work was competing and the rates are low)."
           if max(r['load'] for _, r in rows) > cores else "cores (the benchmark itself included; no other work)."),
        "",
        "| what | docs/s | vs newsclean, 1 process | peak memory (MB) |",
        "|---|---|---|---|",
    ]
    for label, result in rows:
        rate = docs / result["seconds"]
        lines.append(f"| {label} | {rate:,.0f} | {rate / base:.2f}x | {result['rss_total']:.0f} |")
    libs = next(r for label, r in rows if label.startswith("floor: only the ftfy"))
    own_share = 1 - libs["seconds"] / rows[0][1]["seconds"]
    speedup = rows[0][1]["seconds"] / rows[1][1]["seconds"]
    one_cpu, all_cpu = rows[0][1]["cpu"], rows[1][1]["cpu"]
    cpu_note = (f"{all_cpu / one_cpu:.2f}x: the cost of the parallel machinery); with {cores} idle cores the "
                f"wall-time speed-up would be about {cores * one_cpu / all_cpu:.2f}x." if all_cpu >= one_cpu else
                f"{all_cpu / one_cpu:.2f}x: less CPU for the same work, so the machine ran slower during the "
                f"single-process run and the wall-time speed-up above is overstated).")
    lines += [
        "",
        f"- {cores} processes against 1: {speedup:.2f}x in wall time; output byte-identical: "
        f"{'yes' if same else 'NO'}. CPU time of the whole process tree: {one_cpu:,.0f} s on 1 process, "
        f"{all_cpu:,.0f} s on {cores} ({cpu_note}",
        f"- Share of newsclean's single-process time spent outside ftfy and langdetect (its own code, and "
        f"reading/writing): {own_share:.0%}.",
    ]
    return "\n".join(lines) + "\n"


def write_section(table: str) -> None:
    replace_section(DOC, "throughput", table)


def stream_run(pages: list[dict[str, Any]], count: int, cores: int) -> int:
    """Clean a stream of ``count`` documents fed through stdin, output discarded; peak memory and time.

    Every minute a line goes to stdout: elapsed time, documents fed so far, memory now and peak so far —
    so a flat line can be seen long before the end.
    """
    print(f"streaming {count:,} documents through `newsclean clean -j {cores}` (stdin to stdout)...", flush=True)
    fed = {"n": 0, "last": 0.0, "peak": 0.0}

    def feed() -> Any:
        for line in repeated_lines(pages, count):
            fed["n"] += 1
            yield line

    def log(elapsed: float, pss_mb: float, largest_mb: float) -> None:
        fed["peak"] = max(fed["peak"], pss_mb)
        if elapsed - fed["last"] >= 60:
            fed["last"] = elapsed
            print(json.dumps({"seconds": round(elapsed), "documents_fed": fed["n"], "pss_tree_mb": round(pss_mb),
                              "largest_rss_mb": round(largest_mb), "peak_pss_tree_mb": round(fed["peak"])}),
                  flush=True)

    result = run_measured([*NEWSCLEAN, "clean", "-", "-j", str(cores), "-q"], feed=feed(), log=log)
    print(json.dumps({"documents": count, "jobs": cores, "seconds": round(result["seconds"], 1),
                      "docs_per_second": round(count / result["seconds"], 1),
                      "peak_pss_tree_mb": round(result["rss_total"]), "peak_rss_largest_process_mb":
                      round(result["rss_largest"])}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
