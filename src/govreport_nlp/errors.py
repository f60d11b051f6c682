"""Typed errors for single calls; batches turn them into ``error`` records.

Each class names the ``error`` kind of schema §6 it is reported as, and its
message is Chinese, for the office that reads it.

>>> err = EmptyInputError("文件为空：a.txt")
>>> err.kind, isinstance(err, ValueError)
('empty', True)
"""

from __future__ import annotations


class GovReportError(Exception):
    """Base class; ``kind`` is the schema §6 error class."""

    kind = "parse_failed"


class UnreadableFileError(GovReportError, OSError):
    """The file cannot be opened or is damaged (truncated PDF/DOCX, scanned PDF)."""

    kind = "unreadable"


class UnsupportedFormatError(GovReportError, ValueError):
    """The bytes are not a format the library reads (binary, images, archives)."""

    kind = "unsupported_format"


class EmptyInputError(GovReportError, ValueError):
    """Nothing to read: an empty file or one without any text."""

    kind = "empty"


class TooLargeError(GovReportError, ValueError):
    """Larger than ``Options.max_file_bytes``."""

    kind = "too_large"


class EncodingError(GovReportError, ValueError):
    """Bytes that decode in no Chinese encoding."""

    kind = "encoding"


class ParseFailedError(GovReportError, ValueError):
    """A later stage failed on readable text (a bug: please report the file)."""

    kind = "parse_failed"


class LexiconError(GovReportError, ValueError):
    """A lexicon file is malformed; the message names the file and the key."""

    kind = "parse_failed"


ERROR_KINDS = ("unreadable", "unsupported_format", "empty", "too_large", "encoding", "parse_failed")
