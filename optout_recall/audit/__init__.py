"""Evidence for auditors: the recall report, readable histories and a signed, verifiable audit bundle.

Everything here reads; nothing here changes a recall. The report model (`model.py`) is the one source for the
HTML, Markdown and JSON renderings, and for the workflow's own end-of-recall report.
"""
