"""End to end: the clinic web service in a real browser (issue 7).

Debian's chromium, driven headless by Playwright (the system browser: Playwright
never downloads one here), against ``scribe serve`` started as its own process
with its worker child and small real models (tiny.en, SmolLM2-135M):

* sign in with a token, upload a sample, wait for the note, click an evidence
  timestamp (the audio seeks there, the cited transcript lines light up), edit an
  item, confirm the rest, approve, export; every version is kept;
* record in the browser from a fake microphone fed with a sample, the chunks
  going up while it records;
* the sign-in guard.

``make test`` installs chromium (apt, as root); without a browser or Playwright
these tests skip and say what to install.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from batch_helpers import FAST_CONFIG, SCRIBE, scribe
from conftest import ROOT, SAMPLES
from service_helpers import free_port

os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")  # never fetch a browser: the system one serves

pytestmark = pytest.mark.integration

FAST = FAST_CONFIG
READY_TIMEOUT = 420  # s: a two-minute sample through ASR, diarization and the note on two cores
UI = 30_000  # ms: any page reaction (a fetch and a render)
EDITED = "E2E check: the child threaded six beads after one verbal cue."


# ------------------------------------------------------------------ the browser


def _chromium() -> str | None:
    for c in (os.environ.get("SCRIBE_E2E_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
              shutil.which("chromium-browser")):
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return c
    return None


@pytest.fixture(scope="module")
def chromium() -> str:
    exe = _chromium()
    if exe is None:
        pytest.skip("no chromium browser: install Debian's (`apt-get install chromium`, which `make test` "
                    "does as root) or set SCRIBE_E2E_CHROMIUM to a chromium binary")
    return exe


@pytest.fixture(scope="module")
def playwright(chromium):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the Python package playwright is missing: `make install-dev` (or "
                    "`pip install -e '.[dev]'`); no browser download is needed, the system chromium is used")
    with sync_playwright() as p:
        yield p


def launch(playwright, chromium: str, *extra: str):
    args = ["--no-sandbox"] if os.geteuid() == 0 else []  # chromium's sandbox refuses to run as root
    return playwright.chromium.launch(executable_path=chromium, headless=True,
                                      args=[*args, "--autoplay-policy=no-user-gesture-required", *extra])


# ------------------------------------------------------------------ the service


class Service:
    def __init__(self, url: str, token: str, log: Path) -> None:
        self.url, self.token, self.log = url, token, log

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no log)"


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)  # serve stops its worker child itself
        try:
            proc.wait(40)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
    try:  # anything of ours left in the service's process group (the worker, if serve was killed)
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


@pytest.fixture(scope="module")
def service(tmp_path_factory, chromium, playwright):
    import urllib.request

    base = tmp_path_factory.mktemp("e2e")
    data, config, log = base / "data", base / "fast.toml", base / "serve.log"
    # the default template with room for one goal: the sample's other measured goals are left "Not in the
    # note", so the review has omissions to add whatever the small model writes
    one_goal = base / "one-goal.toml"
    one_goal.write_text(re.sub(r"(key = \"goals\"[^\[]*?max_items = )\d+", r"\g<1>1",
                               (ROOT / "prompts" / "ot-progress.toml").read_text()))
    config.write_text(FAST.replace("[note]\n", f'[note]\ntemplate = "{one_goal}"\n'))
    env = {"SCRIBE_PROFILE_DIR": str(base / "profiles"), "XDG_CONFIG_HOME": str(base / "cfg")}
    add = scribe(["users", "add", "ana", "--role", "therapist", "--data", str(data)],
                 cwd=base, env=env, timeout=120)
    assert add.returncode == 0, add.stderr
    token = add.stdout.strip().splitlines()[-1].strip()
    assert len(token) >= 20

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [*SCRIBE, "serve", "--data", str(data), "--port", str(port), "--config", str(config)],
            cwd=base, env={**os.environ, **env, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    svc = Service(url, token, log)
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                pytest.fail(f"scribe serve exited ({proc.returncode}):\n{svc.log_tail()}")
            try:
                with urllib.request.urlopen(url + "/api/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"scribe serve did not answer /api/health in 120 s:\n{svc.log_tail()}")
            time.sleep(0.5)
        yield svc
    finally:
        _stop(proc)


def sign_in(page, svc: Service) -> None:
    page.goto(svc.url + "/login")
    page.fill("input#token", svc.token)
    page.click("button#signin")
    page.wait_for_url(svc.url + "/", timeout=UI)
    page.wait_for_function("() => document.getElementById('who').textContent === 'ana'", timeout=UI)


def row_status(page, rid: str) -> str:
    return page.locator(f'table#recordings tr[data-id="{rid}"] .status').inner_text(timeout=UI).strip()


def wait_ready(page, svc: Service, rid: str, timeout: float) -> float:
    """Watch the list (it polls every 3 s) until the recording is ready; fail at once if it failed."""
    t0 = time.monotonic()
    seen = None
    while True:
        status = row_status(page, rid)
        if status != seen:
            print(f"  [{time.monotonic() - t0:5.1f} s] {rid}: {status}")
            seen = status
        if status == "ready":
            return time.monotonic() - t0
        if status.startswith("failed"):
            pytest.fail(f"the recording failed: {status}\n{svc.log_tail()}")
        if time.monotonic() - t0 > timeout:
            pytest.fail(f"not ready after {timeout} s (still {status!r})\n{svc.log_tail()}")
        page.wait_for_timeout(1000)


def version_of(page) -> int:
    text = page.locator("#note-status").inner_text(timeout=UI)
    m = re.search(r"version (\d+)", text)
    assert m, f"#note-status shows no version: {text!r}"
    return int(m.group(1))


def wait_version(page, above: int) -> int:
    page.wait_for_function(
        "n => { const m = /version (\\d+)/.exec(document.getElementById('note-status').textContent);"
        " return m && Number(m[1]) > n; }", arg=above, timeout=UI)
    return version_of(page)


# ------------------------------------------------------------------ the tests


def test_sign_in_guard(playwright, chromium, service):
    from playwright.sync_api import expect

    browser = launch(playwright, chromium)
    try:
        page = browser.new_page()
        page.goto(service.url + "/")
        page.wait_for_url(re.compile(r"/login(\?|$)"), timeout=UI)
        page.goto(service.url + "/recordings/r-0000000000000000")
        page.wait_for_url(re.compile(r"/login\?next="), timeout=UI)

        expect(page.locator("#login-error")).to_be_hidden()
        page.fill("input#token", "not-a-real-token-" + "x" * 20)
        page.click("button#signin")
        expect(page.locator("#login-error")).to_be_visible(timeout=UI)
        expect(page.locator("#login-error")).not_to_be_empty()
        assert "/login" in page.url
        assert not [c for c in page.context.cookies() if c["name"] == "scribe_session"]
        r = page.request.get(service.url + "/api/me")
        assert r.status == 401
    finally:
        browser.close()


def test_upload_review_edit_approve(playwright, chromium, service):
    from playwright.sync_api import expect

    sample = SAMPLES / "ot_session_01.flac"
    browser = launch(playwright, chromium)
    try:
        context = browser.new_context()
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        sign_in(page, service)

        # ---- upload, with consent
        page.set_input_files("input#upload-file", str(sample))
        page.fill("input#upload-title", "E2E review")
        page.check("input#upload-consent")
        with page.expect_response(lambda r: r.url.endswith("/api/recordings") and r.request.method == "POST",
                                  timeout=120_000) as resp:
            page.click("button#upload-btn")
        assert resp.value.status == 201, resp.value.text()
        rid = resp.value.json()["id"]
        expect(page.locator("#upload-msg")).to_contain_text("Uploaded", timeout=UI)
        row = page.locator(f'table#recordings tr[data-id="{rid}"]')
        expect(row.locator(".title")).to_have_text("E2E review", timeout=UI)
        took = wait_ready(page, service, rid, READY_TIMEOUT)
        print(f"  ready after {took:.0f} s")

        # ---- the review page
        row.locator("a.review").click()
        page.wait_for_url(f"{service.url}/recordings/{rid}", timeout=UI)
        segs = page.locator("#transcript .seg[data-id][data-start]")
        expect(segs.first).to_be_visible(timeout=UI)
        assert segs.count() >= 3
        assert segs.first.locator(".speaker").inner_text().strip()
        assert segs.first.locator(".text").inner_text().strip()
        items = page.locator("#note section[data-key] .item[data-id]")
        expect(items.first).to_be_visible(timeout=UI)
        assert items.count() >= 1
        expect(page.locator("#note-status")).to_have_text(re.compile(r"^draft \(version 1\)$"), timeout=UI)

        # the audio loads (and is seekable: the service answers Range requests)
        page.wait_for_function("() => { const p = document.getElementById('player');"
                               " return p.readyState >= 1 && p.duration > 60; }", timeout=60_000)
        assert page.locator("#audio-msg").is_hidden()
        r = page.request.get(f"{service.url}/api/recordings/{rid}/audio", headers={"Range": "bytes=100-199"})
        assert r.status == 206 and len(r.body()) == 100

        # ---- an evidence timestamp: the player seeks there, the cited lines are highlighted
        cited_item = items.filter(has=page.locator("button.ts[data-start][data-seg]")).first
        expect(cited_item).to_be_visible(timeout=UI)
        ts = cited_item.locator("button.ts").first  # the note's first evidence timestamp
        start = float(ts.get_attribute("data-start"))
        if start < 1.0:  # make a seek to ~0 visible: move the player away first
            page.evaluate("document.getElementById('player').currentTime = 30")
            page.wait_for_function("() => Math.abs(document.getElementById('player').currentTime - 30) < 1",
                                   timeout=UI)
        before = page.evaluate("document.getElementById('player').currentTime")
        assert abs(before - start) > 0.5
        ts.click()
        page.wait_for_function(
            "s => { const p = document.getElementById('player');"
            " return !p.seeking && Math.abs(p.currentTime - s) < 2.5; }",
            arg=start, timeout=UI)
        now = page.evaluate("document.getElementById('player').currentTime")
        assert abs(now - start) < 2.5 and abs(now - before) > 0.5, (before, now, start)
        cited = [b.get_attribute("data-seg") for b in cited_item.locator("button.ts").all()]
        assert cited
        for sid in cited:
            expect(page.locator(f'#transcript .seg[data-id="{sid}"]')).to_have_class(
                re.compile(r"(^|\s)highlight(\s|$)"), timeout=UI)
        assert page.locator("#transcript .seg.highlight").count() == len(set(cited))
        page.evaluate("document.getElementById('player').pause()")

        # ---- edit an item
        v1 = version_of(page)
        first = items.first
        iid = first.get_attribute("data-id")
        first.locator("button.edit").click()
        area = page.locator(f'#note .item[data-id="{iid}"] textarea.item-edit')
        expect(area).to_be_visible(timeout=UI)
        area.fill(EDITED)
        page.locator(f'#note .item[data-id="{iid}"] button.save').click()
        v2 = wait_version(page, v1)
        assert v2 == v1 + 1
        expect(page.locator(f'#note .item[data-id="{iid}"] .item-text')).to_have_text(EDITED, timeout=UI)
        expect(page.locator("#note-status")).to_contain_text("edited", timeout=UI)
        assert page.locator(f'#note .item[data-id="{iid}"].unsupported').count() == 0

        # ---- "Not in the note": its moments with their quotes; one click adds one to the note as an edit
        omissions = page.locator("#omissions li.omission[data-id]")
        expect(omissions.first).to_be_visible(timeout=UI)
        left = omissions.count()
        first_om = omissions.first
        om_seg = first_om.locator("button.ts").get_attribute("data-seg")
        assert om_seg and first_om.locator("blockquote.quote").inner_text().strip()
        om_what = first_om.locator(".omission-what").inner_text().strip()
        assert om_what
        n_items = items.count()
        first_om.locator("button.add-omission").click()
        v3 = wait_version(page, v2)
        expect(items).to_have_count(n_items + 1, timeout=UI)
        added = page.locator("#note .item[data-id]").filter(has=page.locator(f'button.ts[data-seg="{om_seg}"]')).filter(
            has_text=om_what)
        expect(added).to_have_count(1, timeout=UI)
        expect(added.locator(".badge")).to_contain_text("Edited by clinician", timeout=UI)
        expect(page.locator(f'#omissions li.omission button.ts[data-seg="{om_seg}"]')).to_have_count(0, timeout=UI)
        assert page.locator("#omissions li.omission[data-id]").count() < left
        # written items show the lines they quote
        quoted = page.locator("#note .item details.quotes").first
        quoted_id = page.locator("#note .item[data-id]").filter(has=page.locator("details.quotes")).first.get_attribute(
            "data-id")
        quoted.locator("summary").click()
        expect(quoted.locator("blockquote.quote").first).to_be_visible(timeout=UI)
        page.screenshot(path=str(Path(os.environ.get("SCRIBE_E2E_SHOTS", "/tmp")) / "review-omissions.png"),
                        full_page=True)

        # ---- confirm what is left unsupported; approve is enabled only then
        approve = page.locator("button#approve")
        confirms = 0
        version = v3
        while page.locator("#note .item.unsupported").count():
            expect(approve).to_be_disabled()
            page.locator("#note .item.unsupported button.confirm").first.click()
            version = wait_version(page, version)
            confirms += 1
            assert confirms < 100
        expect(approve).to_be_enabled(timeout=UI)
        print(f"  confirmed {confirms} unsupported item(s); approving version {version}")

        # ---- approve
        approve.click()
        expect(page.locator("#note-status")).to_contain_text("approved", timeout=UI)
        # the note drawn again (approved) keeps the quoted lines the clinician opened open
        expect(page.locator(f'#note .item[data-id="{quoted_id}"] details.quotes blockquote.quote').first).to_be_visible(
            timeout=UI)
        assert version_of(page) == version + 1
        exports = page.locator("a.export[data-format]")
        expect(exports.first).to_be_visible(timeout=UI)
        assert sorted(a.get_attribute("data-format") for a in exports.all()) == ["json", "md", "txt"]
        assert page.locator("#note button.edit, #note button.confirm, #note button.add").count() == 0

        href = page.locator('a.export[data-format="txt"]').get_attribute("href")
        txt = page.request.get(service.url + href)
        assert txt.status == 200 and txt.headers["content-type"].startswith("text/plain")
        assert EDITED in " ".join(txt.text().split())
        assert om_what in " ".join(txt.text().split())  # the added omission is in the approved note

        # ---- every version is kept: the AI draft, each edit, the approved one
        vs = page.request.get(f"{service.url}/api/recordings/{rid}/note/versions").json()
        assert [v["version"] for v in vs] == list(range(1, len(vs) + 1))
        assert (vs[0]["kind"], vs[0]["author"]) == ("draft", "scribe")
        assert [v["kind"] for v in vs[1:-1]] == ["edit"] * (2 + confirms)  # the edit, the omission, confirms
        assert (vs[-1]["kind"], vs[-1]["author"]) == ("approved", "ana")
        draft = page.request.get(f"{service.url}/api/recordings/{rid}/note/versions/1").json()
        assert EDITED not in str(draft)
        expect(page.locator("#versions li[data-version]")).to_have_count(len(vs), timeout=UI)
        assert not errors, errors
    finally:
        browser.close()


def _fake_mic(tmp_path: Path) -> Path:
    """25 s of the second sample as 48 kHz 16-bit PCM (what chromium's fake capture device wants)."""
    import numpy as np
    import soundfile as sf
    from scipy.signal import resample_poly

    audio, sr = sf.read(SAMPLES / "ot_session_02.flac", dtype="float32", frames=16000 * 25, always_2d=False)
    if audio.ndim > 1:
        audio = audio.mean(axis=1)
    audio = resample_poly(audio, 48000, sr) if sr != 48000 else audio
    wav = tmp_path / "mic.wav"
    sf.write(wav, np.clip(audio, -1, 1), 48000, subtype="PCM_16")
    return wav


def test_record_in_browser(playwright, chromium, service, tmp_path):
    from playwright.sync_api import expect

    wav = _fake_mic(tmp_path)
    browser = launch(playwright, chromium, "--use-fake-ui-for-media-stream",
                     "--use-fake-device-for-media-stream", f"--use-file-for-fake-audio-capture={wav}")
    try:
        context = browser.new_context(permissions=["microphone"])
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        sign_in(page, service)

        stopped = {"at": None}
        chunks: list[tuple[int, int, bool]] = []  # (n, status, answered before the stop click)

        def on_response(r):
            m = re.search(r"/api/recordings/[^/]+/chunks/(\d+)$", r.url)
            if m and r.request.method == "PUT":
                chunks.append((int(m.group(1)), r.status, stopped["at"] is None))

        page.on("response", on_response)

        page.check("input#rec-consent")
        with page.expect_response(lambda r: r.url.endswith("/api/recordings/live"), timeout=UI) as resp:
            page.click("button#rec-start")
        assert resp.value.status == 201, resp.value.text()
        rid = resp.value.json()["id"]
        expect(page.locator("button#rec-stop")).to_be_enabled(timeout=UI)
        status = page.locator(f'table#recordings tr[data-id="{rid}"] .status')
        expect(status).to_have_text("recording", timeout=UI)

        # the clock runs, the meter moves
        page.wait_for_function("() => document.getElementById('rec-time').textContent >= '00:02'", timeout=UI)
        page.wait_for_function("() => document.getElementById('rec-level').value > 0", timeout=UI)
        # ~8 s, and the first chunks are already on the server while it records
        page.wait_for_function("() => document.getElementById('rec-time').textContent >= '00:08'", timeout=UI)
        deadline = time.monotonic() + 20
        while not {0, 1} <= {n for n, s, live in chunks if s == 204 and live} and time.monotonic() < deadline:
            page.wait_for_timeout(250)
        sent = sorted(n for n, s, live in chunks if s == 204 and live)
        assert {0, 1} <= set(sent), f"chunks answered before stop: {chunks}"
        elapsed = page.locator("#rec-time").inner_text()
        stopped["at"] = time.monotonic()
        page.click("button#rec-stop")

        expect(page.locator("#rec-msg")).to_contain_text("Recording saved", timeout=60_000)
        assert all(s == 204 for _, s, _ in chunks), chunks
        assert sorted({n for n, _, _ in chunks}) == list(range(max(n for n, _, _ in chunks) + 1))
        expect(status).to_have_text(
            re.compile(r"^(queued|processing(: \w+)?|ready)$"), timeout=UI)
        rec = page.request.get(f"{service.url}/api/recordings/{rid}").json()
        assert rec["status"] in ("queued", "processing", "ready"), rec["status"]
        m, s = (int(x) for x in elapsed.split(":"))
        recorded = m * 60 + s
        # MediaRecorder's WebM carries no duration: known once decoded (null until then is allowed)
        assert rec["duration"] is None or rec["duration"] >= recorded - 2.5, (rec["duration"], elapsed)

        took = wait_ready(page, service, rid, 300)
        print(f"  browser recording ready after {took:.0f} s")
        rec = page.request.get(f"{service.url}/api/recordings/{rid}").json()
        # every chunk made it: the decoded audio is as long as the clock said
        assert rec["duration"] is not None and rec["duration"] >= recorded - 2.5, (rec["duration"], elapsed)
        expect(page.locator(f'table#recordings tr[data-id="{rid}"] a.review')).to_be_visible(timeout=UI)
        assert not errors, errors
    finally:
        browser.close()
