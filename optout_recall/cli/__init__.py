"""The `recall` command line."""
