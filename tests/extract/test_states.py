"""The state table: names and codes, and which codes need their neighbours to count."""

from __future__ import annotations

import pytest

from scout.extract.states import AMBIGUOUS_CODES, CODES, NAME_TO_CODE, STRICT_CODES, code_for


def test_every_state_and_dc() -> None:
    assert len(NAME_TO_CODE) == 51
    assert len(CODES) == 51
    assert STRICT_CODES <= AMBIGUOUS_CODES <= CODES


@pytest.mark.parametrize(
    ("token", "code"),
    [
        ("Ohio", "OH"),
        ("OH", "OH"),
        ("West Virginia", "WV"),
        ("Virginia", "VA"),
        ("District of Columbia", "DC"),
        ("New Mexico", "NM"),
        ("Ontario", None),
        ("ohio", None),
        ("US", None),
        ("MR", None),
    ],
)
def test_code_for(token: str, code: str | None) -> None:
    assert code_for(token) == code


@pytest.mark.parametrize("code", ["CT", "IN", "OR", "ME", "OK", "MD", "PA", "VA", "DE", "HI", "ID"])
def test_word_like_codes_are_strict(code: str) -> None:
    assert code in STRICT_CODES
