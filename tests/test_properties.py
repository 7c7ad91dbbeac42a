"""Properties over random profiles and random input (hypothesis).

- The engine never crashes on a valid profile, and its outputs hold together.
- Monotonicity: more experience, a higher degree, a higher language level or
  an added licence never lowers any criterion's status, never turns eligible
  into not eligible, and never lowers the score.
- The score reads by verdict: eligible 60-100, anything else 0-59, so a
  candidate who is not eligible never outscores an eligible one.
- Whole years are exact from any day: a job from a day to the day before its
  N-th anniversary is N years to the month scale, whatever the Februaries
  between (tests/test_experience.py holds the experience kind to it).
- Every loader answers random bytes and random YAML with an input error, never
  with another exception.
"""

from __future__ import annotations

import json
import os
from datetime import date, timedelta

import pytest
import yaml
from clirun import run as run_in_process
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from eligibility.batch import Item, load_item
from eligibility.cli import exit_code_for
from eligibility.engine import assess
from eligibility.errors import EligibilityError, ExitCode
from eligibility.formats.json import result_dict, result_line
from eligibility.outcome import Status, Verdict
from eligibility.profile import load_profile, read_profile
from eligibility.rules import load_ruleset, read_ruleset
from eligibility.yamlio import decode, load_yaml

POSTINGS = ["KOS000396", "SEC000821", "bishkek-deputy-head-of-mission", "kosovo-chief-of-mission-security", "jpo-2020"]
RULESETS = {p: load_ruleset(p) for p in POSTINGS}
TODAY = date(2025, 6, 1)  # the JPO rule set has no closing date

COUNTRIES = ["HR", "BA", "RS", "AL", "XK", "AT", "DE", "JP", "AU", "KG", "KZ", "US", "ME"]
LEVELS = [
    "secondary",
    "bachelor",
    "master",
    "doctorate",
    "police-academy",
    "military-academy",
    "professional-certificate",
]
FIELDS = [
    "police",
    "security",
    "Law",
    "community policing",
    "project management",
    "banking",
    "International Relations",
    "risk management",
    "diplomacy",
    "political affairs",
    "Security Studies",
    "public safety",
    "History",
]
LANGUAGES = ["English", "French", "Russian", "Serbian", "Albanian", "Kyrgyz", "German", "Spanish"]
CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2", "native"]
RANK = {level: i for i, level in enumerate(CEFR_LEVELS)}

month = st.tuples(st.integers(1990, 2025), st.integers(1, 12))


def ym(value: tuple[int, int]) -> str:
    return f"{value[0]:04d}-{value[1]:02d}"


def _period(start: tuple[int, int], length: int | None) -> dict:
    period = {"start": ym(start)}
    if length is not None:
        total = start[0] * 12 + start[1] - 1 + length
        period["end"] = f"{total // 12:04d}-{total % 12 + 1:02d}"
    return period


jobs = st.builds(
    lambda start, length, fields, management, fraction, title: {
        **_period(start, length),
        **({"fields": fields} if fields is not None else {}),
        **({"management": True} if management else {}),
        **({"fraction": fraction} if fraction != 1 else {}),
        **({"title": title} if title else {}),
    },
    month,
    st.one_of(st.none(), st.integers(0, 180)),
    st.one_of(st.none(), st.lists(st.sampled_from(FIELDS), min_size=1, max_size=3, unique=True)),
    st.booleans(),
    st.sampled_from([1, 1, 1, 0.5, 0.8]),
    st.sampled_from([None, "Officer", "Head of unit", "Police inspector"]),
)
degrees = st.builds(
    lambda level, field, done: {
        "level": level,
        **({"field": field} if field else {}),
        **({"completed": ym(done)} if done else {}),
    },
    st.sampled_from(LEVELS),
    st.one_of(st.none(), st.sampled_from(FIELDS)),
    st.one_of(st.none(), month),
)
services = st.builds(
    lambda country, start, length, local: {
        "mission": "OSCE field operation",
        "country": country,
        **_period(start, length),
        **({"local": True} if local else {}),
    },
    st.sampled_from(["XK", "KG", "RS"]),
    month,
    st.one_of(st.none(), st.integers(0, 120)),
    st.booleans(),
)
profiles = st.fixed_dictionaries(
    {},
    optional={
        "name": st.text(min_size=1, max_size=20).filter(str.strip),
        "nationalities": st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=3, unique=True),
        "permanent_residence": st.lists(st.sampled_from(COUNTRIES), max_size=2, unique=True),
        "education": st.lists(degrees, max_size=3),
        "experience": st.lists(jobs, max_size=4),
        "osce_service": st.lists(services, max_size=2),
        "languages": st.dictionaries(st.sampled_from(LANGUAGES), st.sampled_from(CEFR_LEVELS), max_size=4),
        "driving_licence": st.fixed_dictionaries({}, optional={"valid": st.booleans(), "manual": st.booleans()}),
    },
).filter(bool)  # a profile that states nothing is refused as bad input


def profile_of(doc: dict):
    return read_profile(load_yaml(yaml.safe_dump(doc), name="generated.yaml"), "generated.yaml")


settings.register_profile("eligibility", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "eligibility"))


@given(doc=profiles, posting=st.sampled_from(POSTINGS))
def test_random_valid_profiles_never_crash_the_engine(doc, posting):
    result = assess(RULESETS[posting], profile_of(doc), today=TODAY)
    assert 0 <= result.score <= 100
    decisive = [f.outcome.status for f in result.findings if f.decisive]
    expected = (
        Verdict.NOT_ELIGIBLE
        if Status.FAIL in decisive
        else Verdict.NEEDS_REVIEW
        if {Status.UNKNOWN, Status.REVIEW} & set(decisive)
        else Verdict.ELIGIBLE
    )
    assert result.verdict is expected
    assert all(f.outcome.reason for f in result.findings)
    assert json.loads(result_line(result)) == result_dict(result)
    assert (result.score >= 60) is (result.verdict is Verdict.ELIGIBLE), (result.verdict, result.score)


@given(one=profiles, other=profiles, posting=st.sampled_from(POSTINGS))
def test_not_eligible_never_outscores_eligible_for_the_same_posting(one, other, posting):
    a, b = (assess(RULESETS[posting], profile_of(doc), today=TODAY) for doc in (one, other))
    for x, y in ((a, b), (b, a)):
        if x.verdict is Verdict.ELIGIBLE and y.verdict is not Verdict.ELIGIBLE:
            assert x.score > y.score, (x.score, y.score)


# --- monotonicity ------------------------------------------------------------------


def _more_experience(doc: dict, job: dict) -> dict:
    return {**doc, "experience": list(doc.get("experience", [])) + [job]}


def _longer_job(doc: dict, index: int) -> dict:
    if not doc.get("experience"):
        return doc
    jobs_now = [dict(j) for j in doc["experience"]]
    jobs_now[index % len(jobs_now)].pop("end", None)  # the job goes on to this day
    return {**doc, "experience": jobs_now}


def _another_degree(doc: dict, degree: dict) -> dict:
    return {**doc, "education": list(doc.get("education", [])) + [degree]}


def _better_language(doc: dict, language: str, level: str) -> dict:
    spoken = dict(doc.get("languages", {}))
    if language in spoken and RANK[spoken[language]] >= RANK[level]:
        return doc
    spoken[language] = level
    return {**doc, "languages": spoken}


def _licence(doc: dict) -> dict:
    return {**doc, "driving_licence": {"valid": True, "manual": True}}


gains = st.one_of(
    st.builds(lambda job: ("a job", lambda d: _more_experience(d, job)), jobs),
    st.builds(lambda i: ("a job going on", lambda d: _longer_job(d, i)), st.integers(0, 3)),
    st.builds(lambda degree: ("a degree", lambda d: _another_degree(d, degree)), degrees),
    st.builds(
        lambda lang, lvl: ("a language level", lambda d: _better_language(d, lang, lvl)),
        st.sampled_from(LANGUAGES),
        st.sampled_from(CEFR_LEVELS),
    ),
    st.just(("a licence", _licence)),
)


@given(doc=profiles, gain=gains, posting=st.sampled_from(POSTINGS), after_degree=st.booleans())
@example(
    # Jobs in another stated field go to a person even counted from the dated degree: an undated degree beside it
    # keeps them there.
    doc={
        "name": "0",
        "nationalities": ["HR"],
        "experience": [{**_period((1990, 1), None)}, {**_period((1990, 1), None), "fields": ["Law"]}],
        "education": [{"level": "bachelor", "completed": ym((1990, 1))}],
    },
    gain=("a degree", lambda d: _another_degree(d, {"level": "bachelor"})),
    posting="KOS000396",
    after_degree=True,
)
def test_gaining_qualifications_never_hurts(doc, gain, posting, after_degree):
    what, improve = gain
    ruleset = RULESETS[posting]
    before = assess(ruleset, profile_of(doc), today=TODAY, after_degree=after_degree)
    after = assess(ruleset, profile_of(improve(doc)), today=TODAY, after_degree=after_degree)
    for b, a in zip(before.findings, after.findings, strict=True):
        # From unknown a criterion may go anywhere: the profile now says what it did not.
        # Otherwise no status may drop: pass stays pass, review never falls to unknown or fail.
        if b.outcome.status is Status.UNKNOWN:
            continue
        assert a.outcome.status.rank >= b.outcome.status.rank, (
            f"{what}: {b.criterion.id} went from {b.outcome.status.value} ({b.outcome.reason}) "
            f"to {a.outcome.status.value} ({a.outcome.reason})"
        )
    assert not (before.verdict is Verdict.ELIGIBLE and after.verdict is Verdict.NOT_ELIGIBLE), what
    assert after.score >= before.score, f"{what}: score {before.score} -> {after.score}"


# --- fuzzing the loaders -------------------------------------------------------------


def _load_every_way(data: bytes) -> None:
    """Feed the bytes to each reader; only EligibilityError may come out."""
    for reader in (read_profile, read_ruleset):
        try:
            reader(load_yaml(decode(data, name="fuzz.yaml"), name="fuzz.yaml"), "fuzz.yaml")
        except EligibilityError as exc:
            assert str(exc).startswith("fuzz.yaml")
    try:
        load_item(Item("fuzz.jsonl:1", "fuzz.jsonl", data.replace(b"\n", b" ") or b" ", 1))
    except EligibilityError as exc:
        assert "fuzz.jsonl" in str(exc)


@given(st.binary(max_size=600))
def test_random_bytes_give_an_input_error(data):
    _load_every_way(data)


yaml_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        st.text(max_size=15),
        st.sampled_from(COUNTRIES + LEVELS + FIELDS),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.sampled_from(
                [
                    "name",
                    "nationalities",
                    "education",
                    "experience",
                    "languages",
                    "level",
                    "start",
                    "end",
                    "posting",
                    "criteria",
                    "kind",
                    "id",
                    "source",
                    "fields",
                    "driving_licence",
                    "x",
                ]
            )
            | st.text(max_size=6),
            children,
            max_size=5,
        ),
    ),
    max_leaves=25,
)


@given(yaml_values)
def test_random_yaml_gives_an_input_error(value):
    _load_every_way(yaml.safe_dump(value, allow_unicode=True).encode("utf-8"))


@given(st.text(max_size=300))
def test_random_text_gives_an_input_error(text):
    _load_every_way(text.encode("utf-8"))


def _expected_statuses(path) -> list[int]:
    """What each command below must exit with: the readers' own answer, then the verdict's status."""
    try:
        profile = load_profile(str(path))
    except EligibilityError:
        as_profile = None
    else:
        as_profile = exit_code_for(assess(RULESETS["SEC000821"], profile).verdict)
    try:
        ruleset = load_ruleset(str(path))
        as_posting = exit_code_for(assess(ruleset, load_profile("profiles/sec000821-eligible.yaml")).verdict)
    except EligibilityError:
        ruleset, as_posting = None, None
    bad = ExitCode.BAD_INPUT
    valid = ExitCode.SUCCESS if (as_profile is not None or ruleset is not None) else bad
    return [as_profile if as_profile is not None else bad, as_posting if as_posting is not None else bad, valid]


@settings(max_examples=40)
@given(st.binary(min_size=1, max_size=300))
@example(b"\xc2\x80")  # a character YAML does not allow: its error once took two lines
@example(b"\r\x00")  # a line break in a first line read as a CSV header once stopped the reader
def test_random_files_through_the_command_exit_exactly_as_the_readers_decide(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "input.yaml"
    path.write_bytes(data)
    commands = (
        ["check", "SEC000821", str(path)],
        ["check", str(path), "profiles/sec000821-eligible.yaml"],
        ["validate", str(path)],
    )
    for args, expected in zip(commands, _expected_statuses(path), strict=True):
        ran = run_in_process(*args)  # an exception other than the CLI's own would fail the test here
        assert ran.code == expected, (args, ran.stderr)
        if ran.code == ExitCode.BAD_INPUT:
            assert len(ran.stderr.strip().splitlines()) == 1, ran.stderr


@pytest.mark.parametrize("posting", POSTINGS)
def test_a_profile_that_states_nothing_is_never_not_eligible_for_lack_of_facts(posting):
    """Missing is not false: a profile of only a participating-State nationality is never failed for silence."""
    result = assess(RULESETS[posting], profile_of({"nationalities": ["AT"]}), today=TODAY)
    assert result.verdict is not Verdict.NOT_ELIGIBLE, [
        (f.criterion.id, f.outcome.reason) for f in result.with_status(Status.FAIL)
    ]


def anniversary(start: date, years: int) -> date:
    """The N-th anniversary of a day: 29 February's is 1 March in a common year."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return date(start.year + years, 3, 1)


days = st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31))


@given(start=days, years=st.integers(1, 40))
@example(start=date(2022, 2, 21), years=6)
@example(start=date(2024, 2, 29), years=1)
def test_a_day_to_the_day_before_its_anniversary_is_whole_years(start, years):
    from eligibility.periods import months_between

    end = anniversary(start, years)
    months = months_between(start, end)
    if (start.month, start.day) == (2, 29) and end.month == 3:
        # No 29 February that year: the year is complete at the end of the 28th, not a day sooner.
        assert months >= 12 * years - 1e-9
        assert months_between(start, end - timedelta(days=1)) < 12 * years - 1e-6
    else:
        assert abs(months - 12 * years) < 1e-9
