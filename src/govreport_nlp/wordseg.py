"""A private jieba tokenizer with the domain user dictionary.

Never touches the global ``jieba`` module, so a user dictionary loaded here
does not leak into other code (and theirs does not leak in here).

>>> "依申请公开" in words("本年度依申请公开工作")
True
"""

from __future__ import annotations

import logging
from functools import lru_cache

import jieba

from .lexicons import bundled_dir

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    """The shared private :class:`jieba.Tokenizer`, user dictionary loaded."""
    tok = jieba.Tokenizer()
    tok.load_userdict(str(bundled_dir() / "jieba_user.dict"))
    return tok


def words(text: str) -> list[str]:
    """Segment ``text`` into words (precise mode)."""
    return [w for w in tokenizer().cut(text, HMM=True) if w]
