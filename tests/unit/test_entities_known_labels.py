"""Labels and spans of names the model misreads in common news copy: parties, award shows, spacecraft, firms, places,
"-elect" titles, an organisation run into the next phrase."""
from __future__ import annotations

import pytest
from spacy.language import Language

from services.nlp.entities import extract_entities


def labels(nlp: Language, text: str) -> dict[str, str]:
    return {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}


def assert_labels(nlp: Language, text: str, expected: dict[str, str]) -> dict[str, str]:
    """The groups named in `expected` have its labels (a name missing counts as None); returns every group's label."""
    found = labels(nlp, text)
    assert {name: found.get(name) for name in expected} == expected, found
    return found


def test_german_parties_are_organisations_found_where_the_model_misses_them(nlp: Language) -> None:
    text = ("German Chancellor Olaf Scholz's coalition collapsed after he sacked Finance Minister "
            "Christian Lindner of the Free Democrats (FDP). Friedrich Merz, leader of the opposition "
            "Christian Democratic Union (CDU), demanded a vote. The far-right AfD came second.")
    expected = {"Free Democrats": "ORG", "Christian Democratic Union": "ORG", "AfD": "ORG",
                "Christian Lindner": "PERSON", "Friedrich Merz": "PERSON", "Olaf Scholz": "PERSON"}
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A given name opening a party's name gives no person's vote where the name holds a word of politics.
    ("In the Netherlands, the Christian Democratic Appeal lost seats to the far right.",
     {"Christian Democratic Appeal": "ORG"}),
    # Guards: a given name and a surname stay a person.
    ("Christian Lindner said the budget was sound. Christian Lindner resigned.", {"Christian Lindner": "PERSON"}),
])
def test_a_name_with_a_word_of_politics_is_no_person(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_award_shows_are_events_but_not_the_award_nor_a_person(nlp: Language) -> None:
    text = ("The Oscars will return to the Dolby Theatre in Hollywood. Taylor Swift won at the Grammys, "
            "and Emmy Rossum hosted the Emmys. She won an Oscar in 2020.")
    expected = {"Oscars": "EVENT", "Grammys": "EVENT", "Emmys": "EVENT", "Emmy Rossum": "PERSON",
                "Taylor Swift": "PERSON"}
    found = assert_labels(nlp, text, expected)
    assert found.get("Oscar") != "EVENT"


@pytest.mark.parametrize(("text", "expected"), [
    ("SpaceX launched its Starship rocket on Tuesday. Blue Origin's New Glenn rocket is due to fly in December. "
     "NASA's Europa Clipper spacecraft completed a flyby of Mars. The Perseverance rover found rocks.",
     {"SpaceX": "ORG", "Blue Origin": "ORG", "New Glenn": "PRODUCT", "Europa Clipper": "PRODUCT",
      "Perseverance": "PRODUCT", "NASA": "ORG"}),
    # Guards: a one-word firm or group before the noun is the maker or owner; an inquiry is no craft.
    ("A Hamas rocket struck a school in Ashkelon. A Boeing capsule docked with the station. The Mueller probe ended.",
     {"Hamas": "ORG", "Boeing": "ORG", "Mueller": "PERSON"}),
    # Guards from a review: a known armed group of two words owns its rocket; a body is the craft's destination.
    ("A misfired Islamic Jihad rocket hit the hospital, Israel said. Islamic Jihad denied responsibility.",
     {"Islamic Jihad": "ORG"}),
    ("Nasa's Mars rover Curiosity found organic molecules on Mars. The Mars rover drilled into a rock.",
     {"Mars": "LOC"}),
])
def test_a_name_before_a_spacecrafts_noun_is_a_product(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_a_craft_named_after_a_moon_is_a_product_apart_from_the_moon(nlp: Language) -> None:
    """QA qa1: "Europa Clipper" was a region to the model, and "Jupiter's icy moon Europa" joined it."""
    text = ("The Europa Clipper spacecraft lifted off from Kennedy Space Center on Monday. The probe will reach "
            "Jupiter's icy moon Europa in 2030. Scientists believe Europa has an ocean.")
    assert_labels(nlp, text, {"Europa Clipper": "PRODUCT", "Europa": "LOC"})


def test_technology_firms_and_products_are_known(nlp: Language) -> None:
    text = ("OpenAI released ChatGPT. Anthropic raised money. Temu and Shein ship parcels. Apple sold "
            "more iPhones. Rival Eli Lilly's Zepbound has shown weight loss of about 20%.")
    expected = {"OpenAI": "ORG", "ChatGPT": "PRODUCT", "Anthropic": "ORG", "Temu": "ORG", "Shein": "ORG",
                "iPhones": "PRODUCT", "Apple": "ORG", "Zepbound": "PRODUCT", "Eli Lilly": "ORG"}
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # fixA: a firm's own show between "its" and "event" was a place.
    ("Samsung showed the phone at its Unpacked event.", {"Unpacked": "EVENT", "Samsung": "ORG"}),
    ("Apple will unveil the iPhone at its Glowtime event on Monday.", {"Glowtime": "EVENT", "Apple": "ORG"}),
    # Guards: a known place where the show is held, a party whose event it is.
    ("The company held its Paris event last week.", {"Paris": "GPE"}),
    ("The party held its Labour event in Liverpool.", {"Labour": "ORG", "Liverpool": "GPE"}),
    # rev1 guards: a person the text names on their own too, whom the show is named after.
    ("The school held its Shakespeare event last week, and pupils read Shakespeare aloud in the hall.",
     {"Shakespeare": "PERSON"}),
    ("Fans queued for hours before their Beyonce event began; Beyonce arrived late.", {"Beyonce": "PERSON"}),
])
def test_a_firms_own_show_is_an_event(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # fixA: a criminal group's name before "gang" was a person.
    ("The Conti gang attacked the hospital.", {"Conti": "ORG"}),
    # Guards: a people's gangs, a family's gang named after a person in the text, a given name.
    ("The Albanian gangs control the trade.", {"Albanian": "NORP"}),
    ("Ronnie Kray was jailed in 1969. The Kray gang ruled the East End.", {"Ronnie Kray": "PERSON"}),
    ("Members of the Jack gang were arrested.", {"Jack": "PERSON"}),
    # rev1 guards: a person the text names on their own too, whom the gang is named after.
    ("Navalny's widow blamed the Putin gang. Putin denied it.", {"Putin": "PERSON"}),
    ("Pundits mocked the Starmer gang in Westminster. Starmer shrugged it off.", {"Starmer": "PERSON"}),
])
def test_a_name_before_gang_is_the_group(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_places_of_current_wars_are_places(nlp: Language) -> None:
    text = ("Israeli strikes killed at least 27 people in Khan Younis and Rafah overnight. Russian forces "
            "advanced on Pokrovsk and Toretsk.")
    expected = {"Khan Younis": "GPE", "Rafah": "GPE", "Pokrovsk": "GPE", "Toretsk": "GPE"}
    assert_labels(nlp, text, expected)


def test_a_name_after_an_elect_office_is_a_person(nlp: Language) -> None:
    found = labels(nlp, "Powell said he would not step down if asked by President-elect Trump. Vice-President-elect "
                        "Vance spoke.")
    assert {name: found.get(name) for name in ("Trump", "Vance")} == {"Trump": "PERSON", "Vance": "PERSON"}, found


def test_an_organisation_is_cut_before_the_next_phrases_article(nlp: Language) -> None:
    found = labels(nlp, "Sir Keir Starmer told the Commons the Budget would fix the foundations.")
    assert found.get("Commons") == "ORG" and "Budget" not in found and "Commons the Budget" not in found, found
    # Guards: "the" after a preposition of the name stays inside it; a name's epithet is one phrase with it.
    assert "Friends of the Earth" in labels(nlp, "She joined the Friends of the Earth in 2001.")
    assert "Cathedral of Christ the Light" in labels(nlp, "Staff at the Cathedral of Christ the Light in Oakland left.")


def test_market_indices_are_found_once(nlp: Language) -> None:
    text = ("The S&P 500 rose 0.7% and the Nasdaq Composite gained 1.5%, while the Dow Jones Industrial Average fell. "
            "The FTSE 250 index climbed.")
    mentions, groups = extract_entities(nlp(text), nlp)
    found = {g["name"]: (g["label"], g["mentions"]) for g in groups}
    expected = {"S&P 500": ("ORG", 1), "Nasdaq Composite": ("ORG", 1), "Dow Jones Industrial Average": ("ORG", 1),
                "FTSE 250": ("ORG", 1)}
    assert {name: found.get(name) for name in expected} == expected, found
    spans = [(m["start"], m["end"]) for m in mentions]
    assert len(spans) == len(set(spans)), mentions  # "250" of "FTSE 250" was made the index a second time


def test_a_given_name_the_tagger_read_as_another_word_opens_the_name(nlp: Language) -> None:
    found = labels(nlp, "Keely Hodgkinson won Olympic gold in the 800m at the Stade de France.")
    assert found.get("Keely Hodgkinson") == "PERSON" and "Hodgkinson" not in found, found
    # Guard from a review: a given name that is an ordinary word too stays out ("Soon" an adverb).
    found = labels(nlp, "Soon Trump was back on Truth Social, attacking the judge who had ruled against him.")
    assert found.get("Trump") == "PERSON" and "Soon Trump" not in found, found


def test_a_one_word_person_with_an_age_after_a_quote_is_kept(nlp: Language) -> None:
    # "Hamilton" opens its clause after the quote and is a word of the lemma index: dropped where no age showed it.
    assert_labels(nlp, '"It was the hardest race of my life," Hamilton, 40, told reporters.', {"Hamilton": "PERSON"})


@pytest.mark.parametrize(("text", "expected"), [
    # A given name the name lists give one gender votes for a person, as a common one does.
    ("Ariana Grande will headline the festival next summer, organisers said. Grande last played the city in 2019.",
     {"Ariana Grande": "PERSON"}),
    ("Kemi Badenoch met Ed Davey at Westminster. Badenoch said the talks were useful.", {"Kemi Badenoch": "PERSON"}),
    # Guards: a firm's "&" after a common given name, places and bodies that open with a given name.
    ("Ernst & Young said it would cut 500 jobs.", {"Ernst & Young": "ORG"}),
    ("Wildfires forced thousands to flee Santa Rosa, California, on Monday.", {"Santa Rosa": "GPE"}),
    ("Researchers at Duke University published the study.", {"Duke University": "ORG"}),
])
def test_a_rarer_given_name_opens_a_persons_name(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A plural common noun opening a sentence names no person: the model's PERSON is dropped.
    ("Wildfires forced thousands to flee Santa Rosa, California, on Monday.", {"Wildfires": None}),
    # ... also a compound of two words that the dictionary lacks.
    ("Bushfires in Victoria have destroyed homes.", {"Bushfires": None, "Victoria": "GPE"}),
    # Guards: a surname that is a plural noun, named in full before; a people's plural.
    ("Tiger Woods won again. Woods, who is 49, said he was delighted.", {"Tiger Woods": "PERSON"}),
    ("Republicans said the bill would pass. The vote is on Monday.", {"Republicans": "NORP"}),
    ("Jane Woodwards won the seat. Woodwards said she was delighted.", {"Jane Woodwards": "PERSON"}),
])
def test_a_plural_noun_opening_a_sentence_is_no_person(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize("text", [
    "Novo Nordisk said its weight-loss drug cut the risk of heart attacks.",
    "Taylor Wimpey said it would build fewer homes this year.",
    "The trains were built by Alstom in Hornell, New York.",
    "Rio Tinto said on Tuesday it would cut 2,000 jobs across Europe.",
    "The Pentagon has awarded Lockheed Martin a $9.8 billion contract.",
])
def test_well_known_firms_are_organisations_even_where_they_speak(nlp: Language, text: str) -> None:
    firm = next(name for name in ("Novo Nordisk", "Taylor Wimpey", "Alstom", "Rio Tinto", "Lockheed Martin")
                if name in text)
    assert_labels(nlp, text, {firm: "ORG"})


@pytest.mark.parametrize(("text", "expected"), [
    ("Activision Blizzard said it would lay off 1,900 staff.", {"Activision Blizzard": "ORG"}),
    ("Shares of Rio Tinto dropped 2.3% and Anglo American lost 3.1%.", {"Anglo American": "ORG"}),
    ("The average two-year fixed mortgage rate rose to 6.8%, according to Moneyfacts.", {"Moneyfacts": "ORG"}),
    ("PwC has been appointed as administrators to the retailer.", {"PwC": "ORG"}),
    ("Advisers at EY and PwC advised the lenders.", {"EY": "ORG", "PwC": "ORG"}),
    ("Paytm lost Rs 2.5 lakh crore in value.", {"Paytm": "ORG"}),
    ("Tesla shares fell 5% on Tuesday.", {"Tesla": "ORG"}),
    ("The broader Topix rose 1.1% to 2,385.26.", {"Topix": "ORG"}),
    ("Taiwan's Taiex rose 1%, and China's CSI 300 fell 0.5%.", {"Taiex": "ORG", "CSI 300": "ORG"}),
    # QA qa1: Asian copy's central bank named in Malay (the place "Malaysia" alone), Singapore's index (a newspaper
    # "Straits Times") and conglomerate (a person).
    ("Bank Negara Malaysia kept its overnight policy rate at 3 percent, citing stable inflation.",
     {"Bank Negara Malaysia": "ORG", "Malaysia": None}),
    # qa1: Morocco's and Indonesia's central banks (the person "Al-Maghrib", the place "Indonesia" alone).
    ("Bank Al-Maghrib Governor Abdellatif Jouahri told reporters in Rabat that growth would reach 4.6% this year.",
     {"Bank Al-Maghrib": "ORG", "Al-Maghrib": None, "Abdellatif Jouahri": "PERSON"}),
    ("Bank Indonesia cut its benchmark rate to 5.75% on Wednesday.", {"Bank Indonesia": "ORG", "Indonesia": None}),
    # guard: the country after a bank's name in lower case stays the place.
    ("The bank Indonesia chose for the bond sale was HSBC.", {"Indonesia": "GPE"}),
    # qa1: nuclear fuel and power firms and a sportswear maker were persons or missed.
    ("Russia's Rosatom said the reactor would start in 2028.", {"Rosatom": "ORG"}),
    ("Kazatomprom and Cameco cut their uranium output forecasts.", {"Kazatomprom": "ORG", "Cameco": "ORG"}),
    ("Westinghouse and Framatome will supply fuel to the Ukrainian plants, Energoatom said.",
     {"Energoatom": "ORG", "Framatome": "ORG"}),
    ("Nike and Adidas make much of their footwear in the country.", {"Nike": "ORG", "Adidas": "ORG"}),
    # guard: "Eni", a given name too, is left out: a person's full name stays a person's.
    ("Eni Aluko scored twice for Chelsea on Sunday.", {"Eni Aluko": "PERSON"}),
    ("The Straits Times Index rose 0.8 per cent to 3,580 points, led by gains in Singtel and Keppel.",
     {"Straits Times Index": "ORG", "Keppel": "ORG", "Straits Times": None}),
    # Guard: the newspaper stays itself without "Index".
    ("A columnist for The Straits Times said the index rose.", {"Straits Times": "ORG"}),
    # QA qa1: national teams by their nicknames (persons to the model).
    ("The Springboks beat Argentina 18-12 at Ellis Park on Saturday.", {"Springboks": "ORG"}),
    ("Harambee Stars forward Michael Olunga scored twice as Kenya beat Gabon 2-1.",
     {"Harambee Stars": "ORG", "Michael Olunga": "PERSON"}),
    # QA qa2 (rugby, cricket, football): more national teams by their nicknames, missed or persons and places.
    ('France ran in six tries to beat Wales 45-24 in Cardiff, with Thomas Ramos kicking 15 points. Wales head coach '
     'Warren Gatland said his young side "had to learn fast". Les Bleus finished second in the championship behind '
     'Ireland.', {"Les Bleus": "ORG"}),
    ("The Azzurri beat Belgium 2-0 in Rome on Friday.", {"Azzurri": "ORG"}),
    ("The Lionesses lost the World Cup final to Spain.", {"Lionesses": "ORG"}),
    ("The Proteas were bowled out for 176 in Cape Town.", {"Proteas": "ORG"}),
    # Guard: the animals in lower case are no team.
    ("A herd of springboks crossed the road near Kimberley, rangers said.", {"springboks": None}),
    ("Two lionesses and their cubs were seen near the camp, rangers said.", {"lionesses": None}),
    # QA rev2: nicknames that are flowers too, capitalised without "the" in no text of sport, were teams.
    ("He gave her Red Roses for Valentine's Day, the florist said.", {"Red Roses": None}),
    ("Proteas are native to South Africa, and the King Protea is the national flower.", {"Proteas": None}),
    # Guards: the team after "the" or where its sentence plays sport, in a text with no other word of sport.
    ("The Lionesses will visit Downing Street on Monday, the prime minister said.", {"Lionesses": "ORG"}),
    ("The Red Roses beat France 38-17 at Twickenham.", {"Red Roses": "ORG"}),
    ("Proteas captain Temba Bavuma said the side would bat first.", {"Proteas": "ORG"}),
    ("Lionesses coach Sarina Wiegman named her squad on Tuesday.", {"Lionesses": "ORG"}),
    # Hacking and ransomware groups: persons or places to the model.
    ("Microsoft said Russian hackers known as Midnight Blizzard, also tracked as Cozy Bear, accessed email accounts.",
     {"Midnight Blizzard": "ORG", "Cozy Bear": "ORG"}),
    ("The attack was claimed by Rhysida, a ransomware gang.", {"Rhysida": "ORG"}),
    # Guard: the inventor, named in full, is a person in his surname too.
    ("The inventor Nikola Tesla was born in 1856. Tesla later moved to New York.", {"Nikola Tesla": "PERSON"}),
    # Review: where the model calls him an organisation, his surname alone is still no carmaker; two peoples' words
    # before "relations" are no miner.
    ("Nikola Tesla was born in 1856. Tesla died in New York in 1943.", {"Tesla": None}),
    ("Nikola Tesla's inventions changed the world. Tesla died in New York.", {"Tesla": None}),
    ("Anglo American relations have soured, the ambassador said.", {"Anglo American": None}),
    ("Anglo American shares rose 3% after the miner rejected the bid.", {"Anglo American": "ORG"}),
])
def test_firms_indices_and_hacking_groups_of_finance_and_cyber_copy_are_known(nlp: Language, text: str,
                                                                              expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # QA qa1: South Africa's provinces (a person, a body to the model) and Nigeria's states written with "State".
    ("Gauteng and KwaZulu-Natal accounted for more than half of the killings, the police minister said.",
     {"Gauteng": "GPE", "KwaZulu-Natal": "GPE"}),
    ("Lagos State Governor Babajide Sanwo-Olu has approved N2.5bn for roads.", {"Lagos State": "GPE"}),
    # Guard: a university named after the state stays the university.
    ("Students of Lagos State University protested on Monday.", {"Lagos State University": "ORG", "Lagos State": None}),
])
def test_provinces_and_states_of_african_copy_are_places(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Guards from the review: a party before a minister in lower case, an acronym opening a firm's name, a place's
    # shares, a person before "-winning", "Mass." the state before a capitalised word, "Uber" the German word.
    ("The plan was backed by Labour minister Pat McFadden and opposed by Green minister Eamon Ryan.",
     {"Labour": "ORG", "Pat McFadden": "PERSON"}),
    ("AB InBev reported a rise in fourth-quarter profit on Thursday.", {"AB InBev": "ORG"}),
    ("Hong Kong's shares rose. Silicon Valley's stock soared.", {"Silicon Valley": "LOC"}),
    ("Obama-winning counties swung to Trump in the election.", {"Obama": "PERSON"}),
    ("A Mass. Democrat, Warren said she would back the bill.", {"Massachusetts": "GPE"}),
    ('"Uber alles, we need growth," one aide joked.', {"Uber": None}),
])
def test_reviewed_rules_leave_these_names_alone(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_labour_as_a_word_of_work_opening_a_sentence_is_no_party(nlp: Language) -> None:
    text = "Labour minister Pat McFadden said the plan would work. Labour shortages have hit farms across Britain."
    mentions = extract_entities(nlp(text), nlp)[0]
    assert [m["start"] for m in mentions if m["text"] == "Labour"] == [0], mentions


def test_state_abbreviations_after_a_regions_word_or_before_a_title_stay(nlp: Language) -> None:
    text = ("The shooting happened in western Mass. Police in central Pa. are investigating a second case. Former "
            "Mass. Gov. Deval Patrick spoke.")
    mentions = extract_entities(nlp(text), nlp)[0]
    assert [m["text"] for m in mentions if m["label"] == "GPE"] == ["Mass.", "Pa.", "Mass."], mentions


@pytest.mark.parametrize(("text", "expected"), [
    # A given name and a surname the model missed, the subject of a verb: a person.
    ("TOKYO (Reuters) - Sanae Takaichi was elected Japan's first female prime minister by parliament on Tuesday.",
     {"Sanae Takaichi": "PERSON"}),
    ("Celine Dion and Dolly Parton joined the tribute. Parton later posted a video.", {"Dolly Parton": "PERSON"}),
    # Guard: a team after "The" (a stop word that the name lists hold).
    ("The Colts beat the Chiefs on Sunday.", {"The Colts": None}),
])
def test_a_person_the_model_missed_is_found_as_a_verbs_subject(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "name"), [
    # Guard from the review: a team opening with a place's given name.
    ("Regina Pats won the Memorial Cup on Sunday.", "Regina Pats"),
])
def test_a_missed_name_of_a_place_or_a_thing_is_no_person(nlp: Language, text: str, name: str) -> None:
    assert_labels(nlp, text, {name: None})


def test_a_monarchs_given_name_and_number_the_model_missed_is_a_person(nlp: Language) -> None:
    assert_labels(nlp, '"Spain weeps with you," King Felipe VI said in a televised address.', {"Felipe VI": "PERSON"})
    assert_labels(nlp, "King Frederik X and Queen Mary visited Greenland.", {"Frederik X": "PERSON"})


@pytest.mark.parametrize(("text", "expected"), [
    # A known place glued to "-based", or between "the" and a common noun, is the place (organisations to the model).
    ("The Copenhagen-based restaurant Noma will close.", {"Copenhagen": "GPE", "Noma": "ORG"}),
    ("Zomato, the Gurugram-based food delivery company, reported a profit.", {"Gurugram": "GPE", "Zomato": "ORG"}),
    ("Noma, the Copenhagen restaurant, will close next year, its founder Rene Redzepi said.",
     {"Copenhagen": "GPE", "Noma": "ORG", "Rene Redzepi": "PERSON"}),
    # Before a possessive and a firm's name, or a noun.
    ("Abu Dhabi's Mubadala invested $2 billion in the start-up.", {"Abu Dhabi": "GPE"}),
    ("Navi Mumbai's new airport opened on Tuesday.", {"Navi Mumbai": "GPE"}),
    # Guards: a firm's whole name that a place opens, and clubs in a text about sport, stay organisations.
    ("Abu Dhabi Investment Authority bought a stake in the firm.", {"Abu Dhabi Investment Authority": "ORG"}),
    ("Dubai Holdings sold the tower, the company said.", {"Dubai Holdings": "ORG"}),
    ("Paris Saint-Germain signed the striker for 80 million euros.", {"Paris Saint-Germain": "ORG"}),
    ("Chelsea's defender was injured in the first half of the game against Arsenal.", {"Chelsea": "ORG"}),
])
def test_a_known_place_beside_a_firm_is_the_place(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A capital standing for its government outside sport is the place (an organisation to the model).
    ("Estonia's prime minister said Tallinn would raise defence spending to 3% of GDP next year.",
     {"Tallinn": "GPE", "Estonia": "GPE"}),
    ("A coming-of-age generation from Thessaloniki to Athens rose up to attack dozens of police stations.",
     {"Thessaloniki": "GPE", "Athens": "GPE"}),
])
def test_a_known_city_the_model_calls_an_organisation_outside_sport_is_the_place(nlp: Language, text: str,
                                                                                 expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # QA qa1: Central Asia's cities, Britain's counties and the Mediterranean's islands the gazetteer now knows.
    ("Workers at the plants in Karaganda and Ust-Kamenogorsk walked out on Monday.",
     {"Karaganda": "GPE", "Ust-Kamenogorsk": "GPE"}),
    ("The family hopes to return to Northumberland next spring after the flood.", {"Northumberland": "GPE"}),
    ("Residents on the Isle of Wight were told to stay indoors.", {"Isle of Wight": "GPE"}),
    ("Archaeologists studied the Minoan palaces of Crete for decades.", {"Crete": "GPE"}),
    # Guards: the longer names they open stay whole.
    ("The Isle of Wight Festival sold out in June.", {"Isle of Wight Festival": "EVENT", "Isle of Wight": None}),
    ("Northumberland County Council said roads were closed.", {"Northumberland County Council": "ORG"}),
])
def test_places_the_model_takes_for_organisations_are_places(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: a side before its score in a table of results, a club named after its town, and a longer name's word.
    ("Results on Thursday:\nDETROIT 4 Kansas City 1\nSEATTLE 9 Baltimore 6", {"DETROIT": "ORG"}),
    ("Leeds said the council would review the plan.", {"Leeds": "ORG"}),
    # rev1: a university town in a sentence of its admissions is the university (was GPE).
    ("Oxford rejected his application twice before he was admitted to study law, he told the hearing.",
     {"Oxford": "ORG"}),
    ("The Oxford vaccine was developed at the University of Oxford.", {"University of Oxford": "ORG"}),
])
def test_a_known_city_as_a_side_a_club_or_a_names_word_stays_guard(nlp: Language, text: str, expected: dict
                                                                   ) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mubadala, the Abu Dhabi wealth fund, invested $2 billion.", {"Mubadala": "ORG", "Abu Dhabi": "GPE"}),
    ("Zomato, the Indian food delivery company, reported a profit.", {"Zomato": "ORG"}),
    # A firm the model missed.
    ("Mistral, the French AI startup, raised funds.", {"Mistral": "ORG"}),
    # Guards: a person's apposition, and a firm's noun after "of" in it.
    ("Tyla, the South African singer, won a Grammy.", {"Tyla": None}),
    ("The deal was approved by Jane Fraser, the head of the bank, on Monday.", {"Jane Fraser": "PERSON"}),
    # A builder's noun, and the words after the noun that go on with the firm: "by volume", "formerly known as".
    ("D.R. Horton, the largest U.S. homebuilder by volume, reported quarterly net income of $1.17 billion.",
     {"D.R. Horton": "ORG"}),
    ("Evri, the UK parcel company formerly known as Hermes, agreed to buy rival DPD UK.", {"Evri": "ORG"}),
    # Guard: a person's apposition with "the bank" and "by" later in the sentence.
    ("Jane Fraser, the bank's chief executive, said the bank by then had moved on.", {"Jane Fraser": "PERSON"}),
])
def test_an_apposition_of_a_firms_noun_makes_a_firm(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Chandrayaan-3 lander made a soft landing on the Moon in August.", {"Moon": "LOC"}),
    ("The BepiColombo spacecraft will reach Mercury next year.", {"Mercury": "LOC"}),
    # Guards: no text about space, or a longer name.
    ("The Sun reported that the minister had resigned.", {"Sun": "ORG"}),
    ("Bruno Mars will tour Europe next year.", {"Bruno Mars": "PERSON"}),
])
def test_the_moon_and_planets_of_a_text_about_space_are_places(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "name"), [
    ("JAXA officials said the lander was working.", "JAXA"),
    ("Isro chairman S Somanath said the mission was a success.", "Isro"),
    ("CNSA said the Chang'e-6 probe returned samples.", "CNSA"),
])
def test_space_agencies_are_organisations(nlp: Language, text: str, name: str) -> None:
    assert labels(nlp, text)[name] == "ORG"


@pytest.mark.parametrize(("text", "expected"), [
    # Guards (review of cb62f33): a word of a longer name, a body qualifying a noun, a craft, the paper.
    ("Former president Moon Jae-in was questioned on Friday. Aides said the Moon government had done nothing wrong.",
     {"Moon Jae-in": "PERSON"}),
    ("NASA's Saturn V rocket carried the Apollo astronauts to the Moon. The Saturn rocket was built by Boeing.",
     {"Saturn V": "PRODUCT", "Saturn": None, "Moon": "LOC"}),
    ("The astronaut told the Sun he missed his family.", {"Sun": "ORG"}),
    # A person's role before the firm noun, and a preposition opening the sentence, make no firm.
    ("Massimo Bottura, the chef whose restaurant, Osteria Francescana, has three Michelin stars, spoke on Monday.",
     {"Massimo Bottura": "PERSON"}),
    ("In Hollywood, the studio, which made Barbie, said profits doubled.", {"Hollywood": "GPE"}),
    ("After Zepto, the Mumbai-based startup, raised $450m, rivals followed.", {"Zepto": "ORG"}),
    ("The capsule will orbit the Moon tonight.", {"Moon": "LOC"}),
    ("NASA's Parker Solar Probe studies the Sun's corona from orbit.", {"Sun": "LOC"}),
    # A university town before its work, a given name, a name inside a longer one, stay as the model read them.
    ("Oxford's vice-chancellor said the university would cut 300 jobs.", {"Oxford": "ORG"}),
    ("Queen's Brian May named an asteroid after Freddie Mercury. Mercury would have been 78 this year.",
     {"Mercury": None}),
])
def test_places_of_the_sky_and_firms_by_apposition_stay_in_their_bounds(nlp: Language, text: str,
                                                                        expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "name"), [
    ('"We cannot wait any longer," Merz told reporters in the Bundestag.', "Bundestag"),
    ("The Sweden Democrats became the second-largest party in the Riksdag.", "Riksdag"),
    ("The BJP won 240 of the 543 seats in the Lok Sabha.", "Lok Sabha"),
    ("The bill passed the Lok Sabha and the Dáil debated it.", "Dáil"),
    ("Lawmakers in the Bundesrat rejected the bill.", "Bundesrat"),
    ("The Eduskunta voted 120 to 60 for the law.", "Eduskunta"),
])
def test_a_national_legislature_is_an_organisation(nlp: Language, text: str, name: str) -> None:
    """QA "qapol": "the Bundestag" was a product, "the Riksdag" and "the Lok Sabha" buildings, "the Dáil" nothing."""
    assert labels(nlp, text).get(name) == "ORG", labels(nlp, text)


def test_commons_alone_in_another_name_is_no_legislature(nlp: Language) -> None:
    """Bare "Commons" is left out of the list: "Creative Commons" stays its own name, no "Commons" of its own."""
    found = labels(nlp, "Creative Commons licences let anyone reuse the photos.")
    assert "Commons" not in found, found


@pytest.mark.parametrize(("text", "person", "body"), [
    ("Pakistan's army chief, Field Marshal Asim Munir, said the army was ready.", "Asim Munir", None),
    ("The visit was announced by Field Marshal Sam Manekshaw's office.", "Sam Manekshaw", None),
    ("Ukraine's General Staff said its forces struck the Novokuibyshevsk oil refinery.", None, "General Staff"),
    ("A statement from the General Staff of the armed forces said two drones were downed.", None, "General Staff"),
])
def test_a_field_marshal_is_a_person_and_a_general_staff_a_body(nlp: Language, text: str, person: str | None,
                                                                body: str | None) -> None:
    """QA "qapol": "Field Marshal Asim Munir" was an organisation with its rank in the name, "General Staff" a
    person for its "General"."""
    found = labels(nlp, text)
    if person:
        assert found.get(person) == "PERSON" and not any("Marshal" in name for name in found), found
    if body:
        assert found.get(body) == "ORG", found


def test_a_general_named_after_the_staff_is_still_a_person(nlp: Language) -> None:
    found = labels(nlp, "The Chief of the General Staff, General Valery Gerasimov, said the offensive continued.")
    assert found.get("Valery Gerasimov") == "PERSON", found


@pytest.mark.parametrize(("text", "place"), [
    ("President Volodymyr Zelenskiy said on Sunday Kyiv needed at least 10 more Patriot systems.", "Kyiv"),
])
def test_a_weekday_run_into_a_place_is_a_date_and_the_place(nlp: Language, text: str, place: str) -> None:
    """QA "qapol": "Sunday Kyiv" was a work of art; Kyiv was lost."""
    found = labels(nlp, text)
    assert found.get(place) == "GPE" and not any(" " in name and place in name for name in found), found


def test_a_weekday_before_a_title_that_is_no_place_stays_whole(nlp: Language) -> None:
    found = labels(nlp, "He told the Sunday Times that the deal was dead.")
    assert "Times" not in found or found.get("Times") != "GPE", found


@pytest.mark.parametrize(("text", "town"), [
    ("Russian troops captured a village about 25 km south of Kostiantynivka, a claim Reuters could not verify.",
     "Kostiantynivka"),
    ("Fighting raged on the outskirts of Kostiantynivka, the governor said.", "Kostiantynivka"),
    ("Ukrainian forces withdrew from positions west of Kostiantynivka on Monday.", "Kostiantynivka"),
])
def test_a_town_after_a_direction_or_a_settlement_of_is_a_place(nlp: Language, text: str, town: str) -> None:
    """QA "qapol": front-line towns the model called organisations."""
    assert labels(nlp, text).get(town) == "GPE", labels(nlp, text)


@pytest.mark.parametrize(("text", "long", "acronym"), [
    ("Pakistan Tehreek-e-Insaf (PTI) said its founder would appeal.", "Pakistan Tehreek-e-Insaf", "PTI"),
    ("Imran Khan's party, Pakistan Tehreek-e-Insaf (PTI), said he would appeal.", "Pakistan Tehreek-e-Insaf", "PTI"),
])
def test_an_acronym_of_a_name_in_its_own_language_joins_the_english_name(nlp: Language, text: str, long: str,
                                                                          acronym: str) -> None:
    """QA "qapol": the "e" of "Tehreek-e-Insaf" broke the hyphenated long form. (An acronym of the name in its own
    language, "Law and Justice (PiS)", was joined too, but so were exchanges, agencies and brands in brackets:
    taken back.)"""
    mentions, groups = extract_entities(nlp(text), nlp)
    group = next(g for g in groups if g["name"] == long)
    texts = {m["text"] for m in mentions if m["entity_id"] == group["entity_id"]}
    assert group["label"] == "ORG" and acronym in texts, (mentions, groups)


def test_a_countrys_code_in_brackets_is_no_acronym_of_the_name_before(nlp: Language) -> None:
    mentions, groups = extract_entities(nlp("The Labour Party (UK) said it would respond."), nlp)
    assert {g["name"]: g["label"] for g in groups}.get("UK") == "GPE", groups


@pytest.mark.parametrize(("text", "other"), [
    ("Shares of Nvidia Corp (NASDAQ) rose 3%. The NASDAQ said it would extend trading hours.", "NASDAQ"),
    ("ByteDance Ltd (TikTok) said it would appeal. TikTok said the ban was unlawful.", "TikTok"),
])
def test_a_bracketed_name_that_is_no_acronym_of_the_name_before_stays_apart(nlp: Language, text: str,
                                                                              other: str) -> None:
    """Guard (review of 5557ed3): an exchange, an agency or a brand in brackets is no other name of the firm."""
    mentions, groups = extract_entities(nlp(text), nlp)
    firm = next(g for g in groups if g["name"] in ("Nvidia Corp", "ByteDance Ltd"))
    assert not any(m["text"] == other and m["entity_id"] == firm["entity_id"] for m in mentions), (mentions, groups)


def test_a_pub_named_after_a_rank_stays(nlp: Language) -> None:
    """Guard (review of 5557ed3): a rank alone is dropped as an office, not a place named after one."""
    assert labels(nlp, "We had a pint at the Field Marshal in Camden before the match.").get("Field Marshal") == "FAC"


@pytest.mark.parametrize(("text", "expected"), [
    # Armed groups and firms the gazetteer knows: persons to the model, or a place and a person.
    ("Hayat Tahrir al-Sham led the offensive that toppled Bashar al-Assad.",
     {"Hayat Tahrir al-Sham": "ORG", "Bashar al-Assad": "PERSON"}),
    ("The Houthis, formally known as Ansar Allah, fired a missile at Israel.",
     {"Houthis": "ORG", "Ansar Allah": "ORG"}),
    # Known wrong (qa1): missed.
    ("Yemen's Houthi movement claimed the attack on the ship.", {"Houthi movement": "ORG", "Yemen": "GPE"}),
    ("Petronas said it would cut 10% of its workforce.", {"Petronas": "ORG"}),
    # Known wrong (qa1): a platform the model missed; not "Telegram" opening a sentence, a word too (guard).
    ("Facebook removed the posts after the complaint, the company said.", {"Facebook": "ORG"}),
    ("Telegram messages were leaked to the press.", {"Telegram": None}),
    # Known wrong (qa1): state energy firms missed or taken for places.
    ("Azerbaijan's state oil company SOCAR signed the deal with BP on Tuesday.", {"SOCAR": "ORG", "BP": "ORG"}),
    ("Russia's Rosatom is building the plant in Hungary.", {"Rosatom": "ORG", "Russia": "GPE"}),
    ("A spokesman for Govia Thameslink Railway said services would resume.",
     {"Govia Thameslink Railway": "ORG", "Govia": None, "Thameslink Railway": None}),
    # A name ending in "Railway" is a body's, whatever the model says.
    ("Trains run by Thameslink Railway were cancelled on Monday.", {"Thameslink Railway": "ORG"}),
    # The magazine where the model found it; not the noun opening a sentence, which it did not.
    ("The single debuted at number one, Billboard reported on Sunday.", {"Billboard": "ORG"}),
    ("Billboard advertising along the motorway will be banned.", {"Billboard": None}),
])
def test_armed_groups_and_firms_the_gazetteer_knows_are_organisations(nlp: Language, text: str,
                                                                      expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A name the model missed after an honorific or a royal title, with a monarch's number.
    ("Mr Prabowo, a former general, won the election with 58.6% of the vote.", {"Prabowo": "PERSON"}),
    ("King Willem-Alexander and Queen Máxima were welcomed by King Harald V and Queen Sonja.",
     {"Willem-Alexander": "PERSON", "Máxima": "PERSON", "Harald V": "PERSON", "Sonja": "PERSON",
      "King Willem-Alexander": None, "Harald": None}),
    # Leaders known by one name: an organisation, a work of art and nothing to the model.
    ("Prabowo said on Monday that Indonesia would join BRICS. Jokowi backed the move.",
     {"Prabowo": "PERSON", "Jokowi": "PERSON"}),
    ('"We will not retreat," Prabowo told reporters in Jakarta on Monday.', {"Prabowo": "PERSON"}),
])
def test_a_name_after_an_honorific_or_a_known_leader_is_a_person(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_words_after_an_honorific_that_name_no_one_stay_so(nlp: Language) -> None:
    """Guards: an address, a thing named after a title and a name, a title inside a firm's name, a firm."""
    for text in ("Mr Speaker, the member is wrong.", "The King Charles spaniel won best in show.",
                 "He ordered a Burger King Whopper.", "The Mr Men books sold well."):
        found = labels(nlp, text)
        assert not {"Speaker", "Charles", "Whopper", "Men"} & set(found), found
    assert_labels(nlp, "Dr Martens shares fell 10% on Thursday.", {"Dr Martens": "ORG", "Martens": None})


@pytest.mark.parametrize(("text", "absent"), [
    # Review guards: a title and words before another capitalised word or a number, or ending in a place's or a
    # firm's word, name a thing; a firm named with a title.
    ("Prince Edward Island reported its first case of avian flu on Friday.", ("Edward Island", "Edward")),
    ("Princess Cruises said it had cancelled three sailings because of the storm.", ("Cruises",)),
    ("Mrs Doubtfire The Musical will open in Manchester next spring.", ("Doubtfire",)),
    ("Tickets for Mr Brightside Live go on sale on Friday at 9am.", ("Brightside",)),
    ("The Queen Mary 2 docked in Southampton on Sunday after a transatlantic crossing.", ("Mary",)),
    ("Dr Oetker, the German food group, said it would buy the pizza maker for an undisclosed sum.", ("Oetker",)),
])
def test_a_title_before_words_that_name_a_thing_makes_no_person(nlp: Language, text: str, absent: tuple) -> None:
    found = labels(nlp, text)
    assert not set(absent) & set(found), found


@pytest.mark.parametrize(("text", "expected"), [
    # Review guards: a royal's given name is no short form of another person's full name.
    ("Princess Anne and Anne Hidalgo opened the Paris games venue.", {"Anne": "PERSON", "Anne Hidalgo": "PERSON"}),
    ("King Charles met Charles Leclerc at the Monaco Grand Prix.", {"Charles": "PERSON", "Charles Leclerc": "PERSON"}),
])
def test_a_royals_given_name_is_no_short_form_of_another_person(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A title of two words is no part of the place before it, nor a name of its own.
    ("Abu Dhabi Crown Prince Sheikh Khaled bin Mohamed bin Zayed attended the ceremony.",
     {"Abu Dhabi": "GPE", "Abu Dhabi Crown": None}),
    ("Iran's Supreme Leader Ayatollah Ali Khamenei said the country would respond.",
     {"Supreme": None, "Ali Khamenei": "PERSON"}),
    ("Jordan's Crown Prince Hussein visited Amman.", {"Hussein": "PERSON", "Crown Prince Hussein": None}),
    ("Sweden's Crown Princess Victoria opened the bridge. Luxembourg's Grand Duke Henri abdicated.",
     {"Victoria": "PERSON", "Henri": "PERSON"}),
    # Guards: a body whose name opens with such a word, and a bridge named after a crown prince.
    ("The Supreme Court ruled on Monday. The Crown Prosecution Service said it would appeal.",
     {"Supreme Court": "ORG", "Crown Prosecution Service": "ORG"}),
    ("Crowds crossed the Crown Prince Frederik Bridge.", {"Crown Prince Frederik Bridge": "FAC"}),
])
def test_a_rulers_or_clerics_title_of_two_words_is_no_name(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "Morgan" gets no given name's vote (review: it made persons of firms and a town); "Morgan Wallen" an ORG is
    # known wrong. Guards: firms named after their founders, a bank's arms, a town, a studio.
    ("Morgan Stanley raised its forecast on Monday.", {"Morgan Stanley": "ORG"}),
    ("Morgan Sindall reported higher profits on Tuesday.", {"Morgan Sindall": "ORG"}),
    ("Morgan Advanced Materials said profits rose.", {"Morgan Advanced Materials": "ORG"}),
    ("Morgan Stanley Wealth Management said client assets rose to $6 trillion.",
     {"Morgan Stanley Wealth Management": "ORG"}),
    ("Morgan Grenfell was bought by Deutsche Bank in 1989.", {"Morgan Grenfell": "ORG"}),
    ("Morgan Keegan was sold to Raymond James in 2012.", {"Morgan Keegan": "ORG"}),
    ("Police in Morgan Hill, California, said a man had been arrested.", {"Morgan Hill": "GPE"}),
    ("Morgan Creek Productions said it was developing a sequel to Ace Ventura.", {"Morgan Creek Productions": "ORG"}),
])
def test_morgan_opens_no_founders_firm_nor_town_as_a_person(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


# ------------------------------------------------------------- forms QA: utilities, parties, districts, "called"


@pytest.mark.parametrize(("text", "expected"), [
    ("Thames Water has been given until 24 December to secure £3bn in emergency funding, a judge ruled.",
     {"Thames Water": "ORG"}),
    ("Southern Water and Severn Trent were fined. United Utilities said bills would rise. British Gas cut prices.",
     {"Southern Water": "ORG", "Severn Trent": "ORG", "United Utilities": "ORG", "British Gas": "ORG"}),
    ("Toyota Industries, Denso and Aisin are all members of the group.", {"Denso": "ORG", "Aisin": "ORG"}),
])
def test_britains_utilities_and_toyotas_suppliers_are_organisations(nlp: Language, text: str,
                                                                    expected: dict[str, str]) -> None:
    """QA "forms" F28, F32: "Thames Water" was no entity at all, "Denso" a place and "Aisin" a person."""
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The property, on Phillimore Gardens, was marketed by Savills and Knight Frank. It had an asking price of £4.5m.",
     {"Savills": "ORG", "Knight Frank": "ORG"}),
    ("Foxtons said lettings rose, while Chestertons reported a fall. Zoopla said demand was weak.",
     {"Foxtons": "ORG", "Chestertons": "ORG", "Zoopla": "ORG"}),
    ("Bellway and Vistry reported higher completions. Berkeley Group said London sales were slow.",
     {"Bellway": "ORG", "Vistry": "ORG", "Berkeley Group": "ORG"}),
])
def test_britains_estate_agents_and_housebuilders_are_organisations(nlp: Language, text: str,
                                                                    expected: dict[str, str]) -> None:
    """QA civic: "Knight Frank" was a person, "Bellway" a place, "Foxtons", "Zoopla" and "Vistry" no entity."""
    assert_labels(nlp, text, expected)


def test_guard_a_person_named_knight_stays_a_person(nlp: Language) -> None:
    found = labels(nlp, "Frank Knight, 54, of Mill Lane, was charged. Gladys Knight sang at the event.")
    assert found.get("Frank Knight") == "PERSON" and found.get("Knight Frank") is None, found


def test_guard_a_river_named_before_water_stays_no_firm(nlp: Language) -> None:
    found = labels(nlp, "The water on the Thames was high after the storm.")
    assert found.get("Thames Water") is None, found


@pytest.mark.parametrize(("text", "expected"), [
    ("ACT leader David Seymour and NZ First leader Winston Peters backed the cuts. Te Pāti Māori co-leader Rawiri "
     "Waititi said the cuts were cruel.",
     {"ACT": "ORG", "NZ First": "ORG", "Te Pāti Māori": "ORG", "David Seymour": "PERSON", "Winston Peters": "PERSON"}),
    ("Yves-François Blanchet's Bloc Québécois won 22 seats.", {"Bloc Québécois": "ORG"}),
    ("Former president Jacob Zuma's uMkhonto weSizwe party won 58 seats.",
     {"uMkhonto weSizwe party": "ORG", "uMkhonto weSizwe party won": None}),
    ("Labor won 31 seats in Western Australia. The Coalition won 12.", {"Labor": "ORG"}),
])
def test_new_zealand_canadian_south_african_and_australian_parties_are_organisations(
        nlp: Language, text: str, expected: dict[str, str | None]) -> None:
    """QA "forms" F22: "NZ First" a place and an ordinal, "Te Pāti Māori" a person, "Bloc Québécois" a place, "ACT"
    and the first "Labor" missed, the verb "won" inside the South African party's name."""
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "name"), [
    ("The ACT government in Canberra raised rates.", "ACT"),
    ("Labor Day falls on Monday this year.", "Labor"),
])
def test_guard_a_territory_or_a_day_is_no_party(nlp: Language, text: str, name: str) -> None:
    assert labels(nlp, text).get(name) != "ORG"


@pytest.mark.parametrize(("text", "expected"), [
    ("Conservative Leader Pierre Poilievre lost his own Ottawa-area riding of Carleton to Liberal Bruce Fanjoy. "
     "Carleton went Liberal for the first time.", {"Carleton": "GPE", "Pierre Poilievre": "PERSON"}),
    ("The Liberals won the riding of Thornhill and the riding of Toronto-St. Paul's.",
     {"Thornhill": "GPE", "Toronto-St. Paul's": "GPE"}),
    ("Reform UK won the Runcorn and Helsby by-election by six votes.", {"Runcorn and Helsby": "GPE", "Helsby": None}),
    ("Sarah Pochin, the new MP for Runcorn and Helsby, said it was historic.", {"Runcorn and Helsby": "GPE"}),
    ("The Conservatives won Carleton from the Liberals.", {"Carleton": "GPE"}),
])
def test_an_electoral_district_after_its_cue_is_a_place(nlp: Language, text: str, expected: dict[str, str | None]
                                                         ) -> None:
    """QA "forms" F21: ridings were persons, "Toronto-St. Paul" an organisation cut at its "'s", "Helsby" alone an
    organisation."""
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Democrats hope to hold the former seat of Nancy Pelosi.", {"Nancy Pelosi": "PERSON"}),
    ("Jim Carleton said the vote was fair.", {"Jim Carleton": "PERSON"}),
])
def test_guard_a_person_after_a_seats_words_stays_a_person(nlp: Language, text: str, expected: dict[str, str]
                                                           ) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("My landlord, a company called Grainger Residential, raised the rent. I now volunteer for a charity called "
     "Shelter Cymru.", {"Grainger Residential": "ORG", "Shelter Cymru": "ORG"}),
    ("A small business named Hartley Bakes opened in May.", {"Hartley Bakes": "ORG"}),
])
def test_a_name_after_a_company_or_charity_called_is_an_organisation(nlp: Language, text: str,
                                                                     expected: dict[str, str]) -> None:
    """QA "forms" F31: "Grainger Residential" was a person, "Shelter Cymru" a product."""
    assert_labels(nlp, text, expected)


def test_guard_a_man_or_a_dog_called_by_name_stays_a_person(nlp: Language) -> None:
    assert_labels(nlp, "She met a man called Ove in Stockholm. A dog named Max barked.",
                  {"Ove": "PERSON", "Max": "PERSON"})


def test_fashion_houses_are_organisations(nlp: Language) -> None:
    # Persons and places to the model, or missed ("Dior").
    assert_labels(nlp, "Balenciaga and Loewe showed on Friday, while Bottega Veneta and Dior closed the week. Gucci "
                       "unveiled a new creative director, and Burberry and Moncler reported weaker sales.",
                  {"Balenciaga": "ORG", "Bottega Veneta": "ORG", "Dior": "ORG", "Gucci": "ORG",
                   "Burberry": "ORG", "Moncler": "ORG"})


def test_esports_organisations_are_organisations(nlp: Language) -> None:
    # "Fnatic" was missed, "Astralis" a place, "T1" a number in a text about esports.
    assert_labels(nlp, "Fnatic have parted ways with their Counter-Strike 2 roster. G2 Esports, Heroic and Astralis "
                       "also announced changes. T1 have extended the contract of their mid laner. Team Falcons paid "
                       "$2m for the transfer.",
                  {"Fnatic": "ORG", "G2 Esports": "ORG", "Heroic": "ORG", "Astralis": "ORG", "T1": "ORG",
                   "Team Falcons": "ORG"})


def test_guard_a_code_of_an_esports_team_is_no_organisation_outside_esports(nlp: Language) -> None:
    found = labels(nlp, "Patients with type T1 diabetes were treated in London. The Heroic Age exhibition opened.")
    assert found.get("T1") != "ORG", found


def test_esports_tournaments_and_their_organiser_are_events_and_a_body(nlp: Language) -> None:
    # "The International 2023" was a work of art, "the PGL Copenhagen Major" missed, "Organizer Valve" a person; the
    # text's only esports word "Counter-Strike", three tokens to the parse.
    assert_labels(nlp, "Team Spirit won The International 2023. The PGL Copenhagen Major is a Counter-Strike event. "
                       "Organizer Valve said the prize pool was $1 million.",
                  {"The International 2023": "EVENT", "PGL Copenhagen Major": "EVENT", "Valve": "ORG"})


def test_guard_the_international_and_a_counter_strike_outside_esports(nlp: Language) -> None:
    # Guard: an army's counter-strike makes no esports text, and "the International Olympic Committee" is no event.
    found = labels(nlp, "The army launched a counter-strike, and the International said Liquid assets fell.")
    assert "EVENT" not in found.values() and found.get("Liquid") != "ORG", found
    found = labels(nlp, "The International Olympic Committee said the esports games would go ahead.")
    assert found.get("International Olympic Committee") == "ORG", found


def test_parties_named_in_their_own_languages_are_organisations(nlp: Language) -> None:
    # Persons, places and products to the model, or cut at a hyphen or an "'s".
    found = assert_labels(
        nlp, "The Tigray People's Liberation Front said it would boycott the talks. Khan's Pakistan Tehreek-e-Insaf "
             "party said it would appeal, and Jamaat-e-Islami held rallies. The Peronist coalition Fuerza Patria "
             "conceded defeat. The Partido dos Trabalhadores backed Lula, and the Pacto Histórico backed Petro.",
        {"Tigray People's Liberation Front": "ORG", "Pakistan Tehreek-e-Insaf": "ORG", "Jamaat-e-Islami": "ORG",
         "Fuerza Patria": "ORG", "Partido dos Trabalhadores": "ORG", "Pacto Histórico": "ORG"})
    assert not {"Tigray People", "Liberation Front", "Pakistan Tehreek", "Partido"} & set(found), found


@pytest.mark.parametrize(("text", "name"), [
    # QA qa2: a party named between a possessive (or "the" and a party's adjective) and "party" was a person or a
    # place to the model.
    ("His Vetëvendosje party won 42% of the vote.", "Vetëvendosje"),
    ("The ruling Samopomich party lost its majority in the election.", "Samopomich"),
    ("The nationalist Golos party said it would join the coalition.", "Golos"),
    ("Her Kuvendi party merged with a rival.", "Kuvendi"),
])
def test_a_party_named_before_its_noun_is_an_organisation(nlp: Language, text: str, name: str) -> None:
    assert_labels(nlp, text, {name: "ORG"})


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: "the" alone before a person's surname and "party", a surname the text gives a person, a possessive's
    # party, a theme party.
    ("Republicans have become the Trump party, Cheney said.", {"Trump": "PERSON"}),
    ("Mr Trump said the Trump party was stronger than ever.", {"Trump": "PERSON"}),
    ("Boris Johnson resigned. The Johnson party in Downing Street was investigated.", {"Boris Johnson": "PERSON"}),
    ("She went to Harry's party on Saturday.", {"Harry": "PERSON"}),
    ("She threw a Gatsby party at the Ritz.", {"Gatsby": "PERSON"}),
    ("The Macron party, Renaissance, lost seats, Mr Macron said.", {"Macron": "PERSON"}),
    # Review guard (nrev1): a place after a possessive alone is where a celebration is held.
    ("Her Malibu party was the talk of Hollywood on Sunday.", {"Malibu": "GPE"}),
])
def test_a_party_named_before_its_noun_is_an_organisation_guard(nlp: Language, text: str,
                                                              expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


def test_a_partys_acronym_joins_its_name_the_model_took_for_a_person(nlp: Language) -> None:
    mentions = extract_entities(nlp("The Tigray People's Liberation Front said it would boycott the talks. The "
                                    "TPLF has called for a ceasefire."), nlp)[0]
    assert {m["canonical"] for m in mentions if m["text"] == "TPLF"} == {"Tigray People's Liberation Front"}, mentions


def test_guard_the_place_a_party_is_named_after_stays_the_place(nlp: Language) -> None:
    assert_labels(nlp, "Fighting in Tigray killed thousands. The Tigray People's Liberation Front (TPLF) said it "
                       "would talk.", {"Tigray": "GPE", "Tigray People's Liberation Front": "ORG"})


def test_journals_are_organisations_and_a_word_is_one_after_a_word_of_publishing(nlp: Language) -> None:
    # "Nature Medicine" a work of art, "JAMA" a place, "Cell" missed.
    assert_labels(nlp, "The study, published in Nature Medicine, followed 3,000 patients. A second study, published "
                       "in Science, found the same. A paper in Cell described the mechanism. Results published in "
                       "Nature were confirmed in JAMA.",
                  {"Nature Medicine": "ORG", "Science": "ORG", "Cell": "ORG", "Nature": "ORG", "JAMA": "ORG"})


def test_guard_a_journals_word_elsewhere_is_no_journal(nlp: Language) -> None:
    found = labels(nlp, "Science has shown that sleep matters, said Dr Jane Smith of the Science Museum.")
    assert found.get("Science") is None, found


def test_a_hotel_brand_the_model_cut_before_its_inn_is_one_organisation(nlp: Language) -> None:
    # QA qa2: the model read "Premier" as a title and left "Holiday" out: the person "Inn".
    found = assert_labels(nlp, "Whitbread, the owner of Premier Inn, said it would close 200 restaurants. Holiday Inn "
                               "also grew.", {"Premier Inn": "ORG", "Holiday Inn": "ORG", "Whitbread": "ORG"})
    assert "Inn" not in found, found
    assert_labels(nlp, "Guests at Premier Inn hotels rose 5%.", {"Premier Inn": "ORG"})


def test_a_firm_the_model_cut_after_its_word_in_capitals_keeps_it(nlp: Language) -> None:
    # The model's firm was "Shipping Holdings Co.", without the "COSCO" that opens it.
    found = assert_labels(nlp, "COSCO Shipping Holdings Co. said profit rose 20 percent.",
                          {"COSCO Shipping Holdings Co.": "ORG"})
    assert "Shipping Holdings Co." not in found, found
    assert_labels(nlp, "Shares of COSCO Shipping Holdings Co. rose 3 percent in Hong Kong.",
                  {"COSCO Shipping Holdings Co.": "ORG"})


def test_a_firm_after_a_word_in_capitals_of_its_own_stays_apart_guard(nlp: Language) -> None:
    # A place's or an officer's capitals before the firm, a firm's name in capitals all through, stay apart.
    found = labels(nlp, "The US Steel Holdings Corp. deal closed on Friday.")
    assert "US Steel Holdings Corp." not in found or found.get("US Steel Holdings Corp.") == "ORG", found
    found = labels(nlp, "Its CEO Acme Holdings Ltd. appointed said on Friday it would grow.")
    assert not any(name.startswith("CEO") for name in found), found


def test_a_hotel_brand_the_model_cut_before_its_inn_is_one_organisation_guard(nlp: Language) -> None:
    # A person whose surname is the word keeps it; an article before it makes no name of the two words.
    assert_labels(nlp, "The Jamaica Inn pub reopened, said John Inn, its owner.", {"John Inn": "PERSON"})
    found = labels(nlp, "The Inn was closed on Monday.")
    assert "The Inn" not in found, found


def test_farm_cooperatives_unions_and_shipping_firms_are_organisations(nlp: Language) -> None:
    # Persons and places to the model.
    assert_labels(nlp, "Dairy farmers are set for a bumper season after Fonterra raised its forecast farmgate milk "
                       "price. Federated Farmers dairy chair Richard McIntyre welcomed it. Arla will pay farmers 41.5p "
                       "a litre, and Bunge reported higher profits. Aslef said its members would strike. The ship was "
                       "owned by Greece's Stem Shipping.",
                  {"Fonterra": "ORG", "Federated Farmers": "ORG", "Arla": "ORG", "Bunge": "ORG", "Aslef": "ORG",
                   "Stem Shipping": "ORG", "Richard McIntyre": "PERSON"})


def test_a_flight_is_no_part_of_its_airlines_name(nlp: Language) -> None:
    # "Air India Flight 171" was the airline's canonical name, "Jeju Air Flight" the other's.
    found = assert_labels(nlp, "The crash of Air India Flight 171 killed 241 people. Air India chief executive "
                               "Campbell Wilson said the airline was cooperating. Investigators examined the crash "
                               "of Jeju Air Flight 2216. Jeju Air said it would compensate families.",
                          {"Air India": "ORG", "Jeju Air": "ORG"})
    assert not {"Air India Flight 171", "Jeju Air Flight", "Jeju Air Flight 2216"} & set(found), found


def test_merchant_ships_are_products_never_people(nlp: Language) -> None:
    # "Magic Seas", "Dali", "Jacques Saade" and "Marco Polo" were persons, "Hangzhou" a place, "Sounion" a firm.
    found = assert_labels(
        nlp, "The Liberian-flagged bulk carrier Magic Seas sank on Monday. The Dali, the container ship that struck "
             "Baltimore's Francis Scott Key Bridge, was refloated. The CMA CGM Jacques Saade docked in Felixstowe. "
             "The Maersk Hangzhou was attacked. The tanker Sounion burned for weeks. The vessel MSC Aries was seized.",
        {"Magic Seas": "PRODUCT", "Dali": "PRODUCT", "CMA CGM Jacques Saade": "PRODUCT", "Maersk Hangzhou": "PRODUCT",
         "Sounion": "PRODUCT", "MSC Aries": "PRODUCT"})
    assert not {"Jacques Saade", "Hangzhou", "CMA"} & set(found), found


def test_guard_firms_and_places_around_ships_nouns_stay(nlp: Language) -> None:
    assert_labels(nlp, "The tanker Iran seized last year was released. Ryanair, the Irish carrier, said fares would "
                       "rise. The ferry operator Stena Line said sailings were cancelled. Maersk said profits fell.",
                  {"Iran": "GPE", "Ryanair": "ORG", "Stena Line": "ORG", "Maersk": "ORG"})


def test_maritime_bodies_and_ports_are_whole_and_a_long_title_is_no_work(nlp: Language) -> None:
    # "UK" and "Maritime Trade Operations" were two; the port was missed; "Principal Deputy" a work of art.
    found = assert_labels(
        nlp, "Houthi militants attacked the bulk carrier Magic Seas, according to the UK Maritime Trade Operations "
             "agency. The Port of Felixstowe has warned of delays after a power failure halted cranes. Principal "
             "Deputy Assistant Attorney General Brian Boynton said the case was closed.",
        {"UK Maritime Trade Operations": "ORG", "Port of Felixstowe": "ORG", "Brian Boynton": "PERSON"})
    assert "Principal Deputy" not in found and "Maritime Trade Operations" not in found, found


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (qa1): a high court named by its place was missed, or cut after the first of two places.
    ("The Delhi High Court ruled on Monday.", {"Delhi High Court": "ORG"}),
    ("The Allahabad High Court granted bail to the accused.", {"Allahabad High Court": "ORG"}),
    ("A bench of the Madras High Court heard the case.", {"Madras High Court": "ORG"}),
    ("The Punjab and Haryana High Court issued notice to the state.",
     {"Punjab and Haryana High Court": "ORG", "Punjab": None, "Haryana High Court": None}),
    # Guards: the court with no place before it, and a place after it, stay as they were.
    ("He appeared at the High Court in London.", {"High Court": "ORG", "London": "GPE"}),
    ("Lahore High Court suspended the order, the court said in Lahore.",
     {"Lahore High Court": "ORG", "Lahore": "GPE"}),
])
def test_a_high_court_named_by_its_place_is_one_organisation(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (qa1): a municipality before a possessive was split ("City" and "Johannesburg").
    ("The City of Johannesburg's municipal manager resigned.",
     {"City of Johannesburg": "GPE", "City": None, "Johannesburg": None}),
    ("The City of Tshwane's mayor said the strike was illegal.", {"City of Tshwane": "GPE", "City": None}),
    # Guards: a body named after the city stays the body; the whole name the model found stays.
    ("The City of London Corporation approved the plan.", {"City of London Corporation": "ORG"}),
    ("The City of Cape Town said water would be cut.", {"City of Cape Town": "GPE"}),
])
def test_a_municipality_of_a_place_is_one_place(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # An aircraft's or a launcher's model with its number is one product: "737" was a count, "6" one, "Falcon 9" an
    # event.
    ("A Jeju Air Boeing 737-800 carrying 181 people crashed at Muan International Airport.",
     {"Boeing 737-800": "PRODUCT", "737": None}),
    ("The Ariane 6 rocket and the Falcon 9 launched on Tuesday.",
     {"Ariane 6": "PRODUCT", "6": None, "Falcon 9": "PRODUCT"}),
    ("The airline operates the Airbus A320neo and the Boeing 787-8.",
     {"Airbus A320neo": "PRODUCT", "Boeing 787-8": "PRODUCT"}),
    # Guards: the maker alone, a year or a share after it, a rocket named by words.
    ("Boeing shares rose 3% on Monday. Boeing said 2023 revenue fell. Airbus delivered 766 jets.",
     {"Boeing": "ORG", "Airbus": "ORG"}),
    ("The Falcon Heavy lifted off from Florida.", {"Falcon 9": None}),
    # Known wrong (fixA): a crewed programme's mission with its number was the organisation "Artemis".
    ("The Artemis II mission will carry four astronauts around the Moon.", {"Artemis II": "PRODUCT", "Artemis": None}),
    # Guard: a firm named by the goddess keeps its name.
    ("Artemis Capital said its fund returned 8%.", {"Artemis Capital": "ORG"}),
])
def test_a_crafts_model_and_number_are_one_product(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Helper qa1 (world genres): Boeing's "MAX" and its number, and ATR's two digits, were counts.
    ("Four bolts were missing on an Alaska Airlines Boeing 737 MAX 9 when the panel blew out at 16,000 feet.",
     {"Boeing 737 MAX 9": "PRODUCT", "9": None, "Alaska Airlines": "ORG"}),
    ("Ryanair expects 14 fewer Boeing 737 MAX 8-200 aircraft than planned by the summer.",
     {"Boeing 737 MAX 8-200": "PRODUCT", "8-200": None}),
    ("A Voepass ATR 72-500 carrying 62 people crashed near Sao Paulo on Friday.",
     {"ATR 72-500": "PRODUCT", "72-500": None}),
    # Guards: "Max" with no number, a count of time after it, and ATR alone keep their readings.
    ("The Boeing 787 Max 5 minutes late.", {"5 minutes": "TIME"}),
    ("ATR said 30 jobs would go at its Toulouse plant.", {"ATR": "ORG"}),
])
def test_an_aircrafts_max_version_and_atrs_models_are_one_product(nlp: Language, text: str,
                                                                  expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Helper qa1 (world genres): Airbus's models written without the maker were counts or nothing.
    ("The deal includes 250 Airbus jets, among them 40 A350 widebodies, and 220 Boeing planes.",
     {"A350": "PRODUCT", "40": "CARDINAL", "40 A350": None}),
    ("Emirates flies the A380 to 40 cities. Its A350 fleet will grow.",
     {"A380": "PRODUCT", "A350": "PRODUCT", "40": "CARDINAL"}),
    ("The airline will lease 12 A320neo jets.", {"A320neo": "PRODUCT", "12": "CARDINAL"}),
    # Guard: written with the maker, the model stays one product with it.
    ("The Airbus A350-1000 is the largest twin-engine jet.", {"Airbus A350-1000": "PRODUCT", "A350-1000": None}),
    # Review rev4 (of f982d84a): a road's number Airbus never gave an airliner is no model, even in a text of flights
    # (was PRODUCT).
    ("The A303 near Stonehenge was closed after a crash; no flights were affected at the airport.", {"A303": None}),
    # Guard: Airbus's own numbers stay its models.
    ("A340 engines were replaced on the flight. The A319 jet was diverted.", {"A340": "PRODUCT", "A319": "PRODUCT"}),
])
def test_airbus_models_without_the_maker_are_products(nlp: Language, text: str, expected: dict[str, str]) -> None:
    found = {e["text"]: e["label"] for e in extract_entities(nlp(text), nlp)[0]}
    assert {name: found.get(name) for name in expected} == expected, found


@pytest.mark.parametrize(("text", "expected"), [
    # A car's model after its maker's name is one product: "EV6" and "i4" were nothing, "F-150" a person.
    ("Hyundai's Ioniq 5 was named World Car of the Year, beating the Kia EV6 and the BMW i4.",
     {"Ioniq 5": "PRODUCT", "Kia EV6": "PRODUCT", "BMW i4": "PRODUCT"}),
    ("Sales of the Ford F-150 and the Toyota RAV4 rose.", {"Ford F-150": "PRODUCT", "Toyota RAV4": "PRODUCT"}),
    # ... and without it: Volkswagen's "ID.4" (nothing), Tesla's "Model Y" in a text that names Tesla (missed).
    ("Volkswagen cut the price of its ID.4 electric SUV by $5,000.", {"ID.4": "PRODUCT", "Volkswagen": "ORG"}),
    ("Tesla said cheaper financing for the Model Y and Model 3 boosted demand.",
     {"Model Y": "PRODUCT", "Model 3": "PRODUCT", "Tesla": "ORG"}),
    # Guards: a quarter, a year or a racing series after a maker is no car.
    ("Tesla Q3 deliveries rose. Shares of BMW 2024 rose. The Ferrari F1 team won in Monza.",
     {"Tesla": "ORG", "Tesla Q3": None, "BMW": "ORG", "BMW 2024": None, "Ferrari": "ORG", "Ferrari F1": None}),
])
def test_a_cars_maker_and_model_code_are_one_product(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # QA "qa1" (tech launches): a phone's family, version and tiers are one product ("iPhone" alone, nothing, and a
    # work of art "10 and AirPods 4" to the model).
    ("Apple on Monday unveiled the iPhone 16 Pro, priced from $999. The iPhone 16 Pro Max costs $1,199.",
     {"iPhone 16 Pro": "PRODUCT", "iPhone 16 Pro Max": "PRODUCT", "iPhone": None}),
    ("Samsung Electronics launched the Galaxy S25 Ultra in San Jose. Samsung's Galaxy Z Fold 6 sold well.",
     {"Galaxy S25 Ultra": "PRODUCT", "Galaxy Z Fold 6": "PRODUCT"}),
    ("Google launched the Pixel 9 Pro Fold in India, along with the Pixel 9.",
     {"Pixel 9 Pro Fold": "PRODUCT", "Pixel 9": "PRODUCT"}),
    ("The company also introduced the Apple Watch Series 10 and AirPods 4.", {"AirPods 4": "PRODUCT", "10 and": None}),
    # Guards: a club named "Galaxy" before its score, a family without a version.
    ("LA Galaxy 2 Seattle Sounders 1.", {"LA Galaxy": "ORG", "Galaxy 2": None}),
    ("Apple sold 50 million iPhones. He bought 3 iPhone chargers.", {"iPhone": "PRODUCT"}),
])
def test_a_devices_family_version_and_tiers_are_one_product(nlp: Language, text: str, expected: dict[str, str]
                                                            ) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Review rev1: a number after a device's family or a mission's series that counts the word after it is no
    # version ("iPhone 14" of "their iPhone 14 times faster", "Artemis 2" of "Artemis 2 points clear" were products),
    # and a bare number after "Galaxy" is a club's score or a club night's ("The Galaxy 3 goals ahead", "the Galaxy
    # 8 nightclub" were the product "Galaxy 3", "Galaxy 8").
    ("Users can update their iPhone 14 times faster with the new cable, Apple claimed.", {"iPhone 14": None}),
    ("Sales of the iPhone 12 per cent lower in China worried investors.", {"iPhone 12": None}),
    ("Artemis 2 points clear at the top of the table, the Greek club celebrated.", {"Artemis 2": None}),
    ("The Galaxy 3 goals ahead of the Sounders after 40 minutes, the LA club cruised.", {"Galaxy 3": None}),
    ("Police said the Galaxy 8 nightclub in Leeds would close for 3 months.", {"Galaxy 8": None}),
    ("Galaxy 5 Sounders 3 was the final score in Carson.", {"Galaxy 5": None}),
    # Guards: a version before a lower-case noun of its own and Samsung's lettered series stay products.
    ("Apple sold 50 million iPhones in the quarter, and iPhone 15 sales rose. Pixel 7 owners reported problems.",
     {"iPhone 15": "PRODUCT", "Pixel 7": "PRODUCT"}),
    ("The Galaxy A55 and Galaxy A35 are cheaper models. Nasa said Artemis 2 would launch in April.",
     {"Galaxy A55": "PRODUCT", "Galaxy A35": "PRODUCT", "Artemis 2": "PRODUCT"}),
])
def test_a_number_counting_the_word_after_a_devices_family_is_no_version(nlp: Language, text: str,
                                                                         expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Review rev1: the pronoun or the article after a device's family is no version ("Without my iPhone I would be
    # lost" gave the product "iPhone I", "After the Galaxy I switched" "Galaxy I", "On the iPhone A new feature"
    # "iPhone A").
    ("Without my iPhone I would be lost.", {"iPhone I": None, "iPhone": "PRODUCT"}),
    ("Before the iPhone I used a BlackBerry for years.", {"iPhone I": None, "iPhone": "PRODUCT"}),
    ("After the Galaxy I switched to an iPhone.", {"Galaxy I": None}),
    ("On the iPhone A new feature lets users hide apps.", {"iPhone A": None, "iPhone": "PRODUCT"}),
    # Guards: a letter that is no word stays the version.
    ("The iPhone X launched in 2017. The Pixel C tablet was discontinued.",
     {"iPhone X": "PRODUCT", "Pixel C": "PRODUCT"}),
])
def test_a_pronoun_or_article_after_a_devices_family_is_no_version(nlp: Language, text: str,
                                                                   expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A car's model named by a word after its own maker is one product, with its trims (known wrong, fixA: "GMC
    # Sierra" and "Porsche Taycan Turbo S" firms, "Chevrolet" a firm beside the product "Silverado", "Skoda" and
    # "Octavia" places, "GTI" a firm).
    ("GM recalled 100,000 GMC Sierra and Chevrolet Silverado pickups.",
     {"GMC Sierra": "PRODUCT", "Chevrolet Silverado": "PRODUCT", "Chevrolet": None, "GM": "ORG"}),
    ("Porsche unveiled the Porsche Taycan Turbo S at the show in Munich.",
     {"Porsche Taycan Turbo S": "PRODUCT", "Porsche": "ORG"}),
    ("Volkswagen said the Volkswagen Golf GTI and Skoda Octavia sold well in Germany.",
     {"Volkswagen Golf GTI": "PRODUCT", "Skoda Octavia": "PRODUCT", "Volkswagen": "ORG", "Skoda": None}),
])
def test_a_cars_maker_and_model_name_are_one_product(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


def test_guard_a_makers_name_before_another_makers_model_or_a_venue_is_no_car(nlp: Language) -> None:
    # A stadium, a foundation and a carmaker's arm named after it; a model word after another maker.
    found = labels(nlp, "The Detroit Lions play at Ford Field. Ford Foundation gave $5 million. Toyota Motor said "
                        "profits rose. The Honda Sierra event was cancelled.")
    assert "Honda Sierra" not in found and found["Ford Field"] != "PRODUCT", found
    assert all(found[name] == "ORG" for name in ("Ford Foundation", "Toyota Motor", "Honda")), found


# ------------------------------------------------------------- review: rules narrowed where they misfired


@pytest.mark.parametrize(("text", "expected"), [
    ("The Reform by-election victory stunned Westminster.", {"Reform": "ORG", "The Reform": None}),
    ("A Liberal Democrat by-election gain in Somerset was confirmed overnight.",
     {"Liberal Democrat": "ORG", "A Liberal Democrat": None}),
    ("She was an MP for Labour until 2019, when she joined the Liberal Democrats.", {"Labour": None}),
    ("Canberra, the seat of Australian government, was chosen as a compromise in 1908.", {"Australian": "NORP"}),
    ("Cupertino, the seat of Apple's empire, has seen house prices soar.", {"Apple": "ORG"}),
    ("She is the Member for Life of the Royal Society.", {"Life": None}),
])
def test_guard_a_party_or_a_seat_of_power_is_no_electoral_district(nlp: Language, text: str,
                                                                   expected: dict[str, str | None]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The company named Jane Doe as its new chief executive on Monday.", {"Jane Doe": "PERSON"}),
    ("The brand named David Beckham its global ambassador in 2019.", {"David Beckham": "PERSON"}),
    ('The group called Netanyahu\'s plan "reckless and dangerous".', {"Netanyahu": "PERSON"}),
])
def test_guard_the_verbs_named_and_called_make_no_organisation(nlp: Language, text: str,
                                                               expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry Captain John Smith commanded ran aground in fog.", {"John Smith": "PERSON"}),
    ("The yacht Harry Styles chartered for the summer was seen off Capri.", {"Harry Styles": "PERSON"}),
])
def test_guard_a_person_after_a_ships_noun_is_no_ship(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "name"), [
    ("Heroic efforts by volunteers kept the esports tournament in Copenhagen running after a power cut.", "Heroic"),
    ("Liquid assets held by esports organisations fell sharply, the report found.", "Liquid"),
    ("An esports star has revealed his T1 diabetes diagnosis, saying he wants to help young gamers.", "T1"),
])
def test_guard_esports_words_as_ordinary_words_are_no_teams(nlp: Language, text: str, name: str) -> None:
    found = labels(nlp, text)
    assert found.get(name) != "ORG", found


@pytest.mark.parametrize("text", [
    "Labor leaders in Detroit backed the United Auto Workers strike on Monday.",
    "Labor won praise from unions in Chicago for the new contract.",
])
def test_guard_labor_outside_australia_is_no_party(nlp: Language, text: str) -> None:
    assert_labels(nlp, text, {"Labor": None})


def test_guard_the_composer_loewe_is_no_fashion_house(nlp: Language) -> None:
    assert_labels(nlp, "Lerner and Loewe's My Fair Lady returns to the West End this summer.", {"Loewe": "PERSON"})


@pytest.mark.parametrize(("text", "expected"), [
    ("Shin Bet said it had arrested two Israeli citizens suspected of spying for Iran.", {"Shin Bet": "ORG"}),
    ("The Shin Bet said the suspects had photographed military sites.", {"Shin Bet": "ORG"}),
    # Guards: the agency's chief, and a Korean person named Shin, stay persons.
    ("Shin Bet chief Ronen Bar is due to step down next month.", {"Shin Bet": "ORG", "Ronen Bar": "PERSON"}),
    ("Shin Hyun-song, the BIS economic adviser, said inflation was easing.", {"Shin Hyun-song": "PERSON"}),
])
def test_israels_security_service_is_a_body(nlp: Language, text: str, expected: dict) -> None:
    """QA "qa-world": "Shin Bet" was a person ("Shin Bet said") or nothing ("The Shin Bet said")."""
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "places"), [
    ("Zelensky said his troops were holding their positions in the Kursk region of Russia.", ("Kursk",)),
    ("The Kursk region governor, Alexander Khinshtein, said a drone attack had cut power to 20,000 homes.",
     ("Kursk",)),
    ("The ministry said 45 Ukrainian drones were destroyed over the Bryansk, Kursk and Belgorod regions.",
     ("Bryansk", "Kursk", "Belgorod")),
    ("Air defenses shot down 83 drones over the Kharkiv, Sumy and Dnipropetrovsk regions, it said.",
     ("Sumy", "Dnipropetrovsk")),
])
def test_a_name_before_a_regions_noun_is_a_place(nlp: Language, text: str, places: tuple[str, ...]) -> None:
    """QA "qa-world": "the Kursk region" was a product, "Dnipropetrovsk regions" an organisation, "Sumy" a person."""
    assert_labels(nlp, text, dict.fromkeys(places, "GPE"))


@pytest.mark.parametrize(("text", "expected"), [
    # QA qa1: a camp for the displaced after a preposition of place was a person.
    ("Aid workers said conditions in Zamzam camp had worsened as fighting spread.", {"Zamzam": "GPE"}),
    ("Thousands fled to Kakuma camp in Kenya.", {"Kakuma": "GPE", "Kenya": "GPE"}),
    # Guards: a faction's camp, after an article or named for a person of the text, is no place.
    ("Sources in the Trump camp said he would run.", {"Trump": "ORG"}),
    ("Joe Biden spoke on Monday. Aides in Biden camp said he would run.", {"Joe Biden": "PERSON", "Biden": None}),
    # rev1: a body that runs the camp, an organisation to the model, stays one (all were GPE).
    ("She spent two weeks at YMCA camp in Maine as a child.", {"YMCA": "ORG"}),
    ("He spent a week at Butlins camp in Skegness with his grandparents.", {"Butlins": "ORG"}),
    ("Players reported to Arsenal camp on Monday for pre-season training.", {"Arsenal": "ORG"}),
    # rev1: a politician's camp in a text of no displaced people stays the person (was GPE).
    ("Jitters in Netanyahu camp as polls show the coalition losing its majority.", {"Netanyahu": "PERSON"}),
])
def test_a_name_between_a_preposition_and_camp_is_a_place(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: a people's region, a body's acronym and a cloud provider's region keep their labels.
    ("Fighting spread to the Kurdish region, officials said.", {"Kurdish": "NORP"}),
    ("Trade within the EU region grew, Eurostat said.", {"EU": "ORG"}),
    ("Amazon opened the AWS region in Frankfurt.", {"AWS": "ORG"}),
    # review "rev-world": a firm's sales area (were places)
    ("The Hyundai region office in Seoul closed.", {"Hyundai": "ORG"}),
    ("The Marks & Spencer region manager resigned.", {"Marks & Spencer": "ORG"}),
    ("Labour lost control of the council, and the Reform region chairman resigned.", {"Reform": "ORG"}),
])
def test_a_name_before_a_regions_noun_is_a_place_guard(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Anthropic released Claude 3.7 Sonnet, a model it called its most intelligent yet.",
     {"Claude": "PRODUCT", "Sonnet": "PRODUCT"}),
    ("Google unveiled Gemini 2.5 Pro at its developer conference on Tuesday.", {"Gemini": "PRODUCT"}),
    ("Microsoft unveiled its Majorana 1 quantum chip on Wednesday. Meta released Llama 4 Scout and Llama 4 Maverick, "
     "two open-weight models.", {"Llama": None}),
])
def test_an_ai_model_named_with_its_version_is_a_product(nlp: Language, text: str, expected: dict) -> None:
    """QA "qa-world": "Claude" and "Sonnet" of "Claude 3.7 Sonnet" were persons, "Gemini" an organisation, "Llama"
    a person."""
    found = assert_labels(nlp, text, expected)
    assert not [name for name, label in found.items() if label == "PERSON"], found


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: the family's word without a version after it stays what it was.
    ("Claude Puel, the former Southampton manager, said the side lacked belief.", {"Claude Puel": "PERSON"}),
    ("Sonnet 18 is among the best known of Shakespeare's poems, Claude said.", {"Claude": "PERSON"}),
])
def test_an_ai_model_named_with_its_version_is_a_product_guard(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("SK Hynix, its domestic rival, posted record earnings on strong sales of high-bandwidth memory.",
     {"SK Hynix": "ORG"}),
    ("CATL, the world's largest battery maker, raised HK$35.7 billion in its Hong Kong listing.", {"CATL": "ORG"}),
    ("Apple assembler Foxconn said sales rose. Naver and Kakao shares fell in Seoul.",
     {"Foxconn": "ORG", "Naver": "ORG", "Kakao": "ORG"}),
    ("Shares in Rakuten rose 3% after it said profit jumped.", {"Rakuten": "ORG"}),
])
def test_asias_technology_firms_are_organisations(nlp: Language, text: str, expected: dict) -> None:
    """QA "qa-world": "SK Hynix" was a person, "Foxconn" and "Naver" places, "CATL" and "Rakuten" nothing."""
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: a city and a given name that some Asian firms' names are stay what they are.
    ("The ship docked at Kawasaki on Monday, port officials said.", {"Kawasaki": "GPE"}),
    ("Nio Smith, 34, said the firm had let him down.", {"Nio Smith": "PERSON"}),
])
def test_asias_technology_firms_are_organisations_guard(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "name"), [
    ("Equinor ASA reported adjusted operating income of $7.1 billion for the quarter.", "Equinor"),
])
def test_a_known_firm_the_model_missed_before_its_legal_form_is_found(nlp: Language, text: str, name: str) -> None:
    """QA "qa-world": "Equinor ASA reported" had no entity: the legal form after the known name read as a longer
    name's word."""
    assert labels(nlp, text).get(name) == "ORG", labels(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: a known firm's name before a longer name's word is still no match; alone it is the firm.
    ("Equinor reported adjusted operating income of $7.1 billion for the quarter.", {"Equinor": "ORG"}),
    ("Shell Company of Nigeria said output fell.", {"Shell Company": None}),
])
def test_a_known_firm_the_model_missed_before_its_legal_form_is_found_guard(nlp: Language, text: str,
                                                                            expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Ticket sellers, streaming services, labels and festivals of the entertainment trade the model took for persons.
    ("Tickets, sold through Ticketmaster, sparked anger. The studios business will include HBO Max.",
     {"Ticketmaster": "ORG", "HBO Max": "ORG"}),
    ("Mavin Records, home of Rema and Ayra Starr, was acquired by Universal Music Group.",
     {"Mavin Records": "ORG", "Ayra Starr": "PERSON"}),
    ("Sabrina Carpenter will headline Coachella in April.", {"Coachella": "EVENT", "Sabrina Carpenter": "PERSON"}),
    # Singers by a stage name the model took for an organisation or a building.
    ("NEW YORK (AP) — Beyoncé's album won album of the year at the Grammy Awards on Sunday.", {"Beyoncé": "PERSON"}),
    ("Bad Bunny's new album debuted at No. 1. He will tour with Post Malone.",
     {"Bad Bunny": "PERSON", "Post Malone": "PERSON"}),
    # Parties of Africa and Latin America the model took for a person or a work, or missed.
    ("Sonko's party, PASTEF, won 130 of the 165 seats in parliament.", {"PASTEF": "ORG"}),
    ("Milei's party, La Libertad Avanza, holds only 38 of the 257 seats in the lower house.",
     {"La Libertad Avanza": "ORG"}),
    ("Julius Malema's Economic Freedom Fighters took 9.5%. Eskom, the state power utility, said load-shedding would "
     "not resume.", {"Economic Freedom Fighters": "ORG", "Eskom": "ORG", "Julius Malema": "PERSON"}),
])
def test_entertainment_firms_stage_names_and_parties_are_known(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Bundeswehr needs more soldiers, Germany's defence minister said.", {"Bundeswehr": "ORG"}),
    ("The Institute for the Study of War said Russian forces advanced near Pokrovsk.",
     {"Institute for the Study of War": "ORG"}),
    ("Al-Anon offers support to families of people with drinking problems.", {"Al-Anon": "ORG"}),
    ("According to Pollstar, the tour grossed $2bn.", {"Pollstar": "ORG"}),
    ("The centrist D66 party won 26 seats in the Dutch election.", {"D66": "ORG"}),
    ("Sikorsky, the helicopter maker owned by Lockheed Martin, won the contract.", {"Sikorsky": "ORG"}),
    ("Snow fell across the Scottish Highlands on Tuesday, closing roads.", {"Scottish Highlands": "LOC"}),
])
def test_bodies_and_places_the_model_misreads_take_the_lists_label(nlp: Language, text: str, expected: dict) -> None:
    """Closing notes: "Bundeswehr" was a place, "Institute for the Study of War" an event, "Al-Anon" and "Pollstar"
    persons, "D66" and "Sikorsky" nothing, "Scottish Highlands" the people "Scottish"."""
    assert_labels(nlp, text, expected)


def test_a_dutch_partys_code_outside_a_text_about_the_netherlands_is_no_party_guard(nlp: Language) -> None:
    """Guard (review nrevent1): "D66" of a French road was the party; in a Dutch text it stays one."""
    assert_labels(nlp, "The crash happened on the D66 near Carcassonne, French police said.", {"D66": None})
    assert_labels(nlp, "Dutch Prime Minister Rob Jetten of D66 met the king on Monday.", {"D66": "ORG"})


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: a person whose surname is a firm's word stays a person; a label's word alone no firm.
    ("Kevin Studios said he was pleased. Studios reported losses.", {"Kevin Studios": "PERSON"}),
    ("Ann Pictures, a painter, sold her work.", {"Ann Pictures": "PERSON"}),
])
def test_a_given_name_before_a_firms_word_stays_a_person_guard(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # African firms and Brazil's index the model took for persons or missed.
    ("NAIROBI (Reuters) - Safaricom, Kenya's biggest telecoms operator, reported a 2.5% rise in full-year net profit.",
     {"Safaricom": "ORG"}),
    ("Airtel Africa, its rival, said revenue in constant currency rose 20.1%.", {"Airtel Africa": "ORG"}),
    ("The Ibovespa stock index fell 1.4% to 124,000 points.", {"Ibovespa": "ORG"}),
    # The firm and its founder stay two: "Dangote" alone is the man.
    ("Dangote Cement posted a pre-tax profit of N602 billion for the year. Aliko Dangote, Africa's richest man, said "
     "his refinery would reach full capacity. Dangote said he was pleased.",
     {"Dangote Cement": "ORG", "Aliko Dangote": "PERSON"}),
])
def test_african_firms_and_brazils_index_are_known(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Telecoms and media firms the model took for persons or products, or missed.
    ("Reliance Jio and Bharti Airtel raised tariffs, while Vodafone Idea lost subscribers.",
     {"Reliance Jio": "ORG", "Bharti Airtel": "ORG", "Vodafone Idea": "ORG"}),
    ("Paramount Global and Skydance Media completed their merger.", {"Skydance Media": "ORG"}),
    ("EE and Virgin Media O2 bid for the spectrum.", {"Virgin Media O2": "ORG"}),
    ("Jio said it added 5 million users in March.", {"Jio": "ORG"}),
])
def test_telecoms_and_media_firms_are_known(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_sky_and_tnt_sports_are_two_broadcasters(nlp: Language) -> None:
    found = assert_labels(nlp, "The Premier League signed a deal with Sky and TNT Sports.",
                          {"Sky": "ORG", "TNT Sports": "ORG"})
    assert "Sky and TNT Sports" not in found, found


def test_guard_sky_inside_longer_names_stays_whole(nlp: Language) -> None:
    # guard: "Sky" known by a word mends a label only; the names that hold it stay whole
    assert_labels(nlp, "The Chicago Sky beat the Indiana Fever 88-80. Sky Sports showed the game.",
                  {"Chicago Sky": "ORG", "Sky Sports": "ORG"})


@pytest.mark.parametrize(("text", "expected"), [
    ("Friends of the Earth and ClientEarth said they would appeal.",
     {"Friends of the Earth": "ORG", "Earth": None}),
    ("Just Stop Oil activists threw soup at a painting.", {"Just Stop Oil": "ORG", "Stop Oil": None}),
    ("Greenpeace and Uplift, which brought the judicial review, said they would appeal.", {"Greenpeace": "ORG"}),
    # QA qa1: missed.
    ("The Wildlife Trusts said the decision was a blow for nature.", {"Wildlife Trusts": "ORG"}),
    ("Transparency International said corruption was rising.", {"Transparency International": "ORG"}),
])
def test_campaign_groups_are_organisations_whole(nlp: Language, text: str, expected: dict[str, str]) -> None:
    """QA qa1: "Earth" of "Friends of the Earth" was a place, "Stop Oil" cut from "Just Stop Oil"."""
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # QA qa1: the place alone, a person.
    ("Transparency International Georgia said the law would stifle civil society.",
     {"Transparency International Georgia": "ORG", "Georgia": None}),
    ('"This is a disaster," said Greenpeace Nordic campaigner Frode Pleym.',
     {"Greenpeace Nordic": "ORG", "Frode Pleym": "PERSON"}),
    ("Amnesty International UK said the law was unjust.", {"Amnesty International UK": "ORG", "UK": None}),
])
def test_a_known_groups_national_branch_is_one_organisation(nlp: Language, text: str, expected: dict[str, str]
                                                            ) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: a place in the next sentence, or after a lower-case word, is no branch's.
    ("He gave money to Oxfam. Britain sent aid too.", {"Oxfam": "ORG", "Britain": "GPE"}),
    ("Greenpeace activists protested in Norway.", {"Greenpeace": "ORG", "Norway": "GPE"}),
    # rev1: a group a source's preposition names, and the place the next clause opens with (one ORG before).
    ("According to Amnesty International Iran executed at least 972 people last year.",
     {"Amnesty International": "ORG", "Iran": "GPE"}),
    ("According to Human Rights Watch Russia has used banned cluster munitions in at least 12 towns.",
     {"Russia": "GPE", "Human Rights Watch Russia": None}),
    ("A report by Human Rights Watch Israel rejected as biased was published on Thursday.",
     {"Israel": "GPE", "Human Rights Watch Israel": None}),
])
def test_a_known_group_beside_a_place_not_its_branch_stays_guard(nlp: Language, text: str, expected: dict[str, str]
                                                                 ) -> None:
    assert_labels(nlp, text, expected)


def test_guard_the_earth_alone_stays_a_place(nlp: Language) -> None:
    """Guard: "the Earth" outside the group's name is the planet, and "Friends of the family" no body."""
    found = assert_labels(nlp, "Astronauts photographed the Earth from orbit. Friends of the family said he was kind.",
                          {"Earth": "LOC"})
    assert "Friends of the Earth" not in found, found


def test_guard_a_campaigns_words_in_a_sentence_are_no_group(nlp: Language) -> None:
    """Guard (review nrevent2): a sentence's "Just stop oil drilling" (lower-case words after the capital) is no "Just
    Stop Oil"."""
    found = labels(nlp, "Just stop oil drilling in the North Sea, campaigners urged the government on Monday.")
    assert not any(name.lower() == "just stop oil" for name in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: the people's word before another noun stays the people; the aviation pioneer stays a person.
    ("Scottish ministers said the Highlands needed new roads.", {"Scottish": "NORP"}),
    ("Igor Sikorsky flew the first helicopter in 1939. Sikorsky later settled in Connecticut.",
     {"Igor Sikorsky": "PERSON"}),
])
def test_bodies_and_places_the_model_misreads_take_the_lists_label_guard(nlp: Language, text: str,
                                                                        expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_an_exams_acronym_is_no_organisation(nlp: Language) -> None:
    """Closing notes: "GCSE" (an exam) was an organisation; the regulator stays one (guard)."""
    found = assert_labels(nlp, "More pupils took GCSE exams this summer, Ofqual said, and GCSE results improved.",
                          {"Ofqual": "ORG"})
    assert "GCSE" not in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian drones struck Lutsk overnight, Ukraine's air force said.", {"Lutsk": "GPE"}),
    ("Russian missiles struck Dnipro on Tuesday, killing four people.", {"Dnipro": "GPE"}),
    ("Russia struck Dnipro overnight with drones and missiles, Ukraine's air force said.", {"Dnipro": "GPE"}),
    ("Ryazan governor Pavel Malkov said a fire broke out at the refinery.", {"Ryazan": "GPE"}),
    # QA fixB: the cities of "Drones hit Kharkiv and Odesa" were one organisation, "hit Kharkiv" alone an organisation.
    ("Russian drones hit Kharkiv and Odesa on Tuesday night, officials said.",
     {"Kharkiv": "GPE", "Odesa": "GPE", "Kharkiv and Odesa": None}),
    ("Drones hit Kharkiv and Odesa overnight.", {"Kharkiv": "GPE", "Odesa": "GPE"}),
])
def test_a_city_struck_or_named_before_its_governor_is_a_place(nlp: Language, text: str, expected: dict) -> None:
    """Closing notes: "struck Lutsk" and "struck Dnipro" were organisations, "Ryazan" a person."""
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (qa1): a known city or country after a preposition of place was a work, a product or a date.
    ("Protests were held in Thessaloniki and Patras on Sunday.", {"Thessaloniki": "GPE"}),
    ("Militants attacked soldiers near Tillaberi and Agadez in Niger.", {"Agadez": "GPE", "Niger": "GPE"}),
    # Guard: months after "in" stay dates (no month is a city of the gazetteer).
    ("Sales rose in March and fell in August, the company said.", {"March": "DATE", "August": "DATE"}),
])
def test_a_known_place_after_a_preposition_of_place_is_no_thing_nor_date(nlp: Language, text: str,
                                                                       expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Guard: a side a club attacks in a match report stays the club.
    ("Arsenal beat Leeds 3-1 on Saturday. Arsenal attacked Leeds from the first whistle.", {"Leeds": "ORG"}),
    # Review nrevent1: a club that strikes a city's club with a goal (the city was made a place).
    ("Shakhtar struck Dnipro with a late goal to take top spot in the Ukrainian Premier League.", {"Dnipro": "ORG"}),
    # Guards (QA fixB): a side a club hits, one country named with "and", and two clubs with "and" stay as they were.
    ("Arsenal beat Leeds 3-1 on Saturday. Arsenal hit Leeds for six.", {"Leeds": "ORG"}),
    ("Trinidad and Tobago will host the summit.", {"Trinidad and Tobago": "GPE", "Trinidad": None}),
    ("Liverpool and Everton will meet on Sunday.", {"Liverpool": "ORG", "Everton": "ORG"}),
])
def test_a_city_struck_or_named_before_its_governor_is_a_place_guard(nlp: Language, text: str,
                                                                     expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mexico's ruling Morena party won a supermajority in Congress.", {"Morena": "ORG"}),
    ("Claudia Sheinbaum's Morena won the election. Morena leader Luisa Alcalde said the vote was clean.",
     {"Morena": "ORG"}),
    ("Napoli won the Serie A title on Sunday, their fourth.", {"Serie A": "ORG"}),
    # QA fixB: the league's letter ending a sentence kept its full stop, a person "Serie A." ("Serie A. Napoli").
    ("Inter finished second in Serie A. The club sacked its coach on Monday.", {"Serie A": "ORG", "Serie A.": None}),
    ("Inter finished second in Serie A. Napoli won the title.",
     {"Serie A": "ORG", "Napoli": "ORG", "Serie A. Napoli": None}),
    # Guard: an initial inside a person's name keeps its full stop.
    ("Former Serie A champion Andrew A. Smith said on Monday he would retire.",
     {"Serie A": "ORG", "Andrew A. Smith": "PERSON"}),
])
def test_mexicos_party_and_italys_league_are_bodies(nlp: Language, text: str, expected: dict) -> None:
    """Closing notes: "Morena" (Mexico's party) was a place; "Serie" of "Serie A" a person."""
    assert_labels(nlp, text, expected)


def test_mexicos_party_and_italys_league_are_bodies_guard(nlp: Language) -> None:
    """Guard: India's Morena district, in a text not about Mexico, stays a place."""
    assert_labels(nlp, "Police in Morena district of Madhya Pradesh arrested two men.", {"Morena": "LOC"})


def test_mexicos_party_beside_a_person_named_morena_guard(nlp: Language) -> None:
    """Guard (review nrevent1): in a text naming a person "Morena", the party's word stays apart from her as the model
    had it (it was made the party, then joined to the actress)."""
    assert_labels(nlp, 'Actress Morena Baccarin said: "I love Mexico." Morena party officials were not amused.',
                  {"Morena Baccarin": "PERSON", "Morena": "LOC"})


@pytest.mark.parametrize(("text", "expected"), [
    # QA fixB: a leader named by surname before "'s party" was an organisation.
    ("Sonko's party won 130 of the 165 seats in the National Assembly.", {"Sonko": "PERSON"}),
    ("Milei's party won more than 40% of the vote in Sunday's midterm elections.", {"Milei": "PERSON"}),
    ("Orban's ruling Fidesz party lost its majority.", {"Orban": "PERSON", "Fidesz": "ORG"}),
])
def test_a_name_before_its_party_is_the_leaders(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: a party named by a word, an acronym, a country before "party".
    ("Labour's party conference opened in Liverpool on Sunday.", {"Labour": "ORG"}),
    ("The ANC's party list was published on Monday.", {"ANC": "ORG"}),
    ("Britain's party leaders met on Monday.", {"Britain": "GPE"}),
    # Review guards: "party" describes what a place, a parliament or a firm owns (each a person with the rule).
    ("Malia's party strip was quiet on Monday night.", {"Malia": "GPE"}),
    ("Holyrood's party leaders clashed over the budget on Thursday.", {"Holyrood": "ORG"}),
    ("Tesco's party food range sold out before Christmas.", {"Tesco": "ORG"}),
    # ... and a party of no politics: a firm's, a festival's (persons with the rule).
    ("Tesco's Christmas party was cancelled, staff said.", {"Tesco": "ORG"}),
    ("Glastonbury's party went on until dawn on Sunday.", {"Glastonbury": "ORG"}),
])
def test_a_name_before_its_party_is_the_leaders_guard(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A framework of banking rules and its number is a law, a person or a body to the model.
    ("JPMorgan Chase, Bank of America and Citigroup had lobbied against the original Basel III endgame proposal.",
     {"Basel III": "LAW", "Citigroup": "ORG"}),
    ("The Prudential Regulation Authority said it would delay the final Basel III rules in the UK by a year.",
     {"Basel III": "LAW", "Prudential Regulation Authority": "ORG"}),
    # Guard: the city and its club keep their labels.
    ("Fans in Basel celebrated after FC Basel won the title.", {"Basel": "GPE", "FC Basel": "ORG"}),
])
def test_banking_rule_frameworks_are_laws(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # QA (European copy): "Scottish" a people and "Labour" a party, "Welsh Labour" a person, "ÖVP" and "FPÖ" nothing.
    ("Anas Sarwar, the Scottish Labour leader, said voters wanted action on the NHS.",
     {"Scottish Labour": "ORG", "Scottish": None, "Anas Sarwar": "PERSON"}),
    ('Eluned Morgan said Welsh Labour would fight "for every seat" in the Senedd election.',
     {"Welsh Labour": "ORG", "Eluned Morgan": "PERSON"}),
    ("The Scottish Conservatives' leader, Russell Findlay, said the figure was too low. The Scottish Greens agreed.",
     {"Scottish Conservatives": "ORG", "Scottish Greens": "ORG", "Scottish": None}),
    ("Christian Stocker of the ÖVP leads the government. The Freedom Party (FPÖ), led by Herbert Kickl, came first.",
     {"ÖVP": "ORG", "FPÖ": "ORG", "Christian Stocker": "PERSON"}),
])
def test_scottish_and_welsh_branches_and_austrias_codes_are_parties(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: the people's word before a party's own name or another noun keeps its label.
    ("Many Scottish voters backed Labour in 2024, and the Welsh government agreed.",
     {"Scottish": "NORP", "Labour": "ORG", "Welsh": "NORP", "Scottish Labour": None}),
    # The party's longer name stays whole.
    ("The Scottish Labour Party said it would back the budget.",
     {"Scottish Labour Party": "ORG", "Scottish Labour": None}),
    # Review guards: the words in lower case name no party ("Welsh labour" was the party with the rule).
    ("The Welsh labour market weakened in the second quarter, official figures show.",
     {"Welsh labour": None, "Welsh": "NORP"}),
    ("The Welsh conservatives in the village voted to keep the old school open.", {"Welsh conservatives": None}),
])
def test_scottish_and_welsh_branches_and_austrias_codes_are_parties_guard(nlp: Language, text: str,
                                                                          expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # QA (European copy): the lower-case "für" stopped the known party's name: "Deutschland" alone was a place.
    ("Merz's CDU/CSU bloc fell to 24 per cent, one point behind the far-right Alternative für Deutschland (AfD).",
     {"Alternative für Deutschland": "ORG", "Deutschland": None}),
    ("Alice Weidel, co-leader of the Alternative für Deutschland, said the vote was a betrayal of the next generation.",
     {"Alternative für Deutschland": "ORG", "Alice Weidel": "PERSON", "Deutschland": None}),
])
def test_a_german_partys_name_with_fur_is_the_party(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_a_german_partys_name_with_fur_is_the_party_guard(nlp: Language) -> None:
    """Guard: "für" of a name the gazetteer does not know makes no known name of the place after it."""
    assert_labels(nlp, "The Institut für Weltwirtschaft said growth was weak. Deutschland is in recession, it said.",
                  {"Deutschland": "GPE", "Institut für Deutschland": None})


@pytest.mark.parametrize(("text", "expected"), [
    ("The band Lord Huron will play two nights at the Hollywood Bowl in October. The group released its fourth album "
     "last year.", {"Lord Huron": "ORG", "Huron": None}),
    ("The rock band Green Day headlined the first night of the festival on Friday.", {"Green Day": "ORG"}),
    ("The K-pop group Seventeen topped the charts again this week.", {"Seventeen": "ORG"}),
    ("Tickets for the band Kings of Leon sold out in minutes.", {"Kings of Leon": "ORG"}),
])
def test_a_name_after_a_bands_noun_is_the_band(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a person who left the band, a relative clause with no "that"
    ("It was the band Robbie Williams left in 1995.", {"Robbie Williams": "PERSON"}),
    # a tax band's letter, a radio band, the band's members
    ("Homes in council tax band D will pay £2,100 a year.", {"D": None}),
    ("The band members met Taylor Swift backstage.", {"Taylor Swift": "PERSON"}),
    ("A wedding band Prince Harry wore was sold at auction.", {"Harry": "PERSON", "Prince Harry": None}),
    # a group that is no band: as the model said
    ("The militant group Hamas said on Monday it had received the proposal.", {"Hamas": "ORG"}),
])
def test_guard_names_after_other_bands_and_groups(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tullow Oil said on Wednesday that its production in Ghana fell 10% in the first half. The company's shares fell "
     "5% in London.", {"Tullow Oil": "ORG"}),
])
def test_a_name_ending_in_oil_is_a_firm_where_it_speaks(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # QA qa1 (wildlife, museums, mining): a name ending in a museum's, a zoo's or a miner's word is no person.
    ("Edinburgh Zoo's giant pandas were returned to China in December after 12 years.", {"Edinburgh Zoo": "ORG"}),
    ("Anglo American Mining and Sibanye Mining said output fell in the quarter.", {"Sibanye Mining": "ORG"}),
])
def test_a_name_ending_in_a_museums_zoos_or_miners_word_is_no_person(nlp: Language, text: str,
                                                                      expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_guard_a_given_name_and_a_surname_that_is_a_miners_word_stay_a_person(nlp: Language) -> None:
    """Guard: a given name and such a word as a surname is a person's name ("John Mining")."""
    assert_labels(nlp, "John Mining, a nurse from Cork, said the ward had been full all week.",
                  {"John Mining": "PERSON"})


@pytest.mark.parametrize(("text", "expected"), [
    # a person with a given name first stays one
    ("John Oil, a farmer from Texas, said the drought was the worst he had seen.", {"John Oil": "PERSON"}),
    ("Maria Petroleum said the drought was the worst she had seen.", {"Maria Petroleum": "PERSON"}),
])
def test_guard_names_ending_in_oil(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: a weekday after "band" is the day it did something; a rain band or a resistance band is no music's.
    ("The band Tuesday announced a 20-date tour of Britain and Ireland, starting in Glasgow in May.",
     {"Tuesday": "DATE"}),
    ("A brass band Sunday led the parade through the town centre, police said.", {"Sunday": "DATE"}),
    ("The rain band Storm Darragh brought moved across Scotland overnight, the Met Office said.",
     {"Storm Darragh": "EVENT"}),
    ("The resistance band Trainer Joe Wicks uses costs £12, a spokesman said.", {"Joe Wicks": "PERSON"}),
])
def test_guard_a_day_or_a_band_of_no_music_after_band(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_charities_and_investors_are_organisations(nlp: Language) -> None:
    # The lead's QA (philanthropy and start-ups): persons, or nothing, to the model.
    assert_labels(nlp, "The Bill & Melinda Gates Foundation pledged $1.6 billion to Gavi, the vaccine alliance. "
                       "Sequoia Capital and Andreessen Horowitz co-led a $200 million round. Comic Relief has named "
                       "Samir Patel as its new chief executive. Y Combinator's winter batch includes 260 start-ups.",
                  {"Gavi": "ORG", "Andreessen Horowitz": "ORG", "Comic Relief": "ORG", "Y Combinator": "ORG",
                   "Samir Patel": "PERSON"})


def test_aid_charities_and_a_property_developer_are_organisations(nlp: Language) -> None:
    # Known wrong (fixA): a person, a people, nothing; the developer a facility and a person.
    assert_labels(nlp, "Christian Aid said the cuts would hurt the poorest. Oxfam warned of famine. Tearfund agreed.",
                  {"Christian Aid": "ORG", "Oxfam": "ORG", "Tearfund": "ORG"})
    assert_labels(nlp, "Shares in property developer Country Garden fell 10% in Hong Kong.", {"Country Garden": "ORG"})
    assert_labels(nlp, "Country Garden, China's largest property developer, missed a bond payment.",
                  {"Country Garden": "ORG"})


def test_the_kings_household_is_an_organisation(nlp: Language) -> None:
    # Known wrong (rev1): a person to the model.
    assert_labels(nlp, '"We are delighted," Clarence House said in a statement.', {"Clarence House": "ORG"})


def test_a_fire_service_and_a_railway_operator_are_organisations(nlp: Language) -> None:
    # QA "qa1" (wildfires, strikes): persons to the model.
    assert_labels(nlp, "The Palisades Fire had burned 15,832 acres with 0% containment, Cal Fire said.",
                  {"Cal Fire": "ORG"})
    assert_labels(nlp, "Sydney Trains commuters face a week of disruption. Sydney Trains said services would be cut.",
                  {"Sydney Trains": "ORG"})


def test_guard_a_fire_and_trains_in_lower_case_name_nothing(nlp: Language) -> None:
    found = labels(nlp, "A cal fire broke out. The Sydney trains were late again on Monday.")
    assert "ORG" not in found.values(), found


def test_guard_the_charities_words_in_lower_case_name_nothing(nlp: Language) -> None:
    found = labels(nlp, "The house had a country garden with roses. Her Christian aid work began in 1990.")
    assert "ORG" not in found.values(), found


def test_aid_agencies_and_museums_are_organisations(nlp: Language) -> None:
    # QA qa1 (aid and museums): nothing, and a person, to the model.
    assert_labels(nlp, "Save the Children said at least 40 children had drowned this year. The Louvre will close "
                       "for three weeks, culture minister Rachida Dati said.",
                  {"Save the Children": "ORG", "Louvre": "ORG", "Rachida Dati": "PERSON"})


def test_guard_the_words_of_an_aid_agency_in_lower_case_are_no_name(nlp: Language) -> None:
    """Guard: "save the children" as words of a sentence names no charity."""
    found = labels(nlp, "Rescuers worked through the night to save the children trapped in the school.")
    assert "ORG" not in found.values(), found


def test_guard_an_aid_agencys_words_opening_a_sentence_in_lower_case_are_no_name(nlp: Language) -> None:
    """Review (rev1): a plea opening a sentence was the charity ("Save the children" an organisation)."""
    found = labels(nlp, '"Save the children," she pleaded as the water rose. Action against hunger is urgent.')
    assert "ORG" not in found.values(), found


def test_a_house_builders_charity_and_a_research_hub_are_organisations(nlp: Language) -> None:
    # Known wrong (fixA): nothing, and a place, to the model.
    assert_labels(nlp, "Habitat for Humanity built the houses. The Chan Zuckerberg Initiative will fund new Biohub "
                       "research centres.", {"Habitat for Humanity": "ORG", "Biohub": "ORG"})


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (fixA): a title before made the banks persons; the robot maker was missed.
    ("Chairman Goldman Sachs said profits rose.", {"Goldman Sachs": "ORG"}),
    ("The bank's chairman Standard Chartered appointed a new chief.", {"Standard Chartered": "ORG"}),
    ("Figure AI raised money from investors.", {"Figure AI": "ORG"}),
])
def test_banks_after_a_title_and_a_robot_maker_are_firms(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_guard_a_figure_in_a_text_is_no_firm(nlp: Language) -> None:
    found = assert_labels(nlp, "Figure 3 shows the results. The figure was revised.", {})
    assert not any("Figure" in name for name in found), found


def test_guard_a_habitat_for_humanity_in_lower_case_is_no_charity(nlp: Language) -> None:
    found = assert_labels(nlp, "The birds lost their natural habitat for years, and humanity is to blame.", {})
    assert not any("abitat" in name for name in found), found


def test_guard_charities_words_in_lower_case_and_a_given_name_stay(nlp: Language) -> None:
    """Guard: "comic relief" in lower case is the phrase; "Gavi Kaur" a person."""
    found = assert_labels(nlp, "The sidekick provides comic relief in the film. Gavi Kaur, 34, a nurse, said the "
                               "hospital was full.", {"Gavi Kaur": "PERSON"})
    assert not any("relief" in name.lower() for name in found), found


@pytest.mark.parametrize("text", [
    # Review (nrev2): Barcelona's and Spain's midfielder, whom the charities' list made the vaccine alliance.
    "Barcelona midfielder Gavi was injured against Real Madrid.",
    "Gavi scored as Spain beat Italy 3-1 in the Nations League.",
])
def test_a_footballer_named_as_a_charity_is_the_player_guard(nlp: Language, text: str) -> None:
    assert_labels(nlp, text, {"Gavi": "PERSON"})


@pytest.mark.parametrize(("text", "expected"), [
    ("The match was chosen for a 5.30pm start, and the gates opened at 4.15pm.",
     {"5.30pm": "TIME", "4.15pm": "TIME"}),
    ("Friday 7pm: Wicked at the Apollo Victoria Theatre, tickets £24.50.", {"Friday": "DATE", "7pm": "TIME"}),
    ("Saturday 11am: a farmers' market in Stroud, free entry.", {"11am": "TIME"}),
    # fixB: the time of a thing before its noun, the model's quantity "4pm kick-off" (gold cnn-realsumm-52).
    ("Fans gathered outside the stadium before the 4pm kick-off on Saturday.", {"4pm": "TIME"}),
    ("Ministers face a 5pm deadline to reach a deal.", {"5pm": "TIME"}),
])
def test_a_clock_time_with_its_half_of_the_day_is_a_time(nlp: Language, text: str, expected: dict[str, str]) -> None:
    """QA "qa2": "5.30pm" was a count, "Friday 7" a date without its "pm", "11" of "11am" a count."""
    found = labels(nlp, text)
    assert {name: found.get(name) for name in expected} == expected, found


def test_guard_a_quantity_of_a_measure_before_its_noun_stays_whole(nlp: Language) -> None:
    # guard (fixB): no clock opens it, the quantity keeps its words
    found = labels(nlp, "The 40mph limit on the bridge was lifted on Monday.")
    assert "TIME" not in found.values(), found


def test_guard_a_weekday_and_the_days_number_stay_a_date(nlp: Language) -> None:
    # guard: no "am" or "pm" after the number, which is the month's day
    found = labels(nlp, "The strike will start on Friday 7 March, the union said.")
    assert "TIME" not in found.values(), found


@pytest.mark.parametrize(("text", "lines"), [
    ("TfL said the Elizabeth line was suspended between Paddington and Abbey Wood because of a power fault. Services "
     "on the Central line were also delayed.", ["Elizabeth line", "Central line"]),
    ("Trains on the Hammersmith & City line and the Northern line were cancelled.",
     ["Hammersmith & City line", "Northern line"]),
])
def test_londons_lines_are_facilities(nlp: Language, text: str, lines: list[str]) -> None:
    """QA "qa2": "Elizabeth" of "the Elizabeth line" was a person, "Central" an organisation."""
    found = labels(nlp, text)
    assert {line: found.get(line) for line in lines} == dict.fromkeys(lines, "FAC"), found
    assert "Elizabeth" not in found and "Central" not in found, found


@pytest.mark.parametrize("text", [
    "Queen Elizabeth opened the new line in 2022, and patients with a central line were treated.",
    "Elizabeth said the line was busy.",
    # Review (nrev2): a state's team's line-up, no London line ("Victoria line" FAC before).
    "Smith was named in the Victoria line-up for the Sheffield Shield match against Queensland.",
])
def test_guard_line_words_without_a_london_line_make_none(nlp: Language, text: str) -> None:
    # guard: no "the" before the name, or the name in lower case
    assert "FAC" not in labels(nlp, text).values()


@pytest.mark.parametrize(("text", "expected"), [
    ("British Gas owner Centrica said profits fell to £1.1 billion.", {"Centrica": "ORG"}),
    ("South East Water said 16,000 homes in Kent and Sussex were without supply after a burst main.",
     {"South East Water": "ORG"}),
    ("Irish Rail said services would be suspended on Sunday. Bus Éireann will run replacement buses.",
     {"Bus Éireann": "ORG"}),
    ("Avanti West Coast and CrossCountry are among the operators affected by the strike.",
     {"Avanti West Coast": "ORG", "CrossCountry": "ORG"}),
])
def test_britains_and_irelands_utilities_and_train_operators_are_organisations(nlp: Language, text: str,
                                                                               expected: dict[str, str]) -> None:
    """QA "qa2": "Centrica" was a person, "South East Water" and "Avanti West Coast" places, "Éireann" cut."""
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Reckitt Benckiser said it would sell or spin off its Air Wick brand.", {"Reckitt Benckiser": "ORG"}),
    ("Pernod Ricard reported a 1% fall in annual organic sales to 11.6 billion euros.", {"Pernod Ricard": "ORG"}),
    ("PepsiCo cut its annual organic revenue forecast on Tuesday.", {"PepsiCo": "ORG"}),
    ("Anheuser-Busch InBev, the world's biggest brewer, posted a 1.5% rise in core profit.",
     {"Anheuser-Busch InBev": "ORG"}),
    ("Treasury Wine Estates, the maker of Penfolds, said exports to China rose 40%.",
     {"Treasury Wine Estates": "ORG"}),
    ("WPP owns GroupM, the media buyer, and Ogilvy.", {"GroupM": "ORG"}),
])
def test_consumer_goods_drinks_and_advertising_groups_are_organisations(nlp: Language, text: str,
                                                                        expected: dict[str, str]) -> None:
    """QA "qa2" (business): "Reckitt Benckiser" and "Pernod Ricard" were persons, "PepsiCo" and "GroupM" missed,
    "Anheuser-Busch InBev" cut, "Treasury Wine Estates" split in two."""
    assert_labels(nlp, text, expected)


def test_guard_a_founders_name_alone_stays_a_person(nlp: Language) -> None:
    # guard: the founder's surname of "Pernod Ricard" alone, with a given name, is still a person
    assert labels(nlp, "Alexandre Ricard said it was a challenging year.").get("Alexandre Ricard") == "PERSON"


@pytest.mark.parametrize(("text", "expected"), [
    # qa1: Canada's departments named "... and ... Canada" were cut at the "and" or a comma, or missed.
    ("Fisheries and Oceans Canada has closed the northern cod fishery off Newfoundland and Labrador.",
     {"Fisheries and Oceans Canada": "ORG", "Oceans Canada": None}),
    ("Environment and Climate Change Canada issued a heat warning for Toronto on Monday.",
     {"Environment and Climate Change Canada": "ORG"}),
    ("Immigration, Refugees and Citizenship Canada said it would cut the number of study permits.",
     {"Immigration, Refugees and Citizenship Canada": "ORG"}),
    # guard: a department named without "and" stays as the model found it.
    ("Natural Resources Canada and Global Affairs Canada said the sanctions would take effect on Friday.",
     {"Natural Resources Canada": "ORG", "Global Affairs Canada": "ORG"}),
])
def test_canadas_departments_are_whole(nlp: Language, text: str, expected: dict[str, str | None]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # qa1: bus and tram operators and a transport authority were persons, places or missed.
    ("RATP, which has run the capital's buses for decades, will lose 12 depots to Transdev and Keolis.",
     {"RATP": "ORG", "Transdev": "ORG", "Keolis": "ORG"}),
    ("Edinburgh Trams carried a record 11.8 million passengers in 2024.", {"Edinburgh Trams": "ORG"}),
    ("Melbourne's Yarra Trams will retire its last Z-class trams by 2027.", {"Yarra Trams": "ORG"}),
    ("Transport for London will raise bus and tram fares by 5p from March 2.", {"Transport for London": "ORG"}),
    ("Stagecoach and Go North West will run routes under contract.", {"Go North West": "ORG"}),
])
def test_bus_and_tram_operators_are_organisations(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


def test_a_citys_trams_in_lower_case_are_no_operator_guard(nlp: Language) -> None:
    # guard: the noun in lower case after a city is no operator's name; the city stays a place.
    found = labels(nlp, "Melbourne trams were delayed on Monday after a power failure in Richmond.")
    assert found.get("Melbourne") == "GPE" and "Melbourne trams" not in found, found


def test_guard_a_line_named_after_a_coast_is_no_operator(nlp: Language) -> None:
    # guard: "West Coast" without the operator's word stays what the model says, no organisation
    found = labels(nlp, "He travelled on the West Coast main line to Glasgow.")
    assert found.get("West Coast") != "ORG" and "Avanti West Coast" not in found, found


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (qa2, fixA): Serbia's and Bosnia's towns and entity, Greece's, Germany's and Portugal's cities were
    # persons, an organisation or missed.
    ("Protests spread to Novi Sad, Niš and Kragujevac on Saturday.",
     {"Novi Sad": "GPE", "Niš": "GPE", "Kragujevac": "GPE"}),
    ("The leaders of Republika Srpska rejected the ruling.", {"Republika Srpska": "GPE"}),
    ("The trains run from Athens to Thessaloniki every hour.", {"Athens": "GPE", "Thessaloniki": "GPE"}),
    ("The Institut für Weltwirtschaft in Kiel said growth would slow.", {"Kiel": "GPE"}),
    ("Strikes spread to Porto, Braga and Coimbra.", {"Porto": "GPE", "Braga": "GPE", "Coimbra": "GPE"}),
])
def test_towns_of_european_copy_are_known(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # qa1: towns of North Africa, the Sahel, the Horn and Central Europe were persons, peoples or bodies; the Sahel a
    # person, the Sahrawi people a person.
    ("Flights at Mitiga were diverted to Misrata.", {"Misrata": "GPE"}),
    ("The dinar trades at 250 on the black market in Oran and Constantine.", {"Oran": "GPE"}),
    ("Greek police arrested 12 people in Thessaloniki and Patras on Tuesday.", {"Patras": "GPE"}),
    ("Russian mercenaries reported losses near Kidal and Timbuktu.", {"Kidal": "GPE", "Timbuktu": "GPE"}),
    ("Police arrested 12 people in Sikasso and Zinder on Tuesday.", {"Sikasso": "GPE", "Zinder": "GPE"}),
    ("The governor of Brno said the road to Plzen was closed.", {"Brno": "GPE", "Plzen": "GPE"}),
    ("Jama'at Nusrat al-Islam wal-Muslimin, al Qaeda's affiliate in the Sahel, claimed responsibility.",
     {"Sahel": "LOC"}),
    ("The court ruled that the deal could not cover Western Sahara without the consent of the Sahrawi people.",
     {"Sahrawi": "NORP"}),
])
def test_towns_of_north_africa_the_sahel_and_central_europe_are_known(nlp: Language, text: str,
                                                                       expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_a_surname_like_a_sahel_town_stays_a_person_guard(nlp: Language) -> None:
    # guard: "Gao", a town of Mali and a Chinese surname, is left out of the list: the person stays.
    assert labels(nlp, "Chinese Vice Premier Gao Hucheng met the delegation in Beijing.").get("Gao Hucheng") == "PERSON"


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (qa2): an airline written with a lower-case first letter was missed.
    ("easyJet said it would add flights to Spain this summer.", {"easyJet": "ORG", "Spain": "GPE"}),
    ("Passengers said easyJet had cancelled the flight. EasyJet apologised.", {"easyJet": "ORG"}),
    # Known wrong (fixA): an airline written all in lower case was missed.
    ("Passengers on flydubai flights were delayed at Dubai airport.", {"flydubai": "ORG", "Dubai": "GPE"}),
])
def test_a_firm_written_with_a_lower_case_first_letter_is_known(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (fixA): Italy's oil major was a person, Canada's telecoms firm missed beside its rivals.
    ("Eni said it would invest more in Algeria.", {"Eni": "ORG", "Algeria": "GPE"}),
    ("Sonatrach signed a deal with Eni on Monday.", {"Sonatrach": "ORG", "Eni": "ORG"}),
    ("The regulator ordered Rogers, Bell and Telus to share their networks.", {"Bell": "ORG", "Telus": "ORG"}),
    # Guard: the given name before a surname stays a person's.
    ("Eni Aluko said she was proud of the team.", {"Eni Aluko": "PERSON"}),
])
def test_an_oil_major_and_a_telecoms_firm_are_known(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (rev2, qa1): an airline after its country's possessive, a watchmaker and a transport agency were
    # persons.
    ("Ireland's Aer Lingus and Britain's Sean Doyle signed the pay deal.",
     {"Aer Lingus": "ORG", "Sean Doyle": "PERSON", "Ireland": "GPE"}),
    ("Rolex watches were stolen from the shop. Rolex said sales rose.", {"Rolex": "ORG"}),
    ("Waka Kotahi said the road would reopen on Monday.", {"Waka Kotahi": "ORG"}),
])
def test_an_airline_a_watchmaker_and_an_agency_are_known(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Airlines the model missed or took for persons or places.
    ("Vueling said it would cancel flights on Monday.", {"Vueling": "ORG"}),
    ("The strike hit Etihad and other carriers.", {"Etihad": "ORG"}),
    ("Wizz Air said it would cancel flights on Monday.", {"Wizz Air": "ORG"}),
    ("Virgin Atlantic said it would cancel flights on Monday.", {"Virgin Atlantic": "ORG"}),
    ("The strike hit AirAsia and other carriers.", {"AirAsia": "ORG"}),
    # Guard: the people's word stays the people's.
    ("Norwegian voters went to the polls on Monday.", {"Norwegian": "NORP"}),
])
def test_airlines_the_model_misreads_are_known(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Firms named "X and Y" that the model split in two or took for persons ("Marks" ORG and "Spencer" ORG).
    ("Marks and Spencer said sales rose 4% in the 13 weeks to December.", {"Marks and Spencer": "ORG"}),
    ("Marks and Spencer and Next both reported strong Christmas trading.", {"Marks and Spencer": "ORG", "Next": "ORG"}),
    ("Ernst and Young said the audit was complete.", {"Ernst and Young": "ORG"}),
    ("Johnson and Johnson fell 2% after the ruling.", {"Johnson and Johnson": "ORG"}),
    # Guard: two persons who bear the names stay two persons.
    ("Tom Marks and Joe Spencer, both 19, were arrested in Leeds.", {"Tom Marks": "PERSON", "Joe Spencer": "PERSON"}),
])
def test_firms_named_x_and_y_are_one_firm(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (fixA): a party's word before a member's post and the member's name was no entity (the model's
    # person alone).
    ("Labour MP Jo Cox was killed in her constituency in 2016.", {"Labour": "ORG", "Jo Cox": "PERSON"}),
    ("Conservative MP David Amess was killed in 2021.", {"Conservative": "ORG", "David Amess": "PERSON"}),
    # ... and a known party before "TD" was read as the start of a longer name and not found.
    ("Fine Gael TD Neale Richmond said the budget would help families.",
     {"Fine Gael": "ORG", "Neale Richmond": "PERSON"}),
    ("The Sinn Féin TD said the government had failed renters.", {"Sinn Féin": "ORG"}),
])
def test_a_party_before_a_members_post_is_an_organisation(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: an independent member has no party; a party's word before a post with no name after it, and a sentence's
    # "Labour" of work, stay as they were.
    ("Independent MP Claire Wright said the plan was wrong.", {"Independent": None, "Claire Wright": "PERSON"}),
    ("Labour shortages have hit farms, the MP said.", {"Labour": None}),
])
def test_guard_a_party_word_without_a_members_post_and_name_stays(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (qa2): parties whose names are no English word were persons or missed.
    ("Spain's government relies on the Sumar party for its majority.", {"Sumar": "ORG"}),
    ("Mr Kurti's Vetëvendosje party won the most votes.", {"Vetëvendosje": "ORG", "Kurti": "PERSON"}),
    ("The Samopomich party and the Golos party merged.", {"Samopomich": "ORG"}),
])
def test_parties_of_european_copy_are_known(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)

@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (qa2): a party's name the model missed between a political adjective and "party" had no entity.
    ("The opposition Tisza party led in the polls.", {"Tisza": "ORG"}),
    ("Péter Magyar, leader of the opposition Tisza party, said the vote was rigged.",
     {"Tisza": "ORG", "Péter Magyar": "PERSON"}),
    # Guards: a celebration after "new" and a party with no name stay as they were.
    ("Staff at the new Christmas party drank too much.", {"Christmas": "DATE"}),
    ("The opposition party said it would vote against.", {}),
])
def test_a_party_missed_after_a_political_adjective_is_an_organisation(nlp: Language, text: str,
                                                                      expected: dict) -> None:
    found = assert_labels(nlp, text, expected)
    assert set(found) == set(expected), found


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (qa2, older notes): legislatures of Central Asia, the Balkans and France were places or cut.
    ("Tokayev proposed replacing the parliament with a single-chamber Kurultai. The Kurultai would have 145 seats.",
     {"Kurultai": "ORG"}),
    ("The bill passed the Assemblée nationale on Tuesday.", {"Assemblée nationale": "ORG"}),
    ("Croatia's parliament, the Sabor, voted on Friday.", {"Sabor": "ORG"}),
])
def test_legislatures_of_europe_and_central_asia_are_organisations(nlp: Language, text: str, expected: dict) -> None:
    found = assert_labels(nlp, text, expected)
    assert "Assemblée" not in found, found


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (qa1): a country before an office's first word ("Prime", "Deputy") and its holder's name had no
    # entity (the office's capitals read as the country's name going on).
    ("Barbados Prime Minister Mia Mottley said the island would recover.",
     {"Barbados": "GPE", "Mia Mottley": "PERSON"}),
    ("Fiji Deputy Prime Minister Biman Prasad presented the budget.", {"Fiji": "GPE", "Biman Prasad": "PERSON"}),
    # Guard: a title of the list before the holder's name, as before.
    ("New South Wales Premier Chris Minns said the plan would go ahead.",
     {"New South Wales": "GPE", "Chris Minns": "PERSON"}),
])
def test_a_country_before_an_offices_first_word_is_a_place(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_weapons_known_by_names_no_word_shares_are_products(nlp: Language) -> None:
    # "Iron Dome" and "NASAMS" were firms to the model, "HIMARS" and "THAAD" nothing, "Eurofighter Typhoon" a firm.
    text = ("Israel's Iron Dome system intercepted most of the rockets. The Pentagon approved a sale of NASAMS air "
            "defense systems, munitions for HIMARS rocket launchers and a THAAD battery. Turkey will buy 40 "
            "Eurofighter Typhoon jets, and Britain will supply Storm Shadow cruise missiles.")
    assert_labels(nlp, text, {"Iron Dome": "PRODUCT", "NASAMS": "PRODUCT", "HIMARS": "PRODUCT", "THAAD": "PRODUCT",
                              "Eurofighter Typhoon": "PRODUCT", "Storm Shadow": "PRODUCT"})


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (qa1): a known product with a possessive inside was cut to a person ("David").
    ("Israel's Arrow and David's Sling air defense systems intercepted the missiles.",
     {"David's Sling": "PRODUCT", "David": None}),
    ("David's Sling intercepted the missile, David Smith said.", {"David's Sling": "PRODUCT", "David Smith": "PERSON"}),
    # Guard: the words in lower case are no product's name.
    ("David's sling felled Goliath, the story goes.", {"David's Sling": None, "David's sling": None}),
])
def test_a_known_products_name_with_a_possessive_is_completed(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (qa2): beers by their brand's name were persons.
    ("Bud Light sales fell after the boycott.", {"Bud Light": "PRODUCT"}),
    ("AB InBev said sales of Michelob Ultra rose in the quarter.", {"Michelob Ultra": "PRODUCT"}),
])
def test_beers_by_their_brands_name_are_products(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_guard_weapons_names_in_lower_case_are_no_products(nlp: Language) -> None:
    found = labels(nlp, "The iron dome of the cathedral was restored. A storm shadow fell over the valley.")
    assert "PRODUCT" not in found.values(), found


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (kw fixC): London's airports by their name alone, and a minster, were persons.
    ("Heathrow handled 80 million passengers last year.", {"Heathrow": "FAC"}),
    ("Gatwick's second runway plan was approved by ministers.", {"Gatwick": "FAC"}),
    ("York Minster reopened after the restoration work.", {"York Minster": "FAC"}),
])
def test_airports_named_alone_and_a_minster_are_facilities(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_guard_an_airports_company_keeps_its_organisation(nlp: Language) -> None:
    # The model's organisation of the company stands; a given name and a bridge are still a person.
    assert_labels(nlp, "Heathrow Airport Holdings said Heathrow would raise charges.",
                  {"Heathrow Airport Holdings": "ORG"})
    assert_labels(nlp, "Wayne Bridge signed for Chelsea in 2003.", {"Wayne Bridge": "PERSON"})


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong: a station's terminal was an organisation to the model.
    ("Commuters crowded Grand Central Terminal on Friday.", {"Grand Central Terminal": "FAC"}),
    ("Police cleared the Port Authority Bus Terminal after a bomb scare.", {"Port Authority Bus Terminal": "FAC"}),
    # guard: a firm of terminals, and one whose name opens with the word, stay organisations.
    ("APM Terminals said it would invest $500 million in the port.", {"APM Terminals": "ORG"}),
    ("Shares of Terminal Capital rose 3% on Friday.", {"Terminal Capital": "ORG"}),
])
def test_a_terminal_is_a_facility(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (kw fixC): the rail union and Australia's largest grocer had no entity.
    ("Members of the RMT union voted to strike.", {"RMT": "ORG"}),
    ("Woolworths and Coles face a Federal Court case over discounts.", {"Woolworths": "ORG"}),
])
def test_a_rail_union_and_a_grocer_missed_are_organisations(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (kw fixC): a county that is a given name too was a person after "in", the next of a list after
    # "in" an organisation (before "lost", a team's word).
    ("Thousands of homes in Kent lost power.", {"Kent": "GPE"}),
    ("Thousands of homes in Kent and Sussex lost power.", {"Kent": "GPE", "Sussex": "GPE"}),
])
def test_counties_after_a_preposition_of_place_or_listed_after_one_are_places(nlp: Language, text: str,
                                                                             expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_guard_a_given_name_place_the_text_gives_a_person_stays_a_person(nlp: Language) -> None:
    # A word of a person's full name, and a name written as a person's elsewhere, keep the person.
    assert_labels(nlp, "Kent Walker said the company would appeal. He lives in Kent.", {"Kent Walker": "PERSON"})
    found = labels(nlp, "Kent Walker said the company would appeal. He lives in Kent.")
    assert found.get("Kent") != "GPE", found
    found = labels(nlp, "She has confidence in Chelsea and Arsenal to win the league.")
    assert found.get("Arsenal") != "GPE", found


@pytest.mark.parametrize(("text", "expected"), [
    # Two groups of companies the model read as one name: each ends in its group's word.
    ("The Hang Seng fell as shares of Alibaba Group and Tencent Holdings slid on Monday.",
     {"Alibaba Group": "ORG", "Tencent Holdings": "ORG", "Alibaba Group and Tencent Holdings": None}),
    # Guard: one firm with "and" in its name stays whole.
    ("Marks and Spencer Group reported higher profits on Wednesday.", {"Marks and Spencer Group": "ORG"}),
])
def test_two_groups_of_companies_joined_by_and_are_two_firms(nlp: Language, text: str,
                                                             expected: dict[str, str | None]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # qa1: a body named "... of" a place and a second body the model read as one name.
    ("The University of Melbourne received the largest share, followed by the University of Sydney and Monash "
     "University.", {"University of Sydney": "ORG", "Monash University": "ORG",
                     "University of Sydney and Monash University": None}),
    ("The study by the University of London and Goldsmiths College was published on Monday.",
     {"University of London": "ORG", "Goldsmiths College": "ORG"}),
    # guard: one body with "and" in its name, no place before the "and", stays whole.
    ("The Department of Health and Human Services said the rule would take effect in May.",
     {"Department of Health and Human Services": "ORG"}),
])
def test_a_body_of_a_place_and_another_body_are_two_organisations(nlp: Language, text: str,
                                                                   expected: dict[str, str | None]) -> None:
    assert_labels(nlp, text, expected)


def test_a_count_after_a_leagues_name_is_no_part_of_it(nlp: Language) -> None:
    # Known wrong (kw fixC): "The National League 24 clubs voted" gave "National League 24".
    found = labels(nlp, "The National League 24 clubs voted to accept the deal.")
    assert "National League 24" not in found and found.get("National League") == "ORG", found


def test_guard_a_leagues_tier_number_stays_in_its_name(nlp: Language) -> None:
    found = labels(nlp, "Sunderland were relegated to League 1 after a 2-0 defeat.")
    assert "League 1" in found, found


def test_guard_a_division_numbered_past_the_fourth_keeps_its_number(nlp: Language) -> None:
    # Guard: the number is the division's own, no count of a noun after it ("Division 7" was cut to "Division").
    found = labels(nlp, "The Sunday league has 12 divisions; Division 7 is the lowest in the county.")
    assert "Division" not in found, found


def test_a_ship_named_for_a_royal_title_and_its_place_is_whole(nlp: Language) -> None:
    # "HMS Prince of Wales" was cut at "of" to "HMS Prince".
    found = assert_labels(nlp, "The Royal Navy's new aircraft carrier HMS Prince of Wales left Portsmouth on Monday to "
                               "lead a NATO exercise, the Ministry of Defence said.",
                          {"HMS Prince of Wales": "PRODUCT", "Portsmouth": "GPE"})
    assert "HMS Prince" not in found, found


def test_guard_a_ships_name_stops_before_of_after_no_royal_title(nlp: Language) -> None:
    found = assert_labels(nlp, "The aircraft carrier USS Gerald R. Ford of the U.S. Navy sailed east.",
                          {"USS Gerald R. Ford": "PRODUCT"})
    assert not any("Navy" in name and "Ford" in name for name in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # Sport's great events, organisations to the model.
    ("The Tour de France ended in Nice for the first time, with Tadej Pogacar winning the final time trial.",
     {"Tour de France": "EVENT"}),
    ("China topped the Paralympics medal table with 94 golds.", {"Paralympics": "EVENT"}),
    ("Vingegaard won the Giro d'Italia and the Vuelta a España.", {"Giro d'Italia": "EVENT",
                                                                    "Vuelta a España": "EVENT"}),
    # Tennis's season finales, missed (known wrong, fixA).
    ("Sabalenka won the WTA Finals in Riyadh on Saturday.", {"WTA Finals": "EVENT", "Riyadh": "GPE"}),
    ("Sinner beat Fritz to win the ATP Finals in Turin.", {"ATP Finals": "EVENT"}),
    # Guard: the body named after the event stays the body.
    ("The International Olympic Committee said the Olympics would go ahead.",
     {"International Olympic Committee": "ORG", "Olympics": "EVENT"}),
])
def test_sports_great_events_are_events(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # QA "qa2" (sport): bodies of Olympic, Paralympic and Commonwealth sport were persons, a facility or missed, and
    # "Commonwealth Games" was grouped into "Commonwealth Games Australia".
    ("Australia topped the medal table at the Commonwealth Games in Birmingham. Commonwealth Games Australia chief "
     "executive Craig Phillips said the team had exceeded every target.",
     {"Commonwealth Games": "EVENT", "Commonwealth Games Australia": "ORG"}),
    ("UK Sport invested 74 million pounds in Paralympic sport.", {"UK Sport": "ORG"}),
    ("Britain won 49 gold medals in Paris. ParalympicsGB chief executive David Clarke praised the team.",
     {"ParalympicsGB": "ORG", "David Clarke": "PERSON"}),
])
def test_bodies_of_olympic_and_commonwealth_sport_are_organisations(nlp: Language, text: str,
                                                                    expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


def test_guard_a_great_events_longer_name_stays_the_event(nlp: Language) -> None:
    # guard: a longer name of the event itself, no body, still holds its short form
    found = labels(nlp, "The Paris Olympics opened on Friday. The Olympics drew 10,500 athletes.")
    assert "Olympics" not in found and found.get("Paris Olympics") == "EVENT", found


@pytest.mark.parametrize(("text", "expected"), [
    # A one-word "person" the gazetteer does not know glued to "-based" is a town.
    ("Ferrari reported a 16% rise in profit, as the Maranello-based luxury carmaker sold more cars.",
     {"Maranello": "GPE", "Ferrari": "ORG"}),
    # Guard: a surname of a person the text names stays the person's.
    ("Elon Musk said the Musk-based fund grew.", {"Elon Musk": "PERSON"}),
    # Guards: what a work or a show is based on is no seat.
    ("A Shakespeare-based play opened in the West End. Shakespeare wrote 37 plays.", {"Shakespeare": "PERSON"}),
    ("The Warhol-based exhibition opened on Friday.", {"Warhol": "PERSON"}),
    # An unknown "organisation" glued to "-based" before a firm's or a maker's noun is a town too.
    ("TUI raised its forecast. The Hanover-based group said customers were booking later.", {"Hanover": "GPE"}),
    ("Covestro agreed to a takeover. The Leverkusen-based plastics maker's shares closed at 59.16 euros.",
     {"Leverkusen": "GPE", "Covestro": "ORG"}),
    # Guards: a body the text names elsewhere stays the body, as does a name in capitals.
    ("Ineos said the Ineos-based group would invest. Ineos shares rose.", {"Ineos": "ORG"}),
    ("The Google-based company fund grew, Google said.", {"Google": "ORG"}),
    # Guard (rev1): a blockchain a firm is built on is no town.
    ("Lido, the Ethereum-based staking company, said withdrawals would resume on Monday.", {"Ethereum": "ORG"}),
])
def test_an_unknown_name_glued_to_based_is_a_town(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (fixB): a charity whose name writes a word in lower case was cut to "Habitat" and "Humanity".
    ("The volunteers of Habitat for Humanity built ten homes in Atlanta last year.", {"Habitat for Humanity": "ORG"}),
    ("Habitat for Humanity said on Monday it would build 500 homes in Kenya.", {"Habitat for Humanity": "ORG"}),
])
def test_a_charity_named_with_a_lower_case_word_is_one_organisation(nlp: Language, text: str, expected: dict) -> None:
    found = assert_labels(nlp, text, expected)
    assert "Habitat" not in found and "Humanity" not in found, found


def test_a_habitat_for_wildlife_is_no_organisation_guard(nlp: Language) -> None:
    assert extract_entities(nlp("Loss of habitat for wildlife is the main threat, the report said."), nlp)[1] == []


def test_a_habitat_for_humanity_in_lower_case_after_a_capital_is_no_charity(nlp: Language) -> None:
    # The charity's name was also listed as a body that writes words in lower case, so "humanity" in lower
    # case passed as a word of a known name and "a Habitat for humanity on Mars" was made the charity.
    found = labels(nlp, "NASA wants to build a Habitat for humanity on Mars, the agency said on Tuesday.")
    assert "Habitat for humanity" not in found, found


def test_a_and_e_before_a_hospitals_noun_is_no_organisation(nlp: Language) -> None:
    # Known wrong (kw fixC): "A&E attendances" gave an organisation "A&E".
    found = labels(nlp, "A&E attendances rose by 5% in January.")
    assert "A&E" not in found, found


def test_guard_the_network_named_a_and_e_stays_an_organisation(nlp: Language) -> None:
    assert_labels(nlp, "The series aired on A&E in 2019.", {"A&E": "ORG"})


@pytest.mark.parametrize("text", [
    # Known wrong (fixA): where patients wait, "in A&E", gave an organisation "A&E".
    "Patients waited 12 hours in A&E last winter, the report found.",
    "A record 150,000 people spent more than 12 hours in A&E in January.",
])
def test_a_and_e_where_patients_wait_is_no_organisation(nlp: Language, text: str) -> None:
    found = labels(nlp, text)
    assert "A&E" not in found, found


def test_guard_the_networks_possessive_after_in_stays_an_organisation(nlp: Language) -> None:
    assert_labels(nlp, "The show was a hit in A&E's lineup last year.", {"A&E": "ORG"})


@pytest.mark.parametrize("text", [
    # Review rev1: "in A&E" before a noun of the network's output, or listed with another network, is the network
    # (no entity on snap1).
    "She starred in A&E documentary Leah Remini: Scientology and the Aftermath.",
    "Live PD was the biggest hit in A&E history.",
    "He appeared in A&E series Intervention in 2009.",
    "Disney has a 50 per cent stake in A&E and the History channel.",
])
def test_the_network_named_a_and_e_before_its_shows_after_in_stays_an_organisation(nlp: Language, text: str) -> None:
    assert labels(nlp, text).get("A&E") == "ORG", labels(nlp, text)


@pytest.mark.parametrize("text", [
    # Guards: where patients are, before a lower-case word or another ward, "in A&E" stays no name.
    "Hundreds of patients were treated in A&E corridors last winter.",
    "Staff in A&E and the wards said they were overwhelmed.",
])
def test_guard_a_and_e_where_patients_are_stays_no_organisation(nlp: Language, text: str) -> None:
    assert "A&E" not in labels(nlp, text), labels(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    # A statute of capitalised words and "Act" after "the", which the model missed or cut; its acronym joins it.
    ("The Digital Services Act requires very large online platforms to assess systemic risks. The Commission said "
     "X breached the DSA.", {"Digital Services Act": "LAW"}),
    ("The regulator will act under the new Digital Markets, Competition and Consumers Act.",
     {"Digital Markets, Competition and Consumers Act": "LAW", "Digital Markets": None}),
    # ... or after its maker's possessive (known wrong, fixA: a body to the model).
    ("Under the EU's Digital Markets Act, Apple must allow rival app stores.",
     {"Digital Markets Act": "LAW", "EU": "ORG", "Apple": "ORG"}),
    # qa1: an acronym in capitals opening the name ("CHIPS" and "Science Act" were split, no law).
    ("TSMC will receive up to $6.6 billion in grants under the CHIPS and Science Act to build plants in Arizona.",
     {"CHIPS and Science Act": "LAW", "TSMC": "ORG"}),
])
def test_a_statute_missed_before_its_act_is_a_law(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


def test_guard_a_possessive_before_one_word_and_act_is_no_statute(nlp: Language) -> None:
    """A possessive before one capitalised word and "Act": a show's, no statute (two words are needed, as after
    "the")."""
    found = labels(nlp, "The magician's Vanishing Act drew crowds. Their Sister Act tour sold out.")
    assert "LAW" not in found.values(), found


@pytest.mark.parametrize(("text", "law"), [
    ("He was charged under the UK Official Secrets Act.", "Official Secrets Act"),
    ("Critics of the UK Illegal Migration Act said it breached human rights.", "Illegal Migration Act"),
    ("Firms fell foul of the EU Digital Markets Act.", "Digital Markets Act"),
])
def test_a_places_letters_before_a_statute_are_no_word_of_it(nlp: Language, text: str, law: str) -> None:
    """rev1: the letters of the place or union that made a statute stay out of its name ("the UK Official Secrets Act"
    gave the law "UK Official Secrets Act" once letters counted among its words; main gave "Official Secrets Act")."""
    found = labels(nlp, text)
    assert found.get(law) == "LAW" and not any(name.endswith(law) and name != law for name in found), found


def test_guard_letters_alone_before_act_make_no_statute(nlp: Language) -> None:
    """qa1's guard: a place's and a body's letters before "Act", no capitalised word, are no statute the rule makes."""
    found = labels(nlp, "The UK and EU Act together on trade, officials said.")
    assert "LAW" not in found.values(), found


def test_guard_a_capitalised_act_without_the_statutes_article_is_left_alone(nlp: Language) -> None:
    """No "the" before the capitalised words: a sentence's words, no statute the rule makes ("Act" a verb here)."""
    found = labels(nlp, "Regulators Must Act Now, the campaign group said in London.")
    assert "LAW" not in found.values(), found


def test_guard_a_feats_act_in_a_title_case_headline_is_no_statute(nlp: Language) -> None:
    """"the Ultimate Balancing Act": a feat's words in a headline's title case, no statute."""
    found = labels(nlp, "Starmer Faces the Ultimate Balancing Act\nThe prime minister must cut spending without "
                        "raising taxes.")
    assert "LAW" not in found.values(), found


@pytest.mark.parametrize(("text", "name"), [
    # Firms of cars, genomics, golf, hotels and property the model took for peoples, places or persons, or missed.
    ("Rivian said it would build its cheaper SUV at its plant in Normal, Illinois.", "Rivian"),
    ("Illumina must divest Grail, the European Commission said.", "Illumina"),
    ("Ducati rider Francesco Bagnaia won the Italian Grand Prix.", "Ducati"),
    ("Jon Rahm, who joined LIV Golf in December, finished tied for 45th.", "LIV Golf"),
    ("Hilton Worldwide raised its full-year profit forecast.", "Hilton Worldwide"),
    ("Evergrande was ordered to liquidate by a Hong Kong court in January.", "Evergrande"),
])
def test_firms_of_cars_hotels_and_property_are_known(nlp: Language, text: str, name: str) -> None:
    assert_labels(nlp, text, {name: "ORG"})


def test_the_festival_town_of_cannes_is_a_place(nlp: Language) -> None:
    # Known wrong (kw fixC): "at Cannes" was a people (NORP); the festival's name stays the event's.
    assert_labels(nlp, "\"Anora\" won the Palme d'Or at Cannes.", {"Cannes": "GPE"})
    assert_labels(nlp, "The Cannes Film Festival opened on Tuesday.", {"Cannes Film Festival": "EVENT"})


@pytest.mark.parametrize(("text", "expected"), [
    # Supermarkets, bookmakers, lottery operators, a luxury house and investors the model took for persons or missed.
    ("Aldi overtook Morrisons to become Britain's fourth-largest supermarket, according to figures from Kantar.",
     {"Aldi": "ORG", "Morrisons": "ORG"}),
    ("The Gambling Commission fined William Hill £19.2 million for social responsibility failures.",
     {"William Hill": "ORG"}),
    ("Entain chief executive Gavin Isaacs said online gaming revenue rose 7% in the third quarter.",
     {"Entain": "ORG", "Gavin Isaacs": "PERSON"}),
    ("Blackstone has agreed to buy Hipgnosis Songs Fund for $1.6 billion.", {"Blackstone": "ORG"}),
    ("LVMH Moët Hennessy Louis Vuitton reported a 2% fall in revenue. Sales at Louis Vuitton and Dior fell 3%.",
     {"Louis Vuitton": "ORG"}),
    ("Danske Spil, Denmark's state-controlled lottery and betting company, reported revenue of DKK 5.2 billion.",
     {"Danske Spil": "ORG"}),
])
def test_supermarkets_bookmakers_and_luxury_houses_are_known(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_a_supermarkets_founder_stays_a_person_guard(nlp: Language) -> None:
    """Guard: the founder whose surname a listed chain's name is made of stays a person ("Morrison" of "Morrisons")."""
    assert_labels(nlp, "Sir Ken Morrison built the chain from a market stall. Morrison died in 2017.",
                  {"Ken Morrison": "PERSON"})


@pytest.mark.parametrize(("text", "expected"), [
    # Review (rev1): a man named as a bookmaker is, given his age or a person's description, a person ("William Hill"
    # was an organisation).
    ("William Hill, 45, of Leeds, was jailed for six years.", {"William Hill": "PERSON"}),
    ("William Hill, a 45-year-old father of two from Leeds, was jailed for six years at Leeds Crown Court.",
     {"William Hill": "PERSON"}),
    # Guard: the bookmaker described as one stays the firm.
    ("William Hill, the bookmaker, was fined £19.2 million by the Gambling Commission.", {"William Hill": "ORG"}),
])
def test_a_person_of_a_known_firms_name_with_an_age_is_a_person(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # qa1: towns of the Pacific, the Caribbean, Central America and the Andes were persons, buildings, products or
    # bodies ("Honiara" a person, "Port Moresby" a building, "Mirebalais" a product, "Guayas" a body).
    ("Jeremiah Manele told parliament in Honiara that the pact would remain in place.", {"Honiara": "GPE"}),
    ("Riots in Port Moresby left 16 people dead, and officers were flown in from Lae.",
     {"Port Moresby": "GPE", "Lae": "GPE"}),
    ("Gangs attacked the town of Mirebalais on Monday, freeing more than 500 inmates.", {"Mirebalais": "GPE"}),
    ("Visitors arrived in Punta Cana, Santo Domingo and Puerto Plata.",
     {"Punta Cana": "GPE", "Santo Domingo": "GPE", "Puerto Plata": "GPE"}),
    ("Supporters of Evo Morales blocked highways around Cochabamba for 24 days.", {"Cochabamba": "GPE"}),
    ("Australia pledged A$60 million for rebuilding the Nuku'alofa wharf.", {"Nuku'alofa": "GPE"}),
    ("Noboa declared a state of emergency in seven provinces, including Guayas and El Oro.",
     {"Guayas": "GPE", "El Oro": "GPE"}),
])
def test_towns_of_the_pacific_the_caribbean_and_latin_america_are_known(nlp: Language, text: str,
                                                                       expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # QA "qa1" (disaster copy): Morocco's city in its French spelling and the Philippines' provinces in a typhoon's
    # path were bodies ("southwest of Marrakech", "recorded in Catanduanes").
    ("The quake's epicentre was 72 kilometres southwest of Marrakech.", {"Marrakech": "GPE"}),
    ("Winds of up to 195 km/h were recorded in Catanduanes. Albay and Sorsogon were also hit, and 3,000 people fled "
     "in Camarines Sur.", {"Catanduanes": "GPE", "Albay": "GPE", "Sorsogon": "GPE", "Camarines Sur": "GPE"}),
])
def test_a_quakes_and_a_typhoons_places_are_known(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_samar_as_a_given_name_stays_a_person_guard(nlp: Language) -> None:
    # guard: "Samar", an island and a given name, is left out of the list (only "Eastern Samar" and "Northern Samar").
    assert labels(nlp, "Samar Khan, a lawyer, said the ruling was wrong.").get("Samar Khan") == "PERSON"


def test_a_pacific_town_as_a_given_name_stays_a_person_guard(nlp: Language) -> None:
    # guard: "Levin", a New Zealand town and a surname, is left out of the list: the person stays.
    assert labels(nlp, "Economist Mark Levin said the deficit would grow.").get("Mark Levin") == "PERSON"


@pytest.mark.parametrize(("text", "expected"), [
    # qa1: Britain's jails by their style ("HMP", "HM Prison", "HMYOI") were persons, a person cut at "Prison", or
    # nothing; the style and the name are one building.
    ("HM Prison Wandsworth has been placed under urgent notification after inspectors found rats in cells.",
     {"HM Prison Wandsworth": "FAC"}),
    ("The service forced HMP Barlinnie to hold three men in cells built for two.", {"HMP Barlinnie": "FAC"}),
    ("He jailed Reid for the manslaughter of a prison officer at HMP Strangeways.", {"HMP Strangeways": "FAC"}),
    ("Inspectors said HMYOI Feltham and HMP Wormwood Scrubs were unsafe.",
     {"HMYOI Feltham": "FAC", "HMP Wormwood Scrubs": "FAC"}),
    # ... up to its governor's title, the governor apart.
    ("HMP Pentonville Governor Ian Blakeman said the wing would reopen.",
     {"HMP Pentonville": "FAC", "Ian Blakeman": "PERSON"}),
])
def test_britains_jails_by_their_style_are_buildings(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_the_prison_service_by_its_style_is_no_jail_guard(nlp: Language) -> None:
    # guard: "HM Prison and Probation Service" is the service, no building.
    found = labels(nlp, "HM Prison and Probation Service chief executive Amy Rees apologised to the family.")
    assert not any(label == "FAC" for label in found.values()), found


def test_the_prisons_inspectorate_by_its_style_is_no_jail_guard(nlp: Language) -> None:
    # guard (rev1): "HM Prison Inspectorate" is the inspectors' body, no building.
    found = labels(nlp, "The HM Prison Inspectorate report on the jail was published on Tuesday.")
    assert not any(label == "FAC" for label in found.values()), found


@pytest.mark.parametrize(("text", "grades"), [
    # qa1: a rating agency's grades were persons, places or bodies ("B+" a person, "BB" a place, "AAA" a body).
    ("Fitch Ratings cut Petroperu's credit rating to B+ from BB in September.", ("B+", "BB")),
    ("S&P Global Ratings upgraded Greece to BBB- from BB+ on Friday.", ("BBB-", "BB+")),
    ("Moody's cut Israel's rating to Baa1 from A2.", ("Baa1", "A2")),
    ("Fitch downgraded the United States to AA+ from AAA.", ("AA+", "AAA")),
])
def test_credit_grades_are_no_names(nlp: Language, text: str, grades: tuple) -> None:
    found = labels(nlp, text)
    assert not any(grade in found for grade in grades), found


@pytest.mark.parametrize(("text", "club"), [
    ("The AA said drivers faced higher insurance rates this year as petrol prices climbed.", "AA"),
    ("AAA said the average rate for a gallon of regular gasoline rose to $3.50 on Monday.", "AAA"),
    ("Police closed the A1 near Newark after a crash, and officers said the accident rate on the road had doubled.",
     "A1"),
])
def test_a_motoring_club_or_a_road_beside_a_rate_is_no_grade(nlp: Language, text: str, club: str) -> None:
    # A rate's noun (insurance rates, a gallon's rate, an accident rate) made the sentence one about a rating: the
    # clubs and the road were dropped.
    assert club in labels(nlp, text)


def test_the_motoring_club_named_by_its_letters_stays_guard(nlp: Language) -> None:
    # guard: "AAA" where no rating is spoken of is the motoring club, a body.
    assert labels(nlp, "AAA said petrol prices rose to a record.").get("AAA") == "ORG"


@pytest.mark.parametrize(("text", "expected"), [
    # qa1: insurers, rating agencies and miners were missed, persons, places or peoples.
    ("Aviva agreed to buy Direct Line for £3.7 billion in cash and shares.", {"Aviva": "ORG"}),
    ("He said companies including Admiral, Ageas and Hastings Direct would have to pay.",
     {"Ageas": "ORG", "Hastings Direct": "ORG"}),
    ("Fitch Ratings cut Petroperu's credit rating in September.", {"Fitch Ratings": "ORG", "Petroperu": "ORG"}),
    ("The mine, operated by Barrick Gold and Zijin Mining, had resumed production.", {"Barrick Gold": "ORG"}),
    ("The inquiry blamed the firms including Arconic, Kingspan and Celotex.", {"Kingspan": "ORG"}),
])
def test_insurers_rating_agencies_and_miners_are_firms(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # qa1: an airport's long name was an event.
    ("The Viv Ansanm coalition attacked the Toussaint Louverture International Airport.",
     {"Toussaint Louverture International Airport": "FAC"}),
    ("Flights resumed at Toussaint Louverture International Airport on Monday.",
     {"Toussaint Louverture International Airport": "FAC"}),
])
def test_an_airports_long_name_is_no_event(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_a_battle_at_a_bridge_is_no_facility_guard(nlp: Language) -> None:
    # guard: only an airport's head makes an event's vote a facility; a battle named after a bridge is none.
    assert labels(nlp, "The Battle of Stamford Bridge was fought in 1066.").get("The Battle of Stamford Bridge") \
        != "FAC"


@pytest.mark.parametrize(("text", "expected"), [
    # qa1: gangs of Latin America and the Caribbean were a building, a place, a person or nothing.
    ("Troops hunted members of the Los Choneros and Los Lobos gangs in Guayaquil.",
     {"Los Choneros": "ORG", "Los Lobos": "ORG"}),
    ("The Tren de Aragua gang and MS-13 were designated terrorist groups.", {"Tren de Aragua": "ORG", "MS-13": "ORG"}),
    ("The Viv Ansanm coalition attacked the airport.", {"Viv Ansanm": "ORG"}),
    ("Mara Salvatrucha members were jailed in El Salvador.", {"Mara Salvatrucha": "ORG"}),
])
def test_gangs_of_latin_america_are_organisations(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "body"), [
    # qa1: regulators and tax offices named with an "and" were cut at it ("Australian Competition") or cut to their
    # last word ("Customs").
    ("The Australian Competition and Consumer Commission sued Coles, alleging fake discounts.",
     "Australian Competition and Consumer Commission"),
    ("HM Revenue and Customs collected a record £843 billion in tax in 2023-24.", "HM Revenue and Customs"),
])
def test_regulators_named_with_an_and_are_whole(nlp: Language, text: str, body: str) -> None:
    assert_labels(nlp, text, {body: "ORG"})


@pytest.mark.parametrize(("text", "expected"), [
    # qa1: a known firm and another capitalised name joined by "and" were one organisation.
    ("The Australian Competition and Consumer Commission sued Coles and Woolworths, alleging fake discounts.",
     {"Coles": "ORG", "Woolworths": "ORG"}),
    ("Zurich Insurance and Legal & General reported higher profits.",
     {"Zurich Insurance": "ORG", "Legal & General": "ORG"}),
    # guard: a firm whose name holds the "and", neither part known alone, stays whole.
    ("Procter and Gamble raised prices.", {"Procter and Gamble": "ORG"}),
])
def test_a_known_firm_and_another_name_are_two_firms(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # qa1: a monarch's title, name and number were a body ("King Tupou VI" an organisation).
    ("Tonga's King Tupou VI has appointed Lord Fakafanua as the country's new prime minister.",
     {"Tupou VI": "PERSON", "King Tupou VI": None}),
    # guard: the model's person stays as it was.
    ("Eswatini's King Mswati III named a new cabinet.", {"Mswati III": "PERSON"}),
])
def test_a_monarch_by_title_name_and_number_is_a_person(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # qa1 (migration copy): the sea between England and France was a body ("the Channel") or a language ("English").
    ("More than 45,000 people crossed the Channel in small boats last year.", {"Channel": "LOC"}),
    ("A record 882 migrants crossed the English Channel on Saturday.", {"English Channel": "LOC", "English": None}),
    ("The number of Channel crossings rose 20% this year.", {"Channel": "LOC"}),
])
def test_the_channel_is_the_sea(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guard: names the word opens stay whole and keep their labels.
    ("The Channel Tunnel reopened on Friday. The film was shown on Channel 4.",
     {"Channel Tunnel": "ORG", "Channel 4": "ORG", "Channel": None}),
    ("Channel 4 News said the vote was close.", {"Channel 4 News": "ORG", "Channel": None}),
    # rev1: the broadcaster the model missed, its word no sea found again ("Channel" was LOC; main gave nothing).
    ("The Channel 4 and BBC documentaries aired on Monday.", {"BBC": "ORG", "Channel": None}),
])
def test_names_the_channels_word_opens_stay_whole_guard(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # qa1 (Gulf, Nordic and Indonesian copy): firms the model took for persons, a candidate for a body.
    ("DOHA - QatarEnergy signed a 27-year deal to supply gas to China's Sinopec.", {"QatarEnergy": "ORG"}),
    ("COPENHAGEN - A.P. Moller-Maersk said on Monday that freight rates would stay high.",
     {"A.P. Moller-Maersk": "ORG"}),
    ("Rivals Anies Baswedan and Ganjar Pranowo declined to concede.", {"Ganjar Pranowo": "PERSON"}),
    # guard: the other camel-cased energy major keeps the model's label.
    ("TotalEnergies said on Monday it would expand output.", {"TotalEnergies": "ORG"}),
])
def test_gulf_and_nordic_firms_and_an_indonesian_candidate_keep_their_kinds(nlp: Language, text: str,
                                                                           expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (fixA): Indonesia's candidate was missed, by his full name or the one the news calls him by.
    ("Anies Baswedan said he would run for the presidency again.", {"Anies Baswedan": "PERSON"}),
    ("Anies, a former Jakarta governor, said he would run again.", {"Anies": "PERSON", "Jakarta": "GPE"}),
    # Guard: his rival beside him stays a person.
    ("Anies Baswedan and Ganjar Pranowo declined to concede.",
     {"Anies Baswedan": "PERSON", "Ganjar Pranowo": "PERSON"}),
])
def test_indonesias_candidate_is_a_known_person(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # qa1 (energy copy): the fuel's letters were an organisation.
    ("QatarEnergy signed the longest LNG supply agreement ever. The plant will export 5 million tonnes of LNG a year.",
     {"LNG": None, "QatarEnergy": "ORG"}),
    # guard: a firm's name the letters open stays the firm.
    ("LNG Canada shipped its first cargo on Monday.", {"LNG Canada": "ORG"}),
])
def test_liquefied_gas_is_no_organisation(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # qa1 (market copy of Turkey, Southeast Asia, the Gulf, Egypt and the Nordics): benchmarks cut or missed.
    ("Shares rose 3% in Istanbul, where the benchmark BIST 100 index gained 1.4%.", {"BIST 100": "ORG", "BIST": None}),
    ("The Jakarta Composite Index fell 0.3%, while Malaysia's FBM KLCI gained 0.5%.",
     {"Jakarta Composite Index": "ORG", "FBM KLCI": "ORG", "FBM": None}),
    ("Egypt's EGX30 index rose 2.1%. Saudi Arabia's benchmark Tadawul All Share Index (TASI) fell 0.4%.",
     {"EGX30": "ORG", "Tadawul All Share Index": "ORG", "Tadawul All Share": None}),
    ("The OMX Stockholm 30 index rose 0.6%.", {"OMX Stockholm 30": "ORG"}),
    # guard: the exchange's own name stays as the model found it.
    ("The Philippine Stock Exchange index rose 0.8%.", {"Philippine Stock Exchange": "ORG"}),
])
def test_benchmarks_of_world_markets_are_whole_indices(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # qa1: Estonia's parties named by a number or letters were a count or nothing.
    ("The far-right EKRE came second with 16.1%, while the liberal Eesti 200 entered parliament for the first time.",
     {"EKRE": "ORG", "Eesti 200": "ORG"}),
    # guard: the party the model found keeps its name.
    ("Estonia's Reform Party won 37 seats.", {"Reform Party": "ORG"}),
])
def test_estonias_parties_named_by_a_number_or_letters_are_parties(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Electronic Arts agreed to be taken private by a group including Silver Lake for $55 billion.",
     {"Electronic Arts": "ORG"}),
    ("Take-Two Interactive said Grand Theft Auto VI would be released in May 2026.", {"Take-Two Interactive": "ORG"}),
    ("Novo Holdings agreed to buy Catalent for $16.5 billion. Catalent makes Wegovy pens.", {"Catalent": "ORG"}),
    ("Freight rates fell 12% to $2,105 per FEU, according to Freightos.", {"Freightos": "ORG"}),
])
def test_game_publishers_and_business_firms_are_firms(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_a_second_attempt_is_no_firm_guard(nlp: Language) -> None:
    """Guard: "take-two" in lower case is a second attempt, no firm."""
    assert not any(g["label"] == "ORG" for g in extract_entities(nlp("The director asked for a take-two."), nlp)[1])

@pytest.mark.parametrize(("text", "expected"), [
    ("Mathieu van der Poel won Paris-Roubaix for the third year in a row on Sunday.",
     {"Paris-Roubaix": "EVENT", "Paris": None}),
    ("Jasper Philipsen won Milan-San Remo in a sprint on the Via Roma.", {"Milan-San Remo": "EVENT", "Milan": None}),
    ("Tadej Pogacar of UAE Team Emirates won the Tour of Flanders on Sunday, dropping Mads Pedersen of Lidl-Trek.",
     {"Tour of Flanders": "EVENT", "the Tour of Flanders": None, "Lidl-Trek": "ORG", "Lidl": None}),
    ("Wout van Aert crashed heavily at Dwars door Vlaanderen on Wednesday.",
     {"Dwars door Vlaanderen": "EVENT", "Vlaanderen": None}),
])
def test_cycling_classics_are_events_and_teams_firms(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_rugby_leagues_state_of_origin_is_an_event(nlp: Language) -> None:
    """Helper fixD: "The State of Origin series" was an organisation."""
    assert_labels(nlp, "The State of Origin series opens in June at the MCG, NSW coach Michael Maguire said.",
                  {"State of Origin": "EVENT"})


def test_a_goods_state_of_origin_in_lower_case_is_no_event_guard(nlp: Language) -> None:
    """Guard: a customs form's "state of origin" in lower case names nothing."""
    found = labels(nlp, "Exporters must show the country of origin and the state of origin of the goods.")
    assert "EVENT" not in found.values(), found


def test_the_cities_of_a_classics_name_stay_places_guard(nlp: Language) -> None:
    """Guard: the two cities of a race's name, written apart, stay places."""
    assert_labels(nlp, "The train from Paris to Milan was delayed by a strike.", {"Paris": "GPE", "Milan": "GPE"})


@pytest.mark.parametrize(("text", "expected"), [
    ("Ubisoft agreed a deal for a unit holding the Assassin's Creed and Far Cry franchises.",
     {"Assassin's Creed": "PRODUCT", "Far Cry": "PRODUCT", "Assassin": None}),
    ("Take-Two Interactive said Grand Theft Auto VI would be released in May 2026.",
     {"Grand Theft Auto VI": "PRODUCT"}),
    ("Nintendo sold 15.7 million consoles. Mario Kart World sold 9.5 million copies.", {"Mario Kart World": "PRODUCT"}),
])
def test_video_games_and_their_editions_are_products(nlp: Language, text: str, expected: dict) -> None:
    """QA qa2: franchises were a people and a product, firms or persons ("Mario Kart World")."""
    assert_labels(nlp, text, expected)


def test_a_body_named_after_a_game_is_no_product_guard(nlp: Language) -> None:
    """Guard: a league named after a known game is a body, no edition of it."""
    found = labels(nlp, "The Call of Duty League said its final would be played in Texas in June.")
    assert found.get("Call of Duty League") != "PRODUCT", found


def test_a_rider_of_a_known_team_is_the_person_and_the_team(nlp: Language) -> None:
    """QA qa2: "Wout van Aert of Visma-Lease" was one person, the team's last words left out."""
    assert_labels(nlp, "Wout van Aert of Visma-Lease a Bike crashed heavily on Wednesday, the Dutch team said.",
                  {"Wout van Aert": "PERSON", "Visma-Lease a Bike": "ORG", "Wout van Aert of Visma-Lease": None})


def test_a_rider_of_a_country_stays_apart_guard(nlp: Language) -> None:
    """Guard: a rider "of" a country, no team's name: the person and the place as they were."""
    assert_labels(nlp, "Jonas Vingegaard of Denmark won the stage on Sunday, ahead of Tadej Pogacar of Slovenia.",
                  {"Jonas Vingegaard": "PERSON", "Denmark": "GPE", "Tadej Pogacar": "PERSON", "Slovenia": "GPE"})


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (fixA): a party's name the model missed after "'s" or "the", in a sentence of elections.
    ("Péter Magyar's Tisza party leads Fidesz in the polls ahead of April's election.", {"Tisza": "ORG"}),
    ("Keiko Fujimori of the Fuerza Popular party conceded defeat in the runoff.", {"Fuerza Popular": "ORG"}),
])
def test_a_party_missed_in_an_election_sentence_is_an_organisation(nlp: Language, text: str,
                                                                   expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "absent"), [
    # Guards: a celebration named by a place, a novel or a word, with no election in the sentence, stays no party.
    ("Kris Jenner's Malibu party was attended by 300 guests.", "Malibu"),
    ("The Great Gatsby party at the hotel sold out.", "Great Gatsby"),
    ("Guests at the Zelda party danced until dawn.", "Zelda"),
])
def test_a_celebration_named_before_party_stays_no_organisation_guard(nlp: Language, text: str, absent: str) -> None:
    assert labels(nlp, text).get(absent) != "ORG", labels(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (fixA, qa2): firms of British and European business news were persons or missed.
    ("Royal Mail said it would cut 1,000 management jobs.", {"Royal Mail": "ORG"}),
    ("Balfour Beatty, the British construction and infrastructure group, said profit rose 8%.",
     {"Balfour Beatty": "ORG"}),
    ("Reckitt, the maker of Dettol and Durex, said sales rose 3%.", {"Reckitt": "ORG"}),
    ("HC-One, the UK's largest care home operator, said it would close six homes.", {"HC-One": "ORG"}),
    ("Ukrenergo said power had been restored to 80% of customers in Kyiv.", {"Ukrenergo": "ORG"}),
    ("InPost, the Polish parcel-locker operator, said volumes rose 20%.", {"InPost": "ORG"}),
    # Guard: the longer listed name still wins over its first word now listed alone.
    ("Reckitt Benckiser said sales rose 3%.", {"Reckitt Benckiser": "ORG", "Reckitt": None}),
])
def test_firms_of_british_and_european_business_news_are_known(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "law"), [
    # Known wrong (qa1): a statute named by its maker's letters and an acronym had no entity, or was an organisation.
    ("The EU AI Act comes into force on Thursday.", "EU AI Act"),
    ("The US CHIPS Act gave Intel $8.5 billion in grants.", "US CHIPS Act"),
])
def test_a_statute_of_a_places_letters_and_an_acronym_is_a_law(nlp: Language, text: str, law: str) -> None:
    found = labels(nlp, text)
    assert found.get(law) == "LAW", found


def test_letters_of_two_bodies_before_act_stay_no_statute_guard(nlp: Language) -> None:
    """Guard: letters that open with no place's or union's ("SEC", "FCA") before "Act" still make no statute."""
    found = labels(nlp, "Regulators at the SEC FCA Act meeting agreed on the rules.")
    assert "LAW" not in found.values(), found


@pytest.mark.parametrize(("text", "word"), [
    # Known wrong (qa1): a budget statement, capitalised as British copy writes it, was an organisation.
    ("The figures were confirmed in the Budget by the chancellor on Wednesday.", "Budget"),
    ("Rachel Reeves will deliver the Budget on 30 October. The Budget is expected to raise taxes.", "Budget"),
    ("Measures announced in the Autumn Budget will cost £10bn, economists said.", "Autumn Budget"),
    ("Ahead of next week's Budget, the Treasury said spending would rise.", "Budget"),
])
def test_a_budget_statement_is_no_organisation(nlp: Language, text: str, word: str) -> None:
    found = labels(nlp, text)
    assert found.get(word) != "ORG", found


def test_a_budget_office_and_the_rental_firm_stay_organisations_guard(nlp: Language) -> None:
    """Guard: a body named with "Budget" and the car rental firm opening a sentence stay organisations."""
    found = labels(nlp, "The Congressional Budget Office said the deficit would widen. Budget said it would raise "
                        "rental prices.")
    assert found.get("Congressional Budget Office") == "ORG", found


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (fixA): Britain's broadcasters named by a number were missed before a noun.
    ("The Channel 4 documentary aired on Tuesday.", {"Channel 4": "ORG"}),
    ("The Channel 5 series was watched by 2 million people.", {"Channel 5": "ORG"}),
    # Guard: the broadcaster's news programme stays its one longer name beside the sea's "Channel".
    ("Migrants crossed the Channel in small boats. Channel 4 News said 500 people arrived on Monday.",
     {"Channel 4 News": "ORG", "Channel": "LOC", "Channel 4": None}),
])
def test_britains_broadcasters_named_by_a_number_are_found(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (qa1): a city before its possessive and a name in capitals (its market's index) was an organisation.
    ("Oslo's OBX index rose 1.2% on Monday.", {"Oslo": "GPE", "OBX": "ORG"}),
    ("Stockholm's OMX index fell 0.4%, while Copenhagen's KFX was flat.", {"Stockholm": "GPE", "Copenhagen": "GPE"}),
    # Guard: in a text about sport a town's club before its possessive and an acronym stays the club.
    ("Leeds' EFL Cup tie against Bolton was postponed after the pitch froze. The striker scored twice on Saturday.",
     {"Leeds": "ORG"}),
])
def test_a_city_before_its_possessive_and_a_name_in_capitals_is_a_place(nlp: Language, text: str,
                                                                        expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # QA qa1 (local elections, religious bodies, weather): Scotland's and Wales's parliaments were a people and a
    # "Parliament", the Church of England's synod a person "Synod", Wales's environment body "Resources Wales".
    ("In the Scottish Parliament by-election in Hamilton, Labour's Davy Russell won with 8,559 votes.",
     {"Scottish Parliament": "ORG", "Scottish": None, "Parliament": None}),
    ("The Church of England's General Synod voted by 305 to 62 to allow blessings for same-sex couples.",
     {"General Synod": "ORG", "Synod": None}),
    ("Storm Bert brought more than a month's rain in 48 hours to parts of south Wales, with 112mm recorded at "
     "Tyn-y-Waun. Natural Resources Wales issued 14 flood warnings.",
     {"Natural Resources Wales": "ORG", "Resources Wales": None}),
])
def test_devolved_parliaments_a_synod_and_wales_environment_body_are_whole_bodies(nlp: Language, text: str,
                                                                                   expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_a_scottish_people_word_before_another_body_is_still_a_people_guard(nlp: Language) -> None:
    """Guard: "Scottish" before a body the list does not name stays the people's word."""
    assert_labels(nlp, "The Scottish government said the Welsh Parliament had voted on Tuesday.",
                  {"Welsh Parliament": "ORG", "Scottish": "NORP"})


@pytest.mark.parametrize(("text", "expected"), [
    # QA qa1 (Latin American business, telecom mergers, health, crypto): firms were persons, places or missed.
    ("Mercado Libre reported net income of $639 million in the fourth quarter, up 94% from a year earlier.",
     {"Mercado Libre": "ORG"}),
    ("Chile's Codelco produced 1.328 million tonnes of copper last year, chairman Máximo Pacheco said.",
     {"Codelco": "ORG", "Chile": "GPE"}),
    ("T-Mobile US agreed to buy UScellular's wireless operations for $4.4 billion.",
     {"T-Mobile US": "ORG", "US": None}),
    ("A cyber attack on pathology provider Synnovis had led to 1,134 elective procedures being postponed.",
     {"Synnovis": "ORG"}),
    ("The Securities and Exchange Commission approved 11 spot bitcoin exchange-traded funds on Wednesday, including "
     "products from BlackRock, Fidelity and Grayscale. SEC Chair Gary Gensler said the approval \"should in no way "
     "signal\" that the regulator endorsed bitcoin.",
     {"Grayscale": "ORG"}),
])
def test_latin_american_telecoms_health_and_crypto_firms_are_organisations(nlp: Language, text: str,
                                                                           expected: dict) -> None:
    assert_labels(nlp, text, expected)


def test_the_place_after_a_firm_of_the_list_is_still_a_place_guard(nlp: Language) -> None:
    """Guard: "T-Mobile" alone is the firm, and "the US" after it stays the place."""
    assert_labels(nlp, "T-Mobile said it would cut 5,000 jobs in the US.", {"T-Mobile": "ORG", "US": "GPE"})


@pytest.mark.parametrize(("text", "law"), [
    # QA qa1 (social housing): a law named for a person was a person and a body "Law", or a body.
    ("Housing Minister Matthew Pennycook said Awaab's Law would force social landlords to fix hazards.", "Awaab's Law"),
    ("Police can disclose an abusive partner's records under Clare's Law.", "Clare's Law"),
    ("Martyn's Law will require venues to plan for terror attacks.", "Martyn's Law"),
])
def test_a_law_named_for_a_person_is_one_law(nlp: Language, text: str, law: str) -> None:
    found = assert_labels(nlp, text, {law: "LAW"})
    assert "Law" not in found, found


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: a body named by "Law" and a word after it, and a place's "Law", are left as the model read them.
    ("Scotland's Law Society said the plan was flawed.", {"Law Society": "ORG", "Scotland": "GPE"}),
    ("Harvard Law School said it would appeal.", {"Harvard Law School": "ORG"}),
])
def test_a_body_named_by_law_is_still_a_body_guard(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("HarperCollins said it would begin licensing some backlist titles to an artificial intelligence company.",
     {"HarperCollins": "ORG"}),
    ("Penguin Random House's bestsellers included Colleen Hoover's \"It Ends With Us.\" Bertelsmann, its owner, said "
     "operating EBITDA rose to 724 million euros.", {"Bertelsmann": "ORG"}),
    ("The film earned $6.2 million from 1,200 IMAX screens, according to Comscore.", {"Comscore": "ORG"}),
    ("The film has grossed 12.3 billion yuan, according to ticketing platform Maoyan.", {"Maoyan": "ORG"}),
    ("Nestle lowered its full-year sales growth forecast to around 2% from 3%.", {"Nestle": "ORG"}),
    ("Milk prices rose to 45 cents a litre in September, Tirlán and Dairygold said.",
     {"Tirlán": "ORG", "Dairygold": "ORG"}),
    ("T1 won the League of Legends World Championship, beating Bilibili Gaming 3-2 in the final.",
     {"Bilibili Gaming": "ORG"})])
def test_publishers_trackers_and_food_makers_are_firms(nlp: Language, text: str, expected: dict) -> None:
    """QA (qa2): publishers, box-office trackers, dairy co-operatives and an esports team were persons, a people or
    nothing to the model."""
    assert_labels(nlp, text, expected)


def test_a_racing_teams_name_is_no_person(nlp: Language) -> None:
    """QA (qa2): "Toyota Gazoo Racing clinched the title" gave the person "Gazoo Racing"."""
    found = labels(nlp, "Toyota Gazoo Racing clinched the World Endurance Championship manufacturers' title at the "
                        "Bahrain 8 Hours.")
    assert found.get("Gazoo Racing") == "ORG", found


def test_a_jockey_in_a_racing_text_still_a_person_guard(nlp: Language) -> None:
    assert_labels(nlp, "Horse racing fans cheered Frankie Dettori at Ascot on Saturday.", {"Frankie Dettori": "PERSON"})


def test_japans_baseball_league_is_an_organisation(nlp: Language) -> None:
    """QA (qa2): "his final season in Nippon Professional Baseball" gave a building."""
    assert_labels(nlp, "The right-hander went 16-6 with a 1.21 ERA for the Orix Buffaloes in his final season in "
                       "Nippon Professional Baseball.", {"Nippon Professional Baseball": "ORG"})


@pytest.mark.parametrize(("text", "count"), [
    # QA (fixB): "a 1.21 ERA" was a sum to the model, then a count with its rate; the rate's value is the count.
    ("The left-hander has a 1.21 ERA this season.", "1.21"),
    ("He has a 3.25 ERA and a 1.02 WHIP this season.", "3.25"),
])
def test_a_pitchers_rate_is_its_value_alone(nlp: Language, text: str, count: str) -> None:
    found = labels(nlp, text)
    assert found.get(count) == "CARDINAL" and not [t for t in found if t.startswith(count + " ")], found


def test_the_book_sales_tracker_is_a_firm(nlp: Language) -> None:
    """QA (qa2): "according to Nielsen BookScan" gave a people (NORP)."""
    assert_labels(nlp, "Sales of printed books in the UK rose 2% to 669 million pounds in the first half, according "
                       "to Nielsen BookScan.", {"Nielsen BookScan": "ORG"})


def test_a_person_named_nielsen_still_a_person_guard(nlp: Language) -> None:
    assert_labels(nlp, "Jakob Nielsen, the usability expert, said most websites were too slow.",
                  {"Jakob Nielsen": "PERSON"})


@pytest.mark.parametrize("text", [
    "Goldman's Law team advised on the deal.",
    "Cornell's Law faculty voted against the plan.",
])
def test_a_firms_or_schools_law_team_is_no_law(nlp: Language, text: str) -> None:
    """Review (rev1): "<Name>'s Law" before a noun of lawyers or a law school made a statute ("Goldman's Law team"
    gave LAW "Goldman's Law", the model's organisation "Goldman" dropped)."""
    found = {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}
    assert "LAW" not in found.values(), found


def test_a_law_named_for_a_person_before_its_scheme_still_a_law_guard(nlp: Language) -> None:
    """Guard (rev1): a noun of the law's own use after it ("Clare's Law scheme") keeps the law."""
    assert_labels(nlp, "Police made 1,200 disclosures under the Clare's Law scheme last year.", {"Clare's Law": "LAW"})


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (fixA): Iran's Guards by their letters were a place, a car rental group a person, Mexico's central
    # bank a place, a lobby group cut to "Christian Lobby" (a person), Mexico's index cut to "BMV IPC".
    ("Tehran's IRGC commanders vowed revenge for the strike.", {"IRGC": "ORG", "Tehran": "GPE"}),
    ("Avis Budget said its revenue fell 5% in the quarter.", {"Avis Budget": "ORG"}),
    ("Banxico cut its benchmark rate to 10.5% on Thursday.", {"Banxico": "ORG"}),
    ("The Australian Christian Lobby opposed the bill, saying it went too far.",
     {"Australian Christian Lobby": "ORG", "Christian Lobby": None}),
    ("Mexican shares fell as the S&P/BMV IPC index lost 1.2%.", {"S&P/BMV IPC": "ORG", "BMV IPC": None}),
    # Guards: a person named Avis, and an Australian Christian who is no lobby, are left alone.
    ("Avis Johnson said she was proud of the team.", {"Avis Johnson": "PERSON"}),
    ("The Australian Christian leader Tim Costello said the bill went too far.", {"Tim Costello": "PERSON"}),
])
def test_a_rental_group_a_central_bank_a_lobby_and_an_index_are_known(nlp: Language, text: str,
                                                                      expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (fixA): the movement's adjective was missed before its noun, or taken for a body.
    ("Houthi rebels seized the ship in the Red Sea on Sunday.", {"Houthi": "NORP", "Red Sea": "LOC"}),
    ("A Houthi spokesman said the strikes on Houthi targets would not deter them.", {"Houthi": "NORP"}),
    # Guards: the group by its plural and its movement stays an organisation, its leader's surname a person's.
    ("The Houthis said they fired a missile at the tanker.", {"Houthis": "ORG"}),
    ("Yemen's Houthi movement claimed the attack on Sunday.", {"Houthi movement": "ORG", "Houthi": None}),
    ("Abdul-Malik al-Houthi said the attacks would go on.", {"Abdul-Malik al-Houthi": "PERSON"}),
])
def test_the_houthi_adjective_is_a_norp(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Known wrong (fixA): a collider the model cut to a person, a gas hub a person, a dam missed.
    ("The Large Hadron Collider will be shut down for upgrades next year.",
     {"Large Hadron Collider": "FAC", "Hadron Collider": None}),
    ("Henry Hub futures rose 3% on Tuesday.", {"Henry Hub": "FAC"}),
    # The sentence's first word, a noun the model took into the known name.
    ("Benchmark Henry Hub natural gas futures rose 3%.", {"Henry Hub": "FAC", "Benchmark Henry Hub": None}),
    ("The Grand Ethiopian Renaissance Dam began generating power in 2022.", {"Grand Ethiopian Renaissance Dam": "FAC"}),
    # Guards: a person whose name opens like the hub's stays a person, a street is found as before.
    ("Henry Hubbard said the gas price would rise.", {"Henry Hubbard": "PERSON"}),
    ("Stocks on Wall Street rose on Monday.", {"Wall Street": "FAC"}),
    # Guards: a known name that the first word opens whole stays whole.
    ("New South Wales recorded 30 cases.", {"New South Wales": "GPE"}),
    ("Greater Manchester Police said the man was arrested.", {"Greater Manchester Police": "ORG"}),
    ("Papua New Guinea won the vote.", {"Papua New Guinea": "GPE"}),
    # rev1 guards: the model's organisation named after a known place keeps its first word.
    ("Air New Zealand said it would cut flights to Sydney.", {"Air New Zealand": "ORG", "New Zealand": None}),
    ("Radio New Zealand reported the quake.", {"Radio New Zealand": "ORG", "New Zealand": None}),
    # QA rev2: a known club opening the sentence, its city's name after its first word, was cut to the city.
    ("Maccabi Tel Aviv beat Hapoel Tel Aviv in the derby.", {"Maccabi Tel Aviv": "ORG", "Hapoel Tel Aviv": "ORG"}),
])
def test_facilities_of_science_and_energy_news_are_known(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # fixC: MotoGP's promoter was a person ("Dorna said").
    ("Dorna said the MotoGP calendar would include 22 races.", {"Dorna": "ORG"}),
    # Guard: its full name and its chief stay.
    ("Dorna Sports chief executive Carmelo Ezpeleta said the deal was done.",
     {"Dorna Sports": "ORG", "Carmelo Ezpeleta": "PERSON"}),
])
def test_motogps_promoter_is_known(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # fixC: racing cars by their maker and a code of three digits ("499P" missed, "963" left out of "Porsche").
    ("The Ferrari 499P beat the Porsche 963 at Le Mans on Sunday.",
     {"Ferrari 499P": "PRODUCT", "Porsche 963": "PRODUCT"}),
    # Guards: a count after a maker's name is no model.
    ("Ford 150 jobs will go at the plant, the union said.", {"Ford 150": None, "Ford": "ORG"}),
    ("Yamaha 150 staff were laid off.", {"Yamaha 150": None}),
    ("Tesla 2024 deliveries fell.", {"Tesla 2024": None}),
])
def test_racing_cars_by_a_code_of_digits_are_products(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "word"), [
    # QA "qa1" (royal copy): a style of address after a possessive and a royal's title alone after "the" were a person
    # or an organisation ("Majesty", "Duke", "Duchess"), though no name ("the Prince of Wales" is none either).
    ('"His Majesty is greatly encouraged to be returning," a palace spokesman said.', "Majesty"),
    ("His Royal Highness the Prince of Wales attended the service.", "Royal Highness"),
    ("The Duke of Sussex had argued he was singled out. A spokesman for the Duke said he would appeal.", "Duke"),
    ("The Duchess of Sussex launched a new podcast on Tuesday. The Duchess said she was thrilled.", "Duchess"),
])
def test_a_style_or_a_royal_title_alone_is_no_name(nlp: Language, text: str, word: str) -> None:
    found = labels(nlp, text)
    assert word not in found, found


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: a body named with a style, and a university of a title's word with no "the", keep their names.
    ("Her Majesty's Revenue and Customs said the rules would change.", {"Majesty": None}),
    ("Duke beat North Carolina 78-70 on Saturday.", {"North Carolina": "GPE"}),
    ("Prince Harry arrived at the High Court on Monday.", {"Harry": "PERSON", "High Court": "ORG"}),
])
def test_a_body_named_with_a_style_and_a_title_with_a_name_stay_guard(nlp: Language, text: str,
                                                                      expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize("text", [
    # Helper fixE: the martial arts promotion gave the count "ONE".
    "ONE Championship will stage the event in Bangkok.",
    "Rodtang defended his flyweight title at ONE Championship's show in Singapore on Friday.",
])
def test_one_championship_is_an_organisation(nlp: Language, text: str) -> None:
    assert_labels(nlp, text, {"ONE Championship": "ORG"})


@pytest.mark.parametrize(("text", "count"), [
    # Guards: "one" before "championship" and a shouted "ONE" elsewhere stay counts.
    ("The team won one championship in ten years.", "one"),
    ("ONE man was killed and two were hurt in the crash.", "ONE"),
])
def test_guard_one_before_championship_or_shouted_stays_a_count(nlp: Language, text: str, count: str) -> None:
    assert_labels(nlp, text, {count: "CARDINAL"})


@pytest.mark.parametrize(("text", "expected"), [
    # Helper qa1: a firm the lists know, read as a date after a sentence ending in one ("this year. Moderna").
    ("The company plans to file for approval with the FDA this year. Moderna shares rose 6% to $134.50.",
     {"Moderna": "ORG", "this year": "DATE"}),
    # Guards: months, days and seasons in capitals stay dates.
    ("Shares rose in March. Trading was thin on Friday, and Summer sales were weak.",
     {"March": "DATE", "Friday": "DATE", "Summer": "DATE"}),
    ("The deal closes in Spring. Netflix added 5 million subscribers.", {"Spring": "DATE", "Netflix": "ORG"}),
])
def test_a_known_firm_read_as_a_date_is_the_firm(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Helper qa1 (world genres): drugmakers and miners the model missed or took for persons or places.
    ("Sanofi said on Monday that its eczema drug succeeded. Sanofi and partner Regeneron plan to file with the FDA.",
     {"Sanofi": "ORG", "Regeneron": "ORG"}),
    ("Britain's CMA cleared the deal after Microsoft sold cloud gaming rights to Ubisoft.", {"Ubisoft": "ORG"}),
    ("Kinross Gold and Agnico Eagle both raised their output forecasts, while Harmony Gold cut its dividend.",
     {"Kinross Gold": "ORG", "Agnico Eagle": "ORG", "Harmony Gold": "ORG"}),
    ("South32 and B2Gold reported higher output. Takeda and AbbVie reported trial results.",
     {"South32": "ORG", "B2Gold": "ORG", "Takeda": "ORG", "AbbVie": "ORG"}),
    ("Lynas Rare Earths said revenue fell 38% to A$463 million.", {"Lynas Rare Earths": "ORG"}),
    # Guards: a given name and a surname that open or end such firms' names stay persons.
    ("Harmony Korine directed the film. Harmony said she was delighted.", {"Harmony Korine": "PERSON"}),
    ("Alan Lynas, a farmer, said rare earths were found on his land.", {"Alan Lynas": "PERSON"}),
])
def test_drugmakers_and_miners_of_world_news_are_firms(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Helper qa1 (world genres): medicines of the trial and earnings copy were persons, places or firms.
    ("AstraZeneca's lung cancer drug Tagrisso cut the risk of disease progression or death by 84%.",
     {"Tagrisso": "PRODUCT", "AstraZeneca": "ORG"}),
    ("The FDA approved Eli Lilly's Alzheimer's drug donanemab, to be sold under the brand name Kisunla.",
     {"Kisunla": "PRODUCT", "Eli Lilly": "ORG"}),
    ("Sales of Eliquis rose 20% in the quarter, the company said. Analysts expect Farxiga to gain share.",
     {"Eliquis": "PRODUCT", "Farxiga": "PRODUCT"}),
    # Guard: the makers beside their medicine stay firms.
    ("Bristol Myers Squibb and Pfizer, which sell Eliquis, said sales rose.",
     {"Bristol Myers Squibb": "ORG", "Pfizer": "ORG", "Eliquis": "PRODUCT"}),
])
def test_medicines_of_trial_and_earnings_copy_are_products(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Helper qa1 (world genres): pilgrimages and religious gatherings were persons or missed.
    ("Millions of Muslims began the annual Hajj pilgrimage in Mecca on Friday. The Saudi health ministry said 1,301 "
     "pilgrims died during the Hajj.", {"Hajj": "EVENT", "Mecca": "GPE"}),
    ("The Kumbh Mela in Prayagraj drew an estimated 400 million pilgrims over 45 days.",
     {"Kumbh Mela": "EVENT", "Prayagraj": "GPE"}),
    ("Millions of pilgrims took part in the Maha Kumbh this week, officials said.", {"Maha Kumbh": "EVENT"}),
    # Guard: a pilgrim's honorific opening a person's name stays the person's.
    ("Hajji Mohammad, a trader in Kabul, said prices had doubled.", {"Hajji Mohammad": "PERSON"}),
])
def test_pilgrimages_are_events(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Helper qa1 (world genres): America's border agency was cut before "and" to "US Customs".
    ("US Customs and Border Protection recorded 249,785 encounters at the southwest border in December.",
     {"US Customs and Border Protection": "ORG", "US Customs": None}),
    # Guard: written with "U.S.", the model's whole name stays whole.
    ("U.S. Customs and Border Protection said it had seized the drugs.", {"U.S. Customs and Border Protection": "ORG"}),
])
def test_americas_border_agency_is_one_body(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Helper qa1 (world genres): app stores and the phone system of the antitrust copy were persons or missed.
    ("The European Commission fined Apple for abusing its dominant position through its App Store.",
     {"App Store": "PRODUCT", "Apple": "ORG"}),
    ("Japan's Fair Trade Commission ordered Google to stop requiring Android smartphone makers to preinstall its app.",
     {"Android": "PRODUCT", "Google": "ORG"}),
    ("Google Play and the Apple App Store take a 30% commission.", {"Google Play": "PRODUCT"}),
    # Guard: the robot's word in lower case names nothing.
    ("The android in the film was played by Alicia Vikander.", {"android": None, "Alicia Vikander": "PERSON"}),
])
def test_app_stores_and_android_are_products(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Helper fixC: the motorcycle and piano maker was a person in its business news.
    ("Yamaha 150 staff were told on Monday that the plant would close. Yamaha Motor said it was moving production "
     "to Indonesia.", {"Yamaha Motor": "ORG"}),
    ("Yamaha 150 staff were told on Monday that the plant would close.", {"Yamaha": "ORG"}),
    # Guards: the rider for its team and the piano stay as they were.
    ("Fabio Quartararo finished ninth for Yamaha at Mugello in the MotoGP race.", {"Fabio Quartararo": "PERSON"}),
    ("She played a Yamaha grand piano at the concert in Leeds on Friday.", {"Leeds": "GPE"}),
])
def test_a_motorcycle_maker_is_known(nlp: Language, text: str, expected: dict) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The faulty update crashed 8.5 million Windows computers around the world, Microsoft said on Saturday.",
     {"Windows": "PRODUCT", "Microsoft": "ORG"}),
    ("Apple said Apple Intelligence would arrive on iPhones in October.",
     {"Apple Intelligence": "PRODUCT", "Apple": "ORG"}),
    ("MS Word crashed when I opened the file on Monday.", {"MS Word": "PRODUCT"}),
])
def test_software_the_model_takes_for_a_firm_or_person_is_a_product(nlp: Language, text: str,
                                                                   expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


def test_guard_windows_opening_a_sentence_is_no_product_found(nlp: Language) -> None:
    """The gazetteer mends the model's label of "Windows", never finds the word itself."""
    found = labels(nlp, "Windows were smashed and cars set alight in Leeds overnight, police said.")
    assert "Windows" not in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("He paid the World Bank. Kenya said it would repay the loan by June.", {"Kenya": "GPE"}),
    ("The IMF approved the loan on Friday. India said it would not join the pact.", {"India": "GPE"}),
])
def test_a_country_rarely_a_persons_name_alone_is_the_country(nlp: Language, text: str,
                                                              expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: the given name before a surname, and other given-name places alone, keep the model's person.
    ("Reality star Kenya Moore left the show. Kenya said she was sad to go.", {"Kenya Moore": "PERSON"}),
    ("Drummer Chad Smith was tired. Chad said the tour had been long.", {"Chad Smith": "PERSON"}),
])
def test_guard_a_given_name_place_keeps_its_person(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Cyclone Chido battered Mayotte on Saturday, killing at least 20 people.", {"Mayotte": "GPE"}),
    ("Riots broke out in New Caledonia after the vote in Paris.", {"New Caledonia": "GPE"}),
])
def test_frances_overseas_territories_are_places(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("HSBC sold the unit to Citi last year for $3 billion.", {"Citi": "ORG"}),
    ("The Maersk Hangzhou came under attack in the Red Sea, the Maersk Line said.",
     {"Maersk Line": "ORG", "Maersk Hangzhou": "PRODUCT"}),
])
def test_citi_and_the_maersk_line_are_firms(nlp: Language, text: str, expected: dict[str, str]) -> None:
    """"Maersk Line" is the carrier, not one of its ships; guard: "the Maersk Hangzhou" stays the ship."""
    assert_labels(nlp, text, expected)


def test_the_gikuyu_are_a_people(nlp: Language) -> None:
    assert_labels(nlp, "The Gikuyu make up Kenya's largest ethnic group.", {"Gikuyu": "NORP", "Kenya": "GPE"})


def test_windows_alone_is_its_own_product_beside_longer_windows_names(nlp: Language) -> None:
    """Known as a product, "Windows" had become a short form of "Windows Update" (and of "Windows XP" before)."""
    found = assert_labels(nlp, "Microsoft released a patch for Windows on Tuesday. Users should run Windows Update to "
                               "get the fix, which also covers Windows XP.", {"Windows": "PRODUCT"})
    assert "Windows Update" in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The concert was held at the Royal Festival Hall in London on Saturday.", {"Royal Festival Hall": "FAC"}),
    # Guard: a hall named after a royal stays a building, the royal no person.
    ("The Proms opened at the Royal Albert Hall on Friday.", {"Royal Albert Hall": "FAC", "Albert": None}),
])
def test_londons_concert_halls_are_buildings(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert_labels(nlp, text, expected)


def test_a_singer_by_letters_is_a_person(nlp: Language) -> None:
    """"SZA won three awards" had no entity; guard: her touring partner stays the model's person."""
    assert_labels(nlp, "SZA won three awards on Sunday, including best R&B song.", {"SZA": "PERSON"})
    assert_labels(nlp, "Kendrick Lamar and SZA will tour North America this summer, the promoter said.",
                  {"SZA": "PERSON", "Kendrick Lamar": "PERSON"})


def test_egypts_president_by_his_surname_and_his_guest_are_people(nlp: Language) -> None:
    """"el-Sissi" was an organisation, "Blinken" a place; guard: the full name stays one person with "Sisi"."""
    assert_labels(nlp, "Egypt's el-Sissi met Blinken in Cairo on Tuesday.",
                  {"el-Sissi": "PERSON", "Blinken": "PERSON", "Egypt": "GPE", "Cairo": "GPE"})
    found = assert_labels(nlp, "President Abdel Fattah el-Sisi said Egypt would not accept refugees. Sisi spoke after "
                               "meeting Macron.", {"Abdel Fattah el-Sisi": "PERSON"})
    assert "Sisi" not in found, found
