"""Writes the tables of ISO names kept as data (data/iso639.json, data/iso3166.json) from pycountry.

Reading a profile looks up its languages and nationalities; loading pycountry for that costs every
command some 60 ms, so the names and codes people write are kept as data, with the answers
`languages.language_name`, `countries.country_code` and `countries.country_name` give them. A name
the tables do not hold is still looked up in pycountry, so the answers are the same either way; a
test keeps the tables equal to pycountry's. After an update of pycountry:

    python -m eligibility.isonames iso639 > eligibility/data/iso639.json
    python -m eligibility.isonames iso3166 > eligibility/data/iso3166.json
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version

from eligibility.countries import iso_known_countries
from eligibility.languages import iso_known_names


def tables() -> dict[str, dict[str, object]]:
    """Each file's content, from the installed pycountry."""
    source = f"pycountry {version('pycountry')}"
    return {
        "iso639": {"source": source, "names": iso_known_names()},
        "iso3166": {"source": source, **iso_known_countries()},
    }


def main(argv: list[str]) -> int:
    known = tables()
    if len(argv) != 1 or argv[0] not in known:
        print(f"usage: python -m eligibility.isonames {{{'|'.join(known)}}}", file=sys.stderr)
        return 2
    sys.stdout.write(json.dumps(known[argv[0]], ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
