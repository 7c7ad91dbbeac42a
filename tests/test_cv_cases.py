"""CVs written as data (tests/cases/cv.yaml): each imported and checked; what the CV does not say is unknown."""

from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
import yaml
from conftest import ROOT
from test_cv import checked, run

CASES = yaml.safe_load((ROOT / "tests" / "cases" / "cv.yaml").read_text("utf-8"))
RULES = ROOT / "tests" / "fixtures" / "cv" / "rules" / "legal-officer.yaml"
"""The rule set the cases are checked against, unless a case names another in the same folder (`rules`)."""

BASE_RESUME: dict = {
    "basics": {"name": "Lena Brandt"},
    "work": [
        {"name": "Ministry of Justice", "position": "Legal Officer", "startDate": "2014-01", "endDate": "2025-12"}
    ],
    "education": [{"studyType": "Master of Laws", "area": "Law", "endDate": "2012-06"}],
    "languages": [{"language": "German", "fluency": "C1"}, {"language": "English", "fluency": "Native speaker"}],
}
BASE_EUROPASS: dict = {
    "nationality": "AT",
    "tongues": ["eng"],
    "jobs": [{"employer": "Ministry of Justice", "title": "Legal Officer", "start": "2014-01", "end": "2025-12"}],
    "degrees": [{"name": "Master of Laws", "level": 7, "end": "2012-06"}],
    "languages": {
        "German": {
            skill: "C1" for skill in ("listening", "reading", "spoken interaction", "spoken production", "writing")
        }
    },
    "licences": ["B"],
}
BASE_EUROPASS_V3: dict = {
    **{key: value for key, value in BASE_EUROPASS.items() if key != "nationality"},
    "nationalities": [{"code": "AT", "label": "Austrian"}],
}
"""The same CV in the earlier Europass format, where a nationality is a code, a label, or both."""
LANGUAGE_CODES = {"German": "ger", "French": "fre", "English": "eng"}
DIMENSIONS = {
    "listening": "CEF-Understanding-Listening",
    "reading": "CEF-Understanding-Reading",
    "spoken interaction": "CEF-Speaking-Interaction",
    "spoken production": "CEF-Speaking-Production",
    "writing": "CEF-Writing-Production",
}


def _date(tag: str, value: str | None) -> str:
    return f"<{tag}><hr:FormattedDateTime>{value}</hr:FormattedDateTime></{tag}>" if value else ""


def europass(cv: dict) -> str:
    """A 2020 Europass CV (HR-XML Candidate) with the parts the case gives."""
    jobs = "".join(
        f"<EmployerHistory><hr:OrganizationName>{escape(j['employer'])}</hr:OrganizationName><PositionHistory>"
        f"<PositionTitle typeCode='FREETEXT'>{escape(j['title'])}</PositionTitle><eures:EmploymentPeriod>"
        + _date("eures:StartDate", j.get("start"))
        + _date("eures:EndDate", j.get("end"))
        + f"<hr:CurrentIndicator>{str(j.get('current', False)).lower()}</hr:CurrentIndicator></eures:EmploymentPeriod>"
        + (f"<oa:Description>{escape(j['description'])}</oa:Description>" if "description" in j else "")
        + "</PositionHistory></EmployerHistory>"
        for j in cv["jobs"]
    )
    degrees = "".join(
        "<EducationOrganizationAttendance><hr:OrganizationName>University</hr:OrganizationName><AttendancePeriod>"
        + _date("StartDate", d.get("start"))
        + _date("EndDate", d.get("end"))
        + ("<Ongoing>true</Ongoing>" if d.get("ongoing") else "")
        + f"</AttendancePeriod><EducationDegree><hr:DegreeName>{escape(d['name'])}</hr:DegreeName></EducationDegree>"
        + (f"<EducationLevelCode>{d['level']}</EducationLevelCode>" if "level" in d else "")
        + "</EducationOrganizationAttendance>"
        for d in cv["degrees"]
    )
    languages = "".join(
        f"<PersonCompetency><CompetencyID>{LANGUAGE_CODES[name]}</CompetencyID><hr:TaxonomyID>language</hr:TaxonomyID>"
        + "".join(
            f"<eures:CompetencyDimension><hr:CompetencyDimensionTypeCode>{DIMENSIONS[skill]}"
            f"</hr:CompetencyDimensionTypeCode><eures:Score><hr:ScoreText>{level}</hr:ScoreText></eures:Score>"
            "</eures:CompetencyDimension>"
            for skill, level in grid.items()
        )
        + "</PersonCompetency>"
        for name, grid in cv["languages"].items()
    )
    licences = "".join(
        f"<eures:License><hr:LicenseTypeCode>{c}</hr:LicenseTypeCode></eures:License>" for c in cv["licences"]
    )
    tongues = "".join(f"<PrimaryLanguageCode>{t}</PrimaryLanguageCode>" for t in cv["tongues"])
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Candidate xmlns="http://www.europass.eu/1.0" xmlns:oa="http://www.openapplications.org/oagis/9" '
        'xmlns:hr="http://www.hr-xml.org/3" xmlns:eures="http://www.europass_eures.eu/1.0">'
        "<CandidatePerson><PersonName><oa:GivenName>Lena</oa:GivenName><hr:FamilyName>Brandt</hr:FamilyName>"
        f"</PersonName><NationalityCode>{cv['nationality']}</NationalityCode>"
        + (f"<hr:BirthDate>{cv['born']}</hr:BirthDate>" if "born" in cv else "")
        + f"{tongues}</CandidatePerson>"
        f"<CandidateProfile><EmploymentHistory>{jobs}</EmploymentHistory><EducationHistory>{degrees}"
        f"</EducationHistory><eures:Licenses>{licences}</eures:Licenses>"
        f"<PersonQualifications>{languages}</PersonQualifications></CandidateProfile></Candidate>\n"
    )


V3_SKILLS = {
    "listening": "Listening",
    "reading": "Reading",
    "spoken interaction": "SpokenInteraction",
    "spoken production": "SpokenProduction",
    "writing": "Writing",
}


def _v3_date(tag: str, value: str | None) -> str:
    if not value:
        return ""
    year, _, month = value.partition("-")
    return f'<{tag} year="{year}"' + (f' month="--{month}"' if month else "") + "/>"


def _v3_element(tag: str, value: str | None) -> str:
    return f"<{tag}>{escape(value)}</{tag}>" if value is not None else ""


def _v3_born(value: str | None) -> str:
    """<Birthdate year="1990" month="--05" day="---14"/>: the schema's own forms of a month and a day."""
    if not value:
        return ""
    year, month, day = ([*value.split("-"), None, None])[:3]
    return (
        f'<Birthdate year="{year}"'
        + (f' month="--{month}"' if month else "")
        + (f' day="---{day}"' if day else "")
        + "/>"
    )


def europass_v3(cv: dict) -> str:
    """A Europass CV of the v3 format (SkillsPassport / LearnerInfo) with the parts the case gives."""
    nationalities = "".join(
        f"<Nationality>{_v3_element('Code', n.get('code'))}{_v3_element('Label', n.get('label'))}</Nationality>"
        for n in cv["nationalities"]
    )
    jobs = "".join(
        "<WorkExperience><Period>"
        + _v3_date("From", j.get("start"))
        + _v3_date("To", j.get("end"))
        + f"<Current>{str(j.get('current', False)).lower()}</Current></Period>"
        + f"<Position><Label>{escape(j['title'])}</Label></Position>"
        + f"<Employer><Name>{escape(j['employer'])}</Name></Employer></WorkExperience>"
        for j in cv["jobs"]
    )
    degrees = "".join(
        "<Education><Period>"
        + _v3_date("From", d.get("start"))
        + _v3_date("To", d.get("end"))
        + ("<Current>true</Current>" if d.get("ongoing") else "")
        + f"</Period><Title>{escape(d['name'])}</Title>"
        + (f"<Level><Code>{d['level']}</Code></Level>" if "level" in d else "")
        + "</Education>"
        for d in cv["degrees"]
    )
    tongues = "".join(
        f"<MotherTongue><Description><Code>{t}</Code></Description></MotherTongue>" for t in cv["tongues"]
    )
    languages = "".join(
        f"<ForeignLanguage><Description><Label>{name}</Label></Description><ProficiencyLevel>"
        + "".join(f"<{V3_SKILLS[skill]}>{level}</{V3_SKILLS[skill]}>" for skill, level in grid.items())
        + "</ProficiencyLevel></ForeignLanguage>"
        for name, grid in cv["languages"].items()
    )
    licences = "".join(f"<Licence>{c}</Licence>" for c in cv["licences"])
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass" locale="en"><LearnerInfo>'
        "<Identification><PersonName><FirstName>Lena</FirstName><Surname>Brandt</Surname></PersonName>"
        f"<Demographics>{_v3_born(cv.get('born'))}<NationalityList>{nationalities}</NationalityList></Demographics>"
        "</Identification>"
        f"<WorkExperienceList>{jobs}</WorkExperienceList><EducationList>{degrees}</EducationList>"
        f"<Skills><Linguistic><MotherTongueList>{tongues}</MotherTongueList>"
        f"<ForeignLanguageList>{languages}</ForeignLanguageList></Linguistic>"
        f"<Driving><Description>{licences}</Description></Driving></Skills>"
        "</LearnerInfo></SkillsPassport>\n"
    )


def written(case: dict, folder: Path) -> Path:
    if "europass_v3" in case:
        path = folder / "cv.europass-v3.xml"
        path.write_text(europass_v3({**BASE_EUROPASS_V3, **case["europass_v3"]}), "utf-8")
    elif "resume" in case:
        path = folder / "cv.resume.json"
        path.write_text(json.dumps({**BASE_RESUME, **case["resume"]}, ensure_ascii=False), "utf-8")
    else:
        path = folder / "cv.europass.xml"
        path.write_text(europass({**BASE_EUROPASS, **case["europass"]}), "utf-8")
    return path


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_a_cv_case(case, tmp_path):
    cv = written(case, tmp_path)
    done = run("import", str(cv))
    assert done.returncode == 0, done.stderr.decode()
    text = done.stdout.decode()
    for line in case.get("import_says", ()):
        assert line in text
    for line in case.get("import_lacks", ()):
        assert line not in text
    criteria = {c["id"]: c for c in checked(str(RULES.with_name(case.get("rules", RULES.name))), cv)["criteria"]}
    assert {key: criteria[key]["status"] for key in case["statuses"]} == case["statuses"]
    for key, (reason, advice) in case.get("says", {}).items():
        assert criteria[key]["reason"].startswith(reason)
        assert advice in criteria[key]["advice"]


@pytest.mark.parametrize("base", ["resume", "europass", "europass_v3"])
def test_the_base_cvs_meet_every_criterion_but_what_they_cannot_say(base, tmp_path):
    """So that each case's status comes from what it changes, not from the CV it starts from."""
    statuses = {c["id"]: c["status"] for c in checked(str(RULES), written({base: {}}, tmp_path))["criteria"]}
    assert statuses["degree"] == statuses["experience"] == statuses["german"] == "pass"
    assert statuses["cumulative-osce-service"] == "pass"
    assert statuses["participating-states"] == ("unknown" if base == "resume" else "pass")


class Script:
    """Answers given in turn; every question asked is kept."""

    def __init__(self, answers: list[str]) -> None:
        self.answers, self.asked = list(answers), []

    def say(self, text: str) -> None:
        pass

    def ask(self, prompt: str) -> str:
        self.asked.append(prompt)
        return self.answers.pop(0)


def test_a_section_held_back_is_stated_once_its_questions_are_answered(tmp_path):
    from eligibility import cv
    from eligibility.cv.questions import answer

    case = {"europass": {"degrees": [{"name": "MSc in Law", "start": "2010-09"}]}}
    draft = cv.read_bytes(written(case, tmp_path).read_bytes(), "cv.xml")
    assert "education" not in draft.data and cv.to_profile(draft).education is None
    # job: management, fields; the degree's completion; manual transmission; residence
    asker = Script(["n", "", "2012-06", "y", ""])
    answer(draft, asker)
    degrees = cv.to_profile(draft).education
    assert [(d.level, str(d.completed)) for d in degrees] == [("master", "2012-06")]
    assert any("MSc in Law: completed" in prompt for prompt in asker.asked)


def test_a_degree_answered_as_not_obtained_is_left_out(tmp_path):
    from eligibility import cv
    from eligibility.cv.questions import answer

    case = {"resume": {"education": [{"studyType": "Master's studies", "area": "Law", "endDate": "2015-06"}]}}
    draft = cv.read_bytes(written(case, tmp_path).read_bytes(), "cv.json")
    # job: management, fields; obtained? no; nationalities; residence
    answer(draft, Script(["n", "", "n", "Austria", ""]))
    assert cv.to_profile(draft).education == ()


def test_other_languages_answered_join_the_mother_tongue(tmp_path):
    from eligibility import cv
    from eligibility.cv.questions import answer

    case = {"europass": {"tongues": ["slv"], "languages": {}}}
    draft = cv.read_bytes(written(case, tmp_path).read_bytes(), "cv.xml")
    assert cv.to_profile(draft).languages is None
    # job: management, fields; manual transmission; residence; the other languages
    answer(draft, Script(["n", "", "y", "", "English C1, German B2"]))
    assert cv.to_profile(draft).languages == {"Slovenian": "native", "English": "C1", "German": "B2"}


@pytest.mark.parametrize(
    ("posting", "criterion", "says"),
    [
        ("KOS000396", "management-years", "The CV lists jobs but not the start of Lawyer at Ministry; 3 years of"),
        ("SEC000821", "degree", "the CV lists jobs but not the start of Lawyer at Ministry."),
    ],
)
def test_every_criterion_that_counts_years_names_what_a_cv_leaves_open(posting, criterion, says, tmp_path):
    # A first-level degree, so that SEC000821's degree is judged on its in-lieu path's years.
    case = {
        "resume": {
            "work": [{"name": "Ministry", "position": "Lawyer", "endDate": "2025-12"}],
            "education": [{"studyType": "Bachelor of Laws", "area": "Security Studies", "endDate": "2010-06"}],
        }
    }
    found = {c["id"]: c for c in checked(posting, str(written(case, tmp_path)))["criteria"]}[criterion]
    assert found["status"] == "unknown"
    assert says in found["reason"] and "give the start of Lawyer at Ministry" in found["advice"], found
    assert "does not state its experience" not in json.dumps(found)


def test_import_answers_ask_a_years_month_and_keep_unsure_as_unknown(tmp_path):
    from eligibility import cv
    from eligibility.cv.questions import answer
    from eligibility.cv.render import render

    case = {"europass": {"degrees": [{"name": "MSc in Law", "start": "2010-09"}]}}
    draft = cv.read_bytes(written(case, tmp_path).read_bytes(), "cv.xml")
    # job: management (unsure), fields; the degree's completion as a year, its month unknown; manual; residence
    asker = Script(["?", "", "2012", "", "y", ""])
    answer(draft, asker)
    profile = cv.to_profile(draft)
    assert [str(d.completed) for d in profile.education] == ["2012-12"], "the month that counts least"
    assert any("Which month of 2012?" in prompt for prompt in asker.asked)
    assert profile.experience[0].management is None, "unsure is unknown, never no"
    assert "completed: 2012-12" in render(draft)


def test_import_asks_earlier_service_with_yes_as_the_default_when_the_cv_names_the_osce(tmp_path):
    from eligibility import cv
    from eligibility.cv.questions import answer

    case = {
        "resume": {"work": [{"name": "OSCE Mission in Kosovo", "position": "Legal Officer", "startDate": "2014-01"}]}
    }
    draft = cv.read_bytes(written(case, tmp_path).read_bytes(), "cv.json")
    # job: management, fields; nationalities; residence; earlier service: Enter takes the default, then its mission
    asker = Script(["n", "", "Austria", "", ""])
    with pytest.raises(IndexError):  # the script's answers end at the assignment's first question
        answer(draft, asker)
    assert "worked for the OSCE before" in asker.asked[-2] and "[y]" in asker.asked[-2]
    assert "Mission or office" in asker.asked[-1], "Enter answered yes: the assignment is asked"


def test_import_asks_for_a_nationality_the_cv_gives_in_words_that_name_no_country(tmp_path):
    from eligibility import cv
    from eligibility.cv.questions import answer

    case = {"europass_v3": {"nationalities": [{"label": "Atlantean"}]}}
    draft = cv.read_bytes(written(case, tmp_path).read_bytes(), "cv.xml")
    assert not cv.to_profile(draft).nationalities
    # nationalities, answered with the nationals' adjective; job: management, fields; manual transmission; residence
    asker = Script(["Austrian", "n", "", "y", ""])
    answer(draft, asker)
    assert cv.to_profile(draft).nationalities == ("AT",)
    assert "the CV gives 'Atlantean'" in asker.asked[0]


@pytest.mark.parametrize("end", ["Present", "present", "current", "Currently", "now", "ongoing", "to date", "", " "])
def test_an_end_date_that_says_the_job_has_not_ended_is_ongoing(end, tmp_path):
    from eligibility import cv

    case = {"resume": {"work": [{"name": "Ministry", "position": "Lawyer", "startDate": "2020-02", "endDate": end}]}}
    draft = cv.read_bytes(written(case, tmp_path).read_bytes(), "cv.json")
    job = cv.to_profile(draft).experience[0]
    assert (str(job.start), job.end) == ("2020-02", None)


def test_a_birth_date_in_the_xml_a_europass_pdf_carries_is_read(tmp_path):
    from test_cv import europass_pdf

    pdf = tmp_path / "cv.pdf"
    pdf.write_bytes(europass_pdf(europass({**BASE_EUROPASS, "born": "1980-05-14"}).encode()))
    statuses = {c["id"]: c["status"] for c in checked(str(RULES.with_name("age-limit.yaml")), pdf)["criteria"]}
    assert statuses["age"] == "pass"


VOLUNTEER = {"organization": "Red Cross", "position": "Legal adviser", "startDate": "2015-01", "endDate": "2022-12"}


@pytest.mark.parametrize(
    ("counts", "jobs", "held"),
    [
        ("y", ["Legal Officer", "Legal adviser"], ()),
        ("n", ["Legal Officer"], ()),
        # Not forced: '?' (or Enter) leaves it for a person to decide, as without a terminal.
        ("?", ["Legal Officer"], ("experience",)),
        ("", ["Legal Officer"], ("experience",)),
    ],
)
def test_volunteer_work_counts_once_a_person_says_it_does(counts, jobs, held, tmp_path):
    from eligibility import cv
    from eligibility.cv.questions import answer

    draft = cv.read_bytes(written({"resume": {"volunteer": [VOLUNTEER]}}, tmp_path).read_bytes(), "cv.json")
    assert [j.title for j in cv.to_profile(draft).experience] == ["Legal Officer"]
    # the job: management, fields; the volunteer work: counts?, management, fields; nationalities; residence
    asker = Script(["n", "", counts, "n", "", "Austria", ""])
    answer(draft, asker)
    assert [j.title for j in cv.to_profile(draft).experience] == jobs
    assert tuple(section for section, _ in cv.to_profile(draft).held_back) == held
    assert any("volunteer work as Legal adviser at Red Cross: does the posting count it" in q for q in asker.asked)


@pytest.mark.parametrize(
    ("flag", "jobs", "open_question"),
    [
        ([], ["Legal Officer"], True),  # without a terminal: left open, listed at the profile's top
        (["--volunteer", "ask"], ["Legal Officer"], True),
        (["--volunteer", "counts"], ["Legal Officer", "Legal adviser"], False),
        (["--volunteer", "excluded"], ["Legal Officer"], False),
    ],
    ids=["default", "ask", "counts", "excluded"],
)
def test_import_volunteer_flag_decides_volunteer_work_without_asking(flag, jobs, open_question, tmp_path):
    import yaml as yaml_module

    source = written({"resume": {"volunteer": [VOLUNTEER]}}, tmp_path)
    done = run("import", str(source), *flag)
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode()
    data = yaml_module.safe_load(text)
    assert [job["title"] for job in data.get("experience", [])] == jobs
    assert ("does the posting count it as professional experience" in text) is open_question
    assert ("held_back" in data) is open_question
