"""Typst source of a document (a plan retyped to be typeset, archived as its `.typ` beside the PDF), read as the lines
the printed page shows.

Typst writes its page in markup: a paragraph runs to a blank line, `\\` breaks a line, `= ` and `== ` give headings
(their text alone, numbered only where `#set heading(numbering: …)` asks), `- ` a bullet, `+ ` an item Typst
numbers itself and `12. ` one numbered by hand, a list nested under an item by being indented past its mark. A
numbered item gets the label the page prints: in the pattern the document sets (`#set enum(numbering: "a)")`, one
counting symbol a level with "1.a)"), or, unset, "1." and one level down "a)" as Word numbers a plan's points; a
bullet gets "- " whatever its marker; `#enum(…)[…][…]`, `#list(…)` and `enum.item(n)[…]` are lists too.
`*strong*`, `_emphasis_`, `$math$`, `` `raw` `` and labels keep their words; `//` and `/* */` comments, `#set`,
`#show`, `#let` and `#import` rules, loops and conditions, spacing (`#v`, `#h`), rules (`#line`), page breaks,
pictures and footnotes go (a `#let` of content or a string gives its words where the name is used); escapes give
their character (`\\#`, `\\*`, `\\u{…}`), `~` a space and `--` a dash.

Code starts at `#`: a function's content blocks (`[…]`) and strings keep their words wherever it is not one of
those that give none (`#align(center)[…]`, `#text(size: 12pt)[…]`, `#upper[…]` in capitals, a macro of the
document's own), blocks on their own lines. A `#table(columns: N, …)` (or `#grid`) gives its content blocks as
cells read row by row, N to a row, `table.header(…)` first, a `table.cell(colspan: …)` counting as the columns it
spans (a group row is one cell) and one with `rowspan` repeated in the rows under it, which the source leaves it
out of; a cell's lines are joined as every reader joins them (`tablerows.join_cell_lines`: "; " between two bodies'
names, one a line). A grid with no header
(or a table drawn without rules, `stroke: none`) of two columns or of cells of several lines lays out the page -- the
header's agency and motto, the recipients beside the signature -- and gives its cells' lines one after the other.

The source is scanned, never run: a group's end is found by counting brackets as the mode it is
in (markup, code or a string) says, and content nested past a page's depth is read with its marks stripped, so a
broken or hostile file reads in time.
"""
from __future__ import annotations

import re

from .lexicon import point_letter, roman_numeral
from .tablerows import join_cell_lines, table_row

_MAX_DEPTH = 40  # content blocks and calls nested deeper than this are read as plain words (a broken or hostile file)
_MAX_COLUMNS = 100
_MAX_WIDTH = 1000
_MAX_CARRIED = 20000  # places a table's cells spanning rows may be carried into
_CLOSER = {"(": ")", "[": "]", "{": "}"}
_IDENT = re.compile(r"[A-Za-z_][\w]*(?:-[\w]+)*")
_DOTTED = re.compile(r"\.([A-Za-z_][\w]*(?:-[\w]+)*)")
_STRING = re.compile(r'"(?:[^"\\\n]|\\.){0,5000}"')
_STRING_ESCAPE = re.compile(r"\\(u\{[0-9A-Fa-f]{1,6}\}|.)")
_NAMED = re.compile(r"\s*([A-Za-z_][\w]*(?:-[\w]+)*)\s*:(?!:)")
_HEADING = re.compile(r"(={1,6})(?:[ \t]+|$)")
_ITEM = re.compile(r"([-+]|\d{1,9}\.)(?:[ \t]+|$)")
_TERM = re.compile(r"/[ \t]+([^:\n]{0,300}):[ \t]*")
_BLANKS = re.compile(r"[ \t]*")
_WHITESPACE = re.compile(r"\s*")
_LINE_SPECIAL = re.compile(r"[\n#\\`]")
_INLINE_SPECIAL = re.compile(r"[\n#\\`$*_<~-]")
_LABEL = re.compile(r"<[A-Za-z_][\w:.-]{0,100}>")
_UNICODE_ESCAPE = re.compile(r"u\{([0-9A-Fa-f]{1,6})\}")
_MATH = re.compile(r"\$([^$]{0,1000})\$")
_MATH_SYMBOLS = (("<=", "≤"), (">=", "≥"), ("!=", "≠"), ("times", "×"), ("plus.minus", "±"), ("approx", "≈"),
                 ('"', ""), ("\\", ""))
_COLUMNS_REPEATED = re.compile(r"^\((.*)\)\s*\*\s*(\d{1,3})$|^(\d{1,3})\s*\*\s*\((.*)\)$", re.S)
_STATEMENTS = {"show", "let", "import", "include", "if", "for", "while", "return", "break", "continue"}
_NO_WORDS = {"none", "auto", "true", "false"}
# Functions whose arguments hold no words of the page: spacing, rules, breaks, pictures, counters, hidden content,
# footnotes (a page's foot, as the other converters leave them), a table of contents.
_DROPPED = {"v", "h", "line", "pagebreak", "colbreak", "image", "footnote", "hide", "bibliography", "outline",
            "counter", "state", "metadata", "lorem", "numbering", "locate", "query", "here", "measure", "layout",
            "cite", "ref", "label", "polygon", "path", "curve", "table.hline", "table.vline", "grid.hline",
            "grid.vline", "datetime", "datetime.today", "place.flush", "footnote.entry"}
_BLOCKS = {"align", "block", "pad", "rect", "square", "circle", "ellipse", "stack", "columns", "place", "move",
           "scale", "rotate", "par", "quote", "figure", "skew", "heading", "terms"}
_TABLES = {"table", "grid"}
_LISTS = {"enum", "list"}
_COUNTING = {"1": str, "a": point_letter, "A": lambda n: point_letter(n).upper(),
             "i": lambda n: roman_numeral(n).lower(), "I": roman_numeral, "*": lambda n: "*"}


def looks_like_typst(text: str) -> bool:
    head = text[:200000]
    if "#" not in head:
        return False
    rules = len(_RULE_LINE.findall(head))
    calls = len(_CALL_LINE.findall(head))
    return rules + calls >= 2 and (rules >= 1 or _MARKUP_LINE.search(head) is not None)


_RULE_LINE = re.compile(r"(?m)^[ \t]{0,40}#(?:set|show|let|import)[ \t]+[A-Za-z_\"(:]")
_CALL_LINE = re.compile(r"(?m)^[ \t]{0,40}#[a-z][\w-]{0,40}(?:\.[a-z][\w-]{0,40}){0,3}[(\[]")
_MARKUP_LINE = re.compile(r"(?m)^(?:={1,6}|[ \t]{0,40}\+) \S")


# -- scanning ---------------------------------------------------------------------------------------------------


def _string_end(src: str, k: int) -> int:
    found = _STRING.match(src, k)
    return found.end() if found else k + 1


def _raw_end(src: str, k: int) -> int:
    """Past the raw span opening at `k` (a run of backticks); past the run alone when it never closes."""
    run = k
    while run < len(src) and src[run] == "`" and run - k < 50:
        run += 1
    ticks = run - k
    if ticks == 2:
        return run  # (an empty raw span)
    close = src.find("`" * ticks, run)
    return close + ticks if close >= 0 else run


def _group_end(src: str, k: int) -> int:
    """Past the group opening at `src[k]` ("(", "[" or "{"), counting brackets as its mode says: markup in "[…]",
    code in "(…)" and "{…}"; the text's end when it never closes."""
    stack = [_CLOSER[src[k]]]
    i, n = k + 1, len(src)
    while i < n and stack:
        char = src[i]
        if char == "\\":
            i += 2
            continue
        if stack[-1] == "]":  # markup
            if char == "[":
                stack.append("]")
            elif char == "]":
                stack.pop()
            elif char == "`":
                i = _raw_end(src, i)
                continue
            elif char == "#":
                ident = _IDENT.match(src, i + 1)
                j = ident.end() if ident else i + 1
                while ident and (dotted := _DOTTED.match(src, j)):
                    j = dotted.end()
                if j < n and src[j] in "({":
                    stack.append(_CLOSER[src[j]])
                    i = j + 1
                elif j < n and src[j] == '"' and j == i + 1:
                    i = _string_end(src, j)
                else:
                    i = j
                continue
        else:  # code
            if char == '"':
                i = _string_end(src, i)
                continue
            if char in _CLOSER:
                stack.append(_CLOSER[char])
            elif char in ")]}":
                stack.pop()
        i += 1
    return min(i, n)


def _inner_end(src: str, end: int) -> int:
    """Where a group's content ends, `end` being past the group: before its closer, or the text's end where it never
    closes."""
    return end - 1 if src[end - 1:end] in (")", "]", "}") else end


def _statement_end(src: str, k: int) -> int:
    """Where a code statement from `k` ends: at the end of its line, past any group it opens."""
    i, n = k, len(src)
    while i < n:
        char = src[i]
        if char == "\n":
            return i
        if char == '"':
            i = _string_end(src, i)
        elif char in _CLOSER:
            i = _group_end(src, i)
        else:
            i += 1
    return n


class _Call:
    """A code expression as it was read: a name with its arguments' span and its trailing content blocks."""

    __slots__ = ("kind", "name", "args", "contents", "end")

    def __init__(self, kind: str, name: str, args: tuple[int, int] | None, contents: list[tuple[int, int]], end: int):
        self.kind, self.name, self.args, self.contents, self.end = kind, name, args, contents, end


def _read_expression(src: str, k: int) -> _Call:
    """The expression starting at `k` (just after "#" in markup, or a value in code)."""
    n = len(src)
    if k >= n:
        return _Call("none", "", None, [], k)
    char = src[k]
    if char == "[":
        end = _group_end(src, k)
        return _Call("content", "", None, [(k + 1, _inner_end(src, end))], end)
    if char == '"':
        end = _string_end(src, k)
        return _Call("string", "", None, [(k, end)], end)
    if char in "({":
        end = _group_end(src, k)
        return _Call("group" if char == "(" else "code", "", (k + 1, _inner_end(src, end)), [], end)
    ident = _IDENT.match(src, k)
    if not ident:
        return _Call("none", "", None, [], k)
    name = ident[0]
    j = ident.end()
    if name in _STATEMENTS:
        end = _statement_end(src, j)
        return _Call("statement", name, (j, end), [], end)
    if name == "context":
        spaces = _BLANKS.match(src, j).end()
        inner = _read_expression(src, spaces)
        return inner if inner.kind != "none" else _Call("none", "", None, [], j)
    if name == "set":
        spaces = _BLANKS.match(src, j).end()
        target = _read_expression(src, spaces)
        end = target.end
        rest = re.match(r"[ \t]*if\b", src[end:end + 20])
        end = _statement_end(src, end) if rest else end
        return _Call("set", target.name, target.args, [], end)
    args: tuple[int, int] | None = None
    contents: list[tuple[int, int]] = []
    method = False  # a method called on a value (`counter(page).display()`): no words of the page
    while j < n:
        if src[j] == "(" and not contents:
            end = _group_end(src, j)
            if args is not None:
                method = True
            args = (j + 1, _inner_end(src, end))
            j = end
        elif src[j] == "[":
            end = _group_end(src, j)
            contents.append((j + 1, _inner_end(src, end)))
            j = end
        elif (dotted := _DOTTED.match(src, j)) is not None:
            if args is not None or contents:
                method = True
            else:
                name += "." + dotted[1]
            j = dotted.end()
        else:
            break
    return _Call("dropped" if method else "call", name, args, contents, j)


def _arguments(src: str, start: int, end: int) -> list[tuple[str | None, int, int]]:
    """The arguments between `start` and `end`: (name or None, where its value starts, where it ends)."""
    pieces, i, piece = [], start, start
    while i < end:
        char = src[i]
        if char == '"':
            i = _string_end(src, i)
            continue
        if char in _CLOSER:
            i = min(_group_end(src, i), end)
            continue
        if char == ",":
            pieces.append((piece, i))
            piece = i + 1
        i += 1
    pieces.append((piece, end))
    out: list[tuple[str | None, int, int]] = []
    for first, last in pieces:
        if not src[first:last].strip():
            continue
        named = _NAMED.match(src, first, last)
        if named:
            out.append((named[1], named.end(), last))
        else:
            out.append((None, first, last))
    return out


def _column(src: str, k: int, col0: int) -> int:
    """The column of `src[k]` (`col0` that of `src[0]`); one past a page's width where the line is longer (a long
    line's columns tell nothing and are not counted)."""
    line_start = src.rfind("\n", max(0, k - _MAX_WIDTH), k)
    if line_start < 0 and k > _MAX_WIDTH:
        return _MAX_WIDTH + 1
    return k - line_start - 1 if line_start >= 0 else col0 + k


def _without_comments(text: str) -> str:
    """The source without `//` and `/* */` comments (a line holding a comment alone goes whole); a URL's "//" and
    raw spans are kept."""
    out, k, n = [], 0, len(text)
    special = re.compile(r"\\|`|/[/*]")
    while True:
        found = special.search(text, k)
        if found is None:
            out.append(text[k:])
            break
        p = found.start()
        mark = found[0]
        if mark == "\\":
            out.append(text[k:p + 2])
            k = p + 2
        elif mark == "`":
            end = _raw_end(text, p)
            out.append(text[k:end])
            k = end
        elif mark == "//":
            if p > 0 and text[p - 1] == ":":  # a URL ("https://")
                out.append(text[k:p + 2])
                k = p + 2
                continue
            line_end = text.find("\n", p)
            line_end = n if line_end < 0 else line_end
            line_start = text.rfind("\n", 0, p) + 1
            if not text[line_start:p].strip() and line_start >= k:
                out.append(text[k:line_start])
                k = line_end + 1  # (the line and its end go)
            else:
                out.append(text[k:p])
                k = line_end
        else:  # "/*", nested as Typst nests them
            out.append(text[k:p])
            depth, i = 1, p + 2
            close = text.find("*/", i)
            while depth and i < n:
                if 0 <= close < i:
                    close = text.find("*/", i)
                opening = text.find("/*", i, close if close >= 0 else n)
                if opening >= 0:
                    depth, i = depth + 1, opening + 2
                elif close >= 0:
                    depth, i = depth - 1, close + 2
                else:
                    i = n
            k = i
    return "".join(out)


# -- numbering --------------------------------------------------------------------------------------------------


def _numbering(pattern: str) -> list[tuple[str, str, str]] | None:
    """A numbering pattern's levels, (prefix, counting symbol, suffix) each: "1.a)" gives ("", "1", ".") and
    ("", "a", ")"); None where it holds no counting symbol (a function, a marker)."""
    symbols = [i for i, char in enumerate(pattern) if char in _COUNTING
               and not (i > 0 and pattern[i - 1].isalpha()) and not (i + 1 < len(pattern) and pattern[i + 1].isalpha())]
    if not symbols:
        return None
    levels, prefix = [], pattern[:symbols[0]]
    for index, at in enumerate(symbols):
        between = pattern[at + 1:symbols[index + 1]] if index + 1 < len(symbols) else pattern[at + 1:]
        cut = len(between.rstrip("([{")) if index + 1 < len(symbols) else len(between)
        levels.append((prefix, pattern[at], between[:cut]))
        prefix = between[cut:]
    return levels


def _numbered(level: tuple[str, str, str], count: int) -> str:
    prefix, symbol, suffix = level
    return f"{prefix}{_COUNTING[symbol](count)}{suffix}"


def _enum_label(ctx: dict, count: int, pattern: list[tuple[str, str, str]] | None = None) -> str:
    pattern = pattern or ctx["enum"]
    depth = ctx["enum_depth"]
    if pattern:
        return _numbered(pattern[min(depth, len(pattern) - 1)], count)
    return f"{count}." if depth == 0 else f"{point_letter(count)})"


def _heading_label(ctx: dict, level: int) -> str:
    counts = ctx["headings"]
    del counts[level:]
    counts += [0] * (level - len(counts))
    counts[level - 1] += 1
    pattern = ctx["heading"]
    if not pattern:
        return ""
    return "".join(_numbered(pattern[min(i, len(pattern) - 1)], count) for i, count in enumerate(counts)) + " "


# -- evaluation -------------------------------------------------------------------------------------------------


def _stripped(src: str) -> str:
    """Content past a page's depth: its words, the marks gone."""
    return re.sub(r"#[A-Za-z_][\w.-]{0,100}|[\[\]{}()\\*_#]", " ", src).replace("\n", " ")


def _string_value(literal: str) -> str:
    def escape(found: re.Match) -> str:
        code = found[1]
        if code.startswith("u{"):
            return chr(min(int(code[2:-1], 16), 0x10FFFF))
        return {"n": "\n", "t": " ", "r": ""}.get(code, code)
    return _STRING_ESCAPE.sub(escape, literal[1:-1] if literal.endswith('"') and len(literal) > 1 else literal[1:])


def _value(src: str, start: int, end: int, ctx: dict, depth: int, col0: int) -> str:
    """The words of a code value: its content blocks, strings and calls, the rest (numbers, lengths, operators,
    names of settings) giving none."""
    if depth > _MAX_DEPTH:
        return _stripped(src[start:end])
    out, k, end = [], start, min(end, len(src))  # (a block that never closes ends with the text)
    while k < end:
        char = src[k]
        if char == "=" and src[k + 1:k + 2] == ">":
            break  # (a function: no words until it is called)
        if char in "[\"" or char.isalpha() or char == "_":
            if char.isalpha() or char == "_":
                previous = src[k - 1] if k > start else " "
                if previous.isdigit() or previous == ".":  # a unit ("1.4fr", "12pt")
                    k = _IDENT.match(src, k).end() if _IDENT.match(src, k) else k + 1
                    continue
            expression = _read_expression(src, k)
            if expression.end <= k:
                k += 1
                continue
            out.append(_evaluated(src, expression, ctx, depth + 1, col0))
            k = expression.end
        elif char in "({":
            k = _group_end(src, k)
        else:
            k += 1
    return "".join(out)


def _evaluated(src: str, expression: _Call, ctx: dict, depth: int, col0: int) -> str:
    kind = expression.kind
    if kind == "content":
        start, end = expression.contents[0]
        return _markup(src[start:end], dict(ctx), depth + 1, _column(src, start, col0))
    if kind == "string":
        start, end = expression.contents[0]
        return _string_value(src[start:end])
    if kind == "group" and expression.args:
        start, end = expression.args
        return _value(src, start, end, ctx, depth + 1, col0)
    if kind == "set":
        _apply_setting(src, expression, ctx)
        return ""
    if kind == "statement" and expression.name == "let":
        _bind(src, expression, ctx, depth, col0)
        return ""
    if kind != "call":
        return ""
    return _call(src, expression, ctx, depth, col0)


def _apply_setting(src: str, rule: _Call, ctx: dict) -> None:
    if rule.name not in ("enum", "heading") or rule.args is None:
        return
    for name, start, end in _arguments(src, *rule.args):
        if name != "numbering":
            continue
        value = src[start:end].strip()
        if value.startswith('"'):
            ctx[rule.name] = _numbering(_string_value(value))
        elif value == "none":
            ctx[rule.name] = None


_BINDING = re.compile(r"[ \t]*([A-Za-z_][\w]*(?:-[\w]+)*)[ \t]*=[ \t]*(?=[\[\"])")


def _bind(src: str, statement: _Call, ctx: dict, depth: int, col0: int) -> None:
    """`#let name = [content]` or `= "string"`: the name gives those words where the page uses it."""
    binding = _BINDING.match(src, statement.args[0], statement.args[1])
    if binding is None:
        return
    value = _read_expression(src, binding.end())
    if value.kind in ("content", "string"):
        ctx["vars"][binding[1]] = _evaluated(src, value, ctx, depth + 1, col0)


def _call(src: str, call: _Call, ctx: dict, depth: int, col0: int) -> str:
    name = call.name
    if depth > _MAX_DEPTH:
        first = call.args[0] if call.args else call.contents[0][0] if call.contents else call.end
        return _stripped(src[first:call.end])
    if name in _DROPPED or name.split(".")[0] in ("sym", "emoji", "calc", "math", "str", "counter", "state"):
        return ""
    if call.args is None and not call.contents:
        if name in ("linebreak", "parbreak"):
            return ""
        return ctx["vars"].get(name, "")
    arguments = _arguments(src, *call.args) if call.args else []
    positional = [(start, end) for argument, start, end in arguments if argument is None]
    positional += [(start - 1, end + 1) for start, end in call.contents]  # (as "[…]", read as content)
    named = {argument: (start, end) for argument, start, end in arguments if argument is not None}
    if name in ("linebreak", "parbreak"):
        return "\n"
    if name in _TABLES:
        return _table(src, name, positional, named, ctx, depth, col0)
    if name in _LISTS:
        return _list(src, name, positional, named, ctx, depth, col0)
    if name in ("enum.item", "list.item"):  # (an item on its own: a list of one)
        number, body = _item_parts(src, call)
        words = "".join(_value(src, start, end, dict(ctx, enum_depth=ctx["enum_depth"] + 1), depth + 1, col0)
                        for start, end in body)
        return _item(_enum_label(ctx, number or 1) if name == "enum.item" else "-", words)
    if name == "link":
        words = [_value(src, start, end, ctx, depth + 1, col0) for start, end in positional]
        return words[-1] if words else ""
    if name == "heading":
        level = src[named["level"][0]:named["level"][1]].strip() if "level" in named else "1"
        level_number = min(int(level), 6) if level.isdigit() else 1
        words = " ".join(_value(src, start, end, ctx, depth + 1, col0) for start, end in positional)
        return "\n" + _heading_label(ctx, level_number) + words + "\n"
    words = [_value(src, start, end, ctx, depth + 1, col0) for start, end in positional]
    if name == "figure" and "caption" in named:
        words.append("\n" + _value(src, *named["caption"], ctx, depth + 1, col0))
    if name == "terms":
        words = [re.sub(r"\n+", ": ", word.strip("\n"), count=1) for word in words]
    text = ("\n" if name in _BLOCKS or name == "stack" else "").join(words)
    if name == "upper":
        text = text.upper()
    elif name == "lower":
        text = text.lower()
    return f"\n{text}\n" if name in _BLOCKS else text


def _list(src: str, name: str, positional: list[tuple[int, int]], named: dict, ctx: dict, depth: int,
          col0: int) -> str:
    """`#enum(…)[…][…]` or `#list(…)`: each content block an item."""
    pattern = None
    if "numbering" in named and src[named["numbering"][0]:named["numbering"][1]].strip().startswith('"'):
        pattern = _numbering(_string_value(src[named["numbering"][0]:named["numbering"][1]].strip()))
    start_value = src[named["start"][0]:named["start"][1]].strip() if "start" in named else "1"
    count = int(start_value) - 1 if start_value.isdigit() and len(start_value) < 9 else 0
    inner = dict(ctx, enum_depth=ctx["enum_depth"] + 1) if name == "enum" else dict(ctx)
    out = []
    for start, end in positional:
        expression = _read_expression(src, _WHITESPACE.match(src, start, end).end())
        number, body = None, [(start, end)]
        if expression.kind == "call" and expression.name in ("enum.item", "list.item"):
            number, body = _item_parts(src, expression)
        count = number or count + 1
        label = _enum_label(ctx, count, pattern) if name == "enum" else "-"
        out.append(_item(label, "".join(_value(src, s, e, inner, depth + 1, col0) for s, e in body)))
    return "".join(out)


def _item_parts(src: str, call: _Call) -> tuple[int | None, list[tuple[int, int]]]:
    """`enum.item(4)[…]`: the number it is given, and the spans of its content."""
    arguments = [(start, end) for name, start, end in (_arguments(src, *call.args) if call.args else [])
                 if name is None]
    number = src[arguments[0][0]:arguments[0][1]].strip() if arguments else ""
    if number.isdigit() and len(number) < 9:
        arguments = arguments[1:]
    return (int(number) if number.isdigit() and len(number) < 9 else None,
            arguments + [(start - 1, end + 1) for start, end in call.contents])


def _item(label: str, body: str) -> str:
    """An item's line: its label before its first line, or on a line of its own above a table."""
    body = body.strip()
    return f"\n{label}\n{body}\n" if body.startswith("| ") else f"\n{label} {body}\n"


def _column_count(src: str, span: tuple[int, int] | None) -> int:
    if span is None:
        return 1
    value = src[span[0]:span[1]].strip()
    if value.isdigit():
        return max(1, min(int(value), _MAX_COLUMNS))
    repeated = _COLUMNS_REPEATED.match(value)
    if repeated:
        inner, times = (repeated[1], repeated[2]) if repeated[1] is not None else (repeated[4], repeated[3])
        return max(1, min(len(_arguments(inner, 0, len(inner))) * int(times), _MAX_COLUMNS))
    if value.startswith("(") and _group_end(value, 0) == len(value):
        return max(1, min(len(_arguments(value, 1, len(value) - 1)), _MAX_COLUMNS))
    return 1


def _table(src: str, name: str, positional: list[tuple[int, int]], named: dict, ctx: dict, depth: int,
           col0: int) -> str:
    columns = _column_count(src, named.get("columns"))
    cells: list[tuple[str, int, int, bool]] = []  # (text, columns spanned, rows spanned, in a header)
    for start, end in positional:
        expression = _read_expression(src, _WHITESPACE.match(src, start, end).end())
        part = expression.name.split(".")[-1] if expression.kind == "call" and "." in expression.name else ""
        if expression.name.split(".")[0] in _TABLES and part in ("header", "footer") and expression.kind == "call":
            inner = _arguments(src, *expression.args) if expression.args else []
            for argument, inner_start, inner_end in inner:
                if argument is None:
                    cells.append(_cell(src, inner_start, inner_end, ctx, depth, col0, part == "header"))
            cells.append(("", 0, 0, part == "header"))  # (the rows after it start a row of their own)
        elif expression.name.split(".")[0] in _TABLES and part in ("hline", "vline"):
            continue
        else:
            cells.append(_cell(src, start, end, ctx, depth, col0, False))
    strokeless = "stroke" in named and src[named["stroke"][0]:named["stroke"][1]].strip() == "none"
    header = any(in_header for *_, in_header in cells)
    texts = [text for text, spanned, *_ in cells if spanned]
    if (name == "grid" or strokeless) and not header \
            and (columns <= 2 or any("\n" in text.strip("\n") for text in texts)):
        return "\n" + "\n".join(texts) + "\n"
    return "\n" + "\n".join(table_row(row) for row in _placed(cells, columns) if any(row)) + "\n"


def _cell(src: str, start: int, end: int, ctx: dict, depth: int, col0: int, header: bool) -> tuple[str, int, int, bool]:
    """A cell's text with the columns and rows it spans; a `table.cell(…)` says them."""
    expression = _read_expression(src, _WHITESPACE.match(src, start, end).end())
    spans = {"colspan": 1, "rowspan": 1}
    if expression.kind == "call" and expression.name.split(".")[-1] == "cell" and expression.args:
        arguments = _arguments(src, *expression.args)
        for argument, arg_start, arg_end in arguments:
            value = src[arg_start:arg_end].strip()
            if argument in spans and value.isdigit() and len(value) < 5:
                spans[argument] = max(1, int(value))
        contents = [(s, e) for a, s, e in arguments if a is None]
        contents += [(s - 1, e + 1) for s, e in expression.contents]
        text = "".join(_value(src, s, e, ctx, depth + 1, col0) for s, e in contents)
    else:
        text = _value(src, start, end, ctx, depth + 1, col0)
    return text, spans["colspan"], spans["rowspan"], header


def _placed(cells: list[tuple[str, int, int, bool]], columns: int) -> list[list[str]]:
    """The cells laid out as Typst places them, row by row: a cell goes to the next place no cell above covers, a cell
    spanning rows is carried into them (within a budget: a broken file's spans cost no time)."""
    taken: dict[tuple[int, int], str | None] = {}  # a place covered: the text carried into it, or None
    origins: dict[tuple[int, int], str] = {}
    row = column = 0
    budget = _MAX_CARRIED
    for text, colspan, rowspan, _ in cells:
        if colspan == 0:  # the end of a header: the next cell starts a row
            if column:
                row, column = row + 1, 0
            continue
        while (row, column) in taken:
            column += 1
            if column >= columns:
                row, column = row + 1, 0
        span = min(colspan, columns - column)
        rowspan = max(1, min(rowspan, budget // span))
        budget -= (rowspan - 1) * span
        text = join_cell_lines([re.sub(r"\s+", " ", line) for line in text.split("\n")])
        origins[(row, column)] = text
        for below in range(rowspan):
            for extra in range(span):
                taken[(row + below, column + extra)] = text if below and not extra else None
        column += span
        if column >= columns:
            row, column = row + 1, 0
    by_row: dict[int, list[int]] = {}
    for r, c in taken:
        by_row.setdefault(r, []).append(c)
    rows = []
    for r in sorted(by_row):
        row_cells = []
        for c in range(max(by_row[r]) + 1):
            if (r, c) in origins:
                row_cells.append(origins[(r, c)])
            elif taken.get((r, c)) is not None:
                row_cells.append(taken[(r, c)])
            elif (r, c) not in taken:
                row_cells.append("")  # (a place left empty before a later cell)
        rows.append(row_cells)
    return rows


# -- markup -----------------------------------------------------------------------------------------------------


def _logical_lines(src: str) -> list[tuple[int, int]]:
    """The spans of the markup's lines, a code expression running over several lines (a table, a grid) in one."""
    spans, start, k = [], 0, 0
    while True:
        found = _LINE_SPECIAL.search(src, k)
        if found is None:
            break
        p = found.start()
        mark = found[0]
        if mark == "\n":
            spans.append((start, p))
            start = k = p + 1
        elif mark == "\\":
            k = p + 2
        elif mark == "`":
            k = _raw_end(src, p)
        else:
            k = max(_read_expression(src, p + 1).end, p + 1)
    spans.append((start, len(src)))
    return spans


def _markup(src: str, ctx: dict, depth: int, col0: int = 0) -> str:
    """Markup's lines, "\\n" between its paragraphs, line breaks and blocks."""
    if depth > _MAX_DEPTH:
        return _stripped(src)
    out: list[str] = []
    paragraph: tuple[int, int] | None = None
    spans = _logical_lines(src)
    running = None  # the list the items last read belong to ("+" or "-"), and the count of a numbered one
    count = paragraphs = 0

    def flush() -> None:
        nonlocal paragraph, paragraphs
        if paragraph is not None:
            out.append("\n" + _inline(src, paragraph[0], paragraph[1], ctx, depth, col0) + "\n")
            paragraph, paragraphs = None, paragraphs + 1

    i = 0
    while i < len(spans):
        start, end = spans[i]
        text_start = _BLANKS.match(src, start, end).end()
        indent = _column(src, text_start, col0)
        if text_start == end:
            flush()
            i += 1
            continue
        heading = _HEADING.match(src, text_start, end)
        item = None if heading else _ITEM.match(src, text_start, end)
        term = None if heading or item else _TERM.match(src, text_start, end)
        if heading:
            flush()
            label = _heading_label(ctx, len(heading[1]))
            out.append("\n" + label + _inline(src, heading.end(), end, ctx, depth, col0) + "\n")
            running = None
            i += 1
        elif item or term:
            flush()
            last = i
            j = i + 1
            while j < len(spans):
                line_start, line_end = spans[j]
                body_start = _BLANKS.match(src, line_start, line_end).end()
                if body_start == line_end:
                    j += 1
                    continue
                if _column(src, body_start, col0) <= indent:
                    break
                last = j
                j += 1
            marked = item or term
            body_end = spans[last][1]
            inner = dict(ctx)
            if term:
                label = _inline(src, term.start(1), term.end(1), ctx, depth, col0).strip() + ":"
                running = None
            elif item[1] == "-":
                label, running = "-", "-"
            else:
                count = int(item[1][:-1]) if item[1] != "+" else (count + 1 if running == "+" else 1)
                running = "+"
                label = _enum_label(ctx, count)
                inner["enum_depth"] = ctx["enum_depth"] + 1
            out.append(_item(label, _markup(src[marked.end():body_end], inner, depth + 1,
                                            _column(src, marked.end(), col0))))
            i = last + 1
        else:
            running = None
            paragraph = (paragraph[0] if paragraph else text_start, end)
            i += 1
    flush()
    if paragraphs == 1 and len(out) == 1:  # (a paragraph alone, as "[…]" inside a line holds: inline)
        return out[0][1:-1]
    return "".join(out)


def _inline(src: str, start: int, end: int, ctx: dict, depth: int, col0: int) -> str:
    """A paragraph's words: its marks read, its code evaluated, a soft line end a space, a line break "\\n"."""
    out, k = [], start
    while k < end:
        found = _INLINE_SPECIAL.search(src, k, end)
        if found is None:
            out.append(src[k:end])
            break
        p = found.start()
        out.append(src[k:p])
        mark = found[0]
        k = p + 1
        if mark == "\n":
            out.append(" ")
        elif mark == "\\":
            following = src[p + 1:p + 2] if p + 1 < end else ""
            if following in ("", " ", "\t", "\n"):
                out.append("\n")
            elif (code := _UNICODE_ESCAPE.match(src, p + 1, end)) is not None:
                out.append(chr(min(int(code[1], 16), 0x10FFFF)))
                k = code.end()
            else:
                out.append(following)
                k = p + 2
        elif mark == "#":
            following = src[p + 1:p + 2] if p + 1 < end else ""
            if following and (following in "([{\"" or following.isalpha() or following == "_"):
                expression = _read_expression(src, p + 1)
                out.append(_evaluated(src, expression, ctx, depth, col0))
                k = max(min(expression.end, end), p + 1)
            else:
                out.append("#")
        elif mark == "`":
            close = _raw_end(src, p)
            ticks = len(src[p:close]) - len(src[p:close].lstrip("`"))
            raw = src[p + ticks:close - ticks] if close - p > 2 * ticks else ""
            if ticks >= 3:
                raw = re.sub(r"^[A-Za-z0-9_+-]{0,20}\s", "", raw)  # (the language named)
            out.append(raw)
            k = min(close, end) if close > p + ticks else p + ticks
        elif mark == "$":
            math = _MATH.match(src, p, end)
            if math:
                formula = math[1]
                for symbol, character in _MATH_SYMBOLS:
                    formula = formula.replace(symbol, character)
                out.append(formula.strip())
                k = math.end()
        elif mark in "*_":
            before, after = src[p - 1:p] if p > start else "", src[p + 1:p + 2] if p + 1 < end else ""
            if before.isalnum() and after.isalnum():
                out.append(mark)  # (inside a word: no mark)
        elif mark == "<":
            label = _LABEL.match(src, p, end)
            if label:
                k = label.end()
            else:
                out.append("<")
        elif mark == "~":
            out.append(" ")
        else:  # "-"
            if src.startswith("---", p) and p + 3 <= end:
                out.append("—")
                k = p + 3
            elif src.startswith("--", p) and p + 2 <= end:
                out.append("–")
                k = p + 2
            elif src.startswith("-?", p) and p + 2 <= end:
                k = p + 2
            else:
                out.append("-")
    return "".join(out)


def typst_as_text(text: str) -> str:
    source = _without_comments(text.lstrip("\ufeff"))
    ctx = {"enum": None, "heading": None, "headings": [], "enum_depth": 0, "vars": {}}
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in _markup(source, ctx, 0).split("\n"))
    return "\n".join(line for line in lines if line) + "\n"
