"""The whole enrichment as a plain function on the seed articles."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from marshmallow import ValidationError

from services.core.schemas import Enrichment
from services.nlp.doctext import LONG_RUN_CHARS, remember_text
from services.nlp.furniture import credit_agency_spans, furniture_ranges, with_datelines_apart
from services.nlp.pipeline import _finish, _parse, analyse, enrich, enrich_many


def test_seed_000_enrichment_has_every_part_with_true_offsets(nlp, seed_texts):
    text = seed_texts["000"]
    result = enrich(nlp, text)
    assert Enrichment().validate(result) == {}
    healey = [e for e in result["entities"] if e["text"] == "John Healey"]
    assert healey and healey[0]["label"] == "PERSON"
    assert text[healey[0]["start"]:healey[0]["end"]] == "John Healey"
    assert text.index("John Healey") == healey[0]["start"]
    for part in ("entities", "quotes", "money", "figures"):
        assert all(text[x["start"]:x["end"]] == x["text"] for x in result[part]), part
    assert all(text[s["start"]:s["end"]] == s["text"] for s in result["summary"]["sentences"])
    assert result["language"] == "en" and result["note"] is None


def test_summary_length_is_configurable(nlp, seed_texts):
    # At most the configured count; the summarizer also stops at a word budget, so it may use fewer.
    counts = [len(enrich(nlp, seed_texts["000"], summary_sentences=n)["summary"]["sentences"]) for n in range(1, 6)]
    assert counts[0] == 1
    assert all(c <= n for c, n in zip(counts, range(1, 6), strict=True))
    assert counts == sorted(counts) and counts[-1] > 1


def test_summary_can_be_capped_in_characters(nlp, seed_texts):
    text = seed_texts["000"]
    summary = enrich(nlp, text, summary_sentences=3, summary_chars=200)["summary"]
    assert 0 < len(summary["text"]) <= 200
    assert all(text[s["start"]:s["end"]] == s["text"] for s in summary["sentences"])


def test_declared_or_detected_foreign_language_is_not_analysed(nlp):
    spanish = "El presidente del Gobierno anunció ayer en Madrid un nuevo paquete de ayudas para las familias."
    result = enrich(nlp, spanish)
    assert result["language"] == "es" and result["entities"] == [] and "not supported" in result["note"]
    assert "(detected, confidence " in result["note"]
    declared = enrich(nlp, "John Healey met Boris Pistorius in Berlin.", language="fr")
    assert declared["language"] == "fr" and declared["entities"] == []
    # The identifier's confidence is in another language: it says nothing of the declared one.
    assert "(declared by the client)" in declared["note"] and "confidence" not in declared["note"]


def test_a_text_declared_english_is_analysed_whatever_the_identifier_says(nlp):
    # Known wrong (fixA, 12-07): a short sentence of foreign names, declared English, was skipped as Uzbek.
    text = "Uzbek President Shavkat Mirziyoyev met Sadyr Japarov in Tashkent."
    # "en-GB-oed" a grandfathered tag (English of the OED's spelling); "eng" ISO 639-2's code (guard).
    for declared in ("en", "en-GB", "en-GB-oed", "eng"):
        result = enrich(nlp, text, language=declared)
        assert result["language"] == "en" and result.get("note") is None, result.get("note")
        assert {(e["text"], e["label"]) for e in result["entities"]} >= {
            ("Shavkat Mirziyoyev", "PERSON"), ("Sadyr Japarov", "PERSON"), ("Tashkent", "GPE")}, result["entities"]


@pytest.mark.parametrize("declared", ["enq", "enm", "enq-PG"])
def test_a_language_that_only_begins_like_en_is_not_english(nlp, declared):
    # A declared tag was English when it began with "en": "enq" (Enga) and "enm" (Middle English) were analysed.
    result = enrich(nlp, "John Healey met Boris Pistorius in Berlin.", language=declared)
    assert result["language"] == declared and result["entities"] == [] and "(declared by the client)" in result["note"]


def test_guard_an_undeclared_text_is_still_identified(nlp):
    # guard: with no language declared the identifier still decides (this sentence reads as Uzbek to it).
    result = enrich(nlp, "Uzbek President Shavkat Mirziyoyev met Sadyr Japarov in Tashkent.")
    assert result["language"] != "en" and result["entities"] == [] and "(detected, confidence " in result["note"]


def test_speakers_are_linked_to_canonical_entities(nlp, seed_texts):
    result = enrich(nlp, seed_texts["000"])
    ids = {g["entity_id"] for g in result["entity_groups"]}
    linked = [q["speaker"] for q in result["quotes"] if q["speaker"] and q["speaker"]["entity_id"]]
    assert linked and all(s["entity_id"] in ids for s in linked)


def test_a_speakers_surname_with_a_typographic_apostrophe_is_the_speaker(nlp):
    text = ("Ryanair chief executive Michael O\u2019Leary said fares would rise 10% this summer. \u201cPrices are "
            "going up,\u201d O\u2019Leary said in Dublin.")
    speaker = enrich(nlp, text)["quotes"][0]["speaker"]
    assert (speaker["text"], speaker["name"]) == ("O\u2019Leary", "Michael O\u2019Leary"), speaker


def test_a_name_that_only_describes_a_speaker_is_not_the_speaker(nlp):
    def speaker(text: str) -> tuple[str, str | None]:
        found = enrich(nlp, text)["quotes"][0]["speaker"]
        return found["name"], found["entity_id"] and found["name"]

    assert speaker('"We will win," the Ukrainian president said on Tuesday in a speech.') == \
        ("the Ukrainian president", None)
    assert speaker('"It was a good meeting," the Indiana governor said after the talks.') == \
        ("the Indiana governor", None)
    assert speaker('"We will not back down," the 10 ministers wrote in a joint letter.') == ("the 10 ministers", None)
    assert speaker('"It hurts, of course," the Spaniard said after the final.') == ("the Spaniard", None)
    assert speaker('The bill passed. "This is a disgrace," the New York Democrat said.') == \
        ("the New York Democrat", None)
    assert speaker('The talks ended. "We reject this," the Democrats said in a statement.') == \
        ("Democrats", "Democrats")
    # The name at the head of the description still speaks.
    assert speaker('"Sales were strong this quarter," a spokesman for Apple said on Monday.') == ("Apple", "Apple")
    # A bare apostrophe's possessor is no speaker either, and where the words were said is no part of who said them.
    assert speaker('"The evidence is clear," said Mr. Davis\' attorney outside the courthouse.') == \
        ("Mr. Davis' attorney", None)


@pytest.mark.parametrize(("text", "wanted"), [
    # Guards from the review of the rule above: the speaker named after the words of nearness speaks.
    ('"It sounded like a bomb going off," said a resident living close to the site, Margaret Brown. "I was shaking," '
     'she added.', [("Margaret Brown", True), ("Margaret Brown", True)]),
    ('"He is innocent," said a lawyer for the defendant, Mr Gulati, after the hearing.', [("Gulati", True)]),
    ('"We will appeal," said a lawyer for the Nichols family Ben Crump at a news conference.', [("Ben Crump", True)]),
    ('"The evidence is overwhelming," attorney for the plaintiffs Roberta Kaplan told the jury.',
     [("Roberta Kaplan", True)]),
    ('Adviser to the Prime Minister Lord Walney said: "Extremism must be tackled."', [("Walney", True)]),
    # And still not where the source is anonymous or the name another of the person's.
    ('"He is furious," a source close to the president, Joe Biden, said.',
     [("a source close to the president", False)]),
])
def test_a_speaker_named_after_the_words_of_nearness_is_the_speaker(nlp, text, wanted):
    speakers = [q["speaker"] for q in enrich(nlp, text)["quotes"]]
    assert [(speaker["name"], speaker["entity_id"] is not None) for speaker in speakers] == wanted


def test_an_anonymous_source_close_to_a_person_is_not_that_person_who_still_speaks_as_himself(nlp):
    def speakers(text: str) -> list[tuple[str, bool]]:
        return [(q["speaker"]["name"], q["speaker"]["entity_id"] is not None) for q in enrich(nlp, text)["quotes"]]

    source = "a source close to Prime Minister Keir Starmer"
    assert speakers(f'Keir Starmer visited Leeds. "We will not back down," {source} said on Monday.') == \
        [(source, False)]
    # A pronoun after the source's quote is the source's, not the person named in the source's description.
    assert speakers(f'"We will not back down," said {source}. "It is over," he added.') == \
        [(source, False), (source, False)]
    # The person himself, or with "close to" said of something else, still speaks.
    assert speakers('"We will not back down," Keir Starmer said on Monday.') == [("Keir Starmer", True)]
    assert speakers('"We will not back down," Starmer, speaking close to the border, said.') == [("Starmer", True)]
    # A role's name in apposition is the speaker's: only an anonymous source stays unnamed.
    assert speakers('"We will appeal," a lawyer for the family, Ben Crump, said.') == [("Ben Crump", True)]
    # A role written capitalised inside the phrase is a title: the person named after it speaks.
    assert speakers('"We will prosecute," U.S. Attorney for the Southern District of New York Damian Williams said.') \
        == [("Damian Williams", True)]


@pytest.mark.parametrize(("text", "name"), [
    ('"Rates will stay high for longer," said Ryoichi Nomura, chief economist at Mizuho Securities.', "Ryoichi Nomura"),
    ('"Demand is strong," said PB Balaji, group chief financial officer of Tata Motors.', "PB Balaji"),
    ('"The deal is done," the chief economist at Mizuho Securities, Ryoichi Nomura, said.', "Ryoichi Nomura"),
    # A description first, the name after the comma.
    ('"We will appeal," said Smith\'s lawyer, attorney Jane Roe.', "Jane Roe"),
    ('"It matters," said Baker\'s wife, former senator Mary Baker.', "Mary Baker"),
    # The employer before the role, the small model calling it a person.
    ('"The sending-off changed everything," said Ashford manager Steve Brannigan. Ashford Town lost 3-1 on Saturday.',
     "Steve Brannigan"),
    ('Kaltenbach Chemie chief executive Dr Bernd Hollmann said the company was "deeply shocked" by the blast.',
     "Bernd Hollmann"),
    # The possessor is not the speaker, and the name in apposition is.
    ('"This is a very dark day for Rheinfeld," the town\'s mayor, Claudia Reimers, told reporters near the gates.',
     "Claudia Reimers"),
    # A possessive written as a bare apostrophe after an "s" (AP style).
    ('"I miss him," Brooks\' mother, Tamika Brooks, said. Jaylen Brooks was 16.', "Tamika Brooks"),
    # A name the model missed before a country's or a body's role (QA qa1: was "Chandni Raina, India's delegate").
    ('"This is a paltry sum," said Chandni Raina, India\'s delegate.', "Chandni Raina"),
    # Guard: a description before the comma is no name ("the minister" stays the speaker's words).
    ('"We are shocked," said Albert Bourla, Pfizer\'s chairman and chief executive.', "Albert Bourla"),
])
def test_a_speaker_described_by_an_employer_is_the_person_not_the_employer(nlp, text, name):
    speaker = enrich(nlp, text)["quotes"][0]["speaker"]
    assert speaker["name"] == name


@pytest.mark.parametrize(("text", "name"), [
    # The age after a name is no part of it (was "Jones, 52"); the age after a surname makes the whole name a
    # person's ("Tyson Fury" was an organisation, and the quote's "Fury" no entity).
    ('"The building is unsafe," Jones, 52, told the Guardian.', "Jones"),
    ('Tyson Fury lost on Saturday. "I thought I won the fight," Fury, 36, told DAZN after the bout in Riyadh.',
     "Tyson Fury"),
    # The model's place "Miocic": with an age after it, a person, and the man who said it (was Jon Jones), named in
    # full (the model's firm "Stipe" takes in his surname).
    ("Jon Jones retains heavyweight title with third-round stoppage of Miocic\nNEW YORK — Jon Jones knocked out "
     "Stipe Miocic in the third round at UFC 309 on Saturday night.\nMiocic, 42, announced his retirement after the "
     "fight. \"That's it for me. I'm done,\" he said in the octagon.", "Stipe Miocic"),
])
def test_a_speakers_age_is_no_part_of_the_name(nlp, text, name):
    result = enrich(nlp, text)
    speaker = result["quotes"][0]["speaker"]
    assert speaker["name"] == name
    if " " in name:
        assert (name, "PERSON") in {(g["name"], g["label"]) for g in result["entity_groups"]}


_REPORT = ("John Healey visited the bus depot in Leeds on Tuesday after months of debate about the network. "
           "Healey said the new routes would cut travel times for commuters.")


@pytest.mark.parametrize(("text", "words", "names"), [
    ("Photo: Getty Images\n\nAdvertisement\n\nBy Jane Doe, Staff Writer\n\n" + _REPORT,
     ("getty", "advertisement", "writer", "photo"), ("Jane Doe",)),
    (_REPORT + "\n\nReporting by Noel Randewich in Oakland; Editing by Leslie Adler and Peter Lee",
     ("randewich", "adler", "peter lee", "editing"), ("Noel Randewich", "Leslie Adler")),
    # The same in brackets, as Reuters writes it; links under "Read more:" and "RELATED:"; a call to follow.
    (_REPORT + "\n\n(Reporting by Tom Hals in Wilmington, Delaware; Editing by Noeleen Walder)\n(Additional "
     "reporting by Jane Doe in Washington)", ("hals", "wilmington", "walder", "editing", "jane doe"),
     ("Tom Hals", "Noeleen Walder", "Jane Doe")),
    (_REPORT + "\n\nRead more: Why organ waiting lists are growing\nRELATED: Organ donation rates hit record high",
     ("organ", "waiting lists", "donation"), ()),
    (_REPORT + "\n\nFollow us on Twitter and Instagram", ("twitter", "instagram"), ("Twitter", "Instagram")),
    ("By Christopher Rugaber\nAP Economics Writer\n\n" + _REPORT, ("rugaber", "writer"),
     ("Christopher Rugaber", "AP Economics Writer")),
    ("By Jacob Steinberg at the Emirates Stadium\n\n" + _REPORT, ("steinberg", "emirates"), ("Jacob Steinberg",)),
    ("The writer is a former member of the Bank of England's Monetary Policy Committee\n\n" + _REPORT,
     ("writer", "member", "committee"), ()),
    (_REPORT + "\n\nALSO READ: Apple AGM date announced\nAlso Read:\nMicrosoft unveils a new laptop\n\nSOURCE "
     "Halvorsen Robotics", ("apple", "agm", "microsoft", "laptop", "halvorsen"), ("Halvorsen Robotics",)),
])
def test_page_furniture_and_sign_offs_give_no_key_phrases_and_no_salient_entity(nlp, text, words, names):
    result = enrich(nlp, text)
    phrases = " ".join(k["text"] for k in result["keyphrases"]).lower()
    assert "bus depot" in phrases and not any(w in phrases for w in words)
    salience = {g["name"]: g["salience"] for g in result["entity_groups"]}
    assert all(salience[name] < min(salience["John Healey"], salience["Leeds"]) for name in names if name in salience)


def test_a_caption_gives_no_quote_and_the_links_under_related_topics_no_key_phrases(nlp):
    text = ('Reeves unveils welfare cuts\n\nImage caption, Rachel Reeves said the welfare system was "not working '
            'for anyone"\n\nChancellor Rachel Reeves set out plans on Tuesday to cut the welfare budget by £5bn, '
            'saying the system was "not working for anyone". Labour MPs said the cuts to disability payments would '
            "push families into poverty.\n\nRelated Topics\nLabour Party\nRachel Reeves\nWelfare reform\nDisability")
    result = enrich(nlp, text)
    assert [q["start"] for q in result["quotes"]] == [text.rindex('"not working')]
    phrases = set(k["text"] for k in result["keyphrases"])
    assert "welfare budget" in phrases and not {"Welfare", "Disability", "Labour Party", "Welfare reform"} & phrases


def test_a_caption_sentence_before_its_credit_gives_no_quote(nlp):
    # Seed 000: the caption's quote, in single marks, was listed beside the body's, in double ones.
    text = ("Germany’s defence minister, Boris Pistorius, said Ukraine was at the “epicentre of a broader "
            "conflict”.\n\nBoris Pistorius signs a document at a meeting\nGermany’s Boris Pistorius said Ukraine "
            "was at the ‘epicentre of a broader conflict’. Photograph: Omar Havana/Getty\n\n“It is between freedom and "
            "oppression,” Pistorius said.")
    quotes = enrich(nlp, text)["quotes"]
    assert [q["start"] for q in quotes] == [text.index("“epicentre"), text.index("“It is")]


@pytest.mark.parametrize("opening", ["Image copyright", "IMAGE COPYRIGHT", "Photo captıon", "Photo ©", "Photo |",
                                     "Photograph:"])
def test_a_credit_in_a_text_with_curly_quotes_names_its_agency(opening):
    # A text outside ASCII is searched case-blind, after a cheap look for what an opening holds (a colon, a bar, "©",
    # "capt", "copyr"): each kind of opening still found, "captıon" with a dotless i too, as the case-blind search
    # matches it.
    text = f"Pistorius said it was the ‘epicentre’.\n{opening} Getty Images"
    assert [text[start:end] for start, end in credit_agency_spans(text)] == ["Getty Images"]


def test_a_credit_in_a_text_with_curly_quotes_guard():
    """Guard: an agency's name on a line with no credit's opening is no credit."""
    assert credit_agency_spans("Pistorius said it was the ‘epicentre’.\nGetty Images") == []


def test_a_quote_in_a_sentence_before_a_credits_caption_stays_guard(nlp):
    """Guard: only the sentence the credit follows is its caption; a quote in one before it on the line stays."""
    text = ("“We will rebuild,” the mayor said. Firefighters at the scene on Tuesday. Photograph: Omar Havana/Getty\n\n"
            "The fire destroyed three homes in the village.")
    assert [q["text"] for q in enrich(nlp, text)["quotes"]] == ["“We will rebuild,”"]


def test_the_headlines_of_other_stories_under_the_article_name_no_entities_of_it(nlp):
    text = ("Chancellor Rachel Reeves set out plans on Tuesday to cut the welfare budget by £5bn. Labour MPs said the "
            "cuts would push families into poverty.\n\nArticles You May Like\n\nHow the AI boom catapulted Nvidia "
            "into tech's big league\nCurrys rejects higher takeover bid from Elliott\nUK Speaker Hoyle faces calls to "
            "quit after Commons chaos")
    result = enrich(nlp, text)
    names = {g["name"] for g in result["entity_groups"]}
    assert "Rachel Reeves" in names and not {"Nvidia", "Currys", "Elliott", "Hoyle", "Commons"} & names, names


@pytest.mark.parametrize("links", [
    "Read more: Why the Fed is in no hurry to cut rates\nRelated: Oil slips as OPEC+ weighs output hike",
    'Related coverage:\n- Fed\'s Powell says rate cuts likely "at some point this year"\n- Treasury yields climb '
    "after strong jobs data",
])
def test_links_to_other_stories_give_no_entities_quotes_or_key_phrases(nlp, links):
    text = (f"{links}\nBrent crude fell $1.12, or 1.4%, to $81.40 a barrel on Tuesday, while U.S. West Texas "
            "Intermediate crude lost 98 cents to $77.05. Gold was steady at $2,034.50 an ounce.")
    result = enrich(nlp, text)
    names = {g["name"] for g in result["entity_groups"]}
    phrases = " ".join(k["text"] for k in result["keyphrases"])
    assert "U.S." in names and not {"Fed", "OPEC+", "Powell", "Treasury"} & names, names
    assert result["quotes"] == [] and not any(w in phrases for w in ("Fed", "OPEC", "Treasury", "rate cuts"))


@pytest.mark.parametrize(("text", "words"), [
    ("Correction: An earlier version of this story misspelled the name of Kenya's finance minister. He is Njuguna "
     "Ndung'u.", {"Correction"}),
    ("Hit list: 5 restaurants to try in Lagos this month\n1. Nok by Alara – Chef Pat Rosenfeld serves jollof risotto "
     "for ₦18,000.\n2. Terra Kulture – The Victoria Island favourite now opens on Sundays.", {"Hit list"}),
    ("Q&A with Dr Fiona Hill\nQ: Is Vladimir Putin winning?\nA: He thinks he is. Putin believes the West will tire "
     "before Russia does.", {"Q&A"}),
    ("Q. Minister Nirmala Sitharaman, will the fiscal deficit target be met?\nA. Yes. We will bring it down to 5.1% "
     "of GDP this year.\nQ. And the states?\nA. They have been given 50-year interest-free loans.", {"Q.", "A."}),
    ("Caption: Mumbai Indians captain Hardik Pandya with coach Mark Boucher during practice on Monday.\nMumbai "
     "Indians have lost their first three matches of the season under Pandya.", {"Caption"}),
])
def test_labels_and_interview_marks_are_no_key_phrases(nlp, text, words):
    phrases = {k["text"] for k in enrich(nlp, text)["keyphrases"]}
    assert phrases and not words & phrases, phrases


def test_an_interviews_mark_is_cut_from_the_name_after_it(nlp):
    text = ("Q. Minister Nirmala Sitharaman, will the fiscal deficit target be met?\nA. Yes. We will bring it down to "
            "5.1% of GDP this year.")
    assert "Nirmala Sitharaman" in {k["text"] for k in enrich(nlp, text)["keyphrases"]}


def test_the_section_and_site_after_a_page_title_name_no_entities(nlp):
    text = ("US keeps talking to Putin despite the allies' mistrust | International | EUROtoday\n\nThe American envoy "
            "Steve Witkoff met Vladimir Putin in St. Petersburg on Friday to relaunch talks on a truce in Ukraine.")
    names = {g["name"] for g in enrich(nlp, text)["entity_groups"]}
    assert {"Steve Witkoff", "Vladimir Putin"} <= names and not {"International", "EUROtoday"} & names, names


@pytest.mark.parametrize("dateline", ["LONDON (Reuters) - ", "LONDON/NEW YORK, March 4 (Reuters) - "])
def test_a_dateline_gives_no_key_phrase_and_does_not_lead_the_entities(nlp, dateline):
    text = (f"{dateline}The Bank of England raised interest rates on Thursday to fight inflation, the "
            "central bank said. Economists had expected the rise.")
    result = enrich(nlp, text)
    phrases = [k["text"] for k in result["keyphrases"]]
    assert "interest rates" in phrases and not {"LONDON", "NEW YORK", "Reuters"} & set(phrases)
    assert result["entity_groups"][0]["name"] == "Bank of England"


_PILL = "Pfizer Inc said on Monday its obesity pill helped patients lose weight in a trial."


@pytest.mark.parametrize(("text", "name", "label"), [
    # After "NEW YORK - " or "(Reuters) — " the model ran the dateline into the next words: no Pfizer, no Wipro.
    ("NEW YORK - " + _PILL, "Pfizer Inc", "ORG"),
    ("NEW YORK, April 30 (Reuters) - " + _PILL, "Pfizer Inc", "ORG"),
    ("BENGALURU (Reuters) — Wipro reported a 20% drop in quarterly profit on Friday.", "Wipro", "ORG"),
    # The model missed the dateline's city before a dash, and the agency once the dateline stood apart.
    ("CLEVELAND, Ohio — " + _PILL, "Cleveland", "GPE"),
    ("Pill helps patients lose weight\nCLEVELAND, Ohio — " + _PILL, "Cleveland", "GPE"),
    ("WASHINGTON (AP) — The Latest on the U.S. presidential race (all times EDT):", "AP", "ORG"),
])
def test_a_name_after_a_dateline_and_the_datelines_names_are_found(nlp, text, name, label):
    assert (name, label) in {(g["name"], g["label"]) for g in enrich(nlp, text)["entity_groups"]}


@pytest.mark.parametrize("text", [
    "TENNIS - Nadal beats Djokovic to reach final\nRafael Nadal beat Novak Djokovic on Friday.",
    "LONDON (UPDATED) - The Bank of England raised rates on Thursday.",
    "PARIS (Video) - Protesters clashed with police in Paris on Saturday.",
])
def test_a_slug_or_a_label_in_a_dateline_is_no_name(nlp, text):
    names = {g["name"].lower() for g in enrich(nlp, text)["entity_groups"]}
    assert not names & {"tennis", "explainer", "updated", "video"}


def test_only_a_dateline_before_a_word_is_set_apart():
    assert with_datelines_apart("NEW YORK - Pfizer said") == "NEW YORK —\nPfizer said"
    assert with_datelines_apart("Head\nCLEVELAND, Ohio — Doctors said") == "Head\nCLEVELAND, Ohio —\nDoctors said"
    assert with_datelines_apart("LONDON -- Shares fell") == "LONDON --\nShares fell"
    # Not a slug in capitals before a headline, which reads as a dateline but names no place.
    for text in ("A FIRE - BOMB attack hit a bank", "BREAKING NEWS - 3 DEAD", "KARACHI:  The bank said",
                 "TENNIS - Nadal beats Djokovic to reach final", "EXCLUSIVE - Tesla plans cheaper car",
                 "Lahore - The Punjab government said", "He said - and meant it - that NEW YORK - Pfizer"):
        assert with_datelines_apart(text) == text


def _without_timing(enrichment: dict) -> dict:
    return {k: v for k, v in enrichment.items() if k != "processing_ms"}


def test_a_long_run_without_spaces_is_one_token_and_offsets_still_index_the_text(nlp):
    # spaCy's tokenizer split 15,000 quotation marks in a row one at a time, each time scanning the rest (21 s).
    text = "Officials said the rally was calm. " + "“" * 15_000 + " Police agreed, said Anna Berg."
    doc = _parse(nlp, [text], ())[0]
    assert len(doc) < 20 and LONG_RUN_CHARS < 15_000
    result = enrich(nlp, text)
    assert all(text[m["start"]:m["end"]] == m["text"] for m in result["entities"])
    assert any(m["text"] == "Anna Berg" for m in result["entities"])


@pytest.mark.parametrize("mark", ["A", "$", "(", "“"])
def test_a_long_run_without_spaces_is_no_entity_or_key_phrase(nlp, mark):
    # Read as letters, every such run was an organisation "xxxx..." shared by all the articles that had one.
    run = mark * 5000
    text = "Officials said the rally was calm and orderly. " + run + " Police agreed, said Anna Berg of Acme Inc."
    result = enrich(nlp, text)
    assert all(m["end"] <= text.index(run) or m["start"] >= text.index(run) + len(run) for m in result["entities"])
    assert not any(run[:50] in k["text"] for k in result["keyphrases"])
    assert any(m["text"] == "Anna Berg" for m in result["entities"]) and result["summary"]["sentences"]


@pytest.mark.parametrize(("text", "name"), [
    ("Oppenheimer (15) ★★★★★ Christopher Nolan's three-hour biopic of J Robert Oppenheimer is a towering achievement.",
     "Christopher Nolan"),
    ("The Brutalist ★★★★☆ Brady Corbet's epic stars Adrien Brody as a Hungarian architect.", "Brady Corbet"),
    ("Gladiator II (15) ✩✩✩✭✭ Ridley Scott's sequel is loud and handsome but hollow.", "Ridley Scott"),
])
def test_a_name_after_rating_stars_is_found_at_its_place_in_the_text(nlp, text, name):
    # The model read the director after the stars as nothing; the stars are blanked for it, the text kept.
    result = enrich(nlp, text)
    found = [m for m in result["entities"] if m["text"] == name]
    assert found and found[0]["label"] == "PERSON" and found[0]["start"] == text.index(name)
    assert result["summary"]["text"] == text


def test_a_batch_gives_each_article_what_it_gets_alone(nlp, seed_texts):
    german = ("Der Bundeskanzler hat heute in Berlin eine lange Rede über die Lage in der Ukraine gehalten und dabei "
              "die Unterstützung der Regierung bekräftigt.")
    articles = [(seed_texts["000"], None), (german, None), (seed_texts["003"], "en"), (seed_texts["001"], "fr")]
    batch = enrich_many(nlp, articles)
    alone = [enrich(nlp, text, language=language) for text, language in articles]
    assert [_without_timing(b) for b in batch] == [_without_timing(a) for a in alone]
    assert [b["language"] for b in batch] == ["en", "de", "en", "fr"]
    assert all(b["processing_ms"] > 0 for b in batch)
    assert enrich_many(nlp, []) == []


ROOT = Path(__file__).resolve().parents[2]

# Run in a process of its own: in the test process the heap holds whatever earlier tests left, and a parse can
# reuse those free pages without growing at all. Parses after the first are measured; now and then one reuses
# pages the trim left resident and hardly grows (seen once in a full run: 7 of the usual 70 MiB), so the one that
# grew most of three is reported.
_LONG_PARSE = """
import json, sys
import psutil
from services.nlp.memory import keep_heap_while_busy, return_free_memory
from services.nlp.model import load_model
from services.nlp.pipeline import enrich
keep_heap_while_busy()  # as a worker: freed blocks stay in the heap until the trim, so what a parse held is measurable
nlp, text, process = load_model(), sys.stdin.read(), psutil.Process()
enrich(nlp, text)  # what the first parse keeps for good (caches filled, the model's lazy set-up) is not measured
return_free_memory()
rounds = []
for _ in range(3):
    before = process.memory_info().rss
    enrich(nlp, text)
    held = process.memory_info().rss - before
    trimmed = return_free_memory()
    rounds.append({"held": held, "kept": process.memory_info().rss - before, "trimmed": trimmed})
print(json.dumps(max(rounds, key=lambda r: r["held"])))
"""


def test_memory_a_long_article_took_goes_back_to_the_system(seed_texts):
    text = "\n\n".join(seed_texts.values())
    text = (text * (190_000 // len(text) + 1))[:190_000]  # near the largest text a deployment would allow
    run = subprocess.run([sys.executable, "-c", _LONG_PARSE], input=text, capture_output=True, text=True,
                         timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    measured = json.loads(run.stdout.strip().splitlines()[-1])
    held, kept = measured["held"], measured["kept"]
    assert measured["trimmed"], "glibc's malloc_trim is missing: the worker would keep a long parse's memory"
    # About 35 MiB. Under glibc's default thresholds (before the worker's are set, above) malloc gave back part of a
    # parse's memory by itself, the more so on a loaded machine: 67, 8 or 5 MiB, and the test failed as too short.
    assert held > 10 * 2**20, f"the parse held only {held >> 20} MiB: the text is too short to show anything"
    assert kept < held / 2, f"{kept >> 20} of {held >> 20} MiB still held after the trim"


def test_a_name_and_a_sum_typeset_with_no_break_spaces_are_found_whole(nlp):
    from services.core.schemas import ArticleIn

    text = ArticleIn().load({"text": "Rachel\u00a0Reeves pledged £2\u00a0bn for schools in Leeds."})["text"]
    result = enrich(nlp, text)
    assert [(e["text"], e["label"]) for e in result["entities"] if e["label"] == "PERSON"] == [("Rachel Reeves",
                                                                                                "PERSON")]
    assert [m["amount"] for m in result["money"]] == [2e9]


# Text built to be slow: thousands of amounts, or of quotes on one line without a full stop, each asked about
# every other one; a chain of hyphenated "a"s the number-word pattern backtracked over. Such a text of 60,000
# characters held a worker for 45 s (amounts) or many minutes (quotes, hyphens).
@pytest.mark.parametrize("unit", ["£1 ", '"Yes," said Smith. ', 'Smith said: "Yes." ', "“Yes” ", "“Yes,” she said ",
                                  "a-a ", "By Jane Doe\nThe council met in Leeds on Monday.\n"])
def test_analysis_grows_linearly_with_repeated_items(nlp, unit):
    from services.nlp import pipeline
    from services.nlp.stories import story_features
    from tests.unit.work import lines_run

    def analysis_lines(count: int) -> int:
        text = "Report\n\n" + unit * count
        doc = remember_text(nlp(text), text)
        return lines_run(lambda: story_features(text, pipeline.analyse(nlp, doc)), str(Path(pipeline.__file__).parent))

    analysis_lines(50)  # caches filled once per process are not growth
    assert analysis_lines(600) < 2.5 * analysis_lines(300)


def test_a_husbands_quotes_stay_his_where_only_his_wife_is_named_in_full(nlp):
    text = ('Michelle Obama spoke in Philadelphia on Tuesday. The Obama Foundation paid for the event. '
            '"It\'s about me," Mr. Obama said at a dinner on Saturday.')
    speaker = enrich(nlp, text)["quotes"][0]["speaker"]
    assert speaker["name"] != "Michelle Obama"


def test_lines_under_a_plain_topics_heading_and_a_line_opening_by_are_still_text(nlp):
    text = ("Budget explained\n\nThe chancellor set out the budget on Wednesday, raising taxes on employers.\n\n"
            "Topics\nIncome tax\nNational Insurance\nFuel duty\n\n"
            '"We have protected working people," the Chancellor said.\n\nBy Tuesday, "everything had changed", '
            "residents said")
    result = enrich(nlp, text)
    assert "Fuel duty" in [k["text"] for k in result["keyphrases"]]
    assert [q["text"] for q in result["quotes"]] == ['"We have protected working people,"', '"everything had changed"']



def test_a_police_rank_before_a_name_is_no_speaker_of_its_own(nlp):
    text = 'Det Insp Sarah Haigh, of West Yorkshire Police, said: "This was a planned and violent raid."'
    result = enrich(nlp, text)
    assert result["quotes"][0]["speaker"]["name"] == "Sarah Haigh"
    assert "Det Insp" not in [g["name"] for g in result["entity_groups"]]


@pytest.mark.parametrize(("text", "speakers"), [
    ('"This decision is a gut punch to millions of Americans," said Sen. Elizabeth Warren, D-Mass. Warren urged Biden '
     "to act.", ["Elizabeth Warren"]),
    # A person the model left out, named with a title before and "said" after.
    ('"Our cloud business is growing faster than any of our competitors," Chief Executive Safra Catz said in a '
     "statement. Catz added that spending would double.", ["Safra Catz"]),
    # An age alone names the person last spoken of.
    ("Jannik Sinner beat Taylor Fritz on Sunday to win the U.S. Open. Fritz said he was disappointed. \"I gave "
     'everything I had," the 26-year-old said.', ["Taylor Fritz"]),
    # The sentence after a quote that says whose message it was.
    ('"We will win." That was the message from coach Sarah Lane after the semi-final.', ["Sarah Lane"]),
    # An epithet of fame or sport names the person the sentence before is about.
    ("Lewis Hamilton, who will join Ferrari next season, could only manage ninth for Mercedes. \"We just don't have "
     'the pace," the seven-time world champion admitted.', ["Lewis Hamilton"]),
    # A nationality for a player named the sentence before (a people, "the French", is no one).
    ('Emma Raducanu lost in the second round. "It was a tough day," the Briton said.', ["Emma Raducanu"]),
    ('Rory McIlroy won the Masters by one stroke. "I\'ve waited a long time," the Northern Irishman said.',
     ["Rory McIlroy"]),
    ('The French have won the match. "We are happy," the French said.', ["French"]),
    # Not the rival named last; the one introduced by that nationality.
    ('Lewis Hamilton finished third. Max Verstappen won the race. "It was a difficult day," the Briton said.',
     ["the Briton"]),
    ('Briton Lewis Hamilton finished third. Max Verstappen won the race. "It was a difficult day," the Briton said.',
     ["Lewis Hamilton"]),
    # Nor the one named where the nationality went to someone unnamed, or where the quote speaks of them.
    ('Carlos Alcaraz beat the Briton in four sets. "He was too good today," the Briton said.', ["the Briton"]),
    ('Bayern beat Leipzig 3-1 as Harry Kane scored twice. "Harry is a machine," the Belgian told reporters.',
     ["the Belgian"]),
    # A body, a rank and a name: the person speaks.
    ('"This fire is moving faster than anything we\'ve seen," said Cal Fire Battalion Chief Jon Heggie.',
     ["Jon Heggie"]),
    ('"The plane was evacuated safely," said Denver Fire Department Capt. Mike Smith.', ["Mike Smith"]),
    ('"The deputy is in stable condition," said Harris County Sheriff Ed Gonzalez.', ["Ed Gonzalez"]),
    ('"We batted well," said England batter Ollie Pope, who shared a stand of 150 with Joe Root.', ["Ollie Pope"]),
    ('The U.S. Securities and Exchange Commission (SEC) chair Gary Gensler warned that crypto assets remain "highly '
     'speculative."', ["Gary Gensler"]),
    # Who said it, not who reports it; "according to" alone names the speaker.
    ('The minister said the talks were "very productive", according to Reuters.', ["The minister"]),
    ('The talks were "very productive", according to the minister.', ["the minister"]),
    # A news outlet relays its source's words.
    ('The Times reported that the talks were "close to collapse," according to a senior official.',
     ["a senior official"]),
    ('Smith wrote on social media that the decision was "a disgrace", according to a screenshot seen by the Guardian.',
     ["Smith"]),
    ("Officers responded to calls, arriving with teams trained for an “active shooter” situation, according to "
     "Commissioner Charles Ramsey.", ["Charles Ramsey"]),
])
def test_speakers_named_by_titles_tags_and_ages(nlp, text, speakers):
    assert [q["speaker"]["name"] for q in enrich(nlp, text)["quotes"]] == speakers


def test_a_speakers_name_with_a_particle_ends_before_the_description(nlp):
    text = '"It is a once-in-a-generation event," said Laurence des Cars, the Louvre\'s president.'
    assert [q["speaker"]["name"] for q in enrich(nlp, text)["quotes"]] == ["Laurence des Cars"]


@pytest.mark.parametrize("text", [
    # Someone the text introduced by the age alone.
    'Sheriff Tom Reed said the suspect fled on foot. The 30-year-old was later found hiding in a shed. "He gave up '
    'without a fight," Reed said. "I panicked," the 30-year-old said in a statement.',
    # No one named in the sentence before.
    'Firefighters rescued a toddler, Fire Chief Laura Grant said. A neighbour, who asked not to be named, ran inside. '
    '"I just heard screaming," the 45-year-old said.',
    'Detectives interviewed Jane Doe, 52. Her son, who has not been named, was charged. "I love my mother," the '
    '23-year-old said in court.',
    # An epithet with a name in it is someone else's ("the Liverpool striker"); an officer is brought in unnamed.
    'Mohamed Salah missed the game. "It was a great night," the Liverpool striker said.',
    'Mayor Karen Bass visited the scene. "He was calm," the officer said.',
    # An epithet of either of two people, or one the text gave someone unnamed before.
    'Jake Paul beat Mike Tyson on points in Texas. "I have no regrets," the veteran said.',
    'Police said John Smith followed the singer to her home. "I was terrified," the singer told the court.',
])
def test_an_age_alone_speaks_for_no_one_the_text_does_not_make_it(nlp, text):
    assert enrich(nlp, text)["quotes"][-1]["speaker"]["entity_id"] is None


_PAGE = ("Home | News | Sport | Business | Weather\nAccept all cookies | Manage preferences\n"
         "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.\n\n"
         "Share this article\nFacebook Twitter WhatsApp Email\n\n"
         "Councillors in Portwick have approved a £42m plan to rebuild the harbour wall after storms last winter "
         "damaged the quay. Council leader Priya Natarajan said the work would start in spring.\n\n"
         "© 2025 Northshire Gazette. All rights reserved.\nAccessibility Help | Contact Us | Privacy Policy")


def test_the_web_page_around_an_article_is_neither_entity_nor_summary(nlp):
    # Pasted with its page: "Manage" and "Facebook Twitter WhatsApp Email" were organisations, "Accessibility Help"
    # a person, and the summary opened with the cookie banner.
    result = enrich(nlp, _PAGE)
    names = {g["name"] for g in result["entity_groups"]}
    assert {"Portwick", "Priya Natarajan"} <= names
    assert not names & {"Manage", "Facebook Twitter WhatsApp Email", "Northshire Gazette", "Accessibility Help"}
    assert result["summary"]["text"].startswith("Councillors in Portwick")
    # A table's row is no navigation bar: its figures stay.
    table = enrich(nlp, "Party | Votes | Share\nLabour | 12,345 | 40%\nReform | 9,870 | 32%")
    assert {f["text"] for f in table["figures"]} >= {"40%", "32%"}


@pytest.mark.parametrize(("text", "speaker", "span"), [
    # A dateline speaks for no one: the subject after it does.
    ('MOSCOW, March 4 (Reuters) - Russia\'s foreign ministry on Monday said the vote would be "free and fair".',
     None, "Russia's foreign ministry"),
    # A live blog's time stamp is no part of the speaker.
    ('09:15 The Met Office issued a warning.\n\n11:10 Jersey\'s chief minister, Kristina Moore, said the island had '
     'suffered "significant damage".', "Kristina Moore", "Jersey's chief minister, Kristina Moore"),
    # Nor one with its zone, which the model calls an organisation: the parse's subject or the name beside it, on a
    # line of its own or in a blog of one line.
    ('10:02 GMT – Labour leader Keir Starmer says the budget is "a con on working people."', "Keir Starmer",
     "Labour leader Keir Starmer"),
    ('Live: 09:15 BST – The Spanish Congress has approved the amnesty law. 09:40 BST – Partido Popular leader Alberto '
     'Núñez Feijóo calls the vote "a humiliation."', "Alberto Núñez Feijóo",
     "Partido Popular leader Alberto Núñez Feijóo"),
])
def test_line_furniture_is_no_speaker(nlp, text, speaker, span):
    found = enrich(nlp, text)["quotes"][0]["speaker"]
    assert found["text"] == span and (speaker is None or found["name"] == speaker), found


def test_a_speakers_phrase_ends_before_a_quote_that_is_no_speech(nlp):
    text = 'Pelosi, long known as "a master legislator," told colleagues: "We have the votes."'
    speaker = enrich(nlp, text)["quotes"][-1]["speaker"]
    assert speaker["name"] == "Pelosi" and '"' not in speaker["text"], speaker


@pytest.mark.parametrize(("text", "names", "shown"), [
    ("The International Monetary Fund (IMF) cut its forecast on Tuesday. The IMF said growth would slow to 2.9% as "
     "trade slowed.", {"IMF", "International Monetary Fund"}, "International Monetary Fund"),
    ("Chris Minns, the premier of New South Wales, announced the budget. Mr Minns said the state would borrow more.",
     {"Chris Minns", "Mr Minns", "Minns"}, "Chris Minns"),
    # The entity's fullest name stands for it, where its surname ranks best.
    ("Tara Reid checked into rehab. Reid, 39, said she was fine. Reid's publicist declined to comment.",
     {"Tara Reid", "Reid", "Tara"}, "Tara Reid"),
    # A sequel's number the parser left off one mention: one phrase for the game.
    ('Grand Theft Auto 6 will be released in 2025, Take-Two said. "Grand Theft Auto 6" is the most anticipated game '
     "of the decade.", {"Grand Theft Auto", "Grand Theft Auto 6"}, "Grand Theft Auto 6"),
])
def test_names_of_one_entity_make_one_key_phrase(nlp, text, names, shown):
    phrases = [k["text"] for k in enrich(nlp, text)["keyphrases"]]
    assert [p for p in phrases if p in names] == [shown], phrases


def test_a_royals_title_with_its_place_is_a_person(nlp):
    text = ("LONDON (PA) - The Prince of Wales will travel to Brazil next month, Kensington Palace said on Thursday, "
            "while the Princess of Wales will remain in Britain.")
    groups = {g["name"]: g["label"] for g in enrich(nlp, text)["entity_groups"]}
    assert groups.get("The Prince of Wales") == "PERSON" and groups.get("Princess of Wales") == "PERSON", groups


def test_a_law_says_nothing(nlp):
    text = ("Bill Clinton activated the 1994 Crime Bill, which prompted his wife Hillary Clinton to make a comment "
            "that described young men as “super predators.” All of this is documented.")
    # The law is no speaker; since qa1's rule of prompting verbs, the one it prompted to comment is (it was None).
    assert [(q["speaker"] or {}).get("name") for q in enrich(nlp, text)["quotes"]] == ["Hillary Clinton"]


@pytest.mark.parametrize("text", [
    # QA qa1: a storm's name was the speaker of the forecast's words it brings.
    'Storm Eowyn is expected to bring "damaging winds" and power cuts.',
    'Storm Ciarán is expected to bring "very strong winds" to southern England.',
])
def test_a_storm_says_nothing(nlp, text):
    assert [q["speaker"] for q in enrich(nlp, text)["quotes"]] == [None]


@pytest.mark.parametrize(("text", "speaker"), [
    # Guard: a body named after storms and a person named Storm keep their words.
    ('The National Hurricane Center warned of "life-threatening" storm surge.', "National Hurricane Center"),
    ('"We are ready," Storm Reid said on Monday.', "Storm Reid"),
])
def test_guard_bodies_and_people_named_for_storms_keep_their_words(nlp, text, speaker):
    assert [(q["speaker"] or {}).get("name") for q in enrich(nlp, text)["quotes"]] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # Review guard: a name the model took for a storm's that "said" follows is a speaker: the aircrews, a nickname.
    ('Hurricane Hunters said the storm was "rapidly intensifying" on Tuesday.', "Hurricane Hunters"),
    ('"I was robbed," Hurricane Higgins said after the final in Sheffield.', "Hurricane Higgins"),
])
def test_guard_a_name_taken_for_a_storms_that_says_keeps_its_words(nlp, text, speaker):
    assert [(q["speaker"] or {}).get("name") for q in enrich(nlp, text)["quotes"]] == [speaker]


def test_a_fuller_name_named_after_the_short_one_does_not_stand_for_it(nlp):
    # The entity step groups the carmaker with the actor; the key phrase keeps the name the report leads with.
    text = ("Ford recalled 1.9 million Explorer SUVs on Tuesday. Ford said no injuries were reported. Harrison Ford "
            "was not involved. Ford shares fell 1%.")
    phrases = [k["text"] for k in enrich(nlp, text)["keyphrases"]]
    assert phrases[0] == "Ford" and "Harrison Ford" not in phrases, phrases


def test_the_quote_marks_of_an_article_are_found_once(nlp, monkeypatch):
    # The quotes and the summary both need the quoted stretches, and finding them reads every character of the text.
    from services.nlp import pipeline, summary
    from services.nlp.quotes import marks

    texts: list[str] = []
    find = marks.find_quote_spans

    def counted(text: str) -> list[tuple[int, int]]:
        texts.append(text)
        return find(text)

    monkeypatch.setattr(marks, "find_quote_spans", counted)
    monkeypatch.setattr(summary, "find_quote_spans", counted, raising=False)
    text = 'The minister spoke in Leeds on Monday. "We will act now," she said. Prices rose by 3% in May.'
    result = pipeline.analyse(nlp, remember_text(nlp(text), text))
    assert [q["text"] for q in result["quotes"]] == ['"We will act now,"']
    assert len(texts) == 1


def test_the_tokens_the_rules_share_are_dropped_after_the_analysis(nlp):
    # Each Token holds its document: left in the document's data, they would keep it alive past its batch's memory
    # zone, until the garbage collector found the cycle.
    from spacy.tokens import Token

    from services.nlp.doctext import lowers_of, tokens_of
    from services.nlp.pipeline import analyse

    text = "Acme Corp said on Monday that its profit rose. Its chief executive, Jane Doe, was pleased."
    doc = remember_text(nlp(text), text)
    tokens = tokens_of(doc)
    assert tokens_of(doc) is tokens and [t.i for t in tokens] == list(range(len(doc)))
    assert lowers_of(doc) == [t.lower_ for t in doc]
    del tokens
    refs = sys.getrefcount(doc)
    analyse(nlp, doc)
    assert sys.getrefcount(doc) <= refs - len(doc)
    assert not any(isinstance(value, list) and any(isinstance(v, Token) for v in value)
                   for value in doc.user_data.values())


def test_a_page_titles_site_names_leave_the_furniture_after_them_where_it_is(nlp):
    # The title's cut once moved every later line's range back by the length of " | International | EUROtoday".
    text = ("US keeps talking to Putin despite the allies' mistrust | International | EUROtoday\n\nBy Jane Doe\n\n"
            "The American envoy met Vladimir Putin in St. Petersburg on Friday.")
    byline = text.index("By Jane Doe")
    assert (byline, byline + len("By Jane Doe")) in furniture_ranges(nlp(text))


@pytest.mark.parametrize("spoil", [
    lambda r: r["entities"][0].update(start=None),
    lambda r: r["summary"].update(extra="x"),
    lambda r: r.pop("keyphrases"),
    lambda r: r["entity_groups"][0].update(salience=float("nan")),
])
def test_a_malformed_enrichment_is_refused_before_it_is_stored(nlp, spoil):
    text = "Rachel Reeves said the Treasury would spend £2bn. “We will deliver,” she said."
    result = analyse(nlp, remember_text(nlp(text), text))
    result["language"] = "en"
    spoil(result)
    with pytest.raises(ValidationError):
        _finish(nlp, result, 0.0, 0.0)


def test_an_enrichment_is_loaded_as_the_schema_loads_it(nlp, seed_texts):
    text = seed_texts["000"]
    result = analyse(nlp, remember_text(nlp(text), text))
    result["language"] = "en"
    loaded = _finish(nlp, result, 0.0, 0.0)
    assert repr(loaded) == repr(Enrichment().load(result))  # the same values, types and key order


_VW_STORY = ("Volkswagen passenger cars brand chief executive Thomas Schaefer met officials of the National Highway "
             "Traffic Safety Administration in Washington on Monday. The company will recall 40,000 cars built in "
             "Chattanooga.\n\n\"We are confident that the fix is safe,\" Schaefer said after the meeting. Shares rose "
             "2% in Frankfurt.")


def _as_words(result: dict) -> dict:
    """The result's entities, quotes and summary sentences with their white space made single spaces."""
    def words(text: str) -> str:
        return " ".join(text.split())
    return {"entities": [(words(m["text"]), m["label"]) for m in result["entities"]],
            "quotes": [(words(q["text"]), q["speaker"] and q["speaker"]["name"]) for q in result["quotes"]],
            "summary": [words(s["text"]) for s in result["summary"]["sentences"]]}


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_a_hard_wrapped_story_is_read_as_its_paragraphs_with_offsets_into_the_wrapped_text(nlp, line_end):
    # Wrapped at 56 ("Thomas\nSchaefer", "Traffic\nSafety"), the names were cut in two and the summary opened at a
    # wrap ("Safety Administration in Washington on Monday.").
    wrapped = "\n".join(textwrap.fill(paragraph, 56) for paragraph in _VW_STORY.split("\n")).replace("\n", line_end)
    assert f"Thomas{line_end}Schaefer" in wrapped and f"Traffic{line_end}Safety" in wrapped
    result = enrich(nlp, wrapped)
    assert _as_words(result) == _as_words(enrich(nlp, _VW_STORY))
    for part in ("entities", "quotes", "money", "figures"):
        assert all(wrapped[x["start"]:x["end"]] == x["text"] for x in result[part]), part
    assert all(wrapped[s["start"]:s["end"]] == s["text"] for s in result["summary"]["sentences"])
    assert any(m["text"] == f"Thomas{line_end}Schaefer" and m["label"] == "PERSON" for m in result["entities"])
    assert result["summary"]["text"].startswith("Volkswagen passenger cars brand chief executive Thomas Schaefer met")


def test_a_quote_wrapped_inside_its_sentence_keeps_its_speaker(nlp):
    text = ('Ken Murphy, chief executive of Tesco, spoke in Glasgow. "We are\nconfident in the future of the high '
            'street," Murphy said.')
    quotes = enrich(nlp, text)["quotes"]
    assert [(q["text"], q["speaker"]["name"]) for q in quotes] == [
        ('"We are\nconfident in the future of the high street,"', "Ken Murphy")]


# The Volkswagen story as a page's HTML: paragraphs, links and emphasis, a script, the source's own line breaks
# inside a paragraph.
_VW_HTML = ("<h1>VW’s fix</h1>\n<p>Volkswagen passenger cars brand chief executive <a href=\"/people/ts\">Thomas "
            "Schaefer</a> met officials of the\n  National Highway Traffic Safety Administration in Washington on "
            "<em>Monday</em>. The company will recall 40,000 cars built in Chattanooga.</p>\n<script>var x = "
            "\"Reuters\";</script>\n<p>“We are confident that the fix is safe,” <strong>Schaefer</strong>"
            " said after the meeting. Shares rose 2% in Frankfurt.</p>")


def test_an_html_story_is_read_as_its_text_with_offsets_into_the_markup(nlp):
    # With the tags read as text, the speaker was lost behind "<strong>" and summary sentences carried "<p>".
    result = enrich(nlp, _VW_HTML)
    plain = enrich(nlp, "VW’s fix\n\n" + _VW_STORY.replace('"We are confident that the fix is safe,"',
                                                         "“We are confident that the fix is safe,”"))
    assert _as_words(result) == _as_words(plain)
    assert [(q["speaker"]["name"]) for q in result["quotes"]] == ["Thomas Schaefer"]
    assert not any("<" in s["text"] for s in result["summary"]["sentences"])
    # Each span's offsets cover the markup its text was read from.
    for span in [*result["entities"], *result["quotes"], *result["money"], *result["figures"],
                 *result["summary"]["sentences"]]:
        submitted = _VW_HTML[span["start"]:span["end"]]
        assert " ".join(re.sub(r"<[^>]*>", "", submitted).split()) == " ".join(span["text"].split())
    schaefer = next(m for m in result["entities"] if m["text"] == "Thomas Schaefer")
    assert _VW_HTML[schaefer["start"]:schaefer["end"]] == "Thomas Schaefer"


# The same story as an older page writes it: upper- and mixed-case tags, a video and a script with attributes written
# bare, a drawing, an embed, a CDATA section and a comment at its end.
_VW_OLD_HTML = ("<H1>VW’s fix</H1>\n<Div>Volkswagen passenger cars brand chief executive <A HREF=\"/people/ts\">Thomas "
                "Schaefer</A> met officials of the\n  National Highway Traffic Safety Administration in Washington on "
                "<EM>Monday</EM>. The company will recall 40,000 cars built in Chattanooga.</Div>\n<video controls "
                "muted><source src=\"/v.mp4\">Watch Reuters TV</video><script async>var x = \"Goldman Sachs\";"
                "</script><svg><text>Bloomberg</text></svg><iframe src=\"/ad\">Citigroup ad</iframe>\n<P><![CDATA["
                "“We are confident that the fix is safe,” <strike>Schaefer</strike> said after the meeting. Shares "
                "rose 2% in Frankfurt.]]></P>\n<!-- tracking: Morgan Stanley <img src=\"/p.gif\"> -->")


def test_an_older_pages_markup_is_read_past_with_offsets_into_it(nlp):
    # With "<video controls>", "<script async>", "<Div>" and the rest read as text, a script's names were entities.
    result = enrich(nlp, _VW_OLD_HTML)
    plain = enrich(nlp, "VW’s fix\n\n" + _VW_STORY.replace('"We are confident that the fix is safe,"',
                                                         "“We are confident that the fix is safe,”"))
    assert _as_words(result) == _as_words(plain)
    for span in [*result["entities"], *result["quotes"], *result["money"], *result["figures"],
                 *result["summary"]["sentences"]]:
        submitted = _VW_OLD_HTML[span["start"]:span["end"]]
        assert " ".join(re.sub(r"<[^>]*>|<!\[CDATA\[", "", submitted).split()) == " ".join(span["text"].split())


_RELEASE = ("Acme Corp today reported record revenue of $5 million for the quarter as sales of its warehouse robots to "
            "retailers doubled.")


@pytest.mark.parametrize(("text", "words", "names"), [
    (_RELEASE + "\n\nAbout Acme Corp\nAcme Corp is a leading provider of cloud software. Founded in 2010, it is "
     "headquartered in Austin, Texas.", ("cloud software", "leading provider"), ("Austin", "Texas")),
    (_RELEASE + "\n\nThis press release contains forward-looking statements. Actual results may differ materially "
     "from those projected. Acme undertakes no obligation to update any forward-looking statement.",
     ("forward-looking", "press release", "obligation", "actual results"), ()),
    (_RELEASE + "\n\nSafe Harbor Statement\nStatements in this release about future demand involve risks and "
     "uncertainties, and investors should not place undue reliance on them.\n\nMedia Contact:\nTom Reyes\n"
     "press@acme.com", ("undue reliance", "uncertainties", "future demand", "reyes"), ("Tom Reyes",)),
])
def test_a_press_releases_closing_blocks_give_no_summary_no_key_phrases_and_no_salience(nlp, text, words, names):
    result = enrich(nlp, text)
    assert [s["text"] for s in result["summary"]["sentences"]] == [_RELEASE]
    phrases = " ".join(k["text"] for k in result["keyphrases"]).lower()
    assert "record revenue" in phrases and not any(w in phrases for w in words)
    salience = {g["name"]: g["salience"] for g in result["entity_groups"]}
    assert all(salience[name] < salience["Acme Corp"] / 4 for name in names if name in salience)


@pytest.mark.parametrize("text", [
    # Guards: a fact box under "About the ...", a sentence opening "About 200", a heading whose next line names
    # another thing.
    "Nichols will serve his sentence at the Florence prison in Colorado.\n\nAbout the prison:\nThe supermax unit at "
    "Florence primarily holds extremely dangerous federal inmates in cells of concrete.",
    "Nichols will serve his sentence at the Florence prison in Colorado.\n\nAbout 200 federal inmates are held "
    "in the supermax unit at Florence, in cells of concrete.",
    "Nichols will serve his sentence at the Florence prison in Colorado.\n\nAbout Face\nThe supermax unit at "
    "Florence primarily holds extremely dangerous federal inmates in cells of concrete.",
])
def test_lines_like_a_press_releases_about_heading_stay_the_articles(nlp, text):
    result = enrich(nlp, text)
    assert len(result["summary"]["sentences"]) == 2
    assert "supermax unit" in " ".join(k["text"] for k in result["keyphrases"]).lower()


@pytest.mark.parametrize(("text", "kept"), [
    # Review guards: a headline "About ..." (the text's first line, its next line opening with the same words) is no
    # company's profile; news after an "About" block that no longer names the company is the article's.
    ("About 500 Jobs Cut\n\nAbout 500 jobs will be cut at the Vauxhall van plant in Luton, Stellantis said on "
     "Tuesday. Unite called the decision a betrayal of workers.", "About 500 jobs will be cut"),
    ("About Time\n\nAbout Time, Richard Curtis's 2013 romantic comedy, returns to UK cinemas on Friday, Universal "
     "said.", "About Time, Richard Curtis"),
    ("Acme Corp said on Tuesday it had agreed to buy Widget Ltd for £50 million.\n\nAbout Widget\nWidget makes "
     "components for wind turbines in Hull.\n\nShares in Acme rose 5% after the announcement, and analysts at "
     "Jefferies said the price was fair.", "Shares in Acme rose 5%"),
])
def test_an_about_headline_or_news_after_an_about_block_stays_the_articles(nlp, text, kept):
    result = enrich(nlp, text)
    assert any(s["text"].startswith(kept) for s in result["summary"]["sentences"])
    assert result["keyphrases"]


def test_guard_a_films_title_before_rating_stars_stays_in_the_summary(nlp):
    # Review (2c28956): the stars read as spaces cut the title off the summary; the first star is a clause's end.
    text = "Dune: Part Two (12A) ★★★★ Timothée Chalamet returns as Paul Atreides in Denis Villeneuve's sequel."
    result = enrich(nlp, text)
    assert result["summary"]["text"] == text
    assert any(m["text"] == "Timothée Chalamet" and m["label"] == "PERSON" for m in result["entities"])
