"""Where the worker, client and activities are wired together."""
