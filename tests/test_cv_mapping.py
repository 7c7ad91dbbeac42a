"""The documented tables that turn a CV's words into profile values."""

from __future__ import annotations

import pytest

from eligibility.cv import mapping


@pytest.mark.parametrize(
    "code,level",
    [
        ("8", "doctorate"),
        ("7", "master"),
        ("EQF 6", "bachelor"),
        ("http://data.europa.eu/snb/eqf/7", "master"),
        ("5", "professional-certificate"),
        ("4", "secondary"),
        ("3", "secondary"),
        ("2", None),
        ("1", None),
        ("none", None),
    ],
)
def test_eqf_and_isced_levels_map_to_degree_levels(code, level):
    found = mapping.qualification_level(code)
    assert (found[0] if found else None) == level


@pytest.mark.parametrize(
    "words,level",
    [
        ("Master of Arts in Security Studies", "master"),
        ("Master's degree", "master"),
        ("Bachelor of Laws", "bachelor"),
        ("PhD in Political Science", "doctorate"),
        ("MSc Risk Management", "master"),
        ("LL.M.", "master"),
        ("BA (Hons) History", "bachelor"),
        ("Second-level university degree", "master"),
        ("Licenciatura", None),
        ("Certificate of attendance", None),
    ],
)
def test_a_qualifications_name_gives_its_level_through_the_compilers_wording(words, level):
    found = mapping.degree_from_words(words)
    assert (found[0] if found else None) == level


@pytest.mark.parametrize(
    "title,subject",
    [
        ("Master of Arts in International Relations", "International Relations"),
        ("Bachelor of Political Science", "Political Science"),
        ("Bachelor of Laws", "Law"),
        ("Master of Science", None),
        ("MSc in Risk Management, with distinction", "Risk Management"),
        ("Licenciatura", None),
    ],
)
def test_the_subject_is_read_from_a_qualifications_name(title, subject):
    assert mapping.field_from_title(title) == subject


def test_one_cefr_level_per_language_is_the_lowest_self_assessed_skill():
    level, note = mapping.lowest_level(
        {"listening": "C2", "reading": "C2", "spoken interaction": "B2", "spoken production": "C1", "writing": "C1"}
    )
    assert level == "B2" and "spoken interaction" in note
    # A partly filled grid does not show the level: a skill not stated could be the lowest.
    assert mapping.lowest_level({"listening": "C2", "writing": "b1"}) is None
    assert mapping.partial_grid({"listening": "C2", "writing": "b1"}) == "listening C2, writing B1"
    assert mapping.lowest_level({"overall": "B2"})[0] == "B2"
    assert mapping.lowest_level({"listening": "excellent"}) is None


@pytest.mark.parametrize(
    "fluency,level",
    [
        ("Native speaker", "native"),
        ("Mother tongue", "native"),
        ("Bilingual", "native"),
        ("Fluent", "C1"),
        ("Full professional proficiency", "C1"),
        ("Working knowledge", "B2"),
        ("Good", "B2"),
        ("Elementary", "A2"),
        ("Upper intermediate (B2)", "B2"),
        ("c1", "C1"),
        ("Conversational", None),
    ],
)
def test_json_resume_fluency_words_go_through_the_wording_table(fluency, level):
    found = mapping.level_from_fluency(fluency)
    assert (found[0] if found else None) == level


DENIED_FLUENCY = [
    ("Not fluent", None),
    ("not Fluent", None),
    ("Not native", None),
    ("Non-native speaker", None),
    ("I am not a native speaker", None),
    ("No knowledge", None),
    ("None", None),
    ("Little or no knowledge", None),
    ("Hardly fluent", None),
    ("Lacks fluency", None),
    ("Without proficiency", None),
    ("Not bilingual", None),
    ("Not C1", None),
    ("Basic, not fluent", "A2"),
    ("Not native, basic", "A2"),
    ("Fluent, but not native", "C1"),
    ("Good, not fluent, C1", None),
]


@pytest.mark.parametrize("fluency,level", DENIED_FLUENCY, ids=[f for f, _ in DENIED_FLUENCY])
def test_a_fluency_that_denies_a_level_is_never_that_level(fluency, level):
    # Only the one level the rest of it states counts; else the level is asked.
    found = mapping.level_from_fluency(fluency)
    assert (found[0] if found else None) == level


@pytest.mark.parametrize(
    "text,end,value,month",
    [
        ("2019-09", False, "2019-09", None),
        ("2019-09-15", False, "2019-09-15", None),
        ("2019-09-15T08:30:00Z", False, "2019-09-15", None),
        ("2019", False, "2019", "December"),
        ("2019", True, "2019", "January"),
        ("2019-9", False, "2019-09", None),
    ],
)
def test_dates_of_any_precision_the_standards_allow(text, end, value, month):
    """A year alone stays a year alone: the profile reads it at the month that counts least, which the note names."""
    got, note = mapping.cv_date(text, end=end)
    assert got == value
    assert note is None if month is None else f"read as {month}, the month that counts least" in note


def test_a_completion_year_alone_is_read_at_its_least_favourable_month():
    value, note = mapping.completion_date("2008")
    assert value == "2008" and "read as December, the month that counts least" in note


@pytest.mark.parametrize("text", ["2019-13", "2019-02-30", "last year", "19-01", ""])
def test_impossible_dates_are_refused(text):
    with pytest.raises(ValueError):
        mapping.cv_date(text, end=False)


@pytest.mark.parametrize(
    "words,share",
    [
        ("Legal consultant (part-time, 50%)", (0.5, "50%")),
        ("Associate (part-time 60 %)", (0.6, "60 %")),
        ("Half-time lecturer", (0.5, "Half-time")),
        ("80% FTE", (0.8, "80%")),
        ("Paralegal (part-time)", (None, "part-time")),
        ("Analyst; raised the unit's output by 30%", None),
        ("Part-time clerk. Over the years the office cut its costs by 30%", (None, "Part-time")),
        ("Officer", None),
        # A full-time equivalent is a share; hours a week and 'PT' say part-time but no share (asked).
        ("Security coordinator, 0.5 FTE", (0.5, "0.5 FTE")),
        ("Analyst (FTE 0,8)", (0.8, "FTE 0,8")),
        ("Analyst, 1.0 FTE", None),
        ("Security coordinator (20 h/week)", (None, "20 h/week")),
        ("Trainer, 30 hours per week", (None, "30 hours per week")),
        ("Security coordinator (PT)", (None, "PT")),
        ("Analyst, PT", (None, "PT")),
        ("PT instructor", None),
    ],
)
def test_a_part_time_share_is_read_next_to_the_words_that_make_it_one(words, share):
    assert mapping.part_time(words) == share


@pytest.mark.parametrize(
    "described,share",
    [
        ("Security at football matches, including half-time crowd control.", (None, "half-time")),
        ("Led half-time training sessions for new recruits.", (None, "half-time")),
        ("Supervised part-time staff, 50% of the team.", (None, "part-time")),
        ("Worked half-time.", (0.5, "half-time")),
        ("On a half-time basis; patrols and reports.", (0.5, "half-time")),
        ("Part-time (60%), patrols and reports.", (0.6, "60%")),
    ],
)
def test_in_a_description_only_a_statement_of_the_jobs_own_working_time_sets_its_share(described, share):
    assert mapping.part_time(described, described=True) == share


@pytest.mark.parametrize(
    "name,state",
    [
        ("Master of Laws (unfinished)", "unfinished"),
        ("Master's degree - not completed", "unfinished"),
        ("LL.M., left without degree", "unfinished"),
        ("Bachelor (incomplete)", "unfinished"),
        ("MA (ongoing)", "in progress"),
        ("Master's studies in Law", "unclear"),
        ("Master of Arts in Security Studies", None),
        ("Candidate of Sciences", None),
        ("PhD candidate", "in progress"),
        ("Doctoral candidate in Law", "in progress"),
        ("Master Class Certificate in Risk Management", "not a degree"),
        ("Executive Master Class in Security Management", "not a degree"),
        ("Visiting PhD researcher", "not a degree"),
        ("Certified Scrum Master", "not a degree"),
        ("Scrum Master certification", "not a degree"),
        ("Master Diver", "not a degree"),
        ("Master Mariner", "not a degree"),
        ("Summer school (Master level)", "not a degree"),
        ("Bachelor exchange semester", "not a degree"),
        ("Bachelor's level module", "not a degree"),
        ("Master's degree certificate", None),
        ("Master of Science in Computer Science", None),
    ],
)
def test_what_a_qualifications_name_says_of_its_completion(name, state):
    found = mapping.degree_state(name)
    assert (found[0] if found else None) == state


@pytest.mark.parametrize(
    "fluency",
    ["Elementary proficiency", "Limited working proficiency", "Professional working proficiency", "Proficient"],
)
def test_scale_words_with_no_agreed_cefr_level_are_asked(fluency):
    assert mapping.level_from_fluency(fluency) is None
