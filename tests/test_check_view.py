"""`check` answers first: verdict, score and its meaning, the gaps with advice; the rest folded; closed postings named."""

from __future__ import annotations

import json
from datetime import date

import pytest
from clirun import run
from conftest import ROOT

from eligibility.formats.brief import SCORE_MEANING


def lines_of(ran) -> list[str]:
    return ran.stdout.splitlines()


def test_verdict_and_score_meaning_come_before_the_criteria():
    ran = run("check", "KOS000396", "profiles/kos000396-short-experience.yaml")
    out = lines_of(ran)
    assert ran.code == 1
    verdict = next(i for i, line in enumerate(out) if line.startswith("Verdict: NOT ELIGIBLE"))
    assert out[verdict + 1] == SCORE_MEANING
    failed = out.index("Not met (1):")
    assert verdict < failed
    assert out[failed + 1].startswith("✘ experience: 7 years 10 months")
    assert any(line.lstrip().startswith("→ 2 months more police") for line in out[failed:])


def test_one_failed_criterion_fits_one_screen_at_80_columns():
    ran = run("check", "KOS000396", "profiles/kos000396-short-experience.yaml", columns=80)
    out = lines_of(ran)
    assert len(out) <= 30
    assert all(len(line.rstrip()) <= 80 for line in out)
    # Competencies are one line, not one row each.
    assert sum("selection panel" in line for line in out) == 1
    assert "26 points for the selection panel (competencies, never decide): --all to list" in ran.stdout


def test_passes_are_one_compact_block():
    out = run("check", "KOS000396", "profiles/kos000396-eligible.yaml", columns=200).stdout
    block = out[out.index("Met (14): ") :].split("\nDesirable")[0]
    assert "participating-states" in block and "management-years" in block
    assert "✔" not in out  # no row per pass


def test_all_shows_every_row_with_ids_unbroken_at_80_columns():
    out = run("check", "KOS000396", "profiles/kos000396-short-experience.yaml", "--all", columns=80).stdout
    assert "cumulative-osce-service" in out  # not broken mid-word
    assert out.count("For the selection panel") == 26
    assert "Verdict: NOT ELIGIBLE" in out and "What it would take:" in out


def test_a_requirement_the_posting_restates_is_one_line(tmp_path):
    # KOS000396 asks for English at C1 in its field-of-expertise and again in its mission-specific requirements.
    profile = tmp_path / "english-b2.yaml"
    text = (ROOT / "profiles" / "kos000396-eligible.yaml").read_text("utf-8")
    profile.write_text(text.replace("English: C1", "English: B2"), "utf-8")
    assert "English: B2" in profile.read_text("utf-8")
    out = lines_of(run("check", "KOS000396", str(profile)))
    failed = [line for line in out if line.startswith("✘")]
    assert failed == ["✘ english: English B2; C1 required."]


def test_json_keeps_the_full_view():
    data = json.loads(run("check", "KOS000396", "profiles/kos000396-short-experience.yaml", "--json").stdout)
    assert len(data["criteria"]) == 41 and data["options"] == {"experience_after_degree": False}


def test_closed_posting_says_so():
    out = run("check", "KOS000396", "profiles/kos000396-eligible.yaml", columns=200).stdout
    assert "closed on 11 Nov 2025" in out
    assert "This posting closed on 11 Nov 2025" in out
    narrow = run("check", "KOS000396", "profiles/kos000396-eligible.yaml", columns=80).stdout
    assert "\nclosed on 11 Nov 2025\n" in narrow, "the closing date is never broken across lines"
    shown = run("show", "KOS000396", columns=200).stdout
    assert "closed on 11 Nov 2025" in shown and "mandatory" not in shown


def test_as_of_today_and_one_set_of_date_forms():
    ran = run("check", "SEC000821", "profiles/sec000821-eligible.yaml", "--as-of", "today", "--json")
    from datetime import date

    assert json.loads(ran.stdout)["as_of"] == date.today().isoformat()
    for bad in ("2025-13-01", "yesterday", "2025-07"):
        ran = run("check", "SEC000821", "profiles/sec000821-eligible.yaml", "--as-of", bad)
        assert ran.code == 2 and ran.stderr.rstrip().endswith("write YYYY-MM-DD or today"), ran.stderr


def test_the_decisive_gap_comes_first():
    data = run("match", "profiles/kos000396-dual-national.yaml", "KOS000396", "--json").stdout
    match = json.loads(data)["matches"][0]
    assert match["main_reason"].startswith("not-duty-station-national:")
    assert match["failed"] == ["not-duty-station-national"]


def test_bad_input_with_json_gives_a_json_error_too():
    ran = run("check", "NOPE", "profiles/sec000821-eligible.yaml", "--json")
    assert ran.code == 2
    error = json.loads(ran.stdout)
    assert error["exit_status"] == 2 and error["error"] in ran.stderr


def test_help_has_examples_and_no_python_types():
    for command in ("check", "show", "screen", "match", "postings", "validate", "schema", "compile"):
        ran = run(command, "--help", columns=100)
        assert "Example" in ran.stdout, command
        assert "<str>" not in ran.stdout and "list[" not in ran.stdout and "int range" not in ran.stdout, command
    top = run("--help", columns=100).stdout
    assert "--install-completion" in top


def test_open_review_items_of_the_rule_set_are_shown_and_named(tmp_path):
    rules = tmp_path / "REVIEW01.yaml"
    text = (ROOT / "rules" / "SEC000821.yaml").read_text("utf-8")
    rules.write_text(text + "review:\n  - criterion: degree\n    issue: fields the notice lists were not placed\n")
    ran = run("check", str(rules), "profiles/sec000821-eligible.yaml", columns=200)
    assert ran.code == 3
    assert "Open in the rule set: for a person to settle" in ran.stdout
    assert "◐ degree: fields the notice lists were not placed" in ran.stdout
    match = json.loads(run("match", "profiles/sec000821-eligible.yaml", str(rules), "--json").stdout)["matches"][0]
    assert match["verdict"] == "needs-review"
    assert match["main_reason"] == "degree: open for review: fields the notice lists were not placed"


def test_output_to_a_file_or_a_pipe_carries_no_padding_at_line_ends():
    # A terminal shows none; rich pads lines to the console's width, which files, pipes and diffs would keep.
    for args in (
        ("check", "KOS000396", "profiles/kos000396-eligible.yaml"),
        ("check", "SEC000821", "profiles/sec000821-first-degree-short.yaml", "--all"),
    ):
        out = run(*args).stdout
        assert "Verdict:" in out
        assert [line for line in out.splitlines() if line != line.rstrip()] == []


def test_a_verdict_as_of_a_closing_date_ahead_says_what_it_would_be_today(tmp_path):
    rules = ROOT / "tests" / "fixtures" / "rules" / "closing-2099.yaml"
    profile = tmp_path / "p.yaml"
    profile.write_text("name: Nora Lind\nexperience: [{title: Analyst, start: 2020-01}]\n", "utf-8")
    out = run("check", str(rules), str(profile), columns=200).stdout
    assert "Verdict: ELIGIBLE" in out
    assert "it would be not eligible (experience): the verdict above is as of the closing date" in out
    # As of a date given, or where the verdicts agree, nothing more is said.
    dated = run("check", str(rules), str(profile), "--as-of", "2099-12-31", columns=200).stdout
    assert "it would be" not in dated
    profile.write_text("name: Nora Lind\nexperience: [{title: Analyst, start: 1960-01}]\n", "utf-8")
    assert "it would be" not in run("check", str(rules), str(profile), columns=200).stdout


def test_check_json_carries_the_assessment_as_of_today_where_the_closing_date_is_ahead(tmp_path):
    import jsonschema

    from eligibility.schema import result_schema

    rules = ROOT / "tests" / "fixtures" / "rules" / "closing-2099.yaml"
    profile = tmp_path / "p.yaml"
    profile.write_text("name: Nora Lind\nexperience: [{title: Analyst, start: 2020-01}]\n", "utf-8")
    data = json.loads(run("check", str(rules), str(profile), "--json").stdout)
    assert (data["verdict"], data["as_of"]) == ("eligible", "2099-12-31")
    assert data["today"] == {
        "as_of": date.today().isoformat(),
        "verdict": "not-eligible",
        "score": data["today"]["score"],
        "changed": ["experience"],
    }
    jsonschema.validate(data, result_schema())
    # Where the verdicts agree, today's assessment is still given; as of a date given, there is none.
    profile.write_text("name: Nora Lind\nexperience: [{title: Analyst, start: 1960-01}]\n", "utf-8")
    agreed = json.loads(run("check", str(rules), str(profile), "--json").stdout)
    assert agreed["today"]["verdict"] == agreed["verdict"] and agreed["today"]["changed"] == []
    dated = json.loads(run("check", str(rules), str(profile), "--json", "--as-of", "2099-12-31").stdout)
    assert "today" not in dated
    jsonschema.validate(dated, result_schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**data, "today": {"as_of": "soon"}}, result_schema())


def test_open_review_items_never_promise_more_than_the_verdict_gives(tmp_path):
    from rich.console import Console

    from eligibility.engine import assess
    from eligibility.formats.terminal import summary_view
    from eligibility.profile import load_profile
    from eligibility.rules import read_ruleset
    from eligibility.yamlio import load_yaml

    text = (ROOT / "rules" / "SEC000821.yaml").read_text("utf-8")
    text += "review:\n  - {criterion: degree, issue: a person must confirm the fields}\n"
    ruleset = read_ruleset(load_yaml(text, name="r.yaml"), "r.yaml")
    result = assess(ruleset, load_profile(str(ROOT / "profiles" / "sec000821-partner-state.yaml")))
    assert result.verdict.value == "not-eligible"
    console = Console(width=200, record=True)
    console.print(summary_view(result))
    shown = console.export_text()
    assert "until then no one is eligible" in shown and "at best needs" not in shown


def test_a_seconded_post_says_the_nomination_it_needs_and_a_contracted_one_does_not(tmp_path):
    seconded = run("check", "KOS000396", str(ROOT / "profiles" / "kos000396-short-experience.yaml"), columns=200)
    assert "A seconded post: candidates are nominated by their participating State" in seconded.stdout
    contracted = tmp_path / "contracted.yaml"
    text = (
        (ROOT / "rules" / "KOS000396.yaml").read_text("utf-8").replace("contract: secondment", "contract: contracted")
    )
    contracted.write_text(text, "utf-8")
    out = run("check", str(contracted), str(ROOT / "profiles" / "kos000396-short-experience.yaml"), columns=200)
    assert out.code != 2, out.stderr
    assert "nominated by their participating State" not in out.stdout
