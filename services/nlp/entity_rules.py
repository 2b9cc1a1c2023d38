"""Word lists behind the entity post-processing rules in `services.nlp.entities`."""
from __future__ import annotations

# Numeric and temporal labels: kept as mentions, grouped only by their exact text.
NUMERIC_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})

# Labels of things a reader would call "a name": people, organisations, places, ...
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)

# Names whose spans never carry numbers at their edges ("286 Miguel Angel Jimenez", "Tolley 4-68");
# events, products, laws and works keep them ("Euro 96", "Windows 95", "Flight 150").
NUMBERLESS_LABELS = frozenset({"PERSON", "GPE", "NORP", "LANGUAGE", "ORG", "LOC"})

# Labels whose spans start and end with a capitalised word: the model sometimes adds a
# descriptor ("Interfax news agency", "defence secretary John Healey") that is not the name.
CAPITALISED_EDGE_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})

# Leading words that are not part of a name: articles. Titles ("The Times") keep theirs.
LEADING_ARTICLES = frozenset({"the", "a", "an"})
ARTICLE_KEEPING_LABELS = frozenset({"WORK_OF_ART"})

# Possessive endings as spaCy tokenises them ("Germany" + "’s").
POSSESSIVES = frozenset({"'s", "’s", "'", "’", "`s"})

# Tokens between two names that a name cannot contain: "Birmingham v Barnsley", "Lithuania - Gleveckas".
SEPARATORS = frozenset({"v", "v.", "vs", "vs.", "versus", "-", "–", "—", "--", ",", ";", ":", "/", "|", "(", ")"})

# Lower-case particles that belong to a person's name ("Ludwig van Beethoven", "Charles de Gaulle").
NAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "al", "el", "bin", "ibn",
     "ben", "ter", "ten", "dos", "das", "y", "zu", "af", "st", "st."}
)

# Titles and honorifics stripped from the front of a PERSON span when the model includes them.
PERSON_TITLES = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord",
     "lady", "president", "minister", "secretary", "senator", "sen.", "rep.", "gen.", "general", "judge",
     "king", "queen", "prince", "princess", "pope", "chancellor", "premier", "governor", "gov.", "mayor"}
)
