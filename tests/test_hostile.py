"""Hostile and unlucky inputs: a clear line and exit 2 (or the right verdict), never a traceback or a lost batch."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from eligibility.cli import main

GOOD = (ROOT / "profiles" / "sec000821-eligible.yaml").read_text("utf-8")


def cli(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    """Run the command in this process: (exit status, standard output, standard error)."""
    monkeypatch.setattr(sys, "argv", ["eligibility", *args])
    with pytest.raises(SystemExit) as stop:
        main()
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return stop.value.code, out, err


def one_error(code: int, err: str, *expected: str) -> str:
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for piece in expected:
        assert piece in lines[0], lines[0]
    return lines[0]


def as_json(text: str) -> str:
    from eligibility.yamlio import load_yaml

    return json.dumps(load_yaml(text, name="x.yaml"))


def test_json_with_surrogate_pair_escapes_reads_as_the_characters(monkeypatch, capsys, tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(json.dumps({"name": "Ana \U0001f600 Kovač", "nationalities": ["NO"]}), "ascii")
    assert "\\ud83d\\ude00" in path.read_text()
    code, out, _ = cli(monkeypatch, capsys, "validate", str(path))
    assert code == 0
    assert "Ana \U0001f600 Kovač" in out


def test_a_dot_json_profile_goes_through_a_json_parser(monkeypatch, capsys, tmp_path):
    path = tmp_path / "p.json"
    path.write_text(as_json(GOOD))
    code, _, _ = cli(monkeypatch, capsys, "check", "SEC000821", str(path))
    assert code == 0
    path.write_text('{"name": "A", "name": "B", "nationalities": [NO]}')
    one_error(*cli(monkeypatch, capsys, "check", "SEC000821", str(path))[::2], str(path), "not JSON")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_is_read_as_text(monkeypatch, capsys, tmp_path, encoding):
    path = tmp_path / "p.yaml"
    path.write_bytes(GOOD.replace("[AT]", "[NO]").encode(encoding))
    code, _out, err = cli(monkeypatch, capsys, "check", "SEC000821", str(path))
    assert code == 0, err


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"name": ' + "[" * 1000 + "]" * 1000 + "}", "nesting deeper than 50 levels"),
        (
            '{"name": "A", "experience": [{"start": "2020-01", "fraction": ' + "9" * 400 + "}]}",
            "a number has more than 15 digits",
        ),
        ('{"name": "A", "experience": [{"start": "2020-01", "fraction": 1e999}]}', "not finite"),
        (
            '{"name": "A", "experience": [{"start": "2020-01", "fraction": NaN}]}',
            "experience[0].fraction: a number (NaN) is not finite",
        ),
    ],
)
def test_a_hostile_json_line_is_an_error_row_and_the_batch_goes_on(monkeypatch, capsys, tmp_path, line, expected):
    path = tmp_path / "batch.jsonl"
    good = json.dumps(json.loads(as_json(GOOD)))
    path.write_text(f"{good}\n{line}\n{good}\n")
    code, out, _err = cli(monkeypatch, capsys, "screen", "SEC000821", str(path), "--format", "jsonl")
    rows = [json.loads(row) for row in out.splitlines()]
    assert code == 2
    assert [row["verdict"] for row in rows] == ["eligible", None, "eligible"]
    assert expected in rows[1]["error"]
    assert rows[1]["error"].startswith(f"{path}:2")


# --- dates, fractions and numbers out of range -------------------------------------------------


def with_job(**job: str) -> str:
    fields = "".join(f"\n    {key}: {value}" for key, value in job.items())
    return GOOD.replace("    start: 2021-01", "    start: 2021-01" + fields)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (with_job(end="9999-12"), ["experience[0].end", "after 2199", "supported years are 1900 to 2199"]),
        (GOOD.replace("start: 2021-01", "start: 1899-12"), ["experience[0].start", "before 1900"]),
        (GOOD.replace("completed: 2020-06", "completed: 10000-01"), ["education[0].completed"]),
        (with_job(fraction="9" * 400), ["p.yaml:12: experience[0].fraction: ", "more than 15 digits"]),
        (with_job(fraction=".nan"), ["p.yaml:12: experience[0].fraction: cannot read '.nan'", "not a finite number"]),
        # A value's field is named wherever it stands (in a list, under a key no profile knows); a key's is not.
        (GOOD + "osce_service_years: .inf\n", [": osce_service_years: cannot read '.inf'", "not a finite number"]),
        (GOOD + "scores: [1, 2, .NaN]\n", [": scores[2]: cannot read '.NaN'", "not a finite number"]),
        (GOOD + "1e999999: x\n", [f"p.yaml:{GOOD.count(chr(10)) + 1}: cannot read '1e999999' as float"]),
    ],
)
def test_out_of_range_values_are_input_errors(monkeypatch, capsys, tmp_path, text, expected):
    path = tmp_path / "p.yaml"
    path.write_text(text)
    code, _, err = cli(monkeypatch, capsys, "check", "SEC000821", str(path))
    one_error(code, err, str(path), *expected)


@pytest.mark.parametrize("day", ["9999-12-31", "1899-01-01", "2200-01-01"])
def test_an_as_of_date_outside_the_supported_years_is_a_usage_error(monkeypatch, capsys, day):
    code, _, err = cli(monkeypatch, capsys, "check", "SEC000821", "profiles/sec000821-eligible.yaml", "--as-of", day)
    one_error(code, err, "--as-of", "supported years are 1900 to 2199")


def test_the_last_supported_day_is_assessed(monkeypatch, capsys):
    code, _, err = cli(
        monkeypatch, capsys, "check", "SEC000821", "profiles/sec000821-eligible.yaml", "--as-of", "2199-12-31"
    )
    assert code == 0, err


def test_a_tiny_part_time_share_on_an_ongoing_job_gives_no_date_past_the_calendar(monkeypatch, capsys, tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(with_job(fraction="0.0001"))
    code, out, err = cli(monkeypatch, capsys, "check", "SEC000821", str(path), "--json")
    assert code == 1, err
    result = json.loads(out)
    assert result["verdict"] == "not-eligible"
    assert "reach it on" not in out


def test_a_job_starting_after_the_assessment_date_is_not_a_current_job(monkeypatch, capsys, tmp_path):
    from eligibility.experience import count_experience  # noqa: F401  (the module whose rule is tested)

    path = tmp_path / "p.yaml"
    path.write_text(GOOD.replace("start: 2021-01", "start: 2025-09"))  # the posting closes on 31 Jul 2025
    code, out, err = cli(monkeypatch, capsys, "check", "SEC000821", str(path))
    assert code == 1, err
    assert "current job" not in out
    # Counted nothing as of the closing date, it is said to be, and the years are counted on from its start.
    said = " ".join(out.split())
    assert "(from 2025-09) starts after 31 Jul 2025 and is not counted as of then" in said
    assert "with your jobs as stated you reach it on" in said


# --- paths that are not files --------------------------------------------------------------------


def test_a_path_through_a_file(monkeypatch, capsys):
    code, _, err = cli(monkeypatch, capsys, "check", "SEC000821", "profiles/sec000821-eligible.yaml/x.yaml")
    one_error(code, err, "sec000821-eligible.yaml/x.yaml", "a part of the path is a file")


def test_a_very_long_file_name_is_shortened_in_the_message(monkeypatch, capsys, tmp_path):
    name = str(tmp_path / ("x" * 5000 + ".yaml"))
    code, _, err = cli(monkeypatch, capsys, "check", "SEC000821", name)
    line = one_error(code, err, "too long", "5,")
    assert len(line) < 400


def test_a_symlink_loop(monkeypatch, capsys, tmp_path):
    (tmp_path / "loop.yaml").symlink_to(tmp_path / "loop.yaml")
    code, _, err = cli(monkeypatch, capsys, "check", "SEC000821", str(tmp_path / "loop.yaml"))
    one_error(code, err, "loop.yaml", "symbolic links")


def test_a_fifo_is_refused_without_waiting(monkeypatch, capsys, tmp_path):
    fifo = tmp_path / "p.yaml"
    os.mkfifo(fifo)
    code, _, err = cli(monkeypatch, capsys, "check", "SEC000821", str(fifo))
    one_error(code, err, str(fifo), "named pipe (FIFO), not a profile")


# A POSTING given by a name that is there but is no file: named for what it is, never "not a file, and not an id".
POSTING_NOT_A_FILE = {
    "a folder": (lambda path: path.mkdir(), "is a directory, not a rule set"),
    "a link loop": (lambda path: path.symlink_to(path), "too many levels of symbolic links"),
    "a broken link": (lambda path: path.symlink_to(path.parent / "gone"), "broken symbolic link"),
    "a FIFO": (os.mkfifo, "named pipe (FIFO), not a rule set"),
}


@pytest.mark.parametrize("case", POSTING_NOT_A_FILE, ids=str)
@pytest.mark.parametrize("command", ["check", "show"])
def test_a_posting_that_is_no_file_is_named_for_what_it_is(monkeypatch, capsys, tmp_path, case, command):
    make, said = POSTING_NOT_A_FILE[case]
    make(tmp_path / "posting")
    monkeypatch.chdir(tmp_path)
    args = ["posting", str(ROOT / "profiles" / "sec000821-eligible.yaml")] if command == "check" else ["posting"]
    code, _, err = cli(monkeypatch, capsys, command, *args)
    one_error(code, err, "posting: ", said)


def test_match_names_a_folder_of_postings_and_the_option_that_reads_one(monkeypatch, capsys, tmp_path):
    folder = tmp_path / "postings"
    folder.mkdir()
    code, out, err = cli(monkeypatch, capsys, "match", str(ROOT / "profiles" / "sec000821-eligible.yaml"), str(folder))
    one_error(code, err, str(folder), "is a folder", f"--rules {folder}")
    assert out == ""  # no empty table before the error


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="no /proc")
def test_a_file_that_cannot_be_read_as_text(monkeypatch, capsys):
    code, _, err = cli(monkeypatch, capsys, "check", "SEC000821", "/proc/self/mem")
    one_error(code, err, "/proc/self/mem", "cannot read the profile")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused(monkeypatch, capsys, device):
    if not os.path.exists(device):
        pytest.skip("no such device")
    code, _, err = cli(monkeypatch, capsys, "check", "SEC000821", device)
    one_error(code, err, device, "character device")


# --- folders holding hostile entries -------------------------------------------------------------


def hostile_folder(root: Path) -> tuple[Path, set[str]]:
    """A folder with good profiles and every kind of entry that cannot be read; (folder, good profile paths)."""
    folder = root / "inbox"
    folder.mkdir()
    (root / "elsewhere").mkdir()
    good = {folder / "a.yaml", folder / "deep" / "b.yml", root / "elsewhere" / "c.yaml"}
    (folder / "deep").mkdir()
    for path in good:
        path.write_text(GOOD)
    (folder / "linked").symlink_to(root / "elsewhere")
    (folder / "loop").symlink_to(folder)
    (folder / "deep" / "up").symlink_to(folder / "deep")
    (folder / "self").symlink_to(folder / "self")
    (folder / "dangling.yaml").symlink_to(root / "nowhere.yaml")
    os.mkfifo(folder / "pipe.yaml")
    (folder / "far.yaml").write_text(with_job(end="9999-12"))
    (folder / "notes.txt").write_text("not a profile")
    os.mkfifo(folder / "other-pipe")
    shown = {str(folder / "a.yaml"), str(folder / "deep" / "b.yml"), str(folder / "linked" / "c.yaml")}
    return folder, shown


HOSTILE_ROWS = {
    "dangling.yaml": "broken symbolic link",
    "pipe.yaml": "named pipe (FIFO), not a profile",
    "far.yaml": "after 2199",
    "loop": "symbolic link loop",
    "deep/up": "symbolic link loop",
    "self": "symbolic link loop",
}


def test_screen_writes_a_row_for_every_good_profile_and_every_hostile_entry(monkeypatch, capsys, tmp_path):
    folder, good = hostile_folder(tmp_path)
    code, out, err = cli(monkeypatch, capsys, "screen", "SEC000821", str(folder), "--format", "jsonl")
    rows = {row["candidate"]["file"]: row for row in map(json.loads, out.splitlines())}
    assert code == 2, err
    assert {file for file, row in rows.items() if row["verdict"] == "eligible"} == good
    errors = {file: row["error"] for file, row in rows.items() if row.get("error")}
    assert {str(folder / name) for name in HOSTILE_ROWS} == set(errors)
    for name, reason in HOSTILE_ROWS.items():
        assert reason in errors[str(folder / name)]
        assert errors[str(folder / name)].startswith(str(folder / name))


def test_validate_reports_every_hostile_entry_and_goes_on(monkeypatch, capsys, tmp_path):
    folder, good = hostile_folder(tmp_path)
    code, out, err = cli(monkeypatch, capsys, "validate", str(folder))
    assert code == 2
    assert {line.split(": ")[0] for line in out.splitlines()} == good
    for name, reason in HOSTILE_ROWS.items():
        assert any(line.startswith(str(folder / name)) and reason in line for line in err.splitlines()), name


def test_a_folder_that_cannot_be_listed_is_an_error_row(monkeypatch, capsys, tmp_path):
    folder = tmp_path / "inbox"
    (folder / "locked").mkdir(parents=True)
    (folder / "a.yaml").write_text(GOOD)
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, _ = cli(monkeypatch, capsys, "screen", "SEC000821", str(folder), "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 2
    assert [row["verdict"] for row in rows] == ["eligible", None]
    assert rows[1]["error"] == f"{folder / 'locked'}: cannot list the folder: permission denied"


def test_a_walk_through_folders_linked_many_ways_ends(tmp_path):
    from eligibility import batch

    # Each level links twice to the next: 2**30 paths if followed blindly; the walk stops at its budget.
    for level in range(30):
        (tmp_path / f"l{level}").mkdir()
    for level in range(29):
        for name in ("x", "y"):
            (tmp_path / f"l{level}" / name).symlink_to(tmp_path / f"l{level + 1}")
    (tmp_path / "l29" / "p.yaml").write_text(GOOD)
    items = batch.walk(tmp_path / "l0")
    assert any(item.problem is None for item in items)
    assert any(item.problem and "folders to walk" in item.problem for item in items)


# --- writing ----------------------------------------------------------------------------------------


def screen_to(monkeypatch, capsys, target, *more: str) -> tuple[int, str, str]:
    return cli(monkeypatch, capsys, "screen", "SEC000821", "profiles", "-f", "csv", "-o", str(target), *more)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_output_onto_a_folder_is_refused_even_with_force(monkeypatch, capsys, tmp_path):
    code, _, err = screen_to(monkeypatch, capsys, tmp_path, "--force")
    one_error(code, err, str(tmp_path), "is a directory")
    assert leftovers(tmp_path) == []


def test_output_into_a_place_that_cannot_be_written(monkeypatch, capsys, tmp_path):
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, _, err = screen_to(monkeypatch, capsys, tmp_path / "out.csv")
    one_error(code, err, "out.csv", "cannot write the output: permission denied")


def test_output_through_a_file_is_an_input_error(monkeypatch, capsys, tmp_path):
    (tmp_path / "file").write_text("x")
    code, _, err = screen_to(monkeypatch, capsys, tmp_path / "file" / "out.csv")
    one_error(code, err, "out.csv", "a part of the path is a file")


@pytest.mark.parametrize("kind", ["symlink", "fifo"])
def test_a_link_or_special_file_is_never_replaced(monkeypatch, capsys, tmp_path, kind):
    target = tmp_path / "out.csv"
    if kind == "symlink":
        (tmp_path / "real.csv").write_text("precious")
        target.symlink_to(tmp_path / "real.csv")
    else:
        os.mkfifo(target)
    code, _, err = screen_to(monkeypatch, capsys, target, "--force")
    one_error(code, err, str(target), "it is not replaced")
    assert target.is_symlink() if kind == "symlink" else stat.S_ISFIFO(os.lstat(target).st_mode)
    if kind == "symlink":
        assert (tmp_path / "real.csv").read_text() == "precious"
    assert leftovers(tmp_path) == []


def test_force_keeps_the_mode_of_the_file_it_replaces(monkeypatch, capsys, tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")
    os.chmod(target, 0o640)
    code, _, _ = screen_to(monkeypatch, capsys, target, "--force")
    assert code == 0
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640
    assert target.read_text("utf-8-sig").startswith("candidate,")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only the superuser can give a file away")
def test_force_keeps_the_owner_of_the_file_it_replaces(monkeypatch, capsys, tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")
    os.chown(target, 65534, 65534)  # another user's file, replaced by the superuser
    code, _, _ = screen_to(monkeypatch, capsys, target, "--force")
    assert code == 0
    assert (os.stat(target).st_uid, os.stat(target).st_gid) == (65534, 65534)
    assert target.read_text("utf-8-sig").startswith("candidate,")


def test_a_new_file_gets_the_usual_mode(monkeypatch, capsys, tmp_path):
    old = os.umask(0o022)
    try:
        code, _, _ = screen_to(monkeypatch, capsys, tmp_path / "out.csv")
    finally:
        os.umask(old)
    assert code == 0
    assert stat.S_IMODE(os.stat(tmp_path / "out.csv").st_mode) == 0o644


def test_a_file_created_while_writing_is_not_overwritten(tmp_path):
    from eligibility.errors import EligibilityError
    from eligibility.fileio import AtomicOutput

    target = tmp_path / "out.csv"
    with pytest.raises(EligibilityError, match="exists; use --force"), AtomicOutput(target) as handle:
        handle.write("second")
        target.write_text("first")  # another run finished first
    assert target.read_text() == "first"
    assert leftovers(tmp_path) == []


def test_without_hard_links_the_name_is_still_taken_only_if_free(monkeypatch, tmp_path):
    from eligibility.errors import EligibilityError
    from eligibility.fileio import AtomicOutput, write_atomic

    def no_links(*args):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    write_atomic(tmp_path / "a.txt", "one")
    assert (tmp_path / "a.txt").read_text() == "one"
    with pytest.raises(EligibilityError, match="exists"), AtomicOutput(tmp_path / "b.txt") as handle:
        handle.write("two")
        (tmp_path / "b.txt").write_text("first")
    assert (tmp_path / "b.txt").read_text() == "first"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("how", ["SIGTERM to the main process", "Ctrl-C (SIGINT to the whole process group)"])
def test_a_stopped_screening_removes_the_temporary_file_and_the_spool_without_a_traceback(tmp_path, how):
    """Stopped by a signal, the run ends with its status, says nothing from the workers and leaves nothing behind. A
    terminal's Ctrl-C reaches the workers too: they leave it to the main process, which stops them."""
    import signal
    import subprocess
    import time

    from eligibility.batch import PARALLEL_FROM

    line = json.dumps(json.loads(as_json(GOOD)))
    batch = tmp_path / "many.jsonl"
    # Far more than the run can finish before it is stopped, however fast screening gets.
    batch.write_text((line + "\n") * (PARALLEL_FROM * 1000))
    spool = tmp_path / "spool"
    spool.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "TMPDIR": str(spool)}
    command = [sys.executable, "-m", "eligibility", "screen", "SEC000821", str(batch), "-j", "2", "-f", "csv"]
    proc = subprocess.Popen(
        [*command, "-o", str(out / "rows.csv")],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, as a terminal's foreground job has
        # and Ctrl-C's own disposition, whatever the runner of the tests was started with (a shell's background job
        # ignores it)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60  # a loaded machine can take long to start the workers

    def spooled() -> bool:
        return any(p.name.startswith("eligibility-screen-") for p in spool.iterdir())

    while not (leftovers(out) and spooled()) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be stopped"
    assert leftovers(out) and spooled(), "the run wrote neither its temporary file nor its spool in time"
    if how.startswith("SIGTERM"):
        proc.send_signal(signal.SIGTERM)
        expected = 128 + signal.SIGTERM
    else:
        os.killpg(proc.pid, signal.SIGINT)
        expected = 130
    try:
        _, err = proc.communicate(timeout=60)
    finally:  # a run that did not stop is not left behind
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == expected, err.decode()
    assert b"Traceback" not in err and b"ForkPoolWorker" not in err and b"KeyboardInterrupt" not in err, err.decode()
    assert list(out.iterdir()) == []
    assert not any(p.name.startswith("eligibility-screen-") for p in spool.iterdir())


def test_a_signal_while_the_spool_is_made_comes_once_it_is_remembered_for_removal(monkeypatch):
    """A SIGTERM between the spool folder's making and its being remembered would leave the folder behind: the
    signal is held off until both are done, then acts."""
    import signal
    import tempfile

    from eligibility import batch, fileio

    seen: list[set] = []
    made = tempfile.mkdtemp

    def mkdtemp(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGTERM)  # sent as the folder is made
        return made(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: seen.append(set(fileio._pending)))
    try:
        path = batch._made_spool()
    finally:
        signal.signal(signal.SIGTERM, previous)
        fileio.remove_pending()
    assert len(seen) == 1 and path in seen[0], "the signal acted before the spool folder was remembered for removal"
    assert not os.path.exists(path)


# Every command writing standard output, and a batch large enough for worker processes.
WRITERS = {
    "check": ["check", "SEC000821", "profiles/sec000821-eligible.yaml"],
    "check --json": ["check", "SEC000821", "profiles/sec000821-eligible.yaml", "--json"],
    "show": ["show", "SEC000821"],
    "postings --json": ["postings", "--json"],
    "match": ["match", "profiles/sec000821-eligible.yaml"],
    "schema": ["schema", "profile"],
    "validate": ["validate", "profiles"],
    "import": ["import", "tests/fixtures/cv/jonas-berg.resume.json"],
    "screen with workers, JSON Lines": ["screen", "SEC000821", "{batch}", "-j", "2", "-f", "jsonl"],
    "screen with workers, table": ["screen", "SEC000821", "{batch}", "-j", "2"],
}


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    from eligibility.batch import PARALLEL_FROM

    path = tmp_path_factory.mktemp("batch") / "many.jsonl"
    path.write_text((json.dumps(json.loads(as_json(GOOD))) + "\n") * (PARALLEL_FROM * 5))
    return path


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", WRITERS, ids=str)
@pytest.mark.parametrize("stdout", ["closed (| head)", "a full disk (/dev/full)"])
def test_standard_output_that_cannot_be_written_is_one_line_never_a_traceback_or_a_hang(command, stdout, batch):
    """A reader that stops reading (`| head -1`) ends the command with 141 (as a pipe's writer the closed pipe
    stops) and a full disk with 2, each said in one line: never read as a verdict (1 is "not eligible"), never
    said to be an input's fault, never a traceback, and a batch's workers never left waiting."""
    import subprocess

    args = [a.format(batch=batch) for a in WRITERS[command]]
    closed = stdout.startswith("closed")
    with open("/dev/full", "wb") as full:
        proc = subprocess.Popen(
            [sys.executable, "-m", "eligibility", *args],
            cwd=ROOT,
            stdout=subprocess.PIPE if closed else full,
            stderr=subprocess.PIPE,
            env={**os.environ, "COLUMNS": "100"},
        )
    if closed:
        assert proc.stdout is not None
        proc.stdout.close()
    try:
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    said = err.decode().strip().splitlines()
    assert "Traceback" not in err.decode() and len(said) <= 2, err.decode()  # `screen` may give its tally first
    if closed:
        assert proc.returncode == 141 and said[-1].startswith("eligibility: standard output was closed"), said
    else:
        assert proc.returncode == 2, said
        assert said[-1] == "eligibility: error: standard output: writing: no space left on the device"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers end with the main process on Linux")
def test_a_worker_ends_with_the_main_process_however_it_ends():
    """A main process stopped by a signal kills the workers it knows of; one the pool was starting at that moment
    must not outlive it, waiting for work forever (it would also hold the caller's pipes open)."""
    import subprocess
    import time

    script = (
        "import os, time\n"
        "from eligibility.batch import _end_with\n"
        "parent = os.getpid()\n"
        "child = os.fork()\n"
        "if child == 0:\n"
        "    _end_with(parent)\n"
        "    time.sleep(60)\n"
        "    os._exit(0)\n"
        "print(child, flush=True)\n"
        "time.sleep(0.5)\n"
        "os._exit(0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=30)
    worker = int(proc.stdout.split()[0])

    def alive() -> bool:
        try:
            state = Path(f"/proc/{worker}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            return False
        return state not in ("Z", "X")

    deadline = time.monotonic() + 60  # a loaded machine can take long to start the workers
    while alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not alive()


class Script:
    """Answers given in turn; everything said is kept."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)

    def ask(self, prompt: str) -> str:
        if not self.answers:
            raise EOFError
        return self.answers.pop(0)


def test_the_self_check_saving_to_an_unwritable_place_asks_again_and_loses_nothing(tmp_path):
    from eligibility.interview import Stopped, offer_save, to_profile

    (tmp_path / "file").write_text("x")
    answers = {"name": "Kari Nordmann", "nationalities": ["NO"]}
    _, text = to_profile(answers)
    script = Script("y", str(tmp_path / "file" / "me.yaml"), str(tmp_path / ("x" * 5000)), str(tmp_path / "me.yaml"))
    assert offer_save(answers, text, script, "SEC000821") == tmp_path / "me.yaml"
    assert sum("cannot write the output" in said for said in script.said) == 2
    assert "Kari Nordmann" in (tmp_path / "me.yaml").read_text()

    script = Script("y", str(tmp_path / "file" / "me.yaml"))
    with pytest.raises(Stopped):
        offer_save(answers, text, script, "SEC000821")
    assert script.said[-1].endswith(text)


# --- meaning ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("candidate", "accepted", "matches"),
    [
        ("securities trading", "security", False),
        ("security", "security", True),
        ("security sector reform", "security", True),
        ("science", "social science", False),
        ("social sciences", "social science", True),
        ("computer science", "science", True),
        ("customs", "custom", False),
        ("community policing", "police", True),
        ("police", "community policing", False),
        ("law", "international law", False),
        ("international law", "law", True),
        ("public works", "public work", False),
    ],
)
def test_a_field_counts_only_when_it_holds_every_word_of_the_accepted_field(candidate, accepted, matches):
    from eligibility.relevance import field_matches

    assert field_matches(candidate, accepted) is matches


def test_a_degree_in_science_is_not_a_degree_in_social_science():
    from conftest import build

    from eligibility.engine import assess

    criteria = [{"id": "deg", "kind": "education", "level": "bachelor", "fields": ["social science"], "source": "s"}]
    for field, status in (("Science", "fail"), ("Social Sciences", "pass")):
        ruleset, person = build(
            criteria, {"education": [{"level": "bachelor", "field": field, "completed": "2010-06"}]}
        )
        assert assess(ruleset, person).findings[0].outcome.status.value == status, field


# --- terminal safety ----------------------------------------------------------------------------

HOSTILE_NAME = "Ana \x1b]0;owned\x07 \x1b[31mRED\x1b[0m \x9b2J \u202eevil"


def hostile_profile(tmp_path: Path) -> Path:
    path = tmp_path / "p.yaml"
    path.write_text(GOOD.replace("name: Lukas Gruber", f"name: {json.dumps(HOSTILE_NAME)}"), "utf-8")
    return path


def assert_escaped(text: str) -> None:
    for raw in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert raw not in text
    assert "\\x1b]0;owned" in text and "\\x1b[31mRED" in text and "\\x9b2J" in text and "\\u202eevil" in text


def test_control_characters_in_data_are_shown_escaped_by_check(monkeypatch, capsys, tmp_path):
    code, out, _ = cli(monkeypatch, capsys, "check", "SEC000821", str(hostile_profile(tmp_path)))
    assert code == 0
    assert_escaped(out)


def test_json_output_keeps_control_characters_exact(monkeypatch, capsys, tmp_path):
    code, out, _ = cli(monkeypatch, capsys, "check", "SEC000821", str(hostile_profile(tmp_path)), "--json")
    assert code == 0
    assert json.loads(out)["candidate"]["name"] == HOSTILE_NAME


def test_the_screen_table_shows_control_characters_escaped_and_csv_keeps_them(monkeypatch, capsys, tmp_path):
    path = hostile_profile(tmp_path)
    code, out, _ = cli(monkeypatch, capsys, "screen", "SEC000821", str(path))
    assert code == 0
    for raw in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert raw not in out
    assert "\\x1b" in out
    code, out, _ = cli(monkeypatch, capsys, "screen", "SEC000821", str(path), "-f", "csv")
    assert HOSTILE_NAME in out


def test_error_lines_show_control_characters_escaped(monkeypatch, capsys, tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text('nationalities: ["Atl\\e]0;owned\\aantis"]\n')
    code, _, err = cli(monkeypatch, capsys, "check", "SEC000821", str(path))
    line = one_error(code, err, "unknown country", "Atl\\x1b]0;owned")
    assert "\x1b" not in line and "\x07" not in line


def test_validate_lines_show_control_characters_escaped(monkeypatch, capsys, tmp_path):
    code, out, _ = cli(monkeypatch, capsys, "validate", str(hostile_profile(tmp_path)))
    assert code == 0
    assert_escaped(out)


def test_shown_escapes_controls_and_keeps_every_other_character():
    from eligibility.formats.safe import shown

    assert shown("Petrović 😀\tTab\nline") == "Petrović 😀\tTab\nline"
    assert shown("a\x00b\x7fc\x85d") == "a\\x00b\\x7fc\\x85d"
    assert shown("a\tb\nc", one_line=True) == "a\\x09b\\x0ac"


# --- properties: extreme values never end in a traceback -----------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_years = st.integers(min_value=0, max_value=99999).map(lambda y: f"{y:04d}")
_dates = st.tuples(_years, st.integers(0, 13), st.one_of(st.none(), st.integers(0, 32))).map(
    lambda t: f"{t[0]}-{t[1]:02d}" + (f"-{t[2]:02d}" if t[2] is not None else "")
)
_numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=0, max_value=1e-6),
    st.integers(min_value=-(10**40), max_value=10**40),
).map(repr)
_texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=_dates, end=st.one_of(st.none(), _dates), fraction=_numbers, name=_texts, as_of=_dates)
def test_far_dates_tiny_fractions_huge_numbers_and_escapes_give_a_verdict_or_an_input_error(
    start, end, fraction, name, as_of
):
    from eligibility.engine import assess
    from eligibility.errors import EligibilityError
    from eligibility.periods import parse_day
    from eligibility.profile import read_profile
    from eligibility.rules import load_ruleset
    from eligibility.yamlio import load_yaml

    job = f"start: {start}, fraction: {fraction}" + (f", end: {end}" if end else "") + ", fields: [security]"
    text = f"name: {json.dumps(name)}\nnationalities: [NO]\nexperience:\n  - {{{job}}}\n"
    try:
        profile = read_profile(load_yaml(text, name="p.yaml"), "p.yaml")
        when = parse_day(as_of)
    except (EligibilityError, ValueError):
        return
    result = assess(load_ruleset("SEC000821"), profile, as_of=when)
    assert result.verdict is not None


def test_compile_names_a_fifo_for_what_it_is(monkeypatch, capsys, tmp_path):
    fifo = tmp_path / "notice.txt"
    os.mkfifo(fifo)
    code, _, err = cli(monkeypatch, capsys, "compile", str(fifo))
    one_error(code, err, str(fifo), "named pipe (FIFO), not a posting")


def test_compile_names_a_folder_and_a_missing_file(monkeypatch, capsys, tmp_path):
    code, _, err = cli(monkeypatch, capsys, "compile", str(tmp_path))
    one_error(code, err, str(tmp_path), "is a directory, not a posting")
    code, _, err = cli(monkeypatch, capsys, "compile", str(tmp_path / "gone.txt"))
    one_error(code, err, "gone.txt", "no such file")


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="no /proc")
def test_compile_names_a_file_that_cannot_be_read(monkeypatch, capsys):
    code, _, err = cli(monkeypatch, capsys, "compile", "/proc/self/mem")
    one_error(code, err, "/proc/self/mem", "cannot read it")


# A rule set edited by hand: a value no compiler writes still gives a verdict or one line, never an exception.
HAND_EDITED_CRITERIA = {
    "an experience field that is an article ('a')": ("experience", "fields", ["a"], 3),
    "an experience field of small words only ('in the')": ("experience", "fields", ["in the"], 3),
    "an experience field of punctuation ('-')": ("experience", "fields", ["-"], 3),
    "a degree field that is an article ('the')": ("degree", "fields", ["the"], 3),
}


@pytest.mark.parametrize("case", HAND_EDITED_CRITERIA, ids=str)
def test_a_hand_edited_criterion_gives_a_verdict_or_one_line(monkeypatch, capsys, tmp_path, case):
    import yaml

    criterion, key, value, expected = HAND_EDITED_CRITERIA[case]
    rules = yaml.safe_load((ROOT / "rules" / "SEC000821.yaml").read_text("utf-8"))
    next(c for c in rules["criteria"] if c["id"] == criterion)[key] = value
    (tmp_path / "rules.yaml").write_text(yaml.safe_dump(rules))
    (tmp_path / "p.yaml").write_text(GOOD)
    code, _, err = cli(monkeypatch, capsys, "check", str(tmp_path / "rules.yaml"), str(tmp_path / "p.yaml"))
    assert code == expected, err


# What `compile` refuses to read as a vacancy notice's words: files the tool reads or writes itself.
NOT_A_NOTICE = {
    "a rule set": (
        lambda: (ROOT / "rules" / "SEC000821.yaml").read_text("utf-8"),
        "is a rule set, not a posting's text",
    ),
    "a profile": (lambda: GOOD, "is a profile, not a posting's text"),
    "a profile in JSON": (lambda: as_json(GOOD), "is a profile, not a posting's text"),
    "results written by check --json": (
        lambda: json.dumps({"schema_version": 1, "candidate": {"name": "A"}, "verdict": "eligible"}),
        "holds results written by `eligibility`, not a posting's text",
    ),
}


@pytest.mark.parametrize("case", NOT_A_NOTICE, ids=str)
def test_compile_refuses_a_file_the_tool_reads_or_writes_itself(monkeypatch, capsys, tmp_path, case):
    text, said = NOT_A_NOTICE[case]
    path = tmp_path / "notice.txt"
    path.write_text(text())
    code, _, err = cli(monkeypatch, capsys, "compile", str(path), "-o", str(tmp_path / "out.yaml"))
    one_error(code, err, str(path), said)
    assert not (tmp_path / "out.yaml").exists()


# --- an output that cannot be written while a batch runs: one line, no hang, nothing left behind ----------------

BATCH_JOBS = ["1", "2"]


@pytest.fixture(scope="module")
def names_beyond_latin1(tmp_path_factory):
    """600 candidates (enough for a batch's workers), each named with a letter Latin-1 has not."""
    export = tmp_path_factory.mktemp("export") / "export.jsonl"
    job = {"title": "Officer", "start": "2010-01", "end": "2019-12", "fields": ["police"]}
    rows = ({"name": f"Šmid {i}", "nationalities": ["AT"], "experience": [job]} for i in range(600))
    export.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
    return export


FULL = {
    # A file size limit stands for a disk that fills up: past the output's first chunks (a full JSON Lines chunk
    # is about 2 MB), or at the first chunk a worker spools (in a folder of its own under TMPDIR).
    "the output": (4 * 1024 * 1024, r"{out}: cannot write the output: file too large"),
    "the workers' spool": (
        64 * 1024,
        r"{spool}/eligibility-screen-\w+: cannot write the batch's working files: file too large",
    ),
}


@pytest.mark.skipif(not hasattr(__import__("resource"), "RLIMIT_FSIZE"), reason="no file size limit here")
@pytest.mark.parametrize(("full", "jobs"), [("the output", "1"), ("the output", "2"), ("the workers' spool", "2")])
def test_a_full_disk_while_the_rows_are_written_is_named_and_ends_the_command(
    tmp_path, names_beyond_latin1, full, jobs
):
    """What filled up is named (never an input), the command ends (its workers stopped, not waited for forever),
    and neither the output nor a temporary file is left."""
    import re
    import resource
    import subprocess

    limit, said = FULL[full]
    out, spool = tmp_path / "out", tmp_path / "spool"
    out.mkdir()
    spool.mkdir()

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    command = [sys.executable, "-m", "eligibility", "screen", "KOS000396", str(names_beyond_latin1), "-j", jobs]
    ran = subprocess.run(
        [*command, "-f", "jsonl", "-o", str(out / "rows.jsonl")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limited,
        env={**os.environ, "TMPDIR": str(spool)},
    )
    assert ran.returncode == 2, ran.stderr
    expected = "eligibility: error: " + said.format(out=re.escape(str(out / "rows.jsonl")), spool=re.escape(str(spool)))
    assert re.fullmatch(expected + "\n", ran.stderr), ran.stderr
    assert list(out.iterdir()) == [] and list(spool.iterdir()) == []


@pytest.mark.parametrize("jobs", BATCH_JOBS)
def test_rows_standard_output_cannot_hold_give_one_line_and_end(names_beyond_latin1, jobs):
    import subprocess

    command = [sys.executable, "-m", "eligibility", "screen", "KOS000396", str(names_beyond_latin1), "-j", jobs]
    ran = subprocess.run(
        [*command, "-f", "csv"],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "latin-1"},
    )
    said = ran.stderr.decode("latin-1").splitlines()
    assert ran.returncode == 2 and len(said) == 1, said
    assert said[0].startswith("eligibility: error: standard output is written as latin-1, which cannot hold")
    assert "write to a file with -o" in said[0]
