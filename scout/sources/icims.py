"""iCIMS, in its two public shapes, one adapter module each:

- `icims_jibe`: career sites on the Jibe platform (RadNet's), read through their `/api/jobs` JSON;
- `icims_classic`: classic `*.icims.com` portals, searched keyword by keyword.

Both adapters and their parsers are named here, so `scout.sources.icims` stays the family's address.
"""

from __future__ import annotations

from scout.sources.icims_classic import (
    ICIMSClassic,
    PortalPage,
    parse_portal_job,
    parse_portal_results,
    portal_date,
    portal_location,
)
from scout.sources.icims_jibe import ICIMSJibe, jibe_pay, jibe_posting, parse_jibe_page
from scout.sources.rows import Row as PortalRow  # a portal's result row

__all__ = [
    "ICIMSClassic",
    "ICIMSJibe",
    "PortalPage",
    "PortalRow",
    "jibe_pay",
    "jibe_posting",
    "parse_jibe_page",
    "parse_portal_job",
    "parse_portal_results",
    "portal_date",
    "portal_location",
]
