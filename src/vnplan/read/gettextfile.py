"""A translation file (gettext's PO) made from a document: each paragraph of the document a message, with its
translation beside it ("msgid" / "msgstr"), as a translator's tool keeps an office's plan turned into English.

The document is the messages' Vietnamese side, in the file's order: the source (msgid) when the translation is into
another language, the translation (msgstr) when the plan was translated into Vietnamese. Babel reads the file (its
escapes, its strings continued over lines, its plural forms); a message holding a table's cells or a line break keeps
them.
"""
from __future__ import annotations

import io
import re

from . import RawText

# (a PO file opens with its comments and the empty message whose translation is the file's header)
_PO_OPENING = re.compile(rb'^(?:#[^\n]*\n|\s*\n)*msgid ""\s*\nmsgstr ""\s*\n"[\w-]+: ', re.M)
# the letters only Vietnamese writes: which side of each message is the document
_VIETNAMESE = re.compile(r"[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]", re.I)


def looks_like_po(head: bytes) -> bool:
    return _PO_OPENING.match(head.lstrip(b"\xef\xbb\xbf")) is not None


def _text(message_part) -> str:
    return message_part if isinstance(message_part, str) else "\n".join(part for part in message_part if part)


def read_po(data: bytes) -> RawText:
    from babel.messages.pofile import read_po as babel_read_po

    messages = [message for message in babel_read_po(io.BytesIO(data)) if message.id]
    sources = [_text(message.id) for message in messages]
    translations = [_text(message.string) for message in messages]
    marks = [sum(len(_VIETNAMESE.findall(text)) for text in side) for side in (sources, translations)]
    document = sources if marks[0] >= marks[1] else translations
    return RawText("\n".join(text for text in document if text.strip()), "po", wrapped=False)
