"""A headline's names cut to the names its article's body writes.

The model reads a title-case or all-caps headline's words as one long name ("Manchester United Sign Mason Mount",
"Tesco To Invest", "BP NEWS TELLS"); that name then takes in the body's short forms ("Mason Mount", "Tesco") and the
body's own names vanish. The body, written in ordinary case, tells the headline's words apart: a word it writes only
in lower case is no part of a name ("signed", "to", "profit"), and a name it writes inside a longer headline name is the
name, when what is left around it is ordinary words ("Unilever Boss Alan Jope": "Unilever", "Alan Jope").
"""
from __future__ import annotations

from collections.abc import Container, Iterator

from spacy.tokens import Doc, Span, Token

from services.nlp.entities.mentions import Mention, _singulars
from services.nlp.entity_rules import NAME_LABELS, NAME_PARTICLES, NAME_SMALL_WORDS
from services.nlp.given_names import is_given_name

# The most words of a line read as a headline; a longer one is a sentence.
HEADLINE_WORDS = 20
# Small words inside names ("Bank Of England", "Leonardo Da Vinci"): never a cut, whatever case the body writes them in.
_INNER_WORDS = NAME_SMALL_WORDS | NAME_PARTICLES
# Tags of the small words a title-case headline capitalises around its names ("Tesco To Invest", "Macron Meets Xi In
# Beijing"): no name starts or ends with them.
_LINKING_TAGS = frozenset({"TO", "IN", "DT", "CC"})

Run = tuple[str, ...]


def headline_end(doc: Doc, lines: list[tuple[int, int]], shouting: list[bool]) -> int:
    """The token where the body starts after the leading headline lines (0: no headline, or nothing after it)."""
    end = 0
    for (start, stop), caps in zip(lines, shouting, strict=True):
        if not (caps or _is_title_case(doc[start:stop])):
            return end if any(t.is_lower and t.is_alpha for t in doc[start:]) else 0
        end = stop
    return 0


def _is_title_case(line: Span) -> bool:
    """A short line with no full stop at its end whose words are capitalised, small words aside."""
    words = [t for t in line if t.is_alpha]
    return 0 < len(words) <= HEADLINE_WORDS and line[-1].text != "." and not words[0].is_lower \
        and all(not t.is_lower or t.is_stop for t in words)


class _Body:
    """How the body after the headline writes its words and names."""

    def __init__(self, doc: Doc, start: int, mentions: list[Mention]) -> None:
        body = doc[start:]
        capitalised = {t.lower_ for t in body if t.is_alpha and not t.is_lower and not t.is_sent_start}
        self.capitalised = capitalised
        lower = [t for t in body if t.is_lower and t.is_alpha]
        self.lower_only = {form for t in lower for form in (t.lower_, t.lemma_.lower())} - capitalised
        # Stems of inflected words only: "Falls" is "fell", but "Wells" is no "well".
        self.stems = {t.lemma_.lower() for t in lower if t.pos_ in ("VERB", "NOUN")} - capitalised
        self.labels: dict[Run, str] = {}
        for m in mentions:
            if m.start >= start and m.label in NAME_LABELS:
                self.labels.setdefault(_run(doc[m.start:m.end]), m.label)
        self.runs = {sub for run in [*self.labels, *_capitalised_runs(body)] for sub in _sub_runs(run)}

    def is_ordinary(self, token: Token) -> bool:
        """The body writes the word only in lower case, in this form or another ("Sign": "signed")."""
        if token.lower_ in _INNER_WORDS:
            return False
        return token.lower_ in self.lower_only or bool(_forms(token) & self.stems)


def _run(span: Span) -> Run:
    """The words of a span, in lower case."""
    return tuple(t.lower_ for t in span if not t.is_space)


def _capitalised_runs(body: Span) -> Iterator[Run]:
    """Runs of words the body writes in capitals or capitalised, glued hyphens inside ("Rolls-Royce"): names, unless
    a lone capitalised word opening a sentence ("Shares in Nvidia rose")."""
    run: list[Token] = []
    for t in [*body, None]:
        if t is not None and (_is_capitalised(t) or run and _is_capitalised(run[-1]) and _glues(t)):
            run.append(t)
            continue
        while run and not _is_capitalised(run[-1]):
            run.pop()
        if len(run) > 1 or run and (run[0].is_upper or not run[0].is_sent_start):
            yield tuple(w.lower_ for w in run)
        run = []


def _is_capitalised(token: Token) -> bool:
    """A word in capitals, or capitalised."""
    return token.is_alpha and (token.is_title or token.is_upper and len(token) > 1)


def _glues(token: Token) -> bool:
    """A hyphen with no space around it."""
    return token.text in ("-", "–") and token.i > 0 and not token.whitespace_ and not token.nbor(-1).whitespace_


def _sub_runs(run: Run) -> Iterator[Run]:
    """Every run of consecutive words of the run."""
    for i in range(len(run)):
        for j in range(i + 1, len(run) + 1):
            yield run[i:j]


def cut_headline_names(doc: Doc, mentions: list[Mention], body_start: int, ordinary: Container[str]) -> list[Mention]:
    """The mentions, those of the headline lines before `body_start` cut to the names the body writes (`ordinary`:
    common words, which a body's name may leave around it)."""
    if not body_start:
        return mentions
    body = _Body(doc, body_start, mentions)
    out: list[Mention] = []
    for m in mentions:
        if m.start >= body_start or m.label not in NAME_LABELS:
            out.append(m)
            continue
        for first, (start, end) in enumerate(_pieces(doc, m.start, min(m.end, body_start), body)):
            out.extend(_cut_piece(doc, m, start, end, body, ordinary, first == 0))
    return out


def _pieces(doc: Doc, start: int, end: int, body: _Body) -> Iterator[tuple[int, int]]:
    """The mention's stretches between the words the body writes in lower case, without small words at their edges."""
    piece = start
    for i in range(start, end + 1):
        if i == end or doc[i].is_space or body.is_ordinary(doc[i]):
            s, e = piece, i
            while s < e and not _is_name_word(doc[s]):
                s += 1
            while e > s and not _is_name_word(doc[e - 1]):
                e -= 1
            if s < e:
                yield s, e
            piece = i + 1


def _is_name_word(token: Token) -> bool:
    """A word that may start or end a name: not a small word, a space or a mark."""
    return not token.is_space and not token.is_punct and token.lower_ not in _INNER_WORDS \
        and not (token.tag_ in _LINKING_TAGS and not token.is_upper)


def _forms(token: Token) -> set[str]:
    """The word in lower case, its lemma and its singulars ("Shares": "share")."""
    return {token.lower_, token.lemma_.lower(), *_singulars(token.lower_)}


def _is_common(token: Token, ordinary: Container[str]) -> bool:
    """A common word, in some form, that is no given name read as a name ("Boss", "Shares"; not "Joe")."""
    return any(form in ordinary for form in _forms(token)) and not (token.pos_ == "PROPN" and is_given_name(token.text))


def _cut_piece(doc: Doc, m: Mention, start: int, end: int, body: _Body, ordinary: Container[str],
               first: bool) -> list[Mention]:
    """The piece as a mention, or the body's names inside it when only common words that the body never capitalises
    are left around them ("Boss" of "Unilever Boss Alan Jope", not "American" of "African-American Museum"); a piece
    past the mention's first with no body's name in it is the headline's other words ("To Go Top")."""
    run = _run(doc[start:end])
    if run in body.runs:
        return [_mention(m, start, end, body.labels.get(run, m.label))]
    names = list(_names_inside(doc, start, end, body))
    named = {i for s, e in names for i in range(s, e)}
    left = [doc[i] for i in range(start, end) if i not in named and _is_name_word(doc[i])]
    if names and all(_is_common(t, ordinary) and t.lower_ not in body.capitalised for t in left):
        return [_mention(m, s, e, body.labels.get(_run(doc[s:e]), m.label)) for s, e in names]
    return [_mention(m, start, end, m.label)] if first else []


def _names_inside(doc: Doc, start: int, end: int, body: _Body) -> Iterator[tuple[int, int]]:
    """The longest runs of the piece's words, left to right, that the body writes as (part of) a name, no part of a
    hyphenated word ("African" of "African-American Museum")."""
    i = start
    while i < end:
        found = next((j for j in range(end, i, -1) if _is_name_word(doc[j - 1]) and _run(doc[i:j]) in body.runs
                      and not (j < len(doc) and _glues(doc[j]))), None)
        if found is None or not _is_name_word(doc[i]) or i > 0 and _glues(doc[i - 1]):
            i += 1
            continue
        yield i, found
        i = found


def _mention(m: Mention, start: int, end: int, label: str) -> Mention:
    """The mention's piece, with its weight and source."""
    return Mention(start, end, label, m.weight, m.source)
