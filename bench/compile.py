"""Benchmark: how long `compile` takes per posting, and how it grows with the text's length.

.venv/bin/python bench/compile.py [TEXT_FILE ...]
    default: the project's own postings (tests/fixtures/postings) and, when present, ../shared/postings/*.txt
Then a scaling run: a posting with a long field list grown to 125 KB … 1 MB; time per KB must stay flat (linear).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from eligibility.compiler import compile_text

ROOT = Path(__file__).resolve().parent.parent


def _time(text: str, runs: int) -> float:
    compile_text(text)
    started = time.perf_counter()
    for _ in range(runs):
        compile_text(text)
    return (time.perf_counter() - started) / runs


def _grown(size: int) -> str:
    """A notice whose requirement list and field list grow with `size`: the worst case for phrase matching."""
    head = "Field Officer\n\nRequirements:\nMaster's degree in law.\nAt least 5 years of experience in human rights.\n"
    fields = ", ".join(f"field {i} studies" for i in range(40))
    item = (
        f"Experience in {fields} or related fields is an asset.\nFluency in English and working knowledge of French.\n"
    )
    return head + item * max(1, (size - len(head)) // len(item))


def main() -> None:
    files = [Path(a) for a in sys.argv[1:]]
    if not files:
        files = sorted((ROOT / "tests" / "fixtures" / "postings").glob("*.txt"))
        files += sorted((ROOT / "tests" / "fixtures" / "postings").glob("*.md"))
        files += sorted((ROOT.parent / "shared" / "postings").glob("*.txt"))
    for file in files:
        text = file.read_text("utf-8")
        print(f"  {file.name:42s} {len(text):9,} chars  {_time(text, 20) * 1000:7.1f} ms")
    print("scaling (time per KB should stay flat):")
    for size in (125_000, 250_000, 500_000, 1_000_000):
        text = _grown(size)
        seconds = _time(text, 1)
        print(f"  {len(text):9,} chars  {seconds:6.2f} s  {seconds * 1000 / (len(text) / 1000):6.2f} ms/KB")


if __name__ == "__main__":
    main()
