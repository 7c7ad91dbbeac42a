"""No file in a screened or validated folder is passed over in silence: it is read as a profile or CV whatever its
name, or set aside and named in the note with what it is; a path given that is not there is a mistake in the
command; a file that is plainly no profile says what it is."""

from __future__ import annotations

import csv
import io
import json

import pytest
from clirun import run
from conftest import ROOT

PROFILE = (ROOT / "profiles" / "sec000821-eligible.yaml").read_text()
RESUME = json.dumps(
    {"basics": {"name": "Dana Example", "location": {"countryCode": "AT"}}, "languages": [{"language": "English"}]}
)
OTHER = {
    "scan.png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "a PNG image"),
    "photo.jpg": (b"\xff\xd8\xff\xe0" + bytes(64), "a JPEG image"),
    "cvs.zip": (b"PK\x03\x04" + bytes(64), "a ZIP archive"),
    "mail.html": (b"<!DOCTYPE html><html><body>Dear team</body></html>", "neither a profile nor a CV"),
    "readme.md": (b"# Applications\n\nSorted by date.\n", "neither a profile nor a CV"),
    # No extension is one more name no profile has: the same rule.
    "README": (b"Applications, sorted by date.\n", "neither a profile nor a CV"),
    # `screen -o out.csv` left in the folder it screened.
    "out.csv": (
        "\ufeffcandidate,file,posting,as of,verdict,score,reason,failed criteria,criteria to review,error\r\n"
        'Ana,a.yaml,SEC000821,2025-07-31,eligible,83,"degree: held: yes",,,\r\n'.encode(),
        "results written by `eligibility`",
    ),
}
# A profile with a mistake in it, under a name no profile has: a profile all the same, so its problem is reported.
MISTAKEN = "name: Mistaken\nnationalities: [ZZ]\n"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.yaml").write_text(PROFILE)
    (tmp_path / "r.yaml.txt").write_text(PROFILE.replace("Lukas Gruber", "Text Saved"))
    (tmp_path / "dana-resume.txt").write_text(RESUME)
    for name, (data, _) in OTHER.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


@pytest.fixture
def mistaken(tmp_path):
    (tmp_path / "a.yaml").write_text(PROFILE)
    (tmp_path / "mistaken.txt").write_text(MISTAKEN)
    (tmp_path / "mistaken").write_text(MISTAKEN)
    return tmp_path


def test_screen_reads_profiles_under_any_name_and_names_every_other_file(folder):
    ran = run("screen", "SEC000821", str(folder), "-f", "csv")
    rows = {r["file"].rsplit("/", 1)[-1]: r for r in csv.DictReader(io.StringIO(ran.stdout))}
    assert set(rows) == {"a.yaml", "r.yaml.txt", "dana-resume.txt"}
    assert rows["r.yaml.txt"]["verdict"] == "eligible"
    assert rows["dana-resume.txt"]["candidate"] == "Dana Example"
    note = ran.stderr.splitlines()[-1]
    assert note.startswith("eligibility: note: 7 files in the folders given are not profiles and were not screened")
    for name, (_, what) in OTHER.items():
        assert f"{name} ({what}" in note
    assert ran.code == 0 and "3 candidates" in ran.stderr


def test_validate_names_the_same_files(folder):
    ran = run("validate", str(folder))
    assert ran.code == 0
    assert "r.yaml.txt: valid profile" in ran.stdout and "dana-resume.txt: valid profile" in ran.stdout
    note = ran.stderr.strip()
    assert note.startswith("eligibility: note: 7 files in the folders given are not profiles and were not validated")
    for name, (_, what) in OTHER.items():
        assert f"{name} ({what}" in note


@pytest.mark.parametrize("name", sorted(n for n in OTHER if OTHER[n][1].startswith("a ")))
def test_a_file_that_is_no_profile_given_by_name_says_what_it_is(folder, name):
    ran = run("check", "SEC000821", str(folder / name))
    assert ran.code == 2
    assert f"{name}: {OTHER[name][1]}, not a profile: not read" in ran.stderr and "UTF-8" not in ran.stderr


def test_a_profile_with_a_mistake_under_another_name_is_an_error_row_not_set_aside(mistaken):
    ran = run("screen", "SEC000821", str(mistaken), "-f", "csv")
    rows = {r["file"].rsplit("/", 1)[-1]: r for r in csv.DictReader(io.StringIO(ran.stdout))}
    assert set(rows) == {"a.yaml", "mistaken", "mistaken.txt"}
    for name in ("mistaken", "mistaken.txt"):
        assert rows[name]["verdict"] == "error" and "unknown country 'ZZ'" in rows[name]["error"]
    assert ran.code == 2 and "note:" not in ran.stderr
    checked = run("validate", str(mistaken))
    assert checked.code == 2 and "note:" not in checked.stderr
    assert [line.split(":", 1)[0].rsplit("/", 1)[-1] for line in checked.stderr.splitlines()] == [
        "mistaken",
        "mistaken.txt",
    ]


def test_a_missing_path_is_a_mistake_in_the_command_not_a_candidate(folder):
    ran = run("screen", "SEC000821", str(folder), str(folder / "nowhere"))
    assert ran.code == 2 and not ran.stdout and "candidate" not in ran.stderr
    assert ran.stderr == f"eligibility: error: {folder / 'nowhere'}: no such file or folder\n"


def test_validate_given_a_posting_id_points_to_its_rule_set_file():
    ran = run("validate", "profiles/sec000821-eligible.yaml", "SEC000821")
    assert ran.code == 2
    assert "'SEC000821' is a posting id; `validate` takes files: give the rule set's file" in ran.stderr
    assert "SEC000821.yaml" in ran.stderr and "screen" not in ran.stderr
