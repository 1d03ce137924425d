"""addresses: postal address lines, never a headline."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.addresses import MAX_ADDRESS_CHARS, is_postal_address
from newsclean.titlemodel import candidates


@pytest.mark.parametrize("line", [
    "Görlitzer Str. 45, Horka /OL, 02923",
    "Hauptstraße 12, 10115 Berlin",
    "Ascom (Holding) AG, Zugerstrasse 32, CH-6340 Baar Switzerland",
    "123 Main St, Springfield, IL 62704",
    "1825 I Street NW, Suite 800, Washington, DC 20006",
    "12 rue de Rivoli, 75001 Paris",
    "Via Roma 12, 00184 Roma",
    "Calle Mayor 5, 28013 Madrid",
])
def test_addresses(line: str) -> None:
    assert is_postal_address(line)


@pytest.mark.parametrize("line", [
    "Stadtrat beschließt drei neue Buslinien für 2025",
    "10 Best Moving Companies in New York (2025 Reviews)",
    "The 5 steps of a home solar panel installation",
    "Main Street reopens after 2 years of works, 12000 visitors expected",
    "Görlitzer Str. 45",  # a street alone, no postal code: could be anything's
])
def test_not_addresses(line: str) -> None:
    assert not is_postal_address(line)


@given(st.text(max_size=300))
def test_never_crashes_and_long_lines_are_no_address(text: str) -> None:
    found = is_postal_address(text)
    assert not found or len(text) <= MAX_ADDRESS_CHARS


def test_an_address_over_the_prose_is_no_headline_candidate() -> None:
    lead = ("Die historische Wehranlage in Horka braucht Ihre Hilfe, denn das Dach der Kirche muss in diesem "
            "Jahr erneuert werden, und der Verein sammelt dafür Spenden.")
    texts = ["Startseite", "Verein", "Kontakt", "Görlitzer Str. 45, Horka /OL, 02923", lead, lead]
    assert 3 not in candidates(texts).positions
