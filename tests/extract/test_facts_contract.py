"""Equipment, partnership track, non-compete and private equity: true, false, or unsettled."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from scout.extract.contract import Evidence
from scout.extract.doc import Doc
from scout.extract.facts_contract import equipment_provided, non_compete, partnership_track, private_equity
from scout.extract.facts_scope import Scope, build_scope

Rule = Callable[[Scope], tuple[bool | None, list[Evidence]]]


def run(rule: Rule, text: str) -> bool | None:
    value, evidence = rule(build_scope(Doc(text)))
    assert (value is None) == (not evidence)
    assert all(text[e.start : e.end] == e.text for e in evidence)
    return value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We ship a PACS workstation with two 5MP diagnostic monitors to your home.", True),
        ("Home workstation provided.", True),
        ("Workstation + 2x 5MP mammo monitors provided", True),
        ("Eqpt: ws + monitors provided", True),
        ("workstation: yes, they ship it", True),
        ("A hospital-issued workstation with diagnostic monitors will be installed in your home.", True),
        ("We set up your home workstation at practice expense.", True),
        ("Practice-funded home workstation", True),
        ("The department provides a home reading station.", True),
        ("We loan you a 2-monitor workstation for as long as you read with us.", True),
        ("$5,000 equipment stipend toward your home workstation and monitors", True),
        ("New contractors receive a $3,000 allowance toward diagnostic monitors.", True),
        ("Dual-monitor diagnostic workstation for your home office", True),
        ("they send a 2-monitor home setup", True),
        ("We furnish the reading station and maintain it.", True),
        ("You bring your own workstation (2x 3MP diagnostic monitors).", False),
        ("You need your own diagnostic-grade workstation and monitors.", False),
        ("Workstation and monitors are the radiologist's responsibility.", False),
        ("No workstation provided – need your own diagnostic setup.", False),
        ("A reading workstation is not supplied.", False),
        ("Your own workstation: two 3MP displays minimum. We don't ship hardware.", False),
        ("Workstation: bring your own (we'll send the minimum specs).", False),
        ("What you cover\n- Your own workstation and diagnostic monitors", False),
        # near-misses
        ("Prolonged sitting at a workstation; ability to wear lead.", None),
        ("No cap but the group monitors turnaround times.", None),
        ("Modern imaging equipment and an engaged technologist team.", None),
        ("We provide PACS access and dictation software.", None),
    ],
)
def test_equipment(text: str, expected: bool | None) -> None:
    assert run(equipment_provided, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Body Imaging Radiologist - Partnership Track", True),
        ("Two-year partnership track, equal partnership thereafter", True),
        ("Partnership offered after two years.", True),
        ("Partnership is offered after two years.", True),
        ("W-2 associate for three years, then partnership.", True),
        ("A clear path to partnership.", True),
        ("Shareholder track after three years.", True),
        ("Partnership opportunity available for the right candidate.", True),
        ("Partner-track position with buy-in financed through salary.", True),
        ("Year one $650K, year two $700K, then partnership.", True),
        ("Associates make partner after two years.", True),
        ("Eligible for partnership at the three-year mark.", True),
        ("There is no partnership track.", False),
        ("This is a hospital-employed position; there is no partnership track.", False),
        ("Partnership track was discontinued after the deal, so it's employed-only now.", False),
        ("Not a partnership-track position.", False),
        ("Employed-only model; all radiologists are salaried.", False),
        # near-misses
        ("Radiology Partners is a national practice.", None),
        ("We partner with our clinical teams to deliver excellent care.", None),
        ("Most of our partners spend one day a week reading from home.", None),
        ("In 2022 the practice partnered with a private equity firm.", None),
        ("(a full-time partner-track associate here earns about $535,000)", None),
        ("Partners' income has averaged more than $800K.", None),
        ("Nights are covered by our teleradiology partner.", None),
    ],
)
def test_partnership(text: str, expected: bool | None) -> None:
    assert run(partnership_track, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15-mile non-compete for two years after separation", True),
        ("Non-compete: 1 yr, only vs their hospital clients", True),
        ("A restrictive covenant of one year within 20 miles applies.", True),
        ("NON-COMPETE\nOne year, limited to overnight teleradiology.", True),
        ("2-yr noncompete, 50 mi radius", True),
        ("No non-compete.", False),
        ("Teleradiologist - W-2 - No Non-Compete", False),
        ("Non-compete: none.", False),
        ("Restrictive covenant | None – our agreements carry no non-compete clause", False),
        ("We do not use non-compete agreements.", False),
        ("The employment agreement does not contain a non-compete provision.", False),
        ("Restrictive Covenant\nThe employment agreement does not contain a non-compete provision.", False),
        ("We don't require a non-compete.", False),
        ("Our contracts contain no non-compete clause.", False),
        ("Non-compete: N/A", False),
        ("Nothing about covenants here.", None),
    ],
)
def test_non_compete(text: str, expected: bool | None) -> None:
    assert run(non_compete, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Client is a mid-size national telerad (PE-backed, ~180 rads).", True),
        ("A national platform backed by the private equity firm Ironbridge Partners.", True),
        ("In 2022 the practice partnered with Harborline Capital, a private equity firm.", True),
        ("Since partnering with a private equity sponsor in 2019 we have grown.", True),
        ("The group was acquired by Lakeview Health Capital (private equity) two years ago.", True),
        ("PE-owned practice platform", True),
        ("Physician-owned, no private equity, no outside investors.", False),
        ("We are not affiliated with any private equity firm.", False),
        ("We have never sold to a private equity firm.", False),
        ("The group: 22 rads, physician-owned, NOT PE.", False),
        ("no PE, it's a doc-owned group", False),
        ("Atlas is privately held and not backed by private equity.", False),
        ("We've turned down private equity more than once.", False),
        ("Independent, with no private equity involvement.", False),
        # near-misses
        ("Physician-owned group.", None),
        ("Backed by leading venture capital firms.", None),
        ("We don't answer to outside investors.", None),
        ("CTA for PE and stroke protocols overnight.", None),
        ("Rule out PE studies are common.", None),
        ("A not-for-profit health system.", None),
    ],
)
def test_private_equity(text: str, expected: bool | None) -> None:
    assert run(private_equity, text) is expected


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        (equipment_provided, "Equipment provided.", True),
        (equipment_provided, "All home reading equipment is supplied.", True),
        (equipment_provided, "Home workstation reimbursement up to $3,000.", True),
        (equipment_provided, "Radiologist-supplied workstation required.", False),
        (equipment_provided, "We provide state-of-the-art imaging equipment at the hospital.", None),
        (private_equity, "Group is backed by PE.", True),
        (private_equity, "Recent PE investment in the group.", True),
        (partnership_track, "Become a shareholder after three years.", True),
        (partnership_track, "Path to ownership after 2 years.", True),
        (partnership_track, "Partnership potential after year two.", True),
        (partnership_track, "Partnership: none.", False),
        (partnership_track, "No partnership opportunity; straight employment.", False),
        (non_compete, "Non-solicitation clause applies.", None),
        (non_compete, "No restrictive covenants.", False),
    ],
)
def test_contract_siblings(rule: Rule, text: str, expected: bool | None) -> None:
    assert run(rule, text) is expected


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        (equipment_provided, "   - wkstn provided", True),
        (equipment_provided, "Home wkstns shipped at our cost.", True),
        (equipment_provided, "BYO workstation (2x 3MP min) + 100 Mbps.", False),
        (equipment_provided, "BYOD: diagnostic monitors are on you.", False),
        (equipment_provided, "They'll send a workstation or give you $6k toward your own setup.", True),
        (equipment_provided, "A $4,000 stipend for your own monitors.", True),
        (equipment_provided, "You are responsible for your own workstation.", False),
        (equipment_provided, "Bring your own workstation and monitors.", False),
        (private_equity, "- group is backed by a growth equity firm (minority stake)", True),
        (private_equity, "Northpoint is a portfolio company of Sable Ridge Capital Partners.", True),
        (private_equity, "We are physician-owned and independent - not PE.", False),
        (private_equity, "Not a portfolio company of any fund: physician-owned.", False),
        (private_equity, "A portfolio of outpatient imaging centers across the state.", None),
        (private_equity, "Our growth over the last decade has been steady.", None),
    ],
)
def test_contract_settled_later(rule: Rule, text: str, expected: bool | None) -> None:
    assert run(rule, text) is expected
