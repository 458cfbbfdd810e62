"""reStructuredText (docutils, Sphinx), as a handbook or a documentation site keeps a document as its page's source,
read as the plain lines of the rendered page.

The source's structure is its indentation: a list item, a field's value, a directive's content goes on in the lines
indented under it, and a paragraph's lines are one paragraph. A section title loses its underline (and overline);
a field ":Số hiệu: 12/KH-UBND" reads "Số hiệu: 12/KH-UBND"; a line block's "| " lines are lines; "#." items are
counted per list as Word numbers them ("1.", and "a)" one level down), typed labels ("1.", "a)", "(a)") stay, "*",
"-" and "+" bullets become dashes ("+" one level down). A table, whether a "list-table" directive (a bullet list of
rows of bullet cells), a "csv-table" or a simple table between "=====  =====" rules, becomes one `| a | b |` line per
row, its caption a row of one cell above (grid tables are rebuilt before, by `alignedtables.rebuild_grid_tables`).
Notes, warnings and other admonitions keep their content as lines; what the page does not show goes: comments,
hyperlink targets, substitution definitions, "meta", "contents", "toctree", "image", style classes, markup ("raw")
and content ("only") for other outputs than the web page's (raw HTML shows its text). Inline markup leaves its words:
a role's or a link's shown text, a literal's characters, emphasis without its stars, a substitution its replacement,
an escaped character itself.
"""
from __future__ import annotations

import csv
import re

from .errors import UnreadableFile
from .lexicon import point_letter
from .linescan import after_a_break
from .read.html import html_to_text
from .tablerows import table_row

# -- what the page is ------------------------------------------------------------------------------------------------
_HEAD = 50000  # characters looked at to tell the markup
# Marks only reStructuredText makes: a directive, a hyperlink target, "#." items, a role, a link with its target.
_DIRECTIVE_LINE = after_a_break(
    re.compile(r"(?m)^[ \t]*\.\.[ \t]+(?:\|[^|\n]{1,100}\|[ \t]+)?[A-Za-z][\w.+:-]{0,40}?::(?:[ \t]|$)"))
_TARGET_LINE = after_a_break(re.compile(r"(?m)^[ \t]*\.\.[ \t]+_[^:\n]{0,100}:(?:[ \t]|$)"))
_AUTO_ITEM_LINE = after_a_break(re.compile(r"(?m)^[ \t]*\(?#[.)][ \t]+\S"))
_ROLE_MARK = re.compile(r":[A-Za-z][\w.+-]{0,40}:`[^`\s]")
_LINK_MARK = re.compile(r"`[^`\n]{1,300}<[^<>`\n]{1,300}>`__?")
# Marks other markups and plain copies make too: fields (an Org drawer's properties), a title over a line of one mark
# (markdown's setext headings, a rule under a header's line), over and under one, a simple table's rules, line blocks.
_FIELD_LINE = after_a_break(re.compile(r"(?m)^:(?=\S)[^:`\n]{1,100}:(?:[ \t]|$)"))
_ADORNMENT_MARKS = r"[=\-~#*^\"+`'.:_!$%&,;<>?@/\\|]"
_TITLE_LINES = after_a_break(re.compile(r"(?m)^[^\s.][^\n]{0,300}\n(" + _ADORNMENT_MARKS + r")\1{2,}[ \t]*$"))
_OVERLINED_TITLE = after_a_break(
    re.compile(r"(?m)^(" + _ADORNMENT_MARKS + r")\1{2,}[ \t]*\n[^\n]{1,300}\n\1{3,}[ \t]*$"))
_SIMPLE_TABLE_LINE = after_a_break(re.compile(r"(?m)^[ \t]*={2,}[ \t]+=[= \t]*$"))
_LINE_BLOCK_LINE = after_a_break(re.compile(r"(?m)^[ \t]*\|[ \t]+[^|\s][^|\n]*$"))  # (a table's row holds more bars)
_MIN_DIRECTIVES = 2  # two ".. name::" lines are rST whatever else the text holds
_MIN_REPEATED_MARKS = 2  # fields, items, a table's rules, line blocks: one line opening so may be a plain text's
_MIN_SHARED_KINDS = 3  # without a mark of rST's own, this many kinds of the others


# AsciiDoc's own marks (a table's "|===", a block's "[NOTE]" or "[cols=…]", a title "= …"), which no rST page holds:
# such a page shares rST's fields and rules, and is AsciiDoc's to read
_ASCIIDOC_MARKS = after_a_break(re.compile(
    r"^(?:\|===[ \t]*$|\[(?:NOTE|TIP|WARNING|IMPORTANT|CAUTION|cols=[^\]\n]{0,200})\][ \t]*$|= \S)", re.M))


def looks_like_restructuredtext(text: str) -> bool:
    head = "\n" + text[:_HEAD]  # (the scans for a line's opening open on its break: see `linescan`)
    if _ASCIIDOC_MARKS.search(head):
        return False
    directives = len(_DIRECTIVE_LINE.findall(head))
    if directives >= _MIN_DIRECTIVES:
        return True
    own = sum([directives > 0, _TARGET_LINE.search(head) is not None,
               len(_AUTO_ITEM_LINE.findall(head)) >= _MIN_REPEATED_MARKS, _ROLE_MARK.search(head) is not None,
               _LINK_MARK.search(head) is not None])
    shared = sum([len(_FIELD_LINE.findall(head)) >= _MIN_REPEATED_MARKS, _TITLE_LINES.search(head) is not None,
                  _OVERLINED_TITLE.search(head) is not None,
                  len(_SIMPLE_TABLE_LINE.findall(head)) >= _MIN_REPEATED_MARKS,
                  len(_LINE_BLOCK_LINE.findall(head)) >= _MIN_REPEATED_MARKS])
    return own >= 2 or (own >= 1 and shared >= 1) or shared >= _MIN_SHARED_KINDS


# -- inline markup ---------------------------------------------------------------------------------------------------
# An escaped character, and a literal's, is set aside as a private-use one until every mark is read, then put back;
# an escaped space, which only parts a mark from the word it touches ("H\ :sub:`2`\ O"), stands as one until then.
_SET_ASIDE = 0xF0000
_PARTING = chr(_SET_ASIDE - 1)
_ESCAPE = re.compile(r"\\(.?)", re.S)
# (each pattern's text is bounded: a line full of "`" or "*" costs no scan to its end from each)
_INLINE_LITERAL = re.compile(r"``(?=\S)([^\n]{1,300}?)(?<=\S)``(?!`)")
_ROLE_NAMES = r"(?::[A-Za-z][\w.+-]{0,40}){1,2}:"  # ":ref:", ":py:func:"
_ROLE = re.compile(r"(?<![\w`\\])" + _ROLE_NAMES + r"`(?=\S)([^`\n]{1,300}?)(?<=\S)`(?![\w`])"
                   r"|(?<![\w`\\])`(?=\S)([^`\n]{1,300}?)(?<=\S)`" + _ROLE_NAMES + r"(?![\w`])")
# interpreted text and hyperlink references: "`text`", "`text <url>`_", "`text`__"
_INTERPRETED = re.compile(r"(?<![\w`\\])`(?=\S)([^`\n]{1,300}?)(?<=\S)`(?:__?)?(?![\w`])")
_EMBEDDED_TARGET = re.compile(r"(?s)(.*?)\s*<([^<>]{1,300})>")
_FOOTNOTE_REFERENCE = re.compile(r"[ \t]?\[(?:\d{1,4}|#[\w.-]{0,40}|\*|[A-Za-z][\w.-]{0,40})\]_(?!\w)")
_SUBSTITUTION_REFERENCE = re.compile(r"(?<![\w\\|])\|(?=\S)([^|\n]{1,100}?)(?<=\S)\|(?:__?)?(?![\w|])")
# "*emphasis*", "**strong**" (and "***both***", which writers type): not "(*)", a footnote's star
_EMPHASIS = re.compile(r"(?<![\w*\\])(\*{1,3})(?=[^\s*)\]}>'\"])([^*\n]{1,300}?)(?<=[^\s*(\[{<])\1(?![\w*])")
_NAMED_REFERENCE = re.compile(r"(?<![\w/\\.-])([^\W_](?:[\w.-]{0,60}[^\W_])?)__?(?!\w)")


def _set_aside(text: str) -> str:
    return "".join(chr(_SET_ASIDE + ord(char)) if ord(char) < 128 else char for char in text)


_PUT_BACK: dict[int, str | None] = {_SET_ASIDE + code: chr(code) for code in range(128)} | {ord(_PARTING): None}


def _escaped(found: re.Match) -> str:
    char = found[1]
    return _PARTING if not char or char.isspace() else _set_aside(char)


def _shown(reference: str) -> str:
    """A role's or a link's text as the page shows it: its words without the target ("text <url>")."""
    embedded = _EMBEDDED_TARGET.fullmatch(reference)
    if embedded is None:
        return reference
    return embedded[1] or embedded[2]


def _inline(text: str, substitutions: dict[str, str]) -> str:
    if "\\" in text:
        text = _ESCAPE.sub(_escaped, text)
    if "``" in text:
        text = _INLINE_LITERAL.sub(lambda found: _set_aside(found[1]), text)
    if "|" in text and substitutions:
        text = _SUBSTITUTION_REFERENCE.sub(
            lambda found: substitutions.get(_substitution_key(found[1]), found[0]), text)
    if "`" in text:
        text = _ROLE.sub(lambda found: _set_aside(_shown(found[1] or found[2])), text)
        text = _INTERPRETED.sub(lambda found: _shown(found[1]), text)
    if "]_" in text:
        text = _FOOTNOTE_REFERENCE.sub("", text)
    if "*" in text:
        text = _EMPHASIS.sub(r"\2", text)
    if "_" in text:
        text = _NAMED_REFERENCE.sub(r"\1", text)
    return text.translate(_PUT_BACK)


def _substitution_key(name: str) -> str:
    return " ".join(name.split()).lower()


# -- blocks ----------------------------------------------------------------------------------------------------------
_ADORNMENT = re.compile(r"([!-/:-@\[-`{-~])\1*")  # one ASCII punctuation mark repeated (fullmatch, stripped)
_MIN_TRANSITION = 4  # a shorter line of marks alone is text; under a title, it must reach the title's end
_SIMPLE_TABLE_RULE = re.compile(r"=+")
_BULLET = re.compile(r"([-*+•‣⁃])(?: +|$)")
_ENUMERATOR = re.compile(r"(\()?(\d{1,9}|[A-Za-z]|[ivxlcdm]{2,8}|[IVXLCDM]{2,8}|#)([.)])(?: +|$)")
_FIELD = re.compile(r":(?=\S)([^:`\n]{1,100}?)(?<![\s\\]):(?: +|$)")
_LINE_BLOCK = re.compile(r"\|(?: +|$)")
_OPTION = re.compile(r":([\w.+-]{1,40}):(?:[ \t]+(.*))?$")
_EXPLICIT = re.compile(r"\.\.(?:[ \t]+|$)")
_DIRECTIVE = re.compile(r"([A-Za-z][\w.+:-]{0,40}?)::(?:[ \t]+(.*))?$")
_SUBSTITUTION_DEFINITION = re.compile(r"\|(?=\S)([^|\n]{1,100}?)(?<=\S)\|[ \t]+([A-Za-z][\w.+:-]{0,40}?)::"
                                      r"(?:[ \t]+(.*))?$")
_FOOTNOTE = re.compile(r"\[([^\]\s]{1,40})\](?:[ \t]+(.*))?$")
_ANONYMOUS_TARGET = re.compile(r"__(?: |$)")
_UNICODE_CODE = re.compile(r"(?:0x|x|\\x|U\+|u|\\u|&#x)([0-9a-fA-F]{1,6});?|&#(\d{1,7});")  # a whole word
_MAX_NESTING = 30  # blocks inside blocks deeper than this are read as plain lines

# Directives whose argument is a title the page shows above their content.
_TITLED = {"admonition", "topic", "sidebar", "table", "list-table", "csv-table", "rubric", "centered"}
_TABLES = {"table", "list-table", "csv-table"}
# Directives taking no argument: the text after "::" and the lines under it are their content.
_ADMONITIONS = {"attention", "caution", "danger", "error", "hint", "important", "note", "tip", "warning", "seealso",
                "todo"}
# Directives whose content is printed as written (a literal's lines).
_LITERAL = {"code", "code-block", "sourcecode", "math"}
# Directives the page does not show as text: its metadata, a generated table of contents or tree of pages, pictures,
# files read in when it is built, settings for what follows, the running head and foot of a printed copy.
_UNSHOWN = {"meta", "contents", "toctree", "image", "include", "literalinclude", "index", "highlight",
            "default-role", "role", "sectnum", "section-numbering", "header", "footer", "title", "tabularcolumns",
            "target-notes"}


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _dedented(lines: list[str]) -> list[str]:
    margin = min((_indent(line) for line in lines if line.strip()), default=0)
    return [line[margin:] if line.strip() else "" for line in lines]


def _indented_end(lines: list[str], start: int) -> int:
    """Where the lines from `start` that are blank or indented end, blank lines at their end left out."""
    end = start
    while end < len(lines) and (not lines[end].strip() or lines[end][0] == " "):
        end += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return end


def _is_adornment(line: str) -> bool:
    return _ADORNMENT.fullmatch(line.strip()) is not None and line[:1] != " "


def _underlines(title: str, adornment: str) -> bool:
    length = len(adornment.strip())
    return length >= _MIN_TRANSITION or length >= len(title.strip())


def _is_table_row(line: str) -> bool:
    """A row a grid table's bars already frame ("| a | b |", or a grid rule "+----+----+"): not a line block."""
    stripped = line.strip()
    return (stripped[:1] == "|" and stripped[-1:] == "|" and stripped.count("|") >= 3) \
        or (stripped[:2] in ("+-", "+=") and stripped[-1:] == "+")



def _simple_table_columns(line: str) -> list[int] | None:
    """Where the columns a simple table's rule ("=====  ======  ====") marks start; None for no such rule."""
    if line[:1] != "=" or set(line.rstrip()) - {"=", " "}:
        return None
    starts = [found.start() for found in _SIMPLE_TABLE_RULE.finditer(line)]
    return starts if len(starts) >= 2 else None


def _enumerator_value(enumerator: str) -> int | None:
    if enumerator.isdigit():
        return int(enumerator)
    if len(enumerator) == 1 and enumerator.isalpha():
        return ord(enumerator.lower()) - ord("a") + 1
    return None  # a Roman numeral, or "#"


def _unicode_text(codes: str) -> str:
    """A "unicode" substitution's characters: its codes ("U+2014", "0xA9", "&#169;") decoded, its other words as
    they are, run together; a comment after " .. " left out."""
    words = codes.split(" .. ")[0].split()
    return "".join(chr(min(int(code[1], 16) if code[1] else int(code[2]), 0x10FFFF))
                   if (code := _UNICODE_CODE.fullmatch(word)) else word for word in words)


def _html_text(lines: list[str]) -> list[str]:
    try:
        return html_to_text("\n".join(lines)).split("\n") if any(line.strip() for line in lines) else []
    except UnreadableFile:
        return []


def _only_shows(expression: str) -> bool:
    """Whether an "only" directive's content is on the page (a web page: the HTML builder's)."""
    words = re.findall(r"\w+", expression.lower())
    return any("html" in word for word in words) != ("not" in words)


def _substitutions(lines: list[str]) -> dict[str, str]:
    """The text each substitution defined anywhere in the page stands for (an image's: none)."""
    found: dict[str, str] = {}
    for i, line in enumerate(lines):
        explicit = _EXPLICIT.match(line.lstrip(" "))
        definition = _SUBSTITUTION_DEFINITION.match(line.lstrip(" ")[explicit.end():]) if explicit else None
        if definition is None:
            continue
        further: list[str] = []  # the definition's further lines, indented past its own
        for following in lines[i + 1:]:
            if not following.strip() or _indent(following) <= _indent(line):
                break
            further.append(following.strip())
        words = " ".join([definition[3] or "", *(text for text in further if not _OPTION.match(text))]).strip()
        kind = definition[2].lower()
        found[_substitution_key(definition[1])] = words if kind == "replace" else \
            _unicode_text(words) if kind == "unicode" else ""
    return found


class _Reader:
    """The page's blocks read one after another, those inside them (a list item's, a directive's) as bodies of their
    own; the substitutions the page defines stand for their text wherever they are used."""

    def __init__(self, lines: list[str]):
        self.substitutions = _substitutions(lines)
        # per body read, the line after which no simple table closes (a rule from there on found none): no rule below
        # it is tried again, each would scan to the end
        self.unclosed_from: dict[int, tuple[list[str], int]] = {}  # (the list kept: its id is not reused meanwhile)

    def inline(self, text: str) -> str:
        return _inline(text, self.substitutions).strip()

    def body(self, lines: list[str], lists_around: int = 0, bullets_around: int = 0, nesting: int = 0) -> list[str]:
        """The lines of the page a body of blocks (its lines dedented) shows; `lists_around` items hold it, of which
        `bullets_around` bullets."""
        if nesting > _MAX_NESTING:
            return [self.inline(line) for line in lines if line.strip()]
        out: list[str] = []
        enumeration: tuple[str, int] | None = None  # the open numbered list: its labels' form, its last number
        literal_next = False  # a paragraph ended "::": the indented block after it is a literal one
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                out.append("")
                i += 1
                continue
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if line[0] == " ":  # a block quote, a literal block, a definition: its lines as a body of their own
                end = _indented_end(lines, i)
                block = _dedented(lines[i:end])
                out += [text.rstrip() for text in block] if literal_next else \
                    self.body(block, lists_around, bullets_around, nesting + 1)
                literal_next = False
                i = end
                continue
            literal_next = False
            item = _ENUMERATOR.match(line)
            if item and (item[1] is None or item[3] == ")") and self._is_item(lines, i):
                form = f"{item[1] or ''}{item[3]}"  # "()", ")" or "."
                value = _enumerator_value(item[2])
                number = value if value is not None else (
                    enumeration[1] + 1 if enumeration and enumeration[0] == form else 1)
                if item[2] != "#":
                    label = item[0].strip()
                elif lists_around == 0:
                    label = f"{item[1] or ''}{number}{item[3]}"
                else:
                    label = point_letter(number) + ")"
                enumeration = (form, number)
                i = self._item(lines, i, item.end(), label, out, lists_around + 1, bullets_around, nesting)
                continue
            enumeration = None
            if _is_table_row(line):
                out.append(self.inline(line) if line.strip()[:1] == "|" else line.strip())
                i += 1
            elif _EXPLICIT.match(line):
                i = self._explicit(lines, i, out, lists_around, bullets_around, nesting)
            elif _ANONYMOUS_TARGET.match(line):
                i = _indented_end(lines, i + 1)
            elif (columns := _simple_table_columns(line)) is not None and (table := self._simple_table(lines, i,
                                                                                                        columns)):
                i, rows = table
                out += ["", *rows, ""]
            elif _is_adornment(line) and i + 2 < len(lines) and lines[i + 2].strip() == line.strip() \
                    and following.strip() and _underlines(following, line):  # a title between over- and underline
                out += ["", self.inline(following), ""]
                i += 3
            elif _is_adornment(line) and len(line.strip()) >= _MIN_TRANSITION:  # a transition: a rule
                i += 1
            elif following and _is_adornment(following) and _underlines(line, following):
                out += ["", self.inline(line), ""]
                i += 2
            elif field := _FIELD.match(line):
                i = self._item(lines, i, field.end(), self.inline(field[1]) + ":", out, lists_around, bullets_around,
                               nesting)
            elif _LINE_BLOCK.match(line):
                i = self._line_block(lines, i, out)
            elif bullet := _BULLET.match(line):
                i = self._item(lines, i, bullet.end(), "-" if bullets_around == 0 else "+", out, lists_around + 1,
                               bullets_around + 1, nesting)
            else:
                end = i + 1
                while end < len(lines) and lines[end].strip() and lines[end][0] != " ":
                    end += 1
                paragraph = self.inline(" ".join(text.strip() for text in lines[i:end]))
                literal_next = paragraph.endswith("::")
                if literal_next:  # "Paragraph::" shows "Paragraph:", "Paragraph ::" and "::" nothing more
                    paragraph = paragraph[:-1] if paragraph[-3:-2] not in ("", " ") else paragraph[:-2].rstrip()
                out += [paragraph] if paragraph else []
                i = end
        return out

    @staticmethod
    def _is_item(lines: list[str], i: int) -> bool:
        """An enumerator opens an item when the line after it is blank, indented or another item; otherwise it
        opens a paragraph ("2027. Năm …" wrapped onto a line of its own)."""
        following = lines[i + 1] if i + 1 < len(lines) else ""
        return not following.strip() or following[0] == " " or _ENUMERATOR.match(following) is not None

    def _item_lines(self, lines: list[str], i: int, text_start: int) -> tuple[int, list[str]]:
        """A list item's, a field's body: its first line's text after the mark, and the lines indented under it."""
        end = _indented_end(lines, i + 1)
        return end, [lines[i][text_start:].strip(), *_dedented(lines[i + 1:end])]

    def _item(self, lines: list[str], i: int, text_start: int, label: str, out: list[str], lists_around: int,
              bullets_around: int, nesting: int) -> int:
        end, body = self._item_lines(lines, i, text_start)
        shown = self.body(body, lists_around, bullets_around, nesting + 1)
        while shown and not shown[0]:
            shown.pop(0)
        while shown and not shown[-1]:
            shown.pop()
        out += [f"{label} {shown[0]}".strip(), *shown[1:]] if shown else [label]
        return end

    def _line_block(self, lines: list[str], i: int, out: list[str]) -> int:
        """A line block's lines ("| …"), a line's continuation (indented under it) joined to it."""
        shown: list[str] = []
        while i < len(lines) and lines[i].strip():
            mark = _LINE_BLOCK.match(lines[i])
            if mark:
                shown.append(lines[i][mark.end():].strip())
            elif lines[i][0] == " " and shown:
                shown[-1] += " " + lines[i].strip()
            else:
                break
            i += 1
        out += [self.inline(line) for line in shown]
        return i

    def _simple_table(self, lines: list[str], i: int, columns: list[int]) -> tuple[int, list[str]] | None:
        """Where a simple table from its top rule ends and its rows; None when no rule closes it. A row whose first
        column is blank goes on with the row above; the rules under the header and under spanned columns go."""
        known = self.unclosed_from.get(id(lines))
        if known is not None and known[0] is lines and i >= known[1]:
            return None
        rows: list[list[str]] = []
        j = i + 1
        while j < len(lines):
            line = lines[j]
            j += 1
            if _simple_table_columns(line) is not None:
                if j >= len(lines) or not lines[j].strip():  # the closing rule: a blank line after it
                    return j, [table_row([self.inline(cell) for cell in row]) for row in rows if any(row)]
                continue
            if not line.strip() or not set(line.strip()) - {"-", " "}:
                continue
            cells = [line[start:end].strip() for start, end in zip(columns, [*columns[1:], len(line)])]
            if rows and not cells[0]:
                rows[-1] = [f"{above} {cell}".strip() for above, cell in zip(rows[-1], cells)]
            else:
                rows.append(cells)
        self.unclosed_from[id(lines)] = (lines, i)
        return None

    def _explicit(self, lines: list[str], i: int, out: list[str], lists_around: int, bullets_around: int,
                  nesting: int) -> int:
        """An explicit markup block (".. …" and the lines indented under it): a directive, a footnote, or what the
        page does not show (a comment, a hyperlink target, a substitution's definition)."""
        head = lines[i][_EXPLICIT.match(lines[i]).end():].rstrip()
        if not head and not (lines[i + 1:i + 2] or [""])[0].strip():
            return i + 1  # an empty comment: it takes no block after a blank line
        end = _indented_end(lines, i + 1)
        under = _dedented(lines[i + 1:end])
        directive = _DIRECTIVE.match(head)
        footnote = _FOOTNOTE.match(head)
        if directive:
            out += ["", *self._directive(directive[1].lower(), directive[2] or "", under, lists_around,
                                         bullets_around, nesting), ""]
        elif footnote:
            label = footnote[1]
            shown = self.body([footnote[2] or "", *under], lists_around, bullets_around, nesting + 1)
            shown = [line for line in shown if line]
            if shown and label[0] not in "#*":
                shown[0] = f"[{label}] {shown[0]}"
            out += shown
        return end

    def _directive(self, name: str, argument: str, under: list[str], lists_around: int, bullets_around: int,
                   nesting: int) -> list[str]:
        arguments: list[str] = [argument.strip()] if argument.strip() else []
        options: dict[str, str] = {}
        j = 0
        while j < len(under) and under[j].strip():  # the argument's further lines and the options, up to a blank
            option = _OPTION.match(under[j])
            if option:
                options[option[1].lower()] = (option[2] or "").strip()
            elif options or name not in _TITLED:
                break  # no argument to go on: the content starts here
            else:
                arguments.append(under[j].strip())
            j += 1
        content = under[j:]
        argument = " ".join(arguments)
        if name in _UNSHOWN or (name == "only" and not _only_shows(argument)):
            return []
        if name == "raw":  # markup for the web page shows its text there; for another format (LaTeX), nothing
            return _html_text(content) if "html" in argument.lower() else []
        if name in _LITERAL:
            return [line.rstrip() for line in _dedented(content) if line.strip()]
        if name in _ADMONITIONS:
            content = [argument, *content] if argument else content
        title = [self.inline(argument)] if name in _TITLED and argument else []
        if name in _TABLES and title:
            # (a caption is the table's own, as HTML holds it inside: a row of its one cell above the others, not a
            # paragraph of the text, which would read as one of its items)
            title = [table_row(title)]
        if name == "list-table":
            return [*title, *self._list_table(content, nesting)]
        if name == "csv-table":
            return [*title, *self._csv_table(content, options)]
        return [*title, *self.body(_dedented(content), lists_around, bullets_around, nesting + 1)]

    def _bullet_items(self, lines: list[str]) -> list[list[str]]:
        """The bodies of a bullet list's items (its other lines left out)."""
        items: list[list[str]] = []
        i = 0
        while i < len(lines):
            bullet = _BULLET.match(lines[i])
            if bullet is None:
                i += 1
                continue
            i, body = self._item_lines(lines, i, bullet.end())
            items.append(body)
        return items

    def _cell(self, body: list[str], nesting: int) -> str:
        return " ".join(line.strip() for line in self.body(body, nesting=nesting + 1) if line.strip())

    def _list_table(self, content: list[str], nesting: int) -> list[str]:
        """A list table's rows: its items, each a bullet list of cells."""
        rows = [[self._cell(cell, nesting) for cell in self._bullet_items(row)]
                for row in self._bullet_items(_dedented(content))]
        width = max((len(row) for row in rows), default=0)
        return [table_row(row + [""] * (width - len(row))) for row in rows if any(row)]

    def _csv_table(self, content: list[str], options: dict[str, str]) -> list[str]:
        """A CSV table's rows, its header option's first (a table in a file of its own shows nothing here)."""
        delimiter = {"tab": "\t", "space": " "}.get(options.get("delim", ""), options.get("delim", "")[:1] or ",")
        quote = options.get("quote", "")[:1] or '"'
        escape = options.get("escape", "")[:1] or None
        try:
            rows = [*csv.reader([options["header"]], skipinitialspace=True)] if options.get("header") else []
            rows += csv.reader((line for line in _dedented(content) if line.strip()), delimiter=delimiter,
                               quotechar=quote, escapechar=escape,
                               skipinitialspace="keepspace" not in options and not delimiter.isspace())
        except (csv.Error, ValueError):  # (a quote left open, a delimiter that is the quote too): the lines as they are
            rows = [[line] for line in content if line.strip()]
        return [table_row([self.inline(" ".join(cell.split())) for cell in row]) for row in rows if any(row)]


def restructuredtext_as_text(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    shown = _Reader(lines).body(lines)
    out: list[str] = []
    for line in shown:  # one blank line between blocks, as the page spaces them
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"
