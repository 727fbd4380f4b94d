"""The GPP decoder against the IAB's published vectors, the specification's own examples, and bad strings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from optout_recall.cli.gpp import app
from optout_recall.gpp import GppError, GppOptOut, decode, decode_header, decode_section, opt_outs

VECTORS_FILE = Path(__file__).with_name("iab_vectors.json")
VECTORS: list[dict[str, Any]] = json.loads(VECTORS_FILE.read_text())["vectors"]
runner = CliRunner()


def _id(vector: dict[str, Any]) -> str:
    return f"{vector['source']}:{vector['file'].rsplit('/', 1)[1]}:{vector['test']}"


def test_the_vectors_cover_every_supported_section_from_both_libraries() -> None:
    covered = {(v["source"], v.get("section")) for v in VECTORS if v["kind"] == "section"}
    for source in ("iabgpp-java", "iabgpp-es"):
        for section in ("usnat", "usca", "usva", "usco", "usut", "usct", "usfl", "usmt", "usor", "ustx"):
            assert (source, section) in covered
        for section in ("usde", "usia", "usne", "usnh", "usnj", "ustn", "usmn"):
            assert (source, section) in covered
    assert len(VECTORS) >= 120


@pytest.mark.parametrize("vector", [v for v in VECTORS if v["kind"] == "section"], ids=_id)
def test_section_vectors_decode_to_their_published_values(vector: dict[str, Any]) -> None:
    assert decode_section(vector["section"], vector["string"]) == vector["expected"]


@pytest.mark.parametrize("vector", [v for v in VECTORS if v["kind"] == "header"], ids=_id)
def test_header_vectors_decode_to_their_section_ids(vector: dict[str, Any]) -> None:
    assert decode_header(vector["string"]) == (1, vector["expected"]["SectionIds"])


@pytest.mark.parametrize("vector", [v for v in VECTORS if v["kind"] == "gpp"], ids=_id)
def test_whole_strings_decode_to_their_published_values(vector: dict[str, Any]) -> None:
    decoded = decode(vector["string"])

    assert list(decoded.section_ids) == vector["expected"]["SectionIds"]
    assert decoded.sections == vector["expected"]["sections"]
    assert list(decoded.not_decoded) == vector["expected"]["not_decoded"]


@pytest.mark.parametrize(
    ("header", "ids"),
    # "Header Examples" 1-3 of Core/Consent String Specification.md (IAB Tech Lab, Nov 3 2023 revision).
    [("DBABM", [2]), ("DBACNY", [2, 6]), ("DBABjw", [5, 6])],
)
def test_the_specifications_header_examples(header: str, ids: list[int]) -> None:
    assert decode_header(header) == (1, ids)


def test_usnat_version_1_and_2_layouts() -> None:
    v1 = decode("DBABLA~BAAAVVVVUQA.QA").sections["usnat"]
    v2 = decode("DBABLA~CAAAVVVVVVRA.QA").sections["usnat"]

    assert (
        v1["Version"],
        len(v1["SensitiveDataProcessing"]),
        len(v1["KnownChildSensitiveDataConsents"]),
    ) == (
        1,
        12,
        2,
    )
    assert (
        v2["Version"],
        len(v2["SensitiveDataProcessing"]),
        len(v2["KnownChildSensitiveDataConsents"]),
    ) == (
        2,
        16,
        3,
    )
    assert v1["Gpc"] is False and "Gpc" not in decode("DBABLA~CAAAVVVVVVRA").sections["usnat"]


def test_one_means_opted_out_and_two_does_not() -> None:
    """SaleOptOut 1 is an opt-out; 2 ("did not opt out") and 0 (not applicable) are not, nor a consent."""
    opted_out = decode("DBABLA~CVVVkkkkkpFY.YA")  # Sale-, Sharing- and TargetedAdvertisingOptOut all 1
    did_not = decode("DBABLA~CVQqAAAACg")  # SaleOptOut 0, SharingOptOut and TargetedAdvertisingOptOut 2

    assert opted_out.sections["usnat"]["SaleOptOut"] == 1
    assert opt_outs(opted_out) == [
        GppOptOut("usnat", "SaleOptOut", "sale"),
        GppOptOut("usnat", "SharingOptOut", "sharing"),
        GppOptOut("usnat", "TargetedAdvertisingOptOut", "targeted_advertising"),
    ]
    assert did_not.sections["usnat"]["SharingOptOut"] == 2
    assert opt_outs(did_not) == []


def test_state_sections_speak_for_their_state() -> None:
    found = opt_outs(decode("DBABBg~BVWSSSVY.YA"))  # usca, SaleOptOut and SharingOptOut 1

    assert found == [
        GppOptOut("usca", "SaleOptOut", "sale", "US-CA"),
        GppOptOut("usca", "SharingOptOut", "sharing", "US-CA"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("CPSG_8APSG_8ANwAAAENAwCAAAAAAAAAAAAAAAAAAAAA", "TCF v2 TC string"),
        ("BBAA", "Type is 1, not 3"),
        ("DCAA", "header version 2"),
        ("DBABLA", "lists 1 section(s) (usnat) but 0 follow"),
        ("DBAA~CVVVkkkkkpFY", "lists 0 section(s) (none) but 1 follow"),
        ("DBABLA~CVVV*kkkkpFY", "not in the base64url alphabet"),
        ("DBABLA~CVVVkk", "usnat core segment ends inside SensitiveDataProcessing"),
        ("DBABLA~DVVVkkkkkpFY", "usnat version 3 is not one this decoder knows (1, 2)"),
        ("DBABLA~C___kkkkkpFY", "usnat.SharingNotice is 3"),
        ("DBABLA~CVVVkkkkkpFY.gA", "sub-section type 2 is not GPC"),
        ("DBABLA~CVVVkkkkkpFY.YA.YA", "2 sub-sections"),
        ("DBABLA~", "section usnat (ID 7) is empty"),
        ("DBABRg~BVWSSVY.YA", "usva has no sub-sections"),
        ("DBABG~BAAA", "lists section 3, the header itself"),
        ("DBAB", "ends inside SectionIds"),
    ],
)
def test_bad_strings_are_one_clear_error(text: str, message: str) -> None:
    with pytest.raises(GppError, match=message.replace("(", r"\(").replace(")", r"\)")) as caught:
        decode(text)

    assert "\n" not in str(caught.value)


def test_cli_prints_the_sections_as_json() -> None:
    result = runner.invoke(app, ["decode", "DBABLA~CVVVkkkkkpFY.YA"])

    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["header"] == {"Type": 3, "Version": 1, "SectionIds": [7]}
    assert document["sections"]["usnat"]["SaleOptOut"] == 1
    assert document["sections"]["usnat"]["Gpc"] is True
    assert document["not_decoded"] == {}


def test_cli_lists_sections_it_does_not_decode() -> None:
    result = runner.invoke(app, ["decode", "DBABTA~1YNN"])

    assert result.exit_code == 0
    assert json.loads(result.stdout)["not_decoded"] == {"uspv1": "1YNN"}


def test_cli_bad_string_is_one_line_and_exit_2() -> None:
    result = runner.invoke(app, ["decode", "DBABLA~CVVVkk"])

    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("recall: not a GPP string this decoder can read: the usnat core segment")


def test_recall_has_the_gpp_command() -> None:
    from optout_recall.cli.main import app as recall

    result = runner.invoke(recall, ["gpp", "decode", "DBABBg~BVWSSSVY.YA"])

    assert result.exit_code == 0
    assert json.loads(result.stdout)["sections"]["usca"]["SharingOptOut"] == 1
