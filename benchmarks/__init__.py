"""Evaluation and speed benchmarks for langchain-mistral-secure.

Run ``python -m benchmarks --help``; see ``docs/benchmarks.md``.
"""
