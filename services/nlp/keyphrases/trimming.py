"""A noun chunk trimmed and split into runs of content words, at glue words, roles, possessives and hyphens."""
from __future__ import annotations

import re

from spacy.symbols import ADJ, ADP, CCONJ, DET, NOUN, NUM, PRON, PROPN, PUNCT, SCONJ, VERB
from spacy.tokens import Doc, Span, Token

from services.nlp.doctext import lowers_of, tokens_of, words_of
from services.nlp.entities import numbers_a_name
from services.nlp.entities.firms import FIRM_DESCRIBERS
from services.nlp.entities.headlines import title_case_lines
from services.nlp.entity_rules import (
    CORPORATE_SUFFIXES,
    COUNSEL_PARTICIPLES,
    HONORIFICS,
    IMPERATIVES,
    ORGANISATION_HEADS,
    PORTFOLIOS,
    US_STATE_ABBREVIATIONS,
    US_STATES,
)
from services.nlp.keyphrases.content import in_a_sum, is_content, opens_a_name, opens_a_stop_word_name
from services.nlp.keyphrases.cutting import Cuts
from services.nlp.keyphrases.names import (
    classifying_name_possessive,
    in_a_nickname,
    inside_name,
    joined_name_start,
    joins_a_place,
    joins_a_saints_place,
    joins_an_unknown_name,
    joins_peerage,
    names_an_eponymous_disease,
    opens_a_subtitle,
    person_start,
    split_at_lone_marks,
)
from services.nlp.keyphrases.numbered import (
    ends_a_name_in_a_number_word,
    is_numbered_noun,
    is_variant_word_alone,
    letters_the_name_before,
    numbers_a_bill,
    numbers_a_code,
    numbers_a_title,
    numbers_the_name_before,
)
from services.nlp.keyphrases.words import (
    MAX_WORDS,
    NO_WORD_MARKS,
    ROLE_HEADS,
    SKIP_ENTS,
    STREAK_WORDS,
    after_glued_hyphen,
    has_sentence_stop,
    is_glued_hyphen,
    on_a_title_line,
)
from services.nlp.money import CLASS_KINDS


def content_runs(chunk: Span, cuts: Cuts) -> list[list[Token]]:
    """The chunk split at glue words ("Germany's defence minister" -> Germany | defence minister), not inside a name
    with a possessive the entity step found ("Alzheimer's Society"), each run trimmed of leading generic adjectives
    and adverbs, and of what goes before a person's full name that ends it."""
    runs: list[list[Token]] = [[]]
    for token in tokens_of(chunk.doc)[chunk.start:chunk.end]:
        if token.i in cuts.idioms or token.i in cuts.owners_ends or in_a_sum(token):
            if runs[-1]:
                runs.append([])  # "the line" of "in line with", "face" of "face-to-face talks", a sum: no topic
        elif is_content(token, leading=False) or _hyphenated_to_next(token) or opens_a_stop_word_name(token) \
                or token.i in cuts.name_heads or _is_initial_opening_a_name(token) or _heads_a_compound(token) or (
                runs[-1] and (is_glued_hyphen(token) or after_glued_hyphen(token))) or (
                inside_name(token) and (runs[-1] or opens_a_name(token))) or joins_peerage(token) \
                or (runs[-1] and joins_a_place(token, cuts.places)) or (
                runs[-1] and (numbers_a_name(token) or numbers_a_title(token))) or (  # "a Category 3 storm", "phase 3
                # trials", "the iPhone 16 Pro", "Kung Fu Panda 4"
                runs[-1] and (_classifying_possessive(token) or opens_a_subtitle(token)
                              or token.i in cuts.name_tails or joins_an_unknown_name(token)
                              or classifying_name_possessive(token) or joins_a_saints_place(token)
                              or names_an_eponymous_disease(token)
                              or in_a_nickname(token) or _is_glued_slash(token) or numbers_a_code(token)
                              or numbers_the_name_before(token) or numbers_a_bill(token)
                              or letters_the_name_before(token)
                              or ends_a_name_in_a_number_word(token) or _possessive_in_a_titled_name(token)
                              or _plural_possessive_in_a_bodys_name(token))):
            runs[-1].append(token)
            if has_sentence_stop(token) or numbers_a_bill(token):
                runs.append([])  # "economists at PwC. Growth will slow": the sentence ended inside the chunk; "AB
                # 5 reshaped gig work": the bill's number ends its name, the words after it are no part of it
        elif runs[-1]:
            runs.append([])
    runs = [part for whole in runs for part in _split_at_a_long_compounds_head(whole)]
    out: list[list[Token]] = []
    for run in (split for whole in runs for part in split_at_lone_marks(whole)
                for cut in _split_after_indirect_object(part) for piece in _split_before_a_clause_subject(cut)
                for award in _split_before_a_superlative_after_a_name(piece)
                for split in _split_before_a_described_firm(award, cuts)):
        # Nor a joining word the run took from inside a name it does not hold whole: "Nigerian Midstream and".
        while run and (run[-1].text in ("-", "–", "&", "/")
                       or (run[-1].pos_ in ("CCONJ", "ADP", "DET") and run[-1].is_lower
                           and not after_glued_hyphen(run[-1]))):  # "a sit-in"
            run.pop()
        if _ends_in_a_verb(run):
            run = run[:-1]  # "Nasdaq" of "the Nasdaq values Arm at $54.5 billion", "degree" of "a degree matters"
        while run and run[0].i not in cuts.name_heads and (
                not is_content(run[0], leading=True) and not (_opens_compound(run) and not _is_age(run))
                or _after_counted_hyphen(run[0]) or _describes_name_after(run) or _ranks_a_kind(run)):
            run.pop(0)
        if len(run) > 1 and run[0].text in IMPERATIVES and run[0].is_sent_start and run[1].text in cuts.name_words \
                and run[0].text not in cuts.name_words:
            run.pop(0)  # "Tell Karen, kindly ...": the advice's verb before a name, no part of it (not "Tell City")
        if len(run) > 1 and run[0].text in COUNSEL_PARTICIPLES and run[0].is_sent_start \
                and run[1].text in cuts.name_words and run[0].text not in cuts.name_words:
            run.pop(0)  # "Defending Clarke, Orlando Pownall KC said": the barrister's brief, no part of the name
        if len(run) > 1 and run[0].text in HONORIFICS and run[1].ent_type_ == "PERSON":
            run.pop(0)  # "Ms Stanton" is the "Nicola Stanton" named elsewhere: one phrase, not two ("Dr Pepper" stays)
        if _is_firms_relation_before_its_name(run, cuts):
            run.pop(0)  # "owner" of "Royal Mail's owner International Distributions Services", "rival" of "rival DPD"
        run = run[_thing_name_start(run, person_start(run, cuts.full_names), cuts):]
        run = run[joined_name_start(run, cuts):]  # "outgoing Law and Justice": the party's name
        run = run[_describer_end(run, cuts):]  # "Developer" of "Developer Greystone Partners LLC has offered"
        run = _with_name_start_in_a_number(run)
        if run and not is_variant_word_alone(run) and not _is_party_tag(run) and not _is_legal_form_alone(run, chunk) \
                and not _is_cut_inside_a_word(run) and not is_numbered_noun(run[-1], cuts.nouns) \
                and not _is_streak_alone(run) and not _is_hyphenated_modifier_alone(run) \
                and not _is_hyphenated_tail(run) and not _is_cut_before_a_names_word(run) \
                and not _is_a_titles_portfolio(run, cuts) and not _opens_a_joined_portfolio(run):
            run = _body_before_title(run) if _titles_a_person(run) else run
            run = _person_without_their_role(run, cuts)
            if run:
                out.append(run)
    return out


# Nouns of a firm's relation to another, before the other's name: "Royal Mail's owner International Distributions
# Services", "agreed to buy rival DPD UK", "Google's parent Alphabet".
_FIRMS_RELATIONS = frozenset({"owner", "rival", "parent", "subsidiary", "competitor", "suitor"})


def _is_firms_relation_before_its_name(run: list[Token], cuts: Cuts) -> bool:
    """The run is a firm's relation in lower case right before an organisation's name of the entity step's, in
    capitals to the run's end: the name is the topic, not the relation ("owner International Distributions
    Services"); not a name that holds the noun ("Rival Foods", capitalised)."""
    return len(run) > 1 and run[0].is_lower and run[0].lower_ in _FIRMS_RELATIONS and run[1].i in cuts.firms \
        and run[1].i == run[0].i + 1 and all(t.is_title or t.is_upper or not t.is_alpha for t in run[1:])


def _thing_name_start(run: list[Token], start: int, cuts: Cuts) -> int:
    """`start`, where the model's person's name that ends the run begins, or where a name of the entity step's that
    is no person's begins before it and ends the run: the model's person "Tahrir al-Sham" is part of the
    organisation "Hayat Tahrir al-Sham", whole."""
    if not start or run[start].i not in cuts.names:
        return start
    name_start, name_end = cuts.names[run[start].i]
    if name_end != run[-1].i + 1 or name_start >= run[start].i or run[-1].idx + len(run[-1]) in cuts.full_names:
        return start
    return next((i for i, token in enumerate(run[:start]) if token.i == name_start), start)


# Determiners of one thing: a plural after them is no noun of theirs ("a degree matters": the clause's verb).
_SINGULAR_DETERMINERS = frozenset({"a", "an", "every", "each", "another"})
# Words that make a plural fit "a": "a few days", "a couple of weeks", "a dozen eggs", "a number of rivals".
_COUNTING_WORDS = frozenset({"few", "couple", "dozen", "lot", "number", "handful", "host", "series", "great", "good",
                             "total", "range", "variety", "pair"})


def _ends_in_a_verb(run: list[Token]) -> bool:
    """The run's last word is the verb of its clause that the tagger read as a plural after the noun it has for a
    subject: "matters" of "Every tenth of a degree matters," (a plural after "a"). Not a plural that ends its noun
    phrase: "oil prices fell", "ceasefire talks in Cairo", "House prices London", "Job losses to hit Wales"."""
    if len(run) < 2:
        return False
    last, before = run[-1], run[-2]
    if last.tag_ != "NNS" or before.i != last.i - 1 or before.pos not in (NOUN, PROPN) or not last.text.endswith("s"):
        return False
    doc = last.doc
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return _after_a_singular_determiner(last, after) or _moves_to_a_number(last) or _a_bodys_decision(last, before)


# Bodies that vote, agree or decide, and the verbs of their decisions a headline writes after them, which the tagger
# reads as plurals: "House panel votes to hold the attorney general in contempt", "Board agrees to sell".
_DECIDING_BODIES = frozenset({"panel", "committee", "board", "council", "court", "jury", "union", "senate", "cabinet",
                              "parliament", "assembly", "regulator", "watchdog", "shareholders"})
_DECISION_VERBS = frozenset({"votes", "agrees", "decides", "refuses", "moves", "vows", "backs", "rejects", "approves"})


def _a_bodys_decision(last: Token, before: Token) -> bool:
    """The plural is a decision's verb after a deciding body (`_DECIDING_BODIES`), before "to" or a determiner: "votes"
    of "House panel votes to hold" (not "committee votes were counted", "council backs" alone)."""
    doc, i = last.doc, last.i
    return last.lower_ in _DECISION_VERBS and before.lower_ in _DECIDING_BODIES and i + 1 < len(doc) \
        and (doc[i + 1].lower_ == "to" or doc[i + 1].pos == DET)


# Verbs of a level's move, which the tagger reads as plurals after their subject: "Capital gains tax rises to 24%".
_MOVING_VERBS = frozenset({"rises", "falls", "jumps", "surges", "drops", "slips", "climbs", "sinks", "soars",
                           "tumbles", "plunges", "dips", "slides", "edges"})


def _moves_to_a_number(last: Token) -> bool:
    """The plural is a verb of a move, before "to" or "by" and a number: "rises" of "Capital gains tax rises to 24%"
    (not "tax rises to fund the NHS", a plural noun before a purpose, nor "tax rises by 2030", before a deadline)."""
    doc, i = last.doc, last.i
    if last.lower_ not in _MOVING_VERBS or i + 2 >= len(doc) or doc[i + 1].lower_ not in ("to", "by"):
        return False
    number = doc[i + 2]
    if doc[i + 1].lower_ == "by" and re.fullmatch(r"(?:19|20)\d\d", number.text):
        return False
    is_level = number.like_num or number.text[:1].isdigit() or number.tag_ == "$"
    return is_level and not _verb_after_the_level(doc, i + 2)


def _verb_after_the_level(doc: Doc, i: int) -> bool:
    """A finite verb follows the level that opens at doc[i], before any preposition, conjunction or mark: the move's
    word was the subject's plural noun ("were" of "Tax rises to 5% were announced", "The share price slides to 90p
    were blamed"); not "from" of "tax rises to 24% from April"."""
    for token in doc[i:i + 5]:
        if token.tag_ in ("VBD", "VBP", "MD"):
            return True
        if token.pos in (ADP, CCONJ, SCONJ, DET, PUNCT) and token.text != "%":
            return False
    return False


def _after_a_singular_determiner(last: Token, after: Token | None) -> bool:
    """The plural's determiner is one of a single thing, no counting word between, and its phrase ends there: "a
    degree matters," ("a few days", "a number of rivals", "an addiction studies course" are not)."""
    determiner = next((t for t in last.lefts if t.dep_ == "det"), None)
    if determiner is None or determiner.lower_ not in _SINGULAR_DETERMINERS:
        return False
    between = last.doc[determiner.i + 1:last.i]
    if any(t.like_num or t.pos == NUM or t.lower_ in _COUNTING_WORDS for t in between):
        return False
    # Not before "and"/"or" nor a noun: "a steel tubes and pipes maker" keeps its phrases.
    return after is None or after.is_punct or after.pos_ in ("ADP", "SCONJ", "DET", "PRON", "PART")


def _titles_a_person(run: list[Token]) -> bool:
    """The run is the title of the person named right after it, no topic: "President" of "Ghana's new President John
    Mahama" (a role), "State" of "Secretary of State Antony Blinken" (what a role's "of" names; not a place)."""
    last = run[-1]
    doc, i = last.doc, last.i
    if i + 1 >= len(doc) or doc[i + 1].ent_type_ != "PERSON" or doc[i + 1].ent_iob_ != "B":
        return False
    if last.lower_ in ROLE_HEADS:
        return True  # in lower case too: "Chief financial officer Torgrim Reitan said" opening a sentence
    return last.is_title and len(run) == 1 and i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in ROLE_HEADS \
        and doc[i - 2].is_title and last.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON")


# The model's labels of a run after an office that is a name, no portfolio, even where the entity step made it none:
# "Kenya William Ruto" of "The President of Kenya William Ruto said" (a person for the entity step, cut wrong).
_NAMED_NO_PORTFOLIO = frozenset({"PERSON", "GPE", "LOC", "NORP"})


# Offices held of a place or a body, never of a portfolio: what follows their "of" is named ("Greater Manchester" of
# "The Mayor of Greater Manchester, Andy Burnham," where the model found no place).
_OFFICES_OF_PLACES = frozenset({"mayor", "governor", "president", "premier", "king", "queen", "prince"})


def _is_a_titles_portfolio(run: list[Token], cuts: Cuts) -> bool:
    """The run is the portfolio of an office written before it, capitalised, with "for" or "of": "Finance" of "the
    Cabinet Secretary for Finance", "Public Expenditure" of "the Minister for Public Expenditure", "Health" of
    "Minister of Health" (part of the title, no topic); not a place or a body the entity step found ("Minister for
    Europe", "chief executive of Tesco"), nor what follows an office of a place's "of" (`_OFFICES_OF_PLACES`)."""
    first = run[0]
    doc, i = first.doc, first.i
    if i < 2 or lowers_of(doc)[i - 1] not in ("for", "of") or not all(t.is_title for t in run):
        return False
    office = tokens_of(doc)[i - 2]
    return office.is_title and office.lower_ in ROLE_HEADS and not _holds_a_place(doc, i - 2) \
        and i not in cuts.places and i not in cuts.firms \
        and not any(token.ent_type_ in _NAMED_NO_PORTFOLIO for token in run)


def _holds_a_place(doc: Doc, i: int) -> bool:
    """The title at token i is an office of a place (`_OFFICES_OF_PLACES`); a firm's vice president is of a portfolio
    ("Vice President of Finance")."""
    lowers = lowers_of(doc)
    return lowers[i] in _OFFICES_OF_PLACES and not (lowers[i] == "president" and i > 0 and lowers[i - 1] == "vice")


# What joins the parts of a portfolio written before its title: "Work and Pensions", "Culture, Media and Sport".
_PORTFOLIO_JOINS = frozenset({"and", ",", "&"})


def _opens_a_joined_portfolio(run: list[Token]) -> bool:
    """The run of capitalised words no entity holds is the first part of a portfolio joined to the rest before its
    title: "Work" of "Work and Pensions Secretary Liz Kendall", "Culture" of "Culture, Media and Sport Secretary" (part
    of the title, no topic; not "Microsoft" of "Microsoft and Google chief executives", a firm)."""
    if not run or not all(t.is_title and not t.ent_type_ and t.lower_ not in ROLE_HEADS for t in run):
        return False  # nor a title of its own: "Senior Vice President and Assistant General Manager Tony DiLeo"
    doc, i = run[-1].doc, run[-1].i + 1
    if i >= len(doc) or doc[i].lower_ not in _PORTFOLIO_JOINS:
        return False
    while i < len(doc) and (doc[i].lower_ in _PORTFOLIO_JOINS or doc[i].is_title and doc[i].lower_ not in ROLE_HEADS):
        i += 1
    return i < len(doc) and doc[i].is_title and doc[i].lower_ in ROLE_HEADS \
        and doc[i - 1].lower_ not in _PORTFOLIO_JOINS


def _body_before_title(run: list[Token]) -> list[Token]:
    """What of a run titling a person is a body's name before the title words: "Greenpeace" of "Greenpeace Director
    Will McCallum"; nothing of "new President", of "State" ("Secretary of State") nor of a portfolio ("Foreign" of
    "Iran's Foreign Minister Abbas Araghchi", "National Security" of "National Security Minister Itamar Ben-Gvir")."""
    end = len(run)
    while end > 0 and run[end - 1].is_title and run[end - 1].lower_ in ROLE_HEADS:
        end -= 1
    body = run[:end]
    if all(t.lower_ in _TITLE_PORTFOLIO_WORDS for t in body):
        return []
    return body if 0 < end < len(run) and all(t.is_title or t.is_upper for t in body) and body[-1].pos == PROPN else []


# Lower-case words of a role written after the person's name, as a complement ("named Laurent Freixe chief
# executive", "appointed Jane Doe chief financial officer", "named John Smith head coach"), a minister's portfolio
# with them ("David Lammy foreign secretary", "named Yvette Cooper home secretary").
_ROLE_AFTER_NAME_WORDS = ROLE_HEADS | PORTFOLIOS | {"financial", "operating", "technology", "marketing", "coach",
                                                    "interim"}


def _person_without_their_role(run: list[Token], cuts: Cuts) -> list[Token]:
    """The person's full name of a run that ends in their role in lower case, the name alone: "Laurent Freixe" of
    "named Laurent Freixe chief executive" (the role is no topic, and the name the entity step's); any other run as
    it is ("Freixe's plan", "chief executive pay")."""
    if len(run) < 3 or not run[-1].is_lower or run[-1].lower_ not in ROLE_HEADS | {"coach"}:
        return run
    for k in range(2, len(run)):
        end_char = run[k - 1].idx + len(run[k - 1])
        if cuts.full_names.get(end_char) == run[0].idx:
            rest = run[k:]
            if rest and all(t.is_lower and t.lower_ in _ROLE_AFTER_NAME_WORDS for t in rest):
                return run[:k]
            return run
    return run


# Words of a portfolio before a minister's title, no body of their own ("Foreign", "National Security", "Home").
_TITLE_PORTFOLIO_WORDS = PORTFOLIOS | {"national", "security"}


def _describer_end(run: list[Token], cuts: Cuts) -> int:
    """Where the run goes on after a common noun that opens its sentence in capitals and describes the name after it:
    "Developer" of "Developer Greystone Partners LLC" (a dictionary noun no name the text has holds, before two or more
    capitalised words); 0 when it opens no such run."""
    if cuts.nouns is None or len(run) < 3:
        return 0
    first = run[0]
    if not first.is_sent_start or not first.is_title or first.ent_type_ or first.lower_ not in cuts.nouns \
            or first.text in cuts.name_words:
        return 0
    on_a_headline = first.i in title_case_lines(first.doc) or on_a_title_line(first.doc[first.i:run[-1].i + 1])
    if on_a_headline and not _ends_in_a_company_form(run):
        return 0  # a headline capitalises its common nouns: "Anti Piracy Ops", "Stealth Over Health"
    return 1 if all(t.is_title and t.pos == PROPN for t in run[1:]) else 0


def _ends_in_a_company_form(run: list[Token]) -> bool:
    """The run ends a firm's name, with a legal form or a word of a firm's (in it or right after it): "Greystone
    Partners LLC", "Acme Holdings"."""
    last = run[-1]
    after = tokens_of(last.doc)[last.i + 1] if last.i + 1 < len(last.doc) else None
    return last.lower_ in CORPORATE_SUFFIXES or last.lower_ in ORGANISATION_HEADS \
        or (after is not None and after.lower_ in CORPORATE_SUFFIXES)


def _is_legal_form_alone(run: list[Token], chunk: Span) -> bool:
    """The run is a company's legal form cut from its name: "Co" of "Eli Lilly and Co" (after a name and the parser's
    "and"), "Holdings" of "Seven & i Holdings" (after a name's word of its chunk no run kept); not "the company", nor
    "the AFC" (a conference, whose letters are a legal form's too)."""
    first = run[0]
    if len(run) > 1 or first.is_lower or first.lower_ not in CORPORATE_SUFFIXES or first.i == 0:
        return False
    tokens = tokens_of(first.doc)
    before = tokens[first.i - 1]
    if before.lower_ in ("and", "&"):
        return first.i > 1 and _is_name_word(tokens[first.i - 2])
    return first.i > chunk.start and _is_name_word(before)


def _is_name_word(token: Token) -> bool:
    """A word of a name to the tagger: "Lilly", the "i" of "Seven & i" (not "The" opening a sentence)."""
    return token.is_alpha and token.pos == PROPN


def _is_cut_inside_a_word(run: list[Token]) -> bool:
    """The run opens inside a code written with a hyphen after a number, which no run keeps: "300ER" of "Boeing
    777-300ER", a model's code, no topic of its own (not "Europe" of "the Asia-to-Europe route")."""
    first, tokens = run[0], tokens_of(run[0].doc)
    return first.i > 1 and is_glued_hyphen(tokens[first.i - 1]) and tokens[first.i - 2].like_num \
        and not _after_counted_hyphen(first)


# Verbs that take who gets something before what they get, which the parser may glue into one noun phrase when a name
# comes first: "gives Carrow control of", "hands Biden victory"; as written (not "brings Apple Intelligence features",
# "cost Tesla shareholders billions", whose names run on).
_GIVING_VERBS = frozenset({"give", "gives", "gave", "given", "giving", "hand", "hands", "handed", "grant", "grants",
                           "granted", "deny", "denies", "denied", "award", "awards", "awarded", "offer", "offers",
                           "offered", "earn", "earns", "earned"})


def _split_after_indirect_object(run: list[Token]) -> list[list[Token]]:
    """The run cut after the name that a verb of giving right before it takes as its indirect object, where the
    parser glued the name to the thing given: "Carrow" | "control" of "The deal gives Carrow control of Bexley's
    drug" (not "gives Carrow Pharmaceuticals", a name, nor "offered Apple shares" with no name at its head)."""
    first = run[0] if run else None
    if first is None or first.i == 0 or first.pos != PROPN or first.dep_ != "compound":
        return [run]
    verb = first.doc[first.i - 1]
    if verb.pos != VERB or verb.lower_ not in _GIVING_VERBS:
        return [run]
    end = next((k for k, token in enumerate(run) if token.pos != PROPN), len(run))
    thing = run[end:]  # one word in lower case: "control" (not "engineers bonuses" of "award Boeing engineers bonuses")
    if len(thing) != 1 or not all(token.is_lower and token.pos in (NOUN, ADJ) for token in thing) \
            or thing[-1].dep_ != "dobj" or thing[-1].head.i != verb.i:
        return [run]
    return [run[:end], thing]


def _split_before_a_clause_subject(run: list[Token]) -> list[list[Token]]:
    """The run cut before the one-word name that ends it, where the name is the subject of a clause the parser hung on
    it as a modifier, a verb in the past right after: "contract" | "Ohtani" of "the 10-year contract Ohtani signed
    with the Dodgers" (not "coach Jim Harbaugh", a name of two words, nor "contract Ohtani" with no verb after)."""
    if len(run) < 2:
        return [run]
    name, before = run[-1], run[-2]
    doc = name.doc
    if not (name.ent_type_ == "PERSON" and name.ent_iob_ == "B" and before.is_lower and before.pos == NOUN) \
            or name.i + 1 >= len(doc):
        return [run]
    verb = doc[name.i + 1]
    if verb.ent_iob_ == "I" or verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("acl", "relcl") \
            or verb.head.i != name.i:
        return [run]
    return [run[:-1], run[-1:]]


def _split_before_a_superlative_after_a_name(run: list[Token]) -> list[list[Token]]:
    """The run cut between a name and a lower-case superlative after it, which the parser joined in awards copy's
    elliptical clauses: "Cillian Murphy" | "best actor" of "Christopher Nolan named best director and Cillian Murphy
    best actor", "Mikey Madison" | "best actress". A name runs on into no such word ("the best Nvidia chips" has it
    before the name)."""
    for k in range(1, len(run)):
        before, word = run[k - 1], run[k]
        if word.tag_ == "JJS" and word.is_lower and before.pos == PROPN and before.text[:1].isupper() \
                and before.i == word.i - 1 and before.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT"):
            return [run[:k], run[k:]]
    return [run]


def _split_before_a_described_firm(run: list[Token], cuts: Cuts) -> list[list[Token]]:
    """The run that opens its sentence cut before an organisation's name of the entity step's that ends it, after a
    lower-case noun that describes a firm: "IT services firm" | "Capita" of "IT services firm Capita said", as the
    parser cuts "Shares in the IT services firm Capita" (not "Deutsche Bank", capitalised). Only opening a sentence:
    mid-sentence, a name the parser joined to its describer ("from the software security company Trend Micro") is
    often the article's one mention of a firm aside, whose name alone would rank below the top phrases."""
    if not run or not run[0].is_sent_start:
        return [run]
    for k in range(1, len(run)):
        before, name = run[k - 1], run[k]
        if name.i in cuts.firms and before.is_lower and before.pos == NOUN and before.lower_ in FIRM_DESCRIBERS \
                and before.i == name.i - 1 and all(t.is_title or t.is_upper or not t.is_alpha for t in run[k:]):
            return [run[:k], run[k:]]
    return [run]


_PARTY_LETTERS = frozenset({"D", "R", "I"})
# States as party tags write them: AP's abbreviations and the names.
_STATES = frozenset(US_STATE_ABBREVIATIONS) | US_STATES | {"N.Y.", "D.C."}


def _ranks_a_kind(run: list[Token]) -> bool:
    """The run opens with a superlative before a kind named with a possessive: "largest" of "the largest
    private-sector nurses' strike" ranks the strike, no part of its name ("best friend" stays whole)."""
    return run[0].tag_ == "JJS" and run[0].is_lower and any(_classifying_possessive(t) for t in run[1:])


def _classifying_possessive(token: Token) -> bool:
    """The apostrophe of a plural common noun's possessive before another: "nurses' strike", "coal miners' union" are
    one topic, a kind of strike, where "Germany's defence minister" is two. Not after a determiner, where the
    possessive owns ("the pirates' attempt", "their parents' home"), nor spaced from its noun ("pirates ' bases")."""
    doc, i = token.doc, token.i
    if _classifies_by_sex(token) or _in_a_fixed_possessive(token):
        return True
    if not (token.text in ("'", "’") and 1 < i < len(doc) - 1):
        return False
    owner = doc[i - 1]
    return owner.tag_ == "NNS" and owner.is_lower and not owner.whitespace_ and doc[i - 2].pos not in (DET, PRON) \
        and doc[i + 1].pos == NOUN and doc[i + 1].is_lower


# Plurals whose possessive names the sex an event or a team is for: "men's basketball", "the women's 100m final".
_SEXES = frozenset({"men", "women"})


# Compounds of a singular noun's possessive and a noun, one kind of thing: the owner alone is no topic ("gentleman" of
# "a gentleman's agreement").
_FIXED_POSSESSIVES = frozenset({("gentleman", "agreement"), ("gentlemen", "agreement"), ("bachelor", "degree"),
                                ("master", "degree"), ("devil", "advocate")})


def _in_a_fixed_possessive(token: Token) -> bool:
    """The "'s" of a compound of `_FIXED_POSSESSIVES`, in lower case: "a gentleman's agreement"."""
    doc, i = token.doc, token.i
    if not (token.lower_ in ("'s", "’s") and 1 <= i < len(doc) - 1):
        return False
    owner, owned = doc[i - 1], doc[i + 1]
    return owner.is_lower and not owner.whitespace_ and owned.is_lower \
        and (owner.lower_, owned.lower_) in _FIXED_POSSESSIVES


def _classifies_by_sex(token: Token) -> bool:
    """The "'s" of "men's" or "women's" before a common noun: "NCAA men's basketball championship" is one topic, of
    a kind (not after a pronoun, an article or a number, where it owns: "their women's wages", "the men's lawyers",
    "the two women's bodies"; but "the men's singles title", "the women's team": a kind of theirs after "the")."""
    doc, i = token.doc, token.i
    if not (token.lower_ in ("'s", "’s") and 1 <= i < len(doc) - 1):
        return False
    owner, owned = doc[i - 1], doc[i + 1]
    if not (owner.lower_ in _SEXES and owner.is_lower and not owner.whitespace_ and owned.pos == NOUN
            and owned.is_lower):
        return False
    before = doc[i - 2] if i >= 2 else None
    return before is None or before.pos not in (PRON, DET, NUM) \
        or (before.lower_ == "the" and owned.lower_ in CLASS_KINDS)


def _is_party_tag(run: list[Token]) -> bool:
    """A lawmaker's party and state after their name, no topic: "R-Texas", "D-N.Y." (its state alone, "N.Y."); not
    "D-Day", "R-rated"."""
    first, doc = run[0], run[0].doc
    if first.text in _PARTY_LETTERS and len(run) > 2 and run[1].text == "-" and not first.whitespace_:
        return _is_state("".join(t.text_with_ws for t in run[2:]).strip())
    # The words before read off the document's lists: this is asked of every run, and a Token costs more.
    i, words, tokens = first.i, words_of(doc), tokens_of(doc)
    return i > 1 and words[i - 1] == "-" and words[i - 2] in _PARTY_LETTERS \
        and not tokens[i - 2].whitespace_ and not tokens[i - 1].whitespace_ \
        and _is_state("".join(t.text_with_ws for t in run).strip())


def _is_state(words: str) -> bool:
    """A US state as a party tag writes it: "Texas", "Ga.", "N.Y.", "TX"."""
    return words in _STATES or bool(re.fullmatch(r"[A-Z]{2}", words))


def _is_streak_alone(run: list[Token]) -> bool:
    """The run is a word of a streak alone: "straight" of "has won four straight", no topic."""
    return len(run) == 1 and run[0].lower_ in STREAK_WORDS


def _is_glued_slash(token: Token) -> bool:
    """A slash written against two words: one name of both, "the Entry/Exit System", "Reuters/Ipsos poll"; not a
    person's name and their post after it."""
    doc, i = token.doc, token.i
    return token.text == "/" and not token.whitespace_ and 0 < i < len(doc) - 1 \
        and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha and doc[i + 1].is_alpha \
        and "PERSON" not in (doc[i - 1].ent_type_, doc[i + 1].ent_type_)  # "David Soares/Albany County DA": two


def _hyphenated_to_next(token: Token) -> bool:
    """A word written against a hyphen and another word: "full" of "full-time", a stop word on its own."""
    doc = token.doc
    return (token.is_alpha and not token.whitespace_ and token.i + 2 < len(doc)
            and is_glued_hyphen(doc[token.i + 1]) and doc[token.i + 2].is_alpha)


def _after_counted_hyphen(token: Token) -> bool:
    """A word a number is hyphenated to, the unit of a measure with no number in a key phrase: "storey" of "a 28-storey
    residential tower", whose topic is the "residential tower". Only after a number the model counts with: one in a
    name ("Boeing 737-MAX") keeps its word. A unit of hyphenated words is all of them: "basis-point" of "a
    25-basis-point cut"."""
    tokens, i = tokens_of(token.doc), token.i  # built once: this runs for every leading word of a run
    if i <= 1 or not is_glued_hyphen(tokens[i - 1]):
        return False
    counted = tokens[i - 2]
    return counted.like_num and counted.ent_type_ in SKIP_ENTS or _after_counted_hyphen(counted)


def _describes_name_after(run: list[Token]) -> bool:
    """The run opens with a participle ("suspected Mafia boss", "floored Thompson"), or an adjective opening the
    sentence ("Neighbouring Long Beach"), outside the name right after it: a description of what the name names, no
    part of it. Not an adjective inside a sentence, which a topic can need ("black Americans", "upstate New York")."""
    if len(run) < 2:
        return False
    first, name = run[0], run[1]
    described = first.pos == VERB or (first.pos == ADJ and first.is_sent_start and first.is_title) \
        or _is_participle_after_its_adverb(first)
    return described and first.ent_iob_ == "O" and name.ent_iob_ == "B" and name.ent_type_ not in SKIP_ENTS \
        and name.text[:1].isupper()


def _is_age(run: list[Token]) -> bool:
    """The run opens with an age whose number was left out: "year-old" of "12-year-old Israeli girl"."""
    return len(run) > 2 and run[0].lemma_.lower() in ("year", "month", "week", "day") and run[2].lower_ == "old"


def _opens_compound(run: list[Token]) -> bool:
    """The run starts with a word hyphenated to the next ("long-term growth"): it is not trimmed off alone."""
    return len(run) > 2 and not run[0].whitespace_ and is_glued_hyphen(run[1])


def _is_participle_after_its_adverb(token: Token) -> bool:
    """A participle the tagger read as an adjective, after the adverb that qualifies it, which no run keeps:
    "focused" of "the domestically focused FTSE 250"."""
    doc, i = token.doc, token.i
    return token.pos == ADJ and token.is_lower and token.lower_.endswith("ed") and i > 0 \
        and doc[i - 1].pos_ == "ADV" and doc[i - 1].head.i == i


def _is_initial_opening_a_name(token: Token) -> bool:
    """A capital letter alone that opens a name the model found, its initial: "L" of "L Catterton" (not the article
    "A" nor the pronoun "I")."""
    doc, i = token.doc, token.i
    return len(token.text) == 1 and token.text.isupper() and token.text not in ("A", "I") \
        and token.ent_iob_ == "B" and token.ent_type_ not in SKIP_ENTS and i + 1 < len(doc) \
        and doc[i + 1].ent_iob_ == "I" and doc[i + 1].is_title


# Stop words to spaCy that are nouns heading a compound: "show" of "launch show", "entertainment show".
_NOUN_STOP_WORDS = frozenset({"show"})


def _split_at_a_long_compounds_head(run: list[Token]) -> list[list[Token]]:
    """The run cut at a stop word it took only as a compound's head ("show") when that makes it longer than a phrase
    may be: "late-night talk" and "host" of "The late-night talk show host", as without the rule, not nothing."""
    if sum(t.text not in NO_WORD_MARKS for t in run) <= MAX_WORDS:
        return [run]
    parts: list[list[Token]] = [[]]
    for token in run:
        if _heads_a_compound(token) and not is_content(token, leading=False):
            parts.append([])
        else:
            parts[-1].append(token)
    return [part for part in parts if part] or [run]


def _heads_a_compound(token: Token) -> bool:
    """A noun of `_NOUN_STOP_WORDS` right after a noun: the head of their compound, "talk show", "air show"."""
    doc, i = token.doc, token.i
    return token.lower_ in _NOUN_STOP_WORDS and token.pos == NOUN and i > 0 and doc[i - 1].pos in (NOUN, PROPN) \
        and is_content(doc[i - 1], leading=False)


def _is_hyphenated_modifier_alone(run: list[Token]) -> bool:
    """The run ends in a word in lower case hyphenated to the one before that modifies a noun after the run:
    "Bengaluru-based" of "the Bengaluru-based IT services firm" (its noun cut off at a stop word), no topic of its own
    (not a title: "X-Men" of 'the "X-Men" franchise')."""
    last = run[-1]
    return len(run) > 2 and after_glued_hyphen(last) and last.is_lower and last.pos in (VERB, ADJ) \
        and last.head.i > last.i


def _is_hyphenated_tail(run: list[Token]) -> bool:
    """The run opens with a stop word after a hyphen inside a word, the tail of a compound no run holds whole:
    "a-generation" of "a once-in-a-generation opportunity", no topic of its own (not a word's, "election" of
    "re-election", nor a name's: "Europe" of "the Asia-to-Europe route")."""
    first, tokens = run[0], tokens_of(run[0].doc)
    return first.is_stop and first.i > 1 and is_glued_hyphen(tokens[first.i - 1]) and tokens[first.i - 2].is_alpha


def _is_cut_before_a_names_word(run: list[Token]) -> bool:
    """The run, after a determiner, ends in a capitalised word of a name going on after it: in a capitalised word the
    parser read as no noun ("Future" of "its Future Made in Australia plan", "Sea" of "the Sea Me We 4 lines"), or,
    after a title's capitalised "The", in a preposition and a capitalised word ("World" of "on BBC Radio 4's The World
    at One"; not a name the model found whole, "told The Guardian on Monday", nor one before another's, "Fans of The
    Beatles in Liverpool"). Not a headline's name before its verb ("Politifact: Donald Trump Is Right", "Obama Sees
    'Personal Insult'"): no determiner before them."""
    first, last, doc = run[0], run[-1], run[-1].doc
    if first.i == 0 or last.pos != PROPN or not last.is_title or last.i + 2 >= len(doc) or not last.whitespace_:
        return False
    before, after = doc[first.i - 1], doc[last.i + 1]
    if before.text == "The" and not before.is_sent_start and not _is_whole_entity(run):
        going_on = doc[last.i + 2]  # in no name of its own: "Fans of The Beatles in Liverpool"
        return after.is_lower and after.pos == ADP and going_on.is_title and not going_on.ent_type_
    return before.is_lower and (before.pos == DET or before.tag_ == "PRP$") \
        and after.is_title and after.is_alpha and after.pos not in (NOUN, PROPN, NUM)


def _is_whole_entity(run: list[Token]) -> bool:
    """The run is one of the model's names from end to end."""
    first, last, doc = run[0], run[-1], run[-1].doc
    return first.ent_iob_ == "B" and (last.i + 1 >= len(doc) or doc[last.i + 1].ent_iob_ != "I") \
        and all(t.ent_iob_ == "I" for t in run[1:])


def _with_name_start_in_a_number(run: list[Token]) -> list[Token]:
    """The run with the capitalised word before it that the model took into a sum or a count, the first of one name:
    "Vision Pro sales" of "Apple's $3,499 Vision Pro sales" (the model's sum "$3,499 Vision"); not a date that opens
    an entity of its own: "Beijing" of "said on Tuesday Beijing would retaliate" (but "Friday" of "Friday Night Lights",
    whose other words the model found in no entity)."""
    first = run[0] if run else None
    if first is None or first.i == 0 or first.pos != PROPN or not first.is_title:
        return run
    before = first.doc[first.i - 1]
    if before.pos == PROPN and before.is_title and before.is_alpha and before.whitespace_ \
            and before.ent_type_ in SKIP_ENTS and (before.ent_iob_ == "I" or not first.ent_type_):
        return [before, *run]
    return run


def _possessive_in_a_titled_name(token: Token) -> bool:
    """The possessive of a capitalised office inside a name in capitals: "Prime Minister's Questions", "the
    President's Cup" (not an office holder's owning: "the Prime Minister's speech", nor a name the model found)."""
    doc, i = token.doc, token.i
    if not (token.lower_ in ("'s", "’s") and 0 < i < len(doc) - 1):
        return False
    owner, owned = doc[i - 1], doc[i + 1]
    if not (owner.is_title and owner.lower_ in ROLE_HEADS and owned.is_title and owned.pos == PROPN
            and not owned.is_sent_start and not owned.ent_type_ and not owner.ent_type_):
        return False
    # Only a single capitalised word after it, a plural or a fixed name's ("Questions", "Speech" of "King's Speech",
    # "Cup"): words after it that make a topic of their own stay it ("Chancellor's Autumn Statement" keeps "Autumn
    # Statement", "Mayor's Night Tube plan" keeps "Night Tube plan").
    after = doc[i + 2] if i + 2 < len(doc) else None
    if after is not None and (after.is_title or after.pos in (NOUN, PROPN) or after.text in ("-", "–")):
        return False
    return owned.tag_ == "NNPS" or (owned.lower_.endswith("s") and not owned.lower_.endswith("ss")) \
        or owned.lower_ in _FIXED_OWNED_NAMES


# The capitalised nouns of a body's name after its members' plural possessive: "the Prison Officers' Association",
# "the Police Officers' Federation", "the Musicians' Union".
# Not "League": a side's plural before it owns a title or a cup ("The Rangers' League title", "the Gunners' League Cup
# run").
_BODY_NOUNS = frozenset({"association", "federation", "union", "society", "guild", "alliance", "council",
                         "institute", "forum", "confederation", "congress", "benevolent", "network", "club"})


def _plural_possessive_in_a_bodys_name(token: Token) -> bool:
    """The apostrophe of a capitalised plural before a body's capitalised noun (`_BODY_NOUNS`), inside the body's name:
    "Prison Officers' Association" is one phrase (was "Prison Officers" and "Association")."""
    doc, i = token.doc, token.i
    if not (token.text in ("'", "’") and 0 < i < len(doc) - 1):
        return False
    owner, owned = doc[i - 1], doc[i + 1]
    return owner.is_title and owner.lower_.endswith("s") and not owner.whitespace_ and owned.is_title \
        and owned.lower_ in _BODY_NOUNS


# The words of a fixed name after an office's possessive: "the King's Speech", "the President's Cup", "King's
# Counsel".
_FIXED_OWNED_NAMES = frozenset({"speech", "cup", "counsel", "guard", "trophy", "medal", "award", "awards", "prize",
                                "birthday"})
