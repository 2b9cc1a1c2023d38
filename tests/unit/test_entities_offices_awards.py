"""Entities around offices, honours and sport's series: a department's words before an office ("EU Trade
Commissioner"), an honour's "of the year", "Formula One", a firm's web address, a prelate's see."""
from __future__ import annotations

import pytest
from spacy.language import Language

from services.nlp.entities import extract_entities
from services.nlp.entities.mentions import is_well_cased
from services.nlp.entity_rules import NAME_LABELS


def named(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(text, label) of every mention of the text, in order."""
    mentions, _ = extract_entities(nlp(text), nlp)
    return [(m["text"], m["label"]) for m in mentions]


def canonical_of(nlp: Language, text: str) -> dict[str, set[str]]:
    """Each mention's text with the canonical names it is grouped under."""
    mentions, _ = extract_entities(nlp(text), nlp)
    found: dict[str, set[str]] = {}
    for m in mentions:
        found.setdefault(m["text"], set()).add(m["canonical"])
    return found


# ------------------------------------------------------------------ a department's words before an office


@pytest.mark.parametrize(("text", "person", "kept"), [
    ("EU Trade Commissioner Valdis Dombrovskis said Brussels was open to talks.", "Valdis Dombrovskis", "EU"),
    ("EU Competition Commissioner Margrethe Vestager fined Apple on Monday.", "Margrethe Vestager", "EU"),
    ("U.S. National Security Adviser Jake Sullivan said there would be consequences.", "Jake Sullivan", "U.S."),
    ("Israel's National Security Adviser Tzachi Hanegbi said operations would continue.", "Tzachi Hanegbi", "Israel"),
])
def test_a_departments_words_before_an_office_are_no_organisation(nlp: Language, text: str, person: str,
                                                                   kept: str) -> None:
    found = named(nlp, text)
    assert (person, "PERSON") in found
    assert kept in [t for t, _ in found]  # the body or country named before the office stays
    assert not [t for t, label in found if label == "ORG" and t not in (kept, "Apple")], found


def test_an_office_after_a_countrys_possessive_without_a_name_is_no_organisation(nlp: Language) -> None:
    found = named(nlp, "Helen Dixon, Ireland's Data Protection Commissioner, declined to comment.")
    assert ("Helen Dixon", "PERSON") in found and ("Ireland", "GPE") in found
    assert not [t for t, label in found if label == "ORG"], found


@pytest.mark.parametrize(("text", "person"), [
    # Known wrong (fixA): a department of several words after "Minister for" ran into its minister's name, one ORG.
    ("Minister for Digital Development and Information Josephine Teo said the law would pass.", "Josephine Teo"),
    # Guard: as it was, a department the model left apart from the name.
    ("Minister of Finance and Economic Planning Mark Smith said the budget was balanced.", "Mark Smith"),
])
def test_a_departments_words_after_an_office_leave_its_minister_a_person(nlp: Language, text: str,
                                                                         person: str) -> None:
    found = named(nlp, text)
    assert found == [(person, "PERSON")], found


def test_a_body_after_of_before_an_office_stays_whole_guard(nlp: Language) -> None:
    found = named(nlp, "The Bank of England Governor said rates would fall.")
    assert not [t for t, label in found if label == "PERSON"], found


@pytest.mark.parametrize(("text", "body"), [
    ("European Union Commissioner Maros Sefcovic met officials.", "European Union"),
    ("Amnesty International Secretary General Agnes Callamard said the law was unjust.", "Amnesty International"),
    ("Commonwealth Secretary-General Patricia Scotland spoke.", "Commonwealth"),
    ("Arab League Secretary-General Ahmed Aboul Gheit condemned the attack.", "Arab League"),
    ("African Union Trade Commissioner Albert Muchanga spoke.", "African Union"),
    ("Scottish Government Health Secretary Neil Gray said waiting times fell.", "Scottish Government"),
])
def test_a_word_heading_a_body_before_an_office_stays(nlp: Language, text: str, body: str) -> None:
    assert (body, "ORG") in named(nlp, text)


def test_a_body_before_an_office_stays_an_organisation(nlp: Language) -> None:
    found = named(nlp, "Bank of England Governor Andrew Bailey said inflation would fall.")
    assert ("Bank of England", "ORG") in found and ("Andrew Bailey", "PERSON") in found
    found = named(nlp, "Home Office Minister Dan Jarvis said the scheme would be expanded.")
    assert ("Home Office", "ORG") in found and ("Dan Jarvis", "PERSON") in found


# ------------------------------------------------------------------ an honour's "of the year"


@pytest.mark.parametrize("text", [
    "Beyonce won album of the year.",
    "She was named player of the year by FIFA. He won coach of the year.",
    "Kendrick Lamar's \"Not Like Us\" won record and song of the year.",
    "Hansbrough, the reigning national player of the year, passed Phil Ford for the record.",
])
def test_an_honours_year_is_no_date(nlp: Language, text: str) -> None:
    assert not [t for t, label in named(nlp, text) if label == "DATE"]


def test_the_year_after_an_honour_keeps_only_its_own_date(nlp: Language) -> None:
    found = named(nlp, "She was named the Ballon d'Or winner and FIFA player of the year for 2024.")
    assert [t for t, label in found if label == "DATE"] == ["2024"]


@pytest.mark.parametrize("text", [
    "It was the biggest film of the year.",
    "It was the most streamed song of the year.",
    "The first car of the year was sold.",
    "No team of the year has won.",
])
def test_a_ranked_noun_of_the_year_keeps_its_date(nlp: Language, text: str) -> None:
    assert ("the year", "DATE") in named(nlp, text)


@pytest.mark.parametrize(("text", "date"), [
    ("He was named rookie of the year on Monday.", "Monday"),
    ("She was voted player of the year in March.", "March"),
])
def test_a_date_after_an_honours_year_stays(nlp: Language, text: str, date: str) -> None:
    assert (date, "DATE") in named(nlp, text)


def test_a_part_of_the_year_stays_a_date(nlp: Language) -> None:
    found = named(nlp, "Sales rose earlier in the year. Profit rose in the first quarter of the year.")
    assert ("earlier in the year", "DATE") in found and ("the first quarter of the year", "DATE") in found


# ------------------------------------------------------------------ sport's series


def test_formula_one_is_one_body_not_a_person_and_a_number(nlp: Language) -> None:
    found = named(nlp, "Lewis Hamilton will join Ferrari in 2025, one of the biggest moves in Formula One history.")
    assert ("Formula One", "ORG") in found and ("Lewis Hamilton", "PERSON") in found
    assert not [t for t, label in found if t in ("Formula", "One")]
    assert named(nlp, "Formula One returns to Las Vegas in November.")[0] == ("Formula One", "ORG")


def test_f1_and_the_six_nations_are_no_place_nor_number(nlp: Language) -> None:
    found = named(nlp, "F1 champion Max Verstappen won in Brazil.")
    assert ("F1", "ORG") in found and ("Max Verstappen", "PERSON") in found
    found = named(nlp, "Wales have not won a Six Nations match since March 2023.")
    assert ("Six Nations", "ORG") in found and ("Wales", "GPE") in found
    assert not [t for t, label in found if label == "CARDINAL"]


# ------------------------------------------------------------------ a firm's web address


@pytest.mark.parametrize("written", ["Amazon.com Inc", "Amazon.com Inc.", "Amazon.com"])
def test_a_firm_and_its_web_address_are_one_entity(nlp: Language, written: str) -> None:
    found = canonical_of(nlp, f"The FTC sued {written} on Tuesday. Amazon said the case was wrong.")
    assert found["Amazon"] == found[written] == {written}


# ------------------------------------------------------------------ a prelate's title and see


@pytest.mark.parametrize("text", [
    "Fires burned in the Amazon. Amazon.com Inc said profits rose. Amazon hired staff.",
    "The Amazon rainforest shrank. Amazon.com Inc said profits rose. Amazon hired staff.",
])
def test_a_name_written_after_the_joins_no_web_address(nlp: Language, text: str) -> None:
    assert canonical_of(nlp, text)["Amazon"] != {"Amazon.com Inc"}


def test_an_archbishops_title_is_no_place(nlp: Language) -> None:
    found = named(nlp, "Justin Welby resigned as Archbishop of Canterbury on Tuesday.")
    assert ("Justin Welby", "PERSON") in found
    assert "Archbishop" not in [t for t, _ in found]


def test_an_archbishops_see_is_no_person(nlp: Language) -> None:
    found = named(nlp, "The Most Rev. Stephen Cottrell, Archbishop of York, said the church had failed victims.")
    assert ("Stephen Cottrell", "PERSON") in found
    assert ("York", "PERSON") not in found


@pytest.mark.parametrize(("text", "name"), [
    ("Boris Johnson visited london on Tuesday.", "london"),
    ("Jane Doe flew from paris to New York.", "paris"),
    ("Sarah Jones joined google in 2019.", "google"),
    ("Smith was named rookie of the season.", "Smith"),
])
def test_one_lower_case_name_among_capitalised_ones_is_kept(nlp: Language, text: str, name: str) -> None:
    assert name in [t for t, _ in named(nlp, text)]


def test_a_lower_cased_copy_is_still_read_as_one(nlp: Language) -> None:
    doc = nlp("manchester united beat liverpool at old trafford on sunday, said erik ten hag.")
    assert [e for e in doc.ents if e.label_ in NAME_LABELS]
    assert not is_well_cased(doc)


# ------------------------------------------------------------- an event beside its honour, an adjective inside a name


@pytest.mark.parametrize(("text", "event", "honour"), [
    ("The Texas Rangers won their first World Series title, beating the Arizona Diamondbacks 5-0 in Game 5 on "
     "Wednesday night. Corey Seager was named World Series MVP for the second time in his career.",
     "World Series", "World Series MVP"),
])
def test_event_is_no_short_form_of_its_honour(nlp: Language, text: str, event: str, honour: str) -> None:
    found = canonical_of(nlp, text)
    assert found[event] == {event}, found


@pytest.mark.parametrize(("text", "adjective"), [
    ("The International Olympic Committee awarded the 2034 Winter Olympics to Salt Lake City on Wednesday. IOC "
     "President Thomas Bach said the vote in Paris was \"a great day for the Olympic movement.\"", "Olympic"),
    ("The Paris Paralympic Committee thanked volunteers on Sunday, saying the Paralympic spirit had filled the city.",
     "Paralympic"),
    ("The European Olympic Committees met in Rome. Delegates said the Olympic ideal was under threat.", "Olympic"),
])
def test_adjective_is_no_short_form_of_the_body_it_is_inside(nlp: Language, text: str, adjective: str) -> None:
    found = canonical_of(nlp, text)
    assert all(adjective in name.split() for name in found.get(adjective, {adjective})), found
    assert not {name for name in found.get(adjective, set()) if "Committee" in name}, found


# ------------------------------------------------------------------ an institution's acronym before a title


@pytest.mark.parametrize("text", [
    "ECB President Christine Lagarde said rates could fall.",
    "ECB chief economist Philip Lane said inflation was easing.",
    "WHO Director-General Tedros Adhanom Ghebreyesus said the risk was high.",
])
def test_an_institutions_acronym_before_its_officials_title_is_an_organisation(nlp: Language, text: str) -> None:
    acronym = text.split()[0]
    assert (acronym, "ORG") in named(nlp, text)


@pytest.mark.parametrize("text, word", [
    ("Who President Joe Biden picks will matter.", "Who"),  # no acronym
    ("WHO PRESIDENT SAYS NO\nThe board met on Monday.", "WHO"),  # a title in capitals: a headline's words
])
def test_a_word_before_a_title_is_no_institution(nlp: Language, text: str, word: str) -> None:
    assert word not in {name for name, _ in named(nlp, text)}


@pytest.mark.parametrize(("text", "prize"), [
    # A prize named after a person, the model's person: the prize, as "the Nobel Prize" is a work of art.
    ("Onwuachi, 35, who won a James Beard Award in 2019, said the restaurant was a love letter to the Bronx.",
     "James Beard Award"),
    ("She was awarded the Fields Medal in 2014.", "Fields Medal"),
])
def test_a_prize_named_after_a_person_is_no_person(nlp: Language, text: str, prize: str) -> None:
    assert dict(named(nlp, text)).get(prize) in (None, "WORK_OF_ART"), named(nlp, text)


@pytest.mark.parametrize(("text", "prize"), [
    # fixA: a prize's name kept the article the model took in ("the Nobel Peace Prize").
    ("She won the Nobel Peace Prize in 2021.", "Nobel Peace Prize"),
    ("The Nobel Peace Prize was awarded to Nihon Hidankyo.", "Nobel Peace Prize"),
    ("He shared the Nobel Prize in Physics.", "Nobel Prize in Physics"),
])
def test_a_prizes_name_is_without_its_article(nlp: Language, text: str, prize: str) -> None:
    assert dict(named(nlp, text)).get(prize) == "WORK_OF_ART", named(nlp, text)


def test_a_works_title_keeps_its_article_guard(nlp: Language) -> None:
    """A title in quotation marks keeps its article, even with a prize's noun."""
    text = '"The Peace Prize" opens on Friday at the Barbican.'
    assert dict(named(nlp, text)).get("The Peace Prize") == "WORK_OF_ART", named(nlp, text)


@pytest.mark.parametrize(("text", "title"), [
    # rev1 guards: a work's title with a noun after its prize's keeps its article, without quotation marks too.
    ("He starred in The Prize Fighter, a film about boxing.", "The Prize Fighter"),
    ("Her novel The Booker Prize Scandal sold well.", "The Booker Prize Scandal"),
    ("The film The Medal Winner premieres on Friday.", "The Medal Winner"),
])
def test_a_works_title_with_a_noun_after_the_prizes_keeps_its_article_guard(nlp: Language, text: str,
                                                                           title: str) -> None:
    assert dict(named(nlp, text)).get(title) == "WORK_OF_ART", named(nlp, text)


def test_a_person_named_before_a_prize_stays_a_person_guard(nlp: Language) -> None:
    """Only the name ending in the prize's noun is the prize: "James Beard" alone, the cook, stays a person."""
    text = "James Beard wrote twenty cookbooks. The James Beard Award honours chefs."
    assert dict(named(nlp, text)).get("James Beard") == "PERSON", named(nlp, text)


# ------------------------------------------------------------------ a member's post, no name


@pytest.mark.parametrize(("text", "post"), [
    ("Catherine Connolly, the independent TD for Galway West, said she would run for president.", "TD"),
    ("The former MEP said the country needed change. She was elected in 2019.", "MEP"),
    ("The local MSP said the closure was a disgrace.", "MSP"),
    ("The MEPs voted 400 to 200 in favour. Green MEP Ciarán Cuffe said the law was weak.", "MEP"),
])
def test_a_members_post_is_no_organisation(nlp: Language, text: str, post: str) -> None:
    assert post not in [t for t, _ in named(nlp, text)]


def test_a_party_before_a_members_post_stays_alone(nlp: Language) -> None:
    found = named(nlp, "The Conservative MS for Monmouth said the plan was wrong.")
    assert ("Conservative", "ORG") in found and "Conservative MS" not in [t for t, _ in found]


def test_a_members_post_before_a_name_is_no_part_of_it(nlp: Language) -> None:
    assert ("Seb Dance", "PERSON") in named(nlp, "Labour MEP Seb Dance said the vote was close.")


def test_a_cabinet_secretarys_title_is_no_organisation(nlp: Language) -> None:
    found = named(nlp, "The Cabinet Secretary for Finance, Shona Robison, said the budget was balanced.")
    assert ("Shona Robison", "PERSON") in found and "Cabinet" not in [t for t, _ in found]


@pytest.mark.parametrize(("text", "name"), [
    ("TD Bank said profits rose. Shares of TD fell 2% in Toronto.", "TD"),
    ("TD Securities said the rate would fall.", "TD Securities"),
    ("The Cabinet met on Tuesday to discuss the budget.", "Cabinet"),
    ("The Cabinet Office said the guidance would change.", "Cabinet Office"),
])
def test_a_body_named_like_a_post_stays_guard(nlp: Language, text: str, name: str) -> None:
    assert (name, "ORG") in named(nlp, text)


@pytest.mark.parametrize(("text", "award"), [
    ("Emma Stone won her second Oscar on Sunday for her role in the film.", "Oscar"),
    ("The actress won an Oscar in 2017 and a Bafta in 2024.", "Bafta"),
])
def test_a_known_award_counted_or_after_an_article_is_the_prize(nlp: Language, text: str, award: str) -> None:
    assert (award, "WORK_OF_ART") in named(nlp, text), named(nlp, text)


@pytest.mark.parametrize(("text", "word"), [
    # QA "qa2" (sport): the Games' adjective alone was a date or a place.
    ("Suni Lee, the 2020 Olympic champion, placed third.", "Olympic"),
    ("UK Sport invested 74 million pounds in Paralympic sport.", "Paralympic"),
])
def test_the_games_adjective_alone_is_the_event(nlp: Language, text: str, word: str) -> None:
    assert [label for name, label in named(nlp, text) if name == word] == ["EVENT"], named(nlp, text)


def test_guard_the_games_adjective_inside_a_bodys_name_stays_the_body(nlp: Language) -> None:
    # guard: only the adjective alone; a body named with it stays the body
    text = "The British Paralympic Association said funding would rise for the Paralympic team."
    assert ("British Paralympic Association", "ORG") in named(nlp, text), named(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # a person named like an award stays one
    ("Oscar Isaac won his first Emmy on Sunday.", "Oscar Isaac", "PERSON"),
    ("Oscar Piastri won the race. Oscar said he was delighted.", "Oscar", "PERSON"),
    ("Her son Oscar, who is 12, won a second prize at the fair.", "Oscar", "PERSON"),
    ("A Tony Blair adviser said the plan would fail.", "Tony Blair", "PERSON"),
])
def test_guard_a_person_named_like_an_award_stays_a_person(nlp: Language, text: str, name: str, label: str) -> None:
    assert (name, label) in named(nlp, text), named(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # Guards: "Brit" counted or after an article is a Briton, no Brit Award.
    ("Jack Draper became the first Brit to reach the US Open semi-finals since Andy Murray.", "Brit"),
    ("A Brit was arrested in Spain after a fight in Magaluf, police said.", "Brit"),
    ("Another Brit, Cameron Norrie, reached the final in Rio on Saturday.", "Brit"),
])
def test_guard_a_brit_counted_is_a_briton(nlp: Language, text: str, name: str) -> None:
    assert (name, "WORK_OF_ART") not in named(nlp, text), named(nlp, text)


@pytest.mark.parametrize(("text", "award"), [
    # After "the", a known award is the prize where its category's "for" follows (the model's person).
    ("Emma Stone won the Oscar for best actress on Sunday for her role in Poor Things.", "Oscar"),
    ("Cillian Murphy took the Oscar for best actor, and Christopher Nolan won the Oscar for best director.", "Oscar"),
    # or where "won" is written before "the"
    ("Taylor Swift won the Oscar at the ceremony.", "Oscar"),
    ("She wins the Grammy, critics say.", "Grammy"),
])
def test_a_known_award_for_its_category_is_the_prize(nlp: Language, text: str, award: str) -> None:
    assert (award, "WORK_OF_ART") in named(nlp, text), named(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # Guards: "the" and a person's name before "for" and a capitalised word, or before anything else.
    ("Oscar Piastri won the race. The Oscar for McLaren fans was a moment to savour, team boss Andrea Stella said.",
     "Oscar"),
    ("The Oscar we knew was kind, his mother said of her son Oscar, who died in the crash.", "Oscar"),
    # "won the" before a person's full name
    ("Floyd Mayweather won the Oscar De La Hoya fight on points in 2007.", "Oscar De La Hoya"),
])
def test_the_person_named_like_an_award_after_the_stays_a_person_guard(nlp: Language, text: str, name: str) -> None:
    assert (name, "PERSON") in named(nlp, text), named(nlp, text)


@pytest.mark.parametrize("text", [
    # qa1 (world copy): a labour minister's portfolio was the party.
    "Labour Minister Olivier Dussopt said the reform would save 17.7 billion euros.",
    "India's Labour Minister Mansukh Mandaviya said jobs rose. The Labour Minister Mansukh Mandaviya spoke again.",
])
def test_a_labour_ministers_portfolio_is_no_party(nlp: Language, text: str) -> None:
    assert [name for name in named(nlp, text) if name[1] == "ORG"] == []


def test_a_labour_minister_in_a_text_naming_the_party_again_keeps_it_guard(nlp: Language) -> None:
    """Guard: where the text writes the word elsewhere, the minister's "Labour" stays the party."""
    found = named(nlp, "Labour Minister Jess Phillips said the Labour government would act.")
    assert found.count(("Labour", "ORG")) == 2, found
