"""Cues written for how postings say things in general, not for one corpus posting: a reader choosing
their own schedule in any words, and what other people earn in any words. Each case is a sentence of
its own, beside a near miss that must not match."""

from __future__ import annotations

from typing import Any

import pytest

from scout.extract import extract

HOURLY = "Remote telerad, IC, $310/hr, evenings 4p-12a ET. "


@pytest.mark.parametrize(
    "text",
    [
        "You pick which Saturdays you take.",
        "Readers book the blocks they want through our portal.",
        "Grab open shifts whenever you like from the app.",
        "Rads choose their shifts a month ahead.",
        "You can request specific dates each quarter.",
        "Flexible hours; read from home.",
        "Scheduling flexibility is a big plus here.",
        "You decide how many shifts you work each month.",
        "Each radiologist selects preferred shifts from the open calendar.",
        "Sign up for shifts on our scheduling platform.",
        "Physicians select their own days.",
        "Flex scheduling available.",
        "You opt into evening blocks as you please.",
        "Flexible start time: anywhere between 5 and 7p.",
    ],
)
def test_the_reader_choosing_their_schedule_is_flexible(text: str) -> None:
    assert "flexible" in extract(text).shifts


@pytest.mark.parametrize(
    "text",
    [
        "We set the schedule two months out.",
        "Our scheduler assigns shifts; the schedule is fixed at hiring.",
        "Staff radiologists book time off through HR.",
        "Choose the position that fits you best from our list of openings.",
        "The group picks up additional hospital contracts each year.",
        "Flexible spending account and dental.",
        "Schedule is not flexible: 7 on / 7 off, nights.",
        "The hospital requests additional coverage days during flu season.",
        "Our schedulers decide the shifts each month.",
        "No flexibility in the schedule: fixed block of nights.",
        "Referring physicians choose which studies to send.",
        "No non-compete. Leave whenever you like with 90 days' notice.",
    ],
)
def test_someone_else_choosing_or_a_fixed_schedule_is_not_flexible(text: str) -> None:
    assert "flexible" not in extract(text).shifts


@pytest.mark.parametrize(
    "sentence",
    [
        "Full-timers on our weekday team make $520k but this req is evenings only.",
        "Their employed rads start around $560K.",
        "Staff radiologists there earn roughly $600k a year.",
        "Most of our full-time readers gross $650K+.",
        "Their current nighthawk makes ~$700k.",
        "Partners are north of $850K.",
        "That comes to about $600k a year if you work full time.",
        "The permanent day position (different req) is salaried at $540k.",
        "The full-time position posted separately (Req 88102) carries an annual base of $470,000.",
        "Buy-in is via the imaging center LLC, ~$150K over 5 yrs.",
    ],
)
def test_what_others_earn_is_not_this_jobs_salary(sentence: str) -> None:
    terms = extract(HOURLY + sentence)
    assert terms.pay.annual_usd is None
    assert terms.pay.models == ["hourly"]
    assert terms.pay.hourly_usd is not None and terms.pay.hourly_usd.min == 310


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Guaranteed minimum $520k/yr for the first year.", 520_000, 520_000),
        ("Or, if you prefer W-2: $520K salary plus benefits.", 520_000, 520_000),
        ("You will earn $500-550K base.", 500_000, 550_000),
        ("New hires start at $510K.", 510_000, 510_000),
    ],
)
def test_this_jobs_own_salary_beside_an_hourly_rate_stays(sentence: str, low: int, high: int) -> None:
    annual = extract(HOURLY + sentence).pay.annual_usd
    assert annual is not None and (annual.min, annual.max) == (low, high)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Neuroradiologist, remote, nights\nOur body imagers handle the abdomen work during the day.",
            ["neuro"],
        ),
        ("Remote MSK radiologist\nYou'll work alongside our neuro and body sections.", ["msk"]),
        ("Breast imager wanted\nOur group also has 4 IR docs and 3 neurorads.", ["breast"]),
        ("Remote body radiologist\nNeuro cases are read by a dedicated neuro team.", ["body"]),
        ("Remote neuroradiologist\nReporting to our Chief of Body Imaging.", ["neuro"]),
        ("Chest radiologist\nThe cardiac imaging service is run by cardiology.", ["chest"]),
        # the unit this job joins, or people it is hiring, are the job's own role
        ("Radiologist opening\nJoin our neuro team reading from home.", ["neuro"]),
        ("Radiologist opening\nOur MSK section is hiring a second reader.", ["msk"]),
        ("Telerad opening\nWe're adding a body radiologist to our team.", ["body"]),
        ("Remote opportunity\nYou will be part of our pediatric radiology section.", ["pediatric"]),
        ("Remote opportunity\nTwo body radiologists needed for evenings.", ["body"]),
    ],
)
def test_subspecialties_of_other_people_are_not_the_role(text: str, expected: list[str]) -> None:
    assert sorted(extract(text).subspecialties) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Teleradiologist\nRead CT and XR overnight. Mammography is handled by our breast center.",
            ["ct", "xr"],
        ),
        (
            "Teleradiologist\nYou'll read CT/MR. The hospital also offers PET/CT and nuclear medicine.",
            ["ct", "mri"],
        ),
        ("Telerad job\nOur MRI techs are experienced; you will read CT.", ["ct"]),
        ("Telerad job\nThe site just bought a new PET scanner. Reads: CT and plain films.", ["ct", "xr"]),
        (
            "Remote neuroradiologist\nYou will read CT and MRI. "
            "Our body team reads the ultrasound and fluoro.",
            ["ct", "mri"],
        ),
        ("Telerad job\nWorklist: CT (70%), radiographs (25%), occasional ultrasound.", ["ct", "us", "xr"]),
    ],
)
def test_modalities_of_the_facility_or_other_teams_are_not_read_in_this_job(
    text: str, expected: list[str]
) -> None:
    assert sorted(extract(text).modalities) == expected


def test_an_upper_case_mr_ends_a_sentence_and_a_title_does_not() -> None:
    from scout.extract.clauses import ends

    text = "Read CT/MR. The rest. Ask Mr. Smith."
    _, sentences = ends(text.lower(), text)
    assert [text[p - 2 : p] for p in sentences] == ["MR", "st", "th"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Daytime Teleradiologist\nShifts are 8a-5p. Our night team works 6p-8a in a separate rotation.",
            ["day"],
        ),
        ("Overnight Radiologist\nYou read 10p-8a. Our day radiologists handle the rest.", ["overnight"]),
        (
            "Evening Radiologist\nWork 3p-11p. The overnight reads belong to our nighthawk partner.",
            ["evening"],
        ),
        ("Day Radiologist\nHours 8-5 weekdays. Our evening radiologist covers until 11 pm.", ["day"]),
        (
            "Radiologist, days\nWeekdays 7:30-4:30. Overnight coverage: contracted teleradiology group.",
            ["day"],
        ),
        (
            "Night Radiologist\nYou cover 10p-7a. "
            "Daytime imaging is the responsibility of the on-site group.",
            ["overnight"],
        ),
        (
            "Swing Radiologist\n2p-10p Monday to Friday. We also have daytime and overnight readers.",
            ["evening"],
        ),
        ("Nighthawk\nOvernights 9p-7a. Our day shift colleagues will hand off at 7.", ["overnight"]),
        # the job's own shifts stay
        ("Teleradiologist\nDay, evening and overnight shifts available.", ["day", "evening", "overnight"]),
        ("Nighthawk\nOvernights 9p-7a, plus every third weekend.", ["overnight", "weekend"]),
        ("Radiologist\nJoin our night team: 7 on / 7 off, 10p-8a.", ["overnight"]),
    ],
)
def test_other_peoples_hours_are_not_this_jobs_shifts(text: str, expected: list[str]) -> None:
    assert sorted(extract(text).shifts) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Daily volume at the hospital is about 400 exams.",
        "Volume across our client hospitals runs 9,000 studies a day.",
        "Our 120 radiologists read 3 million studies a year.",
    ],
)
def test_a_facilitys_or_groups_volume_is_not_this_jobs(sentence: str) -> None:
    assert extract("Remote telerad, IC, $45/wRVU. " + sentence).volume == []


def test_this_jobs_volume_beside_a_facility_volume_stays() -> None:
    volume = extract(
        "Remote telerad. You'll read roughly 40 cases a day. Volume at the hospital is 400 exams a day."
    )
    assert [(v.min, v.per, v.kind) for v in volume.volume] == [(40, "day", "expected")]


@pytest.mark.parametrize(
    ("sentence", "tail"),
    [
        ("We buy your tail if you stay 3 years.", "negotiable"),
        ("Tail coverage: physician purchases.", "not_provided"),
        ("We'll discuss tail during contracting.", "negotiable"),
        ("You'd need to buy your own tail when you leave.", "not_provided"),
        ("The company covers the cost of tail insurance upon departure.", "provided"),
        ("Occurrence-based coverage, so no tail needed.", None),
        ("Mal: claims-made, $1M/$3M. Heads up, NO tail.", "not_provided"),
        ("Malpractice provided. We buy your tail once you have completed three years.", "negotiable"),
        ("Occurrence-based policy paid by us, so there is no tail to worry about.", None),
        (
            "Claims-made. Tail is covered once you've been with them 3 yrs; before that it's on you.",
            "negotiable",
        ),
        ("Claims-made; the practice buys your tail if you have been with us five years.", "negotiable"),
        ("Malpractice is occurrence-based, so there is no tail to buy if you ever move on.", None),
        ("Mal: claims-made. Tail is covered for W-2 docs; 1099 docs buy their own tail.", "negotiable"),
        (
            "Malpractice provided on both tracks. Tail is covered for the W-2 docs; "
            "1099 docs buy their own tail.",
            "negotiable",
        ),
        ("Mal: provided, claims-made. Tail covered once you've been w/ them 2 yrs", "negotiable"),
    ],
)
def test_tail_in_other_words(sentence: str, tail: str | None) -> None:
    assert extract("Remote teleradiologist, $45/wRVU.\n" + sentence).malpractice.tail == tail


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Benefits for employees include health and 403(b); contractors are not eligible.", []),
        ("Our W-2 staff get health insurance; this IC role doesn't.", []),
        ("Health insurance and 401k. IC is not possible for this role.", ["health", "retirement"]),
        ("Vacation: 6 weeks. CME: 1 week + $4,000.", ["cme", "pto"]),
    ],
)
def test_benefits_other_workers_get_are_not_this_jobs(sentence: str, expected: list[str]) -> None:
    assert sorted(extract("Remote teleradiologist, $45/wRVU.\n" + sentence).benefits) == expected


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Radiologist\nAll reading is done at our main hospital; we do not offer home reading.", "onsite"),
        ("Teleradiologist\nOur on-site colleagues handle procedures; you read remotely full time.", "remote"),
        (
            "Radiologist\nOur hospital-based group reads on-site; this remote position covers overnights.",
            "remote",
        ),
        ("Radiologist\nThis is an in-person role at our Tampa imaging center.", "onsite"),
        ("Radiologist\nOn-site procedures Mon/Tue, remote reads the rest of the week.", "hybrid"),
    ],
)
def test_where_other_people_work_does_not_decide_work_mode(text: str, mode: str) -> None:
    assert extract(text).work_mode == mode


def test_covering_shifts_the_employer_needs_is_not_choosing_them() -> None:
    text = "We need board-certified radiologists to pick up overnight shifts on a locum basis this winter."
    assert "flexible" not in extract(text).shifts


def test_a_hybrid_operating_room_is_not_a_hybrid_job() -> None:
    text = "IR physician, on-site position.\nThe new hybrid operating room opens in March."
    assert extract(text).work_mode == "onsite"


def test_paying_for_additional_states_pays_licence_fees() -> None:
    assert extract("Need active TX + FL; they'll pay for any add'l states.").licensing.paid is True


def test_a_weekend_rotation_beside_call_is_a_weekend_shift() -> None:
    text = (
        "Radiologist\nDays 7:30 to 5 with shared call, and our weekend rotation that splits Saturday reading."
    )
    assert sorted(extract(text).shifts) == ["day", "weekend"]


def test_reading_in_your_local_day_abroad_is_not_a_day_shift() -> None:
    text = (
        "Nighthawk\nOvernight US coverage, read from your home office during your local day, "
        "in Australian business hours."
    )
    assert extract(text).shifts == ["overnight"]


# --- cues from the dr/ds/du batches (2026-11-28) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Remote job.\nWe are hiring general radiologists to read from home as contractors.", ["general"]),
        ("Nights, read from home.\n- General/ED prelims and finals, mostly CT", ["general"]),
        ("Overnights in Ontario.\n- General ED CT, XR, US", ["general"]),
        ("Telerad company adding general readers for the outpatient list.", ["general"]),
        ("Neuro role.\nSubspecialty-only worklist: neuro CT and MRI, no body work.", ["neuro"]),
        ("Seeking a neurointerventional radiologist for the stroke center.", ["neuro", "ir"]),
        ("Neuroradiologist, nights.\nCall critical results to the neurointerventional teams.", ["neuro"]),
    ],
)
def test_subspecialties_in_recruiter_shorthand(text: str, expected: list[str]) -> None:
    assert extract(text).subspecialties == expected


def test_reading_from_home_is_not_work_sent_to_others() -> None:
    # "read from home as contractors" says where the reading happens, not who else does it
    assert extract("Remote.\nHiring body radiologists to read from home as contractors.").subspecialties == [
        "body"
    ]


@pytest.mark.parametrize(
    ("sentence", "policy", "tail"),
    [
        ("You carry your own malpractice (occurrence or claims-made, either is fine).", None, None),
        ("Malpractice provided (occurrence policy, so no tail worries).", "occurrence", None),
        ("Malpractice provided, claims-made; tail is not provided.", "claims_made", "not_provided"),
    ],
)
def test_either_policy_form_and_moot_tail(sentence: str, policy: str | None, tail: str | None) -> None:
    terms = extract("Remote radiologist.\n" + sentence)
    assert (terms.malpractice.policy, terms.malpractice.tail) == (policy, tail)


@pytest.mark.parametrize(
    ("sentence", "provided"),
    [
        ("IMLC welcome. Reading station provided.", True),
        ("Nights. Station supplied by the group.", True),
        ("The workstation is yours to buy; we send specs.", False),
        ("Reader supplies own workstation (specs on request).", False),
        ("A shipped workstation, or a $5,000 equipment stipend if you would rather use your own.", True),
        ("You set up your own station and we reimburse up to $3,000 toward the monitors.", True),
        ("Take our shipped workstation, or keep your own and receive a $3,000 equipment stipend.", True),
        ("Equip: they ship a mammo-grade station (2 x 12MP).", True),
    ],
)
def test_equipment_said_briefly(sentence: str, provided: bool) -> None:
    assert extract("Remote telerad, 1099.\n" + sentence).equipment_provided is provided


@pytest.mark.parametrize(
    ("text", "track"),
    [
        ("On-site general radiologist.\n* Partner in 3 yrs, modest buy-in", True),
        ("Partnership Track\n- You join as a 1099 contractor until partnership\n- No non-compete", True),
        ("Partnership: none. Employed only.", False),
    ],
)
def test_partnership_in_shorthand(text: str, track: bool) -> None:
    assert extract(text).partnership_track is track


def test_a_remote_question_answered_no_is_on_site() -> None:
    assert extract("Radiologist, breast imaging\nRemote? | No - on-site\nDays.").work_mode == "onsite"


def test_a_teleradiology_reader_supplying_their_own_station_reads_from_home() -> None:
    text = "Teleradiology readers wanted, 1099.\nContractors supply their own reading station."
    assert extract(text).work_mode == "remote"


@pytest.mark.parametrize(
    ("sentence", "paid"),
    [
        ("OR and WA licenses preferred; any others obtained at our expense.", True),
        ("Licensure in two of OH, PA and MI; we obtain the remainder at company expense.", True),
    ],
)
def test_licences_obtained_at_the_employers_expense(sentence: str, paid: bool) -> None:
    assert extract("Remote radiologist.\n" + sentence).licensing.paid is paid


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("Unrestricted license to practice medicine in the State of Oregon.", ["OR"]),
        ("Lic paid. They want 2 of the 3: GA, NC, SC.", ["GA", "NC", "SC"]),
        ("Licensure: need CO. Others added later.", ["CO"]),
    ],
)
def test_licence_states_in_other_words(sentence: str, states: list[str]) -> None:
    assert extract("Remote radiologist.\n" + sentence).licensing.states == states


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US overnights, 10 pm to 8 am Eastern (about 1 pm to 11 pm AEST).", ["overnight"]),
        ("Schedule: weekdays only, 8-5. No nights.", ["day"]),
        ("Days 7:30 to 5. We cover a few weekends a year for home call.", ["day"]),
        (
            "Weekend days, Sat/Sun 8am-8pm.\nI also have a totally different req for overnight coverage, "
            "not this position.",
            ["day", "weekend"],
        ),
    ],
)
def test_shifts_in_other_words(text: str, expected: list[str]) -> None:
    assert extract(text).shifts == expected


def test_federal_health_benefits_are_health_cover() -> None:
    text = "VA teleradiologist.\nBenefits: Federal Employees Health Benefits, Thrift Savings Plan."
    assert "health" in extract(text).benefits


def test_what_readers_typically_land_is_their_earnings() -> None:
    text = "Neuro IC at $42/wRVU.\nFull-time readers typically land between $500K and $600K a year."
    pay = extract(text).pay
    assert pay.annual_usd is None and pay.models == ["per_rvu"]


@pytest.mark.parametrize(
    ("sentence", "volumes"),
    [
        ("Need a WY license; the hospital will get you licensed (~60-90 days).", []),
        (
            "Blocks of 8 to 10 hours, 12 blocks a month.\nA typical block runs 50-70 studies.",
            [(50, 70, "shift")],
        ),
    ],
)
def test_durations_are_not_volumes_and_blocks_are_shifts(sentence: str, volumes: list[tuple]) -> None:
    got = [(v.min, v.max, v.per) for v in extract("Locum radiologist.\n" + sentence).volume]
    assert got == volumes


# --- cues from the dv/dw batches (2026-11-28) ---


def test_a_recruiters_second_numbered_position_is_another_job() -> None:
    text = (
        "Two openings below.\n\nPOSITION 1 -- Remote MSK reader (yours)\n"
        "W-2, weekdays 8a-5p, salary $560,000\n\n"
        "POSITION 2 -- Overnight general telerad, same group\n"
        "1099, 7 on / 7 off, $2,500 per shift, ~90 studies a night.\n\nLet me know."
    )
    terms = extract(text)
    assert terms.employment_type == "w2"
    assert terms.pay.models == ["salary"] and terms.pay.per_shift_usd is None
    assert terms.shifts == ["day"] and terms.volume == []


def test_a_single_position_heading_is_the_job() -> None:
    text = "Position 2 of our expansion: overnight reader, 1099, $2,500 per shift."
    assert extract(text).pay.per_shift_usd is not None


def test_full_malpractice_is_provided() -> None:
    assert extract("Nights, remote.\nFull malpractice, tail incl.").malpractice.provided is True


def test_a_rate_per_reading_day_is_daily() -> None:
    pay = extract("Locum telerad.\nRate: $2,700 per reading day, 12 days a month.").pay
    assert pay.models == ["daily"] and pay.daily_usd is not None and pay.daily_usd.min == 2700


def test_a_holiday_differential_adds_no_figure() -> None:
    text = "Shift rates: evening $2,500; swing $2,800.\nHoliday shifts carry a $300 differential."
    per_shift = extract(text).pay.per_shift_usd
    assert per_shift is not None and (per_shift.min, per_shift.max) == (2500, 2800)


def test_an_acquisition_by_a_capital_firm_is_private_equity() -> None:
    text = "Since our acquisition by Northgate Capital Partners in 2021, we have grown."
    assert extract(text).private_equity


@pytest.mark.parametrize(
    ("text", "flexible"),
    [
        ("Nights, remote.\nBuild your own month: pick 8 to 15 nights from the open calendar.", True),
        ("Nights, remote.\nReaders pick 10-14 nights a month from the calendar.", True),
        ("Nights, remote.\nWe pick 8 to 15 nights for you each month.", False),
    ],
)
def test_choosing_a_count_of_nights_is_flexible(text: str, flexible: bool) -> None:
    assert ("flexible" in extract(text).shifts) is flexible


def test_most_days_run_eight_to_five_is_a_day_shift() -> None:
    assert "day" in extract("Hybrid body radiologist.\nMost days run 8 to 5.").shifts


def test_neurointerventional_work_done_by_another_service_is_not_the_role() -> None:
    text = (
        "Neuroradiologist, academic.\nNeurointerventional procedures are performed by our separate service."
    )
    assert extract(text).subspecialties == ["neuro"]


# --- cues from the dx/dy batches (2026-11-28) ---


def test_a_second_positions_bullets_belong_to_it() -> None:
    text = (
        "POSITION 1 -- Part-time evening telerad (remote)\n- 3pm-11pm ET, $1.8k/shift\n- W-2 or 1099\n\n"
        "POSITION 2 -- Full-time IR, on site, Dayton OH\n- $650K guaranteed, 1:4 call\n"
        "- Ohio license, procedures only, 401k match\n\nBest,"
    )
    terms = extract(text)
    assert terms.work_mode == "remote" and terms.licensing.states == [] and terms.benefits == []
    assert terms.pay.annual_usd is None


def test_an_also_open_line_is_another_job() -> None:
    text = (
        "Locum, on-site, $3,000 a day.\n"
        "ALSO OPEN -- Remote overnight telerad, $52/RVU, Texas license required."
    )
    terms = extract(text)
    assert terms.pay.models == ["daily"] and terms.licensing.states == []


@pytest.mark.parametrize(
    "sentence",
    [
        "FWIW the rad who held this seat before retiring was grossing around $640K with the incentive.",
        "A couple of their senior nocturnists cleared ~$900k last year.",
        "For reference, the full-time range for this role is $450,000 to $510,000.",
    ],
)
def test_other_peoples_and_reference_figures_are_not_this_jobs_salary(sentence: str) -> None:
    pay = extract("Body imaging, base 400k + wRVU incentive.\n" + sentence).pay
    assert pay.annual_usd is not None and pay.annual_usd.max == 400000


def test_call_back_pay_is_an_add_on() -> None:
    pay = extract("Locum, $2,900 a day.\nCall-backs after hours: $250/hr.").pay
    assert pay.models == ["daily"] and pay.hourly_usd is None


@pytest.mark.parametrize(
    ("sentence", "paid", "imlc", "states"),
    [
        ("Need 10+ state licenses. License fees are on you.", False, False, []),
        (
            "We do not currently process licences through the Interstate Medical Licensure Compact.",
            None,
            False,
            [],
        ),
        ("Idaho license required; Oregon nice to have.", None, False, ["ID", "OR"]),
        ("Need TX and FL active; NM within 90 days.", None, False, ["TX", "FL", "NM"]),
    ],
)
def test_licensing_in_other_words(sentence: str, paid: bool | None, imlc: bool, states: list[str]) -> None:
    lic = extract("Remote radiologist.\n" + sentence).licensing
    assert (lic.paid, lic.imlc, lic.states) == (paid, imlc, states)


def test_a_not_included_line_lists_no_benefits() -> None:
    text = "Locum, 1099.\nNot included: health or retirement benefits, workstation."
    assert extract(text).benefits == []


def test_the_employed_group_covering_days_is_not_this_jobs_employment() -> None:
    text = (
        "Weekend nights, read remotely. Daytime is covered by the employed group.\n"
        "Engaged as a 1099 contractor."
    )
    assert extract(text).employment_type == "1099"


def test_three_weekdays_on_site_and_two_from_home_is_hybrid() -> None:
    text = "Three weekdays in the reading room at the hospital and two weekdays reading from home."
    assert extract("Cardiothoracic radiologist.\n" + text).work_mode == "hybrid"


def test_also_looking_at_generalists_is_another_route_in() -> None:
    text = "Breast imaging fellowship preferred; they'll also look at strong generalists with mammo volume."
    assert extract("Remote women's imaging.\n" + text).subspecialties == ["breast"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "They aim for 55-65 studies a shift and won't route you more than 70.",
            [(55, 65, "expected"), (70, 70, "maximum")],
        ),
        (
            "$45/wRVU, then $50/wRVU on everything past 14,000 wRVU in a contract year.",
            [(14000, 14000, "bonus_threshold")],
        ),
        (
            "Read more than 11 wRVU in a clock hour and each extra wRVU pays $42.",
            [(11, 11, "bonus_threshold")],
        ),
    ],
)
def test_volume_caps_and_thresholds_in_other_words(sentence: str, expected: list[tuple]) -> None:
    got = [(v.min, v.max, v.kind) for v in extract("Remote telerad.\n" + sentence).volume]
    assert got == expected


# --- cues from the dz batch (2026-11-28) ---


def test_a_weekend_reading_day_rate_is_daily() -> None:
    text = "Locum.\n- $3,100 per reading day, Monday through Friday\n- $3,400 per weekend reading day"
    daily = extract(text).pay.daily_usd
    assert daily is not None and (daily.min, daily.max) == (3100, 3400)


def test_turning_away_pe_groups_is_not_private_equity() -> None:
    text = "Ownership: physician-owned. They've turned away two PE groups and intend to stay independent."
    assert extract(text).private_equity is False


def test_contractors_arranging_their_own_cover_get_no_benefits() -> None:
    text = "IC role.\n- Contractors arrange their own income protection and superannuation."
    assert extract(text).benefits == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The US night falls during your afternoon and evening.",
        "Want me to set up a call with their recruiter? Evenings work for them too.",
    ],
)
def test_evenings_that_are_not_the_jobs_shift(sentence: str) -> None:
    assert extract("Overnight nighthawk reader.\n" + sentence).shifts == ["overnight"]


def test_a_typical_swing_is_a_shift_volume() -> None:
    text = "Swing 3p-11p: $2,300/shift (works out to ~$290/hr).\nTypical swing = 55-70 wRVU."
    assert [(v.per) for v in extract(text).volume] == ["shift"]


# --- cues from the ea batch (2026-11-28) ---


def test_a_rate_tables_holiday_and_call_back_rows_add_no_figure_or_shift() -> None:
    text = (
        "Rates\nCoverage | Hours | Rate\nWeekday day | 8:00 a.m. - 5:00 p.m. | $2,800 per day\n"
        "Holiday | as scheduled | +$500 differential\n"
        "Call-back after hours | 5:00 p.m. - 10:00 p.m. | $275 per hour\n"
    )
    terms = extract(text)
    assert terms.pay.models == ["daily"] and terms.pay.hourly_usd is None
    assert terms.pay.daily_usd is not None and terms.pay.daily_usd.max == 2800
    assert terms.shifts == ["day"]


def test_what_full_timers_get_is_their_pay() -> None:
    pay = extract("PT evening reader, W-2.\n- $310/hr for this PT slot (full-timers get $335/hr, FYI)").pay
    assert pay.hourly_usd is not None and (pay.hourly_usd.min, pay.hourly_usd.max) == (310, 310)


def test_studies_per_reading_day() -> None:
    volume = extract("Locum.\n- Expected volume: 90 to 110 studies per reading day").volume
    assert [(v.min, v.max, v.per) for v in volume] == [(90, 110, "day")]


def test_a_non_compete_the_hospital_does_not_ask_for_is_none() -> None:
    text = "The hospital does not ask its physicians to sign non-compete agreements."
    assert extract("Remote radiologist.\n" + text).non_compete is False


def test_a_portfolio_company_of_growth_partners_is_private_equity() -> None:
    text = "Meridian is a portfolio company of Halvorsen Growth Partners."
    assert extract("Remote radiologist.\n" + text).private_equity is True


def test_money_ranges_are_never_clock_times() -> None:
    terms = extract("Remote reader.\n$45-$50 per wRVU; $1-2 per study add-on.\nDays 8a-5p ET.")
    assert terms.shifts == ["day"]


# --- cues from the ec batch (2026-11-28) ---


def test_call_night_pay_on_top_of_the_day_rate_is_an_add_on() -> None:
    text = (
        "Locum.\nRate: $3,200 per weekday.\n"
        "Call: 1-in-2 from home. Call nights pay $1,100 each on top of the day rate."
    )
    pay = extract(text).pay
    assert pay.models == ["daily"] and pay.per_shift_usd is None


def test_neuro_ir_and_a_neurointerventional_fellowship_are_neuro_and_ir() -> None:
    text = "Neuro IR locums.\nMust-haves: neurointerventional fellowship, BC in DR."
    assert extract(text).subspecialties == ["neuro", "ir"]


# --- cues from the eb batch (2026-11-28) ---


def test_evening_and_overnight_call_one_weeknight_in_five_is_call() -> None:
    text = (
        "Schedule\n- Monday through Friday, 8:00 a.m. to 4:30 p.m.\n"
        "- Evening and overnight call from home, one weeknight in five."
    )
    assert extract("On-site radiologist.\n" + text).shifts == ["day"]


def test_malp_is_malpractice() -> None:
    mal = extract("Nights, remote, 1099. Malp w/ tail included.").malpractice
    assert (mal.provided, mal.tail) == (True, "provided")


def test_a_subject_line_naming_a_second_numbered_job_leaves_it_out() -> None:
    text = (
        "Subject: 2 openings - PT evening telerad ($1.8k/shift) + onsite IR\n\n"
        "POSITION 1 -- Part-time evening teleradiology (remote)\n- 3pm-11pm Eastern\n\n"
        "POSITION 2 -- Full-time IR, on site\n- $650K guaranteed\n"
    )
    terms = extract(text)
    assert terms.work_mode == "remote" and terms.subspecialties == []


def test_a_subject_line_with_a_plus_and_no_numbered_jobs_is_read_whole() -> None:
    text = "Subject: Nights IC + sign-on\n\nOvernights 10p-8a, $2,800 per shift, 1099, read from home."
    assert extract(text).shifts == ["overnight"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list that leaves things out, and a middle item with a qualifier word
        ("What you will read: CT and MR. What you will not read: mammography, fluoroscopy.", ["ct", "mri"]),
        ("Not included: mammography or PET. You read CT, MRI and X-ray.", ["xr", "ct", "mri"]),
        ("This role does not include general radiography, body CT or fluoroscopy. You read MRI.", ["mri"]),
        # a unit's name, a department's offer, another group's work
        ("PET/CT is read by the Division of Nuclear Medicine. You read CT and MR.", ["ct", "mri"]),
        ("Our Department of Radiology offers PET/CT and fluoroscopy. You will read MRI.", ["mri"]),
        ("You read neuro CT and MR; our general/ED readers handle radiographs.", ["ct", "mri"]),
        ("No PET, no nuc - their nuclear docs handle SPECT. You read chest CT.", ["ct"]),
        # clock hours in "to" form or H:MM before CT are a time zone, not the modality
        ("Monday through Friday, 7:00 to 4:00 CT, reading MRI of the joints.", ["mri"]),
        ("Shift starts 6:30 CT; the list is MR only.", ["mri"]),
        # near misses: still the job's modalities
        ("You will read CT, MRI and ultrasound; no mammography.", ["ct", "mri", "us"]),
        ("Nuc med and PET/CT are part of the worklist.", ["ct", "pet", "nm"]),
    ],
)
def test_modalities_left_out_or_named_for_a_unit(text: str, expected: list[str]) -> None:
    assert extract(text).modalities == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Remote General Radiologist - Neuro-Heavy. Read a broad mix.", ["general"]),
        ("Board-certified radiologists, general or any subspecialty, are welcome.", ["general"]),
        (
            "Our partners include neuroradiologists, breast imagers, interventionalists and a nuclear "
            "medicine physician. We are recruiting one body imager.",
            ["body"],
        ),
        (
            "Vascular and interventional procedures are performed by the two interventional radiologists. "
            "We seek a general radiologist.",
            ["general"],
        ),
        (
            "We are separately recruiting a pediatric radiologist; please see that posting if you trained "
            "in neuroradiology. This role is for a body imager.",
            ["body"],
        ),
        # near misses: the role asked for
        ("You will join our trauma team as an ER radiologist.", ["emergency"]),
        ("Our divisions include neuro and body, and we are seeking a pediatric radiologist.", ["pediatric"]),
    ],
)
def test_roles_of_colleagues_and_other_postings_are_not_this_job(text: str, expected: list[str]) -> None:
    assert extract(text).subspecialties == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Swing shifts from home. No overnight reading - a contracted nighthawk service takes over.",
            ["evening"],
        ),
        ("Evening reads from home; a separate overnight attending team reviews the residents.", ["evening"]),
        (
            "Monday through Friday, 7:30 a.m. to 5:00 p.m. Each member covers one weekend of neuroradiology "
            "call in ten.",
            ["day"],
        ),
        (
            "Swing reads; choose one of two tracks: Monday through Thursday, or Friday through Sunday.",
            ["evening", "weekend"],
        ),
        (
            "Weekend nights only, from home. You can take every weekend or every other weekend, your call.",
            ["overnight", "weekend", "flexible"],
        ),
        ("M-F days, you pick 3, 4 or 5 days/wk.", ["day", "flexible"]),
        (
            "Schedule yourself by claiming the blocks you want: day, evening or overnight.",
            ["overnight", "day", "evening", "flexible"],
        ),
        ("You claim as many or as few shifts as you like each month.", ["flexible"]),
        # near misses: a phone call, an employment choice
        ("Peds noc shift - W2 or 1099, your call.", ["overnight"]),
        ("Weekend days only; let me know if you want a call.", ["day", "weekend"]),
    ],
)
def test_shifts_said_in_more_ways(text: str, expected: list[str]) -> None:
    assert extract(text).shifts == expected


@pytest.mark.parametrize(
    ("sentence", "volumes"),
    [
        (
            "We pay $50 for every wRVU you read beyond 10,400 in a calendar year.",
            [(10400, 10400, "rvu", "year", "bonus_threshold")],
        ),
        (
            "Every study pays $26 until you reach 45 studies in a shift.",
            [(45, 45, "study", "shift", "bonus_threshold")],
        ),
        (
            "We pay $44 per RVU for the first 100 RVUs of a shift.",
            [(100, 100, "rvu", "shift", "bonus_threshold")],
        ),
        (
            "Associates on the general service typically read 70 to 90 studies per day.",
            [(70, 90, "study", "day", "expected")],
        ),
        (
            "Expected workload is about 5,400 wRVUs per year; the full-time benchmark of 9,000 wRVUs "
            "is given for reference only.",
            [(5400, 5400, "rvu", "year", "expected")],
        ),
        # near miss: the group's own volume
        ("We read 2 million studies a year across the network.", []),
    ],
)
def test_volume_thresholds_and_reference_figures(sentence: str, volumes: list[tuple]) -> None:
    got = [(v.min, v.max, v.unit, v.per, v.kind) for v in extract(sentence).volume]
    assert got == volumes


@pytest.mark.parametrize(
    ("text", "pe"),
    [
        ("They've turned down PE twice and plan to stay independent.", False),
        ("We have been approached by private equity more than once and have declined every time.", False),
        (
            "Private equity groups have approached us, and each time the partners voted to stay independent.",
            False,
        ),
        ("They've grown fast since Bridgewell Capital bought a majority stake last spring.", True),
        # near misses
        ("Private equity groups have approached many practices in our region.", True),
        ("Our partners bought a majority stake in the imaging center.", None),
    ],
)
def test_private_equity_turned_down_or_buying_in(text: str, pe: bool | None) -> None:
    assert extract(text).private_equity is pe


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (
            "Malpractice is claims-made and paid by the practice; tail is covered once you've completed "
            "three years with us.",
            "negotiable",
        ),
        ("Occurrence policy, so nothing to buy and no tail to sort out when the assignment ends.", None),
        ("Covered by the self-insurance program; no separate tail coverage is required.", None),
        ("Claims-made malpractice with tail included.", "provided"),
    ],
)
def test_tail_conditions_and_moot_tail(text: str, tail: str | None) -> None:
    assert extract(text).malpractice.tail == tail


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("W-2 agreements include a 12-month non-compete. 1099 agreements carry no non-compete.", True),
        ("Non-competes\nWe don't use them.\n", False),
        ("No non-compete.", False),
    ],
)
def test_non_compete_for_one_track_or_under_a_heading(text: str, value: bool) -> None:
    assert extract(text).non_compete is value


def test_a_partnership_track_no_longer_offered_is_none() -> None:
    text = "As part of the platform we no longer offer an equity partnership track."
    assert extract(text).partnership_track is False


@pytest.mark.parametrize(
    ("text", "paid", "states"),
    [
        (
            "Licenses: TX, OK and LA wanted. License/credentialing fees are on the reader.",
            False,
            ["TX", "OK", "LA"],
        ),
        ("What we offer\n- Licensing support\n- Health insurance\n", None, []),
        ("Need FL + GA active; SC would be nice. They pay all licensing.", True, ["FL", "GA", "SC"]),
        (
            "LICENSING\nOur biggest needs right now are California, Illinois and Michigan.\n",
            None,
            ["CA", "IL", "MI"],
        ),
        # near miss: states under another heading
        ("ABOUT US\nWe serve hospitals in California and Nevada.\n", None, []),
    ],
)
def test_licensing_in_more_ways(text: str, paid: bool | None, states: list[str]) -> None:
    got = extract(text).licensing
    assert (got.paid, got.states) == (paid, states)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "RATE: $3,300 per day Monday-Friday; Saturday sessions pay $1,900 each.",
            "per_shift_usd",
            (1900, 1900),
        ),
        (
            "Block | Rate per shift\nDay | $1,850\nOvernight | $2,450\n"
            "Saturday and Sunday blocks of any type pay an additional $200 per shift.",
            "per_shift_usd",
            (1850, 2650),
        ),
        ("Salary: mid-$500s base, plus productivity pay.", "annual_usd", (550000, 550000)),
        (
            "Total guaranteed salary is four hundred forty thousand dollars for year one and four hundred "
            "eighty-five thousand dollars for year two.",
            "annual_usd",
            (440000, 485000),
        ),
        (
            "Base $480,000. Call is compensated at $900 per weeknight in addition to salary.",
            "per_shift_usd",
            None,
        ),
        (
            "Comp: $500K base. FWIW their per-diem reader covering a leave is on 1099 at $2,800/day.",
            "daily_usd",
            None,
        ),
    ],
)
def test_pay_said_in_more_ways(text: str, field: str, value: tuple[int, int] | None) -> None:
    got = getattr(extract(text).pay, field)
    assert (None if got is None else (got.min, got.max)) == value


def test_a_per_night_basis_without_a_figure_is_per_shift() -> None:
    assert extract("Nights from home. Competitive per-night compensation.").pay.models == ["per_shift"]


def test_another_readers_contract_is_not_this_jobs_employment_type() -> None:
    text = "W-2, $500K base. Their per-diem reader covering a maternity leave is on 1099 at $2,800/day."
    assert extract(text).employment_type == "w2"


def test_your_own_station_with_an_equipment_stipend_is_provided() -> None:
    assert extract("- you use your own station, they give a $6k equipment stipend").equipment_provided is True


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Faculty may read from home up to two clinical days a week.", "hybrid"),
        ("Overnight work is handled by in-house residents. You read from home.", "remote"),
    ],
)
def test_some_days_from_home_and_in_house_trainees(text: str, mode: str) -> None:
    assert extract(text).work_mode == mode


@pytest.mark.parametrize(
    ("text", "volumes"),
    [
        (
            "Pay is tiered per wRVU, reset every shift:\n  first 85 wRVU ..... $38\n"
            "  86 to 110 ......... $42\n  111 and up ........ $46\n",
            [(85, 85, "rvu", "shift", "bonus_threshold"), (110, 110, "rvu", "shift", "bonus_threshold")],
        ),
        (
            "wRVU per shift | rate\n0-60 | $40\n61-90 | $46\n91+ | $52\n",
            [(60, 60, "rvu", "shift", "bonus_threshold"), (90, 90, "rvu", "shift", "bonus_threshold")],
        ),
        (
            "They want ~95-105 wRVU a night. Floor is 70/night.",
            [(95, 105, "rvu", "shift", "expected"), (70, 70, "rvu", "shift", "minimum")],
        ),
        # near misses: a table of years, a lone row
        ("Experience | Salary\n1-3 years | $450\n4+ years | $500\n", []),
        ("Reads per shift: 40-60 ..... $35 each.", [(40, 60, "study", "shift", "expected")]),
    ],
)
def test_tier_tables_and_dot_leaders(text: str, volumes: list[tuple]) -> None:
    got = [(v.min, v.max, v.unit, v.per, v.kind) for v in extract(text).volume]
    assert sorted(got) == sorted(volumes)


@pytest.mark.parametrize(
    ("sentence", "volumes"),
    [
        ("Typical night 40-55 neuro CT/MR.", [(40, 55, "study", "shift", "expected")]),
        ("Readers average 90 to 110 tomosynthesis exams a day.", [(90, 110, "study", "day", "expected")]),
        ("We added 2 CT/MR scanners this year.", []),
        # a kind word after the range that has its own figure is that figure's
        (
            "Typical night 40-55 neuro CT/MR, floor is 35/night.",
            [(40, 55, "study", "shift", "expected"), (35, 35, "study", "shift", "minimum")],
        ),
    ],
)
def test_volumes_named_by_modality(sentence: str, volumes: list[tuple]) -> None:
    assert [(v.min, v.max, v.unit, v.per, v.kind) for v in extract(sentence).volume] == volumes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shift: 4:00 PM–12:00 AM, four nights a week.", ["evening"]),
        ("Overnights 10p-8a, seven nights a month.", ["overnight"]),
    ],
)
def test_nights_counted_in_words_beside_clock_hours(text: str, expected: list[str]) -> None:
    assert extract(text).shifts == expected


@pytest.mark.parametrize(
    ("text", "roles", "modalities"),
    [
        (
            "Our reader panel spans neuroradiology, breast imaging and nuclear medicine, alongside a general "
            "radiology team. Now hiring: Musculoskeletal Radiologist. You will read MSK MRI.",
            ["msk"],
            ["mri"],
        ),
        (
            "The Department of Radiology employs fourteen physicians: ten diagnostic radiologists with "
            "training in neuroradiology, body imaging and breast imaging. "
            "We seek an interventional radiologist.",
            ["ir"],
            [],
        ),
        (
            "They need a general radiologist. MRI all goes to their neuro and MSK guys, so none of that for "
            "you. The day is XR, CT and US.",
            ["general"],
            ["xr", "ct", "us"],
        ),
    ],
)
def test_a_groups_make_up_and_work_sent_to_colleagues(
    text: str, roles: list[str], modalities: list[str]
) -> None:
    got = extract(text)
    assert (got.subspecialties, got.modalities) == (roles, modalities)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- M-F 7:30a-4:30p, no overnights (they send nights to a telerad co.)", ["day"]),
        (
            "Roughly one week in six you'll take the late-reader slot (noon to 9:00 p.m.) from home.",
            ["evening"],
        ),
        ("Day shifts, 8 a.m. to 5 p.m. Part-time readers choose two or three weekdays.", ["day", "flexible"]),
        # near miss: residents sent elsewhere are no shift of anyone's
        ("We send our residents to the VA for a month.", []),
    ],
)
def test_shifts_sent_out_and_days_chosen(text: str, expected: list[str]) -> None:
    assert extract(text).shifts == expected


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Base salary $615,000. After-hours IR call is taken from home on a one-in-five rotation, and is "
            "compensated at $1,000 per weekday night and $1,500 per weekend day.",
            "models",
            ["salary"],
        ),
        (
            "$2,400/shift weeknights, $2,700 Fri/Sat/Sun nights. Recruiter math = ~$240/hr.",
            "models",
            ["per_shift"],
        ),
        # near miss: a job without call, paid per shift
        ("No call, and nights are paid at $2,400 per shift.", "models", ["per_shift"]),
    ],
)
def test_call_pay_and_recruiter_math_are_no_rates(text: str, field: str, value: list[str]) -> None:
    assert getattr(extract(text).pay, field) == value


@pytest.mark.parametrize(
    ("text", "imlc", "states"),
    [
        ("* Licenses: need TX + LA; they pay, and use the compact for anything else", True, ["TX", "LA"]),
        ("- We license you: fees paid. TX, FL, GA holders get priority.", False, ["TX", "FL", "GA"]),
    ],
)
def test_licensing_said_in_a_recruiters_shorthand(text: str, imlc: bool, states: list[str]) -> None:
    got = extract(text).licensing
    assert (got.imlc, got.states) == (imlc, states)


@pytest.mark.parametrize(
    ("text", "paid", "imlc", "states"),
    [
        (
            "- Need TX and LA to start; they pay for those and add anything else through the compact on "
            "their dime.",
            True,
            True,
            ["TX", "LA"],
        ),
        (
            "* Mal + tail paid, IMLC is fine\n* They'd love NY/NJ, PA works too",
            None,
            True,
            ["NY", "NJ", "PA"],
        ),
    ],
)
def test_licensing_without_the_word_licence(
    text: str, paid: bool | None, imlc: bool, states: list[str]
) -> None:
    got = extract(text).licensing
    assert (got.paid, got.imlc, got.states) == (paid, imlc, states)


def test_a_salary_that_begins_at_a_figure_has_no_top() -> None:
    text = "As Assistant Professor, the annual salary begins at four hundred thirty thousand dollars."
    got = extract(text).pay.annual_usd
    assert got is not None and (got.min, got.max) == (430000, None)


def test_a_sentence_given_for_reference_is_no_pay() -> None:
    text = (
        "This position is paid at $265 per hour. For reference, full-time (1.0 FTE) radiologists in the "
        "department are paid within a salary range of $510,000–$560,000."
    )
    assert extract(text).pay.models == ["hourly"]


@pytest.mark.parametrize(
    ("text", "shifts", "modalities"),
    [
        ("Evenings 4p-12a. No weekend, holiday or overnight obligations.", ["evening"], []),
        ("PET/CT and nuclear medicine are not on our worklist. You read CT and MRI.", [], ["ct", "mri"]),
    ],
)
def test_items_left_out_of_a_list(text: str, shifts: list[str], modalities: list[str]) -> None:
    got = extract(text)
    assert (got.shifts, got.modalities) == (shifts, modalities)


def test_a_typical_day_for_one_of_our_readers_is_expected_volume() -> None:
    got = extract("A typical on-day for one of our neuroradiologists is 70 to 85 wRVUs.").volume
    assert [(v.min, v.max, v.unit, v.per, v.kind) for v in got] == [(70, 85, "rvu", "day", "expected")]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Base: mid-400s, W2 employee.", "annual_usd", (450000, 450000)),
        ("Optional Saturday screening sessions 8a-12p, $1,600 each.", "per_shift_usd", (1600, 1600)),
        (
            "$24 per study, with a guaranteed minimum of $1,750 per 8-hour shift.",
            "per_shift_usd",
            (1750, 1750),
        ),
        ("Starting salary from $450,000.", "annual_usd", (450000, None)),
    ],
)
def test_pay_in_shorthand_and_guarantees(text: str, field: str, value: tuple[int, int | None]) -> None:
    got = getattr(extract(text).pay, field)
    assert got is not None and (got.min, got.max) == value


@pytest.mark.parametrize(
    ("text", "check"),
    [
        (
            "- Need or willing to get: TX, FL, GA, NC.",
            lambda r: r.licensing.states == ["TX", "FL", "GA", "NC"],
        ),
        (
            "- $2,600/shift Sun-Thu nights, $3,000 Fri + Sat nights",
            lambda r: r.shifts == ["overnight", "weekend"],
        ),
        (
            "Outpatient MRI (mostly MSK and spine). We are hiring general radiologists for this list.",
            lambda r: r.subspecialties == ["general"],
        ),
        ("Specialty: Radiology - General", lambda r: r.subspecialties == ["general"]),
        (
            "Hours: M-F 8-4:30 CT (Central). Reads: mammo, breast US, breast MRI.",
            lambda r: "ct" not in r.modalities,
        ),
        (
            "The client ships a PACS workstation; you provide a wired high-speed connection.",
            lambda r: r.equipment_provided is True,
        ),
        (
            "- Life, short-term and long-term disability insurance",
            lambda r: r.benefits == ["disability", "life"],
        ),
        (
            "Faculty typically interpret 60 to 70 screening mammograms per screening session.",
            lambda r: [(v.min, v.max, v.per) for v in r.volume] == [(60, 70, "shift")],
        ),
    ],
)
def test_more_ordinary_wordings(text: str, check: Any) -> None:
    assert check(extract(text))


@pytest.mark.parametrize(
    ("text", "check"),
    [
        (
            "Three scheduled tracks: Day, Evening, Overnight. "
            "You choose your track when you accept an offer.",
            lambda r: "flexible" not in r.shifts,
        ),
        (
            "Read when you want. We add $15 per hour for hours read on Saturday or Sunday.",
            lambda r: r.shifts == ["flexible"],
        ),
        (
            "Evenings until 2300. We stopped taking overnight call eight years ago.",
            lambda r: r.shifts == ["evening"],
        ),
        (
            "Cover evening and weekend volume from home. Hours are flexible and can be arranged around you.",
            lambda r: r.shifts == ["evening", "weekend", "flexible"],
        ),
        (
            "Days 8-4:30. The section does not participate in the department's evening, overnight or "
            "weekend call.",
            lambda r: "overnight" not in r.shifts and "evening" not in r.shifts,
        ),
        (
            "You read neuro CT and MRI. Faculty outside the neuro group cover pediatric body, "
            "musculoskeletal, fluoroscopy and nuclear medicine.",
            lambda r: r.modalities == ["ct", "mri"],
        ),
        (
            "General radiologist, remote, reading CT and X-ray.\n\nOther openings\n- Breast Imager — 1099, "
            "$28 per mammogram\n",
            lambda r: (r.subspecialties, r.modalities, r.pay.models) == (["general"], ["xr", "ct"], []),
        ),
    ],
)
def test_schedules_teams_and_other_openings(text: str, check: Any) -> None:
    assert check(extract(text))


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("- Occurrence mal, so no tail conversation", lambda r: r.malpractice.tail is None),
        (
            "We're physician-owned, and we've told every private equity firm that has called that we are not "
            "for sale.",
            lambda r: r.private_equity is False,
        ),
        (
            "- Licensing: TX + a handful of other states; they pay all fees + cred",
            lambda r: (r.licensing.paid, r.licensing.states) == (True, ["TX"]),
        ),
        (
            "- Expect roughly 25-35 nuclear/PET studies per day",
            lambda r: [(v.min, v.max, v.per) for v in r.volume] == [(25, 35, "day")],
        ),
    ],
)
def test_the_last_round_of_wordings(text: str, check: Any) -> None:
    assert check(extract(text))
