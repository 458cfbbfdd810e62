"""XML documents via lxml: the edXML envelope of the state's document exchange (QCVN 102), and any other XML.

An edXML message carries the document's text in `Content` and its header and signature as fields. The reader
lays them out as the paper shows them — number and date line, the text, the signature, the recipients — so the
extraction reads one layout. The sender (`From`) heads the page only when the signature speaks for it: a
Prime Minister's dispatch is sent by the Government Office, which did not issue it. An office suite's XML is read by
`officexml`. Any other XML gives the text of its elements, one per line. Text an element holds as escaped HTML (a news
feed's item, a CMS export) is read as the page it is; a feed (RSS, Atom) gives the one entry whose text is longest, the
document — not its neighbours' summaries.
"""
from __future__ import annotations

import re

from ..errors import UnreadableFile
from ..lexicon import OUTLINE_LABEL, point_letter, roman_numeral
from ..tablerows import join_cell_lines, table_row
from ..textfold import fold
from . import RawText
from .encodings import opening_bytes
from .html import holds_markup, html_to_text
from .bilingual import bilingual_lines
from .kml import kml_lines
from .officexml import office_document_lines
from .records import Record, records_page

_OFFICE = fold("Văn phòng")  # a body's office, which sends on its behalf
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


# An XML file without its declaration opens on its root's tag ("<doc sitename=…>", a web extractor's TEI): any tag but
# one of a web page's, which is HTML, a fragment of one or a page saved as text.
_ROOT_TAG = re.compile(rb"<([A-Za-z][\w.-]{0,40}:)?([A-Za-z][\w.-]{0,40})[\s>/]")
_PAGE_TAGS = frozenset(b"html head body div p span table tr td br hr h1 h2 h3 h4 h5 h6 section article header footer "
                       b"nav main ul ol li a b i em strong img meta link script style form center font pre blockquote"
                       # (a layout model's markdown opens with a figure)
                       b" figure figcaption picture aside caption thead tbody th"
                       .split())


_LEADING_COMMENTS = re.compile(rb"(?:<!--.*?-->\s*)+", re.S)  # (a feed's generator signs it before its root)


def looks_like_xml(head: bytes) -> bool:
    opening = opening_bytes(head)
    if opening.startswith(b"<!--"):
        opening = _LEADING_COMMENTS.sub(b"", opening, count=1)
    if opening.startswith(b"<?xml"):
        return True
    root = _ROOT_TAG.match(opening)
    # (its elements close: a desktop publisher's tagged text, "<UNICODE-WIN>" and "<pstyle:…>", opens no element)
    return root is not None and root.group(2).lower() not in _PAGE_TAGS and b"</" in opening


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1] if isinstance(tag, str) else ""


def _text(element) -> str:
    return (element.text or "").strip() if element is not None else ""


def _first(root, *path: str):
    """The first element reached by local names, each a descendant of the one before."""
    found = root
    for name in path:
        found = next((e for e in found.iter() if _local(e.tag) == name and e is not found), None)
        if found is None:
            return None
    return found


def _date_line(place: str, iso: str) -> str:
    found = _ISO_DATE.match(iso)
    if not found:
        return ""
    year, month, day = found.groups()
    return f"{place + ', ' if place else ''}ngày {int(day):02d} tháng {int(month):02d} năm {year}"


def _heads_the_page(organ: str, competence: str) -> bool:
    """The sender issues the document, unless it is an office sending its principal's ("Văn phòng Chính phủ" sends the
    Prime Minister's dispatch, signed "KT. THỦ TƯỚNG"), which the signature then does not name."""
    return not fold(organ).startswith(_OFFICE) or _OFFICE in fold(competence)


def _child_texts(element) -> list[str]:
    return [] if element is None else [_text(child) for child in element if _text(child)]


def _edxml_lines(root) -> list[str]:
    content = _first(root, "Content")
    body = [line.rstrip() for line in "".join(content.itertext()).strip("\n").split("\n")] if content is not None else []
    competence = _text(_first(root, "SignerInfo", "Competence"))
    organ = _text(_first(root, "From", "OrganName"))
    lines = [organ.upper()] if organ and _heads_the_page(organ, competence) else []
    number, notation = _text(_first(root, "Code", "CodeNumber")), _text(_first(root, "Code", "CodeNotation"))
    if number or notation:
        lines.append(f"Số: {number}/{notation}" if number and notation else f"Số: {number or notation}")
    date = _date_line(_text(_first(root, "PromulgationInfo", "Place")),
                      _text(_first(root, "PromulgationInfo", "PromulgationDate")))
    if date:
        lines.append(date)
    kind, subject = _text(_first(root, "DocumentType", "TypeName")), _text(_first(root, "Subject"))
    opening = fold(" ".join(body[:3]))
    if kind and fold(kind) not in opening:
        lines.append(kind.upper())
    if subject and fold(subject) not in opening:
        lines.append(subject)
    lines += body
    lines += _child_texts(_first(root, "SignerInfo"))
    places = _child_texts(_first(root, "ToPlaces"))
    if places:
        lines += ["Nơi nhận:"] + [f"- {place}" for place in places]
    return lines


_FEEDS = ("rss", "feed", "RDF")
_ENTRIES = ("item", "entry")


def _element_lines(element) -> list[str]:
    """An element holding text beside its children (a paragraph with its runs: "Giao <b>Sở Y tế</b> chủ trì") is one
    paragraph; a table's row one row of cells; one of elements only, its children's, a child that is a label alone
    ("<num>1.</num>", a legal XML's number of a part or point) set before the text of the next."""
    if (element.text or "").strip() or any((child.tail or "").strip() for child in element) or len(element) == 0:
        text = _inline_text(element)
        if len(element) == 0 and holds_markup(text):
            text = html_to_text(text)
        return [line.strip() for line in _unindented(text).split("\n") if line.strip()]
    children = [child for child in element if isinstance(child.tag, str)]
    if _local(element.tag) in _ROWS and children and all(_local(child.tag) in _CELLS for child in children):
        return [table_row(join_cell_lines(_element_lines(cell)) for cell in children)]
    lines: list[str] = []
    label = ""
    labels = _item_labels(element, children)
    for child in children:
        child_lines = _element_lines(child)
        if child_lines and (item_label := labels.get(child)):
            child_lines[0] = f"{item_label} {child_lines[0]}"
        if label and child_lines:
            child_lines[0] = f"{label} {child_lines[0]}"
            label = ""
        if len(child_lines) == 1 and OUTLINE_LABEL.fullmatch(child_lines[0]):
            label = child_lines[0]
        else:
            lines += child_lines
    return lines + [label] if label else lines


_ROWS = ("tr", "row", "tablerow")  # (HTML's, DocBook's, Lotus Notes' DXL)
_CELLS = ("td", "th", "cell", "entry", "tablecell")
_LINE_BREAKS = ("br", "break", "lb", "line-break")  # (HTML's, DXL's, TEI's, OpenDocument's)
_ORDERED_LISTS = ("orderedlist", "ol", "enumerate")
_LISTS = (*_ORDERED_LISTS, "itemizedlist", "ul", "list", "itemize")
_ITEMS = ("listitem", "li", "item")
# A pretty-printer's line break inside a text: the next line indented as the markup around it is.
_INDENTED_BREAK = re.compile(r"\n[ \t]+")


def _unindented(text: str) -> str:
    """A text whose every line after its first is indented ran on where the markup was pretty-printed: one line; a
    text whose lines start at the margin keeps them (the body of a document in one field)."""
    lines = text.strip("\n").split("\n")
    return " ".join(text.split()) if len(lines) > 1 and all(line[:1] in " \t" for line in lines[1:]) else text


def _item_labels(element, children: list) -> dict:
    """The label the page prints before each item of a list (DocBook's `orderedlist`, XHTML's `ol`): "1.", "2." …,
    or "a)" … as its `numeration` says; "- " for a bulleted list's items."""
    kind = _local(element.tag)
    if kind not in _LISTS:
        return {}
    items = [child for child in children if _local(child.tag) in _ITEMS]
    if kind not in _ORDERED_LISTS:
        return {item: "-" for item in items}
    numeration = (element.get("numeration") or element.get("type") or "").lower()
    if numeration in ("loweralpha", "a"):
        return {item: f"{point_letter(n)})" for n, item in enumerate(items, 1)}
    if numeration in ("upperroman", "i"):
        return {item: f"{roman_numeral(n)}." for n, item in enumerate(items, 1)}
    return {item: f"{n}." for n, item in enumerate(items, 1)}


def _inline_text(element) -> str:
    """A paragraph's text with its runs in it, a line break (`<br/>`, `<break/>` …) kept."""
    parts = [element.text or ""]
    for child in element:
        parts += ["\n" if _local(child.tag) in _LINE_BREAKS else _inline_text(child) if isinstance(child.tag, str) else "",
                  child.tail or ""]
    return "".join(parts)


def xml_to_text(source: str, name: str = "") -> str:
    import lxml.etree

    parser = lxml.etree.XMLParser(resolve_entities="internal", no_network=True, huge_tree=False, recover=True,
                                  remove_comments=True, remove_pis=True)
    try:
        root = lxml.etree.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", source).encode("utf-8"), parser)
    except lxml.etree.XMLSyntaxError as exc:
        root, error = None, exc
    else:
        error = "no root element"
    if root is None:
        raise UnreadableFile(f"Tệp XML không đọc được: {name} ({error})", f"unreadable XML file: {name} ({error})")
    if _local(root.tag) == "edXMLEnvelope" and _first(root, "Content") is not None:
        lines = _edxml_lines(root)
    elif _local(root.tag) == "kml":
        lines = kml_lines(root)
    elif (translated := bilingual_lines(root)) is not None:
        lines = translated
    elif (page := records_page([_records(root)])) is not None:
        return page  # (a tracker's export: the plan in one item, its tasks in the others)
    else:
        lines = office_document_lines(root)
        if lines is None:
            lines = _element_lines(_the_document(root))
    return "\n".join(lines).strip()


def _records(root) -> list[Record]:
    """The records of the run of like elements (a feed's items, a tracker's issues) that holds the longest text."""
    best: list = []
    longest = 0
    for parent in root.iter():
        runs: dict[str, list] = {}
        for child in parent:
            if isinstance(child.tag, str) and len(child):
                runs.setdefault(_local(child.tag), []).append(child)
        for run in runs.values():
            length = max((len(text) for item in run for text in item.itertext()), default=0) if len(run) >= 2 else 0
            if length > longest:
                best, longest = run, length
    names = _field_names(root)
    return [_record(item, {}, names) for item in best]


def _field_names(root) -> dict[str, str]:
    """The names a file gives its own fields where it defines them, by their ids (a project file's
    `<ExtendedAttribute><FieldID>188743731</FieldID><Alias>Đơn vị chủ trì</Alias>`): what a record's value under that
    id is."""
    names: dict[str, str] = {}
    for element in root.iter():
        kids = {_local(kid.tag).lower(): _text(kid) for kid in element if isinstance(kid.tag, str) and not len(kid)}
        ids = [value for tag, value in kids.items() if tag.endswith("id") and value]
        name = kids.get("alias") or kids.get("name") or kids.get("fieldname")
        if ids and name and "value" not in kids:
            names.setdefault(ids[0], name)
    return names


def _record(element, into: Record, names: dict[str, str]) -> Record:
    """An item's fields: each element holding text by its name, a named field by the name it is given (a tracker's
    custom field: `<custom_field name="Đơn vị chủ trì"><value>…`, or a name element before its values)."""
    for child in element:
        if not isinstance(child.tag, str):
            continue
        kids = [kid for kid in child if isinstance(kid.tag, str)]
        named = child.get("name") if "".join(child.itertext()).strip() else None
        if not named and len(kids) >= 2 and _local(kids[0].tag).lower().endswith("name") and not len(kids[0]):
            named, kids = _text(kids[0]), kids[1:]
        if not named and len(kids) >= 2 and _text(kids[0]) in names and _local(kids[0].tag).lower().endswith("id"):
            named, kids = names[_text(kids[0])], kids[1:]  # (a value under the id of a field defined elsewhere)
        if named:
            into.setdefault(named, "\n".join(text.strip() for kid in (kids or [child]) for text in kid.itertext()
                                             if text.strip()))
        elif kids:
            _record(child, into, names)
        elif _text(child):
            text = _text(child)
            into.setdefault(_local(child.tag), html_to_text(text) if holds_markup(text) else text)
    return into


def _the_document(root):
    """A feed's document: the part of an entry holding the most text (its full text, escaped HTML or XHTML, where the
    other entries carry a summary); any other XML is its document whole."""
    if _local(root.tag) not in _FEEDS:
        return root
    parts = [part for entry in root.iter() if _local(entry.tag) in _ENTRIES for part in entry]
    return max(parts, key=lambda part: sum(map(len, part.itertext())), default=root)


def read_xml(text: str, name: str = "") -> RawText:
    return RawText(xml_to_text(text, name), "xml", wrapped=False)
