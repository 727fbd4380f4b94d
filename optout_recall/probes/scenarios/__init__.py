"""Probe scenarios: YAML data saying what a preference channel must do, and a loader that refuses bad files.

A scenario names the channel kinds it applies to, a list of steps (abstract actions such as "record an
opt-out" or "visit with these headers") and a list of expectations checked afterwards. Each channel driver in
`optout_recall/probes/` maps the actions onto its transport. A file that does not parse or validate raises
`ScenarioFileError` with a one-line `FILE:LINE: reason` message.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from optout_recall.payloads import ChannelKind, Choice
from optout_recall.probes.display import parse_selector

LIBRARY_DIR = Path(__file__).parent / "library"

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
_JURISDICTION = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")


class ScenarioFileError(ValueError):
    """A scenario file that cannot be used; str() is one line: FILE:LINE: reason."""

    def __init__(self, path: Path | str, line: int, reason: str) -> None:
        self.path = str(path)
        self.line = line
        self.reason = " ".join(reason.split())
        super().__init__(f"{self.path}:{self.line}: {self.reason}")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --------------------------------------------------------------------------- steps


class SetAction(_Model):
    """Record a choice through the channel (a web form, an API call, a queue event, an SDK call)."""

    purpose: str = "sale"
    choice: Choice
    jurisdiction: str = Field(default="US-CA", pattern=_JURISDICTION.pattern)
    source: str = "web"
    observed_offset_seconds: float = 0.0


class VisitAction(_Model):
    """A page view carrying browser headers, e.g. `Sec-GPC: 1`."""

    jurisdiction: str = Field(default="US-CA", pattern=_JURISDICTION.pattern)
    headers: dict[str, str] = Field(default_factory=dict)


class FetchAction(_Model):
    """A plain GET of a path on the target (a page, with browser headers), kept for `response` and `display`."""

    path: str = Field(pattern=r"^/")
    headers: dict[str, str] = Field(default_factory=dict)


class SdkInitAction(_Model):
    """An SDK starting up for a subject with its default consent."""

    jurisdiction: str = Field(default="US-CA", pattern=_JURISDICTION.pattern)
    defaults: dict[str, Choice] = Field(min_length=1)


class RestartAction(_Model):
    """Restart the service under test (its restart command, or POST /admin/restart on the demo service)."""


class QueueEvent(_Model):
    """One event on the queue; `repeat` re-sends an earlier event with the same id and body."""

    event: str = Field(min_length=1, description="a label, unique within the step unless repeat is set")
    repeat: bool = False
    purpose: str = "sale"
    choice: Choice | None = None
    jurisdiction: str = Field(default="US-CA", pattern=_JURISDICTION.pattern)
    observed_offset_seconds: float = 0.0

    @model_validator(mode="after")
    def _choice_unless_repeat(self) -> QueueEvent:
        if not self.repeat and self.choice is None:
            raise ValueError("an event needs a choice unless it repeats an earlier one")
        return self


class PublishAction(_Model):
    events: list[QueueEvent] = Field(min_length=1)

    @model_validator(mode="after")
    def _repeats_refer_back(self) -> PublishAction:
        seen: set[str] = set()
        for event in self.events:
            if event.repeat and event.event not in seen:
                raise ValueError(f"event {event.event!r} repeats an event that was not sent before it")
            if not event.repeat and event.event in seen:
                raise ValueError(f"event {event.event!r} is sent twice; mark the second one repeat: true")
            seen.add(event.event)
        return self


class BurstAction(_Model):
    """Many events at once, one per fresh subject sharing the scenario's prefix."""

    count: int = Field(ge=1, le=100_000)
    purpose: str = "sale"
    choice: Choice = Choice.OPT_OUT
    jurisdiction: str = Field(default="US-CA", pattern=_JURISDICTION.pattern)


STEP_KINDS: dict[str, set[ChannelKind]] = {
    "set": {ChannelKind.HTTP, ChannelKind.QUEUE, ChannelKind.SDK},
    "visit": {ChannelKind.HTTP},
    "fetch": {ChannelKind.HTTP},
    "sdk_init": {ChannelKind.HTTP, ChannelKind.SDK},
    "restart": {ChannelKind.HTTP, ChannelKind.QUEUE},
    "publish": {ChannelKind.QUEUE},
    "burst": {ChannelKind.QUEUE},
}


class Step(_Model):
    set: SetAction | None = None
    visit: VisitAction | None = None
    fetch: FetchAction | None = None
    sdk_init: SdkInitAction | None = None
    restart: RestartAction | None = None
    publish: PublishAction | None = None
    burst: BurstAction | None = None

    @model_validator(mode="before")
    @classmethod
    def _empty_restart(cls, data: Any) -> Any:
        if isinstance(data, dict) and "restart" in data and data["restart"] is None:
            return {**data, "restart": {}}
        return data

    @model_validator(mode="after")
    def _exactly_one(self) -> Step:
        given = [kind for kind in STEP_KINDS if getattr(self, kind) is not None]
        if len(given) != 1:
            raise ValueError(f"a step is exactly one of {', '.join(STEP_KINDS)} (got {len(given)})")
        return self

    @property
    def kind(self) -> str:
        return next(kind for kind in STEP_KINDS if getattr(self, kind) is not None)

    @property
    def action(self) -> _Model:
        return getattr(self, self.kind)


# --------------------------------------------------------------------------- expectations


class PreferenceCheck(_Model):
    """The stored choice for the scenario's subject, read back through the channel."""

    purpose: str = "sale"
    jurisdiction: str = Field(default="US-CA", pattern=_JURISDICTION.pattern)
    choice: Choice


class ResponseCheck(_Model):
    """What the target answered to an earlier step (0-based index)."""

    step: int = Field(ge=0)
    status: int | None = None
    content_type: str | None = None
    json_equals: dict[str, Any] = Field(default_factory=dict)
    json_matches: dict[str, str] = Field(default_factory=dict)


class DisplayCheck(_Model):
    """What the target showed in answer to an earlier step, e.g. that it honored an opt-out preference signal.

    `text`: words the body shows (in HTML, its visible text; case and spacing aside). `selector`: an element
    the HTML holds (`tag`, `#id`, `.class`, `[attr]`, `[attr=value]`, combined, and descendants separated by
    spaces), showing `text` if both are given. `json_field`: a dotted path into a JSON body that must hold
    `equals`.
    """

    step: int = Field(ge=0)
    text: str | None = Field(default=None, min_length=1)
    selector: str | None = Field(default=None, min_length=1)
    json_field: str | None = Field(default=None, pattern=r"^[^.\s]+(\.[^.\s]+)*$")
    equals: Any = True

    @model_validator(mode="after")
    def _says_what_to_look_for(self) -> DisplayCheck:
        if self.json_field is not None and (self.text is not None or self.selector is not None):
            raise ValueError(
                "a display check reads either a JSON field or the page (text, selector), not both"
            )
        if self.json_field is None and self.text is None and self.selector is None:
            raise ValueError("a display check needs text, selector or json_field")
        if self.selector is not None:
            parse_selector(self.selector)
        return self


class EventsCheck(_Model):
    """How many distinct choice events the target recorded for the subject (duplicates must not count)."""

    purpose: str = "sale"
    jurisdiction: str = Field(default="US-CA", pattern=_JURISDICTION.pattern)
    count: int = Field(ge=0)


class BurstCheck(_Model):
    """How many of the burst's subjects read back opted out."""

    purpose: str = "sale"
    jurisdiction: str = Field(default="US-CA", pattern=_JURISDICTION.pattern)
    opted_out: int = Field(ge=0)


EXPECT_KINDS: dict[str, set[ChannelKind]] = {
    "preference": {ChannelKind.HTTP, ChannelKind.QUEUE, ChannelKind.SDK},
    "response": {ChannelKind.HTTP},
    "display": {ChannelKind.HTTP},
    "events": {ChannelKind.HTTP, ChannelKind.QUEUE},
    "burst": {ChannelKind.QUEUE},
}


class Expectation(_Model):
    preference: PreferenceCheck | None = None
    response: ResponseCheck | None = None
    display: DisplayCheck | None = None
    events: EventsCheck | None = None
    burst: BurstCheck | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Expectation:
        given = [kind for kind in EXPECT_KINDS if getattr(self, kind) is not None]
        if len(given) != 1:
            raise ValueError(f"an expectation is exactly one of {', '.join(EXPECT_KINDS)} (got {len(given)})")
        return self

    @property
    def kind(self) -> str:
        return next(kind for kind in EXPECT_KINDS if getattr(self, kind) is not None)

    @property
    def check(self) -> _Model:
        return getattr(self, self.kind)


# --------------------------------------------------------------------------- scenarios


class DutyRef(_Model):
    """The duty of the rules data a scenario checks: it runs only where and once that duty binds."""

    duty: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")
    jurisdiction: str = Field(pattern=_JURISDICTION.pattern)


class Scenario(_Model):
    name: str = Field(pattern=_NAME.pattern)
    description: str = Field(min_length=1)
    channels: list[ChannelKind] = Field(min_length=1)
    catches: list[str] = Field(
        default_factory=list, description="the known defects this scenario exposes (documentation)"
    )
    binds: DutyRef | None = Field(
        default=None, description="run only while this duty binds (unless the scenario is named explicitly)"
    )
    subject_style: Literal["plain", "unicode_long"] = "plain"
    steps: list[Step] = Field(min_length=1)
    expect: list[Expectation] = Field(min_length=1)

    @field_validator("catches", mode="before")
    @classmethod
    def _one_or_more(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [value] if value else []
        return value

    @model_validator(mode="after")
    def _channels_support_everything(self) -> Scenario:
        for channel in self.channels:
            for step in self.steps:
                if channel not in STEP_KINDS[step.kind]:
                    raise ValueError(f"step {step.kind!r} cannot run on a {channel} channel")
            for expectation in self.expect:
                if channel not in EXPECT_KINDS[expectation.kind]:
                    raise ValueError(
                        f"expectation {expectation.kind!r} cannot be checked on a {channel} channel"
                    )
        for expectation in self.expect:
            check = expectation.response or expectation.display
            if check is not None and check.step >= len(self.steps):
                raise ValueError(
                    f"{expectation.kind} check refers to step {check.step}, which does not exist"
                )
        return self


# --------------------------------------------------------------------------- loading


def load_scenario_file(path: Path | str) -> list[Scenario]:
    """Parse one YAML file holding a scenario or a list of them; refuse it with FILE:LINE: reason."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioFileError(path, 1, f"cannot read file: {exc}") from exc
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise ScenarioFileError(path, line, f"not valid YAML: {exc.problem or exc.context}") from exc
    if root is None:
        raise ScenarioFileError(path, 1, "file is empty; expected a scenario mapping or a list of them")
    items: list[tuple[Any, yaml.Node]]
    if isinstance(data, list) and isinstance(root, yaml.SequenceNode):
        items = list(zip(data, root.value, strict=True))
    elif isinstance(data, dict):
        items = [(data, root)]
    else:
        raise ScenarioFileError(
            path, root.start_mark.line + 1, "expected a scenario mapping or a list of them"
        )
    scenarios: list[Scenario] = []
    for item, node in items:
        for variant in _variants(item, node, path):
            try:
                scenarios.append(Scenario.model_validate(variant))
            except ValidationError as exc:
                error = exc.errors()[0]
                line = _line_of(node, error["loc"])
                where = ".".join(str(part) for part in error["loc"])
                reason = error["msg"].removeprefix("Value error, ")
                raise ScenarioFileError(path, line, f"{where}: {reason}" if where else reason) from exc
    return scenarios


def load_library(paths: list[Path] | None = None) -> dict[str, Scenario]:
    """Every scenario in the given files or directories (default: the built-in library), by name."""
    files: list[Path] = []
    for base in paths or [LIBRARY_DIR]:
        base = Path(base)
        files.extend(sorted([*base.glob("*.yaml"), *base.glob("*.yml")]) if base.is_dir() else [base])
    library: dict[str, Scenario] = {}
    origin: dict[str, Path] = {}
    for file in files:
        for scenario in load_scenario_file(file):
            if scenario.name in library:
                raise ScenarioFileError(
                    file, 1, f"scenario {scenario.name!r} is already defined in {origin[scenario.name]}"
                )
            library[scenario.name] = scenario
            origin[scenario.name] = file
    return library


def _variants(item: Any, node: yaml.Node, path: Path) -> list[Any]:
    """One item, or one copy per jurisdiction with `{jurisdiction}` filled in (lower-cased in the name)."""
    line = node.start_mark.line + 1
    if not isinstance(item, dict):
        raise ScenarioFileError(path, line, "expected a scenario mapping")
    if "for_each_jurisdiction" not in item:
        if "{jurisdiction}" in str(item):
            raise ScenarioFileError(path, line, "{jurisdiction} is used but for_each_jurisdiction is not set")
        return [item]
    template = dict(item)
    jurisdictions = template.pop("for_each_jurisdiction")
    line = _line_of(node, ("for_each_jurisdiction",))
    if not isinstance(jurisdictions, list) or not jurisdictions:
        raise ScenarioFileError(
            path, line, "for_each_jurisdiction: expected a non-empty list like [US-CO, US-VA]"
        )
    if "{jurisdiction}" not in str(template.get("name", "")):
        raise ScenarioFileError(
            path, line, "a for_each_jurisdiction scenario needs {jurisdiction} in its name"
        )
    variants = []
    for jurisdiction in jurisdictions:
        if not isinstance(jurisdiction, str) or not _JURISDICTION.match(jurisdiction):
            raise ScenarioFileError(path, line, f"for_each_jurisdiction: {jurisdiction!r} is not like US-CA")
        filled = _fill(template, jurisdiction)
        filled["name"] = str(template["name"]).replace("{jurisdiction}", jurisdiction.lower())
        variants.append(filled)
    return variants


def _fill(value: Any, jurisdiction: str) -> Any:
    if isinstance(value, str):
        return value.replace("{jurisdiction}", jurisdiction)
    if isinstance(value, list):
        return [_fill(item, jurisdiction) for item in value]
    if isinstance(value, dict):
        return {key: _fill(item, jurisdiction) for key, item in value.items()}
    return value


def _line_of(node: yaml.Node, loc: tuple[int | str, ...]) -> int:
    """The 1-based line of the deepest YAML node the pydantic error location still points into."""
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            child = next((value for key, value in node.value if key.value == part), None)
            if child is None:
                key_node = next((key for key, _ in node.value if key.value == part), None)
                return (key_node or node).start_mark.line + 1
            node = child
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            break
    return node.start_mark.line + 1
