"""benchmarks/profile_run.py: py-spy's raw stacks summed by stage, Python function and native library."""

from __future__ import annotations

from benchmarks import profile_run

CLI = "run (pipeline/cli.py:112);Batch.run (pipeline/batch/work.py:169)"
RAW = f"""\
thread (11): MainThread;<module> (scribe:6);{CLI};FasterWhisperTranscriber.transcribe (pipeline/asr/faster_whisper.py:183);\
FasterWhisperTranscriber._decode (pipeline/asr/faster_whisper.py:149);WhisperModel.encode (faster_whisper/transcribe.py:1400);\
syscall (libc.so.6) 30
thread (11): MainThread;<module> (scribe:6);{CLI};LocalLLM.generate (pipeline/note/llm.py:339);\
LocalLLM._prefill (pipeline/note/llm.py:300);Linear.forward (torch/nn/modules/linear.py:134);\
mkl_blas_def_sgemm_kernel_0_zen (libtorch_cpu.so) 50
thread (11): MainThread;<module> (scribe:6);{CLI};LocalLLM.generate (pipeline/note/llm.py:364);\
PackedLinear.forward (pipeline/note/onednn.py:50);0x7f00 (?) 20
thread (11): MainThread;<module> (scribe:6);{CLI};LocalLLM.generate (pipeline/note/llm.py:350) 5
thread (12): Thread-1;Condition.wait (threading.py:320);futex (libc.so.6) 400
"""


def test_stacks_are_summed_by_stage(tmp_path):
    raw = tmp_path / "raw.txt"
    raw.write_text(RAW)
    s = profile_run.summarize(profile_run.parse(raw), rate=10, top=5)
    stages = {x["stage"]: x for x in s["stages"]}
    assert {k: v["s"] for k, v in stages.items()} == {"note: prefill": 5.0, "note: decoding": 2.5, "ASR: first pass": 3.0}
    assert s["main_thread_s"] == 10.5  # the idle helper thread is not the main thread
    assert stages["note: prefill"]["python"][0] == ("Linear.forward (linear.py)", 5.0)
    assert stages["note: prefill"]["native"][0] == ("libtorch_cpu", 5.0)
    assert stages["note: prefill"]["symbols"][0] == ("mkl_blas_def_sgemm_kernel_0_zen", 5.0)
    assert stages["ASR: first pass"]["python"][0][0] == "WhisperModel.encode (transcribe.py)"
    assert ("(Python code)", 0.5) in stages["note: decoding"]["native"]
    table = profile_run.table(s, "## head")
    assert "| note: prefill | 5.0 | 48 % |" in table
