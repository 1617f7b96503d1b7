"""What a stored recording is, by its content: its media type, its file extension, how it is served.

The type comes from the decoder's probe (``pipeline.audio.probe``: the container FFmpeg actually
found), never from the file's name or the type a client declared. A file can be a valid WAV and an HTML
or JavaScript document at once (a polyglot); named ``.html`` and served as ``text/html`` from the
service's origin, its script would run with the viewer's session. So:

* a container on the fixed list below gets its audio (or video) type; anything else is
  ``application/octet-stream``;
* at serve time the stored type is checked against the same list again (rows stored before this rule
  held a type guessed from the name), so nothing else is ever sent;
* every media answer carries ``X-Content-Type-Options: nosniff``, a sandbox CSP without
  ``allow-scripts`` (a document it might render runs no script; an attachment's has no origin either)
  and ``Content-Disposition``: inline only for the vetted audio types (a tab opened on one plays it:
  ``allow-same-origin`` and ``media-src 'self'`` let the player load its own file), attachment
  otherwise. An ``<audio>`` element plays either; a tab opened on an attachment downloads it.
"""

from __future__ import annotations

from typing import Any

OCTET = "application/octet-stream"
# FFmpeg demuxer name -> (audio type, video type, extension of the stored copy)
CONTAINERS: dict[str, tuple[str, str | None, str]] = {
    "wav": ("audio/wav", None, ".wav"),
    "flac": ("audio/flac", None, ".flac"),
    "ogg": ("audio/ogg", None, ".ogg"),
    "mp3": ("audio/mpeg", None, ".mp3"),
    "aac": ("audio/aac", None, ".aac"),
    "matroska,webm": ("audio/webm", "video/webm", ".webm"),
    "mov,mp4,m4a,3gp,3g2,mj2": ("audio/mp4", "video/mp4", ".m4a"),
}
INLINE = frozenset(audio for audio, _, _ in CONTAINERS.values())  # vetted audio: played in place
SERVED = INLINE | {video for _, video, _ in CONTAINERS.values() if video} | {OCTET}
# a document rendered from an answer runs no script and loads nothing (attachments, exports) ...
MEDIA_CSP = "sandbox; default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
# ... and a vetted audio type opened in a tab may play itself (its own origin, still no script at all)
PLAYER_CSP = ("sandbox allow-same-origin; default-src 'none'; media-src 'self'; frame-ancestors 'none'; "
              "base-uri 'none'; form-action 'none'")


def describe(info: dict[str, Any]) -> tuple[str, str]:
    """(media type, extension) of a probed recording (``pipeline.audio.probe``'s answer)."""
    entry = CONTAINERS.get(str(info.get("container") or ""))
    if entry is None:
        return OCTET, ".audio"
    audio, video, ext = entry
    if info.get("has_video") and video:
        return video, ".mp4" if video == "video/mp4" else ext
    return audio, ext


def served_type(stored: str | None) -> str:
    """The type to send for a stored one: itself when on the list, else application/octet-stream."""
    raw = stored or ""
    kind = raw.split(";")[0].strip().lower()
    return kind if kind in SERVED and "," not in raw else OCTET


def headers(media_type: str, filename: str) -> dict[str, str]:
    """The headers of a media answer (the file name must be plain ASCII: ours are ``recording-<id><ext>``)."""
    inline = media_type in INLINE
    return {"Content-Disposition": f'{"inline" if inline else "attachment"}; filename="{filename}"',
            "X-Content-Type-Options": "nosniff", "Content-Security-Policy": PLAYER_CSP if inline else MEDIA_CSP,
            "Cache-Control": "no-store"}


def extension_of(media_type: str) -> str:
    for audio, video, ext in CONTAINERS.values():
        if media_type == audio:
            return ext
        if media_type == video:
            return ".mp4" if video == "video/mp4" else ext
    return ".bin"
