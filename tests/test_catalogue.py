"""Postings found by id from any folder: --rules, ELIGIBILITY_RULES, ./rules, the bundled set; `postings`; swapped arguments."""

from __future__ import annotations

import json

import pytest
from clirun import run
from conftest import ROOT

PROFILE = str(ROOT / "profiles" / "sec000821-eligible.yaml")


@pytest.fixture
def elsewhere(tmp_path, monkeypatch):
    """A working directory with no ./rules, as for a user outside the checkout."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.delenv("ELIGIBILITY_RULES", raising=False)
    return folder


def own_posting(folder, posting_id: str, title: str, closes: str) -> None:
    text = (ROOT / "rules" / "SEC000821.yaml").read_text("utf-8")
    text = text.replace("id: SEC000821", f"id: {posting_id}", 1)
    text = text.replace("title: Associate Security Project Officer (S)", f"title: {title}", 1)
    text = text.replace("closes: 2025-07-31", f"closes: {closes}", 1)
    folder.mkdir(exist_ok=True)
    (folder / f"{posting_id}.yaml").write_text(text, "utf-8")


def test_bundled_ids_work_from_another_folder(elsewhere):
    shown = run("show", "sec000821")
    assert shown.code == 0, shown.stderr
    assert "Associate Security Project Officer" in shown.stdout
    checked = run("check", "SEC000821", PROFILE, "--json")
    assert checked.code == 0 and json.loads(checked.stdout)["posting"]["id"] == "SEC000821"


def test_match_finds_every_bundled_posting_from_another_folder(elsewhere):
    ran = run("match", PROFILE, "--json")
    ids = {m["posting"]["id"] for m in json.loads(ran.stdout)["matches"]}
    assert {"SEC000821", "KOS000396", "jpo-2020"} <= ids


def test_match_says_which_postings_give_no_closing_date(elsewhere):
    # Whether a posting without a closing date is still open cannot be told: the list says it has none.
    ran = run("match", PROFILE, columns=120)
    block = ran.stdout.split("jpo-2020")[1].split("│\n")[0:2]
    assert "no closing date given" in "".join(block)
    assert "no closing date given" not in ran.stdout.split("KOS000396")[1].split("│\n")[1]


def test_postings_lists_ids_with_closing_dates(elsewhere):
    ran = run("postings", "--json")
    assert ran.code == 0
    listed = {p["id"]: p for p in json.loads(ran.stdout)["postings"]}
    assert listed["KOS000396"]["closes"] == "2025-11-11" and listed["KOS000396"]["open"] is False
    assert listed["jpo-2020"]["closes"] is None and listed["jpo-2020"]["open"] is True
    assert {p["found_in"] for p in listed.values()} == {"bundled"}
    table = run("postings", columns=80)
    assert "closed 11 Nov 2025" in table.stdout
    assert "jpo-2020" in table.stdout and "not given" in table.stdout.split("jpo-2020")[1].splitlines()[0]
    assert all(len(line) <= 80 for line in table.stdout.splitlines())


def test_rules_option_and_environment_add_folders_searched_first(elsewhere, tmp_path, monkeypatch):
    mine, shared = tmp_path / "mine", tmp_path / "shared"
    own_posting(mine, "TEST000001", "Own Posting Officer", "2099-01-31")
    own_posting(shared, "TEST000002", "Shared Posting Officer", "2099-02-28")
    # A folder of one's own replaces a bundled rule set of the same id.
    own_posting(mine, "SEC000821", "Replaced Security Officer", "2099-03-31")
    monkeypatch.setenv("ELIGIBILITY_RULES", str(shared))
    listed = {p["id"]: p for p in json.loads(run("postings", "--rules", str(mine), "--json").stdout)["postings"]}
    assert listed["TEST000001"]["found_in"] == "--rules"
    assert listed["TEST000002"]["found_in"] == "ELIGIBILITY_RULES"
    assert listed["SEC000821"]["title"] == "Replaced Security Officer"
    assert listed["KOS000396"]["found_in"] == "bundled"
    shown = run("show", "TEST000002")
    assert shown.code == 0 and "Shared Posting Officer" in shown.stdout
    assert run("show", "TEST000001").code == 2  # only with --rules


def test_open_postings_only(elsewhere, tmp_path):
    own_posting(tmp_path / "mine", "TEST000001", "Own Posting Officer", "2099-01-31")
    ran = run("postings", "--rules", str(tmp_path / "mine"), "--open", "--json")
    assert {p["id"] for p in json.loads(ran.stdout)["postings"]} == {"TEST000001"}
    # A posting with no closing date is not known to be open: left out, and named.
    assert "1 posting with no closing date left out by --open (not known to be open): jpo-2020" in ran.stderr
    table = run("postings", "--rules", str(tmp_path / "mine"), "--open")
    assert "TEST000001" in table.stdout and "jpo-2020" not in table.stdout and "jpo-2020" in table.stderr


def test_local_rules_folder_is_searched(elsewhere):
    own_posting(elsewhere / "rules", "TEST000003", "Local Posting Officer", "2099-01-31")
    listed = {p["id"]: p for p in json.loads(run("postings", "--json").stdout)["postings"]}
    assert listed["TEST000003"]["found_in"] == "./rules"


def test_a_missing_rules_folder_is_an_error(elsewhere):
    ran = run("postings", "--rules", "nowhere")
    assert ran.code == 2 and "nowhere: no such folder (--rules)" in ran.stderr


def test_unknown_id_points_to_the_list(elsewhere):
    ran = run("show", "SEC00082")
    assert ran.code == 2
    assert "did you mean 'SEC000821'?" in ran.stderr


@pytest.mark.parametrize(
    "args,expected",
    [
        (("check", PROFILE, "SEC000821"), f"posting comes first: eligibility check SEC000821 {PROFILE}"),
        (("screen", str(ROOT / "profiles"), "SEC000821"), "posting comes first: eligibility screen SEC000821"),
        (("match", "SEC000821", PROFILE), f"profile comes first: eligibility match {PROFILE} SEC000821"),
    ],
)
def test_swapped_arguments_are_named(elsewhere, args, expected):
    ran = run(*args)
    assert ran.code == 2 and "the arguments are swapped" in ran.stderr and expected in ran.stderr
    assert "unknown key" not in ran.stderr


def test_the_bundled_rule_sets_ship_inside_the_package():
    from eligibility import catalogue

    bundled = sorted(p.name for p in catalogue.bundled().glob("*.yaml"))
    assert bundled == sorted(p.name for p in (ROOT / "rules").glob("*.yaml"))
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert '"data/rules/*.yaml"' in pyproject


def test_a_rule_set_saved_under_another_name_is_found_by_its_posting_id(elsewhere, tmp_path):
    mine = tmp_path / "mine"
    own_posting(mine, "MYPOST1", "Own Posting Officer", "2099-01-31")
    (mine / "MYPOST1.yaml").rename(mine / "saved-from-the-web.yaml")
    shown = run("show", "mypost1", "--rules", str(mine))
    assert shown.code == 0, shown.stderr
    assert "Own Posting Officer" in shown.stdout
    checked = run("check", "MYPOST1", PROFILE, "--rules", str(mine), "--json")
    assert json.loads(checked.stdout)["posting"]["id"] == "MYPOST1"
    listed = json.loads(run("postings", "--rules", str(mine), "--json").stdout)["postings"]
    assert [p["file"] for p in listed if p["id"] == "MYPOST1"] == [str(mine / "saved-from-the-web.yaml")]


def test_the_command_offered_for_next_time_finds_the_same_rule_set(elsewhere, tmp_path):
    from eligibility.cli import _reference
    from eligibility.rules import load_ruleset

    assert _reference(load_ruleset("SEC000821")) == "SEC000821"
    # A compiled rule set in a file of its own is found by its file, not by an id no catalogue holds.
    own_posting(tmp_path / "mine", "BAH000512", "Programme Officer", "2027-03-15")
    mine = tmp_path / "mine" / "BAH000512.yaml"
    assert _reference(load_ruleset(str(mine))) == str(mine)
    # Nor by an id that finds another file.
    own_posting(tmp_path / "copy", "SEC000821", "Associate Security Project Officer (S)", "2025-07-31")
    copy = tmp_path / "copy" / "SEC000821.yaml"
    assert _reference(load_ruleset(str(copy))) == str(copy)


def test_links_that_lead_nowhere_in_a_rules_folder_are_named_never_skipped(elsewhere, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "gone.yaml").symlink_to(tmp_path / "nowhere.yaml")
    (mine / "loop.yaml").symlink_to(mine / "loop.yaml")
    ran = run("match", PROFILE, "--rules", str(mine))
    assert ran.code == 2
    assert "gone.yaml: broken symbolic link: it points to nothing" in ran.stderr
    assert "loop.yaml: cannot read the rule set: too many levels of symbolic links" in ran.stderr
    assert "Traceback" not in ran.stderr


@pytest.mark.parametrize(
    "given, hint",
    [
        ("bishkek", "(did you mean 'bishkek-deputy-head-of-mission'?)"),
        ("Bishkek-Deputy", "(did you mean 'bishkek-deputy-head-of-mission'?)"),
        ("ko", "(did you mean one of 'KOS000396', 'kosovo-chief-of-mission-security'?)"),
        ("SEC00821", "(did you mean 'SEC000821'?)"),
    ],
)
def test_an_unknown_id_that_starts_a_posting_id_suggests_it(given, hint):
    ran = run("check", given, "profiles/sec000821-eligible.yaml")
    assert ran.code == 2 and ran.stderr.strip().endswith(hint)
