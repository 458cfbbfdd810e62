"""A plan kept as a mind map or an outline: a Freeplane or FreeMind `.mm` file, or an OPML outline, read as the lines of
the document its nodes hold.

The file is XML whose root is `<map version="freeplane 1.11.1">` (Freeplane) or `<map version="1.0.1">` (FreeMind),
usually with no XML declaration and often saved under another name (.txt, .xml). Its root `<node>` holds the map's
title; each node holds its text in `TEXT` (a line break as `&#10;`), or as HTML in a `<richcontent TYPE="NODE">`
(FreeMind 0.8 put the HTML in `TEXT` itself). A node may carry details shown under it (`<richcontent
TYPE="DETAILS">`), a note opened beside it (`TYPE="NOTE"`), and attributes (`<attribute NAME=… VALUE=…/>`: a record's
fields). Freeplane numbers a node when `NUMBERED="true"` stands on it, on the style it names (`STYLE_REF`) or on the
automatic style of its level ("1.", "1.2.": its place among its siblings after its numbered parent's number).
Everything else is presentation and goes: fonts, icons, edges, clouds, arrow links, hooks (the map's styles with their
`LOCALIZED_TEXT` names, automatic edge colours, layout), `FOLDED`, `POSITION` (left or right of the root: the file's
order is the map's), ids and times.

The map is read in the file's order, depth first, one line a node (a node's own line breaks kept):
- the root is the map's title, kept as a line (with its note), not taken for the document's;
- a node whose text carries a label ("I. …", "1. …", "a) …", "- …") keeps it: the author typed the outline;
- a node without one under a labelled node (or under a part's heading in capitals) is an item of it: a dash, a plus a
  level deeper, as paper shows the items under a numbered one; among siblings the author numbered, it is a paragraph;
- a node with no labelled node above it is a line of its own: the document's header the author put on a branch
  (organ, number, motto, place and date, type word and title, "Căn cứ …"), or a part's heading. In a map where the
  author typed no label at all, the depth gives one as paper labels a plan's outline: "I." for a branch of the body,
  "1." under it, "a)", then dashes and pluses; the header's branch stays lines;
- the signature and "Nơi nhận" the author put with the header, before the body, are read after the body's last part,
  where paper prints them (a branch after that, the maker's own, then follows them);
- a node's details follow it as paragraphs, its attributes as the item's fields ("+ Name: value"), one a line; its note
  is a paragraph after it (the text a short caption stands for), or, on a node that states its item in full, the
  maker's remark on it, set off in brackets.
An OPML outline (`<opml>`, the exchange format of outliners: Dynalist, Workflowy, OmniOutliner, Logseq, mind-map
apps' export) is the same tree: `<outline text=…>` a node, its `_note` the note (a line break as `&#10;`), the
`<head>`'s `<title>` the root's text; its other attributes (`_complete`, `created`, `type`) are the app's.
A note whose every line is a field ("Chủ trì: …", "Thời gian: …") holds the node's fields, as attributes would.
A summary node (Freeplane's bracket beside a group of siblings, `<hook NAME="SummaryNode"/>`) is a paragraph after the
group it sums up; the empty node that opens the group (`FirstGroupNode`) is none. A clone (`TREE_ID`, `CONTENT_ID`)
reads as the node it repeats, unless that holds it; a budget of nodes bounds what a file of clones can repeat.
"""
from __future__ import annotations

import re

from ..errors import UnreadableFile
from ..lexicon import TYPE_LINE, UPPER_LETTERS, point_letter, roman_numeral
from . import RawText
from .xmltags import local_name as _local

_DECLARATION = re.compile(rb"\s*(?:<\?xml[^>]{0,200}\?>)?\s*")
_SPACE = re.compile(rb"\s*")
_MAP_OPENING = re.compile(
    rb"<map(?:\s[^>]{0,400})?\sversion\s*=\s*"
    rb"[\"'](?:freeplane[^\"']{0,40}|\d{1,2}\.\d{1,2}(?:\.\d{1,3})?[^\"']{0,20})[\"']"
    rb"|<opml[\s>]")
_COMMENT_LENGTH = 2000  # characters of a comment before the map's tag, at most
_COMMENTS = 100  # comments before the map's tag, at most


def looks_like_mind_map(head: bytes) -> bool:
    """A Freeplane or FreeMind map: `<map version="freeplane …">` or `<map version="1.0.1">` first in the file, or an
    OPML outline's `<opml>` (after a byte order mark, an XML declaration or a comment, which the apps do not write but
    an export may)."""
    head = head.lstrip(b"\xef\xbb\xbf")
    at = _DECLARATION.match(head).end()
    # the comments skipped one by one, each up to its first "-->" (one pattern for a run of them splits it in
    # exponentially many ways when no map follows)
    for _ in range(_COMMENTS):
        if not head.startswith(b"<!--", at):
            break
        end = head.find(b"-->", at + 4, at + 4 + _COMMENT_LENGTH + 3)
        if end < 0:
            return False
        at = _SPACE.match(head, end + 3).end()
    return _MAP_OPENING.match(head, at) is not None


# A label the author typed: a part's roman number, a number ("1.", "1.2.", "2)"), a letter ("a)", "A."), a bullet, or a
# division's word ("Điều 3.", "Phần II", "Mục 1").
_TYPED_LABEL = re.compile(
    r"(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ]|[A-ZĐ])[.):/-]\s"
    r"|\d{1,2}(?:\.\d{1,2}){1,3}\s"  # "1.2 Tên mục"
    r"|(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)](?=[A-ZĐ])"  # "1.Tổ chức …", "a)Rà soát …"
    r"|\((?:\d{1,2}|[a-zđ]|[ivx]{1,5})\)\s"
    r"|[-–—+•*·●○■□◦▪►✓✔](?:\s|(?=[^\W\d_]))"
    r"|(?:Điều|ĐIỀU|Phần|PHẦN|Mục|MỤC|Chương|CHƯƠNG)\s+[\dIVXLC]{1,6}(?![\w/])"
    r"|(?:Phụ lục|PHỤ LỤC)(?!\w)")
_BULLET_LABEL = re.compile(r"[-–—+•*·●○■□◦▪►✓✔]")
_APPENDIX = re.compile(r"(?:Phụ lục|PHỤ LỤC)(?!\w)")
_HEADER_LINE = re.compile(r"(?:Số|SỐ)\s*:|CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*[-–]\s*Tự do|Căn cứ\b|CĂN CỨ\b"
                          r"|[^,\n]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}")
_DOCUMENT_END = re.compile(r"(?:Nơi nhận|NƠI NHẬN|T/M|TM\.|KT\.|TL\.|TUQ\.|Q\.\s)")
_SIGNED = re.compile(r"\(\s*(?:Đã ký|đã ký|ĐÃ KÝ)[^()]{0,30}\)")
_PERSONS_NAME = re.compile(r"(?:[" + UPPER_LETTERS + r"][^\W\d_" + UPPER_LETTERS + r"]*\s){1,4}[" + UPPER_LETTERS
                           + r"][^\W\d_" + UPPER_LETTERS + r"]*")  # "Lê Văn Tám": every word capitalised
_SIGNATURE_LINES = 6
_HEADER_NODES = 2  # header lines among a branch's nodes that make it the header's branch
_STATED_ITEM = 60  # characters of a node's text that state an item: a note on it is a remark, not its text
_BULLETS = ("- ", "+ ")  # an unlabelled item's mark, by its depth under the labelled node it belongs to
_MAX_NODES = 20000  # nodes read at most (a clone repeats a branch: a hostile file could repeat one without end)
# the depth past which a clone is read as itself: a chain of clones, each holding a clone of the next branch, would
# otherwise nest as deep as the chain is long (the file's own nesting is bounded by the XML parser's depth limit)
_CLONE_DEPTH = 200


def _lines(text: str) -> list[str]:
    parts = (re.sub(r"[ \t\u00a0]+", " ", part).strip() for part in text.replace("\r", "\n").split("\n"))
    return [line for line in parts if line]


def html_lines(markup: str) -> list[str]:
    """The lines an HTML fragment shows, its spaces collapsed; none where it cannot be read."""
    from .html import html_to_text

    try:
        return _lines(html_to_text(markup))
    except UnreadableFile:
        return []


def _rich_lines(element) -> list[str]:
    """The text of a `richcontent`: its HTML (an `<html>` element in it, or escaped HTML as its text), or plain text
    (Freeplane's markdown or plain-text content types)."""
    import lxml.etree

    html = next((child for child in element if _local(child.tag) == "html"), None)
    if html is not None:
        return html_lines(lxml.etree.tostring(html, encoding="unicode", with_tail=False))
    text = "".join(element.itertext())
    return html_lines(text) if "<" in text and ">" in text else _lines(text)


# a line that is a field: a short name ("Chủ trì", "Thời gian thực hiện", "Số hộ"), a colon, its value
_FIELD_LINE = re.compile(r"([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,4})\s*:\s*(\S.*)")


def named_fields(lines: list[str]) -> list[tuple[str, str]]:
    """(name, value) of each of the lines that is a field ("Chủ trì: Phòng X" / "Thời hạn: Quý II/2027")."""
    return [found.groups() for line in lines if (found := _FIELD_LINE.fullmatch(line))]


def _note_fields(note: list[str]) -> list[tuple[str, str]]:
    """The fields a note holds when every line of it is one ("Chủ trì: …" / "Phối hợp: …"); none otherwise."""
    fields = named_fields(note)
    return fields if len(fields) == len(note) else []


class _Node:
    __slots__ = ("text", "details", "note", "fields", "children", "numbered", "summary", "opens_group")

    def __init__(self, text: list[str], details: list[str], note: list[str], fields: list[tuple[str, str]],
                 children: list[_Node], numbered: bool, summary: bool, opens_group: bool):
        self.text = text
        self.details = details
        self.note = note
        self.fields = fields
        self.children = children
        self.numbered = numbered
        self.summary = summary
        self.opens_group = opens_group


_LEVEL_STYLE = re.compile(r"AutomaticLayout\.level,(\d{1,2})")


class _Map:
    """The nodes of a map, with what they show: their text, details, note, fields, numbering."""

    def __init__(self, root, top):
        self.by_id = {element.get("ID"): element for element in root.iter("node") if element.get("ID")}
        self.numbered_styles: set[str] = set()
        for style in root.iter("stylenode"):
            if (style.get("NUMBERED") or "").lower() == "true":
                self.numbered_styles.update(filter(None, (style.get("TEXT"), style.get("LOCALIZED_TEXT"))))
        # the levels numbered by their automatic style, where the map applies one to every node by its depth
        automatic = any("AutomaticLayout" in (hook.get("NAME") or "") for hook in top if _local(hook.tag) == "hook")
        self.numbered_levels = {int(found[1]) for name in self.numbered_styles
                                if automatic and (found := _LEVEL_STYLE.fullmatch(name))}
        self.budget = _MAX_NODES

    def node(self, element, depth: int = 0, seen: frozenset = frozenset()) -> _Node | None:
        """The node as the map shows it; None past the budget. A clone (`TREE_ID`: of a whole branch, `CONTENT_ID`: of
        a node's content) reads as what it repeats, unless that holds it or the clone stands deeper than
        `_CLONE_DEPTH`."""
        self.budget -= 1
        if self.budget < 0:
            return None
        seen = seen | {element.get("ID")}
        source = content = element
        if depth <= _CLONE_DEPTH:
            source = self._clone(element, "TREE_ID", seen)
            content = self._clone(source, "CONTENT_ID", seen)
        text, details, note, fields = self._text(content), [], [], []
        for child in content:
            tag = _local(child.tag)
            if tag == "richcontent":
                kind = (child.get("TYPE") or "").upper()
                if kind == "NODE" and not text:
                    text = _rich_lines(child)
                elif kind == "DETAILS":
                    details += _rich_lines(child)
                elif kind == "NOTE":
                    note += _rich_lines(child)
            elif tag == "attribute":
                name, value = " ".join(_lines(child.get("NAME") or "")), " ".join(_lines(child.get("VALUE") or ""))
                if name and value:
                    fields.append((name, value))
        hooks = {hook.get("NAME") or "" for hook in source if _local(hook.tag) == "hook"}
        numbering = (source.get("NUMBERED") or "").lower()
        numbered = numbering == "true" or numbering != "false" and (
            source.get("STYLE_REF") in self.numbered_styles or depth in self.numbered_levels)
        children = []
        for child in source:
            if _local(child.tag) == "node" and (read := self.node(child, depth + 1, seen)) is not None:
                children.append(read)
        if not fields and (fields := _note_fields(note)):
            note = []
        return _Node(text, details, note, fields, children, numbered, "SummaryNode" in hooks, "FirstGroupNode" in hooks)

    def _clone(self, element, reference: str, seen: frozenset):
        cloned = self.by_id.get(element.get(reference) or "")
        return element if cloned is None or cloned.get("ID") in seen else cloned

    @staticmethod
    def _text(element) -> list[str]:
        text = element.get("TEXT")
        if text is None:
            return []  # (`LOCALIZED_TEXT`: the app's own word for a new map's root or a style, no content)
        if text.lstrip()[:5].lower() == "<html":
            return html_lines(text)  # FreeMind 0.8 kept rich text as HTML in the attribute
        return _lines(text)


class _Outline:
    """The nodes of an OPML outline: `<outline text=… _note=…>` in the `<body>`, the `<head>`'s title its root."""

    def __init__(self):
        self.budget = _MAX_NODES

    def tree(self, root) -> _Node | None:
        head = next((child for child in root if _local(child.tag) == "head"), None)
        title = next((child for child in head if _local(child.tag) == "title"), None) if head is not None else None
        body = next((child for child in root if _local(child.tag) == "body"), None)
        if body is None:
            return None
        children = self._children(body)
        return _Node(_lines(title.text or "") if title is not None else [], [], [], [], children, False, False, False)

    def _children(self, element) -> list[_Node]:
        return [node for child in element if _local(child.tag) == "outline" and (node := self.node(child)) is not None]

    def node(self, element) -> _Node | None:
        self.budget -= 1
        if self.budget < 0:
            return None
        text = element.get("text") or element.get("title") or ""
        note = _lines(element.get("_note") or "")
        fields = _note_fields(note)
        return _Node(html_lines(text) if "<" in text and ">" in text else _lines(text), [], [] if fields else note,
                     fields, self._children(element), False, False, False)


def _typed_label(line: str) -> bool:
    return _TYPED_LABEL.match(line) is not None


def _numbers_its_list(line: str) -> bool:
    """A typed label that counts (a number, a letter, a part's numeral), not a bullet."""
    return _typed_label(line) and _BULLET_LABEL.match(line) is None


def _in_capitals(line: str) -> bool:
    return line == line.upper() and any(char.isalpha() for char in line)


def _reads_as_header(node: _Node) -> bool:
    """A line of a document's header or closing the author put on a node: number, motto, place and date, type word,
    "Căn cứ …", signature, recipients."""
    return bool(node.text) and (_HEADER_LINE.match(node.text[0]) is not None or _closes(node)
                                or TYPE_LINE.fullmatch(node.text[0]) is not None)


def _closes(node: _Node) -> bool:
    """The document's end: its recipients ("Nơi nhận"), or its signature (under "TM." or "KT.", "(Đã ký)", or an
    office in capitals over a person's name)."""
    text = node.text
    return bool(text) and (_DOCUMENT_END.match(text[0]) is not None or any(_SIGNED.fullmatch(line) for line in text)
                           or 2 <= len(text) <= _SIGNATURE_LINES and _in_capitals(text[0])
                           and _PERSONS_NAME.fullmatch(text[-1]) is not None)


def _holds_the_header(node: _Node) -> bool:
    """A branch the author gathered the header's lines on ("Thông tin văn bản" over the number, date, type word …)."""
    return sum(map(_reads_as_header, node.children)) >= _HEADER_NODES


def _heads_the_body(node: _Node, labelled_map: bool) -> bool:
    """A branch of the map that is a part of the document's body, not an appendix (which paper prints after the
    signature) nor the header's lines: in a map whose author typed labels, a heading labelled, numbered or in capitals
    as paper heads a part; in one without, any branch with nodes under it."""
    if not node.text or _APPENDIX.match(node.text[0]) or _reads_as_header(node) or _holds_the_header(node):
        return False
    if labelled_map:
        return node.numbered or _numbers_its_list(node.text[0]) or _in_capitals(node.text[0])
    return bool(node.children) and not _typed_label(node.text[0])


def _any_typed_label(node: _Node) -> bool:
    """Whether the author typed the outline's labels on any node ("I.", "1.", "a)"; bullets alone are not an
    outline), or had Freeplane number them."""
    stack = list(node.children)
    while stack:
        current = stack.pop()
        if current.text and (_numbers_its_list(current.text[0]) or current.numbered):
            return True
        stack += current.children
    return False


def _take_closing(tree: _Node, parts: list[_Node]) -> list[_Node]:
    """The document's closing the author put before the body's parts (on the header's branch, or on the root): the
    signature or "Nơi nhận" node and the nodes after it on that branch, taken out to be read after the body, where
    paper prints them. Nothing when no part of the body comes after it."""
    branches = tree.children
    part_ids = {id(part) for part in parts}  # (by identity, as `is`: one look-up a node, not a scan of the parts)
    last_part = max((k for k, branch in enumerate(branches) if id(branch) in part_ids), default=0)
    for k, branch in enumerate(branches[:last_part]):
        if id(branch) in part_ids:
            continue
        if _closes(branch):  # (on the root itself: up to the next part)
            end = next(j for j in range(k, len(branches)) if id(branches[j]) in part_ids)
            taken, tree.children = branches[k:end], branches[:k] + branches[end:]
            return taken
        stack = [branch]
        while stack:
            parent = stack.pop()
            if parent.text and _numbers_its_list(parent.text[0]):
                continue  # (a labelled node's items are the document's own)
            for j, child in enumerate(parent.children):
                if _closes(child):
                    taken, parent.children = parent.children[j:], parent.children[:j]
                    return taken
            stack += reversed(parent.children)
    return []


def _depth_label(depth: int, count: int) -> str:
    """The label a node's depth gives it in a map whose author typed none, as paper labels a plan's outline."""
    if depth == 1:
        return f"{roman_numeral(count)}. "
    if depth == 2:
        return f"{count}. "
    if depth == 3:
        return f"{point_letter(count)}) "
    return _BULLETS[min(depth - 4, len(_BULLETS) - 1)]


class _Writer:
    def __init__(self, labelled_map: bool, parts: list[_Node], closing: list[_Node]):
        self.labelled_map = labelled_map
        self.parts = parts
        self.part_ids = {id(part) for part in parts}  # (the parts by identity: one look-up a node)
        self.closing = closing  # the document's closing, read after the body's last part
        self.out: list[str] = []

    def write(self, node: _Node, depth: int = 0, bullet: int = -1, number: str = "", count: int = 0,
              plain: bool = False, among_labels: bool = False) -> None:
        """`bullet`: how many unlabelled levels this node stands under its nearest labelled ancestor (-1: none above);
        `number`: the number Freeplane shows before it when it is numbered ("1.2. "); `count`: its place among its
        siblings (among the parts, for a part); `plain`: a line of the header's branch; `among_labels`: its siblings
        carry labels the author typed."""
        text = list(node.text)
        kind = "line"
        if text and depth > 0 and not plain:
            if node.numbered and not _typed_label(text[0]):
                text[0] = number + text[0]
            if _typed_label(text[0]):
                kind = "bullet" if _BULLET_LABEL.match(text[0]) else "labelled"
            elif node.summary or bullet >= 0 and among_labels:
                kind = "paragraph"  # a paragraph between the numbered items, or a summary beside a group of them
            elif bullet >= 0:
                kind = "bullet"
                text[0] = _BULLETS[min(bullet, len(_BULLETS) - 1)] + text[0]
            elif not self.labelled_map and (depth > 1 or id(node) in self.part_ids):
                kind = "labelled"
                text[0] = _depth_label(depth, count) + text[0]
        self.out += text
        self.out += node.details
        field_mark = "+ " if kind in ("labelled", "bullet") else ""
        self.out += [f"{field_mark}{name}: {value}" for name, value in node.fields]
        if node.note:
            if kind in ("labelled", "bullet") and not node.children and (
                    node.fields or len(" ".join(node.text)) >= _STATED_ITEM):
                self.out.append("(" + " ".join(node.note) + ")")  # a remark on an item its node states
            else:
                self.out += node.note  # the text the node stands for
        if kind == "bullet":
            below = max(bullet, 0) + 1
        elif kind in ("labelled", "paragraph") or id(node) in self.part_ids:
            below = 0  # (a part's heading in capitals, unlabelled, heads its items as a labelled one does)
        else:
            below = -1
        if not self.labelled_map and kind == "labelled" and not _typed_label(node.text[0]):
            below = -1  # (the depth labels the items under it)
        plain = plain or depth > 0 and not self.labelled_map and kind == "line" and (
            _reads_as_header(node) or _holds_the_header(node))
        children = [child for child in node.children if not (child.opens_group and not child.text)]
        labels = any(child.text and _numbers_its_list(child.text[0]) for child in children)
        stem = number.rstrip() if node.numbered and depth > 0 else ""
        position = parts = 0
        for child in children:
            if not child.summary:
                position += 1
            is_part = id(child) in self.part_ids
            parts += is_part
            self.write(child, depth + 1, below, "" if child.summary else f"{stem}{position}. ",
                       parts if depth == 0 and is_part else position, plain, labels)
            if self.closing and is_part and child is self.parts[-1]:
                for closing in self.closing:
                    self.write(closing, depth + 1, plain=True)


def mind_map_lines(source: str, name: str = "") -> list[str]:
    import lxml.etree

    parser = lxml.etree.XMLParser(resolve_entities="internal", no_network=True, huge_tree=False, recover=True,
                                  remove_comments=True, remove_pis=True)
    try:
        root = lxml.etree.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", source.lstrip("\ufeff")).encode("utf-8"), parser)
    except lxml.etree.XMLSyntaxError as exc:
        root, error = None, str(exc)
    else:
        error = "no root element"
    if root is None or _local(root.tag) not in ("map", "opml"):
        raise UnreadableFile(f"Tệp bản đồ tư duy không đọc được: {name} ({error})",
                             f"unreadable mind map file: {name} ({error})")
    if _local(root.tag) == "opml":
        tree = _Outline().tree(root)
    else:
        top = next((child for child in root if _local(child.tag) == "node"), None)
        tree = _Map(root, top).node(top) if top is not None else None
    if tree is None:
        raise UnreadableFile(f"Bản đồ tư duy không có nút nào: {name}", f"the mind map holds no node: {name}")
    labelled_map = _any_typed_label(tree)
    parts = [branch for branch in tree.children if _heads_the_body(branch, labelled_map)]
    writer = _Writer(labelled_map, parts, _take_closing(tree, parts))
    writer.write(tree)
    return writer.out


def read_mind_map(text: str, name: str = "") -> RawText:
    return RawText("\n".join(mind_map_lines(text, name)), "mm", wrapped=False)
