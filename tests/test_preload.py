"""Tables shared by worker processes: langdetect's profiles, compacted, detect exactly as before."""

from __future__ import annotations

from array import array

import langdetect
from langdetect import DetectorFactory

from newsclean.stages.language import compact_profiles

SAMPLES = [
    "The city council voted on Tuesday to close the old bridge for repairs until the spring.",
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke bis zum Frühjahr zu sperren.",
    "Le conseil municipal a voté mardi la fermeture du vieux pont jusqu'au printemps.",
    "El ayuntamiento votó el martes cerrar el viejo puente hasta la primavera.",
    "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κλείσει την παλιά γέφυρα μέχρι την άνοιξη.",
    "Городской совет во вторник проголосовал за закрытие старого моста до весны.",
    "市議会は火曜日、古い橋を春まで閉鎖することを決めた。",
]


def _probabilities(factory: DetectorFactory) -> list[list[tuple[str, float]]]:
    out = []
    for text in SAMPLES:
        detector = factory.create()
        detector.seed = 0
        detector.append(text)
        out.append([(p.lang, p.prob) for p in detector.get_probabilities()])
    return out


def test_compacted_profiles_give_exactly_the_same_probabilities() -> None:
    factory = DetectorFactory()
    factory.load_profile(langdetect.detector_factory.PROFILES_DIRECTORY)
    before = _probabilities(factory)
    compact_profiles(factory.word_lang_prob_map)
    assert all(isinstance(v, array) for v in factory.word_lang_prob_map.values())
    assert _probabilities(factory) == before
