"""The ISO names kept as data (data/iso639.json, data/iso3166.json): pycountry's answers, without loading it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT

from eligibility import countries, isonames, languages

DATA = ROOT / "eligibility" / "data"


@pytest.mark.parametrize("name", ["iso639", "iso3166"])
def test_the_tables_in_the_repository_are_pycountrys_answers(name):
    stored = json.loads((DATA / f"{name}.json").read_text("utf-8"))
    built = isonames.tables()[name]
    stored.pop("source"), built.pop("source")
    assert stored == built, f"regenerate: python -m eligibility.isonames {name} > eligibility/data/{name}.json"


def test_every_language_with_a_two_letter_code_is_in_the_table_by_name_and_codes():
    import pycountry

    known = languages._known()
    for lang in pycountry.languages:
        if hasattr(lang, "alpha_2"):
            assert known[lang.alpha_2] == known[lang.alpha_3] == known[lang.name.lower()]


@pytest.mark.parametrize(
    "value,name",
    [
        ("English", "English"),
        ("en", "English"),
        (" SRP ", "Serbian"),
        ("Kirghiz", "Kyrgyz"),
        ("Farsi", "Persian"),
        ("Montenegrin", "Montenegrin"),
        ("Udmurt", "Udmurt"),  # no two-letter code: found in pycountry's own table
        ("udm", "Udmurt"),
        ("Klingonese", None),
    ],
)
def test_a_language_name_is_the_same_from_the_table_and_from_pycountry(value, name):
    languages.language_name.cache_clear()
    assert languages.language_name(value) == name
    assert languages.iso_language_name(value.strip().lower()) == name


@pytest.mark.parametrize(
    "value,code",
    [("HR", "HR"), ("hrv", "HR"), ("Croatia", "HR"), ("Republic of Croatia", "HR"), ("191", "HR"), ("Atlantis", None)],
)
def test_a_country_is_the_same_from_the_table_and_from_pycountry(value, code):
    assert countries.country_code(value) == code
    assert countries.iso_country_code(value.lower()) == code


def test_a_country_name_is_the_same_from_the_table_and_from_pycountry():
    for code in ("HR", "RU", "MK", "GB", "TW"):
        assert countries.country_name(code) == countries.iso_country_name(code)


def _imports_pycountry(*args: str, stdin: str | None = None) -> bool:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "eligibility", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"ELIGIBILITY_CACHE": "off", "PATH": ""},
    )
    assert "Traceback" not in proc.stderr
    return "| pycountry" in proc.stderr


def test_check_and_screen_read_languages_and_nationalities_without_pycountry(tmp_path):
    profile = tmp_path / "ana.yaml"
    profile.write_text(
        "nationalities: [HR, Bosnia and Herzegovina]\npermanent_residence: [AUT]\n"
        "languages: {Croatian: native, en: C1, srp: B2, German: A2}\n",
        "utf-8",
    )
    assert not _imports_pycountry("check", "KOS000396", str(profile))
    row = '{"nationalities": ["Croatia"], "languages": {"English": "C1", "ru": "B1"}}\n'
    assert not _imports_pycountry("screen", "KOS000396", "-", "--format", "csv", stdin=row)


def test_a_name_the_tables_do_not_hold_still_reads_as_before(tmp_path):
    profile = tmp_path / "ana.yaml"
    profile.write_text("nationalities: [HR]\nlanguages: {Udmurt: native, Klingonese: C1}\n", "utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "eligibility", "check", "KOS000396", str(profile)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"ELIGIBILITY_CACHE": "off", "PATH": ""},
    )
    assert proc.returncode == 2
    assert "unknown language 'Klingonese'" in proc.stderr
    assert "Udmurt" not in proc.stderr


@pytest.mark.parametrize(
    "written,name",
    [
        ("Swahili", "Swahili"),  # ISO: 'Swahili (macrolanguage)'
        ("Kiswahili", "Swahili"),
        ("Malay", "Malay"),
        ("Nepali", "Nepali"),
        ("Pashto", "Pashto"),  # ISO: 'Pushto'
        ("Pushto", "Pashto"),
        ("Romani", "Romani"),  # ISO 639-2 only
        ("Moldovan", "Romanian"),
        ("Flemish", "Dutch"),
        ("Valencian", "Catalan"),
        ("Farsi", "Persian"),
        ("Castilian", "Spanish"),
        ("Kirghiz", "Kyrgyz"),
        ("Moldavian", "Romanian"),
        # other names ISO 639-2 lists, and names in common use it does not
        ("Sinhalese", "Sinhala"),
        ("Uyghur", "Uighur"),
        ("Haitian Creole", "Haitian"),
        ("Nyanja", "Chichewa"),
        ("Greenlandic", "Kalaallisut"),
        ("Kikongo", "Kongo"),
        ("Kirundi", "Rundi"),
        ("Tajiki", "Tajik"),
        ("Sepedi", "Pedi"),  # Northern Sotho, by the names South Africa writes it with
        ("Northern Sotho", "Pedi"),
        # a Bantu language's own name: its noun-class prefix and the name ISO lists
        ("isiZulu", "Zulu"),
        ("siSwati", "Swati"),
        ("Xitsonga", "Tsonga"),
        ("Luganda", "Ganda"),
        ("Karakalpak", "Karakalpak"),  # ISO: 'Kara-Kalpak'
        ("Kikuyu", "Kikuyu"),
        ("Dari", "Dari"),  # ISO 639-3: a language of the Persian macrolanguage
        ("sw", "Swahili"),
        # What speakers call their own language (data/languages.yaml).
        ("Deutsch", "German"),
        ("Français", "French"),
        ("Francais", "French"),
        ("Español", "Spanish"),
        ("Italiano", "Italian"),
        ("Русский", "Russian"),
        ("Polski", "Polish"),
        ("Hrvatski", "Croatian"),
        ("Srpski", "Serbian"),
        ("Shqip", "Albanian"),
        ("Türkçe", "Turkish"),
        ("Română", "Romanian"),
        ("Українська", "Ukrainian"),
        ("Srpskohrvatski", "Serbo-Croatian"),
    ],
)
def test_a_language_is_known_by_the_name_people_write(written, name, tmp_path):
    """The name a profile or a posting writes, as the tool shows it, read fast and located alike."""
    from eligibility.profile import read_profile
    from eligibility.quickread import quick_profile

    assert languages.language_name(written) == name
    data = {"name": "A", "languages": {written: "B2"}}
    assert read_profile(data, "p.yaml").languages == {name: "B2"}
    fast = quick_profile(data, "p.yaml")
    assert fast is not None and fast.languages == {name: "B2"}


def test_every_name_of_the_language_table_is_a_language_the_tool_names():
    """An endonym names the language of its ISO 639-3 code, and a macrolanguage and its languages are written as
    the tool writes them, so that no row of data/languages.yaml is silently dead."""
    import pycountry

    table = languages._table()
    for endonym, code in table["endonyms"].items():
        assert endonym == endonym.strip().lower(), endonym
        assert languages.language_name(endonym) == languages._display(pycountry.languages.get(alpha_3=code)), endonym
    for macro, members in table["macrolanguages"].items():
        for name in (macro, *members):
            assert languages.language_name(name) == name, name


def test_a_suggestion_names_the_language_a_misspelt_name_is_never_only_another():
    """Every name the tool knows with one letter dropped is offered as its own language ('Deutch': 'German'
    ('Deutsch') or 'Dutch'), never turned into another."""
    known = list(languages._table()["endonyms"]) + languages._names()
    for name in known:
        language = languages.language_name(name)
        for i in range(len(name)):
            typo = name[:i] + name[i + 1 :]
            if len(typo) >= 4 and languages.language_name(typo) is None:
                assert f"'{language}'" in languages.language_hint(typo), (name, typo)


@pytest.mark.parametrize(
    "written,hint",
    [
        ("Deutch", "did you mean 'German' ('Deutsch') or 'Dutch'?"),
        ("Hrvatsky", "did you mean 'Croatian' ('Hrvatski')?"),
        ("Englsh", "did you mean 'English'?"),
        ("Klingonese", "use an English language name such as 'Serbian' or an ISO 639 code"),
    ],
)
def test_a_language_hint_names_each_language_a_close_name_could_be(written, hint):
    assert languages.language_hint(written) == hint
