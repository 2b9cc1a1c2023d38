"""Currencies: their symbols, codes and words, and the country a sum is in where several share one."""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable

from services.nlp.doctext import WORD_CACHE
from services.nlp.entity_rules import COUNTRIES, US_STATES
from services.nlp.furniture import dateline_place
from services.nlp.money.numbers import YEAR, number_value
from services.nlp.money.text import sentence_around

# Symbols and codes written before the number, longest first so "US$" wins over "$".
PREFIX_CURRENCIES = {
    "US$": "USD", "U.S.$": "USD", "UK£": "GBP", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD",
    "HK$": "HKD", "NT$": "TWD", "MX$": "MXN", "S$": "SGD", "R$": "BRL", "$": "USD", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "SFr": "CHF", "SFr.": "CHF", "Sfr": "CHF",
    "₽": "RUB", "₩": "KRW", "₺": "TRY", "₦": "NGN", "₪": "ILS", "Rs.": "INR", "Rs": "INR", "$US": "USD",
    "$A": "AUD", "RMB": "CNY", "R": "ZAR", "N": "NGN", "Dh": "AED", "SR": "SAR", "QR": "QAR", "Sh": "KES",
    "KSh": "KES", "USh": "UGX", "TSh": "TZS", "GH¢": "GHS", "GH₵": "GHS", "₱": "PHP", "Tk": "BDT", "Rwf": "RWF",
    "NIS": "ILS", "Ksh": "KES", "Kshs": "KES", "KShs": "KES", "KD": "KWD", "BD": "BHD", "E£": "EGP",
    "RM": "MYR", "Rp": "IDR", "Bt": "THB", "TL": "TRY", "P": "PHP",
    # Dollars of the Caribbean and the Pacific, written with their letters: "J$15,000", "TT$2.4 billion".
    "J$": "JMD", "TT$": "TTD", "EC$": "XCD", "BDS$": "BBD", "BZ$": "BZD", "CI$": "KYD", "FJ$": "FJD", "SI$": "SBD",
    "F$": "FJD",  # Fiji's dollar as Reuters writes it: "a F$150 million loan"
    # Taiwan's dollar as Reuters writes it ("T$325.3 billion"), where Taiwan is named (see `_COUNTRY_SYMBOLS`).
    "T$": "TWD",
}
# The countries that write the shilling, and the dirham's two, by the words that name each.
# Kenya also by its counties' towns the national press datelines ("Kisumu Governor ... would spend Sh300 million").
_KENYA = r"Kenya|Nairobi|Mombasa|Kisumu|Nakuru|Eldoret"
_UGANDA, _TANZANIA = r"Uganda|Kampala", r"Tanzania|Dodoma|Dar\s+es\s+Salaam"
# Somalia's shilling too, by its own name or its capital ("Somalia's central bank ... Sh1 billion").
# Only as the owner of the sum, its adjective of the state or its capital: a Kenyan story names Somalia as a place
# ("the border with Somalia", "KDF troops in Somalia") and its sums stay Kenya's.
_SOMALIA = r"Somalia(?=['’]s)|Somali\s+(?:government|state|authorities|parliament|shillings?)|Mogadishu"
_SHILLING_COUNTRIES = ((_KENYA, "KES"), (_UGANDA, "UGX"), (_TANZANIA, "TZS"), (_SOMALIA, "SOS"))
_DIRHAM_COUNTRIES = ((r"Emirat|\bUAE\b|Dubai|Abu\s+Dhabi|Sharjah", "AED"),
                     (r"Morocc|Rabat|Casablanca|Marrakech", "MAD"))


def _as_written(countries: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """(pattern, code) pairs whose country names match case-sensitively ("chile peppers", "Chad Johnson" name none)."""
    return tuple((f"(?-i:{pattern})", code) for pattern, code in countries)


# Countries of currencies most English news means one country by ("rupees" are India's, "pesos" Mexico's, "riyals"
# Saudi Arabia's), named as written.
_RUPEE_COUNTRIES = _as_written((
    (r"India|New\s+Delhi|Mumbai|Bengaluru|Chennai|Kolkata", "INR"), (r"Pakistan|Islamabad|Karachi|Lahore", "PKR"),
    (r"Sri\s+Lanka|Colombo", "LKR"), (r"Nepal|Kathmandu", "NPR"), (r"Mauriti|Port\s+Louis", "MUR")))
_PESO_COUNTRIES = _as_written((
    # (the Philippines also by their great cities and islands, which their press names without the country's name)
    (r"Mexic", "MXN"), (r"Philippin|Filipino|Manila|Quezon\s+City|Makati|Cebu|Davao|Mindanao|Visayas|Luzon", "PHP"),
    (r"Argentin|Buenos\s+Aires", "ARS"), (r"Chile", "CLP"),
    (r"Colombia|Bogot", "COP"), (r"Uruguay|Montevideo", "UYU"), (r"Dominican\s+Republic|Santo\s+Domingo", "DOP"),
    (r"Cuba|Havana", "CUP")))
_RIYAL_COUNTRIES = _as_written((
    (r"Saudi|Riyadh|Jeddah", "SAR"), (r"Qatar|Doha", "QAR"), (r"Oman|Muscat", "OMR"), (r"Yemen|Sanaa", "YER")))
# Oman and Yemen write their currency "rial" too: bare "rials" are Iran's unless the sum is stated to be theirs.
_RIAL_COUNTRIES = _as_written(((r"Iran|Tehran", "IRR"), (r"Oman|Muscat", "OMR"), (r"Yemen|Sanaa", "YER")))
_CFA_COUNTRIES = _as_written((
    *((pattern, "XOF") for pattern in (
        r"Senegal|Dakar", r"Ivory\s+Coast|Ivorian|C[ôo]te\s+d['’]Ivoire|Abidjan", r"Mali\b|Malian|Bamako",
        r"Burkin|Ouagadougou", r"Niger\b|Nigerien|Niamey", r"Benin|Cotonou", r"Togo|Lom[ée]", r"Guinea-Bissau")),
    *((pattern, "XAF") for pattern in (
        r"Cameroon|Yaound[ée]|Douala", r"Gabon|Libreville", r"Chad\b|N['’]Djamena", r"Congo-Brazzaville|Brazzaville",
        r"Central\s+African\s+Republic|Bangui", r"Equatorial\s+Guinea|Malabo"))))
# Symbols several countries write: where the article names none of them, the symbol's entry above holds.
_SHARED_SYMBOLS = {"Dh": _DIRHAM_COUNTRIES, "Sh": _SHILLING_COUNTRIES}
# Symbols and words of a currency one country is usually meant by: another country's only where the sum is stated to
# be its (see `_stated_country`), else the symbol's or word's own entry holds ("Rs" and "rupees" are Indian).
_USUAL_COUNTRY_SYMBOLS = {"Rs": _RUPEE_COUNTRIES, "Rs.": _RUPEE_COUNTRIES}
_USUAL_COUNTRY_WORDS = ((r"rupees?", _RUPEE_COUNTRIES), (r"pesos?", _PESO_COUNTRIES),
                        (r"CFA\s+francs?", _CFA_COUNTRIES), (r"dirhams?", _DIRHAM_COUNTRIES),
                        (r"riyals?", _RIYAL_COUNTRIES), (r"rials?", _RIAL_COUNTRIES))
# Symbols that are letters other text writes before numbers too: money only against the number, in an article that
# names the country ("R14.5 billion" in a South African story, "N54.9 trillion" in a Nigerian one; not "R2" elsewhere).
# The Philippines by their names and their press's places (Metro Manila's cities, Cebu, Davao, a barangay).
# Also by the bodies, provinces and leaders its press names without naming the country ("The DPWH spent P2.5 billion
# ... in Bulacan", "Vice President Sara Duterte's P125-million confidential funds").
_PHILIPPINES = (r"Philippin|Filipino|Manila|Quezon\s+City|Makati|Pasig|Cebu|Davao|\bbarangays?\b|"
                r"(?-i:\bDPWH\b|\bDSWD\b|\bDepEd\b|Bulacan|Pampanga|Cavite|Batangas|Iloilo|Mindanao|Visayas|Luzon|"
                r"Duterte|Malaca[ñn]ang|Taguig|Pasay|Caloocan)")
# The other countries of pesos, whose press writes its pesos "$" or in words, never "P" ("Argentina's peso plunged ...
# a P5,000 bonus" names no Philippine peso).
_OTHER_PESO_COUNTRIES = re.compile(r"Mexic|Argentin|Chile|Colombia|Uruguay|Cuba|Dominican|Bogot[aá]|Buenos\s+Aires|"
                                   r"Montevideo|Havana")
_COUNTRY_SYMBOLS = {"R": r"South\s+Africa|Johannesburg|Pretoria|Cape\s+Town|\brand\b",
                    "N": r"Nigeria|Abuja|Lagos|\bnaira\b",
                    "Dh": "|".join(pattern for pattern, _ in _DIRHAM_COUNTRIES) + r"|\bdirhams?\b",
                    "SR": r"Saudi|Riyadh|Jeddah|\briyals?\b",
                    "QR": r"Qatar|Doha|\briyals?\b",
                    "KD": r"Kuwait",
                    "BD": r"Bahrain|Manama",
                    "Sh": "|".join(pattern for pattern, _ in _SHILLING_COUNTRIES) + r"|\bshillings?\b",
                    "KSh": _KENYA + r"|\bshillings?\b",
                    "Ksh": _KENYA + r"|\bshillings?\b",
                    "NIS": r"Israel|Jerusalem|Tel\s+Aviv|Haifa|Knesset|\bshekels?\b",
                    "Kshs": _KENYA + r"|\bshillings?\b",
                    "KShs": _KENYA + r"|\bshillings?\b",
                    "USh": _UGANDA + r"|\bshillings?\b",
                    "TSh": _TANZANIA + r"|\bshillings?\b",
                    "Tk": r"Bangladesh|Dhaka|\btaka\b",
                    # Tonga's pa'anga is written so too: Taiwan's dollar only where Taiwan or its chipmaker is named.
                    "T$": r"Taiwan|Taipei|Hsinchu|TSMC",
                    "Rwf": r"Rwanda|Kigali",
                    "RM": r"Malaysia|Kuala\s+Lumpur|\bringgit\b",
                    "Rp": r"Indonesia|Jakarta|\brupiah\b",
                    "Bt": r"Thai|Bangkok|\bbaht\b",
                    "TL": r"Turkey|Türkiye|Turkish|Istanbul|Ankara|\blira\b",
                    # The peso's "P" is a grid slot, a grade or a parking level elsewhere ("P1"): only where the
                    # Philippines are named, and only on a sum's shape (see `symbol_fits`).
                    # Its press names the pesos, a city of Metro Manila or a barangay rather than the country ("The peso
                    # closed at P58.20", "Makati Mayor Abby Binay said the city would give P10,000").
                    "P": _PHILIPPINES + r"|\bpesos?\b"}
# Tonga, whose pa'anga is written "T$" too: where it is named, a "T$" is no Taiwan dollar, Taiwan named or not (its
# aid to Tonga).
_TONGA_NAMED = re.compile(r"\bTongan?\b|Nuku['’]alofa|pa['’]anga")
_COUNTRY_SYMBOLS_FOLDED = frozenset(symbol.upper() for symbol in _COUNTRY_SYMBOLS)
# The currencies written as their ISO 4217 code ("CHF 5.82 billion"); a code alone is never a name (see entities).
ISO_CODES = (
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "AUD", "CAD", "CHF", "NZD", "HKD", "SGD", "RUB", "KRW",
    "BRL", "ZAR", "TRY", "SEK", "NOK", "DKK", "PLN", "MXN", "NGN", "ILS", "AED", "SAR", "QAR", "KES",
    "PKR", "LKR", "BDT", "ETB", "GHS", "EGP", "KWD", "BHD", "OMR",
    # Southeast Asia's and Taiwan's ("revenue of VND 120 trillion" was no sum).
    "VND", "IDR", "THB", "MYR", "TWD",
)
# Codes that are other things' acronyms too, a currency's only on a sum's shape (see `has_a_sums_shape`): "EGP 2
# trillion", not a year after a body's letters ("UAH 2024"); or as a plain number, not a year, in an article that
# names the code's country ("tickets in Cairo cost EGP 500", not "Enel Green Power's EGP 500 MW plant").
SHAPED_CODES = {"EGP": r"Egypt|Cairo", "KWD": r"Kuwait", "BHD": r"Bahrain|Manama", "OMR": r"Oman|Muscat"}
# A sum glued to a currency's letters ("Sh4.29", "Dh12,000", "N6.2" trillion naira, any one letter: "K5.2" kwacha) is
# neither a name nor a key phrase, in any case; a separator or decimal point is required, as "R2" may be a road, "N7"
# a route and "GPT4" a name.
_LETTER_SYMBOLS = [*sorted((s for s in PREFIX_CURRENCIES if s.isalpha() and len(s) > 1), key=len, reverse=True),
                   "[A-Z]"]
LETTERED_AMOUNT = re.compile(rf"(?:{'|'.join(_LETTER_SYMBOLS)})(?:\d{{1,3}}(?:,\d{{3}})*[.,]\d+|\d+\.\d+)",
                             re.IGNORECASE)
# A sum written as one word with its sign: "HK$88.40", "S$3", "€5bn", "US$1.2m", "885p" (pence).
_SIGNS = "".join(sorted({ch for symbol in PREFIX_CURRENCIES for ch in symbol if not ch.isalnum() and ch != "."}))
_SIGNED_SUM = re.compile(rf"(?:[A-Z]{{0,3}}[{re.escape(_SIGNS)}]|\$[A-Z]{{2}})\d[\d.,]*[a-z]{{0,3}}|\d+(?:\.\d+)?p")


@functools.lru_cache(maxsize=WORD_CACHE)  # asked of every word by the key phrases and the entities
def is_written_sum(text: str) -> bool:
    """A sum of money written as one word ("HK$88.40", "885p", "N6.2") or a currency's sign with a symbol in it
    ("A$", "US$", "£"; not the letters "QR" of "QR codes"): neither a name nor a key phrase."""
    return (text in PREFIX_CURRENCIES and not text.isalpha()) \
        or bool(_SIGNED_SUM.fullmatch(text) or LETTERED_AMOUNT.fullmatch(text))


# Pounds of other countries than Britain, meant by "pounds" alone too where the article writes them out and names
# nothing British ("a ticket costs 8 Egyptian pounds, up from 6 pounds"; not "fans in Egypt paid 2,000 pounds").
_OTHER_POUNDS = ((r"Egyptian\s+pounds?", "EGP"), (r"Lebanese\s+pounds?", "LBP"), (r"Syrian\s+pounds?", "SYP"),
                 (r"South\s+Sudanese\s+pounds?", "SSP"), (r"(?<!South )Sudanese\s+pounds?", "SDG"))
# The countries of dollars whose cents are written with the country's name: "57 Canadian cents".
NAMED_CENTS = ((r"Canadian", "CAD"), (r"Australian", "AUD"), (r"New\s+Zealand", "NZD"), (r"Hong\s+Kong", "HKD"),
                (r"Singapore", "SGD"))
# The places of the countries whose money has cents, by which a sentence of bare "cents" and no sum is in that money:
# a place the cents are spent in or owned by ("Petrol rose 2.3 cents to 183.9 cents a litre in Sydney", "The bus fare
# in Dublin rose by 20 cents", "Hong Kong's MTR raised fares by 50 cents"), or the country's adjective ("Irish Water
# said the charge would rise by 15 cents"); not a name that only qualifies something ("after the Canada launch").
# The towns other countries share a name with (Perth, Victoria, Halifax, London, Ontario) are left out.
_CENTS_COUNTRIES = (
    (r"Australia|Sydney|Melbourne|Brisbane|Adelaide|Canberra|Hobart|Queensland|New\s+South\s+Wales|NSW|Tasmania",
     r"Australian", "AUD"),
    (r"Canada|Toronto|Montreal|Montréal|Ottawa|Vancouver|Calgary|Edmonton|Winnipeg|Alberta|Quebec|Québec|"
     r"British\s+Columbia", r"Canadian", "CAD"),
    (r"New\s+Zealand|Auckland|Christchurch", None, "NZD"),
    (r"Ireland|Dublin|Galway|Germany|France|Italy|Spain|the\s+Netherlands|Belgium|Austria|Portugal|Finland|Greece|"
     r"the\s+eurozone|the\s+euro\s+zone", r"Irish", "EUR"),
    (r"Hong\s+Kong", None, "HKD"),
    (r"Singapore", None, "SGD"),
    (r"South\s+Africa|Johannesburg|Cape\s+Town", r"South\s+African", "ZAR"))
CENTS_PLACES = tuple(
    (re.compile(rf"\b(?i:in|at|across|around|throughout)\s+(?:{places})\b|\b(?:{places})['’]s\b"
                + (rf"|\b(?:{adjective})\b(?!-)" if adjective else "")), code)
    for places, adjective, code in _CENTS_COUNTRIES)
# Currency words written after the number: (pattern, ISO code, factor to full units).
WORD_CURRENCIES: tuple[tuple[str, str, float], ...] = (
    (r"(?:US|U\.S\.|American)\s+dollars?", "USD", 1.0),
    (r"Australian\s+dollars?", "AUD", 1.0),
    (r"Canadian\s+dollars?", "CAD", 1.0),
    (r"New\s+Zealand\s+dollars?", "NZD", 1.0),
    (r"Hong\s+Kong\s+dollars?", "HKD", 1.0),
    (r"Singapore\s+dollars?", "SGD", 1.0),
    # The Pacific's and the Caribbean's written out: "50 million Solomon Islands dollars", "45 million Trinidad and
    # Tobago dollars".
    (r"Fiji(?:an)?\s+dollars?", "FJD", 1.0),
    (r"Solomon\s+Islands?\s+dollars?", "SBD", 1.0),
    (r"Jamaica(?:n)?\s+dollars?", "JMD", 1.0),
    (r"(?:Trinidad\s+and\s+Tobago|Trinidadian|T&T)\s+dollars?", "TTD", 1.0),
    (r"(?:Eastern|East)\s+Caribbean\s+dollars?", "XCD", 1.0),
    (r"Barbad(?:os|ian)\s+dollars?", "BBD", 1.0),
    (r"Guyan(?:ese|a)\s+dollars?", "GYD", 1.0),
    # Cents of a named dollar before the dollars they are not ("57 Canadian cents"), and euro cents before the euros
    # that would take "12 euro" of "12 euro cents" (the first alternative that matches wins).
    *((rf"{country}\s+cents?", code, 0.01) for country, code in NAMED_CENTS),
    (r"dollars?|bucks", "USD", 1.0),
    (r"euro\s+cents?", "EUR", 0.01),
    (r"euros?", "EUR", 1.0),
    *((pattern, code, 1.0) for pattern, code in _OTHER_POUNDS),
    (r"pounds?\s+sterling|pounds?|sterling|quid", "GBP", 1.0),
    (r"pence", "GBP", 0.01),
    (r"(?<=\d)(?-i:p)(?!\.?\s?m\b)", "GBP", 0.01),  # "50p", glued; "7p.m." is a time, "311P" a comet
    (r"(?:US|U\.S\.)\s+cents?|cents?", "USD", 0.01),
    (r"yen", "JPY", 1.0),
    (r"yuan|renminbi|(?-i:RMB)", "CNY", 1.0),
    (r"Pakistani\s+rupees?", "PKR", 1.0),
    (r"Sri\s+Lankan\s+rupees?", "LKR", 1.0),
    (r"Nepal(?:ese|i)\s+rupees?", "NPR", 1.0),
    (r"rupees?", "INR", 1.0),
    (r"(?:Bangladeshi\s+)?taka", "BDT", 1.0),
    (r"(?:Ethiopian\s+)?birr", "ETB", 1.0),
    (r"(?:Angolan\s+)?kwanzas?", "AOA", 1.0),
    (r"CFA\s+francs?", "XOF", 1.0),
    (r"Rwandan\s+francs?", "RWF", 1.0),
    (r"Congolese\s+francs?", "CDF", 1.0),
    # The Horn's and West Africa's other francs, Swiss to the entry below ("20 billion Djiboutian francs").
    (r"Djiboutian\s+francs?", "DJF", 1.0),
    (r"Guinean\s+francs?", "GNF", 1.0),
    (r"roubles?|rubles?", "RUB", 1.0),
    (r"(?:Swiss\s+)?francs?", "CHF", 1.0),  # after the francs of other countries
    (r"Swedish\s+(?:crowns?|kronor|krona)|kronor", "SEK", 1.0),
    (r"öre", "SEK", 0.01),
    (r"Norwegian\s+(?:crowns?|kroner|krone)", "NOK", 1.0),
    (r"Danish\s+(?:crowns?|kroner|krone)", "DKK", 1.0),
    (r"Czech\s+(?:crowns?|korunas?|koruny)", "CZK", 1.0),
    (r"(?:Icelandic\s+)?kr[óo]nur|Icelandic\s+kr[óo]nas?", "ISK", 1.0),
    (r"(?:South\s+)?Korean\s+won", "KRW", 1.0),
    (r"Argentine\s+pesos?", "ARS", 1.0),
    (r"Philippine\s+pesos?", "PHP", 1.0),
    (r"Chilean\s+pesos?", "CLP", 1.0),
    (r"Colombian\s+pesos?", "COP", 1.0),
    (r"(?:Mexican\s+)?pesos?", "MXN", 1.0),  # unqualified: Mexico's, the one most often in English news
    (r"rand", "ZAR", 1.0),
    (r"(?:Turkish\s+)?lira", "TRY", 1.0),
    (r"naira", "NGN", 1.0),
    (r"z[lł]ot(?:ys?|ies)", "PLN", 1.0),  # "złoty" as Polish writes it too
    (r"shekels?", "ILS", 1.0),
    (r"(?:Brazilian\s+)?reais|Brazilian\s+reals?", "BRL", 1.0),  # not "real" alone: a word
    (r"Peruvian\s+soles", "PEN", 1.0),
    (r"Moroccan\s+dirhams?", "MAD", 1.0),
    (r"(?:UAE\s+|Emirati\s+)?dirhams?", "AED", 1.0),
    (r"Qatari\s+riyals?", "QAR", 1.0),
    (r"Omani\s+rials?", "OMR", 1.0),
    (r"Yemeni\s+rials?", "YER", 1.0),
    (r"(?:Iranian\s+)?rials?", "IRR", 1.0),  # Iran's "rial", a word apart from the Saudi and Qatari "riyal"
    (r"(?:Saudi\s+)?riyals?", "SAR", 1.0),
    (r"(?:Ghanaian\s+)?cedis?", "GHS", 1.0),
    (r"rupiah", "IDR", 1.0),
    (r"ringgit", "MYR", 1.0),
    (r"baht", "THB", 1.0),
    (r"hryvnias?|hryvnia", "UAH", 1.0),
    (r"forints?", "HUF", 1.0),
    (r"(?:Kazakh(?:stani)?\s+)?tenge", "KZT", 1.0),
    (r"Kenyan\s+shillings?", "KES", 1.0),
    (r"Ugandan\s+shillings?", "UGX", 1.0),
    (r"Tanzanian\s+shillings?", "TZS", 1.0),
    (r"Somali\s+shillings?", "SOS", 1.0),
    # Eritrea's and Mauritania's, words of nothing else ("300 million nakfa", "5 billion ouguiyas").
    (r"nakfas?", "ERN", 1.0),
    (r"ouguiyas?", "MRU", 1.0),
    (r"Bulgarian\s+(?:leva|lev)", "BGN", 1.0),
    (r"(?:Macedonian\s+)?denars?", "MKD", 1.0),
    (r"Jordanian\s+dinars?", "JOD", 1.0),
    (r"Kuwaiti\s+dinars?", "KWD", 1.0),
    (r"Bahraini\s+dinars?", "BHD", 1.0),
    (r"Iraqi\s+dinars?", "IQD", 1.0),
    (r"Tunisian\s+dinars?", "TND", 1.0),
    (r"Algerian\s+dinars?", "DZD", 1.0),
    (r"Serbian\s+dinars?", "RSD", 1.0),
    (r"Libyan\s+dinars?", "LYD", 1.0),
    (r"Vietnamese\s+dong", "VND", 1.0),
    (r"Zambian\s+kwacha", "ZMW", 1.0),
    (r"Malawian\s+kwacha", "MWK", 1.0),
    (r"pa['’]?angas?", "TOP", 1.0),  # Tonga's
    (r"vatu", "VUV", 1.0),  # Vanuatu's
    (r"¢", "USD", 0.01),
    *((f"(?-i:{code})", code, 1.0) for code in ISO_CODES),
)
# Currency words that several countries use, or that are common words too: the country the article names decides,
# and without one they are no money. (pattern, ((country pattern, ISO code), ...)).
COUNTRY_CURRENCIES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (r"kroner|krone", ((r"Denmark|Danish|Copenhagen", "DKK"), (r"Norway|Norwegian|Oslo", "NOK"))),
    (r"won", ((r"Korea|Seoul", "KRW"),)),
    (r"shillings?", _SHILLING_COUNTRIES),
    (r"dinars?", ((r"Jordan|Amman", "JOD"), (r"Kuwait", "KWD"), (r"Bahrain|Manama", "BHD"), (r"Iraq|Baghdad", "IQD"),
                  (r"Tunisia|Tunis", "TND"), (r"Algeria|Algiers", "DZD"), (r"Serbia|Belgrade", "RSD"),
                  (r"Libya|Tripoli", "LYD"))),
    (r"kwacha", ((r"Zambia|Lusaka", "ZMW"), (r"Malawi|Lilongwe", "MWK"))),
    # Samoa's and Papua New Guinea's, a given name and a New Zealand sea urchin too: money only in a text about them.
    (r"tala", ((r"Samoa|Apia", "WST"),)),
    (r"kina", ((r"Papua|PNG\b|Port\s+Moresby", "PGK"),)),
    # A surname too ("Dong Jun"), and slang: money only in a text about Vietnam ("40 trillion dong").
    # In lower case only: "15 Dong Khoi Street", "2 Dong Nai officials" are places.
    (r"(?-i:dong)", ((r"Vietnam|Viet\s+Nam|Hanoi|Ho\s+Chi\s+Minh", "VND"),)),
    (r"soles", ((r"Peru|Lima|Cusco|Cuzco|Arequipa|Callao", "PEN"),)),  # of shoes too
    # The Caucasus' and Central Asia's: a dram is whisky's too, lei Hawaii's garlands, Lari a name, manat and som
    # two countries' each: money only in a text about their country.
    (r"(?-i:lari)", ((r"Georgia|Tbilisi|Batumi|Kutaisi", "GEL"),)),
    # (a dram of a drink is its measure, in Armenia too: "3 drams of 20-year-old brandy")
    (r"drams?(?!\s+of\s+(?:[\w-]+\s+){0,2}(?:whisk(?:e?y|ies)|brandy|cognac|scotch|rum|gin|vodka|bourbon|malt|"
     r"spirits?|liquor|port|sherry|wine)\b)", ((r"Armenia|Yerevan", "AMD"),)),
    (r"manats?", ((r"Azerbaijan|Azeri|Baku", "AZN"), (r"Turkmen|Ashgabat", "TMT"))),
    (r"soums?|soms?", ((r"Uzbek|Tashkent|Samarkand", "UZS"), (r"Kyrgyz|Bishkek", "KGS"))),
    (r"lei|leu", ((r"Moldov|Chisinau|Chișinău", "MDL"), (r"Romania|Bucharest", "RON"))),
    # Bulgaria's, whose "Lev" is a given name too: in lower case, and only in a text about Bulgaria ("500 million
    # leva").
    (r"(?-i:leva|lev)", ((r"Bulgaria|Sofia", "BGN"),)),
    # Albania's, a surname and a drugmaker too ("Lek"): in lower case, in a text about Albania.
    (r"(?-i:lek|lekë)", ((r"Albania|Tirana", "ALL"),)),
    # Crowns are a king's and a tooth's too: money only after the text named whose (see `_crowns_named_before`).
    (r"crowns?", ()),
)
# Crowns alone are in the currency the text named in more words as a sum shortly before ("4.1 billion Norwegian
# crowns ... from 4.6 billion crowns"), where they have a sum's shape (see `_crowns_named_before`).
CROWNS = r"crowns?"


# The patterns of `WORD_CURRENCIES` that name crowns in several words ("Norwegian crowns"), with their codes.
_NAMED_CROWNS = tuple((re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), code)
                      for pattern, code, factor in WORD_CURRENCIES
                      if factor == 1.0 and "crown" in pattern and r"\s+" in pattern)
# How far before bare crowns the text must have named them as a sum: the same passage of a results story.
_CROWNS_NAMED_WITHIN = 600
# A number (and its scale) right before a currency named: "4.1 billion Norwegian crowns" is a sum.
_NUMBER_BEFORE = re.compile(r"\d(?:\s*(?:million|billion|trillion|bn|mln|m)\b)?[\s-]*$", re.IGNORECASE)
# A sum's shape before bare crowns, a scale or a decimal ("4.6 billion crowns", "2.50 crowns"), or a price per share
# after them ("4 crowns a share"): "fitted 40 crowns", "won 10 crowns on clay" are a dentist's or a champion's.
_CROWNS_SCALE_BEFORE = re.compile(r"\d\s*(?:million|billion|trillion|bn|m)[\s-]*$|\d\.\d+[\s-]*$", re.IGNORECASE)
CROWNS_PER_SHARE_AFTER = re.compile(r"\s+(?:per|a)\s+share\b", re.IGNORECASE)
# Words before the number of bare crowns that compare it with a crown sum before: "up from 10,000 crowns", "to 20,000
# crowns", "than", "versus", "and", "or" (not "has won 3 crowns").
_CROWNS_COMPARED_BEFORE = re.compile(r"\b(?:from|to|than|versus|vs\.?|and|or)\s+\d[\d,.]*[\s-]*$", re.IGNORECASE)
# A scale before bare crowns no country is named for: a decimal alone is no sum's mark there ("fitted 2 crowns
# costing 1.5 crowns each", "has won 1.5 crowns").
CROWNS_SCALE_WORD_BEFORE = re.compile(r"\d\s*(?:million|billion|trillion|bn|m)[\s-]*$", re.IGNORECASE)
# The countries of crowns, for bare crowns with a sum's shape the text never named in more words: "Equinor, the
# Norwegian oil firm, paid 40 billion crowns" is in NOK; with no country named the currency is left unknown.
_CROWN_COUNTRIES = _as_written(((r"Norw|Oslo", "NOK"), (r"Swed|Stockholm", "SEK"),
                                (r"Denmark|Danish|Copenhagen", "DKK"), (r"Czech|Prague", "CZK"),
                                (r"Iceland|Reykjav", "ISK")))
_BRITISH = ((r"Brit|UK\b|U\.K\.|England|Scotland|Wales|London|sterling", "GBP"),)


def _currency_of_prefix(prefix: str) -> str:
    token = prefix.strip()
    upper = token.upper()
    for symbol, code in PREFIX_CURRENCIES.items():
        if upper == symbol.upper():
            return code
    return upper


def currency_of_word(word: str, text: str, at: int) -> tuple[str | None, float]:
    """ISO code and factor to full units of a currency word at `at`; no code for a word whose country `text` does
    not name."""
    if word.lower() == "p":
        return "GBP", 0.01  # the glued-pence pattern needs its digit context, which fullmatch lacks
    if re.fullmatch(r"pounds?", word, re.IGNORECASE) and not _country_mentions(_BRITISH, text)[0]:
        code = _named_country(_OTHER_POUNDS, text, at)
        if code is not None:
            return code, 1.0
    for pattern, countries in _USUAL_COUNTRY_WORDS:
        if re.fullmatch(pattern, word, re.IGNORECASE) and (code := _usual_country(countries, text, at)):
            return code, 1.0
    if re.fullmatch(CROWNS, word, re.IGNORECASE):
        return _bare_crowns_currency(text, at, at + len(word)), 1.0
    for pattern, code, factor in WORD_CURRENCIES:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return code, factor
    for pattern, countries in COUNTRY_CURRENCIES:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return _named_country(countries, text, at), 1.0
    return word.upper(), 1.0


def _bare_crowns_currency(text: str, at: int, end: int) -> str | None:
    """The code of bare "crowns" at `at` (to `end`): with a sum's shape, those named before or the country's the text
    names; without one, those its sentence named as a sum before them where the words before the number compare it
    with that sum ("offered 350,000 Swedish crowns, up from 10,000 crowns"; not "The dentist fitted 40 crowns" in a
    story of Swedish crowns, nor "paid 2 million Swedish crowns to the coach, who has won 3 crowns"), or after
    thousands the crowns the text names in words (see `_CROWNS_THOUSANDS_BEFORE`); None otherwise."""
    if _crowns_have_a_sums_shape(text, at, end):
        return _crowns_named_before(text, at) or _crowns_country(text, at) or _dateline_country(_CROWN_COUNTRIES, text)
    compared = _CROWNS_COMPARED_BEFORE.search(text, max(0, at - 40), at)
    if compared is not None and _other_crowns_between(text, compared.start()):
        return None  # "won 7 grand slam crowns and 3 crowns"
    if compared is not None and (code := _crowns_named_before(text, at, within_sentence=True)):
        return code
    if _CROWNS_THOUSANDS_BEFORE.search(text, max(0, at - 20), at) \
            and not _CROWNS_OF_OTHER_KINDS.search(text, max(0, at - _OTHER_KINDS_BEFORE), at + _OTHER_KINDS_AFTER):
        return _crowns_the_text_names(text, at)  # "offered 400,000 crowns" in a story of Swedish crowns
    return None


# Thousands of bare crowns ("offered 400,000 crowns", "400 000 crowns"): a sum where the text names its crowns, as no
# dentist or king counts crowns so (not "fitted 40 crowns", "won 10 crowns").
_CROWNS_THOUSANDS_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}(?:[,\u00a0 ]\d{3})+[\s-]*$")
# Words of a tooth's or a king's crowns around thousands of them, within so many characters before and after (about
# the sentence and the one before; no sentence's bounds are looked for in a table of prices): no sum ("The dentist
# has fitted 1,200 crowns at the clinic").
_OTHER_KINDS_BEFORE, _OTHER_KINDS_AFTER = 200, 100
# A coin collection's old crowns and a jeweller's, a pageant's or a bride's are things too ("The Estonian museum
# displayed 10,000 crowns, coins minted before the euro", "ordered 2,000 crowns for contestants").
_CROWNS_OF_OTHER_KINDS = re.compile(r"\b(?:dent\w*|teeth|tooth|implants?|royal\w*|kings?|queens?|jewels?|coronation|"
                                    r"monarch\w*|thrones?|tiaras?|titles?|champion\w*|coins|minted|museums?|"
                                    r"collectors?|jewell?er\w*|pageants?|contestants|brides?|bridal|weddings?)\b",
                                    re.IGNORECASE)


def _crowns_the_text_names(text: str, at: int) -> str | None:
    """The code of the crowns the text names in words ("Swedish crowns", "kronor", "Czech crowns") for bare crowns at
    `at`: the last named before them, else the first after; None where it names none."""
    starts, codes = _named_crowns(text)
    before = bisect.bisect_left(starts, at)
    return codes[before - 1] if before else (codes[0] if codes else None)


@functools.lru_cache(maxsize=4)
def _named_crowns(text: str) -> tuple[list[int], list[str]]:
    """Where `text` names crowns in words (starts in order) and their codes: found once per text, not once per sum (a
    table of prices in crowns asks for every row)."""
    found = sorted((match.start(), code) for pattern, code in _NAMED_CROWNS for match in pattern.finditer(text))
    return [start for start, _ in found], [code for _, code in found]


def _other_crowns_between(text: str, at: int) -> bool:
    """The last crowns in the sentence before `at` are no sum named in more words: the comparison is with them ("won
    7 grand slam crowns and 3 crowns" after "40 million Swedish crowns")."""
    sentence_start, _ = sentence_around(text, at)
    last = next(reversed(list(re.finditer(rf"\b{CROWNS}\b", text[sentence_start:at], re.IGNORECASE))), None)
    if last is None:
        return False
    last_end = sentence_start + last.end()
    return not any(match.end() == last_end for pattern, _ in _NAMED_CROWNS
                   for match in pattern.finditer(text, sentence_start, last_end))


def _crowns_have_a_sums_shape(text: str, at: int, end: int) -> bool:
    """Bare "crowns" at `at` (to `end`) are money: "40 billion crowns", "2.50 crowns", "4 crowns a share", a share
    price ("Shares of CEZ rose to 1,012 crowns") (not "The dentist fitted 40 crowns", "won 10 crowns on clay")."""
    return bool(_CROWNS_SCALE_BEFORE.search(text, max(0, at - 20), at) or CROWNS_PER_SHARE_AFTER.match(text, end)
                or _is_share_price(text, at))


# A level a share price moves to or stands at before bare crowns: "rose 1.2% to 1,012 crowns", "closed at 98 crowns".
_PRICE_LEVEL_BEFORE = re.compile(r"\b(?:to|at)\s+\d[\d,.]*[\s-]*$", re.IGNORECASE)
_SHARES_WORD = re.compile(r"\b(?:shares?|stocks?)\b", re.IGNORECASE)


def _is_share_price(text: str, at: int) -> bool:
    """Bare crowns at `at` are the level of a share price: a level after "to" or "at" in a sentence of shares before
    them ("Shares of CEZ rose 1.2% to 1,012 crowns in Prague"; not "The dentist fitted 40 crowns")."""
    if _PRICE_LEVEL_BEFORE.search(text, max(0, at - 30), at) is None:
        return False
    sentence_start, _ = sentence_around(text, at)
    return _SHARES_WORD.search(text, sentence_start, at) is not None


def _crowns_country(text: str, at: int) -> str | None:
    """The code of the country of crowns the text names for bare crowns at `at` (see `_named_country`); None where
    their sentence names two ("Norway's Equinor and Sweden's Vattenfall each paid 5 billion crowns": whose is
    unknown)."""
    starts, _, codes = _country_mentions(_CROWN_COUNTRIES, text)
    sentence_start, sentence_end = sentence_around(text, at)
    if len({code for start, code in zip(starts, codes, strict=True) if sentence_start <= start < sentence_end}) > 1:
        return None
    return _named_country(_CROWN_COUNTRIES, text, at)


def _crowns_named_before(text: str, at: int, *, within_sentence: bool = False) -> str | None:
    """The code of the crowns that bare "crowns" at `at` are in: those the text last named in more words as a sum in
    the passage before ("from 4.6 billion crowns" after "4.1 billion Norwegian crowns" is in NOK), or in the sentence
    before them where `within_sentence`; None otherwise."""
    window = max(0, at - _CROWNS_NAMED_WITHIN, sentence_around(text, at)[0] if within_sentence else 0)
    named = [(match.start(), code) for pattern, code in _NAMED_CROWNS for match in pattern.finditer(text, window, at)
             if any(ch.isspace() for ch in match.group())  # not "kronor" alone, which is no crown
             and _NUMBER_BEFORE.search(text, max(window, match.start() - 20), match.start())]
    return max(named)[1] if named else None  # the last named: "2 billion Danish crowns, down from 2.5 billion crowns"


def symbol_fits(text: str, match: re.Match[str]) -> bool:
    """A symbol of `_COUNTRY_SYMBOLS` is money only as written, at its number, where its country is named; the
    two-letter ones ("Sh", "Dh", "SR", "QR") only on a sum's shape, with a scale or a decimal or thousands mark
    ("QR800 million", "Dh2.4 million"; not the flight "QR817" nor the road "SR2")."""
    symbol = match.group("cur1").strip()
    shaped = has_a_sums_shape(match, "n1")
    if symbol in SHAPED_CODES:
        return shaped or is_a_plain_sum_of_its_country(text, symbol, match.group("n1"))
    if symbol.upper() not in _COUNTRY_SYMBOLS_FOLDED:
        return True
    country = _COUNTRY_SYMBOLS.get(symbol)  # as written: "r14" is no rand
    if len(symbol) == 2 and not shaped and symbol not in _PLAIN_IN_ITS_COUNTRY \
            or symbol in _RATIO_LETTERS and not _is_a_dinar_sum(text, match):
        return False
    if symbol == "NIS" and (match.group("n1_scale") or "," in match.group("n1")):
        return True  # "NIS 20 million": shekels by their shape (not the "NIS 2.0" directive, Korea's "NIS 1st")
    if symbol == "P" and not (_has_a_scale_word(match, "n1") or _THOUSANDS_OR_CENTS.search(match.group("n1"))):
        return False  # "P1.5 billion", "P20,000", "P58.20" pesos; not a driver's "P1" nor a Manila car park's "P2"
    if symbol == "P" and _OTHER_PESO_COUNTRIES.search(text) and not re.search(_PHILIPPINES, text):
        return False  # "The Mexican peso rose ... the Pemex P10,000 bonds": the peso of no Philippine text
    if symbol in _SPACED_ON_A_SCALE and text.startswith(" ", match.end("cur1")) and not (
            _has_a_scale_word(match, "n1") or _THOUSANDS_OR_CENTS.search(match.group("n1"))):
        return False  # "Rp 5 trillion", "TL 500,000", "RM 3.50"; not an "RM 1.5 engine"
    if symbol in _LETTER_CURRENCIES and _MEASURE_OR_TIME_AFTER.match(text, match.end("n1_scale") if match.group(
            "n1_scale") else match.end("n1")):
        return False  # "formed Bt2 billion years ago", "flight TL 1,200 kilometres from Ankara": no sum
    if symbol == "T$" and _TONGA_NAMED.search(text):
        return False  # "Tonga's finance minister said the T$20 million loan from Taipei": the pa'anga, no Taiwan dollar
    after = text[match.end("cur1"):match.end("cur1") + 2]
    # Against the number; the letter ones of more than one letter also a space before it ("KSh 45 billion").
    placed = after[:1].isdigit() or (len(symbol) > 1 and after[:1] == " " and after[1:].isdigit())
    return country is not None and placed and (bool(_country_mentions(((country, symbol),), text)[0])
                                                or symbol in _SCALED_ANYWHERE and _has_a_scale_word(match, "n1")
                                                and not _OTHER_CURRENCY_ADJECTIVE.match(text, match.end("n1_scale")))


# Two letters Bangladesh's press writes before whole sums too ("Tk 120 per dollar", "fined Tk 500"), which name no
# flight nor road: money without a sum's shape where the article names its country.
_PLAIN_IN_ITS_COUNTRY = frozenset({"Tk"})
# Scales written as words or their long abbreviations, which no road ("R2") nor rating ("R18") takes: "R5.2 billion",
# "R150bn" are rand wherever the story is, and so are dirhams, ringgit, rupiah, baht and shillings in their letters
# ("Emaar reported Dh5bn", "Rp5.2tn", "released Sh5 billion"; not the "Dh12" of a recipe nor "RM2" alone).
_SCALED_ANYWHERE = frozenset({"R", "Dh", "RM", "Rp", "Bt", "Sh"})
# Letters of a currency that a space may part from its number, only where the number has a scale word, a thousands mark
# or cents: other letters and a decimal are a model's name ("RM 1.5 engine").
_SPACED_ON_A_SCALE = frozenset({"RM", "Rp", "Bt", "TL"})
# The letters of ringgit, rupiah, baht, lira and pesos before a number that a unit or a time word follows are no
# currency: "Bt2 billion years", "TL 1,200 kilometres".
_LETTER_CURRENCIES = frozenset({"RM", "Rp", "Bt", "TL", "P"})
_MEASURE_OR_TIME_AFTER = re.compile(
    r"\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|kilomet(?:re|er)s?|km|miles?|"
    r"met(?:re|er)s?|feet|foot|tonnes?|tons?|kilo(?:gram)?s?|kg|litres?|liters?|barrels?|acres?|hectares?|people|"
    r"passengers)\b", re.IGNORECASE)
_THOUSANDS_OR_CENTS = re.compile(r",\d{3}|\.\d{2}$")
_SCALE_WORD = re.compile(r"(?:million|billion|trillion|mln|bln|bn|trn|tn)$", re.IGNORECASE)


# A compound adjective of a currency after a scale: "R1 billion-dollar factory" is a model's name before a sum in
# dollars, no rand.
_OTHER_CURRENCY_ADJECTIVE = re.compile(r"-(?:dollar|pound|euro|rand|yen|yuan|franc|rupee)\b", re.IGNORECASE)


def _has_a_scale_word(match: re.Match[str], number: str) -> bool:
    """The number's scale is a word ("billion", "bn"), not a letter ("m", "k")."""
    return _SCALE_WORD.search(match.group(f"{number}_scale") or "") is not None


# Dinars' letters that are also a player's kill/death ratio: "finished with a KD 1.45".
_RATIO_LETTERS = frozenset({"KD", "BD"})
_OWNER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its|my|your|our)\s+$", re.IGNORECASE)
# Dinars written plainly are at least this many; a ratio is less.
_LEAST_PLAIN_DINARS = 10


def _is_a_dinar_sum(text: str, match: re.Match[str]) -> bool:
    """"KD3 million", "BD 1,500", "KD 12.5": a sum of dinars, with a scale or a thousands mark, or ten or more with no
    article or owner before the letters (not "finished with a KD 1.45", a ratio)."""
    if match.group("n1_scale") or "," in match.group("n1"):
        return True
    value = number_value(match.group("n1"), None)
    return value is not None and value >= _LEAST_PLAIN_DINARS \
        and not _OWNER_BEFORE.search(text, max(0, match.start("cur1") - 8), match.start("cur1"))


def is_a_plain_sum_of_its_country(text: str, code: str, number: str) -> bool:
    """"EGP 500" where the article names Egypt: a whole number that is no year, in a code of `SHAPED_CODES`; not
    where the article defines the letters as a name's ("Enel Green Power (EGP)")."""
    return number.isdigit() and re.fullmatch(YEAR, number) is None and f"({code})" not in text \
        and bool(_country_mentions(((SHAPED_CODES[code], code),), text)[0])


def has_a_sums_shape(match: re.Match[str], number: str) -> bool:
    """The number has a scale, a decimal or a thousands mark: "QR800 million", "EGP 1,500" (not "2024")."""
    return bool(match.group(f"{number}_scale") or re.search(r"[.,]\d", match.group(number)))


def currency_of_symbol(symbol: str, text: str, at: int) -> str:
    """The ISO code of a prefix at `at`, by the country named nearest before it where countries share the symbol; a
    bare "$" of a text of an Australian state's or a Canadian province's premier is that country's (`_premiers_dollar`)
    in a sentence of the state's own business (`_about_the_state`).
    """
    if symbol.strip() == "$" and (code := _premiers_dollar(text)) and _about_the_state(text, at):
        return code
    if symbol.strip() == "$" and (code := _home_payers_dollar(text, at)):
        return code
    if countries := _USUAL_COUNTRY_SYMBOLS.get(symbol.strip()):
        return _stated_country(countries, text, at) or _pakistani_sentence(countries, text, at) \
            or _pakistani_rupees(countries, text) or _currency_of_prefix(symbol)
    countries = _SHARED_SYMBOLS.get(symbol.strip())
    return (countries and _named_country(countries, text, at)) or _currency_of_prefix(symbol)


# A state's or a province's premier, whom only Australia and Canada have among the countries of dollars: their local
# copy writes its own dollars "$" ("Queensland Premier David Crisafulli announced a $1.2 billion package", "Ontario
# Premier Doug Ford said it would cost $48 million"); not a state's "Premier League" of football.
_PREMIERS = tuple((re.compile(rf"\b(?:{states})\s+Premier\b(?!\s+League)"), code) for states, code in (
    (r"Queensland|NSW|New\s+South\s+Wales|Victorian?|South\s+Australian?|Western\s+Australian?|WA|Tasmanian?|"
     r"Northern\s+Territory|ACT", "AUD"),
    (r"Ontario|Quebec|Québec|British\s+Columbia|B\.C\.|Alberta|Saskatchewan|Manitoba|Nova\s+Scotia|New\s+Brunswick|"
     r"Newfoundland(?:\s+and\s+Labrador)?|Prince\s+Edward\s+Island|P\.E\.I\.", "CAD")))
# Dollars written with their country, as wire copy writes them ("A$2.08 billion", "US$13.7 billion", "C$", "$1.5
# billion US", "$48 million Canadian"), and a wire's credit ("(AP)"): there a bare "$" is the US dollar, whatever
# premier the text names.
_COUNTRY_DOLLARS = re.compile(r"(?:\b(?:A|AU|US|U\.S\.|C|CA|NZ|HK|S|NT|MX|R)\$|\$A\b|\b(?:USD|AUD|CAD)\b|"
                              r"\b(?:US|U\.S\.|American|Australian|Canadian)\s+dollars?\b|"
                              r"\$[\d.,]+(?:\s+(?:million|billion|trillion))?\s+(?:US|U\.S\.|Canadian|Australian)\b"
                              r"(?=\W|$)|\((?:AP|Reuters|AFP|Bloomberg)\))")
# A sentence of the state's or the province's own business: its premier, its government, its budget, its services
# ("Ontario Premier Doug Ford says the province will spend $1.8 billion", "would bring $40 million to the state"); not
# a state's investor, whose stakes abroad are in US dollars ("Singapore's state fund lost $2 billion on its Credit
# Suisse stake").
_STATE_BUSINESS = re.compile(r"\b(?:Premier|(?<!United )states?(?![\s-]+(?:funds?|investors?|owned)\b)|province|"
                             r"provincial|government|govt|budget|taxpayers?|ministers?|treasurer|council|hospitals?|"
                             r"schools?|households?|deficit|surplus|package|funding)\b",
                             re.IGNORECASE)
# A price the world or the United States sets, in US dollars in any country's copy: oil's, gold's, bitcoin's, a
# film's gross, an American league's contract, a share's on Wall Street.
_WORLD_PRICE = re.compile(r"\b(?:a\s+barrel|barrels?|an?\s+ounce|ounces?|crude|Brent|WTI|bitcoin|Wall\s+Street|Nasdaq|"
                          r"NYSE|New\s+York|Hollywood|box\s+office|worldwide|NBA|NFL|MLB|NHL|MLS)\b")


# Payers whose own dollars a bare "$" is in where the text writes no dollar with its country: Singapore's state in
# its sentence of public business ("Singapore would give every household $600"), and Australian firms that report in
# Australian dollars ("Commonwealth Bank reported a cash profit of $9.84 billion"; not the miners, BHP or Rio Tinto,
# which report in US dollars).
_HOME_PAYERS = ((re.compile(r"\bSingapore(?:['’]s)?(?![-\w])"), "SGD", True),
                (re.compile(r"\b(?:Commonwealth\s+Bank|Westpac|National\s+Australia\s+Bank|Telstra|Qantas|Wesfarmers|"
                            r"Macquarie\s+Group|Suncorp|Medibank)\b"), "AUD", False))


# What makes a sentence's bare "$" no home payer's: another country or its state, courts and regulators named in it
# ("Macquarie Group agreed to pay $79.8 million to settle SEC charges", "The US and Singapore signed a $1 billion
# defence package", "while Malaysia spent $2 billion"), a foreign firm or market the sum is in ("a US software
# startup", "an Indian fintech firm", an American state's firm or asset: "bought the Texas power company for $1.2
# billion", "a California solar developer", "a Texas-based firm"; not the state as a place the payer goes: "flights to
# Hawaii", "its Georgia Street branch"), a plane's list price, or the firm's analysts giving another's value
# ("Commonwealth Bank analysts raised their price target on Apple shares to $250", "According to Commonwealth Bank,
# Nvidia's market value topped $4 trillion").
_STATES = "|".join(sorted(US_STATES))
_NOT_HOME_PAYERS = re.compile(r"\b(?:US|U\.S\.|United\s+States|America|American|Washington|Pentagon|White\s+House|"
                              r"Trump|SEC|Congress|India|Indian|China|Chinese|Malaysian?|Indonesian?|Japan|Japanese|"
                              r"Britain|British|European|Boeing|Airbus|analysts?|strategists?|[Aa]ccording\s+to|"
                              rf"(?:an?|the|its|their)\s+(?:{_STATES})(?!\s+[A-Z])|(?:{_STATES})-based)\b")
# The end of the sum's clause, after which another country is named in another's business ("Singapore would spend
# $1 billion on defence, while China raised its budget").
_CLAUSE_END_AFTER = re.compile(r",(?!\d)|;|\s(?:while|whereas|but)\s")  # not the comma of "$2,000"


# Another country's levies on the payer, which cost the payer its own dollars: "Commonwealth Bank said the US tariffs
# would cost it $100 million", "Trump's tariffs".
_LEVIES_ON_THE_PAYER = re.compile(r"\b(?:US|U\.S\.|American|Trump['’]s|China['’]s|Chinese)\s+(?:tariffs?|sanctions|"
                                  r"duties|levies)\b")


def _names_another_payer(text: str, start: int, end: int) -> bool:
    """Between `start` and `end` the text names another payer (`_NOT_HOME_PAYERS`) outside its levies on the payer
    (`_LEVIES_ON_THE_PAYER`)."""
    levies = [(m.start(), m.end()) for m in _LEVIES_ON_THE_PAYER.finditer(text, start, end)]
    return any(not any(low <= m.start() < high for low, high in levies)
               for m in _NOT_HOME_PAYERS.finditer(text, start, end))


def _home_payers_dollar(text: str, at: int) -> str | None:
    """The code of a payer's own dollars (`_HOME_PAYERS`) named before the bare "$" at `at` in its sentence, where
    the text writes no dollar with its country, the sentence sets no world price and names no other payer up to the
    end of the sum's clause (`_NOT_HOME_PAYERS`); Singapore's only in a sentence of its public business; None
    otherwise."""
    start, end = sentence_around(text, at)
    clause_end = _CLAUSE_END_AFTER.search(text, at, end)
    if _writes_country_dollars(text) or _WORLD_PRICE.search(text, start, end) \
            or _names_another_payer(text, start, clause_end.start() if clause_end else end):
        return None
    for payer, code, public_only in _HOME_PAYERS:
        if payer.search(text, start, at) and not (public_only and _STATE_BUSINESS.search(text, start, end) is None):
            return code
    return None


# What makes a sentence's bare cents no place's money: a currency's own exchange rate, quoted in US cents ("The
# Australian dollar fell 0.4 cents", "the loonie"), and a price the world or Chicago's and New York's markets set in
# US dollars ("Canadian wheat rose 5 cents a bushel"). A firm's shares and earnings are quoted in the money it
# reports in wherever it sells, and futures, oil and a pound's price in the world's (`_CENTS_OF_A_FIRM`): their cents
# are a place's only where it is the market right after them ("Qantas shares fell 12 cents in Sydney trading"; not
# "Tesla shares fell 50 cents after it opened a factory in Germany", "Cotton futures rose 2 cents a pound after
# Australia's crop forecast was cut").
_CENTS_OF_THE_WORLD = re.compile(r"\b(?:dollars?|euros?|loonie|Aussie|kiwi|currency|exchange\s+rate|bushels?|"
                                 r"gallons?|Chicago|CBOT)\b", re.IGNORECASE)
_CENTS_OF_A_FIRM = re.compile(r"\b(?:shares?|per\s+share|earnings|futures|oil|a\s+pound)\b", re.IGNORECASE)
# A price paid at a pump, a till or a ticket office is the place's, whatever the world's oil did ("Fuel prices in
# Canada rose 5 cents a litre while oil fell").
_CENTS_AT_THE_PUMP = re.compile(r"\b(?:a|per)\s+litre\b|\bfares?\b", re.IGNORECASE)


def cents_of_the_place(text: str, start: int, end: int, sum_end: int | None = None) -> str | None:
    """The code of the one country of cents (`CENTS_PLACES`) the sentence between `start` and `end` names, where it
    sets no price of the world (`_WORLD_PRICE`, `_CENTS_OF_THE_WORLD`), or, in a sentence of a firm's shares or a
    market's price (`_CENTS_OF_A_FIRM`), the one named right after the sum ending at `sum_end`; None where it names
    none or several."""
    if _WORLD_PRICE.search(text, start, end) or _CENTS_OF_THE_WORLD.search(text, start, end):
        return None
    if _CENTS_OF_A_FIRM.search(text, start, end) and not _CENTS_AT_THE_PUMP.search(text, start, end):
        if sum_end is None:
            return None
        at = sum_end + len(text[sum_end:end]) - len(text[sum_end:end].lstrip())
        codes = {code for place, code in CENTS_PLACES if place.match(text, at, end)}
        return codes.pop() if len(codes) == 1 else None
    codes = {code for place, code in CENTS_PLACES if place.search(text, start, end)}
    return codes.pop() if len(codes) == 1 else None


def _about_the_state(text: str, at: int) -> bool:
    """The sum at `at` is in a sentence of a state's or a province's own business (`_STATE_BUSINESS`) and of no price
    set in US dollars (`_WORLD_PRICE`): not "Brent rose to $82 a barrel" nor "Netflix paid $100 million for the
    series" in a text naming a premier."""
    start, end = sentence_around(text, at)
    return _STATE_BUSINESS.search(text, start, end) is not None and _WORLD_PRICE.search(text, start, end) is None


@functools.lru_cache(maxsize=4)
def _writes_country_dollars(text: str) -> bool:
    """The text writes a dollar with its country somewhere (`_COUNTRY_DOLLARS`): searched once per text, not once per
    bare "$" of it."""
    return _COUNTRY_DOLLARS.search(text) is not None


@functools.lru_cache(maxsize=64)
def _premiers_dollar(text: str) -> str | None:
    """The code of the dollars of the one country whose state's or province's premier `text` names, where it writes
    no dollar with its country; else None (found once per text, not once per sum)."""
    if "Premier" not in text or _COUNTRY_DOLLARS.search(text):
        return None
    codes = {code for pattern, code in _PREMIERS if pattern.search(text)}
    return codes.pop() if len(codes) == 1 else None


def _named_country(countries: tuple[tuple[str, str], ...], text: str, at: int) -> str | None:
    """The code of the country the sum at `at` is in; None when `text` names none of `countries`.

    Of the countries its sentence names, the nearest before it written as an owner or adjective ("Kenya's exports
    to Uganda rose to Sh125 billion", "Uganda's rose to Sh72 trillion and Tanzania's to Sh49 trillion"), else the
    one the article names most (first named on a tie: "NAIROBI - Kenya Airways, which flies to Dar es Salaam, paid
    Sh14 billion").
    Where the sentence names none, the one named last before it, else first after it (a roundup names each country
    before its sums: "Uganda's budget was passed. It is Sh72 trillion.").
    """
    starts, ends, codes = _country_mentions(countries, text)
    if not starts:
        return None
    sentence_start, sentence_end = sentence_around(text, at)
    first, last = bisect.bisect_left(starts, sentence_start), bisect.bisect_left(starts, sentence_end)
    if first < last:
        owners = [i for i in range(first, last) if starts[i] < at and _OWNER.match(text, ends[i])]
        if owners:
            return codes[owners[-1]]
        here = set(codes[first:last])
        return max(dict.fromkeys(code for code in codes if code in here), key=codes.count)
    before = bisect.bisect_left(starts, at)
    return codes[before - 1] if before else codes[0]


def _usual_country(countries: tuple[tuple[str, str], ...], text: str, at: int) -> str | None:
    """The country a sum in a currency word of several countries is in: the one it is stated to be in, else the only
    one of them the article names ("The typhoon hit the Philippines. Aid of 5 billion pesos"); not for rupees, as
    Indian stories name Pakistan without naming India."""
    if code := _stated_country(countries, text, at):
        return code
    if countries is _RUPEE_COUNTRIES:
        return _pakistani_rupees(countries, text)
    if countries in _HOME_COUNTRY_WORDS and not _named_near(countries, text, at):
        return None
    return _sole_country(countries, text)


# Pakistan's own provinces, cities and leaders, which an Indian story of the border rarely names (Pakistan's name alone
# does not make rupees Pakistani); Punjab is India's too, and Imran Khan an Indian actor's name.
_PAKISTAN_WITHIN = re.compile(r"\b(?:Sindh|Khyber\s+Pakhtunkhwa|Balochistan|Gilgit|Rawalpindi|Peshawar|Quetta|"
                              r"Faisalabad|Multan|Shehbaz|Nawaz\s+Sharif|Maryam\s+Nawaz|Zardari|Bilawal|PML-N)\b")
# ... of which the provinces and the leaders make a sentence Pakistan's own in a text naming India (not its cities, of
# an Indian star's family: "Kapoor, whose grandfather was born in Peshawar, said the film earned Rs 200 crore").
_PAKISTAN_GOVERNED = re.compile(r"\b(?:Sindh|Khyber\s+Pakhtunkhwa|Balochistan|Gilgit|Shehbaz|Nawaz\s+Sharif|"
                                r"Maryam\s+Nawaz|Zardari|Bilawal|PML-N)\b")
# India by its name, its capital, its people and its prime minister, its other great cities, its states and its
# bodies an Indian story names without naming India (Punjab's Amritsar and Ludhiana, Kashmir's Srinagar and Jammu,
# "Rahul Gandhi", "the BCCI"): the rupees of a text naming it stay India's.
_INDIA_NAMED = re.compile(r"\b(?:India|Indians?|Delhi|Mumbai|Modi|BJP|Kolkata|Bengaluru|Chennai|Srinagar|Jammu|"
                          r"Amritsar|Ludhiana|Chandigarh|Kerala|Gujarat|Maharashtra|Bihar|Karnataka|Tamil\s+Nadu|"
                          r"Uttar\s+Pradesh|Rahul\s+Gandhi|Lok\s+Sabha|Rajya\s+Sabha|BCCI|Bollywood)\b")


def _pakistani_sentence(countries: tuple[tuple[str, str], ...], text: str, at: int) -> str | None:
    """"PKR" for rupees whose own sentence names Pakistan's provinces or leaders (`_PAKISTAN_GOVERNED`) and nothing of
    India, in a text that names India elsewhere ("Rs 500 crore was allotted by the Sindh government ... India's cricket
    team arrived in Lahore"); None otherwise."""
    if countries is not _RUPEE_COUNTRIES:
        return None
    start, end = sentence_around(text, at)
    return "PKR" if _PAKISTAN_GOVERNED.search(text, start, end) and not _INDIA_NAMED.search(text, start, end) else None


@functools.lru_cache(maxsize=64)
def _pakistani_rupees(countries: tuple[tuple[str, str], ...], text: str) -> str | None:
    """"PKR" for rupees in a text naming Pakistan's own provinces or leaders and nothing of India ("Prime Minister
    Shehbaz Sharif ... Rs50 billion ... Sindh"); None otherwise (found once per text)."""
    if countries is not _RUPEE_COUNTRIES or not _PAKISTAN_WITHIN.search(text) or _INDIA_NAMED.search(text):
        return None
    return "PKR"


# Currencies a story of their home country names its neighbours beside ("beat Qatar's Al-Sadd", "flew to Doha"): the
# only other country named is theirs only where named near the sum or often; riyals also not in "the kingdom" (Saudi).
_HOME_COUNTRY_WORDS = (_RIYAL_COUNTRIES, _DIRHAM_COUNTRIES)
_THE_KINGDOM = re.compile(r"\bthe\s+kingdom\b", re.IGNORECASE)


def _named_near(countries: tuple[tuple[str, str], ...], text: str, at: int) -> bool:
    """The article names a country of `countries` twice, or once before the sum at `at` in its sentence or the one
    before ("Qatar's emir visited. A meal costs 50 riyals"; not "paid 2 billion riyals. Its governor flew to Doha");
    for riyals, never in a story of "the kingdom"."""
    if countries is _RIYAL_COUNTRIES and _THE_KINGDOM.search(text):
        return False
    starts = _country_mentions(countries, text)[0]
    previous_start, _ = sentence_around(text, max(0, sentence_around(text, at)[0] - 2))
    return len(starts) > 1 or any(previous_start <= start < at for start in starts)


def _sole_country(countries: tuple[tuple[str, str], ...], text: str) -> str | None:
    """The code of the one country of `countries` that `text` names; None when it names none or more than one."""
    codes = set(_country_mentions(countries, text)[2])
    return codes.pop() if len(codes) == 1 else None


def _stated_country(countries: tuple[tuple[str, str], ...], text: str, at: int) -> str | None:
    """The country a sum at `at` is stated to be in: one written as an owner before it in its sentence ("Pakistan's",
    "the State Bank of Pakistan", "Sri Lankan", "Cemex, the Mexican cement maker with plants in the Philippines"), else
    as its place, not in an aside nor for rupees ("In the Philippines, the government"; not "Milei, speaking in Chile,
    said"), else the one opening its sentence with the sum in the same clause ("Qatar pledged"), else the dateline's
    ("KARACHI:"); None when none (an Indian story of "Rs 2,000 crore for fencing along the border with Pakistan" is in
    rupees of India)."""
    starts, ends, codes = _country_mentions(countries, text)
    sentence_start, _ = sentence_around(text, at)
    first = bisect.bisect_left(starts, sentence_start)
    before = bisect.bisect_left(starts, at)
    owners = [i for i in range(first, before)
              if _OWNER.match(text, ends[i]) or _OF_BEFORE.search(text, max(0, starts[i] - 8), starts[i])
              or (_NATIONAL_BODY_AFTER.match(text, ends[i]) and _last_country_named(codes, i, before))]
    if owners:
        return codes[owners[-1]]
    places = [] if countries is _RUPEE_COUNTRIES else [
        i for i in range(first, before) if _IN_BEFORE.search(text, max(0, starts[i] - 8), starts[i])
        and not _in_an_aside(text, sentence_start, starts[i], at)]
    if places:
        return codes[places[-1]]  # "In the Philippines, the government promised" (not an Indian board's "in Sri Lanka")
    if first < len(starts) and starts[first] == sentence_start < at and _opens_with_a_country(text, sentence_start) \
            and not _CLAUSE_BREAK.search(text, sentence_start, at):
        return codes[first]  # "Qatar pledged 200 million riyals" (datelined RIYADH): the sentence opens with it
    return _dateline_country(countries, text)


def _dateline_country(countries: tuple[tuple[str, str], ...], text: str) -> str | None:
    """The code of the country of `countries` the dateline names: "COLOMBO" as the names are written, "Colombo"; "San
    Juan, Argentina"."""
    place = dateline_place(text)
    return next((code for pattern, code in countries if place and re.search(rf"\b{pattern}", place)), None)


def _opens_with_a_country(text: str, start: int) -> bool:
    """The sentence at `start` opens with a country's whole name, the sum's owner: "Qatar pledged 200 million riyals",
    "Saudi Arabia pledged" (not "Chad Johnson paid")."""
    words = _CAPITALISED_RUN.match(text, start)
    return words is not None and words.group().casefold() in COUNTRIES


def _in_an_aside(text: str, sentence_start: int, place: int, at: int) -> bool:
    """The place at `place` is in a clause set off before the sum at `at`: "Argentine President Javier Milei, speaking
    in Chile, said", "Mexico's Grupo Bimbo, which bought bakeries in Argentina, said" (not "Separately, a typhoon in
    the Philippines destroyed")."""
    return _ASIDE_OPENS.search(text, sentence_start, place) is not None and "," in text[place:at]


def _last_country_named(codes: list[str], i: int, before: int) -> bool:
    """True when no other country's mention lies between mention `i` and the sum (mention `before` on): a body the
    country opens is not the owner of a sum after another country named ("the Pakistan Cricket Board's refusal had
    cost India Rs 200 crore" is India's; "the Pakistan Cricket Board in Lahore paid" Pakistan's)."""
    return all(codes[j] == codes[i] for j in range(i + 1, before))


# A body the country's name opens, the sum's owner: "the Pakistan Cricket Board paid Rs 10 million", "the Sri Lanka
# Ports Authority", "Philippine National Police" (the rest of the country's name first: "Pakistan|" of "Pakistan
# Cricket Board").
_NATIONAL_BODY_AFTER = re.compile(r"\w*(?:\s+[A-Z][\w&'’-]*){0,3}\s+(?:Board|Bank|Army|Navy|Authority|Ministry|"
                                  r"Government|Council|Commission|Corporation|Airlines|Federation|Association|"
                                  r"Railways|Police)\b")
# Words before a country that make it the sum's owner or place: "the State Bank of Pakistan", "in the Philippines".
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$", re.IGNORECASE)
# What opens a clause set off from its sentence.
_ASIDE_OPENS = re.compile(r",|\b(?:which|whose|where|who|speaking)\b")
# A clause ends between a sentence's opening country and a sum: "India blamed Pakistan, which ... cost 30 billion".
_CLAUSE_BREAK = re.compile(r",|;|\bwhich\b|\bwho\b|\bthat\b")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*")
# A country written as an owner or an adjective, after the part of its name matched: "Kenya's", "Argentin|a's",
# "Mexic|o's", "Philippin|es'", "Mauriti|us's", "Bogot|á's", "Ugandan", "Jordanian", "Emirati" (not "Kenya|tta's").
_OWNER = re.compile(r"(?:a|o|es|s|us|á)?['’]s?(?!\w)|i?a?n\b|i\b|ese\b|e\b")


@functools.lru_cache(maxsize=64)
def _country_mentions(countries: tuple[tuple[str, str], ...], text: str) -> tuple[list[int], list[int], list[str]]:
    """Where `text` names each country (starts in order, ends) and its code: found once per text, not once per sum
    (a table of 2,000 sums in shillings took 50 s)."""
    found = sorted((m.start(), m.end(), code) for pattern, code in countries
                   for m in re.finditer(rf"\b(?:{pattern})", text, re.IGNORECASE))
    return [m[0] for m in found], [m[1] for m in found], [m[2] for m in found]


CURRENCY_LEMMAS = frozenset({
    "dollar", "euro", "pound", "penny", "pence", "cent", "yen", "yuan", "rupee", "rouble", "ruble", "franc",
    "peso", "rand", "lira", "naira", "shekel", "dirham", "riyal", "sterling", "krone", "kroner", "krona", "kronor",
    "cedi", "rupiah", "ringgit", "baht", "hryvnia", "forint", "shilling", "rial", "pa'anga", "vatu",
    "tenge", "lari", "manat", "soum",
    # ... and those of Africa, Central and South-Eastern Europe and South Asia written alone in lower case ("Ethiopia
    # floated the birr", "1.95583 lev per euro", "kept the dinar at 135 to the dollar" gave the key phrases "birr",
    # "lev", "dinar"); not "lei" (garlands), "real", "won" nor "crown" (words).
    "birr", "dinar", "lev", "leva", "leu", "lek", "denar", "nakfa", "ouguiya", "zloty", "koruna", "kwacha", "kwanza",
    "taka",
})
