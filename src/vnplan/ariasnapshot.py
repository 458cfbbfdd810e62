"""A web page captured as its accessibility tree (the "aria snapshot" of Playwright's `locator.ariaSnapshot()`,
`toMatchAriaSnapshot`, and of the browser tools built on it), read as the lines the page shows.

The snapshot is YAML-like: a line `- role "accessible name" [attr=value]…` per node, ":" after it when children
follow, indented two spaces more, or ": text" when the node holds only its text (bare, or a JSON double-quoted string
when YAML needs the quotes; the whole key in single quotes when the name holds ": "). `- text: …` is a text node,
`- /url: …` and `- /placeholder: …` are properties. The page's furniture goes: when a `main` (or, without one, an
`article`) holds the text, only it is read, less the landmarks inside it (navigation, search, complementary, banner,
contentinfo, form); a page without one keeps every content role. Widgets (buttons, text boxes, menus, tabs), images,
separators, navigation and search go everywhere.

What stays reads as a web copy: a paragraph, heading, caption, term or definition a line, inline children (strong,
emphasis, text, link, code …) joined into their block's line; a list item keeps its own label ("- ", "1.", "a)")
and a bare one gets "- "; nested lists stay lines in order; a table gives `| a | b |` rows, its header row first,
each row from its cells (a row's name repeats them all), from its name only when it has no cell. Each line is read
once; the tree's depth is bounded.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

from .lexicon import OUTLINE_LABEL
from .read import frames_text
from .read.encodings import without_surrogates
from .tablerows import table_row

# The roles the snapshot names (WAI-ARIA 1.2/1.3, the HTML-AAM's, DPub's "doc-…", Playwright's "text").
_ROLES = frozenset((
    "alert alertdialog application article banner blockquote button caption cell checkbox code columnheader combobox "
    "comment complementary contentinfo definition deletion dialog directory document emphasis feed figure form "
    "generic grid gridcell group heading iframe image img insertion link list listbox listitem log main mark marquee "
    "math menu menubar menuitem menuitemcheckbox menuitemradio meter navigation none note option paragraph "
    "presentation progressbar radio radiogroup region row rowgroup rowheader scrollbar search searchbox sectionfooter "
    "sectionheader separator slider spinbutton status strong subscript suggestion superscript switch tab table "
    "tablist tabpanel term text textbox time timer toolbar tooltip tree treegrid treeitem").split())
# Never the document's text: controls, pictures, rules, a site's menus and its search.
_NEVER_TEXT = frozenset((
    "button checkbox combobox listbox option radio radiogroup menu menubar menuitem menuitemcheckbox menuitemradio "
    "meter progressbar scrollbar searchbox slider spinbutton switch tab tablist textbox toolbar tooltip tree treeitem "
    "img image separator navigation search").split())
# A portal's frame around the page's main text: dropped where a main or an article holds that text.
_FURNITURE = frozenset("banner contentinfo complementary form dialog alertdialog alert status log marquee timer"
                       .split())
_MAIN = ("main", "article")
_INLINE = frozenset("text strong emphasis code link mark insertion deletion subscript superscript time math none "
                    "presentation".split())
_GLUED = frozenset(("subscript", "superscript"))  # "m<sup>2</sup>": no space before
_TABLES = frozenset(("table", "grid", "treegrid"))
_CELLS = frozenset(("cell", "gridcell", "columnheader", "rowheader"))
# Blocks whose children are the words of one line: a "generic" (a span) among them is inline too.
_INLINE_CONTEXTS = frozenset(("paragraph", "heading", "caption", "term", "definition", "link", "strong", "emphasis"))
_NAMED_BY_TEXT = frozenset(("heading", "link", "caption", "term", "definition", "listitem", "paragraph", "generic",
                            "blockquote", "note", "strong", "emphasis", "code", "mark", "time", "math", *_CELLS))

_MAX_DEPTH = 100  # deeper nodes hang under the node at this depth: the reading recurses no further
_LOOK_LINES = 400  # the lines a detection looks at
_MIN_ITEMS = 3
_ITEM_SHARE = 0.9  # of a snapshot's non-blank lines, the share that are its nodes
_LAYOUT_ROWS = 4
_MAIN_SHARE = 0.25  # of the page's text, what a main must hold to be the page's text
_ITEM = re.compile(r"( *)- ")
_ROLE = re.compile(r"(?:/?[a-z][a-z-]*)(?=[ :\[]|$)")
_JSON_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_REGEX_NAME = re.compile(r"/(?:[^/\\\n]|\\.)*/")
_ATTRIBUTE = re.compile(r" *\[([^\]\n]*)\]")
_SPACES = re.compile(r"\s+")
_NO_SPACE_BEFORE = tuple(",.;:!?)]}…”’%")
_NO_SPACE_AFTER = tuple("([{“‘/")


def _glued(before: str, after: str) -> bool:
    """Whether two runs the snapshot lists apart were one word on the page: a run before punctuation or after an
    opening bracket, a number split by its emphasis ("năm 202" "5", "số 203" "/2025/QH15": the digits after it one
    token; "Năm 2025" "100% xã …" are two numbers), a syllable split by it (see `_split_syllable`)."""
    return after.startswith(_NO_SPACE_BEFORE) or before.endswith(_NO_SPACE_AFTER) or after[0] == "/" \
        or before[-1].isdigit() and after[0].isdigit() and _SPACES.search(after) is None \
        or before[-1].isalpha() and after[0].isalpha() and _split_syllable(before, after)


_VOWELS = frozenset("aeiouy")
_CONSONANTS = frozenset("bcdđghklmnpqrstvx")


def _base(char: str) -> str:
    return unicodedata.normalize("NFD", char)[0]


def _split_syllable(before: str, after: str) -> bool:
    """Every Vietnamese syllable holds a vowel: letters without one on either side of the split are part of a syllable
    ("ng" "ày", "tr" "ò", "B" "ộ", "hình ả" "nh"). A lone consonant before needs a marked vowel after it ("c" "ác"), as
    a point's letter ("điểm b") does not lead one."""
    end = len(before)
    while end > 0 and before[end - 1].isalpha() and len(before) - end < 3:
        end -= 1
    tail = before[end:]
    if (end == 0 or not before[end - 1].isalpha()) and tail and all(c in _CONSONANTS for c in tail.lower()) \
            and (tail.islower() or len(tail) == 1):
        first = after[0]
        return first.islower() and _base(first) in _VOWELS and (len(tail) > 1 or first != _base(first))
    start = 0
    while start < len(after) and after[start].isalpha() and start < 3:
        start += 1
    head = after[:start]
    return (start == len(after) or not after[start].isalpha()) and head.islower() \
        and all(c in _CONSONANTS for c in head) and before[-1].islower() and _base(before[-1]) in _VOWELS


@dataclass(slots=True)
class _Node:
    role: str
    name: str = ""
    text: str = ""  # the inline text after ": "
    attrs: tuple[str, ...] = ()
    children: list[_Node] = field(default_factory=list)
    size: int = 0  # the characters of text it holds (widgets, images and properties not counted)


def _unquoted(value: str) -> str:
    """A YAML scalar as Playwright writes one: bare, JSON double-quoted (with its "\\xNN" too) or single-quoted."""
    value = value.strip()
    if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        try:
            return json.loads(value)
        except ValueError:
            return _json_escapes_read(value[1:-1])
    if len(value) >= 2 and value[0] == "'" and value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))", re.S)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "/": "/", "\\": "\\", '"': '"', "'": "'"}


def _json_escapes_read(inner: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m[1] or m[2], 16)) if (m[1] or m[2]) else _SIMPLE_ESCAPES.get(m[3], m[3]),
                       inner)


def _single_quoted_key(rest: str) -> tuple[str, str] | None:
    """"'link "A: b"': value" -> ('link "A: b"', ': value'); None unless the quote closes."""
    k = 1
    while True:
        k = rest.find("'", k)
        if k < 0:
            return None
        if rest[k + 1:k + 2] == "'":
            k += 2
            continue
        return rest[1:k].replace("''", "'"), rest[k + 1:]


def _parse_key(key: str) -> tuple[str, str, tuple[str, ...], int] | None:
    """A node's key -> its role, name, attributes and where the key ends; None when it is no node's key."""
    if key[:1] == '"':  # a bare string: text
        found = _JSON_STRING.match(key)
        return ("text", _unquoted(found[0]), (), found.end()) if found else None
    role = _ROLE.match(key)
    if role is None:
        return None
    end, name, attrs = role.end(), "", []
    if key[end:end + 2] == ' "':
        found = _JSON_STRING.match(key, end + 1)
        if found:
            name, end = _unquoted(found[0]), found.end()
    elif key[end:end + 2] == " /" and role[0][0] != "/":
        found = _REGEX_NAME.match(key, end + 1)
        if found:
            name, end = found[0][1:-1], found.end()
    while attribute := _ATTRIBUTE.match(key, end):
        attrs.append(attribute[1])
        end = attribute.end()
    return role[0], name, tuple(attrs), end


def _parse_line(line: str) -> tuple[int, _Node] | None:
    """"  - role "name" [a=b]: text" -> (its indentation, its node); None for any other line."""
    item = _ITEM.match(line)
    if item is None:
        return None
    rest = line[item.end():].rstrip()
    if rest[:1] == "'":
        quoted = _single_quoted_key(rest)
        if quoted is None:
            return None
        key, rest = quoted
        parsed = _parse_key(key)
        if parsed is None or parsed[3] != len(key.rstrip()):
            return None
        end = 0
    else:
        parsed = _parse_key(rest)
        if parsed is None:
            return None
        end = parsed[3]
    role, name, attrs = parsed[:3]
    after = rest[end:]
    if after and after[0] != ":":
        return None
    if role not in _ROLES and role[0] != "/" and not role.startswith("doc-"):
        return None
    text = _unquoted(after[1:]) if after[1:2] == " " else ""
    return len(item[1]), _Node(role, name, text, attrs)


def looks_like_aria_snapshot(text: str) -> bool:
    """Nearly every line a node of known role, at an even indentation, and some mark of a tree: nesting, a quoted
    name, an attribute or a property."""
    lines = [line for line in text.lstrip("\ufeff").split("\n", _LOOK_LINES)[:_LOOK_LINES]
             if line.strip() and not line.startswith("```")]  # (a snapshot pasted in a fence)
    if not lines or _ITEM.match(lines[0].lstrip(" ")) is None:
        return False
    items = 0
    tree = False
    for line in lines:
        parsed = _parse_line(line.rstrip("\r"))
        if parsed is None:
            continue
        indent, node = parsed
        if indent % 2:
            continue
        items += 1
        tree = tree or indent > 0 or bool(node.name) or bool(node.attrs) or node.role[0] == "/"
    return tree and items >= _MIN_ITEMS and items >= _ITEM_SHARE * len(lines)


def _parse(text: str) -> _Node:
    root = _Node("document")
    open_nodes: list[tuple[int, _Node]] = [(-1, root)]  # the nodes a deeper line nests under, outermost first
    last: _Node | None = None
    further: dict[int, tuple[_Node, list[str]]] = {}  # a plain scalar's further lines, by its node
    for line in text.lstrip("\ufeff").split("\n"):
        line = line.rstrip("\r")
        parsed = _parse_line(line)
        if parsed is None:
            body = line.strip()
            indent = len(line) - len(line.lstrip(" "))
            if body and last is not None and indent > open_nodes[-1][0] and not body.startswith("```"):
                further.setdefault(id(last), (last, [last.text]))[1].append(body)
            continue
        indent, node = parsed
        while len(open_nodes) > 1 and open_nodes[-1][0] >= indent:
            open_nodes.pop()
        open_nodes[-1][1].children.append(node)
        if len(open_nodes) < _MAX_DEPTH:
            open_nodes.append((indent, node))
        last = node
    for node, lines in further.values():
        node.text = " ".join(lines).strip()
    _measure(root)
    return root


def _measure(root: _Node) -> None:
    """Each node's size: the characters of the text it holds, children first (no recursion)."""
    order: list[_Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(node.children)
    for node in reversed(order):
        if node.role[0] == "/" or node.role in _NEVER_TEXT:
            node.size = 0
            continue
        held = sum(child.size for child in node.children)
        node.size = len(node.text) + (held if held else len(node.name))


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


class _Reader:
    def __init__(self, furniture_dropped: bool) -> None:
        self.furniture_dropped = furniture_dropped
        self.out: list[str] = []

    def dropped(self, node: _Node) -> bool:
        role = node.role
        return role[0] == "/" or role in _NEVER_TEXT or (self.furniture_dropped and role in _FURNITURE)

    # --- inline text ---------------------------------------------------------------------------------------------
    def inline(self, node: _Node, pieces: list[str]) -> None:
        """A node's words as one run, its children's after its own."""
        if self.dropped(node):
            return
        if node.name and (node.role in ("heading", "link", "caption") or not node.children and not node.text) \
                and node.role not in _TABLES and node.role not in ("figure", "row"):
            self.piece(node, node.name, pieces)
            return
        if node.text:
            self.piece(node, node.text, pieces)
        for child in node.children:
            self.inline(child, pieces)

    @staticmethod
    def piece(node: _Node, words: str, pieces: list[str]) -> None:
        words = _clean(words)
        if words:
            pieces.append(("\x00" if node.role in _GLUED else "") + words)

    @staticmethod
    def joined(pieces: list[str]) -> str:
        parts: list[str] = []
        for piece in pieces:
            glued = piece[:1] == "\x00"
            piece = piece.lstrip("\x00")
            if parts and not glued and not _glued(parts[-1], piece):
                parts.append(" ")
            parts.append(piece)
        return "".join(parts)

    def inline_text(self, node: _Node) -> str:
        pieces: list[str] = []
        self.inline(node, pieces)
        return self.joined(pieces)

    # --- blocks --------------------------------------------------------------------------------------------------
    def line(self, text: str) -> None:
        text = _clean(text)
        if text:
            self.out.append(text)

    def block(self, node: _Node) -> None:
        role = node.role
        if self.dropped(node):
            return
        if role in _TABLES or role in ("row", "rowgroup"):
            self.table(node)
            return
        if role == "heading" and node.name:
            self.line(node.name)
            return
        start = len(self.out)
        self.contents(node)
        if role == "listitem" and len(self.out) > start and not OUTLINE_LABEL.match(self.out[start]) \
                and self.out[start][:1] != "|":
            self.out[start] = "- " + self.out[start]

    def contents(self, node: _Node) -> None:
        """A block's own text and children: a run of inline ones one line, each block its own lines."""
        run: list[str] = []
        if node.text:
            self.piece(node, node.text, run)
        elif node.name and not node.children and node.role in _NAMED_BY_TEXT:
            self.piece(node, node.name, run)
        inline_context = node.role in _INLINE_CONTEXTS
        for child in node.children:
            if child.role in _INLINE or inline_context and child.role == "generic":
                self.inline(child, run)
                continue
            if self.dropped(child):
                continue
            if run:
                self.line(self.joined(run))
                run = []
            self.block(child)
        if run:
            self.line(self.joined(run))

    # --- tables --------------------------------------------------------------------------------------------------
    def rows(self, node: _Node, found: list[_Node], captions: list[str]) -> None:
        for child in node.children:
            if self.dropped(child):
                continue
            if child.role == "row":
                found.append(child)
            elif child.role == "caption":
                captions.append(self.inline_text(child))
            elif child.role not in _CELLS:
                self.rows(child, found, captions)

    def cell_lines(self, cell: _Node) -> list[str]:
        """A cell's paragraphs, each a line (its name when it shows no children)."""
        if not cell.children and not cell.text:
            return [_clean(cell.name)] if cell.name.strip() else []
        kept, self.out = self.out, []
        try:
            self.contents(cell)
            return self.out
        finally:
            self.out = kept

    def table(self, node: _Node) -> None:
        rows: list[_Node] = []
        captions: list[str] = []
        if node.role == "row":
            rows.append(node)
        else:
            self.rows(node, rows, captions)
        for caption in captions:
            self.line(caption)
        header: list[str] = []
        body: list[str] = []
        # A page's layout table around its body (its header, the body, the signature): a few rows, no column heads. A
        # table of data has its heads or more rows; the snapshot shows no borders to tell them apart.
        layout = len(rows) <= _LAYOUT_ROWS \
            and not any(cell.role == "columnheader" for row in rows for cell in row.children)
        for row in rows:
            cells = [child for child in row.children if child.role in _CELLS]
            if cells:
                paragraphs = [self.cell_lines(cell) for cell in cells]
                if layout and any(frames_text(lines) for lines in paragraphs):
                    self.out.extend(header + body)  # the page's layout around its body: read as the page
                    header, body = [], []
                    for lines in paragraphs:
                        self.out.extend(lines)
                    continue
                texts = [" ".join(lines).replace("|", "/") for lines in paragraphs]
            else:
                texts = [_clean(self.inline_text(_Node("row", "", row.text, (), row.children)) or row.name)]
            if not any(texts):
                continue
            line = table_row(texts)
            (header if cells and all(cell.role == "columnheader" for cell in cells) else body).append(line)
        self.out.extend(header + body)


def _main_parts(root: _Node) -> list[_Node]:
    """The outermost main landmarks, or without one the outermost articles, in the page's order."""
    for roles in (("main",), _MAIN):
        found: list[_Node] = []
        stack = list(reversed(root.children))
        while stack:
            node = stack.pop()
            if node.role in roles:
                found.append(node)
            elif node.role[0] != "/":
                stack.extend(reversed(node.children))
        if found and sum(node.size for node in found) > 0:
            return found
    return []


def aria_snapshot_as_text(text: str) -> str:
    root = _parse(text)
    parts = _main_parts(root)
    holds_the_text = bool(parts) and sum(part.size for part in parts) >= _MAIN_SHARE * root.size
    reader = _Reader(furniture_dropped=holds_the_text)
    for part in parts if holds_the_text else [root]:
        reader.block(part)
    return without_surrogates("\n\n".join(reader.out)) + "\n"  # (a name's escape may be half a pair: "\\ud83d")
