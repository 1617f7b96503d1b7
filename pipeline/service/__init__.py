"""The clinic web service: ``scribe serve`` (FastAPI on uvicorn) and its worker.

store.py    the service database (users, sessions, recordings, note versions, audit)
uploads.py  streamed uploads and chunked browser recordings
worker.py   queued recordings through pipeline.batch, models resident; retention
notes.py    note versions: the draft, edits, approval, the diff, exports
schemas.py  the API's bodies (the OpenAPI spec)
access.py   who may see what (users, the owner check), the audit log, the views the routes return
app.py      the app: pages, sign-in, recordings (uploads, browser recordings, audio, transcript, speakers)
routes_notes.py  note versions, edits, approval, the diff, exports, the audit log route
media.py    what a stored recording is, by its content: its type and how it is served (sandboxed)
limits.py   body sizes and pace, JSON bodies, per-user upload slots
signins.py  failed sign-ins: the throttle (429) and their bounded audit rows
auditlog.py audit rows written off the response path (denied reads, failed sign-ins)
proxy.py    X-Forwarded-For/-Proto from trusted proxies (or the Unix socket) only
"""
