"""Fixtures shared by unit and integration tests."""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real English model, loaded once for the whole run."""
    from services.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Seed articles by their three-digit prefix ("000" ... "004")."""
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
