"""Who is a company, a product or a club, from what the text says around a name: legal forms, shares, a
firm's noun, a match result."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from services.nlp.doctext import text_of, tokens_of, words_of
from services.nlp.entities.capitals import _starts_sentence
from services.nlp.entities.gazetteer import _gazetteer_label, _in_gazetteer, _is_country_or_state
from services.nlp.entities.mentions import Mention, _token_key
from services.nlp.entity_rules import NAME_LABELS, PLATFORMS, PLATFORMS_AFTER_ON, POSSESSIVES
from services.nlp.furniture import credit_agency_spans
from services.nlp.given_names import is_given_name


def _employers(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's people that are somebody's firm: "said Lisa Chen of Morningstar.", "Elon Musk's SpaceX",
    "Lagos-based Ventures Platform" (no given name first)."""
    person_starts = {m.end: m.start for m in mentions if m.label == "PERSON"}
    text = text_of(doc)
    found = set()
    for m in mentions:
        if m.label != "PERSON" or m.start < 2 or is_given_name(doc[m.start].text) \
                or _in_gazetteer("".join(m.key)):  # "Lewis Capaldi of Glasgow"
            continue
        before = doc[m.start - 1].lower_
        person = person_starts.get(m.start - 1)
        hyphen_based = before == "based" and doc[m.start - 2].text == "-"
        if hyphen_based or (person is not None and (before in POSSESSIVES or (
                before in ("of", "at") and _speaks_for(text, doc, person, m)))):
            found.add(m.key)
    return found


# A post at a firm, written between its name and the name of the one who holds it: "Pfizer CEO Albert Bourla",
# "Xiaomi chief executive Lei Jun" (not a spokesman, whom a person has too: "Musk spokesman James Gleeson"; nor a
# president, whom a country has: "Somaliland President Abdirahman Irro").
_POSTS_AFTER_FIRMS = frozenset({"ceo", "cfo", "coo", "cto", "chief", "chairman", "chairwoman", "founder", "co-founder",
                                "boss"})


def _firms_before_their_people(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's people, places or peoples written before a post and the person who holds it: the firm
    ("Pfizer CEO Albert Bourla" made Pfizer a person; not "France President Emmanuel Macron", a known place, nor a
    name with a given name first)."""
    person_starts = {m.start for m in mentions if m.label == "PERSON"}
    surnames = {m.key[-1:] for m in mentions if m.label == "PERSON" and len(m.key) > 1}
    found = set()
    for m in mentions:
        if m.label not in _FIRM_LABELS or m.end >= len(doc) or doc[m.end].lower_ not in _POSTS_AFTER_FIRMS \
                or is_given_name(doc[m.start].text) or _in_gazetteer(" ".join(m.key)) or m.key in surnames:
            continue  # nor a person's surname ("Benjamin Netanyahu ... Netanyahu chief of staff")
        after = m.end + 1
        while after < m.end + 3 and after < len(doc) and doc[after].lower_ in ("executive", "officer", "financial"):
            after += 1  # "chief executive", "chief financial officer"
        if after in person_starts:
            found.add(m.key)
    return found


def _speaks_for(text: str, doc: Doc, person_start: int, firm: Mention) -> bool:
    """The person before "of" or "at" speaks, and the clause ends after the name: "said Lisa Chen of Morningstar.",
    "according to Danny Gold of Metropolis." (not a hometown, "LuAnn Marie Johnson of Burnsville was killed", nor
    "Magruder at Nixon's vacation home")."""
    start, end = doc[person_start].idx, doc[firm.start:firm.end].end_char
    return bool(_CLAUSE_END.match(text, end)) and bool(
        _SPEECH_BEFORE.search(text, max(0, start - 20), start) or _SPEECH_AFTER.match(text, end))


# What follows a firm named after a person and "of": the clause ends.
_CLAUSE_END = re.compile(r"\s*(?:[,.;:]|$|\s(?:said|says|told|added|wrote)\b)")
# Speech around "<person> of <firm>": "said Lisa Chen of Morningstar", "Lisa Chen of Morningstar, said".
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|added|according\s+to|wrote)\s+(?:\S+\s+){0,2}$")
_SPEECH_AFTER = re.compile(r",?\s+(?:said|says|told|added|wrote)\b")


# A company's legal form as written after its name, case and all (not "co", "company", "sa": words of their own; nor
# "AG" and "NV": "Texas AG Ken Paxton", "Henderson NV").
_WRITTEN_LEGAL_FORMS = frozenset({"Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "plc", "Plc", "PLC", "LLC", "GmbH",
                                  "SpA", "S.p.A.", "N.V."})
# Words before which a capitalised run is the end of a longer name: "Bank of [China] Ltd".
_NAME_GLUE = frozenset({"of", "and", "&", "for", "de", "du", "der"})


def _names_before_legal_forms(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Whole names of one to three capitalised words just before a legal form that no mention took in: a company's
    ("Pfizer Inc said ... Shares of Pfizer", a person to the model); not the end of a longer name ("Bank of China
    Ltd": China stays a place)."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found = set()
    tokens = tokens_of(doc)
    for i, word in enumerate(words_of(doc)):
        if word not in _WRITTEN_LEGAL_FORMS or i in covered:
            continue
        token = tokens[i]
        start = token.i
        while start > 0 and token.i - start <= 3 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper():
            start -= 1
        if 0 < token.i - start <= 3 and not (start > 0 and doc[start - 1].lower_ in _NAME_GLUE):
            found.add(tuple(_token_key(t) for t in doc[start:token.i]))
    return found


# Labels of a company's mentions: its own and those the model gives one by mistake, which what the text says of it
# (its shares, a firm's noun before it) overrules. Where the evidence is, the model may have got it right.
_FIRM_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "LOC"})
# Where a name is a listed company's: "Shares of Novo Nordisk rose", "Novo Nordisk shares fell" (not "Jane Smith shares
# her story", "Taylor Swift shares hit single", nor "Musk's shares in Tesla", which he holds, nor "shares of Elon Musk's
# SpaceX").
_SHARES_OF = re.compile(r"\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+$")
_SHARES_MOVED = re.compile(
    r"\s+(?:shares|stock)\s+(?:rose|fell|jumped|dropped|climbed|slid|gained|lost|tumbled|surged|slumped|sank|soared|"
    r"plunged|rallied|edged|dipped|closed|ended|traded|were|are)\b")

# What a listed company has: "Nvidia's market value" (a place to the model).
_VALUED = re.compile(r"(?:'s|’s)\s+(?:market\s+(?:valuation|capitali[sz]ation|cap)|(?:share|stock)\s+price)\b")
# A player has a market value too: it makes a firm only of a name the model took for no person's, opening with no
# given name.
_MARKET_VALUE = re.compile(r"(?:'s|’s)\s+market\s+value\b")


def _traded_firms_missed(doc: Doc, mentions: list[Mention], ordinary: frozenset[str]) -> list[Mention]:
    """Companies the model left out, of one to three capitalised words, that the text trades shares of: "Salesforce
    shares fell", "Shares of Sage Therapeutics fell" (not "Bank shares fell" opening a sentence, "The shares", a
    place the gazetteer knows, nor "Class A shares")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    text = text_of(doc)
    added = []
    for token in tokens_of(doc):
        i = token.i
        if token.lower_ not in ("shares", "stock") or i == 0:
            continue
        if _SHARES_MOVED.match(text, doc[i - 1].idx + len(doc[i - 1].text)):
            start = end = i
            while start > 0 and end - start < 3 and _is_firm_word(doc[start - 1]) and start - 1 not in covered:
                start -= 1
        elif i + 2 < len(doc) and doc[i + 1].lower_ in ("of", "in") \
                and _SHARES_OF.search(text, max(0, token.idx - 5), doc[i + 2].idx):
            start = end = i + 2
            while end < len(doc) and end - start < 3 and _is_firm_word(doc[end]) and end not in covered:
                end += 1
        else:
            continue
        words = doc[start:end]
        if not words or words[0].is_stop or len(words[-1]) == 1 or _in_gazetteer(words.text.casefold()) \
                or (len(words) == 1 and _starts_sentence(doc, start) and words[0].lower_ in ordinary):
            continue
        added.append(Mention(start, end, "ORG", 1.0, "traded"))
    return added


def _is_firm_word(token: Token) -> bool:
    return (token.is_title or token.is_upper) and (token.is_alpha or token.text == "&")


def _traded_names(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names that the text trades shares of or values: companies, whatever the model called them elsewhere
    ("Novo Nordisk" a person, "Shares of Nvidia rose", "Nvidia's market value" a place); not a place the gazetteer
    knows ("shares in Europe fell")."""
    text = text_of(doc)
    found = set()
    for m in mentions:
        if m.label not in _FIRM_LABELS or (m.label != "PERSON" and _in_gazetteer(" ".join(m.key))):
            continue
        span = doc[m.start:m.end]
        owned = text.startswith(("'s", "’s", "' ", "’ "), span.end_char)  # "shares of Elon Musk's SpaceX", "Bezos' "
        valued = _MARKET_VALUE.match(text, span.end_char) and m.label != "PERSON" and not is_given_name(span[0].text)
        if (_SHARES_OF.search(text, max(0, span.start_char - 20), span.start_char) and not owned) \
                or _SHARES_MOVED.match(text, span.end_char) or _VALUED.match(text, span.end_char) or valued:
            found.add(m.key)
    return found


# Lower-case nouns right before a name that make it a firm's: "mining company Vale", "rival agency Fitch".
_FIRM_NOUNS = frozenset({
    "company", "firm", "bank", "lender", "insurer", "airline", "automaker", "carmaker", "chipmaker", "drugmaker",
    "retailer", "manufacturer", "maker", "miner", "startup", "conglomerate", "agency", "broker", "brokerage",
    "supermarket", "supermarkets", "grocer", "giant", "operator", "supplier", "developer", "publisher", "broadcaster",
    "streamer", "outlet", "chain", "fund", "consultancy", "regulator", "watchdog"})
_FIRM_VERBS = frozenset({"fund", "bank", "broker", "chain", "supply", "operate", "develop", "publish"})
# Those of them that name no person's job: "Novo Nordisk, the Danish drugmaker," (not "Tim Hess, a developer").
_FIRM_ONLY_NOUNS = frozenset({
    "company", "firm", "bank", "lender", "insurer", "airline", "automaker", "carmaker", "chipmaker", "drugmaker",
    "startup", "conglomerate", "brokerage", "supermarket", "chain", "consultancy"})
# Lower-case nouns right before a name that make it a product's: "the weight-loss drug Wegovy", "vaccine Qdenga".
_PRODUCT_NOUNS = frozenset({"drug", "drugs", "vaccine", "medicine", "medication", "pill", "jab", "injection",
                            "antibody", "antiviral", "chatbot", "smartphone", "handset"})
# Jobs held at a firm, before "at" and its name: "an analyst at Jefferies", "an economist at Capital Economics".
_JOBS_AT_FIRMS = frozenset({
    "analyst", "analysts", "economist", "economists", "strategist", "strategists", "trader", "traders", "executive",
    "executives", "banker", "bankers", "partner"})
# Those of them that head the firm, before "of" and its name: "chief executive of Ofgem" (not "an analyst of Trump").
_EXECUTIVES = frozenset({"executive", "executives"})


def _described_products(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's people, places and organisations that a product's noun right before them names a product:
    "the weight-loss drug Wegovy" (not a person with a given name, "the drug Frank Ocean sang of", nor a place)."""
    return {m.key for m in mentions if m.label in _FIRM_LABELS and m.start > 0 and doc[m.start - 1].is_lower
            and doc[m.start - 1].lower_ in _PRODUCT_NOUNS and _names_the_noun(doc, m)
            and not is_given_name(doc[m.start].text) and not _in_gazetteer(" ".join(m.key))}


def _names_the_noun(doc: Doc, m: Mention) -> bool:
    """The name before it and the noun are one phrase in the parse ("the drug Wegovy"), not a relative clause's subject
    after it ("the chatbot OpenAI released")."""
    noun, head = doc[m.start - 1], doc[m.end - 1]
    if any(child.dep_ in ("acl", "relcl") and child.i >= m.end for child in head.children):
        return False  # the parser's "chatbot OpenAI" with "released" a clause of the name
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and after.tag_ in ("VBD", "VBN") and after.lemma_ not in ("be", "have", "do"):
        return False  # "the smartphone Samsung unveiled on Wednesday", unattached
    return noun.head == head or head.head == noun or (noun.head == head.head and head.dep_ in ("appos", "compound"))


# A firm's noun that ends an apposition after a name: ", the Danish drugmaker," (not ", the company's founder", ", a
# fund manager", nor who said what was before: "approved by Jane Fraser, the bank said").
_FIRM_AFTER = re.compile(rf",\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}(?:{'|'.join(sorted(_FIRM_ONLY_NOUNS))})"
                         r"(?:\s*[,;:)]|\s+(?:that|which|based|with)\b)")


def _described_firms(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's people, places or peoples that the words around them call a firm: "mining company Vale",
    "an analyst at Jefferies", "chief executive of Ofgem", "Novo Nordisk, the Danish drugmaker" (not a person with a
    given name, "the bank Jane Fraser runs", nor a known place, "an economist at Oxford", "world monuments fund
    britain")."""
    found, text = set(), text_of(doc)
    for m in mentions:
        if m.label not in _FIRM_LABELS or _in_gazetteer(" ".join(m.key)):
            continue
        if _FIRM_AFTER.match(text, doc[m.start:m.end].end_char):  # whatever its first word: "Novo Nordisk, the ..."
            found.add(m.key)
            continue
        if m.start < 2:
            continue
        before = doc[m.start - 1]
        # Not "help fund X", "the giant Bolton field"; a verb that is none is the tagger's mistake ("app startup Noom").
        firm_noun = before.is_lower and before.lower_ in _FIRM_NOUNS \
            and (before.pos_ in ("NOUN", "PROPN") or (before.pos_ == "VERB" and before.lower_ not in _FIRM_VERBS))
        job = doc[m.start - 2].lower_
        job_at = (before.lower_ == "at" and job in _JOBS_AT_FIRMS) \
            or (before.lower_ == "of" and job in _EXECUTIVES)  # "Jonathan Brearley, chief executive of Ofgem"
        if (firm_noun or job_at) and not is_given_name(doc[m.start].text):
            found.add(m.key)
    return found


# Verbs in the plural, which a team, a band or a firm takes in British English ("Manchester United have sacked") and
# one person never does.
_PLURAL_VERBS = frozenset({"have", "were", "are"})


# Between two sides of a match and before its score: "Liverpool beat Tottenham Hotspur 4-2".
_RESULT_VERB = re.compile(r"\s+(?:beat|defeated|thrashed|routed|edged|overcame|drew\s+(?:with\s+)?|lost\s+to|"
                          r"held)\s+")
_SCORE = r"\d{1,3}\s?[-–]\s?\d{1,3}"
_SCORE_AFTER = re.compile(rf"\s+{_SCORE}\b")
# Another score right after one: a tennis or squash match's sets ("6-4 6-3", "6-4, 7-6 (7-5)"), players', no teams'.
_SETS_AFTER = re.compile(rf"\s*,?\s*\(?{_SCORE}")
# Between two sides with the score before the second: "Arsenal lost 3-0 to Brentford", "Liverpool, who drew 1-1 at
# Aston Villa", "Chelsea were beaten 2-1 by Fulham".
_RESULT_THEN_SIDE = re.compile(
    rf",?\s+(?:who\s+)?(?:have\s+|had\s+)?(?:drew|lost|won|were\s+beaten|were\s+held|fell)\s+(?P<score>{_SCORE})"
    r"\s+(?:(?:away|at\s+home)\s+)?(?P<prep>with|to|against|at|by|over)\s+")
# A result's noun and the side it names after: "a 2-1 win over Fulham", "their 3-0 defeat by Leeds".
_RESULT_NOUN_BEFORE = re.compile(
    rf"\b(?:a|an|the|their|its|his|her)\s+(?P<score>{_SCORE})\s+(?:(?:home|away|league|cup)\s+)?"
    r"(?:win|victory|defeat|loss|draw|triumph|thrashing)\s+(?P<prep>over|against|to|at|with|by|for)\s+$")
# A side's possessive before its result: "Wolves' 2-0 defeat", "Arsenal's 3-1 win".
_RESULT_NOUN_AFTER = re.compile(
    rf"(?:'s|’s|'|’)\s+(?P<score>{_SCORE})\s+(?:(?:home|away|league|cup)\s+)?"
    r"(?:win|victory|defeat|loss|draw|triumph|thrashing)\b")


def _name_slots(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int, Mention | None]]:
    """The names of the text in order: its mentions of names, and the runs of capitalised words no mention covers
    (with None: "Arsenal", which the model missed in "Arsenal lost 3-0 to Brentford")."""
    slots: list[tuple[int, int, Mention | None]] = [(m.start, m.end, m) for m in mentions if m.label in NAME_LABELS]
    covered = {i for m in mentions for i in range(m.start, m.end)}
    i = 0
    while i < len(doc):
        token = doc[i]
        if i in covered or token.is_stop or not (token.is_title and token.is_alpha):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < 4 and end not in covered and (
                (doc[end].is_title and doc[end].is_alpha) or (doc[end].text == "&" and end + 1 < len(doc))):
            end += 1
        slots.append((i, end, None))
        i = end
    return sorted(slots, key=lambda slot: slot[0])


def _result_sides(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int, Mention | None, str]]:
    """The sides of the match results the text reports, with their scores: "Liverpool beat Tottenham 4-2", "Arsenal
    lost 3-0 to Brentford", "a 2-1 win over Fulham", "Wolves' 2-0 defeat"; not a match of sets ("Sinner beat Alcaraz
    6-4 6-3"), nor a side after "at" that is not known to be a club or town ("won 2-1 at Anfield", its ground)."""
    text, sides = text_of(doc), []
    slots = _name_slots(doc, mentions)
    ends = [doc[start:end].end_char for start, end, _ in slots]
    for k, (start, end, m) in enumerate(slots):
        span = doc[start:end]
        if (after := _RESULT_NOUN_AFTER.match(text, span.end_char)) and not _SETS_AFTER.match(text, after.end("score")):
            sides.append((start, end, m, after["score"]))
        before = _RESULT_NOUN_BEFORE.search(text, max(0, span.start_char - 40), span.start_char)
        if before and not _SETS_AFTER.match(text, before.end("score")) \
                and (before["prep"] != "at" or _is_club_or_town(m, span.text)):
            sides.append((start, end, m, before["score"]))
        if k + 1 == len(slots):
            continue
        other_start, other_end, other = slots[k + 1]
        other_span = doc[other_start:other_end]
        between = (ends[k], other_span.start_char)
        score = _SCORE_AFTER.match(text, other_span.end_char) if _RESULT_VERB.fullmatch(text, *between) else None
        if score and not _SETS_AFTER.match(text, score.end()):
            sides += [(start, end, m, score.group().strip()), (other_start, other_end, other, score.group().strip())]
        result = _RESULT_THEN_SIDE.fullmatch(text, *between)
        if result and not _SETS_AFTER.match(text, result.end("score")):
            sides.append((start, end, m, result["score"]))
            if result["prep"] != "at" or _is_club_or_town(other, other_span.text):
                sides.append((other_start, other_end, other, result["score"]))
    return sides


def _is_club_or_town(m: Mention | None, written: str) -> bool:
    """A side after "at" that is a team's, not its ground's: a club's ("at Aston Villa") or a town's ("at Leeds")."""
    key = tuple(written.casefold().split())
    return m is not None and (m.label == "ORG" or _in_gazetteer(written.casefold())
                              or _gazetteer_label(key, m.label) == "ORG")


def _surnames(doc: Doc, mentions: list[Mention]) -> set[str]:
    """The last words of the people the text names in two words or more."""
    return {_token_key(doc[m.end - 1]) for m in mentions if m.label == "PERSON" and m.end - m.start > 1}


def _is_person_side(doc: Doc, mentions: list[Mention], start: int, end: int, m: Mention | None, score: str) -> bool:
    """A side of a result that names a player, not a team: a given name and a surname ("Jannik Sinner beat ..."), the
    surname of someone the text names in full, or, where the score may be a vote's ("Trump beat Harris 312-226"), a
    name the model calls a person's or missed."""
    words = [t.text for t in doc[start:end]]
    if (len(words) > 1 and is_given_name(words[0])) or _token_key(doc[end - 1]) in _surnames(doc, mentions):
        return True
    # A count of three digits is a vote's as much as a game's: a name the model missed there may be anyone's.
    vote = any(len(number) > 2 for number in re.findall(r"\d+", score))
    person = m is not None and m.label == "PERSON"
    return (person and len(words) > 1) or (vote and (person or m is None))


def _teams_in_results_missed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Sides of match results that the model left out, as teams: "Arsenal" of "Manchester City beat Arsenal 2-1" (not a
    player's name, nor a country, a state, a region or a people, which keep the model's reading)."""
    added, seen = [], set()
    for start, end, m, score in _result_sides(doc, mentions):
        key = tuple(_token_key(t) for t in doc[start:end])
        if m is None and start not in seen and not _is_person_side(doc, mentions, start, end, m, score) \
                and not _is_country_or_state(key) and _gazetteer_label(key, "ORG") is None:
            seen.add(start)
            added.append(Mention(start, end, "ORG", 1.0, "result"))
    return added


# Labels the model gives a club that a result overrules ("Leeds won 3-1" a product; not a people's: "Democrats won
# 51-49").
_SIDE_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART"})


def _clubs_in_results(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the sides of match results that the model called places or people, clubs named after their towns:
    "Liverpool beat Tottenham Hotspur 4-2", "Liverpool, who drew 1-1 at Aston Villa", "Arsenal lost 3-0 to Brentford"
    (a person to the model); not a player ("Sinner beat Fritz 6-3" after "Jannik Sinner"), nor a country's or a
    state's side, which is the place elsewhere in the text too ("Kansas beat Kentucky 77-68 ... voters in Kansas"), as
    OntoNotes has it."""
    return {m.key for start, end, m, score in _result_sides(doc, mentions)
            if m is not None and m.label in _SIDE_LABELS and not _is_country_or_state(m.key)
            and not _is_person_side(doc, mentions, start, end, m, score)}


# Posts in a team, written between its name and the name of who holds them: "Arsenal boss Mikel Arteta", "Villa
# keeper Emiliano Martinez"; a word before the post may qualify it ("head coach", "team boss").
_TEAM_POSTS = frozenset({"boss", "manager", "coach", "striker", "midfielder", "defender", "goalkeeper", "keeper",
                         "captain", "skipper", "winger", "forward", "full-back", "centre-back", "quarterback",
                         "pitcher", "goalie", "goaltender"})
# Those that only sport has ("Public defender", "Mob boss" are no team's).
_SPORT_POSTS = frozenset({"striker", "midfielder", "goalkeeper", "winger", "full-back", "centre-back", "quarterback",
                          "pitcher", "goalie", "goaltender"})
# A game's score anywhere in the text (not part of a date's "2005-12-19", "Dec - 19 - 05").
_MATCH_SCORE = re.compile(r"(?<![\d/–-])(?<![\d/–-]\s)\d{1,3}\s?[-–]\s?\d{1,3}(?!\s?[\d/–-])")
_POST_QUALIFIERS = frozenset({"head", "assistant", "caretaker", "interim", "team", "former", "new"})


def _teams_before_their_people(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int, Mention | None]]:
    """Names written before a team's post and the person who holds it, with their mention (None where the model
    missed the name): "Arsenal boss Mikel Arteta", "Liverpool head coach Arne Slot"; not a person's name ("Jannik
    Sinner coach Darren Cahill") nor a country's or a state's, whose side is the place ("England manager Gareth
    Southgate")."""
    person_starts = {m.start for m in mentions if m.label == "PERSON"}
    surnames = _surnames(doc, mentions)
    found = []
    for start, end, m in _name_slots(doc, mentions):
        post = end + (end < len(doc) and doc[end].lower_ in _POST_QUALIFIERS)
        if post >= len(doc) or not doc[post].is_lower or doc[post].lower_ not in _TEAM_POSTS \
                or not (post + 1 in person_starts or _opens_a_full_name(doc, post + 1)):
            continue
        key = tuple(_token_key(t) for t in doc[start:end])
        person = m is not None and m.label == "PERSON" or end - start > 1  # "Chelsea boss" is the club's
        if (m is None or m.label in _FIRM_LABELS) and not (person and is_given_name(doc[start].text)) \
                and key[-1] not in surnames \
                and not _is_country_or_state(key) and _gazetteer_label(key, "ORG") is None:
            found.append((start, end, m))
    return found


def _opens_a_full_name(doc: Doc, i: int) -> bool:
    """A given name and a capitalised word start at token `i`: a person's name the model may have missed."""
    return i + 1 < len(doc) and is_given_name(doc[i].text) and doc[i + 1].is_title and doc[i + 1].is_alpha


def _teams_missed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Teams the model left out, named in a match's result or before a post in the team: "Manchester City beat Arsenal
    2-1", "Arsenal boss Mikel Arteta"."""
    added = {m.start: m for m in _teams_in_results_missed(doc, mentions)}
    match = bool(added) or _MATCH_SCORE.search(text_of(doc)) is not None
    for start, end, m in _teams_before_their_people(doc, mentions):
        post = doc[end + (doc[end].lower_ in _POST_QUALIFIERS)].lower_
        # A name the model missed before a post is a team's only in a text of sport: "Mob boss Vincent Gigante" is
        # none; nor is the end of a longer name ("Hall of Fame coach Jack Ramsay").
        glued = start > 1 and doc[start - 1].lower_ in _NAME_GLUE and doc[start - 2].is_title
        if m is None and start not in added and (match or post in _SPORT_POSTS) and not glued:
            added[start] = Mention(start, end, "ORG", 1.0, "team")
    return sorted((m for m in added.values() if not _ends_a_missed_name(doc, mentions, m)), key=lambda m: m.start)


def _ends_a_missed_name(doc: Doc, mentions: list[Mention], m: Mention) -> bool:
    """The name is written elsewhere after a capitalised word no mention holds: the end of a longer name the model
    missed ("Bills" of "the Buffalo Bills"), its short form, which the gazetteer and the search for repeats find."""
    covered = {i for other in mentions for i in range(other.start, other.end)}
    words = [t.text for t in doc[m.start:m.end]]
    n = len(words)
    return any([t.text for t in doc[i:i + n]] == words and i - 1 not in covered and doc[i - 1].is_title
               and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start for i in range(1, len(doc) - n + 1))


def _named_teams(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the names that the text makes teams: sides of results (`_clubs_in_results`) and names before a post in
    the team ("Liverpool manager Arne Slot")."""
    return _clubs_in_results(doc, mentions) | {m.key for _, _, m in _teams_before_their_people(doc, mentions)
                                               if m is not None}


def _plural_people(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's people that are the subject of a plural verb right after them: teams, bands, firms
    ("Aston Villa were beaten"); not the last of several people ("Biden and Harris were", "Clinton and Republican
    Donald Trump are"), a family ("the Obamas are"), the object of a preposition ("images of bin Laden are") nor a
    wish ("if Trump were a woman")."""
    found = set()
    for m in mentions:
        if m.label != "PERSON" or m.end >= len(doc) or doc[m.end].text not in _PLURAL_VERBS:
            continue
        head, verb = doc[m.end - 1], doc[m.end]
        subject = head.dep_ in ("nsubj", "nsubjpass") and head.head in (verb, verb.head)
        before = doc[m.start - 1] if m.start > 0 else None
        joined = before is not None and before.lower_ in ("and", "&", ",", "or", "nor") \
            or any(t.lower_ in ("and", "&") for t in doc[m.start:m.end])
        family = before is not None and before.lower_ == "the" and head.lower_.endswith("s")
        if subject and not (joined or family or _asks_or_wishes(doc, m)):
            found.add(m.key)
    return found


def _asks_or_wishes(doc: Doc, m: Mention) -> bool:
    """The name's verb is a question's or a wish's, where a person takes "have" or "were" too: "Does Trump have a
    plan?", "let Trump have his way", "If only Biden were younger"."""
    sentence = doc[m.start].sent
    before = doc[m.start - 1] if m.start > sentence.start else None
    return "?" in sentence.text or (before is not None and before.pos_ in ("VERB", "AUX")) \
        or any(t.lower_ in ("if", "wish", "though") for t in doc[max(sentence.start, m.start - 3):m.start])


def _platforms(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of social media platforms, whatever the model called them ("a post on Twitter" was a person): those named
    as words always, X and Threads only after "on" or "via" ("posted on X")."""
    found = set()
    for m in mentions:
        name = " ".join(m.key)
        after_on = m.start > 0 and doc[m.start - 1].lower_ in ("on", "via")
        if m.label in _FIRM_LABELS and (name in PLATFORMS or (name in PLATFORMS_AFTER_ON and after_on)):
            found.add(m.key)
    return found


def _credit_agencies(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the picture agencies that credits name, whatever the model called them: "Getty" of "Photograph: Omar
    Havana/Getty" (the photographer stays a person)."""
    spans = credit_agency_spans(text_of(doc))
    if not spans:
        return set()
    found = set()
    for m in mentions:
        span = doc[m.start:m.end]
        if any(start <= span.start_char and span.end_char <= end for start, end in spans):
            found.add(m.key)
    return found


def _churches(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names ending in "Church" that the text writes after "the": a body ("the Roman Catholic Church said", a
    person to the model, whose "Roman" is a given name), not a person named Church ("Thomas Haden Church")."""
    return {m.key for m in mentions if len(m.key) > 1 and m.key[-1] == "church" and m.start > 0
            and doc[m.start - 1].lower_ == "the"}
