"""Entity mentions and groups: one canonical name, one label and one stable id per real-world entity."""
from __future__ import annotations

import itertools

import pytest
from spacy.language import Language

from services.core.names import normalise_name
from services.nlp.entities import entity_id, extract_entities
from services.nlp.entities.capitals import _is_bare_office
from services.nlp.entities.gazetteer import _keys_by_part
from services.nlp.entities.people import _surname_before_speech
from services.nlp.pipeline import enrich

NUMERIC = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"}


def run(nlp: Language, text: str) -> tuple[list[dict], list[dict]]:
    return extract_entities(nlp(text), nlp)


def mentions_of(mentions: list[dict], text: str) -> list[dict]:
    return [m for m in mentions if m["text"] == text]


@pytest.fixture(scope="module")
def seed000(nlp: Language, seed_texts: dict[str, str]) -> tuple[str, list[dict], list[dict]]:
    text = seed_texts["000"]
    mentions, groups = run(nlp, text)
    return text, mentions, groups


# ------------------------------------------------------------------ the issue's article (seed 000)


def test_seed_full_name_is_a_person_at_its_true_offsets(seed000) -> None:
    text, mentions, _ = seed000
    start = text.index("John Healey")
    found = [m for m in mentions if m["start"] == start]
    assert found and found[0]["end"] == start + len("John Healey")
    assert found[0]["text"] == "John Healey" and found[0]["label"] == "PERSON"


def test_seed_surname_is_grouped_under_the_full_name(seed000) -> None:
    _, mentions, groups = seed000
    full = mentions_of(mentions, "John Healey")[0]
    short = mentions_of(mentions, "Healey")
    assert len(short) >= 3
    assert {m["entity_id"] for m in short} == {full["entity_id"]}
    assert {m["canonical"] for m in short} == {"John Healey"}
    assert {m["label"] for m in short} == {"PERSON"}
    group = next(g for g in groups if g["entity_id"] == full["entity_id"])
    assert group["name"] == "John Healey" and group["label"] == "PERSON"
    assert group["mentions"] == len(short) + 1


def test_seed_pistorius_is_one_person(seed000) -> None:
    _, mentions, groups = seed000
    pistorius = [m for m in mentions if "Pistorius" in m["text"]]
    assert len(pistorius) >= 5
    assert {m["label"] for m in pistorius} == {"PERSON"}
    assert {m["canonical"] for m in pistorius} == {"Boris Pistorius"}
    assert len([g for g in groups if "Pistorius" in g["name"]]) == 1


def test_seed_kyiv_is_a_place_not_a_person(seed000) -> None:
    _, mentions, groups = seed000
    kyiv = mentions_of(mentions, "Kyiv")
    assert len(kyiv) == 3
    assert {m["label"] for m in kyiv} == {"GPE"}
    assert not [g for g in groups if g["name"] == "Kyiv" and g["label"] == "PERSON"]


def test_seed_person_named_in_possessives_is_a_person(seed000) -> None:
    """The model calls "Volodymyr Zelenskyy’s government" and two "Zelenskyy"s an ORG."""
    _, mentions, groups = seed000
    zelenskyy = [m for m in mentions if "Zelenskyy" in m["text"]]
    assert len(zelenskyy) == 4
    assert {(m["label"], m["canonical"]) for m in zelenskyy} == {("PERSON", "Volodymyr Zelenskyy")}


def test_seed_possessives_do_not_break_spans(seed000) -> None:
    _, mentions, _ = seed000
    assert not [m for m in mentions if m["text"].endswith(("’s", "'s"))]
    germany = mentions_of(mentions, "Germany")
    assert len(germany) >= 5 and {m["label"] for m in germany} == {"GPE"}


def test_seed_each_group_has_one_label(seed000) -> None:
    _, mentions, groups = seed000
    labels: dict[str, set[str]] = {}
    for m in mentions:
        labels.setdefault(m["entity_id"], set()).add(m["label"])
    assert all(len(v) == 1 for v in labels.values())
    assert {g["entity_id"] for g in groups} == set(labels)


# ------------------------------------------------------------------------------ output contract


def test_mentions_index_the_text_in_order_without_overlaps(seed000) -> None:
    text, mentions, _ = seed000
    assert mentions
    for m in mentions:
        assert set(m) == {"text", "label", "start", "end", "entity_id", "canonical"}
        assert text[m["start"] : m["end"]] == m["text"]
        assert m["text"] == m["text"].strip()
    for a, b in zip(mentions, mentions[1:], strict=False):
        assert a["end"] <= b["start"]


def test_groups_are_sorted_by_salience_and_count_their_mentions(seed000) -> None:
    _, mentions, groups = seed000
    for g in groups:
        assert set(g) == {"entity_id", "name", "label", "salience", "mentions"}
        assert 0.0 <= g["salience"] <= 1.0
    assert [g["salience"] for g in groups] == sorted((g["salience"] for g in groups), reverse=True)
    assert sum(g["mentions"] for g in groups) == len(mentions)
    # The article is about Ukraine and its allies: the country is its most salient entity.
    assert groups[0]["name"] == "Ukraine"


def test_empty_document(nlp: Language) -> None:
    assert run(nlp, "") == ([], [])
    assert run(nlp, "nothing to see here .") == ([], [])


# ---------------------------------------------------------------------------------- entity ids


def test_entity_id_is_stable_across_articles(nlp: Language) -> None:
    first, _ = run(nlp, "Angela Merkel met the press in Berlin. Merkel said the economy was strong.")
    second, _ = run(nlp, "Chancellor Merkel spoke on Monday. Angela Merkel later left for Paris.")
    ids = {m["entity_id"] for m in first + second if "Merkel" in m["text"]}
    assert ids == {entity_id("PERSON", "Angela Merkel")}


def test_entity_id_ignores_case_spacing_accents_and_the_label_of_a_name() -> None:
    assert entity_id("PERSON", "John Healey") == entity_id("PERSON", "john  HEALEY")
    assert entity_id("PERSON", "Pål Jonson") == entity_id("PERSON", "Pal Jonson")
    # The model calls one club or manager a person in one article and an organisation or place in the next.
    assert entity_id("PERSON", "Aston Villa") == entity_id("GPE", "Aston Villa") == entity_id("ORG", "Aston Villa")
    assert entity_id("ORG", "Quillpoint Ltd") == entity_id("PERSON", "Quillpoint")
    # Dates, sums and numbers keep their label: "May" the month is not Theresa May's surname.
    assert entity_id("DATE", "May") != entity_id("PERSON", "May")
    assert normalise_name("Zelenskyy’s") == "zelenskyy s"


@pytest.mark.parametrize(("variant", "name", "label"), [
    ("U.S.", "United States", "GPE"), ("Britain", "United Kingdom", "GPE"), ("UN", "United Nations", "ORG"),
    ("BoE", "Bank of England", "ORG"), ("Kiev", "Kyiv", "GPE"), ("Türkiye", "Turkey", "GPE"),
    ("The Netherlands", "Netherlands", "GPE"), ("J.P. Morgan", "JPMorgan", "ORG"),
    ("JPMorgan Chase & Co.", "JPMorgan", "ORG"), ("Meta Platforms Inc", "Meta", "ORG"),
    ("U.S. Federal Reserve", "Federal Reserve", "ORG"),
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky", "PERSON"), ("Zelenskiy", "Zelensky", "PERSON"),
    ("Moammar Gadhafi", "Muammar Gaddafi", "PERSON"), ("Muammar al-Qaddafi", "Muammar Gaddafi", "PERSON"),
])
def test_one_entitys_other_names_and_spellings_have_its_id(variant: str, name: str, label: str) -> None:
    """The same entity across articles whichever name or transliteration the outlet writes."""
    assert entity_id(label, variant) == entity_id(label, name)


def test_other_entities_keep_their_own_ids() -> None:
    """Guards: names near a variant are other entities."""
    assert entity_id("GPE", "United States") != entity_id("GPE", "America")
    assert entity_id("PERSON", "Mohammed bin Salman") != entity_id("PERSON", "Mohammed bin Rashid")
    assert entity_id("ORG", "Meta Platforms Inc") != entity_id("ORG", "Metaplanet")
    assert entity_id("GPE", "Georgia") != entity_id("GPE", "United States")
    # Guards (review of 7031900): people spelling a given name their own way, a team, two bodies' initials.
    assert entity_id("PERSON", "Muhammad Ali") != entity_id("PERSON", "Mohamed Ali")
    assert entity_id("PERSON", "Mohammad bin Salman") == entity_id("PERSON", "Mohammed bin Salman")  # the one man
    assert entity_id("ORG", "USA") != entity_id("GPE", "United States")
    assert entity_id("ORG", "ECB") != entity_id("ORG", "European Central Bank")


def test_entity_id_is_the_same_with_or_without_stops_after_initials_and_a_clubs_fc() -> None:
    assert entity_id("GPE", "U.S.") == entity_id("GPE", "US")
    assert entity_id("PERSON", "J.K. Rowling") == entity_id("PERSON", "JK Rowling")
    assert entity_id("PERSON", "George W. Bush") != entity_id("PERSON", "George Bush")  # a lone initial stays
    assert entity_id("ORG", "Arsenal FC") == entity_id("ORG", "Arsenal")
    assert entity_id("CARDINAL", "6.5") != entity_id("CARDINAL", "65")


# -------------------------------------------------------------------------- hand-written cases


def test_leading_article_is_trimmed_but_numbers_keep_theirs(nlp: Language) -> None:
    text = "The White House said on Monday that Apple Inc. would invest $5 billion. A month ago it declined."
    mentions, _ = run(nlp, text)
    assert ("White House", "ORG") in {(m["text"], m["label"]) for m in mentions}
    assert ("Apple Inc.", "ORG") in {(m["text"], m["label"]) for m in mentions}
    assert ("A month ago", "DATE") in {(m["text"], m["label"]) for m in mentions}


def test_repeats_the_model_missed_are_added(nlp: Language) -> None:
    text = (
        "Shares of Acme Widgets rose. Analysts at Goldman Sachs said Acme Widgets was cheap. "
        "Acme Widgets declined to comment."
    )
    mentions, groups = run(nlp, text)
    acme = mentions_of(mentions, "Acme Widgets")
    assert len(acme) == 3 and len({m["entity_id"] for m in acme}) == 1
    assert next(g for g in groups if g["name"] == "Acme Widgets")["mentions"] == 3


def test_all_caps_headline_is_read_with_ordinary_casing(nlp: Language) -> None:
    text = (
        "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\n"
        "Japan beat Syria 2-1 in the Asian Cup on Friday, while China lost to Uzbekistan."
    )
    mentions, _ = run(nlp, text)
    headline = [(m["text"], m["label"]) for m in mentions if m["end"] <= text.index("\n")]
    assert headline == [("JAPAN", "GPE"), ("CHINA", "GPE")]
    assert {m["canonical"] for m in mentions if m["text"] == "JAPAN"} == {"Japan"}


def test_company_suffix_makes_an_organisation(nlp: Language) -> None:
    mentions, _ = run(nlp, "Pirelli SpA said on Friday that Pirelli would build a plant in China.")
    assert {m["label"] for m in mentions if m["text"].startswith("Pirelli")} == {"ORG"}


def test_names_do_not_cross_lines(nlp: Language) -> None:
    text = "1. Svetlana\nSamokhvalova ( Russia ) 3:45.011\n2. Rasa\nMazeikyte ( Lithuania )"
    mentions, _ = run(nlp, text)
    assert not [m for m in mentions if "\n" in m["text"]]
    assert ("Lithuania", "GPE") in {(m["text"], m["label"]) for m in mentions}


def test_table_rows_share_their_column_label(nlp: Language) -> None:
    text = (
        "Results of athletics events on Friday :\n"
        "1. Falilat Ogunkoya ( Nigeria ) 50.31 seconds\n"
        "2. Pauline Davis ( Bahamas ) 50.42\n"
        "3. Jearl Miles ( U.S. ) 50.61\n"
        "4. Fatima Yusuf ( Nigeria ) 50.98\n"
    )
    mentions, _ = run(nlp, text)
    people = {m["text"]: m["label"] for m in mentions}
    for name in ("Falilat Ogunkoya", "Pauline Davis", "Jearl Miles", "Fatima Yusuf"):
        assert people.get(name) == "PERSON"
    assert people.get("Nigeria") == "GPE" and people.get("Bahamas") == "GPE"


def test_bracketed_acronym_joins_its_long_form(nlp: Language) -> None:
    text = "Police said the Kurdistan Democratic Party ( KDP ) had attacked. The KDP denied it."
    mentions, groups = run(nlp, text)
    kdp = mentions_of(mentions, "KDP")
    assert len(kdp) == 2
    assert {(m["label"], m["canonical"]) for m in kdp} == {("ORG", "Kurdistan Democratic Party")}
    assert next(g for g in groups if g["name"] == "Kurdistan Democratic Party")["mentions"] == 3


@pytest.mark.parametrize(("text", "name"), [
    ("The National Aeronautics and Space Administration launched a rocket. NASA said it went well.",
     "National Aeronautics and Space Administration"),
    ("General Motors Co. cut jobs in Detroit. GM said sales fell.", "General Motors Co."),
])
def test_an_acronym_joins_the_long_form_the_article_spells_out(nlp: Language, text: str, name: str) -> None:
    mentions, groups = run(nlp, text)
    assert [g["mentions"] for g in groups if g["name"] == name] == [2]
    assert not [g for g in groups if g["name"] in ("NASA", "GM")]


def test_known_places_are_found_where_the_model_missed_them(nlp: Language) -> None:
    text = "BAKU 1996-08-31\nAzerbaijan said on Saturday that talks with Armenia would resume."
    mentions, _ = run(nlp, text)
    assert ("BAKU", "GPE") in {(m["text"], m["label"]) for m in mentions}


def test_sentence_initial_common_word_is_not_a_name(nlp: Language) -> None:
    mentions, _ = run(nlp, "Prices rose sharply on Friday in London. Traders said prices would fall again.")
    assert not mentions_of(mentions, "Prices")
    assert ("London", "GPE") in {(m["text"], m["label"]) for m in mentions}


def test_entities_of_a_doc_without_parse(nlp: Language) -> None:
    """Docs from a pipeline without parser (no sentence boundaries) are handled too."""
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("en")("Angela Merkel met Merkel fans in Berlin.")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 6, 7, "GPE")]
    mentions, groups = extract_entities(doc, nlp)
    assert [(m["text"], m["canonical"]) for m in mentions] == [
        ("Angela Merkel", "Angela Merkel"),
        ("Merkel", "Angela Merkel"),
        ("Berlin", "Berlin"),
    ]
    assert [g["name"] for g in groups][0] == "Angela Merkel"


def test_default_model_is_used_without_nlp(nlp: Language) -> None:
    text = "SOCCER - JAPAN WIN .\nJapan beat Syria on Friday ."
    assert extract_entities(nlp(text)) == extract_entities(nlp(text), nlp)


def test_works_inside_a_memory_zone(nlp: Language) -> None:
    """The pipeline parses inside `nlp.memory_zone()`: the re-run on a headline must work there too."""
    text = "RUGBY - ZZYZXVILLE STUN OXFORD .\nZzyzxville beat Oxford in London on Friday ."
    with nlp.memory_zone():
        mentions, groups = extract_entities(nlp(text), nlp)
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)
    assert ("London", "GPE") in {(m["text"], m["label"]) for m in mentions}
    assert groups


def test_lower_cased_names_are_kept(nlp: Language) -> None:
    """Some sources lower-case names: case-based rules must not throw the model's finds away."""
    text = (
        "Police said on sunday that the derby in manchester would go ahead. "
        "chief superintendent john o'hare said fans from liverpool and london were welcome."
    )
    doc = nlp(text)
    mentions, _ = extract_entities(doc, nlp)
    found = {(m["text"], m["label"]) for m in mentions}
    assert {(e.text, e.label_) for e in doc.ents if e.label_ in ("PERSON", "GPE")} <= found
    assert ("john o'hare", "PERSON") in found


def _canonical(nlp: Language, text: str) -> list[tuple[str, str]]:
    mentions, _ = extract_entities(nlp(text), nlp)
    return [(m["text"], m["canonical"]) for m in mentions if m["label"] == "PERSON"]


def test_a_son_named_after_his_father_is_another_person(nlp: Language) -> None:
    text = "Donald Trump addressed supporters in Ohio. Donald Trump Jr. spoke before him. Trump said it went well."
    assert _canonical(nlp, text) == [("Donald Trump", "Donald Trump"), ("Donald Trump Jr.", "Donald Trump Jr."),
                                     ("Trump", "Donald Trump")]
    # Alone, the son's surname is his.
    alone = "Martin Luther King Jr. gave a speech in Washington. King spoke of a dream."
    assert _canonical(nlp, alone)[-1] == ("King", "Martin Luther King Jr.")


def test_an_editors_insertion_in_brackets_is_not_part_of_the_name(nlp: Language) -> None:
    text = ('"We will not let [President Joe] Biden destroy this country," the senator said. '
            "Joe Biden answered on Friday.")
    assert _canonical(nlp, text) == [("Biden", "Joe Biden"), ("Joe Biden", "Joe Biden")]


def test_a_dateline_in_capitals_does_not_name_the_place(nlp: Language) -> None:
    text = "WASHINGTON (Reuters) - Joe Biden spoke on Monday. He later left Washington."
    _, groups = extract_entities(nlp(text), nlp)
    assert "Washington" in [g["name"] for g in groups] and "WASHINGTON" not in [g["name"] for g in groups]


def test_a_company_with_and_without_its_legal_form_is_one_entity(nlp: Language) -> None:
    text = "Microsoft Corp. said profit rose. Microsoft Corporation said revenue rose. Microsoft shares rose."
    mentions, groups = extract_entities(nlp(text), nlp)
    orgs = [g for g in groups if g["label"] == "ORG"]
    assert len(orgs) == 1 and orgs[0]["mentions"] == 3
    assert {m["canonical"] for m in mentions if m["label"] == "ORG"} == {orgs[0]["name"]}
    # And across articles: the id ignores the legal form, of companies only.
    assert entity_id("ORG", "Apple Inc.") == entity_id("ORG", "Apple") == entity_id("ORG", "APPLE, INC")
    assert entity_id("ORG", "JPMorgan Chase & Co.") == entity_id("ORG", "JPMorgan Chase")
    assert entity_id("PERSON", "Jane Co") != entity_id("PERSON", "Jane")


def test_a_sum_of_money_keeps_the_sign_and_magnitude_written_against_it(nlp: Language) -> None:
    # The model tags "2" of "£2m" and "5bn" of "$5bn"; the mention is the whole sum, as the money list has it.
    text = "The firm raised £2m from investors, spent $5bn on the deal and the bank lost US$4.2bn last year."
    money = sorted(m["text"] for m in run(nlp, text)[0] if m["label"] == "MONEY")
    assert money == ["$5bn", "US$4.2bn", "£2m"]
    groups = sorted(g["name"] for g in run(nlp, text)[1] if g["label"] == "MONEY")
    assert groups == ["$5bn", "US$4.2bn", "£2m"]


def test_a_percentage_spelled_per_cent_is_no_sum_of_money(nlp: Language) -> None:
    text = "Shares in Qantas fell 1.4 per cent on Monday, while sales rose 3 percent and stamps cost 20 cents more."
    labels = {m["text"]: m["label"] for m in run(nlp, text)[0] if m["label"] in ("MONEY", "PERCENT")}
    assert labels == {"1.4 per cent": "PERCENT", "3 percent": "PERCENT", "20 cents": "MONEY"}


def test_offices_and_ranks_before_a_name_are_not_part_of_it(nlp: Language) -> None:
    # Else one person gets another canonical name, and another id, in each article that gives the office.
    text = ("Councillor Anne Brown said the budget was fair. Prosecutor Mrs Helen Gray spoke for the Crown. "
            "Sergeant Paul Evans gave evidence. Chief Constable Sara Thornton attended.")
    names = {g["name"] for g in run(nlp, text)[1] if g["label"] == "PERSON"}
    assert names == {"Anne Brown", "Helen Gray", "Paul Evans", "Sara Thornton"}
    assert run(nlp, "Anne Brown said the budget was fair.")[1][0]["entity_id"] == next(
        g["entity_id"] for g in run(nlp, text)[1] if g["name"] == "Anne Brown")


def test_a_live_blogs_time_zones_are_no_names(nlp: Language) -> None:
    text = ("Live: PM visits Kyiv\n\n10:32 BST The prime minister arrived in Kyiv to meet Volodymyr Zelensky.\n\n"
            "10:45 BST Zelensky greeted him at the station, officials said.\n\n11:02 GMT The leaders are meeting.")
    mentions, groups = run(nlp, text)
    assert not [m for m in mentions if "BST" in m["text"] or "GMT" in m["text"]]
    assert [g["mentions"] for g in groups if g["name"] == "Volodymyr Zelensky"] == [2]
    text = ("21:05 EAT - Polls have now closed across Nairobi County. Turnout was around 42%.\n\n"
            "21:20 EAT - Johnson Sakaja has arrived at the tallying centre.")
    groups = {(g["name"], g["label"]) for g in run(nlp, text)[1]}
    assert "Johnson Sakaja" in {name for name, _ in groups} and not [name for name, _ in groups if "EAT" in name]


def test_a_title_word_that_is_a_given_name_stays_and_only_a_clocks_time_zone_goes(nlp: Language) -> None:
    text = ("The actor Justice Smith stars alongside Will Smith in the film. Bishop Briggs sang at the premiere. "
            "Crowds gathered in the WEST BANK on Monday.\n\n10:45 BST Zelensky greeted him at the station.")
    names = {g["name"] for g in run(nlp, text)[1]}
    assert {"Justice Smith", "Will Smith", "Bishop Briggs", "Zelensky"} <= names
    assert "West Bank" in names and not {"BANK", "Bank"} & names  # a place in capitals only is named in title case


def test_an_honorific_makes_a_person_and_joins_the_full_name(nlp: Language) -> None:
    # The model calls both mentions organisations; "Ms" says otherwise, for the surname and the full name.
    text = ("Therese Chambers, joint executive director of enforcement at the FCA, said the sentence was fair. "
            '"Victims will be repaid," Ms Chambers said.')
    mentions, groups = run(nlp, text)
    person = next(g for g in groups if g["name"] == "Therese Chambers")
    assert person["label"] == "PERSON"
    same = {m["text"] for m in mentions if m.get("entity_id") == person["entity_id"]}
    assert same == {"Therese Chambers", "Chambers"}
    assert next(g for g in groups if g["name"] == "FCA")["label"] == "ORG"


@pytest.mark.parametrize(("text", "name"), [
    ("A senior Bank of Japan official spoke on Monday. Traders raised the odds of a BOJ hike in March.",
     "Bank of Japan"),
    ("The Bank of England held rates on Thursday; the BoE meets again in May, economists said.", "Bank of England"),
])
def test_an_acronym_with_the_initial_of_of_or_a_small_letter_joins_its_long_form(nlp: Language, text: str,
                                                                                  name: str) -> None:
    _, groups = run(nlp, text)
    assert [(g["name"], g["mentions"]) for g in groups if g["label"] == "ORG"] == [(name, 2)]


@pytest.mark.parametrize(("text", "name"), [
    ("Treasurer Jim Chalmers said the budget would return to surplus. Chalmers spoke in Canberra.", "Jim Chalmers"),
    ("Prosecutor Sarah Whitehouse KC told the court the defendant had lied. Whitehouse said the evidence was clear.",
     "Sarah Whitehouse"),
])
def test_offices_before_and_honours_after_a_name_are_not_part_of_it(nlp: Language, text: str, name: str) -> None:
    _, groups = run(nlp, text)
    assert [(g["name"], g["mentions"]) for g in groups if g["label"] == "PERSON"] == [(name, 2)]


@pytest.mark.parametrize("text", [
    "Fighting flared again in eastern DR Congo on Monday, officials said.",
    "The charity MS Society said its funding fell by a fifth this year.",
    "Dr. Reddy's Laboratories said profit rose in the quarter.",
])
def test_capitals_and_company_names_that_look_like_honorifics_make_no_person(nlp: Language, text: str) -> None:
    _, groups = run(nlp, text)
    assert groups and "PERSON" not in {g["label"] for g in groups}


def test_a_middle_initial_tells_two_people_apart(nlp: Language) -> None:
    text = ("Michael B. Jordan will star in the film. Michael Jordan, the former Chicago Bulls star, said he was "
            "honoured to be played by him.")
    _, groups = run(nlp, text)
    assert {g["name"] for g in groups if g["label"] == "PERSON"} >= {"Michael B. Jordan", "Michael Jordan"}


def test_a_common_noun_read_as_a_person_at_a_sentence_start_is_no_name(nlp: Language) -> None:
    text = "The match ended 2-1. Attendance was 45,210, the largest crowd of the season.\nTurnout was 61 percent."
    _, groups = extract_entities(nlp(text), nlp)
    assert not [g["name"] for g in groups if g["label"] == "PERSON"]
    # A surname that is also a noun stays a person beside another name ...
    _, groups = extract_entities(nlp("The Fed held rates on Wednesday. Bowman and Waller dissent."), nlp)
    assert "Bowman" in [g["name"] for g in groups if g["label"] == "PERSON"]
    # ... and where the article names the person in full.
    _, groups = extract_entities(nlp("James Baker spoke on Monday. Baker said the plan would work."), nlp)
    assert [(g["name"], g["mentions"]) for g in groups if g["label"] == "PERSON"] == [("James Baker", 2)]


def test_a_city_opening_a_dateline_is_a_place(nlp: Language) -> None:
    def labels(text: str) -> dict[str, str]:
        return {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}

    assert labels("OSLO (Reuters) - The ticket costs 1,042 kroner.")["Oslo"] == "GPE"
    # In capitals, a place the gazetteer does not know.
    text = "THIRUVANANTHAPURAM — The Kerala government on Sunday announced a relief package."
    assert labels(text)["Thiruvananthapuram"] == "GPE"
    # Not a city the gazetteer knows: the model's label stands.
    assert labels("UNITED NATIONS (Reuters) - The Security Council met on Monday.")["UNITED NATIONS"] == "ORG"


def test_a_city_opening_a_dateline_with_a_day_first_date_is_a_place(nlp: Language) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(
        "EDINBURGH, 12 June 2025 /PRNewswire/ -- Skyline Games Ltd today announced a new title."), nlp)[1]}
    assert groups.get("Edinburgh") == "GPE" and "EDINBURGH" not in groups


@pytest.mark.parametrize(("text", "name"), [
    # A known city in a dateline that the model cut to its first word ("SAO", an organisation) is the city whole.
    ("SAO PAULO (Reuters) - Brazil's central bank raised rates on Wednesday.", "Sao Paulo"),
    ("SAO PAULO, Dec 6 (Reuters) - Brazil's central bank raised rates on Wednesday, surprising economists.",
     "Sao Paulo"),
])
def test_a_dateline_city_the_model_cut_is_the_city_whole(nlp: Language, text: str, name: str) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get(name) == "GPE" and "SAO" not in groups, groups


def test_a_dateline_place_in_capitals_the_model_cut_is_the_place_whole(nlp: Language) -> None:
    """QA qa1: "COX" of "COX'S BAZAR" was an organisation; (qa1, later) the place is named in title case."""
    text = "COX'S BAZAR, Bangladesh - More than 1 million Rohingya refugees live in camps here."
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get("Cox's Bazar") == "GPE" and "COX" not in groups, groups


@pytest.mark.parametrize(("text", "place"), [
    # rev1: a dateline in capitals opening with where the reporter is was taken whole as the place ("NEAR KHERSON",
    # "SOMEWHERE IN EASTERN UKRAINE" GPE); the place the model found in it stays.
    ("NEAR KHERSON, Ukraine (AP) - Artillery fire echoed across the river on Tuesday.", "KHERSON"),
    ("SOMEWHERE IN EASTERN UKRAINE (AP) - The soldiers waited in the trench for the drones to pass.", "UKRAINE"),
])
def test_a_dateline_of_where_the_reporter_is_keeps_its_place(nlp: Language, text: str, place: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(place) == "GPE" and not [name for name in found if name.startswith(("NEAR", "SOMEWHERE"))], \
        found


@pytest.mark.parametrize("text", [
    # qa1 (world copy): the dateline's date was a number alone or nothing at all.
    "RIYADH, Aug 6 (Reuters) - Saudi Aramco reported a fall in profit.",
    "COPENHAGEN, Feb 8 (Reuters) - A.P. Moller-Maersk warned that disruption in the Red Sea would go on.",
])
def test_a_dateline_date_is_a_date(nlp: Language, text: str) -> None:
    date = text.split(", ", 1)[1].split(" (")[0]
    found = [(e["text"], e["label"]) for e in enrich(nlp, text)["entities"] if e["label"] in NUMERIC]
    assert found[0] == (date, "DATE") and ("6", "CARDINAL") not in found, found


@pytest.mark.parametrize(("text", "dates"), [
    ("NEW YORK, Sept 12 (Reuters) - Shares fell on Tuesday.", ["Sept 12", "Tuesday"]),
    ("SAN JUAN, Argentina (Reuters) - Shares fell on Tuesday.", ["Tuesday"]),
])
def test_a_dateline_date_the_model_found_or_a_region_stays_guard(nlp: Language, text: str, dates: list[str]) -> None:
    """Guard: a date the model found whole is not doubled, and a region after the place is no date."""
    assert [e["text"] for e in enrich(nlp, text)["entities"] if e["label"] == "DATE"] == dates


def test_guard_a_dateline_organisation_in_capitals_stays_whole(nlp: Language) -> None:
    """Guard: the cut place must be a dateline's place; "UNITED NATIONS", the model's whole name, stays a body."""
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(
        "UNITED NATIONS (Reuters) - The Security Council voted on Friday."), nlp)[1]}
    assert groups.get("UNITED NATIONS") == "ORG", groups


def test_an_acronym_of_a_thing_is_no_name(nlp: Language) -> None:
    text = "Artificial intelligence is changing work. AI will replace some jobs, Sam Altman said. The AI Act passed."
    names = [g["name"] for g in extract_entities(nlp(text), nlp)[1]]
    assert "AI" not in names and "Sam Altman" in names
    names = [g["name"] for g in extract_entities(nlp("Seoul shares rose on Thursday at 10:00 GMT. (END)"), nlp)[1]]
    assert "Seoul" in names and not {"END", "GMT"} & set(names)


def test_the_fed_is_the_federal_reserve_with_or_without_its_full_name(nlp: Language) -> None:
    def orgs(text: str) -> list[tuple[str, int]]:
        return [(g["name"], g["mentions"]) for g in extract_entities(nlp(text), nlp)[1] if g["label"] == "ORG"]

    assert orgs("The Federal Reserve raised rates. The Fed said inflation was too high.") == [("Federal Reserve", 2)]
    assert orgs("The Fed held rates steady on Wednesday, and Fed officials signalled two cuts.") == [
        ("Federal Reserve", 2)]
    # A lower-cased copy's verb is not the central bank, even where the model calls it an organisation.
    assert "Federal Reserve" not in [name for name, _ in orgs("united's move involving paul dixon, who fed ciftci.")]


def test_a_press_release_wire_dateline_leaves_the_company_its_name(nlp: Language) -> None:
    text = ("SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Robotics Inc. today announced record results. "
            "The deal--worth $5m--closed. A ---- rule.")
    doc = nlp(text)
    assert [t.text for t in doc[3:11]] == ["Calif.", "--", "(", "BUSINESS", "WIRE", ")", "--", "Acme"]
    assert "----" in [t.text for t in doc]  # a rule of dashes stays one token
    groups = {g["name"]: g["label"] for g in extract_entities(doc, nlp)[1]}
    # The wire in brackets is an organisation of its own, as "(Reuters)" is, never a part of the company's name.
    assert groups.get("Acme Robotics Inc.") == "ORG" and groups.get("BUSINESS WIRE") in (None, "ORG")
    assert not [n for n in groups if "WIRE" in n and n != "BUSINESS WIRE"]


@pytest.mark.parametrize("text", [
    "EDINBURGH, June 12, 2025 /PRNewswire/ -- Skyscanner, the travel search site, today announced a new feature.",
    "EDINBURGH, June 12, 2025 /PRNewswire/ -- Skyscanner, the travel search site, today announced a new feature. "
    "Skyscanner said bookings rose by a fifth.",
])
def test_a_one_word_name_opening_a_press_release_is_the_issuer(nlp: Language, text: str) -> None:
    """QA: after a dateline ending in a dash the model read the firm's one word opening the release as a person."""
    groups = {g["name"]: g["label"] for g in enrich(nlp, text)["entity_groups"]}
    assert groups.get("Skyscanner") == "ORG", groups


@pytest.mark.parametrize(("text", "name"), [
    ("LONDON (Reuters) -- Johnson said on Thursday he would not resign. Boris Johnson spoke after a cabinet meeting.",
     "Boris Johnson"),
    ("PARIS (Reuters) - Macron said the vote would go ahead, Macron's office said.", "Macron"),
    ("NEW YORK, June 12, 2025 /PRNewswire/ -- Jane Smith, the founder of Acme, said today the firm had grown.",
     "Jane Smith"),
    ("LONDON, June 12, 2025 /PRNewswire/ -- Dr Khumalo, the chief scientist, said today the trial had worked. "
     "Dr Khumalo leads the team.", "Khumalo"),
])
def test_a_person_opening_a_story_after_a_dateline_stays_a_person_guard(nlp: Language, text: str, name: str) -> None:
    """Guard: a news story's surname alone, one a full name or honorific makes a person's, or a release's person
    named with a given name keep the person's label."""
    groups = {g["name"]: g["label"] for g in enrich(nlp, text)["entity_groups"]}
    assert groups.get(name) == "PERSON", groups


@pytest.mark.parametrize(("text", "name"), [
    ("CHICAGO, May 2, 2025 /PRNewswire/ -- Obama, speaking at the launch of the foundation's new centre, said the "
     "project was a dream.", "Obama"),
    ("MIAMI, June 1, 2025 /PRNewswire/ -- Rubio, speaking at the Hispanic chamber's gala, said trade was vital.",
     "Rubio"),
    ("LONDON, 4 May 2025 /PRNewswire/ -- Kowalski said today that she would expand the charity into Poland.",
     "Kowalski"),
    # A government's release: a premier's bare name before "said", no apposition calling it a firm.
    ("WINNIPEG, Manitoba (GLOBE NEWSWIRE) -- Kinew said today the province would cut gas taxes.", "Kinew"),
])
def test_a_person_opening_a_release_stays_a_person_guard(nlp: Language, text: str, name: str) -> None:
    """Guard (review): a release's one-word name that a participle of speech after it or a personal pronoun in its
    sentence makes a person's is no issuing firm."""
    groups = {g["name"]: g["label"] for g in enrich(nlp, text)["entity_groups"]}
    assert groups.get(name) == "PERSON", groups


@pytest.mark.parametrize(("text", "short", "long", "apart"), [
    # The owner and its unit are two companies (Siemens was a mention of Siemens Healthineers).
    ("Siemens raised its forecast. Siemens Healthineers, in which Siemens holds a 75% stake, reported higher sales.",
     "Siemens", "Siemens Healthineers", True),
    ("Adani said it would invest more. Adani Green Energy, a unit of Adani, said profit rose.", "Adani",
     "Adani Green Energy", True),
    # A short form without a word of ownership is the same company; so is a family's name.
    ("Ford Motor Co, in which the Ford family holds a 40% voting stake, said profit fell. Ford shares rose 2%.",
     "Ford", "Ford Motor Co", False),
    ("Goldman Sachs reported higher profit on Tuesday. Goldman said trading revenue rose 10%.", "Goldman",
     "Goldman Sachs", False),
])
def test_a_company_and_the_unit_it_owns_are_two_entities(nlp: Language, text: str, short: str, long: str,
                                                         apart: bool) -> None:
    mentions = extract_entities(nlp(text), nlp)[0]
    canonicals = {m["canonical"] for m in mentions if m["text"] == short}
    assert canonicals and (long not in canonicals) == apart, mentions


def test_a_party_named_like_an_event_is_an_organisation(nlp: Language) -> None:
    # "National Rally" was an event (its last word), "Chega" a person.
    text = ("Support for the far-right National Rally rose to 24%, a poll showed. Marine Le Pen said the National "
            "Rally would win. Chega gained seats in Portugal.")
    labels = {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert {("National Rally", "ORG"), ("Chega", "ORG")} <= labels


def test_a_short_company_name_joins_the_company_in_law_among_its_units(nlp: Language) -> None:
    text = ("Reliance Industries Ltd on Friday reported a rise in profit. Reliance Retail and Jio Platforms grew "
            "fast. Reliance shares rose 2 per cent after the results, and Reliance said it would invest more.")
    groups = {g["name"]: g["mentions"] for g in extract_entities(nlp(text), nlp)[1] if g["label"] == "ORG"}
    assert groups.get("Reliance Industries Ltd") == 3 and "Reliance" not in groups, groups


@pytest.mark.parametrize(("text", "kept", "gone"), [
    ('"The economy is in a good place, and we are well positioned to wait for greater clarity," Fed Chair Jerome '
     'Powell told reporters after the two-day meeting.', {"Federal Reserve", "Jerome Powell"}, {"Fed Chair"}),
    ('"Downside risks to growth have increased significantly," BOK Governor Rhee Chang-yong said at a press '
     "conference.", {"BOK", "Rhee Chang-yong"}, {"BOK Governor"}),
    ("The budget foresees new borrowing of €89 billion, Finance Minister Lars Klingbeil told reporters.",
     {"Lars Klingbeil"}, {"Finance"}),
])
def test_a_title_before_a_persons_name_is_no_name_of_its_own(nlp: Language, text: str, kept: set, gone: set) -> None:
    names = {g["name"] for g in extract_entities(nlp(text), nlp)[1]}
    assert kept <= names and not gone & names, names


def test_a_currency_code_is_no_organisation_nor_a_key_phrase(nlp):
    result = enrich(nlp, "Group sales rose 9.4% to CHF 5.82 billion. Net profit was CHF 1.21 billion, or CHF 4.37 "
                         "per share. The SEK and DKK weakened.")
    names = {g["name"] for g in result["entity_groups"]}
    assert not names & {"CHF", "SEK", "DKK"}, names
    assert not {k["text"] for k in result["keyphrases"]} & {"CHF", "SEK", "DKK"}
    assert [m["currency"] for m in result["money"]] == ["CHF", "CHF", "CHF"]


def test_abbreviated_ranks_are_no_part_of_the_name(nlp):
    result = enrich(nlp, "Council leader Cllr Janet Phelps said the library would stay open. Detective Inspector "
                         "Karen Holloway said two men had been arrested. DI Holloway said more arrests were likely.")
    people = {g["name"]: g["mentions"] for g in result["entity_groups"] if g["label"] == "PERSON"}
    assert people == {"Janet Phelps": 1, "Karen Holloway": 2}


def test_a_given_name_the_model_left_out_belongs_to_the_person(nlp):
    result = enrich(nlp, "Met Éireann forecaster Aoife Brennan says the storm will peak overnight. Italy's industry "
                         "minister, Adolfo Ursini, said the plant would reopen. Critics of the Crime Bill protested.")
    people = {g["name"] for g in result["entity_groups"] if g["label"] == "PERSON"}
    assert {"Aoife Brennan", "Adolfo Ursini"} <= people and not any("Crime" in name for name in people), people


def test_a_nordic_legal_form_is_not_cut_at_its_slash(nlp):
    result = enrich(nlp, "Nordhavn Shipping A/S said profit fell. Nordhavn Shipping will cut 300 jobs.")
    assert [(g["name"], g["label"], g["mentions"]) for g in result["entity_groups"] if g["label"] == "ORG"] == \
        [("Nordhavn Shipping A/S", "ORG", 2)]


def test_a_joint_index_of_s_and_p_is_not_cut_at_its_slash(nlp):
    result = enrich(nlp, "Australia's S&P/ASX 200 fell 0.3% to 7,650.")
    assert [(g["name"], g["label"]) for g in result["entity_groups"] if g["label"] == "ORG"] == \
        [("S&P/ASX 200", "ORG")]
    # Guard: two agencies with a slash between them stay two.
    result = enrich(nlp, "S&P/Moody's downgraded the bonds.")
    assert {g["name"] for g in result["entity_groups"] if g["label"] == "ORG"} == {"S&P", "Moody's"}


def test_the_agency_alone_beside_its_joint_index_is_the_agency(nlp):
    # Review: under some hash seeds the gazetteer completed "200" to "S&P/ASX 200" and the agency joined the index.
    result = enrich(nlp, "The S&P/ASX 200 fell 1.2%. S&P cut Australia's rating outlook.")
    assert sorted((g["name"], g["label"], g["mentions"]) for g in result["entity_groups"] if g["label"] == "ORG") == \
        [("S&P", "ORG", 1), ("S&P/ASX 200", "ORG", 1)]


def test_known_names_by_part_do_not_depend_on_the_gazetteers_order():
    # The gazetteer's names are sets, iterated in an order the process's hash seed sets: the first name that fits
    # wins, so the longer name must come first whatever the order ("S&P/ASX 200" over "ASX 200" for "200").
    known = {("asx", "200"): "ORG", ("s&p", "/", "asx", "200"): "ORG", ("ftse", "200"): "ORG", ("perth",): "GPE",
             ("new", "york"): "GPE"}
    orders = [dict(order) for order in itertools.permutations(known.items())]
    results = [_keys_by_part(order, frozenset({"ORG", "GPE"})) for order in orders]
    assert all(result == results[0] for result in results)
    assert results[0][1][("200",)] == [("s&p", "/", "asx", "200"), ("asx", "200"), ("ftse", "200")]


def test_what_a_person_does_capitalised_at_a_sentences_start_is_no_part_of_the_name(nlp):
    result = enrich(nlp, "Striker Kieran Dunmore scored twice. Footballer Marcus Rashford met the mayor. "
                         "Water Street Partners bought the club. Economist Aly-Khan Satchu said it was bold.")
    groups = {(g["name"], g["label"]) for g in result["entity_groups"]}
    assert {("Kieran Dunmore", "PERSON"), ("Marcus Rashford", "PERSON"), ("Water Street Partners", "ORG"),
            ("Aly-Khan Satchu", "PERSON")} <= groups


def test_a_match_score_is_no_part_of_a_name(nlp):
    result = enrich(nlp, "Wexbridge FC beat Fenwick City 2-1 on Saturday. Boeing 737-800 jets landed.")
    names = {g["name"] for g in result["entity_groups"]}
    assert "Fenwick City" in names and not any("2-1" in name for name in names), names


def test_mr_or_ms_before_a_shared_surname_is_the_one_of_that_gender(nlp) -> None:
    text = ("Rebecca Thornton, 52, denied fraud at Southwark Crown Court. Ms. Thornton showed no reaction. Her "
            "husband, Jonathan Thornton, sat in the gallery. Mr Thornton declined to comment.")
    mentions, _ = extract_entities(nlp(text), nlp)
    canonical = [(m["text"], m["canonical"]) for m in mentions if m["label"] == "PERSON"]
    assert canonical == [("Rebecca Thornton", "Rebecca Thornton"), ("Thornton", "Rebecca Thornton"),
                         ("Jonathan Thornton", "Jonathan Thornton"), ("Thornton", "Jonathan Thornton")]


def test_a_place_is_not_grouped_under_a_longer_name_it_is_part_of(nlp) -> None:
    text = ("Mr Gloster told RTÉ's Morning Ireland that the plan was ready. Ireland has 2.9 hospital beds per 1,000 "
            "people. South Sudan and Sudan signed a deal. New York City police said New York was calm.")
    canonical = {m["text"]: m["canonical"] for m in extract_entities(nlp(text), nlp)[0]}
    assert canonical["Ireland"] == "Ireland" and canonical["Sudan"] == "Sudan"
    assert canonical["New York"] == "New York City"  # a city's own long form
    # Another name of the same place: one entity.
    text = ("Great Britain won four gold medals. Britain now leads. South Korea's exports rose; Korea's chipmakers "
            "gained.")
    canonical = {m["text"]: m["canonical"] for m in extract_entities(nlp(text), nlp)[0]}
    assert canonical["Britain"] == "Great Britain" and canonical["Korea"] == "South Korea"


def test_a_name_ends_before_a_closing_quote_and_the_full_stop_after_it(nlp) -> None:
    text = ('Taoiseach Simon Harris described Mr Kelly as "a true gentleman and a passionate Kerryman".\n\nFine Gael '
            "MEP Maria Walsh said she had learned a great deal. Senator Patrick Leahy of Vt. spoke.")
    texts = [m["text"] for m in extract_entities(nlp(text), nlp)[0]]
    assert not any(t.endswith(('"', '".')) for t in texts), texts


def test_the_fed_is_not_the_regional_fed_named_beside_it(nlp) -> None:
    text = ("The Fed cut its benchmark rate on Wednesday. Chicago Fed President Austan Goolsbee said the move was "
            "prudent. Fed Chair Jerome Powell said inflation was easing.")
    _, groups = extract_entities(nlp(text), nlp)
    orgs = {g["name"]: g["mentions"] for g in groups if g["label"] == "ORG"}
    assert orgs == {"Federal Reserve": 2, "Chicago Fed": 1}


def test_a_currency_letter_against_a_sum_is_no_name_but_g7_is(nlp) -> None:
    text = ("Nigeria's budget of N54.9 trillion is N6.2 trillion higher, at N1,500 to the dollar, the G7 heard. "
            "Zambia's finance ministry said it would spend K5.2 billion on roads.")
    mentions, _ = extract_entities(nlp(text), nlp)
    names = {m["text"] for m in mentions if m["label"] not in ("MONEY", "CARDINAL", "DATE", "PERCENT")}
    assert not names & {"N54.9", "N6.2", "N1,500", "K5.2"}
    assert "G7" in names


def test_military_ranks_are_no_part_of_the_name(nlp):
    result = enrich(nlp, 'Lt Col James Ashworth said the exercise had gone well. "The troops performed superbly," '
                         'Lt Col Ashworth said. Brig Tom Hall met Sqn Ldr Amy Cole. Cdr Victoria Hale said the navy '
                         'was ready. The stage finished on the Col du Tourmalet.')
    people = {g["name"]: g["mentions"] for g in result["entity_groups"] if g["label"] == "PERSON"}
    assert people == {"James Ashworth": 2, "Tom Hall": 1, "Amy Cole": 1, "Victoria Hale": 1}, people
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["James Ashworth"]
    result = enrich(nlp, 'Maj Gen Andrus Merilo said the drills went well. "We are ready," Maj Gen Merilo said. '
                         'Gen Z voters backed the plan. Gen Digital shares rose.')
    assert [(g["name"], g["mentions"]) for g in result["entity_groups"]] == [("Andrus Merilo", 2), ("Gen Digital", 1)]
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["Andrus Merilo"]


def test_an_acronym_of_a_name_with_a_country_code_joins_it(nlp):
    result = enrich(nlp, "The UK Health Security Agency (UKHSA) said cases were rising. A UKHSA spokesperson said "
                         "the risk was low. The US Food and Drug Administration (FDA) approved the drug. The FDA said "
                         "it was safe.")
    orgs = {g["name"]: g["mentions"] for g in result["entity_groups"] if g["label"] == "ORG"}
    assert orgs == {"UK Health Security Agency": 3, "US Food and Drug Administration": 3}, orgs


def test_a_one_word_company_that_is_also_a_verb_stays_when_it_speaks_or_has_shares(nlp):
    result = enrich(nlp, "Ford shares fell 3% on Tuesday after the carmaker cut its forecast. Ford said demand for "
                         "electric vehicles had slowed.")
    assert {g["name"]: g["mentions"] for g in result["entity_groups"] if g["label"] == "ORG"} == {"Ford": 2}
    # Written in lower case in the same text, a capitalised word opening a sentence is still an ordinary word.
    result = enrich(nlp, "Turnout said little about the mood. The turnout was low.")
    assert not [g for g in result["entity_groups"] if g["label"] in ("ORG", "PERSON")]


@pytest.mark.parametrize("text, name", [
    ("Shell reported a 20% fall in quarterly profit on Thursday.", "Shell"),
    ("Next raised its profit forecast on Wednesday.", "Next"),  # "Next" an adverb to the parser
    ("Shell has reported a 20% fall in quarterly profit.", "Shell"),
    ("Shell profits fall 20% as gas prices slide\n\nShell reported a 20% fall in quarterly profit on Thursday.",
     "Shell"),
])
def test_a_one_word_company_that_is_also_a_word_stays_when_it_does_business(nlp, text, name):
    orgs = {g["name"] for g in enrich(nlp, text)["entity_groups"] if g["label"] == "ORG"}
    assert orgs == {name}, orgs


@pytest.mark.parametrize("text", [
    # Review R9: a person's post is no firm's results.
    "Trump posted a video on Truth Social on Sunday.",
    'Trump posted "Wrong!" on his site.',
])
def test_a_person_who_posts_content_is_no_company(nlp, text):
    assert "Trump" not in {g["name"] for g in enrich(nlp, text)["entity_groups"] if g["label"] == "ORG"}


def test_a_company_that_posts_results_stays_a_company(nlp):
    groups = enrich(nlp, "Shell posted a 20% rise in profit.")["entity_groups"]
    assert {g["name"] for g in groups if g["label"] == "ORG"} == {"Shell"}


@pytest.mark.parametrize("text, word", [
    ("Shell shock gripped the market on Monday.", "Shell"),  # an ORG to the model, but no subject of the verb
    ("Unions agreed to the deal on Monday.", "Unions"),  # a plural names its members
    ("Next week the board will meet. Next, the board met.", "Next"),
    # A participle with no object, an ORG to the model: a web page's line.
    ("Article posted on 08. 07. 2012\nWladimir Klitschko stops Tony Thompson in 6", "Article"),
])
def test_an_ordinary_word_opening_a_sentence_before_a_business_verb_stays_no_name(nlp, text, word):
    assert word not in {g["name"] for g in enrich(nlp, text)["entity_groups"]}


def test_a_name_ending_in_a_word_only_organisations_end_in_is_no_person(nlp):
    result = enrich(nlp, "The drugmaker Aldera Therapeutics said its trial had succeeded.")
    assert [(g["name"], g["label"]) for g in result["entity_groups"]] == [("Aldera Therapeutics", "ORG")]
    result = enrich(nlp, "Surrey Police said the fire was under control. Surrey Police asked people to stay away.")
    assert [(g["name"], g["label"]) for g in result["entity_groups"]] == [("Surrey Police", "ORG")]
    # A given name and a surname that is such a word too: a person.
    result = enrich(nlp, "ASIC deputy chair Sarah Court said the regulator would act. Robert Service, the British "
                         "historian, spoke.")
    people = {g["name"] for g in result["entity_groups"] if g["label"] == "PERSON"}
    assert people == {"Sarah Court", "Robert Service"}, people


@pytest.mark.parametrize(("text", "name"), [
    ("Munich Re reported a net profit of €2.1 billion for the second quarter.", "Munich Re"),
    ("Hannover Re and Swiss Re said losses rose. Munich Re disagreed.", "Munich Re"),
    # QA qa2: a people's word before "Re" was the model's NORP alone ("Swiss"), the reinsurer lost.
    ("Hannover Re and Swiss Re said losses rose. Munich Re disagreed.", "Swiss Re"),
    ("Swiss Re said its profit rose.", "Swiss Re"),
    ("Publicis Groupe raised its organic growth forecast to about 6%.", "Publicis Groupe"),
    ("The Lufthansa Gruppe said it would cut 4,000 jobs, and Vinci Groupe said it would hire.", "Vinci Groupe"),
])
def test_a_name_ending_in_a_foreign_groups_word_or_a_reinsurers_re_is_no_person(nlp, text, name):
    # Persons to the model: "Groupe", "Gruppe" and a reinsurer's "Re" end firms' names, not people's.
    labels = {g["name"]: g["label"] for g in enrich(nlp, text)["entity_groups"]}
    assert labels.get(name) == "ORG", labels


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Marc Groupe, the French chef, opened a restaurant.", "Marc Groupe", "PERSON"),
    ("Everest Re said catastrophe losses would cost $300 million.", "Everest Re", "ORG"),
    ("Re: the minutes of Monday's meeting, Jane Smith said she had no comment.", "Jane Smith", "PERSON"),
    # Guard: a people's word before a verb's "Re-" cut off by the tokeniser names no reinsurer.
    ("The Swiss Re-entered the market in 2020, Swiss officials said.", "Swiss", "NORP"),
    ("Lisa Group, the chief executive, said sales rose.", "Lisa Group", "PERSON"),
    # Review guard (nrev1): the Italian surname "Re" after two given names is a person's.
    ("Giovanni Battista Re, the dean of the College of Cardinals, led the funeral mass.", "Giovanni Battista Re",
     "PERSON"),
])
def test_a_name_ending_in_a_foreign_groups_word_or_a_reinsurers_re_is_no_person_guard(nlp, text, name, label):
    # A given name before the word is still a person's name; a firm the model found stays one.
    labels = {g["name"]: g["label"] for g in enrich(nlp, text)["entity_groups"]}
    assert labels.get(name) == label, labels


def test_a_police_force_named_after_two_places_is_one_organisation(nlp):
    result = enrich(nlp, "Devon and Cornwall Police said a man was arrested. "
                         "Britain and Surrey Police worked together.")
    assert {(g["name"], g["label"]) for g in result["entity_groups"]} == {
        ("Devon and Cornwall Police", "ORG"), ("Britain", "GPE"), ("Surrey Police", "ORG")}


def test_a_body_named_after_two_subjects_joined_by_and_keeps_its_first_word(nlp):
    # The model cut the first subject off ("Animal" a people, "Mosques" a person, "Universities" nothing).
    result = enrich(nlp, "Bluetongue was confirmed near Canterbury, the Animal and Plant Health Agency said on Friday. "
                         "The Universities and Colleges Employers Association said the offer was final. Leaders of "
                         "the Mosques and Imams National Advisory Board met. The Advisory, Conciliation and "
                         "Arbitration Service said talks would resume.")
    orgs = {g["name"] for g in result["entity_groups"] if g["label"] == "ORG"}
    assert orgs >= {"Animal and Plant Health Agency", "Universities and Colleges Employers Association",
                    "Mosques and Imams National Advisory Board", "Advisory, Conciliation and Arbitration Service"}
    assert not {"Plant Health Agency", "Colleges Employers Association", "Animal", "Mosques"} & {
        g["name"] for g in result["entity_groups"]}


@pytest.mark.parametrize(("text", "body"), [
    # qa1: a body whose name opens with a people's adjective was cut at its "and": "Australian Communications" and
    # "Media Authority", "Canadian Radio-television" and "Telecommunications Commission".
    ("Australia's media regulator, the Australian Communications and Media Authority, fined Optus A$1.5 million.",
     "Australian Communications and Media Authority"),
    ("The Canadian Radio-television and Telecommunications Commission ordered Rogers and Telus to open their networks.",
     "Canadian Radio-television and Telecommunications Commission"),
])
def test_a_body_opening_with_a_peoples_adjective_is_whole_across_its_and(nlp, text, body):
    assert body in {g["name"] for g in enrich(nlp, text)["entity_groups"] if g["label"] == "ORG"}


def test_guard_bodies_of_their_own_before_and_stay_apart(nlp):
    # guard: a body named with an adjective that is no people's, or in three words, keeps its own name.
    result = enrich(nlp, "Officials from the Federal Reserve and Securities and Exchange Commission met. Staff of the "
                         "American Red Cross and Federal Emergency Management Agency met.")
    assert {"Federal Reserve", "Securities and Exchange Commission", "American Red Cross",
            "Federal Emergency Management Agency"} <= {g["name"] for g in result["entity_groups"]}


def test_guard_a_place_party_or_person_and_the_body_after_and_stay_apart(nlp):
    result = enrich(nlp, "Britain and the Food Standards Agency disagreed on the labels. Labour and the Trades Union "
                         "Congress signed the deal. Keir Starmer and the Local Government Association met on Monday.")
    names = {(g["name"], g["label"]) for g in result["entity_groups"]}
    assert {("Britain", "GPE"), ("Food Standards Agency", "ORG"), ("Trades Union Congress", "ORG"),
            ("Keir Starmer", "PERSON"), ("Local Government Association", "ORG")} <= names


def test_a_place_written_only_in_capitals_in_the_dateline_is_named_in_title_case(nlp):
    result = enrich(nlp, "NEW YORK (Reuters) - Stocks rose on Tuesday. The USA and the UAE agreed a deal.")
    places = {g["name"] for g in result["entity_groups"] if g["label"] == "GPE"}
    assert places == {"New York", "USA", "UAE"}, places
    result = enrich(nlp, "OSLO (Reuters) - The DPRK and the UK met on Tuesday. The U.S.A. sent an envoy.")
    assert {g["name"] for g in result["entity_groups"] if g["label"] == "GPE"} >= {"Oslo", "UK", "U.S.A."}
    # Capitals title case would get wrong are left as written.
    result = enrich(nlp, "MCALLEN, Texas (AP) — Police arrested two men on Tuesday.")
    assert "Mcallen" not in {g["name"] for g in result["entity_groups"]}


@pytest.mark.parametrize(("text", "place"), [
    # qa1: a dateline's place with a small word, a hyphen or an apostrophe was "Port Of Spain", or kept its capitals
    # ("PORT-AU-PRINCE", "NUKU'ALOFA", "N'DJAMENA").
    ("PORT OF SPAIN, Trinidad - The finance minister presented the budget on Monday.", "Port of Spain"),
    ("PORT-AU-PRINCE, Haiti (Reuters) - Gangs attacked the town on Monday.", "Port-au-Prince"),
    ("NUKU'ALOFA, Tonga - The king appointed a new prime minister.", "Nuku'alofa"),
    ("N'DJAMENA, Chad (Reuters) - Troops left the base on Monday.", "N'Djamena"),
    ("DAR ES SALAAM, Tanzania (Reuters) - The port reopened on Monday.", "Dar es Salaam"),
    # guard: the plain and two-word names as before
    ("LA PAZ, Bolivia (Reuters) - Protesters blocked the roads.", "La Paz"),
    ("GUINEA-BISSAU (Reuters) - Soldiers surrounded the palace.", "Guinea-Bissau"),
])
def test_a_dateline_place_with_small_words_hyphens_or_apostrophes_is_cased_as_written(nlp, text, place):
    result = enrich(nlp, text)
    assert place in {g["name"] for g in result["entity_groups"] if g["label"] in ("GPE", "LOC")}, \
        result["entity_groups"]


def test_a_dateline_city_is_no_short_form_of_a_firm_it_opens(nlp):
    # QA "qa1" (insurance): "MUNICH (dpa)" joined "Munich Re" as its short form and became an organisation.
    result = enrich(nlp, "MUNICH (dpa) - Munich Re expects net profit of 5 billion euros this year, chief financial "
                         "officer Christoph Jurecka said on Wednesday.")
    groups = {g["name"]: (g["label"], g["mentions"]) for g in result["entity_groups"]}
    assert groups.get("Munich") == ("GPE", 1) and groups.get("Munich Re") == ("ORG", 1), groups


def test_a_known_firms_short_form_outside_a_dateline_stays_the_firms_guard(nlp):
    # guard: the first word of a well-known firm the text writes as no place is still the firm's.
    result = enrich(nlp, "Rio Tinto said iron ore shipments rose 3% in the quarter. Rio said prices would stay firm.")
    groups = {g["name"]: (g["label"], g["mentions"]) for g in result["entity_groups"]}
    assert groups.get("Rio Tinto") == ("ORG", 2), groups


def test_a_name_goes_on_over_a_particle_to_its_surname(nlp):
    result = enrich(nlp, "Maria Aparecida dos Santos, 63, said she had lost everything. Santos said the water rose "
                         "fast.")
    assert [(g["name"], g["label"], g["mentions"]) for g in result["entity_groups"]
            if g["label"] not in ("DATE", "CARDINAL")] == [("Maria Aparecida dos Santos", "PERSON", 2)]  # and her age


def test_a_kikuyu_name_goes_on_over_wa_to_a_surname_with_an_apostrophe(nlp):
    # QA "qa1" (obituaries): "Ngugi wa Thiong'o" was cut to "Ngugi", joined to his daughter "Wanjiku wa Ngugi", and
    # a person "Thiong'o".
    result = enrich(nlp, "Ngugi wa Thiong'o, the Kenyan writer, has died at the age of 87, his daughter Wanjiku wa "
                         "Ngugi said.")
    assert sorted(g["name"] for g in result["entity_groups"] if g["label"] == "PERSON") == [
        "Ngugi wa Thiong'o", "Wanjiku wa Ngugi"]


def test_a_name_goes_on_over_an_arabic_article_glued_by_a_hyphen(nlp):
    # QA "qa1" (shipping): "Abdel Fattah el-Sissi" was cut to "Abdel Fattah", so his surname met no one later.
    result = enrich(nlp, "Suez Canal revenue fell to $4 billion in 2024, Egyptian President Abdel Fattah el-Sissi "
                         "said.")
    assert "Abdel Fattah el-Sissi" in {g["name"] for g in result["entity_groups"] if g["label"] == "PERSON"}, \
        result["entity_groups"]


@pytest.mark.parametrize(("text", "expected"), [
    # The model ran a person's name on over a body's name opening with an Arabic article: a body the gazetteer knows.
    ("The network founded by Osama bin Laden al-Qaeda was blamed for the attacks.",
     {"Osama bin Laden": "PERSON", "al-Qaeda": "ORG", "Osama bin Laden al-Qaeda": None}),
    ("Cristiano Ronaldo al-Nassr contract was extended until 2027, the club said.",
     {"Cristiano Ronaldo": "PERSON", "al-Nassr": "ORG", "Cristiano Ronaldo al-Nassr": None}),
    # ... or a name the text writes elsewhere as a person's of its own, ending there.
    ("Donald Trump al-Sharaa talks ended in Riyadh. Trump said the meeting went well.",
     {"Donald Trump": "PERSON", "Donald Trump al-Sharaa": None}),
])
def test_a_persons_name_stops_before_an_arabic_article_of_another_name(nlp: Language, text: str,
                                                                      expected: dict) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "name"), [
    ("Egyptian President Abdel Fattah el-Sissi said on Monday that talks would continue.", "Abdel Fattah el-Sissi"),
    ("Syrian President Ahmed al-Sharaa met Saudi officials. Al-Sharaa said Syria was ready.", "Ahmed al-Sharaa"),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani said the vote would go ahead.", "Mohammed Shia al-Sudani"),
    ("Saudi Foreign Minister Prince Faisal bin Farhan al-Saud arrived in Cairo.", "Faisal bin Farhan al-Saud"),
])
def test_a_persons_name_with_an_arabic_article_stays_whole_guard(nlp: Language, text: str, name: str) -> None:
    """Guard: a person's own family name opening with an Arabic article stays in the name."""
    people = {g["name"] for g in extract_entities(nlp(text), nlp)[1] if g["label"] == "PERSON"}
    assert name in people, people


@pytest.mark.parametrize("text", [
    # guards: a name the model found whole, and a hyphenated article before no capitalised word, stay as they were
    "Syrian President Bashar al-Assad fled to Moscow on Sunday.",
    "Mohamed Salah scored twice in the al-fresco friendly on Sunday.",
])
def test_a_hyphenated_article_before_no_surname_changes_nothing_guard(nlp, text):
    names = {g["name"] for g in enrich(nlp, text)["entity_groups"] if g["label"] == "PERSON"}
    assert names & {"Bashar al-Assad", "Mohamed Salah"}, names
    assert not any(name.endswith(("al", "al-fresco")) and name != "Bashar al-Assad" for name in names), names


def test_a_possessive_after_a_particle_is_no_surname_word_guard(nlp):
    # guard: a possessive after a particle is no glottal stop's word: "Biden's" is not part of "al"'s name.
    result = enrich(nlp, "Mohammed bin Salman met President Joe Biden in Jeddah. Salman's aides said it went well.")
    assert "Mohammed bin Salman" in {g["name"] for g in result["entity_groups"] if g["label"] == "PERSON"}


@pytest.mark.parametrize(("text", "person"), [
    ("Crown prosecutor Sally Dowling SC told the court the attack was planned.", "Sally Dowling"),
    ("Brisbane Lord Mayor Adrian Schrinner says the city is ready for the floods.", "Adrian Schrinner"),
    ("Oil output was cut, a plan championed by Crown Prince Mohammed bin Salman.", "Mohammed bin Salman"),
    ("Paul Chiang led, ahead of Conservative Niall O'Dea at 41.2 per cent.", "Niall O'Dea"),
    # The model's organisation: a party and a given name that is a man's or a woman's.
    ("In Toronto, Liberal Leslie Church won by 2,193 votes.", "Leslie Church"),
])
def test_titles_parties_and_post_nominals_are_no_part_of_a_name(nlp: Language, text: str, person: str) -> None:
    assert person in {canonical for _, canonical in _canonical(nlp, text)}


def test_parties_known_by_name_are_organisations_also_before_a_members_name(nlp: Language) -> None:
    text = ("Fianna Fáil and Fine Gael ruled out a coalition. Fianna Fáil TD Marc MacSharry resigned. Sinn Fein TD "
            "Pearse Doherty called for an inquiry, and Plaid Cymru said it would oppose the plan.")
    groups = {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert groups == {("Fianna Fáil", "ORG"), ("Fine Gael", "ORG"), ("Marc MacSharry", "PERSON"),
                      ("Sinn Fein", "ORG"), ("Pearse Doherty", "PERSON"), ("Plaid Cymru", "ORG")}


def test_irish_offices_counties_and_police(nlp: Language) -> None:
    text = ("Taoiseach Micheál Martin rejected the claim, Mr Martin said. Tánaiste Simon Harris agreed. Detective "
            "Garda Niamh Walsh found the car near Ballymore, Co Mayo. A Garda spokesman said a man was arrested in Co. "
            "Cork.")
    groups = {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert {("Micheál Martin", "PERSON"), ("Simon Harris", "PERSON"), ("Niamh Walsh", "PERSON"),
            ("Co Mayo", "GPE"), ("Co. Cork", "GPE"), ("Garda", "ORG")} <= groups
    # A title before an institution's name leaves it one: a hospital, a university.
    text = "She was taken to Princess Alexandra Hospital. King Abdulaziz University researchers agreed."
    groups = {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert {("Princess Alexandra Hospital", "ORG"), ("King Abdulaziz University", "ORG")} <= groups


def test_an_office_alone_is_no_entity_and_a_name_after_one_a_person(nlp: Language) -> None:
    text = ("Taoiseach Micheál Martin met union leaders in Dublin on Monday. The Taoiseach said the talks had been "
            "constructive. The Prime Minister and the Attorney General agreed.")
    groups = {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert ("Micheál Martin", "PERSON") in groups
    assert not {name for name, _ in groups} & {"Taoiseach", "Prime Minister", "Attorney General"}
    # "Vice" alone is a magazine, not an office.
    assert _is_bare_office(["prime", "minister"]) and not _is_bare_office(["vice"])


@pytest.mark.parametrize(("text", "name"), [
    ('Alderwoman Shawn Gregory, who chairs the committee, defended the timeline. "If we wait, we lose it," Gregory '
     'said.', "Shawn Gregory"),
    ("Assemblymember Jim Wood said the bill would pass.", "Jim Wood"),
    ("Prof Kwadwo Koram, a malaria researcher at the University of Ghana, said the findings would help.",
     "Kwadwo Koram"),
])
def test_more_offices_and_honorifics_are_no_part_of_a_name(nlp: Language, text: str, name: str) -> None:
    assert (name, "PERSON") in {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}


def test_an_honour_after_a_name_is_no_organisation(nlp: Language) -> None:
    text = "Sentencing, Judge Guy Kearl KC said he accepted that the defendant was remorseful."
    assert "KC" not in {g["name"] for g in extract_entities(nlp(text), nlp)[1]}


@pytest.mark.parametrize(("text", "people", "absent"), [
    # QA fixA: a judge's title written short was an organisation ("HHJ"); a rank after a surname alone stayed in
    # the name ("Hickman KC"); a rank after a surname the model left out was an organisation and the surname nothing
    # ("Jessica" and "KC" of "Jessica Simor KC added").
    ("The case was heard by HHJ Sarah Whitehouse KC at the Old Bailey. She jailed the man for six years.",
     {"Sarah Whitehouse"}, {"HHJ", "KC"}),
    ("Tom Hickman KC, representing the campaigners, said the policy was unlawful. Mr Hickman KC added that the "
     "minister had ignored advice.", {"Tom Hickman"}, {"Hickman KC", "KC"}),
    ("Jessica Simor KC, for the claimants, told the court that the minister had acted unlawfully. The judge asked "
     "whether the decision could be revisited. Ms Simor said it could not. The hearing continues. Jessica Simor KC "
     "added that the claimants would appeal.", {"Jessica Simor"}, {"KC", "Jessica"}),
    ("Michael Mansfield KC said the inquest had heard evidence of failures. Mansfield KC represented the families.",
     {"Michael Mansfield"}, {"KC"}),
])
def test_counsels_ranks_and_judges_titles_are_no_names(nlp: Language, text: str, people: set, absent: set) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in people} == dict.fromkeys(people, "PERSON"), groups
    assert not absent & set(groups), groups


def test_guard_a_clubs_letters_after_a_dictionary_word_make_no_person(nlp: Language) -> None:
    """Guard (QA fixA): "Sporting" of "Sporting KC" is no surname before a barrister's rank."""
    text = "Sporting KC beat the Galaxy 2-1 on Saturday. Sporting KC coach Peter Vermes said the win was deserved."
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert "Sporting" not in groups and groups.get("Peter Vermes") == "PERSON", groups


def test_guard_a_clubs_letters_after_a_dictionary_words_plural_make_no_person(nlp: Language) -> None:
    """Review guard (nrev2): "Rovers" of "Rovers KC", a plural of the dictionary's, is no surname either (it gave the
    person "Rovers"; before, the organisation "KC")."""
    groups = {g["name"]: g["label"] for g in extract_entities(nlp("Rovers KC won on penalties."), nlp)[1]}
    assert groups.get("Rovers") != "PERSON", groups


def test_a_party_before_a_word_that_is_no_name_leaves_the_organisation(nlp: Language) -> None:
    text = "The Conservative Christian Fellowship met in London. Members of the Independent Grace Church prayed."
    assert _canonical(nlp, text) == []


def test_a_sum_written_as_one_word_is_no_name(nlp: Language) -> None:
    text = "Shares in HSBC rose 3.5% to 885p in London and 2.8% to HK$88.40 in Hong Kong."
    labels = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {"HSBC", "London", "Hong Kong"} <= set(labels), labels
    assert {labels.get("HK$88.40"), labels.get("885p")} <= {None, "MONEY"}, labels


@pytest.mark.parametrize(("text", "name", "acronym"), [
    # The model split the long form in two: the acronym in brackets says it is one name.
    ("The Nigerian Midstream and Downstream Petroleum Regulatory Authority (NMDPRA) said it had not yet reviewed "
     "the claim. The NMDPRA issues import licences.",
     "Nigerian Midstream and Downstream Petroleum Regulatory Authority", "NMDPRA"),
    ("The Department of Industry, Science and Resources (DISR) published the report. DISR said costs rose.",
     "Department of Industry, Science and Resources", "DISR"),
    # An acronym written as a word, in brackets after its long form.
    ("The National Energy Regulator of South Africa (Nersa) said on Monday the increase was fair. Nersa will "
     "publish its reasons.", "National Energy Regulator of South Africa", "Nersa"),
])
def test_an_acronym_in_brackets_joins_its_long_form(nlp: Language, text: str, name: str, acronym: str) -> None:
    mentions, groups = extract_entities(nlp(text), nlp)
    assert [g["name"] for g in groups if g["label"] == "ORG"] == [name]
    assert {m["canonical"] for m in mentions if m["text"] == acronym} == {name}


def test_a_full_stop_the_model_takes_into_a_name_is_no_part_of_it(nlp: Language) -> None:
    # At the text's end, before a line break, the model took "Andrew Pike.\n" for the name; "Vt." keeps its stop.
    text = "Mr Pike denies the charges. Nicola Stanton founded the firm with Andrew Pike.\n"
    assert "Andrew Pike" in {g["name"] for g in enrich(nlp, text)["entity_groups"]}


@pytest.mark.parametrize(("text", "expected"), [
    # The tokenizer took "Z." of "Jay-Z." for an initial: the sentence's stop ended in the name.
    ("She sat in the front row beside Beyonce and Jay-Z.", "Jay-Z"),
    ("The album was produced by Jay-Z. It sold well.", "Jay-Z"),
    # guard: a name of several letters and stops keeps them; an initial keeps its stop.
    ("The show starred Run-D.M.C. and others.", "Run-D.M.C."),
    ("The letter was signed by John F. Kennedy.", "John F. Kennedy"),
])
def test_a_letter_after_a_hyphen_ending_a_name_leaves_the_full_stop_out(nlp: Language, text: str,
                                                                       expected: str) -> None:
    mentions, _ = extract_entities(nlp(text), nlp)
    assert expected in {m["text"] for m in mentions}


def test_a_name_written_before_a_legal_form_is_a_company(nlp: Language) -> None:
    # The model missed "Pfizer Inc" and called "Pfizer" a person.
    text = ("NEW YORK, April 30 (Reuters) - Pfizer Inc said on Tuesday it would cut an additional $1.5 billion in "
            "costs by 2027. Shares of Pfizer rose 3%.")
    assert ("Pfizer", "ORG") in {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}


@pytest.mark.parametrize(("text", "name", "label"), [
    # The model called these companies people; their shares are traded.
    ("Novo Nordisk's obesity drug Wegovy cut heart attacks by 20%, the company said. Shares of Novo Nordisk rose 3%.",
     "Novo Nordisk", "ORG"),
    ("The startup raised $50 million from investors including Tiger Global. Shares in Tiger Global fell.",
     "Tiger Global", "ORG"),
    # People whose shares are theirs, or who share something, stay people.
    ("Shares of Elon Musk's SpaceX are not listed, Elon Musk said.", "Elon Musk", "PERSON"),
    ("Jane Smith shares her story with the BBC on Monday.", "Jane Smith", "PERSON"),
    ("Investors sold shares of Jeff Bezos' Amazon on Monday. Jeff Bezos said he was not worried.", "Jeff Bezos",
     "PERSON"),
    ("Taylor Swift shares hit single from new album. Taylor Swift said she loved it.", "Taylor Swift", "PERSON"),
])
def test_a_name_whose_shares_are_traded_is_a_company(nlp: Language, text: str, name: str, label: str) -> None:
    assert (name, label) in {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}


@pytest.mark.parametrize(("text", "name", "label"), [
    # The model's work of art and organisation: a given name, a surname, and a verb of speech.
    ('Liverpool beat Chelsea 2-1 at Anfield on Sunday. "We were brilliant," Arne Slot said.', "Arne Slot", "PERSON"),
    ("Tyson Fury said he would return to the ring next year.", "Tyson Fury", "PERSON"),
    # A surname that is a given name too, where "he" says what the speaker would do (an organisation to the model).
    ("Carwyn Jones said he would stand for the seat.", "Carwyn Jones", "PERSON"),
    # Companies named so stay companies: a company's word, a plural, an article, a place first.
    ("Tyson Foods said profit fell in the quarter.", "Tyson Foods", "ORG"),
    # Guard: a firm named by two given names says what "it" would do.
    ("Morgan Stanley said it would cut 2,000 jobs.", "Morgan Stanley", "ORG"),
    # The model's building after an inverted verb of speech; a building's last word no surname stays no person.
    ("A new story about Airbus in Toulouse, said Guillaume Faury on Monday.", "Guillaume Faury", "PERSON"),
    ("Alexandra Palace said it would reopen in May.", "Alexandra Palace", "ORG"),
    # Guard: the model's building whose last word names a place's kind ("park"), though also a surname.
    ("Stanley Park said it would close the trails after the storm.", "Stanley Park", "FAC"),
    ("Martha Stewart Living said it had agreed to a sale.", "Martha Stewart Living", "ORG"),
    ("The Red Sox said last week that they are not going to be a factor.", "Red Sox", "ORG"),
])
def test_a_speaker_named_like_a_person_is_a_person(nlp: Language, text: str, name: str, label: str) -> None:
    assert (name, label) in {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}


@pytest.mark.parametrize(("text", "name", "label"), [
    # The model's works of art right after a quotation: its speaker, whose name opens with a given name.
    ('"We will not give up," Mirza Fakhrul Islam Alamgir told reporters in Dhaka on Saturday.',
     "Mirza Fakhrul Islam Alamgir", "PERSON"),
    ('"We will fight on," Tarique Rahman told supporters in Dhaka.', "Tarique Rahman", "PERSON"),
    # qa1: a Korean given name written with a hyphen ("Young-hyun") failed the test of title-cased words.
    ('Samsung apologised for weak results. "We are sorry for causing concerns," Jun Young-hyun, head of the device '
     'solutions division, said in a rare statement.', "Jun Young-hyun", "PERSON"),
])
def test_a_speaker_after_a_quotation_is_no_work(nlp: Language, text: str, name: str, label: str) -> None:
    """Closing notes: the speaker of '"...," Mirza Fakhrul Islam Alamgir told reporters' was a work of art."""
    assert (name, label) in {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}


@pytest.mark.parametrize(("text", "name", "label"), [
    # A double given name set off by commas after a post (an organisation to the model: the hyphen failed the test).
    ("Kazakhstan's president, Kassym-Jomart Tokayev, said the reforms would continue.", "Kassym-Jomart Tokayev",
     "PERSON"),
    # Guard: a firm so named after a post stays a firm.
    ("The group's chairman, Rolls-Royce Holdings, said nothing.", "Rolls-Royce Holdings", "ORG"),
])
def test_a_double_given_name_after_a_post_is_a_person(nlp: Language, text: str, name: str, label: str) -> None:
    assert (name, label) in {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}


def test_a_surname_the_lemmatizer_lists_as_a_noun_before_said_is_a_persons(nlp: Language) -> None:
    # Known wrong (fixA): the model found nothing; "schnabel" is a noun to the lemmatizer.
    assert ("Isabel Schnabel", "PERSON") in {(g["name"], g["label"])
                                             for g in extract_entities(nlp("Isabel Schnabel said inflation was too "
                                                                           "high."), nlp)[1]}


@pytest.mark.parametrize(("text", "surname_at", "expected"), [
    ("Isabel Schnabel said inflation was too high.", 1, True),
    # Guards: a building's last word, a word the text writes in lower case, no verb of speech right after.
    ("Victoria Station said trains were late.", 1, False),
    ("Rose Garden said the garden would close.", 1, False),
    ("Ivy Restaurant said bookings were full.", 1, False),  # a firm's noun
    ("Isabel Schnabel spoke on Monday.", 1, False),
])
def test_a_surname_before_speech_guard(nlp: Language, text: str, surname_at: int, expected: bool) -> None:
    doc = nlp(text)
    assert _surname_before_speech(doc, doc[0], surname_at) is expected


def test_a_title_with_a_hyphenated_word_after_a_quotation_stays_a_work_guard(nlp: Language) -> None:
    """Guard: a hyphen in lower case after a word that is no given name keeps the rule off ("Anti-war")."""
    text = '"It is a disaster," Anti-war Coalition said of the ruling on Monday.'
    assert ("Anti-war Coalition", "PERSON") not in {(g["name"], g["label"])
                                                    for g in extract_entities(nlp(text), nlp)[1]}


def test_a_speaker_after_a_quotation_is_no_work_guard(nlp: Language) -> None:
    """A body named by words, no given name first, is no person where the model calls it a work."""
    text = '"It is a disaster," Human Rights Watch said of the ruling on Monday.'
    assert ("Human Rights Watch", "PERSON") not in {(g["name"], g["label"])
                                                    for g in extract_entities(nlp(text), nlp)[1]}


def test_an_abbreviated_rank_is_no_name_nor_part_of_a_number(nlp: Language) -> None:
    # "Ward 5 Ald" was a product, "Chicago Police Supt" an organisation, "Atty" a person.
    text = ("The council voted 30-20. Ward 5 Ald. Lakeisha Purchase, who voted against, said the plan was rushed. "
            "Chicago Police Supt. Larry Snelling agreed, as did Atty. Mark Reed.")
    names = {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert {("Lakeisha Purchase", "PERSON"), ("Larry Snelling", "PERSON"), ("Mark Reed", "PERSON"),
            ("5", "CARDINAL")} <= names
    assert not {name for name, _ in names if any(rank in name for rank in ("Ald", "Supt", "Atty"))}


@pytest.mark.parametrize(("text", "name"), [
    # QA qa1 (Nigerian copy): a police rank written short was kept in the person's name ("SP Abdullahi Kiyawa").
    ("Police in Kano arrested 23 suspects, the state police command's spokesman, SP Abdullahi Kiyawa, said.",
     "Abdullahi Kiyawa"),
    ("ACP Olumuyiwa Adejobi, the Force police spokesman, said the officers had been detained.", "Olumuyiwa Adejobi"),
    # Review (nrev2, Indian copy): the district's part written after the rank ("City Vineet Bhatnagar" before).
    ("Police said SP City Vineet Bhatnagar reached the spot with a team.", "Vineet Bhatnagar"),
])
def test_a_police_rank_written_short_is_no_part_of_the_name(nlp: Language, text: str, name: str) -> None:
    names = {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert (name, "PERSON") in names and not any(n.startswith(("SP ", "ACP ")) for n, _ in names), names


@pytest.mark.parametrize(("text", "name"), [
    # Guard: the letters of a firm's name, and the letters where the text is not about the police.
    ("SP Setia Berhad shares rose 3% in Kuala Lumpur after police cleared the site.", "SP Setia Berhad"),
    ("SP Energy Networks said power was restored.", "SP Energy Networks"),
])
def test_letters_of_a_rank_in_a_firms_name_stay_guard(nlp: Language, text: str, name: str) -> None:
    names = {g["name"] for g in extract_entities(nlp(text), nlp)[1]}
    assert name in names, names


@pytest.mark.parametrize(("text", "name"), [
    # QA qa1 (South African and Bangladeshi copy): names the model does not know, after a person's title, were bodies.
    ("Cape Town Mayor Geordin Hill-Lewis said the city would spend R10.5 billion on water.", "Geordin Hill-Lewis"),
    ("Inflation hit 11.66 percent in July, the central bank's spokesperson Husneara Shikha said.", "Husneara Shikha"),
])
def test_an_unknown_name_after_a_persons_title_is_a_person(nlp: Language, text: str, name: str) -> None:
    names = {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert (name, "PERSON") in names, names


@pytest.mark.parametrize(("text", "name"), [
    # Guard: a known body, a club, after a title stays a body.
    ("A statement from its spokesman Human Rights Watch said the arrests were unlawful.", "Human Rights Watch"),
    ("The deal was signed by chairman Manchester United last week.", "Manchester United"),
])
def test_a_known_body_after_a_persons_title_stays_a_body_guard(nlp: Language, text: str, name: str) -> None:
    names = {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert (name, "ORG") in names, names


def test_a_bodys_name_ending_at_vice_takes_the_office_after_it(nlp: Language) -> None:
    """QA qa1 (Philippine copy): "the Office of the Vice President" was cut to "Office of the Vice"."""
    text = "The senator questioned the funds spent by the Office of the Vice President in 2022."
    names = {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert ("Office of the Vice President", "ORG") in names, names


def test_an_office_the_model_took_for_a_work_is_no_name(nlp: Language) -> None:
    """QA qa1 (Nigerian copy): "the Minister of Power" before the minister's name was a work of art."""
    text = ('"We have no plans to increase electricity tariffs this year," the Minister of Power, Adebayo Adelabu, '
            "told journalists in Ibadan on Sunday.")
    names = {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert not any(label == "WORK_OF_ART" for _, label in names) and ("Adebayo Adelabu", "PERSON") in names, names


def test_a_quoted_work_named_by_an_office_stays_guard(nlp: Language) -> None:
    """Guard: a title in quotation marks that opens with an office is the work it was."""
    text = 'Graham Greene wrote "The Minister of Fear" in 1943, a reviewer said.'
    names = {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert ("The Minister of Fear", "WORK_OF_ART") in names, names


def test_a_known_place_with_a_number_after_it_stays_a_place(nlp: Language) -> None:
    text = "The delegates split: Texas, 38, went for Smith, and Ohio, 44, went for Jones on Tuesday."
    labels = {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert ("Texas", "GPE") in labels and ("Ohio", "GPE") in labels


def test_a_teams_points_are_no_age_and_a_surnames_age_keeps_it_with_the_full_name(nlp: Language) -> None:
    text = ("Liverpool, 82, are top of the table. A jury returned a verdict for Andrew Lopez on Monday. Lopez, 20, "
            "faces life in prison. The trial of Lopez and Carrasquillo lasted a week. Lopez said nothing.")
    groups = extract_entities(nlp(text), nlp)[1]
    assert ("Liverpool", "PERSON") not in {(g["name"], g["label"]) for g in groups}
    assert "Lopez" not in {g["name"] for g in groups}  # its own person, no longer Andrew Lopez's surname


def test_a_county_before_its_officer_is_a_place(nlp: Language) -> None:
    # "Wayne County" was a person (a given name first), "Cook County State" a building.
    text = ("Wayne County Prosecutor Kym Worthy announced the charges on Friday. Cook County State's Attorney Kim Foxx "
            "said she agreed.")
    labels = {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert {("Wayne County", "GPE"), ("Cook County", "GPE"), ("Kym Worthy", "PERSON"), ("Kim Foxx", "PERSON")} <= labels


@pytest.mark.parametrize(("text", "present", "absent"), [
    # An abbreviated rank alone is no name, whatever the model calls it ("Rear Adm." an organisation, "Brig." a place).
    ('"We struck 40 targets," IDF spokesman Rear Adm. Daniel Hagari said. Brig. Gen. Paul Roe agreed.',
     {("Daniel Hagari", "PERSON"), ("Paul Roe", "PERSON")}, {"Rear Adm.", "Brig.", "Brig. Gen."}),
    # A sheriff's or trooper's office is no part of the name.
    ('"He was a danger," Sheriff Ed Gonzalez said. Trooper Mark Lewis agreed.',
     {("Ed Gonzalez", "PERSON"), ("Mark Lewis", "PERSON")}, {"Sheriff Ed Gonzalez", "Trooper Mark Lewis"}),
    # A storm's category is no group of people.
    ("The hurricane made landfall as a Category 3 storm near Tampa on Wednesday.", {("Tampa", "GPE")}, {"Category"}),
    # Nor with its number, the model's group "Category 3".
    ("Hurricane Milton made landfall near Siesta Key, Florida, late on Wednesday as a Category 3 storm with maximum "
     "sustained winds of 120mph.", {("Florida", "GPE")}, {"Category 3", "Category"}),
    # An aircraft's version after its model number is no person.
    ("The company is producing about 25 of its 737 Max jets a month.", set(), {"Max"}),
    # A letter's "Dear" and the honorific after it are no organisation, and no part of the name after them.
    ("Dear Mr President, we write to you about the war.", set(), {"Dear Mr", "Mr", "Dear"}),
    ("Dear Dr Patel, thank you for your letter about the hospital in Leeds.", {("Patel", "PERSON")},
     {"Dear Dr Patel", "Dear"}),
    # guard: a musical's name that opens with "Dear" before a given name keeps its name
    ("Dear Evan Hansen returns to the West End next year.", {("Evan Hansen", "PERSON")}, set()),
    # The agency in a dateline's brackets is an organisation, there and after.
    ("AUSTIN, Texas (Bloomberg) -- Retail sales rose 0.4% in March, more than economists surveyed by Bloomberg "
     "expected.", {("Bloomberg", "ORG")}, set()),
])
def test_ranks_categories_and_agencies(nlp: Language, text: str, present: set, absent: set) -> None:
    groups = extract_entities(nlp(text), nlp)[1]
    assert present <= {(g["name"], g["label"]) for g in groups} and not absent & {g["name"] for g in groups}


@pytest.mark.parametrize(("text", "name", "absent"), [
    # The particle of a name is no number once the name takes it in ("ten" was a number of its own).
    ("Manchester United have sacked manager Erik ten Hag after a poor start to the season.", "Erik ten Hag",
     {"ten"}),
    # A capitalised "Al" that the model split off with the surname goes on the name.
    ("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said talks would continue.",
     "Sheikh Mohammed bin Abdulrahman Al Thani", {"Al Thani"}),
])
def test_a_name_goes_on_over_its_particles(nlp: Language, text: str, name: str, absent: set) -> None:
    found = {g["name"] for g in extract_entities(nlp(text), nlp)[1]}
    assert name in found and not absent & found


@pytest.mark.parametrize("text", [
    "Ursula von der Leyen spoke in Brussels. French President Emmanuel Macron congratulated von der Leyen on X.",
    "Ursula von der Leyen spoke in Brussels. Later von der Leyen said she was pleased.",
])
def test_a_surname_written_alone_keeps_its_particles(nlp: Language, text: str) -> None:
    mentions, groups = extract_entities(nlp(text), nlp)
    assert [m["text"] for m in mentions if m["label"] == "PERSON"][-1] == "von der Leyen"
    assert [(g["name"], g["mentions"]) for g in groups if g["label"] == "PERSON"][0] == ("Ursula von der Leyen", 2)


@pytest.mark.parametrize(("text", "surname", "canonical"), [
    # QA fixA (European politics): a surname the model left unnamed after an honorific lost its particles ("Villepin",
    # "Torre").
    ("The former French prime minister Dominique de Villepin has announced a new party. Mr de Villepin said France "
     "needed a voice for peace.", "de Villepin", "Dominique de Villepin"),
    ("Ana de la Torre said the bill would be passed before summer. Ms de la Torre added that the opposition was "
     "wrong.", "de la Torre", "de la Torre"),
])
def test_a_surname_found_again_keeps_its_particles(nlp: Language, text: str, surname: str, canonical: str) -> None:
    mentions, _ = extract_entities(nlp(text), nlp)
    people = [(m["text"], m["canonical"]) for m in mentions if m["label"] == "PERSON"]
    assert (surname, canonical) in people and not [t for t, _ in people if t == surname.split()[-1]], people


@pytest.mark.parametrize(("text", "surname"), [
    # Guards: a particle in lower case that ends no name of the text stays out; a name with no particle as before.
    ("Dominique Villepin spoke first. The city de Villepin was named after him.", "Villepin"),
    ("Maria Santos spoke in Lisbon. The coach of Santos said the club would appeal.", "Santos"),
])
def test_a_surname_found_again_without_particles_stays_guard(nlp: Language, text: str, surname: str) -> None:
    mentions, _ = extract_entities(nlp(text), nlp)
    assert surname in [m["text"] for m in mentions]


@pytest.mark.parametrize(("text", "name", "label"), [
    # A plural verb after a "person": a team ("Manchester United" and "Aston Villa" were people).
    ("Manchester United have sacked manager Erik ten Hag after a poor start to the season.", "Manchester United",
     "ORG"),
    ("Aston Villa were beaten 2-0 by Arsenal on Saturday.", "Aston Villa", "ORG"),
    # A wish, several people, an object of a preposition: people still.
    ("Can you imagine if Donald Trump were a woman? Donald Trump said he could not.", "Donald Trump", "PERSON"),
    ("Both Democrat Hillary Clinton and Republican Donald Trump are contesting Ohio.", "Donald Trump", "PERSON"),
    # Questions and wishes give a person "have" and "were" too.
    ("Does Trump have a plan for Ukraine? Trump has promised to end the war within a day.", "Trump", "PERSON"),
    ("If only Biden were younger, Democrats say. Biden is 81.", "Biden", "PERSON"),
])
def test_a_person_with_a_plural_verb_is_a_team(nlp: Language, text: str, name: str, label: str) -> None:
    assert (name, label) in {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}


@pytest.mark.parametrize(("text", "name"), [
    ('Sean "Diddy" Combs was found guilty on two counts on Wednesday. Combs, 55, will be sentenced in October.',
     'Sean "Diddy" Combs'),  # was "Sean", a group, and 'Diddy" Combs', a work
    ("Walter “Sonny” Briggs, a retired bus driver, died on Sunday. Briggs was 88.", "Walter “Sonny” Briggs"),
    # The rest of a hyphenated given name after the nickname; the nickname alone is the same person.
    ('Mid laner Jeong "Chovy" Ji-hoon was named MVP. "I waited a long time," Chovy said.',
     'Jeong "Chovy" Ji-hoon'),
])
def test_a_nickname_in_quotes_is_part_of_the_name(nlp: Language, text: str, name: str) -> None:
    groups = extract_entities(nlp(text), nlp)[1]
    assert [(g["name"], g["label"], g["mentions"]) for g in groups if g["label"] == "PERSON"] == [(name, "PERSON", 2)]


def test_a_name_run_into_quoted_words_is_the_quoted_words(nlp: Language) -> None:
    # The model's organisation was 'Pacific "Ring of Fire', a stray quotation mark inside.
    texts = {m["text"] for m in enrich(nlp, 'Indonesia sits on the Pacific "Ring of Fire" and has frequent quakes.')[
        "entities"]}
    assert "Ring of Fire" in texts and not any('"' in t for t in texts)


def test_a_name_inside_a_songs_title_is_no_person(nlp: Language) -> None:
    text = 'The Killers opened with "Mr. Brightside". Brandon Flowers sang "Mr. Brightside" twice.'
    people = {m["text"] for m in enrich(nlp, text)["entities"] if m["label"] == "PERSON"}
    assert people == {"Brandon Flowers"}


def test_a_headlines_quoted_words_after_a_name_are_no_nickname(nlp: Language) -> None:
    text = ("Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments.\n\nNew Jersey Gov. Chris "
            "Christie said Hillary Clinton was wrong, and Clinton's campaign said he was.")
    names = {g["name"] for g in extract_entities(nlp(text), nlp)[1]}
    assert "Hillary Clinton" in names and not [name for name in names if "Disgrace" in name]


def test_gaza_is_not_gaza_city(nlp: Language) -> None:
    text = "Gaza's health ministry said 38 people died. Israeli strikes also hit Gaza City on Tuesday."
    names = {g["name"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {"Gaza", "Gaza City"} <= names


def test_a_place_ending_a_companys_name_before_its_legal_form_stays_a_place(nlp: Language) -> None:
    text = "Bank of China Ltd said on Monday its profit rose. China's economy grew 5% last year, and exports rose."
    assert ("China", "GPE") in {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}


@pytest.mark.parametrize(("text", "name", "label"), [
    ("NASA: The agency said the launch would go ahead on Friday. NASA officials met in Houston to review the weather "
     "forecast.", "NASA", "ORG"),
])
def test_a_colon_after_capitals_is_a_dateline_only_before_a_known_place(nlp: Language, text: str, name: str,
                                                                        label: str) -> None:
    assert (name, label) in {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}


@pytest.mark.parametrize(("text", "names", "absent"), [
    # A legal form after a comma is no name of its own; the model's "LLC" alone, its name left out, is none.
    ("Tesla, Inc. said on Wednesday that deliveries rose 5% in the quarter. Tesla shares rose.", {"Tesla"},
     {"Inc.", "Tesla, Inc."}),
    ("Helion Robotics, LLC today announced financial results for its third quarter.", set(), {"LLC"}),
    # An ordinal naming a unit stays in its name: two divisions, not one "Airborne Division".
    ("Soldiers from the 82nd Airborne Division and the 101st Airborne Division arrived in Romania on Friday.",
     {"82nd Airborne Division", "101st Airborne Division"}, {"Airborne Division"}),
])
def test_legal_forms_after_a_comma_and_ordinals_before_a_unit(nlp: Language, text: str, names: set,
                                                               absent: set) -> None:
    found = {g["name"] for g in extract_entities(nlp(text), nlp)[1]}
    assert names <= found and not absent & found


@pytest.mark.parametrize("text, names, absent", [
    ("The government said on Monday it would sell Channel 4, the publicly owned broadcaster. The plan was first "
     "reported by BBC Radio 4's Today programme.", {"Channel 4", "BBC Radio 4"}, {"Channel", "BBC Radio"}),
    ("The boy, a pupil at Intermediate School 285 in Brooklyn, was taken to hospital.", {"Intermediate School 285"},
     {"Intermediate School"}),
    # QA "qa1" (strikes): a union's branch by its number ("Transport Workers Union Local" was cut before it).
    ("The Transport Workers Union Local 100 threatened a strike on New York City buses.",
     {"Transport Workers Union Local 100"}, {"Transport Workers Union Local"}),
    # A number after any other name is no part of it: a score between two teams, a player's rating.
    ("Haitai 2 Samsung 1 in Seoul on Sunday.", set(), {"Haitai 2", "Samsung 1", "Haitai 2 Samsung 1"}),
    # Guard: "local" in lower case names no branch.
    ("The local 100 members of the union met on Monday.", set(), {"local 100"}),
])
def test_a_number_stays_in_a_numbered_name(nlp: Language, text: str, names: set, absent: set) -> None:
    found = {g["name"] for g in extract_entities(nlp(text), nlp)[1]}
    assert names <= found and not absent & found


@pytest.mark.parametrize("text, names, absent", [
    ('Secretary of Defense Lloyd Austin said on Friday that the US would send more troops. "This is necessary," '
     "Austin said.", {"Lloyd Austin"}, {"Defense Lloyd Austin", "Defense"}),
    ("Secretary of State Antony Blinken arrived in Cairo on Monday.", {"Antony Blinken"}, {"State"}),
    ("Britain's Secretary of State for Health Wes Streeting said the NHS was broken.", {"Wes Streeting", "NHS"},
     {"State"}),
    # Known wrong (qa1): an inspector's portfolio and a treasurer alone were organisations.
    ("The Chief Inspector of Prisons said conditions at the jail were appalling.", set(), {"Prisons"}),
    ("Papua New Guinea's Treasurer said the budget would return to surplus.", {"Papua New Guinea"}, {"Treasurer"}),
    # Guard: the inspectorate, a body, keeps its name; a name after the office stays a person.
    ("HM Chief Inspector of Prisons Charlie Taylor said the jail was unsafe.", {"Charlie Taylor"}, {"Prisons"}),
    ("His Majesty's Inspectorate of Constabulary said police had failed victims.", {"Inspectorate of Constabulary"},
     {"Constabulary"}),
    ("Treasurer Jim Chalmers said inflation was easing.", {"Jim Chalmers"}, {"Treasurer"}),
])
def test_an_offices_portfolio_is_no_organisation(nlp: Language, text: str, names: set, absent: set) -> None:
    groups = extract_entities(nlp(text), nlp)[1]
    found = {g["name"] for g in groups}
    assert names <= found and not absent & found
    assert all(g["label"] == "PERSON" for g in groups
               if g["name"] in names - {"NHS", "Papua New Guinea", "Inspectorate of Constabulary"})


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (fixA): an office that is no one's surname stayed in the name of a surname alone after it.
    ("Deputy Treasurer Smith told reporters the budget was balanced.", {"Smith": "PERSON"}),
    ("Councillor Smith said the budget was balanced. Cllr Jones disagreed.", {"Smith": "PERSON", "Jones": "PERSON"}),
    ("The state's Treasurer Mookhey said the budget was balanced.", {"Mookhey": "PERSON"}),
    # Guards: the office alone names no one, a full name is cut as before.
    ("The Treasurer said the budget was balanced.", {"Treasurer": None}),
    ("Treasurer Jim Chalmers said inflation was easing.", {"Jim Chalmers": "PERSON"}),
])
def test_an_office_no_one_is_named_is_cut_off_a_lone_surname(nlp: Language, text: str, expected: dict) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "person", "office"), [
    # Known wrong (fixA): the office's words before "Prosecutor" or "Defender" were an organisation.
    ("European Public Prosecutor Laura Kovesi said the fraud cost billions.", "Laura Kovesi", "European Public"),
    ("Federal Public Defender Jane Smith said her client was innocent.", "Jane Smith", "Federal Public"),
])
def test_a_public_offices_first_words_are_no_organisation(nlp: Language, text: str, person: str,
                                                          office: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(person) == "PERSON" and office not in found, found


def test_a_public_offices_body_keeps_its_name_guard(nlp: Language) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, "The European Public Prosecutor's Office opened a case on "
                                                        "Monday.")["entities"]}
    assert found.get("European Public Prosecutor's Office") == "ORG", found


@pytest.mark.parametrize("text, company, ticker", [
    ("Shares of Strategy (MSTR) fell 3% on Monday after the company bought more bitcoin.", "Strategy", "MSTR"),
    ("Apple Inc. (NASDAQ: AAPL) today announced financial results for its fourth quarter.", "Apple Inc.", "AAPL"),
    ("Reliance Industries (RELI.NS) said on Friday its profit rose 10%.", "Reliance Industries", "RELI.NS"),
    ("Pfizer (PFE.N) rose 2% on Tuesday.", "Pfizer", "PFE.N"),  # the model's person
    # A code in digits with its market's suffix (closing notes: "2330.TW" was a cardinal).
    ("Shares of TSMC (2330.TW) rose 3% in Taipei on Thursday.", "TSMC", "2330.TW"),
    # The legal form after a comma is no company of its own (was "Inc.", with the ticker).
    ("Acme Robotics, Inc. (NYSE: ACRB) today announced financial results for its third quarter.", "Acme Robotics",
     "ACRB"),
])
def test_a_bracketed_ticker_is_its_companys_name(nlp: Language, text: str, company: str, ticker: str) -> None:
    mentions, groups = extract_entities(nlp(text), nlp)
    found = [m for m in mentions if m["text"] == ticker]
    assert found and found[0]["canonical"] == company and found[0]["label"] == "ORG"
    assert ticker not in {g["name"] for g in groups} and "Inc." not in {g["name"] for g in groups}


def test_a_number_in_brackets_is_no_ticker_guard(nlp: Language) -> None:
    """Guard: a bare number or a share in brackets stays a number."""
    mentions, _ = extract_entities(nlp("The firm sold 2,330 units (1,200 in Taiwan) as the index rose (2.5%)."), nlp)
    assert {(m["text"], m["label"]) for m in mentions} >= {("1,200", "CARDINAL"), ("2.5%", "PERCENT")}, mentions


def test_a_country_or_agency_in_brackets_is_no_ticker(nlp: Language) -> None:
    mentions, _ = extract_entities(nlp("Amnesty International (UK) said on Monday the law was unjust."), nlp)
    assert {m["canonical"] for m in mentions if m["text"] == "UK"} <= {"UK"}


def test_the_hero_before_a_verb_is_still_named_guard(nlp: Language) -> None:
    """Guard (qa2): "Achilles" before a verb, no body part's noun, keeps the model's name."""
    groups = extract_entities(nlp("In the Iliad, Achilles kills Hector outside the walls of Troy."), nlp)[1]
    assert "Achilles" in {g["name"] for g in groups}, groups


@pytest.mark.parametrize("text, people, absent", [
    # An age after a name makes it a person's.
    ("Kemal Arslan, a 61-year-old shopkeeper, said he ran into the street.", {"Kemal Arslan"}, set()),
    # A counsel's rank after their name is no part of it, nor an organisation's.
    ("His barrister, Eleanor Price KC, said the sentence was too harsh. Paul Erokoro SAN told the court his client "
     "was innocent.", {"Eleanor Price", "Paul Erokoro"}, {"Eleanor Price KC", "Paul Erokoro SAN"}),
    # A post after a name ("president of"), a lower-case role and a given name before it: a person's.
    ('"Galaxy AI is a new era of mobile," TM Roh, president of Samsung\'s mobile business, said at the launch.',
     {"TM Roh"}, set()),
    ('"This funding will help us expand," chief executive Olugbenga Agboola said in an interview.',
     {"Olugbenga Agboola"}, {"Agboola"}),
    # A post that ends the apposition after initials and a surname.
    ('"We have delivered our eighth consecutive quarter of growth," said P.B. Balaji, group chief financial officer.',
     {"P.B. Balaji"}, set()),
    # A plural of people before a name is no part of it.
    ("ABC election analyst Antony Green said the result was clear. Independents Alex Greenwich and Joe McGirr were "
     "both re-elected.", {"Antony Green", "Alex Greenwich", "Joe McGirr"}, {"Independents Alex Greenwich"}),
    # A disease named after a place or a person names neither.
    ("Nigeria has recorded 120 deaths from Lassa fever this year. Cases of Lassa fever rose in Edo state.", set(),
     {"Lassa"}),
    # QA qa1: a genus before its species' word names no one ("Homo" was an organisation).
    ("The fossils show that Homo sapiens reached Europe earlier than thought, said Chris Stringer.", {"Chris Stringer"},
     {"Homo"}),
    ("Dengue is spread by the Aedes aegypti mosquito, said Dr Maria Lopez.", {"Maria Lopez"}, {"Aedes"}),
    # Guard: a species' word in capitals opening a name is the person's.
    ("Rex Tillerson said the deal was done.", {"Rex Tillerson"}, set()),
    # QA qa2 (NFL, NBA): a body part named after a hero names no one ("Achilles" was a place).
    ("The 35-year-old quarterback is coming off a torn Achilles tendon, coach Raheem Morris said.",
     {"Raheem Morris"}, {"Achilles"}),
    ("Kevin Durant missed the season with an Achilles injury, said Steve Nash.", {"Kevin Durant", "Steve Nash"},
     {"Achilles"}),
])
def test_ages_ranks_and_diseases_after_names(nlp: Language, text: str, people: set, absent: set) -> None:
    groups = extract_entities(nlp(text), nlp)[1]
    assert people <= {g["name"] for g in groups if g["label"] == "PERSON"}
    assert not absent & {g["name"] for g in groups}


@pytest.mark.parametrize(("text", "name", "label"), [
    # rev1: an acronym or a people's word before a species' word that is also a disease's or a coin's stays (both
    # were dropped as a genus).
    ("GSK tuberculosis vaccine candidate M72 entered a large trial in South Africa.", "GSK", "ORG"),
    ("The Roman aureus minted under Brutus sold for 3.2 million pounds at auction in London.", "Roman", "NORP"),
])
def test_a_firm_or_a_people_before_a_species_word_is_no_genus(nlp: Language, text: str, name: str,
                                                              label: str) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get(name) == label, groups


def test_an_index_takes_its_number_in(nlp: Language) -> None:
    mentions, groups = extract_entities(nlp("The FTSE 100 rose 0.5% on Monday as miners gained."), nlp)
    assert "FTSE 100" in {g["name"] for g in groups}
    assert not [m for m in mentions if m["text"] == "100"]


def test_a_persons_firm_is_an_organisation_and_a_legal_forms_stop_ends_it(nlp: Language) -> None:
    text = ('"The data are clear," said Lisa Chen of Morningstar. A partner at Lagos-based Ventures Platform agreed. '
            "Samsung kept the top spot, according to data from International Data Corp. Samsung shipped 226.6 million "
            "phones in 2023, IDC said.")
    groups = {g["name"]: g for g in extract_entities(nlp(text), nlp)[1]}
    assert groups["Lisa Chen"]["label"] == "PERSON"
    assert groups["Morningstar"]["label"] == "ORG" and groups["Ventures Platform"]["label"] == "ORG"
    assert groups["International Data Corp."]["mentions"] == 2  # with "IDC"
    assert groups["Samsung"]["mentions"] == 2


def test_a_states_abbreviation_is_the_state(nlp: Language) -> None:
    text = ("CUPERTINO, Calif. (AP) - Apple said on Monday it would build a plant in Texas. California officials were "
            "disappointed.\n\nTAMPA, Fla. - Hurricane Milton hit on Wednesday.")
    groups = {g["name"]: g for g in extract_entities(nlp(text), nlp)[1]}
    assert groups["California"]["mentions"] == 2 and groups["California"]["label"] == "GPE"
    assert "Florida" in groups and not {"Calif.", "Fla."} & set(groups)


def test_a_persons_possession_an_acronym_with_an_ampersand_and_a_bills_number(nlp: Language) -> None:
    text = ("Shares in BT, which is owned by French billionaire Patrick Drahi's Altice UK, fell. Elon Musk's SpaceX "
            "launched a rocket. Johnson & Johnson (J&J) said J&J would appeal. The Senate passed Senate Bill 8.")
    groups = {g["name"]: g for g in extract_entities(nlp(text), nlp)[1]}
    assert groups["Patrick Drahi"]["label"] == "PERSON" and groups["Altice UK"]["label"] == "ORG"
    assert groups["Elon Musk"]["label"] == "PERSON" and groups["SpaceX"]["label"] == "ORG"
    assert groups["Johnson & Johnson"]["mentions"] == 3 and "J&J" not in groups
    assert "Bill" not in groups


def test_a_described_person_the_model_missed(nlp: Language) -> None:
    text = ('LOS ANGELES (AP) - Eleanor Vance, the British-born actress who won an Academy Award for her role in "The '
            'Quiet Harbour," has died.')
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get("Eleanor Vance") == "PERSON"


def test_a_counts_span_ends_at_its_number_and_a_hedge_alone_is_none(nlp: Language) -> None:
    text = ("The RBI said foreign exchange reserves fell by $5.7 billion to $634.6 billion in the week. Heavy rain is "
            "expected and up to 80 mm of rain was forecast for Mumbai on Friday. Dozens of homes flooded in May.")
    texts = {m["text"] for m in extract_entities(nlp(text), nlp)[0]}
    assert "$5.7 billion" in texts and "$5.7 billion to" not in texts
    assert "up to" not in texts
    assert {"Dozens", "May"} <= texts


def test_an_organisation_named_after_its_place_is_one_name(nlp: Language) -> None:
    text = "The Central Bank of Kenya kept its rate at 12%. The Central Bank of Nigeria said inflation eased."
    groups = {g["name"]: g for g in extract_entities(nlp(text), nlp)[1]}
    assert groups["Central Bank of Kenya"]["mentions"] == 1 and groups["Central Bank of Nigeria"]["mentions"] == 1
    assert "Kenya" not in groups


@pytest.mark.parametrize("text, name, label", [
    # What the rules above must leave alone: a place or an institution described, a count list, a club, a firm's
    # virus, a state in brackets, a shop's possessive, another company's initials, a club's "F.C.".
    ("Rep. Nick Rahall of West Virginia, the chairman of the House Natural Resources Committee, objected.",
     "West Virginia", "GPE"),
    ("Royal Mail, a 508-year-old institution, was sold to Daniel Kretinsky.", "Royal Mail", "ORG"),
    ("Singer Lewis Capaldi of Glasgow, said the tour was over.", "Glasgow", "GPE"),
    ("Police identified the victim as LuAnn Marie Johnson of Burnsville.", "Burnsville", "*"),  # a hometown: no firm
    ("Real Madrid have won the Champions League 14 times.", "Champions League", None),
    ("Orlando City SC beat Columbus Crew SC 2-1 on Saturday.", "Orlando City SC", "ORG"),
    ("Pfizer's virus vaccine was approved on Monday, Pfizer said.", "Pfizer", "*"),  # whatever the model's label
    ("Acme Corp (NJ) said its NJ plant in Newark would close.", "Acme Corp", "ORG"),
    ("Ford Motor Co. cut 3,000 jobs. Chemicals maker FMC said its profit rose.", "FMC", "ORG"),
    ("SEATTLE, Wash. - Lawmakers met on Monday. George Washington was the first president.", "George Washington",
     "PERSON"),
    ("A woman was struck outside the Bloomington Sam's Club on Wednesday night.", "Bloomington Sam's Club", "ORG"),
    ("Taylor Swift fever gripped the city as Taylor Swift played three nights.", "Taylor Swift", "*"),
])
def test_what_the_rules_on_names_leave_alone(nlp: Language, text: str, name: str, label: str | None) -> None:
    groups = extract_entities(nlp(text), nlp)[1]
    found = {g["name"]: g for g in groups}
    if label is None:
        assert not [g for g in groups if g["name"].startswith(name) and g["name"] != name], groups
        return
    assert name in found and label in ("*", found[name]["label"]), groups
    assert name != "Burnsville" or found[name]["label"] != "ORG"
    if name == "Acme Corp":
        assert found[name]["mentions"] == 1


def test_a_models_variant_is_another_product_and_no_surname(nlp: Language) -> None:
    text = ("Samsung Electronics on Wednesday launched the Galaxy S25, a new flagship phone. The Galaxy S25 starts at "
            "$799. Samsung also teased the Galaxy S25 Edge, a thinner model.")
    names = [g["name"] for g in extract_entities(nlp(text), nlp)[1]]
    assert "Galaxy S25" in names and "Galaxy S25 Edge" in names
    text = "Apple's iPhone 16 Pro uses the A18 Pro chip. The A18 Pro is faster than Huawei's chip in the Mate 60 Pro."
    assert "Pro" not in {m["text"] for m in extract_entities(nlp(text), nlp)[0]}


def test_an_office_and_a_surname_are_the_one_person_of_that_surname(nlp: Language) -> None:
    text = ('Cardinal Blase Cupich will retire. Cardinal Cupich, 76, will serve as administrator until a successor is '
            'named. "It has been an honour," Cupich said.')
    groups = extract_entities(nlp(text), nlp)[1]
    assert [(g["name"], g["mentions"]) for g in groups if g["label"] == "PERSON"] == [("Blase Cupich", 3)]


@pytest.mark.parametrize("text, names, not_names", [
    # A verb after the "'s" shows it is the name's own; every mention takes it then.
    ("McDonald's said on Tuesday that sales rose 3%. McDonald's will open 900 restaurants.", ["McDonald's"],
     ["McDonald"]),
    ("Moody's downgraded the bank on Friday. Moody's said debt was rising.", ["Moody's"], []),
    ('Sainsbury\'s and Tesco cut prices. A spokesman for Sainsbury\'s said: "We are committed to value."',
     ["Sainsbury's", "Tesco"], ["Sainsbury"]),
    # A possessive word that begins the name the model started after it.
    ("Kate Lee, chief executive of Alzheimer's Society, said the charity was concerned.", ["Alzheimer's Society"],
     ["Society"]),
    ("She was treated at St Mary's Hospital in London.", ["St Mary's Hospital"], []),
    # A place's head after the "'s" the model ended the name before.
    ("Bethlenfalvy spoke to reporters at Queen's Park on Thursday.", ["Queen's Park"], ["Queen"]),
    # Possessives that stay possessives: of a noun, of a name, a word opening the sentence, "has" shortened.
    ("Apple's shares fell 2%. Google's parent Alphabet said profits rose.", ["Apple", "Alphabet"],
     ["Apple's", "Google's parent Alphabet"]),
    ("Britain's Labour Party won the vote. Biden's Justice Department appealed.",
     ["Labour Party", "Justice Department"], ["Britain's Labour Party", "Biden's Justice Department"]),
    ("Microsoft's got a problem, analysts said.", ["Microsoft"], ["Microsoft's"]),
    ("Microsoft today said it would patch the bug. Microsoft's posted a workaround.", ["Microsoft"], ["Microsoft's"]),
])
def test_an_s_that_is_part_of_a_name_is_kept(nlp: Language, text: str, names: list[str], not_names: list[str]
                                              ) -> None:
    found = {g["name"] for g in extract_entities(nlp(text), nlp)[1]}
    assert set(names) <= found and not set(not_names) & found, found


@pytest.mark.parametrize("text, firm, label", [
    # Firms the model took for a place or a person, told by their shares or by a firm's noun or a job before them.
    ("Shares of Nvidia rose 2% on Monday. Nvidia said demand was strong.", "Nvidia", "ORG"),
    ("Moody's cut the rating. Rival agency Fitch said it was reviewing the outlook.", "Fitch", "ORG"),
    ("Mining company Vale said iron ore output fell.", "Vale", "ORG"),
    ("Demand is slowing, said an analyst at Jefferies in London.", "Jefferies", "ORG"),
    # Left alone: a region's shares, a person after a firm's noun.
    ("Shares in Europe fell on Monday.", "Europe", "LOC"),
    ("Citigroup is the bank Jane Fraser has run since 2021.", "Jane Fraser", "PERSON"),
])
def test_a_firm_is_an_organisation_by_what_is_said_of_it(nlp: Language, text: str, firm: str, label: str) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get(firm) == label, groups


@pytest.mark.parametrize("text, expected", [
    # An obituary: the man it is about, not his son named in full as such.
    ("Harold Brennan, who founded the city's oldest hardware store, died on Sunday. He is survived by his son, "
     "Michael Brennan. \"He knew every customer by name,\" Michael Brennan said. Brennan opened the store in 1958.",
     ["Harold Brennan"]),
    # A relative named in passing before the surname is written alone.
    ("Bill Clinton spoke in Flint for his wife Hillary Clinton. \"It makes no sense,\" Clinton said.",
     ["Bill Clinton"]),
    ("Ted Cruz endorsed Trump on Friday. Trump had attacked his father, Rafael Cruz. \"I will vote for him,\" Cruz "
     "said.", ["Ted Cruz"]),
    # A crime report: the victim, named as the suspect's mother, and the suspect; "Ms." tells her apart.
    ("Police identified the victim as Katherine Gomes, mother of the suspect. Gary Gomes, 35, was arrested. Gomes "
     "was charged with murder. Ms. Gomes was the tenant.", ["Gary Gomes", "Katherine Gomes"]),
])
def test_a_surname_shared_by_relatives_is_the_one_not_named_as_a_relative(nlp: Language, text: str,
                                                                           expected: list[str]) -> None:
    mentions = extract_entities(nlp(text), nlp)[0]
    surname = expected[0].split()[-1]
    assert [m["canonical"] for m in mentions_of(mentions, surname)] == expected, mentions


def test_a_name_with_middle_initials_is_the_name_without_them(nlp: Language) -> None:
    text = "Donald J. Trump said on Monday that he would win. Donald Trump has never lost, Trump said."
    groups = [(g["name"], g["mentions"]) for g in extract_entities(nlp(text), nlp)[1] if g["label"] == "PERSON"]
    assert groups == [("Donald Trump", 3)]
    # Two people that shorten to the same name stay apart.
    text = "George H.W. Bush and George W. Bush met. George Bush said little."
    names = {g["name"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {"George H.W. Bush", "George W. Bush"} <= names


@pytest.mark.parametrize("text, name, label", [
    # The model's organisation where the shares trade, its person elsewhere: the shares decide.
    ("Embraer said it had received an order for 50 E2 jets worth $4.4 billion. Embraer shares jumped 6%.", "Embraer",
     "ORG"),
    # Firms the model left out, found by their shares.
    ("Salesforce agreed Tuesday to buy Informatica. Salesforce shares fell 4.2% to $268.50.", "Salesforce", "ORG"),
    ("Sage said the list price would be $15,900. Shares of Sage Therapeutics fell 51%.", "Sage Therapeutics", "ORG"),
    # People after a title and a given name, or with a post at a firm named in the possessive.
    ('Informatica CEO Amit Walia will join Salesforce. "Our customers have been asking for this," Walia said.',
     "Amit Walia", "PERSON"),
    ("Ishiba, 67, defeated Economic Security Minister Sanae Takaichi in a runoff. Takaichi said she would support "
     "him.", "Sanae Takaichi", "PERSON"),
    ('"We are seeing strong demand," said P.B. Balaji, Tata Motors\' chief financial officer.', "P.B. Balaji",
     "PERSON"),
    # A name and an age that the model read as a date.
    ("Bolsonaro, 70, faces up to 40 years in prison. Lula, 79, did not comment.", "Lula", "PERSON"),
    # A given name of the curated list that the name lists lack, after a capitalised noun the model took in.
    ("Rivals Anies Baswedan and Ganjar Pranowo declined to comment.", "Anies Baswedan", "PERSON"),
])
def test_a_name_the_model_missed_or_mislabelled_is_found_by_its_context(nlp: Language, text: str, name: str,
                                                                         label: str) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get(name) == label, groups


def test_class_a_shares_and_the_shares_name_no_firm(nlp: Language) -> None:
    text = "Class A shares rose 2% on Monday. The shares of Europe's lenders slid. Its shares fell."
    names = {g["name"] for g in extract_entities(nlp(text), nlp)[1]}
    assert not names & {"Class A", "Class", "The", "Its"}, names


def test_a_surname_whose_relative_is_named_in_full_is_someone_else(nlp: Language) -> None:
    text = ("Jenkins is being held on a $1 million bond, police said. Jenkins's mother, Donna Jenkins, said her son "
            "was innocent. Jenkins will appear in court on Friday.")
    groups = {g["name"]: g["mentions"] for g in extract_entities(nlp(text), nlp)[1] if g["label"] == "PERSON"}
    assert groups == {"Jenkins": 3, "Donna Jenkins": 1}


@pytest.mark.parametrize("text, groups", [
    # A unit or product named after the company named first is another entity.
    ("A jury ordered Amazon to pay $525 million. Amazon Web Services accounted for $25 billion of revenue.",
     [("Amazon", 1), ("Amazon Web Services", 1)]),
    # A company's longer name, or its full name first, is the company.
    ("Goldman Sachs said profit rose. Goldman cut 3,000 jobs.", [("Goldman Sachs", 2)]),
])
def test_a_unit_named_after_a_company_named_first_is_apart(nlp: Language, text: str,
                                                            groups: list[tuple[str, int]]) -> None:
    found = [(g["name"], g["mentions"]) for g in extract_entities(nlp(text), nlp)[1] if g["label"] == "ORG"]
    assert found == groups


@pytest.mark.parametrize("text, people", [
    # Two people, whatever their initials: the shorter name introduced by a relative clause or as a relative.
    ("Michael B. Jordan said he was not named after Michael Jordan, who won six titles with the Chicago Bulls.",
     {"Michael B. Jordan", "Michael Jordan"}),
    ("Former President George W. Bush spoke at the library named for his father George Bush on Friday.",
     {"George W. Bush", "George Bush"}),
    # A title that tells no gender leaves a shared surname alone, unless one of them was named with it.
    ("Jonathan Thornton and his wife, Rebecca Thornton, a surgeon at the hospital, were both injured. Dr Thornton said "
     "the emergency team saved her life.", {"Jonathan Thornton", "Rebecca Thornton", "Thornton"}),
])
def test_people_who_only_seem_one_stay_apart(nlp: Language, text: str, people: set[str]) -> None:
    assert {g["name"] for g in extract_entities(nlp(text), nlp)[1] if g["label"] == "PERSON"} == people


@pytest.mark.parametrize("text, name, label", [
    ("In exchange Zelensky agreed to hold elections within 100 days.", "Zelensky", "PERSON"),
    ("Police said Ryan Carter, a father of two, was killed. Dean Carter, his brother, was driving. Carter was hurt.",
     "Ryan Carter", "PERSON"),
])
def test_firm_and_kin_words_in_other_senses(nlp: Language, text: str, name: str, label: str) -> None:
    groups = {g["name"]: (g["label"], g["mentions"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get(name, ("",))[0] == label, groups
    if name == "Ryan Carter":  # "a father of two" is no relative of another Carter: the surname is Ryan's
        assert groups[name][1] == 2, groups


def test_a_titled_surname_is_the_one_named_in_full_with_that_title(nlp: Language) -> None:
    text = ("Sen. Ted Cruz endorsed Trump. Trump had attacked his father, Rafael Cruz. Sen. Cruz said he would vote. "
            "Senator Cruz did not say when.")
    mentions = extract_entities(nlp(text), nlp)[0]
    assert [m["canonical"] for m in mentions_of(mentions, "Cruz")] == ["Ted Cruz", "Ted Cruz"]


def test_a_ministry_of_several_portfolios_is_one_name(nlp: Language) -> None:
    text = ("Japan's Ministry of Economy, Trade and Industry said exports rose. The Ministry of Land, Infrastructure "
            "and Transport approved the plan. Apple, Google and Microsoft said they would comply.")
    names = {g["name"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {"Ministry of Economy, Trade and Industry", "Ministry of Land, Infrastructure and Transport", "Apple",
            "Google", "Microsoft"} <= names, names


@pytest.mark.parametrize("text, clubs", [
    ("Manchester United and Newcastle United are also expected to strengthen. Son Heung-min pulled one back for Spurs "
     "before Aston Villa's win elsewhere.", {"Manchester United", "Newcastle United", "Spurs", "Aston Villa"}),
    ("Real Madrid beat Bayern Munich 2-1, with substitute Joselu scoring twice.", {"Real Madrid", "Bayern Munich"}),
])
def test_known_clubs_are_organisations_wherever_named(nlp: Language, text: str, clubs: set[str]) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in clubs} == dict.fromkeys(clubs, "ORG"), groups


def test_a_district_named_like_a_club_stays_a_place(nlp: Language) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp("Riots broke out in Tottenham in 2011."), nlp)[1]}
    assert groups.get("Tottenham") == "GPE"
    text = "A man was stabbed in Manchester city centre early on Sunday, Greater Manchester Police said."
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get("Manchester") == "GPE" and "Manchester city" not in groups, groups


def test_a_surname_hyphenated_into_another_persons_name_is_still_the_one_named_alone(nlp: Language) -> None:
    text = ("Former president Jacob Zuma's new party took 14.6 percent. Zuma's party said it would challenge the "
            "results. \"We will not accept these results,\" said Duduzile Zuma-Sambudla, Zuma's daughter.")
    mentions, groups = extract_entities(nlp(text), nlp)
    assert [m["canonical"] for m in mentions_of(mentions, "Zuma")] == ["Jacob Zuma"] * 2
    assert {g["name"]: g["mentions"] for g in groups}["Jacob Zuma"] == 3
    # A name after a prefix is the name itself.
    text = "Europe rebuilt after World War II. The post-World War II order is fraying."
    groups = {g["name"]: g["mentions"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get("post-World War II") == 2, groups


@pytest.mark.parametrize(("text", "word", "name"), [
    ("WHO Director-General Tedros Adhanom Ghebreyesus said the vaccine would cost $2. \"Now we have two,\" Tedros "
     "told reporters.", "Tedros", "Tedros Adhanom Ghebreyesus"),
    ("Founder Lei Jun said the company received 50,000 orders. \"We want to build a dream car,\" Lei told a packed "
     "event in Beijing.", "Lei", "Lei Jun"),
    ("Omar Ayub Khan, the candidate backed by the PTI, received 92 votes. \"This mandate was stolen,\" Ayub said.",
     "Ayub", "Omar Ayub Khan"),
])
def test_a_speaker_named_by_another_word_of_the_full_name_is_that_person(nlp: Language, text: str, word: str,
                                                                         name: str) -> None:
    result = enrich(nlp, text)
    assert [m["canonical"] for m in mentions_of(result["entities"], word)] == [name]
    assert [q["speaker"]["name"] for q in result["quotes"]] == [name]


def test_a_word_of_two_peoples_names_speaks_for_neither(nlp: Language) -> None:
    text = "Tedros Adhanom met Tedros Haile. \"We agreed,\" Tedros said."
    assert [m["canonical"] for m in mentions_of(extract_entities(nlp(text), nlp)[0], "Tedros")] in ([], ["Tedros"])


@pytest.mark.parametrize(("text", "names"), [
    ("Prime Minister Han Duck-soo will serve as acting president. Former president Moon Jae-in backed the "
     "Donald Trump-era deal.", {"Han Duck-soo", "Moon Jae-in", "Donald Trump"}),
    ("Ethiopian Prime Minister Abiy Ahmed met Somali President Hassan Sheikh Mohamud in Addis Ababa.",
     {"Abiy Ahmed", "Hassan Sheikh Mohamud"}),
    ("Attorney General Tarek William Saab announced an investigation.", {"Tarek William Saab"}),
    # A surname that spaCy's lemma index also lists as a noun ("jackson", "johnson", "taylor") is no ordinary word.
    ("U.S. District Judge Amy Berman Jackson wrote in a 45-page ruling that the department had failed.",
     {"Amy Berman Jackson"}),
])
def test_names_the_model_cuts_at_a_hyphen_or_splits_are_whole(nlp: Language, text: str, names: set[str]) -> None:
    people = {g["name"] for g in extract_entities(nlp(text), nlp)[1] if g["label"] == "PERSON"}
    assert people == names


@pytest.mark.parametrize("text", [
    "Mirza Fakhrul Islam Alamgir, the BNP secretary general, said the party would take part in the election.",
    "Speakers included Sheikh Hasina, Mirza Fakhrul Islam Alamgir and Muhammad Yunus.",
])
def test_two_given_names_and_a_name_the_model_split_are_one_person(nlp: Language, text: str) -> None:
    """QA: "Mirza Fakhrul" and "Islam Alamgir" were two people; a name of four words, the first half two given
    names, is one."""
    people = {g["name"] for g in extract_entities(nlp(text), nlp)[1] if g["label"] == "PERSON"}
    assert "Mirza Fakhrul Islam Alamgir" in people and "Islam Alamgir" not in people, people


def test_a_firms_word_inside_a_western_four_word_name_stays_the_firm_guard(nlp: Language) -> None:
    """Guard (review): "Mercedes said it would appeal" is the team, not Maria Mercedes Gomez Lopez, whose name opens
    with an English given name: the press calls her by her surname."""
    text = ("Maria Mercedes Gomez Lopez, the team's engineer, left in March. Mercedes said it would appeal the "
            "penalty.")
    mentions = extract_entities(nlp(text), nlp)[0]
    assert [m["canonical"] for m in mentions_of(mentions, "Mercedes")] == ["Mercedes"], mentions


def test_the_middle_name_the_press_uses_alone_is_that_person(nlp: Language) -> None:
    """QA: "Fakhrul said" (an organisation to the model) is Mirza Fakhrul Islam Alamgir, once his name is whole."""
    text = ("BNP Secretary General Mirza Fakhrul Islam Alamgir said on Sunday that the party was ready. Fakhrul said "
            "the interim government must announce a date.")
    mentions = extract_entities(nlp(text), nlp)[0]
    assert [(m["label"], m["canonical"]) for m in mentions_of(mentions, "Fakhrul")] \
        == [("PERSON", "Mirza Fakhrul Islam Alamgir")], mentions


@pytest.mark.parametrize(("text", "joined"), [
    ("Pictured: Tom Hanks Rita Wilson at the premiere.", False),  # a first half that ends in a surname
    ("The duet: Elton John Paul McCartney sang.", False),  # a second half opening with an English given name
    ("Officials said Mirza Fakhrul Islam Alamgir spoke.", True),
])
def test_two_full_names_side_by_side_are_not_joined_guard(nlp: Language, text: str, joined: bool) -> None:
    """Guard: only a first half of two given names joins the two-word name after it."""
    from services.nlp.entities.capitals import _is_given_names_pair_then_name
    from services.nlp.entities.mentions import Mention
    doc = nlp(text)
    start = next(t.i for t in doc if t.is_title and t.i > 0 and doc[t.i - 1].text in (":", "said"))
    assert _is_given_names_pair_then_name(doc, start, Mention(start + 2, start + 4, "PERSON")) is joined


@pytest.mark.parametrize(("text", "people"), [
    ("The petition named Abdul Rahman Imran Khan as respondents.", {"Abdul Rahman", "Imran Khan"}),
])
def test_a_full_name_after_two_given_names_is_a_person_of_its_own_guard(nlp: Language, text: str,
                                                                       people: set[str]) -> None:
    """Guard (review): a second half of a given name and a surname ("Imran Khan") is a whole person, listed beside
    another, not the end of one four-word name."""
    found = {g["name"] for g in extract_entities(nlp(text), nlp)[1] if g["label"] == "PERSON"}
    assert found == people, found


@pytest.mark.parametrize("text", [
    "Mirza Abbas Uddin Ahmed and Gayeshwar Chandra Roy led the march.",
])
def test_a_long_name_whose_last_half_is_no_full_name_is_joined(nlp: Language, text: str) -> None:
    """The later words of a long name ("Uddin Ahmed", no given name first) still join the two given names."""
    found = {g["name"] for g in extract_entities(nlp(text), nlp)[1] if g["label"] == "PERSON"}
    assert "Mirza Abbas Uddin Ahmed" in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Chief Chukwuemeka Nwosu-Obi rejected the result. \"It was an auction,\" Nwosu-Obi said.",
     {"Chukwuemeka Nwosu-Obi": ("PERSON", 2)}),
    ("Governor Babajide Sanwo-Olu inspected the bridge. \"We will finish it,\" said Sanwo-Olu.",
     {"Babajide Sanwo-Olu": ("PERSON", 2)}),
    # Firms and places named so keep their labels.
    ("Rolls-Royce and Mercedes-Benz rose. Hewlett-Packard and Coca-Cola fell. Flooding hit Baden-Württemberg.",
     {"Rolls-Royce": ("ORG", 1), "Mercedes-Benz": ("ORG", 1), "Hewlett-Packard": ("ORG", 1),
      "Coca-Cola": ("ORG", 1), "Baden-Württemberg": ("GPE", 1)}),
])
def test_a_double_surname_with_a_capitalised_second_part_is_whole(nlp: Language, text: str, expected: dict) -> None:
    groups = {g["name"]: (g["label"], g["mentions"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert groups == expected


@pytest.mark.parametrize("text", [
    "Guli Francis-Dehqani, the Bishop of Chelmsford, said the church must do more.",
    "The Bishop of Chelmsford, Guli Francis-Dehqani, said the church must do more. Francis-Dehqani added that the "
    "vote was close.",
])
def test_the_given_name_before_a_double_barrelled_surname_is_kept(nlp: Language, text: str) -> None:
    """QA: the model's "Francis-Dehqani" left "Guli" out, as "Brennan" of "Aoife Brennan" once did; a hyphenated
    surname is one word to the rule that takes the given name back."""
    people = {g["name"] for g in enrich(nlp, text)["entity_groups"] if g["label"] == "PERSON"}
    assert "Guli Francis-Dehqani" in people and "Francis-Dehqani" not in people, people


@pytest.mark.parametrize(("text", "word"), [
    ("Chancellor Rees-Mogg said the budget was sound.", "Chancellor"),
    ("Yesterday Rees-Mogg said the budget was sound.", "Yesterday"),
    ("In a statement Rees-Mogg said the budget was sound.", "In"),
])
def test_a_title_or_ordinary_word_before_a_double_barrelled_surname_stays_out_guard(nlp: Language, text: str,
                                                                                    word: str) -> None:
    """Guard: the word taken back before a hyphenated surname is no title or ordinary word."""
    names = {e["text"] for e in enrich(nlp, text)["entities"]}
    assert not any(name.startswith(word + " ") and "Rees-Mogg" in name for name in names), names


@pytest.mark.parametrize(("text", "word"), [
    ("Liverpool Praises Alexander-Arnold After Derby Win", "Praises"),
])
def test_a_headline_verb_before_a_double_barrelled_surname_stays_out_guard(nlp: Language, text: str,
                                                                           word: str) -> None:
    """Guard (review): a headline's capitalised verb in title case is no given name before a hyphenated surname."""
    names = {e["text"] for e in enrich(nlp, text)["entities"]}
    assert not any(name.startswith(word + " ") for name in names), names


def test_names_the_model_split_are_joined_only_in_title_case_after_a_given_name(nlp: Language) -> None:
    text = "The costs were modest. Barrister philip marshall qc said: 'yet more incompetence by the cps.'"
    people = {g["name"] for g in extract_entities(nlp(text), nlp)[1] if g["label"] == "PERSON"}
    assert "philip marshall" in people and not any(name.startswith("Barrister ") for name in people), people
    text = ("http: / / articles. washingtonpost. com / 2009 - 03 - 04 / news / 36879035 _ 1 _ bridge - project - obama"
            " - administration - george - w - bush\nObama Reverses Bush on Species Protection Measure\nMarch 04, 2009\n"
            "In a move that will subject a number of government projects to enhanced environmental and scientific "
            "scrutiny, President Obama is restoring a requirement that U. S. agencies consult with independent "
            "federal experts.")  # ECB+ topic 30 (its headline)
    people = {g["name"] for g in extract_entities(nlp(text), nlp)[1] if g["label"] == "PERSON"}
    assert "Obama Reverses Bush" not in people, people


def test_a_person_with_an_unknown_given_name_and_a_post_is_found(nlp: Language) -> None:
    text = ("Adrian Hill said the vaccine worked. Halidou Tinto, a professor of parasitology, said the vaccine could "
            "save lives. \"We are very proud,\" he said.")
    result = enrich(nlp, text)
    assert "Halidou Tinto" in {g["name"] for g in result["entity_groups"] if g["label"] == "PERSON"}
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["Halidou Tinto"]


def test_acronyms_of_dotted_countries_and_of_an_of(nlp: Language) -> None:
    text = ("The quake hit west of Eureka, according to the U.S. Geological Survey. USGS seismologist Lucy Jones said "
            "the region is active. The Economic Community of West African States (ECOWAS) said the exit would take "
            "effect in January.")
    groups = {g["name"]: g["mentions"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get("U.S. Geological Survey") == 2 and groups.get("Economic Community of West African States") == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("Hurricane Delia slammed into the Louisiana coast. Parts of southern Louisiana received 14 inches of rain, "
     "according to Entergy Louisiana.", {"Louisiana": ("GPE", 2), "Hurricane Delia": ("EVENT", 1)}),
    ("Storms swept across central Oklahoma on Sunday. Oklahoma City received 3.2 inches of rain.",
     {"Oklahoma": ("GPE", 1), "Oklahoma City": ("GPE", 1)}),
    ("Hurricane Delia made landfall near Grand Isle. Delia weakened to a tropical storm as it moved inland.",
     {"Hurricane Delia": ("EVENT", 2)}),
    ("New York City's mayor spoke. New York is the largest city in the country.", {"New York City": ("GPE", 2)}),
    # A country's name in capitals before "bloc" is an alliance's, no country.
    ("The opposition INDIA bloc won 234 seats.", {"India": None}),
])
def test_places_storms_and_the_names_they_are_part_of(nlp: Language, text: str, expected: dict) -> None:
    groups = {g["name"]: (g["label"], g["mentions"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # A storm named by an ordinary word ("yagi", an aerial) in a text with no word of weather: the storm's verb and
    # the place it hit after the name tell it.
    ("Typhoon Yagi hit Vietnam on Saturday, killing at least 14 people.", {"Typhoon Yagi": "EVENT"}),
    ("Typhoon Yagi slammed into northern Vietnam on Saturday.", {"Typhoon Yagi": "EVENT"}),
])
def test_a_storm_named_by_an_ordinary_word_that_hits_a_place_is_an_event(nlp: Language, text: str,
                                                                         expected: dict) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "name"), [
    ("Hurricane Energy hit a record output in the North Sea, the company said.", "Hurricane"),
    ("Hurricane Energy was hit by falling output in Scotland, the company said.", "Hurricane"),
    ("Storm Shadow missiles hit Crimea overnight, officials said.", "Storm Shadow"),
    # probe: the place is the possessor of what was hit, no place hit.
    ("Hurricane Energy hit Scotland's oil output targets, shareholders heard.", "Hurricane"),
])
def test_a_storms_word_before_an_ordinary_word_without_a_place_hit_stays_no_storm_guard(nlp: Language, text: str,
                                                                                        name: str) -> None:
    """Guard: a firm, a park, a missile named with a storm's word are no storms where no place is hit by them."""
    events = {g["name"] for g in extract_entities(nlp(text), nlp)[1] if g["label"] == "EVENT"}
    assert not any(e.startswith(name) for e in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # A firm's noun before the name, which the tagger misread ("startup" a verb, "maker" a name).
    ("Health app startup Noom has raised $540 million in a funding round.", {"Noom": "ORG"}),
    ("Meanwhile, ChatGPT maker OpenAI said on Tuesday that its app had reached 100 million weekly users.",
     {"OpenAI": "ORG"}),
    # A firm's noun ending an apposition after the name, even after a given name.
    ("The study was funded by Novo Nordisk, the Danish drugmaker, which makes Ozempic.", {"Novo Nordisk": "ORG"}),
    ("Jane Doe, a fund manager at Aviva, said prices were high. Mark Carney, the bank's governor, spoke.",
     {"Jane Doe": "PERSON", "Mark Carney": "PERSON"}),
    # What a listed company has.
    ("Nvidia's market value has surged past $2.2 trillion this year.", {"Nvidia": "ORG"}),
    # A product's noun before the name.
    ("Patients who took the weight-loss drug Wegovy had a 20% lower risk of heart attack.", {"Wegovy": "PRODUCT"}),
    # Helper qa1 (world genres): ... with its maker as possessive, even as the subject of a verb in the past.
    ("AstraZeneca's lung cancer drug Zylotrin cut the risk of disease progression or death by 84%.",
     {"Zylotrin": "PRODUCT", "AstraZeneca": "ORG"}),
    ("Sanofi said its eczema drug Brexavo succeeded in a Phase III trial.", {"Brexavo": "PRODUCT"}),
    # Guards: with no owner, or with the verb's object gone (a clause about the product), the name is the maker.
    ("The smartphone Samsung unveiled on Wednesday has a larger screen.", {"Samsung": "ORG"}),
    ("Apple said its chatbot OpenAI built last year can write code.", {"OpenAI": "ORG"}),
    # Review (qa1): a device's noun with an owner before a maker and its verb keeps the maker (was PRODUCT).
    ("Its smartphone Apple launched in September sold 10 million units.", {"Apple": "ORG"}),
    # Review rev4 (of acc3b97f): a verb of getting or making a medicine, with only where from or when, has lost its
    # object, the medicine: the name before it is the maker (were PRODUCT).
    ("Its pill Roche acquired from Carmot showed promise.", {"Roche": "ORG"}),
    ("Their drug Merck bought last year failed.", {"Merck": "ORG"}),
    # Guard: such a verb with an object of its own is the medicine's verb.
    ("Its drug Zylotrin made history in a Phase III trial.", {"Zylotrin": "PRODUCT"}),
    # QA qa1: names listed before a plural noun of news outlets are the outlets (persons to the model).
    ("The Batumelebi and Netgazeti news outlets were fined by the court in Tbilisi.",
     {"Batumelebi": "ORG", "Netgazeti": "ORG"}),
    # Guard: peoples' words before it stay peoples.
    ("The Georgian and Russian news channels showed the protest.", {"Georgian": "NORP", "Russian": "NORP"}),
    # rev1: a region's word before it is no outlet (was ORG).
    ("The Gulf newspapers and Egyptian channels reported the summit in detail.", {"Gulf": "LOC"}),


    # QA "qa2" (business): a noun of goods after a brand's name the model took for a person's.
    ("PepsiCo cut its forecast as demand for its Doritos chips slowed in North America.", {"Doritos": "PRODUCT"}),
    ("The maker of Johnnie Walker whisky and Guinness stout lost 4 billion pounds in value.",
     {"Johnnie Walker": "PRODUCT"}),
    ("The division, which includes Moet & Chandon champagne and Hennessy cognac, reported a drop.",
     {"Hennessy": "PRODUCT"}),
    ("The French spirits maker, whose brands include Absolut vodka, expects a difficult start.",
     {"Absolut": "PRODUCT"}),
    # ... and a brand a maker's noun and "of" name, alone or in a list.
    ("The maker of Dettol and Durex set a goal of 4,000 million pounds of free cash flow by 2027.",
     {"Dettol": "PRODUCT", "Durex": "PRODUCT"}),
    ("The maker of Budweiser, Stella Artois and Corona said Bud Light sales in the United States had stabilised.",
     {"Corona": "PRODUCT"}),
    # Known wrong (qa2): a brand before a noun of goods its maker or "its" owns was a place or a firm.
    ("Mondelez, the maker of Oreo cookies, raised its prices.", {"Oreo": "PRODUCT"}),
    # Guard (rev1): a known firm whose goods another firm uses stays the firm.
    ("Microsoft said its Nvidia chips were in short supply.", {"Nvidia": "ORG"}),
    ("Nvidia said demand for its Hopper and Blackwell chips was strong.",
     {"Hopper": "PRODUCT", "Blackwell": "PRODUCT"}),
    # Known wrong (qa2): two brands a maker's noun and "of" name were one organisation.
    ("Reckitt, the maker of Air Wick and Cillit Bang, said sales fell.",
     {"Air Wick": "PRODUCT", "Cillit Bang": "PRODUCT", "Air Wick and Cillit Bang": None}),
    ("Unilever, the maker of Dove and Marmite, said sales rose.", {"Dove": "PRODUCT", "Marmite": "PRODUCT"}),
    # Guard (rev1): a title of two plural nouns a maker's noun names is one name.
    ("Hasbro, the maker of Dungeons and Dragons, said sales rose.", {"Dungeons": None, "Dragons": None}),
    # Guard: a firm of two names and "and" named by no maker's noun stays one.
    ("Procter and Gamble said sales rose in the spring.", {"Procter and Gamble": "ORG"}),
    # Guard: a known place before "its" goods stays the place they are made in.
    ("TSMC said its Arizona chips would cost more than those made in Taiwan.", {"Arizona": "GPE"}),
])
def test_what_the_words_around_a_name_say_it_is(nlp: Language, text: str, expected: dict) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


def test_a_firms_first_word_alone_is_the_firm(nlp: Language) -> None:
    text = ("A former executive of the pharmaceutical company Meridian Health was fined $2.5 million. Meridian agreed "
            "last year to pay $650 million to resolve the claims.")
    mentions = extract_entities(nlp(text), nlp)[0]
    assert [m["canonical"] for m in mentions_of(mentions, "Meridian")] == ["Meridian Health"]
    # Not a word the text writes in lower case too.
    text = "Power Capital raised $50 million. Power prices rose as power demand grew."
    assert not mentions_of(extract_entities(nlp(text), nlp)[0], "Power")


@pytest.mark.parametrize("text", [
    "\"Wall Street's a pretty cynical place,\" said Tim Hess, a real estate developer in Virginia, who introduced him.",
    "His company discovered the giant Bolton field, which the family sold for $30 million in 1967.",
])
def test_a_job_or_an_adjective_makes_no_firm(nlp: Language, text: str) -> None:
    assert "ORG" not in {g["label"] for g in extract_entities(nlp(text), nlp)[1]}


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: a person whose name a verb the parser took for a noun of goods follows, a known place before one.
    ("Tom Smith chips in with a goal.", {"Tom Smith": "PERSON"}),
    ("He drank Jamaica rum and Kentucky bourbon with Johnnie Walker, the singer.",
     {"Jamaica": "GPE", "Johnnie Walker": "PERSON"}),
    # ... a known place after a producer's noun and "of": where the producers are, no brand.
    ("The rum producers of Jamaica and the car makers of Germany met on Monday.",
     {"Jamaica": "GPE", "Germany": "GPE"}),
    # rev1: a place the gazetteer does not know before a drink is where it comes from (was PRODUCT).
    ("Jalisco tequila producers and Oaxaca mezcal makers are preparing for tariffs.", {"Jalisco": "GPE"}),
])
def test_guard_goods_nouns_after_persons_and_places(nlp: Language, text: str, expected: dict) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # Who said what was before is no apposition; a person may be a retailer.
    ("The loan was approved by Jane Fraser, the bank said on Tuesday.", {"Jane Fraser": "PERSON"}),
    ("The plant will be built in Lordstown, the company said.", {"Lordstown": "GPE"}),
    ("Bill Smith, a retailer in Des Moines, said the tariffs were hurting his shop.", {"Bill Smith": "PERSON"}),
    # A product's noun before a relative clause's subject names no product.
    ("Users complained about the chatbot OpenAI released last week. OpenAI said it would fix it.", {"OpenAI": "ORG"}),
    # A player has a market value too.
    ("Kylian Mbappé's market value is estimated at 180 million euros. Mbappé scored twice on Sunday.",
     {"Kylian Mbappé": "PERSON"}),
])
def test_words_around_a_name_that_make_no_firm_nor_product(nlp: Language, text: str, expected: dict) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "name", "count"), [
    ("Rolls-Royce won a $2 billion contract. Rolls said the engines would be built in Derby.", "Rolls-Royce", 2),
    ("Mercedes-Benz recalled 10,000 cars. Mercedes said no injuries were reported.", "Mercedes-Benz", 2),
])
def test_a_hyphenated_name_alone_is_named_by_its_first_part(nlp: Language, text: str, name: str, count: int) -> None:
    groups = {g["name"]: g["mentions"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get(name) == count, groups


@pytest.mark.parametrize("text", [
    "He served in the U.S. Army for 20 years. He later lived in Canada before returning to the USA in 2020.",
    "U.S. Bank raised its fees. The new laptops have no USB ports.",
])
def test_a_dotted_code_and_one_word_make_no_acronym(nlp: Language, text: str) -> None:
    groups = {g["name"]: g["mentions"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get("U.S. Army", groups.get("U.S. Bank")) == 1, groups


def test_a_speaker_introduced_by_a_given_name_alone_is_someone_else(nlp: Language) -> None:
    text = ("Pakistan's army chief Asim Munir visited Lahore. Asim, a shopkeeper near the market who gave only his "
            "first name, said prices had doubled.")
    groups = {g["name"]: g["mentions"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get("Asim Munir") == 1, groups


def test_another_name_the_text_gives_a_name_joins_it(nlp: Language) -> None:
    text = ("The fire was 15% contained, according to the California Department of Forestry and Fire Protection, "
            "known as Cal Fire. Cal Fire spokesperson Jon Heggie said temperatures reached 104 degrees.")
    groups = {g["name"]: (g["label"], g["mentions"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get("California Department of Forestry and Fire Protection") == ("ORG", 3), groups


@pytest.mark.parametrize(("text", "expected"), [
    # What a name is known as in the possessive is another name, no alias.
    ("Belarusian President Alexander Lukashenko, known as Europe's last dictator, met Vladimir Putin in Sochi. "
     "Europe must respond, said Josep Borrell.", {"Europe": 2, "Alexander Lukashenko": 1}),
    ("Akio Toyoda, known as Toyota's chief test driver, stepped down as chairman. Toyota shares rose 2%.",
     {"Toyota": 2, "Akio Toyoda": 1}),
    # A part of a place is no other name of it.
    ("The march went through a neighbourhood of Los Angeles known as Koreatown. Koreatown residents cheered.",
     {"Los Angeles": 1}),
    ("The march went through a neighbourhood of Los Angeles, known as Koreatown. Koreatown residents cheered.",
     {"Los Angeles": 1}),
])
def test_what_is_no_other_name(nlp: Language, text: str, expected: dict) -> None:
    groups = {g["name"]: g["mentions"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "name", "label"), [
    ("The smartphone Samsung unveiled on Wednesday costs $1,300.", "Samsung", "ORG"),
    ("Mbappé's market value fell after the injury, Transfermarkt said.", "Mbappé", "PERSON"),
    ("Labour's plan was dismissed as Keir Starmer-lite by critics.", "Keir Starmer", "PERSON"),
])
def test_more_words_that_make_no_product_firm_or_name(nlp: Language, text: str, name: str, label: str) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get(name) == label, groups


def test_a_firms_first_word_that_is_also_a_persons_name_is_not_the_firm(nlp: Language) -> None:
    text = "Ratan Tata built Tata Group into a global giant. Tata died on Wednesday."
    groups = {g["name"]: g["mentions"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get("Tata Group") == 1, groups


@pytest.mark.parametrize(("text", "expected"), [
    ("Real Madrid signed Jude Bellingham on Wednesday.", {"Real Madrid": "ORG"}),
    ("Mohamed Salah scored twice as Liverpool beat Tottenham Hotspur 4-2 at Anfield on Sunday.", {"Liverpool": "ORG"}),
    # A country's or a state's side stays the place.
    ("Spain beat England 2-1 in the final in Berlin.", {"Spain": "GPE", "England": "GPE"}),
    ("Kansas beat Kentucky 77-68 on Tuesday night. Voters in Kansas rejected the amendment.", {"Kansas": "GPE"}),
    ("Informatica Chief Executive Amit Walia will join Salesforce. \"Together we can move faster,\" Walia said.",
     {"Amit Walia": "PERSON"}),
])
def test_clubs_completed_or_in_results_and_people_after_a_chief_executive(nlp: Language, text: str,
                                                                           expected: dict) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


def _groups_of(nlp: Language, text: str) -> dict[str, tuple[str, int]]:
    return {g["name"]: (g["label"], g["mentions"]) for g in extract_entities(nlp(text), nlp)[1]}


def _assert_groups(nlp: Language, text: str, expected: dict[str, tuple[str, int]]) -> None:
    """The named groups have these labels and mention counts (None: no such group)."""
    groups = _groups_of(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


def test_a_name_the_rules_find_is_not_found_again_inside_itself(nlp: Language) -> None:
    text = ("Goh Choon Phong, the airline's chief executive, apologised to passengers. \"We are deeply sorry,\" Goh "
            "said in a video statement.")
    mentions, groups = extract_entities(nlp(text), nlp)
    spans = sorted((m["start"], m["end"]) for m in mentions)
    assert all(end <= start for (_, end), (start, _) in zip(spans, spans[1:], strict=False)), mentions
    assert {g["name"]: g["mentions"] for g in groups}.get("Goh Choon Phong") == 2, groups


@pytest.mark.parametrize(("text", "expected"), [
    # A dotted acronym is the name it abbreviates; not of a longer name that holds it.
    ("Israel ignored warnings from the United Nations. U.N. Secretary-General António Guterres called for a "
     "ceasefire.", {"United Nations": ("ORG", 2)}),
    ("The U.S. Senate passed the bill. The United States will sign it. U.S. officials agreed.",
     {"U.S. Senate": ("ORG", 1), "United States": ("GPE", 2)}),
    # A short form of a known club found only by propagation joins the club the text names.
    ("Manchester United are in talks with Bayern Munich over a deal. Bayern are understood to want about £50m.",
     {"Bayern Munich": ("ORG", 2)}),
])
def test_short_forms_that_join_their_long_form(nlp: Language, text: str, expected: dict) -> None:
    _assert_groups(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A body's name holds another organisation's or a place's without being it.
    ("Workers at Samsung Electronics began a strike on Monday. The National Samsung Electronics Union (NSEU) is "
     "demanding a 6.5% pay rise. Samsung said production would not be disrupted.",
     {"Samsung Electronics": ("ORG", 2), "National Samsung Electronics Union": ("ORG", 2)}),
    ("The House Natural Resources Committee held a hearing. The House passed the bill.",
     {"House Natural Resources Committee": ("ORG", 1), "House": ("ORG", 1)}),
    ("The Taoiseach spoke at Government Buildings on Wednesday. Mr Martin said the Government had a clear job to do.",
     {"Government Buildings": ("ORG", 1)}),
    # ... but a short form with the body's head is the body.
    ("The European Commission fined Google. The Commission said the fine was final.",
     {"European Commission": ("ORG", 2)}),
    # Two names apart in a sentence make no long form of an acronym.
    ("In South Africa, the Reserve Bank (SARB) left its repo rate unchanged. The SARB said inflation was easing.",
     {"South Africa": ("GPE", 1)}),
])
def test_names_inside_other_names_that_are_apart(nlp: Language, text: str, expected: dict) -> None:
    groups = _groups_of(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups
    assert not any("," in name for name in groups), groups


@pytest.mark.parametrize(("text", "name", "label"), [
    # A person's post or relation before a name set off by commas makes it a person's.
    ("The African Union (AU) chairperson, Moussa Faki Mahamat, urged leaders to act.", "Moussa Faki Mahamat",
     "PERSON"),
    ("De Ligt's agent, Rafaela Pimenta, flew to Manchester on Thursday.", "Rafaela Pimenta", "PERSON"),
    ("Her deputy, Pankaj Chaudhary, was more cautious.", "Pankaj Chaudhary", "PERSON"),
    # ... a country's head of state of a given name the lists do not know (known wrong, fixA: a body).
    ("The country's president, Emmerson Mnangagwa, said the elections were fair.", "Emmerson Mnangagwa", "PERSON"),
    ("Zimbabwe's president, Emmerson Mnangagwa, said the vote was fair.", "Emmerson Mnangagwa", "PERSON"),
    # Guards: a firm after a firm's post stays the firm; a known place after a country's office stays the place.
    ("The firm's president, Goldman Sachs, said nothing.", "Goldman Sachs", "ORG"),
    ("The country's president, New South Wales, was not.", "New South Wales", "GPE"),
    # A regulator is an organisation, and so is what a chief executive heads.
    ("Britain's energy regulator Ofgem said on Friday it would lower the price cap. \"This is welcome news,\" said "
     "Jonathan Brearley, chief executive of Ofgem.", "Ofgem", "ORG"),
])
def test_posts_before_names_and_regulators(nlp: Language, text: str, name: str, label: str) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get(name) == label, groups


def test_the_money_mentions_are_the_sums(nlp: Language) -> None:
    text = ("Naspers, the South African technology investor, reported a rise in revenue to R85.3bn. The app has 45 "
            "million users. "
            "Bayern want about £50m. It raised ₹450 crore.")
    mentions, _ = extract_entities(nlp(text), nlp)
    labelled = {m["text"]: m["label"] for m in mentions}
    assert labelled.get("R85.3bn") == "MONEY" and labelled.get("₹450 crore") == "MONEY", labelled
    assert labelled.get("45 million") == "CARDINAL", labelled
    # A full stop the tokenizer keeps on the sum's last letter comes with it: the sum is not cut to "about £50".
    assert any(m["label"] == "MONEY" and m["text"].startswith("about £50m") for m in mentions), labelled


def test_words_the_model_calls_money_that_name_no_sum_are_none(nlp: Language) -> None:
    text = ("The government would spend an extra 20 billion pounds over five years. Toyota's profits were driven by a "
            "weak yen, it said. Each one-yen move against the dollar lifts profit. He won a few bucks and hundreds of "
            "millions of dollars.")
    money = [m["text"] for m in extract_entities(nlp(text), nlp)[0] if m["label"] == "MONEY"]
    assert money == ["20 billion pounds", "a few bucks", "hundreds of millions of dollars"], money


@pytest.mark.parametrize(("text", "expected"), [
    # "every" or "each" and a currency's word is any sum at all, none said.
    ('"We will reinvest every penny," Sunak told the Conservative Party conference.', []),
    ("Each dollar spent on prevention saves $4, the study found.", ["$4"]),
    # Guards: a sum counted with a word, and a sum with a number after "every", stay sums.
    ("Each of them won a few bucks and hundreds of millions of dollars.",
     ["a few bucks", "hundreds of millions of dollars"]),
    ("Every $1 of tax cuts costs $1.20 in borrowing.", ["$1", "$1.20"]),
])
def test_every_penny_is_no_sum(nlp: Language, text: str, expected: list[str]) -> None:
    money = [m["text"] for m in extract_entities(nlp(text), nlp)[0] if m["label"] == "MONEY"]
    assert money == expected, money


@pytest.mark.parametrize(("text", "dates", "figures"), [
    # A second day after "and" or "or" is the date's, no count.
    ("Train drivers at 16 rail companies will strike on Feb. 1 and 3, the Aslef union said.", ["Feb. 1 and 3"],
     ["16"]),
    ("The talks will be held on March 12 or 13 in Geneva.", ["March 12 or 13"], []),
    # Guards: a count of a thing after it stays a count.
    ("Two people died on March 4 and 3 others were injured, police said.", ["March 4"], ["Two", "3"]),
])
def test_a_second_day_after_a_date_is_the_dates(nlp: Language, text: str, dates: list[str],
                                                figures: list[str]) -> None:
    result = enrich(nlp, text)
    assert [e["text"] for e in result["entities"] if e["label"] == "DATE"] == dates, result["entities"]
    assert [f["text"] for f in result["figures"]] == figures, result["figures"]


def test_a_live_blogs_time_stamps_are_times_and_a_family_is_no_one_of_it(nlp: Language) -> None:
    text = ("09:15 The Met Office issued a weather warning.\n\n11:10 Jersey's chief minister, Kristina Moore, said the "
            "island was hit.\n\nAaron Patel, 19, died at the scene. \"Our thoughts are with the Patel family,\" police "
            "said.")
    mentions, groups = extract_entities(nlp(text), nlp)
    labelled = {m["text"]: m["label"] for m in mentions}
    assert labelled.get("09:15") == "TIME" and labelled.get("11:10") == "TIME", labelled
    assert not any(m["text"].startswith("11:10 ") for m in mentions), labelled
    assert {g["name"]: g["mentions"] for g in groups}.get("Aaron Patel") == 1, groups


@pytest.mark.parametrize(("text", "name"), [
    # An acronym in brackets of the first letters of its long form's words.
    ("Tokyo Electric Power Co (TEPCO) said on Monday it would release more water. TEPCO shares fell 3%.",
     "Tokyo Electric Power Co"),
    ("Mexico's state oil firm Petróleos Mexicanos (PEMEX) reported a loss. PEMEX said output fell.",
     "Petróleos Mexicanos"),
])
def test_acronyms_of_the_starts_of_words(nlp: Language, text: str, name: str) -> None:
    groups = {g["name"]: g["mentions"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get(name, 0) >= 3 and not any(acronym in groups for acronym in ("TEPCO", "PEMEX")), groups


@pytest.mark.parametrize(("text", "expected"), [
    # Two dotted letters stand only for the names they are known by.
    ("United Steelworkers opposes Nippon Steel's bid for U.S. Steel. U.S. President Joe Biden agreed. The United "
     "States will decide.", {"United Steelworkers": ("ORG", 1), "United States": ("GPE", 2)}),
    # A body's one-word short name that no other name holds is the body.
    ("The Teamsters Union said it would strike. The Teamsters represent 1.3 million workers.",
     {"Teamsters Union": ("ORG", 2)}),
    ("The Heritage Foundation published a plan. Heritage said the plan was ready.",
     {"Heritage Foundation": ("ORG", 2)}),
    # A firm after a post a firm can hold stays a firm; a surname after "Mr." of a man whose given name is a woman's
    # in some countries is his.
    ("Its financial adviser, Morgan Stanley, said the offer was fair.", {"Morgan Stanley": ("ORG", 1)}),
    ("Andrea Orcel, UniCredit's chief executive, spoke on Monday. Mr. Orcel said the bid was fair.",
     {"Andrea Orcel": ("PERSON", 2)}),
    # A surname the model left unlabelled after "Mr" is no woman named in full with it.
    ("Mr Addo, from Chapeltown, died in hospital. Grace Addo, 47, said her son was loved.",
     {"Grace Addo": ("PERSON", 1), "Addo": ("PERSON", 1)}),
    # A surname after "Mr." is no firm named after the family, nor shares its id.
    ("Suzuki Motor Corp. President Toshihiro Suzuki spoke in Tokyo. Mr. Suzuki said India mattered most.",
     {"Toshihiro Suzuki": ("PERSON", 2), "Suzuki Motor Corp.": ("ORG", 1), "Suzuki": None}),
    ('"We will hold talks," Mr. Tanaka said. Tanaka Holdings shares fell 3%.',
     {"Tanaka": ("PERSON", 1), "Tanaka Holdings": ("ORG", 1)}),
    # A firm whose shares are traded is not the man of its name who runs it.
    ("Chevron agreed to buy Hess for $53 billion. John Hess, the chief executive of Hess, will join Chevron's board. "
     "Hess shares rose 0.8% to $156.17.", {"John Hess": ("PERSON", 1), "Hess": ("ORG", 3)}),
    # A game maker's name ends in an event's word; its short form before "spokesperson" is the firm.
    ("According to Riot Games, viewership peaked at 3.2 million. \"It was the most-watched MSI ever,\" a Riot "
     "spokesperson said.", {"Riot Games": ("ORG", 2), "Riot": None}),
    # Places the gazetteer knows, accents and all, and big cities, are no persons.
    ("Brazil's Workers' Party won mayoral races in 14 state capitals, including São Paulo. Guilherme Boulos, the "
     "party's candidate in São Paulo, defeated incumbent Ricardo Nunes.", {"São Paulo": ("GPE", 2)}),
])
def test_bodies_short_names_firms_after_posts_and_honorifics(nlp: Language, text: str, expected: dict) -> None:
    _assert_groups(nlp, text, expected)


def test_sums_the_extractor_misses_stay_money_and_a_sums_full_stop_is_no_part_of_it(nlp: Language) -> None:
    text = "Hyundai will invest 5 trillion won extra in the plant. Acme paid £5m. Rival Beta also paid £5m in cash."
    mentions, groups = extract_entities(nlp(text), nlp)
    labelled = {m["text"]: m["label"] for m in mentions}
    assert labelled.get("5 trillion") == "MONEY" and labelled.get("£5m") == "MONEY", labelled
    assert "£5m." not in labelled and "£5m." not in {g["name"] for g in groups}, labelled
    assert all(text[m["start"]:m["end"]] == m["text"] for m in mentions)


@pytest.mark.parametrize(("text", "expected"), [
    # A place to the model that no gazetteer knows, with a person's post after it, is a person.
    ("Kemi Badenoch, the Leader of the Opposition, accused the government of chaos. \"This Chancellor has lost "
     "control,\" Badenoch said.", {"Kemi Badenoch": ("PERSON", 2)}),
    # A firm before a post and the person who holds it.
    ("Pfizer said it would stop developing the pill. Pfizer CEO Albert Bourla said the company would focus on a "
     "once-daily version.", {"Pfizer": ("ORG", 2), "Albert Bourla": ("PERSON", 1)}),
    ("France President Emmanuel Macron spoke on Monday.", {"France": ("GPE", 1)}),
    # A name ending in particles goes on to the surname the model split off.
    ("European Commission President Ursula von der Leyen said she hoped leaders would agree.",
     {"Ursula von der Leyen": ("PERSON", 1)}),
    # A party's letter before a state's abbreviation; a party the model split in two.
    ("Sen. Jon Ossoff, D-Ga., introduced a bill. Georgia voters back the idea.", {"Georgia": ("GPE", 2)}),
    ("Sir Ed Davey, the Liberal Democrat leader, said the plan had failed.", {"Liberal Democrat": ("ORG", 1)}),
    # A capitalised noun for a person at a sentence's start is no part of the name.
    ("Rookie Jayden Daniels threw for 300 yards on Sunday. Daniels was named player of the week.",
     {"Jayden Daniels": ("PERSON", 2)}),
    # ... nor one before a given name elsewhere, with the surname the model left out taken in.
    ('"We buy the veal from a single farm," said Chef Élodie Marchand of Le Petit Bouchon.',
     {"Élodie Marchand": ("PERSON", 1), "Chef Élodie": None}),
    # Honorifics of West Africa and the Gulf are titles, no name of their own.
    ("Alhaji Ibrahim Danjuma Musa came third.", {"Ibrahim Danjuma Musa": ("PERSON", 1)}),
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani arrived in Cairo.",
     {"Tamim bin Hamad Al Thani": ("PERSON", 1), "Emir Sheikh": None}),
    # A given name and a surname in the possessive are a person's, not the model's facility.
    ("Kai Havertz scored, heading in Declan Rice's corner. Enzo Fernández was booked for a late challenge on Rice.",
     {"Declan Rice": ("PERSON", 2), "Rice": None}),
])
def test_people_firms_and_places_the_model_mislabels_or_splits(nlp: Language, text: str, expected: dict) -> None:
    _assert_groups(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A given name and a surname whose possessive owns a relative or a promoter named after it are a person's.
    ("Tyson Fury's promoter, Frank Warren, said the rematch would take place in December.",
     {"Tyson Fury": ("PERSON", 1), "Frank Warren": ("PERSON", 1)}),
    ("Oleksandr Usyk beat Tyson Fury on a unanimous decision. Tyson Fury's wife, Paris, said he would fight on.",
     {"Tyson Fury": ("PERSON", 2)}),
    # Guards: a firm's officers, and firms named after people, keep the model's reading.
    ("Morgan Stanley's lawyer, John Smith, said the bank would appeal. Morgan Stanley shares fell.",
     {"Morgan Stanley": ("ORG", 2)}),
    ("Ben & Jerry's founder, Ben Cohen, said the brand would survive.", {"Ben & Jerry": ("ORG", 1)}),
])
def test_owners_of_a_persons_relations_are_people(nlp: Language, text: str, expected: dict) -> None:
    _assert_groups(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A name named before a body that holds it is no short name of the body.
    ("Ford cut its profit forecast. The Ford Foundation gave $10 million.",
     {"Ford": ("ORG", 1), "Ford Foundation": ("ORG", 1)}),
    # A person's spokesman is the person's; a people's family stays the people.
    ("Benjamin Netanyahu spoke. Netanyahu spokesman Omer Dostri denied it.", {"Benjamin Netanyahu": ("PERSON", 2)}),
    ("The Ukrainian family fled to Poland.", {"Ukrainian": ("NORP", 1)}),
    # A city's dotted initials.
    ("San Francisco officials said S.F. would follow.", {"San Francisco": ("GPE", 2)}),
    # A town the gazetteer knows stays a place after "chief executive of".
    ("He is chief executive of Liverpool. Liverpool is a city in England.", {"Liverpool": ("GPE", 2)}),
])
def test_names_before_bodies_spokesmen_families_and_initials(nlp: Language, text: str, expected: dict) -> None:
    _assert_groups(nlp, text, expected)


def test_a_number_opening_a_line_is_no_time_stamp(nlp: Language) -> None:
    text = "Power cuts hit the region.\n3.45 million households lost power overnight."
    mentions, _ = extract_entities(nlp(text), nlp)
    assert {m["text"]: m["label"] for m in mentions}.get("3.45 million") == "CARDINAL", mentions


def test_a_town_mends_a_persons_label_but_is_not_looked_for(nlp: Language) -> None:
    groups = _groups_of(nlp, "De Ligt's agent, Rafaela Pimenta, flew to Manchester on Thursday.")
    assert groups.get("Manchester") == ("GPE", 1), groups
    # Towns are clubs' and counties' names too: the model's silence about one is not mended as a town; in a result
    # between two known clubs with its score, a match report, the sport reading finds the side as the team.
    assert _groups_of(nlp, "Leicester beat Southampton 2-1 on Saturday.").get("Leicester") == ("ORG", 1)


def test_an_honorific_before_a_persons_surname_makes_the_full_name_a_persons(nlp: Language) -> None:
    text = ("CBN governor Olayemi Cardoso said the bank had sold $500 million. \"We are determined to restore "
            "stability,\" Mr Cardoso told lawmakers in Abuja.")
    assert _groups_of(nlp, text).get("Olayemi Cardoso") == ("PERSON", 2)


def test_the_platform_x_ending_a_sentence_is_no_part_of_the_next_name(nlp: Language) -> None:
    text = '"The bull market is back," Tether chief executive Paolo Ardoino said in a post on X. Tether holds BTC.'
    mentions, _ = extract_entities(nlp(text), nlp)
    assert not any(m["text"].startswith("X.") for m in mentions), mentions


@pytest.mark.parametrize(("text", "name"), [
    ("In South Africa, the rand gained 1.2%. Economic Freedom Fighters (EFF) leader Julius Malema said the deal was "
     "unfair. The EFF will march.", "Economic Freedom Fighters"),
    ("Farmer unions led by the Samyukt Kisan Morcha (SKM) said the price failed to cover costs. The SKM will protest.",
     "Samyukt Kisan Morcha"),
    # Over an "and" to the word the acronym's first letter is of; its letters the initials before "of".
    ("The Maritime and Port Authority of Singapore (MPA) said the ship was not damaged. The MPA will investigate.",
     "Maritime and Port Authority of Singapore"),
])
def test_a_long_form_the_model_cut_short_of_its_acronyms_first_letters(nlp: Language, text: str, name: str) -> None:
    assert _groups_of(nlp, text).get(name) == ("ORG", 3)


@pytest.mark.parametrize(("text", "name"), [
    # QA qa1 (Philippine copy): the model stopped before "and Highways", and the acronym went to "Highways".
    ("The Department of Public Works and Highways (DPWH) said it had allotted P2.5 billion for flood control. The "
     "DPWH will finish by June.", "Department of Public Works and Highways"),
    ("The Department of Environment and Natural Resources (DENR) said on Monday. The DENR fined the firm.",
     "Department of Environment and Natural Resources"),
])
def test_a_long_form_the_model_cut_short_of_its_last_words_before_the_acronym(nlp: Language, text: str,
                                                                              name: str) -> None:
    assert _groups_of(nlp, text).get(name) == ("ORG", 3)


def test_two_names_before_one_ones_code_stay_apart_guard(nlp: Language) -> None:
    """Guard: a code in brackets that is the last name's alone joins nothing: "Microsoft and Google (GOOG)"."""
    groups = _groups_of(nlp, "He worked for Microsoft and Google (GOOG) before joining Meta.")
    assert "Microsoft and Google" not in groups and groups.get("Microsoft") == ("ORG", 1), groups


@pytest.mark.parametrize(("text", "expected"), [
    # The first of two family names, as the press writes it alone, is the person's; a last name someone else has is
    # theirs.
    ("Mexico's president Claudia Sheinbaum Pardo on Monday defended the reform. \"The people voted for change,\" "
     "Sheinbaum said.", {"Claudia Sheinbaum Pardo": ("PERSON", 2), "Sheinbaum": None}),
    ("Mike Huckabee spoke first. His daughter Sarah Huckabee Sanders spoke next. Huckabee said he was proud.",
     {"Mike Huckabee": ("PERSON", 2), "Sarah Huckabee Sanders": ("PERSON", 1)}),
    # Bodies the British press writes as words.
    ("The proportion of students accepted to their first-choice university rose to 82%, Ucas said. Ofsted said "
     "standards had improved.", {"Ucas": ("ORG", 1), "Ofsted": ("ORG", 1)}),
    # QA fixA: trade blocs written as words ("Mercosur" was a place, "Ecowas" missed).
    ("Farmers protested against the Mercosur trade deal in Brussels. Ecowas suspended Niger after the coup.",
     {"Mercosur": ("ORG", 1), "Ecowas": ("ORG", 1), "Niger": ("GPE", 1)}),
    # Guard: a longer body a bloc's name opens stays whole.
    ("The ASEAN Regional Forum met in Vientiane on Friday.", {"ASEAN Regional Forum": ("ORG", 1), "ASEAN": None}),
    # Firms whose "'s" is their name's; a person's possessive stays one.
    ("A first edition sold for $137,500 at Sotheby's on Wednesday, while Macy's shares fell.",
     {"Sotheby's": ("ORG", 1), "Macy's": ("ORG", 1), "Sotheby": None}),
    ("Chris Christie's remarks angered the crowd.", {"Chris Christie": ("PERSON", 1)}),
    ("Sinn Féin leader Mary Lou McDonald's party gained seats. McDonald's speech was applauded.",
     {"Mary Lou McDonald": ("PERSON", 2), "Mary Lou McDonald's": None}),
    # A royal's title with its place names a person; a nationality is no person, with an age after it or before a
    # name.
    ("LONDON (PA) - The Prince of Wales will travel to Brazil, Kensington Palace said, while the Princess of Wales "
     "will remain in Britain. Rain fell in Wales.", {"Princess of Wales": ("PERSON", 1), "Wales": ("GPE", 1)}),
    ("Rory McIlroy won the Masters by one stroke. The Northern Irishman, 35, earned $4.2 million.",
     {"Rory McIlroy": ("PERSON", 1), "Northern Irishman": ("NORP", 1)}),
    ("Briton Lewis Hamilton finished third.", {"Lewis Hamilton": ("PERSON", 1), "Briton Lewis Hamilton": None}),
    # A North American team found by the gazetteer, and its nickname where the full name is written; a party before
    # a person's name whose surname is no English word.
    ("The Kansas City Chiefs beat the Buffalo Bills 31-24. Bills quarterback Josh Allen ran for two touchdowns.",
     {"Buffalo Bills": ("ORG", 2), "Kansas City Chiefs": ("ORG", 1)}),
    ("Liberal candidate Priya Sharma won 47.3 per cent of the vote, ahead of Conservative Daniel Kwok at 38.9 per "
     "cent.", {"Daniel Kwok": ("PERSON", 1), "Conservative Daniel Kwok": None}),
    ("The plant will have a capacity of 800 MW and cost $2 billion.", {"MW": None}),
    # A nickname alone only where it reads as the team; a party before a plural is no person.
    ("Heat warnings were issued across Florida. The Miami Heat lost again. Heat fans were angry.",
     {"Miami Heat": ("ORG", 2)}),
    ("The Independent Christian Churches opposed the plan.", {"Christian Churches": None}),
    # "Bill" after capitalised words that are no one's name is a bill.
    ("Kenya's parliament passed the Finance Bill on Thursday. Bill Clinton said he backed it.",
     {"Finance Bill": ("LAW", 1), "Bill Clinton": ("PERSON", 1)}),
    # An acronym of a body's name without its country or with small letters for small words; a tax band is no
    # name; a party of small words; a county beside its court; a nickname in a score or before a position.
    ("The US Department of Justice sued Google on Thursday. The DOJ said Google had maintained a monopoly.",
     {"US Department of Justice": ("ORG", 2), "DOJ": None}),
    ("The Department for Transport (DfT) said a decision would be made by the end of the year.",
     {"Department for Transport": ("ORG", 2), "DfT": None}),
    ("Council tax will rise 4.99%, with the Band D charge rising to £2,384.", {"Band": None}),
    ("Poland's ruling coalition clashed with the Law and Justice party.", {"Law and Justice": ("ORG", 1), "Law": None}),
    ("A former Maricopa County deputy pleaded guilty. He admitted theft in Maricopa County Superior Court.",
     {"Maricopa County": ("GPE", 1), "Maricopa County Superior Court": ("ORG", 1)}),
    ("The Kansas City Chiefs won again. Chiefs tight end Travis Kelce scored, and the Chiefs' Patrick Mahomes threw "
     "two touchdowns.", {"Kansas City Chiefs": ("ORG", 3)}),
    ("Mourners thanked Father Bill for his kindness.", {"Father Bill": None}),
    # Not a nickname before a number that is no score, nor a short acronym of a name without its country.
    ("The New York Giants won. Giants 2 the documentary was released.", {"New York Giants": ("ORG", 1)}),
    ("The Kansas City Chiefs won. Chiefs safety Justin Reid said they were ready.", {"Kansas City Chiefs": ("ORG", 2)}),
    ("The US Supreme Court ruled on the case, which began in Columbia, SC.", {"US Supreme Court": ("ORG", 1)}),
    # A weight in pounds is a quantity.
    ("Patients on the drug lost an average of 27.3 pounds (12.4 kg) over 72 weeks.", {"27.3 pounds": ("QUANTITY", 1)}),
    # Things named after a royal are no persons.
    ("A patient died at the Princess of Wales Hospital in Bridgend. Traffic was stopped on the Prince of Wales "
     "Bridge.", {"Princess of Wales Hospital": ("ORG", 1), "Prince of Wales Bridge": ("FAC", 1)}),
    # Nor is a facility named after a person, who stays apart; nor a firm's name of two ending in such a word.
    ("Charles de Gaulle was France's president. Officials at Charles de Gaulle Airport said flights resumed.",
     {"Charles de Gaulle": ("PERSON", 1), "Charles de Gaulle Airport": ("FAC", 1)}),
    ("The Australian fashion label Bec & Bridge opened its first store in New York.", {"Bec & Bridge": ("ORG", 1)}),
    # Two family names written without the given name are the person's named with the first; so is what the text
    # says she is known as.
    ("Claudia Sheinbaum won the election on Sunday. Sheinbaum Pardo, 61, will take office on October 1.",
     {"Claudia Sheinbaum": ("PERSON", 2), "Sheinbaum Pardo": None}),
    ("Andrés Manuel López Obrador, widely known as AMLO, leaves office in October. AMLO said he would retire.",
     {"Andrés Manuel López Obrador": ("PERSON", 3)}),
    # A court case is one name, whose parties are no one's mentions.
    ("The justices ruled in SEC v. Jarkesy that he was entitled to a jury. Jarkesy said he was relieved.",
     {"SEC v. Jarkesy": ("LAW", 1), "SEC": None}),
    ("The court overturned Chevron in Loper Bright Enterprises v. Raimondo, a ruling that limits agencies. Gina "
     "Raimondo said she disagreed.",
     {"Loper Bright Enterprises v. Raimondo": ("LAW", 1), "Gina Raimondo": ("PERSON", 1)}),
    ("The rulings ran from Plessy v. Ferguson and Brown v. Board of Education to Roe v. Wade.",
     {"Plessy v. Ferguson": ("LAW", 1), "Brown v. Board of Education": ("LAW", 1)}),
    # QA fixA (courts): a case whose first parties are "and Others" was a person, no law.
    ("The European Court of Human Rights ruled in Verein KlimaSeniorinnen Schweiz and Others v Switzerland that the "
     "state had failed to act on climate change.",
     {"Verein KlimaSeniorinnen Schweiz and Others v Switzerland": ("LAW", 1), "Verein KlimaSeniorinnen Schweiz": None}),
    ("In R v Brown, the House of Lords held that consent was no defence.", {"R v Brown": ("LAW", 1)}),
    # Not a match.
    ("Saka was ruled out of Arsenal v Chelsea on Sunday.", {"Arsenal v Chelsea": None}),
    ("Fans sang Arsenal and Others v Chelsea songs on Sunday.", {"Arsenal and Others v Chelsea": None}),
])
def test_family_names_bodies_firms_owning_s_royals_and_nationalities(nlp: Language, text: str, expected: dict
                                                                     ) -> None:
    _assert_groups(nlp, text, expected)


def _enriched_groups(nlp: Language, text: str) -> dict[str, tuple[str, list[str]]]:
    """Each group's name: its label and its mentions as written, as the service gives them."""
    result = enrich(nlp, text)
    written = {g["entity_id"]: sorted(m["text"] for m in result["entities"] if m["entity_id"] == g["entity_id"])
               for g in result["entity_groups"]}
    return {g["name"]: (g["label"], written[g["entity_id"]]) for g in result["entity_groups"]}


@pytest.mark.parametrize(("text", "expected"), [
    # A month and a day in a dateline are a date, no organisation's name.
    ("DUBLIN, Nov 5 (Reuters) - The airline raised its profit forecast on Monday.",
     {"Nov 5": ("DATE", ["Nov 5"]), "Nov": None}),
    # A name ends in no conjunction; begins with no possessive determiner, and its acronym then joins it.
    ("Alcaraz became only the sixth man to win the French Open and Wimbledon in the same year.",
     {"French Open": ("EVENT", ["French Open"]), "French Open and": None}),
    # ... nor in a preposition that places it: "the Italian Grand Prix at" before "Mugello".
    ("Ducati rider Francesco Bagnaia won the Italian Grand Prix at Mugello, with Jorge Martin second.",
     {"Italian Grand Prix": ("EVENT", ["Italian Grand Prix"]), "Italian Grand Prix at": None}),
    ("The BJP won 240 seats. Its National Democratic Alliance secured 293 seats. The NDA will form a government.",
     {"National Democratic Alliance": ("ORG", ["NDA", "National Democratic Alliance"]),
      "Its National Democratic Alliance": None}),
    # A temperature scale after a number is its unit; so are parts per million.
    ("Forecasters said heat index values could reach 105 degrees Fahrenheit (40.5 Celsius) later in the week.",
     {"105 degrees Fahrenheit": ("QUANTITY", ["105 degrees Fahrenheit"]), "Fahrenheit": None,
      "40.5 Celsius": ("QUANTITY", ["40.5 Celsius"])}),
    # fixB: a temperature by its scale's letter, glued or spaced, "minus" with it, in a sentence of the weather.
    ("Temperatures will reach 34 C and humidex values near 45 in Toronto.",
     {"34 C": ("QUANTITY", ["34 C"]), "34": None}),
    ("Temperatures overnight in Ottawa were dropping to minus 10C.", {"minus 10C": ("QUANTITY", ["minus 10C"])}),
    ("Highs of 34C are expected in Madrid, with lows of -5C tonight in Burgos.",
     {"34C": ("QUANTITY", ["34C"]), "-5C": ("QUANTITY", ["-5C"])}),
    # fixB: numbers drawn after a capitalised plural the model ran into a date are counts; a date's own stay.
    ("The winning numbers were 5, 12, 19, 23 and 41, with Lucky Stars 3 and 11.",
     {"3 and 11": ("CARDINAL", ["3 and 11"]), "Stars 3 and 11": None}),
    ("The festival runs on Days 3 and 4 of the event.", {"Days 3 and 4": ("DATE", ["Days 3 and 4"])}),
    # fixB: two bare numbers joined by "to" or a dash that the model dated are a range or a score, no date.
    ("Unemployment rose from 62 to 64 in the survey of towns.", {"62 to 64": ("CARDINAL", ["62 to 64"])}),
    ("As his Wigan side beat Warrington 30-20, the forward made his return.", {"30-20": ("CARDINAL", ["30-20"])}),
    # Review (rev3): a season's two years written short stay a date.
    ("In 17-18, the club won the league.", {"17-18": ("DATE", ["17-18"])}),
    # Guards: an age band, a month's days and years stay dates.
    ("The show was top rated among adults 18 - 49 on Monday.", {"18 - 49": ("DATE", ["18 - 49"])}),
    ("The show was top rated among adults 18-49 on Monday.", {"18-49": ("DATE", ["18-49"])}),
    ("Security was tightened after 9-11, officials said.", {"9-11": ("DATE", ["9-11"])}),
    # QA rev2: two years written short before a period's noun were made a count.
    ("Accounts for the 24-25 season show a loss.", {"24-25": ("DATE", ["24-25"])}),
    ("The 39-45 war left Caen in ruins.", {"39-45": ("DATE", ["39-45"])}),
    # fixB: a bare number right after a party's, a player's or a team's name (or its "on") is their standing, no date.
    ("England were 120 for two at lunch, with Root on 40 and Stokes on 12.", {"40": ("CARDINAL", ["40"])}),
    ("The latest poll puts Labour 30, Fine Gael 38 and Sinn Fein 22.", {"38": ("CARDINAL", ["38"])}),
    # Guards: a day of a month the sentence dates, a day's number after a weekday.
    ("She met Labour on 12 January and the Greens on 14.", {"14": ("DATE", ["14"])}),
    ("The film opens on Friday 13 in cinemas.", {"Friday 13": ("DATE", ["Friday 13"])}),
    # Review (rev3) guards: an "on N" after a name that may be a day of the month is the day.
    ("Arsenal play Chelsea on 14, and Liverpool on 21.", {"14": ("DATE", ["14"]), "21": ("DATE", ["21"])}),
    ("She last spoke to Macron on 12, and to Scholz on 14.", {"12": ("DATE", ["12"])}),
    # ... and guard: a poll's standings are counts at any size.
    ("Reform on 29, Labour on 24, the poll found.", {"24": ("CARDINAL", ["24"])}),
    ("Stokes was on 35, with Root on 80 and Brook on 14.", {"14": ("CARDINAL", ["14"])}),
    # QA rev2: the day a rival is met or a place gone to, after its name's "on", was made its standing.
    ("Arsenal host Chelsea on 14 and Liverpool on 21, the fixtures show.",
     {"14": ("DATE", ["14"]), "21": ("DATE", ["21"])}),
    ("The president travels to Paris on 14, the Elysee said.", {"14": ("DATE", ["14"])}),
    # Guards: a poll's and an innings' standings after "on" stay counts.
    ("Sunak on 30 and Starmer on 45, the poll showed.", {"45": ("CARDINAL", ["45"])}),
    ("The poll put Labour on 30, with the Greens on 12.", {"30": ("CARDINAL", ["30"])}),
    # fixB: a time in hours, minutes and seconds written short against its numbers is a time, as "14 minutes 56
    # seconds" is.
    ("Kipchoge won in 18min 56sec, ahead of Kiplagat in 21min 8sec.",
     {"18min 56sec": ("TIME", ["18min 56sec"]), "21min 8sec": ("TIME", ["21min 8sec"])}),
    ("He finished in 2hr 4min 12sec in Berlin.", {"2hr 4min 12sec": ("TIME", ["2hr 4min 12sec"])}),
    # Guard: written out it was a time already.
    ("She won in 14 minutes 56 seconds on Friday.", {"14 minutes 56 seconds": ("TIME", ["14 minutes 56 seconds"])}),
    # fixB: a part of a report the model took alone for a place, its numbers after it, is no name.
    ("The report's Chapters 3 and 4 deal with housing, the minister said.", {"Chapters": None}),
    # Guards: the model's law with its number stays; so does a law's article.
    ("The retailer filed for Chapter 11 bankruptcy protection on Monday.", {"Chapter 11": ("LAW", ["Chapter 11"])}),
    ("Article 5 of the NATO treaty was invoked after the attacks.",
     {"Article 5 of the NATO treaty": ("LAW", ["Article 5 of the NATO treaty"])}),
    ("The talks run from 12 to 14 March in Geneva and on March 16-17 in Rome.",
     {"12 to 14 March": ("DATE", ["12 to 14 March"]), "March 16-17": ("DATE", ["March 16-17"])}),
    ("The talks run from 12 to 14 March.", {"12 to 14 March": ("DATE", ["12 to 14 March"])}),
    # Review (rev3): two numbers that can be a month's days are days, but for a change's levels (guard).
    ("The festival runs from 18 to 21, with concerts each night.", {"18 to 21": ("DATE", ["18 to 21"])}),
    ("Matches are on 18 to 21 in the second week.", {"18 to 21": ("DATE", ["18 to 21"])}),
    ("The team went from 6 to 2 in the standings.", {"6 to 2": ("CARDINAL", ["6 to 2"])}),
    ("He served as mayor from 1962 to 1964.", {"1962 to 1964": ("DATE", ["1962 to 1964"])}),
    ("The meeting is on June 3 and 4.", {"June 3 and 4": ("DATE", ["June 3 and 4"])}),
    # fixB: a duration's "working days" stays whole, and a height's inches join its feet.
    ("Refunds will be paid within five working days.", {"five working days": ("DATE", ["five working days"]),
                                                        "five": None}),
    ("The suspect is described as 6ft 5in tall.", {"6ft 5in": ("QUANTITY", ["6ft 5in"]), "6ft": None}),
    ("He is 6 ft 2 in and weighs 15 stone.", {"6 ft 2 in": ("QUANTITY", ["6 ft 2 in"]), "2": None}),
    # Guards: a participle of a clause after a day still ends the date; feet with no inches after them stay alone.
    ("The strike ended on Friday ending months of talks.", {"Friday": ("DATE", ["Friday"])}),
    ("The ball was kicked 6ft in the air.", {"6ft": ("QUANTITY", ["6ft"])}),
    # Guards: a size's or a flat's letter, or one in a sentence of no weather, is no temperature.
    ("She wears a 34C bra, the court heard.", {"34C": ("CARDINAL", ["34C"])}),
    ("Flat 4C was damaged by the heat of the fire.", {"4C": None}),
    # (rev3) a zone's, a bus's or a form's letter in a sentence of the weather.
    ("Schools in zone 3C closed because of the snow.", {"3C": None}),
    ("Bus 10C was cancelled due to the snow.", {"10C": None}),
    ("The warm weather helped 12F shares rise 3% on the Nasdaq.", {"12F": ("CARDINAL", ["12F"])}),
    ("Carbon dioxide concentrations reached 420 parts per million, 50% higher than before the industrial era.",
     {"420 parts per million": ("QUANTITY", ["420 parts per million"]), "million": None}),
    # Light years after a number are a distance, no date.
    ("Astronomers found the planet orbiting a star about 700 light years away. The discovery was published on Monday.",
     {"700 light years": ("QUANTITY", ["700 light years"]), "years": None}),
    ("Proxima Centauri is 4.2 light-years from Earth, the nearest star to the Sun.",
     {"4.2 light-years": ("QUANTITY", ["4.2 light-years"]), "4.2 light": None}),
    ("The galaxy lies 13 billion light years away.",
     {"13 billion light years": ("QUANTITY", ["13 billion light years"]), "years": None}),
    # A range "between" two numbers, the model's quantity on the second, is one quantity.
    ("Output fell to between 850,000 and 890,000 tonnes last year.",
     {"between 850,000 and 890,000 tonnes": ("QUANTITY", ["between 850,000 and 890,000 tonnes"]),
      "between 850,000": None}),
    # Guard: a range of counts with no unit stays the model's count.
    ("Between 5,000 and 6,000 people attended the rally.",
     {"Between 5,000 and 6,000": ("CARDINAL", ["Between 5,000 and 6,000"])}),
    # fixB: a count the model ended before its unit of measure is a quantity with it, a rate's "/h" too.
    ("Forecasters expect between 20 and 30 centimetres of snow in the Alps by Friday.",
     {"between 20 and 30 centimetres": ("QUANTITY", ["between 20 and 30 centimetres"]), "between 20 and 30": None}),
    ("Wildfires have burned more than 18.4 million hectares in Canada this year.",
     {"more than 18.4 million hectares": ("QUANTITY", ["more than 18.4 million hectares"])}),
    ("The patient was given 5mg of morphine every four hours, the inquest heard.", {"5mg": ("QUANTITY", ["5mg"])}),
    ("Thousands lost power after winds of up to 150 km/h hit the east coast.",
     {"150 km/h": ("QUANTITY", ["150 km/h"]), "150 km": None}),
    # Guard: seconds after a count are a time.
    ("He won the race by 2 seconds, and the river rose 3 feet in an hour.", {"2 seconds": ("TIME", ["2 seconds"])}),
    # Guard: a range of people counted stays a count.
    ("The river rose overnight, and 10 to 15 people were evacuated.", {"10 to 15": ("CARDINAL", ["10 to 15"])}),
    # (rev3) years the model dated before a plural noun are no range of its quantity.
    ("Between 2010 and 2015 tonnes of waste were dumped illegally, officials said.",
     {"Between 2010": ("DATE", ["Between 2010"]), "Between 2010 and 2015 tonnes": None}),
    # Guards: years of no light after a number, light of no years.
    ("The festival has run for 700 years, organisers said.", {"700 years": ("DATE", ["700 years"])}),
    ("The firm has 700 light bulbs in stock.", {"700": ("CARDINAL", ["700"])}),
    # QA qa1 (archaeology): a year and its era after it are one date, no count and organisation.
    ("Radiocarbon dating suggests the site was in use by 9600 BC, researchers said.",
     {"9600 BC": ("DATE", ["9600 BC"]), "BC": None, "9600": None}),
    ("The pottery was made between 3000 BC and 2500 BC, the museum said.",
     {"3000 BC": ("DATE", ["3000 BC"]), "2500 BC": ("DATE", ["2500 BC"]), "BC": None}),
    # Guard: British Columbia's "BC" opening a body's name after a count stays the body's.
    ("Officials said 3 BC Hydro crews were out on Monday.", {"BC Hydro": ("ORG", ["BC Hydro"]), "3 BC": None}),
    # Guards (rev1): the province or the firm after a recent year or before a noun is no era ("2024 BC" was a date).
    ("The 2024 BC election was the closest in the province's history.", {"2024 BC": None, "2024": ("DATE", ["2024"])}),
    ("By 2030 BC must cut its emissions by 40 per cent.", {"2030 BC": None}),
    ("In 2023 BC's population grew by 3 per cent.", {"2023 BC": None}),
    ("The company said its 2023 BCE results beat forecasts as 5 BCE subsidiaries grew.",
     {"2023 BCE": None, "5 BCE": None}),
    ("Pottery from 3000 BCE was found in the tomb. Rome was founded in 753 BC.",
     {"3000 BCE": ("DATE", ["3000 BCE"]), "753 BC": ("DATE", ["753 BC"])}),
    # An age in commas after a name is neither part of it nor a date.
    ('Lula da Silva won the election. "Today the only winner is the Brazilian people," Lula, 77, told a crowd.',
     {"Lula da Silva": ("PERSON", ["Lula", "Lula da Silva"]), "Lula, 77": None}),
    ("Prabowo Subianto won the vote. Prabowo, 72, said he would serve all Indonesians.",
     {"Prabowo Subianto": ("PERSON", ["Prabowo", "Prabowo Subianto"]), "72": ("CARDINAL", ["72"])}),
    # fixB: an age after a name closing the sentence, a limit of age after people: counts of years, no dates.
    ('"We are delighted with the result," said Whitlock, 31. He will compete again next month.',
     {"31": ("CARDINAL", ["31"]), "next month": ("DATE", ["next month"])}),
    ("The vaccine is recommended for children under five and adults over 65, health officials said.",
     {"under five": ("CARDINAL", ["under five"]), "over 65": ("CARDINAL", ["over 65"])}),
    # Guards: a day after a weekday and a comma is a date; "under" a count of things is no age.
    ("Prices fell on Wednesday, 31. Sales rose.", {"Wednesday, 31": ("DATE", ["Wednesday, 31"])}),
    ("The temperature fell under five degrees, and the plant closed on May 31.",
     {"five degrees": ("QUANTITY", ["five degrees"]), "May 31": ("DATE", ["May 31"])}),
    # fixB: a duration told in parts is one date or time; "year on year" one date.
    ("The ultra runner completed the course in 7 hours, 51 minutes and 44 seconds, a new record.",
     {"7 hours, 51 minutes and 44 seconds": ("TIME", ["7 hours, 51 minutes and 44 seconds"]), "7 hours": None}),
    ("He was jailed for four years and three months at Manchester Crown Court on Friday.",
     {"four years and three months": ("DATE", ["four years and three months"]), "four years": None}),
    ("Infosys reported a net profit of 7,969 crore rupees for the quarter, up 30% year on year.",
     {"year on year": ("DATE", ["year on year"]), "year": None}),
    ("The average price of a home in Toronto fell 1.4% year over year to C$1.12 million in May.",
     {"year over year": ("DATE", ["year over year"]), "year": None}),
    # fixB: a share "N in M" is one count; a date the model ran on from its second number keeps the rest.
    ("The government said 1 in 4 children in the city lived in poverty, up from 1 in 5 a decade ago.",
     {"1 in 4": ("CARDINAL", ["1 in 4"]), "1 in 5": ("CARDINAL", ["1 in 5"]),
      "a decade ago": ("DATE", ["a decade ago"]), "5 a decade ago": None}),
    ("The survey of 2,000 adults found that one in five had skipped meals to save money.",
     {"one in five": ("CARDINAL", ["one in five"])}),
    ("About 1 in 4 residents were poor, up from 1 in 10 in 2000, the report said.",
     {"1 in 10": ("CARDINAL", ["1 in 10"]), "2000": ("DATE", ["2000"]), "in 2000": None}),
    # Guard: a count before a year is no share.
    ("He scored 2 in 2023 and 5 in 12 games this season.", {"2": ("CARDINAL", ["2"]), "2023": ("DATE", ["2023"])}),
    # Guard: a count before a name opening with digits is no share, nor a failure ("76ers" read as a number).
    ("Iverson scored 40 in 76ers colours on Friday.", {"40": ("CARDINAL", ["40"])}),
    # Guards (rev3): a count in a span of time is no share ("3 in 10 days" was "3 in 10" and a date "days").
    ("The team has won 3 in 10 days and now faces its toughest test.",
     {"3": ("CARDINAL", ["3"]), "10 days": ("DATE", ["10 days"]), "days": None}),
    ("She has won 2 in 5 years on the tour, her coach said.", {"5 years": ("DATE", ["5 years"]), "2 in 5": None}),
    # Guards: parts of no falling units stay apart.
    ("The scheme ran for two years, three years in some regions, and then it stopped.",
     {"two years": ("DATE", ["two years"]), "three years": ("DATE", ["three years"])}),
    ("Sales were flat on Monday and Tuesday, and prices fell on Wednesday.",
     {"Monday": ("DATE", ["Monday"]), "Tuesday": ("DATE", ["Tuesday"])}),
    # A profession before a title and a name is no nationality.
    ("Cardiologist Dr. Maria Santos said the results were promising.",
     {"Maria Santos": ("PERSON", ["Maria Santos"]), "Cardiologist": None}),
])
def test_dateline_dates_conjunctions_determiners_units_ages_and_professions(nlp: Language, text: str, expected: dict
                                                                            ) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # The frequency of a metric of active users is no date.
    ("Meta reported strong results on Wednesday. Monthly active users rose 12% to 675 million, the company said.",
     {"Monthly": None, "Wednesday": ("DATE", ["Wednesday"])}),
    ("The game's daily active players doubled in March, the studio said.", {"daily": None}),
    ("The app has 20 million monthly active users, up from 15 million a year ago.", {"monthly": None}),
    # Guards: a frequency of other things stays a date.
    ("The monthly meeting was cancelled. The daily briefing is at noon.",
     {"monthly": ("DATE", ["monthly"]), "daily": ("DATE", ["daily"])}),
])
def test_the_frequency_of_an_active_users_metric_is_no_date(nlp: Language, text: str, expected: dict) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # A plural unit of time counted as a business's metric, after a noun or a participle, is no time.
    ("Booking Holdings reported room nights of 319 million for the quarter, up 8% from a year ago.",
     {"room nights": None, "the quarter": ("DATE", ["the quarter"])}),
    ("Its ITVX streaming service grew viewing hours by 15%.", {"hours": None}),
    # Guards: time spent stays a time or a date, as do a time after an act the parser compounded and hours of a
    # time of day (gold texts ecb-26_9ecb, pol-breitbart).
    ("The negotiations lasted for days. Staff worked for hours.",
     {"days": ("DATE", ["days"]), "hours": ("TIME", ["hours"])}),
    ("A mafioso committed suicide hours after his arrest in a police bust.", {"hours": ("TIME", ["hours"])}),
    # Guard (rev3): hours after "during" are a time ("during commuting hours" was no entity).
    ("Traffic is heavy during commuting hours, the council said.", {"hours": ("TIME", ["hours"])}),
    # Guard (rev3): nights or hours of a season or a part of the day are a time.
    ("Parents complained that summer nights were too noisy near the festival site.",
     {"summer nights": ("DATE", ["summer nights"])}),
    ("Trump urged supporters to check her sex tape in the early morning hours on Friday.",
     {"the early morning hours": ("TIME", ["the early morning hours"])}),
])
def test_a_metric_of_units_of_time_is_no_time(nlp: Language, text: str, expected: dict) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # The subject after a dateline, a work's title to the model, is no title: "The" goes, and the acronym joins it.
    ("ABUJA — The All Progressives Congress (APC) on Thursday picked a candidate.",
     {"All Progressives Congress": ("ORG", ["APC", "All Progressives Congress"]),
      "The All Progressives Congress": None}),
    ("LOS ANGELES — The Bridge Fire was 3% contained on Tuesday. Firefighters said the Bridge Fire had grown "
     "overnight.", {"Bridge Fire": ("FAC", ["Bridge Fire", "Bridge Fire"]), "The Bridge Fire": None}),
    # A bank's rate is no organisation; the bank then joins its full name.
    ("The Bank of England raised Bank Rate to 4.25% on Thursday. The Bank estimated that the economy would grow by "
     "0.1%.", {"Bank of England": ("ORG", ["Bank", "Bank of England"]), "Bank Rate": None, "Bank": None}),
    # A country's possessive before a body of its state is the country and the body (the model's one organisation).
    ("Vanuatu's Parliament voted on the bill.", {"Vanuatu": ("GPE", ["Vanuatu"]), "Parliament": ("ORG", ["Parliament"]),
                                                 "Vanuatu's Parliament": None}),
    # Portugal's towns after a verb of spreading (the model's persons).
    ("Strikes spread to Faro, Évora and Setúbal on Tuesday.",
     {"Faro": ("GPE", ["Faro"]), "Évora": ("GPE", ["Évora"]), "Setúbal": ("GPE", ["Setúbal"])}),
    # A plural of a common noun opening a sentence names people, no body (the model's organisation).
    ("Farmers protested against the Mercosur trade deal in Brussels.", {"Farmers": None}),
    ("Farmers said the deal would ruin them.", {"Farmers": None}),
    # Guards: a team known by such a plural, a firm's name that holds it.
    ("Rangers said in a statement that the manager had left.", {"Rangers": ("ORG", ["Rangers"])}),
    # Guard: a union whose name is such a plural.
    ("Teamsters said the strike at the warehouse would continue into next week.",
     {"Teamsters": ("ORG", ["Teamsters"])}),
    ("Farmers Insurance said claims rose. Farmers also raised its prices.",
     {"Farmers Insurance": ("ORG", ["Farmers", "Farmers Insurance"])}),
    # The members a body's name holds are no name alone at a sentence's start.
    ("The Minnesota Nurses Association said members would strike. Nurses picketed outside Abbott Northwestern "
     "Hospital in Minneapolis.", {"Minnesota Nurses Association": ("ORG", ["Minnesota Nurses Association"])}),
    # A name's number stays with it, out of the time after it.
    ("The booster landed at Landing Zone 1 about eight minutes after launch.",
     {"Landing Zone 1": ("FAC", ["Landing Zone 1"]), "about eight minutes": ("TIME", ["about eight minutes"])}),
    ("The satellite was launched on a Falcon 9 rocket from Cape Canaveral.",
     {"Falcon 9": ("PRODUCT", ["Falcon 9"]), "Falcon": None}),  # a rocket's model, named before its noun
    # A product's generation after "Series"; guard: a series' score is none of its name.
    ("Apple launched the Apple Watch Series 10 on Monday.",
     {"Apple Watch Series 10": ("PRODUCT", ["Apple Watch Series 10"]), "Apple Watch Series": None}),
    ("The Dodgers won the World Series 4-1 over the Yankees.",
     {"World Series": ("EVENT", ["World Series"]), "World Series 4": None}),
    # rev1 guard: a tally after the competition's name counts its noun, no number of the name.
    ("The Yankees have won the World Series 27 times.", {"World Series": ("EVENT", ["World Series"]),
                                                         "World Series 27": None}),
    ("She has won the Diamond League Series 4 times.", {"Diamond League Series 4": None}),
    # A name with a dot inside, which the tokenizer split: no person "G".
    ("Gen.G beat T1 3-1 in the final. Gen.G took home $500,000.",
     {"Gen.G": ("ORG", ["Gen.G", "Gen.G"]), "G": None}),
])
def test_datelines_rates_members_numbers_and_dots_inside_names(nlp: Language, text: str, expected: dict) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # A name before a title stays (a nationality to the model before one is a profession: "Cardiologist Dr.").
    ("Harvard Prof. Lawrence Summers said inflation would stay high.", {"Harvard": ("ORG", ["Harvard"])}),
    # Inside a sentence a capital makes a possessive word a name's own.
    ("Jeremy Corbyn's new group, Your Party, registered with the commission.",
     {"Your Party": ("ORG", ["Your Party"])}),
])
def test_names_before_titles_and_capitalised_possessive_words_stay_whole(nlp: Language, text: str, expected: dict
                                                                         ) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize("text", ["The court ordered 300 Celsius creditors to be repaid.",
                                  "In 2023 Celsius shares doubled."])
def test_a_scale_before_a_noun_or_after_a_year_is_no_unit(nlp: Language, text: str) -> None:
    assert not [g for g in enrich(nlp, text)["entity_groups"] if g["label"] == "QUANTITY"]


@pytest.mark.parametrize(("text", "expected"), [
    # The House of a legislature is no White House.
    ("Senate Majority Leader Chuck Schumer said Democrats would push ahead, setting up a showdown with House "
     "Republicans. The White House weighed in later.",
     {"White House": ("ORG", ["White House"]), "House": ("ORG", ["House"])}),
    # A country's code before an institution's name is the same institution; an acronym may leave out a name's
    # "and" and last word.
    ("The U.S. Federal Reserve raised rates aggressively. On Wednesday, the Fed increased its benchmark rate by 75 "
     "basis points.", {"U.S. Federal Reserve": ("ORG", ["Fed", "U.S. Federal Reserve"])}),
    ("The Centers for Disease Control and Prevention has sent a team. A CDC spokesperson said the agency had "
     "recorded 412 cases.",
     {"Centers for Disease Control and Prevention": ("ORG", ["CDC", "Centers for Disease Control and Prevention"])}),
    # Names the model split across "for" and "and".
    ("The United States Agency for International Development announced $1.25 million for shelter kits.",
     {"United States Agency for International Development":
      ("ORG", ["United States Agency for International Development"]), "International Development": None}),
    ("The figures were released according to the American College of Obstetricians and Gynecologists.",
     {"American College of Obstetricians and Gynecologists":
      ("ORG", ["American College of Obstetricians and Gynecologists"]), "Gynecologists": None}),
    # A body on two subjects, split at their "and".
    ("He appealed to the African Court on Human and Peoples' Rights.",
     {"African Court on Human and Peoples' Rights": ("ORG", ["African Court on Human and Peoples' Rights"]),
      "Peoples' Rights": None}),
    ("The Senate Committee on Homeland Security and Governmental Affairs met.",
     {"Senate Committee on Homeland Security and Governmental Affairs":
      ("ORG", ["Senate Committee on Homeland Security and Governmental Affairs"])}),
    # Guards: a known body, a firm or a one-word name after the "and" stays apart.
    ("The Commission on Human Rights and Amnesty International both objected.",
     {"Commission on Human Rights": ("ORG", ["Commission on Human Rights"]),
      "Amnesty International": ("ORG", ["Amnesty International"])}),
    ("The Committee on Foreign Affairs and Goldman Sachs met.",
     {"Committee on Foreign Affairs": ("ORG", ["Committee on Foreign Affairs"]),
      "Goldman Sachs": ("ORG", ["Goldman Sachs"])}),
    ("The House Committee on Oversight and Apple disagreed.", {"Apple": ("ORG", ["Apple"])}),
    # ... nor a known firm named by ordinary words.
    ("The Committee on Climate Change and General Electric both published reports on Monday.",
     {"Committee on Climate Change": ("ORG", ["Committee on Climate Change"]),
      "General Electric": ("ORG", ["General Electric"])}),
    ("The Commission on Human Rights and Capital Economics analysts disagreed about the figures.",
     {"Commission on Human Rights": ("ORG", ["Commission on Human Rights"]),
      "Capital Economics": ("ORG", ["Capital Economics"])}),
    # Two companies with their legal forms, one name to the model; the firm's first word alone is the firm.
    ("The drug will be sold by Biogen Inc and Sage Therapeutics Inc. Sage shares fell 49%.",
     {"Biogen Inc": ("ORG", ["Biogen Inc"]), "Sage Therapeutics Inc.": ("ORG", ["Sage", "Sage Therapeutics Inc."])}),
    # Given names the model left out.
    ('"These results are a major step forward," Chief Executive Vas Narasimhan said in a statement.',
     {"Vas Narasimhan": ("PERSON", ["Vas Narasimhan"]), "Narasimhan": None}),
    ("Leftist Luiz Inacio Lula da Silva narrowly won Brazil's presidential election.",
     {"Luiz Inacio Lula da Silva": ("PERSON", ["Luiz Inacio Lula da Silva"]), "Inacio Lula da Silva": None}),
    # A live blog entry's time stamp before a name.
    ("00:52 BST - Grant Shapps has lost his seat in Welwyn Hatfield. He becomes the first cabinet minister to be "
     "defeated tonight.", {"Grant Shapps": ("PERSON", ["Grant Shapps"])}),
    # An organisation's acronym and the nation of its branch.
    ("Prices rose on Monday.\n\nNHS England said waits would fall.", {"NHS England": ("ORG", ["NHS England"])}),
    ("Prices rose on Monday.\n\nNHS Scotland said waits would fall.",
     {"NHS Scotland": ("ORG", ["NHS Scotland"]), "Scotland": None}),
    # A bank's name and the country of its branch.
    ("DBS Bank Indonesia said it would raise rates.",
     {"DBS Bank Indonesia": ("ORG", ["DBS Bank Indonesia"]), "Indonesia": None, "DBS Bank": None}),
    ("Standard Chartered Bank Kenya said profit rose.",
     {"Standard Chartered Bank Kenya": ("ORG", ["Standard Chartered Bank Kenya"]), "Kenya": None}),
    # A bank named by one word ending in "bank", which the model missed, left only the country.
    ("Maybank Indonesia said net profit rose 10 percent in the first half.",
     {"Maybank Indonesia": ("ORG", ["Maybank Indonesia"]), "Indonesia": None}),
    ("Rabobank Australia said farm lending rose.", {"Rabobank Australia": ("ORG", ["Rabobank Australia"]),
                                                   "Australia": None}),
    # Guards: a word ending in "bank" that is no bank's name, or a country with no verb after it.
    ("The Westbank Indonesia office opened.", {"Indonesia": ("GPE", ["Indonesia"])}),
    # Guards: no verb after the country, or a sentence between the bank and the country.
    ("The World Bank Indonesia office said so.", {"World Bank": ("ORG", ["World Bank"]),
                                                  "Indonesia": ("GPE", ["Indonesia"])}),
    ("Shares of Deutsche Bank rose. Germany said it would help.",
     {"Deutsche Bank": ("ORG", ["Deutsche Bank"]), "Germany": ("GPE", ["Germany"])}),
    # rev1 guards: the country opens the clause after a phrase that ends with the bank (its comma left out).
    ("Under pressure from the World Bank Ghana agreed to cut subsidies.",
     {"World Bank": ("ORG", ["World Bank"]), "Ghana": ("GPE", ["Ghana"])}),
    ("With backing from the Asian Development Bank Indonesia plans to build ten dams.",
     {"Asian Development Bank": ("ORG", ["Asian Development Bank"]), "Indonesia": ("GPE", ["Indonesia"])}),
    ("A spokesman for DBS Bank Indonesia said it would raise rates.",
     {"DBS Bank Indonesia": ("ORG", ["DBS Bank Indonesia"])}),
    # A street's name without its word for a street.
    ("The city will rebuild the Glenstone Avenue bridge. Tom Reynolds, who owns a tire shop on Glenstone, objected.",
     {"Glenstone Avenue": ("FAC", ["Glenstone", "Glenstone Avenue"]), "Glenstone": None}),
])
def test_legislatures_national_prefixes_split_and_joined_names_branches_and_streets(nlp: Language, text: str,
                                                                                    expected: dict) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


def test_a_given_name_the_model_calls_a_nationality_joins_its_person(nlp: Language) -> None:
    text = ('Virat Kohli struck an unbeaten 113 as India beat Australia. Australian captain Pat Cummins conceded '
            'defeat. "Virat was just too good," he said.')
    groups = _enriched_groups(nlp, text)
    assert groups["Virat Kohli"] == ("PERSON", ["Virat", "Virat Kohli"]) and "Virat" not in groups, groups


@pytest.mark.parametrize(("text", "kept"), [
    ('"Removing the headline metric makes it harder to judge the business," said Jessica Reif Ehrlich.', None),
    ('"The 13th Amendment has a clause that is a criminality clause," DuVernay explained.', "The 13th Amendment"),
    ('"The Quiet Shore" won the Booker Prize in 1998.', "The Quiet Shore"),
    # qa1: a common noun and a name after a preposition opening the quote, its verb after them.
    ('"Demand for Wegovy continues to exceed supply," chief executive Lars Fruergaard Jorgensen said.', None),
    # rev1: a title whose words after the preposition are the dictionary's nouns, no name, stays a work.
    ('"Songs of Innocence sold poorly at first," the critic said.', "Songs of Innocence"),
    ('"Lessons in Chemistry became a hit series," the author said.', "Lessons in Chemistry"),
])
def test_a_quoted_sentences_first_words_are_no_title(nlp: Language, text: str, kept: str | None) -> None:
    works = [g["name"] for g in enrich(nlp, text)["entity_groups"] if g["label"] == "WORK_OF_ART"]
    assert [w for w in works if "Booker" not in w] == ([kept] if kept else []), works


@pytest.mark.parametrize(("text", "expected"), [
    # A legislature's word joins the legislature of a place or of its own words.
    ("France's National Assembly voted on Tuesday. The Assembly will debate the bill next week.",
     {"National Assembly": ("ORG", ["Assembly", "National Assembly"])}),
    # One firm's legal forms on both sides of "&".
    ("Fresenius SE & Co. KGaA said profit rose.", {"Fresenius SE & Co. KGaA": ("ORG", ["Fresenius SE & Co. KGaA"])}),
    # A name after "for" that is no purpose in ordinary words; a branch's place after a preposition and an acronym.
    ("She quit the Justice Department for Goldman Sachs in 2019.",
     {"Justice Department": ("ORG", ["Justice Department"]), "Goldman Sachs": ("ORG", ["Goldman Sachs"])}),
    ("Thanks to the IMF Egypt has stabilised its currency.", {"Egypt": ("GPE", ["Egypt"])}),
])
def test_legislatures_legal_forms_purposes_and_branches_are_not_overdone(nlp: Language, text: str, expected: dict
                                                                          ) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # A lower-case verb inside the model's name ends it: two names, the first a surname of the person before.
    ("Lando Norris finished third. The victory lifts Ferrari to 407 points, while Norris trimmed Verstappen's lead "
     "to 62 points.", {"Lando Norris": ("PERSON", ["Lando Norris", "Norris"]), "Norris trimmed Verstappen": None}),
    # A preposition between two names the text writes elsewhere.
    ('Liverpool beat Manchester United 3-1 at Anfield. "Scoring against United at Anfield is always special," '
     "Salah told reporters.", {"Manchester United": ("ORG", ["Manchester United", "United"]),
                               "United at Anfield": None}),
    # A title's "First" is no ordinal; a team boss's name a person's.
    ("Scotland's First Minister John Swinney on Tuesday set out plans. Spending will top 21 billion pounds for the "
     "first time.", {"First": None}),
    ("Red Bull boss Christian Horner said the team would study the data. Ferrari team boss Frederic Vasseur praised "
     "the strategists.", {"Frederic Vasseur": ("PERSON", ["Frederic Vasseur"])}),
    # QA qa1: a giver's word, and a surname's capital inside it ("MacKenzie" was an organisation's word).
    ("The donation came from philanthropist MacKenzie Scott, the charity said.",
     {"MacKenzie Scott": ("PERSON", ["MacKenzie Scott"])}),
    # Guard: a firm's name with a word in capitals inside after the word stays the firm's.
    ("The fund is backed by billionaire BlackRock Capital.", {"BlackRock Capital": ("ORG", ["BlackRock Capital"])}),
    # A player's position before his name: "Texas quarterback Quinn Ewers" was a place.
    ("UConn reached the Final Four again. Texas quarterback Quinn Ewers threw for 300 yards.",
     {"Quinn Ewers": ("PERSON", ["Quinn Ewers"])}),
])
def test_clause_words_split_names_and_titles_are_no_ordinals(nlp: Language, text: str, expected: dict) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "number"), [
    ("The telescope launched in December 2021 and sits 1.5 million kilometres from Earth.", "1.5 million kilometres"),
    ("He said it took them seven hours to reach Hinton.", "seven hours"),
])
def test_numbers_leave_the_clauses_verb_or_pronoun_out(nlp: Language, text: str, number: str) -> None:
    texts = {m["text"] for m in enrich(nlp, text)["entities"]}
    assert number in texts, texts


@pytest.mark.parametrize(("text", "expected"), [
    # A portfolio before Kenya's "Cabinet Secretary" is no organisation.
    ("Agriculture Cabinet Secretary Mutahi Kagwe said the government had bought 2 million bags.",
     {"Agriculture Cabinet": None, "Mutahi Kagwe": ("PERSON", ["Mutahi Kagwe"])}),
    # A police blotter's headings are no places; an organisation before a dash in a text of one is kept.
    ("THEFT — A man was arrested Monday.\nBURGLARY — Someone broke into a home Tuesday.\nDUI — A woman was "
     "arrested Wednesday.", {"Burglary": None}),
    ("NATO — The alliance met on Monday.", {"NATO": ("GPE", ["NATO"])}),
    # A name's particle the tagger reads as a verb cuts nothing; "principal" before a firm's name is an adjective.
    ("The Partido dos Trabalhadores (PT) of President Luiz Inacio Lula da Silva lost seats in Sao Paulo.",
     {"Partido dos Trabalhadores": ("ORG", ["PT", "Partido dos Trabalhadores"])}),
    ("Emma Smith, a principal Morgan Stanley economist, said rates would fall. Morgan Stanley shares rose.",
     {"Morgan Stanley": ("ORG", ["Morgan Stanley", "Morgan Stanley"])}),
])
def test_titles_headings_particles_and_adjectives_make_no_names(nlp: Language, text: str, expected: dict) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # A party's name in the singular is the party the article names in the plural; so are a people's.
    ("The Liberal Democrats won 72 seats. Ed Davey, the Liberal Democrat leader, said the result was historic.",
     {"Liberal Democrats": ("ORG", ["Liberal Democrat", "Liberal Democrats"]), "Liberal Democrat": None}),
    ("The Tories lost 200 seats. One Tory MP said the party needed a new leader.",
     {"Tories": ("NORP", ["Tories", "Tory"]), "Tory": None}),
])
def test_a_name_in_the_singular_joins_its_plural(nlp: Language, text: str, expected: dict) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # A firm's or a paper's name alone in the singular is no plural's (the singular joins only as a modifier, and a
    # people's name only where the model calls both a people).
    ("The Guardian said it would stop posting on X. The Guardians lost to the Tigers 3-1.",
     {"Guardian": ("ORG", ["Guardian"]), "Guardians": ("ORG", ["Guardians"])}),
    ("The Sun reported the story first. Phoenix Suns guard Devin Booker scored 40 points as the Suns beat Dallas.",
     {"Sun": ("ORG", ["Sun"]), "Phoenix Suns": ("ORG", ["Phoenix Suns", "Suns"])}),
    ("American Airlines said it would cancel flights. American said the storm was to blame, and Americans faced "
     "delays.", {"Americans": ("NORP", ["Americans"])}),
    # A post after a comma that ends no description of the name: a firm's.
    ("He spent a decade at Morgan Stanley, latterly as managing director.",
     {"Morgan Stanley": ("ORG", ["Morgan Stanley"])}),
    ("The offer came from Morgan Stanley, said a spokeswoman.", {"Morgan Stanley": ("ORG", ["Morgan Stanley"])}),
    # A work's title after a dateline stays one; a name with "'s" before a noun's modifier is no place.
    ("NEW YORK (AP) — The Godfather returns to theaters this weekend.",
     {"The Godfather": ("WORK_OF_ART", ["The Godfather"])}),
    ("The Fed's Green light for rate cuts lifted markets on Wednesday.", {"Federal Reserve": ("ORG", ["Fed"])}),
    ("Amazon's Green pledge was cut.", {"Amazon": ("ORG", ["Amazon"])}),
    # A force the model names alone is no members' word of the association named after it.
    ("The Royal Marines Association said the veterans deserved better. Marines were deployed to the Gulf last year.",
     {"Marines": ("NORP", ["Marines"])}),
    # The surname alone described as the full name's relative is someone else.
    ("Mr. Ford, the great-grandson of Henry Ford, said Ford Motor Co. would invest $2 billion in the plant.",
     {"Ford": ("PERSON", ["Ford"]), "Henry Ford": ("PERSON", ["Henry Ford"])}),
    # A zone's name takes no number that opens a quantity.
    ("The Special Economic Zone 2 million square metres in size opened in Gwadar.",
     {"2 million square metres": ("QUANTITY", ["2 million square metres"])}),
    ("The Suez Canal Economic Zone 5 km from the port opened.",
     {"Suez Canal Economic Zone": ("ORG", ["Suez Canal Economic Zone"]), "5 km": ("QUANTITY", ["5 km"])}),
])
def test_new_joins_and_labels_leave_other_names_alone(nlp: Language, text: str, expected: dict) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # A person's surname that is a facility's head word: given names before it make a person.
    ('"We\'re thrilled," said Jamie Arena, the club\'s chairman. Arena bought the team in 2019.',
     {"Jamie Arena": ("PERSON", ["Arena", "Jamie Arena"])}),
    ('"There was chaos," said Mary Anne Bridge, a passenger. Bridge said she waited six hours.',
     {"Mary Anne Bridge": ("PERSON", ["Bridge", "Mary Anne Bridge"])}),
    # A contest or a referee's ruling names no case; a date after a case is no party.
    ("The VAR ruling in Liverpool v Tottenham angered fans on Saturday.", {"Liverpool v Tottenham": None}),
    ("Pollsters say a Biden v. Trump rematch is likely, though a court ruling could change that.",
     {"Biden v. Trump": None, "Trump": ("PERSON", ["Trump"])}),
    ("The Supreme Court justices overturned Roe v. Wade Friday, ending a constitutional right.",
     {"Roe v. Wade": ("LAW", ["Roe v. Wade"])}),
    ("The justices' ruling in Dobbs v. Jackson Women's Health Organization ended the right to abortion.",
     {"Dobbs v. Jackson Women's Health Organization": ("LAW", ["Dobbs v. Jackson Women's Health Organization"])}),
    # A nickname as long as the name is the same person.
    ("John Smith, known as Big John, was arrested on Monday. Smith denied the charges.",
     {"John Smith": ("PERSON", ["Big John", "John Smith", "Smith"])}),
])
def test_facility_heads_cases_and_nicknames_name_the_right_things(nlp: Language, text: str, expected: dict) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


def test_chained_case_names_do_not_overlap(nlp: Language) -> None:
    mentions, _ = run(nlp, "The court ruled in Smith v. Jones v. Brown that the lawsuit failed.")
    spans = sorted((m["start"], m["end"]) for m in mentions)
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans)), mentions


def test_a_sums_id_keeps_its_currency() -> None:
    assert entity_id("MONEY", "$1,099") != entity_id("MONEY", "£1,099") != entity_id("MONEY", "€1,099")
    assert entity_id("MONEY", "$1,099") == entity_id("MONEY", "$1,099")


@pytest.mark.parametrize(("text", "expected"), [
    # A country's code without stops is no initials of another name (the country's own name it still stands for).
    ("Exports to the US fell sharply, a professor at the University of Sydney said.",
     {"University of Sydney": ("ORG", ["University of Sydney"])}),
    ("Exports to the UK fell sharply, a professor at the University of Kent said.",
     {"University of Kent": ("ORG", ["University of Kent"])}),
    ("Exports to the EU fell sharply, a professor at Edinburgh University said.",
     {"Edinburgh University": ("ORG", ["Edinburgh University"])}),
    ("The United States imposed new tariffs on Monday. The US said the measures would last a year.",
     {"United States": ("GPE", ["US", "United States"])}),
    ("The University of Sydney (US) said on Monday it would cut jobs. US staff will strike.",
     {"University of Sydney": ("ORG", ["US", "US", "University of Sydney"])}),
    # Equal sums in different currencies are different sums.
    ("The iPhone 17 Pro starts at $1,099 in the United States, £1,099 in Britain and €1,299 in Germany. The Galaxy "
     "S25 Ultra costs $1,299.", {"$1,099": ("MONEY", ["$1,099"]), "£1,099": ("MONEY", ["£1,099"]),
                                 "€1,299": ("MONEY", ["€1,299"]), "$1,299": ("MONEY", ["$1,299"])}),
    # A town the model misreads is no short form of the court named after it.
    ("Police found the factory inside a disused bank in Bolton. The men will appear at Bolton Crown Court on 14 "
     "March.", {"Bolton Crown Court": ("ORG", ["Bolton Crown Court"])}),
    ("Harvard University sued the government on Monday. Harvard said the cuts were unlawful.",
     {"Harvard University": ("ORG", ["Harvard", "Harvard University"])}),
    ("Reliance Industries reported a rise in profit on Friday. Reliance said it would invest more in retail.",
     {"Reliance Industries": ("ORG", ["Reliance", "Reliance Industries"])}),
    # A name the model took for a title for the sentence's opening "The" is the name without it.
    ('"The Suez Canal is effectively closed to the big alliances," said Simon Heaney of Drewry. Transits through the '
     'Suez Canal have fallen.', {"Suez Canal": ("LOC", ["Suez Canal", "The Suez Canal"]), "The Suez Canal": None}),
    # An airline's name and its aircraft's are two names (the maker and the model's number one product).
    ("A Delta Air Lines Boeing 737 and an American Airlines Boeing 777 were involved.",
     {"American Airlines": ("ORG", ["American Airlines"]), "Boeing 777": ("PRODUCT", ["Boeing 777"]),
      "American Airlines Boeing": None}),
    ("An Air India Boeing 787 crashed in Ahmedabad.",
     {"Air India": ("ORG", ["Air India"]), "Boeing 787": ("PRODUCT", ["Boeing 787"])}),
    # A name whose bracketed acronym spells a country's code with it is one name.
    ("Universities UK (UUK) has called for tuition fees to rise.",
     {"Universities UK": ("ORG", ["UUK", "Universities UK"]), "UK": None}),
    # So is one the text introduces as an organisation's.
    ("The charity Alzheimer's Research UK said dementia cases would rise.",
     {"Alzheimer's Research UK": ("ORG", ["Alzheimer's Research UK"]), "UK": None}),
    ("A spokesman for the charity Age UK said pensioners were struggling.",
     {"Age UK": ("ORG", ["Age UK"]), "UK": None}),
    # Or that the parse reads as names modifying the country, with no cue; not a country's own phrase.
    ("Alzheimer's Research UK called the decision a bitter disappointment.",
     {"Alzheimer's Research UK": ("ORG", ["Alzheimer's Research UK"]), "UK": None}),
    ("My story is not unusual: Age UK estimates that 1.6 million older people are waiting.",
     {"Age UK": ("ORG", ["Age UK"]), "UK": None}),
    ("Meanwhile UK inflation rose again in March.", {"UK": ("GPE", ["UK"])}),
    ("Lamenting their luck, Mexicans often say, ''Poor Mexico, so far from God and so close to the United States.''",
     {"Mexico": ("GPE", ["Mexico"]), "Poor Mexico": None}),
    # Guards (review of 30bcca2): a country a word before describes is no organisation's name.
    ("Nazi Germany invaded Poland in 1939.", {"Nazi Germany": None}),
    ("Mainland China reported 20 new cases on Tuesday.", {"Mainland China": None, "China": ("GPE", ["China"])}),
    ("Bank of America said profits rose. Corporate America is nervous.", {"Corporate America": None}),
])
def test_codes_currencies_towns_articles_and_airlines_group_apart_or_whole(nlp: Language, text: str, expected: dict
                                                                           ) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected", "speaker"), [
    # India's honorifics are cut from the name, which then stays whole, its surname a common noun too ("das").
    ("Maharashtra Finance Minister Shri Ajit Pawar on Monday presented the budget. RBI Governor Shri Shaktikanta Das "
     "said inflation remained above target. \"We must remain watchful,\" Das said.",
     {"Ajit Pawar": ("PERSON", ["Ajit Pawar"]), "Shaktikanta Das": ("PERSON", ["Das", "Shaktikanta Das"]),
      "Shri Ajit Pawar": None, "Shri Shaktikanta": None, "Das": None}, "Shaktikanta Das"),
    # A councillor's surname after the rank cut; the ward in brackets after the name is a place.
    ("Labour's Cllr Kate Halliday (Belle Vue) said the closure of Belle Vue library would hit families. \"It's the "
     "only warm space some of my residents have,\" she said.",
     {"Kate Halliday": ("PERSON", ["Kate Halliday"]), "Kate": None, "Belle Vue": ("GPE", ["Belle Vue", "Belle Vue"])},
     "Kate Halliday"),
    # A person's noun capitalised at a sentence's start is no part of the name.
    ("Neighbour Margaret Ashworth, 71, said the noise had kept her awake for weeks. \"It was like living next to a "
     "building site,\" she said.",
     {"Margaret Ashworth": ("PERSON", ["Margaret Ashworth"]), "Neighbour Margaret Ashworth": None},
     "Margaret Ashworth"),
])
def test_honorifics_councillors_wards_and_persons_nouns_leave_the_name_whole(
        nlp: Language, text: str, expected: dict, speaker: str) -> None:
    result = enrich(nlp, text)
    written = {g["entity_id"]: sorted(m["text"] for m in result["entities"] if m["entity_id"] == g["entity_id"])
               for g in result["entity_groups"]}
    groups = {g["name"]: (g["label"], written[g["entity_id"]]) for g in result["entity_groups"]}
    assert {name: groups.get(name) for name in expected} == expected, groups
    assert [q["speaker"]["name"] for q in result["quotes"]] == [speaker], result["quotes"]


@pytest.mark.parametrize(("text", "expected"), [
    # Streets are facilities, the town of an address a place; a street named for what is there is left alone.
    ("Kevin Doyle, 34, of Chorley New Road, Bolton, was charged. The building on Deansgate, on the corner of Bank "
     "Street, closed in 2019.",
     {"Chorley New Road": ("FAC", ["Chorley New Road"]), "Bolton": ("GPE", ["Bolton"]),
      "Bank Street": ("FAC", ["Bank Street"])}),
    ("A spokesman for Downing Street declined to comment. Sources in Downing Street said Ms Reeves would stay.",
     {"Downing Street": ("ORG", ["Downing Street", "Downing Street"])}),
    # A name she was born with is hers.
    ("Eleanor Whitcombe, born Eleanor Mary Pryce in Merthyr Tydfil, first stood for parliament in 2010.",
     {"Eleanor Whitcombe": ("PERSON", ["Eleanor Mary Pryce", "Eleanor Whitcombe"]), "Eleanor Mary Pryce": None}),
    ("Eleanor Whitcombe, née Pryce, grew up in Cardiff.",
     {"Eleanor Whitcombe": ("PERSON", ["Eleanor Whitcombe", "Pryce"]), "Pryce": None}),
    # A headline's words after its verb in title case are what was announced, no person ("Hires Tim Cook" is one).
    ("Halvorsen Robotics Announces Record Fourth-Quarter Results",
     {"Halvorsen Robotics": ("ORG", ["Halvorsen Robotics"]), "Record Fourth-Quarter Results": None}),
    # Guards (pass before the rules too): a person hired in a headline, a street's word as a surname, an honorific
    # opening a college's name.
    ("Apple Hires Tim Cook As Chief Executive", {"Tim Cook": ("PERSON", ["Tim Cook"])}),
    ("Glenn Close, 77, said the play was her favourite. Close said she would return.",
     {"Glenn Close": ("PERSON", ["Close", "Glenn Close"])}),
    ("The Shri Ram College of Commerce in Delhi admitted 900 students.",
     {"Shri Ram College of Commerce": ("ORG", ["Shri Ram College of Commerce"])}),
])
def test_streets_towns_birth_names_and_headline_words_name_the_right_things(
        nlp: Language, text: str, expected: dict) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # Guards of the review of these rules: a university's short name is its own ("Brown said"), not a town's.
    ("Brown University settled the lawsuit on Friday. Brown said it admitted no wrongdoing.",
     {"Brown University": ("ORG", ["Brown", "Brown University"]), "Brown": None}),
    # Firms named after a street are no facilities.
    ("State Street said assets under management rose to $4 trillion. State Street shares gained 3%.",
     {"State Street": ("ORG", ["State Street", "State Street"])}),
    ("Saks Fifth Avenue said it would close its flagship store.",
     {"Saks Fifth Avenue": ("ORG", ["Saks Fifth Avenue"])}),
    # An honorific says a name comes, its surname a common noun too, with no quote naming it alone.
    ("RBI Governor Shri Shaktikanta Das said inflation was easing.",
     {"Shaktikanta Das": ("PERSON", ["Shaktikanta Das"])}),
    # The next name of a list after a street's word is no town of an address.
    ("Nominees include Glenn Close, Meryl Streep, Judi Dench and Helen Mirren.",
     {"Meryl Streep": ("PERSON", ["Meryl Streep"])}),
    ("The bodies were found at their house in Newton Street, Millom, on Saturday.", {"Millom": ("GPE", ["Millom"])}),
    # A country's name the gazetteer writes with its article takes no article of the sentence.
    ("Protests spread to Germany, Spain, Italy, Russia, Denmark and the Netherlands, and dozens were arrested.",
     {"Netherlands": ("GPE", ["Netherlands"]), "the Netherlands": None}),
    # A surname that is a county's name, with no police force or council of the county named.
    ("Clark Kent is the alter ego of Superman. Kent works as a reporter at the Daily Planet.",
     {"Clark Kent": ("PERSON", ["Clark Kent", "Kent"])}),
])
def test_institutions_firms_and_lists_named_like_places_keep_their_labels(nlp: Language, text: str, expected: dict
                                                                          ) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # States and provinces are places whatever the model votes: no team plays as one alone.
    ("Heavy rain lashed Uttar Pradesh on Monday, killing at least 12 people. The state government of Uttar Pradesh "
     "announced compensation.", {"Uttar Pradesh": ("GPE", ["Uttar Pradesh", "Uttar Pradesh"])}),
    ("Chief Minister M.K. Stalin said Tamil Nadu would not accept the new language policy. Farmers in Tamil Nadu "
     "have protested for weeks.", {"Tamil Nadu": ("GPE", ["Tamil Nadu", "Tamil Nadu"])}),
    ("Maharashtra has recorded the highest number of cases, the health ministry said. The government of Maharashtra "
     "ordered schools to close.", {"Maharashtra": ("GPE", ["Maharashtra", "Maharashtra"])}),
    # "Tamil" alone is the people or the language, apart from the state.
    ("The Tamil language is spoken by millions in Tamil Nadu and Sri Lanka.",
     {"Tamil": ("NORP", ["Tamil"]), "Tamil Nadu": ("GPE", ["Tamil Nadu"])}),
    # A city the model calls an organisation is a place after "in" ("a fire in Nagpur").
    ("A factory fire in Nagpur killed five workers on Tuesday. Police in Nagpur said the blaze started in a storage "
     "unit.", {"Nagpur": ("GPE", ["Nagpur", "Nagpur"])}),
    # A known place's name of several words is one place, whether the model missed it or split it.
    ("Floods in Rio Grande do Sul have displaced more than 500,000 people, Brazilian authorities said.",
     {"Rio Grande do Sul": ("GPE", ["Rio Grande do Sul"])}),
    ("The council in Merthyr Tydfil has approved plans for a new leisure centre. Residents of Merthyr Tydfil "
     "welcomed the decision.", {"Merthyr Tydfil": ("GPE", ["Merthyr Tydfil", "Merthyr Tydfil"]), "Merthyr": None}),
    ("French Guiana is home to Europe's spaceport. The launch from French Guiana was delayed by bad weather.",
     {"French Guiana": ("GPE", ["French Guiana", "French Guiana"]), "Guiana": None}),
    # Towns the model takes for persons.
    ("The crowd at Monza cheered as the Dutchman crossed the line.", {"Monza": ("GPE", ["Monza"])}),
    # An event's name the model ran into its venue is the event and the place.
    ("Max Verstappen won the Italian Grand Prix at Monza on Sunday. The crowd at Monza cheered.",
     {"Italian Grand Prix": ("EVENT", ["Italian Grand Prix"]), "Monza": ("GPE", ["Monza", "Monza"]),
      "Italian Grand Prix at Monza": None}),
    # A county whose police force the text names is the county, apart from the force, though also a surname.
    ("Kent Police said on Friday that extra patrols would be deployed. The chief constable said Kent will see more "
     "officers on the streets this summer.", {"Kent Police": ("ORG", ["Kent Police"]), "Kent": ("GPE", ["Kent"])}),
])
def test_states_provinces_and_towns_are_places(nlp: Language, text: str, expected: dict) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "long", "short"), [
    # Guards of the review: a province's name as the short form of a team or a person is theirs, no place apart.
    ("Rajasthan Royals retained Jos Buttler. Rajasthan also kept Yashasvi Jaiswal for the new season.",
     "Rajasthan Royals", "Rajasthan"),
    ("Patrick Mahomes and his wife Brittany Mahomes attended the game. Brittany posted a photo of the crowd.",
     "Brittany Mahomes", "Brittany"),
])
def test_a_provinces_name_as_a_short_form_joins_its_long_name(nlp: Language, text: str, long: str, short: str
                                                               ) -> None:
    groups = _enriched_groups(nlp, text)
    assert short not in groups and short in groups[long][1], groups


@pytest.mark.parametrize(("text", "expected"), [
    # A storm named with its kind's words is an event: the model called these a person, a building, or nothing.
    ("Storm Eowyn battered Ireland with winds of 183 km/h on Friday.", {"Storm Eowyn": "EVENT"}),
    ("Typhoon Gaemi hit Taiwan on Wednesday. Cyclone Chido struck Mayotte.",
     {"Typhoon Gaemi": "EVENT", "Cyclone Chido": "EVENT"}),
    ("Tropical Storm Nadine formed in the Atlantic on Saturday, forecasters said.", {"Tropical Storm Nadine": "EVENT"}),
    # "Storm" alone is no storm's word outside a text of weather, nor before an ordinary word.
    ("Storm Reid starred in the film Euphoria. Typhoon Gaemi hit Taiwan.",
     {"Storm Reid": "PERSON", "Typhoon Gaemi": "EVENT"}),
    ("Storm Babet brought heavy rain to Scotland. Ukraine fired Storm Shadow missiles at Crimea.",
     {"Storm Babet": "EVENT", "Storm Shadow": "PRODUCT"}),
    # Guards: a firm or a place named after a storm's kind is no storm outside a text of weather.
    ("Hurricane Energy said output rose. Tropical Smoothie opened 100 cafes. Hurricane Milton hit Florida.",
     {"Hurricane Energy": "ORG", "Tropical Smoothie": "ORG", "Hurricane Milton": "EVENT"}),
    ("Hurricane Sandy brought floods to New York in 2012.", {"Hurricane Sandy": "EVENT"}),
    # fixA: a "Super" typhoon, and a name glued by a hyphen (an organisation and a person to the model).
    ("Super Typhoon Man-yi hit the Philippines.", {"Super Typhoon Man-yi": "EVENT", "Philippines": "GPE"}),
    ("Typhoon Man-yi hit the Philippines.", {"Typhoon Man-yi": "EVENT"}),
    # rev1: an ordinary word glued on after the name says what the storm did, no part of its name.
    ("Hurricane Katrina-era levees failed in New Orleans.",
     {"Hurricane Katrina": "EVENT", "Hurricane Katrina-era": None}),
    ("Storm Eunice-style winds are expected on Friday, forecasters said.",
     {"Storm Eunice": "EVENT", "Storm Eunice-style": None}),
    ("Typhoon Doksuri-triggered floods killed 20 people in Beijing.",
     {"Typhoon Doksuri": "EVENT", "Typhoon Doksuri-triggered": None}),
    # Guard: "Super" of another name after a storm stays its own.
    ("Hurricane Milton hit Florida. Super Bowl fans stayed home.",
     {"Hurricane Milton": "EVENT", "Super Bowl": "EVENT"}),
    ("Tropical Storm Warning Issued For Florida Keys\nForecasters expect heavy rain and winds.",
     {"Tropical Storm Warning": None}),
    # QA "qa1" (wildfires): a wildfire named by a place and "Fire" is an event in a text about a wildfire (a body and
    # a building to the model).
    ("Wildfires tore through Los Angeles. The Palisades Fire had burned 15,832 acres with 0% containment.",
     {"Palisades Fire": "EVENT"}),
    ("The Eaton Fire near Altadena had grown to 10,600 acres, officials said.", {"Eaton Fire": "EVENT"}),
    # Guards: a club, a band, a known fire service, a service that speaks, a name that goes on.
    ("The Chicago Fire beat the LA Galaxy 2-1 on Saturday.", {"Chicago Fire": "FAC"}),
    ("Arcade Fire played two sold-out shows after the blaze burned 500 acres nearby.", {"Arcade Fire": "PERSON"}),
    ("The blaze burned 500 acres, Cal Fire said. LA County Fire said crews were on scene.",
     {"Cal Fire": "ORG", "LA County Fire": "FAC"}),
    # Review rev1: a city's club or service named "Fire" in a text that names a wildfire too stays as the model
    # read it (an event on snap1); guard: a wildfire named by a place no city ("the Park Fire") is still one.
    ("Smoke from the wildfire delayed the game as the Chicago Fire hosted Orlando.", {"Chicago Fire": "FAC"}),
    ("The Chicago Fire signed a striker; wildfire smoke forced fans indoors.", {"Chicago Fire": "ORG"}),
    ("The Park Fire grew to 350,000 acres, the largest in California this year.", {"Park Fire": "EVENT"}),
    ("Wildfires near Athens forced evacuations; the Athens Fire spread overnight.", {"Athens Fire": "EVENT"}),
    # Two storms named after their kind in the plural are each an event (known wrong, fixA: "Milton" a person).
    ("Hurricanes Helene and Milton caused billions in damage.", {"Helene": "EVENT", "Milton": "EVENT"}),
    ("Storms Ciarán and Debi brought strong winds and flooding to Ireland.", {"Ciarán": "EVENT", "Debi": "EVENT"}),
    # Guards: a team named after the kind, a title's capitalised "And".
    ("The Carolina Hurricanes and Boston Bruins met on Monday.",
     {"Carolina Hurricanes": "ORG", "Boston Bruins": "ORG"}),
    ("Hurricanes Wonder And Glory is a book title.", {"Glory": None}),
    # Review (rev1): a rugby side's players after its name in a text of the side ("Savea" was an event).
    ("The Hurricanes beat the Blues 30-20 in Wellington. Hurricanes Barrett and Savea both scored tries.",
     {"Savea": "PERSON"}),
    # A ship with its prefix is a product, and the place of its name no place of its own.
    ("HMS Kent sailed from Portsmouth on Monday. The frigate Kent will return in May.",
     {"HMS Kent": "PRODUCT", "Kent": None}),
    ("Navy frigate INS Mysore and MV Gibe were nearby. The ship INS Mysore fired. Last month, Navy warship INS Tabar, "
     "a missile-frigate, had sunk a mother ship.",
     {"INS Mysore": "PRODUCT", "MV Gibe": "PRODUCT", "INS Tabar": "PRODUCT", "Mysore": None, "INS": None}),
    # A telescope is a product, a station a facility, whatever person or body they are named after.
    ("The James Webb Space Telescope captured images. The Hubble Space Telescope was launched in 1990.",
     {"James Webb Space Telescope": "PRODUCT", "Hubble Space Telescope": "PRODUCT"}),
    # Guards: a body named an observatory keeps the model's label; a given name and "Lander" are a person.
    ("The EU Tax Observatory said profits were shifted. Eric Lander, Biden's science adviser, resigned. The Mars Polar "
     "Lander was lost in 1999.",
     {"EU Tax Observatory": "ORG", "Eric Lander": "PERSON", "Mars Polar Lander": "PRODUCT"}),
    ("The Roman Catholic Church said it would review the case.", {"Roman Catholic Church": "ORG"}),
    # An acronym before "airport" is the airport wherever the text names it.
    ("Delta Air Lines said it would add flights to JFK. Passengers at JFK airport faced delays.", {"JFK": "FAC"}),
    # A known body with a glued "+", one token the model names nothing.
    ("OPEC+ agreed on Sunday to extend output cuts.", {"OPEC+": "ORG"}),
])
def test_storms_ships_crafts_churches_airports_and_alliances(nlp: Language, text: str, expected: dict) -> None:
    groups = {g["name"]: g["label"] for g in run(nlp, text)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


def test_streets_the_news_name_for_what_is_there_are_found_where_the_model_misses_them(nlp: Language) -> None:
    text = ("Stocks on Wall Street rose on Monday. Downing Street said the prime minister would travel to Brussels. "
            "The Wall Street Journal reported it first.")
    groups = {g["name"]: g["label"] for g in run(nlp, text)[1]}
    # Where the model does find one, its label stands ("Downing Street said" is the government to it, here).
    assert groups.get("Wall Street") == "FAC" and groups.get("Downing Street") in ("FAC", "ORG") \
        and groups.get("Wall Street Journal") == "ORG", groups


def test_a_scorer_the_model_missed_is_a_person_and_his_surname_joins_him(nlp: Language) -> None:
    text = ("Manchester City won on Sunday, with Erling Haaland scoring twice in the second half. Haaland now has 21 "
            "league goals this season.")
    groups = {g["name"]: (g["label"], g["mentions"]) for g in run(nlp, text)[1]}
    assert groups.get("Erling Haaland") == ("PERSON", 2) and "Haaland" not in groups, groups


def test_a_one_word_name_that_is_also_a_word_is_a_person_where_it_speaks(nlp: Language) -> None:
    # "trump" is an ordinary word to spaCy's lemma index; a plural that speaks stays no one ("Schools said").
    text = "Trump won the election on Tuesday. Trump said he was happy. Schools said they would close on Friday."
    groups = {g["name"]: (g["label"], g["mentions"]) for g in run(nlp, text)[1]}
    assert groups.get("Trump") == ("PERSON", 2) and "Schools" not in groups, groups


def labelled(nlp: Language, text: str) -> set[tuple[str, str]]:
    """(text, label) of the text's mentions."""
    return {(m["text"], m["label"]) for m in run(nlp, text)[0]}


def test_a_party_before_its_possessive_at_a_sentence_start_is_kept(nlp: Language) -> None:
    # "Labour" is a common noun too, but the model's organisation of a party's word names the party.
    assert ("Labour", "ORG") in labelled(nlp, "Labour's candidate won the seat by 300 votes.")
    assert ("Labour", "ORG") in labelled(nlp, "Labour's education spokesperson said the plan was flawed.")


def test_a_capital_v_opening_a_persons_name_is_an_initial_not_versus(nlp: Language) -> None:
    assert ("V. Narayanan", "PERSON") in labelled(nlp, "V. Narayanan told reporters the mission would launch.")
    assert ("A. V. Rao", "PERSON") in labelled(nlp, "ISRO chairman A. V. Rao said the launch was on time.")
    assert ("Smith v. Jones", "LAW") in labelled(nlp, "The case of Smith v. Jones was heard on Monday.")


def test_a_number_word_inside_a_name_stays_in_it(nlp: Language) -> None:
    found = labelled(nlp, "The Louisiana law required every classroom to display the Ten Commandments.")
    assert "Commandments" not in {text for text, _ in found}
    assert any(text.endswith("Ten Commandments") for text, _ in found)
    assert ("Two", "CARDINAL") in labelled(nlp, "Two Israelis were hurt.")  # a count, capitalised by its place


def test_a_press_release_heading_is_no_organisation(nlp: Language) -> None:
    found = labelled(nlp, "PRESS RELEASE - Siemens Healthineers today announced the launch of a new scanner.")
    assert ("Siemens Healthineers", "ORG") in found
    assert not any("RELEASE" in text for text, _ in found)


def test_a_departments_words_before_a_ministers_title_are_no_organisation(nlp: Language) -> None:
    for text, department in (("Transportation Secretary Sean Duffy said the cuts were necessary.", "Transportation"),
                             ("Veterans Affairs Secretary Doug Collins said the cuts were necessary.",
                              "Veterans Affairs")):
        found = labelled(nlp, text)
        assert department not in {name for name, _ in found}
    assert ("Wales", "GPE") in labelled(nlp, "Wales Secretary Jo Stevens said the cuts were necessary.")
    assert ("Apple", "ORG") in labelled(nlp, "Apple CEO Tim Cook said the cuts were necessary.")


def test_an_award_before_winning_or_nominated_is_no_person(nlp: Language) -> None:
    for text in ("The Oscar-winning actor arrived late.", "The Oscar-nominated film opened on Friday.",
                 "The Tony-winning musical closed.", "Oscar-winning actor Tom Hanks spoke."):
        assert not {name for name, _ in labelled(nlp, text)} & {"Oscar", "Tony"}, text
    assert ("Tom Hanks", "PERSON") in labelled(nlp, "Oscar-winning actor Tom Hanks spoke.")


def test_mass_after_a_time_word_is_the_service_not_massachusetts(nlp: Language) -> None:
    mentions, _ = run(nlp, "Police officers responded to reports of gunfire during a morning Mass.")
    assert not [m for m in mentions if m["text"].startswith("Mass")]
    mentions, _ = run(nlp, "He grew up in Boston, Mass., and moved away.")
    assert [m["canonical"] for m in mentions if m["text"] == "Mass."] == ["Massachusetts"]


@pytest.mark.parametrize(("text", "expected"), [
    # A Shia cleric's rank is no part of his name; "Sayyed" goes only before a given name and a surname.
    ("Ayatollah Ali Khamenei said Iran would respond.",
     {"Ali Khamenei": ("PERSON", 1), "Ayatollah Ali Khamenei": None}),
    ("Grand Ayatollah Ali al-Sistani called for calm. Sistani said the vote must go ahead.",
     {"Ali al-Sistani": ("PERSON", 2)}),
    ("Hojatoleslam Hassan Rouhani won the vote.", {"Hassan Rouhani": ("PERSON", 1)}),
    ("Sayyed Hassan Nasrallah said Hezbollah would retaliate.", {"Hassan Nasrallah": ("PERSON", 1)}),
    ("Seyed Abbas Araghchi said Iran would respond. Araghchi spoke in Geneva.", {"Abbas Araghchi": ("PERSON", 2)}),
    ("Sayed Kashua wrote a column.", {"Sayed Kashua": ("PERSON", 1)}),
    # "PM" before a name is the office ("PM Modi" was an organisation), not after a clock's number.
    ("Narendra Modi met Donald Trump. PM Modi said the talks were good.", {"Narendra Modi": ("PERSON", 2)}),
    ("PM Netanyahu said the war would continue.", {"Netanyahu": ("PERSON", 1), "PM Netanyahu": None}),
    ("The polls close at 8 PM Eastern Time. The count starts at 9 PM Tuesday in Ohio.",
     {"8 PM Eastern Time": ("TIME", 1), "9 PM Tuesday": ("TIME", 1)}),
    # French "M." before a surname written in full elsewhere; an initial before an unknown surname stays.
    ("Emmanuel Macron appointed Michel Barnier. M. Barnier said he would listen.", {"Michel Barnier": ("PERSON", 2)}),
    ("M. Barnier said he would listen.", {"M. Barnier": ("PERSON", 1)}),
    # Guards (review of 29b93a5): a firm named "PM ...", and an initial beside another given name's full name.
    ("PM Capital chief executive Paul Moore said the fund would grow.", {"PM Capital": ("ORG", 1)}),
    ("M. Smith of Leeds wrote to the editor. John Smith, the council leader, replied.",
     {"M. Smith": ("PERSON", 1), "John Smith": ("PERSON", 1)}),
    ("John M. Smith said it was late.", {"John M. Smith": ("PERSON", 1)}),
    ("Obama named Regina M. Benjamin as Surgeon General.\nRegina M. Benjamin, Nominee for Surgeon General, Department "
     "of Health and Human Services\nRegina M. Benjamin, MD, MBA, is Founder and CEO of the clinic.",
     {"Regina M. Benjamin": ("PERSON", 3)}),
])
def test_titles_before_a_name_are_no_part_of_it(nlp: Language, text: str, expected: dict) -> None:
    _assert_groups(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: a sentence's first word before a person is no part of the name (a rule taking in "Luiz" of "Luiz Inácio
    # Lula da Silva" was taken back after the review of 29b93a5: it glued "Podcaster", "Coldplay", "Uber").
    ("Podcaster Joe Rogan said the show would return.", {"Joe Rogan": ("PERSON", 1)}),
    ("Rookie Jayden Daniels threw for 300 yards on Sunday.", {"Jayden Daniels": ("PERSON", 1)}),
    ("Striker Erling Haaland scored twice.", {"Erling Haaland": ("PERSON", 1)}),
    ("Having Jackman host fits.\nProducers Laurence Mark and Bill Condon called him an entertainer.",
     {"Laurence Mark": ("PERSON", 1)}),
    ("Yesterday Donald Trump said the talks were good.", {"Donald Trump": ("PERSON", 1)}),
])
def test_a_sentences_first_word_before_a_person_is_no_part_of_the_name(nlp: Language, text: str,
                                                                       expected: dict) -> None:
    _assert_groups(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A participle glued to a firm's name makes it the owner or backer, no part of its name.
    ("Alphabet-owned Google said it would appeal.", {"Alphabet": ("ORG", 1), "Alphabet-owned": None}),
    ("Microsoft-backed OpenAI released a model.", {"Microsoft": ("ORG", 1), "OpenAI": ("ORG", 1)}),
])
def test_a_participle_glued_to_a_firm_is_no_part_of_its_name(nlp: Language, text: str, expected: dict) -> None:
    _assert_groups(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A club's short name is the club, one entity with its full name (not "Spurs", San Antonio's too).
    ("Manchester United beat Chelsea. Man United said the win was deserved. Man Utd fans cheered.",
     {"Manchester United": ("ORG", 3), "Man United": None}),
    ("Man Utd lost again on Sunday.", {"Manchester United": ("ORG", 1)}),
    ("Manchester City won. Man City have now won four titles.", {"Manchester City": ("ORG", 2), "Man City": None}),
    ("Man City Council met on Monday.", {"Man City Council": ("ORG", 1)}),
])
def test_a_clubs_short_name_is_the_club(nlp: Language, text: str, expected: dict) -> None:
    _assert_groups(nlp, text, expected)


@pytest.mark.parametrize("text", [
    "Nigeria's naira weakened on Tuesday.",
    "The naira lost about 40% of its value after the central bank unified the rates.",
    "The rand fell 2% against the dollar, and the rupee hit a record low.",  # guard: the model tags neither
])
def test_a_currency_in_lower_case_is_no_name(nlp: Language, text: str) -> None:
    names = {e["text"] for e in enrich(nlp, text)["entities"] if e["label"] in ("GPE", "ORG", "PERSON", "NORP")}
    assert not names & {"naira", "rand", "rupee"}, names


def test_a_capitalised_currency_word_in_a_name_stays_a_name(nlp: Language) -> None:
    names = {e["text"] for e in enrich(nlp, "Rand Paul said on Monday that Yen Chen would lead the team.")["entities"]
             if e["label"] == "PERSON"}
    assert names == {"Rand Paul", "Yen Chen"}


def test_a_golf_round_is_no_date(nlp: Language) -> None:
    labels = {e["text"]: e["label"] for e in enrich(nlp, "Scheffler carded a 7-under 65 to lead.")["entities"]}
    assert labels.get("7-under 65") in (None, "CARDINAL"), labels


@pytest.mark.parametrize("text", [
    "Scottie Scheffler birdied the 18th to win the Masters by four shots.",
    "Bryson DeChambeau made par on the 18th at Pinehurst to win the US Open by one shot.",
    "Rory McIlroy missed a short putt on the 18th green.",
])
def test_a_golf_hole_is_no_date(nlp: Language, text: str) -> None:
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert ("18th", "ORDINAL") in labels and not [x for x in labels if x[1] == "DATE"], labels


@pytest.mark.parametrize("text", [
    # Guards: a day with no golf in its sentence, and a golf word beside a month, stay dates.
    "The meeting on the 18th at the White House was postponed.",
    "The golfer will tee off on the 18th of June.",
    # ... and words of golf that are words of any news too: a hole in a budget, a surname, a party, a bunker.
    "Officials found a £2bn hole in the budget and will report on the 18th.",
    "Green said the vote on the measure would be held on the 18th.",
    "The Green Party will hold its conference on the 18th, its leader said.",
    "The army struck a bunker on the 18th, the ministry said.",
])
def test_guard_a_day_of_the_month_stays_a_date(nlp: Language, text: str) -> None:
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert [x for x in labels if x[1] == "DATE" and "18th" in x[0]], labels


@pytest.mark.parametrize(("text", "day"), [
    # Review rev2: a word golf shares with other news made a day of the month a hole (ORDINAL).
    ("Ministers gave the green light on the 14th to the new hospital in Norwich.", "14th"),
    ("The Treasury found a black hole in the public finances, Rachel Reeves told MPs on the 29th.", "29th"),
    ("The golfer will appear at Leeds Crown Court on the 18th, charged with assault.", "18th"),
    ("The Golden Eagle hotel will reopen on the 12th, its owner said in Kent.", "12th"),
    ("The bunker on the Somme front was cleared on the 11th, the historian said.", "11th"),
])
def test_a_golf_word_other_news_writes_too_leaves_a_day_a_date(nlp: Language, text: str, day: str) -> None:
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert [x for x in labels if x[1] == "DATE" and day in x[0]], labels


@pytest.mark.parametrize(("text", "hole"), [
    # Guard: such a word in a text of golf play, and a tee off, still make the hole.
    ("Lowry birdied the 12th. He found a bunker on the 13th and dropped a shot.", "13th"),
    ("Jon Rahm won in Andalucia; the golfer, who made an eagle on the 14th, said he was happy.", "14th"),
    ("Tiger Woods will tee off on the 10th alongside Rory McIlroy on Thursday.", "10th"),
])
def test_guard_a_golf_word_in_a_text_of_golf_play_makes_a_hole(nlp: Language, text: str, hole: str) -> None:
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert (hole, "ORDINAL") in labels, labels


@pytest.mark.parametrize(("text", "town", "institution"), [
    ("Kevin O'Brien, 51, from Cork, was jailed for six years at Cork Circuit Criminal Court on Tuesday.", "Cork",
     "Cork Circuit Criminal Court"),
    ("Kevin O'Brien, 51, of Cork, was jailed for six years at Cork Circuit Criminal Court on Tuesday.", "Cork",
     "Cork Circuit Criminal Court"),
    ("Cork City Council said roads in Cork would be closed.", "Cork", "Cork City Council"),
])
def test_a_town_written_as_a_place_is_no_short_form_of_its_court_or_council(nlp: Language, text: str, town: str,
                                                                            institution: str) -> None:
    """QA "world" 6: the model's organisation "Cork" ("from Cork") joined the court named after the town."""
    found = {(e["text"], e["label"], e["canonical"]) for e in enrich(nlp, text)["entities"]}
    assert (town, "GPE", town) in found, found
    assert (institution, "ORG", institution) in found, found


def test_a_towns_name_written_as_no_place_still_joins_its_court(nlp: Language) -> None:
    """Guard: the short form the text writes as no place is the institution's, as before."""
    found = {(e["text"], e["canonical"]) for e in enrich(nlp, "The case went to Cork Circuit Court. Cork Circuit "
                                                              "Court heard that Cork judges were busy.")["entities"]}
    assert ("Cork", "Cork Circuit Court") in found, found


@pytest.mark.parametrize(("text", "name", "canonical"), [
    # Review: a club or firm the text uses as one (listed, a doer, after its people) is no town beside a council.
    ("Fans of Manchester City celebrated. Manchester City Council approved the parade.", "Manchester City",
     "Manchester City"),
    ("The manager of Derby said his side were unlucky. Derby City Council approved a new stadium.", "Derby", "Derby"),
    ("Liverpool signed the midfielder from Everton. Liverpool City Council said the parade would go ahead. Thousands "
     "gathered in Liverpool.", "Liverpool", "Liverpool"),
])
def test_a_name_used_as_an_organisations_beside_a_council_named_after_it_stays_one(
        nlp: Language, text: str, name: str, canonical: str) -> None:
    found = {(e["text"], e["label"], e["canonical"]) for e in enrich(nlp, text)["entities"] if e["text"] == name}
    assert found == {(name, "ORG", canonical)}, found


def test_a_town_beside_its_court_and_university_joins_neither(nlp: Language) -> None:
    """A town beside its court and a university named after it joins neither; "a man from Oxford" is the town (fixC:
    it was the model's organisation)."""
    text = "A man from Oxford appeared at Oxford Crown Court. Oxford University said it would cooperate."
    found = {(e["text"], e["label"], e["canonical"]) for e in enrich(nlp, text)["entities"] if e["text"] == "Oxford"}
    assert found == {("Oxford", "GPE", "Oxford")}, found


def test_a_transcripts_role_labels_are_no_entities_and_its_speakers_keep_their_spelling(nlp: Language) -> None:
    text = ("INTERVIEWER: Mr Rutte, is NATO ready for a Russian attack?\nRUTTE: We are ready, and we are getting "
            "stronger every day.\nINTERVIEWER: Will the US stay in the alliance?\nRUTTE: Absolutely.")
    mentions, groups = extract_entities(nlp(text), nlp)
    assert not [m for m in mentions if m["text"] == "INTERVIEWER"]
    # The label is a mention of the person, named as the text spells him.
    rutte = [m for m in mentions if m["text"].lower() == "rutte"]
    assert len(rutte) == 3 and {m["canonical"] for m in rutte} == {"Rutte"}


@pytest.mark.parametrize("text", [
    "Explainer: What is in the EU's new migration pact?\n\nThe pact was agreed by EU member states in May.",
    "Analysis: Why Keir Starmer's reset with Brussels may come too late\n\nThe prime minister met EU leaders.",
])
def test_a_section_label_is_no_entity(nlp: Language, text: str) -> None:
    mentions, _ = extract_entities(nlp(text), nlp)
    label = text.split(":")[0]
    assert not [m for m in mentions if m["text"] == label]


def test_a_name_that_opens_with_a_labels_word_stays(nlp: Language) -> None:
    text = "Opinion Research Corporation: Support for the president fell to 41% in the poll taken last week."
    mentions, _ = extract_entities(nlp(text), nlp)
    assert [m["text"] for m in mentions if m["label"] == "ORG"] == ["Opinion Research Corporation"]


def _labelled(nlp: Language, text: str) -> set[tuple[str, str]]:
    mentions, _ = extract_entities(nlp(text), nlp)
    return {(m["canonical"], m["label"]) for m in mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("Dear Stuck, You are not overreacting. Tell Karen, kindly but clearly, that you need a heads-up.", "Karen"),
    ("Dear Broke: Just say it. Tell Tom the bank is closed.", "Tom"),
    ("Dear Worried: Drinking is a disease. Call Al-Anon for support.", "Al-Anon"),
])
def test_an_imperative_verb_opening_a_sentence_is_no_part_of_the_name(nlp: Language, text: str, name: str) -> None:
    names = {canonical for canonical, _ in _labelled(nlp, text)}
    assert name in names and not any(n.startswith(("Tell ", "Call ")) for n in names)


def test_guard_a_place_that_opens_with_a_verb_keeps_it(nlp: Language) -> None:
    assert ("Tell City", "GPE") in _labelled(nlp, "Tell City is a small town on the Ohio River in Indiana.")


@pytest.mark.parametrize(("text", "credited"), [
    ("Ukrainian president Volodymyr Zelenskyy greets Donald Tusk in Kyiv. Photo: Sergei Supinsky/AFP via Getty "
     "Images. Zelenskyy told reporters the two leaders had discussed grain exports.", "AFP"),
    ("Picture: Jane Doe/Reuters. The minister arrived in Paris on Tuesday for talks with President Emmanuel Macron.",
     "Reuters"),
])
def test_an_agency_in_a_credit_inside_a_line_is_no_person(nlp: Language, text: str, credited: str) -> None:
    labelled = _labelled(nlp, text)
    assert (credited, "PERSON") not in labelled and (credited, "ORG") in labelled


@pytest.mark.parametrize(("text", "left_out"), [
    ("WORLD BRIEFS\nBERLIN (Reuters) - German police arrested three men on Tuesday, prosecutors said.", "BRIEFS"),
    ("BUSINESS BRIEFING\n• Shell said it would cut 20% of jobs in its low-carbon solutions unit.", "BUSINESS BRIEFING"),
])
def test_a_round_ups_section_header_names_no_one(nlp: Language, text: str, left_out: str) -> None:
    assert left_out not in {canonical for canonical, _ in _labelled(nlp, text)}


@pytest.mark.parametrize(("text", "left_out"), [
    ("Dear Prudence,\nMy sister-in-law, Karen, has announced she is bringing her new boyfriend to dinner.",
     "Dear Prudence"),
    ("Dear Abby: My husband has started spending every weekend at his mother's house. — LONELY IN PHOENIX\nDEAR "
     "LONELY: Tell him how you feel before resentment builds.", "LONELY"),
])
def test_an_advice_columns_salutations_and_pseudonyms_name_no_one(nlp: Language, text: str, left_out: str) -> None:
    assert left_out not in {canonical for canonical, _ in _labelled(nlp, text)}


def test_the_town_of_a_letters_signature_is_a_place(nlp: Language) -> None:
    text = 'Sir,\nSimon Jenkins argues that HS2 should be scrapped "before another penny is wasted". He is wrong.\n' \
           'Peter Achebe, Derby'
    labelled = _labelled(nlp, text)
    assert ("Derby", "GPE") in labelled and ("Peter Achebe", "PERSON") in labelled


def test_guard_a_title_described_after_a_comma_keeps_its_verb(nlp: Language) -> None:
    mentions, _ = run(nlp, "Call Jane, the film starring Elizabeth Banks, opens on Friday.")
    assert not mentions_of(mentions, "Jane"), mentions


def test_guard_a_photographer_after_an_agency_in_a_credit_is_no_organisation(nlp: Language) -> None:
    labelled = _labelled(nlp, "(Image: BBC/Jeff Overs) Fiona Bruce will leave Question Time next year, the BBC said.")
    assert ("Jeff Overs", "ORG") not in labelled and ("BBC", "ORG") in labelled


@pytest.mark.parametrize("text", [
    "Call Jane, a film about an abortion network, opens on Friday. Love Island returns in June.",
    "Critics praised the film Call Jane on Friday.",
])
def test_guard_a_works_title_opening_with_an_imperative_keeps_it(nlp: Language, text: str) -> None:
    names = {canonical for canonical, _ in _labelled(nlp, text)}
    assert "Jane" not in names, names


def test_tributes_opening_an_obituary_is_no_place(nlp: Language) -> None:
    text = "Tributes have been paid to a grandmother who died in a house fire in Swansea. Tributes poured in on Monday."
    names = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert "Tributes" not in names and names.get("Swansea") == "GPE", names


def test_a_place_opening_a_sentence_stays_a_place_guard(nlp: Language) -> None:
    """Guard: a real one-word place opening the sentence of a tribute is kept."""
    text = "Swansea was in mourning on Monday. Tributes were left outside Wells Cathedral."
    names = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert names.get("Swansea") == "GPE" and "Wells Cathedral" in names and "Tributes" not in names, names


def test_a_peoples_name_to_the_model_with_a_post_after_it_is_a_person(nlp: Language) -> None:
    """QA "qa-world": "Frans Timmermans" was a people ("Frans" read as "French")."""
    text = ("Dutch Prime Minister Dick Schoof said the coalition would press ahead despite criticism from Frans "
            "Timmermans, leader of the GroenLinks-PvdA alliance.")
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get("Frans Timmermans") == "PERSON", groups


@pytest.mark.parametrize(("text", "name"), [
    # Guards: a people's or a faith's name of two words stays a people's, a post after it or not.
    ("Roman Catholic, the church's leader of worship, was the faith of most.", "Roman Catholic"),
])
def test_a_peoples_name_to_the_model_with_a_post_after_it_is_a_person_guard(nlp: Language, text: str,
                                                                            name: str) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get(name) != "PERSON", groups


def test_a_building_to_the_model_with_a_post_after_it_is_a_person(nlp: Language) -> None:
    """QA (European politics): "Aleksandar Vučić" was a building, "Vučić" of the next sentence a place."""
    text = ("Aleksandar Vučić, the president of Serbia, said he would not resign. Vučić spoke in Belgrade after a week "
            "of protests.")
    mentions, groups = extract_entities(nlp(text), nlp)
    assert {g["name"]: g["label"] for g in groups}.get("Aleksandar Vučić") == "PERSON", groups
    assert ("Vučić", "Aleksandar Vučić") in {(m["text"], m["canonical"]) for m in mentions}


@pytest.mark.parametrize(("text", "name"), [
    # Guards: a building's name opening with a given name stays no person's, a post after it or not.
    ("Fans gathered at Alexandra Palace, the home of the darts championship, on Sunday.", "Alexandra Palace"),
    ("The fight was held at Madison Square Garden, the president of the promotion said.", "Madison Square Garden"),
])
def test_a_building_to_the_model_with_a_post_after_it_is_a_person_guard(nlp: Language, text: str,
                                                                        name: str) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get(name) != "PERSON", groups


def test_a_legal_form_alone_before_shares_is_no_firm(nlp: Language) -> None:
    """QA "qa-world": "SE" of "Airbus SE shares fell" was an organisation of its own beside Airbus."""
    groups = {g["name"]: g["label"] for g in extract_entities(nlp("Airbus SE shares fell 2% after the planemaker cut "
                                                                  "its delivery target."), nlp)[1]}
    assert "SE" not in groups and groups.get("Airbus") == "ORG", groups


def test_a_legal_form_alone_before_shares_is_no_firm_guard(nlp: Language) -> None:
    """Guard: a firm the model missed before "shares" is still found."""
    groups = {g["name"]: g["label"] for g in extract_entities(nlp("Salesforce agreed Tuesday to buy Informatica. "
                                                                  "Salesforce shares fell 4.2%."), nlp)[1]}
    assert groups.get("Salesforce") == "ORG", groups


@pytest.mark.parametrize(("text", "temperatures"), [
    ("The UK recorded its highest ever temperature on Tuesday, when 40.3C was reached in Coningsby, Lincolnshire.",
     ["40.3C"]),
    ("Temperatures reached 33C in London on Tuesday, and 29.5C in Edinburgh.", ["33C", "29.5C"]),
    ("Phoenix recorded 118F on Sunday, the National Weather Service said.", ["118F"]),
    ("The world is likely to breach 1.5C of warming in the early 2030s.", ["1.5C"]),
    # A degree sign before the scale's letter (QA fixA: "15°C" was the count "15").
    ("Temperatures reached 15°C in London on Tuesday, well above the seasonal average.", ["15°C"]),
    ("Highs of 30°F were seen in Chicago, and 20.5°C in Paris.", ["30°F", "20.5°C"]),
])
def test_a_temperature_with_its_scale_glued_on_is_a_quantity(nlp: Language, text: str, temperatures: list[str]
                                                             ) -> None:
    """QA qa1: "40.3C" was a date, "33C" and "1.5C" counts."""
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert {t: found.get(t) for t in temperatures} == dict.fromkeys(temperatures, "QUANTITY"), found


def test_a_power_with_its_unit_glued_on_is_a_quantity(nlp: Language) -> None:
    """Known wrong (fixB): "1,600MW" was a count."""
    found = {e["text"]: e["label"] for e in enrich(nlp, "The 1,600MW plant in Somerset will power six million homes, "
                                                        "EDF said.")["entities"]}
    assert found.get("1,600MW") == "QUANTITY" and found.get("six million") == "CARDINAL", found


def test_a_count_with_no_unit_glued_on_stays_a_count_guard(nlp: Language) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, "The team won 1,600 games over the decade.")["entities"]}
    assert found.get("1,600") == "CARDINAL", found


@pytest.mark.parametrize(("text", "number"), [
    ("He wore size 10C shoes to the wedding.", "10C"),
    ("The 18C church was restored last year.", "18C"),
])
def test_guard_a_glued_letter_before_a_noun_is_no_temperature(nlp: Language, text: str, number: str) -> None:
    """Guard: a size or a century before its noun stays the model's count."""
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(number) == "CARDINAL", found


@pytest.mark.parametrize(("text", "number"), [
    ("The ship was at 51° N when it sank.", "51"),
    ("The crane leant at 45° from the vertical.", "45"),
])
def test_guard_a_degree_sign_without_a_scale_is_no_temperature(nlp: Language, text: str, number: str) -> None:
    """Guard (QA fixA): a bearing's or an angle's degrees stay the model's count."""
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(number) == "CARDINAL", found


@pytest.mark.parametrize(("text", "number", "label"), [
    ("The passenger in seat 23F was taken ill.", "23F", "DATE"),
    ("Police raided apartment 4C on Tuesday.", "4C", "CARDINAL"),
    ("The fire started in flat 12F of the tower.", "12F", "CARDINAL"),
])
def test_guard_a_glued_letter_after_what_it_numbers_is_no_temperature(nlp: Language, text: str, number: str,
                                                                      label: str) -> None:
    """Guard (review nrevnums): a seat's or a flat's number and letter stays as the model read it, no quantity."""
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(number) == label, found


@pytest.mark.parametrize(("text", "name"), [
    ("Jordan Clarke, 22, was cleared of murder. Defending Clarke, Orlando Pownall KC said the case relied on "
     "guesswork.", "Jordan Clarke"),
    ("Representing Britain, Emma Raducanu reached the final in New York.", "Britain"),
])
def test_a_barristers_brief_opening_a_sentence_is_no_part_of_the_name(nlp: Language, text: str, name: str) -> None:
    """QA qa1: "Defending Clarke" was a person, "Representing Britain" a place."""
    result = enrich(nlp, text)
    names = {e["canonical"] for e in result["entities"]}
    assert name in names and not any(n.startswith(("Defending", "Representing")) for n in names), names
    assert not any(k["text"].startswith(("Defending", "Representing")) for k in result["keyphrases"])


def test_guard_a_works_title_opening_with_a_briefs_verb_keeps_it(nlp: Language) -> None:
    """Guard (review nrevkpq): "Defending Jacob, the Apple TV+ drama" is a title, not the brief's client "Jacob"."""
    result = enrich(nlp, "Defending Jacob, the Apple TV+ drama, stars Chris Evans as a father.")
    names = {e["canonical"] for e in result["entities"]}
    assert "Jacob" not in names, names
    assert "Jacob" not in {k["text"] for k in result["keyphrases"]}


def test_guard_a_defending_champion_keeps_his_name(nlp: Language) -> None:
    """Guard: "Defending champion Novak Djokovic" (no comma after the name) stays as it was."""
    names = {e["canonical"] for e in enrich(nlp, "Defending champion Novak Djokovic beat Carlos Alcaraz.")["entities"]}
    assert "Novak Djokovic" in names, names


def test_guard_a_body_named_by_a_participle_keeps_it(nlp: Language) -> None:
    """Guard (review nrevent2): a body whose name opens with a brief's participle, described and then the subject of
    its verb, keeps the word ("Defending Rights & Dissent, a civil liberties group, said" was "Rights & Dissent")."""
    text = "Defending Rights & Dissent, a civil liberties group, said the bill went too far."
    names = {e["canonical"] for e in enrich(nlp, text)["entities"]}
    assert "Defending Rights & Dissent" in names, names


def test_a_clients_description_after_a_brief_is_no_body(nlp: Language) -> None:
    """A client described between the brief and counsel's name is still the client: "Defending Hughes, a father of
    two, Mark Lee said" gives "Hughes"."""
    names = {e["canonical"] for e in enrich(nlp, "Defending Hughes, a father of two, Mark Lee said his client was "
                                                 "remorseful.")["entities"]}
    assert "Hughes" in names and "Defending Hughes" not in names, names


@pytest.mark.parametrize("text", [
    "Sea surface temperatures in the North Atlantic reached a record. Sea levels are rising by 4mm a year. Sea ice "
    "is at a low. The Sea of Galilee is shrinking.",
    "Sea levels could rise by a metre by 2100, the study found.",
])
def test_a_water_noun_opening_a_sentence_before_its_noun_is_no_place(nlp: Language, text: str) -> None:
    """QA qa1: "Sea" of "Sea surface temperatures" was a place, joined to the text's "Sea of Galilee"."""
    result = enrich(nlp, text)
    assert not [e for e in result["entities"] if e["text"] in ("Sea", "Ocean")], result["entities"]


def test_guard_a_water_noun_before_a_name_keeps_it(nlp: Language) -> None:
    """Guard: "Lake Tahoe" (a capital after the noun) stays a place."""
    found = {(e["text"], e["label"]) for e in enrich(nlp, "Lake Tahoe froze for the first time in years.")["entities"]}
    assert ("Lake Tahoe", "LOC") in found, found


@pytest.mark.parametrize(("text", "towns"), [
    ("Margaret Pryce, 54, of Swindon, was convicted of fraud. John Smith, 41, of Reading, was cleared.",
     ["Swindon", "Reading"]),
    ("Police arrested Robert Kowalski, 66, of Burnsville, and Anna Lee, 23, of Schenectady, on Friday.",
     ["Burnsville", "Schenectady"]),
    ("Daniel Whitfield, 39, of Gateshead, strangled Sophie Bell at her home in October.", ["Gateshead"]),
])
def test_a_place_after_a_name_and_age_is_no_person(nlp: Language, text: str, towns: list[str]) -> None:
    """QA qa1 (and gold ecb-21): "Reading", "Burnsville", "Schenectady" after "Name, age, of" were people, "Swindon"
    and "Gateshead" organisations."""
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert {town: found.get(town) for town in towns} == dict.fromkeys(towns, "GPE"), found


@pytest.mark.parametrize(("text", "town"), [
    ("Jane Brown, 45, of Motherwell, was jailed for two years at Hamilton Sheriff Court.", "Motherwell"),
    ("Paul Smith, 38, of Kilmarnock, appeared in court charged with assault.", "Kilmarnock"),
    ("David Clark, 61, of Carlton, was fined $5,000.", "Carlton"),
    ("The Dundee office of the firm will close, Tesco said.", "Dundee"),
    ("Dundee's V&A museum drew a record 1 million visitors.", "Dundee"),
])
def test_a_town_a_club_is_named_for_outside_sport_is_the_town(nlp: Language, text: str, town: str) -> None:
    """Review nrev1 (guard of 1ab79b7, e05e7ed): the towns and suburbs made club names for sport texts (Motherwell,
    Carlton, Dundee: `TOWN_FIRST_CLUBS`) became organisations in a court report and beside a firm's office."""
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(town) == "GPE", found


def test_guard_a_person_after_a_name_and_age_and_a_conjunction_stays(nlp: Language) -> None:
    """Guard: a second person after an age ("..., 41, and Mary Jones") is no place, nor an employer after "of"."""
    text = "John Smith, 41, and Mary Jones, 39, were cleared. Tom Evans, 36, of Acme Holdings, was hurt."
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get("Mary Jones") == "PERSON" and found.get("Acme Holdings") == "ORG", found


@pytest.mark.parametrize(("text", "body"), [
    ("Kim Lee, 34, of Google, said the company had no comment on the case.", "Google"),
    ("Bukayo Saka, 23, of Arsenal, was named player of the month.", "Arsenal"),
    ("Paul Smith, 44, of Ford, which makes cars in Dagenham, said jobs were at risk.", "Ford"),
])
def test_guard_an_employer_or_club_after_a_name_and_age_stays(nlp: Language, text: str, body: str) -> None:
    """Guard (review nrevent2): a speaker's employer, a firm with a relative clause, a club not named for a town the
    gazetteer knows, after "Name, age, of", stays the model's organisation (was made a place)."""
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(body) == "ORG", found


def test_a_town_between_a_and_a_residents_noun_is_a_place(nlp: Language) -> None:
    """QA qa1: "Manchester" of "A Manchester man has been jailed" and "Leeds" of "A Leeds woman" were products."""
    text = "A Manchester man has been jailed for life. A Leeds woman was cleared."
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get("Manchester") == "GPE" and found.get("Leeds") == "GPE", found


def test_a_town_a_person_comes_from_is_a_place_and_no_speaker(nlp: Language) -> None:
    """"said a fan from Kent" gave the person "Kent", the quote's speaker."""
    result = enrich(nlp, '"It was the best day of my life," said a fan from Kent.')
    found = {e["text"]: e["label"] for e in result["entities"]}
    assert found.get("Kent") == "GPE", found
    assert result["quotes"][0]["speaker"]["name"] == "a fan from Kent", result["quotes"]


@pytest.mark.parametrize(("text", "name"), [
    # Guards: a letter from a person, and a name the gazetteer does not know as a place, stay as they were.
    ("She received a letter from Grace on Tuesday.", "Grace"),
    ("A fan from Chelsea said the team played badly.", "Chelsea"),
])
def test_guard_a_name_after_from_that_is_no_known_place_stays(nlp: Language, text: str, name: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(name) != "GPE", found


def test_guard_a_town_before_a_fan_stays_as_it_was(nlp: Language) -> None:
    """Guard: "a Leeds fan" is a club's (no resident's noun after the name): the rule leaves it alone."""
    found = {e["text"]: e["label"] for e in enrich(nlp, "A Leeds fan was ejected from the ground.")["entities"]}
    assert found.get("Leeds") != "GPE", found


@pytest.mark.parametrize(("text", "site"), [
    # qa1: a site named before its works' noun was a people or a person.
    ("Talen Energy sells power from the Susquehanna nuclear plant in Pennsylvania to a data centre.", "Susquehanna"),
    ("Slovenske Elektrarne started the fourth reactor at the Mochovce plant on Thursday.", "Mochovce"),
    ("Niger revoked Orano's licence for the Imouraren uranium mine on Tuesday.", "Imouraren"),
    ("Workers at the Grasberg copper mine went on strike.", "Grasberg"),
    # Known wrong (qa1): a power station too.
    ("The Kusile power station broke down again.", "Kusile"),
    # Known wrong (qa1): a concession's block, a place's or person's name of more words before a power or copper
    # works, and after a country's possessive.
    ("Exxon pumps oil from the Stabroek block off Guyana.", "Stabroek"),
    ("First Quantum wants to reopen the Cobre Panama copper mine.", "Cobre Panama"),
    ("Rosatom is building the El Dabaa nuclear power plant in Egypt.", "El Dabaa"),
    ("The Medupi power station tripped again.", "Medupi"),
    ("Cuba's Antonio Guiteras thermoelectric plant failed on Tuesday.", "Antonio Guiteras"),
    ("China's Baihetan hydropower station opened in 2021.", "Baihetan"),
])
def test_a_site_before_its_works_noun_is_a_facility(nlp: Language, text: str, site: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(site) == "FAC", found


@pytest.mark.parametrize(("text", "site"), [
    # Helper qa1 (world genres): a miner's "its" mine, and a mine named by two words, were persons.
    ("First Quantum Minerals said copper production at its Kansanshi mine in Zambia rose 12%.", "Kansanshi"),
    ("CMOC, the Chinese firm that operates the Tenke Fungurume mine, fell 4%.", "Tenke Fungurume"),
    ("Gold Fields said output at its Salares Norte mine in Chile would reach 250,000 ounces.", "Salares Norte"),
])
def test_a_miners_own_mine_or_a_mine_of_two_words_is_a_facility(nlp: Language, text: str, site: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(site) == "FAC", found


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guards: a given name's person before "mine", and peoples before the verbs "plant" and "mine", stay.
    ("The John Smith mine closed in 1990.", "John Smith", "PERSON"),
    ("He said the decision was theirs, not the Kate Morgan mine.", "Kate Morgan", "PERSON"),
    ("The Mennonites plant wheat, and the Amish mine coal.", "Amish", "NORP"),
])
def test_a_persons_name_or_a_people_before_mine_stays_guard(nlp: Language, text: str, name: str,
                                                               label: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(name) == label, found


def test_a_persons_name_before_a_station_with_no_power_stays_as_it_was_guard(nlp: Language) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, "The Beckham station was named after the footballer "
                                                        "David Beckham.")["entities"]}
    assert found.get("Beckham") != "FAC", found


@pytest.mark.parametrize(("text", "name"), [
    ("The Texas nuclear plant was shut for repairs.", "Texas"),  # a state the gazetteer knows
    ("Nissan's Sunderland plant employs 6,000 people.", "Sunderland"),  # a firm's possessive, no power kind
    ("The Smith field was flooded after the storm.", "Smith"),  # a field with no oil or gas before it
    ("Miners want to open the Andes copper mine next year.", "Andes"),  # one word of a range or a river
])
def test_a_known_place_or_a_bare_field_stays_no_works_guard(nlp: Language, text: str, name: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert name in found and found[name] != "FAC", found


@pytest.mark.parametrize(("text", "name"), [
    # Review (fixA): a leader's rule about works read his name as the works' ("the Obama coal plant rules" FAC); the
    # first, the model's organisation, a guard.
    ("Judges struck down the Biden power plant rule on Friday.", "Biden"),
    ("Republicans attacked the Obama coal plant rules in 2015.", "Obama"),
])
def test_a_leaders_rule_about_works_is_no_works(nlp: Language, text: str, name: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert name in found and found[name] != "FAC", found


def test_a_peoples_word_before_a_works_noun_stays_a_people_guard(nlp: Language) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, "The German plant and the Catholic school were closed by "
                                                        "the Sunni mosque.")["entities"]}
    assert "FAC" not in found.values(), found


@pytest.mark.parametrize(("text", "people"), [
    # rev1: "plant" and "mine" as a people's verb made the people a works ("the Amish plant corn" gave FAC "Amish").
    ("In Pennsylvania the Amish plant corn and tobacco by hand each spring.", "Amish"),
    ("The Mennonites plant wheat on land they bought from the government in the 1990s.", "Mennonites"),
    ("The Maoists plant landmines on forest roads, police said.", "Maoists"),
])
def test_a_people_before_the_verb_plant_is_no_works(nlp: Language, text: str, people: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(people) == "NORP", found


@pytest.mark.parametrize(("text", "expected"), [
    # QA fixA: a camel-cased firm named with "and" beside a firm was missed or a person.
    ("The vaccine was developed by Pfizer and BioNTech, and approved by regulators in December.",
     {"Pfizer": "ORG", "BioNTech": "ORG"}),
    ("Shares in AstraZeneca and GlaxoSmithKline rose on Monday.", {"AstraZeneca": "ORG", "GlaxoSmithKline": "ORG"}),
    # Guard: a surname written with a capital inside stays a person's beside a firm.
    ("Apple and McCarthy were not involved in the talks.", {"Apple": "ORG", "McCarthy": "PERSON"}),
    # QA fixA: a dictionary's word beside a body, a person to the model, is a body ("Greenpeace and Uplift").
    ("Climate campaigners won a ruling over the Rosebank oil field. Greenpeace and Uplift brought the case. Tessa "
     "Khan, the director of Uplift, said the ruling was a victory.",
     {"Greenpeace": "ORG", "Uplift": "ORG", "Tessa Khan": "PERSON"}),
    # Guard: a person's surname of the text stays a person's beside a firm.
    ("Tim Cook unveiled the phone. Analysts said Apple and Cook had taken a risk.",
     {"Apple": "ORG", "Tim Cook": "PERSON"}),
    # Review guards (nrev2): a surname that is a dictionary's word beside a body the gazetteer does not know stays a
    # person's (they gave the organisations "Brown" and "Rice").
    ("The European Commission and Brown signed the pact.", {"European Commission": "ORG", "Brown": "PERSON"}),
    # (Goldman Sachs, the guard's firm before, is known now: beside a known firm a dictionary's word is a firm.)
    ("Jefferies Group and Rice were sued by the investors.", {"Jefferies Group": "ORG", "Rice": "PERSON"}),
])
def test_a_camel_cased_name_beside_a_firm_is_a_firm(nlp: Language, text: str, expected: dict[str, str]) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (fixA): the telecoms firm was missed and its partner, a number word, a count.
    ("Vodafone and Three completed their merger on Friday, creating Britain's largest mobile operator.",
     {"Vodafone": "ORG", "Three": "ORG"}),
    ("The deal between Vodafone and Three was approved by the regulator.", {"Vodafone": "ORG", "Three": "ORG"}),
    # Guards: a count after a firm's clause, before its noun, or opening a sentence stays a count.
    ("Vodafone cut 11,000 jobs and Three more sites were closed.", {"Three": "CARDINAL"}),
    ("Vodafone said it had signed Three new deals.", {"Three": "CARDINAL"}),
    ("Three people were hurt, police said, and Vodafone customers lost signal.", {"Three": "CARDINAL"}),
])
def test_a_number_word_named_beside_a_known_firm_is_a_firm(nlp: Language, text: str, expected: dict) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (qa1): a firm listed with firms was a person or a place ("Leonardo", "Iberia").
    ("BAE Systems, Airbus and Leonardo are in talks to merge their satellite businesses.",
     {"BAE Systems": "ORG", "Airbus": "ORG", "Leonardo": "ORG"}),
    ("IAG, which owns British Airways, Iberia and Aer Lingus, reported a record profit.",
     {"British Airways": "ORG", "Iberia": "ORG", "Aer Lingus": "ORG"}),
    # Guards: a known place, a person's surname of the text, a person's full name and a list of two stay as they were.
    ("Airbus, Boeing and France signed the accord.", {"France": "GPE"}),
    ("Tim Cook unveiled the phone. Apple, Google and Cook were sued.", {"Tim Cook": "PERSON"}),
    ("Apple, Google and Tim Cook were sued.", {"Tim Cook": "PERSON"}),
    ("Airbus and Leonardo signed the deal.", {"Leonardo": "PERSON"}),
    # Guard (rev1): a party's members listed with firms stay a people.
    ("The bill was backed by Meta, Google and Democrats in the Senate.", {"Democrats": "NORP"}),
    # Known wrong (fixA): a known firm the model missed counts in the list ("Telus"), which makes "Rogers" a firm.
    ("The regulator ordered Rogers, Bell and Telus to open their networks to rivals.",
     {"Rogers": "ORG", "Bell": "ORG", "Telus": "ORG"}),
    # Guards: a person's full name listed with them, and a surname the text gives a person in full, stay a person's.
    ("The regulator ordered Kenny Rogers, Bell and Telus to pay.", {"Kenny Rogers": "PERSON"}),
    ("Jim Bell resigned on Monday. Rogers, Bell and Telus said nothing.", {"Jim Bell": "PERSON"}),
])
def test_a_name_listed_with_firms_is_a_firm(nlp: Language, text: str, expected: dict[str, str]) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # QA fixA: a federal court's district was a place and its state ("Southern District" and "New York").
    ("Prosecutors in the Southern District of New York said the defendant had laundered millions of dollars.",
     {"Southern District of New York": "ORG", "Southern District": None, "New York": None}),
    ("A federal judge in the Eastern District of Virginia dismissed the case.",
     {"Eastern District of Virginia": "ORG", "Virginia": None}),
    # Guard: a region of a state that is no US state's stays a place and its state.
    ("Rain fell across the Western District of Victoria on Tuesday.",
     {"Western District": "LOC", "Victoria": "GPE", "Western District of Victoria": None}),
])
def test_a_us_courts_district_is_one_name(nlp: Language, text: str, expected: dict[str, str | None]) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # QA fixA: an NHS trust named after places joined by "and" was cut at the "and".
    ("The woman was treated at Royal Derby Hospital, run by University Hospitals of Derby and Burton NHS Foundation "
     "Trust, which apologised.",
     {"University Hospitals of Derby and Burton NHS Foundation Trust": "ORG", "University Hospitals of Derby": None,
      "Burton NHS Foundation Trust": None}),
    ("Guy's and St Thomas' NHS Foundation Trust said it was investigating.",
     {"Guy's and St Thomas' NHS Foundation Trust": "ORG", "St Thomas": None}),
    ("Barking, Havering and Redbridge University Hospitals NHS Trust declined to comment.",
     {"Barking, Havering and Redbridge University Hospitals NHS Trust": "ORG"}),
    # Guards: two trusts, an article, a person and a place the model names alone stay apart.
    ("The patient was moved by the Sheffield Teaching Hospitals NHS Foundation Trust and Rotherham NHS Foundation "
     "Trust.", {"Sheffield Teaching Hospitals NHS Foundation Trust": "ORG", "Rotherham NHS Foundation Trust": "ORG"}),
    ("Staff at Leeds and the Mid Yorkshire Hospitals NHS Trust went on strike.",
     {"Leeds": "GPE", "Mid Yorkshire Hospitals NHS Trust": "ORG"}),
    ("He thanked Jane Smith and Leeds Teaching Hospitals NHS Trust for their help.",
     {"Jane Smith": "PERSON", "Leeds Teaching Hospitals NHS Trust": "ORG"}),
    # Review guards (nrev2): a crowd's plural and the end of NHS England's name are no places of the trust's name
    # (they gave "Unions and Leeds Teaching Hospitals NHS Trust", "England and Barts Health NHS Trust").
    ("Unions and Leeds Teaching Hospitals NHS Trust agreed a deal on pay.",
     {"Leeds Teaching Hospitals NHS Trust": "ORG", "Unions and Leeds Teaching Hospitals NHS Trust": None}),
    ("Patients and Leeds Teaching Hospitals NHS Trust both welcomed the report.",
     {"Leeds Teaching Hospitals NHS Trust": "ORG", "Patients and Leeds Teaching Hospitals NHS Trust": None}),
    ("Oxfam, Save the Children and Leeds Teaching Hospitals NHS Trust signed the letter.",
     {"Leeds Teaching Hospitals NHS Trust": "ORG", "Children and Leeds Teaching Hospitals NHS Trust": None}),
    ("NHS England and Barts Health NHS Trust issued a joint statement.",
     {"Barts Health NHS Trust": "ORG", "England and Barts Health NHS Trust": None}),
])
def test_an_nhs_trust_named_after_places_is_one_name(nlp: Language, text: str, expected: dict[str, str | None]
                                                     ) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # QA fixA: a charity named by a word or a possessive and "UK" was the place "UK".
    ("Researchers funded by Parkinson's UK found the drug slowed the disease.",
     {"Parkinson's UK": "ORG", "UK": None}),
    ("Diabetes UK and Age UK welcomed the plan.", {"Diabetes UK": "ORG", "Age UK": "ORG", "UK": None}),
    # Guards: "UK" after a month, before a noun, after a place the model found stays the place.
    ("In January UK inflation rose.", {"UK": "GPE"}),
    ("Amazon UK sales fell, and Europe's UK exports grew.", {"UK": "GPE", "Amazon": "ORG"}),
    # Review guards (nrev2): a person's possessive, a preposition or a verb before "UK" names the country (they gave
    # the organisations "Thatcher's UK", "Farage's UK", "Outside UK", "Leaving UK").
    ("Thatcher's UK was a different place, Jones wrote.", {"UK": "GPE", "Thatcher's UK": None}),
    ("Farage's UK would be different, Starmer said.", {"UK": "GPE", "Farage's UK": None}),
    ("Outside UK, sales fell by 4%.", {"UK": "GPE", "Outside UK": None}),
    ("Leaving UK, Brexit campaigners said, was the answer.", {"UK": "GPE", "Leaving UK": None}),
])
def test_a_charity_named_with_uk_is_one_name(nlp: Language, text: str, expected: dict[str, str | None]) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # QA fixA: the Pacific's warm and cold phases were organisations.
    ("Forecasters say El Niño is likely to return later this year. La Niña conditions ended in spring.",
     {"El Niño": None, "La Niña": None}),
    ("Forecasters say El Nino is likely to return.", {"El Nino": None}),
    # Guard: a person named Niño stays a person.
    ("Colombian striker Juan Niño scored twice.", {"Juan Niño": "PERSON"}),
])
def test_the_pacifics_phases_are_no_organisations(nlp: Language, text: str, expected: dict[str, str | None]) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # QA fixA: the town a court sits in, after "told the hearing at", was a person.
    ("A man has admitted dangerous driving. Prosecutor Jane Smith told the hearing at Horsham that he had been "
     "travelling at 90mph.", {"Horsham": "GPE", "Jane Smith": "PERSON"}),
    # Guard: a surname the text gives a person stays the person's.
    ("Anna Truro gave evidence. The inquest in Truro heard from her on Monday.", {"Anna Truro": "PERSON"}),
    # QA fixA (courts): the model's organisation after a sitting's or a local body's noun is the town.
    ("The inquest in Truro heard that the man had drowned after falling from a fishing boat.", {"Truro": "GPE"}),
    ("The council in Gwynedd voted to raise the tax on second homes.", {"Gwynedd": "GPE"}),
    ("The inquest at Truro heard she had drowned.", {"Truro": "GPE"}),
    # Guards: a body's name after a sitting's noun stays the body's (a dictionary word, an acronym, a known one).
    ("A hearing in Congress was delayed until March.", {"Congress": "ORG"}),
    ("The hearing at Ofcom was adjourned.", {"Ofcom": "ORG"}),
    ("The trial in Apple's case against Epic was delayed.", {"Apple": "ORG"}),
    # Review guards (nrev1): a firm or a union after "at" stays the model's organisation, not a town.
    ("Police at Tesco detained the shoplifter until officers arrived.", {"Tesco": "ORG"}),
    ("A trial at Novartis tested the gene therapy in 40 children.", {"Novartis": "ORG"}),
    ("The council at Unite voted to back the strike, the union said.", {"Unite": "ORG"}),
    ("The tribunal at Deloitte found the partner had been bullied.", {"Deloitte": "ORG"}),
])
def test_the_town_of_a_courts_sitting_is_a_place(nlp: Language, text: str, expected: dict[str, str | None]) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # QA qa2: towns listed after "in" beside a known place (or two places) were persons.
    ("Protests against mass tourism have been held in Barcelona, Málaga and Palma.",
     {"Barcelona": "GPE", "Málaga": "GPE", "Palma": "GPE"}),
    ("Protests were held in Madrid, Valencia and Alicante on Sunday.",
     {"Madrid": "GPE", "Valencia": "GPE", "Alicante": "GPE"}),
    ("Floods hit homes in Bologna, Ravenna and Forlì last week.", {"Ravenna": "GPE", "Forlì": "GPE"}),
    # QA qa2: "to" after a verb of spreading lists places as "in" does.
    ("Strikes spread to Lisbon, Faro and Évora on Monday.", {"Faro": "GPE", "Évora": "GPE"}),
    ("The fires spread to Bologna, Ravenna and Forlì last week.", {"Ravenna": "GPE", "Forlì": "GPE"}),
])
def test_a_town_listed_with_places_after_in_is_a_place(nlp: Language, text: str,
                                                       expected: dict[str, str | None]) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: people listed after "to" (the model made one of them a place), teams after "lost to", a surname the
    # text gives a person, people listed with no place, a list that is the sentence's subject.
    ("He spoke to Biden, Macron and Sunak in London on Monday.", {"Macron": "PERSON"}),
    ("Olaf Scholz met leaders in Berlin. Letters were sent to Germany, Scholz and Macron.",
     {"Olaf Scholz": "PERSON", "Macron": "PERSON"}),
    ("Tributes were paid to Harry, Kane and Rooney in Manchester.", {"Kane": "PERSON", "Rooney": "PERSON"}),
    # Guards: "to" after a verb of spreading before people, and after "lost" before teams, stays as it was.
    ("Tributes spread to Harry, Kane and Rooney in Manchester.", {"Kane": "PERSON", "Rooney": "PERSON"}),
    ("The report was sent to Rishi Sunak, Starmer and Davey.", {"Rishi Sunak": "PERSON", "Starmer": "PERSON"}),
    ("Voters in Pennsylvania, Kamala Harris and Donald Trump both said, would decide.",
     {"Kamala Harris": "PERSON", "Donald Trump": "PERSON"}),
    # The parser's conjunct with a noun of its own before it: "in Chechnya and Moscow-backed leader Doku Zavgayev".
    ("Urus-Martan is an anti-separatist pocket in Chechnya and Moscow-backed leader Doku Zavgayev has warned it.",
     {"Doku Zavgayev": "PERSON"}),
    # Review guards (nrev1): "in" after a word of trust or a role lists people or works (the model made two of them
    # places, the rule the third).
    ("Confidence in Sunak, Hunt and Braverman fell sharply in London and Manchester, the survey found.",
     {"Hunt": "PERSON"}),
    ("There was interest in Rashford, Sancho and Greenwood from clubs in Italy and Spain.", {"Greenwood": "PERSON"}),
])
def test_a_town_listed_with_places_after_in_is_a_place_guard(nlp: Language, text: str,
                                                             expected: dict[str, str | None]) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


def test_teams_listed_after_lost_to_are_made_no_places_guard(nlp: Language) -> None:
    # Clubs would be right; the rule must not make them towns.
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(
        "Real Madrid lost to Barcelona, Valencia and Sevilla this season."), nlp)[1]}
    assert groups.get("Valencia") != "GPE" and groups.get("Sevilla") != "GPE", groups


@pytest.mark.parametrize(("text", "expected"), [
    # QA fixA: a landform was a town ("Jezero Crater") or a person ("Cheyava Falls").
    ("NASA's Perseverance rover found the rock, nicknamed Cheyava Falls, in Jezero Crater on Mars.",
     {"Cheyava Falls": "LOC", "Jezero Crater": "LOC"}),
    # Guard: a given name before "Falls" stays a person's name.
    ("Grace Falls, 34, of Leeds, was jailed.", {"Grace Falls": "PERSON"}),
    # Review guard (nrev2): a title before "Falls" is an officer's (it gave the place "Detective Falls").
    ("Detective Falls told the court the car was stolen.", {"Detective Falls": "PERSON"}),
    # fixA: a national park was a body, a peninsula named before its noun a body.
    ("Fires spread through the Grampians National Park.", {"Grampians National Park": "LOC"}),
    ("Visitors flocked to Joshua Tree National Park.", {"Joshua Tree National Park": "LOC"}),
    # ... and "National Park" alone after it is its short form, no other place.
    ("A climber died in Mt. Cook National Park on Friday. Another fell elsewhere in the same National Park.",
     {"Mt. Cook National Park": "LOC", "National Park": None}),
    ("The quake struck Japan's Noto peninsula.", {"Noto": "LOC", "Japan": "GPE"}),
    # Guards: the parks' bodies stay bodies, a people's adjective before "peninsula" stays a people's.
    ("The National Park Service said the road was closed.", {"National Park Service": "ORG"}),
    ("The Yellowstone National Park Foundation raised $5m.", {"Yellowstone National Park Foundation": "ORG"}),
    ("Russia annexed the Crimean peninsula in 2014.", {"Crimean": "NORP"}),
    # rev1 guard: a firm before "plateau", its growth's.
    ("The Samsung plateau in smartphone sales worried investors.", {"Samsung": "ORG"}),
])
def test_a_landform_is_a_place(nlp: Language, text: str, expected: dict[str, str | None]) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # QA fixA: a spacecraft named by its series and a glued number was missed.
    ("India's Chandrayaan-3 landed near the lunar south pole in 2023. China's Chang'e-6 returned samples from the "
     "far side of the Moon.", {"Chandrayaan-3": "PRODUCT", "Chang'e-6": "PRODUCT", "India": "GPE"}),
    # Guard: another word with a glued number stays as the model read it.
    ("The Covid-19 pandemic hit Chelsea's Under-21 side.", {"Covid-19": None, "Chelsea": "ORG"}),
])
def test_a_numbered_spacecraft_is_a_product(nlp: Language, text: str, expected: dict[str, str | None]) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # QA fixA: an English judge's office was an organisation.
    ("Sir Geoffrey Vos, the Master of the Rolls, said the lower court had erred.",
     {"Master of the Rolls": None, "Geoffrey Vos": "PERSON"}),
    # Guard: the carmaker stays a firm.
    ("Rolls-Royce said its profit rose.", {"Rolls-Royce": "ORG"}),
])
def test_the_master_of_the_rolls_is_an_office(nlp: Language, text: str, expected: dict[str, str | None]) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize("text", [
    # QA (European copy): the model's place "Mr" before the person's name it found apart.
    "Alberto Núñez Feijóo, leader of the opposition, called on Mr Sánchez to resign.",
    "He called on Mr Sánchez to resign on Tuesday.",
])
def test_an_honorific_alone_before_a_persons_name_is_no_entity(nlp: Language, text: str) -> None:
    groups = {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert "Mr" not in {name for name, _ in groups} and ("Sánchez", "PERSON") in groups, groups


def test_an_honorific_alone_before_a_persons_name_is_no_entity_guard(nlp: Language) -> None:
    """Guard: a name before a person's written in capitals as no honorific is ("DR Congo") stays."""
    text = "DR Congo President Felix Tshisekedi said the talks had failed."
    groups = {g["name"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {"DR Congo", "Felix Tshisekedi"} <= groups, groups


@pytest.mark.parametrize("text", [
    # QA (European copy): the Dáil's chair was a person "Ceann Comhairle" or an organisation.
    "The Ceann Comhairle, Verona Murphy, suspended the Dáil. The Ceann Comhairle said the rules had been broken.",
    "Seán Ó Fearghaíl, the former Ceann Comhairle, said the dispute had damaged public trust.",
])
def test_the_ceann_comhairle_is_an_office_no_entity(nlp: Language, text: str) -> None:
    groups = {g["name"] for g in extract_entities(nlp(text), nlp)[1]}
    assert "Ceann Comhairle" not in groups and groups & {"Verona Murphy", "Seán Ó Fearghaíl"}, groups


def test_the_ceann_comhairle_is_an_office_no_entity_guard(nlp: Language) -> None:
    """Guard: the holder named after the office is a person, without the office's words."""
    groups = {(g["name"], g["label"]) for g in extract_entities(nlp("Ceann Comhairle Verona Murphy suspended the "
                                                                    "sitting on Tuesday."), nlp)[1]}
    assert ("Verona Murphy", "PERSON") in groups, groups


def test_a_timelines_date_ends_before_its_colon(nlp: Language) -> None:
    """QA qa1: a timeline's line "Aug. 1, 2023: A federal grand jury indicts Trump" gave the date "Aug. 1, 2023:"."""
    text = ("Jan. 13, 2021: The House impeaches Trump for a second time.\n"
            "Aug. 1, 2023: A federal grand jury indicts Trump on four counts.")
    dates = {e["text"] for e in enrich(nlp, text)["entities"] if e["label"] == "DATE"}
    assert "Aug. 1, 2023" in dates and not any(d.endswith(":") for d in dates), dates


@pytest.mark.parametrize(("text", "expected"), [
    # Guard: a clock's colon inside a time and a date before a colon inside a sentence stay as they were.
    ("The polls close at 10:30 p.m. on Tuesday.", "10:30 p.m."),
    ("The schedule was set for March 3: the vote would come later.", "March 3"),
])
def test_guard_times_and_dates_before_a_colon_keep_their_spans(nlp: Language, text: str, expected: str) -> None:
    found = {e["text"] for e in enrich(nlp, text)["entities"]}
    assert expected in found, found


def test_a_town_between_an_age_and_a_residents_noun_is_a_place(nlp: Language) -> None:
    """QA qa1: "Dayton" of "A 34-year-old Dayton man was arrested" was an organisation (a town the gazetteer does
    not know, placed by the age before it)."""
    text = "A 34-year-old Dayton man was arrested early Saturday after a chase through three counties."
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get("Dayton") == "GPE", found


@pytest.mark.parametrize(("text", "name"), [
    # Review leftovers: a people's word no dictionary lists between an age and a resident's noun was made a town.
    ("A 36-year-old Maori man was jailed for five years at Auckland District Court.", "Maori"),
    ("A 66-year-old Traveller man was arrested in connection with the fire.", "Traveller"),
])
def test_a_peoples_word_between_an_age_and_a_residents_noun_is_no_town(nlp: Language, text: str, name: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(name) == "NORP", found


@pytest.mark.parametrize(("text", "name"), [
    # Guard: without an age an unknown town keeps the model's label, and a firm before a worker's noun stays a firm.
    ("A 34-year-old Google engineer was arrested on Friday.", "Google"),
    ("A 45-year-old Tesla driver was killed in the crash.", "Tesla"),
    ("A 33-year-old Navy man died in the crash.", "Navy"),
    # Review guards (nrev1): a people's adjective between the age and the noun is no town.
    ("A 27-year-old Latino man died after being shot outside a bar in Phoenix, police said.", "Latino"),
    ("A 71-year-old Sikh man was attacked in Wolverhampton. Police are treating it as a hate crime.", "Sikh"),
    ("A 45-year-old Aboriginal man died in custody in Perth on Tuesday, the coroner said.", "Aboriginal"),
])
def test_guard_an_age_before_a_firm_and_a_workers_noun_stays_as_it_was(nlp: Language, text: str, name: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(name) != "GPE", found


@pytest.mark.parametrize(("text", "bill"), [
    # QA qa1: a state or federal bill's letters and number were a date ("1047", "1557 last year") or a body ("H.R.").
    ("The bill, SB 1047, was written by state Sen. Scott Wiener of San Francisco.", "SB 1047"),
    ("Lawmakers passed HB 1557 last year despite protests.", "HB 1557"),
    ("Congress passed H.R. 815 in April.", "H.R. 815"),
    ("The governor signed AB 5 in 2019.", "AB 5"),
])
def test_a_bills_letters_and_number_are_one_law(nlp: Language, text: str, bill: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(bill) == "LAW", found


def test_the_models_date_after_a_bills_number_keeps_its_words(nlp: Language) -> None:
    """QA qa1: the model's date "1557 last year" after "HB" gives the bill and the date "last year"."""
    found = {e["text"]: e["label"] for e in enrich(nlp, "Lawmakers passed HB 1557 last year.")["entities"]}
    assert found.get("HB 1557") == "LAW" and found.get("last year") == "DATE", found


@pytest.mark.parametrize(("text", "law"), [
    # QA qa1 (Indian and Singapore copy): a statute's bracketed part cut it into bodies and a person "Bill".
    ("Mamata Banerjee said the state would not implement the Citizenship (Amendment) Act.",
     "Citizenship (Amendment) Act"),
    ("Parliament on Tuesday passed the Online Safety (Relief and Accountability) Bill.",
     "Online Safety (Relief and Accountability) Bill"),
    ("The Criminal Law (Amendment) Act was passed in 2013.", "Criminal Law (Amendment) Act"),
    # Review (nrev2): the model's person "Bill Committee" after the bracket, an organisation's word, no given name.
    ("The Renters (Reform) Bill Committee met on Tuesday.", "Renters (Reform) Bill"),
])
def test_a_statutes_name_with_a_bracketed_part_is_one_law(nlp: Language, text: str, law: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(law) == "LAW", found


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guard: a bracket with no capitalised name before it, or a lower-case word inside it, makes no statute.
    ("The company (Acme Holdings) Bill Smith founded was sold.", "Bill Smith", "PERSON"),
    ("Mr Khan (who chairs the panel) Bill Jones and others met in London.", "Bill Jones", "PERSON"),
    # Review (nrev2): a list of names with their bracketed party or club, "Bill" a given name after the bracket.
    ("Candidates include Jane Smith (Labour) Bill Jones (Conservative) and Amy Lee (Green).", "Bill Jones", "PERSON"),
    ("The squad: Hugo Keenan (Leinster) Bill Johnston (Munster) and Tadhg Beirne (Munster).", "Bill Johnston",
     "PERSON"),
])
def test_a_bracket_before_a_name_that_is_no_statute_stays_guard(nlp: Language, text: str, name: str,
                                                                 label: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(name) == label and "LAW" not in found.values(), found


def test_guard_a_legal_form_before_a_year_is_no_bill(nlp: Language) -> None:
    """Guard: "AB" ending a firm's name before a year is its legal form ("Volvo AB 2023 results")."""
    found = {e["text"]: e["label"] for e in enrich(nlp, "Volvo AB 2023 results beat forecasts.")["entities"]}
    assert "LAW" not in found.values(), found


@pytest.mark.parametrize("text", [
    # Review (nrev3): a firm's name the model did not mark, its legal form and a year ("LAW 'AB 2023'" before).
    "Investor AB 2023 net asset value rose 20%.",
    "Shares in Atlas Copco AB 2024 rose 3%, the Stockholm exchange said.",
])
def test_guard_a_legal_form_before_a_year_is_no_bill_without_the_firm(nlp: Language, text: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert "LAW" not in found.values(), found


def test_a_bill_after_a_function_word_stays_a_bill(nlp: Language) -> None:
    """Guard: "Under AB 2023, drivers" is a bill: a function word, no firm's name, before the letters."""
    found = {e["text"]: e["label"] for e in enrich(nlp, "Under AB 2023, drivers must carry insurance.")["entities"]}
    assert found.get("AB 2023") == "LAW", found


@pytest.mark.parametrize(("text", "body"), [
    # QA qa1: a public body named with a word and its country was the country alone ("Canada", "Australia").
    ("Environment Canada issued a heat warning for Toronto.", "Environment Canada"),
    ("Services Australia said payments were delayed.", "Services Australia"),
    ("Tourism Australia launched a campaign in London.", "Tourism Australia"),
])
def test_a_body_named_with_a_word_and_its_country_is_whole(nlp: Language, text: str, body: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(body) == "ORG", found


@pytest.mark.parametrize(("text", "country"), [
    # Guard: a country a word before describes, or after an adverb or in a list, stays a place where it neither speaks
    # nor announces.
    ("Outback Australia is drying out.", "Australia"),
    ("Since then Canada has changed its rules.", "Canada"),
    ("Premier Ford said Ontario and Canada would fight the tariffs.", "Canada"),
])
def test_guard_a_country_described_or_after_an_adverb_stays_a_place(nlp: Language, text: str, country: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(country) == "GPE", found


@pytest.mark.parametrize(("text", "label"), [
    # QA qa1: the labels of a fact check's parts were people ("CLAIM", "AP'S ASSESSMENT", "THE FACTS").
    ("CLAIM: Justin Trudeau said Canadians who oppose a carbon tax are racists.\n\nAP'S ASSESSMENT: False. There "
     "is no record of Trudeau making such a statement.\n\nTHE FACTS: A post shared thousands of times claims it.",
     "CLAIM"),
    ("CLAIM: Justin Trudeau said Canadians who oppose a carbon tax are racists.\n\nAP'S ASSESSMENT: False. There "
     "is no record of Trudeau making such a statement.\n\nTHE FACTS: A post shared thousands of times claims it.",
     "AP'S ASSESSMENT"),
    ("CLAIM: Justin Trudeau said Canadians who oppose a carbon tax are racists.\n\nAP'S ASSESSMENT: False. There "
     "is no record of Trudeau making such a statement.\n\nTHE FACTS: A post shared thousands of times claims it.",
     "THE FACTS"),
])
def test_a_fact_checks_labels_are_no_entities(nlp: Language, text: str, label: str) -> None:
    mentions, _ = extract_entities(nlp(text), nlp)
    assert not [m for m in mentions if m["text"] == label], [m["text"] for m in mentions]


@pytest.mark.parametrize(("text", "name"), [
    # Guard: a name opening a line before a colon that is no fact check's label stays ("Claire Smith", a body whose
    # name opens with one of the labels' words).
    ("Claire Smith: We will not stand down, she told the meeting.", "Claire Smith"),
    ("The Verdict Group: Shares fell 5% on Monday after the results.", "Verdict Group"),
])
def test_guard_names_before_a_colon_that_are_no_fact_check_labels_stay(nlp: Language, text: str, name: str) -> None:
    mentions, _ = extract_entities(nlp(text), nlp)
    assert name in {m["text"] for m in mentions}, [m["text"] for m in mentions]


def test_a_number_with_its_scale_glued_on_is_no_ordinal(nlp: Language) -> None:
    """Known wrong (fixB): "50bn" was an ordinal."""
    found = {e["text"]: e["label"] for e in enrich(nlp, "Tier 1 capital rose to 50bn. The bank said profits fell.")[
        "entities"]}
    assert found.get("50bn") == "CARDINAL", found


@pytest.mark.parametrize("text", [
    "China's Pan Zhanle won gold by more than a second at the Paris Olympics.",
    "The wind reading was +1.8 metres per second when Gout Gout ran 20.04.",
    "Vingegaard crossed the line a second behind Pogacar on the Plateau de Beille.",
])
def test_second_the_unit_of_time_is_no_ordinal(nlp: Language, text: str) -> None:
    """QA (qa2): "second" of "by more than a second", "metres per second" was an ordinal."""
    found = [(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]]
    assert ("second", "ORDINAL") not in found, found


@pytest.mark.parametrize("text", [
    "She won the title for a second time on Sunday.",
    "Kyle Chalmers finished second in 47.48 seconds.",
    "Liverpool scored a second in the 80th minute through Salah.",
])
def test_second_the_rank_stays_an_ordinal_guard(nlp: Language, text: str) -> None:
    found = [(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]]
    assert ("second", "ORDINAL") in found, found


@pytest.mark.parametrize("text", [
    # Review (rev3): "a second" the object of a preposition or before "off", "later" was read the unit of time, where
    # it is a second goal, term, referendum or child.
    "Liverpool pressed for a second after the break.",
    "Arsenal went in search of a second before half-time.",
    "The mayor is running for a second.",
    "Campaigners have called for a second.",
    "She is pregnant with a second.",
    "Kane headed a second off a corner.",
    "He added a second later in the half.",
])
def test_a_second_of_a_preposition_or_a_scorer_stays_an_ordinal(nlp: Language, text: str) -> None:
    found = [(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]]
    assert ("second", "ORDINAL") in found, found


@pytest.mark.parametrize("text", [
    # Guards (rev3): the unit of time after a preposition of time or a pause, and a gap taken off a record.
    "He paused for a second and then answered.",
    "Hold on a second.",
    "He won within a second of the record.",
    "It happened in a fraction of a second.",
    "She shaved a second off the world record.",
])
def test_a_second_of_time_after_a_preposition_is_no_ordinal_guard(nlp: Language, text: str) -> None:
    found = [(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]]
    assert ("second", "ORDINAL") not in found, found


@pytest.mark.parametrize("text", [
    "English lightweight Paddy Pimblett submitted King Green at UFC 304 in Manchester.",
    "English striker Harry Kane scored twice for Bayern Munich on Saturday.",
])
def test_a_language_before_a_noun_and_a_person_is_their_people(nlp: Language, text: str) -> None:
    """QA (qa2): "English" of "English lightweight Paddy Pimblett" was a language."""
    found = [(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]]
    assert ("English", "NORP") in found, found


@pytest.mark.parametrize("text", [
    "English teacher John Smith retired from the school after 30 years.",
    "She speaks English fluently, her teacher John Smith said.",
])
def test_a_language_before_a_noun_and_a_person_is_their_people_guard(nlp: Language, text: str) -> None:
    """A language's teacher, or a language not before a person's noun, keeps the model's label."""
    found = [(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]]
    assert ("English", "LANGUAGE") in found, found


def test_an_ordinal_stays_an_ordinal_guard(nlp: Language) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, "She finished 3rd in the final in Rome.")["entities"]}
    assert found.get("3rd") == "ORDINAL", found


@pytest.mark.parametrize(("text", "expected"), [
    # qa1: the matter a body deals with, after its "for" or "of", was the body: "her Budget" the Office for Budget
    # Responsibility (and, fixA, the budget statement no organisation at all).
    ("Rachel Reeves raised national insurance in her Budget on Wednesday. The Office for Budget Responsibility said "
     "the Budget would add £70 billion a year to public spending.",
     {"Budget": None, "Office for Budget Responsibility": ("ORG", 1)}),
    # qa1: a trust or board named after a body known by its acronym, named first, is a body of its own: "The BBC's"
    # was the BBC Trust.
    ("The BBC's licence fee will rise, Lisa Nandy said. The BBC Trust's successor, the BBC Board, welcomed the rise.",
     {"BBC": ("ORG", 1), "BBC Trust": ("ORG", 1), "BBC Board": ("ORG", 1)}),
    # guard (rev1): the acronym beside its trust and another of its bodies is its own, not the other body's.
    ("The BBC said it would appeal. The BBC Trust was abolished in 2017. The BBC World Service cut jobs.",
     {"BBC": ("ORG", 1), "BBC Trust": ("ORG", 1), "BBC World Service": ("ORG", 1)}),
    # guard: a name in words named before its trust is the trust, as before.
    ("Wellcome funded the study. The Wellcome Trust said it was pleased.", {"Wellcome Trust": ("ORG", 2)}),
    # guard: an acronym of the long form written in full is still the body.
    ("The Financial Conduct Authority fined the bank. The FCA said it had cooperated.",
     {"Financial Conduct Authority": ("ORG", 2)}),
])
def test_a_bodys_remit_and_an_acronyms_trust_are_no_short_forms(nlp: Language, text: str, expected: dict) -> None:
    _assert_groups(nlp, text, expected)


@pytest.mark.parametrize("text", [
    "Doctors said children under 5² should not take the drug.",  # an age's limit (is_age_limit)
    "Scientists found that 1 in ² people carry the gene.",  # a share (with_ratios)
    "The boy was named as Tom Whitlock, 3².",  # an age closing a sentence
    "Police named him as Tom Whitlock, 3², of Leeds.",  # an age after a name (_is_age)
])
def test_a_number_with_a_superscript_digit_fails_no_article(nlp: Language, text: str) -> None:
    # A footnote's mark glued to a number ("65¹") is digits to str.isdigit and spaCy's is_digit, but no int: the new
    # rules of ages and shares (and the older age after a name) raised ValueError, which failed the whole article.
    entities = enrich(nlp, text)["entities"]
    assert all(text[e["start"]:e["end"]] == e["text"] for e in entities)


@pytest.mark.parametrize("text", [
    "Germany's Francesco Friedrich won the two-man bobsleigh world title in Winterberg for the 12th time.",
    "She won the title for the 12th time on Sunday.",
])
def test_the_nth_time_is_an_ordinal_no_date(nlp: Language, text: str) -> None:
    """QA qa2: "for the 12th time" gave the date "the 12th"."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert ("12th", "ORDINAL") in labels and not [x for x in labels if "12th" in x[0] and x[1] == "DATE"], labels


@pytest.mark.parametrize("text", [
    "Ronnie O'Sullivan won his eighth Masters title at Alexandra Palace on Sunday.",
    "She is expecting her third child in the spring, her spokesman said.",
])
def test_an_owners_spelled_ordinal_is_no_count(nlp: Language, text: str) -> None:
    """Helper fixD: "his eighth Masters title" gave CARDINAL "eighth"."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert not [x for x in labels if x[1] == "CARDINAL"], labels


@pytest.mark.parametrize(("text", "count"), [
    # Guards: a count in digits after a possessive, and a spelled count, stay counts.
    ("He won his 12 titles in eight years.", "12"),
    ("She took her three children to the park on Sunday.", "three"),
])
def test_a_count_after_a_possessive_stays_a_count_guard(nlp: Language, text: str, count: str) -> None:
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert (count, "CARDINAL") in labels, labels


@pytest.mark.parametrize("text", [
    "The hearing was adjourned until the 12th, the judge said.",
    "Prices rose for the 12th consecutive month in March.",
])
def test_a_day_or_a_run_of_months_stays_a_date_guard(nlp: Language, text: str) -> None:
    """Guard: a day of the month, and an ordinal before a unit of time other than "time", stay dates."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert [x for x in labels if x[1] == "DATE" and "12th" in x[0]], labels


def test_a_snooker_players_centuries_are_a_count_no_date(nlp: Language) -> None:
    """QA qa2: "made four centuries in the match" gave the date "four centuries" in a snooker report."""
    text = ("Kyren Wilson won the World Snooker Championship at the Crucible, beating Jak Jones 18-14. Wilson made "
            "four centuries in the match.")
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert ("four", "CARDINAL") in labels and not [x for x in labels if "centuries" in x[0]], labels


@pytest.mark.parametrize("text", [
    "The Crucible, the Sheffield theatre, has staged plays for five decades; the city's cutlery trade goes back four "
    "centuries.",
    "Wilson made four centuries at the Crucible as he won the final by 18 frames to 14.",
])
def test_the_crucible_makes_a_snooker_text_only_with_its_frames(nlp: Language, text: str) -> None:
    """Review: "crucible" alone made a text of snooker, so the theatre's (and Arthur Miller's play's) city's "four
    centuries" became the count 'four'; the sport's home counts with its frames (guard: then a count)."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert (("four", "CARDINAL") in labels) == ("frames" in text), labels


def test_centuries_of_no_snooker_stay_a_date_guard(nlp: Language) -> None:
    """Guard: a text of no snooker keeps its centuries of years."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, "The cathedral has stood for four centuries, the bishop "
                                                            "said.")["entities"]}
    assert ("four centuries", "DATE") in labels, labels


def test_centuries_of_years_in_a_snooker_text_stay_a_date(nlp: Language) -> None:
    """Review rev2: a snooker text's centuries no player made stay years ("Sheffield's steelworks have stood for two
    centuries ... as snooker fans arrived" gave CARDINAL "two")."""
    text = ("Sheffield's steelworks have stood for two centuries, council leader Tom Hunt said, as snooker fans "
            "arrived for the final.")
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert ("two centuries", "DATE") in labels, labels


def test_centuries_of_a_report_of_frames_and_breaks_are_no_date(nlp: Language) -> None:
    """QA qa2: a snooker report naming neither the game nor the Crucible, but its frames and breaks, kept "centuries"
    of "Trump made centuries of 134 and 102" a date."""
    text = ("Judd Trump leads Mark Selby 5-3 after the first session of their UK Championship semi-final in York. "
            "Trump made centuries of 134 and 102, while Selby's highest break was 92 in the sixth frame.")
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert not [x for x in labels if "centuries" in x[0]], labels


@pytest.mark.parametrize("text", [
    "Craftsmen made frames here over two centuries, before a break in production in 1990.",
    "The frame of the abbey has stood for three centuries; a break in the weather let the roofers work.",
    "The museum made two centuries of history accessible, the curator said, before a break for lunch in the frame "
    "room.",
])
def test_centuries_of_frames_and_breaks_of_no_snooker_stay_a_date_guard(nlp: Language, text: str) -> None:
    """Guard (qa2): a frame's and a break's words with centuries no player made keep the centuries years."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert [x for x in labels if "centuries" in x[0] and x[1] == "DATE"], labels


@pytest.mark.parametrize(("text", "span"), [
    ("Snooker's world championship at the Crucible begins on Saturday. The snooker club's building has stood for two "
     "centuries.", "two centuries"),
    ("The Crucible hosts the snooker. The city's cutlery trade spans three centuries.", "three centuries"),
])
def test_centuries_of_years_in_a_snooker_text_stay_a_date_guard(nlp: Language, text: str, span: str) -> None:
    """Guard (rev3): a span of centuries ("stood for two centuries", "spans three centuries") in a text of snooker
    is still years."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert (span, "DATE") in labels, labels


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (fixA): a birthplace after "born in" was a person.
    ("He was born in Mindelo, on the island of Sao Vicente, in 1941.", {"Mindelo": "GPE"}),
    ("The singer, who was born in Kilifi and raised in Mombasa, moved to London at 19.", {"Kilifi": "GPE"}),
    # Guards: a surname the text gives a person stays the person's; a possessive's owner stays a person.
    ("Anna Truro was born in Truro in 1960.", {"Anna Truro": "PERSON"}),
    ("The baby was born in Jessica Smith's car outside the hospital.", {"Jessica Smith": "PERSON"}),
])
def test_a_birthplace_after_born_in_is_a_place(nlp: Language, text: str, expected: dict[str, str | None]) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "absent"), [
    # Known wrong (fixA): what a tax inspector or the schools' inspector answers for was an organisation.
    ("The Inspector of Taxes ruled that the payments were income.", "Taxes"),
    ("The Chief Inspector of Schools said standards had risen.", "Schools"),
])
def test_an_inspectors_taxes_and_schools_are_no_organisation(nlp: Language, text: str, absent: str) -> None:
    found = {g["name"] for g in extract_entities(nlp(text), nlp)[1]}
    assert absent not in found, found


def test_a_schools_body_after_of_stays_an_organisation_guard(nlp: Language) -> None:
    """Guard: a body named "... of Schools" with no office before it keeps its name."""
    found = {g["name"]: g["label"] for g in extract_entities(nlp("The Association of School and College Leaders and "
                                                                 "the Federation of Schools said pay must rise."),
                                                             nlp)[1]}
    assert any("Schools" in name and label == "ORG" for name, label in found.items()), found


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (fixA): two sites named before a plural noun of sites were an organisation and nothing, or places.
    ("Work on the Blackwall and Silvertown tunnels is due to finish next year.",
     {"Blackwall": "FAC", "Silvertown": "FAC"}),
    ("Inspectors found rats at Wandsworth and Pentonville prisons last year.",
     {"Wandsworth": "FAC", "Pentonville": "FAC"}),
    ("Levels at the Haweswater and Thirlmere reservoirs fell to 60%.", {"Haweswater": "FAC", "Thirlmere": "FAC"}),
    # Guards: cities the gazetteer knows and peoples' words before such a noun stay as the model read them.
    ("Repairs to the Glasgow and Edinburgh bridges will cost £40m.", {"Glasgow": "GPE", "Edinburgh": "GPE"}),
    ("Conditions in Scottish and English prisons are poor, the report said.",
     {"Scottish": "NORP", "English": "LANGUAGE"}),
])
def test_two_sites_paired_before_their_plural_noun_are_facilities(nlp: Language, text: str,
                                                                  expected: dict[str, str | None]) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize("text", [
    "Henry Hub futures rose to $3.50 per million British thermal units on Tuesday.",
    "Asian spot LNG prices rose to $14.20 per million British thermal units (mmBtu) this week.",
])
def test_the_words_of_a_gas_prices_unit_are_no_count_nor_people(nlp: Language, text: str) -> None:
    """fixB: "$3.50 per million British thermal units" gave CARDINAL "million" and NORP "British": the unit's words."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert ("million", "CARDINAL") not in labels and ("British", "NORP") not in labels, labels


def test_british_and_a_million_elsewhere_still_entities_guard(nlp: Language) -> None:
    """Guard: "British officials" a people and "a million people" a count, with no rate's "per" or unit."""
    text = "The British thermal power station closed. British officials said a million people were affected."
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert ("British", "NORP") in labels and ("million", "CARDINAL") in labels, labels


@pytest.mark.parametrize(("text", "weight_class"), [
    ("The Ukrainian won gold in the under-66kg judo category.", "under-66kg"),
    ("She won bronze in the under-57kg division at the world championships.", "under-57kg"),
    ("He fought in the +100kg final in Paris.", "+100kg"),
])
def test_a_weight_class_is_one_quantity(nlp: Language, text: str, weight_class: str) -> None:
    """fixB: "the under-66kg judo category" gave DATE "under-66" and PERSON "kg judo": the class is one quantity."""
    entities = enrich(nlp, text)["entities"]
    assert (weight_class, "QUANTITY") in {(e["text"], e["label"]) for e in entities}, entities
    assert not any(e["text"].startswith("kg") for e in entities), entities


def test_an_age_group_without_kilograms_is_still_no_quantity_guard(nlp: Language) -> None:
    """Guard: "the under-21 team" has no "kg": no weight class."""
    entities = enrich(nlp, "The baby weighed 4kg at birth, and the under-21 team won.")["entities"]
    assert {(e["text"], e["label"]) for e in entities} >= {("4kg", "QUANTITY")}
    assert all(e["label"] != "QUANTITY" for e in entities if "21" in e["text"]), entities


@pytest.mark.parametrize("text", [
    # QA (fixB): an age grade or band in one word was a date ("under-21" of "Britain's men's under-21 team").
    "He was named in Britain's men's under-21 team for the European championships.",
    "She captained the under-18 side, and the club's under-23 players trained on Monday.",
    "The under-30 crowd and the over-65 voters split.",
])
def test_an_age_grade_is_no_date(nlp: Language, text: str) -> None:
    entities = enrich(nlp, text)["entities"]
    assert not [e for e in entities if any(c.isdigit() for c in e["text"])], entities


def test_a_results_tables_count_is_apart_from_its_share(nlp: Language) -> None:
    """QA (fixB): "Bola Tinubu (APC) 8,794,726 36.61%" gave one PERCENT "8,794,726 36.61%"; the votes are a count of
    their own. Guard: a share with its fraction stays whole ("2 1/2%")."""
    labels = [(e["text"], e["label"]) for e in enrich(nlp, "Bola Tinubu (APC) 8,794,726 36.61%\nAtiku Abubakar (PDP) "
                                                            "6,984,520 29.07%")["entities"]]
    assert {("8,794,726", "CARDINAL"), ("36.61%", "PERCENT"), ("6,984,520", "CARDINAL")} <= set(labels), labels
    labels = [(e["text"], e["label"]) for e in enrich(nlp, "Rates rose 2 1/2% last year.")["entities"]]
    assert ("2 1/2%", "PERCENT") in labels, labels


@pytest.mark.parametrize(("text", "distance"), [
    # QA (fixB): a distance ran into the bearing after it ("about 500 km west").
    ("The earthquake struck about 500 km west of Kathmandu.", "about 500 km"),
    ("Troops advanced 3 km east, officials said.", "3 km"),
])
def test_a_distance_ends_before_its_bearing(nlp: Language, text: str, distance: str) -> None:
    labels = [(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]]
    assert (distance, "QUANTITY") in labels, labels


def test_a_points_line_count_is_no_date(nlp: Language) -> None:
    """QA (fixB): "Essex 21 pts" (a county cricket points line) gave DATE "21"; a count of points. Guard: a year
    before "pts" stays a date."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, "Essex 21 pts, Kent 5 pts.")["entities"]}
    assert ("21", "CARDINAL") in labels and ("21", "DATE") not in labels, labels
    labels = {(e["text"], e["label"]) for e in enrich(nlp, "The 2024 pts table was published.")["entities"]}
    assert ("2024", "DATE") in labels, labels


def test_an_age_limit_and_a_weight_class_stay_guard(nlp: Language) -> None:
    """Guard: a spaced limit after its people stays a count, a weight class a quantity."""
    entities = {(e["text"], e["label"]) for e in enrich(nlp, "Children under 12 must be accompanied. She won bronze "
                                                             "in the under-57kg division.")["entities"]}
    assert {("under 12", "CARDINAL"), ("under-57kg", "QUANTITY")} <= entities, entities


@pytest.mark.parametrize(("text", "ordinal"), [
    ("Prices rose for the 12th consecutive annual increase, the statistics office said.", "12th"),
    ("It was the 12th consecutive annual meeting of the group.", "12th"),
    # fixB: the model's date the frequency word alone, its ordinal apart ("monthly" was a DATE).
    ("Retail sales fell for the fifth consecutive monthly decline, the statistics office said.", "fifth"),
    ("Exports posted a third straight quarterly gain.", "third"),
])
def test_the_ordinal_of_a_run_of_yearly_things_is_no_date(nlp: Language, text: str, ordinal: str) -> None:
    """qa1: "the 12th consecutive annual increase" gave DATE "the 12th consecutive annual": an ordinal of increases."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert (ordinal, "ORDINAL") in labels and not any(label == "DATE" for _, label in labels), labels


def test_the_ordinal_of_a_run_of_years_is_still_a_date_guard(nlp: Language) -> None:
    """Guard: "for the 10th consecutive year" counts years: a date; so does "the fifth consecutive month"."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, "The bank raised rates for the 10th consecutive year.")[
        "entities"]}
    assert ("the 10th consecutive year", "DATE") in labels, labels
    labels = {(e["text"], e["label"]) for e in enrich(nlp, "Prices fell for the fifth consecutive month in May.")[
        "entities"]}
    assert any(label == "DATE" and "month" in text for text, label in labels), labels


@pytest.mark.parametrize("text", [
    # QA qa1 (health): a family doctor and intensive care were organisations.
    "Health Secretary Wes Streeting announced £1.5 billion to expand GP surgeries across England.",
    "Patients waited 12 hours at the Royal Infirmary, and three were moved to ICU.",
])
def test_a_health_services_everyday_letters_are_no_bodies(nlp: Language, text: str) -> None:
    found = {e["text"] for e in enrich(nlp, text)["entities"]}
    assert not found & {"GP", "ICU"}, found


def test_a_hospital_and_a_doctor_after_gp_are_still_named_guard(nlp: Language) -> None:
    """Guard: the letters go, not the hospital or the person named beside them."""
    found = {(e["text"], e["label"]) for e in enrich(nlp, "GP Dr Sarah Jones said patients waited 12 hours in A&E at "
                                                        "the Royal Infirmary.")["entities"]}
    assert {("Sarah Jones", "PERSON"), ("Royal Infirmary", "FAC")} <= found, found


@pytest.mark.parametrize("text", [
    # Helper fixB: baseball's pitching rate and a student's grade average were organisations.
    "The pitcher finished with a 2.31 ERA, and his WHIP was the lowest in the league.",
    "She graduated with a 3.9 GPA from Stanford.",
])
def test_a_pitchers_and_a_students_rates_are_no_bodies(nlp: Language, text: str) -> None:
    found = {e["text"] for e in enrich(nlp, text)["entities"]}
    assert not found & {"WHIP", "GPA"}, found


def test_the_era_of_an_amendment_stays_a_law_guard(nlp: Language) -> None:
    """Guard: "ERA" is also the Equal Rights Amendment, a law, and stays one; the school beside "GPA" stays named."""
    found = {(e["text"], e["label"]) for e in enrich(nlp, "Activists renewed their push to ratify the ERA, the Equal "
                                                        "Rights Amendment, in Virginia.")["entities"]}
    assert ("ERA", "LAW") in found, found
    found = {e["text"] for e in enrich(nlp, "She graduated with a 3.9 GPA from Stanford.")["entities"]}
    assert "Stanford" in found, found


def test_a_rule_by_its_number_is_a_law(nlp: Language) -> None:
    """Helper fixB: "invoked Rule 24 of the standing orders" made CARDINAL "24" (the model left "Rule" out)."""
    found = {(e["text"], e["label"]) for e in enrich(nlp, "The Speaker invoked Rule 24 of the standing orders to end "
                                                        "the debate.")["entities"]}
    assert ("Rule 24", "LAW") in found and ("24", "CARDINAL") not in found, found


@pytest.mark.parametrize(("text", "count"), [
    # Guards: a lower-case rule's number and a vote's counts stay counts.
    ("The panel adopted rule 24 after a vote of 24 to 3.", "24"),
    ("Senators voted 55 to 45 under Rule 22 to end the filibuster.", "55"),
])
def test_a_count_beside_a_rule_stays_a_count_guard(nlp: Language, text: str, count: str) -> None:
    found = [(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]]
    assert (count, "CARDINAL") in found, found


def test_a_paired_sites_name_the_text_writes_elsewhere_stays_the_models_guard(nlp: Language) -> None:
    """Review of the paired sites' rule (fixA): a name the text writes elsewhere as a place keeps the place's label
    ("Residents in Wandsworth complained" was a facility with the prisons); the other of the pair is still a site."""
    text = ("Residents in Wandsworth complained about noise. Inspectors visited Wandsworth and Pentonville prisons on "
            "Monday.")
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get("Wandsworth") != "FAC" and groups.get("Pentonville") == "FAC", groups


def test_in_before_its_object_is_no_inches_after_feet(nlp: Language) -> None:
    """rev3: "Snow drifts reached 3ft 4 in places" gave QUANTITY "3ft 4 in": "in places" is a preposition's."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, "Snow drifts reached 3ft 4 in places, the Met Office "
                                                           "said.")["entities"]}
    assert ("3ft 4 in", "QUANTITY") not in labels and ("3ft", "QUANTITY") in labels, labels


def test_spaced_inches_before_an_adjective_still_join_the_feet_guard(nlp: Language) -> None:
    """Guard: "stands 6 ft 5 in tall" is one height still."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, "The centre, who stands 6 ft 5 in tall, signed on "
                                                           "Monday.")["entities"]}
    assert ("6 ft 5 in", "QUANTITY") in labels, labels


def test_centuries_run_into_a_season_are_a_count_and_a_date(nlp: Language) -> None:
    """rev3: "The snooker star, who made 12 centuries this season" gave DATE "12 centuries this season": the count
    of breaks and the season."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, "The snooker star, who made 12 centuries this season, "
                                                           "reached the final.")["entities"]}
    assert {("12", "CARDINAL"), ("this season", "DATE")} <= labels, labels


def test_centuries_alone_in_a_snooker_text_still_a_count_guard(nlp: Language) -> None:
    """Guard: "made four centuries" with no time after it: the count alone, as before."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, "Trump made four centuries in the snooker semi-final at "
                                                           "the Crucible.")["entities"]}
    assert ("four", "CARDINAL") in labels, labels


def test_a_container_unit_after_per_is_no_organisation(nlp: Language) -> None:
    """qa2: "rose to $2,000 per FEU" gave ORG "FEU": a forty-foot container, the rate's unit."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, "Spot rates on the Asia-Europe route rose to $2,000 per "
                                                           "FEU, Freightos said.")["entities"]}
    assert not any(text == "FEU" for text, _ in labels) and ("Freightos", "ORG") in labels, labels


@pytest.mark.parametrize(("text", "height"), [
    ("The 6 ft 7 in striker headed the winner for Norway.", "6 ft 7 in"),
    ("Wembanyama, the 7 ft 4 in Frenchman, scored 30 points.", "7 ft 4 in"),
    ("He is described as white, 5ft 10 in height, with short brown hair.", "5ft 10 in"),
])
def test_spaced_inches_before_the_noun_they_size_still_join_the_feet(nlp: Language, text: str, height: str) -> None:
    """Review (rev3): "the 6 ft 7 in striker" gave "6 ft" alone (the rule for "3ft 4 in places" took "in" for a
    preposition before any noun); a singular noun or a name after "in" is what the height describes."""
    labels = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert (height, "QUANTITY") in labels, labels


@pytest.mark.parametrize(("text", "name"), [
    # Known wrong (rev1): the birthplace rule made a body where a matter "was raised" a place.
    ("Concerns were raised in Parliament about the cost of the scheme.", "Parliament"),
    ("The issue was raised in Congress last week by several senators.", "Congress"),
    ("Questions about the contract were raised in Cabinet on Tuesday, a minister said.", "Cabinet"),
])
def test_a_body_where_a_matter_was_raised_is_no_birthplace(nlp: Language, text: str, name: str) -> None:
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get(name) != "GPE", groups


def test_a_town_after_raised_in_still_a_place_guard(nlp: Language) -> None:
    """Guard (rev1): a town after "born in" still a place, beside a body where a matter was raised."""
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(
        "He was born in Mindelo, on the island of Sao Vicente. Questions were raised in Parliament."), nlp)[1]}
    assert groups.get("Mindelo") == "GPE", groups


@pytest.mark.parametrize(("text", "names"), [
    ("The Chevron and Valero refineries in Texas resumed operations after the storm.", ("Chevron", "Valero")),
    ("Output at the Glencore and Anglo American mines in Chile fell 12% in the quarter.", ("Glencore",)),
])
def test_firms_paired_before_their_sites_stay_firms(nlp: Language, text: str, names: tuple[str, ...]) -> None:
    """Review (rev1): the paired sites' rule made facilities of two firms owning the sites ("the Chevron and Valero
    refineries" gave FAC "Chevron" and "Valero", organisations to the model)."""
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert all(groups.get(name) != "FAC" for name in names), groups


@pytest.mark.parametrize(("text", "name"), [
    ("He was raised in Judaism but converted in his twenties.", "Judaism"),
    ("She was raised in Catholicism and studied at a convent school.", "Catholicism"),
])
def test_a_faith_one_was_raised_in_is_no_birthplace(nlp: Language, text: str, name: str) -> None:
    """Review (rev1): the birthplace rule made a faith after "raised in" a place ("raised in Judaism" GPE)."""
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get(name) != "GPE", groups


def test_an_exchange_rate_the_model_calls_money_is_its_number(nlp: Language) -> None:
    # An exchange rate is no sum (see services/nlp/money): "150 per dollar" is the number 150, as "83.5 against the
    # dollar" is.
    text = ("The yen weakened to 150 per dollar on Tuesday, and the won to 1,329 per dollar. The yuan traded at 7.25 "
            "per dollar. The rupee hit a record low of 83.5 against the dollar.")
    labelled = {m["text"]: m["label"] for m in extract_entities(nlp(text), nlp)[0]}
    assert labelled.get("150") == labelled.get("1,329") == labelled.get("7.25") == "CARDINAL", labelled
    assert not any(label == "MONEY" for label in labelled.values()), labelled


@pytest.mark.parametrize(("text", "sum_"), [
    # Guards: a sum in a currency, per unit or per dollar of something, is still money.
    ("Japan paid 150 yen per dollar of debt.", "150 yen"),
    ("The fee is $5 per dollar of sales.", "$5"),
    ("The taka traded at Tk 120 per dollar.", "Tk 120"),
    # Review (rev3): a bare number per dollar of something is a ratio to a sum, no exchange rate.
    ("The bank sold the notes at 98 per dollar of face value.", "98 per dollar"),
    ("Firms raised 3 per dollar of public money, the report found.", "3 per dollar"),
])
def test_a_sum_per_dollar_stays_money(nlp: Language, text: str, sum_: str) -> None:
    labelled = {m["text"]: m["label"] for m in extract_entities(nlp(text), nlp)[0]}
    assert labelled.get(sum_) == "MONEY", labelled


def test_a_player_listed_before_a_person_the_model_found_is_a_person(nlp: Language) -> None:
    """"traded Jrue Holiday, Grayson Allen" missed Holiday: his surname is a word, his given name is none."""
    text = "The Suns traded Jrue Holiday, Grayson Allen and a first-round pick to the Celtics."
    names = {(g["name"], g["label"]) for g in run(nlp, text)[1]}
    assert ("Jrue Holiday", "PERSON") in names, names


@pytest.mark.parametrize(("text", "name"), [
    # Guards: a given name that is a word does not vouch for a noun after it, nor does a firm's head join a name.
    ("The shop sold Christmas Holiday, Grayson Allen said.", "Christmas Holiday"),
    ("The hotel chain Holiday Inn, Hilton and Marriott all reported losses.", "Holiday Inn"),
    ("Visitors to Grace Church, Emma Watson said, were few.", "Grace Church"),
])
def test_guard_a_word_listed_before_a_person_is_no_person(nlp: Language, text: str, name: str) -> None:
    names = {(g["name"], g["label"]) for g in run(nlp, text)[1]}
    assert (name, "PERSON") not in names, names


@pytest.mark.parametrize("text", [
    "Hong Kong Jockey Club chief executive Winfried Engelbrecht-Bresges said betting turnover rose.",
    "Turnover rose, Hong Kong Jockey Club chief executive Winfried Engelbrecht-Bresges said.",
])
def test_a_place_opening_a_bodys_name_before_its_officer_stays_in_the_name(nlp: Language, text: str) -> None:
    # The model split "Hong Kong" (a place) from "Jockey Club" (a person) before the officer's title.
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get("Hong Kong Jockey Club") == "ORG" and "Hong Kong" not in groups, groups


@pytest.mark.parametrize(("text", "place"), [
    ("In Hong Kong Jockey Club members met on Friday.", "Hong Kong"),
    ("Talks in Hong Kong, Jockey Club chief executive Winfried Engelbrecht-Bresges said, went well.", "Hong Kong"),
])
def test_a_place_apart_from_a_body_stays_a_place_guard(nlp: Language, text: str, place: str) -> None:
    """Guard: a place the body's name does not open (a comma between) stays a place."""
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get(place) == "GPE", groups


def test_a_climate_summit_numbered_after_cop_is_an_event(nlp: Language) -> None:
    # "COP27" was a place, "COP28", "COP29", "COP30" nothing.
    text = ("Delegates gathered for COP27 in Sharm el-Sheikh. Talks at COP28 in Dubai, COP29 in Baku and COP30 in "
            "Belem followed.")
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {name: groups.get(name) for name in ("COP27", "COP28", "COP29", "COP30")} == dict.fromkeys(
        ("COP27", "COP28", "COP29", "COP30"), "EVENT"), groups


@pytest.mark.parametrize(("text", "word"), [
    ("Police arrested a cop27 times a year, the report said.", "cop27"),
    ("The COP said the talks would continue in Baku.", "COP"),
    ("Cop 29 officers were injured in the riot.", "Cop 29"),
])
def test_cop_without_its_number_glued_in_capitals_is_no_summit_guard(nlp: Language, text: str, word: str) -> None:
    """Guard: only "COP" in capitals with its number glued on names a summit."""
    events = {g["name"] for g in extract_entities(nlp(text), nlp)[1] if g["label"] == "EVENT"}
    assert word not in events, events


@pytest.mark.parametrize("text", [
    "The Amazon is not for sale, Lula said, as deforestation in the rainforest fell for a second year.",
    "Deforestation in the Amazon fell 30 percent, the government said.",
    "The Amazon rainforest lost 5,000 square km of forest last year.",
])
def test_the_amazon_in_a_text_about_the_forest_is_a_place(nlp: Language, text: str) -> None:
    # The forest was the retailer (ORG).
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get("Amazon") == "LOC", groups


@pytest.mark.parametrize("text", [
    "The Amazon warehouse in Seattle closed after deforestation protests.",
    "Amazon said deforestation claims against its suppliers were false.",
    "The Amazon is not for sale, the company said as it rejected a takeover bid.",
    "Shoppers flocked to the Amazon Prime Day sale as deforestation fell.",
    # probe: "forest" alone in the text is no forest's text.
    "Jeff Bezos founded the Amazon in 1994, the forest campaigners noted.",
])
def test_the_retailer_amazon_stays_an_organisation_guard(nlp: Language, text: str) -> None:
    """Guard: no "the" before it, a noun after it, or no word of the forest in the text: the retailer."""
    groups = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert groups.get("Amazon") in ("ORG", None), groups


@pytest.mark.parametrize(("text", "expected"), [
    # Helper fixC: Andalusia as Spain writes it was an organisation and a person.
    ("Wildfires spread across Andalucia on Monday, forcing 2,000 people from their homes.",
     {"Andalucia": ("GPE", ["Andalucia"])}),
    ("Visitors to Andalucía rose by 8% last year, the regional government said.",
     {"Andalucía": ("GPE", ["Andalucía"])}),
    # Guard: the race named after it stays the race's one name.
    ("Olaeta won the Tour of Andalucia in February.", {"Andalucia": None}),
])
def test_andalusia_as_spain_writes_it_is_the_place(nlp: Language, text: str, expected: dict) -> None:
    groups = _enriched_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups
