"""RFC 9162 Merkle trees: hashing, proofs and their verification, with no storage attached.

Leaf hash = SHA-256(0x00 || leaf input), node hash = SHA-256(0x01 || left || right) (RFC 9162 §2.1.1). A
ledger entry's leaf input is its canonical message (`chain.entry_message`), so an entry's `entry_hash` is its
leaf hash and the chain and the tree share one hash per entry. Proofs are lists of subtree hashes in the order
of RFC 9162 §2.1.3 (inclusion) and §2.1.4 (consistency); the functions that build them name the leaf ranges
whose hashes they need, and the caller (`tree.py`, over the database) resolves those ranges.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from hashlib import sha256

HASH_SIZE = 32
LEAF_PREFIX = b"\x00"
NODE_PREFIX = b"\x01"
EMPTY_ROOT = sha256(b"").digest()

# A run of leaves [start, end) whose Merkle tree hash (MTH) a proof carries.
LeafRange = tuple[int, int]


class ProofError(ValueError):
    """A proof that does not hold; the message says which check failed."""


def leaf_hash(leaf: bytes) -> bytes:
    return sha256(LEAF_PREFIX + leaf).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return sha256(NODE_PREFIX + left + right).digest()


def largest_power_of_two_below(size: int) -> int:
    """The k of RFC 9162 §2.1.1: the largest power of two smaller than `size` (size > 1)."""
    return 1 << ((size - 1).bit_length() - 1)


def root_of(leaf_hashes: Sequence[bytes]) -> bytes:
    """MTH over leaf hashes, with a stack of perfect subtrees (the compact range) as it goes."""
    if not leaf_hashes:
        return EMPTY_ROOT
    stack: list[bytes] = []
    for count, value in enumerate(leaf_hashes):
        merged = value
        size = count
        while size & 1:
            merged = node_hash(stack.pop(), merged)
            size >>= 1
        stack.append(merged)
    return fold(stack)


def perfect_root(leaf_hashes: Sequence[bytes]) -> bytes:
    """MTH of a perfect subtree (a power of two leaves), one level at a time: a third of `root_of`'s cost."""
    level = list(leaf_hashes)
    while len(level) > 1:
        level = [sha256(NODE_PREFIX + level[i] + level[i + 1]).digest() for i in range(0, len(level), 2)]
    return level[0]


def fold(frontier: Sequence[bytes]) -> bytes:
    """The root from a compact range: the perfect subtrees covering [0, n), largest first."""
    if not frontier:
        return EMPTY_ROOT
    merged = frontier[-1]
    for value in reversed(frontier[:-1]):
        merged = node_hash(value, merged)
    return merged


def perfect_pieces(start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) as perfect aligned subtrees, largest first: (level, index) with 2**level leaves each.

    Every range a proof names starts on a multiple of the power of two that covers it, so its MTH is the
    right fold of these pieces (RFC 9162 §2.1.1 splits off the largest power of two first).
    """
    width = end - start
    if width & (width - 1) == 0 and start & (width - 1) == 0 and width:  # most ranges: one aligned subtree
        level = width.bit_length() - 1
        return [(level, start >> level)]
    pieces = []
    position = start
    while position < end:
        level = (end - position).bit_length() - 1
        if position:
            level = min(level, (position & -position).bit_length() - 1)
        pieces.append((level, position >> level))
        position += 1 << level
    return pieces


def inclusion_ranges(index: int, size: int) -> list[LeafRange]:
    """The leaf ranges of PATH(index, D[0:size]) (RFC 9162 §2.1.3.1), leaf level first."""
    if not 0 <= index < size:
        raise ProofError(f"leaf index {index} is not in a tree of size {size}")
    ranges = []
    start, end = 0, size
    while end - start > 1:
        k = largest_power_of_two_below(end - start)
        if index < start + k:
            ranges.append((start + k, end))
            end = start + k
        else:
            ranges.append((start, start + k))
            start += k
    return ranges[::-1]


def consistency_ranges(old_size: int, new_size: int) -> list[LeafRange]:
    """The leaf ranges of PROOF(old_size, D[0:new_size]) (RFC 9162 §2.1.4.1)."""
    if not 0 < old_size <= new_size:
        raise ProofError(f"no consistency proof from size {old_size} to size {new_size}")
    ranges: list[LeafRange] = []
    if old_size < new_size:
        _subproof(old_size, 0, new_size, True, ranges)
    return ranges


def _subproof(m: int, start: int, end: int, complete: bool, out: list[LeafRange]) -> None:
    size = end - start
    if m == size:
        if not complete:
            out.append((start, end))
        return
    k = largest_power_of_two_below(size)
    if m <= k:
        _subproof(m, start, start + k, complete, out)
        out.append((start + k, end))
    else:
        _subproof(m - k, start + k, end, False, out)
        out.append((start, start + k))


def _check_hashes(what: str, values: Iterable[bytes]) -> None:
    for value in values:
        if len(value) != HASH_SIZE:
            raise ProofError(f"{what} holds a {len(value)}-byte value, not a {HASH_SIZE}-byte SHA-256 hash")


def root_from_inclusion_proof(index: int, size: int, leaf: bytes, proof: Sequence[bytes]) -> bytes:
    """The root that `proof` leads to from the leaf hash at `index` (RFC 9162 §2.1.3.2)."""
    if not 0 <= index < size:
        raise ProofError(f"leaf index {index} is not in a tree of size {size}")
    _check_hashes("the leaf hash", [leaf])
    _check_hashes("the inclusion path", proof)
    fn, sn = index, size - 1
    result = leaf
    for sibling in proof:
        if sn == 0:
            raise ProofError("the inclusion path is longer than the tree is deep")
        if fn & 1 or fn == sn:
            result = node_hash(sibling, result)
            while not fn & 1 and fn:
                fn >>= 1
                sn >>= 1
        else:
            result = node_hash(result, sibling)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("the inclusion path is shorter than the tree is deep")
    return result


def verify_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes) -> None:
    _check_hashes("the root", [root])
    if root_from_inclusion_proof(index, size, leaf, proof) != root:
        raise ProofError(f"the inclusion path of leaf {index} does not lead to the root of size {size}")


def verify_consistency(
    old_size: int, new_size: int, proof: Sequence[bytes], old_root: bytes, new_root: bytes
) -> None:
    """The tree of `new_size` extends the one of `old_size` (RFC 9162 §2.1.4.2); ProofError otherwise."""
    if old_size > new_size:
        raise ProofError(f"the old tree (size {old_size}) is larger than the new one (size {new_size})")
    if old_size == 0:
        raise ProofError("a consistency proof from the empty tree proves nothing")
    if old_size == new_size:
        if proof:
            raise ProofError("trees of the same size need an empty consistency proof")
        if old_root != new_root:
            raise ProofError(f"two different roots for the same tree size {old_size}")
        return
    _check_hashes("the roots", [old_root, new_root])
    _check_hashes("the consistency proof", proof)
    if not proof:
        raise ProofError("an empty consistency proof between different tree sizes")
    path = list(proof)
    if old_size & (old_size - 1) == 0:
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    old_result = new_result = path[0]
    for value in path[1:]:
        if sn == 0:
            raise ProofError("the consistency proof is longer than needed")
        if fn & 1 or fn == sn:
            old_result = node_hash(value, old_result)
            new_result = node_hash(value, new_result)
            while not fn & 1 and fn:
                fn >>= 1
                sn >>= 1
        else:
            new_result = node_hash(new_result, value)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("the consistency proof is shorter than needed")
    if old_result != old_root:
        raise ProofError(f"the consistency proof does not lead to the old root (size {old_size})")
    if new_result != new_root:
        raise ProofError(f"the consistency proof does not lead to the new root (size {new_size})")
