"""Bad and hostile CVs are refused with exit status 2 and one line naming the file, the line and the element."""

from __future__ import annotations

import pytest
from test_cv import FIXTURES, europass_pdf, run

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<Candidate><CandidatePerson><PersonName><GivenName>&lol4;</GivenName></PersonName></CandidatePerson></Candidate>
"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE Candidate [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>
<Candidate><CandidatePerson><PersonName><GivenName>&secret;</GivenName></PersonName></CandidatePerson></Candidate>
"""
PARAMETER_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE Candidate [ <!ENTITY % remote SYSTEM "http://example.org/evil.dtd"> %remote; ]>
<Candidate/>
"""
MALFORMED = (
    '<?xml version="1.0"?>\n<Candidate>\n  <CandidatePerson>\n    <PersonName>\n  </CandidatePerson>\n</Candidate>\n'
)
UNDEFINED_ENTITY = "<Candidate>\n<CandidatePerson>&nbsp;</CandidatePerson>\n</Candidate>\n"
BAD_DATE = """<Candidate xmlns:eures="http://www.europass_eures.eu/1.0" xmlns:hr="http://www.hr-xml.org/3">
<CandidateProfile><EmploymentHistory><EmployerHistory><PositionHistory>
<eures:EmploymentPeriod>
<eures:StartDate><hr:FormattedDateTime>2019-13</hr:FormattedDateTime></eures:StartDate>
</eures:EmploymentPeriod>
</PositionHistory></EmployerHistory></EmploymentHistory></CandidateProfile></Candidate>
"""
BAD_BIRTH_DATE = """<Candidate xmlns:hr="http://www.hr-xml.org/3">
<CandidatePerson>
<hr:BirthDate>14 May 1980</hr:BirthDate>
</CandidatePerson></Candidate>
"""
BAD_LANGUAGE = """<SkillsPassport><LearnerInfo><Skills><Linguistic><ForeignLanguageList>
<ForeignLanguage><Description><Label>Klingonese</Label></Description><ProficiencyLevel><Listening>B2</Listening></ProficiencyLevel></ForeignLanguage>
</ForeignLanguageList></Linguistic></Skills></LearnerInfo></SkillsPassport>
"""


@pytest.mark.parametrize(
    "content,expected",
    [
        (BILLION_LAUGHS, ":2: <!DOCTYPE lolz>: a document type declaration is refused"),
        (EXTERNAL_ENTITY, ":2: <!DOCTYPE Candidate>: a document type declaration is refused"),
        (PARAMETER_ENTITY, ":2: <!DOCTYPE Candidate>: a document type declaration is refused"),
        (MALFORMED, ":5:5: in <PersonName>: not well-formed XML (mismatched tag)"),
        (UNDEFINED_ENTITY, ":2:18: in <CandidatePerson>: not well-formed XML (undefined entity)"),
        (BAD_DATE, ":4: <FormattedDateTime>: '2019-13' has no month 13"),
        (BAD_BIRTH_DATE, ":3: <BirthDate>: '14 May 1980' is not a date of birth"),
        (BAD_LANGUAGE, ":2: <ForeignLanguage>: unknown language 'Klingonese'"),
        ("<html><body>a web page</body></html>", ":1: <html>: not a Europass CV"),
        ("<Candidate>" + "<Skills/>" * 60_001 + "</Candidate>", ":1: <Skills>: more than 50,000 elements"),
        ("<Candidate>" + "<a>" * 50 + "</a>" * 50 + "</Candidate>", ":1: <a>: nested more than 40 deep"),
        ("<Candidate><x>" + "a" * 1_000_001 + "</x></Candidate>", ": file is 1,000,031 bytes; the limit is 1,000,000"),
    ],
    ids=[
        "billion-laughs",
        "external-entity",
        "parameter-entity",
        "malformed",
        "undefined-entity",
        "bad-date",
        "bad-birth-date",
        "unknown-language",
        "not-europass",
        "too-many-elements",
        "too-deep",
        "oversized",
    ],
)
def test_bad_xml_is_refused_with_one_line_naming_file_and_element(tmp_path, content, expected):
    path = tmp_path / "cv.xml"
    path.write_text(content, "utf-8")
    for command in (["check", "SEC000821"], ["validate"], ["import"]):
        done = run(*command, str(path))
        assert done.returncode == 2
        err = done.stderr.decode()
        lines = [line for line in err.splitlines() if line.strip()]
        assert len(lines) == 1, err
        assert f"{path}{expected}" in lines[0]
        assert "Traceback" not in err


def test_a_hostile_cv_in_a_batch_is_an_error_row_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a-hostile.xml").write_text(BILLION_LAUGHS, "utf-8")
    (tmp_path / "b-mira.xml").write_bytes((FIXTURES / "mira-kovac.europass.xml").read_bytes())
    done = run("screen", "SEC000821", str(tmp_path), "--format", "csv")
    assert done.returncode == 2
    out = done.stdout.decode()
    assert "document type declaration is refused" in out and "Mira Kovač" in out and "eligible" in out


def test_a_pdf_without_europass_xml_says_how_to_get_one(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(europass_pdf(b""))
    done = run("check", "SEC000821", str(path))
    assert done.returncode == 2
    err = done.stderr.decode()
    assert f"{path}: no Europass XML attached" in err and "download it again as PDF" in err


def test_a_pdf_whose_attachment_is_not_europass_is_refused(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(europass_pdf(b"<invoice><total>3</total></invoice>", name="invoice.xml"))
    assert "no Europass XML attached" in run("check", "SEC000821", str(path)).stderr.decode()


def test_hostile_xml_attached_to_a_pdf_is_refused_too(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(europass_pdf(EXTERNAL_ENTITY.encode()))
    done = run("check", "SEC000821", str(path))
    assert done.returncode == 2
    assert "(attached XML):2: <!DOCTYPE Candidate>: a document type declaration is refused" in done.stderr.decode()


def test_a_broken_pdf_is_one_line(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    done = run("check", "SEC000821", str(path))
    assert done.returncode == 2
    err = done.stderr.decode()
    assert err.count("\n") == 1 and f"{path}: not a readable PDF" in err


def test_a_broken_json_resume_names_the_line(tmp_path):
    path = tmp_path / "resume.json"
    path.write_text('{"basics": {"name": "A"},\n "work": [,]}', "utf-8")
    done = run("check", "SEC000821", str(path))
    assert done.returncode == 2 and f"{path}:2" in done.stderr.decode()


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('{"basics": {"name": "A"}, "work": [],\n "basics": {"name": "B"}}', ":2: key 'basics' appears twice"),
        (
            '{"basics": {"name": "A"},\n "work": [{"name": "X",\n "name": "Y"}]}',
            ":3: work[0]: key 'name' appears twice",
        ),
    ],
)
def test_a_json_resume_giving_a_key_twice_is_refused_not_read_for_its_last(tmp_path, text, where):
    path = tmp_path / "resume.json"
    path.write_text(text, "utf-8")
    done = run("check", "SEC000821", str(path))
    assert done.returncode == 2
    assert done.stderr.decode() == f"eligibility: error: {path}{where}\n"


def test_a_json_resume_with_a_bad_date_names_the_field(tmp_path):
    path = tmp_path / "resume.json"
    path.write_text('{"basics": {"name": "A"}, "work": [{"name": "X", "startDate": "2019-02-30"}]}', "utf-8")
    done = run("check", "SEC000821", str(path))
    assert done.returncode == 2
    assert f"{path}: work[0].startDate: '2019-02-30' is not a day of the calendar" in done.stderr.decode()


def test_a_json_resume_date_in_words_says_the_forms_a_date_takes_once(tmp_path):
    path = tmp_path / "resume.json"
    path.write_text('{"basics": {"name": "A"}, "work": [{"name": "X", "startDate": "yesterday"}]}', "utf-8")
    done = run("check", "SEC000821", str(path))
    assert done.returncode == 2
    err = done.stderr.decode()
    assert f"{path}: work[0].startDate: 'yesterday' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)" in err
    assert err.count("YYYY-MM-DD") == 1


def _docx() -> bytes:
    """A Word file's first bytes as a word processor writes them: a ZIP whose first member names its content types."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


WORD_PROCESSED = {
    "jane.docx": (_docx(), "a Word document: not read"),
    "ann.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "a Word document: not read"),
    "max.odt": (b"PK\x03\x04" + bytes(26) + b"mimetypeapplication/vnd.oasis.opendocument.text", "an OpenDocument text"),
    "eve.rtf": (b"{\\rtf1\\ansi Eve Example}", "an RTF document: not read"),
    "cv-saved-without-extension": (_docx(), "a Word document: not read"),
}


@pytest.mark.parametrize("name", WORD_PROCESSED)
def test_a_word_processors_cv_is_named_and_told_what_is_read(tmp_path, name):
    content, said = WORD_PROCESSED[name]
    path = tmp_path / name
    path.write_bytes(content)
    done = run("check", "SEC000821", str(path))
    assert done.returncode == 2
    err = done.stderr.decode()
    assert err.count("\n") == 1 and f"{path}: {said}" in err, err
    assert "only Europass CVs" in err and "JSON Resume" in err and "self-check" in err


def test_a_folder_names_each_word_processors_cv_and_reads_a_profile_without_an_extension(tmp_path):
    for name, (content, _) in WORD_PROCESSED.items():
        (tmp_path / name).write_bytes(content)
    (tmp_path / "mira").write_bytes((FIXTURES / "mira-kovac.yaml").read_bytes())
    (tmp_path / "notes").write_text("call back on Monday\n", "utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    done = run("screen", "SEC000821", str(tmp_path), "--format", "csv")
    assert done.returncode == 2
    rows = {row.split(",", 2)[1]: row for row in done.stdout.decode().splitlines()[1:]}
    word = ("jane.docx", "ann.doc", "max.odt", "eve.rtf", "cv-saved-without-extension")
    assert sorted(rows) == sorted(str(tmp_path / n) for n in (*word, "mira"))
    for name in word:
        assert ",error," in rows[str(tmp_path / name)] and "not read" in rows[str(tmp_path / name)]
    assert rows[str(tmp_path / "mira")].startswith("Mira Kovač,")
    # A text with no extension that is no profile is set aside and named, as one named notes.md is.
    assert f"{tmp_path / 'notes'} (neither a profile nor a CV" in done.stderr.decode()
    validated = run("validate", str(tmp_path))
    assert validated.returncode == 2
    told = validated.stdout.decode() + validated.stderr.decode()
    for name in word:
        assert f"{tmp_path / name}:" in told
    assert f"{tmp_path / 'notes'} (neither a profile nor a CV" in told
    assert f"{tmp_path / 'mira'}: valid profile" in told and ".DS_Store" not in told


def test_a_utf16_europass_xml_is_read_as_its_utf8_self(tmp_path):
    xml = (FIXTURES / "mira-kovac.europass.xml").read_text("utf-8")
    path = tmp_path / "mira.xml"
    path.write_bytes(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    wide = run("check", "SEC000821", str(path), "--json")
    plain = run("check", "SEC000821", str(FIXTURES / "mira-kovac.europass.xml"), "--json")
    assert wide.returncode == plain.returncode != 2, wide.stderr
    assert wide.stdout.replace(str(path).encode(), b"F") == plain.stdout.replace(
        str(FIXTURES / "mira-kovac.europass.xml").encode(), b"F"
    )


@pytest.mark.parametrize("kind", ["resume", "europass", "europass_v3"])
def test_a_language_listed_twice_in_a_cv_is_refused_never_one_level_taken(kind, tmp_path, monkeypatch):
    import test_cv_cases
    from test_cv_cases import written

    monkeypatch.setitem(test_cv_cases.LANGUAGE_CODES, "Deutsch", "deu")  # German by its other ISO 639-2 code

    from eligibility.cv.mapping import SKILLS

    twice = {"German": {skill: "C1" for skill in SKILLS}, "Deutsch": {skill: "A2" for skill in SKILLS}}
    if kind == "resume":
        case = {"resume": {"languages": [{"language": "German", "fluency": "C1"}, {"language": "de", "fluency": "A2"}]}}
    else:
        case = {kind: {"languages": twice}}
    cv = written(case, tmp_path)
    for command in (["import"], ["check", "SEC000821"]):
        done = run(*command, str(cv))
        assert done.returncode == 2
        err = done.stderr.decode()
        assert err.count("\n") == 1 and "German is listed twice, as C1 and as A2 (give each language once" in err
        assert f"{cv}:" in err and (kind != "resume" or "languages[1].language" in err)


@pytest.mark.parametrize("kind", ["resume", "europass"])
def test_a_mother_tongue_given_again_at_a_level_is_refused_never_native_kept(kind, tmp_path):
    from test_cv_cases import written

    from eligibility.cv.mapping import SKILLS

    if kind == "resume":
        languages = [{"language": "German", "fluency": "Native"}, {"language": "German", "fluency": "B1"}]
        case: dict = {"resume": {"languages": languages}}
    else:
        case = {"europass": {"tongues": ["de"], "languages": {"German": dict.fromkeys(SKILLS, "B1")}}}
    cv = written(case, tmp_path)
    done = run("import", str(cv))
    assert done.returncode == 2
    err = done.stderr.decode()
    assert err.count("\n") == 1 and "German is listed twice, as native and as B1 (give each language once" in err


RESUME_FAULTS = [
    # (what the file holds, the one line `import` and `check` give)
    ('{"basics": {"name": "Ana"},\n "languages": [{"language": "English",}]}', ":2: not JSON: Expecting property name"),
    ('{"basics": {"name": NaN}, "work": []}', ":1: basics.name: a number (NaN) is not finite"),
    (
        '{"work": [{"position": "Officer", "startDate": 2018}]}',
        ": work[0].startDate: must be text, not the number 2018",
    ),
    ('{"work": [{"position": "Officer", "startDate": "2018", "endDate": 2020.5}]}', "work[0].endDate: must be text"),
    (
        '{"education": [{"studyType": "Master", "endDate": 2019}]}',
        ": education[0].endDate: must be text, not the number",
    ),
    ('{"languages": [{"language": "English", "fluency": true}]}', ": languages[0].fluency: must be text, not true"),
    ('{"volunteer": [{"position": ["a"], "startDate": "2019"}]}', ": volunteer[0].position: must be text, not a list"),
]


@pytest.mark.parametrize(("text", "said"), RESUME_FAULTS, ids=[said for _, said in RESUME_FAULTS])
def test_a_json_resume_that_is_not_valid_json_or_has_a_number_for_text_is_named(text, said, tmp_path):
    cv = tmp_path / "resume.json"
    cv.write_text(text, "utf-8")
    for command in (["import"], ["check", "SEC000821"]):
        done = run(*command, str(cv))
        err = done.stderr.decode()
        assert done.returncode == 2 and err.count("\n") == 1, err
        assert f"{cv}{said}" in err if said.startswith(":") else said in err
        assert "not a CV" not in err and "gives no start date" not in err


# A file named as data (or empty) that does not read as data: `import` says why, as `check` does, not that it is no
# CV; a file of another name that does not read is no CV.
UNREADABLE_DATA = {
    "empty.yaml": ("", ": file is empty"),
    "blank.txt": ("  \n\n", ": file is empty"),
    "deep.json": ("[" * 60 + "]" * 60, ": nesting deeper than 50 levels"),
    "two.yaml": ("name: Ana\n---\nname: Ben\n", ":2: more than one YAML document; a file holds one"),
    "bomb.yaml": (
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
            for p, c in zip("abcd", "bcde", strict=True)
        ),
        ": document expands to more than 100,000 values (alias bomb?)",
    ),
    "notes.txt": ("a: [\n", ": not a CV: expected a JSON Resume"),
}


@pytest.mark.parametrize("name", UNREADABLE_DATA, ids=str)
def test_import_of_data_that_does_not_read_says_why_as_check_does(name, tmp_path):
    text, said = UNREADABLE_DATA[name]
    (tmp_path / name).write_text(text, "utf-8")
    done = run("import", name, "-o", "me.yaml", cwd=tmp_path)
    err = done.stderr.decode()
    assert done.returncode == 2 and len(err.splitlines()) == 1 and f"error: {name}" in err and said in err, err
    assert not (tmp_path / "me.yaml").exists()
    if "not a CV" not in said:
        checked = run("check", "SEC000821", name, cwd=tmp_path).stderr.decode()
        assert said in checked and "not a CV" not in err, checked
