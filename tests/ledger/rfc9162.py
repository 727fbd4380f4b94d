"""A small RFC 9162 verifier of the tests' own, written from the RFC's recursive definitions (§2.1.1, §2.1.3.1,
§2.1.4.1) and sharing nothing with optout_recall.ledger.merkle, so a proof the ledger prints is held to a second,
independent reading of the RFC."""

from __future__ import annotations

import hashlib


class Rejected(Exception):
    pass


def _h(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _k(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def mth(leaves: list[bytes]) -> bytes:
    """MTH(D[n]) over leaf inputs, exactly as §2.1.1 defines it."""
    if not leaves:
        return _h(b"")
    if len(leaves) == 1:
        return _h(b"\x00" + leaves[0])
    k = _k(len(leaves))
    return _h(b"\x01" + mth(leaves[:k]) + mth(leaves[k:]))


def _root_from_path(index: int, size: int, leaf_hash: bytes, path: list[bytes]) -> bytes:
    if size == 1:
        if path:
            raise Rejected("path too long")
        return leaf_hash
    if not path:
        raise Rejected("path too short")
    k = _k(size)
    *inner, top = path
    if index < k:
        return _h(b"\x01" + _root_from_path(index, k, leaf_hash, inner) + top)
    return _h(b"\x01" + top + _root_from_path(index - k, size - k, leaf_hash, inner))


def check_inclusion(leaf: bytes, index: int, size: int, path: list[bytes], root: bytes) -> None:
    """`leaf` is the leaf input; the path is PATH(index, D[size]) of §2.1.3.1."""
    if not 0 <= index < size or any(len(p) != 32 for p in [*path, root]):
        raise Rejected("bad shape")
    if _root_from_path(index, size, _h(b"\x00" + leaf), path) != root:
        raise Rejected("root differs")


def _sub(m: int, n: int, proof: list[bytes], complete: bool, old_root: bytes) -> tuple[bytes, bytes]:
    if m == n:
        if complete:
            if proof:
                raise Rejected("proof too long")
            return old_root, old_root
        if len(proof) != 1:
            raise Rejected("proof has the wrong length")
        return proof[0], proof[0]
    if not proof:
        raise Rejected("proof too short")
    k = _k(n)
    *inner, last = proof
    if m <= k:
        old, new = _sub(m, k, inner, complete, old_root)
        return old, _h(b"\x01" + new + last)
    old, new = _sub(m - k, n - k, inner, False, old_root)
    return _h(b"\x01" + last + old), _h(b"\x01" + last + new)


def check_consistency(m: int, n: int, proof: list[bytes], old_root: bytes, new_root: bytes) -> None:
    """PROOF(m, D[n]) of §2.1.4.1 leads from old_root to new_root."""
    if not 0 < m < n or any(len(p) != 32 for p in [*proof, old_root, new_root]):
        raise Rejected("bad shape")
    old, new = _sub(m, n, proof, True, old_root)
    if (old, new) != (old_root, new_root):
        raise Rejected("roots differ")
