"""The text as the analysis reads it, and the way back from an offset into it to one into the submitted text.

Three steps, each taken only where the text needs it:
1. HTML markup (a client posting a page's paragraphs, "<p>...</p>"): tags go, and so does the content of scripts
   and styles; where block elements (paragraphs, headings, `<br>`) lay the text out, they make its line breaks, and
   the source's own line breaks and runs of spaces are one space, as a browser shows them. With the tags read as
   words, quotes lost their speakers ('"We will," <b>Smith</b> said') and summary sentences carried "<p>". (The API
   has already read character references, "&amp;", as their characters.)
2. Windows line ends ("\\r\\n") are read as "\\n", and spaces at a line's end go: a wrap's "\\r\\n" as two spaces
   made a space token inside the name ("District of  Columbia Circuit" gave "District" and "Columbia Circuit").
3. Hard-wrapped paragraphs are read as single lines (`wrapping.unwrapped`, same length).

The text read is then shorter than the submitted one: `Reading.submitted` maps a span back.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from services.core.markup import BLOCK_TAGS, INLINE_TAGS, SKIPPED_TAGS
from services.nlp.wrapping import unwrapped

# A tag of an element the service knows (an unknown "<Reuters>" or "a < b > c" is text), a comment, or an element
# whose content is no text (a script).
_MARKUP = re.compile(
    rf"<!--.*?-->|<({'|'.join(sorted(SKIPPED_TAGS))})\b[^>]*>.*?</\1\s*>"
    r"|</?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>", re.IGNORECASE | re.DOTALL)
_SPACE = re.compile(r"\s+")
# What a line's end may carry before its "\n": a Windows return, and spaces an e-mail's wrapping leaves ("in \r\n").
_LINE_END = re.compile(r"[ \t\r]+\n")
# Line breaks a block element ends with: a paragraph is apart from the next by a blank line, a `<br>` ends a line.
_PARAGRAPH_BREAK = "\n\n"
_LINE_BREAK = "\n"


@dataclass(frozen=True)
class Reading:
    """The text as read, and the submitted offset of each of its characters (None when each is at its own)."""

    text: str
    origin: list[int] | None = None

    def submitted(self, start: int, end: int) -> tuple[int, int]:
        """The span of the submitted text that the span `start`:`end` of the text read came from."""
        if self.origin is None:
            return start, end
        if end <= start:  # an empty span: where the character it stands before came from
            at = self.origin[start] if start < len(self.origin) else (self.origin[-1] + 1 if self.origin else 0)
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


def read(text: str) -> Reading:
    """The text as the analysis reads it (see the module's docstring)."""
    read = _without_line_end_spaces(_without_markup(text))
    return Reading(unwrapped(read.text), read.origin)


def _without_markup(text: str) -> Reading:
    """Step 1: the text with its tags read."""
    tags = [match for match in _MARKUP.finditer(text) if _is_known(match)]
    if not tags:
        return Reading(text)
    laid_out = any(_is_block(match) for match in tags)
    chars: list[str] = []
    origin: list[int] = []
    at = 0
    for match in tags:
        _add_text(chars, origin, text, at, match.start(), laid_out)
        if laid_out and _is_block(match):
            _add_break(chars, origin, match.start(), _LINE_BREAK if _tag_name(match) == "br" else _PARAGRAPH_BREAK)
        at = match.end()
    _add_text(chars, origin, text, at, len(text), laid_out)
    while laid_out and chars and chars[-1].isspace():  # the last block's break
        chars.pop()
        origin.pop()
    return Reading("".join(chars), origin)


def _tag_name(match: re.Match[str]) -> str:
    """The element's name in lower case; empty for a comment."""
    return (match.group(1) or match.group(2) or "").lower()


def _is_known(match: re.Match[str]) -> bool:
    """A comment, a skipped element, or a tag of a known element."""
    name = _tag_name(match)
    return not name or name in BLOCK_TAGS or name in INLINE_TAGS or name in SKIPPED_TAGS or name == "br"


def _is_block(match: re.Match[str]) -> bool:
    """A tag that ends a paragraph or a line."""
    return _tag_name(match) in BLOCK_TAGS or _tag_name(match) == "br"


def _add_text(chars: list[str], origin: list[int], text: str, start: int, end: int, laid_out: bool) -> None:
    """Add `text[start:end]`; where tags lay the text out, a run of white space is one space, none at a line's
    start."""
    if not laid_out:
        chars.extend(text[start:end])
        origin.extend(range(start, end))
        return
    at = start
    for space in _SPACE.finditer(text, start, end):
        chars.extend(text[at:space.start()])
        origin.extend(range(at, space.start()))
        if chars and not chars[-1].isspace():
            chars.append(" ")
            origin.append(space.start())
        at = space.end()
    chars.extend(text[at:end])
    origin.extend(range(at, end))


def _add_break(chars: list[str], origin: list[int], at: int, brk: str) -> None:
    """End the line (or the paragraph) at the tag at `at`: a space before it goes, and the text's start takes no
    break."""
    while chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    have = 0
    while have < len(brk) and have < len(chars) and chars[-1 - have] == "\n":
        have += 1
    if chars:
        chars.extend(brk[have:])
        origin.extend(range(at + have, at + len(brk)))


def _without_line_end_spaces(read: Reading) -> Reading:
    """Step 2: each line's end without its spaces and Windows return."""
    if not _LINE_END.search(read.text):
        return read
    origin = read.origin if read.origin is not None else list(range(len(read.text)))
    kept: list[str] = []
    kept_origin: list[int] = []
    at = 0
    for match in _LINE_END.finditer(read.text):
        kept.append(read.text[at:match.start()])
        kept_origin.extend(origin[at:match.start()])
        at = match.end() - 1  # the "\n" itself stays
    kept.append(read.text[at:])
    kept_origin.extend(origin[at:])
    return Reading("".join(kept), kept_origin)
