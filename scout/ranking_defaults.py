"""Every number the ranking model uses, each with its source in shared/docs/domain.md.

A value marked `judgment=True` is a default chosen where the sources only bound it (domain.md marks
these **[judgment]**); the flags built on such values are labelled heuristic. `DEFAULTS` and
`FLAG_CATALOGUE` are the tables that docs/ranking.md, the README and `scout flags` list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["critical", "warning", "note"]


@dataclass(frozen=True)
class Sourced:
    """A default number, its unit, and where it comes from."""

    value: float
    unit: str
    source: str
    judgment: bool = False


# --- Market pay (domain.md §1.2 and "Suggested defaults") -------------------------------------------
MARKET_PER_RVU_LOW = Sourced(40, "$/wRVU", "academic floor $40–55/wRVU (radcalcs.org wRVU calculator, 2026)")
MARKET_PER_RVU_MEDIAN = Sourced(
    50, "$/wRVU", "between MGMA 2025's $45 (fairrvu.com) and the $55 private-practice floor", judgment=True
)
MARKET_PER_RVU_HIGH = Sourced(70, "$/wRVU", "private practice $55–80+ (radcalcs.org 2026); $70 (SDN forum)")
MARKET_PER_RVU_CEILING = Sourced(
    80, "$/wRVU", "top of the private-practice range $55–80+ (radcalcs.org 2026)"
)
BELOW_MARKET_PER_RVU = Sourced(35, "$/wRVU", "below every published benchmark found", judgment=True)

# --- Workload (domain.md §2 and "Suggested defaults") -----------------------------------------------
PACE_RVUS_PER_HOUR = Sourced(8, "wRVU/h", "typical 7–9 wRVU/h (Kidwai, RSNA 2014: sustained 6–12)")
PACE_STUDIES_PER_HOUR = Sourced(
    8, "studies/h", "typical 6–10 studies/h in mixed ED teleradiology (Hanna, Radiology 2018, calc)"
)
HOURS_PER_SHIFT = Sourced(8, "h", "the 8-hour shift behind the wRVU-per-shift figures (RVU Monster 2025)")
SHIFTS_PER_YEAR = Sourced(200, "shifts", "12,000 wRVU a year over 200 days (RVU Monster 2025)")
SHIFTS_PER_WEEK = Sourced(
    5, "shifts", "a working week of five shifts, to turn weekly volumes into hourly", True
)
RVUS_PER_HOUR_FLAG = Sourced(
    15,
    "wRVU/h",
    "15 wRVU/h sustained (= 120 per 8-h shift) exceeds the sustained maximum of 12 (Kidwai, RSNA 2014)",
    judgment=True,
)
STUDIES_PER_SHIFT_FLAG = Sourced(
    120, "studies/shift", "shifts with a major discrepancy averaged 119 studies (Hanna, Radiology 2018)"
)
STUDIES_PER_HOUR_FLAG = Sourced(
    15,
    "studies/h",
    "> 15/h sustained: error shifts ran 12–13/h (Hanna 2018, calc); 160 a night ≈ 14/h (Hung 2021)",
)
SHIFT_LENGTH_FLAG = Sourced(
    10, "h", "maximum 10-h shift proposed by Lexa (JACR 2021); errors peak 10–12 h in (Hanna 2018)"
)
QUOTA_ZERO_FIT_RATIO = Sourced(
    1.5,
    "× your pace",
    "bursts reach 18 wRVU/h against a sustained 12, a ratio of 1.5 (Kidwai, RSNA 2014)",
    True,
)

# --- Malpractice (domain.md §3) -------------------------------------------------------------------
MALPRACTICE_PREMIUM = Sourced(
    20_000,
    "$/yr",
    "mature claims-made $1M/$3M premium, midpoint of $11k–80k (Capson broker page)",
    judgment=True,
)
TAIL_MULTIPLE = Sourced(
    2.0,
    "× annual premium",
    "consensus 1.5–3.0×, 2.0–2.3× most common (Doctors' Agency 2018, ETHOS 2014, AMA News 2006)",
)
RESERVE_YEARS = Sourced(
    5,
    "years",
    "one-time costs (tail, workstation, licence fees) spread over the 5 years used for equipment",
    True,
)

# --- 1099 versus W-2 (domain.md §4) ---------------------------------------------------------------
SOCIAL_SECURITY_RATE = Sourced(
    0.062, "of wages", "employer Social Security share (SSA via PayrollOrg, Nov 2025)"
)
SOCIAL_SECURITY_WAGE_BASE = Sourced(
    184_500, "$", "2026 Social Security wage base (SSA via PayrollOrg, Nov 2025)"
)
MEDICARE_RATE = Sourced(0.0145, "of wages", "employer Medicare share, no cap (SSA via PayrollOrg, Nov 2025)")
BENEFITS_VALUE = Sourced(
    45_000,
    "$/yr",
    "health ≈ $20k (KFF 2025) + retirement ≈ $15k (calc) + disability, life, CME ≈ $10k (judgment)",
)
BENEFIT_PARTS: dict[str, float] = {
    # The $45k split by the parts domain.md names; disability, life and CME share its $10k equally.
    "health": 20_000,  # KFF 2025: family premium $26,993 − worker's $6,850 [calc]
    "retirement": 15_000,  # 3–6% match on the $360k compensation limit = $10.8–21.6k [calc]
    "disability": 10_000 / 3,  # "disability, life, CME and licensing ≈ $10k" [judgment]
    "life": 10_000 / 3,
    "cme": 10_000 / 3,
}

# --- Equipment (domain.md §6) ---------------------------------------------------------------------
WORKSTATION = Sourced(
    12_000,
    "$ one-time",
    "dual 3 MP diagnostic displays + workstation, ≈ $4,000 per 3 MP monitor (Axis Imaging News, calc)",
    judgment=True,
)
WORKSTATION_MAMMO = Sourced(
    25_000,
    "$ one-time",
    "5 MP displays for mammography (MQSA; ACR–AAPM–SIIM ≥ 420 cd/m²); weakly sourced",
    judgment=True,
)

# --- Licensing (domain.md §5) ---------------------------------------------------------------------
LICENSE_INITIAL = Sourced(
    500, "$ per state", "traditional fees $200–600 (whiteglove, vendor); California ≈ $1,850"
)
LICENSE_ANNUAL = Sourced(
    350, "$/yr per state", "renewal averaged to $350/yr (California ≈ $600/yr)", judgment=True
)
IMLC_LOQ = Sourced(700, "$", "IMLC Letter of Qualification, valid 365 days (whiteglove)")
LICENSE_DAYS_TRADITIONAL = (60, 90)  # days; medtigo / ihcl: plan for at least 60 days
LICENSE_WEEKS_IMLC = (2, 4)  # weeks; whiteglove: 1–3 weeks for the Letter, then 1–7 days per state
LICENSE_LEAD_SOURCE = "traditional 60–90 days (medtigo, ihcl); IMLC 2–4 weeks (whiteglove)"


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


US_STATES = _codes(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
    "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP"
)
# CompHealth's Oct-2024 member list, + FL (late 2024), PA (SPL from 2025-07-07), HI (non-SPL) and NC
# (member from 2026-01-01). Verify on imlcc.com (domain.md §5.1, "Known gaps" 3).
IMLC_MEMBER_STATES = _codes(
    "AL AZ CO CT DE DC GA GU ID IL IN IA KS KY LA ME MD MI MN MS MO MT NE NV NH NJ ND OH OK SD TN TX UT VT "
    "WA WV WI WY FL PA HI NC"
)
IMLC_NON_SPL_STATES = frozenset({"VT", "HI", "CT"})  # issue Compact licences but cannot be the entry state
IMLC_PENDING_STATES = frozenset({"AR", "RI", "NM"})  # enacted, implementation pending (Jan 2026)
IMLC_AT_RISK_STATES = frozenset({"MI"})  # sunset: Compact licences lapse 2026-03-28 unless reinstated
IMLC_SOURCE = "CompHealth Oct 2024 + FL, PA, HI, NC (domain.md §5.1); verify on imlcc.com"

# --- Postings ---------------------------------------------------------------------------------------
STALE_AFTER_DAYS = Sourced(
    60, "days", "a posting older than this is likely filled or recycled", judgment=True
)
# Words that show a posting lets you read from outside the US (domain.md §5.3, CMS Transmittal 66).
ABROAD_WORDS = (
    "abroad",
    "overseas",
    "outside the united states",
    "outside the us",
    "outside the u.s.",
    "anywhere in the world",
    "from europe",
    "living in europe",
    "from australia",
    "internationally based",
    "international location",
)
# Words just before such a phrase that turn it into a prohibition.
ABROAD_NEGATIONS = (
    "no ",
    "not ",
    "cannot",
    "can't",
    "never",
    "prohibit",
    "must reside",
    "must be in",
    "only from",
)

# --- Score (no source sets these: all judgment) -----------------------------------------------------
DEFAULT_WEIGHTS: dict[str, float] = {"value": 0.40, "workload": 0.25, "risk": 0.25, "preference": 0.10}
SEVERITY_PENALTY: dict[Severity, float] = {"critical": 0.5, "warning": 0.2, "note": 0.05}
UNKNOWN_PAY_PER_RVU = Sourced(
    35, "$/wRVU", "an offer with no pay figure is valued as if it paid the below-market line", judgment=True
)
UNKNOWN_WORKLOAD_FIT = Sourced(
    0.75, "fit", "an offer that states no volume scores as a quota 12.5% above your pace", judgment=True
)
UNKNOWN_PREFERENCE_FIT = Sourced(
    0.5, "fit", "a preference the posting does not settle counts half", judgment=True
)

DEFAULTS: dict[str, Sourced] = {
    "market $/wRVU, low": MARKET_PER_RVU_LOW,
    "market $/wRVU, median": MARKET_PER_RVU_MEDIAN,
    "market $/wRVU, high": MARKET_PER_RVU_HIGH,
    "market $/wRVU, ceiling (value = 1.0)": MARKET_PER_RVU_CEILING,
    "below-market flag": BELOW_MARKET_PER_RVU,
    "reading pace, wRVU per hour": PACE_RVUS_PER_HOUR,
    "reading pace, studies per hour": PACE_STUDIES_PER_HOUR,
    "hours per shift": HOURS_PER_SHIFT,
    "shifts per year": SHIFTS_PER_YEAR,
    "shifts per week (weekly volumes)": SHIFTS_PER_WEEK,
    "wRVU per hour flag": RVUS_PER_HOUR_FLAG,
    "studies per shift flag": STUDIES_PER_SHIFT_FLAG,
    "studies per hour flag": STUDIES_PER_HOUR_FLAG,
    "shift length of concern": SHIFT_LENGTH_FLAG,
    "quota at which workload fit reaches 0": QUOTA_ZERO_FIT_RATIO,
    "malpractice premium": MALPRACTICE_PREMIUM,
    "tail cost": TAIL_MULTIPLE,
    "years to spread one-time costs over": RESERVE_YEARS,
    "employer Social Security rate": SOCIAL_SECURITY_RATE,
    "Social Security wage base (2026)": SOCIAL_SECURITY_WAGE_BASE,
    "employer Medicare rate": MEDICARE_RATE,
    "benefits of a W-2 job": BENEFITS_VALUE,
    "home workstation": WORKSTATION,
    "home workstation, mammography": WORKSTATION_MAMMO,
    "licence, initial fee": LICENSE_INITIAL,
    "licence, upkeep": LICENSE_ANNUAL,
    "IMLC Letter of Qualification": IMLC_LOQ,
    "stale posting": STALE_AFTER_DAYS,
    "value of an offer with no pay figure": UNKNOWN_PAY_PER_RVU,
    "workload fit when no volume is stated": UNKNOWN_WORKLOAD_FIT,
    "preference fit when the posting is silent": UNKNOWN_PREFERENCE_FIT,
    **{
        f"score weight: {part}": Sourced(weight, "share", "no source sets it; change it in [weights]", True)
        for part, weight in DEFAULT_WEIGHTS.items()
    },
    **{
        f"risk penalty per {severity} flag": Sourced(penalty, "of the risk part", "no source sets it", True)
        for severity, penalty in SEVERITY_PENALTY.items()
    },
}


@dataclass(frozen=True)
class FlagSpec:
    """One entry of the red-flag catalogue."""

    id: str
    severity: Severity  # the most serious level this flag takes
    when: str
    threshold: str | None
    heuristic: bool


FLAG_CATALOGUE: tuple[FlagSpec, ...] = (
    FlagSpec(
        "quota_above_pace",
        "critical",
        "the volume the job asks for (minimum or expected) needs more wRVUs or studies per hour than you "
        "read; critical when even the low end does, a warning when only the top of the range does",
        "your pace in the profile (rvus_per_hour, studies_per_hour)",
        heuristic=False,
    ),
    FlagSpec(
        "volume_rvus_high",
        "warning",
        "the volume asked for is at least 15 wRVU an hour over your shift",
        f"≥ {RVUS_PER_HOUR_FLAG.value:g} wRVU/h: {RVUS_PER_HOUR_FLAG.source}",
        heuristic=True,
    ),
    FlagSpec(
        "volume_studies_high",
        "warning",
        "the volume asked for is above 120 studies a shift or 15 studies an hour",
        f"> {STUDIES_PER_SHIFT_FLAG.value:g} studies/shift ({STUDIES_PER_SHIFT_FLAG.source}); "
        f"> {STUDIES_PER_HOUR_FLAG.value:g} studies/h",
        heuristic=True,
    ),
    FlagSpec(
        "tail_not_covered",
        "critical",
        "claims-made cover whose tail you pay (critical) or that the posting leaves unstated or open to "
        "negotiation (warning)",
        f"tail ≈ {TAIL_MULTIPLE.value:g}× the ${MALPRACTICE_PREMIUM.value:,.0f} premium: "
        f"{TAIL_MULTIPLE.source}",
        heuristic=False,
    ),
    FlagSpec(
        "malpractice_not_provided",
        "critical",
        "you buy your own malpractice cover (critical); a 1099 posting that does not say who pays (warning)",
        f"${MALPRACTICE_PREMIUM.value:,.0f} a year: {MALPRACTICE_PREMIUM.source}",
        heuristic=False,
    ),
    FlagSpec("no_pay_figure", "warning", "the posting states no pay figure", None, heuristic=False),
    FlagSpec(
        "pay_from_board_only",
        "note",
        "the pay figure comes from the job board's salary field, not the posting's own words",
        None,
        heuristic=False,
    ),
    FlagSpec(
        "per_rvu_below_market",
        "warning",
        "the stated $/wRVU, the $/wRVU implied by pay and quota, or the W-2-equivalent $/wRVU at your pace "
        "is below $35 even at the top of its range",
        f"< ${BELOW_MARKET_PER_RVU.value:g}/wRVU ({BELOW_MARKET_PER_RVU.source}); market "
        f"${MARKET_PER_RVU_LOW.value:g}/{MARKET_PER_RVU_MEDIAN.value:g}/{MARKET_PER_RVU_HIGH.value:g}",
        heuristic=True,
    ),
    FlagSpec(
        "below_min_hourly",
        "warning",
        "the effective hourly rate is below your minimum (warning), or the range reaches below it (note)",
        "min_effective_hourly_usd in your profile",
        heuristic=False,
    ),
    FlagSpec(
        "licenses_missing",
        "warning",
        "the posting names state licences you do not hold (a note when you hold at least one of them)",
        f"${LICENSE_INITIAL.value:g} per state + ${LICENSE_ANNUAL.value:g}/yr, IMLC + ${IMLC_LOQ.value:g}; "
        f"{LICENSE_LEAD_SOURCE}",
        heuristic=False,
    ),
    FlagSpec(
        "non_compete_remote",
        "warning",
        "a non-compete on a remote job (a note on an on-site job)",
        "any non-compete on a fully remote job (JACR 2013 survey; FTC rule vacated 2025)",
        heuristic=False,
    ),
    FlagSpec(
        "private_equity_quota",
        "warning",
        "a private-equity-backed employer that sets a volume quota",
        "PE bait and switch: 25k+ wRVU/yr for $300k (Ben White)",
        heuristic=False,
    ),
    FlagSpec(
        "private_equity",
        "note",
        "the employer is stated to be backed by private equity (no quota stated)",
        "12% of radiologists work for PE-backed groups (Khunte & Singh, AJR 2025)",
        heuristic=False,
    ),
    FlagSpec(
        "workstation_at_your_cost",
        "warning",
        "you supply the home workstation and diagnostic displays (5 MP for mammography)",
        f"${WORKSTATION.value:,.0f} (${WORKSTATION_MAMMO.value:,.0f} with mammography) over "
        f"{RESERVE_YEARS.value:g} years; weakly sourced",
        heuristic=True,
    ),
    FlagSpec(
        "reads_from_abroad",
        "critical",
        "the posting lets radiologists read from outside the US: critical if you plan to, else a warning",
        "CMS Transmittal 66 (2007): no Medicare payment for reads done outside the US",
        heuristic=True,
    ),
    FlagSpec(
        "refused_shift",
        "critical",
        "the job's shifts include one you refuse: critical when every shift listed is one you refuse",
        "refused_shifts in your profile",
        heuristic=False,
    ),
    FlagSpec(
        "work_mode_unwanted",
        "warning",
        "the job is hybrid or on site and your profile accepts only other work modes",
        "work_modes in your profile",
        heuristic=False,
    ),
    FlagSpec(
        "subspecialty_mismatch",
        "warning",
        "the job asks for subspecialties none of which are in your profile",
        "subspecialties in your profile",
        heuristic=False,
    ),
    FlagSpec(
        "mammo_not_read",
        "warning",
        "the job includes mammography or breast imaging and your profile says you do not read it",
        "reads_mammo in your profile (MQSA)",
        heuristic=False,
    ),
    FlagSpec(
        "posting_stale",
        "note",
        "the posting is more than 60 days old (by its posted date, else when Scout first saw it)",
        f"> {STALE_AFTER_DAYS.value:g} days ({STALE_AFTER_DAYS.source})",
        heuristic=True,
    ),
    FlagSpec(
        "posting_removed", "warning", "the posting is no longer listed on its board", None, heuristic=False
    ),
)
FLAGS_BY_ID: dict[str, FlagSpec] = {spec.id: spec for spec in FLAG_CATALOGUE}
