"""Names kept whole where the parser cut them: chunks widened to names, nicknames, "of" places, people's names."""
from __future__ import annotations

import calendar
import re

from spacy.symbols import ADJ, DET, NOUN, PRON, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from services.nlp.doctext import RATING_STARS, span_of, text_of, tokens_of, words_of
from services.nlp.entities import (
    cuts_a_name,
    ends_an_eponymous_illness,
    is_eponymous_illness,
    numbers_a_name,
    owns_its_s,
)
from services.nlp.entity_rules import (
    MONTHS,
    NAME_PARTICLES,
    NAME_SMALL_WORDS,
    NICKNAME_HANDLE,
    PEERAGES,
    PERSON_TITLES,
    REGNAL_TITLES,
    TERRITORIAL_PEERS,
)
from services.nlp.given_names import is_given_name
from services.nlp.keyphrases.cutting import Cuts
from services.nlp.keyphrases.numbered import (
    numbers_a_bill,
    numbers_a_code,
    numbers_a_title,
    numbers_the_name_before,
)
from services.nlp.keyphrases.words import (
    DOUBLE_QUOTES,
    MAX_NAME_WORDS,
    NAME_ENTS,
    ROLE_HEADS,
    SKIP_ENTS,
    TITLE_SMALL_WORDS,
    after_glued_hyphen,
    is_glued_hyphen,
    on_a_title_line,
)

# Most words a chunk is widened by at either end: a name's "of England", "for Budget Responsibility". The model's
# longer names are often two run together ("Bank of England Andrew Bailey"): those are not followed.
MAX_WIDENING = 3


def chunks_with_whole_names(doc: Doc, names: dict[int, tuple[int, int]], places: frozenset[int] = frozenset()
                             ) -> list[Span]:
    """Noun chunks, each widened to the whole of a name it starts or ends inside, the model's or the entity step's
    (`names`): the parser makes two chunks of "the Bank of England" ("the Bank", "England"), as of "the Office for
    Budget Responsibility"."""
    chunks: list[Span] = []
    covered = 0  # end of the last chunk taken: a chunk inside a name already taken is part of it
    tokens = tokens_of(doc)
    noun_chunks = list(doc.noun_chunks)
    for n, chunk in enumerate(noun_chunks):
        if chunk.end <= covered:
            continue
        if chunk.start < covered:  # its rest after the name taken: "and Ana das Dores" of "Santos and Ana das Dores"
            chunk = doc[covered:chunk.end]
        start, end = chunk.start, chunk.end
        if n + 1 < len(noun_chunks) and noun_chunks[n + 1].start == end and end < len(doc) \
                and _splits_an_unknown_name(tokens[end - 1], tokens[end], names):
            end = noun_chunks[n + 1].end  # "Phu" and "Tho province" of "in Phu Tho province", two chunks to the parser
        glued = 0  # tokens of hyphenated words the chunk was widened over: one word each, however many parts
        while start > covered and (inside_name(tokens[start]) or in_a_nickname(tokens[start - 1])
                                   or tokens[start].text in DOUBLE_QUOTES and _nickname_end(doc, start)):
            start -= 1  # and to the given name before a nickname the chunk starts in: 'Vincent "The Chin" Gigante'
        while end < len(doc):
            if inside_name(tokens[end]):
                end += 1
            elif numbers_a_title(tokens[end]) or numbers_a_code(tokens[end]):
                end += 1  # the parser ended "Kung Fu Panda 4" at "Panda", "the Billboard Hot 100" at "Hot"
            elif joins_peerage(tokens[end]) or joins_a_place(tokens[end], places):
                end += 2  # "of" and the place: "the Prince of Wales", "the Port of Rotterdam"
            elif numbers_the_name_before(tokens[end]) or numbers_a_bill(tokens[end]):
                end += 1  # the parser ended "D-Ward 3" at "Ward", "SB 12" at "SB"
            elif opens_a_subtitle(tokens[end]):
                end = _subtitle_end(tokens[end])  # "Top Gun: Maverick", two chunks to the parser
            elif end + 1 < len(doc) and is_glued_hyphen(tokens[end]) and after_glued_hyphen(tokens[end + 1]):
                end += 2  # the parser ended "a housing co-op" at "co", "the Confederation of Co-operative Housing"
                glued += 2  # "commander-in-chief": no name run on, however long
            else:
                break
        if (chunk.start - start > MAX_WIDENING or end - chunk.end - glued > MAX_WIDENING) \
                and not _one_name(doc[start:end]):
            # Two names run together, or a name the model ran on into the sentence ("the Billboard Hot 100 for a
            # third week"): the chunk alone is safer, with a number that ends its name ("the Billboard Hot" 100).
            start, end = chunk.start, chunk.end
            if end < len(doc) and numbers_a_code(tokens[end]):
                end += 1
        start, end = _widened_to_names(start, end, covered, names)
        chunks.append(chunk if (start, end) == (chunk.start, chunk.end) else span_of(doc, start, end))
        covered = end
    return _with_review_titles(doc, chunks)


def _with_review_titles(doc: Doc, chunks: list[Span]) -> list[Span]:
    """The chunks with each review's title (`review_titles`) one chunk in place of those inside it: the parser reads
    "Dune: Part Two (12A) ★★★★" as no noun phrase but "Part"."""
    titles = review_titles(doc)
    if not titles:
        return chunks
    kept = [chunk for chunk in chunks if not any(start < chunk.end and chunk.start < end for start, end in titles)]
    return sorted(kept + [doc[start:end] for start, end in titles], key=lambda chunk: chunk.start)


# A film's certificate in brackets after its title, before a review's stars: "(12A)", "(PG-13)".
_CERTIFICATE_AT_END = re.compile(r"\s*\((?:U|PG|PG-13|12A?|15|18|R18|R|NC-17)\)\s*$")
# What follows a review's rating: a sentence's capitalised word, or the line's end.
_AFTER_RATING = re.compile(r"[ \t]*(?:\n|$)|\s+[A-Z]")
# A title's words: capitalised ones, numbers, and the small words a title writes in lower case: a headline's, and
# more, as a review's title is a few words before its stars, not a whole line. (A headline line with "with" in it
# read as one cut "Risk Factors and Prevention of Workplace Violence" of a subtitle to "Risk Factors".)
REVIEW_TITLE_SMALL_WORDS = TITLE_SMALL_WORDS | {"with", "from", "by", "or"}
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’&-]*:?")
# The most words a review's title may have: more is a sentence.
_MOST_TITLE_WORDS = 8


# Labels of a rating, no title: "Rating: ★★★★", "Ratings: Oppenheimer ★★★★★" (the title after it), "Final Score ★★★★".
_RATING_LABELS = frozenset({"rating", "ratings", "star rating", "stars", "verdict", "our verdict", "score",
                            "final score", "review", "our rating"})
# A match's score line before stars rating it, no title: "Manchester United 2 Liverpool 1 ★★★★".
_SCORELINE = re.compile(r"[A-Za-z]\s+\d{1,2}\s+[A-Z].*\s\d{1,2}\s*$")


def _rating_label_length(line: str) -> int:
    """The length of a rating's label and its colon opening the line ("Ratings: " of "Ratings: Oppenheimer"), or 0."""
    label, colon, _ = line.partition(":")
    return len(label) + 1 if colon and label.strip().lower() in _RATING_LABELS else 0


def _is_a_rating_label(title: str) -> bool:
    """The words before the stars are a rating's label or a match's score line, no title: "Rating:", "Final Score",
    "Manchester United 2 Liverpool 1"."""
    words = title.split()
    return words[-1].endswith(":") or " ".join(words).lower() in _RATING_LABELS or _SCORELINE.search(title) is not None


def review_titles(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Token spans of the titles that open a review's line before its rating stars, a certificate in brackets between
    or not: "Dune: Part Two" of "Dune: Part Two (12A) ★★★★ Denis Villeneuve's sequel", "The Brutalist" of "The Brutalist
    ★★★★☆ Brady Corbet's epic" (not words of a sentence before stars: "I give it ★★★")."""
    known = doc.user_data.get(_REVIEW_TITLES)
    if known is None:
        known = doc.user_data[_REVIEW_TITLES] = _review_titles(doc)
    return known


_REVIEW_TITLES = "newswire.keyphrases.review_titles"


def _review_titles(doc: Doc) -> tuple[tuple[int, int], ...]:
    """What `review_titles` says, worked out."""
    text = text_of(doc)
    titles: list[tuple[int, int]] = []
    for stars in RATING_STARS.finditer(text):
        if not text[stars.start() - 1:stars.start()].isspace() or not _AFTER_RATING.match(text, stars.end()):
            continue  # a rating stands apart, before a sentence or a line's end: not "a 5⭐ hotel", "a 5 ⭐ hotel"
        start = text.rfind("\n", 0, stars.start()) + 1
        line = text[start:stars.start()]
        certificate = _CERTIFICATE_AT_END.search(line)
        title = line[:certificate.start()] if certificate else line
        skip = _rating_label_length(title)  # "Ratings: " of "Ratings: Oppenheimer ★★★★★"
        title = title[skip:]
        words = title.split()
        if not words or len(words) > _MOST_TITLE_WORDS or not words[0][:1].isupper() or _is_a_rating_label(title) \
                or not any(word[:1].isupper() and word.lower() not in ("a", "an", "the") for word in words) \
                or not all(_TITLE_WORD.fullmatch(word) or word in REVIEW_TITLE_SMALL_WORDS for word in words):
            continue
        offset = start + skip + len(title) - len(title.lstrip())
        span = doc.char_span(offset, offset + len(title.strip()), alignment_mode="contract")
        if span is not None and len(span):
            titles.append((span.start, span.end))
    return tuple(titles)


def is_review_title(chunk: Span) -> bool:
    """The chunk is a review's title (`review_titles`)."""
    return (chunk.start, chunk.end) in review_titles(chunk.doc)


def _splits_an_unknown_name(last: Token, first: Token, names: dict[int, tuple[int, int]]) -> bool:
    """The parser ended one chunk and opened the next between two capitalised proper nouns that no name holds, one
    name to a reader ("Phu" and "Tho province"): not names the model or the entity step found, two names then ("told
    Reuters Trump would"), nor across a sentence's start."""
    name_end = _ends_in_a_particle(last, names)
    return all(t.pos == PROPN and t.is_title and t.is_alpha and not t.ent_type_ and t.i not in names
               and t.lower_ not in _CALENDAR_WORDS for t in ((first,) if name_end else (last, first))) \
        and bool(last.whitespace_) and not first.is_sent_start and not on_a_title_line(last.doc[last.i:first.i + 1])


def _ends_in_a_particle(last: Token, names: dict[int, tuple[int, int]]) -> bool:
    """A chunk's last word is a surname's particle in lower case after a capitalised proper noun, neither in a name:
    "Ana das" of "Ana das Dores", which the parser cut before "Dores"."""
    doc, i = last.doc, last.i
    return last.is_lower and last.lower_ in _SURNAME_PARTICLES and not last.ent_type_ and i not in names and i > 0 \
        and doc[i - 1].pos == PROPN and doc[i - 1].is_title and not doc[i - 1].ent_type_ and i - 1 not in names


# Particles that open a surname, not one that joins two names ("Pedro y Juan") nor a saint's ("St").
_SURNAME_PARTICLES = NAME_PARTICLES - {"y", "st", "st."}


# Days' and months' names, which a dateline writes side by side: "Sun Sep 15 2013", no name of two words.
_CALENDAR_WORDS = MONTHS | {day.casefold() for day in (*calendar.day_name, *calendar.day_abbr)}


def _widened_to_names(start: int, end: int, covered: int, names: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """The token span widened to the whole of the entity step's names it starts or ends inside, not back before
    `covered`."""
    if start in names and names[start][0] >= covered:
        start = min(start, names[start][0])
    if end - 1 in names:
        end = max(end, names[end - 1][1])
    return start, end


def is_entity_name(words: list[Token], cuts: Cuts) -> bool:
    """The words are one name of the entity step's, whole, in a name's form: with a small word or glued hyphens inside
    ("India-Middle East-Europe Economic Corridor"; not the run-on "Palmer Police Sergeant Shayne La Croix")."""
    return cuts.names.get(words[0].i) == (words[0].i, words[-1].i + 1) \
        and (words[1].i in cuts.name_tails or any(is_glued_hyphen(t) for t in words))


def _one_name(span: Span) -> bool:
    """The span is one organisation's or place's name of the model's, whole (an article before it aside), of at most
    `MAX_NAME_WORDS` words, long for its small words ("for the", "of"), in a sentence (a headline in title case reads
    as one name to the model: "Obama Power Plant Rules Face Key Test")."""
    ents = span.ents
    if not (len(ents) == 1 and ents[0].label_ in NAME_ENTS and ents[0].end == span.end
            and ents[0].start - span.start <= 1 and len(ents[0]) <= MAX_NAME_WORDS + 1):
        return False
    # Not two names the model ran together: "the Bank of England Andrew Bailey" ends in a person's.
    person = is_given_name(ents[0][-2].text) and ents[0][-2].is_title and ents[0][-1].is_title
    # Nor two bodies joined by "and" ("the Department of Homeland Security and Immigration and Customs Enforcement").
    joined = sum(t.lower_ == "and" for t in ents[0]) > 1
    return any(t.is_lower and t.lower_ in NAME_SMALL_WORDS for t in ents[0][1:]) and not person and not joined \
        and not on_a_title_line(span)


def is_whole_name(words: list[Token]) -> bool:
    """The words are one name of the model's, whole: "Royal Society for the Protection of Birds" is a key phrase of
    seven words, not "Royal Society" and "Protection of Birds"."""
    doc, start = words[0].doc, words[0].i
    if start > 0 and doc[start - 1].lower_ == "the" and doc[start - 1].ent_iob_ == "B":
        start -= 1  # the model's name took in its article
    return _one_name(span_of(doc, start, words[-1].i + 1))


def joined_name_start(run: list[Token], cuts: Cuts) -> int:
    """Where the entity step's name with a small word inside that ends the run begins after words in lower case that
    describe it ("outgoing" of "outgoing Law and Justice"); 0 when none does."""
    name = cuts.names.get(run[-1].i) if run else None
    if name is None or name[1] != run[-1].i + 1 or name[0] + 1 not in cuts.name_tails:
        return 0
    start = name[0] - run[0].i
    return start if 0 < start < len(run) and all(t.is_lower and t.pos in (ADJ, VERB) for t in run[:start]) else 0


def person_start(run: list[Token], full_names: dict[int, int]) -> int:
    """Where the person's name that ends the run begins: the model's after a role ("Housing Minister Sean Fraser"),
    less what the entity step stripped from it ("Shri Ajit Pawar", "Neighbour Margaret Ashworth"), with the words the
    entity step took in before it ("Sultan" of "Sultan Al Jaber", "Da'Vine" of "Da'Vine Joy Randolph", whose model's
    names are "Al Jaber" and "Joy Randolph")."""
    start = _person_at_end(run)
    start += _full_name_at_end(run[start:], full_names)
    first = full_names.get(run[-1].idx + len(run[-1])) if run else None
    whole = None if first is None else next((i for i, token in enumerate(run[:start]) if token.idx == first), None)
    # The entity step's person is the whole name (it strips roles and honorifics): a phrase of the model's part of
    # it is a name no one has. Its capitalised words only, as a given name is written, hyphenated or not ("Jan-Erik"),
    # with a patronymic's particle ("Mohammed bin Abdulrahman" before the model's "Al Thani").
    if whole is not None and all(t.is_title or is_glued_hyphen(t) or t.lower_ in _SURNAME_PARTICLES
                                 for t in run[whole:start]):
        return whole
    return start


# A peer's or a knight's title before a surname, which the person goes by: "Lord Wolfson", "Baroness Hale".
_PEERS_TITLES = TERRITORIAL_PEERS | {"lady", "sir", "dame"}


def _person_at_end(run: list[Token]) -> int:
    """Where a person's name that ends the run begins after other words ("NATO Secretary General [Mark Rutte]");
    0 when none does."""
    start = len(run)
    while start > 0 and run[start - 1].ent_type_ == "PERSON":
        start -= 1
        if run[start].ent_iob_ == "B":
            break
    named = 0 < start < len(run) and run[start].ent_iob_ == "B"
    if named and len(run) - start == 1 and run[start - 1].is_title and run[start - 1].lower_ in _PEERS_TITLES:
        return start - 1  # "Lord Wolfson" of "Chief executive Lord Wolfson": the model's person is the surname alone
    return start if named and len(run) - start >= 2 else 0


def _full_name_at_end(run: list[Token], full_names: dict[int, int]) -> int:
    """Where a person's full name the entity step found ends the run and begins after its first word (0 when none
    does): the model took an honorific or a person noun into the name ("Shri Ajit Pawar", "Neighbour Margaret
    Ashworth", "TD Róisín Shortall"), which the entity step strips."""
    if not run:
        return 0
    start = full_names.get(run[-1].idx + len(run[-1]))
    if start is None or start <= run[0].idx:
        return 0
    return next((i for i, token in enumerate(run) if token.idx == start), 0)


def inside_name(token: Token) -> bool:
    """A word within a multi-word name ("of" in "Bank of England"), which keeps the name whole (not a comma the
    model took into a name, nor a possessive that ends one: only one the name goes on after, "National Children's
    Hospital", "Irish Farmers' Association"), or a firm's own ("Sotheby's", "Macy's")."""
    if token.lower_ in ("'s", "’s") and token.i > 0 and token.doc[token.i - 1].ent_type_ == "ORG" \
            and owns_its_s(token.doc[token.i - 1]):
        return True
    if token.ent_iob_ != "I" or token.ent_type_ in SKIP_ENTS:
        return False
    if token.lower_ in ("and", "or") and numbers_a_bill(token.doc[token.i - 1]):
        return False  # "HB 4 and AB 9", one name to the model: two bills
    if cuts_a_name(token) or cuts_a_name(token.doc[token.i - 1]):
        return False  # not "trimmed" of the model's "Norris trimmed Verstappen", two names, nor "Verstappen" after it
    plural_possessive = token.text in ("'", "’") and token.i > 0 and token.doc[token.i - 1].lower_.endswith("s")
    if token.lower_ in ("'s", "’s") or plural_possessive:
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return following is not None and following.ent_iob_ == "I" and following.is_alpha
    # "& Co." ends a firm's name whole ("Kessler Brothers & Co."), where other legal forms are left out.
    and_company = token.lower_ in ("co", "co.") and token.doc[token.i - 1].text == "&"
    return token.is_alpha or token.text == "&" or numbers_a_name(token) or and_company


_SAINTS = frozenset({"St", "St.", "Saint", "Ste", "Ste."})
_OWNERS = frozenset({"PERSON", "GPE", "NORP"})  # names that own what follows their possessive: people and places


def classifying_name_possessive(token: Token) -> bool:
    """The possessive of a capitalised name that classifies the noun after it rather than owning it: "Alzheimer's" of
    "its experimental Alzheimer's drug" (a kind of drug), where the word before the name is the drug's (its
    determiner, or an adjective, which the parser may hang on the name), not the name's ("the school's", "Germany's
    defence minister" own)."""
    doc, i = token.doc, token.i
    if not (token.lower_ in ("'s", "’s") and 1 < i < len(doc) - 1):
        return False
    owner, kind, before = doc[i - 1], doc[i + 1], doc[i - 2]
    return owner.pos == PROPN and owner.is_title and owner.ent_type_ not in _OWNERS \
        and not is_given_name(owner.text) and owner.head == kind and kind.pos == NOUN and kind.is_lower \
        and (before.pos in (DET, PRON) and before.head == kind or before.pos == ADJ and before.is_lower
             or _is_article_of_an_unnamed_word(before, owner))


def names_an_eponymous_disease(token: Token) -> bool:
    """The possessive of a capitalised name before an illness's noun that ends the phrase, which names it whole:
    "Alzheimer's disease", "Down's syndrome", "Graves' disease" (not "Alzheimer" and "disease"); not an owner's
    "Pfizer's disease portfolio", "Biogen's disease-modifying drug", nor a place's or people's "Britain's disease"."""
    doc, i = token.doc, token.i
    if token.lower_ not in ("'s", "’s", "'", "’") or not 0 < i < len(doc) - 1:
        return False
    owner = doc[i - 1]
    return owner.is_title and owner.is_alpha and owner.ent_type_ not in _PLACES_AND_PEOPLES \
        and (len(token) == 2 or owner.lower_.endswith("s")) \
        and is_eponymous_illness(doc, i + 1) and ends_an_eponymous_illness(doc, i + 1)


_PLACES_AND_PEOPLES = frozenset({"GPE", "LOC", "NORP"})


def _is_article_of_an_unnamed_word(article: Token, owner: Token) -> bool:
    """An article the parser hung on a capitalised word the model found no name in: "the" of "the Alzheimer's drug",
    the drug's (a name the model found may own: "the BBC's launch show"; a title or role owns its article too: "The
    Pope's visit", "A Chancellor's speech")."""
    return article.lower_ in ("the", "a", "an") and article.head == owner and owner.ent_iob_ == "O" \
        and owner.lower_ not in ROLE_HEADS and owner.lower_ not in PERSON_TITLES and owner.lower_ not in REGNAL_TITLES


def joins_a_saints_place(token: Token) -> bool:
    """The possessive of a saint's name before a capitalised word: one place, "St Mark's Square", "St Paul's
    Cathedral"."""
    doc, i = token.doc, token.i
    if not (token.lower_ in ("'s", "’s", "'", "’") and 1 < i < len(doc) - 1):
        return False
    return doc[i - 2].text in _SAINTS and doc[i - 1].is_title and doc[i + 1].is_title and doc[i + 1].is_alpha


def in_a_nickname(token: Token) -> bool:
    """A word or double quotation mark of a nickname of one to three capitalised words between a given name and a
    surname: 'Sean "Diddy" Combs', 'Vincent "The Chin" Gigante' is one name."""
    return token.i in _nickname_tokens(token.doc)


def _nickname_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the document's nicknames, from the opening mark to the closing one, found once per document:
    `in_a_nickname` is asked of the tokens around every chunk."""
    found = doc.user_data.get(_NICKNAME_TOKENS)
    if found is None:
        quotes = (start for start, word in enumerate(words_of(doc)) if word in DOUBLE_QUOTES)
        spans = ((start, _nickname_end(doc, start)) for start in quotes)
        found = doc.user_data[_NICKNAME_TOKENS] = frozenset(
            i for start, end in spans if end is not None for i in range(start, end + 1))
    return found


_NICKNAME_TOKENS = "newswire.keyphrases.nickname_tokens"


def split_at_lone_marks(run: list[Token]) -> list[list[Token]]:
    """The run, or its words between quotation marks when it holds one of a nickname's two marks only (a chunk that
    opens inside the nickname: 'Chin" Gigante')."""
    marks = [i for i, token in enumerate(run) if token.text in DOUBLE_QUOTES]
    if len(marks) % 2 == 0:
        return [run]
    bounds = [-1, *marks, len(run)]
    return [run[start + 1:end] for start, end in zip(bounds, bounds[1:], strict=False) if end > start + 1]


def _nickname_end(doc: Doc, start: int) -> int | None:
    """The closing mark of a nickname whose opening mark is at `start`, after a given name and before a surname."""
    words = words_of(doc)  # asked of every token near every chunk: words, not new Tokens
    if words[start] not in DOUBLE_QUOTES or start == 0:
        return None
    end = next((j for j in range(start + 1, min(start + 5, len(words))) if words[j] in DOUBLE_QUOTES), None)
    if end is None or end == start + 1 or end + 1 >= len(words):
        return None
    tokens = tokens_of(doc)
    given, surname = tokens[start - 1], tokens[end + 1]
    handle = end == start + 2 and re.fullmatch(NICKNAME_HANDLE, words[start + 1]) is not None  # 'Jamie "keita" Hall'
    named = given.pos == PROPN and given.is_title and surname.pos == PROPN and surname.is_title \
        and (handle or all(t.is_title for t in tokens[start + 1:end]))
    return end if named else None


def joins_an_unknown_name(token: Token) -> bool:
    """The possessive of a capitalised word the model found no name in, before capitalised proper nouns, the whole
    written so more than once: a name of its own, "Alzheimer's Research UK" (not "Alzheimer" and "Research UK").
    Once, it may be an owner and a name ("Smith's Ford Focus"); before a person, it is a title ("County Sheriff's
    Deputy Jerry Ortiz")."""
    doc, i = token.doc, token.i
    if not (token.lower_ in ("'s", "’s") and 0 < i < len(doc) - 1):
        return False
    owner = doc[i - 1]
    if not (owner.pos == PROPN and owner.is_title and owner.ent_iob_ == "O" and not is_given_name(owner.text)):
        return False
    end = i + 1
    while end < len(doc) and doc[end].pos == PROPN and doc[end].text[:1].isupper() and doc[end].ent_type_ != "PERSON":
        end += 1
    before_person = end < len(doc) and doc[end].ent_type_ == "PERSON"
    return end > i + 1 and not before_person and text_of(doc).count(doc[i - 1:end].text) > 1


def opens_a_subtitle(token: Token) -> bool:
    """The colon between a title of two or more capitalised proper nouns and its subtitle in proper nouns, the whole
    written so more than once: "Top Gun: Maverick". Once, it may be a headline's label ("Storm Babet: Met Office
    warns")."""
    doc, i = token.doc, token.i
    if not (token.text == ":" and token.whitespace_ and i > 1 and not doc[i - 1].whitespace_ and i + 1 < len(doc)):
        return False
    if not all(t.is_title and t.pos == PROPN for t in tokens_of(doc)[i - 2:i]) or doc[i + 1].ent_type_ in SKIP_ENTS:
        return False
    end = _subtitle_end(token)
    if end == i + 1:
        return False
    start = i - 2
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos == PROPN:
        start -= 1
    title = doc[start:end].text
    return text_of(doc).count(title) > 1


def _subtitle_end(colon: Token) -> int:
    """The end of the run of capitalised proper nouns after a title's colon."""
    doc, end = colon.doc, colon.i + 1
    while end < len(doc) and doc[end].is_title and doc[end].pos == PROPN and doc[end].ent_type_ not in SKIP_ENTS:
        end += 1
    return end


def joins_peerage(token: Token) -> bool:
    """The "of" of a peer's or royal's title and its place, one phrase: "the Prince of Wales", "Duke of Sussex" (the
    model often finds no name there, and the parser makes two chunks of it)."""
    doc, i = token.doc, token.i
    return token.lower_ == "of" and 0 < i < len(doc) - 1 and doc[i - 1].lower_ in PEERAGES and doc[i - 1].is_title \
        and doc[i + 1].is_title and doc[i + 1].pos == PROPN


def joins_a_place(token: Token, places: frozenset[int]) -> bool:
    """The "of" between a capitalised word no name holds and a place's name (the model's or, by its first token, one of
    the entity step's `places`), one name: "the Port of Rotterdam"; not a role's ("the Governor of Texas")."""
    doc, i = token.doc, token.i
    if not (token.lower_ == "of" and 0 < i < len(doc) - 1):
        return False
    word, place = doc[i - 1], doc[i + 1]
    return word.is_title and word.pos == PROPN and word.ent_iob_ == "O" and not word.is_sent_start \
        and word.lower_ not in ROLE_HEADS and (place.ent_type_ in ("GPE", "LOC") and place.ent_iob_ == "B"
                                               or place.i in places)
