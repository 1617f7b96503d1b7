"""Clients, their plans of care, and their progress across sessions.

- ``model``: the frozen dataclasses (Client, Goal, GoalResult, Proposed, GoalReport);
- ``store``: ``DATA/clients.sqlite`` (clients, therapists, goals and their history, approved results);
- ``plan``: a plan of care from a TOML or JSON file, with the line and field of any mistake;
- ``goals``: a note's report on the plan, from the fields of its goal items (no model);
- ``context``: what a recording's pipeline run needs of its client (plan, hotwords, names);
- ``approve``: approving a CLI note and storing its results;
- ``progress``, ``chart``, ``report``: the thread across sessions (table, SVG chart, Markdown report);
- ``fhir``: an approved note as a FHIR R4 Bundle (fhir.resources' R4B models).

Imports are lazy: ``import pipeline.clients`` needs neither torch nor fhir.resources.
"""
