"""Whisper on transformers (torch): fp16 + SDPA attention, batched, on CUDA; float32 on CPU.

The same stages as the faster-whisper backend, on a local Hugging Face Whisper
folder: Silero VAD regions -> 30 s windows -> log-mel features -> batched
``generate`` (beam search, no timestamp tokens) -> one teacher-forced decoder
pass per batch that gives token probabilities, ``avg_logprob``,
``no_speech_prob`` and the cross-attention of the alignment heads -> word times
by dynamic time warping (openai-whisper's ``find_alignment``, as faster-whisper
does) -> sentences.

Why a separate alignment pass rather than ``generate(return_token_timestamps=True)``:
in transformers 5.x that option switches the whole model to eager attention for
good (generation_whisper.py sets ``config._attn_implementation = "eager"``) and
must return every step's attention of every layer. Here generation keeps SDPA,
and only the alignment heads' attention is computed, from the captured inputs of
their cross-attention (softmax(q k^T), what eager attention returns). The same
pass gives the token probabilities that faster-whisper reports.

Greedy decoding gave the same WER as faster-whisper in float32 on the three
sample sessions, and the converted tiny.en the same tokens as CTranslate2 on the
same features (tests/test_asr_transformers.py converts the packaged model).
"""

from __future__ import annotations

import functools
import json
import logging
import threading
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import ConfigError, ModelError
from ..schema import Audio, Transcript, Word
from . import spans
from .common import COMPRESSION_RATIO, WINDOW, Raw, WhisperBackend, skipped_speech, to_segments, unreliable

if TYPE_CHECKING:
    from ..config import AsrSettings

log = logging.getLogger("pipeline.asr")

SAMPLE_RATE = 16000
HOP = 160  # samples per mel frame
TOKENS_PER_SECOND = 50  # encoder positions per second
MEDIAN_FILTER_WIDTH = 7
MAX_PROMPT = 223  # tokens of hotwords + prompt: max_length // 2 - 1, as faster-whisper
FALLBACK_TEMPERATURES = (0.2, 0.4, 0.6, 0.8, 1.0)  # for a window that loops at temperature 0
PREPEND_PUNCTUATIONS = "\"'“¿([{-"
APPEND_PUNCTUATIONS = "\"'.。,，!！?？:：”)]}、"
SENTENCE_MARKS = ".。!！?？"
WEIGHTS = ("model.safetensors", "model.safetensors.index.json", "pytorch_model.bin", "pytorch_model.bin.index.json")


def whisper_folder(reference: str) -> Path:
    """The local Hugging Face Whisper folder ``reference`` names, or ModelError saying what is wrong."""
    ref = (reference or "").strip()
    if not ref:
        raise ModelError("no ASR model given")
    path = Path(ref).expanduser()
    if not path.exists():
        raise ModelError(
            f"model folder {ref!r} does not exist. The transformers backend needs a local Hugging Face "
            "Whisper folder (config.json + model.safetensors) and never downloads; packaged names such as "
            "'tiny.en' or 'base' are CTranslate2 models for the faster-whisper backend"
        )
    if not path.is_dir():
        raise ModelError(f"model {ref!r} is a file; the transformers backend needs a Hugging Face Whisper folder")
    config = path / "config.json"
    hint = " (it holds model.bin: a CTranslate2 model, use backend faster-whisper)" \
        if (path / "model.bin").is_file() else ""
    if not config.is_file():
        raise ModelError(f"model folder {ref!r} is not a Hugging Face Whisper model: no config.json{hint}")
    try:
        model_type = json.loads(config.read_text(encoding="utf-8")).get("model_type")
    except (OSError, ValueError, AttributeError) as e:
        raise ModelError(f"model folder {ref!r} has an unreadable config.json: {e}") from e
    if model_type != "whisper":
        what = f"a {model_type} model" if model_type else "no model_type in its config.json"
        raise ModelError(f"model folder {ref!r} holds {what}, not a Hugging Face Whisper model{hint}")
    if not any((path / w).is_file() for w in WEIGHTS):
        raise ModelError(f"model folder {ref!r} has no weights (it needs one of {', '.join(WEIGHTS)})")
    return path.resolve()


class TransformersWhisperTranscriber(WhisperBackend):
    """A Transcriber on transformers' Whisper (``[asr] model``: a local Hugging Face Whisper folder; it never
    downloads). Loads the model once; calls are serialised."""

    name = "transformers"
    runtime = "torch"

    def __init__(self, settings: AsrSettings) -> None:
        super().__init__(settings)
        self.path = whisper_folder(settings.model)
        if self.compute_type == "default":
            self.compute_type = "float16" if self.device.startswith("cuda") else "float32"
        t0 = time.perf_counter()
        try:
            import torch
            from transformers import WhisperForConditionalGeneration, WhisperProcessor

            self._model = WhisperForConditionalGeneration.from_pretrained(
                str(self.path), dtype=getattr(torch, self.compute_type), attn_implementation="sdpa",
                local_files_only=True,
            ).to(self.device).eval()
            processor = WhisperProcessor.from_pretrained(str(self.path), local_files_only=True)
        except (OSError, ValueError, RuntimeError, KeyError, TypeError) as e:
            raise ModelError(
                f"could not load ASR model {self.path.name!r} on {self.device} ({self.compute_type}): {e}"
            ) from e
        self._features = processor.feature_extractor
        self._tok = processor.tokenizer
        self._setup_tokens()
        self._setup_alignment()
        self._lock = threading.Lock()
        self.load_seconds = time.perf_counter() - t0
        log.info(
            "ASR model %s loaded on %s (%s, transformers) in %.1f s",
            self.path.name, self.device, self.compute_type, self.load_seconds,
        )

    # -- setup -------------------------------------------------------------------------------------

    def _token(self, *names: str) -> int:
        for name in names:
            i = self._tok.convert_tokens_to_ids(name)
            if isinstance(i, int) and self._tok.convert_ids_to_tokens(i) == name:
                return i
        raise ModelError(f"the tokenizer of {self.path.name!r} lacks {names[0]}: not a Whisper tokenizer")

    def _setup_tokens(self) -> None:
        gen = self._model.generation_config
        self._eot = self._token("<|endoftext|>")
        self._sot = self._token("<|startoftranscript|>")
        self._sot_prev = self._token("<|startofprev|>")
        self._no_timestamps = self._token("<|notimestamps|>")
        self._no_speech = self._token("<|nospeech|>", "<|nocaptions|>")
        # Timestamp tokens (all ids after <|notimestamps|>) are suppressed, as the model is asked for none:
        # a window whose answer held one anyway was cut there by transformers' Whisper generate, which went
        # on decoding the rest as a second round that reused this class's beam cache and failed ("cannot
        # reshape a tensor of 0 elements"), losing the file's whole transcript. Seen with fresh weights
        # (benchmarks/gpu_ours.py); tests/test_asr_transformers.py::test_timestamp_tokens_are_suppressed.
        vocab = int(self._model.config.vocab_size)
        self._suppress = sorted({int(t) for t in (gen.suppress_tokens or []) if int(t) >= 0}
                                | set(range(self._no_timestamps + 1, vocab)))
        self.multilingual = bool(getattr(gen, "is_multilingual", self._model.config.vocab_size >= 51865))
        self._lang_to_id: dict[str, int] = dict(getattr(gen, "lang_to_id", None) or {})
        if self.language and not self.multilingual and self.language != "en":
            raise ConfigError(
                f"model {self.path.name!r} is English-only; language {self.language!r} needs a multilingual model"
            )
        if self.language and self.multilingual and f"<|{self.language}|>" not in self._lang_to_id:
            raise ConfigError(f"model {self.path.name!r} does not know language {self.language!r}")
        # faster-whisper's prompt: <|startofprev|>, the hotwords, then the end of the initial prompt
        hot = (self.hotwords or "").strip()
        prev = (self.initial_prompt or "").strip()
        ids = self._encode(" " + hot)[:MAX_PROMPT] if hot else []
        if prev:
            ids = (ids + self._encode(" " + prev))[-MAX_PROMPT:]
        self._prompt: list[int] = [self._sot_prev, *ids] if ids else []

    def _encode(self, text: str) -> list[int]:
        return list(self._tok.encode(text, add_special_tokens=False))

    def _setup_alignment(self) -> None:
        """Hooks that capture the encoder output and the alignment heads' cross-attention queries."""
        cfg = self._model.config
        heads = getattr(self._model.generation_config, "alignment_heads", None)
        if not heads:  # openai's default for a model without a list: all heads of the last half
            heads = [(layer, h) for layer in range(cfg.decoder_layers // 2, cfg.decoder_layers)
                     for h in range(cfg.decoder_attention_heads)]
            log.debug("no alignment heads in the generation config: using the last half of the decoder")
        self._heads = [(int(layer), int(h)) for layer, h in heads]
        self._capture: dict[Any, Any] | None = None
        decoder = self._model.model.decoder
        for layer in sorted({layer for layer, _ in self._heads}):
            decoder.layers[layer].encoder_attn_layer_norm.register_forward_hook(self._hook(layer))
        self._model.model.encoder.register_forward_hook(self._hook("encoder"))

    def _hook(self, key: Any) -> Any:
        def record(module: Any, args: Any, output: Any) -> None:
            if self._capture is not None:
                self._capture[key] = output[0] if isinstance(output, tuple) else getattr(
                    output, "last_hidden_state", output)
        return record

    def describe(self) -> dict[str, Any]:
        import torch
        import transformers

        return self.described({"model": self.path.name, "model_source": "folder",
                               "transformers": transformers.__version__, "torch": torch.__version__},
                              {"attention": "sdpa"})

    # -- transcription -----------------------------------------------------------------------------

    def transcribe(self, audio: Audio) -> Transcript:
        if audio.sample_rate != SAMPLE_RATE:
            raise ValueError("Whisper needs 16 kHz audio; decode with pipeline.audio.load")
        import torch

        t0 = time.perf_counter()
        warnings: list[str] = []
        regions = self.speech_regions(audio) if self.vad else None
        if regions is None:
            n = int(np.ceil(audio.duration / WINDOW)) if audio.duration > 0 else 0
            wins = [(i * WINDOW, min(audio.duration, (i + 1) * WINDOW)) for i in range(n)]
        else:
            wins = spans.windows(regions, WINDOW)
        speech = sum(e - s for s, e in regions) if regions is not None else audio.duration
        language = self.language or (None if self.multilingual else "en")
        language_probability = None
        raw: list[Raw] = []
        if wins:
            try:
                with self._lock, torch.inference_mode():
                    self._capture = {}
                    try:
                        if self.multilingual and language is None:
                            language, language_probability = self._detect_language(audio, wins[:self.batch_size])
                        raw = self._decode(audio, wins, language, warnings)
                        if regions is not None:
                            gaps = self._gaps(audio, raw, regions)
                            if gaps:
                                log.debug("re-decoding %d stretches of speech the first pass skipped", len(gaps))
                                raw += self._decode(audio, gaps, language, warnings)
                    finally:
                        self._capture = None
            except (RuntimeError, ValueError) as e:  # torch and generate errors, CUDA out of memory included
                raise ModelError(f"ASR failed: {e}") from e
        elapsed = time.perf_counter() - t0

        segments = to_segments(raw, warnings)
        log.info(
            "transcribed %.1f s of audio (%.1f s of speech) in %.1f s: %d segments",
            audio.duration, speech, elapsed, len(segments),
        )
        return Transcript(
            segments=tuple(segments),
            language=language,
            language_probability=None if language_probability is None else round(language_probability, 4),
            duration=round(audio.duration, 3),
            audio=audio.info(),
            models={"asr": self.describe()},
            warnings=tuple(warnings),
        )

    def _decode(self, audio: Audio, wins: list[spans.Span], language: str | None,
                warnings: list[str]) -> list[Raw]:
        out: list[Raw] = []
        last_speech = 0.0  # end of the last segment, carried over windows as faster-whisper does
        for i in range(0, len(wins), self.batch_size):
            found, last_speech = self._decode_batch(audio, wins[i:i + self.batch_size], language, warnings,
                                                    last_speech)
            out += found
        return out

    @staticmethod
    def _gaps(audio: Audio, raw: list[Raw], regions: list[spans.Span]) -> list[spans.Span]:
        """Speech no word covers (GAP_MIN_SECONDS or more), as windows of their own.

        Whisper sometimes ends a window early or starts it late, silently
        dropping speech: the faster-whisper backend's repair, done the same
        way (each stretch decoded on its own, in batches).
        """
        return [w for g in spans.merge(skipped_speech(audio, raw, regions)) for w in spans.windows([g], WINDOW)]

    def _input(self, audio: Audio, wins: list[spans.Span]) -> tuple[Any, list[int]]:
        """Log-mel features (batch, mels, 3000) of the windows, and each window's length in samples."""
        import torch

        sr = audio.sample_rate
        pieces = [np.ascontiguousarray(audio.samples[int(s * sr): int(e * sr)], dtype=np.float32) for s, e in wins]
        frames = self._features.nb_max_frames
        feats = torch.zeros((len(pieces), self._features.feature_size, frames), device=self.device)
        for i, piece in enumerate(pieces):
            # Each window on its own, then zero-padded in the log-mel domain to 30 s, as openai-whisper
            # and faster-whisper do (padding the audio instead changes the normalisation, and the
            # text of borderline windows); the same frames as faster-whisper's batched pipeline.
            mel = self._features(np.pad(piece, (0, HOP)), sampling_rate=sr, padding="do_not_pad",
                                 truncation=False, return_tensors="pt", device=self.device).input_features[0, :, :-1]
            feats[i, :, :min(frames, mel.shape[-1])] = mel[:, :frames].to(self.device)
        return feats.to(self._model.dtype), [len(p) for p in pieces]

    def _sot_sequence(self, language: str | None) -> list[int]:
        if not self.multilingual:
            return [self._sot]
        return [self._sot, self._lang_to_id[f"<|{language}|>"], self._token("<|transcribe|>")]

    def _detect_language(self, audio: Audio, wins: list[spans.Span]) -> tuple[str, float]:
        """The most likely language over the windows (mean of each window's language distribution)."""
        import torch

        feats, _ = self._input(audio, wins)
        enc = self._model.model.encoder(feats).last_hidden_state
        sot = torch.full((len(wins), 1), self._sot, device=self.device)
        logits = self._model(encoder_outputs=(enc,), decoder_input_ids=sot, use_cache=False).logits[:, -1].float()
        codes = list(self._lang_to_id)
        ids = torch.tensor([self._lang_to_id[c] for c in codes], device=self.device)
        probs = logits[:, ids].softmax(-1).mean(0)
        best = int(probs.argmax())
        return codes[best][2:-2], float(probs[best])

    def _generate(self, feats: Any, language: str | None, **options: Any) -> list[list[int]]:
        """Text tokens per window (the encoder output is captured by the hook on the way)."""
        import torch

        kwargs: dict[str, Any] = {"num_beams": self.beam_size, "return_timestamps": False,
                                  "suppress_tokens": self._suppress, **options}
        if kwargs["num_beams"] > 1:
            kwargs["past_key_values"] = _beam_cache(self._model.config)
        if self.multilingual:
            kwargs.update(language=language, task="transcribe")
        if self._prompt:
            kwargs["prompt_ids"] = torch.tensor(self._prompt, device=self.device)
        seqs = self._model.generate(feats, **kwargs)
        out: list[list[int]] = []
        for row in seqs.tolist():
            if self._no_timestamps in row:  # some versions return the decoder prompt too
                row = row[row.index(self._no_timestamps) + 1:]
            text: list[int] = []
            for t in row:
                if t >= self._eot:
                    break
                text.append(t)
            out.append(text)
        if len(out) != feats.shape[0]:
            raise RuntimeError(f"generate returned {len(out)} sequences for {feats.shape[0]} windows")
        return out

    def _decode_batch(self, audio: Audio, wins: list[spans.Span], language: str | None,
                      warnings: list[str], last_speech: float) -> tuple[list[Raw], float]:
        import torch

        feats, lengths = self._input(audio, wins)
        tokens = self._generate(feats, language)
        enc = self._capture["encoder"] if self._capture else None
        if enc is None or enc.shape[0] != len(wins):
            enc = self._model.model.encoder(feats).last_hidden_state
        keep = [True] * len(wins)
        for i, toks in enumerate(tokens):
            if _compression_ratio(self._text(toks)) <= COMPRESSION_RATIO:
                continue
            # The window fell into a repetition loop: sample again with Whisper's temperature fallback.
            log.debug("re-decoding a looping window (%.1f-%.1f s)", *wins[i])
            torch.manual_seed(0)  # the fallback samples: keep it reproducible
            for temperature in FALLBACK_TEMPERATURES:
                again = self._generate(feats[i:i + 1], language, temperature=temperature, num_beams=1)[0]
                if _compression_ratio(self._text(again)) <= COMPRESSION_RATIO:
                    tokens[i] = again
                    break
            else:
                keep[i] = False
                warnings.append(unreliable(wins[i][0], wins[i][1]))
        rows = [i for i in range(len(wins)) if keep[i] and tokens[i]]
        if not rows:
            return [], last_speech
        found = self._align(enc[rows], [tokens[i] for i in rows], [lengths[i] for i in rows], language)
        out: list[Raw] = []
        for i, (items, avg_logprob, no_speech_prob) in zip(rows, found, strict=True):
            start, end = wins[i]
            last_speech = _place(items, start, end, last_speech)
            placed = tuple(
                Word(start=round(min(max(it["start"], start), end), 3),
                     end=round(min(max(it["end"], it["start"], start), end), 3),
                     text=it["word"].strip(), probability=round(it["p"], 4))
                for it in items
            )
            if not placed:
                continue
            text = " ".join(w.text for w in placed)
            out.append(Raw(
                start=placed[0].start, end=placed[-1].end, text=text, words=placed,
                avg_logprob=avg_logprob, no_speech_prob=no_speech_prob,
                compression_ratio=_compression_ratio(text),
            ))
        return out, last_speech

    def _text(self, tokens: list[int]) -> str:
        return self._tok.decode(tokens, skip_special_tokens=True, clean_up_tokenization_spaces=False)

    def _align(self, enc: Any, tokens: list[list[int]], lengths: list[int],
               language: str | None) -> list[tuple[list[dict[str, Any]], float, float]]:
        """One teacher-forced pass: per window (word timings, avg_logprob, no_speech_prob).

        Word timings are dicts: word, start, end (seconds in the window), p
        (mean token probability), and the window's median and longest word
        duration (for ``_place``)."""
        import torch

        prompt, sot = self._prompt, self._sot_sequence(language)
        head = [*prompt, *sot, self._no_timestamps]
        rows = [head + t + [self._eot] for t in tokens]
        width = max(len(r) for r in rows)
        ids = torch.tensor([r + [self._eot] * (width - len(r)) for r in rows], device=self.device)
        self._capture = {}
        logits = self._model(encoder_outputs=(enc,), decoder_input_ids=ids, use_cache=False).logits
        qk = self._cross_attention(enc)  # (batch, alignment heads, tokens, frames)
        out = []
        for b, text in enumerate(tokens):
            n, p0 = len(text), len(prompt)
            first = len(head) - 1  # the no-timestamps position predicts the first text token
            lg = logits[b, first:first + n + 1].float()
            logprobs = lg.log_softmax(-1)
            targets = torch.tensor([*text, self._eot], device=lg.device)
            chosen = logprobs.gather(1, targets[:, None])[:, 0]
            avg_logprob = float(chosen.sum()) / (n + 1)
            no_speech_prob = float(logits[b, p0].float().softmax(-1)[self._no_speech])
            text_probs = lg[:n, :self._eot].softmax(-1).gather(1, targets[:n, None])[:, 0].cpu().numpy()
            # faster-whisper's batched pipeline aligns over the window's duration rounded up to a second
            frames = min(qk.shape[-1], max(1, int(np.ceil(lengths[b] / SAMPLE_RATE)) * SAMPLE_RATE // HOP // 2))
            w = qk[b, :, p0:p0 + len(sot) + 1 + n + 1, :frames].softmax(-1)
            std, mean = torch.std_mean(w, dim=-2, keepdim=True, unbiased=False)
            w = _median_filter((w - mean) / std, MEDIAN_FILTER_WIDTH)
            matrix = w.mean(0)[len(sot):-1]  # rows: the positions that predict each text token and the end
            text_idx, time_idx = _dtw(-matrix.double().cpu().numpy())
            out.append((self._words(text, text_idx, time_idx, text_probs), avg_logprob, no_speech_prob))
        return out

    def _cross_attention(self, enc: Any) -> Any:
        """softmax-ready scores q k^T of every alignment head, from the captured cross-attention inputs."""
        import torch

        decoder = self._model.model.decoder
        cfg = self._model.config
        hd = cfg.d_model // cfg.decoder_attention_heads
        keys: dict[int, Any] = {}
        queries: dict[int, Any] = {}
        per_head = []
        for layer, h in self._heads:
            attn = decoder.layers[layer].encoder_attn
            if layer not in queries:
                x = self._capture[layer]
                queries[layer] = (attn.q_proj(x) * attn.scaling).float().view(*x.shape[:2], -1, hd)
                keys[layer] = attn.k_proj(enc).float().view(*enc.shape[:2], -1, hd)
            per_head.append(torch.einsum("btd,bfd->btf", queries[layer][:, :, h], keys[layer][:, :, h]))
        return torch.stack(per_head, dim=1)

    def _words(self, text: list[int], text_idx: np.ndarray, time_idx: np.ndarray,
               probs: np.ndarray) -> list[dict[str, Any]]:
        """Word timings from the DTW path, with faster-whisper's long-word fix and punctuation merging."""
        words, groups = self._split_words([*text, self._eot])
        if len(groups) <= 1:
            return []
        bounds = np.pad(np.cumsum([len(g) for g in groups[:-1]]), (1, 0))
        jumps = np.pad(np.diff(text_idx), (1, 0), constant_values=1).astype(bool)
        jump_times = time_idx[jumps] / TOKENS_PER_SECOND
        starts, ends = jump_times[bounds[:-1]], jump_times[bounds[1:]]
        items = [{"word": w, "start": float(s), "end": float(e), "p": float(np.mean(probs[i:j]))}
                 for w, s, e, i, j in zip(words, starts, ends, bounds[:-1], bounds[1:])]
        durations = np.array([it["end"] - it["start"] for it in items])
        durations = durations[durations.nonzero()]
        median = min(0.7, float(np.median(durations))) if len(durations) else 0.0
        longest = 2 * median
        if len(durations):  # truncate long words at sentence boundaries (faster-whisper's rule)
            for i in range(1, len(items)):
                if items[i]["end"] - items[i]["start"] > longest:
                    if items[i]["word"] in SENTENCE_MARKS:
                        items[i]["end"] = items[i]["start"] + longest
                    elif items[i - 1]["word"] in SENTENCE_MARKS:
                        items[i]["start"] = items[i]["end"] - longest
        _merge_punctuations(items)
        kept = [it for it in items if it["word"].strip()]
        for it in kept:
            it["median"], it["longest"] = median, longest
        return kept

    def _split_words(self, tokens: list[int]) -> tuple[list[str], list[list[int]]]:
        """Tokens grouped into words: a piece starting with a space, a punctuation mark or a special token
        starts a new word (faster-whisper's ``split_tokens_on_spaces``)."""
        import string

        def decode(ts: list[int]) -> str:
            return self._tok.decode(ts, skip_special_tokens=False, clean_up_tokenization_spaces=False)

        full = decode(tokens)
        pieces: list[str] = []
        groups: list[list[int]] = []
        current: list[int] = []
        offset = 0
        for t in tokens:  # pieces that decode to whole characters
            current.append(t)
            text = decode(current)
            bad = text.find("\ufffd")
            if bad < 0 or (offset + bad < len(full) and full[offset + bad] == "\ufffd"):
                pieces.append(text)
                groups.append(current)
                current = []
                offset += len(text)
        words: list[str] = []
        word_tokens: list[list[int]] = []
        for piece, group in zip(pieces, groups, strict=True):
            if group[0] >= self._eot or piece.startswith(" ") or piece.strip() in string.punctuation or not words:
                words.append(piece)
                word_tokens.append(list(group))
            else:
                words[-1] += piece
                word_tokens[-1].extend(group)
        return words, word_tokens


def _place(items: list[dict[str, Any]], start: float, end: float, last_speech: float) -> float:
    """Move a window's word timings to absolute time, with faster-whisper's fixes for long words
    at segment boundaries (``add_word_timestamps``); returns the new end of speech."""
    if not items:
        return last_speech
    median, longest = items[0]["median"], items[0]["longest"]
    for it in items:
        it["start"], it["end"] = round(start + it["start"], 2), round(start + it["end"], 2)
    first = items[0]
    second = items[1] if len(items) > 1 else None
    # the first and second word after a pause: at most twice the median word duration
    if first["end"] - last_speech > median * 4 and (
        first["end"] - first["start"] > longest
        or (second is not None and second["end"] - first["start"] > longest * 2)
    ):
        if second is not None and second["end"] - second["start"] > longest:
            boundary = max(second["end"] / 2, second["end"] - longest)
            first["end"] = second["start"] = boundary
        first["start"] = max(0.0, first["end"] - longest)
    if start < first["end"] and start - 0.5 > first["start"]:
        first["start"] = max(0.0, min(first["end"] - median, start))
    last = items[-1]
    if end > last["start"] and end + 0.5 < last["end"]:
        last["end"] = max(last["start"] + median, end)
        return end
    return last["end"]


def _beam_cache(config: Any) -> Any:
    """A decoder cache for beam search that does not reorder the cross-attention keys and values.

    Beam search reorders the cache after every step, but the beams of one
    window share their encoder output, so the cross-attention cache is the same
    whatever the order: copying it (batch x beams x 1500 frames, every layer) is
    pure memory traffic, and with it generation was 3x slower on CPU (tiny.en,
    3 windows, beam 5: 38 s against 13 s, same tokens).
    """
    from transformers import DynamicCache

    return _cross_fixed_cache_class()(DynamicCache(config=config), DynamicCache(config=config))


@functools.cache
def _cross_fixed_cache_class() -> type:
    from transformers import EncoderDecoderCache

    class CrossFixedCache(EncoderDecoderCache):
        def reorder_cache(self, beam_idx: Any) -> None:
            self.self_attention_cache.reorder_cache(beam_idx)

    return CrossFixedCache


def _merge_punctuations(items: list[dict[str, Any]]) -> None:
    """Attach opening marks to the next word and closing marks to the previous one (openai-whisper's rule)."""
    i, j = len(items) - 2, len(items) - 1
    while i >= 0:
        prev, nxt = items[i], items[j]
        if prev["word"].startswith(" ") and prev["word"].strip() in PREPEND_PUNCTUATIONS:
            nxt["word"] = prev["word"] + nxt["word"]
            prev["word"] = ""
        else:
            j = i
        i -= 1
    i, j = 0, 1
    while j < len(items):
        prev, nxt = items[i], items[j]
        if not prev["word"].endswith(" ") and nxt["word"] in APPEND_PUNCTUATIONS:
            prev["word"] = prev["word"] + nxt["word"]
            nxt["word"] = ""
        else:
            i = j
        j += 1


def _compression_ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


def _median_filter(x: Any, width: int) -> Any:
    """Median over the last axis in a window of ``width`` (odd), reflect-padded, as openai-whisper."""
    import torch.nn.functional as F

    pad = width // 2
    if x.shape[-1] <= pad:
        return x
    shape = x.shape
    y = F.pad(x.reshape(-1, 1, shape[-1]), (pad, pad), mode="reflect")
    return y.unfold(-1, width, 1).median(-1).values.reshape(shape)


def _dtw(cost_in: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Dynamic time warping over a (tokens, frames) cost matrix: (token indices, frame indices) of the path."""
    n, m = cost_in.shape
    cost = np.full((n + 1, m + 1), np.inf)
    trace = np.full((n + 1, m + 1), -1, dtype=np.int8)
    cost[0, 0] = 0.0
    # Along anti-diagonals every cell depends only on the two previous diagonals: vectorise each one.
    for d in range(2, n + m + 1):
        i = np.arange(max(1, d - m), min(n, d - 1) + 1)
        j = d - i
        c0, c1, c2 = cost[i - 1, j - 1], cost[i - 1, j], cost[i, j - 1]
        t = np.where((c0 < c1) & (c0 < c2), 0, np.where((c1 < c0) & (c1 < c2), 1, 2))
        cost[i, j] = cost_in[i - 1, j - 1] + np.choose(t, (c0, c1, c2))
        trace[i, j] = t
    trace[0, :] = 2
    trace[:, 0] = 1
    i, j = n, m
    path = []
    while i > 0 or j > 0:
        path.append((i - 1, j - 1))
        t = trace[i, j]
        if t == 0:
            i, j = i - 1, j - 1
        elif t == 1:
            i -= 1
        else:
            j -= 1
    arr = np.array(path[::-1]).T
    return arr[0], arr[1]
