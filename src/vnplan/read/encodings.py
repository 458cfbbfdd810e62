"""Decode text files: UTF-8/UTF-16 with BOM, UTF-8, CP1258; convert VNI, refuse TCVN3.

TCVN3 (ABC) and VNI texts are 8-bit "font hacks": the bytes decode without error
as CP1252/CP1258 but read as gibberish ("ViÖt Nam", "Vieät Nam"). VNI writes a
letter's marks as the Latin-1 letters after it ("Vieät" = "Việt"), so its text
converts back without loss: a whole file, or the lines of a template typed in a
VNI font inside a Unicode document (its header and signature), which hold only
Latin-1 letters and some no Vietnamese word has ("ø", "ñ", "ö", "ï" …). TCVN3
gives each marked letter a code of its own, most of them Latin-1's symbols ("®"
for "đ", "µ" for "à"): the lines of a template typed in a TCVN3 font inside a
Unicode document convert back by its table (in the capitals font of a header,
".VnTimeH", its lower-case codes are capitals). A text typed in TCVN3 as a whole
is detected by its tell-tale syllables and refused with a message naming the
encoding, so that nothing is extracted from garbage.
"""
from __future__ import annotations

import re
import unicodedata

from ..errors import UnreadableFile

# Syllables that only occur in text typed with a legacy Vietnamese font.
_TCVN3_MARKS = re.compile(r"ViÖt|viÖc|nh©n|d©n|Céng|hoµ|tØnh|c¸c|kÕ|ho¹ch|n¨m|th¸ng|ngµy|®|¬ng|­")
_VNI_MARKS = re.compile(r"Vieät|vieäc|nhaân|daân|Coäng|tænh|caùc|keá|hoaïch|naêm|thaùng|ngaøy|ñ|öô")


# VNI: a letter of its own for "ơ", "ư", "đ" and for "i" and "y" with a mark; a mark after its vowel.
_VNI_LETTERS = str.maketrans("ôÔöÖñÑæÆóÓòÒîÎ", "ơƠưƯđĐỉỈĩĨịỊỵỴ")
_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"
_MARKS_ON_VOWELS = {**{mark: ("aeouyơư", tone) for mark, tone in zip("ùøûõï", _TONES)},  # (the vowels the mark goes on)
              "â": ("aeo", _CIRCUMFLEX), "ê": ("a", _BREVE),
              **{mark: ("aeo", _CIRCUMFLEX + tone) for mark, tone in zip("áàåãä", _TONES)},
              **{mark: ("a", _BREVE + tone) for mark, tone in zip("éèúüë", _TONES)}}
_MARKS_ON_VOWELS |= {mark.upper(): value for mark, value in _MARKS_ON_VOWELS.items()}
# Letters no Vietnamese word written in Unicode holds, which VNI writes in nearly every line.
_VNI_ONLY = re.compile(r"[øØñÑöÖïÏûÛäÄåÅæÆëËüÜîÎ]")
_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]")
_COLUMN_GAP = re.compile(r"(\s{2,}|\t)")
_VNI_MIN_OWN = 3
# A vowel and a mark VNI writes after it, which no word written in Unicode holds ("Taâm", "Vaên", "Leâ", "Quoù").
_VNI_PAIR = re.compile(r"[aeoAEO][âêÂÊ]|[aeouyAEOUY][ùõÙÕ]")
_SHORT_VNI_LINE = 40  # characters: a header's or signature's line
# A symbol font's bullet shown in another font ("§", "Ø", "ü" before a tab): one character alone is no word in any font
_A_MARK_ALONE = re.compile(r"\s*\S\s*")


# TCVN3 (ABC, TCVN 5712): each marked letter's code, read as Latin-1, and the letter.
_TCVN3_LETTERS = str.maketrans(dict(zip(
    "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ¡¢£¤¥¦§",
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂÊÔƠƯĐ")))
# The codes that are Latin-1 symbols, no letter: a text holding two of them has lines typed in TCVN3.
_TCVN3_SYMBOLS = re.compile("[µ¸¶·¹¨»¾¼½©®ª«¬\xad¡¢£¤¥¦§]")
_TCVN3_MIN_SYMBOLS = 2


def tcvn3_lines_converted(text: str) -> str:
    """The runs of a line typed in a TCVN3 font, inside a text in Unicode, in Unicode; a run all in lower case, a
    header's or a signature's, written in its capitals font, in capitals."""
    if len(_TCVN3_SYMBOLS.findall(text[:20000])) < _TCVN3_MIN_SYMBOLS:
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if _TCVN3_SYMBOLS.search(line):  # (in a text that shows the font: "N¬i nhËn:" holds one)
            line = "".join(_tcvn3_run(run) for run in _COLUMN_GAP.split(line))
            # a converter's slips: a code it left inside a word it converted ("Trung t©m", "®ường")
            line = _CODE_IN_A_WORD.sub(lambda code: code.group(0).translate(_TCVN3_LETTERS), line)
        # … and a header's capitals it converted as the small letters their codes are ("NôNG NGHIệP", "Kế HOạCH"), in
        # each column ("Nơi nhận:" beside "GIáM đốC")
        lines[k] = "".join(run.upper() if _in_capitals_but_marked(run) else run for run in _COLUMN_GAP.split(line))
    return "\n".join(lines)


# (or a capital's code between two small letters, "kiÓm": no word's capital stands there)
_CODE_IN_A_WORD = re.compile(r"(?<=[^\W\d_])" + _TCVN3_SYMBOLS.pattern + r"(?=[^\W\d_])|(?<![^\W\d_])"
                             + _TCVN3_SYMBOLS.pattern + r"(?=[^\W\d_])|(?<=[a-z])[ÆÇÊÈÉËÌÐÎÏÑÒÕÓÔÖ×ÝØÜÞ](?=[a-z])")


def _in_capitals_but_marked(run: str) -> bool:
    """Every word in capitals but for its marked letters ("Sở NôNG NGHIệP Và MôI TRườNG", "I. MụC đíCH"), one of them
    a word of two capitals or more with a small marked letter ("NôNG", "HOạCH")."""
    words = _WORD.findall(run)
    capitals = lambda word: sum("A" <= char <= "Z" for char in word)  # noqa: E731
    return any(capitals(word) >= 2 and any(char.islower() for char in word) for word in words) \
        and all(not any("a" <= char <= "z" for char in word) for word in words)


_WORD = re.compile(r"[^\W\d_]+")


def _tcvn3_run(run: str) -> str:
    """A run of Latin-1 characters with a TCVN3 symbol, converted where that gives Vietnamese letters (not a web
    page's "Home · News", "© 2027")."""
    if not _TCVN3_SYMBOLS.search(run) or _BEYOND_LATIN1.search(run) or _A_MARK_ALONE.fullmatch(run):
        return run
    converted = run.translate(_TCVN3_LETTERS)
    if not _BEYOND_LATIN1.search(converted):
        return run
    return converted.upper() if not any(char.isupper() for char in converted) else converted


def vni_to_unicode(text: str) -> str:
    """VNI text, read as Latin-1 letters, in Unicode: "Vieät Nam" → "Việt Nam"."""
    out: list[str] = []
    for char in text:
        mark = _MARKS_ON_VOWELS.get(char)
        base = unicodedata.normalize("NFD", out[-1])[0].lower() if out else ""
        if mark and base and base in mark[0]:
            out[-1] = unicodedata.normalize("NFC", out[-1] + mark[1])
        else:
            out.append(char.translate(_VNI_LETTERS))
    return "".join(out)


def _typed_in_vni(text: str) -> bool:
    """A whole text typed in VNI: VNI's own letters in it, hardly a Vietnamese letter beyond Latin-1."""
    sample = text[:20000]
    own = len(_VNI_ONLY.findall(sample))
    return own >= _VNI_MIN_OWN and sum(char.isalpha() for char in _BEYOND_LATIN1.findall(sample)) * 10 <= own


def _shows_the_font(line: str) -> bool:
    """A line typed in VNI: two of its marks (a letter of its own, a mark after a vowel no word written in Unicode has,
    "Taâm"), or one in a short line or column ("KT. CHUÛ TÒCH" beside the recipients); not a foreign word's "ñ" in a
    sentence ("pequeña")."""
    marks = lambda run: len(_VNI_ONLY.findall(run)) + len(_VNI_PAIR.findall(run))  # noqa: E731
    runs = [run for run in _COLUMN_GAP.split(line) if not _A_MARK_ALONE.fullmatch(run)]
    return sum(map(marks, runs)) >= 2 or any(marks(run) and len(run.strip()) <= _SHORT_VNI_LINE for run in runs)


def vni_lines_converted(text: str) -> str:
    """The runs typed in a VNI font in Unicode, the others as they are. A run is a line, or a column of one set apart by
    spaces (a signature beside the recipients), of Latin-1 letters only, on a line that shows the font; in a text
    typed in VNI as a whole, every such run."""
    if not _VNI_ONLY.search(text) and not _VNI_PAIR.search(text):
        return text
    typed_in_vni = _typed_in_vni(text)  # the whole text: its lines without a mark of VNI's own too
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if not line.isascii() and (typed_in_vni or _shows_the_font(line)):
            runs = _COLUMN_GAP.split(line)
            lines[k] = "".join(vni_to_unicode(run) if not run.isascii() and not _BEYOND_LATIN1.search(run)
                               and not _A_MARK_ALONE.fullmatch(run) else run for run in runs)
    return "\n".join(lines)


_SURROGATE = re.compile("[\ud800-\udfff]")


def opening_bytes(head: bytes) -> bytes:
    """A file's first bytes past its UTF-8 byte-order mark and the blanks before its first mark: what a format's
    sniffer looks at ("{\\rtf", "<?xml", "{", "WEBVTT")."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")


def without_surrogates(text: str) -> str:
    """The text with no surrogate code point left (an escape "\\ud83d", a UTF-7 "+2D0-" give one, which no UTF-8 output
    can write): a pair the escapes split joined into its character, a lone one U+FFFD."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def looks_binary(data: bytes) -> bool:
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
        if looks_binary(data):
            raise UnreadableFile(
                f"Tệp nhị phân, không phải văn bản: {name}", f"binary file, not text: {name}"
            )
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            latin = data.decode("cp1252", errors="replace")  # (VNI's bytes are its Latin-1 letters)
            text = latin if _typed_in_vni(latin) else data.decode("cp1258", errors="replace")
    if _BEYOND_LATIN1.search(text):  # (a text in Unicode, a template's lines in it typed in TCVN3)
        text = tcvn3_lines_converted(text)
    text = vni_lines_converted(text)
    refuse_legacy_encoding(text, name)
    return unicodedata.normalize("NFC", text)
