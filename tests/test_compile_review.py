"""What a person must settle: open review items in a compiled rule set, and how compile and check say so."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from eligibility.compiler import NoRequirements, compile_text
from eligibility.engine import assess
from eligibility.outcome import Verdict
from eligibility.profile import read_profile
from eligibility.rules import read_ruleset
from eligibility.yamlio import load_yaml

PARAGRAPH = (
    "Requirements: Master's degree in law. At least 5 years of experience in human rights. "
    "Fluency in English and working knowledge of French. Nationals of Serbia are not eligible."
)
UNNAMED_STATION = (
    "Human Rights Officer\n\nRequirements:\nMaster's degree in law.\n"
    "Nationals and permanent residents of the duty station are not eligible.\n"
)
PROFILE = """
name: Ana Example
nationalities: [HR]
permanent_residence: HR
education:
  - {level: master, field: law, completed: 2015-06}
experience:
  - {title: Human rights officer, start: 2015-09, end: 2024-12, fields: [human rights]}
languages: {English: C2, French: B2}
"""


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eligibility", *args], cwd=cwd, capture_output=True, text=True)


def _ruleset(text: str):
    from eligibility.compiler.emit import to_yaml

    compiled = compile_text(text)
    return read_ruleset(
        load_yaml(to_yaml(compiled.ruleset, compiled.review, source_name=None), name="c.yaml"), "c.yaml"
    )


def _profile():
    return read_profile(load_yaml(PROFILE, name="p.yaml"), "p.yaml")


def test_the_plain_paragraph_compiles_to_its_five_requirements():
    criteria = compile_text(PARAGRAPH).ruleset["criteria"]
    got = sorted(
        (c["kind"], tuple(c.get("languages", ())), c.get("level"), tuple(c.get("excluded", ()))) for c in criteria
    )
    assert got == [
        ("education", (), "master", ()),
        ("experience", (), None, ()),
        ("language", ("English",), "C1", ()),
        ("language", ("French",), "B2", ()),
        ("nationality", (), None, ("RS",)),
    ]


def test_a_candidate_meeting_the_paragraph_is_eligible_and_one_without_a_degree_is_not():
    ruleset = _ruleset(PARAGRAPH)
    assert not ruleset.review
    assert assess(ruleset, _profile()).verdict is Verdict.ELIGIBLE
    no_degree = read_profile(load_yaml(PROFILE.replace("level: master", "level: secondary"), name="p.yaml"), "p.yaml")
    assert assess(ruleset, no_degree).verdict is Verdict.NOT_ELIGIBLE


@pytest.mark.parametrize("text", ["Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n", "Hello.\n\nGoodbye.\n"])
def test_a_text_without_requirements_is_an_error(text, tmp_path):
    with pytest.raises(NoRequirements):
        compile_text(text)
    path = tmp_path / "lorem.txt"
    path.write_text(text, "utf-8")
    run_ = run("compile", str(path))
    assert run_.returncode == 2
    assert "no requirements found" in run_.stderr and "Traceback" not in run_.stderr


def test_an_unnamed_duty_station_keeps_the_exclusion_for_review():
    compiled = compile_text(UNNAMED_STATION)
    kept = [c for c in compiled.ruleset["criteria"] if c["id"] == "not-duty-station-national"]
    assert kept and kept[0]["kind"] == "requirement"
    assert compiled.open_items == [
        {
            "criterion": "not-duty-station-national",
            "issue": "the duty station's country is not named in the posting: set `excluded` (and `country`)",
        }
    ]


def test_open_items_never_give_a_silent_eligible():
    ruleset = _ruleset(UNNAMED_STATION)
    assert ruleset.review
    assert assess(ruleset, _profile()).verdict is Verdict.NEEDS_REVIEW


def test_a_rule_set_review_list_alone_caps_the_verdict():
    doc = {
        "posting": {"id": "X1", "title": "Officer", "organisation": "UN"},
        "criteria": [{"id": "degree", "kind": "education", "level": "master", "source": "Master's degree"}],
        "review": [{"criterion": "degree", "issue": "are equivalent degrees accepted?"}],
    }
    ruleset = read_ruleset(load_yaml(yaml.safe_dump(doc), name="r.yaml"), "r.yaml")
    assert assess(ruleset, _profile()).verdict is Verdict.NEEDS_REVIEW
    del doc["review"]
    ruleset = read_ruleset(load_yaml(yaml.safe_dump(doc), name="r.yaml"), "r.yaml")
    assert assess(ruleset, _profile()).verdict is Verdict.ELIGIBLE


def test_a_review_item_naming_no_criterion_of_the_rule_set_is_refused(tmp_path):
    doc = {
        "posting": {"id": "X1", "title": "Officer"},
        "criteria": [{"id": "degree", "kind": "education", "level": "master", "source": "Master's degree"}],
        "review": [{"criterion": "degre", "issue": "check"}],
    }
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump(doc), "utf-8")
    out = run("validate", str(path))
    assert out.returncode == 2 and "degre" in out.stderr and "Traceback" not in out.stderr


def test_compile_and_check_say_so(tmp_path):
    posting = tmp_path / "notice.txt"
    posting.write_text(UNNAMED_STATION, "utf-8")
    rules = tmp_path / "notice.yaml"
    compiled = run("compile", str(posting), "-o", str(rules))
    assert compiled.returncode == 0
    assert "1 open review item(s)" in compiled.stderr
    assert run("compile", str(posting), "-o", str(rules), "--force", "--strict").returncode == 3
    profile = tmp_path / "p.yaml"
    profile.write_text(PROFILE, "utf-8")
    checked = run("check", str(rules), str(profile))
    assert checked.returncode == 3
    lines = checked.stdout.splitlines()
    above = next(i for i, line in enumerate(lines) if "Open review items in the rule set: 1" in line)
    assert above < next(i for i, line in enumerate(lines) if line.startswith("Verdict"))
    data = json.loads(run("check", str(rules), str(profile), "--json").stdout)
    assert data["verdict"] == "needs-review"
    assert data["open_review"] == [
        {
            "criterion": "not-duty-station-national",
            "issue": "the duty station's country is not named in the posting: set `excluded` (and `country`)",
        }
    ]


def test_explain_gives_every_sentence_its_fate(tmp_path):
    posting = tmp_path / "notice.txt"
    posting.write_text(
        "Legal Officer\n\nDuties:\nDrafts opinions.\n\n" + PARAGRAPH + "\nWe offer a friendly team.\n", "utf-8"
    )
    out = run("compile", str(posting), "--explain", "-q")
    assert out.returncode == 0
    text = out.stderr
    assert "skipped    Drafts opinions." in text and "duties or background" in text
    assert "criterion  Fluency in English and working knowledge of French." in text
    assert "-> english: language" in text and "-> french: language" in text
    assert "-> excluded-nationals: nationality" in text


def test_a_text_with_only_desirable_items_is_an_error_not_a_rule_set_that_passes_everyone(tmp_path):
    path = tmp_path / "wishes.txt"
    path.write_text("Officer\n\nRequirements:\nKnowledge of French is an asset.\n", "utf-8")
    out = run("compile", str(path), "-o", str(tmp_path / "out.yaml"))
    assert out.returncode == 2
    assert "no mandatory requirement found" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "out.yaml").exists()


def test_a_desirable_item_opens_no_review_item_but_keeps_its_note():
    """A wish never decides, so what is unsure in it never holds the verdict at needs-review."""
    result = compile_text("Requirements:\nMaster's degree in law.\nPortuguese would be an asset.\n")
    wish = next(c for c in result.ruleset["criteria"] if c.get("mandatory") is False)
    assert "Review:" in wish.get("note", "")
    assert "review" not in result.ruleset


FLAGGED_ONLY = (
    "Vacancy Notice: Water Engineer\nIssued by: OSCE Mission to Utopia\nVacancy number: VNXYZ00123\n"
    "Deadline for applications: 01 May 2027\n\nRequirements:\n"
    "- Master's degree in civil engineering;\n- A minimum of five years of relevant professional experience;\n"
    "- Professional fluency in English.\n"
)


def test_strict_fails_when_the_summary_leaves_a_point_to_review_though_the_rule_set_has_no_item(tmp_path):
    posting = tmp_path / "notice.txt"
    posting.write_text(FLAGGED_ONLY, "utf-8")
    plain = run("compile", str(posting))
    assert plain.returncode == 0 and "needs review:" in plain.stderr and "open review item" not in plain.stderr
    assert "\nreview:" not in plain.stdout  # nothing in the rule set itself holds the verdict
    assert run("compile", str(posting), "--strict").returncode == 3


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Candidates who do not meet the minimum requirements will not be considered.", "says only that the"),
        ("All requirements listed above are mandatory.", "says only that the"),
        ("Not specified.", "says nothing is asked"),
        # A label that names the rule's words without saying they are required is no restatement.
        ("Conditions", "no requirement in it"),
    ],
)
def test_a_line_that_asks_nothing_says_why(line, why):
    compiled = compile_text(f"Programme Officer\n\nRequirements\n- Master's degree in law.\n- {line}\n")
    fates = [f for f in compiled.fates if f.text == line]
    assert fates and fates[0].outcome == "skipped" and why in fates[0].detail, fates
