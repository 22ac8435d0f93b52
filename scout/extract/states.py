"""US state names and postal codes, and which codes double as ordinary words or abbreviations.

The licensing extractor reads these; an ambiguous code ("IN", "OR", "CT", "MD") only counts as a
state when its neighbours make that clear (a list of states, or "license" right beside it).
"""

from __future__ import annotations

NAME_TO_CODE: dict[str, str] = {
    "Alabama": "AL",
    "Alaska": "AK",
    "Arizona": "AZ",
    "Arkansas": "AR",
    "California": "CA",
    "Colorado": "CO",
    "Connecticut": "CT",
    "Delaware": "DE",
    "District of Columbia": "DC",
    "Florida": "FL",
    "Georgia": "GA",
    "Hawaii": "HI",
    "Idaho": "ID",
    "Illinois": "IL",
    "Indiana": "IN",
    "Iowa": "IA",
    "Kansas": "KS",
    "Kentucky": "KY",
    "Louisiana": "LA",
    "Maine": "ME",
    "Maryland": "MD",
    "Massachusetts": "MA",
    "Michigan": "MI",
    "Minnesota": "MN",
    "Mississippi": "MS",
    "Missouri": "MO",
    "Montana": "MT",
    "Nebraska": "NE",
    "Nevada": "NV",
    "New Hampshire": "NH",
    "New Jersey": "NJ",
    "New Mexico": "NM",
    "New York": "NY",
    "North Carolina": "NC",
    "North Dakota": "ND",
    "Ohio": "OH",
    "Oklahoma": "OK",
    "Oregon": "OR",
    "Pennsylvania": "PA",
    "Rhode Island": "RI",
    "South Carolina": "SC",
    "South Dakota": "SD",
    "Tennessee": "TN",
    "Texas": "TX",
    "Utah": "UT",
    "Vermont": "VT",
    "Virginia": "VA",
    "Washington": "WA",
    "West Virginia": "WV",
    "Wisconsin": "WI",
    "Wyoming": "WY",
}

CODES: frozenset[str] = frozenset(NAME_TO_CODE.values())

# Codes that are also English words, titles, time zones, modalities or common abbreviations
# (CT scan / Central Time, MD the degree, PA the physician assistant, VA the Veterans Affairs, ...).
AMBIGUOUS_CODES: frozenset[str] = frozenset(
    {
        "AL", "AR", "CO", "CT", "DC", "DE", "GA", "HI", "ID", "IN", "LA", "MA", "MD", "ME", "MI",
        "MO", "MS", "MT", "NE", "OH", "OK", "OR", "PA", "SC", "SD", "UT", "VA", "WA",
    }
)  # fmt: skip

# The codes that are most often something else (a degree, a modality, a time zone, an English
# word): these need a licence word right beside them or a list of states around them.
STRICT_CODES: frozenset[str] = frozenset(
    {"CT", "DC", "DE", "HI", "ID", "IN", "MA", "MD", "ME", "MS", "OK", "OR", "PA", "VA", "CO"}
)


def code_for(token: str) -> str | None:
    """The postal code for a state name or code as written ("Ohio" or "OH"), else None."""
    if token in CODES:
        return token
    return NAME_TO_CODE.get(token)
