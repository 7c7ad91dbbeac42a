"""Benchmark: the tool against the cost of merely parsing its input, side by side in one run.

    make bench        (or .venv/bin/python bench/screen.py [--count 50000] [--yaml-count 10000] [--jobs 2])

Measures, best of --runs:
  * JSON Lines input: `json.loads` of every line in one process (the floor), then
    `screen --format csv`, `--format jsonl` and `--format jsonl --brief` on --jobs processes;
  * YAML input (one file a profile): libyaml's parse alone (yaml.CSafeLoader, one
    process), then `screen --format table` and `--format csv`;
  * `match` of one profile over 500 rule sets;
  * CPU time (user + system) of one `check`, and of `--help`;
  * peak memory of a screening of half the batch and of the whole batch (inputs are read
    ahead in bounded windows of 16,384 profiles: beyond that, memory should not grow).
Every command writes to a temporary file (never to a device through -o). Inputs
are generated with a fixed seed under bench/out/ and re-used when present. The package's
bytecode is compiled first, as an install leaves it: a shell that sets PYTHONDONTWRITEBYTECODE
would otherwise compile every changed module again in every command measured.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

from synthetic import write_jsonl, write_profiles  # noqa: E402

EXE = [sys.executable, "-m", "eligibility"]


class Run:
    """One child process's wall time, CPU time (it and the workers it waited for) and peak memory."""

    def __init__(self, wall: float, cpu: float, peak_mb: float, status: int) -> None:
        self.wall, self.cpu, self.peak_mb, self.status = wall, cpu, peak_mb, status


def run(args: list[str], *, cwd: Path = ROOT) -> Run:
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode)


def best(runs: int, action) -> Run:
    results = [action() for _ in range(runs)]
    return min(results, key=lambda r: r.wall)


def best_time(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def json_parse_only(path: Path) -> None:
    loads = json.loads
    with open(path, "rb") as handle:
        for line in handle:
            if line.strip():
                loads(line)


def yaml_parse_only(paths: list[Path]) -> None:
    for path in paths:
        yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader)


def postings_folder(count: int) -> Path:
    """`count` rule sets: the seed rule sets again and again, each under its own id."""
    folder = OUT / f"rules-{count}"
    if folder.is_dir() and len(list(folder.glob("*.yaml"))) == count:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    seeds = sorted((ROOT / "rules").glob("*.yaml"))
    for i in range(count):
        seed = seeds[i % len(seeds)]
        data = yaml.safe_load(seed.read_text("utf-8"))
        data["posting"]["id"] = f"{data['posting']['id']}-{i:03d}"
        (folder / f"{data['posting']['id']}.yaml").write_text(
            yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8"
        )
    return folder


def _cpu(r: Run) -> str:
    """CPU time of all processes: on a busy machine wall time says little, CPU time still compares."""
    return f"({r.cpu:.2f} s CPU)"


def line(label: str, seconds: float, count: int | None = None, note: str = "") -> None:
    rate = f"{count / seconds:9,.0f} profiles/s" if count else " " * 20
    print(f"  {label:52s} {seconds:7.3f} s {rate}  {note}".rstrip(), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=50_000, help="profiles in the JSON Lines file")
    parser.add_argument("--yaml-count", type=int, default=10_000, help="profile files for the YAML input")
    parser.add_argument("--posting", default="KOS000396")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "eligibility")], check=True)
    jsonl = OUT / f"profiles-{args.count}.jsonl"
    if not jsonl.is_file():
        write_jsonl(jsonl, args.count)
    folder = OUT / f"profiles-{args.yaml_count}"
    paths = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    if len(paths) != args.yaml_count:
        paths = write_profiles(folder, args.yaml_count)
    rules = postings_folder(500)
    tmp = Path(tempfile.mkdtemp(prefix="eligibility-bench-"))
    target = str(tmp / "out")
    jobs = str(args.jobs)

    def screen(source: Path, fmt: str, *extra: str):
        return lambda: run(
            EXE + ["screen", args.posting, str(source), "-f", fmt, "-j", jobs, "-o", target, "--force", *extra]
        )

    try:
        print(f"against {args.posting}, {args.jobs} jobs, {os.cpu_count()} cores, best of {args.runs}", flush=True)
        print(f"JSON Lines: {args.count:,} profiles, {jsonl.stat().st_size / 1e6:.1f} MB")
        floor = best_time(args.runs, lambda: json_parse_only(jsonl))
        line("json.loads of every line (1 process)", floor, args.count)
        for fmt, extra in (("csv", ()), ("jsonl", ()), ("jsonl", ("--brief",))):
            r = best(args.runs, screen(jsonl, fmt, *extra))
            label = f"screen -f {fmt} {' '.join(extra)} -j {jobs}".replace("  ", " ")
            line(label, r.wall, args.count, f"{r.wall / floor:5.2f}x json.loads  {_cpu(r)}")

        print(f"YAML: {args.yaml_count:,} profile files")
        floor = best_time(args.runs, lambda: yaml_parse_only(paths))
        line("libyaml parse of every file (1 process)", floor, args.yaml_count)
        for fmt in ("table", "csv"):
            r = best(args.runs, screen(folder, fmt))
            line(f"screen -f {fmt} -j {jobs}", r.wall, args.yaml_count, f"{r.wall / floor:5.2f}x libyaml  {_cpu(r)}")

        print("One candidate")
        profile = str(ROOT / "profiles" / "kos000396-eligible.yaml")
        r = best(args.runs, lambda: run(EXE + ["match", profile, *map(str, sorted(rules.glob("*.yaml")))]))
        line("match over 500 postings (wall)", r.wall, note=f"{r.cpu:.3f} s CPU")
        for label, extra in (("check (CPU)", []), ("check --json (CPU)", ["--json"])):
            r = best(max(5, args.runs), lambda extra=extra: run(EXE + ["check", args.posting, profile, *extra]))
            line(label, r.cpu, note=f"{r.wall:.3f} s wall")
        r = best(max(5, args.runs), lambda: run(EXE + ["--help"]))
        line("--help (CPU)", r.cpu, note=f"{r.wall:.3f} s wall")

        print("Memory (peak of the largest process)")
        half = tmp / "half.jsonl"
        with open(jsonl, "rb") as source, open(half, "wb") as sink:
            for i, text in enumerate(source):
                if i >= args.count // 2:
                    break
                sink.write(text)
        for label, source in ((f"{args.count // 2:,} profiles", half), (f"{args.count:,} profiles", jsonl)):
            r = screen(source, "jsonl")()
            print(f"  screen -f jsonl, {label:33s} {r.peak_mb:7.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(
        "targets: JSON Lines -> CSV >= 20,000/s and <= 5x json.loads; -> JSON Lines >= 8,000/s;"
        " YAML <= 1.3x libyaml; match < 0.3 s; check < 0.3 s CPU; memory flat"
    )


if __name__ == "__main__":
    main()
