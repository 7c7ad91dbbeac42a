"""A self-check profile that travels: every language, earlier OSCE service, plain answers, names kept, answers kept."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT
from test_interview import KOS_ANSWERS, Script

from eligibility.engine import assess
from eligibility.interview import Answers, Stopped, interview, needs, suggested_path, to_profile
from eligibility.profile import load_profile
from eligibility.rules import load_ruleset


def with_service(answers: list[str], service: list[str]) -> list[str]:
    """The KOS000396 answers with the last ('no earlier OSCE service') replaced."""
    return answers[:-1] + service


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Đorđe Škrbić", "dorde-skrbic.yaml"),
        ("Łukasz Øvergaard", "lukasz-overgaard.yaml"),
        ("Ana Horvat", "ana-horvat.yaml"),
        ("Иван Петров", "иван-петров.yaml"),
        ("", "my-profile.yaml"),
    ],
)
def test_file_names_keep_letters(name, expected):
    assert suggested_path({"name": name}) == expected


def test_languages_beyond_the_posting_are_kept_for_the_next_posting():
    answers = list(KOS_ANSWERS)
    answers[answers.index("C1")] = "fluent"  # English, in plain words
    answers[answers.index("", answers.index("B1") + 1) + 1] = "Serbian native, German good"
    profile, _ = to_profile(interview(load_ruleset("KOS000396"), Script(*answers)))
    assert profile.languages == {"English": "C1", "Albanian": "B1", "Serbian": "native", "German": "B2"}
    # The same profile on another posting does not read as 'lists no Serbian'.
    assert "Serbian" in profile.languages


def test_a_language_answer_that_names_no_language_is_asked_again():
    answers = list(KOS_ANSWERS)
    index = answers.index("", answers.index("B1") + 1) + 1
    answers[index:index] = ["Serbain native"]
    script = Script(*answers)
    interview(load_ruleset("KOS000396"), script)
    assert any("Serbain native" in line and "did you mean 'Serbian'" in line for line in script.said)


def test_earlier_osce_service_with_its_posts_counts():
    service = ["y", "OSCE Secretariat", "Austria", "Security Officer", "n", "2010-03", "2020-02", "n"]
    ruleset = load_ruleset("KOS000396")
    answers = interview(ruleset, Script(*with_service(KOS_ANSWERS, service)))
    assert answers["osce_service"] == [
        {
            "mission": "OSCE Secretariat",
            "country": "AT",
            "post": "Security Officer",
            "start": "2010-03",
            "end": "2020-02",
        }
    ]
    profile, _ = to_profile(answers)
    limit = next(f for f in assess(ruleset, profile).findings if f.criterion.id == "cumulative-osce-service")
    assert limit.outcome.facts["months"] == pytest.approx(120.0)


@pytest.mark.parametrize(
    ("years", "months", "dates", "served"),
    [
        # Years alone are kept alone, read at their longest: a limit is never passed on a guess.
        (["2010", "", "2020", ""], "", ("2010", "2020"), 132.0),
        (["2010", "3", "2020", "February"], "", ("2010-03", "2020-02"), 120.0),
    ],
)
def test_years_of_earlier_service_ask_their_months_and_else_are_kept_alone_and_count_longest(
    years, months, dates, served
):
    service = ["y", "OSCE Secretariat", "Austria", "Security Officer", "n", *years, "n"]
    ruleset = load_ruleset("KOS000396")
    script = Script(*with_service(KOS_ANSWERS, service))
    answers = interview(ruleset, script)
    assert (answers["osce_service"][0]["start"], answers["osce_service"][0]["end"]) == dates
    assert any("Which month of 2010?" in prompt and "January" in prompt for prompt in script.prompts)
    profile, _ = to_profile(answers)
    limit = next(f for f in assess(ruleset, profile).findings if f.criterion.id == "cumulative-osce-service")
    assert limit.outcome.facts["months"] == pytest.approx(served)


def test_a_local_post_is_recorded_as_local():
    service = ["y", "OSCE Mission in Kosovo", "Kosovo", "", "y", "2015-01", "present", "n"]
    answers = interview(load_ruleset("KOS000396"), Script(*with_service(KOS_ANSWERS, service)))
    assert answers["osce_service"][0]["local"] is True and "post" not in answers["osce_service"][0]


@pytest.mark.parametrize(
    ("answer", "month", "completed"),
    [("2017", "", "2017-12"), ("2017", "6", "2017-06"), ("2017", "Jun", "2017-06"), ("06/2017", None, "2017-06")],
)
def test_a_bare_year_asks_its_month_and_else_takes_the_latest(answer, month, completed):
    answers = list(KOS_ANSWERS)
    at = answers.index("2017-06")
    answers[at : at + 1] = [answer] if month is None else [answer, month]
    script = Script(*answers)
    profile, _ = to_profile(interview(load_ruleset("KOS000396"), script))
    assert str(profile.education[0].completed) == completed
    if month == "":
        assert any("Kept as the year 2017 alone: read as December" in line for line in script.said), "it is said"
        assert profile.open_months, "the months are kept open, not assumed"


@pytest.mark.parametrize(
    ("start", "status"),
    [
        # From 2017 to the closing date (Nov 2025): at its least favourable month (December) 7y11m of the 8 years
        # asked, at its most favourable (January) 8y10m. A month not known leaves the minimum open; one given decides.
        (["2017", ""], "unknown"),
        (["2017", "12"], "fail"),
        (["2017", "1"], "pass"),
    ],
)
def test_a_year_whose_month_is_not_known_leaves_open_what_its_months_decide(start, status):
    answers = list(KOS_ANSWERS)
    at = answers.index("2018-01")
    answers[at : at + 1] = start
    profile, _ = to_profile(interview(load_ruleset("KOS000396"), Script(*answers)))
    found = next(f for f in assess(load_ruleset("KOS000396"), profile).findings if f.criterion.id == "experience")
    assert found.status.value == status, found.outcome.reason
    if status == "unknown":
        assert "Open: the months of the start of Police inspector" in found.outcome.reason


@pytest.mark.parametrize(
    ("start", "counted"),
    # 'since 2017' with its month unknown counts from December, the month that counts least; given, from September.
    [(["since 2017", ""], "2017-12"), (["2017", "9"], "2017-09"), (["09/2017"], "2017-09")],
)
def test_a_job_started_in_a_year_asks_the_month_that_can_decide_the_years(start, counted):
    answers = list(KOS_ANSWERS)
    at = answers.index("2018-01")
    answers[at : at + 1] = start
    profile, _ = to_profile(interview(load_ruleset("KOS000396"), Script(*answers)))
    assert str(profile.experience[0].start) == counted


def test_unsure_answers_are_saved_as_unknown_never_as_no():
    answers = list(KOS_ANSWERS)
    answers[answers.index("Montenegro") + 1] = "I don't know"  # permanent residence
    first_job_management = answers.index("1", answers.index("2018-01")) + 1
    answers[first_job_management] = "?"
    script = Script(*answers)
    found = interview(load_ruleset("KOS000396"), script)
    assert found["permanent_residence"] == "unknown"
    assert found["experience"][0]["management"] == "unknown"
    profile, _ = to_profile(found)
    assert profile.permanent_residence is None and profile.experience[0].management is None


def test_the_job_prompt_names_the_fields_of_experience():
    ruleset = load_ruleset("SEC000821")
    assert "security studies" not in needs(ruleset)["fields"]  # a degree field, not experience
    script = Script("", "Austria", "", "n", "n", *[""] * 7, "n")
    interview(ruleset, script)
    line = next(text for text in script.said if "one job at a time" in text)
    assert "experience in: project management, security" in line


class Interrupting(Script):
    """Ctrl-C at the n-th question."""

    def __init__(self, at: int, *answers: str) -> None:
        super().__init__(*answers)
        self.at = at

    def ask(self, prompt: str) -> str:
        if len(self.prompts) == self.at:
            self.at = -1
            self.prompts.append(prompt)
            raise KeyboardInterrupt
        return super().ask(prompt)


def test_answers_are_kept_on_interrupt_and_the_interview_resumes():
    ruleset = load_ruleset("KOS000396")
    at = 3  # after name, nationalities and residence
    script = Interrupting(at, *KOS_ANSWERS[:at])
    answers = Answers()
    with pytest.raises(KeyboardInterrupt):
        interview(ruleset, script, answers)
    assert answers["nationalities"] == ["ME"] and answers.done == {"name", "nationalities", "residence"}
    resumed = Script(*KOS_ANSWERS[at:])
    interview(ruleset, resumed, answers)
    assert not resumed.answers and "Your nationalities" not in " ".join(resumed.prompts)
    profile, _ = to_profile(answers)
    assert assess(ruleset, profile).verdict.value == "not-eligible"


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize("key", ["\x03", "\x04"], ids=["ctrl-c", "ctrl-d (end of input)"])
def test_ctrl_c_or_ctrl_d_at_a_terminal_offers_to_save_the_answers_so_far(tmp_path, key):
    import fcntl
    import pty
    import termios

    master, slave = pty.openpty()

    def own_terminal():  # Ctrl-C is a signal only on the controlling terminal
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)
        # As at a terminal, whatever the runner of the tests was started with (a shell's background job ignores it).
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    proc = subprocess.Popen(
        [sys.executable, "-m", "eligibility", "check", "KOS000396"],
        cwd=ROOT,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=dict(os.environ, COLUMNS="120", TERM="xterm"),
        preexec_fn=own_terminal,
    )
    os.close(slave)
    seen = b""

    def until(text: str) -> None:
        nonlocal seen
        deadline = time.monotonic() + 120  # generous: a loaded machine starts Python slowly
        while text.encode() not in seen and time.monotonic() < deadline:
            if select.select([master], [], [], 0.5)[0]:
                try:
                    seen += os.read(master, 65536)
                except OSError:
                    break
        assert text.encode() in seen, seen.decode(errors="replace")[-2000:]

    def waiting_for_input() -> None:
        """Until the command sleeps in its read: a prompt on the screen may still be finishing its write."""
        stat = Path(f"/proc/{proc.pid}/stat")
        if not stat.exists():
            time.sleep(0.5)
            return
        deadline = time.monotonic() + 30
        asleep = 0
        while asleep < 3 and time.monotonic() < deadline:
            asleep = asleep + 1 if stat.read_text().rsplit(")", 1)[1].split()[0] == "S" else 0
            time.sleep(0.05)

    target = tmp_path / "partial.yaml"
    for wait, answer in (
        ("Your name", "Marko"),
        ("Your nationalities", "Montenegro"),
        ("permanent residence", key),
        ("Resume (r)", "s"),
        ("File to save to", str(target)),
    ):
        until(wait)
        if answer == key:
            waiting_for_input()
        os.write(master, answer.encode() + (b"" if answer == key else b"\n"))
    until("interrupted:")
    proc.wait(timeout=120)
    os.close(master)
    text = seen.decode(errors="replace")
    assert proc.returncode == 130, text[-2000:]
    assert "The answers to 2 groups of questions are kept." in text
    assert f"interrupted: the answers so far are saved in {target}" in text
    saved = target.read_text("utf-8")
    assert "nationalities: [ME]" in saved
    # The questions never reached are saved as not stated, so that no check reads them as "none".
    assert "permanent_residence: unknown" in saved and "osce_service: unknown" in saved
    statuses = {
        f.criterion.id: f.status.value for f in assess(load_ruleset("KOS000396"), load_profile(str(target))).findings
    }
    assert statuses["not-duty-station-resident"] == "unknown"
    assert statuses["maximum-service"] == statuses["cumulative-osce-service"] == "unknown"


def test_questions_not_reached_are_saved_as_not_stated_never_as_none():
    ruleset = load_ruleset("KOS000396")
    at = KOS_ANSWERS.index("y")  # Ctrl-C at the first degree question: name, nationalities, residence answered
    answers = Answers()
    with pytest.raises(KeyboardInterrupt):
        interview(ruleset, Interrupting(at, *KOS_ANSWERS[:at]), answers)
    profile, text = to_profile(answers)
    assert "osce_service: unknown" in text and "permanent_residence: []" in text
    assert (
        profile.osce_service is None
        and profile.permanent_residence == ()
        and profile.education is None
        and profile.experience is None
    )
    statuses = {f.criterion.id: f.status.value for f in assess(ruleset, profile).findings}
    assert statuses["maximum-service"] == statuses["cumulative-osce-service"] == "unknown"
    assert statuses["not-duty-station-resident"] == "pass"  # answered: none
    assert "pass" not in {statuses[c] for c in ("degree", "experience", "english", "driving-licence")}


def test_a_finished_self_check_states_residence_and_earlier_service():
    answers = interview(load_ruleset("KOS000396"), Script(*KOS_ANSWERS))
    profile, text = to_profile(answers)
    assert "unknown" not in text
    assert profile.permanent_residence == () and profile.osce_service == ()


def test_a_profile_saved_for_one_posting_leaves_open_what_it_did_not_ask_for_the_next():
    # SEC000821 asks about neither management nor a driving licence; residence is asked for every posting.
    script = Script(
        "Ana", "Croatia", "", "y", "bachelor", "Security Studies", "2019", "", "n",
        "y", "Security analyst", "Ministry of Interior", "2012-02", "present", "security", "1", "n",
        *[""] * 6, "", "n",
    )  # fmt: skip
    answers = interview(load_ruleset("SEC000821"), script)
    assert "permanent residence" in " ".join(script.prompts) and "manage" not in " ".join(script.prompts)
    profile, text = to_profile(answers)
    assert "management: unknown" in text and profile.experience[0].management is None
    findings = {f.criterion.id: f for f in assess(load_ruleset("KOS000396"), profile).findings}
    # Neither counted as "managed no one" nor as "managed": unknown, with nothing failed on a question not asked.
    assert findings["management-years"].status.value == "unknown", findings["management-years"].outcome.reason
    assert findings["not-duty-station-resident"].status.value == "pass"  # asked, answered none
    assert findings["driving-licence"].status.value == "unknown"


def test_an_earlier_assignment_needs_a_country_unless_its_name_gives_one():
    unplaced = ["y", "OSCE", "", "Kosovo", "", "n", "2012-01", "2019-12", "n"]
    script = Script(*with_service(KOS_ANSWERS, unplaced))
    answers = interview(load_ruleset("KOS000396"), script)
    assert answers["osce_service"][0]["country"] == "XK"
    assert any("name at least one country" in line for line in script.said), "an empty country is asked again"
    named = ["y", "OSCE Mission to Kosovo", "", "", "n", "2012-01", "2019-12", "n"]
    script = Script(*with_service(KOS_ANSWERS, named))
    answers = interview(load_ruleset("KOS000396"), script)
    assert "  Its country [Kosovo]: " in script.prompts
    assert answers["osce_service"][0]["country"] == "XK"
    profile, _ = to_profile(answers)
    limit = next(f for f in assess(load_ruleset("KOS000396"), profile).findings if f.criterion.id == "maximum-service")
    assert limit.status.value == "fail"


def test_unsure_of_manual_transmission_leaves_the_licence_open():
    answers = list(KOS_ANSWERS)
    assert answers[-3:] == ["y", "y", "n"]  # licence, manual, no earlier OSCE service
    answers[-2] = "not sure"
    found = interview(load_ruleset("KOS000396"), Script(*answers))
    assert found["driving_licence"] == {"valid": True}
    profile, _ = to_profile(found)
    ruleset = load_ruleset("KOS000396")
    licence = next(f for f in assess(ruleset, profile).findings if f.criterion.kind == "driving-licence")
    assert licence.status.value == "unknown"


@pytest.mark.parametrize(("answer", "level"), [("fluent", "C1"), ("B2+", "B2"), ("good", "B2")])
def test_a_level_in_words_is_said_back_as_the_level_it_counts_for(answer, level):
    answers = list(KOS_ANSWERS)
    answers[answers.index("C1")] = answer  # English
    script = Script(*answers)
    profile, text = to_profile(interview(load_ruleset("KOS000396"), script))
    assert profile.languages["English"] == level and f"English: {level}" in text
    assert any(f"'{answer}' is taken as {level}" in line for line in script.said)


def test_answers_without_a_name_are_called_your_answers():
    profile, _ = to_profile({"nationalities": ["AT"]})
    assert profile.display_name == "your answers"


def test_a_closed_posting_is_said_before_the_first_question():
    class Ordered(Script):
        def __init__(self, *answers: str) -> None:
            super().__init__(*answers)
            self.events: list[str] = []

        def say(self, text: str) -> None:
            self.events.append(text)
            super().say(text)

        def ask(self, prompt: str) -> str:
            self.events.append(prompt)
            return super().ask(prompt)

    script = Ordered(*KOS_ANSWERS)
    interview(load_ruleset("KOS000396"), script)  # closed on 11 Nov 2025
    first_question = script.events.index(script.prompts[0])
    assert any("closed on 11 Nov 2025" in event for event in script.events[:first_question])
    open_posting = Ordered("Ana")  # a posting with no closing date: nothing said of closing
    with pytest.raises(Stopped):
        interview(load_ruleset("jpo-2020"), open_posting)
    assert len(open_posting.events) > 2 and not any("closed on" in event for event in open_posting.events)


@pytest.mark.parametrize(
    ("mission", "country", "code"),
    [
        ("OMiK", "Kosovo", "XK"),
        ("OSCE OMiK", "Kosovo", "XK"),
        ("ODIHR", "Poland", "PL"),
        ("OSCE/ODIHR", "Poland", "PL"),
        ("BDIMR", "Poland", "PL"),
        ("HCNM", "Netherlands", "NL"),
        ("RFoM", "Austria", "AT"),
        ("OSCE Representative on Freedom of the Media", "Austria", "AT"),
    ],
)
def test_an_office_named_by_its_acronym_offers_its_duty_station_s_country(mission, country, code):
    service = ["y", mission, "", "", "n", "2012-01", "2019-12", "n"]
    script = Script(*with_service(KOS_ANSWERS, service))
    answers = interview(load_ruleset("KOS000396"), script)
    assert any(p.startswith("  Its country [") and country in p for p in script.prompts), script.prompts
    assert answers["osce_service"][0]["country"] == code


def test_the_office_that_issued_the_posting_offers_the_rule_set_s_duty_station_country():
    from dataclasses import replace

    ruleset = load_ruleset("KOS000396")
    office = "OSCE Office of the Co-ordinator of Economic and Environmental Activities"  # one the data does not place
    moved = replace(ruleset, posting=replace(ruleset.posting, issued_by=office, country="AT", duty_station="Vienna"))
    service = [
        "y",
        "Office of the Co-ordinator of Economic and Environmental Activities",
        "",
        "",
        "n",
        "2012-01",
        "2019-12",
        "n",
    ]
    script = Script(*with_service(KOS_ANSWERS, service))
    answers = interview(moved, script)
    assert "  Its country [Austria]: " in script.prompts
    assert answers["osce_service"][0]["country"] == "AT"


@pytest.mark.parametrize(
    ("mission", "codes"),
    [
        ("Office of the Co-ordinator of OSCE Economic and Environmental Activities", set()),  # 'the Co' is no CO
        ("Mission in the Republic of Moldova", {"MD"}),
        ("OSCE Project Co-ordinator in Ukraine", {"UA"}),
        ("Representative on Freedom of the Media", {"AT"}),
    ],
)
def test_the_countries_a_mission_s_name_points_to(mission, codes):
    from eligibility.missions import countries_named

    assert countries_named(mission) == codes
