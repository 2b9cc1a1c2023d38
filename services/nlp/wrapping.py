"""Hard-wrapped text (e-mail, wire feeds: line breaks inside sentences at a fixed width) read as running text.

The model reads a line break as a boundary: in "Thomas\\nSchaefer" it found two people, in 'spoke in Glasgow. "We
are\\nconfident ..." Murphy said.' no quote. A break is a wrap when the line before it is full, as a wrapping tool
fills it: the next line's first word would not have fitted after it within the width (the longest line that a
lower-case word goes on from). The text counts as wrapped only when its lines are no longer than a wrap width, such
full breaks are most of its single line breaks and most of those inside a sentence go on in lower case; a headline,
a byline, a list item, a poem's line or a table's row is not full, or not followed by more of its sentence, and
keeps its break.
"""
from __future__ import annotations

import re

# Widths a wrapping tool fills lines to: e-mail's 72 to 78, wire feeds' 69, `textwrap`'s 70.
MIN_WIDTH = 40
MAX_WIDTH = 100
# Share of a text's single line breaks that must be full for the text to count as wrapped (the rest end paragraphs:
# a wire story's paragraphs of one or two sentences fill two lines or three).
WRAPPED_SHARE = 0.5
# Full lines ending inside a sentence a wrapped text has at least: running text, not a table's rows.
MIN_WRAPS = 2
# Share of those that the next line goes on from in lower case, at least (most of prose's words are).
LOWER_CASE_SHARE = 0.3
# How much longer than the longest line a lower-case word goes on from a wrapped line may be (a wrap before a name).
WIDTH_SLACK = 8
# A line ending in one of these introduces what follows on the next line ('said:'), or ends a list's head.
_INTRODUCES = (":",)
# A line opening a list item: "- ", "* ", "• ", "1. ", "2) ".
_LIST_ITEM = re.compile(r"\s*(?:[-*•–—]\s|\d{1,2}[.)]\s)")
# The next line's first word as a wrapping tool sees it: up to a space or tab (a no-break space joins words).
_FIRST_WORD = re.compile(r"[^ \t]*")
# What ends a sentence or a list item at a line's end.
_SENTENCE_END = ".!?;\"”’)"


def unwrapped(text: str) -> str:
    """The text with each line break inside a hard-wrapped paragraph made a space, at the same length; the text
    itself when it is not hard-wrapped."""
    breaks = _single_breaks(text)
    # The width is near the longest line that a lower-case word goes on from, a wrap for sure: a headline or a
    # standfirst over the body, often the longest line, sets no width; a first line longer than those, before a
    # capital, is such a headline, no wrap.
    continued = [len(line.rstrip()) for _, _, line, after in breaks if after[:1].islower()]
    if not continued or max(len(line.rstrip()) for line in text.split("\n")) > MAX_WIDTH:
        return text
    limit = max(continued) + WIDTH_SLACK
    width = max(length for _, _, line, _ in breaks if (length := len(line.rstrip())) <= limit)
    if width < MIN_WIDTH:
        return text
    wraps = [(start, end, line, after) for start, end, line, after in breaks
             if len(line.rstrip()) <= width and _is_full(line, after, width)
             and not (start == len(line) and after[:1].isupper() and len(line.rstrip()) > max(continued))]
    if not _is_wrapped(breaks, wraps):
        return text
    chars = list(text)
    for start, end, _, _ in wraps:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _single_breaks(text: str) -> list[tuple[int, int, str, str]]:
    """Each line break between two lines with words (not a blank line's): its span, the line before and after."""
    breaks = []
    lines = text.split("\n")
    at = 0
    for line, after in zip(lines, lines[1:], strict=False):
        at += len(line)
        if line.strip() and after.strip():
            breaks.append((at, at + 1, line, after))
        at += 1
    return breaks


def _is_full(line: str, after: str, width: int) -> bool:
    """The line is full at `width` (the next line's first word would not fit after it) and the next line goes on
    with its sentence: not indented, nothing the line introduces, no list item after an item or a sentence's end
    (after a word a dash goes on with the sentence: "the Red Sox\\n- and the Yankees")."""
    line = line.rstrip()
    first_word = _FIRST_WORD.match(after)
    return len(line) + 1 + len(first_word.group()) > width and not line.endswith(_INTRODUCES) \
        and not after[:1].isspace() and not (_LIST_ITEM.match(after) and (_LIST_ITEM.match(line) or
                                                                             line[-1] in _SENTENCE_END))


def _is_wrapped(breaks: list[tuple[int, int, str, str]], wraps: list[tuple[int, int, str, str]]) -> bool:
    """Half the single breaks or more are full, `MIN_WRAPS` of them inside a sentence; a text of one break only when
    it cuts a sentence between two lower-case words (with one line, the longest, the width tells nothing)."""
    if len(breaks) == 1:
        _, _, line, after = breaks[0]
        return bool(wraps) and line.rstrip()[-1:].isalpha() and line.rstrip()[-1:].islower() and after[:1].islower()
    inside = [after for _, _, line, after in wraps if line.rstrip()[-1] not in _SENTENCE_END]
    # Prose goes on in lower case at most of its wraps; a digest of headlines, a team sheet or a list of dates does
    # not, its full lines notwithstanding.
    going_on = sum(after[:1].islower() for after in inside)
    return len(inside) >= MIN_WRAPS and len(wraps) >= WRAPPED_SHARE * len(breaks) \
        and going_on >= LOWER_CASE_SHARE * len(inside)
