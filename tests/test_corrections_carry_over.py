"""The planning department's corrections of a task follow it into a new version of its plan — registered on the
review screen, through the API or with `vnplan ingest` — unless the re-issued text itself changed the corrected
field: the text then wins, and registering says which corrections were dropped.

On SQLite and PostgreSQL. The plans are written here in the style of a provincial implementation plan.
"""
import json
from datetime import date

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from conftest import api_client
from vnplan.cli import app as cli
from vnplan.monitor import users
from vnplan.register import corrected
from vnplan.register.models import AuditLog, Correction, PlanVersion, Task, User
from vnplan.web.app import create_app
from vnplan.web.settings import Settings

TASKS = [
    "Sở Giao thông vận tải chủ trì, phối hợp với Sở Tài chính rà soát danh mục tuyến đường huyện cần nâng cấp, "
    "hoàn thành trước ngày 30/4/2027.",
    "Sở Xây dựng chủ trì ban hành thiết kế mẫu cầu dân sinh quy mô nhỏ, hoàn thành trước ngày 31/5/2027.",
    "Công an tỉnh chủ trì, phối hợp với Sở Giao thông vận tải tổ chức các đợt cao điểm kiểm tra xử lý vi phạm tải "
    "trọng xe, hoàn thành trước ngày 30/9/2027.",
    "Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Giao thông vận tải lồng ghép vốn Chương trình "
    "mục tiêu quốc gia xây dựng nông thôn mới để cứng hóa đường trục thôn, hoàn thành trước ngày 30/6/2027.",
    "Sở Giáo dục và Đào tạo chủ trì tổ chức tuyên truyền an toàn giao thông cho học sinh trung học phổ thông, "
    "hoàn thành trước ngày 31/10/2027.",
]
REWORDED_5 = ("Sở Giáo dục và Đào tạo chủ trì tổ chức tuyên truyền, giáo dục an toàn giao thông cho học sinh trung "
              "học cơ sở và trung học phổ thông, hoàn thành trước ngày 31/10/2027.")
ADDED_6 = ("Sở Tài chính chủ trì bố trí kinh phí bảo trì đường giao thông nông thôn năm 2027, hoàn thành trước "
           "ngày 31/7/2027.")
# II.4 as a re-issued text writes it: one more coordinator and a later deadline, the same lead
CHANGED_4 = ("Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Giao thông vận tải, Sở Tài chính "
             "lồng ghép vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới để cứng hóa đường trục thôn, hoàn "
             "thành trước ngày 30/9/2027.")
REISSUED = TASKS[:4] + [REWORDED_5, ADDED_6]  # II.4 unchanged, II.5 reworded, II.6 added
FIRST_ISSUE, SECOND_ISSUE = "ngày 10 tháng 3 năm 2027", "ngày 18 tháng 6 năm 2027"
# what the planning department corrects of II.4 on the first upload's review screen
REVIEWED = {"lead": "Sở Giao thông vận tải", "coordinators": "Sở Tài chính; Sở Nông nghiệp và Phát triển nông thôn",
            "deadline": "15/08/2027"}
CORRECTED_LEAD = ["Sở Giao thông vận tải"]
CORRECTED_COORDINATORS = ["Sở Tài chính", "Sở Nông nghiệp và Phát triển nông thôn"]
CORRECTED_DEADLINE = "2027-08-15"


def plan_text(tasks: list[str], issued: str = FIRST_ISSUE) -> str:
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Số: 142/KH-UBND", f"Hà Tĩnh, {issued}", "KẾ HOẠCH",
             "Phát triển giao thông nông thôn và bảo đảm an toàn giao thông năm 2027",
             "Thực hiện Nghị quyết số 18/NQ-HĐND ngày 15/12/2026 của Hội đồng nhân dân tỉnh; Ủy ban nhân dân tỉnh "
             "ban hành Kế hoạch như sau:",
             "I. MỤC ĐÍCH, YÊU CẦU",
             "Nâng cao chất lượng hệ thống đường giao thông nông thôn, giảm tai nạn giao thông trên địa bàn tỉnh.",
             "II. NHIỆM VỤ CỤ THỂ", *(f"{i}. {text}" for i, text in enumerate(tasks, 1)),
             "III. TỔ CHỨC THỰC HIỆN",
             "Các sở, ngành định kỳ 6 tháng báo cáo kết quả thực hiện gửi Sở Giao thông vận tải trước ngày 15 của "
             "tháng cuối kỳ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
             "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Hùng"]
    return "\n".join(lines) + "\n"


@pytest.fixture
def app(db, tmp_path):
    with db.session() as s, s.begin():
        users.create_user(s, "stc", "mat-khau-stc", "planning", "Phòng Tổng hợp, Sở Tài chính", province="Hà Tĩnh")
    return create_app(db, Settings(tmp_path, "x" * 48))


@pytest.fixture
def stc(app):
    return api_client(app, "stc", "mat-khau-stc")


def upload(c, text: str, name: str) -> dict:
    r = c.post("/api/intake", files={"file": (name, text.encode("utf-8"), "text/plain")})
    assert r.status_code == 200, r.text
    return r.json()


def register_on_review_screen(c, text: str, name: str, tasks: dict | None = None) -> dict:
    """Upload, correct on the review screen (`tasks`: {path: {field: value}}), register: the registration's JSON."""
    draft = upload(c, text, name)
    if tasks:
        assert c.put(f"/api/intake/{draft['id']}/corrections", json={"tasks": tasks}).status_code == 200
    r = c.post(f"/api/intake/{draft['id']}/register")
    assert r.status_code == 200, r.text
    return r.json()


def first_issue_corrected(c, more: dict | None = None) -> int:
    """The plan as first issued, with II.4's lead, coordinators and deadline corrected on the review screen."""
    done = register_on_review_screen(c, plan_text(TASKS), "ke-hoach-142.txt", {"II.4": REVIEWED} | (more or {}))
    assert done["status"] == "new-plan" and done["corrections"] == 3 + sum(len(v) for v in (more or {}).values())
    return done["plan_id"]


def register_new_version(app, c, tmp_path, tasks: list[str], through: str) -> None:
    """Register a re-issued text of the plan on the review screen, or with `vnplan ingest`."""
    text = plan_text(tasks, SECOND_ISSUE)
    if through == "web":
        done = register_on_review_screen(c, text, "ke-hoach-142-sua-doi.txt")
        assert done["status"] == "new-version" and (done["corrections"], done["corrections_not_applied"]) == (0, 0)
        return
    path = tmp_path / "ke-hoach-142-sua-doi.txt"
    path.write_text(text, encoding="utf-8")
    url = app.state.db.engine.url.render_as_string(hide_password=False)
    outcome = CliRunner().invoke(cli, ["--db", url, "ingest", str(path)])
    assert outcome.exit_code == 0 and "phiên bản mới" in outcome.output, outcome.output


def current_task(s, plan_id: int, path: str) -> Task:
    return s.scalar(select(Task).join(PlanVersion).where(PlanVersion.plan_id == plan_id, PlanVersion.is_current,
                                                          Task.path == path))


def facts(db, plan_id: int, path: str) -> dict:
    """The task of the plan's current version as pages show it (`register.corrected`), and its extracted deadline."""
    with db.session() as s:
        task = current_task(s, plan_id, path)
        return corrected.task_facts(s, [task])[task.id].values() | {"extracted_deadline": task.deadline}


@pytest.mark.parametrize("through", ["web", "cli"])
def test_corrections_of_an_unchanged_task_follow_it_into_the_new_version(app, stc, tmp_path, through):
    plan_id = first_issue_corrected(stc)
    register_new_version(app, stc, tmp_path, REISSUED, through)

    task = facts(app.state.db, plan_id, "II.4")
    assert task["lead"] == CORRECTED_LEAD and task["coordinators"] == CORRECTED_COORDINATORS
    assert task["deadline"] == CORRECTED_DEADLINE and sorted(task["corrected"]) == ["coordinators", "deadline", "lead"]
    assert task["extracted_deadline"] == date(2027, 6, 30)  # the extraction stays beside the corrections
    assert facts(app.state.db, plan_id, "II.5")["corrected"] == facts(app.state.db, plan_id, "II.6")["corrected"] == []
    with app.state.db.session() as s:
        assert [v.number for v in s.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan_id))] == [1, 2]
    assert "Sở Giao thông vận tải" in stc.get(f"/plans/{plan_id}").text


@pytest.mark.parametrize("through", ["web", "cli"])
def test_a_field_the_new_text_changed_is_the_texts_and_registering_says_so(app, stc, tmp_path, through):
    plan_id = first_issue_corrected(stc)
    text = plan_text(TASKS[:3] + [CHANGED_4] + TASKS[4:], SECOND_ISSUE)
    dropped = [{"path": "II.4", "field": "coordinators", "value": CORRECTED_COORDINATORS},
               {"path": "II.4", "field": "deadline", "value": CORRECTED_DEADLINE}]
    kept = [{"path": "II.4", "field": "lead", "value": CORRECTED_LEAD}]
    if through == "web":
        draft = upload(stc, text, "ke-hoach-142-sua-doi.txt")
        assert draft["known"]["status"] == "new-version"  # the review screen knows before registering
        assert draft["known"]["dropped"] == dropped and draft["known"]["carried"] == kept
        page = stc.get(f"/intake/{draft['id']}").text
        assert "Sửa đổi của Sở được giữ ở phiên bản mới (1): II.4: cơ quan chủ trì «Sở Giao thông vận tải»" in page
        assert "Sửa đổi không giữ được vì văn bản mới đã ghi khác (2)" in page and "thời hạn «15/08/2027»" in page
        done = stc.post(f"/api/intake/{draft['id']}/register").json()
        assert done["corrections_dropped"] == dropped and done["corrections_carried"] == kept
        with app.state.db.session() as s:
            entry = s.scalar(select(AuditLog).where(AuditLog.action == "plan.intake").order_by(AuditLog.id.desc()))
            assert json.loads(entry.after_json)["corrections_dropped"] == dropped
    else:
        path = tmp_path / "ke-hoach-142-sua-doi.txt"
        path.write_text(text, encoding="utf-8")
        url = app.state.db.engine.url.render_as_string(hide_password=False)
        outcome = CliRunner().invoke(cli, ["--db", url, "ingest", str(path)])
        assert outcome.exit_code == 0 and "phiên bản mới" in outcome.output, outcome.output
        said = " ".join(outcome.output.split())
        assert "Sửa đổi không giữ lại 142/KH-UBND II.4: thời hạn «15/08/2027» (văn bản mới ghi khác)" in said

    task = facts(app.state.db, plan_id, "II.4")
    assert task["lead"] == CORRECTED_LEAD and task["corrected"] == ["lead"]
    assert task["coordinators"] == ["Sở Giao thông vận tải", "Sở Tài chính"] and task["deadline"] == "2027-09-30"


@pytest.mark.parametrize("through, actor", [("web", "stc"), ("cli", "cli")])
def test_carried_corrections_are_audited_as_done_by_who_registers(app, stc, tmp_path, through, actor):
    plan_id = first_issue_corrected(stc)
    with app.state.db.session() as s:
        first = current_task(s, plan_id, "II.4").id
    register_new_version(app, stc, tmp_path, REISSUED, through)
    with app.state.db.session() as s:
        task = current_task(s, plan_id, "II.4")
        officer = s.scalar(select(User).where(User.username == "stc"))
        entries = list(s.scalars(select(AuditLog).where(AuditLog.action == "task.correct", AuditLog.entity == "task",
                                                        AuditLog.entity_id == task.id).order_by(AuditLog.id)))
        assert [e.actor for e in entries] == [actor] * 3
        changes = {field: (json.loads(e.before_json)[field], json.loads(e.after_json))
                   for e in entries for field in json.loads(e.before_json)}
        assert changes["deadline"] == ("2027-06-30", {"deadline": CORRECTED_DEADLINE, "carried_from_task": first})
        assert changes["lead"][0] == ["Sở Nông nghiệp và Phát triển nông thôn"]
        assert [named["name"] for named in changes["lead"][1]["lead"]] == CORRECTED_LEAD
        stored = list(s.scalars(select(Correction).where(Correction.entity == "task", Correction.entity_id == task.id)))
        assert [c.actor_id for c in stored] == [officer.id if through == "web" else None] * 3


@pytest.mark.parametrize("through", ["web", "cli"])
def test_a_corrected_task_the_new_version_drops_carries_nothing(app, stc, tmp_path, through):
    plan_id = first_issue_corrected(stc, {"II.2": {"deadline": "15/06/2027"}})
    register_new_version(app, stc, tmp_path, TASKS[:3] + TASKS[4:], through)  # II.4 is gone, II.5 becomes II.4

    assert facts(app.state.db, plan_id, "II.2")["deadline"] == "2027-06-15"  # a kept task kept its correction
    task = facts(app.state.db, plan_id, "II.4")
    assert task["lead"] == ["Sở Giáo dục và Đào tạo"] and task["deadline"] == "2027-10-31" and task["corrected"] == []
    with app.state.db.session() as s:
        current = select(Task.id).join(PlanVersion).where(PlanVersion.plan_id == plan_id, PlanVersion.is_current)
        assert s.scalar(select(func.count()).select_from(Correction).where(Correction.entity_id.in_(current))) == 1
    assert stc.get(f"/plans/{plan_id}").status_code == 200


def test_corrections_on_this_uploads_review_screen_take_precedence_over_carried_ones(app, stc):
    plan_id = first_issue_corrected(stc)
    done = register_on_review_screen(stc, plan_text(REISSUED, SECOND_ISSUE), "ke-hoach-142-sua-doi.txt",
                                     {"II.4": {"deadline": "01/09/2027"}})
    assert done["status"] == "new-version" and done["corrections"] == 1

    task = facts(app.state.db, plan_id, "II.4")
    assert task["deadline"] == "2027-09-01"  # typed on this review screen
    assert task["lead"] == CORRECTED_LEAD and task["coordinators"] == CORRECTED_COORDINATORS  # carried


def test_a_more_complete_copy_of_the_same_version_keeps_the_corrections(app, stc):
    """A second source with one more task replaces the version's tasks: the corrections go with their tasks,
    also when the tasks are numbered otherwise (on SQLite, new rows reuse the ids of the deleted ones)."""
    plan_id = first_issue_corrected(stc)
    done = register_on_review_screen(stc, plan_text(TASKS[:3] + [ADDED_6] + TASKS[3:]), "ban-day-du.txt")
    assert done["status"] == "new-source"

    task = facts(app.state.db, plan_id, "II.5")  # the corrected task, now fifth
    assert task["lead"] == CORRECTED_LEAD and task["deadline"] == CORRECTED_DEADLINE
    assert facts(app.state.db, plan_id, "II.4")["corrected"] == []  # the inserted task has none of them
