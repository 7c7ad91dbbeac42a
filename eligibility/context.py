"""What every check may ask about the candidate and the posting, computed once per assessment."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from eligibility.experience import NO_DEGREE, RelevantExperience, timeline_for
from eligibility.organisation import Organisation, osce
from eligibility.profile import Profile


@dataclass
class Context:
    profile: Profile
    ruleset: Any  # rules.RuleSet
    as_of: date
    after_degree: bool = False
    """Count only experience gained after the qualifying degree (the EU's rule; the OSCE states none)."""
    organisation: Organisation = field(default_factory=osce)
    _timeline: Any = None
    _degree_date: Any = False
    _undated: bool = False
    _paths: Any = None
    _after_degree: Any = None

    def after_the_degree(self) -> Context:
        """This assessment counting experience only from the qualifying degree, for a criterion whose posting says
        so ('… experience after the diploma'), whatever `after_degree` says for the others."""
        if self.after_degree:
            return self
        if self._after_degree is None:
            self._after_degree = Context(
                profile=self.profile,
                ruleset=self.ruleset,
                as_of=self.as_of,
                after_degree=True,
                organisation=self.organisation,
            )
        return self._after_degree

    def experience(self, fields: tuple[str, ...], *, management: bool = False) -> RelevantExperience | None:
        """Relevant experience, or None when the profile does not state its experience."""
        if self.profile.experience is None:
            return None
        if self._timeline is None:
            self._timeline = timeline_for(
                self.profile, self.as_of, self.degree_date(), may_be_earlier=self.degree_date_unknown
            )
        return self._timeline.relevant(fields, management=management)

    def degree_date(self) -> date | None:
        """With `after_degree`: when the earliest dated qualifying degree was completed; else None.

        Qualifying degrees are those the primary degree criterion accepts on any of its
        paths (any higher-education degree when the posting has no such criterion). The earliest dated one is
        used: what counts from it is the least that counts, as an undated one may have come earlier (see
        `degree_date_unknown`). A profile that
        states its education and holds no qualifying degree by the assessment date counts from `NO_DEGREE`:
        no experience counts.
        """
        if self._degree_date is False:
            self._degree_date = None
            if self.after_degree:
                qualifying = self._qualifying_degrees()
                dated = [d.completed.end_exclusive for d in qualifying if d.completed is not None]
                self._undated = len(dated) < len(qualifying)
                if dated:
                    self._degree_date = min(dated)
                elif not qualifying and self.profile.education is not None:
                    self._degree_date = NO_DEGREE
        return self._degree_date

    @property
    def degree_date_unknown(self) -> bool:
        """With `after_degree`, a qualifying degree has no date: what counts from before the earliest dated one (all
        of it, when none is dated) may count too, and cannot be known."""
        return self.after_degree and (self.degree_date() is None or self._undated)

    def _qualifying_degrees(self) -> list:
        from eligibility.degrees import HIGHER_EDUCATION, accepts

        held = [d for d in (self.profile.education or ()) if d.completed is None or d.completed.first_day <= self.as_of]
        criterion = self.ruleset.primary_education
        if criterion is None:
            # Without a degree criterion, the qualifying degree is one of higher education: secondary school or a
            # professional certificate is no degree experience is counted from.
            return [d for d in held if d.level in HIGHER_EDUCATION]
        floors = criterion.module.accepted_levels(criterion.params)
        return [d for d in held if accepts(d.level, floors)]

    def paths(self, criterion):
        """A degree criterion's paths and how the candidate stands on each (see checks.paths): worked out once
        per assessment, for its quick judgement and its outcome alike."""
        known = self._paths
        if known is None:
            known = self._paths = {}
        found = known.get(id(criterion))
        if found is None:
            found = known[id(criterion)] = _paths_for()(criterion, self)
        return found


@lru_cache(maxsize=1)
def _paths_for():
    from eligibility.checks.paths import paths_for  # the kinds' package reads this module: imported when first used

    return paths_for
