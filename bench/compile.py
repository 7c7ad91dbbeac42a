"""Benchmark: how long `compile` takes per posting text.

.venv/bin/python bench/compile.py [TEXT_FILE ...]   (default: ../shared/postings/*.txt)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from eligibility.compiler import compile_text

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    files = [Path(a) for a in sys.argv[1:]] or sorted((ROOT.parent / "shared" / "postings").glob("*.txt"))
    if not files:
        sys.exit("no posting texts: pass TEXT_FILE arguments")
    for file in files:
        text = file.read_text("utf-8")
        compile_text(text)
        runs = 20
        started = time.perf_counter()
        for _ in range(runs):
            compile_text(text)
        ms = (time.perf_counter() - started) / runs * 1000
        print(f"  {file.name:42s} {len(text):7,} chars  {ms:6.1f} ms")


if __name__ == "__main__":
    main()
