"""Orchestration only: the recall playbook and the backfill, deterministic and side-effect free."""
