"""End to end in a real browser: a client, a session recorded for it, a proposed goal accepted, the note
approved, the progress chart (issue 22).

``scribe serve`` as its own process with its worker and the small real models (tiny.en, SmolLM2-135M), Debian's
chromium driven headless by Playwright, the microphone faked with the first minute of the sample client's
first session (samples/client/noah_session_1.flac): the tripod grasp held 20 seconds, two of five buttons with
moderate help, one of five shapes cut.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from batch_helpers import FAST_CONFIG, SCRIBE, scribe
from conftest import ROOT
from service_helpers import free_port
from test_service_e2e import (  # noqa: F401  (fixtures)
    UI,
    Service,
    _stop,
    chromium,
    launch,
    playwright,
    sign_in,
    version_of,
    wait_ready,
    wait_version,
)

pytestmark = pytest.mark.integration

MIC_SECONDS = 58  # the session up to just after "one of five shapes independently"
SHOTS = Path(os.environ.get("SCRIBE_E2E_SHOTS", "/tmp"))


@pytest.fixture(scope="module")
def service(tmp_path_factory, chromium, playwright):  # noqa: F811
    base = tmp_path_factory.mktemp("e2e-clients")
    data, config, log = base / "data", base / "fast.toml", base / "serve.log"
    config.write_text(FAST_CONFIG)
    env = {"SCRIBE_PROFILE_DIR": str(base / "profiles"), "XDG_CONFIG_HOME": str(base / "cfg")}
    add = scribe(["users", "add", "ana", "--role", "therapist", "--data", str(data)], cwd=base, env=env, timeout=120)
    assert add.returncode == 0, add.stderr
    token = add.stdout.strip().splitlines()[-1].strip()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [*SCRIBE, "serve", "--data", str(data), "--port", str(port), "--config", str(config)],
            cwd=base, env={**os.environ, **env, "PYTHONPATH": os.pathsep.join(
                [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])},
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


def _fake_mic(tmp_path: Path) -> Path:
    import numpy as np
    import soundfile as sf
    from scipy.signal import resample_poly

    audio, sr = sf.read(ROOT / "samples" / "client" / "noah_session_1.flac", dtype="float32",
                        frames=16000 * MIC_SECONDS, always_2d=False)
    audio = resample_poly(audio, 48000, sr)
    wav = tmp_path / "mic.wav"
    sf.write(wav, np.clip(audio, -1, 1), 48000, subtype="PCM_16")
    return wav


def test_a_client_session_recorded_goal_accepted_approved_and_charted(playwright, chromium, service,  # noqa: F811
                                                                      tmp_path):
    from playwright.sync_api import expect

    wav = _fake_mic(tmp_path)
    browser = launch(playwright, chromium, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                     f"--use-file-for-fake-audio-capture={wav}")
    try:
        context = browser.new_context(permissions=["microphone"], viewport={"width": 1280, "height": 900})
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        sign_in(page, service)

        # ---- a client with one goal of its plan of care
        page.click("nav a[href='/clients']")
        page.wait_for_url(service.url + "/clients", timeout=UI)
        page.fill("#client-id", "E2E-7")
        page.fill("#client-name", "N. B.")
        page.click("#client-add")
        expect(page.locator("#client-msg")).to_contain_text("Added client E2E-7", timeout=UI)
        page.click('#clients tr[data-id="E2E-7"] a.client-link')
        page.wait_for_url(service.url + "/clients/E2E-7", timeout=UI)
        page.fill("#goal-text", "Hold a tripod grasp on a pencil while tracing")
        page.fill("#goal-target", "60 sec")
        page.click("#goal-add")
        expect(page.locator('#goals tr[data-goal="G1"] input.goal-target')).to_have_value("60 sec", timeout=UI)

        # ---- a session recorded for it (the client is picked already when coming from its page)
        page.click("#new-session")
        page.wait_for_url(re.compile(r"/\?client=E2E-7$"), timeout=UI)
        expect(page.locator("#rec-client")).to_have_value("E2E-7", timeout=UI)
        page.check("input#rec-consent")
        with page.expect_response(lambda r: r.url.endswith("/client") and r.request.method == "PUT",
                                  timeout=UI) as linked:
            page.click("button#rec-start")
        assert linked.value.status == 200, linked.value.text()
        rid = linked.value.json()["recording"]
        page.wait_for_function(f"() => document.getElementById('rec-time').textContent >= '00:{MIC_SECONDS - 2}'",
                               timeout=(MIC_SECONDS + 30) * 1000)
        page.click("button#rec-stop")
        expect(page.locator("#rec-msg")).to_contain_text("Recording saved", timeout=60_000)
        took = wait_ready(page, service, rid, 420)
        print(f"  the client's session ready after {took:.0f} s")

        # ---- the review page: the plan of care, a proposed goal accepted into it
        page.goto(f"{service.url}/recordings/{rid}")
        plan = page.locator("#plan-panel")
        expect(plan).to_be_visible(timeout=UI)
        g1 = page.locator('#plan li.plan-goal[data-goal="G1"]')
        expect(g1).to_contain_text("20 sec", timeout=UI)
        assert g1.locator("button.ts").count() >= 1
        proposed = page.locator("#proposed li.proposed")
        expect(proposed.first).to_be_visible(timeout=UI)
        v1 = version_of(page)
        first = proposed.first
        first.locator("button.accept").click()
        first.locator("input.accept-text").fill("Fasten shirt buttons")
        first.locator("input.accept-target").fill("5/5 buttons independently")
        first.locator("button.accept-save").click()
        wait_version(page, v1)
        g2 = page.locator('#plan li.plan-goal[data-goal="G2"]')
        expect(g2).to_contain_text("Fasten shirt buttons", timeout=UI)
        expect(page.locator("#review-msg")).to_contain_text("Added the goal to the plan of care", timeout=UI)
        page.screenshot(path=str(SHOTS / "client-review.png"), full_page=True)

        # ---- approve (what the grounding check did not support is confirmed first)
        version = version_of(page)
        while page.locator("#note .item.unsupported").count():
            page.locator("#note .item.unsupported button.confirm").first.click()
            version = wait_version(page, version)
        page.locator("button#approve").click()
        expect(page.locator("#note-status")).to_contain_text("approved", timeout=UI)
        expect(page.locator("a.export-fhir")).to_be_visible(timeout=UI)
        fhir = page.request.get(service.url + page.locator("a.export-fhir").get_attribute("href"))
        assert fhir.status == 200 and fhir.json()["resourceType"] == "Bundle"

        # ---- the client's progress: a chart per measured goal, each result linked to its moment
        page.click("#client-open")
        page.wait_for_url(service.url + "/clients/E2E-7", timeout=UI)
        chart = page.locator('.goal-progress[data-goal="G1"] img.chart')
        expect(chart).to_be_visible(timeout=UI)
        page.wait_for_function("() => { const i = document.querySelector('.goal-progress[data-goal=\"G1\"] img.chart');"
                               " return i && i.complete && i.naturalWidth > 0; }", timeout=UI)
        row = page.locator('.goal-progress[data-goal="G1"] table.results tbody tr')
        expect(row).to_have_count(1, timeout=UI)
        expect(row.locator(".measure")).to_have_text("20 sec")
        link = row.locator("a.evidence-link")
        assert link.get_attribute("href").startswith(f"/recordings/{rid}#t=")
        # the accepted goal has this session's result too (its measure depends on what tiny.en heard)
        status = page.locator('.goal-progress[data-goal="G2"] table.results tbody tr .status')
        expect(status).to_have_count(1, timeout=UI)
        assert status.inner_text() in ("below target", "addressed, not measured"), status.inner_text()
        page.screenshot(path=str(SHOTS / "client-progress.png"), full_page=True)
        link.click()
        page.wait_for_url(re.compile(rf"/recordings/{rid}#t="), timeout=UI)
        expect(page.locator("#transcript .seg.highlight")).to_have_count(1, timeout=UI)
        assert not errors, errors
    finally:
        browser.close()
