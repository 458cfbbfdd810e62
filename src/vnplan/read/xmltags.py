"""An XML element's tag without its namespace ("{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p" -> "p"), as the
readers of XML carriers compare them; a comment's or a processing instruction's tag (no string) is none."""
from __future__ import annotations


def local_name(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
