"""A batch spread over worker processes: the main process waits for their results without spinning. The standard
pool's worker handler also wakes whenever a result waits in the pipe from the workers, and loops until the result
handler has read it: dozens of wake-ups a chunk, all CPU taken from the workers on a machine with few cores."""

from __future__ import annotations

import errno
import io
import json
import multiprocessing.pool
import os
from pathlib import Path

import pytest

from eligibility import batch, fileio
from eligibility.formats import rows, screen
from eligibility.rules import load_ruleset

CHUNKS = 12


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="workers are forked here")
def test_the_pool_wakes_for_its_own_events_not_for_every_result(tmp_path, monkeypatch):
    lines = [
        json.dumps({"name": f"P{i}", "nationalities": ["AT"], "experience": []}) for i in range(CHUNKS * batch.CHUNK)
    ]
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


# --- rows spooled by the workers, appended to the output --------------------------------------------------------

TEXT = "naïve, ünïcode ✓\r\n"


def _spooled(tmp_path, text: str = TEXT) -> fileio.Spooled:
    path = tmp_path / "chunk.part"
    path.write_bytes(text.encode("utf-8"))
    return fileio.Spooled(str(path), len(text.encode("utf-8")))


def _output_file(tmp_path):
    made = fileio.AtomicOutput(tmp_path / "out")
    return made.handle, Path(made.temp)  # written under its temporary name until it is finished


def _file_opened_elsewhere(tmp_path):
    return open(tmp_path / "out", "w", encoding="utf-8", newline=""), tmp_path / "out"


OUTPUTS = {
    # Each (a stream, where its bytes are read back) is closed by the test that opens it.
    "an output file (sendfile)": _output_file,
    "a file opened elsewhere": _file_opened_elsewhere,
    "a buffer with no file": lambda tmp_path: (io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline=""), None),
    "a text stream with no buffer": lambda tmp_path: (io.StringIO(newline=""), None),
}


def _written(out, path) -> str:
    out.flush()
    if isinstance(out, io.StringIO):
        return out.getvalue()
    if path is None:
        return out.buffer.getvalue().decode("utf-8")
    return path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("output", list(OUTPUTS))
def test_a_spooled_chunk_follows_what_was_written_before_it(tmp_path, output):
    out, path = OUTPUTS[output](tmp_path)
    with out:
        out.write("head\r\n")
        _spooled(tmp_path).copy_to(out)
        out.write("tail")
        assert _written(out, path) == "head\r\n" + TEXT + "tail"


@pytest.mark.parametrize("refusal", [errno.EINVAL, errno.ENOSYS, errno.EXDEV])
def test_an_output_whose_file_system_refuses_sendfile_gets_the_chunk_written(tmp_path, monkeypatch, refusal):
    def refused(*args):
        raise OSError(refusal, os.strerror(refusal))

    monkeypatch.setattr(fileio.os, "sendfile", refused)
    with fileio.AtomicOutput(tmp_path / "out") as out:
        out.write("head\r\n")
        _spooled(tmp_path).copy_to(out)
    assert (tmp_path / "out").read_bytes().decode("utf-8") == "head\r\n" + TEXT


def test_csv_to_a_stream_of_another_encoding_is_decoded_and_written_as_text(tmp_path):
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-16", newline="")
    tally = screen.Tally()
    screen.write_csv([batch.Done(_spooled(tmp_path), {"eligible": 1}, 1)], out, tally)
    out.flush()
    assert out.buffer.getvalue().decode("utf-16").endswith(TEXT) and tally.written == 1


def test_a_json_array_of_spooled_chunks_skips_the_empty_ones(tmp_path):
    first, empty = tmp_path / "a", tmp_path / "b"
    first.write_bytes(b'{"n":1},\n{"n":2}')
    empty.write_bytes(b"")
    chunks = [
        batch.Done(fileio.Spooled(str(first), first.stat().st_size), {"eligible": 2}, 2),
        batch.Done(fileio.Spooled(str(empty), 0), {}, 0),
        batch.Done(b'{"n":3}', {"eligible": 1}, 1),
    ]
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    screen.write_json(chunks, out, screen.Tally())
    assert json.loads(out.buffer.getvalue()) == [{"n": 1}, {"n": 2}, {"n": 3}]


def test_an_output_file_takes_a_spooled_chunk_from_the_kernel(tmp_path, monkeypatch):
    calls = []
    real = os.sendfile

    def counted(*args):
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(fileio.os, "sendfile", counted)
    with fileio.AtomicOutput(tmp_path / "out") as out:
        _spooled(tmp_path).copy_to(out)
    assert calls and (tmp_path / "out").read_bytes().decode("utf-8") == TEXT
