"""Money items: the grammar of a sum, its currency and range, and what looks like a sum but is none."""
from __future__ import annotations

import bisect
import functools
import math
import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from services.nlp.doctext import text_of
from services.nlp.entity_rules import US_STATES
from services.nlp.furniture import in_ranges, page_frame_ranges
from services.nlp.money.currencies import (
    COUNTRY_CURRENCIES,
    CROWNS,
    CROWNS_PER_SHARE_AFTER,
    CROWNS_SCALE_WORD_BEFORE,
    CURRENCY_LEMMAS,
    ISO_CODES,
    NAMED_CENTS,
    PREFIX_CURRENCIES,
    SHAPED_CODES,
    WORD_CURRENCIES,
    cents_of_the_place,
    currency_of_symbol,
    currency_of_word,
    has_a_sums_shape,
    is_a_plain_sum_of_its_country,
    symbol_fits,
)
from services.nlp.money.numbers import (
    BETWEEN_RE,
    DIGITS_RE,
    HEDGE_RE,
    MONEY_SCALE_RE,
    MONEY_SIGN_RE,
    MONEY_WORDS_RE,
    RANGE_SEP_RE,
    SCALE_RE,
    YEAR,
    bounds,
    by_first_letter,
    end_of,
    no_range_after_all,
    num,
    number_value,
    round_amount,
    scale_factor,
    trim,
)
from services.nlp.money.text import Spans, sentence_around, word_before

_PREFIX_RE = (
    rf"(?P<{{g}}>(?<![A-Za-z]){by_first_letter(sorted(map(re.escape, PREFIX_CURRENCIES), key=len, reverse=True))}"
    rf"|\b(?-i:{'|'.join(ISO_CODES)})\s?)\s?"
)
# Currencies written against their number ("USD3.5bn", "Rs16,700 crore"), each a fixed width as a look-behind needs.
_GLUED_PREFIXES = (f"(?-i:{'|'.join(ISO_CODES)})", r"(?-i:\$US|Rs\.|KSh|USh|TSh|Rwf)",
                   r"(?-i:Rs|\$A|Dh|SR|QR|Sh|Tk|KD|BD|RM|Rp|Bt|TL)", r"(?-i:R)", r"(?-i:N)", r"(?-i:P)")
_WORD_RE = rf"(?P<word>{'|'.join(f'(?:{pattern})' for pattern, *_ in (*WORD_CURRENCIES, *COUNTRY_CURRENCIES))})"

# Accounts write a loss in brackets between a currency's sign and its number: "a net loss of $(0.20) per share" is
# -$0.20 (not "USD (0.20)", where the letters may end a label).
_ACCOUNTING_OPEN = r"(?P<paren>(?<=[^\sA-Za-z])\()?"

# Each pattern opens with the look-behind every one of its alternatives implies anyway (a word boundary,
# or no letter before a currency symbol): positions inside words then fail at once (on the benchmark
# corpus the money scan took 1.2 instead of 1.8 ms per text, the figure scan 1.1 instead of 2.4).
_MONEY_RE = re.compile(
    r"(?<![A-Za-z])" + HEDGE_RE + BETWEEN_RE + "(?:"
    # Currency before: "€21bn", "$3m-$5m", "between £2bn and £3bn", "US$1.2 million", "$3-5m".
    + MONEY_SIGN_RE + _PREFIX_RE.format(g="cur1") + _ACCOUNTING_OPEN
    + num("n1", after=_GLUED_PREFIXES, scale=MONEY_SCALE_RE)
    + r"(?(paren)\)|(?:" + RANGE_SEP_RE.replace("sep", "sep1")
    + "(?:" + _PREFIX_RE.format(g="cur2") + ")?" + num("n2", scale=MONEY_SCALE_RE) + ")?)"
    + "|"
    # Currency after: "21 billion euros", "50p", "3-5 million dollars".
    + num("n3", words=MONEY_WORDS_RE) + "(?:" + RANGE_SEP_RE.replace("sep", "sep2") + num("n4") + ")?"
    # Spaced, hyphenated ("a 1.2 billion-euro contract") or glued ("50p", "50¢").
    + r"(?:\s+|-(?=[A-Za-z])|(?<=\d)(?=[A-Za-z¢]))" + _WORD_RE + r"(?!\w)"
    + ")",
    re.IGNORECASE,
)


_SCALE_AFTER = re.compile(SCALE_RE, re.IGNORECASE)


def _scale_past_brackets(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """The scale written outside accounts' brackets ("$(1.2) million"), which is the sum's."""
    return _SCALE_AFTER.match(text, match.end()) if match.group("paren") else None


# Accounts also bracket a loss whole, the sum alone in brackets standing where the sentence wants it (after "of", a
# form of "be", "to", "from", a colon) near words of a company's accounts: "a loss per share of ($0.20)", "net income
# was ($120 million)", or before "per share": ", or ($0.45) per share". Not an aside after a noun ("the budget deficit
# ($5 billion)", "the deal (worth $5 million)"), a sum's conversion ("$3.4 billion (€3.1 billion)", "2.1 billion
# rand, or (US$115 million)"), a hedged sum, nor a sum at a rate (`_RATE_AFTER`).
_ACCOUNTS_SLOT_BEFORE = re.compile(r"(?:\b(?:of|was|were|is|are|to|from)|:)\s*\($", re.IGNORECASE)
_ACCOUNTS_WORDS = re.compile(r"\b(?:loss(?:es)?|deficits?|net|per\s+share|EPS|earnings|income)\b", re.IGNORECASE)
_OPENING_BRACKET_BEFORE = re.compile(r"\(\s*$")
_PER_SHARE_AFTER = re.compile(r"\)\s+(?:per|a)\s+share\b", re.IGNORECASE)
# A rate after the brackets makes the sum a wage or a price, which is no loss: "earnings rose to (£650) a week", "(£12)
# an hour", "(£30,000) per annum"; not a time before or after ("a loss of ($1.2m) a year earlier", "a year ago"), nor
# after words of a loss (`_LOSS_WORDS`).
_RATE_AFTER = re.compile(r"\)\s+(?:a|an|per|each|every)\s+(?:hour|day|night|week|month|year|annum)\b"
                         r"(?![\s-]*(?:earlier|ago|before|later|prior|previously|on\b))", re.IGNORECASE)
# Words of a loss, which a rate after the brackets does not make a wage: "losses were ($1.5 million) a day".
_LOSS_WORDS = re.compile(r"\b(?:loss(?:es)?|deficits?)\b", re.IGNORECASE)
# How far before the brackets the words of accounts are looked for.
_ACCOUNTS_WORDS_CHARS = 80


def _in_accounts_brackets(text: str, start: int, end: int) -> bool:
    """The sum at `start`-`end` alone fills brackets as accounts write a loss (see `_ACCOUNTS_SLOT_BEFORE`)."""
    if not text.startswith(")", end) or _OPENING_BRACKET_BEFORE.search(text, max(0, start - 3), start) is None:
        return False
    if _PER_SHARE_AFTER.match(text, end):
        return True
    sentence_start, _ = sentence_around(text, start)
    window = max(sentence_start, start - _ACCOUNTS_WORDS_CHARS)
    if _RATE_AFTER.match(text, end) and _LOSS_WORDS.search(text, window, start) is None:
        return False
    return _ACCOUNTS_SLOT_BEFORE.search(text, max(0, start - 12), start) is not None \
        and _ACCOUNTS_WORDS.search(text, window, start) is not None


# What follows "won" as a sum, not as the verb ("2 million won't return", "20 million won health coverage"): a mark,
# the end, a preposition, a verb or a rate ("50 million won a year"); or an article before the sum, which then
# qualifies a noun ("a 100 million won bonus").
_WON_AS_MONEY_AFTER = re.compile(r"(?:\s*(?:[,.;:()\[\]—–]|$)|\s+(?:in|on|for|to|from|of|at|per|by|with|over|under|"
                                 r"worth|more|less|than|into|was|were|is|are|has|had|will|would|and|or|last|this|"
                                 r"each|a\s+(?:year|month|week|day|share))\b)")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)
# A rate after "won" and a number grouped in thousands: "150,000 won a share", "9,860 won an hour" (the verb takes
# "a" and a prize or seat: "the 1,200 won a prize" is no sum).
_WON_RATE_AFTER = re.compile(r"\s+(?:a|an|per)\s+(?:share|year|month|week|day|hour|head|person|night|kg|kilogram|"
                             r"tonne|litre|liter|barrel|bottle|ticket)\b(?!\s+of\b)")


# A move of one unit of a currency, written as one word with it: "each one-yen move against the dollar" tells how
# much a rate moves, no sum (a move of more is one: "a 10-yen move").
_UNIT_MOVE = re.compile(r"(?:one|1)-[A-Za-z]+\s+(?:move|movement|change|swing|shift|fluctuation)s?\b", re.IGNORECASE)


def is_unit_move(text: str, start: int) -> bool:
    """The sum at `start` is one unit of a currency before a move: "one-yen move"."""
    return _UNIT_MOVE.match(text, start) is not None


def _is_verb_won(match: re.Match[str]) -> bool:
    """"won" after a plain number is the verb ("in 2002 won the cup"): Korean sums are written "71,200 won"."""
    return match.group("word").lower() == "won" and not ("," in match.group("n3") or match.group("n3_scale"))


def _is_weight(text: str, match: re.Match[str]) -> bool:
    """'pounds' that weigh rather than pay: "200 pounds of cocaine", "weighed 300 pounds", "a 5-pound bag", a height
    before ("5-foot-8, 135 pounds") (but "a 300-million-pound order")."""
    if not re.fullmatch(r"pounds?", match.group("word") or "", re.IGNORECASE):
        return False
    after = text[match.end():match.end() + 30].lower()
    if text[match.start("word") - 1] == "-" and not match.group("n3_scale"):
        return not (_PAID_NOUN.match(after) or _buys_a_home(match, after))  # "a 5-pound bag", not "the
        # 50,000-pound award"
    before = text[max(0, match.start() - 40):match.start()].lower()
    if _MONEY_OF.match(after):
        return False  # "1.2m pounds of damage", "3m pounds of taxpayers' money"
    if _METRIC_WEIGHT_AFTER.match(after):
        return True  # "27.3 pounds (12.4 kg)"
    if _is_weight_change(text, match, before):
        return True  # "Patients on the drug lost an average of 27.3 pounds"
    return after.startswith(" of ") or bool(re.search(r"\bweigh|\bheav|\blighter\b|\bpounds? of\b", before)) \
        or bool(_HEIGHT_BEFORE.search(before)) or _weighed_thing_before(before)


def _buys_a_home(match: re.Match[str], after: str) -> bool:
    """"a 450,000-pound house": a price, as no home weighs so much and is sold by its weight."""
    value = number_value(match.group("n3"), None)
    return bool(_DWELLING_NOUN.match(after)) and value is not None and value >= _DWELLING_PRICE


# Animals and drugs whose pounds before them weigh: "The bear, estimated at 250 pounds", "marijuana estimated at 2
# pounds" (not "cocaine worth 2 million pounds").
_WEIGHED_THING = re.compile(r"\b(?:bear|deer|moose|dog|fish|shark|alligator|gator|pig|hog|horse|bull|cow|pumpkin|"
                            r"marijuana|cannabis|cocaine|heroin|meth|methamphetamine|fentanyl|drugs)\b[^.;]{0,40}$")
_PAID_BEFORE = re.compile(r"\b(?:worth|valued|costs?|priced|paid|sold|fined|bail|reward|street value)\b")


def _weighed_thing_before(before: str) -> bool:
    """An animal or a drug named just before the pounds, with no word of money between them."""
    thing = _WEIGHED_THING.search(before)
    return thing is not None and not _PAID_BEFORE.search(before, thing.start())


def _is_weight_change(text: str, match: re.Match[str], before: str) -> bool:
    """Pounds a body lost or gained: the verb just before the number, a weight a body can have (under 1,000, no
    scale), words of weight or of a trial in the sentence ("Participants lost 15 pounds ... the placebo group"), and
    nothing after it that says money ("lost 600 pounds to a fake Ozempic website", "lost 300 pounds a month in
    subsidies"); not in a British article (whose pounds are paid, its weights in stones), told by "£" or a British
    name (not "British Columbia", "New England")."""
    if match.group("n3_scale") or not _WEIGHT_CHANGE_BEFORE.search(before) or _MONEY_AFTER.match(text, match.end()) \
            or _is_british(text):
        return False
    value = number_value(match.group("n3"), None)
    start, end = sentence_around(text, match.start())
    return value is not None and value < 1000 \
        and bool(_SHED_BEFORE.search(before) or _BODY_WORDS.search(text, start, end))


# A weight's metric conversion after it; a body's weight changing, or shed (which money never is); a sum paid by the
# period.
_METRIC_WEIGHT_AFTER = re.compile(r"\s*\(\s*(?:about\s+|around\s+)?[\d.,]+\s*(?:kg|kilos?|kilograms?|g|grams?)\b")
_WEIGHT_CHANGE_BEFORE = re.compile(r"\b(?:lost|lose|loses|losing|gained|gain|gains|gaining|shed|sheds|shedding|"
                                   r"put\s+on)\s+(?:[a-z]+\s+){0,3}$")
_SHED_BEFORE = re.compile(r"\b(?:shed|sheds|shedding)\s+(?:[a-z]+\s+){0,3}$")
_MONEY_AFTER = re.compile(r"(?:\s+(?:a|per)\s+(?:day|week|month|year))?\s+(?:in\s+(?:savings|subsidies|income|wages|"
                          r"pay|benefits|deposits|fees|fines|bets|losses|a\s+scam|the\s+scam)|to\s+(?:a\s+|an\s+|the\s+)?"
                          r"(?:fake|bogus|fraud\w*|scam\w*|con\b|criminals?|thieves))\b", re.IGNORECASE)
@functools.lru_cache(maxsize=64)
def _is_british(text: str) -> bool:
    """The article writes sums in "£" or names Britain or a British place: asked once per text, not per sum."""
    return "£" in text or bool(_BRITISH_SETTING.search(text))


_BRITISH_SETTING = re.compile(r"\b(?:Britain|British(?!\s+Columbia)|UK|U\.K\.|(?<!New\s)England|Scotland|Scottish|"
                              r"Wales|Welsh|London|NHS|Northern\s+Ireland|Belfast|Cardiff|Edinburgh|Glasgow)\b")
# A film's part is one too, so written: "gained 20 pounds for the role", "lost 60 pounds to play an insomniac", "said
# the role changed his life" (not a bare "role", "fat" or "muscle": "blamed the government's role", "as fat margins
# returned").
_BODY_WORDS = re.compile(r"\b(?:weight|obese|obesity|diet|diets|dieting|dieters|placebo|kg|kilos?|BMI|patients|"
                         r"physique|for\s+(?:the|a|his|her|this|that)\s+(?:role|part)|the\s+role|to\s+play|participants|"
                         r"semaglutide|tirzepatide|Wegovy|Ozempic|Mounjaro|Zepbound)\b", re.IGNORECASE)


# A height written right before a weight: "5-foot-8, 135 pounds", "6 feet 4 inches tall and 250 pounds" (not "foot
# the bill of").
_HEIGHT_BEFORE = re.compile(r"\d\s*-?\s*(?:foot|feet|ft)\s*-?\s*(?:\d+\s*(?:inch(?:es)?|in\b)?)?"
                            r"(?:\s*,|\s+(?:tall\s+)?and)\s*$", re.IGNORECASE)


# What a sum of pounds written before it is, where it is money: "the 50,000-pound award", "a 500-pound fine".
# (Not "a 2,500-pound prize-winning pumpkin", "a 2,000-pound bomb deal", "a 20-pound prize turkey".)
_PAID_NOUN = re.compile(r" (?:award|prize|fine|fee|bill|payout|deal|contract|bonus|grant|donation|salary|"
                        r"budget|loan|investment|fund|settlement|package|bribe|ransom|reward|payment|price|tax|levy|"
                        r"penalty|cheque|compensation|scheme|project|takeover|bid|offer|debt|bailout|subsidy|"
                        r"stake|pension|wage|ticket|jackpot|refund|rent|mortgage|overdraft|note|banknote|coin)s?"
                        r"(?![\w-])"
                        r"(?! (?:turkey|bull|cow|pig|pumpkin|steer|heifer|ram|boar|marlin|tuna|fish|catch)s?\b)")
# Homes a sum of pounds before them buys, where it is one no weight could be: "a 450,000-pound house" (not "the
# 282-pound home run king", "a 300-pound home safe").
_DWELLING_NOUN = re.compile(r" (?:house|home|flat|apartment|mansion|property|cottage|villa)s?\b")
_DWELLING_PRICE = 10_000
# What a sum of pounds "of" is, where it is money, after up to two words ("of her pension savings"): "1.2m pounds
# of damage", "2.5 billion pounds of the proceeds" (not "200 pounds of cocaine").
_MONEY_OF = re.compile(r" of (?:[\w’']+ ){0,2}(?:damage|debts?|funding|investment|taxpayers|public money|savings|"
                       r"losses|revenue|compensation|fees|fines|bonuses|spending|cuts|sales|contracts?|orders?|assets|"
                       r"profits?|proceeds|pensions?|earnings|income|dividends|wealth|money|costs|capital|shares|"
                       r"bonds|loans|credit|cash|grants|subsidies|bets|deposits|liabilities|write-?downs|"
                       r"impairments?|provisions|buybacks?|equity|debt|backing)\b(?!['’]s)")


# A wire story's exchange-rate note, "($1 = 155.02 yen)", "(£1 = $1.2345)", "(1 euro = $1.0823)": it converts the
# story's sums and reports none of its own, so neither side is money or a figure of the story.
_EXCHANGE_NOTE = re.compile(
    r"\((?:\s*[A-Z]{0,3}[$£€¥₹]\s?1|\s*1\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)\s*=\s*[^()=\n]{1,40}\)"
)


def exchange_notes(text: str) -> Spans:
    return Spans(match.span() for match in _EXCHANGE_NOTE.finditer(text))



def extract_money(doc: Doc) -> list[dict]:
    """Money mentions: {"text","start","end","amount","currency","approximate"} (+ range bounds)."""
    text = text_of(doc)
    notes = exchange_notes(text)
    items: list[dict] = []
    position = 0
    while (match := _MONEY_RE.search(text, position)) is not None:
        position = match.end()
        if _article_before_code(match):
            position = match.start("word")  # "a CHF 300m bond": the sum starts at the code
            continue
        if notes.overlap(*match.span()):
            continue
        if match.group("n1") is not None and (not symbol_fits(text, match) or _is_log_number(text, match)):
            position = match.start("n1")  # letters that are no currency here: the number may still be a sum ("TL
            # 500 million euros" in no Turkish story)
            continue
        if is_change(text, match, "sep1"):
            # "rose from $3m to $5m" reports two amounts, not a range.
            parts = [_money_part(text, match, "n1", "cur1")]
            if match.group("cur2") or count_after_sum(text, end_of(match, "n1")) is None:
                # not "from $2 million to 3 million users"; "to 3 million euros" in its own currency
                parts.append(_own_currency_end(text, match) or _money_part(text, match, "n2", "cur2"))
        else:
            parts = [_money_item(text, match)]
        items.extend(_with_tolerance(text, _hedged_after(text, item)) for item in parts if item is not None)
    items = _with_compared_levels(text, items)
    return outside_page_frame(doc, _joined_ranges(text, _with_cents_of_earlier_sums(text, items)))


# A police log's letters and number, as appeals end: "call 101, quoting CAD 6123/14Nov" (a computer-aided dispatch log,
# no Canadian dollars): "CAD" after a word of quoting a reference, or any code's whole number written against a slash,
# digits and letters (a log's date: "/14Nov"). Not "quoting USD 500 per tonne", "EUR 15/20" nor "USD 25/27".
_REFERENCE_BEFORE = re.compile(r"\b(?:quoting|reference|ref\.?|log|crime\s+number|incident\s+number)\s+$",
                               re.IGNORECASE)
_SLASH_DATE_AFTER = re.compile(r"/\d+[A-Za-z]")


def _is_log_number(text: str, match: re.Match[str]) -> bool:
    """Letters before a whole number that make a reference, not a sum: "quoting CAD 6123/14Nov", "ref CAD 123" (not
    "USD 80/bbl", a price; not "EUR 15/20", a range; not "£5/3", whose sign is no letters)."""
    letters = match.group("cur1").strip()
    if not letters.isalpha() or match.group("n1_scale") or not match.group("n1").isdigit():
        return False
    return _SLASH_DATE_AFTER.match(text, match.end("n1")) is not None \
        or letters == "CAD" \
        and _REFERENCE_BEFORE.search(text, max(0, match.start("cur1") - 20), match.start("cur1")) is not None


def outside_page_frame(doc: Doc, items: list[dict]) -> list[dict]:
    """The items that start outside the page around the article (its links to other stories, a page title's site
    names: "Just Eat Takeaway books €1.5bn impairment charge" under "Articles You May Like" is another story's sum).
    The frame is found once per doc and kept on it: entities ask for it too."""
    frame = page_frame_ranges(doc)
    return [item for item in items if not in_ranges(item["start"], frame)] if frame else items


# A sum's earlier or other level, its currency written once: "$5 billion, up from 3.2 billion", "£40m, against 32m",
# "rose to €12bn from 9bn", "$1.4 billion in the quarter, compared with 1.1 billion"; the number ends its phrase (not
# "up from 3.2 billion users", which counts users, nor "3.2 billion tonnes", a measure) and is no year.
_LEVEL_NUMBER = (HEDGE_RE + rf"(?P<n>(?<![\w.,$£€¥])(?:{DIGITS_RE}))(?P<n_scale>{SCALE_RE})?(?![\w%$£€¥'’-]|[.,]\d)")
_LEVEL_END = (r"(?=\s*(?:[.,;:)!?—–]|$)|\s+(?:(?:a|an)\s|(?:the|in|on|at|for|during|last|this|previously|earlier|"
              r"before|ago|and|or|but|while|as|when|with|over|according|year-on-year|expected|forecast|estimated|"
              r"projected|predicted)\b|(?:analysts|economists)\s+(?:had\s+|have\s+)?(?:expected|forecast|predicted|"
              r"estimated)\b))")
_CHANGE_FROM = (r"(?:up|down|higher|lower|rising|falling|increasing|decreasing)(?:\s+(?:by\s+)?"
                r"(?:about\s+|nearly\s+|almost\s+|some\s+)?\d[\d.,]*\s*(?:%|percent\b|per\s?cent\b))?,?\s+from")
# The comparing words may name the other level's kind of result: "a profit of £3m, against a loss of 3m".
_COMPARED_WITH = (r"(?:compared\s+(?:with|to)|against|versus|vs\.?)"
                  r"(?:\s+(?:a|an)\s+(?:net\s+)?(?:loss|profit|deficit|surplus)\s+of)?")
# After the sum: the comparing words right after it ("rose to €12bn from 9bn": a bare "from" only there, and only
# before a scale or a decimal, as "$30 from 9 a.m." and "$20 from 16" are a time's and an age's), or after a comma
# closing a few words of its own clause, no number nor sentence's end among them ("$5 billion in the second quarter,
# up from 3.2 billion").
_LEVEL_AFTER = re.compile(rf"(?:(?:\s+[^.;:!?\d\n$£€¥]{{0,60}}?)?,\s+(?:{_CHANGE_FROM}|{_COMPARED_WITH})"
                          rf"|\s+(?:{_CHANGE_FROM}|{_COMPARED_WITH}|(?P<bare>from)))\s+{_LEVEL_NUMBER}{_LEVEL_END}",
                          re.IGNORECASE)
# Before the sum: "rose from 3.2 billion to $5 billion".
_LEVEL_BEFORE = re.compile(rf"\bfrom\s+{_LEVEL_NUMBER}\s+to\s+$", re.IGNORECASE)
# How far before a sum `_LEVEL_BEFORE` is looked for.
_LEVEL_BEFORE_CHARS = 50
# A level compared with a sum is of its order: at most this many times it, or a tenth of it ("$5.2 billion, up from
# 4.9" leaves the 4.9's scale unwritten, no sum of $4.90: it is in the sum's scale, see `_level_value`).
_COMPARED_LEVEL_RATIO = 10
# The scale word written after a sum's number ("billion" of "$5.2 billion").
_SCALE_OF_SUM = re.compile(rf"\d(?P<scale>{SCALE_RE})")


def _with_compared_levels(text: str, items: list[dict]) -> list[dict]:
    """The items with the bare numbers compared with them as sums in their currency (see `_LEVEL_AFTER`), in text
    order."""
    taken = Spans((item["start"], item["end"]) for item in items)
    levels = []
    for item in items:
        if item["currency"] is None or "amount_low" in item or not item["amount"]:
            continue
        after = _LEVEL_AFTER.match(text, item["end"])
        before = _LEVEL_BEFORE.search(text, max(0, item["start"] - _LEVEL_BEFORE_CHARS), item["start"])
        for found in (after, before):
            level = _compared_level(text, found, item) if found else None
            if level is not None and not taken.overlap(level["start"], level["end"]) \
                    and level["start"] not in {other["start"] for other in levels[-2:]}:
                levels.append(level)  # not twice: the level after one sum and before the next
    return sorted([*items, *levels], key=lambda item: item["start"]) if levels else items


def _compared_level(text: str, match: re.Match[str], item: dict) -> dict | None:
    """The number of a `_LEVEL_AFTER` or `_LEVEL_BEFORE` match as a sum in the item's currency; None for a year or a
    number not of the sum's order."""
    if match["n_scale"] is None and re.fullmatch(YEAR, match["n"]):
        return None  # "$2,500, compared with 2019 when"
    if match.groupdict().get("bare") and match["n_scale"] is None and "." not in match["n"] \
            and not _scaled_new_level(text, item):
        return None  # "Tickets cost $30 from 9 a.m.", "The fee is $20 from 16 on"
    value = _level_value(match, item)
    if value is None:
        return None
    start = match.start("hedge") if match["hedge"] else match.start("n")
    if _nearer_count_before(text, min(start, item["start"]), value, abs(item["amount"])):
        return None  # "sold 5,000 cars for $30,000 each, up from 4,000": the cars sold before
    end = end_of(match, "n")
    return {"text": text[start:end], "start": start, "end": end, "amount": round_amount(value),
            "currency": item["currency"], "approximate": bool(match["hedge"])}


# "to" before a sum: the new level of a move ("Revenue rose to £450m from 390").
_TO_BEFORE_SUM = re.compile(r"\bto\s+$", re.IGNORECASE)


def _scaled_new_level(text: str, item: dict) -> bool:
    """The sum is a move's new level written with a scale, whose bare earlier level after "from" leaves the scale
    unwritten: "Revenue rose to £450m from 390" (not "Tickets cost $30 from 9 a.m.")."""
    return _SCALE_OF_SUM.search(item["text"]) is not None \
        and _TO_BEFORE_SUM.search(text, max(0, item["start"] - 4), item["start"]) is not None


def _of_the_sums_order(value: float, item: dict) -> bool:
    return abs(item["amount"]) / _COMPARED_LEVEL_RATIO <= value <= _COMPARED_LEVEL_RATIO * abs(item["amount"])


def _level_value(match: re.Match[str], item: dict) -> float | None:
    """The level's value if it is of the sum's order, written whole or with the sum's scale left out ("$5.2 billion,
    up from 4.9": 4.9 billion); None otherwise."""
    value = number_value(match["n"], match["n_scale"])
    if value is None or _of_the_sums_order(value, item):
        return value
    scale = _SCALE_OF_SUM.search(item["text"])
    if match["n_scale"] is None and scale is not None and scale_factor(scale["scale"]) > 1:
        scaled = value * scale_factor(scale["scale"])
        if _of_the_sums_order(scaled, item):
            return scaled
        lower = scaled / _THOUSAND
        if _THREE_DIGITS.fullmatch(match["n"]) and scale_factor(scale["scale"]) >= _MILLION \
                and _of_the_sums_order(lower, item):
            return lower  # "to $1.2 billion from 980": 980 million, the scale below the sum's
    return None


# A whole number of three digits, how a level one scale below the sum's is written ("980" million beside "$1.2
# billion"); the scale below a sum's is a thousandth of it, and the least scale that has one below it is a million's.
_THREE_DIGITS = re.compile(r"[1-9]\d\d")
_THOUSAND = 1e3
_MILLION = 1e6


# A count of things before a sum in its sentence: "5,000 cars" of "sold 5,000 cars for $30,000 each".
_COUNT_OF_THINGS = re.compile(rf"(?<![\w.,$£€¥])(?P<n>{DIGITS_RE})(?P<n_scale>{SCALE_RE})?\s+(?-i:[a-z]{{3,}})",
                              re.IGNORECASE)


def _nearer_count_before(text: str, at: int, value: float, amount: float) -> bool:
    """A count of things in the sentence before `at` is nearer the level's `value` than the sum's `amount` is, so the
    level compares the count ("sold 5,000 cars for $30,000 each, up from 4,000 last year"), no sum."""
    distance = abs(math.log(value / amount)) if value > 0 and amount > 0 else math.inf
    for found in _COUNT_OF_THINGS.finditer(text, sentence_around(text, at)[0], at):
        count = number_value(found["n"], found["n_scale"])
        if count and abs(math.log(count / value)) < distance:
            return True
    return False


# Currencies in cents: a sum in bare "cents" is in the one of the sums around it.
_CENT_CURRENCIES = frozenset({"USD", "EUR", "AUD", "CAD", "NZD", "SGD", "HKD", "ZAR", "TWD"})
# Cents with no currency written before them ("10 cents"; not "US cents", "euro cents" nor a named dollar's,
# `NAMED_CENTS`): a look-behind per named currency, each of one width.
_BARE_CENTS = re.compile("".join(rf"(?<!{before} )" for before in (
    r"US", r"U\.S\.", "euro", *(country.replace(r"\s+", " ").split()[-1] for country, _ in NAMED_CENTS)))
    + "cents?$", re.IGNORECASE)


def _with_cents_of_earlier_sums(text: str, items: list[dict]) -> list[dict]:
    """"10 cents" is in the currency of the sums around it: of its sentence, else, where the sentence has no American
    setting, of the one country of cents it names (`cents_of_the_place`: "The bus fare in Dublin rose by 20 cents"),
    else of the last sum before it ("a net profit of €1.2 billion. It proposed a dividend of 10 cents per share" is
    in euro cents; "€500 million in Europe. In the US, gasoline rose 15 cents" in US cents)."""
    bare = [_BARE_CENTS.search(item["text"]) is not None for item in items]
    # The sums that can lend their currency, in text order (a table of thousands of sums stays linear).
    anchors = [item for item, is_bare in zip(items, bare, strict=True)
               if not is_bare and item["currency"] in _CENT_CURRENCIES]
    starts = [anchor["start"] for anchor in anchors]
    for item, is_bare in zip(items, bare, strict=True):
        if not is_bare:
            continue
        start, end = sentence_around(text, item["start"])
        first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if first < last:
            nearest = min(anchors[first:last], key=lambda other: abs(other["start"] - item["start"]))
            item["currency"] = nearest["currency"]
        elif _AMERICAN.search(text, start, end):
            continue
        elif code := cents_of_the_place(text, start, end, item["end"]):
            item["currency"] = code  # "The bus fare in Dublin rose by 20 cents"
        elif first:
            item["currency"] = anchors[first - 1]["currency"]
    return items


# An American setting, where cents are dollars' whatever the sums before them (not "Bank of America", nor
# "Washington" of foreign news, nor the oil price "West Texas Intermediate").
_AMERICAN = re.compile(r"\b(?:U\.?S\.?|United States|New York|Wall Street|Nasdaq|NYSE|gasoline|"
                       + "|".join(sorted(US_STATES - {"Washington"})) + r")\b(?!\s+Intermediate)")


# Between two sums of one currency, each written with it: "between 420 billion yen and 480 billion yen".
_RANGE_GAP = re.compile(r"\s*(?:[-–—]|to|and)\s*", re.IGNORECASE)


def _joined_ranges(text: str, items: list[dict]) -> list[dict]:
    """Two sums written as one range with the currency on both ends ("420 billion yen to 480 billion yen",
    "between 1.2 billion euros and 1.4 billion euros") as one item, as "$2bn-$2.4bn" is; "from X to Y" and "rose X
    to Y" stay two, a change."""
    joined: list[dict] = []
    for item in items:
        prev = joined[-1] if joined else None
        gap = _RANGE_GAP.fullmatch(text, prev["end"], item["start"]) if prev else None
        if prev is None or gap is None or "amount_low" in prev or "amount_low" in item \
                or prev["currency"] != item["currency"] or prev["amount"] >= item["amount"]:
            joined.append(item)
            continue
        before = word_before(text, _before_a_moves_size(text, prev["start"]))
        between = prev["text"].lower().startswith("between ")  # the sum's text holds the word
        # After a move, a second sum this many times the first is the new level ("gaining 1.2 cents to 94.5 cents").
        moved = (before == "by" or _is_move_before(text, prev["start"], before)) \
            and item["amount"] >= NEW_LEVEL_RATIO * prev["amount"]
        if (gap.group().strip().lower() == "and" and not between) or before == "from" or moved:
            joined.append(item)
            continue
        start = prev["start"]
        joined[-1] = {**prev, "text": text[start:item["end"]], "end": item["end"],
                      "amount_low": prev["amount"], "amount_high": item["amount"],
                      "approximate": prev["approximate"] or item["approximate"]}
    return joined


def _article_before_code(match: re.Match[str]) -> bool:
    """"a" or "an" taken for "one" before a currency code: "a CHF 300m bond" is no sum of one franc."""
    return (match.group("n3") or "").lower() in ("a", "an") and match.group("n4") is None \
        and match.group("word") in ISO_CODES


# Hedges written after a sum ("$3 million or more", "$2 billion-plus"); kept out of the item's text.
# A bare "plus" adds another sum or a cost ("$5m plus interest"): no hedge.
_HEDGE_AFTER = re.compile(r"-plus\b|\s+or\s+(?:more|so|higher|above|less)\b", re.IGNORECASE)


def _hedged_after(text: str, item: dict) -> dict:
    """The item, approximate when a hedge follows it."""
    if _HEDGE_AFTER.match(text, item["end"]):
        item["approximate"] = True
    return item


# A tolerance in percent written after a sum: "$28 billion, plus or minus 2%".
_TOLERANCE_AFTER = re.compile(r",?\s+(?:plus\s+or\s+minus|\+/-|±)\s*(\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s?cent\b)",
                              re.IGNORECASE)


def _with_tolerance(text: str, item: dict) -> dict:
    """The item as the range its tolerance makes, the tolerance part of its text (no figure of its own): "$28 billion,
    plus or minus 2%" is $27.44-28.56 billion."""
    tolerance = _TOLERANCE_AFTER.match(text, item["end"])
    if tolerance is None or "amount_low" in item or not 0 < float(tolerance[1]) < 100:
        return item  # not "plus or minus 200%", a range through nothing
    share = float(tolerance[1]) / 100
    low, high = sorted((round_amount(item["amount"] * (1 - share)), round_amount(item["amount"] * (1 + share))))
    return {**item, "text": text[item["start"]:tolerance.end()], "end": tolerance.end(), "amount": low,
            "amount_low": low, "amount_high": high}


def is_change(text: str, match: re.Match[str], sep_group: str) -> bool:
    """True for "from X to Y" (a change between two values) and "by X to Y" where Y is a new level, not the top of
    a range: two values rather than a range."""
    sep = match.group(sep_group)
    if sep is None or sep.strip().lower() != "to" or match.group("hedge"):
        return False
    size_start = _before_a_moves_size(text, match.start())
    before = word_before(text, size_start)
    # "will increase by £21 to £1,738 a year", "crude fell $1.05 to $66.21"; "rise by £100 to £200 a year" and
    # "sales fell 3 to 5 percent" are ranges.
    if before == "by" or _is_move_before(text, size_start, before):
        if size_start < match.start() and _is_a_reported_move(text, size_start):
            return True  # "fell by a record 837,000 to 1.2 million": a record, a further move is one exact size,
            # never a range's end, whatever the level after it (not "expected to add another 150,000 to 200,000")
        if before == "by":
            return _is_new_level(match)
        return not match.groupdict().get("pct") and _is_new_level(match)  # "rose 0.2 to 4.4 percent": a range
    if before != "from":
        return False
    # "prices ranged from £10 to £15" and "homes priced from £325,000 to £795,000" are ranges after all (not "raised
    # the price from $3 to $5").
    from_at = text.rfind("from", 0, match.start())
    return not (word_before(text, from_at).startswith(("rang", "var")) or _is_priced_from(text, from_at, match))


# Words that size a move between its verb or "by" and its number: "fell by a record 837,000 to 124.3 million", "rose
# a further 12 cents to 94 cents".
_MOVES_SIZE_BEFORE = re.compile(r"(?<![\w-])(?:an?\s+(?:record|further|net|additional|extra)|another)\s+$",
                                re.IGNORECASE)


def _before_a_moves_size(text: str, start: int) -> int:
    """Where the words sizing a move written right before `start` begin (`_MOVES_SIZE_BEFORE`), else `start`."""
    size = _MOVES_SIZE_BEFORE.search(text, max(0, start - 20), start)
    return size.start() if size else start


# Base forms of a move's verb: a move still to come ("expected to add another 150,000 to 200,000 jobs", "to rise by
# another 3 to 5 percent"), whose size is forecast as a range; and what makes any verb one still to come ("could cut").
_MOVES_TO_COME = frozenset({"rise", "fall", "gain", "lose", "drop", "slide", "climb", "jump", "add", "increase",
                            "decrease", "decline", "raise", "lift", "lower", "reduce", "grow", "ease", "slip", "surge",
                            "soar", "sink", "plunge", "tumble", "advance", "edge", "rally", "hire", "create", "boost",
                            "trim", "slash"})
_TO_COME_BEFORE = frozenset({"to", "could", "would", "will", "may", "might", "should", "can", "must", "shall"})


def _is_a_reported_move(text: str, size_start: int) -> bool:
    """The move sized before `size_start` is reported, not forecast: "fell by a record 837,000", "rises by a further
    40,000" (not "to rise by another 3 to 5 percent", "could raise rates by a further 0.25 to 0.5 points")."""
    words = re.findall(r"[A-Za-z']+", text[max(0, size_start - 50):size_start].lower())[-5:]
    at = next((k for k in range(len(words) - 1, -1, -1) if words[k] in _MOVE_VERBS), None)
    if at is None:
        return True
    return words[at] not in _MOVES_TO_COME and (at == 0 or words[at - 1] not in _TO_COME_BEFORE)


def sizes_a_move(text: str, start: int) -> bool:
    """The number at `start` is a move's, sized by the words before it after "by" or a move's verb: "fell by a record
    837,000", "rose a further 40,000" (not "earned a record 3 A")."""
    size_start = _before_a_moves_size(text, start)
    return size_start < start and (word_before(text, size_start) == "by"
                                   or _is_move_before(text, size_start, word_before(text, size_start)))


# "priced" itself right before "from" (not "re-priced", a change).
_PRICED_BEFORE = re.compile(r"(?<![\w-])priced\s+$", re.IGNORECASE)


def _is_priced_from(text: str, from_at: int, match: re.Match[str]) -> bool:
    """Prices "priced from X to Y", up to a higher one: a range ("homes priced from £325,000 to £795,000"; not "was
    re-priced from $20 to $18", a change)."""
    if _PRICED_BEFORE.search(text, max(0, from_at - 20), from_at) is None:
        return False
    low = number_value(match.group("n1"), match.group("n1_scale"))
    high = number_value(match.group("n2"), match.group("n2_scale"))
    return low is not None and high is not None and low < high


# Verbs of a market's move, written right before "X to Y" as "by" would be: "fell $1.05 to $66.21".
_MOVES = frozenset({
    "rose", "rises", "rise", "fell", "falls", "fall", "gained", "gains", "gain", "lost", "loses", "dropped", "drops",
    "slid", "slides", "climbed", "climbs", "jumped", "jumps", "declined", "declines", "added", "adds", "shed",
    "sheds", "slipped", "slips", "eased", "eases", "advanced", "advances", "tumbled", "tumbles", "surged", "surges",
    "increased", "decreased", "rallied", "sank", "plunged", "soared", "edged", "jump", "climb", "drop", "slide",
    "slip", "ease", "advance", "tumble", "surge", "increase", "decrease", "rally", "sink", "plunge", "soar", "edge",
    "decline", "add", "lose", "rising", "falling", "gaining", "losing", "dropping", "sliding", "climbing",
    "jumping", "declining", "adding", "shedding", "slipping", "easing", "advancing", "tumbling", "surging",
    "increasing", "decreasing", "rallying", "sinking", "plunging", "soaring", "edging",
})
# Any verb of a move, reported or to come ("cut" and "shed" either).
_MOVE_VERBS = _MOVES | _MOVES_TO_COME | {"cut", "shed"}
# A market report's move without its verb, "up" or "down" after a reading of the price: "soybeans settled down
# 5-1/2 cents to $4.62", "Brent was down $1.05 to $66.21" (not "put down $500 to $5,000", a range of deposits).
_READINGS = frozenset({"settled", "closed", "ended", "finished", "was", "were", "is", "are", "traded", "opened",
                       "stood", "last"})
_READ_MOVE = re.compile(r"\b([A-Za-z]+)\s+(?:up|down)\s*$", re.IGNORECASE)


def _is_move_before(text: str, start: int, before: str) -> bool:
    """A move is written right before `start` (`before`: the word there): a market's verb ("fell"), or "up"/"down"
    after a reading ("settled")."""
    if before in _MOVES:
        return True
    reading = _READ_MOVE.search(text, max(0, start - 30), start)
    return reading is not None and reading.group(1).lower() in _READINGS
# "by X to Y" names a change and the new level when the level is this many times the change; closer, a range.
NEW_LEVEL_RATIO = 5


def _is_new_level(match: re.Match[str]) -> bool:
    """The upper number of "by X to Y" is a level the change leads to: written with its own scale, if any (a scale
    on the upper number alone is shared, "by £2 to £3bn", but not with a number of thousands written whole: "fell by
    837,000 to 124.3 million"), and far above the change."""
    if match.group("n2_scale") and not match.group("n1_scale") and not _is_thousands(match.group("n1")):
        return False
    low = number_value(match.group("n1"), match.group("n1_scale"))
    high = number_value(match.group("n2"), match.group("n2_scale"))
    return low is not None and high is not None and 0 < NEW_LEVEL_RATIO * low <= high


def _is_thousands(number: str) -> bool:
    """The number is written whole in the thousands or more, which no scale after another number multiplies:
    "837,000", "12000"."""
    digits = number.replace(",", "")
    return digits.isdigit() and int(digits) >= 1000


def _own_currency_end(text: str, match: re.Match[str]) -> dict | None:
    """The second end of a "from X to Y" change as a sum of its own where a currency word follows it: "from $2 million
    to 3 million euros" is in euros, not dollars; None when it has no currency word, or a symbol of its own."""
    if match.group("cur2") or match.group("n2") is None:
        return None
    own = _MONEY_RE.match(text, match.start("n2"))
    if own is None or own.group("word") is None or own.end() <= end_of(match, "n2"):
        return None
    return _money_item(text, own)


def _money_part(text: str, match: re.Match[str], number: str, prefix: str) -> dict | None:
    """One end of a "from X to Y" match as its own item (its currency from the first symbol if unwritten)."""
    value = number_value(match.group(number), match.group(f"{number}_scale"))
    if value is None:
        return None
    start = match.start(prefix) if match.group(prefix) else match.start(number)
    end = end_of(match, number)
    currency = currency_of_symbol(match.group(prefix) or match.group("cur1"), text, start)
    return {
        "text": text[start:end], "start": start, "end": end, "amount": round_amount(value), "currency": currency,
        "approximate": False,
    }


# Heights of video in lines, written as "1080p": not pence when words of video are near.
_VIDEO_LINES = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})


VIDEO_WORDS = re.compile(r"\b(?:video|resolution|stream\w*|camera|record\w*|HD|display|screen|footage|"
                          r"YouTube|TV|monitor|pixels?|fps|4K)\b", re.IGNORECASE)


def _is_video_resolution(text: str, match: re.Match[str]) -> bool:
    """"1080p" among words of video; else pence, as share prices are ("shares rose 14p to 240p")."""
    if match.group("word") not in ("p", "P") or match.group("n3") not in _VIDEO_LINES or match.group("n4"):
        return False
    return bool(VIDEO_WORDS.search(text, max(0, match.start() - 60), match.end() + 60))


def _money_item(text: str, match: re.Match[str]) -> dict | None:
    """The money item for one grammar match, or None when the match is not a sum of money."""
    groups = match.groupdict()
    scale_outside = None
    if groups["n1"] is not None:
        currency, factor = currency_of_symbol(groups["cur1"], text, match.start("cur1")), 1.0
        low_num, low_scale = groups["n1"], groups["n1_scale"]
        if scale_outside := _scale_past_brackets(text, match):
            low_scale = scale_outside.group()
        high_num, high_scale = groups["n2"], groups["n2_scale"]
        if groups["cur2"] and currency_of_symbol(groups["cur2"], text, match.start("cur2")) != currency:
            return None  # "$5-€6" is not one range
        if currency not in _CRORE_CURRENCIES:
            # "cr" is crores only in a sum of rupees or taka; after another it is no part of the sum ("$150 Cr Jane
            # Smith", a councillor; "$1,200 Cr", in credit)
            low_scale, high_scale = _without_crores(low_scale), _without_crores(high_scale)
    else:
        if _is_weight(text, match) or _is_video_resolution(text, match) or _is_verb_won(match) \
                or (groups["word"] in SHAPED_CODES and not has_a_sums_shape(match, "n3")
                    and not is_a_plain_sum_of_its_country(text, groups["word"], groups["n3"] or "")) \
                or is_unit_move(text, match.start("n3")):
            return None
        currency, factor = currency_of_word(groups["word"], text, match.start("word"))
        if currency is None and groups["word"].lower() == "won" and groups["n3_scale"] and (
                _WON_AS_MONEY_AFTER.match(text, match.end("word"))
                or _ARTICLE_BEFORE.search(text, max(0, match.start() - 8), match.start())):
            currency = "KRW"  # "3.5 billion won in bonuses", "a 100 million won bonus": Korea named or not
        if currency is None and groups["word"].lower() == "won" and "," in groups["n3"] \
                and _WON_RATE_AFTER.match(text, match.end("word")):
            currency = "KRW"  # "offered 150,000 won a share", Korea named or not: a price, not a verb's object
        if currency is None and not _is_bare_crowns_sum(text, match):
            return None
        low_num, low_scale = groups["n3"], groups["n3_scale"]
        high_num, high_scale = groups["n4"], groups["n4_scale"]
    start, end = trim(text, match.start(), match.end())
    negative = bool(groups["sign"] or groups["paren"]) \
        or (not groups["hedge"] and _in_accounts_brackets(text, start, end))
    low, high = bounds(low_num, low_scale, high_num, high_scale, negative=negative)
    if scale_outside:
        end = scale_outside.end()
    last = "n1" if groups["n2"] is None else "n2"
    if groups["n1"] is not None and _is_crore_abbreviation(groups[f"{last}_scale"]) \
            and (high_scale if high_num else low_scale) is None:
        end = match.end(last)  # the "cr" left out above
    if groups["n1"] is not None and (low is None and no_range_after_all(match, "n2", "sep1")
                                     or high is not None and not groups["cur2"]
                                     and count_after_sum(text, end_of(match, "n1")) is not None):
        (low, high), end = bounds(low_num, low_scale, None, None, bool(groups["sign"])), end_of(match, "n1")
    if low is None or not all(math.isfinite(v * factor) for v in (low, high) if v is not None):
        return None
    if currency == "EUR" and high is None and not low_scale and low_num.isdigit() \
            and (cents := _COMMA_CENTS.match(text, end)) is not None:
        # "€7,50": the comma is a decimal mark, of a scale too if one follows ("€1,25 billion")
        scale = _SCALE_AFTER.match(text, cents.end())
        low = (low + math.copysign(int(cents[1]) / 100, low)) * scale_factor(scale[0] if scale else None)
        end = scale.end() if scale else cents.end()
    item = {
        "text": text[start:end], "start": start, "end": end, "amount": round_amount(low * factor),
        "currency": currency, "approximate": bool(groups["hedge"]),
    }
    if high is not None:
        item["amount_low"], item["amount_high"] = round_amount(low * factor), round_amount(high * factor)
    return item


# "to N things" after a sum: N counts the plural noun after it, no currency's nor scale's ("$1,000 to 4,500
# households" was one range; not "$5 to 10 dollars", "$5 to 10 millions", "$50 to 100 a night", "$20 to 30 each").
# Its number may have a scale word ("from $2 million to 3 million users": 3 million users).
_TO_A_COUNT = re.compile(r"\s+to\s+((?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
                         r"(?:\s+(?P<scale>thousand|million|billion))?)\s+([a-z]{3,}s)\b")
# Plurals after "to N" that count no things: a multiple ("$10 to 20 times the budget") and dollars' slang ("$200 to
# 300 bucks"), the sum's range still.
_NO_COUNT_PLURALS = frozenset({"times", "bucks"})


def count_after_sum(text: str, end: int) -> re.Match[str] | None:
    """"to N things" right after a sum ending at `end` (group 1 the count), or None."""
    count = _TO_A_COUNT.match(text, end)
    if count is None:
        return None
    plural = count[4]
    singular = plural.removesuffix("s")
    if plural in STOP_WORDS or plural in _NO_COUNT_PLURALS or singular in CURRENCY_LEMMAS \
            or plural in CURRENCY_LEMMAS or scale_factor(singular) != 1.0:  # "from $30 to 25 this year"
        return None
    return count


def _is_bare_crowns_sum(text: str, match: re.Match[str]) -> bool:
    """The match is a sum in crowns of a country the text does not name ("Equinor paid 40 billion crowns"): money in
    a currency left unknown."""
    at, end = match.start("word"), match.end("word")
    return re.fullmatch(CROWNS, match.group("word"), re.IGNORECASE) is not None \
        and bool(CROWNS_SCALE_WORD_BEFORE.search(text, max(0, at - 20), at)
                 or CROWNS_PER_SHARE_AFTER.match(text, end))


# The currencies of countries that count in crores, whose sums "cr" may scale.
_CRORE_CURRENCIES = frozenset({"INR", "PKR", "LKR", "NPR", "BDT"})


def _is_crore_abbreviation(scale: str | None) -> bool:
    return scale is not None and scale.strip().lower() == "cr"


def _without_crores(scale: str | None) -> str | None:
    """The scale, or None for "cr" where it is no crores."""
    return None if _is_crore_abbreviation(scale) else scale


# Cents after a comma, as much of Europe writes its decimals: "€7,50 a glass" (not "€7,500", nor "€7,50,000").
_COMMA_CENTS = re.compile(r",(\d{2})(?!\d|,\d)")
