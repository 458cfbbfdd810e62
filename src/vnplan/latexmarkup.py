"""LaTeX source holding a document (pandoc's conversion of a Word file, a hand-set plan), read as the lines the printed
page shows.

The preamble before `\\begin{document}` and the comments go. A paragraph (lines up to a blank one) becomes one line,
a `\\\\` breaks it; a sectioning command gives its title alone on its line; a table (`tabular`, `longtable` …) gives one
`| … |` line per row, its cells split at `&`, a cell's own paragraphs joined; a list gives one line per `\\item`,
labelled as the list prints it: a numbered one by its counter in the style the document sets
(`\\def\\labelenumi{\\arabic{enumi}.}`, `\\renewcommand{\\labelenumii}{\\alph{enumii})}`, enumitem's `label=\\alph*)`)
or, unset, "1." then "a)" as Word numbers a plan's points, a bulleted one by "- ". Emphasis and layout commands keep
their words (`\\textbf{…}`, `\\emph{…}`, `\\href{…}{words}`), spacing and rules go, escapes give their character
(`\\%`, `\\&`, `~`).
"""
from __future__ import annotations

import re

from .lexicon import point_letter, roman_numeral
from .tablerows import table_row

_DOCUMENT = re.compile(r"\\begin\{document\}(.*?)(?:\\end\{document\}|\Z)", re.S)
_COMMENT = re.compile(r"(?<!\\)%[^\n]*")
_BEGIN = re.compile(r"\\begin\{([A-Za-z*]+)\}")
_TABLES = {"tabular", "tabular*", "tabularx", "longtable", "longtable*", "tabulary", "supertabular", "xltabular",
           "array"}
_LISTS = {"enumerate", "itemize", "description", "compactenum", "compactitem", "enumerate*", "itemize*"}
_VERBATIM = {"verbatim", "verbatim*", "lstlisting", "Verbatim"}
_TABLE_RULES = re.compile(r"\\(?:toprule|midrule|bottomrule|hline|cline\{[^{}]*\}|cmidrule(?:\([^()]*\))?\{[^{}]*\}"
                          r"|noalign\{[^{}]*\}|endhead|endfoot|endlastfoot|addlinespace(?:\[[^\]]*\])?)")
_REPEATED_HEAD = re.compile(r"\\endfirsthead.*?\\endhead", re.S)  # (older pandoc repeats the head for later pages)
_SECTIONING = re.compile(r"\\(?:part|chapter|section|subsection|subsubsection|paragraph|subparagraph)\*?(?=\s*[\[{])")
_LINE_BREAK = re.compile(r"\\\\(?:\*?\s*\[[^\]\n]*\])?|\\newline\b|\\par\b(?!\w)")
_LABEL_STYLE = re.compile(r"\\(?:def\s*\\label(enum[iv]+)|renewcommand\s*\{?\\label(enum[iv]+)\}?)\s*\{")
_ENUMITEM_LABEL = re.compile(r"^\s*\[[^\]\n]*?label\s*=\s*([^,\]\n]+)")
_ITEM = re.compile(r"\\item\b(?:\s*\[([^\]\n]*)\])?")
# Commands whose arguments hold no words of the page (a reference's key, a length, a picture's file).
_ARGUMENTS_DROPPED = {"label": 1, "ref": 1, "pageref": 1, "hspace": 1, "vspace": 1, "rule": 2, "setlength": 2,
                      "addtolength": 2, "setcounter": 2, "addtocounter": 2, "includegraphics": 1, "footnote": 1,
                      "pagestyle": 1, "thispagestyle": 1, "newcommand": 2, "renewcommand": 2, "providecommand": 2,
                      "hypersetup": 1, "usepackage": 1, "color": 1, "pagenumbering": 1, "phantomsection": 0,
                      "bookmark": 1, "vskip": 0, "hskip": 0, "footnotetext": 1, "index": 1, "urlstyle": 1}
_WORDS_IN_SECOND = {"href": 2, "textcolor": 2, "colorbox": 2, "foreignlanguage": 2, "multicolumn": 3,
                    "multirow": 3, "makebox": 1, "parbox": 2, "resizebox": 3, "scalebox": 2, "raisebox": 2}
_ESCAPES = {"%": "%", "&": "&", "_": "_", "#": "#", "$": "$", "{": "{", "}": "}", " ": " ", ",": " ", ";": " ",
            "-": "", "/": "", "@": "", "textbackslash": "\\", "ldots": "…", "dots": "…", "textendash": "–",
            "textemdash": "—", "LaTeX": "LaTeX", "TeX": "TeX", "S": "§", "textperthousand": "‰", "textdegree": "°",
            "quad": " ", "qquad": " ", "enspace": " ", "thinspace": " ", "textquotedblleft": "“",
            "textquotedblright": "”", "geq": "≥", "ge": "≥", "leq": "≤", "le": "≤", "times": "×", "pm": "±",
            "approx": "≈", "neq": "≠"}
_SPACES = re.compile(r"[ \t]*")
_MATH_SHIFT = re.compile(r"(?<!\\)\$")  # "$\geq 95\%$": the formula's marks, its symbols kept
_MAX_INLINE_DEPTH = 30
_SET_COUNTER = re.compile(r"\\setcounter\{enum[iv]+\}\{(\d{1,4})\}")  # a list going on after a paragraph
_START_OPTION = re.compile(r"^\s*\[[^\]\n]*?\bstart\s*=\s*(\d{1,4})")
_COMMAND = re.compile(r"\\([A-Za-z]+|[^A-Za-z\n])\*?")
_DASHES = re.compile(r"(?<![-\w])---(?![-\w])|(?<=\S)---(?=\S)(?<!----)|(?<!-)--(?!-)")
_COUNTER_STYLES = (("arabic", str), ("alph", point_letter), ("Alph", lambda n: point_letter(n).upper()),
                   ("roman", lambda n: roman_numeral(n).lower()), ("Roman", roman_numeral))
_DEFAULT_LABELS = ("\\arabic*.", "\\alph*)", "-", "-")
_ENVIRONMENT_ARGUMENTS = {"minipage": 1, "multicols": 1, "wrapfigure": 2, "wraptable": 2, "adjustbox": 1,
                          "otherlanguage": 1, "list": 2}  # (a width, a column count: no words of the page)
_OPTIONS = re.compile(r"\s*\[[^\]\n]*\]")
_MAX_DEPTH = 8  # environments nested deeper than this are read as plain text (a broken or hostile file)


def looks_like_latex(text: str) -> bool:
    head = text[:200000]
    if "\\begin{" not in head or "\\end{" not in head:
        return False
    return "\\begin{document}" in head or sum(mark in head for mark in (
        "\\section", "\\item", "\\textbf{", "\\emph{", "\\end{tabular", "\\end{longtable", "\\documentclass")) >= 2


def _closing_brace(text: str, start: int) -> int:
    """The index just after the group opening at `start` ("{"); one past the text's end when it never closes (so that
    the group's content, up to the index before, runs to the end)."""
    depth, k = 0, start
    while k < len(text):
        char = text[k]
        if char == "\\":
            k += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    return len(text) + 1


def _environment_end(text: str, name: str, start: int) -> tuple[int, int]:
    """(where the environment's content ends, where its `\\end{name}` ends), counting the same environment nested."""
    opening, closing = f"\\begin{{{name}}}", f"\\end{{{name}}}"
    depth, k = 1, start
    next_close = text.find(closing, k)  # (kept while openings before it are counted: each search goes forward once)
    while next_close >= 0:
        next_open = text.find(opening, k, next_close)
        if next_open >= 0:
            depth, k = depth + 1, next_open + len(opening)
            continue
        depth -= 1
        if depth == 0:
            return next_close, next_close + len(closing)
        k = next_close + len(closing)
        next_close = text.find(closing, k)
    return len(text), len(text)


def _split_at_top(text: str, separator: re.Pattern) -> tuple[list[str], list[re.Match]]:
    """`text` split where `separator` matches outside braces and nested environments, and the matches."""
    pieces, found, depth, start, k = [], [], 0, 0, 0
    while k < len(text):
        char = text[k]
        if char == "{":
            depth += 1
        elif char == "}":
            depth = max(depth - 1, 0)
        elif char == "\\" and text.startswith(("\\begin{", "\\end{"), k):
            depth = depth + 1 if text[k + 1] == "b" else max(depth - 1, 0)
            k = text.find("}", k) + 1 or len(text)
            continue
        if depth == 0 and char in "\\&":
            match = separator.match(text, k)
            if match:
                pieces.append(text[start:k])
                found.append(match)
                start = k = match.end()
                continue
        k += 2 if char == "\\" else 1
    pieces.append(text[start:])
    return pieces, found


_ROW_END = re.compile(r"\\\\(?:\*?\s*\[[^\]\n]*\])?|\\tabularnewline\b")
_CELL = re.compile("&")


def _table_rows(content: str, depth: int) -> list[str]:
    content = re.sub(r"^\s*(?:\[[^\]\n]*\])?\s*", "", content)
    if content.startswith("{"):  # the column specification
        content = content[_closing_brace(content, 0):]
    content = _TABLE_RULES.sub(" ", _REPEATED_HEAD.sub(" ", content))
    rows = []
    for row in _split_at_top(content, _ROW_END)[0]:
        cells = [" ".join(_blocks(cell, depth + 1, [])).strip() for cell in _split_at_top(row, _CELL)[0]]
        if any(cells):
            rows.append(table_row(cells))
    return rows


def _label_template(content: str, level: int, styles: dict[str, str]) -> tuple[str, str]:
    """The label template of a numbered list `level` deep (0: outermost) and its content without the style's
    setting."""
    enumitem = _ENUMITEM_LABEL.match(content)
    if enumitem:
        return enumitem[1].strip(), content[enumitem.end():].split("]", 1)[-1]
    counter = "enum" + roman_numeral(level + 1).lower()
    setting = next((found for found in _LABEL_STYLE.finditer(content) if (found[1] or found[2]) == counter), None)
    if setting:
        end = _closing_brace(content, setting.end() - 1)
        styles[counter] = content[setting.end():end - 1]
        content = content[:setting.start()] + content[end:]
    return styles.get(counter, _DEFAULT_LABELS[min(level, len(_DEFAULT_LABELS) - 1)]), content


def _label(template: str, count: int) -> str:
    label = re.sub(r"\{[^{}]*\}", "", template.replace("*", ""))
    for name, form in _COUNTER_STYLES:
        label = re.sub(rf"\\{name}(?![A-Za-z])", lambda _: form(count), label)
    return label.replace("\\textbullet", "-").replace("\\bullet", "-").replace("$", "").strip() or "-"


def _list_items(name: str, content: str, depth: int, level: int, styles: dict[str, str]) -> list[str]:
    numbered = name.startswith(("enumerate", "compactenum"))
    start = _START_OPTION.match(content) if numbered else None
    template, content = _label_template(content, level, styles) if numbered else ("-", content)
    pieces, items = _split_at_top(content, _ITEM)
    set_counter = _SET_COUNTER.search(pieces[0]) if numbered else None
    first = int(start[1]) if start else int(set_counter[1]) + 1 if set_counter else 1
    lines: list[str] = []
    for count, (item, body) in enumerate(zip(items, pieces[1:]), first):
        label = _inline(item[1]) if item[1] is not None else _label(template, count) if numbered else "-"
        inner = _blocks(body, depth + 1, [], styles, level + numbered)
        if inner and not inner[0].startswith("| "):
            inner[0] = f"{label} {inner[0]}".strip()
        else:
            inner.insert(0, label)
        lines += inner
    return lines


def _blocks(text: str, depth: int, lines: list[str], styles: dict[str, str] | None = None, level: int = 0) -> list[str]:
    """The lines of a piece of the body: its paragraphs, tables and lists in order; `level` counts the numbered lists
    around it."""
    styles = {} if styles is None else styles
    k = 0
    for begin in _BEGIN.finditer(text):
        if begin.start() < k:
            continue  # inside an environment read already
        name = begin[1]
        end, after = _environment_end(text, name, begin.end())
        lines += _paragraphs(text[k:begin.start()])
        content = text[begin.end():end]
        if depth >= _MAX_DEPTH:
            lines += _paragraphs(content)
        elif name in _TABLES:
            lines += _table_rows(content, depth)
        elif name in _LISTS:
            lines += _list_items(name, content, depth, level, styles)
        elif name in _VERBATIM:
            lines += content.strip("\n").split("\n")
        else:
            _blocks(_without_arguments(content, _ENVIRONMENT_ARGUMENTS.get(name, 0)), depth + 1, lines, styles, level)
        k = after
    lines += _paragraphs(text[k:])
    return lines


def _without_arguments(content: str, count: int) -> str:
    """An environment's content without its options ("[t]") and its `count` arguments."""
    for _ in range(count + 1):
        options = _OPTIONS.match(content)
        content = content[options.end():] if options else content
        if count and content.lstrip().startswith("{"):
            content = content.lstrip()
            content, count = content[_closing_brace(content, 0):], count - 1
    return content


def _paragraphs(text: str) -> list[str]:
    text = _SECTIONING.sub(lambda found: "\n\n" + found[0], text)
    lines = []
    for paragraph in re.split(r"\n\s*\n", text):
        for line in _LINE_BREAK.split(paragraph):
            line = re.sub(r"\s+", " ", _inline(line)).strip()
            if line:
                lines.append(line)
    return lines


def _inline(text: str, depth: int = 0) -> str:
    """A paragraph's words without the commands around them; commands nested deeper than a page's lose their marks
    alone."""
    if depth == 0:
        text = _MATH_SHIFT.sub("", text)
    if depth > _MAX_INLINE_DEPTH:
        return _COMMAND.sub(" ", text).replace("{", "").replace("}", "")
    out, k = [], 0
    while True:
        command = _COMMAND.search(text, k)
        if command is None:
            out.append(text[k:])
            break
        out.append(text[k:command.start()])
        name, k = command[1], command.end()
        if name in _ESCAPES:
            out.append(_ESCAPES[name])
            continue
        arguments = []
        while True:
            spaced = _SPACES.match(text, k).end() - k
            opener = text[k + spaced:k + spaced + 1]
            if opener == "[" and not arguments:
                close = text.find("]", k + spaced)
                k = close + 1 if close >= 0 else len(text)
            elif opener == "{":
                end = _closing_brace(text, k + spaced)
                arguments.append(text[k + spaced + 1:end - 1])
                k = end
            else:
                break
            if len(arguments) >= max(_ARGUMENTS_DROPPED.get(name, 0), _WORDS_IN_SECOND.get(name, 1)):
                break
        if name in _ARGUMENTS_DROPPED:
            kept = arguments[_ARGUMENTS_DROPPED[name]:]
        elif name in _WORDS_IN_SECOND:
            kept = arguments[_WORDS_IN_SECOND[name] - 1:]
        else:
            kept = arguments
        words = " ".join(_inline(argument, depth + 1) for argument in kept)
        out.append(words)
    text = "".join(out).replace("~", " ").replace("{", "").replace("}", "")
    return _DASHES.sub(lambda dash: "—" if dash[0] == "---" else "–", text)


def latex_as_text(text: str) -> str:
    document = _DOCUMENT.search(text)
    body = _COMMENT.sub("", document[1] if document else text)
    return "\n".join(_blocks(body, 0, [])) + "\n"
