"""Enrichment of one article as plain functions: text in, a JSON-ready dict out (no Redis, no Celery)."""
from __future__ import annotations

import bisect
import re
import time
from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from services.core.quickload import quick_loader
from services.core.schemas import Enrichment
from services.nlp.doctext import forget_tokens, remember_text, text_of, tokenizable
from services.nlp.entities import extract_entities
from services.nlp.entities.recasing import dictionary_nouns
from services.nlp.entity_rules import ALL_TITLES, NAME_PARTICLES, SPEAKING_LEMMAS, STORM_WORDS
from services.nlp.furniture import in_caption, in_ranges, page_frame_ranges, with_datelines_apart
from services.nlp.keyphrases import keyphrases
from services.nlp.language import detect_language, is_english, load_identifier
from services.nlp.memory import freeze_loaded_objects, keep_heap_while_busy
from services.nlp.model import model_info, shared_model
from services.nlp.money import extract_figures, extract_money
from services.nlp.quotes import (
    DOCUMENT_NOUNS,
    PEOPLE_ENDINGS,
    SPEECH_NOUNS,
    extract_quotes,
    is_private_person,
    names_the_speaker,
    near_someone,
)
from services.nlp.reading import Reading, read
from services.nlp.summary import summarize

# The schema's load, quick for the plain dicts the analysis builds (marshmallow's own took 1.5 ms an article).
_LOAD_ENRICHMENT = quick_loader(Enrichment())
# Besides people, who can speak: an organisation, a place (a government) or a group ("the Democrats").
SPEAKER_GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})


def load_resources() -> Language:
    """What a process that enriches sets up once (malloc keeping its heap for reuse, the language identifier, the
    spaCy pipeline, what is loaded kept out of the garbage collector's full collections); returns the model."""
    keep_heap_while_busy()
    load_identifier()
    nlp = shared_model()
    freeze_loaded_objects()
    return nlp


def enrich(nlp: Language, text: str, summary_sentences: int = 3, language: str | None = None,
           summary_chars: int | None = None) -> dict[str, Any]:
    """The full enrichment of `text`; every offset indexes `text` itself."""
    result = enrich_many(nlp, [(text, language)], summary_sentences, summary_chars)[0]
    if isinstance(result, Exception):
        raise result
    return result


def enrich_many(nlp: Language, articles: Sequence[tuple[str, str | None]], summary_sentences: int = 3,
                summary_chars: int | None = None, interrupts: tuple[type[BaseException], ...] = ()
                ) -> list[dict[str, Any] | Exception]:
    """The enrichment of each (text, declared language), the English texts parsed together by `nlp.pipe`.

    An article whose analysis raises gets the exception in its place: it fails alone, the others go on.
    `interrupts` (a worker's time limit) stop the whole batch instead: they are never caught here.
    `processing_ms` of each is its own work plus an equal share of the batch's model time.
    """
    results: list[dict[str, Any] | Exception | None] = [None] * len(articles)
    english: dict[int, float] = {}  # index -> ms spent on it so far
    readings: dict[int, Reading] = {}
    for i, (text, language) in enumerate(articles):
        started = time.perf_counter()
        readings[i] = read(text)
        result = _declared_or_detected_other(nlp, readings[i].text, language)
        if result is not None:
            results[i] = _finish(nlp, result, started, 0.0)
        else:
            english[i] = (time.perf_counter() - started) * 1000
    if english:
        # Strings the texts add to the vocabulary are freed when the zone ends: memory stays flat.
        with nlp.memory_zone():
            started = time.perf_counter()
            docs = _parse(nlp, [readings[i].text for i in english], interrupts)
            model_share = (time.perf_counter() - started) * 1000 / len(english)
            for (i, spent), doc in zip(english.items(), docs, strict=True):
                results[i] = _analysed(nlp, doc, articles[i][0], readings[i], summary_sentences, summary_chars,
                                       spent + model_share, interrupts)
    return [result for result in results if result is not None]


def _declared_or_detected_other(nlp: Language, text: str, language: str | None) -> dict[str, Any] | None:
    """The result of a text in another language than English, declared so or, with no language declared, confidently
    identified; None for one to analyse. A text the client declared English is analysed whatever it looks like: the
    identifier can take a short sentence of foreign names for their language ("Uzbek President Shavkat Mirziyoyev met
    Sadyr Japarov in Tashkent." is Uzbek to it)."""
    if language:
        # By the tag's language subtag ("eng", ISO 639-2's, too): "enq" (Enga) and "enm" (Middle English) only begin
        # like "en".
        return None if language.lower().split("-")[0] in ("en", "eng") else _not_english(nlp, language, None)
    detected, confidence = detect_language(text)
    return None if is_english(detected, confidence) else _not_english(nlp, detected, confidence)


def _parse(nlp: Language, texts: list[str], interrupts: tuple[type[BaseException], ...]) -> list[Doc | Exception]:
    """Parse the texts (as read: `reading.read`) in one `nlp.pipe`; if the model fails on the batch, text by text,
    so one text fails alone.

    Each document remembers its text, so the rules read lines and sentences as the model does."""
    try:
        model_texts = [_model_text(text) for text in texts]
        docs = nlp.pipe(model_texts, batch_size=len(texts))
        return [remember_text(doc, text, model_text)
                for doc, text, model_text in zip(docs, texts, model_texts, strict=True)]
    except interrupts:
        raise
    except Exception:
        if len(texts) == 1:
            raise
    docs: list[Doc | Exception] = []
    for text in texts:
        try:
            model_text = _model_text(text)
            docs.append(remember_text(nlp(model_text), text, model_text))
        except interrupts:
            raise
        except Exception as exc:  # each text on its own is the point of this fallback
            docs.append(exc)
    return docs


def _model_text(text: str) -> str:
    """The text as the model reads it, of the same length (offsets into it index `text`)."""
    return with_datelines_apart(tokenizable(text))


def _analysed(nlp: Language, doc: Doc | Exception, text: str, reading: Reading, summary_sentences: int,
              summary_chars: int | None, ms_before: float, interrupts: tuple[type[BaseException], ...]
              ) -> dict[str, Any] | Exception:
    if isinstance(doc, Exception):
        return doc
    started = time.perf_counter()
    try:
        result = _in_submitted(analyse(nlp, doc, summary_sentences, summary_chars), reading, text)
        result["language"] = "en"
        return _finish(nlp, result, started, ms_before)
    except interrupts:
        raise
    except Exception as exc:  # this article fails; the rest of its batch goes on
        return exc


def _in_submitted(result: dict[str, Any], reading: Reading, text: str) -> dict[str, Any]:
    """The result of the text as read with each span's offsets into the submitted `text`, and its text cut from it
    where that differs from the text read in white space only (a hard-wrapped paragraph's line breaks); a span with
    a tag inside keeps the text read. Names, key phrases and the summary's text keep the text read."""
    if reading.text == text:
        return result
    spans = [*result["entities"], *result["quotes"], *result["money"], *result["figures"],
             *result["summary"]["sentences"]]
    spans += [quote["speaker"] for quote in result["quotes"] if quote["speaker"]]
    for span in spans:
        cut = span["text"] == reading.text[span["start"]:span["end"]]
        span["start"], span["end"] = reading.submitted(span["start"], span["end"])
        submitted = text[span["start"]:span["end"]]
        if cut and submitted.split() == span["text"].split():
            span["text"] = submitted
    return result


def _finish(nlp: Language, result: dict[str, Any], started: float, ms_before: float) -> dict[str, Any]:
    result["model"] = model_info(nlp)
    result["processing_ms"] = round(ms_before + (time.perf_counter() - started) * 1000, 2)
    # Validate against the published schema so a worker never stores a malformed enrichment.
    return _LOAD_ENRICHMENT(result)


def analyse(nlp: Language, doc: Doc, summary_sentences: int = 3, summary_chars: int | None = None
            ) -> dict[str, Any]:
    """Entities, quotes, money, figures, key phrases and summary of a document `nlp` parsed."""
    try:
        money = extract_money(doc)
        mentions, groups = extract_entities(doc, nlp, money)
        return {
            "note": None,
            "entities": mentions,
            "entity_groups": groups,
            "quotes": link_speakers(_outside_furniture(doc, extract_quotes(doc, mentions)), mentions, doc),
            "money": money,
            "figures": _outside_names(extract_figures(doc, money), mentions),
            "keyphrases": keyphrases(doc, mentions=mentions, money=money, nouns=dictionary_nouns(nlp)),
            "summary": summarize(doc, max_sentences=summary_sentences, max_chars=summary_chars),
        }
    finally:
        forget_tokens(doc)  # the doc is freed with its batch, not at the next garbage collection


def _outside_names(figures: list[dict], mentions: list[dict]) -> list[dict]:
    """The figures but a number word inside a person's name: "Ten" of "Ten Hag said" (Erik ten Hag), which the
    entities made a person's; the figures read the model's own entities, which had it a number."""
    people = [(m["start"], m["end"]) for m in mentions if m["label"] == "PERSON"]
    return [f for f in figures if any(ch.isdigit() for ch in f["text"])
            or not any(start <= f["start"] and f["end"] <= end for start, end in people)]


def _outside_furniture(doc: Doc, quotes: list[dict]) -> list[dict]:
    """The quotes that are not in a picture's caption, which repeats words of the article as its own, nor in the page
    around the article: another story's headline ('Fed's Powell says rate cuts likely "at some point this year"')."""
    text, frame = text_of(doc), page_frame_ranges(doc)
    return [q for q in quotes if not in_caption(text, q["start"]) and not in_ranges(q["start"], frame)]


def link_speakers(quotes: list[dict], mentions: list[dict], doc: Doc | None = None) -> list[dict]:
    """Give each quote's speaker a canonical name and entity id, via its antecedent for pronouns (`doc`, the parsed
    text, tells a storm's name from a name the model took for one)."""
    linked = []
    mentions = sorted(mentions, key=lambda m: m["start"])
    starts = [m["start"] for m in mentions]
    longest = max((m["end"] - m["start"] for m in mentions), default=0)
    for quote in quotes:
        speaker = quote.get("speaker")
        if speaker:
            target = speaker.get("antecedent") or speaker
            # Only mentions that start at most `longest` characters before the span can reach into it.
            near = mentions[bisect.bisect_left(starts, target["start"] - longest):
                            bisect.bisect_left(starts, target["end"])]
            mention = _mention_covering(near, target)
            if mention is None and (_names_a_law(near, target) or _names_a_storm(near, target, doc)):
                linked.append({"text": quote["text"], "start": quote["start"], "end": quote["end"], "speaker": None})
                continue  # "the 1994 Crime Bill, which prompted ... “super predators.”", "Storm Eowyn" said nothing
            speaker = {
                "text": speaker["text"],
                "start": speaker["start"],
                "end": speaker["end"],
                "name": mention["canonical"] if mention else _unlinked_name(target),
                "entity_id": mention["entity_id"] if mention else None,
            }
        linked.append({"text": quote["text"], "start": quote["start"], "end": quote["end"], "speaker": speaker})
    return linked


def _names_a_law(mentions: list[dict], target: dict) -> bool:
    """The speaker span names a law, which says nothing."""
    return any(m["label"] == "LAW" and target["start"] <= m["start"] and m["end"] <= target["end"] for m in mentions)


def _names_a_storm(mentions: list[dict], target: dict, doc: Doc | None = None) -> bool:
    """The speaker span is a storm's name, which says nothing: "Storm Eowyn is expected to bring "damaging winds""
    (the forecaster's words); not a body named after storms, "the National Hurricane Center", nor "Storm Reid", nor
    a name the model took for a storm's that a verb of speech follows ("Hurricane Hunters said", "Hurricane Higgins
    said": the aircrews, the snooker player)."""
    first = target["text"].split(maxsplit=1)[0].lower() if target["text"].strip() else ""
    return first in STORM_WORDS and any(
        m["label"] == "EVENT" and m["start"] <= target["start"] and target["end"] <= m["end"] for m in mentions) \
        and not _speaks(doc, target)


def _speaks(doc: Doc | None, target: dict) -> bool:
    """A verb of speech follows the span: "Hurricane Hunters said"."""
    span = doc.char_span(target["start"], target["end"]) if doc is not None else None
    return span is not None and span.end < len(doc) and doc[span.end].lemma_ in SPEAKING_LEMMAS


def _mention_covering(mentions: list[dict], target: dict) -> dict | None:
    """The entity a speaker span names, among the mentions near it: its first PERSON mention, else the person
    overlapping it most, else an organisation, place or group that ends the span (its head: "Apple", "a spokesman
    for Apple").

    A speaker span can be a whole description ("Rep. Adam Schiff, the top Democrat on the House
    Intelligence Committee"): the person in it is the speaker, not the committee. A name that only modifies
    the description ("the Ukrainian president", "the Indiana governor") is not the speaker: no entity then.
    In "Name, description" only the name is looked in: "Ryoichi Nomura, chief economist at Mizuho Securities"
    is Nomura even when the model calls him an organisation, never his employer.
    """
    start, end = target["start"], _name_end(target)
    # "Baker's lawyer, Philip Grant": the possessor is who the speaker works for or is related to, not the speaker;
    # nor whoever is named after "a source close to", "an aide to" (`_near_someone`).
    near = _near_someone(target, mentions)
    clause = _clause_on_speaker(target)
    mentions = [m for m in mentions if not _is_possessor(target, m) and not near[0] <= m["start"] < near[1]
                and not _said_of_the_speaker(target, clause, m)]
    inside = [m for m in mentions if m.get("entity_id") and start <= m["start"] and m["end"] <= end]
    people = [m for m in inside if m["label"] == "PERSON"]
    # "Harris County Sheriff Ed Gonzalez": a person of the model's that ends in a title is the office before a name.
    people = [m for m, after in zip(people, people[1:], strict=False) if not _is_office_before(m, after)] + people[-1:]
    # "Ashford manager Steve Brannigan", "Kaltenbach Chemie chief executive Dr Bernd Hollmann": a name before a
    # role and another person's name is who they work for (the small model often calls a club or firm a person).
    people = [m for m, after in zip(people, people[1:], strict=False) if not _employs(target, m, after)] + people[-1:]
    if people:
        return people[0]
    # The span's head ends before a bracketed acronym: "The World Health Organization (WHO)".
    head_end = start + len(_BRACKETED_END.sub("", target["text"][:end - start]).rstrip(" \t\n,.;:"))
    # A body before whoever leads it ends there: "The Red Cross, headed by Jagan Chapagain" is the Red Cross's.
    leader = near_someone(target["text"][:end - start])
    if leader is not None and leader.group("led"):
        head_end = min(head_end, start + len(target["text"][:leader.start()].rstrip(" \t\n,")))
    best, best_overlap = None, 0
    # "a resident of Gaza City" is no voice of the city, nor "a worker at the Ford plant" of Ford; only the name is
    # read of "Name, description": "Seven & i Holdings, the owner of the 7-Eleven chain" speaks for itself.
    private = is_private_person(target["text"][:end - start])
    for mention in mentions:
        overlap = min(end, mention["end"]) - max(start, mention["start"])
        speaks = mention["label"] == "PERSON" or (mention["label"] in SPEAKER_GROUP_LABELS
                                                  and mention["end"] >= head_end
                                                  and not _describes_one_person(target, mention)
                                                  and not _place_of_origin(target, mention)
                                                  and not private)
        if overlap > best_overlap and mention.get("entity_id") and speaks:
            best, best_overlap = mention, overlap
    return best


# A clause without "who" on a described person, of the harm done to them: "The parents of a teenager killed in a crash
# in Derby" (not "those killed": a pronoun alone names no one).
_HARM_CLAUSE = re.compile(r"\b(?:a|an|the|his|her|their)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+"
                          r"(\s+(?:killed|injured|hurt|stabbed|murdered|attacked)\b)")


def _clause_in(text: str) -> tuple[int, int] | None:
    """Where a clause on a described person opens and its first word ends: "who", "which" or a harm's participle."""
    clause = _RELATIVE_CLAUSE.search(text)
    if clause is not None:
        return clause.start(), clause.end()
    harm = _HARM_CLAUSE.search(text)
    return (harm.start(1), harm.end(1)) if harm else None


def _clause_on_speaker(target: dict) -> int | None:
    """Where a clause on the speaker's description opens in the span ("The family of a woman who died after a fall in
    Bolton"), unless it gives the speaker's name ("a mother who gave her first name, Amina"); None if none."""
    text = target["text"]
    clause = _clause_in(text)
    if clause is None or _NAME_GIVEN.search(text, clause[1]):
        return None
    return target["start"] + clause[0]


def _said_of_the_speaker(target: dict, clause: int | None, mention: dict) -> bool:
    """The mention is in the clause on the speaker, which tells what befell them or where, not who speaks: a place, a
    body, or a person of the model's after "in", "at", "from", "by" ("The family of a boy who died ... in Leeds", "in
    Bolton" taken for a person); a person named otherwise there may be the speaker ("The American, who was named
    Sarah Hunt")."""
    if clause is None or not clause <= mention["start"] < target["end"]:
        return False
    if mention["label"] != "PERSON":
        return True
    before = target["text"][:mention["start"] - target["start"]].split()
    return before[-1:] in (["in"], ["at"], ["from"], ["near"], ["by"])


def _is_office_before(mention: dict, after: dict) -> bool:
    """The model's person "Harris County Sheriff" or "Charlotte Mayor" right before the next person's name: words
    ending in a title, an office (not "Ollie Pope, who shared a stand with Joe Root")."""
    return mention["text"].split()[-1].lower() in ALL_TITLES and 0 <= after["start"] - mention["end"] <= 1


_BRACKETED_END = re.compile(r"\s*\([^()]{1,12}\)\W*$")


def _employs(target: dict, mention: dict, after: dict) -> bool:
    """The speaker span reads "<mention> <role> <after>": the text between them opens with a lower-case word that
    joins no two speakers ("manager", "chief executive", not "and") nor says whom the first works for ("Lisa Chen of
    Morningstar", "Jane Doe at Acme", where the model called the firm a person), or with a title ("Cal Fire Battalion
    Chief Jon Heggie", the model's person "Cal Fire Battalion")."""
    between = target["text"][mention["end"] - target["start"]:after["start"] - target["start"]].split()
    return bool(between) and (between[0].islower() or between[0].lower() in ALL_TITLES) \
        and between[0] not in _NOT_ROLES and "," not in " ".join(between)


_NOT_ROLES = frozenset({"and", "or", "with", "nor", "of", "at", "from", "for"})


def _place_of_origin(target: dict, mention: dict) -> bool:
    """A place after "from" in the speaker's description: where the speaker comes from, not whom they speak for ("the
    Intermarche-Wanty rider from Eritrea", "a climber from Nepal"; not "a spokesman for Russia")."""
    before = target["text"][:mention["start"] - target["start"]].split()
    return mention["label"] in ("GPE", "LOC") and before[-1:] == ["from"]


def _describes_one_person(target: dict, mention: dict) -> bool:
    """A nationality or party in the singular after "the", "a", "one" or "another": "the Spaniard", "one senior Tory"
    describe a person (whom the text has named elsewhere), not a group that speaks."""
    return (mention["label"] == "NORP" and target["text"].lower().startswith(("the ", "a ", "one ", "another "))
            and not mention["text"].lower().endswith(PEOPLE_ENDINGS))


# A name a clause on the speaker gives at the description's end: "who gave only his call sign, Bober", "who gave her
# name only as Maria", "who was identified by his first name, Ivan"; right after a call sign's or an alias's word,
# "who goes by the call sign Bober".
_NAME_GIVEN = re.compile(r"(?:\b(?:names?|sign|nickname|alias|identified|known)\b(?:\s+[\w'’]+){0,3}?(?:,|\s+as)"
                         r"|\b(?:call\s+sign|callsign|nickname|alias|nom\s+de\s+guerre)\b)\s+"
                         r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\W*$")
# A relative clause on the speaker's noun, which says something of them, not who they are: "a woman who lives nearby".
_RELATIVE_CLAUSE = re.compile(r",?\s+(?:who|whose|which)\b")


def _unlinked_name(target: dict) -> str:
    """The name of a speaker no entity names: the body before the name of whoever leads it ("The bank, led by Governor
    Hafize Gaye Erkan" is "The bank"), the name its description gives ("a drone operator who gave only his call sign,
    Bober" is Bober), else the description before a clause on it ("a woman who lives near the border" is "a woman"),
    else the span's name (`_name_end`)."""
    text = target["text"][:_name_end(target) - target["start"]]
    near = near_someone(text)
    if near is not None and near.group("led") and len(text[:near.start()].split()) >= 2:
        return text[:near.start()].rstrip(" ,")  # "The bank, led by Governor Hafize Gaye Erkan" is "The bank"
    clause = _clause_in(text)
    if clause is None:
        return text
    # Only in a clause on the speaker: "Friends of Kathryn Jenkin, known as Katie" are not Katie.
    given = _NAME_GIVEN.search(text, clause[1])
    if given:
        return given.group(1)
    # Not "those who attended": a pronoun alone names no one.
    return text[:clause[0]] if len(text[:clause[0]].split()) >= 2 else text


def _name_end(target: dict) -> int:
    """Where the name ends in a speaker span "Name, description" or "Name, age" (only capitalised words before the
    first comma, a lower-case word, a number or a role in capitals after it: "Jones, 52", "Reyes, Chief Financial
    Officer"); the span's end otherwise ("the chief economist at Mizuho, Ryoichi Nomura", "Scott's niece, state Del.
    Marcia Price", "The American, who was named Sarah Hunt")."""
    head, comma, rest = target["text"].partition(",")
    after = rest.lstrip()[:1]
    if comma and _is_name(head) and (after.islower() or after.isdigit() or _is_role(rest)
                                     or _POSSESSED_ROLE.match(rest.lstrip())):
        return target["start"] + len(head)
    return target["end"]


# A role of a body's or a country's after a name and its comma: "India's delegate" of "Chandni Raina, India's
# delegate", "Pfizer's chief executive" (a name the model missed spoke, not the country).
_POSSESSED_ROLE = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s\s+[a-z]")


# Words of a role written in capitals after a name, besides the titles: "Chief Executive", "Co-Founder".
_ROLE_WORDS = ALL_TITLES | {"executive", "founder", "co-founder", "head", "partner", "vice", "manager", "analyst",
                            "economist"}


def _is_role(words: str) -> bool:
    """A capitalised role up to the next comma: "Chief Financial Officer" of "Marcus Reyes, Chief Financial Officer";
    not a role with a name after it ("St. Louis, Missouri Mayor Tishaura Jones", "Unilever, Chief Executive Hein
    Schumacher"), whose name is the speaker's."""
    split = words.split(",", 1)[0].split()
    return bool(split) and all(word[:1].isupper() or word in ("of", "for", "and", "the") for word in split) \
        and split[-1].lower().strip(".") in _ROLE_WORDS


def _is_name(words: str) -> bool:
    """Capitalised words, or a name's particles, with no possessive and no article first: "Ryoichi Nomura", "PB
    Balaji", "Laurence des Cars"; a firm's "&" and the word after it too: "Seven & i Holdings"."""
    split = words.split()
    return bool(split) and split[0].lower() not in ("the", "a", "an") and "'s" not in words and "’s" not in words \
        and split[0][:1].isupper() and all(word[:1].isupper() or word in NAME_PARTICLES or "&" in (word, before)
                                           for before, word in zip(["", *split], split, strict=False))


# What a person's words come out through: "Trump's statement said", "Reid's spokesman said" are theirs.
_VOICE_NOUNS = SPEECH_NOUNS | DOCUMENT_NOUNS | {"brief", "rep", "spokesman", "spokeswoman", "spokesperson"}


def _is_possessor(target: dict, mention: dict) -> bool:
    """True when the mention, inside the speaker span, is followed there by a possessive "'s" of someone else
    ("Sunak's wife", "Baker's lawyer"; a bare apostrophe after an "s", AP style: "Brooks' mother"), not of their own
    words ("Trump's statement")."""
    after = mention["end"] - target["start"]
    if not 0 <= after <= len(target["text"]):
        return False
    if target["text"][after:after + 2] in ("'s", "’s"):
        owned = target["text"][after + 2:]
    elif mention["text"].endswith("s") and target["text"][after:after + 1] in ("'", "’"):
        owned = target["text"][after + 1:]
    else:
        return False
    words = owned.split()
    return not words or words[0].strip(",.;:").lower() not in _VOICE_NOUNS


def _near_someone(target: dict, mentions: list[dict]) -> tuple[int, int]:
    """The characters of the speaker span that name someone the speaker is near, not the speaker (empty if none):
    from the words `near_someone` finds to the span's end ("a source close to Prime Minister Keir Starmer", "Friends of
    Kathryn Jenkin, known as Katie"), or to the speaker's own name after them (`names_the_speaker`: "a lawyer for the
    family, Ben Crump")."""
    text = target["text"]
    near = near_someone(text)
    if near is None:
        return 0, 0
    start = target["start"] + near.end()
    for m in mentions:
        if m["label"] == "PERSON" and start <= m["start"] < target["end"] \
                and names_the_speaker(text, near, m["start"] - target["start"]):
            return start, m["start"]
    return start, target["end"]


def _not_english(nlp: Language, language: str, confidence: float | None) -> dict[str, Any]:
    """An empty enrichment with a note: the English model would only produce garbage entities.

    `confidence` is the identifier's, for a detected language; None for one the client declared."""
    how = "declared by the client" if confidence is None else f"detected, confidence {confidence:.2f}"
    return {
        "language": language,
        "note": f"Language '{language}' ({how}) is not supported by model "
        f"{model_info(nlp)['name']}; only English text is enriched.",
        "entities": [],
        "entity_groups": [],
        "quotes": [],
        "money": [],
        "figures": [],
        "keyphrases": [],
        "summary": {"text": "", "sentences": []},
    }
