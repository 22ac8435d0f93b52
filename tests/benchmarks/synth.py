"""Synthetic radiology postings for the benchmark script: varied, deterministic with a seed.

Every posting is assembled from many phrasings of the things real postings say (titles, employers,
pay per RVU, study, shift, hour, day or year written in the ways boards and recruiters write them,
volumes, malpractice and tail, licences and states, shifts, non-competes, benefits) plus decoys
that are not this job's pay or volume (policy limits, stipends, group-wide volumes, revenue). The
benchmark measures speed, not accuracy, so the generator does not label what it writes.

Also here: the same postings as YM Careers pages (results and job pages, the ACR board's engine),
as RawPostings for the store, and as cross-posted DedupeItems for the dedupe benchmark.
"""

from __future__ import annotations

import html
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from scout.dedupe import DedupeItem
from scout.models import PublishedPay, RawPosting

STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}
CITIES = {
    "TX": ["Austin", "Dallas", "Houston", "San Antonio"], "FL": ["Tampa", "Miami", "Orlando"],
    "CA": ["San Diego", "Sacramento", "Fresno"], "NY": ["Albany", "Rochester", "Buffalo"],
    "IL": ["Chicago", "Peoria"], "OH": ["Columbus", "Dayton", "Toledo"], "GA": ["Atlanta", "Macon"],
    "NC": ["Charlotte", "Raleigh"], "AZ": ["Phoenix", "Tucson"], "CO": ["Denver", "Pueblo"],
    "WA": ["Seattle", "Spokane"], "MN": ["Minneapolis", "Duluth"], "MI": ["Detroit", "Lansing"],
    "PA": ["Pittsburgh", "Philadelphia"], "TN": ["Nashville", "Memphis"], "MO": ["St. Louis"],
}

_ROLES = [
    ("Teleradiologist", "general"), ("Diagnostic Radiologist", "general"),
    ("Neuroradiologist", "neuro"), ("Neuroradiology Teleradiologist", "neuro"),
    ("Body Imaging Radiologist", "body"), ("Abdominal Radiologist", "body"),
    ("MSK Radiologist", "msk"), ("Musculoskeletal Radiologist", "msk"),
    ("Breast Imaging Radiologist", "breast"), ("Mammographer", "breast"),
    ("Pediatric Radiologist", "pediatric"), ("Interventional Radiologist", "ir"),
    ("Nuclear Medicine Physician", "nuclear"), ("Cardiothoracic Radiologist", "chest"),
    ("Emergency Radiologist", "emergency"), ("Nighthawk Radiologist", "general"),
    ("General Radiologist", "general"), ("Locum Tenens Radiologist", "general"),
]
_SHIFT_WORDS = [
    "Overnight", "Nights", "Nighthawk", "Days", "Day Shift", "Evenings", "Swing", "Weekends",
    "Flexible Schedule", "7on/7off", "Per Diem", "Part-Time", "Full-Time",
]
_MODE_WORDS = ["Remote", "100% Remote", "Telework", "Work From Home", "Hybrid", "On-site", "Onsite", ""]
_TITLE_FORMS = [
    "{mode} {role} - {shift}",
    "{role} ({mode}, {shift})",
    "{role} | {shift} | {mode}",
    "{shift} {role} - {mode}",
    "{mode} {role}",
    "{role}, {shift}",
    "{role} - {city}, {st}",
    "{role} Opportunity - {mode} - {shift}",
    "{mode} {role} - {shift} - {n} States",
]
_EMPLOYER_FIRST = [
    "Lakeshore", "Summit", "Meridian", "NightRead", "Blue Harbor", "Cobalt", "Sonoran", "Prairie",
    "Granite", "Copper Basin", "Ridgeline", "Northwoods", "Coastal", "Evergreen", "Keystone",
    "Red Rock", "Harbor Light", "Silver Lake", "Tri-County", "Great Lakes", "Pioneer", "Cascade",
    "Bluebonnet", "Magnolia", "Ironwood", "Pinnacle", "Heartland", "Lone Star", "Atlantic",
    "Pacific", "Frontier", "Canyon", "Crescent", "Aspen", "Sagebrush", "Tidewater", "Riverbend",
    "Highland", "Orchard", "Beacon", "Sterling", "Horizon", "Juniper", "Redwood", "Bayview",
]
_EMPLOYER_SECOND = [
    "Teleradiology", "Imaging", "Radiology Partners", "Diagnostic Group", "Remote Reads",
    "Radiology Associates", "Medical Imaging", "Health System", "Neuroimaging", "Vision Radiology",
    "Radiologists", "Imaging Associates", "Telerad", "Reading Group", "Health",
]
_EMPLOYER_SUFFIX = ["", "", "", ", LLC", ", PC", " Inc.", ", P.A.", " PLLC"]

_PAY_PER_RVU = [
    "${a}/wRVU", "${a} per wRVU", "{a} per RVU", "${a}-{b}/wRVU", "${a}–${b} per wRVU",
    "${a} per work RVU", "compensation of ${a} to ${b} per RVU depending on volume",
    "${a}.50/wRVU", "a rate of ${a} per RVU (professional component)", "pay: {a}/RVU",
    "earn ${a} per wRVU, uncapped", "${a} - ${b} per wRVU based on subspecialty",
]
_PAY_PER_SHIFT = [
    "${k}k/shift", "${s:,} per shift", "${s} per 10-hour shift", "shift rate ${s:,}",
    "${s:,}-${s2:,} per shift", "paid ${k}K per overnight shift", "${s:,}/shift + productivity",
]
_PAY_HOURLY = [
    "${h}/hr", "${h} per hour", "hourly rate of ${h}-${h2}", "${h}/h", "${h} an hour",
    "rate: ${h}.00/hour", "{h} USD per hour", "${h}-{h2}/hour depending on coverage",
]
_PAY_SALARY = [
    "${y}K", "{y}k", "${y},000", "{y}-{y2}K", "from ${y}k", "up to ${y2},000",
    "between ${y},000 and ${y2},000", "${y}K to ${y2}K annually", "base salary ${y},000/yr",
    "Salary: ${y},000 - ${y2},000 per year", "total compensation ${y2}K+", "${y}k base plus bonus",
    "starting at ${y},000", "a salary of {words} dollars",
]
_SALARY_WORDS = ["four hundred fifty thousand", "five hundred thousand", "six hundred thousand",
                 "half a million"]
_PAY_STUDY = ["${a} per study", "${p}-${p2} per study depending on modality", "${p}/study for CT",
              "per-click: ${p} per read", "${p} per exam (X-ray) up to ${p2} (MRI)"]
_PAY_DAILY = ["${d:,}/day", "daily rate ${d:,}", "${d:,} per day plus travel", "{d} per diem day rate"]
_SIGN_ON = ["${x},000 sign-on bonus", "signing bonus of ${x}K", "${x}k sign on", "a ${x},000 starting bonus"]

_VOLUME = [
    "Minimum of {v:,} wRVUs per year.", "Expected volume: {a}-{b} studies per shift.",
    "No RVU minimum.", "About {r} wRVU/hr expected.", "Bonus above {m:,} RVUs per month.",
    "Cap of {c} studies/shift.", "Productivity threshold {v:,} RVUs annually.",
    "You will read {a} to {b} cases a night.", "Quota: {r} RVUs per hour.",
    "No minimums, no quotas.", "Typical volume {a}-{b} exams per 8-hour shift.",
]
_EMPLOYMENT = [
    "This is a W-2 employed position with full benefits.", "W2 employee.",
    "1099 independent contractor.", "Independent contractor (IC) role.",
    "Either W-2 or 1099 arrangements are available.", "Employment: 1099.",
    "Employed (W-2) partnership-track position.", "Contractor, 1099, flexible schedule.",
]
_MALPRACTICE = [
    "Malpractice provided (claims-made) with tail coverage.", "Occurrence-based malpractice provided.",
    "Claims-made malpractice provided; tail coverage is your responsibility.",
    "No tail coverage.", "Tail is the physician's responsibility.", "Tail coverage negotiable.",
    "Malpractice insurance with $1M/$3M limits is included.", "Malpractice: provided, including tail.",
    "Physician carries own malpractice.",
]
_LICENSING = [
    "Licenses required: {s1}, {s2}, {s3}.", "Must hold or obtain licenses in {n1} and {n2}.",
    "IMLC eligible preferred.", "Licensing fees paid.", "Active {s1} license required.",
    "Licensure in {n1}, {n2} and {n3} (we assist with additional states).",
    "Multi-state licensure ({s1}/{s2}/{s3}/{s4}) covered by the group.",
    "We pay for licensing and credentialing in all required states.",
]
_SHIFTS = [
    "Overnight 7on/7off.", "Nights, 10 p.m. to 8 a.m. Eastern.", "Day shift 8a-5p CST.",
    "Evening swing shifts 3p-11p.", "Weekend coverage required one in four.",
    "Flexible schedule: choose your own hours.", "Shifts: 7 nights on, 14 off.",
    "Nocturnist shifts Monday to Friday.",
]
_NON_COMPETE = ["No non-compete.", "2-year non-compete within 50 miles.", "Non-compete applies.",
                "There is no restrictive covenant.", "Non-solicitation clause only."]
_BENEFITS = [
    "Benefits include health, dental and vision insurance, 401(k) with match, CME allowance and PTO.",
    "Full benefits: health insurance, retirement plan, disability and life insurance.",
    "CME: ${c},000 per year. Paid time off: 6 weeks.",
    "No benefits (contractor).", "Benefits package valued at ${c}0,000.",
]
_EQUIPMENT = [
    "Home workstation provided (diagnostic monitors, PACS, dictation).",
    "Workstation with 5 MP monitors provided.", "You supply your own reading station.",
    "Equipment stipend of ${c},000 for your home setup.",
]
_DECOYS = [
    "Our group reads over {big} million studies a year.", "We are a ${rev}M revenue company.",
    "Relocation assistance up to ${c},000.", "CME stipend ${c},500.",
    "Policy limits $1M/$3M.", "Our radiologists averaged 11,000 RVUs last year across the group.",
    "Founded in 19{yy}, we serve {n} hospitals in {st_name}.",
    "Referral bonus: ${c},000 for physicians you refer.", "Job code RAD-{code}-{yy}.",
    "Call (555) 01{yy}-{code} or email careers@example.org.",
    "Another opening, an on-site IR role, pays $600,000; this one is remote.",
    "Private equity backed practice with a national footprint.",
    "Partnership track after two years.",
]
_FILLER = [
    "We are a physician-led group reading for community hospitals and outpatient centres across "
    "the region, with subspecialty worklists and a collegial culture.",
    "Our PACS and voice recognition are integrated, worklists are balanced by subspecialty, and "
    "technologists are available by chat around the clock.",
    "Turnaround expectations are 30 minutes for stat studies and four hours for routine work; "
    "prelims are not required.",
    "You will join a collegial team with ready access to subspecialty consultation and a "
    "dedicated IT help desk.",
    "Credentialing is handled by our in-house team and typically takes 60 to 90 days from "
    "signed contract to first shift.",
    "Candidates must be board certified or board eligible by the American Board of Radiology, "
    "with fellowship training preferred.",
    "Reads include CT, MRI, ultrasound, nuclear medicine and plain films from emergency "
    "departments and inpatient units.",
    "We value quality: peer review is anonymous, educational, and never tied to compensation.",
    "Mammography readers must meet MQSA requirements; tomosynthesis experience is a plus.",
    "Our platform routes studies by licence, privileges and subspecialty so you only see cases "
    "you can sign.",
    "Send a CV and cover letter; interviews are by video, and start dates are flexible.",
    "The practice is growing rapidly and has added eleven hospital contracts this year.",
]
_REQUIREMENTS = [
    "MD or DO from an accredited school", "ABR certification or eligibility",
    "Fellowship in the subspecialty preferred", "Excellent communication skills",
    "Comfort with a high-volume emergency worklist", "Experience with PowerScribe",
    "Ability to obtain hospital privileges", "DEA registration",
]


@dataclass(frozen=True)
class SynthPosting:
    """One generated posting: what a board shows, and the plain text of its description."""

    job_id: str
    title: str
    employer: str
    city: str
    state: str
    posted: date
    mode: str
    salary_line: str | None
    text: str  # description as plain text
    description_html: str


def _num(rng: random.Random, lo: int, hi: int, step: int = 1) -> int:
    return rng.randrange(lo, hi + 1, step)


def employer_name(rng: random.Random) -> str:
    return f"{rng.choice(_EMPLOYER_FIRST)} {rng.choice(_EMPLOYER_SECOND)}{rng.choice(_EMPLOYER_SUFFIX)}"


def _title(rng: random.Random, state: str, city: str) -> tuple[str, str]:
    role, _sub = rng.choice(_ROLES)
    mode = rng.choice(_MODE_WORDS)
    form = rng.choice(_TITLE_FORMS)
    title = form.format(mode=mode or "Remote", role=role, shift=rng.choice(_SHIFT_WORDS), city=city,
                        st=state, n=rng.randint(2, 40))
    return " ".join(title.split()), mode


def pay_phrase(rng: random.Random) -> str:
    """One way of writing pay, any basis."""
    basis = rng.choices(["rvu", "shift", "hour", "salary", "study", "day", "none"],
                        weights=[5, 3, 3, 5, 1, 1, 2])[0]
    a = _num(rng, 30, 80)
    s = _num(rng, 1500, 3800, 50)
    h = _num(rng, 150, 450, 5)
    y = _num(rng, 350, 750, 5)
    p = _num(rng, 6, 20)
    values = {
        "a": a, "b": a + rng.choice((3, 5, 8, 10)), "s": s, "s2": s + 400, "k": round(s / 1000, 1),
        "h": h, "h2": h + 50, "y": y, "y2": y + rng.choice((50, 100, 150)),
        "words": rng.choice(_SALARY_WORDS), "p": p, "p2": p + 40, "d": _num(rng, 1800, 4200, 100),
    }
    if basis == "none":
        return rng.choice(["Competitive compensation.", "Compensation commensurate with experience.",
                           "Top-tier pay; ask your recruiter.", "Pay: DOE."])
    form = {"rvu": _PAY_PER_RVU, "shift": _PAY_PER_SHIFT, "hour": _PAY_HOURLY, "salary": _PAY_SALARY,
            "study": _PAY_STUDY, "day": _PAY_DAILY}[basis]
    lead = rng.choice(["Compensation: ", "Pay ", "We offer ", "", "Earn ", "Rate: ", "Comp is "])
    sentence = lead + rng.choice(form).format(**values)
    if rng.random() < 0.2:
        sentence += ", plus " + rng.choice(_SIGN_ON).format(x=rng.choice((10, 25, 50, 75)))
    return sentence.rstrip(".") + "."


class _Lazy(dict[str, object]):
    """Template values drawn only when a template asks for them (generation stays cheap)."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng
        self.codes: list[str] = []

    def __missing__(self, key: str) -> object:
        rng = self.rng
        if (key[0] in "sn" and key[1:].isdigit()) or key == "st_name":
            if not self.codes:
                self.codes = rng.sample(_STATE_CODES, 4)
            i = 0 if key == "st_name" else int(key[1:]) - 1
            value: object = self.codes[i] if key[0] == "s" and key != "st_name" else STATES[self.codes[i]]
        else:
            lo, hi, step = _RANGES[key]
            value = _num(rng, lo, hi, step)
        self[key] = value
        return value


_STATE_CODES = sorted(STATES)
_RANGES = {
    "v": (7000, 16000, 250), "a": (30, 90, 1), "b": (95, 160, 1), "r": (6, 16, 1), "m": (800, 1500, 50),
    "c": (2, 9, 1), "big": (1, 9, 1), "rev": (40, 900, 1), "yy": (10, 99, 1), "n": (3, 140, 1),
    "code": (1000, 9999, 1),
}


def _fmt(rng: random.Random, template: str) -> str:
    return template.format_map(_Lazy(rng))


def term_sentences(rng: random.Random) -> list[str]:
    """The sentences carrying terms (and decoys), in a random order and mix."""
    out = [pay_phrase(rng)]
    pools = [_VOLUME, _EMPLOYMENT, _MALPRACTICE, _LICENSING, _SHIFTS, _NON_COMPETE, _BENEFITS,
             _EQUIPMENT, _DECOYS, _DECOYS]
    for pool in pools:
        if rng.random() < 0.7:
            out.append(_fmt(rng, rng.choice(pool)))
    if rng.random() < 0.3:
        out.append(pay_phrase(rng))  # a second pay line (bonus, another basis, or a decoy job)
    rng.shuffle(out)
    return out


def posting_text(rng: random.Random, target_chars: int = 3000) -> str:
    """Plain posting text of about `target_chars` characters: terms, filler, requirements."""
    parts: list[str] = []
    size = 0
    while size < target_chars:
        block = rng.random()
        if block < 0.45:
            para = " ".join(term_sentences(rng)[: rng.randint(2, 6)])
        elif block < 0.8:
            para = " ".join(rng.sample(_FILLER, rng.randint(1, 3)))
        else:
            items = rng.sample(_REQUIREMENTS, rng.randint(2, 5))
            para = "Requirements:\n" + "\n".join(f"- {i}" for i in items)
        parts.append(para)
        size += len(para) + 2
    text = "\n\n".join(parts)
    if len(text) > target_chars:
        cut = text.rfind(" ", 0, target_chars)
        text = text[: cut if cut > target_chars // 2 else target_chars]
    return text


def text_to_html(text: str, rng: random.Random) -> str:
    """The text as an ATS or board would serve it: paragraphs, lists, bold labels, entities."""
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if len(lines) > 1 and lines[1].startswith("- "):
            items = "".join(f"<li>{html.escape(ln[2:])}</li>" for ln in lines[1:])
            out.append(f"<p><strong>{html.escape(lines[0])}</strong></p><ul>{items}</ul>")
        else:
            tag = rng.choice(("p", "p", "div"))
            out.append(f"<{tag}>{html.escape(para).replace('&#x27;', '&rsquo;')}</{tag}>")
    return "\n".join(out)


def generate(
    n: int, seed: int = 7, *, chars: int = 3000, start_id: int = 1_000_000
) -> Iterator[SynthPosting]:
    """`n` postings of about `chars` characters each; the same seed gives the same postings."""
    rng = random.Random(seed)
    today = date(2026, 11, 27)
    for i in range(n):
        state = rng.choice(sorted(CITIES))
        city = rng.choice(CITIES[state])
        title, mode = _title(rng, state, city)
        text = posting_text(rng, chars)
        salary = pay_phrase(rng) if rng.random() < 0.35 else None
        yield SynthPosting(
            job_id=str(start_id + i), title=title, employer=employer_name(rng), city=city, state=state,
            posted=today - timedelta(days=rng.randint(0, 90)), mode=mode, salary_line=salary,
            text=text, description_html=text_to_html(text, rng),
        )


# -- as a YM Careers board (ACR's engine) serves them --------------------------------------------------

BOARD = "https://jobs.acr.org"


def _slug(title: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in title.lower()).split())[:60]


def job_url(p: SynthPosting) -> str:
    return f"{BOARD}/job/{_slug(p.title)}/{p.job_id}/"


def ym_results_page(postings: list[SynthPosting], page: int, last: bool) -> str:
    """A search results page: job tiles with company, location and date, and a next link."""
    tiles = []
    for p in postings:
        mode = " (Remote)" if "remote" in p.mode.lower() else ""
        tiles.append(
            f'<li class="lister__item job-tile">\n  <div class="job-tile__header">'
            f'<h3 class="job-title"><a href="/job/{_slug(p.title)}/{p.job_id}/" '
            f'title="{html.escape(p.title)}">{html.escape(p.title)}</a></h3></div>\n'
            f'  <div class="job-company">{html.escape(p.employer)}</div>\n'
            f'  <div class="job-location">{p.city}, {STATES[p.state]}, United States{mode}</div>\n'
            f'  <div class="job-posted">Posted: {p.posted.strftime("%b %d, %Y")}</div>\n'
            f'  <a class="save-job" href="/account/save/{p.job_id}">Save</a>\n</li>'
        )
    nxt = "" if last else f'<a rel="next" href="/jobs/?keywords=radiologist&amp;page={page + 1}">Next</a>'
    chrome = "".join(f'<li><a href="/category/{c}/">{c.title()}</a></li>' for c in
                     ("radiology", "teleradiology", "neuroradiology", "interventional", "academic"))
    return (
        "<!DOCTYPE html><html><head><title>Radiologist jobs | ACR Career Center</title>"
        '<meta charset="utf-8"><link rel="stylesheet" href="/css/site.css">'
        "<script>window.dataLayer = window.dataLayer || [];</script></head><body>"
        f'<header class="site-header"><nav><ul>{chrome}</ul></nav></header>'
        f'<main><h1>{len(postings) * 7} radiologist jobs</h1><ul class="lister">{"".join(tiles)}</ul>'
        f'<nav class="pagination">{nxt}</nav></main>'
        "<footer><p>&copy; 2026 American College of Radiology</p></footer></body></html>"
    )


def ym_job_page(p: SynthPosting, with_jsonld: bool) -> str:
    """A job page: JSON-LD JobPosting (most pages) and the HTML blocks (every page)."""
    ld = ""
    if with_jsonld:
        obj: dict[str, object] = {
            "@context": "https://schema.org", "@type": "JobPosting", "title": p.title,
            "description": p.description_html, "datePosted": p.posted.isoformat(),
            "hiringOrganization": {"@type": "Organization", "name": p.employer},
            "jobLocation": {"@type": "Place", "address": {
                "@type": "PostalAddress", "addressLocality": p.city, "addressRegion": p.state}},
            "employmentType": "FULL_TIME",
        }
        if "remote" in p.mode.lower():
            obj["jobLocationType"] = "TELECOMMUTE"
        ld = f'<script type="application/ld+json">{json.dumps(obj)}</script>'
    info = [("Job Type", "Full Time"), ("Work Setting", p.mode or "On-site"), ("Specialty", "Radiology")]
    if p.salary_line:
        info.insert(0, ("Salary", p.salary_line))
    dl = "".join(f"<dt>{k}:</dt><dd>{html.escape(v)}</dd>" for k, v in info)
    return (
        f"<!DOCTYPE html><html><head><title>{html.escape(p.title)}</title>{ld}</head><body>"
        '<header class="site-header"><nav><a href="/">Home</a> <a href="/jobs/">Jobs</a></nav></header>'
        f'<main><h1>{html.escape(p.title)}</h1><div class="job-data-basics">'
        f'<span class="job-company">{html.escape(p.employer)}</span>'
        f'<span class="job-location">{p.city}, {p.state}</span>'
        f'<span class="job-posted">Posted: {p.posted.strftime("%m/%d/%Y")}</span></div>'
        f'<div class="job-data-contain"><h2>Job Information</h2><dl>{dl}</dl></div>'
        f'<div class="description-text">{p.description_html}</div>'
        '<aside><a class="btn" href="/apply">Apply</a></aside></main>'
        "<footer><p>&copy; 2026 American College of Radiology</p></footer></body></html>"
    )


# -- as the store and dedupe see them -----------------------------------------------------------------

SOURCES = ("acr", "physemp", "radworking", "radpartners", "radnet", "greenhouse", "lever")


def raw_posting(p: SynthPosting, source: str) -> RawPosting:
    header = f"{p.title}\n{p.employer}\n{p.city}, {p.state}\n"
    return RawPosting(
        source=source, source_id=p.job_id, url=job_url(p), title=p.title, employer=p.employer,
        location=f"{p.city}, {p.state}", posted_date=p.posted, body=p.description_html,
        body_format="html", text=header + "\n" + p.text,
        work_mode_hint="remote" if "emote" in p.mode else None,
        published_pay=PublishedPay(text=p.salary_line) if p.salary_line else None,
        facts={"Job Type": "Full Time"},
    )


def raw_postings(n: int, seed: int = 7, *, chars: int = 3000) -> Iterator[RawPosting]:
    for i, p in enumerate(generate(n, seed, chars=chars)):
        yield raw_posting(p, SOURCES[i % len(SOURCES)])


_DISTINCT = [
    "Oak", "Maple", "Willow", "Falcon", "Eagle", "Hawk", "Bison", "Elk", "Cedar", "Pine", "Birch",
    "Lark", "Wren", "Heron", "Otter", "Fox", "Bear", "Wolf", "Raven", "Osprey", "Sparrow", "Quail",
    "Mesa", "Bluff", "Delta", "Harbor", "Glacier", "Prairie", "Valley", "Ridge", "Brook", "Spring",
    "Meadow", "Forest", "Stone", "River", "Lake", "Ocean", "Island", "Dune", "Summit", "Peak",
    "North", "South", "East", "West", "Central", "Metro", "Capital", "Liberty", "Union", "Unity",
    "Apex", "Vertex", "Zenith", "Vista", "Clarity", "Insight", "Lumen", "Prism", "Quantum", "Vector",
    "Atlas", "Orion", "Polaris", "Sirius", "Vega", "Nova", "Stellar", "Comet", "Aurora", "Solstice",
    "Granite", "Iron", "Copper", "Silver", "Golden", "Crystal", "Emerald", "Sapphire", "Onyx", "Amber",
]


def employer_names(rng: random.Random) -> Iterator[str]:
    """Distinct employer names (distinct after dedupe's generic words are dropped), endlessly."""
    pairs = [(a, b) for a in _EMPLOYER_FIRST for b in _DISTINCT if a != b]
    rng.shuffle(pairs)
    rounds = 0
    while True:
        for a, b in pairs:
            tag = f" {rounds + 1}" if rounds else ""
            yield f"{a} {b}{tag} {rng.choice(_EMPLOYER_SECOND)}"
        rounds += 1


def _block_sizes(rng: random.Random, n: int) -> list[int]:
    """Postings per employer: mostly small boards, a long tail of big groups (capped at 400)."""
    sizes: list[int] = []
    while sum(sizes) < n:
        sizes.append(min(400, max(1, int(rng.lognormvariate(2.3, 1.1)))))
    sizes[-1] -= sum(sizes) - n
    return [s for s in sizes if s > 0]


def _retitle(rng: random.Random, title: str) -> str:
    """The same job's title as another board's template writes it."""
    words = title.replace("(", " ").replace(")", " ").replace("|", " ").replace(",", " ").split()
    words = [w for w in words if w not in ("-", "–")]
    form = rng.random()
    if form < 0.4:
        return " ".join(words)
    if form < 0.7:
        return " - ".join([" ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2 :])])
    return f"{' '.join(words)} (Job #{rng.randint(1000, 9999)})"


def _rerender(rng: random.Random, text: str) -> str:
    """The same description through another board's template: a header, a footer, one paragraph moved."""
    paras = text.split("\n\n")
    if len(paras) > 2 and rng.random() < 0.5:
        i = rng.randrange(len(paras))
        paras.append(paras.pop(i))
    header = rng.choice(["", "Job Description\n\n", "About the role\n\n", "Overview\n\n"])
    footer = rng.choice(["", "\n\nApply today.", "\n\nEqual opportunity employer.",
                         f"\n\nRef: {rng.randint(1, 99999)}"])
    return header + "\n\n".join(paras) + footer


class TextPool:
    """Posting texts assembled from a pool of generated paragraphs: the same variety of phrasing
    at a fraction of the cost, for the benchmarks that need 100,000 postings."""

    def __init__(self, rng: random.Random, paragraphs: int = 3000) -> None:
        self.rng = rng
        self.paragraphs = [p for p in posting_text(rng, paragraphs * 330).split("\n\n") if len(p) > 40]

    def text(self, chars: int, lead: str = "") -> str:
        parts = [lead] if lead else []
        size = len(lead)
        while size < chars:
            para = self.rng.choice(self.paragraphs)
            parts.append(para)
            size += len(para) + 2
        return "\n\n".join(parts)[:chars]


def dedupe_items(n: int, seed: int = 11, *, chars: int = 1500) -> tuple[list[DedupeItem], int]:
    """`n` postings of jobs cross-posted on 1-3 boards, grouped into employers of varied size,
    and the number of distinct jobs they were made from.

    About 40% of jobs appear on more than one source (employer suffix, title and description
    re-rendered per board); the employer-size distribution does not depend on `n`, as boards grow
    by adding employers, not by one employer growing without bound.
    """
    rng = random.Random(seed)
    pool = TextPool(rng, 1500)
    names = employer_names(rng)
    items: list[DedupeItem] = []
    pid = 1
    jobs = 0
    for size in _block_sizes(rng, n):
        base = next(names)
        made = 0
        while made < size:
            state = rng.choice(sorted(CITIES))
            city = rng.choice(CITIES[state])
            title, _mode = _title(rng, state, city)
            lead = f"{title} in {city}, {STATES[state]}, requisition {rng.randint(10_000, 99_999)}."
            text = pool.text(chars, lead)
            copies = min(size - made, rng.choices([1, 2, 3], weights=[60, 28, 12])[0])
            jobs += 1
            for k, source in enumerate(rng.sample(SOURCES, copies)):
                items.append(DedupeItem(
                    posting_id=pid, source=source,
                    employer=base + (rng.choice(_EMPLOYER_SUFFIX) if k else ""),
                    title=title if k == 0 else _retitle(rng, title),
                    location=f"{city}, {state}" if k == 0 or rng.random() < 0.7
                    else f"{city}, {STATES[state]}",
                    description=text if k == 0 else _rerender(rng, text),
                ))
                pid += 1
            made += copies
    rng.shuffle(items)
    return items, jobs


# -- adversarial inputs for the extractor -------------------------------------------------------------


def adversarial(size: int = 100_000) -> dict[str, str]:
    """Inputs built to make regexes backtrack or rules loop: repeats and half-matches."""

    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    rng = random.Random(3)
    tokens = ["$", "45", "4", ",", "000", "k", "K", "-", "–", "per", "wRVU", "RVU", "/shift", "hour",
              "tail", "no", "non-compete", "Texas", "TX", "\n", " ", ".", "to", "between", "and", "up to"]
    soup = "".join(rng.choice(tokens) + rng.choice(("", " ", " ")) for _ in range(size))[:size]
    return {
        "digits": fill("1"),
        "dollars": fill("$"),
        "dollar-digits": fill("$1"),
        "half-matches": fill("$$$ 45 per "),
        "digit-commas": ",".join(str(i % 10) for i in range(size // 2 + 1))[:size],
        "wrvu-repeat": fill("wRVU "),
        "ranges": fill("$45-"),
        "k-ranges": fill("450-550K to "),
        "real-pay-repeat": fill("$45/wRVU, "),
        "decimals": fill("1.2.3.4.5."),
        "no-tail-repeat": fill("no tail no non-compete "),
        "states-repeat": fill("Texas, TX, New York; "),
        "one-line-no-spaces": fill("abc$45perwRVU"),
        "newlines": fill("\n"),
        "token-soup": soup,
    }
