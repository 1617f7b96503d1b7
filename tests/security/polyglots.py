"""Files that are valid audio *and* something a browser would run: what an attacker uploads.

Each is a real PCM WAV file (the service's decoder accepts it, 1 s of a tone) that is also:

* ``wav_js``: a JavaScript program. The 4 bytes of the RIFF size spell ``=/* `` so the file reads
  ``RIFF=/* ...binary... */1;PAYLOAD;/* ...samples... */``: the binary parts sit inside comments.
* ``wav_html``: an HTML document (markup in a ``junk`` chunk before the samples), which loads a script
  by URL (``<script src>``: the way round a CSP without 'unsafe-inline') and carries an inline one too.

Served inline as ``text/javascript`` / ``text/html`` from the service's origin (what main did when the
file was named ``.js`` / ``.html``), the script runs with the viewer's session.
"""

from __future__ import annotations

import struct

import numpy as np

RATE = 8000


def _samples(seconds: float = 1.0, freq: float = 440.0) -> bytes:
    t = np.arange(int(seconds * RATE)) / RATE
    pcm = (0.3 * 32767 * np.sin(2 * np.pi * freq * t)).astype("<i2")
    data = bytearray(pcm.tobytes())
    # no "*/" inside the samples, so the JS comment around them holds
    i = data.find(b"*/")
    while i >= 0:
        data[i] ^= 0x01
        i = data.find(b"*/")
    return bytes(data)


def _chunk(tag: bytes, payload: bytes) -> bytes:
    pad = b" " if len(payload) % 2 else b""
    return tag + struct.pack("<I", len(payload)) + payload + pad


def _fmt() -> bytes:
    return _chunk(b"fmt ", struct.pack("<HHIIHH", 1, 1, RATE, RATE * 2, 2, 16))


def wav_js(script: str, freq: float = 440.0) -> bytes:
    body = (b"WAVE" + _fmt() + _chunk(b"junk", b"*/1;" + script.encode() + b";/*")
            + _chunk(b"data", _samples(freq=freq)) + _chunk(b"junk", b"*/"))
    return b"RIFF" + b"=/* " + body


def wav_html(markup: str, freq: float = 550.0) -> bytes:
    body = b"WAVE" + _fmt() + _chunk(b"junk", markup.encode()) + _chunk(b"data", _samples(freq=freq))
    return b"RIFF" + struct.pack("<I", len(body)) + body
