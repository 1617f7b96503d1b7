"""int8 linear layers for the note model on the CPU (pipeline/note/int8.py)."""

from __future__ import annotations

import pytest
import torch

from pipeline.note import int8

pytestmark = pytest.mark.skipif(not int8.available(), reason="this torch build has no fbgemm int8 kernels")


def _layer(k: int = 64, n: int = 48, bias: bool = True) -> torch.nn.Linear:
    torch.manual_seed(0)
    lin = torch.nn.Linear(k, n, bias=bias)
    lin.weight.data.normal_(0, 0.05)
    return lin


def _rel_err(got: torch.Tensor, want: torch.Tensor) -> torch.Tensor:
    return (got - want).norm(dim=-1) / want.norm(dim=-1)


@pytest.mark.parametrize("rows", [1, 7])
@pytest.mark.parametrize("bias", [True, False])
def test_close_to_fp32(rows, bias):
    lin = _layer(bias=bias)
    q = int8.Int8Linear.of(lin)
    x = torch.randn(2, rows, 64, generator=torch.Generator().manual_seed(rows))
    with torch.inference_mode():
        got, want = q(x), lin(x)
    assert got.shape == want.shape == (2, rows, 48)
    assert _rel_err(got, want).max() < 0.02


def test_each_token_has_its_own_scale():
    """A token with activations 1000x the others (a prompt's first token) does not flatten the rest."""
    lin = _layer(bias=False)
    q = int8.Int8Linear.of(lin)
    x = torch.randn(6, 64, generator=torch.Generator().manual_seed(1))
    x[0] *= 1000
    with torch.inference_mode():
        err = _rel_err(q(x), lin(x))
    assert err.max() < 0.02
    # one scale for the whole matrix, as torch's quantize_dynamic does, loses the small tokens
    scale = x.abs().max() / 127
    per_matrix = (torch.round(x / scale) * scale) @ lin.weight.T
    assert _rel_err(per_matrix[1:], lin(x)[1:].detach()).min() > 0.2


def test_smoothing_keeps_the_product_and_tames_an_outlier_channel():
    lin = _layer(bias=False)
    x = torch.randn(32, 64, generator=torch.Generator().manual_seed(2))
    x[:, 5] *= 60  # one input channel far larger than the rest, as in LLM activations,
    with torch.no_grad():
        lin.weight[:, 5] *= 0.02  # whose weights are small: the output rests on the other channels
    peak = x.abs().amax(0)
    smooth = int8.smoothing(peak, lin.weight)
    plain, smoothed = int8.Int8Linear.of(lin), int8.Int8Linear.of(lin, smooth)
    with torch.inference_mode():
        want = lin(x)
        e_plain, e_smooth = _rel_err(plain(x), want).mean(), _rel_err(smoothed(x), want).mean()
    assert e_smooth < 0.03
    assert e_smooth < e_plain / 2


def test_seven_bit_activations_without_vnni(monkeypatch):
    monkeypatch.setattr(int8, "_has_vnni", lambda: False)
    lin = _layer()
    q = int8.Int8Linear.of(lin)
    assert q.reduce_range
    x = torch.randn(5, 64, generator=torch.Generator().manual_seed(3))
    with torch.inference_mode():
        assert _rel_err(q(x), lin(x)).max() < 0.04


def test_a_disagreeing_kernel_is_refused(monkeypatch):
    lin = _layer()
    q = int8.Int8Linear.of(lin)
    assert int8._agrees(lin, q)
    monkeypatch.setattr(int8.Int8Linear, "forward", lambda self, x: torch.zeros(*x.shape[:-1], self.out_features))
    assert not int8._agrees(lin, q)


def test_a_token_does_not_depend_on_the_others_in_the_call():
    """Prefill, KV-cache reuse and jump-forward steps feed tokens in different groups: same numbers."""
    lin = _layer()
    q = int8.Int8Linear.of(lin)
    x = torch.randn(9, 64, generator=torch.Generator().manual_seed(4))
    x[3] = x[3].abs()  # a row with no negative value: its own range would differ from the others'
    with torch.inference_mode():
        together = q(x)
        alone = torch.cat([q(x[i:i + 1]) for i in range(9)])
        pairs = torch.cat([q(x[i:i + 3]) for i in range(0, 9, 3)])
    assert torch.equal(together, alone) and torch.equal(together, pairs)


def test_stale_cache_files_of_the_same_model_are_removed(tmp_path) -> None:
    import os
    import time

    now = time.time()
    old, recent = now - (int8.STALE_DAYS + 1) * 86400, now - 2 * 86400

    def made(name: str, mtime: float):
        f = tmp_path / name
        f.write_bytes(b"x")
        os.utime(f, (mtime, mtime))
        return f

    current = made("int8-qwen2.5-1a2b3c4d5e6f7a8b.safetensors", old)  # in use now, however old its mtime
    stale = made("int8-qwen2.5-0000000000000000.safetensors", old)  # another scheme, unused for a month
    fresh = made("int8-qwen2.5-1111111111111111.safetensors", recent)  # e.g. int8-mlp, used lately
    other_model = made("int8-qwen2.5-coder-2222222222222222.safetensors", old)  # a name that starts alike
    foreign = made("int8-qwen2.5-notakey.safetensors", old)
    assert int8._prune(current, now) == 1
    assert not stale.exists()
    assert current.exists() and fresh.exists() and other_model.exists() and foreign.exists()
    assert current.stat().st_mtime == pytest.approx(now)  # marked used
    assert int8._prune(current, now) == 0


def test_layers_packed_in_threads_are_the_ones_packed_alone():
    """``pack`` runs fbgemm's prepack for several layers at once: each gives exactly its serial result."""
    layers = []
    for i in range(5):
        lin = torch.nn.Linear(96, 40 + 8 * i, bias=i % 2 == 0)
        torch.nn.init.normal_(lin.weight, 0, 0.05, generator=torch.Generator().manual_seed(i))
        smooth = torch.rand(96, generator=torch.Generator().manual_seed(10 + i)) + 0.5 if i % 2 else None
        layers.append((int8.Int8Linear.quantize(lin.weight, smooth), lin.bias))
    serial = [int8.Int8Linear.from_parts(p, b) for p, b in layers]
    threaded = int8.pack(layers, workers=3)
    x = torch.randn(4, 96, generator=torch.Generator().manual_seed(5))
    with torch.inference_mode():
        for a, b in zip(serial, threaded, strict=True):
            wa, wb = torch.ops.quantized.linear_unpack(a.packed)[0], torch.ops.quantized.linear_unpack(b.packed)[0]
            assert torch.equal(wa.int_repr(), wb.int_repr())
            assert torch.equal(wa.q_per_channel_scales(), wb.q_per_channel_scales())
            assert torch.equal(a(x), b(x))
