"""The guided self-check, driven by scripted answers (and once through a real pseudo-terminal)."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time

import pytest
from conftest import ROOT

from eligibility.engine import assess
from eligibility.interview import Stopped, interview, needs, offer_save, to_profile
from eligibility.rules import load_ruleset


class Script:
    """Answers given in turn; everything said is kept."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.said: list[str] = []
        self.prompts: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)

    def ask(self, prompt: str) -> str:
        self.prompts.append(prompt)
        if not self.answers:
            raise EOFError
        return self.answers.pop(0)


KOS_ANSWERS = [
    "Marko Petrović",
    "Montenegro",  # nationalities
    "",  # no other permanent residence
    "y",
    "police-academy",
    "Police studies",
    "2017-06",
    "y",
    "bachelor",
    "Law",
    "2016-07",
    "n",
    "y",
    "Police inspector",
    "Police Directorate",
    "2018-01",
    "present",
    "police",
    "1",
    "n",
    "y",
    "Shift supervisor",
    "Police Directorate",
    "2021-03",
    "present",
    "police, community policing",
    "1",
    "y",
    "n",
    "C1",  # English
    "B1",
    "",  # Albanian, Serbian
    "",  # no other languages
    "y",
    "y",  # licence, manual
    "n",  # no earlier OSCE service
]


def test_answers_become_the_profile_the_example_file_holds():
    ruleset = load_ruleset("KOS000396")
    script = Script(*KOS_ANSWERS)
    answers = interview(ruleset, script)
    profile, _ = to_profile(answers)
    result = assess(ruleset, profile)
    assert result.verdict.value == "not-eligible"
    experience = next(f for f in result.findings if f.criterion.id == "experience")
    assert experience.outcome.reason.startswith("7 years 10 months of police")
    assert profile.driving_licence.manual is True and profile.languages == {"English": "C1", "Albanian": "B1"}
    assert not script.answers, "every answer was used"


def test_only_what_the_posting_needs_is_asked():
    sec = needs(load_ruleset("SEC000821"))["kinds"]
    jpo = needs(load_ruleset("jpo-2020"))["kinds"]
    assert "driving-licence" not in sec and "residence" not in sec
    assert jpo == {"nationality", "education", "language", "service-limit"}
    script = Script("", "Italy", "", "n", "", "", "n")  # JPO: no jobs, no licence
    answers = interview(load_ruleset("jpo-2020"), script)
    prompts = " ".join(script.prompts)
    assert "job" not in prompts and "licence" not in prompts
    assert "Your level in Russian" in prompts
    assert answers["nationalities"] == ["IT"]


def test_a_bad_answer_is_asked_again_with_a_hint():
    # name, nationalities (twice), no degree, no job, six languages and no other, no OSCE service
    script = Script("", "Croatai", "Croatia", "", "n", "n", "", "", "", "", "", "", "", "n")
    answers = interview(load_ruleset("SEC000821"), script)
    assert answers["nationalities"] == ["HR"]
    assert any("did you mean 'Croatia'" in line for line in script.said)


def test_impossible_dates_and_shares_are_refused():
    script = Script(
        "",
        "Austria",
        "",
        "n",
        "y",
        "",
        "",
        "2020-13",
        "2020-01",
        "2019-02",
        "present",
        "security",
        "1.5",
        "0.5",
        "n",
        *[""] * 7,
        "n",
    )
    answers = interview(load_ruleset("SEC000821"), script)
    assert answers["experience"] == [
        {"start": "2020-01", "fields": ["security"], "fraction": 0.5, "management": "unknown"}
    ]
    assert any("no month 13" in line for line in script.said)
    assert any("before the start (2020-01)" in line for line in script.said)
    assert any("between 0 (excluded) and 1" in line for line in script.said)


def test_running_out_of_answers_stops_cleanly():
    with pytest.raises(Stopped):
        interview(load_ruleset("KOS000396"), Script("", "Croatia"))


def test_saving_never_overwrites_without_a_yes(tmp_path):
    target = tmp_path / "me.yaml"
    target.write_text("precious")
    answers = {"name": "Me", "nationalities": ["AT"]}
    _, text = to_profile(answers)
    other = tmp_path / "other.yaml"
    script = Script("y", str(target), "n", str(other))
    assert offer_save(answers, text, script, "SEC000821") == other
    assert target.read_text() == "precious"
    assert "nationalities: [AT]" in other.read_text()
    script = Script("y", str(target), "y")
    offer_save(answers, text, script, "SEC000821")
    assert "name: Me" in target.read_text()
    assert not list(tmp_path.glob("*.tmp"))


def test_the_saved_file_is_a_valid_profile_that_names_its_schema(tmp_path):
    answers = interview(load_ruleset("KOS000396"), Script(*KOS_ANSWERS))
    _, text = to_profile(answers)
    target = tmp_path / "sub" / "marko.yaml"
    target.parent.mkdir()
    offer_save(answers, text, Script("y", str(target)), "KOS000396")
    first = target.read_text().splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    assert (target.parent / first.split("=", 1)[1]).resolve() == (
        ROOT / "eligibility" / "data" / "schemas" / "profile.schema.json"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "eligibility", "check", "KOS000396", str(target), "--json"],
        cwd=ROOT,
        capture_output=True,
    )
    assert proc.returncode == 1


def test_without_a_terminal_it_explains_instead_of_waiting():
    proc = subprocess.run(
        [sys.executable, "-m", "eligibility", "check", "KOS000396"],
        cwd=ROOT,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=30,
    )
    assert proc.returncode == 2
    assert "no PROFILE given" in proc.stderr.decode() and "terminal" in proc.stderr.decode()


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_a_person_at_a_terminal_completes_a_self_check_and_saves(tmp_path):
    import pty

    master, slave = pty.openpty()
    target = tmp_path / "marko.yaml"
    env = dict(os.environ, COLUMNS="120", TERM="xterm")
    proc = subprocess.Popen(
        [sys.executable, "-m", "eligibility", "check", "KOS000396"],
        cwd=ROOT,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
    )
    os.close(slave)
    os.write(master, ("\n".join(KOS_ANSWERS + ["y", str(target)]) + "\n").encode())
    output = b""
    deadline = time.monotonic() + 120  # a command that waits for an answer never given fails, never hangs
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 1)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
        elif proc.poll() is not None:
            break
    else:
        proc.kill()
        raise AssertionError("the command still waits: " + output.decode(errors="replace")[-2000:])
    proc.wait(timeout=30)
    os.close(master)
    text = output.decode(errors="replace")
    assert proc.returncode == 1, text[-2000:]
    assert "Verdict:" in text and "NOT ELIGIBLE" in text
    assert f"Saved to {target}" in text
    assert "nationalities: [ME]" in target.read_text()


OPTIONAL_COUNTRIES = [
    ("", []),
    ("none", []),
    ("None", []),
    ("-", []),
    ("Norway", ["NO"]),
    ("Austria, Norway", ["AT", "NO"]),
]


@pytest.mark.parametrize(("answer", "codes"), OPTIONAL_COUNTRIES, ids=[a or "empty" for a, _ in OPTIONAL_COUNTRIES])
def test_an_optional_country_answer_reads_none_and_names(answer, codes):
    from eligibility.interview import _countries

    assert _countries(False)(answer) == codes


@pytest.mark.parametrize("answer", ["no", "No", "n"])
def test_a_bare_no_to_an_optional_country_question_is_asked_again_not_taken_as_norway(answer):
    from eligibility.interview import _countries

    with pytest.raises(ValueError, match="none or Norway"):
        _countries(False)(answer)


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        ("June 2012", "2012-06"),
        ("Jun. 2012", "2012-06"),
        ("sept 2012", "2012-09"),
        ("14 June 2012", "2012-06-14"),
        ("06/2012", "2012-06"),
        ("2012-06", "2012-06"),
    ],
)
def test_a_date_answer_may_name_its_month(answer, read):
    from eligibility.interview import _date

    assert _date(False)(answer) == read


@pytest.mark.parametrize("answer", ["Juin 2012", "Ju 2012", "31 June 2012", "June"])
def test_a_date_answer_that_is_no_date_is_refused_with_every_form_it_may_take(answer):
    from eligibility.interview import DATE_FORMS, _date

    with pytest.raises(ValueError) as caught:
        _date(False)(answer)
    assert str(caught.value).endswith(f"write {DATE_FORMS}") and "or a year" in str(caught.value)


@pytest.mark.parametrize(
    "answer, level",
    [
        ("Bachelor of Arts", "bachelor"),
        ("BA (Hons)", "bachelor"),
        ("LL.B.", "bachelor"),
        ("university degree", "bachelor"),
        ("Master of Science", "master"),
        ("MBA", "master"),
        ("PhD", "doctorate"),
        ("Police Academy graduate", "police-academy"),
        ("police-academy", "police-academy"),
        ("secondary", "secondary"),
    ],
)
def test_the_degree_level_question_reads_a_degree_s_name_as_import_reads_it(answer, level):
    from eligibility.cv.mapping import degree_from_words
    from eligibility.interview import _level

    assert _level(answer) == level == degree_from_words(answer)[0]


def test_an_answer_naming_no_level_says_it_was_not_understood():
    from eligibility.interview import _level

    with pytest.raises(ValueError, match="'cooking' names no level: choose one of secondary, bachelor"):
        _level("cooking")


def test_fields_of_work_longer_than_the_text_limit_in_all_are_taken_each_within_it():
    from eligibility.profile import TEXT_LIMIT

    long_fields = ", ".join(f"community policing and crime prevention programme {n} " + "x" * 150 for n in range(3))
    assert len(long_fields) > TEXT_LIMIT
    answers = list(KOS_ANSWERS)
    answers[answers.index("police, community policing")] = long_fields
    script = Script(*answers)
    profile, _ = to_profile(interview(load_ruleset("KOS000396"), script))
    assert profile.experience[1].fields == tuple(f.strip() for f in long_fields.split(","))
    assert not script.answers, "no answer was asked again"
