"""A decoder for IAB Global Privacy Platform (GPP) strings, written from the IAB Tech Lab specification.

A GPP string is `header~section~section...`. The header (Type 3, Version 1) lists the section IDs in the
order their sections follow. The US sections (`optout_recall.gpp.sections`) are decoded field by field
under the specification's names; every other section (the TCF ones, uspv1, and the newer US states whose
layout starts with a section ID of its own: usmd, usin, usky, usri) is reported as present but not decoded.

A consent field such as SaleOptOut is an Int(2): 1 = opted out, 2 = did not opt out, 0 = not applicable.
Reading 1 as "consented" is the classic mistake; `opt_outs` is the one place that reading lives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from optout_recall.gpp.bits import BitReader, GppError
from optout_recall.gpp.sections import SECTION_NAMES, US_SECTIONS, UsSection

HEADER_TYPE = 3
HEADER_VERSION = 1
MAX_GPP_CHARS = 8192

OPTED_OUT = 1
DID_NOT_OPT_OUT = 2
NOT_APPLICABLE = 0

# The GPP consent fields this project records, and the purpose names its ledger and rules use for them.
OPT_OUT_PURPOSES: dict[str, str] = {
    "SaleOptOut": "sale",
    "SharingOptOut": "sharing",
    "TargetedAdvertisingOptOut": "targeted_advertising",
}

_SUBSECTION_GPC = 1


@dataclass(frozen=True)
class DecodedGpp:
    """A decoded GPP string: the header, each US section's fields, and the sections left encoded."""

    raw: str
    version: int
    section_ids: tuple[int, ...]
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)
    not_decoded: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "header": {"Type": HEADER_TYPE, "Version": self.version, "SectionIds": list(self.section_ids)},
            "sections": self.sections,
            "not_decoded": self.not_decoded,
        }


@dataclass(frozen=True)
class GppOptOut:
    """One consent field of a decoded section that reads 1, opted out."""

    section: str
    field: str
    purpose: str
    jurisdiction: str | None = None  # the state of a state section; None for usnat (the caller knows where)


def decode(text: str) -> DecodedGpp:
    """Decode a whole GPP string; GppError (one line) for anything the specification does not allow."""
    if not isinstance(text, str):
        raise GppError("a GPP string must be text")
    text = text.strip()
    if not text:
        raise GppError("the GPP string is empty")
    if len(text) > MAX_GPP_CHARS:
        raise GppError(f"the GPP string has {len(text)} characters; at most {MAX_GPP_CHARS} are accepted")
    header_text, *parts = text.split("~")
    version, section_ids = decode_header(header_text)
    if len(parts) != len(section_ids):
        raise GppError(
            f"the header lists {len(section_ids)} section(s) ({_names(section_ids)}) "
            f"but {len(parts)} follow it"
        )
    sections: dict[str, dict[str, Any]] = {}
    not_decoded: dict[str, str] = {}
    for section_id, part in zip(section_ids, parts, strict=True):
        name = SECTION_NAMES.get(section_id, str(section_id))
        if section_id == 3:
            raise GppError("the header lists section 3, the header itself, as a section")
        if not part:
            raise GppError(f"section {name} (ID {section_id}) is empty")
        us_section = US_SECTIONS.get(name)
        if us_section is None:
            not_decoded[name] = part
        else:
            sections[name] = decode_section(us_section, part)
    return DecodedGpp(
        raw=text, version=version, section_ids=tuple(section_ids), sections=sections, not_decoded=not_decoded
    )


def decode_header(text: str) -> tuple[int, list[int]]:
    """(Version, section IDs) of a GPP header."""
    if text.startswith("C"):
        # "C" is 2 in the first six bits: the header of an IAB Europe TC string, not of a GPP string.
        raise GppError("this is a TCF v2 TC string (it starts with C), not a GPP string (those start with D)")
    reader = BitReader(text, "the GPP header")
    header_type = reader.integer(6, "Type")
    if header_type != HEADER_TYPE:
        raise GppError(f"not a GPP string: the header's Type is {header_type}, not {HEADER_TYPE}")
    version = reader.integer(6, "Version")
    if version != HEADER_VERSION:
        raise GppError(f"GPP header version {version} is not one this decoder knows ({HEADER_VERSION})")
    ids = reader.fibonacci_range("SectionIds")
    if len(set(ids)) != len(ids):
        raise GppError(f"the header lists a section twice ({_names(ids)})")
    return version, ids


def decode_section(section: UsSection | str, text: str) -> dict[str, Any]:
    """One US section's text (`core` or `core.gpc`) as {field name: value} under the specification's names."""
    if isinstance(section, str):
        if section not in US_SECTIONS:
            raise GppError(f"{section} is not a US section this decoder knows ({', '.join(US_SECTIONS)})")
        section = US_SECTIONS[section]
    core, *subsections = text.split(".")
    values = _core(section, core)
    if subsections and not section.gpc_subsection:
        raise GppError(f"{section.name} has no sub-sections in its specification, but {text!r} has one")
    if len(subsections) > 1:
        raise GppError(
            f"{section.name} has {len(subsections)} sub-sections; its specification allows one (GPC)"
        )
    for subsection in subsections:
        reader = BitReader(subsection, f"the {section.name} GPC sub-section")
        kind = reader.integer(2, "SubsectionType")
        if kind != _SUBSECTION_GPC:
            raise GppError(f"{section.name} sub-section type {kind} is not GPC ({_SUBSECTION_GPC})")
        values["Gpc"] = reader.boolean("Gpc")
    return values


def _core(section: UsSection, text: str) -> dict[str, Any]:
    reader = BitReader(text, f"the {section.name} core segment")
    version = reader.integer(6, "Version")
    layout = section.layout(version)
    if layout is None:
        known = ", ".join(str(v) for v in section.versions)
        raise GppError(f"{section.name} version {version} is not one this decoder knows ({known})")
    fitting = [candidate for _, candidate in section.layouts if reader.remaining >= _width(candidate) - 6]
    if fitting:
        # The layout is the longest one the core holds, whatever its Version says, as both reference
        # decoders read it: iabgpp-java writes Version 1 over version 2's layout, and iabgpp-es reads a
        # Version 2 core of version 1's length with version 1's layout.
        layout = fitting[-1]
    values: dict[str, Any] = {"Version": version}
    for item in layout[1:]:
        if item.count is None:
            values[item.name] = _valid(section, item.name, reader.integer(item.bits, item.name))
        else:
            values[item.name] = [
                _valid(section, f"{item.name}[{index}]", reader.integer(item.bits, f"{item.name}[{index}]"))
                for index in range(item.count)
            ]
    return values


def _width(layout: tuple[Any, ...]) -> int:
    return sum(item.bits * (item.count or 1) for item in layout)


def _valid(section: UsSection, name: str, value: int) -> int:
    """Every Int(2) of the US sections means 0, 1 or 2; a 3 is a corrupt or forged string."""
    if value > 2:
        raise GppError(f"{section.name}.{name} is {value}; the specification allows 0, 1 or 2")
    return value


def opt_outs(decoded: DecodedGpp) -> list[GppOptOut]:
    """Every consent field that reads 1 (opted out), section by section in string order.

    2 (did not opt out) and 0 (not applicable) give nothing: neither is a consent that could undo an opt-out
    given elsewhere.
    """
    found = []
    for name, values in decoded.sections.items():
        section = US_SECTIONS[name]
        for field_name, purpose in OPT_OUT_PURPOSES.items():
            if values.get(field_name) == OPTED_OUT:
                found.append(GppOptOut(name, field_name, purpose, section.jurisdiction))
    return found


def gpc_signals(decoded: DecodedGpp) -> list[GppOptOut]:
    """Every section whose GPC sub-section reads true: the user agent sent Global Privacy Control.

    Each is returned with `field` "Gpc" and no purpose: which purposes a GPC signal opts out of is the law's
    answer where the person is, at the time (`JurisdictionRules.gpc_purposes`), not the string's.
    """
    return [
        GppOptOut(name, "Gpc", "", US_SECTIONS[name].jurisdiction)
        for name, values in decoded.sections.items()
        if values.get("Gpc") is True
    ]


def _names(ids: list[int] | tuple[int, ...]) -> str:
    return ", ".join(SECTION_NAMES.get(section_id, str(section_id)) for section_id in ids) or "none"


__all__ = [
    "DID_NOT_OPT_OUT",
    "NOT_APPLICABLE",
    "OPTED_OUT",
    "OPT_OUT_PURPOSES",
    "US_SECTIONS",
    "DecodedGpp",
    "GppError",
    "GppOptOut",
    "decode",
    "decode_header",
    "decode_section",
    "gpc_signals",
    "opt_outs",
]
