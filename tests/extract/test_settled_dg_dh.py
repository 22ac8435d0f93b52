"""The phrasings the dg- and dh- corpus writers used (GUIDE: "Cases settled later"), each pinned on a
sentence of its own: other teams' work, call versus shifts, pay passages about another opening."""

from __future__ import annotations

from typing import Any

import pytest

from scout.extract import extract

TEAM = "Neuroradiologist, nights. Our team also includes body and MSK subspecialists who cover daytime work."


def field(text: str, name: str) -> Any:
    terms = extract(text)
    value: Any = terms
    for part in name.split("."):
        value = getattr(value, part)
    if isinstance(value, list):
        return sorted(v if isinstance(v, str) else v.model_dump_json() for v in value)
    return value


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # other teams, sister requisitions and filled slots are not this job
        (TEAM, "subspecialties", ["neuro"]),
        (TEAM, "shifts", ["overnight"]),
        ("IR physician wanted. Our department also employs neuroradiologists, breast imagers and a nuclear "
         "medicine physician; those teams are fully staffed.", "subspecialties", ["ir"]),
        ("IR physician wanted. Our department also employs neuroradiologists and a nuclear medicine "
         "physician.", "modalities", []),
        ("Pediatric radiologist. The department is separately recruiting a pediatric neuroradiologist.",
         "subspecialties", ["pediatric"]),
        ("Thoracic imaging faculty. The department's neuroradiology sections are recruiting "
         "independently.", "subspecialties", ["chest"]),
        ("Emergency radiologist. Candidates with a body or neuroradiology fellowship will also be "
         "considered.", "subspecialties", ["emergency"]),
        ("Fellowship in thoracic or cardiothoracic imaging required.", "subspecialties", ["chest"]),
        ("Cardiothoracic radiologist, remote.", "subspecialties", ["cardiac", "chest"]),
        ("ER telerad, swing. They had an overnight guy retire too but that slot is filled.", "shifts",
         ["evening"]),
        ("Our US sister company also hires onshore neuroradiologists for evening shifts.", "shifts", []),
        ("Thoracic PET/CT in collaboration with nuclear medicine.", "modalities", ["ct", "pet"]),
        ("Remote overnights; you will share the night list with a few others.", "shifts", ["overnight"]),
        # call is not a shift; how often call comes is not a weekend shift
        ("Day shift 0700-1530; weekend and holiday call is shared.", "shifts", ["day"]),
        ("Participate in weekend call, approximately 1 in 8 weekends.", "shifts", []),
        ("Weekday days; weekend call shared (about one weekend in eleven).", "shifts", ["day"]),
        ("Work 1 in 3 weekends, no call.", "shifts", ["weekend"]),
        # shift words and clock times
        ("Peds rad for noc coverage, 7 on/14 off.", "shifts", ["overnight"]),
        ("Five weekday shifts of 8-5 local time.", "shifts", ["day"]),
        ("Because it is daytime in Australia while it is night in the US, you read US nights.", "shifts",
         ["overnight"]),
        ("It's night shift work, 7on/7off.", "shifts", ["overnight"]),
        # modalities: time zones and the country
        ("7on/7off, 2200-0800 CT", "modalities", []),
        ("Reading emergency CT and radiographs for US community hospitals.", "modalities", ["ct", "xr"]),
        # benefits
        ("Benefits: health plans, retirement with match, long-term disability.", "benefits",
         ["disability", "health", "retirement"]),
        ("W2 side comes with medical, 401k, LTD.", "benefits", ["disability", "health", "retirement"]),
        ("Per diem IR to cover vacation and meeting absences.", "benefits", []),
        # licensing and equipment
        ("Texas license required; Oklahoma and Kansas strongly preferred.", "licensing.states",
         ["KS", "OK", "TX"]),
        ("Licence in NY; further state licenses obtained at company expense.", "licensing.paid", True),
        ("NM license required; agency covers the cost of obtaining it.", "licensing.paid", True),
        ("WA and OR licenses. IMLC not used by this group.", "licensing.imlc", False),
        ("Own workstation required (diagnostic-grade monitors).", "equipment_provided", False),
        ("Home PACS station provided.", "equipment_provided", True),
        ("Nighthawk reading from Australia: US overnight coverage.", "work_mode", "remote"),
        # volume
        ("Readers are asked to complete at least 55 exams per weekend shift.", "volume",
         ['{"min":55,"max":55,"unit":"study","per":"shift","kind":"minimum"}']),
        ("Licenses: CA required + at least 2 of AZ, NV, OR.", "volume", []),
        ("The hospital's radiology volume is about 18,000 exams a year.", "volume", []),
    ],
)
def test_settled_phrasings(text: str, name: str, expected: Any) -> None:
    assert field(text, name) == expected


def test_other_opening_listed_under_a_heading_is_not_this_job() -> None:
    text = (
        "NEURO NIGHTS - 100% remote, IC / 1099, $52/wRVU\n- neuro fellowship req'd\n\n"
        "A couple others if you know anyone:\n"
        "* MSK days, W2, onsite in Phoenix, $600k base\n"
        "* IR in rural KS, locums, $3,200/day\n"
    )
    terms = extract(text)
    assert terms.employment_type == "1099"
    assert terms.subspecialties == ["neuro"]
    assert terms.pay.annual_usd is None and terms.pay.daily_usd is None


def test_pay_quoted_for_another_spot_is_not_this_job() -> None:
    terms = extract("Weekend general radiologist. $2,800/shift. Also have a neuro spot, $3,400/shift.")
    assert terms.pay.per_shift_usd is not None
    assert (terms.pay.per_shift_usd.min, terms.pay.per_shift_usd.max) == (2800, 2800)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Salary $450.000,00 per year.", "pay.annual_usd", (450000, 450000)),
        ("Base salary 450 K plus bonus.", "pay.annual_usd", (450000, 450000)),
        ("Salary 450-500 K.", "pay.annual_usd", (450000, 500000)),
        ("Pay $40/wRVU, plus an extra $10/wRVU on weekends.", "pay.per_rvu_usd", (40, 50)),
        ("$300/hr days; an extra $50/hr for overnight shifts", "pay.hourly_usd", (300, 350)),
    ],
)
def test_pay_wording(text: str, name: str, expected: tuple[float, float]) -> None:
    value = field(text, name)
    assert (value.min, value.max) == expected


@pytest.mark.parametrize(
    ("text", "provided", "tail"),
    [
        ("Malpractice and tail are the physician's responsibility.", False, "not_provided"),
        ("Malpractice provided; tail is the physician's responsibility.", True, "not_provided"),
        ("Professional Liability\nProfessional liability insurance is provided through the hospital's "
         "claims-made program. The extended reporting endorsement (tail) at separation is at the "
         "physician's expense.", True, "not_provided"),
    ],
)
def test_malpractice_and_tail_said_together(text: str, provided: bool, tail: str) -> None:
    mal = extract(text).malpractice
    assert (mal.provided, mal.tail) == (provided, tail)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # di/dj writers: call is never a shift; other teams; kinds of case are not roles
        ("Staff share evening and overnight call from home, approximately 1 in 6.", "shifts", []),
        ("Typical day 7:00a-5:00p. Evening and overnight IR call 1:6, taken from home.", "shifts", ["day"]),
        ("Remote, 0800-1700 M-F ET. Our adult team covers nights.", "shifts", ["day"]),
        ("Swing 2p-10p. Overnight (10p-8a) is covered by our nighthawk partner.", "shifts", ["evening"]),
        ("Schedule: rotating day/evening/night, 12-hr shifts", "shifts", ["day", "evening", "overnight"]),
        ("M-F 8-5, 2 days/wk remote, every 4th Sat 8a-12p.", "shifts", ["day", "weekend"]),
        ("- flex schedule - choose 12-20 shifts/month", "shifts", ["flexible"]),
        ("Remote neuro job, W2:\n- Days, M-F, home reading", "shifts", ["day"]),
        ("Remote neuro job, W2:\n- Days, M-F, home reading", "subspecialties", ["neuro"]),
        ("- general rad is fine, neuro not needed", "subspecialties", ["general"]),
        ("Comfort as a generalist across body, neuro and MSK cases", "subspecialties", ["general"]),
        ("We want general radiologists; our subspecialty neuro and MSK readers handle complex MR.",
         "subspecialties", ["general"]),
        ("The Division seeks a neuroradiologist. Pediatric neuroradiology is covered by our partners at "
         "Keystone Children's.", "subspecialties", ["neuro"]),
        ("Breast imaging fellowship a plus but not required.", "subspecialties", ["breast"]),
        ("General radiologist. Breast imaging experience is a plus but not required.", "subspecialties",
         ["general"]),
        # modalities
        ("Reads: CR, CT, MR, US", "modalities", ["ct", "mri", "us", "xr"]),
        ("* XR/CT/US only - no MR on weekends", "modalities", ["ct", "us", "xr"]),
        ("Reading XR, CT and US. MRI is read off-site by the hospital's teleradiology group.", "modalities",
         ["ct", "us", "xr"]),
        ("Breast imager. The department also has separate CT, MR and IR sections.", "modalities", []),
        # pay, tail, licensing, equipment
        ("Saturday/Sunday days 8a-4p: $300 p/h", "pay.models", ["hourly"]),
        ("Pay is 40% of net collections; their avg rad grosses $700K+", "pay.models", []),
        ("Mal is claims-made through the group; they DON'T pay tail.", "malpractice.tail", "not_provided"),
        ("Licensure in NJ, NY and PA; costs reimbursed.", "licensing.paid", True),
        ("Must hold 5+ state licenses; we add more at our cost.", "licensing.paid", True),
        ("Equipment: bring your own, or use our $5,000 workstation stipend.", "equipment_provided", True),
    ],
)
def test_settled_di_dj(text: str, name: str, expected: Any) -> None:
    assert field(text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dk/dl writers: a representative batch's shift misses
        ("Mon-Fri 8a-5p. No overnight responsibilities - our night coverage is handled separately.", ["day"]),
        ("Nights 7on/7off. Our U.S.-based daytime team also covers breast imaging and MSK.", ["overnight"]),
        ("Would you be open to a 10 min call this week? Tues/Wed evenings work on my end.", []),
        ("Call: IR call from home 1 in 6, with evening and weekend cases as they come.", []),
        ("- Weekdays 0730-1730 in the hospital reading room\n- Home call Mon-Thu evenings, roughly 3-6 "
         "studies a night", ["day"]),
        ("Nights. Call-free nights, 7 on / 7 off.", ["overnight"]),
        ("Day shift 8a-4p. Overnight preliminary interpretations (11 p.m. to 7 a.m.) are provided by "
         "Nighthawk Partners.", ["day"]),
        ("Swing 2p-10p. Nights off.", ["evening"]),
        ("- Build your own block schedule around weekday days", ["day", "flexible"]),
        ("* 1099 rads pick their own swing shifts on a monthly schedule", ["evening", "flexible"]),
        ("Read With ClearPath - Radiologists, on your schedule.", ["flexible"]),
        ("Each radiologist sets their own start and finish times around a core window.", ["flexible"]),
    ],
)
def test_settled_dk_dl_shifts(text: str, expected: list[str]) -> None:
    assert field(text, "shifts") == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Pediatric radiologist. You will read CT and MRI, with neuro and body pediatric cases.",
         "subspecialties", ["pediatric"]),
        ("Nighthawk general radiologist. Our daytime team also covers breast imaging and MSK.",
         "subspecialties", ["general"]),
        ("Board-certified diagnostic radiologist; a generalist comfortable with emergency and trauma "
         "imaging.", "subspecialties", ["general"]),
        ("- Mal covered, claims made, they pay tail if you give full notice", "malpractice.tail",
         "negotiable"),
        ("* Malpractice provided either way; tail: none on the 1099 side, covered for W2", "malpractice.tail",
         "negotiable"),
        ("Malpractice is occurrence-based, so no tail coverage is required.", "malpractice.tail", None),
        ("Because California is not a member of the compact, we do not use the IMLC.", "licensing.imlc",
         False),
        ("Bayside cannot use licences issued through the Interstate Medical Licensure Compact.",
         "licensing.imlc", False),
    ],
)
def test_settled_dk_dl(text: str, name: str, expected: Any) -> None:
    assert field(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Our company, backed by Ridgeway Capital Partners, reads 1.2 million studies a year.",
         "private_equity", True),
        ("A physician-founded teleradiology company backed by leading venture capital firms.",
         "private_equity", None),
        ("You need an active California license at start. We obtain the rest at our expense.",
         "licensing.paid", True),
        ("- Licensing fees are the reader's responsibility.", "licensing.paid", False),
        ("Licensing: NC license needed; SC as well within the first year.", "licensing.states", ["NC", "SC"]),
        ("Lic: they pay. Need at least NY, NJ, PA active, will add more.", "licensing.states",
         ["NJ", "NY", "PA"]),
        ("$260/hour weekdays. The health system is also trying to fill a permanent on-site position at "
         "$525K base.", "pay.models", ["hourly"]),
    ],
)
def test_settled_dk_dl_terms(text: str, name: str, expected: Any) -> None:
    assert field(text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A minimum of 600 wRVU per month is expected of full-time readers.", ("rvu", "month", "minimum")),
        ("- Minimum expectation of 50 studies per shift once credentialed", ("study", "shift", "minimum")),
        ("- Volume: target roughly 28-32 MRIs per 8.5-hour day", ("study", "shift", "expected")),
    ],
)
def test_settled_dk_dl_volume(text: str, expected: tuple[str, str, str]) -> None:
    (volume,) = extract(text).volume
    assert (volume.unit, volume.per, volume.kind) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("- Base salary $575,000, total compensation package valued at ~$725,000 with call pay",
         "pay.annual_usd.max", 725000),
        ("Salary $500K; benefits worth $80K.", "pay.annual_usd.max", 500000),
        ("Physician-owned teleradiology. Home workstation: $12,000 equipment allowance every four years.",
         "work_mode", "remote"),
        ("Teleradiology group. Nights, 7on/7off.", "work_mode", None),
        ("Hospital radiologist. Home workstation provided for call.", "work_mode", None),
    ],
)
def test_settled_late(text: str, name: str, expected: Any) -> None:
    assert field(text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$1,900/shift; holiday weekends $2,600", (1900, 2600)),  # a second rate on the same basis
        ("$2,000/shift; holiday $500", (2000, 2000)),  # an add-on, not a rate
    ],
)
def test_holiday_rate_or_add_on(text: str, expected: tuple[int, int]) -> None:
    per_shift = extract(text).pay.per_shift_usd
    assert per_shift is not None and (per_shift.min, per_shift.max) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hard-wrapped line continues its sentence (the next line starts lower case)
        ("Days 0800-1630. There is\nno in-house overnight reading: overnight studies are interpreted by the "
         "hospital's\nteleradiology partner.", ["day"]),
        ("Nighthawk from Australia: you read US overnight, 10p-7a ET, which lands in your local\ndaytime.",
         ["overnight"]),
        ("Weekdays 7:30 to 4:30; evenings are covered by our in-house evening radiologist and nights by our "
         "teleradiology partner.", ["day"]),
        ("Days 7a-3p. Our night team works 6p-8a in a separate rotation.", ["day"]),
        # a new line that starts with a capital or a bullet still ends the sentence
        ("Overnight reads\n- Days 8a-4p, Mon-Fri", ["day", "overnight"]),
    ],
)
def test_wrapped_lines_and_other_teams(text: str, expected: list[str]) -> None:
    assert field(text, "shifts") == expected


def test_a_wrapped_line_does_not_end_a_clause() -> None:
    from scout.extract.clauses import ends

    text = "Overnight studies are read by our\nteleradiology partner.\nDays are yours."
    clause_ends, _ = ends(text.lower(), text)
    assert text.index("\n") not in clause_ends  # wrapped: "our\nteleradiology"
    assert text.rindex("\n") in clause_ends  # "partner.\nDays": a real break


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Body Radiologist. Breast imaging is covered\nby our dedicated breast section.", "subspecialties",
         ["body"]),
        ("We're looking for general radiologists comfortable with\nacute neuro and body imaging.",
         "subspecialties", ["general"]),
        ("Diagnostic radiologists comfortable with emergency general radiology across CT, US and XR.",
         "subspecialties", ["general"]),
        ("General radiologist. Experience in\nbreast imaging is valued.", "subspecialties", ["general"]),
        ("Diagnostic radiologist; DEA registration. Breast imaging experience preferred.", "subspecialties",
         []),
        ("- Board-certified radiologists, any subspecialty or general\n", "subspecialties", ["general"]),
        ("Nights, $62/wRVU, 1099.\n\nSeparate req, in case you know someone: onsite IR position in Tampa, "
         "W-2, $650K + $30K sign-on.", "pay.models", ["per_rvu"]),
    ],
)
def test_settled_dm_dn(text: str, name: str, expected: Any) -> None:
    assert field(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Starting salary: $415,000 per year, with annual raises.", "pay.annual_usd.max", None),
        ("Need TX, OK, AR licenses. We pay for any additional states, IMLC fine.", "licensing.paid", True),
        ("Horizon Diagnostic Partners is backed by Ridgeway Equity Partners.", "private_equity", True),
    ],
)
def test_settled_dm_dn_terms(text: str, name: str, expected: Any) -> None:
    assert field(text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clinical days run 7:30 am to 4:30 pm. The section staffs one late reader until 8 pm on weekdays.",
         ["day", "evening"]),
        ("Shifts rotate between an early shift (6a-2:30p) and a late shift ending at 10 pm.",
         ["day", "evening"]),
        ("- 100% remote, weekday days 7a-4p CT, choose 3-5 days/wk", ["day", "flexible"]),
        ("Extra shifts: paid at 2,200 each, as many as you want to pick up.", ["flexible"]),
        ("- Total schedule control: open the calendar, claim the shifts you want.", ["flexible"]),
        ("Days 8a-5p. Late night reads are sent out.", ["day"]),
    ],
)
def test_settled_dm_dn_shifts(text: str, expected: list[str]) -> None:
    assert field(text, "shifts") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Expect 55-65 RVUs a day, they cap assignments at 80",
         [(55, 65, "rvu", "day", "expected"), (80, 80, "rvu", "day", "maximum")]),
        ("Most night readers handle 55-70 studies per shift; we never assign more than 90 to one reader.",
         [(55, 70, "study", "shift", "expected"), (90, 90, "study", "shift", "maximum")]),
    ],
)
def test_caps_in_other_words(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert [(v.min, v.max, v.unit, v.per, v.kind) for v in extract(text).volume] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Swing shift rad. 1800-0200 CT, Tue-Fri (4 nights/wk).", ["evening"]),
        ("10p-8a, 4 nights/wk", ["overnight"]),
    ],
)
def test_counted_nights_beside_a_clock_range(text: str, expected: list[str]) -> None:
    assert field(text, "shifts") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Body Imaging Radiologist. Body fellowship preferred; strong generalists w/ heavy body volume ok.",
         ["body"]),
        ("Body fellowship preferred but strong generalists get looked at too.", ["body"]),
        ("Thoracic fellowship preferred; cardiothoracic fellowship also fine.", ["chest"]),
        ("Women's Imaging role. FYI their neuro and body partners rotate evening call 1:8.", ["breast"]),
        ("Pediatric Radiologist. Daytime pediatric neuroradiology is covered on site by our partners.",
         ["pediatric"]),
        ("Emergency Radiologist. Our day desk (neuro, MSK and body subspecialists) covers 0700-1900.",
         ["emergency"]),
        ("Emergency and Trauma Radiologist. Daytime imaging is read by the body, neuro and MSK divisions.",
         ["emergency"]),
        ("General radiologist, nights. Our US day operations run a separate daytime neuro and MSK service.",
         ["general"]),
        ("Neuroradiologist, evenings. Separate listing: body rad nights 10p-8a, $2,800/shift.", ["neuro"]),
        ("On-site general radiology. Some breast imaging with screening mammography.", ["general"]),
        ("General radiologists. Neuroradiologists are also welcome for our dedicated neuro MRI worklist.",
         ["general", "neuro"]),
    ],
)
def test_settled_dp_dq_subspecialties(text: str, expected: list[str]) -> None:
    assert field(text, "subspecialties") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Swing 3p-11p. Daytime emergency imaging is read by the body, neuro and MSK divisions.",
         ["evening"]),
        ("- US overnight coverage (2200-0700 US Eastern), which is roughly 1:00 pm to 10:00 pm in Sydney",
         ["overnight"]),
        ("A remote evening service so their peds rads can stop taking overnight home call.", ["evening"]),
        ("- Night and weekend shifts available", ["overnight", "weekend"]),
        ("Commitment is two weekends per month. Additional weekends can be picked up as they open.",
         ["flexible", "weekend"]),
        ("- Schedule: weekdays, roughly 9:00 am to 5:00 pm Eastern, 3-5 days per week (provider's choice)",
         ["day", "flexible"]),
        ("Day shifts rotate; evening coverage until 10 p.m. is shared on a rotating basis, and overnight "
         "interpretations are sent to a contracted teleradiology service.", ["day", "evening"]),
        ("Evenings, nights and weekends are covered by our nighthawk partner.", []),
        ("Employment: W2 or 1099, your choice.", []),
    ],
)
def test_settled_dp_dq_shifts(text: str, expected: list[str]) -> None:
    assert field(text, "shifts") == expected
