"""Pytest fixtures shipped with the package (registered through the pytest11 entry point)."""
