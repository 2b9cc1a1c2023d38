"""Direct-quote extraction: quotation marks, paragraphs, speakers and pronoun antecedents."""
from __future__ import annotations

import pytest
from spacy.language import Language

from services.nlp.given_names import gender_of, is_firm, is_given_name
from services.nlp.pipeline import enrich
from services.nlp.quotes import extract_quotes, find_quote_spans
from tests.unit.work import lines_run


def _quotes(nlp: Language, text: str, mentions: list[dict] | None = None) -> list[dict]:
    return extract_quotes(nlp(text), mentions)


def _assert_consistent(text: str, quotes: list[dict]) -> None:
    """Offsets index the text, quotes come in text order and do not overlap."""
    previous_end = 0
    for q in quotes:
        assert q["text"] == text[q["start"] : q["end"]]
        assert q["start"] >= previous_end
        previous_end = q["end"]
        speaker = q["speaker"]
        if speaker is not None:
            assert speaker["text"] == text[speaker["start"] : speaker["end"]]
            antecedent = speaker["antecedent"]
            if antecedent is not None:
                assert antecedent["text"] == text[antecedent["start"] : antecedent["end"]]


def test_curly_quote_after_said_colon(nlp: Language) -> None:
    text = "The minister, Anna Berg, spoke in Oslo. Berg said: “We will not give up the talks.”"
    quotes = _quotes(nlp, text)
    _assert_consistent(text, quotes)
    assert [q["text"] for q in quotes] == ["“We will not give up the talks.”"]
    assert quotes[0]["speaker"]["text"] == "Berg"


def test_straight_quote_with_said_name_after(nlp: Language) -> None:
    text = '"The budget is balanced for the first time in a decade," said Peter Olsen, the finance minister.'
    quotes = _quotes(nlp, text)
    _assert_consistent(text, quotes)
    assert [q["text"] for q in quotes] == ['"The budget is balanced for the first time in a decade,"']
    assert "Peter Olsen" in quotes[0]["speaker"]["text"]


def test_name_said_after_quote(nlp: Language) -> None:
    text = "“Prices will keep rising next year,” Maria Gomez told reporters on Tuesday."
    quotes = _quotes(nlp, text)
    assert quotes[0]["speaker"]["text"] == "Maria Gomez"


def test_quote_running_over_paragraphs(nlp: Language) -> None:
    first = "“We have waited far too long for this bridge. The old one is unsafe."
    second = "“Now the work can finally begin,” said Tom Hardy, the mayor."
    text = f"{first}\n\n{second}"
    quotes = _quotes(nlp, text)
    _assert_consistent(text, quotes)
    assert len(quotes) == 1
    assert quotes[0]["start"] == 0 and quotes[0]["end"] == text.index(",” said") + 2
    assert "Tom Hardy" in quotes[0]["speaker"]["text"]


def test_unclosed_quote_keeps_the_quotes_inside_it(nlp: Language) -> None:
    text = '"The report found that staff called the plan “reckless” in May.\n\nThe board met on Friday.'
    assert [q["text"] for q in _quotes(nlp, text)] == ["“reckless”"]


def test_pronoun_speaker_gets_its_antecedent(nlp: Language) -> None:
    text = ("Senator Julia Marsh visited the flooded town on Monday. She met families in the shelter.\n\n"
            "“No one here should be left to rebuild alone,” she said.")
    quotes = _quotes(nlp, text)
    _assert_consistent(text, quotes)
    speaker = quotes[0]["speaker"]
    assert speaker["text"] == "she"
    assert speaker["antecedent"] is not None and "Marsh" in speaker["antecedent"]["text"]


def test_a_possessive_pronoun_does_not_give_the_person_named_with_it_that_gender(nlp: Language) -> None:
    text = ("Maria Lopez announced a new housing plan on Wednesday. Her deputy, John Carter, was less optimistic. "
            '"It will take years," he said.')
    speaker = _quotes(nlp, text)[0]["speaker"]
    assert speaker["text"] == "he" and speaker["antecedent"]["text"] == "John Carter"


def test_mentions_replace_the_model_entities(nlp: Language) -> None:
    text = "Dr. Okonkwo Adeyemi opened the clinic.\n\n“We treat everyone who comes,” he said."
    start = text.index("Okonkwo")
    mentions = [{"text": "Okonkwo Adeyemi", "label": "PERSON", "start": start, "end": start + 15}]
    speaker = _quotes(nlp, text, mentions)[0]["speaker"]
    assert speaker["text"] == "he"
    assert speaker["antecedent"] == {"text": "Okonkwo Adeyemi", "start": start, "end": start + 15}


def test_standalone_quote_continues_the_last_speaker(nlp: Language) -> None:
    text = ("“The river rose faster than anyone expected,” said Karl Meyer, the fire chief.\n\n"
            "“We had to evacuate three streets within an hour.”")
    quotes = _quotes(nlp, text)
    assert len(quotes) == 2
    assert quotes[1]["speaker"]["text"] == quotes[0]["speaker"]["text"]


def test_interrupted_quote_has_the_speaker_on_both_parts(nlp: Language) -> None:
    text = "“That,” he added, “promises to make life a lot more difficult.”"
    quotes = _quotes(nlp, text)
    assert [q["speaker"]["text"] for q in quotes] == ["he", "he"]


@pytest.mark.parametrize(
    "text",
    [
        "Germany’s minister said he doesn’t back the countries’ plan for the ’90s reforms.",
        "Germany's minister said he doesn't back the countries' plan for the '90s reforms.",
        "He wore a 6' 2\" jacket, rock 'n' roll style.",
    ],
)
def test_apostrophes_are_not_quotes(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


def test_single_curly_marks_as_quotes(nlp: Language) -> None:
    text = "Germany’s Boris Pistorius said Ukraine was at the ‘epicentre of a broader conflict’."
    quotes = _quotes(nlp, text)
    assert [q["text"] for q in quotes] == ["‘epicentre of a broader conflict’"]
    assert "Pistorius" in quotes[0]["speaker"]["text"]


def test_nested_quote_stays_inside(nlp: Language) -> None:
    text = "“They kept saying ‘wait’ and we waited,” said Ana Silva."
    quotes = _quotes(nlp, text)
    assert [q["text"] for q in quotes] == ["“They kept saying ‘wait’ and we waited,”"]


def test_doubled_apostrophes_used_as_quote_marks() -> None:
    text = "''This isn't tax reform,'' said Douglas Holtz-Eakin."
    assert find_quote_spans(text) == [(0, text.index(",''") + 3)]


def test_wrong_way_curly_marks_are_read_from_context() -> None:
    text = "”Fear. I am afraid.” ― Edwin Monroy\n“Trump is “Mostly False.“ he said"
    spans = find_quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["”Fear. I am afraid.”", "“Mostly False.“"]


@pytest.mark.parametrize(
    "text",
    [
        "Tax Bill Advances\n\nRyan said on CBS's \"Face the Nation\" that the bill would pass.",
        'Critics said he was at his best when he starred in "The Godfather Part Two" in 1974.',
        'She appeared on "Good Morning America" to promote the book, her publisher said.',
        'The so-called "Fortress Britain" strategy was dropped, the minister said.',
        'Critics attacked the plan, dubbed "a tax on jobs" by business groups, on Monday.',
    ],
)
def test_titles_of_shows_are_not_quotes(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize("headline", ["", "Editor defends column\n"])
def test_a_title_in_the_first_paragraph_is_not_a_quote(nlp: Language, headline: str) -> None:
    # A text sent as one line, or opening with its first paragraph, has no headline whose capitals mean nothing.
    text = headline + ('The paper\'s "Money Matters" column ran the story on Sunday. "We stand by our reporting," '
                       "the editor, Jane Moss, said.")
    assert [q["text"] for q in _quotes(nlp, text)] == ['"We stand by our reporting,"']


def test_a_title_cased_quote_in_a_headline_is_a_quote(nlp: Language) -> None:
    text = 'Minister: "We Will Not Back Down"\nThe minister spoke to reporters in London on Monday.'
    assert [q["text"] for q in _quotes(nlp, text)] == ['"We Will Not Back Down"']


def test_quoted_pieces_of_one_sentence_form_one_quote(nlp: Language) -> None:
    text = 'Cruz called Trump a "pathological liar" who is "utterly amoral" and a "bully."'
    quotes = _quotes(nlp, text)
    assert [q["text"] for q in quotes] == ['"pathological liar" who is "utterly amoral" and a "bully."']
    assert quotes[0]["speaker"]["text"] == "Cruz"


def test_dash_attribution(nlp: Language) -> None:
    text = "“We need better schools for our kids.” ― Carla Sanchez\n“Jobs first.” ― Jorge Falcon"
    quotes = _quotes(nlp, text)
    assert [q["speaker"]["text"] for q in quotes] == ["Carla Sanchez", "Jorge Falcon"]


def test_no_quotes_and_empty_text(nlp: Language) -> None:
    assert _quotes(nlp, "") == []
    assert _quotes(nlp, "The council met on Monday and approved the budget.") == []


def test_seed_article(nlp: Language, seed_texts: dict[str, str]) -> None:
    text = seed_texts["000"]
    quotes = _quotes(nlp, text)
    _assert_consistent(text, quotes)
    by_start = {q["text"][:30]: q for q in quotes}
    healey = by_start["“Putin said he wanted peace, b"]
    assert healey["text"].endswith("military and civilian targets alike.”")
    assert "Healey" in healey["speaker"]["text"]
    pistorius = by_start["“It is between freedom and opp"]
    assert pistorius["speaker"]["text"] == "Pistorius"
    conceded = by_start["“appears to be out of reach in"]
    assert conceded["speaker"]["text"] == "He"
    assert "Pistorius" in conceded["speaker"]["antecedent"]["text"]
    pevkur = by_start["“This is why we need to speed "]
    assert "Pevkur" in pevkur["speaker"]["text"]
    # Every quote starts and ends with a quotation mark; no apostrophe (Ukraine’s ...) opens one.
    assert all(q["text"][0] in "“‘\"" and q["text"][-1] in "”’\"" for q in quotes)


def test_british_single_marks_with_possessive_and_paragraphs() -> None:
    text = ("‘The teachers’ union is wrong about this. We don’t accept it.\n\n"
            "‘Nor do the parents,’ she said.")
    assert [text[s:e] for s, e in find_quote_spans(text)] == [text[: text.index(",’") + 2]]


def test_split_clitics_are_not_quotes() -> None:
    assert find_quote_spans("you 're a joke , and it 's not going to work , he said .") == []


@pytest.mark.parametrize("unit", ["“", "“ ’", "“a ‘b "])
def test_pairing_marks_grows_linearly_with_their_number(unit: str) -> None:
    # Each mark scanned every open quote: a text of 30,000 opening marks held a worker for minutes.
    import services.nlp.quotes.marks as marks

    small = lines_run(lambda: find_quote_spans(unit * 2000), marks.__file__)
    large = lines_run(lambda: find_quote_spans(unit * 4000), marks.__file__)
    assert large < 2.5 * small


def _speakers(nlp: Language, text: str) -> list[str | None]:
    from services.nlp.pipeline import enrich

    return [(q["speaker"] or {}).get("name") for q in enrich(nlp, text)["quotes"]]


def test_the_company_is_the_company_not_its_spokeswoman(nlp: Language) -> None:
    # "A spokeswoman for the company, Helen Ashworth" read as her title: "The company expects" went to her.
    text = ('Western Grid Networks says about 42,000 homes are without electricity. A spokeswoman for the company, '
            'Helen Ashworth, said crews had been "stood up since midnight". The company expects "the majority" to be '
            'reconnected by Thursday evening.')
    assert _speakers(nlp, text) == ["Helen Ashworth", "Western Grid Networks"]


@pytest.mark.parametrize("text", ["The county council named the cafe 'Small Business of the Year' on Friday.",
                                  'She won "Best Newcomer" at the awards in Leeds.',
                                  'Netflix will raise the price of its "Classic" plan to $11.99.',
                                  'Novo Nordisk sells semaglutide under the brand name "Wegovy" in Europe.',
                                  '"Oppenheimer" dominated the Academy Awards. The original "Inside Out" won in 2016.'])
def test_a_name_or_award_given_in_quotation_marks_is_no_quote(nlp: Language, text: str) -> None:
    assert extract_quotes(nlp(text)) == []


def test_a_surname_after_an_honorific_is_the_person_named_before(nlp: Language) -> None:
    # The model left "Calder" untagged, and "Dr" before it looked like part of a longer name: no entity.
    text = ('Wexbridge MP Dr Ruth Calder has urged the company to reconsider. "This is a devastating blow for our '
            'town," Dr Calder said.')
    assert _speakers(nlp, text) == ["Ruth Calder"]


@pytest.mark.parametrize(("text", "speaker"), [
    # A surname after "Mr." is a person's, never the firm named after the family, and the one person so named.
    ('Honda Motor Co. said profit fell. "We will keep investing," Mr. Honda said.', "Honda"),
    ('"We will hold talks," Mr. Tanaka said. Tanaka Holdings shares fell 3%.', "Tanaka"),
    ('Suzuki Motor Corp. President Toshihiro Suzuki spoke in Tokyo. "India is our most important market," Mr. Suzuki '
     'said.', "Toshihiro Suzuki"),
    ('Takaki Nakanishi, an analyst at Nakanishi Research Institute, said sales were weak. "The yen is a problem," Mr. '
     'Nakanishi added.', "Takaki Nakanishi"),
])
def test_a_surname_after_an_honorific_is_no_firm_of_that_name(nlp: Language, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


def test_a_hyphenated_description_is_the_speaker_whole(nlp: Language) -> None:
    # The parse split "co-founder" into three subjects: the speaker was "Its co".
    text = 'Kiezkraft moved to Leipzig last year. Its co-founder, Malik Ozdemir, said: "Berlin is expensive now."'
    assert _speakers(nlp, text) == ["Malik Ozdemir"]


@pytest.mark.parametrize(("text", "speaker"), [
    # The parse cut "co-founder" at its hyphen: the speaker was "Its co", and "founder, Arthur Mensch".
    ('Its co-founder Arthur Mensch said the final text was "workable".', "Its co-founder Arthur Mensch"),
    ('Mistral AI\'s co-founder, Arthur Mensch, called the text "workable".', "Mistral AI's co-founder, Arthur Mensch"),
])
def test_a_hyphenated_title_before_the_speaker_is_not_cut(nlp: Language, text: str, speaker: str) -> None:
    assert [q["speaker"]["text"] for q in _quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize(("text", "quotes"), [
    ('The EU AI Act imposes strict requirements on "high-risk" systems used in hiring and policing.', []),
    # Said, or after an owner who may have said them: words of someone's.
    ('The minister said the "high-risk" systems would be banned.', ['"high-risk"']),
    ('He is manipulating his "average American" followers.', ['"average American"']),
])
def test_a_scare_quote_before_its_noun_is_no_quote(nlp: Language, text: str, quotes: list[str]) -> None:
    assert [q["text"] for q in _quotes(nlp, text)] == quotes


@pytest.mark.parametrize(("text", "quotes"), [
    # A lower-case noun phrase in quotes right before the verb it is the subject of, in a sentence with no verb of
    # speech: a scare quote.
    ('Tickets, sold through Ticketmaster, sparked anger after "dynamic pricing" pushed prices up to £350.', []),
    ('Fans were furious when "dynamic pricing" sent ticket prices soaring.', []),
    # Guards: said, after an owner, at a sentence's start, a clause of its own, a verb of speech after.
    ('The senator said "dynamic pricing" pushed prices up.', ['"dynamic pricing"']),
    ('The company\'s "growth plan" failed, and shares fell.', ['"growth plan"']),
    ('The vow of "no surrender" rang out in Belfast.', ['"no surrender"']),
    ('"Dynamic pricing" pushed prices up, fans complained.', ['"Dynamic pricing"']),
    ('He insisted that "mistakes were made" and apologised.', ['"mistakes were made"']),
    ('After the vote, "total chaos" broke out in the chamber, one MP said.', ['"total chaos"']),
    # Guards (review): the clause of what someone believes, finds or rules, whose words the quote is.
    ('Police believe "foul play" was involved.', ['"foul play"']),
    ('The report found "systemic failures" contributed to the deaths.', ['"systemic failures"']),
    ('Many parents fear "screen time" harms children.', ['"screen time"']),
    # A term after "the" in such a clause is no one's words: a set term's quotes.
    ('Critics fear the "nuclear option" would end the filibuster.', []),
    # Guard: with a verb of speech, the words are the speaker's still.
    ('The minister said the "growth plan" would create jobs.', ['"growth plan"']),
])
def test_a_scare_quote_before_its_verb_is_no_quote(nlp: Language, text: str, quotes: list[str]) -> None:
    assert [q["text"] for q in _quotes(nlp, text)] == quotes


def test_an_analysts_rating_in_quotation_marks_is_no_quote(nlp: Language) -> None:
    text = 'Analysts at Carnegie, who rate the shares a "hold", said the results were "clearly better than feared".'
    assert [q["text"] for q in extract_quotes(nlp(text))] == ['"clearly better than feared"']


def test_a_person_introduced_as_someones_says_nothing_of_their_own_gender(nlp: Language) -> None:
    # "she" in the student's sentence is the architect: the student was counted a woman, and "he said" went to her.
    text = ('Margarethe Lindqvist, the Swedish architect, has died. She was 88. Her former student Søren Holm-Petersen '
            'said on Monday that she had been "fierce and funny".\n\n"She would walk a site for days before she drew '
            'a single line," he said.')
    assert _speakers(nlp, text) == ["Søren Holm-Petersen", "Søren Holm-Petersen"]


# A pronoun in a sentence that names no one is not evidence of the gender of whoever the sentence
# before named: that person is as often the one spoken about as the one speaking.
def test_a_pronoun_after_a_sentence_naming_someone_else_does_not_change_their_gender(nlp: Language) -> None:
    text = ('Rally\n\nDonald Trump spoke for an hour in Ohio. '
            'The crowd booed loudly at every mention of Kamala Harris. He said: "She will ruin this country."\n\n'
            'Kamala Harris will debate Donald Trump next week. "We are not going back," she said.')
    assert _speakers(nlp, text) == ["Donald Trump", "Kamala Harris"]


def test_an_unnamed_wife_speaking_leaves_her_husband_male(nlp: Language) -> None:
    text = ('Convention\n\nJoe Biden was joined on stage by his wife. She said: "This is his moment."\n\n'
            '"We will finish the job," he told Nancy Pelosi.')
    assert _speakers(nlp, text)[-1] == "Joe Biden"


def test_a_woman_answering_a_question_about_a_man_leaves_him_male(nlp: Language) -> None:
    text = ('Cabinet\n\nMrs Rayner praised the plan on Monday. Reporters asked about Michael Gove. '
            'She said: "Nobody asked me."\n\n"The target stands," he told Rishi Sunak.')
    assert _speakers(nlp, text) == ["Rayner", "Michael Gove"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Tom Baker was convicted of theft. Baker\'s lawyer, Philip Grant, said his client was "deeply remorseful".',
     "Philip Grant"),
    ('Tom Baker was convicted of theft. "He is deeply remorseful," said Baker\'s lawyer Philip Grant.',
     "Philip Grant"),
    # The wife is not named: her words are not her husband's.
    ('Rishi Sunak was in Delhi. "We love it here," Sunak’s wife said.', "Sunak’s wife"),
    # One's own statement, letter or spokesman speaks for one.
    ('Donald Trump was in court. "This is a witch hunt," Trump\'s statement said.', "Donald Trump"),
])
def test_a_possessor_in_the_speaker_phrase_is_not_the_speaker(nlp: Language, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ('A source close to Lopez told People magazine: "She\'s heartbroken, but she\'s ready to move forward."',
     "A source close to Lopez"),
    ('A friend of Lopez told People magazine: "She\'s heartbroken."', "A friend of Lopez"),
    ('Sources close to the Kremlin said: "He is furious."', "Sources close to the Kremlin"),
    # Nor the other name the person is given after it.
    ('Friends of Kathryn Jenkin, known as Katie, have described her as a "bright and much-liked student."',
     "Friends of Kathryn Jenkin, known as Katie"),
    # Nor a person named with a title, a firm named further on, one whom the speaker works for.
    ('"We will not back down," a source close to Prime Minister Keir Starmer said on Monday.',
     "a source close to Prime Minister Keir Starmer"),
    ('"We are reviewing it," people familiar with the matter at Google said.',
     "people familiar with the matter at Google"),
    ('"It was a mistake," an aide to Senator Elizabeth Warren said.', "an aide to Senator Elizabeth Warren"),
    ('"He is furious," an adviser to President Joe Biden said.', "an adviser to President Joe Biden"),
    # A lawyer speaks for a client in their own words, not as the client (a spokesman does: "a spokesman for Apple").
    ('"My client is innocent," a lawyer for Sean Combs said.', "a lawyer for Sean Combs"),
    ('"My client is innocent," a lawyer representing Sean Combs said.', "a lawyer representing Sean Combs"),
    ('"He will appeal," said an attorney representing Hunter Biden.', "an attorney representing Hunter Biden"),
    # An anonymous source briefed on someone's plans is not that someone.
    ('"The deal is close," people briefed on Elon Musk\'s plans said.', "people briefed on Elon Musk's plans"),
    ('"He wants the deal done," a person briefed on the talks with Rishi Sunak said.',
     "a person briefed on the talks with Rishi Sunak"),
    # The name after "the singer," is the singer's, whom the speaker is a friend of, with a comma or without.
    ('"She is heartbroken," a friend of the singer, Taylor Swift, said.', "a friend of the singer, Taylor Swift"),
    ('"She is heartbroken," a friend of the singer Taylor Swift said.', "a friend of the singer Taylor Swift"),
    ('"He is doing well," said a friend of the actor, Tom Hanks.', "a friend of the actor, Tom Hanks"),
    # The kin of one who died speak of them, not as them.
    ('The family of John Smith, who died in Leeds, said he was "a gentleman".', "The family of John Smith"),
    ('"We are devastated," the family of Chloe Baker said in a statement.', "the family of Chloe Baker"),
    ('The parents of Jayden Morris said: "He was the heart of our family."', "The parents of Jayden Morris"),
    # ... also with no article at the sentence's start, where a capitalised role is a title (closing notes).
    ('Family of Hollie Gazzard said: "She was the light of our lives."', "Family of Hollie Gazzard"),
    ('Widow of PC Andrew Harper said: "Andrew was my whole world."', "Widow of PC Andrew Harper"),
])
def test_the_person_a_source_is_close_to_is_not_the_speaker(nlp: Language, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # Guards: the speaker's own name after a comma that follows the speaker's noun, or whom the speaker works for.
    ('"She is heartbroken," A close friend, Mary Jones, said.', "Mary Jones"),
    ('"It is over," said a friend of the family, John Smith.', "John Smith"),
    ('"We will appeal," a lawyer representing the family, Ben Crump, said.', "Ben Crump"),
    # An office's lawyer or aide is named after it as often as its holder (guards from a review).
    ('"He followed his training," said an attorney for the officer, Eric Nelson, after the verdict.', "Eric Nelson"),
    ('"He is not well," an aide to the king, Sir Clive Alderton, said.', "Clive Alderton"),
    # Nor someone briefed on something who is named as the speaker.
    ('"It was a mistake," Keir Starmer, who was briefed on the talks, said.', "Keir Starmer"),
    # Kin named after the one they are kin to.
    ('The widow of PC Andrew Harper, Lissie Harper, said: "Andrew was my whole world."', "Lissie Harper"),
    ('His mother, Jane Smith, said: "He was kind."', "Jane Smith"),
    # Guard: kin with a count after "of" are the speaker's children, the name after them the speaker's own.
    ('"We just want our daughter home," said mother of two Sarah Jones, from Bolton.', "Sarah Jones"),
    ('"It has been a nightmare," said father of three Tom Reed.', "Tom Reed"),
    ('"I\'m scared," mother of 4 Kelly Wood told the Bolton News.', "Kelly Wood"),
])
def test_a_speaker_named_after_their_own_noun_or_client_still_speaks(nlp: Language, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ('President Joe Biden spoke on Monday. "We will not back down," the president said.', "Joe Biden"),
    ('Foreign Secretary David Lammy met Wang Yi. "We talked frankly," said the foreign secretary.', "David Lammy"),
    ('Angela Merkel, the former chancellor, spoke in Berlin. "Europe must act," the former chancellor said.',
     "Angela Merkel"),
    # A vice or former president is not the president; a minister never named so stays as written.
    ('Joe Biden met Vice President Kamala Harris. "We will win," the president said.', "the president"),
    ('Joe Biden met Vice President Kamala Harris. "We will win," the vice president said.', "Kamala Harris"),
    ('Keir Starmer visited Leeds. "Growth is our mission," the minister told reporters.', "the minister"),
    ('President Joe Biden spoke on Monday. Former President Barack Obama campaigned in Ohio. "We must vote," the '
     'president said.', "Joe Biden"),
    ('Angela Merkel, the former chancellor, spoke in Berlin. Chancellor Olaf Scholz was absent. "Europe must act," '
     'the former chancellor said.', "Angela Merkel"),
    ("Karine Jean-Pierre, the president's press secretary, told reporters. \"We will veto it,\" the president said.",
     "the president"),
    # Organisations by role are not guessed: the outlet that reported the story is as near as the company.
    ('Tesla plans to cut prices in China, Reuters reported on Monday. "We do not comment on rumours," the company '
     'said.', "the company"),
])
def test_a_speaker_named_by_role_is_the_one_the_story_gave_that_role(nlp: Language, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


def test_it_and_the_company_speak_for_the_organisation_last_the_subject(nlp: Language) -> None:
    # (No headline: the model reads "Results\n\nAcme Corp" as one organisation, "Results".)
    text = ('Acme Corp reported a loss on Monday, its third in a row. "We expect a better year," it said. '
            '"The market is tough," the company said in a statement. Chief executive Jane Doe said, "We will grow."')
    assert _speakers(nlp, text) == ["Acme Corp", "Acme Corp", "Jane Doe"]
    # A bank the model missed was the subject last: "it" is not the one named before.
    text = ('The Bank of England held rates on Thursday. "Inflation is falling," the bank said. '
            'Rival lender Nationwide disagreed. "Rates must fall," it said.')
    assert _speakers(nlp, text) == ["Bank of England", "it"]
    # A firm the gazetteer knows is the subject last: "it" is the firm.
    assert _speakers(nlp, text.replace("Nationwide", "Barclays")) == ["Bank of England", "Barclays"]
    # Not a description of an organisation: the words stay the speaker's own.
    assert _speakers(nlp, 'Acme Corp cut jobs. "It hurts," the worker said.') == ["the worker"]


def test_it_speaks_for_a_firm_the_model_left_untagged_by_its_full_name(nlp: Language) -> None:
    # The model tags "Meridian Health Partners" but not the "Meridian" that is the subject before the quote.
    text = (
            "NEW YORK, June 10 (Reuters) - A federal judge on Wednesday blocked Meridian Health Partners' planned"
            ' $14.2 billion acquisition of rival hospital operator Caldwell Systems, siding with the Federal Trad'
            "e Commission's argument that the deal would drive up prices for patients in three states.\n\nU.S. Dist"
            "rict Judge Patricia Okafor in Manhattan granted the FTC's request for a preliminary injunction, find"
            'ing that the agency was likely to succeed in showing the merger would substantially lessen competiti'
            'on in hospital markets in Ohio, Kentucky and Indiana.\n\n"The evidence shows that the combined firm wo'
            'uld control more than 60% of inpatient admissions in several local markets," Okafor wrote in a 94-pa'
            'ge opinion.\n\nMeridian said it was disappointed and was reviewing its options, including an appeal to'
            ' the 2nd U.S. Circuit Court of Appeals. "We continue to believe this combination would improve care '
            'and lower costs for patients," it said.')
    assert _speakers(nlp, text)[-1] == "Meridian Health Partners"


@pytest.mark.parametrize(("text", "expected"), [
    # "She" is not the last person named when his given name says he is a man; no pronoun had told her gender.
    ('Rebecca Thornton testified for three days. Her lawyer, Mark Feldman, said: "My client never lied."\n\n'
     'She told jurors: "I trusted my engineers."', ["Mark Feldman", "Rebecca Thornton"]),
    ('The group\'s chairman, Peter Lowe, put it bluntly: "Nobody listened."\n\nA retired nurse, Janet Pike, was '
     'there too.\n\nHe added: "We are not fools."', ["Peter Lowe", "Peter Lowe"]),
    # A spokeswoman who spoke since the woman named before her says what "she" said (for her organisation).
    ('Mary Byrne welcomed the decision.\n\nA spokeswoman for the Health Service said the unit would reopen in '
     'May.\n\n"Staff are working hard to make that happen," she said.', ["Health Service"]),
    # Not a spokeswoman in a clause of what another said.
    ('Deputy Róisín Shortall said the minister\'s spokeswoman had not replied to her letter. "I am still waiting," '
     'she said.', ["Róisín Shortall"]),
    # A title is no given name: "Garda" (an Irish police officer) is a woman's in the lists.
    ('Garda Tom Ryan said he found Darren Hogan lying on the ground.\n\n"There was blood everywhere," he said.',
     ["Tom Ryan"]),
    # A name the lists call a woman's that is a man's elsewhere ("Dara" in Ireland, "Andrea" in Italy) yields to
    # the honorific the article gives him.
    ('Minister Dara Calleary defended the scheme on Tuesday. Mr Calleary told the Dáil the funding would go ahead. '
     'Opposition TD Mary Lou McDonald criticised the plan.\nDara Calleary spoke again later. "We will not be '
     'deflected," he said.', ["Dara Calleary"]),
    ('Andrea Rossi, the club\'s coach, was unhappy after the defeat. Mr Rossi blamed the referee. The chairman, Marco '
     'Bianchi, disagreed with him.\nAndrea Rossi left the ground early. "It was a disgrace," he said.',
     ["Andrea Rossi"]),
    # A given name alone has its gender too, where it is no one's surname.
    ('Margaret Dunn, whose husband died at the hospice, spoke to the court. Her son Peter was also there. "I sat with '
     'him and held his hand," she said.', ["Margaret Dunn"]),
    # A surname after a title is no given name ("Lewis" is a man's); a name mostly a man's fits either.
    ('Prof Lewis led the study. "We were surprised," she said.', ["Lewis"]),
    ('Ashley Young scored twice for Everton. "It was a great night," he said.', ["Ashley Young"]),
    # Not where the honorific may be another's of the name: her husband is "Mr Rossi", she is still a woman.
    ('Andrea Rossi and Paolo Rossi arrived together. Mr Rossi spoke first. The judge, Mark Hale, thanked them.\n'
     'Andrea Rossi was last. "I am relieved," she said.', ["Andrea Rossi"]),
])
def test_a_given_name_tells_a_pronoun_whom_it_can_be(nlp: Language, text: str, expected: list[str]) -> None:
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Gov. Thomas Calloway signed the bill. "I love my sister, but she is wrong," the governor told reporters.',
     ["Thomas Calloway"]),
    ('Sen. Ruth Calloway voted against it. "This is a bad law," the senator said.', ["Ruth Calloway"]),
    # Titles the tagger calls proper nouns, in lower case or not.
    ('Prime Minister Keir Starmer was in Belfast on Thursday. "This is a great day," the prime minister said.',
     ["Keir Starmer"]),
    ('Taoiseach Simon Harris was in Brussels on Thursday. "I am not going to call an election," the Taoiseach said.',
     ["Simon Harris"]),
])
def test_a_title_written_short_before_the_name_is_the_title_said_later(nlp: Language, text: str,
                                                                        expected: list[str]) -> None:
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize(("text", "speakers"), [
    # An opening participle clause holds no speaker.
    ("Speaking outside court, Detective Sergeant Paul Whitfield of Greater Manchester Police's serious crime unit "
     'said: "Justice has been done today."', ["Paul Whitfield"]),
    # A name in apposition to a description, which the parse made a second subject.
    ('One resident, retired nurse Janet Pike, 71, said: "We have never seen anything like it."', ["Janet Pike"]),
    # A title after a possessor that is itself a description.
    ('"We are disappointed," said Unite\'s general secretary Sharon Graham. The union\'s general secretary added: '
     '"Workers have no choice."', ["Sharon Graham", "Sharon Graham"]),
    # "The judge" is the person titled "Justice"; "the justice" too.
    ('Justice Halima Abdulkadir adjourned the case until May. "The defence has had enough time," the judge said. '
     'Justice Amy Coney Barrett wrote separately. "This is wrong," the justice said.',
     ["Halima Abdulkadir", "Amy Coney Barrett"]),
    # The title as written before the one it stands for: the district judge, not the justice named since.
    ('District Judge Amit Mehta heard the case. Justice Samuel Alito wrote last year that the law was clear. "We '
     'look forward to presenting our arguments," the judge told lawyers.', ["Amit Mehta"]),
])
def test_the_person_a_speaker_phrase_names(nlp: Language, text: str, speakers: list[str]) -> None:
    assert _speakers(nlp, text) == speakers


@pytest.mark.parametrize("text", [
    '"We are ready," Maria Lopez radioed on Tuesday.',
    '"We are ready," Maria Lopez texted on Tuesday.',
    '"We are ready," Maria Lopez sobbed on Tuesday.',
    '"We are ready," Maria Lopez wept.',
    '"We are ready," Maria Lopez stammered.',
    # The tagger took "radioed" for a noun.
    '"We are ready," NASA astronaut Maria Lopez, the mission commander, radioed.',
])
def test_words_said_by_radio_by_text_or_through_tears_are_the_speakers(nlp: Language, text: str) -> None:
    assert _speakers(nlp, text) == ["Maria Lopez"]


@pytest.mark.parametrize(("text", "speaker"), [
    # Such verbs speak only as a quote's frame: a market snaps a run, a mayor texts a link, a crowd gasps or chants
    # while someone else speaks.
    ('Stocks snapped a three-day rally on Wall Street on Friday, in what one trader, Mark Chu of Jefferies, called "a '
     'brutal reality check for the bulls."', "Mark Chu"),
    ('Bitcoin snapped its losing run on Tuesday, in what analysts at Bernstein called "a capitulation event for retail '
     'traders."', "Bernstein"),
    ('Oil prices snapped back on Monday after OPEC+ signalled "a pause in the planned output increases."', "OPEC+"),
    ('Investors gasped as the shares fell, in what strategist Lisa Ng of HSBC called "the worst day since the '
     'pandemic."', "HSBC"),
    ('The mayor texted a link to the council\'s plan, which critics called "a developer\'s wish list dressed up as '
     'policy."', "critics"),
    ('Demonstrators chanted as police moved in, and one protester, Leah Moss, screamed "You Are Not Welcome Here '
     'Anymore" at officers.', "Leah Moss"),
    # As the frame they do speak.
    ('Maria Lopez texted her brother: "We are safe now."', "Maria Lopez"),
    ('"Get out," snapped Maria Lopez.', "Maria Lopez"),
])
def test_verbs_of_speech_by_radio_or_through_tears_speak_only_as_a_quotes_frame(nlp: Language, text: str,
                                                                                 speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(("text", "speakers"), [
    # Who heard it, or was told or asked, did not say it: a court report's "the court heard", "the inquest was told".
    ('A man who stabbed his neighbour "snapped" after years of harassment, the NSW Supreme Court has heard.', [None]),
    ('The baby had been "failing to thrive" for weeks, the inquest was told.', [None]),
    ('The jury was told: "He planned every step." The trial continues.', [None]),
    # The agent of a passive speech verb is its speaker.
    ('Residents were told by Anna Novak, the mayor: "Leave now."', ["Anna Novak"]),
    # Not where the passive subject speaks.
    ('"We had no choice," Mark Jones was reported by the Guardian as saying.', ["Mark Jones"]),
    # The agent's phrase ends where the quote opens, without the word left hanging there.
    ('The minister was described by one colleague as "furious" about the leak.', ["one colleague"]),
])
def test_the_audience_of_speech_is_no_speaker(nlp: Language, text: str, speakers: list[str | None]) -> None:
    assert _speakers(nlp, text) == speakers


def test_given_names_are_known_with_or_without_their_accents() -> None:
    assert [gender_of(name) for name in ("Micheál", "Éamon", "Seán", "Zoë")] == ["m", "m", "m", "f"]
    assert is_given_name("Micheál") and not is_given_name("Dáil")


def test_a_name_is_firm_only_where_no_list_gives_it_the_other_sex() -> None:
    assert [is_firm(name) for name in ("Dara", "Andrea", "Nicola", "Rebecca", "Jonathan", "Micheál")] == [
        False, False, False, True, True, True]



def test_a_speakers_phrase_ends_without_a_hanging_conjunction(nlp: Language) -> None:
    from services.nlp.pipeline import enrich

    text = ("First Minister Michelle O'Neill and deputy First Minister Emma Little-Pengelly said in a joint statement "
            'that the Executive was "united".')
    assert [q["speaker"]["text"] for q in enrich(nlp, text)["quotes"]] == ["First Minister Michelle O'Neill"]
    # Only a conjunction goes where the phrase is not cut: "up" ends this one.
    assert [q["speaker"]["text"] for q in enrich(nlp, 'The man who spoke up said "nobody listened".')["quotes"]] == [
        "The man who spoke up"]


@pytest.mark.parametrize(("text", "expected"), [
    # "£2m." is one token: its full stop still ends the sentence, and the quote after it is attributed after it.
    ('According to the club\'s website, the deal is worth £2m. "It\'s a great day for us," said chairman John Kelly.',
     ["John Kelly"]),
    # Not before a quote that goes on the sentence: "the U.S." is inside it.
    ('Senator Jane Moss said the U.S. "is ready to act" on the treaty.', ["Jane Moss"]),
])
def test_an_abbreviations_stop_before_a_quote_ends_the_sentence(nlp: Language, text: str,
                                                                  expected: list[str]) -> None:
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('"We will rebuild," said co-owner Claire Benedict.', ["Claire Benedict"]),
    ('"The data are clear," said Lisa Chen of Morningstar.', ["Lisa Chen"]),  # not her firm
    # The model's organisation with an age after it is a person, whom "he" follows.
    ('Interior Minister Ali Yerlikaya said 214 buildings had collapsed. Kemal Arslan, a 61-year-old shopkeeper, said '
     'he ran into the street. "The shaking lasted almost a minute," he said.', ["Kemal Arslan"]),
    ('The World Health Organization (WHO) said the outbreak was "a grave concern" for the region.',
     ["World Health Organization"]),
])
def test_a_hyphenated_role_or_a_bracketed_acronym_hides_no_speaker(nlp: Language, text: str,
                                                                  expected: list[str]) -> None:
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize("text", [
    'Johnson said "No." The Prime Minister then left the room.',
    'The Speaker shouted for "Order, Order" as MPs jeered.',
])
def test_a_short_title_cased_quote_is_still_a_quote(nlp: Language, text: str) -> None:
    assert len(_quotes(nlp, text)) == 1


@pytest.mark.parametrize("text", [
    'The Rolling Stones released "Hackney Diamonds," their first album of original songs since 2005.',
    'On Reddit, a thread titled "5090 at 2000 dollars is insane" gathered more than 8,000 comments.',
    # A title after "in" or "for", or before its year in brackets; a nickname between a given name and a surname,
    # in a headline too.
    'Vance, who won an Academy Award for her role as a lighthouse keeper in "The Quiet Harbour," has died.',
    'Okonjo was best known for "Lagos Sunrise" (1974) and "Talking Drum Republic" (1981), which sold well.',
    'Her breakthrough came in 1968 with "Winter\'s Edge" (1968), a thriller.',
    'Jazz pianist Walter "Sonny" Briggs dies at 94\n\nBriggs, the jazz pianist, died on Friday in New Orleans.',
])
def test_a_works_title_is_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # The tokenizer split "Sgt." and "Capt." from their full stops, which ended the sentence there: the quote went
    # to the sentence before ("Police", "their union") or to the rank itself ("Det", "Atty").
    ('Police said the suspect fled on foot. "We are asking anyone with information to come forward," the '
     "department's spokesman, Sgt. John Miller, said.", ["John Miller"]),
    ('Pilots at Air India threatened to strike, their union said on Friday. "Fatigue is a safety issue," the '
     "union's general secretary, Capt. Arvind Menon, told Reuters.", ["Arvind Menon"]),
    ('"We need help," said Det. Mark Reed. "We are stretched," said Atty. Jane Cole. "It is late," said Ald. Tom '
     'Hale.', ["Mark Reed", "Jane Cole", "Tom Hale"]),
    ('"The city is ready," Chicago Police Supt. Larry Snelling said on Monday.', ["Larry Snelling"]),
    # The name the model missed after the rank, the rank alone as the parse's speaker, a rank and a surname.
    ('A gunman opened fire at the party, according to Vancouver Police spokesperson Sgt. Mark Reed. "The shock was '
     'tremendous," Reed said.', ["Mark Reed"]),
    ('"He ran away," said Sgt. John Miller of the county police.', ["John Miller"]),
    ('Police spokesman Tim Fanning said the suspect had been fired on Thursday. "The shock was tremendous," Cpl. '
     'Fanning said.', ["Tim Fanning"]),
])
def test_an_abbreviated_rank_ends_no_sentence(nlp: Language, text: str, expected: list[str]) -> None:
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Klopp: 'We were not good enough'\nJurgen Klopp admitted his side were poor after a 2-0 defeat at Brentford.",
     ["Jurgen Klopp"]),
    ("Zelenskiy: “We will not surrender”\nKYIV (Reuters) - Ukrainian President Volodymyr Zelenskiy vowed on Sunday "
     "to fight on.", ["Volodymyr Zelenskiy"]),
    # A section's label or a place's dateline speaks no quote.
    ("Analysis: 'A hollow victory' for the Tories\nThe Conservatives won the seat by 12 votes.", [None]),
    ('KARACHI: "The economy is recovering," the central bank governor said on Monday.',
     ["the central bank governor"]),
    # The sentence's own attribution wins; a dateline in capitals, a transcript's "Q:" and a label speak nothing.
    ('LUCKNOW: "We will not tolerate any lawlessness," Chief Minister Yogi Adityanath said on Sunday.',
     ["Yogi Adityanath"]),
    ('Warning: "This product may contain nuts," the label reads.', ["the label"]),
    ('Q: "What did you see that night?"\nA: "I saw a man run from the house."', [None, None]),
    ('Fact Check: "Biden raised taxes on the middle class"\nThe claim is false.', [None]),
])
def test_a_name_and_a_colon_before_a_headlines_quote_is_its_speaker(nlp: Language, text: str,
                                                                     expected: list[str | None]) -> None:
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Nike shares fell 10% on Friday after the sportswear maker cut its forecast. "We are disappointed with our '
     'results," the company said in a statement.', ["Nike"]),
    ('Shares of Boeing rose 3% on Monday. "We are making progress," the company said.', ["Boeing"]),
    # Shares of no company named: the description stays.
    ('Shares fell 3% on Monday. "We are making progress," the company said.', ["the company"]),
])
def test_the_company_whose_shares_moved_is_the_company_that_speaks(nlp: Language, text: str,
                                                                   expected: list[str]) -> None:
    assert _speakers(nlp, text) == expected


def test_according_to_in_the_next_sentence_is_not_the_speaker_of_a_quote_that_closed_its_own(nlp: Language) -> None:
    text = ('Mark Zuckerberg told staff in a memo that the company would "move out low performers faster." OpenAI is '
            'in talks to raise $40 billion, according to people familiar with the matter.')
    assert _speakers(nlp, text) == ["Mark Zuckerberg"]


def test_a_relative_named_after_the_quote_is_the_speaker_by_name(nlp: Language) -> None:
    assert _speakers(nlp, '"Hector was a kind man," his daughter, Ana Ruiz, told reporters.') == ["Ana Ruiz"]


def test_speech_after_that_and_according_to_opening_the_next_sentence_are_kept(nlp: Language) -> None:
    assert _speakers(nlp, 'The president told reporters that "Nobody Is Above the Law" after the verdict was read.') \
        == ["The president"]
    text = '"We are seeing record demand." That\'s according to Jane Doyle, chief executive of the retailer.'
    assert _speakers(nlp, text) == ["Jane Doyle"]


def test_a_one_word_quote_before_a_verb_of_speech_is_speech(nlp: Language) -> None:
    assert _speakers(nlp, '"Never" replied the minister when asked whether he would resign.') == ["the minister"]


@pytest.mark.parametrize("text", [
    'Irish novelist Siobhan Keane won the Booker Prize on Tuesday for "Salt and Iron," her fourth novel.',
    'The Mauritshuis agreed to lend "Girl with a Pearl Earring" for only eight weeks.',
    'The Grand Prix went to French filmmaker Claire Dubois for "Le Dernier Train," while Emma Stone was named best '
    'actress.',
    'Halloway starred in more than 60 films, including "Midnight Run to Denver" and "The Long Way Home," which earned '
    'him an Academy Award nomination in 1987.',
    # A long title after its work's noun.
    'The BBC said its drama "Wolf Hall: The Mirror and the Light" had drawn 6.8 million viewers.',
    'The band\'s new single "Golden Hour" topped the charts.',
    'HBO cancelled "Westworld" after four seasons.',
    # A title the sentence does something with, and no one says anything.
    'Analysts expect "Godzilla x Kong: The New Empire" to open between $45 million and $55 million later this month.',
    # A title after one who made it, a name after its first word outside the marks.
    'Affleck also served as a producer of "Argo," and he directed it.',
    'Indonesia sits on the Pacific "Ring of Fire" and has frequent quakes.',
    # A song after a verb of performing it, one title after another.
    'The Killers opened with "Mr. Brightside". The band then played "Somebody Told Me".',
    'Dua Lipa followed with "Levitating" and "Houdini".',
])
def test_titles_of_works_inside_a_sentence_are_not_quotes(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    # A title opening its sentence before a comma and a description of the work.
    '"Anora", Sean Baker\'s comedy-drama about a stripper, won best picture.',
    '"Wicked", starring Cynthia Erivo and Ariana Grande, took $114 million in its opening weekend.',
    '"Gladiator II", Ridley Scott\'s sequel starring Paul Mescal, opened second with $55.5 million.',
    '"Adolescence", the Netflix drama co-created by Stephen Graham and Jack Thorne, has become its most-watched show.',
    # QA "qa1": after a dateline's dash too (it was a quote whose speaker was "Anora" itself).
    'CANNES, France (AP) — "Anora", Sean Baker\'s comedy about a sex worker, won the Palme d\'Or on Saturday.',
    # A title after working on it, producing it, or a part of it.
    'Quincy Jones, who worked with Michael Jackson on "Thriller" and produced "We Are the World", died aged 91.',
    'Netflix said subscriber growth was driven by the second season of "Squid Game".',
    'Adrien Brody took best actor for "The Brutalist" on Sunday.',
])
def test_titles_of_works_after_their_verbs_or_before_their_description_are_not_quotes(nlp: Language,
                                                                                      text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    # Guards (qa1): words said after a dateline, before a comma and their speaker, stay quotes.
    ('LONDON (Reuters) - "We will fight on", the party\'s leader said on Monday after the vote.', "the party's leader"),
    ('LONDON (Reuters) - "Heartbreaking," the host of the show, Piers Morgan, said on Tuesday.', "Piers Morgan"),
])
def test_words_said_after_a_dateline_stay_quotes_guard(nlp: Language, text: str, speaker: str) -> None:
    quotes = enrich(nlp, text)["quotes"]
    assert [(q.get("speaker") or {}).get("name") for q in quotes] == [speaker], quotes


@pytest.mark.parametrize("text", [
    # A title quoted again after the text gave it as a work's, doing something with no speech around it.
    'Sally Rooney\'s fourth novel, "Intermezzo," is her longest book yet. Still, "Intermezzo" confirms Rooney as the '
    'most gifted novelist of her generation.',
    # A title before a participle of making it: in sentence case only before "by" and its maker's name.
    'The Royal Opera House\'s new production of Verdi\'s "La traviata," directed by Richard Eyre, opened on Thursday.',
    'A lost painting by Gustav Klimt sold for €30 million. "Portrait of Fräulein Lieser," painted in 1917, went to an '
    'unnamed buyer.',
    # A title with an elided "and" or "of" after an award's words and "for", or after a verb of performing.
    'Sabrina Carpenter took best pop vocal album for "Short n\' Sweet."',
    'Guns N\' Roses played "Sweet Child o\' Mine" as the sun set.',
    # A title in another language, in sentence case, after its work's noun.
    'The opera "La traviata," a favourite of the company, sold out.',
])
def test_titles_named_again_made_or_elided_are_not_quotes(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    # A game's title before "developed by" its studio, a film's before "the score of".
    '"Baldur\'s Gate 3", developed by Larian Studios, won game of the year at The Game Awards, Larian said.',
    'Ryuichi Sakamoto, who won an Oscar for the score of "The Last Emperor", died on March 28, his management said.',
])
def test_a_games_title_before_its_developer_or_a_films_after_its_score_is_not_a_quote(nlp: Language,
                                                                                       text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: words said before "developed" not "by" or "in", and a score in a game's sense, stay quotes.
    ('"We Are Ready," developed countries said in a joint statement.', ["developed countries"]),
    ('"It Was A Great Match," the coach said after the score of 3-1.', ["the coach"]),
])
def test_words_said_near_developed_or_a_score_stay_quotes_guard(nlp: Language, text: str,
                                                                expected: list[str]) -> None:
    assert [q["speaker"]["text"] for q in _quotes(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    # A title with its subtitle, one put out ("would be released"), one after a chart's top place and "with", even
    # with a verb of speech in the sentence.
    'Toei Animation said net profit rose 18%, helped by "One Piece Film: Red", which grossed 19.7 billion yen.',
    'Take-Two Interactive said "Grand Theft Auto VI" would be released in autumn 2025 on PlayStation 5.',
    'Stray Kids scored their fourth No. 1 on the Billboard 200 with "5-Star", according to Luminate.',
    'Miley Cyrus topped the charts with "Flowers" for eight weeks, her label said.',
])
def test_titles_with_a_subtitle_released_or_charting_are_not_quotes(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: a title-cased quote "would be ready", words with a colon said or chanted, words said "with" no chart.
    ('The minister said "Project Alpha" would be ready by June.', ["The minister"]),
    ('"The Answer: Stop The War," the protesters chanted, the police said.', ["the protesters"]),
    ('He ended the debate with "We Will Win," the senator said.', ["the senator"]),
])
def test_titled_words_said_without_a_release_or_a_chart_stay_quotes_guard(nlp: Language, text: str,
                                                                          expected: list[str]) -> None:
    assert [q["speaker"]["text"] for q in _quotes(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    # A title opening its sentence, after a dateline's dash too, then "from" and its studio.
    'LOS ANGELES (Reuters) - "Inside Out 2" from Walt Disney Co\'s Pixar Animation Studios took in $155 million at '
    'U.S. and Canadian box offices over the weekend, according to estimates from Comscore.',
    'The animated film has earned $295 million worldwide. "Bad Boys: Ride or Die", from Sony Pictures, finished second '
    'with $33 million.',
    '"Gladiator II", from Paramount, took in $55.5 million.',
    # A title with an ampersand after its broadcaster's possessive.
    'The BBC\'s "Gavin & Stacey" Christmas special drew 12.3 million viewers, the largest audience of the year, the '
    'broadcaster said.',
])
def test_titles_before_their_studio_or_with_an_ampersand_are_not_quotes(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: words said "from" someone with a verb of speech in the sentence, and words with an ampersand said, stay
    # quotes.
    ('"Thank You" from Ms Smith, the minister said, was the only reply.', ["the minister"]),
    ('"We Will Fight On" from the minister was the headline, the paper said.', ["the paper"]),
    ('"Peace & Quiet," said the sign.', ["the sign"]),
])
def test_words_said_from_someone_or_with_an_ampersand_stay_quotes_guard(nlp: Language, text: str,
                                                                         expected: list[str]) -> None:
    assert [q["speaker"]["text"] for q in _quotes(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    # A title with a spaced dash before its subtitle, before "from" and its studio.
    'Disney\'s "Lilo & Stitch" earned $183 million over the Memorial Day weekend. "Mission: Impossible – The Final '
    'Reckoning", from Paramount, opened with $64 million.',
    # A song's title after its music video.
    'Swift\'s fiancé, Travis Kelce, appeared in the music video for "The Fate of Ophelia".',
])
def test_titles_with_a_dash_or_after_a_music_video_are_not_quotes(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: words with a dash said, and words said in a music video, stay quotes.
    ('"We Won – Believe Me," the president said.', ["the president"]),
    ('The singer said in a music video for the charity: "Please give what you can."', ["The singer"]),
])
def test_words_with_a_dash_or_said_in_a_music_video_stay_quotes_guard(nlp: Language, text: str,
                                                                       expected: list[str]) -> None:
    assert [q["speaker"]["text"] for q in _quotes(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('"Never," he said.', ["he"]),
    ('She called the plan "a bitter disappointment."', ["She"]),
    # A work's title said as words of one's own, after or before a verb of speech, is a quote.
    ('The film "Never Again" opened this week. "Never Again," Smith said of the war.', ["Smith"]),
    ('The film "Never Again" opened this week. Smith said "Never Again" was his promise.', ["Smith"]),
    # Sentence case before a participle of making with no maker's name, and words after a participle not of making.
    ('"We will not be moved," recorded in the minutes, was all she said.', ["she"]),
    ('"Shame on you," directed at the minister, rang out as Smith shouted.', ["Smith"]),
    # Words in another language after a possessive that are more than a short title.
    ('Macron\'s "La France est de retour" speech drew applause.', ["Macron's"]),
    # Guards (review of a60caee): words said before a participle that records, films or puts them out; one word; an
    # English "Die" or a name after a possessive; words in another language after a possessive.
    ('"I can\'t breathe," recorded by Darnella Frazier on her phone, became the rallying cry.', [None]),
    ('"We will win," translated by CNN from Ukrainian, was Zelenskyy\'s message to the troops.', [None]),
    ('"We are devastated," released by Manchester United on Sunday, was the club\'s only statement.', [None]),
    ('"Unacceptable," recorded in the minutes, was the only word the chairman said about the report.',
     ["the chairman"]),
    ('Sunak\'s "Die trying" remark drew laughs.', ["Sunak's"]),
    ('Trump\'s "El Chapo escaped twice" remark drew criticism from Mexican officials.', ["Trump"]),
])
def test_speech_near_titles_and_their_makers_stays_a_quote(nlp: Language, text: str, expected: list[str]) -> None:
    assert [(q["speaker"] or {}).get("text") for q in _quotes(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('"Get Brexit Done," Johnson said.', ['"Get Brexit Done,"']),
    ('"Disgraceful," said the minister.', ['"Disgraceful,"']),
    ('"Get Brexit Done," the film\'s star said on Monday.', ['"Get Brexit Done,"']),
    ('The minister called the plan "a disaster in the making" and said it would fail.', ['"a disaster in the making"']),
    ('The crowd chanted "Lock Her Up" as Trump spoke.', ['"Lock Her Up"']),
    ('Trump wrote "No Collusion" in a post on Sunday.', ['"No Collusion"']),
    # A bare "on" before a title: PolNeAR counts this one as a quote.
    ('As a reality TV boss on "The Apprentice," Donald Trump repeatedly demeaned women.', ['"The Apprentice,"']),
    ('The president worked on "Obamacare Is Dead." for months.', ['"Obamacare Is Dead."']),
    # Guards from a review: speech after the speaker's name and a second comma; a writer's post.
    ('"Heartbreaking," the host of the show, Piers Morgan, said.', ['"Heartbreaking,"']),
    ('"Madness," the chair of the programme board, Lord Smith, told MPs.', ['"Madness,"']),
    ('The band wrote "We Are Heartbroken" in a statement on Friday.', ['"We Are Heartbroken"']),
    ('In a post attacking the singer, Trump wrote "I HATE TAYLOR SWIFT" on Truth Social.', ['"I HATE TAYLOR SWIFT"']),
])
def test_speech_and_scare_quotes_near_the_words_of_works_stay_quotes(nlp: Language, text: str,
                                                                      expected: list[str]) -> None:
    assert [q["text"] for q in _quotes(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    # Slogans, headlines and jibes in capitals, with nothing of a work's title about them, are quotes.
    'Elon Musk branded the report "Fake News From The Legacy Media" on Sunday.',
    'Trump attacked the "Radical Left Lunatics Who Run Our Cities" at the rally in Pennsylvania on Saturday.',
    'He mocked "Sleepy Joe And His Radical Left Friends" throughout the speech.',
    'Thousands roared "We Want Our Country Back" as police watched.',
    'The Sun splashed "Up Yours Delors" across its front page.',
    'Zelensky thanked "The Brave People Of Kharkiv And Sumy" in his address.',
])
def test_title_cased_slogans_inside_a_sentence_are_quotes(nlp: Language, text: str) -> None:
    assert len(_quotes(nlp, text)) == 1


def test_title_cased_words_said_are_still_quotes(nlp: Language) -> None:
    text = ('"We Will Not Back Down," Smith said. He told reporters that "Nobody Is Above the Law" after the vote. '
            'Protesters chanted "Lock Her Up" outside.')
    assert len(_quotes(nlp, text)) == 3


def test_capitals_after_a_verb_that_can_delay_a_work_are_still_quotes(nlp: Language) -> None:
    text = 'Trump wrote that he had cancelled "ALL TRADE TALKS WITH CANADA" after the advert ran.'
    assert [q["text"] for q in _quotes(nlp, text)] == ['"ALL TRADE TALKS WITH CANADA"']
    text = 'Musk said the launch had been delayed "A Few Weeks" by the storm.'
    assert [q["text"] for q in _quotes(nlp, text)] == ['"A Few Weeks"']
    text = 'The band cancelled "Due To Illness," a spokesman said.'
    assert [q["text"] for q in _quotes(nlp, text)] == ['"Due To Illness,"']


@pytest.mark.parametrize("text", [
    '"Enough Is Enough," the film\'s director said as the strike entered its third week.',
    '"Absolutely Not," the podcast host said when asked whether he would apologise.',
    'Senator Maria Lopez described the tax plan as "A Gift To The Rich" in a tweet on Tuesday.',
    'Trump repeated his call to "Drain The Swamp" at a rally in Ohio on Saturday.',
    'The chief executive told staff the company was "Open For Business" despite the cyberattack.',
    'The festival crowd chanted several slogans, including "Free Palestine" and "Stop The War", during the set.',
])
def test_title_cased_slogans_and_words_beside_a_works_noun_are_still_quotes(nlp: Language, text: str) -> None:
    assert len(_quotes(nlp, text)) == 1


@pytest.mark.parametrize("text", [
    'The law, known as "SCOPE," requires platforms to verify users\' ages.',
    'Fans quickly dubbed the cat "the Mozart of Meows" after the clip spread.',
])
def test_a_name_given_after_known_as_or_dubbed_is_no_speech(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    'Trump dubbed it "the biggest tax cut in history" at a rally on Saturday.',
    'The economy is entering what is known as "a technical recession," the finance minister said on Monday.',
    'Biden visited the scene and dubbed the gunman "a coward."',
])
def test_words_after_known_as_or_dubbed_that_read_as_speech_are_quotes(nlp: Language, text: str) -> None:
    assert len(_quotes(nlp, text)) == 1


@pytest.mark.parametrize(("text", "speaker"), [
    ('Prosecutor Kim Foxx approved the charges. One victim, a delivery driver, said he was robbed. "They took my '
     'phone," he said.', "One victim, a delivery driver"),
    ('Judge Sarah Whitehouse said the crimes had been motivated by greed. One victim, a retired teacher from Leeds, '
     'said the sentence was too short. "Seven years is nothing compared with what he took from us," she said.',
     "One victim, a retired teacher from Leeds"),
    ('Mayor Karen Bass visited the site. A witness said the fire spread fast. "It was terrifying," she said.',
     "A witness"),
    ('President Volodymyr Zelenskiy renewed his call for more air defence systems. A Ukrainian commander said '
     'Russian troops were advancing in small groups. "They come every day," he said.', "A Ukrainian commander"),
    ('Labour leader Keir Starmer campaigned in Kent. One senior Tory said the result was clear. "It\'s a wipeout," '
     'he said.', "One senior Tory"),
])
def test_a_pronoun_after_someone_brought_in_unnamed_is_theirs(nlp: Language, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # The model's person "COP29" has digits, no one's name; the delegate's name is no entity of the model's.
    ('The agreement at the COP29 summit came after two weeks of talks. India\'s delegate, Chandni Raina, called the '
     'sum "abysmally poor" and said her country objected. "It is a paltry sum," she said.', "Chandni Raina"),
    ('The deal came at COP29. Chandni Raina called the sum "abysmally poor". "It is a paltry sum," she said.',
     "Chandni Raina"),
    # Not past a sentence between, which may bring in someone else.
    ('"The offer is abysmally poor," said India\'s delegate, Chandni Raina. The head of the Brazilian delegation, a '
     'veteran diplomat, took a different view. "We can live with this," she said.', "she"),
    ('"The offer is abysmally poor," said India\'s delegate, Chandni Raina. Talks resumed on Sunday. "We can live with '
     'this," he said, speaking for the host nation.', "he"),
])
def test_a_pronoun_after_a_speaker_the_model_did_not_name_is_theirs(nlp: Language, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[-1] == speaker


def test_a_pronoun_after_the_victim_named_before_is_still_the_named_person(nlp: Language) -> None:
    text = ('Maria Lopez, 34, was robbed on Friday. The victim said the men ran off. "They took my phone," she said.')
    assert _speakers(nlp, text) == ["Maria Lopez"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We have no water," said a resident of Gaza City.', "a resident of Gaza City"),
    ('"We are scared," a retired teacher from Leeds told the BBC.', "a retired teacher from Leeds"),
    ('"We will appeal," said a worker at the Ford plant in Dagenham.', "a worker at the Ford plant in Dagenham"),
    ('A rescue worker in the town of Bangued said teams were digging by hand. "We can hear people calling from under '
     'the mud," he said.', "A rescue worker in the town of Bangued"),  # the model's organisation "Bangued"
    ('"We will respond," a senior official in Washington said.', "Washington"),  # speaks for the government
])
def test_a_private_persons_town_or_employer_is_not_their_voice(nlp: Language, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


def test_a_name_in_apposition_to_a_subject_the_parser_made_the_root_is_the_subject(nlp: Language) -> None:
    text = ('"We must act," Elisabeth Borne told the National Assembly. Its managing director, Ourania Georgoutsakou, '
            'called on the European Union to protect overflights. "Passengers should not suffer," she said.')
    assert _speakers(nlp, text) == ["Elisabeth Borne", "Ourania Georgoutsakou"]


def test_a_surname_with_an_apostrophe_names_the_person(nlp: Language) -> None:
    text = ('Chief executive Michael O\'Leary said the airline expected fewer jets. "Boeing has got to get its act '
            'together," O\'Leary told reporters.')
    assert _speakers(nlp, text) == ["Michael O'Leary"]


@pytest.mark.parametrize("text", [
    'She wrote two memoirs, the second of which, "Curtain Up", sold more than 60,000 copies.',
    'The company\'s flagship product, "Nova Prime", went on sale in March.',
    'The first-stage booster landed on the drone ship "A Shortfall of Gravitas" in the Atlantic Ocean.',
])
def test_a_title_set_off_by_commas_before_a_verb_or_a_vessels_name_is_no_speech(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


def test_words_set_off_by_commas_after_a_noun_of_speech_are_still_a_quote(nlp: Language) -> None:
    assert len(_quotes(nlp, 'The minister\'s reply, "Absolutely Not", angered the opposition.')) == 1


def test_the_duke_is_the_person_given_the_peerage_in_apposition(nlp: Language) -> None:
    text = 'Prince Harry, the Duke of Sussex, lost his appeal. "Life is precious," the duke said.'
    assert _speakers(nlp, text) == ["Harry"]


@pytest.mark.parametrize("text", [
    'A Ukrainian commander, who gave only his call sign "Bober", said the unit was short of shells.',
    'Dozens of parents packed the meeting room, many holding signs reading "Save Mesa."',
])
def test_a_call_sign_and_a_signs_words_are_no_speech(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


def test_an_aside_after_the_speaker_is_no_part_of_them(nlp: Language) -> None:
    text = 'One EU diplomat, speaking on condition of anonymity, said the figure was "optimistic".'
    assert [q["speaker"]["text"] for q in _quotes(nlp, text)] == ["One EU diplomat"]


def test_a_name_the_parse_cut_in_two_is_still_the_subject(nlp: Language) -> None:
    text = ('Kris Kristofferson has died. Dolly Parton said she was heartbroken. "This is a sad day for music," she '
            'said.')
    assert _speakers(nlp, text) == ["Dolly Parton"]


def test_a_relative_clause_after_the_speaker_is_no_part_of_them(nlp: Language) -> None:
    text = ('Not everyone was convinced. "Food prices are still volatile," said a senior official at a state-run bank, '
            'who declined to be named.')
    assert [q["speaker"]["text"] for q in _quotes(nlp, text)] == ["a senior official at a state-run bank"]


def test_a_clause_naming_the_speaker_stays(nlp: Language) -> None:
    assert _speakers(nlp, 'A woman, identified by police as Jane Doe, said: "I saw the attacker."') == ["Jane Doe"]


def test_an_unnamed_speaker_who_gave_another_gender_is_not_the_pronouns(nlp: Language) -> None:
    text = ('Police Chief John Miller said officers arrived within minutes. A witness said she heard five shots. '
            '"We are confident we will find him," he said.')
    assert _speakers(nlp, text) == ["John Miller"]


@pytest.mark.parametrize("text", [
    # qa1: a body whose name opens with a word of people ("Refugee") was taken for a private person: no entity.
    'The Refugee Council said asylum seekers were being "left in limbo".',
    '"People are being left in limbo," the Refugee Council said.',
])
def test_a_body_named_with_a_word_of_people_speaks_as_the_body(nlp: Language, text: str) -> None:
    speaker = enrich(nlp, text)["quotes"][0]["speaker"]
    assert (speaker["name"], bool(speaker["entity_id"])) == ("Refugee Council", True), speaker


@pytest.mark.parametrize(("description", "private"), [
    # guard: a person described with the body's words, or with a name, stays a private person.
    ("a refugee council member", True), ("A Refugee Council worker", True), ("Resident Jane Smith", True),
    ("The Refugee Council", False),
])
def test_a_body_named_with_a_word_of_people_guard(description: str, private: bool) -> None:
    from services.nlp.quotes import is_private_person

    assert is_private_person(description) is private


def test_a_one_word_answer_after_asked_is_still_a_quote(nlp: Language) -> None:
    assert len(_quotes(nlp, 'Asked about the rumours, "Nonsense", laughed Trump.')) == 1


@pytest.mark.parametrize(("description", "private"), [
    ("a retired teacher from Leeds", True), ("Resident Jane Smith", True), ("a senior official in Washington", False),
])
def test_a_private_person_is_told_by_their_noun_in_any_case(description: str, private: bool) -> None:
    from services.nlp.quotes import is_private_person

    assert is_private_person(description) is private


@pytest.mark.parametrize("text", [
    # A song after the encore it was played as, after a show closed with it, or after "hit".
    'They embraced on stage before the encore of "Don\'t Look Back in Anger."',
    'The band closed the show with "Wonderwall" and the crowd sang along.',
    'Oasis opened their two-hour set with "Hello" in Cardiff.',
    'The crowd roared for their hit "Live Forever" as the lights dimmed.',
    'Fans sang along to the 1995 hit "Wonderwall" outside the stadium.',
])
def test_songs_after_an_encore_a_show_or_a_hit_are_not_quotes(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ('The singer said of her hit: "It changed my life."', "The singer"),
    ('She opened the show with "Good evening, London!" and then sang.', "She"),
    ('In an encore, Gallagher told fans: "We Love You All."', "Gallagher"),
])
def test_speech_near_an_encore_a_show_or_a_hit_stays_speech(nlp: Language, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize("text", [
    # Guards from the review: "hit" as a blow or "has hit" before a title-cased quote is no song.
    'Retailers took a big hit "Across The Board," the chief executive of the British Retail Consortium said.',
    'Inflation\'s hit "Rock Bottom" for now, Bank of England governor Andrew Bailey told MPs.',
])
def test_a_hit_that_is_no_song_leaves_the_quote(nlp: Language, text: str) -> None:
    assert len(_quotes(nlp, text)) == 1


@pytest.mark.parametrize("text", [
    # An award's category with words between "best" and it.
    'Da\'Vine Joy Randolph won best supporting actress for "The Holdovers".',
    # A title again, the whole subject of a verb of no speech, though speech is in the sentence.
    '"Wicked", the film adaptation of the Broadway musical, took $114 million. Universal Pictures said "Wicked" had '
    'the biggest opening ever for a film based on a Broadway show.',
    # After a sequel's noun, set off by commas.
    'The sequel, "Wicked: For Good", is due next November.',
    # After a work's production, after verbs of making or staging a work in any tense.
    'The Royal Shakespeare Company will stage a new production of "Hamlet" next spring, the company announced.',
    'The RSC also confirmed that its directors would direct "Much Ado About Nothing" in the summer season.',
    'Akira Toriyama, the manga artist who created "Dragon Ball", has died aged 68, his studio said.',
])
def test_titles_of_works_in_arts_coverage_are_not_quotes(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    # Title-cased words said, partial quotes after "called it" or "described as", short speech.
    ('"Make America Great Again," Trump said at the rally.', "Trump"),
    ('"Never," he said.', "he"),
    ('The minister called it "a Disgrace to the Nation" on Monday.', "The minister"),
    ('The plan was described as "Fair and Balanced" by the chancellor.', "the chancellor"),
    # Title-cased chants listed, with their verb of speech; a quote beside a title, said.
    ('"Four More Years" and "Lock Her Up," the crowd chanted.', "the crowd"),
    ('Swift\'s "Fortnight" topped the chart. "Thank You All So Much," Swift said.', "Swift"),
    # The subject of a verb in a sentence of speech, seen nowhere else as a title.
    ('The mayor said "Total Disaster" was the only word for the plan.', "The mayor"),
    # Guards (review of f6d5c4d): slogans that are a verb's subject, partial quotes said before an auxiliary, a list
    # of names someone called someone, said words after "version of", a speaker whose parse heads it in a title.
    ('"Four More Years" rang out across the arena on Thursday night.', None),
    ('"Drill, Baby, Drill" was the message Trump delivered to oil executives in Houston.', None),
    ('Trump said "Crooked Joe" will need a miracle to win Pennsylvania.', "Trump"),
    ('Biden said "Trickle-Down Economics" has failed working families.', "Biden"),
    ('Trump called DeSantis "Ron DeSanctimonious" and "A Disloyal Guy" at a rally in Iowa.', "Trump"),
    ('His version of "The Truth" has changed three times, prosecutors said.', "prosecutors"),
    ('Hayao Miyazaki\'s "The Boy and the Heron" director said "Thank You" in Japanese.',
     'Hayao Miyazaki\'s "The Boy and the Heron" director'),
])
def test_title_cased_speech_near_titles_stays_speech(nlp: Language, text: str, speaker: str | None) -> None:
    assert _speakers(nlp, text) == [speaker]


def test_a_speaker_never_runs_into_a_titles_quotation_marks(nlp: Language) -> None:
    text = ('Hayao Miyazaki\'s "The Boy and the Heron" won the Oscar on Sunday, "a fitting farewell to a master of the '
            'form," as one critic put it.')
    quotes = _quotes(nlp, text)
    _assert_consistent(text, quotes)
    assert [q["text"] for q in quotes] == ['"a fitting farewell to a master of the form,"']
    # Its speaker's text holds the title whole or not at all: no mark without its pair.
    speaker = quotes[0]["speaker"]
    assert speaker is None or speaker["text"].count('"') % 2 == 0


@pytest.mark.parametrize(("text", "speaker"), [
    ('Walter "Sonny" Briggs said: "We will rebuild the pier this year."', 'Walter "Sonny" Briggs'),
    ('Entertainment Weekly\'s "Hollywood Insider" blog reported: "There will be a new director."',
     'Entertainment Weekly\'s "Hollywood Insider" blog'),
])
def test_a_quoted_name_wholly_inside_the_speakers_phrase_stays_in_it(nlp: Language, text: str, speaker: str) -> None:
    assert [q["speaker"]["text"] for q in _quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize(("text", "quotes"), [
    # A work's title after "review of": what the words were said of.
    ('The Guardian\'s review of "Wicked" called it "a dazzling spectacle".', ['"a dazzling spectacle"']),
    # Guards (review of 92b5888): title-cased words said after "of" in reported speech, a title-cased quote and the
    # words after it said together, a rally's closing slogan.
    ('Trump said the media was full of "Fake News" on Tuesday.', ['"Fake News"']),
    ('Farage said voters were sick of "Project Fear".', ['"Project Fear"']),
    ('Obama: "Yes We Can" was "never just a slogan".', ['"Yes We Can" was "never just a slogan"']),
    ('"Take Back Control" was "a meaningless slogan", according to critics.',
     ['"Take Back Control" was "a meaningless slogan"']),
    ('Biden is expected to close with "Finish The Job" at the rally.', ['"Finish The Job"']),
])
def test_a_review_of_a_title_is_no_quote_and_words_said_after_of_stay_quotes(nlp: Language, text: str,
                                                                          quotes: list[str]) -> None:
    found = _quotes(nlp, text)
    _assert_consistent(text, found)
    assert [q["text"] for q in found] == quotes


@pytest.mark.parametrize(("text", "quotes"), [
    # Titles listed after a works noun and "include" or "such as", as "X and Y" or "X, Y and Z", a speech verb after
    # them or not (QA: speakers "whose films", "Her novels", "the label").
    ('Hackman, whose films included "The French Connection" and "Unforgiven," was found dead.', []),
    ('Her novels include "Beloved" and "Jazz."', []),
    ('The band\'s hits included "Paranoid" and "Iron Man," the label said.', []),
    ('Her films include "Lady Bird," "Little Women" and "Barbie."', []),
    ('His credits include "Breaking Bad" and "Better Call Saul," the network said.', []),
    ('Songs such as "Let It Be" and "Hey Jude" topped the charts.', []),
    ('Movies like "Jaws" and "Alien," he said, changed the genre.', []),
    # Words said after such a list, or at its end in lower case, stay a quote.
    ('Her films include "Lady Bird" and "a lot of nonsense," the critic said.', ['"a lot of nonsense,"']),
    ('Her roles included "Norma Rae" and "Sybil." "I loved every one of them," she said.',
     ['"I loved every one of them,"']),
])
def test_titles_listed_after_a_works_noun_and_include_are_no_quotes(nlp: Language, text: str,
                                                                     quotes: list[str]) -> None:
    found = _quotes(nlp, text)
    _assert_consistent(text, found)
    assert [q["text"] for q in found] == quotes


@pytest.mark.parametrize(("text", "quotes", "speaker"), [
    # Guards: lists after "included" of what is said, chanted, tweeted or carried as a slogan, title-cased or not,
    # stay quotes; so does speech after a works noun that is not a list of titles.
    ('His remarks included "We will win" and "never surrender," aides said.',
     ['"We will win" and "never surrender,"'], "aides"),
    ('Chants included "Lock Her Up" and "Build The Wall," the reporter said.',
     ['"Lock Her Up" and "Build The Wall,"'], "the reporter"),
    ('The crowd\'s chants included "Four More Years" and "USA," witnesses said.',
     ['"Four More Years" and "USA,"'], "witnesses"),
    ('His tweets included "Witch Hunt" and "No Collusion," the report said.',
     ['"Witch Hunt" and "No Collusion,"'], "the report"),
    ('His slogans included "Make America Great Again" and "Drain the Swamp," aides said.',
     ['"Make America Great Again" and "Drain the Swamp,"'], "aides"),
    ('Asked about his films, he said "Never Again" and left.', ['"Never Again"'], "he"),
    # Review: a title ending its sentence ends the list, and a title-cased reply after one is speech.
    ('Her novels include "Beloved" and "Jazz." "Brilliant," critics said.', ['"Brilliant,"'], "critics"),
    ('His books include "The Road." "No," he replied when asked if he would write again.', ['"No,"'], "he"),
    ('Credits include "Succession" and "The Wire." "I Never Wanted This," she said.', ['"I Never Wanted This,"'],
     "she"),
    # ... and after a comma alone, the last title-cased quote of a "list" is speech.
    ('His films included "Heat," "Thank You," he told the crowd.', ['"Thank You,"'], "he"),
])
def test_lists_of_speech_after_included_stay_quotes(nlp: Language, text: str, quotes: list[str],
                                                    speaker: str) -> None:
    found = _quotes(nlp, text)
    assert [q["text"] for q in found] == quotes
    assert [q["speaker"]["text"] for q in found] == [speaker]


@pytest.mark.parametrize(("text", "quotes"), [
    # Guards: chants and signs listed without a verb of speech keep their quotes, whatever their speaker.
    ('Chants included "Lock her up" and "Build the wall."', ['"Lock her up" and "Build the wall."']),
    ('The signs included "No war" and "Peace now."', ['"No war" and "Peace now."']),
])
def test_chants_and_signs_listed_after_included_stay_quotes(nlp: Language, text: str, quotes: list[str]) -> None:
    assert [q["text"] for q in _quotes(nlp, text)] == quotes


@pytest.mark.parametrize(("text", "quotes"), [
    # Guards: title-cased words after "said" before a verb and a quote stay one quote, and so do words said after
    # "said of" and a colon, and before a verb of speech.
    ('Trump said "Crooked Joe" is "a disaster for this country" at the rally.',
     ['"Crooked Joe" is "a disaster for this country"']),
    ('He said of the protesters: "They Are Thugs."', ['"They Are Thugs."']),
    ('"Never Again" is "what we promised," she said.', ['"Never Again" is "what we promised,"']),
    ('"Four More Years" was "the chant of the night," one delegate said.',
     ['"Four More Years" was "the chant of the night,"']),
])
def test_title_cased_words_said_before_a_quote_stay_in_it(nlp: Language, text: str, quotes: list[str]) -> None:
    assert [q["text"] for q in _quotes(nlp, text)] == quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('"I felt good out there," the British No 2 said. She will face Jessica Pegula next.', "the British No 2"),
    ('"I\'ve been dreaming of this," said the Australian No 1.', "the Australian No 1"),
])
def test_a_ranking_after_a_nationality_stays_in_the_speaker(nlp: Language, text: str, speaker: str) -> None:
    assert [q["speaker"]["text"] for q in _quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize(("text", "quotes"), [
    # A person's phrase may be their words, and a verb of speech makes it said.
    ('Trump\'s "big, beautiful bill" passed the House.', ['"big, beautiful bill"']),
    ('Iran\'s "axis of resistance" has been weakened, analysts say.', ['"axis of resistance"']),
])
def test_a_quoted_phrase_after_a_possessive_may_be_words_said(nlp: Language, text: str, quotes: list[str]) -> None:
    assert [q["text"] for q in _quotes(nlp, text)] == quotes


def test_a_quote_after_a_places_possessive_is_the_subjects_words(nlp: Language) -> None:
    # Guard: an evaluative quote after a place's possessive is no label.
    text = 'Trump attacked Canada\'s "very unfair" dairy tariffs during a visit to Wisconsin.'
    assert [(q["text"], (q["speaker"] or {}).get("text")) for q in _quotes(nlp, text)] == [('"very unfair"', "Trump")]


@pytest.mark.parametrize(("text", "quotes"), [
    # What a place or a person calls something is words said, in the past or the present tense.
    ('China called the remarks "irresponsible".', ['"irresponsible"']),
    ('Trump calls it "a witch hunt" at every rally.', ['"a witch hunt"']),
    # Guard: a government's reaction in a present-tense headline.
    ('Beijing calls Taiwan leader\'s speech "provocative" as drills continue.', ['"provocative"']),
])
def test_what_a_place_or_person_calls_something_is_words_said(nlp: Language, text: str, quotes: list[str]) -> None:
    assert [q["text"] for q in _quotes(nlp, text)] == quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('The chants of "Lock him up" grew louder as Trump spoke.', None),
    ('The cries of "Shame!" echoed through the chamber.', None),
    # Guards: a statement speaks for whoever issued it; an owner of the words is their speaker.
    ('A statement from the White House said the move was "reckless".', "A statement from the White House"),
    ('Her remarks about "a rigged system" drew criticism from both parties.', "Her"),
    ('The crowd\'s chants of "Four more years" drowned out Biden as he spoke.', "The crowd"),
])
def test_a_noun_of_words_is_not_their_speaker(nlp: Language, text: str, speaker: str | None) -> None:
    assert [(q["speaker"] or {}).get("text") for q in _quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize("text", [
    'NEW YORK (AP) — "Hamilton" creator Lin-Manuel Miranda will be honored in December, organizers said Wednesday.',
    '"Friends" star Matthew Perry was remembered by his co-stars at a service on Friday, his family said.',
])
def test_a_works_title_before_its_makers_noun_is_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(("text", "quotes"), [
    # Said words before a maker's noun, after a comma: a quote.
    ('"It was a gift," director Greta Gerwig said of the film.', ['"It was a gift,"']),
    # The maker's own words after the title: a quote.
    ('The "Hamilton" star said: "It was the best night of my life."', ['"It was the best night of my life."']),
])
def test_words_said_before_a_makers_noun_stay_quotes(nlp: Language, text: str, quotes: list[str]) -> None:
    assert [q["text"] for q in _quotes(nlp, text)] == quotes


@pytest.mark.parametrize(("text", "speaker"), [
    # Review R1: words before a maker's noun whose name goes on to a verb of speech are that person's words.
    ('"Amazing" director Greta Gerwig told reporters.', "Greta Gerwig"),
    ('"Never" host Jimmy Kimmel replied.', "Jimmy Kimmel"),
    ('"Brilliant" actress Emma Thompson said.', "Emma Thompson"),
    ('"Thank You" singer Taylor Swift told the crowd in Edinburgh on Friday night.', "Taylor Swift"),
])
def test_words_before_a_makers_noun_whose_name_speaks_stay_quotes(nlp: Language, text: str, speaker: str) -> None:
    assert [speaker in (q["speaker"] or {}).get("text", "") for q in _quotes(nlp, text)] == [True]


@pytest.mark.parametrize("text", [
    # A title of proper nouns stays a title though its maker speaks.
    '"Barbie" director Greta Gerwig said the film was a gift.',
    '"Ted Lasso" star Jason Sudeikis said he was moved.',
])
def test_a_title_of_names_before_a_maker_who_speaks_is_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    # "states" is a plural noun, no verb of speech: the scare quote's sentence says nothing.
    'The pact includes a "solidarity" mechanism under which states take in migrants.',
    # A quoted verb before its object: the wording of a charge.
    'In March a Moscow court fined Yevgeny Roizman 260,000 roubles for "discrediting" the army.',
])
def test_a_single_scare_quoted_word_in_a_sentence_without_speech_is_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(("text", "quotes"), [
    ('The minister said a "solidarity" mechanism would be built.', ['"solidarity"']),
    ('The senator accused him of "discrediting" the army.', ['"discrediting"']),
])
def test_a_single_scare_quoted_word_in_a_sentence_of_speech_stays_a_quote(nlp: Language, text: str,
                                                                          quotes: list[str]) -> None:
    assert [q["text"] for q in _quotes(nlp, text)] == quotes


def test_a_speaker_is_not_cut_inside_a_name_the_parse_split(nlp: Language) -> None:
    # After a live blog's first entry the parse hung "der" and "Leyen" apart: the speaker was cut before "Leyen".
    text = ("14:32 GMT: Prime Minister Keir Starmer has arrived at the EU summit in Brussels.\n\n"
            '14:45 GMT: European Commission President Ursula von der Leyen says: "We are ready to work with the UK on '
            'defence." She is speaking to reporters alongside NATO Secretary General Mark Rutte.\n\n'
            "15:02 GMT: Starmer tells the BBC the UK will increase defence spending to 2.5% of GDP by 2027.")
    assert [q["speaker"]["text"] for q in enrich(nlp, text)["quotes"]] == [
        "European Commission President Ursula von der Leyen"]


@pytest.mark.parametrize("text", [
    'Sony cited strong sales of "Astro Bot" and "Helldivers 2" for the rise in profit.',
    'Nintendo raised its profit forecast on Tuesday, citing strong sales of "The Legend of Zelda: Tears of the '
    'Kingdom" and "Super Mario Bros. Wonder".',
    'Players can choose between "Free Play" or "Career Mode", the studio said.',
])
def test_two_quoted_titles_joined_by_and_or_or_are_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    # Titles in a chart's or a box office's order: joined by "followed by" or "ahead of", or after it before "from"
    # and their studio.
    'The top films of the weekend were "Zootopia 2", followed by "Moana 2" from Disney and "Wicked: For Good" from '
    'Universal.',
    '"Zootopia 2" took $96 million, followed by "Moana 2" from Disney and Universal\'s "Wicked: For Good".',
    'The chart was topped by "Golden", ahead of "Ordinary" by Alex Warren.',
])
def test_titles_in_a_charts_order_are_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    # A show's title that ends in an exclamation or a question mark, wherever it stands.
    'Nigel Farage appeared on "I\'m a Celebrity... Get Me Out of Here!" in 2023, earning a reported £1.5m.',
    'Farage came third on ITV\'s "I\'m A Celebrity… Get Me Out Of Here!" last year.',
    '"I\'m a Celebrity... Get Me Out of Here!" star Nigel Farage said he would not return.',
    'Matt Hancock went on \'I\'m a Celebrity... Get Me Out of Here!\' in 2022.',
    'She won $1 million on "Who Wants to Be a Millionaire?" in 1999.',
])
def test_a_shows_title_ending_in_an_exclamation_is_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: the title's words shouted, or a part of it said, stay quotes.
    ('He shouted "Get Me Out of Here!" as the spiders fell.', ['"Get Me Out of Here!"']),
    # Guards (review): a short title's words said or shouted, a verb of speech before them or after their speaker.
    ('She screamed "Hello!" at the crowd.', ['"Hello!"']),
    ('"Hello!" she said, waving.', ['"Hello!"']),
    ('"Oliver!" the teacher shouted at the boy.', ['"Oliver!"']),
    ('"Oklahoma!" the crowd roared as the team took the field.', ['"Oklahoma!"']),
    ('"Get Me Out Of Here!" she screamed.', ['"Get Me Out Of Here!"']),
    ('"I\'m a celebrity, get me a lawyer!" he joked.', ['"I\'m a celebrity, get me a lawyer!"']),
])
def test_words_of_a_shows_title_said_stay_quotes_guard(nlp: Language, text: str, expected: list[str]) -> None:
    assert [q["text"] for q in _quotes(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: slogans and speech in that order stay quotes.
    ('Protesters chanted "Free Palestine", followed by "Stop The War", outside the embassy.',
     ['"Free Palestine", followed by "Stop The War"']),
    ('"We will fight on," he said, followed by "We will never surrender."',
     ['"We will fight on,"', '"We will never surrender."']),
    ('"Thank You" from Ms Smith, followed by "Goodbye" from the minister, the paper said.',
     ['"Thank You" from Ms Smith, followed by "Goodbye"']),
])
def test_slogans_and_speech_in_order_stay_quotes_guard(nlp: Language, text: str, expected: list[str]) -> None:
    assert [q["text"] for q in _quotes(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: speech split by "and", title-cased words with a comma of speech, nicknames someone used, slogans.
    ('"We are ready," he said, "and we will win."', ['"We are ready,"', '"and we will win."']),
    ('"We Will Fight" and "We Will Win," he said.', ['"We Will Fight" and "We Will Win,"']),
    ('He said the plan was "dead on arrival" and "a disaster".', ['"dead on arrival" and "a disaster"']),
    ('Clinton cited his references to Machado as "Miss Piggy" and "Miss Housekeeping" at the debate.',
     ['"Miss Piggy" and "Miss Housekeeping"']),
])
def test_speech_and_nicknames_joined_by_and_stay_quotes(nlp: Language, text: str, expected: list[str]) -> None:
    assert [q["text"] for q in _quotes(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    # Review guard: a verb of speech right before the pair makes them words said or written, no titles.
    'Asked whether he would resign, Johnson said "Absolutely Not" and "Never".',
    'Trump wrote "Happy Birthday" and "Congratulations" in a post on Truth Social.',
    'Asked about the deal, the minister replied "Good Deal" or "Bad Deal", we will see.',
])
def test_a_pair_of_title_cased_quotes_after_a_verb_of_speech_stays_a_quote(nlp: Language, text: str) -> None:
    assert len(_quotes(nlp, text)) == 1


@pytest.mark.parametrize("text", [
    # Words cited as words, or a noun naming a kind of the noun after it in a sentence said by someone only after it.
    'The Super Heavy booster was caught by the launch tower\'s "chopstick" arms, the company said.',
    'The engines\' fuel switches moved to the "cutoff" position, a preliminary report released on Saturday said.',
    'The Supreme Court ruled that the terms "woman" and "sex" in the Equality Act 2010 refer to biological sex.',
])
def test_a_word_cited_as_a_word_is_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    # Closing note: set terms in quotes, even in a sentence with a verb of speech.
    'The drug lowers "bad" LDL cholesterol, Verve said in a statement.',
    'Western officials say Russia\'s "shadow fleet" of ageing tankers is being used to evade sanctions.',
])
def test_a_set_term_in_quotes_is_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    # Guards: a set term's words inside a sentence said, and another quoted adjective, stay quotes.
    '"The shadow fleet is a threat to us all," the minister said.',
    'A "suspicious" fire devastated the church, the minister said.',
])
def test_a_set_term_in_quotes_is_no_quote_guard(nlp: Language, text: str) -> None:
    assert len(_quotes(nlp, text)) == 1


@pytest.mark.parametrize("text", [
    # Review nrevkpq: a set term said as an answer, its comma or stop inside its marks at a sentence's or a colon's
    # start, stays the speaker's quote.
    '"Shadow fleet," the minister said when asked what worried him most.',
    'Asked what worried him most, the minister said: "Shadow fleet."',
])
def test_a_set_term_said_as_an_answer_stays_a_quote_guard(nlp: Language, text: str) -> None:
    assert len(_quotes(nlp, text)) == 1


@pytest.mark.parametrize("text", [
    # A status or rating changed between two quoted labels is no one's words, a verb of speech or not.
    'The European bison has been moved from "vulnerable" to "near threatened" on the IUCN Red List, the IUCN said.',
    'The agency cut the country\'s outlook from "stable" to "negative", Moody\'s said on Friday.',
])
def test_two_labels_of_a_change_from_one_to_the_other_are_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    # Guards: "from ... to" inside one quote, and long quoted phrases on either side, stay quotes.
    'Protesters said the mood had turned "from despair to anger" after the vote.',
    'The striker said the season went from "a dream come true" to "the worst year of my life," the club said.',
    # rev3: a speaker's pronoun in a short label makes both words said.
    'The mood in the dressing room shifted from "we can win" to "we are done", the captain said.',
    'She said her feelings went from "I hate this" to "I love it" over the summer.',
])
def test_a_change_from_one_to_the_other_in_words_said_stays_a_quote_guard(nlp: Language, text: str) -> None:
    assert len(_quotes(nlp, text)) == 1


def test_a_set_term_opening_a_quote_split_by_its_speaker_stays_a_quote_guard(nlp: Language) -> None:
    """Guard (review nrevkpq): '"Forever chemicals," said Dr Ian Cousins, "are in ..."' keeps its first piece."""
    text = '"Forever chemicals," said Dr Ian Cousins, "are in the blood of almost every person on Earth."'
    assert any(q["text"].startswith('"Forever chemicals') for q in _quotes(nlp, text))


def test_guard_the_words_someone_said_are_their_quote(nlp: Language) -> None:
    # PolNeAR's gold quote: a verb of saying before "the words" makes the word the subject's, no term cited.
    quotes = _quotes(nlp, "Obama said the words \u201clump\u201d the good Muslims with the bad.")
    assert [q["text"] for q in quotes] == ["\u201clump\u201d"]


@pytest.mark.parametrize("text", [
    # Guards: one word someone said, after their verb of speech, or after an owner who may have said it.
    'The minister said the "reckless" plan would fail.',
    'Trump attacked his "disgusting" critics on Friday.',
    'The plan is "reckless", the minister said.',
    'He called it "madness" and walked out.',
    'A "suspicious" fire devastated the church on Friday night, the church\'s minister said.',
])
def test_guard_one_word_said_stays_a_quote(nlp: Language, text: str) -> None:
    assert len(_quotes(nlp, text)) == 1


@pytest.mark.parametrize("text", [
    # A gamer's handle in any case between a given name and a surname is a nickname, no quote.
    'Head coach Jamie "keita" Hall praised Freddy "KRIMZ" Johansson.',
    'G2 Esports signed Danish rifler Casper "cadiaN" Møller on a two-year deal, the team said.',
    'Natus Vincere signed Oleksandr "s1mple" Kostyliev, and Cloud9 confirmed that Denis "electronic" Sharipov would '
    'leave.',
])
def test_a_gamers_handle_inside_a_name_is_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    # Guards: a quoted word after a full name and before a verb, or between a name and a day.
    'John Smith "strongly" denied the claims.',
    'Trump called Clinton "crooked" Monday in a speech.',
])
def test_guard_one_word_beside_a_name_that_is_no_handle_stays_a_quote(nlp: Language, text: str) -> None:
    assert len(_quotes(nlp, text)) == 1


@pytest.mark.parametrize("text", [
    'Dear Abby: My husband, "Gary," has started spending every weekend at his mother\'s house.',
    'Ask Amy: My daughter "Jessie" wants to drop out of college.',
    'My sister, "Beth," says I should leave him.',
])
def test_a_given_name_in_quote_marks_after_a_relative_is_a_pseudonym_not_a_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


def test_guard_words_in_quote_marks_after_a_relative_stay_a_quote(nlp: Language) -> None:
    quotes = _quotes(nlp, 'Her husband, "We will never give up," told reporters outside the court.')
    assert [q["text"] for q in quotes] == ['"We will never give up,"']


def test_a_letters_salutation_and_reference_are_no_part_of_the_speaker(nlp: Language) -> None:
    from services.nlp.pipeline import enrich

    text = ('Sir, Simon Jenkins (Opinion, 28 November) argues that HS2 should be scrapped north of Birmingham "before '
            'another penny is wasted".')
    [quote] = enrich(nlp, text)["quotes"]
    assert quote["speaker"]["text"] == "Simon Jenkins"


@pytest.mark.parametrize("text", [
    'The minister said funding would be cut by "hundreds of thousands" over the next two years, officials said.',
    'The deal would cost taxpayers up to "tens of billions", critics said.'])
def test_a_vague_figure_in_quotation_marks_is_no_quote(nlp: Language, text: str) -> None:
    assert extract_quotes(nlp(text)) == []


@pytest.mark.parametrize(("text", "quote"), [
    # guards: a figure said alone, and a figure with a noun after it, are someone's words
    ('Asked how many would lose out, the minister said: "Hundreds of thousands."', '"Hundreds of thousands."'),
    ('The charity said the cuts would cost "millions of lives", its director said.', '"millions of lives"')])
def test_a_figure_said_alone_or_with_its_noun_stays_a_quote_guard(nlp: Language, text: str, quote: str) -> None:
    assert [q["text"] for q in extract_quotes(nlp(text))] == [quote]


@pytest.mark.parametrize("text", [
    'In China, "Ne Zha 2" has grossed 12.3 billion yuan ($1.69 billion), according to ticketing platform Maoyan.',
    'The studio said "Wicked" had earned $500 million worldwide by Sunday.'])
def test_a_title_before_a_perfects_verb_is_no_quote(nlp: Language, text: str) -> None:
    assert extract_quotes(nlp(text)) == []


@pytest.mark.parametrize(("text", "quote"), [
    ('"We Will Fight On" has said it all, the coach said after the defeat.', '"We Will Fight On"'),
    # a perfect of no takings: said words (the guards of test_title_cased_speech_near_titles_stays_speech)
    ('Biden said "Trickle-Down Economics" has failed working families.', '"Trickle-Down Economics"')])
def test_words_before_a_perfect_of_no_takings_still_a_quote_guard(nlp: Language, text: str, quote: str) -> None:
    assert [q["text"] for q in extract_quotes(nlp(text))] == [quote]


@pytest.mark.parametrize("text", [
    # Helper fixC: a ring name in quotes before the surname was a quote of the fighter's.
    '"Sugar Sean" O\'Malley said he would fight again in December.',
    '"Iron Mike" Tyson returned to the ring in Texas.',
])
def test_a_nickname_in_quotes_before_a_surname_is_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(("text", "quoted"), [
    # Guards: a word said before the speaker's name stays a quote, with or without its comma.
    ('"Absolutely," Smith said on Monday.', '"Absolutely,"'),
    ('"Never" Johnson said twice, when asked.', '"Never"'),
])
def test_guard_a_word_said_before_a_surname_stays_a_quote(nlp: Language, text: str, quoted: str) -> None:
    assert [q["text"] for q in _quotes(nlp, text)] == [quoted]
