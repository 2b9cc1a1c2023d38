"""Named entities of an article: mentions with offsets, grouped under one canonical name per entity.

The statistical model labels each mention on its own, so one article can call "Healey" an ORG
and "John Healey" a PERSON, or miss a name in one sentence it found in another. `extract_entities`
post-processes `doc.ents` at document level, in this order:

1. all-caps lines (headlines) are re-labelled by running the NER again on a case-restored copy of
   those lines only ("JAPAN GET LUCKY WIN" is read as "Japan get lucky win"); a headline's names over a body are
   cut to the names the body writes ("Tesco To Invest" is "Tesco");
2. spans are cleaned: cut at line breaks, scores and separators ("Birmingham v Barnsley"), and
   stripped of articles, possessives, titles, descriptors ("Interfax news agency") and numbers;
   one-word "names" that are ordinary words capitalised by position ("Prices rose") are dropped;
3. rows of a table (lines of one shape: "Hull 0 Barnet 0") give every name in a column the
   column's majority label; places with scores are teams (ORG), countries stay GPE;
4. acronyms defined in brackets join their long form ("Kurdistan Democratic Party ( KDP )");
5. mentions are grouped: one name (case-folded) is one key; a short key joins the longer name it
   is part of ("Healey" → "John Healey"); each group's label is a vote over its mentions, except
   where a rule knows better (a surname of a person is a person, "... SpA" is an ORG, "... Cup" an
   EVENT, a small gazetteer knows that "Kyiv" is a place); a common given name at the start of a
   name adds a PERSON vote, an ORG label before a possessive counts half;
6. unlabelled repeats of every name found in the doc (and surnames of its persons) become mentions;
7. groups get a canonical name (the full name as most often written), a stable id and a salience.

Measured on CoNLL-2003 dev by `services.eval.score_ner`, which also has switches for each step.

The steps live in the modules of this package: `recasing` and `headlines` (1), `cleaning` and `capitals` (2),
`tables` (3), `acronyms` (4), `grouping` with the context rules of `people`, `firms`, `gazetteer` and `weapons` (5),
`propagation` (6), `output` (7); `mentions` holds the mention itself and the switches every step reads.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Set

from spacy.language import Language
from spacy.tokens import Doc, Span

from services.nlp.doctext import ents_of, lower_case_words_of, lowers_of, span_of, text_of, tokens_of, words_of
from services.nlp.entities.acronyms import (
    _acronyms,
    _hyphenated_long_forms,
    _joined_long_forms,
    is_sure_ticker,
    ticker_brackets,
    without_numbered_tickers,
)
from services.nlp.entities.capitals import (
    _drop_capitalised_words,
    _given_names_before_surnames,
    _institutions_before_titles,
    _joined_people,
    _parties_before_members_posts,
    _without_titles,
    names_cut_after_titles,
)
from services.nlp.entities.cleaning import (
    _clean,
    across_particles,
    airlines_without_flights,
    airport_codes,
    as_bill,
    climate_summits,
    counties,
    county_clubs,
    cuts_a_name,
    ends_an_eponymous_illness,
    english_judges,
    events_with_their_week,
    forests_named_like_firms,
    hyphenated_towns,
    in_a_members_address,
    in_a_territorial_title,
    is_an_office_taken_for_a_work,
    is_eponymous_illness,
    is_heading_word,
    is_part_of_a_units_name,
    is_tax_band,
    is_temperature_unit,
    jails,
    joined_organisations,
    journals_named_by_words,
    judges_by_undotted_initials,
    korean_names,
    merchant_ships,
    monarchs_by_number,
    named_after_honorifics,
    named_after_ranks,
    numbers_a_name,
    opens_a_first_title,
    owns_its_s,
    peers_by_surname,
    peers_by_title,
    places_named_after_people,
    royal_peers_missed,
    royals_apart,
    sees_of_bishops,
    ships,
    sites_paired_before_their_noun,
    split_airlines_from_makers,
    split_firms,
    split_firms_from_officers,
    split_places_from_office_holders,
    times_split_at_commas,
    titled_unknown_person,
    towns_of_addresses,
    towns_of_signatures,
    unit_end,
    wards_of_councillors,
    wildfire_names,
    with_bill_numbers,
    with_bracketed_statutes,
    with_case_names,
    with_cued_names_ending_in_countries,
    with_elided_given_names,
    with_elided_surnames,
    with_family_name_to,
    with_family_names_before,
    with_first_names_written_elsewhere,
    with_given_names,
    with_given_names_before_particles,
    with_glottal_name_words,
    with_hyphenated_end,
    with_hyphenated_start,
    with_last_names_left_out,
    with_launch_pads,
    with_laws_named_for_people,
    with_leading_initials,
    with_listed_counties,
    with_money_spans,
    with_nicknames,
    with_owners_split_off,
    with_possessors_in_names,
    with_stations_missed,
    with_statutes_missed,
    with_storm_names,
    with_surnames_after_given_names,
    with_units_after_numbers,
    with_vice_offices,
    without_headline_objects,
    without_labels_before_names,
    without_misread_names,
    without_numbers_inside_names,
    without_office,
    without_police_rank,
    without_role_nouns,
    without_sentence_stops,
)
from services.nlp.entities.firms import (
    _acting_firms,
    _brands_before_their_noun,
    _called_firms,
    _churches,
    _clubs_in_results,
    _credit_agencies,
    _described_firms,
    _described_firms_missed,
    _described_products,
    _employers,
    _firms_after_datelines,
    _firms_before_their_people,
    _firms_beside_firms,
    _firms_listed_with_firms,
    _firms_own_shows,
    _gangs_named_before_their_noun,
    _high_courts_missed,
    _names_before_legal_forms,
    _outlets_named_before_their_noun,
    _parties_missed_before_their_noun,
    _parties_named_before_their_noun,
    _platforms,
    _plural_people,
    _ports_missed,
    _saints_institutions,
    _stations_with_channels,
    _traded_firms_missed,
    _traded_names,
    _versioned_models,
    bands_named,
    firms_cut_after_their_capitals,
    firms_cut_before_their_heads,
    reinsurers_cut_before_re,
)
from services.nlp.entities.gazetteer import (
    _abbreviated_states,
    _birthplaces,
    _branches_of_known_groups,
    _celestial_bodies,
    _cities_after_locatives,
    _cities_as_governments,
    _completed_known_names,
    _constituencies,
    _constituency_keys,
    _dateline_agencies,
    _dateline_places,
    _given_name_places_after_locatives,
    _is_known_organisation,
    _london_lines,
    _meeting_places,
    _mexicos_ruling_party,
    _named_camps,
    _named_landforms,
    _named_regions,
    _named_settlements,
    _named_shores,
    _national_branches,
    _only_written_as_places,
    _parties_named_by_words,
    _places_beside_firms,
    _saints_places,
    _towns_listed_with_places,
    _towns_of_sittings,
    _with_dateline_names,
    _without_dutch_parties_elsewhere,
    _written_as_places,
    gazetteer_keys_by_first_word,
)
from services.nlp.entities.grouping import (
    Groups,
    RarerNameTest,
    _label_reliability,
    _majority,
    _starts_with_given_name,
    _voted_label,
)
from services.nlp.entities.headlines import cut_headline_names, headline_body_start, headline_end
from services.nlp.entities.mentions import (
    GIVEN_NAME_VOTE,
    HONORED,
    OPTIONS,
    SHOUTING_WEIGHT,
    SPEAKER_LABEL,
    Mention,
    _default_model,
    _is_shouting,
    _key,
    _line_ranges,
    entity_id,
    is_name_cased,
    is_well_cased,
    word_keys_of,
)
from services.nlp.entities.output import _build_output
from services.nlp.entities.people import (
    _aged_people,
    _countrys_people,
    _countrys_people_beside_people,
    _described_by_apposition,
    _described_people,
    _described_people_missed,
    _given_an_age,
    _given_names_and_surnames,
    _introduced_people,
    _named_apart,
    _named_as_relatives,
    _names_a_family,
    _nationals,
    _other_gender_surnames,
    _owners_of_peoples_relations,
    _party_leaders,
    _people_after_posts,
    _people_named_to_posts,
    _possessive_people,
    _relatives_in_longer_names,
    _relatives_of_surnames,
    _shared_surname_owners,
    _speakers_after_quotations,
    _speakers_by_other_names,
    _speaking_people,
    _with_shared_surnames,
    _works_of_people,
    quoted_works_after_for,
    quoted_works_before_their_takings,
    quoted_works_of_owners,
    with_paired_full_names,
)
from services.nlp.entities.propagation import _names_the_team, _propagatable, _propagate
from services.nlp.entities.recasing import _common_nouns, _common_words, _recased_mentions
from services.nlp.entities.sport import (
    SportReading,
    beaten_people,
    esports_events,
    esports_teams,
    horse_races,
    irish_counties,
    irish_provinces,
    is_nickname_out_of_sport,
    is_word_nickname_out_of_sport,
    motor_circuits,
    motor_racing_drivers,
    racecourses,
    read_sport,
    with_bracketed_country_codes,
    with_derbies,
    with_gaelic_tallies_whole,
    with_games_by_city_and_year,
    with_grands_prix_written_short,
    with_great_runs,
    with_national_nicknames,
    with_national_sport_bodies,
    with_numbered_editions,
    with_ordinals_before_competitions,
    without_attendance_labels,
    without_draft_positions,
    without_earned_run_averages,
    without_extra_time_marks,
    without_five_eighths,
    without_named_jumps,
    without_tied_places,
)
from services.nlp.entities.tables import _vote_tables
from services.nlp.entities.tallies import (
    with_clubs_before_points,
    with_parties_placed,
    with_standings_counted,
    with_vague_lakhs_and_crores,
    with_vote_tallies,
    with_whole_golf_rounds,
    with_whole_tallies,
)
from services.nlp.entities.weapons import _named_weapons, _with_designation, with_models_of_craft
from services.nlp.entity_rules import (
    ALL_TITLES,
    BODIES_NAMED_AS_PLAYERS,
    FACILITY_HEADS,
    FIRMS_NAMED_AFTER_PEOPLE,
    HONORIFICS,
    KNOWN_LAWS,
    NAME_LABELS,
    NUMBERED_NAME_WORDS,
)
from services.nlp.furniture import (
    hansard_name_spans,
    in_ranges,
    label_word_spans,
    page_frame_ranges,
    speaker_label_spans,
)
from services.nlp.given_names import is_given_name
from services.nlp.money import extract_money

# What the rest of the service uses.
__all__ = ["OPTIONS", "cuts_a_name", "ends_an_eponymous_illness", "entity_id", "extract_entities",
           "headline_body_start", "in_a_members_address", "in_a_territorial_title", "is_eponymous_illness",
           "is_sure_ticker", "is_temperature_unit", "is_well_cased", "numbers_a_name", "opens_a_first_title",
           "owns_its_s", "ticker_brackets", "unit_end"]


def extract_entities(doc: Doc, nlp: Language | None = None, money: list[dict] | None = None
                     ) -> tuple[list[dict], list[dict]]:
    """(mentions, groups) for the document.

    `nlp` is the pipeline that made `doc` (its NER re-reads all-caps lines, its lemmatizer tables
    tell ordinary words); None means the process-wide model, `services.nlp.model.shared_model()`.
    `money` is `extract_money(doc)` where the caller has it (its sums are the MONEY mentions); None finds it.
    """
    nlp = nlp or _default_model()
    lines = _line_ranges(doc)
    words = words_of(doc)
    shouting = [_is_shouting(words[s:e]) for s, e in lines]
    shouting_tokens = {i for (s, e), caps in zip(lines, shouting, strict=True) if caps for i in range(s, e)}

    mentions = _model_mentions(doc, nlp, lines, shouting, shouting_tokens)
    mentions = with_gaelic_tallies_whole(doc, mentions)  # "added 0-9": a tally, not its goals' "0"
    body_start = headline_end(doc, lines, shouting)
    if OPTIONS.clean:
        mentions = cut_headline_names(doc, mentions, body_start, _AnyOf(_common_nouns(nlp), _common_words(nlp)))
    # The page around the article: its menus, share buttons and other stories' links name nothing the article is about.
    frame = page_frame_ranges(doc)
    mentions = _outside_frame(doc, mentions, frame)
    mentions = _outside_labels(doc, mentions)
    mentions = _speaker_labels_as_people(doc, _refined(doc, nlp, lines, _with_dateline_names(doc, mentions)))
    mentions = sees_of_bishops(doc, peers_by_surname(doc, _hansard_seats_and_parties(doc, mentions)))
    aliases: dict[tuple[str, ...], tuple[str, ...]] = {}
    if OPTIONS.acronyms:
        mentions = _hyphenated_long_forms(doc, _joined_long_forms(doc, mentions))
        mentions = without_numbered_tickers(doc, mentions)
        added, aliases = _acronyms(doc, mentions)
        mentions = sorted(mentions + added, key=lambda m: m.start)
    mentions = with_money_spans(doc, mentions, extract_money(doc) if money is None else money)
    mentions = without_sentence_stops(doc, mentions)  # "won with 6.53m.": the measure, not its sentence's stop
    mentions = times_split_at_commas(doc, mentions)  # "1:47.62, 0.11 seconds ahead": a race time and a margin
    for m in mentions:
        m.key = _key(doc, m)
    mentions = _with_shared_surnames(doc, mentions)  # "Harry and Meghan Markle": two people
    mentions = with_paired_full_names(doc, mentions)  # "the Jake Paul-Mike Tyson fight": two people
    mentions = with_national_nicknames(doc, mentions)  # "face the All Blacks at the Aviva Stadium": a team, a venue
    mentions = with_national_sport_bodies(doc, mentions)  # "Hockey India named its squad": no place
    mentions = with_games_by_city_and_year(doc, mentions)  # "gold at Birmingham 2022": the Games, no building
    mentions = without_named_jumps(doc, mentions)  # "landed a quad Axel": no organisation
    mentions = without_extra_time_marks(doc, mentions)  # "Flames 3 (OT)": no organisation
    mentions = without_tied_places(doc, mentions)  # "Scheffler finished T3": no organisation
    mentions = with_bracketed_country_codes(doc, mentions)  # "Rushell Clayton (JAM) 53.98": the country
    mentions = without_earned_run_averages(doc, mentions)  # "a 4.46 ERA": no organisation
    mentions = without_five_eighths(doc, mentions)  # "Broncos five-eighth Ezra Mam": a position, no count
    mentions = without_attendance_labels(doc, mentions)  # "Attendance 41,829.": no person
    mentions = without_draft_positions(doc, mentions)  # "Bo Nix, QB, Oregon": no place
    mentions = with_great_runs(doc, mentions)  # "The Great North Run": no building
    mentions = with_numbered_editions(doc, mentions)  # "Super Bowl LVIII": the edition's number is the event's
    mentions = with_ordinals_before_competitions(doc, mentions)  # "his 38th World Cup win": an ordinal, an event
    mentions = with_derbies(doc, mentions)  # "won the Kentucky Derby": a race, no state
    mentions = with_grands_prix_written_short(doc, mentions)  # "won the Mexico City GP": a race, no doctor
    sport = read_sport(doc, mentions) if OPTIONS.teams else SportReading(mentions)
    mentions = with_whole_golf_rounds(doc, with_whole_tallies(doc, sport.mentions, sport.about))
    mentions = with_standings_counted(doc, with_parties_placed(doc, mentions))  # "Polls put Labour on 30"
    mentions = with_clubs_before_points(doc, mentions)  # "Standings: Arsenal 45 pts": the club, its count
    mentions = with_vague_lakhs_and_crores(doc, mentions)  # "lost lakhs of rupees": a sum, as "millions of dollars"

    lower_case = lower_case_words_of(doc)
    acronym_led = {m.key for m in mentions if len(doc[m.start]) > 1 and doc[m.start].is_upper}
    rarer_names = RarerNameTest(_common_nouns(nlp), _common_words(nlp, ("adj",)), lower_case, acronym_led)
    groups = _group(doc, mentions, aliases, _AnyOf(_common_nouns(nlp), lower_case), sport, rarer_names)
    if OPTIONS.propagate:
        groups.add_surnames()
        ordinary = _AnyOf(_common_words(nlp, ("verb",)), lower_case)
        groups.add_firms_first_words(ordinary)
        mentions = mentions + _speakers_by_other_names(doc, mentions, groups)
        names = {key: groups.label(groups.root(key)) for key in groups.votes if _propagatable(key)}
        if OPTIONS.gazetteer:  # the document's own label wins; a person's surname is no firm ("Nikola Tesla")
            namesakes = _namesakes_of_people(groups.votes)
            known = gazetteer_keys_by_first_word(nlp)
            firsts = {key for key, word in zip(word_keys_of(doc), words, strict=True)
                      if is_name_cased(word)}  # where `_propagate` looks
            names = {**{key: label for first in firsts for key, label in known.get(first, {}).items()
                        if not (label == "ORG" and key in namesakes)}, **names}
        propagated = _propagate(doc, mentions, names, shouting_tokens)
        propagated = [m for m in propagated if not _opens_a_numbered_name(doc, m)
                      and not is_part_of_a_units_name(doc, m)]  # "per million British thermal units"
        if sport.about:  # "The Royals at Windsor Castle hosted a state banquet" is no team's, whatever the score line
            propagated = [m for m in propagated if not is_nickname_out_of_sport(doc, m)]
        else:  # "Proteas are native to South Africa", "He gave her Red Roses": flowers, no national team's
            propagated = [m for m in propagated if not is_word_nickname_out_of_sport(doc, m)]
        if nicknames := groups.add_team_nicknames({m.key for m in mentions + propagated}):
            propagated += [m for m in _propagate(doc, mentions + propagated, nicknames, shouting_tokens)
                           if _names_the_team(doc, m)]
        if sport.clubs:  # "the Gunners" in the group of "Arsenal", a known club's "Spurs" too
            groups.link_club_nicknames(sport.clubs, {m.key for m in propagated if m.label == "ORG"})
        propagated = _outside_frame(doc, propagated, frame)  # a known name in the links: "Nvidia" of a headline
        if OPTIONS.gazetteer:
            propagated = _without_dutch_parties_elsewhere(doc, propagated)  # "on the D66 near Carcassonne", a road
            groups.link_known_short_forms({m.key for m in propagated}, nlp)
        mentions = sorted(mentions + propagated, key=lambda m: m.start)
    mentions = [m for m in mentions if not _names_a_family(doc, m)]
    mentions = _outside_labels(doc, mentions)  # again: the model's "html\nBreaking" across a line was cut since
    _shared_surname_owners(doc, mentions, groups)
    # A headline's capitals say nothing of how a name is spelt: "Bank Of England" is the body's "Bank of England"; nor
    # a transcript's label, "RUTTE:" of "Mr Rutte".
    return _build_output(doc, mentions, groups, shouting_tokens | set(range(body_start)) | _speaker_label_tokens(doc))


def _honoured_surnames(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the one-word people written after an honorific: "Vučić" of "Mr Vučić spoke"."""
    return {m.key for m in mentions if m.label == "PERSON" and m.end - m.start == 1 and m.start > 0
            and doc[m.start - 1].text in HONORIFICS}


def _before_facility_nouns(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names written before a building's noun in lower case: "Louis Armstrong" of "the Louis Armstrong
    airport", a building named after someone, whoever "Mr Armstrong" is."""
    return {m.key for m in mentions if m.end < len(doc) and doc[m.end].is_lower
            and doc[m.end].lower_ in FACILITY_HEADS}


def _is_namesake_of_a_person(key: tuple[str, ...]) -> bool:
    """The key is of two words, a given name and a surname: a firm's that is a person's name too ("William Hill")."""
    return len(key) == 2 and key[0].isalpha() and key[1].isalpha() and is_given_name(key[0].title())


def _namesakes_of_people(keys: Iterable[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The last words of names of two words that open with a given name, whatever the model's label ("Nikola Tesla",
    an organisation to it): a surname alone, no firm of the gazetteer's ("Tesla died in New York")."""
    return {key[-1:] for key in keys if len(key) == 2 and key[0].isalpha() and is_given_name(key[0].title())
            and not _is_known_organisation(key)}  # not "Aston Villa"


def _outside_labels(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions but those inside a label's words that name nothing ("Explainer" of "Explainer: What is ...",
    "INTERVIEWER" of a transcript's "INTERVIEWER: Mr Rutte, ...", see `furniture.label_word_spans`)."""
    spans = label_word_spans(text_of(doc))
    if not spans:
        return mentions
    tokens = tokens_of(doc)
    return [m for m in mentions if not any(start <= tokens[m.start].idx and tokens[m.end - 1].idx < end
                                           for start, end in spans)]


def _speaker_labels_as_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A transcript's speakers' labels each one person, whatever the model made of the capitals: "JOE ROGAN" of
    "[00:14:32] JOE ROGAN: So what did Elon say?" was a person "JOE", "LEX FRIDMAN" a work of art."""
    for start, end in speaker_label_spans(text_of(doc)):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.lower_ in ALL_TITLES for t in span):
            continue  # an office, no name: "HEALTH SECRETARY: We have cut waiting lists"
        mentions = [m for m in mentions if m.end <= span.start or m.start >= span.end]
        mentions.append(Mention(span.start, span.end, "PERSON", source=SPEAKER_LABEL))
    return sorted(mentions, key=lambda m: m.start)


def _hansard_seats_and_parties(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A Hansard label's seat one place and its party's abbreviation no name: "Holborn" and "St Pancras" of "Sir Keir
    Starmer (Holborn and St Pancras) (Lab):" were two people, "Lab" and "Co-op" of "(Lab/Co-op)" organisations."""
    text = text_of(doc)
    parties = hansard_name_spans(text, "party")
    if not parties:
        return mentions
    tokens = tokens_of(doc)
    mentions = [m for m in mentions if not in_ranges(tokens[m.start].idx, parties)]
    for start, end in hansard_name_spans(text, "seat"):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        mentions = [m for m in mentions if m.end <= span.start or m.start >= span.end]
        mentions.append(Mention(span.start, span.end, "GPE"))
    return sorted(mentions, key=lambda m: m.start)


def _speaker_label_tokens(doc: Doc) -> set[int]:
    """The tokens of a transcript's labels that name a speaker in capitals ("RUTTE" of "RUTTE: We are ready")."""
    found: set[int] = set()
    for start, end in speaker_label_spans(text_of(doc)):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.update(range(span.start, span.end))
    return found


def _opens_a_numbered_name(doc: Doc, m: Mention) -> bool:
    """A region's word found again that opens a name with its number, the model's or not: "The Channel 4 and BBC
    documentaries" (a broadcaster, no sea)."""
    return m.label == "LOC" and m.end - m.start == 1 and doc[m.start].text in NUMBERED_NAME_WORDS \
        and m.end < len(doc) and doc[m.end].like_num


def _outside_frame(doc: Doc, mentions: list[Mention], frame: list[tuple[int, int]]) -> list[Mention]:
    """The mentions that start outside the page frame's ranges."""
    return [m for m in mentions if not in_ranges(doc[m.start].idx, frame)] if frame else mentions


class _AnyOf:
    """The words of any of the sets, for `in` tests, without building their union: that copies every set, and the
    lemmatizer's nouns are 55,000 words, copied for each document."""

    def __init__(self, *sets: Set[str]) -> None:
        self.sets = sets

    def __contains__(self, word: object) -> bool:
        return any(word in words for words in self.sets)


def _firms_of_namesakes(mentions: list[Mention], firms: set[tuple[str, ...]]
                        ) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(firm, full name) pairs where a one-word firm whose shares the text trades is also the surname of someone named
    in full: two entities ("Hess shares rose" is the firm, not John Hess, its chief executive)."""
    full_names = {m.key for m in mentions if len(m.key) > 1 and m.label == "PERSON"}
    return {(firm, long) for firm in firms if len(firm) == 1 for long in full_names if long[-1:] == firm}


def _model_mentions(
    doc: Doc, nlp: Language, lines: list[tuple[int, int]], shouting: list[bool], shouting_tokens: set[int]
) -> list[Mention]:
    """The model's mentions, those of all-caps lines replaced by a re-reading in ordinary case."""
    mentions = [Mention(e.start, e.end, e.label_) for e in ents_of(doc)]
    if OPTIONS.recase and shouting_tokens:
        mentions = [m for m in mentions if m.start not in shouting_tokens]
        # Not inside a name the model read from the line before into it: "ROSS" of "GARY ROSS" ("html\nGARY ROSS").
        mentions += [r for r in _recased_mentions(doc, nlp, lines, shouting)
                     if not any(m.start <= r.start and r.end <= m.end for m in mentions)]
    for m in mentions:
        if m.start in shouting_tokens:
            m.weight = min(m.weight, SHOUTING_WEIGHT)
    return mentions


def _is_about_vaccines(doc: Doc) -> bool:
    """The text writes of vaccines or immunisation, as one naming Gavi, the vaccine alliance, does."""
    return any(word.startswith(("vaccin", "immunis", "immuniz")) for word in lower_case_words_of(doc))


def _refined(doc: Doc, nlp: Language, lines: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """Mentions cleaned, stripped of capitalised ordinary words, and completed from table columns."""
    well_cased = is_well_cased(doc)
    ordinary = _common_words(nlp, ("noun", "adj"))
    if OPTIONS.gazetteer:  # before the cleaning reads a number's unit: "NSW Treasurer"
        mentions = _abbreviated_states(doc, mentions)
    if OPTIONS.clean:
        mentions = without_misread_names(doc, with_units_after_numbers(doc, _clean(doc, mentions, well_cased,
                                                                                 _common_words(nlp, ("adj",)),
                                                                                 _common_nouns(nlp))))
        # Names the cleaning cuts at a possessive or a number that are whole with them: "St Mary's Hospital", "KTLA 5".
        mentions = _stations_with_channels(doc, _saints_institutions(doc, mentions))
        mentions = with_vote_tallies(doc, with_statutes_missed(doc, with_bracketed_statutes(doc, with_bill_numbers(
            doc, with_case_names(doc, with_laws_named_for_people(doc, with_launch_pads(
            doc, with_listed_counties(doc, mentions))))))))
        mentions = places_named_after_people(doc, named_after_ranks(doc, with_stations_missed(doc, mentions)))
        mentions = events_with_their_week(doc, mentions)  # "New York Fashion" + "Week" (a date to the model)
        mentions = royal_peers_missed(doc, peers_by_title(doc, named_after_honorifics(doc, monarchs_by_number(
            doc, mentions), ordinary)))
        mentions = [as_bill(doc, without_office(doc, titled_unknown_person(doc, without_police_rank(doc, m))))
                    for m in with_vice_offices(doc, mentions)
                    if not is_tax_band(doc, m) and not is_heading_word(doc, m, ordinary)
                    and not is_an_office_taken_for_a_work(doc, m)]
        mentions = english_judges(doc, with_owners_split_off(doc, with_possessors_in_names(doc, mentions, ordinary),
                                                               ordinary))
        mentions = judges_by_undotted_initials(doc, mentions)
    if OPTIONS.capitals and well_cased:
        mentions = _drop_capitalised_words(doc, mentions, nlp)
        nouns = _common_nouns(nlp)
        mentions = without_role_nouns(doc, with_given_names(doc, mentions, nouns, _common_words(nlp)), nouns)
        mentions = with_given_names_before_particles(doc, mentions)
        mentions = with_surnames_after_given_names(doc, mentions, _AnyOf(nouns, _common_words(nlp)))
        mentions = with_elided_given_names(doc, with_last_names_left_out(doc, mentions, _AnyOf(nouns, _common_words(
            nlp))))
        mentions = with_first_names_written_elsewhere(doc, mentions)
        mentions = without_headline_objects(doc, mentions, nouns)
        mentions = mentions + _described_people_missed(doc, mentions, nouns, ordinary)
        mentions = _firms_beside_firms(doc, mentions + _traded_firms_missed(doc, mentions, ordinary), ordinary)
        mentions = _high_courts_missed(doc, _ports_missed(doc, mentions + _described_firms_missed(doc, mentions)))
        mentions = mentions + _parties_missed_before_their_noun(doc, mentions, ordinary)
        mentions = mentions + _institutions_before_titles(doc, mentions) + _parties_before_members_posts(doc, mentions)
    mentions = sites_paired_before_their_noun(doc, reinsurers_cut_before_re(doc, firms_cut_before_their_heads(doc,
        firms_cut_after_their_capitals(doc, mentions))))
    mentions = wards_of_councillors(doc, without_labels_before_names(doc, mentions, ordinary))
    mentions = towns_of_signatures(doc, towns_of_addresses(doc, hyphenated_towns(doc, mentions)))
    if OPTIONS.gazetteer:
        mentions = _branches_of_known_groups(doc, mentions)
        mentions = _completed_known_names(doc, _national_branches(doc, _cities_after_locatives(
            doc, _towns_listed_with_places(doc, _birthplaces(doc, _towns_of_sittings(doc, mentions, ordinary))))), nlp)
        mentions = _parties_named_by_words(doc, _constituencies(doc, _london_lines(doc, _saints_places(doc, mentions))))
        mentions = _mexicos_ruling_party(doc, mentions)
    mentions = split_firms(doc, split_airlines_from_makers(doc, with_cued_names_ending_in_countries(doc, mentions)))
    mentions = split_firms_from_officers(doc, mentions)
    mentions = split_places_from_office_holders(doc, mentions)
    mentions = airlines_without_flights(doc, mentions)
    mentions = _without_titles(doc, joined_organisations(doc, across_particles(doc, mentions), ordinary), ordinary)
    mentions = with_elided_surnames(doc, [with_hyphenated_start(doc, with_hyphenated_end(doc, m)) for m in mentions])
    mentions = with_glottal_name_words(doc, with_family_name_to(doc, with_family_names_before(doc, mentions)))
    mentions = with_models_of_craft(doc, [_with_designation(doc, m) for m in mentions])  # "Iris-T", "Boeing 737"
    mentions = with_leading_initials(doc, _joined_people(doc, _given_names_before_surnames(doc, mentions, ordinary)))
    mentions = names_cut_after_titles(doc, mentions, ordinary)  # "President [Mahamat Idriss] Deby Itno"
    if OPTIONS.clean:  # after the joins: "ten" of "Erik ten Hag" is no number
        mentions = without_numbers_inside_names(with_nicknames(doc, mentions))
    if OPTIONS.clean:  # after the joins, which may take a ship's prefix into a name
        mentions = ships(doc, wildfire_names(doc, with_storm_names(doc, climate_summits(doc, mentions), ordinary)),
                         ordinary)
        mentions = forests_named_like_firms(doc, merchant_ships(doc, mentions))
        mentions = jails(doc, mentions)
        mentions = journals_named_by_words(doc, mentions)
        mentions = esports_events(doc, esports_teams(doc, mentions))
        mentions = quoted_works_of_owners(doc, mentions)  # after the joins, which may reach into a quoted title
        mentions = quoted_works_before_their_takings(doc, mentions)
        mentions = quoted_works_after_for(doc, mentions)
        mentions = bands_named(doc, mentions)  # after the titles' cut: "Lord" of "the band Lord Huron" is no peer's
    if OPTIONS.tables:
        mentions = _vote_tables(doc, lines, mentions)
    return mentions


def _is_subject(span: Span) -> bool:
    """The name is the subject of a verb written in lower case on its line ("Tony Blair said"; a headline misleads
    the parser, its title case and its line's end: "Lohan Leaves Betty Ford, Checks Into Malibu Rehab")."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or not root.head.text.islower():
        return False  # most names: no need to build the text between them and their verb
    verb = root.head
    between = span_of(span.doc, min(span.start, verb.i), max(span.end, verb.i + 1))
    return "\n" not in between.text


# Nouns of a club's or a firm's people before "of" and its name: "fans of Derby", "the manager of Liverpool".
_MEMBERS = frozenset({"manager", "managers", "fans", "supporters", "players", "player", "owner", "owners", "chairman",
                      "chairwoman", "boss", "captain", "coach", "squad", "shareholders", "directors"})


def _after_members_of(doc: Doc, m: Mention) -> bool:
    """The name follows a noun of a club's or firm's people and "of": "Fans of Manchester City", "The manager of
    Derby"."""
    return m.start > 1 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in _MEMBERS


def _is_doer(span: Span) -> bool:
    """The name is the subject of a verb other than "be": "Liverpool signed the midfielder" (not "Cork is ...")."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX") and root.head.lemma_ != "be" \
        and span.start <= root.i < span.end


def _used_as_organisations(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names the text uses as an organisation's somewhere: a listed one ("Manchester City"), a doer ("Liverpool
    signed"), a club after its people ("fans of Derby"); a one-word name also where the model left it out ("Cork beat
    Kerry", a noun to it)."""
    found = {m.key for m in mentions if m.label in NAME_LABELS and (
        _after_members_of(doc, m) or _is_doer(span_of(doc, m.start, m.end)) or _is_known_organisation(m.key))}
    words = {m.key[0] for m in mentions if len(m.key) == 1 and m.label in NAME_LABELS}
    tokens = tokens_of(doc)
    for i, word in enumerate(lowers_of(doc)):  # the word off the list: a Token's is a string built at each read
        token = tokens[i] if word in words and (word,) not in found else None
        if token is not None and token.is_title:
            m = Mention(token.i, token.i + 1, "ORG")
            if _after_members_of(doc, m) or _is_doer(span_of(doc, token.i, token.i + 1)):
                found.add((token.lower_,))
    return found


def _modifiers(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names written only before a noun they qualify: "Tory" of "a Tory MP", never standing alone."""
    alone = {m.key for m in mentions if m.end >= len(doc) or doc[m.end].pos_ not in ("NOUN", "PROPN")}
    return {m.key for m in mentions} - alone


def _group(doc: Doc, mentions: list[Mention], aliases: dict[tuple[str, ...], tuple[str, ...]],
           ordinary: Container[str], sport: SportReading, rarer_names: RarerNameTest) -> Groups:
    """Groups of the name mentions: votes per name, rule-known labels, short forms and acronyms linked (`ordinary`:
    lower-case words that name no one; `sport`: the teams and players of a match report; `rarer_names`: which names
    open with a rarer given name)."""
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    first_seen: dict[tuple[str, ...], int] = {}
    for m in mentions:
        if m.label in NAME_LABELS:
            votes[m.key][_voted_label(doc, m)] += m.weight * _label_reliability(doc, m)
            first_seen.setdefault(m.key, m.start)
    # Only in a text about sport, where "Eddy Merckx" is a rider ("Austin Energy", "Jackson Hole" are no one).
    given_named = _given_names_and_surnames(doc, mentions, rarer_names.adjectives, rarer_names.lower_case) \
        if sport.about else set()
    places = _only_written_as_places(doc, mentions)  # "in Alta Badia": no person's name
    honoured = _honoured_surnames(doc, mentions)
    buildings = _before_facility_nouns(doc, mentions)
    for key, key_votes in votes.items():
        # Only against the model's usual confusions: "Roman Catholic" (NORP) and the "Charles de
        # Gaulle" airport (FAC) keep their labels; a building's label gives way where an honorific writes the last
        # word alone as a person's ("Aleksandar Vučić" a building to the model, "Mr Vučić" after it), not where the
        # text writes the building's noun after the name ("the Louis Armstrong airport ... Mr Armstrong, a spokesman").
        labels = {"PERSON", "ORG", "GPE", "LOC"} | ({"FAC"} if key[-1:] in honoured and key not in buildings else set())
        if (_starts_with_given_name(key, rarer_names) or key in given_named) and key not in places \
                and set(key_votes) <= labels \
                and " ".join(key) not in FIRMS_NAMED_AFTER_PEOPLE:
            key_votes["PERSON"] += GIVEN_NAME_VOTE
    groups = Groups(votes, first_seen)
    words = words_of(doc)
    groups.acronyms = {m.key for m in mentions if m.end - m.start == 1 and words[m.start].isupper()
                       and sum(ch.isalpha() for ch in words[m.start]) > 1}
    groups.apart = _named_apart(doc, mentions) | _relatives_of_surnames(doc, mentions) \
        | _other_gender_surnames(doc, mentions) | _relatives_in_longer_names(doc, mentions) \
        | royals_apart(doc, mentions)
    groups.force_known_forms()
    if not _is_about_vaccines(doc):  # "Barcelona midfielder Gavi": the player, as the model reads him, no alliance
        for name in BODIES_NAMED_AS_PLAYERS:
            groups.known.pop((name,), None)
    groups.forced.update(dict.fromkeys(_described_products(doc, mentions) | _brands_before_their_noun(doc, mentions),
                                       "PRODUCT"))  # unless a firm's, below
    groups.forced.update(dict.fromkeys(_versioned_models(doc, mentions), "PRODUCT"))  # "Claude 3.7 Sonnet"
    weapons = _named_weapons(doc, mentions)
    groups.forced.update(dict.fromkeys(weapons, "PRODUCT"))  # unless a firm's, below
    groups.forced.update(dict.fromkeys(_meeting_places(doc, mentions), "GPE"))  # unless a person's, below
    groups.forced.update(dict.fromkeys(_named_settlements(doc, mentions), "GPE"))  # unless a person's, below
    groups.forced.update(dict.fromkeys(_named_shores(doc, mentions), "GPE"))  # "the island of Lampedusa"
    groups.forced.update(dict.fromkeys(_named_camps(doc, mentions), "GPE"))  # unless a person's, below
    groups.forced.update(dict.fromkeys(_given_name_places_after_locatives(doc, mentions), "GPE"))  # "in Kent"
    groups.forced.update(dict.fromkeys(_named_regions(doc, mentions), "GPE"))  # "the Kursk region"
    groups.forced.update(dict.fromkeys(_named_landforms(doc, mentions), "LOC"))  # "Japan's Noto peninsula"
    groups.forced.update(dict.fromkeys(_firms_own_shows(doc, mentions), "EVENT"))  # "at its Unpacked event"
    groups.forced.update(dict.fromkeys(_celestial_bodies(doc, mentions) - weapons, "LOC"))  # a craft: "Saturn V"
    traded = _traded_names(doc, mentions)
    acting = _acting_firms(doc, mentions)  # "Dyson employs 14,000 people", apart from Sir James Dyson
    groups.apart |= _firms_of_namesakes(mentions, traded | acting)
    companies = _names_before_legal_forms(doc, mentions) | traded | acting \
        | _plural_people(doc, mentions) | _described_firms(doc, mentions) | _clubs_in_results(doc, mentions) \
        | _outlets_named_before_their_noun(doc, mentions) \
        | _firms_before_their_people(doc, mentions) | _called_firms(doc, mentions) \
        | _firms_after_datelines(doc, mentions) | _parties_named_before_their_noun(doc, mentions) \
        | _gangs_named_before_their_noun(doc, mentions) \
        | _firms_listed_with_firms(doc, mentions)
    groups.forced.update(dict.fromkeys((key for key in companies if key in votes and _majority(votes[key]) != "ORG"),
                                       "ORG"))
    if OPTIONS.gazetteer:
        groups.known.update(dict.fromkeys(_dateline_places(doc, mentions), "GPE"))
        groups.known.update(dict.fromkeys(_places_beside_firms(doc, mentions, sport.about), "GPE"))
        groups.known.update(dict.fromkeys(_cities_as_governments(doc, mentions, sport.about), "GPE"))
    honored = {m.key for m in mentions if m.source == HONORED}
    aged, portrayed = _aged_people(doc, mentions), _described_people(doc, mentions)
    described = portrayed | _introduced_people(doc, mentions) | aged \
        | _speaking_people(doc, mentions) | _speakers_after_quotations(doc, mentions) \
        | _people_after_posts(doc, mentions) | _people_named_to_posts(doc, mentions) \
        | _possessive_people(doc, mentions) | _countrys_people(doc, mentions) \
        | _countrys_people_beside_people(doc, mentions, ordinary) \
        | _owners_of_peoples_relations(doc, mentions) \
        | _nationals(doc, mentions) | _party_leaders(doc, mentions, ordinary) | korean_names(doc, mentions)
    # "Rio Tinto said", no person; but a firm's name that is a given name and a surname is a person's where an age
    # or a person's description is written beside it ("William Hill, 45, of Leeds, was jailed").
    described = {key for key in described if not _is_known_organisation(key)
                 or (key in aged | portrayed and _is_namesake_of_a_person(key))}
    groups.forced.update(dict.fromkeys(honored | described, "PERSON"))
    if OPTIONS.gazetteer:  # "Carleton went Liberal" after "the riding of Carleton": the district, no one who went
        groups.forced.update(dict.fromkeys(_constituency_keys(mentions), "GPE"))
    groups.honoured = honored
    groups.subjects = {m.key for m in mentions if _is_subject(span_of(doc, m.start, m.end))}
    groups.works = _works_of_people(doc, mentions)
    # A dateline writes its name as a place too: "MUNICH (dpa) - Munich Re expects" is the city, not the reinsurer.
    groups.placed = _written_as_places(doc, mentions) | _dateline_places(doc, mentions)
    groups.modifiers = {key for key in _modifiers(doc, mentions) if len(key) == 1}
    groups.after_the = {m.key for m in mentions if m.start > 0 and doc[m.start - 1].lower_ == "the"}
    groups.after_of = {m.key for m in mentions if m.start > 0 and doc[m.start - 1].lower_ == "of"
                       and not _after_members_of(doc, m)}
    groups.organisations = _used_as_organisations(doc, mentions)
    groups.place_modifiers = {m.key for m in mentions if m.label == "GPE" and m.end < len(doc)
                              and doc[m.end].is_lower and doc[m.end].pos_ == "NOUN"}
    groups.forced.update(dict.fromkeys(groups.works, "WORK_OF_ART"))
    # A side of a result, or a club before its post, beats what the words around say elsewhere.
    groups.forced.update({key: label for key, label in sport.forced.items() if key in votes})
    groups.apart |= sport.apart
    groups.forced.update(dict.fromkeys(beaten_people(doc, mentions), "PERSON"))  # "Usyk beat Tyson Fury" (a body)
    groups.forced.update(dict.fromkeys(horse_races(doc, mentions), "EVENT"))  # "the Champion Stakes" (a building)
    groups.forced.update(dict.fromkeys(racecourses(doc, mentions), "FAC"))  # "won at Cheltenham" (a body)
    groups.forced.update(dict.fromkeys(motor_circuits(doc, mentions), "FAC"))  # "the Misano circuit" (a person)
    groups.forced.update(dict.fromkeys(motor_racing_drivers(doc, mentions), "PERSON"))  # "held off Verstappen"
    groups.forced.update({m.key: "LAW" for m in mentions if " ".join(m.key) in KNOWN_LAWS})  # "Basel III" (a person)
    groups.forced.update(dict.fromkeys(_employers(doc, mentions) | _churches(doc, mentions), "ORG"))
    groups.forced.update(dict.fromkeys(counties(mentions), "GPE"))
    groups.forced.update(dict.fromkeys(irish_counties(doc, mentions, sport), "GPE"))  # "hit Galway, Mayo"
    groups.forced.update(dict.fromkeys(irish_provinces(doc, mentions, sport), "GPE"))  # "the Ulster|PERSON title"
    groups.forced.update(dict.fromkeys(county_clubs(mentions), "ORG"))  # "Notts County were promoted" (a place)
    groups.forced.update(dict.fromkeys(airport_codes(doc, mentions), "FAC"))  # over a person's vote: "JFK airport"
    groups.forced.update(dict.fromkeys(_dateline_agencies(doc, mentions), "ORG"))
    groups.forced.update(dict.fromkeys(_platforms(doc, mentions) | _credit_agencies(doc, mentions), "ORG"))
    if OPTIONS.group:
        groups.link_reversed_names()
        groups.link_titled_surnames()
        groups.link_titled_given_names()
        apposed = _described_by_apposition(doc, mentions)
        groups.link_middle_initials(apposed)
        groups.link_middle_names(apposed, _named_as_relatives(doc, mentions), _given_an_age(doc, mentions))
        groups.link_short_forms(ordinary)
        groups.link_transliterated_names()
        groups.force_firms_long_forms(traded)
        groups.link_leading_articles()
        groups.link_singular_forms(_modifiers(doc, mentions))
        groups.link_second_surnames(ordinary)
        groups.link_plural_products(weapons)
    for key in honored:  # "Ms Chambers" makes "Therese Chambers" a person too
        root = groups.root(key)
        if root[-1:] == key[-1:]:
            groups.forced[root] = "PERSON"
    groups.link_acronyms(aliases)
    return groups
