"""Does a denied read take longer than a missing id? (issue 25, failure 11: timing tells what exists)

Starts ``scribe serve --no-worker`` (the code on PYTHONPATH, or this checkout) on a free loopback port
with two therapists; ana has one recording. ben then asks for ana's recording (denied: 404) and for an
id that does not exist (404), ``--pairs`` times each, in random order within each pair, on one keep-alive
connection with his Bearer token, after ``--warmup`` pairs that are not counted. The time of a request is
from sending it to reading the whole answer.

Reported: median, mean and p90 of each, and the median of the paired differences (denied - missing) with
a 95 % bootstrap interval (2,000 resamples of the pairs). Where the denied read writes its audit row
before answering (an fsync'd SQLite commit), the difference is that commit; where the row is queued for
a background writer, it should be indistinguishable from zero.

    PYTHONPATH=. .venv/bin/python benchmarks/service_timing.py [--pairs 1000] [--route /api/recordings/{rid}]
        [--label TEXT] [--append]

``--append`` adds the dated section to ``benchmarks/service_timing.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))  # after PYTHONPATH: the code measured may be another checkout's (its pipeline wins)

from benchmarks.common import describe, free_port, pct  # noqa: E402
from pipeline.service.store import Store  # noqa: E402

MISSING = "r-0000000000000000"



def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pairs", type=int, default=1000)
    ap.add_argument("--warmup", type=int, default=50)
    ap.add_argument("--route", default="/api/recordings/{rid}")
    ap.add_argument("--label", default="", help="what code ran (for the table)")
    ap.add_argument("--seed", type=int, default=25)
    ap.add_argument("--append", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    import pipeline

    code = str(Path(pipeline.__file__).resolve().parents[1])
    with tempfile.TemporaryDirectory(prefix="svc-timing-") as tmp:
        data = Path(tmp) / "data"
        store = Store(data)
        store.add_user("ana", "therapist")
        ben = store.add_user("ben", "therapist")
        rid = store.new_recording(store.user_by_name("ana"), title="t", status="queued")
        store.close()
        port = free_port()
        env = {**os.environ, "PYTHONPATH": code}
        proc = subprocess.Popen([sys.executable, "-c", "from pipeline.cli import main; main()", "serve",
                                 "--no-worker", "--data", str(data), "--port", str(port)],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                    c.request("GET", "/api/health")
                    if c.getresponse().status == 200:
                        break
                except OSError:
                    time.sleep(0.2)
                if time.monotonic() > deadline or proc.poll() is not None:
                    print("scribe serve did not start", file=sys.stderr)
                    return 2
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            headers = {"Authorization": f"Bearer {ben}"}
            urls = {"denied": args.route.format(rid=rid), "missing": args.route.format(rid=MISSING)}

            def timed(kind: str) -> float:
                t0 = time.perf_counter()
                conn.request("GET", urls[kind], headers=headers)
                r = conn.getresponse()
                r.read()
                took = time.perf_counter() - t0
                if r.status != 404:
                    raise SystemExit(f"{kind}: expected 404, got {r.status}")
                return took

            times: dict[str, list[float]] = {"denied": [], "missing": []}
            load_start = os.getloadavg()
            for i in range(args.warmup + args.pairs):
                order = ["denied", "missing"]
                rng.shuffle(order)
                pair = {k: timed(k) for k in order}
                if i >= args.warmup:
                    for k, v in pair.items():
                        times[k].append(v)
            load_end = os.getloadavg()
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
    diffs = [d - m for d, m in zip(times["denied"], times["missing"], strict=True)]
    boot = sorted(statistics.median(rng.choices(diffs, k=len(diffs))) for _ in range(2000))
    lo, hi = boot[49], boot[1949]
    now = dt.datetime.now(dt.UTC)
    lines = [
        f"\n## {now:%Y-%m-%d %H:%M} UTC: {args.label or code}\n",
        f"Machine: {describe()}. Load average at start {' '.join(f'{x:.2f}' for x in load_start)}, at end "
        f"{' '.join(f'{x:.2f}' for x in load_end)}.",
        f"Command: `PYTHONPATH={code} .venv/bin/python benchmarks/service_timing.py "
        f"{' '.join(sys.argv[1:])}`; route `GET {args.route}` as another therapist, {args.pairs} pairs "
        f"(+{args.warmup} warm-up), random order within each pair, one keep-alive connection.\n",
        "| request | n | median ms | mean ms | p90 ms |",
        "| --- | --- | --- | --- | --- |",
    ]
    for k in ("denied", "missing"):
        v = times[k]
        lines.append(f"| {k} (404) | {len(v)} | {statistics.median(v) * 1000:.2f} | "
                     f"{statistics.fmean(v) * 1000:.2f} | {pct(v, 90) * 1000:.2f} |")
    lines += ["", f"Denied - missing, median of the paired differences: {statistics.median(diffs) * 1000:+.2f} ms "
                  f"(95 % bootstrap interval {lo * 1000:+.2f} to {hi * 1000:+.2f} ms); mean "
                  f"{statistics.fmean(diffs) * 1000:+.2f} ms."]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.append:
        out = ROOT / "benchmarks" / "service_timing.md"
        if not out.exists():
            out.write_text("# Clinic web service: a denied read and a missing id, timed\n\n"
                           "Appended by `benchmarks/service_timing.py` (its docstring says what is measured). "
                           "Issue 25: a denied read of another therapist's recording must not take "
                           "measurably longer than a missing id.\n")
        with out.open("a") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
