"""Decode text files: UTF-8/UTF-16 with BOM, UTF-8, CP1258; refuse legacy font encodings.

TCVN3 (ABC) and VNI texts are 8-bit "font hacks": the bytes decode without error
as CP1252/CP1258 but read as gibberish ("ViÖt Nam", "Vieät Nam"). We detect them
by their tell-tale syllables and refuse with a message naming the encoding, so
that nothing is extracted from garbage.
"""
from __future__ import annotations

import re
import unicodedata

from ..errors import UnreadableFile

# Syllables that only occur in text typed with a legacy Vietnamese font.
_TCVN3_MARKS = re.compile(r"ViÖt|viÖc|nh©n|d©n|Céng|hoµ|tØnh|c¸c|kÕ|ho¹ch|n¨m|th¸ng|ngµy|®|¬ng|­")
_VNI_MARKS = re.compile(r"Vieät|vieäc|nhaân|daân|Coäng|tænh|caùc|keá|hoaïch|naêm|thaùng|ngaøy|ñ|öô")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192].replace(b"\r\x07", b"\r")  # (Word's cell marks in the text its object model gives)
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > len(sample) * 0.02


def detect_legacy_encoding(text: str) -> str | None:
    """Return 'TCVN3' or 'VNI' when the text looks typed with a legacy font, else None."""
    sample = text[:20000]
    words = max(1, len(sample.split()))
    tcvn = len(_TCVN3_MARKS.findall(sample))
    vni = len(_VNI_MARKS.findall(sample))
    if tcvn >= 5 and tcvn > words * 0.03:
        return "TCVN3"
    if vni >= 5 and vni > words * 0.03:
        return "VNI"
    return None


def refuse_legacy_encoding(text: str, name: str = "") -> None:
    legacy = detect_legacy_encoding(text)
    if legacy:
        raise UnreadableFile(
            f"Văn bản dùng bảng mã cũ {legacy}; hãy chuyển sang Unicode (ví dụ bằng Unikey) rồi thử lại: {name}",
            f"text uses the legacy {legacy} Vietnamese encoding; convert it to Unicode first: {name}",
        )


def decode_text(data: bytes, name: str = "") -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        if _looks_binary(data):
            raise UnreadableFile(
                f"Tệp nhị phân, không phải văn bản: {name}", f"binary file, not text: {name}"
            )
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1258", errors="replace")
    refuse_legacy_encoding(text, name)
    return unicodedata.normalize("NFC", text)
