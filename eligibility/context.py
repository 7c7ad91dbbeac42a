"""What every check may ask about the candidate and the posting, computed once per assessment."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eligibility.experience import Tally, tally
from eligibility.organisation import Organisation, osce
from eligibility.profile import Profile


@dataclass
class Context:
    profile: Profile
    ruleset: Any  # rules.RuleSet
    as_of: date
    organisation: Organisation = field(default_factory=osce)
    _tallies: dict = field(default_factory=dict)
    _education: Any = None

    def experience(self, fields: tuple[str, ...], *, management: bool = False) -> Tally | None:
        """Relevant experience, or None when the profile does not state its experience."""
        if self.profile.experience is None:
            return None
        key = (fields, management)
        if key not in self._tallies:
            self._tallies[key] = tally(self.profile.experience, self.as_of, fields, management=management)
        return self._tallies[key]

    def primary_education(self):
        return self.ruleset.primary_education

    def primary_experience(self):
        return self.ruleset.primary_experience

    def education_paths(self):
        """The primary degree criterion's paths and how the candidate stands on each (see checks.education)."""
        if self._education is None:
            from eligibility.checks import education

            criterion = self.primary_education()
            self._education = education.paths_for(criterion, self) if criterion else ()
        return self._education
