"""Acronyms and the long forms they stand for: bracketed definitions, tickers, aliases, spelled-out initials."""
from __future__ import annotations

import itertools
import re
from collections import defaultdict

from spacy.tokens import Doc

from services.nlp.doctext import char_bounds, span_of, text_of, words_of
from services.nlp.entities.cleaning import is_glued_hyphen
from services.nlp.entities.firms import _WRITTEN_LEGAL_FORMS
from services.nlp.entities.gazetteer import _SHORT_NAME_KEYS, _STATE_KEYS, _is_country_name, _is_known_organisation
from services.nlp.entities.mentions import Mention, _key, _token_key
from services.nlp.entity_rules import ALL_TITLES, CORPORATE_SUFFIXES, NAME_LABELS, NUMERIC_LABELS, SPORT_COUNTRY_CODES

_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# Initials around an ampersand, one word: "M&S", "J&J", "AT&T", "P&O".
_AMPERSAND_INITIALS = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}")


def _initials(doc: Doc, m: Mention) -> list[str]:
    """The initial of each capitalised word, a short code whole: "UK Health Security Agency" is U-K, H, S, A; "U.S.
    Geological Survey" U-S, G, S. An "of" may give its own: the O of "Economic Community of West African States"
    (ECOWAS)."""
    return [t.text if t.is_upper and t.is_alpha and len(t) <= 3 else "O" if t.text == "of" else _initial(t.text)
            for t in doc[m.start : m.end] if t.text[:1].isupper() or t.text == "of"]


def _initial(word: str) -> str:
    """A word's first letter; the letters of a dotted abbreviation ("U.S." gives US)."""
    return word.replace(".", "") if _DOTTED_INITIALS.fullmatch(word) else word[0]


def _is_acronym_of(acronym: str, initials: list[str], bracketed: bool = False) -> bool:
    """"KDP" for "Kurdistan Democratic Party", "UKHSA" for "UK Health Security Agency", "FDA" for "US Food and Drug
    Administration" (a country's code before the name may be left out): the acronym's letters are the initials,
    in order. In brackets beside its long form, an acronym written as a word is one too: "Nersa" for "National
    Energy Regulator of South Africa"."""
    if bracketed and 3 <= len(acronym) <= 8 and acronym.istitle():
        acronym = acronym.upper()
    elif bracketed and acronym.isalpha() and not acronym.isupper() and sum(ch.isupper() for ch in acronym) >= 2:
        # "DfT" of "Department for Transport", "MoD" of "Ministry of Defence": small letters for small words.
        capitals = "".join(ch for ch in acronym if ch.isupper())
        return _is_acronym_of(acronym.upper(), initials) or _is_acronym_of(capitals, initials)
    acronym = acronym.replace("&", "")  # "J&J" of "Johnson & Johnson", "P&G"
    if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()) or len("".join(initials)) < 2:
        return False
    if len(initials) > 2 and len(initials[0]) > 1 and acronym[0] != initials[0][0]:
        initials = initials[1:]
    joined = "".join(initials)
    if acronym[0] != joined[0]:
        return False
    rest = iter(joined[1:])
    return all(ch in rest for ch in acronym[1:])


def _is_of_word_starts(acronym: str, words: list[str]) -> bool:
    """An acronym in brackets made of the first letters (one to three) of every capitalised word of its long form, in
    order: "TEPCO" of "Tokyo Electric Power Co", "PEMEX" of "Petróleos Mexicanos"; one written as a word may leave
    out one word inside the name: "Juice" of "Jupiter Icy Moons Explorer"."""
    starts = [word.upper() for word in words if word[:1].isupper()]
    as_word = acronym.istitle()
    acronym = acronym.upper() if as_word else acronym
    if not (3 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()) or len(starts) < 2:
        return False

    def fits(i: int, j: int, skips: int) -> bool:  # acronym[i:] made of starts[j:], `skips` inner words left out
        if j == len(starts):
            return i == len(acronym)
        skipped = skips > 0 and 0 < j < len(starts) - 1 and fits(i, j + 1, skips - 1)
        return skipped or any(acronym[i:i + n] == starts[j][:n] and fits(i + n, j + 1, skips) for n in range(1, 4))

    return fits(0, 0, 1 if as_word else 0)


def _acronyms(
    doc: Doc, mentions: list[Mention]
) -> tuple[list[Mention], dict[tuple[str, ...], tuple[str, ...]]]:
    """Acronyms defined in brackets, either way round: "Kurdistan Democratic Party ( KDP )", "FOMC (
    Federal Open Market Committee )". Returns mentions for acronyms the model missed, and for every
    acronym key the key of its long form."""
    by_start = {m.start: m for m in mentions if m.label in NAME_LABELS}
    by_end = {m.end: m for m in mentions if m.label in NAME_LABELS}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    aliases: dict[tuple[str, ...], tuple[str, ...]] = {}
    words = words_of(doc)
    for i in range(1, len(doc) - 1):
        if words[i] != "(":
            continue
        # Long form, then the acronym in brackets.
        long = by_end.get(i)
        short_token = doc[i + 1]
        if long and i + 2 < len(doc) and doc[i + 2].text == ")" and long.end - long.start > 1:
            if _is_acronym_of(short_token.text, _initials(doc, long), bracketed=True) \
                    or _is_of_word_starts(short_token.text, [t.text for t in doc[long.start:long.end]]):
                aliases[(_token_key(short_token),)] = _key(doc, long)
                if i + 1 not in covered:
                    added.append(Mention(i + 1, i + 2, long.label, 1.0, "acronym"))
                continue
        # Acronym, then the long form in brackets.
        long = by_start.get(i + 1)
        short_token = doc[i - 1]
        if long and long.end < len(doc) and doc[long.end].text == ")" and long.end - long.start > 1:
            if _is_acronym_of(short_token.text, _initials(doc, long)):
                aliases[(_token_key(short_token),)] = _key(doc, long)
                if i - 1 not in covered:
                    added.append(Mention(i - 1, i, long.label, 1.0, "acronym"))
    tickers, ticker_aliases = _tickers(doc, mentions, covered)
    other_names = _other_names_missed(doc, mentions)
    return added + tickers + other_names, {**_spelled_out_acronyms(doc, mentions), **_short_names(doc, mentions),
                                           **ticker_aliases, **_names_known_as(doc, mentions + other_names),
                                           **_birth_names(doc, mentions), **aliases}


# Between a name and the other name it is known by: ", known as", "(also known as", ", better known as the", ", known
# in the West as" (where, in two words at most after a preposition).
_KNOWN_AS = re.compile(r"\s*[,(]\s*(?:(?:also|commonly|better|widely|popularly)\s+)?(?:known|referred\s+to)\s+"
                       r"(?:(?:in|to|among|abroad)\s+(?:the\s+)?(?:[\w-]+\s+){0,2})?as\s+(?:the\s+)?",
                       re.IGNORECASE)
# What ends the other name: it is the whole of what the name is known as (not "known as Europe's last dictator").
_ALIAS_END = re.compile(r"\s*(?:[,.;:)\"”]|$)")


def _names_known_as(doc: Doc, mentions: list[Mention]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Other names the text gives a name: "the California Department of Forestry and Fire Protection, known as Cal
    Fire", "Mohamed Hamdan Dagalo, known as Hemedti"; each other name's key its full name's. Not what a part of a
    place is known as ("a neighbourhood of Los Angeles, known as Koreatown")."""
    text = text_of(doc)
    names = sorted((m for m in mentions if m.label in NAME_LABELS), key=lambda m: m.start)
    aliases = {}
    bounds = [char_bounds(doc, m.start, m.end) for m in names]  # no two Spans built per pair
    for (long, short), ((long_start, long_end), (short_start, short_end)) in zip(
            itertools.pairwise(names), itertools.pairwise(bounds), strict=True):
        if _KNOWN_AS.fullmatch(text, long_end, short_start) \
                and _ALIAS_END.match(text, short_end) and short.end - short.start <= long.end - long.start \
                and not re.search(r"\b(?:of|in)\s+$", text[max(0, long_start - 4):long_start]):
            aliases[_key(doc, short)] = _key(doc, long)
    return aliases


# Between a person's name and the name they were born with or went by before: ", née", "(née", ", born", ", formerly"
# (and the title they held then: "Pope Leo XIV, formerly Cardinal Robert Prevost,").
_BORN_AS = re.compile(r"\s*[,(]\s*(?:née|nee|born|formerly)\s+(?:(?P<title>[A-Z][a-z]+)\s+)?", re.IGNORECASE)
# Before the name a person took ("was elected pope and took the name Leo XIV"), the verb's subject the one who took it.
_TOOK_THE_NAME = re.compile(r"\btook\s+the\s+(?:papal\s+|regnal\s+)?name\s+$")
# What ends a birth name: the end of the aside, or where she was born ("born Eleanor Mary Pryce in Merthyr Tydfil").
_BIRTH_NAME_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|at|on)\b")


def _birth_names(doc: Doc, mentions: list[Mention]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The names people were born with, each its person's other name: "Eleanor Whitcombe, née Pryce," (an
    organisation to the model), "Eleanor Whitcombe, born Eleanor Mary Pryce in Merthyr Tydfil"."""
    text = text_of(doc)
    names = sorted((m for m in mentions if m.label in NAME_LABELS), key=lambda m: m.start)
    aliases = {}
    for person, birth in itertools.pairwise(names):
        between = _BORN_AS.fullmatch(text, char_bounds(doc, person.start, person.end)[1],
                                     char_bounds(doc, birth.start, birth.end)[0])
        if person.label == "PERSON" and birth.label in ("PERSON", "ORG") and person.end - person.start > 1 \
                and between is not None and (not between["title"] or between["title"].lower() in ALL_TITLES) \
                and _BIRTH_NAME_END.match(text, char_bounds(doc, birth.start, birth.end)[1]):
            aliases[_key(doc, birth)] = _key(doc, person)
    return {**aliases, **_names_taken(doc, names)}


def _names_taken(doc: Doc, names: list[Mention]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The name a person took, their name before it its other name: "Cardinal Robert Prevost was elected pope and
    took the name Leo XIV" (the subject of "took", or of the verb it is joined to, a person's full name)."""
    text = text_of(doc)
    by_token = {i: m for m in names for i in range(m.start, m.end)}
    aliases = {}
    for new in names:
        start = char_bounds(doc, new.start, new.end)[0]
        if new.label != "PERSON" or new.start < 4 or not _TOOK_THE_NAME.search(text, max(0, start - 30), start):
            continue
        took = next((t for t in reversed(doc[max(0, new.start - 5):new.start]) if t.lower_ == "took"), None)
        verb = took.head if took is not None and took.dep_ == "conj" else took
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
        old = by_token.get(subject.i) if subject is not None else None
        if old is not None and old.label == "PERSON" and old.end - old.start > 1 and old.end <= new.start:
            aliases[_key(doc, old)] = _key(doc, new)
    return aliases


# Most words of another name the model missed after "known as" ("widely known as AMLO").
OTHER_NAME_WORDS = 3


def _other_names_missed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Another name of a person or an organisation that the model left out where the text gives it: "Andrés Manuel
    López Obrador, widely known as AMLO," (capitalised words, the whole of what the name is known as), with the
    name's label."""
    text = text_of(doc)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for long in mentions:
        long_start, long_end = char_bounds(doc, long.start, long.end)
        known_as = _KNOWN_AS.match(text, long_end) if long.label in ("PERSON", "ORG") else None
        start = _token_at(doc, known_as.end(), long.end) if known_as else None
        if start is None or long.end - long.start < 2 \
                or re.search(r"\b(?:of|in)\s+$", text[max(0, long_start - 4):long_start]):
            continue
        end = start
        while end < len(doc) and end - start < OTHER_NAME_WORDS and doc[end].is_alpha \
                and (doc[end].is_title or doc[end].is_upper) and end not in covered:
            end += 1
        if end > start and (end == len(doc) or end not in covered) and _ALIAS_END.match(text, doc[end - 1].idx
                                                                                         + len(doc[end - 1])):
            added.append(Mention(start, end, long.label, 1.0, "alias"))
    return added


def _token_at(doc: Doc, char: int, after: int) -> int | None:
    """The token starting at character `char`, looked for from token `after` on."""
    return next((t.i for t in doc[after:after + 8] if t.idx == char), None)


# Bracketed capitals that are no stock's ticker: countries, US states, news agencies, a union.
_NOT_TICKERS = frozenset({"UK", "US", "USA", "EU", "UN", "UAE", "AP", "AFP", "PA", "PTI", "IANS", "ANI", "UPI", "DPA",
                          "AAP", "CNN", "BBC", "PHOTO", "FILE", "VIDEO", "WATCH",
                          *"AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
                           "NJ NM NY NC ND OH OK OR RI SC SD TN TX UT VT VA WA WV WI WY".split()})
# Most capitalised words of a company's name before its ticker, when the model named no company there.
TICKER_NAME_WORDS = 4


def _tickers(doc: Doc, mentions: list[Mention], covered: set[int]
             ) -> tuple[list[Mention], dict[tuple[str, ...], tuple[str, ...]]]:
    """A stock's ticker in brackets after its company's name ("Apple Inc. (NASDAQ: AAPL)", "Reliance Industries
    (RELI.NS)") is another name of the company; where the model named no company before it but took the ticker for
    an organisation ("Shares of Strategy (MSTR)"), the capitalised words before the bracket are the company. A
    mention the model called a person before a sure ticker is relabelled in place ("Pfizer (PFE.N)")."""
    by_end = {m.end: m for m in mentions if m.label in NAME_LABELS}
    organisations = {i for m in mentions if m.label == "ORG" for i in range(m.start, m.end)}
    added: list[Mention] = []
    aliases: dict[tuple[str, ...], tuple[str, ...]] = {}
    brackets = ticker_brackets(text_of(doc))
    results = sum(match["ticker"] in SPORT_COUNTRY_CODES for match in brackets) > 1
    for match in brackets:
        bracket, ticker = doc.char_span(*match.span()), doc.char_span(*match.span("ticker"))
        if bracket is None or ticker is None or len(ticker) != 1:
            continue
        surely = is_sure_ticker(match)
        if results and not surely and match["ticker"] in SPORT_COUNTRY_CODES and bracket.start in by_end \
                and _RESULT_AFTER.match(match.string, match.end()):
            continue  # "2. Dominik Paris (ITA) +0.50, 3. ... (USA)": results' countries, no stock of a named firm
        if not surely and ticker.start in covered and ticker.start not in organisations:
            continue  # "Acme Corp (NJ)": a place, to the model
        company, named = by_end.get(bracket.start) or by_end.get(_before_legal_form(doc, bracket.start)), True
        if company is None and (surely or ticker.start in organisations):
            company, named = _company_before(doc, bracket.start), False
        if company is None or company.end - company.start > TICKER_NAME_WORDS + 2:
            continue
        if company.label == "PERSON" and surely:
            company.label = "ORG"  # "Pfizer (PFE.N)": the model's person
        if company.label != "ORG" or (not surely and _is_acronym_of(match["ticker"], _initials(doc, company))):
            continue  # "the Democratic Alliance (DA)": an acronym, linked as one
        if not named:
            added.append(company)
        aliases[(_token_key(ticker[0]),)] = _key(doc, company)
        if ticker.start not in covered:
            added.append(Mention(ticker.start, ticker.end, "ORG", 1.0, "acronym"))
    return added, aliases


# A mark, time or margin right after a bracket: "(ITA) +0.50", "(JAM) 53.98" of a results list; not a share's move
# in percent, "Marriott International (MAR) 3% higher" of a market report.
_RESULT_AFTER = re.compile(r"\s?\+?\d(?![\d.,]*\s?(?:%|per\s?cent|percent))")


def _before_legal_form(doc: Doc, end: int) -> int:
    """Where a company's name ends before a comma and its legal form ending at `end` ("Acme Robotics, Inc. (NYSE:
    ACRB)", whose form is no name of its own); `end` where none is written."""
    start = end
    while start > 1 and doc[start - 1].text in _WRITTEN_LEGAL_FORMS:
        start -= 1
    return start - 1 if start < end and doc[start - 1].text == "," else end


def ticker_brackets(text: str) -> list[re.Match[str]]:
    """The brackets of the text that may hold a stock's ticker ("(MSTR)", "(NASDAQ: AAPL)"; not "(UK)", "(AP)")."""
    return [match for match in TICKER_BRACKET.finditer(text) if match["ticker"] not in _NOT_TICKERS
            and (is_sure_ticker(match) or len(match["ticker"]) > 1)]


def is_sure_ticker(match: re.Match[str]) -> bool:
    """An exchange or a market's suffix ("NASDAQ: AAPL", "PFE.N") makes a bracket surely a ticker's; a bare "(JD)"
    may be a person's initials, "(NSW)" an acronym."""
    return bool(match["exchange"]) or "." in match["ticker"]


def _company_before(doc: Doc, end: int) -> Mention | None:
    """The capitalised words right before `end` in its sentence (at most `TICKER_NAME_WORDS`), as an organisation."""
    start = end
    while start > 0 and end - start < TICKER_NAME_WORDS and not doc[start].is_sent_start:
        word = doc[start - 1]
        if not (word.text[:1].isupper() and (word.is_alpha or word.lower_ in CORPORATE_SUFFIXES)):
            break
        start -= 1
    while start < end and doc[start].is_stop:
        start += 1  # "The" opening the sentence
    return Mention(start, end, "ORG", 1.0, "acronym") if start < end else None


# A stock's ticker in brackets, with its exchange or not: "(MSTR)", "(NASDAQ: AAPL)", "(RELI.NS)", or the code in
# digits of Asia's markets, always with its market's suffix: "(2330.TW)", "(0700.HK)", "(005930.KS)".
TICKER_BRACKET = re.compile(r"\((?:(?P<exchange>[A-Z][A-Za-z]{1,8}(?: [A-Z][A-Za-z]+)?)\s?:\s?)?"
                            r"(?P<ticker>[A-Z]{1,5}(?:\.[A-Z]{1,2})?|\d{4,6}\.[A-Z]{1,2})\)")


def without_numbered_tickers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions but the model's numbers that are a stock's code in digits in a ticker's brackets ("TSMC
    (2330.TW)" was the cardinal "2330.TW"), which `_tickers` makes the company's other name."""
    codes = set()
    for match in ticker_brackets(text_of(doc)):
        if match["ticker"][0].isdigit() and (span := doc.char_span(*match.span("ticker"))) is not None:
            codes.add((span.start, span.end))
    return [m for m in mentions if (m.start, m.end) not in codes or m.label not in NUMERIC_LABELS] if codes \
        else mentions


# Words that join two parts of one long name the model may split: "Midstream and Downstream", "Industry, Science".
_NAME_JOINS = frozenset({"and", "&", "of", "for", "the", ",", "on", "in"})


def _joined_long_forms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A long form the model split in two before its acronym in brackets ("[Nigerian Midstream] and [Downstream
    Petroleum Regulatory Authority] (NMDPRA)") made one mention, where only the whole has the acronym's initials; or
    one it cut short of a capitalised word or two no mention holds, where exactly the acronym's letters open the words
    ("Economic [Freedom Fighters] (EFF)", "the Samyukt [Kisan Morcha] (SKM)")."""
    by_end = {m.end: m for m in mentions if m.label in NAME_LABELS}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    merged: dict[int, Mention] = {}  # start of the first part -> the whole
    dropped: set[int] = set()  # starts of the second parts
    words = words_of(doc)
    for i in range(2, len(doc) - 2):
        if words[i] != "(" or words[i + 2] != ")":
            continue
        long = by_end.get(i)
        if long is None:
            if (whole := _with_words_after(doc, by_end, i, covered)) is not None:
                merged[whole.start] = whole
            continue
        acronym = doc[i + 1].text
        if _is_acronym_of(acronym, _initials(doc, long), bracketed=True):
            continue
        joint = long.start
        while joint > 0 and doc[joint - 1].lower_ in _NAME_JOINS and joint - long.start > -3:
            joint -= 1
        first = by_end.get(joint)
        if first is None and (whole := _with_words_before(doc, long, acronym, covered)) is not None:
            merged[long.start] = whole
            continue
        if first is None or joint == long.start or first.start in merged \
                or ", the" in doc[joint:long.start].text.lower():  # "In South Africa, the Reserve Bank (SARB)"
            continue
        whole = Mention(first.start, long.end, long.label, max(first.weight, long.weight), long.source)
        if _is_acronym_of(acronym, _initials(doc, whole), bracketed=True):
            merged[first.start], dropped = whole, dropped | {long.start}
    return [merged.get(m.start, m) for m in mentions if m.start not in dropped]


# Most tokens of a hyphenated long form before its acronym: "India-Middle East-Europe Economic Corridor".
HYPHENATED_LONG_FORM_TOKENS = 10


def _hyphenated_long_forms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A long form joining names by hyphens before its acronym in brackets as one mention, where the model cut it at a
    hyphen or named only a part ("China" of "the China-Pakistan Economic Corridor (CPEC)"): the capitalised words
    and glued hyphens before the bracket whose initials spell the acronym exactly."""
    words = words_of(doc)
    spans = {(m.start, m.end) for m in mentions}
    found: list[Mention] = []
    for i in range(2, len(doc) - 2):
        if words[i] == "(" and words[i + 2] == ")" and (long := _hyphenated_run(doc, i, words[i + 1])) is not None \
                and (long.start, long.end) not in spans:  # the model's own stays as it is
            found.append(long)
    if not found:
        return mentions
    inside = {i for m in found for i in range(m.start, m.end)}
    kept = [m for m in mentions if not inside.intersection(range(m.start, m.end))]
    labels = {m.start: m.label for m in mentions if m.label in NAME_LABELS}
    found = [Mention(m.start, m.end, labels.get(m.end + 1, "ORG"), 1.0, "acronym") for m in found]
    return sorted(kept + found, key=lambda m: m.start)


# Joining words of names transliterated from Urdu, Persian and Arabic, between hyphens: "Pakistan Tehreek-e-Insaf
# (PTI)", "Jamiat Ulema-e-Islam (JUI)", "Lashkar-e-Taiba (LeT)".
_TRANSLITERATED_JOINS = frozenset({"e", "i", "ul", "al", "ud", "ur", "un", "o"})


def _hyphenated_run(doc: Doc, end: int, acronym: str) -> Mention | None:
    """The capitalised words and glued hyphens right before `end` whose initials are exactly `acronym`, with a hyphen
    among them; None if there are none."""
    start, capitals, hyphenated = end, "", False
    while start > 0 and end - start < HYPHENATED_LONG_FORM_TOKENS and len(capitals) < len(acronym):
        word = doc[start - 1]
        if is_glued_hyphen(word) and capitals:
            hyphenated = True
        elif hyphenated and start > 1 and word.lower_ in _TRANSLITERATED_JOINS and is_glued_hyphen(doc[start - 2]):
            pass  # the "e" of "Tehreek-e-Insaf", the "ul" of "Jamiat-ul-Islam": no word of the acronym's
        elif word.is_alpha and word.text[:1].isupper() and not word.is_sent_start:
            capitals = word.text[0] + capitals
        elif word.is_alpha and word.text[:1].isupper():
            capitals, start = word.text[0] + capitals, start - 1
            break  # a name may open its sentence, none goes on before it
        else:
            break
        start -= 1
    if hyphenated and capitals == acronym and not is_glued_hyphen(doc[start]):
        return Mention(start, end, "ORG", 1.0, "acronym")
    return None


def _with_words_before(doc: Doc, long: Mention, acronym: str, covered: set[int]) -> Mention | None:
    """`long` taken back over one or two capitalised words no mention holds (an "and" after the first: "[Maritime and]
    Port Authority of Singapore (MPA)"), where the initials then spell `acronym` exactly, whole or up to an "of"."""
    start, words = long.start, 0
    while words < 2:
        start -= 1
        word = doc[start] if start >= 0 else None
        if word is None or word.i in covered or not (word.is_title and word.is_alpha or word.lower_ in _AND):
            return None
        if word.lower_ in _AND:
            continue  # a name opens with no "and"
        words += 1
        whole = Mention(start, long.end, "ORG", long.weight, long.source)
        of = next((t.i for t in doc[long.start:long.end] if t.text == "of"), long.end)
        if acronym in (_initials_spelled(doc, whole), _initials_spelled(doc, Mention(start, of, "ORG")),
                       _initials_with_codes(doc, whole)):
            return whole
    return None


_AND = frozenset({"and", "&"})


def _with_words_after(doc: Doc, by_end: dict[int, Mention], bracket: int, covered: set[int]) -> Mention | None:
    """The name ending before an "and" and one or two capitalised words no mention holds right before the bracket at
    `bracket`, taken on to it, where only the whole spells the acronym in it: "[Department of Public Works] and
    Highways (DPWH)" (the model left "Highways" out)."""
    acronym = doc[bracket + 1].text
    for joint in (bracket - 2, bracket - 3):
        first = by_end.get(joint)
        rest = span_of(doc, joint + 1, bracket) if joint > 0 else None
        if first is None or rest is None or doc[joint].lower_ not in _AND \
                or not all(t.is_title and t.is_alpha and t.i not in covered for t in rest):
            continue
        whole = Mention(first.start, bracket, first.label, first.weight, first.source)
        if _is_acronym_of(acronym, _initials(doc, whole), bracketed=True) \
                and not _is_acronym_of(acronym, _initials(doc, first), bracketed=True):
            return whole
    return None


def _initials_with_codes(doc: Doc, m: Mention) -> str:
    """The initials of the mention's capitalised words, a short code whole: "UUK" of "Universities UK", whose code
    the model took for a place of its own."""
    return "".join(_initials(doc, m)).upper()


def _initials_spelled(doc: Doc, m: Mention) -> str:
    """The initials of the mention's capitalised words (and of its "of"), one letter each, in capitals."""
    return "".join(w[0] for w in _initials(doc, m)).upper()


def _short_names(doc: Doc, mentions: list[Mention]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Short names ("Fed") the article writes beside their full name ("Federal Reserve"): each short key its long."""
    keys = {_key(doc, m) for m in mentions if m.label == "ORG" and doc[m.start].text[:1].isupper()}  # not "fed him"
    places = {_key(doc, m) for m in mentions if m.label == "GPE"}
    named = {short: found for short, long in _SHORT_NAME_KEYS.items() if short in keys
             and (found := _written_full_name(long, keys))}
    return {**named, **{short: long for short, long in _STATE_KEYS.items() if short in places and long in places}}


def _written_full_name(long: tuple[str, ...], keys: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The key the article writes a full name by: the name itself, or the name after its country's code ("U.S.
    Federal Reserve" is the Federal Reserve the "Fed" is), where only one such is written."""
    if long in keys:
        return long
    national = [key for key in keys if key[1:] == long and key[0] in _COUNTRY_CODE_KEYS]
    return national[0] if len(national) == 1 else None


def _spelled_out_acronyms(doc: Doc, mentions: list[Mention]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Acronyms whose long form the article also names, without brackets: "NASA" for "National Aeronautics and
    Space Administration", "GM" for "General Motors Co.". Without brackets to say so, the initials must match
    exactly (a company's legal form aside) and belong to one name only; people have no acronyms."""
    long_forms: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    texts = words_of(doc)
    for m in mentions:
        words = texts[m.start : m.end]
        # "IDC" of "International Data Corp." (not "FMC" of "Ford Motor Co.": another company's name)
        whole = "".join(w[0] for w in words if w[:1].isupper()) if words[-1].lower() in ("corp", "corp.") else ""
        while len(words) > 1 and words[-1].casefold() in CORPORATE_SUFFIXES:
            words.pop()
        if m.label in NAME_LABELS and (around := _initials_around_and(words, m.label)):
            long_forms[around].add(_key(doc, m))  # "M&S" of "Marks & Spencer", a person's to the model or not
        # A known organisation whatever the model's label: "Tigray People's Liberation Front", a person to it.
        if m.label in NAME_LABELS and (m.label != "PERSON" or _is_known_organisation(_key(doc, m))) and len(words) > 1:
            key = _key(doc, m)
            capitalised = [w for w in words if w[:1].isupper()]
            long_forms["".join(w[0] for w in capitalised)].add(key)
            if whole:
                long_forms[whole].add(key)
            if tail := _initials_before_last_and(capitalised, words):
                long_forms[tail].add(key)
            if air_lines := _initials_of_air_lines(capitalised):
                long_forms[air_lines].add(key)
            # "USGS" for "U.S. Geological Survey": a dotted code's letters, where two words or more follow it (a code
            # and one word name too much: "U.S. Army" is no "USA", "U.S. Bank" no "USB").
            if len(capitalised) > 2 and _DOTTED_INITIALS.fullmatch(capitalised[0]):
                long_forms["".join(_initial(w) for w in capitalised)].add(key)
            # "BOJ" for "Bank of Japan": some acronyms keep the initial of "of"; and leave out the country the name
            # opens with ("DOJ" for "US Department of Justice").
            national = words[1:] if words[0] in _COUNTRY_CODES and len(words) > 2 else []
            for named in (words, national):
                with_of = "".join(w[0].upper() for w in named if w[:1].isupper() or w == "of")
                if with_of != with_of.lower() and (named is words or len(with_of) > 2):  # not "SC", "GS"
                    long_forms[with_of].add(key)
    aliases = {}
    keys: set[tuple[str, ...]] | None = None  # of all the mentions, worked out at the first dotted pair
    for m in mentions:
        # Two letters dotted stand for many names ("U.S." is no "United Steelworkers", "D.C." no "District Court"):
        # only for the ones they are known by.
        if m.end - m.start == 1 and m.label in NAME_LABELS and (long := _DOTTED_PAIRS.get(texts[m.start])):
            if keys is None:
                keys = {_key(doc, other) for other in mentions}
            if long in keys:
                aliases[(_token_key(doc[m.start]),)] = long
            continue
        form = _acronym_form(texts[m.start])
        if m.end - m.start == 1 and m.label in NAME_LABELS and form:
            key = _token_key(doc[m.start])
            longs = {long for long in long_forms.get(form, ()) if key not in long  # "U.S." is none of "U.S. Senate"
                     and _may_stand_for(texts[m.start], long)}
            if len(longs) == 1:
                aliases[(key,)] = longs.pop()
    return aliases


def _initials_around_and(words: list[str], label: str) -> str:
    """The initials of a name of two parts joined by "&" (or "and", not in a person's name: "Tom and Jerry"), with
    the "&" between them, as a firm shortens its name: "M&S" of "Marks & Spencer", "J&J" of "Johnson & Johnson",
    "AT&T" of "American Telephone & Telegraph"; none where either part has more than three capitalised words."""
    words = words[1:] if words[:1] == ["The"] else words
    joins = [i for i, word in enumerate(words) if word == "&" or (word == "and" and label != "PERSON")]
    if len(joins) != 1:
        return ""
    left = "".join(w[0] for w in words[:joins[0]] if w[:1].isupper())
    right = "".join(w[0] for w in words[joins[0] + 1:] if w[:1].isupper())
    return f"{left}&{right}" if 1 <= len(left) <= 3 and 1 <= len(right) <= 3 else ""


def _initials_before_last_and(capitalised: list[str], words: list[str]) -> str:
    """The initials of a name without its last word after "and", which its acronym may leave out: "CDC" of "Centers
    for Disease Control and Prevention"; three letters at least, else none ("Marks and Spencer" is no "M")."""
    if len(words) < 4 or words[-2] != "and" or not words[-1][:1].isupper():
        return ""
    initials = "".join(w[0] for w in capitalised[:-1])
    return initials if len(initials) >= 3 else ""


def _initials_of_air_lines(capitalised: list[str]) -> str:
    """The initials of an airline's name with "Airlines" read as the two words it was once written as: "JAL" of "Japan
    Airlines", "PAL" of "Philippine Airlines" (their acronyms date from "Japan Air Lines"); none for other names."""
    if "Airlines" not in capitalised[1:]:
        return ""
    return "".join("AL" if word == "Airlines" else word[0] for word in capitalised)


# Countries a body's name may open with that its acronym leaves out.
_COUNTRY_CODES = frozenset({"US", "U.S.", "UK", "U.K."})
_COUNTRY_CODE_KEYS = frozenset(code.casefold() for code in _COUNTRY_CODES)
_DOTTED_PAIRS = {"U.S.": ("united", "states"), "U.K.": ("united", "kingdom"), "U.N.": ("united", "nations"),
                 "E.U.": ("european", "union"), "N.Y.": ("new", "york"), "L.A.": ("los", "angeles"),
                 "N.Z.": ("new", "zealand"), "S.F.": ("san", "francisco"), "D.C.": ("district", "of", "columbia"),
                 "P.R.": ("puerto", "rico")}


# Codes of countries and unions written without stops: initials of their own names only, not of every name whose
# capitals they share ("US" is no "University of Sydney", "EU" no "Edinburgh University"), but where brackets say so.
# (Longer codes, "DPRK", "PRC", share their letters with no other name the news writes beside them.)
_COUNTRY_CODES_UNDOTTED = frozenset({"US", "USA", "UK", "EU", "UN", "UAE", "NZ", "GB"})
_COUNTRY_CODE_NAMES = frozenset(_DOTTED_PAIRS.values())


def _may_stand_for(acronym: str, long: tuple[str, ...]) -> bool:
    """Whether the written acronym may stand for the long form `long` without brackets: a country's code for its
    country (or union) only."""
    return acronym not in _COUNTRY_CODES_UNDOTTED or long in _COUNTRY_CODE_NAMES or _is_country_name(" ".join(long))


def _acronym_form(word: str) -> str | None:
    """The word in capitals if it is written as an acronym: "NASA", "BoE" with its small letter, "E.P.A." dotted, "M&S"
    with its ampersand (kept: it stands only for a name of two parts joined so)."""
    if _AMPERSAND_INITIALS.fullmatch(word):
        return word
    if len(word) >= 6 and _DOTTED_INITIALS.fullmatch(word):
        return word.replace(".", "")
    if 2 <= len(word) <= 8 and word.isalpha() and word[0].isupper() and sum(ch.isupper() for ch in word) >= 2:
        return word.upper()
    return None
