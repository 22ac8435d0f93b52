"""Edit the profile that offers are ranked against: reading pace, schedule, licences, employment
preference, minimum hourly rate and the four score weights.

Every valid edit posts `ProfileScreen.Changed(profile)` so the app re-ranks the table behind the
screen as you type; an invalid value shows Scout's own validation message (it names the profile
key) under its field and posts nothing. `ctrl+s` saves the file and dismisses with the new
profile; escape dismisses with None and the app puts the previous profile back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Label, Select, Static

from scout.errors import ConfigError
from scout.profile import KEY_DOCS, Profile, profile_from_dict, save_profile

ORIGIN = "profile"
WEIGHT_KEYS = ("value", "workload", "risk", "preference")
EMPLOYMENT_CHOICES = (("Either", "either"), ("W-2 employee", "w2"), ("1099 contractor", "1099"))
_KEY_NAMED = re.compile(r"profile key '([\w.]+)'|'([\w.]+)' is not a profile key")
_ERROR_FIELD = {"principal_license_state": "licenses_held"}  # the form's field an error belongs under


@dataclass(frozen=True, slots=True)
class NumberField:
    key: str  # profile key; "weights.value" for a weight
    label: str
    unit: str
    step: float


PACE_FIELDS = (
    NumberField("rvus_per_hour", "Reading pace", "wRVU an hour", 0.5),
    NumberField("studies_per_hour", "Reading pace", "studies an hour", 0.5),
    NumberField("hours_per_shift", "Shift length", "hours", 0.5),
    NumberField("shifts_per_year", "Shifts a year", "7 on / 7 off ≈ 182", 5),
    NumberField("min_effective_hourly_usd", "Minimum pay", "$ an hour, W-2 equivalent", 10),
)
WEIGHT_FIELDS = (
    NumberField("weights.value", "Pay value", "", 0.05),
    NumberField("weights.workload", "Workload", "", 0.05),
    NumberField("weights.risk", "Red flags", "", 0.05),
    NumberField("weights.preference", "Preferences", "", 0.05),
)
FIELDS = {f.key: f for f in (*PACE_FIELDS, *WEIGHT_FIELDS)}


def field_id(key: str) -> str:
    return "field-" + key.replace(".", "-")


def error_id(key: str) -> str:
    return "error-" + key.replace(".", "-")


FORM_KEYS = (*FIELDS, "licenses_held", "employment_preference")
ERROR_KEYS = (*FIELDS, "licenses_held", "weights")


def number_text(value: float) -> str:
    return f"{value:g}"


def parse_number(text: str) -> float | str:
    """A float, or the text as typed so that validation names the key and shows the input."""
    try:
        return float(text)
    except ValueError:
        return text.strip()


def parse_states(text: str) -> list[str]:
    """`tx, FL ny` -> ["tx", "FL", "ny"]: separated by commas and/or spaces (case is the profile's job)."""
    return [s for s in re.split(r"[\s,;]+", text) if s]


def key_named(message: str) -> str | None:
    match = _KEY_NAMED.search(message)
    return None if match is None else (match.group(1) or match.group(2))


class NumberInput(Input):
    """A number field: up/down or +/- step it; only digits and a decimal point can be typed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "step(1)", "Increase", show=False),
        Binding("down", "step(-1)", "Decrease", show=False),
    ]

    def __init__(self, value: float, step: float, *, id: str) -> None:
        super().__init__(number_text(value), id=id, restrict=r"\d*\.?\d*", compact=True)
        self.step = step

    async def _on_key(self, event: events.Key) -> None:
        if event.character in ("+", "-"):
            event.stop()
            event.prevent_default()  # Input's own handler would try to type it
            self.action_step(1 if event.character == "+" else -1)

    def action_step(self, direction: int) -> None:
        current = parse_number(self.value)
        base = current if isinstance(current, float) else 0.0
        new = max(0.0, round(base + direction * self.step, 4))
        self.value = number_text(new)
        self.cursor_position = len(self.value)


class ProfileScreen(ModalScreen[Profile | None]):
    """The profile form, a panel on the right so the table stays in sight as it re-ranks."""

    DEFAULT_CSS = """
    ProfileScreen {
        align: right top;
        background: $background 25%;
    }
    ProfileScreen #profile-panel {
        width: 58;
        max-width: 80%;
        height: 100%;
        background: $surface;
        border-left: tall $primary;
    }
    ProfileScreen #profile-title {
        height: 1;
        padding: 0 1;
        background: $panel;
    }
    ProfileScreen #profile-form {
        height: 1fr;
        padding: 0 1;
    }
    ProfileScreen .section {
        margin-top: 1;
        text-style: bold;
        color: $text-primary;
    }
    ProfileScreen .field {
        height: 1;
    }
    ProfileScreen .field-label {
        width: 14;
    }
    ProfileScreen .field Input {
        width: 9;
    }
    ProfileScreen .field Select {
        width: 20;
    }
    ProfileScreen #field-licenses_held {
        width: 1fr;
    }
    ProfileScreen .field-note {
        width: 1fr;
        padding-left: 1;
        color: $text-muted;
    }
    ProfileScreen .field-error {
        display: none;
        padding-left: 14;
        color: $text-error;
    }
    ProfileScreen .field-error.-shown {
        display: block;
    }
    ProfileScreen #profile-help {
        height: auto;
        max-height: 5;
        padding: 0 1;
        background: $boost;
        color: $text-muted;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    class Changed(Message):
        """A valid edit: rank the offers with this profile (not saved yet)."""

        def __init__(self, profile: Profile) -> None:
            super().__init__()
            self.profile = profile

    def __init__(self, profile: Profile, path: Path) -> None:
        super().__init__()
        self.original = profile
        self.path = path
        self.profile: Profile | None = profile  # the form's current profile; None while it is invalid
        self.errors: dict[str, str] = {}  # field key -> message
        self._posted = profile

    # --- layout ----------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Vertical(id="profile-panel"):
            yield Static(
                Text.assemble(("Your profile", "bold"), "  the table re-ranks as you type"),
                id="profile-title",
            )
            yield from self._form()
            yield Static(id="profile-help")
            yield Footer()

    def _form(self) -> ComposeResult:
        p = self.original
        with VerticalScroll(id="profile-form"):
            yield Static("Pace and schedule", classes="section")
            for f in PACE_FIELDS[:4]:
                yield from self._number_row(f, getattr(p, f.key))
            yield Static("Licences and employment", classes="section")
            with Horizontal(classes="field"):
                yield Label("Licences held", classes="field-label")
                yield Input(
                    " ".join(p.licenses_held),
                    placeholder="state codes, e.g. TX FL NY",
                    id=field_id("licenses_held"),
                    compact=True,
                )
            yield Static(id=error_id("licenses_held"), classes="field-error")
            with Horizontal(classes="field"):
                yield Label("Employment", classes="field-label")
                yield Select(
                    EMPLOYMENT_CHOICES,
                    value=p.employment_preference,
                    allow_blank=False,
                    compact=True,
                    id=field_id("employment_preference"),
                )
            yield from self._number_row(PACE_FIELDS[4], p.min_effective_hourly_usd)
            yield Static("Score weights · ↑↓ or +/- step a number", classes="section")
            for f in WEIGHT_FIELDS:
                yield from self._number_row(f, getattr(p.weights, f.key.split(".")[1]))
            yield Static(id=error_id("weights"), classes="field-error")

    def _number_row(self, f: NumberField, value: float) -> ComposeResult:
        with Horizontal(classes="field"):
            yield Label(f.label, classes="field-label")
            yield NumberInput(value, f.step, id=field_id(f.key))
            yield Static(f.unit, id=f"note-{field_id(f.key)}", classes="field-note")
        yield Static(id=error_id(f.key), classes="field-error")

    def on_mount(self) -> None:
        self._show_shares(self.original)
        self.query_one(f"#{field_id('rvus_per_hour')}", Input).focus()

    # --- reading the form ------------------------------------------------------------------------

    def form_values(self) -> dict[str, Any]:
        """The profile as a mapping, with the form's fields as typed (unparsable text kept as text)."""
        raw = self.original.model_dump()
        raw["weights"] = dict(raw["weights"])
        for key in FIELDS:
            value = parse_number(self.query_one(f"#{field_id(key)}", Input).value)
            if key.startswith("weights."):
                raw["weights"][key.split(".")[1]] = value
            else:
                raw[key] = value
        raw["licenses_held"] = parse_states(self.query_one(f"#{field_id('licenses_held')}", Input).value)
        choice = self.query_one(f"#{field_id('employment_preference')}", Select).value
        raw["employment_preference"] = choice if isinstance(choice, str) else "either"
        return raw

    def validate_form(self) -> tuple[Profile | None, dict[str, str]]:
        """The profile the form describes, or the message for each field that is wrong."""
        raw = self.form_values()
        base = self.original.model_dump()
        errors: dict[str, str] = {}
        for _ in range(len(FIELDS) + 4):
            try:
                profile = profile_from_dict(raw, origin=ORIGIN)
            except ConfigError as e:
                message = str(e).removeprefix(f"{ORIGIN}: ")
                key = key_named(message) or "general"
                field = _ERROR_FIELD.get(key, key)
                if field in errors or field not in ERROR_KEYS:
                    errors.setdefault("general", message)
                    break
                errors[field] = message
                # Put the original value back so validation can find the next bad field, if any.
                if field == "weights":
                    raw["weights"] = dict(base["weights"])
                elif field.startswith("weights."):
                    raw["weights"][field.split(".")[1]] = base["weights"][field.split(".")[1]]
                else:
                    raw[field] = base[field]
                continue
            return (None, errors) if errors else (profile, {})
        return None, errors or {"general": "the profile could not be read"}

    # --- reacting to edits -----------------------------------------------------------------------

    @on(Input.Changed)
    @on(Select.Changed)
    def _edited(self) -> None:
        self.profile, self.errors = self.validate_form()
        self._show_errors()
        if self.profile is not None:
            self._show_shares(self.profile)
            if self.profile != self._posted:
                self._posted = self.profile
                self.post_message(self.Changed(self.profile))

    def _show_errors(self) -> None:
        for key in ERROR_KEYS:
            message = self.errors.get(key)
            if key == "weights" and "general" in self.errors:
                message = self.errors["general"]  # an error about no field on the form: at the bottom
            widget = self.query_one(f"#{error_id(key)}", Static)
            widget.set_class(message is not None, "-shown")
            widget.update(Text(message or ""))

    def _show_shares(self, profile: Profile) -> None:
        shares = profile.weights.normalized()
        for name in WEIGHT_KEYS:
            note = self.query_one(f"#note-{field_id('weights.' + name)}", Static)
            note.update(f"{shares[name]:.0%} of the score")

    @on(events.DescendantFocus)
    def _explain_field(self, event: events.DescendantFocus) -> None:
        key = next((k for k in FORM_KEYS if field_id(k) == event.widget.id), "")
        docs = KEY_DOCS.get(key)
        help_line = self.query_one("#profile-help", Static)
        if docs is None:
            help_line.update("")
            return
        meaning, expected, source = docs
        help_line.update(Text(f"{key}: {meaning}.\nExpected {expected}; default from: {source}."))

    # --- actions ---------------------------------------------------------------------------------

    def action_save(self) -> None:
        self.profile, self.errors = self.validate_form()
        self._show_errors()
        if self.profile is None:
            self.notify("Fix the fields marked in red before saving.", severity="error")
            return
        try:
            save_profile(self.profile, self.path)
        except ConfigError as e:
            self.notify(str(e), title="Profile not saved", severity="error")
            return
        self.dismiss(self.profile)

    def action_cancel(self) -> None:
        self.dismiss(None)
