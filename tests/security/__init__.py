"""The service's own adversarial suite (issue 25): every route of /openapi.json attacked as an outsider would.

Loopback only, bounded loops and time. A package (this file) so that its conftest does not shadow
tests/conftest.py; run with the rest by ``make test`` (pytest's testpaths is tests/).
"""
