"""GitHub's official OpenAPI description, as extracted into `github_openapi.json`, turned into validators.

The description is OpenAPI 3.0: `nullable` instead of a null type, and objects that list their properties
without saying whether others are allowed. Here every schema becomes JSON Schema 2020-12 with `nullable`
spelled out, and every object that lists its properties refuses any other (`unevaluatedProperties: false`
at each place a value is described, so properties that `allOf`/`oneOf` members add still count). So a field
the description does not name fails, as does a missing required one. `scripts/extract_github_schemas.py`
writes the JSON file; nothing here fetches anything.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

DESCRIPTION_FILE = Path(__file__).with_name("github_openapi.json")
_COMPOSITIONS = ("allOf", "oneOf", "anyOf")


@dataclass(frozen=True)
class Operation:
    """One documented operation: its path template, query parameters, body and response validators."""

    key: str
    method: str
    template: str
    pattern: re.Pattern[str]
    query: dict[str, dict[str, Any]]
    body: Draft202012Validator | None
    body_required: bool
    responses: dict[str, Draft202012Validator | None]


class Description:
    """The extracted description: operations by method and path, the official examples, the source."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.source: dict[str, str] = raw["source"]
        self.examples: dict[str, Any] = raw["examples"]
        self._schemas: dict[str, Any] = raw["schemas"]
        self.operations = [self._operation(key, op) for key, op in raw["operations"].items()]

    def find(self, method: str, path: str) -> Operation | None:
        """The operation for a request; the longest template first, since a branch name may hold slashes."""
        for operation in sorted(self.operations, key=lambda o: -len(re.sub(r"\{\w+\}", "", o.template))):
            if operation.method == method and operation.pattern.fullmatch(path):
                return operation
        return None

    def request_problems(self, operation: Operation, query: dict[str, str], body: Any) -> list[str]:
        """Everything in a request the description does not allow, said the way GitHub's 422 says it."""
        problems = [
            f"query parameter {name!r} is not documented" for name in query if name not in operation.query
        ]
        for name, value in query.items():
            schema = operation.query.get(name)
            if schema is not None and not _query_value_fits(schema, value):
                problems.append(f"query parameter {name}={value!r} is not a {schema.get('type')}")
        if operation.body is None:
            if body is not None:
                problems.append("this operation takes no request body")
        elif body is None:
            if operation.body_required:
                problems.append("the request body is required")
        else:
            problems += [_say(error) for error in operation.body.iter_errors(body)]
        return problems

    def response_problems(self, operation: Operation, status: int, body: Any) -> list[str]:
        if str(status) not in operation.responses:
            return [f"{operation.key} does not document status {status}"]
        validator = operation.responses[str(status)]
        if validator is None:
            return [] if body is None else [f"status {status} of {operation.key} has no body"]
        return [_say(error) for error in validator.iter_errors(body)]

    def schema(self, name: str) -> Draft202012Validator:
        """A validator for one component schema (e.g. to check an official example against it)."""
        return Draft202012Validator(self._convert({"$ref": f"#/components/schemas/{name}"}, ()))

    # ----- conversion

    def _operation(self, key: str, raw: dict[str, Any]) -> Operation:
        method, template = key.split(" ", 1)
        pattern = _path_pattern(template)
        body = raw["requestBody"]
        return Operation(
            key=key,
            method=method,
            template=template,
            pattern=pattern,
            query={p["name"]: p.get("schema", {}) for p in raw["parameters"] if p["in"] == "query"},
            body=None if body is None else Draft202012Validator(self._convert(body["schema"], ())),
            body_required=bool(body and body["required"]),
            responses={
                status: None if schema is None else Draft202012Validator(self._convert(schema, ()))
                for status, schema in raw["responses"].items()
            },
        )

    def _convert(self, node: Any, seen: tuple[str, ...], *, in_place: bool = False) -> Any:
        """OpenAPI 3.0 -> JSON Schema 2020-12, references inlined; `in_place` for composition members."""
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[1]
            if name in seen:
                return {}  # a recursive schema: accept what lies below the second visit
            return self._convert(self._schemas[name], (*seen, name), in_place=in_place)
        converted: dict[str, Any] = {}
        for keyword, value in node.items():
            if keyword == "properties":
                converted[keyword] = {name: self._convert(sub, seen) for name, sub in value.items()}
            elif keyword in ("items", "not") or (
                keyword == "additionalProperties" and isinstance(value, dict)
            ):
                converted[keyword] = self._convert(value, seen)
            elif keyword in _COMPOSITIONS:
                converted[keyword] = [self._convert(sub, seen, in_place=True) for sub in value]
            elif keyword in ("nullable", "example", "x-github", "discriminator") or keyword.startswith("x-"):
                continue
            else:
                converted[keyword] = value
        describes_fields = "properties" in node or any(k in node for k in _COMPOSITIONS)
        if not in_place and describes_fields and "additionalProperties" not in node:
            converted["unevaluatedProperties"] = False
        if node.get("nullable"):
            if "type" in converted:
                converted["type"] = [converted["type"], "null"]
                if "enum" in converted:
                    converted["enum"] = [*converted["enum"], None]
            else:
                converted = {"anyOf": [converted, {"type": "null"}]}
        return converted


@cache
def github_description() -> Description:
    return Description(json.loads(DESCRIPTION_FILE.read_text()))


def _path_pattern(template: str) -> re.Pattern[str]:
    """`{branch}` and `{ref}` may span segments (the description marks them x-multi-segment)."""
    parts = re.split(r"\{(\w+)\}", template)
    regex = ""
    for index, part in enumerate(parts):
        if index % 2 == 0:
            regex += re.escape(part)
        else:
            regex += f"(?P<{part}>.+)" if part in ("branch", "ref") else f"(?P<{part}>[^/]+)"
    return re.compile(regex)


def _query_value_fits(schema: dict[str, Any], value: str) -> bool:
    kind = schema.get("type")
    if kind == "integer":
        return value.isdigit()
    if kind == "boolean":
        return value in ("true", "false")
    if "enum" in schema:
        return value in schema["enum"]
    return True


def _say(error: Any) -> str:
    where = "/".join(str(p) for p in error.absolute_path) or "body"
    return f"{where}: {error.message}"
