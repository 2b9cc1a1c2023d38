"""A headline's words over an article: its names are the body's, not one long name the model reads across it."""
from __future__ import annotations

import pytest
from spacy.language import Language

from services.nlp.pipeline import enrich


def _groups(result: dict) -> dict[str, int]:
    """Each group's name with its number of mentions, names only."""
    return {g["name"]: g["mentions"] for g in result["entity_groups"] if g["label"] not in
            ("MONEY", "DATE", "TIME", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL")}


def test_a_title_case_headline_names_the_bodys_club_and_player_and_the_quotes_speaker(nlp: Language) -> None:
    result = enrich(nlp, 'Manchester United Sign Mason Mount From Chelsea\nManchester United have signed midfielder '
                         'Mason Mount from Chelsea for £55m. "It is a dream come true," Mount said.')
    groups = _groups(result)
    assert groups.get("Manchester United") == 2 and groups.get("Mason Mount") == 3, groups
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["Mason Mount"]


@pytest.mark.parametrize(("text", "names", "not_names"), [
    # The headline's verbs and nouns, which the body writes in lower case, end the firm's name.
    ("Tesco To Invest In Scottish Stores\nTesco chief executive Ken Murphy said the supermarket would spend £100m.",
     {"Tesco": 2, "Ken Murphy": 1}, {"Tesco To Invest"}),
    ("BP Profit Falls\nBP made a profit of $2.7 billion in the second quarter.", {"BP": 2}, {"BP Profit Falls"}),
    ("Tata Motors To Build EV Plant\nTata Motors will build an electric vehicle plant in Tamil Nadu.",
     {"Tata Motors": 2}, {"Tata Motors To Build EV Plant"}),
    ("Rolls-Royce To Cut 2,500 Jobs\nRolls-Royce plans to cut up to 2,500 jobs worldwide, the engine maker said.",
     {"Rolls-Royce": 2}, {"Rolls-Royce To Cut", "Jobs", "Royce"}),
    ("Liverpool Beat Arsenal To Go Top\nLiverpool beat Arsenal 2-0 at Anfield on Sunday to go top of the league.",
     {"Liverpool": 2, "Arsenal": 2}, {"Liverpool Beat Arsenal To Go Top"}),
    # The body's names inside a longer headline name, common words around them.
    ("Unilever Boss Alan Jope To Step Down\nUnilever chief executive Alan Jope will retire at the end of next year.",
     {"Unilever": 2, "Alan Jope": 2}, {"Unilever Boss Alan Jope"}),
    # All capitals: the body's acronym and surname, not the headline's verbs.
    ("BP NEWS TELLS ALL\n\nBP made a profit of $2.7 billion in the second quarter.", {"BP": 2}, {"BP NEWS TELLS"}),
    ("SUNAK TELLS MPS TO BACK PLAN\n\nRishi Sunak told MPs on Wednesday to back his plan for Rwanda.",
     {"Rishi Sunak": 2}, {"SUNAK TELLS"}),
    ("OIL PRICE FALLS AS OPEC MEETS\n\nThe price of oil fell 3% on Monday as Opec ministers met in Vienna.",
     {"Opec": 2}, {"FALLS"}),
    # Guards: a given name the body leaves out, a name the body writes with its own small words and its "well", a
    # hyphenated word.
    ("Joe Biden Visits Kyiv\nPresident Biden made a surprise visit to Kyiv on Monday.", {"Joe Biden": 2},
     {"Biden"}),
    ("Bank Of England Raises Rates\nThe Bank of England raised interest rates on Thursday, as well it might.",
     {"Bank of England": 2}, {"Bank Of England"}),
    ("Wells Fargo Fined\nRegulators fined Wells Fargo on Friday. The bank said it would pay the fine as well.",
     {"Wells Fargo": 2}, {"Fargo"}),
])
def test_a_headlines_names_are_the_ones_its_body_writes(
        nlp: Language, text: str, names: dict[str, int], not_names: set[str]) -> None:
    groups = _groups(enrich(nlp, text))
    assert {name: groups.get(name) for name in names} == names, groups
    assert not not_names & set(groups), groups


def test_a_headline_alone_keeps_its_names(nlp: Language) -> None:
    groups = _groups(enrich(nlp, "Halvorsen Robotics Announces Record Fourth-Quarter Results"))
    assert "Halvorsen Robotics" in groups
