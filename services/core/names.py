"""The folded form of a name that entity ids and the entity search compare."""
from __future__ import annotations

import re
import unicodedata


def normalise_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name, for ids and matching."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w]+", " ", text.casefold())
    return " ".join(text.split())
