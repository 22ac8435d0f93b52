"""The terms contract: the JSON face of the extractor (see shared/docs/terms-contract.md).

These models are strict about vocabularies so that a wrong label or a wrong extraction fails loudly.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "scout.terms/1"

WorkMode = Literal["remote", "hybrid", "onsite"]
EmploymentType = Literal["w2", "1099", "either"]
PayModel = Literal["per_rvu", "per_study", "per_shift", "hourly", "salary", "daily"]
VolumeUnit = Literal["rvu", "study"]
VolumePer = Literal["hour", "shift", "day", "week", "month", "year"]
VolumeKind = Literal["minimum", "expected", "maximum", "bonus_threshold"]
Policy = Literal["claims_made", "occurrence"]
Tail = Literal["provided", "not_provided", "negotiable"]
Shift = Literal["overnight", "day", "evening", "weekend", "flexible"]
Subspecialty = Literal[
    "general",
    "neuro",
    "msk",
    "body",
    "breast",
    "pediatric",
    "ir",
    "nuclear",
    "cardiac",
    "chest",
    "emergency",
]
Modality = Literal["xr", "ct", "mri", "us", "mammo", "pet", "nm", "fluoro"]
Benefit = Literal["health", "retirement", "cme", "pto", "disability", "life"]

PAY_FIGURES = (
    "per_rvu_usd",
    "per_study_usd",
    "per_shift_usd",
    "hourly_usd",
    "daily_usd",
    "annual_usd",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Range(_Strict):
    """A money range; one figure has min == max, "up to X" has min None, "X+" has max None."""

    min: int | float | None = None
    max: int | float | None = None


class Pay(_Strict):
    models: list[PayModel] = Field(default_factory=list)
    per_rvu_usd: Range | None = None
    per_study_usd: Range | None = None
    per_shift_usd: Range | None = None
    hourly_usd: Range | None = None
    daily_usd: Range | None = None
    annual_usd: Range | None = None
    sign_on_bonus_usd: int | float | None = None


class Volume(_Strict):
    min: int | float | None = None
    max: int | float | None = None
    unit: VolumeUnit
    per: VolumePer
    kind: VolumeKind


class Malpractice(_Strict):
    provided: bool | None = None
    policy: Policy | None = None
    tail: Tail | None = None


class Licensing(_Strict):
    paid: bool | None = None
    imlc: bool = False
    states: list[str] = Field(default_factory=list)


class Evidence(_Strict):
    field: str
    start: int
    end: int
    text: str


class Terms(_Strict):
    """Everything the extractor read from one posting."""

    schema_: str = Field(default=SCHEMA, alias="schema")
    work_mode: WorkMode | None = None
    employment_type: EmploymentType | None = None
    pay: Pay = Field(default_factory=Pay)
    volume: list[Volume] = Field(default_factory=list)
    malpractice: Malpractice = Field(default_factory=Malpractice)
    licensing: Licensing = Field(default_factory=Licensing)
    shifts: list[Shift] = Field(default_factory=list)
    subspecialties: list[Subspecialty] = Field(default_factory=list)
    modalities: list[Modality] = Field(default_factory=list)
    equipment_provided: bool | None = None
    partnership_track: bool | None = None
    non_compete: bool | None = None
    private_equity: bool | None = None
    benefits: list[Benefit] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_contract(self) -> dict[str, object]:
        """The contract JSON object, keys in the documented order."""
        return self.model_dump(by_alias=True, mode="json")
