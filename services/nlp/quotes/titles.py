"""Which quoted stretches are quotes: titles of works and shows, names, nicknames, subheadings, ratings, scare
quotes and labels are no one's speech; quoted pieces of one sentence joined by a few words make one quote."""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from services.nlp.entity_rules import (
    CORPORATE_SUFFIXES,
    FOREIGN_ARTICLES,
    KIN_NOUN,
    LISTED_WORK_NOUNS,
    MONTHS,
    PERFORMANCE_NOUNS,
    PERFORMING_VERBS,
    PERFORMING_VERBS_BEFORE,
    WEEKDAYS,
    WORK_MAKING_PARTICIPLES,
)
from services.nlp.given_names import is_given_name
from services.nlp.quotes.marks import SENTENCE_END, line_bounds
from services.nlp.quotes.speech import (
    ATTRIBUTING_VERBS,
    DOCUMENT_NOUNS,
    RELATIVE_PRONOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    _tokens,
    is_said,
    is_speech_verb,
)

# Quoted pieces of one sentence joined by at most this many characters count as one quote.
_MAX_JOIN_GAP = 40


# Words a title writes in lower case ("One Thing at a Time"), for quotes and summaries alike; "n" and "o" of an
# elided "and" and "of", their marks stripped: "Short n' Sweet", "Sweet Child o' Mine"; an
# ampersand: "Gavin & Stacey"; a spaced dash before a subtitle: "Mission: Impossible – The Final Reckoning".
TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "is", "it", "of", "on", "or",
                               "the", "to", "with", "n", "o", "&", "-", "–", "—"})
# How an owner's possessive ends, the word before the title of a work of theirs: Verdi's "La traviata".
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
# Nouns that announce the title of a work or a programme: the book "…", the show "…".
_WORK_NOUNS = frozenset({
    "album", "anthem", "article", "book", "broadcast", "clip", "column", "documentary", "editorial",
    "episode", "film", "headline", "magazine", "memoir", "movie", "novel", "op-ed", "play", "podcast",
    "poem", "program", "programme", "series", "show", "song", "titled", "entitled", "drama", "sitcom", "miniseries",
    "musical", "opera", "ballet", "single", "track", "thriller", "comedy", "painting", "exhibition", "anthology",
})

# A verb right after a title-cased quote with no punctuation of its own: the quote is the verb's subject, a work or
# a name ("Oppenheimer" dominated, the original "Inside Out" won; not 'that "Nobody Is Above the Law" after'); in the
# perfect only a verb of a work's takings or success (box-office reports': '"Ne Zha 2" has grossed 12.3 billion
# yuan'; not said words' '"Trickle-Down Economics" has failed', '"The Truth" has changed').
_VERB_AFTER_NAME = re.compile(r"\s+(?:([a-z]+ed|won|took|led|made|hit|beat|became|remains|stars|follows|tops|leads|"
                              r"wins|opens|earns|sold|sells|went|drew|ran|fell|rose|sank|grew|gave|spent)|"
                              r"(?:has|have|had)\s+(grossed|earned|sold|topped|crossed|passed|surpassed|debuted|"
                              r"taken|made|won|become|opened))\b")
# The same verb after a title set off by commas: 'the second of which, "Curtain Up", sold 60,000 copies'.
_VERB_AFTER_APPOSITION = re.compile("," + _VERB_AFTER_NAME.pattern)
# A work's release after its title-cased quote: '"Grand Theft Auto VI" would be released in 2025' (the passive of
# putting a work out; not 'said "Project Alpha" would be ready').
_RELEASED_AFTER = re.compile(r"\s+(?:will|would|is\s+to|is\s+due\s+to)\s+be\s+(?:released|published|launched)\b")
# A chart's top place and "with" before a record's title: 'scored their fourth No. 1 on the Billboard 200 with
# "5-Star"', 'topped the charts with "Flowers"'.
_CHART_BEFORE = re.compile(r"\b(?:No\.\s?1|number[ -]one|top\s+spot|charts?)\b[^\"“”.!?\n]{0,40}\bwith\s*$")
# What signs and banners carry is written, not said: 'many holding signs reading "Save Mesa."'.
_DISPLAY_NOUNS = frozenset({"sign", "signs", "placard", "placards", "banner", "banners", "poster", "posters",
                            "t-shirt", "t-shirts", "shirts"})
# Nouns right before a name in quotation marks: the brand name "Wegovy", the hashtag "#MeToo", the drone ship "A
# Shortfall of Gravitas", his call sign "Bober".
_NAME_NOUNS = frozenset({"name", "brand", "label", "trademark", "nickname", "moniker", "hashtag", "codename", "ship",
                         "vessel", "tanker", "yacht", "ferry", "boat", "spacecraft", "capsule", "rover", "racehorse"}
                        ) | _DISPLAY_NOUNS
# Determiners before a quoted name that modifies the noun after it: its "Classic" plan, the "Basic" tier.
# Not "that": 'told reporters that "Nobody Is Above the Law" after ...' is speech.
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
# Words that put a name or a label in quotation marks, right before them: what follows is no one's speech.
_NAMING_BEFORE = re.compile(r"\b(?:so-called|so called|dubbed|code-?named|titled|entitled|self-described|"
                            r"self-styled|self-proclaimed|so-described)\s*$", re.IGNORECASE)
# Words named as words, and the words listed after the first: 'the word "crisis"', 'terms such as "expects,"
# "anticipates" and "will"' (not "the words" nor "the phrase", which news writes before speech too: 'the words "I
# can't breathe"', 'has used the phrase "Islamic terrorism" often'; nor "the terms" of a deal: 'called the terms
# "unacceptable"').
_WORDS_BEFORE = re.compile(r"\b(?:(?:words|terms|phrases|expressions)\s+(?:such\s+as|like)|"
                           r"such\s+(?:words|terms|phrases)\s+as|the\s+(?:word|term))\s+"
                           r"(?:[\"“][^\"”\n]{1,40}[\"”],?\s+(?:and\s+|or\s+)?)*$", re.IGNORECASE)
# Words before a quote that may give a name or a speaker's words: 'known as "SCOPE"', 'what are known as "midnight
# regulations"', 'dubbed the cat "the Mozart of Meows"' (but 'dubbed it "the biggest tax cut in history"', 'what is
# known as "a technical recession," he said').
_KNOWN_AS_BEFORE = re.compile(r"\b(?:known\s+as|nicknamed)\s*$", re.IGNORECASE)
_DUBBED_BEFORE = re.compile(r"\b(?:dubbed|nicknamed)\s+(?:it|him|her|them|the\s+[\w-]+)\s*$", re.IGNORECASE)
# Verbs that give a title-cased name or award in quotation marks, a few words before it.
_AWARDING_BEFORE = re.compile(r"\b(?:named|crowned|voted|awarded|won|wins|winning|shortlisted\s+for|nominated\s+for"
                              r"|called|renamed|(?:call|calls|calling)\s+(?:him|her|it|them|me|us))"
                              r"(?:\s+[\w'’-]+){0,3}\s*$", re.IGNORECASE)
# Analysts' ratings, quoted as labels ("rate the shares a "hold"", "cut to "underperform""): a quote of nothing else
# is no one's speech.
_RATINGS = frozenset({
    "buy", "strong buy", "hold", "sell", "strong sell", "overweight", "underweight", "equal-weight", "equal weight",
    "outperform", "underperform", "market perform", "sector perform", "neutral", "accumulate", "reduce", "add",
})
# Titles of shows and works that end in an exclamation or a question mark, which the rules for titles read as a
# sentence said ('appeared on "I'm a Celebrity... Get Me Out of Here!"'), in lower case, an ellipsis as three stops.
_PUNCTUATED_TITLES = frozenset({
    "i'm a celebrity... get me out of here!", "i'm a celebrity!", "who wants to be a millionaire?", "jeopardy!",
    "mamma mia!", "mamma mia! here we go again", "oklahoma!", "oliver!", "airplane!", "wait wait... don't tell me!",
    "dancing on ice!", "hello!", "the $64,000 question?",
})


def _is_punctuated_title(inner: str) -> bool:
    """The quote is a title of `_PUNCTUATED_TITLES`, its commas and spaces aside."""
    words = inner.replace("…", "...").replace("’", "'").strip(" ,").lower()
    return re.sub(r"\s*\.\.\.\s*", "... ", " ".join(words.split())).strip() in _PUNCTUATED_TITLES


# Verbs of a shout a title's words may be, besides the verbs of speech: '"Oklahoma!" the crowd roared'.
_SHOUTING_VERBS = frozenset({"roar", "yell", "bellow", "holler", "shriek", "scream", "shout", "cry", "call", "say"})
# The word right after a quote, past a speaker of a pronoun, an article's noun or a name: '" the teacher shouted'.
_WORD_AFTER_SPEAKER = re.compile(r"[ \t]*,?[ \t]*(?:(?:he|she|they|someone|[Tt]he[ \t]+[a-z]+|"
                                 r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]+)?([a-z]+)")


def _said_beside(text: str, start: int, end: int) -> bool:
    """A verb of speech or a shout right before the quote or after it and its speaker: 'She screamed "Hello!"',
    '"Oliver!" the teacher shouted' (the words said, not the show's title)."""
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 20):start])[-2:]
    after = _WORD_AFTER_SPEAKER.match(text, end)
    words = [word.lower() for word in before + ([after[1]] if after else [])]
    return any(is_said(word) or word in ("says", "said") or word.rstrip("s") in _SHOUTING_VERBS
               or word[:-2] in _SHOUTING_VERBS for word in words)


# Verbs after which a title-cased quote is a work's title: released "Hackney Diamonds", produced "We Are the World".
_RELEASE_VERBS = frozenset({"released", "releases", "releasing", "published", "publishes", "premiered", "premieres",
                            "recorded", "screened", "aired", "launched", "launches", "unveiled", "unveils",
                            "produced", "co-produced", "directed", "co-directed", "composed", "co-wrote",
                            # Making or staging a work, in any tense: 'the artist who created "Dragon Ball"', 'would
                            # direct "Much Ado About Nothing"', 'will stage "Hamlet"'.
                            "created", "co-created", "creates", "create", "direct", "directs", "directing",
                            "produce", "produces", "producing", "stage", "stages", "staged", "staging", "publish",
                            "publishing", "release", "premiere", "premiering", "painted", "authored", "adapted"})
# Verbs of working on a work, a few words before "on" and its title: 'worked with Michael Jackson on "Thriller"'
# (not a bare "on", which PolNeAR's gold quotes follow: 'a reality TV boss on "The Apprentice,"').
_WORKED_ON_BEFORE = re.compile(r"\b(?:worked|works|working|collaborated|collaborates|teamed\s+up)\b"
                               r"(?:\s+[\w'’.-]+){0,4}\s+on\s*$", re.IGNORECASE)
# A participle of making a work right after its title, then who made it or when or where: '"Portrait of Fräulein
# Lieser," painted in 1917', '"Cowboy Carter," released in March'. A title in sentence case in another language only
# before "by" and a name: 'Verdi's "La traviata," directed by Richard Eyre' (in English it is as often words said:
# '"We are devastated," released by Manchester United').
_MAKING_AFTER = rf",?\s+(?:{'|'.join(sorted(WORK_MAKING_PARTICIPLES))})\s+"
_MADE_AFTER = re.compile(_MAKING_AFTER + r"(?:by|in)\b")
_MADE_BY_AFTER = re.compile(_MAKING_AFTER + r"by\s+[A-Z]")
# Parts and versions of a work before "of" and its title: the second season of "Squid Game".
_WORK_PART_NOUNS = frozenset({"season", "seasons", "episode", "episodes", "adaptation", "sequel", "prequel", "remake",
                              "cast", "finale", "premiere", "soundtrack", "trailer", "star", "stars",
                              "score",  # a film's music: 'an Oscar for the score of "The Last Emperor"'
                              "encore", "encores",  # a song played again: 'the encore of "Wonderwall"'
                              # A work put on or played again: 'a new production of "Hamlet"', 'her cover of "Jolene"'.
                              # (not "version" nor "performance": 'his version of "The Truth"' is said words)
                              "production", "productions", "staging", "revival", "rendition", "cover", "screening",
                              "reboot", "translation",
                              # What a critic wrote of it: 'The Guardian's review of "Wicked"'.
                              "review", "reviews"})
# "hit" as a song's noun, after "the" or an owner's word and maybe a word of the charts: 'her hit "Fortnight"', 'the
# 1995 hit "Wonderwall"' (not the verb: 'Trump hit "Sleepy Joe"', 'Inflation's hit "Rock Bottom"', nor a blow: 'took a
# big hit "Across The Board,"').
_HIT_BEFORE = re.compile(r"\b(?:the|her|his|their|its|our)\s+(?:(?:\d{4}|smash|chart|breakout|signature|classic|"
                         r"latest|new|debut|early|greatest|number-one|chart-topping)\s+)?hits?\s*$", re.IGNORECASE)
# What describes a work in an apposition after its title opening the sentence: '"Anora", Sean Baker's comedy-drama
# about ...', '"Wicked", starring Cynthia Erivo, took ...'.
_DESCRIBING_WORDS = frozenset({"starring", "featuring", "co-starring"})
# Verbs a work's title follows as often as a quote: its title only in title case, neither shouted nor a span of time.
_DELAY_VERBS = frozenset({"delay", "delayed", "delays", "postpone", "postponed", "postpones", "cancelled", "canceled",
                          "cancels", "shelved"})
_SPAN_OF_TIME = re.compile(r"\b(?:days?|weeks?|months?|years?|indefinitely|until|later|soon)\b", re.IGNORECASE)
# What a verb of performing acts on before "with": 'closed the show with', 'opened their two-hour set with'.
_PERFORMANCE_OBJECT = (rf"(?:(?:the|their|his|her|its|a)\s+(?:[\w'’-]+\s+)?"
                       rf"(?:{'|'.join(sorted(PERFORMANCE_NOUNS))})\s+)?")
# A verb of performing and the song titles already quoted after it, up to a quote: 'followed with "Levitating" and '.
_PERFORMED_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(PERFORMING_VERBS))}|"
    + "|".join(rf"(?:{'|'.join(sorted(verbs))})\s+{_PERFORMANCE_OBJECT if word == 'with' else ''}{word}"
               for word, verbs in PERFORMING_VERBS_BEFORE.items())
    + r")\s+(?:[\"“][^\"”\n]{1,80}[\"”],?\s+(?:and\s+|or\s+)?)*$")
# Verbs of taking part in a work, before "in" or "on" and its title: starred in "…", appeared on "…".
_ROLE_VERBS = frozenset({
    "starred", "stars", "starring", "appeared", "appears", "appearing", "featured", "features", "featuring",
    "performed", "performs", "played", "plays", "cast", "role",
})

# Who made or starred in a work, before "of" or "on" and its title: a producer of "Argo," the author of "The Road".
_MAKER_NOUNS = frozenset({
    "producer", "producers", "director", "writer", "writers", "author", "creator", "creators", "co-creator",
    "composer", "screenwriter", "showrunner", "star", "co-star", "lyricist", "illustrator", "narrator", "host",
})

# Who made or plays in a work, right after its quoted title as a modifier: '"Hamilton" creator Lin-Manuel Miranda',
# '"Friends" star Matthew Perry', '"Succession" cast members' (in lower case: a headline's '"Sorry" Star Says' is
# not read so).
_MAKER_AFTER_TITLE = re.compile(r"[ \t]+(?:creators?|co-creators?|stars?|co-stars?|authors?|singers?|actors?|"
                                r"actress|directors?|writers?|hosts?|showrunners?|producers?|composers?|cast)\b(?!['’])")
# The most words of a title before its maker's noun.
_MODIFIER_TITLE_WORDS = 5


def _words(text: str) -> Iterator[str]:
    """The words of the text, stripped of punctuation, one by one (a caller may stop after a few)."""
    for match in _NON_SPACE.finditer(text):
        word = match.group().strip(".,!?;:\"'“”‘’()")
        if word:
            yield word


def _title_cased(text: str, max_words: int = 6) -> bool:
    """Every word capitalised (small words aside), as in a name or a title."""
    words = list(itertools.islice(_words(text), max_words + 1))
    if not words or len(words) > max_words:
        return False
    return (words[0][0].isupper() or words[0][0].isdigit()) and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words
    )


# The most words of a title after its work's noun.
_TITLE_WORDS = 12
# The longest first line read as the article's headline: a longer one is a paragraph (a text sent as one line).
HEADLINE_CHARS = 200
_ENDS_WITH_FULL_STOP = re.compile(r"\.[\"'”’)]*\s*$")


def _is_headline(text: str, start: int, end: int) -> bool:
    """A line written in headline case, or a first line shaped like a headline (short, no full stop at the end),
    where capitals say nothing about titles."""
    line = text[start:end]
    return (start == 0 and end <= HEADLINE_CHARS and not _ENDS_WITH_FULL_STOP.search(line)) or _title_cased(
        line, max_words=40)


_NON_SPACE = re.compile(r"\S+")
# How far around a quote its neighbouring words are looked for.
_LOOK_CHARS = 200


def _maker_speaks(doc: Doc, start: int, end: int) -> bool:
    """The maker's noun and name after a quote, the subject of a verb of speech: '"Amazing" director Greta Gerwig told
    reporters', '"Thank You" singer Taylor Swift told the crowd' are her words (not '"Hamilton" creator Lin-Manuel
    Miranda will be honored, organizers said', whose speakers are others; nor a title of proper nouns, '"Barbie"
    director Greta Gerwig said')."""
    run: list[Token] = []
    for tok in doc:
        if tok.idx < end:
            continue
        if tok.pos_ in ("NOUN", "PROPN") or tok.text in ("-", "‑") or not run and tok.is_punct:
            if not tok.is_punct:
                run.append(tok)
            continue
        break
    inside = [tok for tok in doc if start < tok.idx < end - 1 and not tok.is_punct]
    if inside and all(tok.pos_ == "PROPN" for tok in inside):
        return False  # a title of names: '"Barbie" director Greta Gerwig said the film ...' says no "Barbie"
    members = {tok.i for tok in run}
    return any(tok.dep_ == "nsubj" and tok.head.i not in members
               and (is_speech_verb(tok.head) or tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in SPEECH_VERBS)
               for tok in run)


def _is_short_name(inner: str, text: str, end: int, named: bool = False) -> bool:
    """A quote of at most four words, no sentence's end in it and no speech verb after it; `named`: one that reads as
    a name too, title-cased, in capitals or opening with "the" (not 'dubbed the strike "an act of war"')."""
    bare = inner.strip(" ,")
    words = bare.split()
    after = text[end:end + 60].split()[:5]  # '"a technical recession," the finance minister said'
    return 0 < len(words) <= 4 and not bare.endswith((".", "!", "?")) \
        and (not named or _title_cased(bare) or bare.isupper() or words[0].lower() == "the") \
        and not any(word.strip(",.;:") in ATTRIBUTING_VERBS for word in after)


# Someone's relative or partner before a quote: 'My husband, "Gary,"', 'My daughter "Jessie"'.
_RELATIVE_BEFORE = re.compile(rf"\b(?:my|our|his|her|their)\s+(?:[\w-]+\s+)?(?:{KIN_NOUN}|(?:boy|girl)friend|partner"
                              r"|ex|ex-(?:husband|wife|partner)|fianc[ée]e?|friend|boss|colleague|co-?worker"
                              r"|neighbou?r|room-?mate|flatmate),?\s*$", re.IGNORECASE)


def _is_pseudonym(text: str, inner: str, start: int) -> bool:
    """A single given name in quote marks right after someone's relative: the name the writer gives them, no words
    said (an advice letter's 'My husband, "Gary," has started ...', 'My daughter "Jessie" wants ...')."""
    name = inner.strip(" ,")
    return name.isalpha() and name.istitle() and is_given_name(name) \
        and _RELATIVE_BEFORE.search(text, max(0, start - 40), start) is not None


def is_name_not_speech(text: str, start: int, end: int, doc: Doc | None = None) -> bool:
    """A quoted title of a work or show, a nickname inside a name, a quoted subheading, or an
    elision between single marks (rock 'n' roll)."""
    inner = text[start + 1 : end - 1].strip("\'")
    if len(inner.strip()) <= 2:
        return True
    if _is_punctuated_title(inner) and not _said_beside(text, start, end):
        return True  # 'went on "I'm a Celebrity... Get Me Out of Here!"': a show, whatever stands around it
    if _NAMING_BEFORE.search(text, max(0, start - 20), start):
        return True  # the so-called "Fortress Britain" strategy, a plan dubbed "Project Fear"
    if _WORDS_BEFORE.search(text, max(0, start - _LOOK_CHARS), start):
        return True  # the word "crisis", words such as "expects," "believes" and "will"
    if (_KNOWN_AS_BEFORE.search(text, max(0, start - 20), start) and _is_short_name(inner, text, end)) or (
            _DUBBED_BEFORE.search(text, max(0, start - 30), start) and _is_short_name(inner, text, end, named=True)):
        return True  # the law, known as "SCOPE,"; fans dubbed the cat "the Mozart of Meows"
    if inner.strip(" ,.").lower() in _RATINGS:
        return True
    if _is_pseudonym(text, inner, start):
        return True  # an advice letter's 'My husband, "Gary," has started ...'
    if _made_work(inner, text, end):
        return True  # '"Portrait of Fräulein Lieser," painted in 1917', '"La traviata," directed by Richard Eyre'
    if _listed_after_works(text, start, end):
        return True  # 'whose films included "The French Connection" and "Unforgiven,"'
    if _MAKER_AFTER_TITLE.match(text, end) and _title_cased(inner, max_words=_MODIFIER_TITLE_WORDS) \
            and not inner.rstrip().endswith((",", ".", "!", "?", ";", ":")) \
            and not (doc is not None and _maker_speaks(doc, start, end)):
        return True  # '"Hamilton" creator Lin-Manuel Miranda will be honored, organizers said'
    if _is_handle_in_a_name(text, start, end, inner):
        return True  # a gamer's handle in any case: 'Freddy "KRIMZ" Johansson', 'Oleksandr "s1mple" Kostyliev'
    if not _title_cased(inner):
        # A longer title after its work's noun: 'its drama "Wolf Hall: The Mirror and the Light"'; a title in another
        # language after its noun: 'the opera "La bohème"' (after a possessive it is as often words said in that
        # language: 'Scholz's "Das ist klar"').
        noun = text[max(0, start - _LOOK_CHARS):start].split()[-1:]
        work = bool(noun) and noun[0].strip(",").lower() in _WORK_NOUNS
        return work and (_title_cased(inner, max_words=_TITLE_WORDS) or _foreign_title(inner))
    if _AWARDING_BEFORE.search(text, max(0, start - 40), start):
        return True  # named the cafe 'Small Business of the Year', won "Best Newcomer"
    verb = _VERB_AFTER_NAME.match(text, end) or (_after_a_comma_not_of_speech(text, start)
                                                 and _VERB_AFTER_APPOSITION.match(text, end))
    if verb and not inner.rstrip().endswith((",", ".", "!", "?")) and not is_said(verb.group(1) or verb.group(2)):
        return True  # "Oppenheimer" dominated the Academy Awards: a title that does something, not words said
    if _RELEASED_AFTER.match(text, end) and not inner.rstrip().endswith((",", ".", "!", "?")):
        return True  # 'Take-Two said "Grand Theft Auto VI" would be released in 2025': a work put out, not words
    if _CHART_BEFORE.search(text, max(0, start - 60), start) and not inner.rstrip().endswith((",", ".", "!", "?")):
        return True  # 'their fourth No. 1 on the Billboard 200 with "5-Star"': a record that tops a chart
    line_start, line_end = line_bounds(text, start)[0], line_bounds(text, end)[1]
    # The two words before and the one after are all that is asked: a bounded look keeps a line of thousands
    # of quotes linear.
    before = text[max(line_start, start - _LOOK_CHARS):start].split()[-2:]
    after = text[end:min(line_end, end + _LOOK_CHARS)].split()[:1]
    if not before and not after and line_start > 0:
        return True  # a subheading standing alone as a paragraph
    last = before[-1] if before else ""
    first_after = after[0] if after else ""
    if _is_nickname(inner, last, first_after) and not _title_cased(text[line_start:line_end], max_words=40):
        return True  # 'Walter "Sonny" Briggs', in a headline too (not in one whose every word is capitalised)
    if _is_leading_nickname(inner, first_after, text[end:end + 1]) \
            and not _title_cased(text[line_start:line_end], max_words=40):
        return True  # '"Sugar Sean" O'Malley said': a fighter's ring name before his surname
    if _YEAR_AFTER.match(text, end):
        return True  # "Winter's Edge" (1968): a work and its year
    if _is_headline(text, line_start, line_end):
        return False
    if _SUBTITLE.search(inner) and not inner.rstrip().endswith((",", ".", "!", "?", ";", ":")):
        return True  # 'helped by "One Piece Film: Red", which grossed': a title and its subtitle, title-cased
    if last.endswith(_POSSESSIVE_ENDS) or last.strip(",").lower() in _TITLE_NOUNS | _RELEASE_VERBS:
        return True  # "her album "Fortnight"", "The Rolling Stones released "Hackney Diamonds"", "The sequel, "…","
    if _HIT_BEFORE.search(text, max(line_start, start - 60), start):
        return True  # "her hit "Fortnight"", "the 1995 hit "Wonderwall""
    if last.strip(",").lower() in _DELAY_VERBS and not inner.isupper() and not _SPAN_OF_TIME.search(inner) \
            and not inner.rstrip().endswith((",", ".", "!", "?")):
        return True  # "HBO cancelled "Westworld"" (not "cancelled "ALL TRADE TALKS"", "delayed "A Few Weeks"")
    if _PERFORMED_BEFORE.search(text, max(line_start, start - _LOOK_CHARS), start) \
            and not inner.rstrip().endswith(("!", "?")):
        return True  # a song: 'The Killers opened with "Mr. Brightside"', 'followed with "Levitating" and "Houdini"'
    if last.lower() in _NAME_NOUNS or (last.lower() in _DETERMINERS and first_after.isalpha()
                                       and first_after.islower()):
        return True  # the brand name "Wegovy", its "Classic" plan, his call sign "Bober"
    if len(before) > 1 and before[-2].lower() in _DISPLAY_NOUNS and last.lower() in ("reading", "read", "saying"):
        return True  # signs reading "Save Mesa."
    if len(before) > 1 and before[-2].strip(",").lower() in _WORK_NOUNS | _MAKER_NOUNS | _WORK_PART_NOUNS \
            and last.lower() in ("of", "on"):
        return True  # "the film of "Wicked"", "a producer of "Argo,"", "the second season of "Squid Game""
    if _is_worked_on(text, inner, start, line_start):
        return True  # 'worked with Michael Jackson on "Thriller"', 'who wrote "Me and Bobby McGee"'
    if _opens_before_its_description(text, inner, start, end, line_start, line_end):
        return True  # '"Anora", Sean Baker's comedy-drama about a stripper, won best picture.'
    if _opens_before_its_maker(text, inner, start, end, line_start, line_end):
        return True  # '"Inside Out 2" from Disney's Pixar took in $155 million', '"Gladiator II", from Paramount,'
    if len(before) > 1 and before[-2].lower() in _ROLE_VERBS and last.lower() in ("in", "on"):
        return True  # "starred in "The Godfather Part Two"", "appeared on "Face the Nation""
    context = max(line_start, start - _WORK_CONTEXT)
    if last.lower() in ("in", "for") and _WORK_WORDS.search(text, context, start):
        return True  # "her role in "The Quiet Harbour"", "won the Booker Prize for "Salt and Iron""
    if last.lower() == "including" and _WORKS_LISTED.search(text, context, start):
        return True  # "60 films, including "Midnight Run to Denver"" (not "slogans, including "Free Palestine"")
    if _WORK_AFTER.match(text, end):
        return True  # ""Salt and Iron," her fourth novel" (not "the film's director said")
    if _inside_a_sentence(inner, last, first_after) and _WORK_WORDS.search(text, context, start):
        return True  # "lend the painting "Girl with a Pearl Earring" for", "films ... and "The Long Way Home," which"
    return bool(last[:1].isupper() and first_after[:1].isupper() and last.rstrip(".").isalpha())


# The most words of a title in another language read in sentence case.
_FOREIGN_TITLE_WORDS = 4


def _foreign_title(inner: str) -> bool:
    """A short title in sentence case opening with another language's article, no sentence of its own: "La
    traviata"."""
    bare = inner.strip(" ,")
    words = bare.split()
    return 1 < len(words) <= _FOREIGN_TITLE_WORDS and words[0][:1].isupper() \
        and words[0].lower() in FOREIGN_ARTICLES and not bare.endswith((".", "!", "?", ";", ":"))


# A works noun and what opens a list of their titles, ending the text before the list: "whose films included ", "Her
# novels include ", "songs such as ", "His books, including ".
_WORKS_INTRODUCED = re.compile(rf"\b(?:{'|'.join(sorted(LISTED_WORK_NOUNS))}),?\s+(?:(?:have|has|had|also)\s+){{0,2}}"
                               r"(?:include|includes|included|including|such\s+as|like)\s+$", re.IGNORECASE)
# A title-cased quote listed before another, with what joins them: '"The French Connection" and ', '"Lady Bird," '.
_LISTED_BEFORE = re.compile(r"[\"“]([^\"“”\n]+)[\"”]\s*,?\s+(?P<joined>(?:and|or)\s+)?$")
# Another title right after one (its comma inside or outside the marks, or "and"): the list goes on.
_NEXT_LISTED = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?[\"“]")
# The most titles, and characters, looked back over in one list: a bounded look keeps a line of thousands of quotes
# linear.
_LISTED_TITLES = 10
_LIST_CHARS = 600


def _listed_after_works(text: str, start: int, end: int) -> bool:
    """A title-cased quote in a list of titles right after a works noun and "include" or "such as" ('Her novels
    include "Beloved" and "Jazz."'), every title before it in the list title-cased too. Nothing else: lists of
    slogans and chants are speech ('Chants included "Lock Her Up"')."""
    if not _title_cased(text[start + 1:end - 1], max_words=_TITLE_WORDS):
        return False
    before = text[max(line_bounds(text, start)[0], start - _LIST_CHARS):start]
    for i in range(_LISTED_TITLES):
        if _WORKS_INTRODUCED.search(before):
            return True
        listed = _LISTED_BEFORE.search(before)
        if listed is None or not _title_cased(listed.group(1), max_words=_TITLE_WORDS) \
                or listed.group(1).rstrip().endswith((".", "!", "?")):
            return False  # a title ending its sentence ends the list: '"Jazz." "Brilliant," critics said'
        if i == 0 and not listed.group("joined") and not _NEXT_LISTED.match(text, end):
            return False  # after a comma alone, a list's last title is no title: '"Heat," "Thank You," he told'
        before = before[:listed.start()]
    return False


# What joins two names in a pair of quotes: '"Astro Bot" and "Helldivers 2"', '"Free Play" or "Career Mode"', a
# chart's or a box office's order ('"Zootopia 2", followed by "Moana 2"', '"Golden", ahead of "Ordinary"'; not a comma
# alone: '"Heat," "Thank You," he told').
_RANKED_JOINER = r"followed\s+by|trailed\s+by|ahead\s+of|behind"
_PAIR_JOINER = re.compile(rf"\s*,?\s+(?:and|or|{_RANKED_JOINER})\s+$")
# A chart's or a box office's order before a title: '..., followed by "Moana 2" from Disney'.
_RANKED_BEFORE = re.compile(rf"\b(?:{_RANKED_JOINER})\s+$", re.IGNORECASE)
# Words before a pair that make its names someone's words, nicknames they used: 'Trump called the 1996 pageant winner
# "Miss Piggy" and "Miss Housekeeping"', 'references to Machado as "Miss Piggy" and ...'.
_CALLED_BEFORE = re.compile(r"(?:\b(?:call|calls|called|calling)\b(?:\s+[\w'’-]+){0,4}|\bas)\s*$", re.IGNORECASE)
# Words of slogans and chants earlier in the sentence: title-cased, they are still said or written ('chanted several
# slogans, including "Free Palestine" and "Stop The War"').
_SLOGANS_BEFORE = re.compile(r"\b(?:slogans?|chants?|chanted|chanting|shouted|shouting|cries|cried|yelled|sang|"
                             r"singing|banners?|signs?|placards?|reading)\b[^.!?]*$", re.IGNORECASE)
# A verb of speech right before a pair, with an optional colon: what someone said or wrote ('Johnson said "Absolutely
# Not" and "Never"', 'Trump wrote "Happy Birthday" and "Congratulations"', 'the minister replied "Good Deal" or ...').
_SPEECH_VERB_BEFORE = re.compile(r"\b(?:say|says|said|saying|write|writes|wrote|writing|reply|replies|replied|tell|"
                                 r"tells|told|tweet|tweets|tweeted|post|posts|posted|shout|shouts|shouted|answer|"
                                 r"answers|answered|add|adds|added|called\s+out|calls\s+out)\s*[:,]?\s*$",
                                 re.IGNORECASE)


def is_paired_title(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """A title-cased quote, no sentence of its own, joined by "and" or "or" to another just before or after it: two
    names of works, products or modes ('strong sales of "Astro Bot" and "Helldivers 2"'), which speech seldom is; in
    a headline, whose capitals say nothing, as what someone was called (`_CALLED_BEFORE`) or after slogans, no title."""
    line_start, line_end = line_bounds(text, start)[0], line_bounds(text, end)[1]
    if not _is_bare_title(text, start, end, last=True) or _is_headline(text, line_start, line_end):
        return False
    i = bisect.bisect_left(spans, (start, end))
    previous = spans[i - 1] if i > 0 else None
    following = spans[i + 1] if i + 1 < len(spans) else None
    first = previous[0] if previous is not None and _PAIR_JOINER.fullmatch(text, previous[1], start) else start
    if _CALLED_BEFORE.search(text, max(line_start, first - 60), first) \
            or _SPEECH_VERB_BEFORE.search(text, max(line_start, first - 40), first) \
            or _SLOGANS_BEFORE.search(text, max(line_start, first - _LOOK_CHARS), first):
        return False
    return (previous is not None and _PAIR_JOINER.fullmatch(text, previous[1], start) is not None
            and _is_bare_title(text, *previous, last=False)) \
        or (following is not None and _PAIR_JOINER.fullmatch(text, end, following[0]) is not None
            and _is_bare_title(text, *following, last=True) and _is_bare_title(text, start, end, last=False))


def _is_bare_title(text: str, start: int, end: int, last: bool) -> bool:
    """A title-cased quote with no punctuation at its end inside the marks (the last of a pair may end its sentence:
    '"Helldivers 2."')."""
    inner = text[start + 1:end - 1].strip()
    bare = inner.removesuffix(".") if last else inner
    return any(ch.isupper() for ch in bare) and not bare.endswith((",", ".", "!", "?", ";", ":")) \
        and _title_cased(bare, max_words=_TITLE_WORDS)


def _made_work(inner: str, text: str, end: int) -> bool:
    """A title, no sentence of its own, before a participle of making it (see `_MADE_AFTER`)."""
    bare = inner.strip(" ,")
    if not bare or bare.endswith((".", "!", "?", ";", ":")):
        return False
    if _title_cased(bare) and len(bare.split()) > 1:  # a word alone is as often said: '"Unacceptable," written in'
        return _MADE_AFTER.match(text, end) is not None
    return _foreign_title(bare) and _MADE_BY_AFTER.match(text, end) is not None


def _is_worked_on(text: str, inner: str, start: int, line_start: int) -> bool:
    """A title-cased quote, no sentence of its own, after a verb of working on a work and "on". Not after "wrote",
    even beside a writer of works: singers, bands and authors write posts too ('The band wrote "Heartbroken" on X')."""
    return not inner.rstrip().endswith((".", "!", "?")) \
        and _WORKED_ON_BEFORE.search(text, max(line_start, start - 60), start) is not None


def _opens_before_its_description(text: str, inner: str, start: int, end: int, line_start: int,
                                  line_end: int) -> bool:
    """A title-cased quote opening its sentence, then a comma and a description of a work up to the next comma or
    the sentence's end, with no verb of speech in it ('"Wicked", starring Cynthia Erivo, took'; not '"Get Brexit
    Done," the film's star said'); a dateline's dash opens the story's first sentence ('CANNES, France (AP) —
    "Anora", Sean Baker's comedy about a sex worker, won')."""
    if inner.rstrip(" ,").endswith((".", "!", "?")) \
            or not (_opens_sentence(text, start, line_start) or _DATELINE_BEFORE.search(text, line_start, start)):
        return False
    rest = text[end:line_end]
    comma = re.match(r"\s*,\s*", rest) if not inner.rstrip().endswith(",") else re.match(r"\s*", rest)
    if comma is None:
        return False
    description = re.split(r"[,;:.!?\"“”]", rest[comma.end():], maxsplit=1)[0]
    words = [word.strip("'’()").lower() for word in re.split(r"[\s-]+", description) if word]
    # Speech anywhere in the sentence makes the quote speech: its verb often follows the speaker's name after a
    # second comma ('"Heartbreaking," the host of the show, Piers Morgan, said').
    sentence = re.split(r"(?<=[.!?])\s", rest[comma.end():], maxsplit=1)[0]
    spoken = [word.strip("'’()\",.:;").lower() for word in sentence.split()]
    if not words or any(word in ATTRIBUTING_VERBS or is_said(word) or word in SPEECH_VERBS for word in spoken):
        return False
    return any(word in _TITLE_NOUNS or word.removesuffix("'s") in _TITLE_NOUNS or word in _DESCRIBING_WORDS
               for word in words)


# "from" and a capitalised name right after a title: the studio, label or maker it comes from.
_FROM_MAKER_AFTER = re.compile(r"\s*,?\s+from\s+[A-Z]")
# A dateline ending right before a quote: 'LOS ANGELES (Reuters) - ', 'NEW YORK (AP) — '.
_DATELINE_BEFORE = re.compile(r"^[A-Z][A-Z .,'-]+(?:,[\w .]+)?\s*\([\w .]+\)\s*[-–—]+\s*$")


def _opens_before_its_maker(text: str, inner: str, start: int, end: int, line_start: int, line_end: int) -> bool:
    """A title-cased quote opening its sentence, then "from" and a name, with no verb of speech in the sentence: a
    film or record and its studio or label ('"Inside Out 2" from Walt Disney Co's Pixar took in $155 million', '"Bad
    Boys: Ride or Die", from Sony Pictures, finished second'; not '"Not Guilty" from the dock, the defendant said')."""
    if inner.rstrip().endswith((",", ".", "!", "?", ";", ":")) or not _title_cased(inner, max_words=_TITLE_WORDS) \
            or not _FROM_MAKER_AFTER.match(text, end):
        return False
    # A dateline's dash opens the story's first sentence: 'LOS ANGELES (Reuters) - "Inside Out 2" from ...'; a chart's
    # order names the next title: '$96 million, followed by "Moana 2" from Disney'.
    if not (_opens_sentence(text, start, line_start) or _DATELINE_BEFORE.search(text, line_start, start)
            or _RANKED_BEFORE.search(text, max(line_start, start - 20), start)):
        return False
    sentence = re.split(r"(?<=[.!?])\s", text[end:line_end], maxsplit=1)[0]
    spoken = [word.strip("'’()\",.:;").lower() for word in sentence.split()]
    return not any(word in ATTRIBUTING_VERBS or is_said(word) or word in SPEECH_VERBS for word in spoken)


def _opens_sentence(text: str, start: int, line_start: int) -> bool:
    """Nothing but the end of a sentence between the line's start and the quote."""
    before = text[line_start:start].rstrip()
    return not before or before.endswith((".", "!", "?", "\"", "”"))


_ASKED_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?:Asked|Pressed|Questioned)\b[^.!?\n]*$")


def _after_a_comma_not_of_speech(text: str, start: int) -> bool:
    """A comma before the quote, not after a noun of speech ('The minister's reply, "Absolutely Not", angered')."""
    before = text[max(0, start - _LOOK_CHARS):start].rstrip()
    words = before[:-1].split()
    # Nor after a question put: 'Asked about the rumours, "Nonsense", laughed Trump.'
    asked = _ASKED_BEFORE.search(before) is not None
    return before.endswith(",") and bool(words) and words[-1].lower() not in SPEECH_NOUNS and not asked


# A work's noun ending an apposition after a quoted title: ', her fourth novel', ', the band's new album' (not "the
# film's director", "the podcast host said").
_WORK_AFTER = re.compile(rf"[\s,]*(?:her|his|their|its|the|a|an)\s+(?:[\w'’-]+\s+){{0,2}}"
                         rf"(?:{'|'.join(sorted(_WORK_NOUNS - {'titled', 'entitled'}))})\b(?!['’]|\s+[a-z])")
# Works listed before "including" and their titles.
_WORKS_LISTED = re.compile(r"\b(?:films|movies|novels|books|songs|albums|records|hits|plays|paintings|works|roles)\b",
                           re.IGNORECASE)
# Words before a quote that make it speech, or a slogan, whatever its case.
_SPEAKING_BEFORE = frozenset({"that", "saying", "says", "say", "said", "told", "tells", "asked", "asks", "added",
                              "adds", "wrote", "writes", "declared", "replied", "shouted", "chanted", "tweeted", "as",
                              "to", "was", "is", "be", "were", "are"})


def _inside_a_sentence(inner: str, last: str, first_after: str) -> bool:
    """A title-cased quote of three words or more between lower-case words that introduce no speech: a name or a
    title, which speech rarely is."""
    words = list(_words(inner))
    capitals = sum(word[:1].isupper() for word in words if word.lower() not in TITLE_SMALL_WORDS)
    return len(words) >= 3 and capitals >= 2 and not inner.rstrip().endswith((".", "!", "?")) \
        and last.isalpha() and last.islower() and last not in _SPEAKING_BEFORE and not is_said(last) \
        and first_after[:1].islower() and first_after.strip(",.").isalpha()


def is_unsaid_title(doc: Doc, text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """A title-cased quote inside a sentence with no verb of speech in it that reads as a work's title or a name the
    sentence does something with ('Analysts expect "Godzilla x Kong: The New Empire" to open'; not 'Trump said the "Big
    Beautiful Bill" was', nor a slogan or a jibe: 'He mocked "Sleepy Joe And His Radical Left Friends"'), the works'
    words aside that `is_name_not_speech` asks for."""
    line_start, line_end = line_bounds(text, start)[0], line_bounds(text, end)[1]
    before = text[max(line_start, start - _LOOK_CHARS):start].split()[-2:]
    after = text[end:min(line_end, end + _LOOK_CHARS)].split()[:1]
    # A name's first word outside its marks: 'sits on the Pacific "Ring of Fire" and', a name, whatever its shape.
    named_outside = bool(before[-1:]) and before[-1].isalpha() and before[-1].istitle() \
        and before[0] in ("the", "a", "an")
    before = before[:1] if named_outside else before[-1:]
    inner = text[start + 1:end - 1]
    if not (before and after and _inside_a_sentence(inner, before[0], after[0]) and _mostly_capitals(inner)):
        return False  # not mostly capitals: 'tensions "seemed to be decreasing until Mahnefah Gray, ..." according'
    sent = _unsaid_sentence(doc, start, end)
    if sent is None:
        return False
    return named_outside or _reads_as_a_title(text, inner, start, end) \
        or _among_titles(text, spans, start, sent.start_char, sent.end_char)


def _unsaid_sentence(doc: Doc, start: int, end: int) -> Span | None:
    """The quote's sentence if no verb of speech is in it outside the quote, else None."""
    inside = _tokens(doc, start, end)
    if not inside:
        return None
    sent = inside[0].sent
    if any(is_speech_verb(tok) or _is_said_mistagged(tok) or tok.lower_ == "according" or _speaks(tok) for tok in sent
           if not start <= tok.idx < end):
        return None
    return sent


def _speaks(tok: Token) -> bool:
    """A verb of speaking, whose words a quote may be though it attributes none: 'Smith often speaks of signing
    "character" players'."""
    return tok.pos_ == "VERB" and tok.lemma_ == "speak"


def _is_said_mistagged(tok: Token) -> bool:
    """A past tense of a verb of speech whatever its tag ("Said" read as a name), not a plural noun whose singular is
    such a verb: "member states", "the United States", "news reports" say nothing."""
    return is_said(tok.lower_) and tok.tag_ not in ("NNS", "NNPS")


# The most words of a scare quote before the noun it qualifies.
_SCARE_WORDS = 3


def is_scare_modifier(doc: Doc, text: str, start: int, end: int) -> bool:
    """A word or three in quotes before a lower-case noun they qualify, in a sentence with no verb of speech: a
    scare quote ('strict requirements on "high-risk" systems'), no one's words."""
    inner = text[start + 1:end - 1].strip()
    if not 0 < len(inner.split()) <= _SCARE_WORDS or inner.endswith((",", ".", "!", "?", ";", ":")):
        return False
    after = [tok for tok in _tokens(doc, end, min(len(text), end + 40)) if tok.idx >= end][:1]
    if not after or after[0].idx != end + 1 or not after[0].is_lower:
        return False
    if after[0].pos_ != "NOUN" and not _is_gerund_before_its_object(doc, start, end, after[0]):
        return False
    # Not after an owner, who may be the one who said them: 'manipulating his "average American" followers'.
    owner = [tok for tok in _tokens(doc, max(0, start - 40), start) if tok.idx < start][-1:]
    if owner and (owner[0].tag_ == "PRP$" or owner[0].tag_ == "POS"):
        return False
    return _unsaid_sentence(doc, start, end) is not None


# A vague figure in words alone, as a sum or a count is quoted for doubt: "hundreds of thousands", "millions", "tens of
# billions", "a few thousand".
_VAGUE_FIGURE = re.compile(r"(?:(?:tens|hundreds|thousands|millions|billions|dozens)(?:\s+of\s+(?:thousands|millions|"
                           r"billions))?|(?:a\s+few|several)\s+(?:hundred|thousand|million|billion))", re.IGNORECASE)
# The preposition that makes it an amount of the sentence: 'cut by "hundreds of thousands"', 'a loss of "millions"'.
_AMOUNT_BEFORE = re.compile(r"\b(?:by|to|from|of|than|about|around)\s*$", re.IGNORECASE)


def is_quoted_figure(text: str, start: int, end: int) -> bool:
    """A vague figure in words alone in quotes after a preposition of amount: a scare quote of a figure ('funding would
    be cut by "hundreds of thousands"'), no one's words."""
    inner = text[start + 1:end - 1].strip()
    return _VAGUE_FIGURE.fullmatch(inner) is not None \
        and _AMOUNT_BEFORE.search(text, max(0, start - 12), start) is not None


# Tags of a finite verb right after a quoted noun phrase, which the phrase is the subject of.
_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# A lower-case noun phrase of a word or three, as a scare quote holds it: "dynamic pricing", "growth".
_LOWER_PHRASE = re.compile(r"[a-z]+(?:[ -][a-z]+){0,2}")


def is_scare_subject(doc: Doc, text: str, start: int, end: int) -> bool:
    """A noun phrase of a word or three in lower case in quotes, inside a sentence with no verb of speech, right before
    a verb it is the subject of: a scare quote ('sparked anger after "dynamic pricing" pushed prices up'), no one's
    words (not after an owner, who may have said them: 'The company's "growth plan" failed', nor a noun's "of", whose
    words they may be: 'The vow of "no surrender" rang out')."""
    inner = text[start + 1:end - 1].strip()
    if _LOWER_PHRASE.fullmatch(inner) is None or _opens_a_sentence_or_after_a_colon(text, start):
        return False
    inside = [tok for tok in _tokens(doc, start, end) if start < tok.idx < end - 1]
    after = [tok for tok in _tokens(doc, end, min(len(text), end + 40)) if tok.idx >= end][:1]
    if not inside or inside[-1].pos_ != "NOUN" or not after or after[0].idx != end + 1 \
            or after[0].tag_ not in _FINITE_VERB_TAGS or not after[0].is_lower:
        return False
    verb = after[0].head if after[0].dep_ in ("aux", "auxpass") else after[0]
    owner = [tok for tok in _tokens(doc, max(0, start - 40), start) if tok.idx < start][-1:]
    # What someone believes, finds or rules is their words ('Police believe "foul play" was involved'), but a term
    # after "the" is none ('Critics fear the "nuclear option" would end the filibuster').
    if verb.dep_ == "ccomp" and not (owner and owner[0].lower_ == "the"):
        return False
    if owner and (owner[0].tag_ in ("PRP$", "POS") or owner[0].lower_ == "of"):
        return False
    return _unsaid_sentence(doc, start, end) is not None


# Set terms news puts in quotes, no one's words whatever verb of speech the sentence has: the quoted words alone
# ('Russia's "shadow fleet"'), and a quoted word with the noun after it, maybe past a short code in capitals ('"bad"
# LDL cholesterol').
_QUOTED_TERMS = frozenset({"shadow fleet", "dark fleet", "forever chemicals"})
_QUOTED_TERM_WORDS = frozenset({("bad", "cholesterol"), ("good", "cholesterol")})
_TERMS_NOUN = re.compile(r"[ \t]+(?:[A-Z]{2,5}[ \t]+)?([a-z]+)")


def is_set_term(text: str, start: int, end: int) -> bool:
    """The quote is a set term of `_QUOTED_TERMS` or `_QUOTED_TERM_WORDS`: 'Russia's "shadow fleet" of ageing
    tankers', 'lowers "bad" LDL cholesterol, Verve said'; not an answer said, its sentence's stop or comma inside
    its marks at a sentence's or a colon's start: '"Shadow fleet," the minister said'."""
    raw = text[start + 1:end - 1].strip()
    inner = raw.rstrip(".,").lower()
    if inner != raw.lower() and _opens_a_sentence_or_after_a_colon(text, start):
        return False
    if inner in _QUOTED_TERMS:
        return True
    noun = _TERMS_NOUN.match(text, end)
    return noun is not None and (inner, noun.group(1)) in _QUOTED_TERM_WORDS


# A grade, status or rating changed between two quoted labels: 'moved from "vulnerable" to "near threatened" on the
# Red List', 'cut its outlook from "stable" to "negative"'. Each label is a few words with no sentence's marks.
_LABEL = r"[\"\u201c][^\"\u201c\u201d.!?,;:]{1,30}[\"\u201d]"
_LABELS_CHANGED = re.compile(rf"\bfrom[ \t]+({_LABEL})[ \t]+to[ \t]+({_LABEL})")
_MAX_LABEL_WORDS = 3


def is_changed_label(text: str, start: int, end: int) -> bool:
    """The quote is one of the two labels of a change 'from "A" to "B"', each of a few words: a grade or status
    named, nobody's words ('moved from "vulnerable" to "near threatened", the IUCN said'; not 'warned that hopes had
    turned "from despair to anger"', one quote, nor 'from "a dream come true" to "the worst day of my life"')."""
    for found in _LABELS_CHANGED.finditer(text, max(0, start - 50), min(len(text), end + 50)):
        if (start, end) in (found.span(1), found.span(2)):
            words = [found.group(i)[1:-1].split() for i in (1, 2)]
            return all(len(label) <= _MAX_LABEL_WORDS for label in words) \
                and not any(word.casefold() in _SPEAKERS_PRONOUNS for label in words for word in label)
    return False


# A person in a label makes it words said, no grade: 'went from "we can win" to "we are done", the captain said'.
_SPEAKERS_PRONOUNS = frozenset({"i", "i'm", "i’m", "me", "my", "we", "we're", "we’re", "us", "our", "you", "your"})


def _opens_a_sentence_or_after_a_colon(text: str, start: int) -> bool:
    """Nothing but a sentence's end, a colon or the line's start before the quote: where a quote says something."""
    before = text[max(0, start - _LOOK_CHARS):start].rstrip(" \t")
    return not before or before.endswith((".", "!", "?", ":", "\n"))


# Nouns after which quoted words are cited as words: 'the terms "woman" and "sex" in the Equality Act'.
_CITING_NOUNS = frozenset({"term", "terms", "word", "words", "phrase", "phrases", "expression", "expressions"})
# A cited word's shape: one lower-case word, maybe hyphenated ("bad", "chopstick", "walk-in").
_CITED_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def is_cited_word(doc: Doc, text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """One lower-case word in quotes cited as a word, no one's speech: after "the term(s)" or "word(s)" ('the terms
    "woman" and "sex" in the Equality Act'), or a noun naming a kind of the noun after it whose sentence is said by
    someone only after it ('caught by the tower's "chopstick" arms, the company said'; not 'The minister said the
    "reckless" plan would fail', his word, nor 'A "suspicious" fire devastated the church, the minister said', an
    adjective someone chose)."""
    inner = text[start + 1:end - 1].strip()
    if _CITED_WORD.fullmatch(inner) is None:
        return False
    return (_after_a_citing_noun(text, start, spans) and _is_one_noun(doc, start, end)
            and not _words_someone_said(doc, start)) \
        or _modifies_the_noun_after(doc, start, end)


# Verbs of saying before "the words": the words are the subject's own ('Obama said the words "lump"').
_SAYING_WORDS = frozenset({"say", "use", "utter", "repeat", "write", "shout", "speak", "tweet", "post"})


def _words_someone_said(doc: Doc, start: int) -> bool:
    """A verb of saying comes before the citing noun of the quote at `start` in its sentence: the quoted word is the
    subject's speech ('Obama said the words "lump" the good Muslims with the bad', a gold quote), not a term cited
    ('the terms "woman" and "sex" in the Equality Act 2010', 'The dictionary added the word "rizz"')."""
    before = [tok for tok in _tokens(doc, max(0, start - 30), start) if tok.idx < start and tok.lower_ in _CITING_NOUNS]
    return bool(before) and any(tok.lemma_ in _SAYING_WORDS and tok.pos_ in ("VERB", "AUX")
                                for tok in before[-1].sent if tok.i < before[-1].i)


def _is_one_noun(doc: Doc, start: int, end: int) -> bool:
    """The quote holds one noun: "woman" of 'the terms "woman" and "sex"', not the verdict of 'Zelensky called the
    terms "unacceptable"' (the terms of a deal)."""
    inside = [tok for tok in _tokens(doc, start, end) if start < tok.idx < end - 1]
    return len(inside) == 1 and inside[0].pos_ in ("NOUN", "PROPN")


def _after_a_citing_noun(text: str, start: int, spans: list[tuple[int, int]]) -> bool:
    """Right after "the term"/"the words", or after "and"/"or" and a word so cited: '"sex" of 'the terms "woman" and
    "sex"'."""
    before = text[max(0, start - 30):start]
    if re.search(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat)\s+(\w+)\s*$", before) is not None \
            and before.split()[-1].lower() in _CITING_NOUNS:
        return True
    listed = re.search(r"\s(?:and|or),?\s*$", before)
    if listed is None:
        return False
    gap_end = start - len(before) + listed.start()
    return any(e == gap_end and s < e and _CITED_WORD.fullmatch(text[s + 1:e - 1].strip()) is not None
               and _after_a_citing_noun(text, s, spans) for s, e in spans)


def _modifies_the_noun_after(doc: Doc, start: int, end: int) -> bool:
    """The quoted noun qualifies the common noun after it, no owner who may have said it before it ("his"; "Trump's",
    not "the tower's"), and no verb of speech before it in its sentence."""
    inside = [tok for tok in _tokens(doc, start, end) if start < tok.idx < end - 1]
    if len(inside) != 1 or inside[0].dep_ not in ("compound", "nmod") or inside[0].pos_ != "NOUN":
        return False
    word, head = inside[0], inside[0].head
    if head.i <= word.i or head.pos_ != "NOUN" or not head.is_lower or head.idx < end:
        return False
    owner = [tok for tok in _tokens(doc, max(0, start - 40), start) if tok.idx < start][-1:]
    if owner and (owner[0].tag_ == "PRP$" or (owner[0].tag_ == "POS" and owner[0].i > 0
                                              and doc[owner[0].i - 1].pos_ != "NOUN")):
        return False
    return not any(is_speech_verb(tok) or _is_said_mistagged(tok) or tok.lower_ == "according" or _speaks(tok)
                   for tok in word.sent if tok.i < word.i)


def _is_gerund_before_its_object(doc: Doc, start: int, end: int, after: Token) -> bool:
    """One word in quotes, a verb's "-ing" form, before a determiner of its object outside them: the wording of a
    charge or a law ('fined for "discrediting" the army'), no one's words."""
    inside = [tok for tok in _tokens(doc, start, end) if start < tok.idx < end - 1]
    return len(inside) == 1 and inside[0].tag_ == "VBG" and inside[0].is_lower and after.pos_ == "DET"


# The most words of a quoted label after "of" or a name's possessive.
_LABEL_WORDS = 4


def is_label_of(doc: Doc, text: str, start: int, end: int) -> bool:
    """A short noun phrase in quotes right after "of" (and a name's possessive), in a sentence with no verb of speech: a
    label the sentence uses ('74 vessels of Moscow's "shadow fleet."', 'the rise of "fake news"'), no one's words
    (its subject, who does something else, was made the speaker)."""
    inner = text[start + 1:end - 1].strip().rstrip(".,")
    if not 0 < len(inner.split()) <= _LABEL_WORDS:
        return False
    if any(tok.pos_ in ("VERB", "AUX") for tok in _tokens(doc, start, end) if start < tok.idx < end - 1):
        return False  # a clause, not a phrase: 'a sign of "things are changing"'
    prev = next((tok for tok in reversed(_tokens(doc, max(0, start - 40), start)) if tok.idx < start), None)
    if prev is not None and prev.tag_ == "POS" and prev.i > 0 and doc[prev.i - 1].pos_ == "PROPN":
        # Past a name's possessive ("of Moscow's"); not "his", who may be the one who said it.
        owner = doc[prev.i - 1].left_edge
        prev = doc[owner.i - 1] if owner.i > 0 else None
    # Of a thing's noun: not of a verb ('spoke of "a new dawn"', 'accused him of "negligence"'), nor of words
    # ('chants of "U-S-A"').
    if prev is None or prev.lower_ != "of" or prev.head.pos_ != "NOUN" or prev.head.lemma_.lower() in _WORDS_OF_NOUNS:
        return False
    return _unsaid_sentence(doc, start, end) is not None


def _mostly_capitals(inner: str) -> bool:
    """The quote's words, the small ones aside, open with a capital and are capitalised more than half."""
    words = [word for word in _words(inner) if word.lower() not in TITLE_SMALL_WORDS]
    return bool(words) and words[0][:1].isupper() and 2 * sum(word[:1].isupper() for word in words) > len(words)


# A work's title's marks: a subtitle after a colon ("Godzilla x Kong: The New Empire"), a verb after "to" ("expect
# "…" to open"), a work's noun just before or after ('the director of the film "…"', '"The Hunger Games" sequel'),
# a company's legal form or an owner's apostrophe ending it ('"The Creamery Corporation"', '"The Hunger Games\'"').
_SUBTITLE = re.compile(r":\s+[A-Z]")
_TO_VERB_AFTER = re.compile(r"\s+to\s+[a-z]+\b")
_TITLE_NOUNS = _WORK_NOUNS | {"sequel", "prequel", "remake", "spin-off", "franchise", "trilogy", "films", "movies",
                              "hits", "novels", "books", "songs", "albums", "shows", "series", "manga", "anime"}
_TITLE_NOUN_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_TITLE_NOUNS))})(?:\s+\S+){{0,2}}\s*$", re.IGNORECASE)
_TITLE_NOUN_AFTER = re.compile(rf"[,\s]+(?:{'|'.join(sorted(_TITLE_NOUNS))})\b", re.IGNORECASE)


def _reads_as_a_title(text: str, inner: str, start: int, end: int) -> bool:
    """A quote written as a work's title or a firm's name by a mark of one in or around it (see `_SUBTITLE`)."""
    last = inner.rstrip(" ,.").rsplit(maxsplit=1)[-1:]
    return bool(_SUBTITLE.search(inner) or _TO_VERB_AFTER.match(text, end) or _YEAR_AFTER.match(text, end)
                or _TITLE_NOUN_BEFORE.search(text, max(0, start - _WORK_CONTEXT), start)
                or _TITLE_NOUN_AFTER.match(text, end)
                or (last and (last[0].lower() in CORPORATE_SUFFIXES or last[0].endswith(("s'", "s’")))))


def _among_titles(text: str, spans: list[tuple[int, int]], start: int, sent_start: int, sent_end: int) -> bool:
    """Another title-cased quote in the sentence: a list of works ('such MGM movie hits as "…", "Jupiter's Darling"
    and "Million Dollar Mermaid"'), which speech seldom is."""
    first = bisect.bisect_left(spans, (sent_start, sent_start))
    in_sentence = itertools.takewhile(lambda span: span[0] < sent_end, itertools.islice(spans, first, None))
    return any(other_start != start and _mostly_capitals(text[other_start + 1:other_end - 1])
               for other_start, other_end in in_sentence)


# A year in brackets after a quoted title: "Lagos Sunrise" (1974).
_YEAR_AFTER = re.compile(r"[,.]?\s*\((?:1[89]|20)\d\d\)")


# Words of a work's context a few words before "in" or "for" and a title-cased quote (not 'shouted for "Order,
# Order"', 'asked for "Patience"'); an award's category too: 'took best actor for "The Brutalist"'.
_WORK_WORDS = re.compile(r"\b(?:role|roles|starred|starring|known|famous|remembered|nominated|nomination|award|"
                         r"awards|prize|prix|Oscar|Grammy|Emmy|Bafta|album|albums|film|films|filmmaker|novel|novels|"
                         r"novelist|book|books|song|songs|single|music\s+videos?|series|play|festival|exhibition|painting|paintings|"
                         r"museum|gallery|lend|loan|best\s+(?:[\w-]+\s+){0,2}(?:actor|actress|picture|director|film|song|album|"
                         r"feature|documentary|screenplay|score))\b",
                         re.IGNORECASE)
_WORK_CONTEXT = 60  # characters looked back


def _is_handle_in_a_name(text: str, start: int, end: int, inner: str) -> bool:
    """One word in quotes glued between a given name and a capitalised surname on its line, whatever its case
    ('Jamie "keita" Hall', 'Casper "cadiaN" Møller'); not before a day or month ('called Clinton "crooked" Monday')."""
    line_start, line_end = line_bounds(text, start)[0], line_bounds(text, end)[1]
    before = text[max(line_start, start - _LOOK_CHARS):start].split()[-1:]
    after = text[end:min(line_end, end + _LOOK_CHARS)].split()[:1]
    return bool(before and after) and text[start - 1:start].isspace() and text[end:end + 1].isspace() \
        and after[0].rstrip(".,").lower() not in MONTHS | WEEKDAYS and _is_nickname(inner, before[0], after[0]) \
        and not _title_cased(text[line_start:line_end], max_words=40)


# The most words of a ring name or nickname written in quotes before the surname: '"Sugar Sean" O'Malley'.
_LEADING_NICKNAME_WORDS = 2


def _is_leading_nickname(inner: str, after: str, gap: str) -> bool:
    """One or two capitalised words in quotes, a given name among them and no small word nor mark of a sentence,
    then a space and a capitalised surname: '"Sugar Sean" O'Malley said', '"Iron Mike" Tyson' (not '"Absolutely,"
    Smith said', '"Never" Johnson said')."""
    words = inner.split()
    surname = after.rstrip(".,;:")
    return gap.isspace() and 0 < len(words) <= _LEADING_NICKNAME_WORDS \
        and all(word.isalpha() and word.istitle() and word.lower() not in STOP_WORDS for word in words) \
        and any(is_given_name(word) for word in words) \
        and surname[:1].isupper() and surname.replace("'", "").replace("’", "").replace("-", "").isalpha() \
        and surname.lower() not in MONTHS | WEEKDAYS


def _is_nickname(inner: str, before: str, after: str) -> bool:
    """One quoted word between a given name and a surname: Walter "Sonny" Briggs (not 'Johnson said "No." The')."""
    word = inner.strip()
    return " " not in word and word[-1:].isalpha() and before.istitle() and before.isalpha() \
        and is_given_name(before) and after[:1].isupper() and after.rstrip(".,").isalpha()


def merge_pieces(doc: Doc, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join quoted pieces of one sentence separated by a few words with no speech verb."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _joinable(doc, text, merged[-1][1], start):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _joinable(doc: Doc, text: str, gap_start: int, gap_end: int) -> bool:
    gap = text[gap_start:gap_end]
    if not gap.strip() or len(gap) > _MAX_JOIN_GAP or "\n" in gap:
        return False
    if any(ch in SENTENCE_END for ch in gap) or text[gap_start - 2 : gap_start - 1] in SENTENCE_END:
        return False
    return not any(is_speech_verb(t) or t.dep_ in SUBJECT_DEPS and t.lower_ not in RELATIVE_PRONOUNS
                   for t in _tokens(doc, gap_start, gap_end))
# Nouns before "of" whose quoted phrase is someone's words after all: 'a statement of "deep concern"', 'Trump's
# threat of "fire and fury"'.
_WORDS_OF_NOUNS = SPEECH_NOUNS | DOCUMENT_NOUNS | {"chant", "cry", "shout", "phrase", "threat", "vow", "call",
                                                    "plea", "boast", "charge", "demand", "appeal", "denial",
                                                    "insistence"}


def _bare(text: str, start: int, end: int) -> str:
    """A quote's words without its marks and the punctuation around them, as its title is written elsewhere."""
    return text[start + 1:end - 1].strip(" ,.;:'\"‘’“”")


def is_title_again(doc: Doc, text: str, start: int, end: int, titles: set[str]) -> bool:
    """A title-cased quote written as a work's title or a name elsewhere in the text, again with no sentence of its
    own in a sentence with no speech but what it does itself: 'Sally Rooney's fourth novel, "Intermezzo," ... Still,
    "Intermezzo" confirms Rooney as' (not '"Never Again," Smith said' nor 'Trump said the "Big Beautiful Bill" was'
    after 'Trump's "Big Beautiful Bill"')."""
    inner = text[start + 1:end - 1]
    if _bare(text, start, end) not in titles or not _title_cased(inner) \
            or inner.rstrip(" ,'\"’”").endswith((".", "!", "?")):
        return False
    inside = _tokens(doc, start, end)
    if not inside:
        return False
    return not any((is_speech_verb(tok) or is_said(tok.lower_) or tok.lower_ == "according")
                   and not _subject_within(tok, start, end)
                   for tok in inside[0].sent if not start <= tok.idx < end) or _subject_on_its_own(doc, start, end)


def _subject_on_its_own(doc: Doc, start: int, end: int) -> bool:
    """The quote is the whole subject of a verb of no speech, no determiner or owner before it: 'said "Wicked" had the
    biggest opening' (not 'said the "Big Beautiful Bill" was', whose marks set off words in a phrase of its own)."""
    inside = [tok for tok in _tokens(doc, start, end) if start < tok.idx < end - 1]
    heads = [tok for tok in inside if not start <= tok.head.idx < end]
    if len(heads) != 1 or heads[0].dep_ not in SUBJECT_DEPS or is_speech_verb(heads[0].head) \
            or is_said(heads[0].head.lower_):
        return False
    before = [tok for tok in _tokens(doc, max(0, start - 40), start) if tok.idx < start][-1:]
    return not before or (before[0].pos_ not in ("DET", "PRON") and before[0].tag_ not in ("POS", "PRP$"))


def _subject_within(verb: Token, start: int, end: int) -> bool:
    """The verb's subject is a word inside the quote: the title itself does it ('"Intermezzo" confirms')."""
    return any(child.dep_ in SUBJECT_DEPS and start <= child.idx < end for child in verb.children)
