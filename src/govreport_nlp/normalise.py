"""PROVISIONAL normaliser (1:1 Traditional→Simplified only); being replaced by the full one."""

from __future__ import annotations

import opencc

from .textmap import NormalizedText, OffsetMap

_T2S = opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _T2S.convert(text)


def detect_script(text: str) -> str:
    return "simplified" if to_simplified(text) == text else "traditional"


def normalise(text: str) -> NormalizedText:
    out = to_simplified(text)
    return NormalizedText(out, text, OffsetMap.identity(len(text)), detect_script(text))
