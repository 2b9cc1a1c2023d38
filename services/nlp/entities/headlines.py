"""A headline's names cut to the names its article's body writes.

The model reads a title-case or all-caps headline's words as one long name ("Manchester United Sign Mason Mount",
"Tesco To Invest", "BP NEWS TELLS"); that name then takes in the body's short forms ("Mason Mount", "Tesco") and the
body's own names vanish. The body, written in ordinary case, tells the headline's words apart: a verb or small word it
writes only in lower case is no part of a name ("signed", "to"; its nouns and adjectives may be: "the general public"
of "General Motors"), and a name it writes inside a longer headline name is the name, when what is left around it is
ordinary words ("Unilever Boss Alan Jope": "Unilever", "Alan Jope"). A name the body leaves out stays where it reads as
one ("Liverpool Sign Dominik Szoboszlai": "Dominik Szoboszlai", whom the body calls "the Hungary captain").
"""
from __future__ import annotations

from collections.abc import Container, Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from services.nlp.doctext import span_of, tokens_of, words_of
from services.nlp.entities.mentions import HEADLINE_CUT, Mention, _is_shouting, _line_ranges, _singulars
from services.nlp.entity_rules import HEADLINE_VERBS, NAME_LABELS, NAME_PARTICLES, NAME_SMALL_WORDS
from services.nlp.furniture import dateline_spans
from services.nlp.given_names import is_given_name

# The most words of a line read as a headline; a longer one is a sentence.
HEADLINE_WORDS = 20
# Small words inside names ("Bank Of England", "Leonardo Da Vinci"): never a cut, whatever case the body writes them in.
_INNER_WORDS = NAME_SMALL_WORDS | NAME_PARTICLES
# Tags of the small words a title-case headline capitalises around its names ("Tesco To Invest", "Macron Meets Xi In
# Beijing"): no name starts or ends with them.
_LINKING_TAGS = frozenset({"TO", "IN", "DT", "CC"})
# The parts of speech of the body's lower-case words that cut a headline's name: verbs and small words ("Sign":
# "signed", "To": "to"); not nouns and adjectives, of which firms are named ("General Motors", "Burger King"), nor
# adverbs ("Just Eat", "as well").
_CUTTING_POS = frozenset({"VERB", "AUX", "ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON"})

Run = tuple[str, ...]


def headline_body_start(doc: Doc) -> int:
    """The token where the body starts after the doc's leading headline lines (0: no headline, or nothing after it)."""
    lines = _line_ranges(doc)
    words = words_of(doc)
    return headline_end(doc, lines, [_is_shouting(words[s:e]) for s, e in lines])


def headline_end(doc: Doc, lines: list[tuple[int, int]], shouting: list[bool]) -> int:
    """The token where the body starts after the leading headline lines (0: no headline, or nothing after it)."""
    end = 0
    tokens = tokens_of(doc)
    # A dateline that is its line opens the body ("TEL AVIV (Times of Israel) —", set on a line of its own): no
    # headline, whose words the body would cut out of its names ("Times of" of "Times of Israel"). Not a line that
    # runs on past it: "BASEBALL - KEVIN BROWN LOWERS ERA" is a headline.
    datelines = dict(dateline_spans(doc)) if lines else {}
    for (start, stop), caps in zip(lines, shouting, strict=True):
        if start < stop and tokens[stop - 1].idx < datelines.get(tokens[start].idx, -1):
            return end
        if not (caps or _is_title_case(tokens[start:stop])):
            return end if any(t.is_lower and t.is_alpha for t in doc[start:]) else 0
        end = stop
    return 0


def _is_title_case(line: Sequence[Token]) -> bool:
    """A short line (its tokens) with no full stop at its end whose words are capitalised, small words aside, and
    the lower-case ends of hyphenated words ("A-level Results: Top Grades Fall")."""
    words = [t for t in line if t.is_alpha]
    return 0 < len(words) <= HEADLINE_WORDS and line[-1].text != "." and not words[0].is_lower \
        and all(not t.is_lower or t.is_stop or _glues(t.nbor(-1)) for t in words)


def title_case_lines(doc: Doc) -> frozenset[int]:
    """The indices of the tokens on lines in title case (`_is_title_case`), worked out once per document: several
    rules ask."""
    titled = doc.user_data.get(_TITLE_CASE_LINES)
    if titled is None:
        tokens = tokens_of(doc)
        titled = doc.user_data[_TITLE_CASE_LINES] = frozenset(
            i for start, end in _line_ranges(doc) if _is_title_case(tokens[start:end]) for i in range(start, end))
    return titled


_TITLE_CASE_LINES = "newswire.title_case_lines"


class _Body:
    """How the body after the headline writes its words and names."""

    def __init__(self, doc: Doc, start: int, mentions: list[Mention]) -> None:
        body = doc[start:]
        capitalised = {t.lower_ for t in body if t.is_alpha and not t.is_lower and not t.is_sent_start}
        self.capitalised = capitalised
        lower = [t for t in body if t.is_lower and t.is_alpha]
        # Words the body writes in lower case, in any form: no name it leaves out ("Jobs" of "Ford Cuts Jobs").
        self.lower = {form for t in lower for form in (t.lower_, t.lemma_.lower())} - capitalised
        cutting = [t for t in lower if t.pos_ in _CUTTING_POS]
        self.lower_only = {form for t in cutting for form in (t.lower_, t.lemma_.lower())} - capitalised
        # Stems of inflected verbs only: "Falls" is "fell".
        self.stems = {t.lemma_.lower() for t in cutting if t.pos_ in ("VERB", "AUX")} - capitalised
        self.labels: dict[Run, str] = {}
        for m in mentions:
            if m.start >= start and m.label in NAME_LABELS:
                self.labels.setdefault(_run(span_of(doc, m.start, m.end)), m.label)
        self.runs = {sub for run in [*self.labels, *_capitalised_runs(body)] for sub in _sub_runs(run)}
        # Words of the body's names of two words or more: "mark" of "Mark Carney" (though "will mark a new era"); the
        # model's names only, not any capitalised run (a title's "Are").
        self.name_words = {word for run in self.labels if len(run) > 1 for word in run}

    def is_ordinary(self, token: Token) -> bool:
        """The body writes the word only in lower case, as a verb or small word, in this form or another ("Sign":
        "signed"), and in none of its names of two words or more."""
        if token.lower_ in _INNER_WORDS or token.lower_ in self.name_words:
            return False
        return token.lower_ in self.lower_only or bool(_forms(token) & self.stems)

    def writes_in_lower_case(self, word: Token) -> bool:
        """The body writes the word in lower case, in this form or another, and never capitalised."""
        return bool(_forms(word) & self.lower)

    def label(self, name: Span, headline_label: str, ordinary: Container[str]) -> str:
        """The label of the body's mention of the name, unless a person's of common words only, a label the model
        guesses at ("Tesla is recalling", "General Motors said"); else the headline's."""
        label = self.labels.get(_run(name))
        if label is None or label == "PERSON" and all(_is_common(t, ordinary) for t in name if t.is_alpha):
            return headline_label
        return label


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
        pieces = list(_pieces(doc, m.start, min(m.end, body_start), body))
        uncut = pieces == [_trimmed(doc, m.start, min(m.end, body_start))]
        for first, (start, end) in enumerate(pieces):
            out.extend(_cut_piece(doc, m, start, end, body, ordinary, first == 0, uncut))
        out.extend(_body_part(doc, m, body_start, body))
    return out


def _pieces(doc: Doc, start: int, end: int, body: _Body) -> Iterator[tuple[int, int]]:
    """The mention's stretches between the words the body writes in lower case, or headline verbs it does not write
    (see `_is_headline_verb`), without small words at their edges."""
    piece = start
    for i in range(start, end + 1):
        if i == end or doc[i].is_space or body.is_ordinary(doc[i]) or _is_headline_verb(doc[i], i > start, body):
            s, e = _trimmed(doc, piece, i)
            if s < e:
                yield s, e
            piece = i + 1


# The headline verbs' base forms ("rally" of "rallies"), which open names ("Face ID", "Hit Factory"): verbs only past
# a name's first word.
_BASE_FORMS = frozenset(word for word in HEADLINE_VERBS
                        if {word + "s", word + "es", word[:-1] + "ies"} & HEADLINE_VERBS)


def _is_headline_verb(token: Token, past_first: bool, body: _Body) -> bool:
    """A headline's verb (`HEADLINE_VERBS`) the body never writes capitalised, a base form only past the name's first
    word: "Rally" of "Oilers Rally Past Stars", "Withdraws" of "Jonas Vingegaard Withdraws From Tour" (the body does
    not write these words at all); not "Falls" of "Niagara Falls" where the body writes that."""
    word = token.lower_
    return token.is_title and word in HEADLINE_VERBS and (past_first or word not in _BASE_FORMS) \
        and word not in body.capitalised


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The stretch without small words, spaces and marks at its edges."""
    while start < end and not _is_name_word(doc[start]):
        start += 1
    while end > start and not _is_name_word(doc[end - 1]):
        end -= 1
    return start, end


def _body_part(doc: Doc, m: Mention, body_start: int, body: _Body) -> list[Mention]:
    """The part in the body of a mention the model ran on into it across the headline's line break, as a mention of
    its own ("W. Mark Felt Sr.", which the model ran on to from a headline's "White House Showdown"), with the label of
    the body's longest mention it opens with ("W. Mark Felt", a person), which the model read apart."""
    start = body_start
    while start < m.end and doc[start].is_space:
        start += 1
    if start == m.end:
        return []
    label = next((body.labels[run] for end in range(m.end, start, -1) if (run := _run(doc[start:end])) in body.labels),
                 m.label)
    return [Mention(start, m.end, label, m.weight, m.source)]


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
               first: bool, uncut: bool) -> list[Mention]:
    """The piece as a mention, or the body's names inside it when only common words that the body never capitalises
    are left around them ("Boss" of "Unilever Boss Alan Jope", not "American" of "African-American Museum"); a piece
    past the mention's first with no body's name in it is the headline's other words ("To Go Top"), unless it reads as
    a name ("Xi Jinping" of "Macron Meets Xi Jinping"); nor is the first when the body writes all its words in lower
    case ("Most Valuable Company" over "the world's most valuable company")."""
    piece = doc[start:end]
    if _run(piece) in body.runs:
        return [_mention(m, start, end, body.label(piece, m.label, ordinary), not uncut)]
    names = [(_with_given_names(doc, start, s, body), e) for s, e in _names_inside(doc, start, end, body)]
    named = {i for s, e in names for i in range(s, e)}
    left = [doc[i] for i in range(start, end) if i not in named and _is_name_word(doc[i])]
    if names and all(_is_common(t, ordinary) and t.lower_ not in body.capitalised for t in left):
        return [_mention(m, s, e, body.label(doc[s:e], m.label, ordinary), True) for s, e in names]
    if beside := {i for s, e in names for i in (s - 1, e) if start <= i < end and body.writes_in_lower_case(doc[i])}:
        # A word the body writes in lower case beside its name ends it, whatever its part of speech: "Key" and "Boss"
        # of "Key Mafia Boss Vying For Top Costra Nostra Slot" over "a key suspected Mafia boss".
        return [mention for n, (s, e) in enumerate(_split(doc, start, end, beside))
                for mention in _cut_piece(doc, m, s, e, body, ordinary, first and n == 0, False)]
    words = [t for t in piece if t.lower_ not in _INNER_WORDS]
    if m.label == "PERSON" and _is_a_clause_of_common_words(words, body, ordinary):
        return []  # a person, to the model: bodies are named so ("Flying Doctor Service", "Swimming England")
    if first and not _is_mostly_the_bodys_lower_case(words, body, ordinary) or _reads_as_name(words, body, ordinary):
        return [_mention(m, start, end, m.label, not uncut)]
    return []


def _is_mostly_the_bodys_lower_case(words: list[Token], body: _Body, ordinary: Container[str]) -> bool:
    """The body writes every word in lower case ("Most Valuable Company" over "the world's most valuable company"),
    or most of them, the words all common and none capitalised in the body: a headline's clause, not a name ("Freight
    Rates Normalise" over "as freight rates returned to normal")."""
    lower = sum(body.writes_in_lower_case(t) for t in words)
    return lower == len(words) or 2 * lower > len(words) \
        and all(t.is_alpha and _is_common(t, ordinary) and t.lower_ not in body.capitalised for t in words)


def _is_a_clause_of_common_words(words: list[Token], body: _Body, ordinary: Container[str]) -> bool:
    """Common words only, one of them a verb's "-ing" form, none a given name nor capitalised in the body: a title-case
    headline's clause the model read as a person ("Threatening Rice" of "India Monsoon Rains Seen Below Normal,
    Threatening Rice and Sugar Output", "Marking Returns" of "Top Grades Fall as Marking Returns to Normal"); not a
    name the body writes, which is kept before this ("Reading", "Nationwide Building Society")."""
    return any(_is_gerund(t, ordinary) for t in words) \
        and all(t.is_alpha and _is_common(t, ordinary) and t.lower_ not in body.capitalised for t in words)


def _is_gerund(token: Token, ordinary: Container[str]) -> bool:
    """A word in "-ing" whose verb is a common word: "Threatening" ("threaten"), "Marking", "Wedding" ("wed"); not
    "Spring", "King"."""
    word = token.lower_
    if len(word) < 6 or not word.endswith("ing"):
        return False
    stem = word[:-3]
    return any(form in ordinary for form in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""))


def _split(doc: Doc, start: int, end: int, cuts: set[int]) -> list[tuple[int, int]]:
    """The stretches of the piece between the words at `cuts`, without small words at their edges."""
    bounds = sorted(cuts)
    stretches = [_trimmed(doc, s, e) for s, e in zip([start, *(i + 1 for i in bounds)], [*bounds, end], strict=True)]
    return [(s, e) for s, e in stretches if s < e]


def _reads_as_name(words: list[Token], body: _Body, ordinary: Container[str]) -> bool:
    """Capitalised words, none of which the body writes in lower case, that read as a name the body does not write:
    none a common word ("Zelensky"), or a given name and more ("Dominik Szoboszlai", "Xi Jinping"). (A common word
    after a headline's verb is its object far more often than a name: "Outlook" of "Target Cuts Outlook" over a body's
    "forecast", more often than "Trump" of "Zelensky Meets Trump" over a body that never names him.)"""
    if not all(t.is_alpha and (t.is_title or t.is_upper) and not body.writes_in_lower_case(t) for t in words):
        return False  # "2 Million Cars", "iPhone Prices", "Jobs" of "Ford Cuts Jobs" over "4,000 jobs"
    return len(words) > 1 and is_given_name(words[0].text) or not any(_is_common(t, ordinary) for t in words)


def _with_given_names(doc: Doc, piece_start: int, start: int, body: _Body) -> int:
    """Where the name starting at `start` starts with the given names before it, which the body leaves out ("Jamie"
    of "JPMorgan Boss Jamie Dimon Warns", whom the body calls "Dimon"), not words it writes in lower case ("key")."""
    while start > piece_start and doc[start - 1].is_title and is_given_name(doc[start - 1].text) \
            and not body.writes_in_lower_case(doc[start - 1]):
        start -= 1
    return start


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


def _mention(m: Mention, start: int, end: int, label: str, cut: bool) -> Mention:
    """The mention's piece, with its weight, and its source unless cut out of it (a name though it opens the line)."""
    return Mention(start, end, label, m.weight, HEADLINE_CUT if cut else m.source)
