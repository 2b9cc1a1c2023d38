"""The text as the analysis reads it, and the way back from an offset into it to one into the submitted text.

Four steps, each taken only where the text needs it:
1. HTML markup (a client posting a page's paragraphs, "<p>...</p>"): tags go, and so does the content of scripts
   and styles; where block elements (paragraphs, headings, `<br>`) lay the text out, they make its line breaks, and
   the source's own line breaks and runs of spaces are one space, as a browser shows them. With the tags read as
   words, quotes lost their speakers ('"We will," <b>Smith</b> said') and summary sentences carried "<p>". (The API
   has already read character references, "&amp;", as their characters.)
2. Windows line ends ("\\r\\n") are read as "\\n", and spaces at a line's end go: a wrap's "\\r\\n" as two spaces
   made a space token inside the name ("District of  Columbia Circuit" gave "District" and "Columbia Circuit").
3. Hard-wrapped paragraphs are read as single lines (`wrapping.unwrapped`, same length).
4. Spaces other than the plain one (no-break, thin, ideographic) are read as plain spaces, at the same length, as
   the API's input schema already takes them (read before step 2): the model made each a token of its own inside a
   name ("Marine\u00a0Le Pen" was no name at all, "Rassie\u00a0van der Dussen" two).

The text read is then shorter than the submitted one: `Reading.submitted` maps a span back.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from services.core.markup import BLOCK_TAGS, CELL_TAGS, INLINE_TAGS, OTHER_SPACE, SKIPPED_TAGS
from services.nlp.wrapping import unwrapped

# A tag: its name (an element's, or a namespaced one of a word processor's, "o:p"), attributes with their values.
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*(?::[a-zA-Z][a-zA-Z0-9]*)?)"
                  r"((?:\s+[a-zA-Z_:][-\w:.]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>=`]+))?)*)\s*/?>")
# Where markup may start: a tag, a comment, a declaration ("<!DOCTYPE html>").
_MARKUP_START = re.compile(r"<[/!a-zA-Z]")
_DECLARATION = re.compile(r"<![a-zA-Z][^<>]*>")
_COMMENT_OPEN, _COMMENT_CLOSE = "<!--", "-->"
# A CDATA section (a feed's "<![CDATA[<p>...</p>]]>"): its markers go, its content is read as the rest of the text.
_CDATA_OPEN, _CDATA_CLOSE = "<![CDATA[", "]]>"
# Attributes written without a value ("<video controls>", "<script async src=...>"), by element ("*": any): a tag
# with only such words in it is written as markup; "<a b and c>" or "<i open>" is no tag.
_FLAGS = {"*": frozenset({"hidden", "inert", "itemscope", "autofocus"}),
          "script": frozenset({"async", "defer", "nomodule"}),
          "video": frozenset({"controls", "autoplay", "muted", "loop", "playsinline", "disablepictureinpicture"}),
          "audio": frozenset({"controls", "autoplay", "muted", "loop"}),
          "details": frozenset({"open"}), "dialog": frozenset({"open"}),
          "input": frozenset({"disabled", "checked", "readonly", "required", "multiple"}),
          "button": frozenset({"disabled", "formnovalidate"}), "fieldset": frozenset({"disabled"}),
          "form": frozenset({"novalidate"}), "iframe": frozenset({"allowfullscreen"}), "img": frozenset({"ismap"}),
          "ol": frozenset({"reversed"}), "td": frozenset({"nowrap"}), "th": frozenset({"nowrap"}),
          "hr": frozenset({"noshade"})}
# A page: this many tags written as markup make a tag with spaces on both sides a tag too ("Cupertino <BR> shares").
_CLEARLY_HTML = 3
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
    read = _without_line_end_spaces(_with_plain_spaces(_without_markup(text)))
    return Reading(unwrapped(read.text), read.origin)


def _with_plain_spaces(read: Reading) -> Reading:
    """Step 4, taken before step 2 (a no-break space at a line's end goes with it): other spaces as plain ones."""
    return Reading(OTHER_SPACE.sub(" ", read.text), read.origin)


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


@dataclass(frozen=True)
class _Found:
    """A piece of markup found, and what the text must be for it to be read as markup."""

    start: int
    end: int
    name: str = ""  # the element's, lower-case; "" for a comment, a declaration or a CDATA marker
    closing: str = ""  # "/" for a closing tag
    empty: bool = False  # written "<svg ... />": no content to skip
    needs: str = "html"  # "html": a text with markup in it; "page": one clearly HTML (see `_CLEARLY_HTML`)


def _markup(text: str) -> list[_Markup]:
    """The text's markup, in order; none where no tag is written as markup is: a text that names a tag ("the <br>
    tag", "a <script> tag") or puts a title in angle brackets ("<A Taxi Driver>", "<Article 5>") is no page."""
    found: list[_Found] = []
    evidence = False
    written = 0  # tags written as markup
    closes_comments = closes_cdata = True  # none after an unclosed one closes either: looking again is quadratic
    at = 0
    while (start := _MARKUP_START.search(text, at)) is not None:
        at = start.start() + 1
        if text.startswith(_COMMENT_OPEN, start.start()):
            close = text.find(_COMMENT_CLOSE, start.end()) if closes_comments else -1
            if close < 0:  # prose ("type <!-- to open a comment"), or a page's stray one: dropping the rest of the
                closes_comments = False  # article as a browser would loses more than the mark left in the text
                continue
            found.append(_Found(start.start(), close + len(_COMMENT_CLOSE)))
            evidence = True
            at = close + len(_COMMENT_CLOSE)
        elif text.startswith(_CDATA_OPEN, start.start()):
            close = text.find(_CDATA_CLOSE, start.start() + len(_CDATA_OPEN)) if closes_cdata else -1
            closes_cdata = close >= 0
            if close >= 0:  # the markers only; the content is looked through like the rest of the text
                found.append(_Found(start.start(), start.start() + len(_CDATA_OPEN)))
                found.append(_Found(close, close + len(_CDATA_CLOSE)))
        elif declaration := _DECLARATION.match(text, start.start()):
            found.append(_Found(declaration.start(), declaration.end()))
            at = declaration.end()
        elif (tag := _TAG.match(text, start.start())) and _is_element(tag) and not _in_code(text, tag):
            if (needs := _needs(text, tag)) is None:
                continue
            name = tag.group(2)
            found.append(_Found(tag.start(), tag.end(), name.lower(), tag.group(1), tag.group(0).endswith("/>"),
                                needs))
            if needs == "html" and not _mixed_case(name) and _is_written_as_markup(text, tag):
                evidence = True
                written += 1
            at = tag.end()
    if not evidence:
        # A text of nothing but tags and white space ("<p> </p>") names no tag in prose: there is no prose.
        return _pieces(text, sorted(found, key=lambda piece: piece.start)) if _is_all_markup(text, found) else []
    read_as_markup = [piece for piece in found if piece.needs == "html" or written >= _CLEARLY_HTML]
    return _pieces(text, sorted(read_as_markup, key=lambda piece: piece.start))  # a CDATA's end came early


def _is_all_markup(text: str, found: list[_Found]) -> bool:
    """The text is the markup found and white space: no character outside it but spaces and line breaks."""
    at = 0
    for piece in sorted(found, key=lambda piece: piece.start):
        if text[at:piece.start].strip():
            return False
        at = max(at, piece.end)
    return bool(found) and not text[at:].strip()


def _mixed_case(name: str) -> bool:
    """A name neither all lower-case nor all upper-case: "<Div>", or a title: "<Label>", "<Time>"."""
    return not (name.islower() or name.isupper())


def _needs(text: str, tag: re.Match[str]) -> str | None:
    """What the text must be for the tag to be read as markup: a lower-case tag, one any page writes, is markup in
    any text with markup in it; an upper- or mixed-case one only where it is written as markup itself, a ticker or
    a placeholder stays ("DuPont (<DD>)", "their <ADDRESS>,"); an upper-case one with spaces on both sides is
    markup in a page ("Cupertino <BR> shares"), a mixed-case one is a title ("the album <Label> sold"). None:
    never."""
    name, start, end = tag.group(2), tag.start(), tag.end()
    if name.islower() or _is_written_as_markup(text, tag):
        return "html"
    if name.isupper() and text[start - 1:start].strip() == "" and text[end:end + 1].strip() == "":
        return "page"  # the text's start or end is a space too: "said. </P>"
    return None


def _is_element(tag: re.Match[str]) -> bool:
    """A known element's tag, with no attributes, some with a value or only ones written bare that the element takes
    ("<video controls>"); "<a b and c>" is no tag."""
    name = tag.group(2).lower()
    return name in _ELEMENTS and (not tag.group(3).strip() or _has_attributes(name, tag.group(3)))


def _has_attributes(name: str, attributes: str) -> bool:
    """The tag's words are attributes: one has a value, or each is one the element takes bare."""
    if "=" in attributes:
        return True
    flags = _FLAGS["*"] | _FLAGS.get(name, frozenset())
    return all(word.lower() in flags or word.lower().startswith("data-")
               for word in attributes.split())


def _in_code(text: str, tag: re.Match[str]) -> bool:
    """The tag is quoted as code in Markdown ("the `<br>` tag")."""
    return tag.start() > 0 and text[tag.start() - 1] == "`"


def _is_written_as_markup(text: str, tag: re.Match[str]) -> bool:
    """The tag is written as markup is, not named in prose: with an attribute's value ('<a href="/x">'; one written
    bare alone is no proof, "the <video controls> element"),
    touching another tag ("<div><p>", "</td></tr>", "<TR><TD> 5"), an opening tag before a word's first letter
    ("<p>The"), a closing one or a line's break after a word or a sentence's end ("said.</p>", "Cook</a>",
    "said.<br>"), or a tag alone on its line. A tag named in prose has a space, a mark or a bracket beside it:
    'a "<script>" tag', "<b>, <i> and <u>", "Agilent (<A>)", "pay at <LINK>."."""
    start, end = tag.start(), tag.end()
    if "=" in tag.group(3):  # attributes written bare alone are no proof: prose names "<video controls>" too
        return True
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before == ">" or after == "<":
        return True
    if tag.group(1):  # a closing tag
        return before.isalnum() or before in _SENTENCE_ENDS or _alone(text, start, end)
    if tag.group(2).lower() in _VOID_TAGS and (before.isalnum() or before in _SENTENCE_ENDS):
        return True  # a line's end: "battered Cornwall.<br>"
    return after.isalnum() or _alone(text, start, end)


def _alone(text: str, start: int, end: int) -> bool:
    """Nothing but white space beside the tag on its line (looked at outwards from the tag, up to the first other
    character: a long line of tags is looked at once, not once a tag)."""
    at = start
    while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
        at -= 1
    if at > 0 and text[at - 1] != "\n":
        return False
    at = end
    while at < len(text) and text[at] != "\n" and text[at].isspace():
        at += 1
    return at == len(text) or text[at] == "\n"


def _pieces(text: str, found: list[_Found]) -> list[_Markup]:
    """The markup found as pieces, a skipped element with its content; what lies in an earlier piece is its."""
    pieces: list[_Markup] = []
    covered_to = 0
    unclosed: set[str] = set()  # skipped elements with no closing tag after one: none after a later one either
    for piece in found:
        if piece.start < covered_to:
            continue
        if piece.name in SKIPPED_TAGS and not piece.closing and not piece.empty:
            name = piece.name
            close = None if name in unclosed else re.compile(rf"</{name}\s*>", re.IGNORECASE).search(text, piece.end)
            if close is None:
                unclosed.add(name)
            covered_to = close.end() if close else piece.end
            pieces.append(_Markup(piece.start, covered_to, "skip"))
        else:
            covered_to = piece.end
            pieces.append(_Markup(piece.start, piece.end, _kind(piece.name, piece.closing)))
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
