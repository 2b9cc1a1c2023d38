"""Page furniture: lines of a scraped article that are not reporting (bylines, picture credits, link lists), and
the datelines that open wire copy and the times that open a live blog's entries.

They hold names and noun phrases ("By Jane Doe, Staff Writer", "Photo: Getty Images") that say nothing of
what the article is about: key phrases skip them and entity salience does not count them.
"""
from __future__ import annotations

import bisect
import functools
import math
import re

from spacy.tokens import Doc

from services.nlp.doctext import text_of
from services.nlp.entity_rules import (
    CITIES,
    CLOCK_TIME,
    CLOCK_TIME_ZONES,
    COUNTRIES,
    HANSARD_PARTIES,
    KNOWN_ORGANISATIONS,
    MONTHS,
    PICTURE_AGENCIES,
    PLACE_NAMED_CLUBS,
    TOWNS,
    US_STATES,
)
from services.nlp.given_names import is_given_name

# A name in capitals as written (the line's pattern ignores case, a name does not).
_NAME = r"(?-i:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin))*)"
# How a picture's caption or credit line opens: "Photo: Getty Images", "Image caption, Rachel Reeves said ...",
# "Pictured: Firefighters at the scene", "Above: The roof on Tuesday", a wire's "FILE PHOTO: People wade ...",
# "Caption: Hardik Pandya (left) with coach Mark Boucher".
_CAPTION_OPENING = (
    r"(?:file\s+)?(?:photo|photograph|picture|image|video|graphic)s?(?:\s+(?:copyright|caption|credit)s?)?\s*[:|©]"
    r"|(?:image|photo)\s+(?:copyright|caption)\b|(?:pictured|above|below|left|right|top|inset|caption)\s*:"
)
# A caption, matched at a line's start: its quotes repeat the article's.
CAPTION = re.compile(rf"\s*(?:{_CAPTION_OPENING})", re.IGNORECASE)
# Where a caption's sentence ends in a text without line breaks, which goes on with the article on the same line.
_CAPTION_END = re.compile(r"[.!?][\"'”’)]*(?:\s|$)")


def in_caption(text: str, at: int) -> bool:
    """True when character `at` is in a picture's caption (see `caption_span`), or in the sentence a credit that ends
    its line follows (`_credited_sentence_start`)."""
    line_start = text.rfind("\n", 0, at) + 1
    span = caption_span(text, line_start)
    if span is not None and at < span[1]:
        return True
    start = _credited_sentence_start(text, line_start, at)
    return start is not None and start <= at


def _credited_sentence_start(text: str, line_start: int, at: int) -> int | None:
    """Where the caption's sentence starts on a line that ends in a picture's credit after it ("Germany’s Boris
    Pistorius said Ukraine was at the ‘epicentre of a broader conflict’. Photograph: Omar Havana/Getty"), if the line
    at `line_start` is one; the credit's sentence lies after `at`."""
    # That caption repeats the article's words: its quote was listed twice, once in each of the article's marks.
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    if not _has_credit_opening_between(text, at, line_end):
        return None  # most lines: no credit after the character
    credits = [credit for credit in _inline_credits(text, line_start, line_end)
               if credit.start() > at and not text[credit.end():line_end].strip()]
    if not credits:
        return None
    # The caption's sentence without its end (a stop, and marks either side of it: "conflict’.", "said.”").
    sentence_end = line_start + len(text[line_start:credits[0].start()].rstrip().rstrip(".!?\"'”’)"))
    ends = [end.end() for end in _CAPTION_END.finditer(text, line_start, sentence_end)]
    return ends[-1] if ends else line_start


def caption_span(text: str, line_start: int) -> tuple[int, int] | None:
    """The picture caption that opens the line at `line_start`, if one does: the line to its end ("Photo: Keir Starmer
    in Liverpool. He told delegates ..." is all caption), or in a text of one line only its first sentence."""
    opening = CAPTION.match(text, line_start)
    if opening is None:
        return None
    line_end = text.find("\n", line_start)
    if line_end >= 0:
        return line_start, line_end
    end = _CAPTION_END.search(text, opening.end()) if line_start == 0 else None
    return line_start, end.end() if end else len(text)


# A picture's credit, on a line of its own or where its caption ends: "Photograph: Omar Havana/Getty", "Photo: Getty
# Images", "Photograph: Sergei Supinsky/AFP via Getty Images": the photographer, then the agencies after slashes or
# "via".
_CREDIT = re.compile(rf"(?:{_CAPTION_OPENING})\s*({_NAME}(?:(?:\s*/\s*|\s+via\s+){_NAME})*)[ \t.]*$", re.IGNORECASE)
_CREDIT_NAME = re.compile(_NAME)
# The look-ahead for the letters the openings start with halves the search of a whole text: the engine tries the
# alternatives only there.
_CREDIT_OPENING = re.compile(rf"(?=[fpivgablrtc])(?:{_CAPTION_OPENING})", re.IGNORECASE)
# The same in lower case, for a lower-cased text: half the time of the case-blind search.
_CREDIT_OPENING_LOWER = re.compile(rf"(?=[fpivgablrtc])(?:{_CAPTION_OPENING})")


def _has_credit_opening(text: str) -> bool:
    """Whether a caption's opening is anywhere in the text (`_CREDIT_OPENING`), searched in lower case where that
    is exact: in ASCII text (outside it, case folding matches other letters too, "ı" for "i")."""
    if not text.isascii():
        # The same cue, exact here too though the case-blind search is run: an opening holds a colon, a bar or "©",
        # or "capt" of "caption" or "copyr" of "copyright", whose letters no other letter folds to (as "ı" does to
        # "i"). Most lines of a text with curly quotes hold none, and the case-blind search costs three times the
        # lower-case one.
        lower = text.lower()
        if ":" not in text and "|" not in text and "©" not in text and "capt" not in lower and "copyr" not in lower:
            return False
        return _CREDIT_OPENING.search(text) is not None
    lower = text.lower()
    # Each opening ends in a colon or a bar ("©" is no ASCII), or holds "copyright" or "caption": a text with none of
    # them needs no search.
    if ":" not in lower and "|" not in lower and "copyright" not in lower and "caption" not in lower:
        return False
    return _CREDIT_OPENING_LOWER.search(lower) is not None


def _has_credit_opening_between(text: str, at: int, line_end: int) -> bool:
    """`_has_credit_opening(text[at:line_end])` for `at` and the end of its line, read off the openings each line holds:
    every sentence asks it of the rest of its line, and a text of one line was searched again from each sentence."""
    starts = _credit_opening_starts(text)
    i = bisect.bisect_left(starts, at)
    return i < len(starts) and starts[i] < line_end


@functools.lru_cache(maxsize=4)  # the summary and the quotes ask of the article being analysed
def _credit_opening_starts(text: str) -> tuple[int, ...]:
    """Every position where a caption's opening starts and matches within its line, as `_has_credit_opening` matches:
    the rest of a line from `at` holds an opening when one of these starts in it."""
    starts: list[int] = []
    line_start = 0
    for line in text.split("\n"):
        if _has_credit_opening(line):  # most lines: none, and no search for each position
            pattern, searched = (_CREDIT_OPENING_LOWER, line.lower()) if line.isascii() else (_CREDIT_OPENING, line)
            position = 0
            while (opening := pattern.search(searched, position)) is not None:
                starts.append(line_start + opening.start())
                position = opening.start() + 1  # openings may overlap: "photo caption:" holds "caption:"
        line_start += len(line) + 1
    return tuple(starts)


def credit_agency_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the agencies that picture credits name: known agencies, and the names after a photographer
    ("Omar Havana/Getty"); where an agency comes first, the names after it are its photographers ("REUTERS/Kevin
    Lamarque")."""
    spans, offset = [], 0
    if not _has_credit_opening(text):
        return spans  # most texts: no line is asked
    for line in text.split("\n"):
        if credit := _CREDIT.search(line):
            spans += _agencies(text, offset + credit.start(1), offset + credit.end(1))
        offset += len(line) + 1
    for credit in _inline_credits(text):
        spans += [span for span in _agencies(text, *credit.span(1)) if span not in spans]
    for credit in _BRACKETED_CREDIT.finditer(text):
        # "(Image: Leicester Mercury / Reach plc)": a paper and its publisher, unless a given name opens the first
        # ("(Picture: Jane Doe / Reach plc)"); after an agency, a given name and a surname are its photographer's
        # ("(Image: BBC/Jeff Overs)").
        names = list(_CREDIT_NAME.finditer(text, *credit.span(1)))
        spans += [name.span() for i, name in enumerate(names)
                  if not (is_given_name(name.group().split()[0]) and (i == 0 or len(name.group().split()) > 1))]
    return spans


def _agencies(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the agencies among the names of the credit at text[start:end]: known agencies, and the names after a
    photographer; after an agency, its photographers are not."""
    names = list(_CREDIT_NAME.finditer(text, start, end))
    known = [name.group().rstrip(".").casefold() in PICTURE_AGENCIES for name in names]  # "Getty Images."
    return [name.span() for i, name in enumerate(names) if known[i] or (i > 0 and not known[0])]


# Whole lines, without a full stop at the end (a sentence such as "By Monday, the troops had left." is news).
# Headings of link lists ("Related Topics") are `_LIST_HEADER`'s.
_FURNITURE = re.compile(
    r"^\s*(?:"
    # "By Jane Doe, Staff Writer", "By Jacob Steinberg at the Emirates Stadium".
    rf"by\s+{_NAME}(?:\s*(?:,|and|&|\||-|–|—|\s(?:at|in)\s)\s*[^.!?]{{0,60}})?"
    # A byline's second line: "AP Economics Writer", "Science correspondent".
    r"|(?:[a-z]+\s+){0,3}(?:writer|correspondent|editor|reporter|columnist|contributor)s?"
    # A press release's end, a columnist's note: "SOURCE Halvorsen Robotics", "The writer is a former member of the
    # Monetary Policy Committee". (A link on a line of its own is the page frame's: `_LINK_LINE`.)
    rf"|source\s*:?\s+{_NAME}.{{0,60}}|the\s+writers?\s+(?:is|are)\s.{{0,200}}"
    rf"|(?:{_CAPTION_OPENING}).{{0,120}}"
    r"|advertisement|share\s+this(?:\s+\w+)?|for\s+immediate\s+release"
    r"|(?:published|updated|last\s+updated)\s*:?.{0,60}"
    # A wire story's sign-off: "Reporting by Noel Randewich; Editing by Leslie Adler", in brackets or not, "To contact
    # the reporter ...".
    rf"|\(?(?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\s+{_NAME}(?:\s*(?:;|,|and|&|in)\s*[^.!?]{{0,200}})?"
    r"|to\s+contact\s+the\s+(?:reporters?|editors?)\b.{0,200}"
    r")\s*$",
    re.IGNORECASE,
)
# Lines of a web page's frame, full stop or not: a cookie banner, a copyright line, a row of share buttons.
_PAGE_FRAME = re.compile(
    r"^\s*(?:"
    r"(?=[^\n]{0,300}\bcookies?\b)(?:we\s+use|this\s+(?:site|website)\s+uses|by\s+(?:continuing|using)|accept|reject"
    r"|manage|allow|cookie\s+(?:settings|preferences|policy))\b[^\n]{0,300}"
    r"|(?:©|\(c\)|copyright\s+(?:©\s*)?\d{4})[^\n]{0,200}"
    r"|our\s+standards\s*:[^\n]{0,80}"  # "Our Standards: The Thomson Reuters Trust Principles."
    # An editor's note on the article itself: "This story has been updated with additional details.", "The interview
    # has been edited for length and clarity.", "This article was originally published by The Conversation." (not
    # reporting on an edit: "The article was corrected after ...", "The post has been edited, Reuters said").
    r"|(?![^\n]*\b(?:said|says|claimed|claims|according|told|reported)\b)"
    r"(?:(?:this|the)\s+(?:story|article|interview|transcript|post|piece|report|conversation|q&a)\s+has\s+been\s+"
    r"(?:lightly\s+)?(?:updated|edited|corrected|condensed|amended)(?:\s+(?:for|with|to|since)\b[^\n]{0,150}|\.)?"
    r"|this\s+(?:story|article|piece|post)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\b[^\n]{0,150}"
    r"|(?:interviews?|responses|answers|quotes|comments|conversations?)\s+(?:has|have)\s+been\s+(?:lightly\s+)?"
    r"(?:edited|condensed)\s+for\b[^\n]{0,100})"
    # An editor's note alone on its line ("Editor's note: This story has been updated."); one that shares its line
    # with the news is `_editors_notes`'s, the note's sentences only.
    r"|editor['’]?s\s+note\s*:(?:(?![.!?][\"'”’)]*\s+[\"“‘(]?(?-i:[A-Z]))[^\n]){0,400}"
    # Credits and sponsors: "Associated Press writer Jill Lawless in London contributed to this report.", "This story
    # was reported with support from the Pulitzer Center.", "... The AP is solely responsible for all content."
    r"|[^\n]{0,200}\b(?:writers?|reporters?|correspondents?|journalists?|staff|producers?|editors?)\b[^\n]{0,200}"
    r"\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\.?"
    r"|this\s+(?:story|article|report|piece|project|series)\s+(?:was|is)\s+(?:reported|produced|published|supported|"
    r"funded|written|made)\s+(?:with|in)\s+(?:the\s+)?(?:support|partnership|collaboration|funding)\b[^\n]{0,200}"
    r"|[^\n]{0,400}\b(?:the\s+)?(?:ap|associated\s+press)\s+is\s+solely\s+responsible\s+for\s+all\s+content\.?"
    r"|follow\s+us\s+on\s+[^\n.]{0,80}"
    r"|(?:(?:share|facebook|twitter|x|whatsapp|e-?mail|linkedin|reddit|pinterest|telegram|messenger|print|copy\s+link"
    r"|flipboard|bluesky|threads)\s*[|·•,]?\s*){2,12}"
    r")\s*$",
    re.IGNORECASE,
)
# Words in lower case one of which each of `_PAGE_FRAME`'s lines holds, or opens with (its share buttons'): an ASCII
# line with none of them needs no match, whose many alternatives scan the line (tens of µs a line).
_PAGE_FRAME_WORDS = ("cookie", "(c)", "copyright", "standards", "been", "published", "appeared", "editor",
                     "contributed", "support", "partnership", "collaboration", "funding", "solely", "follow")
_PAGE_FRAME_OPENINGS = ("share", "facebook", "twitter", "x", "whatsapp", "e", "linkedin", "reddit", "pinterest",
                        "telegram", "messenger", "print", "copy", "flipboard", "bluesky", "threads")
# A navigation bar: "Home | News | Sport | Business", "Accessibility Help | Contact Us" (no digits: a table's row).
_NAV_ITEM = re.compile(r"[^\W\d][^|·•\d]{0,30}")
_RANGES = "newswire.furniture"
_FRAME = "newswire.page_frame"
_DATELINES = "newswire.datelines"
# A heading of a list of links: the short lines under it ("Labour Party", "Welfare reform") are links too.
_LIST_HEADER = re.compile(r"^\s*related\s+topics\s*:?\s*$", re.IGNORECASE)
LIST_ITEM_WORDS = 8
# A heading of the page's links to other stories, whose headlines under it are the page's, not the article's: their
# names ("How the AI boom catapulted Nvidia into tech's big league") are no entities of it, their quotes ('- Fed's
# Powell says rate cuts likely "at some point this year"' under "Related coverage:") no quotes.
_OTHER_STORIES_HEADER = re.compile(
    r"^\s*(?:related\s+(?:stories|articles|coverage|content|links)|more\s+on\s+this\s+story|also\s+read"
    r"|articles\s+you\s+may\s+like|(?:you\s+)?(?:may|might)\s+also\s+like|more\s+(?:stories|news|to\s+read)"
    r"|read\s+next|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|top\s+stories|editor'?s\s+picks"
    r"|recommended(?:\s+(?:for\s+you|stories|reading))?|what\s+to\s+read\s+next)\s*:?\s*$",
    re.IGNORECASE,
)
HEADLINE_ITEM_WORDS = 20
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)]*\s*$")
# A dateline that opens a line: "LONDON (Reuters) - ", "WASHINGTON, D.C. -- ", "SEATTLE — ", "NEW YORK/LONDON, March 4
# (Reuters) - ", with a state and a date "CUPERTINO, Calif., Jan 30 (AP) — " (a second comma only before a date:
# "NATO, Russia, China - all three" opens a sentence), the agency alone "(Bloomberg) -- ", or a press release's
# "COLUMBUS, Ohio, May 6, 2026 /PRNewswire/ -- " and "SAN JOSE, Calif.--(BUSINESS WIRE)--"; a date and an agency,
# the place in any case or none: "New Delhi, Apr 25 (PTI) ", "June 12 (Reuters) - "; an outlet and its time,
# "Law360 (June 10, 2026, 8:45 PM EDT) -- "; a place and a colon before a paragraph, as Indian papers write it,
# "Mumbai: The death toll ... ." (a label such as "Analysis: " is taken too, and is furniture as much; not a headline's
# speaker, "Sanders: Clinton needs to ...", a short line), or a city or country in capitals before a paragraph,
# "KARACHI: The State Bank ...", as Pakistani papers write it (not "NASA: The agency said", nor a team's line-up,
# "LIVERPOOL: Alisson; Bradley, ...").
# Capital letters, accented ones too ("BOGOTÁ (AP) —", "SÃO PAULO (Reuters) -"): a class's contents, to embed.
_CAPS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x17F)) if c.isupper())
# A British day-first date, its year after a space: "3 March 2025", "12 June", "5 Sept." (of a month's names only: a
# number before any word in capitals is as often a count).
_DAY_FIRST_DATE = (r"\d{1,2}\s+(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?(?:\s+\d{4})?")
# "March 4", "Jan. 30", a press release's "OCTOBER 21"; "3 March 2025".
_DATE = r"(?:(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+\d{1,2}|" + _DAY_FIRST_DATE + ")"
_DASH = r"(?:--|—|–|-)"
DATELINE = re.compile(
    rf"^(?:(?:[{_CAPS}][{_CAPS} .'/-]{{1,30}}[{_CAPS}](?:,\s*[A-Z][\w. ]{{0,20}})?(?:,\s*" + _DATE + r"(?:,\s*\d{4})?)?"
    r"\s*(?:\([\w .]{1,30}\)|/[\w .-]{2,30}/)?|\([A-Z][\w .]{1,30}\))"
    r"\s*(?:" + _DASH + r"\s|--\([A-Z][\w .]{1,30}\)--\s*)"
    r"|(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s*)?" + _DATE + r"\s*\([A-Z][\w .]{1,30}\)\s*(?:" + _DASH + r"\s*)?"
    r"|[A-Z]\w{1,20}\s*\(" + _DATE + r",\s*\d{4}[^()\n]{0,30}\)\s*" + _DASH + r"\s"
    r"|[A-Z][a-z]{3,}(?:\s[A-Z][a-z]+)?:\s(?=[A-Z][^\n]{110,}[.!?\"”’]\s*$)"
    rf"|(?P<capitals>[{_CAPS}][{_CAPS} .'-]{{1,30}}[{_CAPS}]):\s(?=[A-Z][a-z][^\n;]{{60,}}[.!?\"”’]\s*$))",
    re.MULTILINE,
)
# The time that opens a live blog's entry: "10:45 BST ", "09:10 GMT - ", "12.31pm: " (a pattern to embed).
ENTRY_TIME = rf"{CLOCK_TIME}(?:\s+(?:{'|'.join(sorted(CLOCK_TIME_ZONES))}))?(?:\s*[-–—:|])?\s+(?=[A-Z])"
_ENTRY_TIME_LINE = re.compile(rf"^{ENTRY_TIME}", re.MULTILINE)
ENTRY_TIME_RE = re.compile(ENTRY_TIME)  # a stamp matched where a line starts
# The kind of an entry, a notice or an article a label gives: "Live", "Correction", "Explainer", "Fact check".
_NOTICE_KIND = r"live|corrections?|clarifications?|hit\s+list"
# (A listings page's "Listings: The Leeds Festival opens ..." too.)
_ARTICLE_KIND = (r"updates?|explainer|analysis|fact[\s-]?check|opinion|exclusive|watch|breaking(?:\s+news)?"
                 r"|what\s+we\s+know(?:\s+so\s+far)?|listings")
_KIND = rf"{_NOTICE_KIND}|{_ARTICLE_KIND}"
# The parts of a fact check its labels open: "CLAIM: ...", "AP'S ASSESSMENT: False.", "THE FACTS: ...", "Our ruling:".
_FACT_CHECK_PARTS = (r"(?:the\s+)?claims?|(?:[a-z]{2,8}['’]s\s+)?assessment|the\s+facts|(?:our\s+|the\s+)?ruling"
                     r"|(?:our\s+|the\s+)?verdict")
# A notice's date after its label: "Correction, 14 March: ...", "Update, March 14, 2026: ...".
LABEL_DATE = r",\s*(?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2})(?:,?\s+\d{4})?"
# A label that opens a paragraph and says what kind of entry or notice it is: "Live: 09:15 BST – ...", "Correction: An
# earlier version ...", "Clarification: ...", "Correction, 14 March: ...", "Explainer: What is in ...", "From our
# correspondent in Lahore: ...", "Hit list: 5 restaurants ...", "Q&A with Dr Fiona Hill" (a pattern to embed). The
# notice after it is the text's content; the label names nothing.
NOTICE_LABEL = (rf"(?i:(?:{_NOTICE_KIND})(?:{LABEL_DATE})?|from\s+our\s+(?:own\s+)?correspondents?"
                r"(?:\s+in\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?)\s*:\s+(?=\S)"
                # An article's kind only before a capital: "Update: The outage ..." (not "Update: the company said
                # ...", a sentence the label opens, which stays whole)
                # A fact check's part too: "CLAIM: A video shows ...", "THE FACTS: The video was edited ...".
                rf"|(?i:(?:{_ARTICLE_KIND}|{_FACT_CHECK_PARTS})(?:{LABEL_DATE})?)\s*:\s+(?=\S)(?![a-z])"
                r"|Q\s*&\s*A(?:\s*:|\s+with\b)\s*")  # not the words of "Q&A sessions were held ..."
_NOTICE_LABEL_LINE = re.compile(rf"^(?:{NOTICE_LABEL})", re.MULTILINE)
# The kind's words of such a label opening a line, which the model reads as a name ("Explainer", "THE FACTS" a person).
_KIND_LABEL_LINE = re.compile(rf"^(?i:{_KIND}|{_FACT_CHECK_PARTS})(?=(?i:{LABEL_DATE})?\s*:\s+\S)", re.MULTILINE)
# The mark of an interview's question or answer that opens a line: "Q: Is the WTO still relevant?", "A. Yes.", or a
# transcript's label in capitals, a role's or a speaker's name: "INTERVIEWER: Mr Rutte, is ...?", "RUTTE: We are ...",
# "MARK RUTTE: ..." (one to three words), a role with the name in brackets, "HOST (Sarah Montague): Welcome back ...";
# a podcast's time stamp may come before it, "[00:14:32] JOE ROGAN: So what did Elon say?".
_INTERVIEW_MARK = re.compile(rf"^(?P<stamp>\[\d{{1,2}}(?::\d{{2}}){{1,2}}\][ \t]*)?"
                             rf"(?:(?P<letter>[QA])[ \t]*[:.]"
                             rf"|(?P<label>[{_CAPS}][{_CAPS}'’.-]*(?:[ \t][{_CAPS}][{_CAPS}'’.-]*){{0,2}})"
                             r"(?:[ \t]*\([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3}\))?[ \t]*:)"
                             r"[ \t]+(?=\S)", re.MULTILINE)
# The labels of who asks: their lines are questions.
ASKING_LABELS = frozenset({"Q", "QUESTION", "INTERVIEWER", "HOST", "PRESENTER", "MODERATOR", "ANCHOR"})
# The labels of a role, not of a person: they name no one.
_ROLE_LABELS = ASKING_LABELS | {"A", "ANSWER", "GUEST", "CALLER", "NARRATOR", "VOICEOVER", "REPORTER"}
# Labels in capitals of a text's notes and boxes, no speaker's: "SOURCE: ONS", "NOTE: Figures exclude Scotland", "WHY
# IT MATTERS: ...", "THE BIG PICTURE: ...".
_NOT_SPEAKERS = frozenset({"SOURCE", "SOURCES", "NOTE", "NOTES", "PS", "P.S.", "DISCLAIMER", "WARNING", "BACKGROUND",
                           "CONTEXT", "KEY POINTS", "THE BIG PICTURE", "THE BOTTOM LINE", "BOTTOM LINE",
                           "DRIVING THE NEWS", "DETAILS", "WHAT'S NEXT", "WHAT’S NEXT", "FLASHBACK", "CREDIT",
                           "CREDITS", "SPONSORED", "AD"})
# A box's labels and a page's kickers, no speaker's: "WHERE: Hyde Park, London", "TICKETS: £85", "TEAM NEWS: ...",
# "KICK-OFF: 7.45pm", "TWEET: ...", "INTERVIEW: Jürgen Klopp on life after Liverpool", "HEAD: We are disappointed".
_BOX_KICKERS = frozenset({"WHERE", "WHEN", "WHAT", "WHO", "WHY", "HOW", "TICKETS", "TICKET", "TEAM NEWS", "KICK-OFF",
                          "KICK OFF", "KO", "HEAD", "TWEET", "POST", "PRICE", "PRICES", "VENUE", "VENUES", "DATE",
                          "DATES", "TIME", "TIMES", "COST", "ADDRESS", "CONTACT", "WEBSITE", "INFO", "INTERVIEW",
                          "VERDICT", "RESULT", "RESULTS", "SCORE", "ODDS", "FORM", "PREDICTION", "TV", "RADIO",
                          "STREAM", "REFEREE", "INJURIES", "SUSPENSIONS", "RATING", "RATINGS", "STARS", "CAST",
                          "RUNNING TIME", "OPENING HOURS", "BOOKING", "BOOKINGS", "ENTRY", "AGE", "FACT", "FACTS",
                          "QUOTE", "UPDATE", "ANALYSIS", "COMMENT", "OPINION", "EXCLUSIVE", "REVEALED", "WATCH",
                          "LISTEN", "PICTURED", "VIDEO", "PHOTOS", "EDITORIAL", "REVIEW", "PREVIEW", "REPORT"})
# Bodies and places a kicker names, no one who speaks: "NHS: Waiting lists fall ...", "POLICE: Man, 32, arrested",
# "COURT: Woman charged", "LABOUR: 411 seats" (and clubs, parties and known organisations: `_is_body_label`).
_BODY_LABELS = frozenset({"nhs", "bbc", "itv", "cnn", "sky", "sky news", "police", "court", "courts", "council",
                          "government", "parliament", "commons", "lords", "army", "navy", "fire service", "ambulance",
                          "labour", "conservatives", "conservative", "tories", "tory", "lib dems", "lib dem", "greens",
                          "green", "reform", "snp", "plaid", "dup", "sinn fein", "democrats", "republicans", "gop",
                          "un", "nato", "eu", "who", "imf", "fifa", "uefa", "ofsted", "ofcom", "ofgem", "hmrc", "dwp",
                          "met police", "fbi", "cia", "pentagon", "white house", "kremlin", "downing street",
                          "no 10", "treasury", "home office", "city", "united", "rovers", "town"})
# The fewest labels' turns in a row between which the speaker changes, of every two: a transcript's turns alternate.
_ALTERNATION = 0.5
# The fewest speakers' labels that make a transcript without an asking one: "JOE ROGAN:" and "LEX FRIDMAN:" each
# opening a line (one "NAME:" line in a news story is no transcript).
_TRANSCRIPT_SPEAKERS = 2


def interview_marks(text: str) -> list[tuple[int, int, str]]:
    """The marks of questions and answers (`_INTERVIEW_MARK`) with their labels ("Q", "INTERVIEWER", "RUTTE"), in a
    text with both a question's and an answer's, or with two speakers' labels: alone, "A. " is a name's initial ("A.
    Revanth Reddy said ..."), and "KARACHI: " or "LIVERPOOL: " a dateline or a team's line-up."""
    return [(mark.start(), mark.end(), _label_of(mark)) for mark in _interview_matches(text)]


@functools.lru_cache(maxsize=4)  # asked seven times of each article (the entities, the quotes, the summary)
def _interview_matches(text: str) -> tuple[re.Match[str], ...]:
    """The matches of `_INTERVIEW_MARK` of `interview_marks`, in a text they make an interview or a transcript of."""
    if ":" not in text and "." not in text:
        return ()
    marks = tuple(_INTERVIEW_MARK.finditer(text))
    labels = {_label_of(mark) for mark in marks}
    if labels & ASKING_LABELS and labels - ASKING_LABELS:
        return marks
    # A transcript: two people's labels or more, their turns alternating; its other capitals labels (a kicker, a
    # box's label) are no turn.
    turns = [mark for mark in marks if mark["label"] in _ROLE_LABELS or _is_speakers_turn(text, mark)]
    speakers = {_label_of(mark) for mark in turns if mark["label"] not in _ROLE_LABELS}
    if len(speakers) < _TRANSCRIPT_SPEAKERS:
        return ()
    order = [_label_of(mark) for mark in turns]
    changes = sum(a != b for a, b in zip(order, order[1:], strict=False))
    return tuple(turns) if changes >= _ALTERNATION * (len(order) - 1) else ()


def _label_of(mark: re.Match[str]) -> str:
    return mark["letter"] or mark["label"]


def _is_speakers_turn(text: str, mark: re.Match[str]) -> bool:
    """The label names a speaker and its line is what they say: not a letter ("A." an initial), a dateline's place
    ("KARACHI: The State Bank ..."), an article's kind ("UPDATE: ..."), a note ("SOURCE: ONS"), a page's date
    ("UPDATED: FRIDAY, MAY 3, 2013"), nor a team's line-up ("LIVERPOOL: Alisson; Bradley, Konate ...", its players
    between semicolons)."""
    label = mark["label"]
    if label is None or label.lower() in _DATELINE_GAZETTEER or re.fullmatch(_KIND, label, re.IGNORECASE) \
            or label in _NOT_SPEAKERS or label in _BOX_KICKERS or label.split()[0] in _BOX_KICKERS \
            or _is_body_label(label):
        return False
    line_end = text.find("\n", mark.end())
    line_end = len(text) if line_end < 0 else line_end
    said = text[mark.end():line_end]
    # Words in lower case, as said, on no page's furniture line: not "PUBLISHED: 22: 07 GMT, 7 July 2012".
    return ";" not in said and any(ch.islower() for ch in said) and not _is_label_line(text[mark.start():line_end])


def _is_body_label(label: str) -> bool:
    """The label names a body, a party, a club or a place, no one who speaks ("NHS", "CHELSEA", "LABOUR")."""
    name = label.lower()
    return name in _BODY_LABELS or name in KNOWN_ORGANISATIONS or name in PLACE_NAMED_CLUBS


# A peer's label, sure alone without a seat: "Lord Frost (Con): My Lords, ...".
_PEERS = frozenset({"Lord", "Baroness", "Lady", "Viscount", "Earl", "Duke", "Marquess", "Bishop", "Archbishop"})
_MEMBER_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|de|van|von)){0,5}"
_PARTY = "|".join(re.escape(party) for party in HANSARD_PARTIES)
# A turn's label in Hansard, opening a line: a Member's name, the seat and the party in brackets, "Sir Keir Starmer
# (Holborn and St Pancras) (Lab): ...", a peer's and the party, "Lord Frost (Con): ...", or the chair's, "Mr Speaker:
# Order." (each sure alone); an office with its holder in brackets or not, "The Chancellor of the Exchequer (Rachel
# Reeves): ...", "The Prime Minister: No, Mr Speaker." (a label only beside another). Words follow the colon, not a
# number: "Carla Denyer (Green): 24,539" is an election's result. A Member's label with a party and no seat is one
# only beside another label or a peer's (not a quote's headline "Nigel Farage (Reform UK): We are the real opposition
# now.").
_HANSARD_LABEL = re.compile(
    rf"^(?:(?P<member>{_MEMBER_NAME})(?:[ \t]+\((?P<seat>[A-Z][^()\n:]{{1,60}})\))?[ \t]+\((?P<party>{_PARTY})\)"
    r"|(?P<chair>(?:Mr|Madam)[ \t]+(?:Deputy[ \t]+)?Speaker|The[ \t]+(?:Deputy[ \t]+)?Speaker)"
    r"|(?P<office>The[ \t]+[A-Z][\w'’-]*(?:,?[ \t]+(?:[A-Z][\w'’-]*|of|the|for|and)){0,9}"
    r"(?:[ \t]+\([A-Z][^()\n:]{1,60}\))?))[ \t]*:[ \t]+(?=[^\s\d])",
    re.MULTILINE)


def hansard_marks(text: str) -> list[re.Match[str]]:
    """The turns' labels of a Hansard record (`_HANSARD_LABEL`): a Member's or the chair's wherever one opens a line,
    an office's only in a text with another label (not a profile's "The Prime Minister: a year in office")."""
    if "(" not in text and "Speaker" not in text:
        return []  # most texts: no line is asked
    marks = list(_HANSARD_LABEL.finditer(text))
    if len(marks) > 1:
        return marks
    return [mark for mark in marks if mark["office"] is None and (mark["member"] is None or mark["seat"] is not None
                                                                  or mark["member"].split()[0] in _PEERS)]


def hansard_name_spans(text: str, group: str) -> list[tuple[int, int]]:
    """Character spans of one part of the Hansard labels: the "seat" ("Holborn and St Pancras" of "Sir Keir Starmer
    (Holborn and St Pancras) (Lab):") or the "party" ("Lab")."""
    return [mark.span(group) for mark in hansard_marks(text) if mark[group]]


def interview_mark_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the marks of `interview_marks` and of Hansard's labels (`hansard_marks`)."""
    return sorted([(start, end) for start, end, _ in interview_marks(text)]
                  + [mark.span() for mark in hansard_marks(text)])


def interview_role_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words of the marks that name a role or nothing, not a person ("INTERVIEWER" of
    "INTERVIEWER: ", a podcast's time stamp "[00:14:32]")."""
    matches = _interview_matches(text)
    return [mark.span("stamp") for mark in matches if mark["stamp"]] \
        + [mark.span("label") for mark in matches if mark["label"] in _ROLE_LABELS]


def speaker_label_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the marks' labels that name a speaker ("RUTTE" of "RUTTE: We are ready"): in capitals, they
    say nothing of how the name is spelt."""
    return [mark.span("label") for mark in _interview_matches(text)
            if mark["label"] and mark["label"] not in _ROLE_LABELS]


@functools.lru_cache(maxsize=4)  # the entities ask twice of each article
def label_word_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the words of labels that name nothing, which the model may read as a name: an article's
    or a notice's kind ("Explainer" of "Explainer: What is in ..."), an interview's roles ("INTERVIEWER")."""
    return tuple(sorted([match.span() for match in _KIND_LABEL_LINE.finditer(text)] + interview_role_spans(text)
                        + label_spans(text)))


# Furniture inside a line, beside reporting on the same line, found where a sentence may start (a line's start, or
# after a sentence's end and a space), each to its own end.
_SENTENCE_START = r"(?:^|(?<=[.!?] )|(?<=[.!?][\"'”’)] ))"
# A fact check's verdict, a sentence of its own: "VERDICT: False.", "Our ruling: Mostly true." (the label and a rating,
# no reporting: no key phrase).
_VERDICT = re.compile(rf"{_SENTENCE_START}(?i:(?:our\s+|the\s+)?(?:verdict|ruling|rating))\s*:\s*"
                      r"(?i:(?:mostly|half|partly|largely)\s+)?(?i:true|false|misleading|correct|incorrect|accurate"
                      r"|inaccurate|unproven|unsupported|fake|fabricated|altered|satire|missing\s+context"
                      r"|pants\s+on\s+fire)[.!]?(?=\s|$)", re.MULTILINE)
# A picture's credit in brackets, as Reach and National World papers write it: "(Image: Leicester Mercury / Reach
# plc)", "(Picture: Derbyshire Times / National World)".
_BRACKETED_CREDIT = re.compile(r"\((?i:photo|photograph|picture|image)s?\s*:\s*([^()\n]{2,80})\)\.?")
# A credit after a caption's sentence on its line, or inside a paragraph: "Fans celebrate in Trafalgar Square.
# Photograph: Dan Kitwood/Getty Images", "... in Kyiv. Photo: Sergei Supinsky/AFP via Getty Images. Zelenskyy told
# ...": a photographer and an agency after a slash or "via", or a known agency alone (`_inline_credits`; not
# "Picture: The minister arrived in Paris.").
_INLINE_CREDIT = re.compile(rf"(?=[PI]){_SENTENCE_START}(?i:photo|photograph|picture|image)s?\s*:\s*"
                            rf"({_NAME}(?P<more>(?:\s*/\s*{_NAME}|\s+via\s+{_NAME})+)?)[ \t]*"
                            r"(?:\.(?=\s|$)|(?=\n|$))", re.MULTILINE)


def _inline_credits(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The credits of `_INLINE_CREDIT` in the text (or text[start:end]): of two names or more, or of a known agency
    ("Photo: Getty Images.")."""
    found = _INLINE_CREDIT.finditer(text, start, len(text) if end is None else end)
    return [credit for credit in found if credit["more"] or credit[1].rstrip(".").casefold() in PICTURE_AGENCIES]


# A round-up's section header: "WORLD BRIEFS", "NATION IN BRIEF", "BUSINESS BRIEFING" on a line of their own in
# capitals, "In brief:" on its own line in any case, "Around the region:" opening a line, alone on it or before a
# sentence of its own ("Around the region: Salford City Council has approved ..."; not a lead's "Around the world:
# leaders congratulated Donald Trump ...").
_SECTION_HEADER = re.compile(r"^[ \t]*(?:[A-Z]+[ \t]+){0,2}(?:IN[ \t]+)?(?:BRIEFS?|BRIEFING)[ \t]*:?[ \t]*$"
                             r"|^[ \t]*(?i:(?:news[ \t]+)?in[ \t]+brief)[ \t]*:?[ \t]*$"
                             r"|^[ \t]*(?i:around\s+the\s+(?:region|world|state|nation|country|county|city|area))"
                             r"[ \t]*:(?=[ \t]*$|[ \t]+[A-Z0-9\"“‘'])", re.MULTILINE)
SECTION_LABEL = (r"(?i:around\s+the\s+(?:region|world|state|nation|country|county|city|area))\s*:"
                 r"(?=[ \t]*(?:\n|$)|\s+[A-Z0-9\"“‘'])")
# The date of a letters page's reference: "3 October", "November 28, 2025".
_REFERENCE_DATE = (r"(?:\d{1,2}\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
                   r"|(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+\d{1,2})(?:,?\s+\d{4})?")
# A letters page's reference to the article or letter it answers: "(Letters, 3 October)", "(Opinion, 28 November)".
_CROSS_REFERENCE = re.compile(r"\((?:letters?|opinion|comment(?:\s+is\s+free)?|leaders?|editorial|features?"
                              rf"|analysis|obituar(?:y|ies)|reviews?|columns?)(?:\s+pages?)?,\s*{_REFERENCE_DATE}\)",
                              re.IGNORECASE)


def cross_reference_start(text: str, start: int, end: int) -> int | None:
    """Where a letters page's reference (`_CROSS_REFERENCE`) starts in text[start:end], if one does: no part of the
    name before it ("Simon Jenkins (Opinion, 28 November) argues ...")."""
    found = _CROSS_REFERENCE.search(text, start, end) if "(" in text[start:end] else None
    return found.start() if found else None


# A letter's salutation: a letters page's "Sir," "Madam," "Dear Editor,", an advice column's "Dear Prudence,"
# "DEAR LONELY:", "Dear Worried:", and its heading "Ask Amy:". The name in it is the columnist's or the writer's
# pseudonym, no one the piece is about.
_ADDRESSEE = r"(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
SALUTATION = (rf"(?i:sir|madam|sir\s+or\s+madam|dear\s+(?:sir|madam|sirs|editor|{_ADDRESSEE}))\s*[,:](?=\s|$)"
              rf"|(?i:ask)\s+{_ADDRESSEE}\s*:(?=\s)")
SALUTATION_RE = re.compile(rf"(?:{SALUTATION})[ \t]*")
# A salutation that is furniture: alone on its line ("Sir,", "Dear Prudence,", "Dear Editor:"), "Sir:" / "Madam:"
# opening a letter's line ("Sir: Your leader on the Budget ..."), the advice column's
# in capitals or with a colon at a line's start ("DEAR LONELY: My husband ...", "Dear Abby: My husband ..."), its
# heading "Ask Amy:"; not "Dear Evan Hansen, the Tony-winning musical, returns ...", "Dear England, James Graham's
# play", "Dear Jeremy Hunt, the open letter from 50 charities says", nor "Sir, you have brought shame on your family,
# the judge told ...", which open a sentence.
SALUTATION_LEAD = (rf"(?:{SALUTATION})(?=[ \t]*(?:\n|$))|(?i:sir|madam)[ \t]*:(?=\s)"
                   r"|(?-i:DEAR\s+[A-Z][A-Z'’-]*(?:\s+[A-Z][A-Z'’-]*)?)\s*[,:](?=\s)"
                   rf"|(?i:dear)\s+{_ADDRESSEE}\s*:(?=\s)"
                   rf"|(?i:ask)\s+{_ADDRESSEE}\s*:(?=\s)")
_SALUTATION_LINE = re.compile(rf"^[ \t]*(?:{SALUTATION_LEAD})", re.MULTILINE)
# A letters page's salutation opening a letter's line, the letter running on after it: "Sir, Your report on the NHS
# (3 October) was ...". Furniture only on a letters page (`letters_page_salutations`): "Sir, I said no" may be said.
_INLINE_SALUTATION = re.compile(r"^[ \t]*((?:Sir|Madam)[ \t]*,[ \t]+)(?=[A-Z])", re.MULTILINE)
# A sentence said to "Sir" in a story or a speech, attributed after a comma within it: "Sir, Would you please stop,
# the waiter said.", "Sir, Yes Sir, he shouted", "Sir, Madam, Your Excellencies, ..., the president began." (a letter
# names no one saying its first sentence).
_ATTRIBUTED = re.compile(r"[^.!?\n]*,[ \t]+(?:he|she|they|I|we"
                         r"|(?:the|a|an|his|her|their|one)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?"
                         r"|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]+(?:\w+ly[ \t]+)?"
                         r"(?:said|says|asked|shouted|replied|told|began|added|cried|yelled|answered|called|whispered"
                         r"|screamed|snapped|barked|continued|insisted)\b")
# An attribution that is an aside inside the letter's sentence, which runs on after it to its verb: "Sir, Your leader,
# Boris Johnson told us, was unfair" (the speaker of a sentence said to "Sir" ends it: "..., the waiter said.").
_ASIDE_END = re.compile(r"(?:[ \t]+[\w'’-]+){0,2}[ \t]*,[ \t]+(?:was|is|were|are|has|had|have|will|would)\b")


def _is_attributed(text: str, start: int) -> bool:
    """The sentence from `start`, after a salutation, is attributed after a comma inside it (`_ATTRIBUTED`), not in an
    aside its sentence runs on after (`_ASIDE_END`)."""
    said = _ATTRIBUTED.match(text, start)
    return said is not None and _ASIDE_END.match(text, said.end()) is None


# The inline salutations that make a letters page without another cue: one letter's "Sir, ..." may be a sentence.
_LETTERS_PAGE_SALUTATIONS = 2
# An advice column's salutation: "Dear Prudence," alone on its line, "Dear Abby:", "DEAR LONELY:" (not a letters
# page's "Sir," nor "Dear Editor,").
_ADVICE_SALUTATION = re.compile(rf"^[ \t]*(?:(?i:dear)\s+(?!(?i:sir|madam|sirs|editor)\b){_ADDRESSEE}\s*[,:]"
                                r"(?=[ \t]*(?:\n|$))"
                                rf"|(?i:dear)\s+(?!(?i:sir|madam|sirs|editor)\b){_ADDRESSEE}\s*:(?=\s)"
                                r"|(?-i:DEAR\s+(?!(?:SIR|MADAM|SIRS|EDITOR)\b)[A-Z][A-Z'’-]*(?:\s+[A-Z][A-Z'’-]*)?)\s*"
                                rf"[,:](?=\s)|(?i:ask)\s+{_ADDRESSEE}\s*:(?=\s))", re.MULTILINE)
# A pseudonym signing a letter to an advice column, at its line's end: "— Stuck in Sacramento", "— LONELY IN
# PHOENIX", "— Worried Mom"; a newsletter's writer signing off: "— Sam Sutton" (not after a quote's closing mark: an
# epigraph's '"..." — Winston Churchill').
_DASH_SIGN_OFF = re.compile(r"(?:^|(?<=[.!?] ))[ \t]*[—–][ \t]*(?-i:[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|in|IN|from"
                            r"|FROM|of|OF)){0,4})[ \t]*$", re.MULTILINE)
# A newsletter's greeting, its welcome, its list's announcement and its closing: "Good morning, and welcome to
# Morning Money.", "Hi everyone, welcome back to The Briefing.", "Hi friends," on its line, "Here are today's top
# stories.", "That's it for today!", "Thanks for reading.", "See you tomorrow, Dan Primack.", "Best, Hannah" (not a
# live blog's "Good morning and welcome to our live coverage of the Budget", whose topic is the news).
_GREETING = (r"(?:good\s+(?:morning|afternoon|evening)|hello|hi|hey|greetings)"
             r"(?:\s+(?:there|everyone|all|friends|folks|readers|again))?")
# (The look-ahead for the capitals the forms start with, as a sentence does: the engine tries the alternatives only
# there.)
_NEWSLETTER_OPENING = re.compile(
    rf"(?=[GHWTSUIBCRA]){_SENTENCE_START}(?i:"
    rf"{_GREETING}(?:(?:,?\s+and)?,?\s+welcome(?:\s+back)?\s+to\s+(?![^.!?\n]*\b(?:live|coverage|blog)\b)[^.!?\n]{{1,100}}"
    r"[.!]|[ \t]*[,!]?[ \t]*$)"
    r"|welcome(?:\s+back)?\s+to\s+(?![^.!?\n]*\b(?:live|coverage|blog)\b)[^.!?\n]{1,80}\b(?:newsletter|briefing|edition"
    r"|digest|roundup)\b[^.!?\n]{0,40}[.!]"
    r"|here\s+(?:are|is)\s+(?:today['’]s|this\s+week['’]s|the\s+(?:day|week)['’]s|your)\s+(?:\w+\s+){0,2}"
    r"(?:stories|headlines|news|briefing|reads?)\b[^.!?\n]{0,60}[.:!]"
    r")",
    re.MULTILINE,
)
# A newsletter's closing, only in a newsletter (`_is_newsletter`) and only as a sentence of its own, at most with the
# writer's name after a comma ("That's it for today!", "Thanks for reading.", "See you tomorrow, Dan Primack.",
# "Until next week," on its line, "Best, Hannah"), never a sentence that goes on ("See you next week, Trump told
# reporters", "That's all for now from the Supreme Court, where ..."); "If you have been forwarded this email, sign
# up here." only to its line's end.
_NEWSLETTER_CLOSING = re.compile(
    rf"(?=[TSUIBCRAW]){_SENTENCE_START}(?i:"
    r"(?:that['’]s\s+(?:it|all)\s+for\s+(?:today|this\s+week|now|this\s+edition)|thanks?\s+(?:you\s+)?for\s+reading"
    r"|see\s+you\s+(?:tomorrow|next\s+week|on\s+[a-z]+day|then|soon)|until\s+next\s+(?:time|week))"
    rf"(?:,[ \t]*{_NAME})?[ \t]*(?:[.!]+(?=[ \t]|$)|,?[ \t]*$)"
    r"|if\s+you\s+(?:have\s+been|were|was)\s+forwarded\s+this[^\n]{0,80}$"
    rf"|(?:best|cheers|regards|best\s+wishes|all\s+the\s+best|warmly),\s*{_NAME}[ \t]*$"
    r")",
    re.MULTILINE,
)
# A newsletter's lines that are the page's, not its news: its length ("Today's newsletter is 1,120 words, a 4-minute
# read."), and in a newsletter its sponsor's message, a line of its own or in capitals ("SPONSORED: Try Notion AI
# free for 30 days.", "SPONSORED BY Revolut: Open an account today."; not a news line "Sponsored: by the Department
# for Education, the scheme pays ..." outside a newsletter).
_READ_TIME = re.compile(
    rf"(?=[T]){_SENTENCE_START}(?i:(?:today['’]s|this)\s+(?:newsletter|edition|email|briefing|issue)\s+is\s+[\d,]+\s+words\b"
    r"[^.!?\n]{0,60}[.!])",
    re.MULTILINE,
)
_SPONSOR_WHOLE_LINE = re.compile(r"^[ \t]*SPONSORED(?:\s+BY\s+[^:.!?\n]{1,40})?\s*:[^\n]*$", re.MULTILINE)
_SPONSOR_LINE = re.compile(
    rf"(?=[S]){_SENTENCE_START}(?:(?i:sponsored(?:\s+by\s+[^:.!?\n]{{1,40}})?\s*:)[^\n]*$"
    r"|SPONSORED(?:\s+BY\s+[^:.!?\n]{1,40})?\s*:[^\n]*?(?:[.!?](?=\s|$)|$))",
    re.MULTILINE,
)
# A newsletter opens with its greeting or welcome within its first lines, or gives its read time.
_NEWSLETTER_HEAD_LINES = 3


def _is_newsletter(text: str) -> bool:
    """Whether the text is a newsletter: a greeting or welcome (`_NEWSLETTER_OPENING`) in its first lines, or its
    read time (`_READ_TIME`)."""
    head = "\n".join(text.lstrip().split("\n")[:_NEWSLETTER_HEAD_LINES])
    return bool(_NEWSLETTER_OPENING.search(head) or _READ_TIME.search(text))


def _inline_ranges(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character ranges of the furniture inside lines (see above), and those of them that are the page's frame."""
    found = [credit.span() for credit in _inline_credits(text)]
    found += [match.span() for match in _BRACKETED_CREDIT.finditer(text)]
    found += [match.span() for match in _SECTION_HEADER.finditer(text)]
    found += [match.span() for pattern in (_CROSS_REFERENCE, _SALUTATION_LINE) for match in pattern.finditer(text)]
    found += letters_page_salutations(text)
    found += _letter_signatures(text)
    found += _dash_sign_offs(text)
    found += [match.span() for match in _VERDICT.finditer(text)]
    found += _newsletter_lines(text)
    frame = _newsletter_frame(text) + _editors_notes(text)
    return found + frame, frame


# An editor's note that opens a line, to its first sentence's end: "Editor's note: This story has been updated." before
# "The council voted on Tuesday ..." on the same line, the news (a whole line of note is `_PAGE_FRAME`'s).
_EDITORS_NOTE = re.compile(r"^[ \t]*(?i:editor['’]?s\s+note)\s*:[^\n]*?[.!?][\"'”’)]*(?=[ \t]+[\"“‘(]?[A-Z])",
                           re.MULTILINE)
# A sentence after the note's first that is the note's still: it speaks of the piece or its readers ("It has been
# updated.", "Reader discretion is advised.", "This article contains graphic descriptions.").
_NOTE_SENTENCE = re.compile(r"[ \t]+[^\n]*?[.!?][\"'”’)]*(?=[ \t]+[\"“‘(]?[A-Z]|[ \t]*$)", re.MULTILINE)
_ABOUT_THE_PIECE = re.compile(r"\b(?:readers?|viewers?|discretion"
                              r"|(?:this|the)\s+(?:story|article|piece|post|series|essay|column|interview|report)|it\s+(?:was|has\s+been)\s+(?:first\s+|originally\s+)?"
                              r"(?:published|updated|edited|corrected|amended))\b", re.IGNORECASE)


def _editors_notes(text: str) -> list[tuple[int, int]]:
    """Character spans of the editors' notes that open lines holding news too: the note's first sentence and the
    sentences after it about the piece (`_ABOUT_THE_PIECE`), not the news that follows on the line."""
    if "note" not in text.lower():
        return []
    spans = []
    for note in _EDITORS_NOTE.finditer(text):
        end = note.end()
        while (more := _NOTE_SENTENCE.match(text, end)) and _ABOUT_THE_PIECE.search(more.group()):
            end = more.end()
        spans.append((note.start(), end))
    return spans


# Words one of a newsletter's forms holds (`_NEWSLETTER_OPENING`, `_NEWSLETTER_CLOSING`, `_READ_TIME`,
# `_SPONSOR_LINE`), in lower case: a text without any is not searched (the forms are tried where any sentence may
# start, a search of every character).
_NEWSLETTER_WORDS = ("welcome", "here are", "here is", "that's", "that’s", "for reading", "see you", "until next",
                     "forwarded this", "best,", "cheers,", "regards,", "warmly,", "best wishes,", "good morning",
                     "good afternoon", "good evening", "hello", "hi ", "hi,", "hey", "greetings")
_NEWSLETTER_FRAME_WORDS = ("words", "sponsored")


def _newsletter_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of a newsletter's greetings and announcements (`_NEWSLETTER_OPENING`), and in a newsletter
    (`_is_newsletter`) of its closings (`_NEWSLETTER_CLOSING`) and the name signing it off (`_newsletter_signature`)."""
    lower = text.lower()
    if not any(word in lower for word in _NEWSLETTER_WORDS):
        return []
    found = [match.span() for match in _NEWSLETTER_OPENING.finditer(text)]
    if _is_newsletter(text):
        found += [match.span() for match in _NEWSLETTER_CLOSING.finditer(text)] + _newsletter_signature(text)
    return found


def _newsletter_frame(text: str) -> list[tuple[int, int]]:
    """Character spans of a newsletter's read time (`_READ_TIME`) and, in a newsletter, its sponsor's messages
    (`_SPONSOR_LINE`)."""
    lower = text.lower()
    if not any(word in lower for word in _NEWSLETTER_FRAME_WORDS):
        return []
    found = [match.span() for match in _READ_TIME.finditer(text)]
    if "sponsored" in lower and _is_newsletter(text):
        found += [match.span() for match in _SPONSOR_LINE.finditer(text)]
    elif "SPONSORED" in text:  # in any text, the label in capitals as a line of its own
        found += [match.span() for match in _SPONSOR_WHOLE_LINE.finditer(text)]
    return found


# A name alone on a text's last line: "Archie Bland".
_LAST_NAME_LINE = re.compile(rf"\n[ \t]*({_NAME})[ \t\n]*\Z")
_NEWSLETTER_SIGNATURE_WORDS = 3


def _newsletter_signature(text: str) -> list[tuple[int, int]]:
    """The span of the writer's name on a newsletter's last line, under its closing line ("Thanks for reading. ...",
    "Archie Bland"; "Until next week,", "Casey"); none without that closing."""
    last = _LAST_NAME_LINE.search(text, max(0, len(text) - 200))
    if last is None or len(last[1].split()) > _NEWSLETTER_SIGNATURE_WORDS:
        return []
    closing = text[text.rfind("\n", 0, last.start()) + 1:last.start()]
    return [last.span(1)] if _NEWSLETTER_CLOSING.search(closing) else []


def closing_sign_off(text: str) -> list[tuple[int, int]]:
    """The spans of a closing line and the writer's name alone under it that end a text, newsletter or not ("Thanks
    for reading." and "Sam Sutton"): the page's words, no news (for the key phrases; the closing alone, with no name
    under it, is none: "See you next week." may end a story)."""
    last = _LAST_NAME_LINE.search(text, max(0, len(text) - 200))
    if last is None or len(last[1].split()) > _NEWSLETTER_SIGNATURE_WORDS:
        return []
    line_start = text.rfind("\n", 0, last.start()) + 1
    line = text[line_start:last.start()]
    closing = _NEWSLETTER_CLOSING.search(line)
    if closing is None or line[:closing.start()].strip() or line[closing.end():].strip():
        return []  # the closing is its line, whole
    if text[:line_start].rstrip().endswith(":"):
        return []  # words shown, a letter's or a sign's: 'The final letter read:\nSee you soon.\nNoa Argamani'
    return [(line_start + closing.start(), line_start + closing.end()), last.span(1)]


def letters_page_salutations(text: str) -> list[tuple[int, int]]:
    """Character spans of the salutations opening letters' lines on a letters page, the letter on the same line ("Sir, "
    of "Sir, Your report on the NHS ..."): two or more lines open so, or one does and a letters page's reference
    (`_CROSS_REFERENCE`: "(Letters, 3 October)") is in the text. Not a quote's '"Sir, I said no,"', nor "Sir Keir
    Starmer" opening a paragraph."""
    if "Sir," not in text and "Madam," not in text:
        return []  # most texts: no line is asked
    found = [match.span(1) for match in _INLINE_SALUTATION.finditer(text)
             if not _is_attributed(text, match.end())]
    if len(found) >= _LETTERS_PAGE_SALUTATIONS or found and _CROSS_REFERENCE.search(text):
        return found
    return []


# The most words of a letter's signature line: "Margaret Holloway, Skipton, North Yorkshire".
_SIGNATURE_WORDS = 8
_SIGNATURE = re.compile(rf"[ \t]*(?:Dr|Prof|Rev|Cllr)?\.?[ \t]*{_NAME}(?:,[ \t]*{_NAME}){{0,3}}[ \t]*$")


def _letter_signatures(text: str) -> list[tuple[int, int]]:
    """Character ranges of the signatures that end the letters of a letters page (a text whose lines open with "Sir,"
    or "Dear Editor,"): a name and a town on one line or two after a letter's paragraph, before the next letter or
    the text's end ("Margaret Holloway, Skipton, North Yorkshire"; "Peter Achebe" and "Derby")."""
    if "Sir" not in text and "Dear" not in text and "Madam" not in text:
        return []  # most texts: no line is asked
    lines, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((offset, line))
        offset += len(line) + 1
    inline = {text.rfind("\n", 0, start) + 1 for start, _ in letters_page_salutations(text)}  # their lines' starts
    salutes = [bool(_SALUTATION_LINE.match(line)) or start in inline for start, line in lines]
    first = next((i for i, (_, line) in enumerate(lines) if salutes[i] and not _ADVICE_SALUTATION.match(line)), None)
    if first is None:
        return []
    found, before_letter, signed = [], True, 0  # the lines below: the text's end or another letter
    for i in range(len(lines) - 1, first, -1):
        start, line = lines[i]
        signs = before_letter and signed < _SIGNATURE_LINES and not salutes[i] and _is_signature(line)
        if signs:
            found.append((start, start + len(line)))
        signed = signed + 1 if signs else 0
        before_letter = salutes[i] or signs
    return found


_SIGNATURE_LINES = 2


def signature_place_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the places in letters' signatures (`_letter_signatures`): the names after the writer's
    ("Skipton" and "North Yorkshire" of "Margaret Holloway, Skipton, North Yorkshire"), or the line under the
    writer's name ("Derby" under "Peter Achebe")."""
    spans: list[tuple[int, int]] = []
    signatures = sorted(_letter_signatures(text))
    for k, (start, end) in enumerate(signatures):
        if "," in text[start:end]:
            spans += [part.span() for part in _CREDIT_NAME.finditer(text, text.index(",", start, end), end)]
        elif k > 0 and not text[signatures[k - 1][1]:start].strip():
            spans.append((start + len(text[start:end]) - len(text[start:end].lstrip()), end))
    return spans


def _is_signature(line: str) -> bool:
    """A short line of names between commas, with no sentence's end: "Dr Helen Okafor, Kendal, Cumbria"."""
    return len(line.split()) <= _SIGNATURE_WORDS and bool(_SIGNATURE.match(line)) and not _ENDS_SENTENCE.search(line)


def _dash_sign_offs(text: str) -> list[tuple[int, int]]:
    """Character spans of the sign-offs of `_DASH_SIGN_OFF`, in a text with a letter's or an advice column's
    salutation (`_SALUTATION_LINE`): not an epigraph's "— Dylan Thomas" (none asked for in a text without a dash)."""
    if "—" not in text and "–" not in text or not _SALUTATION_LINE.search(text):
        return []
    return [match.span() for match in _DASH_SIGN_OFF.finditer(text)]


def label_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of labels whose names name no one the piece is about: round-ups' headers ("WORLD BRIEFS"),
    salutations ("Dear Prudence,"), an advice column's pseudonyms signing letters ("— LONELY IN PHOENIX")."""
    spans = [match.span() for match in _SECTION_HEADER.finditer(text)]
    spans += [match.span() for match in _SALUTATION_LINE.finditer(text)]
    spans += letters_page_salutations(text)
    if _ADVICE_SALUTATION.search(text):  # not a newsletter's "— Sam Sutton", a person
        spans += _dash_sign_offs(text)
    return spans


def _is_label_line(line: str) -> bool:
    """A byline, credit, sign-off or like label of `_FURNITURE`, without a sentence's full stop."""
    return bool(_FURNITURE.match(line)) and not _ENDS_SENTENCE.search(line)


def _is_page_frame(line: str) -> bool:
    """True for a line of the web page around the article (banner, share buttons, navigation, copyright, a link to
    another story): no entity of it is news, unlike a byline's author."""
    return _may_be_page_frame(line) and bool(_PAGE_FRAME.match(line)) or _is_nav_bar(line) or _is_link_line(line)


def _may_be_page_frame(line: str) -> bool:
    """False for an ASCII line `_PAGE_FRAME` cannot match: it holds none of `_PAGE_FRAME_WORDS` and opens with none of
    `_PAGE_FRAME_OPENINGS` (outside ASCII, matching ignoring case finds other letters too: "ſ" for "s")."""
    if not line.isascii():
        return True
    lower = line.lower()
    return any(word in lower for word in _PAGE_FRAME_WORDS) or lower.lstrip().startswith(_PAGE_FRAME_OPENINGS)


# A link to another story on a line of its own: "Read more: Why waiting lists are growing", "RELATED: Organ donation
# ...", "Also Read: Jio IPO timeline". Its headline is that story's: its names, quotes and phrases are none of this one.
_LINK_LINE = re.compile(r"^\s*(?:read\s+more|related|also\s+read)\s*:.{0,150}$", re.IGNORECASE)


def _is_link_line(line: str) -> bool:
    """A link's line (`_LINK_LINE`), without a sentence's full stop."""
    return bool(_LINK_LINE.match(line)) and not _ENDS_SENTENCE.search(line)


def _is_nav_bar(line: str) -> bool:
    """Two or more short items without digits between bars or dots, and nothing else."""
    if "|" not in line and "·" not in line and "•" not in line:
        return False  # one item: most lines
    items = [item.strip() for item in re.split(r"\s[|·•]\s", line.strip())]
    return len(items) >= 2 and all(_NAV_ITEM.fullmatch(item) and len(item.split()) <= 3 for item in items)


def furniture_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the doc's furniture lines and of the datelines that open lines (found once per doc:
    entities and key phrases both ask)."""
    ranges = doc.user_data.get(_RANGES)
    if ranges is None:
        text, ranges, frame, offset, in_list, in_others = text_of(doc), [], [], 0, False, False
        title = True
        for written in text.split("\n"):
            line = written  # what is judged of the line: a page title's headline without its site's names
            if line.strip() and title:
                title = False
                suffix = _site_suffix_start(line)
                if suffix is not None:  # a page's title: "Headline | International | EUROtoday"
                    frame.append((offset + suffix, offset + len(line)))
                    ranges.append(frame[-1])
                    line = line[:suffix]
            if line.strip():
                # The items under "Related Topics" are furniture as long as they look like items, the headlines under
                # "Articles You May Like" the page's frame.
                in_list = (in_list and _is_list_item(line)) or bool(_LIST_HEADER.match(line))
                in_others = (in_others and _is_list_item(line, HEADLINE_ITEM_WORDS)) \
                    or bool(_OTHER_STORIES_HEADER.match(line))
                framed = in_others or _is_page_frame(line)
                if framed:
                    frame.append((offset, offset + len(line)))
                caption = caption_span(text, offset)  # a caption is furniture, full stop or not
                if caption:
                    ranges.append(caption)
                elif in_list or framed or _is_label_line(line):
                    ranges.append((offset, offset + len(line)))
            offset += len(written) + 1
        openings = [*dateline_spans(doc), *(match.span() for match in _ENTRY_TIME_LINE.finditer(text)),
                    *(match.span() for match in _NOTICE_LABEL_LINE.finditer(text)), *interview_mark_spans(text),
                    *line_up_spans(text)]
        ranges = doc.user_data[_RANGES] = sorted(ranges + openings)
        ranges = doc.user_data[_RANGES] = sorted(ranges + _around(boilerplate_ranges(text), ranges))
        inline, inline_frame = _inline_ranges(text)
        if inline:
            inline = _apart(inline, ranges)
            ranges = doc.user_data[_RANGES] = sorted(ranges + inline)
            frame = sorted(frame + [span for span in inline if span in inline_frame])
        doc.user_data[_FRAME] = frame
    return ranges


# A match report's box: a side's line-up ("Exeter: S Hogg; T O'Flaherty, H Slade (capt), ...", "Edmonton Oilers:
# Stuart Skinner (G); Evan Bouchard, ..."), its replacements, scratches, sin-bins, crowd and referee ("Replacements: O
# Woodburn for Nowell (61)", "Sin-bin: Maro Itoje (England, 58 min).", "Attendance: 51,700"), each to its sentence's
# end, where a line or a sentence opens with it. A list of names, not reporting: no summary, key phrase or salience.
_BOX_LABEL = re.compile(r"(?:^|(?<=[.!?]\s))(?:Replacements|Substitutes|Subs|Scratches|Sin-bin|Sin\s+bin|Attendance|"
                        r"Referee|Unused\s+subs?|Bench)\s*:\s", re.MULTILINE)
# A match report's score, which its box labels need: a score line at a line's start ("England 27 Wales 18:",
# "Celtics 118, Knicks 104.") or a game's score ("led 20-6", "beat Munster 33-20").
_MATCH_SCORE = re.compile(r"^[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}\s\d{1,3},?\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}\s"
                          r"\d{1,3}(?:\s\([A-Z]{1,3}\))?(?=[:.]\s)"
                          r"|(?<![\d/.–-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d/.]|\s?[-–]\s?\d)", re.MULTILINE)
_SIDE_LABEL = re.compile(r"(?:^|(?<=[.!?]\s))[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}:\s(?=[A-Z])", re.MULTILINE)
# A player in a line-up: initials or a given name and a surname, a note in brackets ("H Slade (capt)", "Connor
# McDavid (C)", "J Gibson-Park").
_PLAYER = re.compile(r"(?:[A-Z]\.?\s){0,2}[A-Z][\w'’.-]*(?:\s[A-Z][\w'’-]*){0,2}(?:\s\([^()]{1,12}\))?")
# A line-up's end: its sentence's stop before a capital or the line's end (a surname's "St." goes on).
_BOX_END = re.compile(r"(?<!\bSt)\.(?=\s+[A-Z\"“]|\s*$)|\n", re.MULTILINE)
MIN_LINE_UP_PLAYERS = 3


def line_up_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of a match report's box lines: line-ups, replacements, scratches, sin-bins, attendance."""
    line_ups = _line_ups(text)
    return sorted(line_ups + [(match.start(), _box_end(text, match.end())) for match in _box_labels(text, line_ups)])


def _line_ups(text: str) -> list[tuple[int, int]]:
    """Spans of the sides' line-ups of a match report: both sides', or one beside a score or a box label. One list of
    names alone is no match's: "Shortlist: Sally Rooney; Zadie Smith, Ian McEwan, Kazuo Ishiguro.", "Cabinet: Rachel
    Reeves; Yvette Cooper, David Lammy" stay the text's."""
    line_ups = []
    for match in _SIDE_LABEL.finditer(text):
        end = _box_end(text, match.end())
        if _is_line_up(text[match.end():end]):
            line_ups.append((match.start(), end))
    if len(line_ups) == 1 and not _MATCH_SCORE.search(text) and not _BOX_LABEL.search(text):
        return []
    return line_ups


def box_label_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the labels of a match report's box lines, up to their colon: "Sin-bin" of "Sin-bin: Maro
    Itoje (England, 58 min).", which the model may read as a name."""
    return [(match.start(), text.index(":", match.start())) for match in _box_labels(text)]


def _box_labels(text: str, line_ups: list[tuple[int, int]] | None = None) -> list[re.Match[str]]:
    """The box labels (`_BOX_LABEL`) of a match report, a text with a score, a line-up or a box of three players or
    more ("Replacements: Cowan-Dickie, Genge, Stuart, ..."): each at a line's start, or after a sentence before a
    name or a number ("... half-time. Sin-bin: Maro Itoje") or short ("Referee: lee probert 7."); none in a
    school's, a court's or a preview's text ("Attendance: the school's record is the worst in the county", "Bench:
    England have named a strong bench for the Twickenham clash"), nor a running sentence after a sentence ("...
    Referee: the PGMOL's chief Howard Webb said ...")."""
    labels = list(_BOX_LABEL.finditer(text))
    if not labels:
        return []
    if line_ups is None:
        line_ups = _line_ups(text)
    if not line_ups and not _MATCH_SCORE.search(text) and not any(_is_player_list(text[match.end():_box_end(
            text, match.end())]) for match in labels):
        return []
    return [match for match in labels
            if match.start() == 0 or text[match.start() - 1] == "\n" or text[match.end():match.end() + 1][:1].isupper()
            or text[match.end():match.end() + 1].isdigit()
            or len(text[match.end():_box_end(text, match.end())].split()) <= _SHORT_BOX_WORDS]


# The most words of a box line after a sentence in lower-cased copy: "... Mom: barton. Referee: lee probert 7."
_SHORT_BOX_WORDS = 4


def _box_end(text: str, start: int) -> int:
    """Where the box line from `start` ends: after its full stop, or at the line's end."""
    end = _BOX_END.search(text, start)
    if end is None:
        return len(text)
    return end.end() if end.group() == "." else end.start()


def _is_player_list(players: str) -> bool:
    """Players separated by commas, three or more: "Replacements: Cowan-Dickie, Genge, Stuart, Itoje"."""
    items = [item.strip() for item in re.split(r"[;,]", players.rstrip(". "))]
    return len(items) >= MIN_LINE_UP_PLAYERS and all(_PLAYER.fullmatch(item) for item in items)


def _is_line_up(players: str) -> bool:
    """Players separated by semicolons (the units of a side: backs, forwards) and commas, three or more."""
    items = [item.strip() for item in re.split(r"[;,]", players.rstrip(". "))]
    return ";" in players and len(items) >= MIN_LINE_UP_PLAYERS and all(_PLAYER.fullmatch(item) for item in items)


# A press release's closing blocks, whose heading is a line of its own: "About Acme Corp" (the name's words
# capitalised, its first one in the next line: not "About the prison:", a fact box, nor "About 200 people were hurt."),
# "Forward-Looking Statements", "Safe Harbor Statement", "Cautionary Note Regarding Forward-Looking Statements". The
# company's profile and the lawyers' caveats run to the next heading; they say nothing of the news.
_ABOUT_HEADING = re.compile(r"[ \t]*About[ \t]+((?:[A-Z0-9][\w&.,'’()-]*|of|and|for|the|de)"
                            r"(?:[ \t]+(?:[A-Z0-9&][\w&.,'’()-]*|of|and|for|the|de)){0,4})[ \t]*:?[ \t]*$")
_CAVEAT_HEADING = re.compile(r"[ \t]*(?:(?:cautionary\s+(?:note|statement|language)s?(?:\s+(?:regarding|concerning|"
                             r"about|on))?\s+)?forward[- ]looking\s+(?:statements?|information)|safe\s+harbou?r\s+"
                             r"(?:statements?|notice)|cautionary\s+(?:note|statement)s?)[ \t]*:?[ \t]*$", re.IGNORECASE)
# A paragraph of the caveats without their heading: "This press release contains forward-looking statements ...".
_CAVEAT_OPENING = re.compile(r"[ \t]*(?:(?:this|the)\s+(?:press|news)?\s*(?:release|announcement|communication)\s+"
                             r"(?:contains|includes|may\s+contain)|certain\s+statements\s+(?:in|made\s+in)\s+this\s+"
                             r"(?:press\s+|news\s+)?(?:release|announcement))\b[^\n]*\bforward[- ]looking\b",
                             re.IGNORECASE)
# The heading of a press release's contacts, the names and numbers under it (or after it on its line): "Media
# Contact:", "Investor Relations:", "Enquiries:", "For more information, contact:".
_CONTACT_HEADING = re.compile(r"[ \t]*(?:(?:media|investors?|press|analysts?|public)\s+(?:contacts?|relations|"
                              r"enquiries|inquiries)|contacts?|enquiries|inquiries|for\s+(?:more|further)\s+"
                              r"information,?\s+(?:please\s+)?contact)[ \t]*(?::|$)", re.IGNORECASE)
# The most words of a heading line that ends a block, and of a contact's line.
_BLOCK_HEADING_WORDS = 8
_CONTACT_LINE_WORDS = 20


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of a press release's closing blocks (see `_ABOUT_HEADING`, `_CAVEAT_OPENING`,
    `_CONTACT_HEADING`), each from its heading to the next heading or the end; none in other texts."""
    if "About" not in text and "orward" not in text and "ontact" not in text and "nquiries" not in text:
        return []  # most texts: no line is asked
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    ranges, block, contact, company = [], None, False, None
    for i, (start, line) in enumerate(lines):
        heading = _is_block_heading(line)
        opens = _opens_boilerplate(lines, i)
        if block is not None and (opens or (heading and not contact) or (contact and not _is_contact_line(line))
                                  or _leaves_the_company(line, company)):
            ranges.append((block, lines[i - 1][0] + len(lines[i - 1][1])))
            block = None
        if block is None and opens:
            block, contact = start, bool(_CONTACT_HEADING.match(line))
            company = _about_company(line)
    if block is not None:
        ranges.append((block, len(text)))
    return ranges


def _opens_boilerplate(lines: list[tuple[int, str]], i: int) -> bool:
    """The line opens a closing block: its heading, or a caveats' paragraph; an "About" heading only where the next
    line with words names the company ("About Acme Corp", "Acme Corp builds ...")."""
    line = lines[i][1]
    if _CAVEAT_HEADING.match(line) or _CAVEAT_OPENING.match(line):
        return True
    if contact := _CONTACT_HEADING.match(line):
        return not _ENDS_SENTENCE.search(line) and len(line[contact.end():].split()) <= _CONTACT_LINE_WORDS
    about = _ABOUT_HEADING.match(line)
    if about is None or not _after_a_paragraph(lines, i):
        return False
    following = next((later for _, later in lines[i + 1:] if later.strip()), "")
    first_word = _about_company(line) or ""
    if following.lstrip().lower().startswith(f"about {first_word.lower()}"):
        return False  # a headline or title the next line opens with: "About Time\n\nAbout Time, Richard Curtis's ..."
    return len(first_word) > 1 and re.search(rf"\b{re.escape(first_word)}\b", following) is not None


def _after_a_paragraph(lines: list[tuple[int, str]], i: int) -> bool:
    """A paragraph of other text comes before line `i`: an "About" heading is never a text's headline ("About 500
    Jobs Cut")."""
    return any(later.strip() and not _is_block_heading(later) for _, later in lines[:i])


def _about_company(line: str) -> str | None:
    """The first word of the company an "About" heading names ("Widget" of "About Widget Ltd"); None for other
    lines."""
    about = _ABOUT_HEADING.match(line)
    return about[1].split()[0].strip(",.") if about is not None else None


def _leaves_the_company(line: str, company: str | None) -> bool:
    """A paragraph of an "About <company>" block that no longer names the company, nor opens with a word for it
    ("The studio handles ...", "It employs ..."): the article goes on ("Shares in Acme rose 5% ..." after "About
    Widget"), so the block ends before it."""
    return company is not None and bool(line.strip()) and re.search(rf"\b{re.escape(company)}\b", line) is None \
        and not _COMPANY_ANAPHOR.match(line)


# A profile's paragraph that opens with a word for the company it is about.
_COMPANY_ANAPHOR = re.compile(r"[ \t]*(?:It|Its|The\s+(?:company|firm|group|studio|business|bank|brand|organi[sz]ation|"
                              r"charity|fund|agency|network|platform|manufacturer|provider|developer))\b")


def _is_block_heading(line: str) -> bool:
    """A short line of words with no sentence's end: a heading that ends the block before it."""
    return 0 < len(line.split()) <= _BLOCK_HEADING_WORDS and not _ENDS_SENTENCE.search(line)


def _is_contact_line(line: str) -> bool:
    """A line of a contacts' block: a name, a role, a number or an address, no sentence."""
    return 0 < len(line.split()) <= _CONTACT_LINE_WORDS and not _ENDS_SENTENCE.search(line)


def _around(blocks: list[tuple[int, int]], ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The blocks cut around the ranges inside them (a "SOURCE" line under an "About" heading): `range_at` finds a
    range in log time only where ranges do not cross."""
    pieces = []
    for start, end in blocks:
        for other_start, other_end in sorted(ranges):
            if other_end <= start or other_start >= end:
                continue
            if other_start > start:
                pieces.append((start, other_start))
            start = max(start, other_end)
        if start < end:
            pieces.append((start, end))
    return pieces


def _apart(spans: list[tuple[int, int]], ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that overlap neither a range nor a span kept before them (the longer first of two that start
    together): `range_at` needs ranges that do not cross."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if start < end and (not kept or start >= kept[-1][1]) \
                and not any(other_start < end and start < other_end for other_start, other_end in ranges):
            kept.append((start, end))
    return kept


def page_frame_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the lines of the page around the article (see `_is_page_frame`), in order."""
    furniture_ranges(doc)
    return doc.user_data[_FRAME]


def dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the datelines that open lines, in order (found once per doc)."""
    spans = doc.user_data.get(_DATELINES)
    if spans is None:
        spans = doc.user_data[_DATELINES] = [match.span() for match in DATELINE.finditer(text_of(doc))
                                             if _is_dateline(match)]
    return spans


def _is_dateline(match: re.Match[str]) -> bool:
    """A dateline in capitals before a colon names a city or country the gazetteer knows ("KARACHI:", not "NASA:")."""
    place = match["capitals"]
    return place is None or place.lower() in CITIES or place.lower() in TOWNS or place.lower() in COUNTRIES


def with_datelines_apart(text: str) -> str:
    """The text with each dateline that ends in a dash before a word in ordinary case set on a line of its own, its
    hyphen made a dash, at the same length: the model ran "NEW YORK - " and "CLEVELAND — " into the next words, and
    lost or swallowed the name after them ("NEW YORK - Pfizer Inc said" gave no Pfizer, "BENGALURU (Reuters) — Wipro
    reported" no Wipro, "CLEVELAND — Infosys" one organisation); it reads "NEW YORK —\nPfizer Inc said" as it reads
    "Pfizer Inc said". Not a hyphen between capitals ("A FIRE - BOMB attack", "SKY - TV" in text split into tokens)."""
    ends = [match.end() for match in DATELINE.finditer(text)
            if _is_dateline(match) and _DASH_AND_SPACE.search(match[0]) and _opens_an_article(text, *match.span())]
    if not ends:
        return text
    chars = list(text)
    for end in ends:
        chars[end - 1] = "\n"
        if chars[end - 2] == "-" and chars[end - 3] == " ":
            chars[end - 2] = "—"
    return "".join(chars)


_DASH_AND_SPACE = re.compile(r"(?: -|--|—|–) $")


def _opens_an_article(text: str, start: int, end: int) -> bool:
    """The dateline at text[start:end] is clear (see `_is_clear_dateline`) and a sentence in ordinary case follows."""
    return bool(_ORDINARY_WORD.match(text, end)) and _is_clear_dateline(text[start:end])


def _is_clear_dateline(dateline: str) -> bool:
    """A dateline with an agency, a date or a state in it, or whose place the gazetteer knows: not a wire's slug in
    capitals ("TENNIS - Nadal beats Djokovic", "EXCLUSIVE - Tesla plans ..."), which reads as a dateline."""
    place = _DATELINE_PLACE.match(dateline)
    return "(" in dateline or "," in dateline or "/" in dateline or (
        place is not None and place.group().lower() in _DATELINE_GAZETTEER)


# Places of datelines: the gazetteer's, the US states, and frequent dateline cities the gazetteer (capitals) lacks.
_DATELINE_GAZETTEER = CITIES | TOWNS | COUNTRIES | {state.lower() for state in US_STATES} | {
    "new york", "los angeles", "chicago", "houston", "san francisco", "boston", "seattle", "detroit", "miami",
    "atlanta", "dallas", "philadelphia", "denver", "cleveland", "las vegas", "phoenix", "minneapolis", "pittsburgh",
    "baltimore", "st. louis", "new orleans", "san diego", "portland", "toronto", "montreal", "vancouver", "sydney",
    "melbourne", "mumbai", "bengaluru", "shanghai", "hong kong", "sao paulo", "frankfurt", "geneva", "zurich",
    "milan", "barcelona", "istanbul", "johannesburg", "lagos", "dubai", "karachi", "lahore"}
_ORDINARY_WORD = re.compile(r"[A-Z][a-z]")


# The place of a dateline: its first words, up to the punctuation after them ("COLOMBO" of "COLOMBO (Reuters) -").
_DATELINE_PLACE = re.compile(rf"[{_CAPS}][{_CAPS}a-z .'’]*?(?=\s*(?:[,(/:]|--|[-–—]\s))")
# The state or country after a dateline's place: ", Argentina" of "SAN JUAN, Argentina (Reuters) -" (not a date's
# ", April 30").
_DATELINE_REGION = re.compile(r",\s*(?![A-Z][a-z]*\.?\s+\d)[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}")
# A looser opening, for the place alone: any case, any length of paragraph ("Islamabad: The cabinet approved ...",
# "Lahore - The Punjab government ...", "Colombo (Reuters) - ", "Manila, Philippines - "), which a sum's currency
# may follow but which is not furniture enough to be passed over as `DATELINE` is.
_OPENING_PLACE = re.compile(r"([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})(?:,\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})?"
                            r"\s*(?:\([^()\n]{1,40}\)\s*)?(?::|-|–|—)\s")


# Lines of a text's opening where its dateline may be: after a headline and a standfirst.
DATELINE_LINES = 3


def dateline_place(text: str) -> str | None:
    """The place of the dateline opening `text` or one of its first lines (after a headline), in title case ("Karachi"
    of "KARACHI: "), with the state or country written after it ("San Juan, Argentina"); None without one."""
    # Split a bounded number of times: this is asked for every sum of a text.
    lines = [line.lstrip() for line in text.split("\n", 4 * DATELINE_LINES) if line.strip()][:DATELINE_LINES]
    for line in lines:
        opening = DATELINE.match(line)
        if opening and _is_dateline(opening) and (place := _DATELINE_PLACE.match(opening.group())):
            region = _DATELINE_REGION.match(opening.group(), place.end())
            return opening.group()[:region.end() if region else place.end()].title()
    # The looser opening only at the text's start: a headline's "Sri Lanka: ..." over "MUMBAI: ..." is no dateline.
    loose = _OPENING_PLACE.match(lines[0]) if lines else None
    return loose[1].title() if loose else None


def dateline_place_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the places that open the clear datelines of `dateline_spans` before a sentence in ordinary
    case ("NEW YORK" of "NEW YORK, April 30 (Reuters) - The ..."; not a headline's "SOCCER - JAPAN GET LUCKY WIN",
    nor a slug's "TENNIS - Nadal beats Djokovic")."""
    text = text_of(doc)
    return [(place.start(), place.end()) for start, end in dateline_spans(doc)
            if _opens_an_article(text, start, end) and (place := _DATELINE_PLACE.match(text, start, end))]


def _is_list_item(line: str, words: int = LIST_ITEM_WORDS) -> bool:
    """A short line without a sentence's end: a link's title (`HEADLINE_ITEM_WORDS` long: a headline's)."""
    return len(line.split()) <= words and not _ENDS_SENTENCE.search(line)


# Words of a site's or section's name after a page title's bar, and of the headline before it.
_SITE_NAME_WORDS = 3
_HEADLINE_WORDS = 4


def _site_suffix_start(line: str) -> int | None:
    """Where the names of a section and a site begin after a page's title, the headline's own bar excluded: " |
    International | EUROtoday" of "USA keeps dialogue with Putin | International | EUROtoday"; None without any."""
    parts = line.split(" | ")
    if len(parts) < 2 or len(parts[0].split()) < _HEADLINE_WORDS \
            or not all(0 < len(part.split()) <= _SITE_NAME_WORDS for part in parts[1:]):
        return None
    return len(parts[0])


def range_at(position: int, ranges: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The range of `furniture_ranges` that holds the position, in log time (a text of thousands of bylines asked
    each of its names about each line). Ranges do not cross: a dateline lies at the start of its line, so of two
    ranges that share a start the longer sorts last and is the one found."""
    i = bisect.bisect_right(ranges, (position, math.inf)) - 1
    return ranges[i] if i >= 0 and position < ranges[i][1] else None


def in_ranges(position: int, ranges: list[tuple[int, int]]) -> bool:
    return range_at(position, ranges) is not None
