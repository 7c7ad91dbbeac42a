"""Postings the project owns, one per layout, compiled through the command line (text, Markdown, HTML, PDF)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "postings"
CASES = yaml.safe_load((HERE / "cases" / "compile_postings.yaml").read_text("utf-8"))


def make_pdf(text: str, path: Path) -> Path:
    """A PDF of `text`, one line per text line, as a word processor would print it."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in text.splitlines():
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def compile_file(path: Path, out: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "eligibility", "compile", str(path), "-o", str(out), *args],
        capture_output=True,
        text=True,
    )


def source(case: dict, tmp_path: Path) -> Path:
    path = FIXTURES / case["file"]
    if case.get("pdf"):
        return make_pdf(path.read_text("utf-8"), tmp_path / (path.stem + ".pdf"))
    return path


def _matches(criterion: dict, want: dict) -> bool:
    for key, value in want.items():
        got = criterion.get(key, True if key == "mandatory" else None)
        if key == "fields":
            got = [f.lower() for f in got or []]
            value = [f.lower() for f in value]
        if got != value:
            return False
    return True


@pytest.mark.parametrize("case", CASES, ids=[c["layout"] for c in CASES])
def test_a_posting_in_each_layout_compiles_to_its_facts(case, tmp_path):
    out = tmp_path / "rules.yaml"
    run = compile_file(source(case, tmp_path), out)
    assert run.returncode == 0, run.stderr
    ruleset = yaml.safe_load(out.read_text("utf-8"))
    posting = ruleset["posting"]
    for key, value in case["posting"].items():
        want = value.isoformat() if isinstance(value, date) else value
        got = posting.get(key)
        assert (got.isoformat() if isinstance(got, date) else got) == want, key
    assert ruleset["organisation_rules"] == case["organisation_rules"]
    criteria = list(ruleset["criteria"])
    for want in case["criteria"]:
        hit = next((c for c in criteria if _matches(c, want)), None)
        assert hit is not None, (want, criteria)
        criteria.remove(hit)
    for kind in case.get("absent", []):
        assert not any(c["kind"] == kind for c in ruleset["criteria"]), kind
    if "count" in case:
        assert len(ruleset["criteria"]) == case["count"]
    if "open_review" in case:
        assert bool(ruleset.get("review")) == case["open_review"]


def test_a_saved_page_keeps_its_headings_and_list_items_as_lines():
    from eligibility.compiler.sources import html_text, kind_of

    data = (FIXTURES / "saved-page.html").read_bytes()
    assert kind_of(data) == "html"
    lines = html_text(data).splitlines()
    assert lines[0] == "Procurement Assistant"
    assert "Necessary Qualifications:" in lines
    assert "\u2022 Valid driving licence." in lines
    assert not any("Skip to main content" in line or "tracking" in line for line in lines)


def test_a_pdf_is_read_as_text(tmp_path):
    from eligibility.compiler.sources import kind_of, read_posting

    path = make_pdf((FIXTURES / "pdf-source.txt").read_text("utf-8"), tmp_path / "notice.pdf")
    data = path.read_bytes()
    assert kind_of(data) == "pdf"
    assert "Necessary Qualifications:" in read_posting(data, name="notice.pdf")


def test_a_broken_pdf_is_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\nthis is not a PDF body\n")
    run = compile_file(bad, tmp_path / "out.yaml")
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "bad.pdf" in run.stderr and "Traceback" not in run.stderr


def test_a_line_that_states_something_is_no_title_nor_is_a_contract_category():
    from eligibility.compiler import compile_text

    text = "The successful candidate will join a small team\nContract Agent - Function Group III\nLegal Officer\n"
    result = compile_text(text + "Requirements:\n- Master's degree in law.\n")
    assert result.ruleset["posting"]["title"] == "Legal Officer"


@pytest.mark.parametrize(
    ("first_lines", "title"),
    [
        (
            "European Agency for Coastal Data\nVacancy notice ECD/AST/2027/004 \u2013 Procurement Assistant (AST 3)\n",
            "Procurement Assistant",
        ),
        ("NATO Communications and Information Agency (NCI Agency)\nSenior Cloud Engineer\n", "Senior Cloud Engineer"),
        ("Council of Europe\nHead of the Monitoring Unit (Grade A4)\n", "Head of the Monitoring Unit"),
        ("Volunteer Opportunities | Job board\nSkip to main content\nProject Officer\n", "Project Officer"),
        ("Legal Officer | Careers\n", "Legal Officer"),
        # The employer's name above the title, in capitals or not: the line that names a post is the title.
        ("NORDIC MARITIME TRIBUNAL\nRegistry Clerk (G-5)\n", "Registry Clerk"),
        (
            "Baltic Fisheries Commission\nVacancy\n\nCOMM-27-114\nFisheries Statistician, P-3\n",
            "Fisheries Statistician",
        ),
        ("ALPINE WATER AUTHORITY\nVACANCY NOTICE\n\nHydrologist\n", "Hydrologist"),
        # A document's kind with its contract category, then the title.
        ("VACANCY NOTICE \u2013 CONTRACT AGENT, FUNCTION GROUP III\nFinance Assistant\n", "Finance Assistant"),
        # A page's title naming the site, a one-step breadcrumb, a skip link with the site's menu on its line.
        ("Ocean Agency Careers - Marine Biologist\nMarine Biologist:\n", "Marine Biologist"),
        ("Jobs \u203a Peru\nShare  Facebook  LinkedIn  Email\nField Monitor (Lima)\n", "Field Monitor (Lima)"),
        ("Skip to main content  Jobs  Companies  Events  Sign in\nData Analyst\n", "Data Analyst"),
        ("Skip to content\nRegional Careers > Job details\nSecurity Adviser:\n", "Security Adviser"),
        # A label before the title, and a grade after it with no comma or bracket, are no part of it.
        ("Title of post: Senior Adviser\nGrade: P4\n", "Senior Adviser"),
        ("Procurement Assistant (Stores) G6\nOSCE Presence in Albania\n", "Procurement Assistant (Stores)"),
        ("Registry Officer P-3\n", "Registry Officer"),
        # The notice's reference beside the title is no part of it.
        ("Senior Auditor (ref. AB 40221)\nDuty station: Bonn\n", "Senior Auditor"),
        # A title with no post word stays the title when nothing below names a post.
        ("Epidemiologist\nHealth Emergencies Programme\n", "Epidemiologist"),
        ("Statistician\nData and Methods Division\n", "Statistician"),
        ("Chef de Cabinet\nOffice of the Director\n", "Chef de Cabinet"),
        # No title before the requirements: none is made of a requirement below them, nor of a wrapped sentence.
        ("General Minimum Requirements\nExcellent physical condition\n", "Vacancy posting"),
        (
            "The Office works on security, and on the\neconomic and human aspects. It therefore covers\n",
            "Vacancy posting",
        ),
    ],
)
def test_a_title_is_read_without_what_surrounds_it(first_lines, title):
    from eligibility.compiler import compile_text

    result = compile_text(first_lines + "Requirements:\n- Master's degree in law.\n")
    assert result.ruleset["posting"]["title"] == title


def test_a_grade_after_the_title_is_the_posts_grade():
    from eligibility.compiler import compile_text

    result = compile_text("Procurement Assistant G6\nRequirements:\n- Master's degree in law.\n")
    assert result.ruleset["posting"]["grade"] == "G6"


def test_a_short_line_of_a_wrapped_text_is_not_joined_to_the_next():
    """Text from a PDF is wrapped near the page's width; a line well short of it ended where its writer ended it, so
    the title is not glued to the unit's name and the reference below it, while a wrapped paragraph is unwrapped."""
    from eligibility.compiler import compile_text
    from eligibility.compiler.text import logical_lines

    paragraph = (
        "The Division inspects chemical plants across the region and reports on what it finds to the member\n"
        "governments, which rely on its findings when they decide on the measures that each plant must take\n"
    ) * 10
    text = (
        "Senior Plant Inspector (Chemical Process Safety), P-4\nInspection Division\nVacancy number: INS/27/09\n\n"
        + paragraph
        + "\nRequirements:\nAt least seven years of experience in the chemical industry, of which three years at a\n"
        "supervisory level in a plant of the kind the Division inspects, or in a national inspectorate.\n"
        "Fluency in English is essential.\n"
    )
    lines = logical_lines(text)
    assert lines[:3] == [
        "Senior Plant Inspector (Chemical Process Safety), P-4",
        "Inspection Division",
        "Vacancy number: INS/27/09",
    ]
    assert any(line.startswith("At least seven years") and line.endswith("national inspectorate.") for line in lines)
    posting = compile_text(text).ruleset["posting"]
    # The grade after the title, behind a comma, is the post's grade, not part of its title.
    assert (posting["title"], posting.get("grade")) == ("Senior Plant Inspector (Chemical Process Safety)", "P4")


@pytest.mark.parametrize(
    ("header", "station", "country", "grade"),
    [
        # A job board's label with no colon, and an HTML table's cells.
        ("Locations Lusaka, Zambia\n", "Lusaka", "ZM", None),
        ("<table><tr><td>Primary Location</td><td>Kenya-Nairobi</td></tr></table>\n", "Nairobi", "KE", None),
        # Several labels on one line: each value ends where the next label begins.
        ("Duty station: Tirana   Grade: P3   Number of posts: 1\n", "Tirana", "AL", "P3"),
        ("Duty Station: Skopje\tContract type: Seconded\n", "Skopje", "MK", None),
        # A place alone right under the title, or after the employer's name on a board's line.
        ("Lusaka, Zambia\n", "Lusaka", "ZM", None),
        ("Water Agency of the Lakes \u00b7 Kampala, Uganda\n", "Kampala", "UG", None),
        # Near misses: a sentence that opens with a label's word names no duty station, nor does a line of subjects.
        ("Location of the training varies.\nCountry offices report to the region.\n", None, None, None),
        ("Monitoring, Evaluation and Learning\n", None, None, None),
    ],
)
def test_a_duty_station_is_read_in_a_boards_forms(header, station, country, grade):
    from eligibility.compiler import compile_text
    from eligibility.compiler.sources import read_posting

    text = "Water Engineer\n" + header + "Requirements:\n- Master's degree in hydrology.\n"
    if header.startswith("<table>"):
        text = read_posting(
            f"<html><body><h1>Water Engineer</h1>{header}<p>Requirements: Master's degree in hydrology.</p></body></html>".encode(),
            name="n.html",
        )
    posting = compile_text(text).ruleset["posting"]
    assert (posting.get("duty_station"), posting.get("country"), posting.get("grade")) == (station, country, grade)


def test_an_html_requirements_table_is_read_column_by_column():
    from eligibility.compiler import compile_text
    from eligibility.compiler.sources import html_text

    page = (
        b"<html><body><h1>Area Manager</h1><h2>Requirements</h2><table>"
        b"<tr><th>Criteria</th><th>Essential</th><th>Desirable</th></tr>"
        b"<tr><td>Education</td><td>Bachelor's degree in economics</td><td>Master's degree</td></tr>"
        b"<tr><td>Languages</td><td>Fluency in English</td><td>Fluency in Italian</td></tr>"
        b"</table><table><tr><th>Closing date</th><td>31/01/2027</td></tr></table></body></html>"
    )
    text = html_text(page)
    assert "Education | Bachelor's degree in economics | Master's degree" in text
    assert "Closing date: 31/01/2027" in text  # a two-column table stays a list of labels
    criteria = {c["id"]: c for c in compile_text(text).ruleset["criteria"]}
    assert criteria["degree"]["level"] == "bachelor" and criteria["degree"].get("mandatory", True)
    assert criteria["english"].get("mandatory", True)
    assert criteria["degree-desirable"]["mandatory"] is False
    assert criteria["italian"]["mandatory"] is False


@pytest.mark.parametrize(
    ("label", "value", "expected"),
    [
        # A label in a plain cell is the row's label, as one in a header cell is: the value is read under it whole,
        # a colon of its own included.
        ("<td>Main language</td>", "Arabic: perfect command (mother tongue or equivalent).", ("Arabic", "C2")),
        ("<th>Main language</th>", "Arabic: perfect command (mother tongue or equivalent).", ("Arabic", "C2")),
        ("<td>Working languages</td>", "Fluency in Arabic and English.", ("Arabic", "C1")),
    ],
)
def test_a_two_column_html_rows_label_heads_its_value(label, value, expected):
    from eligibility.compiler import compile_text
    from eligibility.compiler.sources import html_text

    page = (
        "<html><body><h1>Interpreter, P3</h1><p>Closing date: 3 March 2027</p><h2>Requirements</h2><table>"
        "<tr><td>Education</td><td>A university degree in interpretation.</td></tr>"
        f"<tr>{label}<td>{value}</td></tr></table></body></html>"
    ).encode()
    languages = [c for c in compile_text(html_text(page)).ruleset["criteria"] if c["kind"] == "language"]
    assert (languages[0]["languages"][0], languages[0]["level"]) == expected, languages


def test_a_two_column_html_rows_paragraph_is_no_label():
    from eligibility.compiler.sources import html_text

    page = (
        b"<html><body><h1>Interpreter</h1><table><tr><td>The Service interprets for the Assembly in six languages"
        b" every day of the session</td><td>It works in Geneva.</td></tr></table></body></html>"
    )
    assert "session:" not in html_text(page)


@pytest.mark.parametrize(
    ("bar", "title"),
    [
        # A board's top bar or breadcrumb trail in a plain element, named by its class or id, is navigation.
        (
            '<div class="topbar"><a href="/">PolyglotBoard</a> | <a href="/d">Interpreter directory</a></div>',
            "Interpreter",
        ),
        ('<ol id="site-breadcrumbs"><li>Jobs</li><li>Interpreter directory</li></ol>', "Interpreter"),
        # Near miss: an element so named that holds the notice's text is content.
        (
            '<div class="menu-page"><p>Interpreter directory</p><p>'
            + "The Service interprets every day. " * 12
            + "</p></div>",
            "Interpreter directory",
        ),
    ],
)
def test_a_saved_pages_menu_named_by_its_class_is_no_title(bar, title):
    from eligibility.compiler import compile_text
    from eligibility.compiler.sources import html_text

    page = (
        f"<html><body>{bar}<h1>Interpreter</h1><p>Closing date: 3 March 2027</p><h2>Requirements</h2>"
        "<ul><li>A university degree in interpretation.</li></ul></body></html>"
    ).encode()
    assert compile_text(html_text(page)).ruleset["posting"]["title"] == title


def test_an_html_section_of_what_makes_a_strong_application_is_read_as_wishes():
    """'<h2>What makes a strong application</h2>' heads what gives an edge beyond the conditions: its items are
    read, as wishes, never dropped as the page's background."""
    from eligibility.compiler import compile_text
    from eligibility.compiler.sources import html_text

    page = (
        b"<html><body><main><h1>Research Analyst</h1><p>Closing date: 3 March 2027</p>"
        b"<h2>Who can apply</h2><ul><li>Hold a master's degree in statistics.</li></ul>"
        b"<h2>What makes a strong application</h2><ul><li>Knowledge of German is a plus.</li>"
        b"<li>Experience with survey data.</li></ul></main></body></html>"
    )
    criteria = compile_text(html_text(page)).ruleset["criteria"]
    assert [(c["kind"], c.get("mandatory", True)) for c in criteria] == [
        ("education", True),
        ("language", False),
        ("competency", False),
    ], criteria


@pytest.mark.parametrize(
    "element",
    [
        "<div hidden>Doctorate in astronomy required.</div>",
        '<div aria-hidden="true"><p>Doctorate in astronomy required.</p></div>',
        '<p style="display:none">Doctorate in astronomy required.</p>',
        '<p style="color: red; display : none !important">Doctorate in astronomy required.</p>',
        '<li style="visibility:hidden">Doctorate in astronomy required.</li>',
    ],
)
def test_an_element_a_browser_does_not_show_is_no_part_of_the_notice(element):
    from eligibility.compiler.sources import html_text

    page = (
        "<html><body><h1>Project Officer</h1><h2>Necessary Qualifications</h2><ul>"
        "<li>First-level university degree in law;</li>" + element + "</ul>"
        '<p style="display:block">Fluency in English.</p></body></html>'
    ).encode()
    text = html_text(page)
    assert "First-level university degree in law" in text and "Fluency in English" in text
    assert "astronomy" not in text
