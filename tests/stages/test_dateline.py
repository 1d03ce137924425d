"""dateline: place and agency cut from the lead as an edit; sentences that only look similar are left."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.stages.dateline import parse_dateline

STAGES = Pipeline(["segment", "credit", "dateline"])


@pytest.mark.parametrize(
    ("lead", "place", "agency"),
    [
        ("ATHENS (Reuters) - Greece said on Monday it would raise the minimum wage.", "ATHENS", "Reuters"),
        ("BERLIN, 3. März (dpa) – Die Bundesregierung hat am Montag ein Gesetz beschlossen.", "BERLIN", "dpa"),
        ("Berlin (dpa) - Die Regierung hat am Montag ein neues Gesetz beschlossen.", "Berlin", "dpa"),
        ("Musterstadt (ots) - Die Polizei sucht Zeugen eines Unfalls am Montag.", "Musterstadt", "ots"),
        ("Bonn (kna) – Die Bischöfe beraten in dieser Woche über die Reform.", "Bonn", "kna"),
        ("PARIS, 3 mars (AFP) - Le gouvernement a annoncé lundi une nouvelle loi.", "PARIS", "AFP"),
        ("WASHINGTON — The Senate voted on Tuesday to pass the spending bill.", "WASHINGTON", None),
        ("ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση ανακοίνωσε νέα μέτρα τη Δευτέρα.", "ΑΘΗΝΑ", "ΑΠΕ-ΜΠΕ"),
    ],
)
def test_datelines(lead: str, place: str, agency: str | None) -> None:
    found = parse_dateline(lead)
    assert found is not None and found[0] == place and found[1] == agency


@pytest.mark.parametrize(
    "lead",
    ["Berlin - the city is big and has many parks, said the mayor on Monday.",
     "UPDATE: The storm has passed over the island and the roads are open again.",
     "The government said on Monday it would raise the minimum wage."],
)
def test_not_datelines(lead: str) -> None:
    assert parse_dateline(lead) is None


def test_stage_keeps_the_sentence_and_records_an_edit() -> None:
    lead = "ATHENS (Reuters) - Greece said on Monday it would raise the minimum wage next year."
    doc = STAGES.run(f"Greece to raise the minimum wage\n\n{lead}")
    assert doc.extra["dateline"] == "ATHENS"
    assert doc.credit == "Reuters"
    assert doc.paragraph_texts[-1] == "Greece said on Monday it would raise the minimum wage next year."
    (edit,) = doc.edits
    assert edit.stage == "dateline" and edit.before == lead and edit.reason
    assert doc.restore_paragraphs()[-1] == lead


@pytest.mark.parametrize(("line", "place", "agency"), [
    ("Musterstadt (ots)", "Musterstadt", "ots"), ("BERLIN (dpa) -", "BERLIN", "dpa"),
    ("Hamburg, 3. März (dpa/lno)", "Hamburg", "dpa/lno"),
])
def test_a_dateline_on_its_own_line_above_the_lead_is_taken_out(line: str, place: str, agency: str) -> None:
    lead = "Unbekannte sind in der Nacht zum Dienstag in eine Lagerhalle eingebrochen, teilte die Polizei mit."
    doc = STAGES.run(f"Einbruch in Lagerhalle: Polizei sucht Zeugen\n\n{line}\n\n{lead}")
    assert doc.extra["dateline"] == place and doc.credit == agency
    assert doc.paragraph_texts[-1] == lead
    assert [(r.text, r.stage) for r in doc.removals] == [(line, "dateline")]


def test_a_place_alone_above_the_lead_is_a_heading() -> None:
    lead = "Unbekannte sind in der Nacht zum Dienstag in eine Lagerhalle eingebrochen, teilte die Polizei mit."
    doc = STAGES.run(f"Einbruch in Lagerhalle: Polizei sucht Zeugen\n\nMusterstadt\n\n{lead}")
    assert "dateline" not in doc.extra and "Musterstadt" in doc.paragraph_texts


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ATHENS (Reuters)-–, 3.März dpa the said")), max_size=120))
def test_edit_only_removes_a_prefix(lead: str) -> None:
    doc = STAGES.run(lead)
    for edit in doc.edits:
        assert edit.before.endswith(edit.after)


def test_pathological_is_fast() -> None:
    import time

    for line in ("A " * 50000, "ATHENS " + "(" * 50000, "A-" * 50000 + " x"):
        start = time.perf_counter()
        parse_dateline(line)
        STAGES.run(line)
        assert time.perf_counter() - start < 1.0
