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
_CHUNK = 2_000  # stored nodes of one level a term: a subject's 50 proofs need about 50 a level
_RUNS_A_QUERY = 400  # terms a statement: SQLite takes at most 500 in a compound SELECT

# A perfect subtree: (level, index), covering leaves [index << level, (index + 1) << level); inside a read,
# the int index << _LEVEL_BITS | level. SQLite's queries below hold integers this module computed, written
# into the SQL as literals; PostgreSQL's take them as array parameters.
Piece = tuple[int, int]
_LEVEL_BITS = 6  # levels 0..63
_LEVEL_MASK = (1 << _LEVEL_BITS) - 1
# PostgreSQL's read of nodes and leaf runs (see TreeReader._read): the wanted (level, idx) pairs joined to the
# primary key, a level's nodes aggregated in one row; each run's leaves aggregated in seq order.
_PG_READ = (
    "SELECT t.level, string_agg(t.idx::text, ','), string_agg(t.hash, '') FROM ledger_tree t "
    "JOIN unnest(%s::smallint[], %s::bigint[]) AS w(level, idx) ON t.level = w.level AND t.idx = w.idx "
    "GROUP BY t.level "
    "UNION ALL SELECT -1, r.low::text, (SELECT string_agg(entry_hash, '' ORDER BY seq) FROM consent_ledger "
    "WHERE seq BETWEEN r.low AND r.high) FROM unnest(%s::bigint[], %s::bigint[]) AS r(low, high)"
)
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


def _block_levels(leaves: Sequence[bytes]) -> list[list[bytes]]:
    """The nodes below STORED_LEVEL of one block of 2**STORED_LEVEL leaves (its first `len(leaves)`), level
    by level: 62 hashes serve every proof through the block."""
    node_prefix = merkle.NODE_PREFIX
    levels = [list(leaves)]
    for _ in range(1, STORED_LEVEL):
        below = levels[-1]
        levels.append(
            [sha256(node_prefix + below[i] + below[i + 1]).digest() for i in range(0, len(below) - 1, 2)]
        )
    return levels


def _pg_array(values: Iterable[int]) -> str:
    """Integers as a PostgreSQL array literal, cast in the query: psycopg's own list dumper, element by
    element, took longer than the statement for a subject's 700 nodes."""
    return "{" + ",".join(map(str, values)) + "}"


def _strict_hex(joined: str) -> bytes | None:
    """Lowercase hex as written, or None: bytes.fromhex alone also skips whitespace and reads upper case, so a
    hash padded or upper-cased (the same bytes, another stored value) would read as the one written."""
    try:
        raw = bytes.fromhex(joined)
    except ValueError:
        return None
    return raw if raw.hex() == joined else None


def _hex(joined: str, count: int, what: str) -> bytes:
    """`count` SHA-256 hashes, joined in hex; TreeMismatch if they are not."""
    raw = _strict_hex(joined)
    if raw is None or len(raw) != count * merkle.HASH_SIZE:
        raise TreeMismatch(f"{what} is not a SHA-256 hash in lowercase hex (tree nodes rewritten)")
    return raw


def _range_keys(ranges: Iterable[merkle.LeafRange], keys: list[int], ends: list[int]) -> int:
    """Each range's perfect pieces onto `keys` (as ints), its end offset onto `ends`; the ranges added."""
    count = 0
    for start, end in ranges:
        for level, index in merkle.perfect_pieces(start, end):
            keys.append(index << _LEVEL_BITS | level)
        ends.append(len(keys))
        count += 1
    return count


def _inclusion_keys(index: int, size: int, keys: list[int], ends: list[int]) -> int:
    """PATH(index, D[0:size]) (RFC 9162 §2.1.3.1) onto `keys`/`ends` as `_range_keys` would put
    merkle.inclusion_ranges's ranges, computed bottom-up on the aligned tree: at each level the sibling of
    the leaf's ancestor, skipped where it starts past the tree (the ancestor is promoted), cut at `size`
    on the right edge. The same ranges, without building them (tests hold the two equal)."""
    if not 0 <= index < size:
        raise merkle.ProofError(f"leaf index {index} is not in a tree of size {size}")
    count = 0
    level = 0
    while (1 << level) < size:
        sibling = (index >> level) ^ 1
        start = sibling << level
        if start < size:
            if start + (1 << level) <= size:
                keys.append(sibling << _LEVEL_BITS | level)
            else:
                for piece_level, piece_index in merkle.perfect_pieces(start, size):
                    keys.append(piece_index << _LEVEL_BITS | piece_level)
            ends.append(len(keys))
            count += 1
        level += 1
    return count


class TreeReader:
    """Resolves subtree hashes for one connection, batching the reads each call needs."""

    def __init__(self, connection: AsyncConnection) -> None:
        self._connection = connection
        self._jit_off = connection.dialect.name != "postgresql"

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

    async def ranges(self, ranges: Iterable[merkle.LeafRange]) -> list[bytes]:
        """The MTH of each [start, end) a proof names."""
        keys: list[int] = []
        ends: list[int] = []
        _range_keys(ranges, keys, ends)
        return await self._folded(keys, ends)

    async def _folded(self, keys: list[int], ends: list[int]) -> list[bytes]:
        """Each range's MTH: the right fold of its pieces, keys[previous end:end]."""
        hashes = await self._hashes(keys)
        out = []
        begin = 0
        for end in ends:
            if end - begin == 1:  # a perfect subtree: most of a proof's ranges
                out.append(hashes[keys[begin]])
            else:
                out.append(merkle.fold([hashes[key] for key in keys[begin:end]]))
            begin = end
        return out

    async def pieces(self, pieces: Iterable[Piece]) -> dict[Piece, bytes]:
        """The hash of each perfect subtree (level, index)."""
        wanted = set(pieces)
        hashes = await self._hashes([index << _LEVEL_BITS | level for level, index in wanted])
        return {(level, index): hashes[index << _LEVEL_BITS | level] for level, index in wanted}

    async def _hashes(self, keys: Iterable[int]) -> dict[int, bytes]:
        """The hash of each perfect subtree by key (index << _LEVEL_BITS | level), read in one statement (or
        a few, for thousands of them): the stored nodes by primary key, and for the levels below
        STORED_LEVEL each 64-leaf block they fall in as one joined run of leaf hashes, hashed up once
        however many of its pieces are wanted.

        Keys are ints, not (level, index) tuples: a subject's proofs hold a thousand of them at once, and
        tuples are objects the garbage collector tracks (each collection pass that runs during a proof adds
        to the next full collection, which takes 50-150 ms in a process that has imported SQLAlchemy)."""
        wanted = set(keys)
        stored = sorted(key for key in wanted if key & _LEVEL_MASK >= STORED_LEVEL)
        blocks: dict[int, list[int]] = {}  # the pieces below STORED_LEVEL, by the block they fall in
        for key in wanted:
            level = key & _LEVEL_MASK
            if level < STORED_LEVEL:
                blocks.setdefault(key >> (_LEVEL_BITS + STORED_LEVEL - level), []).append(key)
        runs = []  # each block's leaves, up to the last one a piece needs (the tree's last block may be partial)
        ordered = sorted(blocks)
        for block in ordered:
            last = max(((key >> _LEVEL_BITS) + 1) << (key & _LEVEL_MASK) for key in blocks[block])
            runs.append(((block << STORED_LEVEL) + 1, last))
        found, leaves = await self._read(stored, runs)
        for key in stored:
            if key not in found:
                level, index = key & _LEVEL_MASK, key >> _LEVEL_BITS
                raise TreeMismatch(f"the stored tree has no node at level {level}, index {index}")
        size = merkle.HASH_SIZE
        for block, (low, _) in zip(ordered, runs, strict=True):
            raw = leaves[low]
            levels = _block_levels([raw[offset : offset + size] for offset in range(0, len(raw), size)])
            for key in blocks[block]:
                level = key & _LEVEL_MASK
                found[key] = levels[level][(key >> _LEVEL_BITS) - (block << (STORED_LEVEL - level))]
        return found

    async def _read(
        self, nodes: Sequence[int], runs: Sequence[tuple[int, int]]
    ) -> tuple[dict[int, bytes], dict[int, bytes]]:
        """Stored nodes and runs of leaf hashes, read together. Each row is joined strings: a level's nodes
        as (level, their idx, their hashes), a run [low, high] as (-1, low, its leaf hashes); so a
        subject's proofs come back as some 70 rows, not 3,000."""
        found: dict[int, bytes] = {}
        joined: dict[int, str | None] = {}
        size = merkle.HASH_SIZE
        for level, first, hashes in await self._joined_rows(nodes, runs):
            if level < 0:
                joined[int(cast(str, first))] = hashes
            elif first is not None and hashes is not None:  # None: no node of the level is stored
                indices = first.split(",")
                raw = _hex(hashes, len(indices), f"a stored tree node at level {level}")
                if len(set(indices)) != len(
                    indices
                ):  # the primary key dropped: whichever came last would win
                    twice = next(index for index in indices if indices.count(index) > 1)
                    raise TreeMismatch(
                        f"the stored tree has two stored nodes at level {level}, index {twice} (tree nodes rewritten)"
                    )
                for number, index in enumerate(indices):
                    found[int(index) << _LEVEL_BITS | level] = raw[number * size : (number + 1) * size]
        leaves = {low: await self._unpacked(low, high, joined[low]) for low, high in runs}
        return found, leaves

    async def _joined_rows(
        self, nodes: Sequence[int], runs: Sequence[tuple[int, int]]
    ) -> list[tuple[int, str | None, str | None]]:
        if not nodes and not runs:
            return []
        if self._connection.dialect.name == "sqlite":  # one UNION ALL of literal terms a batch
            terms = self._node_terms(nodes) + [self._run_term(low, high) for low, high in runs]
            rows: list[tuple[int, str | None, str | None]] = []
            for start in range(0, len(terms), _RUNS_A_QUERY):
                result = await self._connection.exec_driver_sql(
                    " UNION ALL ".join(terms[start : start + _RUNS_A_QUERY])
                )
                rows += cast(Sequence[tuple[int, str | None, str | None]], result.all())
            return rows
        if not self._jit_off:
            # PostgreSQL prices these index lookups at thousands until the tables are analyzed (as after a
            # bulk import), so a subject's read passed jit_above_cost and compiling it took 110 ms of a
            # 115 ms statement: it reads a few hundred buffers, JIT never pays.
            await self._connection.exec_driver_sql("SET LOCAL jit = off")
            self._jit_off = True
        # One statement over arrays, whatever the count: the literal UNION ALL took 2.4 ms to plan and 4.1 to
        # run for a 15-entry subject at 3M, this 0.4 and 2.4.
        result = await self._connection.exec_driver_sql(
            _PG_READ,
            (
                _pg_array(key & _LEVEL_MASK for key in nodes),
                _pg_array(key >> _LEVEL_BITS for key in nodes),
                _pg_array(low for low, _ in runs),
                _pg_array(high for _, high in runs),
            ),
        )
        return list(cast(Sequence[tuple[int, str | None, str | None]], result.all()))

    @staticmethod
    def _node_terms(keys: Sequence[int]) -> list[str]:
        """SQLite: one `level = L AND idx IN (...)` term a level (a chunk of one, for thousands), so each
        lookup is a search of the primary key: a row-value IN over (level, idx) would scan the table, and an
        OR of the levels, planned as a multi-index OR, takes longer than their UNION ALL. Both aggregates
        of a term see its rows in the same order, so the n-th idx goes with the n-th hash."""
        by_level: dict[int, list[int]] = {}
        for key in keys:
            by_level.setdefault(key & _LEVEL_MASK, []).append(key >> _LEVEL_BITS)
        return [
            f"SELECT {level}, group_concat(idx, ','), group_concat(hash, '') FROM ledger_tree "
            f"WHERE level = {level} AND idx IN ({', '.join(map(str, indices[start : start + _CHUNK]))})"
            for level, indices in sorted(by_level.items())
            for start in range(0, len(indices), _CHUNK)
        ]

    @staticmethod
    def _run_term(low: int, high: int) -> str:
        return (
            f"SELECT -1, '{low}', (SELECT group_concat(entry_hash, '') FROM (SELECT entry_hash "
            f"FROM consent_ledger WHERE seq BETWEEN {low} AND {high} ORDER BY seq))"
        )

    async def _unpacked(self, low: int, high: int, hashes: str | None) -> bytes:
        """A run's joined hex as bytes; TreeMismatch naming the seq gone when it is short (seq is the key: a
        missing row shortens its run, and must not shift its neighbours)."""
        raw = _strict_hex(hashes or "") or b""  # b"": an entry_hash rewritten to something that is not hex
        if len(raw) != (high - low + 1) * merkle.HASH_SIZE:
            present = await self._rows(low, high)
            gone = next((seq for seq in range(low, high + 1) if seq not in present), None)
            if gone is None:
                raise TreeMismatch(
                    f"an entry_hash of seq {low} to {high} is not a SHA-256 hash in lowercase hex"
                )
            raise TreeMismatch(f"entry seq {gone} is missing from the ledger")
        return raw

    async def leaves(self, seqs: Sequence[int]) -> dict[int, bytes]:
        """Leaf hashes by seq (leaf index + 1), from entry_hash, each run of consecutive seqs read as one
        joined string."""
        _, joined = await self._read([], _runs(sorted(set(seqs))))
        size = merkle.HASH_SIZE
        return {
            low + offset // size: raw[offset : offset + size]
            for low, raw in joined.items()
            for offset in range(0, len(raw), size)
        }

    async def _rows(self, low: int, high: int) -> set[int]:
        """The seqs present in [low, high], to name the one a short run is missing."""
        result = await self._connection.exec_driver_sql(
            f"SELECT seq FROM consent_ledger WHERE seq BETWEEN {low} AND {high}"
        )
        return {int(seq) for (seq,) in cast(Sequence[tuple[int]], result.all())}

    async def _stored(self, pieces: Sequence[Piece]) -> dict[Piece, bytes]:
        found, _ = await self._read([index << _LEVEL_BITS | level for level, index in pieces], [])
        return {(key & _LEVEL_MASK, key >> _LEVEL_BITS): value for key, value in found.items()}

    async def inclusion_proofs(self, indices: Sequence[int], size: int) -> list[list[bytes]]:
        """RFC 9162 inclusion paths for leaf indices in the tree of `size`, all resolved in one batch."""
        keys: list[int] = []
        ends: list[int] = []
        lengths = []
        for index in indices:
            lengths.append(_inclusion_keys(index, size, keys, ends))
        flat = await self._folded(keys, ends)
        out: list[list[bytes]] = []
        position = 0
        for length in lengths:
            out.append(flat[position : position + length])
            position += length
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
