"""Recognise an employer's job-board platform from the links on its careers page.

`scout sources discover URL` fetches the page and calls `discover(html, url)`: every link,
iframe, script and form target is matched against the platforms' host patterns (sources.md §5),
and each board found comes back with its token and, when Scout can read that platform through
the employer registry, the TOML entry to add. Pure: no I/O here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote

from selectolax.lexbor import LexborHTMLParser

from scout.sources.base import join_url, split_url
from scout.sources.registry import entry_toml

# Platforms the employer registry reads; the others are recognised so the user knows.
SUPPORTED = frozenset({"greenhouse", "lever", "ashby", "workday"})
PLATFORM_NAMES = {
    "greenhouse": "Greenhouse",
    "lever": "Lever",
    "ashby": "Ashby",
    "workday": "Workday",
    "icims": "iCIMS",
    "jobvite": "Jobvite",
    "bamboohr": "BambooHR",
    "paylocity": "Paylocity",
    "avature": "Avature",
    "ultipro": "UltiPro (UKG)",
}

_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_GUID = re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
_WORKDAY = re.compile(r"^(?P<tenant>[a-z0-9-]+)\.wd(?P<n>\d+)\.myworkdayjobs\.com$")
_LOCALE = re.compile(r"^[a-z]{2}[-_][A-Za-z]{2}$")
_GREENHOUSE_HOSTS = {"boards.greenhouse.io", "job-boards.greenhouse.io"}
_GREENHOUSE_API = {"boards-api.greenhouse.io", "api.greenhouse.io"}
_NOT_TENANTS = {"www", "api", "help", "support", "status", "app", "login", "developer"}
_PAGE_WORDS = re.compile(r"\b(?:careers?|jobs?|join\s+us|openings?|opportunities|work\s+with\s+us)\b", re.I)
_ATTRS = {"a": "href", "iframe": "src", "script": "src", "form": "action", "link": "href"}
_LINKS = ", ".join(f"{tag}[{attr}]" for tag, attr in _ATTRS.items())


@dataclass(frozen=True)
class Discovered:
    """A job board found on a careers page."""

    platform: str
    token: str  # board token, site or tenant name: the board's name in its URL
    link: str  # the link it was recognised from
    host: str = ""
    site: str = ""  # Workday career site, Avature section, UltiPro board id
    tenant: str = ""  # Workday tenant
    toml: str = ""  # the registry entry to add; empty when the registry cannot read the platform

    @property
    def supported(self) -> bool:
        return self.platform in SUPPORTED

    @property
    def platform_name(self) -> str:
        return PLATFORM_NAMES[self.platform]


def _segments(path: str) -> list[str]:
    return [unquote(s) for s in path.split("/") if s]


def _token(value: str | None) -> str | None:
    return value if value and _TOKEN.match(value) else None


def _first(query: str, name: str) -> str | None:
    values = parse_qs(query).get(name)
    return values[0] if values else None


def match_link(url: str) -> Discovered | None:
    """The board a single URL points at, or None."""
    parts = split_url(url)
    if parts is None or parts.scheme not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower()
    segs = _segments(parts.path)
    if host in _GREENHOUSE_HOSTS:
        if segs[:1] == ["embed"]:
            token = _token(_first(parts.query, "for"))
        else:
            token = _token(segs[0]) if segs else None
        return Discovered("greenhouse", token, url) if token else None
    if host in _GREENHOUSE_API:
        if segs[:2] == ["v1", "boards"] and len(segs) > 2 and _token(segs[2]):
            return Discovered("greenhouse", segs[2], url)
        return None
    if host == "jobs.lever.co":
        token = _token(segs[0]) if segs else None
        return Discovered("lever", token, url) if token else None
    if host == "api.lever.co":
        if segs[:2] == ["v0", "postings"] and len(segs) > 2 and _token(segs[2]):
            return Discovered("lever", segs[2], url)
        return None
    if host == "jobs.ashbyhq.com":
        token = _token(segs[0]) if segs else None
        return Discovered("ashby", token, url) if token else None
    if host == "api.ashbyhq.com":
        if segs[:2] == ["posting-api", "job-board"] and len(segs) > 2 and _token(segs[2]):
            return Discovered("ashby", segs[2], url)
        return None
    workday = _WORKDAY.match(host)
    if workday:
        tenant = workday.group("tenant")
        if segs[:2] == ["wday", "cxs"] and len(segs) > 3:
            tenant, site = segs[2], segs[3]
        else:
            rest = segs[1:] if segs and _LOCALE.match(segs[0]) else segs
            site = rest[0] if rest else ""
        if not _token(site) or site.lower() in ("wday", "login"):
            return None
        return Discovered("workday", tenant, url, host=host, site=site, tenant=tenant)
    if host.endswith(".icims.com"):
        sub = host.removesuffix(".icims.com")
        if "." in sub or sub in _NOT_TENANTS:
            return None
        return Discovered("icims", sub, url, host=host)
    if host == "jobs.jobvite.com":
        token = _token(segs[0]) if segs else None
        return Discovered("jobvite", token, url, host=host) if token else None
    if host.endswith(".bamboohr.com"):
        sub = host.removesuffix(".bamboohr.com")
        if "." in sub or sub in _NOT_TENANTS or not segs or segs[0] not in ("careers", "jobs"):
            return None
        return Discovered("bamboohr", sub, url, host=host)
    if host == "recruiting.paylocity.com":
        lower = [s.lower() for s in segs]
        if lower[:3] == ["recruiting", "jobs", "all"] and len(segs) > 3 and _GUID.match(segs[3]):
            return Discovered("paylocity", segs[3], url, host=host)
        return None
    if host.endswith(".avature.net"):
        sub = host.removesuffix(".avature.net")
        if "." in sub or sub in _NOT_TENANTS:
            return None
        rest = segs[1:] if segs and _LOCALE.match(segs[0]) else segs
        return Discovered("avature", sub, url, host=host, site=rest[0] if rest else "")
    if host in ("recruiting.ultipro.com", "recruiting2.ultipro.com"):
        if len(segs) >= 3 and segs[1].lower() == "jobboard" and _token(segs[0]):
            return Discovered("ultipro", segs[0], url, host=host, site=segs[2])
        return None
    return None


def page_label(tree: LexborHTMLParser) -> str | None:
    """The employer's name as the page gives it: og:site_name, else the title minus "Careers"."""
    meta = tree.css_first('meta[property="og:site_name"]')
    if meta is not None and (meta.attributes.get("content") or "").strip():
        return (meta.attributes.get("content") or "").strip()
    title = tree.css_first("title")
    text = " ".join((title.text(deep=True) if title else "").split())
    parts = [p.strip() for p in re.split(r"\s+[|–—-]\s+|\s*:\s+", text) if p.strip()]
    names = [p for p in parts if not _PAGE_WORDS.search(p)]
    return names[0] if names else None


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].strip("-") or "employer"


def _with_entry(found: Discovered, label: str | None, page_url: str, many: bool) -> Discovered:
    if not found.supported:
        return found
    name = label or found.token
    fields = {"platform": found.platform}
    if found.platform == "workday":
        fields |= {"host": found.host, "site": found.site}
        if found.tenant != found.host.split(".")[0]:
            fields["tenant"] = found.tenant
    else:
        fields["token"] = found.token
    fields |= {
        "label": name,
        "confirmed": f"found by `scout sources discover {page_url}` (link {found.link}); "
        "check that the board lists this employer's own postings, then date this note",
    }
    key = _key(name)
    if many:  # several boards on one page: keys must differ so every entry can be pasted
        key = f"{key}-{_key(found.platform + '-' + found.token)}"[:63].strip("-")
    toml = entry_toml(key, fields)
    return Discovered(
        found.platform,
        found.token,
        found.link,
        host=found.host,
        site=found.site,
        tenant=found.tenant,
        toml=toml,
    )


def discover(html: str, page_url: str) -> list[Discovered]:
    """Every job board the careers page at `page_url` links to, in page order, each once."""
    tree = LexborHTMLParser(html or "")
    links = [page_url]
    for node in tree.css(_LINKS):
        raw = (node.attributes.get(_ATTRS[node.tag or ""]) or "").strip()
        if raw and not raw.startswith(("#", "mailto:", "tel:", "javascript:")):
            joined = join_url(page_url, raw)
            if joined is not None:
                links.append(joined)
    label = page_label(tree)
    found: dict[tuple[str, str, str], Discovered] = {}
    for link in links:
        hit = match_link(link)
        if hit is not None:
            found.setdefault((hit.platform, hit.token.lower(), hit.site.lower()), hit)
    many = sum(d.supported for d in found.values()) > 1
    return [_with_entry(d, label, page_url, many) for d in found.values()]
