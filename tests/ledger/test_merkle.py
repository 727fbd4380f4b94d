"""RFC 9162 hashing and proofs: transparency-dev/merkle's vectors, its reference tree, and an independent verifier."""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path
from typing import Any

import pytest

from optout_recall.ledger import merkle
from tests.ledger import rfc9162

VECTORS = json.loads((Path(__file__).parents[1] / "data" / "merkle_vectors.json").read_text())


def _b64(value: str | None) -> bytes:
    return base64.b64decode(value or "")


def _proof(vector: dict[str, Any]) -> list[bytes]:
    return [_b64(p) for p in vector["proof"] or []]


@pytest.mark.parametrize("vector", VECTORS["inclusion"], ids=lambda v: v["file"])
def test_inclusion_vectors(vector: dict[str, Any]) -> None:
    def check() -> None:
        merkle.verify_inclusion(
            vector["leafIdx"],
            vector["treeSize"],
            _b64(vector["leafHash"]),
            _proof(vector),
            _b64(vector["root"]),
        )

    if vector["wantErr"]:
        with pytest.raises(merkle.ProofError):
            check()
    else:
        check()


@pytest.mark.parametrize("vector", VECTORS["consistency"], ids=lambda v: v["file"])
def test_consistency_vectors(vector: dict[str, Any]) -> None:
    def check() -> None:
        merkle.verify_consistency(
            vector["size1"], vector["size2"], _proof(vector), _b64(vector["root1"]), _b64(vector["root2"])
        )

    if vector["wantErr"]:
        with pytest.raises(merkle.ProofError):
            check()
    else:
        check()


def test_the_reference_tree_roots() -> None:
    tree = VECTORS["reference_tree"]
    leaves = [bytes.fromhex(value) for value in tree["leaf_inputs_hex"]]
    for size, expected in enumerate(tree["root_hashes_hex"]):
        hashes = [merkle.leaf_hash(leaf) for leaf in leaves[:size]]
        assert merkle.root_of(hashes).hex() == expected
        assert rfc9162.mth(leaves[:size]).hex() == expected


def _range_hash(leaves: list[bytes], start: int, end: int) -> bytes:
    """A range's MTH as the ledger resolves it: perfect pieces, folded from the right."""
    hashes = [merkle.root_of([merkle.leaf_hash(leaf) for leaf in leaves[start << 0 : end]])]
    pieces = merkle.perfect_pieces(start, end)
    folded = merkle.fold(
        [merkle.root_of([merkle.leaf_hash(x) for x in leaves[i << lv : (i + 1) << lv]]) for lv, i in pieces]
    )
    assert folded == hashes[0] == rfc9162.mth(leaves[start:end])
    return folded


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 8, 9, 31, 64, 65, 100, 129])
def test_proofs_built_from_ranges_verify_both_ways(size: int) -> None:
    leaves = [f"entry {i}".encode() for i in range(size)]
    root = rfc9162.mth(leaves)
    for index in range(size):
        path = [_range_hash(leaves, a, b) for a, b in merkle.inclusion_ranges(index, size)]
        merkle.verify_inclusion(index, size, merkle.leaf_hash(leaves[index]), path, root)
        rfc9162.check_inclusion(leaves[index], index, size, path, root)
    for old in range(1, size):
        proof = [_range_hash(leaves, a, b) for a, b in merkle.consistency_ranges(old, size)]
        old_root = rfc9162.mth(leaves[:old])
        merkle.verify_consistency(old, size, proof, old_root, root)
        rfc9162.check_consistency(old, size, proof, old_root, root)


def test_a_changed_leaf_or_path_fails_both_verifiers() -> None:
    leaves = [f"entry {i}".encode() for i in range(37)]
    root = rfc9162.mth(leaves)
    path = [_range_hash(leaves, a, b) for a, b in merkle.inclusion_ranges(20, 37)]
    forged = b"entry 20, changed"
    with pytest.raises(merkle.ProofError):
        merkle.verify_inclusion(20, 37, merkle.leaf_hash(forged), path, root)
    with pytest.raises(rfc9162.Rejected):
        rfc9162.check_inclusion(forged, 20, 37, path, root)
    flipped = [path[0], bytes([path[1][0] ^ 1]) + path[1][1:], *path[2:]]
    with pytest.raises(merkle.ProofError):
        merkle.verify_inclusion(20, 37, merkle.leaf_hash(leaves[20]), flipped, root)
    with pytest.raises(rfc9162.Rejected):
        rfc9162.check_inclusion(leaves[20], 20, 37, flipped, root)


def test_perfect_pieces_cover_random_proof_ranges() -> None:
    chooser = random.Random(9162)
    for _ in range(200):
        size = chooser.randint(2, 5000)
        for start, end in merkle.inclusion_ranges(chooser.randrange(size), size):
            pieces = merkle.perfect_pieces(start, end)
            assert sum(1 << level for level, _ in pieces) == end - start
            assert all((index << level) >= start for level, index in pieces)
