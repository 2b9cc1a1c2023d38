"""Tallies: numbers joined by a dash that count one thing together (a judge's scorecard "116-112", a fighter's
record "34-2-1", a vote "57-43"), made one CARDINAL mention.

Two passes, at two points of `extract_entities`: `with_whole_tallies` after the sport reading (which has dropped a
game's score numbers) mends the model's count cut out of a tally of that shape anywhere; `with_vote_tallies` in the
cleaning makes a vote's or a court's tally where the model found nothing or a date ("by a vote of 57-43"). Both are
here so that a change to either is made, and tested (tests/unit/test_entities_tallies.py), beside the other. Figures
keep their own reading of tallies (`money/sport.py`: a vote's numbers count no unit). A name's standing after it
("with Root on 40", "Fine Gael 38"), which the model dates too, is a count here as well (`with_standings_counted`),
and so is a golfer's round the model cut in two ("six-under-par 274": `with_whole_golf_rounds`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from services.nlp.doctext import char_bounds, lowers_of, text_of, words_of
from services.nlp.entities.mentions import Mention, _key_at
from services.nlp.entity_rules import LOCATIVES, MONTHS, PARTIES_BY_A_WORD, PLACE_NAMED_CLUBS
from services.nlp.money.sport import dates_another_on, golf_rounds, tells_standings

# Numbers joined by hyphens that the model cuts after the first: a judge's scorecard ("116-112", "96-94"), a fighter's
# record ("22-0", "34-2-1"), a vote ("52-48"); not a date's "2005-12-19", a season's "2023-24" nor a phone number. Two
# numbers of one digit ("won 6-4", "3-1") are a game's score, left to the sport reading.
_TALLY = re.compile(r"(?<![\w/.,–-])(?:\d{1,3}-\d{1,3}-\d{1,3}|\d{2,3}-\d{1,3}|\d-\d{2,3})(?![\w/]|[.,]\d|-\d)")
# A tally of three numbers the model took for a measure or a date ("34-2-1" QUANTITY): a record, one count.
_TALLY_OF_THREE = re.compile(r"\d{1,3}-\d{1,3}-\d{1,3}")


def opens_a_tally(text: str, start: int) -> bool:
    """A tally of `_TALLY`'s shape starts at `start`, which `with_whole_tallies` makes one count ("52-48")."""
    return _TALLY.match(text, start) is not None


# Lemmas of a result's verb before its score: "lost 6-4 to Sinner", "won 3-1", "beat Leeds 2-0", "won a 2-1 split
# decision".
SCORING_LEMMAS = frozenset({"win", "lose", "beat", "draw", "defeat", "lead", "trail", "edge"})
# How many words before a pair its result's verb may be: "won a 2-1", "beat Leeds 2-0", "defeated the film star 2-1".
_SCORING_REACH = 5
# Words after a game's score that tell a side's state in it: "came back from 2-0 down", "3-1 up at the break".
_SCORE_STATES = frozenset({"down", "up", "ahead", "behind"})
# Two numbers of one digit joined by a dash, outside a text about sport no game's score: a range ("2-3 people were
# hurt"), a ratio ("a ratio of 3-1"), a board's vote ("backed the plan 3-2"); not a time ("3-4pm") nor a longer run.
_PAIR_OF_ONE_DIGIT = re.compile(r"(?<![\w/.,:–-])\d-\d(?![\w/:]|[.,]\d|-\d)")


def with_whole_tallies(doc: Doc, mentions: list[Mention], about_sport: bool = True) -> list[Mention]:
    """The number the model cut out of a tally made the whole tally, one count ("116" of "116-112" is "116-112"),
    and a record of three numbers a count whatever the model called it ("34-2-1"); other mentions as they were. Run
    after the sport reading, which drops a game's score numbers ("2" of "won 2-1"). Outside a text about sport, the
    model's count cut out of a pair of one digit a side is the pair too ("2" of "2-3 people were hurt")."""
    text = text_of(doc)
    out = []
    for m in mentions:
        if m.label == "CARDINAL" and not about_sport and m.end - m.start == 1 \
                and _is_first_of_a_one_digit_pair(doc, text, m.start):
            m = Mention(m.start, m.start + 3, "CARDINAL", m.weight, m.source, _key_at(doc, m.start, m.start + 3))
        elif m.label in ("CARDINAL", "DATE", "QUANTITY") \
                and (tally := _TALLY.match(text, doc[m.start].idx)) is not None:
            end = char_bounds(doc, m.start, m.end)[1]
            if end < tally.end() and (span := doc.char_span(doc[m.start].idx, tally.end())) is not None:
                m = Mention(m.start, span.end, "CARDINAL", m.weight, m.source, _key_at(doc, m.start, span.end))
            elif end == tally.end() and m.label != "CARDINAL" and (_TALLY_OF_THREE.fullmatch(tally[0]) or (
                    m.label == "DATE" and not _may_be_month_and_day(tally[0]) and not _may_be_a_season(tally[0])
                    and not dates_or_ages_beside(doc, m.start, m.end))):
                # a record of three, or a pair the model dated that the sport reading left (no match's score there):
                # "beat Warrington 30-20", "beaten by Boston College, 85-78"
                m = Mention(m.start, m.end, "CARDINAL", m.weight, m.source, m.key)
        out.append(m)
    return out


def _is_first_of_a_one_digit_pair(doc: Doc, text: str, i: int) -> bool:
    """doc[i] is the first number of a pair of one digit a side written as three tokens ("2", "-", "3"), with no
    month's name beside it ("3-4 March"), no scale nor a side's state after it ("3-5 million", which the model reads
    whole; "from 2-0 down") and no result's verb a few words before it ("won a 2-1 split decision", a score the vote
    rule may yet make a tally)."""
    if i + 3 > len(doc) or _PAIR_OF_ONE_DIGIT.match(text, doc[i].idx) is None or doc[i + 1].text != "-" \
            or len(doc[i]) != 1 or len(doc[i + 2]) != 1:
        return False
    after = doc[i + 3] if i + 3 < len(doc) else None
    before = doc[i - 1] if i > 0 else None
    return not any(t is not None and t.text.rstrip(".").casefold() in MONTHS for t in (before, after)) \
        and not (after is not None and (after.like_num or after.lower_ in _RANGE_UNITS_AFTER | _SCORE_STATES)) \
        and not any(t.lemma_ in SCORING_LEMMAS for t in doc[max(0, i - _SCORING_REACH):i])


# Labels the model gives the numbers of a golfer's round it cut in two ("six|CARDINAL-under-par 274|CARDINAL").
_ROUND_NUMBER_LABELS = frozenset({"CARDINAL", "DATE", "QUANTITY"})


def with_whole_golf_rounds(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The numbers the model found of a golfer's round or total with its score against par made one count, as the
    model's whole one is ("six" and "274" of "finished on six-under-par 274" are "six-under-par 274", "12" of "at
    12-under 276" is "12-under 276", as "a 7-under 65" was read); other mentions as they were."""
    text = text_of(doc)
    if "under" not in text and "over" not in text:  # the rare words asked first
        return mentions
    out = list(mentions)
    for start_char, end_char in golf_rounds(text):
        inside = [m for m in out if m.label in _ROUND_NUMBER_LABELS
                  and start_char <= doc[m.start].idx and char_bounds(doc, m.start, m.end)[1] <= end_char]
        span = doc.char_span(start_char, end_char)
        if span is None or not inside or [(m.start, m.end) for m in inside] == [(span.start, span.end)]:
            continue  # a round the model missed or read whole
        first = inside[0]
        out = [m for m in out if not any(m is n for n in inside)]
        out.append(Mention(span.start, span.end, "CARDINAL", first.weight, first.source,
                           _key_at(doc, span.start, span.end)))
    return sorted(out, key=lambda m: m.start)


# The last month and the last day of one.
_MONTHS_IN_YEAR, _LONGEST_MONTH = 12, 31


def _may_be_month_and_day(tally: str) -> bool:
    """A pair that may be written for a month and its day, the smaller first: "9-11" (of "the 9-11 attacks")."""
    first, second = (int(n) for n in tally.split("-")[:2])
    return first <= _MONTHS_IN_YEAR and first < second <= _LONGEST_MONTH


def _may_be_a_season(tally: str) -> bool:
    """A pair of two-digit years, the second the year after the first, a season's short form: "17-18" of "In 17-18,
    the club won the league", "99-00"."""
    first, second = tally.split("-")[:2]
    return len(first) == len(second) == 2 and (int(first) + 1) % 100 == int(second)


# Words before a band of ages, which the model rightly dates: "aged 18-24", "between the ages of 5 to 11".
_AGE_BAND_WORDS = frozenset({"age", "aged", "ages", "between"})
# Nouns of a period after two years written short, which the model rightly dates: "the 24-25 season", "the 39-45
# war", "the 23-24 accounts" (a score is written before no such noun).
_PERIOD_NOUNS = frozenset({"season", "seasons", "war", "campaign", "financial", "fiscal", "academic", "accounts",
                           "budget"})


def dates_or_ages_beside(doc: Doc, start: int, end: int) -> bool:
    """A month's name, a word of ages or a period's noun is next to the numbers at doc[start:end], which are then a
    month's days, a band of ages or two years, rightly dated: "12 to 14 March", "March 3-4", "aged 18-24", "adults 18
    - 49" (a plural noun before them), "18 to 24 year olds", "the 24-25 season"."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and (before.lower_ in _AGE_BAND_WORDS or before.tag_ == "NNS"
                               or before.text.rstrip(".").casefold() in MONTHS):
        return True
    return after is not None and (after.text.rstrip(".").casefold() in MONTHS or after.lower_ in _PERIOD_NOUNS
                                  or after.lower_.startswith(("year", "age")))


# Words a vote's tally follows or comes before: "voted 9-3", "ruled 6-3", "by a vote of 57-43", "in a 6-3 ruling", "a
# 7-2 decision" (a boxer's "2-1 split decision" has "split" after it).
_TALLY_OPENERS = frozenset({"voted", "voting", "ruled", "sided"})
_TALLY_NOUNS = frozenset({"vote", "votes", "ruling", "majority", "decision", "verdict", "opinion", "judgment",
                          "judgement"})
# Verbs of a body's decision its tally follows within a few words where the sentence names the body: "The House
# passed the bill 219-213", "The Senate confirmed him 51-49" (not "Arsenal beat Chelsea 2-1").
_TALLY_VERBS = frozenset({"passed", "approved", "confirmed", "rejected", "adopted", "acquitted", "overrode", "upheld",
                          "ratified", "endorsed"})
_VOTING_BODIES = frozenset({"senate", "house", "assembly", "council", "board", "committee", "legislature", "lawmakers",
                            "commission", "commissioners", "parliament", "court", "justices", "senators", "delegates",
                            "jury", "legislators", "councillors", "councilors", "trustees"})
_TALLY_REACH = 5


def with_vote_tallies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A vote's tally as one count, in place of the model's date ("by a vote of 57-43") or first number alone ("voted
    9-3" gave "9", "passed the bill 219-213" gave "219"). Not a match's score ("Arsenal beat Chelsea 2-1"), a span of
    ages ("aged 5-11") nor dates ("a vote on 12-13 March")."""
    lowers, words = lowers_of(doc), words_of(doc)
    tallies = [Mention(i, i + 3, "CARDINAL", 1.0, "rule") for i in range(len(doc) - 2)
               if _is_tally_shape(doc, words, i) and _tells_a_vote(doc, lowers, i)]
    if not tallies:
        return mentions
    inside = {i for tally in tallies for i in range(tally.start, tally.end)}
    kept = [m for m in mentions if not inside.intersection(range(m.start, m.end))]
    return sorted(kept + tallies, key=lambda m: m.start)


_TALLY_DASHES = frozenset({"-", "–"})


def _is_short_number(word: str) -> bool:
    """Digits, three at most: a side of a tally ("57" of "57-43")."""
    return len(word) <= 3 and word.isdigit()


# What joins more numbers to a pair: "10-15-20", "2/3-4", "12:30-45".
_TALLY_JOINERS = _TALLY_DASHES | {"/", ":"}


def _is_tally_shape(doc: Doc, words: list[str], i: int) -> bool:
    """doc[i:i+3] is "57-43": two numbers of up to three digits joined by a dash, with no space."""
    # The words (`words_of`) are read first and the Tokens only where they have the shape: this runs at every word,
    # and building three Tokens there cost more than the rest of the rule.
    if not (words[i + 1] in _TALLY_DASHES and _is_short_number(words[i]) and _is_short_number(words[i + 2])):
        return False
    return not doc[i].whitespace_ and not doc[i + 1].whitespace_ and not (i > 0 and words[i - 1] in _TALLY_JOINERS) \
        and not (i + 3 < len(doc) and (words[i + 3] in _TALLY_JOINERS or _measures_a_range(doc[i + 3])))


# What after two numbers joined by a dash makes them a range of a measure, not a tally: "a 10-15% increase", "pay rises
# of 3-5 per cent", "sentences of 10-15 years", "deliberating for 2-3 days", "on 12-13 March", "20-30 million".
_RANGE_UNITS_AFTER = frozenset({"%", "percent", "per", "pc"})


def _measures_a_range(after: Token) -> bool:
    """The token after a dashed pair of numbers is a unit, a scale, a plural noun (no vote's: "votes") or a month's
    name."""
    lower = after.lower_
    return lower in _RANGE_UNITS_AFTER or after.like_num or after.tag_ == "NNS" and lower not in _TALLY_NOUNS \
        or after.text[:1].isupper() and after.text.rstrip(".").casefold() in MONTHS


# A body whose vote a tally "in the ..." or "on the ..." gives, or the vote itself: "lead 5-4 on the commission", "won
# 7-2 in the council's vote" (not a court's: "won 6-4 on the clay court" is a set; but see `_names_a_court_of`).
_VOTE_PLACES = (_VOTING_BODIES - {"court"}) | _TALLY_NOUNS
# How many words between "the" and the body: "in the council's vote", "on the city planning commission".
_VOTE_PLACE_REACH = 3


def _names_a_vote_after(lowers: list[str], i: int) -> bool:
    """"in the" or "on the" at lowers[i] opens a phrase of a few words naming a voting body or a vote."""
    if i + 2 >= len(lowers) or lowers[i] not in ("in", "on") or lowers[i + 1] != "the":
        return False
    words = lowers[i + 2:i + 2 + _VOTE_PLACE_REACH]
    return any(word in _VOTE_PLACES for word in words) or _names_a_court_of(lowers[i + 2:i + 5])


# What a court that votes hears, after its "court of": "the court of appeals", "the Court of Justice" (not "the court of
# public opinion", an idiom).
_COURTS_OF = frozenset({"appeal", "appeals", "justice", "session", "cassation", "claims"})


def _names_a_court_of(words: list[str]) -> bool:
    """The words name a court by what it hears (`_COURTS_OF`), which a tennis court never is: "court of appeals" of
    "lost 5-4 in the court of appeals ruling" (not "on the clay court", nor "in the court of public opinion")."""
    return any(word == "court" and of == "of" and heard in _COURTS_OF
               for word, of, heard in zip(words, words[1:], words[2:], strict=False))


def names_a_vote_after(doc: Doc, end_char: int) -> bool:
    """The words after the numbers ending at `end_char` name a vote or its body: "51-47 in the popular vote", "5-4 on
    the commission"."""
    after = next((t.i for t in doc if t.idx >= end_char), None)
    lowers = lowers_of(doc)
    return after is not None and (lowers[after] in _TALLY_NOUNS or _names_a_vote_after(lowers, after))


def _tells_a_vote(doc: Doc, lowers: list[str], i: int) -> bool:
    """The tally at doc[i:i+3] is a vote's: after "voted" or "a vote of", before "vote" or "ruling", or a few words
    after a body's verb of decision in a sentence naming the body."""
    if i > 0 and lowers[i - 1] in _TALLY_OPENERS or i > 1 and lowers[i - 1] == "of" and lowers[i - 2] in _TALLY_NOUNS:
        return True
    if i + 3 < len(doc) and lowers[i + 3] in _TALLY_NOUNS or _names_a_vote_after(lowers, i + 3):
        return True
    sentence = doc[i].sent
    verbs = [j for j in range(max(sentence.start, i - _TALLY_REACH), i) if lowers[j] in _TALLY_VERBS]
    return bool(verbs) and any(lowers[j] in _VOTING_BODIES for j in range(sentence.start, sentence.end))


# Labels of a name whose bare number after it is its standing: a party's, a player's, a team's, a country's.
_STANDING_NAME_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE"})
# What ends a standing's phrase after its number: "Root on 40 and", "Fine Gael 38,", "Labour on 30."
_STANDING_END = frozenset({",", ".", ";", ")", "and", "with", "while", "but"})


def with_standings_counted(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A bare number of up to three digits the model dated right after a name, or its "on", ending its phrase: the
    name's standing, a count ("40" of "with Root on 40 and Stokes on 12", "38" of "Labour 30, Fine Gael 38 and");
    not an "on N" that may be a day ("play Chelsea on 14, and Liverpool on 21"), nor where the sentence dates another
    "on N" ("met Labour on 12 January, and the Greens on 14") or the name is a rival met or a place gone to ("host
    Chelsea on 14", "travels to Paris on 14")."""
    names = {m.end: m.start for m in mentions if m.label in _STANDING_NAME_LABELS}
    placed = [m for m in mentions if _is_placed_after_a_name(doc, m, names)]
    # a standing beyond a month's days makes its sentence's others standings too: "with Root on 80 and Brook on 14"
    scored = {doc[m.start].sent.start for m in placed if int(doc[m.start].text) > _LONGEST_MONTH}
    standings = {m.start for m in placed if _is_standing(doc, m, scored, names)}
    return [Mention(m.start, m.end, "CARDINAL", m.weight, m.source, m.key)
            if m.label in _STANDING_MISLABELS and m.start in standings else m for m in mentions]


def with_parties_placed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A party by a word of its own (`PARTIES_BY_A_WORD`) the model left out, an organisation where a sentence of a
    poll's or an election's standings puts it "on N": "Labour" of "Polls put Labour on 30 and Fine Gael on 38" (not
    "Labour on 12 January")."""
    words, text = words_of(doc), text_of(doc)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = [Mention(i, i + 1, "ORG", 1.0, "rule", _key_at(doc, i, i + 1)) for i in range(len(doc) - 2)
             if words[i + 1] == "on" and i not in taken and words[i].lower() in PARTIES_BY_A_WORD
             and words[i][:1].isupper() and words[i + 2].isdecimal() and len(words[i + 2]) <= 3
             and tells_standings(text, doc[i].idx) and not dates_another_on(text, doc[i].idx)]
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


# Points abbreviated after their count, as a table or a county cricket points line writes them: "Essex 21 pts".
POINTS_ABBREVIATIONS = frozenset({"pts", "pts.", "pt", "pt."})
# Most words of a club's name before its points: "Manchester City 40 pts".
_CLUB_WORDS = 3
# Labels the model gives a club in a table's points line that no club has ("Chelsea|PERSON 40 pts").
_CLUB_MISLABELS = frozenset({"PERSON", "GPE", "NORP", "PRODUCT"})


def with_clubs_before_points(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A listed club's name right before a count of up to three digits and "pts", as a table's standings write them,
    an organisation (the model's person or place, or nothing: "Standings: Arsenal 45 pts, Chelsea|PERSON 40 pts", or
    one mention with its points: "Leeds 70|QUANTITY pts") and its count a number; not a driver's name ("Norris 25
    pts"), no club, nor a club's town after "in" ("the average home in Brighton 10 pts above the index")."""
    lowers = lowers_of(doc)
    added: list[Mention] = []
    relabelled: set[int] = set()  # the starts of the model's mentions of such a club
    split: set[int] = set()  # ... and of its mentions of the club with its points ("Leeds 70|QUANTITY")
    for i in range(1, len(doc) - 1):
        if lowers[i + 1] not in POINTS_ABBREVIATIONS or not doc[i].text.isdecimal() or len(doc[i]) > 3:
            continue
        club = next((start for start in range(max(0, i - _CLUB_WORDS), i)
                     if doc[start].is_title and " ".join(lowers[start:i]) in PLACE_NAMED_CLUBS), None)
        if club is None or (club > 0 and lowers[club - 1] in LOCATIVES):  # "the average home in Brighton 10 pts"
            continue
        over = [m for m in mentions if m.start < i and club < m.end]
        if not over:
            added.append(Mention(club, i, "ORG", 1.0, "rule", _key_at(doc, club, i)))
        elif len(over) == 1 and (over[0].start, over[0].end) == (club, i) and over[0].label in _CLUB_MISLABELS:
            relabelled.add(club)
        elif len(over) == 1 and (over[0].start, over[0].end) == (club, i + 1):
            split.add(club)
            added.append(Mention(club, i, "ORG", 1.0, "rule", _key_at(doc, club, i)))
        if club in split or not any(m.start <= i < m.end for m in mentions):
            added.append(Mention(i, i + 1, "CARDINAL", 1.0, "rule", _key_at(doc, i, i + 1)))
    if not added and not relabelled:
        return mentions
    kept = [Mention(m.start, m.end, "ORG", m.weight, m.source, m.key) if m.start in relabelled else m
            for m in mentions if m.start not in split]
    return sorted(kept + added, key=lambda m: m.start)


# South Asia's scales in the plural before a currency's name, a sum told vaguely as "millions of dollars" is, which the
# model leaves out: "lost lakhs of rupees", "spent crores of rupees", "tens of lakhs of rupees".
_VAGUE_LAKHS_OR_CRORES = re.compile(r"\b(?:tens\s+of\s+|hundreds\s+of\s+)?(?:lakhs|crores)\s+of\s+(?:rupees|taka)\b",
                                    re.IGNORECASE)


def with_vague_lakhs_and_crores(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A vague sum in lakhs or crores of a currency the model left out, a sum as its "millions of dollars" is: "lakhs
    of rupees" (where no mention overlaps it)."""
    text = text_of(doc)
    if "lakhs" not in text.lower() and "crores" not in text.lower():
        return mentions
    found = []
    for match in _VAGUE_LAKHS_OR_CRORES.finditer(text):
        span = doc.char_span(*match.span())
        if span is None:
            continue
        over = [m for m in mentions if m.start < span.end and span.start < m.end]
        if all(m.label == "CARDINAL" and span.start <= m.start and m.end <= span.end for m in over):
            # the model's count of a piece of it ("tens" of "tens of lakhs of rupees") is the sum's
            mentions = [m for m in mentions if not any(m is o for o in over)]
            found.append(Mention(span.start, span.end, "MONEY", 1.0, "rule", _key_at(doc, span.start, span.end)))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


# Labels the model gives a bare standing after a name: a date's or a clock's ("Labour on 30|TIME").
_STANDING_MISLABELS = frozenset({"DATE", "TIME"})


def _is_placed_after_a_name(doc: Doc, m: Mention, names: dict[int, int]) -> bool:
    """The model's date or time is a bare number of up to three digits right after a name or its "on", ending its
    phrase."""
    if m.label not in _STANDING_MISLABELS or m.end - m.start != 1 or not doc[m.start].text.isdecimal() \
            or len(doc[m.start]) > 3:
        return False
    name_end = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ == "on" else m.start
    return name_end in names and (m.end == len(doc) or doc[m.end].lower_ in _STANDING_END)


def _is_standing(doc: Doc, m: Mention, scored: set[int], names: dict[int, int]) -> bool:
    """A number placed after a name is its standing, without an "on"; with one, where it can be no day of a month
    ("with Root on 40"; "play Chelsea on 14" is a day), or its sentence gives such a standing or a poll's ("Reform on
    29, Labour on 24"), and dates no other "on N" and follows no meeting or journey."""
    if doc[m.start - 1].lower_ != "on":
        return True
    text, at = text_of(doc), doc[m.start].idx
    beyond_days = int(doc[m.start].text) > _LONGEST_MONTH or doc[m.start].sent.start in scored
    return (beyond_days or tells_standings(text, at)) and not dates_another_on(text, at) \
        and not _is_met_or_gone_to(doc, names, m.start - 1)


# Words of meeting a rival or going to a place before its name, whose "on N" is then the day: "host Chelsea on 14 and
# Liverpool on 21", "travels to Paris on 14" (not "with Root on 40", "put Labour on 30").
_MEETING_WORDS = frozenset({"host", "hosts", "play", "plays", "face", "faces", "meet", "meets", "visit", "visits",
                            "welcome", "welcomes", "to", "at", "in", "against", "v", "vs"})


def _is_met_or_gone_to(doc: Doc, names: dict[int, int], name_end: int) -> bool:
    """A meeting's or a journey's word (see `_MEETING_WORDS`) comes before the name ending at `name_end`, or before
    the first of the names with their "on N" listed before it ("Chelsea on 14 and Liverpool")."""
    start = names[name_end]
    while start > 3 and doc[start - 1].lower_ in ("and", ",") and doc[start - 3].lower_ == "on" \
            and start - 3 in names:
        start = names[start - 3]
    return start > 0 and doc[start - 1].lower_ in _MEETING_WORDS
