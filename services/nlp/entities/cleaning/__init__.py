"""Spans cleaned (cut at separators, stripped of articles, possessives, titles, descriptors and numbers) and
joined across particles, hyphens and ranks.

Its modules, each importing only from those listed before it:
- `splitting`: spans cut at separators, clause words and venues, and two firms read as one split
- `numbers`: numbers, dates, units and sums (reads `splitting`'s `numbers_a_name`)
- `possessives`: a name's "'s": its own, an owner's, a possessor's
- `trimming`: a name's span trimmed at its edges (the "'s" it owns kept: `possessives`)
- `names`: people's names completed: given names, surnames, particles, hyphenated parts
- `titles`: titles, offices, parties and honorifics before people's names
- `organisations`: organisations and places split by the model joined, places named after people
- `misread`: labels fixed by context, names that are none dropped
- `clean`: the pass over every span: relabelled, split, trimmed, dropped without a name
"""
from services.nlp.entities.cleaning.clean import DATELINE_TITLE_WEIGHT, _clean, is_heading_word, with_stations_missed
from services.nlp.entities.cleaning.misread import (
    airport_codes,
    as_bill,
    counties,
    ends_an_eponymous_illness,
    hyphenated_towns,
    is_eponymous_illness,
    is_tax_band,
    journals_named_by_words,
    merchant_ships,
    ships,
    speaks_at,
    towns_of_addresses,
    towns_of_signatures,
    wards_of_councillors,
    with_bill_numbers,
    with_case_names,
    with_storm_names,
    without_headline_objects,
    without_misread_names,
    without_office,
)
from services.nlp.entities.cleaning.names import (
    across_particles,
    is_glued_hyphen,
    is_second_surname,
    is_title_word,
    with_elided_given_names,
    with_elided_surnames,
    with_family_name_to,
    with_family_names_before,
    with_first_names_written_elsewhere,
    with_given_names,
    with_given_names_before_particles,
    with_hyphenated_end,
    with_hyphenated_start,
    with_last_names_left_out,
    with_leading_initials,
    with_nicknames,
    with_surnames_after_given_names,
)
from services.nlp.entities.cleaning.numbers import (
    is_temperature_unit,
    unit_end,
    with_money_spans,
    with_units_after_numbers,
    with_vote_tallies,
    without_numbers_inside_names,
)
from services.nlp.entities.cleaning.organisations import (
    joined_organisations,
    places_named_after_people,
    with_cued_names_ending_in_countries,
)
from services.nlp.entities.cleaning.possessives import owns_its_s, with_owners_split_off, with_possessors_in_names
from services.nlp.entities.cleaning.splitting import (
    airlines_without_flights,
    cuts_a_name,
    numbers_a_name,
    split_airlines_from_makers,
    split_firms,
    split_firms_from_officers,
)
from services.nlp.entities.cleaning.titles import (
    english_judges,
    in_a_members_address,
    in_a_territorial_title,
    named_after_honorifics,
    named_after_ranks,
    opens_a_first_title,
    peers_by_surname,
    peers_by_title,
    royals_apart,
    sees_of_bishops,
    without_labels_before_names,
    without_role_nouns,
)
from services.nlp.entities.cleaning.trimming import in_malay_honour

# The names the rest of `entities` imports from here.
__all__ = [
    "DATELINE_TITLE_WEIGHT",
    "across_particles",
    "airport_codes",
    "as_bill",
    "_clean",
    "counties",
    "english_judges",
    "is_glued_hyphen",
    "is_second_surname",
    "ends_an_eponymous_illness",
    "is_eponymous_illness",
    "is_tax_band",
    "is_title_word",
    "joined_organisations",
    "named_after_honorifics",
    "royals_apart",
    "named_after_ranks",
    "peers_by_surname",
    "sees_of_bishops",
    "peers_by_title",
    "places_named_after_people",
    "journals_named_by_words",
    "merchant_ships",
    "ships",
    "speaks_at",
    "airlines_without_flights",
    "split_airlines_from_makers",
    "split_firms",
    "split_firms_from_officers",
    "hyphenated_towns",
    "towns_of_addresses",
    "towns_of_signatures",
    "wards_of_councillors",
    "with_bill_numbers",
    "with_case_names",
    "with_cued_names_ending_in_countries",
    "with_elided_given_names",
    "with_elided_surnames",
    "with_family_name_to",
    "with_family_names_before",
    "with_first_names_written_elsewhere",
    "with_given_names",
    "with_given_names_before_particles",
    "with_hyphenated_end",
    "with_hyphenated_start",
    "with_last_names_left_out",
    "with_leading_initials",
    "with_money_spans",
    "with_nicknames",
    "with_owners_split_off",
    "with_possessors_in_names",
    "with_stations_missed",
    "with_storm_names",
    "with_surnames_after_given_names",
    "with_units_after_numbers",
    "with_vote_tallies",
    "without_headline_objects",
    "without_labels_before_names",
    "without_misread_names",
    "without_numbers_inside_names",
    "without_office",
    "without_role_nouns",
    "cuts_a_name",
    "in_malay_honour",
    "is_heading_word",
    "is_temperature_unit",
    "numbers_a_name",
    "in_a_members_address",
    "in_a_territorial_title",
    "opens_a_first_title",
    "owns_its_s",
    "unit_end",
]
