"""govreport_nlp: read Chinese government information-disclosure reports into comparable tables.

>>> import govreport_nlp
>>> report = govreport_nlp.parse("2019年，我局未收到政府信息公开申请。")
>>> report.facts[0].metric
'requests.received'
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

_EXPORTS = {
    "load": "pipeline", "load_all": "pipeline", "parse": "pipeline", "parse_all": "pipeline",
    "Report": "models", "Section": "models", "Fact": "models", "Cell": "models", "Finding": "models",
    "Source": "models", "GovReportError": "errors", "Options": "options",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    """Import the public names lazily, so ``import govreport_nlp`` stays cheap."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'govreport_nlp' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
