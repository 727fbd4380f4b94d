"""The outcome of checking a bundle: one named check per line, each holding, failing or not checkable here.

A check that cannot be made offline (a field that needs the live database, an origin nobody pinned) is not a
pass: it is printed as UNVERIFIED with the reason, so an auditor sees exactly what the bundle does not prove.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class CheckStatus(StrEnum):
    HOLDS = "holds"
    FAILS = "fails"
    UNVERIFIED = "unverified"


@dataclass(frozen=True)
class Check:
    what: str
    status: CheckStatus
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status != CheckStatus.FAILS


@dataclass
class VerifyOutcome:
    checks: list[Check] = field(default_factory=list)
    origin_verified: bool = False

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(check.ok for check in self.checks)

    def add(self, what: str, ok: bool, detail: str = "") -> None:
        self.checks.append(Check(what, CheckStatus.HOLDS if ok else CheckStatus.FAILS, detail))

    def unverified(self, what: str, detail: str) -> None:
        self.checks.append(Check(what, CheckStatus.UNVERIFIED, detail))
