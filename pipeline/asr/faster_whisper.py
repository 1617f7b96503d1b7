"""faster-whisper (CTranslate2) transcription with word timestamps and Silero VAD."""

from __future__ import annotations

import bisect
import logging
import time
from typing import TYPE_CHECKING, Any

from ..devices import split_index
from ..errors import ConfigError, ModelError
from ..models import ResolvedModel, resolve_whisper
from ..schema import Audio, Transcript, Word
from . import spans
from .common import (
    COMPRESSION_RATIO,
    LOW_LOGPROB,
    WINDOW,
    Raw,
    WhisperBackend,
    skipped_speech,
    to_segments,
    unreliable,
)

if TYPE_CHECKING:
    from ..config import AsrSettings

log = logging.getLogger("pipeline.asr")

FALLBACK_TEMPERATURES = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
PACK_SILENCE = 1.0  # seconds of silence between skipped stretches packed into one window


class FasterWhisperTranscriber(WhisperBackend):
    """The default Transcriber. Loads the model once; ``transcribe`` is reentrant per call."""

    name = "faster-whisper"
    runtime = "ctranslate2"

    def __init__(self, settings: AsrSettings, cpu_threads: int = 0) -> None:
        super().__init__(settings)
        if self.compute_type == "default":
            self.compute_type = "float16" if self.device.startswith("cuda") else "int8"
        self.resolved: ResolvedModel = resolve_whisper(settings.model, allow_download=settings.allow_download)
        device, index = split_index(self.device)
        self.cpu_threads = cpu_threads
        t0 = time.perf_counter()
        try:
            from faster_whisper import BatchedInferencePipeline, WhisperModel

            self._model = WhisperModel(
                str(self.resolved.path),
                device=device,
                device_index=index,
                compute_type=self.compute_type,
                cpu_threads=cpu_threads,
            )
        except (RuntimeError, ValueError, OSError) as e:
            raise ModelError(
                f"could not load ASR model {self.resolved.name!r} on {self.device} "
                f"({self.compute_type}): {e}"
            ) from e
        self._batched = BatchedInferencePipeline(self._model) if self.batch_size > 1 else None
        self.phases: dict[str, float] = {}  # the last transcription's seconds: vad, first_pass, ...
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

        return self.described({"model": self.resolved.name, "model_source": self.resolved.source,
                               "faster_whisper": faster_whisper.__version__,
                               "ctranslate2": ctranslate2.__version__})

    def _decode(self, audio: Audio, regions: list[spans.Span] | None,
                common: dict[str, Any]) -> tuple[list[Raw], Any]:
        if self._batched is not None and regions is not None:
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
        return [_raw(s) for s in raw], info  # the generator does the work here

    def _redecode(self, audio: Audio, start: float, end: float, common: dict[str, Any]) -> list[Raw]:
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
        return [_raw(s, offset=start) for s in raw]

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
        clock = [t0]

        def lap(phase: str) -> None:
            now = time.perf_counter()
            phases[phase] = now - clock[0]
            clock[0] = now

        phases: dict[str, float] = {}
        warnings: list[str] = []
        regions = self.speech_regions(audio) if self.vad else None
        lap("vad")
        speech = sum(e - s for s, e in regions) if regions is not None else audio.duration
        raw: list[Raw] = []
        info = None
        if regions != []:
            try:
                raw, info = self._decode(audio, regions, common)
                lap("first_pass")
                raw = self._repair_loops(audio, raw, common, warnings)
                lap("loop_repair")
                if regions is not None:
                    raw = self._repair_gaps(audio, raw, regions, common)
                    lap("gap_repair")
            except RuntimeError as e:
                raise ModelError(f"ASR failed: {e}") from e
        elapsed = time.perf_counter() - t0
        self.phases = phases
        log.debug("ASR phases (s): %s", ", ".join(f"{k} {v:.1f}" for k, v in phases.items()))

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

    def _repair_loops(self, audio: Audio, raw: list[Raw], common: dict[str, Any],
                      warnings: list[str]) -> list[Raw]:
        """Re-decode segments that fell into a repetition loop; drop what stays broken.

        The batched pipeline decodes each window once, at temperature 0, so a loop
        ("hand-hand-hand-...") swallows the rest of its window. Such a segment
        (gzip compression ratio > 2.4, Whisper's own test) is decoded again,
        from its start to the next segment's start, sequentially with the
        temperature fallback. A stretch that still loops is left out with a
        warning that gives its time, never its text.
        """
        out: list[Raw] = []
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
                    warnings.append(unreliable(fixed.start, fixed.end))
                else:
                    out.append(fixed)
        return out

    def _repair_gaps(self, audio: Audio, raw: list[Raw], regions: list[spans.Span],
                     common: dict[str, Any]) -> list[Raw]:
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

    def _decode_packed(self, audio: Audio, stretches: list[spans.Span],
                       common: dict[str, Any]) -> tuple[list[list[Raw]], Any]:
        """Decode stretches packed side by side into shared windows.

        The stretches (each at most a window long) follow one another with
        PACK_SILENCE seconds of zeros between them, in as few windows as hold
        them. Returns the decoded pieces of each stretch, in absolute time
        (a packed segment's words go back to the stretch they fall in), and
        the decoding info.
        """
        import numpy as np

        sr = audio.sample_rate
        sil = np.zeros(int(PACK_SILENCE * sr), dtype=np.float32)
        parts: list[np.ndarray] = []
        places: list[tuple[float, float, float]] = []  # (start in packed, end in packed, start in audio)
        clips: list[dict[str, float]] = []
        pos = 0.0
        for s, e in stretches:
            e = min(e, s + WINDOW - PACK_SILENCE)
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
                packed, batch_size=self.batch_size, without_timestamps=False,
                clip_timestamps=clips, vad_filter=False, **common,
            )
        else:
            bounds = [t for c in clips for t in (c["start"], c["end"])]
            segs, info = self._model.transcribe(
                packed, condition_on_previous_text=False, clip_timestamps=bounds,
                without_timestamps=False, vad_filter=False, **common,
            )
        found: list[list[Raw]] = [[] for _ in stretches]
        starts = [p[0] for p in places]
        for seg in segs:
            groups: dict[int, list[Any]] = {}
            for w in seg.words or ():
                if w.word.strip():
                    groups.setdefault(_nearest(places, starts, (w.start + w.end) / 2), []).append(w)
            for i, words in groups.items():
                found[i].append(_raw_of_words(seg, words, places[i]))
        return found, info


def _nearest(places: list[tuple[float, float, float]], starts: list[float], t: float) -> int:
    """Index of the packed stretch that holds time ``t``, or the nearest one (``starts``: the places' starts)."""
    i = bisect.bisect_right(starts, t) - 1
    if i < 0:
        return 0
    if i + 1 < len(places) and t > places[i][1] and places[i + 1][0] - t < t - places[i][1]:
        return i + 1
    return i


def _raw(s: Any, offset: float = 0.0) -> Raw:
    """A faster-whisper segment as a decoded piece, moved by ``offset`` seconds."""
    return Raw(
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


def _raw_of_words(s: Any, words: list[Any], place: tuple[float, float, float]) -> Raw:
    """The part of packed segment ``s`` made of ``words``, moved back to its place in the audio."""
    lo, hi, at = place

    def back(t: float) -> float:
        return round(min(max(t, lo), hi) - lo + at, 3)

    return Raw(
        start=back(words[0].start),
        end=back(words[-1].end),
        text=" ".join(w.word.strip() for w in words),  # as Raw.sentences() writes it
        words=tuple(
            Word(start=back(w.start), end=back(w.end), text=w.word.strip(),
                 probability=round(w.probability, 4))
            for w in words
        ),
        avg_logprob=s.avg_logprob,
        no_speech_prob=s.no_speech_prob,
        compression_ratio=s.compression_ratio,
    )
