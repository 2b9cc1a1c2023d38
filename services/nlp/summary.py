"""Extractive summary of a news article.

Sentences are cleaned of wire-service furniture (bylines, "(CNN) --" prefixes, photo credits,
"PUBLISHED: ... UPDATED:" stamps, "subscribe" lines) and scored by position plus centrality (cosine
between the sentence's content lemmas and the rest of the article's), minus penalties for direct
speech or first/second-person voice, teasers (questions, exclamations), mid-sentence fragments and
sentences opening with a third-person pronoun (their antecedent is in a sentence before).
They are picked greedily by score, skipping any sentence whose content words mostly repeat one
already chosen. The chosen sentences are returned in document order.

Headings, related-article links, captions and sentences that open a quote they do not close (or close one
begun before), or lie inside one, are not candidates (the headline would repeat the lede; a quote's piece shows an
unmatched mark, often without its speaker, or none at all and reads as the report's own words); a text made only of
such pieces falls back to using them.

Length control: at most `max_sentences` sentences, and the summary stops growing once it reaches
about 18 words per requested sentence (55 words for three, the length of a set of news highlights),
so it may hold fewer sentences than asked. With `max_chars`, the joined text (sentences separated by
one space) never exceeds `max_chars`: the best sentence always comes first and, if it alone is too
long, it is cut at the last word boundary that fits (no ellipsis is added, so the item's text still
equals `doc.text[start:end]`) and the summary is that one piece; further sentences are added only if
they fit whole. The summary is empty only when the text has no words or `max_chars` <= 0.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.symbols import IDS, PRON, PROPN, PUNCT
from spacy.tokens import Doc, Token

from services.nlp.doctext import text_of, tokens_of
from services.nlp.entities import is_well_cased
from services.nlp.entity_rules import CLOCK_TIME_ZONES, TIME_ZONES
from services.nlp.furniture import (
    ASKING_LABELS,
    DATELINE,
    ENTRY_TIME,
    LABEL_DATE,
    NOTICE_LABEL,
    SALUTATION_LEAD,
    SECTION_LABEL,
    furniture_ranges,
    hansard_marks,
    in_caption,
    interview_marks,
    letters_page_salutations,
    range_at,
)
from services.nlp.money import is_list_number
from services.nlp.quotes import TITLE_SMALL_WORDS, is_speech_verb, quote_spans_of

# Parts of speech that carry an article's content; the rest is glue.
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_LINE_BREAK = re.compile(r"(\n\s*)")

# Leading wire/agency furniture that is not part of the sentence proper: "(CNN) -- ", "LONDON (Reuters) - ",
# "By . Jane Doe . ", "PUBLISHED: 12:01 EST, 3 March 2014 . | . UPDATED: 09:11 EST, 3 March 2014 . ".
_PREFIX_RES = (
    DATELINE,  # "SAN FRANCISCO, March 4 (Reuters) - ", "NEW YORK — "
    re.compile(
        r"\s*(?:[A-Z][A-Za-z .,'-]{0,40})?\((?:CNN|AP|Reuters|AFP|EW\.com|CNN Student News)\)"
        r"\s*(?:--|—|–|-)?\s*",
        re.IGNORECASE,
    ),
    # The agency alone, "(Bloomberg) -- ", its bracket sometimes cut off into the sentence before by the parser.
    re.compile(r"\s*\(?[A-Z][\w .]{1,30}\)\s*(?:--|—|–|-)\s+"),
    re.compile(r"\s*By\s*\.\s*[^.]{1,60}\.\s*(?:and\s*[^.]{1,60}\.\s*)?", re.IGNORECASE),
    re.compile(
        r"\s*(?:PUBLISHED|UPDATED|Last updated)\b[^.]*?\d{4}\s*\.?\s*(?:\|\s*\.?\s*)?", re.IGNORECASE
    ),
    re.compile(r"\s*[-\u2022*\u00b7\u25aa\u2013\u2014]\s+"),  # a list item's bullet: "- 3 agencies face ..."
    re.compile(r"\s*\d{1,2}[.)]\s+(?=[A-Z])"),  # and its number: "3. Copper hit a record ..."
    # A notice's or entry's label: "Correction: An earlier version ...", "Live: 09:15 BST – ..." (its time next).
    re.compile(rf"\s*(?:{NOTICE_LABEL})"),
    # A letter's salutation on its line, a round-up's section: "Sir,\nYour report on ...", "Around the region: Salford
    # City ...".
    re.compile(rf"\s*(?:{SALUTATION_LEAD}|{SECTION_LABEL})\s+"),
    # A live blog entry's time: "10:45 BST Zelensky greeted him ...", or its zone when the parser cut the time off
    # into the sentence before ("GMT - Shares of Tesla fell ...").
    re.compile(rf"\s*{ENTRY_TIME}"),
    re.compile(rf"\s*(?:{'|'.join(sorted(TIME_ZONES))})\s*[-–—:|]\s+(?=[A-Z])"),
    re.compile(rf"\s*(?:{'|'.join(sorted(CLOCK_TIME_ZONES - TIME_ZONES))})\s*[-–—]\s+(?=[A-Z])"),  # "EAT - Polls"
)

# The look-aheads for the letters that the words start with make the engine try the words only there: these two of
# `_JUNK_RES` scan the whole sentence, and took 8.7 of the 10.5 µs of the checks per sentence (4 after); each is
# searched only where what it needs is in the sentence (`_JUNK_NEEDS`).
_CREDIT_LABEL = re.compile(r"(?=[pi])(?:Photograph|Picture|Image|Photo)s?\s*:\s*\S", re.IGNORECASE)
_PAGE_NOTICE = re.compile(
    r"(?=[snac])(?:\bsubscribe\b|\bnewsletter\b|all rights reserved|\bcookie (?:policy|settings)\b"
    r"|^advertisement\b)",
    re.IGNORECASE,
)

# Whole sentences that are page furniture rather than reporting.
_JUNK_RES = (
    re.compile(
        r"^(?:scroll down|click here|watch the video|read more|follow\b|share this|sign up)", re.IGNORECASE
    ),
    _CREDIT_LABEL,
    re.compile(r"^(?:Last updated|PUBLISHED|UPDATED)\b", re.IGNORECASE),
    # A web address, its path split into words by the tokenizer ("nbcnewyork. com / news / local / Richmond - Hill").
    # (Only one opening the piece: "Readers can find the list at bbc.co.uk / news" is a sentence.)
    re.compile(r"^\W*(?:https?\s?:|www\.|(?:[\w-]+\.\s?)*(?:com|org|net|gov|edu|uk|nl|za|au|ie|de|fr)\s/\s)",
               re.IGNORECASE),
    # A time stamp line ("5 hours ago", "Updated 2 days ago", "By Jane Doe | 1 week ago"), not a sentence that
    # says "the war began 14 months ago".
    re.compile(r"^\W*(?:\w+\W+){0,3}\d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago\W*$", re.IGNORECASE),
    re.compile(r"^[A-Z ]+\s*:\s*$"),  # section labels such as "RELATED:"
    # A live blog's greeting ("Good morning and welcome to our live coverage of ..."), an interview's question.
    re.compile(r"^(?:good (?:morning|afternoon|evening)|hello|welcome (?:to|back))\b.{0,80}?\b(?:live|coverage|blog)\b",
               re.IGNORECASE),
    re.compile(r"^Q\s*[:.]\s"),
    _PAGE_NOTICE,
)
# What a sentence must hold, case folded, for these two to match: the label's colon; a part of each notice's words
# with no "i" in it, as "ı" and "İ" match "i" case-blind but fold to other letters (the other letters fold to what
# they match: "ſ" to "s"). A sentence with none, most, is not searched.
_JUNK_NEEDS = {_CREDIT_LABEL: (":",), _PAGE_NOTICE: ("subscr", "newsletter", "all r", "cook", "advert")}

# Closing quote marks after a sentence's final stop, before white space (or the end of the text).
_CLOSING_QUOTES = re.compile(r"[\"\u201d\u2019']+(?=\s|$)")
_SENTENCE_ENDS = (".", "?", "!", "\u2026")
MIN_WORDS = 6  # shorter pieces are headings, captions or fragments, not summary sentences
# Score = position prior + centrality - penalties. Weights were chosen on a plateau of the CNN/DailyMail dev
# sample (see services/eval/score_summary.py), where neighbouring values score about the same.
POSITION_DECAY = 0.2  # prior 1 / (1 + decay * index): news puts the gist up front
CENTRALITY_WEIGHT = 0.5  # weight of centrality relative to the article's most central sentence
QUOTE_PENALTY = 0.2  # direct speech and first/second-person voice: colour, rarely the gist
TEASER_PENALTY = 0.5  # questions, exclamations and trailing ellipses hook the reader but inform little
FRAGMENT_PENALTY = 0.5  # a lower-case start means the sentence splitter cut mid-sentence
# A sentence opening with a third-person pronoun ("He said the company had invested £2bn") means little without
# the sentence that names its antecedent: 7 of 100 dev summaries held one alone. ROUGE moved +0.06/+0.05/+0.08,
# and +0.06/+0.09/+0.09 more when a connective before the pronoun counts too ("However, they said"; a connective
# alone, "But rail unions said", moved nothing).
PRONOUN_PENALTY = 0.2
REDUNDANCY_LIMIT = 0.4  # skip a sentence when this share of its content words is in one already chosen
# Length target: stop adding sentences once the summary reaches this many words per requested sentence
# (three sentences -> 55 words, about the length of a set of news highlights).
WORDS_PER_SENTENCE = 55 / 3
_PRONOUN_START = re.compile(
    r"[\"“‘']?(?:(?:But|And|However|Yet|Still|Instead|Nevertheless|So|Also)\b,?\s+(?i:he|she|they|it|his|her|their|its)"
    r"|(?:He|She|They|It|His|Her|Their|Its))\b"
)
# A quote whose speaker is a pronoun ('"…," he said'): it stands only beside the sentence before it, which names them.
_PRONOUN_SPEAKER = re.compile(r"[,!?][\"”’']\s+(?:he|she|they)\b")
_PERSON_PRONOUN_START = re.compile(r"(?:He|She)\b")
# A person called by honorific and surname ("Mr. Sato said ..."): who they are is in a sentence that names them in full.
_HONORIFIC_START = re.compile(r"(?:Mr|Ms|Mrs|Dr)\.?\s+(?P<surname>[A-Z][\w'’-]+)\b(?!\s+[A-Z])")  # not "Dr. Ann Ray"
# A quote given to a bare surname ('"…," Blumenthal said', '"…," said Blumenthal'): who they are is in a sentence that
# names them in full, as with an honorific (not 'said Sen. Richard Blumenthal', 'said Richard Blumenthal').
_SURNAME_SPEAKER = re.compile(r"[,!?][\"”’']\s+(?:(?P<surname>[A-Z][\w'’-]+)\s+(?:said|says|added)"
                              r"|(?:said|says|added)\s+(?P<after>[A-Z][\w'’-]+)(?![\w.'’-]|\s+[A-Z]))\b")
# A sentence opening on a time or a turn set against the sentence before: "Earlier, ...", "Meanwhile, ...".
_LINKED_START = re.compile(r"(?:Earlier|Later|Meanwhile),")
# A definite description of a work named before it ("The DreamWorks Animation sequel, featuring ...", "The animated
# film"): its title is in the sentence before. Not one naming the work itself ("The animated film Inside Out 2
# became ..."), and no "show", mostly a verb there ("The full results show the drug worked").
_WORK_DESCRIPTION_START = re.compile(
    r"The\s+(?:[\w.&'’-]+\s+){1,4}(?:sequel|prequel|film|movie|series|album|novel|documentary)\b"
    r"(?!\s+[\"“‘']?[A-Z0-9])")
_TERMINATED = re.compile(r"[.!?…][\s'\"’”)\]]*$")
_TEASER_END = re.compile(r"(?:\?|!|\.\.\.|…)[\s'\"’”)]*$")


@dataclass
class Candidate:
    """One summary-eligible sentence: its clean slice, content lemmas, style flags and score."""

    index: int
    start: int
    end: int
    text: str
    lemmas: list[str]
    quoted: bool = False
    score: float = 0.0

    @property
    def words(self) -> int:
        """Whitespace-separated words, the unit of the length target."""
        return len(self.text.split())


def summarize(doc: Doc, max_sentences: int = 3, max_chars: int | None = None) -> dict:
    """{"text": str, "sentences": [{"text", "start", "end"}]} — extractive, sentences in document order."""
    candidates = _candidates(doc)
    if not candidates or max_sentences <= 0 or (max_chars is not None and max_chars <= 0):
        return {"text": "", "sentences": []}
    _score(candidates)
    chosen = _select(text_of(doc), candidates, max_sentences, max_chars)
    chosen.sort(key=lambda c: c.start)
    sentences = [{"text": c.text, "start": c.start, "end": c.end} for c in chosen]
    return {"text": joined(s["text"] for s in sentences), "sentences": sentences}


def joined(sentences: Iterable[str]) -> str:
    """The sentences as one text: after a space, or after a line break where one has no final stop (a headline, a
    bullet point), so that two lines do not read as one run-on sentence."""
    text = ""
    for sentence in sentences:
        text += ("" if not text else " " if _TERMINATED.search(text) else "\n") + sentence
    return text


def _candidates(doc: Doc) -> list[Candidate]:
    """Clean sentence slices worth considering, in document order."""
    # A host's lines are questions, unless the interview has no answer of substance without them ("HOST: Welcome
    # back. With me is the Health Secretary, Wes Streeting." and "STREETING: Thank you for having me.").
    return _collect(doc, strict=True) or _collect(doc, strict=True, hosts_ask=False) or _collect(doc, strict=False)


def _collect(doc: Doc, strict: bool, hosts_ask: bool = True) -> list[Candidate]:
    """Candidates from the doc's pieces; strict keeps only reporting sentences, loose any piece with words; a host's
    lines without a "?" are questions unless not `hosts_ask`."""
    full_text = text_of(doc)
    furniture = furniture_ranges(doc)
    salutations = dict(letters_page_salutations(full_text))
    # Quotes in double marks within a paragraph: pairs of single marks and quotes running over paragraphs, whose
    # marks the copy leaves open, are found less surely.
    quoted = [(start, end) for start, end in (quote_spans_of(doc) if strict else [])
              if full_text[start] in '"“' and "\n" not in full_text[start:end]]
    # Where an interview's answers open, and their marks end: "A. Global trade grew 3% last year." and "RUTTE: We are
    # ready." are the interview's substance, their marks no part of it; its questions, to their line's end, are not.
    marks = interview_marks(full_text)
    answers = {start: end for start, end, label in marks if label not in ASKING_LABELS} \
        | {mark.start(): mark.end() for mark in hansard_marks(full_text)}  # "Kemi Badenoch (North West Essex) (Con): "
    questions = [(start, _question_end(full_text, start)) for start, _, label in marks
                 if _asks(full_text, start, label, hosts_ask)]
    out: list[Candidate] = []
    for piece_start, piece_end in _pieces(doc):
        opening = answers.get(piece_start, piece_start)
        asked = next((end for start, end in questions if start <= piece_start < end), None)
        if asked is not None:
            if piece_end <= asked:
                continue  # "INTERVIEWER: Mr Rutte, is NATO ready ...?", the parser's sentence after its label too
            opening = asked  # "QUESTION: Why did prices rise? Inflation rose 3% ...": the words after its "?"
        start, end = _clean_bounds(full_text, opening, piece_end)
        start, end = _past_furniture(full_text, start, end, furniture)
        start = salutations.get(start, start)  # "Sir, Your report on the NHS ...": the letter, not its salutation
        if marks and strict and _COURTESY.match(full_text, start, end):
            continue  # an interview's "Thank you for having me.": no answer of substance
        found = range_at(start, furniture)
        if found and found[1] >= end:  # furniture from end to end: a cookie banner, a copyright line
            continue
        text = full_text[start:end]
        if in_caption(full_text, start):
            continue  # "Pictured: Firefighters at the scene." describes a picture
        if not ((_is_reporting(text) or (not out and _is_short_lead(text) and _has_subject(doc, start, end))
                 or _is_list_item(doc, full_text, start, end)) if strict
                else re.search(r"[^\W\d_]", text)):
            continue
        if strict and not out and (quote_end := _lead_quote_end(full_text, start, end, quoted)) is not None:
            end, text = quote_end, full_text[start:quote_end]  # the lead with the whole quote it introduces
        if strict and _cuts_a_quote(text):
            continue  # a quote's opening without its end, or its end alone: an unmatched mark, often no speaker
        if any(q_start < start and end < q_end for q_start, q_end in quoted) and not _QUOTE_MARK.search(text):
            continue  # a sentence inside a quote of three or more, with no mark: someone's claim, read as the report's
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        words = tokens_of(doc)[span.start:span.end]
        # A lede's marks around a title or a word or two are no speech to mark it down for ('Bad Bunny's "Debí Tirar
        # Más Fotos" debuted at No. 1', 'promising to "reset" an economy').
        marks_speech = bool(out) or not _STATEMENT_END.search(text) or not _marks_only_names(text)
        out.append(Candidate(len(out), start, end, text, _content_lemmas(words), _is_quoted(words, marks_speech)))
    return out


# A colon introducing a quote, at its opening mark: 'writing: "', 'posted on X: "'.
_QUOTE_INTRODUCED = re.compile(r':\s*["“]$')
# Most words of a lead with the quote of several sentences it introduces: a short post's words, not a speech.
_LEAD_QUOTE_WORDS = 60


def _lead_quote_end(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> int | None:
    """Where the quote the lead introduces after a colon ends, when the parser cut it after its first sentence: the
    lead is its whole sentence ('Taylor Swift announced the release date on Instagram on Monday night, writing: "The
    Life of a Showgirl is out October 3rd. I can't wait for you to hear it."'); None for any other sentence, and for a
    lead with a mark before the quote's, an inch's or a title's ('Samsung's new 85" TV ...'), which may pair wrongly."""
    for q_start, q_end in quoted:
        if start < q_start < end < q_end and _QUOTE_INTRODUCED.search(text, start, q_start + 1) \
                and not _QUOTE_MARK.search(text, start, q_start) \
                and len(text[start:q_end].split()) <= _LEAD_QUOTE_WORDS:
            return q_end
    return None


# A broadcast's host, whose lines may introduce the guest rather than ask: "HOST (Sarah Montague): Welcome back. With
# me is the Health Secretary, Wes Streeting." is the interview's news when its guest says nothing of substance.
_HOST_LABELS = frozenset({"HOST", "PRESENTER", "MODERATOR", "ANCHOR"})
# An interview's courtesies, no answer: "Thank you for having me.", "Thanks for inviting me.", "Good morning.", "It's a
# pleasure to be here."
_COURTESY = re.compile(r"\W*(?i:(?:thank\s+you|thanks)(?:\s+(?:very|so)\s+much)?(?:\s+for\s+(?:having|inviting)\s+"
                       r"(?:me|us))?(?:\s*,\s*\w+)?|good\s+(?:morning|afternoon|evening)(?:\s*,\s*\w+)?|(?:it['’]s\s+)?"
                       r"(?:a|my)\s+pleasure(?:\s+to\s+be\s+here)?|pleased\s+to\s+be\s+here)\W*$")


def _asks(text: str, start: int, label: str, hosts_ask: bool = True) -> bool:
    """The mark at `start` opens a question: an asking label's ("Q:", "INTERVIEWER:"; a host's without a "?" only when
    `hosts_ask`), and in a transcript of speakers' labels a turn that asks ("[00:14:32] JOE ROGAN: So what did Elon
    say to you?")."""
    line_end = text.find("\n", start)
    line = text[start:len(text) if line_end < 0 else line_end]
    if label in _HOST_LABELS and not hosts_ask:
        return "?" in line
    return label in ASKING_LABELS or line.rstrip().endswith("?")


def _question_end(text: str, start: int) -> int:
    """Where the question asked at `start` ends: past its "?", else at its line's end."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    mark = text.find("?", start, end)
    return end if mark < 0 else mark + 1


def _cuts_a_quote(text: str) -> bool:
    """The sentence holds one quotation mark of a pair but not the other: it opens a quote that goes on after it, or
    closes one begun before it ('"This Government has failed.' of a quote of three sentences). Of single marks only
    the curly ones British copy quotes in: an opening ‘ never closed after it, or a ’ after a sentence's stop with
    no ‘ before it ("Nobody came.’"); straight ones and a ’ after a word are mostly apostrophes ("workers’ union")."""
    if _opens_a_straight_quote(text) or text.count("“") != text.count("”"):
        return True
    opening = max((m.start() for m in _OPENING_SINGLE.finditer(text)), default=-1)
    if opening >= 0 and not _CLOSING_SINGLE.search(text, opening):
        return True
    closing = _STOP_BEFORE_SINGLE.search(text)
    return closing is not None and "‘" not in text[:closing.start()]


_STRAIGHT_DOUBLE = re.compile(r'"|\'\'')
_QUOTE_MARK = re.compile('["“”]')


def _opens_a_straight_quote(text: str) -> bool:
    """A straight double mark (or two apostrophes written for one) is left open. A mark after a digit closes an
    open quote ('Disney's "Inside Out 2" topped') or else is an inch mark ('65" OLED TV', 'the 6\'2" striker')."""
    is_open = False
    for mark in _STRAIGHT_DOUBLE.finditer(text):
        if is_open:
            is_open = False
        elif not (mark.start() > 0 and text[mark.start() - 1].isdigit()):
            is_open = True
    return is_open
_OPENING_SINGLE = re.compile(r"‘(?!\d)")  # not the decade of "the ‘70s"
_CLOSING_SINGLE = re.compile(r"’(?![^\W\d_])")  # not the apostrophe of "I’ve"
_STOP_BEFORE_SINGLE = re.compile(r"[.!?,…]’(?![^\W\d_])")  # not "The U.S.’s largest bank"


def _pieces(doc: Doc) -> list[tuple[int, int]]:
    """Sentence character ranges, additionally split at line breaks (headlines and captions stand alone)."""
    pieces: list[tuple[int, int]] = []
    # Without a parser or sentence splitter doc.sents raises; fall back to the whole text (split at lines).
    has_sentences = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    text = text_of(doc)
    # Where a lower-case word opens a name ("bp", "van Dijk"), a sentence may start: elsewhere one does not.
    name_starts = {t.idx for t in tokens_of(doc) if t.ent_iob_ == "B" or t.pos == PROPN} if is_well_cased(doc) else None
    bounds = [(sent.start_char, sent.end_char) for sent in (doc.sents if has_sentences else [doc[:]])]
    for start, end in _closing_quotes_kept(text, bounds):
        offset = start
        for part in _LINE_BREAK.split(text[start:end]):
            if part and not part.isspace():
                if pieces and (_cut_off_subject(text, pieces[-1], offset)
                               or _speech_tag_after(text, pieces[-1], offset)
                               or _named_speech_tag_after(doc, pieces[-1], offset)
                               or _cut_in_a_case_name(text, pieces[-1], offset)
                               or _split_mid_sentence(text, pieces[-1], offset, name_starts)
                               or _completes_a_correction(text, pieces[-1], offset, part)):
                    pieces[-1] = (pieces[-1][0], offset + len(part))
                else:
                    pieces.append((offset, offset + len(part)))
            offset += len(part)
    return pieces


# Most words of a piece the parser cut from the start of its sentence: "Nvidia" of "Nvidia on Monday launched ...",
# "NEW DELHI - An IndiGo" after a headline.
CUT_OFF_WORDS = 3


def _cut_off_subject(text: str, piece: tuple[int, int], next_start: int) -> bool:
    """The piece is a few words without a sentence's end that the parser split from the sentence going on after it on
    the same line: they are one sentence."""
    words = DATELINE.sub("", text[piece[0]:piece[1]].strip(), count=1)
    return len(words.split()) <= CUT_OFF_WORDS and not _TERMINATED.search(words) \
        and "\n" not in text[piece[1]:next_start]


# A correction's label, which its notice opens with.
_CORRECTION_LABEL = re.compile(rf"\s*(?:corrections?|clarifications?)(?:{LABEL_DATE})?\s*:", re.IGNORECASE)


def _completes_a_correction(text: str, piece: tuple[int, int], next_start: int, part: str) -> bool:
    """The next piece is a sentence too short to be a candidate ("He is Njuguna Ndung'u.") on the line of a correction
    notice that the piece opens: it is the fact corrected, which the notice means nothing without ("Correction: An
    earlier version of this story misspelled the name of Kenya's finance minister.")."""
    return "\n" not in text[piece[1]:next_start] and _CORRECTION_LABEL.match(text, piece[0]) is not None \
        and len(re.findall(r"[^\W\d_]+", part)) < MIN_WORDS


# A word in lower case: "the winner of ...", not "iPhone sales rose" nor "eBay said".
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*\b")


def _split_mid_sentence(text: str, piece: tuple[int, int], next_start: int, name_starts: set[int] | None) -> bool:
    """The parser split one sentence on a line, the next piece going on from the piece before it: the next opens with
    a word in lower case in edited text (`name_starts` given: where names start) that opens no name ("... declared
    President Samia Suluhu Hassan" | "the winner of ..."; not "bp said", "van Dijk scored"; not in a lower-cased copy,
    whose sentences may start so after a quote). (A piece with no sentence's end is no sign: merging those moved the
    summary off its best sentences in CNN/DM's lower-cased copies; nor a full stop glued between capitalised words,
    which is a missing space's "Downing Street.Starmer said" more often than a name's "Flow.Ace".)"""
    return "\n" not in text[piece[1]:next_start] and name_starts is not None and next_start not in name_starts \
        and _LOWER_WORD.match(text, next_start) is not None


# A quote closed after its "!" or "?", where the parser ends a sentence that the speech tag after it goes on.
_EXCLAIMED_QUOTE_END = re.compile(r"[!?][\"”’']$")


def _speech_tag_after(text: str, piece: tuple[int, int], next_start: int) -> bool:
    """The next piece opens in lower case on the line of a quote that the piece ends with "!" or "?": the quote's
    speech tag, one sentence with it ('"Cancel takeoff clearance!" a controller can be heard saying ...')."""
    return text[next_start:next_start + 1].islower() and "\n" not in text[piece[1]:next_start] \
        and _EXCLAIMED_QUOTE_END.search(text, piece[0], piece[1]) is not None


# The "v" of a case name, which no sentence ends with: "In For Women Scotland Ltd v" | "The Scottish Ministers, ...".
_ENDS_AT_VERSUS = re.compile(r"\s(?:v|vs|v\.|vs\.|versus)\s*$")


def _cut_in_a_case_name(text: str, piece: tuple[int, int], next_start: int) -> bool:
    """The parser split a case name at its "v" on one line: the piece and the next are one sentence."""
    return "\n" not in text[piece[1]:next_start] and _ENDS_AT_VERSUS.search(text, piece[0], piece[1]) is not None


# Most words before the verb of a capitalised speech tag: "RMT general secretary Eddie Dempsey told the rally."
_TAG_SPEAKER_WORDS = 7
# Parts of speech of a speaker's title and name: "SpaceX chief executive Elon Musk", "Health Secretary Wes Streeting".
_TAG_SPEAKER_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART", "PUNCT"})


def _named_speech_tag_after(doc: Doc, piece: tuple[int, int], next_start: int) -> bool:
    """The next piece opens with a capitalised speaker (title and name words) and a verb of speech on the line of a
    quote that the piece ends with "!" or "?": the quote's speech tag, one sentence with it ('"Enough is enough!" RMT
    general secretary Eddie Dempsey told the rally.'); alone it means nothing."""
    text = text_of(doc)
    if not text[next_start:next_start + 1].isupper() or "\n" in text[piece[1]:next_start] \
            or _EXCLAIMED_QUOTE_END.search(text, piece[0], piece[1]) is None:
        return False
    span = doc.char_span(next_start, len(text), alignment_mode="expand")
    if span is None:
        return False
    words = tokens_of(doc)[span.start:span.start + _TAG_SPEAKER_WORDS + 1]
    for i, word in enumerate(words):
        if is_speech_verb(word):
            return i > 0
        if word.pos_ not in _TAG_SPEAKER_POS or word.text in _TAG_BREAKS:
            return False
    return False


# Punctuation that ends a speaker's name: a clause goes on after it ('"Wow!" Fans, who had waited hours, said ...').
_TAG_BREAKS = frozenset({",", ".", ";", ":", "!", "?", "(", ")", '"', "“", "”"})


def _closing_quotes_kept(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence ranges with a closing quote mark moved back to the sentence it closes: before a line break the
    parser starts the next sentence with it ('said: "We are proud.' then '"\nApple ...')."""
    fixed = list(bounds)
    for i in range(1, len(fixed)):
        (start, end), (prev_start, prev_end) = fixed[i], fixed[i - 1]
        marks = _CLOSING_QUOTES.match(text, start, end)
        if marks and start == prev_end and text[prev_end - 1:prev_end] in _SENTENCE_ENDS:
            fixed[i - 1], fixed[i] = (prev_start, marks.end()), (marks.end(), end)
    return fixed


def _clean_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) past agency prefixes and surrounding whitespace."""
    changed = True
    while changed:
        changed = False
        for prefix in _PREFIX_RES:
            match = prefix.match(text, start, end)
            if match and start < match.end() < end:
                start, changed = match.end(), True
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _past_furniture(text: str, start: int, end: int, furniture: list[tuple[int, int]]) -> tuple[int, int]:
    """[start, end) narrowed past the rest of a furniture range it starts inside, mostly a dateline that the sentence
    splitter cut at an abbreviation ("AUSTIN, Texas, Jan." | "12, 2026 (GLOBE NEWSWIRE) -- Acme said ...")."""
    found = range_at(start, furniture)
    if found and found[0] < start and found[1] < end:
        return _clean_bounds(text, found[1], end)
    return start, end


def _is_reporting(text: str) -> bool:
    """True for a sentence of reporting, False for headings, captions and page furniture."""
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) < MIN_WORDS or not _TERMINATED.search(text):
        return False
    return not _is_junk(text)


def _is_junk(text: str) -> bool:
    """The sentence is page furniture by one of `_JUNK_RES`."""
    folded = None
    for junk in _JUNK_RES:
        needs = _JUNK_NEEDS.get(junk)
        if needs is not None:
            folded = text.casefold() if folded is None else folded
            if not any(part in folded for part in needs):
                continue
        if junk.search(text):
            return True
    return False


# A figure in a sentence: "20%", "$5bn", "1.2 million".
_FIGURE = re.compile(r"\d")
_SHORT_LEAD_WORDS = MIN_WORDS - 1


def _is_short_lead(text: str) -> bool:
    """A first sentence a word short of `MIN_WORDS` whose figure is its news, a capital to open it and a full stop to
    end it: "Boeing said quarterly deliveries fell 20%." (the count leaves the figure out); not a web address or a
    file's name ("ssf / 2013 / 06 / esther _ williams.")."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) == _SHORT_LEAD_WORDS and text[:1].isupper() and text.rstrip().endswith(".") \
        and _FIGURE.search(text) is not None and "_" not in text and "/" not in text \
        and not _is_junk(text)


# A list item's number right before its sentence (the parser often makes "2." a sentence of its own).
_ITEM_NUMBER_BEFORE = re.compile(r"(\d{1,2})[.)]\s+$")
# Fewest words of a list item's sentence: a listicle's items are its content, each a short sentence ("Wages rose 5%.").
_LIST_ITEM_WORDS = 3


def _is_list_item(doc: Doc, text: str, start: int, end: int) -> bool:
    """The piece is a numbered list's item, a short sentence of its own that reports (a subject, or a verb in the
    present's third person or the past): "Wages rose 5%." of "Top 5 takeaways:\n1. Inflation fell to 2.3%.\n2. Wages
    rose 5%.", "Capital gains tax rises to 24%." (the parser's compound); not "3. Read more.", "4. Drink water."."""
    number = _ITEM_NUMBER_BEFORE.search(text, max(0, start - 6), start)
    if number is None or not is_list_number(text, number.start(1), number.end(1)) \
            or not _introduced_by_heading(doc, text, number.start(1)):
        return False
    piece = text[start:end]
    if len(piece.split()) < _LIST_ITEM_WORDS or not piece.endswith(".") or _is_junk(piece):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and (_has_subject(doc, start, end) or span.root.tag_ in ("VBZ", "VBD"))


_ITEM_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)][ \t]+")
_INTRO_START = re.compile(r".*(?:\n|[.!?][\"”’']?\s)", re.DOTALL)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _introduced_by_heading(doc: Doc, text: str, at: int) -> bool:
    """The list whose item's number starts at `at` follows a heading: a line ending in ":" with no verb of speech
    ("Top 5 takeaways:", "Reasons for delay:"), or one with no finite verb ("Five things to know about the Fed
    decision"); not a sentence that counts or attributes the items ("The report made 3 recommendations.", "The
    statement said:"), whose items are no report of the newsroom's own."""
    first = at
    value = int(re.match(r"\d+", text[at:])[0])
    while value > 1:  # back to the list's first item: "1." of "... 1. The council failed to act. 2. Staff ..."
        previous = [m for m in _ITEM_NUMBER.finditer(text, 0, first) if int(m[1]) == value - 1
                    and is_list_number(text, m.start(1), m.end(1))]
        if not previous:
            break
        first, value = previous[-1].start(1), value - 1
    before = text[:first].rstrip()
    found = _INTRO_START.match(before)
    intro_start = found.end() if found else 0
    intro = before[intro_start:].strip()
    if not intro:
        return False
    span = doc.char_span(intro_start, len(before), alignment_mode="expand")
    if span is None:
        return False
    if intro.endswith(":") and not any(is_speech_verb(token) for token in span):
        return True
    return not any(token.tag_ in _FINITE_TAGS for token in span)


def _has_subject(doc: Doc, start: int, end: int) -> bool:
    """The sentence's root verb has a subject: a report ("Boeing said ..."), no imperative ("Read part 2 of the
    series.")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for t in span.root.children)


def _content_lemmas(words: list[Token]) -> list[str]:
    """Lower-cased lemmas of the content words."""
    return [
        t.lemma_.lower() for t in words
        if t.pos in _CONTENT_POS_IDS and not t.is_stop and not t.is_punct and len(t.text) > 1
    ]


_CONTENT_POS_IDS = frozenset(IDS[pos] for pos in CONTENT_POS)  # read without building each token's tag string


# A sentence's full stop, with the marks and brackets that may close after it: a statement, not a headline's
# question ('Arson in Alaska–A Palin “ Pattern ”?').
_STATEMENT_END = re.compile(r"\.[\s\"'”’)\]]*$")
# A stretch in double marks, its marks and its words.
_DOUBLE_QUOTED = re.compile(r'["“]([^"“”\n]*)["”]')
# The most words of a quoted stretch read as a label or a scare quote, whatever its case.
_LABEL_WORDS = 2


def _marks_only_names(text: str) -> bool:
    """Every pair of double marks in the sentence holds a title or a word or two with no punctuation of a sentence at
    its end (a work's, a label, a scare quote), and there is some."""
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return False  # a mark left open: a quote running on
    inners = [match.group(1).strip() for match in _DOUBLE_QUOTED.finditer(text)]
    return bool(inners) and all(_names_or_labels(inner) for inner in inners)


def _names_or_labels(inner: str) -> bool:
    """Quoted words that are a title (each capitalised but for small words) or a label of a word or two."""
    words = inner.split()
    if not words or inner.endswith((",", ".", "!", "?", ";", ":", "…")):
        return False
    return len(words) <= _LABEL_WORDS or all(
        word[:1].isupper() or word[:1].isdigit() or word.lower() in TITLE_SMALL_WORDS for word in words)


def _is_quoted(words: list[Token], marks_speech: bool = True) -> bool:
    """True when the sentence's words hold direct speech or speak in the first or second person; its quote marks
    count only if `marks_speech`."""
    # The POS is compared first: reading a token's morphology builds an object, and only punctuation
    # and pronouns carry the features asked for.
    for token in words:
        pos = token.pos
        if marks_speech and (token.is_quote or pos == PUNCT and "Quot" in token.morph.get("PunctType")):
            return True
        if pos == PRON and set(token.morph.get("Person")) & {"1", "2"}:
            return True
    return False


def _score(candidates: list[Candidate]) -> None:
    """Score each candidate: position prior + relative centrality - style penalties."""
    doc_tf = Counter(lemma for c in candidates for lemma in c.lemmas)
    doc_norm_sq = sum(v * v for v in doc_tf.values())
    centralities = [_centrality(c, doc_tf, doc_norm_sq) for c in candidates]
    top = max(centralities) or 1.0
    for cand, centrality in zip(candidates, centralities, strict=True):
        score = 1.0 / (1.0 + POSITION_DECAY * cand.index) + CENTRALITY_WEIGHT * centrality / top
        if cand.quoted:
            score -= QUOTE_PENALTY
        if _TEASER_END.search(cand.text):
            score -= TEASER_PENALTY
        if cand.text[0].islower():
            score -= FRAGMENT_PENALTY
        if cand.index and _PRONOUN_START.match(cand.text):  # a lede may open "It might look like ..."
            score -= PRONOUN_PENALTY
        cand.score = score


def _centrality(cand: Candidate, doc_tf: Counter[str], doc_norm_sq: float) -> float:
    """Cosine between the sentence's lemmas and the rest of the article's (recurring words count more)."""
    own = Counter(cand.lemmas)
    if not own:
        return 0.0
    # rest = doc_tf - own, computed only over the sentence's own words (the rest are unchanged).
    dot = sum(count * (doc_tf[lemma] - count) for lemma, count in own.items())
    rest_norm_sq = doc_norm_sq - sum(doc_tf[w] ** 2 - (doc_tf[w] - c) ** 2 for w, c in own.items())
    norm_own = math.sqrt(sum(v * v for v in own.values()))
    norm_rest = math.sqrt(max(rest_norm_sq, 0.0)) or 1.0
    return dot / (norm_own * norm_rest)


def _select(
    text: str, candidates: list[Candidate], max_sentences: int, max_chars: int | None
) -> list[Candidate]:
    """Greedy pick by score until the length target, skipping redundant and over-budget sentences; a sentence that
    leans on the one before it waits for that one to be picked."""
    ranked = sorted(candidates, key=lambda c: (-c.score, c.index))
    if max_chars is not None and len(ranked[0].text) > max_chars:
        return [_truncate(text, ranked[0], max_chars)]
    target_words = WORDS_PER_SENTENCE * max_sentences
    chosen: list[Candidate] = []
    waiting: list[Candidate] = []

    def fits(cand: Candidate) -> bool:
        used_chars = sum(len(c.text) + 1 for c in chosen)
        return len(chosen) < max_sentences and sum(c.words for c in chosen) < target_words \
            and (max_chars is None or used_chars + len(cand.text) <= max_chars) \
            and not any(_overlap(cand, other) > REDUNDANCY_LIMIT for other in chosen)

    for cand in ranked:
        if not fits(cand):
            continue
        naming = _naming_sentence(cand, candidates)
        if _leans_on_the_sentence_before(cand) and not _follows_one_of(text, cand, chosen) \
                or naming is not None and naming not in chosen:
            waiting.append(cand)  # '"He was the better player," he said' alone reads as another person's
            continue
        chosen.append(cand)
        follower = next((w for w in waiting if _follows_one_of(text, w, [cand])
                         or _naming_sentence(w, candidates) is cand), None)
        if follower is not None and fits(follower):
            chosen.append(follower)
    return chosen or waiting[:1]  # a text of such sentences alone still has a summary


def _leans_on_the_sentence_before(cand: Candidate) -> bool:
    """A quote given to a pronoun ('"…," he said'), or a sentence opening with one ("He said the appeal would fund
    food") or with "Earlier," or "Meanwhile,", past the lede (which may open so: '"We will appeal," she said outside
    the court'): who they are, or what it is set against, is in the sentence before."""
    return bool(cand.index and (_PRONOUN_SPEAKER.search(cand.text) or _PERSON_PRONOUN_START.match(cand.text)
                                or _WORK_DESCRIPTION_START.match(cand.text) or _LINKED_START.match(cand.text)))


def _naming_sentence(cand: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """For a sentence past the lede that calls someone by honorific and surname ("Mr. Sato said ...") or gives a
    quote to a bare surname ('"…," Sato said'), the first sentence before it with that surname, which names them
    ("Chief Executive Koji Sato told ..."); None if there is none, or it is the lede, which the summary nearly always
    holds (waiting for it would only shorten the summary)."""
    opening = (_HONORIFIC_START.match(cand.text) or _SURNAME_SPEAKER.search(cand.text)) if cand.index else None
    if opening is None:
        return None
    surname = opening.groupdict().get("surname") or opening["after"]
    naming = next((other for other in candidates[:cand.index] if _names_in_full(other.text, surname)), None)
    return naming if naming is not None and naming.index else None


def _names_in_full(text: str, surname: str) -> bool:
    """The text holds the surname as a whole word beside a capitalised one: a given name or title before it ("Koji
    Sato", "Premier Li"), or a given name after it, as Korean and Chinese names run ("Lee Jae-myung"); not "Leeds"."""
    name = re.escape(surname)
    return re.search(rf"\b[A-Z][\w.'’-]*\s+{name}\b|\b{name}\s+[A-Z]", text) is not None


def _follows_one_of(text: str, cand: Candidate, chosen: list[Candidate]) -> bool:
    """The sentence right before `cand` in the text is one of `chosen`."""
    return any(other.end <= cand.start and not text[other.end:cand.start].strip() for other in chosen)


def _overlap(a: Candidate, b: Candidate) -> float:
    """Share of a's distinct content lemmas already present in b."""
    mine = set(a.lemmas)
    return len(mine & set(b.lemmas)) / len(mine) if mine else 1.0


def _truncate(full_text: str, cand: Candidate, max_chars: int) -> Candidate:
    """The candidate cut at the last word boundary within max_chars (hard cut inside a too-long word)."""
    cut = cand.start + max_chars
    space = max(full_text.rfind(ch, cand.start, cut + 1) for ch in " \n\t")
    end = space if space > cand.start else cut
    while end > cand.start and (full_text[end - 1].isspace() or full_text[end - 1] in ",;:-–—("):
        end -= 1
    if end == cand.start:  # the text before the cut was all punctuation: keep the hard cut
        end = cut
    text = full_text[cand.start:end]
    return Candidate(cand.index, cand.start, end, text, cand.lemmas, cand.quoted, cand.score)
