"""People's names the model splits or mislabels: gazetteer words in any case, other spaces, particles as numbers."""
from __future__ import annotations

import pytest
from spacy.language import Language

from services.nlp.entities.cleaning.names import is_second_surname
from services.nlp.entities.cleaning.titles import territorial_title
from services.nlp.entities.gazetteer import _in_gazetteer
from services.nlp.pipeline import enrich


@pytest.mark.parametrize("name", ["Wales", "wales", "WALES", "São Paulo", "sao paulo", "Mexico City"])
def test_the_gazetteer_knows_a_place_written_in_any_case(name: str) -> None:
    """Its lists are case-folded: the rules that asked with a word's own text ("Wales") never got an answer."""
    assert _in_gazetteer(name)


def test_a_place_after_a_hyphen_is_no_second_surname(nlp: Language) -> None:
    doc = nlp("Analysts expect a Joe Biden-China deal before the summit.")
    china = next(t for t in doc if t.text == "China")
    assert not is_second_surname(china)


def people_and_spans(result: dict, text: str) -> list[tuple[str, str, int, int]]:
    """Each entity's words, label and span, the span checked to slice the text."""
    for e in result["entities"]:
        assert text[e["start"]:e["end"]] == e["text"], e
    return [(" ".join(e["text"].split()), e["label"], e["start"], e["end"]) for e in result["entities"]]


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f", "\u3000"])
@pytest.mark.parametrize("text", [
    "Rassie van der Dussen scored 52 before lunch, and Marine Le Pen said the vote was rigged.",
    "Yoon Suk Yeol met Kishida Fumio in Tokyo on Friday.",
])
def test_names_with_other_spaces_are_found_as_with_plain_ones(nlp: Language, text: str, space: str) -> None:
    odd = text.replace(" ", space)
    plain = people_and_spans(enrich(nlp, text), text)
    assert people_and_spans(enrich(nlp, odd), odd) == plain
    assert ("Rassie van der Dussen" if "Rassie" in text else "Yoon Suk Yeol", "PERSON") in {p[:2] for p in plain}


@pytest.mark.parametrize(("text", "names"), [
    ("After the defeat Ten Hag said his side lacked energy, and Erik ten Hag will stay.", {"Ten Hag", "Erik ten Hag"}),
    ("Manchester United manager Erik ten Hag praised his players. Ten Hag said the team had played well.",
     {"Ten Hag", "Erik ten Hag"}),
    ("Ten Hag said the team had played well.", {"Ten Hag"}),
    # Review: the name found once is his wherever else the text writes it; the figures took "Ten" for ten.
    ("Van Nistelrooy replaced Ten Hag. Van Nistelrooy said Ten Hag was a friend.", {"Ten Hag", "Van Nistelrooy"}),
    ("Manchester United sacked their manager. Ten Hag's replacement, Ruben Amorim, said he was honoured.",
     {"Ten Hag", "Ruben Amorim"}),
])
def test_ten_of_ten_hag_is_his_surnames_not_a_number(nlp: Language, text: str, names: set[str]) -> None:
    result = enrich(nlp, text)
    found = [(e["text"], e["label"], e["entity_id"]) for e in result["entities"]]
    assert not [f for f in found if f[1] == "CARDINAL"], found
    assert not [f for f in result["figures"] if f["text"] == "Ten"], result["figures"]
    people = {(name, entity) for name, label, entity in found if label == "PERSON"}
    assert {name for name, _ in people} == names
    assert len({entity for name, entity in people if "Hag" in name}) == 1, people


@pytest.mark.parametrize("text", ["Ten Labour MPs rebelled.", "Ten Chelsea fans were arrested."])
def test_ten_before_a_group_of_people_stays_a_number(nlp: Language, text: str) -> None:
    found = [(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]]
    assert ("Ten", "CARDINAL") in found and not [f for f in found if f[1] == "PERSON"], found


@pytest.mark.parametrize(("text", "name"), [
    ("Akhilesh Yadav said the result was a message to Delhi.", "Akhilesh Yadav"),
    ("The Samajwadi Party led by Akhilesh Yadav won 37 seats in Uttar Pradesh.", "Akhilesh Yadav"),
    ("The move was backed by Mamata Banerjee and opposed by Suvendu Adhikari.", "Mamata Banerjee"),
])
def test_a_south_asian_given_name_opens_a_persons_name(nlp: Language, text: str, name: str) -> None:
    """QA "qapol": the name lists lacked "Akhilesh", "Shehbaz", "Jagmeet", so the person rules never fired."""
    found = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert (name, "PERSON") in found, found


@pytest.mark.parametrize(("text", "name"), [
    ("The BJP's Parvesh Verma defeated AAP chief Arvind Kejriwal in New Delhi, election results showed on Saturday.",
     "Parvesh Verma"),
    ("The party's Saurabh Bharadwaj defeated his rival in the seat, results showed on Saturday.", "Saurabh Bharadwaj"),
    ("The party's Sukanta Majumdar defeated his rival in the seat, results showed on Saturday.", "Sukanta Majumdar"),
    ("The party's Akshata Murty defeated her rival in the seat, results showed on Saturday.", "Akshata Murty"),
])
def test_more_south_asian_given_names_open_a_persons_name(nlp: Language, text: str, name: str) -> None:
    """QA: "Parvesh", "Saurabh", "Sukanta", "Akshata" were in no list, so the model's organisation stood."""
    found = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert (name, "PERSON") in found, found


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Thousands of pilgrims travelled to Pushkar Lake for the fair. The Pushkar Camel Fair drew crowds, the Rajasthan "
     "tourism department said.", "Pushkar Camel Fair", "ORG"),
    ("Saurabh Textiles said on Monday its profit rose.", "Saurabh Textiles", "ORG"),
    ("Parvesh Industries Ltd reported higher sales, the company said.", "Parvesh Industries Ltd", "ORG"),
])
def test_a_south_asian_given_name_makes_no_fair_or_firm_a_person_guard(nlp: Language, text: str, name: str,
                                                                         label: str) -> None:
    """Guard: a town's fair and firms named after a given name keep their labels."""
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(name) == label, found


@pytest.mark.parametrize(("text", "name"), [
    ('KOLKATA: Sourav Ganguly said on Tuesday that the BCCI would not shift the IPL final out of Ahmedabad. "The final '
     'will be played at the Narendra Modi Stadium," Ganguly told reporters.', "Sourav Ganguly"),
    ('NAIROBI — Kenya\'s Eliud Kipchoge finished 10th at the Tokyo Marathon in 2:06:50, his worst time in a decade. '
     '"I will come back stronger," Kipchoge said.', "Eliud Kipchoge"),
    # QA qa2 (darts): "Gerwyn" in no list, the model found no one in a results sentence.
    ("Gerwyn Price beat Michael Smith 6-2 in Leicester.", "Gerwyn Price"),
])
def test_given_names_of_sport_open_a_persons_name(nlp: Language, text: str, name: str) -> None:
    """QA qa2 (cricket, athletics): "Sourav", "Eliud" were in no list, so the model's organisation or place stood
    ("Sourav Ganguly" an organisation, the speaker of his own quote)."""
    found = {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}
    assert (name, "PERSON") in found, found


@pytest.mark.parametrize(("text", "name"), [
    ("Virat Motors said on Monday its profit rose 12 per cent.", "Virat Motors"),
    ("Rohit Industries Ltd reported higher sales, the company said.", "Rohit Industries Ltd"),
    ("Gerwyn Homes Ltd reported higher sales, the company said.", "Gerwyn Homes Ltd"),
])
def test_firms_named_after_given_names_of_sport_stay_firms_guard(nlp: Language, text: str, name: str) -> None:
    """Guard (qa2): a firm named after one of the sport's given names keeps its label."""
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(name) == "ORG", found


def test_given_names_of_sport_have_a_gender_and_are_no_english_ones() -> None:
    """QA qa2: the sport's names are known worldwide with their gender, not in Britain's or the US's lists (a firm
    named after one is not taken for a person by the English-only test)."""
    from services.nlp.given_names import gender_of, is_english_given_name
    assert gender_of("Draymond") == "m" and gender_of("Tirunesh") == "f" and gender_of("Harmanpreet") == "f"
    assert not is_english_given_name("Sourav") and not is_english_given_name("Eliud")


def test_a_south_asian_given_name_is_no_english_one_and_has_a_gender() -> None:
    """Known worldwide, not in Britain's or the US's lists: a firm named "Akhilesh" is not taken for a person's
    first name by the English-only test."""
    from services.nlp.given_names import gender_of, is_english_given_name, is_given_name
    assert is_given_name("Akhilesh") and gender_of("Shehbaz") == "m" and gender_of("Mamata") == "f"
    assert not is_english_given_name("Akhilesh")
    assert gender_of("Parvesh") == "m" and gender_of("Akshata") == "f" and not is_english_given_name("Parvesh")


@pytest.mark.parametrize(("text", "full", "other"), [
    ("Markus Söder said the result was clear. Soeder, the Bavarian premier, later added that Berlin had to act.",
     "Markus Söder", "Soeder"),
    ("President Volodymyr Zelenskyy said on Monday the talks had failed. Zelensky's advisers disagreed.",
     "Volodymyr Zelenskyy", "Zelensky"),
])
def test_a_name_in_another_transliteration_is_the_same_person(nlp: Language, text: str, full: str, other: str
                                                               ) -> None:
    """QA "qapol": umlauts written out ("oe" for "ö") and outlets' spellings ("Zelensky") made two people."""
    ids = {e["text"]: e["entity_id"] for e in enrich(nlp, text)["entities"]}
    assert ids[full] == ids[other], ids


def test_two_people_whose_surnames_fold_alike_stay_apart(nlp: Language) -> None:
    """Only one person's name is folded to: two people whose surnames fold alike keep their own ids."""
    text = "Thomas Müller scored twice. Gerd Mueller's record stood. Mueller said nothing."
    people = {e["text"]: e["entity_id"] for e in enrich(nlp, text)["entities"] if e["label"] == "PERSON"}
    assert people["Thomas Müller"] != people["Gerd Mueller"], people


def _label_of(nlp: Language, text: str, name: str) -> set[str]:
    """The labels of the entities written `name`."""
    return {m["label"] for m in enrich(nlp, text)["entities"] if m["text"] == name}


@pytest.mark.parametrize(("text", "name"), [
    ("Mark Cavendish broke the Tour de France record he shared with Eddy Merckx.", "Eddy Merckx"),
    ("Tyson Fury lost to Oleksandr Usyk by split decision in Riyadh, as Anthony Joshua did in the Grand Prix "
     "of boxing.", "Tyson Fury"),
    ("Sydney McLaughlin-Levrone won gold in Paris after the Grand Prix season.", "Sydney McLaughlin-Levrone"),
    ("Kuldeep Yadav took four wickets for India in the Test match in Dharamsala.", "Kuldeep Yadav"),
])
def test_a_given_name_and_a_surname_the_model_took_for_a_firm_or_place_is_a_person(
        nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == {"PERSON"}


@pytest.mark.parametrize(("text", "name"), [
    ("Tyson Foods cut 1,000 jobs at its plants in Arkansas.", "Tyson Foods"),
    ("Farmers in the Jordan Valley protested against the new water quotas.", "Jordan Valley"),
    ("Morgan Stanley raised its forecast for the S&P 500.", "Morgan Stanley"),
    ("Grace Church was full for the Christmas service.", "Grace Church"),
    ("\"It was my best ride,\" Pogacar told France Televisions.", "France Televisions"),
    ("\"We did not deserve that,\" Guardiola told Sky Sports.", "Sky Sports"),
    ("He coached at Georgia Tech for a decade.", "Georgia Tech"),
    ("Bradley Braves beat Creighton 70-60 on Saturday.", "Bradley Braves"),
    ("The General Assembly met on Tuesday, and Le Monde reported the vote.", "Le Monde"),
])
def test_a_firm_or_place_named_after_a_given_name_stays_one(nlp: Language, text: str, name: str) -> None:
    assert "PERSON" not in _label_of(nlp, text, name)


@pytest.mark.parametrize(("text", "name"), [
    ("Jockey Brian Hernandez Jr. guided the 18-1 long shot to victory for trainer Kenny McPeek.",
     "Brian Hernandez Jr."),
    ("Linebacker Micah Parsons was fined $25,000 by the league on Friday.", "Micah Parsons"),
    ("Jockey Irad Ortiz Jr. won the Belmont Stakes on Saturday.", "Irad Ortiz Jr."),
])
def test_a_sport_post_before_a_name_is_no_part_of_it(nlp: Language, text: str, name: str) -> None:
    result = enrich(nlp, text)
    assert {m["text"]: m["label"] for m in result["entities"]}.get(name) == "PERSON", result["entities"]


@pytest.mark.parametrize("text", [
    "Jockey Club officials met at Newmarket on Monday to discuss the fixture list.",
    "Water Street Partners bought the firm for $40 million.",
])
def test_a_body_named_after_a_post_or_a_noun_keeps_its_first_word(nlp: Language, text: str) -> None:
    names = {m["text"] for m in enrich(nlp, text)["entities"]}
    assert not names & {"Club", "Street Partners"}, names


@pytest.mark.parametrize(("text", "name"), [
    ("Seize The Grey won the Preakness Stakes, giving 88-year-old trainer D. Wayne Lukas his seventh Preakness "
     "victory.", "D. Wayne Lukas"),
    ("Veteran trainer D. Wayne Lukas saddled two runners on Saturday.", "D. Wayne Lukas"),
])
def test_a_leading_initial_the_model_cut_off_is_the_names(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == {"PERSON"}


@pytest.mark.parametrize(("text", "name"), [
    # fixA: an initial without its full stop after a title, as British copy writes it ("Smith" was an organisation).
    ("Judge A Smith said the case was closed.", "A Smith"),
    ("Mr J Bloggs, of Leeds, was fined £200.", "J Bloggs"),
])
def test_a_titled_initial_without_its_stop_opens_the_name(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == {"PERSON"}


def test_an_article_opening_a_sentence_is_no_initial_guard(nlp: Language) -> None:
    # Guard: "A" with no title before it stays the article (the model's label of the name is not this rule's).
    assert not _label_of(nlp, "A Smith said the case was closed.", "A Smith")


def test_a_letter_ending_the_word_before_is_no_initial(nlp: Language) -> None:
    assert _label_of(nlp, "Under Plan B. John Smith said the plan would fail.", "John Smith") == {"PERSON"}


@pytest.mark.parametrize(("text", "place"), [
    ("Julien Alfred of St. Lucia won the 100 meters in 10.72 seconds.", "St. Lucia"),
    ("The sprinter from St Kitts and Nevis ran 9.98 seconds in Nassau.", "St Kitts and Nevis"),
])
def test_a_saints_place_written_st_is_one_place(nlp: Language, text: str, place: str) -> None:
    assert _label_of(nlp, text, place) == {"GPE"}


# ------------------------------------------------------------- guards from the review of the sports rules


@pytest.mark.parametrize(("text", "name"), [
    ("Austin Energy restored power to 40,000 homes after the ice storm.", "Austin Energy"),
    ("Kelly Services cut its forecast, and Stanley Electric raised its outlook.", "Kelly Services"),
    ("Jackson Hole hosts central bankers every August for the Fed's symposium.", "Jackson Hole"),
    ("Floods hit Lincoln Nebraska and Regina Saskatchewan over the weekend.", "Regina Saskatchewan"),
])
def test_a_firm_or_place_opening_with_a_given_name_outside_sport_is_no_person(
        nlp: Language, text: str, name: str) -> None:
    labels = _label_of(nlp, text, name)
    assert labels and "PERSON" not in labels, labels


def test_a_letter_after_a_lower_case_word_is_no_initial(nlp: Language) -> None:
    text = "The vaccine contains vitamin D. Maria Lopez said it was safe."
    assert _label_of(nlp, text, "Maria Lopez") == {"PERSON"}
    assert not _label_of(nlp, text, "D. Maria Lopez")


# ------------------------------------------------------------- world QA: diacritics, Malaysian honours, venues


def _groups(result: dict) -> dict[str, str]:
    """Each entity's text with its canonical name."""
    return {e["text"]: e["canonical"] for e in result["entities"]}


@pytest.mark.parametrize(("text", "full", "other"), [
    ('President Recep Tayyip Erdoğan said on Monday that Turkey would never give up. "We will win," Erdogan told '
     'supporters.', "Recep Tayyip Erdoğan", "Erdogan"),
    ("Istanbul Mayor Ekrem İmamoğlu was detained on Wednesday. Imamoglu denied the charges.", "Ekrem İmamoğlu",
     "Imamoglu"),
    ("José Mourinho said his team was tired. Jose Mourinho has won many titles.", "José Mourinho", "Jose Mourinho"),
])
def test_a_name_written_without_its_diacritics_is_the_same_person(nlp: Language, text: str, full: str, other: str
                                                                  ) -> None:
    """QA "world" 2: only German umlauts were folded; Turkish, Polish, Spanish letters made two people."""
    result = enrich(nlp, text)
    assert _groups(result)[other] == full, _groups(result)
    for quote in result["quotes"]:
        assert quote["speaker"]["name"] == full, quote


def test_of_two_full_names_the_one_with_diacritics_names_the_group(nlp: Language) -> None:
    text = "Recep Tayyip Erdogan met voters in Ankara. Later, Recep Tayyip Erdoğan said Turkey would win."
    assert set(_groups(enrich(nlp, text)).values()) >= {"Recep Tayyip Erdoğan"}
    assert "Recep Tayyip Erdogan" not in _groups(enrich(nlp, text)).values()


@pytest.mark.parametrize(("text", "full", "surname"), [
    ("Enzo Fernández was injured. Enzo Fernandez missed training. Fernandez will be out for a month.",
     "Enzo Fernández", "Fernandez"),
    ("Thomas Müller scored twice. Thomas Muller was substituted. Muller, 34, praised the fans.", "Thomas Müller",
     "Muller"),
    ("Norway's Jonas Gahr Støre met Finnish officials. Jonas Gahr Store later flew to Oslo. Store said he was pleased.",
     "Jonas Gahr Støre", "Store"),
])
def test_a_surname_alone_without_its_diacritics_is_found_and_joins_the_person(nlp: Language, text: str, full: str,
                                                                              surname: str) -> None:
    """Review: the surname alone was searched for only as the group's root spells it ("Fernández"), and lost."""
    assert _groups(enrich(nlp, text)).get(surname) == full, _groups(enrich(nlp, text))


def test_umlauts_dropped_or_written_out_still_fold_only_to_one_person(nlp: Language) -> None:
    """Guard: "Söder" is "Soeder" still; a surname two people's names fold to joins neither."""
    ids = {e["text"]: e["entity_id"] for e in enrich(nlp, "Markus Söder said the result was clear. Soeder, the "
                                                          "Bavarian premier, later added that Berlin had to act.")[
        "entities"]}
    assert ids["Markus Söder"] == ids["Soeder"], ids
    text = "Thomas Müller scored twice. Gerd Mueller's record stood. Mueller said nothing."
    people = {e["text"]: e["entity_id"] for e in enrich(nlp, text)["entities"] if e["label"] == "PERSON"}
    assert people["Thomas Müller"] != people["Gerd Mueller"], people


@pytest.mark.parametrize(("text", "speaker"), [
    ('"Businesses cannot absorb this overnight," said Datuk Seri Wong Siew Hai, president of the association.',
     "Wong Siew Hai"),
    ('Tan Sri Muhyiddin Yassin said on Friday the charges were political. "I am innocent," Muhyiddin said.',
     "Muhyiddin Yassin"),
    ('Dato\' Sri Najib Razak said on Friday the charges were political. "I am innocent," Najib said.', "Najib Razak"),
    ('Sheikh Tamim bin Hamad Al Thani, the Emir of Qatar, met Mahmoud Abbas in Doha. "Palestine will not be '
     'forgotten," Sheikh Tamim said.', "Sheikh Tamim bin Hamad Al Thani"),
])
def test_a_malaysian_honour_is_no_part_of_the_name_and_a_short_form_joins_it(nlp: Language, text: str, speaker: str
                                                                             ) -> None:
    """QA "world" 4: "Datuk Seri" was a person and the speaker, "Muhyiddin" (an organisation to the model) and
    "Tamim" (a people) stood apart from the full names."""
    result = enrich(nlp, text)
    names = {e["text"] for e in result["entities"] if e["label"] == "PERSON"}
    assert not {name for name in names if name.startswith(("Datuk", "Tan Sri", "Dato", "Sri "))}, names
    assert [quote["speaker"]["name"] for quote in result["quotes"]] == [speaker]


@pytest.mark.parametrize(("text", "name"), [
    ("Former prime minister Tun Dr Mahathir Mohamad said he would contest the seat.", "Mahathir Mohamad"),
    ("Datin Rosmah Mansor was acquitted of money laundering on Thursday.", "Rosmah Mansor"),
    ("Toh Puan Jeanne Abdullah opened the exhibition.", "Jeanne Abdullah"),
    # Guards: "Tan" and "Sri" alone open names; a place named after a holder keeps its honour.
    ("Tan Chuan-Jin resigned as Speaker of Singapore's parliament.", "Tan Chuan-Jin"),
    ("Sri Mulyani Indrawati said the budget deficit would narrow.", "Sri Mulyani Indrawati"),
])
def test_a_person_after_a_malaysian_honour_is_named_without_it(nlp: Language, text: str, name: str) -> None:
    result = enrich(nlp, text)
    assert {e["text"] for e in result["entities"] if e["label"] == "PERSON"} == {name}
    assert not [e for e in result["entities"] if e["text"].startswith(("Tun", "Datin", "Toh Puan"))], result["entities"]


@pytest.mark.parametrize(("text", "name", "short"), [
    ("Trade minister Tengku Zafrul Aziz said the tariffs would hurt exporters. Zafrul said talks would continue.",
     "Zafrul Aziz", "Zafrul"),
    ("Malaysian trade minister Tengku Zafrul said the tariffs would hurt exporters. Tengku Zafrul Aziz met officials "
     "in Washington.", "Zafrul Aziz", "Zafrul"),
])
def test_the_royal_style_tengku_is_no_part_of_the_name(nlp: Language, text: str, name: str, short: str) -> None:
    """QA: "Tengku", a Malay royal style as "Datuk" is an honour, stayed in the name, and "Zafrul said" (an
    organisation to the model) stood apart from "Tengku Zafrul Aziz"."""
    people = {e["text"]: e["canonical"] for e in enrich(nlp, text)["entities"] if e["label"] == "PERSON"}
    assert people.get(short) == name and not [n for n in people if n.startswith("Tengku")], people


@pytest.mark.parametrize(("text", "name"), [
    ("COP28 president Sultan Al Jaber said the deal was historic. Al Jaber added that more work was needed.",
     "Sultan Al Jaber"),
    ("Sultan Al Jaber said the deal was historic.", "Sultan Al Jaber"),
    ("Tunku Varadarajan, a columnist, said the vote was close.", "Tunku Varadarajan"),
])
def test_a_given_name_like_a_style_stays_in_the_name_guard(nlp: Language, text: str, name: str) -> None:
    """Guard: "Sultan" of Sultan Al Jaber is his given name, no ruler's title, and "Tunku" a given name too."""
    people = {e["canonical"] for e in enrich(nlp, text)["entities"] if e["label"] == "PERSON"}
    assert people == {name}, people


def test_tengku_opening_a_royal_office_stays_in_it_guard(nlp: Language) -> None:
    """Guard (review): "Tengku Mahkota", a crown prince's office, keeps its "Tengku": no person "Mahkota of Johor"."""
    text = "Tengku Mahkota of Johor, Tunku Ismail, owns the Johor Darul Ta'zim football club."
    names = {e["text"] for e in enrich(nlp, text)["entities"]}
    assert not [n for n in names if n.startswith("Mahkota")], names


@pytest.mark.parametrize("text", [
    "Sheikh Hasina said the vote was rigged.",
    "Sheikh Hasina, who ruled for 15 years, fled to India on Monday. Hasina's son said she would not return.",
    "Speakers included Sheikh Hasina, Mirza Fakhrul Islam Alamgir and Muhammad Yunus.",  # "Hasina" an organisation
])
def test_sheikh_the_model_left_out_is_kept_in_the_name(nlp: Language, text: str) -> None:
    """QA: the model's "Hasina" left out "Sheikh", a title her name keeps as it does where the model includes it
    ("Former prime minister Sheikh Hasina"); the two were two names."""
    people = {e["canonical"] for e in enrich(nlp, text)["entities"] if e["label"] == "PERSON"}
    assert "Sheikh Hasina" in people and "Hasina" not in people, people


def test_a_title_of_an_office_before_sheikh_is_still_left_out_guard(nlp: Language) -> None:
    """Guard: only "Sheikh" is taken back, not a ruler's or an office's title before it."""
    people = {e["canonical"] for e in enrich(nlp, "Dubai ruler Sheikh Mohammed said the city would grow. Mohammed "
                                                  "added that more work was needed.")["entities"]
              if e["label"] == "PERSON"}
    assert people == {"Sheikh Mohammed"}, people
    groups = {g["name"]: g["label"] for g in enrich(nlp, "Traffic was heavy on Sheikh Zayed Road.")["entity_groups"]}
    assert groups.get("Sheikh Zayed Road") == "FAC", groups


@pytest.mark.parametrize("text", [
    "Palestinian families in Sheikh Jarrah face eviction, residents said on Monday.",
    "Police cleared a protest camp in Sheikh Jarrah and Silwan, two districts of East Jerusalem.",
])
def test_east_jerusalems_districts_are_places_not_a_sheikh(nlp: Language, text: str) -> None:
    """Review: "Sheikh Jarrah", a district of East Jerusalem, was the person "Jarrah" (and, once "Sheikh" was kept
    before a one-word person, the person "Sheikh Jarrah"): the gazetteer knows it for a place."""
    labels = {e["canonical"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert labels.get("Sheikh Jarrah") == "GPE", labels


def test_a_place_named_after_a_malaysian_honour_holder_keeps_its_name(nlp: Language) -> None:
    assert _label_of(nlp, "The Tun Razak Exchange opened a new tower.", "Tun Razak Exchange") == {"ORG"}


def test_a_burmese_name_tun_alone_is_no_honour(nlp: Language) -> None:
    """Guard: an honour is one only before a name; "Tun said" is Kyaw Tun."""
    result = enrich(nlp, "Kyaw Tun, a Yangon trader, lost his shop. Tun said the army took it.")
    assert _groups(result).get("Tun") == "Kyaw Tun", _groups(result)


@pytest.mark.parametrize(("text", "names"), [
    # Review: bare "Tun" is an honour only in a text that names Malaysia, never before another "Tun" nor after
    # another word of a name.
    ("Tun Kyi urged a boycott of the vote.", {"Tun Kyi"}),
    ("Tun Myint, an activist, was arrested in Yangon.", {"Tun Myint"}),
    ("Tun Tun Min, a farmer, said soldiers burned his village. Tun Tun Min fled to Thailand.", {"Tun Tun Min"}),
    ("Min Tun Aung, a student activist, was jailed for three years.", {"Tun Aung"}),
    ("Tun Aung Chain, a Myanmar historian, died on Monday.", {"Tun Aung Chain"}),
    ("Burmese writer Tun Win said the book was banned.", {"Tun Win"}),
    ("The company's chief executive Datuk Tun Ismail said profits rose.", {"Tun Ismail"}),
    # Guards: in a Malaysian text it is the honour.
    ("Tun Abdul Razak was Malaysia's second prime minister.", {"Abdul Razak"}),
    ("Tun Daim Zainuddin, a former finance minister, was charged in Kuala Lumpur.", {"Daim Zainuddin"}),
])
def test_a_burmese_name_opening_with_tun_keeps_it(nlp: Language, text: str, names: set[str]) -> None:
    result = enrich(nlp, text)
    assert {e["text"] for e in result["entities"] if e["label"] == "PERSON"} == names, result["entities"]


@pytest.mark.parametrize(("text", "name"), [
    ("Luke Littler averaged 100.56 against Michael van Gerwen at Alexandra Palace on Friday.", "Alexandra Palace"),
    ("Alexandra Palace hosted the darts final on Friday.", "Alexandra Palace"),
    ("Norway's Henrik Kristoffersen won the men's giant slalom in Alta Badia.", "Alta Badia"),
])
def test_a_venue_or_place_opening_with_a_given_name_is_no_person(nlp: Language, text: str, name: str) -> None:
    """QA "world" 5: the given name's vote made the model's organisations persons."""
    labels = _label_of(nlp, text, name)
    assert labels and "PERSON" not in labels, labels


@pytest.mark.parametrize(("text", "name"), [
    ("Alexandra Burke said she was delighted to return to the stage.", "Alexandra Burke"),
    ("Former US coach Bruce Arena said the team was not ready.", "Bruce Arena"),
    # The model's places after "in": a noun's object, a verb's particle.
    ("They have confidence in Keir Starmer.", "Keir Starmer"),
    ("Billy King spun the door again, pushing out Jim O'Brien after just one season and bringing in Maurice Cheeks, "
     "the popular former Sixers player.", "Maurice Cheeks"),
])
def test_a_person_whose_surname_is_a_place_word_or_after_in_stays_a_person(nlp: Language, text: str, name: str
                                                                          ) -> None:
    assert _label_of(nlp, text, name) == {"PERSON"}


# ------------------------------------------------------------- forms QA: officers' and clerks' titles, firms' names


def _entities(result: dict) -> set[tuple[str, str, str]]:
    """Each entity's text, label and canonical name."""
    return {(e["text"], e["label"], e["canonical"]) for e in result["entities"]}


@pytest.mark.parametrize(("text", "expected"), [
    ('CFO Colette Kress said demand for Blackwell chips was "staggering".',
     {("Colette Kress", "PERSON", "Colette Kress")}),
    ("Nvidia CFO Colette Kress said demand was strong.",
     {("Nvidia", "ORG", "Nvidia"), ("Colette Kress", "PERSON", "Colette Kress")}),
    ('Meta CTO Andrew Bosworth said AR glasses were "the next big thing".',
     {("Meta", "ORG", "Meta"), ("Andrew Bosworth", "PERSON", "Andrew Bosworth")}),
    ("County Clerk Greg Kimsey said the count would finish on Friday. City Clerk Anna Lopez agreed.",
     {("Greg Kimsey", "PERSON", "Greg Kimsey"), ("Anna Lopez", "PERSON", "Anna Lopez")}),
])
def test_an_officers_or_clerks_title_is_no_part_of_the_name(nlp: Language, text: str,
                                                            expected: set[tuple[str, str, str]]) -> None:
    """QA "forms" F20: "CFO Colette Kress" an organisation, "Meta CTO" a person, "Clerk Greg Kimsey" a name."""
    found = _entities(enrich(nlp, text))
    assert expected <= found, found


@pytest.mark.parametrize(("text", "expected"), [
    # fixB: the place after an office's "of" and its holder's full name, one organisation to the model.
    ("The Mayor of Greater Manchester Andy Burnham said the buses would be brought under public control.",
     {("Greater Manchester", "GPE", "Greater Manchester"), ("Andy Burnham", "PERSON", "Andy Burnham")}),
    ("The Governor of the Bank of England Andrew Bailey said rates would fall.",
     {("Bank of England", "ORG", "Bank of England"), ("Andrew Bailey", "PERSON", "Andrew Bailey")}),
    # rev3: a president's office of no place is a body's: the firm and its president.
    ("The President of Microsoft Brad Smith testified before Congress.",
     {("Microsoft", "ORG", "Microsoft"), ("Brad Smith", "PERSON", "Brad Smith")}),
    ("The President of Kenya William Ruto flew to Washington.",
     {("Kenya", "GPE", "Kenya"), ("William Ruto", "PERSON", "William Ruto")}),
    # guard (fixB): a place the model read apart keeps its label; no office before a name leaves it alone.
    ("The Mayor of London Sadiq Khan said the fares would be frozen.",
     {("London", "GPE", "London"), ("Sadiq Khan", "PERSON", "Sadiq Khan")}),
    # review (rev1): a firm's president's firm is no place ("Microsoft" was a GPE); a country's president's is.
    ("The president of Microsoft Brad Smith said the company would comply.",
     {("Microsoft", "ORG", "Microsoft"), ("Brad Smith", "PERSON", "Brad Smith")}),
    ("The President of Ireland Michael D Higgins signed the bill.",
     {("Ireland", "GPE", "Ireland"), ("Michael D Higgins", "PERSON", "Michael D Higgins")}),
    # qa1: an inspector's or commissioner's service and its holder, one organisation to the model: the holder, and
    # the service where it is a body's name ("Probation Martin Jones", "Metropolitan Police Mark Rowley").
    ("Chief Inspector of Probation Martin Jones said the assessment had been wholly inadequate.",
     {("Martin Jones", "PERSON", "Martin Jones")}),
    ("HM Chief Inspector of Constabulary Andy Cooke said forces were failing.",
     {("Andy Cooke", "PERSON", "Andy Cooke")}),
    ("The Commissioner of the Metropolitan Police Mark Rowley said officers would be vetted.",
     {("Metropolitan Police", "ORG", "Metropolitan Police"), ("Mark Rowley", "PERSON", "Mark Rowley")}),
])
def test_a_place_after_an_office_and_its_holder_are_apart(nlp: Language, text: str,
                                                         expected: set[tuple[str, str, str]]) -> None:
    found = _entities(enrich(nlp, text))
    assert expected <= found, found


@pytest.mark.parametrize("text", [
    # guards (fixB, gold pol-usa-today): a known place after the office, or one ending in a place's head word, is no
    # place and holder ("York" is a given name too).
    "He was elected Mayor of New York City in 2021.",
    "The Governor of Orange County said it would appeal.",
])
def test_guard_a_place_after_an_office_is_not_cut_into_a_holder(nlp: Language, text: str) -> None:
    assert not any(e["label"] == "PERSON" for e in enrich(nlp, text)["entities"])


def test_guard_a_firm_ending_in_a_given_name_without_an_office_stays_whole(nlp: Language) -> None:
    # guard (fixB): no office's "of" before it: the name is not cut.
    found = _entities(enrich(nlp, "Shares of Morgan Stanley rose 3% on Tuesday."))
    assert ("Morgan Stanley", "ORG", "Morgan Stanley") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Senior Coroner Penelope Schofield told the hearing that the boy had drowned.",
     {("Penelope Schofield", "PERSON", "Penelope Schofield")}),
    ("Assistant Coroner Sarah Murphy recorded a narrative conclusion. Coroner John Pollard adjourned the inquest.",
     {("Sarah Murphy", "PERSON", "Sarah Murphy"), ("John Pollard", "PERSON", "John Pollard")}),
])
def test_a_coroners_title_is_no_part_of_the_name(nlp: Language, text: str, expected: set[tuple[str, str, str]]
                                                ) -> None:
    """QA qa1: "Coroner Penelope" and "Schofield" were two people, "Coroner Sarah Murphy" one with the title."""
    result = enrich(nlp, text)
    found = _entities(result)
    assert expected <= found, found
    assert not any("Coroner" in e["text"] for e in result["entities"])
    assert not any("Coroner" in k["text"] for k in result["keyphrases"])


def test_guard_a_coroner_named_by_surname_alone_keeps_the_title(nlp: Language) -> None:
    """Guard: as "Justice Smith", a title before a surname alone stays (no given name left to name him)."""
    found = _entities(enrich(nlp, "Coroner Pollard adjourned the inquest until March."))
    assert ("Coroner Pollard", "PERSON", "Coroner Pollard") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Apple COO Jeff Williams said sales rose.", {("Jeff Williams", "PERSON", "Jeff Williams")}),
    ("Microsoft CEO Satya Nadella spoke. The company's CTO said nothing.",
     {("Microsoft", "ORG", "Microsoft"), ("Satya Nadella", "PERSON", "Satya Nadella")}),
])
def test_guard_officers_already_apart_stay_apart(nlp: Language, text: str, expected: set[tuple[str, str, str]]
                                                 ) -> None:
    found = _entities(enrich(nlp, text))
    assert expected <= found, found


def test_a_transcripts_speakers_are_people_spelt_in_title_case(nlp: Language) -> None:
    # "JOE" was a person and "LEX FRIDMAN" a work of art; the time stamps were numbers.
    text = ("[00:14:32] JOE ROGAN: So what did Elon say when you told him?\n"
            "[00:14:35] LEX FRIDMAN: He just laughed. He said, \"We'll see.\" That's classic Elon.")
    result = enrich(nlp, text)
    found = {(e["canonical"], e["label"]) for e in result["entities"]}
    assert ("Joe Rogan", "PERSON") in found and ("Lex Fridman", "PERSON") in found, found
    assert not [e for e in result["entities"] if e["text"].startswith("00:")]
    # "He" of Fridman's turn is Elon, never the other label's Rogan.
    assert all((q["speaker"] or {}).get("name") != "Joe Rogan" for q in result["quotes"])


def test_a_transcripts_role_labels_name_no_one(nlp: Language) -> None:
    text = ("HOST (Sarah Montague): Welcome back to The World at One. Why has the economy shrunk?\n"
            "REEVES: Well, Sarah, I don't accept that characterisation.\n"
            "Q: Minister, will you resign?\nHEALTH SECRETARY: No. We have cut waiting lists by 200,000.")
    texts = {e["text"] for e in enrich(nlp, text)["entities"]}
    assert not {"HOST", "HEALTH SECRETARY"} & texts, texts


def test_hansard_seats_are_places_and_parties_no_names(nlp: Language) -> None:
    text = ("Sir Keir Starmer (Holborn and St Pancras) (Lab): We are delivering for working people.\n"
            "Dame Meg Hillier (Hackney South and Shoreditch) (Lab/Co-op): The Treasury Committee has taken evidence.\n"
            "Ed Davey (Kingston and Surbiton) (LD): Will the Prime Minister meet carers this week?")
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get("Holborn and St Pancras") == "GPE" and found.get("Kingston and Surbiton") == "GPE", found
    assert not {"Holborn", "St Pancras", "Shoreditch", "Surbiton", "Lab", "Co-op", "LD"} & set(found), found
    assert found.get("Keir Starmer") == "PERSON" and found.get("Ed Davey") == "PERSON"


@pytest.mark.parametrize(("text", "surname", "place"), [
    ("Lord Hunt of Kings Heath (Lab), the Minister of State for Energy Security, replied that costs would fall.",
     "Hunt", "Kings Heath"),
    ("Baroness Hayman of Ullock, the environment minister, said the plan would be published in spring.",
     "Hayman", "Ullock"),
])
def test_a_life_peers_territorial_title_is_one_person(nlp: Language, text: str, surname: str, place: str) -> None:
    result = enrich(nlp, text)
    people = {e["canonical"] for e in result["entities"] if e["label"] == "PERSON"}
    assert surname in people, people
    assert not [e for e in result["entities"] if place in e["text"]]
    assert place not in {k["text"] for k in result["keyphrases"]}


@pytest.mark.parametrize("text", [
    "The Lord Mayor of London, Alastair King, opened the show.",
    "Lady Gaga of New York played two shows at Wembley.",
    "The Lord Provost of Glasgow, Jacqueline McLaren, welcomed the decision.",
])
def test_guard_offices_and_stage_names_before_of_are_no_peers(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert all(territorial_title(doc, t.i) is None for t in doc)


def _named_groups(nlp: Language, text: str) -> dict[str, tuple[str, list[str]]]:
    """Each group's name: its label and its mentions as written."""
    result = enrich(nlp, text)
    written = {g["entity_id"]: sorted(m["text"] for m in result["entities"] if m["entity_id"] == g["entity_id"])
               for g in result["entity_groups"]}
    return {g["name"]: (g["label"], written[g["entity_id"]]) for g in result["entity_groups"]}


@pytest.mark.parametrize(("text", "expected"), [
    # Two initials before a surname alone, as South Asian names are written: one person ("D.K." was a place).
    ("Siddaramaiah and D.K. Shivakumar met Rahul Gandhi in Delhi.",
     {"D.K. Shivakumar": ("PERSON", ["D.K. Shivakumar"]), "D.K.": None, "Shivakumar": None}),
    # Guard: a country's initials before a surname are no given names.
    ("In the U.S. Smith said nothing.", {"U.S. Smith": ("ORG", ["U.S. Smith"])}),
])
def test_two_initials_before_a_surname_are_the_persons(nlp: Language, text: str, expected: dict) -> None:
    groups = _named_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "expected"), [
    # The name a person went by before, or the name they took: one person.
    ("Pope Leo XIV, formerly Cardinal Robert Prevost, addressed the crowd.",
     {"Leo XIV": ("PERSON", ["Leo XIV", "Robert Prevost"])}),
    ("Cardinal Robert Prevost was elected pope on Thursday and took the name Leo XIV. Pope Leo said he was honoured. "
     "Prevost, 69, is the first American pope.",
     {"Leo XIV": ("PERSON", ["Leo", "Leo XIV", "Prevost", "Robert Prevost"])}),
    # Guards: "formerly" before a firm, a spouse of the same surname.
    ("John Smith, formerly of Goldman Sachs, said the deal was done.",
     {"John Smith": ("PERSON", ["John Smith"]), "Goldman Sachs": ("ORG", ["Goldman Sachs"])}),
    ("Oliver Cooper and his wife Amelia Cooper took the stand.",
     {"Oliver Cooper": ("PERSON", ["Oliver Cooper"]), "Amelia Cooper": ("PERSON", ["Amelia Cooper"])}),
])
def test_a_former_or_taken_name_is_the_same_persons(nlp: Language, text: str, expected: dict) -> None:
    groups = _named_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


def test_guard_an_office_after_lord_is_no_peers_surname(nlp: Language) -> None:
    found = _entities(enrich(nlp, "Lord Protector of England Oliver Cromwell died in 1658."))
    assert ("Oliver Cromwell", "PERSON", "Oliver Cromwell") in found and not any(e[0] == "Protector" for e in found), \
        found


def test_guard_a_hyphenated_bodys_end_is_no_officers_title(nlp: Language) -> None:
    found = _entities(enrich(nlp, "The AFL-CIO Liz Shuler leads has endorsed the candidate."))
    assert not any(e[0] == "AFL-" for e in found), found


@pytest.mark.parametrize("text", [
    "NHS: Waiting lists fall for first time in a year\nBBC: Director general Tim Davie to step down",
    "CHELSEA: Enzo Maresca has confirmed Reece James will miss Saturday's game.\nARSENAL: Mikel Arteta says Bukayo "
    "Saka is fit.",
    "LABOUR: 411 seats\nCONSERVATIVES: 121 seats\nLIB DEMS: 72 seats",
    "POLICE: Man, 32, arrested in Luton\nCOURT: Woman charged with fraud in Bedford",
    "WHERE: Hyde Park, London\nWHEN: Saturday 14 June, 2pm\nTICKETS: £85 from Ticketmaster",
    "TEAM NEWS: Harry Kane returns for England after injury.\nKICK-OFF: 7.45pm, Wembley.",
    "TWEET: Elon Musk posted on X that he would fund the legal fees.\nMUSK: Free speech is the bedrock of democracy.",
])
def test_guard_a_kicker_or_box_label_in_capitals_is_no_speaker(nlp: Language, text: str) -> None:
    labels = {e["text"] for e in enrich(nlp, text)["entities"] if e["label"] == "PERSON"}
    assert not labels & {"NHS", "BBC", "CHELSEA", "ARSENAL", "LABOUR", "CONSERVATIVES", "POLICE", "COURT", "WHERE",
                         "WHEN", "TICKETS", "TEAM NEWS", "KICK-OFF", "TWEET"}, labels


def test_guard_a_transcripts_summary_is_an_answer_of_substance(nlp: Language) -> None:
    text = ("[00:14:32] JOE ROGAN: So what did Elon say to you?\n"
            "[00:14:40] MARC ANDREESSEN: He said the government was spending too much money.")
    assert enrich(nlp, text)["summary"]["text"] == "He said the government was spending too much money."
    text = ("HOST (Sarah Montague): Welcome back. With me is the Health Secretary, Wes Streeting.\n"
            "STREETING: Thank you for having me.")
    assert enrich(nlp, text)["summary"]["text"] != "Thank you for having me."


def _name_labels(nlp: Language, text: str) -> dict[str, str]:
    return {g["name"]: g["label"] for g in enrich(nlp, text)["entity_groups"]}


@pytest.mark.parametrize("text", [
    "Oleksandr Syrskyi, Ukraine's commander-in-chief, said Russian losses in the area had exceeded 1,200 a day.",
    "The brigade has been fighting near Pokrovsk since August. Oleksandr Syrskyi, Ukraine's commander-in-chief, "
    "said Russian losses had exceeded 1,200 personnel a day.",
])
def test_a_given_name_and_an_unknown_surname_the_model_split_are_one_person(nlp: Language, text: str) -> None:
    """QA "qa-world": "Oleksandr" was an organisation and "Syrskyi" a place."""
    found = _name_labels(nlp, text)
    assert found.get("Oleksandr Syrskyi") == "PERSON" and "Oleksandr" not in found and "Syrskyi" not in found, found


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (qa1): the model's person after a title lost its first words ("Deby Itno").
    ("President Mahamat Idriss Deby Itno won the election in Chad.",
     {"Mahamat Idriss Deby Itno": "PERSON", "Deby Itno": None}),
    # Guards: a body's word before a name the model opened with a given name, and a place, stay apart.
    ("General Secretary Unite Sharon Graham said the strike would go ahead.",
     {"Sharon Graham": "PERSON", "Unite Sharon Graham": None}),
    ("Mayor Sadiq Khan said London Mayor Khan had acted.", {"Sadiq Khan": "PERSON", "London": "GPE"}),
])
def test_a_persons_first_names_after_a_title_join_the_name(nlp: Language, text: str, expected: dict) -> None:
    found = _name_labels(nlp, text)
    assert {name: found.get(name) for name in expected} == expected, found


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (qa1): a name before "as" and a capitalised post was an organisation.
    ("The Senate confirmed the nomination of Olukayode Ariwoola as Chief Justice.",
     {"Olukayode Ariwoola": "PERSON"}),
    # Guards (rev1): a club joined and a show returned to are no persons.
    ("He left Crystal Palace as Manager and joined Ipswich Town as Coach.", {"Ipswich Town": "ORG"}),
    ("Craig Revel Horwood returned to Strictly Come Dancing as Judge.", {"Strictly Come Dancing": "WORK_OF_ART"}),
    # Guards: a club and a firm before "as" and a post stay organisations.
    ("He rejoined Manchester United as Manager in 2020.", {"Manchester United": "ORG"}),
    ("She served Goldman Sachs as Chief Economist.", {"Goldman Sachs": "ORG"}),
])
def test_a_name_named_to_a_post_after_as_is_a_person(nlp: Language, text: str, expected: dict) -> None:
    found = _name_labels(nlp, text)
    assert {name: found.get(name) for name in expected} == expected, found


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: a given name before a word, a place or a known name stays apart.
    ("Aston Villa beat Chelsea 2-0 at Villa Park on Saturday.", {"Aston Villa": "ORG"}),
    ("Morgan Stanley said profit rose 20% in the quarter.", {"Morgan Stanley": "ORG"}),
    ("Ministers from Jordan, Egypt and Israel met in Cairo.", {"Jordan": "GPE"}),
])
def test_a_given_name_and_an_unknown_surname_the_model_split_are_one_person_guard(nlp: Language, text: str,
                                                                                  expected: dict) -> None:
    found = _name_labels(nlp, text)
    assert {name: found.get(name) for name in expected} == expected, found


def test_a_known_firm_named_like_a_given_name_before_its_product_is_no_person_guard(nlp: Language) -> None:
    """Guard (review "rev-world"): "Hermes Birkin" (the house's bag) became a person; "Hermes" is a known firm."""
    found = _name_labels(nlp, "The Hermes Birkin bag sold for £8m at auction in Paris.")
    assert "Hermes Birkin" not in found and found.get("Hermes") == "ORG", found


@pytest.mark.parametrize(("text", "name"), [
    ("Jan-Erik Söderberg, a spokesman for the Swedish Migration Agency, said applications had fallen by a third.",
     "Jan-Erik Söderberg"),
    ("Per-Olof Andersson said the vote was close.", "Per-Olof Andersson"),
])
def test_a_hyphenated_given_name_the_model_cut_at_its_hyphen_is_whole(nlp: Language, text: str, name: str) -> None:
    """QA "qa-world": "Jan-Erik Söderberg" was "Erik Söderberg", in the entities and the key phrases."""
    result = enrich(nlp, text)
    people = {g["name"] for g in result["entity_groups"] if g["label"] == "PERSON"}
    phrases = {p["text"] for p in result["keyphrases"]}
    assert name in people and name in phrases, (people, phrases)


@pytest.mark.parametrize(("text", "people", "absent"), [
    # Guards: names written whole stay so; a name hyphenated to a word that is no given name takes nothing in.
    ("Karl-Johan Persson, chairman of H&M, said sales rose.", {"Karl-Johan Persson"}, set()),
    ("Jean-Pierre Raffarin, a former French prime minister, said he would go.", {"Jean-Pierre Raffarin"}, set()),
    ("The Paris-Anne Hidalgo feud deepened, officials said.", {"Anne Hidalgo", "Paris"}, {"Paris-Anne Hidalgo"}),
])
def test_a_hyphenated_given_name_the_model_cut_at_its_hyphen_is_whole_guard(nlp: Language, text: str, people: set,
                                                                           absent: set) -> None:
    found = {g["name"] for g in enrich(nlp, text)["entity_groups"]}
    assert people <= found and not absent & found, found


def test_a_bishops_see_is_a_place_and_the_title_no_name(nlp: Language) -> None:
    """Closing notes: "the Bishop of Chelmsford" gave the organisation "Bishop" and the person "Chelmsford"."""
    found = {e["text"]: e["label"] for e in enrich(nlp, "The Bishop of Chelmsford said the church would support the "
                                                         "families.")["entities"]}
    assert found == {"Chelmsford": "GPE"}, found


def test_a_bishops_see_is_a_place_and_the_title_no_name_guard(nlp: Language) -> None:
    """The bishop's own name after the see, run on by the model, is no place; the named bishop stays a person."""
    found = {e["text"]: e["label"] for e in enrich(nlp, "The Bishop of Chelmsford, Guli Francis-Dehqani, said the "
                                                         "church would help. Bishop of Durham Paul Butler spoke "
                                                         "too.")["entities"]}
    assert found.get("Guli Francis-Dehqani") == "PERSON", found
    assert "GPE" not in {label for text, label in found.items() if "Butler" in text}, found


@pytest.mark.parametrize(("text", "expected"), [
    # QA fixB: the model left "Shah" out of the second "Shah Rukh Khan", written "Rukh Khan".
    ("Actor Shah Rukh Khan said on Monday he would produce the film. Shah Rukh Khan has starred in more than 80 "
     "films.", {"Shah Rukh Khan": ("PERSON", ["Shah Rukh Khan", "Shah Rukh Khan"])}),
    # Guard: a title before a shorter name of the person is no word of the name ("Prince" of "Reza Pahlavi").
    ("Reza Shah Pahlavi founded the dynasty. Crown Prince Reza Pahlavi spoke in Paris on Monday.",
     {"Reza Pahlavi": ("PERSON", ["Reza Pahlavi"])}),
])
def test_a_word_the_model_left_out_of_a_name_written_whole_elsewhere_is_the_names(
        nlp: Language, text: str, expected: dict) -> None:
    groups = _named_groups(nlp, text)
    assert {name: groups.get(name) for name in expected} == expected, groups


@pytest.mark.parametrize(("text", "name", "short"), [
    # QA (European copy): "ap" was no particle; "Rhun" a person, "Iorwerth" a place, the quote's speaker "Iorwerth".
    ('Eluned Morgan said Rhun ap Iorwerth, the Plaid Cymru leader, was ready. "Wales is ready," Mr ap Iorwerth said.',
     "Rhun ap Iorwerth", "ap Iorwerth"),
    # The model's organisation "[Rhun ap]" opening the text, "Iorwerth" another.
    ('Rhun ap Iorwerth said Plaid would scrap the 20mph limit. "People have told us," Mr ap Iorwerth said.',
     "Rhun ap Iorwerth", "ap Iorwerth"),
    ("The poet Dafydd ap Gwilym wrote in the 14th century.", "Dafydd ap Gwilym", None),
    ("Llinos Medi spoke first. Rhodri ab Owen said otherwise.", "Rhodri ab Owen", None),
])
def test_a_welsh_patronymic_particle_joins_a_persons_name(nlp: Language, text: str, name: str,
                                                          short: str | None) -> None:
    result = enrich(nlp, text)
    people = {e["text"]: e["canonical"] for e in result["entities"] if e["label"] == "PERSON"}
    assert people.get(name) == name, result["entities"]
    assert short is None or people.get(short) == name, people
    assert not {e["text"] for e in result["entities"] if e["label"] != "PERSON"} & {"Iorwerth", "Rhun ap"}
    assert all(q["speaker"]["name"] == name for q in result["quotes"]), result["quotes"]


@pytest.mark.parametrize(("text", "names"), [
    # Guards: a firm's "de" is no patronymic; "AP" the news agency in capitals is no particle.
    ("The Banco de España said rates would fall. Banque de France warned too.",
     {"Banco de España": "ORG", "Banque de France": "ORG"}),
    ("Reuters and AP reported that Siemens AG would cut jobs.", {"Reuters": "ORG", "AP": "ORG"}),
])
def test_a_welsh_patronymic_particle_joins_a_persons_name_guard(nlp: Language, text: str, names: dict) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert names.items() <= found.items(), found


@pytest.mark.parametrize(("text", "name", "speaker"), [
    # QA (European copy): "Paschal" was in no list: the model's organisation stood, the quote's speaker "Fine Gael's
    # Paschal Donohoe, the Minister for Finance".
    ('Fine Gael\'s Paschal Donohoe, the Minister for Finance, said the plan was "uncosted".', "Paschal Donohoe",
     "Paschal Donohoe"),
    ("Fine Gael chose Paschal Donohoe as its candidate for Dublin Bay South.", "Paschal Donohoe", None),
])
def test_an_irish_welsh_or_european_given_name_opens_a_persons_name(nlp: Language, text: str, name: str,
                                                                    speaker: str | None) -> None:
    result = enrich(nlp, text)
    found = {(e["text"], e["label"]) for e in result["entities"]}
    assert (name, "PERSON") in found, found
    assert speaker is None or [q["speaker"]["name"] for q in result["quotes"]] == [speaker], result["quotes"]


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guards: a firm or a street named after a listed given name keeps its label; "Pearse", a surname too, is not
    # listed ("Pearse Street" stays a place to the model).
    ("Carwyn Developments Ltd said on Monday its profit rose.", "Carwyn Developments Ltd", "ORG"),
])
def test_an_irish_welsh_or_european_given_name_opens_a_persons_name_guard(nlp: Language, text: str, name: str,
                                                                          label: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(name) == label, found


def test_an_irish_welsh_or_european_given_name_is_no_english_one_and_has_a_gender() -> None:
    """Known worldwide, in no country's list: "Pearse", a surname too, is left out."""
    from services.nlp.given_names import gender_of, is_english_given_name, is_given_name
    assert gender_of("Paschal") == "m" and gender_of("Liadh") == "f" and gender_of("Nicușor") == "m"
    assert not is_english_given_name("Paschal") and not is_given_name("Pearse")


def test_a_full_name_the_model_took_for_a_building_is_a_person_where_an_honorific_writes_its_surname(
        nlp: Language) -> None:
    """QA (European copy): "Aleksandar Vučić" was a building and "Mr Vučić" a person apart, two groups."""
    text = ("Aleksandar Vučić, the president of Serbia, said on Sunday that he would call early elections. Mr Vučić "
            "spoke in Belgrade.")
    people = {e["text"]: (e["label"], e["canonical"]) for e in enrich(nlp, text)["entities"]}
    assert people["Aleksandar Vučić"] == ("PERSON", "Aleksandar Vučić"), people
    assert people["Vučić"] == ("PERSON", "Aleksandar Vučić"), people


def test_a_full_name_the_model_took_for_a_building_is_a_person_where_an_honorific_writes_its_surname_guard(
        nlp: Language) -> None:
    """Guard: a building or airport named after a person, where the honorific writes another's surname, stays so."""
    found = {e["text"]: e["label"] for e in enrich(nlp, "The jet landed at Charles de Gaulle on Monday, Mr Macron "
                                                         "said.")["entities"]}
    assert found.get("Charles de Gaulle") != "PERSON" and found.get("Macron") == "PERSON", found


@pytest.mark.parametrize(("text", "name"), [
    # Review guards: the airport named after someone, its noun written after the name, stays no person where "Mr"
    # writes another's surname (a person with the rule, "Mr Armstrong" then joined to "Louis Armstrong").
    ("Passengers at the Louis Armstrong airport in New Orleans were stranded. Mr Armstrong, a spokesman, apologised.",
     "Louis Armstrong"),
    ("Flights at the Benazir Bhutto airport were delayed. Mr Bhutto, the party chairman, blamed the government.",
     "Benazir Bhutto"),
])
def test_a_full_name_the_model_took_for_a_building_before_its_noun_stays_no_person_guard(
        nlp: Language, text: str, name: str) -> None:
    found = {e["text"]: e["label"] for e in enrich(nlp, text)["entities"]}
    assert found.get(name) == "FAC", found


@pytest.mark.parametrize(("text", "name"), [
    # QA qa1: a Polynesian name with its glottal stop written as an apostrophe was cut before or after that word.
    ("Samoa's Prime Minister Fiamē Naomi Mata'afa survived a no-confidence motion on Tuesday.",
     "Fiamē Naomi Mata'afa"),
    ("Tonga's Ma'a Nonu and Samoa's Tusi Pisi played in the final.", "Ma'a Nonu"),
    # Known wrong (qa1): without the given name's accent the model found no one; after a title the surname of a
    # glottal stop makes the name.
    ("Prime Minister Fiame Naomi Mata'afa said Samoa would host the meeting.", "Fiame Naomi Mata'afa"),
])
def test_a_name_with_a_glottal_stops_apostrophe_is_whole(nlp: Language, text: str, name: str) -> None:
    people = {e["text"] for e in enrich(nlp, text)["entities"] if e["label"] == "PERSON"}
    assert name in people, people


@pytest.mark.parametrize(("text", "name"), [
    # Guard: a possessive, an Irish surname and a contraction beside a name are no part of it.
    ("Joe Biden's plan was rejected on Monday.", "Joe Biden"),
    ("Conan O'Brien hosted the show.", "Conan O'Brien"),
    ("Sarah Jones won't stand again, she said.", "Sarah Jones"),
    # A place's glottal stop after a full name whose words are all given names: no surname is missing.
    ("Sarah Jones Hawai'i visit was cancelled.", "Sarah Jones"),
    ("Governor Josh Green said Lahaina would be rebuilt after the fire on Hawai'i.", "Josh Green"),
])
def test_guard_a_possessive_or_contraction_beside_a_name_stays_out(nlp: Language, text: str, name: str) -> None:
    people = {e["text"] for e in enrich(nlp, text)["entities"] if e["label"] == "PERSON"}
    assert name in people, people


def _people(nlp: Language, text: str) -> set[str]:
    """The canonical names of the text's people."""
    return {g["name"] for g in enrich(nlp, text)["entity_groups"] if g["label"] == "PERSON"}


@pytest.mark.parametrize(("text", "people"), [
    ("Netflix said 60 million households watched the Jake Paul-Mike Tyson boxing match live.",
     {"Jake Paul", "Mike Tyson"}),
    ("The Muhammad Ali-Joe Frazier fight was held in Manila in 1975.", {"Muhammad Ali", "Joe Frazier"}),
])
def test_two_full_names_joined_by_a_hyphen_are_two_people(nlp: Language, text: str, people: set[str]) -> None:
    assert people <= _people(nlp, text), _people(nlp, text)


@pytest.mark.parametrize(("text", "person"), [
    # a hyphenated given name, a double-barrelled surname, a Korean given name: one person
    ("Jean-Paul Sartre wrote the book in 1943.", "Jean-Paul Sartre"),
    ("Helena Bonham-Carter starred in the film.", "Helena Bonham-Carter"),
    ("Ana Garcia-Lopez said the vote was fair.", "Ana Garcia-Lopez"),
    ("President Lee Jae-myung met the press on Monday.", "Lee Jae-myung"),
])
def test_guard_one_hyphenated_name_is_one_person(nlp: Language, text: str, person: str) -> None:
    assert person in _people(nlp, text), _people(nlp, text)


def test_guard_a_body_named_after_two_hyphenated_names_is_one_body(nlp: Language) -> None:
    """A foundation's name of two full names and a hyphen keeps its people in it."""
    text = "The Mary Ann Smith-Jones Foundation gave $1m to the hospital."
    assert not {"Mary Ann Smith", "Jones Foundation"} & _people(nlp, text), _people(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Yokozuna Terunofuji clinched his 10th Emperor's Cup on Sunday.", {("Terunofuji", "PERSON", "Terunofuji")}),
    ("Ozeki Hoshoryu suffered his third defeat of the tournament on Wednesday.",
     {("Hoshoryu", "PERSON", "Hoshoryu")}),
])
def test_a_sumo_rank_is_no_part_of_the_wrestlers_name(nlp: Language, text: str, expected: set[tuple[str, str, str]]
                                                      ) -> None:
    """QA qa2: "Yokozuna Terunofuji" was the person's whole name; the rank alone was a place ("promoted to ozeki")."""
    assert expected <= _entities(enrich(nlp, text))


def test_a_sumo_rank_alone_is_no_name(nlp: Language) -> None:
    found = _entities(enrich(nlp, "Sekiwake Onosato was promoted to ozeki after the Japan Sumo Association "
                                  "approved the move on Wednesday."))
    assert ("Onosato", "PERSON", "Onosato") in found and not any(e[0].lower() == "ozeki" for e in found), found


@pytest.mark.parametrize("text", [
    "Hoshoryu was promoted to Ozeki after the tournament in Tokyo.",
    "He was demoted to maegashira after a poor tournament, the Japan Sumo Association said.",
])
def test_every_sumo_rank_alone_is_no_name_capitalised_too(nlp: Language, text: str) -> None:
    """Review: the ranks alone were listed again, in lower case and without "maegashira": "promoted to Ozeki" gave
    GPE 'Ozeki', "demoted to maegashira" PERSON 'maegashira'; now each of `SUMO_RANKS`, capitalised too."""
    found = _entities(enrich(nlp, text))
    assert not any(e[0].lower() in ("ozeki", "maegashira") for e in found), found


def test_a_wrestlers_surname_after_a_rank_word_of_another_sport_stays_guard(nlp: Language) -> None:
    """Guard: a rank no sumo wrestler holds stays out of this rule: "General Motors" is a firm."""
    found = _entities(enrich(nlp, "General Motors said on Tuesday that sales rose 4%."))
    assert ("General Motors", "ORG", "General Motors") in found, found


@pytest.mark.parametrize(("text", "name"), [
    ('"Ruturaj set it up beautifully," captain MS Dhoni said after the win at Chepauk.', "MS Dhoni"),
    ("Chennai Super Kings captain MS Dhoni, 42, said he would play another season.", "MS Dhoni"),
])
def test_initials_that_spell_a_title_stay_with_the_name(nlp: Language, text: str, name: str) -> None:
    """QA (qa2): "MS" of "MS Dhoni" was cut off as the courtesy title "Ms", leaving "Dhoni"."""
    found = [(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]]
    assert (name, "PERSON") in found, found


def test_initials_that_spell_a_title_stay_with_the_name_guard(nlp: Language) -> None:
    """A courtesy title written as one is still cut off: "Ms Smith", "Dr Anthony Fauci"."""
    found = [(e["text"], e["label"]) for e in enrich(nlp, "Ms Smith said the plan would work. Dr Anthony Fauci "
                                                          "agreed with her.")["entities"]]
    assert ("Smith", "PERSON") in found and ("Anthony Fauci", "PERSON") in found, found


def test_a_surname_after_a_nickname_in_quotes_is_the_person(nlp: Language) -> None:
    # Helper fixC: the model ran a work of art across the closing mark ('Sugar Sean" O'Malley').
    result = enrich(nlp, '"Sugar Sean" O\'Malley said he would fight again in December.')
    assert [(e["text"], e["label"]) for e in result["entities"] if e["label"] != "DATE"] == [("O'Malley", "PERSON")]


@pytest.mark.parametrize("text", [
    # Review rev2: a leading nickname's surname near the text's end raised IndexError (taken for a handle's name).
    'Top of the bill on Saturday is "Sugar Sean" O\'Malley.',
    '"Sugar Sean" O\'Malley said.',
])
def test_a_surname_after_a_nickname_at_the_texts_end_is_the_person(nlp: Language, text: str) -> None:
    result = enrich(nlp, text)
    assert ("O'Malley", "PERSON") in [(e["text"], e["label"]) for e in result["entities"]], result["entities"]


def test_guard_a_nickname_of_no_given_name_before_a_surname_is_left(nlp: Language) -> None:
    # Guard: quoted words with no given name before a surname are left as the model had them.
    result = enrich(nlp, 'Weighing in on Friday, "The Notorious" McGregor said he was ready.')
    assert ("McGregor", "PERSON") in [(e["text"], e["label"]) for e in result["entities"]], result["entities"]


def _labelled(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]}


@pytest.mark.parametrize(("text", "person"), [
    ("Draymond Green scored 20 points as the Warriors beat the Lakers on Tuesday.", "Draymond Green"),
    ("The playwright Athol Fugard died at 92 in Stellenbosch.", "Athol Fugard"),
    ("India's delegate Chandni Raina called the deal an optical illusion.", "Chandni Raina"),
])
def test_a_rarer_given_name_before_a_surname_is_a_person(nlp: Language, text: str, person: str) -> None:
    """The model called them organisations; "Green" is a word, so the rarer-name test did not vote either."""
    assert (person, "PERSON") in _labelled(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    ("The ship sailed up the Mackenzie River on Monday.", "Mackenzie River", "LOC"),
    ("The jets took off from RAF Benson in Oxfordshire.", "RAF Benson", "ORG"),
])
def test_guard_given_names_left_off_the_list_keep_places_and_bases(nlp: Language, text: str, name: str,
                                                                    label: str) -> None:
    """"Mackenzie" and "Raf" open places and bases ("RAF Benson") as often as names: not on the list."""
    assert (name, label) in _labelled(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("The Athol Hotel in Pitlochry was sold for £2 million.", "Athol Hotel"),
    ("The Athol Palace Hotel in Pitlochry reopened on Monday.", "Athol Palace Hotel"),
    ("Shoppers thronged Chandni Chowk on Sunday.", "Chandni Chowk"),
    ("Athol Stores closed its doors on Friday.", "Athol Stores"),
])
def test_a_rarer_given_name_before_a_place_or_firm_word_is_no_person(nlp: Language, text: str, name: str) -> None:
    """A hotel, a chowk (a square) and a shop named after the place "Athol" or the film "Chandni" are no persons."""
    assert (name, "PERSON") not in _labelled(nlp, text)


def test_a_listed_given_name_opening_the_sentence_joins_the_name_after_it(nlp: Language) -> None:
    """"Luiz", a given name of our list that the name lists lack, was left out: "Felipe Scolari"."""
    people = {name for name, label in _labelled(nlp, "Luiz Felipe Scolari was sacked on Monday after a run of defeats.")
              if label == "PERSON"}
    assert people == {"Luiz Felipe Scolari"}


def test_guard_an_ordinary_word_opening_the_sentence_stays_out_of_the_name(nlp: Language) -> None:
    found = _labelled(nlp, "Yesterday Felipe Scolari said the team had played well.")
    assert ("Felipe Scolari", "PERSON") in found, found


def _group_names(nlp: Language, text: str) -> dict[str, int]:
    return {g["name"]: g["mentions"] for g in enrich(nlp, text)["entity_groups"] if g["label"] == "PERSON"}


@pytest.mark.parametrize(("text", "groups"), [
    ("Ratan Tata, the former chairman of Tata Sons, died on Wednesday. Mr Ratan Naval Tata was 86.",
     {"Ratan Naval Tata": 2}),
    # The group goes by the fullest name the text gives, not the one written first or more often.
    ("Ruth Bader Ginsburg died in 2020. Ruth Ginsburg served on the court for 27 years.", {"Ruth Bader Ginsburg": 2}),
    ("Hillary Rodham Clinton was secretary of state. Hillary Clinton ran for president twice.",
     {"Hillary Rodham Clinton": 2}),
])
def test_a_name_with_a_family_middle_name_is_the_name_without_it(nlp: Language, text: str,
                                                                  groups: dict[str, int]) -> None:
    assert _group_names(nlp, text) == groups


@pytest.mark.parametrize("text", [
    # Guards: a middle given name may be another person's; a long name introduced apart is someone of their own.
    "Mary Ann Smith, 34, and Mary Smith, 61, were both injured in the crash.",
    "Tom Jones sang. Tom Walker Jones, 45, of Leeds, was jailed for fraud.",
    # ... and a relative by the same name with a family middle name is another person.
    "Ratan Tata spoke on Monday. His father Ratan Naval Tata had built the plant.",
    # ... nor a short name the text names as a relative, or both given ages (a father and his son, guard).
    "Peter Fitzgerald Hughes, 58, and his son Peter Hughes, 30, were charged with fraud.",
    "Peter Fitzgerald Hughes, 58, and Peter Hughes, 30, were charged with fraud.",
])
def test_guard_a_middle_given_name_keeps_two_people(nlp: Language, text: str) -> None:
    assert len(_group_names(nlp, text)) == 2


@pytest.mark.parametrize(("text", "person"), [
    ("The Duke of Sussex lost his High Court challenge on Friday.", "Duke of Sussex"),
    ("The Prince of Wales visited Cardiff on Thursday.", "Prince of Wales"),
    ("The Princess of Wales said she was cancer-free.", "Princess of Wales"),
    # Guard: her own possessive before a common noun stays a person.
    ("The Princess of Wales's hospital visit was cancelled.", "Princess of Wales"),
    # Guard: another title held by a person named before it leaves this one a person.
    ("Kate Middleton, the Princess of Wales, stayed at home. The Prince of Wales visited Cardiff.", "Prince of Wales"),
])
def test_a_royal_title_with_its_place_the_model_missed_is_a_person(nlp: Language, text: str, person: str) -> None:
    assert (person, "PERSON") in _labelled(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # Guards: a thing named after the title, capitalised or not, is no person.
    ("Traffic was held on the Prince of Wales Bridge on Monday.", "Prince of Wales"),
    ("He won the Duke of Edinburgh award at school.", "Duke of Edinburgh"),
    # ... or named after it with a possessive, the model's name of it cut before the title.
    ("The Prince of Wales's Foundation announced new grants.", "Prince of Wales"),
    ("The Prince of Wales's Trust helped 10,000 young people.", "Prince of Wales"),
])
def test_guard_a_thing_named_after_a_royal_title_is_no_person(nlp: Language, text: str, name: str) -> None:
    assert (name, "PERSON") not in _labelled(nlp, text)


def test_a_royal_title_given_to_a_person_named_before_it_makes_no_group_of_its_own(nlp: Language) -> None:
    """"Prince William, the Prince of Wales, ..." was "William" and a "Prince of Wales" of two mentions apart."""
    text = ("Prince William, the Prince of Wales, visited Cardiff on Tuesday. The Prince of Wales met nurses at the "
            "hospital.")
    assert _group_names(nlp, text) == {"William": 1}


def test_wales_alone_is_no_surname_of_the_prince_and_princess_of_wales(nlp: Language) -> None:
    """Both titles open with a given name ("Prince"), so "Wales" alone went to the first named of the two."""
    text = ("LONDON (PA) - The Prince of Wales will travel to Brazil, Kensington Palace said, while the Princess of "
            "Wales will remain in Britain. Rain fell in Wales.")
    found = [(e["text"], e["label"]) for e in enrich(nlp, text)["entities"]]
    assert found[-1] == ("Wales", "GPE"), found
