"""Suite-wide settings.

In CI (``CI`` set, as ``.ci/run`` runs) hypothesis is derandomized: every
property runs the same examples on every run, so a red build always reproduces
and never depends on the draw. Developers' runs keep drawing new examples, and
``python -m benchmarks.fuzz`` runs the long, random mode.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")
