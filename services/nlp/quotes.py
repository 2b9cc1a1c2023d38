"""Direct quotes of an article and who says them.

Quotes. Quotation marks are found by scanning the characters and classified by their neighbours
(an opening mark follows a space and precedes a word, a closing mark the reverse), not by glyph
alone, because news text often uses the wrong curly mark and ’ is mostly an apostrophe. Marks are
paired with a stack, so nested quotes stay inside their outer quote. A paragraph that ends inside a
quote goes on when the next paragraph opens with the same kind of mark (news style); a quote never
closed is dropped, keeping the quotes nested in it. Quoted titles of shows and works, nicknames and
subheadings are not speech and are left out. Quoted pieces of one sentence joined by a few words
("called him a “nasty guy” and “sick”") make one quote, as they make one attribution.

Speakers. A quote opening its sentence is attributed by the clause after it (“…,” she said / said
Smith); a quote inside a sentence by the clause around it: "according to X", the clause before a
colon, the subject of the topmost speech verb above the quote in the parse ("Trump said Clinton
called it “…”" is Trump's, as news annotators read it; not past a clause of a speaker of its own beside that verb:
"X called it “…”, while Y said “…”"), the nearest speech verb before it, and
finally the subject of the verb the quote depends on. A quote standing alone takes the speaker of
the sentence or quote just before it. The speaker is returned as the mention in the text (a name,
a description or a pronoun); a he/she pronoun gets the closest preceding person, preferring
subjects and persons of the right gender, as its antecedent.

Measured on PolNeAR dev: `python -m services.eval.score_quotes`.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy
from spacy.attrs import HEAD
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from services.core.names import normalise_name
from services.nlp.doctext import ents_of, text_of, tokens_of
from services.nlp.entity_rules import (
    ALL_TITLES,
    CITIES,
    CORPORATE_SUFFIXES,
    COUNTRIES,
    DEMONYMS,
    ELIDED_SURNAME,
    FOREIGN_ARTICLES,
    GOVERNMENT_BODIES,
    GOVERNMENT_BODY_WORDS,
    HONORIFICS,
    LISTED_WORK_NOUNS,
    PEERAGES,
    PERFORMANCE_NOUNS,
    PERFORMING_VERBS,
    PERFORMING_VERBS_BEFORE,
    TITLES_IN_FULL,
    WORK_MAKING_PARTICIPLES,
)
from services.nlp.furniture import ENTRY_TIME_RE, dateline_spans
from services.nlp.given_names import gender_of, is_firm, is_given_name

# Lemmas of verbs that introduce or attribute speech or writing in news.
SPEECH_VERBS = frozenset({
    "accuse", "acknowledge", "add", "admit", "advise", "agree", "allege", "announce", "answer", "argue",
    "ask", "assert", "blast", "boast", "call", "caution", "charge", "chime", "claim", "comment",
    "complain", "conclude", "concede", "confirm", "contend", "continue", "counter", "cry", "declare",
    "decry", "demand", "deny", "describe", "dismiss", "dub", "emphasise", "emphasize", "exclaim",
    "explain", "insist", "interject", "joke", "label", "lament", "maintain", "mention", "muse", "note",
    "observe", "plead", "pledge", "post", "praise", "predict", "proclaim", "promise", "quip", "read",
    "recall", "recount", "reiterate", "remark", "repeat", "reply", "report", "respond", "retort",
    "reveal", "say", "scoff", "scream", "shout", "slam", "state", "stress", "suggest", "tell", "testify",
    "tout", "tweet", "urge", "vow", "warn", "whisper", "write", "yell", "email",
    # Said by radio, by phone, or through tears: "radioed", "texted", "messaged", "sobbed", "wept" (as the frame of a
    # quote only, see `_FRAMING_ONLY_VERBS`).
    "radio", "text", "message", "sob", "weep", "stammer", "gasp", "snap",
})
# Verbs of speech only as a quote's frame ('"…," she snapped', 'she texted: "…"'); else a market snaps a run, a mayor
# texts a link, a crowd gasps or chants while someone else speaks.
_FRAMING_ONLY_VERBS = frozenset({"radio", "text", "message", "sob", "weep", "stammer", "gasp", "snap", "chant"})
# Tokens looked back from such a verb, over its subject, to the quote's closing mark.
_FRAME_TOKENS = 15
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Speech verbs whose passive subject speaks: "was reported (by the Guardian) as saying". Of the others the passive
# subject is spoken to or of: "the inquest was told", "he was asked", "it was described as".
_SPEAKING_PASSIVES = frozenset({"report", "quote"})
# Verbs above a quote whose subject says nothing: it is described, or it listened.
_NOT_ACTS_OF_SPEECH = frozenset({"be", "hear", "learn"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
_DOUBLE_MARKS = frozenset('"“”„«»')
_SINGLE_MARKS = frozenset("'‘’‚‹›")
_QUOTE_MARKS = _DOUBLE_MARKS | _SINGLE_MARKS
# A quotation mark, two apostrophes first (written for a double mark).
_MARK_RE = re.compile("''|[" + re.escape("".join(sorted(_QUOTE_MARKS))) + "]")
# Characters after which a mark opens a quote, and before which a mark closes one.
_OPENERS_BEFORE = frozenset("([{—–-/")
_CLOSERS_AFTER = frozenset(".,;:!?)]}—–-/…")
# Quoted pieces of one sentence joined by at most this many characters count as one quote.
_MAX_JOIN_GAP = 40
_SENTENCE_END = frozenset(".!?")
_ELISIONS = frozenset({"s", "re", "ll", "ve", "d", "m", "t", "em", "n", "til", "cause", "tis"})
# After “…?” or “…!” an attribution counts only when its verb comes within this many tokens.
_AT_ONCE_TOKENS = 20


# --- quotation marks -------------------------------------------------------------------------


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
    left = not _is_space(nxt) and (_is_space(prev) or prev in _OPENERS_BEFORE or prev in _QUOTE_MARKS)
    right = not _is_space(prev) and (_is_space(nxt) or nxt in _CLOSERS_AFTER or nxt in _QUOTE_MARKS)
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


# --- which quoted stretches are quotes -----------------------------------------------------------

# "n" and "o" of an elided "and" and "of", their marks stripped: "Short n' Sweet", "Sweet Child o' Mine".
_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "is", "it", "of", "on", "or",
                          "the", "to", "with", "n", "o"})
# How an owner's possessive ends, the word before the title of a work of theirs: Verdi's "La traviata".
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
# Nouns that announce the title of a work or a programme: the book "…", the show "…".
_WORK_NOUNS = frozenset({
    "album", "anthem", "article", "book", "broadcast", "clip", "column", "documentary", "editorial",
    "episode", "film", "headline", "magazine", "memoir", "movie", "novel", "op-ed", "play", "podcast",
    "poem", "program", "programme", "series", "show", "song", "titled", "entitled", "drama", "sitcom", "miniseries",
    "musical", "opera", "ballet", "single", "track", "thriller", "comedy", "painting", "exhibition", "anthology",
})

# A verb right after a title-cased quote with no punctuation of its own: the quote is the verb's subject, a work or
# a name ("Oppenheimer" dominated, the original "Inside Out" won; not 'that "Nobody Is Above the Law" after').
_VERB_AFTER_NAME = re.compile(r"\s+([a-z]+ed|won|took|led|made|hit|beat|became|remains|stars|follows|tops|leads|wins|"
                              r"opens|earns|sold|sells|went|drew|ran|fell|rose|sank|grew|gave|spent)\b")
# The same verb after a title set off by commas: 'the second of which, "Curtain Up", sold 60,000 copies'.
_VERB_AFTER_APPOSITION = re.compile("," + _VERB_AFTER_NAME.pattern)
# What signs and banners carry is written, not said: 'many holding signs reading "Save Mesa."'.
_DISPLAY_NOUNS = frozenset({"sign", "signs", "placard", "placards", "banner", "banners", "poster", "posters",
                            "t-shirt", "t-shirts", "shirts"})
# Nouns right before a name in quotation marks: the brand name "Wegovy", the hashtag "#MeToo", the drone ship "A
# Shortfall of Gravitas", his call sign "Bober".
_NAME_NOUNS = frozenset({"name", "brand", "label", "trademark", "nickname", "moniker", "hashtag", "codename", "ship",
                         "vessel", "tanker", "yacht", "ferry", "boat", "spacecraft", "capsule", "rover", "racehorse"}
                        ) | _DISPLAY_NOUNS
# Determiners before a quoted name that modifies the noun after it: its "Classic" plan, the "Basic" tier.
# Not "that": 'told reporters that "Nobody Is Above the Law" after ...' is speech.
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
# Words that put a name or a label in quotation marks, right before them: what follows is no one's speech.
_NAMING_BEFORE = re.compile(r"\b(?:so-called|so called|dubbed|code-?named|titled|entitled|self-described|"
                            r"self-styled|self-proclaimed|so-described)\s*$", re.IGNORECASE)
# Words named as words, and the words listed after the first: 'the word "crisis"', 'terms such as "expects,"
# "anticipates" and "will"' (not "the words" nor "the phrase", which news writes before speech too: 'the words "I
# can't breathe"', 'has used the phrase "Islamic terrorism" often'; nor "the terms" of a deal: 'called the terms
# "unacceptable"').
_WORDS_BEFORE = re.compile(r"\b(?:(?:words|terms|phrases|expressions)\s+(?:such\s+as|like)|"
                           r"such\s+(?:words|terms|phrases)\s+as|the\s+(?:word|term))\s+"
                           r"(?:[\"“][^\"”\n]{1,40}[\"”],?\s+(?:and\s+|or\s+)?)*$", re.IGNORECASE)
# Words before a quote that may give a name or a speaker's words: 'known as "SCOPE"', 'what are known as "midnight
# regulations"', 'dubbed the cat "the Mozart of Meows"' (but 'dubbed it "the biggest tax cut in history"', 'what is
# known as "a technical recession," he said').
_KNOWN_AS_BEFORE = re.compile(r"\b(?:known\s+as|nicknamed)\s*$", re.IGNORECASE)
_DUBBED_BEFORE = re.compile(r"\b(?:dubbed|nicknamed)\s+(?:it|him|her|them|the\s+[\w-]+)\s*$", re.IGNORECASE)
# Verbs that give a title-cased name or award in quotation marks, a few words before it.
_AWARDING_BEFORE = re.compile(r"\b(?:named|crowned|voted|awarded|won|wins|winning|shortlisted\s+for|nominated\s+for"
                              r"|called|renamed|(?:call|calls|calling)\s+(?:him|her|it|them|me|us))"
                              r"(?:\s+[\w'’-]+){0,3}\s*$", re.IGNORECASE)
# Analysts' ratings, quoted as labels ("rate the shares a "hold"", "cut to "underperform""): a quote of nothing else
# is no one's speech.
_RATINGS = frozenset({
    "buy", "strong buy", "hold", "sell", "strong sell", "overweight", "underweight", "equal-weight", "equal weight",
    "outperform", "underperform", "market perform", "sector perform", "neutral", "accumulate", "reduce", "add",
})
# Verbs after which a title-cased quote is a work's title: released "Hackney Diamonds", produced "We Are the World".
_RELEASE_VERBS = frozenset({"released", "releases", "releasing", "published", "publishes", "premiered", "premieres",
                            "recorded", "screened", "aired", "launched", "launches", "unveiled", "unveils",
                            "produced", "co-produced", "directed", "co-directed", "composed", "co-wrote",
                            # Making or staging a work, in any tense: 'the artist who created "Dragon Ball"', 'would
                            # direct "Much Ado About Nothing"', 'will stage "Hamlet"'.
                            "created", "co-created", "creates", "create", "direct", "directs", "directing",
                            "produce", "produces", "producing", "stage", "stages", "staged", "staging", "publish",
                            "publishing", "release", "premiere", "premiering", "painted", "authored", "adapted"})
# Verbs of working on a work, a few words before "on" and its title: 'worked with Michael Jackson on "Thriller"'
# (not a bare "on", which PolNeAR's gold quotes follow: 'a reality TV boss on "The Apprentice,"').
_WORKED_ON_BEFORE = re.compile(r"\b(?:worked|works|working|collaborated|collaborates|teamed\s+up)\b"
                               r"(?:\s+[\w'’.-]+){0,4}\s+on\s*$", re.IGNORECASE)
# A participle of making a work right after its title, then who made it or when or where: '"Portrait of Fräulein
# Lieser," painted in 1917', '"Cowboy Carter," released in March'. A title in sentence case in another language only
# before "by" and a name: 'Verdi's "La traviata," directed by Richard Eyre' (in English it is as often words said:
# '"We are devastated," released by Manchester United').
_MAKING_AFTER = rf",?\s+(?:{'|'.join(sorted(WORK_MAKING_PARTICIPLES))})\s+"
_MADE_AFTER = re.compile(_MAKING_AFTER + r"(?:by|in)\b")
_MADE_BY_AFTER = re.compile(_MAKING_AFTER + r"by\s+[A-Z]")
# Parts and versions of a work before "of" and its title: the second season of "Squid Game".
_WORK_PART_NOUNS = frozenset({"season", "seasons", "episode", "episodes", "adaptation", "sequel", "prequel", "remake",
                              "cast", "finale", "premiere", "soundtrack", "trailer", "star", "stars",
                              "encore", "encores",  # a song played again: 'the encore of "Wonderwall"'
                              # A work put on or played again: 'a new production of "Hamlet"', 'her cover of "Jolene"'.
                              # (not "version" nor "performance": 'his version of "The Truth"' is said words)
                              "production", "productions", "staging", "revival", "rendition", "cover", "screening",
                              "reboot", "translation",
                              # What a critic wrote of it: 'The Guardian's review of "Wicked"'.
                              "review", "reviews"})
# "hit" as a song's noun, after "the" or an owner's word and maybe a word of the charts: 'her hit "Fortnight"', 'the
# 1995 hit "Wonderwall"' (not the verb: 'Trump hit "Sleepy Joe"', 'Inflation's hit "Rock Bottom"', nor a blow: 'took a
# big hit "Across The Board,"').
_HIT_BEFORE = re.compile(r"\b(?:the|her|his|their|its|our)\s+(?:(?:\d{4}|smash|chart|breakout|signature|classic|"
                         r"latest|new|debut|early|greatest|number-one|chart-topping)\s+)?hits?\s*$", re.IGNORECASE)
# What describes a work in an apposition after its title opening the sentence: '"Anora", Sean Baker's comedy-drama
# about ...', '"Wicked", starring Cynthia Erivo, took ...'.
_DESCRIBING_WORDS = frozenset({"starring", "featuring", "co-starring"})
# Verbs a work's title follows as often as a quote: its title only in title case, neither shouted nor a span of time.
_DELAY_VERBS = frozenset({"delay", "delayed", "delays", "postpone", "postponed", "postpones", "cancelled", "canceled",
                          "cancels", "shelved"})
_SPAN_OF_TIME = re.compile(r"\b(?:days?|weeks?|months?|years?|indefinitely|until|later|soon)\b", re.IGNORECASE)
# What a verb of performing acts on before "with": 'closed the show with', 'opened their two-hour set with'.
_PERFORMANCE_OBJECT = (rf"(?:(?:the|their|his|her|its|a)\s+(?:[\w'’-]+\s+)?"
                       rf"(?:{'|'.join(sorted(PERFORMANCE_NOUNS))})\s+)?")
# A verb of performing and the song titles already quoted after it, up to a quote: 'followed with "Levitating" and '.
_PERFORMED_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(PERFORMING_VERBS))}|"
    + "|".join(rf"(?:{'|'.join(sorted(verbs))})\s+{_PERFORMANCE_OBJECT if word == 'with' else ''}{word}"
               for word, verbs in PERFORMING_VERBS_BEFORE.items())
    + r")\s+(?:[\"“][^\"”\n]{1,80}[\"”],?\s+(?:and\s+|or\s+)?)*$")
# Verbs of taking part in a work, before "in" or "on" and its title: starred in "…", appeared on "…".
_ROLE_VERBS = frozenset({
    "starred", "stars", "starring", "appeared", "appears", "appearing", "featured", "features", "featuring",
    "performed", "performs", "played", "plays", "cast", "role",
})

# Who made or starred in a work, before "of" or "on" and its title: a producer of "Argo," the author of "The Road".
_MAKER_NOUNS = frozenset({
    "producer", "producers", "director", "writer", "writers", "author", "creator", "creators", "co-creator",
    "composer", "screenwriter", "showrunner", "star", "co-star", "lyricist", "illustrator", "narrator", "host",
})


def _words(text: str) -> Iterator[str]:
    """The words of the text, stripped of punctuation, one by one (a caller may stop after a few)."""
    for match in _NON_SPACE.finditer(text):
        word = match.group().strip(".,!?;:\"'“”‘’()")
        if word:
            yield word


def _title_cased(text: str, max_words: int = 6) -> bool:
    """Every word capitalised (small words aside), as in a name or a title."""
    words = list(itertools.islice(_words(text), max_words + 1))
    if not words or len(words) > max_words:
        return False
    return (words[0][0].isupper() or words[0][0].isdigit()) and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words
    )


# The most words of a title after its work's noun.
_TITLE_WORDS = 12
# The longest first line read as the article's headline: a longer one is a paragraph (a text sent as one line).
HEADLINE_CHARS = 200
_ENDS_WITH_FULL_STOP = re.compile(r"\.[\"'”’)]*\s*$")


def _is_headline(text: str, start: int, end: int) -> bool:
    """A line written in headline case, or a first line shaped like a headline (short, no full stop at the end),
    where capitals say nothing about titles."""
    line = text[start:end]
    return (start == 0 and end <= HEADLINE_CHARS and not _ENDS_WITH_FULL_STOP.search(line)) or _title_cased(
        line, max_words=40)


_NON_SPACE = re.compile(r"\S+")
# Most parse-tree levels walked up from a quote's words to the verb that introduces it.
ANCESTOR_STEPS = 40
# How far around a quote its neighbouring words are looked for.
_LOOK_CHARS = 200


def _is_said(word: str) -> bool:
    """A verb of speech in the past tense: "replied", "tweeted", "chanted" ('"Never" replied the minister')."""
    return _said_stem(word) is not None


def _said_stem(word: str) -> str | None:
    """The verb of speech a past tense is of: "replied" -> "reply", or None."""
    stems = {word[:-2], word[:-1], word[:-3] + "y", word[:-3]}  # "added", "declared", "replied", "slammed"
    return min(stems & (SPEECH_VERBS | {"chant"}), default=None)


# Verbs that attribute the words before them ("... recession," the minister said), not any verb of speech: 'Mark Felt,
# known as "Deep Throat," divulged information'.
ATTRIBUTING_VERBS = frozenset({"said", "says", "told", "tells", "wrote", "writes", "added", "adds", "insisted",
                               "explained", "warned", "argued", "stated", "declared"})


def _is_short_name(inner: str, text: str, end: int, named: bool = False) -> bool:
    """A quote of at most four words, no sentence's end in it and no speech verb after it; `named`: one that reads as
    a name too, title-cased, in capitals or opening with "the" (not 'dubbed the strike "an act of war"')."""
    bare = inner.strip(" ,")
    words = bare.split()
    after = text[end:end + 60].split()[:5]  # '"a technical recession," the finance minister said'
    return 0 < len(words) <= 4 and not bare.endswith((".", "!", "?")) \
        and (not named or _title_cased(bare) or bare.isupper() or words[0].lower() == "the") \
        and not any(word.strip(",.;:") in ATTRIBUTING_VERBS for word in after)


def _is_name_not_speech(text: str, start: int, end: int) -> bool:
    """A quoted title of a work or show, a nickname inside a name, a quoted subheading, or an
    elision between single marks (rock 'n' roll)."""
    inner = text[start + 1 : end - 1].strip("\'")
    if len(inner.strip()) <= 2:
        return True
    if _NAMING_BEFORE.search(text, max(0, start - 20), start):
        return True  # the so-called "Fortress Britain" strategy, a plan dubbed "Project Fear"
    if _WORDS_BEFORE.search(text, max(0, start - _LOOK_CHARS), start):
        return True  # the word "crisis", words such as "expects," "believes" and "will"
    if (_KNOWN_AS_BEFORE.search(text, max(0, start - 20), start) and _is_short_name(inner, text, end)) or (
            _DUBBED_BEFORE.search(text, max(0, start - 30), start) and _is_short_name(inner, text, end, named=True)):
        return True  # the law, known as "SCOPE,"; fans dubbed the cat "the Mozart of Meows"
    if inner.strip(" ,.").lower() in _RATINGS:
        return True
    if _made_work(inner, text, end):
        return True  # '"Portrait of Fräulein Lieser," painted in 1917', '"La traviata," directed by Richard Eyre'
    if _listed_after_works(text, start, end):
        return True  # 'whose films included "The French Connection" and "Unforgiven,"'
    if not _title_cased(inner):
        # A longer title after its work's noun: 'its drama "Wolf Hall: The Mirror and the Light"'; a title in another
        # language after its noun: 'the opera "La bohème"' (after a possessive it is as often words said in that
        # language: 'Scholz's "Das ist klar"').
        noun = text[max(0, start - _LOOK_CHARS):start].split()[-1:]
        work = bool(noun) and noun[0].strip(",").lower() in _WORK_NOUNS
        return work and (_title_cased(inner, max_words=_TITLE_WORDS) or _foreign_title(inner))
    if _AWARDING_BEFORE.search(text, max(0, start - 40), start):
        return True  # named the cafe 'Small Business of the Year', won "Best Newcomer"
    verb = _VERB_AFTER_NAME.match(text, end) or (_after_a_comma_not_of_speech(text, start)
                                                 and _VERB_AFTER_APPOSITION.match(text, end))
    if verb and not inner.rstrip().endswith((",", ".", "!", "?")) and not _is_said(verb.group(1)):
        return True  # "Oppenheimer" dominated the Academy Awards: a title that does something, not words said
    line_start, line_end = _line_bounds(text, start)[0], _line_bounds(text, end)[1]
    # The two words before and the one after are all that is asked: a bounded look keeps a line of thousands
    # of quotes linear.
    before = text[max(line_start, start - _LOOK_CHARS):start].split()[-2:]
    after = text[end:min(line_end, end + _LOOK_CHARS)].split()[:1]
    if not before and not after and line_start > 0:
        return True  # a subheading standing alone as a paragraph
    last = before[-1] if before else ""
    first_after = after[0] if after else ""
    if _is_nickname(inner, last, first_after) and not _title_cased(text[line_start:line_end], max_words=40):
        return True  # 'Walter "Sonny" Briggs', in a headline too (not in one whose every word is capitalised)
    if _YEAR_AFTER.match(text, end):
        return True  # "Winter's Edge" (1968): a work and its year
    if _is_headline(text, line_start, line_end):
        return False
    if last.endswith(_POSSESSIVE_ENDS) or last.strip(",").lower() in _TITLE_NOUNS | _RELEASE_VERBS:
        return True  # "her album "Fortnight"", "The Rolling Stones released "Hackney Diamonds"", "The sequel, "…","
    if _HIT_BEFORE.search(text, max(line_start, start - 60), start):
        return True  # "her hit "Fortnight"", "the 1995 hit "Wonderwall""
    if last.strip(",").lower() in _DELAY_VERBS and not inner.isupper() and not _SPAN_OF_TIME.search(inner) \
            and not inner.rstrip().endswith((",", ".", "!", "?")):
        return True  # "HBO cancelled "Westworld"" (not "cancelled "ALL TRADE TALKS"", "delayed "A Few Weeks"")
    if _PERFORMED_BEFORE.search(text, max(line_start, start - _LOOK_CHARS), start) \
            and not inner.rstrip().endswith(("!", "?")):
        return True  # a song: 'The Killers opened with "Mr. Brightside"', 'followed with "Levitating" and "Houdini"'
    if last.lower() in _NAME_NOUNS or (last.lower() in _DETERMINERS and first_after.isalpha()
                                       and first_after.islower()):
        return True  # the brand name "Wegovy", its "Classic" plan, his call sign "Bober"
    if len(before) > 1 and before[-2].lower() in _DISPLAY_NOUNS and last.lower() in ("reading", "read", "saying"):
        return True  # signs reading "Save Mesa."
    if len(before) > 1 and before[-2].strip(",").lower() in _WORK_NOUNS | _MAKER_NOUNS | _WORK_PART_NOUNS \
            and last.lower() in ("of", "on"):
        return True  # "the film of "Wicked"", "a producer of "Argo,"", "the second season of "Squid Game""
    if _is_worked_on(text, inner, start, line_start):
        return True  # 'worked with Michael Jackson on "Thriller"', 'who wrote "Me and Bobby McGee"'
    if _opens_before_its_description(text, inner, start, end, line_start, line_end):
        return True  # '"Anora", Sean Baker's comedy-drama about a stripper, won best picture.'
    if len(before) > 1 and before[-2].lower() in _ROLE_VERBS and last.lower() in ("in", "on"):
        return True  # "starred in "The Godfather Part Two"", "appeared on "Face the Nation""
    context = max(line_start, start - _WORK_CONTEXT)
    if last.lower() in ("in", "for") and _WORK_WORDS.search(text, context, start):
        return True  # "her role in "The Quiet Harbour"", "won the Booker Prize for "Salt and Iron""
    if last.lower() == "including" and _WORKS_LISTED.search(text, context, start):
        return True  # "60 films, including "Midnight Run to Denver"" (not "slogans, including "Free Palestine"")
    if _WORK_AFTER.match(text, end):
        return True  # ""Salt and Iron," her fourth novel" (not "the film's director said")
    if _inside_a_sentence(inner, last, first_after) and _WORK_WORDS.search(text, context, start):
        return True  # "lend the painting "Girl with a Pearl Earring" for", "films ... and "The Long Way Home," which"
    return bool(last[:1].isupper() and first_after[:1].isupper() and last.rstrip(".").isalpha())


# The most words of a title in another language read in sentence case.
_FOREIGN_TITLE_WORDS = 4


def _foreign_title(inner: str) -> bool:
    """A short title in sentence case opening with another language's article, no sentence of its own: "La
    traviata"."""
    bare = inner.strip(" ,")
    words = bare.split()
    return 1 < len(words) <= _FOREIGN_TITLE_WORDS and words[0][:1].isupper() \
        and words[0].lower() in FOREIGN_ARTICLES and not bare.endswith((".", "!", "?", ";", ":"))


# A works noun and what opens a list of their titles, ending the text before the list: "whose films included ", "Her
# novels include ", "songs such as ", "His books, including ".
_WORKS_INTRODUCED = re.compile(rf"\b(?:{'|'.join(sorted(LISTED_WORK_NOUNS))}),?\s+(?:(?:have|has|had|also)\s+){{0,2}}"
                               r"(?:include|includes|included|including|such\s+as|like)\s+$", re.IGNORECASE)
# A title-cased quote listed before another, with what joins them: '"The French Connection" and ', '"Lady Bird," '.
_LISTED_BEFORE = re.compile(r"[\"“]([^\"“”\n]+)[\"”]\s*,?\s+(?P<joined>(?:and|or)\s+)?$")
# Another title right after one (its comma inside or outside the marks, or "and"): the list goes on.
_NEXT_LISTED = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?[\"“]")
# The most titles, and characters, looked back over in one list: a bounded look keeps a line of thousands of quotes
# linear.
_LISTED_TITLES = 10
_LIST_CHARS = 600


def _listed_after_works(text: str, start: int, end: int) -> bool:
    """A title-cased quote in a list of titles right after a works noun and "include" or "such as" ('Her novels
    include "Beloved" and "Jazz."'), every title before it in the list title-cased too. Nothing else: lists of
    slogans and chants are speech ('Chants included "Lock Her Up"')."""
    if not _title_cased(text[start + 1:end - 1], max_words=_TITLE_WORDS):
        return False
    before = text[max(_line_bounds(text, start)[0], start - _LIST_CHARS):start]
    for i in range(_LISTED_TITLES):
        if _WORKS_INTRODUCED.search(before):
            return True
        listed = _LISTED_BEFORE.search(before)
        if listed is None or not _title_cased(listed.group(1), max_words=_TITLE_WORDS) \
                or listed.group(1).rstrip().endswith((".", "!", "?")):
            return False  # a title ending its sentence ends the list: '"Jazz." "Brilliant," critics said'
        if i == 0 and not listed.group("joined") and not _NEXT_LISTED.match(text, end):
            return False  # after a comma alone, a list's last title is no title: '"Heat," "Thank You," he told'
        before = before[:listed.start()]
    return False


def _made_work(inner: str, text: str, end: int) -> bool:
    """A title, no sentence of its own, before a participle of making it (see `_MADE_AFTER`)."""
    bare = inner.strip(" ,")
    if not bare or bare.endswith((".", "!", "?", ";", ":")):
        return False
    if _title_cased(bare) and len(bare.split()) > 1:  # a word alone is as often said: '"Unacceptable," written in'
        return _MADE_AFTER.match(text, end) is not None
    return _foreign_title(bare) and _MADE_BY_AFTER.match(text, end) is not None


def _is_worked_on(text: str, inner: str, start: int, line_start: int) -> bool:
    """A title-cased quote, no sentence of its own, after a verb of working on a work and "on". Not after "wrote",
    even beside a writer of works: singers, bands and authors write posts too ('The band wrote "Heartbroken" on X')."""
    return not inner.rstrip().endswith((".", "!", "?")) \
        and _WORKED_ON_BEFORE.search(text, max(line_start, start - 60), start) is not None


def _opens_before_its_description(text: str, inner: str, start: int, end: int, line_start: int,
                                  line_end: int) -> bool:
    """A title-cased quote opening its sentence, then a comma and a description of a work up to the next comma or
    the sentence's end, with no verb of speech in it ('"Wicked", starring Cynthia Erivo, took'; not '"Get Brexit
    Done," the film's star said')."""
    if inner.rstrip(" ,").endswith((".", "!", "?")) or not _opens_sentence(text, start, line_start):
        return False
    rest = text[end:line_end]
    comma = re.match(r"\s*,\s*", rest) if not inner.rstrip().endswith(",") else re.match(r"\s*", rest)
    if comma is None:
        return False
    description = re.split(r"[,;:.!?\"“”]", rest[comma.end():], maxsplit=1)[0]
    words = [word.strip("'’()").lower() for word in re.split(r"[\s-]+", description) if word]
    # Speech anywhere in the sentence makes the quote speech: its verb often follows the speaker's name after a
    # second comma ('"Heartbreaking," the host of the show, Piers Morgan, said').
    sentence = re.split(r"(?<=[.!?])\s", rest[comma.end():], maxsplit=1)[0]
    spoken = [word.strip("'’()\",.:;").lower() for word in sentence.split()]
    if not words or any(word in ATTRIBUTING_VERBS or _is_said(word) or word in SPEECH_VERBS for word in spoken):
        return False
    return any(word in _TITLE_NOUNS or word.removesuffix("'s") in _TITLE_NOUNS or word in _DESCRIBING_WORDS
               for word in words)


def _opens_sentence(text: str, start: int, line_start: int) -> bool:
    """Nothing but the end of a sentence between the line's start and the quote."""
    before = text[line_start:start].rstrip()
    return not before or before.endswith((".", "!", "?", "\"", "”"))


_ASKED_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?:Asked|Pressed|Questioned)\b[^.!?\n]*$")


def _after_a_comma_not_of_speech(text: str, start: int) -> bool:
    """A comma before the quote, not after a noun of speech ('The minister's reply, "Absolutely Not", angered')."""
    before = text[max(0, start - _LOOK_CHARS):start].rstrip()
    words = before[:-1].split()
    # Nor after a question put: 'Asked about the rumours, "Nonsense", laughed Trump.'
    asked = _ASKED_BEFORE.search(before) is not None
    return before.endswith(",") and bool(words) and words[-1].lower() not in SPEECH_NOUNS and not asked


# A work's noun ending an apposition after a quoted title: ', her fourth novel', ', the band's new album' (not "the
# film's director", "the podcast host said").
_WORK_AFTER = re.compile(rf"[\s,]*(?:her|his|their|its|the|a|an)\s+(?:[\w'’-]+\s+){{0,2}}"
                         rf"(?:{'|'.join(sorted(_WORK_NOUNS - {'titled', 'entitled'}))})\b(?!['’]|\s+[a-z])")
# Works listed before "including" and their titles.
_WORKS_LISTED = re.compile(r"\b(?:films|movies|novels|books|songs|albums|records|hits|plays|paintings|works|roles)\b",
                           re.IGNORECASE)
# Words before a quote that make it speech, or a slogan, whatever its case.
_SPEAKING_BEFORE = frozenset({"that", "saying", "says", "say", "said", "told", "tells", "asked", "asks", "added",
                              "adds", "wrote", "writes", "declared", "replied", "shouted", "chanted", "tweeted", "as",
                              "to", "was", "is", "be", "were", "are"})


def _inside_a_sentence(inner: str, last: str, first_after: str) -> bool:
    """A title-cased quote of three words or more between lower-case words that introduce no speech: a name or a
    title, which speech rarely is."""
    words = list(_words(inner))
    capitals = sum(word[:1].isupper() for word in words if word.lower() not in _SMALL_WORDS)
    return len(words) >= 3 and capitals >= 2 and not inner.rstrip().endswith((".", "!", "?")) \
        and last.isalpha() and last.islower() and last not in _SPEAKING_BEFORE and not _is_said(last) \
        and first_after[:1].islower() and first_after.strip(",.").isalpha()


def _is_unsaid_title(doc: Doc, text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """A title-cased quote inside a sentence with no verb of speech in it that reads as a work's title or a name the
    sentence does something with ('Analysts expect "Godzilla x Kong: The New Empire" to open'; not 'Trump said the "Big
    Beautiful Bill" was', nor a slogan or a jibe: 'He mocked "Sleepy Joe And His Radical Left Friends"'), the works'
    words aside that `_is_name_not_speech` asks for."""
    line_start, line_end = _line_bounds(text, start)[0], _line_bounds(text, end)[1]
    before = text[max(line_start, start - _LOOK_CHARS):start].split()[-2:]
    after = text[end:min(line_end, end + _LOOK_CHARS)].split()[:1]
    # A name's first word outside its marks: 'sits on the Pacific "Ring of Fire" and', a name, whatever its shape.
    named_outside = bool(before[-1:]) and before[-1].isalpha() and before[-1].istitle() \
        and before[0] in ("the", "a", "an")
    before = before[:1] if named_outside else before[-1:]
    inner = text[start + 1:end - 1]
    if not (before and after and _inside_a_sentence(inner, before[0], after[0]) and _mostly_capitals(inner)):
        return False  # not mostly capitals: 'tensions "seemed to be decreasing until Mahnefah Gray, ..." according'
    sent = _unsaid_sentence(doc, start, end)
    if sent is None:
        return False
    return named_outside or _reads_as_a_title(text, inner, start, end) \
        or _among_titles(text, spans, start, sent.start_char, sent.end_char)


def _unsaid_sentence(doc: Doc, start: int, end: int) -> Span | None:
    """The quote's sentence if no verb of speech is in it outside the quote, else None."""
    inside = _tokens(doc, start, end)
    if not inside:
        return None
    sent = inside[0].sent
    if any(_is_speech_verb(tok) or _is_said(tok.lower_) or tok.lower_ == "according" for tok in sent
           if not start <= tok.idx < end):
        return None
    return sent


# The most words of a scare quote before the noun it qualifies.
_SCARE_WORDS = 3


def _is_scare_modifier(doc: Doc, text: str, start: int, end: int) -> bool:
    """A word or three in quotes before a lower-case noun they qualify, in a sentence with no verb of speech: a
    scare quote ('strict requirements on "high-risk" systems'), no one's words."""
    inner = text[start + 1:end - 1].strip()
    if not 0 < len(inner.split()) <= _SCARE_WORDS or inner.endswith((",", ".", "!", "?", ";", ":")):
        return False
    after = [tok for tok in _tokens(doc, end, min(len(text), end + 40)) if tok.idx >= end][:1]
    if not after or after[0].idx != end + 1 or after[0].pos_ != "NOUN" or not after[0].is_lower:
        return False
    # Not after an owner, who may be the one who said them: 'manipulating his "average American" followers'.
    owner = [tok for tok in _tokens(doc, max(0, start - 40), start) if tok.idx < start][-1:]
    if owner and (owner[0].tag_ == "PRP$" or owner[0].tag_ == "POS"):
        return False
    return _unsaid_sentence(doc, start, end) is not None


# The most words of a quoted label after "of" or a name's possessive.
_LABEL_WORDS = 4


def _is_label_of(doc: Doc, text: str, start: int, end: int) -> bool:
    """A short noun phrase in quotes right after "of" (and a name's possessive), in a sentence with no verb of speech: a
    label the sentence uses ('74 vessels of Moscow's "shadow fleet."', 'the rise of "fake news"'), no one's words
    (its subject, who does something else, was made the speaker)."""
    inner = text[start + 1:end - 1].strip().rstrip(".,")
    if not 0 < len(inner.split()) <= _LABEL_WORDS:
        return False
    if any(tok.pos_ in ("VERB", "AUX") for tok in _tokens(doc, start, end) if start < tok.idx < end - 1):
        return False  # a clause, not a phrase: 'a sign of "things are changing"'
    prev = next((tok for tok in reversed(_tokens(doc, max(0, start - 40), start)) if tok.idx < start), None)
    if prev is not None and prev.tag_ == "POS" and prev.i > 0 and doc[prev.i - 1].pos_ == "PROPN":
        # Past a name's possessive ("of Moscow's"); not "his", who may be the one who said it.
        owner = doc[prev.i - 1].left_edge
        prev = doc[owner.i - 1] if owner.i > 0 else None
    # Of a thing's noun: not of a verb ('spoke of "a new dawn"', 'accused him of "negligence"'), nor of words
    # ('chants of "U-S-A"').
    if prev is None or prev.lower_ != "of" or prev.head.pos_ != "NOUN" or prev.head.lemma_.lower() in _WORDS_OF_NOUNS:
        return False
    return _unsaid_sentence(doc, start, end) is not None


def _mostly_capitals(inner: str) -> bool:
    """The quote's words, the small ones aside, open with a capital and are capitalised more than half."""
    words = [word for word in _words(inner) if word.lower() not in _SMALL_WORDS]
    return bool(words) and words[0][:1].isupper() and 2 * sum(word[:1].isupper() for word in words) > len(words)


# A work's title's marks: a subtitle after a colon ("Godzilla x Kong: The New Empire"), a verb after "to" ("expect
# "…" to open"), a work's noun just before or after ('the director of the film "…"', '"The Hunger Games" sequel'),
# a company's legal form or an owner's apostrophe ending it ('"The Creamery Corporation"', '"The Hunger Games\'"').
_SUBTITLE = re.compile(r":\s+[A-Z]")
_TO_VERB_AFTER = re.compile(r"\s+to\s+[a-z]+\b")
_TITLE_NOUNS = _WORK_NOUNS | {"sequel", "prequel", "remake", "spin-off", "franchise", "trilogy", "films", "movies",
                              "hits", "novels", "books", "songs", "albums", "shows", "series", "manga", "anime"}
_TITLE_NOUN_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_TITLE_NOUNS))})(?:\s+\S+){{0,2}}\s*$", re.IGNORECASE)
_TITLE_NOUN_AFTER = re.compile(rf"[,\s]+(?:{'|'.join(sorted(_TITLE_NOUNS))})\b", re.IGNORECASE)


def _reads_as_a_title(text: str, inner: str, start: int, end: int) -> bool:
    """A quote written as a work's title or a firm's name by a mark of one in or around it (see `_SUBTITLE`)."""
    last = inner.rstrip(" ,.").rsplit(maxsplit=1)[-1:]
    return bool(_SUBTITLE.search(inner) or _TO_VERB_AFTER.match(text, end) or _YEAR_AFTER.match(text, end)
                or _TITLE_NOUN_BEFORE.search(text, max(0, start - _WORK_CONTEXT), start)
                or _TITLE_NOUN_AFTER.match(text, end)
                or (last and (last[0].lower() in CORPORATE_SUFFIXES or last[0].endswith(("s'", "s’")))))


def _among_titles(text: str, spans: list[tuple[int, int]], start: int, sent_start: int, sent_end: int) -> bool:
    """Another title-cased quote in the sentence: a list of works ('such MGM movie hits as "…", "Jupiter's Darling"
    and "Million Dollar Mermaid"'), which speech seldom is."""
    first = bisect.bisect_left(spans, (sent_start, sent_start))
    in_sentence = itertools.takewhile(lambda span: span[0] < sent_end, itertools.islice(spans, first, None))
    return any(other_start != start and _mostly_capitals(text[other_start + 1:other_end - 1])
               for other_start, other_end in in_sentence)


# A year in brackets after a quoted title: "Lagos Sunrise" (1974).
_YEAR_AFTER = re.compile(r"[,.]?\s*\((?:1[89]|20)\d\d\)")


# Words of a work's context a few words before "in" or "for" and a title-cased quote (not 'shouted for "Order,
# Order"', 'asked for "Patience"'); an award's category too: 'took best actor for "The Brutalist"'.
_WORK_WORDS = re.compile(r"\b(?:role|roles|starred|starring|known|famous|remembered|nominated|nomination|award|"
                         r"awards|prize|prix|Oscar|Grammy|Emmy|Bafta|album|albums|film|films|filmmaker|novel|novels|"
                         r"novelist|book|books|song|songs|single|series|play|festival|exhibition|painting|paintings|"
                         r"museum|gallery|lend|loan|best\s+(?:[\w-]+\s+){0,2}(?:actor|actress|picture|director|film|song|album|"
                         r"feature|documentary|screenplay|score))\b",
                         re.IGNORECASE)
_WORK_CONTEXT = 60  # characters looked back


def _is_nickname(inner: str, before: str, after: str) -> bool:
    """One quoted word between a given name and a surname: Walter "Sonny" Briggs (not 'Johnson said "No." The')."""
    word = inner.strip()
    return " " not in word and word[-1:].isalpha() and before.istitle() and before.isalpha() \
        and is_given_name(before) and after[:1].isupper() and after.rstrip(".,").isalpha()


def _merge_pieces(doc: Doc, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join quoted pieces of one sentence separated by a few words with no speech verb."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _joinable(doc, text, merged[-1][1], start):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _joinable(doc: Doc, text: str, gap_start: int, gap_end: int) -> bool:
    gap = text[gap_start:gap_end]
    if not gap.strip() or len(gap) > _MAX_JOIN_GAP or "\n" in gap:
        return False
    if any(ch in _SENTENCE_END for ch in gap) or text[gap_start - 2 : gap_start - 1] in _SENTENCE_END:
        return False
    return not any(_is_speech_verb(t) or t.dep_ in _SUBJECT_DEPS and t.lower_ not in _RELATIVE_PRONOUNS
                   for t in _tokens(doc, gap_start, gap_end))


# --- speakers -------------------------------------------------------------------------------

# Nouns that report speech; their possessor is the speaker: Trump's claim that there were “…”.
SPEECH_NOUNS = frozenset({
    "accusation", "announcement", "answer", "argument", "assertion", "claim", "comment", "description",
    "interview", "message", "pledge", "promise", "question", "quote", "remark", "reply", "response",
    "speech", "statement", "testimony", "tweet", "warning", "word",
})
DOCUMENT_NOUNS = frozenset({"letter", "memo", "note", "post", "release", "report", "series", "video"})
# Nouns before "of" whose quoted phrase is someone's words after all: 'a statement of "deep concern"', 'Trump's
# threat of "fire and fury"'.
_WORDS_OF_NOUNS = SPEECH_NOUNS | DOCUMENT_NOUNS | {"chant", "cry", "shout", "phrase", "threat", "vow", "call",
                                                    "plea", "boast", "charge", "demand", "appeal", "denial",
                                                    "insistence"}
_DASHES = ("―", "—", "–", "--", "-")


@dataclass
class _Quote:
    start: int
    end: int
    speaker: tuple[int, int] | None = None
    speaker_tok: Token | None = None
    how: str = ""  # which rule found the speaker, for debugging and tests


@dataclass
class _Context:
    """What the speaker rules need to know about the document."""

    doc: Doc
    text: str  # text_of(doc)
    quotes: list[_Quote]
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

    def __post_init__(self) -> None:
        self.starts = [q.start for q in self.quotes]
        self.mention_starts = [m["start"] for m in self.mentions]

    def depths(self) -> list[int]:
        """Each token's depth in the parse tree (0 at a root), worked out once."""
        if self._depths is None:
            self._depths = _tree_depths(self.doc)
        return self._depths

    def recent_mentions(self, pos: int) -> Iterator[dict]:
        """Mentions outside quotes that end before `pos`, nearest first, at most `ANTECEDENT_REACH` back."""
        count = bisect.bisect_left(self.mention_starts, pos)
        for m in reversed(self.mentions[max(0, count - ANTECEDENT_REACH):count]):
            if m["end"] <= pos and not self.in_quote(m["start"]):
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


def _entity_mentions(doc: Doc, mentions: list[dict] | None) -> list[dict]:
    if mentions is not None:
        return sorted(mentions, key=lambda m: m["start"])
    return [{"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char} for e in ents_of(doc)]


def _offsets(tok: Token) -> tuple[int, int]:
    return tok.idx, tok.idx + len(tok)


def _is_speech_verb(tok: Token) -> bool:
    # "said"/"says" count whatever the tagger makes of them ("Said Ellis:" is often a name); so does the past form of
    # another verb of speech where the model lemmatised it wrong ("texted" as "texte") or took it for a noun
    # ("…," NASA astronaut Matthew Dominick, the mission commander, radioed), but not as a modifier ("noted author").
    if tok.lower_ in ("said", "says"):
        return True
    if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS:
        verb: str | None = tok.lemma_.lower()
    elif tok.pos_ in ("VERB", "NOUN") and tok.lower_.endswith("ed") and tok.dep_ not in ("amod", "compound"):
        verb = _said_stem(tok.lower_)
    else:
        return False
    return verb is not None and (verb not in _FRAMING_ONLY_VERBS or _frames_a_quote(tok))


def _frames_a_quote(tok: Token) -> bool:
    """A verb right before a quote ('she texted: "…"', 'she texted her mother: "…"') or after its closing comma with
    only its subject between ('"…," Maria Lopez, the mission commander, radioed'); not one away from any quote
    ("Stocks snapped a three-day rally, in what one trader called "…"", "Investors gasped as …")."""
    doc = tok.doc
    after = max((child.right_edge.i for child in tok.children if child.dep_ == "dobj" and child.i > tok.i),
                default=tok.i) + 1
    if after < len(doc) and doc[after].text == ":":
        after += 1
    if after < len(doc) and doc[after].is_quote:
        return True
    for before in reversed(doc[max(0, tok.i - _FRAME_TOKENS):tok.i]):
        if before.is_quote and before.tag_ != "POS":
            return before.i > 0 and doc[before.i - 1].text in _FRAME_CLOSERS
        if (before.pos_ in ("VERB", "AUX") and before.dep_ not in ("compound", "amod")) \
                or before.pos_ in ("CCONJ", "SCONJ") or before.text in (";", "(", ")"):
            return False  # another clause's: "Demonstrators chanted as police moved in, and one protester screamed"
    return False


# Marks a quote framed by what follows ends with inside its closing mark: '"…," she snapped', '"…?" he radioed'.
_FRAME_CLOSERS = frozenset({",", "?", "!", "—", "–"})


def _is_nominal(tok: Token) -> bool:
    """A noun, a name or a pronoun; also a surname with an elided particle the tagger misread ("O’Leary", an adjective
    to it)."""
    return (tok.pos_ in ("PROPN", "NOUN", "PRON") or _ELIDED_SURNAME.fullmatch(tok.text) is not None) \
        and tok.ent_type_ not in ("DATE", "TIME")


_ELIDED_SURNAME = re.compile(ELIDED_SURNAME)


def _attribution_speaker(verb: Token, window: list[Token]) -> Token | None:
    """Speaker of a short attribution clause around `verb` (“…,” Smith said / said Smith / Smith,
    a lawyer, said), read from word order first because the parse of such clauses is unreliable."""
    if _heard(verb):
        return _passive_agent(verb)
    pre = [t for t in window if t.i < verb.i and not t.is_punct]
    if not [t for t in pre if t.pos_ not in ("ADV", "CCONJ", "AUX", "PART")]:
        post = [c for c in verb.children if c.i > verb.i and _is_nominal(c)]
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if post:
            # A name among them first: "said co-owner Claire Benedict" parses "co", "-" and "Benedict" as subjects;
            # a titled name before a body's: "said Denver Fire Department Capt. Mike Smith" is Smith's.
            names = [c for c in post if c.pos_ == "PROPN"]
            return next((c for c in names if _is_titled(c)), names[0] if names else _past_hyphens(post[0]))
        if nxt is not None and _is_nominal(nxt):
            return _name_head(_past_hyphens(nxt))
        return _name_past_job_words(nxt) if nxt is not None else None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c in pre]
    if subjects:
        return _subject_of(verb) if subjects[0].lower_ in _RELATIVE_PRONOUNS else subjects[0]
    # Not a possessor: the speaker of "the town's mayor, Claudia Reimers, told" is the mayor, not the town.
    nominals = [t for t in _past_opening_participle(window, verb) if _is_nominal(t) and t.dep_ != "poss"]
    if not nominals:
        return None
    speaker = nominals[0]
    while speaker.dep_ == "compound" and speaker.head.i > speaker.i and speaker.head.i < verb.i:
        speaker = speaker.head  # "Detective" of "Detective Sergeant Paul Whitfield"
    return speaker


def _name_head(tok: Token) -> Token:
    """The last word of the name `tok` opens, where the parse hung the name on a later verb: "said John Doe, who
    co-wrote the report" made "Doe" the subject of "wrote", and "John" alone was the speaker."""
    while tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.head.i == tok.i + 1 and tok.head.pos_ == "PROPN":
        tok = tok.head
    return tok


def _name_past_job_words(tok: Token) -> Token | None:
    """The name after a few lower-case words of a job that the parse took for a verb or an adjective ("said listing
    agent Rayni Williams", whose "listing" was a participle): the name's head; None when no job's noun and name
    follow them."""
    doc = tok.doc
    for _ in range(_JOB_WORDS):
        if not (tok.is_alpha and tok.is_lower and tok.pos_ in ("VERB", "ADJ", "NOUN")) or tok.i + 1 >= len(doc):
            return None
        tok = doc[tok.i + 1]
        # The job's own noun before the name: not "said, citing Reuters".
        if tok.pos_ == "PROPN" and tok.is_title and doc[tok.i - 1].pos_ == "NOUN" \
                and (tok.ent_type_ == "PERSON" or is_given_name(tok.text)):  # not "said protesting workers Amazon"
            while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
                tok = tok.head
            return tok
    return None


# Most lower-case words of a job before a name: "said senior listing agent Rayni Williams".
_JOB_WORDS = 3


def _is_titled(tok: Token) -> bool:
    """A name with a title or rank before it in its own phrase ("Capt. Mike Smith", "Chief Jon Heggie")."""
    return any(t.lower_ in ALL_TITLES or t.text in HONORIFICS for t in tok.doc[tok.left_edge.i:tok.i])


def _past_opening_participle(window: list[Token], verb: Token) -> list[Token]:
    """The words before `verb`, past a participle clause opening the sentence: the speaker of "Speaking outside
    court, Detective Sergeant Paul Whitfield said" is the detective, not the court."""
    pre = [t for t in window if t.i < verb.i]
    if pre and pre[0].tag_ in ("VBG", "VBN") and pre[0].is_sent_start:
        comma = next((j for j, t in enumerate(pre) if t.text == ","), None)
        if comma is not None:
            pre = pre[comma + 1:]
    return [t for t in pre if not t.is_punct]


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
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


def _heard(verb: Token) -> bool:
    """A passive verb whose subject was spoken to or of: "the inquest was told", "he was asked", "she was described
    as"; not "was reported (by the Guardian) as saying", whose subject speaks."""
    return _is_speech_verb(verb) and verb.lemma_.lower() not in _SPEAKING_PASSIVES \
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _passive_agent(verb: Token) -> Token | None:
    """Who did what a passive verb says: the object of its "by" ("was told by police"), else None. Its subject
    heard it ("the inquest was told", "he was asked"): no speaker."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _subject_of(verb: Token) -> Token | None:
    """Who does `verb`: its subject, inherited through "and added", "adding", "went on to say" (and "was quoted as
    saying"); of a passive speech verb, its agent ("was told by police")."""
    if _heard(verb):
        return _passive_agent(verb)
    tok = verb
    for _ in range(4):
        subjects = [child for child in tok.children if child.dep_ in _SUBJECT_DEPS]
        if subjects:
            child = _named_in_apposition(subjects)
            if child.lower_ in _RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                return tok.head  # "Smith, who said ..." : the noun the clause hangs on
            return _past_hyphens(child)
        if tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("PROPN", "PRON") \
                and tok.doc[tok.i - 1].ent_type_ not in ("DATE", "TIME"):
            return tok.doc[tok.i - 1]  # "footage of Clinton asking ...", "Trump saying ..."
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head
        if tok.dep_ in ("conj", "advcl", "xcomp", "relcl") and tok.head is not tok:
            if tok.dep_ == "relcl":
                return tok.head
            tok = tok.head
        else:
            return None
    return None


def _named_in_apposition(subjects: list[Token]) -> Token:
    """The first subject, or the person named after it where the parse took an apposition or a role's name for a
    second subject: "One resident, retired nurse Janet Pike, 71, said" is Janet Pike, "The SEC chair Gary Gensler
    warned" Gensler."""
    first = subjects[0]
    last = _hyphenated_end(first)  # "founder" of "Its co-founder Arthur Mensch said"
    for later in subjects[1:]:
        if first.pos_ == "NOUN" and later.ent_type_ == "PERSON" \
                and (later.doc[last.i + 1].text == "," or first.i < later.left_edge.i <= last.i + 1):
            return later
    return first


def _hyphenated_end(tok: Token) -> Token:
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


def _past_hyphens(tok: Token) -> Token:
    """The last word of a hyphenated compound the parse split into several subjects: "founder" of "Its co-founder,
    Malik Ozdemir, said" (whose "co" was the speaker)."""
    doc = tok.doc
    while tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
            and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].head == tok.head:
        tok = doc[tok.i + 2]
    return tok


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


def _according_speaker(q: _Quote, ctx: _Context, after: list[Token], before: list[Token], punct: str
                       ) -> Token | None:
    """X of "according to X" around the quote, unless a speech verb before the quote says who spoke: "The minister
    said the talks were “very productive”, according to Reuters" is the minister's (Reuters reports it)."""
    # Not an "according to" inside the next sentence: “… .” closed its own (but "That's according to X." opening it
    # speaks of the quote).
    source = (_according_to(after) if punct != "." or _opens_with_according(after) else None) or _according_to(before)
    return source and (_reporting_speaker(q, ctx) or source)


def _reporting_speaker(q: _Quote, ctx: _Context) -> Token | None:
    """The subject of the nearest speech verb above the quote, written before it, with no clause on a noun between
    them ("Officers responded ..., arriving with teams trained in an “active shooter” situation" reports nothing); not
    a news outlet relaying its source's words ("CNN reported that ..., according to two people familiar")."""
    for tok in _ancestors_outside(q, ctx):
        if _is_speech_verb(tok):
            subject = _subject_of(tok) if tok.idx < q.start and tok.lemma_ not in _RELAYING_LEMMAS else None
            usable = subject is not None and _usable(subject, tok, ctx) and subject.lower_ not in _MEDIA_NOUNS
            return subject if usable else None
        if tok.dep_ in ("acl", "relcl", "appos"):
            return None
    return None


# Verbs and nouns of the press relaying what its sources say.
_RELAYING_LEMMAS = frozenset({"report"})
_MEDIA_NOUNS = frozenset({"newspaper", "paper", "media", "outlet", "agency", "broadcaster", "network", "station",
                          "magazine", "channel", "website", "tabloid", "daily", "journal"})


def _opens_with_according(tokens: list[Token]) -> bool:
    """The words open with "according to", after at most "That's" or "That is": "That's according to Jane Doyle"."""
    words = [t.lower_ for t in tokens[:6] if not t.is_punct and not t.is_space]
    return "according" in words[:3]


def _according_to(tokens: list[Token]) -> Token | None:
    """X in "according to X"."""
    for tok in tokens:
        if tok.lower_ == "according":
            for prep in tok.children:
                if prep.lower_ == "to":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            return obj
    return None


def _past_dateline(tok: Token, ctx: _Context) -> Token:
    """The speaker the parse took in a dateline or a live blog's time stamp is the one it put beside it after them, or
    the verb's subject there: "MOSCOW, March 4 (Reuters) - Russia's foreign ministry on Monday said" is the ministry's
    (the parse's subject was "MOSCOW", the ministry its apposition), "09:40 BST – Partido Popular leader Alberto Núñez
    Feijóo calls the vote ..." Feijóo's (the model's organisation "BST" was the subject)."""
    for start, end in [*dateline_spans(ctx.doc), *_opening_stamp(tok, ctx)]:
        if start <= tok.idx < end:
            after = [t for t in tok.sent if t.idx >= end and t.pos_ in ("NOUN", "PROPN") and t.head == tok
                     and t.dep_ == "appos"] or [t for t in tok.sent if t.idx >= end and t.head == tok.head
                                                and t.dep_ in _SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN")]
            return after[0] if after else tok
    return tok


def _opening_stamp(tok: Token, ctx: _Context) -> list[tuple[int, int]]:
    """The span of the live blog's time stamp that opens the token's sentence, if one does (a blog of one line has
    them mid-line: "... the amnesty law. 09:40 BST – Partido Popular leader ...")."""
    stamp = ENTRY_TIME_RE.match(ctx.text, tok.sent.start_char)
    return [stamp.span()] if stamp else []


_MARKS = frozenset('"“”')


def _past_line_furniture(ctx: _Context, start: int, head: int) -> int:
    """Where a phrase starting at `start` begins past a dateline or a live blog's time stamp opening its line, which
    speak for no one: "MOSCOW, March 4 (Reuters) - Russia's foreign ministry", "11:10 Jersey's chief minister"."""
    for dateline_start, dateline_end in dateline_spans(ctx.doc):
        if dateline_start <= start < dateline_end <= head:
            return dateline_end
    stamp = ENTRY_TIME_RE.match(ctx.text, start)
    return stamp.end() if stamp and stamp.end() <= head else start


# Prepositions of the place or time of speaking, after a speaker: no part of who speaks.
_WHERE_SAID = frozenset({"outside", "after", "during"})


def _phrase(tok: Token, ctx: _Context) -> tuple[int, int]:
    """Character span of the mention headed by `tok`: its phrase, kept to its line and out of quotes."""
    if tok.pos_ == "PRON":
        return _offsets(tok)
    text = ctx.text
    line_start, line_end = _line_bounds(text, tok.idx)
    right = tok.right_edge
    for child in tok.rights:
        # A clause on the noun that holds the speech verb itself is not part of the mention, nor where or when the
        # words were said ("said Mr. Davis' attorney outside the courthouse").
        if any(_is_speech_verb(t) for t in child.subtree) or (child.dep_ == "prep" and child.lower_ in _WHERE_SAID):
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
    return start, end


def _outside_marks(ctx: _Context, tok: Token, start: int, end: int) -> tuple[int, int]:
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
            continue
        for mark in (mark_start, mark_end - 1):
            if start <= mark < tok.idx:
                start = mark + 1
            elif tok.idx + len(tok) <= mark < end:
                end = mark
    # Past the rest of a mark of two ('' or ``) and the spaces inside it.
    while start < end and (text[start].isspace() or text[start] in _QUOTE_MARKS):
        start += 1
    while end > start and text[end - 1] in _QUOTE_MARKS and end < phrase_end:
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
    word = _hyphenated_end(right)
    if word.i == right.i:
        return right
    if any(_is_speech_verb(t) for t in word.subtree):
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


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    return tokens_of(doc)[span.start:span.end] if span is not None else []


def _window_after(ctx: _Context, k: int) -> list[Token]:
    """Tokens after quote k up to the end of its sentence, the next quote or the line end."""
    q, text = ctx.quotes[k], ctx.text
    stop = min(ctx.quotes[k + 1].start if k + 1 < len(ctx.quotes) else len(text), _line_bounds(text, q.end)[1])
    out: list[Token] = []
    for tok in _tokens(ctx.doc, q.end, stop):
        if tok.text == ":" or (tok.text in _SENTENCE_END and _sentence_ends_at(tok)):
            break
        out.append(tok)
    return out


def _sentence_ends_at(tok: Token) -> bool:
    """A full stop that ends a sentence, not one of an abbreviation split off by the tokenizer."""
    doc = tok.doc
    return tok.i + 1 >= len(doc) or doc[tok.i + 1].is_sent_start or doc[tok.i + 1].text[:1].isupper()


def _window_before(ctx: _Context, k: int) -> list[Token]:
    """Tokens before quote k back to the start of its sentence, the previous quote or the line start."""
    q, text = ctx.quotes[k], ctx.text
    start = max(ctx.quotes[k - 1].end if k > 0 else 0, _line_bounds(text, q.start)[0])
    tokens = _tokens(ctx.doc, start, q.start)
    if tokens and _ends_with_abbreviation(tokens[-1], text, q.start):
        return []
    out: list[Token] = []
    for tok in reversed(tokens):
        if tok.text in _SENTENCE_END:
            break
        out.append(tok)
    return out[::-1]


def _ends_with_abbreviation(tok: Token, text: str, quote_start: int) -> bool:
    """The token's own full stop ends the sentence before a quote that opens with a capital: "worth £2m. “It's ..."
    (the tokenizer keeps "m." whole), not "the U.S. “is ready”"."""
    return len(tok.text) > 1 and tok.text.endswith(".") and bool(tok.whitespace_) \
        and text[quote_start + 1:quote_start + 2].isupper()


def _closing_punct(text: str, q: _Quote) -> str:
    """The punctuation that ends the quoted words ("," "." "?" ...), "" when none."""
    inner = text[q.start : q.end].rstrip("\"'”’»").rstrip()
    return inner[-1] if inner and not inner[-1].isalnum() else ""


def _subject_from(verbs: list[Token], ctx: _Context) -> Token | None:
    """Subject of the first verb in `verbs` that has one outside quotes, in the verb's paragraph."""
    for verb in verbs:
        subject = _author_of_text(_subject_of(verb))
        if subject is not None and _usable(subject, verb, ctx):
            return subject
    return None


def _author_of_text(tok: Token | None) -> Token | None:
    """For a statement, letter or tweet that "says" something, whoever issued it, when the sentence
    tells ("the Council issued a statement calling it …", "He released a letter that says …")."""
    if tok is None or tok.pos_ != "NOUN" or tok.lemma_.lower() not in SPEECH_NOUNS | DOCUMENT_NOUNS:
        return tok
    head = tok
    while head.dep_ in ("pobj", "prep") and head.head is not head:
        head = head.head  # "a series of tweets"
    if head.dep_ == "dobj":
        issuer = _subject_of(head.head)
        if issuer is not None and issuer.pos_ in ("PROPN", "PRON", "NOUN"):
            return issuer
    return tok


def _usable(subject: Token, verb: Token, ctx: _Context) -> bool:
    """A speaker candidate outside quotes and in the verb's paragraph (parses can run across them)."""
    return not ctx.in_quote(subject.idx) and _line_bounds(ctx.text, subject.idx) == _line_bounds(
        ctx.text, verb.idx)


def _ancestors_outside(q: _Quote, ctx: _Context) -> list[Token]:
    """Tokens outside the quote that govern tokens of it in the parse, nearest first, in its line."""
    line_start, line_end = _line_bounds(ctx.text, q.start)
    seen: dict[int, Token] = {}
    walked: set[int] = set()
    for tok in _tokens(ctx.doc, q.start, q.end):
        # Up the tree until a head already walked from another token of the quote (its ancestors are in), and at
        # most `ANCESTOR_STEPS`: a run of quotes without a full stop parses as one chain thousands of levels deep.
        for head in itertools.islice(tok.ancestors, ANCESTOR_STEPS):
            if head.i in walked:
                break
            walked.add(head.i)
            if not q.start <= head.idx < q.end and line_start <= head.idx < line_end:
                seen[head.i] = head
    depth = ctx.depths()
    return sorted(seen.values(), key=lambda t: -depth[t.i])


def _governing_speaker(q: _Quote, ctx: _Context) -> Token | None:
    """Speaker from the parse: subject of the topmost speech verb above the quote whose report holds the nearest one,
    or the owner of a speech noun ("Trump's claim that ...")."""
    ancestors = _ancestors_outside(q, ctx)
    verbs = [t for t in ancestors if _is_speech_verb(t)]
    reporting = _reporting_chain(verbs)
    chained = {v.i for v in reporting}
    subject = _subject_from([*reporting[::-1], *[v for v in verbs[::-1] if v.i not in chained]], ctx)
    if subject is not None:
        return subject
    for tok in ancestors:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEECH_NOUNS:
            owners = [c for c in tok.children if c.dep_ == "poss"]
            if owners:
                return owners[0]
    return None


def _reporting_chain(verbs: list[Token]) -> list[Token]:
    """The speech verbs above a quote (nearest first) up to the first one whose clause does not report the one below
    it: "Trump said Clinton called it “…”" is Trump's, "Malema called it “…”, while Ndhlela said it should be “…”" the
    second quote Ndhlela's."""
    chain = verbs[:1]
    for verb in verbs[1:]:
        if not _reports_within(chain[-1], verb):
            break
        chain.append(verb)
    return chain


# Clauses that say something of their own beside the clause they hang on, when they have their own subject: "…,
# while X said", "…, and X said", "…; X said".
_SIDE_CLAUSES = frozenset({"advcl", "conj", "parataxis"})
# Subjects that mostly stand for the speaker already named: "Powell said …, and he described it as “…”" is Powell's.
_SAME_SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


def _reports_within(lower: Token, upper: Token) -> bool:
    """`lower` is part of what `upper` reports: on the way up, no clause with a subject of its own other than a
    pronoun hanging on `upper` itself (deeper, it is part of the report: "Flynn said Trump was “right” when he said
    “…”" is Flynn's, as news annotators read it)."""
    node = lower
    while node.i != upper.i:
        if node.head.i == node.i:
            return False
        if node.head.i == upper.i and node.dep_ in _SIDE_CLAUSES and any(
                c.dep_ in _SUBJECT_DEPS and c.lower_ not in _SAME_SPEAKER_PRONOUNS for c in node.children):
            return False
        node = node.head
    return True


def _governing_actor(q: _Quote, ctx: _Context) -> Token | None:
    """Subject of the nearest verb above a quote embedded in a sentence (“likened it to …”)."""
    # The subject of "be" is what the quote describes, not who says it ("the moderators will be “fair”"); the subject
    # of "hear" listened ("... “snapped”, the court heard").
    verbs = [t for t in _ancestors_outside(q, ctx) if t.pos_ in ("VERB", "AUX") and t.lemma_ not in _NOT_ACTS_OF_SPEECH]
    return _subject_from(verbs, ctx)


def _dash_name(ctx: _Context, q: _Quote) -> tuple[int, int] | None:
    """A name after a dash that follows the quote: “…” ― Jane Doe."""
    text = ctx.text
    line_end = _line_bounds(text, q.end)[1]
    rest = text[q.end : line_end]
    stripped = rest.lstrip()
    dash = next((d for d in _DASHES if stripped.startswith(d)), None)
    if dash is None:
        return None
    name_start = q.end + len(rest) - len(stripped) + len(dash)
    name = text[name_start:line_end]
    start = name_start + len(name) - len(name.lstrip())
    end = start + len(name.strip().rstrip(".,"))
    words = text[start:end].split()
    if not words or len(words) > 6 or not all(w[0].isupper() for w in words if w[0].isalpha()):
        return None
    return start, end


def _transcript_label(text: str, q: _Quote) -> tuple[int, int] | None:
    """A speaker label opening a transcript paragraph: "WALLACE: ..."."""
    if q.start != _line_bounds(text, q.start)[0]:
        return None
    inner_start = q.start + 1
    colon = text.find(":", inner_start, min(q.end, inner_start + 40))
    if colon < 0:
        return None
    label = text[inner_start:colon]
    if len(label.strip()) > 1 and label.isupper() and all(w.isalpha() for w in label.replace(".", " ").split()):
        return inner_start, colon
    return None


# A name and a colon opening the line of a quote, as headlines attribute it: "Klopp: 'We were not good enough'",
# "Zelenskiy: “We will not surrender”".
_NAME_LABEL = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*:\s*")
# Labels that no one speaks under: "Analysis: 'A hollow victory'", "Watch: 'I was terrified'", "Fact Check: '…'".
_NOT_SPEAKER_LABELS = frozenset({"analysis", "watch", "video", "live", "update", "breaking", "exclusive", "opinion",
                                 "explainer", "comment", "review", "editorial", "factbox", "interview", "read", "quote",
                                 "quotes", "photos", "listen", "podcast", "letters", "poll", "timeline", "profile",
                                 "fact check", "claim", "report", "warning", "note", "correction", "verdict",
                                 "question", "answer", "reality check", "the verdict", "the claim"})


def _name_label(text: str, q: _Quote) -> tuple[int, int] | None:
    """The name before a colon that opens the quote's line, when nothing else stands between ("Klopp: '…'"); not a
    place's dateline ("KARACHI: '…'") nor a section's label ("Analysis: '…'"). Asked only where the sentence
    attributes the quote to no one."""
    line_start = _line_bounds(text, q.start)[0]
    if not _NAME_LABEL.fullmatch(text, line_start, q.start):
        return None
    name = text[line_start:text.rindex(":", line_start, q.start)]
    folded = name.casefold()
    # In capitals: a dateline ("LUCKNOW:") or a transcript's "Q:" and "A:" (a speaker in capitals is
    # `_transcript_label`'s, inside the quote).
    if name.isupper() or folded in _NOT_SPEAKER_LABELS or folded in CITIES or folded in COUNTRIES:
        return None
    return line_start, line_start + len(name)


# A colon and a name after a quote opening a headline, the name ending the line or followed by "on" and its topic:
# "'I never wanted to be a politician': Mayor Rosa Delgado on water, housing and her first year".
_NAME_AFTER_LABEL = re.compile(r"[\s,.!?'’\"”]*:\s+((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)(?=\s+on\s|\s*$)",
                               re.MULTILINE)


def _headline_name_after(text: str, q: _Quote) -> tuple[int, int] | None:
    """The name after the colon of a headline opening with the quote ("'…': Mayor Rosa Delgado on housing"), not a
    section's label nor a place ("'…': Analysis", "'…': The Hague")."""
    if q.start != _line_bounds(text, q.start)[0]:
        return None
    named = _NAME_AFTER_LABEL.match(text, q.end)
    if named is None:
        return None
    name = named.group(1)
    folded = name.casefold()
    if name.isupper() or name.split()[0] in ("The", "A", "An") or folded in _NOT_SPEAKER_LABELS \
            or folded in CITIES or folded in COUNTRIES or not _opens_with_given_name(name):
        return None
    return named.span(1)


def _opens_with_given_name(name: str) -> bool:
    """A given name first, after any titles ("Mayor Rosa Delgado"): a title-case headline's words are no name
    ("'It's Over': Markets Tumble After Fed Decision", "'…': Life on the front line")."""
    words = list(itertools.dropwhile(lambda word: word.lower().strip(".") in ALL_TITLES, name.split()))
    return bool(words) and is_given_name(words[0])


def _colon_subject(tokens: list[Token], ctx: _Context) -> Token | None:
    """Subject of the clause that introduces the quote with a colon: "Trump said on Twitter: “…”"."""
    if not tokens or tokens[-1].text != ":":
        return None
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    speech = [t for t in verbs if _is_speech_verb(t)]
    return _subject_from([*reversed(speech), *reversed(verbs)], ctx)


def _previous_line_colon_subject(ctx: _Context, q: _Quote) -> Token | None:
    """The same for a colon closing the previous paragraph ("Caddell continued:")."""
    text = ctx.text
    line_start = _line_bounds(text, q.start)[0]
    prev = text[:line_start].rstrip()
    if not prev.endswith(":"):
        return None
    sent_tokens = _tokens(ctx.doc, _line_bounds(text, len(prev) - 1)[0], len(prev))
    return _colon_subject(sent_tokens, ctx)


def _after_speaker(after: list[Token], at_once: bool, ctx: _Context) -> Token | None:
    """Speaker named in the attribution after the quote (“…,” she said); with `at_once`, only
    when the first verb after the quote, within a few words, is the speech verb."""
    verbs = [t for t in after if t.pos_ in ("VERB", "AUX") or _is_speech_verb(t)]
    if at_once:
        verbs = verbs[:1] if verbs and verbs[0].i - after[0].i <= _AT_ONCE_TOKENS else []
    for verb in verbs:
        if _is_speech_verb(verb):
            speaker = _attribution_speaker(verb, after)
            if speaker is not None and not ctx.in_quote(speaker.idx):
                return speaker
    return None


def _name_before(verb: Token) -> Token | None:
    """A name or pronoun just before the verb ("Trump boasted", "she said"), adverbs skipped."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    tok = verb.doc[i] if i >= 0 else None
    return tok if tok is not None and tok.pos_ in ("PROPN", "PRON") and tok.ent_type_ not in ("DATE", "TIME") \
        and tok.lower_ not in _RELATIVE_PRONOUNS else None


def _before_speaker(before: list[Token], ctx: _Context) -> Token | None:
    """Speaker of the nearest speech verb before the quote in its sentence (Smith said: “…”)."""
    told = None
    for verb in reversed([t for t in before if _is_speech_verb(t)]):
        if told is not None and verb not in told.ancestors and _told_the_speaker(verb, told):
            continue  # "When I complained ..., I was told that shortages were “…”": whoever told, not who complained
        subject = _subject_of(verb) if _heard(verb) else _name_before(verb) or _subject_of(verb)
        if subject is None or not _usable(subject, verb, ctx):
            subject = _attribution_speaker(verb, before)
        if subject is not None and not ctx.in_quote(subject.idx):
            return subject
        if _heard(verb):
            told = verb  # told by no one named: only a verb reporting the telling still speaks ("she said she was
            # told ...")
    return None


def _told_the_speaker(verb: Token, told: Token) -> bool:
    """Who was `told` is who spoke at the earlier `verb`: the same name, or a pronoun for it ("When I complained ...,
    I was told", "After Smith complained, he was told"); not someone else ("The firm announced layoffs; workers were
    told the cuts were “…”" is the firm's)."""
    listener = next((child for child in told.children if child.dep_ in _SUBJECT_DEPS), None)
    speaker = _subject_of(verb)
    return listener is None or speaker is None or listener.pos_ == "PRON" or listener.lower_ == speaker.lower_


def _previous_sentence_speaker(ctx: _Context, k: int) -> Token | None:
    """For a quote opening a sentence with no attribution of its own, the speaker of the sentence
    before it in the paragraph, when that sentence reports speech (Smith said. “…”)."""
    q, text = ctx.quotes[k], ctx.text
    start = max(ctx.quotes[k - 1].end if k > 0 else 0, _line_bounds(text, q.start)[0])
    tokens = _tokens(ctx.doc, start, q.start)
    if k > 0 and ctx.quotes[k - 1].end > _line_bounds(text, q.start)[0]:
        return None  # the quote before, in the same paragraph, gives the speaker
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    sentence: list[Token] = []
    for tok in reversed(tokens):
        if tok.text in _SENTENCE_END:
            break
        sentence.append(tok)
    sentence.reverse()
    speaker = _before_speaker(sentence, ctx)
    if speaker is None and sentence:
        # A named person paraphrased just before: "Sanders identified young voters' ... . “…”"
        root = sentence[-1].sent.root
        subject = _subject_of(root) if root in sentence else None
        if subject is not None and subject.pos_ == "PROPN" and _usable(subject, root, ctx):
            speaker = subject
    return speaker


def _starts_sentence(before: list[Token]) -> bool:
    return not [t for t in before if not t.is_punct and not t.is_space]


def _speaker_token(ctx: _Context, k: int) -> tuple[Token | None, str]:
    """The head token of quote k's speaker mention and the rule that found it."""
    q, text = ctx.quotes[k], ctx.text
    after, before = _window_after(ctx, k), _window_before(ctx, k)
    punct = _closing_punct(text, q)
    # “… .” closes its sentence: what follows is not its attribution; after “…?” only at once.
    after_rule = ("after", lambda: None if punct == "." else _after_speaker(after, punct in "?!", ctx))
    embedded = not _starts_sentence(before)
    rules = [
        ("according", lambda: _according_speaker(q, ctx, after, before, punct)),
        ("colon", lambda: _colon_subject(before, ctx)),
        ("governing", lambda: _governing_speaker(q, ctx)),
        ("before", lambda: _before_speaker(before, ctx)),
    ]
    # A quote opening its sentence is attributed after it (“…,” she said); a quote inside a
    # sentence by the clause around it (She said it was “…”).
    rules = [*rules, after_rule] if embedded else [after_rule, *rules]
    if punct == "." and not embedded:
        rules.append(("message-after", lambda: _named_as_the_message(ctx, q)))
    if embedded:
        rules.append(("actor", lambda: _governing_actor(q, ctx)))
    elif not text[_line_bounds(text, q.start)[0] : q.start].strip():
        rules.append(("colon-line", lambda: _previous_line_colon_subject(ctx, q)))
    else:
        rules.append(("sentence-before", lambda: _previous_sentence_speaker(ctx, k)))
    for name, rule in rules:
        subject = rule()
        if subject is not None:
            return subject, name
    return None, ""


# A sentence after a quote that says whose it was: '"We will win." That was the message from coach Sarah Lane'.
_MESSAGE_AFTER = re.compile(r"\s*(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:message|words?|"
                            r"verdict|warning|view|response|reaction|assessment|promise|pledge|vow)\s+(?:from|of)\s+")


def _named_as_the_message(ctx: _Context, q: _Quote) -> Token | None:
    """The head of the name in "That was the message from <name>" right after the quote."""
    said = _MESSAGE_AFTER.match(ctx.text, q.end)
    first = ctx.doc.char_span(said.end(), said.end() + 1, alignment_mode="expand") if said else None
    if not first:
        return None
    tok = first[0]
    while tok.dep_ in ("compound", "amod", "det", "poss", "nmod") and tok.head.i > tok.i:
        tok = tok.head
    return tok if tok.pos_ in ("PROPN", "NOUN") else None


def _attribute(ctx: _Context) -> None:
    """Fill in each quote's speaker."""
    text = ctx.text
    for k, q in enumerate(ctx.quotes):
        span = _dash_name(ctx, q) or _transcript_label(text, q)
        if span is not None:
            q.speaker, q.how = span, "name"
            continue
        tok, how = _speaker_token(ctx, k)
        tok = _name_after_title(_past_dateline(tok, ctx)) if tok is not None else None
        if tok is not None:  # before a headline's "Name:": "LUCKNOW: "…," the minister said" is his
            q.speaker, q.speaker_tok, q.how = _phrase(tok, ctx), tok, how
        elif (label := _name_label(text, q) or _headline_name_after(text, q)) is not None:
            q.speaker, q.how = label, "name"
        elif k > 0 and ctx.quotes[k - 1].speaker is not None and _adjacent(text, ctx.quotes[k - 1], q):
            # A quote with no cue of its own continues the speaker of the quote just before it.
            prev = ctx.quotes[k - 1]
            q.speaker, q.speaker_tok, q.how = prev.speaker, prev.speaker_tok, "previous"


def _name_after_title(tok: Token) -> Token:
    """The speaker's name where the parse gave its title ("said Sen. Elizabeth Warren, D-Mass. Warren urged ...",
    which it read as one sentence, made "Sen." the speaker): the last word of the capitalised name after it."""
    if tok.lower_.rstrip(".") not in TITLES_IN_FULL or not tok.text.endswith("."):
        return tok
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].is_title and tok.doc[end].pos_ == "PROPN":
        end += 1
    return tok.doc[end - 1]


def _adjacent(text: str, prev: _Quote, q: _Quote) -> bool:
    """True when at most one paragraph of text separates the two quotes."""
    gap = text[prev.end : q.start]
    return len([line for line in gap.split("\n") if line.strip()]) <= 1 and len(gap) < 400


# --- antecedents of pronoun speakers ---------------------------------------------------------------

_MALE = frozenset({"he", "him", "his", "himself", "mr", "mr."})
_FEMALE = frozenset({"she", "her", "hers", "herself", "mrs", "mrs.", "ms", "ms.", "miss"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _person_key(text: str) -> str:
    """A person's surname, to pool the evidence of all their mentions."""
    words = [w for w in text.replace("’s", "").replace("'s", "").split() if w[:1].isalpha()]
    return words[-1].lower() if words else ""


def _genders(ctx: _Context) -> dict[str, str]:
    """"m" or "f" per person (by surname) from honorifics and from the subject pronouns of sentences that
    name only that person; people without such evidence are left out."""
    doc, votes = ctx.doc, {}
    persons = [m for m in ctx.mentions if m["label"] == "PERSON" and not ctx.in_quote(m["start"])]
    for m in persons:
        told = _honorific_gender(m, ctx.text)
        tally = votes.setdefault(_person_key(m["text"]), [0, 0])
        tally[0] += 3 * (told == "m")
        tally[1] += 3 * (told == "f")
        given = next((g for g in map(gender_of, m["text"].split()[:-1]) if g), None)  # "Rebecca" in "Rebecca Thornton"
        tally[0] += 2 * (given == "m")
        tally[1] += 2 * (given == "f")
    starts = [m["start"] for m in persons]  # in text order, as the mentions are
    for sent in doc.sents if doc.has_annotation("SENT_START") else []:
        within = persons[bisect.bisect_left(starts, sent.start_char):bisect.bisect_left(starts, sent.end_char)]
        keys = {_person_key(m["text"]) for m in within}
        # "Her former student Søren Holm-Petersen said that she had been ...": a person introduced as someone's is
        # not who the sentence's other pronouns are about.
        if len(keys) != 1 or any(t.dep_ == "poss" and t.pos_ == "PRON" and t.idx < within[0]["start"] for t in sent):
            continue
        tally = votes[keys.pop()]
        for tok in sent:
            # Subjects only: "Her deputy, John Carter, ..." and "His wife, Jill Biden, introduced him" name one
            # person while their possessive and object pronouns point at another.
            if tok.dep_ in _SUBJECTS and not ctx.in_quote(tok.idx):
                tally[0] += tok.lower_ in _MALE
                tally[1] += tok.lower_ in _FEMALE
    return {key: "m" if m > f else "f" for key, (m, f) in votes.items() if m != f}


def _people(mentions: list[dict]) -> set[str]:
    """Surnames labelled PERSON somewhere in the document and not more often a place: the small
    model calls "Pistorius" an ORG in one sentence and a PERSON in the next, "Kyiv" a PERSON once."""
    votes: dict[str, list[int]] = {}
    for m in mentions:
        tally = votes.setdefault(_person_key(m["text"]), [0, 0])
        if m["label"] == "PERSON":
            tally[0] += 1
        elif m["label"] in ("GPE", "LOC", "FAC", "NORP"):
            tally[1] += 1
    # No one's name has digits: the model calls "COP29" a person now and then.
    return {key for key, (person, place) in votes.items()
            if key and person and person >= place and not any(ch.isdigit() for ch in key)}


# Mentions looked back through for a pronoun's antecedent: far more than a reader keeps in mind, and a bound on
# the work of each pronoun in a text of thousands of names.
ANTECEDENT_REACH = 100


def _antecedent(tok: Token, ctx: _Context) -> dict | None:
    """Closest preceding PERSON mention outside quotes that fits a he/she pronoun's gender (any person for an age,
    "the 26-year-old"); for a title ("the president"), the person written with it; for "it" and "the company", the
    organisation last the subject."""
    aged = _is_an_age(tok)  # "the 26-year-old", of either sex
    if tok.pos_ == "NOUN" and tok.lower_ in _ORGANISATION_NOUNS:
        # Never a person's title: "a spokeswoman for the company, Helen Ashworth" does not make her "the company".
        return _subject_organisation(tok, ctx)
    if not aged and (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.lower_ in ALL_TITLES)  # "the prime minister"
                     or _names_a_national(tok)):
        age = _age_described(tok)
        if age is not None:
            return _of_described_age(tok, age, ctx)
        return _titled_person(tok, ctx) or _known_by_epithet(tok, ctx)
    if tok.lower_ == "it":
        return _subject_organisation(tok, ctx)
    gender = "m" if tok.lower_ in ("he", "him") else "f" if tok.lower_ in ("she", "her") else None
    if gender is None and not aged:
        return None
    if ctx.people is None:
        ctx.people = _people(ctx.mentions)
    if aged:
        return _aged_person(tok, ctx)
    if ctx.genders is None:
        ctx.genders = _genders(ctx)
    fitting = list(itertools.islice((m for m in ctx.recent_mentions(tok.idx) if _fits(m, gender, ctx)), 5))
    best = None
    if fitting:
        # Pronouns mostly pick up the last person who was the subject of a main clause, not one merely
        # mentioned since ("Pistorius addressed the change after Trump returns ... “…,” he said").
        ranks = [_subject_rank(ctx.doc, m) for m in fitting]
        best = fitting[ranks.index(min(ranks))]
    unnamed = _unnamed_speaker_since(tok, gender, _unnamed_search_start(best, ctx), ctx)
    if unnamed is not None:
        return unnamed
    if best is None:
        return _unlisted_speaker_before(tok, gender, ctx)
    return {"text": best["text"], "start": best["start"], "end": best["end"]}


def _unnamed_search_start(best: dict | None, ctx: _Context) -> int:
    """Where an unnamed speaker whom a pronoun means rather than the person `best` is looked for from: after that
    person, or where the speaker phrase `best` is named in starts when it names someone near them ("said a source
    close to Prime Minister Keir Starmer. “…,” he added" is the source's)."""
    if best is None:
        return 0
    for q in reversed(ctx.quotes[:bisect.bisect_right(ctx.starts, best["start"] + _UNNAMED_SPEAKER_REACH)]):
        if q.end < best["start"] - _UNNAMED_SPEAKER_REACH:
            break
        if q.speaker is not None and q.speaker[0] <= best["start"] and best["end"] <= q.speaker[1]:
            near = near_someone(ctx.text, q.speaker[0], best["start"])
            return q.speaker[0] if near and not names_the_speaker(ctx.text, near, best["start"]) else best["end"]
    return best["end"]


def _unlisted_speaker_before(tok: Token, gender: str, ctx: _Context) -> dict | None:
    """The full name of the speaker of the last quote before the pronoun `tok`, where the model made no entity of it
    and the text named no person the pronoun could mean: "India's delegate, Chandni Raina, called the sum “abysmally
    poor” ... “…,” she said" is hers."""
    for q in reversed(ctx.quotes[:bisect.bisect_left(ctx.starts, tok.idx)]):
        if tok.idx - q.end > _UNNAMED_SPEAKER_REACH:
            return None
        if q.speaker_tok is not None and q.speaker_tok.pos_ != "PRON":
            # Only in the sentence right after that speaker's: no one brought in since ("The head of the Brazilian
            # delegation, a veteran diplomat, took a different view").
            if ctx.text[q.speaker_tok.sent.end_char:tok.sent.start_char].strip():
                return None
            return _unlisted_name(q.speaker_tok, gender, ctx)
    return None


def _unlisted_name(head: Token, gender: str, ctx: _Context) -> dict | None:
    """The name a speaker's head is, or names in apposition ("India's delegate, Chandni Raina"), when it is a full
    name (capitalised words, the first not a given name of the other gender) that no entity covers."""
    name = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), head) \
        if head.pos_ == "NOUN" else head
    words = [name]
    while words[0].i > 0 and words[0].nbor(-1).dep_ == "compound" and words[0].nbor(-1).head == name:
        words.insert(0, words[0].nbor(-1))
    start, end = words[0].idx, name.idx + len(name)
    if name.pos_ != "PROPN" or len(words) < 2 or not all(w.is_alpha and w.is_title for w in words) \
            or gender_of(words[0].text) not in (None, gender) or _mentions_between(ctx, start, end):
        return None
    return {"text": ctx.text[start:end], "start": start, "end": end}


def _mentions_between(ctx: _Context, start: int, end: int) -> bool:
    """Some entity mention overlaps the characters from `start` to `end`."""
    first = bisect.bisect_left(ctx.mention_starts, end)
    return any(m["end"] > start for m in ctx.mentions[max(0, first - ANTECEDENT_REACH):first])


def _is_an_age(tok: Token) -> bool:
    """The speaker is described by an age alone: "the 26-year-old" (not "a 26-year-old fan", someone else)."""
    return tok.lower_ == "old" and any(child.lower_ == "the" for child in tok.children) \
        and any(child.lower_ == "year" and any(n.like_num for n in child.children) for child in tok.children)


def _age_described(tok: Token) -> str | None:
    """The age a speaker's description gives besides its noun: "20" of "the 20-year-old Spaniard"."""
    modifier = _age_modifier(tok)
    return None if modifier is None else next(n.text for y in modifier.children if y.lower_ == "year"
                                              for n in y.children if n.like_num)


def _age_modifier(tok: Token) -> Token | None:
    """The "N-year-old" before a description's noun ("the 20-year-old Spaniard"), or None."""
    return next((child for child in tok.children if child.dep_ == "amod" and child.lower_ == "old"
                 and any(y.lower_ == "year" and any(n.like_num for n in y.children) for y in child.children)), None)


def _of_described_age(tok: Token, age: str, ctx: _Context) -> dict | None:
    """Who "the 20-year-old Spaniard" speaking is: the one person named before with that age ("Carlos Alcaraz, 20,"),
    else whom the description without its age names (a nationality, an epithet, a title) where the text gives that
    person no other age; no one where the noun is none of those nor a sportsman's (`_AGED_ROLES`: "the 30-year-old
    suspect", "the 26-year-old woman") or the text gives that age twice before ("A 20-year-old fan ran onto the
    pitch")."""
    if not (_names_a_national(tok) or tok.lower_ in _EPITHETS or tok.lower_ in _AGED_ROLES
            or tok.lower_ in ALL_TITLES):
        return None  # "the 30-year-old suspect", "the 34-year-old fan": anyone of that age
    if ctx.people is None:
        ctx.people = _people(ctx.mentions)
    named = [m for m in ctx.recent_mentions(tok.idx) if _person_key(m["text"]) in ctx.people]
    of_age = {_person_key(m["text"]): m for m in named if _stated_age(m, ctx) == age}
    if len(of_age) == 1 and _ages_written(ctx.text[:tok.sent.start_char], age) == 1:
        best = next(iter(of_age.values()))
        return {"text": best["text"], "start": best["start"], "end": best["end"]}
    if of_age:
        return None  # two of that age, or someone unnamed too ("an accountant aged 29")
    best = _titled_person(tok, ctx) or _known_by_epithet(tok, ctx)
    return best if best is not None and _stated_age(best, ctx) in (None, age) else None


# Nouns of sport a person named with an age is described by in the next lines ("Lando Norris, 24, ... the 24-year-old
# driver said"), besides the epithets.
_AGED_ROLES = frozenset({"driver", "player", "sprinter", "swimmer", "cyclist", "footballer", "cricketer", "athlete",
                         "runner", "rider", "jockey", "batsman", "batter", "bowler", "gymnast", "skater", "skier",
                         "climber", "racer", "wrestler", "fighter", "rower", "diver", "jumper", "thrower"})


def _ages_written(text: str, age: str) -> int:
    """How many times the text gives someone that age: "Lando Norris, 24,", "the 24-year-old", "aged 24"."""
    return len(re.findall(rf"(?:,\s*{age}\s*,|\b{age}-year-old\b|\baged\s+{age}\b|\({age}\))", text))


def _stated_age(mention: dict, ctx: _Context) -> str | None:
    """The age the text writes with a person's mention: "Maria Lopez, 34," or "20-year-old Carlos Alcaraz"."""
    after = _STATED_AGE.match(ctx.text, mention["end"])
    before = _AGE_BEFORE.search(ctx.text, max(0, mention["start"] - _AGE_BEFORE_CHARS), mention["start"])
    return after.group(1) if after else before.group(1) if before else None


def _aged_person(tok: Token, ctx: _Context) -> dict | None:
    """Who "the 26-year-old" speaking is: the person who was the subject in the sentence before (or this one), where
    the text gives no one else that age first ("The 30-year-old was later found ...", someone not named) and does not
    give that person another ("Maria Lopez, 34,")."""
    age = next(n.text for child in tok.children if child.lower_ == "year" for n in child.children if n.like_num)
    if re.search(rf"\b{re.escape(age)}-year-old\b", ctx.text[:tok.sent.start_char]):
        return None
    best = _recent_subject(tok, ctx)
    stated = _STATED_AGE.match(ctx.text, best["end"]) if best else None
    if stated and stated.group(1) != age:
        return None
    return best


def _people_named_since(tok: Token, ctx: _Context) -> Iterator[dict]:
    """Mentions of people from the start of the sentence before `tok`'s up to it, the latest first."""
    own = _attribution_sentence(tok, ctx)
    previous = tok.doc[own.start - 1].sent if own.start > 0 else own
    since = itertools.takewhile(lambda m: m["start"] >= previous.start_char, ctx.recent_mentions(tok.idx))
    return (m for m in since if _person_key(m["text"]) in ctx.people)


def _attribution_sentence(tok: Token, ctx: _Context) -> Span:
    """`tok`'s sentence, or where it starts inside a quote, the sentence the quote opens in: the sentence before
    '“It's painful. We had the pace,” the 24-year-old said' is the one before the quote, not its first."""
    sent = tok.sent
    i = bisect.bisect_right(ctx.starts, sent.start_char) - 1
    if i < 0 or not ctx.quotes[i].start < sent.start_char < ctx.quotes[i].end:
        return sent
    opening = ctx.doc.char_span(ctx.quotes[i].start, ctx.quotes[i].start + 1, alignment_mode="expand")
    return opening[0].sent if opening else sent


def _recent_subject(tok: Token, ctx: _Context) -> dict | None:
    """The person who was the subject in the sentence before `tok`'s (or in its own), else the person last named
    there."""
    people = list(itertools.islice(_people_named_since(tok, ctx), 5))
    subjects = [m for m in people if _subject_rank(ctx.doc, m) == 0] or people[:1]
    if not subjects:
        return None
    best = subjects[0]
    return {"text": best["text"], "start": best["start"], "end": best["end"]}


# Nouns a story calls the person it is about by, once named ("Lewis Hamilton ... the seven-time world champion
# admitted", "Sir David Attenborough ... the naturalist said"): fame and sport, no office (whose holder is named with
# it: `_titled_person`) and no one a story brings in unnamed ("the spokesman", "the officer").
_EPITHETS = frozenset({
    "champion", "star", "actor", "actress", "singer", "rapper", "musician", "songwriter", "veteran",
    "billionaire", "tycoon", "mogul", "entrepreneur", "novelist", "author", "comedian", "presenter", "filmmaker",
    "striker", "midfielder", "defender", "goalkeeper", "winger", "forward", "quarterback", "pitcher", "golfer",
    "boxer", "skipper", "legend", "icon", "naturalist", "activist", "campaigner",
    "pontiff",  # the pope's, never a title before his name ("Pope Francis ... the pontiff said")
})


def _known_by_epithet(tok: Token, ctx: _Context) -> dict | None:
    """Who "the seven-time world champion" speaking is: the one person named in the sentence before and its own,
    where the text gives the epithet to no one before ("Jake Paul beat Mike Tyson ... the veteran said" and
    "John Smith followed the singer home ... the singer said" are no one's)."""
    if _names_a_national(tok):
        return _known_by_nationality(tok, ctx)
    if tok.lower_ not in _EPITHETS or not any(child.lower_ == "the" for child in tok.children) or any(
            t.pos_ == "PROPN" and t.text[:1].isupper() for t in tok.subtree):
        return None  # not "a veteran", nor "the Liverpool striker" (a name in it)
    if ctx.people is None:
        ctx.people = _people(ctx.mentions)
    named = {_person_key(m["text"]) for m in _people_named_since(tok, ctx)}
    best = _recent_subject(tok, ctx) if len(named) == 1 else None
    if best is None:
        return None
    # Given before only as that person's title: "Australian actor Hugh Jackman ... the actor said".
    surname = best["text"].split()[-1]
    for given in re.finditer(rf"\b{re.escape(tok.text)}\b", ctx.text[:tok.sent.start_char], re.IGNORECASE):
        if surname not in ctx.text[given.end():given.end() + _TITLE_REACH]:
            return None
    return best


def _known_by_nationality(tok: Token, ctx: _Context) -> dict | None:
    """Who "the Briton" speaking is: the person the text introduced by that nationality ("Briton Emma Raducanu"), else
    the only person it has named before (sports pages call a player so, but the one named last may be the rival:
    "Lewis Hamilton finished third. Max Verstappen won. ... the Briton said")."""
    if ctx.people is None:
        ctx.people = _people(ctx.mentions)
    written = re.escape(_description(tok))
    nationality = re.compile(rf"\b{written}\b", re.IGNORECASE)
    introduction = re.compile(rf"\b{written}\W{{0,3}}$", re.IGNORECASE)  # "Briton Emma Raducanu"
    # The people named before, the nearest first, as far back as a pronoun's antecedent is looked for.
    named = [m for m in ctx.recent_mentions(tok.idx) if _person_key(m["text"]) in ctx.people]
    introduced = next((m for m in named if introduction.search(ctx.text, max(0, m["start"] - _INTRODUCTION_CHARS),
                                                                m["start"])), None)
    if introduced is not None:
        return {"text": introduced["text"], "start": introduced["start"], "end": introduced["end"]}
    if len({_person_key(m["text"]) for m in named}) != 1 or _unlisted_full_name_before(tok, ctx):
        return None
    only = named[0]
    # Not where the text gave the nationality to someone unnamed ("Alcaraz beat the Briton"), nor where the quote
    # speaks of the one named ("Harry is a machine," the Belgian said, after Harry Kane scored).
    k = bisect.bisect_right(ctx.starts, tok.idx) - 1
    said = ctx.quotes[k] if k >= 0 and ctx.quotes[k].end <= tok.idx else None
    words = {w.lower() for w in only["text"].split()}
    if nationality.search(ctx.text, 0, tok.sent.start_char) or (
            said is not None and words & {w.lower() for w in re.findall(r"\w+", ctx.text[said.start:said.end])}):
        return None
    return {"text": only["text"], "start": only["start"], "end": only["end"]}


def _unlisted_full_name_before(tok: Token, ctx: _Context) -> bool:
    """The text names someone before `tok` that no mention covers: a given name and a capitalised word after it that is
    in no mention ("Carlos Alcaraz beat Novak Djokovic", where the model made an organisation of "Novak" alone)."""
    for given in tok.doc[:tok.sent.start]:
        surname = given.nbor() if given.i + 1 < len(tok.doc) else None
        if surname is not None and given.pos_ == "PROPN" and surname.pos_ == "PROPN" and surname.is_title \
                and gender_of(given.text) is not None and not _mentions_between(ctx, surname.idx,
                                                                                surname.idx + len(surname)):
            return True
    return False


# How far before a name its nationality is looked for: "Northern Irishman Rory McIlroy".
_INTRODUCTION_CHARS = 40


def _names_a_national(tok: Token) -> bool:
    """"the Briton", "the Northern Irishman": one person by nationality, as sports pages call a player named before
    (not "the French" nor "the Swiss", a people)."""
    name = _description(tok).casefold()
    return any(child.lower_ == "the" for child in tok.children) and name in DEMONYMS \
        and not name.endswith(PEOPLE_ENDINGS)


def _description(tok: Token) -> str:
    """The words of a description up to its noun `tok`, without "the" nor an age: "Spaniard" of "the 20-year-old
    Spaniard, who has won 14 straight matches"."""
    modifier = _age_modifier(tok)
    age = set(modifier.subtree) if modifier is not None else set()
    return " ".join(t.text for t in tok.subtree if t.i <= tok.i and t.lower_ != "the" and t not in age)


# Endings of a nationality that names a people, not one person: "the Democrats", "the French", "the Chinese".
PEOPLE_ENDINGS = ("s", "ch", "sh", "ese")


# An age written after a name: "Maria Lopez, 34,"; or before it: "20-year-old Carlos Alcaraz".
_STATED_AGE = re.compile(r",\s*(\d{1,3}),")
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+$")
_AGE_BEFORE_CHARS = 15


# Spokespeople, whom a later "he" or "she" stands for however they are written ("The spokeswoman said"), by gender
# (None: either).
_SPOKESPEOPLE = {"spokesman": "m", "spokeswoman": "f", "spokesperson": None}
# People who speak for themselves, by gender (None: either): "a resident of Gaza City" is no voice of the city, "a
# federal judge in Seattle" none of Seattle.
PRIVATE_PEOPLE = {
    **dict.fromkeys(("man", "father", "son", "husband", "boy", "brother", "grandfather", "uncle"), "m"),
    **dict.fromkeys(("woman", "mother", "daughter", "wife", "girl", "sister", "grandmother", "aunt"), "f"),
    **dict.fromkeys((
        "victim", "witness", "resident", "neighbour", "neighbor", "survivor", "passenger", "driver", "worker",
        "customer", "shopper", "voter", "parent", "teacher", "student", "pupil", "nurse", "doctor", "patient",
        "friend", "relative", "fan", "protester", "farmer", "owner", "tourist", "visitor", "bystander", "motorist",
        "commuter", "tenant", "homeowner", "shopkeeper", "refugee", "migrant", "prisoner", "inmate", "juror",
        "mourner", "supporter", "activist", "campaigner", "volunteer", "person",
        # A court's, whose ruling is no voice of the town it sits in ("A federal judge in Seattle").
        "judge", "magistrate"), None),
}
# Unnamed speakers whom a later "he" or "she" stands for, by gender: people a story brings in as "a", "an",
# "another" or "one" ("One victim, a delivery driver, said ...") and spokespeople.
_UNNAMED_PEOPLE = {
    **PRIVATE_PEOPLE,
    **dict.fromkeys((
        "official", "officer", "source", "member", "employee", "lawyer", "analyst", "trader", "investor", "diplomat",
        "executive", "manager", "guard", "soldier", "pilot", "engineer", "scientist", "researcher", "expert", "aide",
        "adviser", "advisor", "insider", "colleague", "commander", "general", "fighter", "medic", "paramedic",
        "firefighter", "rescuer", "councillor", "lawmaker", "legislator", "senator", "minister", "politician", "mp",
        "candidate", "delegate", "negotiator", "observer", "journalist", "reporter", "economist", "strategist",
        "banker", "tory", "democrat", "republican", "conservative", *_SPOKESPEOPLE), None),
}
_FIRST_PREPOSITION = re.compile(r"\s(?:of|from|in|at|for|on|near|with)\s")
# Words after which a speaker phrase names someone the speaker is near, not the speaker: an anonymous source's ("a
# source close to Prime Minister Keir Starmer", "people familiar with the matter at Google", "a person with knowledge
# of Musk's plans", "people briefed on the talks"), or a role's ("allies of Trump", "an aide to Senator Warren", "a
# friend of Taylor Swift", "a lawyer representing Sean Combs"). A lawyer's words are the lawyer's ("My client is
# innocent," a lawyer for Sean Combs said): only a spokesperson or a statement speaks as the one it is for ("a
# spokesman for Apple", "Trump's statement"). Read through `near_someone`.
_NEAR_SOMEONE = re.compile(
    r"\b(?:(?P<source>close\s+to|familiar\s+with|(?:with\s+)?knowledge\s+of|briefed\s+(?:on|about))"
    r"|(?P<role>friend|all(?:y|ie)|relative|associate|confidant|aide|advis[eo]r|lawyer|attorney)e?(?P<plural>s)?"
    r"\s+(?:of|to|for|representing))\s",
    re.IGNORECASE)
# A determiner before a role written capitalised: a sentence's first word ("A friend of the couple said"), where a
# role alone before "of" or "to" is a title ("Adviser to the Prime Minister Lord Walney").
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|one|some|his|her|their|its)\s+$", re.IGNORECASE)
# Who is near someone without a name of their own: "a source close to", "people familiar with", "a senior official
# close to the talks"; a resident "close to the site" or a guide "familiar with the route" is named after a comma.
_ANONYMOUS_BEFORE = re.compile(r"\b(?:sources?|person|people|officials?|insiders?|someone|individuals?|diplomats?)"
                               r"(?:\s+\w+){0,2}\s+$", re.IGNORECASE)
# Words that give a person another name: "known as Katie".
_OTHER_NAME = re.compile(r"\b(?:known|called|named|nicknamed|dubbed|aka|née|nee|formerly)\b", re.IGNORECASE)
def near_someone(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The words of `_NEAR_SOMEONE` in the speaker phrase `text[start:end]`; a role written capitalised is a title,
    the person named after it the speaker ("U.S. Attorney for the Southern District of New York Damian Williams",
    "Adviser to the Prime Minister Lord Walney"), but in the plural or after a determiner ("Lawyers for Sean Combs",
    "A friend of the couple")."""
    end = len(text) if end is None else end
    for match in _NEAR_SOMEONE.finditer(text, start, end):
        role = match.group("role")
        if role is None or role.islower() or match.group("plural") \
                or _DETERMINER_BEFORE.search(text, start, match.start()):
            return match
    return None


def names_the_speaker(text: str, near: re.Match[str], name_start: int) -> bool:
    """The name at `name_start`, after the words `near` of a speaker phrase in `text`, is the speaker's own: after a
    comma ("a lawyer for the family, Ben Crump", "a resident living close to the site, Margaret Brown") or, after a
    role's words, after a common noun that ends whom the speaker works for ("a lawyer for the Nichols family Ben
    Crump"; not "familiar with efforts by Obama"); never an anonymous source's ("a source close to the president, Joe
    Biden")."""
    if near.group("source") and _ANONYMOUS_BEFORE.search(text, max(0, near.start() - 40), near.start()):
        return False
    between = text[near.end():name_start]
    if "," in between:  # but not the other name of the one the speaker is near: "Friends of Kathryn Jenkin, known as
        relation, after = between.rsplit(",", 1)  # Katie", nor the name of "the singer, Taylor Swift"
        return _OTHER_NAME.search(after) is None and not _names_a_persons_noun(relation)
    words = between.split()
    return near.group("role") is not None and len(words) > 1 and words[-1].islower() \
        and words[-1] not in STOP_WORDS and words[-1] not in ALL_TITLES and words[-1] not in _EPITHETS


def _names_a_persons_noun(relation: str) -> bool:
    """The words of nearness before a comma end in an epithet that one well-known person is called by ("a friend of
    the singer"): the name after the comma is that person's in apposition, not the speaker's. Not whom a speaker works
    for ("a lawyer for the family, Ben Crump", "a lawyer for the defendant, Mr Gulati"), nor an office, whose lawyers
    and aides are named after it as often as its holder ("a lawyer for the officer, Eric Nelson", "an aide to the
    king, Sir Clive Alderton")."""
    last = relation.split()[-1].lower() if relation.strip() else ""
    return last in _EPITHETS


def is_private_person(description: str) -> bool:
    """A speaker described as one who speaks for themselves ("a retired teacher from Leeds", "One victim, a
    delivery driver", "a worker at the Ford plant"): a place or firm named after the noun is where they live or work,
    not whom they speak for."""
    words = re.findall(r"[a-z]+", _FIRST_PREPOSITION.split(description, maxsplit=1)[0].lower())  # "Resident Jane"
    return any(word in PRIVATE_PEOPLE for word in words)


_INTRODUCING = frozenset({"a", "an", "another", "one"})


def _unnamed_speaker_gender(cand: Token, same_sentence: bool = False) -> tuple[bool, str | None]:
    """(whether `cand` is an unnamed speaker, its gender): a spokesperson, or a person introduced indefinitely who
    speaks ("a witness said", "one victim told", "one of the passengers said"), not "the victim", who may be someone
    named before; an unnamed relative who speaks, or any in the pronoun's own sentence (`same_sentence`)."""
    if cand.lower_ in _SPOKESPEOPLE:
        return True, _SPOKESPEOPLE[cand.lower_]
    # Not a relative who merely was there: in "Harry arrived. His father is ill. “…,” he said" Harry speaks.
    if _unnamed_relative(cand) and (same_sentence or _is_speech_verb(cand.head)):
        return True, _KIN[cand.lower_]
    person = cand
    if cand.lower_ == "one":  # "One of the passengers said"
        person = next((pobj for prep in cand.children if prep.lower_ == "of" for pobj in prep.children
                       if pobj.dep_ == "pobj"), cand)
        introduced = person is not cand
    else:
        introduced = any(child.lower_ in _INTRODUCING and child.dep_ in ("det", "nummod") for child in cand.children)
    noun = person.lemma_.lower()
    # Who speaks, not who was there ("A retired nurse, Janet Pike, was there too. He added: ...").
    speaks = _is_speech_verb(cand.head)
    return introduced and speaks and noun in _UNNAMED_PEOPLE, _UNNAMED_PEOPLE.get(noun)


# Kin a story calls by whose they are ("Her husband", "His mother"), by gender.
_KIN = {noun: gender for noun, gender in PRIVATE_PEOPLE.items() if gender is not None and noun not in ("man", "woman",
                                                                                                       "boy", "girl")}


def _unnamed_relative(cand: Token) -> bool:
    """Someone's relative left unnamed ("Her husband, now a circuit judge, is said to ..."), whom a "he" can mean
    rather than a person named before (`_unnamed_speaker_gender` says where)."""
    return cand.lower_ in _KIN and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in cand.children) \
        and not any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in cand.children)


def _unnamed_speaker_since(tok: Token, gender: str, after: int, ctx: _Context) -> dict | None:
    """An unnamed speaker who was the subject of a sentence after character `after` and before the pronoun `tok`:
    "A spokeswoman for the HSE said ... “…,” she said" is hers, "One victim, a retired teacher, said ... “…,” she
    said" the victim's, not a woman named before them."""
    for cand in reversed(tok.doc[:tok.i]):
        if cand.idx < after or tok.idx - cand.idx > _UNNAMED_SPEAKER_REACH:
            return None
        # The subject of a main clause: not one reported ("Ms Shortall said the minister's spokeswoman had not
        # replied") nor in a relative clause ("Jane Doe, whose spokeswoman said ...").
        if cand.dep_ not in _SUBJECT_DEPS or not _of_a_main_clause(cand.head) or ctx.in_quote(cand.idx):
            continue
        unnamed, its_gender = _unnamed_speaker_gender(cand, cand.sent.start == tok.sent.start)
        if not unnamed:
            continue
        if (its_gender or _reported_gender(cand.head)) in (None, gender):
            start, end = _phrase(cand, ctx)
            return {"text": ctx.text[start:end], "start": start, "end": end}
    return None


def _of_a_main_clause(verb: Token) -> bool:
    """The root, or a clause the parse hung on a root written after it: "Her husband … is said to be less keen: he has
    told friends …" (its first clause is as main as the second, not reported by it); but not a clause a speech verb
    after it reports ("A spokeswoman had not replied, Reuters reported")."""
    if verb.dep_ == "ROOT":
        return True
    root = verb.head
    return root.dep_ == "ROOT" and verb.i < root.i and verb.dep_ in ("ccomp", "conj") \
        and (not _is_speech_verb(root) or any(t.text in (":", ";") for t in verb.doc[verb.i:root.i]))


def _reported_gender(verb: Token) -> str | None:
    """The gender a speaker gives themselves in what they report: "A witness said she heard five shots" is a woman."""
    for clause in verb.children:
        if clause.dep_ == "ccomp":
            subject = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
            if subject is not None and subject.lower_ in ("he", "she"):
                return "m" if subject.lower_ == "he" else "f"
    return None


# How far back an unnamed speaker is looked for (characters): a paragraph or two.
_UNNAMED_SPEAKER_REACH = 600


# How far from a person's name its title is looked for: "President Joe Biden", "Joe Biden, the president,".
_TITLE_REACH = 40
# Words that make a title another one: a vice president is not the president, nor is a former one.
_TITLE_PREFIXES = frozenset({"vice", "deputy", "assistant", "acting", "shadow", "associate", "lieutenant", "lt",
                             "under", "prime", "co", "former", "ex", "outgoing", "incoming"})
# A title in apposition: ", the former chancellor," (ending at a comma or the sentence's end, not "the president's").
_APPOSITION = re.compile(r",\s+(?:the\s+|a\s+)?([a-z][a-z ]*?)\s*(?=[,.;:)]|$)")
# A peer's title in apposition: "Prince Harry, the Duke of Sussex," is "the duke".
_PEERAGE_APPOSITION = re.compile(rf",\s+the\s+((?i:{'|'.join(PEERAGES)}))\s+of\s+[A-Z]")


def _titled_person(tok: Token, ctx: _Context) -> dict | None:
    """Who "the president" is, for a speaker named only so: the closest person before written with that whole
    title ("President Joe Biden ... “…,” the president said"). None when the phrase names someone itself ("the
    Indiana governor"), or no one was given the title."""
    # "the union's general secretary": the title after a possessor that is itself a description.
    possessor = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"
                      and any(g.lower_ == "the" for g in c.children)), None)
    if not (possessor or any(child.lower_ == "the" for child in tok.children)) or any(
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in ALL_TITLES for t in tok.subtree):
        return None  # a name in it ("the Indiana governor"); not a title the tagger calls one ("the prime minister")
    owner = set(possessor.subtree) if possessor is not None else set()
    title = [t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ != "det" and t not in owner]
    people = [m for m in ctx.recent_mentions(tok.idx) if m["label"] == "PERSON"]
    # The title as written first: "the judge" is District Judge Mehta before Justice Alito named since.
    best = next((m for m in people if _titled(ctx.text, m, title, as_written=True)), None) \
        or next((m for m in people if _titled(ctx.text, m, title, as_written=False)), None)
    return None if best is None else {"text": best["text"], "start": best["start"], "end": best["end"]}


# Titles written short before a name: "Gov. Thomas Calloway ... the governor said".
_ABBREVIATED_TITLES = {**TITLES_IN_FULL,
                       "justice": "judge"}  # "Justice Halima Abdulkadir ... the judge said" (and "the justice")


def _titled(text: str, mention: dict, title: list[str], as_written: bool = True) -> bool:
    """True when the whole title is written right before the person's name (`as_written`, else in its long form or
    the one it stands for: "Gov.", "Justice"), or in apposition after it."""
    start, end = mention["start"], mention["end"]
    before = [w.strip(",.;:()") for w in text[max(0, start - _TITLE_REACH):start].lower().split()]
    if not as_written:
        before = [_ABBREVIATED_TITLES.get(word, word) for word in before]
    n = len(title)
    if before[-n:] == title and (len(before) == n or before[-n - 1] not in _TITLE_PREFIXES):
        return True
    after = _APPOSITION.match(text, end, end + _TITLE_REACH)
    if after is not None and after.group(1).lower().split() == title:
        return True
    peerage = _PEERAGE_APPOSITION.match(text, end, end + _TITLE_REACH)
    return peerage is not None and [peerage.group(1).lower()] == title


# What "the company" or "it" can stand for, by the noun: a firm is an organisation, a government also a country. A
# nationality or group (NORP) too: the model calls a firm with a short name one ("Meridian said ... it said").
_FIRM, _AUTHORITY = frozenset({"ORG", "NORP"}), frozenset({"ORG", "GPE", "NORP"})
_ORGANISATION_NOUNS = {
    **dict.fromkeys(("company", "firm", "group", "bank", "lender", "insurer", "carrier", "airline", "automaker",
                     "carmaker", "retailer", "manufacturer", "maker", "chain", "startup", "conglomerate", "club",
                     "team", "union", "party", "charity", "university", "agency", "regulator", "court", "network",
                     "broadcaster", "newspaper", "publisher", "organisation", "organization"), _FIRM),
    **dict.fromkeys(("government", "ministry", "department", "administration", "it"), _AUTHORITY),
}
# Sentences looked back through for the organisation a pronoun or "the company" stands for.
ORGANISATION_REACH = 5
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "this", "that"})


def _subject_organisation(tok: Token, ctx: _Context) -> dict | None:
    """The organisation (or, for "it" and "the government", the country) that "it" or "the company" stands for: the
    last main clause's subject outside quotes, passing over pronouns, people and the same description ("it said ...
    the company said"). None when that subject is anything else ("Shares fell", a firm the model missed)."""
    labels = _ORGANISATION_NOUNS.get(tok.lower_)
    if labels is None or (tok.pos_ == "NOUN" and not any(child.lower_ == "the" for child in tok.children)):
        return None
    sentences = 0
    for cand in reversed(ctx.doc[max(0, tok.sent.start - 300):tok.i]):
        if cand.is_sent_end:
            sentences += 1
            if sentences > ORGANISATION_REACH:
                return None
        if cand.dep_ not in _SUBJECT_DEPS or not _in_main_clause(cand) or ctx.in_quote(cand.idx):
            continue
        mention = _mention_at(ctx, cand.idx) or _named_before(ctx, cand) or _whose_shares(cand, ctx)
        if mention and mention["label"] in labels and _may_be_called(mention, tok):
            if _reports_on_another(cand, mention, labels, ctx):
                return None  # "Tesla plans to cut prices, Reuters reported": the outlet is as near as the company
            return {"text": mention["text"], "start": mention["start"], "end": mention["end"]}
        if (mention is None and (_is_reference(cand) or _names_a_person(cand))) \
                or (mention and mention["label"] == "PERSON"):
            continue
        return None
    return None


def _may_be_called(mention: dict, tok: Token) -> bool:
    """An organisation "the government" or "the ministry" can stand for: a country, or a body of government ("Age UK
    estimates ... The government promised" is not the charity's)."""
    if mention["label"] != "ORG" or tok.lower_ == "it" or _ORGANISATION_NOUNS[tok.lower_] is not _AUTHORITY:
        return True
    name = mention["text"]
    if tok.lower_ != "government" and sum(ch.isupper() for ch in name) >= 2 and " " not in name:
        return True  # a department or an agency by its initials: "the MoD ... the ministry", "the DWP ... department"
    return any(word in GOVERNMENT_BODY_WORDS for word in name.lower().split()) \
        or normalise_name(name) in GOVERNMENT_BODIES


def _whose_shares(subject: Token, ctx: _Context) -> dict | None:
    """The company whose shares or stock the subject is: "Nike shares fell 10% ... the company said" is Nike's."""
    if subject.lemma_.lower() not in ("share", "stock"):
        return None
    owners = [child for child in subject.children if child.dep_ in ("compound", "poss")]
    owners += [t for prep in subject.children if prep.dep_ == "prep" and prep.lower_ in ("of", "in")
               for t in prep.children if t.dep_ == "pobj"]
    return next((m for m in (_mention_at(ctx, t.idx) for t in owners) if m and m["label"] == "ORG"), None)


def _names_a_person(subject: Token) -> bool:
    """A description with a person's name in apposition: "A spokeswoman for the company, Helen Ashworth"."""
    return any(child.dep_ == "appos" and child.ent_type_ == "PERSON" for child in subject.children)


def _is_reference(subject: Token) -> bool:
    """A pronoun, or a description that refers back itself ("the company", "the ministry")."""
    return subject.lower_ in _PRONOUNS or (subject.lower_ in _ORGANISATION_NOUNS
                                           and any(child.lower_ == "the" for child in subject.children))


def _in_main_clause(subject: Token) -> bool:
    return _main_verb(subject).dep_ == "ROOT"


def _main_verb(subject: Token) -> Token:
    verb = subject.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb


def _reports_on_another(subject: Token, mention: dict, labels: frozenset[str], ctx: _Context) -> bool:
    """The subject reports what another organisation does, in a clause of its verb ("Reuters reported that Tesla
    ..."; a name the model did not label counts as one)."""
    for clause in (child for child in _main_verb(subject).children if child.dep_ == "ccomp"):
        for tok in (t for t in clause.subtree if t.dep_ in _SUBJECT_DEPS):
            other = _mention_at(ctx, tok.idx)
            if (other is None and tok.pos_ == "PROPN") or (other and other is not mention and other["label"] in labels):
                return True
    return False


def _named_before(ctx: _Context, subject: Token) -> dict | None:
    """For a proper noun the model did not tag, the organisation named earlier in full that it opens: "Meridian" for
    "Meridian Health Partners"."""
    if subject.pos_ != "PROPN":
        return None
    return next((m for m in ctx.recent_mentions(subject.idx)
                 if m["label"] == "ORG" and m["text"].split()[0] == subject.text), None)


def _mention_at(ctx: _Context, position: int) -> dict | None:
    """The mention covering a character position, if any."""
    count = bisect.bisect_right(ctx.mention_starts, position)
    # Mentions do not nest: the one covering it starts among the last few before it.
    return next((m for m in reversed(ctx.mentions[max(0, count - 3):count]) if position < m["end"]), None)


def _fits(mention: dict, gender: str, ctx: _Context) -> bool:
    """A person of the gender, as far as it is known: from the mention itself ("Ms Thornton", "Mark Feldman"), else
    from all the mentions of that surname."""
    key = _person_key(mention["text"])
    if key not in (ctx.people or ()):
        return False
    return (_mention_gender(mention, ctx) or (ctx.genders or {}).get(key, gender)) == gender


def _mention_gender(mention: dict, ctx: _Context) -> str | None:
    """"m" or "f" as the mention says it: an honorific before or at its start, else a given name before the surname
    or alone (where the lists' answer is weak, the text's honorifics for the surname win over it).
    Pooling by surname alone mixed up "Rebecca Thornton" and her husband "Jonathan Thornton"."""
    words = mention["text"].split()
    told = _honorific_gender(mention, ctx.text)
    if told:
        return told
    # Not a title: "Garda" (an Irish police officer) is a woman's name in the lists, "Judge" a man's.
    given = next((w for w in words[:-1] if w.lower() not in ALL_TITLES and gender_of(w)), None)
    if given is None and len(words) == 1 and is_firm(words[0]) and words[0].lower() not in _surnames(ctx) \
            and not _after_title(ctx.text, mention["start"]):
        given = words[0]  # "Her son Peter": a given name alone, no one's surname here ("LeBron James ... James"), nor
        # after a title ("Prof Lewis", "Senator Warren")
    if given is None:
        return None
    if not is_firm(given):  # "Dara Calleary ... Mr Calleary": the honorific tells better than the lists
        if ctx.titled is None:
            ctx.titled = _titled_genders(ctx)
        return ctx.titled.get(_person_key(mention["text"])) or gender_of(given)
    return gender_of(given)


def _honorific_gender(mention: dict, text: str) -> str | None:
    """"m" or "f" by the honorific just before the mention or opening it ("Mr Calleary", "Ms Thornton")."""
    before = text[max(0, mention["start"] - 5):mention["start"]].split()
    for word in (w.lower() for w in [*before[-1:], *mention["text"].split()[:1]]):
        if word in _MALE or word in _FEMALE:
            return "m" if word in _MALE else "f"
    return None


def _surnames(ctx: _Context) -> set[str]:
    """The last words of the document's names of people in two words or more, lower-cased (found once)."""
    if ctx.surnames is None:
        ctx.surnames = {m["text"].split()[-1].lower() for m in ctx.mentions
                        if m["label"] == "PERSON" and len(m["text"].split()) > 1}
    return ctx.surnames


def _after_title(text: str, start: int) -> bool:
    """The word before `start` is a title or an honorific: "Prof Lewis", "Senator Warren"."""
    before = text[max(0, start - 20):start].split()
    return bool(before) and (before[-1].lower() in ALL_TITLES or before[-1] in HONORIFICS)


def _titled_genders(ctx: _Context) -> dict[str, str]:
    """"m" or "f" per surname that the document's honorifics agree on ("Mr Calleary"), where it names one person
    only: not "Jonathan Thornton" and "Rebecca Thornton", nor "Mr and Mrs Thornton" (a husband never named but as "Mr
    Rossi" beside "Andrea Rossi" is taken for her: rarer in news than "Dara Calleary ... Mr Calleary")."""
    told: dict[str, set[str]] = {}
    given_names: dict[str, set[str]] = {}
    for m in ctx.mentions:
        if m["label"] != "PERSON" or ctx.in_quote(m["start"]):
            continue
        key, words = _person_key(m["text"]), m["text"].split()
        if gender := _honorific_gender(m, ctx.text):
            told.setdefault(key, set()).add(gender)
        given_names.setdefault(key, set()).update(w for w in words[:-1] if w.lower() not in ALL_TITLES
                                                  and w.lower() not in _MALE and w.lower() not in _FEMALE)
    return {key: genders.pop() for key, genders in told.items()
            if len(genders) == 1 and len(given_names.get(key, ())) <= 1}


def _subject_rank(doc: Doc, mention: dict) -> int:
    """0 for the subject of a main clause, 1 for another subject, 2 for anything else."""
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None:
        return 2
    # A name the parse cut in two ("Dolly" an adverb, "Parton" the subject) is a subject by either word.
    head = next((t for t in span if t.dep_ in _SUBJECT_DEPS and t.head not in span), span.root)
    while head.dep_ in ("appos", "compound", "conj") and head.head is not head:
        head = head.head
    if _subject_parsed_as_root(head) or _says_unparsed(span):
        return 0
    if head.dep_ not in _SUBJECT_DEPS:
        return 2
    verb = head.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return 0 if verb.dep_ == "ROOT" else 1


def _says_unparsed(span: Span) -> bool:
    """A name right before the sentence's speech verb that has no subject of its own, which the parser took for
    something else: "Tolliver said he would not seek a recount" (the small model's "Tolliver" an adverb)."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    verb = doc[span.end]
    return verb.dep_ == "ROOT" and _is_speech_verb(verb) and span.root.head == verb \
        and not any(child.dep_ in _SUBJECT_DEPS for child in verb.children)


def _subject_parsed_as_root(head: Token) -> bool:
    """A noun the parser made the root, its finite verb hanging from it as a clause: "Its managing director, Ourania
    Georgoutsakou, called on the EU ..." (the small model's parse); the noun is the main clause's subject."""
    return head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") \
        and any(child.dep_ == "acl" and child.tag_ in ("VBD", "VBZ") for child in head.children)


# --- interface ------------------------------------------------------------------------------------


def _to_dict(text: str, q: _Quote, ctx: _Context) -> dict:
    speaker = None
    if q.speaker is not None:
        s, e = q.speaker
        antecedent = _antecedent(q.speaker_tok, ctx) if q.speaker_tok is not None else None
        speaker = {"text": text[s:e], "start": s, "end": e, "antecedent": antecedent}
    return {"text": text[q.start : q.end], "start": q.start, "end": q.end, "speaker": speaker}


def _bare(text: str, start: int, end: int) -> str:
    """A quote's words without its marks and the punctuation around them, as its title is written elsewhere."""
    return text[start + 1:end - 1].strip(" ,.;:'\"‘’“”")


def _is_title_again(doc: Doc, text: str, start: int, end: int, titles: set[str]) -> bool:
    """A title-cased quote written as a work's title or a name elsewhere in the text, again with no sentence of its
    own in a sentence with no speech but what it does itself: 'Sally Rooney's fourth novel, "Intermezzo," ... Still,
    "Intermezzo" confirms Rooney as' (not '"Never Again," Smith said' nor 'Trump said the "Big Beautiful Bill" was'
    after 'Trump's "Big Beautiful Bill"')."""
    inner = text[start + 1:end - 1]
    if _bare(text, start, end) not in titles or not _title_cased(inner) \
            or inner.rstrip(" ,'\"’”").endswith((".", "!", "?")):
        return False
    inside = _tokens(doc, start, end)
    if not inside:
        return False
    return not any((_is_speech_verb(tok) or _is_said(tok.lower_) or tok.lower_ == "according")
                   and not _subject_within(tok, start, end)
                   for tok in inside[0].sent if not start <= tok.idx < end) or _subject_on_its_own(doc, start, end)


def _subject_on_its_own(doc: Doc, start: int, end: int) -> bool:
    """The quote is the whole subject of a verb of no speech, no determiner or owner before it: 'said "Wicked" had the
    biggest opening' (not 'said the "Big Beautiful Bill" was', whose marks set off words in a phrase of its own)."""
    inside = [tok for tok in _tokens(doc, start, end) if start < tok.idx < end - 1]
    heads = [tok for tok in inside if not start <= tok.head.idx < end]
    if len(heads) != 1 or heads[0].dep_ not in _SUBJECT_DEPS or _is_speech_verb(heads[0].head) \
            or _is_said(heads[0].head.lower_):
        return False
    before = [tok for tok in _tokens(doc, max(0, start - 40), start) if tok.idx < start][-1:]
    return not before or (before[0].pos_ not in ("DET", "PRON") and before[0].tag_ not in ("POS", "PRP$"))


def _subject_within(verb: Token, start: int, end: int) -> bool:
    """The verb's subject is a word inside the quote: the title itself does it ('"Intermezzo" confirms')."""
    return any(child.dep_ in _SUBJECT_DEPS and start <= child.idx < end for child in verb.children)


def _analyse(doc: Doc, mentions: list[dict] | None = None) -> _Context:
    """Quotes of the document with their speakers, as internal records."""
    text = text_of(doc)
    found = quote_spans_of(doc)
    titled = {(s, e) for s, e in found
              if _is_name_not_speech(text, s, e) or _is_unsaid_title(doc, text, s, e, found)}
    titles = {_bare(text, s, e) for s, e in titled}
    spans = [(s, e) for s, e in found
             if (s, e) not in titled and not _is_scare_modifier(doc, text, s, e) and not _is_label_of(doc, text, s, e)
             and not _is_title_again(doc, text, s, e, titles)]
    quotes = [_Quote(s, e) for s, e in _merge_pieces(doc, text, spans)]
    ctx = _Context(doc, text, quotes, _entity_mentions(doc, mentions), found)
    _attribute(ctx)
    return ctx


def extract_quotes(doc: Doc, mentions: list[dict] | None = None) -> list[dict]:
    """Direct quotes in the document, in text order.

    Each quote is `{"text", "start", "end", "speaker"}` with character offsets into `doc.text`
    (marks included); `speaker` is None or `{"text", "start", "end", "antecedent"}`, where
    `antecedent` is None or `{"text", "start", "end"}` of the person a he/she speaker refers to.
    `mentions` (dicts with text, label, start, end) replace `doc.ents` when given.
    """
    ctx = _analyse(doc, mentions)
    return [_to_dict(ctx.text, q, ctx) for q in ctx.quotes]
