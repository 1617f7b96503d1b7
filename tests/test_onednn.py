"""The note model's linear layers through oneDNN with packed weights (pipeline/note/onednn.py)."""

from __future__ import annotations

import pytest
import torch

from pipeline.note import onednn

pytestmark = pytest.mark.skipif(not onednn.available(), reason="this torch build has no oneDNN linear ops")


class Tiny(torch.nn.Module):
    """Embeddings tied to the output head, like Qwen2.5-1.5B and SmolLM2."""

    def __init__(self) -> None:
        super().__init__()
        torch.manual_seed(0)
        self.embed = torch.nn.Embedding(50, 16)
        self.up = torch.nn.Linear(16, 40)
        self.down = torch.nn.Linear(40, 16, bias=False)
        self.head = torch.nn.Linear(16, 50, bias=False)
        self.head.weight = self.embed.weight

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.head(self.down(torch.relu(self.up(self.embed(ids)))))


@pytest.mark.parametrize("rows", [1, 3, 17])
def test_packed_model_gives_the_same_outputs(rows):
    model = Tiny().eval()
    ids = torch.randint(0, 50, (2, rows), generator=torch.Generator().manual_seed(rows))
    with torch.inference_mode():
        want = model(ids)
    assert onednn.pack_linears(model) == 2  # up and down; the tied head stays nn.Linear
    assert isinstance(model.up, onednn.PackedLinear) and isinstance(model.down, onednn.PackedLinear)
    assert type(model.head) is torch.nn.Linear and model.head.weight is model.embed.weight
    with torch.inference_mode():
        got = model(ids)
    assert got.shape == want.shape
    torch.testing.assert_close(got, want, rtol=1e-5, atol=1e-5)


def test_only_fp32_layers_are_packed():
    model = Tiny().eval()
    model.up.to(torch.bfloat16)
    assert onednn.pack_linears(model) == 1
    assert type(model.up) is torch.nn.Linear and isinstance(model.down, onednn.PackedLinear)


def test_nothing_is_swapped_without_the_ops(monkeypatch):
    model = Tiny().eval()
    monkeypatch.setattr(onednn, "available", lambda: False)
    assert onednn.pack_linears(model) == 0
    assert type(model.up) is torch.nn.Linear


def test_a_disagreeing_kernel_is_not_used(monkeypatch):
    model = Tiny().eval()
    monkeypatch.setattr(onednn.PackedLinear, "forward", lambda self, x: torch.zeros(*x.shape[:-1], self.out_features))
    assert onednn.pack_linears(model) == 0
    assert type(model.up) is torch.nn.Linear and type(model.down) is torch.nn.Linear
