"""The kinds' phrase patterns are compiled when first used, not when a command starts (README, "Benchmarks")."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys

import pytest
from conftest import ROOT

from eligibility import checks
from eligibility.phrases import lazy_pattern

MODULES = ["eligibility.phrases", *sorted(m.__name__ for m in checks.KINDS.values()), "eligibility.checks.paths"]


@pytest.mark.parametrize("name", MODULES)
def test_no_kind_compiles_a_pattern_when_it_is_imported(name):
    module = importlib.import_module(name)
    compiled = [key for key, value in vars(module).items() if isinstance(value, re.Pattern)]
    assert not compiled, f"{name}: {compiled} compiled at import; write them with phrases.lazy_pattern"


def test_a_pattern_written_lazily_reads_as_the_compiled_one():
    lazy = lazy_pattern(r"(?P<n>\d+)\s+years?", re.I)
    assert lazy.pattern == r"(?P<n>\d+)\s+years?"
    assert re.compile(lazy.pattern + "!", re.I).search("5 YEARS!")  # built from before it is compiled
    compiled = re.compile(r"(?P<n>\d+)\s+years?", re.I)
    text = "at least 5 Years, or 7 years with a master's"
    assert lazy.search(text).group("n") == compiled.search(text).group("n") == "5"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("N", text) == compiled.sub("N", text)
    assert (lazy.flags, lazy.groupindex) == (compiled.flags, compiled.groupindex)


def test_a_check_compiles_none_of_the_phrase_patterns():
    script = (
        "import re, sys\n"
        "from eligibility.cli import main\n"
        "from eligibility import checks, phrases\n"
        "sys.argv = ['eligibility', 'check', 'KOS000396', 'profiles/kos000396-eligible.yaml', '--json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "mods = [phrases, *checks.KINDS.values()]\n"
        "lazies = [v for m in mods for v in vars(m).values() if type(v).__name__ == '_LazyPattern']\n"
        "sys.stderr.write(str(len(lazies)) + ' ' + str(sum('search' in vars(v) for v in lazies)))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    total, used = map(int, proc.stderr.split()[-2:])
    assert total > 50
    assert used == 0
