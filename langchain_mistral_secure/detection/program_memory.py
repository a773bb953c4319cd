"""A memory budget for the DFA caches of the compiled RE2 programs.

RE2 matches with a DFA built lazily: each new text adds states, kept until the
program's own budget (``RE2_MAX_MEM``) is full. The rule groups hold some two
thousand programs and sets, so a process that scans many *different* long
texts (mixed languages, code) grows for a long time: about 3 KB of states per
byte of such text scanned, 4.6 GB after 1.3 MB, most of it in the rule groups'
sets. Text like what was already scanned adds little.

This module bounds that growth. The rule detectors count the characters they
scan; every ``CHECK_EVERY_CHARS`` (summed over detectors) the resident set size is
read, and when it has grown by more than the budget over the size at the first
check (or after a release, if that is higher), every tracked rule detector
drops its compiled rule groups, and the compile caches and the RE2 binding's
own cache are cleared (:func:`release_programs`); the freed heap goes back to
the system. Some 450 single-pattern programs compiled at import stay. Each
detector compiles its groups again on its next scan (with the DFA states the
next texts rebuild, 10-15 s of CPU for the injection rules, once per
release). The budget chooses when programs are rebuilt, never what they
find: findings are the same with any budget.

The size is the whole process's: memory the application allocates counts too.
A release raises the floor to the size just after it when that is higher, so
growth that is not the programs' costs at most one release per budget of it.

The default budget is 2,048 MB of growth;
``MISTRAL_SECURE_PROGRAM_MEMORY_MB`` (read at import) or
:func:`set_program_memory_budget` changes it, and 0 turns it off. The size is
read from ``/proc/self/statm``; where that does not exist (macOS, Windows) the
budget is not enforced.

Example:
    >>> from langchain_mistral_secure.detection.program_memory import (
    ...     program_memory_budget, set_program_memory_budget)
    >>> previous = program_memory_budget()
    >>> set_program_memory_budget(512)
    >>> program_memory_budget()
    512
    >>> set_program_memory_budget(previous)
"""

from __future__ import annotations

import ctypes
import os
import threading
import weakref
from pathlib import Path
from typing import Protocol

import re2

from langchain_mistral_secure.detection._byte_search import clear_compile_caches
from langchain_mistral_secure.detection._char_needs import compile_char_needs

__all__ = [
    "CHECK_EVERY_CHARS",
    "note_scanned",
    "program_generation",
    "program_memory_budget",
    "release_programs",
    "set_program_memory_budget",
    "track",
]

# How many characters the rule detectors scan between two reads of the
# resident size, summed over detectors: every detector that runs on a text
# (some 30-100 for the injection rules) counts it, so a long text is checked
# several times while it is scanned. New states grow by a few KB per byte of
# text at most (3 KB on the worst text measured); one read costs microseconds.
CHECK_EVERY_CHARS = 64 << 10
_DEFAULT_BUDGET_MB = 2048
_STATM = Path("/proc/self/statm")
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _budget_from_env() -> int:
    raw = os.environ.get("MISTRAL_SECURE_PROGRAM_MEMORY_MB", "").strip()
    if not raw:
        return _DEFAULT_BUDGET_MB
    try:
        value = int(raw)
    except ValueError:
        msg = "MISTRAL_SECURE_PROGRAM_MEMORY_MB must be a whole number of megabytes"
        raise ValueError(msg) from None
    if value < 0:
        msg = "MISTRAL_SECURE_PROGRAM_MEMORY_MB must be 0 (off) or more"
        raise ValueError(msg)
    return value


class Releasable(Protocol):
    """A holder of compiled programs that can drop them (``RuleDetector``)."""

    def release_compiled(self) -> None:
        """Drop the compiled programs; compile them again when next used."""


class _State:
    """The process-wide counters (one lock: detectors may scan in threads)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.budget_mb = _budget_from_env()
        self.generation = 0
        self.unchecked = 0
        # The resident size the budget is counted from: the size at the first
        # check (the programs in use compiled), raised to the size just after
        # a release when that is higher. Not lowered by a release: the size
        # just after one lacks the programs the next scans compile again.
        self.floor: int | None = None
        self.holders: weakref.WeakSet[Releasable] = weakref.WeakSet()

    def after_fork(self) -> None:
        """A forked child starts with a fresh lock (the parent's may be held)."""
        self.lock = threading.Lock()


_STATE = _State()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_STATE.after_fork)


def _resident_bytes() -> int | None:
    try:
        return int(_STATM.read_text().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


def _trim_heap() -> None:
    """Give freed heap pages back to the system (glibc), so the size falls."""
    try:  # the process's own symbols: glibc's malloc_trim where there is one
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return  # not glibc (musl, macOS, Windows): the freed heap is reused
    trim(0)


def program_memory_budget() -> int:
    """The budget in MB of growth over the size at the first check (0: off)."""
    return _STATE.budget_mb


def set_program_memory_budget(megabytes: int) -> None:
    """Set the budget in MB; 0 turns it off.

    Raises:
        ValueError: If ``megabytes`` is negative.
    """
    if megabytes < 0:
        msg = "the program memory budget must be 0 (off) or more megabytes"
        raise ValueError(msg)
    with _STATE.lock:
        _STATE.budget_mb = megabytes
        _STATE.floor = None


def track(holder: Releasable) -> None:
    """Register a holder of compiled programs, released with the others."""
    with _STATE.lock:
        _STATE.holders.add(holder)


def program_generation() -> int:
    """How many times the programs were released; detectors rebuild on a change."""
    return _STATE.generation


def release_programs() -> None:
    """Drop every cached RE2 program and set; detectors recompile on next use.

    Every tracked rule detector drops the rule groups it holds, so their DFA
    caches are freed now (a scan in progress keeps its own until it ends),
    and compiles them again on its next scan.

    Example:
        >>> before = program_generation()
        >>> release_programs()
        >>> program_generation() == before + 1
        True
    """
    with _STATE.lock:
        _release_locked(_STATE)


def _release_locked(state: _State) -> None:
    for holder in list(state.holders):
        holder.release_compiled()
    clear_compile_caches()
    compile_char_needs.cache_clear()
    re2.purge()  # the binding's own cache of its last 128 programs
    state.generation += 1
    state.unchecked = 0
    _trim_heap()
    resident = _resident_bytes()
    if resident is not None and state.floor is not None:
        state.floor = max(state.floor, resident)


def note_scanned(size: int) -> None:
    """Count ``size`` characters scanned; past the budget, release the programs.

    Called by each rule detector after each text. Reads the resident size
    once every ``CHECK_EVERY_CHARS`` (summed over detectors).
    """
    state = _STATE
    state.unchecked += size  # unlocked: a lost count only delays a check
    if state.unchecked < CHECK_EVERY_CHARS or state.budget_mb == 0:
        return
    with state.lock:  # one thread checks and releases at a time
        state.unchecked = 0
        resident = _resident_bytes()
        if resident is None:
            return
        if state.floor is None:
            state.floor = resident
        elif resident - state.floor > state.budget_mb << 20:
            _release_locked(state)
