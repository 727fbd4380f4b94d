"""Gated steps: signed decisions (approvals) and the policy that says which ones a recall may accept."""
