"""Finding the recordings of a batch: files and folders (recursive), checked and hashed.

Named files are always tried. In folders, files with a media extension are
taken; other files (a clinic's notes.txt, Thumbs.db) are listed as ignored,
and hidden names (".xyz") and the batch's own output folder are skipped; a
named folder without any media file is an input with an error. Folder
symlinks are followed once (a loop is not walked twice); a symlink loop, a
broken link, an unreadable file, an empty file or one over the size limit is an
input with an error, never a crash. Hashes (sha256 of the bytes) are cached in
the ledger by (size, mtime, inode), so an unchanged file is read once.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

MEDIA_EXTENSIONS = frozenset({
    ".wav", ".wave", ".flac", ".mp3", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".webm", ".weba", ".mp4", ".m4v",
    ".mov", ".mkv", ".mka", ".wma", ".aif", ".aiff", ".aifc", ".caf", ".amr", ".3gp", ".3ga", ".ac3", ".mp2",
    ".ts", ".avi",
})

_HASH_CHUNK = 1 << 20


@dataclass
class Source:
    path: Path  # as given, or as found under a given folder
    error: str | None = None
    ignored: bool = False  # found in a folder, and not a media file name
    st: os.stat_result | None = None
    sha256: str | None = None


def _stat_error(e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "symbolic link loop: the link points (through other links) back to itself"
    if e.errno == errno.ENOENT:
        return "file not found (or a symbolic link to a missing file)"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "permission denied: the file cannot be read (check its owner and permissions)"
    return f"cannot read the file: {e.strerror or e}"


def _mb(size: int) -> str:
    mb = size / 2**20
    return f"{mb:,.0f}" if mb >= 10 else f"{mb:.2g}"


def _file_source(path: Path, st: os.stat_result, max_bytes: int | None) -> Source:
    if not stat.S_ISREG(st.st_mode):
        return Source(path, error="not a regular file (a device, socket or pipe)", st=st)
    if st.st_size == 0:
        return Source(path, error="the file is empty (0 bytes): re-copy it from the recorder", st=st)
    if max_bytes is not None and st.st_size > max_bytes:
        return Source(path, st=st, error=(
            f"the file is {_mb(st.st_size)} MB; the limit is {_mb(max_bytes)} MB "
            "(raise max_size_mb in the [audio] settings or SCRIBE_MAX_SIZE_MB, or split the recording)"))
    return Source(path, st=st)


def discover(inputs: list[Path], out: Path, max_bytes: int | None = None) -> list[Source]:
    """Every input file once, in the order given (folders sorted by name)."""
    found: list[Source] = []
    seen_files: set[tuple[int, int]] = set()
    seen_dirs: set[tuple[int, int]] = set()
    try:
        st_out = os.stat(out)
        out_id: tuple[int, int] | None = (st_out.st_dev, st_out.st_ino)
    except OSError:
        out_id = None

    def add(src: Source) -> None:
        if src.st is not None and not src.error:
            ident = (src.st.st_dev, src.st.st_ino)
            if ident in seen_files:  # the same file named twice (a folder and a file in it)
                return
            seen_files.add(ident)
        found.append(src)

    def walk(folder: Path) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as e:
            found.append(Source(folder, error=f"cannot list the folder: {e.strerror or e}"))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                st = os.stat(path)
            except OSError as e:
                ext_ok = path.suffix.lower() in MEDIA_EXTENSIONS or entry.is_symlink()
                if ext_ok:
                    found.append(Source(path, error=_stat_error(e)))
                continue
            if stat.S_ISDIR(st.st_mode):
                ident = (st.st_dev, st.st_ino)
                if ident in seen_dirs or ident == out_id:
                    continue
                seen_dirs.add(ident)
                walk(path)
            elif path.suffix.lower() in MEDIA_EXTENSIONS:
                add(_file_source(path, st, max_bytes))
            else:
                found.append(Source(path, ignored=True, st=st))

    for raw in inputs:
        path = Path(raw)
        try:
            st = os.stat(path)
        except OSError as e:
            found.append(Source(path, error=_stat_error(e)))
            continue
        if stat.S_ISDIR(st.st_mode):
            ident = (st.st_dev, st.st_ino)
            if ident not in seen_dirs and ident != out_id:
                seen_dirs.add(ident)
                before = len(found)
                walk(path)
                if not any(not src.ignored for src in found[before:]):  # said aloud: never a silent no-op
                    found.append(Source(path, error="a folder with no audio or video file in it "
                                                    "(its subfolders were searched too)"))
        else:
            add(_file_source(path, st, max_bytes))
    return found


def sha256_of(path: Path) -> str:
    """sha256 of the file's bytes; OSError -> the caller reports it."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_HASH_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def read_error(e: OSError) -> str:
    return _stat_error(e)
