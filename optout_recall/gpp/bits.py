"""The GPP string's bit-level encodings: its base64url alphabet, fixed-width integers and Fibonacci codes.

Each section of a GPP string is a sequence of 6-bit characters from the URL-safe alphabet of RFC 4648 §5,
read most significant bit first, with zero padding at the end; the header's section list is a Range
(Fibonacci): a 12-bit count, then per item a group bit and Fibonacci-coded offsets from the last ID seen.
"""

from __future__ import annotations

BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_VALUE = {character: value for value, character in enumerate(BASE64URL)}


class GppError(ValueError):
    """A GPP string that cannot be decoded; str() is one line saying where and why."""


class BitReader:
    """The bits of one base64url-encoded segment, read front to back; running out is a GppError naming `what`."""

    def __init__(self, text: str, what: str) -> None:
        if not text:
            raise GppError(f"{what} is empty")
        bad = next((character for character in text if character not in _VALUE), None)
        if bad is not None:
            raise GppError(f"{what} has {bad!r}, which is not in the base64url alphabet (A-Z a-z 0-9 - _)")
        self.what = what
        self.bits = "".join(format(_VALUE[character], "06b") for character in text)
        self.position = 0

    @property
    def remaining(self) -> int:
        return len(self.bits) - self.position

    def integer(self, width: int, field: str) -> int:
        if self.remaining < width:
            raise GppError(
                f"{self.what} ends inside {field}: it needs {width} bits at bit {self.position}, "
                f"{self.remaining} are left"
            )
        value = int(self.bits[self.position : self.position + width], 2)
        self.position += width
        return value

    def boolean(self, field: str) -> bool:
        return self.integer(1, field) == 1

    def fibonacci(self, field: str) -> int:
        """One Fibonacci code word: bit i stands for F(i+2) (1, 2, 3, 5, ...), and `11` ends the word."""
        start = self.position
        total, previous, low, high = 0, "0", 1, 2
        while self.position < len(self.bits):
            bit = self.bits[self.position]
            self.position += 1
            if bit == "1" and previous == "1":
                return total
            if bit == "1":
                total += low
            previous = bit
            low, high = high, low + high
        raise GppError(
            f"{self.what} ends inside {field}: the Fibonacci code from bit {start} never ends in 11"
        )

    def fibonacci_range(self, field: str) -> list[int]:
        """Range (Fibonacci): sorted IDs, each single item or group an offset from the last ID seen."""
        count = self.integer(12, f"{field} (count)")
        ids: list[int] = []
        last = 0
        for item in range(1, count + 1):
            if self.boolean(f"{field} (item {item} type)"):
                first = last + self.fibonacci(f"{field} (item {item} start)")
                last = first + self.fibonacci(f"{field} (item {item} length)")
                ids.extend(range(first, last + 1))
            else:
                last += self.fibonacci(f"{field} (item {item})")
                ids.append(last)
        return ids
