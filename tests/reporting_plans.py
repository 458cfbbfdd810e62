"""A quarterly-reported plan in two provinces, their users, and reports made at chosen moments (for the
inbox and reporting-rate tests)."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from conftest import api_client
from vnplan.monitor import reports, users
from vnplan.register import Database, ingest
from vnplan.register import agencies as registry
from vnplan.register.models import Plan, PlanVersion, Task, User

QUARTERLY = Path(__file__).parent / "fixtures" / "ke-hoach-bao-cao-quy.txt"
PROVINCE = "Quảng Bình"
OTHER_PROVINCE = "Hà Tĩnh"
PASSWORDS = {"stc": "mat-khau-stc", "stc-ht": "mat-khau-stc-ht", "nn": "mat-khau-nn", "xd": "mat-khau-xd",
             "yt": "mat-khau-yt", "nn-ht": "mat-khau-nn-ht"}


def other_province_copy(folder: Path) -> Path:
    """The same plan as issued by another province (its own number), to check that provinces stay apart."""
    text = QUARTERLY.read_text(encoding="utf-8")
    text = text.replace("QUẢNG BÌNH", "HÀ TĨNH").replace("Quảng Bình,", "Hà Tĩnh,").replace("18/KH-UBND", "27/KH-UBND")
    path = folder / "ke-hoach-ha-tinh.txt"
    path.write_text(text, encoding="utf-8")
    return path


def setup(db: Database, folder: Path) -> None:
    ingest(db, [QUARTERLY, other_province_copy(folder)])
    with db.session() as s, s.begin():
        def agency(name, province=PROVINCE):
            return registry.find(s, name, province)[0]

        users.create_user(s, "stc", PASSWORDS["stc"], "planning", "Phòng Tổng hợp, Sở Tài chính", province=PROVINCE)
        users.create_user(s, "stc-ht", PASSWORDS["stc-ht"], "planning", "Sở Tài chính Hà Tĩnh", province=OTHER_PROVINCE)
        users.create_user(s, "nn", PASSWORDS["nn"], "agency", "Trần Thị Hoa", agency=agency("Sở Nông nghiệp và Môi trường"))
        users.create_user(s, "xd", PASSWORDS["xd"], "agency", "Lê Văn Nam", agency=agency("Sở Xây dựng"))
        users.create_user(s, "yt", PASSWORDS["yt"], "agency", "Phạm Thu Hà", agency=agency("Sở Y tế"))
        users.create_user(s, "nn-ht", PASSWORDS["nn-ht"], "agency", "Hồ Văn Sơn",
                          agency=agency("Sở Nông nghiệp và Môi trường", OTHER_PROVINCE))


def user(session, username: str) -> User:
    return session.scalar(select(User).where(User.username == username))


def task(session, path: str, province: str = PROVINCE) -> Task:
    return session.scalar(select(Task).join(PlanVersion).join(Plan).where(
        Task.path == path, Plan.province == province, PlanVersion.is_current.is_(True)))


def plan_id(db: Database, province: str = PROVINCE) -> int:
    with db.session() as s:
        return s.scalar(select(Plan.id).where(Plan.province == province))


def submit(db: Database, username: str, path: str, period: str, at: datetime | None = None,
           province: str = PROVINCE) -> int:
    """A report submitted by `username` on task `path`, as if sent at `at` (UTC; now when None)."""
    with db.session() as s, s.begin():
        report = reports.save_report(s, user(s, username), task(s, path, province), period,
                                     {"percent": 40, "progress_label": "dang_trien_khai",
                                      "result": "Đã triển khai theo kế hoạch"}, submit=True)
        if at is not None:
            report.submitted_at = at
        return report.id


def utc(*parts) -> datetime:
    return datetime(*parts, tzinfo=timezone.utc)


def signed_in(app, username: str) -> TestClient:
    """An API and page client signed in as `username`, sending its CSRF token with every change."""
    return api_client(app, username, PASSWORDS[username])
