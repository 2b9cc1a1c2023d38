"""The folded forms of names: entity ids (which must not change) and the entity search."""
from __future__ import annotations

import pytest

from services.core.names import normalise_name, search_forms


@pytest.mark.parametrize(("name", "forms"), [
    ("O’Brien", ("o brien", "obrien")),
    ("Conan O'Brien", ("conan o brien", "conan obrien")),
    ("D‘Angelo Russell", ("d angelo russell", "dangelo russell")),
    ("Zelenskyy’s", ("zelenskyy s", "zelenskyys")),
    ("'Quoted' name", ("quoted name", "quoted name")),  # not inside a word: punctuation as ever
    ("Emmanuël Macron", ("emmanuel macron", "emmanuel macron")),
])
def test_the_search_also_leaves_apostrophes_inside_words_out(name, forms):
    assert search_forms(name) == forms


def test_entity_ids_still_fold_an_apostrophe_to_a_space():
    # Ids are made from normalise_name: the search's second form must not change them.
    assert normalise_name("O’Brien") == normalise_name("O'Brien") == "o brien"
