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

from services.core.markup import BLOCK_TAGS, CELL_TAGS, INLINE_TAGS, SKIPPED_TAGS
from services.nlp.wrapping import unwrapped

# A tag: its name (an element's, or a namespaced one of a word processor's, "o:p"), attributes with their values.
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*(?::[a-zA-Z][a-zA-Z0-9]*)?)"
                  r"((?:\s+[a-zA-Z_:][-\w:.]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>=`]+))?)*)\s*/?>")
# Where markup may start: a tag, a comment, a declaration ("<!DOCTYPE html>").
_MARKUP_START = re.compile(r"<[/!a-zA-Z]")
_DECLARATION = re.compile(r"<![a-zA-Z][^<>]*>")
_COMMENT_OPEN, _COMMENT_CLOSE = "<!--", "-->"
# What ends a sentence before a closing tag: "said.</p>", "safe.”</p>".
_SENTENCE_ENDS = frozenset(".!?;:)”’")
# Elements with no content: a "<br>" or "<hr>" closes what comes before it.
_VOID_TAGS = frozenset({"br", "hr", "wbr", "img"})
_SPACES_TO_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_SPACE = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
# A line break between two lines of words, the second not indented as a line of HTML source is.
_OWN_LINE_BREAK = re.compile(r"\S[ \t\r]*\n(?=\S)")
_ELEMENTS = BLOCK_TAGS | CELL_TAGS | INLINE_TAGS | SKIPPED_TAGS | {"br"}
# What a line's end may carry before its "\n": a Windows return, and spaces an e-mail's wrapping leaves ("in \r\n").
_LINE_END = re.compile(r"(?<![ \t\r])[ \t\r]+\n")  # from a run's start only: linear in a long run of spaces
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


@dataclass(frozen=True)
class _Markup:
    """A piece of markup: a tag (with the content of a skipped element), a comment or a declaration."""

    start: int
    end: int
    kind: str  # "block", "br", "cell", "pre", "/pre", "skip" or "inline" (comments and declarations too)


def _without_markup(text: str) -> Reading:
    """Step 1: the text with its markup read."""
    markup = _markup(text)
    if not markup:
        return Reading(text)
    laid_out = _laid_out(text, markup)
    chars: list[str] = []
    origin: list[int] = []
    at = 0
    in_pre = 0
    for piece in markup:
        _add_text(chars, origin, text, at, piece.start, laid_out and not in_pre)
        in_pre = max(0, in_pre + {"pre": 1, "/pre": -1}.get(piece.kind, 0))
        if piece.kind == "cell" and chars and not chars[-1].isspace():
            chars.append(" ")
            origin.append(piece.start)
        elif piece.kind in ("block", "pre", "/pre", "br") and laid_out:
            _add_break(chars, origin, piece.start, _LINE_BREAK if piece.kind == "br" else _PARAGRAPH_BREAK,
                       extra=piece.kind == "br")
        elif piece.kind in ("block", "pre", "/pre", "br") and chars and chars[-1] != "\n" \
                and not _SPACES_TO_LINE_END.match(text, piece.end):
            chars.append("\n")  # a text with line breaks of its own: a tag breaks a line only where it has none
            origin.append(piece.start)
        at = piece.end
    _add_text(chars, origin, text, at, len(text), laid_out and not in_pre)
    while laid_out and chars and chars[-1].isspace():  # the last block's break
        chars.pop()
        origin.pop()
    return Reading("".join(chars), origin)


def _markup(text: str) -> list[_Markup]:
    """The text's markup, in order; none where no tag is written as markup is: a text that names a tag ("the <br>
    tag", "a <script> tag") or puts a title in angle brackets ("<A Taxi Driver>", "<Article 5>") is no page."""
    found: list[tuple[int, int, str, str]] = []  # start, end, name, its closing "/"
    evidence = False
    closes_comments = True
    at = 0
    while (start := _MARKUP_START.search(text, at)) is not None:
        at = start.start() + 1
        if text.startswith(_COMMENT_OPEN, start.start()):
            close = text.find(_COMMENT_CLOSE, start.end()) if closes_comments else -1
            if close < 0:
                closes_comments = False  # none after it closes either: looking again would be quadratic
                continue
            found.append((start.start(), close + len(_COMMENT_CLOSE), "", ""))
            evidence = True
            at = close + len(_COMMENT_CLOSE)
        elif declaration := _DECLARATION.match(text, start.start()):
            found.append((declaration.start(), declaration.end(), "", ""))
            at = declaration.end()
        elif (tag := _TAG.match(text, start.start())) and _is_element(tag) and not _in_code(text, tag):
            found.append((tag.start(), tag.end(), tag.group(2).lower(), tag.group(1)))
            evidence = evidence or _is_written_as_markup(text, tag)
            at = tag.end()
    return _pieces(text, found) if evidence else []


def _is_element(tag: re.Match[str]) -> bool:
    """A known element's tag, its name in one case ("<p>", "<P>"; "<Label>" is a title), with no attributes or
    some with a value ("<a b and c>" is no tag)."""
    name, attributes = tag.group(2), tag.group(3)
    return (name.islower() or name.isupper()) and (not attributes.strip() or "=" in attributes) \
        and name.lower() in _ELEMENTS


def _in_code(text: str, tag: re.Match[str]) -> bool:
    """The tag is quoted as code in Markdown ("the `<br>` tag")."""
    return tag.start() > 0 and text[tag.start() - 1] == "`"


def _is_written_as_markup(text: str, tag: re.Match[str]) -> bool:
    """The tag is written as markup is, not named in prose: with an attribute's value ('<a href="/x">'), an opening tag
    before a word's first letter or another tag ("<p>The", "<div><p>"), a closing one or a line's break after a word
    or a sentence's end ("said.</p>", "Cook</a>", "said.<br>"), or a tag alone on its line. A tag named in prose has
    a space, a mark or a bracket beside it: 'a "<script>" tag', "<b>, <i> and <u>", "Agilent (<A>)", "pay at
    <LINK>."."""
    start, end = tag.start(), tag.end()
    if "=" in tag.group(3):
        return True
    if tag.group(1):  # a closing tag
        before = text[start - 1] if start > 0 else ""
        return before.isalnum() or before in _SENTENCE_ENDS or text.startswith("<", end) or _alone(text, start, end)
    after = text[end] if end < len(text) else ""
    before = text[start - 1] if start > 0 else ""
    if tag.group(2).lower() in _VOID_TAGS and (before.isalnum() or before in _SENTENCE_ENDS):
        return True  # a line's end: "battered Cornwall.<br>"
    return after.isalnum() or after == "<" or _alone(text, start, end)


def _alone(text: str, start: int, end: int) -> bool:
    """Nothing but white space beside the tag on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)  # the text's end where no line break follows
    return not (text[line_start:start].strip() or text[end:line_end].strip())


def _pieces(text: str, found: list[tuple[int, int, str, str]]) -> list[_Markup]:
    """The markup found as pieces, a skipped element with its content."""
    pieces: list[_Markup] = []
    skipped_to = 0
    unclosed: set[str] = set()  # skipped elements with no closing tag after one: none after a later one either
    for start, end, name, closing in found:
        if start < skipped_to:
            continue
        if name in SKIPPED_TAGS and not closing:
            close = None if name in unclosed else re.compile(rf"</{name}\s*>", re.IGNORECASE).search(text, end)
            if close is None:
                unclosed.add(name)
            skipped_to = close.end() if close else end
            pieces.append(_Markup(start, skipped_to, "skip"))
        else:
            pieces.append(_Markup(start, end, _kind(name, closing)))
    return pieces


def _kind(name: str, closing: str) -> str:
    if name == "pre":
        return closing + "pre"
    if name in BLOCK_TAGS:
        return "block"
    return "br" if name == "br" else "cell" if name in CELL_TAGS else "inline"


def _laid_out(text: str, markup: list[_Markup]) -> bool:
    """Block elements lay the text out (and the source's own line breaks are spaces): two or more are written, no
    text between two pieces of markup (but in a `<pre>`) has a blank line of its own, and the text's own line breaks
    between lines of words (not an indented line of HTML source) are no more than its block elements. A text laid
    out by its own line breaks keeps them beside a stray "<br>" or "</p>" (a headline over its body, a team sheet)."""
    blocks = sum(piece.kind in ("block", "br", "pre", "/pre") for piece in markup)
    if blocks < 2:
        return False
    own_breaks = 0
    in_pre = False
    at = 0
    for piece in [*markup, _Markup(len(text), len(text), "end")]:
        segment = text[at:piece.start]
        if not in_pre:
            if _BLANK_LINE.search(segment.strip()):
                return False
            own_breaks += len(_OWN_LINE_BREAK.findall(segment))
        in_pre = piece.kind == "pre" or (in_pre and piece.kind != "/pre")
        at = piece.end
    return own_breaks <= blocks


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


def _add_break(chars: list[str], origin: list[int], at: int, brk: str, extra: bool = False) -> None:
    """End the line (or the paragraph) at the tag at `at`: a space before it goes, and the text's start takes no
    break; an `extra` break ("<br>") adds its own up to a blank line ("<br><br>")."""
    while chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    have = 0
    while have < len(_PARAGRAPH_BREAK) and have < len(chars) and chars[-1 - have] == "\n":
        have += 1
    wanted = min(have + 1, len(_PARAGRAPH_BREAK)) if extra else len(brk)
    if chars and have < wanted:
        chars.extend("\n" * (wanted - have))
        origin.extend(range(at, at + wanted - have))


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
