"""iCalendar files (RFC 5545, `.ics`, often saved as `.txt`) holding a document: an office calendar's event whose
DESCRIPTION holds the whole text of the notice or plan the meeting was about.

A calendar is a tree of components (`BEGIN:VEVENT` … `END:VEVENT`) of content lines `NAME;PARAM=…:value`. Lines
longer than 75 octets are folded: a line end followed by one space or tab goes on with the line before, and unfolding
removes exactly that one character (a continuation line opening with two spaces keeps one: the exporter folded just
before a space). Folding counts octets, so a simple exporter may cut a letter's UTF-8 sequence in two: the lines are
unfolded as bytes, before they are decoded. A TEXT value escapes its line ends (`\\n`, `\\N`), commas, semicolons and
backslashes; many exporters escape the line ends only, and a value's own commas and semicolons are kept as they come.

The document is the longest text among the events', journals' and to-dos' DESCRIPTION properties — or their
alternative representations, when the description is only a line and the text is in an X-ALT-DESC (the HTML Outlook
writes beside it) or an inline ATTACH. The calendar's other components (the owner's to-dos and reminders restating a
few duties in their own words and dates, its alarms) are its records, not the document, and are not read. A calendar
of meetings only, with no text, is read as its events' summaries and descriptions: no document is found in them, and
extraction says so.
"""
from __future__ import annotations

import base64
import binascii
import re
from collections import Counter
from pathlib import PurePath
from urllib.parse import unquote_to_bytes

from ..errors import VnplanError
from . import RawText
from .encodings import without_surrogates

_OPENING = re.compile(r"\A\s*BEGIN:VCALENDAR[ \t]*(?:\r|\n|\Z)", re.I)
# A line end followed by one space or tab (the fold; the character is the fold's, not the text's)
_FOLD_BYTES = re.compile(rb"(?:\r\n|\n|\r)[ \t]")
_FOLD = re.compile(r"(?:\r\n|\n|\r)[ \t]")
_NAME = re.compile(r"[A-Za-z0-9-]+")
# The properties RFC 5545 (and vCalendar 1.0 before it) define, and any extension "X-…": a line opening with another
# word and a colon, in a value an exporter did not fold, is the value's next line ("UBND: …")
_PROPERTY_NAMES = frozenset("""
BEGIN END VERSION PRODID CALSCALE METHOD NAME REFRESH-INTERVAL SOURCE COLOR IMAGE CONFERENCE UID DTSTAMP CREATED
LAST-MODIFIED DTSTART DTEND DUE DURATION SUMMARY DESCRIPTION LOCATION GEO ORGANIZER ATTENDEE ATTACH CATEGORIES CLASS
COMMENT CONTACT RELATED-TO RESOURCES STATUS TRANSP PRIORITY PERCENT-COMPLETE COMPLETED SEQUENCE URL RECURRENCE-ID
RRULE RDATE EXDATE EXRULE ACTION TRIGGER REPEAT TZID TZNAME TZOFFSETFROM TZOFFSETTO TZURL FREEBUSY REQUEST-STATUS
DCREATED AALARM DALARM MALARM PALARM TZ DAYLIGHT RNUM
""".split())
_DOCUMENT_COMPONENTS = {"VEVENT", "VTODO", "VJOURNAL"}
_ESCAPE = re.compile(r"\\r\\n|\\(.)", re.S)
_UNESCAPED = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}
_PARAM_STOP = re.compile(r"[;:=]")
_PARAM_VALUE = re.compile(r"[^,;:]*")  # (a quote inside an unquoted value kept, as clients write it)
_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "8BIT"}
_CARET = re.compile(r"\^(.)", re.S)  # RFC 6868: a parameter value's line end, quote and caret
_CARETS = {"n": "\n", "'": '"', "^": "^"}
_QP_SOFT_BREAK = re.compile(r"=(?:\r\n|\n|\r)")
_QP_OCTET = re.compile(rb"=([0-9A-Fa-f]{2})")
_DATA_URI = re.compile(r"data:([^,;]*)((?:;[^,;]*)*),(.*)", re.S | re.I)

_DOCUMENT_MIN = 200  # characters: the least a text holds to be a document, not a meeting's agenda line
_ALTERNATIVE_MARGIN = 1.1  # how much longer another representation must be than the description to be taken
_WORD_LENGTH = 25  # characters per space, at most, in prose (an attachment's code, an address hold none)
_WRAP_MIN = 3  # lines broken mid-sentence, at least, in a hard-wrapped text
_WRAP_SHARE = 0.2  # of its line ends
_WRAP_WIDTH = 0.6  # of the text's usual width, at least, reached by a line broken mid-sentence
_SENTENCE_END = (".", ":", ";", "!", "?", ")", "/", "…", '"', "”")
_LOWER_LABEL = re.compile(r"[a-zđ]{1,2}[).]\s")  # "a) …", "đ) …": an item, not a sentence going on


def looks_like_icalendar(head: bytes) -> bool:
    """Whether the first bytes open a calendar: BEGIN:VCALENDAR, after a byte order mark and blank lines."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head[:4096].decode("utf-16", errors="ignore")
    else:
        text = head[:4096].removeprefix(b"\xef\xbb\xbf").decode("latin-1")
    return _OPENING.match(text.lstrip("\ufeff")) is not None


CALENDAR_SUFFIXES = ("ics", "ical", "icalendar", "ifb", "vcs")  # (.vcs: vCalendar 1.0, RFC 5545's forerunner)
_CALENDAR_LINE = re.compile(rb"^[ \t]*BEGIN:VCALENDAR[ \t]*\r?$", re.I | re.M)


def holds_a_calendar(head: bytes) -> bool:
    """Whether a file named as a calendar opens one in its first bytes, after lines of something else (a mail's
    headers it was saved with, a note)."""
    return _CALENDAR_LINE.search(head.replace(b"\x00", b"")) is not None


class Property:
    __slots__ = ("name", "params", "value")

    def __init__(self, name: str, params: dict[str, list[str]], value: str):
        self.name, self.params, self.value = name, params, value

    def param(self, name: str) -> str:
        return ",".join(self.params.get(name, [])).strip()

    def __repr__(self) -> str:
        return f"Property({self.name!r}, {self.params!r}, {self.value[:40]!r})"


class Component:
    __slots__ = ("name", "properties", "children")

    def __init__(self, name: str):
        self.name, self.properties, self.children = name, [], []

    def walk(self):
        """This component and those inside it, in the file's order (no recursion: a file may nest deep)."""
        pending = [self]
        while pending:
            component = pending.pop()
            yield component
            pending.extend(reversed(component.children))


def unfold(data: bytes, name: str = "") -> str:
    """The calendar's content lines as text: unfolded as octets (a fold may cut a letter's UTF-8 sequence), then
    decoded; a UTF-16 file, whose folds cut no letter, decoded first."""
    from .encodings import decode_text

    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _FOLD.sub("", decode_text(data, name))
    text = decode_text(_FOLD_BYTES.sub(b"", data), name)
    return text.lstrip("\ufeff")


def parse_line(line: str) -> Property | None:
    """`NAME;PARAM=value;PARAM="quoted:value",other:value` as a property; None for a line of no such shape. The value
    starts after the first colon outside a quoted parameter value."""
    found = _NAME.match(line)
    if not found:
        return None
    name, at, params = found[0].upper(), found.end(), {}
    while at < len(line) and line[at] == ";":
        stop = _PARAM_STOP.search(line, at + 1)
        if stop is None:
            return None
        if stop[0] != "=":  # vCalendar 1.0's bare type ("DESCRIPTION;QUOTED-PRINTABLE:…")
            bare = line[at + 1:stop.start()].strip().upper()
            if bare:
                params.setdefault("ENCODING" if bare in _ENCODINGS else "TYPE", []).append(bare)
            at = stop.start()
            continue
        key, at, values = line[at + 1:stop.start()].strip().upper(), stop.end(), []
        while True:
            if line.startswith('"', at):
                close = line.find('"', at + 1)
                if close == -1:
                    return None  # an unclosed quote: no property
                values.append(line[at + 1:close])
                at = close + 1
            else:
                bare_value = _PARAM_VALUE.match(line, at)
                values.append(bare_value[0])
                at = bare_value.end()
            if not line.startswith(",", at):
                break
            at += 1
        params.setdefault(key, []).extend(_CARET.sub(lambda m: _CARETS.get(m[1], m[0]), value) for value in values)
    if not line.startswith(":", at):
        return None
    return Property(name, params, line[at + 1:])


def _starts_a_property(line: str) -> bool:
    found = _NAME.match(line)
    if not found or found.end() >= len(line) or line[found.end()] not in ";:":
        return False
    name = found[0].upper()
    return name in _PROPERTY_NAMES or name.startswith("X-") or line[found.end()] == ";" and "=" in line


def parse(text: str) -> Component:
    """The calendar as its tree of components (the file's root holds the VCALENDAR). Lines of no property's shape go
    on with the property before them, on a line of their own (a value its exporter did not fold), or after a
    quoted-printable value's soft break without one; a component left open ends with the file."""
    root = Component("")
    stack = [root]
    opened: Counter[str] = Counter()
    pending: list[str] = []

    def flush() -> None:
        if not pending:
            return
        prop = parse_line(pending[0])
        if prop is not None and len(pending) > 1:  # (its lines left unfolded; quoted-printable soft breaks go later)
            prop.value = "\n".join([prop.value, *pending[1:]])
        pending.clear()
        if prop is None:
            return
        if prop.name == "BEGIN":
            component = Component(prop.value.strip().upper())
            stack[-1].children.append(component)
            stack.append(component)
            opened[component.name] += 1
        elif prop.name == "END":
            closed = prop.value.strip().upper()
            if opened[closed]:  # (an END of no open component is ignored; one closing an outer one closes the inner)
                while stack[-1].name != closed:
                    opened[stack.pop().name] -= 1
                opened[stack.pop().name] -= 1
        else:
            stack[-1].properties.append(prop)

    for line in re.split(r"\r\n|\n|\r", text):
        if _starts_a_property(line):
            flush()
            pending.append(line)
        elif pending and (line.strip() or pending[0][:12].upper().startswith(("DESCRIPTION", "X-ALT-DESC"))):
            pending.append(line)
    flush()
    return root


def unescape(value: str) -> str:
    """A TEXT value's escapes undone: `\\n` and `\\N` a line end, `\\,` `\\;` `\\\\` their character; a backslash
    before anything else is kept (an exporter's own)."""
    if "\\" not in value:
        return value
    return _ESCAPE.sub(lambda m: "\n" if m[1] is None else _UNESCAPED.get(m[1], m[0]), value)


def _charset(prop: Property) -> str:
    return prop.param("CHARSET") or "utf-8"


def _decode_bytes(data: bytes, charset: str) -> str:
    """A quoted-printable or base64 value's bytes as text, in the charset it names or the one they read in; bytes that
    are no text (a picture an exporter put in a journal's description) none: the property is skipped, the calendar's
    other components read. A text in a legacy font is refused, as it would be in the file itself."""
    from .encodings import decode_text, looks_binary

    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        if looks_binary(data):
            return ""
        return decode_text(data, "calendar")


def text_value(prop: Property) -> str:
    """A text property's value as the text it holds: vCalendar 1.0's quoted-printable or base64 undone, escapes
    undone, HTML read as its lines."""
    value = prop.value
    encoding = prop.param("ENCODING").upper()
    if encoding == "QUOTED-PRINTABLE":
        raw = _QP_OCTET.sub(lambda m: bytes([int(m[1], 16)]), _QP_SOFT_BREAK.sub("", value).encode("utf-8"))
        value = _decode_bytes(raw, _charset(prop))
    elif encoding in ("B", "BASE64"):
        decoded = _base64(value)
        if decoded is None:
            return ""
        value = _decode_bytes(decoded, _charset(prop))
    value = unescape(value).replace("\r\n", "\n").replace("\r", "\n")
    if "html" in prop.param("FMTTYPE").lower() or _holds_markup(value):
        value = _html_text(value)
    return value.strip()


def _holds_markup(text: str) -> bool:
    from .html import holds_markup

    return holds_markup(text)


def _html_text(markup: str) -> str:
    from .html import html_to_text

    try:
        return html_to_text(markup)
    except VnplanError:
        return ""


def _base64(value: str) -> bytes | None:
    letters = _NOT_BASE64.sub("", value)
    try:
        return base64.b64decode(letters + "=" * (-len(letters) % 4))
    except (binascii.Error, ValueError):
        return None


_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/]")  # (line ends, spaces and padding an encoder or a fold left)


# Attachments a calendar may carry inline, read by the reader of their format
_SUFFIXES = {"application/pdf": ".pdf", "application/rtf": ".rtf", "text/rtf": ".rtf", "text/html": ".html",
             "application/xhtml+xml": ".html", "text/plain": ".txt", "text/markdown": ".md",
             "application/json": ".json", "application/xml": ".xml", "text/xml": ".xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}


def attachment_text(prop: Property) -> str:
    """An ATTACH's text: an inline attachment (base64 in the property, or a data: URI) read by its format's reader; a
    link to a file elsewhere holds none here."""
    fmttype = prop.param("FMTTYPE").lower()
    data = None
    if prop.param("VALUE").upper() == "BINARY" or prop.param("ENCODING").upper() in ("BASE64", "B"):
        data = _base64(prop.value)
    elif found := _DATA_URI.fullmatch(prop.value.strip()):
        fmttype = fmttype or found[1].lower()
        try:
            data = _base64(found[3]) if ";base64" in found[2].lower() else unquote_to_bytes(found[3])
        except ValueError:
            data = None
    if not data:
        return ""
    name = next((prop.param(key) for key in ("FILENAME", "X-FILENAME", "X-APPLE-FILENAME", "X-ORACLE-FILENAME",
                                             "X-MS-FILENAME", "X-LABEL") if prop.param(key)), "")
    suffix = PurePath(name).suffix.lower() if name else ""
    if not suffix:
        suffix = _SUFFIXES.get(fmttype.split(";")[0].strip(), ".txt" if fmttype.startswith("text/") else "")
    if not suffix:
        return ""
    from . import read_bytes

    try:
        return read_bytes(data, PurePath("attachment" + suffix)).text.strip()
    except VnplanError:
        return ""


def _is_prose(text: str) -> bool:
    return len(text) >= _DOCUMENT_MIN and text.count(" ") * _WORD_LENGTH >= len(text)


def document_text(calendar: Component) -> str | None:
    """The longest text among the events', journals' and to-dos' descriptions — or their other representations when
    those hold markedly more — if it is prose; None when no component holds any."""
    best, best_weight = None, 0.0
    for component in calendar.walk():
        if component.name not in _DOCUMENT_COMPONENTS:
            continue
        for prop in component.properties:
            if prop.name == "DESCRIPTION":
                text, weight = text_value(prop), 1.0
            elif prop.name == "X-ALT-DESC":
                text, weight = text_value(prop), 1 / _ALTERNATIVE_MARGIN
            elif prop.name == "ATTACH":
                text, weight = attachment_text(prop), 1 / _ALTERNATIVE_MARGIN
            else:
                continue
            if _is_prose(text) and len(text) * weight > best_weight:
                best, best_weight = text, len(text) * weight
    return best


def summaries(calendar: Component) -> str:
    """Each event's, journal's and to-do's summary and description, an empty line between them."""
    entries = []
    for component in calendar.walk():
        if component.name in _DOCUMENT_COMPONENTS:
            lines = [text_value(prop) for prop in component.properties if prop.name in ("SUMMARY", "DESCRIPTION")]
            if entry := "\n".join(line for line in lines if line):
                entries.append(entry)
    return "\n\n".join(entries)


def hard_wrapped(text: str) -> bool:
    """Whether the text's line ends are a width's (its author's client wrapped a paragraph over lines) rather than its
    paragraphs': many lines stopping mid-sentence, nearly as long as the text's lines are, before a line going on in
    lower case (an item "a) …" is no sentence going on)."""
    lines = [line.strip() for line in text.split("\n")]
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < _WRAP_MIN + 1:
        return False
    width = lengths[len(lengths) * 9 // 10]
    ends = breaks = 0
    for line, following in zip(lines, lines[1:]):
        if not line or not following:
            continue
        ends += 1
        if not line.endswith(_SENTENCE_END) and following[:1].islower() and not _LOWER_LABEL.match(following) \
                and len(line) >= width * _WRAP_WIDTH:
            breaks += 1
    return breaks >= _WRAP_MIN and breaks >= ends * _WRAP_SHARE


def read_icalendar(data: bytes, name: str = "") -> RawText:
    """The document a calendar carries, as text: its longest description; a calendar without one, its events'
    summaries and descriptions."""
    calendar = parse(unfold(data, name))
    text = document_text(calendar)
    if text is None:
        return RawText(without_surrogates(summaries(calendar)), "ics", wrapped=False)
    text = without_surrogates(text)  # (a value's own charset may give one: UTF-7's "+2D0-")
    return RawText(text, "ics", wrapped=hard_wrapped(text))
