"""The 2025 reorganisation as data: an agency resolved for any date, and pages, reminders and the
calendar naming today's body with the name the plan wrote beside it."""
from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from conftest import SAMPLE
from vnplan.cli import app as cli
from vnplan.monitor import notifications, users
from vnplan.monitor.calendar import due_items
from vnplan.register import Database, ingest
from vnplan.register import agencies as registry
from vnplan.register.models import Agency, Task
from vnplan.web.app import create_app
from vnplan.web.settings import Settings


@pytest.fixture
def session(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'vnplan.sqlite'}")
    with db.session() as s:
        yield s
    db.engine.dispose()


def test_a_department_of_a_merged_province_is_resolved_for_any_date(session):
    old = registry.resolve(session, "Quảng Bình", "Sở Thông tin và Truyền thông")
    assert registry.current(session, old, date(2024, 12, 31)).name == "Sở Thông tin và Truyền thông"
    in_march = registry.current(session, old, date(2025, 5, 1))
    assert (in_march.name, in_march.province) == ("Sở Khoa học và Công nghệ", "Quảng Bình")
    today = registry.current(session, old, date(2026, 1, 1))
    assert (today.name, today.province) == ("Sở Khoa học và Công nghệ", "Quảng Trị")
    assert [(a.name, a.province, on) for a, on in registry.chain(session, old)] == [
        ("Sở Thông tin và Truyền thông", "Quảng Bình", None),
        ("Sở Khoa học và Công nghệ", "Quảng Bình", date(2025, 3, 1)),
        ("Sở Khoa học và Công nghệ", "Quảng Trị", date(2025, 7, 1))]


def test_merged_departments_share_one_successor(session):
    province = "Hà Tĩnh"  # not merged with another province
    environment = registry.resolve(session, province, "Sở Tài nguyên và Môi trường")
    agriculture = registry.resolve(session, province, "Sở Nông nghiệp và Phát triển nông thôn")
    transport = registry.resolve(session, province, "Sở Giao thông vận tải")
    construction = registry.resolve(session, province, "Sở Xây dựng")
    assert registry.current(session, environment).id == registry.current(session, agriculture).id
    assert registry.current(session, environment).name == "Sở Nông nghiệp và Môi trường"
    assert registry.current(session, transport).id == construction.id and construction.successor_id is None
    planning = registry.resolve(session, province, "Sở Kế hoạch và Đầu tư")
    assert registry.current(session, planning).name == "Sở Tài chính"
    labour = registry.resolve(session, province, "Sở Lao động, Thương binh và Xã hội")
    assert registry.current(session, labour).name == "Sở Nội vụ"
    moved = next(s for s in registry.department_successions() if s.old.startswith("Sở Lao động"))
    assert "Sở Giáo dục và Đào tạo" in moved.duties_elsewhere and "Sở Y tế" in moved.duties_elsewhere


def test_exceptions_and_bodies_named_after_their_province_stay(session):
    assert registry.resolve(session, "Hà Nội", "Sở Du lịch").successor_id is None
    assert registry.current(session, registry.resolve(session, "Quảng Nam", "Sở Du lịch")).name == \
        "Sở Văn hóa, Thể thao và Du lịch"
    branch = registry.resolve(session, "Quảng Bình", "Ngân hàng Nhà nước - Chi nhánh tỉnh Quảng Bình")
    assert branch.successor_id is None
    assert registry.resolve(session, "Quảng Bình", "các sở, ban, ngành").successor_id is None


@pytest.fixture
def world(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'vnplan.sqlite'}")
    ingest(db, [SAMPLE])
    with db.session() as s, s.begin():
        tt = registry.find(s, "Sở Thông tin và Truyền thông", "Quảng Bình")[0]
        users.create_user(s, "stc", "mat-khau-stc", "planning", "Phòng Tổng hợp", province="Quảng Bình")
        users.create_user(s, "khcn", "mat-khau-khcn", "agency", "Đầu mối Sở KH&CN",
                          agency=registry.current(s, tt), email="khcn@example.vn")
    yield db
    db.engine.dispose()


def test_calendar_and_reminders_name_todays_body_beside_the_written_name(world, tmp_path):
    with world.session() as s:
        items = [i for i in due_items(s, date(2026, 1, 1)) if i.agency.name == "Sở Thông tin và Truyền thông"]
        assert items and all((i.holder.name, i.holder.province) == ("Sở Khoa học và Công nghệ", "Quảng Trị")
                             for i in items)
        written = notifications.produce(s, days=3650, today=date(2026, 1, 1))
        mine = [n for n in written if n.user.username == "khcn"]  # the new body's focal point is reminded
        body = notifications.message(mine[0].user, mine).get_content()
        assert "Sở Khoa học và Công nghệ (Quảng Trị) (kế hoạch ghi: Sở Thông tin và Truyền thông, Quảng Bình)" in body
    app = create_app(world, Settings(tmp_path, "z" * 48))
    c = TestClient(app)
    assert c.post("/api/login", json={"username": "stc", "password": "mat-khau-stc"}).status_code == 200
    page = c.get("/calendar").text
    assert "Sở Khoa học và Công nghệ</a> <span class=\"meta\">(Quảng Trị)</span>" in page
    assert "kế hoạch ghi: <a" in page and ">Sở Thông tin và Truyền thông</a>, Quảng Bình)" in page
    with world.session() as s:
        old = registry.find(s, "Sở Thông tin và Truyền thông", "Quảng Bình")[0]
        today = registry.current(s, old)
    page = c.get(f"/agencies/{old.id}").text
    assert "từ 01/03/2025 chuyển thành Sở Khoa học và Công nghệ" in page
    assert "Một phần nhiệm vụ chuyển sang cơ quan khác: báo chí" in page
    assert "Tiếp nhận nhiệm vụ của" in c.get(f"/agencies/{today.id}").text


def test_the_task_page_names_todays_bodies_of_its_agencies(world, tmp_path):
    app = create_app(world, Settings(tmp_path, "z" * 48))
    c = TestClient(app)
    assert c.post("/api/login", json={"username": "stc", "password": "mat-khau-stc"}).status_code == 200
    with world.session() as s:
        task_id = s.scalar(select(Task.id).where(Task.text.like("Tham mưu ban hành Quy chế%")))
    page = c.get(f"/tasks/{task_id}").text
    assert "<dt>Cơ quan hiện nay</dt>" in page
    assert ">Sở Khoa học và Công nghệ</a> <span class=\"meta\">(Quảng Trị)</span>" in page


def test_agencies_registered_before_the_data_are_linked_afterwards(session):
    old = registry.resolve(session, "Quảng Bình", "Sở Thông tin và Truyền thông")
    for agency in session.scalars(select(Agency)):  # as a register written before the chains were data
        agency.successor, agency.successor_on = None, None
    session.flush()
    assert registry.link_successors(session) >= 2
    today = registry.current(session, old, date(2026, 1, 1))
    assert (today.name, today.province) == ("Sở Khoa học và Công nghệ", "Quảng Trị")
    assert len(registry.find(session, "Sở Khoa học và Công nghệ", "Quảng Trị")) == 1
    assert registry.link_successors(session) == 0  # nothing left to link


def test_the_cli_takes_the_succession_date_day_month_year():
    runner = CliRunner()
    assert runner.invoke(cli, ["agencies", "reorganise"]).exit_code == 0
    with Database().session() as s, s.begin():
        registry.resolve(s, "Hà Tĩnh", "Sở Ngoại vụ")
    done = runner.invoke(cli, ["agencies", "succeed", "Sở Ngoại vụ", "Sở Nội vụ", "--on", "01/03/2025"])
    assert done.exit_code == 0 and "01/03/2025" in done.output
    wrong = runner.invoke(cli, ["agencies", "succeed", "Sở Ngoại vụ", "Sở Nội vụ", "--on", "31/02/2025"])
    assert wrong.exit_code == 1 and "ngày/tháng/năm" in wrong.output and "Traceback" not in wrong.output
