"""Benchmark: screening N synthetic profiles against one posting, against merely parsing them.

    .venv/bin/python bench/screen.py [--count 10000] [--posting KOS000396]

Prints profiles per second for parsing alone (yaml.CSafeLoader, one process),
for `eligibility screen` on one core and on all cores, and the start-up time
of `eligibility --help`. Profiles are generated with a fixed seed under
bench/out/ (re-used when present).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from synthetic import write_profiles  # noqa: E402

EXE = [sys.executable, "-m", "eligibility"]


def best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def parse_only(paths: list[Path]) -> None:
    for path in paths:
        yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader)


def screen(folder: Path, posting: str, jobs: int, fmt: str) -> None:
    subprocess.run(
        EXE + ["screen", posting, str(folder), "--format", fmt, "--jobs", str(jobs), "-o", os.devnull, "--force"],
        cwd=ROOT,
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--posting", default="KOS000396")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--formats", default="table,csv,jsonl", help="comma-separated output formats to time")
    args = parser.parse_args()

    folder = HERE / "out" / f"profiles-{args.count}"
    paths = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    if len(paths) != args.count:
        paths = write_profiles(folder, args.count)
    cores = os.cpu_count() or 1
    print(f"{args.count:,} synthetic profiles against {args.posting}; {cores} cores; libyaml: {yaml.__with_libyaml__}")

    parse = best_of(args.runs, lambda: parse_only(paths))
    print(f"  {'parse only (yaml.CSafeLoader, 1 process)':44s} {parse:6.2f} s {args.count / parse:8,.0f} profiles/s")
    for fmt in args.formats.split(","):
        for jobs in (1, cores):
            seconds = best_of(args.runs, lambda jobs=jobs, fmt=fmt: screen(folder, args.posting, jobs, fmt))
            ratio = f"{seconds / parse:5.2f}x parse" if jobs == cores else ""
            label = f"screen --format {fmt}, {jobs} core{'s' if jobs > 1 else ''}"
            print(f"  {label:44s} {seconds:6.2f} s {args.count / seconds:8,.0f} profiles/s  {ratio}")
    startup = best_of(5, lambda: subprocess.run(EXE + ["--help"], cwd=ROOT, stdout=subprocess.DEVNULL, check=True))
    print(f"  {'eligibility --help start-up':44s} {startup:6.3f} s")
    print("goals: screening on all cores <= 2x parse only and < 10 s for 10,000; --help < 0.3 s")


if __name__ == "__main__":
    main()
