"""The US sections of the GPP string, as the IAB Tech Lab's section specifications lay them out.

Transcribed from InteractiveAdvertisingBureau/Global-Privacy-Platform: `Sections/Section Information.md` for
the IDs and API prefixes, `Sections/US-National/...MSPA US National Technical Specification.md` and
`Sections/US-States/<XX>/...Technical Specification.md` for the core segments. Every field is an Int(2)
unless the table says otherwise: Version is Int(6), an N-Bitfield(2,n) is n Int(2) values. Sections whose
specification has a GPC sub-section may carry it after a `.`: SubsectionType Int(2) = 1, then Gpc, a Boolean.

The MSPA US National section changed in version 2 (October 2024): SensitiveDataProcessing went from 12 to 16
values and KnownChildSensitiveDataConsents from 2 to 3. Version 1 strings keep the old layout.
"""

from __future__ import annotations

from dataclasses import dataclass

# Section Information.md: every section ID the GPP defines, by its client-side API prefix.
SECTION_NAMES: dict[int, str] = {
    1: "tcfeuv1",
    2: "tcfeuv2",
    3: "header",
    4: "signalintegrity",
    5: "tcfcav1",
    6: "uspv1",
    7: "usnat",
    8: "usca",
    9: "usva",
    10: "usco",
    11: "usut",
    12: "usct",
    13: "usfl",
    14: "usmt",
    15: "usor",
    16: "ustx",
    17: "usde",
    18: "usia",
    19: "usne",
    20: "usnh",
    21: "usnj",
    22: "ustn",
    23: "usmn",
    24: "usmd",
    25: "usin",
    26: "usky",
    27: "usri",
}


@dataclass(frozen=True)
class Field:
    """A core-segment field: one integer of `bits` bits, or `count` of them (an N-Bitfield)."""

    name: str
    count: int | None = None
    bits: int = 2


Layout = tuple[Field, ...]


@dataclass(frozen=True)
class UsSection:
    id: int
    name: str
    jurisdiction: str | None = None  # the state a state section speaks for; None for the national section
    layouts: tuple[tuple[int, Layout], ...] = ()  # (Version, core layout), oldest first
    gpc_subsection: bool = True

    @property
    def versions(self) -> tuple[int, ...]:
        return tuple(version for version, _ in self.layouts)

    def layout(self, version: int) -> Layout | None:
        return dict(self.layouts).get(version)


def _fields(*names: str | tuple[str, int]) -> Layout:
    version = Field("Version", bits=6)
    return (version, *(Field(item) if isinstance(item, str) else Field(item[0], item[1]) for item in names))


_MSPA = ("MspaCoveredTransaction", "MspaOptOutOptionMode", "MspaServiceProviderMode")
_SALE_TA = ("SaleOptOut", "TargetedAdvertisingOptOut")
_NOTICES_TA = ("SaleOptOutNotice", "TargetedAdvertisingOptOutNotice")


def _usnat(sensitive: int, child: int) -> Layout:
    return _fields(
        "SharingNotice",
        "SaleOptOutNotice",
        "SharingOptOutNotice",
        "TargetedAdvertisingOptOutNotice",
        "SensitiveDataProcessingOptOutNotice",
        "SensitiveDataLimitUseNotice",
        "SaleOptOut",
        "SharingOptOut",
        "TargetedAdvertisingOptOut",
        ("SensitiveDataProcessing", sensitive),
        ("KnownChildSensitiveDataConsents", child),
        "PersonalDataConsents",
        *_MSPA,
    )


def _state(
    section_id: int,
    name: str,
    notice: str,
    sensitive: int,
    child: int | None,
    *,
    extra_notice: str | None = None,
    additional_consent: bool = True,
    gpc: bool = True,
) -> UsSection:
    """The common shape of the state sections after California: notices, two opt-outs, bitfields, MSPA."""
    fields: list[str | tuple[str, int]] = [notice, *_NOTICES_TA]
    if extra_notice:
        fields.append(extra_notice)
    fields += [*_SALE_TA, ("SensitiveDataProcessing", sensitive)]
    fields.append(
        "KnownChildSensitiveDataConsents" if child is None else ("KnownChildSensitiveDataConsents", child)
    )
    if additional_consent:
        fields.append("AdditionalDataProcessingConsent")
    return UsSection(
        section_id,
        name,
        f"US-{name[2:].upper()}",
        ((1, _fields(*fields, *_MSPA)),),
        gpc_subsection=gpc,
    )


US_SECTIONS: dict[str, UsSection] = {
    section.name: section
    for section in (
        UsSection(7, "usnat", None, ((1, _usnat(12, 2)), (2, _usnat(16, 3)))),
        UsSection(
            8,
            "usca",
            "US-CA",
            (
                (
                    1,
                    _fields(
                        "SaleOptOutNotice",
                        "SharingOptOutNotice",
                        "SensitiveDataLimitUseNotice",
                        "SaleOptOut",
                        "SharingOptOut",
                        ("SensitiveDataProcessing", 9),
                        ("KnownChildSensitiveDataConsents", 2),
                        "PersonalDataConsents",
                        *_MSPA,
                    ),
                ),
            ),
        ),
        _state(9, "usva", "SharingNotice", 8, None, additional_consent=False, gpc=False),
        _state(10, "usco", "SharingNotice", 7, None, additional_consent=False),
        _state(
            11,
            "usut",
            "SharingNotice",
            8,
            None,
            extra_notice="SensitiveDataProcessingOptOutNotice",
            additional_consent=False,
            gpc=False,
        ),
        _state(12, "usct", "SharingNotice", 8, 3, additional_consent=False),
        _state(13, "usfl", "ProcessingNotice", 8, 3, gpc=False),
        _state(14, "usmt", "SharingNotice", 8, 3),
        _state(15, "usor", "ProcessingNotice", 11, 3),
        _state(16, "ustx", "ProcessingNotice", 8, None),
        _state(17, "usde", "ProcessingNotice", 9, 5),
        _state(
            18,
            "usia",
            "ProcessingNotice",
            8,
            None,
            extra_notice="SensitiveDataOptOutNotice",
            additional_consent=False,
        ),
        _state(19, "usne", "ProcessingNotice", 8, None),
        _state(20, "usnh", "ProcessingNotice", 8, 3),
        _state(21, "usnj", "ProcessingNotice", 10, 5),
        # The Tennessee specification spells the field KnownChildSensitiveDataConsent; every other section,
        # and the IAB's reference libraries for this one, KnownChildSensitiveDataConsents.
        _state(22, "ustn", "ProcessingNotice", 8, None),
        _state(23, "usmn", "ProcessingNotice", 8, None),
    )
}
