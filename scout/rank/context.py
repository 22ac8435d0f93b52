"""Everything ranking needs from the profile and the defaults, computed once per ranking run."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from scout import ranking_defaults as d
from scout.profile import Profile


class _Context:
    """Everything the ranking needs from the profile, precomputed."""

    __slots__ = (
        "below_market",
        "benefit_parts",
        "benefits",
        "benefits_unlisted",
        "board_mult",
        "ceiling",
        "contractor",
        "employment_preference",
        "half",
        "held",
        "hours_shift",
        "hours_year",
        "ignore",
        "imlc_route",
        "license_year",
        "medicare",
        "min_hourly",
        "modes",
        "pace_rvu",
        "pace_study",
        "pay_bases",
        "penalty",
        "period_hours",
        "preferred",
        "premium",
        "profile",
        "read_from_abroad",
        "reads_mammo",
        "refused",
        "rvus_hour_flag",
        "rvus_year",
        "shifts_year",
        "ss_base",
        "ss_rate",
        "stale_days",
        "studies_hour_flag",
        "studies_shift_flag",
        "studies_year",
        "subs",
        "tail_reserve",
        "tail_total",
        "unknown_value",
        "unknown_workload",
        "weeks_year",
        "weights",
        "workstation",
        "workstation_mammo",
        "zero_fit_excess",
    )

    def __init__(self, profile: Profile, ignore: Iterable[str] = ()) -> None:
        p = profile
        self.profile = p
        self.hours_shift = p.hours_per_shift
        self.shifts_year = p.shifts_per_year
        self.hours_year = p.hours_per_shift * p.shifts_per_year
        self.weeks_year = p.shifts_per_year / d.SHIFTS_PER_WEEK.value
        self.pace_rvu = p.rvus_per_hour
        self.pace_study = p.studies_per_hour
        self.rvus_year = p.rvus_per_hour * self.hours_year
        self.studies_year = p.studies_per_hour * self.hours_year
        self.period_hours: dict[str, float] = {
            "hour": 1.0,
            "shift": p.hours_per_shift,
            "day": p.hours_per_shift,
            "week": p.hours_per_shift * d.SHIFTS_PER_WEEK.value,
            "month": self.hours_year / 12,
            "year": self.hours_year,
        }
        # The stated pay bases in the order ranking reads them: field, annual multiplier, time-based.
        self.pay_bases: tuple[tuple[str, float, bool], ...] = (
            ("annual_usd", 1.0, True),
            ("per_shift_usd", p.shifts_per_year, True),
            ("daily_usd", p.shifts_per_year, True),
            ("hourly_usd", self.hours_year, True),
            ("per_rvu_usd", self.rvus_year, False),
            ("per_study_usd", self.studies_year, False),
        )
        self.board_mult: dict[str, float] = {
            "HOUR": self.hours_year,
            "DAY": p.shifts_per_year,
            "WEEK": self.weeks_year,
            "MONTH": 12.0,
            "YEAR": 1.0,
        }
        self.held = frozenset(p.licenses_held)
        self.preferred = frozenset(p.preferred_shifts)
        self.refused = frozenset(p.refused_shifts)
        self.modes = frozenset(p.work_modes)
        self.subs = frozenset(p.subspecialties)
        self.employment_preference = p.employment_preference
        # 1099 treatment at the low end and at the high end, by the posting's employment type: a
        # posting open to either is treated as the user prefers; an unsettled one as 1099 at the
        # low end, W-2 at the high end.
        pref = p.employment_preference
        either = (True, True) if pref == "1099" else (False, False) if pref == "w2" else (True, False)
        self.contractor: dict[str | None, tuple[bool, bool]] = {
            "1099": (True, True),
            "w2": (False, False),
            "either": either,
            None: (True, False),
        }
        self.reads_mammo = p.reads_mammo
        self.read_from_abroad = p.read_from_abroad
        w = p.weights.normalized()
        self.weights: tuple[float, float, float, float] = (
            w["value"],
            w["workload"],
            w["risk"],
            w["preference"],
        )
        self.premium = p.malpractice_premium_usd
        self.tail_total = d.TAIL_MULTIPLE.value * p.malpractice_premium_usd
        self.tail_reserve = self.tail_total / d.RESERVE_YEARS.value
        self.benefits = p.benefits_value_usd
        scale = p.benefits_value_usd / d.BENEFITS_VALUE.value
        self.benefit_parts = {k: v * scale for k, v in d.BENEFIT_PARTS.items()}
        self.benefits_unlisted: dict[tuple[str, ...], float] = {}  # filled as postings list benefits
        self.workstation = d.WORKSTATION.value / d.RESERVE_YEARS.value
        self.workstation_mammo = d.WORKSTATION_MAMMO.value / d.RESERVE_YEARS.value
        self.license_year = d.LICENSE_INITIAL.value / d.RESERVE_YEARS.value + d.LICENSE_ANNUAL.value
        self.ss_rate = d.SOCIAL_SECURITY_RATE.value
        self.ss_base = d.SOCIAL_SECURITY_WAGE_BASE.value
        self.medicare = d.MEDICARE_RATE.value
        self.ceiling = d.MARKET_PER_RVU_CEILING.value
        self.below_market = d.BELOW_MARKET_PER_RVU.value
        self.unknown_value = d.UNKNOWN_PAY_PER_RVU.value / self.ceiling
        self.min_hourly = p.min_effective_hourly_usd
        principal = p.principal_license_state
        self.imlc_route = p.imlc_eligible and (
            principal is None
            or (
                principal in d.IMLC_MEMBER_STATES
                and principal not in d.IMLC_NON_SPL_STATES
                and principal not in d.IMLC_AT_RISK_STATES
            )
        )
        self.ignore = frozenset(ignore)
        self.penalty = d.SEVERITY_PENALTY
        self.zero_fit_excess = d.QUOTA_ZERO_FIT_RATIO.value - 1.0
        self.unknown_workload = d.UNKNOWN_WORKLOAD_FIT.value
        self.half = d.UNKNOWN_PREFERENCE_FIT.value
        self.rvus_hour_flag = d.RVUS_PER_HOUR_FLAG.value
        self.studies_hour_flag = d.STUDIES_PER_HOUR_FLAG.value
        self.studies_shift_flag = d.STUDIES_PER_SHIFT_FLAG.value
        self.stale_days = timedelta(days=d.STALE_AFTER_DAYS.value)
