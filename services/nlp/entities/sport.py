"""Match reports: clubs named after places are teams where a sentence plays them as sides, scores are no numbers.

Decided once per document: only a text about sport (a competition, a known club, or several words of sport; a score
alone is none: votes and ranges have them too) gets these rules, and there a name is a team mention by mention, so
"fans travelled back to Liverpool" stays the city beside "Liverpool beat Everton 2-0".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from services.nlp.doctext import lowers_of, span_of, text_of, tokens_of, words_of
from services.nlp.entities.gazetteer import (
    _compact,
    _in_gazetteer,
    _is_country_name,
    _is_country_or_state,
    _is_known_organisation,
    listed_after_a_locative,
)
from services.nlp.entities.mentions import Mention, _key_at
from services.nlp.entities.tallies import names_a_vote_after, opens_a_tally
from services.nlp.entity_rules import (
    ALL_TITLES,
    BOXING_WEIGHTS,
    CAR_MAKERS,
    CLUB_HEADS,
    COMMON_WORD_NICKNAMES,
    CORPORATE_SUFFIXES,
    DEMONYMS,
    ELECTION_WORDS,
    ESPORTS_ORGANISATIONS,
    ESPORTS_TEAMS_BY_WORDS,
    ESPORTS_WORDS,
    EXTRA_TIME_MARKS,
    FACILITY_HEADS,
    FIGHT_WORDS,
    FOOTBALL_NICKNAMES,
    GRAND_PRIX_RACE_WORDS,
    GRIDIRON_POSITIONS,
    HONORIFICS,
    INDIVIDUAL_SPORT_WORDS,
    IRISH_COUNTIES,
    LEADING_ARTICLES,
    NATIONAL_NICKNAMES_OF_WORDS,
    NATIONAL_TEAM_NICKNAMES,
    NETBALL_NICKNAMES,
    NICKNAME_PLAY_WORDS,
    NORTH_AMERICAN_TEAMS,
    NOT_NICKNAMES,
    NUMERIC_LABELS,
    ORGANISATION_HEADS,
    PARTIES_BY_A_WORD,
    PARTY_LIKE_COUNTRY_CODES,
    PLACE_NAMED_CLUBS,
    POSSESSIVES,
    RACECOURSES,
    RACING_CONSTRUCTORS,
    SOLO_SPORT_WORDS,
    SPEAKING_LEMMAS,
    SPORT_COMPETITIONS,
    SPORT_COUNTRY_CODES,
    SPORT_WORDS,
    SPORTS_CLUBS,
    SPORTS_GROUNDS,
    SUPER_RUGBY_NICKNAMES,
    TEAM_NICKNAMES_OF_TWO_WORDS,
    TEAM_POSTS,
    TEAM_WORDS,
    TOWN_FIRST_CLUBS,
    US_STATES,
)
from services.nlp.furniture import box_label_spans, dateline_spans, line_up_spans
from services.nlp.given_names import is_given_name
from services.nlp.money.numbers import UNIT_WORDS
from services.nlp.money.sport import (
    RACE_NAMED_BY_NUMBER,
    has_goals_behinds_score,
    hits_in_tries,
    in_goals_behinds_score,
)

# Cues of sport are looked up, not searched with a pattern: a set of the document's words and a few substring tests
# keep the check well under a millisecond (an alternation of every cue over the text took more than one).
_SPORT_SINGLE = frozenset(w for w in SPORT_WORDS if " " not in w and "-" not in w)
# Words with a hyphen too, which the tokenizer splits ("half-time", "sin-bin"): searched in the text.
_SPORT_PHRASES = tuple(w for w in SPORT_WORDS if " " in w or "-" in w)
_INDIVIDUAL_SINGLE = frozenset(w for w in INDIVIDUAL_SPORT_WORDS if " " not in w)
_INDIVIDUAL_PHRASES = tuple(w for w in INDIVIDUAL_SPORT_WORDS if " " in w)
# Posts only team sport has, and competitions of single players, which tell a tennis report from a cup draw's.
_TEAM_SPORT_POSTS = frozenset({"striker", "midfielder", "goalkeeper", "defender", "winger", "manager", "squad"})
_SINGLE_PLAYER_COMPETITIONS = frozenset({"Grand Slam", "Roland Garros", "US Open", "Australian Open"})
# Ireland's provinces, whose championships Gaelic games play ("the Munster hurling final").
_IRISH_PROVINCES = frozenset({"ulster", "munster", "leinster", "connacht"})
# The model's labels of an Irish county's or province's one word that none is, a person's or a people's
# ("Armagh|PERSON", "the Ulster|PERSON football title").
_IRISH_PLACE_MISLABELS = frozenset({"PERSON", "NORP"})
_PROVINCE_NAMES = "|".join(sorted(province.title() for province in _IRISH_PROVINCES))  # as written: "Ulster"
# Ireland's counties as written, but "Down" (a word).
_COUNTY_NAMES = "|".join(sorted(county.title() for county in IRISH_COUNTIES - {"down"}))
# What names Gaelic games, whose sides are Ireland's counties ("Limerick won the All-Ireland hurling final, beating
# Kilkenny"): the association, its cups and championships (not "hurling abuse", nor an "all-Ireland" economy).
_GAELIC_GAMES = re.compile(
    r"\bGAA\b|\bGaelic\s+football|\bcamogie\b|\bSam\s+Maguire\b|\bLiam\s+MacCarthy\b|\bhurl(?:ing|ers?)\s+"
    r"(?:final|semi-final|quarter-final|championship|league|title|team|side)s?\b|\bAll-Ireland\s+(?:(?:senior|hurling|"
    r"football|camogie)\s+)?(?:final|semi-final|quarter-final|series|championship|title|qualifier)s?\b"
    # A province's championship, a county's only ("the Ulster football title", "the Munster hurling final"), not the
    # provinces' rugby sides' ("Munster reached the final").
    rf"|\b(?:{_PROVINCE_NAMES})\s+(?:senior\s+)?(?:football|hurling)\s+(?:final|semi-final|"
    r"quarter-final|championship|title)s?\b"
    # ... a province's final between two counties ("The Ulster final between Armagh and Donegal"), a score of goals
    # and points after a county ("Cork and Tipperary drew 2-20 apiece", "Limerick won 1-15 to 0-13"; not a height's
    # "5-11 to 6-2" with no county), two counties in a football or hurling result ("Kerry beat Dublin in the football
    # final").
    rf"|\b(?:{_PROVINCE_NAMES})\s+(?:final|semi-final)\s+between\s+(?:{_COUNTY_NAMES})\b"
    rf"|\b(?:{_COUNTY_NAMES})\b[^.\n]{{0,80}}?\b[0-5]-\d{{1,2}}\s+(?:apiece|to\s+[0-5]-\d{{1,2}}\b)"
    rf"|\b(?:{_COUNTY_NAMES})\s+(?:beat|defeated|overcame|drew\s+with|lost\s+to)\s+(?:{_COUNTY_NAMES})\b"
    r"[^.\n]{0,60}?\b(?:football|hurling)\b")
# Distinct words of sport that make a text about sport without a competition or club.
MIN_SPORT_WORDS = 2
# A count in digits or words, as margins and tries are written ("seven wickets", "54 runs", "six tries").
_COUNT = rf"(?:\d{{1,3}}|{'|'.join(list(UNIT_WORDS)[1:])})"
# A match's result told by what only cricket and rugby count, enough alone: a margin in wickets, runs or an innings
# ("beat Hampshire by seven wickets", "by an innings and 32 runs", "by 54 runs"; not "by 54 votes"), tries scored
# ("ran in six tries", "scored a try"; not the verb's "he tries to", nor "after three tries" at a test), a batter's
# unbeaten score ("made an unbeaten 154 against Yorkshire"; not "an unbeaten 12 games", a run of them).
_MATCH_RESULT_CUE = re.compile(
    rf"\bby\s+(?:an\s+innings|{_COUNT}\s+(?:wickets?|runs?))\b"
    r"|\b(?:made|makes|scored|scores|hit|hits|struck|compiled)\s+an\s+unbeaten\s+\d{2,3}"
    r"(?=\s*[.,;]|\s+(?:against|at|in|off|from|as|and|on|before|for|with|not\s+out)\b)"
    rf"|\b(?:scored|scores|scoring|score|ran\s+in|runs?\s+in|running\s+in|bagged|grabbed|crossed\s+for)\s+"
    rf"(?:a|{_COUNT})\s+(?:first-half\s+|second-half\s+|late\s+)?tr(?:y|ies)\b", re.IGNORECASE)
# A game's score: "2-1", "1 - 1", "3–2" (not a date's "2005-12-19", nor a range of three digits: "100-200").
_SCORE = r"(?<![\d/.–-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d/.]|\s?[-–]\s?\d)"
_SCORE_RE = re.compile(_SCORE)
# Verbs of a result between two sides: "Liverpool beat Everton", "Chelsea host Everton", "Inter drew 1-1 with".
_RESULT_VERBS = (r"beat|beats|defeated|defeat|thrashed|hammered|routed|edged|overcame|drew|lost|lose|loses|held|"
                 r"host|hosts|hosted|face|faces|faced|played|play|plays|trailed|trail|stunned|upset|"
                 r"eliminated|knocked\s+out|were\s+beaten|were\s+held|fell|beating|defeating")
# A side after its verb, a score between maybe: "beat ", "drew 1-1 with ", "lost 3-0 to ", "were beaten 2-1 by ".
_AFTER_VERB = re.compile(rf"\b(?:{_RESULT_VERBS})\s+(?:(?:{_SCORE})\s+)?(?:(?:away|at\s+home)\s+)?"
                         r"(?:(?:with|to|at|against|by|over)\s+)?$")
# A side before its verb and the other side's name: "Liverpool beat Everton", "Liverpool, who drew 1-1 at Aston
# Villa", "Chelsea host Everton" (not "Aberdeen hosted the match", a venue, nor "Monaco faced criticism").
_BEFORE_VERB = re.compile(rf"\s*(?:,\s*who\s+)?(?:have\s+|had\s+)?(?:{_RESULT_VERBS})\s+(?:(?:{_SCORE})\s+)?"
                          r"(?:(?:away|at\s+home)\s+)?(?:(?:with|to|at|against|by|over)\s+)?(?:the\s+)?[A-Z]")
# A move between clubs before a club's name: "Raphinha joined Barcelona", "signed for Lazio", "on loan at Everton" (in
# a text about sport; not "moved to", of towns as often).
_TRANSFER_BEFORE = re.compile(r"\b(?:joined|joins|join|joining|rejoined|rejoins|rejoin|(?:signed|signs|sign|signing)\s+"
                              r"for|on\s+loan\s+(?:at|to|with)|loaned\s+to)\s+$")
# A score right after a side's name, or between the result's verb and it: "beat Rome 2-1", "drew 1-1 with Rome"; or
# the winning margin in points, goals, runs or wickets ("beating Brisbane by four points", Australian football's).
_SCORE_AFTER = re.compile(rf"\s*(?:{_SCORE}|by\s+(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?)\s+"
                          r"(?:points?|goals?|runs?|wickets?)\b)")
# A listed club's title won, right after its name: "North Melbourne won the AFLW premiership", "Collingwood claimed
# the flag" (not "Leeds won the bid": no title's word).
_TITLE_WON_AFTER = re.compile(r"\s+(?:won|claimed|clinched|retained|lifted|sealed)\s+(?:the|their|a|a\s+first)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:premiership|flag|title|cup|trophy|championship|grand\s+final)\b")
_SCORE_BEFORE = re.compile(rf"{_SCORE}\s+(?:\w+\s+){{0,2}}$")
# A result's noun and the side after it: "a 2-0 win over Lazio", "their 3-1 defeat to Fulham".
_RESULT_NOUN_BEFORE = re.compile(rf"\b{_SCORE}\s+(?:(?:home|away|league|cup)\s+)?"
                                 r"(?:win|victory|defeat|loss|draw|triumph|thrashing)\s+(?:over|against|to|at|by|with)"
                                 r"\s+$")
# A side's possessive before its result: "Arsenal's 2-1 win".
_RESULT_NOUN_AFTER = re.compile(rf"(?:'s|’s|'|’)\s+{_SCORE}\s+(?:(?:home|away|league|cup)\s+)?"
                                r"(?:win|victory|defeat|loss|draw|triumph|thrashing)\b")
# Words of a match near a result verb without a score: "Chelsea host Everton in the derby".
_MATCH_WORDS = re.compile(r"\b(?:match|game|derby|fixture|clash|kick-off)\b", re.IGNORECASE)
# Words before a name that make it a place, whatever the sport: "back to Liverpool", "in Turin", "near Barcelona".
_PLACE_BEFORE = frozenset({"in", "near", "outside", "around", "across", "through", "into", "from"})
# Words after a name that make it the town: "Liverpool city centre", "Bournemouth beach", "Aberdeen City Council",
# "Newcastle upon Tyne", "Leeds magistrates".
_PLACE_AFTER = frozenset({"city", "centre", "center", "airport", "residents", "council", "beach", "mayor", "police",
                          "university", "station", "harbour", "port", "cathedral", "metro", "regional", "hospital",
                          "people", "upon", "magistrates"})
# Nouns of a town before "of" and its name: "the city of Liverpool".
_TOWN_NOUNS = frozenset({"city", "town", "port"})
# A town's noun in an apposition right after its name: "Castleford, a former mining town", "Wigan, the borough".
# (not its possessive: "Castleford, the town's pride, were booed off", the club)
_TOWN_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:town|city|village|borough|suburb|port)\b(?!['’])")
# Words after a town's name that make a council, a police force or a court of it: "Leeds City Council", "Wigan
# Council", "Leeds Crown Court".
_INSTITUTION_AFTER = frozenset({"city", "council", "borough", "police", "magistrates", "crown"})
# A dateline's date after a place: "MILAN 1996-08-30".
_DATE = re.compile(r"[ \t]+\d{4}-\d{2}-\d{2}\b")
# Where a team's mentions that differ from the place's are grouped: a key no place has ("liverpool fc", the club's).
TEAM_KEY_SUFFIX = "fc"
# Labels of a mention a result may make a side: a law's too, the model's of a club with its score ("beat Lyon 2-0|LAW").
_SIDE_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON", "NORP", "FAC", "PRODUCT", "LAW"})
_HONORIFICS = frozenset(h.casefold().rstrip(".") for h in HONORIFICS)
# Clubs of more than one word by their compact form ("sanfrancisco49ers"), and the most words one has.
_LONG_CLUBS = frozenset(_compact(name) for name in SPORTS_CLUBS if " " in name)
_LONGEST_CLUB = max(len(name.split()) for name in SPORTS_CLUBS)
# Last words of the North American teams, and football's nicknames of one word: "the Dodgers", "the Lakers", "the
# Gunners" are the team.
_TEAM_NICKNAMES = frozenset(name.split()[-1] for name in NORTH_AMERICAN_TEAMS) \
    | frozenset(name for name in FOOTBALL_NICKNAMES if " " not in name) | SUPER_RUGBY_NICKNAMES | NETBALL_NICKNAMES
# Labels the model gives a team's nickname, which a team's is not ("the Dodgers|PERSON", "the Lakers|LAW").
_NICKNAME_MISLABELS = frozenset({"PERSON", "NORP", "LAW", "WORK_OF_ART", "PRODUCT"})
# Nicknames written alone, in lower case: "celtics", "maple leafs" (not "club", "sun", "sky").
_NICKNAMES = frozenset(name.split()[-1] for name in NORTH_AMERICAN_TEAMS if name.split()[-1] not in NOT_NICKNAMES) \
    | TEAM_NICKNAMES_OF_TWO_WORDS | frozenset(FOOTBALL_NICKNAMES) | SUPER_RUGBY_NICKNAMES | NETBALL_NICKNAMES
# Football's nicknames that name nothing else ("Juve", "Los Blancos", "the Rossoneri"): the team wherever a text about
# sport writes them, whatever the model said ("Juve|PERSON", "Los Blancos|GPE").
_OWN_FOOTBALL_NICKNAMES = frozenset(FOOTBALL_NICKNAMES) - COMMON_WORD_NICKNAMES
# Football nicknames and clubs that a North American team's nickname writes too ("Spurs", "Eagles", "Hornets",
# "Saints", "Reds", "Blues"; Rangers, whose "Gers" would join the Texas Rangers): no club's in a text naming such a team
# or league.
_NORTH_AMERICAN_LAST_WORDS = frozenset(name.split()[-1] for name in NORTH_AMERICAN_TEAMS) | TEAM_NICKNAMES_OF_TWO_WORDS
_SHARED_WITH_NORTH_AMERICA = frozenset(nickname for nickname, clubs in FOOTBALL_NICKNAMES.items()
                                       if nickname in _NORTH_AMERICAN_LAST_WORDS
                                       or any(club in _NORTH_AMERICAN_LAST_WORDS for club in clubs))
# What names North American sport: a team by its full name or by a nickname no European club is known by ("Lakers",
# "Cowboys", "Giants"), or a league.
_NORTH_AMERICAN_NAMES = (frozenset(NORTH_AMERICAN_TEAMS) | _NORTH_AMERICAN_LAST_WORDS) \
    - frozenset(FOOTBALL_NICKNAMES) - frozenset(club for clubs in FOOTBALL_NICKNAMES.values() for club in clubs)
_NORTH_AMERICAN_LEAGUES = frozenset({"nba", "nfl", "nhl", "mlb", "wnba", "nfc"})
# Names a sport text's reader knows for a team: clubs, and North American nicknames.
_KNOWN_TEAMS = PLACE_NAMED_CLUBS | SPORTS_CLUBS | _NICKNAMES
# A match report's score line at a line's start: "Celtics 118, Knicks 104:", "England 27 Wales 18:", "Bruins 3,
# Rangers 2 (OT):", "Exeter Chiefs 30 Gloucester 17." (two sides, each with its points), perhaps after a results
# heading's colon: "Round 24: Olympiacos 79 Fenerbahce 88.", "ROUND 5 RESULTS: Carlton 88 Collingwood 75.".
_SIDE = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}"
_RESULTS = r"(?:[Rr]esults?|RESULTS?)"
_RESULTS_HEADING = rf"(?:(?:[Rr]ound|ROUND|[Ww]eek|WEEK)\s\d{{1,2}}(?:\s{_RESULTS})?|{_RESULTS}):\s"
_SCORE_LINE = re.compile(rf"^(?:{_RESULTS_HEADING})?(?P<home>{_SIDE})\s(?P<home_points>\d{{1,3}}),?\s"
                         rf"(?P<away>{_SIDE})\s"
                         r"(?P<away_points>\d{1,3})(?:\s\([A-Z]{1,3}\))?(?=[:.]\s)", re.MULTILINE)
# A result between two known teams, with its score after them or after the verb: "Leinster beat Munster 33-20", "The
# Lakers beat the Warriors 112-108", "The Red Devils lost 3-0 to the Villans".
_CLUBS_RESULT = re.compile(rf"\b(?:[Tt]he\s)?(?P<home>{_SIDE})\s(?:(?:{_RESULT_VERBS})\s(?:the\s)?(?P<away>{_SIDE})\s"
                           rf"\d{{1,3}}\s?[-–]\s?\d{{1,3}}\b|(?:{_RESULT_VERBS})\s\d{{1,3}}\s?[-–]\s?\d{{1,3}}\s"
                           rf"(?:(?:to|against|with|by|over|at)\s)?(?:the\s)?(?P<away2>{_SIDE}))")


@dataclass
class SportReading:
    """What the sport rules decided of a document's mentions."""

    mentions: list[Mention]
    # Keys whose every mention is the team (or, the player): a label for the whole group.
    forced: dict[tuple[str, ...], str] = field(default_factory=dict)
    # (place key, team key) pairs that name a town and its club: two entities.
    apart: set[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=set)
    # The text is about sport: a town's name there may be its club's anywhere.
    about: bool = False
    # Football nicknames' keys and the key of the one club each may stand for that the text names: "gunners" of
    # "arsenal" (joined where a mention writes the nickname as a team's: `Groups.link_club_nicknames`).
    clubs: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)


def is_known_team(word: str) -> bool:
    """A club or a team's nickname that a reader knows by this one word ("Rangers", "Wolves", "Chiefs")."""
    return word.casefold() in _KNOWN_TEAMS


def is_about_sport(doc: Doc, mentions: list[Mention]) -> bool:
    """The text names a competition or a known club, or uses several distinct words of sport."""
    if any(" ".join(m.key or _key_at(doc, m.start, m.end)) in SPORTS_CLUBS for m in mentions if m.label == "ORG"):
        return True
    text = text_of(doc)
    if any(_has_phrase(text, name) for name in SPORT_COMPETITIONS) or is_about_gaelic_games(doc) \
            or has_goals_behinds_score(text) or _MATCH_RESULT_CUE.search(text):
        return True
    words = _lower_words(doc)
    found = {w.rstrip("s") for w in _SPORT_SINGLE & words}
    if len(found) >= MIN_SPORT_WORDS:
        return True
    lowered = text.lower()
    return len(found) + sum(_has_phrase(lowered, phrase) for phrase in _SPORT_PHRASES) >= MIN_SPORT_WORDS \
        or _known_teams_play(text) or _club_before_player_post(doc, words)


# A player's post that only football writes after a club's name: "Leeds winger Raphinha" (not "manager", "boss", "fans":
# "Leeds manager" of a council's or a shop's; nor "defender", of rights too).
_PLAYER_POSTS = frozenset({"striker", "midfielder", "goalkeeper", "winger"})
_CLUB_NAMES = PLACE_NAMED_CLUBS | SPORTS_CLUBS


# A player's post that only American sports write after a team's nickname: "The Jets quarterback threw two
# interceptions" (a person to the model, in a text with one other word of sport).
_NICKNAMES_PLAYER_POSTS = frozenset({"quarterback", "linebacker", "cornerback", "pitcher", "shortstop", "outfielder",
                                     "goaltender"})


def _club_before_player_post(doc: Doc, words: frozenset[str]) -> bool:
    """A known club's name right before a player's post, one word of sport that is enough: "Chelsea targeted Leeds
    winger Raphinha"; or a North American team's nickname before an American sport's post ("Jets quarterback")."""
    if not (_PLAYER_POSTS | _NICKNAMES_PLAYER_POSTS) & words:
        return False
    lowers = lowers_of(doc)
    for i in range(1, len(doc)):
        if lowers[i] in _PLAYER_POSTS and doc[i].is_lower:
            for length in (2, 1):
                start = i - length
                if start >= 0 and all(t.is_title for t in doc[start:i]) \
                        and " ".join(lowers[start:i]) in _CLUB_NAMES:
                    return True
        if lowers[i] in _NICKNAMES_PLAYER_POSTS and doc[i].is_lower and doc[i - 1].is_title \
                and lowers[i - 1] in _NICKNAMES:
            return True
    return False


def is_about_gaelic_games(doc: Doc) -> bool:
    """The text names Gaelic games' body, a cup or a championship (`_GAELIC_GAMES`); decided once per document."""
    found = doc.user_data.get(_GAELIC)
    if found is None:
        found = doc.user_data[_GAELIC] = _GAELIC_GAMES.search(text_of(doc)) is not None
    return found


_GAELIC = "newswire.sport.gaelic_games"


def _is_club_name(doc: Doc, name: str) -> bool:
    """A club named after a place (`PLACE_NAMED_CLUBS`), or an Irish county in a text about Gaelic games, where the
    county is the side ("Kerry beat Galway by 1-15 to 0-13")."""
    return name in PLACE_NAMED_CLUBS or (name in IRISH_COUNTIES and is_about_gaelic_games(doc))


# Counties that are given names as well ("Kerry Katona", "Clare Balding", "Tyrone"): a place only where written as a
# list's item or after a preposition of place, and not where the text names a person by them. "Down" is a word.
_GIVEN_NAME_COUNTIES = frozenset({"kerry", "clare", "tyrone"})
_NOT_COUNTY_NAMES = frozenset({"down"})
# The model's labels of a county's name that no place is ("Mayo|ORG", "Kerry|PERSON"): an organisation only outside
# sport, where a county is no side.
_COUNTY_MISLABELS = frozenset({"PERSON", "ORG", "NORP"})
# What a county's name in a list or a place follows: "in Kerry and Mayo", "hit Galway, Mayo and Donegal".
_COUNTY_LIST_OPENERS = frozenset({",", "and", "or", "in", "near", "across", "around", "throughout", "from"})


def irish_counties(doc: Doc, mentions: list[Mention], sport: SportReading) -> set[tuple[str, ...]]:
    """Keys of Ireland's counties written alone that the model took for a person or a body: places ("Flooding hit
    Galway, Mayo and Donegal", "Kerry Katona said Cork was lovely"). Where Gaelic games are played, whose sides the
    counties are, only after a preposition of place ("clubs in Kerry and Mayo"), and none a side of the text's; an
    organisation's vote stands in other texts about sport, a given name's where the text names a person by it or
    writes it outside a list."""
    gaelic = is_about_gaelic_games(doc)
    about_sport = sport.about
    people = {word for m in mentions if m.label == "PERSON" and m.end - m.start > 1 for word in m.key}
    places = {i for m in mentions if m.label in ("GPE", "LOC") for i in range(m.start, m.end)}
    # "Cork City", "Mayo Clinic": the one word may be their short form.
    longer = {m.key[0] for m in mentions if len(m.key) > 1 and m.label != "GPE"}
    # A county's word a title names a person by, anywhere in the text: "Lord Longford ... Longford said".
    titled = {m.key for m in mentions if m.start > 0 and doc[m.start - 1].lower_.rstrip(".") in ALL_TITLES}
    found = set()
    for m in mentions:
        if len(m.key) != 1 or m.label not in _COUNTY_MISLABELS or (m.label == "ORG" and about_sport and not gaelic) \
                or m.key in titled or (m.label == "ORG" and _is_played_in_a_clause(doc, m)):
            continue  # "Kerry beat Mayo in the final": the model's side, played in its clause
        name = m.key[0]
        if name not in IRISH_COUNTIES or name in _NOT_COUNTY_NAMES or name in longer or _is_honoured(doc, m) \
                or sport.forced.get(m.key) == "ORG" or (gaelic and not listed_after_a_locative(doc, m.start)):
            continue
        if name in _GIVEN_NAME_COUNTIES and (name in people or m.start == 0
                                             or doc[m.start - 1].lower_ not in _COUNTY_LIST_OPENERS
                                             or not _follows_a_place(doc, m.start, places)):
            continue
        if m.label == "ORG" and (m.start == 0 or (doc[m.start - 1].lower_ not in _COUNTY_LIST_OPENERS
                                                  and doc[m.start - 1].pos_ != "ADP")):
            continue  # a firm or a side named by the county, opening its clause: "Waterford said profits fell"
        found.add(m.key)
    return found


def irish_provinces(doc: Doc, mentions: list[Mention], sport: SportReading) -> set[tuple[str, ...]]:
    """Keys of Ireland's provinces written alone that a text about Gaelic games has and the model took for a person:
    places ("the Ulster football title", "the Munster hurling championship"); rugby's provinces, whose texts name no
    Gaelic games, keep the model's label, and so does a province a side of a result or played in its clause in a text
    of both ("Munster beat Leinster 20-15 in the URC, while Kerry won the Munster football final")."""
    if not is_about_gaelic_games(doc):
        return set()
    sides = {m.key for m in mentions if sport.forced.get(m.key) == "ORG"
             or (m.label == "ORG" and _is_played_in_a_clause(doc, m))}
    return {m.key for m in mentions if m.label in _IRISH_PLACE_MISLABELS and len(m.key) == 1
            and m.key[0] in _IRISH_PROVINCES and doc[m.start].is_title and m.key not in sides}


# Words joining a list's items, after which a given name's county is a place only beside another place.
_LIST_JOINERS = frozenset({",", "and", "or"})


def _follows_a_place(doc: Doc, start: int, places: set[int]) -> bool:
    """The name at `start` is no list's item, or the item before it is a county or a place: "in Kerry and Clare",
    not "Blinken and Kerry met", "Anna, Clare and Sophie"."""
    if doc[start - 1].lower_ not in _LIST_JOINERS:
        return True
    return start > 1 and (doc[start - 2].lower_ in IRISH_COUNTIES or start - 2 in places)


def _as_county(doc: Doc, m: Mention) -> Mention:
    """An Irish county's one word the model took for a date ("Cork and Tipperary drew": "Tipperary|DATE") is a place,
    whose name the sport rules may make a side."""
    if m.label == "DATE" and m.end - m.start == 1 and doc[m.start].is_title \
            and doc[m.start].lower_ in IRISH_COUNTIES - _NOT_COUNTY_NAMES:
        m.label = "GPE"
        m.key = _key_at(doc, m.start, m.end)
    return m


# A result between two teams by their nicknames, each after "the", without a score: "The Heat lost to the Celtics"
# (a person to the model, the other missed, in a text with no word of sport).
_NICKNAMES_RESULT = re.compile(r"\b[Tt]he\s(?P<home>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\s(?:beat|defeated|edged|routed|"
                               r"downed|swept|lost\sto|fell\sto|lost\sagainst)\sthe\s(?P<away>[A-Z][\w'’-]*"
                               r"(?:\s[A-Z][\w'’-]*)?)\b")


def _known_teams_play(text: str) -> bool:
    """Two known teams (or countries) in a score line, or two known teams in a result with its score: "Celtics 118,
    Knicks 104:", "England 27 Wales 18:", "Leinster beat Munster 33-20" (not "Labour 15, Conservatives 12:", nor a
    vote's "Milan beat Rome 47-34"); or two North American nicknames in a result, one no common word: "the Heat lost to
    the Celtics" (not "the Saints beat the Devils" of a legend)."""
    return any(_is_known_side(match["home"], countries)
               and _is_known_side(match["away"] or match.groupdict().get("away2") or "", countries)
               for pattern, countries in ((_SCORE_LINE, True), (_CLUBS_RESULT, False))
               for match in pattern.finditer(text)) \
        or any(_is_nickname(match["home"]) and _is_nickname(match["away"])
               and not {match["home"].lower(), match["away"].lower()} <= COMMON_WORD_NICKNAMES
               for match in _NICKNAMES_RESULT.finditer(text))


def _is_nickname(name: str) -> bool:
    """A North American team's nickname, of one word or two ("Celtics", "Red Sox")."""
    return name.lower() in _NICKNAMES or name.lower() in TEAM_NICKNAMES_OF_TWO_WORDS


def _is_known_side(name: str, countries: bool) -> bool:
    """A known team's name, or a country's where `countries`: "England 27 Wales 18:" is a match's score line."""
    return name.lower() in _KNOWN_TEAMS or (countries and _is_country_or_state(tuple(name.lower().split())))


def _has_phrase(text: str, phrase: str) -> bool:
    """The phrase is written in the text as whole words: "NFL" not of "CONFLICT", "first set" not of "first
    setback" (a substring search first, which is fast, then its edges)."""
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if not (at > 0 and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            return True
        at = text.find(phrase, at + 1)
    return False


def _lower_words(doc: Doc) -> frozenset[str]:
    """The document's words in lower case, whatever their case ("SOCCER" of a headline); built once per document."""
    words = doc.user_data.get(_LOWER_WORDS)
    if words is None:
        words = doc.user_data[_LOWER_WORDS] = frozenset(lowers_of(doc))
    return words


_LOWER_WORDS = "newswire.sport.lower_words"


def _is_about_single_players(doc: Doc) -> bool:
    """A word of a sport of single players ("the second set", "darts") and none of a team sport's competitions or
    posts: a cup draw's "match point" names no players."""
    words = _lower_words(doc)
    if not _INDIVIDUAL_SINGLE & words:
        lowered = text_of(doc).lower()
        if not any(_has_phrase(lowered, p) for p in _INDIVIDUAL_PHRASES):
            return False
    text = text_of(doc)
    return not (_TEAM_SPORT_POSTS & words) and not any(_has_phrase(text, name) for name in SPORT_COMPETITIONS
                                                        if name not in _SINGLE_PLAYER_COMPETITIONS)


# Competitions a report of golf, motor racing or boxing names that no team sport plays.
_SOLO_COMPETITIONS = _SINGLE_PLAYER_COMPETITIONS | {"Grand Prix", "Formula One", "Ryder Cup", "MotoGP", "IndyCar",
                                                     "NASCAR"}
# Golf's Masters as a tournament won or played ("won the Masters", "at the Masters"; not "a Masters in law"), and a
# women's Open of golf or tennis ("Maja Stark won the US Women's Open", a body to the model; no team plays one).
_MASTERS_PLAYED = re.compile(r"\b(?:won|wins?|winning|winner|champion|at|lead|leads|leading|leader)\s+the\s+"
                             r"(?:Masters\b|(?:(?:US|U\.S\.|Australian|Canadian|Scottish|Irish|Japan)\s+)?"
                             r"Women[’']s\s+Open\b)")

# A race's Grand Prix, named by its place ("the Miami Grand Prix", "the British Grand Prix"; not "The Grand Prix").
_PLACES_GRAND_PRIX = re.compile(r"\b(?!The\b)[A-Z][a-z]+\s+Grand\s+Prix\b")
# Phrases only a fight's or a race's report writes, cues on their own: a fight decided "on points" ("lost on points
# to Usyk", "won on points"; not a league's "on points difference" nor "level on points"), a circuit's numbered
# corner ("passed Verstappen at Turn 1").
_SOLO_RESULT_PHRASES = re.compile(r"\b(?:won|win|wins|lost|lose|loses|beat|beats|outpointed)\s+(?:\w+\s+)?on\s+points\b"
                                  r"(?!\s+difference)|\b(?:at|into|through|out\s+of)\s+Turn\s+\d{1,2}\b")


def _is_about_a_solo_sport(doc: Doc) -> bool:
    """Golf, motor racing or boxing by its words (see `SOLO_SPORT_WORDS`), or a sport of single players (see
    `_is_about_single_players`), with no team sport's posts nor competitions; worked out once per document (the
    solo winners' steps both ask, and it searches the whole text)."""
    known = doc.user_data.get(_SOLO_SPORT)
    if known is None:
        known = doc.user_data[_SOLO_SPORT] = _reads_as_a_solo_sport(doc)
    return known


_SOLO_SPORT = "newswire.sport.solo_sport"


def _reads_as_a_solo_sport(doc: Doc) -> bool:
    """What `_is_about_a_solo_sport` says of the document."""
    words = _lower_words(doc)
    text = text_of(doc)
    if not (SOLO_SPORT_WORDS & words or (BOXING_WEIGHTS & words and FIGHT_WORDS & words)
            or ("prix" in words and (GRAND_PRIX_RACE_WORDS & words or _PLACES_GRAND_PRIX.search(text)))
            or _MASTERS_PLAYED.search(text) or _SOLO_RESULT_PHRASES.search(text)):
        return _is_about_single_players(doc)
    return not (_TEAM_SPORT_POSTS & words) and not any(_has_phrase(text, name) for name in SPORT_COMPETITIONS
                                                        if name not in _SOLO_COMPETITIONS)


# Verbs of a single player's result, whose subject is the player: "Scheffler won the Masters", "McIlroy missed a short
# putt", "Usyk knocked out Dubois" (not "pass" nor "stop", of laws and police too).
_WINNING_LEMMAS = frozenset({"win", "lose", "miss", "finish", "beat", "defeat", "claim", "take", "retain", "clinch",
                             "lead", "shoot", "card", "hole", "sink", "knock", "outpoint", "overtake", "crash",
                             "retire", "triumph", "seal"})
# ... and those whose object is the other player: "knocked out Dubois", "passed Verstappen".
_BEATEN_LEMMAS = frozenset({"beat", "defeat", "knock", "outpoint", "stop", "overtake", "pass", "pip", "edge",
                            "dethrone"})
# What such a result's verb has as its object, where it has a common noun's: the player's prize, race or shot ("won
# the title", "missed a short putt", "took pole"); not business's ("Comcast took a stake", "Carlsberg missed
# forecasts", "led the funding round"); a tournament's "Open" the tagger may take for a common noun ("won the US
# Women's Open at Erin Hills").
_RESULT_OBJECTS = frozenset({"open", "title", "race", "round", "pole", "belt", "lead", "point", "medal", "gold",
                             "silver", "bronze", "podium", "championship", "tournament", "fight", "bout", "shot",
                             "putt", "birdie", "eagle", "par", "bogey", "lap", "victory", "win", "place", "spot", "cut",
                             "playoff", "play-off", "major", "trophy", "crown", "jacket", "match", "final", "decision",
                             "rematch", "prix", "card", "score", "stroke", "hole", "green", "knockdown", "sprint"})
# Labels the model gives such a player's surname: "Scheffler|ORG", "Norris|ORG", "Dubois|GPE".
_SOLO_MISLABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "WORK_OF_ART", "LAW"})


def _solo_winners(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of one-word names in a text about golf, motor racing or boxing (see `_is_about_a_solo_sport`) that are the
    subject of a player's result or the object of a beating, which the model took for a body or a place: surnames
    ("Scheffler won the Masters at Augusta", "Usyk knocked out Dubois"); see `_is_solo_winner`."""
    if not _is_about_a_solo_sport(doc):
        return _placed_without_sport_words(doc, mentions)
    return {m.key for m in mentions if m.label in _SOLO_MISLABELS and m.key
            and (m.end - m.start == 1 or _is_full_name(doc, m)) and _is_solo_winner(doc, doc[m.end - 1])}


def _placed_without_sport_words(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of such mislabelled names that a result places without any word of its sport: a full name finishing in a
    place ("Ricarda Funk|ORG finished second"), a rival placed beside a person who won or finished ("Max Verstappen
    finished ahead of Hamilton, with Leclerc|ORG third"); not a party placed beside a party ("Labour finished ahead
    of the Tories, with Reform third")."""
    found = set()
    for m in mentions:
        if m.label not in _SOLO_MISLABELS or not m.key:
            continue
        last = doc[m.end - 1]
        full_name = m.end - m.start > 1 and _is_full_name(doc, m)
        if full_name and _finishes_in_a_place(last):
            found.add(m.key)
        elif m.label == "ORG" and m.end - m.start > 1 and _after_a_countrys_possessive(doc, m.start) \
                and _may_be_an_athlete(doc, m.start, m.end) and _finishes_in_a_place(last, _PLACING_LEMMAS) \
                and not _placed_among(last.head):
            found.add(m.key)  # a name the lists do not know: "Ethiopia's Diribe Welteji|ORG was second"
        elif (full_name or (m.end - m.start == 1 and _is_no_known_name(doc, last))) \
                and _is_placed_rival(doc, last) and _won_by_a_person(doc, mentions, last):
            found.add(m.key)
    return found


# What a place is finished in, where the verb says ("finished second in the final"): an event's, not a firm's ("Morgan
# Stanley finished second in the league table of advisers").
_PLACED_IN = _RESULT_OBJECTS | {"heat", "event", "standings", "semi-final", "semifinal", "qualifying", "classification",
                                "stage", "slalom", "sprint", "championships", "competition", "leg"}


# Lemmas of a verb placing its subject by an ordinal after a country's possessive: "Ethiopia's Diribe Welteji was
# second", "... came third".
_PLACING_LEMMAS = frozenset({"finish", "be", "come"})


def _finishes_in_a_place(subject: Token, lemmas: frozenset[str] = frozenset({"finish"})) -> bool:
    """The subject of "finished" (or another of `lemmas`) with an ordinal's place, in an event if the verb says where:
    "Ricarda Funk finished second", "... second in the final" (not "... second in the league table")."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_ not in lemmas or not any(
            c.ent_type_ == "ORDINAL" and c.dep_ in ("advmod", "npadvmod", "oprd", "acomp", "attr")
            for c in verb.children):
        return False
    return all(o.pos_ == "PROPN" or o.lemma_.lower() in _PLACED_IN
               for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for o in c.children
               if o.dep_ == "pobj")


def _placed_among(verb: Token) -> bool:
    """The verb's place is among others than an event's runners: "Nippon Steel was second among the bidders"."""
    return any(c.dep_ == "prep" and c.lower_ not in ("in", "at", "behind")
               for t in (verb, *verb.children) for c in t.children)


def _won_by_a_person(doc: Doc, mentions: list[Mention], token: Token) -> bool:
    """The sentence of the token has a person, or a full name the model took for a body, for the subject of a
    player's result: "Max Verstappen finished", "Novak Djokovic|ORG lost 6-4 to Sinner"."""
    people = {i for m in mentions if m.label == "PERSON" or (m.label in _SOLO_MISLABELS and _is_full_name(doc, m))
              for i in range(m.start, m.end)}
    return any(t.dep_ == "nsubj" and t.i in people and t.head.lemma_ in _WINNING_LEMMAS for t in token.sent)


# Labels the model gives a motor racing team placed by a race's result: "with Alpine|PERSON fifth".
_CONSTRUCTOR_MISLABELS = frozenset({"PERSON", "GPE", "NORP", "PRODUCT", "WORK_OF_ART"})


def _placed_constructors(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of motor racing's teams (see `RACING_CONSTRUCTORS`) that a text about motor racing places after "with",
    which the model took for people: "won the Japanese Grand Prix from pole, with Alpine|PERSON fifth" (not in a
    text of tennis: "with Williams sixth" is Serena there; nor "ahead of Williams", a driver too). A text of no
    motor racing's word will do when the sentence is of a race won: "Verstappen won the race, with Alpine fifth"
    (not where the text names an event, a grand prix making it about motor racing anyway: "Jones won the sprint,
    with Williams third, at the Commonwealth Games" places a runner)."""
    about = _is_about_motor_racing(doc)
    evented = any(m.label == "EVENT" for m in mentions)
    return {m.key for m in mentions if m.label in _CONSTRUCTOR_MISLABELS and m.end - m.start == 1
            and m.key == (doc[m.start].lower_,) and m.key[0] in RACING_CONSTRUCTORS
            and _is_placed_after_with(doc, doc[m.start])
            and (about or (not evented and _in_a_race_won(doc[m.start])))}


# Lemmas of a race's nouns that a sentence placing a team after "with" tells was won ("won the race").
_RACE_NOUNS = frozenset({"race", "sprint"})


def _in_a_race_won(token: Token) -> bool:
    """The token's sentence has a race (see `_RACE_NOUNS`) for the object of a verb of winning, and places no name
    but motor racing's teams: "Verstappen won the race, with Alpine fifth" (not "with Williams sixth" in a ranking
    of tennis, nor "won the race, with Williams fifth and Thomas sixth", riders)."""
    sent = token.sent
    return any(t.dep_ == "dobj" and t.lemma_ in _RACE_NOUNS and t.head.lemma_ in ("win", "lead", "finish")
               for t in sent) \
        and all(t.lower_ in RACING_CONSTRUCTORS for t in sent[:-1]
                if t.pos_ == "PROPN" and (t.nbor().ent_type_ == "ORDINAL" or t.nbor().lower_ in _PLACE_WORDS))


# Most words of a player's full name the model took for a body: "Tyson Fury", "Oscar De La Hoya".
_FULL_NAME_WORDS = 4


def _is_full_name(doc: Doc, m: Mention) -> bool:
    """A given name and capitalised words after it, no known body, team, maker nor place: "Tyson Fury|ORG lost on
    points" (not "Aston Martin", "Red Bull", "Hong Kong": the winner's test reads the last word alone)."""
    name = " ".join(m.key)
    return m.end - m.start <= _FULL_NAME_WORDS and is_given_name(doc[m.start].text) \
        and all(t.is_alpha and t.text[:1].isupper() for t in doc[m.start:m.end]) \
        and not (_is_known_organisation(m.key) or name in _KNOWN_TEAMS or name in CAR_MAKERS
                 or name in RACING_CONSTRUCTORS or _in_gazetteer(doc[m.start:m.end].text)
                 or _is_country_or_state(m.key))


# The series' word after a round's place, as MotoGP's press names its races: "the San Marino MotoGP", "the Dutch
# MotoGP" (not "MotoGP" alone, the series).
_ROUND_SERIES = frozenset({"MotoGP"})
# The most words of a round's place: "the Emilia Romagna MotoGP".
_ROUND_PLACE_WORDS = 3


def _with_series_rounds(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a race named by its place before a series' word an event that holds whatever the model found in
    it: "Bagnaia won the San Marino MotoGP" (nothing)."""
    words = words_of(doc)
    found = []
    for i, word in enumerate(words):
        if word not in _ROUND_SERIES:
            continue
        start = i
        while start > i - _ROUND_PLACE_WORDS and start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        if start < i and start > 0 and doc[start - 1].lower_ == "the":
            found.append(Mention(start, i + 1, "EVENT", 1.0, "sport", key=_key_at(doc, start, i + 1)))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start < m.end and m.start < f.end for f in found)]
    return sorted(kept + found, key=lambda m: m.start)


def _with_missed_solo_winners(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, and persons for the one-word names of such a text that the model missed, the subject of a
    player's result or the object of a beating: "Bagnaia won the San Marino MotoGP." (nothing)."""
    if not _is_about_a_solo_sport(doc):
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = [Mention(t.i, t.i + 1, "PERSON", 1.0, "sport", key=_key_at(doc, t.i, t.i + 1)) for t in tokens_of(doc)
             if t.i not in covered and t.pos_ == "PROPN" and not t.n_lefts and not t.n_rights
             and _is_solo_winner(doc, t)]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _is_solo_winner(doc: Doc, token: Token) -> bool:
    """A capitalised word that is the subject of a player's result or the object of a beating; not a known place,
    country, firm, club, team or maker ("Ferrari finished first"), nor a name after an article or a possessive ("his
    Red Bull")."""
    if not (token.is_alpha and token.text[:1].isupper() and not token.is_upper) \
            or (token.i > 0 and doc[token.i - 1].pos_ in ("DET", "PRON")):
        return False
    if _is_placed_rival(doc, token):
        return _is_no_known_name(doc, token)
    verbs = _WINNING_LEMMAS if token.dep_ == "nsubj" else _BEATEN_LEMMAS if token.dep_ == "dobj" else None
    if verbs is None or token.head.pos_ != "VERB" \
            or not (token.head.lemma_ in verbs or _beats_a_named_rival(token)) \
            or (token.dep_ == "nsubj" and not _is_a_results_object(token.head)):
        return False
    return _is_no_known_name(doc, token)




def _is_no_known_name(doc: Doc, token: Token) -> bool:
    """Not a known place, country, firm, party, ground, club, team or maker ("Ferrari finished first"), nor a town's
    dateline."""
    name = token.lower_
    return not (_in_gazetteer(token.text) or _is_country_or_state((name,)) or _is_known_organisation((name,))
                or name in PARTIES_BY_A_WORD  # "lost to Reform": a party, whoever lost
                or name in SPORTS_GROUNDS  # a circuit or a course: "Silverstone lost the British Grand Prix"
                or name in _KNOWN_TEAMS or name in CAR_MAKERS or name in RACING_CONSTRUCTORS or name in DEMONYMS
                or _before_its_country(doc, token.i + 1))


def _is_placed_rival(doc: Doc, token: Token) -> bool:
    """A rival placed by the result: after "ahead of" ("won the Dutch Grand Prix ahead of Hamilton"), "behind" a
    result's verb ("finished second behind Piastri"), "lost to" ("lost to Leigh Wood"), or before a place after
    "with" ("with Leclerc third")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "ahead":
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "behind" and token.head.head.pos_ == "VERB" \
            and token.head.head.lemma_ in _WINNING_LEMMAS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_ == "lose":
        return token.head.head.pos_ == "VERB"  # "lost on points to Dubois"
    return _is_placed_after_with(doc, token)


# A race's places as words, which the model may run into the name before them ("with Alpine fifth" one person).
_PLACE_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                          "tenth"})


def _is_placed_after_with(doc: Doc, token: Token) -> bool:
    """A name between "with" and its place: "with Leclerc third", "with Alpine fifth"."""
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].lower_ == "with" \
        and (doc[token.i + 1].ent_type_ == "ORDINAL" or doc[token.i + 1].lower_ in _PLACE_WORDS)


def _beats_a_named_rival(subject: Token) -> bool:
    """The subject of a verb of beating another whose object is a name: "Norris|ORG passed Verstappen" (not "the
    Senate passed the bill")."""
    verb = subject.head
    return subject.dep_ == "nsubj" and verb.lemma_ in _BEATEN_LEMMAS \
        and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)


def _is_a_results_object(verb: Token) -> bool:
    """The verb has no common noun for its object, or one of a player's result (see `_RESULT_OBJECTS`), not a
    business's round ("led the funding round"): "won the Masters", "finished second", "took a points decision"."""
    for child in verb.children:
        if (child.dep_ == "advmod" and child.lemma_ in ("high", "low")) \
                or (child.dep_ == "npadvmod" and child.lemma_ in ("%", "percent", "cent")):
            return False  # a share's day: "Carlsberg finished 1% lower", "Ambev lost 3%"
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            return child.lemma_.lower() in _RESULT_OBJECTS and not any(
                c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in _RESULT_OBJECTS
                for c in child.children)  # ("a points decision", "a title fight")
    return True


def _before_its_country(doc: Doc, end: int) -> bool:
    """A comma and a known place right after the name: a town's dateline, "Mannheim, Germany (Sports Network) -
    Wladimir Klitschko retained", whose town the parse made the verb's subject."""
    return end + 1 < len(doc) and doc[end].text == "," and _in_gazetteer(doc[end + 1].text)


# A tennis match's sets, two or more, a tie-break's points in brackets: "6-4 7-6(2) 6-4", "3-6, 6-4" (a sentence's
# full stop after them too, not a decimal's point).
_SET_SCORES = re.compile(r"(?<![\w.-])[0-7]-[0-7](?:\(\d{1,2}\))?(?:,?\s[0-7]-[0-7](?:\(\d{1,2}\))?)+(?![\w-]|\.\d)")
# A player's name: one to three capitalised words (not "Britain's", a possessive).
_PLAYER = r"[A-Z][\w-]*[a-z](?:\s[A-Z][\w-]*[a-z]){0,2}"
# The two players and the verb between them right before the sets, a few lower-case words between verb and second
# player: "Sinner beat Fritz 6-3 6-4", "Sabalenka defeated China's Zheng Qinwen 6-3 6-2", "Swiatek dispatched world
# number two Gauff", and the loser first: "Djokovic lost to Musetti 6-4 6-4", "Fritz was beaten by Sinner".
_TENNIS_RESULT = re.compile(rf"(?P<winner>{_PLAYER})\s+(?:beat|defeated|dispatched|downed|overcame|edged|ousted|"
                            rf"thrashed|swept\s+past|saw\s+off|lost\s+to|went\s+down\s+to|"
                            rf"was\s+(?:beaten|defeated|knocked\s+out)\s+by)\s+(?:[a-z][\w'’-]*\s+|[A-Z][a-z]*['’]s\s+){{0,5}}?"
                            rf"(?P<loser>{_PLAYER})\s+$")
# Labels the model gives a player of such a line by mistake: "Alcaraz|ORG beat", "6-2 6-2 7-6(4|PRODUCT".
_PLAYER_MISLABELS_IN_RESULTS = frozenset({"ORG", "PRODUCT", "NORP", "WORK_OF_ART", "FAC", "LOC"})
# Most characters of a sentence before the sets the result is looked for in.
_RESULT_REACH = 160
# A set's score: its games, its tie-break's points aside ("7-6(2)" is 7 and 6).
_SET_GAMES = re.compile(r"([0-7])-([0-7])")
# The games a set is won at: six (6-4) or seven (7-5, 7-6).
_SET_WINNING_GAMES = frozenset({6, 7})


def _are_sets(run: str) -> bool:
    """Every score of the run but the last (a set stopped by rain or a retirement) won at six or seven games, as a
    tennis match's sets are: "6-3 6-4 7-5", "6-4 3-1"; not the ages of a survey ("aged 0-4, 5-7") nor a board's votes
    ("voted 4-3, 5-2")."""
    games = _SET_GAMES.findall(run)
    return all(_SET_WINNING_GAMES & {int(a), int(b)} for a, b in games[:-1])


def _with_tennis_results(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Tennis results before their sets: the players persons ("Sinner beat Fritz 6-3 6-4 7-5", nothing to the model;
    "Alcaraz" an organisation), and the sets' numbers no cardinals ("6" of "7-6(2) 6-4"); not a country's or a city's
    name, a team's in a cup ("Spain beat Italy 6-4 6-3")."""
    text = text_of(doc)
    if "-" not in text:
        return mentions
    runs = [(run.start(), run.end()) for run in _SET_SCORES.finditer(text) if _are_sets(run.group())]
    if not runs:
        return mentions
    mentions = [m for m in mentions if not any(start <= doc[m.start].idx and _end_char(doc, m) <= end
                                               for start, end in runs)]
    for start, _ in runs:
        result = _TENNIS_RESULT.search(text, max(0, start - _RESULT_REACH), start)
        if result is None:
            continue
        for side in ("winner", "loser"):
            span = doc.char_span(result.start(side), result.end(side))
            if span is None or span[0].lower_ == "the" or _in_gazetteer(span.text) \
                    or _is_known_organisation(_key_at(doc, span.start, span.end)):
                continue  # "The Bulls beat the Lions 6-3 6-4": a team's nickname, no player
            span = span[1:] if len(span) > 1 and span[0].lower_ in DEMONYMS else span  # "American Taylor Fritz"
            inside = [m for m in mentions if m.start < span.end and span.start < m.end]
            if not inside:
                mentions.append(Mention(span.start, span.end, "PERSON", 1.0, "sport",
                                        key=_key_at(doc, span.start, span.end)))
            elif len(inside) == 1 and (inside[0].start, inside[0].end) == (span.start, span.end) \
                    and inside[0].label in _PLAYER_MISLABELS_IN_RESULTS:
                mentions[mentions.index(inside[0])] = replace(inside[0], label="PERSON", weight=1.0)
            elif len(inside) == 1 and span.start <= inside[0].start and inside[0].end <= span.end \
                    and (inside[0].label == "PERSON" or inside[0].label in _PLAYER_MISLABELS_IN_RESULTS):
                # the model's part of the name: "beat Taylor|PERSON Fritz", "lost to Jessica|PRODUCT Pegula"
                mentions[mentions.index(inside[0])] = Mention(span.start, span.end, "PERSON", 1.0, "sport",
                                                              key=_key_at(doc, span.start, span.end))
    return sorted(mentions, key=lambda m: m.start)


# A match's games, two or more by points, in brackets or not: volleyball's "(25-18, 25-20, 25-17)", badminton's
# "21-17, 21-15", table tennis's "11-7, 9-11, 11-5".
_GAME_SCORES = re.compile(r"(?<![\w.-])\d{1,2}-\d{1,2}(?:,\s\d{1,2}-\d{1,2})+(?![\w-]|\.\d)")
# The points a game is won at: table tennis's 11, volleyball's deciding 15, badminton's 21, volleyball's 25.
_GAME_WINNING_POINTS = frozenset({11, 15, 21, 25})
# A game's points, the two sides': "25-18" is 25 and 18.
_GAME_POINTS = re.compile(r"(\d{1,2})-(\d{1,2})")
# Badminton's cap: a game at 29-all goes to the side that scores the 30th point.
_GAME_CAP = 30


def _is_game_won(won: int, lost: int) -> bool:
    """A game's score, either side first: won at its winning points by two or more, or past them by two (deuce:
    "26-24"), or at badminton's cap ("30-29")."""
    won, lost = max(won, lost), min(won, lost)
    return (won in _GAME_WINNING_POINTS and won - lost >= 2) or (won > min(_GAME_WINNING_POINTS) and won - lost == 2) \
        or (won, lost) == (_GAME_CAP, _GAME_CAP - 1)


def _are_games(run: str) -> bool:
    """Every score of the run a game's, one of them with the higher number first (the winner's score is written
    first): "25-18, 25-20"; not the age bands of a survey ("aged 16-18, 19-21"), each written low to high."""
    scores = [(int(a), int(b)) for a, b in _GAME_POINTS.findall(run)]
    return all(_is_game_won(a, b) for a, b in scores) and any(a > b for a, b in scores)


# Words of a match in the sentence of a run of games each won by the side written first, which a board's or a
# chamber's votes ("approved it 11-2, 11-4", "by votes of 51-49, 50-48") and a poll's leads also are: "beat Wang Manyu
# 11-7, 11-9, 11-6", "beating the United States (25-18, 25-20, 25-17)", "in straight sets (25-19, 25-21)".
_GAMES_MATCH_WORDS = frozenset({"beat", "beats", "beating", "defeated", "defeating", "swept", "sweeping", "game",
                                "games", "sets", "match", "final", "semi-final", "quarter-final", "volleyball",
                                "badminton", "squash", "tennis"})


def _is_a_matchs_run(doc: Doc, run: re.Match) -> bool:
    """A run of games (see `_are_games`) that is a match's: one game at least won by the side written second ("8-11"),
    or a word of a match in its sentence (see `_GAMES_MATCH_WORDS`)."""
    if any(a < b for a, b in ((int(a), int(b)) for a, b in _GAME_POINTS.findall(run.group()))):
        return True
    span = doc.char_span(run.start(), run.end(), alignment_mode="expand")
    return span is not None and any(t.lower_ in _GAMES_MATCH_WORDS for t in span.sent)


def _without_game_scores(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """No date nor number in a match's games by points: "(25-18, 25-20)" gave a DATE and two CARDINALs."""
    text = text_of(doc)
    if "-" not in text:
        return mentions
    runs = [(run.start(), run.end()) for run in _GAME_SCORES.finditer(text)
            if _are_games(run.group()) and _is_a_matchs_run(doc, run)]
    return [m for m in mentions if m.label not in _NUMBER_LABELS
            or not any(start <= doc[m.start].idx and _end_char(doc, m) <= end for start, end in runs)]


# A team's name of two or three capitalised words, with a sponsor's or a city's ("Fenerbahce Beko", "Adelaide
# Thunderbirds", "Barcelona Femení").
_TEAM = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){1,2}"
# A result between two such teams with its points right after the loser: "Fenerbahce Beko beat Monaco 81-70", "The
# Adelaide Thunderbirds beat the Melbourne Vixens 62-58"; a side of one word is left to the club lists.
_TEAM_RESULT = re.compile(rf"(?:\b[Tt]he\s)?(?P<winner>{_TEAM}|[A-Z][\w'’-]*)\s+(?:beat|defeated|edged|overcame|"
                          rf"routed|thrashed|downed|outlasted)\s+(?:the\s)?(?P<loser>{_TEAM}|[A-Z][\w'’-]*)\s+"
                          r"(?P<won>\d{2,3})\s?[-–]\s?(?P<lost>\d{2,3})\b")
# Fewest points a winner scores that no single player's game reaches (badminton's and squash's games end by 30; a
# tennis or snooker score is in sets or frames): a basketball, netball or rugby result, whose sides are teams.
_TEAM_POINTS = 31
# Most points a team's winner scores (basketball's highest run to the 180s): more is no game's score.
_TEAM_MOST_POINTS = 200
# Labels the model gives such a side by mistake: "Fenerbahce Beko|PERSON", "Olympiacos|FAC", "Vixens|LOC".
_TEAM_MISLABELS = frozenset({"PERSON", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "LAW", "NORP"})


def _with_team_results(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The sides of a result by a team's points as teams: "Fenerbahce Beko beat Monaco 81-70" (a person to the
    model), "Anadolu Efes beat Zalgiris Kaunas 88-75" (nothing, and a person); not a country's or a state's side
    ("United States beat Serbia 95-91"), nor a person's one word (a boxer's scorecard: "Usyk beat Fury 116-112"), nor
    a name that opens with a given name unless the other side is a team's ("Adelaide Thunderbirds beat the Melbourne
    Vixens"; not a vote, "Bernie Sanders beat Hillary Clinton 55-45")."""
    text = text_of(doc)
    team_sport = None
    for result in _TEAM_RESULT.finditer(text):
        if int(result["won"]) > _TEAM_MOST_POINTS or names_a_vote_after(doc, result.end("lost")):
            continue  # no game's: "Obama beat Romney 51-47 in the popular vote" (a vote's tally, a count)
        if int(result["won"]) < _TEAM_POINTS:
            # fewer points: a team's only in a text about a team sport ("Puneri Paltan beat Haryana Steelers 28-25 in
            # the Pro Kabaddi League final", handball's, water polo's), no single player's game
            if team_sport is None:
                team_sport = is_about_sport(doc, mentions) and not _is_about_single_players(doc)
            if not team_sport:
                continue
        points = result.start("won"), result.end("lost")  # the points no number: "81-70|DATE"
        mentions = [m for m in mentions if not (points[0] <= doc[m.start].idx and _end_char(doc, m) <= points[1])]
        sides = [_team_side(doc, mentions, result.start(side), result.end(side)) for side in ("winner", "loser")]
        persons = [span is None or _may_be_a_persons(span) or _is_no_known_teams_word(span) for span in sides]
        for span, other_person in zip(sides, reversed(persons), strict=True):
            if span is None or (_may_be_a_persons(span) and other_person):
                continue
            inside = [m for m in mentions if m.start < span.end and span.start < m.end]
            if not inside:
                mentions.append(Mention(span.start, span.end, "ORG", 1.0, "sport",
                                        key=_key_at(doc, span.start, span.end)))
            elif _is_college_state_side(doc, span) or inside[0].label in _TEAM_MISLABELS \
                    and (len(span) > 1 or _is_ones_mislabel(inside[0].label, span)):
                mentions[mentions.index(inside[0])] = replace(inside[0], label="ORG", weight=1.0)
    return sorted(mentions, key=lambda m: m.start)


def _is_ones_mislabel(label: str, span: Span) -> bool:
    """The model's label of a side's one word is no team's: not a person's (a boxer's: "Usyk beat Fury 116-112"), nor
    a people's but a known club's (a party's members: "Democrats beat Republicans 51-49 in the Senate vote")."""
    return label != "PERSON" and (label != "NORP" or _compact(span.text.casefold()) in _KNOWN_TEAMS)


def _team_side(doc: Doc, mentions: list[Mention], start: int, end: int) -> Span | None:
    """A result's side at text[start:end] that may be a team: the model's one mention ending with it, or words of no
    mention that open their phrase; no known place's."""
    span = doc.char_span(start, end)
    if span is None:
        return None
    if (_is_country_or_state(_key_at(doc, span.start, span.end)) or _in_gazetteer(span.text)) \
            and not _is_college_state_side(doc, span):
        return None
    inside = [m for m in mentions if m.start < span.end and span.start < m.end]
    if len(inside) == 1 and inside[0].end == span.end and inside[0].start >= span.start:
        return doc[inside[0].start:span.end]  # the model's bounds: not "Sunday" of "On Sunday Efes beat"
    if inside or len(span) == 1 or not _opens_a_phrase(doc, span.start):
        return None
    return span


# Words of American college sport, where a state's name is its university's side: "Michigan beat Washington 34-13
# in the College Football Playoff national championship" (places to the model).
_COLLEGE_SPORT_WORDS = frozenset({"college", "collegiate", "ncaa"})


def _is_college_state_side(doc: Doc, span: Span) -> bool:
    """A US state's name (no country's) as a result's side in a text of college sport: "Michigan beat Washington"."""
    return span.text in US_STATES and not _is_country_name(span.text) \
        and not _COLLEGE_SPORT_WORDS.isdisjoint(lowers_of(doc))


def _may_be_a_persons(span: Span) -> bool:
    """Two words or more, a given name first that is no club's nor a known place's ("Bernie Sanders"; not "Fenerbahce
    Beko")."""
    first = span[0].text
    return len(span) > 1 and is_given_name(first) and _compact(first) not in _KNOWN_TEAMS \
        and not _is_country_name(first)


def _is_no_known_teams_word(span: Span) -> bool:
    """One word that no known club is, a surname's as well as a team's: "Trump" of "Kamala Harris beat Trump 55-45"
    (a poll's, whose other side, a given name first, stays a person)."""
    return len(span) == 1 and _compact(span.text) not in _KNOWN_TEAMS


def _opens_a_phrase(doc: Doc, start: int) -> bool:
    """No capitalised word runs into the name from before it: a sentence's start, "the", a comma."""
    return start == 0 or doc[start].is_sent_start or not doc[start - 1].is_title or doc[start - 1].lower_ == "the"


def read_sport(doc: Doc, mentions: list[Mention]) -> SportReading:
    """Teams among the mentions of a text about sport (keys set), its scores' numbers dropped; else as they were, but
    for the first number of a result's score (see `_without_halves_of_results`)."""
    mentions = _with_womens_sides(doc, _without_goals_behinds_scores(doc, _without_halves_of_results(doc, mentions)))
    womens_sides = {m.key for m in mentions if m.source == "sport" and m.label == "ORG" and m.key
                    and doc[m.end - 1].text in _WOMENS_SIDE_WORDS | _ENGLISH_WOMENS_SIDE_WORDS}
    mentions = _with_group_names(doc, _with_division_numbers(doc, _with_stadiums(doc, mentions)))
    mentions = [_as_county(doc, m) for m in mentions]
    mentions = _with_team_results(doc, _without_game_scores(doc, _with_tennis_results(doc, mentions)))
    course_keys: set[tuple[str, ...]] = set()
    if _is_about_racing(doc):
        mentions = _without_horses(doc, [_with_whole_odds(doc, m) for m in mentions])
        # "four winners at Punchestown", "would go straight to Cheltenham": the course (a body or a person to the model)
        mentions, course_keys = _as_courses(doc, *_with_grounds(doc, mentions, RACECOURSES, _COURSE_OPENERS))
    mentions = _with_races_at_courses(doc, _with_numbered_races(doc, mentions))
    single_players = _is_about_single_players(doc)
    mentions, athletes = _with_athletes(doc, mentions)
    mentions, fighters = _with_knockouts(doc, mentions)
    mentions = _with_missed_solo_winners(doc, _with_series_rounds(doc, mentions))
    mentions = _with_competitors_after_demonyms(doc, _without_boat_classes(doc, _with_events_at_venues(doc, mentions)))
    athletes |= fighters
    if not single_players and not womens_sides and not is_about_sport(doc, mentions):  # a women's side plays sport
        # "The Punjab Kings ruled the region", "the Heat had ruined their crops"; but a concert "at Wembley".
        mentions, ground_keys = _with_grounds(doc, mentions,
                                              _STAGE_GROUNDS | _LANDMARK_GROUNDS | _SHOW_COURTS | _OWN_NAME_VENUES)
        _as_club_towns(doc, mentions)
        reading = SportReading(mentions)
        reading.forced.update(dict.fromkeys(ground_keys | course_keys, "FAC"))
        reading.apart |= {(key[:-1], key) for key in course_keys}
        reading.forced.update(dict.fromkeys(athletes, "PERSON"))  # "Mondo Duplantis broke the world record"
        reading.forced.update(dict.fromkeys(_solo_winners(doc, mentions), "PERSON"))  # "Scheffler won the Masters"
        reading.forced.update(dict.fromkeys(_placed_constructors(doc, mentions), "ORG"))  # "with Alpine fifth"
        reading.apart |= _grounds_apart(mentions, ground_keys)
        reading.forced.update(dict.fromkeys(womens_sides, "ORG"))  # "Chelsea Women won" (a person)
        _keep_towns_apart(doc, reading, set())
        return reading
    mentions, ground_keys = _with_grounds(doc, _with_listed_clubs(doc, mentions))
    text = text_of(doc)
    labels, lines = box_label_spans(text), line_up_spans(text)
    mentions = [m for m in mentions if not _is_score_number(doc, text, m) and not _in_box_line(doc, m, labels, lines)]
    mentions = _with_score_lines(doc, text, _with_nicknames(doc, text, mentions + _clubs_missed(doc, text, mentions)))
    reading = SportReading(mentions, about=True)
    reading.forced.update(dict.fromkeys(ground_keys | course_keys, "FAC"))  # "at Anfield": a body to the model
    reading.apart |= {(key[:-1], key) for key in course_keys}
    reading.apart |= _grounds_apart(mentions, ground_keys)
    reading.forced.update(dict.fromkeys(_team_nicknames(doc, mentions), "ORG"))
    reading.forced.update(dict.fromkeys(womens_sides, "ORG"))
    reading.forced.update({m.key: m.label for m in mentions if m.source == "sport" and m.label == "ORG"
                           and " ".join(m.key) in _NICKNAMES})  # "Knicks" wherever else the model put it
    reading.forced.update({m.key: "ORG" for m in mentions if m.key and " ".join(m.key) in _OWN_FOOTBALL_NICKNAMES})
    # A sport of single players first: its one-word sides that no place or club is known by are people, not teams.
    players = _players(doc, text, mentions) if single_players else set()
    players |= _line_up_players(doc, text, mentions, lines) | athletes | _solo_winners(doc, mentions)
    reading.forced.update(dict.fromkeys(players, "PERSON"))
    reading.forced.update(dict.fromkeys(_placed_constructors(doc, mentions) - players, "ORG"))
    teams = [m for m in mentions if m.key not in players
             and (_is_team_side(doc, text, m) or _is_misread_club(doc, m, mentions)
                  or _is_misread_county_side(doc, m, mentions))]
    for m in teams:
        m.label = "ORG"
    team_starts = {m.start for m in teams}
    datelines = {start for start, _ in dateline_spans(doc)} if teams else set()
    for key in {m.key for m in teams}:
        places = [m for m in mentions if m.key == key and m.start not in team_starts
                  and (_is_place_use(doc, m) or doc[m.start].idx in datelines)]
        if not places:
            reading.forced[key] = "ORG"
            continue
        team_key = (*key, TEAM_KEY_SUFFIX)
        for m in mentions:
            if m.key == key and m.start in team_starts:
                m.key = team_key
        reading.forced[team_key] = "ORG"
        reading.forced[key] = "GPE"  # the town's, whatever the model said of its mentions ("Fulham residents")
        reading.apart.add((key, team_key))
    reading.clubs = _clubs_of_nicknames(doc, mentions, reading.forced)
    _keep_towns_apart(doc, reading, team_starts)
    return reading


# Labels the model gives a town named like its club outside sport: "A man from Wigan|PERSON", "in Huddersfield|ORG".
_CLUB_TOWN_MISLABELS = frozenset({"PERSON", "NORP", "ORG", "WORK_OF_ART", "PRODUCT"})


def _as_club_towns(doc: Doc, mentions: list[Mention]) -> None:
    """Places, in a text not about sport, of the towns that outside sport are far more often the place than the club
    (see `TOWN_FIRST_CLUBS`), where the words say the place and the model said a person: "A man from Wigan|PERSON",
    "Castleford|PERSON, a former mining town", "trains from Wakefield to Castleford|PERSON"; not a town that is a
    given name too ("a letter from Leigh")."""
    for m in mentions:
        name = " ".join(m.key) if m.key else ""
        if m.label in _CLUB_TOWN_MISLABELS and name in TOWN_FIRST_CLUBS and not is_given_name(doc[m.start].text) \
                and (_is_place_use(doc, m) or _is_journeys_end(doc, m.start)):
            m.label = "GPE"


def _is_journeys_end(doc: Doc, start: int) -> bool:
    """The name after "to" that ends a journey from a place: "from Wakefield to Castleford"."""
    return start > 2 and doc[start - 1].lower_ == "to" and doc[start - 3].lower_ == "from"


def _keep_towns_apart(doc: Doc, reading: SportReading, team_starts: set[int]) -> None:
    """A town the text writes as the place ("Wigan's mayor", "Castleford, a former mining town", "in Leeds") that
    opens the name of a listed club the text names too ("Wigan Warriors", "Leeds Rhinos"): the town, apart from the
    club, whose short form the grouping would make it; its mentions played as a side or the model's organisations
    ("Warrington|ORG beat Hull KR 20-12") a key of the team's that joins the club."""
    clubs = {m.key for m in reading.mentions if len(m.key) > 1 and " ".join(m.key) in SPORTS_CLUBS}
    towns = {m.key for m in reading.mentions if len(m.key) == 1 and m.start not in team_starts
             and any(club[0] == m.key[0] for club in clubs) and _is_place_use(doc, m)}
    for town in towns:
        own = [c for c in clubs if c[0] == town[0]]
        team_key = (*town, TEAM_KEY_SUFFIX)
        for m in reading.mentions:
            if m.key == town and (m.start in team_starts or (m.label == "ORG" and not _is_place_use(doc, m))):
                m.key = team_key  # the model's club, or a side: the rest stay the town's ("Philadelphia|GPE")
        reading.forced[town] = "GPE"
        reading.forced[team_key] = "ORG"
        reading.apart |= {(town, club) for club in own} | {(town, team_key)}
        if len(own) == 1:  # not where "Hull" may be Hull FC or Hull KR
            reading.clubs.setdefault(team_key, own[0])


def _clubs_of_nicknames(doc: Doc, mentions: list[Mention], forced: dict[tuple[str, ...], str]
                        ) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The key of each football nickname the text writes and of the one club it may stand for that the text names as
    one (an organisation's mention or key): "gunners" and "arsenal" (the team's key where the town's is apart); none
    where it names two ("the Blues" beside "Chelsea" and "Everton"), nor a town ("the Milan derby")."""
    lowered = text_of(doc).lower()
    written = [name for name in FOOTBALL_NICKNAMES
               if (name in _lower_words(doc) if " " not in name else _has_phrase(lowered, name))]
    if not written:
        return {}
    teams = {m.key for m in mentions if m.key and (m.label == "ORG" or forced.get(m.key) == "ORG")
             and forced.get(m.key, "ORG") == "ORG"}
    north_american = _names_north_american_sport(doc, mentions)
    clubs = {}
    for nickname in written:
        if north_american and nickname in _SHARED_WITH_NORTH_AMERICA:
            continue  # "The Spurs beat the Lakers" beside "Tottenham drew with Fulham": San Antonio's
        if nickname in COMMON_WORD_NICKNAMES and (_only_modifies_nouns(doc, mentions, nickname)
                                                  or not _played_beside(doc, mentions, nickname, teams)):
            continue  # "The Blues singer Eric Bibb", the model's organisation, beside "Chelsea"; "The Blues and
            # Royals escorted the King's carriage", a regiment, a sentence before "Chelsea beat Arsenal"
        named = [club for name in FOOTBALL_NICKNAMES[nickname] if (club := _club_key(tuple(name.split()), teams))]
        if len(named) == 1:
            clubs[tuple(nickname.split())] = named[0]
    return clubs


# Words of play in a sentence beside a common-word nickname (see `_played_beside`).
_PLAY_WORDS = _SPORT_SINGLE | TEAM_WORDS | NICKNAME_PLAY_WORDS


def _played_beside(doc: Doc, mentions: list[Mention], nickname: str, teams: set[tuple[str, ...]]) -> bool:
    """The common-word nickname is written capitalised once at least with play beside it: its sentence names another
    team, a score or a word of play, or the sentence before a score or a word of play ("The Blues scored twice as
    Chelsea beat Arsenal", "Leicester won 2-0. The Foxes are fifth."; not "The Foxes were hunted by hounds" before
    "Leicester City's chairman was among the guests")."""
    words = nickname.split()
    key = tuple(words)
    for i in range(len(doc) - len(words) + 1):
        if doc[i].text[:1].isupper() and [token.lower_ for token in doc[i:i + len(words)]] == words:
            sentence = doc[i].sent
            if any(m.key in teams and m.key != key and sentence.start <= m.start < sentence.end for m in mentions) \
                    or _has_play(sentence) or (sentence.start > 0 and _has_play(doc[sentence.start - 1].sent)):
                return True
    return False


def _has_play(sentence: Span) -> bool:
    """The sentence writes a score or a word of play (see `_PLAY_WORDS`)."""
    return _SCORE_RE.search(sentence.text) is not None or any(token.lower_ in _PLAY_WORDS for token in sentence)


def _only_modifies_nouns(doc: Doc, mentions: list[Mention], nickname: str) -> bool:
    """Every mention of the common-word nickname is followed by a noun in lower case it modifies, no team's word: "The
    Blues singer", "the Foxes hunt" (not "the Gunners were", "Spurs fans")."""
    key = tuple(nickname.split())
    ends = [m.end for m in mentions if m.key == key]
    return bool(ends) and all(end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN"
                              and doc[end].lower_ not in TEAM_WORDS for end in ends)


def _names_north_american_sport(doc: Doc, mentions: list[Mention]) -> bool:
    """The text names a North American team or league (see `_NORTH_AMERICAN_NAMES`): "the Lakers", "NFL"."""
    return bool(_NORTH_AMERICAN_LEAGUES & _lower_words(doc)) \
        or any(m.key and " ".join(m.key) in _NORTH_AMERICAN_NAMES for m in mentions)


def _club_key(name: tuple[str, ...], keys: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The key the text's mentions give the club of that name: its team's ("liverpool fc") over the town's."""
    team = (*name, TEAM_KEY_SUFFIX)
    return team if team in keys else name if name in keys else None


# National teams' nicknames as token words: ("all", "blacks"), ("springboks",).
_NATIONAL_NICKNAME_WORDS = tuple(tuple(name.split()) for name in sorted(NATIONAL_TEAM_NICKNAMES))
# Labels the model gives a national team's nickname, with the article and the venue after it: "the All Blacks at the
# Aviva Stadium|WORK_OF_ART", "The All Blacks|WORK_OF_ART beat Ireland".
_NICKNAME_WORK_LABELS = frozenset({"WORK_OF_ART", "PERSON", "PRODUCT", "LAW", "FAC", "LOC"})
# Verbs and prepositions of a match a national team plays: "face the All Blacks", "lost to the Springboks".
_PLAYING_LEMMAS = frozenset({"beat", "defeat", "face", "play", "host", "meet", "lose", "draw", "win", "tour", "against",
                             "v", "vs", "over", "to"})
# Prepositions of where a match is played, which end a team's name: "the All Blacks at the Aviva Stadium".
_VENUE_OPENERS = frozenset({"at", "in"})


def with_national_nicknames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A national team's nickname the model read as a work (see `_NICKNAME_WORK_LABELS`), with its article and the
    venue after it, made the team where it plays a match (see `_PLAYING_LEMMAS`): "face the All Blacks at the Aviva
    Stadium" is a team and a stadium; not "The Black Stars of the night sky were visible", no match."""
    out: list[Mention] = []
    for m in mentions:
        split = _nickname_and_venue(doc, m) if m.label in _NICKNAME_WORK_LABELS else None
        out.extend(split if split is not None else [m])
    return out


def _nickname_and_venue(doc: Doc, m: Mention) -> list[Mention] | None:
    """The team and the venue a mention holds (see `with_national_nicknames`); None where it holds none."""
    start = m.start + 1 if doc[m.start].lower_ == "the" else m.start
    words = tuple(t.lower_ for t in tokens_of(doc)[start:m.end])
    nickname = next((n for n in _NATIONAL_NICKNAME_WORDS if words[:len(n)] == n), None)
    if nickname is None:
        return None
    end = start + len(nickname)
    head = doc[end - 1]
    if head.head.lemma_.lower() not in _PLAYING_LEMMAS and head.head.lower_ not in _PLAYING_LEMMAS:
        return None
    team = Mention(start, end, "ORG", m.weight, "sport", key=_key_at(doc, start, end))
    if end == m.end:
        return [team]
    if doc[end].lower_ not in _VENUE_OPENERS:
        return None
    venue_start = end + 2 if end + 1 < m.end and doc[end + 1].lower_ == "the" else end + 1
    if venue_start >= m.end:
        return [team]
    venue = doc[venue_start:m.end]
    label = "FAC" if venue[-1].lower_ in FACILITY_HEADS else "GPE" if _in_gazetteer(venue.text) else None
    return [team] + ([Mention(venue_start, m.end, label, m.weight, "sport", key=_key_at(doc, venue_start, m.end))]
                     if label else [])


# Sports whose national governing bodies are named by the sport and the country: "Hockey India", "Cricket Australia",
# "Athletics Kenya".
_GOVERNED_SPORTS = frozenset({"hockey", "cricket", "rugby", "tennis", "football", "swimming", "athletics", "netball",
                              "basketball", "cycling", "rowing", "golf", "boxing", "badminton", "volleyball",
                              "gymnastics", "archery", "sailing", "triathlon", "squash", "judo"})
# Labels the model gives such a body, whole or its country alone: "Hockey India|GPE" of "India".
_SPORT_BODY_MISLABELS = frozenset({"GPE", "LOC", "NORP", "PERSON", "PRODUCT", "WORK_OF_ART"})


def with_national_sport_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A sport's capitalised word right before a country's name, where the model found the country alone or the two
    words as no organisation: the country's governing body of the sport ("Hockey India named its squad": "India" a
    place); not the sport in lower case ("hockey India won"), nor a country's name of more words than one mention."""
    out: list[Mention] = []
    for m in mentions:
        body = _country_before_its_sport(doc, mentions, m)
        if body is not None:
            out.append(body)
            continue
        start = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ in _GOVERNED_SPORTS else m.start
        sport = doc[start]
        if m.label not in _SPORT_BODY_MISLABELS or not sport.is_title or sport.lower_ not in _GOVERNED_SPORTS \
                or any(o.end == start + 1 and o is not m for o in mentions) \
                or not _is_country_name(doc[start + 1:m.end].text):
            # (another mention ending with the sport's word keeps it: "Ice Hockey|ORG India")
            out.append(m)
            continue
        out.append(Mention(start, m.end, "ORG", 1.0, "sport", key=_key_at(doc, start, m.end)))
    return out


def _country_before_its_sport(doc: Doc, mentions: list[Mention], m: Mention) -> Mention | None:
    """The body of a sport named by the country and the sport's capitalised word after it, where the model made a
    place of the two or of the country alone: "New Zealand Rugby|GPE confirmed the squad" (not "rugby" in lower
    case, a sport's word another mention holds, nor one glued to a hyphen: "New Zealand Rugby-mad towns")."""
    if m.label not in _SPORT_BODY_MISLABELS:
        return None
    end = m.end
    if not (doc[end - 1].is_title and doc[end - 1].lower_ in _GOVERNED_SPORTS and end - m.start > 1):
        end = m.end + 1  # the country alone: "New Zealand|GPE Rugby"
        if end > len(doc) or not doc[end - 1].is_title or doc[end - 1].lower_ not in _GOVERNED_SPORTS \
                or any(o.start < end and m.end < o.end for o in mentions if o is not m):
            return None
    if not _is_country_name(doc[m.start:end - 1].text) \
            or (end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_):
        return None  # "New Zealand Rugby-mad towns": the country's
    return Mention(m.start, end, "ORG", 1.0, "sport", key=_key_at(doc, m.start, end))


# Labels the model gives the Games by their host city and year ("at Birmingham 2022|FAC").
_GAMES_BY_CITY_MISLABELS = frozenset({"FAC", "ORG", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "LAW"})
# Years of a Games by its city, the first modern Olympics' to a few ahead.
_GAMES_YEARS = range(1896, 2041)
# Words before a city and a year that make the two a Games: "at Birmingham 2022" (not "the": "the London 2023 budget").
_GAMES_OPENERS = frozenset({"at"})


def with_games_by_city_and_year(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A known city and a year after it, the model's one place or building, or a place and a date after "at": the
    Games held there ("He won gold at Birmingham 2022", a building; "She competed at Paris 2024", maybe a place and a
    date), or after another Games and "and" ("at Rio 2016 and Tokyo 2020"); the model's city alone before a year it
    missed likewise ("at London|ORG 2012, Rio|GPE 2016 and Tokyo 2020"); not a city and a date apart ("in Paris in
    2024", "the London 2023 budget")."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        before = out[-1] if out else None
        if m.label == "DATE" and m.end - m.start == 1 and _is_games_year(doc[m.start]) and before is not None \
                and before.label == "GPE" and before.end == m.start and before.start > 0 \
                and (doc[before.start - 1].lower_ in _GAMES_OPENERS or _listed_after_a_games(doc, out[:-1], before)) \
                and _is_games_city(doc[before.start:before.end].text):
            out[-1] = Mention(before.start, m.end, "EVENT", 1.0, "sport", key=_key_at(doc, before.start, m.end))
        elif m.label in _GAMES_BY_CITY_MISLABELS and m.start > 0 and m.end < len(doc) \
                and _is_games_year(doc[m.end]) and (i + 1 == len(mentions) or mentions[i + 1].start > m.end) \
                and (doc[m.start - 1].lower_ in _GAMES_OPENERS or _listed_after_a_games(doc, out, m)) \
                and _is_games_city(doc[m.start:m.end].text):
            out.append(Mention(m.start, m.end + 1, "EVENT", 1.0, "sport", key=_key_at(doc, m.start, m.end + 1)))
        elif m.label in _GAMES_BY_CITY_MISLABELS and m.end - m.start >= 2 and _is_games_year(doc[m.end - 1]) \
                and _is_games_city(doc[m.start:m.end - 1].text):
            out.append(Mention(m.start, m.end, "EVENT", 1.0, "sport", key=_key_at(doc, m.start, m.end)))
        else:
            out.append(m)
    return _with_missed_games(doc, out) if any(m.label == "EVENT" for m in out) or " at " in text_of(doc) else out


def _with_missed_games(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, and a Games the model missed whole, a one-word city and a year after "at" or listed after another
    Games: "at Beijing 2008, London 2012 and Rio 2016" (nothing for "Rio 2016")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    words = words_of(doc)
    for j in range(2, len(doc)):
        # A year's word of four digits first, off the word list: no Token is built for the other words.
        if len(words[j]) != 4 or not words[j].isdecimal() or j in covered or j - 1 in covered:
            continue
        city = doc[j - 1]
        if not city.is_title or not _is_games_year(doc[j]) or not _is_games_city(city.text):
            continue
        opener = doc[j - 2].lower_
        if opener in _GAMES_OPENERS or (opener in _LISTING_WORDS and any(
                m.label == "EVENT" and m.end == j - 2 and _is_games_year(doc[m.end - 1]) for m in mentions)):
            mentions = sorted([*mentions, Mention(j - 1, j + 1, "EVENT", 1.0, "sport", key=_key_at(doc, j - 1, j + 1))],
                              key=lambda m: m.start)
    return mentions


# Words between two Games listed by their cities and years: "at Rio 2016 and Tokyo 2020", "Tokyo 2020, Paris 2024".
_LISTING_WORDS = frozenset({"and", "or", ","})


def _listed_after_a_games(doc: Doc, earlier: list[Mention], place: Mention) -> bool:
    """The place comes right after a Games by its city and year and a list's word: "at Rio 2016 and Tokyo|GPE
    2020|DATE"."""
    return bool(earlier) and earlier[-1].label == "EVENT" and earlier[-1].end == place.start - 1 \
        and doc[place.start - 1].lower_ in _LISTING_WORDS and _is_games_year(doc[earlier[-1].end - 1])


# Games' cities by the short or joined names the press writes before the year, which the gazetteer knows no place by:
# "Rio 2016", "PyeongChang 2018", "LA 2028", "Milan Cortina 2026".
_GAMES_CITIES = frozenset({"rio", "pyeongchang", "la", "milan cortina", "milano cortina"})


def _is_games_city(name: str) -> bool:
    """A known city, or a Games' city by its short name (see `_GAMES_CITIES`)."""
    return _in_gazetteer(name) or name.casefold() in _GAMES_CITIES


def _is_games_year(token: Token) -> bool:
    """A year of four digits alone in its token that a Games may be held in (see `_GAMES_YEARS`), not with the city a
    common noun's modifier ("prices remained at London 2019 levels")."""
    doc = token.doc
    return len(token.text) == 4 and token.text.isdecimal() and int(token.text) in _GAMES_YEARS \
        and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "NOUN")


# Figure skating's jumps named after their skaters ("a quad Axel", "a triple Lutz"), and the counts of turns before
# them, after which the name is the jump's.
_NAMED_JUMPS = frozenset({"axel", "lutz", "salchow", "rittberger", "euler"})
_JUMP_TURNS = frozenset({"quad", "quadruple", "triple", "double", "single"})


def without_named_jumps(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """No entity of a skating jump named after its skater, after its count of turns: "landed a quad Axel" (an
    organisation to the model); not the given name ("Axel Witsel scored")."""
    return [m for m in mentions if not (m.end - m.start == 1 and doc[m.start].lower_ in _NAMED_JUMPS and m.start > 0
                                        and doc[m.start - 1].lower_ in _JUMP_TURNS)]


def is_extra_time_mark(doc: Doc, i: int) -> bool:
    """Token i is a result's mark of extra time in brackets after its score: "(OT)" of "Flames 3 (OT)"."""
    return doc[i].text in EXTRA_TIME_MARKS and 1 < i < len(doc) - 1 and doc[i - 1].text == "(" \
        and doc[i + 1].text == ")" and doc[i - 2].like_num


def without_extra_time_marks(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """No entity of a result's mark of extra time after its score: "Oilers 4, Flames 3 (OT)" (an organisation "OT" to
    the model); not "OT" elsewhere ("the Old Testament (OT)")."""
    return [m for m in mentions if not (m.end - m.start == 1 and is_extra_time_mark(doc, m.start))]


# A leaderboard's tied place: "T3" of "Scheffler finished T3" (an organisation to the model, "T5" a place).
_TIED_PLACE = re.compile(r"T\d{1,2}")
# Words right before such a place that a leaderboard writes: "finished T3", "was T5", "sits T12", "tied for T8" is
# the place too; not "at T5" (Heathrow's terminal), nor "the T3" (a model's name).
_TIED_PLACE_OPENERS = frozenset({"finished", "finishes", "finish", "finishing", "was", "is", "were", "are", "sits",
                                 "sat", "lies", "lay", "ended", "ends", "for", "in"})


def without_tied_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """No entity of a leaderboard's tied place after a verb of standing: "Scheffler finished T3, McIlroy was T5" (an
    organisation and a place to the model); not "at Heathrow's T5", "the T3 engine"."""
    return [m for m in mentions if not (m.end - m.start == 1 and _TIED_PLACE.fullmatch(doc[m.start].text)
                                        and m.start > 0 and doc[m.start - 1].lower_ in _TIED_PLACE_OPENERS)]


def with_bracketed_country_codes(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A country's code in brackets after an athlete's name in results made the country (see
    `_is_bracketed_country_code`): "3. Rushell Clayton (JAM) 53.98" (an organisation to the model), "Zeney van der Walt
    (RSA)" (a person), "Tadej Pogacar (Slo/UAE Team Emirates)"; not an acronym after its long form, alone ("the Royal
    Society of Arts (RSA) said")."""
    codes = [i for i in range(2, len(doc) - 1) if _is_bracketed_country_code(doc, i)]
    if not codes or (len(codes) == 1 and not _opens_a_result(doc, codes[0])):
        return mentions
    out = list(mentions)
    for i in codes:
        over = [m for m in out if m.start <= i < m.end]
        if over and (len(over) > 1 or (over[0].start, over[0].end) != (i, i + 1)):
            continue  # inside a longer name: left as it is
        out = [m for m in out if not any(m is o for o in over)] \
            + [Mention(i, i + 1, "GPE", 1.0, "sport", _key_at(doc, i, i + 1))]
    return sorted(_athletes_before_codes(doc, out, codes), key=lambda m: m.start)


# The model's labels of an athlete's name before a country's code in results: "Dominik Paris (ITA)" an organisation.
_ATHLETE_MISLABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LAW"})
_ATHLETE_WORDS = 3


def _athletes_before_codes(doc: Doc, mentions: list[Mention], codes: list[int]) -> list[Mention]:
    """A name of two or three words opening with a given name, right before a results' country code in brackets, is
    the athlete's: "2. Dominik Paris (ITA) +0.50" (an organisation to the model); not a team's ("Jumbo-Visma (NED)")."""
    before = {i - 1 for i in codes}
    return [replace(m, label="PERSON") if m.end in before and m.label in _ATHLETE_MISLABELS
            and 2 <= m.end - m.start <= _ATHLETE_WORDS and is_given_name(doc[m.start].text) else m for m in mentions]


def _is_bracketed_country_code(doc: Doc, i: int) -> bool:
    """Token i is a country's code in brackets after a capitalised name: "Clayton (JAM)", or a cycling result's
    code before the rider's team ("Pogacar (Slo/UAE Team Emirates)")."""
    text = doc[i].text
    if doc[i - 1].text != "(" or not doc[i - 2].text[:1].isupper() or text.upper() not in SPORT_COUNTRY_CODES:
        return False
    if _is_long_forms_initials(doc, i):
        return False  # an acronym after its long form: "the Royal Society of Arts (RSA)"
    if text.upper() in PARTY_LIKE_COUNTRY_CODES and not ELECTION_WORDS.isdisjoint(lowers_of(doc)):
        return False  # a party's code after a candidate's name: "Jane Doe (IND) 4,512" of election results
    return (text.isupper() and doc[i + 1].text in (")", "/")) or (text.istitle() and doc[i + 1].text == "/")


def _is_long_forms_initials(doc: Doc, i: int) -> bool:
    """Token i, in brackets, is the initials of the capitalised words before the bracket ("of", "and" left out)."""
    initials = []
    j = i - 2
    while j >= 0 and len(initials) < len(doc[i].text) and (doc[j].text[:1].isupper() or doc[j].lower_ in ("of", "and")):
        if doc[j].text[:1].isupper():
            initials.append(doc[j].text[0].upper())
        j -= 1
    return "".join(reversed(initials)) == doc[i].text.upper()


def _opens_a_result(doc: Doc, i: int) -> bool:
    """The bracket closing after token i has a mark or a time after it: "(JAM) 53.98", "(Slo/UAE Team Emirates)
    4hrs"."""
    after = next((j + 1 for j in range(i + 1, min(i + 8, len(doc))) if doc[j].text == ")"), None)
    return after is not None and after < len(doc) and doc[after].text[:1].isdigit()


# A pitcher's earned run average as box scores and reports write it, two decimals: "4.46" of "a 4.46 ERA", ".332".
_EARNED_RUN_AVERAGE = re.compile(r"\d{0,2}\.\d{2}")


def without_earned_run_averages(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """No entity of "ERA" after a pitcher's average: "went 12-9 with a 4.46 ERA" (an organisation to the model); not
    the Equal Rights Amendment's ("ratify the ERA"), nor a name's first word ("a 2.45 ERA Mining stake")."""
    return [m for m in mentions if not (m.end - m.start == 1 and doc[m.start].text == "ERA" and m.start > 0
                                        and _EARNED_RUN_AVERAGE.fullmatch(doc[m.start - 1].text)
                                        and not (m.end < len(doc) and doc[m.end].is_title))]


def without_five_eighths(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """No entity of rugby's "five-eighth", a player's position: "Broncos five-eighth Ezra Mam", "at five-eighth" (a
    count or a date to the model); not a fraction, plural, before "of" ("five-eighths of an inch") or before the
    common noun it measures ("five-eighth cup of sugar", "a five-eighth drill bit")."""
    return [m for m in mentions if not (span_of(doc, m.start, m.end).text.lower() == "five-eighth"
                                        and not (m.end < len(doc) and (doc[m.end].lower_ == "of"
                                                                       or _is_measured_noun(doc[m.end]))))]


def _is_measured_noun(token: Token) -> bool:
    """A common noun in lower case right after a fraction, the thing it measures: "cup" of "five-eighth cup"."""
    return token.pos_ == "NOUN" and token.is_lower


def without_attendance_labels(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """No entity of a box score's "Attendance" before its crowd: "Attendance 41,829." (a person to the model)."""
    return [m for m in mentions if not (m.end - m.start == 1 and doc[m.start].text == "Attendance"
                                        and m.end < len(doc) and doc[m.end].like_num)]


def without_draft_positions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """No entity of a draft pick's position after the player's comma: "Bo Nix, QB, Oregon" (a place "QB" to the model),
    "Chop Robinson, DE, Penn State"; not the letters elsewhere ("The WR, or water resources, committee"), nor a state's
    after its town ("Dover, DE, police said")."""
    state_codes = {m.end + 1 for m in mentions if m.label in ("GPE", "LOC") and m.end + 1 < len(doc)
                   and doc[m.end + 1].text in _STATE_CODE_POSITIONS}
    return [m for m in mentions if not (m.end - m.start == 1 and doc[m.start].text in GRIDIRON_POSITIONS
                                        and m.start > 0 and doc[m.start - 1].text == ","
                                        and m.end < len(doc) and doc[m.end].text in (",", ".")
                                        and m.start not in state_codes)]


# Positions written as a state's code too: "Wilmington, DE," is Delaware.
_STATE_CODE_POSITIONS = frozenset({"DE"})


# An ordinal in digits: "38th", "1st", "22nd", "103rd".
_DIGIT_ORDINAL = re.compile(r"\d{1,4}(?:st|nd|rd|th)")
# Last words of a competition's name that make it an event, not a body: "World Cup", "Super Bowl", "Grand Prix".
_EVENT_LAST_WORDS = frozenset({"Cup", "Bowl", "Series", "Prix", "Slam", "Open", "Nations", "Origin"})


def with_ordinals_before_competitions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A count's ordinal the model ran into the competition after it is the ordinal and the competition: "his 38th
    World Cup win" (MONEY "38th World Cup" to the model), "the club's 100th Premier League win" (an organisation);
    not an ordinal in another name ("the 101st Airborne Division", "the 18th Amendment")."""
    out = []
    for m in mentions:
        rest = span_of(doc, m.start + 1, m.end).text if m.end - m.start > 1 else ""
        if m.label in NUMERIC_LABELS - {"MONEY"} or not _DIGIT_ORDINAL.fullmatch(doc[m.start].text) \
                or rest not in SPORT_COMPETITIONS:
            out.append(m)
            continue
        label = "EVENT" if doc[m.end - 1].text in _EVENT_LAST_WORDS else "ORG"
        out.append(Mention(m.start, m.start + 1, "ORDINAL", m.weight, m.source, key=_key_at(doc, m.start, m.start + 1)))
        out.append(Mention(m.start + 1, m.end, label, m.weight, m.source, key=_key_at(doc, m.start + 1, m.end)))
    return out


def _gaelic_tally_end(doc: Doc, i: int) -> int | None:
    """The end of a score of goals and points written from token i, its three tokens glued ("0-9": goals 0 to 5, then
    one or two digits of points); None where none starts there."""
    if i + 2 >= len(doc) or doc[i].whitespace_ or doc[i + 1].whitespace_ or doc[i + 1].text != "-":
        return None
    goals, points = doc[i].text, doc[i + 2].text
    return i + 3 if len(goals) == 1 and goals in "012345" and points.isdecimal() and len(points) <= 2 else None


# Words beside a side's score of goals and points, no player's: "drew 2-20 apiece", "won 1-15 to 0-13".
_SIDES_SCORE_WORDS = frozenset({"to", "apiece", "each"})


def _is_a_sides_score(doc: Doc, start: int, end: int) -> bool:
    """The score of goals and points at [start, end) is a side's, after a county or beside "to" or "apiece"."""
    return (start > 0 and (doc[start - 1].lower_ in _SIDES_SCORE_WORDS or doc[start - 1].lower_ in IRISH_COUNTIES)) \
        or (end < len(doc) and doc[end].lower_ in _SIDES_SCORE_WORDS)


def with_gaelic_tallies_whole(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """In a text about Gaelic games, a score of goals and points is whole: the model's count of its goals alone is the
    tally ("Tony Kelly added 0|CARDINAL-9" is "0-9", as "Gillane scored 0-10" is to it), and a county it ran into the
    score is the side ("beat Tipperary 3-25|DATE to 1-22": "Tipperary"); no score elsewhere ("2-3 people")."""
    if not is_about_gaelic_games(doc):
        return mentions
    out = []
    for m in mentions:
        if m.label == "CARDINAL" and m.end - m.start == 1 and (end := _gaelic_tally_end(doc, m.start)) is not None \
                and not _is_a_sides_score(doc, m.start, end):
            m = Mention(m.start, end, "CARDINAL", m.weight, m.source)
        elif m.label in NUMERIC_LABELS and m.end - m.start == 4 and doc[m.start].lower_ in IRISH_COUNTIES \
                and doc[m.start].is_title and _gaelic_tally_end(doc, m.start + 1) == m.end:
            m = Mention(m.start, m.start + 1, "ORG", m.weight, m.source)
        out.append(m)
    return out


def with_great_runs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Road races named "Great ... Run" events: "The Great North Run attracted 60,000 runners" (a building to the
    model); not a name of "Run" alone, a film's as often ("Chicken Run")."""
    return [replace(m, label="EVENT") if m.label != "EVENT" and m.end - m.start >= 3 and doc[m.start].text == "Great"
            and doc[m.end - 1].text == "Run" else m for m in mentions]


# An edition's roman number after an event's name: "LVIII" of "Super Bowl LVIII", "XL" of "WrestleMania XL"; two
# letters or more, as "I" and "V" are words too.
_EDITION_NUMBER = re.compile(r"[IVXLC]{2,8}")


def with_numbered_editions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An event's name runs on over the roman number of its edition written after it, which no other mention holds:
    "Super Bowl LVIII" (the model stopped at "Super Bowl"); not a number after another label ("Pope Leo XIV")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    return [replace(m, end=m.end + 1, key=_key_at(doc, m.start, m.end + 1))
            if m.label == "EVENT" and m.end_char is None and m.end < len(doc) and m.end not in covered
            and doc[m.end - 1].whitespace_ and _EDITION_NUMBER.fullmatch(doc[m.end].text) else m for m in mentions]


# The model's labels of a race named "... Derby"; not a person's, whose surname it may be ("Lord Derby").
_DERBY_MISLABELS = frozenset({"ORG", "GPE", "FAC", "WORK_OF_ART"})


def with_derbies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Races and matches named "... Derby" are events: "Epsom Derby", "Arkansas Derby" (organisations to the model),
    and a US state's name with "Derby" after it that no mention holds, "the Kentucky Derby" (the state alone); not a
    body "of Derby" ("the University of Derby"), a firm ("Royal Crown Derby"), nor the town after a place apart ("from
    Kentucky to Derby")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        # One word before "Derby", the race's place or people ("Epsom Derby", "Irish Derby"): longer names ending in
        # the town are its firms and stations ("Royal Crown Derby", "BBC Radio Derby", "Rolls-Royce Derby").
        if m.label in _DERBY_MISLABELS and m.end - m.start == 2 and doc[m.end - 1].text == "Derby":
            out.append(replace(m, label="EVENT"))
        elif m.label == "GPE" and m.end < len(doc) and doc[m.end].text == "Derby" and m.end not in covered \
                and doc[m.end - 1].whitespace_ and span_of(doc, m.start, m.end).text in US_STATES:
            out.append(replace(m, end=m.end + 1, label="EVENT", key=_key_at(doc, m.start, m.end + 1)))
        else:
            out.append(m)
    return out


# Labels the model gives the place of a grand prix written "GP" ("the British GP": the people alone).
_GRAND_PRIX_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG", "PERSON", "FAC"})
# The most words of a grand prix's place: "Sao Paulo", "Emilia Romagna", "Las Vegas Strip" aside.
_GRAND_PRIX_PLACE_WORDS = 3
# Words of a family doctor's work, a text with any of which writes "GP" of a doctor: "Patients complained to the
# Bristol GP", "She registered with the London GP nearest her flat" (not "practice", "doctor", of a race weekend too).
_FAMILY_DOCTOR_WORDS = frozenset({
    "patient", "patients", "surgery", "surgeries", "appointment", "appointments", "referral", "referrals",
    "prescription", "prescriptions", "prescribed", "nhs", "registered", "clinic",
})


def with_grands_prix_written_short(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A grand prix written "GP" after "the" (or a possessive) and a place or people the gazetteer knows is an event,
    whole: "won the Mexico City GP" (missed), "the British GP" (the people alone). Not a family doctor: "a Leeds GP",
    "the Leeds GP surgery" (a noun after it), "the Liverpool GP told the BBC" (a speaker), "the British GP who struck
    off" (a person), "his GP", nor in a text of a doctor's work ("Patients complained to the Bristol GP")."""
    words = words_of(doc)
    if "GP" not in words or not _FAMILY_DOCTOR_WORDS.isdisjoint(lowers_of(doc)):
        return mentions
    out = list(mentions)
    ends = {m.end: m for m in mentions}
    # The model's "GP" alone (an organisation) covers nothing the race's name may not take in.
    covered = {i for m in mentions if words[m.start:m.end] != ["GP"] for i in range(m.start, m.end)}
    for i, word in enumerate(words):
        if word != "GP" or i < 2 or i in covered or (i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN")) \
                or (doc[i].dep_ == "nsubj" and doc[i].head.lemma_ in SPEAKING_LEMMAS) \
                or (i + 1 < len(doc) and doc[i + 1].lower_ in ("who", "whose")):
            continue  # a doctor's: "the Leeds GP surgery", "the Liverpool GP told the BBC", "the British GP who"
        place = ends.get(i)
        if place is None:  # the model missed the place too: the longest run of capitalised words the gazetteer knows
            start = next((j for j in range(max(1, i - _GRAND_PRIX_PLACE_WORDS), i)
                          if all(t.is_title for t in doc[j:i]) and _in_gazetteer(span_of(doc, j, i).text)), None)
        elif place.label in _GRAND_PRIX_PLACE_LABELS and _in_gazetteer(span_of(doc, place.start, i).text):
            start = place.start
        else:
            continue
        if start is None or not (doc[start - 1].lower_ == "the" or doc[start - 1].tag_ == "POS"):
            continue
        out = [m for m in out if m is not place and not (m.start == i and m.end == i + 1)]
        out.append(Mention(start, i + 1, "EVENT", 1.0, "sport", key=_key_at(doc, start, i + 1)))
    return sorted(out, key=lambda m: m.start)


def _with_listed_clubs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Known clubs of more than one word written in full, whole, whatever the model made of their words: "San
    Francisco 49ers" (a place and a number to it), "Dallas Stars" (the place alone), "the Florida Panthers" (missed);
    not where a mention runs past the name ("Florida Panthers Arena")."""
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        length = _club_length_at(doc, i)
        if length:
            found.append(Mention(i, i + length, "ORG", 1.0, "sport", key=_key_at(doc, i, i + length)))
        i += length or 1
    if not found:
        return mentions
    kept = [m for m in mentions if not any(_within_club(doc, c, m) for c in found)]
    clubs = [c for c in found if not any(m.start < c.end and c.start < m.end for m in kept)]
    kept_inside = {id(m) for m in mentions if any(_within_club(doc, c, m) for c in clubs)}
    return sorted([m for m in mentions if id(m) not in kept_inside] + clubs, key=lambda m: m.start)


def _within_club(doc: Doc, club: Mention, m: Mention) -> bool:
    """The mention lies inside the club's name, or is that name with an article before it: "The Penrith Panthers won"
    (a work to the model)."""
    start = m.start + 1 if m.start + 1 == club.start and doc[m.start].lower_ in LEADING_ARTICLES else m.start
    return club.start <= start and m.end <= club.end


# Words after a club's name that name its women's side, in other languages: "Barcelona Femení", "Lyon Féminin",
# "Wolfsburg Frauen" (persons to the model); no English text writes them after another name.
_WOMENS_SIDE_WORDS = frozenset({"Femení", "Femenino", "Féminin", "Femminile", "Frauen", "Vrouwen"})
# English words that do so after a club's name only: "Chelsea Women", "Arsenal Ladies", "Lyon Feminine" (not "Afghan
# Women", nor "The Divine Feminine", an exhibition).
_ENGLISH_WOMENS_SIDE_WORDS = frozenset({"Women", "Ladies", "Feminine"})
# The most words of a club's name before such a word: "Paris Saint-Germain Féminine", "Manchester City Women".
_WOMENS_CLUB_WORDS = 3


def _with_womens_sides(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A club's women's side by its name and the word for it (see `_WOMENS_SIDE_WORDS`) made one team: "Chelsea
    Women|PERSON", "Arsenal" missed before "Women", "Barcelona Femení|PERSON"; a mention that runs past it stays."""
    for j, word in enumerate(words_of(doc)):  # the words read off the document's list: a Token of each costs more
        if word not in _WOMENS_SIDE_WORDS and word not in _ENGLISH_WOMENS_SIDE_WORDS:
            continue
        start = _womens_club_start(doc, j)
        if start is None or _runs_on_capitalised(doc, j) or any(
                (m.start < start < m.end) or (m.start <= j < m.end and m.end > j + 1) for m in mentions):
            continue
        mentions = [m for m in mentions if not (start <= m.start and m.end <= j + 1)]
        mentions.append(Mention(start, j + 1, "ORG", 1.0, "sport", key=_key_at(doc, start, j + 1)))
    return sorted(mentions, key=lambda m: m.start)


def _runs_on_capitalised(doc: Doc, j: int) -> bool:
    """A longer name runs on past the women's word at `j`: "Leicester Ladies Hockey Club" (the club's whole name)."""
    return j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha \
        and not doc[j + 1].is_sent_start


def _womens_club_start(doc: Doc, j: int) -> int | None:
    """Where the club's name before the women's word at `j` opens (see `_with_womens_sides`); None: no club's."""
    english = doc[j].text in _ENGLISH_WOMENS_SIDE_WORDS
    for length in range(min(_WOMENS_CLUB_WORDS, j), 0, -1):
        start = j - length
        name = doc[start:j]
        if not all(t.text[:1].isupper() or t.text == "-" for t in name) or "\n" in name.text \
                or (start > 0 and doc[start - 1].text[:1].isupper() and not doc[start].is_sent_start):
            continue
        if not english or " ".join(t.lower_ for t in name) in _KNOWN_TEAMS:
            return start
    return None


# Words for a stadium that open its name in French, Spanish, Italian, German, Portuguese: "Stade de France", "Estadio
# Azteca", "Stadio Olimpico"; and the particles after them.
_STADIUM_WORDS = frozenset({"stade", "estadio", "stadio", "stadion", "estádio", "estadi"})
# Words before a venue's name ("at the Stade de France"), which a club written "Stade de Reims" is not after.
_VENUE_PREPOSITIONS = frozenset({"at", "in", "inside", "outside", "into", "to", "from", "near"})
_STADIUM_PARTICLES = frozenset({"de", "del", "della", "di", "do", "da", "des", "du", "la", "le", "of"})
# The divisions of college sport, which end a body's name: "NCAA Division I" (the model stops at "Division").
_DIVISION_NUMBERS = frozenset({"I", "II", "III", "1", "2", "3"})


def _with_stadiums(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A stadium whose name opens with a foreign word for one, whole: "the Stade de France" (only "France", a place, to
    the model), "Estadio Azteca"; the name after the word is the mention the model found there, or its capitalised
    word."""
    out = list(mentions)
    for i, lower in enumerate(lowers_of(doc)):
        if lower not in _STADIUM_WORDS:
            continue  # read off the word list: a Token for every word of the document costs more than the rule
        token = doc[i]
        if not token.is_title:
            continue
        particle = i + 1 < len(doc) and doc[i + 1].lower_ in _STADIUM_PARTICLES
        name = i + 1 + particle
        # French clubs are "Stade" and their town's adjective: "Stade Rennais", "Stade Toulousain" (no particle).
        if name >= len(doc) or not doc[name].text[:1].isupper() or (token.lower_ == "stade" and not particle):
            continue
        before = i - 1 - (i > 0 and doc[i - 1].lower_ == "the")
        if token.lower_ == "stade" and not (before >= 0 and doc[before].lower_ in _VENUE_PREPOSITIONS):
            continue  # "The Stade de Reims board said": a club; "at the Stade de France" the venue
        found = next((m for m in out if m.start <= name < m.end), None)
        if found is not None and found.start <= i:
            continue  # the model's already, or a longer name's part
        end = found.end if found is not None else name + 1
        out = [m for m in out if not (i <= m.start and m.end <= end)] \
            + [Mention(i, end, "FAC", 1.0, "sport", key=_key_at(doc, i, end))]
    return sorted(out, key=lambda m: m.start)


def _with_division_numbers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A body's name that ends in "Division" with the division's number after it: "NCAA Division I"."""
    return [Mention(m.start, m.end + 1, m.label, m.weight, m.source, key=_key_at(doc, m.start, m.end + 1))
            if m.label == "ORG" and doc[m.end - 1].text == "Division" and m.end < len(doc)
            and doc[m.end].text in _DIVISION_NUMBERS else m for m in mentions]


# Words of a competition's name before its group's ("Nations League Group 2", "Champions League Group B"; not "Adani
# Group 2", a firm's), and what names a group after "Group": a number or a letter.
_COMPETITION_WORDS = frozenset({"League", "Cup", "Championship", "Championships", "Nations"})
_GROUP_NAME = re.compile(r"(?:\d{1,2}|[A-L])")


def _with_group_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A competition's name that ends in "Group" with the group's number or letter after it, whole: "Nations League
    Group 2" (the model stops at "Group", and reads "2" as a count of its own), "AFCON Group A" (a known
    competition's, see `SPORT_COMPETITIONS`)."""
    out, grown = [], []
    for m in mentions:
        end = m.end
        if m.label in ("ORG", "EVENT") and doc[end - 1].text == "Group" and end < len(doc) \
                and _GROUP_NAME.fullmatch(doc[end].text) \
                and (any(t.text in _COMPETITION_WORDS for t in doc[m.start:end - 1])
                     or doc[m.start:end - 1].text in SPORT_COMPETITIONS):
            m = Mention(m.start, end + 1, m.label, m.weight, m.source, key=_key_at(doc, m.start, end + 1))
            grown.append(m)
        out.append(m)
    # the group's number the model read as a count of its own goes: "2" of "Group 2"
    return [m for m in out if not any(g.start <= m.start and m.end <= g.end and g is not m for g in grown)]


def _club_length_at(doc: Doc, i: int) -> int:
    """The number of words of the known club whose name starts at token `i`, capitalised as a name (0: none); not
    the first words of a longer name, a venue's ("Florida Panthers Arena")."""
    if not doc[i].is_title and not doc[i].is_upper:
        return 0
    for length in range(min(_LONGEST_CLUB, len(doc) - i), 1, -1):
        end = i + length
        if _compact("".join(_key_at(doc, i, end))) in _LONG_CLUBS \
                and not any(t.is_lower and t.is_alpha and doc[t.i - 1].whitespace_ for t in doc[i + 1:end]) \
                and not any(t.is_space or "\n" in t.whitespace_ for t in doc[i:end]) \
                and not (end < len(doc) and doc[end].is_title and doc[end].lower_ in FACILITY_HEADS):
            return length  # "49ers" is no lower-case word
    return 0


def _team_nicknames(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of a North American team's nickname written capitalised after "the", which the model took for a person,
    a people or a law: "signed with the Dodgers", "the Lakers lost"; not a royal house or an order's members ("the
    Kings of Spain")."""
    return {m.key for m in mentions if m.end - m.start == 1 and m.label in _NICKNAME_MISLABELS and m.key
            and m.key[0] in _TEAM_NICKNAMES and m.start > 0 and doc[m.start - 1].lower_ == "the"
            and doc[m.start].is_title and not (m.end < len(doc) and doc[m.end].lower_ == "of")}


def _without_goals_behinds_scores(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """No date nor number in an Australian football score: "6.7 (43)" gave a CARDINAL and a DATE (see
    `in_goals_behinds_score`, whose sum check makes it safe in any text)."""
    if "(" not in text_of(doc):
        return mentions
    return [m for m in mentions if m.label not in _NUMBER_LABELS
            or not in_goals_behinds_score(text_of(doc), doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]))]


def _is_score_number(doc: Doc, text: str, m: Mention) -> bool:
    """A number the model took out of a score ("1" of "drew 1-1"), or a whole score it took for a date; not a whole
    range or tally it counted ("voted 45-30", "aged 18-24")."""
    span = span_of(doc, m.start, m.end)
    if m.label == "DATE":  # a score the model took for a date: "beat the Buffalo Bills 32-29"
        return _SCORE_RE.fullmatch(span.text) is not None
    if m.label == "CARDINAL" and _is_goals_and_points(doc, text, span):
        return True
    if m.label != "CARDINAL" or _SCORE_RE.search(span.text):
        return False
    window = text[max(0, span.start_char - 4):span.end_char + 4]
    offset = span.start_char - max(0, span.start_char - 4)
    return any(s.start() <= offset + len(span.text) and offset <= s.end() for s in _SCORE_RE.finditer(window))


# Verbs of a result its score follows, a side's name between maybe: "beat Nigeria 2-1", "won 5-4", "lost 3-0 to" (not
# a body's "ruled 5-4" or "backed the plan 3-2", whose tallies the vote rule reads).
_RESULT_BEFORE_SCORE = re.compile(r"\b(?:beat|beats|beating|defeated|defeating|thrashed|hammered|routed|edged|overcame|"
                                  r"drew|draw|lost|lose|loses|losing|won|win|wins|winning|were\s+beaten|stunned|upset)"
                                  rf"\s+(?:(?:the\s+)?{_SIDE}\s+)?$")
# A result's noun its score comes before: "a 2-1 win over", "their 3-0 defeat".
_RESULT_NOUN_AFTER_SCORE = re.compile(r"\s+(?:(?:home|away|league|cup)\s+)?"
                                      r"(?:win|victory|defeat|loss|draw|triumph|thrashing)\b")
# How far before a score its result's verb and a side's name may be.
_RESULT_REACH = 60


def _without_halves_of_results(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions but a number the model cut out of a result's score ("2" of "Ghana beat Nigeria 2-1", "5" of "The
    Lakers won 5-4") or of a batter's hits in at-bats ("6" of "went 6-for-6"), in a text about sport or not: half a
    score counts nothing (a whole one stays as the model read it, and a vote's tally is the vote rule's)."""
    cardinals = [m for m in mentions if m.label == "CARDINAL"]
    if not cardinals:
        return mentions
    text = text_of(doc)
    hits = hits_in_tries(text)
    halves = {id(m) for m in cardinals if _is_half_a_result(doc, text, m) or hits.overlap(*_char_span(doc, m))}
    return [m for m in mentions if id(m) not in halves]


def _char_span(doc: Doc, m: Mention) -> tuple[int, int]:
    return doc[m.start].idx, _end_char(doc, m)


def _is_half_a_result(doc: Doc, text: str, m: Mention) -> bool:
    """The mention starts a game's score it does not cover, which a result's verb before or noun after reads (not
    a tally with a side of two digits, which `with_whole_tallies` makes one count: "Senators defeated 52-48 the
    amendment")."""
    start, end = _char_span(doc, m)
    score = _SCORE_RE.match(text, start)
    if score is None or end >= score.end() or opens_a_tally(text, start):
        return False  # a whole score, or a tally the tallies rule makes one count ("a 52-48 victory for Leave")
    if _RESULT_NOUN_AFTER_SCORE.match(text, score.end()) is not None:
        return True
    return _RESULT_BEFORE_SCORE.search(text[max(0, start - _RESULT_REACH):start]) is not None \
        and not _counts_after(doc, score.end())


# Words after two numbers joined by a dash that make them a range of a count or a measure: "win 2-3 seats", "won 4-5
# new contracts", "lose 2-3 mph" (a score is followed by a preposition, a stop or nothing).
_COUNTED_AFTER_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "SYM"})


def _counts_after(doc: Doc, end_char: int) -> bool:
    """The word right after the numbers ending at `end_char` is one they count or measure."""
    after = next((t for t in doc if t.idx >= end_char), None)
    return after is not None and (after.pos_ in _COUNTED_AFTER_POS or after.text in ("%", "percent", "per"))


# A score of goals and points, and the other side's after "to" or before it: "won 1-15 to 0-13".
_GOALS_AND_POINTS = r"[0-5]-\d{1,2}"
_GOALS_AND_POINTS_RE = re.compile(_GOALS_AND_POINTS)
_OTHER_SIDES_AFTER = re.compile(rf"\s+to\s+{_GOALS_AND_POINTS}\b")
_OTHER_SIDES_BEFORE = re.compile(rf"\b{_GOALS_AND_POINTS}\s+to\s+$")


def _is_goals_and_points(doc: Doc, text: str, span: Span) -> bool:
    """A whole score of Gaelic games, goals and points, beside the other side's in a text about them: "Limerick won
    1-15|CARDINAL to 0-13|CARDINAL" (a whole tally elsewhere stays: "voted 45-30")."""
    return _GOALS_AND_POINTS_RE.fullmatch(span.text) is not None and is_about_gaelic_games(doc) \
        and bool(_OTHER_SIDES_AFTER.match(text, span.end_char)
                 or _OTHER_SIDES_BEFORE.search(text[max(0, span.start_char - 12):span.start_char]))


# Labels of numbers, which in a match report's box line are minutes, a crowd or a shirt ("Replacements: O Woodburn for
# Nowell (61)", "(England, 58 min)"), no date nor count of the report's.
_NUMBER_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "ORDINAL"})


def _in_box_line(doc: Doc, m: Mention, labels: list[tuple[int, int]], lines: list[tuple[int, int]]) -> bool:
    """A number in a box line (`lines`), or a box line's label (`labels`) the model read as a name: "61" of "O
    Woodburn for Nowell (61)", "Sin-bin" of "Sin-bin: Maro Itoje (England, 58 min)."."""
    start, end = doc[m.start].idx, _end_char(doc, m)
    spans = labels + lines if m.label in _NUMBER_LABELS else labels
    return any(box_start <= start and end <= box_end for box_start, box_end in spans)


# Labels the model gives a line-up's players written by initial and surname ("D Sheehan|ORG", "L McGrath|LOC").
_PLAYER_MISLABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})


def _line_up_players(doc: Doc, text: str, mentions: list[Mention], lines: list[tuple[int, int]]
                     ) -> set[tuple[str, ...]]:
    """Keys of the names after a line-up's colon that the model took for a place or a body, no team's or country's:
    players ("Leinster: H Keenan; ... A Porter, D Sheehan", "R Kelleher for Sheehan (55)")."""
    found = set()
    for start, end in lines:
        names_from = text.index(":", start)
        for m in mentions:
            if m.label in _PLAYER_MISLABELS and m.key and names_from < doc[m.start].idx and _end_char(doc, m) <= end \
                    and " ".join(m.key) not in _KNOWN_TEAMS and not _is_country_or_state(m.key) \
                    and not _in_gazetteer(" ".join(m.key)):
                found.add(m.key)
    return found


def _clubs_missed(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """Place-named clubs the model left out ("Arsenal" of "Manchester City beat Arsenal 2-1"), where a side."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for i, token in enumerate(tokens_of(doc)):  # the document's token list: no Token built again for each
        if i in covered or not token.is_title:
            continue
        for length in (2, 1):
            key = _key_at(doc, i, i + length)
            if i + length <= len(doc) and _is_club_name(doc, " ".join(key)) \
                    and not any(j in covered for j in range(i, i + length)):
                m = Mention(i, i + length, "ORG", 1.0, "sport", key=key)
                if _is_a_hearts_feeling(doc, m):
                    break
                if _is_team_side(doc, text, m) or _is_played_in_a_clause(doc, m):
                    added.append(m)
                    covered.update(range(i, i + length))
                break
    return added


# Verbs of people's hearts, not of Heart of Midlothian's: "Hearts sank across Glasgow", "Hearts were broken".
_HEARTS_VERBS = frozenset({"sink", "break", "melt", "race", "pound", "ache", "bleed", "flutter", "skip", "swell",
                           "leap", "warm", "stop"})


def _is_a_hearts_feeling(doc: Doc, m: Mention) -> bool:
    """"Hearts" the subject of a verb of a heart's ("Hearts sank across Glasgow as Rangers lost 2-1"): no club."""
    head = doc[m.end - 1]
    return m.key == ("hearts",) and head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in _HEARTS_VERBS


# Labels the model gives a place-named club that no reading of the place has: "Everton|PERSON", "Leeds|DATE" of
# "Arsenal hit Leeds with two late goals", "Leeds|PRODUCT winger".
_CLUB_MISLABELS = frozenset({"PERSON", "DATE", "TIME", "PRODUCT", "NORP", "WORK_OF_ART", "LAW", "EVENT", "CARDINAL"})
# Roles of a club's name in its clause: the subject or the object of a verb ("Inter finished second", "Everton were
# relegated", "Arsenal hit Leeds").
_CLAUSE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def _is_misread_club(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """A place-named club in a text about sport that the model read as no place nor body, played in its sentence
    ("Liverpool attacked Everton|PERSON and scored twice", "hit Leeds|DATE with two late goals"): the team; not after an
    honorific, where the words around make it the town ("He visited Lyon|PERSON last summer"), nor where a person of the
    text is named by it ("Everton Soares ... Everton said")."""
    if m.label not in _CLUB_MISLABELS or not m.key or not _is_club_name(doc, " ".join(m.key)) \
            or not doc[m.start].is_title or _is_honoured(doc, m) \
            or not (_is_played_in_a_clause(doc, m) or _is_drawn_against(doc, m)):
        return False
    return not any(o.label == "PERSON" and len(o.key) > len(m.key) and set(m.key) <= set(o.key) for o in mentions)


def _is_misread_county_side(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """An Irish county's one word that a text about Gaelic games writes as no place (not after "in", "from") and the
    model read as a person: the county's side ("Derry, Tyrone and Armagh are the favourites for the Ulster football
    title"); not a county that is a given name too ("Kerry", "Clare"), after an honorific, nor where a person of the
    text is named by it."""
    if m.label not in _IRISH_PLACE_MISLABELS or len(m.key) != 1 or m.key[0] not in IRISH_COUNTIES \
            or m.key[0] in _NOT_COUNTY_NAMES or m.key[0] in _GIVEN_NAME_COUNTIES or not is_about_gaelic_games(doc) \
            or _is_honoured(doc, m) or listed_after_a_locative(doc, m.start):
        return False
    return not any(o.label == "PERSON" and len(o.key) > 1 and m.key[0] in o.key for o in mentions)


# Prepositions before the other side of a draw or a tie: "drawn with Lazio", "in the same group as Lazio".
_AGAINST_PREPOSITIONS = frozenset({"against", "with", "as", "v", "vs"})


def _is_drawn_against(doc: Doc, m: Mention) -> bool:
    """A club's name after "against", "with" or "as", in a sentence naming another club or a competition: "Celtic
    were drawn in the same group as Lazio in the Champions League"."""
    head = doc[m.end - 1]
    if head.dep_ != "pobj" or head.head.lower_ not in _AGAINST_PREPOSITIONS or _is_place_use(doc, m):
        return False
    return _other_club(head.sent, m) or _names_competition(head.sent)


def _is_played_in_a_clause(doc: Doc, m: Mention) -> bool:
    """A club's name as the subject or the object of a verb, in a sentence with play in it (a score, a word of play,
    another club or a competition: "Inter finished second in Serie A last season", "Everton were relegated after a 2-1
    defeat", "Bologna finished fifth in Serie A"); not a word of a longer name or a modifier ("Celtic music", "Bath
    time"), nor before "of" ("Arsenal of weapons"), nor the subject of "be" ("Bath is a lovely city, the striker said
    after scoring"), nor where the words around make it the town."""
    head = doc[m.end - 1]
    after = doc[m.end] if m.end < len(doc) else None
    if head.dep_ not in _CLAUSE_ROLES or head.head.pos_ not in ("VERB", "AUX") \
            or (head.dep_ == "nsubj" and head.head.lemma_ == "be") \
            or (after is not None and (after.is_title or after.lower_ == "of")) or _is_place_use(doc, m):
        return False
    sentence = head.sent
    return _has_play(sentence) or _other_club(sentence, m) or _names_competition(sentence)


def _names_competition(sentence: Span) -> bool:
    """The sentence names a competition ("Bologna finished fifth in Serie A"), where a club is played as a side."""
    text = sentence.text  # built once: a Span joins its tokens' text again at each read
    return any(_has_phrase(text, name) for name in SPORT_COMPETITIONS)


def _with_nicknames(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """North American teams' nicknames written alone where the sentence plays them as a team ("Celtics 118, Knicks
    104:", "Jalen Brunson led the Knicks", "The Celtics lost to the Heat"), in place of what the model made of them
    ("Bruins|PERSON", "Bruins 3|LAW"); not inside a longer name ("Boston Celtics", "Tamil Tigers")."""
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        length = _nickname_length_at(doc, i)
        if length and _plays_as_team(doc, text, i, i + length):
            found.append(Mention(i, i + length, "ORG", 1.0, "sport", key=_key_at(doc, i, i + length)))
        i += length or 1
    return _in_place_of_model(mentions, found)


def _in_place_of_model(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """`found` in place of the mentions inside each (or inside it and the score after it: "Bruins 3"); not where a
    mention runs past it before ("Boston Celtics", which is the team already)."""
    kept = list(mentions)
    for f in found:
        over = [m for m in kept if m.start < f.end and f.start < m.end]
        if any(m.start < f.start or m.end > f.end + 1 for m in over):
            continue
        kept = [m for m in kept if not any(m is o for o in over)] + [f]
    return sorted(kept, key=lambda m: m.start)


def _nickname_length_at(doc: Doc, i: int) -> int:
    """The number of words of a nickname capitalised at token `i`, on its own (no capitalised word before or after it
    but "The": not "Tamil Tigers", "Kings Cross"); 0: none."""
    lowers = lowers_of(doc)
    for length in (2, 1):
        end = i + length
        # The words first, off the doc's list: asked at every token of a text about sport, a Token each was costly.
        if end > len(doc) or " ".join(lowers[i:end]) not in _NICKNAMES \
                or not all(t.is_title or t.text[:1].isdigit() for t in tokens_of(doc)[i:end]):
            continue
        before = doc[i - 1] if i > 0 else None
        after = doc[end] if end < len(doc) else None
        if (before is not None and before.is_title and before.lower_ != "the" and not before.is_sent_start) \
                or (after is not None and after.is_title and after.lower_ not in TEAM_WORDS):
            return 0
        return length
    return 0


def _plays_as_team(doc: Doc, text: str, start: int, end: int) -> bool:
    """The nickname at doc[start:end] is the team's: with its points after it ("Knicks 104:"), before a team's word
    ("Warriors coach Steve Kerr"), a side of a result ("lost to the Heat"), or after "the" when no common word ("led
    the Knicks"; not "the Giants of industry")."""
    after = doc[end] if end < len(doc) else None
    after_the = start > 0 and doc[start - 1].lower_ == "the"
    if after is not None and after.text.isdigit() and len(after.text) <= 3 \
            and (_ends_points(doc, end + 1) or after_the):  # "Knicks 104:", "to the Colts 17 with 48 seconds left"
        return True
    if after is not None and after.is_lower and after.lower_ in TEAM_WORDS:
        return True
    span = doc[start:end]
    sentence_start = span.sent.start_char
    before = text[max(sentence_start, span.start_char - 40):span.start_char]
    the = re.search(r"\bthe\s+$", before, re.IGNORECASE)
    if _AFTER_VERB.search(before[:the.start()] if the else before) or _BEFORE_VERB.match(text, span.end_char):
        return True
    nickname = " ".join(t.lower_ for t in span)
    # A football nickname beside its club's name is the club's: "Arsenal ... the Gunners were the better side".
    common = nickname in COMMON_WORD_NICKNAMES and not _club_named(text, nickname)
    return the is not None and not common and not (after is not None and after.lower_ == "of") \
        and (_sport_cue_in(span) or not _is_thin_sport_text(doc))


def _club_named(text: str, nickname: str) -> bool:
    """The text names a club the football nickname stands for: "Arsenal" for "gunners"."""
    lowered = text.lower()
    return any(_has_phrase(lowered, club) for club in FOOTBALL_NICKNAMES.get(nickname, ()))


def is_nickname_out_of_sport(doc: Doc, m: Mention) -> bool:
    """A team's nickname in a sentence with no cue of sport, in its ordinary sense in a text that has the team too:
    "The Royals at Windsor Castle hosted a state banquet" after "The Royals beat the Yankees 5-3"."""
    nickname = " ".join(m.key)
    if not (m.end - m.start <= 2 and nickname in _NICKNAMES and m.start > 0 and doc[m.start - 1].lower_ == "the"):
        return False  # "Saints shut down Bush": the headline's team
    lowered = text_of(doc).lower()
    if any(team.endswith(" " + nickname) and _has_phrase(lowered, team) for team in NORTH_AMERICAN_TEAMS):
        return False  # the team named in full: "the Red Sox" of the "Boston Red Sox"
    return not _sport_cue_in(doc[m.start:m.end]) and _is_thin_sport_text(doc)


def is_word_nickname_out_of_sport(doc: Doc, m: Mention) -> bool:
    """A national team's nickname that names other things too (see `NATIONAL_NICKNAMES_OF_WORDS`) without "the" nor a
    team's post after it, in a sentence with no cue of sport: "Proteas are native to South Africa", "He gave her Red
    Roses" (not "The Red Roses beat France 38-17", "Proteas captain Temba Bavuma said"; nor "The Lionesses will visit
    Downing Street", as the press writes the team)."""
    return " ".join(m.key) in NATIONAL_NICKNAMES_OF_WORDS and not (m.start > 0 and doc[m.start - 1].lower_ == "the") \
        and not (m.end < len(doc) and doc[m.end].lower_ in TEAM_POSTS) and not _sport_cue_in(doc[m.start:m.end])


def _is_thin_sport_text(doc: Doc) -> bool:
    """The text is about sport by little more than a score line or a result: no competition and fewer distinct words
    of sport than make a text about sport (a mixed text: "The Royals beat the Yankees 5-3. The Royals at Windsor
    Castle hosted a state banquet."); a match report or a season's story is not."""
    text = text_of(doc)
    if any(_has_phrase(text, name) for name in SPORT_COMPETITIONS):
        return False
    found = {w.rstrip("s") for w in _SPORT_SINGLE & _lower_words(doc)}
    lowered = text.lower()
    return len(found) + sum(_has_phrase(lowered, phrase) for phrase in _SPORT_PHRASES) < MIN_SPORT_WORDS


def _sport_cue_in(span: Span) -> bool:
    """The span's sentence speaks of sport: a word of sport, a score, or another team's nickname ("led the Knicks to
    a 112-108 win"); not "The Tigers at Dudley Zoo are thriving" nor "The Saints of the Church of England"."""
    sentence = span.sent
    lowered = sentence.text.lower()
    return any(t.lower_ in _SPORT_SINGLE for t in sentence) \
        or any(_has_phrase(lowered, phrase) for phrase in _SPORT_PHRASES) \
        or re.search(r"\d\s?[-–]\s?\d", sentence.text) is not None \
        or any(not span.start <= t.i < span.end and t.is_title and t.lower_ in _NICKNAMES for t in sentence)


def _ends_points(doc: Doc, i: int) -> bool:
    """The token at `i` ends a side's points: a score line's comma or colon, a dash, the other side's name ("Knicks
    104:", "Heat 104 Celtics 99"); not a title's words ("Giants 2 the documentary")."""
    return i >= len(doc) or doc[i].text in (",", ":", "-", "–", ")", ".", ";") or doc[i].is_title


def _with_score_lines(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """A score line's sides as teams (a known club or nickname) or countries, its points no numbers: "England 27
    Wales 18:" (not the model's "England 27|WORK_OF_ART"), "Celtics 118, Knicks 104:" (no "118")."""
    for match in _SCORE_LINE.finditer(text):
        points = [match.span("home_points"), match.span("away_points")]
        mentions = [m for m in mentions if not any(start <= doc[m.start].idx and _end_char(doc, m) <= end
                                                   for start, end in points)
                    and not _runs_over_points(doc, m, match.start("home"), match.end("away_points"), points)]
        for side, (_, points_end) in zip(("home", "away"), points, strict=True):
            mentions = _with_side(doc, mentions, *match.span(side), points_end)
    return mentions


def _runs_over_points(doc: Doc, m: Mention, start: int, end: int, points: list[tuple[int, int]]) -> bool:
    """The model's mention lies within a score line's sides (text[start:end]) and takes in a side's points with a
    name: "Olympiacos 79 Fenerbahce 88|LAW", "88 Collingwood|PRODUCT" (no name of anything)."""
    first, last = doc[m.start].idx, _end_char(doc, m)
    return start <= first and last <= end and any(first < points_end and points_start < last
                                                  for points_start, points_end in points)


def _with_side(doc: Doc, mentions: list[Mention], start: int, end: int, points_end: int) -> list[Mention]:
    """The side of a score line at text[start:end] as a team's or a country's mention, in place of the model's
    mentions inside it and its points (`points_end`); as it was where it is neither, or a mention runs past it."""
    span = doc.char_span(start, end)
    if span is None:
        return mentions
    key = _key_at(doc, span.start, span.end)
    if " ".join(key) in _KNOWN_TEAMS:
        label = "ORG"
    elif _is_country_or_state(key):
        label = "GPE"
    else:
        return mentions
    over = [m for m in mentions if m.start < span.end and span.start < m.end]
    if any(m.start < span.start or _end_char(doc, m) > points_end for m in over):
        return mentions
    side = Mention(span.start, span.end, label, 1.0, "sport", key=key)
    return sorted([m for m in mentions if not any(m is o for o in over)] + [side], key=lambda m: m.start)


def _end_char(doc: Doc, m: Mention) -> int:
    """Where the mention ends in the text."""
    last = doc[m.end - 1]
    return last.idx + len(last.text)


def _is_team_side(doc: Doc, text: str, m: Mention) -> bool:
    """A club's mention that the sentence plays as a side or names before a team's post; a model place or
    organisation (not a country or state) likewise, but only with a score; a person only if a known club."""
    if m.label not in _SIDE_LABELS or not m.key or _is_honoured(doc, m):
        return False
    club = _is_club_name(doc, " ".join(m.key))
    if not club and (m.label not in ("GPE", "LOC") or _is_country_or_state(m.key)):
        return False
    if _before_team_post(doc, m):
        return True
    sentence = doc[m.start].sent
    span = doc[m.start:m.end]
    sentence_text = text[sentence.start_char:sentence.end_char]
    scored = bool(_SCORE_RE.search(sentence_text))
    before = text[max(sentence.start_char, span.start_char - 40):span.start_char]
    if _RESULT_NOUN_BEFORE.search(before) or _RESULT_NOUN_AFTER.match(text, span.end_char):
        return True
    if club and (_TRANSFER_BEFORE.search(before) or _is_one_of_a_pair_played(text, before, span.end_char)
                 or _TITLE_WON_AFTER.match(text, span.end_char) or _SCORERS_FOR_BEFORE.search(before)
                 or _GAELIC_TALLY_AFTER.match(text, span.end_char)):
        return True
    if not (_AFTER_VERB.search(before) or _BEFORE_VERB.match(text, span.end_char)):
        return False
    if club:
        return scored or bool(_MATCH_WORDS.search(sentence_text)) or _other_club(sentence, m)
    # A place is a team only with the score beside it: a sentence's vote tally elsewhere makes none ("Milan beat
    # Rome in the race to host the Olympics, winning the vote 47-34").
    return bool(_SCORE_AFTER.match(text, span.end_char) or _SCORE_BEFORE.search(before))


# A match's noun before "between" and its two sides: "The Ulster final between Armagh and Donegal", "the derby
# between Liverpool and Everton" (not "the road between Liverpool and Manchester").
_MATCH_BETWEEN = r"\b(?:final|semi-final|quarter-final|match|game|derby|clash|tie|replay)\s+between\s+"
_FIRST_BETWEEN = re.compile(rf"{_MATCH_BETWEEN}$")
_SECOND_BETWEEN = re.compile(rf"{_MATCH_BETWEEN}[A-Z][\w'’-]*\s+and\s+$")
# Two sides and a draw between them, its score after "drew": "Cork and Tipperary drew 2-20 apiece" (not "Cork and
# Kerry drew a big crowd").
_DRAW_AFTER = r"\s+(?:(?:drew|draw)\s+\d{1,2}\s?[-–]\s?\d{1,2}\b|finished\s+level\b|shared\s+the\s+spoils\b)"
_FIRST_OF_DRAW = re.compile(rf"\s+and\s+[A-Z][\w'’-]*{_DRAW_AFTER}")
_SECOND_OF_DRAW_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+and\s+$")
_SECOND_OF_DRAW_AFTER = re.compile(_DRAW_AFTER)


# A results box's heading of a side's scorers: "Scorers for Kerry: D Clifford 0-8" (a person to the model).
_SCORERS_FOR_BEFORE = re.compile(r"\b[Ss]corers?\s+for\s+$")
# A side's tally of goals and points right after its name, as a Gaelic result writes it: "Kerry 1-20 Derry 0-14".
_GAELIC_TALLY_AFTER = re.compile(r"\s[0-5]-\d{1,2}\b(?!-)")


def _is_one_of_a_pair_played(text: str, before: str, end: int) -> bool:
    """A side of a pair that a match's noun puts "between" or that drew, the other written beside it: "The Ulster
    final between Armagh and Donegal", "Cork and Tipperary drew 2-20 apiece"."""
    return bool(_FIRST_BETWEEN.search(before) or _SECOND_BETWEEN.search(before) or _FIRST_OF_DRAW.match(text, end)
                or (_SECOND_OF_DRAW_BEFORE.search(before) and _SECOND_OF_DRAW_AFTER.match(text, end)))


def _other_club(sentence: Span, m: Mention) -> bool:
    """Another known club in the sentence: "Chelsea host Everton on Saturday"."""
    names = {t.lower_ for t in sentence if t.is_title and not m.start <= t.i < m.end}
    return any(_is_club_name(sentence.doc, name) for name in names)


def _before_team_post(doc: Doc, m: Mention) -> bool:
    """A club's name before a post in it ("Arsenal boss Mikel Arteta", "Everton fans"); a model place's only when a
    name follows the post ("Leicester manager Brendan Rodgers"), never a word capitalised by the sentence's start."""
    if m.end >= len(doc):
        return False
    post = m.end + (doc[m.end].lower_ in ("head", "assistant", "caretaker", "interim") and m.end + 1 < len(doc))
    if not doc[post].is_lower or doc[post].lower_ not in TEAM_POSTS:
        return False
    if _is_club_name(doc, " ".join(m.key)):
        return True
    following = doc[post + 1] if post + 1 < len(doc) else None
    return m.source == "model" and following is not None and following.ent_type_ == "PERSON"


def _is_honoured(doc: Doc, m: Mention) -> bool:
    """After "Mr", "Mrs", "Ms": a person's name, never a team's."""
    return m.start > 0 and doc[m.start - 1].lower_.rstrip(".") in _HONORIFICS


def _is_place_use(doc: Doc, m: Mention) -> bool:
    """A mention that a locative word before it, a town's word after it (its own's too) or a dateline's date after it
    makes the place: "back to Liverpool", "the city of Liverpool", "Liverpool city centre", "Liverpool's metro mayor",
    "MILAN 1996-08-30"."""
    before = doc[m.start - 1].lower_ if m.start > 0 else ""
    before_that = doc[m.start - 2].lower_ if m.start > 1 else ""
    after = doc[m.end].lower_ if m.end < len(doc) else ""
    if after in ("'s", "’s") and m.end + 1 < len(doc):
        after = doc[m.end + 1].lower_
    end_char = doc[m.end - 1].idx + len(doc[m.end - 1])
    return bool(_DATE.match(text_of(doc), end_char)) or before in _PLACE_BEFORE \
        or (before == "to" and before_that == "back") or (before == "of" and before_that in _TOWN_NOUNS) \
        or after in _PLACE_AFTER or bool(_TOWN_APPOSITION.match(text_of(doc), end_char)) \
        or _beside_its_institution(doc, m)


def _beside_its_institution(doc: Doc, m: Mention) -> bool:
    """A one-word name in a sentence that names a council, a police force or a court after it elsewhere: "Leeds City
    Council said Leeds would host the event" (the town, not Leeds Rhinos)."""
    if m.end - m.start != 1:
        return False
    sentence = doc[m.start].sent
    return any(t.text == doc[m.start].text and t.i != m.start and t.i + 1 < sentence.end
               and doc[t.i + 1].lower_ in _INSTITUTION_AFTER and doc[t.i + 1].is_title for t in sentence)


def _players(doc: Doc, text: str, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """One-word sides of a result in a text about a sport of single players, which the model called an organisation
    or a place, and no place or club is known by: people ("Swiatek lost 6-0 to Gauff"); likewise a whole name the
    model called an organisation (see `_may_be_a_players_name`: "Sun Yingsha|ORG beat Hina Hayata|ORG 4-1")."""
    found = set()
    for m in mentions:
        # Not a team's nickname in the plural ("the Springboks held a 32-8 lead"): a player's name is one.
        if m.label not in ("ORG", "GPE", "LOC") or (m.end - m.start != 1 and not _may_be_a_players_name(doc, m)) \
                or (m.start > 0 and doc[m.start - 1].lower_ == "the"):
            continue
        name = " ".join(m.key)
        if name in PLACE_NAMED_CLUBS or name in SPORTS_CLUBS or _in_gazetteer(name) or not doc[m.start].is_title:
            continue
        span = doc[m.start:m.end]
        sentence = doc[m.start].sent
        if not _SCORE_RE.search(text, sentence.start_char, sentence.end_char):
            continue
        before = text[max(sentence.start_char, span.start_char - 40):span.start_char]
        if _AFTER_VERB.search(before) or _BEFORE_VERB.match(text, span.end_char):
            found.add(m.key)
    return found


# Most words of a player's whole name: "Sun Yingsha", "Hina Hayata", "Lee Zii Jia".
_PLAYERS_NAME_WORDS = 3


def _may_be_a_players_name(doc: Doc, m: Mention) -> bool:
    """Two or three capitalised words the model called an organisation, none a body's word nor a team's ("Team GB",
    "Badminton England", "Hong Kong Open"), no known body: a player's whole name."""
    span = doc[m.start:m.end]
    return m.label == "ORG" and len(span) <= _PLAYERS_NAME_WORDS and all(t.is_alpha and t.is_title for t in span) \
        and not any(t.lower_ in ORGANISATION_HEADS or t.lower_ in CORPORATE_SUFFIXES or t.lower_ in _NOT_PLAYERS_WORDS
                    for t in span) \
        and not _is_known_organisation(m.key) and not any(_in_gazetteer(t.text) for t in span)


# Words of a team's or a competition's name, never a player's: "Team GB", "Badminton England", "the China Open".
_NOT_PLAYERS_WORDS = frozenset({"team", "club", "open", "masters", "cup", "badminton", "tennis", "squash", "tour",
                                "championship", "championships", "league", "united", "city"})


# Verbs of one side getting the better of another, in a fight or a race of single players: "Usyk beat Fury",
# "Fury was beaten by Usyk", "outpointed".
_BEATING_LEMMAS = frozenset({"beat", "defeat", "outpoint", "outbox", "dethrone"})


# What only a single athlete does, by the verb's lemma and its object's: "scored 34 points" (a team's points are a
# result's, written after both sides), "broke the world record", "won bronze in the 1500m", "cleared 6.25m".
_ATHLETES_FEATS = {"score": frozenset({"point"}), "break": frozenset({"record"}), "set": frozenset({"record"}),
                   "win": frozenset({"gold", "silver", "bronze"}), "claim": frozenset({"gold", "silver", "bronze"}),
                   "take": frozenset({"gold", "silver", "bronze"}),
                   # a jumper's height: "Mondo|ORG Duplantis cleared 6.25m"
                   "clear": frozenset({"m", "metre", "meter"})}
# ... of which only a medal won is a single athlete's whatever the model made of the name ("Georgia Bell|ORG won
# bronze"); points scored and records set are a team's ("Jackson State scored 40 points") or a firm's too ("Morgan
# Stanley set a record for fees", "Austin Energy set a record"), an athlete's only where the model took part of the
# name or gave it another label ("A'ja Wilson|ORG" cut to "Wilson", "Wilfredo León|NORP").
_MEDAL_LEMMAS = frozenset({"win", "claim", "take"})
# The feats by their verbs' lemmas' ids: a token's lemma is read as a number, no string made for every token.
_FEATS_BY_LEMMA_ID = {get_string_id(lemma): objects for lemma, objects in _ATHLETES_FEATS.items()}
# The parse's roles of a feat's object: "broke the record", "scored 34 points" (an adverb's noun to the parse).
_FEATS_OBJECTS = frozenset({"dobj", "npadvmod"})
# Labels the model gives such an athlete's name, whole or in part: "A'ja Wilson|ORG", "Mondo|ORG Duplantis", "Ariarne
# Titmus|NORP", "Wilfredo León|NORP".
_ATHLETE_MISLABELS = frozenset({"ORG", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "PERSON"})


def _with_athletes(doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], set[tuple[str, ...]]]:
    """Names of two or three capitalised words that are the subject of a single athlete's feat (see
    `_ATHLETES_FEATS`) made a person's whole name, and their keys; not a team's or a club's ("the Seattle Storm", a
    city's first word that is no given name), a country's nor a body's."""
    found: set[tuple[str, ...]] = set()
    for verb in tokens_of(doc):
        objects = _FEATS_BY_LEMMA_ID.get(verb.lemma)
        if objects is None or verb.pos_ != "VERB" or not any(c.dep_ in _FEATS_OBJECTS and c.lemma_ in objects
                                                            for c in verb.children):
            continue
        for head in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
            start = head.i
            while start > head.i - 2 and start > 0 and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].text[:1].isupper() and doc[start - 1].head.i == head.i \
                    and doc[start - 1].lower_ not in TEAM_POSTS and doc[start - 1].lower_ not in ALL_TITLES:
                start -= 1  # not a post or a title before the name: "Forward Tyler Hansbrough scored 20 points"
            if start == head.i or not _may_be_an_athlete(doc, start, head.i + 1):
                continue
            inside = [m for m in mentions if m.start < head.i + 1 and start < m.end]
            if any(m.label not in _ATHLETE_MISLABELS or m.start < start or m.end > head.i + 1 for m in inside) \
                    or any(m.label == "PERSON" for m in inside) \
                    or not (is_given_name(doc[start].text) or (inside and all(m.end - m.start < head.i + 1 - start
                                                                              for m in inside))
                            or (verb.lemma_ in _MEDAL_LEMMAS and _after_a_countrys_possessive(doc, start))):
                continue  # a name that opens with no given name only where the model took part of it ("Mondo|ORG")
            if verb.lemma_ not in _MEDAL_LEMMAS and (not inside or [(m.start, m.end, m.label) for m in inside]
                                                    == [(start, head.i + 1, "ORG")]):
                continue  # points and records are a team's or a firm's too: "Jackson State|ORG scored 40 points"
            key = _key_at(doc, start, head.i + 1)
            mentions = [m for m in mentions if m not in inside]
            mentions.append(Mention(start, head.i + 1, "PERSON", 1.0, "sport", key=key))
            found.add(key)
    return sorted(mentions, key=lambda m: m.start), found


def _with_knockouts(doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], set[tuple[str, ...]]]:
    """The sides of "X knocked out Y" ("knocked Y out", "Y was knocked out by X"), fighters, made persons whatever the
    text's other words: "Usyk knocked out Dubois." (nothing and a place to the model), and their keys; each side one
    word or the model's person ("Shakur Stevenson knocked out Zepeda"), none a team, club, body, maker, people or place
    the lists know ("Wrexham knocked out Coventry", "Spain knocked out Germany") nor the model's organisation, nor a
    common noun ("knocked out power")."""
    found: set[tuple[str, ...]] = set()
    text = text_of(doc)
    if any(_has_phrase(text, name) for name in SPORT_COMPETITIONS if name not in _SOLO_COMPETITIONS):
        return mentions, found  # a team competition's tie: "Preston knocked out Wycombe in the FA Cup" (clubs)
    for verb in tokens_of(doc):
        if verb.lemma_ != "knock" or verb.pos_ != "VERB" \
                or not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            continue
        sides = _knockout_sides(verb)
        people = [c for c in sides if any(m.label == "PERSON" and m.start <= c.i < m.end for m in mentions)]
        if len(sides) != 2 or not all(c in people or _is_fighters_name(doc, c) for c in sides) \
                or any(m.label == "ORG" and m.start <= c.i < m.end for m in mentions for c in sides):
            continue  # a side the model took for a body: a firm's or a party's race ("Apple knocked out Samsung")
        for side in (c for c in sides if c not in people):
            mentions = [m for m in mentions if not m.start <= side.i < m.end]
            key = _key_at(doc, side.i, side.i + 1)
            mentions.append(Mention(side.i, side.i + 1, "PERSON", 1.0, "sport", key=key))
            found.add(key)
    return sorted(mentions, key=lambda m: m.start), found


def _knockout_sides(verb: Token) -> list[Token]:
    """The subject and the object of a knocking out, the passive's agent for its object: "Tszyu was knocked out by
    Murtazaliev"."""
    sides = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    sides += [t for agent in verb.children if agent.dep_ == "agent" for t in agent.children if t.dep_ == "pobj"]
    return sides


def _is_fighters_name(doc: Doc, token: Token) -> bool:
    """One capitalised proper noun on its own (no name's word beside it) that may be an athlete's: "Usyk", "Dubois"."""
    return token.pos_ == "PROPN" and not token.n_lefts and not token.n_rights and token.lower_ not in DEMONYMS \
        and token.lower_ not in CAR_MAKERS and not _is_country_or_state((token.lower_,)) \
        and _may_be_an_athlete(doc, token.i, token.i + 1)


# Last words of a competition's round that the model runs together with the venue after "at": "the Grand Final at Old
# Trafford|ORG", "the Italian Grand Prix at Mugello|LAW".
_EVENT_AT_HEADS = frozenset({"final", "prix"})
# ... and the labels it gives the whole.
_EVENT_AT_MISLABELS = frozenset({"ORG", "LAW", "WORK_OF_ART", "FAC", "EVENT", "PRODUCT", "PERSON"})


def _with_events_at_venues(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, one that runs a round's name ending in "Final" or "Prix" and its venue after "at" together split
    into the event and the venue (a place the gazetteer knows, else a facility): "The Grand Final at Old Trafford drew
    a record crowd" (one organisation)."""
    out: list[Mention] = []
    for m in mentions:
        at = next((i for i in range(m.start + 2, m.end - 1) if doc[i].lower_ == "at" and doc[i - 1].is_title
                   and doc[i - 1].lower_ in _EVENT_AT_HEADS), None)
        if m.label not in _EVENT_AT_MISLABELS or at is None or not all(t.is_title for t in doc[at + 1:m.end]):
            out.append(m)
            continue
        start = m.start + 1 if doc[m.start].lower_ == "the" else m.start
        label = "GPE" if _in_gazetteer(doc[at + 1:m.end].text) else "FAC"
        out += [Mention(start, at, "EVENT", 1.0, "sport", key=_key_at(doc, start, at)),
                Mention(at + 1, m.end, label, 1.0, "sport", key=_key_at(doc, at + 1, m.end))]
    return out


# Canoeing's and kayaking's boat classes ("the men's C1 slalom", "the K2 500m"), which the model takes for a people or
# a date: no entity where a race's word, a distance or "men's"/"women's" is beside them (not "climbed K2", a
# mountain).
_BOAT_CLASS = re.compile(r"[CK][1-4]")
_BOAT_RACE_AFTER = re.compile(r"\s+(?:slalom|sprint|cross|extreme|final|heats?|\d{3,4}\s?m)\b")
_BOAT_RACE_BEFORE = re.compile(r"\b(?:men|women)['’]s\s+$")


def _without_boat_classes(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions but those opening with a canoe's or a kayak's class before a race's word or distance, or after
    "men's" or "women's": "won silver in the men's C1|NORP slalom", "the K2 500|DATE m final"."""
    text = text_of(doc)
    return [m for m in mentions if not _is_boat_class(doc, text, doc[m.start])]


def _is_boat_class(doc: Doc, text: str, token: Token) -> bool:
    """The token is a boat's class written as a race's (see `_without_boat_classes`)."""
    if not _BOAT_CLASS.fullmatch(token.text):
        return False
    end = token.idx + len(token.text)
    return bool(_BOAT_RACE_AFTER.match(text, end) or _BOAT_RACE_BEFORE.search(text, max(0, token.idx - 12), token.idx))


# Verbs of a competitor's result whose subject is the competitor: "American Brooke Raboutou won silver".
_COMPETITORS_LEMMAS = frozenset({"win", "take", "claim", "finish", "beat", "edge", "qualify", "retain", "clinch",
                                 "break", "set", "lead", "secure"})
# ... and words before a beaten or placed competitor: "ahead of German Ricarda Funk", "behind", "beat".
_PLACED_AFTER = frozenset({"ahead", "behind"})
# Last words of a house of worship's name, no competitor's ("American Grace Church took the lead in fundraising").
_WORSHIP_HEADS = frozenset({"church", "chapel", "cathedral", "mosque", "temple", "synagogue", "abbey", "minster"})
# The most words of a competitor's name after the people's adjective: "American Brooke Raboutou", "Swiss Marco
# Odermatt".
_COMPETITORS_NAME_WORDS = 3


def _with_competitors_after_demonyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a people's adjective and a competitor's name after it (a given name first) split into the people
    and the person, whatever the model made of them: "American Brooke Raboutou won silver" (one organisation), "ahead
    of German Ricarda Funk" (the people only); only where the name is a result's subject or its beaten or placed
    rival, and ends in no body's, club's or firm's word ("The German Marshall Fund said")."""
    lowers = lowers_of(doc)  # each token's `lower_`, without a Token of each: this looks at every token
    for i in range(len(doc) - 2):
        if lowers[i] not in DEMONYMS or not doc[i].is_title or not is_given_name(doc[i + 1].text):
            continue
        end = i + 1
        while end < len(doc) and end - i <= _COMPETITORS_NAME_WORDS and doc[end].is_title and doc[end].is_alpha:
            end += 1
        last = doc[end - 1]
        if end - i < 3 or last.lower_ in ORGANISATION_HEADS or last.lower_ in CLUB_HEADS \
                or last.lower_ in _WORSHIP_HEADS \
                or last.lower_ in CORPORATE_SUFFIXES or _is_known_organisation(_key_at(doc, i + 1, end)) \
                or not _is_competitor(last):
            continue
        inside = [m for m in mentions if m.start < end and i < m.end]
        if any(m.start < i or m.end > end or m.label == "PERSON" for m in inside):
            continue
        mentions = [m for m in mentions if m not in inside] + [
            Mention(i, i + 1, "NORP", 1.0, "sport", key=_key_at(doc, i, i + 1)),
            Mention(i + 1, end, "PERSON", 1.0, "sport", key=_key_at(doc, i + 1, end))]
    return sorted(mentions, key=lambda m: m.start)


def _is_competitor(token: Token) -> bool:
    """The last word of a name that is the subject of a competitor's result, or its beaten or placed rival: "Raboutou
    won", "ahead of Funk", "beat Funk"."""
    head = token.head
    if token.dep_ == "nsubj":  # a result's object: not "American Austin Energy won approval"
        return head.lemma_ in _COMPETITORS_LEMMAS and not any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in _RESULT_OBJECTS | {"record"}
            for c in head.children)
    if token.dep_ == "dobj":
        return head.lemma_ in _BEATEN_LEMMAS
    return token.dep_ == "pobj" and (head.lower_ in _PLACED_AFTER or head.head.lower_ in _PLACED_AFTER)


def _after_a_countrys_possessive(doc: Doc, start: int) -> bool:
    """A country's possessive right before the name, whose first word is no maker's nor known firm's: "Thailand's
    Theerapong Silachai took silver" (a given name the lists do not know, an organisation to the model; not "Japan's
    Toyota Motor"), nor in a sentence of awards, a firm's medals ("Denmark's Orsted Wind took silver in the energy
    awards")."""
    return start > 1 and doc[start - 1].lower_ in POSSESSIVES and _is_country_name(doc[start - 2].text) \
        and doc[start].lower_ not in CAR_MAKERS and not _is_known_organisation((doc[start].lower_,)) \
        and not any(token.lower_ in ("award", "awards") for token in doc[start].sent)


def _may_be_an_athlete(doc: Doc, start: int, end: int) -> bool:
    """Capitalised words that no team, club, body or place is known by, nor named by a club's or a body's word."""
    span = doc[start:end]
    first, last = span[0], span[-1]
    key = tuple(t.lower_ for t in span)
    return all(t.text[:1].isupper() and not t.is_upper for t in span) and last.tag_ != "NNPS" \
        and not _is_known_organisation(key) and " ".join(key) not in _KNOWN_TEAMS and last.lower_ not in _KNOWN_TEAMS \
        and last.lower_ not in CLUB_HEADS and last.lower_ not in ORGANISATION_HEADS \
        and last.lower_ not in CORPORATE_SUFFIXES and not _in_gazetteer(span.text) \
        and (is_given_name(first.text) or not _in_gazetteer(first.text))


def beaten_people(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's organisations of two words opening with a given name that beat a person of the text or are
    beaten by one: fighters and players ("Oleksandr Usyk beat Tyson Fury on a unanimous decision": "Tyson Fury" an
    organisation); not a body or club the gazetteer knows, nor one named by a club's or a body's word."""
    people = {i for m in mentions if m.label == "PERSON" for i in range(m.start, m.end)}
    if not people:
        return set()
    found = set()
    for m in mentions:
        if m.label != "ORG" or m.end - m.start != 2 or not is_given_name(doc[m.start].text) \
                or _is_known_organisation(m.key) or " ".join(m.key) in _KNOWN_TEAMS \
                or m.key[-1] in CLUB_HEADS or m.key[-1] in ORGANISATION_HEADS:
            continue
        head = doc[m.end - 1]
        verb = head.head
        if head.dep_ not in ("dobj", "nsubj", "nsubjpass") or verb.lemma_ not in _BEATING_LEMMAS:
            continue
        if any(t.i in people for t in _other_sides(verb, head.dep_)):
            found.add(m.key)
    return found


def _other_sides(verb: Token, role: str) -> list[Token]:
    """The other side of a beating verb: its object for a subject, its subject for an object, and for a passive's
    subject the person after "by" ("Tyson Fury was beaten by Oleksandr Usyk")."""
    if role == "nsubjpass":
        return [t for agent in verb.children if agent.dep_ == "agent" for t in agent.children if t.dep_ == "pobj"]
    other = "nsubj" if role == "dobj" else "dobj"
    return [t for t in verb.children if t.dep_ == other]


# The esports teams named by a code or a word, as token texts: ("T1",), ("Team", "Spirit").
_ESPORTS_TEAM_WORDS = tuple(tuple(name.split()) for name in sorted(ESPORTS_TEAMS_BY_WORDS))


def esports_teams(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """In a text about esports ("Counter-Strike", "esports", "League of Legends"), its teams named by a code or a word
    as written, organisations whatever the model made of them: "T1 have extended the contract" (a number to the
    model), "Heroic" (a word). Elsewhere "T1" is a visa's, a terminal's or a diabetes's."""
    if not _is_about_esports(doc):
        return mentions
    texts = [t.text for t in doc]
    out = list(mentions)
    for i in range(len(doc)):
        for name in _ESPORTS_TEAM_WORDS:
            end = i + len(name)
            if tuple(texts[i:end]) != name or (i > 0 and doc[i - 1].text[:1].isupper()) \
                    or (end < len(doc) and doc[end].text[:1].isupper()) or not _reads_as_a_team(doc, i, end):
                continue
            inside = [m for m in out if m.start < end and i < m.end]
            if all(i <= m.start and m.end <= end for m in inside):
                out = [m for m in out if m not in inside] + [Mention(i, end, "ORG", 1.0, "rule")]
    return sorted(out, key=lambda m: m.start)


# Esports' tournaments, which the model takes for works or misses: Dota 2's "The International" (its capital "The"
# its own, with its year, or before no other capitalised word: not "the International Olympic Committee"), and the
# organisers' majors and masters ("the PGL Copenhagen Major", "IEM Katowice Masters", "the BLAST Premier World
# Final").
_ESPORTS_EVENT = re.compile(r"(?:\bThe\s+|(?<=\bthe\s))International(?:\s+(?:19|20)\d{2}\b|(?!\s+[A-Z&]))"
                            r"|\b(?:PGL|IEM|BLAST|ESL)(?:\s+[A-Z][\w-]*){0,3}?\s+(?:Major|Masters|World\s+Final)\b")
# A game's publisher, which organises its tournaments, named by a word of its own: "Organizer Valve said" (a person).
_ESPORTS_PUBLISHERS = frozenset({"Valve"})
_ESPORTS_EVENT_MISLABELS = frozenset({"WORK_OF_ART", "ORG", "PRODUCT", "PERSON", "LAW", "FAC", "GPE", "DATE",
                                      "CARDINAL"})


def esports_events(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """In a text about esports, its tournaments events (see `_ESPORTS_EVENT`) and a game's publisher an organisation
    whatever words the model ran before it: "won The International 2023" (a work of art), "Organizer Valve|PERSON
    said"."""
    if not _is_about_esports(doc):
        return mentions
    out = list(mentions)
    for event in _ESPORTS_EVENT.finditer(text_of(doc)):
        span = doc.char_span(event.start(), event.end())
        if span is None:
            continue
        inside = [m for m in out if m.start < span.end and span.start < m.end]
        if all(m.label in _ESPORTS_EVENT_MISLABELS and span.start <= m.start and m.end <= span.end
               for m in inside):
            out = [m for m in out if m not in inside] + [Mention(span.start, span.end, "EVENT", 1.0, "rule")]
    for m in list(out):
        last = doc[m.end - 1]
        if m.label == "PERSON" and last.text in _ESPORTS_PUBLISHERS and m.end - m.start == 2 \
                and doc[m.start].text.lower().startswith("organi"):
            out[out.index(m)] = Mention(m.end - 1, m.end, "ORG", 1.0, "rule")  # "Organizer Valve"
    return sorted(out, key=lambda m: m.start)


# Words after an esports team's name that a team does ("Heroic beat Fnatic") or has ("Liquid's roster").
_TEAM_CUES_AFTER = frozenset({"have", "has", "had", "beat", "beats", "won", "win", "wins", "lost", "lose", "face",
                              "faced", "signed", "announced", "roster", "player", "players", "coach", "'s", "’s", "vs",
                              "v", "v.", "eliminated", "defeated"})
# Words before it: "against Heroic", "vs Liquid", "joined Vitality".
_TEAM_CUES_BEFORE = frozenset({"vs", "v", "v.", "against", "beat", "beating", "join", "joined", "joins", "for", "by",
                               "and", "to", "over", "with"})


def _reads_as_a_team(doc: Doc, start: int, end: int) -> bool:
    """A code's or a word's team as written where a team is: a code before no lower-case noun ("T1 have extended", not
    "T1 diabetes", "T1 weighted"); a word not opening its sentence, or opening it with a team's verb after it ("Heroic
    beat Fnatic"; not "Heroic efforts", "Liquid assets"), or after a team's word ("against Liquid")."""
    after = doc[end] if end < len(doc) else None
    if any(c.isdigit() for c in doc[start].text):
        return after is None or not (after.is_lower and after.is_alpha
                                     and after.pos_ in ("NOUN", "ADJ", "VERB", "PROPN")
                                     and after.tag_ not in ("VBP", "VBZ", "VBD", "MD"))
    if after is not None and after.lower_ in _TEAM_CUES_AFTER:
        return True
    if start > 0 and doc[start - 1].lower_ in _TEAM_CUES_BEFORE:
        return True
    opens = start == 0 or doc[start].is_sent_start \
        or (doc[start - 1].is_punct and doc[start - 1].text not in (",", ";"))
    return not opens and not (after is not None and after.is_lower and after.pos_ == "NOUN")


def _is_about_esports(doc: Doc) -> bool:
    """The text names an esports game, the word "esports" or an esports organisation the gazetteer knows ("Fnatic",
    "Cloud9")."""
    written = text_of(doc)
    text = written.lower()
    return not ESPORTS_WORDS.isdisjoint(lowers_of(doc)) or "league of legends" in text \
        or any(_has_phrase(text, name) for name in ESPORTS_ORGANISATIONS) \
        or any(_has_phrase(written, name) for name in _HYPHENED_ESPORTS_WORDS)


# The esports words written with a hyphen, three tokens to the parse, as written: the game with its capitals
# ("Counter-Strike"; not an army's "counter-strike"), and "e-sports".
_HYPHENED_ESPORTS_WORDS = ("Counter-Strike", "e-sports", "E-sports")


# Words of horse racing; two distinct ones make a text about it ("ridden by", "the 11-4 favourite", "trained by").
_RACING_WORDS = frozenset({"jockey", "jockeys", "trainer", "trainers", "racecourse", "furlong", "furlongs",
                           "steeplechase", "racehorse", "racehorses", "ridden", "saddle", "bookmakers", "horseracing",
                           "hurdler", "chaser", "odds", "favourite", "fences", "horses", "runners",
                           # racing's horses by sex and age (not "horse", "lengths", "rode": "a dark horse", "went to
                           # great lengths", "rode a bike"; nor "colts", the Indianapolis team)
                           "colt", "filly", "fillies", "gelding", "geldings", "stallion", "mare"})
MIN_RACING_WORDS = 2
# Last words of the names of horse races ("the Champion Stakes", "the King George VI Chase", "the 2,000 Guineas",
# "the Kentucky Derby") and the whole names of a few written without one ("the Grand National", and "Royal Ascot", the
# meeting, a body to the model).
_RACE_LAST_WORDS = frozenset({"stakes", "chase", "hurdle", "guineas", "derby", "oaks", "handicap", "leger"})
_RACE_NAMES = frozenset({("grand", "national"), ("royal", "ascot")})


def _with_numbered_races(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A race named by a number whole, an event (see `RACE_NAMED_BY_NUMBER`): "the 2,000 Guineas" was the count
    "2,000" to the model, "Guineas" nothing; "the 12 Hours of Sebring" a time, "the Rolex 24 at Daytona" an event
    and a product."""
    text = text_of(doc)
    if "Guineas" not in text and "Hours of" not in text and "Rolex 24" not in text:
        return mentions
    for race in RACE_NAMED_BY_NUMBER.finditer(text):
        span = doc.char_span(race.start(), race.end())
        if span is None or any((m.start < span.start < m.end or m.start < span.end < m.end)
                               and m.label not in _NUMBER_LABELS for m in mentions):
            continue  # a name the model ran past the race's stays
        mentions = [m for m in mentions if not (span.start <= m.start and m.end <= span.end)
                    and not (m.start < span.end and span.start < m.end and m.label in _NUMBER_LABELS)]
        mentions = [m for m in mentions if not (span.start <= m.start and m.end <= span.end)]
        mentions.append(Mention(span.start, span.end, "EVENT", 1.0, "sport", key=_key_at(doc, span.start, span.end)))
    return sorted(mentions, key=lambda m: m.start)


def horse_races(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the names of horse races in a text about horse racing (see `_RACING_WORDS`), events that the model
    takes for bodies or places ("the Champion Stakes", "the Grand National"), named after an article (see
    `_after_an_article`); not a person so named ("Kelly Chase"), nor "JPMorgan Chase" or "Thousand Oaks"."""
    if not _is_about_racing(doc):
        return set()
    races = {m.key for m in mentions if len(m.key) > 1 and m.key[-1] in _RACE_LAST_WORDS
             and not (len(m.key) == 2 and is_given_name(m.key[0].title())) and doc[m.end - 1].text[:1].isupper()
             and _after_an_article(doc, m) and not any(_is_camel_cased(doc[i].text) for i in range(m.start, m.end))}
    return races | {m.key for m in mentions if m.key in _RACE_NAMES}


# Labels the model gives a racecourse or a stable named by one word after "at": "won at Cheltenham" (ORG), "trained
# at Ballydoyle" (PERSON).
_COURSE_MISLABELS = frozenset({"PERSON", "ORG", "NORP"})
# Words of running a race in the sentence of "at Cheltenham", which make the name a course's or a stable's (not "the
# jockey met the sponsor at Microsoft").
_RACING_AT_WORDS = re.compile(r"\b(?:won|wins?|winning|winners?|ran|runs?|running|rode|rides?|riding|ridden|trained|"
                              r"raced?|races|racing|meeting|festival|finished|beaten|victory|fences|furlongs?)\b",
                              re.IGNORECASE)


# Words of racing that only horses' racing writes (not "runners", "favourite", "odds", "bookmakers": "the marathon
# favourite, who trains at Nike", "the favourite in the race to succeed Starmer, with odds of 2-1 at Ladbrokes").
_HORSE_WORDS = _RACING_WORDS - {"runners", "favourite", "odds", "bookmakers"}


# Words of motor racing's reports ("Grand Prix", "MotoGP", "pole position", "fastest lap").
_MOTOR_RACING_WORDS = frozenset({"prix", "motogp", "f1", "formula", "pole", "lap", "laps", "podium", "superbike",
                                 "indycar", "nascar", "qualifying"})
# Labels the model gives a circuit's name before "circuit": "the Misano|PERSON circuit", "the Mugello|ORG circuit".
_CIRCUIT_MISLABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})
# Nouns after "circuit" of electronics and the courts, no track's: "the Samsung circuit board", "circuit court".
_NOT_TRACK_CIRCUIT_NOUNS = frozenset({"board", "boards", "breaker", "breakers", "court", "courts", "judge", "judges",
                                      "design", "designs", "diagram", "diagrams"})


def motor_circuits(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names between "the" and a lower-case "circuit" in a text about motor racing, its tracks ("at the Misano
    circuit", a person to the model); not a tour's letters or a series' name ("the ATP circuit", "the IndyCar
    circuit"), a place the gazetteer knows, whose name the text's other mentions keep ("the Monaco circuit", "the
    Iowa circuit"), a circuit of electronics or the courts ("the Samsung circuit board"), nor outside motor racing
    ("the Challenger circuit" of tennis)."""
    lowers = lowers_of(doc)
    if "circuit" not in lowers or not _is_about_motor_racing(doc):
        return set()
    return {m.key for m in mentions if m.label in _CIRCUIT_MISLABELS and m.start > 0 and m.end < len(doc)
            and lowers[m.end] == "circuit" and doc[m.end].is_lower and doc[m.start - 1].lower_ == "the"
            and (m.end + 1 == len(doc) or lowers[m.end + 1] not in _NOT_TRACK_CIRCUIT_NOUNS)
            and not any(t.is_upper or _is_camel_case(t.text) for t in doc[m.start:m.end])
            and not _is_known_organisation(m.key) and not _in_gazetteer(" ".join(m.key))}


# Words that only motor racing's reports write ("the Dutch Grand Prix", "MotoGP"); not "pole", "lap", "podium",
# "formula" nor "qualifying", of pole vault, athletics, baby milk and the World Cup too.
_MOTOR_RACING_OWN_WORDS = frozenset({"prix", "motogp", "f1", "superbike", "indycar", "nascar"})


def motor_racing_drivers(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of one-word names the model took for products in a text about motor racing, drivers and riders ("holding
    off Verstappen by 7.612 seconds", a car to the model); not a car's maker or a known firm ("Ferrari", "Pirelli"),
    a car or a tyre named after an article or a possessive ("his Red Bull"), nor a maker's name before its noun
    ("Pirelli tyres")."""
    if not _MOTOR_RACING_OWN_WORDS & _lower_words(doc):
        return set()
    return {m.key for m in mentions if m.label == "PRODUCT" and m.end - m.start == 1 and m.key
            and doc[m.start].is_title and doc[m.start].is_alpha and m.key[0] not in CAR_MAKERS
            and not _is_known_organisation(m.key) and not (m.start > 0 and doc[m.start - 1].pos_ in ("DET", "PRON"))
            and _acts_as_driver(doc[m.start])}


# Verbs of one driver racing another, whose object is a driver: "holding off Verstappen", "passed Leclerc".
_RACING_VERBS = frozenset({"hold", "beat", "pass", "overtake", "lead", "chase", "catch", "pip", "edge", "outpace",
                           "outqualify"})
# Words before a driver that place him in a race: "ahead of Verstappen", "behind Leclerc".
_PLACING_WORDS = frozenset({"behind", "ahead", "than"})


def _acts_as_driver(token: Token) -> bool:
    """The name is a subject ("Verstappen said"), the object of a verb of racing ("holding off Verstappen") or placed
    in the race ("finished behind Leclerc"); not a drink or a gadget ("Fans drank Gatorade")."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    if token.dep_ == "dobj":
        return token.head.lemma_ in _RACING_VERBS
    if token.dep_ == "pobj":
        return token.head.lower_ in _PLACING_WORDS or token.head.head.lower_ in _PLACING_WORDS
    return False


# Fewest words of motor racing's reports that make a text about it where none is its own (see
# `_MOTOR_RACING_OWN_WORDS`): "formula", "pole" or "lap" alone are a court's, a vault's or a pool's too ("the Federal
# circuit ... the formula").
MIN_MOTOR_RACING_WORDS = 2


def _is_about_motor_racing(doc: Doc) -> bool:
    """A word only motor racing writes, or two of its reports' words (see `_MOTOR_RACING_WORDS`)."""
    words = _lower_words(doc)
    return bool(_MOTOR_RACING_OWN_WORDS & words) or len(_MOTOR_RACING_WORDS & words) >= MIN_MOTOR_RACING_WORDS


def _is_camel_case(word: str) -> bool:
    """A capital after a lower-case letter inside the word, as a racing series' or a brand's ("IndyCar", "MotoGP")."""
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))


def racecourses(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of one-word names that a text about horse racing writes after "at", racecourses and stables ("won at
    Cheltenham", "trained at Ballydoyle"), which the model takes for bodies or people; not a name in the possessive
    ("at Mullins's yard"), one the text gives a full name ending in it, a known club or firm, nor one in a sentence
    of no race run (see `_RACING_AT_WORDS`)."""
    if not _is_about_racing(doc) or not (_HORSE_WORDS & _lower_words(doc) or _names_a_race_at_a_course(doc)):
        return set()  # "runners", "favourite", "odds" and "bookmakers" are a marathon's or an election's too
    people = {m.key[-1] for m in mentions if m.label == "PERSON" and len(m.key) > 1}
    found = set()
    for m in mentions:
        if m.label not in _COURSE_MISLABELS or m.end - m.start != 1 or m.start == 0 \
                or doc[m.start - 1].lower_ != "at" or not doc[m.start].is_title or not doc[m.start].is_alpha:
            continue
        if (m.end < len(doc) and doc[m.end].lower_ in POSSESSIVES) or m.key[0] in people \
                or " ".join(m.key) in SPORTS_CLUBS or _is_known_organisation(m.key):
            continue  # "at Mullins's yard", a trainer's
        sentence = doc[m.start].sent
        if _RACING_AT_WORDS.search(sentence.text) is not None:
            found.add(m.key)
    return found


# The most words of a known ground's name ("santiago bernabéu", "st james' park": four tokens).
_LONGEST_GROUND = max(len(name.replace("'", " '").split()) for name in SPORTS_GROUNDS)


# Grounds named by their sponsor, an airline, which copy writes with "the" ("at the Emirates"); "at Emirates" is the
# firm.
_SPONSORS_GROUNDS = frozenset({"emirates", "etihad"})


# Grounds that stage concerts and rallies as well, the ground after "at" in any text: "Taylor Swift played at Wembley"
# (an organisation to the model); not those named as a town or district that news writes "at" of otherwise.
_STAGE_GROUNDS = frozenset({"wembley", "croke park", "hampden park", "murrayfield"})
# Football grounds whose names news gives no other place, where fans gather and protest in any text too: "Fans
# gathered outside Old Trafford" (an organisation to the model, in a text with no other word of sport).
_LANDMARK_GROUNDS = frozenset({"old trafford", "anfield", "goodison park", "craven cottage"})
# Tennis's show courts, whose names nothing else has, in any text too: "beat Djokovic on Centre Court to win
# Wimbledon" (a body to the model; a text with no other word of sport).
_SHOW_COURTS = frozenset({"centre court", "court philippe-chatrier", "arthur ashe stadium", "rod laver arena"})
# Golf's courses and motor racing's circuits whose names no town or place has, in any text too: "Norris won the race
# at Yas Marina" (a place to the model), "Scheffler won the Masters at Augusta National" (a body); not "Pinehurst",
# "Silverstone", "Monza", towns as well.
_OWN_NAME_VENUES = frozenset({"yas marina", "augusta national", "pinehurst no. 2", "le golf national", "tpc sawgrass",
                              "whistling straits", "shinnecock hills", "bethpage black", "mugello", "hungaroring",
                              "spa-francorchamps", "circuit of the americas"})


def _grounds_apart(mentions: list[Mention], grounds: set[tuple[str, ...]]
                   ) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(ground, longer name) pairs of the grounds and the names they open, other places: "Wembley" (the stadium) and
    "Wembley Arena", "Wembley Park"."""
    return {(ground, m.key) for ground in grounds for m in mentions
            if len(m.key) > len(ground) and m.key[:len(ground)] == ground}


def _with_grounds(doc: Doc, mentions: list[Mention], grounds: frozenset[str] = SPORTS_GROUNDS,
                  openers: frozenset[str] = frozenset({"at", "on", "out", "outside", "to"})
                  ) -> tuple[list[Mention], set[tuple[str, ...]]]:
    """The known grounds (`SPORTS_GROUNDS`) that a text about sport writes after "at", "at the" or "outside",
    facilities in place of what the model made of them or where it missed them ("scored at Anfield", "drew at the
    Emirates", "won at Craven Cottage"), or one closing a result's bracket after a comma ("(All-Ireland
    quarter-final, Croke Park)", "(Premier League, Anfield)"; not "(north London, Wembley)"), and their keys; not
    inside a longer name ("at Wembley Park station"), nor "a flight on Emirates", nor a sponsor's ground without "the"
    ("delays at Emirates")."""
    lowers = lowers_of(doc)
    out, keys = list(mentions), set()
    for i in range(1, len(doc)):
        at = i - 1 - (lowers[i - 1] == "the" and i > 1)
        listed = lowers[i - 1] == ","  # "(All-Ireland quarter-final, Croke Park)": a result's venue
        if (lowers[at] not in openers and not listed) or not (doc[i].is_title or doc[i].is_upper):  # "at the MCG"
            continue
        for length in range(min(_LONGEST_GROUND, len(doc) - i), 0, -1):
            end = i + length
            name = "".join(t.text_with_ws for t in tokens_of(doc)[i:end]).strip().lower()
            if name not in grounds:
                continue
            if listed and lowers[at] not in openers:
                if end >= len(doc) or doc[end].text != ")" or (length == 1 and doc[i - 2].ent_type_ in ("GPE", "LOC")):
                    break  # only a ground closing a bracket; one word after a place may be its town ("London, Wembley")
            elif not _opens_ground(lowers, at, name):
                break
            if name in _SPONSORS_GROUNDS and at == i - 1:
                break  # the sponsor, no ground: "Flights at Emirates were delayed" (the ground is "the Emirates")
            if end < len(doc) and doc[end].is_title:
                break  # a longer name: "at Wembley Park station", "at Old Trafford Cricket Ground"
            over = [m for m in out if m.start < end and i < m.end]
            if all(i <= m.start and m.end <= end for m in over):
                key = _key_at(doc, i, end)
                out = [m for m in out if not any(m is o for o in over)] + [Mention(i, end, "FAC", 1.0, "sport", key)]
                keys.add(key)
            break
    return sorted(out, key=lambda m: m.start), keys


# The word a racecourse's key ends with, apart from its town's: "at Cheltenham" the course, "hotels in Cheltenham" the
# town.
_COURSE_KEY_SUFFIX = "racecourse"


def _as_courses(doc: Doc, mentions: list[Mention], keys: set[tuple[str, ...]]
                ) -> tuple[list[Mention], set[tuple[str, ...]]]:
    """The racecourses `_with_grounds` found, keyed apart from their towns' names (see `_COURSE_KEY_SUFFIX`), with
    an article capitalised inside a sentence, the course's own ("at The Curragh"), and their keys."""
    mentions = [replace(m, key=(*m.key, _COURSE_KEY_SUFFIX), start=m.start - _own_article(doc, m.start))
                if m.source == "sport" and m.label == "FAC" and m.key in keys else m for m in mentions]
    return mentions, {(*key, _COURSE_KEY_SUFFIX) for key in keys}


def _own_article(doc: Doc, start: int) -> int:
    """1 where a capitalised "The" inside a sentence opens the name at `start` ("run at The Curragh"), else 0."""
    return int(start > 1 and doc[start - 1].text == "The" and not doc[start - 1].is_sent_start)


# Words right before a ground's name (or its "the"): "at Anfield", "outside Old Trafford"; "on" a court ("on Centre
# Court"); "out" a stage sold out ("sold out Wembley"); "to" one travelled to. (`_with_grounds`'s default.)
_GROUND_OPENERS = frozenset({"at", "on", "out", "outside", "to"})
# ... and before a racecourse's in a text about racing: "at Punchestown", a horse going "to Cheltenham".
_COURSE_OPENERS = frozenset({"at", "to"})
_SELLING_OUT = frozenset({"sold", "sell", "sells", "selling"})


def _opens_ground(lowers: list[str], at: int, name: str) -> bool:
    """The word at `at` opens the ground `name`: "at" any, "to" a racecourse not after a move (see `_MOVING_HOUSE`),
    another ground after a verb of a trip ("travelled to Wembley"), "on" a court only ("on Centre Court"; not "on
    Wembley", a district's street), "out" after a verb of selling ("sold out Wembley"; not "came out Wembley way")."""
    if lowers[at] == "on":
        return name.endswith("court") or name.startswith("court ")
    if lowers[at] == "out":
        return at > 0 and lowers[at - 1] in _SELLING_OUT
    if lowers[at] == "to" and name not in RACECOURSES:  # a ground one travels to: "a fan who travelled to Wembley"
        return at > 0 and lowers[at - 1] in _TRAVELLING
    if lowers[at] == "to":  # a racecourse a horse goes to; not the town a trainer moved to ("moved to Newmarket")
        return not any(lowers[j] in _MOVING_HOUSE for j in range(max(0, at - _MOVED_REACH), at))
    return True


# Verbs of a trip right before "to" a ground, which fans make to a match or a concert: "travelled to Wembley" (a
# person, and a quote's speaker, to the model); not "moved to Wembley" (the district one lives in).
_TRAVELLING = frozenset({"travelled", "traveled", "travelling", "traveling", "travel", "travels", "trekked",
                         "journeyed", "flocked", "headed", "heading", "returned", "returning", "return"})


# Verbs of moving one's home or yard, a few words before "to" the town: "moved to Newmarket", "relocated his yard to
# Lambourn", "moved from Ireland to Newmarket".
_MOVING_HOUSE = frozenset({"move", "moved", "moves", "moving", "relocate", "relocated", "relocates", "relocating"})
_MOVED_REACH = 4


# What racing writes before a race's name: "the Champion Stakes", "Ascot's Queen Anne Stakes", "the 2024 Derby".
_RACE_NAMED_AFTER = frozenset({"the", "'s", "’s"})


def _is_camel_cased(word: str) -> bool:
    """A firm's word with a capital inside ("JPMorgan" of "the JPMorgan Chase bank"), which no race's name has (its
    "VI" of "the King George VI Chase" is all capitals)."""
    return any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


def _after_an_article(doc: Doc, m: Mention) -> bool:
    """A race's name is written after "the", an owner's "'s" or a year ("the Champion Stakes", "the 2,000 Guineas"),
    a bank's, a place's or a person's not ("JPMorgan Chase sponsors", "in Thousand Oaks", "Mary Ellen Chase, the")."""
    at = m.start
    while at < m.end - 1 and (doc[at].lower_ == "the" or doc[at].like_num):
        at += 1  # the article, the year or the number inside the model's mention: "the 2,000 Guineas"
    while at > 0 and doc[at - 1].like_num:
        at -= 1  # a year before it: "the 2024 Kentucky Derby"
    return at > 0 and doc[at - 1].lower_ in _RACE_NAMED_AFTER or at > m.start and doc[m.start].lower_ == "the"


# Lemmas of a race's result whose subject, where a jockey rode it, is the horse: "Mystik Dan won ... under Brian
# Hernandez Jr.".
_HORSE_RESULT_LEMMAS = frozenset({"win", "finish", "beat", "land", "take", "claim", "triumph", "score"})
# Labels the model gives a horse's name: "Mystik Dan|PERSON", "Galopin Des Champs|ORG".
_HORSE_MISLABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def _without_horses(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions of a text about horse racing but horses, which the service has no label for: the subject of a
    race's result, its name opening with no given name, whose verb says who rode it ("Mystik Dan won the Kentucky
    Derby under jockey Brian Hernandez Jr.") or for which trainer ("Galopin Des Champs won the Gold Cup for trainer
    Willie Mullins"; not "Ryan Moore won the Derby for trainer Aidan O'Brien", a jockey, nor "Aidan O'Brien won the
    Derby under Ryan Moore", a trainer)."""
    return [m for m in mentions if not (m.label in _HORSE_MISLABELS and _is_a_horse_winner(doc, m))]


def _is_a_horse_winner(doc: Doc, m: Mention) -> bool:
    """The mention, no given name opening it, is the subject of a race's result ridden under a named jockey or won for
    a named trainer (see `_without_horses`)."""
    head = doc[m.end - 1]
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_ not in _HORSE_RESULT_LEMMAS \
            or is_given_name(doc[m.start].text):
        return False
    subject = set(head.subtree)
    for prep in verb.subtree:  # "won by a nose under jockey Brian Hernandez Jr.": "under" of the margin's noun
        if prep.dep_ != "prep" or prep.lower_ not in ("under", "for") or prep in subject:
            continue
        named = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        if not named:
            continue
        words = {t.lower_ for t in named[0].subtree}
        if prep.lower_ == "under" and not words & {"orders", "pressure", "lights"}:
            return True  # "under Ryan Moore", "under jockey Brian Hernandez Jr."
        if prep.lower_ == "for" and "trainer" in words:
            return True
    return False


def _is_about_racing(doc: Doc) -> bool:
    """The text uses several distinct words of horse racing (see `_RACING_WORDS`), or names a race at a known course
    or Royal Ascot (see `_RACE_AT_COURSE`)."""
    return len(_RACING_WORDS & _lower_words(doc)) >= MIN_RACING_WORDS or _names_a_race_at_a_course(doc)


_COURSE_NAMES = "|".join(sorted(course.title() for course in RACECOURSES))
# A race run at a known racecourse, the race's last word and the course's name: "won the Gold Cup at Cheltenham", "the
# Derby at Epsom", "the Festival at Cheltenham" (racing's own, not a town's "Jazz Festival at Cheltenham"); and the
# meeting "Royal Ascot", which no other sport writes; a course's own race or meeting ("the Cheltenham Gold Cup", "the
# Punchestown Festival") and a race or a meeting "at" a course ("the last race at Kempton"), or a trainer's or
# jockey's winners there ("saddled four winners at Punchestown", "rode a treble at Naas"; not "prize winners at Ayr").
_RACE_AT_COURSE = re.compile(r"\b(?P<race>Cup|Stakes|Chase|Hurdle|Guineas|Derby|Oaks|Handicap|Leger|National|"
                             rf"(?<=\bthe )Festival)\s+at\s+(?P<course>{_COURSE_NAMES})\b|\bRoyal\s+Ascot\b"
                             rf"|\b(?:{_COURSE_NAMES})\s+(?:Gold\s+Cup|Festival)\b"
                             rf"|\b(?:race|races|meeting)\s+at\s+(?:{_COURSE_NAMES})\b"
                             r"|\b(?:saddled|saddles|rode|rides|trained|trains|sent\s+out)\s+(?:[\w-]+\s+){0,2}?"
                             rf"(?:winner|winners|double|treble|four-timer|five-timer)\s+at\s+(?:{_COURSE_NAMES})\b")
_RACE_AT_COURSE_FOUND = "newswire.sport.race_at_course"


def _names_a_race_at_a_course(doc: Doc) -> bool:
    """The text names a race at a known racecourse or Royal Ascot (see `_RACE_AT_COURSE`); decided once per
    document."""
    found = doc.user_data.get(_RACE_AT_COURSE_FOUND)
    if found is None:
        found = doc.user_data[_RACE_AT_COURSE_FOUND] = _RACE_AT_COURSE.search(text_of(doc)) is not None
    return found


def _with_races_at_courses(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The course of a race run at a known racecourse a facility, and a race of one word after "the" an event, where
    the model found nothing: "City Of Troy won the Derby at Epsom" (both missed)."""
    if not _names_a_race_at_a_course(doc):
        return mentions
    for found in _RACE_AT_COURSE.finditer(text_of(doc)):
        if found["course"] is None:
            continue
        for group, label in (("race", "EVENT"), ("course", "FAC")):
            span = doc.char_span(found.start(group), found.end(group))
            if span is None or any(m.start < span.end and span.start < m.end for m in mentions) \
                    or (label == "EVENT" and (span.start == 0 or doc[span.start - 1].lower_ != "the"
                                              or any(doc[m.start].text == span.text for m in mentions))):
                # a race of more words ("the Gold Cup") is the model's or `horse_races`'; a race's word that opens
                # another name of the text would join it ("Derby County ... the Derby at Epsom")
                continue
            mentions.append(Mention(span.start, span.end, label, 1.0, "sport", key=_key_at(doc, span.start, span.end)))
    return sorted(mentions, key=lambda m: m.start)


# A horse's odds as racing writes them, with what names them around: "the 11-4 favourite", "a 33-1 shot", "at odds of
# 2-1", "backed from 7-2 into 6-4" (not a score's "won 2-1 at home" nor a date's "2023-24").
_ODDS = re.compile(r"(?<![\d/.,–-])\d{1,3}-\d{1,2}(?![\d/.,]|-\d)")
_ODDS_BEFORE = re.compile(r"\b(?:odds\s+of|from|into|out\s+to|in\s+to)\s+$", re.IGNORECASE)
_ODDS_AFTER = re.compile(r"\s+(?:(?:joint|second|clear|well-backed|hot|outright)[\s-])?(?:shot|favourite|favorite|"
                         r"chance|outsider)\b", re.IGNORECASE)

# A score's words after "from 2-0": "came back from 2-0 down", "from 1-0 up" (a score, no odds, beside "the odds").
_SCORES_WORD_AFTER = re.compile(r"\s+(?:down|up|behind|ahead)\b", re.IGNORECASE)


def _with_whole_odds(doc: Doc, m: Mention) -> Mention:
    """The model's count cut out of a horse's odds made the whole odds: "11" of "the 11-4 favourite" is "11-4" (as
    the model reads "the 15-8 favourite"); any other mention as it was."""
    if m.label not in ("CARDINAL", "DATE") or m.end - m.start != 1:
        return m
    text, start = text_of(doc), doc[m.start].idx
    odds = _ODDS.match(text, start)
    if odds is None or not (_ODDS_BEFORE.search(text, max(0, start - 20), start)
                            or _ODDS_AFTER.match(text, odds.end())) or _SCORES_WORD_AFTER.match(text, odds.end()):
        return m
    span = doc.char_span(start, odds.end(), alignment_mode="expand")
    if span is None:
        return m
    return Mention(m.start, span.end, "CARDINAL", m.weight, m.source, _key_at(doc, m.start, span.end))
