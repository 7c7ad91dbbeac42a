"""How the cases written as data are run, wherever they are written: a kind's own file
(tests/cases/<kind>.yaml) or the files of cases about several kinds (compile_phrases.yaml, semantics.yaml).

- a phrase case: a phrase compiled under a 'Requirements' heading (or a `text` of its own layout), the criteria
  it must give (`expect`: kind and the parameters named), what one of its review items says (`review_says`),
  profiles that must not (`lacking`) or must (`meeting`) be eligible under the compiled rule set;
- a semantics case: criteria, a profile, each criterion's status, the verdict, the score and the key sentence of
  each explanation (`says`) and words it must not hold (`says_not`);
- an advice case: criteria, a profile and, for a failed or unknown criterion, pieces its advice must hold;
- a bad rule set: its text (`rules`, under a posting block) and the pieces (`error`) of the one error line
  `check` must give, with exit status 2.
"""

from __future__ import annotations

import re
from datetime import date

import yaml
from clirun import Proc
from clirun import run_bytes as run
from conftest import build

from eligibility.compiler import compile_text
from eligibility.compiler.explain import explanation
from eligibility.compiler.tables import is_mark
from eligibility.engine import assess
from eligibility.formats.brief import advice as advice_of
from eligibility.profile import read_profile
from eligibility.rules import read_ruleset
from eligibility.yamlio import load_yaml


def case_id(case: dict) -> str:
    return case.get("phrase") or case.get("layout") or case["name"]


def matches(criterion: dict, expected: dict) -> bool:
    """The criterion as written holds every parameter named, as the rule set writes it; a flag it leaves out is
    false; fields compare without case; `review`: whether its note asks a person to review it."""
    for key, want in expected.items():
        if key == "review":
            if want != ("Review:" in criterion.get("note", "")):
                return False
        elif key == "mandatory":
            if criterion.get("mandatory", True) != want:
                return False
        elif key == "fields":
            if [f.lower() for f in criterion.get("fields", [])] != [f.lower() for f in want]:
                return False
        elif criterion.get(key, False if isinstance(want, bool) else None) != want:
            return False
    return True


def _verdict(compiled: dict, profile: dict) -> str:
    """The verdict `check` gives `profile` (plain data) under a compiled rule set, both read as files are."""
    ruleset = read_ruleset(load_yaml(yaml.safe_dump(compiled), name="compiled.yaml"), "compiled.yaml")
    person = read_profile(load_yaml(yaml.safe_dump(profile), name="profile.yaml"), "profile.yaml")
    return assess(ruleset, person, as_of=date(2026, 6, 1)).verdict.value


def _text(case: dict) -> str:
    """A phrase stands under a 'Requirements' heading; a `text` is a posting (or its part) of its own layout."""
    return case["text"] if "text" in case else f"Requirements:\n{case['phrase']}\n"


def check_phrase(case: dict) -> None:
    """The phrase gives exactly the criteria expected, in order; `review_says`: what one of its review items says."""
    result = compile_text(_text(case))
    criteria = result.ruleset["criteria"]
    assert len(criteria) == len(case["expect"]), criteria
    for criterion, expected in zip(criteria, case["expect"], strict=True):
        assert matches(criterion, expected), (criterion, expected)
    if "review_says" in case:
        assert any(case["review_says"] in item for item in result.review), result.review


def check_compiled(case: dict):
    """Compile `case["text"]` and hold its posting fields (`posting`), organisation rules, the criteria that must be
    there (`criteria`) and those that must not (`no_criteria`) to the case; the compile result, for more checks."""
    result = compile_text(case["text"])
    ruleset = result.ruleset
    for key, want in case.get("posting", {}).items():
        got = ruleset["posting"].get(key)
        assert (got.isoformat() if isinstance(got, date) else got) == (
            want.isoformat() if isinstance(want, date) else want
        ), (key, ruleset["posting"])
    if "organisation_rules" in case:
        assert ruleset["organisation_rules"] == case["organisation_rules"]
    criteria = ruleset["criteria"]
    for want in case.get("criteria", []):
        assert any(matches(c, want) for c in criteria), (want, criteria)
    for unwanted in case.get("no_criteria", []):
        assert not any(matches(c, unwanted) for c in criteria), (unwanted, criteria)
    return result


def check_lacking(case: dict) -> None:
    """The requirement a form states is kept: a candidate without it is never `eligible`."""
    result = compile_text(_text(case))
    assert _verdict(result.ruleset, case["lacking"]) != "eligible", result.ruleset["criteria"]


def check_meeting(case: dict) -> None:
    """What a form denies or only wishes for decides nothing: a candidate without it but with the rest is eligible."""
    result = compile_text(_text(case))
    assert _verdict(result.ruleset, case["meeting"]) == "eligible", result.ruleset["criteria"]


def check_every_line_has_a_fate(case: dict) -> None:
    """A heading, a criterion, a skipped line with its reason, or a review item: no line vanishes."""
    compiled = compile_text(case["text"])
    told = explanation(compiled)
    # The explanation shows a long sentence by its start; a table's rows read as one line are in that line's text.
    whole = "\n".join(fate.text for fate in compiled.fates).lower()
    continued = False
    quoted = bool(re.search(r"^\s*>(?!\s*\d).*\n\s*>|^\s*>.*\n\s*>(?!\s*\d)", case["text"], re.M))
    for line in case["text"].splitlines():
        # A run-on line's items and a line's ';'-parts are each read on their own; a long sentence is shown by its
        # start, and an item ending in 'or' is read with the next, which is shown as part of it.
        if continued:
            continued = bool(re.search(r"\s+or\s*$", line))
            continue
        continued = bool(re.search(r"\s+or\s*$", line))
        if re.fullmatch(r"[\s|:-]+", line):
            continue  # a Markdown table's rule under its header
        # A quoted e-mail's line, read without its quote marks (in a quoted block, one before a figure too).
        line = re.sub(r"^\s*(?:>\s?)+" if quoted else r"^\s*(?:>(?!\s*\d)\s?)+", "", line)
        if re.fullmatch(r"\W*or\W*", line, re.I):
            continued = True  # a line 'OR' between two items: they are read as one, shown with the first
            continue
        # A table's cells are each read on their own, with the row's label as their heading; the cells of a table
        # whose columns are kept apart by runs of spaces, too.
        items = re.split(r"\u2022|;|\||\t", line)
        cells = [c for c in re.split(r"\s{2,}", line.strip()) if c]
        if len(cells) > 1 and all(
            c[:40].lower() in told.lower() or c[:40].lower() in whole or is_mark(c) for c in cells
        ):
            items = []
        for item in items:
            # A note's number ('(2) Of which …') and a list item's letter ('b) ', '(c) ') are shown without them.
            item = re.sub(
                r"^\s*(?:\(?(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})\)|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2})\s+",
                "",
                item,
            )
            words = re.sub(r"\s+or\s*$", "", item.strip(" \u2022-").split(". ", 1)[-1].strip())
            if words:
                # A run-on list cut into items is shown item by item: read in a row, they give the line back.
                shown = " ".join(re.findall(r"^\s+(?:criterion|review|skipped|heading)\s+(.*)$", told, re.M))
                tabled = ("|" in line or "\t" in line) and (
                    words[:40].lower() in told.lower() or words[:40].lower() in whole
                )
                # A labelled line is shown by its text ('Required experience: 3 years …'), a label that ends in a
                # preposition as the sentence it starts ('Open to: …' as 'Open to …'), and a requirement marked on
                # its own line ('Degree in law: X.') as the requirement.
                label, _, value = words.partition(": ")
                forms = [
                    words[:40],
                    re.sub(r"(?<=\w)(?:\(\d{1,2}\)|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2})", "", words)[
                        :40
                    ],  # a note's mark
                    value[:40],
                    f"{label} {value}"[:40],
                    label[:40] if value.rstrip(".") == "X" else "",
                ]
                assert any(f and f in told for f in forms) or re.sub(r"\s+", " ", words[:40]) in shown or tabled, (
                    words,
                    told,
                )


def check_semantics(case: dict) -> None:
    ruleset, profile = build(
        case["criteria"],
        case["profile"],
        posting=case.get("posting"),
        organisation_rules=case.get("organisation_rules", ()),
    )
    as_of = case.get("as_of")
    result = assess(
        ruleset,
        profile,
        as_of=as_of if isinstance(as_of, date) else None,
        today=date(2025, 6, 1),
        after_degree=case.get("after_degree", False),
    )
    got = {f.criterion.id: f.outcome.status.value for f in result.findings}
    reasons = {f.criterion.id: f.outcome.reason for f in result.findings}
    for cid, status in case["expect"].items():
        assert got[cid] == status, f"{cid}: {reasons[cid]}"
    assert result.verdict.value == case["verdict"]
    assert result.score == case["score"], [(f.criterion.id, f.outcome.status.value) for f in result.findings]
    for cid, sentence in case["says"].items():
        assert sentence in reasons[cid], f"{cid}: {reasons[cid]!r} does not say {sentence!r}"
    for cid, words in case.get("says_not", {}).items():
        assert words not in reasons[cid], f"{cid}: {reasons[cid]!r} says {words!r}"


def check_advice(case: dict) -> None:
    ruleset, profile = build(case["criteria"], case["profile"], posting=case.get("posting"))
    as_of = case.get("as_of")
    result = assess(ruleset, profile, as_of=as_of if isinstance(as_of, date) else None, today=date(2025, 6, 1))
    advice = {f.criterion.id: " | ".join(advice_of(f)) for f in result.findings}
    for cid, pieces in case["advice"].items():
        for piece in pieces:
            assert piece in advice[cid], advice[cid]
    for cid, piece in case.get("advice_not", {}).items():
        assert piece not in advice[cid], advice[cid]


RULES_HEAD = "posting: {id: bad, title: Bad, country: AT, closes: 2025-07-31}\n"


def assert_one_line_error(proc: Proc, expected: list[str]) -> None:
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for piece in expected:
        assert piece in lines[0], lines[0]


def check_bad_rules(case: dict, tmp_path) -> None:
    """`check` with the bad rule set gives one error line naming the file and the field, and exits 2."""
    path = tmp_path / "bad-rules.yaml"
    path.write_text(RULES_HEAD + case["rules"])
    proc = run("check", str(path), "profiles/sec000821-eligible.yaml")
    assert_one_line_error(proc, [str(path), *case["error"]])
