"""Diarization error rate (DER) and Jaccard error rate (JER) against reference RTTM files.

Scored with pyannote.metrics: no collar (collar=0.0) and overlapping speech
scored (skip_overlap=False), the strictest setting; speakers are mapped
one-to-one (Hungarian), so label names never matter. Each file is scored over
its whole duration when the duration is given (else over the extent of the
reference and hypothesis). The overall DER is total error time / total
reference speech time across files (the duration-weighted mean), as in
pyannote's ``abs(metric)``.

RTTM: ``SPEAKER <uri> 1 <start> <duration> <NA> <NA> <speaker> <NA> <NA>``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..schema import Diarization, SpeakerTurn

Turns = Sequence[SpeakerTurn]


# ------------------------------------------------------------------ RTTM


def read_rttm(path: str | os.PathLike[str]) -> dict[str, list[SpeakerTurn]]:
    """``{uri: turns sorted by start}`` from an RTTM file (only SPEAKER lines)."""
    out: dict[str, list[SpeakerTurn]] = {}
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read the RTTM file {p.name}: {e}") from e
    for n, line in enumerate(lines, 1):
        parts = line.split()
        if not parts or parts[0] != "SPEAKER":
            continue
        try:
            uri, start, dur, speaker = parts[1], float(parts[3]), float(parts[4]), parts[7]
        except (IndexError, ValueError):
            raise ConfigError(
                f"{p.name} line {n} is not RTTM: want "
                "'SPEAKER uri 1 start duration <NA> <NA> speaker <NA> <NA>'"
            ) from None
        if dur < 0:
            raise ConfigError(f"{p.name} line {n}: negative duration")
        out.setdefault(uri, []).append(SpeakerTurn(start=start, end=start + dur, speaker=speaker))
    for turns in out.values():
        turns.sort(key=lambda t: (t.start, t.end, t.speaker))
    return out


def read_rttms(paths: Iterable[str | os.PathLike[str]]) -> dict[str, list[SpeakerTurn]]:
    """Several RTTM files (each path may be a glob such as ``samples/*.rttm``) as one
    ``{uri: turns}``; a uri found in two different files is an error."""
    import glob

    out: dict[str, list[SpeakerTurn]] = {}
    origin: dict[str, Path] = {}
    for raw in paths:
        text = os.fspath(raw)
        matches = sorted(glob.glob(text)) if any(c in text for c in "*?[") else [text]
        if not matches:
            raise ConfigError(f"no RTTM file matches {text!r}")
        for m in matches:
            p = Path(m)
            if not p.is_file():
                raise ConfigError(f"no RTTM file at {text!r}")
            for uri, turns in read_rttm(p).items():
                if uri in out and origin[uri].resolve() != p.resolve():
                    raise ConfigError(f"uri {uri!r} is in both {origin[uri].name} and {p.name}; keep one")
                if uri not in out:
                    out[uri], origin[uri] = turns, p
    return out


def to_rttm(uri: str, diarization: Diarization | Turns) -> str:
    """RTTM text (one line per turn, 3 decimals) for ``uri``; no spaces in uri or labels."""
    turns = diarization.turns if isinstance(diarization, Diarization) else diarization
    uri = "_".join(uri.split()) or "NA"
    lines = []
    for t in sorted(turns, key=lambda t: (t.start, t.end)):
        if t.end <= t.start:
            continue
        spk = "_".join(str(t.speaker).split()) or "NA"
        lines.append(f"SPEAKER {uri} 1 {t.start:.3f} {t.end - t.start:.3f} <NA> <NA> {spk} <NA> <NA>")
    return "".join(line + "\n" for line in lines)


# --------------------------------------------------------------- scoring


@dataclass(frozen=True)
class FileScore:
    uri: str
    duration: float | None  # seconds of audio scored (None: the extent of reference/hypothesis)
    reference_seconds: float  # total reference speech (overlap counted per speaker)
    der: float  # (missed + false_alarm + confusion) / reference_seconds
    missed: float  # each as a fraction of reference_seconds
    false_alarm: float
    confusion: float
    jer: float
    reference_speakers: int
    hypothesis_speakers: int
    error_seconds: dict[str, float]  # missed / false_alarm / confusion in seconds

    @property
    def count_error(self) -> int:
        return self.hypothesis_speakers - self.reference_speakers

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"count_error": self.count_error}


@dataclass(frozen=True)
class DiarizationReport:
    files: tuple[FileScore, ...]

    @property
    def reference_seconds(self) -> float:
        return sum(f.reference_seconds for f in self.files)

    def _overall(self, key: str) -> float:
        total = self.reference_seconds
        if total <= 0:
            return 0.0
        if key == "der":
            return sum(sum(f.error_seconds.values()) for f in self.files) / total
        return sum(f.error_seconds[key] for f in self.files) / total

    @property
    def der(self) -> float:
        """Overall DER: summed error time / summed reference speech (duration-weighted)."""
        return self._overall("der")

    @property
    def missed(self) -> float:
        return self._overall("missed")

    @property
    def false_alarm(self) -> float:
        return self._overall("false_alarm")

    @property
    def confusion(self) -> float:
        return self._overall("confusion")

    @property
    def mean_der(self) -> float:
        return sum(f.der for f in self.files) / len(self.files) if self.files else 0.0

    @property
    def mean_jer(self) -> float:
        return sum(f.jer for f in self.files) / len(self.files) if self.files else 0.0

    @property
    def count_exact(self) -> int:
        return sum(1 for f in self.files if f.count_error == 0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "metric": {"collar": 0.0, "skip_overlap": False, "library": "pyannote.metrics"},
            "overall": {
                "der": self.der, "missed": self.missed, "false_alarm": self.false_alarm,
                "confusion": self.confusion, "mean_der": self.mean_der, "mean_jer": self.mean_jer,
                "reference_seconds": self.reference_seconds, "files": len(self.files),
                "speaker_count_exact": self.count_exact,
            },
            "files": [f.to_dict() for f in self.files],
        }


def _annotation(uri: str, turns: Turns) -> Any:
    from pyannote.core import Annotation, Segment

    ann = Annotation(uri=uri)
    for i, t in enumerate(turns):
        if t.end > t.start:
            ann[Segment(t.start, t.end), i] = t.speaker
    return ann


def score_file(uri: str, reference: Turns, hypothesis: Diarization | Turns,
               duration: float | None = None) -> FileScore:
    """DER (with components) and JER of one file."""
    os.environ["PYANNOTE_METRICS_ENABLED"] = "0"  # no telemetry (pipeline/__init__ sets it too)
    from pyannote.core import Segment, Timeline
    from pyannote.metrics.diarization import DiarizationErrorRate, JaccardErrorRate

    hyp_turns = hypothesis.turns if isinstance(hypothesis, Diarization) else hypothesis
    ref, hyp = _annotation(uri, reference), _annotation(uri, hyp_turns)
    if duration is None:
        extent = [t.end for t in (*reference, *hyp_turns)]
        duration_used = None
        uem = Timeline([Segment(0.0, max(extent))], uri=uri) if extent and max(extent) > 0 else None
    else:
        duration_used = float(duration)
        uem = Timeline([Segment(0.0, duration_used)], uri=uri) if duration_used > 0 else None
    kw = {"uem": uem} if uem is not None else {}
    d = DiarizationErrorRate(collar=0.0, skip_overlap=False)(ref, hyp, detailed=True, **kw)
    jer = JaccardErrorRate(collar=0.0, skip_overlap=False)(ref, hyp, **kw) if ref.labels() else (
        0.0 if not hyp.labels() else 1.0)
    total = float(d["total"])
    errs = {"missed": float(d["missed detection"]), "false_alarm": float(d["false alarm"]),
            "confusion": float(d["confusion"])}

    def frac(x: float) -> float:
        return x / total if total > 0 else (0.0 if x == 0 else 1.0)

    return FileScore(
        uri=uri, duration=duration_used, reference_seconds=total,
        der=float(d["diarization error rate"]),
        missed=frac(errs["missed"]), false_alarm=frac(errs["false_alarm"]), confusion=frac(errs["confusion"]),
        jer=float(jer),
        reference_speakers=len({t.speaker for t in reference if t.end > t.start}),
        hypothesis_speakers=len({t.speaker for t in hyp_turns if t.end > t.start}),
        error_seconds=errs,
    )


def evaluate_diarization(pairs: Iterable[tuple]) -> DiarizationReport:
    """Score ``(uri, reference_turns, hypothesis[, duration])`` tuples; hypothesis is a
    Diarization or a list of SpeakerTurn, duration (seconds) the length of the audio."""
    files = []
    for pair in pairs:
        if len(pair) not in (3, 4):
            raise ValueError("each pair is (uri, reference, hypothesis[, duration])")
        files.append(score_file(*pair))
    return DiarizationReport(files=tuple(files))


# ------------------------------------------------------- running a backend

AUDIO_SUFFIXES = (".wav", ".flac", ".mp3", ".m4a", ".ogg", ".opus", ".webm", ".mp4", ".aac", ".mov")


def find_audio(audio_dir: str | os.PathLike[str], uris: Iterable[str],
               pattern: str | None = None) -> dict[str, Path]:
    """``{uri: file}`` for the files in ``audio_dir`` whose stem is a uri (and whose name
    matches the glob ``pattern``, when given). Known audio suffixes win over others."""
    from fnmatch import fnmatch

    wanted = set(uris)
    rank = {s: i for i, s in enumerate(AUDIO_SUFFIXES)}
    found: dict[str, Path] = {}
    for p in sorted(Path(audio_dir).iterdir()):
        if not p.is_file() or p.stem not in wanted or p.suffix.lower() in (".rttm", ".json", ".txt", ".uem"):
            continue
        if pattern and not (fnmatch(p.name, pattern) or fnmatch(p.stem, pattern)):
            continue
        old = found.get(p.stem)
        if old is None or rank.get(p.suffix.lower(), 99) < rank.get(old.suffix.lower(), 99):
            found[p.stem] = p
    return dict(sorted(found.items()))


@dataclass(frozen=True)
class DiarizationRun:
    """A backend run over files: the scores, seconds spent per file, and the backend's description."""

    report: DiarizationReport
    seconds: dict[str, float]  # uri -> seconds spent diarizing (decoding excluded)
    durations: dict[str, float]  # uri -> audio seconds
    model: dict[str, Any]
    hypotheses: dict[str, Diarization]

    @property
    def rtf(self) -> float:
        total = sum(self.durations.values())
        return sum(self.seconds.values()) / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        d = self.report.to_dict()
        for f in d["files"]:
            f["seconds"] = round(self.seconds.get(f["uri"], 0.0), 3)
        d["overall"]["audio_seconds"] = round(sum(self.durations.values()), 3)
        d["overall"]["diarize_seconds"] = round(sum(self.seconds.values()), 3)
        d["overall"]["rtf"] = self.rtf
        d["model"] = self.model
        return d


def run_diarizer(diarizer: Any, audio_files: dict[str, Path], references: dict[str, list[SpeakerTurn]],
                 num_speakers: int | None = None, on_file: Any = None,
                 on_error: Any = None) -> DiarizationRun:
    """Decode each file (pipeline.audio.load), diarize it, score it against its reference.

    ``on_file(uri, FileScore, seconds)`` is called after each file (for progress output);
    ``on_error(uri, AudioError)``, when given, for a file that cannot be decoded (it is
    skipped; without ``on_error`` the error is raised)."""
    import time

    from ..audio import load
    from ..errors import AudioError

    scores, seconds, durations, hyps = [], {}, {}, {}
    model: dict[str, Any] = {}
    for uri, path in audio_files.items():
        try:
            audio = load(path)
        except AudioError as e:
            if on_error is None:
                raise
            on_error(uri, e)
            continue
        t0 = time.perf_counter()
        hyp = diarizer.diarize(audio, num_speakers=num_speakers)
        seconds[uri] = time.perf_counter() - t0
        durations[uri] = audio.duration
        hyps[uri] = hyp
        model = dict(hyp.model)
        score = score_file(uri, references[uri], hyp, audio.duration)
        scores.append(score)
        if on_file is not None:
            on_file(uri, score, seconds[uri])
    return DiarizationRun(DiarizationReport(tuple(scores)), seconds, durations, model, hyps)


def table_header() -> str:
    return (f"{'file':<16} {'dur s':>7} {'DER %':>6} {'miss %':>6} {'FA %':>6} {'conf %':>6} "
            f"{'JER %':>6} {'ref':>3} {'hyp':>3}")


def table_row(f: FileScore) -> str:
    dur = f"{f.duration:7.1f}" if f.duration is not None else f"{'-':>7}"
    return (f"{f.uri[:16]:<16} {dur} {f.der * 100:6.1f} {f.missed * 100:6.1f} {f.false_alarm * 100:6.1f} "
            f"{f.confusion * 100:6.1f} {f.jer * 100:6.1f} {f.reference_speakers:>3} "
            f"{f.hypothesis_speakers:>3}")


def overall_line(r: DiarizationReport) -> str:
    n = len(r.files)
    return (f"overall ({n} file{'' if n == 1 else 's'}, {r.reference_seconds:.1f} s of reference speech): "
            f"DER {r.der * 100:.1f} % (miss {r.missed * 100:.1f}, FA {r.false_alarm * 100:.1f}, "
            f"conf {r.confusion * 100:.1f}); mean DER {r.mean_der * 100:.1f} %, mean JER "
            f"{r.mean_jer * 100:.1f} %; speaker count right in {r.count_exact}/{len(r.files)}")
