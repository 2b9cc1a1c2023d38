"""Direct quotes of an article and who says them.

Two steps:
1. Quotation marks are found by character scanning and classified by their surroundings (an
   opening mark follows a space and precedes a word, a closing mark the reverse), not only by
   glyph, because news text often uses the wrong curly mark and single curly marks double as
   apostrophes. Marks are paired with a stack, so nested quotes stay inside their outer quote;
   a paragraph that ends inside a quote continues when the next paragraph opens with a mark
   (news style). Stretches of one sentence made of several quoted pieces joined by a few words
   ("called him a “nasty guy” and “sick”") form one quote, as one attribution does.
2. The speaker is the subject of a speech verb next to the quote (after it, then before it),
   else of a speech verb governing the quote in the parse, else the speaker of the quote just
   before (a quote standing alone as a paragraph continues the last speaker). A pronoun speaker
   gets the closest preceding PERSON mention outside quotes as its antecedent.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

# Lemmas of verbs that introduce or attribute speech or writing in news.
SPEECH_VERBS = frozenset({
    "accuse", "acknowledge", "add", "admit", "advise", "agree", "allege", "announce", "answer", "argue",
    "ask", "assert", "blast", "boast", "call", "caution", "charge", "chime", "claim", "comment",
    "complain", "conclude", "concede", "confirm", "contend", "continue", "counter", "cry", "declare",
    "decry", "demand", "deny", "describe", "dismiss", "dub", "emphasise", "emphasize", "exclaim",
    "explain", "insist", "interject", "joke", "label", "lament", "maintain", "mention", "muse", "note",
    "observe", "plead", "pledge", "post", "praise", "predict", "proclaim", "promise", "quip", "read",
    "recall", "recount", "reiterate", "remark", "repeat", "reply", "report", "respond", "retort",
    "reveal", "say", "scoff", "scream", "shout", "slam", "state", "stress", "suggest", "tell", "testify",
    "tout", "tweet", "urge", "vow", "warn", "whisper", "write", "yell",
})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
_DOUBLE_MARKS = frozenset('"“”„«»')
_SINGLE_MARKS = frozenset("'‘’‚‹›")
# Characters after which a mark opens a quote, and before which a mark closes one.
_OPENERS_BEFORE = frozenset("([{—–-/")
_CLOSERS_AFTER = frozenset(".,;:!?)]}—–-/…")
# Quoted pieces of one sentence joined by at most this many characters count as one quote.
_MAX_JOIN_GAP = 40
_SENTENCE_END = frozenset(".!?")


@dataclass
class _Mark:
    pos: int
    size: int  # 2 for a doubled apostrophe used as a double mark: ''quote''
    double: bool
    straight: bool
    role: str  # "open", "close" or "either"


@dataclass
class _Open:
    mark: _Mark
    inner: list[tuple[int, int]]  # quotes closed inside this one


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _classify(text: str, i: int, size: int) -> str | None:
    """Role of the quotation mark at `i` from its neighbours; None when it is an apostrophe."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + size] if i + size < len(text) else ""
    double = size == 2 or ch in _DOUBLE_MARKS
    marks = _DOUBLE_MARKS | _SINGLE_MARKS
    left = not _is_space(nxt) and (_is_space(prev) or prev in _OPENERS_BEFORE or prev in marks)
    right = not _is_space(prev) and (_is_space(nxt) or nxt in _CLOSERS_AFTER or nxt in marks)
    if prev == "=" and double:
        return None  # an attribute value in left-over markup: <tweet author="...">
    if left and not right:
        if not double and text[i + 1 : i + 3].isdigit():
            return None  # ’90s
        return "open"
    if right and not left:
        return "close"
    if not double:
        # Between letters (don’t, Germany’s) or with space on both sides: not a quote mark.
        return None
    if ch in "“„«":
        return "open"
    if ch in "”»":
        return "close"
    return "either"


def _line_marks(text: str, start: int, end: int) -> list[_Mark]:
    """Quotation marks of text[start:end] with their roles; apostrophes left out."""
    marks = []
    i = start
    while i < end:
        ch = text[i]
        size = 2 if text[i : i + 2] == "''" else 1
        if ch in _DOUBLE_MARKS or ch in _SINGLE_MARKS:
            role = _classify(text, i, size)
            double = size == 2 or ch in _DOUBLE_MARKS
            if i == start and double:
                role = "open"  # a paragraph starting with a mark starts a quote
            if role is not None:
                marks.append(_Mark(i, size, double, ch in "\"'", role))
        i += size
    return marks


def _pair_line(marks: list[_Mark], stack: list[_Open]) -> list[tuple[int, int]]:
    """Close top-level quotes of one line; `stack` holds the quotes still open (it is updated)."""
    spans = []
    for mark in marks:
        same = [k for k, o in enumerate(stack) if o.mark.double == mark.double]
        closes = mark.role == "close" or (mark.role == "either" and same)
        if not closes:
            stack.append(_Open(mark, []))
            continue
        if not same:
            continue  # a stray closing mark, or a closing single quote that is an apostrophe
        k = same[-1]
        span = (stack[k].mark.pos, mark.pos + mark.size)
        del stack[k:]  # inner marks left open were apostrophes
        (stack[-1].inner if stack else spans).append(span)
    return spans


def _continues(stack: list[_Open], next_marks: list[_Mark] | None, text: str, line_start: int) -> bool:
    """True when the next paragraph reopens the open outer quote with the same kind of mark."""
    if not stack or not next_marks or not stack[0].mark.double:
        return False
    first = next_marks[0]
    return (
        first.pos == line_start
        and first.double
        and first.role == "open"
        and first.straight == stack[0].mark.straight
    )


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every top-level quoted stretch, marks included, in text order."""
    lines, start = [], 0
    for line in text.split("\n"):
        stripped = len(line) - len(line.lstrip())
        if line.strip():
            lines.append((start + stripped, _line_marks(text, start + stripped, start + len(line))))
        start += len(line) + 1
    spans: list[tuple[int, int]] = []
    stack: list[_Open] = []
    for k, (_line_start, marks) in enumerate(lines):
        spans += _pair_line(marks, stack)
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if nxt is not None and _continues(stack, nxt[1], text, nxt[0]):
            # News style: the quote goes on in the next paragraph, which repeats the opening mark.
            for opened in stack[1:]:
                stack[0].inner.extend(opened.inner)
            del stack[1:]
            del nxt[1][0]
            continue
        # Quotes never closed were not quotes (or are broken): keep what was quoted inside them.
        for opened in stack:
            spans.extend(opened.inner)
        stack.clear()
    return sorted(spans)


_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "is", "it", "of", "on", "or",
                          "the", "to", "with"})
# Nouns that announce the title of a work or a programme: the book "…", the show "…".
_WORK_NOUNS = frozenset({
    "album", "anthem", "article", "book", "broadcast", "clip", "column", "documentary", "editorial",
    "episode", "film", "headline", "magazine", "memoir", "movie", "novel", "op-ed", "play", "podcast",
    "poem", "program", "programme", "series", "show", "song", "titled", "entitled",
})


def _words(text: str) -> list[str]:
    return [w for w in (w.strip(".,!?;:\"'“”‘’()") for w in text.split()) if w]


def _title_cased(text: str, max_words: int = 6) -> bool:
    """Every word capitalised (small words aside), as in a name or a title."""
    words = _words(text)
    if not words or len(words) > max_words:
        return False
    return (words[0][0].isupper() or words[0][0].isdigit()) and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words
    )


def _is_headline(text: str, start: int, end: int) -> bool:
    """A line written in headline case, where capitals say nothing about titles."""
    return start == 0 or _title_cased(text[start:end], max_words=40)


def _is_name_not_speech(text: str, start: int, end: int) -> bool:
    """A quoted title of a work or show, a nickname inside a name, or a quoted subheading."""
    inner = text[start + 1 : end - 1].strip("\'")
    if not _title_cased(inner):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start].split()
    after = text[end:line_end].split()
    if not before and not after and line_start > 0:
        return True  # a subheading standing alone as a paragraph
    if _is_headline(text, line_start, line_end):
        return False
    last = before[-1] if before else ""
    if last.endswith(("'s", "’s", "s'", "s’")) or last.strip(",").lower() in _WORK_NOUNS:
        return True
    if len(before) > 1 and before[-2].strip(",").lower() in _WORK_NOUNS and last.lower() in ("of", "on"):
        return True
    first_after = after[0] if after else ""
    return bool(last[:1].isupper() and first_after[:1].isupper() and last.rstrip(".").isalpha())


# --- speakers -------------------------------------------------------------------------------


def _entity_mentions(doc: Doc, mentions: list[dict] | None) -> list[dict]:
    if mentions is not None:
        return sorted(mentions, key=lambda m: m["start"])
    return [{"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char} for e in doc.ents]


def _offsets(span: Span | Token) -> tuple[int, int]:
    if isinstance(span, Token):
        return span.idx, span.idx + len(span)
    return span.start_char, span.end_char


def _is_speech_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS


def _subject_of(verb: Token) -> Token | None:
    """The subject of `verb`, inherited through conjunctions and participles ("and added", "adding")."""
    tok = verb
    for _ in range(4):
        for child in tok.children:
            if child.dep_ in _SUBJECT_DEPS:
                return child
        if tok.dep_ in ("conj", "advcl", "xcomp", "relcl") and tok.head is not tok:
            if tok.dep_ == "relcl":
                return tok.head  # "Smith, who said ..." : the noun the clause hangs on
            tok = tok.head
        else:
            return None
    return None


def _according_to(tokens: list[Token]) -> Token | None:
    """X in "according to X"."""
    for tok in tokens:
        if tok.lower_ == "according":
            for prep in tok.children:
                if prep.lower_ == "to":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            return obj
    return None


def _phrase(tok: Token, quote: tuple[int, int]) -> tuple[int, int]:
    """Character span of the noun phrase headed by `tok`, kept out of the quote."""
    if tok.lower_ in _PERSONAL_PRONOUNS or tok.pos_ == "PRON":
        return _offsets(tok)
    left, right = tok.left_edge, tok.right_edge
    doc = tok.doc
    start, end = left.idx, right.idx + len(right)
    if start < quote[1] <= end or start < quote[0] < end:
        start, end = _offsets(tok)
    while end > start and doc.text[end - 1] in ",;: ":
        end -= 1
    return start, end


@dataclass
class _Quote:
    start: int
    end: int
    speaker: tuple[int, int] | None = None
    speaker_tok: Token | None = None
    cue_found: bool = False


def _window_after(doc: Doc, q: _Quote, next_start: int, para_end: int) -> list[Token]:
    """Tokens after the quote up to the end of its sentence, the next quote or the paragraph end."""
    span = doc.char_span(q.end, min(next_start, para_end), alignment_mode="contract")
    out: list[Token] = []
    for tok in span or []:
        out.append(tok)
        if tok.text in _SENTENCE_END:
            break
    return out


def _window_before(doc: Doc, q: _Quote, prev_end: int, para_start: int) -> list[Token]:
    """Tokens before the quote back to the start of its sentence, the previous quote or paragraph."""
    span = doc.char_span(max(prev_end, para_start), q.start, alignment_mode="contract")
    out: list[Token] = []
    for tok in reversed(list(span or [])):
        if tok.text in _SENTENCE_END and out:
            break
        out.append(tok)
    return out[::-1]


def _subject_in(verbs: list[Token], q: _Quote) -> Token | None:
    for verb in verbs:
        subject = _subject_of(verb)
        if subject is not None and not q.start <= subject.idx < q.end:
            return subject
    return None


def _cue_subject(doc: Doc, q: _Quote, after: list[Token], before: list[Token]) -> Token | None:
    """Subject of the speech verb attributing the quote, looking after it, then before it."""
    subject = _subject_in([t for t in after if _is_speech_verb(t)], q)
    if subject is None:
        subject = _according_to(after) or _according_to(before)
    if subject is None:
        subject = _subject_in([t for t in reversed(before) if _is_speech_verb(t)], q)
    if subject is None:
        subject = _governing_subject(doc, q)
    return subject


def _governing_subject(doc: Doc, q: _Quote) -> Token | None:
    """Subject of the nearest speech verb above the quote in the parse tree."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        head = tok
        for _ in range(6):
            if head.head is head:
                break
            head = head.head
            if head.idx < q.start or head.idx >= q.end:
                if _is_speech_verb(head):
                    return _subject_in([head], q)
    return None


def _dash_name(after: list[Token], mentions: list[dict]) -> tuple[int, int] | None:
    """A name right after a dash following the quote: “…” ― Jane Doe."""
    if len(after) < 2 or after[0].text not in ("―", "—", "–", "-", "--"):
        return None
    start = after[1].idx
    for m in mentions:
        if m["start"] == start and m["label"] in ("PERSON", "ORG"):
            return m["start"], m["end"]
    return None


def _paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _previous_colon_subject(doc: Doc, para_start: int) -> Token | None:
    """Subject of the last sentence of the previous paragraph when it ends with a colon."""
    text = doc.text
    prev = text[:para_start].rstrip()
    if not prev.endswith(":"):
        return None
    span = doc.char_span(len(prev) - 1, len(prev), alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
    speech = [t for t in verbs if _is_speech_verb(t)]
    for verb in [*reversed(speech), *reversed(verbs)]:
        subject = _subject_of(verb)
        if subject is not None:
            return subject
    return None


def _attribute(doc: Doc, quotes: list[_Quote], mentions: list[dict]) -> None:
    """Fill in each quote's speaker."""
    text = doc.text
    for k, q in enumerate(quotes):
        para_start, para_end = _paragraph_bounds(text, q.start)
        _, last_para_end = _paragraph_bounds(text, max(q.start, q.end - 1))
        next_start = quotes[k + 1].start if k + 1 < len(quotes) else len(text)
        prev_end = quotes[k - 1].end if k > 0 else 0
        after = _window_after(doc, q, next_start, last_para_end)
        before = _window_before(doc, q, prev_end, para_start)
        dash = _dash_name(after, mentions)
        if dash is not None:
            q.speaker, q.cue_found = dash, True
            continue
        subject = _cue_subject(doc, q, after, before)
        if subject is None and not text[para_start : q.start].strip():
            subject = _previous_colon_subject(doc, para_start)
        if subject is not None:
            q.speaker, q.speaker_tok, q.cue_found = _phrase(subject, (q.start, q.end)), subject, True
        elif k > 0 and quotes[k - 1].speaker is not None and _adjacent(text, quotes[k - 1], q):
            # A quote with no cue of its own continues the speaker of the quote just before it.
            q.speaker, q.speaker_tok = quotes[k - 1].speaker, quotes[k - 1].speaker_tok


def _adjacent(text: str, prev: _Quote, q: _Quote) -> bool:
    """True when only attribution text of one or two paragraphs separates the two quotes."""
    gap = text[prev.end : q.start]
    return gap.count("\n\n") + (gap.count("\n") - 2 * gap.count("\n\n")) <= 2 and len(gap) < 400


def _antecedent(tok: Token, quote_spans: list[tuple[int, int]], mentions: list[dict]) -> dict | None:
    """Closest preceding PERSON mention outside quotes for a he/she pronoun."""
    if tok.lower_ not in ("he", "she"):
        return None
    for m in reversed(mentions):
        if m["end"] > tok.idx or m["label"] != "PERSON":
            continue
        if any(s <= m["start"] < e for s, e in quote_spans):
            continue
        return {"text": m["text"], "start": m["start"], "end": m["end"]}
    return None


def _merge_pieces(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join quoted pieces of one sentence separated by a few words with no speech verb."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _joinable(doc, merged[-1][1], start):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _joinable(doc: Doc, gap_start: int, gap_end: int) -> bool:
    gap = doc.text[gap_start:gap_end]
    if not gap.strip() or len(gap) > _MAX_JOIN_GAP or "\n" in gap:
        return False
    if any(ch in _SENTENCE_END for ch in gap) or doc.text[gap_start - 2 : gap_start - 1] in _SENTENCE_END:
        return False
    span = doc.char_span(gap_start, gap_end, alignment_mode="contract")
    return not any(_is_speech_verb(t) or t.dep_ in _SUBJECT_DEPS and t.lower_ not in _RELATIVE_PRONOUNS
                   for t in span or [])


def extract_quotes(doc: Doc, mentions: list[dict] | None = None) -> list[dict]:
    """Direct quotes in the document, in text order."""
    text = doc.text
    ents = _entity_mentions(doc, mentions)
    spans = [(s, e) for s, e in find_quote_spans(text) if not _is_name_not_speech(text, s, e)]
    spans = _merge_pieces(doc, spans)
    quotes = [_Quote(s, e) for s, e in spans]
    _attribute(doc, quotes, ents)
    out = []
    for q in quotes:
        speaker = None
        if q.speaker is not None:
            s, e = q.speaker
            antecedent = _antecedent(q.speaker_tok, spans, ents) if q.speaker_tok is not None else None
            speaker = {"text": text[s:e], "start": s, "end": e, "antecedent": antecedent}
        out.append({"text": text[q.start : q.end], "start": q.start, "end": q.end, "speaker": speaker})
    return out
