"""What the speaker rules share: the records of a quote (`Quote`) and of the document (`Context`), and a
speaker's phrase, the span of the mention around its head word (`phrase`)."""
from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy
from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

from services.nlp.entity_rules import HONORIFICS
from services.nlp.furniture import (
    ENTRY_TIME_RE,
    SALUTATION_RE,
    cross_reference_start,
    dateline_spans,
    in_ranges,
    interview_mark_spans,
)
from services.nlp.quotes.marks import QUOTE_MARKS, line_bounds
from services.nlp.quotes.speech import is_said, is_speech_verb


@dataclass
class Quote:
    start: int
    end: int
    speaker: tuple[int, int] | None = None
    speaker_tok: Token | None = None
    how: str = ""  # which rule found the speaker, for debugging and tests


@dataclass
class Context:
    """What the speaker rules need to know about the document."""

    doc: Doc
    text: str  # text_of(doc)
    quotes: list[Quote]
    mentions: list[dict]
    # Every quoted stretch, titles and names left out of the quotes too, in text order: no speaker runs over its marks.
    marked: list[tuple[int, int]] = field(default_factory=list)
    genders: dict[str, str] | None = None  # filled on first use
    titled: dict[str, str] | None = None  # filled on first use
    surnames: set[str] | None = None  # filled on first use
    people: set[str] | None = None  # filled on first use
    # Derived once: the quotes' starts (quotes are in text order and do not overlap), the mentions' (in text
    # order), each token's depth in the parse tree when first asked.
    starts: list[int] = field(init=False)
    mention_starts: list[int] = field(init=False)
    _depths: list[int] | None = field(init=False, default=None)
    # A transcript's marks ("LEX FRIDMAN: " of 'LEX FRIDMAN: He laughed. He said, "We'll see."'): who speaks a turn,
    # never whom its "he" means (the speaker is "I", the other "you").
    marks: list[tuple[int, int]] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = [q.start for q in self.quotes]
        self.mention_starts = [m["start"] for m in self.mentions]
        self.marks = interview_mark_spans(self.text)

    def depths(self) -> list[int]:
        """Each token's depth in the parse tree (0 at a root), worked out once."""
        if self._depths is None:
            self._depths = _tree_depths(self.doc)
        return self._depths

    def recent_mentions(self, pos: int) -> Iterator[dict]:
        """Mentions outside quotes that end before `pos`, nearest first, at most `ANTECEDENT_REACH` back."""
        count = bisect.bisect_left(self.mention_starts, pos)
        for m in reversed(self.mentions[max(0, count - ANTECEDENT_REACH):count]):
            if m["end"] <= pos and not self.in_quote(m["start"]) and not (self.marks and in_ranges(m["start"],
                                                                                                  self.marks)):
                yield m

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.quotes[i].end


def _tree_depths(doc: Doc) -> list[int]:
    """Each token's number of ancestors, each token's path up walked only as far as a token already known."""
    # Each head's index read off the parse's array of offsets to it: no Token objects for every token and its head.
    heads = (numpy.arange(len(doc)) + doc.to_array(HEAD).astype(numpy.int64)).tolist() if len(doc) else []
    depth = [-1] * len(heads)
    for start in range(len(heads)):
        path, node = [], start
        while depth[node] < 0 and heads[node] != node:
            path.append(node)
            node = heads[node]
        if depth[node] < 0:
            depth[node] = 0  # a root
        for known, below in enumerate(reversed(path), start=depth[node] + 1):
            depth[below] = known
    return depth


def _offsets(tok: Token) -> tuple[int, int]:
    return tok.idx, tok.idx + len(tok)


def hyphenated_end(tok: Token) -> Token:
    """The last word of the hyphenated compound `tok` opens ("founder" of "co-founder", "chief" of
    "editor-in-chief"), whatever the parse made of it."""
    doc = tok.doc
    while tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
            and not doc[tok.i + 1].whitespace_:
        tok = doc[tok.i + 2]
    return tok


def _hyphenated_start(tok: Token) -> Token:
    """The first word of the phrase of a hyphenated compound `tok` closes, its own words before it included ("Mistral
    AI's" of "Mistral AI's co-founder" for "founder", which the parse split off from "co")."""
    doc = tok.doc
    while tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
            and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].is_alpha:
        tok = doc[tok.i - 2]
    return tok.left_edge


def _words_before(head: Token, limit: int, hanging: frozenset[str]) -> int:
    """End of `head`'s phrase cut at `limit` (where a quote opens, or the line ends), less the words left hanging
    there: the speaker of "described by one colleague as 'furious'" is "one colleague", not "one colleague as"; of
    "X and deputy First Minister Y said" X, not "X and"."""
    last = head
    for t in head.doc[head.i + 1:]:
        if t.idx + len(t) > limit:
            break
        last = t
    while last.i > head.i and last.pos_ in hanging:
        last = last.nbor(-1)
    return last.idx + len(last)


_HANGING = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PART"})
_CONJUNCTIONS = frozenset({"CCONJ"})


_MARKS = frozenset('"“”')


def _past_line_furniture(ctx: Context, start: int, head: int) -> int:
    """Where a phrase starting at `start` begins past a dateline or a live blog's time stamp opening its line, which
    speak for no one: "MOSCOW, March 4 (Reuters) - Russia's foreign ministry", "11:10 Jersey's chief minister"."""
    for dateline_start, dateline_end in dateline_spans(ctx.doc):
        if dateline_start <= start < dateline_end <= head:
            return dateline_end
    stamp = ENTRY_TIME_RE.match(ctx.text, start)
    return stamp.end() if stamp and stamp.end() <= head else start


# Prepositions of the place or time of speaking, after a speaker: no part of who speaks.
_WHERE_SAID = frozenset({"outside", "after", "during"})


def phrase(tok: Token, ctx: Context) -> tuple[int, int]:
    """Character span of the mention headed by `tok`: its phrase, kept to its line and out of quotes."""
    if tok.pos_ == "PRON":
        return _offsets(tok)
    text = ctx.text
    line_start, line_end = line_bounds(text, tok.idx)
    right = tok.right_edge
    for child in tok.rights:
        # A clause on the noun that holds the speech verb itself is not part of the mention, nor where or when the
        # words were said ("said Mr. Davis' attorney outside the courthouse").
        if any(is_speech_verb(t) for t in child.subtree) or (child.dep_ == "prep" and child.lower_ in _WHERE_SAID):
            right = tok.doc[child.left_edge.i - 1] if child.left_edge.i > tok.i else tok
            break
    aside = next((t for t in tok.subtree if t.i > tok.i and _aside(tok, t)), None)
    if aside is not None and aside.left_edge.i - 2 < right.i:
        right = tok.doc[aside.left_edge.i - 2]  # the word before the aside's comma
    right = _past_standing(_past_split_prefix(right))
    right = _before_age(tok, _past_rank(tok, right))
    start, end = max(_hyphenated_start(tok.left_edge).idx, line_start), min(right.idx + len(right), line_end)
    whole = max(tok.right_edge.idx + len(tok.right_edge), right.idx + len(right))  # where it would end, cut nowhere
    # The quotes that can overlap the phrase: from the last to start before it to the last to start inside it.
    near = ctx.quotes[max(0, bisect.bisect_right(ctx.starts, start) - 1):bisect.bisect_left(ctx.starts, end)]
    for q in near:
        if q.start < end and start < q.end:  # the phrase runs into a quote: keep the side with the head
            if q.end <= tok.idx:
                start = q.end
            elif q.start >= tok.idx + len(tok):
                end = q.start
    start = _past_line_furniture(ctx, start, tok.idx)
    # A letter's salutation and its reference to the article it answers speak for no one: "Sir, Simon Jenkins
    # (Opinion, 28 November) argues ..." (the parse may head the phrase with "Sir").
    reference = cross_reference_start(text, tok.idx, end)
    end = reference if reference is not None else end
    salutation = SALUTATION_RE.match(text, start)
    start = salutation.end() if salutation and salutation.end() < end else start
    # Nor past a quotation mark of a name the quotes left out: 'Pelosi, long known as "a master legislator," told'.
    mark = next((i for i in range(tok.idx + len(tok), end) if text[i] in _MARKS and text[i - 1].isspace()), None)
    end = mark if mark is not None else end
    start, end = _outside_marks(ctx, tok, start, end)
    # Cut at a quote, the line's end or the speech verb's clause: no word left hanging there ("one colleague as");
    # uncut, only a conjunction whose other half the parse left out ("Michelle O'Neill and"), not "who spoke up".
    end = _words_before(tok, end, _HANGING if end < whole else _CONJUNCTIONS)
    while end > start and text[end - 1] in ",;: (—–-":
        end -= 1
    while start < end and text[start] in ",;: )—–-":
        start += 1
    return start, _through_a_cut_name(ctx, start, end, line_end)


# Labels of the names a speaker's phrase is not cut inside.
_WHOLE_NAME_LABELS = frozenset({"PERSON", "ORG"})


def _through_a_cut_name(ctx: Context, start: int, end: int, line_end: int) -> int:
    """The phrase's end moved to the end of a person's or an organisation's name that starts in it and goes on past
    it, on its line and short of the next quote: the parse hung a name's last words apart ("European Commission
    President Ursula von der" | "Leyen says" after a live blog's time stamp)."""
    text = ctx.text
    line = text[line_bounds(text, start)[0]:line_end]
    if line.isupper():
        return end  # a headline in capitals, where the model's names run on: "GARY ROSS REMAINS"
    limit = min([line_end] + [q.start for q in ctx.quotes[bisect.bisect_left(ctx.starts, end):][:1]])
    first = bisect.bisect_left(ctx.mention_starts, start)
    for m in itertools.takewhile(lambda m: m["start"] < end, ctx.mentions[first:]):
        rest = text[end:m["end"]]
        # Not over a quotation mark, nor over a verb of speech the name took in: "Co-Worker Calls".
        if m["label"] in _WHOLE_NAME_LABELS and end < m["end"] <= limit and not any(ch in _MARKS for ch in rest) \
                and not any(is_said(word.lower()) for word in rest.split()):
            return m["end"]
    return end


def _outside_marks(ctx: Context, tok: Token, start: int, end: int) -> tuple[int, int]:
    """The phrase cut at the quotation marks of a quoted stretch it runs into or out of, on the head's side, so that
    a speaker never runs from a name into a title's words. A stretch wholly inside, the head outside it, is a name in
    the phrase and stays: 'Walter "Sonny" Briggs', 'Entertainment Weekly's "Hollywood Insider" blog'; a head inside
    the marks (the parse's misreading of 'Hayao Miyazaki's "The Boy and the Heron" director') takes the stretch
    whole."""
    text, phrase_end = ctx.text, end
    first = max(0, bisect.bisect_right(ctx.marked, (start, len(text))) - 1)
    for mark_start, mark_end in itertools.takewhile(lambda span: span[0] < phrase_end, ctx.marked[first:]):
        if mark_start < tok.idx < mark_end:  # the head a word of a title: the phrase takes the title whole
            return min(start, mark_start), max(end, mark_end)
    for mark_start, mark_end in itertools.takewhile(lambda span: span[0] < phrase_end, ctx.marked[first:]):
        if mark_end <= start:
            continue
        if start <= mark_start and mark_end <= end and not mark_start < tok.idx < mark_end:
            if not text[start:mark_start].strip():
                start = mark_end  # a title opening the phrase modifies it: '"American Pie" actress Tara Reid'
            continue
        for mark in (mark_start, mark_end - 1):
            if start <= mark < tok.idx:
                start = mark + 1
            elif tok.idx + len(tok) <= mark < end:
                end = mark
    # Past the rest of a mark of two ('' or ``) and the spaces inside it.
    while start < end and (text[start].isspace() or text[start] in QUOTE_MARKS):
        start += 1
    while end > start and text[end - 1] in QUOTE_MARKS and end < phrase_end:
        end -= 1
    return start, end


def _aside(tok: Token, child: Token) -> bool:
    """A participle's or a relative clause set off by a comma after the speaker: "One EU diplomat, speaking on
    condition of anonymity," is the diplomat, "a senior official at a state-run bank, who declined to be named" the
    official."""
    clause = (child.tag_ in ("VBG", "VBN") and child.dep_ in ("acl", "advcl")) or child.dep_ == "relcl"
    if not clause:
        return False
    # Not a clause that names the speaker: "A woman, identified by police as Jane Doe, said", "One resident, who gave
    # her name only as Maria, said".
    words = list(child.subtree)
    naming = any(t.ent_type_ == "PERSON" for t in words) or (
        any(t.lemma_ in ("name", "identify", "call", "know") for t in words) and any(t.lower_ == "as" for t in words))
    return not naming and child.left_edge.i > tok.i + 1 and tok.doc[child.left_edge.i - 1].text == ","


def _past_split_prefix(right: Token) -> Token:
    """The phrase's last word when the parse cut it inside a hyphenated word: "Brando Benifei, an Italian lawmaker who
    co-led the talks, said" ended at "co" (the parse hung "led the talks" on "said"); the word and its own phrase go
    with it, unless they hold the speech verb."""
    doc = right.doc
    if right.text == "-" and right.i > 0 and not right.whitespace_ and not doc[right.i - 1].whitespace_:
        right = doc[right.i - 1]
    word = hyphenated_end(right)
    if word.i == right.i:
        return right
    if any(is_speech_verb(t) for t in word.subtree):
        return word
    return max(word, word.right_edge, key=lambda t: t.i)


# The most digits of an age set off after a name.
_AGE_DIGITS = 3


def _before_age(tok: Token, right: Token) -> Token:
    """The phrase's end before an age that closes it: "Head coach Warren Gatland, 60, said" is the coach, the ", 60"
    said of him (an age inside, "Jane Doe, 34, a nurse", stays: the phrase is one stretch)."""
    doc, last = right.doc, right
    while last.i > tok.i and last.text == ",":  # the comma after the age, which the parse may hang on the name
        last = doc[last.i - 1]
    if last.i - 2 >= tok.i and last.text.isdigit() and len(last.text) <= _AGE_DIGITS and doc[last.i - 1].text == ",":
        return doc[last.i - 2]
    return right


def _past_rank(tok: Token, right: Token) -> Token:
    """A rank the parse took for the whole speaker goes on to the name after it: "said Sgt. John Miller of the county
    police" is Miller's (the phrase was "Sgt.")."""
    if tok.text not in HONORIFICS or right.i > tok.i:
        return right
    end = tok.i
    while end + 1 < len(tok.doc) and end - tok.i < 4 and (tok.doc[end + 1].text in HONORIFICS
                                                          or (tok.doc[end + 1].is_title and tok.doc[end + 1].is_alpha)):
        end += 1
    return tok.doc[end]


def _past_standing(right: Token) -> Token:
    """A ranking right after the phrase goes with it: "the British No 2 said", whose parse makes "British" a subject
    of its own, is the player ranked second, not the British."""
    doc = right.doc
    if right.i + 2 < len(doc) and doc[right.i + 1].text in ("No", "No.") \
            and (doc[right.i + 2].text.isdigit() or doc[right.i + 2].lower_ == "one"):
        return doc[right.i + 2]
    return right


# Mentions looked back through for a pronoun's antecedent: far more than a reader keeps in mind, and a bound on
# the work of each pronoun in a text of thousands of names.
ANTECEDENT_REACH = 100
