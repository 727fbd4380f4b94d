"""Extract from GitHub's official OpenAPI description what the GitHub freeze sends and reads.

Run at development time, never by the tests:

    .venv/bin/python scripts/extract_github_schemas.py [--version 23.0.2]

It fetches the npm package `@octokit/openapi` with `npm pack` (the package carries the same descriptions as
`github/rest-api-description`; its `generated/api.github.com.json` is the base API version 2022-11-28, with
later versions' changes only as `x-github-breaking-changes` annotations), and writes
`tests/fakes/github_openapi.json`: for every operation the provider uses, its parameters, request body and
response schemas as the description states them, every component schema they reference, and the official
example responses of those operations and their neighbours. `tests/fakes/github_api.py` validates every
request and response against that file. Re-run it to move to another package version and commit the result.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

PACKAGE = "@octokit/openapi"
DEFAULT_VERSION = "23.0.2"
API_VERSION = "2022-11-28"
DESCRIPTION = "package/generated/api.github.com.json"
OUTPUT = Path(__file__).resolve().parent.parent / "tests" / "fakes" / "github_openapi.json"

# Every (method, path) the providers in optout_recall/freeze/github.py call.
OPERATIONS = [
    ("get", "/repos/{owner}/{repo}/rulesets"),
    ("post", "/repos/{owner}/{repo}/rulesets"),
    ("get", "/repos/{owner}/{repo}/rulesets/{ruleset_id}"),
    ("put", "/repos/{owner}/{repo}/rulesets/{ruleset_id}"),
    ("delete", "/repos/{owner}/{repo}/rulesets/{ruleset_id}"),
    ("get", "/orgs/{org}/rulesets"),
    ("post", "/orgs/{org}/rulesets"),
    ("get", "/orgs/{org}/rulesets/{ruleset_id}"),
    ("put", "/orgs/{org}/rulesets/{ruleset_id}"),
    ("delete", "/orgs/{org}/rulesets/{ruleset_id}"),
    ("get", "/repos/{owner}/{repo}/branches/{branch}"),
    ("get", "/repos/{owner}/{repo}/branches/{branch}/protection"),
    ("put", "/repos/{owner}/{repo}/branches/{branch}/protection"),
    ("delete", "/repos/{owner}/{repo}/branches/{branch}/protection"),
    ("get", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"),
    ("patch", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"),
    ("get", "/repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"),
    ("post", "/repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"),
    ("delete", "/repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"),
    ("get", "/repos/{owner}/{repo}/commits/{ref}"),
]
# Official example responses kept besides those the operations name: the branch-protection family.
NEIGHBOUR_EXAMPLES = [
    "branch-protection",
    "branch-protection-update",
    "branch-restriction-policy",
    "branch-with-protection",
    "protected-branch-admin-enforced",
    "protected-branch-admin-enforced-2",
    "protected-branch-pull-request-review",
    "short-branch-with-protection-items",
    "status-check-policy",
]


def fetch(version: str, workdir: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """`npm pack` the package into `workdir`; return the description and what identifies the tarball."""
    packed = subprocess.run(
        ["npm", "pack", f"{PACKAGE}@{version}", "--json", "--pack-destination", str(workdir)],
        check=True,
        capture_output=True,
        text=True,
    )
    [info] = json.loads(packed.stdout)
    with tarfile.open(workdir / info["filename"]) as tar:
        member = tar.extractfile(DESCRIPTION)
        if member is None:
            raise SystemExit(f"{info['filename']} has no {DESCRIPTION}")
        description = json.load(member)
    return description, {"integrity": info["integrity"], "shasum": info["shasum"]}


def resolve(description: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a `$ref` to components/parameters, responses or requestBodies (schemas stay references)."""
    while "$ref" in node and not node["$ref"].startswith("#/components/schemas/"):
        section, name = node["$ref"].removeprefix("#/components/").split("/")
        node = description["components"][section][name]
    return node


def json_schema_of(content: dict[str, Any] | None) -> dict[str, Any] | None:
    if not content:
        return None
    media = content.get("application/json") or next(iter(content.values()))
    return media.get("schema")


def example_names(content: dict[str, Any] | None) -> list[str]:
    media = (content or {}).get("application/json") or {}
    return [
        example["$ref"].rsplit("/", 1)[1]
        for example in (media.get("examples") or {}).values()
        if "$ref" in example
    ]


def extract_operation(
    description: dict[str, Any], method: str, path: str
) -> tuple[dict[str, Any], list[str]]:
    item = description["paths"][path]
    operation = item[method]
    parameters = [
        resolve(description, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]
    ]
    extracted: dict[str, Any] = {
        "operationId": operation["operationId"],
        "parameters": [
            {key: p[key] for key in ("name", "in", "required", "schema") if key in p} for p in parameters
        ],
        "requestBody": None,
        "responses": {},
    }
    if "requestBody" in operation:
        body = resolve(description, operation["requestBody"])
        extracted["requestBody"] = {
            "required": bool(body.get("required")),
            "schema": json_schema_of(body.get("content")),
        }
    examples: list[str] = []
    for status, response in operation["responses"].items():
        response = resolve(description, response)
        extracted["responses"][status] = json_schema_of(response.get("content"))
        examples += example_names(response.get("content"))
    if "x-github-breaking-changes" in operation:
        extracted["x-github-breaking-changes"] = operation["x-github-breaking-changes"]
    return extracted, examples


def referenced_schemas(description: dict[str, Any], roots: list[Any]) -> dict[str, Any]:
    """Every component schema reachable from `roots`, by name."""
    schemas = description["components"]["schemas"]
    found: dict[str, Any] = {}
    pending = list(roots)
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in found:
                    found[name] = schemas[name]
                    pending.append(schemas[name])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return dict(sorted(found.items()))


def extract(description: dict[str, Any], version: str, tarball: dict[str, str]) -> dict[str, Any]:
    if description["info"]["version"] != version:
        raise SystemExit(f"the description says version {description['info']['version']}, not {version}")
    operations: dict[str, Any] = {}
    examples: list[str] = list(NEIGHBOUR_EXAMPLES)
    for method, path in OPERATIONS:
        operations[f"{method.upper()} {path}"], named = extract_operation(description, method, path)
        examples += named
    return {
        "source": {
            "package": PACKAGE,
            "version": version,
            "file": DESCRIPTION.removeprefix("package/"),
            "api_version": API_VERSION,
            **tarball,
        },
        "operations": operations,
        "schemas": referenced_schemas(description, list(operations.values())),
        "examples": {
            name: description["components"]["examples"][name]["value"] for name in sorted(set(examples))
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--version", default=DEFAULT_VERSION, help=f"{PACKAGE} version (default {DEFAULT_VERSION})"
    )
    parser.add_argument("--out", type=Path, default=OUTPUT, help=f"where to write (default {OUTPUT})")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as workdir:
        try:
            description, tarball = fetch(args.version, Path(workdir))
        except (OSError, subprocess.CalledProcessError) as err:
            stderr = getattr(err, "stderr", "") or ""
            print(f"npm pack {PACKAGE}@{args.version} failed: {err} {stderr.strip()}", file=sys.stderr)
            return 2
    extracted = extract(description, args.version, tarball)
    text = json.dumps(extracted, indent=1, sort_keys=True) + "\n"
    partial = args.out.with_suffix(".json.partial")
    partial.write_text(text)
    partial.replace(args.out)
    print(
        f"wrote {args.out}: {len(extracted['operations'])} operations, {len(extracted['schemas'])} schemas, "
        f"{len(extracted['examples'])} examples from {PACKAGE}@{args.version}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
