"""Offset maps: every character of a rewritten text points back to the original.

A rewrite is described by *edits*: ``(start, end, replacement)`` triples over the
input text, non-overlapping and sorted.  :class:`OffsetMap` stores only the
anchor points where the two texts stop running in step (monotonic arrays plus
``bisect``), so mapping costs ``O(log edits)`` and memory grows with the number
of edits, not with the length of the text.

>>> m = OffsetMap.from_edits(len("認(rèn)真"), [(1, 6, "")])
>>> m.span(0, 2)
(0, 7)
>>> rewrite("認(rèn)真", [(1, 6, "")])[0]
'認真'
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Edit = tuple[int, int, str]


@dataclass(frozen=True)
class OffsetMap:
    """Map offsets of a rewritten text back to the text it was made from.

    ``new_starts[k]``/``old_starts[k]`` open segment *k*; ``copied[k]`` says
    whether the segment runs 1:1 (copied text) or is a replacement whose every
    character maps to the whole replaced span.
    """

    new_starts: tuple[int, ...] = (0,)
    old_starts: tuple[int, ...] = (0,)
    copied: tuple[bool, ...] = (True,)
    new_len: int = 0
    old_len: int = 0

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls((0,), (0,), (True,), length, length)

    @classmethod
    def from_edits(cls, old_len: int, edits: Iterable[Edit]) -> OffsetMap:
        """Build the map for ``edits`` (sorted, non-overlapping) over a text of ``old_len``."""
        new_starts: list[int] = []
        old_starts: list[int] = []
        copied: list[bool] = []
        old_pos = new_pos = 0
        for start, end, repl in edits:
            if start > old_pos:
                new_starts.append(new_pos)
                old_starts.append(old_pos)
                copied.append(True)
                new_pos += start - old_pos
            new_starts.append(new_pos)
            old_starts.append(start)
            copied.append(False)
            new_pos += len(repl)
            old_pos = end
        if old_pos < old_len or not new_starts:
            new_starts.append(new_pos)
            old_starts.append(old_pos)
            copied.append(True)
            new_pos += old_len - old_pos
        return cls(tuple(new_starts), tuple(old_starts), tuple(copied), new_pos, old_len)

    def _segment(self, i: int) -> int:
        return max(0, bisect_right(self.new_starts, i) - 1)

    def _old_end(self, k: int) -> int:
        return self.old_starts[k + 1] if k + 1 < len(self.old_starts) else self.old_len

    def start(self, i: int) -> int:
        """Original offset where new character ``i`` begins."""
        i = min(max(i, 0), self.new_len)
        k = self._segment(i)
        if self.copied[k]:
            return min(self.old_starts[k] + i - self.new_starts[k], self._old_end(k))
        return self.old_starts[k]

    def end(self, i: int) -> int:
        """Original offset where a span ending (exclusive) at new offset ``i`` ends."""
        i = min(max(i, 0), self.new_len)
        if i == 0:
            return self.start(0)
        k = self._segment(i - 1)
        if self.copied[k]:
            return min(self.old_starts[k] + i - self.new_starts[k], self._old_end(k))
        return self._old_end(k)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open span ``[start, end)`` of the new text to the original."""
        if end <= start:
            s = self.start(start)
            return s, s
        return self.start(start), self.end(end)

    def to_new(self, old: int) -> int:
        """Offset in the new text for original offset ``old`` (first new char at or after it)."""
        old = min(max(old, 0), self.old_len)
        k = max(0, bisect_right(self.old_starts, old) - 1)
        if self.copied[k]:
            return min(self.new_starts[k] + old - self.old_starts[k], self.new_len)
        if old == self.old_starts[k]:
            return self.new_starts[k]
        nxt = self.new_starts[k + 1] if k + 1 < len(self.new_starts) else self.new_len
        return nxt

    def then(self, later: OffsetMap | ChainedOffsetMap) -> ChainedOffsetMap:
        """Compose: ``later`` maps a text made from this map's new text."""
        return ChainedOffsetMap((later, self))


@dataclass(frozen=True)
class ChainedOffsetMap:
    """Several maps applied one after another (newest first)."""

    maps: tuple[OffsetMap | ChainedOffsetMap, ...] = field(default_factory=tuple)

    def span(self, start: int, end: int) -> tuple[int, int]:
        for m in self.maps:
            start, end = m.span(start, end)
        return start, end

    def start(self, i: int) -> int:
        return self.span(i, i + 1)[0]

    def end(self, i: int) -> int:
        return self.span(max(i - 1, 0), i)[1]

    def to_new(self, old: int) -> int:
        for m in reversed(self.maps):
            old = m.to_new(old)
        return old

    def then(self, later: OffsetMap | ChainedOffsetMap) -> ChainedOffsetMap:
        return ChainedOffsetMap((later, *self.maps))


AnyMap = OffsetMap | ChainedOffsetMap


def rewrite(text: str, edits: Sequence[Edit]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping ``edits`` to ``text``; return new text and its map.

    >>> rewrite("一,、二", [(1, 3, "、")])[0]
    '一、二'
    """
    parts: list[str] = []
    pos = 0
    for start, end, repl in edits:
        parts.append(text[pos:start])
        parts.append(repl)
        pos = end
    parts.append(text[pos:])
    return "".join(parts), OffsetMap.from_edits(len(text), edits)


@dataclass(frozen=True)
class NormalizedText:
    """Normalised text, the original it came from, and the map between them.

    >>> nt = NormalizedText.unchanged("共353项")
    >>> nt.original_span(1, 4)
    (1, 4)
    """

    text: str
    original: str
    offsets: AnyMap
    script: str = "simplified"

    @classmethod
    def unchanged(cls, text: str) -> NormalizedText:
        return cls(text, text, OffsetMap.identity(len(text)))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of ``self.text[start:end]``."""
        return self.offsets.span(start, end)

    def normalized_offset(self, original_offset: int) -> int:
        """Offset in ``self.text`` for an offset of the original text."""
        return self.offsets.to_new(original_offset)

    def original_slice(self, start: int, end: int) -> str:
        s, e = self.original_span(start, end)
        return self.original[s:e]

    def __len__(self) -> int:
        return len(self.text)
