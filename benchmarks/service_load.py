"""Responsiveness of the clinic web service under load (issue 7, item 9): ``scribe serve`` with a job running.

The requirement: while a job runs, with 20 concurrent uploads of a sample, page and status requests
answer within 200 ms at p95, and all 20 recordings end processed.

What it does, all in a temporary folder (removed at the end; ``samples/`` is only read):

1. Makes ``--uploads`` (20) distinct FLAC recordings from ``samples/ot_session_0{1,2,3}.flac``: copy
   ``i`` is sample ``i % 3`` with ``i * 0.25`` s of silence in front (the service refuses the same bytes
   twice from one user, with 409).
2. Writes a fast config (``[asr] model = "tiny.en"``; ``[note] model = "smollm2-135m"``, ``passes =
   "note"``, ``max_new_tokens = 200``, ``tries = 1``) unless ``--config`` names another, adds a
   therapist with ``scribe users add``, starts ``scribe serve --data TMP --port FREE --config CFG`` (the
   worker starts as its child at nice 10) and waits for ``GET /api/health``.
3. Uploads recording 0 and waits until the worker has it ("processing"). From then on a prober
   thread sends, round robin, ``GET /`` (the page), ``GET /api/recordings`` (the status list) and
   ``GET /api/recordings/{id}`` (one recording's status, cycling over the uploaded ids), at
   ``--rate`` (10) requests/s on one keep-alive ``http.client`` connection, authenticated with the
   session cookie from ``POST /api/session`` as the browser page is. Latency is the time from sending
   the request to reading the whole answer (a request that starts late because the previous one was
   slow is counted as late, its latency is still its own).
4. After ``--settle`` (10) s with the job running alone, the other 19 recordings are uploaded at once
   (19 threads, a barrier, one fresh connection each, multipart ``POST /api/recordings`` with
   ``consent=true`` and the Bearer token). On the loopback they all arrive within about a second;
   ``--upload-mbit N`` sends each at N Mbit/s instead (a clinic's network), which stretches the burst
   window so that it holds more than a handful of probes.
5. Probes until every recording is ready or failed (``--timeout-min``, 40).

Windows, by the time a probe request started: (0) the job alone before the burst; (a) the upload
burst, from the first of the 19 uploads sent to the last answered; (b) processing only, after the burst
until the last recording ended. Percentiles are nearest-rank. The verdict (exit 1 on failure) needs
p95 <= ``--p95-ms`` (200) for each request kind in windows (a) and (b), no failed probe, and every
recording ``ready``. Also reported: upload latencies, the worker's throughput (recordings ready per
hour, from recording 0 starting to the last one ending), each window's CPU use (the machine's, and
serve's and the worker's share of it, from ``/proc``), and peak RSS (``VmHWM`` from ``/proc`` of the
serve process and of its worker child, read just before the server is stopped). The server is stopped
with SIGTERM to ``scribe serve``, which should stop its worker; a worker still running 30 s later is
reported and stopped by its pid.

    .venv/bin/python -m benchmarks.service_load [--config FILE] [--uploads 20] [--rate 10] \
        [--upload-mbit N] [--append]

``--append`` adds the dated section to ``benchmarks/service_load.md``; ``--raw FILE`` writes every
probe and upload (start time, kind, seconds, status) as JSON for a closer look.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import numpy as np
import soundfile as sf

from benchmarks.common import FAST_CONFIG, ROOT, SAMPLES, describe, free_port, pct
from pipeline.config import load_settings

SCRIBE = ROOT / ".venv" / "bin" / "scribe"
KINDS = ("page", "list", "one")
KIND_NAMES = {"page": "GET / (page)", "list": "GET /api/recordings", "one": "GET /api/recordings/{id}",
              "all": "all probes"}
WINDOWS = {"pre": "(0) job alone, before the burst", "burst": "(a) upload burst + job",
           "proc": "(b) processing only"}
TERMINAL = ("ready", "failed")
PIECE = 16384  # bytes per send() of a paced upload


# ------------------------------------------------------------------ helpers


def make_recordings(folder: Path, n: int) -> list[Path]:
    sources = [sf.read(p, dtype="int16") for p in SAMPLES]
    out = []
    for i in range(n):
        data, rate = sources[i % len(sources)]
        pad = np.zeros(int(round(i * 0.25 * rate)), dtype=np.int16)
        path = folder / f"load_{i:02d}.flac"
        sf.write(path, np.concatenate([pad, data]), rate, format="FLAC", subtype="PCM_16")
        out.append(path)
    return out



def proc_status(pid: int, key: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])  # kB
    except (OSError, ValueError, IndexError):
        pass
    return None


def children(pid: int) -> list[int]:
    kids = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    kids.append(int(d.name))
            except (OSError, ValueError, IndexError):
                pass
    return kids


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def alive(pid: int) -> bool:
    """Running (not a zombie) and still ours to wait for."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU seconds of one process so far."""
    if pid is None:
        return None
    try:
        f = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def system_cpu() -> tuple[float, float]:
    """(busy, total) jiffies of all CPUs."""
    f = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = f[3] + f[4]
    total = sum(f[:8])
    return total - idle, total


class Client:
    """One HTTP/1.1 connection (keep-alive), reopened after an error."""

    def __init__(self, port: int, timeout: float = 120.0) -> None:
        self.port = port
        self.timeout = timeout
        self.conn: http.client.HTTPConnection | None = None

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None,
                pace: float | None = None) -> tuple[int, bytes, float, dict[str, str]]:
        """(status, body, seconds, headers); status 0 for a connection error or timeout. ``pace``: send the
        body at this many bytes/s (a clinic's network rather than the loopback's)."""
        t = time.perf_counter()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            if pace and body:
                self.conn.putrequest(method, path)
                for k, v in (headers or {}).items():
                    self.conn.putheader(k, v)
                self.conn.putheader("Content-Length", str(len(body)))
                self.conn.endheaders()
                for off in range(0, len(body), PIECE):
                    self.conn.send(body[off:off + PIECE])
                    wait = t + (off + PIECE) / pace - time.perf_counter()
                    if wait > 0:
                        time.sleep(wait)
            else:
                self.conn.request(method, path, body=body, headers=headers or {})
            r = self.conn.getresponse()
            data = r.read()
            hdrs = {k.lower(): v for k, v in r.getheaders()}
            if r.getheader("connection", "").lower() == "close":
                self.close()
            return r.status, data, time.perf_counter() - t, hdrs
        except (OSError, http.client.HTTPException) as e:
            self.close()
            return 0, repr(e).encode(), time.perf_counter() - t, {}

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def multipart(path: Path, title: str) -> tuple[bytes, str]:
    boundary = "scribe-load-" + uuid.uuid4().hex
    parts = []
    for name, value in (("title", title), ("consent", "true")):
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                     f"{value}\r\n".encode())
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{path.name}"\r\n'
                 f"Content-Type: audio/flac\r\n\r\n".encode() + path.read_bytes() + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


# ------------------------------------------------------------------- prober


class Prober(threading.Thread):
    def __init__(self, port: int, auth: dict[str, str], ids: list[str], rate: float, t0: float) -> None:
        super().__init__(daemon=True, name="prober")
        self.client = Client(port, timeout=60)
        self.auth = auth
        self.ids = ids  # appended to by the uploader (list.append is atomic)
        self.interval = 1.0 / rate
        self.t0 = t0
        self.stop = threading.Event()
        self.samples: list[dict] = []  # start (s from t0), kind, seconds, status, late
        self.latest: list[dict] | None = None  # the last status list
        self.latest_at = 0.0

    def run(self) -> None:
        n = 0
        start = time.perf_counter()
        while not self.stop.is_set():
            due = start + n * self.interval
            now = time.perf_counter()
            if due > now:
                if self.stop.wait(due - now):
                    break
            late = time.perf_counter() - due > self.interval
            kind = KINDS[n % len(KINDS)]
            if kind == "page":
                path = "/"
            elif kind == "list":
                path = "/api/recordings"
            else:
                ids = list(self.ids)
                path = f"/api/recordings/{ids[(n // len(KINDS)) % len(ids)]}"
            at = time.perf_counter() - self.t0
            status, body, secs, _ = self.client.request("GET", path, headers=self.auth)
            self.samples.append({"t": at, "kind": kind, "s": secs, "status": status, "late": late})
            if kind == "list" and status == 200:
                try:
                    self.latest = json.loads(body)
                    self.latest_at = time.perf_counter()
                except ValueError:
                    pass
            n += 1
        self.client.close()


# ------------------------------------------------------------------- server


class Server:
    def __init__(self, data: Path, config: Path, port: int, log: Path) -> None:
        self.log = log.open("wb")
        self.proc = subprocess.Popen(
            [str(SCRIBE), "serve", "--data", str(data), "--port", str(port), "--config", str(config)],
            cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        self.port = port

    def wait_healthy(self, timeout: float = 120.0) -> None:
        c = Client(self.port, timeout=5)
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"scribe serve exited ({self.proc.returncode})")
            status, _, _, _ = c.request("GET", "/api/health")
            if status == 200:
                c.close()
                return
            time.sleep(0.2)
        raise RuntimeError("scribe serve did not answer /api/health in time")

    def worker_pid(self) -> int | None:
        for pid in children(self.proc.pid):
            if "worker" in cmdline(pid):
                return pid
        return None

    def stop(self, worker_pid: int | None) -> tuple[int | None, bool]:
        """SIGTERM to serve (it should stop its worker). (serve's exit code, whether the worker outlived it
        by 30 s: then it is stopped here, by its pid)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.log.close()
        orphan = False
        if worker_pid is not None:
            end = time.monotonic() + 30
            while alive(worker_pid) and time.monotonic() < end:
                time.sleep(0.2)
            if alive(worker_pid):
                orphan = True
                os.kill(worker_pid, signal.SIGTERM)
                end = time.monotonic() + 60
                while alive(worker_pid) and time.monotonic() < end:
                    time.sleep(0.2)
                if alive(worker_pid):
                    os.kill(worker_pid, signal.SIGKILL)
        return self.proc.returncode, orphan


# -------------------------------------------------------------------- report


def code_version() -> str:
    """The commit the service ran from (read-only git), and whether pipeline/ had uncommitted changes."""
    try:
        def git(*a: str) -> str:
            r = subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True, check=True)
            return r.stdout.strip()

        head = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--", "pipeline")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" with uncommitted changes in pipeline/" if dirty else "")


def stats(values: list[float]) -> dict:
    if not values:
        return {"n": 0}
    return {"n": len(values), "p50": pct(values, 50), "p95": pct(values, 95), "p99": pct(values, 99),
            "max": max(values)}


def ms(x: float | None) -> str:
    return "-" if x is None else f"{x * 1000:.0f}"


def window_of(t: float, w: dict[str, float]) -> str | None:
    if t < w["burst_start"]:
        return "pre"
    if t < w["burst_end"]:
        return "burst"
    if t <= w["done"]:
        return "proc"
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--config", type=Path,
                    help="TOML for scribe serve (default: tiny.en + smollm2-135m, one note pass)")
    ap.add_argument("--uploads", type=int, default=20,
                    help="recordings in all: 1 first, then the rest at once")
    ap.add_argument("--rate", type=float, default=10.0, help="probe requests per second (round robin)")
    ap.add_argument("--settle", type=float, default=10.0,
                    help="seconds of probing the job alone before the burst")
    ap.add_argument("--timeout-min", type=float, default=40.0, help="give up after this many minutes")
    ap.add_argument("--p95-ms", type=float, default=200.0, help="the requirement")
    ap.add_argument("--upload-mbit", type=float,
                    help="send each of the concurrent uploads at this many Mbit/s (default: as fast as the "
                         "loopback takes it, which makes the burst last about a second)")
    ap.add_argument("--auth", choices=["cookie", "bearer"], default="cookie",
                    help="how the prober signs in (cookie: as the browser page)")
    ap.add_argument("--raw", type=Path, help="write every probe and upload as JSON here")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (its path is printed)")
    ap.add_argument("--append", action="store_true",
                    help="append the dated section to benchmarks/service_load.md")
    args = ap.parse_args()
    if args.uploads < 2:
        ap.error("--uploads must be at least 2")

    started = dt.datetime.now(dt.timezone.utc)
    version = code_version()
    load_start = os.getloadavg()
    tmp = Path(tempfile.mkdtemp(prefix="scribe-load-"))
    server: Server | None = None
    prober: Prober | None = None
    worker_pid: int | None = None
    try:
        audio = tmp / "audio"
        audio.mkdir()
        files = make_recordings(audio, args.uploads)
        audio_seconds = sum(sf.info(f).duration for f in files)
        config = args.config.resolve() if args.config else tmp / "fast.toml"
        if not args.config:
            config.write_text(FAST_CONFIG)
        settings = load_settings(config)
        n = settings.note
        diarizer = settings.diarize.backend if settings.diarize.enabled else "off"
        models = (f"ASR {settings.asr.model}, note {n.model} (passes {n.passes}, max_new_tokens "
                  f"{n.max_new_tokens}, tries {n.tries}), diarization {diarizer}")
        data = tmp / "data"
        r = subprocess.run([str(SCRIBE), "users", "add", "bench", "--role", "therapist", "--data", str(data)],
                           cwd=ROOT, capture_output=True, text=True, check=True)
        token = r.stdout.strip().splitlines()[-1].strip()
        bearer = {"Authorization": f"Bearer {token}"}
        port = free_port()
        server = Server(data, config, port, tmp / "serve.log")
        server.wait_healthy()
        print(f"serving on port {port}, data in {data}", file=sys.stderr)

        main_client = Client(port)
        sign_in = json.dumps({"token": token}).encode()
        status, body, _, hdrs = main_client.request("POST", "/api/session", sign_in,
                                                    {"Content-Type": "application/json"})
        cookie = hdrs.get("set-cookie", "").split(";", 1)[0]
        if status != 204 or not cookie.startswith("scribe_session="):
            raise RuntimeError(f"sign-in failed: {status} {body[:200]!r}")
        page_bearer, _, _, _ = main_client.request("GET", "/", headers=bearer)
        page_cookie, _, _, _ = main_client.request("GET", "/", headers={"Cookie": cookie})
        print(f"GET / answers {page_bearer} with the Bearer header, {page_cookie} with the cookie",
              file=sys.stderr)
        auth = {"Cookie": cookie} if args.auth == "cookie" else bearer

        # --- recording 0, then wait until the worker runs it
        t0 = time.perf_counter()
        t0_wall = time.time()
        body, ctype = multipart(files[0], "load 00")
        status, answer, first_upload_s, _ = main_client.request(
            "POST", "/api/recordings", body, {**bearer, "Content-Type": ctype})
        if status != 201:
            raise RuntimeError(f"the first upload failed: {status} {answer[:300]!r}")
        ids = [json.loads(answer)["id"]]
        while True:
            status, answer, _, _ = main_client.request("GET", f"/api/recordings/{ids[0]}", headers=bearer)
            state = json.loads(answer)["status"] if status == 200 else f"HTTP {status}"
            if state == "processing":
                break
            if state in TERMINAL or time.perf_counter() - t0 > 600:
                raise RuntimeError(f"recording 0 never started processing (it is {state}); "
                                   f"see {tmp / 'serve.log'}")
            time.sleep(0.25)
        t_processing = time.perf_counter() - t0
        main_client.close()
        print(f"recording 0 processing after {t_processing:.1f} s; probing", file=sys.stderr)

        cpu_marks = {}
        worker_pid = server.worker_pid()

        def mark(name: str) -> None:
            cpu_marks[name] = (time.perf_counter() - t0, system_cpu(), cpu_seconds(server.proc.pid),
                               cpu_seconds(worker_pid))

        mark("pre")
        prober = Prober(port, auth, ids, args.rate, t0)
        prober.start()
        time.sleep(args.settle)

        # --- the burst (recording 0 should still be processing: the job the requirement speaks of)
        job_at_burst = next((r["status"] for r in (prober.latest or []) if r["id"] == ids[0]), "unknown")
        bodies = [multipart(f, f"load {i:02d}") for i, f in enumerate(files) if i > 0]
        barrier = threading.Barrier(len(bodies) + 1)
        pace = args.upload_mbit * 125_000 if args.upload_mbit else None  # bytes/s
        uploads: list[dict] = []

        def upload(i: int, body: bytes, ctype: str) -> None:
            c = Client(port, timeout=300)
            barrier.wait()
            at = time.perf_counter() - t0
            status, answer, secs, _ = c.request("POST", "/api/recordings", body,
                                                {**bearer, "Content-Type": ctype}, pace=pace)
            c.close()
            rec = {"i": i, "t": at, "s": secs, "status": status, "detail": None}
            if status == 201:
                ids.append(json.loads(answer)["id"])
            else:
                rec["detail"] = answer[:300].decode(errors="replace")
            uploads.append(rec)

        threads = [threading.Thread(target=upload, args=(i + 1, b, c)) for i, (b, c) in enumerate(bodies)]
        for t in threads:
            t.start()
        mark("burst")
        barrier.wait()
        burst_start = time.perf_counter() - t0
        for t in threads:
            t.join()
        burst_end = time.perf_counter() - t0
        mark("proc")
        print(f"burst: {len(uploads)} uploads in {burst_end - burst_start:.1f} s "
              f"({sum(u['status'] == 201 for u in uploads)} accepted)", file=sys.stderr)

        # --- until every recording has ended (from the prober's own status lists)
        deadline = time.perf_counter() + args.timeout_min * 60
        final: dict[str, dict] = {}
        timed_out = False
        last_print = 0.0
        while True:
            time.sleep(1.0)
            rows = {r["id"]: r for r in (prober.latest or [])}
            if all(rows.get(i, {}).get("status") in TERMINAL for i in ids):
                final = rows
                break
            if time.perf_counter() > deadline:
                final = rows
                timed_out = True
                break
            if time.perf_counter() - last_print > 60:
                last_print = time.perf_counter()
                counts: dict[str, int] = {}
                for i in ids:
                    s = rows.get(i, {}).get("status", "?")
                    counts[s] = counts.get(s, 0) + 1
                print(f"  {time.perf_counter() - t0:6.0f} s: {counts}", file=sys.stderr)
        done = time.perf_counter() - t0
        mark("end")
        prober.stop.set()
        prober.join(70)

        # --- memory, then stop the server
        serve_hwm = proc_status(server.proc.pid, "VmHWM")
        worker_hwm = proc_status(worker_pid, "VmHWM") if worker_pid else None
        others = [(pid, proc_status(pid, "VmHWM"), cmdline(pid)[:60]) for pid in children(server.proc.pid)
                  if pid != worker_pid]
        if worker_pid:
            others += [(pid, proc_status(pid, "VmHWM"), cmdline(pid)[:60]) for pid in children(worker_pid)]
        serve_exit, orphan = server.stop(worker_pid)
        server = None
        load_end = os.getloadavg()
    finally:
        if prober is not None:
            prober.stop.set()
        if server is not None:
            server.stop(worker_pid or server.worker_pid())
        if args.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    # ------------------------------------------------------------------ figures
    w = {"burst_start": burst_start, "burst_end": burst_end, "done": done}
    probes = prober.samples
    table: dict[tuple[str, str], dict] = {}
    for win in WINDOWS:
        sel = [p for p in probes if window_of(p["t"], w) == win]
        for kind in (*KINDS, "all"):
            vals = [p["s"] for p in sel if kind == "all" or p["kind"] == kind]
            table[win, kind] = stats(vals)
            table[win, kind]["errors"] = sum(1 for p in sel if (kind == "all" or p["kind"] == kind)
                                             and p["status"] != 200)
            table[win, kind]["late"] = sum(1 for p in sel
                                           if (kind == "all" or p["kind"] == kind) and p["late"])
    up = stats([u["s"] for u in uploads])
    up_bad = [u for u in uploads if u["status"] != 201]
    statuses = {i: final.get(i, {}).get("status", "unknown") for i in ids}
    ready = sum(s == "ready" for s in statuses.values())
    failed = {i: final.get(i, {}).get("error") for i, s in statuses.items() if s != "ready"}
    expected = args.uploads
    # throughput: from recording 0 starting to the last recording ending
    work_s = done - t_processing
    per_hour = ready / work_s * 3600 if work_s > 0 else 0.0

    def cpu_share(a: str, b: str) -> str:
        ta, (busy_a, tot_a), sa, wa = cpu_marks[a]
        tb, (busy_b, tot_b), sb, wb = cpu_marks[b]
        el = tb - ta
        if el <= 0:
            return "-"
        ncpu = os.cpu_count() or 1
        machine = (busy_b - busy_a) / max(1, tot_b - tot_a) * 100
        serve = (sb - sa) / el / ncpu * 100 if sa is not None and sb is not None else float("nan")
        worker = (wb - wa) / el / ncpu * 100 if wa is not None and wb is not None else float("nan")
        return f"machine {machine:.0f} %, serve {serve:.0f} %, worker {worker:.0f} %"

    cpu = {"pre": cpu_share("pre", "burst"), "burst": cpu_share("burst", "proc"),
           "proc": cpu_share("proc", "end")}

    verdict_fail = []
    for win in ("burst", "proc"):
        for kind in KINDS:
            s = table[win, kind]
            if s["n"] == 0:
                verdict_fail.append(f"no {kind} probes in window {win}")
            elif s["p95"] * 1000 > args.p95_ms:
                verdict_fail.append(f"{KIND_NAMES[kind]} p95 {ms(s['p95'])} ms in {WINDOWS[win]}")
            if s["errors"]:
                verdict_fail.append(f"{s['errors']} failed {kind} probes in {WINDOWS[win]}")
    if up_bad:
        verdict_fail.append(f"{len(up_bad)} uploads refused")
    if ready != expected or len(ids) != expected:
        verdict_fail.append(f"{ready} of {expected} recordings ready")
    if timed_out:
        verdict_fail.append(f"timed out after {args.timeout_min:g} min")
    verdict = "PASS" if not verdict_fail else "FAIL: " + "; ".join(verdict_fail)

    def kb(x: int | None) -> str:
        return "-" if x is None else f"{x / 2**20:.2f}"

    cmd = " ".join([".venv/bin/python -m benchmarks.service_load", *sys.argv[1:]])
    speed = f"each sent at {args.upload_mbit:g} Mbit/s" if args.upload_mbit else "at loopback speed"
    lines = [
        f"\n## {started:%Y-%m-%d %H:%M} UTC: {expected} uploads ({speed.removeprefix('each sent ')}) "
        f"with a job running, ASR {settings.asr.model} + note {settings.note.model}\n",
        f"Machine: {describe()}. Load average at start {' '.join(f'{x:.2f}' for x in load_start)}, at end "
        f"{' '.join(f'{x:.2f}' for x in load_end)}.",
        f"Command: `{cmd}` (code: {version})",
        f"Models: {models}. Probes: {args.rate:g} requests/s round robin on one keep-alive `http.client` "
        f"connection, signed in with the {'session cookie' if args.auth == 'cookie' else 'Bearer token'} "
        f"(`GET /` answered {page_bearer} with the Bearer header, {page_cookie} with the cookie); uploads: "
        f"one fresh connection each, Bearer token, {speed}. Audio: {expected} copies of the samples, "
        f"{audio_seconds / 60:.1f} min in all. Windows: (0) {burst_start - cpu_marks['pre'][0]:.1f} s, "
        f"(a) {burst_end - burst_start:.1f} s, (b) {done - burst_end:.1f} s; recording 0 was {job_at_burst} "
        "when the burst began.\n",
        "| window | request | n | p50 ms | p95 ms | p99 ms | max ms | errors | late starts |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for win, wname in WINDOWS.items():
        for kind in (*KINDS, "all"):
            s = table[win, kind]
            lines.append(f"| {wname} | {KIND_NAMES[kind]} | {s['n']} | {ms(s.get('p50'))} | "
                         f"{ms(s.get('p95'))} | {ms(s.get('p99'))} | {ms(s.get('max'))} | {s['errors']} | "
                         f"{s['late']} |")
    lines += [
        "",
        f"CPU in each window (share of the whole machine): (0) {cpu['pre']}; (a) {cpu['burst']}; "
        f"(b) {cpu['proc']}.",
        f"Shutdown: SIGTERM to `scribe serve`; it exited {serve_exit}, and its worker "
        + ("was still running 30 s later (the benchmark stopped it by its pid)." if orphan
           else "stopped with it."),
        "",
        "| uploads at once | p50 ms | p95 ms | max ms | refused | ready / failed / other "
        "| first processing s "
        "| wall s | worker recordings/hour | serve peak RSS GiB | worker peak RSS GiB | verdict |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        f"| {len(uploads)} (+1 before) | {ms(up.get('p50'))} | {ms(up.get('p95'))} | {ms(up.get('max'))} | "
        f"{len(up_bad)} | {ready} / {sum(s == 'failed' for s in statuses.values())} / "
        f"{sum(s not in TERMINAL for s in statuses.values())} | {t_processing:.1f} | {done:.0f} | "
        f"{per_hour:.0f} | "
        f"{kb(serve_hwm)} | {kb(worker_hwm)} | {verdict} |",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    print(f"first upload (alone): {ms(first_upload_s)} ms; serve exited {serve_exit}", file=sys.stderr)
    if orphan:
        print(f"the worker (pid {worker_pid}) was still running 30 s after scribe serve exited on SIGTERM: "
              "stopped it by its pid", file=sys.stderr)
    for pid, hwm, cl in others:
        print(f"other child {pid} ({cl}): peak RSS {kb(hwm)} GiB", file=sys.stderr)
    for u in up_bad:
        print(f"upload {u['i']} refused: {u['status']} {u['detail']}", file=sys.stderr)
    for i, err in failed.items():
        print(f"recording {i} {statuses[i]}: {err}", file=sys.stderr)
    if args.raw:
        raw = {"t0_unix": t0_wall, "windows": w, "t_processing": t_processing, "probes": probes,
               "uploads": uploads, "statuses": statuses}
        args.raw.write_text(json.dumps(raw, indent=1))
    if args.append:
        out = ROOT / "benchmarks" / "service_load.md"
        if not out.exists():
            out.write_text("# Clinic web service: responsiveness with a job running\n\n"
                           "Appended by `benchmarks/service_load.py` (its docstring says what is measured). "
                           "Requirement (issue 7, item 9): with 20 concurrent uploads and a job running, "
                           "page "
                           "and status requests answer within 200 ms at p95, and all 20 recordings end "
                           "processed.\n")
        with out.open("a") as f:
            f.write(text)
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
