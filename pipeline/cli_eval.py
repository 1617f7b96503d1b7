"""``scribe eval ...``: measure the pipeline against references."""

from __future__ import annotations

import click


@click.group("eval")
def eval_group() -> None:
    """Measure transcripts, diarization and notes against references."""
