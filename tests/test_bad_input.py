"""Bad input gets a clear message and a non-zero exit, never a traceback."""
import io
import json

import docx
import pytest
from typer.testing import CliRunner

import vnplan
from vnplan.cli import app

runner = CliRunner()


def _run(*args):
    return runner.invoke(app, ["extract", *map(str, args), "--json"])


def _write(path, data):
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _truncated_docx(path):
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.save(buffer)
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    return path


@pytest.mark.parametrize("make,message", [
    (lambda p: _write(p / "empty.txt", b""), "Tệp rỗng"),
    (lambda p: _write(p / "blob.txt", bytes(range(256)) * 20), "nhị phân"),
    (lambda p: _write(p / "tcvn3.txt",
        "Céng hoµ x· héi chñ nghÜa ViÖt Nam. KÕ ho¹ch cña UBND tØnh vÒ c¸c nhiÖm vô n¨m 2024, ngµy 12 th¸ng 3. "
        .encode("cp1252") * 5), "TCVN3"),
    (lambda p: _truncated_docx(p / "broken.docx"), "DOCX bị hỏng"),
    (lambda p: _write(p / "broken.pdf", b"%PDF-1.7\n1 0 obj <<>> garbage"), "PDF bị hỏng"),
    (lambda p: _write(p / "missing.txt", "x").unlink() or p / "missing.txt", "Không đọc được"),
    (lambda p: _write(p / "news.html",
        "<html><body><h1>Hỏi đáp: thủ tục cấp đổi giấy phép lái xe</h1><p>Bạn đọc hỏi: tôi cần chuẩn bị giấy tờ gì?"
        "</p><p>Trả lời: người dân mang theo căn cước và giấy phép cũ đến bộ phận một cửa.</p></body></html>"),
        "không phải là kế hoạch"),
])
def test_bad_file_gives_a_clear_error_and_exit_1(tmp_path, make, message):
    path = make(tmp_path)
    result = _run(path)
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert payload["file"] == str(path)
    assert message in payload["error"]
    assert "Traceback" not in result.output


def test_one_bad_file_does_not_stop_the_others(tmp_path, sample_text):
    good = tmp_path / "good.txt"
    good.write_text(sample_text, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = _run(bad, good)
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert [("error" in item) for item in payload] == [True, False]
    assert payload[1]["document"]["number"] == "215/KH-UBND"


def test_library_raises_typed_errors(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"   ")
    with pytest.raises(vnplan.UnreadableFile) as info:
        vnplan.extract(tmp_path / "empty.txt")
    assert info.value.vi.startswith("Tệp rỗng") and info.value.en.startswith("empty file")


def test_human_report_in_the_terminal(tmp_path, sample_text):
    path = tmp_path / "kh.txt"
    path.write_text(sample_text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0
    assert "Nhiệm vụ theo cơ quan chủ trì" in result.output
    assert "215/KH-UBND" in result.output and "Sở Nội vụ" in result.output
