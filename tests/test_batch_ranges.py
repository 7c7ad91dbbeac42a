"""JSON Lines files are screened as ranges of lines that the screening process reads itself: the same profiles,
names and line numbers as reading the file line by line, and an error row (not a lost or cut profile) when the
file changes between finding a range and reading it."""

from __future__ import annotations

import json

import pytest

from eligibility import batch


def _line(name: str) -> bytes:
    return json.dumps({"name": name, "nationalities": ["AT"]}).encode()


def _expanded(path: str) -> list[batch.Item]:
    return [item for task in batch._tasks_of(path) for item in batch._expanded([task])]


LAYOUTS = {
    "plain": lambda n: b"".join(_line(f"P{i}") + b"\n" for i in range(n)),
    "no final newline": lambda n: b"\n".join(_line(f"P{i}") for i in range(n)),
    "windows line ends": lambda n: b"".join(_line(f"P{i}") + b"\r\n" for i in range(n)),
    "blank lines between and around": lambda n: (
        b"\n\n" + b"".join(_line(f"P{i}") + b"\n" + (b"  \n" if i % 3 == 0 else b"") for i in range(n)) + b"\n\n"
    ),
    "a carriage return inside a line": lambda n: b"".join(_line(f"P{i}")[:-1] + b',"x":"a\rb"}\n' for i in range(n)),
}


@pytest.mark.parametrize("count", [1, batch.CHUNK - 1, batch.CHUNK, batch.CHUNK + 1, 3 * batch.CHUNK + 7])
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_ranges_hold_the_items_of_the_file_read_line_by_line(tmp_path, layout, count):
    path = tmp_path / "export.jsonl"
    path.write_bytes(LAYOUTS[layout](count))
    by_line = list(batch.items_of(str(path)))
    assert len(by_line) == count
    assert _expanded(str(path)) == by_line
    tasks = list(batch._tasks_of(str(path)))
    assert all(isinstance(t, batch.Lines) for t in tasks)
    assert len(tasks) == -(-count // batch.CHUNK)  # every range but the last holds CHUNK profiles


def test_utf16_files_are_read_line_by_line_as_before(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_bytes(b"".join(_line(f"P{i}") + b"\n" for i in range(3)).decode().encode("utf-16"))
    tasks = list(batch._tasks_of(str(path)))
    assert [type(t) for t in tasks] == [batch.Item] * 3
    assert [t.lineno for t in tasks] == [1, 2, 3]


@pytest.mark.parametrize(
    "change", [lambda data: data[: len(data) // 2], lambda data: b"{}\n" + data, lambda data: b""], ids=str
)
def test_a_file_changed_after_its_ranges_were_found_gives_an_error_item_not_a_cut_profile(tmp_path, change):
    path = tmp_path / "export.jsonl"
    data = b"".join(_line(f"P{i}") + b"\n" for i in range(batch.CHUNK + 3))
    path.write_bytes(data)
    tasks = list(batch._tasks_of(str(path)))
    path.write_bytes(change(data))
    items = [item for task in tasks for item in batch._expanded([task])]
    problems = [item for item in items if item.problem]
    assert problems and all("changed while it was read" in p.problem for p in problems)
    assert all(item.line is None or item.line.endswith(b"\n") for item in items)


def test_a_file_gone_after_its_ranges_were_found_gives_an_error_item(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_bytes(_line("A") + b"\n")
    tasks = list(batch._tasks_of(str(path)))
    path.unlink()
    (item,) = batch._expanded(tasks)
    assert item.problem and "cannot read the file" in item.problem
