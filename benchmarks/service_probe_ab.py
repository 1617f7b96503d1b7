"""Two versions of the clinic service answering the same probes, interleaved (a load-proof A/B check).

On a shared machine the load test's p95 moves with whatever else runs (benchmarks/service_load.md). This
removes that drift: it starts ``scribe serve --no-worker`` from two code folders (``--a`` and ``--b``) at
once, each on its own copy of one data folder (three users, ``--recordings`` recordings, 2 of them ready
with a transcript and a draft), signs in to each with a session cookie as the pages do, and sends the load
test's probes (``GET /``, ``GET /api/recordings``, ``GET /api/recordings/{id}``) to A and B in random
order within each pair, ``--rounds`` pairs per kind, one keep-alive connection each, ``--gap`` seconds
apart. Both see the same machine at the same moments; the difference is the code. Then ``--uploads``
pairs of uploads (``POST /api/recordings``, Bearer token, a fresh connection each, one at a time): copy
``i`` of ``samples/ot_session_0{1,2,3}.flac`` with ``i * 0.25`` s of silence in front, as the load test
makes them, to A and B in random order.

    .venv/bin/python benchmarks/service_probe_ab.py --a /tmp/base --b . [--rounds 1500] [--append]

Reported per kind and for all probes: n, p50, p95, p99 for A and B, and p95(B) / p95(A). ``--append``
adds the dated section to ``benchmarks/service_load.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import free_port, pct

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("page", "list", "one")


def recordings(n: int) -> list[bytes]:
    """``n`` distinct FLAC files, as benchmarks/service_load.py makes them."""
    import io

    import numpy as np
    import soundfile as sf

    sources = [sf.read(ROOT / "samples" / f"ot_session_0{i}.flac", dtype="int16") for i in (1, 2, 3)]
    out = []
    for i in range(n):
        data, rate = sources[i % 3]
        buf = io.BytesIO()
        sf.write(buf, np.concatenate([np.zeros(int(round(i * 0.25 * rate)), dtype=np.int16), data]), rate,
                 format="FLAC", subtype="PCM_16")
        out.append(buf.getvalue())
    return out


def make_data(code: Path, folder: Path, n: int) -> tuple[str, list[str]]:
    """Users and recordings, written with ``code``'s own Store (run as a child: that version's schema)."""
    script = f"""
import hashlib, json, sys
from pathlib import Path
sys.path.insert(0, {str(code)!r}); sys.path.insert(1, {str(ROOT)!r})
from pipeline.service.store import Store
from benchmarks.service_fixture import make_ready_recording
s = Store(Path({str(folder)!r}))
token = s.add_user("bench", "therapist"); s.add_user("other", "therapist")
ids = [make_ready_recording(s, "bench", title=f"Ready {{i}}") for i in range(2)]
u = s.user_by_name("bench")
for i in range({n} - 2):
    rid = s.new_recording(u, title=f"Queued {{i}}", status="queued", mime="audio/flac")
    s.queue(rid, sha256=hashlib.sha256(str(i).encode()).hexdigest(), size=1000, upload=f"{{rid}}.flac")
    ids.append(rid)
print(json.dumps([token, ids]))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(code)})
    token, ids = json.loads(out.stdout.strip().splitlines()[-1])
    return token, ids


class Served:
    def __init__(self, name: str, code: Path, data: Path, token: str) -> None:
        self.name, self.port = name, free_port()
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from pipeline.cli import main; main()", "serve", "--no-worker", "--data",
             str(data), "--port", str(self.port)], env={**os.environ, "PYTHONPATH": str(code)},
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + 60
        while True:
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                c.request("GET", "/api/health")
                if c.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.2)
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise SystemExit(f"{name}: scribe serve did not start")
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        c.request("POST", "/api/session", body=json.dumps({"token": token}),
                  headers={"Content-Type": "application/json"})
        r = c.getresponse()
        r.read()
        assert r.status == 204, r.status
        self.cookie = r.getheader("set-cookie").split(";")[0]
        self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)

    def probe(self, path: str) -> float:
        t0 = time.perf_counter()
        self.conn.request("GET", path, headers={"Cookie": self.cookie})
        r = self.conn.getresponse()
        r.read()
        took = time.perf_counter() - t0
        if r.status != 200:
            raise SystemExit(f"{self.name} {path}: {r.status}")
        return took

    def upload(self, token: str, data: bytes, name: str) -> float:
        boundary = "abbench"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"consent\"\r\n\r\ntrue\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
                "Content-Type: audio/flac\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        t0 = time.perf_counter()
        c.request("POST", "/api/recordings", body=body, headers={
            "Authorization": f"Bearer {token}", "Content-Type": f"multipart/form-data; boundary={boundary}"})
        r = c.getresponse()
        r.read()
        took = time.perf_counter() - t0
        c.close()
        if r.status != 201:
            raise SystemExit(f"{self.name} upload: {r.status}")
        return took

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--a", type=Path, required=True, help="code folder of A (e.g. an earlier commit's tree)")
    ap.add_argument("--b", type=Path, default=ROOT, help="code folder of B (default: this checkout)")
    ap.add_argument("--label-a", default="A")
    ap.add_argument("--label-b", default="B")
    ap.add_argument("--rounds", type=int, default=1500)
    ap.add_argument("--recordings", type=int, default=20)
    ap.add_argument("--gap", type=float, default=0.01)
    ap.add_argument("--uploads", type=int, default=20)
    ap.add_argument("--seed", type=int, default=25)
    ap.add_argument("--append", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    a_code, b_code = args.a.resolve(), args.b.resolve()
    with tempfile.TemporaryDirectory(prefix="svc-ab-") as tmp:
        data_a = Path(tmp) / "a"
        token, ids = make_data(a_code, data_a, args.recordings)
        data_b = Path(tmp) / "b"
        shutil.copytree(data_a, data_b)
        servers = {"A": Served("A", a_code, data_a, token), "B": Served("B", b_code, data_b, token)}
        times = {(s, k): [] for s in servers for k in (*KINDS, "upload")}
        load_start = os.getloadavg()
        t0 = time.monotonic()
        try:
            paths = {"page": lambda i: "/", "list": lambda i: "/api/recordings",
                     "one": lambda i: f"/api/recordings/{ids[i % len(ids)]}"}
            for i in range(args.rounds):
                for kind in KINDS:
                    order = ["A", "B"]
                    rng.shuffle(order)
                    for s in order:
                        times[s, kind].append(servers[s].probe(paths[kind](i)))
                        time.sleep(args.gap)
            for i, data in enumerate(recordings(args.uploads)):
                order = ["A", "B"]
                rng.shuffle(order)
                for s in order:
                    times[s, "upload"].append(servers[s].upload(token, data, f"load_{i:02d}.flac"))
        finally:
            for s in servers.values():
                s.stop()
        wall = time.monotonic() - t0
        load_end = os.getloadavg()

    def row(name: str, kind: str, vals: list[float], base: list[float] | None) -> str:
        ratio = f"{pct(vals, 95) / pct(base, 95):.2f}" if base else "-"
        return (f"| {name} | {kind} | {len(vals)} | {pct(vals, 50) * 1000:.1f} | {pct(vals, 95) * 1000:.1f} | "
                f"{pct(vals, 99) * 1000:.1f} | {ratio} |")

    names = {"A": args.label_a, "B": args.label_b}
    kinds = {"page": "GET / (page)", "list": "GET /api/recordings", "one": "GET /api/recordings/{id}"}
    now = dt.datetime.now(dt.UTC)
    lines = [f"\n## {now:%Y-%m-%d %H:%M} UTC: the same probes to two versions at once, interleaved "
             f"({names['A']} vs {names['B']})\n",
             f"Load average at start {' '.join(f'{x:.2f}' for x in load_start)}, at end "
             f"{' '.join(f'{x:.2f}' for x in load_end)}; {wall:.0f} s.",
             f"Command: `.venv/bin/python benchmarks/service_probe_ab.py {' '.join(sys.argv[1:])}` "
             f"({args.rounds} rounds: each kind to A and B in random order, {args.recordings} recordings, "
             "session cookie, keep-alive, no worker).\n",
             "| code | request | n | p50 ms | p95 ms | p99 ms | p95 / A's |", "| --- | --- | --- | --- | --- | --- | --- |"]
    for kind in KINDS:
        for s in ("A", "B"):
            lines.append(row(names[s], kinds[kind], times[s, kind], times["A", kind] if s == "B" else None))
    all_a = [v for k in KINDS for v in times["A", k]]
    all_b = [v for k in KINDS for v in times["B", k]]
    lines += [row(names["A"], "all probes", all_a, None), row(names["B"], "all probes", all_b, all_a)]
    if args.uploads:
        lines += [row(names["A"], "POST /api/recordings (2 MB, one at a time)", times["A", "upload"], None),
                  row(names["B"], "POST /api/recordings (2 MB, one at a time)", times["B", "upload"],
                      times["A", "upload"])]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.append:
        with (ROOT / "benchmarks" / "service_load.md").open("a") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
