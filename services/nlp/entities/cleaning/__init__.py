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
from services.nlp.entities.cleaning.clean import DATELINE_TITLE_WEIGHT, _clean, _with_stations_missed, is_heading_word
from services.nlp.entities.cleaning.misread import (
    _airport_codes,
    _as_bill,
    _counties,
    _is_tax_band,
    _ships,
    _speaks_at,
    _towns_of_addresses,
    _wards_of_councillors,
    _with_case_names,
    _with_storm_names,
    _without_headline_objects,
    _without_misread_names,
    _without_office,
)
from services.nlp.entities.cleaning.names import (
    _across_particles,
    _is_glued_hyphen,
    _is_second_surname,
    _is_title_word,
    _with_elided_given_names,
    _with_elided_surnames,
    _with_family_name_to,
    _with_family_names_before,
    _with_given_names,
    _with_given_names_before_particles,
    _with_hyphenated_end,
    _with_last_names_left_out,
    _with_leading_initials,
    _with_nicknames,
    _with_surnames_after_given_names,
)
from services.nlp.entities.cleaning.numbers import (
    _with_money_spans,
    _with_units_after_numbers,
    _without_numbers_inside_names,
    is_temperature_unit,
    unit_end,
)
from services.nlp.entities.cleaning.organisations import (
    _joined_organisations,
    _places_named_after_people,
    _with_cued_names_ending_in_countries,
)
from services.nlp.entities.cleaning.possessives import _with_owners_split_off, _with_possessors_in_names, owns_its_s
from services.nlp.entities.cleaning.splitting import (
    _split_airlines_from_makers,
    _split_firms,
    cuts_a_name,
    numbers_a_name,
)
from services.nlp.entities.cleaning.titles import (
    _english_judges,
    _named_after_honorifics,
    _named_after_ranks,
    _royals_apart,
    _without_labels_before_names,
    _without_role_nouns,
    opens_a_first_title,
)
from services.nlp.entities.cleaning.trimming import in_malay_honour

# The names the rest of `entities` imports from here.
__all__ = [
    "DATELINE_TITLE_WEIGHT",
    "_across_particles",
    "_airport_codes",
    "_as_bill",
    "_clean",
    "_counties",
    "_english_judges",
    "_is_glued_hyphen",
    "_is_second_surname",
    "_is_tax_band",
    "_is_title_word",
    "_joined_organisations",
    "_named_after_honorifics",
    "_royals_apart",
    "_named_after_ranks",
    "_places_named_after_people",
    "_ships",
    "_speaks_at",
    "_split_airlines_from_makers",
    "_split_firms",
    "_towns_of_addresses",
    "_wards_of_councillors",
    "_with_case_names",
    "_with_cued_names_ending_in_countries",
    "_with_elided_given_names",
    "_with_elided_surnames",
    "_with_family_name_to",
    "_with_family_names_before",
    "_with_given_names",
    "_with_given_names_before_particles",
    "_with_hyphenated_end",
    "_with_last_names_left_out",
    "_with_leading_initials",
    "_with_money_spans",
    "_with_nicknames",
    "_with_owners_split_off",
    "_with_possessors_in_names",
    "_with_stations_missed",
    "_with_storm_names",
    "_with_surnames_after_given_names",
    "_with_units_after_numbers",
    "_without_headline_objects",
    "_without_labels_before_names",
    "_without_misread_names",
    "_without_numbers_inside_names",
    "_without_office",
    "_without_role_nouns",
    "cuts_a_name",
    "in_malay_honour",
    "is_heading_word",
    "is_temperature_unit",
    "numbers_a_name",
    "opens_a_first_title",
    "owns_its_s",
    "unit_end",
]
