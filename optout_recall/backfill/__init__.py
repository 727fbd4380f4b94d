"""The backfill without Temporal: check the input, plan partitions, write corrections and outbox rows, deliver.

`activities/backfill.py` adapts these to activities; nothing here imports `temporalio`. Long steps take a
`heartbeat` callback and their resume cursor as arguments, and failures raise `RecallError`.
"""
