"""Which client each recording of a batch belongs to: a CSV manifest, or a folder per client id.

``scribe batch --clients MANIFEST.csv``: a header ``file,client`` (and optionally ``date``, YYYY-MM-DD,
the session's date), one recording a line; relative file names are relative to the manifest's folder.
``scribe batch --clients FOLDER``: each subfolder of FOLDER is named by a client id and holds that
client's recordings. Every client must exist in the client store: an unknown one, a missing file or a
bad date is an error naming the line (or folder) before anything runs.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from .model import check_client_id
from .store import ClientError, ClientStore, check_date


@dataclass(frozen=True)
class Assignment:
    path: Path  # a recording, or a folder of them
    client_id: str
    date: str = ""
    where: str = ""  # the manifest line or folder, for messages


def read_manifest(path: Path) -> list[Assignment]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ClientError(f"the manifest {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ClientError(f"the manifest {path} cannot be read: {e}") from None
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or [c.strip().lower() for c in rows[0]][:2] != ["file", "client"]:
        raise ClientError(f"{path}, line 1: the manifest starts with the header file,client (and optionally date)")
    head = [c.strip().lower() for c in rows[0]]
    unknown = [c for c in head if c not in ("file", "client", "date")]
    if unknown:
        raise ClientError(f"{path}, line 1, column {unknown[0]!r}: unknown (the columns are file, client, date)")
    out = []
    for n, row in enumerate(rows[1:], 2):
        if not any(c.strip() for c in row):
            continue
        cells = dict(zip(head, (c.strip() for c in row), strict=False))
        if len(row) > len(head):
            raise ClientError(f"{path}, line {n}: {len(row)} values for {len(head)} columns (a comma in a file "
                              "name needs the name in double quotes)")
        if not cells.get("file"):
            raise ClientError(f"{path}, line {n}, file: missing")
        try:
            cid = check_client_id(cells.get("client", ""))
        except ValueError as e:
            raise ClientError(f"{path}, line {n}, client: {e}") from None
        try:
            date = check_date(cells.get("date"))
        except ClientError as e:
            raise ClientError(f"{path}, line {n}, date: {e}") from None
        file = Path(cells["file"])
        if not file.is_absolute():
            file = Path(path).parent / file
        if not file.exists():
            raise ClientError(f"{path}, line {n}, file: {file} does not exist")
        out.append(Assignment(file, cid, date, f"{path}, line {n}"))
    if not out:
        raise ClientError(f"{path}: the manifest lists no recording")
    return out


def client_folders(folder: Path) -> list[Assignment]:
    """FOLDER/<client id>/...: one assignment per subfolder (hidden ones skipped)."""
    subs = sorted(p for p in Path(folder).iterdir() if p.is_dir() and not p.name.startswith("."))
    if not subs:
        raise ClientError(f"{folder} has no subfolder: with --clients FOLDER, each subfolder is named by a client "
                          "id and holds that client's recordings")
    out = []
    for sub in subs:
        try:
            check_client_id(sub.name)
        except ValueError as e:
            raise ClientError(f"{sub}: the folder name is not a client id: {e}") from None
        out.append(Assignment(sub, sub.name, "", str(sub)))
    return out


def assignments(spec: Path) -> list[Assignment]:
    spec = Path(spec)
    if spec.is_dir():
        return client_folders(spec)
    return read_manifest(spec)


def check_known(store: ClientStore, found: list[Assignment]) -> None:
    """Every client of the assignments exists (else the first unknown one, with where it is named)."""
    for a in found:
        if store.client(a.client_id) is None:
            raise ClientError(f"{a.where}: no client {a.client_id!r} in {store.path}; add it first "
                              f"(scribe clients add {a.client_id}, or scribe clients import PLAN)", 404)
