"""What a small gazetteer knows: places, parties and organisations, their short names, datelines."""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Set
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from services.nlp.doctext import SMALL_WORD_CACHE, char_bounds, lowers_of, span_text, text_of, tokens_of, words_of
from services.nlp.entities.mentions import Mention, _key, _key_at, _token_key, _word_key, is_well_cased
from services.nlp.entity_rules import (
    AID_AGENCIES_AND_MUSEUMS,
    AIRPORT_NAMES,
    AUSTRALIAN_STATE_ABBREVIATIONS,
    BODIES_WITH_LOWER_CASE_WORDS,
    CAMPAIGN_GROUPS,
    CITIES,
    COMPASS_POINTS,
    COUNTRIES,
    COUNTRIES_RARELY_PEOPLE,
    CRAFT_NOUNS,
    DEMONYMS,
    FIRM_ONLY_NOUNS,
    GIVEN_NAME_PLACES,
    GIVEN_NAMES,
    KNOWN_EVENTS,
    KNOWN_FACILITIES,
    KNOWN_ORGANISATIONS,
    KNOWN_PEOPLE,
    KNOWN_PRODUCTS,
    KNOWN_STREETS,
    LEADING_ARTICLES,
    LEGISLATURES,
    LOCATIVES,
    LONDON_LINES,
    MEETING_NOUNS,
    MONTHS,
    NAME_LABELS,
    NAME_SMALL_WORDS,
    NUMERIC_LABELS,
    ORGANISATION_HEADS,
    ORGANISATIONS_NAMED_BY_WORDS,
    PARTIES,
    PARTY_WORDS,
    PEOPLES_FIRMS,
    PLACE_NAMED_CLUBS,
    POSSESSIVES,
    PRODUCTS_NAMED_BY_WORDS,
    PROVINCES,
    REGIONS,
    RELATION_NOUNS,
    SHORT_NAMES,
    TEAM_POSTS,
    TEAM_WORDS,
    TOWN_FIRST_CLUBS,
    TOWNS,
    US_STATE_ABBREVIATIONS,
    US_STATES,
)
from services.nlp.furniture import dateline_place_spans, dateline_spans
from services.nlp.given_names import is_english_given_name, is_given_name


def _is_country_or_state(key: tuple[str, ...]) -> bool:
    name = _compact(" ".join(key))
    return name in _COUNTRIES or name in _STATES_BESIDE_CITIES or name in ("newyork", "washington")


def _same_place(long: tuple[str, ...]) -> bool:
    """A country's longer name, that its short forms mean ("Great Britain", "South Korea"); not a country whose part
    names another ("South Sudan"), nor a city or region ("Mexico City", "Eastern Europe")."""
    name = _compact("".join(long))
    return name in _COUNTRIES and name not in _DISTINCT_PLACES


_DISTINCT_PLACES = frozenset("".join(name.split()) for name in (
    "south sudan", "northern ireland", "west virginia", "new mexico", "papua new guinea", "equatorial guinea",
    "guinea-bissau", "central african republic", "new south wales", "western australia", "south australia",
    "west bengal", "east timor", "north korea", "new jersey", "new hampshire", "new caledonia", "south africa",
    "dominican republic"))


def _is_city_long_form(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """"New York City" for "New York", "Washington, D.C." for "Washington"; not a state and its city ("Oklahoma City"
    beside "Oklahoma", "Quebec City")."""
    name = _compact("".join(short))
    return name in _CITIES and name not in _STATES_BESIDE_CITIES and long[:len(short)] == short \
        and long[len(short):] in _CITY_QUALIFIERS


# States that have a city of their name and a qualifier, told apart in the news (New York and Washington are cities).
_STATES_BESIDE_CITIES = frozenset({"".join(name.casefold().split()) for name in US_STATES}
                                  - {"newyork", "washington"}) | {"quebec"}


_CITY_QUALIFIERS = frozenset({("city",), ("dc",), ("d.c.",), ("d.c",)})


def _name_key(name: str) -> tuple[str, ...]:
    return tuple(_word_key(word) for word in name.split())


_SHORT_NAME_KEYS = {_name_key(short): _name_key(full) for short, full in SHORT_NAMES.items()}
_FULL_NAMES = {_name_key(short): full for short, full in SHORT_NAMES.items()}
_STATE_ABBREVIATIONS = {**US_STATE_ABBREVIATIONS, **AUSTRALIAN_STATE_ABBREVIATIONS}
_STATE_KEYS = {_name_key(short): _name_key(full) for short, full in _STATE_ABBREVIATIONS.items()}
_STATE_NAMES = {_name_key(short): full for short, full in _STATE_ABBREVIATIONS.items()}


@functools.lru_cache(maxsize=SMALL_WORD_CACHE)
def _compact(name: str) -> str:
    """A name as the gazetteer looks it up: no spaces, no accents ("São Paulo" is "SaoPaulo")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", "".join(name.split())) if not unicodedata.combining(ch))


_COUNTRIES = frozenset(map(_compact, COUNTRIES))
_DEMONYMS = frozenset(map(_compact, DEMONYMS))
_CITIES = frozenset(map(_compact, CITIES | TOWNS))
# Towns whose clubs sports copy names alone: a building's or product's vote may be the club's ("A Leeds fan").
_CLUB_TOWNS = frozenset(map(_compact, TOWNS - CITIES))
_REGIONS = frozenset(map(_compact, REGIONS))
_PROVINCES = frozenset(map(_compact, PROVINCES))
_GIVEN_NAME_PLACES = frozenset(map(_compact, GIVEN_NAME_PLACES))
_COUNTRIES_RARELY_PEOPLE = frozenset(map(_compact, COUNTRIES_RARELY_PEOPLE))
_GIVEN_NAMES = frozenset(map(_compact, GIVEN_NAMES))
_PARTIES = frozenset(map(_compact, PARTIES))
_KNOWN_ORGANISATIONS = frozenset(map(_compact, KNOWN_ORGANISATIONS | ORGANISATIONS_NAMED_BY_WORDS))
_AIRPORTS = frozenset(map(_compact, AIRPORT_NAMES))
# Names the gazetteer gives a label of their own, whatever the model's: award shows, products, leaders.
_KNOWN_LABELS = {**dict.fromkeys(map(_compact, KNOWN_EVENTS), "EVENT"),
                 **dict.fromkeys(map(_compact, KNOWN_FACILITIES), "FAC"),
                 **dict.fromkeys(map(_compact, KNOWN_PRODUCTS | PRODUCTS_NAMED_BY_WORDS), "PRODUCT"),
                 **dict.fromkeys(map(_compact, KNOWN_PEOPLE), "PERSON")}


def _is_known_organisation(key: tuple[str, ...]) -> bool:
    """The name is an organisation the gazetteer knows ("Rio Tinto", "Hamas")."""
    return _compact("".join(key)) in _KNOWN_ORGANISATIONS


def _is_country_name(name: str) -> bool:
    """A country the gazetteer knows, written any way ("UK", "United States", "Türkiye")."""
    return _compact(name.casefold()) in _COUNTRIES


def _in_gazetteer(name: str) -> bool:
    """True for any name the gazetteer knows, whatever its label, written in any case ("Reading", "reading")."""
    # Its lists are case-folded: a word's own text ("Wales") matched nothing.
    name = _compact(name.casefold())
    return name in _COUNTRIES or name in _DEMONYMS or name in _CITIES or name in _REGIONS


# Datelines in capitals that name an organisation's seat, not a place.
_ORGANISATION_DATELINES = frozenset({("united", "nations")})
# Words a dateline in capitals opens with to say where the reporter is near or on the way, no place's name: "NEAR
# KHERSON, Ukraine", "SOMEWHERE IN EASTERN UKRAINE", "ABOARD AIR FORCE ONE", "ALONG THE ISRAEL-GAZA BORDER".
_DATELINE_POSITIONS = frozenset({"near", "somewhere", "aboard", "along", "on", "in", "at", "off", "outside", "inside",
                                 "over", "across", "behind", "beyond", "en"})


def _dateline_places(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Where a dateline opens ("OSLO (Reuters) -", "THIRUVANANTHAPURAM —", "Mumbai: "), the city, country or, in
    capitals, any name (but "UNITED NATIONS"): a place there, whatever the model voted (a city elsewhere can stand
    for its team or government)."""
    starts = {start for start, _ in dateline_spans(doc)}
    return {m.key for m in mentions if doc[m.start].idx in starts and _is_whole_place(doc, m)
            and _names_a_dateline_place(m.key, doc[m.start:m.end].text)}


def _names_a_dateline_place(key: tuple[str, ...], written: str) -> bool:
    """A dateline's name is a place's: a city or country, or any name in capitals but "UNITED NATIONS"."""
    return _is_city_or_country("".join(key)) or (written.isupper() and key not in _ORGANISATION_DATELINES)


def _with_dateline_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions and what the model left out of clear datelines (see `dateline_place_spans`): a place for the city
    or country ("CLEVELAND, Ohio — Doctors ...", as `_dateline_places` takes it), and an organisation for the agency in
    brackets ("(AP)"; not "(UPDATED)", "(Video)")."""
    mentions = _without_cut_dateline_places(doc, mentions)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for start, end in dateline_place_spans(doc):
        span = doc.char_span(start, end)
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        if _names_a_dateline_place(_key_at(doc, span.start, span.end), span.text):
            added.append(Mention(span.start, span.end, "GPE"))
    for opened, closed in _dateline_brackets(doc):
        span = doc.char_span(opened + 1, closed)
        if span is not None and _AGENCY.fullmatch(span.text) and span.text.lower() not in _NOT_AGENCIES \
                and not taken.intersection(range(span.start, span.end)):
            added.append(Mention(span.start, span.end, "ORG"))
    mentions, dates = _with_dateline_dates(doc, mentions)
    added += dates
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# A dateline's date after its place: ", Aug 6" of "RIYADH, Aug 6 (Reuters) -", ", Sept. 12, 2024"; the month is
# checked against `MONTHS` (not a region's ", Ohio 4").
_DATELINE_DATE = re.compile(r",\s*(?P<date>(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:,\s*\d{4})?)\b")


def _with_dateline_dates(doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The mentions without the numbers the model cut out of a dateline's date, and that date as a DATE where the
    model gave none: "RIYADH, Aug 6 (Reuters) -" gave only CARDINAL "6", "COPENHAGEN, Feb 8 (Reuters) -" nothing."""
    text, dates, cut = text_of(doc), [], set()
    for start, end in dateline_spans(doc):
        match = _DATELINE_DATE.search(text, start, end)
        if match is None or match["month"].casefold() not in MONTHS or not 1 <= int(match["day"]) <= 31:
            continue
        span = doc.char_span(*match.span("date"))
        if span is None:
            continue
        inside = [m for m in mentions if m.start < span.end and m.end > span.start]
        if any(m.label == "DATE" or not (span.start <= m.start and m.end <= span.end) or m.label in NAME_LABELS
               for m in inside):
            continue  # the model's date stands; a name across it is left to the other rules
        cut.update(id(m) for m in inside)
        dates.append(Mention(span.start, span.end, "DATE"))
    return ([m for m in mentions if id(m) not in cut] if cut else mentions), dates


def _without_cut_dateline_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions without those that are only a part of a clear dateline's known place, or of one in capitals, which
    is then found whole ("SAO" of "SAO PAULO (Reuters) -", "COX" of "COX'S BAZAR, Bangladesh -" were
    organisations)."""
    cut = set()
    for start, end in dateline_place_spans(doc):
        span = doc.char_span(start, end)
        if span is None or not (_is_city_or_country(span.text.casefold())
                                or (_names_a_dateline_place(_key_at(doc, span.start, span.end), span.text)
                                    and span[0].lower_ not in _DATELINE_POSITIONS)):
            continue
        inside = [m for m in mentions if m.start < span.end and m.end > span.start]
        if inside and all(span.start <= m.start and m.end <= span.end and m.end - m.start < len(span)
                          for m in inside):
            cut.update(id(m) for m in inside)
    return [m for m in mentions if id(m) not in cut] if cut else mentions


# A news agency's name in a dateline's brackets: "(AP)", "(Reuters)", "(Agence France-Presse)"; no date or time.
_NOT_AGENCIES = frozenset({"updated", "update", "video", "videos", "photos", "photo", "live", "corrected", "audio",
                           "analysis", "opinion", "exclusive", "watch", "pictures", "graphic", "refile"})
_AGENCY = re.compile(r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}")


def _dateline_agencies(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the names in a dateline's brackets: news agencies ("AUSTIN, Texas (Bloomberg) --" made Bloomberg a
    place, and "economists surveyed by Bloomberg" with it)."""
    brackets = _dateline_brackets(doc)
    return {m.key for m in mentions if m.label in NAME_LABELS and any(
        opened < doc[m.start].idx and char_bounds(doc, m.start, m.end)[1] <= closed for opened, closed in brackets)}


def _dateline_brackets(doc: Doc) -> list[tuple[int, int]]:
    """Character offsets of the opening and closing brackets in each dateline ("(Reuters)")."""
    text, brackets = text_of(doc), []
    for start, end in dateline_spans(doc):
        opened = text.find("(", start, end)
        if opened >= 0:
            brackets.append((opened, text.find(")", opened, end)))
    return brackets


_PLACE_END = re.compile(r"\s*(?:[(,/:—–]|--|-\s)")


def _is_whole_place(doc: Doc, m: Mention) -> bool:
    """The mention is all of the dateline's place: punctuation follows it ("MIDWAY ATOLL -", "OSLO (Reuters)"), not
    more words of a heading in capitals ("CONGRESS HAS INVESTIGATED HIM —")."""
    span = doc[m.start:m.end]
    return bool(_PLACE_END.match(text_of(doc), span.end_char))


def _is_city_or_country(name: str) -> bool:
    name = _compact(name)
    return name in _CITIES or name in _COUNTRIES


def _gazetteer_label(key: tuple[str, ...], voted: str, has_institution: bool = False, opens_a_name: bool = False
                     ) -> str | None:
    """The label a gazetteer gives a name, where it should overrule the model's `voted` label (`has_institution`: the
    text names a court, council or police force after it, so that it is the place, even where a given name's;
    `opens_a_name`: the text names something longer that it opens, "Rajasthan Royals", whose short form it may be:
    "Punjab National Bank", "Brittany Mahomes")."""
    name = _compact("".join(key))
    if name in _KNOWN_ORGANISATIONS:
        return "ORG"
    if known := _KNOWN_LABELS.get(name):
        return known
    if name in _AIRPORTS and voted != "ORG":
        return "FAC"
    if voted == "PERSON" and name in _GIVEN_NAME_PLACES and not has_institution \
            and not (name in _COUNTRIES_RARELY_PEOPLE and not opens_a_name):
        return None
    if name in _COUNTRIES:
        return "GPE"
    # A province alone is the place ("Uttar Pradesh" was an organisation, "Tamil Nadu" a person or a building), but
    # not the short form of a team, firm or person named after it ("Rajasthan" of "Rajasthan Royals", "Brittany" of
    # "Brittany Mahomes").
    if name in _PROVINCES:
        return None if opens_a_name else "GPE"
    if name in _REGIONS:
        return "LOC"
    if name in _DEMONYMS and voted in ("GPE", "LOC", "ORG", "PERSON", "FAC"):
        return "NORP"
    # A city can stand for its team or government (ORG): only a PERSON or people's vote is surely wrong, and a
    # building's or product's where no club of its name is written alone ("in Punta Cana" a building, "the town of
    # Mirebalais" a product; not "A Leeds fan").
    if name in _CITIES and (voted in ("PERSON", "NORP") or voted in ("FAC", "PRODUCT") and name not in _CLUB_TOWNS):
        return "GPE"
    return None


def _completed_known_names(doc: Doc, mentions: list[Mention], nlp: Language) -> list[Mention]:
    """Mentions that the words after or before them make a known organisation's or place's name, made that name:
    "Newcastle" (a place to the model) of "Newcastle United", "Madrid" of "Real Madrid", "[Liberal] [Democrats]" (a
    party the model split in two), "[Merthyr] [Tydfil]", "[French] [Guiana]" (a people and a person to the model)."""
    opening, ending = _known_keys_by_part(nlp, _COMPLETED_LABELS)
    labels = _known_name_labels(nlp)
    starts, ends = {m.start for m in mentions}, {m.end for m in mentions}
    end_of = {m.start: m.end for m in mentions}
    cased = is_well_cased(doc)  # then the rest of the name is capitalised: not "Manchester city centre"
    out, swallowed = [], set()
    for m in mentions:
        if m.start in swallowed:
            continue
        key = _key(doc, m)
        if _is_titled_known_event(doc, m, key, labels):
            out.append(Mention(m.start + 1, m.end, "EVENT", m.weight, m.source))
            continue
        if m.label != "PRODUCT" and _is_known_products_edition(doc, m, key, labels):
            out.append(replace(m, label="PRODUCT"))
            continue
        if _opens_with_sentence_word(doc, m, key, labels):
            out.append(Mention(m.start + 1, m.end, labels[key[1:]], m.weight, m.source))
            continue
        if m.label == "PERSON" and (team := _known_organisation_after_of(doc, m, opening, labels, starts)):
            out += [Mention(m.start, team.start - 1, "PERSON", m.weight, m.source), team]
            continue
        openings = [(m.start, name) for name in opening.get(key, ())]
        if m.end - m.start > 1 and doc[m.start].lower_ in LEADING_ARTICLES:
            # Past an article the model took in: "[The Drewry World Container] Index", its work's title.
            openings += [(m.start + 1, name) for name in opening.get(key[1:], ())]
        for first, name in openings:
            end = first + len(name)
            if names_peoples_relations(doc, name, end):
                continue
            inside = starts & set(range(m.end, end))
            if end <= len(doc) and _key_at(doc, first, end) == name \
                    and all(end_of[start] <= end for start in inside) \
                    and not (cased and any(_is_lower_word(t) for t in doc[m.end:end])):
                m, swallowed = Mention(first, end, labels[name], m.weight, m.source), swallowed | inside
                break
        else:
            for name in ending.get(key, ()):
                start = m.end - len(name)
                # Not over an article in lower case, the sentence's ("the Netherlands" is "Netherlands").
                # Nor over a name already made whole: "250" of "FTSE 250", which "FTSE" took in above.
                if start >= 0 and _key_at(doc, start, m.end) == name and not ends & set(range(start + 1, m.start + 1)) \
                        and not names_peoples_relations(doc, name, m.end) \
                        and not (out and out[-1].end > start) \
                        and not (doc[start].is_lower and doc[start].lower_ in LEADING_ARTICLES) \
                        and not (cased and any(_is_lower_word(t) for t in doc[start:m.start])):
                    m = Mention(start, m.end, labels[name], m.weight, m.source)
                    break
        out.append(m)
    return out


def _opens_with_sentence_word(doc: Doc, m: Mention, key: tuple[str, ...], labels: dict[tuple[str, ...], str]) -> bool:
    """A known name of two words or more that the model read with the capitalised word opening the sentence before it:
    "[Benchmark] Henry Hub natural gas futures rose" (a person to the model). Not where the whole is known too ("New
    South Wales", or a known club: "Maccabi Tel Aviv beat Hapoel Tel Aviv"), nor a given name before it, which may be
    a person's ("Henry Hub" after "Chase"), nor the model's organisation named after a known place ("Air New Zealand
    said", "Team New Zealand won": a firm, a crew)."""
    first = doc[m.start]
    known = labels.get(key[1:])
    return m.end - m.start > 2 and first.is_sent_start and first.is_title and known in _COMPLETED_LABELS \
        and key not in labels and not _in_gazetteer(" ".join(key)) and not is_given_name(first.text) \
        and not (m.label == "ORG" and known in ("GPE", "LOC"))


def _is_titled_known_event(doc: Doc, m: Mention, key: tuple[str, ...], labels: dict[tuple[str, ...], str]) -> bool:
    """A known event the model took with its article for a work's title: "won the Tour of Flanders"."""
    return m.label == "WORK_OF_ART" and m.end - m.start > 1 and doc[m.start].lower_ in LEADING_ARTICLES \
        and labels.get(key[1:]) == "EVENT"


def _known_organisation_after_of(doc: Doc, m: Mention, opening: dict[tuple[str, ...], list[tuple[str, ...]]],
                                 labels: dict[tuple[str, ...], str], starts: set[int]) -> Mention | None:
    """A known organisation whose first words a person's span took in after "of", its own name before, as the model
    reads a rider and his team: "[Wout van Aert of Visma-Lease] a Bike"; None where there is none."""
    for j in range(m.start + 2, m.end - 1):
        if doc[j].lower_ != "of":
            continue
        for name in opening.get(_key_at(doc, j + 1, m.end), ()):
            end = j + 1 + len(name)
            if labels[name] == "ORG" and end <= len(doc) and _key_at(doc, j + 1, end) == name \
                    and not starts & set(range(m.end, end)):
                return Mention(j + 1, end, "ORG", m.weight, m.source)
    return None


# Words after a known product's name that make a body of it, no edition: "Xbox Game Studios", "Call of Duty League".
_BODY_WORDS_AFTER_PRODUCTS = ORGANISATION_HEADS | {"studios", "studio", "league", "games", "entertainment", "store"}
# Most words of an edition's name after its product's: "Grand Theft Auto VI", "Mario Kart World".
_EDITION_WORDS = 2


def _is_known_products_edition(doc: Doc, m: Mention, key: tuple[str, ...], labels: dict[tuple[str, ...], str]) -> bool:
    """A known product's name of two words or more and an edition's one or two capitalised words or numerals after it,
    which the model took for a firm or a person: "Grand Theft Auto VI", "Mario Kart World"; not a body of the
    product's name ("Xbox Game Studios")."""
    for n in range(max(2, len(key) - _EDITION_WORDS), len(key)):
        if labels.get(key[:n]) == "PRODUCT":
            rest = doc[m.start + n:m.end]
            return len(rest) == len(key) - n and all((t.is_title or t.is_upper or t.is_digit) and t.text.isalnum()
                                                     and t.lower_ not in _BODY_WORDS_AFTER_PRODUCTS for t in rest)
    return False


def names_peoples_relations(doc: Doc, key: tuple[str, ...], end: int) -> bool:
    """A firm named by two peoples' words (`PEOPLES_FIRMS`) whose words end at `end` before a lower-case noun of
    relations, where they are the peoples: "Anglo American relations have soured"."""
    return " ".join(key) in PEOPLES_FIRMS and end < len(doc) and doc[end].lower_ in RELATION_NOUNS \
        and doc[end].is_lower


# Labels of the known names that `_completed_known_names` completes: organisations, places, products ("David" of
# "David's Sling", a person to the model) and facilities ("Hadron Collider" of "the Large Hadron Collider").
_COMPLETED_LABELS = frozenset({"ORG", "GPE", "LOC", "PRODUCT", "EVENT", "FAC"})
# Lower-case words inside known names as written: "Law and Justice", "Rio Grande do Sul", "Dar es Salaam", and
# the bodies' words written so ("products" of the "Medicines and Healthcare products Regulatory Agency").
# Parties' names in their own languages write theirs too: "Partido dos Trabalhadores", "Unión por la Patria",
# "Pakistan Tehreek-e-Insaf" ("e" between its hyphens), "Alternative für Deutschland".
_KNOWN_NAME_SMALL_WORDS = NAME_SMALL_WORDS | {"do", "es", "dos", "das", "da", "por", "e", "für"} | {
    "door", "het", "a"} | {  # Flemish races' and a cycling team's: "Dwars door Vlaanderen", "Visma-Lease a Bike"
    word for name in BODIES_WITH_LOWER_CASE_WORDS for word in name.split()}


def _is_lower_word(token: Token) -> bool:
    """A lower-case word that no known name writes so: the name's words are ordinary words ("Manchester city"); not a
    possessive, which a known name may hold ("David's Sling")."""
    return token.is_lower and token.lower_ not in _KNOWN_NAME_SMALL_WORDS and token.lower_ not in POSSESSIVES


def _abbreviated_states(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Australia's states written short that the model took for a number ("NSW Treasurer Daniel Mookhey"): places."""
    return [Mention(m.start, m.end, "GPE", m.weight, m.source) if m.label in NUMERIC_LABELS and m.end - m.start == 1
            and doc[m.start].text in AUSTRALIAN_STATE_ABBREVIATIONS else m for m in mentions]


# The abbreviations of "Saint" that open places' names: "St. Lucia", "St Kitts and Nevis", "Ste. Genevieve".
_SAINTS = frozenset({"st.", "st", "ste.", "ste"})
# The most words after "St." a place's name the gazetteer knows has: "St. Vincent and the Grenadines".
_MOST_SAINTS_WORDS = 4


def _saints_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A place whose "Saint" is written "St." that the gazetteer knows as written either way, whole where the model
    missed it or cut it at the abbreviation's full stop: "of St. Lucia" (none, or "Lucia" a person to the model), "St
    Kitts and Nevis"; not where a mention runs past the place ("St. Lucia Airport")."""
    out = list(mentions)
    for i, lower in enumerate(lowers_of(doc)):
        if lower not in _SAINTS or i + 1 >= len(doc) or not doc[i + 1].is_title:
            continue  # read off the word list: a Token for every word of the document costs more than the rule
        end = _saints_place_end(doc, i)
        inside = [m for m in out if m.start < end and i < m.end]
        if end and all(i <= m.start and m.end <= end for m in inside) \
                and not any(m.start == i and m.end == end for m in inside):
            out = [m for m in out if m not in inside] + [Mention(i, end, "GPE", 1.0, "rule")]
    return sorted(out, key=lambda m: m.start)


# The most words a London line's name before "line" has: "Hammersmith & City".
_LONGEST_LINE = max(len(name.split()) for name in LONDON_LINES)


def _london_lines(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A London line after "the", whole with its word "line": "the Elizabeth line" (a person "Elizabeth" to the model),
    "the Central line", "the Hammersmith & City line"; not in lower case ("a central line" of a hospital), nor where a
    mention runs past it ("the Northern Line Extension Trust"), nor a compound of "line" ("the Victoria line-up")."""
    out = list(mentions)
    lowers = lowers_of(doc)
    for end, lower in enumerate(lowers):
        if lower != "line" or end < 2 or (end + 1 < len(lowers) and lowers[end + 1] == "-"):
            continue  # read off the word list (a Token for every word costs more than the rule); not "line-up"
        start = next((s for s in range(max(1, end - _LONGEST_LINE), end)
                      if " ".join(lowers[s:end]) in LONDON_LINES and lowers[s - 1] == "the" and doc[s].is_title), None)
        if start is None:
            continue
        inside = [m for m in out if m.start < end + 1 and start < m.end]
        if all(start <= m.start and m.end <= end + 1 for m in inside) \
                and not any(m.start == start and m.end == end + 1 for m in inside):
            out = [m for m in out if m not in inside] + [Mention(start, end + 1, "FAC", 1.0, "rule")]
    return sorted(out, key=lambda m: m.start)


def _saints_place_end(doc: Doc, start: int) -> int:
    """The end of the longest place the gazetteer knows that "St." at `start` opens, as "Saint" or "St." (0: none)."""
    for end in range(min(len(doc), start + 1 + _MOST_SAINTS_WORDS), start + 1, -1):
        words = doc[start + 1:end].text
        if doc[end - 1].is_title and (_in_gazetteer(f"saint {words}") or _in_gazetteer(f"st. {words}")):
            return end
    return 0


def listed_after_a_locative(doc: Doc, i: int) -> bool:
    """Token `i` follows a preposition of place, right away or as a later item of a list after it: "homes in Kent and
    [Sussex]" (the parser's conjunct of the preposition's object; not a clause's subject after "and": "He grew up in
    Leeds and Everton signed him")."""
    if i > 0 and doc[i - 1].lower_ in LOCATIVES:
        return doc[i - 1].head.lemma_ not in _IN_WITHOUT_PLACE
    first = doc[i]
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return first.i != i and first.dep_ == "pobj" and first.head.lower_ in LOCATIVES \
        and first.head.head.lemma_ not in _IN_WITHOUT_PLACE


def _cities_after_locatives(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A city or town the model called an organisation where the words say a place: "a fire in Nagpur", "police near
    Leeds", "homes in Kent and Sussex", "Russian drones struck Lutsk"; not its team ("in Leeds' win", "in Leeds fans'
    chants") nor after "to" or "at" ("lost to Leeds", "won at Leeds"), which sport writes of teams. So too a city or
    country the model called a thing or a date after a preposition of place ("held in Thessaloniki" a work, "near
    Tillaberi and Agadez" a product, "in Niger" a date)."""
    places = {i for m in mentions if m.label in _ATTACKING_LABELS for i in range(m.start, m.end)}
    return [replace(m, label="GPE") if m.start > 0 and _is_misread_place(doc, m)
            and (listed_after_a_locative(doc, m.start) or (m.label == "ORG" and (
                _after_a_place_of(doc, m.start) or _after_an_attack(doc, m.start, places))))
            and not (_before_team_words(doc, m.end) and not _before_anothers_verb(doc, m)) else m
            for m in mentions]


# Labels the model gives a place's name that no place has: a thing's, a work's, a law's, a language's, a date's.
_NO_PLACES_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE", "DATE", "TIME"})


def _is_misread_place(doc: Doc, m: Mention) -> bool:
    """The mention is a city the model called an organisation, or a city or country it gave a label no place has."""
    written = span_text(doc, m.start, m.end)  # the Span's text, without building a Span: asked of every mention
    name = _compact(written.casefold())
    if m.label == "ORG":
        return name in _CITIES
    return m.label in _NO_PLACES_LABELS and (name in _CITIES or name in _COUNTRIES) and written[:1].isupper()


def _given_name_places_after_locatives(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of places the gazetteer knows that are given names too, which the model called persons where every mention
    follows a preposition of place, right away or in a list: "homes in Kent and Sussex", "a rally in Victoria"; not a
    word of a person's longer name in the text ("Kent Walker ... in Kent"), nor before a possessive."""
    people = {word for m in mentions if m.label == "PERSON" and m.end - m.start > 1 for word in m.key}
    placed: dict[tuple[str, ...], bool] = {}
    for m in mentions:
        if not m.key or m.label not in NAME_LABELS:
            continue
        name = _compact(span_text(doc, m.start, m.end).casefold())
        placed[m.key] = placed.get(m.key, True) and m.label == "PERSON" and m.end - m.start == 1 \
            and name in _GIVEN_NAME_PLACES and (name in _CITIES or name in _COUNTRIES) and m.key[0] not in people \
            and listed_after_a_locative(doc, m.start) and not (m.end < len(doc) and doc[m.end].tag_ == "POS")
    return {key for key, place in placed.items() if place}


def _before_anothers_verb(doc: Doc, m: Mention) -> bool:
    """The word after the name is a verb whose subject the name is not: "homes in Kent and Sussex lost power" (a
    team's word, "lost", after a place)."""
    after = doc[m.end] if m.end < len(doc) else None
    return after is not None and after.pos_ == "VERB" and doc[m.end - 1].head.i != after.i


# Nouns of a court's or a coroner's sitting, after which "at" or "in" and one name is the town it sits in: "told the
# hearing at Horsham", "the inquest in Truro"; and of a local body, "the council in Gwynedd", "police in Truro".
_SITTING_NOUNS = frozenset({"hearing", "inquest", "trial", "court", "tribunal", "council", "councils", "police"})


def _towns_of_sittings(doc: Doc, mentions: list[Mention], ordinary: Set[str]) -> list[Mention]:
    """A one-word person or organisation after a sitting's noun and "at" or "in" is the town the court sits in: "told
    the hearing at Horsham" (a person to the model), "The inquest in Truro heard" (an organisation); not a surname the
    text gives a person ("Anna Truro ... the inquest in Truro"); of a person not a given name ("the hearing at Grace's
    request" has a possessive too); of an organisation not a body's name (`_names_a_body`: "a hearing in Congress"),
    a given name or not ("the council in Gwynedd", a Welsh county), after "at" only of a court's or a coroner's sitting
    (`_in_a_sittings_town`)."""
    surnames = {doc[m.end - 1].text for m in mentions if m.label == "PERSON" and m.end - m.start > 1}
    return [replace(m, label="GPE") if m.label in ("PERSON", "ORG") and m.end - m.start == 1
            and _after_a_sitting(doc, m.start) and doc[m.start].text not in surnames
            and not (_names_a_body(doc[m.start], ordinary) or not _in_a_sittings_town(doc, m.start) if m.label == "ORG"
                     else is_given_name(doc[m.start].text))
            and not (m.end < len(doc) and doc[m.end].text in ("'s", "’s", "'", "’")) else m
            for m in mentions]


# Words of a life's beginning before "in", after which one to three capitalised words are where it began: "born in
# Mindelo", "raised in Harlem" (persons or organisations to the model).
_BIRTH_WORDS = frozenset({"born", "raised"})
# Most words of a birthplace's name the rule reads.
_BIRTHPLACE_WORDS = 3
# Bodies where a matter "was raised", no birthplace: "Concerns were raised in Parliament", "raised in Congress".
_BODIES_WHERE_RAISED = LEGISLATURES | {"parliament", "congress", "cabinet", "senate", "assembly", "commons", "lords",
                                       "government", "chamber"}


def _birthplaces(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person or organisation of one to three capitalised words right after "born in" or "raised in" is a place:
    "He was born in Mindelo, on the island of Sao Vicente" gave the person "Mindelo"; not a surname the text gives a
    person ("Anna Truro ... born in Truro"), nor before a possessive ("born in Smith's house") or a capitalised word
    the mention left out ("born in Queen Charlotte Hospital")."""
    if "born in" not in text_of(doc) and "raised in" not in text_of(doc):  # cheap: most texts have neither
        return mentions
    surnames = {doc[m.end - 1].text for m in mentions if m.label == "PERSON" and m.end - m.start > 1}
    return [replace(m, label="GPE") if m.label in ("PERSON", "ORG") and m.end - m.start <= _BIRTHPLACE_WORDS
            and m.start > 1 and doc[m.start - 1].lower_ == "in" and doc[m.start - 2].lower_ in _BIRTH_WORDS
            and all(t.is_title and t.is_alpha for t in doc[m.start:m.end]) and doc[m.end - 1].text not in surnames
            and not (m.end < len(doc) and (doc[m.end].tag_ == "POS" or doc[m.end].is_title))
            and not _is_a_body(doc, m) and not doc[m.end - 1].lower_.endswith("ism") else m  # "raised in Judaism"
            for m in mentions]


def _is_a_body(doc: Doc, m: Mention) -> bool:
    """The model's organisation is a legislature, a cabinet or a body by its last word ("raised in Parliament")."""
    words = doc[m.start:m.end]
    return m.label == "ORG" and (words.text.lower() in _BODIES_WHERE_RAISED or words[-1].lower_ in ORGANISATION_HEADS)


# Sittings held in a town's court, after which "at" and a name is the town ("The inquest at Truro"); the police, a
# council, a trial or a tribunal "at" a name are as often at a firm or a union ("Police at Tesco detained", "A trial at
# Novartis", "The tribunal at Deloitte", "The council at Unite voted").
_SITTINGS_AT_TOWNS = frozenset({"inquest", "hearing", "court"})


def _in_a_sittings_town(doc: Doc, i: int) -> bool:
    """doc[i] follows "in" after a sitting's noun, or "at" after a court's or a coroner's sitting (`_after_a_sitting`
    holds)."""
    return doc[i - 1].lower_ == "in" or doc[i - 2].lower_ in _SITTINGS_AT_TOWNS


def _names_a_body(token: Token, ordinary: Set[str]) -> bool:
    """The one word may name a body rather than a town: a dictionary word ("Congress", "Parliament"), an acronym
    ("FCA") or an organisation the gazetteer knows."""
    return token.lower_ in ordinary or token.is_upper or _is_known_organisation((_token_key(token),))


def _towns_listed_with_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person the model found in a list of names after "in" (or "near", "across" ...) beside a place the gazetteer
    knows, or beside two places the model found, is a town: "held in Madrid, Valencia and Alicante", "homes in Bologna,
    Ravenna and Forlì" (Valencia, Alicante, Ravenna persons to the model); not a name opening with a given name, nor
    a surname the text gives a person ("Olaf Scholz ... in Germany, Scholz and Macron")."""
    places = {i for m in mentions if m.label == "GPE" for i in range(m.start, m.end)}
    known = {i for m in mentions if m.label == "GPE" and _in_gazetteer(span_text(doc, m.start, m.end))
             for i in range(m.start, m.end)}
    # Surnames of full names, each with the names it ends (a listed "Novi Sad" is no one else's "Sad").
    full_names: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label == "PERSON" and m.end - m.start > 1:
            full_names[doc[m.end - 1].lower_].add(span_text(doc, m.start, m.end))
    return [replace(m, label="GPE") if m.label == "PERSON" and not _opens_with_a_given_name(doc, m)
            and not full_names[doc[m.end - 1].lower_] - {span_text(doc, m.start, m.end)}
            and _written_as_a_list_item(doc, m) and _listed_with_places(doc[m.start:m.end].root, places, known) else m
            for m in mentions]


# What a town's name in a list follows: a comma, a conjunction or the preposition (not a noun of its own: "in Chechnya
# and Moscow-backed leader Doku Zavgayev", the parser's conjunct).
_LIST_ITEM_OPENERS = frozenset({",", "and", "or"}) | LOCATIVES


def _written_as_a_list_item(doc: Doc, m: Mention) -> bool:
    """The name follows a comma, "and", "or" or a preposition of place right away."""
    return m.start > 0 and doc[m.start - 1].lower_ in _LIST_ITEM_OPENERS


def _opens_with_a_given_name(doc: Doc, m: Mention) -> bool:
    """A name of two words or more opening with a given name anywhere ("Maria Lopez"), or one word that is an English
    one ("Harry"): towns named as given names elsewhere are many ("Valencia", "Palma")."""
    first = doc[m.start].text
    return is_given_name(first) if m.end - m.start > 1 else is_english_given_name(first)


# Words whose "in" names no place but what one trusts, holds or plays in, people and works as often as towns:
# "Confidence in Sunak, Hunt and Braverman", "interest in Rashford, Sancho and Greenwood", "starred in Babylon, Elvis".
_IN_WITHOUT_PLACE = frozenset({"interest", "confidence", "faith", "trust", "belief", "stake", "invest", "star", "role",
                               "appear", "cast"})


# Verbs whose "to" goes to places as "in" is in them: "Strikes spread to Porto, Braga and Coimbra" (not "lost to",
# "spoke to", whose lists are teams and people).
_SPREADING = frozenset({"spread", "extend", "expand"})


def _listed_with_places(word: Token, places: set[int], known: set[int]) -> bool:
    """`word` is one of a list of names (conjuncts) after a preposition of place ("in", or "to" after a verb of
    spreading; not "to" else, which sport and speech write of teams and people: "lost to Barcelona, Valencia and
    Sevilla", "spoke to Biden, Macron and Sunak"; nor after a word of trust or a role, `_IN_WITHOUT_PLACE`), and
    another of them is a known place or two others are places."""
    first = word
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "pobj" or first.head.head.lemma_ in _IN_WITHOUT_PLACE or not (
            first.head.lower_ in LOCATIVES or (first.head.lower_ == "to" and first.head.head.lemma_ in _SPREADING)):
        return False
    others = [t for t in (first, *first.subtree) if t.i != word.i and (t.i == first.i or t.dep_ == "conj")]
    return any(t.i in known for t in others) or sum(t.i in places for t in others) >= 2


def _after_a_sitting(doc: Doc, i: int) -> bool:
    """doc[i] follows "at" or "in" after a sitting's noun: "the hearing at [Horsham]"."""
    return i > 1 and doc[i - 1].lower_ in ("at", "in") and doc[i - 2].lower_ in _SITTING_NOUNS


# Verbs of an attack from the air or by guns, whose object is a place: "missiles struck Dnipro", "shelled Kherson"
# ("hit" and "targeted", which sport and transfer news write of teams, below).
_ATTACK_LEMMAS = frozenset({"strike", "shell", "bomb", "bombard", "pound", "attack"})
# Verbs sport and transfer news write of teams too ("Injuries hit Leeds"), of a place only after a weapon ("Drones hit
# Kharkiv", "a missile targeted Odesa").
_WEAPON_ATTACK_LEMMAS = frozenset({"hit", "target"})
_WEAPON_NOUNS = frozenset({"drone", "missile", "rocket", "bomb", "shell", "strike", "airstrike", "air strike",
                           "artillery", "jet", "warplane", "munition"})
# The model's labels of a name that attacks a place ("Russia struck Dnipro", "Israeli jets pounded Rafah"); a club's
# name is none of them ("Shakhtar struck Dnipro with a late goal" is the team).
_ATTACKING_LABELS = frozenset({"GPE", "NORP", "LOC"})


def _after_an_attack(doc: Doc, i: int, places: set[int]) -> bool:
    """doc[i] opens the object of a verb of attack right before it ("struck Lutsk overnight") whose subject is a
    common noun ("drones", "forces") or a place or people (`places`, token indexes), not a name of a team."""
    verb = doc[i - 1]
    if not (verb.pos_ == "VERB" and doc[i].head == verb):
        return False
    subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
    if verb.lemma_ in _WEAPON_ATTACK_LEMMAS:
        return any(t.lemma_.lower() in _WEAPON_NOUNS for t in subjects)
    return verb.lemma_ in _ATTACK_LEMMAS and all(t.pos_ != "PROPN" or t.i in places for t in subjects)


# Words before "of" and a place's name: "25 km south of Kostiantynivka", "the town of Pokrovsk", "the outskirts of".
_PLACE_OF_WORDS = COMPASS_POINTS | {"village", "town", "city", "outskirts", "suburbs", "centre", "center"}


def _after_a_place_of(doc: Doc, i: int) -> bool:
    """Token `i` follows "of" after a direction or a kind of settlement: "south of [Kostiantynivka]"."""
    return i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _PLACE_OF_WORDS


def _before_team_words(doc: Doc, i: int) -> bool:
    """Token `i` opens what a team's name comes before: a possessive or a word of sport ("fans", "coach")."""
    return i < len(doc) and (doc[i].lower_ in POSSESSIVES or doc[i].lower_ in TEAM_WORDS)


def _national_branches(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An organisation's acronym and the country or region of its branch, then a verb: "NHS England said", "BBC Wales
    reported", which the model missed or cut to the place ("NHS Scotland" was "Scotland"), and a bank's (see
    `_banks_national_branches`). Not a place's acronym ("US Mexico"), nor without the verb ("the EU Ukraine
    summit")."""
    taken = {i: m for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    tokens = tokens_of(doc)
    for token in tokens[:-2]:
        i, place = token.i, tokens[token.i + 1]
        if i in taken or not (2 <= len(token) <= 5 and token.is_upper and token.is_alpha) or not place.is_title \
                or _in_gazetteer(token.lower_) or not _is_country_or_region(place.text) \
                or (i > 0 and doc[i - 1].pos_ in ("DET", "ADP")):  # "Thanks to the IMF Egypt has stabilised"
            continue
        inside = taken.get(i + 1)
        if (inside is None or (inside.start == i + 1 and inside.end == i + 2 and inside.label in ("GPE", "LOC"))) \
                and doc[i + 2].pos_ in ("VERB", "AUX"):
            found.append(Mention(i, i + 2, "ORG", 1.0, "rule"))
    found += _banks_national_branches(doc, mentions)
    if not found:
        return mentions
    inside = {i for m in found for i in range(m.start, m.end)}
    return sorted([m for m in mentions if not (m.start in inside and m.end - 1 in inside)] + found,
                  key=lambda m: m.start)


# Last words of a bank's name, which names its national branches with the country after it: "DBS Bank Indonesia".
_BANK_WORDS = frozenset({"bank"})
# The model's labels of the country of such a branch ("Standard Chartered Bank Kenya" gave a person "Kenya").
_BRANCH_PLACE_LABELS = frozenset({"GPE", "LOC", "PERSON", "ORG"})


def _banks_national_branches(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A bank's name (the model's organisation ending in "Bank") and the country of its branch, then a verb: "DBS Bank
    Indonesia said", "Standard Chartered Bank Kenya said" (the bank and a place or person to the model). Not without
    the verb ("the World Bank Indonesia office"), nor a people's name after it."""
    by_start = {m.start: m for m in mentions}
    found = []
    for m in mentions:
        end = m.end
        if m.label != "ORG" or doc[end - 1].lower_ not in _BANK_WORDS or end + 1 >= len(doc) \
                or not doc[end].is_title or not _is_country_or_region(doc[end].text) \
                or doc[end + 1].pos_ not in ("VERB", "AUX") or _country_opens_the_clause(doc, m.start, doc[end + 1]):
            continue
        place = by_start.get(end)
        if place is None or (place.end == end + 1 and place.label in _BRANCH_PLACE_LABELS):
            found.append(Mention(m.start, end + 1, "ORG", m.weight, m.source))
    return found + _one_word_banks_national_branches(doc, mentions)


def _one_word_banks_national_branches(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A bank named by one capitalised word ending in "bank" ("Maybank", "Rabobank"), which the model missed, and the
    country of its branch, then a verb: "Maybank Indonesia said" (the place alone to the model). Not the dictionary's
    word ("Riverbank", no proper noun to the tagger), nor after a determiner or a preposition ("the Westbank
    Indonesia office")."""
    taken = {i: m for m in mentions for i in range(m.start, m.end)}
    found = []
    lowers = lowers_of(doc)
    for token in tokens_of(doc)[:-2]:
        # The word read off the list first: nearly no word ends in "bank", and the next Token costs more than the test.
        if not lowers[token.i].endswith("bank"):
            continue
        i, country = token.i, doc[token.i + 1]
        if len(token) < 6 or i in taken or not token.is_title \
                or not token.is_alpha or token.pos_ != "PROPN" or not country.is_title \
                or not _is_country_or_region(country.text) or doc[i + 2].pos_ not in ("VERB", "AUX") \
                or (i > 0 and doc[i - 1].pos_ in ("DET", "ADP")):
            continue
        place = taken.get(i + 1)
        if place is None or (place.start == i + 1 and place.end == i + 2 and place.label in _BRANCH_PLACE_LABELS):
            found.append(Mention(i, i + 2, "ORG", 1.0, "rule"))
    return found


def _country_opens_the_clause(doc: Doc, start: int, verb: Token) -> bool:
    """The bank at `start` is a preposition's object and the verb after the country has no subject before the bank:
    the country is that subject, opening the clause after a phrase that wants its comma ("Under pressure from the
    World Bank Ghana agreed to cut subsidies"; not "A spokesman for DBS Bank Indonesia said")."""
    j = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
    if j == 0 or doc[j - 1].pos_ != "ADP":
        return False
    head = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < start for c in head.children)


# Campaign groups and aid agencies by their words, which name their national branches after them: "Greenpeace Nordic",
# "Transparency International Georgia", "Oxfam Ireland".
_BRANCHED_GROUPS = frozenset(tuple(name.split()) for name in CAMPAIGN_GROUPS | AID_AGENCIES_AND_MUSEUMS)
_LONGEST_BRANCHED_GROUP = max(map(len, _BRANCHED_GROUPS))
_BRANCHED_GROUPS_FIRST_WORDS = frozenset(name[0] for name in _BRANCHED_GROUPS)
# Regions a branch is named after that are no place of the gazetteer's.
_BRANCH_REGIONS = frozenset({"nordic", "nordics"})


def _branched_group_end(doc: Doc, i: int) -> int | None:
    """The end of the longest known group's name (`_BRANCHED_GROUPS`) opening with a capital at token `i`, with a
    token after it; None where none does. Most tokens open none: their word alone is asked, before any slice."""
    lowers = lowers_of(doc)
    if lowers[i] not in _BRANCHED_GROUPS_FIRST_WORDS or tokens_of(doc)[i].is_lower:
        return None
    return next((i + n for n in range(_LONGEST_BRANCHED_GROUP, 0, -1)
                 if i + n < len(doc) and tuple(lowers[i:i + n]) in _BRANCHED_GROUPS), None)


def _branches_of_known_groups(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A known campaign group's or aid agency's name and the country or region of its branch: one organisation, which
    the model cut to the place ("Transparency International Georgia" was "Georgia") or took for a person ("Greenpeace
    Nordic"). Not a group's name run into a place in lower case or past the sentence's end."""
    found: list[Mention] = []
    lowers = lowers_of(doc)
    i = 0
    while i < len(doc) - 1:
        # The word asked first, with no call: it opens no group's name for nearly every token.
        end = _branched_group_end(doc, i) if lowers[i] in _BRANCHED_GROUPS_FIRST_WORDS else None
        place = doc[end] if end is not None else None
        if place is not None and place.text[:1].isupper() and place.sent == doc[i].sent \
                and (_is_country_or_region(place.text) or place.lower_ in _BRANCH_REGIONS) \
                and not _opens_a_clause_after_a_source(doc, i, end):
            found.append(Mention(i, end + 1, "ORG", 1.0, "rule"))
            i = end + 1
            continue
        i += 1
    if not found:
        return mentions
    inside = {j for m in found for j in range(m.start, m.end)}
    return sorted([m for m in mentions if not any(j in inside for j in range(m.start, m.end))] + found,
                  key=lambda m: m.start)


def _opens_a_clause_after_a_source(doc: Doc, group: int, place: int) -> bool:
    """The place after a group named as a preposition's object is the subject of the next clause, a verb after it:
    "According to Amnesty International Iran executed 972 people", "a report by Human Rights Watch Israel rejected"."""
    return group > 0 and doc[group - 1].pos_ == "ADP" and place + 1 < len(doc) \
        and doc[place + 1].pos_ in ("VERB", "AUX")


def _is_country_or_region(word: str) -> bool:
    """A place a branch is named after: a country, nation, region or city; not a people's name."""
    return _in_gazetteer(word.casefold()) and _compact(word.casefold()) not in _DEMONYMS


def _known_organisation_keys(nlp: Language) -> tuple[dict[tuple[str, ...], list[tuple[str, ...]]],
                                                     dict[tuple[str, ...], list[tuple[str, ...]]]]:
    """Known organisations' keys of two words or more, by every shorter key they open with, and by every one they end
    with."""
    return _known_keys_by_part(nlp, frozenset({"ORG"}))


@functools.lru_cache(maxsize=8)
def _known_keys_by_part(nlp: Language, labels: frozenset[str]) -> tuple[dict[tuple[str, ...], list[tuple[str, ...]]],
                                                                         dict[tuple[str, ...], list[tuple[str, ...]]]]:
    """Keys of two words or more of the known names of `labels`, by every shorter key they open with, and by every one
    they end with (see `_keys_by_part`)."""
    return _keys_by_part(_known_name_labels(nlp), labels)


_ByPart = dict[tuple[str, ...], list[tuple[str, ...]]]


def _keys_by_part(known: dict[tuple[str, ...], str], labels: frozenset[str]) -> tuple[_ByPart, _ByPart]:
    """Keys of two words or more of `known` (key → label) whose label is one of `labels`, by every shorter key they
    open with, and by every one they end with; organisations' first ("Manchester United" before a place), then the
    longer ("S&P/ASX 200" before "ASX 200"), then in alphabetical order: the gazetteer's names are sets, whose order
    changes with the process's hash seed, and the first name that fits the text wins."""
    opening: _ByPart = defaultdict(list)
    ending: _ByPart = defaultdict(list)
    for key in sorted(known, key=lambda key: (known[key] != "ORG", -len(key), key)):
        if known[key] in labels:
            for n in range(1, len(key)):
                opening[key[:n]].append(key)
                ending[key[n:]].append(key)
    return opening, ending


@functools.lru_cache(maxsize=4)
def _known_name_labels(nlp: Language) -> dict[tuple[str, ...], str]:
    """Every name the gazetteer knows as token keys, with its label: `_gazetteer_keys` and the towns, which it knows
    only to mend a label."""
    return {**{_tokenised_key(nlp, name): "GPE" for name in TOWNS}, **_gazetteer_keys(nlp)}


def _tokenised_key(nlp: Language, name: str) -> tuple[str, ...]:
    return tuple(_token_key(t) for t in nlp.tokenizer(name))


@functools.lru_cache(maxsize=4)
def gazetteer_keys_by_first_word(nlp: Language) -> dict[str, dict[tuple[str, ...], str]]:
    """`_gazetteer_keys` by their first word's key: a document asks only for the names its own capitalised words can
    open, a few dozen of the many thousands."""
    by_first: dict[str, dict[tuple[str, ...], str]] = {}
    for key, label in _gazetteer_keys(nlp).items():
        by_first.setdefault(key[0], {})[key] = label
    return by_first


@functools.lru_cache(maxsize=4)
def _gazetteer_keys(nlp: Language) -> dict[tuple[str, ...], str]:
    """Gazetteer names as token keys, with their labels: places GPE, regions LOC, peoples NORP, parties and other
    organisations ORG, known streets FAC, award shows EVENT, products PRODUCT, leaders PERSON."""
    keys: dict[tuple[str, ...], str] = {}
    for names, label in ((DEMONYMS, "NORP"), (REGIONS, "LOC"), (CITIES, "GPE"), (COUNTRIES, "GPE"),
                         (KNOWN_ORGANISATIONS, "ORG"), (KNOWN_STREETS, "FAC"), (KNOWN_FACILITIES, "FAC"),
                         (KNOWN_EVENTS, "EVENT"),
                         (KNOWN_PRODUCTS, "PRODUCT"), (KNOWN_PEOPLE, "PERSON")):
        for name in names:
            keys[_tokenised_key(nlp, name)] = label
    for name in KNOWN_ORGANISATIONS:
        # A body and its allies, with a "+" glued on ("OPEC+ agreed"): one token the model names nothing.
        if len(key := _tokenised_key(nlp, name + "+")) == 1:
            keys[key] = "ORG"
    return keys


def _meeting_places(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of one-word names of known cities or countries before a meeting's noun, which the model took for persons
    or organisations: "the Ramstein meeting", "the Vilnius summit"; not a place that is also a given name ("the
    Jordan talks" may be a person's). A name the gazetteer does not know keeps its label: "the Putin summit"."""
    found = set()
    for m in mentions:
        if m.end - m.start == 1 and m.label in ("PERSON", "ORG") and _before_meeting_noun(doc, m):
            name = _compact(m.key[0])
            if (name in _CITIES or name in _COUNTRIES) and name not in _GIVEN_NAME_PLACES:
                found.add(m.key)
    return found


def _before_meeting_noun(doc: Doc, m: Mention) -> bool:
    """A meeting's noun follows the name, which modifies it, with no other name joined to it by a hyphen before."""
    noun = doc[m.end] if m.end < len(doc) else None
    hyphened = m.start > 0 and doc[m.start - 1].text in ("-", "–")
    return noun is not None and noun.lower_ in MEETING_NOUNS and doc[m.start].head == noun and not hyphened


# Lower-case nouns of a settlement before "of" and its name: "the city of Kryvyi Rih", "the village of Andriivka".
_SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "port", "capital"})
# Words a settlement's noun phrase runs back over to its determiner: "the largely black populated city of".
_PHRASE_WORDS = 6


# Prepositions before a name written as a place's where a firm's might be: "flights from Heathrow", "queues at
# Dover" (the sports reader's "lost to Leeds" is a team's; here it only keeps a place's word out of a firm's name).
_PLACE_PREPOSITIONS = LOCATIVES | {"at", "from", "to", "into", "via"}
# Nouns of a share in a firm, before "in" and its name: "his stake in Berkshire", "shares in Rio".
_HOLDINGS = frozenset({"stake", "stakes", "share", "shares", "holding", "holdings", "investment", "investments"})
# Words between a name's comma and a settlement's noun in an apposition: "Dover, the port town in Kent".
_APPOSITION_WORDS = 4


def _written_as_places(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names the text writes as a place's somewhere: after a preposition of place ("from Heathrow", not an
    owner's "to Bexley's"), before a comma and a place the model found ("Norfolk, Virginia,") or a settlement's noun
    ("Dover, the port town")."""
    starts = {m.start: m for m in mentions}
    found = set()
    # The token list and words, not a Token or a Span built for each look: this asks around every mention.
    tokens, words, lowers = tokens_of(doc), words_of(doc), lowers_of(doc)
    for m in mentions:
        after = tokens[m.end + 1:m.end + 1 + _APPOSITION_WORDS] if m.end < len(doc) and words[m.end] == "," else []
        next_place = starts.get(m.end + 1)
        owner = m.end < len(doc) and tokens[m.end].tag_ == "POS"  # "a premium to Bexley's price": the firm's
        held = m.start > 1 and lowers[m.start - 2] in _HOLDINGS  # "his stake in Berkshire": the firm's
        if (m.start > 0 and lowers[m.start - 1] in _PLACE_PREPOSITIONS and not owner and not held) \
                or (after and next_place is not None and next_place.label == "GPE") \
                or (after and after[0].lower_ in ("the", "a") and any(t.lower_ in _SETTLEMENT_NOUNS for t in after)):
            found.add(m.key)
    return found


# Prepositions before a name that write it as a place, "in Alta Badia", "at Alexandra Palace" (not "from", "to": "a
# letter from Grace Park", "lost to Luke Littler").
_WHERE_PREPOSITIONS = LOCATIVES | {"at"}


def _only_written_as_places(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's organisations and buildings the text writes only after "in", "at", "near" and the like
    where a verb heads it, never before a possessive: a place's ("won the giant slalom in Alta Badia"), whatever given
    name opens it. Not after a noun ("confidence in Keir Starmer") nor a verb's particle ("bringing in Maurice
    Cheeks"), nor the model's person or place (it called those two places)."""
    placed: dict[tuple[str, ...], bool] = {}
    for m in mentions:
        before = doc[m.start - 1] if m.start > 0 else None
        where = m.label in ("ORG", "FAC") and before is not None and before.lower_ in _WHERE_PREPOSITIONS \
            and before.dep_ == "prep" and before.head.pos_ == "VERB" \
            and not (m.end < len(doc) and doc[m.end].tag_ == "POS")
        placed[m.key] = placed.get(m.key, True) and where
    return {key for key, where in placed.items() if where}


def _named_settlements(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's persons and organisations written after a settlement's noun and "of": places ("in the city
    of Krivhy Rih , where he grew up" was a person). Not a body's name ("the City of London Corporation"), an
    organisation after "capital" (a bank's: "the capital of Credit Suisse"), nor in an apposition, a figure of speech
    ("Salzburg, the city of Mozart")."""
    found = set()
    for m in mentions:
        if m.label not in ("PERSON", "ORG") or m.start < 2 or doc[m.start - 1].lower_ != "of":
            continue
        noun = doc[m.start - 2]
        if noun.is_lower and noun.text in _SETTLEMENT_NOUNS and not (noun.text == "capital" and m.label == "ORG") \
                and not _in_apposition(doc, noun.i):
            found.add(m.key)
    return found


# Nouns of an island or a shore before "of" and its name: "the Italian island of Lampedusa", "off the coast of Pylos".
_SHORE_NOUNS = frozenset({"island", "coast"})
# Verbs of a boat lost or stopped at sea before "off" and a shore's name: "capsized off Pylos", "sank off Lampedusa".
_SEA_VERBS = frozenset({"capsize", "sink", "founder", "rescue", "intercept", "drown", "wreck"})


def _named_shores(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's persons and organisations of one or two capitalised words after "island of", "coast of"
    or a verb of a boat lost at sea and "off": places of the migration copy ("the Italian island of Lampedusa",
    "a fishing boat capsized off Pylos" were persons). Not after a noun in capitals ("Island of Dr Moreau"), nor
    a known firm or a given name ("rescued off Nelson's yacht" is no shore's)."""
    found = set()
    for m in mentions:
        if m.label not in ("PERSON", "ORG") or m.end - m.start > 2 or m.start < 2 or is_given_name(doc[m.start].text) \
                or _is_known_organisation(m.key) or (m.end < len(doc) and doc[m.end].tag_ == "POS"):
            continue
        before, word = doc[m.start - 2], doc[m.start - 1]
        if (word.lower_ == "of" and before.is_lower and before.text in _SHORE_NOUNS) \
                or (word.lower_ == "off" and before.lemma_ in _SEA_VERBS):
            found.add(m.key)
    return found


# Prepositions of where someone is, before a camp's name and "camp" ("in Zamzam camp"; not "in the Trump camp", a
# faction: an article between).
_CAMP_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "into", "inside"})
# Words of a text about displaced people, which a camp they live in is written in ("Aid workers said conditions in
# Zamzam camp", "Thousands fled to Kakuma camp"): without one, "in Netanyahu camp" is a faction's.
_DISPLACEMENT_WORDS = frozenset({"refugee", "refugees", "displaced", "fled", "flee", "fleeing", "aid", "famine",
                                 "humanitarian", "shelter", "shelters", "tents", "evacuees", "asylum", "unhcr", "unrwa",
                                 "families", "civilians"})


def _named_camps(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's one-word persons right after a preposition of place and before "camp" in lower case: a camp
    for the displaced, a place ("conditions in Zamzam camp", "fled to Kakuma camp" were persons); not a given name,
    nor a surname the text gives a person ("Joe Biden ... in Biden camp"), nor the model's body ("at YMCA camp",
    "reported to Arsenal camp", "a week at Butlins camp": who runs the camp); only in a text of displaced people
    (`_DISPLACEMENT_WORDS`)."""
    if not any(word in _DISPLACEMENT_WORDS for word in lowers_of(doc)):
        return set()  # "Jitters in Netanyahu camp as polls show ...": a faction's camp, a text of no displaced people
    surnames = {m.key[-1] for m in mentions if m.label == "PERSON" and len(m.key) > 1}
    return {m.key for m in mentions if m.label == "PERSON" and m.end - m.start == 1 and m.start > 0
            and doc[m.start - 1].lower_ in _CAMP_PREPOSITIONS and m.end < len(doc) and doc[m.end].lower_ == "camp"
            and doc[m.end].is_lower and not is_given_name(doc[m.start].text) and m.key[0] not in surnames}


# Nouns of a country's administrative parts, which a place's name comes before: "the Kursk region", "Kharkiv oblast".
_REGION_NOUNS = frozenset({"region", "regions", "oblast", "oblasts", "province", "provinces"})
# Labels the model gives such a place's name that are surely wrong before them (not a people's: "the Kurdish region").
_NOT_REGION_LABELS = frozenset({"ORG", "PRODUCT", "PERSON", "FAC", "WORK_OF_ART"})


# Nouns of landforms written after their names in lower case: "Japan's Noto peninsula" (an organisation to the model).
# Not "plateau", a firm's growth's too: "The Samsung plateau in smartphone sales".
_LANDFORM_NOUNS = frozenset({"peninsula", "peninsulas", "archipelago"})


def _named_regions(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's organisations, products and persons written before a region's noun, alone or in a list
    after "the", a possessive or a comma: places ("the Kursk region" was a product, "Belgorod" of "the Bryansk, Kursk
    and Belgorod regions" an organisation). Not a known body, an acronym ("the EU region"), a name with "&", nor a
    firm's or a party's area, an officer's or a sales word after the noun ("the Hyundai region office")."""
    return _names_before_nouns(doc, mentions, _REGION_NOUNS)


def _named_landforms(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's organisations, products and persons written before a landform's noun, as `_named_regions`
    finds regions: "Japan's Noto peninsula", "the Korean peninsula" (a people's adjective) aside."""
    return _names_before_nouns(doc, mentions, _LANDFORM_NOUNS)


def _names_before_nouns(doc: Doc, mentions: list[Mention], nouns: frozenset[str]) -> set[tuple[str, ...]]:
    """Keys of the model's organisations, products and persons before a place's noun of `nouns` (see
    `_named_regions`)."""
    found = set()
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if m.start == 0 or not (doc[m.start - 1].lower_ == "the" or doc[m.start - 1].tag_ == "POS"
                                or doc[m.start - 1].text == ","):  # a list's name the model missed: "the Kharkiv,"
            continue
        listed, end = [m], m.end
        while end + 1 < len(doc) and doc[end].text in (",", "and") and (nxt := by_start.get(end + 1)) is not None:
            listed.append(nxt)
            end = nxt.end
        if end >= len(doc) or doc[end].lower_ not in nouns or _is_a_bodys_area(doc, end):
            continue
        found.update(n.key for n in listed if n.label in _NOT_REGION_LABELS and not _is_known_organisation(n.key)
                     and not doc[n.start:n.end].text.isupper() and "&" not in n.key)  # not "Marks & Spencer"
    return found


# Nouns after a region's that make it a firm's or a party's area, not a country's part (whose officers are governors
# and heads): "the Hyundai region office", "the Lidl region director", "the Reform region chairman".
_FIRMS_REGION_NOUNS = frozenset({"manager", "managers", "office", "offices", "sales", "revenue", "revenues",
                                 "director", "directors", "chairman", "chairwoman"})


def _is_a_bodys_area(doc: Doc, noun: int) -> bool:
    """The region's noun at `noun` has a firm's or a party's word after it: the name before it is that body's own
    area ("the Hyundai region office", "the Reform region chairman"), no place."""
    return noun + 1 < len(doc) and doc[noun + 1].lower_ in _FIRMS_REGION_NOUNS


def _in_apposition(doc: Doc, noun: int) -> bool:
    """The noun phrase ending at token `noun` follows a comma: "Salzburg, the city of Mozart"."""
    for i in range(noun - 1, max(-1, noun - 1 - _PHRASE_WORDS), -1):
        if doc[i].pos_ == "DET" or doc[i].is_punct:
            return doc[i].text == "," or (doc[i].pos_ == "DET" and i > 0 and doc[i - 1].text == ",")
    return False


# A place's name glued to a seat's word: "the Copenhagen-based restaurant", "London-headquartered HSBC".
_SEAT_AFTER = re.compile(r"[-–](?:based|headquartered)\b", re.IGNORECASE)
# Not the clubs whose town comes first outside sport ("the Dundee office").
_PLACE_NAMED_CLUBS = frozenset(map(_compact, PLACE_NAMED_CLUBS - TOWN_FIRST_CLUBS))


def _places_beside_firms(doc: Doc, mentions: list[Mention], about_sport: bool) -> set[tuple[str, ...]]:
    """Keys of known cities and countries the model called organisations or persons where the words say the place:
    glued to "-based" ("Gurugram-based"), or, outside a text about sport and for no town a club is named after, between
    a determiner and a lower-case noun ("the Copenhagen restaurant"; not "the Leeds manager") or before a possessive
    and another name or a noun ("Abu Dhabi's Mubadala", "Navi Mumbai's new airport"). Not a firm's name the place
    opens ("Dubai Holdings"): that mention is the firm's whole name."""
    text, found = text_of(doc), set()
    starts = {m.start for m in mentions}
    # A town inside a longer name of the text is that name's ("the Oxford vaccine" beside the University of Oxford,
    # "the Kent Messenger"), and a given name a person's ("Santiago's supporters" of Santiago Abascal, "the Jordan
    # brand").
    inside = {word for m in mentions if len(m.key) > 1 for word in m.key}
    # A body the text names elsewhere is that body, no seat ("Ineos said the Ineos-based group would invest").
    bodies = inside | {m.key[0] for m in mentions if m.label == "ORG" and len(m.key) == 1
                       and not _SEAT_AFTER.match(text, doc[m.end - 1].idx + len(doc[m.end - 1]))}
    for m in mentions:
        if _is_unknown_seat(doc, text, m, bodies):
            found.add(m.key)
            continue
        if m.label not in ("ORG", "PERSON") or not _is_city_or_country("".join(m.key)) \
                or (len(m.key) == 1 and (m.key[0] in inside or is_given_name(doc[m.start].text))):
            continue
        if _SEAT_AFTER.match(text, doc[m.end - 1].idx + len(doc[m.end - 1])):
            found.add(m.key)
        elif not about_sport and _compact("".join(m.key)) not in _PLACE_NAMED_CLUBS \
                and (_before_a_common_noun(doc, m) or _before_an_owned_name(doc, m, starts)):
            found.add(m.key)
    return found


def _cities_as_governments(doc: Doc, mentions: list[Mention], about_sport: bool) -> set[tuple[str, ...]]:
    """Keys of known cities and countries the model called organisations outside a text about sport, where they stand
    for their governments or are the places ("Tallinn would raise defence spending"): a place to OntoNotes. Not a town
    a club is named after, a side before its score in a table of results the text does not call sport ("DETROIT 4
    Kansas City 1"), a name before a possessive (`_before_an_owned_name` reads those: "Oxford's vice-chancellor" is
    the university's), a given name, nor a word of a longer name of the text ("the Oxford vaccine" beside the
    University of Oxford)."""
    if about_sport:
        return set()
    inside = {word for m in mentions if len(m.key) > 1 for word in m.key}
    return {m.key for m in mentions if m.label == "ORG" and m.key and _is_city_or_country("".join(m.key))
            and _compact("".join(m.key)) not in _ALL_PLACE_NAMED_CLUBS and not _before_a_score(doc, m)
            and not _in_a_sentence_of_a_university(doc, m)
            and not (m.end < len(doc) and doc[m.end].lower_ in POSSESSIVES)
            and not (len(m.key) == 1 and (m.key[0] in inside or is_given_name(doc[m.start].text)))}


# Words of a university's admissions and staff, which make a university town's name in their sentence the
# university's: "Oxford rejected his application twice before he was admitted" (not "students" nor "university":
# "from Thessaloniki to Athens rose up to ... occupy university campuses" is the towns').
_UNIVERSITY_WORDS = frozenset({"admitted", "admission", "admissions", "applicants", "undergraduates", "fellowship",
                               "dons", "vice-chancellor", "tuition"})


def _in_a_sentence_of_a_university(doc: Doc, m: Mention) -> bool:
    """The name's sentence speaks of a university's admissions or staff: the town is its university."""
    return any(t.lower_ in _UNIVERSITY_WORDS for t in doc[m.start].sent)


# Every club named after its town, whatever comes first ("Dundee" too).
_ALL_PLACE_NAMED_CLUBS = frozenset(map(_compact, PLACE_NAMED_CLUBS))


def _before_a_score(doc: Doc, m: Mention) -> bool:
    """A number follows the name: a side's score in a table of results ("Stirling 1 Dundee 1")."""
    return m.end < len(doc) and doc[m.end].like_num


def _is_unknown_seat(doc: Doc, text: str, m: Mention, inside: set[str]) -> bool:
    """A one-word "person" or "organisation" the gazetteer does not know glued to "-based" before a firm's or a body's
    noun: a town, as no one and no body is a seat ("the Maranello-based carmaker", "The Hanover-based group"); not a
    given name, nor a word of a longer name of the text, nor what a work or a thing is based on ("a Shakespeare-based
    play", "the Warhol-based exhibition"), nor a known body or one written in capitals ("an AI-based startup")."""
    return m.label in _SEAT_MISLABELS and m.end - m.start == 1 and bool(m.key) and m.key[0] not in inside \
        and not is_given_name(doc[m.start].text) and (m.label == "PERSON" or _may_be_a_towns(doc[m.start], m.key)) \
        and _SEAT_AFTER.match(text, doc[m.start].idx + len(doc[m.start])) is not None and _seats_a_firm(doc, m.end)


# The model's labels of an unknown town glued to "-based": "the Maranello|PERSON-based", "The Hanover|ORG-based group".
_SEAT_MISLABELS = frozenset({"PERSON", "ORG"})


def _may_be_a_towns(token: Token, key: tuple[str, ...]) -> bool:
    """The word the model called an organisation may be a town's name: capitalised in lower case after its first
    letter ("Leverkusen", not "AI", "NATO"), and no organisation the gazetteer knows nor a platform ("Ethereum")."""
    return token.text[1:].islower() and not _is_known_organisation(key) and token.lower_ not in _BASED_ON_PLATFORMS


# Blockchains, systems and languages a firm's business is built on, glued to "-based" as a town is: "Lido, the
# Ethereum-based staking company", "The Postgres-based startup" (organisations to the model, no towns).
_BASED_ON_PLATFORMS = frozenset({"bitcoin", "ethereum", "solana", "cardano", "polkadot", "tron", "litecoin", "dogecoin",
                                 "polygon", "avalanche", "tezos", "algorand", "linux", "android", "unix", "windows",
                                 "postgres", "python", "java"})


# Nouns of what a town is the seat of: a firm ("carmaker") or a body ("group", "agency"), and makers and operators that
# are firms after "-based" ("the Leverkusen-based plastics maker").
_SEATED_NOUNS = FIRM_ONLY_NOUNS | ORGANISATION_HEADS | frozenset(
    {"maker", "steelmaker", "housebuilder", "homebuilder", "broadcaster", "miner", "operator"})


def _seats_a_firm(doc: Doc, end: int) -> bool:
    """The "-based" after the name at `end` qualifies a firm's or a body's noun: "-based luxury carmaker"."""
    seat = end + 1 if end + 1 < len(doc) and doc[end].text in ("-", "–") else end
    return seat < len(doc) and doc[seat].head.lower_ in _SEATED_NOUNS


def _before_a_common_noun(doc: Doc, m: Mention) -> bool:
    """A determiner before the name and a lower-case noun of no team after it: "the Copenhagen restaurant"."""
    if m.start == 0 or m.end >= len(doc) or doc[m.start - 1].pos_ != "DET":
        return False
    return _is_common_noun(doc[m.end])


def _before_an_owned_name(doc: Doc, m: Mention, starts: set[int]) -> bool:
    """A possessive after the name and another name (capitalised or in capitals) or a lower-case noun after that: "Abu
    Dhabi's Mubadala", "London's Barclays", "Oslo's OBX index", "Navi Mumbai's new airport" (not "Leeds' manager": a
    noun of no team)."""
    if m.end + 1 >= len(doc) or doc[m.end].lower_ not in POSSESSIVES:
        return False
    i = m.end + 1
    if i in starts and (doc[i].is_title or (doc[i].is_upper and doc[i].is_alpha and len(doc[i]) > 1)):
        return True
    while i < len(doc) and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i += 1
    while i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_:
        i += 2  # a compound's head: "chancellor" of "vice-chancellor"
    return i < len(doc) and _is_common_noun(doc[i])


# Nouns of a university's work, which a university town's name before them is the university's: "the Oxford study",
# "Oxford's vice-chancellor", "the Sheffield trial".
_ACADEMIC_NOUNS = frozenset({"study", "studies", "trial", "trials", "vaccine", "researchers", "research", "scientists",
                             "professor", "professors", "vice-chancellor", "chancellor", "students", "college",
                             "academics", "team", "paper", "survey", "dons", "university"})


def _is_common_noun(token: Token) -> bool:
    """A lower-case noun of no team nor a university's work: "restaurant", "airport" (not "manager", "fans",
    "study")."""
    return token.is_lower and token.pos_ == "NOUN" and token.lower_ not in TEAM_WORDS \
        and token.lower_ not in TEAM_POSTS and token.lower_ not in _ACADEMIC_NOUNS


# Bodies of the sky the model takes for persons ("a soft landing on the Moon"): the Moon after a lower-case "the" in
# any text; the Sun after it and the planets alone only in a text about space ("The Sun reported" is the paper, "Mars"
# the firm, "Mercury" the prize).
_MOON = ("moon",)
_SUN = ("sun",)
_PLANETS = frozenset({("mercury",), ("venus",), ("mars",), ("jupiter",), ("saturn",), ("uranus",), ("neptune",)})
# Words of a text about space: its craft, orbits, planets and agencies (not "mission" nor "probe", a diplomat's and an
# inquiry's too).
_SPACE_WORDS = CRAFT_NOUNS | {"orbit", "orbits", "orbited", "orbiting", "planet", "planets", "astronaut",
                              "astronauts", "asteroid", "spaceflight", "nasa", "esa", "jaxa", "isro", "cnsa",
                              "roscosmos", "spacex"}


def _celestial_bodies(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the Moon, the Sun and the planets where the text means them (see `_PLANETS`): places of the sky; not a
    word of a longer name in the text ("Moon Jae-in", "Freddie Mercury"), nor one qualifying a noun after it ("the
    Moon government", "the Mercury capsule", "a Saturn rocket"), and the Sun only after a preposition and "the"
    ("orbits around the Sun"; not "told the Sun he", the paper)."""
    people_words = {word for m in mentions if len(m.key) > 1 for word in m.key}  # "Freddie Mercury", an ORG to it
    space = None
    found = set()
    for m in mentions:
        if m.end - m.start != 1 or (m.key not in _PLANETS and m.key not in (_MOON, _SUN)) or m.key[0] in people_words \
                or not doc[m.start].is_title or m.label not in ("PERSON", "ORG", "GPE", "PRODUCT", "FAC") \
                or _opens_more_name(doc, m.end) or (m.end < len(doc) and doc[m.end].is_lower
                                                     and doc[m.end].pos_ in ("NOUN", "PROPN")
                                                     and doc[m.end].ent_type_ not in ("DATE", "TIME")):
            continue
        after_the = m.start > 0 and doc[m.start - 1].text == "the"
        if m.key == _SUN and not (after_the and m.start > 1 and doc[m.start - 2].pos_ == "ADP") \
                and not (m.end < len(doc) and doc[m.end].lower_ in ("'s", "’s")):
            continue  # "orbits around the Sun", "the Sun's corona"
        if after_the or m.key in _PLANETS:
            if space is None:
                space = any(token.lower_ in _SPACE_WORDS for token in doc)
            if space or (m.key == _MOON and after_the):
                found.add(m.key)
    return found


def _opens_more_name(doc: Doc, i: int) -> bool:
    """Token `i` is a capitalised word that goes on the name before it: "the Sun Belt", "Mars Inc"."""
    return i < len(doc) and doc[i].is_title and not doc[i].is_sent_start


# Words before an electoral district's name: "the riding of Carleton", "the seat of Runcorn and Helsby", "the MP for
# Leeds Central" (lower-cased, two words each).
_CONSTITUENCY_OPENERS = frozenset({("riding", "of"), ("seat", "of"), ("constituency", "of"), ("electorate", "of"),
                                   ("mp", "for"), ("mpp", "for"), ("msp", "for"), ("mla", "for"), ("member", "for")})
# An election's word after a district's name: "the Runcorn and Helsby by-election" ("by", "-", "election").
_BY_ELECTION = ("by", "-", "election")
# The words a district's cue opens with (`_constituency_at`).
_CUE_WORDS = frozenset({first for first, _ in _CONSTITUENCY_OPENERS} | {"won", _BY_ELECTION[0]})
# Most words of a district's name: "Hamilton, Larkhall and Stonehouse" aside (commas end it), "Stoke-on-Trent Central".
_CONSTITUENCY_WORDS = 8
_CONSTITUENCY = "constituency"


def _constituencies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Electoral districts named after their cue, places whatever the model made of them: "the riding of Carleton" (a
    person), "the riding of Toronto-St. Paul's" (an organisation cut at "'s"), "the Runcorn and Helsby by-election"
    ("Helsby" an organisation), "won Carleton from the Conservatives"; the mentions they overlap give way."""
    people = {m.start for m in mentions if m.label == "PERSON"}
    # Only where a cue's first word stands (most texts have none): asking every token built a Token for each.
    spans = [span for i, word in enumerate(lowers_of(doc)) if word in _CUE_WORDS
             and (span := _constituency_at(doc, i)) is not None and not _names_someone(doc, span, people)]
    if not spans:
        return mentions
    kept = [m for m in mentions if not any(m.start < end and start < m.end for start, end in spans)]
    return sorted(kept + [Mention(start, end, "GPE", 1.0, _CONSTITUENCY) for start, end in set(spans)],
                  key=lambda m: (m.start, m.end))


def _constituency_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """The district's span whose cue opens (or, "by-election", closes) at token `i`."""
    if i + 2 < len(doc) and (doc[i].lower_, doc[i + 1].lower_) in _CONSTITUENCY_OPENERS \
            and (doc[i].lower_ != "member" or doc[i].text == "Member") \
            and (doc[i].lower_ != "seat" or _seat_won(doc, i)):  # "Member for Leeds Central" is Parliament's
        end = _district_end(doc, i + 2)
        return (i + 2, end) if end > i + 2 and not _party_or_people(doc, i + 2, end) else None
    if doc[i].lower_ == "won" and i + 2 < len(doc):
        end = _district_end(doc, i + 1)  # "won Carleton from the Liberals", not "won Tuesday's vote"
        if end > i + 1 and end + 1 < len(doc) and doc[end].lower_ == "from" and _names_a_party_after(doc, end + 1):
            return i + 1, end
        return None
    if tuple(t.lower_ for t in tokens_of(doc)[i:i + 3]) == _BY_ELECTION and not doc[i].whitespace_ and i > 0:
        start = _district_start(doc, i)
        return (start, i) if start < i and not _party_or_people(doc, start, i) else None
    return None


# Verbs of an election's seat before "the seat of": "won the seat of Carleton", "held the seat of Runcorn" (not "the
# seat of power", "the seat of Australian government").
_SEAT_VERBS = frozenset({"win", "won", "hold", "held", "lose", "lost", "take", "took", "retain", "gain", "flip",
                         "contest", "defend", "capture", "snatch", "keep", "kept"})
# Names after a district's cue that are no district: "Member for Life".
_NO_DISTRICTS = frozenset({"life"})
# Parties' words the party list does not hold, that open no district before "by-election" or after "MP for".
_PARTY_NAMES = frozenset({"reform", "plaid", "alliance", "ukip", "sinn", "lib", "libdem", "libdems", "tories", "tory"})


def _seat_won(doc: Doc, i: int) -> bool:
    """A verb of winning or holding opens the words before "seat" at token `i`: "won the seat of Carleton", "held the
    marginal seat of Runcorn"."""
    return any(t.lower_ in _SEAT_VERBS or (t.pos_ == "VERB" and t.lemma_ in _SEAT_VERBS)
               for t in doc[max(0, i - 4):i])


def _party_or_people(doc: Doc, start: int, end: int) -> bool:
    """The words are all a party's, a people or an organisation the gazetteer knows, no district: "The Reform
    by-election", "an MP for Labour", "A Liberal Democrat by-election gain" (the article is never in a district, see
    `_is_district_word`)."""
    words = [t.lower_ for t in doc[start:end]]
    return all(w.rstrip("s") in PARTY_WORDS or w in PARTY_WORDS or w in _PARTY_NAMES or w in _NO_DISTRICTS
               for w in words) \
        or any(t.ent_type_ == "NORP" for t in doc[start:end]) \
        or _compact(" ".join(words)) in _PARTIES or _is_known_organisation(tuple(words))


def _names_someone(doc: Doc, span: tuple[int, int], people: set[int]) -> bool:
    """The model's person of two words or more opening with a given name: "the seat of Nancy Pelosi" is hers."""
    start, end = span
    return start in people and end - start > 1 and is_given_name(doc[start].text)


def _is_district_word(token: Token) -> bool:
    """A capitalised word of a district's name, "St." too ("Toronto-St. Paul's"); no date ("the May by-election")."""
    return token.text[:1].isupper() and (token.is_alpha or token.text in ("St.", "Ste.")) \
        and token.lower_ not in ("the", "a", "an") \
        and token.ent_type_ not in ("DATE", "TIME", "ORDINAL", "CARDINAL")


def _district_end(doc: Doc, start: int) -> int:
    """The end of a district's name opening at `start`: capitalised words, glued hyphens and the words between them
    ("Stoke-on-Trent Central"), a saint's "'s" ("Toronto-St. Paul's") and "and" before another capitalised word
    ("Runcorn and Helsby")."""
    end = start
    while end < len(doc) and end - start < _CONSTITUENCY_WORDS:
        token = doc[end]
        if _is_district_word(token):
            end += 1
        elif end > start and token.text in ("-", "–") and not token.whitespace_ and not doc[end - 1].whitespace_ \
                and end + 1 < len(doc) and (doc[end + 1].text[:1].isupper() or doc[end + 1].lower_ in ("on", "upon")):
            end += 1
        elif end > start and token.lower_ in ("on", "upon") and doc[end - 1].text in ("-", "–"):
            end += 1
        elif end > start and token.lower_ in POSSESSIVES and not doc[end - 1].whitespace_ \
                and any(t.text in ("St.", "St", "Ste.") for t in doc[start:end]):
            end += 1  # the saint's, not the district's owner: "Toronto-St. Paul's"
        elif end > start and token.lower_ == "and" and end + 1 < len(doc) and _is_district_word(doc[end + 1]):
            end += 1
        else:
            break
    while end > start and not _is_district_word(doc[end - 1]) and doc[end - 1].lower_ not in POSSESSIVES:
        end -= 1  # no name ends in "and" or a hyphen
    return end


def _district_start(doc: Doc, end: int) -> int:
    """The start of a district's name ending at `end`, before "by-election": its capitalised words, glued hyphens and
    "and" between them ("the Runcorn and Helsby by-election")."""
    start = end
    while start > 0 and end - start < _CONSTITUENCY_WORDS:
        token = doc[start - 1]
        if _is_district_word(token):
            start -= 1
        elif start < end and token.text in ("-", "–", "on", "upon") and not token.whitespace_ and start > 1 \
                and not doc[start - 2].whitespace_:
            start -= 1
        elif start < end and token.lower_ == "and" and start > 1 and _is_district_word(doc[start - 2]):
            start -= 1
        else:
            break
    while start < end and not _is_district_word(doc[start]):
        start += 1
    return start


def _names_a_party_after(doc: Doc, i: int) -> bool:
    """A party follows token `i` ("the Liberals", "Labour", "the SNP")."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return i < len(doc) and (doc[i].lower_.rstrip("s") in PARTY_WORDS or doc[i].lower_ in PARTY_WORDS
                             or doc[i].lower_ in ("tories", "conservatives", "liberals", "greens", "democrats",
                                                  "republicans", "nationals") or _compact(doc[i].lower_) in _PARTIES)


def _constituency_keys(mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the districts `_constituencies` found: places wherever the text names them ("Carleton went Liberal")."""
    return {m.key for m in mentions if m.source == _CONSTITUENCY}


# Parties named by a word of other uses, which the model misses: Australia's "Labor" (a US department's, a day's
# word), New Zealand's "ACT" (the Australian Capital Territory too; only in a text about New Zealand).
_WORD_PARTIES = frozenset({"Labor", "ACT"})
# What follows a party's name and no department's, day's or territory's: "Labor won 31 seats", "ACT leader David
# Seymour" (not "Labor Day", "the ACT government").
_PARTY_AFTER = frozenset({"leader", "leaders", "co-leader", "party", "mp", "mps", "candidate", "candidates", "won",
                          "wins", "holds", "held", "lost", "retained"})
_NEW_ZEALAND = re.compile(r"\b(?:New Zealand|NZ|Wellington|Auckland|Māori|Maori)\b")
# A text about Australia, where "Labor" is the party ("Labor leaders in Detroit" are the unions').
_AUSTRALIA = re.compile(r"\b(?:Australian?s?|Canberra|New South Wales|NSW|Victorian?|Queensland(?:er)?|Tasmanian?|"
                        r"Northern Territory|Sydney|Melbourne|Brisbane|Perth|Adelaide|Hobart|Darwin|Albanese|Dutton)\b")


# Mexico's ruling party, a given name and a place too (the model's place in "Mexico's ruling Morena party"), and what
# makes it the party: a text about Mexico, and a party's word after it.
_MORENA = "Morena"
_MEXICO = re.compile(r"\b(?:Mexic(?:o|an|ans)|Sheinbaum|López Obrador|Lopez Obrador)\b")


def _mexicos_ruling_party(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The model's one-word "Morena" before a party's word (`_PARTY_AFTER`) in a text about Mexico, the party:
    "Mexico's ruling Morena party" was a place; not a person named so ("Morena Baccarin"), whose name is longer, nor
    in a text that names such a person, where the party would join her ("Actress Morena Baccarin said ... Morena party
    officials")."""
    found = [m for m in mentions if m.end - m.start == 1 and doc[m.start].text == _MORENA and m.label != "ORG"
             and m.end < len(doc) and doc[m.end].lower_ in _PARTY_AFTER]
    if not found or not _MEXICO.search(text_of(doc)) \
            or any(m.label == "PERSON" and m.end - m.start > 1 and doc[m.start].text == _MORENA for m in mentions):
        return mentions
    return [replace(m, label="ORG") if m in found else m for m in mentions]


# The Netherlands' party named by a code that is a road's too ("on the D66 near Carcassonne", a French road), and what
# makes it the party: a text about the Netherlands.
_DUTCH_CODE_PARTIES = frozenset({"D66"})
_NETHERLANDS = re.compile(r"\b(?:Dutch|Netherlands|Holland|The Hague|Amsterdam|Rotterdam|Jetten)\b")


def _without_dutch_parties_elsewhere(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions but a Dutch party's code (`_DUTCH_CODE_PARTIES`) in a text not about the Netherlands: "The crash
    happened on the D66 near Carcassonne" is a road."""
    found = [m for m in mentions if span_text(doc, m.start, m.end) in _DUTCH_CODE_PARTIES]
    if not found or _NETHERLANDS.search(text_of(doc)):
        return mentions
    return [m for m in mentions if m not in found]


def _parties_named_by_words(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """`mentions` and the parties named by a word of other uses the model left out (`_WORD_PARTIES`), where what
    follows is a party's: "Labor won 31 seats", "ACT leader David Seymour" in a text about New Zealand."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    new_zealand = australia = None
    added = []
    for i, word in enumerate(words_of(doc)):
        if word not in _WORD_PARTIES or i in covered or i + 1 >= len(doc) \
                or doc[i + 1].lower_ not in _PARTY_AFTER:
            continue  # the word read off the word list first: this runs for every token
        if word == "ACT":
            new_zealand = bool(_NEW_ZEALAND.search(text_of(doc))) if new_zealand is None else new_zealand
            if not new_zealand:
                continue
        elif word == "Labor":
            australia = bool(_AUSTRALIA.search(text_of(doc))) if australia is None else australia
            if not australia:
                continue
        added.append(Mention(i, i + 1, "ORG", 1.0, "party"))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions
