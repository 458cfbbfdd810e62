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


# A legal Q&A page: it quotes a decree's duties ("Chủ tịch Ủy ban nhân dân cấp xã có quyền: …", "Sở Tư pháp có
# trách nhiệm …"), which read like tasks, but it is nobody's plan: no type, no number.
QUESTION_AND_ANSWER = """# Mức xử phạt khi để rác không đúng nơi quy định là bao nhiêu?

**Để rác không đúng nơi quy định bị phạt bao nhiêu? Ai có thẩm quyền xử phạt?**

**Mức phạt khi để rác không đúng nơi quy định**

Căn cứ khoản 2 Điều 25 Nghị định 45/2022/NĐ-CP quy định như sau:

1. Phạt tiền từ 500.000 đồng đến 1.000.000 đồng đối với hành vi để rác không đúng nơi quy định.

**Thẩm quyền xử phạt**

Căn cứ Điều 56 Nghị định 45/2022/NĐ-CP quy định:

1. Chủ tịch Ủy ban nhân dân cấp xã có quyền:

a) Phạt cảnh cáo;

b) Phạt tiền đến 10.000.000 đồng;

c) Tịch thu tang vật vi phạm hành chính.

2. Sở Tài nguyên và Môi trường có trách nhiệm hướng dẫn, kiểm tra việc thu gom rác trên địa bàn tỉnh.

3. Ủy ban nhân dân cấp huyện chủ trì, phối hợp với Công an huyện tổ chức kiểm tra định kỳ hằng quý.

Trên đây là nội dung tư vấn, bạn đọc tham khảo.
"""


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
        "Không nhận ra văn bản hành chính"),
    (lambda p: _write(p / "hoi-dap.md", QUESTION_AND_ANSWER), "Không nhận ra văn bản hành chính"),
    (lambda p: _write(p / "thong-bao.txt",
        "THÔNG BÁO\nVề lịch nghỉ Tết Nguyên đán của cơ quan\n\nCơ quan nghỉ từ ngày 26 tháng 1 đến hết ngày 2 tháng 2."
        "\nCán bộ trực theo lịch đã phân công.\n"), "không phải là kế hoạch"),
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
