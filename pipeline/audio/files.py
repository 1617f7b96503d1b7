"""Checks and reads done with plain file I/O, before or beside FFmpeg.

Filesystem checks (missing, folder, device, empty ...) run before any decoder
sees the file, in the caller's process too, so a typo never starts a worker.
The rest reads a few header bytes itself:

* ``_sniff``: the format the first bytes announce (RIFF/WAVE, fLaC, OggS, ID3,
  ISO-BMFF ``ftyp``, EBML, AIFF, CAF), so that a file whose header FFmpeg
  cannot read is reported as "truncated or corrupt", not "not an audio file";
* ``_wav_header_duration``: the length the RIFF ``data`` chunk declares
  (FFmpeg clamps it to the bytes present, hiding a truncation);
* ``_mp3_has_length_header``: whether an MP3 starts with a Xing/Info/VBRI
  header, i.e. states its length exactly rather than estimating it from the
  bit rate.

Also the shared wording of messages about the file (``_RECOPY``, lengths,
channel numbers). No message contains the path.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat

from ..errors import AudioError

_HASH_CHUNK = 1 << 20  # 1 MiB reads for sha256

_RECOPY = "re-copy it from the recorder or re-export it"


# ================================================================ messages


def _fmt_seconds(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.1f} s"
    return f"{seconds / 60:.1f} min"


def _too_long(duration: float, limit: float, *, at_least: bool = False) -> AudioError:
    length = f"at least {_fmt_seconds(duration)}" if at_least else _fmt_seconds(duration)
    return AudioError(f"recording is {length} long; the limit is {_fmt_seconds(limit)} "
                      "(raise max_duration_minutes in the [audio] settings or SCRIBE_MAX_DURATION_MINUTES, "
                      "or split the file)")


def _channel_error(channel: int, nch: int) -> AudioError:
    plural = "s" if nch != 1 else ""
    return AudioError(f"channel {channel} requested but the recording has {nch} channel{plural}; "
                      f"use 0-{max(nch - 1, 0)} or leave it unset to mix all channels")


# ============================================================ file checks


def _check_file(path: str) -> int:
    """Filesystem checks before any decoder sees the file; returns its size."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise AudioError("file not found (broken symbolic link); check the path") from None
        raise AudioError("file not found; check the path") from None
    except NotADirectoryError:
        raise AudioError("file not found (a folder in the path is a file); check the path") from None
    except PermissionError:
        raise AudioError("permission denied: cannot reach the file (check the folders' permissions)") \
            from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise AudioError("symbolic link loop (too many levels of symbolic links); check the path") \
                from None
        if e.errno == errno.ENAMETOOLONG:
            raise AudioError("file name too long; check the path") from None
        reason = e.strerror or e.__class__.__name__
        raise AudioError(f"cannot access the file ({reason}); check the path") from None
    except ValueError:  # embedded NUL byte
        raise AudioError("invalid file name (contains a NUL character); check the path") from None
    if stat.S_ISDIR(st.st_mode):
        raise AudioError("is a directory, not an audio file; give the path of a recording")
    if not stat.S_ISREG(st.st_mode):
        raise AudioError("not a regular file (a device, pipe or socket); copy the recording to a file first")
    if st.st_size == 0:
        raise AudioError("file is empty (0 bytes); the recording was not saved or copied completely")
    return st.st_size


def _read_error(e: OSError) -> AudioError:
    if isinstance(e, PermissionError):
        return AudioError("permission denied: cannot read the file; check its permissions")
    return AudioError(f"cannot read the file ({e.strerror or e.__class__.__name__}); {_RECOPY}")


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while chunk := f.read(_HASH_CHUNK):
                digest.update(chunk)
    except OSError as e:
        raise _read_error(e) from e
    return digest.hexdigest()


def _read_head(path: str, offset: int, size: int) -> bytes:
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            return f.read(size)
    except OSError:
        return b""


def _sniff(path: str) -> str | None:
    """Name of the media format the first bytes announce, if any."""
    head = _read_head(path, 0, 16)
    if head[:4] in (b"RIFF", b"RF64", b"BW64") and head[8:12] == b"WAVE":
        return "WAV"
    if head[:4] == b"fLaC":
        return "FLAC"
    if head[:4] == b"OggS":
        return "Ogg"
    if head[4:8] == b"ftyp":
        return "MP4/M4A/MOV"
    if head[:4] == b"\x1aE\xdf\xa3":
        return "Matroska/WebM"
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return "AIFF"
    if head[:3] == b"ID3":
        return "MP3"
    if head[:4] == b"caff":
        return "CAF"
    return None


def _wav_header_duration(path: str) -> float | None:
    """Length the RIFF ``data`` chunk of a PCM WAV declares (FFmpeg clamps it)."""
    try:
        with open(path, "rb") as f:
            head = f.read(12)
            if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
                return None
            pos, frame_bytes, rate = 12, 0, 0
            for _ in range(64):
                f.seek(pos)
                chunk = f.read(8)
                if len(chunk) < 8:
                    return None
                cid, size = chunk[:4], int.from_bytes(chunk[4:], "little")
                if cid == b"fmt ":
                    fmt = f.read(16)
                    if len(fmt) < 16:
                        return None
                    tag = int.from_bytes(fmt[0:2], "little")
                    if tag not in (1, 3, 0xFFFE):  # PCM, float, extensible
                        return None
                    rate = int.from_bytes(fmt[4:8], "little")
                    frame_bytes = int.from_bytes(fmt[12:14], "little")
                elif cid == b"data":
                    # Writers that cannot seek back leave 0, 0xFFFFFFFF or
                    # 0x7FFFFFFF-ish placeholders: the length is unknown then.
                    if not rate or not frame_bytes or size == 0 or size >= 0x7FFF0000:
                        return None
                    return size / frame_bytes / rate
                pos += 8 + size + (size & 1)
    except OSError:
        return None
    return None


def _mp3_has_length_header(path: str) -> bool:
    """Whether the first MP3 frame is a Xing/Info/VBRI header (exact length)."""
    head = _read_head(path, 0, 10)
    offset = 0
    if head[:3] == b"ID3" and len(head) == 10:
        size = (head[6] & 0x7F) << 21 | (head[7] & 0x7F) << 14 | (head[8] & 0x7F) << 7 | (head[9] & 0x7F)
        offset = 10 + size + (10 if head[5] & 0x10 else 0)
    buf = _read_head(path, offset, 8192)
    for i in range(len(buf) - 1):
        if buf[i] == 0xFF and buf[i + 1] & 0xE0 == 0xE0:
            window = buf[i:i + 200]
            return any(tag in window for tag in (b"Xing", b"Info", b"VBRI"))
    return False
