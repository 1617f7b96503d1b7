"""faster-whisper (CTranslate2) transcription with word timestamps and Silero VAD."""

from __future__ import annotations

import bisect
import logging
import time
from dataclasses import dataclass, replace
from typing import Any

from ..errors import ConfigError, ModelError
from ..models import ResolvedModel, resolve_whisper
from ..schema import Audio, Segment, Transcript, Word, segment_id
from . import spans

log = logging.getLogger("pipeline.asr")

# A segment this likely to be silence, decoded with this little confidence, is
# a hallucination (Whisper's own rule, applied to the batched path too).
NO_SPEECH_PROB = 0.6
LOW_LOGPROB = -1.0
COMPRESSION_RATIO = 2.4  # above it, a segment is a repetition loop
FALLBACK_TEMPERATURES = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
WINDOW = 30.0  # seconds: Whisper's input length
GAP_MIN_SECONDS = 1.0  # speech left without words for this long is decoded again
GAP_PAD = 0.3  # seconds around each word that count as covered
PACK_SILENCE = 1.0  # seconds of silence between skipped stretches packed into one window
PAUSE_SPLIT = 1.0  # a pause this long between words starts a new segment
SENTENCE_END = (".", "?", "!")
ABBREVIATIONS = frozenset({"mr.", "mrs.", "ms.", "dr.", "st.", "vs.", "e.g.", "i.e.", "etc.", "a.m.", "p.m."})


def pick_device(device: str) -> str:
    if device not in ("auto", "cpu", "cuda"):
        raise ConfigError(f"device must be auto, cpu or cuda, not {device!r}")
    if device != "auto":
        return device
    try:
        import ctranslate2

        return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    except Exception:  # noqa: BLE001 - no CUDA runtime at all
        return "cpu"


def check_decoding(language: str | None, beam_size: int, batch_size: int) -> str | None:
    """The decoding options both backends take: the language (None for "", "auto": detect), or ConfigError."""
    if beam_size < 1:
        raise ConfigError("beam size must be at least 1")
    if batch_size < 1:
        raise ConfigError("batch size must be at least 1")
    return None if language in ("", "auto") else language


@dataclass
class FasterWhisperTranscriber:
    """The default Transcriber. Loads the model once; ``transcribe`` is reentrant per call."""

    model: str = "tiny.en"
    device: str = "auto"
    compute_type: str = "default"  # int8 on CPU, float16 on CUDA
    language: str | None = None  # None / "auto" = detect
    beam_size: int = 5
    hotwords: str | None = None
    initial_prompt: str | None = None
    batch_size: int = 8  # >1: faster-whisper's batched pipeline; 1: sequential
    vad: bool = True
    cpu_threads: int = 0
    allow_download: bool = False
    # None: each first-pass window spans its speech regions, pauses included (the default).
    # A number: the regions packed end to end with their pauses cut to that many seconds, so
    # long pauses cost no windows; faster on some real audio, slower on other (it shifts work
    # into the repairs) and no better transcripts: measured, not the default (benchmarks/asr_wer.md).
    first_pass_pause: float | None = None
    name: str = "faster-whisper"

    def __post_init__(self) -> None:
        self.language = check_decoding(self.language, self.beam_size, self.batch_size)
        if self.first_pass_pause is not None and self.first_pass_pause < 0:
            raise ConfigError("first_pass_pause must be 0 or more seconds (or None)")
        self.device = pick_device(self.device)
        if self.compute_type == "default":
            self.compute_type = "float16" if self.device == "cuda" else "int8"
        self.resolved: ResolvedModel = resolve_whisper(self.model, allow_download=self.allow_download)
        t0 = time.perf_counter()
        try:
            from faster_whisper import BatchedInferencePipeline, WhisperModel

            self._model = WhisperModel(
                str(self.resolved.path),
                device=self.device,
                compute_type=self.compute_type,
                cpu_threads=self.cpu_threads,
            )
        except (RuntimeError, ValueError, OSError) as e:
            raise ModelError(
                f"could not load ASR model {self.resolved.name!r} on {self.device} "
                f"({self.compute_type}): {e}"
            ) from e
        self._batched = BatchedInferencePipeline(self._model) if self.batch_size > 1 else None
        self.load_seconds = time.perf_counter() - t0
        log.info(
            "ASR model %s loaded on %s (%s) in %.1f s",
            self.resolved.name, self.device, self.compute_type, self.load_seconds,
        )
        if self.language and not self._model.model.is_multilingual and self.language != "en":
            raise ConfigError(
                f"model {self.resolved.name!r} is English-only; language {self.language!r} needs a "
                "multilingual model such as 'base'"
            )

    def describe(self) -> dict[str, Any]:
        import ctranslate2
        import faster_whisper

        return {
            "backend": self.name,
            "model": self.resolved.name,
            "model_source": self.resolved.source,
            "faster_whisper": faster_whisper.__version__,
            "ctranslate2": ctranslate2.__version__,
            "device": self.device,
            "compute_type": self.compute_type,
            "beam_size": self.beam_size,
            "batch_size": self.batch_size,
            "vad": self.vad,
            "hotwords": bool(self.hotwords),
            "initial_prompt": bool(self.initial_prompt),
        } | ({} if self.first_pass_pause is None else {"first_pass_pause": self.first_pass_pause})

    def speech_regions(self, audio: Audio) -> list[spans.Span]:
        return speech_regions(audio)

    def _decode(self, audio: Audio, regions: list[spans.Span] | None,
                common: dict[str, Any]) -> tuple[list[_Raw], Any]:
        if self._batched is not None and regions is not None:
            if self.first_pass_pause is not None:
                # Measured, not the default (benchmarks/asr_wer.md, 2026-11-27): the regions packed
                # end to end, pauses cut to first_pass_pause, words mapped back to their times.
                stretches = spans.cut(spans.widened(regions, self.first_pass_pause, audio.duration, WINDOW),
                                      WINDOW)
                found, info = self._decode_packed(audio, stretches, common, silence=0.0, timestamps=False)
                return [r for pieces in found for r in pieces], info
            # Our own VAD windows (the same detector and settings the batched
            # pipeline uses), so that coverage can be checked against them.
            # Text tokens only, as faster-whisper's batched pipeline does: with
            # timestamp tokens Whisper ends windows early far more often (24
            # skipped stretches against 0 in a 10-minute session, base with
            # hotwords). Sentences are cut from the word timestamps afterwards.
            clips = [{"start": s, "end": e} for s, e in spans.windows(regions, WINDOW)]
            raw, info = self._batched.transcribe(
                audio.samples, batch_size=self.batch_size, without_timestamps=True,
                clip_timestamps=clips, vad_filter=False, **common,
            )
        elif self._batched is not None and audio.duration <= WINDOW:
            raw, info = self._batched.transcribe(
                audio.samples, batch_size=self.batch_size, without_timestamps=False,
                vad_filter=False, **common,
            )
        else:
            raw, info = self._model.transcribe(
                audio.samples, condition_on_previous_text=False, vad_filter=self.vad, **common
            )
        return [_Raw.of(s) for s in raw], info  # the generator does the work here

    def _redecode(self, audio: Audio, start: float, end: float, common: dict[str, Any]) -> list[_Raw]:
        """Sequential decoding with Whisper's temperature fallback, for one suspect stretch."""
        import ctranslate2

        ctranslate2.set_random_seed(0)  # the fallback samples: keep it reproducible
        sr = audio.sample_rate
        start, end = max(0.0, start), min(audio.duration, end)
        piece = audio.samples[int(start * sr): int(end * sr)]
        raw, _ = self._model.transcribe(
            piece, condition_on_previous_text=False, temperature=FALLBACK_TEMPERATURES,
            compression_ratio_threshold=COMPRESSION_RATIO, vad_filter=False, **common,
        )
        return [_Raw.of(s, offset=start) for s in raw]

    def transcribe(self, audio: Audio) -> Transcript:
        if audio.sample_rate != 16000:
            raise ValueError("faster-whisper needs 16 kHz audio; decode with pipeline.audio.load")
        common: dict[str, Any] = dict(
            language=self.language,
            beam_size=self.beam_size,
            word_timestamps=True,
            hotwords=self.hotwords or None,
            initial_prompt=self.initial_prompt or None,
        )
        t0 = time.perf_counter()
        warnings: list[str] = []
        regions = self.speech_regions(audio) if self.vad else None
        speech = sum(e - s for s, e in regions) if regions is not None else audio.duration
        raw: list[_Raw] = []
        info = None
        if regions != []:
            try:
                raw, info = self._decode(audio, regions, common)
                raw = self._repair_loops(audio, raw, common, warnings)
                if regions is not None:
                    raw = self._repair_gaps(audio, raw, regions, common)
            except RuntimeError as e:
                raise ModelError(f"ASR failed: {e}") from e
        elapsed = time.perf_counter() - t0

        segments = to_segments(raw, warnings)
        log.info(
            "transcribed %.1f s of audio (%.1f s of speech) in %.1f s: %d segments",
            audio.duration, speech, elapsed, len(segments),
        )
        language = info.language if info is not None else self.language
        if language is None and not self._model.model.is_multilingual:
            language = "en"
        return Transcript(
            segments=tuple(segments),
            language=language,
            language_probability=round(float(info.language_probability), 4) if info is not None else None,
            duration=round(audio.duration, 3),
            audio=audio.info(),
            models={"asr": self.describe()},
            warnings=tuple(warnings),
        )

    def _repair_loops(self, audio: Audio, raw: list[_Raw], common: dict[str, Any],
                      warnings: list[str]) -> list[_Raw]:
        """Re-decode segments that fell into a repetition loop; drop what stays broken.

        The batched pipeline decodes each window once, at temperature 0, so a loop
        ("hand-hand-hand-...") swallows the rest of its window. Such a segment
        (gzip compression ratio > 2.4, Whisper's own test) is decoded again,
        from its start to the next segment's start, sequentially with the
        temperature fallback. A stretch that still loops is left out with a
        warning that gives its time, never its text.
        """
        out: list[_Raw] = []
        i = 0
        while i < len(raw):
            r = raw[i]
            if r.compression_ratio <= COMPRESSION_RATIO:
                out.append(r)
                i += 1
                continue
            # the pieces of one packed window share its ratio: one stretch for all of them
            while i + 1 < len(raw) and raw[i + 1].compression_ratio > COMPRESSION_RATIO:
                i += 1
            i += 1
            end = raw[i].start if i < len(raw) and raw[i].start > r.start else audio.duration
            log.debug("re-decoding a looping segment (%.1f-%.1f s)", r.start, end)
            for fixed in self._redecode(audio, r.start, end, common):
                if fixed.compression_ratio > COMPRESSION_RATIO:
                    warnings.append(
                        f"speech at {_mmss(fixed.start)}-{_mmss(fixed.end)} could not be transcribed "
                        "reliably (the model repeated itself) and was left out"
                    )
                else:
                    out.append(fixed)
        return out

    def _repair_gaps(self, audio: Audio, raw: list[_Raw], regions: list[spans.Span],
                     common: dict[str, Any]) -> list[_Raw]:
        """Decode again the speech the first pass skipped.

        Whisper sometimes ends a window early (it predicts the end of text while
        speech goes on), silently dropping the rest of the window. Every VAD
        speech stretch of GAP_MIN_SECONDS or more that no word covers is decoded
        again. The stretches are packed side by side, a second of silence
        between them, into as few 30 s windows as hold them, and decoded in one
        batched call: one encoder pass per window instead of one per stretch
        (24 stretches of a 10-minute session took 69 s one by one with base).
        A stretch whose packed decoding loops or has low confidence is decoded
        once more on its own, sequentially with the temperature fallback.
        """
        gaps = skipped_speech(audio, raw, regions)
        if not gaps:
            return list(raw)
        log.debug("re-decoding %d stretches of speech the first pass skipped", len(gaps))
        found, _ = self._decode_packed(audio, gaps, common)
        out = list(raw)
        for (s, e), pieces in zip(gaps, found, strict=True):
            if any(r.compression_ratio > COMPRESSION_RATIO or r.avg_logprob < LOW_LOGPROB for r in pieces):
                log.debug("re-decoding %.1f-%.1f s on its own", s, e)
                pieces = [r for r in self._redecode(audio, s, e, common)
                          if r.compression_ratio <= COMPRESSION_RATIO]
            out.extend(pieces)
        return out

    def _decode_packed(self, audio: Audio, stretches: list[spans.Span], common: dict[str, Any],
                       silence: float = PACK_SILENCE, timestamps: bool = True) -> tuple[list[list[_Raw]], Any]:
        """Decode stretches packed side by side into shared windows.

        The stretches (each at most a window long) follow one another with
        ``silence`` seconds of zeros between them, in as few windows as hold
        them. Returns the decoded pieces of each stretch, in absolute time
        (a packed segment's words go back to the stretch they fall in), and
        the decoding info.
        """
        import numpy as np

        sr = audio.sample_rate
        sil = np.zeros(int(silence * sr), dtype=np.float32)
        parts: list[np.ndarray] = []
        places: list[tuple[float, float, float]] = []  # (start in packed, end in packed, start in audio)
        clips: list[dict[str, float]] = []
        pos = 0.0
        for s, e in stretches:
            e = min(e, s + WINDOW - silence)
            piece = audio.samples[int(s * sr): int(e * sr)].astype(np.float32, copy=False)
            n = len(piece) / sr
            if not clips or pos + n - clips[-1]["start"] > WINDOW:
                clips.append({"start": pos, "end": pos})
            parts += [piece, sil]
            places.append((pos, pos + n, s))
            clips[-1]["end"] = pos + n
            pos += n + len(sil) / sr
        packed = np.concatenate(parts)
        if self._batched is not None:
            segs, info = self._batched.transcribe(
                packed, batch_size=self.batch_size, without_timestamps=not timestamps,
                clip_timestamps=clips, vad_filter=False, **common,
            )
        else:
            bounds = [t for c in clips for t in (c["start"], c["end"])]
            segs, info = self._model.transcribe(
                packed, condition_on_previous_text=False, clip_timestamps=bounds,
                without_timestamps=not timestamps, vad_filter=False, **common,
            )
        found: list[list[_Raw]] = [[] for _ in stretches]
        starts = [p[0] for p in places]
        for seg in segs:
            groups: dict[int, list[Any]] = {}
            for w in seg.words or ():
                if w.word.strip():
                    groups.setdefault(_nearest(places, starts, (w.start + w.end) / 2), []).append(w)
            for i, words in groups.items():
                found[i].append(_Raw.of_words(seg, words, places[i]))
        return found, info


def _nearest(places: list[tuple[float, float, float]], starts: list[float], t: float) -> int:
    """Index of the packed stretch that holds time ``t``, or the nearest one (``starts``: the places' starts)."""
    i = bisect.bisect_right(starts, t) - 1
    if i < 0:
        return 0
    if i + 1 < len(places) and t > places[i][1] and places[i + 1][0] - t < t - places[i][1]:
        return i + 1
    return i


def skipped_speech(audio: Audio, raw: list[_Raw], regions: list[spans.Span]) -> list[spans.Span]:
    """Speech regions no decoded word covers for GAP_MIN_SECONDS or more, padded by 0.1 s within the audio."""
    covered = [(w.start - GAP_PAD, w.end + GAP_PAD) for r in raw for w in r.words]
    covered += [(r.start, r.end) for r in raw if not r.words]
    return [(max(0.0, s - 0.1), min(audio.duration, e + 0.1))
            for s, e in spans.uncovered(regions, covered, GAP_MIN_SECONDS)]


def speech_regions(audio: Audio) -> list[spans.Span]:
    """Speech regions (seconds) for ASR windows, with the settings of faster-whisper's batched pipeline."""
    from ..vad import speech_regions as vad_regions

    return vad_regions(audio, max_speech_duration_s=WINDOW, min_silence_duration_ms=160)


def to_segments(raw: list[_Raw], warnings: list[str]) -> list[Segment]:
    """Decoded pieces to transcript segments: cut into sentences, in time order, silence-looking ones dropped."""
    segments: list[Segment] = []
    dropped = 0
    for r in sorted((p for r in raw for p in r.sentences()), key=lambda r: (r.start, r.end)):
        if not r.text:
            continue
        if r.no_speech_prob > NO_SPEECH_PROB and r.avg_logprob < LOW_LOGPROB:
            dropped += 1
            continue
        segments.append(Segment(
            id=segment_id(len(segments)), start=r.start, end=r.end, text=r.text, words=r.words,
            avg_logprob=round(r.avg_logprob, 4), no_speech_prob=round(r.no_speech_prob, 4),
        ))
    if not segments:
        warnings.append("no speech detected: the transcript is empty")
    if dropped:
        log.debug("dropped %d segments that looked like silence", dropped)
    return segments


def _mmss(t: float) -> str:
    m, s = divmod(int(t), 60)
    return f"{m:02d}:{s:02d}"


@dataclass(frozen=True)
class _Raw:
    """A decoded segment before ids are given, in absolute seconds."""

    start: float
    end: float
    text: str
    words: tuple[Word, ...]
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float

    @classmethod
    def of(cls, s: Any, offset: float = 0.0) -> _Raw:
        return cls(
            start=round(s.start + offset, 3),
            end=round(s.end + offset, 3),
            text=s.text.strip(),
            words=tuple(
                Word(start=round(w.start + offset, 3), end=round(w.end + offset, 3), text=w.word.strip(),
                     probability=round(w.probability, 4))
                for w in (s.words or ())
                if w.word.strip()
            ),
            avg_logprob=s.avg_logprob,
            no_speech_prob=s.no_speech_prob,
            compression_ratio=s.compression_ratio,
        )

    def sentences(self) -> list[_Raw]:
        """This segment cut after each sentence's last word and at long pauses (text from its words)."""
        groups: list[list[Word]] = [[]]
        for w in self.words:
            if groups[-1] and w.start - groups[-1][-1].end >= PAUSE_SPLIT:
                groups.append([])
            groups[-1].append(w)
            if w.text.endswith(SENTENCE_END) and w.text.lower() not in ABBREVIATIONS:
                groups.append([])
        groups = [g for g in groups if g]
        if not groups:
            return [self]
        if len(groups) < 2:  # the text from the words too: Whisper's own segment text can space them otherwise
            return [replace(self, text=" ".join(w.text for w in self.words))]
        return [replace(self, start=g[0].start, end=g[-1].end, text=" ".join(w.text for w in g), words=tuple(g))
                for g in groups]

    @classmethod
    def of_words(cls, s: Any, words: list[Any], place: tuple[float, float, float]) -> _Raw:
        """The part of packed segment ``s`` made of ``words``, moved back to its place in the audio."""
        lo, hi, at = place

        def back(t: float) -> float:
            return round(min(max(t, lo), hi) - lo + at, 3)

        return cls(
            start=back(words[0].start),
            end=back(words[-1].end),
            text=" ".join(w.word.strip() for w in words),  # as sentences() writes it
            words=tuple(
                Word(start=back(w.start), end=back(w.end), text=w.word.strip(), probability=round(w.probability, 4))
                for w in words
            ),
            avg_logprob=s.avg_logprob,
            no_speech_prob=s.no_speech_prob,
            compression_ratio=s.compression_ratio,
        )
