"""The pass over every span (`_clean`): relabelled where its context says so (ages, time stamps, codes,
stations, quotes), split, trimmed, and dropped where no name is left; and a brief's heading words."""
from __future__ import annotations

import re
from collections.abc import Set

from spacy.tokens import Doc, Token

from services.nlp.doctext import lowers_of, span_of, span_text, text_of, words_of
from services.nlp.entities.cleaning.names import opens_a_surname
from services.nlp.entities.cleaning.numbers import (
    closes_a_name,
    counts_a_thing_after,
    counts_points_after,
    cricket_figure_token,
    hundred_competition,
    is_age_after_name,
    is_age_closing_a_sentence,
    is_age_grade,
    is_age_limit,
    is_bowling_figure,
    is_clock,
    is_clock_before_zone,
    is_clock_read_as_a_date,
    is_currency_word,
    is_drawn_number,
    is_frequency_of_a_run,
    is_glued_measure,
    is_glued_temperature,
    is_glued_time,
    is_golf_hole,
    is_half_of_a_score,
    is_home_town_after_age,
    is_in_a_spaced_relay,
    is_listed_grade,
    is_month_and_day,
    is_name_and_age,
    is_network_generation,
    is_nth_of_a_run,
    is_nth_time,
    is_numbered_name,
    is_owners_spelled_ordinal,
    is_part_of_a_units_name,
    is_phone_number_piece,
    is_planet_designation,
    is_race_time,
    is_relay_by_its_legs,
    is_round_of_a_cup,
    is_scaled_ordinal,
    is_second_day_of_a_date,
    is_second_of_time,
    is_snooker_century,
    is_step_taken_for_a_law,
    is_undated_number,
    is_weight_class_bound,
    is_zone_after_clock,
    name_before_its_points,
    names_a_group_by_number,
    numbers_a_level,
    numbers_a_list_item,
    numbers_a_rule,
    numbers_a_trial,
    part_of_a_second_end,
    party_before_its_tally,
    snooker_century_token,
    split_ratio_end,
    temperature_in_a_date,
    trim_number,
    with_glued_money_signs,
)
from services.nlp.entities.cleaning.organisations import (
    is_home_town_of_a_resident,
    is_known_firm_read_as_a_date,
    is_namesake_place_as_person,
    is_people_describing_a_person,
    is_people_of_an_aged_resident,
    is_site_of_works,
    namesake_place_label,
    namesake_title_start,
    written_elsewhere,
)
from services.nlp.entities.cleaning.possessives import words_owning_s
from services.nlp.entities.cleaning.splitting import (
    INITIAL,
    clock_time_pieces,
    only_legal_forms_after,
    split_at_clause_words,
    split_at_separators,
    weekday_and_place,
)
from services.nlp.entities.cleaning.titles import honoured_person, is_first_of_a_title, titled_person
from services.nlp.entities.cleaning.trimming import trim
from services.nlp.entities.gazetteer import _in_gazetteer
from services.nlp.entities.mentions import Mention
from services.nlp.entity_rules import (
    CORPORATE_SUFFIXES,
    NAME_LABELS,
    NOT_NAMES,
    NUMERIC_LABELS,
    OPENING_TIME_ADVERBS,
    ORGANISATION_HEADS,
    PEERAGES,
    PERFORMING_VERBS,
    PERFORMING_VERBS_BEFORE,
    STYLES_OF_ADDRESS,
)
from services.nlp.furniture import dateline_spans
from services.nlp.given_names import is_given_name
from services.nlp.money import ISO_CODES, is_golf_round, is_written_sum


def _has_name(doc: Doc, m: Mention, well_cased: bool) -> bool:
    """What is left of a name span must still look like a name: a capital letter or, in lower-cased
    text, a word that is neither a stop word nor a number ("the", "'s", "1996" are no names)."""
    if m.label in NUMERIC_LABELS:
        return True
    name = span_text(doc, m.start, m.end)  # no Span: most names are kept by the tests before `is_currency_word`
    if name in NOT_NAMES or name in ISO_CODES:  # "CHF" of "CHF 4.37 per share" was an organisation
        return False
    if is_written_sum(name):  # "N6.2 trillion" naira, "HK$88.40", "885p"; "G7", "F1" are names
        return False
    if only_legal_forms_after(doc, m.start, m.end):  # "LLC" of "Helion Robotics, LLC", the name left out
        return False
    tokens = span_of(doc, m.start, m.end)
    if is_currency_word(tokens):  # "Nigeria's naira weakened": the model's place is the currency
        return False
    if any(ch.isupper() for ch in name):
        return True
    return not well_cased and any(t.is_alpha and not t.is_stop for t in tokens)


def _clean(doc: Doc, mentions: list[Mention], well_cased: bool, adjectives: Set[str] = frozenset(),
           nouns: Set[str] = frozenset()) -> list[Mention]:
    """Split and trim every span; drop what is left without a name (`adjectives`: the dictionary's adjectives, for a
    people's word that is no town; `nouns`: its common nouns, which a title's words after a preposition are)."""
    out: list[Mention] = []
    own_s = words_owning_s(doc, mentions)
    surnames = _surnames_of_full_names(doc, mentions)
    for m in mentions:
        if _is_monsieur(doc, m, surnames):  # "M. Barnier" after "Michel Barnier": French "Monsieur", no initial
            m = Mention(m.start + 1, m.end, m.label, m.weight, m.source)
        if out and is_second_day_of_a_date(doc, out[-1], m):  # "Feb. 1 and 3": one date of two days, no count
            out[-1] = Mention(out[-1].start, m.end, "DATE", out[-1].weight, out[-1].source)
            continue
        if m.label == "DATE" and is_snooker_century(doc, m):
            # "made four centuries": a count of breaks, its number alone ("a century" counts none in figures)
            century = snooker_century_token(doc, m)
            century = m.end - 1 if century is None else century
            count = [t.i for t in doc[m.start:century] if t.like_num]
            season = [Mention(century + 1, m.end, "DATE", m.weight, m.source)] if century + 1 < m.end else []
            if not count or season:  # "12 centuries this season": the count, and the season a date
                out.extend([Mention(count[0], count[-1] + 1, "CARDINAL", m.weight, m.source)] if count else [])
                out.extend(season)
                continue
            m = Mention(count[0], count[-1] + 1, "CARDINAL", m.weight, m.source)
        if m.start > 0 and is_weight_class_bound(doc, m.start - 1):
            continue  # "kg judo" of "the under-66kg judo category": the class's unit, a person to the model
        if is_age_grade(doc, m):
            continue  # "the under-21 team", "the over-65 voters": an age's bound, no date
        if names_a_group_by_number(doc, m):
            continue  # "2" of "the 2M alliance": the body's name (no name of ours), a count to the model
        if is_weight_class_bound(doc, m.start) and m.label != "QUANTITY":
            m = Mention(m.start, m.start + 2, "QUANTITY", m.weight, m.source)  # "under-66kg", a date to the model
        elif is_name_and_age(doc, m):  # "Lula, 79," a date to the model
            m = Mention(m.start, m.start + 1, "PERSON", m.weight, m.source)
        elif m.label == "DATE" and (is_age_after_name(doc, m) or is_age_closing_a_sentence(doc, m)
                                    or is_age_limit(doc, m) or is_undated_number(doc, m)
                                    or is_golf_round(span_text(doc, m.start, m.end)) or is_bowling_figure(doc, m)
                                    or is_race_time(doc, m) or counts_a_thing_after(doc, m)
                                    or counts_points_after(doc, m)
                                    or is_drawn_number(doc, m)):
            # "Prabowo, 72, said", "said Whitlock, 31.", "children under five": an age is a count of years; "carded a
            # 7-under 65": a golfer's round, no date;
            # "in 1:51.21": a race's time; "by two and a quarter lengths": a count of lengths; "4, 13, 19, 29 and
            # 44": numbers drawn
            m = Mention(m.start, m.end, "CARDINAL", m.weight, m.source)
        elif (ratio := split_ratio_end(doc, m)) is not None:  # "a 1-for-10 reverse stock split": the whole ratio
            m = Mention(m.start, ratio, "CARDINAL", m.weight, m.source)
        elif numbers_a_rule(doc, m):  # "invoked Rule 24 of the standing orders": the rule's name, a law
            m = Mention(m.start - 1, m.end, "LAW", m.weight, m.source)
        elif (hundred := hundred_competition(doc, m)) is not None:  # "won The Hundred at Lord's": cricket's, no count
            m = Mention(hundred, hundred + 1, "EVENT", m.weight, m.source)
        elif closes_a_name(doc, m):
            continue  # "Four" of "the Final Four": a name's last word, no count
        elif is_half_of_a_score(doc, m) or is_round_of_a_cup(doc, m) or is_step_taken_for_a_law(doc, m) \
                or is_relay_by_its_legs(doc, m) or is_in_a_spaced_relay(doc, m):
            # "6" of "lost 6-4 to Sinner", "quarter" of "the quarter-final", "Round 24", "4x100" of "the 4x100m
            # relay": no count, no date, no law
            continue
        elif is_frequency_of_a_run(doc, m):
            continue  # "monthly" of "the fifth consecutive monthly decline": how often the things come, no date
        elif is_owners_spelled_ordinal(doc, m):  # "his eighth Masters title": an ordinal, a count to the model
            m = Mention(m.start, m.end, "ORDINAL", m.weight, m.source)
        elif is_golf_hole(doc, m) or is_nth_time(doc, m) or is_nth_of_a_run(doc, m):
            # "birdied the 18th", "for the 12th time", "the 12th consecutive annual increase": no dates
            hole = next(t.i for t in doc[m.start:m.end] if t.lower_ != "the")
            m = Mention(hole, hole + 1, "ORDINAL", m.weight, m.source)
        elif is_people_of_an_aged_resident(doc, m):  # "A 36-year-old Maori man": a people, no town
            m = Mention(m.start, m.end, "NORP", m.weight, m.source)
        elif is_people_describing_a_person(doc, m):  # "English lightweight Paddy Pimblett": a people, no language
            m = Mention(m.start, m.end, "NORP", m.weight, m.source)
        elif is_home_town_of_a_resident(doc, m, adjectives):  # "A Manchester man": a place, a product to the model
            m = Mention(m.start, m.end, "GPE", m.weight, m.source)
        elif is_home_town_after_age(doc, m):  # "Margaret Pryce, 54, of Swindon": a place, a person to the model
            m = Mention(m.start, m.end, "GPE", m.weight, m.source)
        elif is_site_of_works(doc, m):  # "the Susquehanna nuclear plant": the works, a people to the model
            m = Mention(m.start, m.end, "FAC", m.weight, m.source)
        elif is_known_firm_read_as_a_date(doc, m):  # "Moderna shares rose 6%": the firm, a date to the model
            m = Mention(m.start, m.end, "ORG", m.weight, m.source)
        elif is_glued_temperature(doc, m) or is_glued_measure(doc, m):  # "40.3C" a date, "1.5C", "1,600MW" counts
            m = Mention(m.start, m.end, "QUANTITY", m.weight, m.source)
        elif is_scaled_ordinal(doc, m):  # "rose to 50bn", an ordinal to the model
            m = Mention(m.start, m.end, "CARDINAL", m.weight, m.source)
        elif is_second_of_time(doc, m):
            continue  # "won by more than a second", "metres per second": the unit of time, no rank
        elif (end := part_of_a_second_end(doc, m)) is not None:
            # "by five thousandths of a second": a time, a date to the model (which may end it before "second")
            m = Mention(m.start, end, "TIME", m.weight, m.source)
        elif (heat := temperature_in_a_date(doc, m)) is not None:  # "a 20C day", a date to the model
            m = Mention(heat, heat + 1, "QUANTITY", m.weight, m.source)
        elif is_clock_before_zone(doc, m):  # "by 1400 GMT": a count to the model, the zone left out
            m = Mention(m.start, m.end + 1, "TIME", m.weight, m.source)
        elif is_zone_after_clock(doc, m):  # "The 1500 BST kick-off": an organisation to the model
            if doc[m.start - 1].ent_type_:
                continue  # the clock's own mention takes the zone in (`is_clock_before_zone`)
            m = Mention(m.start - 1, m.end, "TIME", m.weight, m.source)
        elif is_clock_read_as_a_date(doc, m):  # "at the 0:13 mark of the second period": a game clock's time
            m = Mention(m.start, m.end, "TIME", m.weight, m.source)
        elif is_glued_time(doc, m):  # "in 9.79sec": a count to the model, as "9.79 seconds" is a time to it
            m = Mention(m.start, m.end, "TIME", m.weight, m.source)
        elif (runs := cricket_figure_token(doc, m)) is not None:  # "an unbeaten 68|DATE": the batter's runs alone
            m = Mention(runs, runs + 1, "CARDINAL", m.weight, m.source)
        elif _opens_with_a_stamp(doc, m):  # a live blog's entry: "11:10 Jersey's chief minister" was a percent
            m = Mention(m.start, m.start + 1, "TIME", m.weight, m.source)
        elif party_before_its_tally(doc, m) or name_before_its_points(doc, m):
            # "took 14, Labour 5 and ...", "Kent 5 pts": the party or the side and its count (a law)
            out.append(Mention(m.end - 1, m.end, "CARDINAL", m.weight, m.source))
            m = Mention(m.start, m.end - 1, "ORG", m.weight, m.source)
        elif _is_title_after_a_dateline(doc, m):  # the line break set after "ABUJA —" read as a work's title
            m = Mention(m.start, m.end, "ORG", m.weight * DATELINE_TITLE_WEIGHT, m.source)
        if m.label == "DATE" and is_numbered_name(doc, m):
            continue  # "Alaska Airlines Flight 1282": a flight's name, no date
        if numbers_a_list_item(doc, m):
            continue  # "1" of "1. Capital gains tax rises to 24%.\n2. ...": the item's place, no count of anything
        if numbers_a_trial(doc, m):
            continue  # "1" of "the REDEFINE 1 trial": the trial's name, no count
        if is_planet_designation(doc, m):
            continue  # "the atmosphere of K2-18b", a date to the model
        if is_part_of_a_units_name(doc, m):
            continue  # "$3.50 per million British thermal units": a rate's unit, no count nor people
        if is_listed_grade(doc, m):
            continue  # "a Grade I listed church": a building's grade, no product or place
        if is_network_generation(doc, m) or is_phone_number_piece(doc, m) or numbers_a_level(doc, m):
            continue  # "5" of "5G spectrum", "802" of "802-658-2704", "1" of "Tier 1 capital": a name, a number
        if m.label == "DATE" and _names_an_active_users_metric(doc, m):
            continue  # "Monthly active users rose to 675 million": a metric's name, no date
        if m.label in ("DATE", "TIME") and _names_a_metric_of_time_units(doc, m):
            continue  # "reported room nights of 319 million", "grew viewing hours by 15%": a metric's name
        m = _as_firm_with_ampersand(doc, m)
        if is_first_of_a_title(doc, m):
            continue  # "First Minister John Swinney": a title's word, no rank
        if _is_a_budget_statement(doc, m):
            continue  # "confirmed in the Budget": a chancellor's statement, an organisation to the model
        if _is_a_style_of_address(doc, m) or _is_a_bare_peerage(doc, m):
            continue  # "His Majesty", "the Duke of Sussex": a style or a title, a person or a body to the model
        if pieces := clock_time_pieces(doc, m):
            out.extend(pieces)  # "at 5.30pm" a count to the model, "Friday 7|DATE pm": a time
            continue
        if pieces := weekday_and_place(doc, m):
            out.extend(pieces)  # "on Sunday Kyiv needed": a date and a place run together
            continue
        if _opens_a_quoted_sentence(doc, m, nouns) or _inside_a_performed_title(doc, m):
            continue  # '"Removing the headline metric makes it harder," said': words said, no title
        if _is_glued_to_an_abbreviation(doc, m):  # "G" of "Gen.G", a person to the model: the tokenizer split the name
            m = Mention(m.start - 1, m.end, "ORG", m.weight, m.source)
        if is_namesake_place_as_person(doc, m):  # "King Edward VII Hospital": a person to the model, its title cut
            m = Mention(namesake_title_start(doc, m.start), m.end, namesake_place_label(doc, m), m.weight, m.source)
        if _is_station(doc, m):
            m = Mention(m.start, m.end, "ORG", m.weight, m.source)  # "KCAL9", a person or a place to the model
        elif _is_code_not_person(doc, m):
            m = _station_or_name_beside_code(doc, m)
            if m is None:
                continue  # "H5N1", "virus H5N1": a person to the model, no one's name
        if _is_hyphenated_acronym(doc, m):  # "SAG-AFTRA", a person to the model: a union of two bodies' initials
            m = Mention(m.start, m.end, "ORG", m.weight, m.source)
        elif _ends_hyphenated_initials(doc, m):  # "AFTRA" of "SAG-AFTRA", a product to the model
            m = Mention(m.start - 2, m.end, "ORG", m.weight, m.source)
        m = titled_person(doc, m)
        m = _from_an_open_mark(doc, m)  # 'the Pacific "Ring of Fire': the name is the quoted words
        for piece in (p for part in split_at_separators(doc, m) for p in split_at_clause_words(doc, part)):
            piece = _past_release_heading(doc, piece)  # "PRESS RELEASE - Siemens Healthineers": no "RELEASE"
            if piece is None:
                continue
            if m.label in NAME_LABELS and is_month_and_day(doc, piece):
                out.append(Mention(piece.start, piece.end, "DATE", piece.weight, piece.source))
                continue  # "DUBLIN, Nov 5 (Reuters)": the model's organisation ran the dateline's date in
            trimmed = trim(doc, honoured_person(doc, piece), own_s) if m.label in NAME_LABELS \
                else trim_number(doc, piece)
            if trimmed and (_has_name(doc, trimmed, well_cased) or opens_a_surname(doc, trimmed)):
                out.append(with_glued_money_signs(doc, trimmed) if m.label == "MONEY" else trimmed)
    return out


# Words of a finance minister's budget statement as British copy capitalises it: "the Budget", "the Autumn Budget",
# "next week's Spring Budget".
_BUDGET_WORDS = frozenset({"budget", "spring", "autumn", "summer", "emergency", "mini", "mini-budget"})
# What a budget statement's words follow, a determiner's or an owner's: "the Budget", "his first Budget" (not "Budget
# said", the car rental firm opening a sentence).
_BUDGET_DETERMINERS = frozenset({"the", "this", "that", "a", "his", "her", "their", "next", "last", "first", "second",
                                 "'s", "’s"})


def _is_a_budget_statement(doc: Doc, m: Mention) -> bool:
    """The model's organisation is "Budget" alone or with its season after a determiner or an owner's "'s": a budget
    statement, no body ("confirmed in the Budget", "the Autumn Budget", "next week's Budget")."""
    if m.label != "ORG" or doc[m.end - 1].text != "Budget":
        return False
    start = m.start + (doc[m.start].lower_ == "the")  # the model's "the Autumn Budget"
    return start > 0 and all(t.lower_ in _BUDGET_WORDS for t in doc[start:m.end]) \
        and doc[start - 1].lower_ in _BUDGET_DETERMINERS


# Possessives a style of address follows: "His Majesty", "Her Royal Highness", "Their Majesties", "Your Excellency".
_STYLE_POSSESSIVES = frozenset({"his", "her", "their", "your"})


def _is_a_style_of_address(doc: Doc, m: Mention) -> bool:
    """The mention is a style of address alone after a possessive, no name: "His Majesty is greatly encouraged"
    ("Majesty" a person to the model), "His Royal Highness" (an organisation); not a body named with the style ("Her
    Majesty's Treasury", "His Majesty's Revenue and Customs": more words, or the style's "'s" before them, left to the
    rules of those names)."""
    return m.label in NAME_LABELS and m.start > 0 and doc[m.start - 1].lower_ in _STYLE_POSSESSIVES \
        and all(t.lower_ in STYLES_OF_ADDRESS and t.text[:1].isupper() for t in doc[m.start:m.end]) \
        and not (m.end < len(doc) and doc[m.end].lower_ in ("'s", "’s"))


def _is_a_bare_peerage(doc: Doc, m: Mention) -> bool:
    """The mention is a peer's or a royal's title alone after "the", as the model finds it of "the Duke of Sussex" and
    "a spokesman for the Duke" (an organisation): a title, no name, as "the Prince of Wales" is to it; not a body of
    that word before a noun ("the Duke freshman", a university's), nor one without "the" ("Duke beat North
    Carolina")."""
    if m.label not in NAME_LABELS or m.end - m.start != 1 or m.start == 0 or doc[m.start - 1].lower_ != "the" \
            or doc[m.start].lower_ not in PEERAGES or not doc[m.start].is_title:
        return False
    return m.end == len(doc) or doc[m.end].pos_ not in ("NOUN", "PROPN") or doc[m.end].text == "of"


def _surnames_of_full_names(doc: Doc, mentions: list[Mention]) -> set[str]:
    """The last words of the people's names the model wrote in two words or more whose given name opens with "M"
    ("Michel Barnier", "Mohammed Siraj"), the first no initial."""
    return {doc[m.end - 1].text for m in mentions if m.label == "PERSON" and m.end - m.start > 1
            and doc[m.start].text[:1] == "M" and not INITIAL.fullmatch(doc[m.start].text)}


def _is_monsieur(doc: Doc, m: Mention, surnames: set[str]) -> bool:
    """A person "M." and a surname written in full elsewhere in the text with a given name in M ("Michel Barnier" ...
    "M. Barnier"): "M." is the French "Monsieur", or that given name's initial; an unknown surname keeps its initial
    ("M. Smith" beside John Smith), and so does a middle name's after a given name the model left out ("Regina [M.
    Benjamin]")."""
    return m.label == "PERSON" and m.end - m.start == 2 and doc[m.start].text == "M." \
        and doc[m.start + 1].text in surnames and not (m.start > 0 and doc[m.start - 1].is_title)


# Headings of a press release, which the model runs into the issuer's name ("PRESS RELEASE - Siemens Healthineers").
_RELEASE_HEADINGS = frozenset({("press", "release"), ("news", "release"), ("media", "release"),
                               ("for", "immediate", "release")})


def _past_release_heading(doc: Doc, m: Mention) -> Mention | None:
    """The mention without the words of a press release's heading it opens with ("RELEASE" of "NEWS RELEASE Acme
    Corp"); None where they are all it holds ("RELEASE" of "PRESS RELEASE - Siemens Healthineers")."""
    lowers = lowers_of(doc)
    if "release" not in lowers[m.start:min(m.end, m.start + 3)]:
        return m  # every heading ends in "release", in the mention's first three words: most mentions
    for heading in _RELEASE_HEADINGS:
        for end in range(m.start + 1, min(m.end, m.start + len(heading)) + 1):
            start = end - len(heading)
            if start >= 0 and tuple(lowers[start:end]) == heading:
                return Mention(end, m.end, m.label, m.weight, m.source) if end < m.end else None
    return m


def is_heading_word(doc: Doc, m: Mention, ordinary: frozenset[str]) -> bool:
    """An ordinary word in capitals opening its line before a dash, no place the gazetteer knows (as a dateline's
    "LONDON —" is), in a text of several such lines: a brief's heading ("BURGLARY — Someone broke in", "THEFT — ";
    not "NATO — The alliance met")."""
    token = doc[m.start]
    at_line_start = m.start == 0 or "\n" in doc[m.start - 1].text or "\n" in doc[m.start - 1].whitespace_
    return m.end - m.start == 1 and m.label in NAME_LABELS and token.is_upper and token.is_alpha and at_line_start \
        and m.end < len(doc) and doc[m.end].text in ("—", "–", "-", "--") and not _in_gazetteer(token.lower_) \
        and token.lower_ in ordinary and len(_HEADED_LINE.findall(text_of(doc))) > 1


# A line opening with a word or two in capitals and a dash: a brief's heading.
_HEADED_LINE = re.compile(r"^[A-Z]{2,}(?: [A-Z]{2,})? ?[—–-]{1,2} ", re.MULTILINE)


# How often an active-users metric counts its users ("monthly active users", "daily active players"), and whom.
_METRIC_FREQUENCIES = frozenset({"daily", "weekly", "monthly"})
_ACTIVE_COUNTED = frozenset({"user", "player", "account", "customer", "subscriber", "listener", "viewer"})


def _names_an_active_users_metric(doc: Doc, m: Mention) -> bool:
    """The model's date is the frequency of a metric of active users: "Monthly" of "Monthly active users"."""
    if m.end - m.start != 1 or doc[m.start].lower_ not in _METRIC_FREQUENCIES or m.end + 1 >= len(doc):
        return False
    return doc[m.end].lower_ == "active" and doc[m.end + 1].lemma_.lower() in _ACTIVE_COUNTED


# Plural units of time that a business's metric counts: "room nights", "viewing hours", "flight hours" (not days, as
# often occasions: "game days", "sick days").
_METRIC_TIME_UNITS = frozenset({"hours", "nights"})
# Words before such a unit that make it a time, no metric: "working hours", "business hours", "peak hours".
_TIMING_MODIFIERS = frozenset({"working", "business", "school", "peak", "office", "opening", "trading", "banking",
                               "morning", "evening", "night", "daylight", "rush", "waking", "visiting",
                               # parts of the day and seasons: "the afternoon hours", "summer nights"
                               "afternoon", "daytime", "nighttime", "dawn", "dusk", "lunch", "midnight", "weekend",
                               "weekday", "summer", "winter", "spring", "autumn", "holiday"})


def _names_a_metric_of_time_units(doc: Doc, m: Mention) -> bool:
    """The model's date or time is hours or nights alone or after a lower-case noun that compounds them or a
    participle they are the object of, counted as a business's metric: "room nights of 319 million", "grew viewing
    hours by 15%" (not "jail hours after his arrest", no compound, nor "the early morning hours", "working hours")."""
    span = span_of(doc, m.start, m.end)
    unit = span[-1]
    if unit.lower_ not in _METRIC_TIME_UNITS or len(span) > 2 or unit.i == 0:
        return False
    before = doc[unit.i - 1]
    if len(span) == 2 and span[0].i != before.i:
        return False
    compound = before.tag_ == "NN" and before.dep_ == "compound" and before.head.i == unit.i
    counted = before.tag_ == "VBG" and unit.dep_ == "dobj" and unit.head.i == before.i  # "grew viewing hours"
    after = doc[unit.i + 1].lower_ if unit.i + 1 < len(doc) else ""
    return before.is_lower and before.is_alpha and (compound or counted) and before.lower_ not in _TIMING_MODIFIERS \
        and after not in _TIME_AFTER \
        and (before.i == 0 or doc[before.i - 1].lower_ not in _TIME_BEFORE)
    # "committed suicide hours after his arrest", "during commuting hours": a time the parser compounded


# Words after hours or nights that make them a time: "hours after his arrest", "nights later".
_TIME_AFTER = frozenset({"after", "before", "later", "earlier", "ago", "into", "until", "since", "away", "long"})
# Prepositions before the noun or participle of hours or nights that make them a time: "during commuting hours".
_TIME_BEFORE = frozenset({"during", "outside", "throughout"})


def _opens_a_quoted_sentence(doc: Doc, m: Mention, nouns: Set[str] = frozenset()) -> bool:
    """A work's title of the model's that opens a quotation, runs on in lower case and ends before its closing mark:
    the first words of a sentence someone said, not a title in quotation marks ('"Removing the headline metric makes
    it harder"', or opening with an adverb of time: '"Tonight Queenslanders have voted"'; not '"The Quiet Shore" won',
    '"Inside Out 2" topped')."""
    if m.label != "WORK_OF_ART" or m.start == 0 or not doc[m.start - 1].is_quote or m.end >= len(doc):
        return False
    after = doc[m.end]
    if after.is_quote or after.is_punct:
        return False
    return any(t.is_alpha and t.is_lower and not t.is_stop for t in doc[m.start + 1:m.end]) \
        or (doc[m.start].lower_ in OPENING_TIME_ADVERBS and m.end - m.start > 1 and after.is_lower) \
        or _is_a_quoted_sentences_subject(doc, m, nouns)


def _is_a_quoted_sentences_subject(doc: Doc, m: Mention, nouns: Set[str] = frozenset()) -> bool:
    """The model's work is the subject of the quoted sentence: a common noun opening it, a name after a preposition,
    then the verb in lower case ('"Demand for Wegovy continues to exceed supply," said'); not a name's own first word
    ('"The 13th Amendment has a clause"'), nor a title whose words after the preposition are all the dictionary's
    common nouns (`nouns`), no name ('"Songs of Innocence sold poorly"', '"Lessons in Chemistry became a hit"')."""
    first, after = doc[m.start], doc[m.end]
    return first.pos_ == "NOUN" and m.end - m.start > 2 and doc[m.start + 1].is_lower \
        and after.is_lower and after.pos_ in ("VERB", "AUX") \
        and any(t.is_alpha and not t.is_lower and t.lower_ not in nouns for t in doc[m.start + 2:m.end])


# The most capitalised words around a person's name inside a song's quoted title.
_SONG_TITLE_WORDS = 4


def _inside_a_performed_title(doc: Doc, m: Mention) -> bool:
    """A person's name inside a title-cased quote right after a verb of performing: a song ('The Killers opened with
    "Mr. Brightside"'), no one in the story."""
    if m.label != "PERSON":
        return False
    opening = next((i for i in range(m.start - 1, max(-1, m.start - 1 - _SONG_TITLE_WORDS), -1)
                    if doc[i].is_quote or not doc[i].text[:1].isupper()), None)
    closing = next((i for i in range(m.end, min(len(doc), m.end + _SONG_TITLE_WORDS))
                    if doc[i].is_quote or not (doc[i].text[:1].isupper() or doc[i].text in ",.")), None)
    if opening is None or closing is None or not (doc[opening].is_quote and doc[closing].is_quote) or opening < 1:
        return False
    verb = doc[opening - 1].lower_
    return verb in PERFORMING_VERBS \
        or (opening > 1 and doc[opening - 2].lower_ in PERFORMING_VERBS_BEFORE.get(verb, ()))


def _is_glued_to_an_abbreviation(doc: Doc, m: Mention) -> bool:
    """A person's name of one letter written against a capitalised word's full stop before it: the rest of a name with
    a dot inside, which the tokenizer split as an abbreviation ("Gen.G", the esports team), no one's initial."""
    if m.label != "PERSON" or m.end - m.start != 1 or m.start == 0 or len(doc[m.start].text) != 1:
        return False
    before = doc[m.start - 1]
    return not before.whitespace_ and before.text.endswith(".") and before.text[:1].isupper() and len(before) > 2


def _is_code_not_person(doc: Doc, m: Mention) -> bool:
    """A person's name with a code in it, capitals and digits only ("H5N1", "MH17", "COVID-19"): a virus's, a flight's
    or a model's, never a person's (a rapper's digits, "50 Cent", are a word of their own, kept)."""
    return m.label == "PERSON" and any(_is_code(t.text) for t in doc[m.start:m.end])


# A television station's name of a network's initials and its channel's number (2 to 99), or a four-letter call sign
# and a number, written as one word: "NBC10", "ABC7", "KARE11", "WXYZ7" (a person or a place to the model); not a
# social grade ("ABC1 voters") nor a standard's version ("WPA2").
_STATION_CODE = re.compile(r"(?:NBC|ABC|CBS|FOX|PBS|CW|[KW][A-Z]{3})(?:[2-9]|[1-9]\d)")
_STATION_INITIALS = frozenset("NACFPKW")  # the first letters `_STATION_CODE` can open with: a cheap first look


def _is_station(doc: Doc, m: Mention) -> bool:
    """A name, place or body of one word that is a station's code: "KCAL9" (a place to the model), "NBC10"."""
    return m.label in ("PERSON", "GPE", "ORG") and m.end - m.start == 1 and bool(
        _STATION_CODE.fullmatch(doc[m.start].text))


def _station_or_name_beside_code(doc: Doc, m: Mention) -> Mention | None:
    """What is left of a person's mention with a code in it: the person's name where the code is only glued before or
    after it and the rest names someone ("J5 John Smith", "J5 Smith" in a text that writes "Smith" elsewhere); else
    None ("H5N1", "virus H5N1", "MH17 Boeing")."""
    start, end = m.start, m.end
    while start < end and _is_code(doc[start].text):
        start += 1
    while end > start and _is_code(doc[end - 1].text):
        end -= 1
    rest = doc[start:end]
    if not rest or start == m.start and end == m.end or not all(t.is_title and t.is_alpha for t in rest):
        return None
    if len(rest) > 1 and is_given_name(rest[0].text) or written_elsewhere(doc, rest[-1], m):
        return Mention(start, end, m.label, m.weight, m.source)
    return None


def with_stations_missed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions and, as organisations, the stations' names in one word the model left out, where the text reports
    what they said ("NBC10 reported", "told KARE11")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = [Mention(i, i + 1, "ORG") for i, word in enumerate(words_of(doc))
             if word[:1] in _STATION_INITIALS and i not in covered and _STATION_CODE.fullmatch(word)
             and _is_reporting(doc, i)]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# Words before a station that say it reported or was told something: "told NBC10", "on NBC10", "according to KARE11";
# and after it: "NBC10 reported", "NBC10's", "the NBC10 reporter".
_REPORTED_TO = frozenset({"told", "tells", "telling", "on"})
_REPORTING = frozenset({"reported", "reports", "said", "says", "'s", "’s", "reporter", "reporters", "anchor",
                        "news"})


def _is_reporting(doc: Doc, i: int) -> bool:
    """The word at i is written as a news outlet's name: the source of a report, or told something."""
    before = doc[i - 1].lower_ if i > 0 else ""
    return before in _REPORTED_TO or (before == "to" and i > 1 and doc[i - 2].lower_ == "according") \
        or (i + 1 < len(doc) and doc[i + 1].lower_ in _REPORTING)


def _is_code(word: str) -> bool:
    """Capital letters and digits, no lower-case letter: "H5N1", "F-35", "A320"."""
    return any(ch.isdigit() for ch in word) and any(ch.isupper() for ch in word) \
        and not any(ch.islower() for ch in word)


def _is_hyphenated_acronym(doc: Doc, m: Mention) -> bool:
    """A person's name of two or more all-capital words of two letters or more joined by hyphens, in a sentence with
    words in lower case (not a headline's capitals, "JEAN-PIERRE"): "SAG-AFTRA", "AFL-CIO", a body's initials."""
    if m.label != "PERSON":
        return False  # asked of every mention: a person's only need their text built
    text = doc[m.start:m.end].text
    parts = text.split("-")
    return len(parts) > 1 and " " not in text \
        and all(len(part) > 1 and part.isalpha() and part.isupper() for part in parts) \
        and any(t.is_lower for t in doc[m.start].sent)


def _ends_hyphenated_initials(doc: Doc, m: Mention) -> bool:
    """A one-word mention of capitals, glued by a hyphen to capitals before it, in a sentence with words in lower
    case: "AFTRA" of "SAG-AFTRA" (the model's mention left the first body's initials out)."""
    if m.end - m.start != 1 or m.start < 2:
        return False
    first, hyphen, last = doc[m.start - 2], doc[m.start - 1], doc[m.start]
    return hyphen.text == "-" and not first.whitespace_ and not hyphen.whitespace_ \
        and all(len(t) > 1 and t.is_alpha and t.is_upper for t in (first, last)) and not first.ent_type_ \
        and any(t.is_lower for t in last.sent)


_DOUBLE_MARKS = frozenset('"“”„«»')


def _from_an_open_mark(doc: Doc, m: Mention) -> Mention:
    """The mention from after a double quotation mark inside it that opens words it does not close: the model ran a
    name from the words before the marks into the quoted name ('sits on the Pacific "Ring of Fire" and'); a nickname
    closed inside ('Sean "Diddy" Combs') stays whole."""
    marks = [i for i in range(m.start + 1, m.end - 1) if doc[i].text in _DOUBLE_MARKS]
    if len(marks) != 1 or doc[marks[0]].whitespace_ or not doc[marks[0] - 1].whitespace_:
        return m
    return Mention(marks[0] + 1, m.end, m.label, m.weight, m.source)


# Heads of a wildfire's or a blaze's name: "The Bridge Fire", "The Camp Fire".
_NAMED_FIRES = frozenset({"fire", "complex", "blaze"})
# How far a work's title the model read right after a dateline counts as an organisation: the sentence's subject is
# mostly one ("The All Progressives Congress (APC) on Thursday"), but a fire or a place named elsewhere outvotes it.
DATELINE_TITLE_WEIGHT = 0.5


def _is_title_after_a_dateline(doc: Doc, m: Mention) -> bool:
    """A work's title of the model's that opens with "The" right after a dateline, where the line break the model
    reads there (see `with_datelines_apart`) made the subject of the first sentence a title ("ABUJA — The All
    Progressives Congress (APC)", "LOS ANGELES — The Bridge Fire was"), not quoted."""
    if m.label != "WORK_OF_ART" or m.end - m.start <= 1 or doc[m.start].text != "The" \
            or doc[m.start].idx not in {end for _, end in dateline_spans(doc)}:
        return False
    # A body's or a fire's name, or one its acronym follows; not a work's ("NEW YORK (AP) — The Godfather returns").
    acronym = m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 1].is_upper
    return acronym or doc[m.end - 1].lower_ in ORGANISATION_HEADS or doc[m.end - 1].lower_ in _NAMED_FIRES


def _opens_with_a_stamp(doc: Doc, m: Mention) -> bool:
    """The mention opens with a clock time that opens its line, a live blog's time stamp ("09:15 The Met Office",
    "9.15am"; not "3.45 million households")."""
    before, first = doc[m.start - 1] if m.start > 0 else None, doc[m.start].text
    return (before is None or "\n" in before.text or "\n" in before.whitespace_) and is_clock(first) \
        and (":" in first or first[-1:].lower() == "m") and m.label != "TIME"


def _as_firm_with_ampersand(doc: Doc, m: Mention) -> Mention:
    """A capitalised number word the model counts before "&" and a word opens a firm's name: "Seven & i Holdings",
    "Seven & i President Ryuichi Isaka" (the name runs on over its legal forms only)."""
    word = doc[m.start]
    if m.label != "CARDINAL" or m.end - m.start != 1 or not word.is_title or not word.is_alpha \
            or m.end + 1 >= len(doc) or doc[m.end].text != "&" or not _opens_a_firms_second_word(doc[m.end + 1]):
        return m
    end = m.end + 2
    while end < len(doc) and doc[end].lower_ in CORPORATE_SUFFIXES:
        end += 1
    if end == m.end + 2 and not _acts_or_named_again(doc, m.start, end):
        return m  # "Seven & counting: the strikes went on": no firm's name
    return Mention(m.start, end, "ORG", m.weight, m.source)


def _opens_a_firms_second_word(token: Token) -> bool:
    """The word after a firm's "&": a letter ("i" of "Seven & i") or a capitalised word, not "counting"."""
    return token.is_alpha and (len(token.text) == 1 or token.text[:1].isupper())


def _acts_or_named_again(doc: Doc, start: int, end: int) -> bool:
    """The name "Seven & i" at doc[start:end] is a firm's with no legal form after it: a verb follows it ("Seven & i
    rejected"), or the text writes it again elsewhere ("Seven & i Holdings ... Seven & i President")."""
    if end < len(doc) and doc[end].pos_ in ("VERB", "AUX"):
        return True
    words = [t.text for t in doc[start:end]]
    return any([t.text for t in doc[i:i + len(words)]] == words
               for i in range(len(doc) - len(words) + 1) if i != start)
