"""A real server (two workers) under bodies meant to exhaust its memory: 20 anonymous clients send
200 MB bodies, 5 signed-in people upload a DOCX that inflates to 100 MB. Every one is refused
with a 4xx, nothing is stored, and the server's processes together stay under 500 MB."""
import io
import os
import select
import socket
import threading
import zipfile

import httpx
import pytest
import sqlalchemy

from security_world import PERIOD_A, PERIOD_B, TASK_A, TASK_B, database_digest, password, populate
from servers import free_port, memory_peak_mb, start_vnplan, stop, wait_until_up
from vnplan.register import Database
from vnplan.register.models import Task

MEMORY_LIMIT_MB = 500
HUGE = 200 * 1024 * 1024
INFLATED = 100 * 1024 * 1024
CHUNK = b"x" * 65536


MULTIPART = "multipart/form-data; boundary=b"
FILE_PART = b'--b\r\nContent-Disposition: form-data; name="file"; filename="ke-hoach.pdf"\r\n\r\n%PDF-1.4\n'


def post_streamed(port: int, path: str, content_type: str, declare_length: bool) -> int:
    """POST a HUGE body made of one small chunk sent again and again (the test never holds it), with a
    declared length or chunked; stop sending as soon as the server answers. Returns the status.
    A multipart body is a file part that never ends."""
    with socket.create_connection(("127.0.0.1", port), timeout=60) as connection:
        framing = f"Content-Length: {HUGE}" if declare_length else "Transfer-Encoding: chunked"
        connection.sendall(f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {content_type}\r\n"
                           f"{framing}\r\n\r\n".encode())
        frame = (lambda data: data) if declare_length else (lambda data: b"%x\r\n%s\r\n" % (len(data), data))
        if content_type == MULTIPART:
            connection.sendall(frame(FILE_PART))
        piece = frame(CHUNK)
        sent = 0
        while sent < HUGE and not select.select([connection], [], [], 0)[0]:
            try:
                connection.sendall(piece)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(CHUNK)
        answer = b""
        while b"\r\n" not in answer:
            received = connection.recv(4096)
            if not received:
                break
            answer += received
    return int(answer.split(b" ", 2)[1])


def docx_bomb() -> bytes:
    """A DOCX of ~100 KB whose document part inflates to 100 MB, written piece by piece."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                                               'package/2006/content-types"/>')
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            line = "<w:p><w:r><w:t>Giao Sở Thông tin và Truyền thông chủ trì</w:t></w:r></w:p>".encode() * 1000
            for _ in range(INFLATED // len(line)):
                part.write(line)
    return buffer.getvalue()


def _files(folder) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and "sqlite" not in p.name}


@pytest.fixture
def server(tmp_path):
    data = tmp_path / "data"
    url = f"sqlite:///{tmp_path / 'vnplan.sqlite'}"
    db = Database(url)
    populate(db, tmp_path)
    port = free_port()
    process = start_vnplan(dict(os.environ, VNPLAN_DATA_DIR=str(data), VNPLAN_DATABASE_URL=url), port,
                           tmp_path / "serve.log", workers=2)
    try:
        wait_until_up(f"http://127.0.0.1:{port}")
        yield db, port, process, data
    finally:
        stop(process)
        db.engine.dispose()


def _signed_in(base: str, username: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=120)
    r = client.post("/api/login", json={"username": username, "password": password(username)})
    assert r.status_code == 200, r.text
    client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
    return client


def test_huge_bodies_and_inflating_documents_are_refused_in_bounded_memory(server):
    db, port, process, data = server
    base = f"http://127.0.0.1:{port}"
    with db.session() as s:
        task_of = {prefix: s.scalar(sqlalchemy.select(Task.id).where(Task.text.like(prefix + "%"))) for prefix in (TASK_A, TASK_B)}
    uploads = []  # (client, path): three intakes of a plan, two attachments to a draft report
    for username in ("stc_a", "stc_a2", "stc_b"):
        uploads.append((_signed_in(base, username), "/api/intake"))
    for username, task, period in (("tttt_a", TASK_A, PERIOD_A), ("tttt_b", TASK_B, PERIOD_B)):
        client = _signed_in(base, username)
        report = client.post(f"/api/tasks/{task_of[task]}/reports", json={"period": period, "result": "Dự thảo"}).json()
        uploads.append((client, f"/api/reports/{report['id']}/attachments"))
    bomb = docx_bomb()
    assert len(bomb) < 1024 * 1024
    digest, files = database_digest(db), _files(data)

    answers: dict[str, int] = {}

    def anonymous(n: int) -> None:
        declared = n % 2 == 0
        path, kind = ("/api/login", "application/json") if n % 4 < 2 else ("/api/intake", MULTIPART)
        answers[f"anonymous {n} {path} {'declared' if declared else 'chunked'}"] = post_streamed(port, path, kind, declared)

    def upload(n: int) -> None:
        client, path = uploads[n]
        r = client.post(path, files={"file": ("ke-hoach.docx", bomb, "application/vnd.openxmlformats-officedocument."
                                                                     "wordprocessingml.document")})
        answers[f"upload {n} {path}: {r.text[:120]}"] = r.status_code

    threads = [threading.Thread(target=anonymous, args=(n,)) for n in range(20)]
    threads += [threading.Thread(target=upload, args=(n,)) for n in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)

    assert len(answers) == 25
    assert all(400 <= status < 500 for status in answers.values()), answers
    assert all(status == 413 for name, status in answers.items() if name.startswith("anonymous")), sorted(answers.items())
    peak = memory_peak_mb(process.pid)
    print(f"server peak memory, all processes: {peak:.0f} MB")
    assert peak < MEMORY_LIMIT_MB
    assert database_digest(db) == digest and _files(data) == files
    assert httpx.get(f"{base}/login").status_code == 200  # and it still serves
