"""Numbers and letters that belong to the name before them ("Type 26", "Plan B"), and those that do not."""
from __future__ import annotations

from collections.abc import Container

from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from services.nlp.doctext import span_of
from services.nlp.entity_rules import BILL_LETTERS, VARIANT_WORDS
from services.nlp.keyphrases.content import opens_a_title
from services.nlp.keyphrases.words import SKIP_ENTS


def _numbered_by_next(token: Token) -> Token | None:
    """The number right after the token that the parser hangs on it: "one" of "number one", "26" of "Type 26"."""
    doc, i = token.doc, token.i
    if i + 1 >= len(doc) or not token.whitespace_:
        return None
    number = doc[i + 1]
    if not number.like_num or number.dep_ != "nummod" or number.head.i != i \
            or number.ent_type_ in SKIP_ENTS and number.ent_type_ != "CARDINAL":
        return None
    return number


def numbers_the_name_before(token: Token) -> bool:
    """A short number after a capitalised word no person's, body's or place's name, numbering it: one name, "Type 26"
    of "Type 26 frigates", "Ward 3" of "D-Ward 3", "District 751" (not a player's rating, "Lescott 4", nor a score)."""
    doc, i = token.doc, token.i
    if not (token.text.isdigit() and len(token.text) <= 3 and i > 0):
        return False
    word = doc[i - 1]
    return word.is_title and word.is_alpha and word.pos in (NOUN, PROPN) and word.ent_type_ not in _NUMBERLESS_NAMES \
        and _numbered_by_next(word) is not None \
        and not _is_a_team(word) and not _in_a_score(token) and not _opens_a_range_of_parts(word, token) \
        and not _ages_a_lone_name(token)  # the token itself, the parser hangs on the word


# Words between the first and the last number of a range or list of parts: "Sections 12 to 14", "Articles 3 and 4".
_RANGE_WORDS = frozenset({"to", "and", "through", "or", "-", "–"})


def _opens_a_range_of_parts(word: Token, number: Token) -> bool:
    """The number opens a range or list of the parts a plural word names, no one's name: "12" of "Sections 12 to 14
    of the bill", "Articles 3 and 4" (not "Type 26 frigates", "Windows 10 and 11": a name in the singular)."""
    doc, i = number.doc, number.i
    return word.tag_ in ("NNS", "NNPS") and i + 2 < len(doc) and doc[i + 1].lower_ in _RANGE_WORDS \
        and doc[i + 2].like_num


def numbers_a_bill(token: Token) -> bool:
    """A bill's number after its chamber's letters, the bill's name whole: "12" of "SB 12", "1557" of "HB 1557" (a
    key phrase "SB" names nothing); not a span of time's count after a firm's legal form ("Ericsson AB 12 months
    earlier")."""
    doc, i = token.doc, token.i
    return i > 0 and token.text.isdigit() and len(token.text) <= 5 and doc[i - 1].text in BILL_LETTERS \
        and bool(doc[i - 1].whitespace_) and not _opens_a_span_of_time(token)


def _opens_a_span_of_time(token: Token) -> bool:
    """The number opens a date of more words, a span of time's count: "12" of "Ericsson AB 12 months earlier" (not the
    "1047" of "SB 1047", which the model may date alone as a year)."""
    doc, i = token.doc, token.i
    return token.ent_type_ == "DATE" and token.ent_iob_ == "B" and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"


def _ages_a_lone_name(number: Token) -> bool:
    """The number after a lone capitalised word is a person's age or rating, the verb of its clause after it: "Smith
    34 was there" (not "Internet Explorer 8 was", a name of two words, nor "Type 26 frigates")."""
    doc, i = number.doc, number.i
    lone = i < 2 or not (doc[i - 2].is_title or doc[i - 2].is_upper)
    return lone and i + 1 < len(doc) and doc[i + 1].pos in (AUX, VERB)


def _is_a_team(word: Token) -> bool:
    """A plural proper noun, a team's name a number after scores or places on a field: "the Colts 17" (their 17-yard
    line), "Chiefs 7"; not "Windows 10" (no article) nor "the Windows 10 update" (a noun after the number)."""
    doc, i = word.doc, word.i
    if word.tag_ == "NNPS":
        return True
    plural = word.pos == PROPN and word.text.endswith("s") and not word.text.endswith(("ss", "us", "is"))
    after = doc[i + 2] if i + 2 < len(doc) else None
    return plural and i > 0 and doc[i - 1].lower_ == "the" \
        and (after is None or not (after.is_lower and after.pos in (NOUN, PROPN)))


def _in_a_score(number: Token) -> bool:
    """The number is a side's score: a dash and the other's follow ("tied the game 13 - 13", "Drake 65-53"), or it
    stands in a score line of names and numbers ("Creighton 65, Drake 53": either side)."""
    doc, i = number.doc, number.i
    if i + 2 < len(doc) and doc[i + 1].text in _SCORE_DASHES and doc[i + 2].text.isdigit():
        return True
    after = i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
        while after < len(doc) and doc[after].is_title and doc[after].is_alpha:
            after += 1
        if after > i + 2 and after < len(doc) and doc[after].text.isdigit():
            return True  # "Creighton 65, Drake"
    elif after < (name_end := _names_after(doc, after)) < len(doc) and doc[name_end].text.isdigit():
        return True  # "Arsenal 2 Chelsea 1", "Leinster 24 Munster 17": the other side's name and score follow
    before = i - 1
    while before > 0 and doc[before].is_title and doc[before].is_alpha:
        before -= 1
    if before < i - 1 and before > 0 and doc[before].text.isdigit() and doc[before - 1].is_title:
        return True  # "Chelsea 1" of "Arsenal 2 Chelsea 1": a side's name and score before
    return before < i - 1 and before > 0 and doc[before].text == "," and doc[before - 1].text.isdigit()


def _names_after(doc: Doc, start: int) -> int:
    """The end of the capitalised words from `start`: a side's name in a score line."""
    end = start
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return end


_SCORE_DASHES = frozenset({"-", "–", "—"})


# Names a number after is no part of: a person's rating ("Lescott 4"), a team's score ("Arsenal 2"), a firm's count.
_NUMBERLESS_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})


def is_numbered_noun(token: Token, nouns: Container[str] | None = None) -> bool:
    """A common noun in lower case (a dictionary's, with its `nouns`) numbered by the number after it, which no run
    keeps: "number" of "world number one", a rank with its number left out; not a name written in lower case ("iphone
    6")."""
    common = token.is_lower and token.pos == NOUN and (nouns is None or token.lemma_.lower() in nouns)
    number = _numbered_by_next(token) if common else None
    return number is not None and not _in_a_score(number)  # "the game 13 - 13" is the game's


def ends_a_name_in_a_number_word(token: Token) -> bool:
    """A capitalised number word the tagger calls a proper noun, after a capitalised proper noun and in no entity of a
    number: "Ten" of "the Big Ten", "One" of "Formula One", no count ("Big" alone is no name)."""
    if not (token.pos == PROPN and token.is_title and token.is_alpha and token.like_num and token.i > 0) \
            or token.ent_type_ in SKIP_ENTS:
        return False
    before = token.doc[token.i - 1]
    return before.pos == PROPN and before.is_title and bool(before.whitespace_)


def letters_the_name_before(token: Token) -> bool:
    """A capital letter alone after a capitalised word, its letter: "Z" of "Gen Z", "B" of "Plan B" (not the pronoun
    "I" nor the article "A")."""
    doc, i = token.doc, token.i
    return len(token.text) == 1 and token.text.isupper() and token.text not in ("A", "I") and i > 0 \
        and doc[i - 1].is_title and doc[i - 1].is_alpha and bool(doc[i - 1].whitespace_)


def is_variant_word_alone(run: list[Token]) -> bool:
    """The run is one variant word right after a number: "Pro" of "iPhone 16 Pro"."""
    first = run[0]
    return len(run) == 1 and first.lower_ in VARIANT_WORDS and first.i > 0 and first.doc[first.i - 1].like_num


def numbers_a_code(token: Token) -> bool:
    """A number of three or four digits ending a name: "Billboard Hot 100", "FTSE 100", "Flight DL 123" (the parser
    ends the chunk before it); after a code in capitals or a name of two capitalised words, not one word's score or
    rating ("Lescott 4"), nor a date's or a sum's number."""
    doc, i = token.doc, token.i
    if not (token.text.isdigit() and 3 <= len(token.text) <= 4 and i > 1 and doc[i - 1].whitespace_):
        return False
    if len(token.text) == 4 and token.text[:2] in ("18", "19", "20"):
        return False  # a year: "JUL 2013" of a date line
    if token.ent_type_ in SKIP_ENTS and token.ent_type_ != "CARDINAL":
        return False
    name = doc[i - 1]
    if name.pos != PROPN or not (name.is_upper and len(name) > 1
                                 or name.is_title and doc[i - 2].is_title and doc[i - 2].pos == PROPN):
        return False
    if name.ent_type_ == "PERSON":
        return False  # a batsman's runs: "Joe Root made 262 and Harry Brook 317", no code
    following = doc[i + 1] if i + 1 < len(doc) else None
    # Not a count of the word after it: "In New York 300 people were arrested", "Lando Norris 250 points".
    return following is None or not (following.like_num or following.text in ("-", "–", "/", ":", ",")
                                     or (following.pos == NOUN and following.is_lower))


def numbers_a_title(token: Token) -> bool:
    """A sequel's number ending a title of two or more capitalised words: one the model's name ends with ("Kung Fu
    Panda 4 took $30 million"), or in quotes ('"Toy Story 4" opened'); not a player's rating after his name ("Lescott
    4"), a single word, nor a side's score the model ran into the name ("Stephen Bunting 4 Luke Woodhouse 1"); or one a
    title of words that open no name ends, before a word in lower case ("Top Gun 2 took $124 million"; not a score's
    "Forest Green 2, Crawley 1")."""
    doc, i = token.doc, token.i
    if not (token.text.isdigit() and len(token.text) <= 2 and i > 1 and doc[i - 1].whitespace_):
        return False
    title = span_of(doc, i - 2, i)
    if not all(t.is_title and t.pos == PROPN for t in title):
        return False
    following = doc[i + 1] if i + 1 < len(doc) else None
    if token.ent_iob_ == "I" and token.ent_type_ not in SKIP_ENTS:
        ends_the_name = following is None or following.ent_iob_ != "I"
        return title[0].ent_iob_ != "O" and title[1].ent_iob_ == "I" and ends_the_name and not _in_a_score(token)
    if opens_a_title(title[0]) and title[1].ent_iob_ == "O" and following is not None and following.is_lower \
            and following.is_alpha:
        return True
    if following is None or following.text not in ('"', "”"):
        return False
    start = i - 1
    while start > 0 and doc[start - 1].is_title:
        start -= 1
    return start > 0 and doc[start - 1].text in ('"', "“")
