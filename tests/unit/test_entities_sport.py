"""Match reports: place-named clubs as teams where played as sides, players of single sports, scores no numbers."""
from __future__ import annotations

import pytest
from spacy.language import Language

from services.nlp.entities import extract_entities
from services.nlp.entities.cleaning.numbers import is_race_time
from services.nlp.entities.mentions import Mention
from services.nlp.entities.sport import is_about_gaelic_games, is_about_sport
from services.nlp.pipeline import enrich


def _labels(nlp: Language, text: str) -> list[tuple[str, str, int]]:
    """(text, label, start) of the mentions."""
    return [(m["text"], m["label"], m["start"]) for m in extract_entities(nlp(text), nlp)[0]]


def _label_of(nlp: Language, text: str, name: str, nth: int = 0) -> str | None:
    """The label of the nth mention written `name` (None: no such mention)."""
    found = [label for written, label, _ in _labels(nlp, text) if written == name]
    return found[nth] if len(found) > nth else None


REPORT = ("Manchester City beat Arsenal 2-1 at the Etihad on Sunday to go top of the Premier League. "
          "Liverpool, who drew 1-1 at Aston Villa, are two points behind. Chelsea host Everton on Saturday. "
          "Arsenal boss Mikel Arteta said his side had been unlucky.")


def test_sides_of_results_in_a_match_report_are_teams(nlp: Language) -> None:
    labels = {(written, label) for written, label, _ in _labels(nlp, REPORT)}
    for club in ("Arsenal", "Liverpool", "Everton", "Chelsea"):
        assert (club, "ORG") in labels, labels
    assert not {label for _, label in labels if label in ("GPE", "PERSON") and _ in ("Liverpool", "Everton")}


def test_scores_give_no_cardinal_in_a_match_report(nlp: Language) -> None:
    numbers = [written for written, label, _ in _labels(nlp, REPORT) if label == "CARDINAL"]
    assert "1" not in numbers and "2" not in numbers, numbers


@pytest.mark.parametrize(("text", "name"), [
    ("Liverpool beat Everton 2-0 in the Merseyside derby on Wednesday night. Striker Mohamed Salah scored twice and "
     "the Everton goalkeeper was sent off.", "Everton"),
    ("Real Madrid came from behind to beat Barcelona 3-2 in El Clasico. Barcelona coach Hansi Flick was unhappy.",
     "Barcelona"),
    ("Napoli moved three points clear at the top of Serie A after a 2-0 win over Lazio.", "Lazio"),
    ("Napoli moved three points clear at the top of Serie A after a 2-0 win over Lazio. Inter drew 1-1 with Juventus "
     "in Turin.", "Inter"),
])
def test_place_named_club_is_a_team_as_a_side(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "ORG"


def test_players_of_a_single_sport_are_people(nlp: Language) -> None:
    text = "Swiatek lost 6-0 to Gauff in the second set at Wimbledon. The top seed recovered to win the tiebreak."
    assert _label_of(nlp, text, "Swiatek") == "PERSON"
    assert _label_of(nlp, text, "Gauff") == "PERSON"


def test_town_named_as_a_place_in_a_match_report_stays_a_place(nlp: Language) -> None:
    text = ("Liverpool beat Everton 2-0 in the Premier League derby. After the match, thousands of fans travelled back "
            "to Liverpool city centre to celebrate. Others stayed in Liverpool overnight.")
    labels = [label for written, label, _ in _labels(nlp, text) if written == "Liverpool"]
    assert labels[0] == "ORG" and labels[-1] == "GPE", labels


def test_team_and_town_are_two_entities(nlp: Language) -> None:
    text = ("Liverpool beat Everton 2-0 in the Premier League derby. After the match, thousands of fans travelled back "
            "to Liverpool city centre to celebrate. Others stayed in Liverpool overnight.")
    groups = {(g["name"], g["label"]) for g in extract_entities(nlp(text), nlp)[1]}
    assert {("Liverpool", "ORG"), ("Liverpool", "GPE")} <= groups, groups


# Texts the sport rules must leave as the model and the other rules read them.
@pytest.mark.parametrize("text", [
    "Obama beat Romney 51-47 in the popular vote.",
    "Veteran striker Jamie Vardy scored twice as Leicester won the league match.",
    "Mob boss Vincent Gigante was jailed for 5-10 years. Prosecutors said the Gambino family was weakened.",
    "Roosevelt called America the Arsenal of Democracy. The rebels built an arsenal of weapons.",
    "Liverpool City Council met on Tuesday to discuss the budget.",
    "The Democrats held Virginia 52-48 as votes were counted. Turnout in Richmond was high.",
    # A results table of athletes: people, whatever the sport.
    "ATHLETICS - WOMEN 'S 100 METRES .\n1. Inger Miller ( U.S. ) 10.98\n2. Merlene Ottey ( Jamaica ) 11.04\n"
    "3. Gail Devers ( U.S. ) 11.10\n4. Gwen Torrence ( U.S. ) 11.12\n",
    "GOLF - LEADING SCORES .\nErnie Els 70 68 69\nColin Montgomerie 69 70 68\nNick Faldo 71 69 70\n"
    "Tiger Woods 72 70 66\n",
])
def test_texts_without_teams_are_unchanged(nlp: Language, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with_rules = _labels(nlp, text)
    monkeypatch.setattr("services.nlp.entities.read_sport", lambda doc, mentions: _unchanged(mentions))
    monkeypatch.setattr("services.nlp.entities.tables.is_about_sport", lambda doc, mentions: False)
    assert with_rules == _labels(nlp, text)


def _unchanged(mentions: list) -> object:
    from services.nlp.entities.sport import SportReading
    return SportReading(mentions)


def test_honoured_name_is_never_a_team(nlp: Language) -> None:
    text = "Liverpool beat Everton 2-0 in the Premier League derby. Mr Everton, a fan, said the goal was deserved."
    assert _label_of(nlp, text, "Everton", 1) != "ORG" or _label_of(nlp, text, "Mr Everton") is not None


def test_score_alone_is_no_sport(nlp: Language) -> None:
    doc = nlp("Obama beat Romney 51-47 in the popular vote. He was jailed for 5-10 years.")
    assert not is_about_sport(doc, [])
    assert is_about_sport(nlp("The striker scored a late equaliser."), [])
    # Words that politics and business use too make no sport (guards from a review): "goal", "match", "league".
    assert not is_about_sport(nlp("The goal is to match funding, the Arab League said. She scored highly."), [])
    assert not is_about_sport(nlp("CONFLICT IN SUDAN ENTERS THIRD YEAR. Khartoum fell to the army."), [])
    assert is_about_sport(nlp("Napoli top Serie A."), [])


def test_standings_of_clubs_the_model_calls_people_are_teams(nlp: Language) -> None:
    text = ("SOCCER - SCOTTISH LEAGUE STANDINGS .\nGreenock Morton 3 2 0 1 5 2 6\nDundee 3 1 2 0 3 2 5\n"
            "St Johnstone 2 1 1 0 3 0 4\nAirdrieonians 2 1 1 0 1 0 4\nFalkirk 3 1 1 1 1 1 4\nClydebank 2 1 0 1 1 3 3\n"
            "Partick 3 0 2 1 1 2 2\nCowdenbeath 3 2 0 1 4 3 6\n")
    labels = {written: label for written, label, _ in _labels(nlp, text)}
    assert labels.get("Partick") == "ORG" and labels.get("Cowdenbeath") == "ORG", labels


@pytest.mark.parametrize(("text", "expected"), [
    # Guards from a review. A cup draw's "seeded", "first setback": no sport of single players, clubs stay clubs.
    ("Champions League: Brest beat Salzburg 4-0 in the league phase on Wednesday. Salzburg, who were seeded in pot "
     "two, have now lost three games. Brest coach Eric Roy praised his striker.", {"Brest": "ORG"}),
    ("Mainz beat Augsburg 3-1 in the Bundesliga. It was Augsburg's first setback under the new coach. Bochum lost 2-0 "
     "to Heidenheim.", {"Augsburg": "ORG", "Bochum": "ORG"}),
    # Words of politics and business ("goal", "match", "league") make no sport; a vote's tally is no score.
    ("The first settlement talks collapsed on Tuesday. Boeing lost 5-4 in the court of appeals ruling. Machinists "
     "said their goal was to match the union's 2008 deal.", {"Boeing": "ORG"}),
    ("The goal is to cut net migration. Ministers will match funding for councils. Barcelona faced criticism after it "
     "voted 25-16 to ban short-term lets.", {"Barcelona": "GPE"}),
    ("Milan beat Rome in the race to host the 2026 Winter Olympics, winning the IOC vote 47-34. The league of Italian "
     "regions said the goal was to match funding.", {"Rome": "GPE"}),
    # A venue is no side; the town's own words keep it the town.
    ("Scotland beat Norway 2-1 in the Euro qualifier. Aberdeen hosted the match. Aberdeen City Council said 20,000 "
     "visitors came to Aberdeen for the game, in which Scotland scored late.", {"Aberdeen": "GPE"}),
    ("Everton striker Dominic Calvert-Lewin scored in a 1-1 draw at Fulham in the Premier League. The match in west "
     "London was stopped. Fulham residents praised the club.", {"Fulham": "GPE"}),
    # Review nrev1 (guard of 8000941, whose player's post made the first text one about sport): a town's court.
    ("Newcastle midfielder Sandro Tonali was banned for betting. Newcastle upon Tyne magistrates heard the case.",
     {"Newcastle": "GPE"}),
    ("Leeds winger Jack Harrison was fined by Leeds magistrates for speeding, the Premier League club said.",
     {"Leeds": "GPE"}),
])
def test_no_team_nor_player_where_the_words_say_otherwise(nlp: Language, text: str, expected: dict) -> None:
    last = {written: label for written, label, _ in _labels(nlp, text)}  # the last mention of each name
    assert {name: last.get(name) for name in expected} == expected, last


def test_a_whole_tally_and_a_batting_card_keep_their_labels(nlp: Language) -> None:
    found = _labels(nlp, "Liverpool City Council voted 45-30 to approve the budget. Liverpool beat Everton 2-0 in the "
                         "Premier League on Sunday.")
    assert ("45-30", "CARDINAL") in {(written, label) for written, label, _ in found}, found
    card = "England's first innings at Lord's in the Test match:\nCrawley 12\nDuckett 45\nPope 3\nRoot 104\nBrook 56\n"
    labels = {written: label for written, label, _ in _labels(nlp, card)}
    assert [labels.get(name) for name in ("Crawley", "Duckett", "Brook")] == ["PERSON"] * 3, labels


def test_a_score_the_model_took_for_a_date_is_none(nlp: Language) -> None:
    found = _labels(nlp, "The Kansas City Chiefs beat the Buffalo Bills 32-29 in the AFC Championship game. "
                         "Quarterback Patrick Mahomes threw two touchdowns. The 2024-25 season ends in February.")
    dates = [written for written, label, _ in found if label == "DATE"]
    assert "32-29" not in dates and "2024-25" in dates, found


@pytest.mark.parametrize(("text", "score"), [
    # Water polo, lacrosse and rugby league reports, which named no sport the rules knew: their scores were dates.
    ("Serbia beat Croatia 13-11 in the men's water polo final. Nikola Jaksic scored three goals. Spain won the "
     "women's tournament, beating Australia 11-9 in the final.", "11-9"),
    ("Notre Dame beat Maryland 15-5 in the NCAA men's lacrosse championship game at Gillette Stadium on Monday. "
     "Pat Kavanagh had three goals.", "15-5"),
    ("Hull KR lost 9-2 to Wigan in the Super League Grand Final at Old Trafford last October.", "9"),
])
def test_scores_of_other_team_sports_are_no_entities(nlp: Language, text: str, score: str) -> None:
    found = _labels(nlp, text)
    assert score not in [written for written, _, _ in found], found


def test_sports_words_of_other_sports_make_a_text_about_sport(nlp: Language) -> None:
    assert is_about_sport(nlp("Kim Woo-jin won the archery title after a shoot-off in the semi-finals."), [])
    # Guard: one such word alone is not enough, and a decision's "final" is none ("the final ruling").
    assert not is_about_sport(nlp("The lacrosse team's sponsor Acme Corp won the final ruling 5-4."), [])
    assert not is_about_sport(nlp("The Supreme Court's final ruling, 5-4, came in the Challenge case."), [])


@pytest.mark.parametrize(("text", "expected"), [
    # Guards from a second review: the town's own words ("the city of", "'s metro mayor"), a visit is no match.
    ("Liverpool beat Bournemouth 4-2 in the Premier League. The city of Liverpool fell silent before kick-off. "
     "Liverpool's metro mayor Steve Rotheram joined fans.",
     {"Liverpool": ["ORG", "GPE", "GPE"], "Bournemouth": ["ORG"]}),
    ("King Charles visited Liverpool on Thursday, days after the Premier League champions beat Everton 2-0 in the "
     "derby.", {"Liverpool": ["GPE"]}),
])
def test_a_clubs_town_stays_the_town_in_its_own_words(nlp: Language, text: str, expected: dict) -> None:
    found = _labels(nlp, text)
    assert {name: [label for written, label, _ in found if written == name] for name in expected} == expected, found


@pytest.mark.parametrize(("text", "team"), [
    ("The Florida Panthers beat the Edmonton Oilers 2-1 in Game 7 of the Stanley Cup Final.", "Florida Panthers"),
    ("The Dallas Stars beat the Nashville Predators 4-2 in the NHL on Tuesday.", "Dallas Stars"),
    ("San Francisco 49ers quarterback Brock Purdy threw for 300 yards in the NFL opener.", "San Francisco 49ers"),
    ("Virat Kohli scored 83 as Royal Challengers Bengaluru beat the Punjab Kings by four wickets in the IPL.",
     "Royal Challengers Bengaluru"),
    # Rugby league's Super League clubs ("Wigan|PERSON Warriors", "Warrington|ORG Wolves", "Leeds Rhinos|PERSON").
    ("Wigan Warriors beat Warrington Wolves 18-8 in the Challenge Cup final at Wembley, with Bevan French scoring "
     "two tries.", "Wigan Warriors"),
    ("Wigan Warriors beat Warrington Wolves 18-8 in the Challenge Cup final at Wembley, with Bevan French scoring "
     "two tries.", "Warrington Wolves"),
    ("The Women's Super League in rugby league: St Helens beat Leeds Rhinos 22-10 in the Grand Final at Headingley.",
     "Leeds Rhinos"),
    # A listed club the model took in with the article before it, for a work: "The Penrith Panthers|WORK_OF_ART".
    ("The Penrith Panthers won their fourth consecutive NRL premiership, defeating the Melbourne Storm 14-6 at Accor "
     "Stadium in Sydney.", "Penrith Panthers"),
])
def test_listed_club_is_one_team_whatever_the_model_split(nlp: Language, text: str, team: str) -> None:
    assert _label_of(nlp, text, team) == "ORG", _labels(nlp, text)


def test_st_helens_played_as_a_side_is_the_club(nlp: Language) -> None:
    # "St Helens beat Leeds Rhinos 22-10" was a person (qa2's leftover).
    text = "St Helens beat Leeds Rhinos 22-10 in the Grand Final at Old Trafford."
    assert _label_of(nlp, text, "St Helens") == "ORG", _labels(nlp, text)


def test_guard_st_helens_outside_sport_is_no_club(nlp: Language) -> None:
    """Guard: the town of a court's report is no club (a town first, `TOWN_FIRST_CLUBS`)."""
    text = "A man from St Helens has been jailed for six years for dealing drugs, Liverpool Crown Court heard."
    assert _label_of(nlp, text, "St Helens") != "ORG", _labels(nlp, text)


def _mentions_of(nlp: Language, text: str, name: str) -> list[tuple[str, str]]:
    """(label, group's name) of each mention written `name`, in order."""
    return [(m["label"], m["canonical"]) for m in extract_entities(nlp(text), nlp)[0] if m["text"] == name]


@pytest.mark.parametrize(("text", "town"), [
    # A town written as the place beside the listed club its name opens: no short form of the club (ORG "Leeds
    # Rhinos", "Wigan Warriors", "Castleford Tigers").
    ("Leeds Rhinos have been named hosts of the Challenge Cup final. Leeds City Council said Leeds would host the "
     "event next summer.", "Leeds"),
    ("Wigan Warriors won the Super League Grand Final. Wigan's mayor opened the new library on Saturday.", "Wigan"),
    ("Castleford Tigers are in financial trouble. Castleford, a former mining town in West Yorkshire, has seen house "
     "prices rise by 8% this year.", "Castleford"),
    ("Huddersfield Giants will move to a new ground. Huddersfield, a market town in West Yorkshire, has grown in "
     "recent years.", "Huddersfield"),
])
def test_listed_clubs_town_written_as_the_place_is_the_town(nlp: Language, text: str, town: str) -> None:
    assert _mentions_of(nlp, text, town) == [("GPE", town)], _labels(nlp, text)


def test_listed_clubs_town_as_the_place_and_as_a_side_in_one_text(nlp: Language) -> None:
    """The town of "in Warrington town centre" is the place, "Warrington beat Hull KR" still the club."""
    text = ("Warrington Wolves fans gathered in Warrington town centre to celebrate the Challenge Cup win. Warrington "
            "beat Hull KR 20-12.")
    assert _mentions_of(nlp, text, "Warrington") == [("GPE", "Warrington"), ("ORG", "Warrington Wolves")]


def test_guard_listed_clubs_town_played_as_a_side_is_the_club(nlp: Language) -> None:
    """Guard: with no word of the town, "Wigan" beside "Wigan Warriors" stays the club."""
    text = ("Wigan Warriors beat Leeds Rhinos 24-10 at the DW Stadium. Wigan scored four tries and Leeds never "
            "recovered.")
    assert _mentions_of(nlp, text, "Wigan") == [("ORG", "Wigan Warriors")]


def test_town_before_a_club_word_that_is_no_listed_club_stays_the_town(nlp: Language) -> None:
    text = ("The heat in Dallas was oppressive. Dallas Stars fans wilted at the NHL game, and Dallas residents stayed "
            "indoors.")
    assert _label_of(nlp, text, "Dallas Stars") == "ORG"
    assert _label_of(nlp, text, "Dallas") == "GPE", _labels(nlp, text)


@pytest.mark.parametrize(("text", "nickname"), [
    ("Ohtani agreed to a contract. The deal surpasses the $700 million, 10-year contract Ohtani signed with the "
     "Dodgers last December, the MLB said.", "Dodgers"),
    ("Jokic scored 30 points in the NBA and the Lakers lost to the Denver Nuggets.", "Lakers"),
])
def test_listed_teams_nickname_after_the_is_the_team(nlp: Language, text: str, nickname: str) -> None:
    assert _label_of(nlp, text, nickname) == "ORG", _labels(nlp, text)


def test_royal_house_named_like_a_team_stays_people(nlp: Language) -> None:
    text = "The Kings of Europe met in Vienna. Charles and the Kings of Spain dined."
    assert _label_of(nlp, text, "Kings") != "ORG", _labels(nlp, text)


@pytest.mark.parametrize(("text", "runs"), [
    ("Scott Boland took three for 46 and Nathan Lyon four for 41 as India were bowled out for 234.", "46"),
    ("Jasprit Bumrah finished with 5 for 30 as Australia collapsed.", "30"),
])
def test_bowling_figures_are_no_date(nlp: Language, text: str, runs: str) -> None:
    assert _label_of(nlp, text, runs) != "DATE", _labels(nlp, text)


@pytest.mark.parametrize(("text", "runs"), [
    # A cricket text's runs and wickets the money rules count (`cricket_units`), the model's dates or times: the
    # number alone, a count ("an unbeaten 68|DATE", "68 in the second|TIME").
    ("Usman Khawaja made 40 in the first innings and Steve Smith was run out for 80 at Headingley.", "80"),
    ("Australia declared on 500 for eight after tea in the Test, and Head finished on an unbeaten 68.", "68"),
    ("Shamar Joseph took seven for 68 in the second innings of the Test at the Gabba.", "68"),
])
def test_cricket_runs_are_no_date_or_time(nlp: Language, text: str, runs: str) -> None:
    assert _label_of(nlp, text, runs) == "CARDINAL", _labels(nlp, text)


@pytest.mark.parametrize(("text", "date"), [
    # Guard: a cricket text's dates and times stay theirs.
    ("The second Test starts on 14 March at Lord's, after England were bowled out for 200 in Leeds.", "14 March"),
    ("England were bowled out for 200 in the first innings, and play resumes at 10:30 on Friday.", "10:30"),
])
def test_guard_a_cricket_texts_dates_stay_dates(nlp: Language, text: str, date: str) -> None:
    assert _label_of(nlp, text, date) in ("DATE", "TIME"), _labels(nlp, text)


@pytest.mark.parametrize(("text", "date"), [
    ("The festival runs 12-15 March in Edinburgh.", "12-15 March"),
    ("Revenue for the 2023-24 financial year rose by a tenth.", "2023-24"),
])
def test_ranges_counting_up_stay_dates(nlp: Language, text: str, date: str) -> None:
    assert _label_of(nlp, text, date) == "DATE", _labels(nlp, text)


@pytest.mark.parametrize(("text", "venue"), [
    ("Thunder Snow won the $12 million Dubai World Cup at Meydan Racecourse for the second time.", "Meydan Racecourse"),
    ("Mystik Dan won the Kentucky Derby at Churchill Downs on Saturday.", "Churchill Downs"),
    ("Armand Duplantis cleared 6.25 meters at the Stade de France on Monday.", "Stade de France"),
])
def test_a_venue_is_a_facility_whole(nlp: Language, text: str, venue: str) -> None:
    assert _label_of(nlp, text, venue) == "FAC", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Walkers crossed the South Downs on Sunday.", "South Downs", "LOC"),
    ("He moved to the Stade Rennais academy at 14.", "Stade Rennais", "ORG"),
    ("England full-back Wayne Bridge was injured in training.", "Wayne Bridge", "PERSON"),
])
def test_hills_a_club_or_a_person_named_like_a_venue_stay_so(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "body"), [
    ("Caitlin Clark broke the NCAA Division I career scoring record on Sunday.", "NCAA Division I"),
    ("The Board of Control for Cricket in India said the tour would go ahead.",
     "Board of Control for Cricket in India"),
])
def test_a_sport_body_is_named_whole(nlp: Language, text: str, body: str) -> None:
    assert _label_of(nlp, text, body) == "ORG", _labels(nlp, text)


# ------------------------------------------------------------- guards from the review of the sports rules


@pytest.mark.parametrize(("text", "year"), [
    ("The Fed now projects two rate cuts for 2025 and three for 2026.", "2026"),
    ("Analysts expect one cut for 2025, down from four for 2024.", "2024"),
])
def test_a_year_after_a_number_and_for_stays_a_date(nlp: Language, text: str, year: str) -> None:
    assert _label_of(nlp, text, year) == "DATE", _labels(nlp, text)


def test_a_club_named_stade_de_without_a_venue_preposition_is_no_facility(nlp: Language) -> None:
    text = "The Stade de Reims board said the coach had been sacked."
    assert _label_of(nlp, text, "Stade de Reims") != "FAC", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Farmers said the Heat had ruined their crops across southern Spain this summer.", "Heat"),
    ("Officials said the Thunder rolled across London as storms hit the capital.", "Thunder"),
])
def test_a_nickname_after_the_outside_sport_is_no_team(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) != "ORG", _labels(nlp, text)


@pytest.mark.parametrize(("text", "teams"), [
    ("Celtics 118, Knicks 104: Jayson Tatum scored 34 points and grabbed 11 rebounds as Boston beat New York. Jalen "
     "Brunson led the Knicks with 31 points.", ["Celtics", "Knicks"]),
    ("The Lakers beat the Warriors 112-108 on Friday. The Celtics lost to the Heat. The Bruins beat the Rangers in "
     "overtime.", ["Lakers", "Warriors", "Celtics", "Heat", "Bruins", "Rangers"]),
    ("Maple Leafs 4, Canadiens 2: Auston Matthews scored twice, including an empty-netter, as Toronto beat Montreal. "
     "Cole Caufield scored for the Canadiens, who have lost four straight.", ["Maple Leafs", "Canadiens"]),
    ("Leinster beat Munster 33-20 at the Aviva Stadium. Saracens lost to Harlequins.",
     ["Leinster", "Munster", "Saracens", "Harlequins"]),
])
def test_north_american_nicknames_and_rugby_clubs_written_alone_are_teams(nlp: Language, text: str,
                                                                          teams: list[str]) -> None:
    labels = _labels(nlp, text)
    for team in teams:
        assert [label for written, label, _ in labels if written == team][:1] == ["ORG"], (team, labels)


def test_a_score_line_is_two_sides_and_no_numbers(nlp: Language) -> None:
    text = ("England 27 Wales 18: Marcus Smith kicked 17 points at Twickenham as England ended a losing run. England "
            "led 20-6 at half-time. Sin-bin: Maro Itoje (England, 58 min).")
    labels = _labels(nlp, text)
    assert ("England", "GPE", 0) in labels and ("Wales", "GPE", text.index("Wales")) in labels
    assert not [written for written, _, start in labels if start < text.index(":") and written[-1].isdigit()]
    assert not [written for written, _, _ in labels if written in ("Sin-bin", "58")], labels


def test_a_line_ups_players_are_people_and_its_minutes_no_numbers(nlp: Language) -> None:
    text = ("Leinster 33 Munster 20: Jordan Larmour scored two tries as Leinster beat Munster. Leinster: H Keenan; J "
            "Larmour, G Ringrose (capt), R Henshaw, J Lowe; C Frawley, J Gibson-Park; A Porter, D Sheehan, T Furlong. "
            "Replacements: R Kelleher for Sheehan (55), L McGrath for Gibson-Park (62).")
    labels = _labels(nlp, text)
    assert not [written for written, _, _ in labels if written in ("55", "62")], labels
    assert {label for written, label, _ in labels if written in ("D Sheehan", "L McGrath", "Porter")} == {"PERSON"}


@pytest.mark.parametrize("text", [
    "The heatwave broke records. The Heat had ruined their crops, farmers said.",
    "The Giants of industry met in Davos, where the Kings of Spain and Jordan spoke.",
    "Tamil Tigers fought the government for decades, and the Senators voted 52-48.",
])
def test_guard_nicknames_that_are_words_or_other_names_make_no_match_report(nlp: Language, text: str) -> None:
    assert not is_about_sport(nlp(text), [])


def test_guard_a_common_word_nickname_after_the_alone_is_no_team(nlp: Language) -> None:
    text = "Liverpool beat Everton 2-0 in the derby, and the Heat of the afternoon told on the players."
    assert _label_of(nlp, text, "Heat") is None


def test_guard_a_partys_seats_in_a_results_line_make_no_match_report(nlp: Language) -> None:
    assert not is_about_sport(nlp("Labour 15, Conservatives 12: the council results were declared on Friday."), [])


@pytest.mark.parametrize(("text", "expected"), [
    # A club's bid for a player, the model's one organisation: the club and the player.
    ("Bayern Munich have rejected a €45m offer from Arsenal for Kingsley Coman, according to Sky Germany's Florian "
     "Plettenberg.", {"Arsenal": "ORG", "Kingsley Coman": "PERSON", "Arsenal for Kingsley Coman": None}),
    # The sports press transfer news cites: outlets, the model's persons.
    ("Bayern Munich have rejected a €45m offer, according to Sky Germany's Florian Plettenberg. \"Nobody is leaving "
     "for a small price,\" Bayern honorary president Uli Hoeness told Bild.", {"Sky Germany": "ORG", "Bild": "ORG"}),
    # Guards: "for" in a body's own name, no bid before it.
    ("The Campaign for Nuclear Disarmament marched. The Department for Education said so.",
     {"Campaign for Nuclear Disarmament": "ORG", "Department for Education": "ORG"}),
])
def test_transfer_news_clubs_players_and_outlets(nlp: Language, text: str, expected: dict[str, str | None]) -> None:
    assert {name: _label_of(nlp, text, name) for name in expected} == expected, _labels(nlp, text)


def test_guard_a_short_box_line_in_a_lower_cased_match_report_is_still_furniture(nlp: Language) -> None:
    text = ("Queens Park Rangers beat West Bromwich Albion 3-0 in the Premier League on Saturday, Charlie Austin "
            "scoring twice. Manager: chris ramsey 8. Mom: barton. Referee: lee probert 7. Att: 25,735.")
    labels = _labels(nlp, text)
    assert not [written for written, _, start in labels if written == "7" and start > text.index("Referee")], labels


@pytest.mark.parametrize(("text", "word"), [
    # Review (f0bac5f): after a score line, a nickname in a sentence with no cue of sport keeps its ordinary sense.
    ("The Royals beat the Yankees 5-3. The Royals at Windsor Castle hosted a state banquet.", "Royals"),
    ("The Saints beat the Falcons 27-20. The Saints of the Church of England will be commemorated.", "Saints"),
])
def test_guard_a_nickname_out_of_sport_after_a_score_line_is_no_team(nlp: Language, text: str, word: str) -> None:
    second = text.index(word, text.index(word) + 1)
    assert not [label for written, label, start in _labels(nlp, text) if start == second and label == "ORG"]


def test_guard_a_zoo_named_after_a_town_is_no_person_in_a_text_about_sport(nlp: Language) -> None:
    text = "The Tigers beat the Royals 6-2 in Detroit. The Tigers at Dudley Zoo are thriving."
    assert ("Dudley Zoo", "ORG", text.index("Dudley")) in _labels(nlp, text)


def _canonicals(nlp: Language, text: str) -> dict[str, tuple[str, str]]:
    """Each mention's text and its (label, group's name)."""
    return {m["text"]: (m["label"], m["canonical"]) for m in extract_entities(nlp(text), nlp)[0]}


@pytest.mark.parametrize(("text", "nicknames"), [
    # European football's nicknames written alone, played as sides or names of nothing else: teams, whatever the
    # model made of them ("Juve|PERSON", "Los Blancos|GPE", "Bianconeri|NORP", "Gunners" missed).
    ("The Gunners beat Juve 2-1 at the Emirates.", ["Gunners", "Juve"]),
    ("The Rossoneri and the Nerazzurri drew 1-1 in the Milan derby in Serie A, while the Bianconeri won at Roma.",
     ["Rossoneri", "Nerazzurri", "Bianconeri"]),
    ("Barca beat Sevilla 4-0 in La Liga. Los Blancos were outclassed at the Bernabeu.", ["Barca", "Los Blancos"]),
    ("The Red Devils lost 3-0 to the Villans, and the Toffees drew with Brighton.", ["Red Devils", "Villans"]),
])
def test_football_nicknames_are_teams(nlp: Language, text: str, nicknames: list[str]) -> None:
    labels = _labels(nlp, text)
    for nickname in nicknames:
        assert [label for written, label, _ in labels if written == nickname][:1] == ["ORG"], (nickname, labels)


@pytest.mark.parametrize(("text", "nickname", "club"), [
    # A nickname joins its club where the text names it, a common word's too ("the Gunners" after "Arsenal").
    ("Arsenal beat Juventus 2-1 at the Emirates on Tuesday. The Gunners were the better side, and Juve rarely "
     "threatened.", "Gunners", "Arsenal"),
    ("Arsenal beat Juventus 2-1 at the Emirates on Tuesday. The Gunners were the better side, and Juve rarely "
     "threatened.", "Juve", "Juventus"),
    ("Liverpool beat Chelsea 3-1 at Anfield. The Reds scored twice before half-time and the Blues rarely threatened.",
     "Blues", "Chelsea"),
    ("Real Madrid lost 4-0 to Barcelona in La Liga. Los Blancos were outclassed at the Bernabeu.", "Los Blancos",
     "Real Madrid"),
    # A known club's own short name too ("Spurs", which the gazetteer knows), and a nickname the rules found.
    ("Tottenham beat West Ham 2-0 in the Premier League. Spurs were dominant and the Hammers never recovered.",
     "Spurs", "Tottenham"),
    ("Tottenham beat West Ham 2-0 in the Premier League. Spurs were dominant and the Hammers never recovered.",
     "Hammers", "West Ham"),
])
def test_a_football_nickname_joins_its_named_club(nlp: Language, text: str, nickname: str, club: str) -> None:
    assert _canonicals(nlp, text).get(nickname) == ("ORG", club), _canonicals(nlp, text)


def test_guard_a_nickname_of_two_named_clubs_joins_neither(nlp: Language) -> None:
    text = "Chelsea beat Everton 2-1 at Stamford Bridge in the Premier League. The Blues led at half-time."
    assert _canonicals(nlp, text).get("Blues", ("", "Blues"))[1] == "Blues", _canonicals(nlp, text)


@pytest.mark.parametrize(("text", "word"), [
    # Guards: the words in their own senses, outside football: a church's saints, a forest's wolves, a revolution's
    # reds, an army's gunners, a verb.
    ("The Saints of the Church of England were remembered at the service on All Saints' Day.", "Saints"),
    ("Wolves were reintroduced to Yellowstone in 1995, and the wolves have changed the rivers, biologists said.",
     "Wolves"),
    ("The Gunners of the Royal Artillery fired a 41-gun salute in Hyde Park.", "Gunners"),
    ("Lower interest rates spur growth, and the policy spurs investment, the bank said.", "spurs"),
])
def test_guard_football_nicknames_in_their_own_senses_are_no_teams(nlp: Language, text: str, word: str) -> None:
    assert _label_of(nlp, text, word) != "ORG", _labels(nlp, text)


def test_guard_a_revolutions_reds_beside_a_city_named_like_a_club_join_no_club(nlp: Language) -> None:
    text = "Liverpool dockers joined the strike in 1911, and the Reds in Moscow purged the party in 1937."
    assert _canonicals(nlp, text).get("Reds", ("", "Reds"))[1] == "Reds", _canonicals(nlp, text)
    assert not is_about_sport(nlp(text), [])


@pytest.mark.parametrize(("text", "nickname", "club"), [
    # A nickname North American sport shares, in a text naming its teams or leagues, is theirs: San Antonio's Spurs,
    # Philadelphia's Eagles, Charlotte's Hornets, New Orleans' Saints; and "the Gers" joins no American Rangers.
    ("The Spurs beat the Lakers 118-110 on Tuesday night as Victor Wembanyama scored 34 points. In the Premier League, "
     "Tottenham drew 1-1 with Fulham at home.", "Spurs", "Tottenham"),
    ("The Eagles beat the Cowboys 31-20 on Sunday as Jalen Hurts threw two touchdowns. In England, Crystal Palace lost "
     "2-0 to Arsenal in the Premier League.", "Eagles", "Crystal Palace"),
    ("The Hornets beat the Knicks 109-104 in Charlotte on Monday night. In soccer, Watford lost 1-0 to Norwich in the "
     "Championship.", "Hornets", "Watford"),
    ("Southampton beat Leeds 2-0 in the league. The Saints, the New Orleans NFL team, lost 24-17 to the Falcons.",
     "Saints", "Southampton"),
    ("Texas Rangers pitcher Nathan Eovaldi threw seven innings. In Scotland, Rangers beat Celtic 2-1 in the league and "
     "the Gers moved level on points.", "Gers", "Texas Rangers"),
])
def test_a_nickname_north_american_sport_shares_joins_no_club_beside_its_teams(
        nlp: Language, text: str, nickname: str, club: str) -> None:
    assert _canonicals(nlp, text).get(nickname, ("", nickname))[1] != club, _canonicals(nlp, text)


def test_guard_a_shared_nickname_joins_its_club_with_no_north_american_sport_named(nlp: Language) -> None:
    """Guard of the narrowing: with no North American team or league named, "Spurs" is still Tottenham's."""
    text = "Newcastle United beat Tottenham 2-1 at St James' Park. The Magpies are fifth, and Spurs are eighth."
    assert _canonicals(nlp, text).get("Spurs") == ("ORG", "Tottenham"), _canonicals(nlp, text)


def test_a_nickname_that_only_modifies_a_noun_joins_no_club(nlp: Language) -> None:
    """"The Blues singer" beside "Chelsea" is a musician's genre, the model's organisation joined to no club."""
    text = ("Chelsea beat Brighton 3-1 in the Premier League. The Blues singer Eric Bibb performed at half-time, and "
            "the club's fans sang along.")
    assert _canonicals(nlp, text).get("Blues", ("", "Blues"))[1] != "Chelsea", _canonicals(nlp, text)


@pytest.mark.parametrize(("text", "nickname", "club"), [
    # A common-word nickname with no play in its sentence nor the one before is the word's own sense, whatever club
    # the text names: a regiment, a hunt's quarry.
    ("The Blues and Royals escorted the King's carriage along the Mall on Saturday. Later, Chelsea beat Arsenal 2-1 "
     "at Stamford Bridge.", "Blues", "Chelsea"),
    ("The Foxes were hunted by hounds across the estate for decades, the charity said. Leicester beat Everton 2-0 at "
     "the King Power Stadium on Saturday.", "Foxes", "Leicester"),
])
def test_a_common_word_nickname_with_no_play_beside_it_joins_no_club(nlp: Language, text: str, nickname: str,
                                                                      club: str) -> None:
    assert _canonicals(nlp, text).get(nickname, ("", nickname))[1] != club, _canonicals(nlp, text)


@pytest.mark.parametrize(("text", "nickname", "club"), [
    # Guards: play in the nickname's sentence (another team, a word of play) or a score in the sentence before.
    ("The Blues scored twice in the second half as Chelsea beat Arsenal 2-1 at Stamford Bridge on Saturday.",
     "Blues", "Chelsea"),
    ("The Foxes moved up to fifth after Leicester beat Everton 2-0 on Saturday.", "Foxes", "Leicester"),
    ("Leicester beat Everton 2-0 on Saturday. The Foxes are now fifth.", "Foxes", "Leicester"),
])
def test_a_common_word_nickname_with_play_beside_it_joins_its_club_guard(nlp: Language, text: str, nickname: str,
                                                                         club: str) -> None:
    assert _canonicals(nlp, text).get(nickname) == ("ORG", club), _canonicals(nlp, text)


def test_guard_a_nickname_before_a_teams_word_joins_its_club(nlp: Language) -> None:
    """Guard: a team's word after the nickname ("Spurs fans") is no noun it modifies out of football."""
    text = "Tottenham beat West Ham 2-0 in the Premier League. Spurs fans celebrated long after the final whistle."
    assert _canonicals(nlp, text).get("Spurs") == ("ORG", "Tottenham"), _canonicals(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # A horse race's name in a text about horse racing is an event, whatever the model said.
    ("Frankie Dettori steered King Of Steel to victory in the Champion Stakes at odds of 9-4. The jockey said it was "
     "a fairy tale.", "Champion Stakes", "EVENT"),
    ("Bookmakers paid out after the favourite won the King George VI Chase at Kempton Park on Boxing Day. The horse "
     "had been backed from 7-2.", "King George VI Chase", "EVENT"),
    ("The Grand National will be run with a reduced field of 34 runners, after a review following the deaths of horses "
     "in recent runnings.", "Grand National", "EVENT"),
    # Guards: a bank so named in a text of no racing; a person so named.
    ("JPMorgan Chase, Bank of America and Citigroup had lobbied against the original proposal.", "JPMorgan Chase",
     "ORG"),
    ("The jockey and trainer were cleared. Kelly Chase, the stable's owner, said the horse was fine.", "Kelly Chase",
     "PERSON"),
])
def test_horse_races_are_events_in_a_text_about_racing(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label


def test_a_race_named_by_a_number_is_one_event(nlp: Language) -> None:
    # The model's count "2,000" and nothing for "Guineas"; the figures read no count of 2,000 either.
    text = ("Notable Speech won the 2,000 Guineas at Newmarket on Saturday, ridden by William Buick. Elmalka won the "
            "1,000 Guineas a day later.")
    result = enrich(nlp, text)
    assert {(e["text"], e["label"]) for e in result["entities"]} >= {("2,000 Guineas", "EVENT"),
                                                                      ("1,000 Guineas", "EVENT")}, result["entities"]
    assert not [f for f in result["figures"] if f["value"] in (1000.0, 2000.0)], result["figures"]


@pytest.mark.parametrize(("text", "race"), [
    # Endurance races named by their hours: "the 6 Hours|TIME of Spa-Francorchamps|ORG", "the 12 Hours of
    # Sebring" one TIME, "the Rolex 24|EVENT at Daytona|PRODUCT".
    ("Toyota won the 6 Hours of Spa-Francorchamps and the 12 Hours of Sebring.", "6 Hours of Spa-Francorchamps"),
    ("Toyota won the 6 Hours of Spa-Francorchamps and the 12 Hours of Sebring.", "12 Hours of Sebring"),
    ("Porsche Penske won the Rolex 24 at Daytona, and Ferrari won the 24 Hours of Le Mans.", "Rolex 24 at Daytona"),
    ("Porsche Penske won the Rolex 24 at Daytona, and Ferrari won the 24 Hours of Le Mans.", "24 Hours of Le Mans"),
    ("Audi won the 6 Hours of Fuji, and BMW the 8 Hours of Bahrain.", "8 Hours of Bahrain"),
])
def test_an_endurance_race_named_by_its_hours_is_one_event(nlp: Language, text: str, race: str) -> None:
    result = enrich(nlp, text)
    assert (race, "EVENT") in {(e["text"], e["label"]) for e in result["entities"]}, result["entities"]
    assert not [f for f in result["figures"] if f["value"] in (6.0, 12.0, 24.0)], result["figures"]


@pytest.mark.parametrize(("text", "name"), [
    # Guards: hours of a day or a term, a headline's, and a watch's hours, are no race.
    ("He spent the first 12 Hours of Trump's term in meetings.", "Trump"),
    ("Rescuers worked for 12 hours of the night in Daytona.", "Daytona"),
    ("The watch, a Rolex 24-hour model, was sold at auction.", "Rolex"),
    # QA rev2: a watch's 24 before a unit of time was the race "Rolex 24", its hours or years lost.
    ("He sold the Rolex 24 hours later for $30,000.", "Rolex"),
    ("He bought a Rolex 24 years ago.", "Rolex"),
    # QA rev2: a documentary's hours of a place were a race.
    ("The 10 Hours of Gaza, a documentary, won a prize at Sundance.", "Gaza"),
])
def test_guard_hours_of_a_day_or_a_watch_are_no_race(nlp: Language, text: str, name: str) -> None:
    assert "EVENT" not in {label for _, label, _ in _labels(nlp, text)}, _labels(nlp, text)
    assert _label_of(nlp, text, name) is not None, _labels(nlp, text)


def test_guard_a_sum_in_guineas_stays_a_number(nlp: Language) -> None:
    # Guard: bloodstock's money in guineas, in lower case, is no race.
    text = "The colt was sold for 2,000 guineas at Tattersalls in 1850."
    result = enrich(nlp, text)
    assert not [e for e in result["entities"] if e["label"] == "EVENT"], result["entities"]
    assert [f for f in result["figures"] if f["value"] == 2000.0], result["figures"]


@pytest.mark.parametrize(("text", "time"), [
    # A race time to a fraction of a second, the model's date, is a count as its other race times are.
    ("The Frenchman won the 200m butterfly in 1:51.21 and the 200m breaststroke in 2:05.85 within two hours.",
     "1:51.21"),
    ("Summer McIntosh broke the world record at the Canadian trials in Toronto, touching in 4:23.65.", "4:23.65"),
    ("Farah ran far outside his personal best of 26:46.57.", "26:46.57"),
    # QA "qa2" (sport): a marathon's time in hours, minutes and seconds.
    ("Sifan Hassan won the London Marathon on Sunday in 2:18:33, outsprinting Ethiopia's Alemu Megertu.", "2:18:33"),
])
def test_race_times_are_no_date(nlp: Language, text: str, time: str) -> None:
    assert _label_of(nlp, text, time) == "CARDINAL", _labels(nlp, text)


@pytest.mark.parametrize(("text", "date"), [
    # Guard: a clock's time and a date keep their labels; whole seconds may be a time of day.
    ("Play resumes at 10:30 on Friday after the rain.", "10:30"),
    ("The polls closed at 22:00:00 on 4 July.", "4 July"),
])
def test_guard_clock_times_and_dates_stay(nlp: Language, text: str, date: str) -> None:
    assert _label_of(nlp, text, date) in ("DATE", "TIME"), _labels(nlp, text)


@pytest.mark.parametrize(("text", "race"), [
    ("She won the marathon in 2:18:33 on Sunday.", True),
    # Guard (QA "qa2"): a clock's hours, minutes and seconds after "at" are no race time.
    ("The alarm went off at 5:30:00 on Monday.", False),
])
def test_guard_hours_minutes_and_seconds_are_a_race_time_only_after_in_or_of(nlp: Language, text: str,
                                                                               race: bool) -> None:
    doc = nlp(text)
    i = next(t.i for t in doc if t.text.count(":") == 2)
    assert is_race_time(doc, Mention(i, i + 1, "DATE")) is race


@pytest.mark.parametrize(("text", "odds"), [
    # A horse's odds in a text about racing are one count, not the model's first number of them.
    ("Ridden by Paul Townend and trained by Willie Mullins, the 11-4 favourite completed the hat-trick.", "11-4"),
    ("Nick Rockett, a 33-1 shot, won the Grand National. The jockey was the trainer's son.", "33-1"),
    ("Bookmakers said the horse had been backed from 7-2 into 6-4 on the morning of the race. The favourite won.",
     "7-2"),
])
def test_racing_odds_are_one_count(nlp: Language, text: str, odds: str) -> None:
    assert _label_of(nlp, text, odds) == "CARDINAL", _labels(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: a score in a text of no racing and a score with no word of odds are no odds (a result's score is no
    # number at all: see `test_half_a_result_outside_sport_is_no_number`), a season's years in a racing text keep the
    # model's date.
    # Guards: a score in a text of no racing, a score with no word of odds and a season's years in a racing text keep
    # the model's numbers, or none (fixC: one side of a score after a result's verb is no count: "6" of "won 6-4").
    ("Alcaraz won 6-4 in the final set, the favourite said.", []),
    ("The jockey's football team won 3-1 at the weekend, the trainer said.", [("the weekend", "DATE")]),
    ("The jockey and trainer said the 2024-25 season was their best.", [("2024-25", "DATE")]),
    # The review's guard: a score after "from" with its "down" beside the words "odds" and "favourite".
    ("Arsenal were the favourite but came back from 2-0 down against the odds to win 3-2.", [("2", "CARDINAL")]),
])
def test_guard_scores_and_seasons_are_no_odds(nlp: Language, text: str, expected: list) -> None:
    numbers = [(written, label) for written, label, _ in _labels(nlp, text) if label in ("CARDINAL", "DATE")]
    assert numbers[:1] == expected, _labels(nlp, text)


@pytest.mark.parametrize(("text", "number", "label"), [
    # A number spelled out before a plural noun of no time counts it: the model's date is a count.
    ("Galopin Des Champs won the Gold Cup, beating Gentlemansgame by two and a quarter lengths.", "two and a quarter",
     "CARDINAL"),
    ("City Of Troy won the Derby by three and a half lengths on Saturday.", "three and a half", "CARDINAL"),
    ("Turnout was two and a half times higher than in 1990.", "two and a half", "CARDINAL"),
    # Guards: a span of time, a year before a plural noun.
    ("He served two and a half years in prison before his release.", "two and a half years", "DATE"),
    ("She spent three and a half seasons at the club.", "three and a half seasons", "DATE"),
    ("The 2024 elections were the largest in history.", "2024", "DATE"),
])
def test_a_spelled_number_before_a_thing_it_counts_is_no_date(nlp: Language, text: str, number: str, label: str
                                                             ) -> None:
    assert _label_of(nlp, text, number) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # The Paralympics are an event as the Olympics are, whatever the model said.
    ("Britain won 49 medals at the Paris Paralympics, including 19 golds.", "Paris Paralympics", "EVENT"),
    ("The Tokyo Paralympics were held in 2021.", "Tokyo Paralympics", "EVENT"),
    # Guards: the body named after the games, and the Olympics, keep their labels.
    ("The International Paralympic Committee said the games would go ahead.", "International Paralympic Committee",
     "ORG"),
    ("Britain won 65 medals at the Paris Olympics.", "Paris Olympics", "EVENT"),
])
def test_the_paralympics_are_an_event(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # A one-word name after "at" in a sentence of a race run, in a text about racing: a course or a stable.
    ("The jockey rode two winners at Ascot on Saturday. Ascot officials said the ground was good to firm, and the "
     "trainer agreed.", "Ascot", "FAC"),
    ("The trainer said the horse would run at Cheltenham. The jockey agreed.", "Cheltenham", "FAC"),
    # Guards: a firm met at in a sentence of no race, a text of no racing, a trainer's yard in the possessive.
    ("The jockey and trainer met at Microsoft to discuss sponsorship. Microsoft said it would back the favourite.",
     "Microsoft", "ORG"),
    ("The conference was held at Cheltenham. Officials at Google said the talks went well.", "Google", "ORG"),
    ("The jockey won at Kempton. The trainer, Paul Nicholls, said the favourite ran well at Nicholls's yard.",
     "Paul Nicholls", "PERSON"),
])
def test_racecourses_after_at_are_facilities(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # A race run at a known racecourse, or Royal Ascot, is racing with no other word of it: the course a facility,
    # a race of one word after "the" an event, found where the model missed them.
    ("Galopin Des Champs won the Gold Cup at Cheltenham.", "Cheltenham", "FAC"),
    ("City Of Troy won the Derby at Epsom.", "Epsom", "FAC"),
    ("City Of Troy won the Derby at Epsom.", "Derby", "EVENT"),
    ("Royal Ascot begins on Tuesday with the Queen Anne Stakes.", "Queen Anne Stakes", "EVENT"),
    ("Royal Ascot begins on Tuesday with the Queen Anne Stakes.", "Royal Ascot", "EVENT"),
    # Guards: a course's town in a council's news, a football cup at a stadium keep theirs.
    ("The council met at Cheltenham town hall to discuss the budget.", "Cheltenham", "ORG"),
    ("Mexico won the Gold Cup at Levi's Stadium.", "Levi's Stadium", "FAC"),
])
def test_a_race_at_a_known_course_is_racing(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    ("The Irish Derby and the Irish Oaks are run at the Curragh. The trainer said the favourite would run.",
     "Irish Oaks", "EVENT"),
    # Guards (the review's, narrowing the race's name to one after an article): a bank, a place, a person so named
    # in a text of racing.
    ("JPMorgan Chase sponsors the meeting at Ascot. The jockey and the trainer of the favourite thanked the sponsor.",
     "JPMorgan Chase", "ORG"),
    ("The JPMorgan Chase bank sponsors the Derby meeting. The trainer and jockey thanked the sponsor.",
     "JPMorgan Chase", "ORG"),
    ("The trainer lives in Thousand Oaks, California. The favourite won at odds of 5-2.", "Thousand Oaks", "GPE"),
    ("Mary Ellen Chase, the trainer, said the odds were fair and the favourite ran well.", "Mary Ellen Chase",
     "PERSON"),
])
def test_guard_a_race_s_name_follows_an_article(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label


@pytest.mark.parametrize(("text", "name"), [
    # A league or division named by its number is one name: the cleaning cut "League 2" to "League" (a number is
    # no part of most organisations' names).
    ("Grimsby were relegated from League 2 in May, and Notts County moved up to League 1.", "League 2"),
    ("The club finished top of League 2 with 92 points. Bradford were third in League 2.", "League 2"),
])
def test_a_numbered_league_keeps_its_number(nlp: Language, text: str, name: str) -> None:
    written = [w for w, _, _ in _labels(nlp, text)]
    assert name in written and "League" not in written, _labels(nlp, text)


@pytest.mark.parametrize(("text", "not_made"), [
    # Guards: a margin after a league's name, a league's year, a count after a division's name.
    ("Liverpool lead the Premier League by 2 points after beating Arsenal 2-1.", "League by 2"),
    ("Liverpool lead the League 2 points clear of Arsenal.", "League 2"),
    ("The Champions League 2024 final was held at Wembley on Saturday.", "Champions League 2024"),
    ("The 82nd Airborne Division deployed 2,000 troops to the region.", "82nd Airborne Division 2,000"),
])
def test_guard_a_number_after_a_league_that_names_none(nlp: Language, text: str, not_made: str) -> None:
    assert not_made not in [w for w, _, _ in _labels(nlp, text)], _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label", "nth"), [
    # A club's name before its "FC" or "AFC" is the club's, as before a firm's "Ltd" (the model's person).
    ("Wrexham AFC beat Barnsley FC 3-1 on Saturday. Wrexham's owners Ryan Reynolds and Rob McElhenney watched.",
     "Wrexham", "ORG", 0),
    ("Wrexham A.F.C. are owned by Ryan Reynolds and Rob McElhenney. Wrexham won the game 2-0.", "Wrexham", "ORG", 0),
    # Guard: a player named before a club called after him stays a person.
    ("Harry Kane scored twice for Bayern. Kane FC, a junior club in Essex named after him, celebrated.", "Harry Kane",
     "PERSON", 0),
])
def test_a_name_before_a_clubs_fc_is_the_club(nlp: Language, text: str, name: str, label: str, nth: int) -> None:
    assert _label_of(nlp, text, name, nth) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Arsenal hit Leeds with two late goals to win 4-1 at the Emirates on Saturday. Bukayo Saka scored twice for the "
     "visitors and the midfielder Declan Rice added another.", "Leeds"),
    ("Liverpool attacked Everton from the start and scored twice in the first 20 minutes. Mohamed Salah added a third "
     "after the break. The striker has 15 goals this season.", "Everton"),
])
def test_a_place_named_club_the_model_calls_no_place_is_the_team_in_a_text_about_sport(
        nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "ORG"


@pytest.mark.parametrize(("text", "name"), [
    ("Inter finished second in Serie A last season, 19 points behind Napoli. The striker Lautaro Martinez scored 24 "
     "goals.", "Inter"),
    ("Everton were relegated after a 2-1 defeat at Goodison Park. The club's fans booed the players off. The striker "
     "missed a penalty.", "Everton"),
])
def test_a_place_named_club_the_model_missed_as_a_subject_is_the_team_in_a_text_about_sport(
        nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "ORG"


@pytest.mark.parametrize(("text", "name", "label"), [
    # a player named like a club is the player
    ("Everton Soares scored twice for Benfica. The striker, who joined from Gremio, has 12 goals. Everton said he was "
     "happy.", "Everton", "PERSON"),
    # the town where the words around make it one
    ("The striker was born in Leeds and the goalkeeper grew up nearby. Both scored goals for the academy.", "Leeds",
     "GPE"),
    ("Thousands of fans travelled back to Liverpool after the match. The striker scored two goals.", "Liverpool",
     "GPE"),
    ("The goalkeeper grew up in Monaco and scored goals as a striker in his youth. He visited Lyon last summer.",
     "Lyon", "GPE"),
    ("Bath is a lovely city, the striker said after scoring two goals for England.", "Bath", None),
    ("Celtic music filled the stadium before the match. The striker scored two goals.", "Celtic", None),
])
def test_guard_a_place_named_club_s_player_and_town_stay_in_a_text_about_sport(
        nlp: Language, text: str, name: str, label: str | None) -> None:
    assert _label_of(nlp, text, name) == label


@pytest.mark.parametrize(("text", "name"), [
    # no text about sport: whatever the model said, no team
    ("Everton was a district of Liverpool where dock workers lived. Its people voted for the new council.", "Everton"),
    ("Milan finished the year with record tourist numbers, the city council said.", "Milan"),
    ("Leeds hit its recycling target two years early, the council said on Monday.", "Leeds"),
])
def test_guard_a_place_named_club_outside_sport_is_no_team(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) != "ORG"


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guards: a person or a country before a football conference's "AFC", no club's name.
    ("Lamar Jackson AFC Offensive Player of the Week for the third time, the NFL said on Wednesday.", "Lamar Jackson",
     "PERSON"),
    ("The Kansas City Chiefs will face Josh Allen AFC rivals Buffalo in the play-offs on Sunday.", "Josh Allen",
     "PERSON"),
    ("Qatar AFC Asian Cup champions in 2019 and 2023, will host the tournament again, officials said.", "Qatar", "GPE"),
])
def test_guard_a_person_or_a_country_before_afc_is_no_club(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guards: a text of runners or of betting on an election, with no horse's word, has no racecourse.
    ("Bookmakers make Andy Burnham the favourite in the race to succeed Keir Starmer, with odds of 2-1 at Ladbrokes.",
     "Ladbrokes", "ORG"),
    ("The marathon favourite, who trains at Nike, won in Berlin. The runners said the course was fast.", "Nike",
     "ORG"),
    # a horse's word in the text: the course as before
    ("The favourite won at Kempton on Wednesday. The jockey said the horse had handled the fences well.", "Kempton",
     "FAC"),
])
def test_guard_no_racecourse_after_at_without_horses(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "number"), [
    # Guards: a number of the year's seasons is a span of time, a date.
    ("The company spent two and a half summers building the stadium, the architect said.", "two and a half"),
    ("She spent three and a half winters in Antarctica studying penguins.", "three and a half"),
])
def test_guard_a_spelled_number_before_seasons_of_the_year_stays_a_date(nlp: Language, text: str, number: str
                                                                       ) -> None:
    assert _label_of(nlp, text, number) == "DATE", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # Clubs named "County", places to the model and to the county rule.
    ("Derby County beat Stoke City 2-1 on Saturday.", "Derby County"),
    ("Notts County were promoted to League One after a 3-0 win.", "Notts County"),
    ("Stockport County FC won the League Two title.", "Stockport County"),
])
def test_clubs_named_county_are_teams(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "ORG", _labels(nlp, text)


def test_guard_a_county_not_listed_as_a_club_stays_a_place(nlp: Language) -> None:
    # guard: the county rule as before for a county that is no listed club
    text = "Orange County said the fires had burned 2,000 acres."
    assert _label_of(nlp, text, "Orange County") == "GPE", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # A club played as a side in a sentence that names a competition, no other word of play: the team.
    ("Pisa were promoted from Serie B. Bologna finished fifth in Serie A.", "Bologna"),
])
def test_a_club_in_a_sentence_naming_a_competition_is_the_team(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "ORG", _labels(nlp, text)


def test_guard_a_club_s_town_in_a_sentence_naming_a_competition_stays_the_place(nlp: Language) -> None:
    # guard: "in Bologna" is the town, whatever competition the sentence names
    text = "The Serie A season ended on Sunday, and fans in Bologna celebrated in the streets."
    assert _label_of(nlp, text, "Bologna") != "ORG", _labels(nlp, text)


def test_a_club_before_a_player_s_post_makes_a_text_about_sport(nlp: Language) -> None:
    text = "Chelsea targeted Leeds winger Raphinha in the summer."
    assert is_about_sport(nlp(text), [])
    assert _label_of(nlp, text, "Leeds") == "ORG", _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # Guards: a post a council or a shop has too, or a player's post with no club before it.
    "The Leeds manager of the bakery said sales fell.",
    "The firm's striker is a new ad campaign, the Leeds office said.",
])
def test_guard_no_sport_text_from_a_post_without_a_club_before_it(nlp: Language, text: str) -> None:
    assert not is_about_sport(nlp(text), [])


@pytest.mark.parametrize(("text", "name"), [
    # A competition's group's number or letter is the name's ("Nations League Group" and a count "2" to the model).
    ("England were drawn in Nations League Group 2 with Greece.", "Nations League Group 2"),
    ("Celtic were drawn in Champions League Group B with Lazio.", "Champions League Group B"),
    # fixC: a known competition by its letters ("AFCON Group" to the model).
    ("Nigeria top AFCON Group A after beating Ivory Coast 1-0 in Abidjan.", "AFCON Group A"),
])
def test_a_competition_s_group_is_named_whole(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "ORG", _labels(nlp, text)
    assert _label_of(nlp, text, "2") is None, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guard: a firm winning a contract at an "Open" is no player.
    ("Apple won the contract at the Open on Friday.", "Apple", "ORG"),
])
def test_guard_a_firm_beside_an_open_is_no_player(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


def test_guard_a_firm_s_group_keeps_no_number_after_it(nlp: Language) -> None:
    # guard: "Group" of a firm's name, no competition's word before it
    text = "The Adani Group 2 unit was closed."
    assert _label_of(nlp, text, "Adani Group 2") is None, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # Known grounds after "at" in a text about sport: facilities (a body, a place or nothing to the model).
    ("Salah scored twice as Liverpool beat Everton 2-0 at Anfield.", "Anfield"),
    ("Arsenal drew 1-1 with Chelsea at the Emirates on Sunday.", "Emirates"),
    ("Fulham beat Wolves 3-1 at Craven Cottage.", "Craven Cottage"),
    ("The FA Cup final will be played at Wembley on Saturday.", "Wembley"),
    # Known wrong (kw fixC): golf's courses, motor racing's circuits and tennis's courts were persons, places, bodies.
    ("Xander Schauffele holed a birdie putt on the 72nd hole at Valhalla to win the US PGA Championship.", "Valhalla"),
    ("Bryson DeChambeau won the US Open at Pinehurst No. 2 on Sunday.", "Pinehurst No. 2"),
    ("Lando Norris won the Grand Prix at Yas Marina, holding off Max Verstappen.", "Yas Marina"),
    ("Carlos Alcaraz beat Novak Djokovic on Centre Court to win Wimbledon.", "Centre Court"),
    # QA qa2: Australia's grounds by their letters, darts' and snooker's homes (bodies to the model, or nothing).
    ("Carlton held off Richmond 15.9 (99) to 11.12 (78) at the MCG on Thursday night.", "MCG"),
    ("Luke Littler won the PDC World Darts Championship at Alexandra Palace, beating Michael van Gerwen 7-3.",
     "Alexandra Palace"),
    ("Kyren Wilson won the World Snooker Championship at the Crucible, beating Jak Jones 18-14 in the final.",
     "Crucible"),
    # fixC: London's grass-court club by its possessive ("Queen" a person to the model).
    ("Alcaraz won the title at Queen's last year, beating Lehecka in the final in straight sets.", "Queen's"),
])
def test_known_grounds_after_at_are_facilities(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "FAC", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # Guards: no text about sport, or no "at" before the name.
    ("She works at Emirates, the airline said.", "Emirates"),
    ("Emirates beat its profit forecast 2-1 against analysts' hopes, the striker of a deal said.", "Emirates"),
    # Review nrev1 guard: a sponsor's ground without "the" is the airline, in a text about sport too.
    ("Emirates FA Cup holders Manchester United said the draw was fair. Flights at Emirates were delayed.",
     "Emirates"),
    # QA qa2 guard: a concert hall's name in a text about no sport stays the model's.
    ("The band played at Alexandra Palace on Friday, and the crowd sang along.", "Alexandra Palace"),
    # fixC guard: Belfast's university in a text about no sport.
    ("She studied law at Queen's and now works in Belfast.", "Queen's"),
])
def test_guard_a_ground_s_name_outside_sport_or_not_after_at_is_no_ground(nlp: Language, text: str, name: str
                                                                          ) -> None:
    assert _label_of(nlp, text, name) != "FAC", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # A horse's word by its sex makes, with another word of racing, a text about racing.
    ("City Of Troy, trained by Aidan O'Brien at Ballydoyle, won the Derby at Epsom. The colt was ridden by Ryan "
     "Moore.", "Ballydoyle", "FAC"),
    ("The filly won the Queen Anne Stakes at Royal Ascot by two lengths, ridden by Frankie Dettori.",
     "the Queen Anne Stakes", "EVENT"),
    ("The filly won the Queen Anne Stakes at Royal Ascot by two lengths, ridden by Frankie Dettori.", "Royal Ascot",
     "EVENT"),
])
def test_horses_by_their_sex_make_a_text_about_racing(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "horse"), [
    # fixC: a horse that won under a jockey, or for a trainer with no given name opening its name, was a person or a
    # body ("Mystik Dan|PERSON", "Galopin Des Champs|ORG"); the service has no label for horses.
    ("Mystik Dan won the Kentucky Derby by a nose under jockey Brian Hernandez Jr. for trainer Kenny McPeek.",
     "Mystik Dan"),
    ("Galopin Des Champs won the Gold Cup at Cheltenham for trainer Willie Mullins. The jockey said he was thrilled.",
     "Galopin Des Champs"),
])
def test_a_horse_that_won_under_a_jockey_or_for_a_trainer_is_no_entity(nlp: Language, text: str, horse: str
                                                                       ) -> None:
    assert _label_of(nlp, text, horse) is None, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # Guards: a jockey who won for a trainer, a trainer who won, a politician "under pressure" stay persons.
    ("Ryan Moore won the Derby at Epsom for trainer Aidan O'Brien on City Of Troy.", "Ryan Moore"),
    ("Aidan O'Brien won the Derby at Epsom under Ryan Moore, the trainer's tenth.", "Aidan O'Brien"),
    ("Kenny McPeek won the Kentucky Derby for the first time as a trainer, and jockey Brian Hernandez Jr. said it "
     "was a dream.", "Kenny McPeek"),
    ("Keir Starmer won the election under pressure from his party.", "Keir Starmer"),
])
def test_guard_people_who_won_a_race_stay_persons(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "PERSON", _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # A score of goals and points beside the other side's is no count ("won 1-15|CARDINAL to 0-13|CARDINAL").
    "Limerick won 1-15 to 0-13 against Cork in the Munster hurling final at the Gaelic Grounds.",
    "Kilkenny beat Galway 2-19 to 1-20 in the Leinster hurling final at Croke Park.",
])
def test_goals_and_points_of_gaelic_games_are_no_cardinals(nlp: Language, text: str) -> None:
    assert [label for _, label, _ in _labels(nlp, text) if label == "CARDINAL"] == [], _labels(nlp, text)


def test_guard_heights_from_and_to_are_no_gaelic_score(nlp: Language) -> None:
    text = "Heights ranged from 5-11 to 6-2 among the recruits, the army said."
    assert _label_of(nlp, text, "5-11") == "CARDINAL", _labels(nlp, text)


@pytest.mark.parametrize(("text", "teams"), [
    ("Limerick won the All-Ireland hurling final at Croke Park, beating Kilkenny by 0-30 to 2-15. Cian Lynch scored "
     "three points from play.", ["Limerick", "Kilkenny"]),
    ("Kerry beat Galway by 1-15 to 0-13 to win the Sam Maguire Cup. David Clifford scored 0-8, and Kerry manager Jack "
     "O'Connor said his side had earned it.", ["Kerry", "Galway"]),
])
def test_counties_of_gaelic_games_played_as_sides_are_teams(nlp: Language, text: str, teams: list[str]) -> None:
    labels = _labels(nlp, text)
    for team in teams:
        assert {label for written, label, _ in labels if written == team} == {"ORG"}, (team, labels)


@pytest.mark.parametrize(("text", "county"), [
    ("Protesters were hurling abuse at police in Limerick. Kerry Katona said the town was lovely.", "Limerick"),
    ("The GAA said clubs would get new funding. Fans travelled from Galway to Dublin.", "Galway"),
])
def test_guard_counties_not_played_as_sides_stay_places(nlp: Language, text: str, county: str) -> None:
    # guard: "hurling abuse" names no Gaelic games, and a county after "from" is the place even in a GAA text
    assert _label_of(nlp, text, county) == "GPE"


def test_counties_favoured_for_a_provincial_title_are_sides(nlp: Language) -> None:
    # Known wrong (kw fixC): a province's football title named no Gaelic games; "Tyrone" and "Armagh" were places.
    text = "Derry, Tyrone and Armagh are the favourites for the Ulster football title."
    labels = _labels(nlp, text)
    for team in ("Derry", "Tyrone", "Armagh"):
        assert {label for written, label, _ in labels if written == team} == {"ORG"}, (team, labels)


@pytest.mark.parametrize(("text", "gaelic"), [
    ("Kerry beat Cork in the Munster football final at Killarney.", True),
    # Guards: a province's rugby side in a final, a province's word before no championship of Gaelic games.
    ("Leinster beat Munster 20-15 in the United Rugby Championship. The Munster final was cancelled.", False),
    ("Ulster Bank said profits rose. The Ulster final of the debating contest was held in Belfast.", False),
])
def test_a_provincial_championship_names_gaelic_games(nlp: Language, text: str, gaelic: bool) -> None:
    assert is_about_gaelic_games(nlp(text)) is gaelic


@pytest.mark.parametrize(("text", "gaelic"), [
    # A province's final between counties, a score of goals and points after a county, two counties in a football
    # result.
    ("The Ulster final between Armagh and Donegal was a thriller.", True),
    ("Cork and Tipperary drew 2-20 apiece.", True),
    ("Kerry beat Dublin in the football final.", True),
    # Guards: two counties in a race of no game, a height's range beside a county.
    ("Cork beat Dublin in the race to host the summit.", False),
    ("The players ranged from 5-11 to 6-2 in Cork.", False),
])
def test_counties_playing_name_gaelic_games(nlp: Language, text: str, gaelic: bool) -> None:
    assert is_about_gaelic_games(nlp(text)) is gaelic


@pytest.mark.parametrize(("text", "name", "label"), [
    # The sides of a province's final, of a draw, of a result between counties are teams, the province a place.
    ("The Ulster final between Armagh and Donegal was a thriller.", "Donegal", "ORG"),
    ("The Ulster final between Armagh and Donegal was a thriller.", "Ulster", "GPE"),
    ("Cork and Tipperary drew 2-20 apiece.", "Tipperary", "ORG"),
    # (a date to the model; this case was a place's test, the county's GPE being better than DATE: a side now)
    ("Cork and Tipperary drew 2-20 apiece in the Munster hurling final at Thurles on Sunday.", "Tipperary", "ORG"),
    ("Kerry beat Dublin in the football final.", "Kerry", "ORG"),
    ("Kerry beat Dublin in the football final.", "Dublin", "ORG"),
    # Guards: towns "between" in no match, counties that drew no score keep theirs.
    ("The road between Liverpool and Manchester was closed after the striker crashed.", "Manchester", "GPE"),
    ("Cork and Kerry drew a big crowd to the GAA congress.", "Kerry", "PERSON"),
])
def test_counties_of_a_final_or_a_draw_are_sides(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "province"), [
    ("Derry, Tyrone and Armagh are the favourites for the Ulster football title.", "Ulster"),
    ("Cork and Tipperary drew 2-20 apiece in the Munster hurling championship.", "Munster"),
])
def test_a_province_of_a_gaelic_games_championship_is_a_place(nlp: Language, text: str, province: str) -> None:
    # Known wrong (kw fixC): the province was a person.
    assert _label_of(nlp, text, province) == "GPE", _labels(nlp, text)


def test_guard_a_rugby_province_keeps_the_models_label(nlp: Language) -> None:
    # Guard: rugby's provinces, in a text naming no Gaelic games, stay the sides.
    text = "Leinster beat Munster 20-15 in the United Rugby Championship."
    assert _label_of(nlp, text, "Munster") == "ORG", _labels(nlp, text)


def test_guard_a_rugby_province_that_plays_stays_the_side_in_a_gaelic_games_text(nlp: Language) -> None:
    # Guard (rev2): a text of both rugby and Gaelic games; the province that beat another is the rugby side.
    text = "Munster beat Leinster 20-15 in the URC on Saturday, while Kerry won the Munster football final on Sunday."
    assert _label_of(nlp, text, "Munster") == "ORG", _labels(nlp, text)


def test_guard_a_county_after_in_stays_a_place_in_a_gaelic_games_text(nlp: Language) -> None:
    # Guard: a county the model reads as a person but written after "in" is the place, not the side.
    text = "There are great clubs in Armagh and Fermanagh. Derry won the Ulster football title last year."
    assert _label_of(nlp, text, "Armagh") != "ORG", _labels(nlp, text)


GAELIC_RESULT = ("Kerry 1-20 Derry 0-14 (All-Ireland quarter-final, Croke Park). Scorers for Kerry: D Clifford 0-8 "
                 "(0-4f), S O'Shea 0-5. Scorers for Derry: S McGuigan 0-5.")


def test_a_county_before_its_tally_or_after_scorers_for_is_the_side(nlp: Language) -> None:
    # Helper fixD: "Kerry" (a given name too) of a Gaelic result line and of "Scorers for Kerry:" was a person.
    labels = _labels(nlp, GAELIC_RESULT)
    assert {label for written, label, _ in labels if written == "Kerry"} == {"ORG"}, labels


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guards: a person named Kerry beside a Gaelic result, and a county after "in", keep theirs.
    ("Kerry beat Derry 1-20 to 0-14 in the All-Ireland quarter-final. Kerry Katona, who was at the game, said it was "
     "brilliant.", "Kerry Katona", "PERSON"),
    ("Kerry 1-20 Derry 0-14. There are great clubs in Armagh and Fermanagh.", "Armagh", "GPE"),
])
def test_guard_names_beside_a_gaelic_result_line_stay(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "ground"), [
    # Helper fixD: a known ground closing a result's bracket was a person.
    (GAELIC_RESULT, "Croke Park"),
    ("Liverpool 2 Everton 0 (Premier League, Anfield). Mohamed Salah scored twice.", "Anfield"),
])
def test_a_ground_closing_a_results_bracket_is_the_venue(nlp: Language, text: str, ground: str) -> None:
    assert _label_of(nlp, text, ground) == "FAC", _labels(nlp, text)


def test_guard_a_one_word_ground_after_a_place_in_brackets_is_no_venue(nlp: Language) -> None:
    # Guard: one word after a place in brackets may be its town, the rule leaves it.
    text = "The match was played in the capital (north London, Wembley) on Sunday after Arsenal beat Chelsea 2-1."
    assert _label_of(nlp, text, "Wembley") != "FAC", _labels(nlp, text)


def test_guard_hurling_abuse_makes_no_match_report(nlp: Language) -> None:
    assert not is_about_sport(nlp("Protesters were hurling abuse at police in Limerick and Cork."), [])


@pytest.mark.parametrize("text", [
    "Dublin manager Dessie Farrell said his side would be ready for Mayo in the All-Ireland quarter-final.",
    "Tipperary's Jake Morris scored 1-3 as Tipp beat Cork in the All-Ireland final, their first title since 2019.",
])
def test_all_ireland_names_no_country(nlp: Language, text: str) -> None:
    assert "Ireland" not in [written for written, _, _ in _labels(nlp, text)]


def test_guard_ireland_written_alone_stays_the_country(nlp: Language) -> None:
    text = "Ireland beat Wales in the Six Nations. The All-Ireland final is on Sunday in Dublin, in Ireland."
    assert [label for written, label, _ in _labels(nlp, text) if written == "Ireland"][-1:] == ["GPE"]


def test_a_league_keeps_its_letter(nlp: Language) -> None:
    text = "Melbourne Victory signed the Japanese midfielder Ryo Wada for the A-League Men season, the club said."
    assert ("A-League Men", "ORG") in {(written, label) for written, label, _ in _labels(nlp, text)}


@pytest.mark.parametrize(("text", "name"), [
    # Clubs of Serie A and the Scottish Premiership named by their town alone, played as sides.
    ("Pisa were promoted from Serie B. Bologna finished fifth in Serie A.", "Pisa"),
    ("Celtic lead the Scottish Premiership. Dundee were relegated to the Championship.", "Dundee"),
    ("Kilmarnock beat Motherwell 2-1 at Rugby Park.", "Motherwell"),
])
def test_more_place_named_clubs_are_teams_where_played(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "ORG", _labels(nlp, text)


def test_guard_a_listed_club_s_town_after_in_stays_the_place(nlp: Language) -> None:
    # guard: "in Dundee" is the town in a text about sport
    text = "Police in Dundee said a man was arrested after the Scottish Premiership match."
    assert _label_of(nlp, text, "Dundee") == "GPE", _labels(nlp, text)


@pytest.mark.parametrize(("text", "teams"), [
    ("Penrith Panthers won their fourth straight NRL premiership, beating Melbourne Storm 14-6 at Accor Stadium.",
     ["Penrith Panthers", "Melbourne Storm"]),
    ("The Gold Coast Titans sacked coach Des Hasler after a 22-point loss to the Dolphins.", ["Gold Coast Titans"]),
    ("West Coast Eagles captain Liam Duggan said the club had a long way to go after a 60-point loss to Essendon.",
     ["West Coast Eagles"]),
    ("Sydney FC beat Western Sydney Wanderers 2-1 in the A-League derby at Allianz Stadium.",
     ["Western Sydney Wanderers"]),
])
def test_australasian_clubs_are_teams(nlp: Language, text: str, teams: list[str]) -> None:
    """QA "qa2": "Penrith Panthers" was a person, "Melbourne Storm" a product, "West Coast Eagles" a place, "Gold Coast
    Titans" and "Western Sydney Wanderers" missed."""
    labels = _labels(nlp, text)
    for team in teams:
        assert {label for written, label, _ in labels if written == team} == {"ORG"}, (team, labels)


def test_guard_a_clubs_town_written_alone_stays_the_place(nlp: Language) -> None:
    # guard: the town of a club, written without the club's nickname
    text = "He moved to the Gold Coast in 2010 and later lived in Penrith, near Sydney."
    labels = {written: label for written, label, _ in _labels(nlp, text)}
    assert labels.get("Penrith") in ("GPE", "LOC") and "ORG" not in labels.values(), labels


def test_australian_football_clubs_written_alone_are_teams(nlp: Language) -> None:
    text = "Collingwood beat Brisbane by 4 points in the AFL grand final at the MCG on Saturday."
    labels = {written: label for written, label, _ in _labels(nlp, text)}
    assert labels.get("Collingwood") == "ORG", labels


@pytest.mark.parametrize(("text", "county"), [
    ("Flooding hit Galway, Mayo and Donegal after Storm Debi swept in overnight.", "Mayo"),
    ("Kerry Katona said Cork was lovely in the summer.", "Cork"),
    ("There are many clubs in Kerry and Mayo that field teams in the All-Ireland championship.", "Kerry"),
    ("There are many clubs in Kerry and Mayo that field teams in the All-Ireland championship.", "Mayo"),
])
def test_irish_counties_written_alone_are_places_where_no_side(nlp: Language, text: str, county: str) -> None:
    assert _label_of(nlp, text, county) == "GPE", _labels(nlp, text)


def test_guard_a_county_named_as_a_person_or_played_as_a_side_keeps_its_label(nlp: Language) -> None:
    # A given name the text writes as a person's, alone or in full, is no county.
    assert _label_of(nlp, "Kerry said she was delighted with the result.", "Kerry") == "PERSON"
    assert _label_of(nlp, "Kerry Katona said Cork was lovely in the summer.", "Kerry Katona") == "PERSON"
    # A county's word a title names a person by is the person's, titled or not.
    text = "Lord Longford visited the prison. Longford said the prisoner had changed."
    assert _label_of(nlp, text, "Longford", 1) == "PERSON", _labels(nlp, text)
    assert _label_of(nlp, "Detective Inspector Carlow said the man was arrested.", "Carlow") == "PERSON"
    # A side the model read as one, beaten in a final, in a text too short to be about sport.
    assert _label_of(nlp, "Kerry Group said profits rose. Kerry beat Mayo in the final.", "Mayo") == "ORG"
    # A side of Gaelic games stays the team; the same county after "in" is the place.
    text = "Kilkenny beat Galway in the All-Ireland hurling final. There are great clubs in Kilkenny."
    assert _label_of(nlp, text, "Kilkenny") == "ORG" and _label_of(nlp, text, "Galway") == "ORG"
    assert _label_of(nlp, text, "Kilkenny", 1) == "GPE"


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guards: a firm or a side named by a county opening its clause stays the body; a given name's county listed beside
    # people is the person, beside places the place.
    ("Waterford said profits at its crystal business fell by a fifth in the year to March.", "Waterford", "ORG"),
    ("Mayo manager Kevin McStay named his team for the Connacht football final against Galway.", "Mayo", "ORG"),
    ("Blinken and Kerry met European ministers in Geneva to discuss the climate talks.", "Kerry", "PERSON"),
    ("Tourism in Kerry and Clare rose 12% last summer, Failte Ireland said.", "Clare", "GPE"),
])
def test_guard_a_county_opening_its_clause_or_listed_beside_people_is_no_place(nlp: Language, text: str, name: str,
                                                                              label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


def test_a_stadium_that_stages_concerts_is_the_ground_after_at_in_any_text(nlp: Language) -> None:
    # Known wrong (kw fixC): "Wembley" of a concert was an organisation; the arena it opens is another place.
    text = "Taylor Swift played at Wembley last night. Protesters gathered at Wembley Arena on Saturday."
    assert _label_of(nlp, text, "Wembley") == "FAC", _labels(nlp, text)
    groups = {g["name"] for g in extract_entities(nlp(text), nlp)[1]}
    assert {"Wembley", "Wembley Arena"} <= groups, groups


@pytest.mark.parametrize(("text", "name"), [
    # Known wrong (kw fixC): a course or a circuit no town is named by, in a text with no other word of sport.
    ("Lando Norris won the race at Yas Marina, holding off Verstappen by 7.612 seconds.", "Yas Marina"),
    ("Scottie Scheffler won the Masters at Augusta National.", "Augusta National"),
    ("Francesco Bagnaia won at Mugello, and Marc Marquez won the San Marino MotoGP.", "Mugello"),
])
def test_a_venue_of_its_own_name_is_the_ground_after_at_in_any_text(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "FAC", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # A football ground no place shares the name of, outside it, in a text with no other word of sport.
    ("Fans gathered outside Old Trafford.", "Old Trafford"),
    ("Police stood outside Anfield as the crowd left.", "Anfield"),
])
def test_a_landmark_ground_is_the_ground_outside_it_in_any_text(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "FAC", _labels(nlp, text)


def test_guard_the_district_of_a_ground_stays_a_place(nlp: Language) -> None:
    # Guard: the district named as the ground, lived "in", stays the model's place.
    text = "He grew up in Old Trafford and now lives in Sale."
    assert _label_of(nlp, text, "Old Trafford") not in ("FAC", "ORG", "PERSON"), _labels(nlp, text)


def test_guard_a_town_with_a_circuit_stays_a_place_outside_sport(nlp: Language) -> None:
    # Guard: a town that has a course or a circuit, outside a text about sport, keeps the model's place.
    text = "Protesters gathered at Pinehurst on Saturday to oppose the new housing plan."
    assert _label_of(nlp, text, "Pinehurst") != "FAC", _labels(nlp, text)


def test_a_stadium_sold_out_is_the_ground_in_any_text(nlp: Language) -> None:
    # Known wrong (kw fixC): "Wembley" sold out was a person.
    text = "Taylor Swift sold out Wembley for eight nights."
    assert _label_of(nlp, text, "Wembley") == "FAC", _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # Guards: "on" opens no ground but a court; "out" none but after a verb of selling.
    "Fans walked on Wembley Way before the FA Cup final, and the striker scored twice in the match.",
    "Crowds poured out Wembley way after the FA Cup final, and the striker scored twice in the match.",
])
def test_guard_a_ground_after_on_or_out_of_no_court_or_sale_is_no_ground(nlp: Language, text: str) -> None:
    assert _label_of(nlp, text, "Wembley") != "FAC", _labels(nlp, text)


def test_guard_the_district_of_a_stadium_stays_a_place_outside_at(nlp: Language) -> None:
    assert _label_of(nlp, "He lives in Wembley with his family.", "Wembley") == "GPE"


def test_a_club_joined_in_a_text_about_sport_is_the_team(nlp: Language) -> None:
    # Known wrong (kw fixC): the club a player joined was the city.
    text = "Leeds winger Raphinha joined Barcelona for 55 million euros."
    assert _label_of(nlp, text, "Barcelona") == "ORG", _labels(nlp, text)


def test_guard_a_town_joined_outside_sport_stays_the_town(nlp: Language) -> None:
    text = "The economist joined Barcelona's city council as an adviser after years in Madrid."
    assert _label_of(nlp, text, "Barcelona") != "ORG", _labels(nlp, text)


@pytest.mark.parametrize(("text", "players"), [
    # Players named by their surnames before a tennis match's sets: nothing to the model, or an organisation.
    ("Sinner beat Fritz 6-3 6-4 7-5 in the final.", ["Sinner", "Fritz"]),
    ("Djokovic beat Musetti 6-4 7-6(2) 6-4 in the semi-finals.", ["Djokovic", "Musetti"]),
    ("Alcaraz beat Djokovic 6-2 6-2 7-6(4) in the Wimbledon final on Sunday.", ["Alcaraz", "Djokovic"]),
    ("Sabalenka defeated China's Zheng Qinwen 6-3 6-2.", ["Sabalenka", "Zheng Qinwen"]),
    # The loser first (review 2: both were organisations).
    ("Djokovic lost to Musetti 6-4 6-4 in the quarter-finals.", ["Djokovic", "Musetti"]),
    ("Fritz was beaten by Sinner 6-3 6-4 7-5 in the final.", ["Fritz", "Sinner"]),
])
def test_players_of_a_tennis_result_before_its_sets_are_persons(nlp: Language, text: str, players: list[str]) -> None:
    for player in players:
        assert _label_of(nlp, text, player) == "PERSON", _labels(nlp, text)


def test_a_tennis_results_sets_leave_no_number(nlp: Language) -> None:
    labels = _labels(nlp, "Novak Djokovic beat Lorenzo Musetti 6-4 7-6(2) 6-4 in the semi-finals.")
    assert not [x for x in labels if x[1] == "CARDINAL"], labels


@pytest.mark.parametrize("text", [
    # A match's games by points: the model's DATE and CARDINALs ("25-18|DATE", "25-20|CARDINAL"), dates ("8-11") and
    # times ("9-11") of volleyball, badminton, table tennis and squash.
    "Italy won the Olympic volleyball gold, beating the United States (25-18, 25-20, 25-17).",
    "An Se-young of South Korea beat China's He Bing Jiao 21-17, 21-15 in the final.",
    "Fan, the Olympic champion, won 11-7, 8-11, 11-9, 11-6, 9-11, 11-5 in Durban.",
    "Ali Farag beat Mostafa Asal 11-9, 11-7, 8-11, 11-6 in 74 minutes.",
    "Shi Yuqi beat Viktor Axelsen 21-15, 19-21, 22-20 in the badminton final.",
])
def test_games_by_points_leave_no_date_nor_number(nlp: Language, text: str) -> None:
    labels = _labels(nlp, text)
    assert not [x for x in labels if x[1] in ("DATE", "CARDINAL", "TIME") and "-" in x[0]], labels


@pytest.mark.parametrize(("text", "number"), [
    # Guards: a survey's age bands (each reads as a game's score at deuce, but none has the higher number first), a
    # board's votes, are no games.
    ("The survey asked people aged 16-18, 19-21 and 22-25 about their jobs.", "19-21"),
    ("The survey covered children aged 5-11, 12-17 and adults.", "12-17"),
    ("The board voted 4-3, 5-2 on the two motions.", "4-3"),
])
def test_guard_bands_and_votes_are_no_games(nlp: Language, text: str, number: str) -> None:
    assert _label_of(nlp, text, number) == "CARDINAL", _labels(nlp, text)


@pytest.mark.parametrize(("text", "number"), [
    # Review rev2: votes and a poll's leads each won by the side written first, with no match in the sentence, read as
    # games (their numbers dropped).
    ("The Senate confirmed the two nominees by votes of 51-49, 50-48 on Thursday.", "51-49"),
    ("The city council approved the zoning change 11-2, 11-4 in two readings on Tuesday.", "11-2"),
    ("A new poll put Labour ahead of the Conservatives by 25-18, 25-20 among voters under 35.", "25-18"),
    ("The committee voted 15-6, 15-7 to advance the two amendments.", "15-6"),
])
def test_votes_won_by_the_first_side_are_no_games(nlp: Language, text: str, number: str) -> None:
    assert _label_of(nlp, text, number) == "CARDINAL", _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # Guard: straight games of a match named in the sentence still leave no number.
    "Sun Yingsha beat Wang Manyu 11-7, 11-9, 11-6, 11-8 to win the world title.",
    "Italy swept the Netherlands in straight sets (25-19, 25-21, 25-23) in Paris.",
])
def test_guard_straight_games_of_a_match_leave_no_number(nlp: Language, text: str) -> None:
    labels = _labels(nlp, text)
    assert not [x for x in labels if x[1] in ("CARDINAL", "DATE", "TIME") and "-" in x[0]], labels


@pytest.mark.parametrize(("text", "teams"), [
    # Sides of a result by a team's points (basketball, netball): a person or nothing to the model.
    ("Fenerbahce Beko beat Monaco 81-70 in the EuroLeague semi-final in Abu Dhabi.", ["Fenerbahce Beko"]),
    ("Anadolu Efes beat Zalgiris Kaunas 88-75 on Thursday.", ["Anadolu Efes", "Zalgiris Kaunas"]),
    ("The Adelaide Thunderbirds beat the Melbourne Vixens 62-58 on Saturday.",
     ["Adelaide Thunderbirds", "Melbourne Vixens"]),
])
def test_sides_of_a_result_by_a_teams_points_are_teams(nlp: Language, text: str, teams: list[str]) -> None:
    for team in teams:
        assert _label_of(nlp, text, team) == "ORG", _labels(nlp, text)
    assert not [x for x in _labels(nlp, text) if x[1] in ("DATE", "CARDINAL") and "-" in x[0]], _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guards: a boxer's scorecard and a vote name persons; a badminton game's points (30 at most) are a player's.
    ("Usyk beat Fury 116-112 on one of the cards.", "Usyk", "PERSON"),
    ("Senator Bernie Sanders beat Hillary Clinton 55-45 in the Vermont primary.", "Bernie Sanders", "PERSON"),
    # ... and so does a person's whole name beside a person's one word (rev2).
    ("Kamala Harris beat Trump 55-45 among voters under 30, the exit poll found.", "Kamala Harris", "PERSON"),
    ("Viktor Axelsen beat Shi Yu Qi 21-17 in the opening game.", "Viktor Axelsen", "PERSON"),
    # ... and a country's side stays the place.
    ("United States beat Serbia 95-91 in the Olympic semi-final.", "Serbia", "GPE"),
    # ... and a party's members their group (rev2: organisations).
    ("Democrats beat Republicans 51-49 in the Senate vote on Thursday.", "Democrats", "NORP"),
])
def test_guard_a_result_by_a_teams_points_leaves_persons_and_countries(nlp: Language, text: str, name: str,
                                                                        label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


def test_guard_countries_of_a_cup_tie_stay_places(nlp: Language) -> None:
    text = "Spain beat Italy 6-4 6-3 in the Davis Cup doubles."
    assert _label_of(nlp, text, "Spain") == "GPE" and _label_of(nlp, text, "Italy") == "GPE", _labels(nlp, text)


@pytest.mark.parametrize(("text", "number"), [
    # Guards: scores that no set is won at (six or seven games) are no tennis match's: their numbers stay.
    ("Children aged 0-4, 5-7 and 8-11 were surveyed by the council.", "0-4"),
    ("The board voted 4-3, 5-2 to approve the merger, chairman Tom Smith said.", "4-3"),
])
def test_guard_scores_no_set_is_won_at_are_no_sets(nlp: Language, text: str, number: str) -> None:
    assert _label_of(nlp, text, number) == "CARDINAL", _labels(nlp, text)


@pytest.mark.parametrize(("text", "teams"), [
    # A club's women's side: a person to the model, or the club's name missed before "Women".
    ("Barcelona Femení beat Lyon 2-0 in the Champions League final in Bilbao.", ["Barcelona Femení"]),
    ("Arsenal Women beat Chelsea Women 2-1 at the Emirates on Sunday.", ["Arsenal Women", "Chelsea Women"]),
    ("Chelsea Women won the WSL title for a fifth successive season.", ["Chelsea Women"]),
    ("Lyon Féminin lost to Wolfsburg Frauen in the semi-final.", ["Lyon Féminin", "Wolfsburg Frauen"]),
])
def test_a_clubs_womens_side_is_a_team(nlp: Language, text: str, teams: list[str]) -> None:
    for team in teams:
        assert _label_of(nlp, text, team) == "ORG", _labels(nlp, text)


def test_guard_women_after_a_people_is_no_club(nlp: Language) -> None:
    # Guard: "Women" after a word that is no known club's makes no team of it.
    text = "Three Women Writers, a novel by Sarah Jones, was published in Dublin on Monday."
    assert _label_of(nlp, text, "Writers") is None, _labels(nlp, text)
    assert not [x for x in _labels(nlp, text) if x[0] == "Three Women"], _labels(nlp, text)


@pytest.mark.parametrize(("text", "wrong"), [
    # Review rev2: the English "Feminine" after any capitalised words, and a women's word inside a longer name, made a
    # club's women's side.
    ("An exhibition called The Divine Feminine opens at the Tate in London next week.", "The Divine Feminine"),
    ("Leicester Ladies Hockey Club won the national title, coach Jane Smith said.", "Leicester Ladies"),
])
def test_no_womens_side_of_an_english_word_or_inside_a_longer_name(nlp: Language, text: str, wrong: str) -> None:
    assert _label_of(nlp, text, wrong) != "ORG", _labels(nlp, text)


def test_guard_a_team_by_its_nickname_before_sets_is_no_player(nlp: Language) -> None:
    # Guard: "The Bulls" (the article with it) was made a person by the sets after the result.
    text = "The Bulls beat the Lions 6-3 6-4 in the tennis exhibition."
    assert _label_of(nlp, text, "The Bulls") is None, _labels(nlp, text)


def test_a_club_named_by_its_clubs_word_is_an_organisation(nlp: Language) -> None:
    # Known wrong (kw fixC): "Ayr United" was a person.
    assert _label_of(nlp, "Ayr won Division 1 in 2019. Ayr United won the cup final.", "Ayr United") == "ORG"


def test_guard_a_knight_named_by_a_clubs_word_stays_a_person(nlp: Language) -> None:
    # Guard: Henry Percy's byname "Hotspur" after a given name is a person's, no club's.
    text = "Harry Hotspur, the rebel knight, died at the Battle of Shrewsbury in 1403."
    assert _label_of(nlp, text, "Harry Hotspur") == "PERSON", _labels(nlp, text)


@pytest.mark.parametrize(("text", "athlete"), [
    # An athlete's feat: the model's organisation or people, whole or in part ("Mondo|ORG Duplantis").
    ("A'ja Wilson scored 34 points as the Aces beat the Storm 98-87.", "A'ja Wilson"),
    ("Wilfredo León scored 20 points as Poland beat Italy 3-1.", "Wilfredo León"),
    ("Mondo Duplantis broke the pole vault world record in Paris.", "Mondo Duplantis"),
    ("Georgia Bell won bronze in the 1500m.", "Georgia Bell"),
    ("Australia's Ariarne Titmus broke the 400m freestyle world record.", "Ariarne Titmus"),
    # ... a medal taken, after a country's possessive whatever the model made of a given name it does not know.
    ("Thailand's Theerapong Silachai took silver in the taekwondo.", "Theerapong Silachai"),
    # ... a jumper's height cleared ("Mondo|ORG Duplantis cleared 6.25m").
    ("Mondo Duplantis cleared 6.25m to break his own world record in Paris.", "Mondo Duplantis"),
])
def test_the_subject_of_an_athletes_feat_is_a_person(nlp: Language, text: str, athlete: str) -> None:
    assert _label_of(nlp, text, athlete) == "PERSON", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guards: a team by its city and nickname, a club and a country doing the same stay theirs.
    ("Seattle Storm scored 98 points against the Aces.", "Seattle Storm", "ORG"),
    ("Orlando Magic scored 110 points against the Knicks.", "Orlando Magic", "ORG"),
    ("South Korea won gold in the team event.", "South Korea", "GPE"),
    ("Real Madrid broke the attendance record at the Bernabeu.", "Real Madrid", "ORG"),
    # ... and so do a team and a firm whose names open with no given name, the model's whole organisation.
    ("Golden State scored 120 points against the Lakers.", "Golden State", "ORG"),
    ("Tesla Inc broke the record for deliveries.", "Tesla Inc", "ORG"),
    ("Britain's Team GB took silver in the relay.", "Team GB", "ORG"),
    ("Japan's Toyota Motor took gold in the awards.", "Toyota Motor", "ORG"),
    # ... and a player's post before the model's person stays out of the name (gold ecb-31_8ecb).
    ("Forward Tyler Hansbrough scored 20 points as North Carolina beat Duke.", "Tyler Hansbrough", "PERSON"),
])
def test_guard_a_team_or_a_country_doing_a_feat_is_no_person(nlp: Language, text: str, name: str, label: str
                                                            ) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # Review rev2: a team or a firm that opens with a given name, the model's whole organisation, scoring points or
    # setting a record was made a person.
    ("Jackson State scored 40 points against Grambling in the Southwestern Athletic Conference.", "Jackson State"),
    ("Morgan Stanley set a record for bond underwriting fees in the first quarter.", "Morgan Stanley"),
    ("Austin Energy set a record for power demand during the heatwave in Texas on Monday.", "Austin Energy"),
    ("Lincoln Electric broke the record for welding equipment sales, the Cleveland firm said.", "Lincoln Electric"),
])
def test_a_whole_organisation_scoring_points_or_setting_a_record_stays_a_body(nlp: Language, text: str,
                                                                               name: str) -> None:
    assert _label_of(nlp, text, name) == "ORG", _labels(nlp, text)


def test_a_fighter_beaten_by_a_person_is_a_person(nlp: Language) -> None:
    # Known wrong (kw fixC): "Tyson Fury" was an organisation.
    text = "Oleksandr Usyk beat Tyson Fury on a unanimous decision in Riyadh."
    assert _label_of(nlp, text, "Tyson Fury") == "PERSON", _labels(nlp, text)


def test_a_fighter_beaten_by_a_person_in_the_passive_is_a_person(nlp: Language) -> None:
    # Known wrong (kw fixC): "Tyson Fury" was an organisation (the passive was not read).
    text = "Tyson Fury was beaten by Oleksandr Usyk in Riyadh on Saturday night."
    assert _label_of(nlp, text, "Tyson Fury") == "PERSON", _labels(nlp, text)


def test_guard_a_club_beaten_by_a_person_in_the_passive_stays_a_club(nlp: Language) -> None:
    # Guard: a known club beaten by a player keeps its label in the passive too.
    text = "Aston Villa were beaten by Harry Kane almost on his own, as he scored twice in the Premier League."
    assert _label_of(nlp, text, "Aston Villa") == "ORG", _labels(nlp, text)


def test_guard_a_club_beaten_by_a_person_stays_a_club(nlp: Language) -> None:
    text = "Harry Kane beat Aston Villa almost on his own, scoring twice in the Premier League."
    assert _label_of(nlp, text, "Aston Villa") == "ORG", _labels(nlp, text)


@pytest.mark.parametrize(("text", "circuit"), [
    # A track between "the" and "circuit" in a report of motor racing: a person or a body to the model.
    ("Marc Marquez won the San Marino MotoGP on Sunday at the Misano circuit, finishing 4.071 seconds ahead.",
     "Misano"),
    ("Francesco Bagnaia, the reigning MotoGP world champion, won after victory at the Mugello circuit in Italy.",
     "Mugello"),
])
def test_a_track_before_circuit_in_motor_racing_is_a_facility(nlp: Language, text: str, circuit: str) -> None:
    assert _label_of(nlp, text, circuit) == "FAC", _labels(nlp, text)


def test_a_courts_circuit_beside_one_word_of_racing_is_no_facility(nlp: Language) -> None:
    # Review leftover (rev2): "formula" alone made a text about motor racing and the court's circuit a track.
    text = "The appeals court, the Federal circuit, ruled that the formula was upheld."
    assert _label_of(nlp, text, "Federal") != "FAC", _labels(nlp, text)


def test_guard_a_tours_circuit_is_no_facility(nlp: Language) -> None:
    text = "Ferrari's Leclerc took pole, while Sinner has dominated the ATP circuit this year."
    assert _label_of(nlp, text, "ATP") == "ORG", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guards: a place the gazetteer knows keeps its label in the text's other mentions too; a series is no track; a
    # circuit board is electronics' (the text's "lap" is a trial's).
    ("Verstappen won from pole at the Monaco circuit. Monaco's Prince Albert presented the trophy.", "Monaco", "GPE"),
    ("Hamilton took pole at the Barcelona circuit, and Barcelona's mayor watched the qualifying.", "Barcelona", "GPE"),
    ("Palou has dominated the IndyCar circuit this year, taking pole at four races.", "IndyCar", "ORG"),
    ("The Samsung circuit board failed the test, engineers said after the first lap of the trial.", "Samsung", "ORG"),
])
def test_guard_a_known_place_a_series_or_a_board_before_circuit_is_no_track(nlp: Language, text: str, name: str,
                                                                           label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # A driver by his surname in a report of motor racing: a car (PRODUCT) to the model.
    "Lando Norris won the Dutch Grand Prix on Sunday, holding off Verstappen by 7.612 seconds.",
    "Norris won the Dutch Grand Prix at Zandvoort. Verstappen said his Red Bull lacked pace in the final laps.",
])
def test_a_driver_the_model_took_for_a_car_is_a_person(nlp: Language, text: str) -> None:
    assert _label_of(nlp, text, "Verstappen") == "PERSON", _labels(nlp, text)


def test_guard_a_drink_in_a_motor_racing_report_stays_a_product(nlp: Language) -> None:
    # Guard: the object of a verb that is no racing's, in the same report, is no driver.
    text = "Norris won the Miami Grand Prix. Fans drank Gatorade and the Walkman was back in fashion."
    assert _label_of(nlp, text, "Gatorade") == "PRODUCT", _labels(nlp, text)


@pytest.mark.parametrize(("text", "names"), [
    # Known wrong (kw fixC): Super Rugby's sides were a product, or no entity.
    ("The Crusaders beat the Chiefs 24-10 in the Super Rugby final in Christchurch.", ("Crusaders", "Chiefs")),
    ("The Brumbies beat the Waratahs 30-12 in Canberra on Saturday.", ("Brumbies", "Waratahs")),
])
def test_super_rugby_sides_by_their_nicknames_are_teams(nlp: Language, text: str, names: tuple[str, ...]) -> None:
    for name in names:
        assert _label_of(nlp, text, name) == "ORG", _labels(nlp, text)


@pytest.mark.parametrize(("text", "names"), [
    # Super Netball's sides by their nicknames ("beat the Swifts 62-58" a person).
    ("The Adelaide Thunderbirds beat the Swifts 62-58 in the Super Netball grand final.", ("Swifts",)),
    ("The Swifts beat the Vixens 70-62 in Sydney to reach the Super Netball final.", ("Swifts", "Vixens")),
])
def test_super_netball_sides_by_their_nicknames_are_teams(nlp: Language, text: str, names: tuple[str, ...]) -> None:
    assert [_label_of(nlp, text, name) for name in names] == ["ORG"] * len(names), _labels(nlp, text)


def test_guard_swifts_the_birds_are_no_team(nlp: Language) -> None:
    text = "Swifts nested in the eaves of the church, the RSPB said."
    assert _label_of(nlp, text, "Swifts") is None, _labels(nlp, text)


@pytest.mark.parametrize(("text", "club"), [
    # The NWSL's clubs ("The Portland Thorns" missed, "Washington|GPE Spirit|PRODUCT").
    ("The Portland Thorns beat the Kansas City Current 2-1 in the NWSL.", "Portland Thorns"),
    ("The Orlando Pride won the NWSL Shield after beating the Washington Spirit 2-0.", "Washington Spirit"),
])
def test_nwsl_clubs_are_teams(nlp: Language, text: str, club: str) -> None:
    assert _label_of(nlp, text, club) == "ORG", _labels(nlp, text)


def test_guard_nwsl_nicknames_alone_are_words(nlp: Language) -> None:
    """Guard: the clubs' last words alone name no club."""
    text = "Pride events were held in Orlando and Washington, where the spirit was festive."
    assert {written for written, label, _ in _labels(nlp, text) if label == "ORG"} == set(), _labels(nlp, text)


def test_guard_crusaders_of_history_are_no_team(nlp: Language) -> None:
    text = "The Crusaders captured Jerusalem in 1099 after a long siege."
    assert _label_of(nlp, text, "Crusaders") != "ORG", _labels(nlp, text)


@pytest.mark.parametrize(("text", "venue", "label"), [
    # A national team's nickname the model ran with its article and venue into one work of art.
    ("Ireland will face the All Blacks at the Aviva Stadium in November.", "Aviva Stadium", "FAC"),
    ("Ireland will face the All Blacks in Dublin in November.", "Dublin", "GPE"),
])
def test_a_national_nickname_and_its_venue_are_a_team_and_a_place(nlp: Language, text: str, venue: str,
                                                                   label: str) -> None:
    assert _label_of(nlp, text, "All Blacks") == "ORG", _labels(nlp, text)
    assert _label_of(nlp, text, venue) == label, _labels(nlp, text)


def test_guard_a_national_nickname_in_no_match_keeps_its_span(nlp: Language) -> None:
    # Guard: no match played (no verb of playing over the nickname): the model's span is left as it was.
    text = "She painted the All Blacks in Dublin for an exhibition."
    assert _label_of(nlp, text, "All Blacks") is None, _labels(nlp, text)


def test_a_countrys_competitor_after_its_possessive_is_a_person(nlp: Language) -> None:
    # Known wrong (kw fixC): "Georgia Bell" was an organisation.
    text = "Britain's Georgia Bell won bronze in the 1500m at the Olympics."
    assert _label_of(nlp, text, "Georgia Bell") == "PERSON", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # QA "qa2" (sport): a competitor after a country's possessive, beside another's person, was a body or a facility.
    ("Sifan Hassan won the London Marathon on Sunday in 2:18:33, outsprinting Ethiopia's Alemu Megertu and Kenya's "
     "Peres Jepchirchir in the final 200 metres.", "Alemu Megertu"),
    ("Kenya's Peres Jepchirchir, Ethiopia's Tigst Assefa and Britain's Eilish McColgan were in the field.",
     "Tigst Assefa"),
])
def test_a_countrys_competitor_beside_another_countrys_person_is_a_person(nlp: Language, text: str,
                                                                          name: str) -> None:
    assert _label_of(nlp, text, name) == "PERSON", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "person"), [
    # QA "qa2" (surfing): a competitor after a country's possessive that the model took for a facility.
    ("Brazil's Italo Ferreira edged Morocco-born Ramzi Boukhiam in the semi-finals at Bells Beach.", "Italo Ferreira",
     True),
    # Guard: a facility's word ends a venue's name, a given name first or not.
    ("Britain's Alexandra Palace hosted the darts final.", "Alexandra Palace", False),
])
def test_a_countrys_competitor_the_model_took_for_a_facility_is_a_person(nlp: Language, text: str, name: str,
                                                                         person: bool) -> None:
    assert (_label_of(nlp, text, name) == "PERSON") is person, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # QA "qa2" (surfing): a known given name and a surname after a people's adjective, missed by the model.
    ("He finished ahead of Brazilian Italo Ferreira and Japanese Kanoa Igarashi.", "Italo Ferreira", "PERSON"),
    # Guards: a body's name after the adjective, a given name and a common noun ("Fund"), stays as it was.
    ("The German Marshall Fund said on Monday that the British Grand Prix would go ahead.", "German Marshall Fund",
     "ORG"),
    ("The Irish Georgian Society and the American Rose Society both met on Monday.", "American Rose Society", "ORG"),
])
def test_a_named_competitor_after_a_peoples_adjective_is_a_person(nlp: Language, text: str, name: str,
                                                                  label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


def test_guard_a_countrys_clubs_side_by_side_stay_bodies(nlp: Language) -> None:
    # guard: two bodies after countries' possessives, no person beside them
    text = "Britain's Aston Villa and Spain's Real Betis drew 1-1 on Thursday."
    assert _label_of(nlp, text, "Aston Villa") == "ORG" and _label_of(nlp, text, "Real Betis") == "ORG", \
        _labels(nlp, text)


@pytest.mark.parametrize(("text", "firm"), [
    # rev1: a firm after a country's possessive beside a person after another's stays the firm (both were PERSON).
    ("Japan's Nippon Steel and America's Joe Biden clashed over the US Steel deal.", "Nippon Steel"),
    ("Britain's Rishi Sunak and South Korea's Samsung Electronics announced an investment in Wales.",
     "Samsung Electronics"),
])
def test_a_countrys_firm_beside_another_countrys_person_stays_a_firm(nlp: Language, text: str, firm: str) -> None:
    assert _label_of(nlp, text, firm) == "ORG", _labels(nlp, text)


@pytest.mark.parametrize(("text", "firm"), [
    # Review rev2: a firm after its country's possessive, beside another country's person, was made a person.
    ("South Korea's Samsung Electronics and Taiwan's Morris Chang both backed the chip plan.", "Samsung Electronics"),
    ("Japan's Toyota Motor and America's Elon Musk clashed over electric cars.", "Toyota Motor"),
    ("India's Tata Steel and Britain's Jonathan Reynolds agreed a deal for Port Talbot.", "Tata Steel"),
    ("America's Boeing Commercial and Britain's Rachel Reeves met in Washington.", "Boeing Commercial"),
])
def test_a_countrys_firm_beside_another_countrys_person_is_no_person(nlp: Language, text: str, firm: str) -> None:
    assert _label_of(nlp, text, firm) != "PERSON", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # Guards: a known firm or a club after a country's possessive, subject of its verb, stays the body.
    ("America's Morgan Stanley said profits rose in the third quarter.", "Morgan Stanley"),
    ("America's Morgan Stanley won the mandate to advise on the merger.", "Morgan Stanley"),
    ("Britain's Aston Villa beat Bayern Munich 1-0 in the Champions League.", "Aston Villa"),
    # ... and a firm by a plural of a body's word or two founders' names without their "&" (rev2: persons).
    ("America's Kelly Services beat forecasts in the second quarter.", "Kelly Services"),
    ("Britain's Marks Spencer won praise for its food range.", "Marks Spencer"),
])
def test_guard_a_countrys_firm_or_club_after_its_possessive_stays_a_body(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "ORG", _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # Guards (rev2: a club): people's hearts in a report of football.
    "Hearts sank across Glasgow as Rangers lost 2-1 to Celtic in the Scottish Premiership.",
    "Hearts were broken when Celtic lost 2-1 to Rangers in the cup final.",
])
def test_guard_hearts_that_sink_or_break_are_no_club(nlp: Language, text: str) -> None:
    assert _label_of(nlp, text, "Hearts") is None, _labels(nlp, text)


def test_scottish_clubs_by_a_word_or_a_saints_name_are_teams(nlp: Language) -> None:
    # Known wrong (kw fixC): "Hearts" was a product and "Dundee" nothing (no club of the result was known).
    text = "Dundee beat Hearts 2-1 at Dens Park on Saturday."
    labels = _labels(nlp, text)
    for team in ("Dundee", "Hearts"):
        assert {label for written, label, _ in labels if written == team} == {"ORG"}, (team, labels)
    assert _label_of(nlp, text, "Dens Park") == "FAC", labels


def test_guard_hearts_out_of_sport_is_no_club(nlp: Language) -> None:
    # Guard: the word opening a sentence with no result in it stays no club.
    text = "Hearts and minds were won by the campaign, the minister said."
    assert _label_of(nlp, text, "Hearts") != "ORG", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # Texts about netball and basketball: a score no date, a club named by its town the team (the town to the model).
    ("The Super Netball grand final between the Adelaide Thunderbirds and the West Coast Fever ended 60-59 after extra "
     "time.", "60-59", None),
    ("Fenerbahce Beko beat Monaco 81-70 in the EuroLeague semi-final in Abu Dhabi. Monaco's Mike James scored 18.",
     "Monaco", "ORG"),
    ("Chelsea clinched a fifth Women's Super League title after a 6-0 win at Manchester United.", "6", None),
])
def test_leagues_and_words_of_netball_and_basketball_make_a_text_about_sport(nlp: Language, text: str, name: str,
                                                                            label: str | None) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


def test_guard_one_word_of_volleyball_makes_no_text_about_sport(nlp: Language) -> None:
    """Guard: a sponsor's volleyball tournament, one word of sport, leaves the principality a place."""
    text = "The company sponsors a volleyball tournament in Monaco, where Prince Albert opened a new stadium."
    assert _label_of(nlp, text, "Monaco") == "GPE", _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # Known wrong (kw fixC): the club drawn against was a person.
    "Celtic were drawn in the same group as Lazio in the Champions League.",
    "Celtic were drawn with Lazio in the Champions League.",
])
def test_a_club_drawn_against_is_the_team(nlp: Language, text: str) -> None:
    assert _label_of(nlp, text, "Lazio") == "ORG", _labels(nlp, text)


def test_guard_a_club_s_name_after_with_and_no_competition_is_no_team(nlp: Language) -> None:
    # Guard: no other club nor competition in the sentence: the model's label stands.
    text = "She had dinner with Lazio last week, her friend from school said."
    assert _label_of(nlp, text, "Lazio") != "ORG", _labels(nlp, text)


class _CountedSentence:
    """A sentence that counts how often its text is read (a Span joins its tokens' text again at each read)."""

    def __init__(self, text: str) -> None:
        self._text, self.reads = text, 0

    @property
    def text(self) -> str:
        self.reads += 1
        return self._text


def test_a_sentence_s_text_is_read_once_for_all_competitions() -> None:
    # speed: the sentence's text was built again for each of the competitions looked for
    from services.nlp.entities.sport import _names_competition
    sentence = _CountedSentence("Bologna finished fifth in Serie A.")
    assert _names_competition(sentence)  # type: ignore[arg-type]
    assert sentence.reads == 1


@pytest.mark.parametrize("text", ["Bologna finished fifth in the league.", "Bologna's Serie Awards were held."])
def test_guard_a_sentence_naming_no_competition_names_none(text: str) -> None:
    # guard: read once, the text still names a competition only as whole words
    from services.nlp.entities.sport import _names_competition
    assert not _names_competition(_CountedSentence(text))  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "name"), [
    # A player's surname alone as the subject of a result in a report of golf, motor racing or boxing: the model's
    # organisation or place.
    ("Scheffler won the Masters at Augusta.", "Scheffler"),
    ("McIlroy missed a short putt on the 18th.", "McIlroy"),
    ("Norris won the Miami Grand Prix.", "Norris"),
    ("Usyk knocked out Dubois to keep his heavyweight belts.", "Dubois"),
    # ... the subject of a beating verb whose object is a rival's name ("Norris|ORG passed Verstappen")
    ("Norris passed Verstappen on the final lap to win the Dutch Grand Prix for McLaren.", "Norris"),
    # ... or of sealing a title ("Marquez|ORG sealed")
    ("Marquez sealed the MotoGP title in Japan.", "Marquez"),
    # ... and a winner or a beaten rival the model missed (nothing; the darts report was among the texts the sport
    # rules left as they were)
    ("Littler beat Humphries 7-3 in the darts final. Littler hit a nine-darter in the third set.", "Humphries"),
    ("Bagnaia won the San Marino MotoGP.", "Bagnaia"),
    # fixC: a women's Open's winner by her full name (a body to the model; "Open" a common noun to the tagger)
    ("Maja Stark won the US Women's Open at Erin Hills by two shots.", "Maja Stark"),
])
def test_a_solo_sports_winner_by_surname_is_a_person(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "PERSON", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guards: a motor racing team, firms beside business's "heavyweight" and "bout" or a design prize, a club in a
    # team sport's report keep theirs.
    ("Ferrari finished first and second at Monza in the Grand Prix.", "Ferrari", "ORG"),
    ("Haas missed out on points at the Grand Prix.", "Haas", "ORG"),
    ("Microsoft won the bid after a bout of talks with the heavyweight.", "Microsoft", "ORG"),
    ("Airbus won the order at the Paris Air Show, where the Grand Prix of design was held.", "Airbus", "ORG"),
    ("Chelsea won the Masters cup as the striker scored twice.", "Chelsea", "ORG"),
    # ... and a dateline's town the parse makes the subject (gold ecb-7_11ecb).
    ("Mannheim, Germany ( Sports Network) - Wladimir Klitschko retained three heavyweight title belts by scoring a "
     "knockout of Hasim Rahman.", "Mannheim", "GPE"),
])
def test_guard_a_team_or_a_party_in_a_result_stays_no_person(nlp: Language, text: str, name: str, label: str
                                                            ) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # A sport's word before a country: its governing body, where the model found the country alone.
    ("Hockey India named its squad.", "Hockey India", "ORG"),
    ("The board of Cricket Australia met in Melbourne.", "Cricket Australia", "ORG"),
    # fixC: ... and after it ("New Zealand Rugby" a place to the model).
    ("New Zealand Rugby confirmed the squad on Monday.", "New Zealand Rugby", "ORG"),
    # Guard: the sport in lower case before a country leaves the place.
    ("He played hockey in India for years.", "India", "GPE"),
    # Guards (fixC): the sport in lower case after the country, or glued to a hyphen, leaves the place.
    ("He moved to New Zealand to play rugby.", "New Zealand", "GPE"),
    ("Fans in New Zealand Rugby-mad towns cheered.", "New Zealand", "GPE"),
])
def test_a_sport_and_a_country_name_the_national_body(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "team"), [
    # National netball and women's rugby sides by their nicknames (a work, or nothing, to the model).
    ("The England Roses beat Australia.", "England Roses"),
    ("The Silver Ferns lost to Jamaica.", "Silver Ferns"),
])
def test_national_netball_nicknames_are_teams(nlp: Language, text: str, team: str) -> None:
    assert _label_of(nlp, text, team) == "ORG", _labels(nlp, text)


def test_a_motogp_report_is_about_sport(nlp: Language) -> None:
    # MotoGP names a competition: the circuit after "at" is the venue (a person to the model).
    text = "Francesco Bagnaia won the San Marino MotoGP at Misano on Sunday."
    assert _label_of(nlp, text, "Misano") == "FAC", _labels(nlp, text)


def test_a_club_the_model_read_with_its_score_as_a_law_is_a_side(nlp: Language) -> None:
    text = "Barcelona Femení beat Lyon 2-0 in the Champions League final."
    assert _label_of(nlp, text, "Lyon") == "ORG", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # A competition's name ending in "Final" is an event (a building to the model).
    ("Ilia Malinin won the Grand Prix Final in Turin.", "Grand Prix Final"),
    ("The Champions League Final was held in Munich.", "Champions League Final"),
])
def test_a_name_ending_in_final_is_an_event(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "EVENT", _labels(nlp, text)


@pytest.mark.parametrize(("text", "event", "venue", "label"), [
    # A round's name and its venue after "at" the model ran together: the event and the venue ("The Grand Final at Old
    # Trafford|ORG", "the Italian Grand Prix at Mugello|LAW").
    ("The Grand Final at Old Trafford drew a record crowd, with St Helens fans outnumbering Wigan's.", "Grand Final",
     "Old Trafford", "FAC"),
    ("Martin won the Italian Grand Prix at Mugello.", "Italian Grand Prix", "Mugello", "FAC"),
])
def test_a_rounds_name_and_its_venue_are_two_entities(nlp: Language, text: str, event: str, venue: str,
                                                      label: str) -> None:
    assert (_label_of(nlp, text, event), _label_of(nlp, text, venue)) == ("EVENT", label), _labels(nlp, text)


def test_guard_a_name_with_final_not_last_before_at_stays_whole(nlp: Language) -> None:
    """Guard: "Final" must end the round's name before "at": "Final Year at Oxford" is no event and venue."""
    text = "He studied at Final Year at Oxford."
    assert _label_of(nlp, text, "Final Year") == "ORG", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # A Games by its host city and year: an event (a building, or a place and a date, to the model).
    ("He won gold at Birmingham 2022.", "Birmingham 2022", "EVENT"),
    ("She competed at Paris 2024 and won bronze.", "Paris 2024", "EVENT"),
    # ... listed after another Games ("and Tokyo|GPE 2020|DATE")
    ("She won gold at Rio 2016 and Tokyo 2020.", "Tokyo 2020", "EVENT"),
    # Guards: a city and a year apart stay a place and a date.
    ("He moved to Paris in 2024.", "Paris", "GPE"),
    ("The London 2023 budget rose.", "London", "GPE"),
    ("Sales in London 2023 rose.", "London", "GPE"),
    # ... and so do they listed after no Games
    ("Sales rose in London 2023 and Paris 2024, the retailer said.", "Paris", "GPE"),
])
def test_a_games_by_its_city_and_year_is_an_event(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # A skating jump named after its skater, after its count of turns, is no entity (an organisation to the model).
    ("Ilia Malinin landed a quad Axel.", "Axel", None),
    ("She landed a triple Axel and a triple Lutz.", "Lutz", None),
    # Guard: the given name stays a person's.
    ("Axel Witsel scored for Belgium.", "Axel Witsel", "PERSON"),
])
def test_a_skating_jump_named_after_a_skater_is_no_entity(nlp: Language, text: str, name: str,
                                                          label: str | None) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "team"), [
    # Super Netball's clubs by their full names (a place, or nothing, to the model).
    ("West Coast Fever won the grand final.", "West Coast Fever"),
    ("West Coast Fever beat Melbourne Vixens in the Super Netball grand final.", "West Coast Fever"),
])
def test_netball_clubs_are_teams(nlp: Language, text: str, team: str) -> None:
    assert _label_of(nlp, text, team) == "ORG", _labels(nlp, text)


def test_an_events_roman_edition_number_is_part_of_its_name(nlp: Language) -> None:
    # The model stopped at "Super Bowl", leaving the edition's number out.
    text = "Tickets for Super Bowl LVIII sold out within hours."
    assert _label_of(nlp, text, "Super Bowl LVIII") == "EVENT", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # guard: a pope's number stays with the person; a lone "I" after an event is the next sentence's.
    ("Pope Leo XIV visited the Olympics in Paris.", "Olympics", "EVENT"),
    ("He watched the Super Bowl. I think it was great.", "Super Bowl", "EVENT"),
])
def test_guard_no_edition_number_joins_an_event_it_is_not(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # The model's state alone, and its organisations: races named "... Derby".
    ("The horse won the Kentucky Derby last year.", "Kentucky Derby"),
    ("She trained the winner of the Arkansas Derby.", "Arkansas Derby"),
    ("Auguste Rodin won the Epsom Derby in June.", "Epsom Derby"),
])
def test_a_derby_is_an_event(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "EVENT", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # guard: the town's club, a body of the town and the town after a state apart are no races.
    ("Derby County beat Leeds 2-0 in Derby on Saturday.", "Derby County", "ORG"),
    ("She studied law at the University of Derby.", "University of Derby", "ORG"),
    ("He moved from Kentucky to Derby in 2010.", "Kentucky", "GPE"),
    # guard: a person whose surname it is.
    ("Jane Derby won the race in Ohio.", "Jane Derby", "PERSON"),
    # guard: firms and stations named after the town, more than one word before it.
    ("Royal Crown Derby said it would cut 50 jobs at its factory.", "Royal Crown Derby", "ORG"),
    ("BBC Radio Derby reported that the road was closed.", "BBC Radio Derby", "ORG"),
    ("Rolls-Royce Derby announced 300 new jobs at its engine plant.", "Rolls-Royce Derby", "ORG"),
])
def test_guard_no_derby_race_where_the_town_is_meant(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # A grand prix written "GP" after its place (missed) or its people (the people alone).
    ("Verstappen won the Mexico City GP.", "Mexico City GP"),
    ("Hamilton won the British GP at Silverstone.", "British GP"),
    ("Norris took pole for Sunday's Brazilian GP in Sao Paulo.", "Brazilian GP"),
])
def test_a_grand_prix_written_short_is_an_event(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "EVENT", _labels(nlp, text)


@pytest.mark.parametrize(("text", "absent"), [
    # guard: a family doctor, with a place before the letters, stays no race.
    ("Dr Sarah Jones, a Leeds GP, said patients waited weeks.", "Leeds GP"),
    ("The Liverpool GP told the BBC that appointments were scarce.", "Liverpool GP"),
    ("Patients at the Leeds GP surgery waited weeks.", "Leeds GP"),
    # rev1: a relative pronoun after the letters, a doctor's work in the text.
    ("The British GP who struck off the register had treated 2,000 people.", "British GP"),
    ("Patients complained to the Bristol GP after the surgery closed its doors.", "Bristol GP"),
    ("She registered with the London GP nearest her flat.", "London GP"),
    ("He treated patients at the Oxford GP for 30 years.", "Oxford GP"),
])
def test_guard_a_doctor_written_gp_is_no_race(nlp: Language, text: str, absent: str) -> None:
    assert _label_of(nlp, text, absent) != "EVENT", _labels(nlp, text)


def test_a_great_run_is_an_event(nlp: Language) -> None:
    text = "The Great North Run attracted 60,000 runners."
    assert _label_of(nlp, text, "Great North Run") == "EVENT", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # Review (rev2): a firm that won, took or missed a business's object in a text naming F1, the PGA or a boxer was
    # made a person by the solo winners' rule.
    ("The PGA Tour and Saudi Arabia's Public Investment Fund have struck a deal. Fanatics won the merchandise "
     "rights, while Comcast took a stake in the new venture.", "Comcast"),
    ("Heineken, the title sponsor of the Dutch Grand Prix, reported higher beer volumes. Carlsberg missed forecasts "
     "and Ambev finished the quarter flat.", "Ambev"),
    ("Boxer Anthony Joshua invested in a gym chain. Gymshark led the funding round, and Peloton took a minority "
     "stake.", "Peloton"),
    ("Lando Norris's sponsor Zoom renewed its deal. Google won the cloud contract for the F1 team, and Oracle lost.",
     "Google"),
    # ... or closed a share's day higher or lower, or lost a percentage.
    ("Shares in Heineken, the title sponsor of the Dutch Grand Prix, rose 2%. Carlsberg finished 1% lower and Ambev "
     "lost 3%. Diageo led the gainers.", "Carlsberg"),
    ("Shares in Heineken, the title sponsor of the Dutch Grand Prix, rose 2%. Carlsberg finished 1% lower and Ambev "
     "lost 3%. Diageo led the gainers.", "Ambev"),
])
def test_a_firm_winning_a_business_object_in_a_text_naming_a_solo_sport_is_no_person(nlp: Language, text: str,
                                                                                     name: str) -> None:
    assert _label_of(nlp, text, name) != "PERSON", _labels(nlp, text)


def test_a_boxer_who_took_a_points_decision_is_a_person(nlp: Language) -> None:
    # Guard of the narrowing above (CoNLL doc 7): a result's noun with another result's noun before it.
    text = ("Duran , whose 97-12 record spans three decades , hopes a win in the 10-round bout will earn him a "
            "rematch against Puerto Rico 's Hector \" Macho \" Camacho .\nCamacho took a controversial points "
            "decision against the Panamanian in Atlantic City in June in a title fight .\nBut those close to the boxer "
            "acknowledge that he is drawing close to the end of his career .")
    assert _label_of(nlp, text, "Camacho") == "PERSON", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # Review (rev2): a town's festival at a racecourse's town made the town a course, and a race's one word that opens
    # a club's name joined the club.
    ("The Jazz Festival at Cheltenham drew 40,000 visitors this year. Cheltenham Borough Council said Hall Place "
     "will reopen.", "Cheltenham", "GPE"),
    ("Derby County were relegated from the Championship. Meanwhile, the Derby at Epsom will be run on Saturday with "
     "City of Troy the favourite.", "Derby", None),
])
def test_a_towns_festival_or_a_clubs_town_at_a_course_is_no_race(nlp: Language, text: str, name: str,
                                                                  label: str | None) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


def test_a_city_and_year_before_a_noun_is_no_games(nlp: Language) -> None:
    # Review (rev2): "at London 2019 levels" was the Games (EVENT).
    text = "Inflation fell to 3 per cent, but prices remained at London 2019 levels, the ONS said."
    assert _label_of(nlp, text, "London") == "GPE", _labels(nlp, text)


def test_a_countrys_firm_that_took_a_medal_in_awards_is_no_person(nlp: Language) -> None:
    # Review (rev2): a country's firm taking an award's medal was an athlete ("Orsted Wind" PERSON, ORG on main).
    text = "Norway's Equinor took gold in the energy awards, while Denmark's Orsted Wind took silver."
    assert _label_of(nlp, text, "Orsted Wind") != "PERSON", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # A sponsor the subject of "take" or "retain" in a report of golf or motor racing was made a person: its object is
    # no result ("took out an advertisement", "retained its title sponsorship").
    ("Scheffler won the Masters at Augusta by four shots. Nike took out a full-page advertisement to celebrate.",
     "Nike"),
    ("Verstappen won the Dutch Grand Prix from pole, with Norris finishing second. Heineken retained its title "
     "sponsorship of the race.", "Heineken"),
    # ... and a supplier's win of a contract
    ("Verstappen won the Japanese Grand Prix from pole. Pirelli won the contract to supply tyres until 2027.",
     "Pirelli"),
    # ... and boxing's promoters winning or losing with no object (rev2: "Matchroom won, Queensberry lost" a person)
    ("Eddie Hearn said Matchroom won, Queensberry lost, and Netflix took the fight. Anthony Joshua will box Daniel "
     "Dubois at Wembley in September.", "Matchroom"),
    ("Boxxer won, Sky lost, and the fans paid the price as Chris Billam-Smith retained his title on points.",
     "Boxxer"),
])
def test_a_sponsor_taking_or_keeping_no_result_stays_an_organisation(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "ORG", _labels(nlp, text)


# CoNLL's report of Duran's fight (dev document 7), as its tokens are spaced.
DURAN = ("BOXING - PANAMA 'S ROBERTO DURAN FIGHTS THE SANDS OF TIME .\n"
         "PANAMA CITY 1996-08-30\n"
         "Panamanian boxing legend Roberto \" Hands of Stone \" Duran climbs into the ring on Saturday in "
         "another age-defying attempt to sustain his long career .\n"
         "Duran , 45 , takes on little-known Mexican Ariel Cruz , 30 , in a super middleweight non-title bout "
         "in Panama City .\n"
         "The fight , Duran 's first on home soil for 10 years , is being billed here as the \" Return of the "
         "Legend \" and Duran still talks as if he was in his prime .\n"
         "\" I want a fifth title .\n"
         "This match is to prepare me .\n"
         "I feel good .\n"
         "I 'm not retiring , \" Duran told Reuters .\n"
         "But those close to the boxer acknowledge that the man who has won championships in four different "
         "weight classes -- lightweight , welterweight , junior middleweight and middleweight -- is drawing "
         "close to the end of his career .\n"
         "\" Each time he fights , he 's on the last frontier of his career .\n"
         "If he loses Saturday , it could devalue his position as one of the world 's great boxers , \" "
         "Panamanian Boxing Association President Ramon Manzanares said .\n"
         "Duran , whose 97-12 record spans three decades , hopes a win in the 10-round bout will earn him a "
         "rematch against Puerto Rico 's Hector \" Macho \" Camacho .\n"
         "Camacho took a controversial points decision against the Panamanian in Atlantic City in June in a "
         "title fight .")


@pytest.mark.parametrize(("text", "fighters"), [
    # The sides of a knocking out are fighters with no other word of boxing ("Usyk" nothing, "Dubois" a place).
    ("Usyk knocked out Dubois.", ["Usyk", "Dubois"]),
    ("Joshua knocked Ngannou out in the second round in Riyadh.", ["Joshua", "Ngannou"]),
    ("Tszyu was knocked out by Murtazaliev in Florida.", ["Tszyu", "Murtazaliev"]),
    ("Shakur Stevenson knocked out Zepeda in the seventh.", ["Shakur Stevenson", "Zepeda"]),
])
def test_sides_of_a_knockout_are_fighters(nlp: Language, text: str, fighters: list[str]) -> None:
    assert [_label_of(nlp, text, name) for name in fighters] == ["PERSON"] * len(fighters), _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # guard: firms, clubs and places knocked out are no fighters
    ("Apple knocked out Samsung from the top of the smartphone rankings.", "Apple", "ORG"),
    ("Wrexham knocked out Coventry in the third round of the FA Cup.", "Coventry", "ORG"),
    ("Spain knocked out Germany in the quarter-finals.", "Germany", "GPE"),
    ("Fenerbahce knocked out Galatasaray on penalties.", "Galatasaray", "ORG"),
])
def test_guard_bodies_and_places_knocked_out_are_no_fighters(nlp: Language, text: str, name: str,
                                                            label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # A canoe's or a kayak's class beside its race's word or distance is no entity ("men's C1|NORP slalom", "the K2
    # 500|DATE m final").
    ("Jessica Fox won gold in the women's C1 slalom, while Britain's Adam Burgess took silver in the men's C1 slalom.",
     "C1"),
    ("Germany won the K2 500m final in Paris.", "K2 500"),
    ("Mallory Franklin took silver in the women's C1, behind Jessica Fox.", "C1"),
])
def test_a_boats_class_is_no_entity(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) is None, _labels(nlp, text)


def test_guard_k2_the_mountain_stays_an_entity(nlp: Language) -> None:
    text = "Nirmal Purja climbed K2 in winter with a team of Nepali climbers."
    assert _label_of(nlp, text, "K2") is not None, _labels(nlp, text)


@pytest.mark.parametrize(("text", "race"), [
    # A MotoGP round named by its place is the race (nothing, or a people "Dutch|NORP").
    ("Bagnaia won the San Marino MotoGP.", "San Marino MotoGP"),
    ("Martin crashed out of the Dutch MotoGP on the opening lap.", "Dutch MotoGP"),
])
def test_a_motogp_round_named_by_its_place_is_an_event(nlp: Language, text: str, race: str) -> None:
    assert _label_of(nlp, text, race) == "EVENT", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # guard: the series alone, a firm passing a bill or clearing a sum, and a constructor beating another keep theirs
    ("Marquez sealed the MotoGP title in Japan.", "MotoGP", None),
    ("Goldman Sachs cleared $5m in fees from the deal, the bank said.", "Goldman Sachs", "ORG"),
    ("McLaren beat Ferrari to the constructors' title in Formula One.", "McLaren", "ORG"),
    ("The Senate passed the bill in the week of the Japanese Grand Prix, with F1 fans outside.", "Senate", "ORG"),
])
def test_guard_series_firms_and_constructors_keep_their_labels(nlp: Language, text: str, name: str,
                                                              label: str | None) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "person"), [
    # A people's adjective before a competitor's name: the people and the person ("American Brooke Raboutou" one
    # organisation; "German" alone, "Ricarda Funk" missed).
    ("American Brooke Raboutou won silver in the bouldering, ahead of German Ricarda Funk.", "Brooke Raboutou"),
    ("American Brooke Raboutou won silver in the bouldering, ahead of German Ricarda Funk.", "Ricarda Funk"),
    ("American Griffin Colapinto finished third at Pipeline.", "Griffin Colapinto"),
])
def test_a_competitor_after_a_peoples_adjective_is_a_person(nlp: Language, text: str, person: str) -> None:
    assert _label_of(nlp, text, person) == "PERSON", _labels(nlp, text)
    assert _label_of(nlp, text, text.split(person)[0].split()[-1]) == "NORP", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # guard: bodies named by a people's adjective and a given name, and a firm's result, stay whole
    ("The German Marshall Fund said the talks would resume.", "German Marshall Fund"),
    ("The American Kennel Club won its case in the appeal court.", "American Kennel Club"),
])
def test_guard_a_body_named_by_a_peoples_adjective_stays_whole(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "ORG", _labels(nlp, text)


def test_guard_the_queensberry_rules_are_no_promoter(nlp: Language) -> None:
    """Guard: the promoter Queensberry is known, the Marquess's rules name no organisation."""
    text = "The fight will be held under the Marquess of Queensberry rules, the British Boxing Board of Control said."
    assert _label_of(nlp, text, "Queensberry") is None, _labels(nlp, text)


@pytest.mark.parametrize("name", ["Duran", "Camacho"])
def test_guard_a_boxer_taking_on_a_rival_or_a_decision_stays_a_person(nlp: Language, name: str) -> None:
    # guard (CoNLL): "takes on" a rival and "took a points decision" are a boxer's results.
    assert _label_of(nlp, DURAN, name) == "PERSON", _labels(nlp, DURAN)


@pytest.mark.parametrize("text", [
    "Geelong thrashed West Coast Eagles 20.14 (134) to 6.7 (43) at GMHBA Stadium on Saturday.",
    "North Melbourne won the AFLW premiership, beating Brisbane 6.6 (42) to 2.5 (17) at Ikon Park.",
])
def test_an_australian_football_score_gives_no_number_nor_date(nlp: Language, text: str) -> None:
    """Goals, behinds and their points ("6.7 (43)" gave a CARDINAL and a DATE) are a score, no number."""
    numbers = [(t, label) for t, label, _ in _labels(nlp, text) if label in ("CARDINAL", "DATE")]
    assert numbers == [("Saturday", "DATE")] * ("Saturday" in text)


def test_a_decimal_and_a_count_in_brackets_stay_numbers_guard(nlp: Language) -> None:
    """Guard: a decimal and a bracketed number no goals and behinds make (4.3 would be 27) stay the model's numbers."""
    text = "The fund returned 4.3 (26) per cent in 2023, its trustees said."
    assert (_label_of(nlp, text, "4.3"), _label_of(nlp, text, "26")) == ("CARDINAL", "CARDINAL")



@pytest.mark.parametrize(("text", "number"), [
    # Review rev2: one decimal and a count in brackets whose sum checks is no score where the text writes no other
    # ("Under section 2.3 (15)" dropped the CARDINAL "15").
    ("Under section 2.3 (15) of the regulations, the council must publish its accounts.", "15"),
    ("The ratio stood at 4.2 (26) in the second quarter, Westpac said in a note to clients.", "26"),
])
def test_a_lone_decimal_and_bracketed_count_summing_as_a_score_stay_numbers(nlp: Language, text: str,
                                                                           number: str) -> None:
    assert _label_of(nlp, text, number) == "CARDINAL", _labels(nlp, text)



@pytest.mark.parametrize(("text", "town", "club"), [
    # Review rev2: a town's noun in the possessive after the name is the club's town, the name the club ("the
    # town's pride, were booed off" gave GPE "Castleford").
    ("Castleford Tigers lost 30-6. Castleford, the town's pride, were booed off by their fans.", "Castleford",
     "Castleford Tigers"),
    ("Leeds Rhinos beat Warrington Wolves 18-12. Leeds, the city's oldest club, had lost three in a row.", "Leeds",
     "Leeds Rhinos"),
])
def test_listed_clubs_town_before_a_towns_possessive_stays_the_club(nlp: Language, text: str, town: str,
                                                                     club: str) -> None:
    assert _mentions_of(nlp, text, town) == [("ORG", club)], _labels(nlp, text)



def test_a_circuit_losing_its_race_is_no_solo_winner(nlp: Language) -> None:
    """Review rev2: "Silverstone lost the British Grand Prix" gave PERSON "Silverstone" (a ground, no driver)."""
    text = "Silverstone lost the British Grand Prix in a row over fees."
    assert _label_of(nlp, text, "Silverstone") != "PERSON", _labels(nlp, text)



def test_a_demonym_before_a_firm_winning_no_result_is_no_competitor(nlp: Language) -> None:
    """Review rev2: "American Austin Energy won approval" gave NORP "American" and PERSON "Austin Energy" (a given
    name opens the firm's name; "approval" is no result)."""
    text = "American Austin Energy won approval for its rate increase."
    assert _label_of(nlp, text, "Austin Energy") != "PERSON", _labels(nlp, text)



def test_a_house_of_worship_after_a_demonym_is_no_competitor(nlp: Language) -> None:
    """Review rev2: "American Grace Church took the lead in fundraising" gave PERSON "Grace Church"."""
    text = "American Grace Church took the lead in fundraising, the diocese said."
    assert _label_of(nlp, text, "Grace Church") != "PERSON", _labels(nlp, text)



def test_a_team_competitions_knockout_makes_no_fighters(nlp: Language) -> None:
    """Review rev2: "Preston knocked out Wycombe in the FA Cup" gave PERSON "Preston" and "Wycombe" (clubs named by
    their towns, in a text naming a team competition)."""
    text = "Preston knocked out Wycombe in the FA Cup on Saturday."
    assert "PERSON" not in {label for _, label, _ in _labels(nlp, text)}, _labels(nlp, text)


@pytest.mark.parametrize(("text", "town"), [
    # Super League clubs written by their towns alone, played as sides: "Warrington Wolves beat Wigan 20-12" gave
    # PERSON "Wigan", "Leigh beat Castleford 30-6" PERSON "Castleford" and no Leigh.
    ("Warrington Wolves beat Wigan 20-12 in the Super League on Friday night.", "Wigan"),
    ("Leigh beat Castleford 30-6 in the Super League on Thursday.", "Castleford"),
    ("Leigh beat Castleford 30-6 in the Super League on Thursday.", "Leigh"),
])
def test_rugby_league_town_played_as_a_side_is_the_club(nlp: Language, text: str, town: str) -> None:
    assert _label_of(nlp, text, town) == "ORG", _labels(nlp, text)


@pytest.mark.parametrize(("text", "county"), [
    # QA qa2 (county cricket): first-class counties played as sides were persons or places ("Hampshire|PERSON",
    # "Surrey|GPE").
    ("Warwickshire beat Hampshire by seven wickets at Edgbaston to go top of the County Championship.", "Hampshire"),
    ("Warwickshire beat Hampshire by seven wickets at Edgbaston to go top of the County Championship.", "Warwickshire"),
    ("Jack Leach took five for 98 on the second day of the County Championship match against Surrey at Taunton. "
     "Somerset beat Surrey by 111 runs.", "Surrey"),
])
def test_a_cricket_county_played_as_a_side_is_the_club(nlp: Language, text: str, county: str) -> None:
    assert _label_of(nlp, text, county) == "ORG", _labels(nlp, text)


def test_guard_a_cricket_county_outside_sport_stays_the_place(nlp: Language) -> None:
    """Guard (qa2): the counties in a text of no sport are the places."""
    text = "Floods hit Somerset and Hampshire on Monday, the Environment Agency said. Hampshire police closed roads."
    assert _label_of(nlp, text, "Somerset") == "GPE", _labels(nlp, text)


@pytest.mark.parametrize(("text", "county"), [
    # Closing notes: short county copy with no competition named was no sport ("Hampshire|PERSON", no Warwickshire):
    # a margin in wickets, runs or an innings is cricket's result alone.
    ("Warwickshire beat Hampshire by seven wickets at Edgbaston on Tuesday.", "Hampshire"),
    ("Warwickshire beat Hampshire by seven wickets at Edgbaston on Tuesday.", "Warwickshire"),
    ("Surrey beat Somerset by an innings and 32 runs at the Oval.", "Somerset"),
    ("Kent beat Sussex by 54 runs at Canterbury on Friday.", "Sussex"),
    ("Lancashire captain Keaton Jennings made an unbeaten 154 against Yorkshire at Old Trafford.", "Yorkshire"),
])
def test_a_cricket_margin_alone_makes_the_counties_sides(nlp: Language, text: str, county: str) -> None:
    assert _label_of(nlp, text, county) == "ORG", _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # Guard: a margin of votes, a bank's runs and an unbeaten run of games are no sport.
    "The bill passed by 54 votes in the Senate on Friday.",
    "The bank survived two runs in a decade.",
    "The coach has made an unbeaten 12 games his target in Yorkshire.",
])
def test_guard_margins_outside_sport_are_no_sport(nlp: Language, text: str) -> None:
    assert not is_about_sport(nlp(text), [])


def test_tries_scored_make_a_rugby_result(nlp: Language) -> None:
    """Closing notes: "France ran in six tries to beat Wales 45-24" was no sport, its score a number; tries scored are
    rugby's."""
    text = "France ran in six tries to beat Wales 45-24 in Cardiff."
    assert _label_of(nlp, text, "45-24") is None, _labels(nlp, text)
    assert is_about_sport(nlp("Dupont scored a try in the first half."), [])


@pytest.mark.parametrize("text", [
    # Guard: the verb "tries", a person's "runs in", and tries at a test are no rugby.
    "He tries to visit Wales every year, she said.",
    "She tries hard, and runs in the park on Sundays.",
    "After three tries, Smith passed his driving test in Cardiff.",
])
def test_guard_tries_outside_rugby_are_no_sport(nlp: Language, text: str) -> None:
    assert not is_about_sport(nlp(text), [])


def test_guard_rugby_league_town_as_the_place_stays_the_town(nlp: Language) -> None:
    """Guard: beside its club, the town written as the place is still the town ("Wigan's mayor")."""
    text = "Wigan Warriors won the Super League Grand Final. Wigan's mayor opened the new library on Saturday."
    assert _mentions_of(nlp, text, "Wigan") == [("GPE", "Wigan")], _labels(nlp, text)
    text = "Leigh Halfpenny kicked four penalties as Wales beat Italy in the Six Nations."
    assert _label_of(nlp, text, "Leigh Halfpenny") == "PERSON", _labels(nlp, text)


@pytest.mark.parametrize(("text", "town", "nth"), [
    # Rugby league's towns outside sport, where the words say the place: "A man from Wigan|PERSON", "Castleford|PERSON,
    # a former mining town", "from Wakefield to Castleford|PERSON", "from Widnes|WORK_OF_ART".
    ("A man from Wigan was arrested on Tuesday.", "Wigan", 0),
    ("Castleford, a former mining town, has a rugby league club.", "Castleford", 0),
    ("Trains from Wakefield to Castleford were cancelled.", "Castleford", 0),
    ("A woman from Widnes was jailed, and a shop in Huddersfield closed.", "Widnes", 0),
    ("A woman from Widnes was jailed, and a shop in Huddersfield closed.", "Huddersfield", 0),
])
def test_a_rugby_league_town_written_as_the_place_outside_sport_is_a_place(nlp: Language, text: str, town: str,
                                                                          nth: int) -> None:
    assert _label_of(nlp, text, town, nth) == "GPE", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # Guards: a town that is a given name too, and towns played as sides, are made no place.
    ("She received a letter from Leigh on Monday.", "Leigh"),
    ("Wigan beat Castleford on Friday night.", "Castleford"),
])
def test_guard_a_rugby_league_town_as_no_place_is_made_no_place(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) not in (None, "GPE"), _labels(nlp, text)


@pytest.mark.parametrize(("text", "rival"), [
    # Rivals placed by a race's result, which the model took for bodies: "ahead of Marquez|ORG", "with Leclerc|ORG
    # third", "ahead of Ferrari's Sainz|ORG".
    ("Max Verstappen won the Dutch Grand Prix ahead of Hamilton, with Leclerc third.", "Leclerc"),
    ("Pedro Acosta finished third in the MotoGP race, ahead of Marquez, as Bagnaia won at Mugello.", "Marquez"),
    ("Verstappen won the Japanese Grand Prix ahead of Ferrari's Sainz, with McLaren third.", "Sainz"),
])
def test_a_rival_placed_by_a_race_result_is_a_person(nlp: Language, text: str, rival: str) -> None:
    assert _label_of(nlp, text, rival) == "PERSON", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # Guards: a team or a maker placed so is still no person, nor a firm placed in a market's day.
    ("Verstappen won the Japanese Grand Prix ahead of Ferrari's Sainz, with McLaren third.", "McLaren"),
    ("Max Verstappen won the Dutch Grand Prix ahead of Mercedes, with Ferrari third.", "Mercedes"),
    ("Apple's shares closed ahead of Nvidia on Friday, with Microsoft third.", "Microsoft"),
])
def test_guard_a_team_or_firm_placed_by_a_result_is_still_no_person(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "ORG", _labels(nlp, text)


def test_a_table_tennis_result_names_two_players_and_no_number(nlp: Language) -> None:
    """qa2's leftover: "Sun Yingsha beat Hina Hayata 4-1" gave two organisations and a CARDINAL "4" (table tennis
    was no sport of single players to the rules)."""
    text = "Sun Yingsha beat Hina Hayata 4-1 in the women's singles final at the World Table Tennis Championships."
    found = _labels(nlp, text)
    assert _label_of(nlp, text, "Sun Yingsha") == "PERSON", found
    assert _label_of(nlp, text, "Hina Hayata") == "PERSON", found
    assert "4" not in [written for written, _, _ in found], found


def test_a_badminton_results_score_is_no_number(nlp: Language) -> None:
    text = "Shi Yuqi beat Axelsen 2-1 in the badminton final at the All England Open."
    assert "2" not in [written for written, _, _ in _labels(nlp, text)], _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guards: a team or a country in a table tennis result is still no player.
    ("Team GB beat Japan 3-1 in the table tennis team event.", "Team GB", "ORG"),
    ("Hong Kong beat Singapore 3-2 in the table tennis team final.", "Singapore", "GPE"),
])
def test_guard_a_team_in_a_table_tennis_result_is_still_no_player(nlp: Language, text: str, name: str,
                                                                   label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "games"), [
    # Games by city and year listed three at a time: "at London 2012, Rio 2016 and Tokyo 2020" gave ORG "London", GPE
    # "Rio", GPE "Tokyo" and DATE "2020"; "Rio 2016" after two Games was nothing.
    ("He has won medals at London 2012, Rio 2016 and Tokyo 2020.", "London 2012"),
    ("He has won medals at London 2012, Rio 2016 and Tokyo 2020.", "Rio 2016"),
    ("He has won medals at London 2012, Rio 2016 and Tokyo 2020.", "Tokyo 2020"),
    ("She competed at Beijing 2008, London 2012 and Rio 2016 before retiring.", "Rio 2016"),
    ("Team GB won 29 golds at Rio 2016, and the squad for LA 2028 will be announced later.", "Rio 2016"),
])
def test_games_listed_by_city_and_year_are_events(nlp: Language, text: str, games: str) -> None:
    assert _label_of(nlp, text, games) == "EVENT", _labels(nlp, text)


def test_guard_a_city_and_a_year_apart_are_still_no_games(nlp: Language) -> None:
    """Guard: a city with a year that no "at" nor Games' list opens stays a place and a date."""
    text = "Rio said on Monday that 2016 had been a hard year, and the office moved from London in 2019."
    assert "EVENT" not in {label for _, label, _ in _labels(nlp, text)}, _labels(nlp, text)
    assert _label_of(nlp, "Prices remained at London 2019 levels, the agency said.", "London") == "GPE"


@pytest.mark.parametrize(("text", "course"), [
    # Racecourses after "to" or "at" in a text about racing: "go to Punchestown" gave ORG, "straight to Cheltenham" ORG,
    # "the race at Kempton" GPE.
    ("Galopin Des Champs won the Cheltenham Gold Cup again, and the horse will now go to Punchestown. Willie Mullins "
     "said he was delighted.", "Punchestown"),
    ("The horse would go straight to Cheltenham, trainer Nicky Henderson said after the race at Kempton.",
     "Cheltenham"),
    ("The horse would go straight to Cheltenham, trainer Nicky Henderson said after the race at Kempton.", "Kempton"),
    # the course's own capitalised article taken in (CoNLL's "The Curragh")
    ("Result of the Tattersalls Breeders Stakes, a race for two-year-olds run over six furlongs at The Curragh on "
     "Saturday: 1. Miss Stamper 3-1 joint-favourite (ridden by David Harrison)", "The Curragh"),
])
def test_a_racecourse_a_horse_goes_to_or_races_at_is_a_facility(nlp: Language, text: str, course: str) -> None:
    assert _label_of(nlp, text, course) == "FAC", _labels(nlp, text)


def test_guard_a_racecourses_town_is_still_the_town(nlp: Language) -> None:
    """Guard: the town of a course, written as the place in a racing text, stays the town."""
    text = ("The Cheltenham Festival starts on Tuesday, and hotels in Cheltenham are full. Constitution Hill is the "
            "favourite for the Champion Hurdle, and Nicky Henderson's horse will go to Cheltenham fresh.")
    assert _label_of(nlp, text, "Cheltenham") == "GPE", _labels(nlp, text)


@pytest.mark.parametrize(("text", "course"), [
    # A trainer's or jockey's winners at a course, the racing text's only cue: "saddled four winners at
    # Punchestown|ORG", "rode a treble at Naas|ORG".
    ("Willie Mullins saddled four winners at Punchestown on Tuesday.", "Punchestown"),
    ("Rachael Blackmore rode a treble at Naas on Sunday.", "Naas"),
    ("Paul Townend rode the winner at Leopardstown, his third of the week.", "Leopardstown"),
])
def test_a_course_a_trainer_or_jockey_had_winners_at_is_a_facility(nlp: Language, text: str, course: str) -> None:
    assert _label_of(nlp, text, course) == "FAC", _labels(nlp, text)


@pytest.mark.parametrize(("text", "town"), [
    # Guards: winners at a town no trainer nor jockey had, and debts one is saddled with, name no racecourse.
    ("Prize winners at Ayr were announced by the council, and residents of Ayr welcomed them.", "Ayr"),
    ("The company was saddled with debt after a failed bid at Newbury.", "Newbury"),
    ("The winner at Doncaster council elections was announced on Friday.", "Doncaster"),
])
def test_guard_winners_at_a_town_without_a_trainer_name_no_course(nlp: Language, text: str, town: str) -> None:
    assert _label_of(nlp, text, town) != "FAC", _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # A boxer's full name the model took for a body, the subject of the result: "Tyson Fury|ORG lost on points".
    "Tyson Fury lost on points to Oleksandr Usyk in their WBC, WBA and WBO heavyweight rematch in Riyadh.",
    "Tyson Fury lost to Oleksandr Usyk again, and the boxer said he had been robbed.",
])
def test_a_boxers_full_name_losing_a_fight_is_a_person(nlp: Language, text: str) -> None:
    assert _label_of(nlp, text, "Tyson Fury") == "PERSON", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # Results that name their sport by no word of it, the model's bodies and places: "with Leclerc|ORG third",
    # "Tyson Fury|ORG lost on points", "Ricarda Funk|ORG finished second", "Norris|ORG passed Verstappen|ORG at Turn 1",
    # "lost to Leigh Wood|ORG".
    ("Max Verstappen finished ahead of Hamilton, with Leclerc third.", "Leclerc"),
    ("Tyson Fury lost on points to Oleksandr Usyk in Riyadh.", "Tyson Fury"),
    ("Ricarda Funk finished second.", "Ricarda Funk"),
    ("Norris passed Verstappen at Turn 1 on the opening lap.", "Norris"),
    ("Norris passed Verstappen at Turn 1 on the opening lap.", "Verstappen"),
    ("Anthony Joshua won on points, and Wardley lost on points to Dubois.", "Dubois"),
    ("Josh Warrington lost to Leigh Wood in Nottingham.", "Leigh Wood"),
])
def test_a_player_placed_by_a_result_without_a_sports_word_is_a_person(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "PERSON", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guards: parties, firms and clubs placed so, a league "on points difference", a road's turn, stay as they were.
    ("Labour finished ahead of the Conservatives, with Reform third.", "Reform", "ORG"),
    ("Fidesz finished first in the election, with Tisza second.", "Tisza", "ORG"),
    ("Tesla finished second in the ranking, with Apple third.", "Apple", "ORG"),
    ("Morgan Stanley finished second in the league table of advisers.", "Morgan Stanley", "ORG"),
    ("Wigan finished level on points with Warrington but won the league on points difference.", "Warrington", "ORG"),
    ("Kamala Harris lost to Donald Trump, and John Smith lost to Goldman Sachs in court.", "Goldman Sachs", "ORG"),
])
def test_guard_a_party_or_firm_placed_without_a_sports_word_is_no_person(nlp: Language, text: str, name: str,
                                                                         label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # QA rev2: a party a politician lost to, or that an election placed beside its winner, was made a person.
    ("Kemi Badenoch lost to Reform in the by-election.", "Reform"),
    ("Jeremy Hunt lost to Labour in Godalming, a seat the Conservatives had held since 1910.", "Labour"),
    ("Sadiq Khan won the mayoral race, with Reform third and the Greens fourth.", "Reform"),
])
def test_a_party_a_person_lost_to_or_finished_ahead_of_is_no_person(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "ORG", _labels(nlp, text)


def test_a_rival_a_full_named_player_lost_to_is_a_person(nlp: Language) -> None:
    """"Novak Djokovic lost 6-4 to Sinner" gave NORP "Sinner": the loser was a body to the model, no person."""
    text = "Novak Djokovic lost 6-4 to Sinner in the quarter-final."
    assert _label_of(nlp, text, "Sinner") == "PERSON", _labels(nlp, text)


def test_a_rival_a_player_of_a_foreign_given_name_lost_to_is_a_person(nlp: Language) -> None:
    """"Iga Swiatek lost to Rybakina" gave ORG "Rybakina": "Iga" was no listed given name, so no full name lost."""
    text = "Iga Swiatek lost to Rybakina in the semi-final in Rome on Friday."
    assert _label_of(nlp, text, "Rybakina") == "PERSON", _labels(nlp, text)
    assert _label_of(nlp, "The Iga region lies east of Osaka.", "Iga") == "GPE"  # guard: the Japanese town


@pytest.mark.parametrize(("text", "name"), [
    # Guards: a firm or a team that lost to another is still no person.
    ("Aston Martin lost to Ferrari in court.", "Ferrari"),
    ("Morgan Stanley lost to Barclays in the league table.", "Barclays"),
])
def test_guard_a_firm_a_body_lost_to_is_still_no_person(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "ORG", _labels(nlp, text)


def test_a_team_placed_after_with_in_a_race_report_is_a_team(nlp: Language) -> None:
    """"with Alpine fifth and with Williams sixth" gave two persons in a Grand Prix report."""
    text = "Verstappen won the Japanese Grand Prix from pole, with Alpine fifth and with Williams sixth."
    assert _label_of(nlp, text, "Alpine") == "ORG", _labels(nlp, text)
    assert _label_of(nlp, text, "Williams") == "ORG", _labels(nlp, text)


@pytest.mark.parametrize("text", [
    "Verstappen won the race, with Alpine fifth.",
    "Norris won the sprint in Austin, with Haas seventh.",
])
def test_a_team_placed_after_with_in_a_race_won_is_a_team(nlp: Language, text: str) -> None:
    """"Verstappen won the race, with Alpine fifth" gave a person: no word of motor racing but the race won."""
    name = next(n for n in ("Alpine", "Haas") if n in text)
    assert _label_of(nlp, text, name) == "ORG", _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # Guards: "Williams" placed in tennis is the player, and a driver "ahead of Williams" may be one too.
    "Sabalenka won the match in Rome, with Williams sixth in the rankings.",
    "The Welshman won the race in Cardiff, with Williams fifth and Thomas sixth.",
    "Sabalenka leads the rankings, with Williams sixth after her run to the final.",
    "Hamilton finished ahead of Williams on the last lap of the Grand Prix.",
    # QA rev2: a sprint won at an event of another sport, a runner placed.
    "Jones won the sprint, with Williams third, at the Commonwealth Games.",
])
def test_guard_a_name_of_a_team_placed_outside_a_race_or_with_is_no_team(nlp: Language, text: str) -> None:
    assert _label_of(nlp, text, "Williams") == "PERSON", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # Guards: a team named like a person, a firm losing no result, in a text of motor racing or golf.
    ("Aston Martin finished fifth at the Dutch Grand Prix, with Fernando Alonso sixth in the F1 race.",
     "Aston Martin"),
    ("Morgan Stanley lost the mandate as Rory McIlroy won the PGA Championship with a birdie at the last.",
     "Morgan Stanley"),
])
def test_guard_a_team_or_firm_named_like_a_person_is_still_no_player(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) == "ORG", _labels(nlp, text)


@pytest.mark.parametrize(("text", "team"), [
    # Australian football's sides by their places, a result's margin in points: "North Melbourne won the AFLW
    # premiership, beating Brisbane by 28 points" gave GPE both.
    ("North Melbourne won the AFLW premiership, beating Brisbane by 28 points at Ikon Park.", "North Melbourne"),
    ("North Melbourne won the AFLW premiership, beating Brisbane by 28 points at Ikon Park.", "Brisbane"),
    ("Collingwood won the AFL grand final, beating Brisbane by four points at the MCG.", "Brisbane"),
])
def test_a_side_beaten_by_a_margin_of_points_is_the_team(nlp: Language, text: str, team: str) -> None:
    assert _label_of(nlp, text, team) == "ORG", _labels(nlp, text)


def test_guard_a_place_beside_a_vote_margin_is_still_the_place(nlp: Language) -> None:
    """Guard: a margin of points in an election's report makes no team of the town."""
    text = "Labour won the seat, beating the Conservatives by 28 points, while Brisbane voters backed the Greens."
    assert _label_of(nlp, text, "Brisbane") == "GPE", _labels(nlp, text)


@pytest.mark.parametrize(("text", "player"), [
    # A tennis result's player the model cut to the given name: "beat Taylor|PERSON Fritz 6-3 6-4", "lost to
    # Jessica|PRODUCT Pegula 6-3 6-1".
    ("Carlos Alcaraz beat Taylor Fritz 6-3 6-4 to reach the final.", "Taylor Fritz"),
    ("Emma Raducanu lost to Jessica Pegula 6-3 6-1 in Washington.", "Jessica Pegula"),
])
def test_a_tennis_results_player_cut_by_the_model_is_whole(nlp: Language, text: str, player: str) -> None:
    assert _label_of(nlp, text, player) == "PERSON", _labels(nlp, text)


def test_guard_a_tennis_results_whole_player_and_nicknames_stay(nlp: Language) -> None:
    """Guard: a name the model found whole is kept, a team's nickname after "the" is still no player."""
    text = "Jannik Sinner beat Alex de Minaur 6-3 6-4 in the quarter-finals."
    assert _label_of(nlp, text, "Alex de Minaur") == "PERSON", _labels(nlp, text)
    text = "The Bulls beat the Lions 6-3 6-4 in the tennis exhibition."
    assert "PERSON" not in {label for _, label, _ in _labels(nlp, text)}, _labels(nlp, text)


def test_a_kabaddi_results_sides_under_thirty_points_are_teams(nlp: Language) -> None:
    """qa2's leftover: "Puneri Paltan beat Haryana Steelers 28-25" gave PERSON "Haryana Steelers" (the team-result
    rule wanted 31 points or more, past any single player's game)."""
    text = "Puneri Paltan beat Haryana Steelers 28-25 in the Pro Kabaddi League final."
    assert _label_of(nlp, text, "Haryana Steelers") == "ORG", _labels(nlp, text)


def test_guard_a_vote_or_a_squash_result_under_thirty_points_keeps_its_persons(nlp: Language) -> None:
    """Guard: persons beside a low score stay persons, in a sport of single players or a poll's text."""
    text = "Paul Coll beat Ali Farag 11-9 in the squash semi-final at the British Open."
    assert _label_of(nlp, text, "Ali Farag") == "PERSON", _labels(nlp, text)
    text = "Bernie Sanders beat Hillary Clinton 55-45 in the Michigan primary, the Premier League of polls."
    assert _label_of(nlp, text, "Hillary Clinton") == "PERSON", _labels(nlp, text)


@pytest.mark.parametrize(("text", "event"), [
    # An event the model ran into the next clause: "the Players Championship as Callaway" one EVENT, "the PGA
    # Championship as" another.
    ("Scottie Scheffler won the Players Championship as Callaway took the lead in the putter market.",
     "Players Championship"),
    ("Xander Schauffele won the PGA Championship as Callaway shares rose.", "PGA Championship"),
])
def test_an_event_ends_before_a_clause_the_model_ran_it_into(nlp: Language, text: str, event: str) -> None:
    found = _labels(nlp, text)
    assert (event, "EVENT") in {(written, label) for written, label, _ in found}, found
    assert not any(label == "EVENT" and " as" in written for written, label, _ in found), found


def test_guard_an_event_with_no_clause_inside_keeps_its_words(nlp: Language) -> None:
    text = "She ran in the Great North Run after recovering from injury."
    assert _label_of(nlp, text, "Great North Run") == "EVENT", _labels(nlp, text)


@pytest.mark.parametrize(("text", "club"), [
    # A women's side makes a text one about sport: "Barcelona Femení beat Lyon 2-0." gave LAW "Lyon", "Chelsea Women
    # beat Arsenal 3-1" no Arsenal.
    ("Barcelona Femení beat Lyon 2-0.", "Lyon"),
    ("Chelsea Women beat Arsenal 3-1 on Sunday.", "Arsenal"),
])
def test_the_opponent_of_a_womens_side_is_the_club(nlp: Language, text: str, club: str) -> None:
    assert _label_of(nlp, text, club) == "ORG", _labels(nlp, text)


def test_guard_a_womens_sides_town_written_as_the_place_stays_the_town(nlp: Language) -> None:
    text = "Lyon's mayor said Barcelona Femení were welcome in Lyon."
    assert [label for written, label, _ in _labels(nlp, text) if written == "Lyon"] == ["GPE", "GPE"], \
        _labels(nlp, text)


@pytest.mark.parametrize(("text", "club"), [
    ("Al Ahly beat Esperance de Tunis 1-0 in Cairo on Saturday to win the CAF Champions League.", "Al Ahly"),
    ("Mamelodi Sundowns clinched the title after a 2-0 win over Kaizer Chiefs.", "Mamelodi Sundowns"),
    ("Zamalek fans celebrated in Cairo as the club won the Confederation Cup.", "Zamalek"),
    ("Munetaka Murakami of the Yakult Swallows was named MVP.", "Yakult Swallows"),
    ("Yomiuri Giants 3 Hanshin Tigers 2; Hiroshima Carp 5 Chunichi Dragons 1.", "Hiroshima Carp"),
    ("Leander Club won the Grand Challenge Cup at Henley Royal Regatta on Sunday.", "Leander Club")])
def test_african_clubs_japanese_baseball_teams_and_rowing_clubs_are_organisations(nlp: Language, text: str,
                                                                                  club: str) -> None:
    """QA (qa2): African clubs were persons ("Al Ahly", "Mamelodi Sundowns", "Zamalek"), NPB teams missed or their
    city ("Hiroshima"), "Leander Club" a person."""
    assert _label_of(nlp, text, club) == "ORG", _labels(nlp, text)


def test_young_africans_in_ordinary_news_still_no_club_guard(nlp: Language) -> None:
    text = "Young Africans face high unemployment across the continent, the report said."
    assert _label_of(nlp, text, "Young Africans") is None, _labels(nlp, text)


@pytest.mark.parametrize(("text", "event"), [
    ("LE MANS, France, June 16 (AP) - Ferrari won the 24 Hours of Le Mans for a second straight year.",
     "24 Hours of Le Mans"),
    ("Porsche Penske Motorsport won the Rolex 24 at Daytona, with Felipe Nasr taking the No. 7 Porsche to victory.",
     "Rolex 24 at Daytona"),
    ("Cadillac and Porsche lead the GTP standings after the Petit Le Mans at Road Atlanta.", "Petit Le Mans"),
    ("Cambridge won the 169th Boat Race by three and a half lengths on Saturday.", "169th Boat Race"),
    ("Leander Club won the Grand Challenge Cup at Henley Royal Regatta on Sunday.", "Henley Royal Regatta"),
    ("The Diamond Challenge Sculls went to Tom Barras of Great Britain.", "Diamond Challenge Sculls"),
    ("Ros Canter and Lordships Graffalo won the Badminton Horse Trials on Sunday.", "Badminton Horse Trials"),
    ("Michael Jung of Germany won the Kentucky Three-Day Event for a fourth time.", "Kentucky Three-Day Event"),
    ("Indian teenager Gukesh Dommaraju won the Candidates Tournament on Sunday.", "Candidates Tournament"),
    ("Michigan beat Washington 34-13 in the College Football Playoff national championship game in Houston.",
     "College Football Playoff")])
def test_endurance_races_regattas_and_horse_trials_are_events(nlp: Language, text: str, event: str) -> None:
    """QA (qa2): "the 24 Hours of Le Mans" was the place "Le Mans", "the Rolex 24" a firm, "Henley Royal Regatta" a
    building, "the Boat Race", "the Diamond Challenge Sculls" and "the Badminton Horse Trials" bodies, "the Candidates
    Tournament" and "the College Football Playoff" missed."""
    assert _label_of(nlp, text, event) == "EVENT", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # Darts' and sumo's events and sumo's wrestlers: "Premier League Darts" a body, "the PDC World Darts Championship"
    # missed, "Kotozakura|GPE won the Kyushu Basho|ORG", "The ozeki Kotozakura|GPE lost to Hoshoryu|GPE".
    ("Luke Littler won the Premier League Darts and the PDC World Darts Championship.", "Premier League Darts",
     "EVENT"),
    ("Luke Littler won the Premier League Darts and the PDC World Darts Championship.",
     "PDC World Darts Championship", "EVENT"),
    ("Yokozuna Hoshoryu beat Onosato on the final day, and Kotozakura won the Kyushu Basho.", "Kyushu Basho",
     "EVENT"),
    ("Yokozuna Hoshoryu beat Onosato on the final day, and Kotozakura won the Kyushu Basho.", "Kotozakura",
     "PERSON"),
    ("The ozeki Kotozakura lost to Hoshoryu.", "Hoshoryu", "PERSON"),
])
def test_darts_and_sumo_events_and_wrestlers(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guards: football's Premier League and the island of Kyushu are no darts nor sumo event.
    ("The Premier League season resumes on Saturday, with darts on Sky later.", "Premier League", "ORG"),
    ("Kyushu Electric Power said the plant in Kyushu would restart.", "Kyushu Electric Power", "ORG"),
])
def test_guard_names_beside_darts_and_sumo_events_keep_their_labels(nlp: Language, text: str, name: str,
                                                                    label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


def test_a_boat_race_in_lower_case_and_the_town_of_le_mans_still_no_event_guard(nlp: Language) -> None:
    text = "The mayor watched a boat race on the river before visiting Le Mans."
    assert "EVENT" not in {label for _, label, _ in _labels(nlp, text)}, _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # rev2: a place whose first word is also a given name ("Hong", "Santa") is no player's full name: "Hong Kong" was
    # a person as the winner of a table tennis or badminton team result (the known-place test read "Kong" alone).
    "Hong Kong beat Singapore 3-2 in the table tennis team final.",
    "Hong Kong beat Singapore 3-2 in the badminton team event at the Asian Games.",
])
def test_a_place_opening_with_a_given_name_is_still_no_player(nlp: Language, text: str) -> None:
    assert _label_of(nlp, text, "Hong Kong") == "GPE", _labels(nlp, text)


def test_guard_a_players_full_name_in_a_team_event_is_still_a_person(nlp: Language) -> None:
    text = "Sun Yingsha beat Hina Hayata 4-1 in the table tennis team final."
    assert _label_of(nlp, text, "Sun Yingsha") == "PERSON", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # rev2: a name ending in "Race" or "Trials" that the model calls a person or a work is no event: a surname ("Steve
    # Race"), a show or a film ("The Amazing Race", "The Great Race") were made events by the suffix.
    ("The broadcaster Steve Race presented My Music for 26 years.", "Steve Race", "PERSON"),
    ("Contestants on The Amazing Race visited Peru, CBS said.", "The Amazing Race", "WORK_OF_ART"),
    ("The Hunger Games and The Great Race were both shown on BBC Two.", "The Great Race", "WORK_OF_ART"),
])
def test_a_person_or_a_show_named_race_is_no_event(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


def test_guard_a_regatta_and_a_boat_race_the_model_calls_bodies_are_still_events(nlp: Language) -> None:
    text = "Cambridge won the 169th Boat Race, and the Diamond Challenge Sculls went to Oliver Zeidler."
    assert _label_of(nlp, text, "169th Boat Race") == "EVENT", _labels(nlp, text)
    assert _label_of(nlp, text, "Diamond Challenge Sculls") == "EVENT", _labels(nlp, text)


def test_the_town_a_trainer_moved_to_is_still_the_town(nlp: Language) -> None:
    """rev2: "moved to Newmarket" in a text about racing gave the racecourse (a facility): a trainer's or a jockey's
    move is to the town."""
    text = ("The trainer, who moved to Newmarket from Ireland in 2010, said the colt would go straight to Epsom for "
            "the Derby.")
    assert _label_of(nlp, text, "Newmarket") == "GPE", _labels(nlp, text)
    assert _label_of(nlp, text, "Epsom") == "FAC", _labels(nlp, text)  # guard: a horse's going to a course


@pytest.mark.parametrize("text", [
    "Labour MP Steve Race said the bill would fail.",
    "Steve Race, the MP for Exeter, said the council had been let down.",
])
def test_a_person_surnamed_race_is_no_event(nlp: Language, text: str) -> None:
    """Review (rev1): "Race" ending a name made an event of a given name and the surname Race ("Steve Race")."""
    assert _label_of(nlp, text, "Steve Race") == "PERSON", _labels(nlp, text)


def test_a_race_named_by_its_words_still_an_event_guard(nlp: Language) -> None:
    text = "Oxford won the Women's Boat Race by three lengths on Saturday."
    assert _label_of(nlp, text, "Women's Boat Race") == "EVENT", _labels(nlp, text)


def test_a_race_named_by_a_town_that_is_a_given_name_still_an_event_guard(nlp: Language) -> None:
    """Guard (rev1): "Hobart" of "the Sydney to Hobart Race", a given name somewhere, keeps the race an event."""
    text = "The Sydney to Hobart Race began on Boxing Day."
    assert _label_of(nlp, text, "Hobart Race") == "EVENT", _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # QA (fixB): outside a text about sport a result's score was cut to its first number ("2" of "beat Nigeria 2-1",
    # "5" of "won 5-4", "6" of "went 6-for-6"); half a score counts nothing, as in a match report.
    "Ghana beat Nigeria 2-1 in Accra on Saturday, a result that lifts them to the top of the group.",
    "The Lakers won 5-4 in overtime, their third straight victory.",
    "Nigeria lost 3-0 to Ghana on Sunday.",
    "It was Ghana's 2-1 win over Nigeria that did it.",
    "Ohtani went 6-for-6 with two home runs and 10 RBIs in the win.",
    "Soto was 3-for-4 on Sunday.",
])
def test_half_a_result_outside_sport_is_no_number(nlp: Language, text: str) -> None:
    found = _labels(nlp, text)
    assert not [written for written, label, _ in found if label == "CARDINAL" and written[0] in "2356"], found


@pytest.mark.parametrize(("text", "kept"), [
    # Guards: a vote's tally stays one count, a range of a count after a result's verb stays the model's, a court's
    # tally read by no result's verb stays as it was.
    ("The justices voted 5-4 to block the order.", "5-4"),
    ("The Supreme Court ruled 5-4 that the law stands.", "5-4"),
    ("The party is expected to win 2-3 seats in the north.", "2"),
    ("The firm won 4-5 new contracts last year.", "4"),
    ("Forecasters expect the storm to lose 2-3 mph of wind speed.", "2"),
    ("The company announced a 1-for-10 reverse stock split.", "1-for-10"),  # the whole ratio since helper fixB
    # Review (rev3): a vote's tally of two digits a side before a result's noun is one count, as the tallies rule makes
    # it, not half a game's score dropped ("52" of "52-48" was left out and nothing made whole).
    ("It was a 52-48 victory for Leave, and the prime minister resigned the next morning.", "52-48"),
    ("The measure passed after a 218-213 win in the House.", "218-213"),
    # QA rev2: a tally of two digits after a result's verb, which the tallies rule makes whole, was dropped.
    ("Senators defeated 52-48 the amendment that would have cut funding.", "52-48"),
    ("The House defeated 52-48 the amendment that would have cut funding.", "52-48"),
])
def test_guard_tallies_and_ranges_after_a_results_verb_stay(nlp: Language, text: str, kept: str) -> None:
    assert _label_of(nlp, text, kept) == "CARDINAL", _labels(nlp, text)
@pytest.mark.parametrize(("text", "club"), [
    ("Barcelona's Jabari Parker scored 21 points as the Catalans edged Valencia Basket 92-88 in overtime.",
     "Valencia Basket"),
    ("Panathinaikos forward Kendrick Nunn was named EuroLeague MVP for February.", "Panathinaikos"),
    ("Zalgiris Kaunas fired head coach Andrea Trinchieri on Tuesday after a home defeat.", "Zalgiris Kaunas"),
    ("Real Madrid's Walter Tavares blocked six shots as the champions crushed Baskonia 101-72 in the ACB.", "Baskonia"),
    ("SKA St Petersburg beat Metallurg Magnitogorsk 3-1 in game five of the Gagarin Cup final.",
     "Metallurg Magnitogorsk"),
    ("SYDNEY - The Sydney Sixers beat the Perth Scorchers by five wickets in the Big Bash League.", "Sydney Sixers"),
    ("LONDON - Oval Invincibles won The Hundred for a second year, beating Southern Brave by 17 runs.",
     "Oval Invincibles")])
def test_basketball_khl_and_t20_clubs_are_organisations(nlp: Language, text: str, club: str) -> None:
    """QA (qa2): EuroLeague clubs were persons ("Valencia Basket", "Zalgiris Kaunas", "Panathinaikos") or a place
    ("Baskonia"), KHL clubs cut to their city, "The Sydney Sixers" a work, "Oval Invincibles" missed."""
    assert _label_of(nlp, text, club) == "ORG", _labels(nlp, text)


@pytest.mark.parametrize(("text", "place"), [
    ("The regional government of Valencia approved the budget on Tuesday.", "Valencia"),
    ("Tourists flocked to Malaga and Tenerife over Easter, the airport said.", "Malaga"),
    ("The court in Kaunas adjourned the hearing until March.", "Kaunas")])
def test_basketball_clubs_cities_alone_are_no_clubs_guard(nlp: Language, text: str, place: str) -> None:
    """The cities of the clubs added, written alone in news of no sport, are no clubs (the model's label stays)."""
    assert _label_of(nlp, text, place) not in (None, "ORG"), _labels(nlp, text)


def test_a_moscow_football_clubs_report_keeps_other_cities_places_guard(nlp: Language) -> None:
    """CoNLL (qa2 review): with "Dynamo Moscow" a known club, "Volgograd" of "the Volgograd side" was a team."""
    text = ("Rotor Volgograd must play their next home game behind closed doors after fans hurled bottles at Dynamo "
            "Moscow players. Lying two points behind Dynamo Moscow, the Volgograd side have a game in hand.")
    assert _label_of(nlp, text, "Volgograd", nth=1) == "GPE", _labels(nlp, text)


def test_a_results_extra_time_mark_is_no_organisation(nlp: Language) -> None:
    """QA (qa2): "(OT)" and "(SO)" after a score were organisations "OT" and key phrases."""
    text = "NHL Scores Saturday: Oilers 4, Flames 3 (OT); Bruins 3, Rangers 2 (SO); Golden Knights 2, Kings 1 (2OT)."
    result = enrich(nlp, text)
    found = {e["text"] for e in result["entities"]}
    assert not {"OT", "SO", "2OT"} & found, found
    phrases = {k["text"] for k in result["keyphrases"]}
    assert not {"OT", "SO", "2OT"} & phrases, phrases


def test_a_results_extra_time_mark_is_no_organisation_guard(nlp: Language) -> None:
    """"OT" in brackets after a name, no score, is the model's: "the Old Testament (OT)"."""
    found = {e["text"] for e in enrich(nlp, "The Old Testament (OT) and the New Testament (NT) were read aloud.")[
        "entities"]}
    assert "OT" in found, found


@pytest.mark.parametrize(("text", "step"), [
    # Helper fixE: a round or a game of a contest (or of a fight over assets), a law to the model.
    ("Verstappen won Round 5 of the championship in Miami.", "Round 5"),
    ("EuroLeague Round 24: Olympiacos 79, Real Madrid 75. Round 25 starts on Thursday.", "Round 25"),
    ('"Everybody knew what to expect in Round 2," Mr. Barrett said.', "Round 2"),
    ("The Chiefs beat the Ravens in Week 5, and Game 7 of the series is on Sunday.", "Game 7 of the series"),
])
def test_a_step_of_a_contest_is_no_law(nlp: Language, text: str, step: str) -> None:
    assert _label_of(nlp, text, step) != "LAW", _labels(nlp, text)


@pytest.mark.parametrize(("text", "law"), [
    # Guards: a law's part, a ballot's measure and a code's rule by number stay laws.
    ("The Supreme Court ruled on Section 5 of the Voting Rights Act. Article 24 was struck down.", "Section 5"),
    ("The Supreme Court ruled on Section 5 of the Voting Rights Act. Article 24 was struck down.", "Article 24"),
    ("The company filed for Chapter 11 protection. Voters passed Proposition 8.", "Chapter 11"),
    ("He was charged under Rule 5 of the code.", "Rule 5"),
])
def test_guard_a_laws_part_by_number_stays_a_law(nlp: Language, text: str, law: str) -> None:
    assert _label_of(nlp, text, law) == "LAW", _labels(nlp, text)


@pytest.mark.parametrize(("text", "margin"), [
    # Helper fixE: a race's margin in parts of a second was a date, or a date cut before "second".
    ("She won by five thousandths of a second.", "five thousandths of a second"),
    ("Lyles beat Thompson by two hundredths of a second in the final.", "two hundredths of a second"),
    ("The gap was 0.005 seconds, five thousandths of a second, the smallest in history.",
     "five thousandths of a second"),
])
def test_parts_of_a_second_are_a_time(nlp: Language, text: str, margin: str) -> None:
    assert _label_of(nlp, text, margin) == "TIME", _labels(nlp, text)


@pytest.mark.parametrize(("text", "kept", "label"), [
    # Guards: a half of a year and a tenth of a budget keep the model's reading.
    ("The second half of the year was better, and a tenth of the budget went on salaries.",
     "The second half of the year", "DATE"),
    ("The second half of the year was better, and a tenth of the budget went on salaries.", "a tenth", "CARDINAL"),
    ("Sales in the second quarter rose, the firm said.", "the second quarter", "DATE"),
])
def test_guard_other_parts_and_seconds_keep_their_reading(nlp: Language, text: str, kept: str, label: str) -> None:
    assert _label_of(nlp, text, kept) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "relay"), [
    # Helper fixE: a relay's name by its legs and distance was a count.
    ("Britain won silver in the 4x100m relay in Budapest.", "4x100"),
    ("The 4x400m relay team set a national record.", "4x400"),
    ("The 4x100m and 4x400m relays are on Sunday.", "4x100"),
    ("The 4x100 relay squad trained in Florida.", "4x100"),
])
def test_a_relay_by_its_legs_is_no_count(nlp: Language, text: str, relay: str) -> None:
    assert _label_of(nlp, text, relay) is None, _labels(nlp, text)


@pytest.mark.parametrize(("text", "product"), [
    # Guards: numbers multiplied that name no relay stay counts.
    ("The screen has a 4x100 grid of pixels.", "4x100"),
    ("He bought 3x100m of cable for the job.", "3x100"),
])
def test_guard_numbers_multiplied_outside_a_relay_stay_counts(nlp: Language, text: str, product: str) -> None:
    assert _label_of(nlp, text, product) == "CARDINAL", _labels(nlp, text)


@pytest.mark.parametrize(("text", "side", "points"), [
    # Helper fixE: a county's side and its points in a cricket points line were one law ("Kent 5").
    ("Kent 5 pts, Essex 21 pts", "Kent", "5"),
    ("Sussex 24 pts, Kent 5 pts. Sussex won by an innings.", "Kent", "5"),
])
def test_a_club_and_its_points_are_the_club_and_a_count(nlp: Language, text: str, side: str, points: str) -> None:
    found = _labels(nlp, text)
    assert (_label_of(nlp, text, side), _label_of(nlp, text, points)) == ("ORG", "CARDINAL"), found


def test_guard_a_driver_and_his_points_are_no_club(nlp: Language) -> None:
    """Guard: a driver before his points is no organisation made by the points rule (the model's law stays)."""
    text = "Drivers' standings: Norris 25 pts, Verstappen 18 pts, Leclerc 15 pts."
    assert _label_of(nlp, text, "Norris") is None, _labels(nlp, text)


@pytest.mark.parametrize(("text", "side"), [
    # Helper fixC: the states of a college result were places ("Michigan|GPE").
    ("Michigan beat Washington 34-13 in the College Football Playoff national championship game on Monday night in "
     "Houston. Blake Corum ran for two touchdowns.", "Michigan"),
    ("Michigan beat Washington 34-13 in the College Football Playoff national championship game on Monday night in "
     "Houston. Blake Corum ran for two touchdowns.", "Washington"),
])
def test_a_state_as_a_side_of_a_college_result_is_a_team(nlp: Language, text: str, side: str) -> None:
    assert _label_of(nlp, text, side) == "ORG", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guards: a country's side stays the country, a state outside college sport stays the state, the host city stays.
    ("The United States beat Serbia 95-91 in the Olympic semi-final, with college stars watching.", "Serbia", "GPE"),
    ("Michigan beat Washington 34-13 in the College Football Playoff final in Houston.", "Houston", "GPE"),
    ("Trump beat Harris in Michigan 50-48, and in Texas he won 56-42, said a college poll.", "Michigan", "GPE"),
])
def test_guard_no_country_nor_state_outside_a_college_result_is_a_team(nlp: Language, text: str, name: str,
                                                                       label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # Helper fixC: the ground fans travelled to was a person, and the quote's speaker.
    '"It was the best day of my life," said a fan from Kent who travelled to Wembley for the final. England lost 2-1 '
    "to Spain in the final.",
    '"It was amazing," said a fan from Kent who travelled to Wembley to see the concert.',
])
def test_a_ground_travelled_to_is_the_ground(nlp: Language, text: str) -> None:
    assert _label_of(nlp, text, "Wembley") == "FAC", _labels(nlp, text)
    speakers = [(q["speaker"] or {}).get("name") for q in enrich(nlp, text)["quotes"]]
    assert "Wembley" not in speakers, speakers


def test_guard_a_district_moved_to_is_no_ground(nlp: Language) -> None:
    # Guard: "to" a ground's district after a move of home opens no ground.
    text = '"It is quieter here," said Ann Jones, who moved to Wembley in 2010.'
    assert _label_of(nlp, text, "Wembley") != "FAC", _labels(nlp, text)


@pytest.mark.parametrize(("text", "team"), [
    # Helper fixC: a nickname before an American sport's post was a person, the text no sport's to the rules.
    ("The Jets quarterback threw two interceptions in a 24-10 defeat to the Bills on Sunday.", "Jets"),
    ("Dolphins quarterback Tua Tagovailoa was taken to hospital with a concussion after the game.", "Dolphins"),
])
def test_a_nickname_before_an_american_sports_post_is_the_team(nlp: Language, text: str, team: str) -> None:
    assert _label_of(nlp, text, team) == "ORG", _labels(nlp, text)


def test_guard_a_nicknames_word_before_no_post_makes_no_sport(nlp: Language) -> None:
    # Guard: the post written lower case apart from the word makes no text about sport.
    doc_text = "The Jets flew over the city as the pilot, a former quarterback, waved."
    assert _label_of(nlp, doc_text, "Jets") != "ORG", _labels(nlp, doc_text)


def test_two_nicknames_in_a_result_without_a_score_are_teams(nlp: Language) -> None:
    # Helper fixC: "the Heat" was a person and "the Celtics" missed, the text no sport's to the rules.
    text = "Tatum scored 31 points as Boston beat Miami. The Heat lost to the Celtics for the third time this season."
    assert (_label_of(nlp, text, "Heat"), _label_of(nlp, text, "Celtics")) == ("ORG", "ORG"), _labels(nlp, text)


def test_guard_two_common_words_of_nicknames_in_a_result_are_no_teams(nlp: Language) -> None:
    # Guard: both sides words that name other things as well make no text about sport.
    text = "The Saints beat the Devils in the old legend told by the monks."
    assert _label_of(nlp, text, "Devils") != "ORG", _labels(nlp, text)


def test_a_name_after_a_countrys_possessive_placed_by_an_ordinal_is_a_person(nlp: Language) -> None:
    # Helper fixC: a runner whose given name the lists do not know, placed second, was an organisation.
    text = "Faith Kipyegon won the 1500m final at the Olympics. Ethiopia's Diribe Welteji was second."
    assert _label_of(nlp, text, "Diribe Welteji") == "PERSON", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # Guards: a firm placed among others than runners, or one word, is no person.
    ("Japan's Nippon Steel was second among the bidders, and the Olympics sponsor Toyota was third.", "Nippon Steel"),
    ("Kenya's Safaricom was second in the ranking of the most valuable firms at the Olympics.", "Safaricom"),
])
def test_guard_a_firm_after_a_countrys_possessive_placed_is_no_person(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) != "PERSON", _labels(nlp, text)


def test_a_leaderboards_tied_place_is_no_entity(nlp: Language) -> None:
    # Helper fixC: "T3" was an organisation and "T5" a place.
    text = "Scheffler finished T3 at Augusta, while McIlroy was T5 after a closing 68 in the Masters."
    found = _labels(nlp, text)
    assert _label_of(nlp, text, "T3") is None and _label_of(nlp, text, "T5") is None, found


@pytest.mark.parametrize(("text", "name"), [
    # Guards: a terminal and a model's name stay the model's.
    ("Passengers at Heathrow's T5 faced long delays on Monday after a power cut.", "T5"),
    ("The new T3 engine is the most powerful in its class, said the firm.", "T3"),
])
def test_guard_a_tied_places_letters_elsewhere_stay(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) is not None, _labels(nlp, text)


@pytest.mark.parametrize(("text", "code"), [
    # Helper fixC: countries' codes in brackets in results were organisations and a person.
    ("400m hurdles: 1. Femke Bol (NED) 52.30, 2. Shamier Little (USA) 53.45, 3. Rushell Clayton (JAM) 53.98, "
     "4. Zeney van der Walt (RSA) 54.20", "JAM"),
    ("400m hurdles: 1. Femke Bol (NED) 52.30, 2. Shamier Little (USA) 53.45, 3. Rushell Clayton (JAM) 53.98, "
     "4. Zeney van der Walt (RSA) 54.20", "RSA"),
    ("Stage 14: 1. Tadej Pogacar (Slo/UAE Team Emirates) 4hrs 54mins 44secs, 2. Jonas Vingegaard (Den/Visma) at "
     "39secs", "Slo"),
])
def test_a_countrys_code_in_brackets_in_results_is_the_country(nlp: Language, text: str, code: str) -> None:
    assert _label_of(nlp, text, code) == "GPE", _labels(nlp, text)


@pytest.mark.parametrize(("text", "code"), [
    # Guards: an acronym after its long form, and a lone code of no result, stay the model's.
    ("The Royal Society of Arts (RSA) said on Monday that it would open a new centre.", "RSA"),
    ("Delegates of the Football Association of Ireland (IRL) met on Monday.", "IRL"),
    ("400m hurdles: 1. Femke Bol (NED) 52.30, 2. Zeney van der Walt (RSA) 54.20. The Royal Society of Arts (RSA) "
     "backed the meeting.", "RSA"),
])
def test_guard_an_acronym_in_brackets_is_no_country(nlp: Language, text: str, code: str) -> None:
    assert _label_of(nlp, text, code, nth=-1 if text.count(code) > 1 else 0) != "GPE", _labels(nlp, text)


@pytest.mark.parametrize(("text", "code"), [
    # Review rev2: a party's code after a member's or a candidate's name (India's, Grenada's code too) was made GPE.
    ("Election results: Jane Doe (IND) 4,512; John Roe (GRN) 3,201; Mary Poe (LIB) 2,900.", "IND"),
    ("Election results: Jane Doe (IND) 4,512; John Roe (GRN) 3,201; Mary Poe (LIB) 2,900.", "GRN"),
    ("Senators Bernie Sanders (IND) and Angus King (IND) joined the Democrats in the vote.", "IND"),
])
def test_a_partys_code_in_a_text_of_elections_is_no_country(nlp: Language, text: str, code: str) -> None:
    assert _label_of(nlp, text, code) != "GPE", _labels(nlp, text)


def test_guard_grenadas_code_in_results_stays_the_country(nlp: Language) -> None:
    """Guard: Grenada's code in a javelin result (no word of elections) is still the country."""
    text = "Javelin final: 1. Arshad Nadeem (PAK) 92.97, 2. Neeraj Chopra (IND) 89.45, 3. Anderson Peters (GRN) 88.54"
    assert _label_of(nlp, text, "GRN") == "GPE", _labels(nlp, text)
SKI_RESULTS = ("Men's downhill, Kitzbuehel: 1. Cyprien Sarrazin (FRA) 1:53.18, 2. Dominik Paris (ITA) +0.50, "
               "3. Ryan Cochran-Siegle (USA) +0.98. Sarrazin won for the second time in a week.")


def test_a_countrys_code_in_results_is_no_ticker_of_the_name_before(nlp: Language) -> None:
    # Helper fixD: "Dominik Paris (ITA)" read as a firm and its stock's ticker, so "ITA" joined its group as ORG.
    assert _label_of(nlp, SKI_RESULTS, "ITA") == "GPE", _labels(nlp, SKI_RESULTS)


def test_an_athletes_name_before_a_countrys_code_in_results_is_a_person(nlp: Language) -> None:
    # Helper fixD: "Dominik Paris (ITA)" was an organisation.
    assert _label_of(nlp, SKI_RESULTS, "Dominik Paris") == "PERSON", _labels(nlp, SKI_RESULTS)


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guards: a team's country before its code, and a name of no given name, stay the model's.
    ("Team pursuit final: 1. Great Britain (GBR) 3:42.07, 2. Denmark (DEN) 3:44.11, 3. Italy (ITA) 3:45.02.",
     "Great Britain", "GPE"),
    ("Team pursuit final: 1. Great Britain (GBR) 3:42.07, 2. Denmark (DEN) 3:44.11, 3. Italy (ITA) 3:45.02.",
     "Denmark", "GPE"),
])
def test_guard_a_teams_name_before_a_code_stays(nlp: Language, text: str, name: str, label: str) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)


@pytest.mark.parametrize(("text", "ticker"), [
    # Guards: a firm's ticker that is a country's code too, alone or beside other tickers, stays the firm's.
    ("Shares of Marriott International (MAR) rose 3% on Tuesday, while Hilton (HLT) fell 1%.", "MAR"),
    ("Italgas (ITA) rose 2% on Tuesday after the results, while Snam (SRG) fell.", "ITA"),
    # Lead's review of the rule: a market report's tickers that are two countries' codes, each before its move.
    ("Shares in Marriott International (MAR) 3% higher, Italgas (ITA) 2% lower, Enel (ENL) flat.", "MAR"),
    ("Shares in Marriott International (MAR) 3 per cent higher, Italgas (ITA) 2 per cent lower.", "MAR"),
])
def test_guard_a_firms_ticker_stays_the_firms(nlp: Language, text: str, ticker: str) -> None:
    assert _label_of(nlp, text, ticker) == "ORG", _labels(nlp, text)


def test_guard_a_country_found_by_its_code_after_a_score_stays(nlp: Language) -> None:
    # Guard (found by probing the ticker rule): with no name written before "(GER)", the words before the bracket are
    # still taken up, so "Germany" (inside the model's "3 Germany") stays a mention.
    text = "Hockey: Great Britain (GBR) 3 Germany (GER) 2. Sam Ward scored twice."
    assert _label_of(nlp, text, "Germany") == "GPE", _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # QA qa2: a pitcher's earned run average after its number was an organisation "ERA".
    "The Phillies agreed to a seven-year deal with Aaron Nola, who went 12-9 with a 4.46 ERA last season.",
    "His 0.95 ERA led the league.",
])
def test_a_pitchers_era_is_no_organisation(nlp: Language, text: str) -> None:
    assert _label_of(nlp, text, "ERA") is None, _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # Guards: the Equal Rights Amendment, and "ERA" after no average, stay the model's.
    "Virginia became the 38th state to ratify the ERA in 2020, activists said.",
    "The ERA was approved by Congress in 1972, and 35 states ratified it by 1977.",
    "The firm's 2.45 ERA Mining stake was sold.",
])
def test_guard_the_equal_rights_amendment_stays(nlp: Language, text: str) -> None:
    found = _labels(nlp, text)
    assert any(written.endswith("ERA") for written, _, _ in found), found


@pytest.mark.parametrize("text", [
    # QA qa2: rugby's position "five-eighth" was a count or a date.
    "Brisbane Broncos five-eighth Ezra Mam has been suspended for three matches.",
    "Five-eighth Cameron Munster was named man of the match as Melbourne beat Cronulla 28-12.",
    "The Roosters will start with Luke Keary at five-eighth and Sam Walker at halfback.",
])
def test_a_five_eighth_is_a_position_no_number(nlp: Language, text: str) -> None:
    found = _labels(nlp, text)
    assert not [written for written, _, _ in found if "eighth" in written.lower()], found


@pytest.mark.parametrize("text", [
    # Guards: five-eighths, a fraction, stay a count.
    "Turnout was five-eighths of the electorate, the commission said.",
    "The pipe is five-eighths of an inch wide.",
])
def test_guard_five_eighths_of_a_thing_stay_a_count(nlp: Language, text: str) -> None:
    assert _label_of(nlp, text, "five-eighths") == "CARDINAL", _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # Review rev2: a fraction "five-eighth" before the thing it measures lost its count.
    "The recipe needs five-eighth cup of sugar and two eggs.",
    "Use a five-eighth drill bit for the holes.",
])
def test_guard_a_five_eighth_before_its_thing_stays_a_count(nlp: Language, text: str) -> None:
    assert _label_of(nlp, text, "five-eighth") == "CARDINAL", _labels(nlp, text)


def test_a_box_scores_attendance_is_no_person(nlp: Language) -> None:
    """QA qa2: a box score's "Attendance 41,829." made a person "Attendance"."""
    text = "FINAL: Braves 7, Mets 6 (10 innings). Ozuna 2-for-5, HR, 3 RBIs. Attendance 41,829."
    assert _label_of(nlp, text, "Attendance") is None, _labels(nlp, text)


def test_guard_a_firm_named_attendance_stays(nlp: Language) -> None:
    """Guard: "Attendance" in a longer name, before no crowd, stays the model's."""
    text = "Attendance Ltd, a software firm, said revenue rose 5 percent."
    assert _label_of(nlp, text, "Attendance Ltd") == "ORG", _labels(nlp, text)


@pytest.mark.parametrize(("text", "position"), [
    # QA qa2: a draft pick's position between commas was a place or a body.
    ("Round 1, Pick 12: Denver Broncos — Bo Nix, QB, Oregon. Round 1, Pick 13: Las Vegas Raiders — Brock Bowers, TE, "
     "Georgia.", "QB"),
    ("Pick 22: Philadelphia Eagles — Quinyon Mitchell, CB, Toledo. Pick 23: Minnesota Vikings — Dallas Turner, LB, "
     "Alabama.", "CB"),
    ("Trade: Chiefs get Jaylon Moore, OT, from the 49ers for a 2025 fifth-round pick.", "OT"),
    # Helper fixD: a defensive end's and a safety's letters were bodies.
    ("First round: 21. Miami Dolphins: Chop Robinson, DE, Penn State. 22. Philadelphia Eagles: Quinyon Mitchell, CB, "
     "Toledo.", "DE"),
    ("Round 2: 40. Washington Commanders: Jer'Zhan Newton, DT, Illinois. 41. Green Bay Packers: Javon Bullard, SS, "
     "Georgia.", "SS"),
])
def test_a_draft_picks_position_is_no_place(nlp: Language, text: str, position: str) -> None:
    assert _label_of(nlp, text, position) is None, _labels(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    # Guards: the letters in a name or before no comma stay the model's.
    ("TE Connectivity, the Swiss maker of sensors, said revenue rose 4 percent.", "TE Connectivity"),
    ("The WR, or water resources, committee met on Tuesday.", "WR"),
    # Helper fixD: Delaware's code after its town, written like a defensive end.
    ("A man from Wilmington, DE, was charged with fraud, prosecutors said.", "DE"),
])
def test_guard_position_letters_outside_a_pick_stay(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) is not None, _labels(nlp, text)


@pytest.mark.parametrize(("text", "event"), [
    # QA qa2: sailing's and ski jumping's great events were bodies or missed.
    ("Charlie Dalin won the Vendee Globe, crossing the finish line at Les Sables-d'Olonne on Tuesday after 64 days at "
     "sea.", "Vendee Globe"),
    ("The Vendee Globe fleet of 40 skippers set off from Les Sables-d'Olonne on November 10.", "Vendee Globe"),
    ("Ryoyu Kobayashi of Japan won the Four Hills Tournament ski jumping event in Garmisch-Partenkirchen with jumps of "
     "138.5 and 141 metres.", "Four Hills Tournament"),
])
def test_sailings_and_ski_jumpings_great_events_are_events(nlp: Language, text: str, event: str) -> None:
    assert _label_of(nlp, text, event) == "EVENT", _labels(nlp, text)


def test_guard_four_hills_without_the_tournament_stays(nlp: Language) -> None:
    """Guard: "Four Hills" without its "Tournament" is no event of ours ("The Four Hills region")."""
    text = "The Four Hills region of Kenya is known for its tea."
    assert not [x for x in _labels(nlp, text) if x[1] == "EVENT"], _labels(nlp, text)


@pytest.mark.parametrize(("text", "team"), [
    # QA qa2: the America's Cup's syndicates were places, persons or a place cut out.
    ("Emirates Team New Zealand retained the America's Cup with a 7-2 victory over INEOS Britannia in Barcelona on "
     "Saturday.", "Emirates Team New Zealand"),
    ("Emirates Team New Zealand retained the America's Cup with a 7-2 victory over INEOS Britannia in Barcelona on "
     "Saturday.", "INEOS Britannia"),
    ("Luna Rossa Prada Pirelli skipper Jimmy Spithill said the boat needed more speed.", "Luna Rossa Prada Pirelli"),
])
def test_americas_cup_syndicates_are_organisations(nlp: Language, text: str, team: str) -> None:
    assert _label_of(nlp, text, team) == "ORG", _labels(nlp, text)


def test_guard_new_zealand_alone_stays_the_country(nlp: Language) -> None:
    """Guard: the country of a syndicate's name, written alone, stays the model's place."""
    text = "New Zealand beat England 2-1 in Auckland on Saturday, and Team New Zealand's sailors watched."
    assert _label_of(nlp, text, "New Zealand") == "GPE", _labels(nlp, text)


@pytest.mark.parametrize(("text", "ordinal", "competition", "label"), [
    # QA qa2: an ordinal run into the competition after it was money or a body ("38th World Cup").
    ("It was Odermatt's 38th World Cup win.", "38th", "World Cup", "EVENT"),
    ("Boe took his 80th World Cup win in the sprint.", "80th", "World Cup", "EVENT"),
    ("The club's 100th Premier League win came at Anfield.", "100th", "Premier League", "ORG"),
])
def test_an_ordinal_before_a_competition_is_split_off(nlp: Language, text: str, ordinal: str, competition: str,
                                                     label: str) -> None:
    found = _labels(nlp, text)
    assert (_label_of(nlp, text, ordinal), _label_of(nlp, text, competition)) == ("ORDINAL", label), found


@pytest.mark.parametrize(("text", "name"), [
    # Guards: an ordinal inside another name stays in it.
    ("The 101st Airborne Division was deployed to Romania.", "101st Airborne Division"),
    ("Soldiers of the 3rd Infantry Division returned home.", "3rd Infantry Division"),
])
def test_guard_an_ordinal_inside_another_name_stays(nlp: Language, text: str, name: str) -> None:
    assert any(written.endswith(name) for written, _, _ in _labels(nlp, text)), _labels(nlp, text)


def test_a_race_time_and_its_margin_after_a_comma_are_two(nlp: Language) -> None:
    """QA qa2: "a two-run time of 1:47.62, 0.11 seconds ahead" made one time "1:47.62, 0.11 seconds"."""
    text = ("Norway's Henrik Kristoffersen won the World Cup slalom in Schladming with a two-run time of 1:47.62, 0.11 "
            "seconds ahead of Switzerland's Loic Meillard.")
    found = _labels(nlp, text)
    assert (_label_of(nlp, text, "1:47.62"), _label_of(nlp, text, "0.11 seconds")) == ("CARDINAL", "TIME"), found
    text = "The train left at 9:15, 20 minutes late, and arrived at 11:40."  # a clock's time and a delay
    assert (_label_of(nlp, text, "9:15"), _label_of(nlp, text, "20 minutes")) == ("TIME", "TIME"), _labels(nlp, text)


@pytest.mark.parametrize(("text", "time"), [
    # Guards (gold, qa2): the model's time over a comma whose part after it is no span of time stays whole (a date's
    # year after its day: "9, 2007" split made the year a time).
    ("The meeting was held on 9, 2007 in Geneva.", "9, 2007"),
    ("Posted 10:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET", "Nov 27, 2005 8"),
])
def test_guard_a_time_over_a_comma_before_no_span_of_time_stays(nlp: Language, text: str, time: str) -> None:
    from services.nlp.entities.cleaning.numbers import times_split_at_commas
    doc = nlp(text)
    start = text.index(time)
    span = doc.char_span(start, start + len(time), alignment_mode="expand")
    m = Mention(span.start, span.end, "TIME")
    assert times_split_at_commas(doc, [m]) == [m]


@pytest.mark.parametrize(("text", "tally"), [
    # QA qa2: a player's goals and points in a text about Gaelic games kept the count of the goals alone ("0").
    ("Clare won the All-Ireland Senior Hurling Championship, beating Cork 3-29 to 1-34 after extra time at Croke Park. "
     "Shane O'Donnell scored 1-3 and Tony Kelly added 0-9.", "0-9"),
    ("Derry beat Donegal 0-19 to 0-14 in the Ulster football final, with Shane McGuigan scoring 0-7.", "0-7"),
])
def test_a_players_goals_and_points_are_one_tally(nlp: Language, text: str, tally: str) -> None:
    found = _labels(nlp, text)
    assert _label_of(nlp, text, tally) == "CARDINAL" and _label_of(nlp, text, "0") is None, found


def test_a_county_run_into_its_score_is_the_side(nlp: Language) -> None:
    """QA qa2: "beat Tipperary 3-25 to 1-22" made DATE "Tipperary 3-25"."""
    text = ("Waterford's Stephen Bennett scored 2-9 as the Deise beat Tipperary 3-25 to 1-22 in the Munster "
            "championship at Walsh Park.")
    assert _label_of(nlp, text, "Tipperary") == "ORG", _labels(nlp, text)


def test_guard_a_sides_score_of_goals_and_points_stays_no_tally(nlp: Language) -> None:
    """Guard: a side's score ("drew 2-20 apiece") is no player's tally: no count."""
    text = "Cork and Tipperary drew 2-20 apiece in the Munster hurling championship."
    assert not [x for x in _labels(nlp, text) if x[0].startswith("2")], _labels(nlp, text)


@pytest.mark.parametrize(("text", "number"), [
    # Helper fixB: a relay's name by its legs and distance, spaced, made counts "4" and "100".
    ("Jamaica won the men's 4 x 100m relay in Budapest.", "4"),
    ("Jamaica won the men's 4 x 100m relay in Budapest.", "100"),
    ("Britain won the 4 x 100 metres relay on Sunday.", "4 x 100 metres"),
    ("She anchored the women's 4 × 200m freestyle relay to victory.", "4"),
])
def test_a_spaced_relay_by_its_legs_is_no_count(nlp: Language, text: str, number: str) -> None:
    assert _label_of(nlp, text, number) is None, _labels(nlp, text)


@pytest.mark.parametrize(("text", "number"), [
    # Guards: numbers multiplied with spaces that name no relay stay counts.
    ("The 4 x 100 grid of panels covers the whole roof.", "4"),
    ("The team ran 4 x 100m in training on Tuesday.", "4"),
])
def test_guard_spaced_numbers_multiplied_outside_a_relay_stay_counts(nlp: Language, text: str, number: str) -> None:
    assert _label_of(nlp, text, number) == "CARDINAL", _labels(nlp, text)


@pytest.mark.parametrize(("text", "sides"), [
    # Helper fixB: a score line after a results heading was the model's: LAW "Olympiacos 79 Fenerbahce 88", PERSON
    # "Carlton" and CARDINAL "88"; and a side taken in with the other's points ("88 Collingwood|PRODUCT").
    ("Round 24: Olympiacos 79 Fenerbahce 88. The Greek side trailed by 15 at half-time.",
     ["Olympiacos", "Fenerbahce"]),
    ("ROUND 5 RESULTS: Carlton 88 Collingwood 75. The Blues kicked away in the last quarter.",
     ["Carlton", "Collingwood"]),
    ("Carlton 88 Collingwood 75. The Blues kicked away in the last quarter.", ["Carlton", "Collingwood"]),
])
def test_a_score_line_after_a_results_heading_is_two_sides_and_no_numbers(nlp: Language, text: str,
                                                                         sides: list[str]) -> None:
    labels = _labels(nlp, text)
    line_end = text.index(".")
    assert [(written, label) for written, label, start in labels if start < line_end] == [
        (side, "ORG") for side in sides], labels


def test_guard_a_partys_seats_after_a_results_heading_stay_as_they_were(nlp: Language) -> None:
    # Guard: parties are no known teams, and the heading makes no score line of a council's results.
    text = "Results: Labour 15, Conservatives 12. The council results were declared on Friday."
    assert not is_about_sport(nlp(text), [])
    assert _label_of(nlp, text, "12") == "CARDINAL", _labels(nlp, text)


@pytest.mark.parametrize(("text", "side", "points"), [
    # Helper fixB: a club the model left out or called a person before its points in a table's standings.
    ("Standings: Arsenal 45 pts, Liverpool 44 pts, Chelsea 40 pts.", "Arsenal", "45"),
    ("Standings: Arsenal 45 pts, Liverpool 44 pts, Chelsea 40 pts.", "Chelsea", "40"),
    ("Final day: Kent 5 pts, Essex 21 pts, Surrey 12 pts.", "Essex", "21"),
    # ... and one the model took with its points as a measure ("Leeds 70|QUANTITY").
    ("Championship table: Leeds 70 pts, Burnley 68 pts, Sheffield United 66 pts.", "Leeds", "70"),
])
def test_a_club_left_out_before_its_points_is_the_club_and_a_count(nlp: Language, text: str, side: str,
                                                                   points: str) -> None:
    found = _labels(nlp, text)
    assert (_label_of(nlp, text, side), _label_of(nlp, text, points)) == ("ORG", "CARDINAL"), found


@pytest.mark.parametrize(("text", "name"), [
    # Guards: drivers before their points and a margin in points after no club stay as they were.
    ("Drivers' standings: Norris 25 pts, Verstappen 18 pts, Leclerc 15 pts.", "Verstappen"),
    ("Arsenal lead the table by 2 pts after beating Chelsea 3-1 on Sunday.", "Arsenal"),
])
def test_guard_names_before_points_that_are_no_club_are_not_made_clubs(nlp: Language, text: str, name: str) -> None:
    assert _label_of(nlp, text, name) is None, _labels(nlp, text)


@pytest.mark.parametrize(("text", "place"), [
    # Review of fixB: a club's town after "in" before an index's points was made the club (ORG "Brighton").
    ("The average home in Brighton 10 pts above the national index rose in price.", "Brighton"),
    ("In Leeds 70 pts were scored across the weekend's rugby league games.", "Leeds"),
])
def test_a_clubs_town_after_in_before_points_is_no_club(nlp: Language, text: str, place: str) -> None:
    assert _label_of(nlp, text, place) != "ORG", _labels(nlp, text)


def test_guard_clubs_listed_with_and_before_their_points_stay_clubs(nlp: Language) -> None:
    # Guard: a club after "and" in a list of clubs' points is still the club.
    text = "Ipswich 96 pts and Leicester 97 pts were promoted automatically."
    assert (_label_of(nlp, text, "Leicester"), _label_of(nlp, text, "97")) == ("ORG", "CARDINAL"), _labels(nlp, text)


@pytest.mark.parametrize("text", [
    # Helper fixB: cricket's competition, The Hundred, was the model's count ("The Hundred at Lord's|CARDINAL").
    "Oval Invincibles won The Hundred at Lord's on Sunday.",
    "Sam Curran starred as Oval Invincibles won the Hundred for a third year.",
])
def test_the_hundred_is_crickets_competition(nlp: Language, text: str) -> None:
    labels = _labels(nlp, text)
    assert ("Hundred", "EVENT") in [(written, label) for written, label, _ in labels], labels
    assert not [written for written, label, _ in labels if label == "CARDINAL"], labels


@pytest.mark.parametrize(("text", "count"), [
    # Guards: a hundred counted, and a name that opens with "Hundred", stay as they were.
    ("A hundred people attended the rally in the square.", "A hundred"),
    ("Three hundred people attended the rally in the square.", "Three hundred"),
])
def test_guard_a_hundred_counted_stays_a_count(nlp: Language, text: str, count: str) -> None:
    assert _label_of(nlp, text, count) == "CARDINAL", _labels(nlp, text)


def test_guard_the_hundred_years_war_is_no_cricket(nlp: Language) -> None:
    assert _label_of(nlp, "The Hundred Years' War ended in 1453.", "Hundred") is None


@pytest.mark.parametrize("text", [
    # Review of fixB: an old county's division, "the Hundred of ...", became cricket's competition (EVENT "Hundred").
    "The Hundred of Hoo is a peninsula in Kent.",
    "The Hundred of Wirral was an ancient division of Cheshire.",
])
def test_an_old_countys_hundred_of_a_place_is_no_cricket(nlp: Language, text: str) -> None:
    assert _label_of(nlp, text, "Hundred") != "EVENT", _labels(nlp, text)


def test_guard_the_hundred_of_cricket_before_a_small_word_stays_the_competition(nlp: Language) -> None:
    # Guard: "of" before a lower-case word still leaves cricket's competition.
    text = "Oval Invincibles won the Hundred of this summer at Lord's."
    assert _label_of(nlp, text, "Hundred") == "EVENT", _labels(nlp, text)


def test_a_game_clocks_reading_the_model_dated_is_a_time(nlp: Language) -> None:
    """Helper fixB: "scored at the 0:13 mark" made DATE "0:13"."""
    text = "He scored at the 0:13 mark of the second period."
    assert _label_of(nlp, text, "0:13") == "TIME", _labels(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # Guards: a clock's time stays a time, a verse cited stays no time.
    ("The meeting began at 9:30 on Monday.", "9:30", "TIME"),
    ("The pastor read John 3:16 to the congregation.", "3:16", None),
])
def test_guard_clocks_and_verses_keep_their_reading(nlp: Language, text: str, name: str, label: str | None) -> None:
    assert _label_of(nlp, text, name) == label, _labels(nlp, text)
