"""Who is a company, a product or a club, from what the text says around a name: legal forms, shares, a
firm's noun, a match result."""
from __future__ import annotations

import itertools
import re
from collections.abc import Set

from spacy.tokens import Doc, Token

from services.nlp.doctext import char_bounds, lowers_of, span_of, text_of, tokens_of, words_of
from services.nlp.entities.capitals import _starts_sentence
from services.nlp.entities.gazetteer import _in_gazetteer, _is_country_or_state, _is_known_organisation
from services.nlp.entities.headlines import title_case_lines
from services.nlp.entities.mentions import Mention, _key, _token_key
from services.nlp.entity_rules import (
    AI_MODEL_FAMILIES,
    AI_MODEL_TIERS,
    ALL_TITLES,
    CORPORATE_SUFFIXES,
    FIRM_ONLY_NOUNS,
    HONORIFICS,
    JOB_NOUNS,
    NAME_LABELS,
    PLATFORMS,
    PLATFORMS_AFTER_ON,
    POSSESSIVES,
    WEEKDAYS,
)
from services.nlp.furniture import credit_agency_spans, dateline_spans
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
    words = words_of(doc)
    # A one-word name counts where any writing of it has the post after it: the model may name the firm only where
    # none follows ("Eskom said it would ... Eskom chief executive Dan Marokane").
    words_before_posts = {words[i - 1] for i in range(1, len(doc))
                          if words[i].lower() in _POSTS_AFTER_FIRMS and _post_and_person_at(doc, i, person_starts)}
    found = set()
    for m in mentions:
        if m.label not in _FIRM_LABELS or is_given_name(doc[m.start].text) or _in_gazetteer(" ".join(m.key)) \
                or m.key in surnames:
            continue  # nor a person's surname ("Benjamin Netanyahu ... Netanyahu chief of staff")
        if _post_and_person_at(doc, m.end, person_starts) \
                or (m.end - m.start == 1 and words[m.start] in words_before_posts):
            found.add(m.key)
    return found


def _post_and_person_at(doc: Doc, end: int, person_starts: set[int]) -> bool:
    """A post ("chief executive", "CEO") opens at `end` and a person's name follows it."""
    if end >= len(doc) or doc[end].lower_ not in _POSTS_AFTER_FIRMS:
        return False
    after = end + 1
    while after < end + 3 and after < len(doc) and doc[after].lower_ in ("executive", "officer", "financial"):
        after += 1  # "chief executive", "chief financial officer"
    return after in person_starts


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


# A football club's letters after its name: "Wrexham AFC"; "AFC" is a football conference's or confederation's too
# ("Lamar Jackson AFC Offensive Player of the Week", "Qatar AFC Asian Cup champions").
_CLUB_FORMS = frozenset({"FC", "F.C.", "AFC", "A.F.C."})
# A company's legal form as written after its name, case and all (not "co", "company", "sa": words of their own; nor
# "AG" and "NV": "Texas AG Ken Paxton", "Henderson NV"), and a football club's ("Wrexham AFC" was a person).
_WRITTEN_LEGAL_FORMS = frozenset({"Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "plc", "Plc", "PLC", "LLC", "GmbH",
                                  "SpA", "S.p.A.", "N.V."}) | _CLUB_FORMS
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
        if 0 < token.i - start <= 3 and not (start > 0 and doc[start - 1].lower_ in _NAME_GLUE) \
                and not (word in _CLUB_FORMS and _is_no_clubs_name(doc, start, token.i)):
            found.add(tuple(_token_key(t) for t in doc[start:token.i]))
    return found



def _is_no_clubs_name(doc: Doc, start: int, end: int) -> bool:
    """The words before a club's letters name a person (a given name first: "Josh Allen AFC rivals") or a country
    ("Qatar AFC"), no club."""
    return is_given_name(doc[start].text) or _is_country_or_state(tuple(t.lower_ for t in doc[start:end]))


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

# A firm's own shares moving: "Lockheed's shares rose" (not "were sold": a person holds shares too).
_OWN_SHARES_MOVED = re.compile(
    r"(?:'s|’s)\s+(?:shares|stock)\s+(?:rose|fell|jumped|dropped|climbed|slid|gained|tumbled|surged|slumped|sank|"
    r"soared|plunged|rallied|edged|dipped|closed)\b")
# What a listed company has: "Nvidia's market value" (a place to the model).
_VALUED = re.compile(r"(?:'s|’s)\s+(?:market\s+(?:valuation|capitali[sz]ation|cap)|(?:share|stock)\s+price)\b")
# A player has a market value too: it makes a firm only of a name the model took for no person's, opening with no
# given name.
_MARKET_VALUE = re.compile(r"(?:'s|’s)\s+market\s+value\b")


def _traded_firms_missed(doc: Doc, mentions: list[Mention], ordinary: frozenset[str]) -> list[Mention]:
    """Companies the model left out, of one to three capitalised words, that the text trades shares of: "Salesforce
    shares fell", "Shares of Sage Therapeutics fell" (not "Bank shares fell" opening a sentence, "The shares", a
    place the gazetteer knows, "Class A shares", nor a legal form alone: "Airbus SE shares")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    text = text_of(doc)
    added = []
    tokens = tokens_of(doc)
    for i, word in enumerate(lowers_of(doc)):  # the word off the list: a Token's is a string built at each read
        if word not in ("shares", "stock") or i == 0:
            continue
        token = tokens[i]
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
                or (len(words) == 1 and _starts_sentence(doc, start) and words[0].lower_ in ordinary) \
                or all(t.lower_ in CORPORATE_SUFFIXES for t in words):
            continue  # nor the legal form alone after the firm's name the model found: "SE" of "Airbus SE shares"
        added.append(Mention(start, end, "ORG", 1.0, "traded"))
    return added


# What a surname glues before its capital ("DeSantis", "McCarthy", "MacKenzie", "LeBron"): no firm's camel case.
_SURNAME_PREFIXES = frozenset({"mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "fitz", "st"})


def _is_camel_cased(token: Token) -> bool:
    """One word with a capital inside it after lower-case letters, as firms write their names ("BioNTech",
    "GlaxoSmithKline", "PayPal"); not a surname's ("DeSantis", "McCarthy"), nor all capitals."""
    text = token.text
    if not (token.is_alpha and text[:1].isupper() and not token.is_upper and len(text) > 3):
        return False
    inner = next((j for j in range(1, len(text)) if text[j].isupper()), None)
    return inner is not None and text[:inner].lower() not in _SURNAME_PREFIXES


def _known_firms_missed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Capitalised words outside the model's mentions that are known organisations' whole names, as firms beside which
    other names are read: the propagation finds them only later ("Telus" of "ordered Rogers, Bell and Telus",
    "Vodafone" of "Vodafone and Three completed their merger")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(t.i, t.i + 1, "ORG", 1.0, "known") for t in tokens_of(doc)
            if t.i not in covered and t.is_title and t.is_alpha and _is_known_organisation((_token_key(t),))]


def _firms_beside_firms(doc: Doc, mentions: list[Mention], ordinary: Set[str]) -> list[Mention]:
    """A word named with "and" beside a firm or body is one too where the model missed it or took it for a person: a
    camel-cased word ("BioNTech" of "Pfizer and BioNTech", "GlaxoSmithKline" of "AstraZeneca and GlaxoSmithKline"),
    or a dictionary's word that is no given name nor a person's word elsewhere beside a body the gazetteer knows
    ("Uplift" of "Greenpeace and Uplift"; not "Cook" of "Tim Cook ... Apple and Cook", nor "Bowman" of "Bowman and
    Waller dissent", with "Waller" the model's organisation). Not beside any name of more words: a surname that is
    a dictionary's word stands there too ("The European Commission and Brown signed", "Goldman Sachs and Rice").
    A number word the parser joins to a known firm as a name is one too ("Vodafone and Three", `_is_named_number`)."""
    missed = _known_firms_missed(doc, mentions)  # "Vodafone" of "Vodafone and Three", found later by the propagation
    known = {m.start for m in mentions if _is_known_organisation(_key(doc, m))} | {m.start for m in missed}
    firms = [m for m in mentions if m.label == "ORG" or m.start in known] + missed
    by_start = {m.start: m for m in mentions}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    persons_words = {doc[i].text for m in mentions if m.label == "PERSON" and m.end - m.start > 1
                     for i in range(m.start, m.end)}
    found: dict[int, Mention] = {}
    for firm in firms:
        for i, joint in ((firm.end + 1, firm.end), (firm.start - 2, firm.start - 1)):
            if not (0 <= i < len(doc) and doc[joint].lower_ in ("and", "&")):
                continue
            other = by_start.get(i)
            person = other is not None and other.end == i + 1 and other.label == "PERSON"
            word = doc[i]
            if _is_camel_cased(word) and (i not in covered or person):
                found[i] = Mention(i, i + 1, "ORG", other.weight if other else 1.0, other.source if other else "beside")
            elif person and firm.start in known \
                    and word.is_title and word.is_alpha and word.lower_ in ordinary \
                    and not is_given_name(word.text) and word.text not in persons_words:
                found[i] = Mention(i, i + 1, "ORG", other.weight, other.source)
            elif other is not None and other.end == i + 1 and other.label == "CARDINAL" and firm.start in known \
                    and _is_named_number(doc, i, firm):
                found[i] = Mention(i, i + 1, "ORG", other.weight, other.source)
    if not found:
        return mentions
    return [m for m in mentions if m.start not in found or m.end != m.start + 1] + list(found.values())


def _is_named_number(doc: Doc, i: int, firm: Mention) -> bool:
    """A number word capitalised inside its sentence that the parser joins to the firm's name as a proper noun, a
    firm's name: "Three" of "Vodafone and Three completed their merger" (not "Three more were lost")."""
    word = doc[i]
    return word.is_title and word.is_alpha and word.pos_ == "PROPN" and word.dep_ == "conj" \
        and firm.start <= word.head.i < firm.end and not _starts_sentence(doc, i)


# Labels the model gives a firm's name in a list of firms: "BAE Systems, Airbus and Leonardo" (a person), "British
# Airways, Iberia and Aer Lingus" (a place), "Twizel and Fairlie police" (a people).
_LISTED_FIRM_MISREADS = frozenset({"PERSON", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "WORK_OF_ART"})


def _firms_listed_with_firms(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names in a list of three or more ("A, B and C") whose other items are mostly organisations, at least
    two of them: "BAE Systems, Airbus and Leonardo", "British Airways, Iberia and Aer Lingus"; not a place the
    gazetteer knows ("Airbus, Boeing and France"), a word of a person's longer name in the text, nor a name of more
    words opening with a given name ("Apple, Google and Tim Cook"), nor a maker's brands ("the maker of Budweiser,
    Stella Artois and Corona")."""
    names = sorted([*(m for m in mentions if m.label in NAME_LABELS), *_known_firms_missed(doc, mentions)],
                   key=lambda m: m.start)
    persons_words = {word for m in mentions if m.label == "PERSON" and m.end - m.start > 1 for word in m.key}
    lowers = lowers_of(doc)
    found: set[tuple[str, ...]] = set()
    chain: list[Mention] = []
    for m in [*names, None]:
        joint = lowers[chain[-1].end:m.start] if chain and m is not None else None
        if joint in ([","], ["and"], ["&"], [",", "and"]) and not (chain and chain[-1].key == m.key):
            chain.append(m)
            continue
        if len(chain) > 2 and lowers[chain[-2].end:chain[-1].start][-1] in ("and", "&") \
                and not _made_by_a_maker(doc[chain[0].end - 1]):  # brands: "the maker of Budweiser, ... and Corona"
            found |= _misread_firms_of_list(doc, chain, persons_words)
        chain = [m] if m is not None else []
    return found


def _misread_firms_of_list(doc: Doc, chain: list[Mention], persons_words: Set[str]) -> set[tuple[str, ...]]:
    """The items of a list of names to take for firms where organisations are at least two and most of its items; not
    a people's word in the plural, a people or a party's members ("backed by Meta, Google and Democrats")."""
    firms = [m for m in chain if m.label == "ORG" or _is_known_organisation(m.key)]
    if len(firms) < 2 or 2 * len(firms) <= len(chain):
        return set()
    return {m.key for m in chain if m.label in _LISTED_FIRM_MISREADS and not _is_known_organisation(m.key)
            and not _in_gazetteer(" ".join(m.key)) and not persons_words & set(m.key)
            and not (len(m.key) > 1 and is_given_name(m.key[0].title()))
            and not (m.label == "NORP" and doc[m.end - 1].tag_ in ("NNPS", "NNS"))}


def _is_firm_word(token: Token) -> bool:
    return (token.is_title or token.is_upper) and (token.is_alpha or token.text == "&")


def _traded_names(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names that the text trades shares of or values: companies, whatever the model called them elsewhere
    ("Novo Nordisk" a person, "Shares of Nvidia rose", "Nvidia's market value" a place); not a place the gazetteer
    knows ("shares in Europe fell"), nor a person's or given name's own shares ("Musk's shares fell")."""
    text = text_of(doc)
    found = set()
    for m in mentions:
        if m.label not in _FIRM_LABELS or (m.label != "PERSON" and _in_gazetteer(" ".join(m.key))):
            continue
        span = span_of(doc, m.start, m.end)
        owned = text.startswith(("'s", "’s", "' ", "’ "), span.end_char)  # "shares of Elon Musk's SpaceX", "Bezos' "
        valued = (_MARKET_VALUE.match(text, span.end_char)
                  or (m.label == "ORG" and _OWN_SHARES_MOVED.match(text, span.end_char))) \
            and m.label != "PERSON" and not is_given_name(span[0].text)  # "Hong Kong's shares rose": the market's
        if (_SHARES_OF.search(text, max(0, span.start_char - 20), span.start_char) and not owned) \
                or _SHARES_MOVED.match(text, span.end_char) or _VALUED.match(text, span.end_char) or valued:
            found.add(m.key)
    return found


# Lower-case nouns right before a name that make it a firm's: "mining company Vale", "rival agency Fitch".
_FIRM_NOUNS = frozenset({
    "company", "firm", "bank", "lender", "insurer", "airline", "automaker", "carmaker", "chipmaker", "drugmaker",
    "retailer", "manufacturer", "maker", "miner", "startup", "conglomerate", "agency", "broker", "brokerage",
    "supermarket", "supermarkets", "grocer", "giant", "operator", "supplier", "developer", "publisher", "broadcaster",
    "streamer", "outlet", "chain", "fund", "consultancy", "regulator", "watchdog",
    # farmers' co-operatives and trade unions: "dairy co-operative Fonterra", "the train drivers' union Aslef"
    "co-operative", "cooperative", "co-op", "union"})
_FIRM_VERBS = frozenset({"fund", "bank", "broker", "chain", "supply", "operate", "develop", "publish"})
# Those of them that name no person's job (entity_rules.FIRM_ONLY_NOUNS).
_FIRM_ONLY_NOUNS = FIRM_ONLY_NOUNS
# Either list, and "designer" ("chip designer Arm"): a lower-case noun before a firm's name that describes it ("IT
# services firm Capita").
FIRM_DESCRIBERS = _FIRM_NOUNS | _FIRM_ONLY_NOUNS | {"designer"}
# Lower-case nouns right before a name that make it a product's: "the weight-loss drug Wegovy", "vaccine Qdenga".
_PRODUCT_NOUNS = frozenset({"drug", "drugs", "vaccine", "medicine", "medication", "pill", "jab", "injection",
                            "antibody", "antiviral", "chatbot", "smartphone", "handset"})
# Lower-case nouns of consumer goods, food and drink right after a brand's name, which make it a product's: "Johnnie
# Walker whisky", "Hennessy cognac", "Doritos chips", "Oreo cookies", "Activia yoghurt" (not "wine": "Bordeaux wine").
_GOODS_NOUNS = frozenset({
    "whisky", "whiskey", "vodka", "gin", "rum", "cognac", "brandy", "tequila", "champagne", "lager", "stout", "cider",
    "soap", "shampoo", "toothpaste", "detergent", "nappies", "diapers", "razors", "yoghurt", "yoghurts", "yogurt",
    "yogurts", "cookies", "biscuits", "crisps", "chips", "cereal", "noodles", "ketchup", "oats"})
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


def _brands_before_their_noun(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's persons and places that are a brand's product: a person before a noun of goods ("Johnnie
    Walker whisky", "its Doritos chips", "Activia yoghurt"), or either made by a maker's noun and "of" ("the maker of
    Dettol and Durex", "the maker of ... Corona"); not the model's place before the noun, where the drink comes from
    ("Jalisco tequila"), nor a known place ("Jamaica rum" stays the place)."""
    return {m.key for m in mentions if m.label in ("PERSON", "GPE") and m.end < len(doc)
            and ((m.label == "PERSON" and _is_goods_noun(doc[m.end])) or _made_by_a_maker(doc[m.end - 1]))
            and not _in_gazetteer(" ".join(m.key))} | _owned_brands(doc, mentions)


def _owned_brands(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's persons, places and organisations before a noun of goods that a maker or "its" owns: "the
    maker of Oreo cookies" (a place), "its Hopper and Blackwell chips" (an organisation); not a known place."""
    found = set()
    for m in mentions:
        if m.label not in ("PERSON", "GPE", "ORG") or m.end >= len(doc) or _in_gazetteer(" ".join(m.key)) \
                or _is_known_organisation(m.key):  # a firm whose goods another uses: "Microsoft said its Nvidia chips"
            continue
        word = doc[m.end - 1]
        while word.dep_ == "conj" and word.head.i < word.i:  # "Hopper" of "its Hopper and Blackwell chips"
            word = word.head
        goods = word.head
        if word.dep_ in ("compound", "nmod") and goods.i >= m.end and _is_goods_noun(goods) \
                and all(t.dep_ in ("compound", "nmod", "conj", "cc") for t in doc[m.end:goods.i]) \
                and (_made_by_a_maker(goods) or any(t.dep_ == "poss" and t.lower_ in ("its", "their")
                                                    for t in (*goods.children, *word.children))):
            found.add(m.key)
    return found


def _is_goods_noun(word: Token) -> bool:
    """A noun of goods in lower case (`_GOODS_NOUNS`), not the sentence's verb the parser took for one ("Tom Smith
    chips in", "chips" the root)."""
    return word.lower_ in _GOODS_NOUNS and word.is_lower and word.pos_ == "NOUN" and word.dep_ != "ROOT"


# Nouns of a firm's own yearly show, after its name and "its": "its Unpacked event", "its Ignite conference".
_SHOW_NOUNS = frozenset({"event", "events", "conference", "keynote", "showcase"})
# The model's labels of such a show's name ("Unpacked" and "Glowtime" were places); not a body's or a building's, whose
# show it is ("its Labour event") or where it is held.
_SHOW_MISLABELS = frozenset({"GPE", "LOC", "PERSON", "PRODUCT", "WORK_OF_ART"})


def _firms_own_shows(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's names between "its" or "their" and a show's noun in lower case: a firm's own event ("Samsung
    showed the phone at its Unpacked event", a place to the model). Not a place the gazetteer knows ("its Paris
    event"), where the show is held."""
    found = {m.key for m in mentions if m.label in _SHOW_MISLABELS and m.start > 0 and m.end < len(doc)
             and doc[m.start - 1].lower_ in ("its", "their") and doc[m.end].lower_ in _SHOW_NOUNS
             and doc[m.end].is_lower and not _in_gazetteer(" ".join(m.key))}
    return found - _people_named_apart(doc, mentions, _SHOW_NOUNS)


def _people_named_apart(doc: Doc, mentions: list[Mention], nouns: frozenset[str]) -> set[tuple[str, ...]]:
    """Keys of the model's persons whose last word the text writes somewhere else, capitalised and before none of
    `nouns`: a person named on their own ("its Shakespeare event ... pupils read Shakespeare", "the Putin gang. Putin
    denied it"), whom a show or a gang is named after, no show's or gang's name."""
    tokens = tokens_of(doc)
    apart = {t.lower_ for t in tokens if t.is_title and not (t.i + 1 < len(doc) and tokens[t.i + 1].lower_ in nouns)}
    return {m.key for m in mentions if m.label == "PERSON" and m.key and m.key[-1] in apart}


# Nouns of whoever makes a brand, before "of" and its names: "the maker of Dettol and Durex".
_MAKER_NOUNS = frozenset({"maker", "makers", "producer", "producers", "brewer", "distiller"})


def _made_by_a_maker(word: Token) -> bool:
    """The name's last word is what a maker's noun makes, alone or in a list after "of": "the maker of Dettol and
    Durex", "the maker of Budweiser, Stella Artois and Corona"."""
    while word.dep_ == "conj" and word.head != word:
        word = word.head
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lower_ in _MAKER_NOUNS


# A model's version after its family's name: "3.7" of "Claude 3.7", "4" of "Llama 4", "2.5" of "Gemini 2.5".
_MODEL_VERSION = re.compile(r"\d{1,2}(?:\.\d{1,2})?")


def _versioned_models(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's persons, organisations and works that name an AI model by its family and version
    ("Claude" of "Claude 3.7 Sonnet", a person; "Gemini" of "Gemini 2.5 Pro", an organisation; "Llama 4 Scout", a
    work), and of the tier after the version ("Sonnet", a person): products. Not the family's word without a version
    ("Claude Puel", "Gemini" the star sign)."""
    found = set()
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        first = doc[m.start]
        if first.lower_ not in AI_MODEL_FAMILIES or not first.is_title or m.label not in _MODEL_MISLABELS:
            continue
        version = m.start + 1
        if version >= len(doc) or not _MODEL_VERSION.fullmatch(doc[version].text) or not first.whitespace_:
            continue
        found.add(m.key)
        tier = by_start.get(version + 1)
        if tier is not None and tier.end - tier.start == 1 and doc[tier.start].lower_ in AI_MODEL_TIERS \
                and tier.label in _MODEL_MISLABELS:
            found.add(tier.key)
    return found


# Labels the model gives an AI model's name by mistake: a person's, a firm's, a place's, a work's.
_MODEL_MISLABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART", "PRODUCT"})


def _names_the_noun(doc: Doc, m: Mention) -> bool:
    """The name before it and the noun are one phrase in the parse ("the drug Wegovy"), not a relative clause's subject
    after it ("the chatbot OpenAI released")."""
    noun, head = doc[m.start - 1], doc[m.end - 1]
    if any(child.dep_ in ("acl", "relcl") and child.i >= m.end for child in head.children):
        return False  # the parser's "chatbot OpenAI" with "released" a clause of the name
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and after.tag_ in ("VBD", "VBN") and after.lemma_ not in ("be", "have", "do") \
            and not (_has_an_owner(noun, head) and _has_an_object(after)):
        return False  # "the smartphone Samsung unveiled on Wednesday", "its chatbot OpenAI built", unattached
    return noun.head == head or head.head == noun or (noun.head == head.head and head.dep_ in ("appos", "compound"))


# Nouns of medicines among the product's nouns: a firm is seldom written after one as the medicine's maker.
_MEDICINE_NOUNS = frozenset({"drug", "drugs", "vaccine", "medicine", "medication", "pill", "jab", "injection",
                             "antibody", "antiviral"})


def _has_an_owner(noun: Token, head: Token) -> bool:
    """A medicine's noun phrase has its maker as possessive, so the name after the noun is no maker that made it:
    "AstraZeneca's lung cancer drug Tagrisso cut the risk", "its obesity drug CagriSema helped patients" (not a
    device's: "Its smartphone Apple launched in September sold well")."""
    return noun.lower_ in _MEDICINE_NOUNS and any(child.dep_ == "poss" for child in (*noun.children, *head.children))


# Verbs of a firm getting or making a medicine, whose object is the medicine: "Its pill Roche acquired from Carmot".
_MAKERS_VERBS = frozenset({"buy", "acquire", "license", "develop", "make", "discover", "invent", "create", "design",
                           "purchase", "obtain"})


def _has_an_object(verb: Token) -> bool:
    """The verb after the name takes an object or a complement of its own ("cut the risk", "succeeded in a trial"), so
    it is the product's verb, no clause about it with its object gone ("its chatbot OpenAI built last year"). A verb
    of getting or making needs its object: its place ("from Carmot") or time ("last year") is no object of its own
    ("Its pill Roche acquired from Carmot showed promise", "Their drug Merck bought last year failed")."""
    if verb.lemma_ in _MAKERS_VERBS:
        return any(child.dep_ == "dobj" for child in verb.children)
    return any(child.dep_ in ("dobj", "prep", "xcomp", "ccomp", "acomp") for child in verb.children)


# A firm's noun that ends an apposition after a name, up to three words before it: ", the Danish drugmaker,", ", the
# Gurugram-based food delivery company," ", the largest U.S. homebuilder by volume", ", the UK parcel company formerly
# known as Hermes" (not ", the company's founder", ", a fund manager", ", the head of the bank,", nor who said what was
# before: "approved by Jane Fraser, the bank said").
_FIRM_AFTER = re.compile(r",\s+(?:the|an?)\s+(?:(?!(?:of|the|an?|and|for|whose|who|whom|at|behind)\s)[\w.-]+\s+){0,3}"
                         rf"(?:{'|'.join(sorted(_FIRM_ONLY_NOUNS))})"
                         r"(?:\s*[,;:)]|\s+(?:that|which|based|with|by|formerly|owned|controlled|founded)\b)")


# A party's or a coalition's noun that an apposition after a name ends in, before "of" or a clause: "Morena, the party
# of Claudia Sheinbaum,", "Fuerza Patria, the Peronist coalition that" (not "Sheinbaum, the party's leader").
_PARTY_AFTER = re.compile(r",\s+the\s+(?:(?:ruling|governing|opposition|main|left-wing|right-wing|[A-Z][\w-]+)\s+){0,2}"
                          r"(?:party|coalition|alliance)\s+(?:of|that|which|led|founded)\b")


# A party named before its noun, after a possessive or after "the" and a party's adjective: "His Vetëvendosje party
# won", "Mr Kurti's Vetëvendosje party", "the ruling Samopomich party" (persons or places to the model); not after "the"
# alone ("Republicans have become the Trump party"), nor "a Gatsby party", "Harry's party".
_PARTY_ADJECTIVES = r"(?:ruling|governing|opposition|nationalist|populist|far-right|far-left|left-wing|right-wing|" \
                    r"centre-right|centre-left|pro-Russian|pro-European|pro-EU|pro-western|main|new|junior|senior)"
_PARTY_NAMED_BEFORE = re.compile(rf"(?:(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|['’]s)\s+"
                                 rf"(?:{_PARTY_ADJECTIVES}\s+){{0,2}}|\b[Tt]he\s+(?:{_PARTY_ADJECTIVES}\s+){{1,2}})$")
_PARTY_NOUN_AFTER = re.compile(r"\s+party\b")
# A party's adjective right before the name: what a place the model found needs to be a party's name ("the ruling
# Samopomich party"), where a possessive alone writes of a celebration held there ("Her Malibu party", "His Coachella
# party").
_PARTY_ADJECTIVE_BEFORE = re.compile(rf"\b{_PARTY_ADJECTIVES}\s+$")
_PARTY_NAME_LABELS = frozenset({"PERSON", "GPE", "LOC"})


# A political party's adjectives before a name the model missed: "The opposition Tisza party" (not "new", "main",
# "junior" or "senior", which "the new Christmas party" writes of a celebration).
_POLITICAL_PARTY_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:ruling|governing|opposition|nationalist|populist|far-right|far-left|left-wing|right-wing|centre-right|"
    r"centre-left|pro-Russian|pro-European|pro-EU|pro-western)\s+$")
# Most capitalised words of a party's name written before "party".
_PARTY_NAME_WORDS = 3
# "the" or an owner's "'s" right before a party's name: "Péter Magyar's Tisza party", "of the Fuerza Popular party".
_PARTY_NAME_OPENER_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s)\s+$")
# Words of elections and politics, one of which in the sentence tells a party from a celebration ("Kris Jenner's
# Malibu party", "the Gatsby party").
_ELECTION_WORDS = frozenset({"election", "elections", "poll", "polls", "vote", "votes", "voters", "runoff", "run-off",
                             "ballot", "seats", "parliament", "coalition", "opposition", "candidate", "elected"})


def _parties_missed_before_their_noun(doc: Doc, mentions: list[Mention], ordinary: Set[str]) -> list[Mention]:
    """Parties the model left out, one to three capitalised words after a party's political adjective and before
    "party": "The opposition Tisza party led in the polls" had no entity (not "the new Christmas party"); or after
    "the" or an owner's "'s" in a sentence of elections, a name opening with no dictionary word ("Péter Magyar's
    Tisza party leads in the polls", "of the Fuerza Popular party conceded defeat in the runoff"; not "Kris Jenner's
    Malibu party", "the Great Gatsby party", "Ed Miliband's Labour party" the model found)."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    text = text_of(doc)
    added = []
    tokens = tokens_of(doc)
    for i, word in enumerate(lowers_of(doc)):  # the word off the list: a Token's is a string built at each read
        if word != "party" or not tokens[i].is_lower:
            continue
        noun = tokens[i]
        start = noun.i
        while start > 0 and noun.i - start < _PARTY_NAME_WORDS and start - 1 not in covered \
                and doc[start - 1].is_title and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start:
            start -= 1
        if start < noun.i and (_POLITICAL_PARTY_ADJECTIVE_BEFORE.search(text, 0, doc[start].idx)
                               or _foreign_party_name_in_an_election(doc, start, noun.i, ordinary)):
            added.append(Mention(start, noun.i, "ORG", 1.0, "rule"))
    return added


def _foreign_party_name_in_an_election(doc: Doc, start: int, end: int, ordinary: Set[str]) -> bool:
    """doc[start:end], before "party", follows "the" or "'s", opens with no dictionary word, holds no given name or
    place, and its sentence has a word of elections: "Tisza" of "Péter Magyar's Tisza party leads in the polls"."""
    if not _PARTY_NAME_OPENER_BEFORE.search(text_of(doc), 0, doc[start].idx):
        return False
    words = doc[start:end]
    if words[0].lower_ in ordinary or any(is_given_name(t.text) or _in_gazetteer(t.lower_) for t in words) \
            or _in_gazetteer(words.text.casefold()):  # a foreign name's later words may be English: "Popular"
        return False
    return any(t.lower_ in _ELECTION_WORDS for t in doc[end].sent)


def _parties_named_before_their_noun(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's people or places written between an article or a possessive and "party": the party ("His
    Vetëvendosje party won 42%"); not a name opening with a given name, nor a surname the text gives a person ("Boris
    Johnson ... the Johnson party"), nor a place after a possessive alone ("Her Malibu party")."""
    text = text_of(doc)
    surnames = {m.key[-1] for m in mentions if m.label == "PERSON" and len(m.key) > 1}
    found = set()
    for m in mentions:
        if m.label not in _PARTY_NAME_LABELS or is_given_name(doc[m.start].text) or _in_gazetteer(" ".join(m.key)) \
                or (len(m.key) == 1 and m.key[0] in surnames):
            continue
        span = span_of(doc, m.start, m.end)
        if _PARTY_NOUN_AFTER.match(text, span.end_char) and _PARTY_NAMED_BEFORE.search(text, 0, span.start_char) \
                and (m.label == "PERSON" or _PARTY_ADJECTIVE_BEFORE.search(text, 0, span.start_char)):
            found.add(m.key)
    return found


# Nouns of a criminal group after its name: "the Conti gang" (a person to the model).
_GANG_NOUNS = frozenset({"gang", "gangs", "cartel", "syndicate"})
# The model's labels of such a group's name that no group is.
_GANG_NAME_LABELS = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT", "NORP"})


def _gangs_named_before_their_noun(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's persons (works, products, peoples) between "the" and a criminal group's noun in lower case:
    the group ("The Conti gang attacked the hospital"). Not a name opening with a given name, a known place or people
    ("the Albanian gangs"), nor a surname the text gives a person, whose family it may be ("Ronnie Kray ... the Kray
    gang"), nor a person the text names on their own too ("the Putin gang. Putin denied it")."""
    surnames = {m.key[-1] for m in mentions if m.label == "PERSON" and len(m.key) > 1}
    found = {m.key for m in mentions if m.label in _GANG_NAME_LABELS and m.start > 0 and m.end < len(doc)
             and doc[m.start - 1].lower_ == "the" and doc[m.end].lower_ in _GANG_NOUNS and doc[m.end].is_lower
             and not is_given_name(doc[m.start].text) and not _in_gazetteer(" ".join(m.key))
             and not (len(m.key) == 1 and m.key[0] in surnames)}
    return found - _people_named_apart(doc, mentions, _GANG_NOUNS)


# Last words of firms' names that name nothing alone, which the model keeps apart from the word before: "Premier Inn"
# and "Holiday Inn" were the person "Inn" ("Premier" read as a title).
_HEADS_NAMING_NOTHING_ALONE = frozenset({"inn", "inns"})


# Officers' short titles in capitals, written before a firm's name but no part of it: "CEO", "CFO".
_OFFICERS_IN_CAPITALS = frozenset({"ceo", "cfo", "coo", "cto", "cio", "cmo", "md", "vp", "evp", "svp"})


def firms_cut_after_their_capitals(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A firm the model cut after the word in capitals that opens it, its name in capitalised words ending in a
    legal form: "COSCO Shipping Holdings Co." was "Shipping Holdings Co."; not a word in any mention ("US"), an
    officer's title ("CEO"), nor a name in capitals all through (a headline's)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        before = doc[m.start - 1] if m.start > 0 else None
        if m.label == "ORG" and m.end - m.start >= 2 and doc[m.end - 1].lower_ in CORPORATE_SUFFIXES \
                and before is not None and before.i not in taken and before.is_upper and before.is_alpha \
                and 2 <= len(before) <= 6 and before.lower_ not in _OFFICERS_IN_CAPITALS and not before.is_stop \
                and not doc[m.start].is_upper and all(t.is_title or t.is_punct for t in doc[m.start:m.end - 1]):
            m = Mention(m.start - 1, m.end, m.label, m.weight, m.source)
        out.append(m)
    return out


def firms_cut_before_their_heads(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A one-word person that is a firm's last word ("Inn") with a capitalised word right before it outside any name:
    the firm, both words ("Whitbread, the owner of Premier Inn," gave the person "Inn"; not "the Inn", "an Inn")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        before = doc[m.start - 1] if m.start > 0 else None
        if m.label == "PERSON" and m.end - m.start == 1 and doc[m.start].lower_ in _HEADS_NAMING_NOTHING_ALONE \
                and before is not None and before.i not in taken and before.is_alpha and before.is_title \
                and not before.is_stop:
            m = Mention(m.start - 1, m.end, "ORG", m.weight, "rule")
        out.append(m)
    return out


# Labels of the word a reinsurer's "Re" follows that the model keeps without it: "Swiss Re" was the people "Swiss",
# "Korean Re" likewise (a person's name before "Re" is the Italian surname's: "Giovanni Battista Re").
_REINSURER_PLACE_LABELS = frozenset({"NORP", "GPE", "LOC"})
# What follows a "Re" that is no reinsurer's: a subject line's colon, a hyphen of a verb cut by the tokeniser ("The
# Swiss Re-entered the market").
_NOT_AFTER_RE = frozenset({":", "-", "–", "—"})


def reinsurers_cut_before_re(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A people's or place's name right before a free "Re" (capital R, no colon after it) is a reinsurer's name with
    it: "Swiss Re said its profit rose" gave NORP "Swiss" alone; not "Re: the minutes", a subject line's, nor
    "Re-entered"."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        after = m.end
        if m.label in _REINSURER_PLACE_LABELS and after < len(doc) and after not in taken and doc[after].text == "Re" \
                and not (after + 1 < len(doc) and doc[after + 1].text in _NOT_AFTER_RE) \
                and all(t.is_title for t in doc[m.start:m.end]):
            m = Mention(m.start, after + 1, "ORG", m.weight, "rule")
        out.append(m)
    return out


# Plural nouns of news outlets written after the names of those they sum up: "the Batumelebi and Netgazeti news
# outlets" (persons to the model).
_OUTLET_NOUNS = frozenset({"outlets", "newspapers", "websites", "broadcasters", "channels"})


def _outlets_named_before_their_noun(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's persons listed right before a plural noun of news outlets, "news" between or not: "the
    Batumelebi and Netgazeti news outlets" (not a known place, "the Georgian and Russian channels", nor a given name;
    nor the model's place, region or people, which is the outlets' language or region: "the Hindi news channels",
    "the Gulf newspapers", "the Kardashian websites")."""
    found: set[tuple[str, ...]] = set()
    listed: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if listed and (m.start - listed[-1].end != 1 or doc[listed[-1].end].lower_ not in (",", "and")):
            listed = []
        listed.append(m)
        end = m.end + 1 if m.end < len(doc) and doc[m.end].lower_ == "news" else m.end
        if end < len(doc) and doc[end].is_lower and doc[end].lower_ in _OUTLET_NOUNS:
            found |= {n.key for n in listed if n.label == "PERSON" and not _in_gazetteer(" ".join(n.key))
                      and not is_given_name(doc[n.start].text)}
            listed = []
    return found


def _described_firms(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's people, places or peoples that the words around them call a firm: "mining company Vale",
    "an analyst at Jefferies", "chief executive of Ofgem", "Novo Nordisk, the Danish drugmaker" (not a person with a
    given name, "the bank Jane Fraser runs", nor a known place, "an economist at Oxford", "world monuments fund
    britain")."""
    found, text = set(), text_of(doc)
    for m in mentions:
        if m.label not in _FIRM_LABELS or _in_gazetteer(" ".join(m.key)):
            continue
        after = char_bounds(doc, m.start, m.end)[1]
        if (_FIRM_AFTER.match(text, after) or _PARTY_AFTER.match(text, after)) \
                and not _after_a_fronted_preposition(doc, m.start, m.end):
            found.add(m.key)  # whatever its first word: "Novo Nordisk, the ..."
            continue
        if m.start < 2:
            continue
        if _names_the_firm_before(doc, m):
            found.add(m.key)  # whatever its first word: "Her firm, Tanabe Sekkei," is named after her
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


def _names_the_firm_before(doc: Doc, m: Mention) -> bool:
    """The name is an apposition, closed by a comma, to a firm's noun and comma right before it: "Her firm, Tanabe
    Sekkei, said", "The company, Halvorsen Industries, said" (not "At her firm, Smith was liked", no apposition to the
    parser, nor "the firm, Smith said."); not a list's next item ("the firm, Peter Thiel, and two investors"), nor a
    name opening with a given name ("The company, Elon Musk, and Tesla's board"), which the parser reads as one as
    readily."""
    noun, head = doc[m.start - 2], doc[m.end - 1]
    listed = m.end + 1 < len(doc) and doc[m.end + 1].lower_ in ("and", "or")
    return doc[m.start - 1].text == "," and noun.is_lower and noun.lower_ in _FIRM_ONLY_NOUNS \
        and head.dep_ == "appos" and head.head == noun and m.end < len(doc) and doc[m.end].text == "," \
        and not listed and not is_given_name(doc[m.start].text)


# What a firm, not its founder, does after its name: "Dyson employs 14,000 people".
_FIRM_EMPLOYS_AFTER = re.compile(
    r"\s+(?:now\s+|still\s+)?employ(?:s|ed)\s+(?:about\s+|around\s+|more\s+than\s+|over\s+|some\s+)?[\d,.]+")
# What a firm says it would do, and its founder could say of a plan or a team: "Mars said it would buy Kellanova",
# "Bloomberg said on Tuesday it would open an office" (not "Starmer said it would cut waiting lists", "Hamilton said it
# would open a new chapter": only before anyone named in full has the name for a surname, see `_acting_firms`).
_FIRM_ACTS_AFTER = re.compile(
    r"\s+said(?:\s+on\s+[A-Z]\w+)?(?:\s+that)?\s+it\s+(?:would|will|was\s+to|plans\s+to|planned\s+to)\s+"
    r"(?:buy|sell|open|close|shut|cut|move|invest|hire|acquire|build|launch|list|merge|expand|relocate|axe|create|"
    r"spend|pay|raise)\b")
# What a firm has after its name's "'s", and a person does not: "Dyson's headquarters" (not "Musk's shares", "Swift's
# sales", "Gates's co-founder", "Murdoch's employees": a person's too).
_FIRM_OWNS_AFTER = re.compile(r"(?:'s|’s|'|’)\s+(?:headquarters|head\s+office)\b")
# Verbs whose passive subject is a body: "Kellogg's, now Kellanova, was founded by W.K. Kellogg".
_FOUNDING_VERBS = frozenset({"found", "establish", "incorporate"})
# What a firm moves of "its" own, and no one else: "Dyson will move its headquarters to Singapore".
_FIRMS_OWN_THINGS = frozenset({"headquarters", "hq", "operations", "production", "factory", "factories", "plant"})


def _acting_firms(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of one-word names that act or own as only a firm does ("Dyson employs 14,000 people", "Dyson's
    headquarters", "Dyson will move its headquarters", "was founded by"), or say "it would" do a firm's business
    before anyone named in full has the name for a surname (`_FIRM_ACTS_AFTER`: "Mars said it would buy Kellanova. John
    Mars ..."; not "Vladimir Putin chaired the meeting. Putin said it would create a naval base"), or, known firms
    only, are bought ("Prada Group agreed to buy Versace. Donatella Versace ..."; not a player a club buys), and that
    someone named in full has for a surname: a firm named after its founder, apart from him ("Sir James Dyson"). Not a
    place ("Pyongyang conducted its fifth test"), nor a name no one has ("Creighton improved its record": the model's
    label stands)."""
    text = text_of(doc)
    first_full: dict[tuple[str, ...], int] = {}
    for m in mentions:
        if m.label == "PERSON" and len(m.key) > 1:
            first_full.setdefault(m.key[-1:], m.start)
    found = set()
    for m in mentions:
        if m.end - m.start != 1 or m.label not in _FIRM_LABELS or m.key not in first_full \
                or _in_gazetteer(" ".join(m.key)):
            continue
        end_char = doc[m.start].idx + len(doc[m.start].text)
        if _FIRM_EMPLOYS_AFTER.match(text, end_char) or _FIRM_OWNS_AFTER.match(text, end_char) \
                or (_FIRM_ACTS_AFTER.match(text, end_char) and m.start < first_full[m.key]) \
                or _moves_its_own(doc[m.start]) or _was_founded(doc[m.start]) \
                or (_is_bought(doc[m.start]) and _is_known_organisation(m.key)):
            found.add(m.key)
    return found


# Lemmas of buying a firm: "Prada agreed to buy Versace" (beside "Donatella Versace").
_BUYING_VERBS = frozenset({"buy", "acquire", "purchase"})


def _is_bought(word: Token) -> bool:
    """The word is the object of a verb of buying: "agreed to buy Versace", "Versace was acquired by Prada"."""
    return (word.dep_ == "dobj" or word.dep_ == "nsubjpass") and word.head.lemma_ in _BUYING_VERBS


def _moves_its_own(word: Token) -> bool:
    """The word is a verb's subject whose object is "its" headquarters or works: "Dyson will move its headquarters"."""
    verb = word.head
    return word.dep_ == "nsubj" and verb.pos_ == "VERB" and any(
        child.dep_ == "dobj" and child.lower_ in _FIRMS_OWN_THINGS
        and any(t.lower_ == "its" and t.dep_ == "poss" for t in child.children)
        for child in verb.children)


def _was_founded(word: Token) -> bool:
    """The word is the passive subject of a verb of founding: "Kellogg's ... was founded by"."""
    return word.dep_ == "nsubjpass" and word.head.lemma_ in _FOUNDING_VERBS


# A body's noun and "called" or "named" before its name, after an indefinite article or a comma: "a company called
# Grainger Residential", "a charity named Shelter Cymru", "the firm, called Pinnacle Lettings," (not "a man called
# Ove", "a film called Barbie"; nor the verbs of "The company named Jane Doe as its chief executive", "The group called
# Netanyahu's plan reckless").
_CALLED_FIRM = re.compile(r"(?:\ban?\s+(?:[\w-]+\s+){0,2}(?:company|firm|charity|business|group|brand|startup|"
                          r"start-up|consultancy|organi[sz]ation|enterprise)\s+|"
                          r"\b(?:an?|the|its|their|his|her|our|my)\s+(?:[\w-]+\s+){0,2}(?:company|firm|charity|"
                          r"business|group|brand|startup|start-up|consultancy|organi[sz]ation|enterprise)\s*,\s+)"
                          r"(?:called|named)\s+$", re.IGNORECASE)
# Labels the model gives such a body's name: any name's ("Shelter Cymru" was a product).
_CALLED_LABELS = _FIRM_LABELS | {"PRODUCT", "WORK_OF_ART", "FAC"}


def _called_firms(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names that a body's noun and "called" or "named" introduce: "a company called Grainger Residential";
    not a person the model found by a given name ("a firm called Sarah Collins" is rather hers)."""
    text = text_of(doc)
    return {m.key for m in mentions if m.label in _CALLED_LABELS and m.start > 2
            and not (m.label == "PERSON" and is_given_name(doc[m.start].text))
            and _CALLED_FIRM.search(text, max(0, doc[m.start].idx - 60), doc[m.start].idx)}


# A press release's wire in its dateline: "EDINBURGH, 12 June 2025 /PRNewswire/ -- ", "SAN JOSE, Calif.--(BUSINESS
# WIRE)--", "(GLOBE NEWSWIRE) --", "/ACCESSWIRE/"; the issuer's name opens the release.
_RELEASE_WIRE = re.compile(r"news\s*wire|business\s+wire|accesswire|prweb", re.IGNORECASE)


def _firms_after_datelines(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's one-word people, no given name, that open the text after a dateline ending in a dash: the
    issuer, a firm, where the dateline is a press release's or the text reads as a release elsewhere, and an
    apposition describes it ("/PRNewswire/ -- Skyscanner, the travel search site,"; not a news story's "PARIS
    (Reuters) - Macron said", nor a release's bare "Kinew said today"); not where a person's cue stands by any of its
    mentions (a full name ending in it, or a title or an honorific before it). The model reads a capitalised word
    opening a line after a dateline as a person's name."""
    spans = dateline_spans(doc)
    if not spans or not any(m.label == "PERSON" and m.end - m.start == 1 for m in mentions):
        return set()
    text = text_of(doc)
    datelines = {end: text[start:end] for start, end in spans if _DATELINE_DASH.search(text, start, end)}
    found = set()
    for m in mentions:
        word = doc[m.start]
        dateline = datelines.get(word.idx)
        if dateline is None or m.label != "PERSON" or m.end - m.start != 1 or not word.is_alpha \
                or is_given_name(word.text) or _has_person_cue(doc, mentions, m.key) or _has_a_persons_pronoun(word):
            continue
        if _is_release(text) and _described_after(text, word.idx + len(word)):  # the text holds its dateline's wire
            found.add(m.key)
    return found


# An apposition after a name, from its article to its closing comma: ", the travel search site," (its words read).
_DESCRIPTION_AFTER = re.compile(r",\s+(?:the|a|an)\s+([^,.;:\n]{1,60}),")


def _described_after(text: str, end: int) -> bool:
    """An apposition that names no person's office or job follows the name ending at `end`: "Skyscanner, the travel
    search site," (not "Jones, the chief executive,", nor a bare "Kinew said today", a premier's words in a
    government's release, whom the model rightly read as a person)."""
    described = _DESCRIPTION_AFTER.match(text, end)
    return described is not None \
        and not any(word in ALL_TITLES or word in JOB_NOUNS for word in described.group(1).lower().split())


# Pronouns only a person takes: "Okafor, a veteran of the sector, said today that she would step down".
_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})


def _has_a_persons_pronoun(word: Token) -> bool:
    """A pronoun only a person takes is in the one-word name's sentence: a release opens with a person too. (What
    else tells a person after the name, a "who", an age, "Obama, speaking at ...", is no apposition of
    `_described_after`.)"""
    return any(t.lower_ in _PERSONAL_PRONOUNS for t in word.sent)


# A dash that ends a dateline: "/PRNewswire/ -- ", "(Reuters) - ", "--(BUSINESS WIRE)--".
_DATELINE_DASH = re.compile(r"(?:--|—|–|-)\s*$")


def _is_release(text: str) -> bool:
    """The text reads as a press release: it names a newswire somewhere, or ends with a release's "SOURCE" line."""
    return _RELEASE_WIRE.search(text) is not None or "\nSOURCE " in text


def _has_person_cue(doc: Doc, mentions: list[Mention], key: tuple[str, ...]) -> bool:
    """A mention says the one word is a person's: a full name of the model's ending in it, or a title or an honorific
    right before one of its mentions ("Mr Johnson", "Prime Minister Johnson")."""
    for m in mentions:
        if m.label == "PERSON" and len(m.key) > 1 and m.key[-1:] == key:
            return True
        if m.key == key and m.start > 0 and (doc[m.start - 1].text in HONORIFICS
                                             or doc[m.start - 1].lower_ in ALL_TITLES):
            return True
    return False


# After a preposition opening the sentence, an apposition that a relative clause follows is the main clause's subject:
# "In Hollywood, the studio, which made Barbie, said" (not "After Zepto, the Mumbai-based startup, raised ...").
_SUBJECT_AFTER = re.compile(r"[^,]*,\s+(?:which|that|who)\b")


def _after_a_fronted_preposition(doc: Doc, start: int, end: int) -> bool:
    """The name follows a preposition opening its sentence and what follows it is the main clause's subject with a
    relative clause: "In Hollywood, the studio, which made Barbie, said ..." (the studio is not Hollywood), "Before
    Covid, the restaurant, which employed 40 people, ..."."""
    return start > 0 and doc[start - 1].pos_ in ("ADP", "SCONJ") and doc[start - 1].is_sent_start \
        and end < len(doc) and _SUBJECT_AFTER.match(text_of(doc), doc[end - 1].idx + len(doc[end - 1]) + 1) is not None


# Most capitalised words of the place a port is named after: "the Port of Los Angeles".
_PORT_PLACE_WORDS = 3


def _ports_missed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Ports the model left out, named "the Port of" and a place ("The Port of Felixstowe has warned of delays"): the
    port's authority or operator, which speaks for it, an organisation. None where a mention holds any of its words
    but the place alone, which the port's name takes in; not "the port of Dover", a place's noun."""
    out = list(mentions)
    for i, word in enumerate(words_of(doc)):  # the word off the list: a Token's is a string built at each read
        if word != "Port" or i == 0 or doc[i - 1].lower_ != "the" or i + 2 >= len(doc) or doc[i + 1].text != "of":
            continue
        end = i + 2
        while end < len(doc) and end - i - 2 < _PORT_PLACE_WORDS and doc[end].is_title and doc[end].is_alpha:
            end += 1
        inside = [m for m in out if m.start < end and i < m.end]
        if end > i + 2 and all(m.start >= i + 2 and m.end <= end and m.label in ("GPE", "LOC") for m in inside):
            out = [m for m in out if m not in inside] + [Mention(i, end, "ORG", 1.0, "described")]
    return sorted(out, key=lambda m: m.start)


# The most words of a place's name before "High Court": "Punjab and Haryana High Court".
_COURT_PLACE_WORDS = 3


def _high_courts_missed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """High courts the model left out or cut, named by places the gazetteer knows before "High Court": "The Delhi High
    Court ruled", "a bench of the Madras High Court", "the Punjab and [Haryana High Court]". None where a mention holds
    "High" or straddles the name but the model's court; a mention of the place alone is taken in."""
    out = list(mentions)
    words = words_of(doc)
    for i, word in enumerate(words):  # the word off the list: a Token's is a string built at each read
        if word != "High" or i == 0 or i + 1 >= len(doc) or words[i + 1] != "Court":
            continue
        start = i
        while start > 0 and i - start < _COURT_PLACE_WORDS and doc[start - 1].is_alpha \
                and (_in_gazetteer(doc[start - 1].lower_) or (doc[start - 1].lower_ == "and" and start < i)):
            start -= 1
        if doc[start].lower_ == "and":
            start += 1
        if start == i or not all(t.is_title for t in doc[start:i] if t.lower_ != "and"):
            continue
        inside = [m for m in out if m.start < i + 2 and start < m.end]
        # Mentions of the places alone, or the model's court cut after a first place: "Punjab and [Haryana High Court]".
        if all(m.start >= start and (m.end <= i or m.end == i + 2) for m in inside):
            out = [m for m in out if m not in inside] + [Mention(start, i + 2, "ORG", 1.0, "described")]
    return sorted(out, key=lambda m: m.start)


def _described_firms_missed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Firms the model left out, of one to three capitalised words the tagger calls proper nouns, before an apposition
    that calls them a firm ("Noma, the Copenhagen restaurant,", see `_FIRM_AFTER`; "noma" is a noun too, which the tag
    tells apart from a sentence's "Instead, the firm,"): none in a mention, a stop word or a place the gazetteer
    knows."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    text = text_of(doc)
    added = []
    tokens = tokens_of(doc)
    for i, word in enumerate(words_of(doc)):  # the word off the list: a Token's is a string built at each read
        if word != ",":
            continue
        comma = tokens[i]
        if comma.i == 0 or comma.i - 1 in covered or not _FIRM_AFTER.match(text, comma.idx):
            continue
        start = comma.i
        while start > 0 and comma.i - start < 3 and start - 1 not in covered and _is_firm_word(doc[start - 1]) \
                and doc[start - 1].pos_ == "PROPN":
            start -= 1
        words = doc[start:comma.i]
        if words and not any(w.is_stop for w in words) and not _after_a_fronted_preposition(doc, start, comma.i) \
                and not _in_gazetteer(words.text.casefold()):
            added.append(Mention(start, comma.i, "ORG", 1.0, "described"))
    return added


# Verbs in the plural, which a team, a band or a firm takes in British English ("Manchester United have sacked") and
# one person never does.
_PLURAL_VERBS = frozenset({"have", "were", "are"})


# Between two sides of a match and before its score: "Liverpool beat Tottenham Hotspur 4-2".
_RESULT_VERB = re.compile(r"\s+(?:beat|defeated|thrashed|routed|edged|overcame|drew\s+(?:with\s+)?|lost\s+to|"
                          r"held)\s+")
_SCORE_AFTER = re.compile(r"\s+\d{1,2}\s?[-–]\s?\d{1,2}\b")


def _clubs_in_results(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the two sides of a match result that are places to the model, clubs named after their towns:
    "Liverpool beat Tottenham Hotspur 4-2" (a country's or a state's side stays the place, as OntoNotes has it)."""
    text, found = text_of(doc), set()
    names = sorted((m for m in mentions if m.label in ("GPE", "LOC", "ORG", "PERSON")), key=lambda m: m.start)
    for one, other in itertools.pairwise(names):
        other_start, other_end = char_bounds(doc, other.start, other.end)  # no Spans built per pair
        if _RESULT_VERB.fullmatch(text, char_bounds(doc, one.start, one.end)[1], other_start) \
                and _SCORE_AFTER.match(text, other_end):
            # Not a player, whom the model may call a place ("Sinner beat Fritz 6-3"), nor a country's or a state's
            # side, which is the place elsewhere in the text too ("Kansas beat Kentucky 77-68 ... voters in Kansas").
            found.update(m.key for m in (one, other) if m.label != "PERSON" and not _is_country_or_state(m.key))
    return found


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
        span = span_of(doc, m.start, m.end)
        if any(start <= span.start_char and span.end_char <= end for start, end in spans):
            found.add(m.key)
    return found


def _churches(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names ending in "Church" that the text writes after "the": a body ("the Roman Catholic Church said", a
    person to the model, whose "Roman" is a given name), not a person named Church ("Thomas Haden Church")."""
    return {m.key for m in mentions if len(m.key) > 1 and m.key[-1] == "church" and m.start > 0
            and doc[m.start - 1].lower_ == "the"}


# Words of a body or a building that a saint's possessive name opens, with the label of the whole: "St Mary's
# Hospital", "St John's College" (bodies), "St Paul's Cathedral" (a building).
_SAINTS_INSTITUTIONS = {
    **dict.fromkeys(("Hospital", "School", "College", "Academy", "University", "Hospice", "Infirmary"), "ORG"),
    **dict.fromkeys(("Church", "Cathedral", "Abbey", "Chapel", "Basilica", "Priory", "Park"), "FAC")}
_SAINT_WORDS = frozenset({"St", "St.", "Saint", "Ste"})


def _saints_institutions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A saint's name the model ended at its possessive, taken on over the institution it names where no mention holds
    that word: "St Mary's Hospital" (not the person "St Mary"), "St John's College". (Where the model named the
    institution apart, "St. Peter" and "Basilica", the cleaning joins the two.)"""
    starts = {m.start for m in mentions}
    return [_as_saints_building(doc, _with_institution(doc, m) if m.end + 1 not in starts else m)
            if m.end - m.start >= 2 and doc[m.start].text in _SAINT_WORDS else m for m in mentions]


def _as_saints_building(doc: Doc, m: Mention) -> Mention:
    """A saint's church or park the model named whole as a body, a building: "the consistory will take place at St
    Peter's Basilica" was an organisation, as "St Paul's Cathedral" is a facility."""
    if m.label == "ORG" and _SAINTS_INSTITUTIONS.get(doc[m.end - 1].text) == "FAC":
        return Mention(m.start, m.end, "FAC", m.weight, m.source)
    return m


# Capitalised words between a saint's possessive and the institution's word: "St Mary's Primary School", "St
# Joseph's Catholic High School".
_SAINTS_INSTITUTION_QUALIFIERS = 3


def _with_institution(doc: Doc, m: Mention) -> Mention:
    """`m` taken on over "'s" (or the bare apostrophe of a name in "s": "St Thomas' Hospital"), any capitalised
    qualifiers and the institution's word after them; `m` where none follows."""
    end = m.end + (m.end < len(doc) and (doc[m.end].lower_ in ("'s", "’s")
                                          or (doc[m.end].text in ("'", "’") and doc[m.end - 1].lower_.endswith("s"))))
    if end == m.end:
        return m
    # Not on a line in title case, whose every word is capitalised: "St Mary's Fans Back New School Plan".
    qualifiers = 0 if m.start in title_case_lines(doc) else _SAINTS_INSTITUTION_QUALIFIERS
    last = min(len(doc), end + qualifiers + 1)
    while end < last and doc[end].text not in _SAINTS_INSTITUTIONS and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end >= last or doc[end].text not in _SAINTS_INSTITUTIONS:
        return m
    return Mention(m.start, end + 1, _SAINTS_INSTITUTIONS[doc[end].text], m.weight, m.source)


# A US station's call sign (K or W and three letters: "KTLA", "WABC") and the channel number it is known by: "KTLA 5".
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}")
_CHANNEL = re.compile(r"[1-9][0-9]?")


def _stations_with_channels(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A station's call sign with the channel number after it, one name: "KTLA 5 reported" (the cleaning cut the
    number as it cuts one after any name)."""
    names = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(m.start, m.end + 1, m.label, m.weight, m.source)
            if m.end - m.start == 1 and m.label == "ORG" and m.end < len(doc) and m.end not in names
            and _CALL_SIGN.fullmatch(doc[m.start].text) and _CHANNEL.fullmatch(doc[m.end].text) else m
            for m in mentions]



# Nouns of a band that its name follows: "the band Lord Huron", "boy band BTS".
_BAND_NOUNS = frozenset({"band"})
# Kinds of music before "group" or "duo" that make it a band's: "the K-pop group Seventeen", "girl group NewJeans" (not
# "the militant group Hamas", "the group Amnesty described").
_MUSIC_KINDS = frozenset({"pop", "rock", "girl", "boy", "punk", "folk", "rap", "indie", "metal", "vocal", "electronic",
                          "country", "reggae", "soul"})
_MUSIC_GROUP_NOUNS = frozenset({"group", "duo", "trio"})
# Nouns before "band" that make it no music's: "council tax band D", "a wedding band".
_NO_MUSIC_BANDS = frozenset({"tax", "wedding", "frequency", "pay", "age", "price", "rubber", "gastric", "arm", "rain",
                             "resistance"})
# Words a band's name writes in lower case between capitalised ones: "Kings of Leon", "Florence and the Machine".
_BAND_NAME_SMALL_WORDS = frozenset({"of", "the", "and", "&"})
# The most tokens of a band's name.
_BAND_NAME_TOKENS = 5


def bands_named(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The capitalised name right after a band's noun, whole, as an organisation, in place of what the model made of
    its words ("The band Lord Huron|PERSON 'Huron'", "rock band Green Day|DATE", "K-pop group Seventeen|PRODUCT"); not
    a person's name that opens with a given name ("the band Robbie Williams left"), nor one letter ("tax band D")."""
    out = list(mentions)
    for i, word in enumerate(words_of(doc)):
        # The words first, off the doc's list (in lower case as written): a Token for every word costs more.
        if word not in _BAND_NOUNS and word not in _MUSIC_GROUP_NOUNS:
            continue
        if i + 1 >= len(doc) or not _is_band_noun(doc, i):
            continue
        end = _band_name_end(doc, i + 1)
        if end is None or (end == i + 2 and doc[i + 1].lower_ in WEEKDAYS):
            continue  # "The band Tuesday announced a tour": the day it did
        person = next((m for m in out if (m.start, m.end) == (i + 1, end) and m.label == "PERSON"), None)
        if person is not None and is_given_name(doc[i + 1].text):
            continue  # "the band Robbie Williams left"
        inside = [m for m in out if m.start < end and i + 1 < m.end]
        if any(m.start < i + 1 or m.end > end for m in inside) \
                or any(m.label == "ORG" and (m.start, m.end) == (i + 1, end) for m in inside):
            continue
        out = [m for m in out if not any(m is o for o in inside)] + [Mention(i + 1, end, "ORG", 1.0, "band")]
    return sorted(out, key=lambda m: m.start)


def _is_band_noun(doc: Doc, i: int) -> bool:
    """The lower-case noun at `i` names a band: "band" after no word of a tax, a ring or a frequency ("tax band"),
    "group", "duo" or "trio" after a kind of music ("K-pop group")."""
    before = doc[i - 1].lower_ if i > 0 else ""
    if doc[i].lower_ in _BAND_NOUNS:
        return before not in _NO_MUSIC_BANDS
    return before in _MUSIC_KINDS


def _band_name_end(doc: Doc, start: int) -> int | None:
    """The end of a name of capitalised words from `start` (small words inside: "Kings of Leon"), of two letters at
    least; None: none."""
    end = start
    while end < len(doc) and end - start < _BAND_NAME_TOKENS:
        token = doc[end]
        if token.text[:1].isupper() or (token.text[:1].isdigit() and end > start):
            end += 1
        elif token.lower_ in _BAND_NAME_SMALL_WORDS and end > start and end + 1 < len(doc) \
                and doc[end + 1].text[:1].isupper():
            end += 1
        else:
            break
    if end == start or sum(ch.isalpha() for ch in doc[start:end].text) < 2:
        return None
    return end
