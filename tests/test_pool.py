"""A batch spread over worker processes: the main process waits for their results without spinning. The standard
pool's worker handler also wakes whenever a result waits in the pipe from the workers, and loops until the result
handler has read it: dozens of wake-ups a chunk, all CPU taken from the workers on a machine with few cores."""

from __future__ import annotations

import json
import multiprocessing.pool

import pytest

from eligibility import batch
from eligibility.formats import rows
from eligibility.rules import load_ruleset

CHUNKS = 12


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="workers are forked here")
def test_the_pool_wakes_for_its_own_events_not_for_every_result(tmp_path, monkeypatch):
    lines = [json.dumps({"name": f"P{i}", "nationalities": ["AT"], "experience": []}) for i in range(CHUNKS * batch.CHUNK)]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines) + "\n")
    ruleset = load_ruleset("KOS000396")
    job = batch.Screening(ruleset, None, rows.CSV.with_batch(rows.Batch(posting={"id": ruleset.posting.id})))
    waits = []
    real = multiprocessing.pool.wait

    def counted(*args, **kwargs):
        waits.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(multiprocessing.pool, "wait", counted)  # the worker handler's wait (the pool's own module)
    done = list(batch.run(iter(batch._tasks_of(str(path))), job, jobs=2, total=len(lines)))
    assert sum(d.rows for d in done) == len(lines) == sum(sum(d.counts.values()) for d in done)
    # It wakes when it starts, when the work is done and when the pool closes: a few times, never once a chunk.
    assert len(waits) < CHUNKS
