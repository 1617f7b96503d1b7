"""Note metrics (ROUGE, evidence validity, unsupported rate, key facts) and reference-data loaders.

Metrics take a :class:`~pipeline.schema.Note` and plain text; loaders return
``(id, Transcript, reference)`` triples:

- :func:`load_aci_bench`: ACI-BENCH csv (``dataset, encounter_id, dialogue, note``), ``[doctor]``-tagged
  dialogue with estimated times;
- :func:`load_primock57`: PriMock57 folder (``transcripts/*.TextGrid`` one per speaker, ``notes/*.json``)
  with real utterance times;
- :func:`load_samples`: this repository's synthetic sessions (``samples/NAME.json`` turns) with their key
  facts (``samples/NAME.facts.json``, written by ``samples/make_samples.py --facts-only``).

Key facts (``NAME.facts.json``)::

    {"must": [{"id": "beads", "description": "...", "patterns": [["5 of 5", "bead"], ["all", "bead"]],
               "scope": "note"}, ...],
     "must_not": [{"id": "autism", "description": "...", "patterns": [["autism"], ["asd"]]}, ...]}

A fact is present when one of its ``patterns`` (alternatives) matches: every term of that alternative
occurs in the note text (``scope: "note"``, the default) or in one and the same item (``scope: "item"``).
A term is a word or a phrase of consecutive words. Before matching, both sides are lower-cased, number
words become digits ("thirty" -> 30, "twenty five" -> 25), "out of" and "N/M" become "of", and every
word is Porter-stemmed ("buttons", "buttoning" -> "button"). A term word ending in ``*`` matches any
word that starts with it ("meltdown*"). The note text is every item's text and its field values; section
titles are left out.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import NoteError
from ..note.grounding import AGO_UNITS, AGO_WORDS
from ..schema import Note, Segment, Transcript, segment_id

# --- ROUGE ----------------------------------------------------------------------------------------

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


@lru_cache(maxsize=1)
def _scorer():
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)


def sentence_lines(text: str) -> str:
    """One sentence per line (rougeLsum splits summaries on newlines); blank lines dropped."""
    out = []
    for line in text.splitlines():
        out.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return "\n".join(out)


def rouge(prediction: str, reference: str) -> dict[str, float]:
    """F1 of rouge1, rouge2, rougeL and rougeLsum (0..1), rouge_score with the Porter stemmer."""
    scores = _scorer().score(sentence_lines(reference), sentence_lines(prediction))
    return {k: float(scores[k].fmeasure) for k in ROUGE_TYPES}


# --- evidence and support -------------------------------------------------------------------------


def evidence_validity(note: Note, transcript: Transcript) -> float:
    """Share of the note's items whose evidence is non-empty and cites only segment ids of ``transcript``.

    A note without items scores 0.0.
    """
    items = note.items
    if not items:
        return 0.0
    ids = {s.id for s in transcript.segments}
    return sum(1 for i in items if i.evidence and all(e in ids for e in i.evidence)) / len(items)


def support_counts(note: Note) -> dict[str, int]:
    """Items in all; checked by grounding (support set); of those, supported and unsupported; unchecked."""
    items = note.items
    checked = [i for i in items if i.support is not None]
    unsupported = len(note.unsupported)
    return {"items": len(items), "checked": len(checked), "supported": len(checked) - unsupported,
            "unsupported": unsupported, "unchecked": len(items) - len(checked)}


def unsupported_rate(note: Note) -> float:
    """Share of ALL items that grounding marked unsupported (``support.supported`` False).

    Unchecked items (``support`` None) are in the denominator but never count as unsupported, so an
    unchecked note scores 0.0: read it together with ``support_counts(note)["unchecked"]``. A note
    without items scores 0.0.
    """
    c = support_counts(note)
    return c["unsupported"] / c["items"] if c["items"] else 0.0


# --- quoting, length, omissions -------------------------------------------------------------------

QUOTED = 0.8  # an item holding this share of one transcript line's words is that line, quoted
_QWORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    return _numbers(_QWORD.findall(text.lower().replace("'", "")))


def _share(part: list[str], whole: list[str]) -> float:
    """Share of ``part``'s words (with repeats) found in ``whole``."""
    from collections import Counter

    if not part:
        return 0.0
    have = Counter(whole)
    hit = 0
    for w in part:
        if have[w] > 0:
            have[w] -= 1
            hit += 1
    return hit / len(part)


def quoted(note: Note, transcript: Transcript, min_words: int = 4) -> dict[str, int]:
    """How many items are verbatim transcript lines: ``quoted`` counts the items whose text holds at least
    80 % of one transcript line's words (lines of at least ``min_words`` words); ``mostly_one_line`` counts
    the items at least 80 % of whose own words come from one line (a stricter reading: a short faithful
    restatement of part of a line counts too)."""
    lines = [w for w in (_words(s.text) for s in transcript.segments) if len(w) >= min_words]
    q = m = 0
    for item in note.items:
        words = _words(item.text)
        if any(_share(ln, words) >= QUOTED for ln in lines):
            q += 1
        if words and any(_share(words, ln) >= QUOTED for ln in lines):
            m += 1
    return {"quoted": q, "mostly_one_line": m, "items": len(note.items)}


def length(note_plain: str, transcript: Transcript) -> dict[str, Any]:
    """Words of the note's plain text against the transcript's words."""
    n = len(_QWORD.findall(note_plain.lower()))
    t = sum(len(_QWORD.findall(s.text.lower())) for s in transcript.segments)
    return {"note_words": n, "transcript_words": t, "ratio": n / t if t else 0.0}


# --- key facts ------------------------------------------------------------------------------------

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
# a decimal is one number ("4.5 min" is not "4" and "5 min", which a must-not "5 min*" would match)
_TOKEN = re.compile(r"[0-9]+\.[0-9]+|[a-z0-9]+\*?")


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.porter import PorterStemmer  # a dependency of rouge_score

    return PorterStemmer()


def _numbers(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t in _TENS:
            n = _TENS[t]
            if i + 1 < len(tokens) and tokens[i + 1] in _UNITS and 0 < _UNITS[tokens[i + 1]] < 10 and not (
                    tokens[i + 2:i + 3] and tokens[i + 2] in AGO_UNITS and tokens[i + 3:i + 4]
                    and tokens[i + 3] in AGO_WORDS):  # "twenty two weeks ago": 20, then 2 weeks ago
                n += _UNITS[tokens[i + 1]]
                i += 1
            out.append(str(n))
        elif t in _UNITS:
            out.append(str(_UNITS[t]))
        else:
            out.append(t)
        i += 1
    return out


def normalize(text: str) -> list[tuple[str, str]]:
    """(word, stem) pairs of ``text`` after lower-casing and number normalisation (see module doc)."""
    text = text.lower().replace("'", "").replace("\u2019", "")
    text = re.sub(r"(\d+)\s*/\s*(\d+)", r"\1 of \2", text)
    tokens = _numbers(_TOKEN.findall(text))
    out: list[tuple[str, str]] = []
    for i, t in enumerate(tokens):
        if t == "out" and i + 1 < len(tokens) and tokens[i + 1] == "of":
            continue  # "5 out of 5" == "5 of 5"
        out.append((t, t if t.endswith("*") or t.isdigit() else _stemmer().stem(t)))
    return out


def _term_in(term: Sequence[tuple[str, str]], unit: Sequence[tuple[str, str]]) -> bool:
    n = len(term)
    if n == 0:
        return True

    def same(t: tuple[str, str], u: tuple[str, str]) -> bool:
        return u[0].startswith(t[0][:-1]) if t[0].endswith("*") else t[1] == u[1]

    return any(all(same(term[k], unit[j + k]) for k in range(n)) for j in range(len(unit) - n + 1))


def note_units(note: Note) -> list[str]:
    """The note's text, one string per item: its text and its field values (section titles left out)."""
    return [" ".join([item.text, *(v for _k, v in item.fields)]) for item in note.items]


def fact_present(fact: dict[str, Any], units: Sequence[Sequence[tuple[str, str]]]) -> bool:
    """Whether one of ``fact["patterns"]`` matches the normalised note ``units`` (see module doc)."""
    item_scope = fact.get("scope", "note") == "item"
    for alternative in fact.get("patterns", ()):
        terms = [normalize(t) for t in alternative]
        if item_scope:
            if any(all(_term_in(t, u) for t in terms) for u in units):
                return True
        elif all(any(_term_in(t, u) for u in units) for t in terms):
            return True
    return False


def key_fact_recall(note: Note | Iterable[str], facts: dict[str, Any]) -> dict[str, Any]:
    """Which ``facts["must"]`` the note states and which ``facts["must_not"]`` it invents.

    ``note`` is a Note or its text units (strings). Returns ``recall`` (share of must facts present;
    1.0 when there are none), ``found`` (ids), ``missing`` and ``forbidden`` (lists of {id, description}),
    and the counts ``must`` and ``must_not``.
    """
    texts = note_units(note) if isinstance(note, Note) else list(note)
    units = [normalize(t) for t in texts]
    must, must_not = list(facts.get("must", ())), list(facts.get("must_not", ()))
    found = [f for f in must if fact_present(f, units)]
    missing = [f for f in must if f not in found]
    forbidden = [f for f in must_not if fact_present(f, units)]

    def brief(fs: list[dict[str, Any]]) -> list[dict[str, str]]:
        return [{"id": str(f.get("id", "")), "description": str(f.get("description", ""))} for f in fs]

    return {"recall": len(found) / len(must) if must else 1.0, "found": [str(f.get("id", "")) for f in found],
            "missing": brief(missing), "forbidden": brief(forbidden), "must": len(must), "must_not": len(must_not)}


def check_facts(facts: Any, origin: str) -> dict[str, Any]:
    """Validate the shape of a facts file; raises NoteError naming ``origin``."""
    if not isinstance(facts, dict) or not isinstance(facts.get("must"), list):
        raise NoteError(f"{origin}: expected an object with a 'must' list (and a 'must_not' list)")
    for kind in ("must", "must_not"):
        for f in facts.get(kind, ()):
            pats = f.get("patterns") if isinstance(f, dict) else None
            if (not isinstance(pats, list) or not pats
                    or not all(isinstance(a, list) and a and all(isinstance(t, str) and t.strip() for t in a)
                               for a in pats)):
                raise NoteError(f"{origin}: {kind} fact {f.get('id') if isinstance(f, dict) else f!r} needs "
                                "'patterns': a non-empty list of non-empty lists of terms")
    return facts


# --- loaders --------------------------------------------------------------------------------------


def load_aci_bench(path: Path | str) -> list[tuple[str, Transcript, str]]:
    """(encounter_id, Transcript, reference note) for each row of an ACI-BENCH csv (train.csv, valid.csv ...).

    The dialogue's ``[doctor]``/``[patient]``/``[patient_guest]`` tags become speakers; its times are
    estimated from word counts (the transcript carries that warning).
    """
    from ..note.text_transcript import parse_tagged

    path = Path(path)
    csv.field_size_limit(1 << 24)
    try:
        with path.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
    except OSError as e:
        raise NoteError(f"cannot read ACI-BENCH file {path}: {e.strerror or e}") from e
    except (UnicodeDecodeError, csv.Error) as e:
        raise NoteError(f"{path} is not a readable csv file: {e}") from e
    need = {"encounter_id", "dialogue", "note"}
    if not rows or not need <= set(rows[0]):
        raise NoteError(f"{path} is not an ACI-BENCH csv: it needs the columns {', '.join(sorted(need))}")
    out = []
    for row in rows:
        dialogue = row["dialogue"]
        if "\n" not in dialogue and "\\n" in dialogue:  # tolerate escaped newlines
            dialogue = dialogue.replace("\\n", "\n")
        try:
            t = parse_tagged(dialogue)
        except NoteError as e:
            raise NoteError(f"{path}, encounter {row['encounter_id']}: {e}") from e
        out.append((row["encounter_id"], t, row["note"]))
    return out


_TG_ITEM = re.compile(r"item\s*\[\d+\]\s*:")
_TG_FIELD = r"{}\s*=\s*\"((?:[^\"]|\"\")*)\""
_TG_INTERVAL = re.compile(
    r"intervals\s*\[\d+\]\s*:\s*xmin\s*=\s*([-+0-9.eE]+)\s*xmax\s*=\s*([-+0-9.eE]+)\s*text\s*=\s*\"((?:[^\"]|\"\")*)\"",
    re.S)


def parse_textgrid(text: str) -> list[dict[str, Any]]:
    """Interval tiers of a Praat TextGrid in the long text format.

    Returns ``[{"name", "intervals": [(xmin, xmax, text), ...]}]``; point tiers are left out, and
    Praat's doubled quotes ("") are undone. Raises NoteError when no interval tier is found.
    """
    if "ooTextFile" not in text[:200] or "TextGrid" not in text[:200]:
        raise NoteError("not a Praat TextGrid text file")
    tiers = []
    for chunk in _TG_ITEM.split(text)[1:]:
        cls = re.search(_TG_FIELD.format("class"), chunk)
        if cls is None or cls.group(1) != "IntervalTier":
            continue
        name = re.search(_TG_FIELD.format("name"), chunk)
        intervals = [(float(a), float(b), t.replace('""', '"')) for a, b, t in _TG_INTERVAL.findall(chunk)]
        tiers.append({"name": name.group(1).replace('""', '"') if name else "", "intervals": intervals})
    if not tiers:
        raise NoteError("the TextGrid has no interval tier")
    return tiers


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    return raw.decode("utf-8-sig")


def clean_primock(text: str) -> str:
    """PriMock57 markup out: ``<UNSURE>..</UNSURE>`` keeps its words, ``<UNIN/>`` (unintelligible) goes."""
    text = re.sub(r"</?UNSURE>", "", text, flags=re.I)
    text = re.sub(r"<UNIN\s*/>", " ", text, flags=re.I)
    text = re.sub(r"<[^<>]{1,20}/?>", " ", text)
    return " ".join(text.split())


def load_primock57(folder: Path | str) -> list[tuple[str, Transcript, str]]:
    """(consultation id, Transcript, reference note) for each ``notes/<id>.json`` with its TextGrids.

    ``transcripts/<id>_<speaker>.TextGrid`` (one per speaker) are merged in time order into segments
    with the real utterance times; empty intervals (and those left empty once the markup is removed)
    are dropped. Speaker ids are the upper-cased file suffix (DOCTOR, PATIENT).
    """
    from ..note.text_transcript import role_of

    folder = Path(folder)
    notes_dir, tg_dir = folder / "notes", folder / "transcripts"
    if not notes_dir.is_dir() or not tg_dir.is_dir():
        raise NoteError(f"{folder} is not a PriMock57 folder: it needs notes/ and transcripts/")
    out = []
    for note_path in sorted(notes_dir.glob("*.json")):
        cid = note_path.stem
        try:
            note = json.loads(_read_text(note_path))["note"]
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as e:
            raise NoteError(f"{note_path} is not a PriMock57 note ({e.__class__.__name__})") from e
        grids = sorted(tg_dir.glob(f"{cid}_*.TextGrid"))
        if not grids:
            raise NoteError(f"no transcripts/{cid}_*.TextGrid for {note_path.name}")
        utterances: list[tuple[float, float, str, str]] = []
        speakers = []
        for grid in grids:
            label = grid.stem[len(cid) + 1:]
            sid = label.upper()
            try:
                tiers = parse_textgrid(_read_text(grid))
            except (OSError, UnicodeDecodeError) as e:
                raise NoteError(f"cannot read {grid}: {e}") from e
            except NoteError as e:
                raise NoteError(f"{grid}: {e}") from e
            speakers.append({"id": sid, "role": role_of(label), "label": label})
            for tier in tiers:
                for a, b, text in tier["intervals"]:
                    clean = clean_primock(text)
                    if clean:
                        utterances.append((a, b, sid, clean))
        utterances.sort(key=lambda u: (u[0], u[1], u[2]))
        segments = tuple(Segment(id=segment_id(i), start=round(a, 3), end=round(b, 3), text=text, speaker=sid)
                         for i, (a, b, sid, text) in enumerate(utterances))
        out.append((cid, Transcript(segments=segments, language="en",
                                    duration=round(max((s.end for s in segments), default=0.0), 3),
                                    models={"transcript": {"backend": "primock57-manual"}},
                                    speakers=tuple(speakers)), note))
    if not out:
        raise NoteError(f"no notes/*.json in {folder}")
    return out


def load_samples(samples_dir: Path | str) -> list[tuple[str, Transcript, dict[str, Any]]]:
    """(name, Transcript of the reference turns, key facts) for each ``samples/NAME.json`` with a sound file.

    Raises NoteError when a session has no ``NAME.facts.json`` (made by
    ``python samples/make_samples.py --facts-only``).
    """
    from ..note.text_transcript import from_turns

    samples_dir = Path(samples_dir)
    out = []
    for ref_path in sorted(samples_dir.glob("*.json")):
        if ref_path.name.endswith(".facts.json"):
            continue
        try:
            ref = json.loads(ref_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise NoteError(f"cannot read sample reference {ref_path}: {e}") from e
        if not isinstance(ref, dict) or "turns" not in ref:
            continue
        facts_path = ref_path.with_name(f"{ref_path.stem}.facts.json")
        try:
            facts = json.loads(facts_path.read_text(encoding="utf-8"))
        except FileNotFoundError as e:
            raise NoteError(f"{facts_path} is missing: run `python samples/make_samples.py --facts-only`") from e
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise NoteError(f"cannot read key facts {facts_path}: {e}") from e
        try:
            transcript = from_turns(ref)
        except NoteError as e:
            raise NoteError(f"{ref_path}: {e}") from e
        out.append((str(ref.get("name") or ref_path.stem), transcript, check_facts(facts, str(facts_path))))
    if not out:
        raise NoteError(f"no sample session (NAME.json with turns) in {samples_dir}")
    return out


def mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


__all__ = [
    "ROUGE_TYPES", "check_facts", "evidence_validity", "fact_present", "key_fact_recall", "load_aci_bench",
    "load_primock57", "load_samples", "mean", "normalize", "note_units", "parse_textgrid", "rouge",
    "sentence_lines", "support_counts", "unsupported_rate", "score_note", "summarize", "table_header",
    "table_row", "mean_line",
]


# --- the report of `scribe eval notes` ------------------------------------------------------------


def score_note(note: Note, transcript: Transcript, reference: str | None = None,
               facts: dict[str, Any] | None = None, text: str | None = None) -> dict[str, Any]:
    """All metrics of one drafted note: ROUGE against ``reference`` (when given, on ``text``, the
    note's plain text), evidence validity, unsupported rate with support counts, key facts (when given)."""
    from ..note.render import note_text

    q = quoted(note, transcript)
    out: dict[str, Any] = {
        "segments": len(transcript.segments),
        "items": len(note.items),
        "quoted": q["quoted"],
        "quoted_rate": q["quoted"] / q["items"] if q["items"] else 0.0,
        "mostly_one_line_rate": q["mostly_one_line"] / q["items"] if q["items"] else 0.0,
        "length": length(note_text(note), transcript),
        "omissions": len(note.omissions),
        "unsupported_reasons": [r for i in note.unsupported for r in (i.support.reasons if i.support else ())],
        "rouge": rouge(text or "", reference) if reference is not None else None,
        "evidence_validity": evidence_validity(note, transcript),
        "unsupported_rate": unsupported_rate(note),
        "support": support_counts(note),
        "key_facts": key_fact_recall(note, facts) if facts is not None else None,
    }
    return out


def _pct(v: float | None, width: int = 5) -> str:
    return f"{'-':>{width}}" if v is None else f"{100 * v:>{width}.1f}"


TABLE_COLUMNS = ("name", "segs", "items", "R-1", "R-2", "R-L", "evid%", "unsup%", "quot%", "words%", "omit",
                 "facts", "forbid", "s/note")


def table_header(width: int = 20) -> str:
    return (f"{'name':<{width}} {'segs':>5} {'items':>5} {'R-1':>5} {'R-2':>5} {'R-L':>5} {'evid%':>6} "
            f"{'unsup%':>6} {'quot%':>6} {'words%':>6} {'omit':>5} {'facts':>6} {'forbid':>6} {'s/note':>7}")


def table_row(name: str, row: dict[str, Any], width: int = 20) -> str:
    """One line of the table; ROUGE F1, evidence validity and unsupported rate as percentages."""
    r = row.get("rouge") or {}
    kf = row.get("key_facts")
    facts = f"{len(kf['found'])}/{kf['must']}" if kf else "-"
    forbid = str(len(kf["forbidden"])) if kf else "-"
    return (f"{name[:width]:<{width}} {row['segments']:>5d} {row['items']:>5d} {_pct(r.get('rouge1'))} "
            f"{_pct(r.get('rouge2'))} {_pct(r.get('rougeL'))} {_pct(row['evidence_validity'], 6)} "
            f"{_pct(row['unsupported_rate'], 6)} {_pct(row.get('quoted_rate'), 6)} "
            f"{_pct((row.get('length') or {}).get('ratio'), 6)} {row.get('omissions', 0):>5d} "
            f"{facts:>6} {forbid:>6} {row['seconds']:>7.1f}")


def summarize(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Means over the scored rows (those without an error); None where no row has the metric."""
    ok = [r for r in rows if not r.get("error")]
    kfs = [r["key_facts"] for r in ok if r.get("key_facts")]
    return {
        "notes": len(ok),
        "failed": len(rows) - len(ok),
        "rouge": {k: mean(r["rouge"][k] for r in ok if r.get("rouge")) for k in ROUGE_TYPES}
        if any(r.get("rouge") for r in ok) else None,
        "evidence_validity": mean(r["evidence_validity"] for r in ok),
        "unsupported_rate": mean(r["unsupported_rate"] for r in ok),
        "items": sum(r.get("items", 0) for r in ok),
        "unsupported_items": sum((r.get("support") or {}).get("unsupported", 0) for r in ok),
        "quoted_items": sum(r.get("quoted", 0) for r in ok),
        "quoted_rate": mean(r.get("quoted_rate") for r in ok),
        "mostly_one_line_rate": mean(r.get("mostly_one_line_rate") for r in ok),
        "words_ratio": mean((r.get("length") or {}).get("ratio") for r in ok),
        "note_words": mean((r.get("length") or {}).get("note_words") for r in ok),
        "omissions": mean(r.get("omissions") for r in ok),
        "key_fact_recall": mean(k["recall"] for k in kfs) if kfs else None,
        "forbidden_hits": sum(len(k["forbidden"]) for k in kfs) if kfs else None,
        "seconds_per_note": mean(r["seconds"] for r in ok),
        **_speed([g for r in ok for g in r.get("generations") or []]),
    }


def _speed(gens: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Model throughput over all generations: prompt tokens computed per second, new tokens per second."""
    pre_s = sum(g.get("prefill_s") or 0 for g in gens)
    dec_s = sum(g.get("decode_s") or 0 for g in gens)
    computed = sum((g.get("prompt_tokens") or 0) - (g.get("cached_tokens") or 0) for g in gens)
    new = sum(g.get("new_tokens") or 0 for g in gens)
    return {"prefill_tok_s": round(computed / pre_s, 1) if pre_s else None,
            "decode_tok_s": round(new / dec_s, 2) if dec_s else None,
            "new_tokens": new, "forced_tokens": sum(g.get("forced_tokens") or 0 for g in gens)}


def mean_line(summary: dict[str, Any]) -> str:
    r = summary.get("rouge") or {}
    parts = [f"mean over {summary['notes']} note(s):"]
    if r:
        parts.append(f"ROUGE-1 {_pct(r['rouge1'], 0)}  ROUGE-2 {_pct(r['rouge2'], 0)}  "
                     f"ROUGE-L {_pct(r['rougeL'], 0)}  ROUGE-Lsum {_pct(r['rougeLsum'], 0)}")
    parts.append(f"evidence valid {_pct(summary['evidence_validity'], 0)}%  "
                 f"unsupported {_pct(summary['unsupported_rate'], 0)}% ({summary.get('unsupported_items', 0)} of "
                 f"{summary.get('items', 0)} items)  quoted {_pct(summary.get('quoted_rate'), 0)}% "
                 f"({summary.get('quoted_items', 0)})  note/transcript words {_pct(summary.get('words_ratio'), 0)}%  "
                 f"omissions {summary.get('omissions') or 0:.1f}/note")
    if summary.get("key_fact_recall") is not None:
        parts.append(f"key-fact recall {_pct(summary['key_fact_recall'], 0)}%  "
                     f"forbidden hits {summary['forbidden_hits']}")
    if summary.get("seconds_per_note") is not None:
        parts.append(f"{summary['seconds_per_note']:.1f} s/note")
    return "  ".join(parts)
