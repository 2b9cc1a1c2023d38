"""Mentions grouped under one name: a key per name, label votes, short forms and surnames linked to full names."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Container

from spacy.language import Language
from spacy.tokens import Doc

from services.nlp.entities.gazetteer import (
    _FULL_NAMES,
    _GIVEN_NAMES,
    _KNOWN_ORGANISATIONS,
    _PARTIES,
    _compact,
    _gazetteer_label,
    _in_gazetteer,
    _is_city_long_form,
    _is_country_name,
    _known_organisation_keys,
    _same_place,
)
from services.nlp.entities.mentions import OPTIONS, PLACE_LABELS, POSSESSIVE_ORG_WEIGHT, Mention, _singulars
from services.nlp.entity_rules import (
    ALL_TITLES,
    CLUB_HEADS,
    CORPORATE_SUFFIXES,
    CRAFT_HEADS,
    DEMONYMS,
    EVENT_HONOURS,
    EVENT_SUFFIXES,
    FACILITY_HEADS,
    GENERATIONAL_SUFFIXES,
    INSTITUTION_STREETS,
    IRISH_COUNTIES,
    JOURNALS_NAMED_BY_WORDS,
    KNOWN_EVENTS,
    NAME_PARTICLES,
    NAME_WORD_VARIANTS,
    NAMES_TITLES,
    NO_SURNAME_PLACE_HEADS,
    NORTH_AMERICAN_TEAMS,
    ORGANISATION_HEADS,
    PEERAGES,
    PLACE_OPENING_NAMES,
    POLITICAL_WORDS,
    POSSESSIVES,
    PRODUCTS_NAMED_BY_WORDS,
    SHIP_PREFIXES,
    STORM_WORDS,
    TECH_FIRMS,
    VARIANT_WORDS,
    WELL_KNOWN_FIRMS,
    WORK_OR_NAME_EVENT_SUFFIXES,
)
from services.nlp.given_names import gender_of, is_english_given_name, is_given_name


def _opens_with_given_name(key: tuple[str, ...]) -> bool:
    """The name's first word is a given name, or initials ("w. mark felt")."""
    return is_given_name(key[0].rstrip(".").title()) or _is_initial(key[0])


def _is_initial(word: str) -> bool:
    """"j", "j.", "h.w.": a name written as its initials (not "al" nor "de", words of names)."""
    letters = word.replace(".", "")
    return letters.isalpha() and (len(letters) == 1 or (word.endswith(".") and len(letters) <= 3))


def _label_reliability(doc: Doc, m: Mention) -> float:
    """How far to trust the model's label of one mention: before a possessive ("Zelenskyy’s
    government") its ORG is wrong more often than right (41% precise on CoNLL-2003 dev)."""
    if m.label == "ORG" and m.end < len(doc) and doc[m.end].lower_ in POSSESSIVES:
        return POSSESSIVE_ORG_WEIGHT
    return 1.0


def _voted_label(doc: Doc, m: Mention) -> str:
    """The label a mention votes for: the model's, but a person's for one word after an office's "-elect" ("President-
    elect Trump" was an organisation: the model reads "elect Trump")."""
    if m.label == "ORG" and m.end - m.start == 1 and m.start >= 3 and doc[m.start - 1].lower_ == "elect" \
            and doc[m.start - 2].text == "-" and doc[m.start - 3].lower_ in ALL_TITLES:
        return "PERSON"
    return m.label


def _misread_given_name(short: tuple[str, ...], own: str) -> bool:
    """A one-word nationality of the model's that is no nationality: a given name ("Virat" of Virat Kohli)."""
    return own == "NORP" and len(short) == 1 and short[0] not in DEMONYMS


def _misread_family_name(short: tuple[str, ...], long: tuple[str, ...], ordinary: Container[str]) -> bool:
    """A one-word place of the model's that no gazetteer knows and that opens a person's name of three words or more,
    none of the others an ordinary word: a family name written first ("Yoon" of Yoon Suk Yeol; not "Albany" of the
    model's person "Albany County District"); a two-word name's first word may be a place's too ("Chelsea
    Clinton")."""
    return len(short) == 1 and len(long) >= 3 and not _in_gazetteer(short[0]) \
        and not any(word in ordinary for word in long[1:])


def _misread_middle_name(short: tuple[str, ...], long: tuple[str, ...], own: str) -> bool:
    """A one-word organisation of the model's that is a given name inside a person's name of four words or more, the
    one the press calls them by ("Fakhrul" of Mirza Fakhrul Islam Alamgir); no place's name, nor a firm's word in a
    Western name opening with an English given name, whose bearer the press calls by the surname ("Mercedes" of
    Maria Mercedes Gomez Lopez)."""
    return own == "ORG" and len(short) == 1 and len(long) >= 4 and is_given_name(short[0].title()) \
        and not _in_gazetteer(short[0]) and not is_english_given_name(long[0].title())


_POSSESSIVE_KEYS = frozenset({"'s", "’s"})
# A ruler's title inside a name, which makes the name a ruler's and the name without it another's: "Reza Shah Pahlavi"
# founded the dynasty, his grandson is "Reza Pahlavi".
_RULERS_TITLES_IN_NAMES = frozenset({"shah", "pasha", "bey"})
# Event suffixes that are surnames too: an English given name before one is a person ("Steve Race", not an event;
# "Hobart Race" of "the Sydney to Hobart Race" is, though "Hobart" is a given name somewhere).
_SURNAME_EVENT_SUFFIXES = frozenset({"race"})


def _starts_with_given_name(key: tuple[str, ...], rarer_names: RarerNameTest | None = None) -> bool:
    """"Volodymyr Zelenskyy", "Glyn Davies", "María Corina Machado": two to four words, the first a common given name
    (the list's are written without accents; or, given `rarer_names`, a rarer one: "Ariana Grande"), none a company's
    suffix or a firm's word after its name ("Liberty Media", "Victoria Capital"), a building's that is no surname
    ("Alexandra Palace"), a word of politics ("Christian Democratic Union"), a firm's "&" ("Ernst & Young") or a
    place's possessive ("King's Lynn"); a hyphen between words is none ("Jean-Marie Le Pen")."""
    return 2 <= len(key) - key.count("-") <= 4 and "&" not in key and key[-1] not in CORPORATE_SUFFIXES \
        and not _POSSESSIVE_KEYS.intersection(key) \
        and key[-1] not in _FIRM_HEADS and key[-1] not in NO_SURNAME_PLACE_HEADS \
        and not any(word in POLITICAL_WORDS for word in key[1:]) \
        and (_compact(key[0]) in _GIVEN_NAMES or (rarer_names is not None and rarer_names.opens(key)))


class RarerNameTest:
    """Whether a name opens with a rarer given name, one that name lists give one gender ("Ariana", "Lennox"): every
    word a word ("Athens, Tex." is not), none a known place, the first none that opens places' names ("Santa Rosa"),
    no adjective nor a word the text writes in lower case ("Key Biscayne", "Royal Oak"), the last no ordinary noun or
    adjective ("Duke University", "Beverly Hills", "Creighton Athletic"); no name the text opens with an acronym ("AB
    InBev", `acronym_led`). (The first may be a noun: the lemmatizer's nouns hold "ariana".)"""

    def __init__(self, nouns: Container[str], adjectives: Container[str], lower_case: Container[str],
                 acronym_led: Container[tuple[str, ...]]) -> None:
        self.nouns, self.adjectives, self.lower_case, self.acronym_led = nouns, adjectives, lower_case, acronym_led

    def opens(self, key: tuple[str, ...]) -> bool:
        first, last = key[0], key[-1]
        return key not in self.acronym_led and gender_of(first) is not None \
            and all(word.replace("-", "").replace("'", "").isalpha() for word in key) \
            and first not in NAME_PARTICLES and first not in PLACE_OPENING_NAMES \
            and first not in self.adjectives and first not in self.lower_case \
            and not any(self._is_plain(word) for word in (last, *_singulars(last))) \
            and not _in_gazetteer("".join(key)) and not any(_in_gazetteer(word) for word in key)

    def _is_plain(self, word: str) -> bool:
        return word in self.nouns or word in self.adjectives or word in self.lower_case


def _majority(votes: Counter) -> str:
    """The label with the most weight; a tie goes to the label voted first (Counters keep order)."""
    if len(votes) == 1:  # most names have one label: no max to work out
        return next(iter(votes))
    return max(votes, key=votes.__getitem__)


def _merged(first: Counter, second: Counter) -> Counter:
    """Sum of two vote counts, with the labels of `first` first."""
    total = Counter(first)
    total.update(second)
    return total


def _son_of_named_father(key: tuple[str, ...], names: dict[tuple[str, ...], Counter]) -> bool:
    """"Donald Trump Jr." when "Donald Trump" is named too: his father's short forms are not his."""
    return len(key) > 2 and key[-1] in GENERATIONAL_SUFFIXES and key[:-1] in names


# German vowels as English copy transliterates them: "Söder" is "Soeder" (and Nordic ones: "Støre" is "Stoere").
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ø": "oe", "æ": "ae", "œ": "oe"})
# Letters that carry no combining mark to drop, as English copy writes them: "Wałęsa" is "Walesa", "Kılıçdaroğlu"
# "Kilicdaroglu".
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ħ": "h", "ß": "ss",
                                "æ": "ae", "œ": "oe"})


def _unmarked(word: str) -> str:
    """The word without its diacritics: "erdoğan" -> "erdogan", "i̇mamoğlu" (a case-folded "İ") -> "imamoglu"."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_PLAIN_LETTERS)


def _spellings(key: tuple[str, ...]) -> set[tuple[str, ...]]:
    """A name's spellings as English copy writes its transliterations: each word in one spelling of its variants
    ("zelenskyy", "zelenskiy" -> "zelensky"), its umlauts written out ("söder" -> "soeder") or dropped with every
    other diacritic, as Turkish, Polish or Vietnamese names are ("söder" -> "soder", "erdoğan" -> "erdogan")."""
    words = [NAME_WORD_VARIANTS.get(word, word) for word in key]
    return {tuple(_unmarked(word.translate(_UMLAUTS)) for word in words), tuple(map(_unmarked, words))}


def _diacritics(key: tuple[str, ...]) -> int:
    """How many characters of a name are no ASCII ones: its letters with diacritics, and the marks."""
    return sum(not ch.isascii() for word in key for ch in word)


def _surname(key: tuple[str, ...]) -> str:
    """The family name of a person's full name: its last word, the one before "Jr." for a son."""
    return key[-2] if len(key) > 2 and key[-1] in GENERATIONAL_SUFFIXES else key[-1]


def _paternal_surname(key: tuple[str, ...]) -> str | None:
    """The first of two family names that end a person's name, as Spanish and Portuguese names have them, where the
    press writes it alone: "Sheinbaum" of "Claudia Sheinbaum Pardo", "López" of "Andrés Manuel López Obrador"
    (not a given name, initial or particle: "Mary Ann Smith", "John F. Kennedy", "Ursula von der Leyen")."""
    if len(key) < 3 or key[-1] in GENERATIONAL_SUFFIXES or not _opens_with_given_name(key):
        return None
    word = key[-2]
    return None if not word.isalpha() or len(word) < 3 or word in NAME_PARTICLES or is_given_name(word.title()) \
        else word


def _other_gender_in_tail(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`short`, a full name ending `long`, may be another person: the given name that `long` adds and the one `short`
    opens with are of two genders ("Nawaz Sharif" of Maryam Nawaz Sharif, who carries her father's name); not a
    middle name dropped ("Luther King" of Martin Luther King) nor an initial ("Robert Oppenheimer"). (Names list
    surnames as given names too: "Peña Nieto" of Enrique Peña Nieto passes this test.)"""
    extra = long[:len(long) - len(short)]
    if len(short) < 2 or not extra or long[len(extra):] != short or _is_initial(extra[0]):
        return False
    genders = {gender_of(extra[0].title()), gender_of(short[0].title())}
    return None not in genders and len(genders) == 2


def _without_names_title(key: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name without the ruler's title it opens with ("sheikh mohammed" is "mohammed")."""
    return key[1:] if len(key) > 1 and key[0] in NAMES_TITLES else key


# Words of a full Arab name after the given name: "bin Rashid Al Maktoum", "Ahmed al-Sharaa".
_ARAB_NAME_WORDS = frozenset({"bin", "bint", "ibn", "al", "el", "abu"})


def _is_arab_full_name(key: tuple[str, ...]) -> bool:
    """The name has a patronymic or family particle after its first word: "mohammed bin rashid al maktoum"."""
    return any(word in _ARAB_NAME_WORDS or word.startswith(("al-", "el-")) for word in key[1:])


def _has_digits(key: tuple[str, ...]) -> bool:
    return any(ch.isdigit() for word in key for ch in word)


def _is_owner_of_known_body(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`long` is `short` and the name of a body the gazetteer knows on its own: an owner's name before its unit's,
    another body ("Google" of "Google DeepMind"), not a short form (`short` one word: not "Honda" of "Honda Motor")."""
    rest = long[len(short):]
    return len(short) == 1 and long[:1] == short and bool(rest) and _compact("".join(rest)) in _KNOWN_ORGANISATIONS


def _is_model_variant(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`long` is a model number (`short`, with a digit) and variant words after it: another product."""
    rest = long[len(short):]
    return long[:len(short)] == short and _has_digits(short) and bool(rest) and all(w in VARIANT_WORDS for w in rest)


# The second word of a firm's name of two whose first word is the firm's name alone: "Meridian Health", "Acme Group"
# ("Athol Stores", a person once "Athol" joined the given names).
_FIRM_HEADS = frozenset({
    "health", "healthcare", "engineering", "energy", "media", "group", "capital", "partners", "technologies",
    "technology", "systems", "therapeutics", "pharmaceuticals", "pharma", "biosciences", "biotech", "airlines",
    "motors", "industries", "insurance", "networks", "telecom", "solutions", "logistics", "foods", "labs",
    "laboratories", "ventures", "investments", "securities", "properties", "resources", "mining", "robotics",
    "stores"})


_SHIP_KEYS = frozenset(prefix.casefold() for prefix in SHIP_PREFIXES)


def _singular(key: tuple[str, ...]) -> tuple[str, ...]:
    """The key of a name in the singular: "patriots" is "patriot", "iris - ts" "iris - t"."""
    return (*key[:-1], key[-1][:-1]) if key[-1].endswith("s") else key


def _names_after_kind(short: tuple[str, ...], long: tuple[str, ...], where: str) -> bool:
    """`long` is `short` after a storm's or ship's word: "Delia" of "Hurricane Delia", "Kent" of "HMS Kent", the storm
    or ship where the text writes the name alone."""
    return where == "suffix" and len(long) > len(short) and (long[0] in STORM_WORDS or long[0] in _SHIP_KEYS)




def _may_be_a_body(key: tuple[str, ...], voted: str) -> bool:
    """A name ending in an organisation's head that the model called a person, an organisation, or a place the
    gazetteer does not know ("Maricopa County Superior Court", "West Coast Bank"; not "the West Bank")."""
    return voted in ("PERSON", "ORG") or (voted in ("GPE", "LOC") and not _in_gazetteer("".join(key)))


# Words of a compass before hills' names: "the South Downs", "the North Downs".
_COMPASS_WORDS = frozenset({"north", "south", "east", "west"})


# Last words of landforms that name no settlement ("Jezero Crater", "Perito Moreno Glacier"), and of those that also
# name towns ("Sioux Falls", "Olduvai Gorge"), a landform only where the model called it no place.
_LANDFORM_HEADS = frozenset({"crater", "craters", "glacier", "volcano", "canyon"})
_LANDFORM_OR_TOWN_HEADS = frozenset({"falls", "gorge"})


# Last two words of protected land, named after whatever or whoever it holds: "Grampians National Park" (a body to the
# model), "Joshua Tree National Park".
_PROTECTED_LAND_HEADS = frozenset({("national", "park"), ("national", "forest")})


def _is_landform(key: tuple[str, ...], voted: str) -> bool:
    """A name of a landform: its last word says so, and a first word that is no given name ("Grace Falls" may be
    hers) nor a title ("Detective Falls told the court" is an officer); or a national park's whatever its first."""
    if len(key) >= 2 and key[-2:] in _PROTECTED_LAND_HEADS:  # "the National Park" alone, its short form
        return True
    if len(key) < 2 or is_given_name(key[0].title()) or key[0] in ALL_TITLES:
        return False
    return key[-1] in _LANDFORM_HEADS or (key[-1] in _LANDFORM_OR_TOWN_HEADS and voted not in ("GPE", "LOC", "FAC"))


# The most words of a club's name before its last word ("Queen of the South" aside): "Brighton and Hove Albion".
_CLUB_NAME_WORDS = 3
# The model's labels of a club's name that no club is.
_CLUB_MISLABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART", "FAC"})


# Clubs' words that were a person's byname first: "Harry Hotspur" (Henry Percy), a person after a given name.
_BYNAME_CLUB_HEADS = frozenset({"hotspur"})


def _is_club_by_head(key: tuple[str, ...], voted: str) -> bool:
    """A name of two or three words ending in a club's word (`CLUB_HEADS`) that the model called no body: "Ayr United",
    "Bristol Rovers"; not "The Athletic" (one word after the article), nor a person's byname after a given name
    ("Harry Hotspur")."""
    if key[-1] in _BYNAME_CLUB_HEADS and voted == "PERSON" and len(key) == 2 and is_given_name(key[0].title()):
        return False
    return 1 < len(key) <= _CLUB_NAME_WORDS and key[-1] in CLUB_HEADS and key[0] != "the" and voted in _CLUB_MISLABELS


# Last words of airports, whose long names the model takes for events too ("Toussaint Louverture International
# Airport"); not a bridge's or a stadium's, which an event's name may end with ("the Battle of Stamford Bridge").
_AIRPORT_HEADS = frozenset({"airport", "airfield", "aerodrome"})


def _is_facility(key: tuple[str, ...], voted: str) -> bool:
    """A name ending in a facility's head that may be a body's ("Bank of America Stadium", "Charles de Gaulle
    Airport", "Chorley New Road"); not given names and a surname that is such a word too ("Wayne Bridge", "Mary Anne
    Bridge", "Glenn Close"), nor two names joined, a firm's ("Bec & Bridge"), nor a street named for what is there
    ("Wall Street"), nor a town whose hyphens glue the head on ("Chester-le-Street")."""
    return len(key) > 1 and key[-1] in FACILITY_HEADS and key[-2] != "-" \
        and (_may_be_a_body(key, voted) or voted == "EVENT" and key[-1] in _AIRPORT_HEADS) \
        and not (key[-1] == "downs" and key[-2] in _COMPASS_WORDS) \
        and not (len(key) <= 3 and key[-1] not in NO_SURNAME_PLACE_HEADS
                 and all(is_given_name(word.title()) for word in key[:-1])) \
        and "&" not in key and "and" not in key and key not in INSTITUTION_STREETS


# Firms well enough known to be called by their first word, though it names a place: "Berkshire" of Berkshire
# Hathaway ("his stake in Berkshire"), "Rio" of Rio Tinto; where the text writes it as no place ("in Rio").
_KNOWN_FIRMS = frozenset(map(_compact, WELL_KNOWN_FIRMS | TECH_FIRMS))
_JOURNAL_WORDS = frozenset((word.casefold(),) for word in JOURNALS_NAMED_BY_WORDS)
# Products named by a word, each a product of its own: "Windows" is not "Windows Update" or "Windows 8" named beside it.
_PRODUCT_WORDS = frozenset((word,) for word in PRODUCTS_NAMED_BY_WORDS)


def _opens_a_known_firm(short: tuple[str, ...], long: tuple[str, ...], where: str) -> bool:
    """`short`, one word, opens the name of a well-known firm (its legal form aside), and is no country nor people:
    "Berkshire" of "Berkshire Hathaway Inc." (not "Saudi" of Saudi Aramco)."""
    core = long[:-1] if long[-1] in CORPORATE_SUFFIXES else long
    return where == "prefix" and len(short) == 1 and len(core) > 1 and _compact(" ".join(core)) in _KNOWN_FIRMS \
        and short[0] not in DEMONYMS and not _is_country_name(short[0])


def _is_peerage(key: tuple[str, ...]) -> bool:
    """A peer's or royal's title with its place: "prince of wales", "the duchess of sussex"; not a thing named after
    one ("the Princess of Wales Hospital", "the Prince of Wales Bridge")."""
    words = key[1:] if key[:1] == ("the",) else key
    return 2 < len(words) < 6 and words[0] in PEERAGES and words[1] == "of" \
        and words[-1] not in ORGANISATION_HEADS and words[-1] not in _NAMED_AFTER_PEERS


# Things named after a peer, besides organisations: "the Prince of Wales Bridge", "the Duke of York Square".
_NAMED_AFTER_PEERS = frozenset({"bridge", "theatre", "theater", "square", "award", "awards", "prize", "hotel", "pub",
                                "road", "street", "park", "island", "stakes", "cup", "barracks", "dock", "pier"})


_NORTH_AMERICAN_TEAMS = frozenset(map(_compact, NORTH_AMERICAN_TEAMS))


# A firm's name as its web address: "Amazon.com", "Booking.com".
_WEB_ADDRESS = re.compile(r"([a-z][a-z0-9-]*)\.(?:com|net|co\.uk|io)")


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> str | None:
    """'prefix', 'suffix' or 'inside' when `short` is a contiguous part of `long`, else None."""
    n = len(short)
    if n >= len(long):
        return None
    if long[-n:] == short:
        return "suffix"
    if long[:n] == short:
        return "prefix"
    for i in range(1, len(long) - n):
        if long[i : i + n] == short:
            return "inside"
    return None


def _is_remit_of(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """`short` stands inside `long` right after its "for" or "of", the matter a body deals with, no short form of the
    body: "Budget" of the Office for Budget Responsibility ("her Budget"), "Education" of the Department for
    Education."""
    n = len(short)
    return any(long[i : i + n] == short and long[i - 1] in ("for", "of") for i in range(1, len(long) - n))


def _meets_at_slash(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """`short` stands in `long` next to a slash that joins it to another name: "S&P" of the index "S&P/ASX 200" is the
    ratings agency, no short form of the index."""
    n = len(short)
    return any(long[i : i + n] == short and "/" in (long[i - 1 : i] + long[i + n : i + n + 1])
               for i in range(len(long) - n + 1))


def _is_honour_of(short: tuple[str, ...], long: tuple[str, ...], where: str, own: str) -> bool:
    """`long` is an honour the event `short` awards, another thing than the event: "World Series MVP", "Super Bowl
    ring"."""
    return own == "EVENT" and where == "prefix" and long[-1] in EVENT_HONOURS


def _words_after(long: tuple[str, ...], short: tuple[str, ...]) -> tuple[str, ...]:
    """The words of `long` after the first place `short` is in it (none where it is not)."""
    n = len(short)
    return next((long[i + n:] for i in range(len(long) - n + 1) if long[i : i + n] == short), ())


def _hyphened_to_more(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """`short` is in `long` only with a hyphen joining more name to it: "Zuma" in "Duduzile Zuma-Sambudla", "Rolls" in
    "Rolls-Royce"."""
    n = len(short)
    return all(i + n < len(long) and long[i + n] == "-" for i in range(len(long) - n + 1) if long[i : i + n] == short)


# Heads of a body's name that can hold another's name: "National Samsung Electronics Union" is not Samsung
# Electronics, "Bristol City Council" not Bristol, "the Trump Foundation" not Donald Trump (not "institute",
# "trust", "board": "Karolinska", "Wellcome", "the Federal Reserve" name those bodies).
_BODY_HEADS = frozenset({"union", "council", "committee", "commission", "foundation", "federation", "confederation",
                         "association", "society"})
# Heads of the bodies an organisation known by its acronym has, named after it: "the BBC Trust", "the NHS Trust".
_ACRONYMS_BODIES = frozenset({"trust", "board"})
# Legislatures, whose committees are bodies of their own: "the House" is no "House Natural Resources Committee".
_LEGISLATURES = frozenset({("house",), ("senate",), ("congress",), ("parliament",), ("assembly",)})


# Words before a legislature's name that keep it one: "the National Assembly", "the State Senate".
_LEGISLATURE_WORDS = frozenset({"national", "federal", "general", "legislative", "state", "people", "people's", "'s",
                                "’s", "constituent", "supreme", "grand", "european", "u.n.", "un"})


def _other_than_legislature(short: tuple[str, ...], long: tuple[str, ...], where: str) -> bool:
    """A legislature's one word ("House", "Senate") inside a longer name that neither opens with it ("House of
    Representatives") nor is the legislature of a place ("U.S. Senate", "Ohio House"): another thing ("the White
    House", a "Senate" of a university)."""
    if short not in _LEGISLATURES or where == "prefix":
        return False
    before = [word for word in long[:long.index(short[0])] if word != "the"]
    # "France's National Assembly", "Texas State Senate", "National People's Congress" are legislatures.
    return not (_in_gazetteer("".join(before))
                or all(word in _LEGISLATURE_WORDS or _in_gazetteer(word) for word in before))


# A building's heads after "Government": "Government Buildings", "Government House" are where it sits, not it.
_BUILDING_HEADS = frozenset({"buildings", "building", "house", "offices"})


def _building_of_government(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """"Government" alone is not the short form of a building named after it ("Government Buildings")."""
    return short == ("government",) and len(long) == 2 and long[0] == "government" and long[-1] in _BUILDING_HEADS


def _is_body_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`long` is a body's name that holds `short` without its head."""
    return long[-1] in _BODY_HEADS and short[-1] != long[-1]


# Words that end a street's name, which the street's other words name alone: "a shop on Glenstone".
_STREET_WORDS = frozenset({"street", "road", "avenue", "lane", "boulevard", "drive", "way", "highway", "parkway"})


def _is_street_of(short: tuple[str, ...], long: tuple[str, ...], where: str, label: str) -> bool:
    """`long` is a street named `short` and a street's word ("Glenstone Avenue"), a place or facility."""
    return where == "prefix" and len(long) == len(short) + 1 and long[-1] in _STREET_WORDS \
        and label in ("FAC", "LOC", "GPE")


# Institutions of a place's government named after it ("Bolton Crown Court", "Kent County Council"): the heads that
# end their names, and the words between the place and the head ("Crown", "Magistrates'", "County"). Not a
# university, hospital or airport, whose short name is often the institution's own ("Brown said", "Heathrow").
_PLACE_INSTITUTION_HEADS = frozenset({"court", "council", "prison", "police", "constabulary"})
_PLACE_INSTITUTION_WORDS = frozenset({"crown", "magistrates", "magistrates'", "magistrates’", "county", "city",
                                      "borough", "district", "town", "high", "coroner's", "coroner’s",
                                      "coroners", "metropolitan", "parish", "regional", "state", "circuit",
                                      "criminal", "superior", "sheriff", "sheriff's", "sheriff’s"})
# A sheriff's office is a county's: "Maricopa County Sheriff's Office" (not any "office": "the Home Office").
_SHERIFFS = frozenset({"sheriff", "sheriff's", "sheriff’s"})


def _is_place_part(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`short` is the place an institution `long` is named after: one word, or a place the gazetteer knows that is no
    council's own words ("Manchester City" of "Manchester City Council" is the club; its place is "Manchester")."""
    return len(short) == 1 or (_in_gazetteer(" ".join(short)) and short[-1] not in _PLACE_INSTITUTION_WORDS)


def _is_institution_of_place(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`long` is an institution of the place `short`'s government named after it: "Bolton Crown Court", "Kent County
    Council", "Cork Circuit Criminal Court" (not "Reliance Industries", a firm whose short name `short` is, nor
    "Brown University")."""
    head = long[-1] in _PLACE_INSTITUTION_HEADS or (long[-1] == "office" and len(long) > 2 and long[-2] in _SHERIFFS)
    return head and long[:len(short)] == short \
        and all(word in _PLACE_INSTITUTION_WORDS for word in long[len(short):-1])


_NEVER = 1 << 62  # first-mention position of a key never seen in the text


class Groups:
    """Name keys (case-folded token tuples) joined into groups: a short form points at its full name.

    `votes` holds the model's weighted labels per key. Keys are linked longest first, so a key that
    is still a root when the shorter keys are processed stays a root: `totals` can grow in place.
    """

    def __init__(self, votes: dict[tuple[str, ...], Counter], first_seen: dict[tuple[str, ...], int]):
        self.votes = votes
        self.first_seen = first_seen  # token index of each key's first mention, to break ties
        self.parent: dict[tuple[str, ...], tuple[str, ...]] = {}
        # Labels decided by rules: `forced` (form of the name, surnames) beats `known` (gazetteer).
        self.forced: dict[tuple[str, ...], str] = {}
        self.known: dict[tuple[str, ...], str] = {}
        # Votes of every group, by root key.
        self.totals: dict[tuple[str, ...], Counter] = {key: Counter(v) for key, v in votes.items()}
        # (short, long) names of an owner and what it owns ("Siemens Healthineers, in which Siemens holds a stake"):
        # two entities, which `link_short_forms` leaves apart.
        self.apart: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
        # Names of one word written in capitals, an acronym's ("NBA", "U.N."): names of their own.
        self.acronyms: set[tuple[str, ...]] = set()
        # Names written after "Mr", "Ms", "Dr": a person's, never the firm named after the family ("Mr. Honda").
        self.honoured: set[tuple[str, ...]] = set()
        # Names written as the subject of a clause somewhere ("Tony Blair said"): someone or something that acts.
        self.subjects: set[tuple[str, ...]] = set()
        # Titles of a person's works in quotation marks (Christopher Nolan's "Oppenheimer"): no person's short form.
        self.works: set[tuple[str, ...]] = set()
        # Names written after "in", "near" and the like somewhere ("in Boston"): a place the text writes as one.
        self.placed: set[tuple[str, ...]] = set()
        # Places written before a noun they modify ("Kingston police"): a place's, not a family name written first.
        self.place_modifiers: set[tuple[str, ...]] = set()
        # Names written after "the" somewhere ("in the Amazon"): a river's, a region's, never a firm's web name's.
        self.after_the: set[tuple[str, ...]] = set()
        # Names written after "of" somewhere ("John Smith, 34, of Cork"): with a court or council named after them,
        # the place.
        self.after_of: set[tuple[str, ...]] = set()
        # Names the text uses as an organisation's somewhere: a listed one ("Manchester City"), a doer ("Liverpool
        # signed"), a club's after its people ("fans of Derby"): no place beside a council named after it.
        self.organisations: set[tuple[str, ...]] = set()
        # Names of one word written only before a noun they qualify ("the Olympic movement"): an adjective, no short
        # form of a longer name it is inside.
        self.modifiers: set[tuple[str, ...]] = set()

    def root(self, key: tuple[str, ...]) -> tuple[str, ...]:
        while key in self.parent:
            key = self.parent[key]
        return key

    def own_label(self, key: tuple[str, ...]) -> str:
        """The label of one name on its own: rules first, then the model's vote."""
        return self.forced.get(key) or self.known.get(key) or _majority(self.votes[key])

    def label(self, root: tuple[str, ...]) -> str:
        """A group's label: its full name's when a rule decides it or it is a person, else the group's vote."""
        own = self.own_label(root)
        if own == "PERSON" or root in self.forced or root in self.known:
            return own
        total = self.totals.get(root)
        return _majority(total) if total else own

    def attach(self, key: tuple[str, ...], root: tuple[str, ...], votes: bool = True) -> None:
        """Make `key` (a root so far) a member of the group of `root`, adding its votes unless told not to."""
        root = self.root(root)
        if root == key:
            return  # already one group: a link both ways ("Sheikh Mohammed" and "Mohammed") would loop `root` for ever
        self.parent[key] = root
        own = self.totals.pop(key, Counter())
        if votes:
            group = self.totals.get(root, Counter())
            # Keep labels in text order so that a tie goes to the label of the group's first mention.
            key_first, root_first = self.first_seen.get(key, _NEVER), self.first_seen.get(root, _NEVER)
            if key_first < root_first:
                self.totals[root] = _merged(own, group)
                self.first_seen[root] = key_first
            else:
                self.totals[root] = _merged(group, own)

    def force_known_forms(self) -> None:
        """Labels that the form of a name decides ("Pirelli SpA" is a company) or a gazetteer knows."""
        # Every key that opens a longer one: a set, so that each key's question costs no scan of all keys.
        opening = {long[:i] for long in self.votes for i in range(1, len(long))}
        for key in self.votes:
            if len(key) > 1 and key[-1] in CORPORATE_SUFFIXES:
                self.forced[key] = "ORG"
            elif len(key) > 1 and key[-1] in EVENT_SUFFIXES and _compact("".join(key)) not in _KNOWN_ORGANISATIONS \
                    and not (key[-1] in WORK_OR_NAME_EVENT_SUFFIXES and _majority(self.votes[key]) == "WORK_OF_ART") \
                    and not (len(key) == 2 and key[-1] in _SURNAME_EVENT_SUFFIXES and is_english_given_name(key[0])):
                # not a party so named ("National Rally"), a show the model calls a work ("The Amazing Race"), nor an
                # English given name and a surname that is such a word ("Steve Race"; "Hobart Race" is a race though
                # the model calls it a person)
                self.forced[key] = "EVENT"
            elif _is_peerage(key):
                self.forced[key] = "PERSON"  # "the Prince of Wales" (a work of art), "Princess of Wales" (a body)
            elif len(key) == 2 and key[0] in ("co", "co.") and key[1] in IRISH_COUNTIES:
                self.forced[key] = "GPE"  # an Irish county: "Co Mayo", "Co. Cork" (persons to the model)
            elif len(key) > 1 and key[-1] in ORGANISATION_HEADS and _may_be_a_body(key, _majority(self.votes[key])) \
                    and not ((len(key) == 2 or key[-1] == "re") and gender_of(key[0]) is not None):
                # Also against a person it is named after ("the Betty Ford Center"); not a given name and a surname
                # that is such a word too ("Sarah Court", "Robert Service"), nor the Italian surname "Re" after given
                # names ("Giovanni Battista Re"), where a reinsurer's follows a place ("Munich Re", "Swiss Re").
                self.forced[key] = "ORG"
            elif _is_club_by_head(key, _majority(self.votes[key])):
                self.forced[key] = "ORG"  # "Ayr United won", a person to the model
            elif _is_facility(key, _majority(self.votes[key])):
                self.forced[key] = "FAC"  # and not the person it is named after: "Charles de Gaulle Airport"
            elif _is_landform(key, _majority(self.votes[key])):
                self.forced[key] = "LOC"  # "Jezero Crater" a town, "Cheyava Falls" a person to the model
            elif len(key) > 1 and key[-1] in CRAFT_HEADS and not (len(key) == 2 and is_given_name(key[0].title())):
                self.forced[key] = "PRODUCT"  # nor the person: "the James Webb Space Telescope"
            elif OPTIONS.gazetteer:
                opens = key in opening
                label = _gazetteer_label(key, _majority(self.votes[key]), opens and self.names_an_institution_of(key),
                                         opens)
                if label:
                    self.known[key] = label

    def names_an_institution_of(self, place: tuple[str, ...]) -> bool:
        """The text names a court, council, prison or police force after `place`: "Kent Police", "Kent County Council"
        make "Kent" alone the county, not a person."""
        return any(len(long) > len(place) and _is_institution_of_place(place, long) for long in self.votes)

    def link_short_forms(self, ordinary: Container[str] = frozenset()) -> None:
        """Point each short name at the unique longer name it is part of, when labels allow (`ordinary`: lower-case
        words that name no one)."""
        containing: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for key in self.votes:
            for token in key:
                containing[token].add(key)
        for short in sorted(self.votes, key=len, reverse=True):
            if short in _FULL_NAMES:  # "the Fed" is the Federal Reserve, not the "Chicago Fed" named beside it
                continue
            if short in _JOURNAL_WORDS or short in _PRODUCT_WORDS:  # "Nature" is a journal of its own, not
                continue  # "Nature Medicine" named beside it
            own = self.own_label(short)
            candidates = set.intersection(*(containing[t] for t in short))
            # A name hyphenated to more is meant only where no other name holds it whole: "Zuma" is Jacob Zuma beside
            # "Duduzile Zuma-Sambudla"; "Rolls" alone is "Rolls-Royce".
            hyphened = {long for long in candidates if len(long) > len(short) and _hyphened_to_more(long, short)}
            if candidates - hyphened - {short}:
                candidates -= hyphened
            # A place is itself, not a longer name it is part of ("Morning Ireland", "Manchester United",
            # "African-American", "South Sudan"); but another name of the same place ("Great Britain", "South Korea",
            # "New York City") and a person's surname ("Michael Jordan") are what it stands for.
            place = OPTIONS.gazetteer and own in PLACE_LABELS and _in_gazetteer("".join(short))
            surname_of: set[tuple[str, ...]] = set()
            paternal_of: set[tuple[str, ...]] = set()
            part_of: set[tuple[str, ...]] = set()
            storm_of: set[tuple[str, ...]] = set()  # storms and ships named with their kind's word
            firm_of: set[tuple[str, ...]] = set()  # firms whose short form the model took for a place or people
            institution_of: set[tuple[str, ...]] = set()  # courts and councils named after a place so written
            trusts: set[tuple[str, ...]] = set()  # an acronym's trust or board, a body of its own ("the BBC Trust")
            for long in candidates:
                where = _contains(long, short)
                if where == "inside" and _without_names_title(long)[:len(short)] == short:
                    where = "prefix"  # "Tamim" (a people to the model) of "Sheikh Tamim bin Hamad Al Thani"
                if where is None or _meets_at_slash(long, short) or _son_of_named_father(long, self.votes) \
                        or (where == "inside" and _is_remit_of(long, short)) \
                        or _is_model_variant(short, long) or _is_owner_of_known_body(short, long) \
                        or _other_than_legislature(short, long, where) or _building_of_government(short, long):
                    continue
                if self.is_trust_of(short, long, where):
                    trusts.add(self.root(long))
                    continue
                root = self.root(long)
                label = self.label(root)
                if (short, long) in self.apart or self.names_namesake_body(short, long, where):
                    continue
                if label == "ORG" and where == "prefix" and " ".join(short) in KNOWN_EVENTS:
                    continue  # the Commonwealth Games, not Commonwealth Games Australia, the body that sends a team
                if short in self.works and label != "WORK_OF_ART":
                    continue  # the film "Oppenheimer", not J. Robert Oppenheimer
                if _is_honour_of(short, long, where, own) or (where == "inside" and short in self.modifiers):
                    continue  # the "Olympic movement" is no short form of the International Olympic Committee
                if short in self.honoured and where == "prefix" and label != "PERSON":
                    continue  # "Mr. Suzuki" is Toshihiro Suzuki, not Suzuki Motor Corp.
                # Nor the place in a name the model took for a person's that opens with no given name: "Entergy
                # Louisiana"; nor the place of a title: "Wales" of "the Princess of Wales".
                person = label == "PERSON" and _opens_with_given_name(long) and not _is_peerage(long)
                named = _names_after_kind(short, long, where)
                if place and not (person or named or _is_city_long_form(short, long) or _same_place(long)
                                  or self.opens_a_known_firm(short, long, where)):
                    continue
                if named:
                    storm_of.add(root)
                elif label == "PERSON" and where == "suffix":
                    surname_of.add(root)
                elif label == "PERSON" and len(short) == 1 and _paternal_surname(long) == short[0]:
                    paternal_of.add(root)
                elif _is_street_of(short, long, where, label) and own != "PERSON":  # not "Park" of "Park Avenue"
                    part_of.add(root)  # whatever the model calls the name alone
                elif label == "PERSON" and where == "prefix" and (own not in PLACE_LABELS or _misread_given_name(
                        short, own) or (_misread_family_name(short, long, ordinary)
                                        and short not in self.placed and short not in self.place_modifiers)):
                    part_of.add(root)  # a given name, or a family name written first ("Wang Donghai")
                elif label == "PERSON" and where == "inside" and _misread_middle_name(short, long, own):
                    part_of.add(root)  # "Fakhrul" of Mirza Fakhrul Islam Alamgir, an organisation to the model
                # An organisation's name holds its short form whatever the model calls it alone; but a place the
                # model misread ("in Bolton", a person to it) is no name of the institution named after it: the
                # short form of "Bolton Crown Court" must be the model's organisation ("Harvard" of its University),
                # and not one the text writes as a place ("from Cork", an organisation to the model).
                elif (short in self.placed or short in self.after_of) and short not in self.organisations \
                        and _is_institution_of_place(short, long) and _is_place_part(short, long):
                    institution_of.add(root)
                elif (label == own or (label == "ORG" and own not in PLACE_LABELS
                                       and not _is_institution_of_place(short, long))) \
                        and not self.is_unit_of(short, long, where) \
                        and not (_is_body_of(short, long) and self.names_more_than_a_body(short, candidates)):
                    part_of.add(root)
                elif label == "ORG" and self.is_firms_short_form(short, long, where):
                    firm_of.add(root)
            # "Goodall" is Jane Goodall, not the Jane Goodall Institute named after her.
            part_of -= {root for root in part_of if any(_contains(root, person) for person in surname_of)}
            if not (surname_of or part_of):
                surname_of = paternal_of  # "Sheinbaum" of "Claudia Sheinbaum Pardo", where no one else has it
            if surname_of and short not in self.forced:
                # A surname of a known person is a person, even when it is ambiguous between two.
                self.forced[short] = "PERSON"
            if len(storm_of) == 1 and not (surname_of or part_of):
                # "Delia" after "Hurricane Delia" is the storm, "Kent" after "HMS Kent" the ship, whatever the model
                # calls the name alone.
                self.attach(short, next(iter(storm_of)), votes=False)
                continue
            if len(firm_of) == 1 and not (surname_of or part_of):
                # "Carrow" (a place to the model) of "Carrow Pharmaceuticals", "Veridian" (a people) of "Veridian
                # Semiconductor Corp.": the firm's, whose label its wrong votes do not change.
                self.attach(short, next(iter(firm_of)), votes=False)
                continue
            if institution_of and not (surname_of or part_of) and own == "ORG" and short not in self.forced:
                self.forced[short] = "GPE"  # "from Cork" beside "Cork Circuit Criminal Court": the town
            found = surname_of | part_of
            if institution_of and not surname_of and found:
                # "Oxford" beside "Oxford Crown Court" and "Oxford University": neither ("from Oxford", the town).
                found |= institution_of
            if len(found) > 1 and not surname_of and own == "ORG":
                # "Reliance" beside "Reliance Industries Ltd" and "Reliance Retail": the company in law is meant.
                companies = {root for root in part_of if root[-1] in CORPORATE_SUFFIXES}
                found = companies if len(companies) == 1 else found
            if found and not surname_of:
                # The acronym's trust is as much a longer name of it as another: "The BBC ... The BBC Trust ... The BBC
                # World Service", the BBC of neither (not the World Service's once the trust is its own body).
                found |= trusts
            if len(found) == 1:
                self.attach(short, next(iter(found)))
        self.link_web_names()

    def link_web_names(self) -> None:
        """A firm's name alone ("Amazon") joins its name written as its web address ("Amazon.com Inc",
        "Amazon.com"), which no word of it matches; not a place so called, written after "the" anywhere ("the Amazon
        rainforest"), nor where the name alone is already part of another."""
        for key in sorted(self.votes, key=len, reverse=True):
            stem = _WEB_ADDRESS.fullmatch(key[0])
            short = (stem.group(1),) if stem else None
            if short in self.votes and self.root(short) == short and self.own_label(short) not in PLACE_LABELS \
                    and short not in self.after_the and ("the",) + short not in self.votes:
                self.attach(short, key)

    def opens_a_known_firm(self, short: tuple[str, ...], long: tuple[str, ...], where: str) -> bool:
        """`short` opens the name of a well-known firm and the text never writes it as a place: "his stake in
        Berkshire" is Berkshire Hathaway, "the summit in Rio" no part of Rio Tinto."""
        return _opens_a_known_firm(short, long, where) and short not in self.placed

    def is_firms_short_form(self, short: tuple[str, ...], long: tuple[str, ...], where: str) -> bool:
        """`short`, one word the model called a place or a people, is the short form of the firm `long`: its first word
        where a firm's head or legal form ends it ("Carrow" of "Carrow Pharmaceuticals", "Veridian" of "Veridian
        Semiconductor Corp."), or a North American team's nickname ("Celtics" of "Boston Celtics"); not a place the
        gazetteer knows ("Boston", "Japan" of Japan Airlines), a nationality ("American" of American Airlines) nor a
        name the text writes as a place somewhere ("from Heathrow", "Dover, the port town", "Norfolk, Virginia"); but
        the first word of a well-known firm the text writes as no place ("his stake in Berkshire")."""
        word = short[0]
        if self.opens_a_known_firm(short, long, where):
            return True
        if len(short) != 1 or not word.isalpha() or self.own_label(short) not in PLACE_LABELS \
                or word in DEMONYMS or _in_gazetteer(word) or short in self.placed or short in self.honoured:
            return False
        if where == "prefix" and self.own_label(short) == "GPE":
            # Only a place's word: a people's opening a firm's name is more often the people ("Islamic" of the
            # Islamic Development Bank, "Islamic scholars").
            # A firm's head ends the name, but for its legal form: not "Catholic" of the Catholic Health Association.
            core = long[:-1] if len(long) > 2 and long[-1] in CORPORATE_SUFFIXES else long
            return core[-1] in _FIRM_HEADS or core[-1] == "bank" or long[-1] in CORPORATE_SUFFIXES
        return where == "suffix" and _compact(" ".join(long)) in _NORTH_AMERICAN_TEAMS

    def link_transliterated_names(self) -> None:
        """A person's name in another transliteration joins the one person it names: "Soeder" and "Söder" are Markus
        Söder, "Erdogan" is Recep Tayyip Erdoğan, "Zelensky" is Volodymyr Zelenskyy (a surname alone only where one
        person of the text owns it); of two full names so written, the one with its diacritics is the group's."""
        people = [root for root in self.roots() if self.label(root) == "PERSON" and len(root) > 1]
        by_spelling: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        for root in people:
            for spelling in _spellings(root) | _spellings((_surname(root),)):
                by_spelling[spelling].add(root)
        for key in self.roots():
            if key in self.parent:  # joined as an owner's other spelling, below
                continue
            owners = {self.root(owner) for spelling in _spellings(key) for owner in by_spelling.get(spelling, ())}
            owners.discard(key)
            # Only another spelling: the same one ("Jordan" beside Michael Jordan) is `link_short_forms`' to judge.
            if len(owners) != 1 or key[-1] == _surname(owner := next(iter(owners))) or key in self.works:
                continue
            # A person only: "Müller, the German dairy group" is no Gerd Mueller (review of 5557ed3).
            if self.own_label(key) == "PERSON" and (key, owner) not in self.apart and (owner, key) not in self.apart:
                if len(key) == len(owner) and _diacritics(key) > _diacritics(owner):
                    key, owner = owner, key  # "Recep Tayyip Erdoğan" over "Recep Tayyip Erdogan"
                self.attach(key, owner)

    def link_leading_articles(self) -> None:
        """A name written with a leading "The" (as a work's title keeps it) joins the same name written without it:
        a title's two forms are one work, named in full ("Godfather" joins "The Godfather"); a name the model took
        for a title for its sentence's opening "The" ("The Suez Canal is closed") is the name without it, whose
        label the title's does not outvote."""
        for key in list(self.votes):
            bare = key[1:]
            if key[0] != "the" or bare not in self.votes or key in self.parent:
                continue
            root = self.root(bare)
            if root == key:
                continue
            if bare == root and self.own_label(bare) == self.own_label(key):
                self.attach(bare, key)
            else:
                self.attach(key, root, votes=self.label(root) == self.own_label(key))

    def link_second_surnames(self, ordinary: Container[str]) -> None:
        """A person's two family names written without the given name, as Spanish and Portuguese names are ("Sheinbaum
        Pardo"), join the one person named with the first as surname ("Claudia Sheinbaum"); not a name of a given name
        ("Abbas Jazayeri" beside "Bandar Abbas") nor of an `ordinary` word ("Trump Plan" in a headline)."""
        people: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for root in self.roots():
            if self.label(root) == "PERSON" and len(root) > 1 and _opens_with_given_name(root):
                people[_surname(root)].append(root)
        for key in self.roots():
            if len(key) == 2 and self.label(key) == "PERSON" and len(people.get(key[0], ())) == 1 \
                    and all(word.isalpha() and len(word) > 2 and word not in ordinary
                            and not is_given_name(word.title()) for word in key):
                self.attach(key, people[key[0]][0])

    def link_singular_forms(self, modifiers: set[tuple[str, ...]]) -> None:
        """A people's or a party's name in the singular joins the plural the article names: "American" the Americans,
        "Democrat" the Democrats; an organisation's only where the singular always qualifies a noun ("a Liberal
        Democrat spokesman", "a Tory MP"), as a name of its own it is something else ("The Sun reported ... the
        Suns", "The Independent ... three Independents", "American said" of the airline)."""
        for key in list(self.votes):
            plurals = [(*key[:-1], key[-1] + "s"), (*key[:-1], key[-1][:-1] + "ies")]  # "Emmys", "Tories"
            plural = next((p for p in plurals if p in self.votes), None)
            if plural is None or key in self.parent or not key[-1].isalpha() or len(key[-1]) <= 2:
                continue
            labels = {self.label(key), self.label(self.root(plural))}
            model = {_majority(self.votes[key]), _majority(self.votes[plural])}  # not "American said" (ORG to it)
            if labels | model == {"NORP"} or (labels <= {"ORG", "NORP"} and key in modifiers):
                self.attach(key, self.root(plural))

    def names_namesake_body(self, short: tuple[str, ...], long: tuple[str, ...], where: str) -> bool:
        """`short` is a person's full name (a given name first, a person's label, the subject of a clause or a person
        by a rule) and `long` the organisation named after them, a head after the name: "Jane Goodall" of "the Jane
        Goodall Institute", "Tony Blair" of "the Tony Blair Institute" (not "Ford" alone, the short name of "Ford
        Motor Co."). A firm's name is its own short form: "Ralph Lauren said" of Ralph Lauren Corp, "Thomas Cook" of
        Thomas Cook Group (its legal form or "Group" after the name)."""
        if where == "suffix" or len(short) < 2:
            return False
        after = _words_after(long, short)
        if not any(word in ORGANISATION_HEADS for word in after) \
                or any(word in CORPORATE_SUFFIXES or word == "group" for word in after):
            return False
        # A given name first, as the model's firms of two words are not ("Lockheed Martin", "Goldman Sachs" persons
        # to it, the short names of "... Corp", "... Group"); and someone who acts: the body's own short name is
        # where one goes ("checked into Betty Ford", a person to the model, is the Betty Ford Center).
        return len(short) <= 3 and _opens_with_given_name(short) and short[-1] not in ORGANISATION_HEADS \
            and short[-1] not in CORPORATE_SUFFIXES and self.own_label(short) == "PERSON" \
            and (short in self.subjects or short in self.honoured or self.forced.get(short) == "PERSON")

    def force_firms_long_forms(self, firms: set[tuple[str, ...]]) -> None:
        """The group of a longer name that a firm's short name opens, a person's to the model, is the firm's: "Lockheed
        shares rose" makes "Lockheed Martin" a company (not a person the text honours, "Mr. Suzuki")."""
        for firm in firms:
            root = self.root(firm) if firm in self.votes else firm
            if root != firm and root[:len(firm)] == firm and firm not in self.honoured \
                    and self.label(root) == "PERSON" and self.forced.get(root) != "PERSON":
                self.forced[root] = "ORG"

    def is_trust_of(self, short: tuple[str, ...], long: tuple[str, ...], where: str | None) -> bool:
        """`long` is a trust or board an acronym's body named first has, a body of its own: "The BBC ... The BBC Trust"
        (not "Wellcome ... the Wellcome Trust", a name in words, the trust's own)."""
        return where == "prefix" and len(long) == len(short) + 1 and long[-1] in _ACRONYMS_BODIES \
            and short in self.acronyms and self.first_seen.get(short, _NEVER) < self.first_seen.get(long, _NEVER)

    def is_unit_of(self, short: tuple[str, ...], long: tuple[str, ...], where: str | None) -> bool:
        """`long` is an organisation's unit or product named after it, the organisation `short` named first: "Amazon
        ... Amazon Web Services", "Apple ... Apple Intelligence" (not a company's longer name, "Ford ... Ford Motor
        Co.", "Tesla ... Tesla Motors", nor "Goldman Sachs ... Goldman", the long one first)."""
        return where == "prefix" and self.own_label(short) == "ORG" == self.own_label(long) \
            and self.first_seen.get(short, _NEVER) < self.first_seen.get(long, _NEVER) \
            and long[-1] not in CORPORATE_SUFFIXES and long[-1] not in ORGANISATION_HEADS

    def link_acronyms(self, aliases: dict[tuple[str, ...], tuple[str, ...]]) -> None:
        """Acronyms join the group of their long form, take its label and do not vote on it."""
        for acronym, long in aliases.items():
            root = self.root(long)
            if acronym in self.votes and root != acronym and acronym not in self.parent:
                self.attach(acronym, root, votes=False)

    def add_surnames(self) -> None:
        """Last names of multi-word persons as names of their own, to find "Healey" after "John Healey" (and "Petro"
        after "Gustavo Petro Urrego")."""
        owners: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        paternal_owners: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        for root in self.roots():
            surname = _surname(root)
            # An apostrophe is part of a surname: "O'Leary" of Michael O'Leary.
            if self.label(root) == "PERSON" and len(root) > 1 and surname.replace("'", "").isalpha() \
                    and len(surname) > 1 and not _son_of_named_father(root, self.votes) and not _has_digits(root) \
                    and not _is_peerage(root):  # "A18 Pro" is no person, "Wales" no princess
                owners[(surname,)].add(root)
                if paternal := _paternal_surname(root):
                    paternal_owners[(paternal,)].add(root)
        for paternal, roots in paternal_owners.items():
            if paternal not in owners:  # a family name of someone else's last: theirs
                owners[paternal] = roots
        people = {root for roots in owners.values() for root in roots}
        for spelling, spelt_by in self._surname_spellings(people).items():
            if spelling not in owners:  # a family name of someone else's as written: theirs ("Mueller", Gerd Mueller)
                owners[spelling] = spelt_by
        for surname, roots in owners.items():
            if surname in self.votes:
                continue
            self.votes[surname] = Counter()
            self.forced[surname] = "PERSON"
            if len(roots) == 1 and (surname, next(iter(roots))) not in self.apart:
                self.attach(surname, next(iter(roots)))

    def _surname_spellings(self, people: set[tuple[str, ...]]) -> dict[tuple[str, ...], set[tuple[str, ...]]]:
        """The other spellings of the surnames of `people` (roots of persons' groups), by the ones they find: the
        surname as each full name of the group writes it ("Fernandez" of "Enzo Fernandez", joined to "Enzo
        Fernández") and without its diacritics ("Muller" of "Thomas Müller", "Store" of "Jonas Gahr Støre")."""
        found: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        for key in self.votes:
            root = self.root(key)
            if root in people and (key == root or len(key) > 1):
                surname = (_surname(key),)
                for spelling in {surname} | _spellings(surname):
                    found[spelling].add(root)
        return found

    def add_firms_first_words(self, ordinary: Container[str]) -> None:
        """The first word of a firm's name of two words, the second a firm's ("Meridian Health", "Acme Corp"; a legal
        form may follow, "Sage Therapeutics Inc."), as a name of its own, to find "Meridian agreed" the model left
        out: not an `ordinary` word (a stop word, a verb, or one the text writes in lower case: "Power Capital" beside
        "power"), a given name ("Morgan Stanley"), a place ("Oxford Instruments"), nor a word of another name ("Ratan
        Tata" beside "Tata Group")."""
        owners: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        holders: Counter[str] = Counter()  # how many names hold each word: "Tata" of "Ratan Tata" and "Tata Group"
        for root in self.roots():
            holders.update(set(root))
            # Its legal form aside: "Sage" of "Sage Therapeutics Inc.".
            core = root[:-1] if len(root) == 3 and root[-1] in CORPORATE_SUFFIXES else root
            firm = core[-1] in _FIRM_HEADS or core[-1] in CORPORATE_SUFFIXES
            if self.label(root) == "ORG" and len(core) == 2 and firm:
                owners[root[:1]].add(root)
        for first, roots in owners.items():
            word = first[0]
            # A given name may name the firm where its head and a legal form follow it ("Sage Therapeutics Inc.").
            registered = len(next(iter(roots))) == 3 and gender_of(word.title()) is None
            if len(roots) == 1 == holders[word] and first not in self.votes and word.isalpha() and len(word) > 2 \
                    and word not in ordinary and (registered or not is_given_name(word.title())) \
                    and not _in_gazetteer(word):
                self.votes[first] = Counter()
                self.forced[first] = "ORG"
                self.attach(first, next(iter(roots)))

    def add_team_nicknames(self, keys: set[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
        """The last word of each North American team's name among `keys` as a name of its own, to find "the Bucks"
        after "the Milwaukee Bucks" (not a British club's "United" or "City", which several clubs share); returns the
        nicknames added, with their label."""
        added: dict[tuple[str, ...], str] = {}
        for key in keys:
            nickname = key[-1:]
            if len(key) < 2 or _compact(" ".join(key)) not in _NORTH_AMERICAN_TEAMS or nickname in self.votes:
                continue
            if key not in self.votes:  # a team the gazetteer found where the model did not
                self.votes[key] = Counter()
                self.forced[key] = "ORG"
            self.votes[nickname] = Counter()
            self.forced[nickname] = added[nickname] = "ORG"
            self.attach(nickname, self.root(key))
        return added

    def link_club_nicknames(self, clubs: dict[tuple[str, ...], tuple[str, ...]],
                            propagated: set[tuple[str, ...]]) -> None:
        """Each football nickname in the group of the club `clubs` gives it, where the text names it as an organisation
        (its group's label, or a known name's `propagated` organisation: "Spurs" beside "Tottenham")."""
        for nickname, club in clubs.items():
            if club not in self.votes or self.root(nickname) != nickname or self.label(self.root(club)) != "ORG":
                continue
            if nickname in self.votes and self.label(nickname) == "ORG":
                self.attach(nickname, club)
            elif nickname not in self.votes and nickname in propagated:
                self.votes[nickname] = Counter()
                self.forced[nickname] = "ORG"
                self.attach(nickname, club)

    def link_middle_initials(self, described: set[tuple[str, ...]]) -> None:
        """A person's name with middle initials in the group of the same name written without them, when only one
        name so shortens to it and the text does not introduce that name as someone of its own (`described`):
        "Donald J. Trump" is "Donald Trump"; not both "George H.W. Bush" and "George W. Bush" beside a "George Bush",
        nor "Michael B. Jordan" beside "Michael Jordan, who won six titles" or "his father George Bush". (Two people
        named so, neither introduced, are one: "Sen. John Kennedy ... John F. Kennedy".)"""
        longs: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
        for root in self.roots():
            short = tuple(word for word in root[1:-1] if not _is_initial(word))
            if len(root) > 2 and len(short) < len(root) - 2:
                longs[(root[0], *short, root[-1])].append(root)
        for short, found in longs.items():
            if len(found) == 1 and short in self.votes and short not in self.parent and short not in described \
                    and self.label(short) == "PERSON" == self.label(found[0]):
                self.attach(found[0], short)

    def link_middle_names(self, described: set[tuple[str, ...]], relatives: set[tuple[str, ...]],
                          aged: set[tuple[str, ...]]) -> None:
        """A person's name of three words and the same name written without its middle one, a family name (no given
        name, initial, particle nor title), one group under the fuller name: "Mr Ratan Naval Tata" is "Ratan Tata",
        "Ruth Ginsburg" "Ruth Bader Ginsburg"; not "Mary Ann Smith" beside "Mary Smith", two such names beside one
        "Ratan Tata", nor a long name the text introduces as someone of their own (`described`; the short one may be:
        "Ratan Tata, the former chairman"), a short one it names as a relative ("and his son Peter Hughes") or both
        given an age ("Peter Fitzgerald Hughes, 58, and Peter Hughes, 30": two people, `aged`)."""
        longs: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
        for root in self.roots():
            middle = root[1] if len(root) == 3 else ""
            if middle.isalpha() and len(middle) > 1 and middle not in NAME_PARTICLES and middle not in ALL_TITLES \
                    and middle not in _RULERS_TITLES_IN_NAMES and not is_given_name(middle.title()):
                longs[(root[0], root[2])].append(root)
        for short, found in longs.items():
            if len(found) == 1 and short in self.votes and short not in self.parent and found[0] not in described \
                    and short not in relatives and not (short in aged and found[0] in aged) \
                    and self.label(short) == "PERSON" == self.label(found[0]):
                self.attach(short, found[0])  # the fuller name names the group

    def link_reversed_names(self) -> None:
        """A person's name of two words and the same two words the other way round are one person, as Japanese,
        Chinese and Korean names are written in either order ("Kishida Fumio ... Fumio Kishida"); one of them the
        model's person, the other its person or organisation ("Takaichi Sanae"). Only where one word is a given name
        and the other none: two given names ("Scott Thomas ... Thomas Scott", "Stanley Morgan ... Morgan Stanley",
        "Wang Lei ... Lei Wang") are as often two people, or a person and a firm. The group is the name that opens
        with the given name ("Fumio Kishida"), whose last word is the surname `add_surnames` adds. Done before
        `link_short_forms`, where "Kishida" would have two full names to join."""
        for key in list(self.votes):
            other = key[::-1]
            if len(key) != 2 or key[0] == key[1] or other not in self.votes or key in self.parent \
                    or other in self.parent or (key, other) in self.apart or (other, key) in self.apart \
                    or not all(word.replace("-", "").isalpha() for word in key):
                continue
            labels = (self.label(key), self.label(other))
            given = [is_given_name(word.title()) for word in key]
            if "PERSON" not in labels or not set(labels) <= {"PERSON", "ORG"} or given[0] == given[1]:
                continue
            root = key if given[0] else other
            self.attach(other if root == key else key, root)
            self.forced[root] = "PERSON"

    def link_titled_surnames(self) -> None:
        """An office and a surname ("Cardinal Cupich") with the one person of that surname ("Blase Cupich"); not
        where the office is also a given name ("Justice Smith" is no "Will Smith")."""
        people: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for root in self.roots():
            if self.label(root) == "PERSON" and len(root) > 1 and root[0] not in ALL_TITLES:
                people[_surname(root)].append(root)
        for root in self.roots():
            if len(root) == 2 and root[0] in ALL_TITLES and not is_given_name(root[0].title()) \
                    and self.label(root) == "PERSON" and len(people.get(root[1], ())) == 1:
                self.attach(root, people[root[1]][0])

    def link_titled_given_names(self) -> None:
        """A ruler's title and a given name ("Sheikh Mohammed") with the one person whose full Arab name, the title
        aside, opens with that name ("Mohammed bin Rashid Al Maktoum"; not "Mohammed Salah"); one who has the title too
        where several do."""
        people = [root for root in self.roots() if self.label(root) == "PERSON"]
        for root in people:
            if len(root) < 2 or root[0] not in NAMES_TITLES or root in self.parent:
                continue
            named = root[1:]
            found = [other for other in people if other != root and other not in self.parent
                     and len(_without_names_title(other)) > len(named) and _is_arab_full_name(other)
                     and _without_names_title(other)[:len(named)] == named]
            titled = [other for other in found if other[0] in NAMES_TITLES]
            if len(found) == 1 or len(titled) == 1:
                self.attach(root, (found if len(found) == 1 else titled)[0])

    def names_more_than_a_body(self, short: tuple[str, ...], candidates: set[tuple[str, ...]]) -> bool:
        """`short` names something of its own rather than the body whose name holds it: a name of two words or more
        ("Samsung Electronics"), an acronym ("NBA" of the NBA Draft Advisory Committee), a place, a legislature, a
        word another name holds too ("Trump" of Donald Trump), or one named before the bodies ("Ford cut its forecast
        ... the Ford Foundation"); a word only bodies named first hold is the body's short name ("The Teamsters Union
        said ... the Teamsters", "Heritage" after the Heritage Foundation)."""
        bodies = [long for long in candidates if long != short]
        return len(short) > 1 or short in self.acronyms or _in_gazetteer("".join(short)) or short in _LEGISLATURES \
            or any(not _is_body_of(short, long) for long in bodies) \
            or all(self.first_seen.get(short, _NEVER) < self.first_seen.get(long, _NEVER) for long in bodies)

    def link_known_short_forms(self, keys: set[tuple[str, ...]], nlp: Language) -> None:
        """Known organisations' short forms found only by propagation ("Bayern" after "Bayern Munich") join the one long
        form of theirs that the article names; not a place a party is named after ("ruled Tigray" beside the Tigray
        People's Liberation Front)."""
        opening, _ = _known_organisation_keys(nlp)
        for key in keys - set(self.votes):
            longs = {self.root(long) for long in opening.get(key, ()) if long in self.votes
                     and not (_in_gazetteer("".join(key)) and _compact("".join(long)) in _PARTIES)}
            if len(longs) == 1:
                self.votes[key] = Counter()
                self.attach(key, next(iter(longs)), votes=False)

    def link_plural_products(self, products: set[tuple[str, ...]]) -> None:
        """A product's name in the plural joins its name in the singular: "Patriots" the Patriot, "Iris-Ts" the
        Iris-T."""
        for key in products:
            singular = _singular(key)
            if singular != key and singular in products and key not in self.parent and self.root(singular) != key:
                self.attach(key, self.root(singular))

    def roots(self) -> list[tuple[str, ...]]:
        return [key for key in self.votes if key not in self.parent]
