"""Timing of the token scorer experiment on 4 KB prompts (``speed`` stage).

Split out of :mod:`benchmarks.token_scorer`. The heads are random: the time
of a head depends on its shape, not its values.
"""

from __future__ import annotations

import time

import numpy as np

from benchmarks.token_scorer_features import TOKEN_BITS, tokenize_text
from benchmarks.token_scorer_pool import EMBEDDING_DIM, PoolHead, pool_window_logits
from langchain_mistral_secure.detection.scorer.features import (
    CONCEPT_DIM,
    STRIDE,
    WINDOW,
)
from langchain_mistral_secure.detection.scorer.mlp import MlpHead, mlp_window_logits
from langchain_mistral_secure.detection.scorer.model import get_scorer

__all__ = ["SPEED_TEXTS", "random_head", "speed_us"]


SPEED_TEXTS = (
    "Please summarise the attached report and list the open questions. ",
    "Bitte fasse den Bericht zusammen und nenne die offenen Fragen. ",
    "请总结所附报告并列出未解决的问题。",
    "Résume le rapport ci-joint et liste les questions ouvertes. ",
)


def speed_us(head: MlpHead | PoolHead, repeats: int = 60) -> dict[str, float]:
    """Median microseconds per 4 KB prompt: token side, and the shipped scorer.

    Wall-clock (``perf_counter``) and this thread's CPU time (``*_cpu``: what
    a busy machine's waiting leaves out).

    The prompts mix English, German, Chinese and French sentences (4096
    characters, each one different so no cache helps); the token side is
    tokenization plus the head, the n-gram side the shipped scorer's
    ``score`` on the same prompt, timed in turn so load hits both alike.
    """
    scorer = get_scorer()
    scorer.score("warm up")
    tokenize_text("warm up")
    times: dict[str, list[float]] = {
        "tokenize": [],
        "token_total": [],
        "ngram": [],
        "token_cpu": [],
        "ngram_cpu": [],
    }
    for i in range(repeats):
        parts = [SPEED_TEXTS[(i + k) % len(SPEED_TEXTS)] for k in range(80)]
        text = (f"{i} " + "".join(parts))[:4096]
        cpu = time.thread_time()
        start = time.perf_counter()
        tokens = tokenize_text(text)
        mid = time.perf_counter()
        if isinstance(head, PoolHead):
            pool_window_logits(tokens, head, ((WINDOW, STRIDE),))
        else:
            mlp_window_logits(tokens, head)
        end = time.perf_counter()
        cpu_mid = time.thread_time()
        scorer.score(text)
        after = time.perf_counter()
        cpu_end = time.thread_time()
        times["tokenize"].append((mid - start) * 1e6)
        times["token_total"].append((end - start) * 1e6)
        times["ngram"].append((after - end) * 1e6)
        times["token_cpu"].append((cpu_mid - cpu) * 1e6)
        times["ngram_cpu"].append((cpu_end - cpu_mid) * 1e6)
    return {k: round(float(np.median(v)), 1) for k, v in times.items()}


def random_head(hidden: int, *, pool: bool) -> MlpHead | PoolHead:
    """A head of the experiment's shape with random weights (for timing only)."""
    rng = np.random.default_rng(0)
    rows = 1 << TOKEN_BITS
    if pool:
        return PoolHead(
            emb=rng.standard_normal((rows, EMBEDDING_DIM)).astype(np.float32),
            w1=rng.standard_normal((2 * EMBEDDING_DIM, hidden)).astype(np.float32),
            b1=np.zeros(hidden, np.float32),
            w2=rng.standard_normal(hidden).astype(np.float32),
            b2=0.0,
        )
    return MlpHead(
        w1=rng.standard_normal((rows + CONCEPT_DIM, hidden)).astype(np.float32),
        b1=np.zeros(hidden, np.float32),
        w2=rng.standard_normal(hidden).astype(np.float32),
        b2=0.0,
        bits=TOKEN_BITS,
    )
