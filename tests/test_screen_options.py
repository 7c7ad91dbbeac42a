"""Screening options an authority uses: format from -o, --only, --min-score, --sort, empty input, CSV columns, contracts."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import jsonschema
import pytest
from clirun import run
from conftest import ROOT

from eligibility.schema import SCHEMAS


def rows_of(path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"))))


@pytest.mark.parametrize(
    "name,check", [("out.csv", "csv"), ("out.jsonl", "jsonl"), ("out.json", "json"), ("OUT.CSV", "csv")]
)
def test_format_follows_the_output_extension(tmp_path, name, check):
    target = tmp_path / name
    ran = run("screen", "SEC000821", "profiles", "-o", str(target))
    assert ran.code == 0, ran.stderr
    text = target.read_text("utf-8-sig")
    if check == "csv":
        assert text.startswith("candidate,file,posting,as of,verdict")
    elif check == "jsonl":
        assert len([json.loads(line) for line in text.splitlines()]) == 14
    else:
        assert len(json.loads(text)) == 14


def test_unknown_extension_asks_for_a_format(tmp_path):
    ran = run("screen", "SEC000821", "profiles", "-o", str(tmp_path / "out.xlsx"))
    assert ran.code == 2 and "cannot tell the format from '.xlsx'" in ran.stderr
    assert not (tmp_path / "out.xlsx").exists()


def test_format_names_are_case_insensitive():
    ran = run("screen", "SEC000821", "profiles/sec000821-eligible.yaml", "-f", "CSV")
    assert ran.code == 0 and ran.stdout.startswith("candidate,")


def test_only_and_min_score_filter_rows_but_the_counts_cover_everyone(tmp_path):
    target = tmp_path / "out.csv"
    ran = run("screen", "SEC000821", "profiles", "-o", str(target), "--only", "eligible", "--min-score", "85")
    rows = rows_of(target)
    assert rows and all(r["verdict"] == "eligible" and int(r["score"]) >= 85 for r in rows)
    everyone = rows_of(_screen_all(tmp_path))
    assert len(rows) == sum(1 for r in everyone if r["verdict"] == "eligible" and int(r["score"]) >= 85)
    assert "14 candidates" in ran.stderr and "left out" in ran.stderr


def _screen_all(tmp_path):
    target = tmp_path / "all.csv"
    run("screen", "SEC000821", "profiles", "-o", str(target), "--force")
    return target


def test_csv_has_posting_as_of_and_reason(tmp_path):
    rows = rows_of(_screen_all(tmp_path))
    short = next(r for r in rows if r["candidate"] == "Elena Popescu")
    assert short["posting"] == "SEC000821" and short["as of"] == "2025-07-31"
    assert short["reason"].startswith("degree: ")


@pytest.mark.parametrize("how", ["score", "name", "verdict"])
def test_sort_orders_streamed_formats(how):
    out = run("screen", "SEC000821", "profiles", "-f", "jsonl", "--sort", how).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    order = {"eligible": 0, "needs-review": 1, "not-eligible": 2}
    if how == "score":
        keys = [-r["score"] for r in rows]
    elif how == "name":
        keys = [r["candidate"]["name"].lower() for r in rows]
    else:
        keys = [(order[r["verdict"]], -r["score"]) for r in rows]
    assert keys == sorted(keys) and len(rows) == 14


def test_sort_input_keeps_the_table_in_the_order_the_files_were_given():
    # Given neither by name nor by verdict: a table sorted any other way would show them otherwise.
    names = ["sec000821-first-degree-short", "kos000396-eligible", "bishkek-eligible", "jpo-eligible"]
    out = run("screen", "SEC000821", *(f"profiles/{n}.yaml" for n in names), "--sort", "input", columns=200).stdout
    shown = [line.split("│")[-2].strip() for line in out.splitlines() if line.count("│") > 5]
    assert shown == [f"{n}.yaml" for n in names]


def test_table_rows_show_short_paths_and_one_verdict_spelling():
    out = run("screen", "KOS000396", "profiles", columns=120).stdout
    assert "(files in profiles/)" in out
    assert "│ kos000396-eligible" in out and "profiles/kos000396-eligible" not in out
    assert "not eligible" in out and "not-eligible" not in out


def test_table_rows_name_failing_criteria_then_open_ones():
    out = run("screen", "KOS000396", "profiles", columns=240).stdout
    rows = {line.split("│")[2].strip(): line.split("│")[5].strip() for line in out.splitlines() if line.count("│") > 5}
    # A not-eligible row says what fails, then what is still undecided, apart: an open criterion never reads as a
    # failing one (unknown ones end in '?', those a person judges say so).
    assert rows["Katrin Weber"] == "police-training-school; open: degree to judge"
    assert rows["Luca Bianchi"] == (
        "police-training-school, active-police-service; open: driving-licence?, degree to judge"
    )
    assert rows["Jan Novak"] == "open: driving-licence?", "a row with nothing failing lists its open criteria alone"
    assert rows["Ana Horvat"] == ""


def test_a_long_table_row_names_every_failing_criterion_and_counts_the_open_ones_left_out():
    from eligibility.batch import Item
    from eligibility.engine import assess
    from eligibility.formats import rows
    from eligibility.profile import load_profile
    from eligibility.rules import load_ruleset

    ruleset = load_ruleset("KOS000396")
    profile = load_profile(str(ROOT / "profiles" / "sec000821-first-degree-short.yaml"))
    result = assess(ruleset, profile)
    failed, open_ = rows.failed(result), rows.open_items(result)
    assert len(failed) == 6 and len(open_) == 1
    why = rows.table_row(result, Item("p", "p"), None, rows.Batch()).why
    assert why == ", ".join(failed) + " +1 more"


def test_min_score_keeps_unreadable_rows_unless_only_leaves_them_out(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "bad.yaml").write_text("nationalties: [AT]\n", "utf-8")
    (folder / "good.yaml").write_text("name: Good\nnationalities: [AT]\n", "utf-8")
    kept = run("screen", "SEC000821", str(folder), "-f", "csv", "--min-score", "99").stdout
    assert "bad.yaml" in kept and "Good" not in kept, "a file that could not be read has no score: it stays in view"
    dropped = run("screen", "SEC000821", str(folder), "-f", "csv", "--min-score", "99", "--only", "eligible").stdout
    assert "bad.yaml" not in dropped


def test_an_empty_folder_is_an_error(tmp_path):
    ran = run("screen", "SEC000821", str(tmp_path))
    assert ran.code == 2 and "no profiles found" in ran.stderr
    assert "*.pdf" in ran.stderr and "*.jsonl" in ran.stderr, "the message names every kind of file looked for"


def test_json_lines_inside_a_folder_are_read(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "one.yaml").write_text("name: One\nnationalities: [AT]\n", "utf-8")
    (folder / "more.jsonl").write_text(
        json.dumps({"name": "Two", "nationalities": ["DE"]}) + "\n" + json.dumps({"name": "Three"}) + "\n", "utf-8"
    )
    ran = run("screen", "SEC000821", str(folder), "-f", "jsonl")
    names = sorted(json.loads(line)["candidate"]["name"] for line in ran.stdout.splitlines())
    assert names == ["One", "Three", "Two"]
    assert "3 candidates" in ran.stderr


def test_error_rows_are_valid_results(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "bad.yaml").write_text("nationalties: [AT]\n", "utf-8")
    (folder / "good.yaml").write_text("name: Good\nnationalities: [AT]\n", "utf-8")
    ran = run("screen", "SEC000821", str(folder), "-f", "jsonl", "--experience-after-degree")
    assert ran.code == 2
    rows = [json.loads(line) for line in ran.stdout.splitlines()]
    schema = SCHEMAS["result"]()
    for row in rows:
        jsonschema.validate(row, schema)
    error = next(r for r in rows if r["verdict"] is None)
    assert error["posting"]["id"] == "SEC000821" and error["as_of"] == "2025-07-31" and "nationalties" in error["error"]
    good = next(r for r in rows if r["verdict"] is not None)
    assert good["options"] == {"experience_after_degree": True}


def test_match_json_is_valid_under_its_schema_and_lists_criterion_ids():
    ran = run("match", "profiles/sec000821-first-degree-short.yaml", "--json", "--experience-after-degree")
    data = json.loads(ran.stdout)
    jsonschema.validate(data, SCHEMAS["match"]())
    assert data["options"] == {"experience_after_degree": True}
    sec = next(m for m in data["matches"] if m["posting"]["id"] == "SEC000821")
    assert sec["failed"] == ["degree"]
    assert run("schema", "match").stdout.strip() == json.dumps(SCHEMAS["match"](), indent=2, ensure_ascii=False)


def test_match_lists_open_postings_first_and_can_keep_only_open(tmp_path):
    text = Path("rules/SEC000821.yaml").read_text("utf-8")
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "OPEN000001.yaml").write_text(
        text.replace("id: SEC000821", "id: OPEN000001", 1).replace("closes: 2025-07-31", "closes: 2099-12-31", 1),
        "utf-8",
    )
    profile = "profiles/kos000396-short-experience.yaml"
    data = json.loads(run("match", profile, "--rules", str(folder), "--json").stdout)
    opened = [m["posting"]["open"] for m in data["matches"]]
    assert opened == sorted(opened, reverse=True) and opened.count(True) == 2
    assert "OPEN000001" in [m["posting"]["id"] for m in data["matches"][:2]]
    only = run("match", profile, "--rules", str(folder), "--open", "--json")
    assert {m["posting"]["id"] for m in json.loads(only.stdout)["matches"]} == {"OPEN000001"}
    assert "no closing date left out by --open (not known to be open): jpo-2020" in only.stderr
    table = run("match", profile, "--rules", str(folder), columns=120).stdout
    assert "closed on 11 Nov 2025" in table


def test_ctrl_c_says_what_was_kept(tmp_path, monkeypatch):
    from eligibility import batch

    def interrupted(*args, **kwargs):
        yield from ()
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "run", interrupted)
    target = tmp_path / "out.csv"
    ran = run("screen", "SEC000821", "profiles", "-o", str(target))
    assert ran.code == 130
    assert f"interrupted: {target} was not written" in ran.stderr
    assert not target.exists() and not list(tmp_path.iterdir())


def test_validate_reads_json_lines_inside_a_folder_too(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "more.jsonl").write_text(json.dumps({"name": "Two", "nationalties": ["DE"]}) + "\n", "utf-8")
    ran = run("validate", str(folder))
    assert ran.code == 2 and "more.jsonl:1" in ran.stderr and "nationalties" in ran.stderr


def test_screen_help_names_every_kind_of_file_a_folder_is_searched_for():
    from eligibility.batch import CV_SUFFIXES, JSONL_SUFFIXES, PROFILE_SUFFIXES

    shown = " ".join(run("screen", "--help", columns=400).stdout.split())
    for suffix in PROFILE_SUFFIXES + JSONL_SUFFIXES + CV_SUFFIXES:
        assert f"*{suffix}" in shown, suffix


def test_match_over_many_postings_prints_one_aligned_line_each(tmp_path):
    from eligibility.formats.match import LONG

    text = Path("rules/SEC000821.yaml").read_text("utf-8")
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(LONG + 1):
        title = "Associate Security Project Officer (S)"
        changed = text.replace("id: SEC000821", f"id: MANY{i:06d}", 1)
        if i == 0:  # a title holding an escape sequence is shown escaped, never obeyed
            changed = changed.replace(f"title: {title}", 'title: "Officer \\e[31mred"', 1)
        (folder / f"MANY{i:06d}.yaml").write_text(changed, "utf-8")
    profile = "profiles/kos000396-short-experience.yaml"
    out = run("match", profile, "--rules", str(folder), columns=80).stdout
    lines = out.splitlines()
    data = json.loads(run("match", profile, "--rules", str(folder), "--json").stdout)
    assert lines[0] == f"Postings for {data['candidate']['name']}: {len(data['matches'])}"
    header, rows = lines[1], [line for line in lines[2:] if "  MANY" in line]
    assert header.split() == ["verdict", "score", "posting", "closes", "title:", "main", "reason"]
    assert len(rows) == LONG + 1  # one line each, never wrapped, whatever the width
    for match in data["matches"]:
        line = next(row for row in lines if f"  {match['posting']['id']} " in row)
        verdict = {"eligible": "eligible", "needs-review": "needs review", "not-eligible": "not eligible"}
        assert line.startswith(verdict[match["verdict"]]) and f" {match['score']}  " in line
        assert line.endswith(f": {match['main_reason']}")
    columns = {line.index("  MANY") for line in rows}
    assert len(columns) == 1, "the posting ids line up"
    assert "\x1b" not in out and "Officer \\x1b[31mred" in out


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_brief_rows_say_what_the_full_rows_say_in_short(tmp_path, fmt):
    bad = tmp_path / "in" / "bad.yaml"
    bad.parent.mkdir()
    bad.write_text("name: [unclosed\n", "utf-8")
    paths = ["profiles", str(bad)]
    full_out, brief_out = tmp_path / f"full.{fmt}", tmp_path / f"brief.{fmt}"
    assert run("screen", "SEC000821", *paths, "-o", str(full_out), "--experience-after-degree").code == 2
    assert run("screen", "SEC000821", *paths, "-o", str(brief_out), "--brief", "--experience-after-degree").code == 2

    def rows(path):
        text = path.read_text("utf-8")
        return json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]

    full, brief = rows(full_out), rows(brief_out)
    schema = SCHEMAS["brief"]()
    assert len(full) == len(brief) > 2
    for long, short in zip(full, brief, strict=True):
        jsonschema.validate(short, schema)
        if long.get("error"):
            assert short == long  # an unreadable profile's row is the same in both shapes
            continue
        for key in ("schema_version", "as_of", "options", "verdict", "score"):
            assert short[key] == long[key], key
        assert short["candidate"] == long["candidate"]
        assert short["posting"] == {"id": long["posting"]["id"], "title": long["posting"]["title"]}
        decisive = [c for c in long["criteria"] if c["decisive"]]
        assert set(short["failed"]) == {c["id"] for c in decisive if c["status"] == "fail"}
        assert set(short["open"]) == {c["id"] for c in decisive if c["status"] in ("unknown", "review")}
        first = (short["failed"] or short["open"] or [None])[0]
        if first is not None:
            reason = next(c["reason"] for c in long["criteria"] if c["id"] == first)
            assert short["main_reason"] == f"{first}: {reason}"


def test_brief_applies_only_to_json_rows():
    ran = run("screen", "SEC000821", "profiles", "-f", "csv", "--brief")
    assert ran.code == 2 and "--brief" in ran.stderr and "json or jsonl" in ran.stderr
    assert json.loads(run("schema", "brief").stdout) == SCHEMAS["brief"]()


def test_a_second_posting_given_as_a_profile_path_says_screen_takes_one_posting():
    proc = run("screen", "SEC000821", "KOS000396", "profiles/sec000821-eligible.yaml", "-f", "csv")
    assert proc.code == 2 and not proc.stdout
    assert "KOS000396: no such file or folder ('KOS000396' is a posting: `screen` takes one posting" in proc.stderr
    missing = run("screen", "SEC000821", "no-such-folder", "-f", "csv")
    assert missing.code == 2 and not missing.stdout
    assert missing.stderr == "eligibility: error: no-such-folder: no such file or folder\n"


@pytest.mark.parametrize(
    "fail_on, code",
    [
        ((), 0),
        (("not-eligible",), 1),
        (("needs-review",), 3),
        (("needs-review", "not-eligible"), 1),
        (("Needs-Review",), 3),
    ],
)
def test_fail_on_exits_with_check_s_status_when_any_candidate_has_the_verdict(fail_on, code):
    args = [arg for verdict in fail_on for arg in ("--fail-on", verdict)]
    ran = run("screen", "SEC000821", "profiles", "-f", "csv", "--only", "eligible", *args)
    assert ran.code == code
    assert "14 candidates" in ran.stderr  # every candidate counts, those --only leaves out too


def test_fail_on_a_verdict_no_candidate_has_exits_0_and_an_unreadable_profile_still_2(tmp_path):
    assert run("screen", "SEC000821", "profiles/sec000821-eligible.yaml", "--fail-on", "not-eligible").code == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("nationalties: [AT]\n")
    args = ("screen", "SEC000821", "profiles", str(bad), "-f", "csv", "--fail-on", "not-eligible")
    assert run(*args).code == 2


@pytest.mark.parametrize("format", ["csv", "table"])
def test_sort_by_name_sets_case_and_accents_aside(tmp_path, format):
    for i, name in enumerate(["zoe", "Émile", "anna", "ÄBC", "Bob", "emile"]):
        (tmp_path / f"p{i}.yaml").write_text(f"name: {name}\nnationalities: [AT]\n", "utf-8")
    out = run("screen", "SEC000821", str(tmp_path), "-f", format, "--sort", "name", columns=160).stdout
    order = [n for n in re.findall(r"\b(zoe|Émile|anna|ÄBC|Bob|emile)\b", out)]
    assert order == ["ÄBC", "anna", "Bob", "emile", "Émile", "zoe"]
