"""Note templates: the packaged ones load, their JSON schema and validation, clear errors for broken files."""

from __future__ import annotations

import copy
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import TemplateError
from conftest import OT_QUOTE
from pipeline.note import list_templates, load_template
from pipeline.note.templates import DEFAULT_TEMPLATE, PROMPTS_DIR

PACKAGED = {"ot-progress": ["goals", "interventions", "caregiver_report", "home_program",
                            "plan"],
            "soap": ["subjective", "objective", "assessment", "plan"],
            "dap": ["data", "assessment", "plan"]}


@pytest.fixture
def ot():
    """The quote/write-style OT template (tests/data/ot-quote.toml): items with text and evidence."""
    return load_template(str(OT_QUOTE))


def good_answer() -> dict:
    return {
        "goals": [{"goal": "tripod grasp", "status": "progressing",
                   "text": "Held tripod grasp for 30 seconds", "evidence": [2]}],
        "observations": [{"area": "fine motor", "text": "Strung 5 of 5 beads independently",
                          "evidence": [1, 2]}],
        "interventions": [],
        "caregiver_report": [{"text": "Gets frustrated after about ten minutes", "evidence": [3]}],
        "home_program": [],
        "plan": [{"text": "Start scissors next week", "evidence": [5]}],
    }


# --- packaged templates -----------------------------------------------------------


def test_packaged_templates_are_listed():
    assert set(PACKAGED) <= set(list_templates())
    assert DEFAULT_TEMPLATE == "ot-progress"


@pytest.mark.parametrize("name", sorted(PACKAGED))
def test_packaged_templates_load(name):
    t = load_template(name)
    assert t.name == name
    assert t.title and t.spec.instructions.strip()
    assert [s.key for s in t.sections] == PACKAGED[name]
    assert Path(t.path) == PROMPTS_DIR / f"{name}.toml"
    # every packaged render format only uses known placeholders: rendering the example item works
    for s in t.sections:
        values = {"text": "x", **{f.name: "y" for f in s.fields}}
        s.render.format(**values)


def test_default_is_ot_progress():
    assert load_template(None).name == "ot-progress"
    assert load_template("").name == "ot-progress"


def test_ot_progress_fields(ot):
    goals = ot.section("goals")
    assert [f.name for f in goals.fields] == ["goal", "status"]
    assert goals.fields[1].choices == ("progressing", "met", "emerging", "not progressing", "not measured")
    assert goals.render == "**{goal}** ({status}): {text}"
    assert ot.section_roles == {"caregiver_report": ("caregiver",)}
    assert ot.text_fields["goals"] == ("goal",)  # status is a choice: not free text
    assert ot.text_fields["observations"] == ()


# --- output schema ------------------------------------------------------------------


def test_output_schema_shape(ot):
    schema = ot.output_schema(7)
    assert schema["type"] == "object"
    assert schema["required"] == [s.key for s in ot.sections]
    assert schema["additionalProperties"] is False
    goals = schema["properties"]["goals"]
    assert goals["type"] == "array" and goals["maxItems"] == 5
    item = goals["items"]
    assert item["additionalProperties"] is False
    assert item["required"] == ["goal", "status", "text", "evidence"]  # say, then point
    choices = list(ot.section("goals").fields[1].choices)
    assert item["properties"]["status"] == {"type": "string", "enum": choices}
    assert item["properties"]["goal"]["maxLength"] == 60 and item["properties"]["goal"]["minLength"] == 1
    assert item["properties"]["text"]["minLength"] >= 3
    ev = item["properties"]["evidence"]
    assert ev["minItems"] == 1 and ev["maxItems"] == 4
    assert ev["items"] == {"type": "integer", "minimum": 1, "maximum": 7}
    assert schema["properties"]["plan"]["maxItems"] == 3
    assert schema["properties"]["plan"]["items"]["required"] == ["text", "evidence"]
    obs = schema["properties"]["observations"]["items"]["properties"]["area"]
    assert "fine motor" in obs["enum"]


def test_text_length_bounds_agree_with_validation(ot):
    n = ot.output_schema(5)["properties"]["plan"]["items"]["properties"]["text"]["minLength"]
    ok = {**good_answer(), "plan": [{"text": "x" * n, "evidence": [1]}]}
    assert ot.validate_output(ok, 5)["plan"][0]["text"] == "x" * n
    with pytest.raises(ValueError, match="plan.0.text"):
        ot.validate_output({**ok, "plan": [{"text": "x" * (n - 1), "evidence": [1]}]}, 5)


def test_output_schema_bounds_follow_arguments(ot):
    schema = ot.output_schema(1, max_evidence=2)
    ev = schema["properties"]["plan"]["items"]["properties"]["evidence"]
    assert ev["items"]["maximum"] == 1 and ev["maxItems"] == 2
    ev0 = ot.output_schema(0)["properties"]["plan"]["items"]["properties"]["evidence"]
    assert ev0["items"]["maximum"] == 1


# --- validate_output ------------------------------------------------------------------


def test_validate_output_accepts_a_good_answer(ot):
    out = ot.validate_output(good_answer(), n_lines=5)
    assert out["goals"][0] == {"goal": "tripod grasp", "status": "progressing",
                               "text": "Held tripod grasp for 30 seconds", "evidence": [2]}
    assert out["observations"][0]["evidence"] == [1, 2]
    assert out["interventions"] == []


def _bad(mutate):
    a = copy.deepcopy(good_answer())
    mutate(a)
    return a


@pytest.mark.parametrize("mutate,where", [
    (lambda a: a.update(diagnosis=[]), "diagnosis"),  # unknown section
    (lambda a: a.pop("plan"), "plan"),  # missing section
    (lambda a: a["goals"][0].update(status="great"), "goals.0.status"),  # bad enum
    (lambda a: a["observations"][0].update(area="cognition"), "observations.0.area"),
    (lambda a: a["plan"][0].update(text=""), "plan.0.text"),  # empty text
    (lambda a: a["plan"][0].update(text="ok"), "plan.0.text"),  # too short
    (lambda a: a["plan"][0].update(mood="happy"), "plan.0.mood"),  # extra key
    (lambda a: a["plan"][0].update(evidence=[]), "plan.0.evidence"),  # no evidence
    (lambda a: a["goals"][0].pop("goal"), "goals.0.goal"),  # missing field
    (lambda a: a["goals"][0].update(goal=""), "goals.0.goal"),  # empty free-text field
    (lambda a: a.update(plan=[{"text": f"Plan item number {i} here", "evidence": [1]} for i in range(4)]),
     "plan: List should have at most 3"),  # maxItems
])
def test_validate_output_rejects(ot, mutate, where):
    with pytest.raises(ValueError, match="does not match the template") as e:
        ot.validate_output(_bad(mutate), n_lines=5)
    assert where in str(e.value)


@pytest.mark.parametrize("evidence,bad", [([6], 6), ([0], 0), ([1, 99], 99), ([-1], -1)])
def test_validate_output_rejects_evidence_out_of_range(ot, evidence, bad):
    a = _bad(lambda a: a["plan"][0].update(evidence=evidence))
    with pytest.raises(ValueError, match=f"cites line {bad} that does not exist") as e:
        ot.validate_output(a, n_lines=5)
    assert "plan.0.evidence" in str(e.value)


@pytest.mark.parametrize("data", [None, [], "text", {"goals": "x"}])
def test_validate_output_rejects_non_objects(ot, data):
    with pytest.raises(ValueError):
        ot.validate_output(data, n_lines=5)


# --- broken templates -------------------------------------------------------------------


GOOD = """
name = "clinic"
title = "Clinic note"
instructions = "Write the note."

[[sections]]
key = "goals"
title = "Goals"
render = "{goal} ({status}): {text}"
  [[sections.fields]]
  name = "goal"
  [[sections.fields]]
  name = "status"
  choices = ["met", "not met"]

[[sections]]
key = "plan"
title = "Plan"
"""


def write(tmp_path: Path, text: str, name: str = "clinic.toml") -> Path:
    p = tmp_path / name
    p.write_text(textwrap.dedent(text))
    return p


def test_good_custom_template_loads(tmp_path):
    t = load_template(write(tmp_path, GOOD))
    assert t.name == "clinic" and [s.key for s in t.sections] == ["goals", "plan"]
    assert t.path == str(tmp_path / "clinic.toml")
    assert load_template(str(tmp_path / "clinic.toml")).name == "clinic"
    out = t.validate_output({"goals": [{"goal": "g", "status": "met", "text": "Met the goal today",
                                        "evidence": [1]}],
                             "plan": []}, 1)
    assert out["goals"][0]["status"] == "met"


BROKEN = {
    "bad_toml": (GOOD.replace('title = "Clinic note"', 'title = "Clinic note'), ["not valid TOML"]),
    "no_instructions": (GOOD.replace('instructions = "Write the note."', ""),
                        ["field instructions", "required"]),
    "empty_instructions": (GOOD.replace('"Write the note."', '""'), ["field instructions"]),
    "section_without_key": (GOOD.replace('key = "plan"\n', ""), ["sections[1].key", "required"]),
    "duplicate_keys": (GOOD.replace('key = "plan"', 'key = "goals"'), ["field sections", "'goals'", "twice"]),
    "reserved_field": (GOOD.replace('name = "goal"', 'name = "text"'),
                       ["sections[0] ('goals').fields[0] ('text').name", "reserved"]),
    "reserved_evidence": (GOOD.replace('name = "goal"', 'name = "evidence"'), ["fields[0]", "reserved"]),
    "empty_choices": (GOOD.replace('choices = ["met", "not met"]', "choices = []"),
                      ["sections[0] ('goals').fields[1] ('status').choices", "non-empty"]),
    "duplicate_choices": (GOOD.replace('["met", "not met"]', '["met", "met"]'), ["choices", "distinct"]),
    "unknown_placeholder": (GOOD.replace("{goal} ({status})", "{goal} ({progress})"),
                            ["sections ('goals').render", "{progress}", "unknown placeholder"]),
    "bad_render_format": (GOOD.replace("{goal} ({status})", "{goal ({status})"), ["render"]),
    "positional_placeholder": (GOOD.replace("{goal} ({status})", "{} ({status})"), ["render"]),
    "unknown_top_level": ('author = "me"\n' + GOOD, ["field author", "Extra inputs"]),
    "unknown_section_key": (GOOD.replace('title = "Plan"', 'title = "Plan"\ncolour = "red"'),
                            ["sections[1] ('plan').colour"]),
    "no_sections": (GOOD.split("[[sections]]")[0], ["field sections", "required"]),
    "bad_section_key": (GOOD.replace('key = "plan"', 'key = "Plan Next"'), ["sections[1]", ".key"]),
    "max_items_zero": (GOOD.replace('title = "Plan"', 'title = "Plan"\nmax_items = 0'), ["max_items"]),
    "sections_not_a_list": ('name = "x"\ntitle = "X"\ninstructions = "i"\nsections = "goals"\n',
                            ["field sections"]),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_template_names_file_and_field(tmp_path, case):
    text, needles = BROKEN[case]
    path = write(tmp_path, text)
    with pytest.raises(TemplateError) as e:
        load_template(path)
    msg = str(e.value)
    assert str(path) in msg
    for needle in needles:
        assert needle in msg, (needle, msg)


def test_several_errors_are_counted(tmp_path):
    path = write(tmp_path, 'name = "x"\ntitle = "X"\n')  # no instructions, no sections
    with pytest.raises(TemplateError, match=r"and 1 more"):
        load_template(path)


def test_missing_template_file(tmp_path):
    path = tmp_path / "nope.toml"
    with pytest.raises(TemplateError, match="does not exist") as e:
        load_template(path)
    assert str(path) in str(e.value)


def test_unknown_template_name_lists_known_ones():
    with pytest.raises(TemplateError) as e:
        load_template("progress-notes")
    msg = str(e.value)
    assert "'progress-notes'" in msg
    for name in PACKAGED:
        assert name in msg


def test_template_not_utf8(tmp_path):
    path = tmp_path / "latin.toml"
    path.write_bytes(GOOD.replace("Clinic note", "Clinic note \xe9").encode("latin-1"))
    with pytest.raises(TemplateError) as e:
        load_template(path)
    assert str(path) in str(e.value)


def test_template_error_exit_code():
    assert TemplateError.exit_code not in (0, 1)


# --- scribe templates ------------------------------------------------------------------


def test_cli_templates_check_good(tmp_path):
    r = CliRunner().invoke(main, ["templates", "check", str(write(tmp_path, GOOD))])
    assert r.exit_code == 0, r.output
    assert "ok: clinic (2 sections)" in r.output


@pytest.mark.parametrize("name", sorted(PACKAGED))
def test_cli_templates_check_packaged(name):
    r = CliRunner().invoke(main, ["templates", "check", str(PROMPTS_DIR / f"{name}.toml")])
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize("case", ["reserved_field", "empty_choices", "unknown_placeholder",
                                  "no_instructions"])
def test_cli_templates_check_bad(tmp_path, case):
    text, needles = BROKEN[case]
    path = write(tmp_path, text)
    r = CliRunner().invoke(main, ["templates", "check", str(path)])
    assert r.exit_code == TemplateError.exit_code
    assert r.stderr.startswith("scribe: error: template ")
    assert str(path) in r.stderr and needles[0] in r.stderr
    assert "Traceback" not in r.stderr and "ok:" not in r.output.replace(r.stderr, "")


def test_cli_templates_list():
    r = CliRunner().invoke(main, ["templates", "list"])
    assert r.exit_code == 0, r.output
    listed = [ln.split()[0] for ln in r.output.splitlines() if ln and not ln.startswith(("Templates", " "))]
    assert set(PACKAGED) <= set(listed)
    assert "SOAP note: Subjective, Objective, Assessment, Plan" in r.output
    assert str(PROMPTS_DIR) in r.output


def test_a_field_longer_than_its_limit_is_cut_at_a_clause_or_word_never_mid_word():
    # test_l_coat_01 (development): "The clinician steadied her at the elbow while she stood, and the front of the." was
    # an item (the model's activity cut at 70 characters, mid-word, then its stub dropped)
    from pipeline.note.templates import shorten

    said = "I steadied her at the elbow while she stood, and the front of the leggings came up fine"
    assert shorten(said, 70) == "I steadied her at the elbow while she stood"
    assert shorten("cut along the curved line to the fish without stopping once and then the second fish too", 70) == \
        "cut along the curved line to the fish without stopping once"
    assert shorten("zipped the coat", 70) == "zipped the coat"
    assert len(shorten("x" * 90, 70)) == 70
