"""Country names and duty-station cities (data/countries.yaml)."""

from __future__ import annotations

import pytest

from eligibility.countries import city_country, country_code, country_hint


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


def test_a_state_style_alone_is_no_country():
    assert country_code("Republic of") is None
    assert country_code("Kingdom of Atlantis") is None


def test_a_misspelt_formal_name_is_not_taken_for_another_country():
    assert "Korea" not in country_hint("Republic of Kosovoo")


@pytest.mark.parametrize(
    "city,code", [("Geneva", "CH"), ("the hague", "NL"), ("Addis  Ababa", "ET"), ("Atlantis", None)]
)
def test_a_duty_station_city_names_its_country(city, code):
    assert city_country(city) == code
