"""The fast paths give the same answers as the located, step-by-step ones.

- quickread builds the same profile as the located reader for valid data, and
  hands everything else to it (so messages are unchanged).
- A job timeline counts the same months as periods.credited_months.
"""

from __future__ import annotations

import copy
import json
import random
import sys
from datetime import date

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(ROOT / "bench"))
from synthetic import profile as synthetic_profile

from eligibility import fastyaml
from eligibility.batch import Item, load_item
from eligibility.errors import EligibilityError, InputError, InputErrors
from eligibility.experience import Timeline, span
from eligibility.periods import credited_months
from eligibility.profile import read_profile
from eligibility.quickread import load_profile_file, profile_from_data, quick_profile
from eligibility.yamlio import decode, load_file, load_json, load_yaml

SYNTHETIC = [synthetic_profile(random.Random(7), i) for i in range(400)]


def _every_attribute(value):
    """A value with each object in it spelled out as its type and every attribute (those its class leaves out of
    `==`, such as a job's label, too): the fast reader builds objects without calling their `__init__`."""
    if isinstance(value, (tuple, list)):
        return [_every_attribute(v) for v in value]
    if isinstance(value, dict):
        return {k: _every_attribute(v) for k, v in value.items()}
    if hasattr(value, "__dict__"):
        return (type(value).__name__, {k: _every_attribute(v) for k, v in sorted(vars(value).items())})
    return value


def test_synthetic_profiles_take_the_fast_path_and_read_the_same():
    for data in SYNTHETIC:
        fast = quick_profile(data, "x.jsonl:1")
        assert fast is not None, data
        slow = read_profile(data, "x.jsonl:1")
        assert fast == slow
        assert _every_attribute(fast) == _every_attribute(slow)


@pytest.mark.parametrize("path", sorted((ROOT / "profiles").glob("*.yaml")), ids=lambda p: p.name)
def test_example_profiles_read_the_same(path):
    data = load_file(path)
    fast = quick_profile(data, str(path))
    assert fast is not None
    assert fast == read_profile(data, str(path))
    assert _every_attribute(fast) == _every_attribute(read_profile(data, str(path)))


BASE = {
    "name": "Ana Example",
    "nationalities": ["Croatia", "BA"],
    "education": [{"level": "master", "field": "Law", "completed": "2012-06"}],
    "experience": [
        {"title": "Officer", "start": "2013-01", "end": "2019-12", "fields": ["police"], "management": True},
        {"title": "Adviser", "employer": "Ministry", "start": "2020-01", "end": "present", "fraction": 0.5},
    ],
    "permanent_residence": ["AT"],
    "osce_service": [{"mission": "OSCE Mission in Kosovo", "start": "2014-01", "end": "2015-06"}],
    "languages": {"English": "C1", "german": "b2"},
    "driving_licence": {"valid": True, "manual": False},
}

# Values that are valid somewhere, invalid elsewhere, or merely unusual (numbers for text).
ODD = [
    None,
    True,
    False,
    0,
    2,
    0.5,
    float("nan"),
    "",
    "  ",
    "2015-13",
    "2015-02-30",
    "1899-01",
    "2030-01",
    "present",
    "Narnia",
    "XK",
    "Kosovo",
    "master",
    "phd",
    "C1",
    "native",
    "police",
    [],
    ["police", ""],
    ["HR", "HR"],
    {},
    {"valid": True},
    "unknown",
    "Unknown",
]


@st.composite
def mutated(draw):
    """BASE with a few values replaced, removed or added, anywhere in it."""
    data = json.loads(json.dumps(BASE))
    for _ in range(draw(st.integers(1, 3))):
        # Walk to a random container and change one entry of it.
        node = data
        while True:
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            if not keys:
                break
            key = draw(st.sampled_from(keys))
            child = node[key]
            if isinstance(child, (dict, list)) and child and draw(st.booleans()):
                node = child
                continue
            action = draw(st.sampled_from(["replace", "delete", "add"]))
            if action == "replace":
                node[key] = copy.deepcopy(draw(st.sampled_from(ODD)))
            elif action == "delete" and isinstance(node, dict):
                del node[key]
            elif isinstance(node, dict):
                key = draw(st.sampled_from(["nationalties", "end", "fields", "local", "manual", "title"]))
                node[key] = copy.deepcopy(draw(st.sampled_from(ODD)))
            break
    return data


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_fast_path_agrees_with_the_located_reader_or_steps_aside(data):
    try:
        slow = read_profile(data, "p.json")
    except EligibilityError as exc:
        assert quick_profile(data, "p.json") is None
        with pytest.raises(EligibilityError) as caught:
            profile_from_data(data, "p.json")
        assert str(caught.value) == str(exc)
        return
    fast = quick_profile(data, "p.json")
    assert fast is None or _every_attribute(fast) == _every_attribute(slow)
    assert profile_from_data(data, "p.json") == slow


@pytest.mark.parametrize(
    "languages", [{"English": "C1", "en": "A1"}, {"French": "B2", "fra": "B2"}, {"German": "C1", "Deutsch": "A2"}]
)
def test_a_language_named_twice_is_the_located_reader_s_error_in_both(languages):
    data = {"name": "Twice", "languages": languages}
    with pytest.raises(EligibilityError) as located:
        read_profile(data, "p.json")
    assert quick_profile(data, "p.json") is None
    with pytest.raises(EligibilityError) as fast:
        profile_from_data(data, "p.json")
    assert str(fast.value) == str(located.value) and "both name" in str(fast.value)


@pytest.mark.parametrize("data", [{}, {"name": None}, {"name": None, "experience": None, "languages": None}])
def test_a_profile_that_states_nothing_is_the_located_reader_s_error_in_both(data):
    with pytest.raises(EligibilityError) as located:
        read_profile(data, "p.json")
    assert quick_profile(data, "p.json") is None
    with pytest.raises(EligibilityError) as fast:
        profile_from_data(data, "p.json")
    assert str(fast.value) == str(located.value) and "the profile states nothing" in str(fast.value)


@pytest.mark.parametrize("value", ["unknown", "Unknown", " unknown "])
def test_sections_given_as_unknown_read_the_same_in_both_readers(value):
    data = {**BASE, "permanent_residence": value, "osce_service": value}
    slow = read_profile(data, "p.json")
    assert slow.permanent_residence is None and slow.osce_service is None
    fast = profile_from_data(data, "p.json")
    assert _every_attribute(fast) == _every_attribute(slow)
    if value == "unknown":
        assert quick_profile(data, "p.json") is not None, "the plain form takes the fast path"
    only = {**BASE, "osce_service": value}
    assert _every_attribute(profile_from_data(only, "p.json")) == _every_attribute(read_profile(only, "p.json"))
    stated = read_profile(only, "p.json")
    assert stated.osce_service is None


def _located_message(line: bytes, lineno: int) -> str:
    """What the located reader alone says of a JSON Lines line: each fault on the line's own line of the file."""
    try:
        text = decode(line, name="x.jsonl", what="line")
    except InputError as exc:
        exc.line, exc.column = lineno, None  # where the line is in the file, not in the line
        return str(exc)
    try:
        data = load_json(text, name="x.jsonl", line=lineno)
        read_profile(data, f"x.jsonl:{lineno}")
    except InputErrors as exc:
        for error in exc.errors:
            error.file, error.line = "x.jsonl", lineno
        return str(exc)
    except EligibilityError as exc:
        return str(exc)
    raise AssertionError("the line was valid")


def test_bad_json_lines_keep_their_located_messages():
    lines = [
        b'{"name": "A", "nationalties": ["HR"]}',
        b'{"name": "B", "experience": [{"start": "2015-13"}]}',
        b'{"name": "C", "nationalities": ["HR"],}',
        b'{"name": "E", "experience": [{"start": "2015-01", "fraction": NaN}]}',
        b'{"name": "F", "experience": [{"start": "2015-01", "fraction": 12345678901234567890}]}',
        b'\xff{"name": "D"}',
    ]
    for lineno, line in enumerate(lines, 1):
        with pytest.raises(EligibilityError) as caught:
            load_item(Item(f"x.jsonl:{lineno}", "x.jsonl", line, lineno))
        message = str(caught.value)
        assert message == _located_message(line, lineno)
        assert message.startswith(f"x.jsonl:{lineno}")
    with pytest.raises(EligibilityError) as caught:
        load_item(Item("x.jsonl:1", "x.jsonl", lines[0], 1))
    first = str(caught.value)
    assert "nationalties: unknown key 'nationalties'" in first and "did you mean 'nationalities'" in first


def test_a_json_line_and_the_same_yaml_file_give_equal_profiles(tmp_path):
    line = json.dumps(BASE).encode()
    from_json = load_item(Item("x.jsonl:1", "x.jsonl", line, 1))
    yaml_file = tmp_path / "p.yaml"
    yaml_file.write_text(json.dumps(BASE), "utf-8")  # JSON is YAML
    from_yaml = read_profile(load_yaml(yaml_file.read_text("utf-8"), name="p"), "x.jsonl:1")
    assert from_json == from_yaml


JOB = st.fixed_dictionaries(
    {
        "start": st.dates(date(2000, 1, 1), date(2026, 12, 31)),
        "days": st.integers(0, 4000),
        "open": st.booleans(),
        "fraction": st.sampled_from([1.0, 0.5, 0.8, 0.25, 1e-13]),
        "months_only": st.booleans(),
    }
)


@settings(max_examples=300, deadline=None)
@given(st.lists(JOB, max_size=6), st.dates(date(2010, 1, 1), date(2027, 1, 1)), st.none() | st.dates())
def test_a_timeline_counts_the_same_months_as_the_spans(jobs, as_of, not_before):
    from datetime import timedelta

    from eligibility.periods import PartialDate
    from eligibility.profile import Job

    built = []
    for j in jobs:
        end = j["start"] + timedelta(days=j["days"])
        months_only = j["months_only"]  # YYYY-MM dates: the whole month
        built.append(
            Job(
                title=None,
                employer=None,
                start=PartialDate(j["start"].year, j["start"].month, None if months_only else j["start"].day),
                end=None if j["open"] else PartialDate(end.year, end.month, None if months_only else end.day),
                fields=None,
                fraction=j["fraction"],
            )
        )
    timeline = Timeline(built, as_of, not_before)
    indices = tuple(range(len(built)))
    assert timeline.months(indices) == credited_months([span(j, as_of, not_before) for j in built])
    for i in indices:
        assert timeline.months((i,)) == credited_months([span(built[i], as_of, not_before)])


def test_json_lines_rows_are_the_bytes_json_dumps_writes():
    from eligibility.engine import assess
    from eligibility.formats.json import result_dict, result_line
    from eligibility.rules import load_ruleset

    profiles = [read_profile(load_file(p), str(p)) for p in sorted((ROOT / "profiles").glob("*.yaml"))]
    profiles += [read_profile(data, f"s{i}") for i, data in enumerate(SYNTHETIC[:120])]
    profiles.append(read_profile({"name": 'Zoë "Z" \\ Ünal\u2028\x1f', "nationalities": ["HR"]}, "odd\ttab"))
    checked = 0
    for rules in sorted((ROOT / "rules").glob("*.yaml")):
        ruleset = load_ruleset(str(rules))
        for profile in profiles:
            for after_degree in (False, True):
                result = assess(ruleset, profile, as_of=date(2025, 11, 11), after_degree=after_degree)
                expected = json.dumps(
                    result_dict(result, after_degree=after_degree), ensure_ascii=False, separators=(",", ":")
                )
                assert result_line(result, after_degree=after_degree) == expected
                checked += 1
    assert checked > 1000


# --- YAML ----------------------------------------------------------------------

YAML_FILES = sorted((ROOT / "profiles").glob("*.yaml")) + sorted((ROOT / "rules").glob("*.yaml"))


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: p.name)
def test_fast_yaml_reads_shipped_files_as_the_located_loader_does(path):
    text = path.read_text("utf-8")
    fast = fastyaml.load(text)
    assert fast is not None
    assert fast == load_yaml(text, name=str(path))


def test_fast_yaml_reads_dumped_profiles_with_aliases_as_the_located_loader_does():
    import yaml

    shared = ["police", "security"]
    doc = {"name": "A", "experience": [{"start": "2015-01", "fields": shared}, {"start": "2016-01", "fields": shared}]}
    text = yaml.safe_dump(doc)
    assert "*id001" in text
    assert fastyaml.load(text) == load_yaml(text, name="x") == doc
    for data in SYNTHETIC[:200]:
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
        assert fastyaml.load(text) == load_yaml(text, name="x")


def _refused(text: str) -> bool:
    try:
        load_yaml(text, name="x")
    except EligibilityError:
        return True
    return False


def _budget_doc(extra: int) -> str:
    """A list of 1,000 values named once and repeated by 98 aliases, then `extra` plain values: near the budget."""
    return "x: &a [" + ", ".join(["1"] * 1000) + "]\ny: [" + ", ".join(["*a"] * 98) + "]\nz: [" + "0, " * extra + "]\n"


def _depth_doc(depth: int) -> str:
    return "k: " + "[" * depth + "v" + "]" * depth + "\n"


@pytest.mark.parametrize(
    ("build", "earlier"),
    # The fast loader counts a scalar's own level: it steps aside one level of nesting before the located loader
    # refuses (the located loader then reads it), and counts values expanded through aliases exactly as it does.
    [(_budget_doc, 0), (_depth_doc, 1)],
    ids=["values", "depth"],
)
def test_fast_yaml_steps_aside_where_the_located_loader_refuses(build, earlier):
    # The first size the located loader refuses (values expanded through aliases, or nesting): there the fast
    # loader steps aside; below it (by `earlier`) it reads what the located loader reads.
    low, high = 0, 5000
    assert not _refused(build(low)) and _refused(build(high))
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if _refused(build(middle)) else (middle, high)
    assert fastyaml.load(build(low - earlier)) == load_yaml(build(low - earlier), name="x")
    assert fastyaml.load(build(low - earlier + 1)) is None
    assert fastyaml.load(build(high)) is None


# Scalars and structures where YAML 1.1, YAML 1.2 and the located loader's own rules differ or refuse.
FRAGMENTS = [
    "NO",
    "no",
    "yes",
    "on",
    "~",
    "null",
    "",
    "True",
    "FALSE",
    "012",
    "0o17",
    "0x1F",
    "1_000",
    "1e3",
    ".inf",
    "-.INF",
    ".nan",
    "12:30",
    "2015-03",
    "2015-03-01",
    "1234567890123456789",
    "'quoted: yes'",
    '"\\u00e9"',
    "!!str 12",
    "!!int '7'",
    "!custom x",
    "&a [1, 2]",
    "*a",
    "{<<: {k: 1}}",
    "[a, [b, [c]]]",
    "{k: 1, k: 2}",
    "{[1]: x}",
    "|\n  block\n",
    "Law & Order",
    "- a\n- b",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c", "1", "true", "<<"]), st.sampled_from(FRAGMENTS)), max_size=5))
def test_fast_yaml_agrees_with_the_located_loader_or_steps_aside(pairs):
    text = "".join(f"{key}: {value}\n" if "\n" not in value else f"{key}:\n  {value}\n" for key, value in pairs)
    fast = fastyaml.load(text)
    try:
        located = load_yaml(text, name="x")
    except EligibilityError:
        assert fast is None
        return
    assert fast is None or fast == located


def test_profile_files_read_fast_with_the_located_loader_s_messages(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text("name: Ana\nnationalities: [HR]\nexperience:\n  - start: 2015-01\n    fields: police\n", "utf-8")
    assert load_profile_file(str(good)) == read_profile(load_file(good), str(good))
    as_json = tmp_path / "good.json"
    as_json.write_text(json.dumps(BASE), "utf-8")
    assert load_profile_file(str(as_json)) == read_profile(load_file(as_json), str(as_json))
    cases = {
        "typo.yaml": "name: Ana\nnationalties: [HR]\n",
        "twice.yaml": "name: Ana\nname: Bo\n",
        "month.yaml": "name: Ana\nexperience:\n  - start: 2015-13\n",
        "tag.yaml": "name: !!python/object:os.system x\n",
        "norway.yaml": "nationalities: [NO]\n",
        "bad.json": '{"name": "Ana", "nationalities": ["HR"],}',
        "nan.json": '{"name": "Ana", "experience": [{"start": "2015-01", "fraction": NaN}]}',
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, "utf-8")
        try:
            expected = read_profile(load_file(path), str(path))
        except EligibilityError as exc:
            with pytest.raises(EligibilityError) as caught:
                load_profile_file(str(path))
            assert str(caught.value) == str(exc), name
        else:
            assert load_profile_file(str(path)) == expected, name


def test_a_timeline_places_every_day_and_month_where_its_date_falls_on_the_month_scale():
    from eligibility.experience import _end_scale, _start_scale
    from eligibility.periods import PartialDate, days_in_month, month_scale

    for year in (1999, 2000, 2024, 2025, 2100):
        for month in range(1, 13):
            for day in (None, *range(1, days_in_month(year, month) + 1)):
                when = PartialDate(year, month, day)
                assert _start_scale(when) == month_scale(when.first_day), when
                assert _end_scale(when) == month_scale(when.end_exclusive), when
