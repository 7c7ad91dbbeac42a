"""`check POSTING CV` and `check POSTING <(eligibility import CV)` agree: the same verdict and the same status for
every criterion, for every CV in the tests (the fixtures, a Europass PDF, every case of tests/cases/cv.yaml) and
the bundled profiles, against every bundled rule set and the CV cases' own."""

from __future__ import annotations

import json

import pytest
import yaml
from conftest import ROOT
from test_cv import FIXTURES, checked, europass_pdf, run
from test_cv_cases import CASES, written

RULE_SETS = sorted((ROOT / "rules").glob("*.yaml")) + sorted((FIXTURES / "rules").glob("*.yaml"))
CV_SUFFIXES = (".xml", ".json", ".pdf")
FIXTURE_CVS = sorted(p for p in [*FIXTURES.iterdir(), *(ROOT / "profiles").iterdir()] if p.suffix in CV_SUFFIXES)


def _cvs(folder):
    """(name, path) of every CV: the fixture files, the 2020 Europass fixture as a PDF, each case written out."""
    found = [(p.name, p) for p in FIXTURE_CVS]
    pdf = folder / "mira-kovac.pdf"
    pdf.write_bytes(europass_pdf((FIXTURES / "mira-kovac.europass.xml").read_bytes()))
    found.append((pdf.name, pdf))
    for i, case in enumerate(CASES):
        (folder / str(i)).mkdir()
        found.append((case["name"], written(case, folder / str(i))))
    return found


def _statuses(result) -> tuple[str, dict[str, str]]:
    return result.verdict.value, {f.criterion.id: f.status.value for f in result.findings}


def test_a_cv_and_its_import_give_the_same_verdict_and_statuses(tmp_path):
    from eligibility.cv import importer
    from eligibility.engine import assess
    from eligibility.profile import load_profile
    from eligibility.rules import load_ruleset

    rule_sets = [load_ruleset(str(path)) for path in RULE_SETS]
    differ, pairs = [], 0
    for i, (name, cv) in enumerate(_cvs(tmp_path)):
        imported = tmp_path / f"{i}.imported.yaml"
        imported.write_text(importer.profile_text(importer.read_cv(str(cv)), None), "utf-8")
        direct, from_import = load_profile(str(cv)), load_profile(str(imported))
        for ruleset in rule_sets:
            for after_degree in (False, True):
                pairs += 1
                a = _statuses(assess(ruleset, direct, after_degree=after_degree))
                b = _statuses(assess(ruleset, from_import, after_degree=after_degree))
                if a != b:
                    changed = {k: (a[1][k], b[1][k]) for k in a[1] if a[1][k] != b[1].get(k)}
                    differ.append(
                        f"{name} | {ruleset.posting.id}{' --after-degree' * after_degree}: {a[0]} vs {b[0]} {changed}"
                    )
    assert pairs >= len(RULE_SETS) * 2 * (len(CASES) + 4)
    assert not differ, "\n".join(differ)


@pytest.mark.parametrize("cv", ["jonas-berg.resume.json", "mira-kovac.europass.xml", "tomas-ferreira.europass-v3.xml"])
def test_the_commands_agree_on_a_cv_and_its_import_piped_in(cv):
    imported = run("import", str(FIXTURES / cv))
    assert imported.returncode == 0, imported.stderr.decode()
    for posting in ("SEC000821", "KOS000396"):
        direct = run("check", posting, str(FIXTURES / cv), "--json")
        piped = run("check", posting, "-", "--json", stdin=imported.stdout)
        assert direct.returncode == piped.returncode != 2, piped.stderr.decode()
        a, b = json.loads(direct.stdout), json.loads(piped.stdout)
        assert a["verdict"] == b["verdict"]
        assert [(c["id"], c["status"]) for c in a["criteria"]] == [(c["id"], c["status"]) for c in b["criteria"]]


def test_a_cv_with_every_language_level_open_and_its_imported_file_check_alike(tmp_path):
    """Every level asked: the imported file states no languages (no bare `languages:`, no empty mapping), and
    `check` on it says what `check` on the CV says of every language criterion: unknown, with the level to give."""
    from test_cv_cases import written

    case = {"resume": {"languages": [{"language": "German", "fluency": "Conversational"}]}}
    cv = written(case, tmp_path)
    imported = tmp_path / "imported.yaml"
    done = run("import", str(cv), "-o", str(imported))
    assert done.returncode == 0, done.stderr.decode()
    data = yaml.safe_load(imported.read_text("utf-8"))
    assert "languages" not in data and data["held_back"]["languages"]
    rules = str(FIXTURES / "rules" / "legal-officer.yaml")
    said = [
        {
            c["id"]: (c["status"], c["reason"], c["advice"])
            for c in checked(rules, profile)["criteria"]
            if c["kind"] == "language"
        }
        for profile in (cv, imported)
    ]
    assert said[0] == said[1]
    assert said[0]["german"][0] == "unknown" and "give the level of German" in said[0]["german"][2][0]
