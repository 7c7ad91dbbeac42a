"""Country names and duty-station cities (data/countries.yaml)."""

from __future__ import annotations

import pytest

from eligibility.countries import city_country, country_code, country_hint, spelt_like


@pytest.mark.parametrize(
    "name,code",
    [
        ("Republic of Kosovo", "XK"),
        ("Kosovo", "XK"),
        ("the Republic of Moldova", "MD"),
        ("Kingdom of the Netherlands", "NL"),
        ("Republic of Korea", "KR"),
        ("Türkiye", "TR"),
        ("AT", "AT"),
        ("UK", "GB"),
        ("EL", "GR"),  # the European Union's codes, which ISO 3166 reserves for Greece and the United Kingdom
    ],
)
def test_a_country_by_its_everyday_or_formal_name(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize(
    "name,code",
    [
        ("Deutschland", "DE"),
        ("Österreich", "AT"),
        ("Norge", "NO"),  # quoted in the data file: YAML 1.1 reads a bare NO as false
        ("Kosova", "XK"),
        ("Sverige", "SE"),
        ("Россия", "RU"),
        ("Crna Gora", "ME"),
        ("Schweiz", "CH"),
        ("O'zbekiston", "UZ"),
        ("Island", None),  # Iceland's own name is also an English word: never read as a country
    ],
)
def test_a_participating_state_by_its_name_in_its_own_language(name, code):
    assert country_code(name) == code


def test_a_state_style_alone_is_no_country():
    assert country_code("Republic of") is None
    assert country_code("Kingdom of Atlantis") is None


def test_a_misspelt_formal_name_is_not_taken_for_another_country():
    assert "Korea" not in country_hint("Republic of Kosovoo")


@pytest.mark.parametrize(
    "written,code",
    [
        ("Lichtenstein", "LI"),  # a letter left out
        ("Norwey", "NO"),  # a letter changed
        ("Estonai", "EE"),  # two letters swapped
        ("Swizerland", "CH"),
        ("Austria", None),  # a country as written: nothing to correct
        ("Nigera", None),  # as near Niger as Nigeria: no guess
        ("Tambia", None),  # as near Gambia as Zambia
        ("Mali", None),  # too short to guess from
        ("Narnia", None),
    ],
)
def test_a_name_one_letter_from_one_country_is_read_as_it(written, code):
    assert spelt_like(written) == code


@pytest.mark.parametrize(
    "city,code", [("Geneva", "CH"), ("the hague", "NL"), ("Addis  Ababa", "ET"), ("Atlantis", None)]
)
def test_a_duty_station_city_names_its_country(city, code):
    assert city_country(city) == code


@pytest.mark.parametrize(
    "written,hint",
    [
        ("England", "did you mean 'United Kingdom' or 'GB'?"),
        ("Scotland", "did you mean 'United Kingdom' or 'GB'?"),
        ("wales", "did you mean 'United Kingdom' or 'GB'?"),
        ("Northern  Ireland", "did you mean 'United Kingdom' or 'GB'?"),
        ("RKS", "did you mean 'Kosovo' or 'XK'?"),  # never Serbia's RS, the closest code
        ("KOS", "did you mean 'Kosovo' or 'XK'?"),
        ("Soviet Union", "no longer a country: give the present nationality"),
        ("USSR", "no longer a country: give the present nationality"),
        ("Yugoslavia", "no longer a country: give the present nationality"),
        ("Czechoslovakia", "no longer a country: give the present nationality"),  # never Czechia alone
        ("Pristina", "a city: give the country, 'Kosovo' or 'XK'"),
        ("Vienna", "a city: give the country, 'Austria' or 'AT'"),
        ("Croatai", "did you mean 'Croatia'?"),
    ],
)
def test_a_name_that_is_no_country_gets_the_suggestion_that_fits_it(written, hint):
    assert country_code(written) is None  # suggested, never read as a country
    assert country_hint(written) == hint


def test_the_suggestion_is_in_the_profile_error(tmp_path):
    from casecheck import assert_one_line_error
    from clirun import run_bytes

    path = tmp_path / "p.yaml"
    path.write_text("nationalities: [AT, RKS]\n")
    assert_one_line_error(
        run_bytes("check", "KOS000396", str(path)),
        [f"{path}:1: nationalities[1]: unknown country 'RKS' (did you mean 'Kosovo' or 'XK'?)"],
    )
