"""The detection engine shared by every component (re-exports only)."""

from langchain_mistral_secure.detection.deobfuscate import (
    DeobfuscatedView,
    build_deobfuscated_view,
)
from langchain_mistral_secure.detection.engine import (
    DEFAULT_MAX_CHARS,
    DetectionError,
    Detector,
    Finding,
    Rule,
    RuleDetector,
    TextTooLongError,
    Validator,
    detect_all,
    get_detector,
    merge_findings,
    register_detector,
    registered_detectors,
    replace_spans,
    summarize_findings,
)
from langchain_mistral_secure.detection.normalize import (
    INVISIBLE_CHARS,
    DetectionView,
    build_stripped_view,
    build_view,
    fold_char,
    is_invisible,
    matchable,
)

__all__ = [
    "DEFAULT_MAX_CHARS",
    "INVISIBLE_CHARS",
    "DeobfuscatedView",
    "DetectionError",
    "DetectionView",
    "Detector",
    "Finding",
    "Rule",
    "RuleDetector",
    "TextTooLongError",
    "Validator",
    "build_deobfuscated_view",
    "build_stripped_view",
    "build_view",
    "detect_all",
    "fold_char",
    "get_detector",
    "is_invisible",
    "matchable",
    "merge_findings",
    "register_detector",
    "registered_detectors",
    "replace_spans",
    "summarize_findings",
]
