"""In a real browser: a polyglot opened by an admin runs no script; HTML in every text field stays text.

Debian's chromium, headless, driven by Playwright (never downloading a browser), against the app on a
loopback port. The planted script would change the page title, log to the console and read
``/api/audit`` with the viewer's session: each of these is watched for (the audit log records every
read of itself, so the server side sees it too). The tests skip when chromium or Playwright is absent.
"""

from __future__ import annotations

import os
import shutil

import pytest
from service_helpers import make_ready_recording

from .helpers import LiveServer, upload
from .polyglots import wav_html, wav_js

os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")

MARK = "XSS-RAN"
PAYLOAD = (f"document.title='{MARK}';console.log('{MARK}');"
           "fetch('/api/audit?limit=5').then(r=>r.text()).then(t=>fetch('/api/health?stolen='+t.length))")


def _chromium() -> str | None:
    for c in (os.environ.get("SCRIBE_E2E_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
              shutil.which("chromium-browser")):
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return c
    return None


@pytest.fixture
def browser():
    exe = _chromium()
    if exe is None:
        pytest.skip("no chromium browser (apt-get install chromium; `make test` does it as root)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the Python package playwright is missing (make install-dev)")
    args = ["--no-sandbox"] if os.geteuid() == 0 else []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, headless=True, args=args)
        try:
            yield b
        finally:
            b.close()


class Watch:
    """What a page did: console lines, requests, dialogs."""

    def __init__(self, page) -> None:
        self.console: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.console.append(m.text))
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def ran(self) -> list[str]:
        return ([c for c in self.console if MARK in c] + [u for u in self.requests if "/api/audit" in u
                                                          or "stolen=" in u] + self.dialogs)


def signed_in(browser, server: LiveServer, token: str):
    context = browser.new_context(accept_downloads=True)
    r = context.request.post(server.url + "/api/session", data={"token": token})
    assert r.status == 204, r.text()
    return context


def audit_reads(svc) -> int:
    return sum(1 for a in svc.store.audit_log(10_000) if a["object"] == "audit log")


def test_an_admin_opening_polyglot_audio_runs_no_script(svc, browser):
    """ana uploads a WAV+JS (named .js) and a WAV+HTML (named .html) that loads it by <script src>;
    root opens both audio URLs: no title change, no console line, no read of the audit log."""
    js = upload(svc, wav_js(PAYLOAD), name="helper.js", mime="text/javascript")
    assert js.status_code == 201, js.text
    jid = js.json()["id"]
    markup = (f"<!doctype html><html><head><title>session</title></head><body>"
              f"<script src=\"/api/recordings/{jid}/audio\"></script>"
              f"<script>{PAYLOAD}</script><img src=x onerror=\"{PAYLOAD}\"></body></html>")
    html = upload(svc, wav_html(markup), name="session.html", mime="text/html")
    assert html.status_code == 201, html.text
    hid = html.json()["id"]
    before = audit_reads(svc)
    with LiveServer(svc.app) as server:
        context = signed_in(browser, server, svc.tokens["root"])
        try:
            for rid in (hid, jid):
                page = context.new_page()
                watch = Watch(page)
                page.goto(f"{server.url}/api/recordings/{rid}/audio", wait_until="load", timeout=15_000)
                page.wait_for_timeout(1500)
                assert page.title() != MARK
                # what the admin sees is a player for the file's audio, not a page
                player = page.evaluate("(() => { const v = document.querySelector('video, audio');"
                                       " return v && [v.readyState, v.duration]; })()")
                assert player and player[0] >= 1 and abs(player[1] - 1.0) < 0.1, player
                assert watch.ran() == [], watch.ran()
                page.close()
        finally:
            context.close()
    assert audit_reads(svc) == before  # the server saw no read of the audit log either


def test_html_in_every_text_field_renders_as_text(svc, browser):
    """Title, speaker names and note items holding markup show as text on the list and review pages."""
    evil = f"<img src=x onerror=\"{PAYLOAD}\"><script>{PAYLOAD}</script>"
    rid = make_ready_recording(svc.store, "ana", title="T " + evil)
    octet = {**svc.auth("ana")}
    r = svc.client.put(f"/api/recordings/{rid}/speakers", headers=octet,
                       json={"speakers": [{"id": "SPEAKER_00", "name": "<b>Lee</b><svg onload=alert(1)>"}]})
    assert r.status_code == 200, r.text
    note = svc.client.get(f"/api/recordings/{rid}/note", headers=octet).json()
    sections = [{"key": s["key"], "items": [{"id": i["id"], "text": i["text"] + " " + evil,
                                             "evidence": i["evidence"], "fields": i["fields"]}
                                            for i in s["items"]]} for s in note["sections"]]
    r = svc.client.put(f"/api/recordings/{rid}/note", headers=octet,
                       json={"base_version": 1, "sections": sections})
    assert r.status_code == 200, r.text
    with LiveServer(svc.app) as server:
        context = signed_in(browser, server, svc.tokens["ana"])
        try:
            page = context.new_page()
            watch = Watch(page)
            page.goto(server.url + "/", wait_until="load")
            row = page.locator(f'table#recordings tr[data-id="{rid}"] .title')
            row.wait_for(timeout=15_000)
            assert "<img src=x" in row.inner_text()
            page.goto(f"{server.url}/recordings/{rid}", wait_until="load")
            page.locator("#note .item[data-id]").first.wait_for(timeout=15_000)
            page.wait_for_timeout(1000)
            text = page.locator("body").inner_text()
            assert "<script>" in text and "<b>Lee</b>" in text
            assert page.locator("#note img, #transcript img, #note script, svg[onload]").count() == 0
            assert page.title() != MARK and watch.ran() == [], watch.ran()
        finally:
            context.close()
