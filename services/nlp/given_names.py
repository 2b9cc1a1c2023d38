"""A person's gender as their given name tells it, from the name lists of the gender-guesser package."""
from __future__ import annotations

import functools
import unicodedata

from gender_guesser.detector import Detector

from services.nlp.doctext import SMALL_WORD_CACHE, WORD_CACHE

# Countries whose answer must not contradict the worldwide one: news here is in English, where "Jean" and "Jan"
# are mostly women's names though worldwide men's.
_ENGLISH_SPEAKING = ("great_britain", "usa")
_OPPOSITE = {"male": ("female", "mostly_female"), "female": ("male", "mostly_male")}


@functools.cache
def _detector() -> Detector:
    return Detector(case_sensitive=False)  # reads its name list once (~0.3 s)


def _unaccented(word: str) -> str:
    """The word without its accents: the lists hold "Micheal" and "Eamon", the Irish press writes "Micheál",
    "Éamon"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


# Given names of South Asian public life that gender-guesser's lists lack, "male" or "female" ("Akhilesh Yadav",
# "Shehbaz Sharif", "Jagmeet Singh", "Mamata Banerjee"): without them "Akhilesh Yadav said" stays an ORG. Only
# names that are no English word and no usual surname ("Shah", "Mann", "Nath" and "Sheikh" are left out).
_SOUTH_ASIAN = {
    **dict.fromkeys((
        "Aaditya", "Abhishek", "Adhir", "Ahsan", "Akhilesh", "Aleem", "Alpesh", "Amartya", "Amrullah", "Anura",
        "Anurag", "Asaduddin", "Asaduzzaman", "Asfandyar", "Ashwini", "Atal", "Baburam", "Basavaraj", "Bhupender",
        "Bhupendra", "Bhupesh", "Bilawal", "Biren", "Birendra", "Brajesh", "Champai", "Chandrababu", "Chandrashekhar",
        "Chirag", "Dharmendra", "Digvijay", "Digvijaya", "Eknath", "Fakhar", "Fakhrul", "Fazlur", "Gajendra",
        "Gaurav", "Giriraj", "Gotabaya", "Gyanendra", "Hammad", "Hardik", "Hasnat", "Hibatullah", "Himanta", "Humza",
        "Inzamam", "Ishaq", "Jagan", "Jagdeep", "Jagmeet", "Jairam", "Jhalanath", "Jignesh", "Jitan",
        "Jitendra", "Junaid", "Jyotiraditya", "Keshav", "Khadga", "Khawaja", "Kiren", "Lallan", "Lalu", "Mahfuj",
        "Mahinda", "Maithripala", "Mallikarjun", "Manik", "Manmohan", "Mansukh", "Milind", "Moeed", "Mujib", "Namal",
        "Narendra", "Nasrul", "Nayab", "Nitin", "Nitish", "Obaidul", "Parvesh", "Pashupati", "Pervaiz", "Piyush",
        "Pralhad", "Pranab", "Prithviraj", "Pushkar", "Raghuram", "Rajnath", "Randeep", "Ranil", "Ravneet", "Revanth",
        "Rishi", "Sadiq", "Sajeeb", "Sajith", "Sambit", "Sarbananda", "Sarfraz", "Sarjis", "Sartaj",
        "Saurabh", "Shafiqur", "Shafqat", "Shailesh", "Shaktikanta", "Shatrughan", "Shehbaz", "Shehryar", "Shehzad",
        "Shivraj", "Shoaib", "Shujaat", "Sirajuddin", "Sitaram", "Sukanta", "Surendra", "Suvendu", "Tarique",
        "Tejashwi", "Tejasvi", "Touhid", "Tshering", "Uddhav", "Udhayanidhi", "Upendra", "Urjit", "Venkaiah",
        "Virendra", "Yousaf", "Zubair", "Zulfi", "Zunaid",
        # and of its sport ("Sourav Ganguly said" was an organisation): cricketers, golfers, shooters
        "Abhinav", "Ajinkya", "Cheteshwar", "Dasun", "Jasprit", "Kusal", "Mushfiqur", "Rishabh", "Rohit", "Shakib",
        "Shubhankar", "Shubman", "Sourav", "Virat", "Wanindu", "Yashasvi", "Yuzvendra"), "male"),
    **dict.fromkeys((
        "Akshata", "Aleema", "Anandiben", "Anupriya", "Apsana", "Aseefa", "Azma", "Bakhtawar", "Bardish", "Benazir",
        "Chandrika", "Droupadi", "Fahmida", "Harini", "Hina", "Kangana", "Kemi", "Khaleda", "Mamata", "Marriyum",
        "Mehbooba", "Rabri", "Rushanara", "Sania", "Shabnam", "Shamima", "Suella", "Supriya", "Tasnim",
        "Zartaj",
        "Harmanpreet", "Jhulan", "Mithali", "Saina", "Shafali"), "female"),
}
# Given names of Irish, Welsh and European public life that the lists lack ("Paschal Donohoe", "Carwyn Jones",
# "Nicușor Dan"): without them "Fine Gael's Paschal Donohoe" was an organisation. As above, no English word and no
# usual surname ("Pearse" is left out).
_EUROPEAN = {
    **dict.fromkeys(("Paschal", "Darach", "Lorcan", "Caoimhghín", "Carwyn", "Mabon", "Múte", "Nicușor", "Gitanas",
                     "Krišjānis", "Nicos"), "male"),
    **dict.fromkeys(("Liadh", "Mererid", "Evika", "Évika"), "female"),
}
# Given names of African, American and Australasian sport that the lists lack ("Eliud Kipchoge" was a place,
# "Draymond Green" and "Handre Pollard" organisations): as above, no English word ("Caster", "Bam") and no usual
# surname.
_SPORT = {
    **dict.fromkeys((
        "Eliud", "Kenenisa", "Selemon", "Yomif",  # East African runners
        "Akani", "Cheslin", "Eben", "Faf", "Handre", "Lukhanyo", "Makazole",  # South African rugby and cricket
        "Davante", "Draymond", "Jaire", "Jrue", "Kawhi", "Mecole", "Saquon", "Tyreek",  # American football, basketball
        "Kurtley", "Quade", "Taniela", "Uini",  # Australian and Pacific rugby
        "Thady",  # Irish racing
        "Gerwyn", "Kyren"), "male"),  # darts and snooker ("Gerwyn Price beat Michael Smith 6-2": no one at all)
    **dict.fromkeys(("Genzebe", "Letesenbet", "Tigst", "Tirunesh",  # East African runners
                     "Iga"), "female"),  # tennis ("Iga Swiatek lost to Rybakina": the rival was a body)
}
_OURS = {**_SOUTH_ASIAN, **_EUROPEAN, **_SPORT}


def _listed_gender(detector: Detector, name: str, country: str | None = None) -> str:
    """The lists' answer for the name as written, else for it without accents, else ours (`_SOUTH_ASIAN`,
    `_EUROPEAN`, `_SPORT`, worldwide only: no country's list, Britain's included, knows them)."""
    found = detector.get_gender(name, country)
    plain = _unaccented(name)
    found = detector.get_gender(plain, country) if found == "unknown" and plain != name else found
    return _OURS.get(name.title(), "unknown") if found == "unknown" and country is None else found


@functools.lru_cache(maxsize=SMALL_WORD_CACHE)
def gender_of(given_name: str) -> str | None:
    """"m" or "f" when the name is clearly a man's or a woman's (also in Britain and the US), else None."""
    if not given_name.isalpha():
        return None
    detector = _detector()
    found = _listed_gender(detector, given_name)
    if found not in _OPPOSITE:  # mostly_, andy (either) or unknown
        return None
    if any(_listed_gender(detector, given_name, country) in _OPPOSITE[found] for country in _ENGLISH_SPEAKING):
        return None
    return "m" if found == "male" else "f"


@functools.lru_cache(maxsize=WORD_CACHE)
def is_firm(given_name: str) -> bool:
    """False for a name `gender_of` gives a gender that some country's list gives the other ("Dara", a man's name in
    Ireland; "Andrea" and "Nicola", in Italy) or that Britain's or the US's gives either: better evidence, an
    honorific ("Mr Calleary"), should win over it."""
    found = gender_of(given_name)
    if found is None:
        return False
    detector, opposite = _detector(), _OPPOSITE["male" if found == "m" else "female"]
    if any(_listed_gender(detector, given_name, country) == "andy" for country in _ENGLISH_SPEAKING):
        return False
    return not any(_listed_gender(detector, given_name, country) in opposite for country in detector.COUNTRIES)


@functools.lru_cache(maxsize=SMALL_WORD_CACHE)
def is_given_name(word: str) -> bool:
    """True when `word` is a given name anywhere, a man's, a woman's or either ("Leslie", "Andrea")."""
    return word.isalpha() and _listed_gender(_detector(), word) != "unknown"


def is_english_given_name(word: str) -> bool:
    """A given name of one gender both in Britain's and in the US's lists ("Harry", "Wendy"); not one listed for
    either there or unknown in one of them, as firms' names are ("Meta", "Murdoch", "Dell")."""
    found = {_listed_gender(_detector(), word, country) for country in _ENGLISH_SPEAKING} if word.isalpha() else set()
    return bool(found) and (found <= {"male", "mostly_male"} or found <= {"female", "mostly_female"})
