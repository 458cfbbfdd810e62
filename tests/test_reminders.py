"""`vnplan remind`, run from cron: period notices written once, mailed once, to a real SMTP server (aiosmtpd)."""
from email.header import decode_header, make_header

from sqlalchemy import select
from typer.testing import CliRunner

from conftest import SAMPLE
from vnplan.cli import app as cli
from vnplan.monitor import users
from vnplan.register import Database, ingest
from vnplan.register import agencies as registry
from vnplan.register.models import Notification


def _world(url: str) -> Database:
    db = Database(url)
    ingest(db, [SAMPLE])
    with db.session() as s, s.begin():
        tt = registry.find(s, "Sở Thông tin và Truyền thông", "Quảng Bình")[0]
        ct = registry.find(s, "Sở Công Thương", "Quảng Bình")[0]
        users.create_user(s, "tttt", "mat-khau-tttt", "agency", "Nguyễn Văn An", agency=tt, email="an@stttt.gov.vn")
        users.create_user(s, "ct", "mat-khau-ct", "agency", "Trần Thị Bình", agency=ct, email="binh@sct.gov.vn")
        users.create_user(s, "khong-thu", "mat-khau-kt", "agency", agency=ct)  # no e-mail: only the in-app notice
    return db


def _notices(url: str) -> list[tuple[str, str, str]]:
    db = Database(url)
    with db.session() as s:
        found = [(n.user.username, n.kind, n.mail) for n in s.scalars(select(Notification).order_by(Notification.id))]
    db.engine.dispose()
    return found


def test_remind_writes_each_notice_once_and_mails_it_once(tmp_path, smtp, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    _world(url).engine.dispose()
    monkeypatch.setenv("VNPLAN_DATABASE_URL", url)
    runner = CliRunner()
    dry = runner.invoke(cli, ["remind", "--dry-run"])
    assert dry.exit_code == 0 and "an@stttt.gov.vn" in dry.output and smtp.messages == [] and _notices(url) == []

    first = runner.invoke(cli, ["remind", "--days", "30"])
    assert first.exit_code == 0, first.output
    # the sample plan's one report was due on 15/04/2024: every agency that leads a task is overdue
    written = _notices(url)
    assert ("tttt", "overdue", "sent") in written and ("ct", "overdue", "sent") in written
    assert ("khong-thu", "overdue", "none") in written
    by_recipient = {tuple(rcpt): msg for rcpt, msg in smtp.messages}
    assert set(by_recipient) == {("an@stttt.gov.vn",), ("binh@sct.gov.vn",)}
    msg = by_recipient[("an@stttt.gov.vn",)]
    assert str(make_header(decode_header(msg["Subject"]))) == "[vnplan] Quá hạn báo cáo"
    text = msg.get_payload(decode=True).decode(msg.get_content_charset() or "utf-8")
    # the department's duties passed to Sở Khoa học và Công nghệ of the merged province: both are named
    assert ("Báo cáo một lần – Kế hoạch 215/KH-UBND (Sở Khoa học và Công nghệ (Quảng Trị) (kế hoạch ghi: "
            "Sở Thông tin và Truyền thông, Quảng Bình))") in text
    assert "quá hạn từ 15/04/2024, đã gửi 0/4 báo cáo" in text and text.startswith("Kính gửi Nguyễn Văn An,")

    again = runner.invoke(cli, ["remind", "--days", "30"])  # cron running twice the same day
    assert again.exit_code == 0 and "0 thông báo mới" in again.output
    assert _notices(url) == written and len(smtp.messages) == 2


def test_remind_says_when_mail_cannot_be_sent_and_keeps_the_notices(tmp_path, monkeypatch):
    from servers import free_port

    url = f"sqlite:///{tmp_path / 'down.sqlite'}"
    _world(url).engine.dispose()
    monkeypatch.setenv("VNPLAN_DATABASE_URL", url)
    monkeypatch.setenv("VNPLAN_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("VNPLAN_SMTP_PORT", str(free_port()))  # nothing listens there
    result = CliRunner().invoke(cli, ["remind"])
    assert result.exit_code == 1 and "không gửi được 2 thư" in result.output
    assert {(user, mail) for user, _, mail in _notices(url)} == {("tttt", "failed"), ("ct", "failed"), ("khong-thu", "none")}
