"""--help says what each argument takes, in the words every command uses."""

from __future__ import annotations

import pytest
from clirun import run


@pytest.mark.parametrize("command", ["check", "match"])
def test_profile_help_says_cvs_are_read_too(command):
    words = " ".join(run(command, "--help", columns=200).stdout.split())
    assert "PROFILE A candidate profile (YAML or JSON) or CV (Europass XML or PDF, JSON Resume)" in words


@pytest.mark.parametrize("command", ["import", "screen"])
def test_an_output_option_is_named_file(command):
    assert "-o, --output FILE" in run(command, "--help", columns=200).stdout


def test_validate_help_says_it_takes_files_not_posting_ids():
    assert "not posting ids" in " ".join(run("validate", "--help", columns=200).stdout.split())
