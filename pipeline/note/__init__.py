"""Structured notes: templates (prompts/), the LLM writer, grounding, rendering.

``draft(transcript, template, writer)`` is the stage: the writer drafts the
items with their evidence, the grounding check marks what the cited segments
do not support. Imports are lazy: ``import pipeline.note`` needs no torch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from .templates import Template, list_templates, load_template

if TYPE_CHECKING:
    from ..config import Settings
    from ..schema import Note, Transcript
    from .writer import LLMNoteWriter

__all__ = ["Template", "draft", "list_templates", "load_template", "make_note_writer"]


def make_note_writer(settings: Settings) -> LLMNoteWriter:
    """The configured writer with its model loaded (once; reuse it for every file)."""
    from .llm import LocalLLM
    from .writer import LLMNoteWriter

    s = settings.note
    llm = LocalLLM(s.model, device=s.device, dtype=s.dtype, quantize=s.quantize, threads=s.threads,
                   cpu_matmul=s.cpu_matmul, lookup=s.lookup_tokens)
    return LLMNoteWriter(llm, s)


def draft(transcript: Transcript, template: Template, writer, names: Iterable[str] = ()) -> Note:
    """A draft note: written by ``writer``, every item checked against its evidence."""
    from .grounding import check

    note = writer.write(transcript, template)
    return check(note, transcript, section_roles=template.section_roles,
                 text_fields=template.text_fields, names=tuple(n for n in names if n))
