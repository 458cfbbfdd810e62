"""A document kept in a translator's XML, one segment of the text per unit beside its translation: a translation memory
(TMX: `<tu>` units of `<tuv xml:lang="vi-VN"><seg>` variants) or an exchange file (XLIFF: `<trans-unit>`s of `<source>`
and `<target>`). The document is the units' Vietnamese side, in order; the translator's properties and notes are not
of it. (A PO file, gettext's, is read by `gettextfile`.)
"""
from __future__ import annotations

from .xmltags import local_name as _local

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _vietnamese(lang: str | None) -> bool:
    return (lang or "").lower().startswith("vi")


def _tmx_lines(root) -> list[str]:
    source = next((e.get("srclang") for e in root.iter() if _local(e.tag) == "header"), None)
    lines = []
    for unit in (e for e in root.iter() if _local(e.tag) == "tu"):
        variants = [v for v in unit if _local(v.tag) == "tuv"]
        chosen = next((v for v in variants if _vietnamese(v.get(_XML_LANG) or v.get("lang"))), None)
        if chosen is None:
            chosen = next((v for v in variants if (v.get(_XML_LANG) or v.get("lang")) == source), None)
        segment = next((s for s in chosen if _local(s.tag) == "seg"), None) if chosen is not None else None
        if segment is not None:
            lines.append("".join(segment.itertext()).strip())
    return lines


def _xliff_lines(root) -> list[str]:
    files = [e for e in root.iter() if _local(e.tag) == "file"]
    # (the target is the document when the file translates into Vietnamese; XLIFF 2 names the languages on its root)
    target_language = next((f.get("target-language") for f in files), None) or root.get("trgLang")
    side = "target" if _vietnamese(target_language) else "source"
    lines = []
    for unit in (e for e in root.iter() if _local(e.tag) in ("trans-unit", "segment")):
        part = next((p for p in unit if _local(p.tag) == side), None)
        if part is not None:
            lines.append("".join(part.itertext()).strip())
    return lines


def bilingual_lines(root) -> list[str] | None:
    """The document's lines, when the XML is a translator's file; else None."""
    kind = _local(root.tag)
    if kind == "tmx":
        return [line for line in _tmx_lines(root) if line]
    if kind == "xliff":
        return [line for line in _xliff_lines(root) if line]
    return None
