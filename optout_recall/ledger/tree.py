"""The ledger's RFC 9162 Merkle tree over the database: stored subtrees, roots and proofs.

Every entry's `entry_hash` is its leaf hash. Above the leaves, `ledger_tree` stores the hash of every perfect
subtree of 2**STORED_LEVEL leaves or more, at its (level, index): one row per 32 entries in all, written in
the append's own transaction. Any subtree hash a proof needs is a stored node, or is hashed from at most
2**STORED_LEVEL leaves read by primary key; so a root or a proof costs a few indexed reads and a few hundred
hashes, whatever the ledger's size.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from hashlib import sha256
from typing import cast

from sqlalchemy.ext.asyncio import AsyncConnection

from optout_recall.ledger import merkle

STORED_LEVEL = 6
_CHUNK = 2_000  # stored nodes a query: a subject's 50 proofs need about 500
_RUNS_A_QUERY = 400  # SQLite takes at most 500 terms in a compound SELECT

# A perfect subtree: (level, index), covering leaves [index << level, (index + 1) << level). Queries below
# hold integers this module computed, written into the SQL as literals.
Piece = tuple[int, int]
TreeNode = tuple[int, int, str]  # (level, index, hex hash): a row of ledger_tree


class TreeMismatch(Exception):
    """The stored tree disagrees with the entries or with a signed root; the message says where."""


def frontier_pieces(size: int) -> list[Piece]:
    """The perfect subtrees covering leaves [0, size), largest first (the compact range)."""
    return merkle.perfect_pieces(0, size)


def extend(frontier: list[bytes], size: int, leaf_hashes: Iterable[bytes], nodes: list[TreeNode]) -> int:
    """Append leaves to a compact range in place; every new stored-level node goes to `nodes`."""
    node_prefix = merkle.NODE_PREFIX
    for leaf in leaf_hashes:
        merged = leaf
        level = 0
        index = size
        while index & 1:
            merged = sha256(node_prefix + frontier.pop() + merged).digest()
            level += 1
            index >>= 1
            if level >= STORED_LEVEL:
                nodes.append((level, index, merged.hex()))
        frontier.append(merged)
        size += 1
    return size


def _runs(seqs: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted seqs as (first, last) runs of consecutive ones."""
    runs: list[tuple[int, int]] = []
    for seq in seqs:
        if runs and runs[-1][1] == seq - 1:
            runs[-1] = (runs[-1][0], seq)
        else:
            runs.append((seq, seq))
    return runs


class TreeReader:
    """Resolves subtree hashes for one connection, batching the reads each call needs."""

    def __init__(self, connection: AsyncConnection) -> None:
        self._connection = connection

    async def frontier(self, size: int) -> list[bytes]:
        pieces = frontier_pieces(size)
        hashes = await self.pieces(pieces)
        return [hashes[piece] for piece in pieces]

    async def root(self, size: int) -> bytes:
        return merkle.fold(await self.frontier(size))

    async def roots(self, sizes: Sequence[int]) -> list[bytes] | None:
        """The roots at several sizes, every node they fold read in one batch (verify holds each signed
        root to the tree: one query pair for all, not one a checkpoint); None when a stored node is missing,
        so the caller names it size by size."""
        split = [frontier_pieces(size) for size in sizes]
        try:
            hashes = await self.pieces([piece for pieces in split for piece in pieces])
        except TreeMismatch:
            return None
        return [merkle.fold([hashes[piece] for piece in pieces]) for pieces in split]

    async def ranges(self, ranges: Sequence[merkle.LeafRange]) -> list[bytes]:
        """The MTH of each [start, end) a proof names."""
        split = [merkle.perfect_pieces(start, end) for start, end in ranges]
        hashes = await self.pieces([piece for pieces in split for piece in pieces])
        return [merkle.fold([hashes[piece] for piece in pieces]) for pieces in split]

    async def pieces(self, pieces: Iterable[Piece]) -> dict[Piece, bytes]:
        wanted = set(pieces)
        stored = sorted(piece for piece in wanted if piece[0] >= STORED_LEVEL)
        found = await self._stored(stored)
        missing = [piece for piece in stored if piece not in found]
        if missing:
            level, index = missing[0]
            raise TreeMismatch(f"the stored tree has no node at level {level}, index {index}")
        small = [piece for piece in wanted if piece[0] < STORED_LEVEL]
        seqs = sorted(
            {(index << level) + offset + 1 for level, index in small for offset in range(1 << level)}
        )
        leaves = await self.leaves(seqs)
        for level, index in small:
            first = index << level
            found[(level, index)] = merkle.perfect_root(
                [leaves[seq] for seq in range(first + 1, first + (1 << level) + 1)]
            )
        return found

    async def leaves(self, seqs: Sequence[int]) -> dict[int, bytes]:
        """Leaf hashes by seq (leaf index + 1), from entry_hash: each run of consecutive seqs comes back as
        one joined string (a proof needs about 64 leaves an entry: one row a run, not a row a leaf)."""
        found: dict[int, bytes] = {}
        runs = _runs(sorted(set(seqs)))
        if self._connection.dialect.name == "sqlite":
            joined = (
                "group_concat(entry_hash, '') FROM (SELECT entry_hash FROM consent_ledger "
                "WHERE seq BETWEEN {low} AND {high} ORDER BY seq)"
            )
        else:
            joined = "string_agg(entry_hash, '' ORDER BY seq) FROM consent_ledger WHERE seq BETWEEN {low} AND {high}"
        for start in range(0, len(runs), _RUNS_A_QUERY):
            batch = runs[start : start + _RUNS_A_QUERY]
            result = await self._connection.exec_driver_sql(
                " UNION ALL ".join(
                    f"SELECT {low}, (SELECT {joined.format(low=low, high=high)})" for low, high in batch
                )
            )
            ends = dict(batch)
            for low, hashes in cast(Sequence[tuple[int, str | None]], result.all()):
                raw = bytes.fromhex(hashes or "")
                if len(raw) != (ends[low] - low + 1) * merkle.HASH_SIZE:  # seq is the key: a run is short
                    present = await self._rows(low, ends[low])
                    gone = next(seq for seq in range(low, ends[low] + 1) if seq not in present)
                    raise TreeMismatch(f"entry seq {gone} is missing from the ledger")
                for offset in range(0, len(raw), merkle.HASH_SIZE):
                    found[low + offset // merkle.HASH_SIZE] = raw[offset : offset + merkle.HASH_SIZE]
        return found

    async def _rows(self, low: int, high: int) -> set[int]:
        """The seqs present in [low, high], to name the one a short run is missing."""
        result = await self._connection.exec_driver_sql(
            f"SELECT seq FROM consent_ledger WHERE seq BETWEEN {low} AND {high}"
        )
        return {int(seq) for (seq,) in cast(Sequence[tuple[int]], result.all())}

    async def _stored(self, pieces: Sequence[Piece]) -> dict[Piece, bytes]:
        """Stored nodes, one `level = L AND idx IN (...)` term a level, so each lookup uses the primary key
        (a row-value IN over (level, idx) would scan the table on SQLite)."""
        found: dict[Piece, bytes] = {}
        for start in range(0, len(pieces), _CHUNK):
            by_level: dict[int, list[int]] = {}
            for level, index in pieces[start : start + _CHUNK]:
                by_level.setdefault(level, []).append(index)
            where = " OR ".join(
                f"(level = {level} AND idx IN ({', '.join(map(str, indices))}))"
                for level, indices in by_level.items()
            )
            result = await self._connection.exec_driver_sql(
                f"SELECT level, idx, hash FROM ledger_tree WHERE {where}"
            )
            nodes = cast(Sequence[tuple[int, int, str]], result.all())  # exec_driver_sql rows are untyped
            found.update({(int(level), int(index)): bytes.fromhex(value) for level, index, value in nodes})
        return found

    async def inclusion_proofs(self, indices: Sequence[int], size: int) -> list[list[bytes]]:
        """RFC 9162 inclusion paths for leaf indices in the tree of `size`, all resolved in one batch."""
        paths = [merkle.inclusion_ranges(index, size) for index in indices]
        flat = await self.ranges([r for path in paths for r in path])
        out: list[list[bytes]] = []
        position = 0
        for path in paths:
            out.append(flat[position : position + len(path)])
            position += len(path)
        return out

    async def consistency_proof(self, old_size: int, new_size: int) -> list[bytes]:
        return await self.ranges(merkle.consistency_ranges(old_size, new_size))

    async def check_extension(self, old_size: int, old_root: bytes | None, new_size: int) -> bytes:
        """The root at `new_size`, derived again from the entries since `old_size`, whose root a trusted
        checkpoint signed (`old_root`; None when there is none and the whole tree is derived again).

        Before a checkpoint is signed: the stored nodes of [0, old_size) must fold to the signed old root,
        and every node since must be what the entries hash to; TreeMismatch names the first that is not.
        """
        frontier = await self.frontier(old_size) if old_root is not None else []
        start = old_size if old_root is not None else 0
        if old_root is not None and merkle.fold(frontier) != old_root:
            raise TreeMismatch(f"the stored tree at size {old_size} no longer folds to the root signed there")
        nodes: list[TreeNode] = []
        position = start
        for first in range(start, new_size, 20_000):
            last = min(new_size, first + 20_000)
            leaves = await self.leaves(list(range(first + 1, last + 1)))
            position = extend(frontier, position, (leaves[seq] for seq in range(first + 1, last + 1)), nodes)
        stored = await self._stored([(level, index) for level, index, _ in nodes])
        for level, index, value in nodes:
            if stored.get((level, index)) != bytes.fromhex(value):
                raise TreeMismatch(
                    f"the stored tree node at level {level}, index {index} is not the hash of its entries"
                )
        return merkle.fold(frontier)
