"""What every check may ask about the candidate and the posting, computed once per assessment."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eligibility.experience import Tally, tally
from eligibility.organisation import Organisation, osce
from eligibility.profile import LADDER, Profile


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
        """The mandatory degree criterion whose paths set the experience minimum.

        The one with in-lieu paths if any; else the highest university level; else the first.
        """
        mandatory = [c for c in self.ruleset.criteria if c.kind == "education" and c.mandatory]
        on_ladder = [c for c in mandatory if c.params.level in LADDER]
        with_paths = [c for c in on_ladder if c.params.in_lieu]
        if with_paths:
            return with_paths[0]
        if on_ladder:
            return max(on_ladder, key=lambda c: LADDER.index(c.params.level))
        return mandatory[0] if mandatory else None

    def primary_experience(self):
        """The mandatory experience criterion with a minimum: the one education paths adjust."""
        return next(
            (c for c in self.ruleset.criteria if c.kind == "experience" and c.mandatory and c.params.min_years > 0), None
        )

    def education_paths(self):
        """The primary degree criterion's paths and how the candidate stands on each (see checks.education)."""
        if self._education is None:
            from eligibility.checks import education

            criterion = self.primary_education()
            self._education = education.paths_for(criterion, self) if criterion else ()
        return self._education
