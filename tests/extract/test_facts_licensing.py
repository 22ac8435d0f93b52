"""Licensing: fees paid, IMLC, and the states named as licences (not as places or words)."""

from __future__ import annotations

import pytest

from scout.extract.doc import Doc
from scout.extract.facts_licensing import licensing
from scout.extract.facts_scope import build_scope


def read(text: str) -> tuple[bool | None, bool, list[str]]:
    lic, evidence = licensing(build_scope(Doc(text)))
    assert all(text[e.start : e.end] == e.text for e in evidence)
    return lic.paid, lic.imlc, sorted(lic.states)


@pytest.mark.parametrize(
    ("text", "paid"),
    [
        ("TX, OK and LA licenses required (we pay).", True),
        ("All lic fees paid; IMLC fine.", True),
        ("Licensure and credentialing costs reimbursed.", True),
        ("NY license preferred; we'll pay for any additional states.", True),
        ("TX and LA licenses needed; we reimburse.", True),
        ("Lic: they handle + pay.", True),
        ("Licensing: $2,500/yr licensing stipend.", True),
        ("Credentialing and licensing handled by our team at no cost to you.", True),
        ("Payment of Washington licensure and DEA registration fees.", True),
        ("Any additional licenses are obtained at our cost.", True),
        ("A Maine license is required; we'll reimburse the fee.", True),
        ("Lic: Illinois required; Indiana helpful. Both paid.", True),
        ("The health system pays licensure and credentialing costs.", True),
        ("We cover license fees for every state we add.", True),
        ("License fees are on us.", True),
        ("Fees are yours.\n", None),
        ("Need 5+ state licenses. Fees are yours.", False),
        ("State license fees are yours to pay.", False),
        ("Physicians are responsible for their own license and renewal fees.", False),
        ("Licensing is at your own expense.", False),
        ("We do not reimburse licensing fees.", False),
        # near-misses
        ("SC license, or eligible - we can help expedite.", None),
        ("Active Nebraska license required.", None),
        (
            "Compensation paid per RVU; rates depend on your subspecialty and on how many state "
            "licenses you hold.",
            None,
        ),
        ("You'll need licenses to cover our client hospitals in Texas.", None),
    ],
)
def test_paid(text: str, paid: bool | None) -> None:
    assert read(text)[0] is paid


@pytest.mark.parametrize(
    ("text", "imlc"),
    [
        ("IMLC-eligible preferred.", True),
        ("We use the Interstate Medical Licensure Compact to speed things up.", True),
        ("Compact licenses are fine.", True),
        ("Montana is a compact state; IMLC applications accepted.", True),
        ("Licensure through the Compact is accepted.", True),
        ("IMLC letter of qualification is a plus.", True),
        ("We are unable to use IMLC-issued licenses.", False),
        ("We do not use the Interstate Medical Licensure Compact.", False),
        ("The Compact won't help for California since it isn't a member state.", False),
        ("No IMLC: full licenses only.", False),
        ("A compact workstation fits on any desk.", False),
        ("Nothing about licensing here.", False),
    ],
)
def test_imlc(text: str, imlc: bool) -> None:
    assert read(text)[1] is imlc


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("TX, OK and LA licenses required.", ["LA", "OK", "TX"]),
        ("Active license in at least one of Ohio, Indiana, Georgia or Tennessee.", ["GA", "IN", "OH", "TN"]),
        ("Licensure in MA, NH and ME required.", ["MA", "ME", "NH"]),
        ("Need 5+ state licenses incl. IL and IN.", ["IL", "IN"]),
        ("Licensed in NY, NJ and CT.", ["CT", "NJ", "NY"]),
        ("Licenses: MA, RI, CT (we pay).", ["CT", "MA", "RI"]),
        ("Must hold an NC license or be eligible for one.", ["NC"]),
        ("Must hold or obtain VA license.", ["VA"]),
        ("need OH lic + MI lic", ["MI", "OH"]),
        ("need MD, DC and VA lic", ["DC", "MD", "VA"]),
        ("Need CA or NY on day one, they'll add the rest.", ["CA", "NY"]),
        ("Currently need CA and OR, will add more later.", ["CA", "OR"]),
        ("Need at least one of IA, NE, KS to start.", ["IA", "KS", "NE"]),
        ("Must be IMLC-eligible or hold FL, GA or SC.", ["FL", "GA", "SC"]),
        (
            "You must be licensed in Georgia. We pay for licenses in Florida, South Carolina and "
            "North Carolina.",
            ["FL", "GA", "NC", "SC"],
        ),
        ("Eligibility for an unrestricted Washington State medical license.", ["WA"]),
        ("Unrestricted license in the Commonwealth of Kentucky.", ["KY"]),
        ("Eligibility for licensure by the State Medical Board of Ohio.", ["OH"]),
        ("Licensed in New Mexico or Colorado.", ["CO", "NM"]),
        ("West Virginia license required.", ["WV"]),
        ("Location: Remote (GA preferred)", ["GA"]),
        ("Lic: Illinois required; Indiana helpful since they read for one Indiana hospital.", ["IL", "IN"]),
        # states as places, codes as words, scans and time zones
        ("Headquartered in Nashville, Tennessee.", []),
        ("We serve hospitals across Maryland and Delaware.", []),
        ("A 220-bed hospital in rural Montana.", []),
        ("Front Range Imaging Associates - Lakewood, CO", []),
        ("Full and unrestricted license in any U.S. state, territory or the District of Columbia.", []),
        ("Arizona license or eligibility, comfortable with CT, MR, US, fluoro and plain films.", ["AZ"]),
        ("Nights 10p-8a CT; active license in at least one state.", []),
        ("Schedule: 7a-5p CT. Licenses: Alabama, Georgia and Tennessee.", ["AL", "GA", "TN"]),
        ("Requirements: MD or DO, active state license.", []),
        ("Oregon Coast University Health: licensure in any state accepted.", []),
        ("The hospital sits on the western shore of Lake Michigan; Wisconsin license required.", ["WI"]),
        ("Kansas City Metro (KS/MO) locum coverage.", []),
        ("LOCUMS IN TEXAS OR OKLAHOMA - APPLY NOW", []),
        ("An active US state license is not required.", []),
        ("We read for hospitals in 38 states; licenses needed in any of them.", []),
    ],
)
def test_states(text: str, states: list[str]) -> None:
    assert read(text)[2] == states


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Must be licensed (or eligible) in TX.", ["TX"]),
        ("Texas licensure required.", ["TX"]),
        ("A license in Florida is required.", ["FL"]),
        ("Multi-state licensure preferred (CA, NV, AZ).", ["AZ", "CA", "NV"]),
        ("Ohio-based group; active license in any state accepted.", []),
        ("Boise, ID office; Idaho license required.", ["ID"]),
    ],
)
def test_state_siblings(text: str, states: list[str]) -> None:
    assert read(text)[2] == states


@pytest.mark.parametrize(
    ("text", "paid"),
    [
        # who pays, said in the next sentence or after another verb
        ("AZ + NV licenses needed before start. You pay up front, we reimburse after 6 months.", True),
        ("Wyoming license required; we file the application and cover the fees.", True),
        ("Ohio license required. We reimburse it in full.", True),
        ("IMLC preferred; need 8+ states in yr 1, we pay.", True),
        ("You'll need multiple states; they cover all fees.", True),
        # near-misses
        ("Texas license required. We pay every two weeks by direct deposit.", None),
        ("Texas license required. You pay the fees.", False),
        ("Our group covers hospitals in 5 states.", None),
    ],
)
def test_paid_settled_later(text: str, paid: bool | None) -> None:
    assert read(text)[0] is paid


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "need active FL + GA, they'll sponsor AL and SC. IMLC-eligible is a big plus.",
            ["AL", "FL", "GA", "SC"],
        ),
        ("Must hold TX; the group sponsors NM and CO licences.", ["CO", "NM", "TX"]),
        ("Our sponsor hospitals in Alabama and Georgia are growing.", []),
    ],
)
def test_states_settled_later(text: str, states: list[str]) -> None:
    assert read(text)[2] == states
