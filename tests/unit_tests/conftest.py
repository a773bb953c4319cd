"""Suite-wide settings.

In CI (``CI`` set, as ``.ci/run`` runs) hypothesis is derandomized: every
property runs the same examples on every run, so a red build always reproduces
and never depends on the draw. Developers' runs keep drawing new examples, and
``python -m benchmarks.fuzz`` runs the long, random mode.
"""

from __future__ import annotations

import os

from hypothesis import settings

from langchain_mistral_secure.detection.program_memory import (
    set_program_memory_budget,
)

settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

# The suite scans thousands of different texts with thousands of rule
# detectors: past the default memory budget every release made the tests after
# it rebuild their detectors (tests/unit_tests/input with the budget on: 3
# releases, 771 s against 498 s, peak 2.9 against 5.9 GB; all passed). The
# budget's own tests turn it on; the rest of the suite runs with it off.
set_program_memory_budget(0)
