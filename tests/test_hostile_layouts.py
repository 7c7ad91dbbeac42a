"""Property: whatever a screened folder holds, every good profile gets its verdict and every bad entry a row.

Folders are generated with good profiles, broken ones, named pipes, dangling links, links back up the tree
(loops) and folders named like profiles, at any depth. `screen` must never crash or hang, must write one
verdict row for each good profile, an error row naming each bad entry, and exit 2 exactly when there is one.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from clirun import run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

GOOD = "name: Good Candidate\nnationalities: [NO]\n"
BAD = {
    "broken": "name: [unclosed\n",
    "wrong-type": "name: Someone\nnationalities: 7\n",
    "empty": "",
}
KINDS = ("good", "good", "broken", "wrong-type", "empty", "fifo", "dangling", "loop", "folder-named-yaml")
"""What an entry is; the good profile comes twice as often so that most layouts hold some."""

entries = st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 2)), min_size=1, max_size=8)
"""Each entry: its kind and how deep it sits (0: in the screened folder itself)."""


def build(root: Path, layout: list[tuple[str, int]]) -> tuple[set[str], set[str]]:
    """Create the entries; return the names of the good profiles and of the entries that must be error rows."""
    good, bad = set(), set()
    for i, (kind, depth) in enumerate(layout):
        folder = root.joinpath(*(f"d{i}-{level}" for level in range(depth)))
        folder.mkdir(parents=True, exist_ok=True)
        name = f"p{i}.yaml"
        path = folder / name
        if kind == "good":
            path.write_text(GOOD, "utf-8")
            good.add(name)
        elif kind in BAD:
            path.write_text(BAD[kind], "utf-8")
            bad.add(name)
        elif kind == "fifo":
            os.mkfifo(path)
            bad.add(name)
        elif kind == "dangling":
            path.symlink_to(folder / f"missing-{i}.yaml")
            bad.add(name)
        elif kind == "loop":
            (folder / f"up{i}").symlink_to(root, target_is_directory=True)
            bad.add(f"up{i}")
        else:  # a folder whose name looks like a profile: walked into, never a row of its own
            path.mkdir()
            (path / f"inside{i}.yaml").write_text(GOOD, "utf-8")
            good.add(f"inside{i}.yaml")
    return good, bad


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries)
def test_screen_rows_every_good_profile_and_every_bad_entry(layout):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "candidates"
        root.mkdir()
        good, bad = build(root, layout)
        ran = run("screen", "SEC000821", str(root), "--format", "jsonl")
        rows = [json.loads(line) for line in ran.stdout.splitlines() if line.strip()]
        named = [(Path(r["candidate"]["file"].split(":")[0]).name, "error" in r) for r in rows]
        verdicts = {name for name, error in named if not error}
        errors = {name for name, error in named if error}
        assert good <= verdicts, f"good profiles without a verdict: {good - verdicts}\n{ran.stderr}"
        assert all(r.get("verdict") for r in rows if "error" not in r)
        assert bad <= errors, f"bad entries without an error row: {bad - errors}\n{ran.stderr}"
        assert ran.code == (2 if bad or not good else 0), ran.stderr
        assert "Traceback" not in ran.stderr
