"""Sport's numbers: race times and distances, cricket's and baseball's lines, golf scores, tallies."""
from __future__ import annotations

import functools
import heapq
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from services.nlp.doctext import text_of
from services.nlp.entity_rules import MONTHS, PARTIES, PARTY_WORDS
from services.nlp.money.numbers import UNIT_WORDS, Number
from services.nlp.money.text import Spans, sentence_around, sentences_beside

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc


def over_the_distance(text: str, number: Number) -> Number:
    """A race's distance without its "over", which names the distance run and hedges nothing: "won by a length over
    seven furlongs", "the Eclipse over 1m 2f"."""
    over = re.match(r"over\s+", text[number.start:number.end], re.IGNORECASE)
    return number if over is None else replace(number, start=number.start + over.end(), hedged=False)


# Spans of play a figure is counted over: "struck out nine over six innings", "averaged 31 points over five games".
_SPANS_OF_PLAY = frozenset({"inning", "over", "lap", "hole", "round", "game", "match", "start", "outing", "appearance",
                            "race", "stage", "set", "frame", "quarter", "period", "session", "season", "leg", "bout"})
# Words before "over" that make it a hedge of what they do or hold: "played over 100 games", "in over 300 matches".
_HEDGED_OVER_AFTER = frozenset({"VERB", "AUX", "ADP", "DET", "SCONJ", "CCONJ", "PART"})


def over_a_span_of_play(doc: Doc, number: Number, unit: str | None) -> Number:
    """A span of play without its "over", which says when, not how many, after what was counted in it: "one run on
    four hits over seven innings", "nine over six innings" are exact; not "played over 100 games", "in over 300
    matches" (more than), nor "over six million" (no span), nor a sentence's first word (nothing counted before it)."""
    over = re.match(r"over\s+", text_of(doc)[number.start:number.end], re.IGNORECASE)
    token = doc.char_span(number.start, number.start + 4) if over and unit in _SPANS_OF_PLAY else None
    if token is None or token[0].is_sent_start or doc[token.start - 1].is_space \
            or doc[token.start - 1].pos_ in _HEDGED_OVER_AFTER \
            or (doc[token.start - 1].is_punct and doc[token.start - 1].text != "%") \
            or not _a_count_before(doc, token.start):
        return number
    return replace(number, start=number.start + over.end(), hedged=False)


def _a_count_before(doc: Doc, at: int) -> bool:
    """A count ends right before token `at`: "nine", "41,000", "3%", "four hits", "31 points and 12 rebounds" (not
    "now", "almost" or "a little", hedges of the "over" after them)."""
    previous = doc[at - 1]
    if previous.like_num or previous.pos_ == "NUM" or previous.text == "%":
        return True
    return previous.pos_ == "NOUN" and at >= 2 and (doc[at - 2].like_num or doc[at - 2].pos_ == "NUM")


# Cricket told by words no other sport writes (baseball's "2 for 14" is hits in at-bats, and it has innings and runs
# too); overs only counted ("from 19 overs", not bettors' "took the overs"); not the idiom's "bowled over".
_CRICKET_WORDS = re.compile(r"\b(?:cricket|wickets?|stumps|\d+(?:\.\d)?\s+overs|bowled(?!\s+over\b)|lbw|bowlers?|"
                            r"batsm[ae]n|"
                            rf"Test\s+match(?:es)?|ODIs?|\d{{1,3}}\s+for\s+(?:\d|{'|'.join(list(UNIT_WORDS)[:10])})"
                            r"\s+declared)\b")
_WICKETS_IN_WORDS = "|".join(list(UNIT_WORDS)[1:10])
# What ends a side's total or a bowler's figures written as a cue of cricket: no digit, nor a word it counts ("were all
# out for 12 hours", "took 3 for 45 minutes"); a preposition or a clause's end.
_NOTHING_COUNTED_ENDS = (r"(?![\w%]|[.,]\d)(?!\s+(?!(?:at|from|in|off|on|and|with|before|after|as|when|while|but|or|"
                         r"to|by|against|during|runs?|wickets?)\b)[A-Za-z])")
# A side all out for its total: "Pakistan were all out for 234".
_SIDE_ALL_OUT = re.compile(r"\b(?:were|was|are|is|been)\s+all\s+out\s+for\s+\d{2,3}" + _NOTHING_COUNTED_ENDS)
# What a side's score at a break follows: a verb of its standing or a comma ("England were 61 for one at lunch",
# "reached 245 for four at tea", "Australia, 245 for four at tea,"; not "The restaurant served 120 for two at lunch").
_SIDE_AT_BEFORE = r"(?:\b(?:were|was|are|is|reached|reaching|to|on)\s+|,\s+)"
# A side's score at a break, a bowler's figures after a bowler's verb: each cue holds a number before "for".
_SCORE_AT_BREAK = re.compile(
    rf"{_SIDE_AT_BEFORE}\d{{2,3}}\s+for\s+(?:[1-9]|{_WICKETS_IN_WORDS})\s+at\s+(?:lunch|tea)\b")
_BOWLERS_FIGURES = re.compile(r"\b(?:took|takes|taking|claimed|claims|grabbed|returned|figures\s+of|finished\s+with)\s+"
                              r"(?:[1-9]|10)\s+for\s+(?:[2-9]\d|\d{3})" + _NOTHING_COUNTED_ENDS)
# A cricket text, whose "went 3 for 4" is no batter's line and whose "all out for 234" is runs wherever its cue: its
# words, a Test match written alone ("the second Test", not a sentence's "Test results"), an innings by its number
# (baseball's is "the first inning"; not "a first innings of talks"), a batter run out (not "will run out of cash"),
# a declaration's total, the Ashes, a side all out for its total ("Pakistan were all out for 234") or its score at a
# break ("61 for one at lunch"), or a bowler's figures after a bowler's verb ("took 3 for 45": wickets, ten at most,
# for runs above them).
# Each cue but the words is searched only where a word of it is in the text: one pattern of them all, or a look-behind
# tried at every character, cost half a millisecond a text.
_CRICKET_CUES = (
    ("", _CRICKET_WORDS),
    ("Test", re.compile(r"(?<=[a-z] )Tests?\b")),
    ("innings", re.compile(r"\b(?i:first|second|1st|2nd)\s+innings\b(?!\s+of\s+(?!the\b|\d)[a-z])")),
    ("run out", re.compile(r"\b(?:was|were|been|is|being)\s+run\s+out\b(?!\s+of\b)")),
    ("declared on", re.compile(r"\bdeclared\s+on\s+\d{2,3}\s+for\b")),
    ("Ashes", re.compile(r"\bthe\s+Ashes\b")),
    ("all out", _SIDE_ALL_OUT),
    (" at ", _SCORE_AT_BREAK),
    (" for ", _BOWLERS_FIGURES),
)
# What the two cues of a count before "for" hold: in a text without it, most, neither is searched (" at " and " for "
# are in nearly every text, and each pattern scans all of it: half the time of `is_cricket_text` of a text of no
# cricket).
_NUMBER_BEFORE_FOR = re.compile(r"\d\s+for\s")
_COUNT_BEFORE_FOR_CUES = (_SCORE_AT_BREAK, _BOWLERS_FIGURES)


# Words of an election in the sentence of a side "all out for" its number, which make it a campaign's effort for a
# count of seats or votes, no innings: "The campaign is all out for 270", "Labour were all out for 326, the number
# needed for a majority". Only an election's words: a government's ("president", "minister") are said of cricket
# boards too, which is why the leader's-party list (entities/people.py, `_POLITICS_WORDS`) is a different one.
_ELECTION_WORDS = re.compile(r"\b(?:majority|seats?|votes?|voters?|electoral|elections?|campaign\w*|primar(?:y|ies)|"
                             r"House|Senate|Congress|ballots?|polls?)\b")


def _cues(text: str, pattern: re.Pattern[str], start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The pattern's cues of cricket in `text[start:end]`: an "all out for" one not in an election's sentence."""
    for cue in pattern.finditer(text, start, len(text) if end is None else end):
        if pattern is _SIDE_ALL_OUT and _ELECTION_WORDS.search(text, *sentence_around(text, cue.start())):
            continue
        yield cue


@functools.lru_cache(maxsize=64)
def is_cricket_text(text: str) -> bool:
    """A cue of cricket anywhere in the text (see `_CRICKET_CUES`)."""
    counted = _NUMBER_BEFORE_FOR.search(text) is not None
    return any(word in text and (counted or pattern not in _COUNT_BEFORE_FOR_CUES)
               and next(_cues(text, pattern), None) is not None for word, pattern in _CRICKET_CUES)


# A batter's hits in at-bats or a side's conversions, in wickets-for-runs' shape: "went 3 for 4", "was 2 for 15",
# "3 for 14 on third down", "2 for 15 with a homer".
_HITS_BEFORE = re.compile(r"\b(?:went|was|is)\s+$")
_HITS_AFTER = re.compile(r"\s+(?:on\s+third\s+down|with)\b")
# Cricket's "N for M", a side's runs for its wickets lost ("358 for 7 at stumps") or a bowler's wickets for the runs
# conceded ("took 3 for 54 from 19 overs"), with nothing else counted after it.
# The wickets may be spelled out ("took five for 30", "823 for seven declared"), as the runs never are.
_WICKET_WORDS = "|".join(list(UNIT_WORDS)[:11])
_FOR_WICKETS = re.compile(rf"(?<![\w.,$£€])(\d{{1,3}}|\b(?i:{_WICKET_WORDS}))\s+for\s+"
                          rf"(\d{{1,3}}|(?i:{_WICKET_WORDS})\b)(?!\w|[.,]\d|\s*%)"
                          r"(?!\s+(?!(?:at|from|in|off|on|and|with|before|after|to|by|as|when|while|but|or|runs?|"
                          r"wickets?|declared)\b)[a-z])")
# A side's total after the words that end its innings: "bowled out for 104", "all out for 234", "dismissed for 163".
# Only in a cricket text (`cricket_units`; "went all out for 90 minutes" is none), and nothing counted after it but
# runs and balls, which count themselves: not "dismissed for 2 reasons", "for 3 of the 5".
_NOTHING_COUNTED_AFTER = (r"(?!\w|[.,]\d|-|\s+(?:runs?|balls?|deliveries|overs?)\b|"
                          r"\s+[a-z]+\s+(?:run|ball|deliver|over)\w*)"
                          r"(?!\s+(?!(?:at|from|in|off|on|and|with|before|after|as|when|while|but|or|to|by|"
                          r"against|during|inside|within|not\s+out)\b)[A-Za-z])")
_TOTAL_AFTER_OUT = re.compile(r"\b(?:(?:bowled|all|run)\s+out|dismissed|skittled)\s+for\s+(\d{1,3})"
                              + _NOTHING_COUNTED_AFTER, re.IGNORECASE)
# Wickets spelled out before the runs only after a bowler's verb or name: "took five for 30", "and Nathan Lyon four
# for 41", not "voted three for 11".
_BOWLER_BEFORE = re.compile(r"(?:\b(?:took|take|takes|taking|claimed|claims|claiming|grabbed|returned|returning|"
                            r"(?:finish|end)(?:ed|es|s|ing)?\s+with|figures\s+of|picked\s+up)|"
                            r"(?<![\w'’])(?-i:[A-Z][a-z'’-]*[a-z]))\s+$", re.IGNORECASE)
# A batter's runs written bare: "Smith made 262", "Root, 33, made 45" (an age between), "Kohli, who scored 83,", out
# for them ("Zak Crawley was out for 12", "Duckett fell for 45"), "an unbeaten 68", "68 not out" (made or scored by a
# name or a pronoun, and of two or three digits, as a goal's or a try's count never is); and a side's chase: "chased
# down 285", "a target of 160". What follows is as after a total (see `_TOTAL_AFTER_OUT`): nothing counted, as "made
# 12 changes" or "an unbeaten 68 days" counts.
_BATTERS_RUNS = re.compile(r"(?:(?:(?<![\w'’])(?-i:[A-Z][\w'’-]*)(?:,\s+\d{2},)?|\b(?:he|she|they|who))\s+"
                           r"(?:had\s+|has\s+)?"
                           r"(?:made|scored|struck|smashed|compiled|fell\s+for|"
                           r"(?:was|is)\s+(?:(?:caught\s+|run\s+)?out|caught|bowled|dismissed|stumped|lbw)\s+for)\s+(?P<made>\d{2,3})"
                           r"|\bunbeaten\s+(?P<unbeaten>\d{1,3})"
                           r"|(?<![\w.,$£€])(?P<not_out>\d{1,3})(?=\s+not\s+out\b)"
                           r"|\b(?:chas(?:e|es|ed|ing)\s+(?:down\s+)?|target\s+of\s+)(?P<target>\d{2,3}))"
                           + _NOTHING_COUNTED_AFTER, re.IGNORECASE)
# A batter's hits in at-bats or a side's conversions in tries, no figures: "went 6 for 6", "goes 0 for 4.", "was
# 3-for-4", "is 3 for 4 against the pitcher" (after "is" or "was" only beside a word of baseball; the hits no more
# than the tries, at most `_MOST_TRIES`; never in a cricket text, whose "N for M" and "4-for-30" are a bowler's, nor a
# share split's "1-for-10 reverse split").
# The look-ahead for the characters a match starts with makes the engine try the rest only there (a third of the time).
_HITS_IN_TRIES = re.compile(r"(?=[wgi\d])(?:\b(?:went|goes|going|(?P<be>is|was))\s+(?P<hits>\d{1,2})"
                            r"(?:\s+for\s+|-for-)|(?<![\w.,-])(?P<hits2>\d{1,2})-for-)(?P<tries>\d{1,2})(?![\w,-]|\.\d)"
                            r"(?!\s+(?:reverse|stock|split|shares?|consolidation|swap)\b)", re.IGNORECASE)
_MOST_TRIES = 20
# Baseball told by its own words, which "is 3 for 4" and "was 2 for 14" need beside them to be a batter's line.
# Words of another sport or a sport's other kind, which make a sentence's "scored 31", "made 12" and "chasing 12" its
# points or goals, no batter's runs, in a roundup that has cricket too ("In the NBA, LeBron James scored 31"; "In
# football, Mohamed Salah scored 29").
_OTHER_SPORT_WORDS = re.compile(r"\b(?:NBA|WNBA|NFL|NHL|MLS|basketball|football|soccer|baseball|hockey|rugby|golf|"
                                r"tennis|Premier\s+League|Bundesliga|La\s+Liga|Serie\s+A|Ligue\s+1|Champions\s+League|"
                                r"goals?|points|touchdowns?|rebounds|assists|ten-?pin|tenpin|lawn\s+bowls)\b",
                                re.IGNORECASE)
# A bowling sport's text, whose "bowlers" and "bowled" are no cue of cricket to a batter's runs written bare (a ten-pin
# final's "bowled a perfect 300 game", "Belmonte, who scored 279").
_BOWLING_SPORT = re.compile(r"\b(?:ten-?pin|tenpin|(?:lawn|indoor|crown\s+green)\s+bowl(?:s|ers?|ing)|"
                            r"bowling\s+(?:alley|alleys|green|lanes?|league))\b", re.IGNORECASE)
_BASEBALL_WORDS = re.compile(r"\b(?:baseball|MLB|pitchers?|pitching|at[- ]bats?|homers?|homered|home\s+runs?|RBIs?|"
                             r"batting|hitless|bullpen|shortstop|outfielder|slugger|World\s+Series)\b", re.IGNORECASE)
# A partnership's runs: "put on 150 for the fourth wicket", "added 89 for the 2nd wicket".
_PARTNERSHIP = re.compile(r"\b(?:put\s+on|added|shared)\s+(\d{2,3})\s+(?:runs\s+)?for\s+the\s+"
                          r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|"
                          r"\d{1,2}(?:st|nd|rd|th))[\s-]+wicket\b", re.IGNORECASE)
WICKETS = 10  # a side's wickets: the end of "N for M" of ten or fewer, the other above ten, counts them


@functools.lru_cache(maxsize=64)
def cricket_units(text: str) -> dict[int, str]:
    """The units of the two numbers of each cricket "N for M", "run" and "wicket", by where each starts, and of a
    side's or a batter's runs written bare ("all out for 234", "Smith made 262", "an unbeaten 68"); none but in a
    cricket text (its cue anywhere: "Pakistan were all out for 234" in a Test's report), nor where both ends could be
    wickets ("5 for 9")."""
    if not is_cricket_text(text):
        return {}
    units: dict[int, str] = {}
    for match in _TOTAL_AFTER_OUT.finditer(text):
        units[match.start(1)] = "run"
    for match in _BATTERS_RUNS.finditer(text):
        if _is_batters_runs(text, match):
            units[match.start(next(group for group in ("made", "unbeaten", "not_out", "target") if match[group]))] \
                = "run"
    for match in _PARTNERSHIP.finditer(text):
        units[match.start(1)] = "run"
    for match in _FOR_WICKETS.finditer(text):
        first, second = _wickets_or_runs(match[1]), _wickets_or_runs(match[2])
        if match[1].isalpha() and match[2].isalpha():
            continue  # "one for one": no line of runs and wickets
        if match[1].isalpha() and not _BOWLER_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue  # "voted three for 11 on Tuesday, a cricket board official said"
        if second <= WICKETS < first:
            units[match.start(1)], units[match.start(2)] = "run", "wicket"
        elif first <= WICKETS < second and not _HITS_BEFORE.search(text, max(0, match.start() - 6), match.start()) \
                and not _HITS_AFTER.match(text, match.end()):
            units[match.start(1)], units[match.start(2)] = "wicket", "run"
    return units


def _is_batters_runs(text: str, match: re.Match[str]) -> bool:
    """A `_BATTERS_RUNS` match is runs: not in a sentence of another sport's words ("In the NBA, LeBron James scored
    31" in a roundup with a Test), and the words any sport or none writes ("made", "scored", a chase, a target) only
    with a cue of cricket in their sentence or the one before or after (not a football paragraph's "Kane scored 12"
    after a Test's, nor a ten-pin final's "who scored 279" after its bowlers)."""
    if _OTHER_SPORT_WORDS.search(text, *sentence_around(text, match.start())):
        return False
    if not (match["made"] or match["target"]):
        return True  # "an unbeaten 68", "120 not out": cricket's own shapes
    start, end = sentences_beside(text, match.start())
    bowling = _BOWLING_SPORT.search(text) is not None
    return any(not (bowling and cue[0].lower().startswith("bowl"))
               for _, pattern in _CRICKET_CUES for cue in _cues(text, pattern, start, end))


def _wickets_or_runs(number: str) -> int:
    """One end of "N for M", in digits or a word (wickets only)."""
    return UNIT_WORDS[number.lower()] if number.isalpha() else int(number)


# A pitcher's strikeouts written bare: "struck out nine in six innings", "struck out 11." (nothing counted after, as
# "struck out nine of the charges" or "struck out 12 claims" counts), up to a game's 27 outs; beside a word of baseball.
_STRUCK_OUT = re.compile(rf"\bstruck\s+out\s+(\b(?i:{'|'.join(list(UNIT_WORDS)[1:20])})\b|\d{{1,2}}(?![\w.,]))"
                         r"(?=\s*[.,;:)!?]|\s*$|\s+(?:in|over|on|as|and|while|before|after|through|during|for|to|"
                         r"with|but)\b)")
# A pitcher's walks, not a strike's or a hearing's "walked out", "walked away".
_STRIKEOUT_CUES = re.compile(r"\binnings?\b|\bbatters\b|\bmound\b|\bwalk(?:s|ed)?\b(?!\s+(?:out|away|off|free)\b)|"
                             r"\bstrikeouts?\b")
_MOST_STRIKEOUTS = 27


def strikeout_units(text: str) -> dict[int, str]:
    """The unit "strikeout" of a pitcher's bare count after "struck out", by where the count starts (see
    `_STRUCK_OUT`)."""
    if "struck out" not in text:
        return {}
    units = {}
    for match in _STRUCK_OUT.finditer(text):
        count = UNIT_WORDS.get(match[1].lower()) if match[1].isalpha() else int(match[1])
        around = sentences_beside(text, match.start())
        if count and count <= _MOST_STRIKEOUTS and (_BASEBALL_WORDS.search(text, *around)
                                                   or _STRIKEOUT_CUES.search(text, *around)):
            units[match.start(1)] = "strikeout"
    return units


# A relay named by its legs and each leg's distance, spaced: "the 4 x 100m relay", "the 4 x 400 metres relay", "the
# women's 4 × 200m freestyle relay" (the glued "4x100m" is no number to `_numbers`).
_SPACED_RELAY = re.compile(r"\b\d\s+[x×]\s+\d{2,4}(?:\s*(?:m|metres?|meters?))?(?:\s+[a-z]+){0,2}\s+relays?\b")


def spaced_relays(text: str) -> list[tuple[int, int]]:
    """The spans of relays' names by legs and distance (`_SPACED_RELAY`), whose numbers count and measure nothing."""
    return [(match.start(), match.end()) for match in _SPACED_RELAY.finditer(text)]


# A stock split's ratio, new shares for old: "a 1-for-10 reverse stock split", "a 3-for-1 split", "a 1-for-5 share
# consolidation" (no batter's line: "split" or "consolidation" follows within a few words).
_SPLIT_RATIO = re.compile(r"\b(?:\d{1,3}|one|two|three|four|five|ten)-for-(?:\d{1,3}|one|two|three|four|five|ten)"
                          r"(?=(?:\s+[a-z]+){0,2}\s+(?:split|consolidation)\b)", re.IGNORECASE)


def split_ratios(text: str) -> list[tuple[int, int]]:
    """The spans of stock splits' ratios (`_SPLIT_RATIO`), whose numbers count nothing alone."""
    return [(match.start(), match.end()) for match in _SPLIT_RATIO.finditer(text)]


def hits_in_tries(text: str) -> Spans:
    """The spans of `_HITS_IN_TRIES` whose hits are no more than the tries, none in a cricket text."""
    matches = list(_HITS_IN_TRIES.finditer(text))
    if not matches or is_cricket_text(text):  # the rare shape asked first
        return Spans([])
    spans = []
    for match in matches:
        hits = match["hits"] or match["hits2"]
        if match["be"] and "-for-" not in match[0] \
                and not _BASEBALL_WORDS.search(text, *sentences_beside(text, match.start())):
            continue  # "The exchange rate was 1 for 8", "The committee vote was 4 for 7 against": no batter's line
        if int(hits) <= int(match["tries"]) <= _MOST_TRIES:
            spans.append((match.start("hits") if match["hits"] else match.start("hits2"), match.end("tries")))
    return Spans(spans)


# A time measured to a fraction of a second as a race's clock shows it, minutes and seconds (and hours) apart:
# "a lap of 1:09.673", "won in 2:03:12.5", "fastest lap 1m 09.673s" (not a clock's "10:30", nor a ratio's "1:2.5").
_RACE_TIME = re.compile(r"(?<![\w.,:])(?:(?:(?P<hours>\d{1,2}):)?(?P<minutes>\d{1,2}):(?P<seconds>[0-5]\d\.\d{1,4})"
                        r"(?![\w:]|[.,]\d)|(?P<m>\d{1,2})\s?(?:m|min)\s?(?P<s>[0-5]?\d\.\d{1,4})\s?(?:s|sec)\b)")


# A clock's reading is a race time only near words of timing a race: not a ratio ("1:25.5"), odds, a video's time
# stamp ("a clip at 12:01.5") or a game clock ("with 2:45.3 left").
# Swimming's and the turf's too: "touched in 8:11.04", "the 200m freestyle in 1:53.27", "ran the 1 1/4 miles in
# 2:03.34"; and a gap's: "extended his lead to 5 minutes, 14 seconds".
_RACE_WORDS = re.compile(r"\b(?:laps?|times?|timed|clock(?:ed|s)?|finish(?:ed|es|ing)?|records?|best|qualif\w*|races?|"
                         r"raced|marathon|won|wins?|sprint|stage|pole|fastest|quickest|slowest|personal|touched|"
                         r"swam|swim(?:s|mer|mers|ming)?|ran|freestyle|medley|butterfly|backstroke|breaststroke|"
                         r"relay|heats?|furlongs?|miles|metres|meters|overall\s+lead|climb(?:ed)?|time\s+trial|"
                         r"false\s+starts?)\b",
                         re.IGNORECASE)
_RACE_WORDS_CHARS = 50
# A race's clock in whole seconds, hours to seconds: "a world record time of 2:00:35". Near words of racing too, and
# not a clock's time of day ("the race began at 10:30:00 GMT"), a video's time stamp ("the clip's 1:02:33 mark") nor a
# ratio ("a record ratio of 1:10:20").
_WHOLE_RACE_TIME = re.compile(r"(?<![\w.,:])(?P<hours>\d{1,2}):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d)"
                              r"(?![\w:]|[.,]\d)")
# A race's clock in whole seconds, minutes and seconds, as cycling and running write gaps and climbs: "finished third,
# 9:18 behind Pogacar", "climbed the Couillole in 33:53", "2:36 ahead of O'Connor"; a gap after it, or a measuring
# word before it near words of racing (not a time of day, "arrived in 9:18 am", nor a game clock, "with 3:12 left").
_MINUTES_RACE_TIME = re.compile(r"(?<![\w.,:])(?P<minutes>\d{1,2}):(?P<seconds>[0-5]\d)(?![\w:]|[.,]\d)")
_RACE_GAP_AFTER = re.compile(r"\s+(?:behind|ahead|clear|adrift|down\s+on|up\s+on)\b", re.IGNORECASE)
# A marathon's "won in 2:06" is hours and minutes.
_STAGE_WORDS = re.compile(r"\b(?:stages?|\d+(?:\.\d+)?\s*(?:km|kilomet(?:er|re)s?)|kilomet(?:er|re)s)\b", re.IGNORECASE)
_HOURS_MINUTES_WORDS = re.compile(r"\b(?:marathons?|ironman|triathlons?|ultra\w*|hours?)\b", re.IGNORECASE)
# Words right before a race's clock that say it measures: "a record time of 2:00:35", "finished in 2:19:12", "clocked
# 0:59:40"; a clock that is read ("the dashcam read 14:22:31") or stamps ("timestamped 12:03:11") measures nothing.
_RACE_CLOCK_BEFORE = re.compile(r"\b(?:in|of|clocked|ran|run|timed|finished|won)\s+$", re.IGNORECASE)
_TIME_OF_DAY_BEFORE = re.compile(r"\b(?:at|from|until|till|since|before|after|by|around)\s+$", re.IGNORECASE)
_TIME_OF_DAY_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|(?-i:GMT|UTC|BST|CET|[ECMP][SD]?T)\b|local\b|hrs\b|mark\b|into\b)",
                                re.IGNORECASE)
# Words near that read "h:mm:ss" as something other than a race's clock: a video's time stamp, a ratio.
_NOT_RACE_CLOCK_WORDS = re.compile(r"\b(?:video|clip|footage|stream\w*|YouTube|podcast|episode|broadcast|film|ratios?|"
                                   r"odds|proportions?)\b", re.IGNORECASE)


def _near_race_words(text: str, start: int) -> bool:
    return _RACE_WORDS.search(text, max(0, start - _RACE_WORDS_CHARS), start) is not None


# A race's gap, for minutes and seconds written out: "extended his lead to 5 minutes, 14 seconds" (too common for a
# bare "m:ss": "the lead ... in 10:30").
_RACE_GAP_WORDS = re.compile(r"\b(?:lead|gap|deficit)\b", re.IGNORECASE)


def in_race_talk(text: str, start: int, end: int) -> bool:
    """Near words of racing or a gap and none of a video's or a ratio's (see `_NOT_RACE_CLOCK_WORDS`)."""
    return (_near_race_words(text, start)
            or _RACE_GAP_WORDS.search(text, max(0, start - _RACE_WORDS_CHARS), start) is not None) \
        and _NOT_RACE_CLOCK_WORDS.search(
        text, max(0, start - _RACE_WORDS_CHARS), end + _RACE_WORDS_CHARS) is None


def _is_whole_race_time(text: str, match: re.Match[str]) -> bool:
    """An "h:mm:ss" near words of racing that reads as no time of day or time stamp (see `_WHOLE_RACE_TIME`)."""
    start, end = match.span()
    return _near_race_words(text, start) and _RACE_CLOCK_BEFORE.search(text, max(0, start - 12), start) is not None \
        and _TIME_OF_DAY_BEFORE.search(text, max(0, start - 8), start) is None \
        and _TIME_OF_DAY_AFTER.match(text, end) is None \
        and _NOT_RACE_CLOCK_WORDS.search(text, max(0, start - _RACE_WORDS_CHARS), end + _RACE_WORDS_CHARS) is None


# A game's clock, no race's: "with 4 minutes 48 seconds remaining", "2:36 left in the half", "scored 4:32 into".
_GAME_CLOCK_BEFORE = re.compile(r"\bwith\s+(?:just\s+|only\s+)?$", re.IGNORECASE)
_GAME_CLOCK_AFTER = re.compile(r"\s+(?:remaining|left|to\s+play|to\s+go|gone|into|elapsed)\b", re.IGNORECASE)


def is_game_clock(text: str, start: int, end: int) -> bool:
    return _GAME_CLOCK_BEFORE.search(text, max(0, start - 12), start) is not None \
        or _GAME_CLOCK_AFTER.match(text, end) is not None


def _is_minutes_race_time(text: str, match: re.Match[str]) -> bool:
    """An "m:ss" that is a race's gap or clock (see `_MINUTES_RACE_TIME`)."""
    start, end = match.span()
    sentence_start, sentence_end = sentence_around(text, start)
    if _HOURS_MINUTES_WORDS.search(text, sentence_start, sentence_end) or is_game_clock(text, start, end) \
            or _NOT_RACE_CLOCK_WORDS.search(text, max(0, start - _RACE_WORDS_CHARS), end + _RACE_WORDS_CHARS):
        return False
    if _RACE_GAP_AFTER.match(text, end):  # not "began at 9:18 behind closed doors", "scheduled for 7:30 ahead of"
        return _TIME_OF_DAY_BEFORE.search(text, max(0, start - 8), start) is None \
            and _RACE_WORDS.search(text, sentence_start, sentence_end) is not None
    # A road stage's time is hours and minutes: "won the 180km stage in 4:12".
    # (Minutes past 23 are no hours: "climbed the Couillole in 33:53 to take the stage".)
    return (int(match["minutes"]) > 23 or _STAGE_WORDS.search(text, sentence_start, sentence_end) is None) \
        and _is_whole_race_time(text, match)


def _after_a_race_time(text: str, match: re.Match[str], previous: int | None) -> bool:
    """A clock's reading later in a sentence that has told a race time: "won in 1:53.27, with Titmus second in
    1:53.81"."""
    return previous is not None and sentence_around(text, previous) == sentence_around(text, match.start())


def race_times(text: str) -> list[Number]:
    """Race times in the text, in seconds: "1:09.673" is 69.673 "second" (see `_is_measured_time`), "2:00:35" 7235."""
    whole = (match for match in _WHOLE_RACE_TIME.finditer(text) if _is_whole_race_time(text, match))
    minutes = (match for match in _MINUTES_RACE_TIME.finditer(text) if _is_minutes_race_time(text, match))
    times: list[Number] = []
    for match in heapq.merge(_RACE_TIME.finditer(text), whole, minutes, key=lambda match: match.start()):
        if times and match.start() < times[-1].end:
            continue  # "2:00:35" read whole, not its "2:00" again
        if match.re is _RACE_TIME and match["minutes"] is not None and not _near_race_words(text, match.start()) \
                and not _after_a_race_time(text, match, times[-1].start if times else None):
            continue
        groups = match.groupdict()
        hours, minutes = int(groups.get("hours") or 0), int(groups["minutes"] or groups.get("m"))
        seconds = 3600 * hours + 60 * minutes + float(groups["seconds"] or groups.get("s"))
        times.append(Number(match.start(), match.end(), seconds, None, None, False, False, None, match.group(),
                             unit="second"))
    return times


# A sprint's or a short swim's time in seconds written bare, to the hundredth, after a word that times it: "took bronze
# in 9.81", "a world record of 9.58", "clocked 19.46" (under a minute: longer ones are written "1:56.72").
_SPRINT_TIME = re.compile(r"\b(?P<before>in|of|clocked|clocking|timed)\s(?P<seconds>[1-5]?\d\.\d\d)(?![\w%]|[.,]\d)"
                          r"(?!\s*(?:s|secs?|seconds?|m|metres?|meters?|points?|per|percent|million|billion)\b)"
                          # another unit or a clock's time of day after it: "in 12.45 hours", "clocked 45.50 mph",
                          # "starts in 21.50 local time", "in 12.40 trading"
                          r"(?!\s*(?i:hours?|hrs|minutes?|mins?|weeks?|days?|months?|years?|mph|kph|km/h|kg|degrees?|"
                          r"local|am|pm|gmt|bst|utc|cet|et|trading|pence|p|cents?|euros?|dollars?|pounds?|yen)\b)")
# A race's distance in metres, as a story of sprints or swims names it: "the 100m", "100 metres" (not "£100m", a sum).
_METRES_DISTANCE = re.compile(r"(?<![£$€\d,.])\d{2,3}(?:,\d{3})?\s?(?:m|metres|meters)\b")
# What a time after "in" or "of" is, right before it: a medal won ("took bronze in 9.81"), an athlete's record or
# best ("the world record of 9.58", "a personal best of 10.85"); not "a record in 12.40 trading", nor "Gold rose in".
_TIMED_BEFORE = re.compile(r"\b(?:(?:took|won|take|win|claimed|clinched|grabbed)\s+(?:the\s+)?"
                           r"(?:gold|silver|bronze)\s+in|(?:world|Olympic|British|European|Commonwealth|national|area|personal|season'?s|"
                           r"championship|meeting|Games|American|Asian|African)\s+(?:record|best)\s+of)\s$",
                           re.IGNORECASE)


# What a number after "of" or "in" measures other than a time: "at odds of 2.50 to win the 100m", "a temperature of
# 27.50" in the 50m pool.
_NOT_TIMED_BEFORE = re.compile(r"\b(?:odds|temperatures?|prices?|rates?|ratios?|yields?|index|fees?|tolls?|costs?|"
                               r"averages?|ratings?|handicap)\s+(?:of|in|at)\s$", re.IGNORECASE)


def sprint_times(text: str) -> list[Number]:
    """Bare sprint and swim times (see `_SPRINT_TIME`), in "second", in a text naming a race in metres: after a
    clock's verb, a medal or a record (see `_TIMED_BEFORE`), or in a sentence naming the race's metres ("second in the
    100m breaststroke, finishing in 59.05"); not "a record in 12.40 trading" beside "the 100m stretch"."""
    if _METRES_DISTANCE.search(text) is None:
        return []
    return [Number(match.start("seconds"), match.end(), float(match["seconds"]), None, None, False, False, None,
                   match["seconds"], unit="second")
            for match in _SPRINT_TIME.finditer(text) if _is_timed(text, match)]


def _is_timed(text: str, match: re.Match[str]) -> bool:
    """The bare time of `_SPRINT_TIME` is a race's: see `sprint_times`."""
    if match["before"] not in ("in", "of"):
        return True  # "clocked 9.79"
    start, end = sentence_around(text, match.start())
    if _NOT_TIMED_BEFORE.search(text, max(0, match.start() - 30), match.start("seconds")) \
            or _FIELD_EVENTS.search(text, start, end):
        return False  # "at odds of 2.50", "a temperature of 27.50"; "a personal best of 23.56" in the shot put
    return _TIMED_BEFORE.search(text, max(0, match.start() - 40), match.start("seconds")) is not None \
        or _METRES_DISTANCE.search(text, start, end) is not None


# A photo finish's margin in words: "by five-thousandths of a second" is 0.005, "two-tenths of a second" 0.2.
# "three one-hundredths" is 0.03, "15-hundredths" 0.15; no number word before the count ("twenty-five hundredths").
_SPLIT_SECOND = re.compile(rf"(?<![\w-])(?:(?P<times>{'|'.join(list(UNIT_WORDS)[2:])}|[1-9]\d?)\s+(?=one\b))?"
                           rf"(?<![\w-])(?P<count>{'|'.join(list(UNIT_WORDS)[1:])}|[1-9]\d?)[-\s](?P<part>tenth|"
                           r"hundredth|thousandth)s?\s+of\s+a\s+second\b", re.IGNORECASE)
_SPLIT_SECOND_PARTS = {"tenth": 10, "hundredth": 100, "thousandth": 1000}
# The part every `_SPLIT_SECOND` ends in, a cheap first look: the whole pattern tried at every word start was about 1%
# of an article's analysis, and few articles tell a margin in words.
_SPLIT_SECOND_TAIL = re.compile(r"(?:tenth|hundredth|thousandth)s?\s+of\s+a\s+second\b", re.IGNORECASE)


def split_seconds(text: str) -> list[Number]:
    """Fractions of a second told in words (see `_SPLIT_SECOND`), in "second"."""
    numbers: list[Number] = []
    if not _SPLIT_SECOND_TAIL.search(text):
        return numbers
    for match in _SPLIT_SECOND.finditer(text):
        count = UNIT_WORDS.get(match["count"].lower()) or int(match["count"])
        if match["times"]:
            count *= UNIT_WORDS.get(match["times"].lower()) or int(match["times"])
        seconds = count / _SPLIT_SECOND_PARTS[match["part"].lower()]
        numbers.append(Number(match.start(), match.end(), seconds, None, None, False, False, None, f"{seconds:g}",
                               unit="second"))
    return numbers


# The furlongs of a race's distance after its miles, as racing writes it: "over 1m 2f", "the 2m 4f hurdle".
_FURLONGS_AFTER = re.compile(r"\s+([1-7])f\b")
FURLONGS_PER_MILE = 8


def race_distance(text: str, match: re.Match[str], start: int, hedged: bool) -> Number | None:
    """A distance in miles and furlongs ("1m 2f"), in furlongs: the "m" before furlongs is miles, no million."""
    if match["n1_scale"] != "m" or match["n2"] is not None or match["glued"] or match["pct"] \
            or not match["n1"].isdigit():
        return None
    furlongs = _FURLONGS_AFTER.match(text, match.end("n1_scale"))
    if furlongs is None:
        return None
    value = FURLONGS_PER_MILE * int(match["n1"]) + int(furlongs[1])
    return Number(start, furlongs.end(), value, None, None, hedged, False, None, match["n1"], unit="furlong")


# The distances of track, pool and rink races in metres, as sport writes them glued ("the 800m", "the 1,500m").
_RACE_METRES = frozenset({50, 60, 100, 110, 200, 300, 400, 500, 800, 1000, 1500, 3000, 5000, 10000})
# A field's possessive, also capitalised as a results line or a heading opens with it ("Women's 400m hurdles: 1.").
_FIELD_POSSESSIVE = r"(?:[Ww]omen|[Mm]en)['’]s|(?:[Bb]oy|[Gg]irl)s['’]"
# What names a race before its distance: an article or a field's possessive, perhaps a capitalised word between ("the
# 1,500m", "the women's 800m", "the Olympic 100m").
_RACE_NAMED_BEFORE = re.compile(rf"\b(?:the|{_FIELD_POSSESSIVE})\s+(?:[A-Z][a-z]+\s+)?$")
# A race's round or kind right after its distance, which says the "the 110m" is a race with no other word of racing in
# the sentence: "The 110m hurdles was won by", "disqualified in the 100m final", "the 3000m steeplechase heats"; not a
# sum's "the 100m final payment".
_RACE_NOUN_AFTER = re.compile(r"\s+(?:finals?|semi-?finals?|heats?|hurdles|steeplechase|relay)\b"
                              r"(?!\s+(?:payments?|instalments?|installments?|tranches?|bills?|fees?|sums?|budgets?|"
                              r"deals?|bids?|offers?))")
# What is run, walked or swum over a distance, right after it: "The 5m run", "a 10m swim", "the 5m fun run" (the
# parser's verb: "The 5m run was held" is read "m" an auxiliary and "run" a participle); not a run on a bank or of
# redemptions ("Metro Bank suffered a 600m run on deposits": millions).
_DISTANCE_KIND_AFTER = re.compile(r"\s+(?:fun\s+)?(?:run|walk|swim|dash|sprint|jog)\b(?!-)(?!\s+(?:on|of)\b)")
_A_DISTANCE_NAMED_BEFORE = re.compile(rf"\b(?:[Tt]he|[Aa]|{_FIELD_POSSESSIVE}|[Hh]er|[Hh]is|[Tt]heir)\s+$")
_ARTICLE_BEFORE = re.compile(rf"\b(?:[Tt]he|{_FIELD_POSSESSIVE})\s+(?:[A-Z][a-z]+\s+)?$")
# Or a runner's possessive in a sentence of racing: "Her 100m final time of 10.72" (not "his 100m final salary demand",
# "their 100m final round of funding": a sum's "final" is a payment's, see `_RACE_NOUN_AFTER`).
_RUNNER_BEFORE = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:[A-Z][a-z]+\s+)?$")
# A sum's relative clause after it or its verb before the article, for "the 800m" a sum: "the 100m that comes with
# it", "the 800m he raised", "spent the 100m on players" (a race is "the 800m, which she won", after a comma).
_SUM_CLAUSE_AFTER = re.compile(r"\s+(?:that|which|it|he|she|they|we|you|I|who)\b")
_IN_THE = re.compile(r"\b[Ii]n\s+the\s+(?:[A-Z][a-z]+\s+)?$")  # "In the 200m he clocked 19.31": a race's
_SUM_VERB_BEFORE = re.compile(r"\b(?:raised?|raising|spen[dt]|spending(?:\s+on)?|sought|seeks?|paid|pay|borrow(?:ed)?|"
                              r"invest(?:ed)?|owed?|cost|lost|saved?|needs?|needed|earn(?:ed)?|receive[ds]?|"
                              r"secured?)\s+the\s+(?:[A-Z][a-z]+\s+)?$")
# Field events, whose marks to the centimetre a text about them writes glued: "cleared 6.25m", "second with 5.95m".
_FIELD_EVENTS = re.compile(r"\b(?:pole[\s-]+vault\w*|vaulter|(?:high|long|triple)[\s-]+jump\w*|javelin|discus|"
                           r"shot[\s-]+put\w*|hammer[\s-]+throw\w*)", re.IGNORECASE)
_MARK_DIGITS = re.compile(r"\d{1,2}\.\d\dm")
# Words of a sentence that gives a field event's mark ("cleared 6.25m", "won gold with 22.90m", "second with 22.15m").
_MARK_WORDS = re.compile(r"\b(?:clear(?:ed|s|ing)?|thr(?:ew|ow|own|ows|owing)|jump(?:ed|s|ing)?|leap(?:t|s|ed)?|"
                         r"vault(?:ed|s|ing)?|heaved?|mark|height|gold|silver|bronze|medal|won|wins?|first|second|"
                         r"third|best|record|attempts?|effort|final)\b", re.IGNORECASE)
# Words of a sum in a sentence, whose glued "m" is millions whatever the text's sport: "a sponsorship deal worth 2.5m".
_SUM_WORDS = re.compile(r"\b(?:worth|deal|fees?|bonus|prize\s+money|revenues?|turnover|profits?|loss(?:es)?|budget|"
                        r"paid|pay|sponsor\w*|contracts?|package|funding|raised|cost|sales|earn\w*|salary|valued|"
                        r"missiles?|dollars|pounds|euros)\b", re.IGNORECASE)
_FIELD_MARK_MOST = 100


def is_race_distance(text: str, number: Number) -> bool:
    """A glued "Nm" that is a race's distance in metres, no millions: a race's usual distance named as one ("the
    1,500m", "the women's 800m") in a sentence of racing ("won", "record", "ran", "breaststroke"); not "the 800m it
    raised" (nothing of racing) nor "raised 800m in the race for funds" (no article before)."""
    value = (number.value or 0) / 1e6
    if number.metre_or_million and not number.hedged and _DISTANCE_KIND_AFTER.match(text, number.end) \
            and _A_DISTANCE_NAMED_BEFORE.search(text, max(0, number.start - 30), number.start):
        return True  # "The 5m run was held", "a 10m swim": what is done over the distance, whatever its length
    if not number.metre_or_million or number.hedged or value not in _RACE_METRES:
        return False
    before = max(0, number.start - 30)
    if names_a_race_after(text, number) and _ARTICLE_BEFORE.search(text, before, number.start) is not None:
        return _SUM_VERB_BEFORE.search(text, before, number.start) is None  # "The 110m hurdles", "in the 100m final"
    if names_a_race_after(text, number) and _RUNNER_BEFORE.search(text, before, number.start) is not None:
        start, end = sentence_around(text, number.start)
        return _RACE_WORDS.search(text, start, end) is not None  # "Her 100m final time of 10.72"
    if _RACE_NAMED_BEFORE.search(text, before, number.start) is None or _SUM_VERB_BEFORE.search(text, before,
                                                                                               number.start) \
            or _SUM_CLAUSE_AFTER.match(text, number.end) and not _IN_THE.search(text, before, number.start):
        return False
    start, end = sentence_around(text, number.start)
    return _RACE_WORDS.search(text, start, end) is not None


# Circuits and places of endurance races named by their hours ("the 6 Hours of Spa-Francorchamps"): not any
# capitalised word after "Hours of", as a documentary's, a protest's or a shop's are ("The 10 Hours of Gaza", "the 3
# Hours of Silence", "the 12 Hours of Christmas").
_ENDURANCE_CIRCUITS = ("Le Mans", "Spa-Francorchamps", "Spa", "Sebring", "Daytona", "Bathurst", "Nürburgring",
                       "Nurburgring", "Fuji", "Bahrain", "Kyalami", "Suzuka", "Imola", "Barcelona", "Portimão",
                       "Portimao", "Monza", "Interlagos", "São Paulo", "Sao Paulo", "Qatar", "Lusail", "Silverstone",
                       "Zhuhai", "Shanghai", "Watkins Glen", "Mosport", "Indianapolis", "Zolder", "Dubai", "Abu Dhabi",
                       "Mugello", "Paul Ricard", "Estoril", "Sepang", "Road America", "Laguna Seca", "Hockenheim",
                       "Misano", "Brands Hatch", "Donington", "Phillip Island", "Zandvoort", "Valencia", "Losail")
_ENDURANCE_CIRCUIT = "|".join(re.escape(name).replace(r"\ ", r"\s+")
                              for name in sorted(_ENDURANCE_CIRCUITS, key=len, reverse=True))
# Races named by a number: horse racing's classics for three-year-olds, "the 2,000 Guineas", "the 1000 Guineas" (a
# sum in guineas, bloodstock sales' money, is written in lower case: "sold for 2,000 guineas"); endurance motor races
# by their hours and circuit after "the" ("the 6 Hours of Spa-Francorchamps", "the 24 Hours of Le Mans"; not a
# headline's "12 Hours Of Chaos", nor "the first 12 Hours of Trump's term"), and Daytona's ("the Rolex 24 at
# Daytona", its number matched alone too, as the figures look it up at the number; not a watch's 24 before a unit of
# time: "sold the Rolex 24 hours later", "bought a Rolex 24 years ago").
RACE_NAMED_BY_NUMBER = re.compile(r"(?:1|2),?000\s+Guineas\b"
                                  rf"|(?<=\b[Tt]he\s)(?:[1-9]|1[0-2]|24)\s+Hours\s+of\s+(?:{_ENDURANCE_CIRCUIT})\b"
                                  r"(?!['’])"
                                  r"|(?:Rolex\s+|(?<=\bRolex\s))24(?![\w-])"
                                  r"(?!\s+(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|yrs?)\b)"
                                  r"(?:\s+at\s+Daytona\b)?")


def names_a_race_after(text: str, number: Number) -> bool:
    """A race's round or kind written right after the number: "the 110m hurdles", "the 100m final"."""
    return _RACE_NOUN_AFTER.match(text, number.end) is not None


def is_field_mark(text: str, number: Number) -> bool:
    """A glued "Nm" to the centimetre in a text about a field event, a mark in metres: "won Olympic gold with 6.25m"
    in a story of the pole vault, in a sentence of a mark (see `_MARK_WORDS`) and no sum (see `_SUM_WORDS`): not "a
    bonus of 1.50m" after "cleared 6.25m", "a loss of 3.45m" beside "a high jump in prices", "1.25m" of no event."""
    if not (number.metre_or_million and _MARK_DIGITS.fullmatch(text, number.start, number.end) is not None
            and (number.value or 0) / 1e6 < _FIELD_MARK_MOST and _FIELD_EVENTS.search(text) is not None):
        return False
    start, end = sentence_around(text, number.start)
    return _MARK_WORDS.search(text, start, end) is not None and _SUM_WORDS.search(text, start, end) is None


# A golfer's score against par: "17 under par", "two-over-par".
TO_PAR_AFTER = re.compile(r"[\s-]+(under|over)[\s-]+par\b", re.IGNORECASE)


# A golfer's score against par without the word "par", ending its clause or before what golf writes after it: "finished
# at 11 under", "at 11 under after a 66", "is 5 over through 12 holes" (not "£28,000 over two years", "5 and under").
GOLF_SCORE_AFTER = re.compile(r"[\s-]+(?:under|over)(?:\s*(?:[,.;:)!?]|$)|\s+(?:after|through|thru|for\s+the\s+"
                               r"(?:tournament|week|championship|round)|heading\s+into|going\s+into|entering|with\s+"
                               r"(?:\w+\s+)?holes?)\b)", re.IGNORECASE)


def to_par(text: str, number: Number) -> str | None:
    """"under par" or "over par" for a golfer's score written against par: "finished on 17 under par"."""
    match = TO_PAR_AFTER.match(text, number.end)
    return f"{match[1].lower()} par" if match else None


# A golfer's round or total written after its score against par: "a 5-under 67", "finished at 8-under 280", "a
# two-over-par 74" (a round of 59 to 89 strokes, a four-round total of 250 to 299). Neither number counts anything,
# and "under 67" is no bound.
_GOLF_ROUND = re.compile(rf"\b(?:\d{{1,2}}|{'|'.join(UNIT_WORDS)})(?P<score>[\s-](?:under|over)(?:[\s-]par)?)\s+"
                         r"(?:59|[6-8]\d|2[5-9]\d)\b(?![.,]\d|\s*%|\s*(?:per\s*cent|degrees|years|miles|pounds|kg|km|mph)\b)",
                         re.IGNORECASE)
# A score written as golf writes it, hyphenated or against par: "5-under", "two-over-par", "3 under par" (not the
# age band or the speed of "12 over 80", "15 over 60").
_GOLF_SCORE_SHAPE = re.compile(r"-(?:under|over)(?:-par)?|[\s-](?:under|over)[\s-]par", re.IGNORECASE)
# Golf's words, which make a round of any shape a golfer's in their sentence: "carded a round of 4 under 68".
_GOLF_WORDS = re.compile(r"\b(?:(?i:par|rounds?|birdies?|bogeys?|eagles?|shots?|carded|card|holes?|tee|golf\w*)"
                         r"|Open|Masters|PGA|LIV)\b")
# A word in lower case after the round: a noun it counts ("2-under 65 games played"), unless a small word.
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def is_golf_round(text: str) -> bool:
    """The text is a golfer's score against par and the round's strokes: "7-under 65" (no date, no count)."""
    match = _GOLF_ROUND.fullmatch(text)
    return match is not None and _GOLF_SCORE_SHAPE.fullmatch(match.group("score")) is not None


def golf_rounds(text: str) -> list[tuple[int, int]]:
    """Where golfers' rounds or totals are written with their scores against par (see `_GOLF_ROUND`): "finished on
    six-under-par 274", "a 7-under 65"."""
    return [match.span() for match in _GOLF_ROUND.finditer(text) if _is_golfers_round(text, match)]


def in_golf_round(text: str, number: Number) -> bool:
    """The number is a golfer's score against par or the round's strokes written after it (see `_GOLF_ROUND`)."""
    return any(match.start() <= number.start < match.end() and _is_golfers_round(text, match)
               for match in _GOLF_ROUND.finditer(text, max(0, number.start - 20), number.end + 20))


def _is_golfers_round(text: str, match: re.Match[str]) -> bool:
    """A round of `_GOLF_ROUND`'s shape is a golfer's: a golf word in its sentence, or a score written as golf writes
    it with no noun counted after the round ("a 5-under 67 on Sunday"; not "12 over 80 had", "2-under 65 games")."""
    sentence_start, sentence_end = sentence_around(text, match.start())
    if _GOLF_WORDS.search(text, sentence_start, max(sentence_end, match.end())):
        return True
    after = _WORD_AFTER.match(text, match.end())
    return _GOLF_SCORE_SHAPE.fullmatch(match.group("score")) is not None \
        and (after is None or after.group(1) in _SMALL_WORDS_AFTER_A_ROUND)


# Words that may follow a golfer's round, no noun it counts: "a 5-under 67 on Sunday", "67 to lead".
_SMALL_WORDS_AFTER_A_ROUND = frozenset({"on", "in", "at", "to", "for", "and", "but", "after", "with", "was", "is",
                                        "left", "put", "gave", "took", "that", "which", "the", "a", "as", "from",
                                        "through", "thru", "over", "ahead", "behind", "when", "while", "despite"})


# A set score written against its tie-break's points: "7-6(4)".
_SET_SCORE_BEFORE = re.compile(r"\d\s*[-–]\s*\d+\($")


def is_tie_break(text: str, number: Number) -> bool:
    """The points of a tennis tie-break in brackets against the set's score: part of the score, no figure."""
    return text.startswith(")", number.end) \
        and _SET_SCORE_BEFORE.search(text, max(0, number.start - 10), number.start) is not None


# Australian football's score, goals and behinds and, in brackets, the points they make ("12.18 (90)"): six points a
# goal and one a behind, so that the sum checks it and no decimal and bracketed count are read as one.
_GOALS_BEHINDS_SCORE = re.compile(r"(?<![\w.])(\d{1,2})\.(\d{1,2})\s?\((\d{1,3})\)")
_GOAL_POINTS = 6
_SCORE_REACH = 12  # from a score's first digit to its last: "20.14 (134)"
# A unit after the brackets, or a document's part before the number, makes the numbers no score whose sum checks by
# chance: "Unemployment was 5.4 (34) per cent", "rose to 4.2 (26) points", "Table 3.1 (19) shows".
_NO_SCORE_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent|points?|pts|pc)\b|\s*%", re.IGNORECASE)
_NO_SCORE_BEFORE = re.compile(r"\b(?:Table|Figure|Fig\.|Chart|Section|Appendix|Annex|Graph)\s+$", re.IGNORECASE)


def in_goals_behinds_score(text: str, start: int, end: int) -> bool:
    """The characters from `start` to `end` are, or are inside, an Australian football score of a text that writes
    two: "Carlton 15.9 (99) beat Richmond 11.12 (78)"."""
    return "(" in text \
        and any(match.start() <= start and end <= match.end()
                for match in _goals_behinds_scores(text, max(0, start - _SCORE_REACH), end + _SCORE_REACH)) \
        and has_goals_behinds_score(text)


def has_goals_behinds_score(text: str) -> bool:
    """The text writes Australian football scores, two at least, a match report's: one alone whose sum checks may be
    a clause and its footnote or a ratio and last year's ("under section 2.3 (15)", "stood at 4.2 (26)")."""
    if "(" not in text:
        return False
    scores = _goals_behinds_scores(text, 0, len(text))
    return next(scores, None) is not None and next(scores, None) is not None


def _goals_behinds_scores(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Australian football scores from `start` to `end` whose goals and behinds make their points."""
    for match in _GOALS_BEHINDS_SCORE.finditer(text, start, end):
        goals, behinds, points = (int(group) for group in match.groups())
        if goals * _GOAL_POINTS + behinds == points and not _NO_SCORE_AFTER.match(text, match.end()) \
                and not _NO_SCORE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            yield match


def looks_like_score(number: Number, unit: str | None) -> bool:
    """Two small integers joined by a dash with nothing counted: a score ("won 2-1") or a vote."""
    return unit is None and re.fullmatch(r"\d{1,3}\s*[-–]\s*\d{1,3}", number.digits) is not None


# A tally's second number after the first ("52 to 48", "5 - 2"; the second is never a figure of its own here) and the
# words that make the pair a vote's or a court's: "a vote of 52 to 48", "voted 7 to 2", "voted by 305 to 62", "ruled 6
# to 3", "a 5 - 4 decision" (not "votes" counted: "by 52 votes to 48" counts both).
_TALLY_SECOND = re.compile(r"(?:\s*[-–]\s*|\s+to\s+)\d{1,3}(?![\d.,]\d|\s*%|\s+per\s?cent|\s+percent)", re.IGNORECASE)
_TALLY_BEFORE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ruled|rules|ruling)\s+(?:of\s+|was\s+|is\s+|by\s+)?$",
                           re.IGNORECASE)
_TALLY_AFTER = re.compile(r"\s+(?:vote|votes|ruling|decision|majority|verdict)\b", re.IGNORECASE)


# Verbs a tally or a score follows as "won 2-1" does: "passed 330 to 290", "won 5 to 4", "was defeated 12 to 9",
# "was passed by 330 to 290".
_TALLY_VERB_BEFORE = re.compile(r"\b(?:pass(?:ed|es)|won|wins|lost|loses|beat|beats|defeated|approved|rejected|"
                                r"edged|carried)\s+(?:by\s+)?$", re.IGNORECASE)
# What follows a tally's second number after such a verb: its clause's end or a word of a new phrase ("won 5 to 4 in
# overtime"), not a noun the pair counts ("won 5 to 7 seats", "lost 10 to 5 pounds").
_TALLY_END_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:on|in|at|after|before|with|over|against|for|by|and|but|as|"
                              r"when|while|despite|thanks|during|last|this|earlier|yesterday|today|tonight)\b")


def is_vote_tally(text: str, number: Number) -> bool:
    """The first of two small whole numbers of a vote's or a court's tally, whose second the range match left out."""
    if re.fullmatch(r"\d{1,3}", number.digits) is None or (second := _TALLY_SECOND.match(text, number.end)) is None:
        return False
    return _TALLY_BEFORE.search(text, max(0, number.start - 20), number.start) is not None \
        or _TALLY_AFTER.match(text, second.end()) is not None or _is_tally_after_verb(text, number, second)


def _is_tally_after_verb(text: str, number: Number, second: re.Match) -> bool:
    """A tally after a verb of winning or passing, written winner first and ending its phrase: "passed 330 to 290 on
    Thursday" (a range runs upward: "won 5 to 7 seats" counts)."""
    return int(number.digits) >= int(re.search(r"\d+", second[0])[0]) \
        and _TALLY_VERB_BEFORE.search(text, max(0, number.start - 20), number.start) is not None \
        and _TALLY_END_AFTER.match(text, second.end()) is not None


# A losing verb, after which a side's score comes first, the loser's, and so below the winner's: "The team lost 2 to 3
# in overtime" (not "lost 2 to 3 percent", "lost 2 to 3 kilograms", which count).
_LOSING_VERB_BEFORE = re.compile(r"\b(?:lost|loses)\s+$", re.IGNORECASE)


def is_losers_score(text: str, number: Number) -> bool:
    """An upward "N to M" of two small whole numbers after "lost", ending its phrase: a score written loser first, no
    range."""
    return number.unit is None and not number.percent \
        and re.fullmatch(r"\d{1,3}\s+to\s+\d{1,3}", number.digits, re.IGNORECASE) is not None \
        and _LOSING_VERB_BEFORE.search(text, max(0, number.start - 10), number.start) is not None \
        and _TALLY_END_AFTER.match(text, number.end) is not None


# What an election's results count: a bare number in their list counts the same.
TALLY_UNITS = frozenset({"seat", "vote"})
# A party's or a candidate's name in a results list, maybe its party in brackets after it: "Conservatives", "Reform
# UK", "Karen Shore (Labour)", "the Greens".
_LISTED_NAME = r"(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*(?:\s*\([^()\d]{1,40}\))?"
# From a counted tally to the next bare number of its list: its noun and share in brackets, a comma, a semicolon or
# "and", then the next name: "411 seats, Conservatives 121", "12,645 votes (38.7%), Karen Shore (Labour) 12,639", "39
# seats and Fine Gael on 38", "8,559 votes, ahead of the SNP's Katy Loudon on 7,957".
_NEXT_IN_TALLY = re.compile(rf"(?:\s+(?:seats?|votes?))?(?:\s*\([^()]{{1,20}}\))?\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)"
                            rf"(?:ahead\s+of\s+|followed\s+by\s+)?{_LISTED_NAME}\s+(?:on\s+|with\s+)?")
# A winning verb before a bare number ending its clause ("Labor won 31.", "The DA won 87, up from 84.").
_WON_BEFORE = re.compile(r"\b(?:won|took|secured|gained|captured)\s+$", re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(r"\s*[.,;]|\s+(?:up|down)\s+from\b")
_MAJORITY_OF_BEFORE = re.compile(r"\bmajority\s+of\s+$", re.IGNORECASE)
_TALLY_WORD = re.compile(r"\b(?:seats?|votes?)\b", re.IGNORECASE)
# The capitalised name right before a winning verb: "The DA" of "The DA won 87", "Labor" of "Labor won 31."
_WINNER_BEFORE = re.compile(r"((?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*)\s+(?:won|took|secured|gained|captured)\s+$")
# Parties known by their initials or a short name the parties' list leaves out, as results write them.
_SHORT_PARTIES = frozenset({"anc", "da", "eff", "ifp", "bjp", "lnp", "alp", "tories", "greens", "green party", "labour",
                            "labor", "conservatives", "democrats", "republicans", "liberals", "nationals",
                            "reform", "plaid"})


def tally_unit(text: str, numbers: list[Number], given: list[str | None], units: list[str | None],
               i: int) -> str | None:
    """The unit of an election's results a bare number at `i` leaves unwritten: "seat" or "vote" of the tally listed
    before it ("won 411 seats, Conservatives 121"), of the winning verb's count in its sentence or the one before
    ("The Liberal Party won 52 seats. Labor won 31."), or of the text's nearest tally after "majority of" ("a Labour
    majority of 14,696" beside "received 12,645 votes"). `given` holds the units of the numbers before `i`, `units`
    those each number has of itself."""
    number = numbers[i]
    before = _last_counted(numbers, i)
    if before is not None and given[before] in TALLY_UNITS \
            and _NEXT_IN_TALLY.fullmatch(text, numbers[before].end, number.start):
        return given[before]
    if _WON_BEFORE.search(text, max(0, number.start - 10), number.start) and _CLAUSE_END_AFTER.match(text, number.end):
        start = sentence_around(text, max(0, sentence_around(text, number.start)[0] - 2))[0]
        won = [j for j in range(i) if numbers[j].start >= start and given[j] in TALLY_UNITS
               and _WON_BEFORE.search(text, max(0, numbers[j].start - 10), numbers[j].start)]
        if won and _is_party(_winner(text, number), _counted_parties(text, numbers, given, i)):
            return given[won[-1]]  # "The ANC won 159 seats. The DA won 87": not "Trump won 312", "The company won 3"
        return None
    if _MAJORITY_OF_BEFORE.search(text, max(0, number.start - 14), number.start):
        # Only where the sentence says what the majority counts ("in the 300-seat Parliament") or counts a tally:
        # "the bill passed with a majority of 55" after an election's seats is no count of seats.
        sentence = sentence_around(text, number.start)
        if not _TALLY_WORD.search(text, sentence[0], sentence[1]):
            return None
        tallies = [j for j in range(len(numbers)) if j != i and units[j] in TALLY_UNITS]
        return units[min(tallies, key=lambda j: abs(numbers[j].start - number.start))] if tallies else None
    if (most := _MOST_AT_BEFORE.search(text, max(0, number.start - 24), number.start)) is not None \
            and _TALLY_COUNT.fullmatch(number.digits) and _TALLY_ON_END.match(text, number.end):
        return most[1].lower()  # "winning the most seats at 48"
    if (party := _PARTY_ON_BEFORE.search(text, max(0, number.start - 60), number.start)) is not None \
            and _TALLY_COUNT.fullmatch(number.digits) and _TALLY_ON_END.match(text, number.end) \
            and (unit := _party_tally_unit(text, number.start)) is not None \
            and (_is_party(party[1], set()) or _is_party(party[1], _counted_parties(text, numbers, given, i))):
        return unit  # "with Sinn Féin on 39 and Fine Gael on 38" (the parties counted before asked last: a table of
        # clubs "on N" would ask them for every row)
    return None


# A party's standing written "on N" ("with Sinn Féin on 39"): the capitalised name before "on", the count a whole
# number ending its phrase (not "on 39 points", which writes its unit, nor "on 39.5").
_PARTY_ON_BEFORE = re.compile(r"((?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*)\s+on\s+$")
_TALLY_COUNT = re.compile(r"\d{1,3}(?:,\d{3})*")
# The most seats or votes and their count after "at": "winning the most seats at 48" (its phrase ends there).
_MOST_AT_BEFORE = re.compile(r"\bmost\s+(seat|vote)s\s*,?\s+at\s+$", re.IGNORECASE)
_TALLY_ON_END = re.compile(r"\s*(?:[.,;)]|$)|\s+(?:and|with|while|but|after|as)\b")
# What a party's "on N" counts, written in its sentence or the one before: seats (or who fills them), else votes; a
# share in its sentence makes it a poll's or a vote's share ("on 24% of first-preference votes, with Fine Gael on 21").
_SEATS_WORDS = re.compile(r"\b(?:seats|TDs|MPs|MSPs|MLAs|MEPs)\b")
_VOTES_WORDS = re.compile(r"\bvotes\b", re.IGNORECASE)
_SHARE_WORDS = re.compile(r"%|\bper\s?cent\b|\bpercent(?:age)?\b", re.IGNORECASE)
# A poll's standings, which are shares written bare ("Polls now put Reform UK on 29 and Labour on 22", "In the poll,
# Labour is on 39, with the Conservatives on 22", "Labour on 41 in the national vote share"), even after a sentence
# of seats won or projected.
_POLL_WORDS = re.compile(r"\b(?:polls?|polling|pollsters?|surveys?|survey(?:ed)?|YouGov|Ipsos|Opinium|Savanta|MRP|"
                         r"vote\s+share|share\s+of\s+the\s+vote|voting\s+intentions?|asked|respondents)\b",
                         re.IGNORECASE)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# Another "on N" of the sentence that is a date's or counts a plural noun, as its bare "on N" then does too ("met
# Labour on 12 January, and the Greens on 14"; "Democrats on 12 committees ..., and Republicans on 9").
_ON_DATE_OR_NOUN = re.compile(rf"\bon\s+\d{{1,3}}(?:,\d{{3}})*\s+(?:(?!(?:seats|votes)\b)[a-z]{{2,}}s\b|"
                              rf"(?i:{_MONTH_NAMES})\b)|\bon\s+(?i:{_MONTH_NAMES})\.?\s+\d")


def dates_another_on(text: str, at: int) -> bool:
    """The sentence around `at` writes an "on N" of a date or of a plural noun (`_ON_DATE_OR_NOUN`), which a bare "on
    N" of it then is too: "met Labour on 12 January, and the Greens on 14"."""
    start, end = sentence_around(text, at)
    return _ON_DATE_OR_NOUN.search(text, start, end) is not None


def tells_standings(text: str, at: int) -> bool:
    """The sentence around `at` gives a poll's standings, seats or shares (`_POLL_WORDS`, `_SEATS_WORDS`,
    `_SHARE_WORDS`), whose bare "on N" is a count: "Reform on 29, Labour on 24, the poll found"."""
    start, end = sentence_around(text, at)
    return any(pattern.search(text, start, end) for pattern in (_POLL_WORDS, _SEATS_WORDS, _SHARE_WORDS))


def _party_tally_unit(text: str, at: int) -> str | None:
    """"seat" or "vote" for a party's "on N" at `at` by the words of its sentence and the one before (see
    `_SEATS_WORDS`); None where they name neither, or its sentence gives a share, is a poll's or writes another "on N"
    of a date or a noun (`_ON_DATE_OR_NOUN`)."""
    sentence_start, sentence_end = sentence_around(text, at)
    if dates_another_on(text, at) or any(pattern.search(text, sentence_start, sentence_end)
                                         for pattern in (_SHARE_WORDS, _POLL_WORDS)):
        return None  # a share, a poll's standings, or a date's or a noun's "on N" beside it
    start = sentence_around(text, max(0, sentence_start - 2))[0]
    if _SEATS_WORDS.search(text, start, sentence_end):
        return "seat"
    return "vote" if _VOTES_WORDS.search(text, start, sentence_end) else None


def _winner(text: str, number: Number) -> str | None:
    """The capitalised name winning the number, right before its winning verb ("The DA won 87"), if any."""
    found = _WINNER_BEFORE.search(text, max(0, number.start - 80), number.start)
    return found[1] if found else None


def _counted_parties(text: str, numbers: list[Number], given: list[str | None], i: int) -> set[str]:
    """The names the text counts seats or votes for before `i`: "Sinn Féin" of "Sinn Féin won 39 seats"."""
    names = set()
    for j in range(i):
        if given[j] in TALLY_UNITS and (found := _WINNER_BEFORE.search(text, max(0, numbers[j].start - 80),
                                                                       numbers[j].start)):
            names.add(_party_key(found[1]))
    return names


def _party_key(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().lower())


def _is_party(name: str | None, counted: set[str]) -> bool:
    """The winner's name is a party's: in the parties' lists, a party word ("Labour", "Conservatives") or one the text
    counts seats or votes for; no person's ("Trump", "Ed Davey") nor a place's ("in Leeds")."""
    if name is None:
        return False
    key = _party_key(name)
    words = key.split()
    return key in PARTIES or key in _SHORT_PARTIES or key in counted \
        or any(word.rstrip("s") in PARTY_WORDS or word in PARTY_WORDS for word in words)


def _last_counted(numbers: list[Number], i: int) -> int | None:
    """The number before `i` that counts, past shares in brackets between ("12,645 votes (38.7%), ...")."""
    j = i - 1
    while j >= 0 and numbers[j].percent:
        j -= 1
    return j if j >= 0 else None
