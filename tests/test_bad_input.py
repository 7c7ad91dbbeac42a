"""Bad input: one clear line on standard error naming file, line and field; exit 2; never a traceback."""

from __future__ import annotations

import pytest
from casecheck import assert_one_line_error, check_bad_rules
from clirun import run_bytes as run
from conftest import ROOT

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)

# (name, file content, substrings the error line must contain)
PROFILE_CASES = [
    (
        "malformed YAML gives line and column",
        "name: [unclosed\nnationalities: [HR]\n",
        ["malformed YAML", "bad.yaml:2:14"],
    ),
    (
        "an unknown key gets a did-you-mean",
        "nationalties: [HR]\n",
        ["bad.yaml:1", "unknown key 'nationalties'", "did you mean 'nationalities'"],
    ),
    (
        "a wrong type names the field",
        "nationalities: 5\n",
        ["nationalities: must be a list of countries, not a number"],
    ),
    (
        "a reversed period names the field path",
        "experience:\n  - {start: 2020-01, end: 2019-01}\n",
        ["bad.yaml:2", "experience[0].end", "before it starts"],
    ),
    (
        "an impossible date",
        "experience:\n  - start: 2021-02-30\n",
        ["experience[0].start", "not a day of the calendar"],
    ),
    (
        "a month that does not exist",
        "education:\n  - {level: master, completed: 2021-13}\n",
        ["education[0].completed", "no month 13"],
    ),
    ("a text that is not a date", "experience:\n  - start: last spring\n", ["experience[0].start", "YYYY-MM"]),
    (
        "a fraction above 1",
        "experience:\n  - {start: 2020-01, fraction: 1.5}\n",
        ["experience[0].fraction", "out of range"],
    ),
    ("a fraction of 0", "experience:\n  - {start: 2020-01, fraction: 0}\n", ["experience[0].fraction", "(0, 1]"]),
    ("an unknown country", "nationalities: [Atlantis]\n", ["nationalities[0]", "unknown country 'Atlantis'"]),
    ("a misspelt country", "nationalities: [Croatai]\n", ["did you mean 'Croatia'"]),
    (
        "an unknown language",
        "languages:\n  Englsh: C1\n",
        ["languages.Englsh", "unknown language", "did you mean 'English'"],
    ),
    ("an unknown level", "languages:\n  English: Z9\n", ["languages.English", "unknown level 'Z9'", "CEFR"]),
    (
        "a language with no level",
        "languages:\n  German: native\n  English:\n",
        ["bad.yaml:3", "languages.English: language 'English' has no level (give a CEFR level, e.g. B2)"],
    ),
    (
        "a language with an empty level",
        "languages:\n  English: ''\n",
        ["languages.English: language 'English' has no level (give a CEFR level, e.g. B2)"],
    ),
    (
        "a level in words",
        "languages:\n  English: fluent\n",
        ["languages.English", "unknown level 'fluent'", "write C1: 'fluent' is C1"],
    ),
    ("a level between two", "languages:\n  French: B2+\n", ["languages.French", "write B2: a level between two"]),
    ("a range of two levels", "languages:\n  French: B2/C1\n", ["languages.French", "write B2: a level between two"]),
    (
        "a level weakened",
        "languages:\n  English: Less than fluent\n",
        ["languages.English", "write the level you have now, e.g. B2: 'Less than' makes 'Less than fluent' no level"],
    ),
    (
        "a UN language level",
        "languages:\n  English: UN III\n",
        ["languages.English", "unknown level 'UN III'", "write B2: UN language level III is read as B2"],
    ),
    (
        "a UN language level by its number",
        "languages:\n  French: UN Level 2\n",
        ["languages.French", "write B1: UN language level II is read as B1"],
    ),
    (
        "a UN language level alone",
        "languages:\n  Russian: IV\n",
        ["languages.Russian", "write C1: UN language level IV"],
    ),
    ("a level of another scale", "languages:\n  Russian: level 4\n", ["languages.Russian", "use a CEFR level"]),
    (
        "a level denied",
        "languages:\n  English: not fluent\n",
        ["languages.English", "unknown level 'not fluent'", "write the level you have"],
    ),
    (
        "native denied",
        "languages:\n  English: non-native\n",
        ["languages.English", "unknown level 'non-native'", "write the level you have"],
    ),
    (
        "no knowledge of a language",
        "languages:\n  German: no knowledge\n",
        ["languages.German", "unknown level 'no knowledge'", "leave the language out"],
    ),
    (
        "a level beside one denied",
        "languages:\n  Russian: basic, not fluent\n",
        ["languages.Russian", "write A2: 'basic' is A2"],
    ),
    (
        "an unknown degree level",
        "education:\n  - {level: bachlor}\n",
        ["education[0].level", "did you mean 'bachelor'"],
    ),
    ("an empty file", "", ["file is empty"]),
    ("a comment-only file", "# nothing\n", ["no YAML document"]),
    ("a document that is not a mapping", "- HR\n- BA\n", ["must be a mapping", "not a list"]),
    (
        "a YAML tag that would build an object",
        "name: !!python/object/apply:os.system ['echo hi']\n",
        ["tag", "not allowed"],
    ),
    ("a custom tag", "name: !secret x\n", ["tag '!secret' is not allowed"]),
    ("a key given twice", "name: A\nname: B\n", ["bad.yaml:2", "'name' appears twice"]),
    ("an alias bomb", BOMB, ["alias bomb"]),
    ("non-UTF-8 bytes", b"name: Ana\nnationalities: [\xff]\n", ["bad.yaml:2", "not UTF-8"]),
    ("binary data", b"\x89PNG\r\n\x1a\n\x00\x00\x00", ["binary"]),
    (
        "text with a zero byte names its line",
        b"name: Ana\nnationalities: [AT\x00]\n",
        ["bad.yaml:2", "holds a zero byte (0x00): binary, not text"],
    ),
    ("an oversized file", "name: " + "x" * 1_100_000 + "\n", ["bytes; the limit is 1,000,000"]),
    (
        "a language given by name and by code",
        "languages:\n  English: C1\n  en: A1\n",
        ["languages.en", "'English' and 'en' both name English"],
    ),
    ("a boolean where text belongs", "name: true\n", ["name: must be text, not true/false"]),
    ("a date of birth after today", "name: A\nborn: 2100-01\n", ["bad.yaml:2", "born: '2100-01' is after today"]),
    ("an empty mapping", "{}\n", ["bad.yaml:1", "the profile states nothing (expected at least one of name"]),
    ("keys with nothing after them", "name:\nnationalities:\n", ["bad.yaml:1", "the profile states nothing"]),
]

# The rule sets a kind's own parameters make bad are in its case file (tests/cases/<kind>.yaml, `bad_rules`).
RULES_CASES = [
    (
        "an unknown kind gets a did-you-mean",
        "criteria:\n  - {id: x, kind: experiense, source: s}\n",
        ["criteria[0].kind", "did you mean 'experience'"],
    ),
    (
        "a criterion without its source",
        "criteria:\n  - {id: x, kind: competency}\n",
        ["criteria[0].source", "is required"],
    ),
    (
        "a parameter of another kind",
        "criteria:\n  - {id: x, kind: language, languages: [English], level: C1, manual: true, source: s}\n",
        ["criteria[0].manual", "unknown key"],
    ),
    (
        "duplicate criterion ids",
        "criteria:\n  - {id: x, kind: competency, source: s}\n  - {id: x, kind: competency, source: t}\n",
        ["'x' is used 2 times"],
    ),
    (
        "a criterion id given again is named where it is given again",
        "criteria:\n  - id: x\n    kind: competency\n    source: s\n  - kind: competency\n    source: t\n    id: x\n",
        ["bad-rules.yaml:8: criteria[1].id: criterion id 'x' is used 2 times"],
    ),
    (
        "an unknown organisation rule",
        "organisation_rules: [participating-state]\ncriteria: []\n",
        ["did you mean 'participating-states'"],
    ),
]
RULES_CASES += [
    (
        "no criterion at all",
        "criteria: []\n",
        ["criteria: no mandatory criterion"],
    ),
    (
        "organisation rules and no requirement of the posting's own",
        "organisation_rules: [participating-states, cumulative-service]\ncriteria: []\n",
        ["criteria: no mandatory criterion of the posting's own"],
    ),
    (
        "only desirable criteria",
        "criteria:\n  - {id: x, kind: language, languages: [English], level: C1, mandatory: false, source: s}\n",
        ["criteria: no mandatory criterion"],
    ),
]


@pytest.mark.parametrize("name,content,expected", PROFILE_CASES, ids=[c[0] for c in PROFILE_CASES])
def test_bad_profile(tmp_path, name, content, expected):
    path = tmp_path / "bad.yaml"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    proc = run("check", "SEC000821", str(path))
    assert_one_line_error(proc, [str(path)] + expected)


@pytest.mark.parametrize("name,content,expected", RULES_CASES, ids=[c[0] for c in RULES_CASES])
def test_bad_rule_set(tmp_path, name, content, expected):
    check_bad_rules({"rules": content, "error": expected}, tmp_path)


def test_a_missing_profile_file():
    assert_one_line_error(
        run("check", "SEC000821", "profiles/nobody.yaml"), ["profiles/nobody.yaml", "no such profile"]
    )


@pytest.mark.parametrize("command", ["check", "match"])
def test_a_json_lines_file_of_many_profiles_is_screen_s(tmp_path, command):
    path = tmp_path / "many.jsonl"
    path.write_text('{"name": "A", "nationalities": ["AT"]}\n\n{"name": "B", "nationalities": ["HR"]}\n')
    args = ("check", "SEC000821", str(path)) if command == "check" else ("match", str(path), "rules/SEC000821.yaml")
    assert_one_line_error(run(*args), [f"{path}:3", "holds 2 profiles", f"eligibility screen POSTING {path}"])


def test_a_json_lines_file_of_one_profile_is_that_profile(tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_text('{"name": "A", "nationalities": ["QQ"]}\n')
    assert_one_line_error(run("check", "SEC000821", str(path)), [f"{path}:1", "unknown country 'QQ'"])


def test_a_directory_as_profile():
    assert_one_line_error(run("check", "SEC000821", "profiles"), ["is a directory"])


def test_the_alias_bomb_is_refused_without_expanding_it():
    from eligibility.errors import InputError
    from eligibility.yamlio import load_yaml

    # Expanded, the document holds 9**9 values; the loader stops at its budget instead.
    with pytest.raises(InputError, match="more than 100,000 values"):
        load_yaml(BOMB, name="bomb.yaml")


def test_a_recursive_alias_is_refused():
    from eligibility.errors import InputError
    from eligibility.yamlio import load_yaml

    with pytest.raises(InputError):
        load_yaml("a: &a [*a]\n", name="loop.yaml")


def test_the_pure_python_parser_gives_the_same_data_and_errors(monkeypatch):
    """Where libyaml is missing, PyYAML's pure-Python parser takes over with the same results."""
    import yaml

    from eligibility import yamlio
    from eligibility.errors import InputError

    documents = [
        (ROOT / "profiles" / "kos000396-eligible.yaml").read_text(),
        (ROOT / "rules" / "SEC000821.yaml").read_text(),
    ]
    fast = [yamlio.load_yaml(text, name="x.yaml") for text in documents]
    monkeypatch.setattr(yamlio, "_Loader", yaml.SafeLoader)
    assert [yamlio.load_yaml(text, name="x.yaml") for text in documents] == fast
    with pytest.raises(InputError, match="alias bomb"):
        yamlio.load_yaml(BOMB, name="bomb.yaml")
    with pytest.raises(InputError, match=r"x\.yaml:2: key .a. appears twice"):
        yamlio.load_yaml("a: 1\na: 2\n", name="x.yaml")


# (the field, as a profile holds it, and its limit): one line beyond it, in a YAML profile and a JSON Lines row alike
TEXT_LIMITS = [
    ("name", lambda text: {"name": text}, 200),
    ("experience[0].title", lambda text: {"experience": [{"start": "2019-01", "title": text}]}, 300),
    ("experience[0].employer", lambda text: {"experience": [{"start": "2019-01", "employer": text}]}, 300),
    ("experience[0].fields[1]", lambda text: {"experience": [{"start": "2019-01", "fields": ["law", text]}]}, 300),
    ("education[0].field", lambda text: {"education": [{"level": "master", "field": text}]}, 300),
    ("osce_service[0].mission", lambda text: {"osce_service": [{"start": "2019-01", "mission": text}]}, 300),
    ("osce_service[0].post", lambda text: {"osce_service": [{"start": "2019-01", "mission": "x", "post": text}]}, 300),
]


@pytest.mark.parametrize(("field", "profile", "limit"), TEXT_LIMITS, ids=[c[0] for c in TEXT_LIMITS])
def test_free_text_beyond_its_limit_is_one_clear_line(field, profile, limit, tmp_path):
    import json

    import yaml

    at_limit = {"nationalities": ["AT"], **profile("é" * limit)}
    beyond = {"nationalities": ["AT"], **profile("é" * (limit + 1))}
    ok, bad = tmp_path / "ok.yaml", tmp_path / "bad.yaml"
    ok.write_text(yaml.safe_dump(at_limit, allow_unicode=True), "utf-8")
    bad.write_text(yaml.safe_dump(beyond, allow_unicode=True), "utf-8")
    assert run("check", "SEC000821", str(ok)).returncode != 2
    said = f"{field}: is {limit + 1:,} characters long; the limit is {limit:,}"
    assert_one_line_error(run("check", "SEC000821", str(bad)), [str(bad), said])
    lines = tmp_path / "batch.jsonl"
    lines.write_text(json.dumps(at_limit) + "\n" + json.dumps(beyond) + "\n", "utf-8")
    screened = run("screen", "SEC000821", str(lines), "-f", "csv").stdout.decode()
    assert f"{lines}:2: {said}" in screened and screened.count(",error,") == 1


def test_the_self_check_refuses_a_name_beyond_its_limit():
    from eligibility import interview

    with pytest.raises(ValueError, match="201 characters; the limit is 200"):
        interview._text(True, 200)("x" * 201)
    assert interview._text(True, 200)("x" * 200) == "x" * 200


def test_the_self_check_caps_each_field_of_work_not_the_answer_in_all():
    from eligibility import interview
    from eligibility.profile import TEXT_LIMIT

    many = ", ".join(f"field {n} " + "x" * 200 for n in range(3))  # well over the limit in all, each field within it
    assert len(many) > TEXT_LIMIT and interview._fields(many) == [f"field {n} " + "x" * 200 for n in range(3)]
    assert interview._fields("police, " + "y" * TEXT_LIMIT) == ["police", "y" * TEXT_LIMIT]
    with pytest.raises(ValueError, match=f"is {TEXT_LIMIT + 1} characters; each field may hold {TEXT_LIMIT}"):
        interview._fields("police, " + "y" * (TEXT_LIMIT + 1))
    assert interview._fields("") is None and interview._fields(" , ") is None
