"""Postal addresses: "Görlitzer Str. 45, 02923 Horka", "123 Main St, Springfield, IL 62704", "12 rue de
Rivoli, 75001 Paris".

Why: a page's contact block prints its address as a short line of capitalised words over the body's first
prose (a club's or a shop's page, a company's footer), which is what a headline looks like to the title
ranker. An address is a street and its house number with a postal code close by; no headline is that.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: The words of a street in the languages the phrase lists cover: German compounds end in one
#: ("Görlitzer Str.", "Hauptstraße"), English and Romance addresses name it apart ("Main St", "rue de …").
_STREET = (r"(?:[A-ZÄÖÜ][\wäöüß.-]*(?:stra(?:ss|ß)e|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee)"
           r"|Stra(?:ss|ß)e|Str\.|Weg|Gasse|Allee|Platz"
           r"|Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Suite|Ste\.?"
           r"|rue|avenue|boulevard|chemin|place|via|viale|piazza|calle|avenida|rua|straat|laan|plein|gatan|vägen)")
_ADDRESS = re.compile(
    # the street, its number, the postal code within a few words: "Görlitzer Str. 45, Horka /OL, 02923"
    rf"{_STREET}\s+\d{{1,4}}[a-z]?\b.{{0,40}}?\b\d{{4,5}}\b"
    # the number first, a state's two letters and a ZIP code: "123 Main St, Springfield, IL 62704"
    rf"|\b\d{{1,5}}\s+(?:[A-Z][\w.'-]*\s+){{1,4}}{_STREET}\b.{{0,40}}?\b[A-Z]{{2}}\s+\d{{5}}\b"
    # the number, then the street word: "12 rue de Rivoli, 75001 Paris"
    rf"|\b\d{{1,4}},?\s+{_STREET}\s.{{0,40}}?\b\d{{5}}\b"
    # the street word, its name, the number: "Via Roma 12, 00184 Roma", "Calle Mayor 5, 28013 Madrid"
    r"|\b(?:Via|Viale|Piazza|Calle|Avenida|Rua|Rue|Avenue|Boulevard|Place)\s+(?:[\w'.-]+\s+){1,4}\d{1,4}[a-z]?\b"
    r".{0,40}?\b\d{4,5}\b"
)
#: Longer lines are sentences or contact blocks run together, not an address line.
MAX_ADDRESS_CHARS = 120


@lru_cache(maxsize=4096)
def is_postal_address(text: str) -> bool:
    """Whether the short line holds a postal address (a street with its number and a postal code)."""
    return len(text) <= MAX_ADDRESS_CHARS and any(ch.isdigit() for ch in text) and _ADDRESS.search(text) is not None
