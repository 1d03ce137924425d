"""Picture captions that carry a credit: the text a scraper takes from under an image.

A caption is not the article's text, and the credit at its end gives it away in any layout: "Credit: Sam
Schild", "(Photo: Reuters)", "Foto: dpa", "… Photo by Jane Doe", "Sanjeev Verma/Hindustan Times/Getty
Images". The line model misses many of them: a caption is a sentence among sentences. The words are in
:mod:`newsclean.lexicon` (``PICTURE_*``); they are distinctive enough to be used in every language at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .heads import looks_like_name
from .lexicon import (
    PHOTO_AGENCY_CREDITS,
    PICTURE_AGENCIES,
    PICTURE_BY_PREPOSITIONS,
    PICTURE_BY_WORDS,
    PICTURE_CREDIT_WORDS,
)
from .profile import spells_site
from .textutil import alternation

#: Longer lines are paragraphs that happen to end in a credit (kept).
MAX_CAPTION_CHARS = 400
#: The credited name after the label: a name, an agency or "Screenshot from …", not a sentence.
_NAME = r"[^.!?:\n]{2,60}"


_CREDIT_AT_END = re.compile(
    rf"(?:\b(?:{alternation(PICTURE_CREDIT_WORDS)})\s*[:©]\s*{_NAME}"
    rf"|\b(?:{alternation(PICTURE_BY_WORDS)})\s+(?:{alternation(PICTURE_BY_PREPOSITIONS)})\s+{_NAME}"
    rf"|(?:^|[/|])\s*(?:{alternation(PICTURE_AGENCIES)})"
    # an agency's own credit, the photographer after a slash: "(AP Photo/Evan Vucci)", "(REUTERS/Kevin Lamarque)"
    rf"|(?:^|\()\s*(?:{alternation(PHOTO_AGENCY_CREDITS)})(?:\s+(?:photos?|images?|foto))?\s*/\s*{_NAME})"
    r"\s*[)\]]?\s*$",
    re.IGNORECASE,
)
#: Fragments one of which every match holds, lower-cased: most lines are rejected by ``in`` tests alone.
_AGENCY_KEYS = tuple(f"{agency}{tail}" for agency in PHOTO_AGENCY_CREDITS for tail in ("/", " /", " photo"))
_WORDS = {w.lower() for w in (*PICTURE_CREDIT_WORDS, *PICTURE_BY_WORDS, *PICTURE_AGENCIES, *_AGENCY_KEYS)}
_KEYS = tuple(sorted(word for word in _WORDS if not any(other != word and other in word for other in _WORDS)))

#: How much of a line's end can hold its credit: a label, a name of at most 60 characters, brackets.
_END_CHARS = 90
#: What ends a sentence but never a credited name.
_SENTENCE_FINAL = frozenset(".!?…。！？")


def credit_at_end(text: str) -> str | None:
    """The credit that ends a caption line ("Credit: Sam Schild"), or None when the line is none."""
    if len(text) > MAX_CAPTION_CHARS:
        return None
    end = text[-_END_CHARS:].lower()
    if not any(key in end for key in _KEYS):
        return None
    match = _CREDIT_AT_END.search(text)
    return match.group(0).strip(" ()[]/|") if match else None


def caption_credits(texts: Sequence[str], positions: Iterable[int]) -> dict[int, str]:
    """position -> credit for the caption lines among ``texts[pos] for pos in positions``
    (:func:`credit_at_end`). A credit ends in a name, not a full stop: lines that end a sentence are passed
    over before anything else is done with them (most of a body; this runs on every page)."""
    out = {}
    for pos in positions:
        text = texts[pos]
        last = text.rstrip(" )]")[-1:]
        if last and last not in _SENTENCE_FINAL and (credit := credit_at_end(text)):
            out[pos] = credit
    return out


#: A gallery's counter under a picture, with the word that says so ("Bild 1 von 8", "Image 3 of 12", "Foto
#: 2/5"): a bare "4 / 5" may be a rating and is left alone.
_PICTURE_COUNTER = re.compile(
    r"^\s*(?:bild|foto|image|photo|picture|slide|imagen|immagine|afbeelding|zdjęcie|фото|φωτογραφία)\s+"
    r"\d{1,3}\s*(?:von|of|de|di|van|av|z|из|από|/)\s*\d{1,3}\s*$",
    re.IGNORECASE,
)
#: Where an article is split over pages: "Seite 1 von 2", "Page 2 of 3", "Página 1 de 4".
_PAGE_COUNTER = re.compile(
    r"^\s*(?:seite|page|página|pagina|strona|sida|side|страница|σελίδα)\s+"
    r"\d{1,3}\s*(?:von|of|de|di|van|av|z|из|από|/)\s*\d{1,3}\s*$",
    re.IGNORECASE,
)
#: The duration under an embedded audio or video player, with its unit: "03:12 min, aus Echo der Zeit vom
#: 13.03.2024.", "2:45 Min." (a bare "12:30" is a time of day).
_MEDIA_DURATION = re.compile(r"^\s*\d{1,2}:\d{2}\s?(?:min|mins|minuten|minutes|minutos|minuti)\b\.?", re.IGNORECASE)
#: A caption that says it is one, as screen-reader labels print it: "Image caption, The new lanes …", "Media
#: caption, Watch: …", "Bildunterschrift: …".
_LABELLED_CAPTION = re.compile(
    r"^\s*(?:(?:image|media|video|photo|picture) caption|bildunterschrift|légende|pie de foto|didascalia)\s*[,:]\s*\S",
    re.IGNORECASE,
)
#: What an embedded Instagram post prints under it: "A post shared by Patagonia (@patagonia)".
_SHARED_POST = re.compile(r"^\s*(?:a post shared by|ein beitrag geteilt von|une publication partagée par"
                          r"|una publicación compartida por|un post condiviso da)\b", re.IGNORECASE)
#: A teaser for a video, an audio or a picture gallery, as sites print it between paragraphs: its label, its
#: title and its length ("Video: Das sagt der Bürgermeister (2:14 Min.)", "Bildergalerie: 12 Bilder",
#: "Video | 02:14"). The label and the length together: a paragraph may begin "Video:" and tell its story.
_MEDIA_TEASER = re.compile(
    r"^\s*(?:video|videos|audio|podcast|(?:bilder|foto|photo)?gal(?:l)?er(?:ie|y|ía|ia)|fotostrecke|slideshow"
    r"|diaporama|vidéo|vídeo)\s*[:|–—-]\s*(?:[^\n]{0,200}?[\s(|–—-])?"
    r"\(?(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:min|mins|minuten|minutes|minutos|minuti)?\.?"
    r"|\d{1,3}\s+(?:bilder|fotos|photos|images|pictures|slides|immagini|imágenes|foto))\)?\.?\s*$",
    re.IGNORECASE,
)
_MAX_MEDIA_LINE = 400


def media_furniture(texts: Sequence[str], positions: Iterable[int]) -> dict[int, str]:
    """position -> what it is, for captions labelled as such, a gallery's picture counters, an article's page
    counters and media players' duration lines among ``texts[pos] for pos in positions``: the furniture of
    pictures, pages and players, never the article's text."""
    out: dict[int, str] = {}
    for pos in positions:
        text = texts[pos]
        if len(text) > _MAX_MEDIA_LINE or not text.lstrip()[:1].isalnum():
            continue
        if _LABELLED_CAPTION.match(text):
            out[pos] = "a caption labelled as one"
        elif _SHARED_POST.match(text):
            out[pos] = "an embedded social-media post's caption"
        elif _PICTURE_COUNTER.match(text):
            out[pos] = "a picture gallery's counter"
        elif _PAGE_COUNTER.match(text):
            out[pos] = "a page counter of an article split over pages"
        elif _MEDIA_DURATION.match(text):
            out[pos] = "an audio or video player's duration"
        elif _MEDIA_TEASER.match(text):
            out[pos] = "a teaser for a video, an audio or a picture gallery"
    return out


#: A credit line that names the site itself, as the URL spells it: "Jason Cipriani/ZDNet", "Investopedia / Mira
#: Norian", "Photo: John Powers/Consumer Reports", "Image: Move.org" (the site's own photographer or artwork).
_SITE_CREDIT = re.compile(r"^(?P<label>(?:image|photo|picture|credit|illustration|foto|bild|grafik)\s*:\s*)?"
                          r"(?P<a>[^/|:]{2,40}?)(?:\s?/\s?(?P<b>[^/|:]{2,40}))?$", re.IGNORECASE)
MAX_SITE_CREDIT_WORDS = 8


def site_credit(text: str, names: frozenset[str]) -> bool:
    """Whether the short line credits a picture to the site: a person and the site's name with a slash between
    (either order), or a picture label and the site's name alone ("Image: Move.org"). ``names`` are the
    host's names (:func:`newsclean.profile.site_names`)."""
    if not names or len(text.split()) > MAX_SITE_CREDIT_WORDS:
        return False
    found = _SITE_CREDIT.match(text.strip())
    if found is None:
        return False
    a, b = found.group("a").strip(), found.group("b")
    if b is None:
        return found.group("label") is not None and spells_site(a, names)
    b = b.strip()
    return (spells_site(b, names) and looks_like_name(a)) or (spells_site(a, names) and looks_like_name(b))
