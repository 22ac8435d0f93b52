"""The profile screen: live re-ranking messages, validation under the field, save and cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static

from scout.profile import Profile, load_profile
from scout.tui.profile_screen import ProfileScreen, error_id, field_id, parse_states
from tests.tui.ranked_offers import ScreenApp, run


class ProfileApp(ScreenApp[Profile]):
    """Records the Changed messages the screen posts, as the real app's handler would see them."""

    def __init__(self, screen: ProfileScreen) -> None:
        super().__init__(screen)
        self.changed: list[Profile] = []

    def on_profile_screen_changed(self, message: ProfileScreen.Changed) -> None:
        self.changed.append(message.profile)


def field(app: ProfileApp, key: str) -> Input:
    return app.screen.query_one(f"#{field_id(key)}", Input)


def error_text(app: ProfileApp, key: str) -> str:
    widget = app.screen.query_one(f"#{error_id(key)}", Static)
    return str(widget.content) if widget.has_class("-shown") else ""


def test_states_are_split_on_commas_and_spaces() -> None:
    assert parse_states("tx, FL  ny;CA") == ["tx", "FL", "ny", "CA"]
    assert parse_states("  ") == []


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_typing_a_pace_posts_the_new_profile(tmp_path: Path, size: tuple[int, int]) -> None:
    async def scenario() -> None:
        app = ProfileApp(ProfileScreen(Profile(), tmp_path / "profile.toml"))
        async with app.run_test(size=size) as pilot:
            box = field(app, "rvus_per_hour")
            assert box.has_focus and box.value == "8"
            box.value = ""
            await pilot.press("1", "0")
            await pilot.pause()
            assert [p.rvus_per_hour for p in app.changed] == [1.0, 10.0]  # "" was invalid: nothing posted
            await pilot.press("up")  # steps by half a wRVU
            await pilot.pause()
            assert app.changed[-1].rvus_per_hour == 10.5
            await pilot.press("-")
            await pilot.pause()
            assert box.value == "10" and app.changed[-1].rvus_per_hour == 10.0
            # The weights show their share of the score as they change.
            weight = field(app, "weights.value")
            weight.focus()
            weight.value = "0.9"
            await pilot.pause()
            note = app.screen.query_one(f"#note-{field_id('weights.value')}", Static)
            assert str(note.content) == "60% of the score"
            assert app.changed[-1].weights.value == 0.9

    run(scenario())


def test_an_unknown_state_is_refused_under_its_field_with_the_key_named(tmp_path: Path) -> None:
    async def scenario() -> None:
        app = ProfileApp(ProfileScreen(Profile(licenses_held=("TX",)), tmp_path / "profile.toml"))
        async with app.run_test(size=(80, 24)) as pilot:
            box = field(app, "licenses_held")
            box.focus()
            box.value = "TX XX"
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ProfileScreen)
            assert screen.profile is None
            assert "licenses_held" in error_text(app, "licenses_held")
            assert "'XX'" in error_text(app, "licenses_held")
            assert app.changed == []
            assert box.region.bottom <= 24  # visible at 80x24
            box.value = "tx, fl"
            await pilot.pause()
            assert error_text(app, "licenses_held") == ""
            assert app.changed[-1].licenses_held == ("TX", "FL")

    run(scenario())


def test_bad_numbers_and_zero_weights_are_refused(tmp_path: Path) -> None:
    async def scenario() -> None:
        app = ProfileApp(ProfileScreen(Profile(), tmp_path / "profile.toml"))
        async with app.run_test(size=(120, 40)) as pilot:
            field(app, "rvus_per_hour").value = "99"
            field(app, "shifts_per_year").value = ""
            await pilot.pause()
            assert "rvus_per_hour" in error_text(app, "rvus_per_hour")  # both fields are marked at once
            assert "shifts_per_year" in error_text(app, "shifts_per_year")
            field(app, "rvus_per_hour").value = "9"
            field(app, "shifts_per_year").value = "180"
            await pilot.pause()
            assert app.changed[-1].rvus_per_hour == 9.0 and app.changed[-1].shifts_per_year == 180
            posted = len(app.changed)
            for name in ("value", "workload", "risk", "preference"):
                field(app, f"weights.{name}").value = "0"
            await pilot.pause()
            assert "at least one weight" in error_text(app, "weights")
            assert len(app.changed) == posted  # the all-zero weights were never posted

    run(scenario())


def test_ctrl_s_saves_and_returns_the_profile(tmp_path: Path) -> None:
    async def scenario() -> None:
        path = tmp_path / "profile.toml"
        app = ProfileApp(ProfileScreen(Profile(), path))
        async with app.run_test(size=(80, 24)) as pilot:
            field(app, "hours_per_shift").value = "10"
            field(app, "licenses_held").value = "NY"
            app.screen.query_one(f"#{field_id('employment_preference')}", Select).value = "w2"
            await pilot.pause()
            assert app.changed[-1].employment_preference == "w2"
            await pilot.press("ctrl+s")
            assert len(app.results) == 1
            saved = app.results[0]
            assert saved is not None and saved.hours_per_shift == 10 and saved.licenses_held == ("NY",)
            assert saved.employment_preference == "w2"
            assert load_profile(path) == saved

    run(scenario())


def test_ctrl_s_refuses_an_invalid_form_and_escape_cancels(tmp_path: Path) -> None:
    async def scenario() -> None:
        path = tmp_path / "profile.toml"
        app = ProfileApp(ProfileScreen(Profile(), path))
        async with app.run_test(size=(80, 24)) as pilot:
            field(app, "licenses_held").value = "ZZ"
            await pilot.pause()
            await pilot.press("ctrl+s")
            assert app.results == [] and not path.exists()
            await pilot.press("escape")
            assert app.results == [None] and not path.exists()

    run(scenario())
