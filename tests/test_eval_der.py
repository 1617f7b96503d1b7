"""DER / JER on hand-made references, RTTM reading and writing, and `scribe eval diarization`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import SAMPLES

from pipeline.errors import ConfigError
from pipeline.evaluate.der import evaluate_diarization, find_audio, read_rttm, read_rttms, score_file, to_rttm
from pipeline.schema import Diarization, SpeakerTurn

REF = [SpeakerTurn(0.0, 10.0, "A"), SpeakerTurn(10.0, 20.0, "B")]


def test_perfect_hypothesis_scores_zero():
    s = score_file("f", REF, list(REF), duration=30.0)
    assert s.der == 0.0 and s.jer == 0.0 and s.count_error == 0
    assert s.reference_seconds == pytest.approx(20.0)


def test_label_names_do_not_matter():
    hyp = [SpeakerTurn(0.0, 10.0, "SPEAKER_01"), SpeakerTurn(10.0, 20.0, "SPEAKER_00")]
    s = score_file("f", REF, Diarization(tuple(hyp)), duration=30.0)
    assert s.der == pytest.approx(0.0) and s.jer == pytest.approx(0.0)


def test_one_speaker_missing():
    s = score_file("f", REF, [SpeakerTurn(0.0, 10.0, "X")], duration=30.0)
    assert s.der == pytest.approx(0.5) and s.missed == pytest.approx(0.5)
    assert s.confusion == 0.0 and s.false_alarm == 0.0
    assert s.jer == pytest.approx(0.5)  # A matched perfectly (0), B unmatched (1)
    assert (s.reference_speakers, s.hypothesis_speakers, s.count_error) == (2, 1, -1)


def test_two_speakers_merged_is_confusion():
    s = score_file("f", REF, [SpeakerTurn(0.0, 20.0, "X")], duration=30.0)
    assert s.der == pytest.approx(0.5) and s.confusion == pytest.approx(0.5) and s.missed == 0.0


def test_false_alarm_and_overlap():
    hyp = list(REF) + [SpeakerTurn(22.0, 27.0, "A")]
    s = score_file("f", REF, hyp, duration=30.0)
    assert s.false_alarm == pytest.approx(0.25) and s.der == pytest.approx(0.25)
    assert s.error_seconds["false_alarm"] == pytest.approx(5.0)
    # overlapping reference speech is scored: one exclusive speaker misses the other
    ref = [SpeakerTurn(0.0, 10.0, "A"), SpeakerTurn(5.0, 10.0, "B")]
    s = score_file("g", ref, [SpeakerTurn(0.0, 10.0, "X")], duration=10.0)
    assert s.missed == pytest.approx(5.0 / 15.0)


def test_overall_is_weighted_by_reference_speech():
    report = evaluate_diarization([
        ("a", REF, list(REF), 30.0),  # 20 s of speech, no error
        ("b", [SpeakerTurn(0.0, 5.0, "A")], [], 10.0),  # 5 s, all missed
    ])
    assert [f.der for f in report.files] == [pytest.approx(0.0), pytest.approx(1.0)]
    assert report.der == pytest.approx(5.0 / 25.0)
    assert report.mean_der == pytest.approx(0.5)
    assert report.count_exact == 1
    d = report.to_dict()
    assert d["overall"]["der"] == pytest.approx(0.2) and d["files"][1]["count_error"] == -1
    json.dumps(d)


def test_rttm_round_trip(tmp_path):
    d = Diarization((SpeakerTurn(0.5, 1.25, "SPEAKER_00"), SpeakerTurn(2.0, 3.0, "SPEAKER_01")))
    text = to_rttm("my file", d)
    assert text.splitlines()[0] == "SPEAKER my_file 1 0.500 0.750 <NA> <NA> SPEAKER_00 <NA> <NA>"
    p = tmp_path / "x.rttm"
    p.write_text(text + "\n;; a comment\n")
    assert read_rttm(p) == {"my_file": list(d.turns)}


def test_read_rttms_globs_and_duplicates(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.rttm").write_text(to_rttm(name, REF))
    refs = read_rttms([str(tmp_path / "*.rttm")])
    assert sorted(refs) == ["a", "b"] and refs["a"] == REF
    (tmp_path / "c.rttm").write_text(to_rttm("a", REF))
    with pytest.raises(ConfigError, match="uri 'a'"):
        read_rttms([str(tmp_path / "*.rttm")])
    with pytest.raises(ConfigError, match="no RTTM"):
        read_rttms([str(tmp_path / "nothing*.rttm")])
    (tmp_path / "bad.rttm").write_text("SPEAKER x 1 zero\n")
    with pytest.raises(ConfigError, match="line 1"):
        read_rttm(tmp_path / "bad.rttm")


def test_find_audio_matches_stems():
    refs = read_rttms([str(SAMPLES / "*.rttm")])
    files = find_audio(SAMPLES, refs)
    assert sorted(files) == sorted(refs) and all(p.suffix == ".flac" for p in files.values())
    assert list(find_audio(SAMPLES, refs, "*_02*")) == ["ot_session_02"]


def test_cli_eval_diarization_on_samples(tmp_path):
    from pipeline.cli import main

    out = tmp_path / "report.json"
    res = CliRunner().invoke(main, [
        "eval", "diarization", "--audio-dir", str(SAMPLES), "--rttm", str(SAMPLES / "*.rttm"),
        "--files", "ot_session_01*", "--out", str(out),
    ])
    assert res.exit_code == 0, res.output
    assert "DER %" in res.output and "ot_session_01" in res.output
    assert "overall (1 file," in res.output and "real-time factor" in res.output
    report = json.loads(out.read_text())
    f = report["files"][0]
    assert f["uri"] == "ot_session_01" and f["reference_speakers"] == 3
    assert report["overall"]["der"] < 0.05 and report["overall"]["rtf"] > 0
    assert report["model"]["backend"] == "embedded"


def test_cli_eval_diarization_errors(tmp_path):
    from pipeline.cli import main

    (tmp_path / "x.rttm").write_text(to_rttm("nothing_here", REF))
    res = CliRunner().invoke(main, ["eval", "diarization", "--audio-dir", str(tmp_path),
                                    "--rttm", str(tmp_path / "x.rttm")])
    assert res.exit_code == 2 and "no recording" in res.output
