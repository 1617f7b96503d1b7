"""FHIR R4 export: the Bundle of an approved client's note validates with fhir.resources (R4B), and every
Provenance points at the real times of the segments its item cites."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from clients_helpers import CLIENT, SESSIONS, client_store, note_folder
from fhir.resources.R4B.bundle import Bundle

from pipeline.clients.approve import approve_folder
from pipeline.clients.export import fhir_of_folder
from pipeline.clients.fhir import cited_spans
from pipeline.clients.store import ClientError
from pipeline.config import FhirSettings, Settings
from pipeline.schema import Note, Transcript

BASE = "urn:therapy-scribe:fhir"


@pytest.fixture
def approved(tmp_path: Path):
    """The sample client's three sessions drafted and approved in order; the third session's folder."""
    store = client_store(tmp_path / "data")
    folders = []
    for name in SESSIONS:
        folder = note_folder(store, name, tmp_path / "out")
        approve_folder(folder, "ana", store, confirm_unsupported=True)
        folders.append(folder)
    store.close()
    return tmp_path, folders[-1]


def resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_the_bundle_of_an_approved_note_validates_and_cites_real_times(approved):
    tmp, folder = approved
    text = fhir_of_folder(folder, Settings(), tmp / "data")
    bundle = Bundle.model_validate_json(text)  # the library's own validation of every resource
    assert bundle.type == "document" and bundle.entry[0].resource.get_resource_type() == "Composition"
    data = json.loads(text)
    [composition] = resources(data, "Composition")
    assert composition["type"]["coding"][0] == {"system": "http://loinc.org", "code": "11506-3",
                                                "display": "Progress note"}
    assert composition["status"] == "final" and composition["section"][0]["title"] == "Plan of care"
    [patient] = resources(data, "Patient")
    assert patient["identifier"] == [{"system": "urn:therapy-scribe:client-id", "value": CLIENT}]
    assert "name" not in patient and "Noah" not in text  # the client by its id only

    goals = {g["identifier"][0]["value"]: g for g in resources(data, "Goal") if g.get("identifier")}
    assert set(goals) == {"G1", "G2", "G3"}
    assert all(g["lifecycleStatus"] == "active" for g in goals.values())
    assert goals["G2"]["achievementStatus"]["coding"][0]["code"] == "achieved"  # 5/5 buttons independently
    assert goals["G1"]["achievementStatus"]["coding"][0]["code"] == "improving"  # 45 s, up from 30 s
    assert goals["G1"]["target"][0]["detailQuantity"] == {"value": 60.0, "comparator": ">=", "unit": "s",
                                                         "system": "http://unitsofmeasure.org", "code": "s"}
    proposed = [g for g in resources(data, "Goal") if g["lifecycleStatus"] == "proposed"]
    assert proposed  # the balance beam, not accepted into the plan
    observations = resources(data, "Observation")
    values = sorted((o.get("valueQuantity") or {}).get("value", 0) for o in observations)
    assert 45.0 in values and 10.0 in values
    ratios = [(o["valueRatio"]["numerator"]["value"], o["valueRatio"]["denominator"]["value"])
              for o in observations if "valueRatio" in o]
    assert sorted(ratios) == [(3.0, 5.0), (5.0, 5.0)]
    assert all(o["focus"][0]["reference"].startswith("urn:uuid:") for o in observations)

    transcript = Transcript.from_dict(json.loads((folder / "transcript.json").read_text()))
    times = {s.id: (round(s.start, 3), round(s.end, 3)) for s in transcript.segments}
    note = Note.from_dict(json.loads((folder / "note.json").read_text()))
    provenances = resources(data, "Provenance")
    assert len(provenances) == len(note.items)
    spans = cited_spans(data, BASE)
    assert spans and len(spans) == sum(len(i.evidence) for i in note.items)
    for span in spans:
        assert times[span["segment"]] == (span["start"], span["end"])
    for prov, (sec, i, item) in zip(provenances, [(s.key, i, it) for s in note.sections
                                                  for i, it in enumerate(s.items)], strict=True):
        ext = {x["url"]: x for x in prov["extension"]}[f"{BASE}:note-item"]["extension"]
        assert {x["url"]: list(x.values())[1] for x in ext} == {"section": sec, "index": i, "text": item.text}
        cited = [x["extension"][0]["valueString"] for x in prov["entity"][0].get("extension", [])]
        assert cited == list(item.evidence)
    assert fhir_of_folder(folder, Settings(), tmp / "data") == text  # the same note, the same Bundle


def test_the_clinic_may_put_the_name_in_and_markup_never_goes_through(approved):
    tmp, folder = approved
    raw = json.loads((folder / "note.json").read_text())
    raw["sections"][1]["items"].append({"text": "<script>alert(1)</script> Used tongs & beads.", "evidence": []})
    (folder / "note.json").write_text(json.dumps(raw))
    settings = replace(Settings(), fhir=FhirSettings(patient_name=True, document_code="34131-9",
                                                     document_display="Outpatient note"))
    text = fhir_of_folder(folder, settings, tmp / "data")
    Bundle.model_validate_json(text)
    data = json.loads(text)
    assert resources(data, "Patient")[0]["name"] == [{"text": "Noah B."}]
    assert resources(data, "Composition")[0]["type"]["coding"][0]["code"] == "34131-9"
    assert "<script>" not in text and "\\u003cscript" in text  # raw JSON: no markup
    divs = " ".join(s["text"]["div"] for s in resources(data, "Composition")[0]["section"])
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Used tongs &amp; beads." in divs and "<script>" not in divs


def test_a_draft_is_not_exported(tmp_path: Path):
    store = client_store(tmp_path / "data")
    folder = note_folder(store, SESSIONS[0], tmp_path / "out")
    with pytest.raises(ClientError, match="is a draft: only an approved note is exported; approve it first") as e:
        fhir_of_folder(folder, Settings(), tmp_path / "data")
    assert e.value.status == 409
