"""Money amounts and other figures that newsrooms compare across outlets.

Both extractors read the number shapes straight from `doc.text` with a small grammar (spaCy's MONEY
and CARDINAL entities cut "$3m-$5m" or "between £2bn and £3bn" apart) and use the parse only for what
it is good at: the counted noun of a figure and whether a number is a date or a time.

Money item: {"text", "start", "end", "amount", "currency", "approximate"} plus, for a range,
"amount_low" and "amount_high".
  - `amount` is in full units of the ISO 4217 `currency`: "€21bn" -> 21000000000 EUR, "50p" -> 0.5 GBP,
    "₹500 cr" -> 5000000000 INR, "€7,50" -> 7.5 EUR; negative when a minus sign is written against it ("-$4.5m")
    or accounts' brackets hold it ("$(0.20)", "$(1.2) million"; and "($0.20)" alone in brackets near words of accounts,
    see `sums._ACCOUNTS_SLOT_BEFORE`).
  - For a range ("$3m-$5m", "between £2bn and £3bn", "$3-5m", "$28 billion, plus or minus 2%") `amount` is the
    lower bound.
  - `approximate` is true after a hedge ("about", "nearly", "more than", "up to", ...), which is part
    of the item's text, and before one ("$3 million or more", "$2 billion-plus"), which is not.
  - Bare "$" is USD, "¥" JPY, "₹" INR, "Rs"/"rupees" INR unless the sum is stated to be another rupee country's
    (likewise "pesos" MXN, "dirhams" AED, "riyals" SAR, and these are also the only such country's the article
    names), "cents" USD cents, "pounds" GBP (not when it is a weight: "pounds of cocaine", "weighs 200 pounds").
    Vague sums ("millions of dollars") and a wire story's exchange-rate notes ("($1 = 155.02 yen)") are not reported.
  - Bare "crowns" are in the crowns the text names in words: with a sum's shape ("4.6 billion crowns" after "4.1 billion
    Norwegian crowns"), or in thousands ("offered 400,000 crowns" where it names "Swedish crowns" or "kronor"); never
    a tooth's or a king's ("fitted 40 crowns", "the crown jewels").
  - A bare number compared with a sum is a sum in its currency, written once: "$5 billion, up from 3.2 billion",
    "£40m, against 32m", "rose to €12bn from 9bn" (not "up from 3.2 billion users", nor in another sentence).

Figure item: {"text", "start", "end", "value", "unit", "approximate", "vague"} plus "low"/"high"
for ranges and vague quantities.
  - `text` holds the words of a unit of measure or of a score written after the number, as it holds a glued unit
    ("6.25m") or "per cent": "22.9 seconds", "2,005 rushing yards", "up to 10 feet", "17 under par" (see
    `units._WRITTEN_UNITS`); not the noun of a count ("219 people").
  - `value` is a float; spelled-out numbers are parsed ("fifty" -> 50, "two dozen" -> 24,
    "1.5 million" -> 1500000), thirds to three places ("6 1/3" -> 6.333); a minus sign or word makes it negative
    ("-0.3%", "minus 20 degrees"), a hyphen that joins does not ("5%-6%", "F-16"). For a range ("3-5 people",
    "between 40 and 50 states") `value` is the lower bound and "low"/"high" hold both ends.
  - `unit` is the lemma of the counted noun ("more than 40 countries" -> "country"), "percent" for
    "%", "per cent", "percent", "pc" and "pct", or None when nothing is counted; a race's "1m 2f" is 10 "furlong".
  - `approximate` as for money; vague quantities are always approximate.
  - Cricket's "358 for 7" and "took 3 for 54" are two figures each, in "run" and "wicket".
  - A party's standing "on N" counts the seats (or votes) its sentence or the one before writes: "with Sinn Féin on 39
    and Fine Gael on 38" beside "seats" is in "seat".
  - Vague quantities ("dozens of", "thousands a week", "tens of thousands") have `vague: true`,
    `value: null` and an order-of-magnitude bracket: "dozens" low 24 high 100, "hundreds" 100-1000,
    "thousands" 1000-10000, "tens of thousands" 10000-100000, and so on (high is exclusive); "lakhs" 100000-1000000,
    "crores" 10 million-100 million.
  - Not figures: money, dates, years, clock times, ordinals, ages, durations (a figure counting
    years, days, hours, ...; but seconds timed to a fraction are, in "second": "by 3.5 seconds", and so is a race's
    clock, "a lap of 1:09.673" is 69.673, "a record time of 2:00:35" 7235), sports scores ("won 2-1", a golfer's "11
    under"), numbers that name things ("iPhone 6", "No 10", "flight 370", "Inside Out 2") or a ranking's cut ("the top
    100") and exchange rates ("83.53 per dollar", its earlier level after it, "($1 = 155.02 yen)").

The modules, each importing only from those listed above it:
  - `text`: where sentences and words lie in a text, and `Spans` of characters.
  - `numbers`: numbers as written (digits, words, scales), their values, hedges, ranges and signs.
  - `currencies`: currency symbols, codes and words, and the country a sum is in where several share one.
  - `sums`: `extract_money`, the grammar of a sum and what looks like a sum but is none (weights, resolutions).
  - `sport`: race times and distances, cricket's and baseball's lines, golf scores, votes' and courts' tallies.
  - `units`: the unit of a figure, written against the number or after it, and the noun a number counts.
  - `non_figures`: numbers that are no figures (addresses, telephone numbers, ratios, years, ages, codes, names).
  - `figures`: `extract_figures`, the grammar of a figure and whether a number is one anyone compares.
"""
from services.nlp.money.currencies import CURRENCY_LEMMAS, ISO_CODES, LETTERED_AMOUNT, is_written_sum
from services.nlp.money.figures import extract_figures, is_earlier_level, prices_a_currency_after
from services.nlp.money.non_figures import in_phone_number, is_persons_age
from services.nlp.money.numbers import SHARED_SCALE_RATIO
from services.nlp.money.sport import FURLONGS_PER_MILE, WICKETS, is_golf_round
from services.nlp.money.sums import NEW_LEVEL_RATIO, extract_money, is_unit_move
from services.nlp.money.text import is_list_number
from services.nlp.money.units import CLASS_KINDS, MEASURE_UNITS, is_unit_abbreviation, is_unit_word

__all__ = [
    "is_list_number",
    "CLASS_KINDS",
    "CURRENCY_LEMMAS",
    "FURLONGS_PER_MILE",
    "ISO_CODES",
    "LETTERED_AMOUNT",
    "MEASURE_UNITS",
    "NEW_LEVEL_RATIO",
    "SHARED_SCALE_RATIO",
    "WICKETS",
    "extract_figures",
    "extract_money",
    "in_phone_number",
    "is_earlier_level",
    "is_golf_round",
    "is_persons_age",
    "is_unit_abbreviation",
    "is_unit_move",
    "is_unit_word",
    "is_written_sum",
    "prices_a_currency_after",
]
