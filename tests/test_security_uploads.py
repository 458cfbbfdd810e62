"""Uploads are looked at by their container, not only their first bytes; DOCX bombs are refused before inflating."""
import io
import zipfile

import docx
import pytest

from security_world import PERIOD_A, TASK_A, build, signed_in, task_id
from vnplan.errors import UnreadableFile
from vnplan.read.docx import read_docx


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def _word() -> bytes:
    document = docx.Document()
    document.add_paragraph("Biên bản nghiệm thu")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _with(base: bytes, name: str, data: bytes) -> bytes:
    out = io.BytesIO(base)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return out.getvalue()


BOMB = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (60 * 1024 * 1024)})


@pytest.fixture
def app(db, tmp_path):
    return build(db, tmp_path)


@pytest.mark.parametrize("filename, content", [
    ("bao-cao.docx", _with(_word(), "word/vbaProject.bin", b"macro")),
    ("bao-cao.docx", _zip({"noi-dung.txt": b"khong phai Word"})),
    ("bao-cao.docx", BOMB),
    ("so-lieu.xlsx", _zip({"[Content_Types].xml": b"<Types/>"})),
    ("bao-cao.doc", b"\xd0\xcf\x11\xe0" + b"\0" * 100 + "_VBA_PROJECT".encode("utf-16-le")),
    ("bien-ban.pdf", b"%PDF-1.4\n1 0 obj <<>> endobj\n"),
    ("anh.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 20),
])
def test_uploads_are_refused_by_what_their_container_holds(app, filename, content):
    agency = signed_in(app, "tttt_a")
    report = agency.post(f"/api/tasks/{task_id(app, TASK_A)}/reports", json={"period": PERIOD_A, "result": "Có tệp"}).json()
    r = agency.post(f"/api/reports/{report['id']}/attachments", files={"file": (filename, content, "application/octet-stream")})
    assert r.status_code == 400 and r.json()["detail"] and r.json()["detail_en"]


def test_a_real_word_file_is_accepted(app):
    agency = signed_in(app, "tttt_a")
    report = agency.post(f"/api/tasks/{task_id(app, TASK_A)}/reports", json={"period": PERIOD_A, "result": "Có tệp"}).json()
    r = agency.post(f"/api/reports/{report['id']}/attachments", files={"file": ("bien-ban.docx", _word(), "application/octet-stream")})
    assert r.status_code == 200


def test_a_docx_bomb_is_refused_before_it_is_inflated():
    with pytest.raises(UnreadableFile, match="bung ra quá lớn"):
        read_docx(BOMB, "ke-hoach.docx")
    assert "Biên bản nghiệm thu" in read_docx(_word(), "bien-ban.docx").text
