"""A document kept as a YAML data file (a site's content export, a document store's record): read as its JSON record.

YAML holds the same data as JSON — the fields named in ASCII ("so_ky_hieu", "co_quan_ban_hanh"), the text as one block
string, the appendix's rows as a list of objects — so the record, once parsed, is laid out as a page by the JSON reader
(`record_as_page`). A YAML file opens with `key: value` lines (after any `#` comments or a `---` marker); a text that
only looks so (an e-mail's "Subject: …" headers, a note's front matter then its body) does not parse as one mapping
and stays text.
"""
from __future__ import annotations

import re

import yaml

from . import RawText
from .jsondoc import record_as_page

YAML_SUFFIXES = ("yaml", "yml")
_OPENING_KEY = re.compile(r"(?:---\s*\n)?[A-Za-z_][A-Za-z0-9_-]*:(?: |\n)")
_MIN_KEYS = 3  # a record names a few fields; a line or two of "key: value" is any text's
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # (libyaml's parser where built in: the same result, faster)


def _without_comments(text: str) -> str:
    """The text from its first line that is not a comment or blank."""
    return re.sub(r"\A(?:[ \t]*(?:#[^\n]*)?\n)*", "", text.lstrip("\ufeff"))


def yaml_record(text: str, named_yaml: bool = False) -> dict | list | None:
    """The record a YAML file holds, a mapping of a few fields or a list (only in a file named .yaml); None for a
    text that is no such file."""
    body = _without_comments(text)
    if not named_yaml and not _OPENING_KEY.match(body):
        return None  # (the test most texts fail, before any parsing)
    try:
        record = yaml.load(body, Loader=_LOADER)  # noqa: S506  (a safe loader: plain data, no objects)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    if isinstance(record, dict) and len(record) >= _MIN_KEYS or named_yaml and isinstance(record, list):
        return record
    return None


def read_yaml(record: dict | list) -> RawText | None:
    """The record laid out as a page; None when it holds no prose."""
    page = record_as_page(record)
    return RawText(page, "json", wrapped=False) if page else None
