"""The add-offer screen: a pasted e-mail previews its terms and score; ctrl+s returns the request."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static, TextArea

from scout.profile import Profile
from scout.tui.add_offer import DEBOUNCE_SECONDS, AddOfferRequest, AddOfferScreen, default_title
from tests.tui.ranked_offers import TODAY, ScreenApp, run

EMAIL = """Subject: Remote Neuroradiologist - nights, 1099 [bold]urgent[/bold]

Hi Dr. Smith,
Summit Teleradiology is hiring a remote neuroradiologist for overnight shifts.
Compensation is $48 per wRVU, independent contractor (1099).
Expect a minimum of 12 wRVUs per hour. Malpractice is provided (claims-made), tail coverage is
your responsibility. Licenses needed in TX and FL. [link=https://example.org]apply[/link]
"""


def preview(app: ScreenApp[AddOfferRequest]) -> str:
    content = app.screen.query_one("#add-preview-text", Static).content
    return getattr(content, "plain", str(content))


def test_default_title_is_the_subject_or_first_line() -> None:
    assert default_title(EMAIL) == "Remote Neuroradiologist - nights, 1099 [bold]urgent[/bold]"
    assert default_title("\n  Nights in Texas\nmore") == "Nights in Texas"
    assert default_title("   ") == "Manual offer"


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_a_pasted_email_is_previewed_then_stored_with_ctrl_s(size: tuple[int, int]) -> None:
    async def scenario() -> None:
        app = ScreenApp(AddOfferScreen(Profile(licenses_held=("TX",)), today=TODAY))
        async with app.run_test(size=size) as pilot:
            screen = app.screen
            assert isinstance(screen, AddOfferScreen)
            area = screen.query_one(TextArea)
            assert area.has_focus
            area.insert(EMAIL)
            await pilot.pause(DEBOUNCE_SECONDS + 0.1)  # the preview waits for typing to pause
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert screen.preview is not None
            rate = screen.preview.offer.terms.pay.per_rvu_usd
            assert rate is not None and rate.min == 48
            shown = preview(app)
            assert "Pay as posted: $48/RVU" in shown
            assert "1099 contractor" in shown
            assert "Licences missing: FL" in shown
            assert "[bold]urgent[/bold]" in shown  # the posting's brackets stay literal
            assert f"Score {screen.preview.score:.1f}" in shown

            screen.query_one("#add-employer", Input).value = "Summit Teleradiology"
            await pilot.press("ctrl+s")
            assert app.results == [
                AddOfferRequest(text=EMAIL, title=None, employer="Summit Teleradiology", url=None)
            ]
            posting = app.results[0].to_posting()  # type: ignore[union-attr]
            assert posting.source == "manual" and posting.url.startswith("manual:")
            assert posting.title == "Remote Neuroradiologist - nights, 1099 [bold]urgent[/bold]"
            assert posting.text == EMAIL

    run(scenario())


def test_typed_title_and_url_go_into_the_request() -> None:
    async def scenario() -> None:
        app = ScreenApp(AddOfferScreen(Profile(), today=TODAY))
        async with app.run_test(size=(80, 24)) as pilot:
            screen = app.screen
            screen.query_one("#add-title-input", Input).value = "Nights, 1099"
            screen.query_one("#add-url", Input).value = "https://example.org/job"
            screen.query_one(TextArea).insert("We pay $2,500 per shift.")
            await pilot.press("ctrl+s")
            request = app.results[0]
            assert request is not None
            assert (request.title, request.employer, request.url) == (
                "Nights, 1099",
                None,
                "https://example.org/job",
            )
            assert request.to_posting().title == "Nights, 1099"
            assert request.to_posting().url == "https://example.org/job"

    run(scenario())


def test_ctrl_s_with_nothing_pasted_stays_and_escape_cancels() -> None:
    async def scenario() -> None:
        app = ScreenApp(AddOfferScreen(Profile(), today=TODAY))
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("ctrl+s")
            assert app.results == []
            assert isinstance(app.screen, AddOfferScreen)
            await pilot.press("escape")  # from inside the text area
            assert app.results == [None]

    run(scenario())
