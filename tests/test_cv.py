"""CVs as profiles: each CV gives, through `check`, what the hand-written profile of the same person gives."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "cv"


def run(*args: str, stdin: bytes | None = None, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "eligibility", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env={"COLUMNS": "160", "PATH": "/usr/bin:/bin"},
    )


def checked(posting: str, profile: str) -> dict:
    done = run("check", posting, str(profile), "--json")
    assert done.returncode != 2, done.stderr.decode()
    return json.loads(done.stdout)


def europass_pdf(xml: bytes, name: str = "attachment.xml") -> bytes:
    """A one-page PDF with the Europass XML attached, as the Europass editor makes them."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if xml:
        writer.add_attachment(name, xml)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def mira_pdf(tmp_path):
    path = tmp_path / "mira-kovac-cv.pdf"
    path.write_bytes(europass_pdf((FIXTURES / "mira-kovac.europass.xml").read_bytes()))
    return path


SAME_PERSON = [
    ("mira-kovac.europass.xml", "mira-kovac.yaml", "SEC000821", "eligible"),
    ("mira-kovac.europass.xml", "mira-kovac.yaml", "KOS000396", "not-eligible"),
    ("tomas-ferreira.europass-v3.xml", "tomas-ferreira.yaml", "bishkek-deputy-head-of-mission", "needs-review"),
    ("tomas-ferreira.europass-v3.xml", "tomas-ferreira.yaml", "SEC000821", "needs-review"),
    ("jonas-berg.resume.json", "jonas-berg.yaml", "SEC000821", "needs-review"),
]


@pytest.mark.parametrize("cv,profile,posting,verdict", SAME_PERSON)
def test_a_cv_gives_the_verdict_of_the_hand_written_profile_of_the_same_person(cv, profile, posting, verdict):
    from_cv = checked(posting, FIXTURES / cv)
    by_hand = checked(posting, FIXTURES / profile)
    assert from_cv["verdict"] == by_hand["verdict"] == verdict
    assert from_cv["score"] == by_hand["score"]
    assert [(c["id"], c["status"]) for c in from_cv["criteria"]] == [
        (c["id"], c["status"]) for c in by_hand["criteria"]
    ]


def test_a_europass_pdf_with_the_xml_attached_gives_the_verdict_of_the_profile(mira_pdf):
    from_pdf = checked("SEC000821", mira_pdf)
    by_hand = checked("SEC000821", FIXTURES / "mira-kovac.yaml")
    assert from_pdf["verdict"] == by_hand["verdict"] == "eligible"
    assert [(c["id"], c["status"]) for c in from_pdf["criteria"]] == [
        (c["id"], c["status"]) for c in by_hand["criteria"]
    ]
    assert run("check", "SEC000821", str(mira_pdf)).returncode == 0


def test_formats_are_told_apart_by_content_not_by_name(tmp_path):
    for source in ("mira-kovac.europass.xml", "tomas-ferreira.europass-v3.xml", "jonas-berg.resume.json"):
        renamed = tmp_path / (source.split(".")[0] + ".txt")
        shutil.copy(FIXTURES / source, renamed)
        assert checked("SEC000821", renamed)["verdict"] == checked("SEC000821", FIXTURES / source)["verdict"]


def test_a_cv_can_come_on_standard_input():
    data = (FIXTURES / "mira-kovac.europass.xml").read_bytes()
    done = run("check", "SEC000821", "-", "--json", stdin=data)
    assert json.loads(done.stdout)["verdict"] == "eligible"


def test_a_json_resume_location_is_not_a_nationality():
    result = checked("SEC000821", FIXTURES / "jonas-berg.resume.json")
    states = next(c for c in result["criteria"] if c["id"] == "participating-states")
    assert states["status"] == "unknown"
    assert result["verdict"] == "needs-review"


def test_a_job_without_a_management_flag_is_unknown_not_non_management():
    """A CV never says a job was not management: the management criterion is unknown, not failed."""
    result = checked("bishkek-deputy-head-of-mission", FIXTURES / "tomas-ferreira.europass-v3.xml")
    management = next(c for c in result["criteria"] if c["id"] == "management-years")
    assert management["status"] == "unknown"
    assert "Head of the policy planning unit" in management["reason"]


def test_management_unknown_differs_from_management_false(tmp_path):
    """The same profile with `management` left at its default (false) fails where `unknown` stays open."""
    text = (FIXTURES / "tomas-ferreira.yaml").read_text("utf-8").replace(", management: unknown", "")
    stated_false = tmp_path / "tomas-no-management.yaml"
    stated_false.write_text(text, "utf-8")
    result = checked("bishkek-deputy-head-of-mission", stated_false)
    assert next(c for c in result["criteria"] if c["id"] == "management-years")["status"] == "fail"
    assert result["verdict"] == "not-eligible"


def test_screen_takes_a_folder_of_cvs(tmp_path, mira_pdf):
    for source in ("mira-kovac.europass.xml", "tomas-ferreira.europass-v3.xml", "jonas-berg.resume.json"):
        shutil.copy(FIXTURES / source, tmp_path / source)
    (tmp_path / "broken.xml").write_text("<Candidate><CandidatePerson></Candidate>", "utf-8")
    done = run("screen", "SEC000821", str(tmp_path), "--format", "jsonl")
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    by_name = {r["candidate"].get("name") or r["candidate"]["file"]: r for r in rows}
    assert by_name["Mira Kovač"]["verdict"] == "eligible"  # the PDF and the XML
    assert sum(1 for r in rows if r["candidate"].get("name") == "Mira Kovač") == 2
    assert by_name["Tomás Ferreira"]["verdict"] == "needs-review"
    assert by_name["Jonas Berg"]["verdict"] == "needs-review"
    broken = [r for r in rows if r.get("error")]
    assert len(broken) == 1 and "broken.xml" in broken[0]["error"] and "CandidatePerson" in broken[0]["error"]
    assert done.returncode == 2


def test_match_and_validate_accept_a_cv(mira_pdf):
    done = run("match", str(FIXTURES / "mira-kovac.europass.xml"), "SEC000821", "--json")
    assert json.loads(done.stdout)["matches"][0]["verdict"] == "eligible"
    done = run("validate", str(FIXTURES / "tomas-ferreira.europass-v3.xml"), str(mira_pdf))
    assert done.returncode == 0
    assert "valid profile of Tomás Ferreira from a Europass CV, v3 format" in done.stdout.decode()


# --- import ---------------------------------------------------------------------


@pytest.mark.parametrize("cv", ["mira-kovac.europass.xml", "tomas-ferreira.europass-v3.xml", "jonas-berg.resume.json"])
def test_import_writes_a_profile_that_validate_accepts_and_that_lists_what_the_cv_leaves_open(cv, tmp_path):
    target = tmp_path / "imported.yaml"
    done = run("import", str(FIXTURES / cv), "-o", str(target))
    assert done.returncode == 0, done.stderr.decode()
    text = target.read_text("utf-8")
    assert "# What the CV does not say" in text
    assert "did you manage people or a unit?" in text
    assert "permanent residence" in text
    assert "management: unknown  # the CV does not say" in text
    assert "permanent_residence: unknown  # the CV does not say" in text  # never read as "none"
    assert run("validate", str(target)).returncode == 0
    resident = {c["id"]: c["status"] for c in checked("bishkek-deputy-head-of-mission", target)["criteria"]}
    assert resident["not-duty-station-resident"] == "unknown"
    hand = cv.split(".")[0] + ".yaml"
    for posting in ("SEC000821", "bishkek-deputy-head-of-mission"):
        assert checked(posting, target)["verdict"] == checked(posting, FIXTURES / hand)["verdict"]


def test_import_comments_every_inferred_value():
    text = run("import", str(FIXTURES / "mira-kovac.europass.xml")).stdout.decode()
    assert "level: master  # EQF level 7 = second-level university degree" in text
    assert "field: Security Studies  # from the name 'Master of Arts in Security Studies'" in text
    assert "English: C1  # C1: the lowest of the 5 self-assessed skills, spoken interaction" in text
    assert "German: B1  # B1: the lowest of the 5 self-assessed skills, spoken interaction" in text
    assert "Slovenian: native  # mother tongue" in text
    assert "nationalities: [SI]\n" in text  # stated, not inferred: no comment


def test_import_never_overwrites_without_force(tmp_path):
    target = tmp_path / "mine.yaml"
    target.write_text("name: kept\n", "utf-8")
    done = run("import", str(FIXTURES / "jonas-berg.resume.json"), "-o", str(target))
    assert done.returncode == 2 and "use --force" in done.stderr.decode()
    assert target.read_text("utf-8") == "name: kept\n"
    assert run("import", str(FIXTURES / "jonas-berg.resume.json"), "-o", str(target), "--force").returncode == 0
    assert "Jonas Berg" in target.read_text("utf-8")


def test_import_of_a_profile_says_it_needs_none():
    done = run("import", str(FIXTURES / "mira-kovac.yaml"))
    assert done.returncode == 2
    assert done.stderr.decode().endswith(
        "mira-kovac.yaml: is a profile, not a CV; a profile needs no import: use it "
        "as it is (`eligibility check POSTING FILE`)\n"
    )


NOTHING_HELD = (
    "cv.json: a JSON Resume with nothing a profile holds (expected basics.name, work, volunteer, education or "
    "languages)"
)

# What `import` refuses, each with one line naming the file and what it expected: never an empty profile.
NOTHING_TO_IMPORT = {
    "an object with none of a CV's keys": (
        {"title": "My CV", "skills_list": ["driving"]},
        "cv.json: not a CV: expected a JSON Resume (JSON with basics, work, volunteer, education or languages) or a "
        "Europass CV (XML whose root is Candidate, or SkillsPassport with LearnerInfo; or the Europass PDF with that "
        "XML attached)",
    ),
    "a list": ([{"basics": {"name": "Ana"}}], "cv.json: not a CV: expected a JSON Resume"),
    **{
        name: (data, NOTHING_HELD)
        for name, data in {
            "a JSON Resume with only its meta": {"meta": {"version": "v1.0.0"}, "interests": [{"name": "chess"}]},
            "a JSON Resume whose sections are empty": {"basics": {}, "work": [], "languages": []},
            "a JSON Resume whose basics hold nothing a profile holds": {
                "basics": {"label": "Engineer", "email": "a@example.org", "url": "https://example.org"}
            },
            "a JSON Resume whose languages name none": {"languages": [{"fluency": "Native"}]},
        }.items()
    },
}


@pytest.mark.parametrize("case", NOTHING_TO_IMPORT, ids=str)
def test_import_refuses_a_file_with_nothing_to_import(case, tmp_path):
    data, said = NOTHING_TO_IMPORT[case]
    (tmp_path / "cv.json").write_text(json.dumps(data))
    done = run("import", "cv.json", "-o", "me.yaml", cwd=tmp_path)
    err = done.stderr.decode()
    assert done.returncode == 2 and err.startswith(f"eligibility: error: {said}") and len(err.splitlines()) == 1
    assert not (tmp_path / "me.yaml").exists() and not done.stdout


# What every command that reads a profile refuses as it: a file that states nothing a profile holds, which would
# read as a candidate who stated nothing (every criterion unknown, without a word on why).
STATES_NOTHING = {
    **{
        name: ("cv.json", json.dumps(data), said)
        for name, (data, said) in NOTHING_TO_IMPORT.items()
        if said == NOTHING_HELD
    },
    "an empty object in JSON": (
        "cv.json",
        "{}",
        "cv.json:1: the profile states nothing (expected at least one of name",
    ),
    "an empty Europass CV": (
        "cv.xml",
        '<?xml version="1.0"?>\n<Candidate xmlns="http://www.europass.eu/1.0"></Candidate>\n',
        "cv.xml:2: <Candidate>: a Europass CV with nothing a profile holds (expected a name, date of birth",
    ),
    "an empty Europass CV of the earlier format": (
        "cv.xml",
        '<?xml version="1.0"?>\n<SkillsPassport><LearnerInfo/></SkillsPassport>\n',
        "cv.xml:2: <SkillsPassport>: a Europass CV with nothing a profile holds",
    ),
}


@pytest.mark.parametrize("case", STATES_NOTHING, ids=str)
def test_a_cv_that_states_nothing_is_bad_input_wherever_a_profile_is_read(case, tmp_path):
    name, text, said = STATES_NOTHING[case]
    (tmp_path / name).write_text(text)
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / name).write_text(text)
    shutil.copy(FIXTURES / "jonas-berg.resume.json", tmp_path / "folder")
    for command in (["check", "SEC000821", name], ["match", name, "SEC000821"], ["validate", name]):
        done = run(*command, cwd=tmp_path)
        err = done.stderr.decode()
        assert done.returncode == 2 and len(err.splitlines()) == 1 and said in err, (command, err)
    done = run("screen", "SEC000821", "folder", "-f", "csv", cwd=tmp_path)
    rows = done.stdout.decode()
    assert done.returncode == 2 and said.replace(name, f"folder/{name}") in rows and "Jonas Berg" in rows


def test_a_sparse_cv_is_read_with_what_it_leaves_open(tmp_path):
    (tmp_path / "cv.json").write_text(json.dumps({"basics": {"name": "Ana Horvat"}}))
    result = checked("SEC000821", tmp_path / "cv.json")
    assert result["verdict"] == "needs-review" and result["candidate"]["name"] == "Ana Horvat"


def test_the_open_questions_are_answered_with_the_self_checks_parsers():
    from eligibility import cv
    from eligibility.cv.questions import answer

    draft = cv.read_bytes((FIXTURES / "jonas-berg.resume.json").read_bytes(), "jonas.json")

    class Script:
        def __init__(self, answers):
            self.answers = list(answers)
            self.said = []

        def say(self, text):
            self.said.append(text)

        def ask(self, prompt):
            return self.answers.pop(0)

    # management (y), fields; the month of the Trainee's start year, management (n), fields (none); the degree's
    # completion is known; nationalities, residence
    asker = Script(["y", "security, risk management", "9", "n", "", "Norwya", "Norway", ""])
    answer(draft, asker)
    profile = cv.to_profile(draft)
    assert str(profile.experience[1].start) == "2016-09" and profile.favourable is None
    assert profile.nationalities == ("NO",)
    assert profile.permanent_residence == ()
    assert profile.experience[0].management is True and profile.experience[0].fields == ("security", "risk management")
    assert profile.experience[1].management is False and profile.experience[1].fields is None
    assert any("did you mean 'Norway'" in said for said in asker.said)


# --- earlier OSCE service -------------------------------------------------------


def _with_osce_job(tmp_path):
    data = json.loads((FIXTURES / "jonas-berg.resume.json").read_text("utf-8"))
    data["work"].append(
        {"name": "OSCE Mission in Kosovo", "position": "Security officer", "startDate": "2010-01", "endDate": "2015-12"}
    )
    source = tmp_path / "osce.resume.json"
    source.write_text(json.dumps(data), "utf-8")
    return source


def test_a_cv_without_osce_work_states_no_earlier_service_and_one_with_it_leaves_it_unknown(tmp_path):
    none, some = tmp_path / "none.yaml", tmp_path / "some.yaml"
    assert run("import", str(FIXTURES / "jonas-berg.resume.json"), "-o", str(none)).returncode == 0
    assert run("import", str(_with_osce_job(tmp_path)), "-o", str(some)).returncode == 0
    assert "osce_service: []  # the CV lists no work for the OSCE" in none.read_text("utf-8")
    text = some.read_text("utf-8")
    assert "osce_service: unknown  # the CV lists work that is or may be for the OSCE" in text
    assert "#   - earlier OSCE service (Security officer at OSCE Mission in Kosovo)" in text
    limits = {
        path.name: {
            c["id"]: c["status"] for c in checked("KOS000396", path)["criteria"] if c["kind"] == "service-limit"
        }
        for path in (none, some)
    }
    assert limits["none.yaml"] and set(limits["none.yaml"].values()) == {"pass"}
    assert set(limits["some.yaml"].values()) == {"unknown"}  # never a free pass on service the CV shows


# What a CV's jobs say of earlier OSCE service: a CV that lists jobs lists a working life, so none for the OSCE is
# none; a CV that lists no job says nothing of it, and a service limit stays unknown until it is answered.
EARLIER_SERVICE = {
    "jobs none of which is for the OSCE": (
        [{"name": "Acme Logistics", "position": "Clerk", "startDate": "2015-01"}],
        "osce_service: []  # the CV lists no work for the OSCE",
        "pass",
    ),
    "volunteer work only, not for the OSCE": (
        "volunteer",
        "osce_service: []  # the CV lists no work for the OSCE",
        "pass",
    ),
    "no job at all": (
        [],
        "#   - earlier OSCE service (the CV lists no job)",
        "unknown",
    ),
}


@pytest.mark.parametrize("case", EARLIER_SERVICE, ids=str)
def test_earlier_osce_service_is_none_only_where_the_cv_lists_jobs(case, tmp_path):
    work, said, status = EARLIER_SERVICE[case]
    resume: dict = {"basics": {"name": "Ana Horvat"}, "education": [{"studyType": "Master of Laws", "endDate": "2012"}]}
    if work == "volunteer":
        resume["volunteer"] = [{"organization": "Red Cross", "position": "Helper", "startDate": "2014-01"}]
    else:
        resume["work"] = work
    (tmp_path / "cv.json").write_text(json.dumps(resume))
    done = run("import", "cv.json", "-o", "me.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    text = (tmp_path / "me.yaml").read_text("utf-8")
    assert said in text and ("osce_service:" in text) == (status == "pass")
    for source in ("cv.json", "me.yaml"):
        limits = {
            c["status"] for c in checked("KOS000396", tmp_path / source)["criteria"] if c["kind"] == "service-limit"
        }
        assert limits == {status}, source


def test_earlier_osce_service_of_a_cv_without_jobs_is_asked_with_no_as_the_default():
    from eligibility import cv
    from eligibility.cv.questions import answer

    draft = cv.read_bytes(json.dumps({"basics": {"name": "Ana"}}).encode(), "cv.json")
    answers = ["Norway", "", ""]  # nationalities, residence (none), earlier service (the default)
    prompts = []

    class Script:
        def say(self, text):
            pass

        def ask(self, prompt):
            prompts.append(prompt)
            return answers.pop(0)

    answer(draft, Script())
    assert prompts[-1] == "Have you worked for the OSCE before (any post)? (y/n) [n]: "
    assert cv.to_profile(draft).osce_service == ()


def test_earlier_osce_service_is_asked_with_the_self_checks_questions(tmp_path):
    from eligibility import cv
    from eligibility.cv.questions import answer

    draft = cv.read_bytes(_with_osce_job(tmp_path).read_bytes(), "osce.json")
    said = []
    # three jobs (management, fields; the second's start month first, unsure), nationalities, residence, then the
    # service: worked for the OSCE, mission, its country (offered from the name), post, local, start, end, another
    answers = ["n", "", "", "n", "", "y", "", "Norway", "", "y", "OSCE Mission in Kosovo", "", "", "n", "2010-01"]
    answers += ["2015-12", "n"]

    class Script:
        def say(self, text):
            said.append(text)

        def ask(self, prompt):
            said.append(prompt)
            return answers.pop(0)

    answer(draft, Script())
    profile = cv.to_profile(draft)
    assert [(s.country, s.start.year, s.end.year, s.local) for s in profile.osce_service] == [("XK", 2010, 2015, False)]


def test_a_pdf_cv_screened_is_named_by_its_path(mira_pdf):
    ran = run("screen", "SEC000821", str(mira_pdf), "-f", "jsonl")
    row = json.loads(ran.stdout.splitlines()[0])
    assert row["candidate"]["file"] == str(mira_pdf)


@pytest.mark.parametrize(
    "employer",
    [
        "OSZE-Mission im Kosovo",
        "Misija OESS-a na Kosovu",
        "Misija OEBS na Kosovu",
        "Misioni i OSBE-së në Kosovë",
        "OMiK",
        "Organizace pro bezpečnost a spolupráci v Evropě",
        "Organizacja Bezpieczeństwa i Współpracy w Europie",
    ],
)
def test_the_osce_under_a_name_in_the_language_of_a_field_operation_is_earlier_service(employer):
    from eligibility.missions import osce_named

    assert osce_named(employer) is True
    assert osce_named("Co-operation Bank Ltd") is None  # a hyphen joined is still read as one word


def test_a_job_whose_employer_the_cv_does_not_state_never_makes_a_service_limit_pass(tmp_path):
    data = json.loads((FIXTURES / "jonas-berg.resume.json").read_text("utf-8"))
    data["work"].append({"position": "Security officer", "startDate": "2010-01", "endDate": "2015-12"})
    source, imported = tmp_path / "unplaced.resume.json", tmp_path / "unplaced.yaml"
    source.write_text(json.dumps(data), "utf-8")
    assert run("import", str(source), "-o", str(imported)).returncode == 0
    assert "osce_service: unknown" in imported.read_text("utf-8")
    limits = [c["status"] for c in checked("KOS000396", source)["criteria"] if c["kind"] == "service-limit"]
    assert limits and set(limits) == {"unknown"}


@pytest.mark.parametrize("name", ["Master Class Certificate", "Certified Scrum Master", "Master Mariner"])
def test_a_certificate_or_title_with_a_degree_word_is_asked_never_a_held_degree(tmp_path, name):
    data = json.loads((FIXTURES / "jonas-berg.resume.json").read_text("utf-8"))
    data["education"] = [{"institution": "Academy", "studyType": name, "area": "Risk Management", "endDate": "2021-06"}]
    source = tmp_path / "cert.resume.json"
    source.write_text(json.dumps(data), "utf-8")
    degrees = [c["status"] for c in checked("SEC000821", source)["criteria"] if c["id"] == "degree"]
    assert degrees and "pass" not in degrees
    imported = run("import", str(source)).stdout.decode()
    assert "level: unknown" in imported and f"{name}: is it a degree" in imported


@pytest.mark.parametrize(
    "name,code,levels",
    [
        ("Police Academy diploma", "5", ["police-academy"]),
        ("Police Academy diploma", "4", ["police-academy"]),
        ("Bachelor of Police Studies, Police Academy", "6", ["police-academy", "bachelor"]),
    ],
)
def test_a_police_academy_stays_one_whatever_its_level_code(tmp_path, name, code, levels):
    text = (FIXTURES / "mira-kovac.europass.xml").read_text("utf-8")
    text = text.replace("Bachelor of Political Science", name).replace(
        "<EducationLevelCode>6</EducationLevelCode>", f"<EducationLevelCode>{code}</EducationLevelCode>"
    )
    source, imported = tmp_path / "academy.europass.xml", tmp_path / "academy.yaml"
    source.write_text(text, "utf-8")
    assert run("import", str(source), "-o", str(imported)).returncode == 0
    from eligibility.profile import load_profile

    held = [d.level for d in load_profile(str(imported)).education]
    assert held == ["master", *levels]


@pytest.mark.parametrize("source", ["jonas-berg.resume.json", "mira-kovac.europass.xml"])
def test_import_reads_a_cv_from_standard_input_as_from_its_file(source):
    path = FIXTURES / source
    piped = run("import", "-", stdin=path.read_bytes())
    given = run("import", str(path))
    assert piped.returncode == given.returncode == 0, piped.stderr
    assert piped.stdout.decode().replace("<stdin>", "F") == given.stdout.decode().replace(str(path), "F")


def test_import_of_empty_standard_input_says_what_to_give():
    done = run("import", "-", stdin=b"")
    assert done.returncode == 2
    assert done.stderr.decode() == (
        "eligibility: error: <stdin>: standard input is empty: pipe a CV into it (eligibility import - < cv.json)\n"
    )
