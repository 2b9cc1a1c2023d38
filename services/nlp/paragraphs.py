"""Sentence starts at paragraph breaks, set before the parser (which keeps boundaries already set).

The small model's parser often runs a sentence on across a blank line: a headline into the first paragraph, a
closing quote into the next paragraph's sentence ('He said: "..."\\n\\nVictoria Atkins said ...'). Such a
"sentence" names people of two paragraphs, so a pronoun's gender is credited to the wrong one and quotes go
to the wrong speaker; it also makes poor summary sentences. In the 868 corpus texts 3.4% of the sentences
crossed a blank line.

A blank line always ends a sentence. A single line break ends one after sentence-final punctuation or after a
short line without it (a headline, a byline, a caption); other line breaks may be hard wraps of running text
and are left to the parser. Nothing breaks after a colon: 'said:' introduces the quote below it.

A sentence also starts after a unit or scale letter whose full stop ends the one before: spaCy keeps "m." and "g."
as abbreviations, so in "worth £5m. Shares rose" the parser ran the two sentences together (summaries and quotes
ran across them, "m. Shares" was a key phrase). Only after a number and before a capital letter. No sentence starts
at a name after an abbreviated title ("Sgt. Brian Lopez"), where the parser now and then began one.

After a quote that closes on an ellipsis ('"... the high street..." Murphy said.') a short attribution goes on the
quote's sentence: the parser ended the sentence at the closing mark (it does not after "…"), so "Murphy said." stood
alone, the quote lost its speaker and a summary kept the quote without it. An opening guillemet spaced from its words
("Glasgow. « We are ...") starts its sentence: the parser left the mark alone in one of its own (or ended the one
before with it), and the summary's sentence began after it.

A line that is only a clock time, a live blog's stamp ("07:41 GMT"), is a sentence of its own, whole, even after a
line that ends without a stop.
"""
from __future__ import annotations

import re

from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

from services.nlp.entity_rules import CLOCK_TIME, CLOCK_TIME_ZONES, COURTESY_ABBREVIATIONS, TITLE_ABBREVIATIONS
from services.nlp.quotes import ATTRIBUTING_VERBS

NAME = "newswire_paragraphs"
# A line of fewer tokens that does not end a sentence is a headline, byline or caption, not a hard-wrapped line.
SHORT_LINE_TOKENS = 8
_SENTENCE_END = frozenset('.!?"”’\')')
_SENTENCE_STOPS = frozenset(".!?")
# Abbreviations whose full stop ends no sentence by itself: initials ("U.S."), titles and ranks ("Mr.", "Det.").
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Sen|Rep|Gov|No|Inc|Co|Ltd|Corp|vs|"
                           r"etc|approx)\.|"
                           + "|".join(re.escape(title) for title in (*TITLE_ABBREVIATIONS, *COURTESY_ABBREVIATIONS)))


# A line that is only a clock time, maybe with its zone: a live blog's entry stamp ("07:41 GMT", "9.15am", "2:14 p.m.
# ET", "12.31pm:").
_TIME_LINE = re.compile(rf"{CLOCK_TIME}(?:\s*(?:{'|'.join(sorted(CLOCK_TIME_ZONES))}))?\s*[-–—:|]?")
# Most tokens of such a line: "2", ":", "14", "p.m.", "ET", ":" and a margin.
_TIME_LINE_TOKENS = 8


# Letters of units and scales that spaCy's tokenizer keeps with their full stop.
_UNIT_ABBREVIATIONS = ("m.", "g.")
# Titles written short before a name, whose full stop the parser took for a sentence's end now and then ("Phoenix
# police Sgt." and "Brian Lopez said ..." were two sentences: a summary opened on "Brian Lopez said"), and a Member's
# "hon." ("I thank my hon." and "Friend for her question.").
_NAME_TITLES = (*TITLE_ABBREVIATIONS, *COURTESY_ABBREVIATIONS, "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Sen.",
                "Rep.", "Gov.")
_ELLIPSES = ("...", "…")
_CLOSING_MARKS = frozenset('"”\'’»')
# Tokens of an attribution after a quote, to its first stop or comma: "chief executive Ken Murphy told the BBC".
_ATTRIBUTION_TOKENS = 10
_CLAUSE_ENDS = frozenset(".,;!?")


@Language.component(NAME)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first word after each paragraph break, and after a unit's closing stop, as a sentence start; a
    name after a title's stop as none."""
    _mark_unit_stops(doc)
    _mark_title_stops(doc)
    _join_opening_initials(doc)
    _join_attributions_after_ellipses(doc)
    _join_results_verbs(doc)
    _mark_spaced_guillemets(doc)
    line_start = 0
    for i in doc.to_array(IS_SPACE).nonzero()[0].tolist():  # white-space tokens only: a few per article
        space = doc[i].text
        if "\n" not in space:
            continue
        after = _next_word(doc, i)
        before = _previous_word(doc, i)
        if after is not None and before is not None and _is_time_line(doc, line_start, before):
            _mark_time_line(doc, line_start, before, after)
        elif after is not None and before is not None and _ends_paragraph(doc, before, space, line_start):
            doc[after].is_sent_start = True
        line_start = i + 1
    return doc


def _mark_unit_stops(doc: Doc) -> None:
    orths = doc.to_array(ORTH)
    for unit in _UNIT_ABBREVIATIONS:
        for i in (orths == doc.vocab.strings[unit]).nonzero()[0].tolist():
            after = _next_word(doc, i)  # past a second space ("£5m.  Shares"), a token of its own
            if i > 0 and after is not None and doc[i - 1].like_num and doc[after].text[:1].isupper():
                doc[after].is_sent_start = True


def _mark_title_stops(doc: Doc) -> None:
    orths = doc.to_array(ORTH)
    for title in _NAME_TITLES:
        for i in (orths == doc.vocab.strings[title]).nonzero()[0].tolist():
            # Not a stop word: "retired as a Col. He then joined" ends a sentence.
            if i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].is_title and not doc[i + 1].is_stop:
                doc[i + 1].is_sent_start = False


# Initials of a given name written as one token: "C.C.", "J.K.", "U.S.".
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _join_opening_initials(doc: Doc) -> None:
    """No sentence starts at the name after initials that open a sentence: the parser now and then made "C.C." a
    sentence of its own ("... $30.07 billion. C.C. Wei, the chief executive, said": the person lost, the quote's
    speaker "Wei", a summary opening on "Wei,"); initials alone are never a sentence."""
    for tok in doc[:-1]:
        if _INITIALS.fullmatch(tok.text) and _opens_a_sentence(doc, tok.i) and doc[tok.i + 1].is_title \
                and doc[tok.i + 1].is_alpha:
            doc[tok.i + 1].is_sent_start = False


def _opens_a_sentence(doc: Doc, i: int) -> bool:
    """doc[i] is the text's first word or follows a sentence's stop (maybe with a closing mark) or a line break."""
    before = doc[i - 1] if i > 0 else None
    if before is None or "\n" in before.text:
        return True
    if before.text in _CLOSING_MARKS and i > 1:
        before = doc[i - 2]
    return before.text in _SENTENCE_STOPS


def _join_attributions_after_ellipses(doc: Doc) -> None:
    """No sentence starts at an attribution right after a quote closing on an ellipsis."""
    orths = doc.to_array(ORTH)
    for ellipsis in _ELLIPSES:
        for i in (orths == doc.vocab.strings[ellipsis]).nonzero()[0].tolist():
            mark = i + 1
            if mark + 1 < len(doc) and doc[mark].text in _CLOSING_MARKS and not doc[i].whitespace_ \
                    and doc[mark].whitespace_ and _is_attribution(doc, mark + 1):
                doc[mark + 1].is_sent_start = False


def _is_attribution(doc: Doc, start: int) -> bool:
    """The words from `start` to the next stop or comma are a short attribution: one verb, and one that attributes
    ("Murphy said.", "said chief executive Ken Murphy,"; not 'Murphy said the board would grow', a sentence)."""
    clause = []
    for token in doc[start:start + _ATTRIBUTION_TOKENS + 1]:
        if token.text in _CLAUSE_ENDS or "\n" in token.text:
            break
        clause.append(token)
    if len(clause) > _ATTRIBUTION_TOKENS:
        return False
    verbs = [token.lower_ for token in clause if token.tag_.startswith(("VB", "MD"))]
    return len(verbs) == 1 and verbs[0] in ATTRIBUTING_VERBS


# The verb of a results line written short between a winner and a loser: "Alex Pereira def. Jamahal Hill via KO",
# "Nadal (1) def. Federer 6-4". spaCy splits its stop off, and the parser ended a sentence there ("UFC 300 results:
# Alex Pereira def." was a summary's sentence, "Alex Pereira def" a key phrase).
_RESULTS_VERB = "def"


def _join_results_verbs(doc: Doc) -> None:
    """No sentence starts at the loser's name after a results line's "def." between two names."""
    for tok in doc[1:-2]:
        if tok.text == _RESULTS_VERB and not tok.whitespace_ and doc[tok.i + 1].text == "." \
                and doc[tok.i + 1].whitespace_ and _ends_a_name(doc[tok.i - 1]) and doc[tok.i + 2].is_title \
                and doc[tok.i + 2].is_alpha:
            doc[tok.i + 2].is_sent_start = False


def _ends_a_name(token: Token) -> bool:
    """A name's last word, or the bracket closing a seeding or country after it ("Nadal (1)", "Bol (NED)")."""
    return token.is_title and token.is_alpha or token.text == ")"


def _mark_spaced_guillemets(doc: Doc) -> None:
    """An opening guillemet with a space after it goes with the words it opens, and starts a sentence after a stop."""
    orths = doc.to_array(ORTH)
    for i in (orths == doc.vocab.strings["«"]).nonzero()[0].tolist():
        if not doc[i].whitespace_ or i + 1 >= len(doc) or doc[i + 1].is_space:
            continue  # «Nous ...» keeps its mark on the word: the parser reads it
        doc[i + 1].is_sent_start = False
        if i > 0 and doc[i - 1].text in _SENTENCE_STOPS:
            doc[i].is_sent_start = True


def _is_time_line(doc: Doc, line_start: int, last: int) -> bool:
    """The line from `line_start` to its last word `last` is only a clock time (and its zone)."""
    return 0 <= last - line_start < _TIME_LINE_TOKENS and doc[line_start].text[:1].isdigit() \
        and _TIME_LINE.fullmatch(doc[line_start:last + 1].text) is not None


def _mark_time_line(doc: Doc, line_start: int, last: int, after: int) -> None:
    """A live blog's stamp alone on its line is a sentence of its own, whole: the parser ran it into the entry below,
    or cut the entry's first name in two ("07:41 GMT" | "ESB" | "Networks says ...": no organisation was found)."""
    doc[line_start].is_sent_start = True
    for token in doc[line_start + 1:last + 1]:
        token.is_sent_start = False
    doc[after].is_sent_start = True
    if after + 1 < len(doc) and not doc[after + 1].is_space:
        doc[after + 1].is_sent_start = False  # nor after the entry's first word: "Met" | "Éireann says ..."


def use_paragraph_breaks(nlp: Language) -> Language:
    """Add the component in front of the parser (a pipeline without a parser is returned as it is)."""
    if "parser" in nlp.pipe_names and NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
    return nlp


def _ends_paragraph(doc: Doc, before: int, space: str, line_start: int) -> bool:
    last = doc[before].text
    if last.endswith(":"):
        return False
    if space.count("\n") > 1:
        return True
    if _ABBREVIATION.fullmatch(last):
        return False  # "U.S.", "Mr." at the end of a hard-wrapped line: the parser decides
    return last[-1] in _SENTENCE_END or before - line_start + 1 < SHORT_LINE_TOKENS


def _next_word(doc: Doc, i: int) -> int | None:
    for j in range(i + 1, len(doc)):
        if not doc[j].is_space:
            return j
    return None


def _previous_word(doc: Doc, i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if not doc[j].is_space:
            return j
    return None
