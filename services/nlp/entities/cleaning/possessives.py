"""A name's "'s": the name's own ("McDonald's said"), an owner's before the name it owns
("Alphabet's Google"), or a possessor's word that opens a name ("Alzheimer's Society")."""
from __future__ import annotations

from collections.abc import Set
from dataclasses import replace

from spacy.tokens import Doc, Token

from services.nlp.doctext import lowers_of, tokens_of, words_of
from services.nlp.entities.capitals import _starts_sentence
from services.nlp.entities.cleaning.splitting import FINITE_VERB_TAGS
from services.nlp.entities.gazetteer import _in_gazetteer, _is_country_name
from services.nlp.entities.mentions import Mention
from services.nlp.entity_rules import (
    CORPORATE_SUFFIXES,
    GOVERNMENT_BODY_WORDS,
    HONORIFICS,
    IRREGULAR_PEOPLE_PLURALS,
    LEGISLATURES,
    NAMES_OWNING_S,
    POSSESSIVES,
)
from services.nlp.given_names import is_english_given_name

# Participles read as past tenses after the "'s" of "has": "Microsoft's got a problem", "Apple's been slow".
_AFTER_HAS = frozenset({"got", "been", "gone", "had"})


def words_owning_s(doc: Doc, mentions: list[Mention]) -> set[str]:
    """Last words of organisations whose "'s" is part of the name, as a verb after it shows ("McDonald's said",
    "Moody's downgraded", "a spokesman for Sainsbury's said"; not "Apple's shares"), or one-word names of firms known
    so ("at Sotheby's on Wednesday", "Macy's shares"): every "'s" after them is. Not a word the text also writes
    without one: "Microsoft's posted a fix" is "Microsoft has"."""
    words: set[str] = set()
    for m in mentions:
        if m.label != "ORG":
            continue
        s_at = m.end - 1 if doc[m.end - 1].lower_ in ("'s", "’s") else m.end
        if not m.start < s_at < len(doc) or doc[s_at].lower_ not in ("'s", "’s"):
            continue
        if (s_at < len(doc) - 1 and doc[s_at].tag_ == "POS" and doc[s_at - 1].text[:1].isupper()
                and doc[s_at + 1].tag_ in FINITE_VERB_TAGS and doc[s_at + 1].lower_ not in _AFTER_HAS) \
                or (s_at - 1 == m.start and owns_its_s(doc[m.start])):
            words.add(doc[s_at - 1].text)
    return {word for word in words if all(is_own_s(doc, t.i + 1, {word}) for t in doc if t.text == word)}


def owns_its_s(token: Token) -> bool:
    """A firm's name whose "'s" is its own (`NAMES_OWNING_S`), nowhere in the text a person's surname ("Mary Lou
    McDonald's party", "Ms Lloyd's lawyer"): worked out once per text for each such name (entities and key phrases
    ask it of every "'s" after one)."""
    if token.text not in NAMES_OWNING_S:
        return False
    known = token.doc.user_data.setdefault(_OWNING_S, {})
    if token.text not in known:
        known[token.text] = not any(t.i > 0 and (t.doc[t.i - 1].is_title or t.doc[t.i - 1].text in HONORIFICS)
                                    for t in token.doc if t.text == token.text)
    return known[token.text]


_OWNING_S = "newswire.owning_s"


def is_own_s(doc: Doc, i: int, own_s: Set[str]) -> bool:
    """doc[i] is the "'s" of a name that owns it (`words_owning_s`)."""
    return 0 < i < len(doc) and doc[i].lower_ in ("'s", "’s") and doc[i - 1].text in own_s


# Labels of names that can open with a possessive word: "Alzheimer's Society", "Women's World Cup".
_POSSESSOR_LABELS = frozenset({"ORG", "FAC", "EVENT"})


def with_possessors_in_names(doc: Doc, mentions: list[Mention], ordinary: frozenset[str]) -> list[Mention]:
    """Names the model began after their own possessive word, begun before it: "Alzheimer's Society" was "Society",
    "St Mary's Hospital". Not when that word names something else ("Britain's Labour Party") or is an ordinary one
    opening the sentence ("Today's Federal Reserve decision"). And one-word names the model ended before the place's
    head after their "'s", ended after it: "Queen's Park" was "Queen"."""
    named = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        owner = m.start - 2
        if m.label in _POSSESSOR_LABELS and owner >= 0 and doc[m.start - 1].lower_ in ("'s", "’s") \
                and doc[m.start].text[:1].isupper() and _is_possessor_word(doc, owner, ordinary) \
                and owner not in named and m.start - 1 not in named:
            m = Mention(owner, m.end, m.label, m.weight, m.source)
        elif _ends_before_its_place_head(doc, m, named):
            m = Mention(m.start, m.end + 2, m.label, m.weight, m.source)
        out.append(m)
    return out



def with_owners_split_off(doc: Doc, mentions: list[Mention], ordinary: frozenset[str]) -> list[Mention]:
    """An organisation the model read through its owner's possessive, split in two where the owned name is written
    alone elsewhere: "Alphabet's Google ... Google said" is Alphabet and Google (not "McDonald's Corp", whose "'s" is
    its own, nor "Alzheimer's Society ... the Society", an ordinary word, nor a plural's "People's Bank of China").
    An owner the text names as a person elsewhere is that person ("Donald Trump ... Trump's Truth Social")."""
    out = []
    for m in mentions:
        owner_end = _owner_end(doc, m, ordinary)
        if owner_end is not None and not _owner_named_otherwise(doc, mentions, m, owner_end):
            label = "PERSON" if _owner_is_a_person(doc, mentions, m, owner_end) \
                else "GPE" if _owns_state_body(doc, m, owner_end) else m.label
            out += [replace(m, end=owner_end, label=label), replace(m, start=owner_end + 1)]
        else:
            out.append(m)
    return out


def _owner_is_a_person(doc: Doc, mentions: list[Mention], m: Mention, owner_end: int) -> bool:
    """The owner's name ends a person's name written elsewhere: "Trump" of "Donald Trump"."""
    owner = words_of(doc)[m.start:owner_end]
    return any(o.label == "PERSON" and o.start != m.start and words_of(doc)[o.end - len(owner):o.end] == owner
               for o in mentions)


def _owner_named_otherwise(doc: Doc, mentions: list[Mention], m: Mention, owner_end: int) -> bool:
    """The owner is no firm of its own name alone: a given name ("Harry's Razors", "Wendy's"), a name whose "'s" is its
    own elsewhere ("Wendy's said"), or the first word of another name that is not a person's ("Trump's Truth Social
    ... Trump Media said", where Trump alone may be the man)."""
    texts, owner = words_of(doc), words_of(doc)[m.start:owner_end]
    n = len(owner)
    if n == 1 and is_english_given_name(owner[0]):
        return True
    for i in range(len(texts) - n):
        if i == m.start or texts[i:i + n] != owner:
            continue
        after = doc[i + n]
        if after.lower_ in ("'s", "’s") and (i + n + 1 == len(doc) or doc[i + n + 1].pos_ not in _NOUN_POS):
            return True  # "Wendy's said", "at Wendy's."; not a possessive's "Alphabet's shares"
    return any(o.start != m.start and o.end - o.start > n and o.label != "PERSON"
               and texts[o.start:o.start + n] == owner and texts[o.start + n].lower() not in CORPORATE_SUFFIXES
               for o in mentions)


# Parts of speech of the word after a possessive's "'s", that of a noun phrase: "Alphabet's shares", "Meta's new app".
_NOUN_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def _owner_end(doc: Doc, m: Mention, ordinary: frozenset[str]) -> int | None:
    """Where the owner's name ends, before its "'s", in an organisation "Owner's Name" whose name is written alone
    elsewhere in the text; None if it is not one."""
    if m.label != "ORG":
        return None
    words = lowers_of(doc)[m.start:m.end]
    k = next((m.start + j for j, word in enumerate(words) if word in ("'s", "’s")), None)
    if k is None or k == m.start or k + 1 >= m.end:
        return None
    owner, owned = tokens_of(doc)[m.start:k], tokens_of(doc)[k + 1:m.end]
    if not all(t.is_alpha and t.is_title for t in owner + owned) or doc[k - 1].text in NAMES_OWNING_S \
            or any(t.lower_ in IRREGULAR_PEOPLE_PLURALS for t in owner):
        return None
    if _owns_state_body(doc, m, k):
        return k
    # An ordinary word ("Google", "Apple", "Society") only where the model named it alone too.
    named = all(t.lower_ in ordinary for t in owned)
    return k if _written_alone(doc, [t.text for t in owned], k + 1, named) else None


# Last words of a state's bodies that a country's possessive names: "Vanuatu's Parliament", "Kenya's National Assembly".
_STATE_BODY_HEADS = GOVERNMENT_BODY_WORDS | LEGISLATURES | {"assembly"}


def _owns_state_body(doc: Doc, m: Mention, k: int) -> bool:
    """The organisation is a country's "'s" (at k) and a body of its state: "Vanuatu's Parliament" is Vanuatu and its
    Parliament, written alone or not."""
    return _is_country_name(doc[m.start:k].text) and doc[m.end - 1].lower_ in _STATE_BODY_HEADS


def _written_alone(doc: Doc, words: list[str], at: int, named: bool) -> bool:
    """The words are written elsewhere than at `at` as a name of their own: after no possessive and no "the" (the
    Society of "Alzheimer's Society"), as a mention of the model's if `named`."""
    texts, n = words_of(doc), len(words)
    return any(texts[i:i + n] == words and i != at and (i == 0 or texts[i - 1] not in POSSESSIVES)
               and (i == 0 or doc[i - 1].lower_ != "the") and (not named or doc[i].ent_iob_ == "B")
               for i in range(len(texts) - n + 1))


# Heads of the names of places that open with a possessor's word: "Queen's Park", "King's Cross", "Regent's Canal".
_PLACE_HEADS = frozenset({"Park", "Square", "Cross", "Road", "Street", "Lane", "Gate", "Green", "Hill", "Wharf",
                          "Bridge", "Canal", "Gardens", "Palace", "Yard", "Inn"})


def _ends_before_its_place_head(doc: Doc, m: Mention, named: set[int]) -> bool:
    """A one-word organisation or facility of the model's before "'s" and a place's head no mention holds, the name
    going on no further: the possessor's word of a place's name ("at Queen's Park on Thursday"; not "Britain's
    Parliament", nor "Queen's Park Rangers", nor a noun's modifier: "the Fed's Green light", "Microsoft's Bridge
    program")."""
    head = m.end + 1
    return m.label in _POSSESSOR_LABELS and m.end - m.start == 1 and head < len(doc) \
        and doc[m.end].lower_ in ("'s", "’s") and doc[head].text in _PLACE_HEADS and head not in named \
        and not (head + 1 < len(doc) and (doc[head + 1].text[:1].isupper() or doc[head + 1].pos_ == "NOUN")) \
        and not _in_gazetteer(doc[m.start].lower_)


def _is_possessor_word(doc: Doc, i: int, ordinary: frozenset[str]) -> bool:
    """doc[i] is a capitalised word that can begin a name, not an ordinary word capitalised by its place."""
    token = doc[i]
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper \
        and not (_starts_sentence(doc, i) and token.lower_ in ordinary)
