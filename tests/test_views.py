"""The view-model rows every reader shows: display strings, corrected values, today's bodies, permissions."""
from datetime import date
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from conftest import SAMPLE
from vnplan.monitor import access, corrections, users
from vnplan.monitor.dashboard import current_task_rows
from vnplan.monitor.status import OPEN_IN_TIME, OPEN_OVERDUE
from vnplan.monitor.views import holder_text, task_views
from vnplan.register import agencies as registry
from vnplan.register import find_plan_by_number, ingest
from vnplan.register.models import Target, Task, User

PROVINCE = "Quảng Bình"
TODAY = date(2026, 1, 1)


def _body(id, name, province):
    return SimpleNamespace(id=id, name=name, province=province)


def test_a_body_is_named_as_it_stands_today_with_the_written_name_beside_it():
    written = _body(1, "Sở Thông tin và Truyền thông", "Quảng Bình")
    assert holder_text(written, written) == "Sở Thông tin và Truyền thông"
    assert holder_text(written, _body(2, "Sở Khoa học và Công nghệ", "Quảng Bình")) == \
        "Sở Khoa học và Công nghệ (kế hoạch ghi: Sở Thông tin và Truyền thông)"
    assert holder_text(written, _body(3, "Sở Khoa học và Công nghệ", "Quảng Trị")) == \
        "Sở Khoa học và Công nghệ (Quảng Trị) (kế hoạch ghi: Sở Thông tin và Truyền thông, Quảng Bình)"


@pytest.fixture
def world(db):
    """The sample plan and its people: the planning department, a focal point of the body that took over
    Sở Thông tin và Truyền thông's duties, a leader, and the planning department of another province."""
    ingest(db, [SAMPLE])
    with db.session() as s, s.begin():
        informatics = registry.current(s, registry.find(s, "Sở Thông tin và Truyền thông", PROVINCE)[0])
        users.create_user(s, "stc", "mat-khau-stc", "planning", province=PROVINCE)
        users.create_user(s, "khcn", "mat-khau-khcn", "agency", agency=informatics)
        users.create_user(s, "lanhdao", "mat-khau-ld", "leader", province=PROVINCE)
        users.create_user(s, "stc-ht", "mat-khau-ht", "planning", province="Hà Tĩnh")
    with db.session() as s:
        yield s


def _views(session, reader=None):
    plan = find_plan_by_number(session, "215/KH-UBND")
    return {view.task.path: view for view in task_views(
        session, [(task, plan) for task in current_task_rows(session, plan)], {}, TODAY, reader)}


def _user(session, username):
    return session.scalar(select(User).where(User.username == username))


def test_rows_show_dates_day_month_year_and_the_state_they_give(world):
    views = _views(world)
    first = views["II.1.a.1"]
    assert first.deadline == date(2024, 6, 30) and first.deadline_text == "30/06/2024" == first.due_text
    assert first.status.state == OPEN_OVERDUE and first.state_label == "Chưa hoàn thành, quá hạn"
    undated = views["II.1.a.2"]  # no deadline of its own: judged by the end of the plan's period
    assert undated.deadline is None and undated.deadline_text == ""
    assert undated.due_text == undated.status.deadline.strftime("%d/%m/%Y")
    assert first.lead_text == "Sở Thông tin và Truyền thông" and first.coordinators_text == "Sở Nội vụ và các cơ quan liên quan"
    assert first.corrected == ()


def test_rows_carry_corrected_values_and_the_state_from_the_corrected_deadline(world):
    task = world.scalar(select(Task).where(Task.path == "II.1.a.1"))
    planning = _user(world, "stc")
    corrections.correct_task(world, planning, task, "deadline", "31/12/2027")
    corrections.correct_task(world, planning, task, "lead", "Sở Ngoại vụ; Sở Nội vụ")
    world.flush()
    view = _views(world)["II.1.a.1"]
    assert view.deadline_text == "31/12/2027" and view.status.state == OPEN_IN_TIME
    assert view.lead_names == ["Sở Ngoại vụ", "Sở Nội vụ"] and view.lead_text == "Sở Ngoại vụ, Sở Nội vụ"
    assert set(view.corrected) == {"deadline", "lead"}
    assert view.coordinators_text == "Sở Nội vụ và các cơ quan liên quan"  # not corrected
    # each lead as the body that holds its duties today (the province merged into Quảng Trị on 01/07/2025)
    assert view.lead_today_text == ("Sở Ngoại vụ (Quảng Trị) (kế hoạch ghi: Sở Ngoại vụ, Quảng Bình); "
                                    "Sở Nội vụ (Quảng Trị) (kế hoạch ghi: Sở Nội vụ, Quảng Bình)")


def test_rows_name_todays_bodies_of_merged_departments(world):
    view = _views(world)["II.1.a.1"]
    assert [(line.written.name, line.today.name, line.today.province) for line in view.successions] == [
        ("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ", "Quảng Trị"),
        ("Sở Nội vụ", "Sở Nội vụ", "Quảng Trị")]


def test_rows_carry_what_their_reader_may_do(world):
    planning = _views(world, _user(world, "stc"))["II.1.a.1"]
    assert planning.can_correct and planning.can_report
    focal = _views(world, _user(world, "khcn"))  # its agency took over Sở Thông tin và Truyền thông's duties
    assert focal["II.1.a.1"].can_report and not focal["II.1.a.1"].can_correct
    assert not focal["II.3.a.1"].can_report  # led by Sở Công Thương
    for username in ("lanhdao", "stc-ht"):
        other = _views(world, _user(world, username))["II.1.a.1"]
        assert not other.can_correct and not other.can_report, username
    assert not any(view.can_correct or view.can_report for view in _views(world).values())  # the console reads


def test_a_corrected_lead_moves_the_right_to_report(world):
    task = world.scalar(select(Task).where(Task.path == "II.1.a.1"))
    corrections.correct_task(world, _user(world, "stc"), task, "lead", "Sở Công Thương")
    world.flush()
    assert not _views(world, _user(world, "khcn"))["II.1.a.1"].can_report


def test_a_corrected_lead_moves_the_right_to_enter_its_targets_figures(world):
    task = world.scalar(select(Task).where(Task.path == "II.2.a.1"))
    target = world.scalar(select(Target).where(Target.task_path == "II.2.a.1"))
    trade = users.create_user(world, "ct", "mat-khau-ct", "agency",
                              agency=registry.find(world, "Sở Công Thương", PROVINCE)[0])
    assert access.can(world, _user(world, "khcn"), "write", target) and not access.can(world, trade, "write", target)
    corrections.correct_task(world, _user(world, "stc"), task, "lead", "Sở Công Thương")
    world.flush()
    assert access.can(world, trade, "write", target) and not access.can(world, _user(world, "khcn"), "write", target)
