"""Who says each quote: the rules that find the head word of its speaker (`attribute`), from the clause after or
around the quote, "according to", a colon, the parse, a dash or a label, the sentence or quote before."""
from __future__ import annotations

import itertools
import re

from spacy.tokens import Token

from services.nlp.entities.cleaning.titles import AGENT_ENDINGS
from services.nlp.entity_rules import ALL_TITLES, CITIES, COUNTRIES, ELIDED_SURNAME, HONORIFICS, TITLES_IN_FULL
from services.nlp.furniture import ENTRY_TIME_RE, dateline_spans
from services.nlp.given_names import is_given_name
from services.nlp.quotes.marks import SENTENCE_END, line_bounds
from services.nlp.quotes.phrases import Context, Quote, hyphenated_end, phrase
from services.nlp.quotes.speech import (
    DOCUMENT_NOUNS,
    RELATIVE_PRONOUNS,
    SPEECH_NOUNS,
    SUBJECT_DEPS,
    _tokens,
    is_speech_verb,
)

# Speech verbs whose passive subject speaks: "was reported (by the Guardian) as saying". Of the others the passive
# subject is spoken to or of: "the inquest was told", "he was asked", "it was described as".
_SPEAKING_PASSIVES = frozenset({"report", "quote"})
# Verbs above a quote whose subject says nothing: it is described, or it listened.
_NOT_ACTS_OF_SPEECH = frozenset({"be", "hear", "learn"})
# After “…?” or “…!” an attribution counts only when its verb comes within this many tokens.
_AT_ONCE_TOKENS = 20
# Most parse-tree levels walked up from a quote's words to the verb that introduces it.
ANCESTOR_STEPS = 40
_DASHES = ("―", "—", "–", "--", "-")


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
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c in pre]
    if subjects:
        return _subject_of(verb) if subjects[0].lower_ in RELATIVE_PRONOUNS else subjects[0]
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


def _heard(verb: Token) -> bool:
    """A passive verb whose subject was spoken to or of: "the inquest was told", "he was asked", "she was described
    as"; not "was reported (by the Guardian) as saying", whose subject speaks."""
    return is_speech_verb(verb) and verb.lemma_.lower() not in _SPEAKING_PASSIVES \
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
        subjects = [child for child in tok.children if child.dep_ in SUBJECT_DEPS]
        made = _made_to_speak(tok, subjects)
        if made is not None:
            return made
        if subjects:
            child = _named_in_apposition(subjects)
            if child.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                return tok.head  # "Smith, who said ..." : the noun the clause hangs on
            return _past_hyphens(child)
        if tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("PROPN", "PRON") \
                and tok.doc[tok.i - 1].ent_type_ not in ("DATE", "TIME"):
            return tok.doc[tok.i - 1]  # "footage of Clinton asking ...", "Trump saying ..."
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head
        prompted = _prompted_object(tok)
        if prompted is not None:
            return prompted
        if tok.dep_ in ("conj", "advcl", "xcomp", "relcl") and tok.head is not tok:
            if tok.dep_ == "relcl":
                return tok.head
            tok = tok.head
        else:
            return None
    return None


# Verbs that make their object do what the infinitive after it says: "prompting Beijing to warn of “…”".
_PROMPTING_LEMMAS = frozenset({"prompt", "lead", "force", "cause", "spur", "push", "drive", "compel", "provoke",
                               "pressure"})


def _prompted_object(verb: Token) -> Token | None:
    """The object of a prompting verb the infinitive `verb` hangs on, who does what it says: "Beijing" of "The
    Pentagon approved the sale, prompting Beijing to warn of “…”" (the Pentagon's approval spoke no words)."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if head.lemma_.lower() not in _PROMPTING_LEMMAS:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i and _is_nominal(c)), None)


# Events and states that make someone act but say nothing themselves: "The scandal led the chairman to resign".
_EVENT_NOUNS = frozenset({"scandal", "attack", "crisis", "row", "defeat", "loss", "outcry", "backlash", "pressure",
                          "criticism", "failure", "death", "killing", "shooting", "bombing", "war", "pandemic",
                          "revelation", "allegation", "controversy", "violence", "protest", "strike", "collapse",
                          "disaster", "tragedy", "setback", "result", "news", "incident", "affair", "turmoil"})


def _made_to_speak(verb: Token, subjects: list[Token]) -> Token | None:
    """The person a prompting verb whose subject is an event makes act, who speaks the words after: "The scandal led
    the chairman to resign, telling staff: “…”" (the parse hangs "telling" on "led") is the chairman's, "The attack
    drove the prime minister to vow “…”" the prime minister's."""
    if verb.lemma_.lower() not in _PROMPTING_LEMMAS or len(subjects) != 1 \
            or subjects[0].pos_ != "NOUN" or subjects[0].lemma_.lower() not in _EVENT_NOUNS:
        return None
    doc = verb.doc
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i):
        after = obj.right_edge.i + 1
        if after + 1 < len(doc) and doc[after].lower_ == "to" and _is_person_like(obj):
            return obj
    return None


def _is_person_like(tok: Token) -> bool:
    """A name, a personal pronoun or a noun of a person's post ("chairman", "minister", "striker")."""
    return tok.pos_ in ("PROPN", "PRON") or tok.lemma_.lower() in ALL_TITLES \
        or tok.lower_.endswith(AGENT_ENDINGS)


def _named_in_apposition(subjects: list[Token]) -> Token:
    """The first subject, or the person named after it where the parse took an apposition or a role's name for a
    second subject: "One resident, retired nurse Janet Pike, 71, said" is Janet Pike, "The SEC chair Gary Gensler
    warned" Gensler."""
    first = subjects[0]
    last = hyphenated_end(first)  # "founder" of "Its co-founder Arthur Mensch said"
    for later in subjects[1:]:
        if first.pos_ == "NOUN" and later.ent_type_ == "PERSON" \
                and (later.doc[last.i + 1].text == "," or first.i < later.left_edge.i <= last.i + 1):
            return later
    return first


def _past_hyphens(tok: Token) -> Token:
    """The last word of a hyphenated compound the parse split into several subjects: "founder" of "Its co-founder,
    Malik Ozdemir, said" (whose "co" was the speaker)."""
    doc = tok.doc
    while tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
            and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].head == tok.head:
        tok = doc[tok.i + 2]
    return tok


def _according_speaker(q: Quote, ctx: Context, after: list[Token], before: list[Token], punct: str
                       ) -> Token | None:
    """X of "according to X" around the quote, unless a speech verb before the quote says who spoke: "The minister
    said the talks were “very productive”, according to Reuters" is the minister's (Reuters reports it)."""
    # Not an "according to" inside the next sentence: “… .” closed its own (but "That's according to X." opening it
    # speaks of the quote).
    source = (_according_to(after) if punct != "." or _opens_with_according(after) else None) or _according_to(before)
    return source and (_reporting_speaker(q, ctx) or source)


def _reporting_speaker(q: Quote, ctx: Context) -> Token | None:
    """The subject of the nearest speech verb above the quote, written before it, with no clause on a noun between
    them ("Officers responded ..., arriving with teams trained in an “active shooter” situation" reports nothing); not
    a news outlet relaying its source's words ("CNN reported that ..., according to two people familiar")."""
    for tok in _ancestors_outside(q, ctx):
        if is_speech_verb(tok):
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


def _past_dateline(tok: Token, ctx: Context) -> Token:
    """The speaker the parse took in a dateline or a live blog's time stamp is the one it put beside it after them, or
    the verb's subject there: "MOSCOW, March 4 (Reuters) - Russia's foreign ministry on Monday said" is the ministry's
    (the parse's subject was "MOSCOW", the ministry its apposition), "09:40 BST – Partido Popular leader Alberto Núñez
    Feijóo calls the vote ..." Feijóo's (the model's organisation "BST" was the subject)."""
    for start, end in [*dateline_spans(ctx.doc), *_opening_stamp(tok, ctx)]:
        if start <= tok.idx < end:
            after = [t for t in tok.sent if t.idx >= end and t.pos_ in ("NOUN", "PROPN") and t.head == tok
                     and t.dep_ == "appos"] or [t for t in tok.sent if t.idx >= end and t.head == tok.head
                                                and t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN")]
            return after[0] if after else tok
    return tok


def _opening_stamp(tok: Token, ctx: Context) -> list[tuple[int, int]]:
    """The span of the live blog's time stamp that opens the token's sentence, if one does (a blog of one line has
    them mid-line: "... the amnesty law. 09:40 BST – Partido Popular leader ...")."""
    stamp = ENTRY_TIME_RE.match(ctx.text, tok.sent.start_char)
    return [stamp.span()] if stamp else []


def _window_after(ctx: Context, k: int) -> list[Token]:
    """Tokens after quote k up to the end of its sentence, the next quote or the line end."""
    q, text = ctx.quotes[k], ctx.text
    stop = min(ctx.quotes[k + 1].start if k + 1 < len(ctx.quotes) else len(text), line_bounds(text, q.end)[1])
    out: list[Token] = []
    for tok in _tokens(ctx.doc, q.end, stop):
        if tok.text == ":" or (tok.text in SENTENCE_END and _sentence_ends_at(tok)):
            break
        out.append(tok)
    return out


def _sentence_ends_at(tok: Token) -> bool:
    """A full stop that ends a sentence, not one of an abbreviation split off by the tokenizer."""
    doc = tok.doc
    return tok.i + 1 >= len(doc) or doc[tok.i + 1].is_sent_start or doc[tok.i + 1].text[:1].isupper()


def _window_before(ctx: Context, k: int) -> list[Token]:
    """Tokens before quote k back to the start of its sentence, the previous quote or the line start."""
    q, text = ctx.quotes[k], ctx.text
    start = max(ctx.quotes[k - 1].end if k > 0 else 0, line_bounds(text, q.start)[0])
    tokens = _tokens(ctx.doc, start, q.start)
    if tokens and _ends_with_abbreviation(tokens[-1], text, q.start):
        return []
    out: list[Token] = []
    for tok in reversed(tokens):
        if tok.text in SENTENCE_END:
            break
        out.append(tok)
    return out[::-1]


def _ends_with_abbreviation(tok: Token, text: str, quote_start: int) -> bool:
    """The token's own full stop ends the sentence before a quote that opens with a capital: "worth £2m. “It's ..."
    (the tokenizer keeps "m." whole), not "the U.S. “is ready”"."""
    return len(tok.text) > 1 and tok.text.endswith(".") and bool(tok.whitespace_) \
        and text[quote_start + 1:quote_start + 2].isupper()


def _closing_punct(text: str, q: Quote) -> str:
    """The punctuation that ends the quoted words ("," "." "?" ...), "" when none."""
    inner = text[q.start : q.end].rstrip("\"'”’»").rstrip()
    return inner[-1] if inner and not inner[-1].isalnum() else ""


def _subject_from(verbs: list[Token], ctx: Context) -> Token | None:
    """Subject of the first verb in `verbs` that has one outside quotes, in the verb's paragraph."""
    for verb in verbs:
        subject = _author_of_text(_subject_of(verb))
        if subject is not None and _usable(subject, verb, ctx):
            return subject
    return None


def _author_of_text(tok: Token | None) -> Token | None:
    """For a statement, letter or tweet that "says" something, whoever issued it, when the sentence
    tells ("the Council issued a statement calling it …", "He released a letter that says …", "The Archbishop joined
    church leaders in a letter calling for …")."""
    if tok is None or tok.pos_ != "NOUN" or tok.lemma_.lower() not in SPEECH_NOUNS | DOCUMENT_NOUNS:
        return tok
    head, preps = tok, []
    while head.dep_ in ("pobj", "prep") and head.head is not head:
        if head.dep_ == "prep":
            preps.append(head.lower_)
        head = head.head  # "a series of tweets"
    if head.dep_ == "dobj":
        issuer = _subject_of(head.head)
    elif preps[-1:] == ["in"] and head.pos_ == "VERB":
        # The document the subject spoke in: "The Chief Rabbi joined him in a joint statement urging "…"".
        issuer = _subject_of(head)
    else:
        issuer = None
    if issuer is not None and issuer.pos_ in ("PROPN", "PRON", "NOUN"):
        return issuer
    return tok


def _usable(subject: Token, verb: Token, ctx: Context) -> bool:
    """A speaker candidate outside quotes and in the verb's paragraph (parses can run across them)."""
    return not ctx.in_quote(subject.idx) and line_bounds(ctx.text, subject.idx) == line_bounds(
        ctx.text, verb.idx)


def _ancestors_outside(q: Quote, ctx: Context) -> list[Token]:
    """Tokens outside the quote that govern tokens of it in the parse, nearest first, in its line."""
    line_start, line_end = line_bounds(ctx.text, q.start)
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


def _governing_speaker(q: Quote, ctx: Context) -> Token | None:
    """Speaker from the parse: subject of the topmost speech verb above the quote whose report holds the nearest one,
    or the owner of a speech noun ("Trump's claim that ...")."""
    ancestors = _ancestors_outside(q, ctx)
    verbs = [t for t in ancestors if is_speech_verb(t)]
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
    “…”" is Flynn's, as news annotators read it), nor an infinitive whose doer a prompting verb names."""
    node = lower
    while node.i != upper.i:
        if node.head.i == node.i or _prompted_object(node) is not None:
            return False  # the top, or a speaker of its own: "announced it, prompting Moscow to vow “…”"
        if (node.head.i == upper.i and node.dep_ in _SIDE_CLAUSES or _is_contrast_clause(node)) and any(
                c.dep_ in SUBJECT_DEPS and c.lower_ not in _SAME_SPEAKER_PRONOUNS for c in node.children):
            return False
        node = node.head
    return True


# Words opening a clause set against the one before: what it says is no part of that clause's report.
_CONTRAST_MARKS = frozenset({"while", "whereas"})


def _is_contrast_clause(node: Token) -> bool:
    """A clause opened by "while" or "whereas", at any depth: the parse hangs it on the nearest verb, which may be in
    the report ('Cooper said the government would "smash the gangs", while the Refugee Council said they were "left
    in limbo"': the second quote is the council's)."""
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in node.children)


def _governing_actor(q: Quote, ctx: Context) -> Token | None:
    """Subject of the nearest verb above a quote embedded in a sentence (“likened it to …”)."""
    # The subject of "be" is what the quote describes, not who says it ("the moderators will be “fair”"); the subject
    # of "hear" listened ("... “snapped”, the court heard").
    verbs = [t for t in _ancestors_outside(q, ctx) if t.pos_ in ("VERB", "AUX") and t.lemma_ not in _NOT_ACTS_OF_SPEECH]
    return _subject_from(verbs, ctx)


def _dash_name(ctx: Context, q: Quote) -> tuple[int, int] | None:
    """A name after a dash that follows the quote: “…” ― Jane Doe."""
    text = ctx.text
    line_end = line_bounds(text, q.end)[1]
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


def _transcript_label(text: str, q: Quote) -> tuple[int, int] | None:
    """A speaker label opening a transcript paragraph: "WALLACE: ..."."""
    if q.start != line_bounds(text, q.start)[0]:
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


def _name_label(text: str, q: Quote) -> tuple[int, int] | None:
    """The name before a colon that opens the quote's line, when nothing else stands between ("Klopp: '…'"); not a
    place's dateline ("KARACHI: '…'") nor a section's label ("Analysis: '…'"). Asked only where the sentence
    attributes the quote to no one."""
    line_start = line_bounds(text, q.start)[0]
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


def _headline_name_after(text: str, q: Quote) -> tuple[int, int] | None:
    """The name after the colon of a headline opening with the quote ("'…': Mayor Rosa Delgado on housing"), not a
    section's label nor a place ("'…': Analysis", "'…': The Hague")."""
    if q.start != line_bounds(text, q.start)[0]:
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


def _colon_subject(tokens: list[Token], ctx: Context) -> Token | None:
    """Subject of the clause that introduces the quote with a colon: "Trump said on Twitter: “…”"."""
    if not tokens or tokens[-1].text != ":":
        return None
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    speech = [t for t in verbs if is_speech_verb(t)]
    return _subject_from([*reversed(speech), *reversed(verbs)], ctx)


def _previous_line_colon_subject(ctx: Context, q: Quote) -> Token | None:
    """The same for a colon closing the previous paragraph ("Caddell continued:")."""
    text = ctx.text
    line_start = line_bounds(text, q.start)[0]
    prev = text[:line_start].rstrip()
    if not prev.endswith(":"):
        return None
    sent_tokens = _tokens(ctx.doc, line_bounds(text, len(prev) - 1)[0], len(prev))
    return _colon_subject(sent_tokens, ctx)


def _after_speaker(after: list[Token], at_once: bool, ctx: Context) -> Token | None:
    """Speaker named in the attribution after the quote (“…,” she said); with `at_once`, only
    when the first verb after the quote, within a few words, is the speech verb."""
    verbs = [t for t in after if t.pos_ in ("VERB", "AUX") or is_speech_verb(t)]
    if at_once:
        verbs = verbs[:1] if verbs and verbs[0].i - after[0].i <= _AT_ONCE_TOKENS else []
    for verb in verbs:
        if is_speech_verb(verb) and not _describes_a_thing(verb):
            speaker = _attribution_speaker(verb, after)
            if speaker is not None and not ctx.in_quote(speaker.idx):
                return speaker
    return None


def _describes_a_thing(verb: Token) -> bool:
    """A participle of speech that describes the thing before it, no attribution: "accusing" of 'ordered Israel to
    "immediately halt" its offensive, in a ruling on South Africa's case accusing Israel of genocide' (not of a
    statement or letter, which speaks for whoever issued it)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN" \
        and verb.head.lemma_.lower() not in SPEECH_NOUNS | DOCUMENT_NOUNS


def _name_before(verb: Token) -> Token | None:
    """A name or pronoun just before the verb ("Trump boasted", "she said"), adverbs skipped."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    tok = verb.doc[i] if i >= 0 else None
    return tok if tok is not None and tok.pos_ in ("PROPN", "PRON") and tok.ent_type_ not in ("DATE", "TIME") \
        and tok.lower_ not in RELATIVE_PRONOUNS else None


def _before_speaker(before: list[Token], ctx: Context) -> Token | None:
    """Speaker of the nearest speech verb before the quote in its sentence (Smith said: “…”)."""
    told = None
    for verb in reversed([t for t in before if is_speech_verb(t)]):
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
    listener = next((child for child in told.children if child.dep_ in SUBJECT_DEPS), None)
    speaker = _subject_of(verb)
    return listener is None or speaker is None or listener.pos_ == "PRON" or listener.lower_ == speaker.lower_


def _previous_sentence_speaker(ctx: Context, k: int) -> Token | None:
    """For a quote opening a sentence with no attribution of its own, the speaker of the sentence
    before it in the paragraph, when that sentence reports speech (Smith said. “…”)."""
    q, text = ctx.quotes[k], ctx.text
    start = max(ctx.quotes[k - 1].end if k > 0 else 0, line_bounds(text, q.start)[0])
    tokens = _tokens(ctx.doc, start, q.start)
    if k > 0 and ctx.quotes[k - 1].end > line_bounds(text, q.start)[0]:
        return None  # the quote before, in the same paragraph, gives the speaker
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    sentence: list[Token] = []
    for tok in reversed(tokens):
        if tok.text in SENTENCE_END:
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


def _speaker_token(ctx: Context, k: int) -> tuple[Token | None, str]:
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
    elif not text[line_bounds(text, q.start)[0] : q.start].strip():
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


def _named_as_the_message(ctx: Context, q: Quote) -> Token | None:
    """The head of the name in "That was the message from <name>" right after the quote."""
    said = _MESSAGE_AFTER.match(ctx.text, q.end)
    first = ctx.doc.char_span(said.end(), said.end() + 1, alignment_mode="expand") if said else None
    if not first:
        return None
    tok = first[0]
    while tok.dep_ in ("compound", "amod", "det", "poss", "nmod") and tok.head.i > tok.i:
        tok = tok.head
    return tok if tok.pos_ in ("PROPN", "NOUN") else None


def attribute(ctx: Context) -> None:
    """Fill in each quote's speaker."""
    text = ctx.text
    for k, q in enumerate(ctx.quotes):
        span = _dash_name(ctx, q) or _transcript_label(text, q)
        if span is not None:
            q.speaker, q.how = span, "name"
            continue
        tok, how = _speaker_token(ctx, k)
        tok = _handle_after_role(_name_after_title(_past_dateline(tok, ctx))) if tok is not None else None
        if tok is not None and _is_words_noun(tok):
            tok = _owner(tok)
            if tok is None:
                continue  # words of no one named: 'The chants of "Lock him up" grew louder'
            q.speaker, q.speaker_tok, q.how = _without_possessive(text, phrase(tok, ctx)), tok, how
            continue
        if tok is not None:  # before a headline's "Name:": "LUCKNOW: "…," the minister said" is his
            q.speaker, q.speaker_tok, q.how = phrase(tok, ctx), tok, how
        elif (label := _name_label(text, q) or _headline_name_after(text, q)) is not None:
            q.speaker, q.how = label, "name"
        elif k > 0 and ctx.quotes[k - 1].speaker is not None and _adjacent(text, ctx.quotes[k - 1], q):
            # A quote with no cue of its own continues the speaker of the quote just before it.
            prev = ctx.quotes[k - 1]
            q.speaker, q.speaker_tok, q.how = prev.speaker, prev.speaker_tok, "previous"


# Nouns of words said or shouted that a sentence may make the subject of the verb its quote hangs on: 'The chants of
# "Lock him up" grew louder', 'Her remarks on "the billionaire class" angered donors'. Not a statement or a report,
# which speak for whoever issued them ('A statement from the White House said "…"').
_WORDS_NOUNS = frozenset({"chant", "cry", "shout", "slogan", "remark", "comment", "word", "jeer", "taunt", "refrain",
                          "cheer", "catchphrase"})


def _is_words_noun(tok: Token) -> bool:
    """The speaker found is a noun of words said ("The chants", "Her remarks") with no "from" or "by" of its own."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in _WORDS_NOUNS or tok.lower_ in _WORDS_NOUNS) \
        and not any(child.dep_ == "prep" and child.lower_ in ("from", "by") for child in tok.children)


def _owner(tok: Token) -> Token | None:
    """Whose words a noun of words is, its possessor ("Her" of "Her remarks", "crowd" of "The crowd's chants"), or
    None."""
    return next((child for child in tok.children if child.dep_ == "poss"), None)


def _without_possessive(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The owner's span without its "'s": "The crowd" of "The crowd's chants"."""
    start, end = span
    mark = re.search(r"\s*['’]s?$", text[start:end])
    return (start, start + mark.start()) if mark is not None and mark.start() > 0 else span


def _name_after_title(tok: Token) -> Token:
    """The speaker's name where the parse gave its title ("said Sen. Elizabeth Warren, D-Mass. Warren urged ...",
    which it read as one sentence, made "Sen." the speaker): the last word of the capitalised name after it."""
    if tok.lower_.rstrip(".") not in TITLES_IN_FULL or not tok.text.endswith("."):
        return tok
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].is_title and tok.doc[end].pos_ == "PROPN":
        end += 1
    return tok.doc[end - 1]


def _handle_after_role(tok: Token) -> Token:
    """The social media handle right after a role's noun the parse made the speaker: "the creator @keith.lee.food
    described", "The rapper @drake wrote:" are the handle's words, not the creator's or the rapper's at large."""
    doc = tok.doc
    handle = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if handle is None or not (tok.pos_ == "NOUN" and tok.is_lower) or not _is_handle(handle.text):
        return tok
    return handle


def _is_handle(word: str) -> bool:
    """A handle as written on social media: "@" and a name ("@drake", "@keith.lee.food")."""
    return len(word) > 1 and word[0] == "@" and (word[1].isalnum() or word[1] == "_")


def _adjacent(text: str, prev: Quote, q: Quote) -> bool:
    """True when at most one paragraph of text separates the two quotes."""
    gap = text[prev.end : q.start]
    return len([line for line in gap.split("\n") if line.strip()]) <= 1 and len(gap) < 400
