"""Antecedents of speakers written as a pronoun or a description: whom "he", "the president", "the
26-year-old" or "the Briton" stands for, and which organisation "it" or "the company" is; and the words of
a speaker phrase that name someone the speaker is near or speaks for (`near_someone`, `is_private_person`)."""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from services.core.names import normalise_name
from services.nlp.doctext import tokens_of
from services.nlp.entity_rules import (
    ALL_TITLES,
    DEMONYMS,
    GOVERNMENT_BODIES,
    GOVERNMENT_BODY_WORDS,
    HONORIFICS,
    ORGANISATION_HEADS,
    PEERAGES,
    TITLES_IN_FULL,
)
from services.nlp.given_names import gender_of, is_firm
from services.nlp.quotes.phrases import ANTECEDENT_REACH, Context, phrase
from services.nlp.quotes.speech import SUBJECT_DEPS, is_speech_verb

_MALE = frozenset({"he", "him", "his", "himself", "mr", "mr."})
_FEMALE = frozenset({"she", "her", "hers", "herself", "mrs", "mrs.", "ms", "ms.", "miss"})


def _person_key(text: str) -> str:
    """A person's surname, to pool the evidence of all their mentions."""
    words = [w for w in text.replace("’s", "").replace("'s", "").split() if w[:1].isalpha()]
    return words[-1].lower() if words else ""


def _genders(ctx: Context) -> dict[str, str]:
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
            if tok.dep_ in SUBJECT_DEPS and not ctx.in_quote(tok.idx):
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


def _antecedent(tok: Token, ctx: Context) -> dict | None:
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
    if tok.lower_ == "they":
        return _group_at_organisation(tok, ctx)
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


def _unnamed_search_start(best: dict | None, ctx: Context) -> int:
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


def _unlisted_speaker_before(tok: Token, gender: str, ctx: Context) -> dict | None:
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


def _unlisted_name(head: Token, gender: str, ctx: Context) -> dict | None:
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


def _mentions_between(ctx: Context, start: int, end: int) -> bool:
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


def _of_described_age(tok: Token, age: str, ctx: Context) -> dict | None:
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


def _stated_age(mention: dict, ctx: Context) -> str | None:
    """The age the text writes with a person's mention: "Maria Lopez, 34," or "20-year-old Carlos Alcaraz"."""
    after = _STATED_AGE.match(ctx.text, mention["end"])
    before = _AGE_BEFORE.search(ctx.text, max(0, mention["start"] - _AGE_BEFORE_CHARS), mention["start"])
    return after.group(1) if after else before.group(1) if before else None


def _aged_person(tok: Token, ctx: Context) -> dict | None:
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


def _people_named_since(tok: Token, ctx: Context) -> Iterator[dict]:
    """Mentions of people from the start of the sentence before `tok`'s up to it, the latest first."""
    own = _attribution_sentence(tok, ctx)
    previous = tok.doc[own.start - 1].sent if own.start > 0 else own
    since = itertools.takewhile(lambda m: m["start"] >= previous.start_char, ctx.recent_mentions(tok.idx))
    return (m for m in since if _person_key(m["text"]) in ctx.people)


def _attribution_sentence(tok: Token, ctx: Context) -> Span:
    """`tok`'s sentence, or where it starts inside a quote, the sentence the quote opens in: the sentence before
    '“It's painful. We had the pace,” the 24-year-old said' is the one before the quote, not its first."""
    sent = tok.sent
    i = bisect.bisect_right(ctx.starts, sent.start_char) - 1
    if i < 0 or not ctx.quotes[i].start < sent.start_char < ctx.quotes[i].end:
        return sent
    opening = ctx.doc.char_span(ctx.quotes[i].start, ctx.quotes[i].start + 1, alignment_mode="expand")
    return opening[0].sent if opening else sent


def _recent_subject(tok: Token, ctx: Context) -> dict | None:
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


def _is_epithet(tok: Token) -> bool:
    """A noun of `_EPITHETS`, or a player's ranking: "number" with its count ("the British number three")."""
    return tok.lower_ in _EPITHETS or (tok.lower_ == "number" and any(c.dep_ == "nummod" for c in tok.children))


def _known_by_epithet(tok: Token, ctx: Context) -> dict | None:
    """Who "the seven-time world champion" speaking is: the one person named in the sentence before and its own,
    where the text gives the epithet to no one before ("Jake Paul beat Mike Tyson ... the veteran said" and
    "John Smith followed the singer home ... the singer said" are no one's)."""
    if _names_a_national(tok):
        return _known_by_nationality(tok, ctx)
    if not _is_epithet(tok) or not any(child.lower_ == "the" for child in tok.children) or any(
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


def _known_by_nationality(tok: Token, ctx: Context) -> dict | None:
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
    return _only_person_named(tok, named, nationality, ctx)


def _only_person_named(tok: Token, named: list[dict], description: re.Pattern[str], ctx: Context) -> dict | None:
    """The one person of `named` (the people named before `tok`, nearest first) whom the description `tok` heads
    stands for, unless the text gave the description to someone before (a rival it left unnamed)."""
    if len({_person_key(m["text"]) for m in named}) != 1 or _unlisted_full_name_before(tok, ctx):
        return None
    only = named[0]
    # Not where the text gave the description to someone unnamed ("Alcaraz beat the Briton"), nor where the quote
    # speaks of the one named ("Harry is a machine," the Belgian said, after Harry Kane scored).
    k = bisect.bisect_right(ctx.starts, tok.idx) - 1
    said = ctx.quotes[k] if k >= 0 and ctx.quotes[k].end <= tok.idx else None
    words = {w.lower() for w in only["text"].split()}
    if description.search(ctx.text, 0, tok.sent.start_char) or (
            said is not None and words & {w.lower() for w in re.findall(r"\w+", ctx.text[said.start:said.end])}):
        return None
    return {"text": only["text"], "start": only["start"], "end": only["end"]}


def _unlisted_full_name_before(tok: Token, ctx: Context) -> bool:
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
# friend of Taylor Swift", "a lawyer representing Sean Combs"; kin: "The family of John Smith", "the widow of PC Andrew
# Harper"). A lawyer's words are the lawyer's ("My client is innocent," a lawyer for Sean Combs said): only a
# spokesperson or a statement speaks as the one it is for ("a spokesman for Apple", "Trump's statement"). A body's
# leader named after "led by" is no speaker either: "The bank, led by Governor Hafize Gaye Erkan, said" is the bank's.
# Read through `near_someone`.
_NEAR_SOMEONE = re.compile(
    r"\b(?:(?P<source>close\s+to|familiar\s+with|(?:with\s+)?knowledge\s+of|briefed\s+(?:on|about))"
    r"|(?P<led>(?:led|headed|chaired|run)\s+by)"
    r"|(?P<role>friend|all(?:y|ie)|relative|associate|confidant|aide|advis[eo]r|lawyer|attorney|famil(?:y|ie)|parent"
    r"|mother|father|widow|widower|wife|husband|son|daughter|brother|sister)e?(?P<plural>s)?"
    r"\s+(?:of|to|for|representing))\s",
    re.IGNORECASE)
# Kin with a count after "of" tell how many children the speaker has, no one they are kin to: "mother of two Sarah
# Jones", "father of 3 Tom Reed".
_KIN_ROLES = frozenset({"family", "familie", "parent", "mother", "father", "widow", "widower", "wife", "husband",
                        "son", "daughter", "brother", "sister"})
# Kin no title opens, capitalised or not ("Family of Hollie Gazzard said" at a sentence's start): "Father", "Mother",
# "Brother" and "Sister" may be a cleric's.
_UNTITLED_KIN = _KIN_ROLES - {"mother", "father", "brother", "sister"}
_COUNT_AFTER = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE)
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
        if role is not None and role.lower() in _KIN_ROLES and _COUNT_AFTER.match(text, match.end()):
            continue
        if role is None or role.islower() or match.group("plural") or role.lower() in _UNTITLED_KIN \
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
    head = _FIRST_PREPOSITION.split(description, maxsplit=1)[0]
    if _names_a_body(head):
        return False  # "The Refugee Council said": a body's name, however its first word reads
    words = re.findall(r"[a-z]+", head.lower())  # "Resident Jane"
    return any(word in PRIVATE_PEOPLE for word in words)


# Last words of a body's name written in capitals after words of people: "the Refugee Council", "the Patients
# Association", "the Student Union".
_BODY_HEADS = ORGANISATION_HEADS | {"union", "network", "alliance", "federation", "society", "coalition", "forum"}


def _names_a_body(head: str) -> bool:
    """The description before its first preposition is a capitalised name ending in a body's word ("The Refugee
    Council"), no person's description ("a refugee council member", "Resident Jane Smith")."""
    words = re.findall(r"[\w'’]+", head)
    return len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in _BODY_HEADS \
        and all(word[:1].isupper() for word in words[1:])


_INTRODUCING = frozenset({"a", "an", "another", "one"})


def _unnamed_speaker_gender(cand: Token, same_sentence: bool = False) -> tuple[bool, str | None]:
    """(whether `cand` is an unnamed speaker, its gender): a spokesperson, or a person introduced indefinitely who
    speaks ("a witness said", "one victim told", "one of the passengers said"), not "the victim", who may be someone
    named before; an unnamed relative who speaks, or any in the pronoun's own sentence (`same_sentence`)."""
    if cand.lower_ in _SPOKESPEOPLE:
        return True, _SPOKESPEOPLE[cand.lower_]
    # Not a relative who merely was there: in "Harry arrived. His father is ill. “…,” he said" Harry speaks.
    if _unnamed_relative(cand) and (same_sentence or is_speech_verb(cand.head)):
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
    speaks = is_speech_verb(cand.head)
    return introduced and speaks and noun in _UNNAMED_PEOPLE, _UNNAMED_PEOPLE.get(noun)


# Kin a story calls by whose they are ("Her husband", "His mother"), by gender.
_KIN = {noun: gender for noun, gender in PRIVATE_PEOPLE.items() if gender is not None and noun not in ("man", "woman",
                                                                                                       "boy", "girl")}


def _unnamed_relative(cand: Token) -> bool:
    """Someone's relative left unnamed ("Her husband, now a circuit judge, is said to ..."), whom a "he" can mean
    rather than a person named before (`_unnamed_speaker_gender` says where)."""
    return cand.lower_ in _KIN and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in cand.children) \
        and not any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in cand.children)


def _unnamed_speaker_since(tok: Token, gender: str, after: int, ctx: Context) -> dict | None:
    """An unnamed speaker who was the subject of a sentence after character `after` and before the pronoun `tok`:
    "A spokeswoman for the HSE said ... “…,” she said" is hers, "One victim, a retired teacher, said ... “…,” she
    said" the victim's, not a woman named before them."""
    for cand in reversed(tok.doc[:tok.i]):
        if cand.idx < after or tok.idx - cand.idx > _UNNAMED_SPEAKER_REACH:
            return None
        # The subject of a main clause: not one reported ("Ms Shortall said the minister's spokeswoman had not
        # replied") nor in a relative clause ("Jane Doe, whose spokeswoman said ...").
        if cand.dep_ not in SUBJECT_DEPS or not _of_a_main_clause(cand.head) or ctx.in_quote(cand.idx):
            continue
        unnamed, its_gender = _unnamed_speaker_gender(cand, cand.sent.start == tok.sent.start)
        if not unnamed:
            continue
        if (its_gender or _reported_gender(cand.head)) in (None, gender):
            start, end = phrase(cand, ctx)
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
        and (not is_speech_verb(root) or any(t.text in (":", ";") for t in tokens_of(verb.doc)[verb.i:root.i]))


def _reported_gender(verb: Token) -> str | None:
    """The gender a speaker gives themselves in what they report: "A witness said she heard five shots" is a woman."""
    for clause in verb.children:
        if clause.dep_ == "ccomp":
            subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
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


def _titled_person(tok: Token, ctx: Context) -> dict | None:
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


def _subject_organisation(tok: Token, ctx: Context) -> dict | None:
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
        if cand.dep_ not in SUBJECT_DEPS or not _in_main_clause(cand) or ctx.in_quote(cand.idx):
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


# Plural nouns of people who speak for the firm they work at: "Analysts at Morgan Stanley", "economists from HSBC".
_GROUP_NOUNS = frozenset({"analysts", "economists", "strategists", "researchers", "scientists", "experts",
                          "executives", "lawyers", "engineers", "traders", "investigators"})
_GROUP_PREPOSITIONS = frozenset({"at", "from", "with"})
# Sentences looked back through for them: the one before, as a note's "they wrote" follows its writers'.
_GROUP_REACH = 2


def _group_at_organisation(tok: Token, ctx: Context) -> dict | None:
    """The organisation "they" stands for where the last main clause's subject outside quotes is a group of its
    people: "Analysts at Morgan Stanley cut their target. "...," they wrote" is Morgan Stanley's; None otherwise."""
    sentences = 0
    for cand in reversed(ctx.doc[max(0, tok.sent.start - 150):tok.i]):
        if cand.is_sent_end:
            sentences += 1
            if sentences > _GROUP_REACH:
                return None
        if cand.dep_ not in SUBJECT_DEPS or not _in_main_clause(cand) or ctx.in_quote(cand.idx) \
                or cand.lower_ in _PRONOUNS:
            continue
        if cand.lower_ not in _GROUP_NOUNS or _coordinated_group(cand):
            return None
        employer = next((_mention_at(ctx, obj.idx) for prep in cand.children
                         if prep.dep_ == "prep" and prep.lower_ in _GROUP_PREPOSITIONS
                         for obj in prep.children if obj.dep_ == "pobj"), None)
        if employer is None or employer["label"] != "ORG":
            return None
        return {"text": employer["text"], "start": employer["start"], "end": employer["end"]}
    return None


def _coordinated_group(cand: Token) -> bool:
    """A group's noun or its organisation joined by "and"/"or" to another: "they" are more than one body's people
    ("Scientists at Nasa and engineers from SpaceX", "Economists at HSBC and Barclays")."""
    if cand.conjuncts:
        return True
    return any(t.dep_ in ("conj", "cc") for prep in cand.children
               if prep.dep_ == "prep" and prep.lower_ in _GROUP_PREPOSITIONS for t in prep.subtree)


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


def _whose_shares(subject: Token, ctx: Context) -> dict | None:
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


def _reports_on_another(subject: Token, mention: dict, labels: frozenset[str], ctx: Context) -> bool:
    """The subject reports what another organisation does, in a clause of its verb ("Reuters reported that Tesla
    ..."; a name the model did not label counts as one)."""
    for clause in (child for child in _main_verb(subject).children if child.dep_ == "ccomp"):
        for tok in (t for t in clause.subtree if t.dep_ in SUBJECT_DEPS):
            other = _mention_at(ctx, tok.idx)
            if (other is None and tok.pos_ == "PROPN") or (other and other is not mention and other["label"] in labels):
                return True
    return False


def _named_before(ctx: Context, subject: Token) -> dict | None:
    """For a proper noun the model did not tag, the organisation named earlier in full that it opens: "Meridian" for
    "Meridian Health Partners"."""
    if subject.pos_ != "PROPN":
        return None
    return next((m for m in ctx.recent_mentions(subject.idx)
                 if m["label"] == "ORG" and m["text"].split()[0] == subject.text), None)


def _mention_at(ctx: Context, position: int) -> dict | None:
    """The mention covering a character position, if any."""
    count = bisect.bisect_right(ctx.mention_starts, position)
    # Mentions do not nest: the one covering it starts among the last few before it.
    return next((m for m in reversed(ctx.mentions[max(0, count - 3):count]) if position < m["end"]), None)


def _fits(mention: dict, gender: str, ctx: Context) -> bool:
    """A person of the gender, as far as it is known: from the mention itself ("Ms Thornton", "Mark Feldman"), else
    from all the mentions of that surname."""
    key = _person_key(mention["text"])
    if key not in (ctx.people or ()):
        return False
    return (_mention_gender(mention, ctx) or (ctx.genders or {}).get(key, gender)) == gender


def _mention_gender(mention: dict, ctx: Context) -> str | None:
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


def _surnames(ctx: Context) -> set[str]:
    """The last words of the document's names of people in two words or more, lower-cased (found once)."""
    if ctx.surnames is None:
        ctx.surnames = {m["text"].split()[-1].lower() for m in ctx.mentions
                        if m["label"] == "PERSON" and len(m["text"].split()) > 1}
    return ctx.surnames


def _after_title(text: str, start: int) -> bool:
    """The word before `start` is a title or an honorific: "Prof Lewis", "Senator Warren"."""
    before = text[max(0, start - 20):start].split()
    return bool(before) and (before[-1].lower() in ALL_TITLES or before[-1] in HONORIFICS)


def _titled_genders(ctx: Context) -> dict[str, str]:
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
    head = next((t for t in span if t.dep_ in SUBJECT_DEPS and t.head not in span), span.root)
    while head.dep_ in ("appos", "compound", "conj") and head.head is not head:
        head = head.head
    if _subject_parsed_as_root(head) or _says_unparsed(span):
        return 0
    if head.dep_ not in SUBJECT_DEPS:
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
    return verb.dep_ == "ROOT" and is_speech_verb(verb) and span.root.head == verb \
        and not any(child.dep_ in SUBJECT_DEPS for child in verb.children)


def _subject_parsed_as_root(head: Token) -> bool:
    """A noun the parser made the root, its finite verb hanging from it as a clause: "Its managing director, Ourania
    Georgoutsakou, called on the EU ..." (the small model's parse); the noun is the main clause's subject."""
    return head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") \
        and any(child.dep_ == "acl" and child.tag_ in ("VBD", "VBZ") for child in head.children)
