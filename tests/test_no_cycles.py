"""An assessment leaves no reference cycle behind: everything it builds is freed by reference counting alone.

A batch holds Python's cyclic garbage collector off while it judges a chunk of
profiles (batch._chunk), which saves it walking the chunk's live rows again and
again; that is only sound while assessing and writing rows creates no cycles,
or the garbage of a whole chunk would wait for the collector. This holds every
seed and fixture rule set, generated candidates, both ways of counting years
and every screening output to it.
"""

from __future__ import annotations

import gc
import json
import random
from collections import Counter

import pytest
from test_quick_judgement import RULESETS, _varied

from eligibility import batch as batch_module
from eligibility.batch import Screening, _chunk, _jsonl_ranges
from eligibility.formats import rows

CANDIDATES = [_varied(random.Random(1000 + i), i) for i in range(40)]
RENDERERS = {"csv": rows.CSV, "table": rows.TABLE, "jsonl": rows.JSONL, "jsonl --brief": rows.JSONL_BRIEF}


def _left_in_cycles(work) -> Counter:
    """The types of the objects `work()` left in reference cycles, once what it builds on first use (imports, caches)
    is built."""
    work()
    gc.collect()
    collecting = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        work()
        gc.collect()
        return Counter(type(o).__name__ for o in gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if collecting:
            gc.enable()


@pytest.fixture(scope="module")
def candidates(tmp_path_factory) -> str:
    """The candidates as one JSON Lines file, with a line no profile reads (its error row is written too)."""
    path = tmp_path_factory.mktemp("cycles") / "candidates.jsonl"
    lines = [json.dumps(data) for data in CANDIDATES] + ['{"name": "Broken", "education": "a lot"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("ruleset", RULESETS, ids=lambda r: r.posting.id)
def test_screening_a_chunk_leaves_no_cycle(ruleset, candidates):
    """Read, assessed (counting all years and only those after the degree) and written as every screening output."""
    tasks = list(_jsonl_ranges(candidates))
    batch = rows.Batch(posting={"id": ruleset.posting.id})

    def work():
        for after_degree in (False, True):
            for renderer in RENDERERS.values():
                _chunk(tasks, Screening(ruleset, None, renderer.with_batch(batch), after_degree=after_degree))

    assert _left_in_cycles(work) == Counter()


@pytest.mark.parametrize("enabled", [True, False])
def test_a_chunk_gives_the_collector_back_as_it_found_it(enabled, candidates):
    ruleset = RULESETS[0]
    job = Screening(ruleset, None, rows.CSV.with_batch(rows.Batch(posting={"id": ruleset.posting.id})))
    seen = []
    judge = batch_module.screen_one

    def screen_one(item, job):
        seen.append(gc.isenabled())
        return judge(item, job)

    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(batch_module, "screen_one", screen_one)
            counts = _chunk(list(_jsonl_ranges(candidates)), job).counts
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert seen and not any(seen)  # held off while the chunk is judged
    assert sum(counts.values()) == len(CANDIDATES) + 1


def test_the_check_finds_a_cycle():
    class Node:
        pass

    def work():
        node = Node()
        node.itself = node  # type: ignore[attr-defined]

    assert _left_in_cycles(work)["Node"] == 1
