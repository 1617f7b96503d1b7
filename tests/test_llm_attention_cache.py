"""The note model's KV cache that grows in place and its CPU attention without KV copies
(pipeline/note/llm.py new_cache, pipeline/note/attention.py): the same numbers as transformers' own."""

from __future__ import annotations

import types

import torch

from pipeline.note.attention import cpu_gqa_sdpa


def _layers():
    from transformers.cache_utils import DynamicLayer

    from pipeline.note.llm import _growing_layer_class

    return DynamicLayer(), _growing_layer_class()()


def test_a_growing_layer_holds_what_concatenation_holds_through_appends_and_crops():
    plain, grown = _layers()
    g = torch.Generator().manual_seed(0)
    for add, crop in [(300, 0), (1, 0), (8, -7), (1, 0), (600, -100), (5, 0), (0, -50), (900, 0)]:
        if add:
            k, v = torch.randn(1, 2, add, 4, generator=g), torch.randn(1, 2, add, 4, generator=g)
            a, b = plain.update(k, v), grown.update(k, v)
            assert torch.equal(a[0], b[0]) and torch.equal(a[1], b[1])
        if crop:
            plain.crop(crop)
            grown.crop(crop)
        assert plain.get_seq_length() == grown.get_seq_length()
        assert torch.equal(plain.keys, grown.keys) and torch.equal(plain.values, grown.values)
    assert grown.get_seq_length() == 300 + 1 + 1 + 1 + 500 + 5 - 50 + 900


def test_a_growing_layer_appends_without_copying_what_it_holds():
    _plain, grown = _layers()
    grown.update(torch.zeros(1, 2, 100, 4), torch.zeros(1, 2, 100, 4))
    before = grown.keys.data_ptr()
    for _ in range(50):  # room was left: every step writes into the same buffer
        grown.update(torch.ones(1, 2, 1, 4), torch.ones(1, 2, 1, 4))
    assert grown.keys.data_ptr() == before and grown.get_seq_length() == 150


def test_new_cache_uses_growing_layers_for_a_qwen2_config():
    from transformers import Qwen2Config

    from pipeline.note.llm import _growing_layer_class, new_cache

    cache = new_cache(Qwen2Config(num_hidden_layers=3, hidden_size=64, num_attention_heads=4,
                                  num_key_value_heads=2, intermediate_size=64, vocab_size=100))
    assert len(cache.layers) == 3
    assert all(type(layer).__name__ == _growing_layer_class().__name__ for layer in cache.layers)


def test_grouped_query_attention_with_a_mask_gives_what_transformers_sdpa_gives():
    from transformers.integrations.sdpa_attention import sdpa_attention_forward

    g = torch.Generator().manual_seed(1)
    module = types.SimpleNamespace(num_key_value_groups=6, is_causal=True, training=False)
    past, new = 700, 8
    q = torch.randn(1, 12, new, 32, generator=g)
    k, v = torch.randn(1, 2, past + new, 32, generator=g), torch.randn(1, 2, past + new, 32, generator=g)
    mask = torch.ones(new, past + new, dtype=torch.bool).tril(past)[None, None]
    want, _ = sdpa_attention_forward(module, q, k, v, mask, scaling=32 ** -0.5)
    got, _ = cpu_gqa_sdpa(module, q, k, v, mask, scaling=32 ** -0.5)
    assert got.shape == want.shape == (1, new, 12, 32)
    assert torch.allclose(got, want, atol=1e-5, rtol=1e-5)
    # one token, or no mask: transformers' own path
    got1, _ = cpu_gqa_sdpa(module, q[:, :, :1], k, v, None, scaling=32 ** -0.5)
    want1, _ = sdpa_attention_forward(module, q[:, :, :1], k, v, None, scaling=32 ** -0.5)
    assert torch.equal(got1, want1)
