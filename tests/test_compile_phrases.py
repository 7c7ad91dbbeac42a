"""The compiler against many phrasings, as data (tests/cases/compile_phrases.yaml; each kind's own phrases are run
with its case file by test_kinds.py), and own postings in the OSCE and job-board layouts."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from casecheck import case_id, check_every_line_has_a_fate, check_lacking, check_meeting, check_phrase, matches

from eligibility.compiler import compile_text
from eligibility.compiler.emit import to_yaml
from eligibility.rules import read_ruleset
from eligibility.yamlio import load_yaml

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "compile_phrases.yaml").read_text("utf-8"))
"""Phrases about several kinds, or about the compiler's own reading; each kind's own are in its case file."""


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_phrase(case):
    check_phrase(case)


LACKING = [c for c in CASES if "lacking" in c]


@pytest.mark.parametrize("case", LACKING, ids=case_id)
def test_a_profile_lacking_the_requirement_is_not_eligible(case):
    check_lacking(case)


def test_compiling_is_deterministic():
    text = "Requirements:\nMinimum 8 years of experience in police.\nKnowledge of Serbian is an asset.\n"
    assert compile_text(text).ruleset == compile_text(text).ruleset


@pytest.mark.parametrize(
    "sentence,contract,grade",
    [
        ("This is a contracted position at grade P3.", "contracted", "P3"),
        ("This seconded post is at the grade S2.", "secondment", "S2"),
        ("This position is open for secondment only.", "secondment", None),
    ],
)
def test_contract_and_grade_stated_in_prose(sentence, contract, grade):
    posting = compile_text(
        f"Human Rights Officer\n\nRequirements:\nFluency in English is required.\n\nAdditional Notes:\n{sentence}\n"
    ).ruleset["posting"]
    assert posting.get("contract") == contract and posting.get("grade") == grade


@pytest.mark.parametrize(
    "header,organisation",
    [
        ("International Organization for Migration (IOM)\nPosition Title : Programme Officer", "IOM"),
        ("IOM - UN Migration\nProgramme Officer", "IOM"),
        ("Programme Officer\nOrganization: International Organization for Migration", "IOM"),
        (
            "UNDP\nProgramme Officer\nThe post works closely with IOM and UNHCR.\nUNDP offers a fixed-term contract.",
            "UN",
        ),
        ("United Nations Office at Vienna\nProgramme Officer", "UN"),
        ("Organisation for the Prohibition of Chemical Weapons\nSenior Inspector", "OPCW"),
        ("INTERPOL\nCriminal Intelligence Analyst", "INTERPOL"),
        ("International Criminal Court\nTrial Lawyer\nThe Court cooperates with the United Nations.", "ICC"),
        ("European Bank for Reconstruction and Development\nAssociate Director", "EBRD"),
    ],
)
def test_the_organisation_is_the_one_the_notice_comes_from(header, organisation):
    """The IOM is a related organisation of the UN system, not the United Nations; a UN notice that names it once
    is still the UN's."""
    text = f"{header}\n\nRequirements:\nA university degree in law.\n"
    assert compile_text(text).ruleset["posting"]["organisation"] == organisation


def test_a_charity_named_after_an_organisation_is_not_that_organisation():
    """'UNICEF Netherlands' that says it is a registered charity is a National Committee, no UN office: the
    organisation is left for a person to set. Near-miss: a UN country office of the same shape stays the UN's."""
    charity = "UNICEF Netherlands - Careers\nFundraising Manager\nWe are a registered charity with 90 staff.\n"
    office = "UNICEF Netherlands - Careers\nFundraising Manager\nWe work with 3 registered charities.\n"
    for header, organisation in ((charity, "unknown"), (office, "UN")):
        result = compile_text(f"{header}\nRequirements:\nA university degree in marketing.\n")
        assert result.ruleset["posting"]["organisation"] == organisation
        assert ("organisation not found: set `posting.organisation`" in result.review) is (organisation == "unknown")


def test_a_label_whose_words_ask_requirements_is_no_metadata_line():
    """'Profile: …' is a title's label in some notices, but one followed by a degree opens requirements."""
    result = compile_text("Legal Officer\nBackground:\nThe team advises on law.\nProfile: A master's degree in law.\n")
    assert [(c["kind"], c.get("level")) for c in result.ruleset["criteria"]] == [("education", "master")]


UNSEEN = yaml.safe_load((Path(__file__).parent / "cases" / "unseen_postings.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", UNSEEN, ids=[c["about"] for c in UNSEEN])
def test_an_unseen_posting_compiles_to_its_facts(case):
    result = compile_text((Path(__file__).parent / "cases" / case["file"]).read_text("utf-8"))
    posting = result.ruleset["posting"]
    assert {key: posting.get(key) for key in case["posting"]} == case["posting"]
    if "organisation_rules" in case:
        assert result.ruleset["organisation_rules"] == case["organisation_rules"]
    assert set(case.get("organisation_rules_include", ())) <= set(result.ruleset["organisation_rules"])
    by_id = {c["id"]: c for c in result.ruleset["criteria"]}
    for cid, expected in case["criteria"].items():
        assert cid in by_id, (cid, sorted(by_id))
        assert matches(by_id[cid], expected), (by_id[cid], expected)
    for item in case.get("review_includes", ()):
        assert item in result.review, result.review


LAYOUTS = [c for c in CASES if "text" in c]


@pytest.mark.parametrize("case", LAYOUTS, ids=case_id)
def test_every_line_has_a_fate_in_explain(case):
    check_every_line_has_a_fate(case)


MEETING = [c for c in CASES if "meeting" in c]


@pytest.mark.parametrize("case", MEETING, ids=case_id)
def test_a_profile_meeting_what_is_required_is_eligible(case):
    check_meeting(case)


ALL_RULES = ["participating-states", "duty-station-exclusion", "cumulative-service", "mission-service", "field-licence"]


@pytest.mark.parametrize(
    "stated,rules",
    [
        ("", ALL_RULES),
        ("Nationals of the host country are not eligible to apply.", ALL_RULES),
        (
            "Nationals and permanent residents of the host country are not eligible to apply.",
            ["participating-states", "cumulative-service", "mission-service", "field-licence"],
        ),
        ("Nationals of Serbia are not eligible.", ALL_RULES),
        ("The vacancy is open only to nationals of OSCE participating States.", ALL_RULES[1:]),
        ("The maximum period of service in this post is five years.", ALL_RULES),
        ("This position is open to nationals of Serbia only.", ["participating-states", "cumulative-service"]),
        ("This position is open to nationals of Croatia only.", ALL_RULES),
        # A licence line without manual transmission may be a copy's: the field operations' rule asks it still.
        ("A valid driving licence is required.", ALL_RULES),
        ("A valid driving licence and the ability to drive a manual car are required.", ALL_RULES[:4]),
        ("The maximum period of service in the same mission is seven years.", ALL_RULES[:3] + ALL_RULES[4:]),
    ],
    ids=[
        "none",
        "the nationals' part of the duty-station exclusion",
        "the whole duty-station exclusion",
        "the nationals' part, naming the country",
        "participating States",
        "a post's service limit",
        "open only to the host country's nationals",
        "open only to another country's nationals",
        "a licence of the posting's own without manual transmission",
        "a licence of the posting's own with manual transmission",
        "a mission's service limit",
    ],
)
def test_an_organisation_rule_the_posting_states_itself_is_not_added_again(stated, rules):
    """The posting's own criteria stand for the rule when they state all of it (the exclusion of the host country's
    nationals and of its permanent residents), or when the post is open only to the host country's nationals; a
    rule stated in part is added whole, so that its other part (the permanent residents) is never lost; a limit
    of service in the post is not the organisation's cumulative limit, nor the seven years in one mission."""
    text = f"Legal Officer (S2)\nOSCE Mission to Serbia\nDuty station: Belgrade\n\nRequirements:\nA university degree in law.\n{stated}\n"
    compiled = compile_text(text)
    assert compiled.ruleset["organisation_rules"] == rules
    # The rule set reads back: a criterion of the posting's own never takes the id of one a rule brings.
    written = to_yaml(compiled.ruleset, compiled.review, source_name=None)
    ruleset = read_ruleset(load_yaml(written, name="compiled.yaml"), "compiled.yaml")
    ids = [c.id for c in ruleset.criteria]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    "head,rules",
    [
        ("Legal Officer (S2)\nOSCE Mission to Serbia\nDuty station: Belgrade", ALL_RULES),
        ("Legal Officer\nOSCE Mission to Serbia\nDuty station: Belgrade\nContract type: Seconded", ALL_RULES),
        (
            "Legal Officer (P3)\nOSCE Mission to Serbia\nDuty station: Belgrade\nContract type: International Contracted",
            ALL_RULES[:3] + ["contracted-age", "field-licence"],
        ),
        (
            "Legal Officer (P3)\nOSCE Secretariat\nDuty station: Vienna\nContract type: International Contracted",
            ["participating-states", "cumulative-service", "contracted-age"],
        ),
        ("Legal Officer (S2)\nOSCE Secretariat\nDuty station: Vienna", ["participating-states", "cumulative-service"]),
    ],
    ids=[
        "seconded by grade",
        "seconded by contract",
        "contracted in the field",
        "contracted at headquarters",
        "seconded at headquarters",
    ],
)
def test_the_organisations_rules_follow_the_contract_and_the_place(head, rules):
    """Seven years in one mission for seconded mission members, the appointment age of contracted staff, and the
    licence every field notice asks, added where the notice does not say them itself."""
    text = f"{head}\n\nRequirements:\nA university degree in law.\n"
    assert compile_text(text).ruleset["organisation_rules"] == rules


@pytest.mark.parametrize(
    "stated,rules",
    [
        ("Candidates must not have reached the age of 65 on the closing date.", ["contracted-age"]),
        ("Candidates must be at least 21 years of age.", ["contracted-age"]),
        ("Candidates must not have reached the age of 64 on the closing date.", []),
        ("Candidates must be under 40 years of age.", []),
    ],
    ids=["a looser limit", "a minimum age only", "the same limit", "a stricter limit"],
)
def test_a_notices_own_looser_age_limit_keeps_the_contracted_staffs_appointment_limit(stated, rules):
    """Restating the retirement age ('must not have reached 65') is no waiver of the appointment limit of 63: the
    rule is added beside it, so the stricter applies; a limit no looser than 63 states the rule itself."""
    head = "Legal Officer (P3)\nOSCE Secretariat\nDuty station: Vienna\nContract type: International Contracted"
    text = f"{head}\n\nRequirements:\nA university degree in law.\n{stated}\n"
    applied = compile_text(text).ruleset["organisation_rules"]
    assert [r for r in applied if r == "contracted-age"] == rules
