"""Probes: run scenarios against preference channels (HTTP, queue, SDK) and record what happened.

`run.run_probes` plans which (channel, scenario) pairs run and runs them; `http`, `queue` and `sdk` hold one
driver per channel kind; `transcript` writes the redacted record of each run; `scenarios` is the library.
Nothing here knows about Temporal: the activity in `activities/probes.py` passes a heartbeat callback and the
verdicts of earlier attempts in.
"""
