"""Reminder e-mails delivered to a real SMTP server (aiosmtpd) started by the test on loopback."""
from email import message_from_bytes
from email.header import decode_header, make_header

import pytest
from aiosmtpd.controller import Controller
from typer.testing import CliRunner

from conftest import SAMPLE
from servers import free_port
from vnplan.cli import app as cli
from vnplan.monitor import reminders, users
from vnplan.register import Database, ingest
from vnplan.register import agencies as registry


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 OK"


@pytest.fixture
def smtp(monkeypatch):
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("VNPLAN_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("VNPLAN_SMTP_PORT", str(port))
    monkeypatch.setenv("VNPLAN_SMTP_FROM", "theo-doi@stc.quangbinh.gov.vn")
    yield inbox
    controller.stop()


def _world(url: str) -> Database:
    db = Database(url)
    ingest(db, [SAMPLE])
    with db.session() as s, s.begin():
        tt = registry.find(s, "Sở Thông tin và Truyền thông", "Quảng Bình")[0]
        ct = registry.find(s, "Sở Công Thương", "Quảng Bình")[0]
        users.create_user(s, "tttt", "mat-khau-tttt", "agency", "Nguyễn Văn An", agency=tt, email="an@stttt.gov.vn")
        users.create_user(s, "ct", "mat-khau-ct", "agency", "Trần Thị Bình", agency=ct, email="binh@sct.gov.vn")
        users.create_user(s, "khong-thu", "mat-khau-kt", "agency", agency=ct)  # no e-mail: not written to
    return db


def test_overdue_reports_are_mailed_to_focal_points(tmp_path, smtp):
    db = _world(f"sqlite:///{tmp_path / 'r.sqlite'}")
    with db.session() as s:
        assert reminders.send(s, days=7) == 2
    by_recipient = {tuple(rcpt): msg for rcpt, msg in smtp.messages}
    assert set(by_recipient) == {("an@stttt.gov.vn",), ("binh@sct.gov.vn",)}
    msg = by_recipient[("an@stttt.gov.vn",)]
    assert "Nhắc hạn báo cáo" in str(make_header(decode_header(msg["Subject"])))
    text = msg.get_payload(decode=True).decode(msg.get_content_charset() or "utf-8")
    assert "215/KH-UBND" in text and "QUÁ HẠN" in text and "0/4" in text


def test_remind_command(tmp_path, smtp, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    _world(url).engine.dispose()
    monkeypatch.setenv("VNPLAN_DATABASE_URL", url)
    runner = CliRunner()
    dry = runner.invoke(cli, ["remind", "--dry-run"])
    assert dry.exit_code == 0 and "an@stttt.gov.vn" in dry.output and smtp.messages == []
    sent = runner.invoke(cli, ["remind", "--days", "30"])
    assert sent.exit_code == 0 and len(smtp.messages) == 2
