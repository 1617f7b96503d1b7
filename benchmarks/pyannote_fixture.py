"""A local pyannote.audio 4 pipeline folder made of freshly initialised models.

``build_test_pipeline(folder)`` writes the layout of
``pyannote/speaker-diarization-community-1`` (the gated hub repository):

    folder/config.yaml
    folder/segmentation/pytorch_model.bin   PyanNet, powerset: 3 speakers, at most 2 at once, 10 s chunks
    folder/embedding/pytorch_model.bin      WeSpeakerResNet34, 256-dimensional embeddings
    folder/plda/xvec_transform.npz          mean1 (256), mean2 (128), lda (256 x 128)
    folder/plda/plda.npz                    mu (128), tr (128 x 128), psi (128)

with random (seeded) weights (the segmentation classifier shaped a little, see
``_segmentation_model``), so that pyannote's real loading code
(``Pipeline.from_pretrained`` -> ``Model.from_pretrained`` -> Lightning's
``load_from_checkpoint``, ``PLDA.from_pretrained``) and its real inference code
(segmentation, embeddings, VBx clustering, reconstruction) run offline, with no
gated download. The speakers it finds are meaningless: tests check mechanics,
never accuracy.

Checkpoints are what Lightning writes and pyannote reads back: ``state_dict``,
``hyper_parameters``, ``pytorch-lightning_version`` and, from the model's own
``on_save_checkpoint``, the ``pyannote.audio`` section (versions, architecture,
specifications).
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

os.environ["PYANNOTE_METRICS_ENABLED"] = "0"  # before pyannote.audio is imported

import numpy as np
import torch
import yaml

EMBEDDING_DIM = 256
LDA_DIM = 128

# speaker-diarization-community-1's config.yaml as published (pipeline section and tuned
# parameters); build_test_pipeline may change two speed settings, see there.
CONFIG = {
    "dependencies": {"pyannote.audio": "4.0.0"},
    "pipeline": {
        "name": "pyannote.audio.pipelines.SpeakerDiarization",
        "params": {
            "clustering": "VBxClustering",
            "segmentation": "$model/segmentation",
            "segmentation_batch_size": 32,
            "embedding": "$model/embedding",
            "embedding_batch_size": 32,
            "embedding_exclude_overlap": True,
            "plda": "$model/plda",
        },
    },
    "params": {
        "clustering": {"threshold": 0.6, "Fa": 0.07, "Fb": 0.8},
        "segmentation": {"min_duration_off": 0.0},
    },
}


def _checkpoint(model: torch.nn.Module) -> dict:
    import lightning

    ckpt = {
        "state_dict": model.state_dict(),
        "hyper_parameters": dict(model.hparams),
        "pytorch-lightning_version": lightning.__version__,
        "epoch": 0,
        "global_step": 0,
    }
    model.on_save_checkpoint(ckpt)  # adds the "pyannote.audio" section
    return ckpt


def _segmentation_model() -> torch.nn.Module:
    from pyannote.audio.core.task import Problem, Resolution, Specifications
    from pyannote.audio.models.segmentation import PyanNet

    model = PyanNet(sincnet={"stride": 10})
    model.specifications = Specifications(
        problem=Problem.MONO_LABEL_CLASSIFICATION,
        resolution=Resolution.FRAME,
        duration=10.0,
        min_duration=10.0,
        warm_up=(0.0, 0.0),
        classes=["speaker#1", "speaker#2", "speaker#3"],
        powerset_max_classes=2,
        permutation_invariant=True,
    )
    model.build()  # the task-dependent classifier (7 powerset classes)
    # Left fully random, the classifier's bias wins everywhere: one constant powerset class
    # (usually an overlap), so no (chunk, speaker) has the clean speech pyannote needs to
    # cluster, and every run ends with one speaker. Sharper logits that follow the input,
    # and the 3 overlap classes ({0,1}, {0,2}, {1,2}) muted, make frames switch between
    # silence and single local speakers with the audio: clustering then has material
    # and num_speakers can take effect. The weights are still random.
    with torch.no_grad():
        model.classifier.weight.mul_(10.0)
        model.classifier.bias.zero_()
        model.classifier.weight[4:] = 0.0
        model.classifier.bias[4:] = -1e3
    return model


def _embedding_model() -> torch.nn.Module:
    from pyannote.audio.core.task import Problem, Resolution, Specifications
    from pyannote.audio.models.embedding import WeSpeakerResNet34

    model = WeSpeakerResNet34()
    model.specifications = Specifications(
        problem=Problem.REPRESENTATION, resolution=Resolution.CHUNK, duration=10.0
    )
    return model


def _plda(folder: Path, rng: np.random.Generator) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    lda, _ = np.linalg.qr(rng.standard_normal((EMBEDDING_DIM, LDA_DIM)))  # orthonormal columns
    np.savez(
        folder / "xvec_transform.npz",
        mean1=0.01 * rng.standard_normal(EMBEDDING_DIM),
        mean2=0.01 * rng.standard_normal(LDA_DIM),
        lda=lda,
    )
    tr, _ = np.linalg.qr(rng.standard_normal((LDA_DIM, LDA_DIM)))  # invertible (orthogonal)
    psi = np.sort(rng.uniform(0.5, 5.0, LDA_DIM))[::-1].copy()  # positive: a valid covariance
    np.savez(folder / "plda.npz", mu=np.zeros(LDA_DIM), tr=tr, psi=psi)


def build_test_pipeline(
    folder: Path,
    *,
    seed: int = 0,
    segmentation_step: float | None = 0.5,
    embedding_batch_size: int | None = 1,
) -> Path:
    """Write a community-1-shaped pipeline folder with random weights; return ``folder``.

    Two settings differ from community-1 by default, only to make inference cheap on a
    2-core machine (pass None to keep community-1's): ``segmentation_step`` 0.5 (a 10 s
    window every 5 s instead of every 1 s: 5x fewer chunks, hence 5x fewer embeddings,
    which dominate the run time) and ``embedding_batch_size`` 1 (on CPU, batches of 10 s
    chunks are slower per chunk than one at a time).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)

    (folder / "segmentation").mkdir(exist_ok=True)
    torch.save(_checkpoint(_segmentation_model()), folder / "segmentation" / "pytorch_model.bin")
    (folder / "embedding").mkdir(exist_ok=True)
    torch.save(_checkpoint(_embedding_model()), folder / "embedding" / "pytorch_model.bin")
    _plda(folder / "plda", rng)
    config = copy.deepcopy(CONFIG)
    if segmentation_step is not None:
        config["pipeline"]["params"]["segmentation_step"] = segmentation_step
    if embedding_batch_size is not None:
        config["pipeline"]["params"]["embedding_batch_size"] = embedding_batch_size
    (folder / "config.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    return folder
