"""Two provinces for the security tests: the sample plan (Quảng Bình) and a second, small plan of
another province with the same departments, so that a name alone never grants anything."""
from __future__ import annotations

import hashlib
from contextlib import contextmanager

from fastapi.testclient import TestClient
from sqlalchemy import select

from conftest import SAMPLE, api_client
from vnplan.monitor import users
from vnplan.register import agencies as registry
from vnplan.register import ingest
from vnplan.register.models import Base, Plan, PlanVersion, Target, Task, User
from vnplan.web.app import create_app
from vnplan.web.settings import Settings

PROVINCE_A, PROVINCE_B = "Quảng Bình", "Hà Tĩnh"
PERIOD_A, PERIOD_B = "once-2024-04-15", "once-2024-11-15"
TASK_A = "Tham mưu ban hành Quy chế"  # led by the department of information of A
TASK_B = "Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Công Thương"  # lead and coordinator in B
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"

PLAN_B = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 88/KH-UBND
Hà Tĩnh, ngày 5 tháng 2 năm 2024
KẾ HOẠCH
Triển khai nền tảng số phục vụ người dân năm 2024
Thực hiện Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Đưa các nền tảng số đến với người dân, doanh nghiệp; phân công rõ cơ quan chủ trì, phối hợp.
II. NHIỆM VỤ CỤ THỂ
1. Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Công Thương triển khai ứng dụng định danh điện tử cho người dân, hoàn thành trước ngày 30/9/2024.
2. Sở Công Thương chủ trì, phối hợp với Sở Thông tin và Truyền thông đưa các chợ truyền thống lên sàn thương mại điện tử, hoàn thành trong năm 2024.
III. TỔ CHỨC THỰC HIỆN
Các cơ quan được giao nhiệm vụ báo cáo kết quả thực hiện gửi Sở Thông tin và Truyền thông trước ngày 15/11/2024 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.
Nơi nhận:
- Các sở, ban, ngành;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Nam
"""

# username -> (role, province, agency name)
PEOPLE = {
    "stc_a": ("planning", PROVINCE_A, None), "stc_a2": ("planning", PROVINCE_A, None),
    "tttt_a": ("agency", PROVINCE_A, "Sở Thông tin và Truyền thông"),
    "ct_a": ("agency", PROVINCE_A, "Sở Công Thương"),
    "ld_a": ("leader", PROVINCE_A, None),
    "stc_b": ("planning", PROVINCE_B, None),
    "tttt_b": ("agency", PROVINCE_B, "Sở Thông tin và Truyền thông"),
    "ct_b": ("agency", PROVINCE_B, "Sở Công Thương"),
    "ld_b": ("leader", PROVINCE_B, None),
    "quantri": ("admin", None, None),
}


def password(username: str) -> str:
    return f"mat-khau-{username}"


def populate(db, tmp_path) -> None:
    """Both plans and the people above in the register."""
    plan_b = tmp_path / "ke-hoach-b.txt"
    plan_b.write_text(PLAN_B, encoding="utf-8")
    ingest(db, [SAMPLE, plan_b])
    with db.session() as s, s.begin():
        for username, (role, province, agency) in PEOPLE.items():
            record = registry.find(s, agency, province)[0] if agency else None
            users.create_user(s, username, password(username), role, agency=record, province=province)


def build(db, tmp_path):
    """The app over both plans and the people above."""
    populate(db, tmp_path)
    return create_app(db, Settings(tmp_path, "k" * 48))


def signed_in(app, username: str) -> TestClient:
    return api_client(app, username, password(username))


def database_digest(db) -> str:
    """Every row of every table, in key order: equal digests, an unchanged register."""
    digest = hashlib.sha256()
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(select(table).order_by(*table.primary_key.columns)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def task_id(app, prefix: str) -> int:
    with app.state.db.session() as s:
        return s.scalar(select(Task.id).where(Task.text.like(prefix + "%")))


def plan_id(app, number: str) -> int:
    with app.state.db.session() as s:
        return s.scalar(select(Plan.id).where(Plan.number == number))


def target_id(app, number: str) -> int | None:
    with app.state.db.session() as s:
        return s.scalar(select(Target.id).join(PlanVersion, Target.version_id == PlanVersion.id).join(Plan)
                        .where(Plan.number == number).order_by(Target.id))


def task_target(app) -> int:
    """A target of a task the department of information of A leads."""
    with app.state.db.session() as s:
        return s.scalar(select(Target.id).where(Target.task_path == "II.2.a.1"))


def person(app, username: str) -> User:
    """The account as stored now, detached from its session."""
    with app.state.db.session() as s:
        found = s.scalar(select(User).where(User.username == username))
        s.expunge(found)
        return found


@contextmanager
def served_world(folder):
    """The world in a SQLite register, served on loopback for a browser: its base URL."""
    from servers import serving
    from vnplan.register import Database

    with serving(build(Database(f"sqlite:///{folder / 'vnplan.sqlite'}"), folder)) as base:
        yield base
