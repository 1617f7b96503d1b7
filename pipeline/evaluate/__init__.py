"""Evaluation: WER for transcripts (DER and note metrics come with their stages)."""
