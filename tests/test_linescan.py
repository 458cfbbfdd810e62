import re

import pytest

from vnplan.linescan import after_a_break

_TEXTS = ["1.Tổ chức\n2.Đề nghị", "  12:30\nTrần Văn A\n12:31  \n", "", "\n\n", "a\n*KẾ HOẠCH*\n*Số 12*\nb"]


@pytest.mark.parametrize("source", [r"(?m)^\d{1,2}[.)](?=[A-ZĐ])", r"(?m)^[ \t]*\d{1,2}:\d{2}[ \t]*$",
                                    r"(?m)^\*[^\s*][^\n]*\*$", r"^(\w)\w*$"])
def test_finds_the_lines_the_pattern_opening_on_a_caret_finds(source):
    line_opening = re.compile(source, re.M)
    scan = after_a_break(line_opening)
    for text in _TEXTS:
        assert [m.groups() for m in scan.finditer("\n" + text)] == [m.groups() for m in line_opening.finditer(text)]
        assert len(scan.findall("\n" + text)) == len(line_opening.findall(text))


def test_refuses_a_pattern_that_does_not_open_a_line():
    with pytest.raises(ValueError):
        after_a_break(re.compile(r"\d+", re.M))
