"""Unlabelled repeats of the names the document has found, made mentions."""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Token

from services.nlp.doctext import tokens_of, words_of
from services.nlp.entities.capitals import _names_the_party, _starts_sentence
from services.nlp.entities.cleaning import follows_all_hyphen
from services.nlp.entities.gazetteer import names_peoples_relations
from services.nlp.entities.mentions import Mention, _key_at, is_name_cased, word_keys_of
from services.nlp.entity_rules import (
    AID_AGENCIES_AND_MUSEUMS,
    ALL_TITLES,
    CAMPAIGN_GROUPS,
    CORPORATE_SUFFIXES,
    HONORIFICS,
    NAME_PARTICLES,
    NAME_SMALL_WORDS,
    OFFICE_WORDS,
    PARTY_BRANCHES,
    PARTY_MEMBERS_POSTS,
    PARTY_WORDS,
    PEERAGES,
    TEAM_WORDS,
)


def _propagatable(key: tuple[str, ...]) -> bool:
    """Names worth searching for elsewhere: not a lone letter or number."""
    return bool(key) and not (len(key) == 1 and (len(key[0]) < 2 or not any(ch.isalpha() for ch in key[0])))


def _propagate(
    doc: Doc,
    mentions: list[Mention],
    names: dict[tuple[str, ...], str],
    shouting_tokens: set[int],
) -> list[Mention]:
    """Mentions for unlabelled repeats of known names (`names`: key → label)."""
    taken = [False] * len(doc)
    for m in mentions:
        for i in range(m.start, m.end):
            taken[i] = True
    words = words_of(doc)
    # Only names that can start at a free capitalised word here: most gazetteer names cannot.
    word_keys = word_keys_of(doc)
    firsts = {key for key, word, is_taken in zip(word_keys, words, taken, strict=True)
              if not is_taken and is_name_cased(word)}
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in names:
        if key[0] in firsts:
            by_first[key[0]].append(key)
    for keys in by_first.values():
        keys.sort(key=len, reverse=True)
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        word = words[i]
        match = None
        if not taken[i] and is_name_cased(word):
            for key in by_first.get(word_keys[i], []):
                end = i + len(key)
                if end <= len(doc) and not any(taken[i:end]) and _key_at(doc, i, end) == key:
                    label = names[key]
                    # "Equinor ASA reported", the model's miss: the firm, its legal form no longer name's word
                    checked = _past_legal_form(doc, end, label, taken)
                    if names_peoples_relations(doc, key, end) or (
                            _extends_name(doc, i, checked, shouting_tokens) and not _heads_an_office(doc, end, label)
                            and not _before_a_members_post(doc, end, label)) \
                            or _is_capitalised_stop_word(doc, i, end) \
                            or _names_an_alliance(doc, i, end, shouting_tokens, names[key]) \
                            or _is_party_word_of_a_sentence(doc, i, end) \
                            or _is_branch_in_lower_case(doc, i, end) \
                            or _is_campaign_slogan(doc, i, end) \
                            or follows_all_hyphen(doc, i):  # "the All-Ireland final": no "Ireland"
                        continue
                    start = _particles_start(doc, i, end, names, taken) if label == "PERSON" else i
                    match = Mention(start, end, names[key], 0.0, "propagated", key)
                    break
        if match:
            found.append(match)
            i = match.end
        else:
            i += 1
    return found


# Particles of a surname written before it in lower case; not "st" (a cricket card's "stumped": "Lehmann st
# Kaluwitharana") nor "y", which join no surname alone.
_PARTICLES = NAME_PARTICLES - {"st", "st.", "y"}


def _particles_start(doc: Doc, start: int, end: int, names: dict[tuple[str, ...], str], taken: list[bool]) -> int:
    """Where a person's surname found at doc[start:end] starts with the particles in lower case written before it that
    end a person's longer name of the text too: "de Villepin" of "Mr de Villepin said" after "Dominique de Villepin",
    "de la Torre" (the particles no capitalised word to propagate from); `start` where none are."""
    first = start
    while first > 0 and not taken[first - 1] and doc[first - 1].is_lower and doc[first - 1].text in _PARTICLES:
        first -= 1
    if first == start:
        return start
    tail = _key_at(doc, first, end)
    longer = [key for key, label in names.items() if label == "PERSON" and len(key) >= len(tail)]
    return first if any(key[-len(tail):] == tail for key in longer) else start


# Campaign groups named by a slogan, as the gazetteer keys them: "just stop oil" (not "Greenpeace").
_CAMPAIGN_KEYS = frozenset(tuple(name.split()) for name in CAMPAIGN_GROUPS | AID_AGENCIES_AND_MUSEUMS if " " in name)


def _is_campaign_slogan(doc: Doc, i: int, end: int) -> bool:
    """A campaign group's or an aid agency's words written as a sentence's, a word after the first in lower case:
    "Just stop oil drilling in the North Sea", '"Save the children," she pleaded' (a sentence's capital makes "Just",
    "Save" look like the name's); not "Friends of the Earth", "Save the Children"."""
    return tuple(t.lower_ for t in tokens_of(doc)[i:end]) in _CAMPAIGN_KEYS \
        and any(t.is_lower and t.lower_ not in NAME_SMALL_WORDS for t in doc[i + 1:end])


def _past_legal_form(doc: Doc, end: int, label: str, taken: list[bool]) -> int:
    """Where a longer name's words would start after a firm's known name ending at `end`: past a legal form written
    right after it ("ASA" of "Equinor ASA"), which makes the match no other name's (the group keeps the firm's name
    without its form)."""
    if label == "ORG" and end < len(doc) and not taken[end] and doc[end].lower_ in CORPORATE_SUFFIXES \
            and doc[end].lower_ not in _WORD_FORMS and not doc[end].is_lower:
        return end + 1
    return end


# Legal forms that are words too, which after a firm's name may open another name: "Shell Company of Nigeria".
_WORD_FORMS = frozenset({"co", "co.", "company", "corporation", "limited", "holdings", "incorporated"})


def _is_party_word_of_a_sentence(doc: Doc, start: int, end: int) -> bool:
    """A party's word capitalised by its place that names no party: "Labour shortages have hit farms" (beside
    "Labour minister Pat McFadden")."""
    return end - start == 1 and doc[start].lower_ in PARTY_WORDS and _starts_sentence(doc, start) \
        and not _names_the_party(doc, end)


def _is_branch_in_lower_case(doc: Doc, start: int, end: int) -> bool:
    """A party's branch written with a word after the people's in lower case, which names no party: "The Welsh
    labour market weakened", "the Scottish greens at St Andrews" (not "Welsh Labour")."""
    tokens = tokens_of(doc)
    return " ".join(t.lower_ for t in tokens[start:end]) in PARTY_BRANCHES \
        and any(t.is_lower for t in tokens[start + 1:end])


def _names_the_team(doc: Doc, m: Mention) -> bool:
    """A team's nickname alone reads as the team after "the" or before a word of sport ("the Bills", "Bills
    quarterback Josh Allen"); not "Heat warnings", "Thunder rolled", "Cardinals from around the world"."""
    before = doc[m.start - 1].lower_ if m.start > 0 else ""
    after = doc[m.end] if m.end < len(doc) else None
    if before == "the" or after is None:
        return before == "the"
    # A word of sport, a possessive before a player's name ("Chiefs' Patrick Mahomes"), or a score ("Heat 104,").
    following = doc[m.end + 1] if m.end + 1 < len(doc) else None
    possessive = after.lower_ in ("'s", "’s", "'", "’") and following is not None
    score = after.like_num and (following is None or following.is_punct or following.is_title)  # "Heat 104 Celtics"
    return after.lower_ in TEAM_WORDS or score or (
        possessive and (following.lower_ in TEAM_WORDS or following.ent_type_ == "PERSON"))


def _extends_name(doc: Doc, start: int, end: int, shouting_tokens: set[int]) -> bool:
    """True when a capitalised word touches the match: it is then part of some longer name.

    "The" and other stop words are capitalised by position, not as part of a name ("The KDP said").
    """
    if start in shouting_tokens:
        return False
    after = doc[end] if end < len(doc) else None
    if after is not None and _is_name_word(after):
        return True
    before = doc[start - 1] if start > 0 else None
    if start > 1 and before.lower_ == "of" and doc[start - 2].lower_ in PEERAGES:
        return True  # "Wales" of "the Prince of Wales", a person
    # A title or honorific before a surname makes no longer name: "Dr Calder" is the "Ruth Calder" named before.
    return before is not None and _is_name_word(before) and not doc[start].is_sent_start \
        and before.text not in HONORIFICS and before.lower_ not in ALL_TITLES


def _heads_an_office(doc: Doc, end: int, label: str) -> bool:
    """A place's name before the title of an office it holds and its holder's name: "New South Wales" of "New South
    Wales Premier Chris Minns", whose capitalised title makes no longer name; an office's first word too: "Barbados"
    of "Barbados Prime Minister Mia Mottley" (no entity to the model)."""
    if label != "GPE" or end + 1 >= len(doc):
        return False
    office = doc[end]
    return (office.lower_ in ALL_TITLES or office.lower_ in OFFICE_WORDS) and office.is_title \
        and _is_name_word(doc[end + 1])


def _before_a_members_post(doc: Doc, end: int, label: str) -> bool:
    """An organisation's name before a member's post, which makes no longer name: "Sinn Féin" of "The Sinn Féin TD
    said" and "Fine Gael TD Neale Richmond" (the post's capitals read as the name's next word)."""
    return label == "ORG" and end < len(doc) and doc[end].text in PARTY_MEMBERS_POSTS


# Nouns after an alliance's name: "the INDIA bloc".
_ALLIANCE_NOUNS = frozenset({"bloc", "alliance", "coalition"})


def _names_an_alliance(doc: Doc, start: int, end: int, shouting_tokens: set[int], label: str) -> bool:
    """A place's name written in capitals in a line of ordinary case, before "bloc" or "alliance", is an alliance's
    name that spells a place: "the opposition INDIA bloc" is no country (not "the US alliance", a short form)."""
    token = doc[start]
    return end - start == 1 and label in ("GPE", "LOC") and start not in shouting_tokens and token.is_upper \
        and len(token) > 3 and end < len(doc) and doc[end].lower_ in _ALLIANCE_NOUNS


def _is_capitalised_stop_word(doc: Doc, start: int, end: int) -> bool:
    """"It" or "Us" at a sentence start is no repeat of "IT" or "US"."""
    token = doc[start]
    return end - start == 1 and token.is_stop and not token.is_upper


def _is_name_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_stop
