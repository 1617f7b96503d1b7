"""The pyannote.audio 4 diarizer (pipeline/diarize/pyannote.py).

The gated community-1 weights are not available here, so a pipeline folder of the
same layout is built once per session from freshly initialised models
(benchmarks/pyannote_fixture.py) and pyannote's real loading and inference code runs on
it, offline. Random weights find meaningless speakers: these tests check the
mechanics (offline loading, in-memory audio, a valid exclusive Diarization,
speaker-count arguments passed through, errors), never accuracy.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
import yaml
from conftest import block_network

from benchmarks.pyannote_fixture import build_test_pipeline
from pipeline.diarize import make_diarizer
from pipeline.diarize.pyannote import HUB_ID, PyannoteDiarizer, exclusive_turns
from pipeline.errors import ConfigError, ModelError
from pipeline.schema import Audio, Diarization, SpeakerTurn
from pipeline.stages import Diarizer

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "ot_session_01.flac"
EXCERPT_S = 30
LABEL = re.compile(r"^SPEAKER_\d{2}$")


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def pipeline_folder(tmp_path_factory) -> Path:
    pytest.importorskip("pyannote.audio")
    return build_test_pipeline(tmp_path_factory.mktemp("pyannote") / "community-1-random")


@pytest.fixture(scope="session")
def excerpt() -> Audio:
    from pipeline.audio import load

    full = load(SAMPLE, isolate=False)
    n = EXCERPT_S * full.sample_rate
    return Audio(samples=full.samples[:n].copy(), sample_rate=full.sample_rate, duration=n / full.sample_rate,
                 sha256=full.sha256, source_format=full.source_format)


@pytest.fixture(scope="module")
def run(pipeline_folder, excerpt) -> dict:
    """Load the pipeline and diarize the excerpt twice (free, then num_speakers=2), once for
    the whole module, with the network blocked, pyannote's apply() and telemetry spied on."""
    from pyannote.audio.pipelines.speaker_diarization import SpeakerDiarization
    from pyannote.audio.telemetry import metrics

    applied: list[dict] = []
    spans: list[str] = []
    real_apply = SpeakerDiarization.apply

    def apply_spy(self, file, **kwargs):
        applied.append({"keys": set(file), "waveform_shape": tuple(file["waveform"].shape),
                        "sample_rate": file["sample_rate"], "kwargs": kwargs})
        return real_apply(self, file, **kwargs)

    class TracerSpy:
        def start_as_current_span(self, name, *a, **k):
            spans.append(name)
            raise AssertionError("pyannote telemetry span started")

    with pytest.MonkeyPatch.context() as mp:
        attempts = block_network(mp)
        mp.setattr(SpeakerDiarization, "apply", apply_spy)
        mp.setattr(metrics, "tracer", TracerSpy())
        d = PyannoteDiarizer(model=str(pipeline_folder), device="auto", num_threads=1)
        free = d.diarize(excerpt)
        two = d.diarize(excerpt, num_speakers=2)
    return {"diarizer": d, "free": free, "two": two, "applied": applied, "spans": spans,
            "attempts": attempts}


def _assert_valid(diar: Diarization, duration: float) -> None:
    assert isinstance(diar, Diarization)
    turns = diar.turns
    for t in turns:
        assert isinstance(t, SpeakerTurn)
        assert 0.0 <= t.start < t.end <= duration + 1e-6
        assert LABEL.match(t.speaker)
    for a, b in zip(turns, turns[1:]):
        assert a.end <= b.start + 1e-9, "turns overlap or are out of order"
    first_seen: list[str] = []
    for t in turns:
        if t.speaker not in first_seen:
            first_seen.append(t.speaker)
    assert first_seen == [f"SPEAKER_{i:02d}" for i in range(len(first_seen))]
    assert Diarization.from_dict(diar.to_dict()) == diar


# ---------------------------------------------------------- real pipeline


@pytest.mark.integration
def test_loads_offline_and_returns_a_valid_exclusive_diarization(run, excerpt, pipeline_folder):
    import pyannote.audio
    import torch

    free = run["free"]
    _assert_valid(free, excerpt.duration)
    assert free.turns, "random weights still mark some speech in 30 s of dialogue"
    m = free.model
    assert m["backend"] == "pyannote" and m["source"] == "folder"
    assert m["name"] == pipeline_folder.name  # the folder's name, never its full path
    assert m["pipeline"] == "pyannote.audio.pipelines.SpeakerDiarization"
    assert m["pyannote.audio"] == pyannote.audio.__version__ and m["torch"] == torch.__version__
    assert m["device"] == ("cuda" if torch.cuda.is_available() else "cpu")
    assert m["output"] == "exclusive"
    assert m["num_speakers"] is None


@pytest.mark.integration
def test_num_speakers_is_passed_to_pyannote_and_bounds_the_result(run, excerpt):
    two = run["two"]
    _assert_valid(two, excerpt.duration)
    assert [a["kwargs"] for a in run["applied"]] == [{}, {"num_speakers": 2}]
    # pyannote forces exactly 2 clusters (KMeans after VBx) and caps the speakers at 2: "at
    # most 2" holds for any weights; the fixture's seeded models do give 2
    assert len(two.speakers) == 2
    assert two.model["num_speakers"] == 2


@pytest.mark.integration
def test_audio_goes_in_memory_and_nothing_leaves_the_machine(run):
    assert run["attempts"] == [], f"network access attempted: {run['attempts']}"
    assert run["spans"] == []
    assert os.environ["PYANNOTE_METRICS_ENABLED"].lower() in ("0", "false")
    from pyannote.audio.telemetry.metrics import is_metrics_enabled

    assert not is_metrics_enabled()
    for a in run["applied"]:
        assert "audio" not in a["keys"]  # never a path
        assert a["waveform_shape"] == (1, EXCERPT_S * 16000) and a["sample_rate"] == 16000


@pytest.mark.integration
def test_empty_audio_gives_no_turns(run):
    d = run["diarizer"]
    empty = Audio(samples=np.zeros(0, np.float32), sample_rate=16000, duration=0.0, sha256="0" * 64)
    assert d.diarize(empty).turns == ()


def test_the_factory_makes_it_and_it_is_a_diarizer():
    d = make_diarizer("pyannote", model="/models/speaker-diarization-community-1", device="cpu")
    assert isinstance(d, PyannoteDiarizer) and isinstance(d, Diarizer) and d.name == "pyannote"


@pytest.mark.gpu
def test_auto_device_uses_cuda_when_present(request, excerpt):
    torch = pytest.importorskip("torch")
    if not torch.cuda.is_available():
        pytest.skip("no CUDA device")
    d = PyannoteDiarizer(model=str(request.getfixturevalue("pipeline_folder")))
    diar = d.diarize(excerpt, min_speakers=1, max_speakers=3)
    assert diar.model["device"].startswith("cuda")
    _assert_valid(diar, excerpt.duration)


# --------------------------------------------------------------- errors


def test_no_model_says_how_to_get_one():
    with pytest.raises(ModelError, match="no pyannote pipeline given.*accept the user conditions"):
        PyannoteDiarizer(model=None).load()


def test_missing_folder_says_how_to_get_it(tmp_path, no_network):
    with pytest.raises(ModelError) as e:
        PyannoteDiarizer(model=str(tmp_path / "speaker-diarization-community-1")).load()
    msg = str(e.value)
    assert "does not exist" in msg
    assert f"https://hf.co/{HUB_ID}" in msg and "accept the user conditions" in msg
    assert "token" in msg and "copy that folder" in msg
    assert no_network == []


def test_folder_without_config_is_refused(tmp_path):
    with pytest.raises(ModelError, match="not a pyannote pipeline folder.*config.yaml"):
        PyannoteDiarizer(model=str(tmp_path)).load()


def test_hub_id_without_allow_download_downloads_nothing(tmp_path, monkeypatch, no_network):
    import huggingface_hub

    calls: list[dict] = []
    real = huggingface_hub.snapshot_download

    def spy(repo_id, **kw):
        calls.append(kw)
        return real(repo_id, **kw)

    monkeypatch.setattr(huggingface_hub, "snapshot_download", spy)
    d = PyannoteDiarizer(model=HUB_ID, cache_dir=str(tmp_path / "hub"))  # an empty hub cache
    with pytest.raises(ModelError, match="not available offline.*nothing was downloaded.*accept the user"):
        d.load()
    assert calls and all(c.get("local_files_only") for c in calls)  # only the local cache was read
    assert no_network == []
    assert not (tmp_path / "hub").exists() or not any((tmp_path / "hub").rglob("*.yaml"))


def test_allow_download_without_a_token_is_refused(tmp_path, monkeypatch, no_network):
    import huggingface_hub

    monkeypatch.delenv("HF_TOKEN", raising=False)
    calls: list[dict] = []
    real = huggingface_hub.snapshot_download
    monkeypatch.setattr(huggingface_hub, "snapshot_download",
                        lambda repo_id, **kw: calls.append(kw) or real(repo_id, **kw))
    d = PyannoteDiarizer(model=HUB_ID, allow_download=True, cache_dir=str(tmp_path / "hub"))
    with pytest.raises(ModelError, match="needs a Hugging Face token"):
        d.load()
    assert all(c.get("local_files_only") for c in calls)
    assert no_network == []


def _copy(folder: Path, dest: Path, skip: str | None = None) -> Path:
    shutil.copytree(folder, dest, ignore=(lambda d, names: [skip] if skip in names else []) if skip else None)
    return dest


def test_missing_checkpoint_names_it(pipeline_folder, tmp_path, no_network):
    bad = _copy(pipeline_folder, tmp_path / "p", skip="embedding")
    with pytest.raises(ModelError, match="has no 'embedding'.*copy the complete folder"):
        PyannoteDiarizer(model=str(bad)).load()
    (bad / "embedding").mkdir()
    with pytest.raises(ModelError, match="embedding folder 'embedding' lacks pytorch_model.bin"):
        PyannoteDiarizer(model=str(bad)).load()
    assert no_network == []


def test_corrupt_checkpoint_is_a_model_error(pipeline_folder, tmp_path, no_network):
    bad = _copy(pipeline_folder, tmp_path / "p")
    (bad / "segmentation" / "pytorch_model.bin").write_bytes(b"not a checkpoint")
    with pytest.raises(ModelError, match="could not load the pyannote pipeline 'p'"):
        PyannoteDiarizer(model=str(bad)).load()
    assert no_network == []


def test_invalid_config_is_a_model_error(tmp_path):
    (tmp_path / "config.yaml").write_text("pipeline: [unclosed\n")
    with pytest.raises(ModelError, match="config.yaml cannot be read"):
        PyannoteDiarizer(model=str(tmp_path)).load()
    (tmp_path / "config.yaml").write_text("params: {}\n")
    with pytest.raises(ModelError, match="no `pipeline: name:` entry"):
        PyannoteDiarizer(model=str(tmp_path)).load()


def test_config_that_points_at_the_hub_fails_without_trying_it(pipeline_folder, tmp_path, no_network):
    """A 3.1-style config (sub-models as hub ids, no PLDA) cannot be loaded offline."""
    folder = _copy(pipeline_folder, tmp_path / "p31")
    config = {
        "version": "3.1.0",
        "pipeline": {"name": "pyannote.audio.pipelines.SpeakerDiarization", "params": {
            "clustering": "AgglomerativeClustering",
            "embedding": "embedding/pytorch_model.bin",  # relative to the folder: fine
            "segmentation": "pyannote/segmentation-3.0",
        }},
        "params": {"clustering": {"method": "centroid", "min_cluster_size": 12, "threshold": 0.70},
                   "segmentation": {"min_duration_off": 0.0}},
    }
    (folder / "config.yaml").write_text(yaml.safe_dump(config))
    d = PyannoteDiarizer(model=str(folder), cache_dir=str(tmp_path / "hub"))
    with pytest.raises(ModelError, match="segmentation from the hub .'pyannote/segmentation-3.0'"):
        d.load()
    config["pipeline"]["params"]["segmentation"] = str(folder / "segmentation")
    (folder / "config.yaml").write_text(yaml.safe_dump(config))
    with pytest.raises(ModelError, match="names no 'plda'.*plda: \\$model/plda"):
        d.load()
    assert no_network == []


def test_a_3_1_style_config_with_local_paths_loads(pipeline_folder, tmp_path, no_network):
    folder = _copy(pipeline_folder, tmp_path / "p31")
    config = {
        "version": "3.1.0",
        "pipeline": {"name": "pyannote.audio.pipelines.SpeakerDiarization", "params": {
            "clustering": "AgglomerativeClustering",
            "embedding": "embedding/pytorch_model.bin",
            "segmentation": str(folder / "segmentation" / "pytorch_model.bin"),
            "plda": "plda",
        }},
        "params": {"clustering": {"method": "centroid", "min_cluster_size": 12, "threshold": 0.70},
                   "segmentation": {"min_duration_off": 0.0}},
    }
    (folder / "config.yaml").write_text(yaml.safe_dump(config))
    d = PyannoteDiarizer(model=folder, device="cpu")
    d.load()
    assert d.describe()["clustering"] == "AgglomerativeClustering"
    assert no_network == []


def test_speaker_counts_and_device_are_checked_before_loading():
    d = PyannoteDiarizer(model="/nonexistent/folder")
    audio = Audio(samples=np.zeros(16000, np.float32), sample_rate=16000, duration=1.0, sha256="0" * 64)
    with pytest.raises(ConfigError, match="num_speakers must be"):
        d.diarize(audio, num_speakers=0)
    with pytest.raises(ConfigError, match="min_speakers .3. is more than max_speakers .2."):
        d.diarize(audio, min_speakers=3, max_speakers=2)
    with pytest.raises(ConfigError, match="device = .gpu0. is not a valid value"):
        PyannoteDiarizer(model="x", device="gpu0")


# ------------------------------------------------------ turn normalisation


def test_exclusive_turns_resolves_overlaps_clips_and_relabels():
    tracks = [
        (4.0, 8.0, 7),  # overlaps the first: the later starter holds the floor from 4.0
        (-0.5, 5.0, "B"),
        (9.0, 12.0, "B"),
        (12.0, 13.0, "B"),  # touches the previous one: joined
        (11.0, 11.5, 7),  # inside a B turn: takes 11.0-11.5, B resumes after
        (14.0, 20.0, "C"),  # clipped at the end of the audio
        (15.5, 16.0, "D"),  # after the end: dropped
    ]
    got = [(t.start, t.end, t.speaker) for t in exclusive_turns(tracks, duration=15.0)]
    assert got == [
        (0.0, 4.0, "SPEAKER_00"),
        (4.0, 8.0, "SPEAKER_01"),
        (9.0, 11.0, "SPEAKER_00"),
        (11.0, 11.5, "SPEAKER_01"),
        (11.5, 13.0, "SPEAKER_00"),
        (14.0, 15.0, "SPEAKER_02"),
    ]


def test_exclusive_turns_keeps_already_exclusive_input():
    tracks = [(0.5, 1.0, "x"), (1.0, 2.0, "y"), (2.5, 3.0, "x")]
    got = [(t.start, t.end, t.speaker) for t in exclusive_turns(tracks, duration=3.0)]
    assert got == [(0.5, 1.0, "SPEAKER_00"), (1.0, 2.0, "SPEAKER_01"), (2.5, 3.0, "SPEAKER_00")]
