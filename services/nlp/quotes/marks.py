"""Quotation marks and the stretches they quote (`find_quote_spans`, found once per document by
`quote_spans_of`), and the lines of a text (`line_bounds`)."""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from services.nlp.doctext import text_of

_DOUBLE_MARKS = frozenset('"“”„«»')
_SINGLE_MARKS = frozenset("'‘’‚‹›")
QUOTE_MARKS = _DOUBLE_MARKS | _SINGLE_MARKS
# A quotation mark, two apostrophes first (written for a double mark).
_MARK_RE = re.compile("''|[" + re.escape("".join(sorted(QUOTE_MARKS))) + "]")
# Characters after which a mark opens a quote, and before which a mark closes one.
_OPENERS_BEFORE = frozenset("([{—–-/")
_CLOSERS_AFTER = frozenset(".,;:!?)]}—–-/…")
SENTENCE_END = frozenset(".!?")
_ELISIONS = frozenset({"s", "re", "ll", "ve", "d", "m", "t", "em", "n", "til", "cause", "tis"})


@dataclass
class _Mark:
    pos: int
    size: int  # 2 for a doubled apostrophe used as a double mark: ''quote''
    double: bool
    straight: bool
    role: str  # "open", "close" or "either"


@dataclass
class _Open:
    mark: _Mark
    inner: list[tuple[int, int]]  # quotes closed inside this one
    # Stack index of the topmost open double and single quote at or below this one: closing a quote finds its
    # opening in constant time (a scan of the stack made a text of thousands of marks take minutes).
    last_of_kind: dict[bool, int | None]


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _is_elision(text: str, i: int) -> bool:
    """An apostrophe that starts a word: ’90s, ’em, rock ’n’ roll, or a clitic split off by a
    tokenizer ("you 're", "it 's")."""
    if text[i : i + 2].isdigit():
        return True
    word = ""
    while i < len(text) and text[i].isalpha() and len(word) < 4:
        word += text[i]
        i += 1
    return word.lower() in _ELISIONS and (i >= len(text) or not text[i].isalpha())


def _classify(text: str, i: int, size: int) -> str | None:
    """Role of the quotation mark at `i` from its neighbours; None when it is an apostrophe."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + size] if i + size < len(text) else ""
    double = size == 2 or ch in _DOUBLE_MARKS
    left = not _is_space(nxt) and (_is_space(prev) or prev in _OPENERS_BEFORE or prev in QUOTE_MARKS)
    right = not _is_space(prev) and (_is_space(nxt) or nxt in _CLOSERS_AFTER or nxt in QUOTE_MARKS)
    if prev == "=" and double:
        return None  # an attribute value in left-over markup: <tweet author="...">
    if left and not right:
        if not double and _is_elision(text, i + 1):
            return None
        return "open"
    if right and not left:
        return "close"
    if not double:
        # Between letters (don’t, Germany’s) or with space on both sides: not a quote mark.
        return None
    if ch in "“„«":
        return "open"
    if ch in "”»":
        return "close"
    return "either"


def _line_marks(text: str, start: int, end: int) -> list[_Mark]:
    """Quotation marks of text[start:end] with their roles; apostrophes left out."""
    marks = []
    # A doubled apostrophe is one mark, which may end just past `end`.
    for found in _MARK_RE.finditer(text, start, end + 1):
        i, size = found.start(), len(found.group())
        if i >= end:
            break
        ch = text[i]
        role = _classify(text, i, size)
        double = size == 2 or ch in _DOUBLE_MARKS
        if i == start and double:
            role = "open"  # a paragraph starting with a mark starts a quote
        if role is not None:
            marks.append(_Mark(i, size, double, ch in "\"'", role))
    return marks


def _drop_plural_possessives(text: str, lines: list[tuple[int, list[_Mark]]]) -> None:
    """Drop closing single marks that read as plural possessives ("the teachers’ union") when the
    next single mark closes too, or reopens the quote at the start of a paragraph."""
    singles = [(m, line_start) for line_start, marks in lines for m in marks if not m.double]
    dropped = set()
    for k, (mark, _) in enumerate(singles):
        nxt = singles[k + 1] if k + 1 < len(singles) else None
        possessive = (
            mark.role == "close"
            and text[mark.pos - 1 : mark.pos] == "s"
            and text[mark.pos + 1 : mark.pos + 2] == " "
            and text[mark.pos + 2 : mark.pos + 3].islower()
        )
        if possessive and nxt is not None and (nxt[0].role == "close" or nxt[0].pos == nxt[1]):
            dropped.add(mark.pos)
    for _, marks in lines:
        marks[:] = [m for m in marks if m.pos not in dropped]


def _pair_line(marks: list[_Mark], stack: list[_Open]) -> list[tuple[int, int]]:
    """Close top-level quotes of one line; `stack` holds the quotes still open (it is updated)."""
    spans = []
    for mark in marks:
        k = stack[-1].last_of_kind[mark.double] if stack else None  # the innermost open quote of its kind
        closes = mark.role == "close" or (mark.role == "either" and k is not None)
        if not closes:
            below = stack[-1].last_of_kind if stack else {True: None, False: None}
            stack.append(_Open(mark, [], {**below, mark.double: len(stack)}))
            continue
        if k is None:
            continue  # a stray closing mark, or a closing single quote that is an apostrophe
        span = (stack[k].mark.pos, mark.pos + mark.size)
        del stack[k:]  # inner marks left open were apostrophes
        (stack[-1].inner if stack else spans).append(span)
    return spans


def _continues(stack: list[_Open], next_marks: list[_Mark] | None, line_start: int) -> bool:
    """True when the next paragraph reopens the open outer quote with the same kind of mark."""
    if not stack or not next_marks:
        return False
    first, outer = next_marks[0], stack[0].mark
    return (
        first.pos == line_start
        and first.role == "open"
        and first.double == outer.double
        and first.straight == outer.straight
    )


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every top-level quoted stretch, marks included, in text order."""
    lines, start = [], 0
    for line in text.split("\n"):
        stripped = len(line) - len(line.lstrip())
        if line.strip():
            lines.append((start + stripped, _line_marks(text, start + stripped, start + len(line))))
        start += len(line) + 1
    _drop_plural_possessives(text, lines)
    spans: list[tuple[int, int]] = []
    stack: list[_Open] = []
    for k, (_line_start, marks) in enumerate(lines):
        spans += _pair_line(marks, stack)
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if nxt is not None and _continues(stack, nxt[1], nxt[0]):
            # News style: the quote goes on in the next paragraph, which repeats the opening mark.
            for opened in stack[1:]:
                stack[0].inner.extend(opened.inner)
            del stack[1:]
            del nxt[1][0]
            continue
        # Quotes never closed were not quotes (or are broken): keep what was quoted inside them.
        for opened in stack:
            spans.extend(opened.inner)
        stack.clear()
    return sorted(spans)


def quote_spans_of(doc: Doc) -> list[tuple[int, int]]:
    """`find_quote_spans` of the document's text, found once per document: the quotes and the summary both read them."""
    spans = doc.user_data.get(_QUOTE_SPANS)
    if spans is None:
        spans = doc.user_data[_QUOTE_SPANS] = find_quote_spans(text_of(doc))
    return list(spans)


_QUOTE_SPANS = "newswire.quote_spans"


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the line holding `pos`, found in the text's line breaks in log time (a search of the text
    itself is as long as the line, and a line may hold thousands of quotes)."""
    breaks = _line_breaks(text)
    i = bisect.bisect_left(breaks, pos)
    return (breaks[i - 1] + 1 if i else 0), (breaks[i] if i < len(breaks) else len(text))


@functools.lru_cache(maxsize=4)
def _line_breaks(text: str) -> list[int]:
    """Offsets of the text's "\n" (the text being worked on is asked again and again; a str keeps its hash)."""
    return [match.start() for match in _NEWLINE.finditer(text)]


_NEWLINE = re.compile("\n")
