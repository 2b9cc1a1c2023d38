"""Where sentences and words lie in a text read without a parse, and spans asked whether a range overlaps them."""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable

_SENTENCE_MARKS = (". ", "; ", "\n")


def sentence_around(text: str, at: int) -> tuple[int, int]:
    """Bounds of the sentence (or clause after a semicolon) holding character `at`, told by full stops, semicolons
    and line breaks (no parse: this runs on text); a full stop before a word in lower case ends an abbreviation, not
    a sentence ("Ferdinand Marcos Jr. promised", "U.S. officials")."""
    starts = [found + len(mark) for mark in _SENTENCE_MARKS if (found := _last_mark(text, mark, at)) >= 0]
    ends = [i for i in (_next_mark(text, mark, at) for mark in _SENTENCE_MARKS) if i >= 0]
    return max([0, *starts]), min(ends) if ends else len(text)


def _ends_a_sentence(text: str, mark: str, found: int) -> bool:
    """The `mark` at `found` ends a sentence: any but a full stop before a word in lower case."""
    return mark != ". " or not text[found + 2:found + 3].islower()


def _last_mark(text: str, mark: str, at: int) -> int:
    """Where the last `mark` before `at` that ends a sentence starts; -1 when none does."""
    found = text.rfind(mark, 0, at)
    while found >= 0 and not _ends_a_sentence(text, mark, found):
        found = text.rfind(mark, 0, found)
    return found


def _next_mark(text: str, mark: str, at: int) -> int:
    """Where the first `mark` from `at` that ends a sentence starts; -1 when none does."""
    found = text.find(mark, at)
    while found >= 0 and not _ends_a_sentence(text, mark, found):
        found = text.find(mark, found + 1)
    return found


def sentences_beside(text: str, at: int) -> tuple[int, int]:
    """Bounds of the sentence holding character `at` with the one before it and the one after it."""
    start, end = sentence_around(text, at)
    return sentence_around(text, max(0, start - 2))[0], sentence_around(text, min(len(text), end + 2))[1]


class Spans:
    """Character ranges that do not overlap one another, asked whether a range overlaps any of them in log time
    (a text of 20,000 amounts asked each of its numbers about each amount: 45 s)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]

    def overlap(self, start: int, end: int) -> bool:
        # Of ranges that do not overlap, the last to start before `end` is the only one that can reach past `start`.
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.spans[i][1] > start

    def inside_after_start(self, start: int, end: int) -> bool:
        """The range lies within one of the ranges, not at its start."""
        i = bisect.bisect_left(self.starts, start) - 1
        return i >= 0 and self.spans[i][1] >= end


def word_before(text: str, start: int) -> str:
    match = re.search(r"([#\w.']+)[\s,]*$", text[max(0, start - 30):start])
    return match.group(1).lower().rstrip(",") if match else ""


def word_after(text: str, end: int) -> str:
    match = re.match(r"[\s-]*([\w.']+)", text[end:end + 30])
    return match.group(1).lower().rstrip(".") if match else ""


# A list item's number, opening its line or written inline after a sentence's end, before the item's capital: "1." of
# "Top 5 takeaways:\n1. Inflation fell to 2.3%.", of "... debate. 1. Biden's age was on the ballot. ... 2. Trump".
_LIST_NUMBER = re.compile(r"(?:^|(?<=[.!?:][\"”’']) |(?<=[.!?:]) )[ \t]*(?P<n>[1-9]\d?)[.)][ \t]+(?=[\"“‘']?[A-Z])",
                          re.MULTILINE)


def is_list_number(text: str, start: int, end: int) -> bool:
    """`text[start:end]` numbers a list's item, the item before it or after it in the text numbered so too (a lone
    "No. 1. The Spaniard ..." numbers no item)."""
    numbers = _list_numbers(text)
    value = numbers.get(start)
    return value is not None and end == start + len(str(value)) \
        and (value + 1 in numbers.values() or value - 1 in numbers.values())


@functools.lru_cache(maxsize=4)
def _list_numbers(text: str) -> dict[int, int]:
    """Where each number shaped as a list item's starts, and its value."""
    return {match.start("n"): int(match["n"]) for match in _LIST_NUMBER.finditer(text)}
