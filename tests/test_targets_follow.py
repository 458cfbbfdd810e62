"""A target's reported figures and the corrections of targets and reporting duties follow them when the plan's
content is replaced — by a more complete copy of the same version or by a re-issued text — as task reports and
task corrections do: a figure once reported is never deleted, and a correction is kept unless the new text itself
changed the corrected value (the text then wins, and registering says so).

On SQLite and PostgreSQL. The plan is written here in the style of a provincial implementation plan.
"""
import pytest
from sqlalchemy import func, select

from conftest import api_client
from vnplan.monitor import corrections, users
from vnplan.register.models import AuditLog, PlanVersion, ReportingDuty, Target, TargetActual
from vnplan.web.app import create_app
from vnplan.web.settings import Settings

TASKS = [
    "Sở Xây dựng chủ trì, phối hợp với Ủy ban nhân dân các huyện rà soát danh mục tuyến đường trục xã cần cứng hóa, "
    "hoàn thành trước ngày 30/4/2027.",
    "Sở Tài chính chủ trì tham mưu bố trí vốn ngân sách tỉnh cho chương trình, hoàn thành trước ngày 31/5/2027.",
    "Công an tỉnh chủ trì tổ chức các đợt cao điểm kiểm tra xử lý vi phạm tải trọng xe trên đường giao thông nông "
    "thôn, hoàn thành trước ngày 30/9/2027.",
]
FIRST, REISSUED = "ngày 10 tháng 3 năm 2027", "ngày 18 tháng 6 năm 2027"
PERIOD = "2027-Q2"


def plan_text(tasks: list[str], lane: str = "85", issued: str = FIRST, more_targets: tuple[str, ...] = ()) -> str:
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Số: 77/KH-UBND", f"Hà Tĩnh, {issued}", "KẾ HOẠCH", "Cứng hóa đường giao thông nông thôn năm 2027",
             "I. MỤC TIÊU",
             "- Đến hết năm 2027, 100% đường trục xã được cứng hóa.",
             f"- Đến hết năm 2027, {lane}% đường trục thôn, xóm được cứng hóa.", *more_targets,
             "II. NHIỆM VỤ CỤ THỂ", *(f"{i}. {text}" for i, text in enumerate(tasks, 1)),
             "III. TỔ CHỨC THỰC HIỆN",
             "Các sở, ngành định kỳ 6 tháng báo cáo kết quả thực hiện gửi Sở Xây dựng trước ngày 15 của tháng cuối kỳ "
             "để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
             "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Hùng"]
    return "\n".join(lines) + "\n"


@pytest.fixture
def stc(db, tmp_path):
    with db.session() as s, s.begin():
        users.create_user(s, "stc", "mat-khau-stc", "planning", "Phòng Tổng hợp, Sở Tài chính", province="Hà Tĩnh")
    return api_client(create_app(db, Settings(tmp_path, "x" * 48)), "stc", "mat-khau-stc")


def register(c, text: str, name: str, reviewed: dict | None = None) -> dict:
    """Upload, correct on the review screen (`reviewed`, as the screen sends it), register: the registration."""
    draft = c.post("/api/intake", files={"file": (name, text.encode("utf-8"), "text/plain")})
    assert draft.status_code == 200, draft.text
    if reviewed:
        assert c.put(f"/api/intake/{draft.json()['id']}/corrections", json=reviewed).status_code == 200
    done = c.post(f"/api/intake/{draft.json()['id']}/register")
    assert done.status_code == 200, done.text
    return done.json()


def current(db, plan_id: int) -> tuple[list[Target], list[ReportingDuty]]:
    with db.session() as s:
        version = s.scalar(select(PlanVersion).where(PlanVersion.plan_id == plan_id, PlanVersion.is_current))
        return list(version.targets), list(version.reporting)


def shown(db, plan_id: int) -> tuple[list[dict], list]:
    """The current version's targets and duties as pages read them, corrections applied."""
    with db.session() as s:
        version = s.scalar(select(PlanVersion).where(PlanVersion.plan_id == plan_id, PlanVersion.is_current))
        return ([corrections.target_values(s, t) for t in version.targets],
                corrections.duty_values(s, list(version.reporting)))


def first_copy_reported_and_corrected(c, db) -> int:
    """The plan as a portal copies it (its last task missing), the duty's frequency corrected on the review screen,
    the first target's figure for the second quarter sent and approved, the second target's goal corrected."""
    plan_id = register(c, plan_text(TASKS[:2]), "ke-hoach-77-ban-web.txt",
                       {"reporting": {"0": {"frequency": "quarterly"}}})["plan_id"]
    (road, lane), _ = current(db, plan_id)
    sent = c.post(f"/api/targets/{road.id}/actuals", json={"period": PERIOD, "value": 64, "submit": True})
    assert sent.status_code == 200, sent.text
    assert c.post(f"/api/targets/{lane.id}/corrections", json={"field": "max", "value": 90}).status_code == 200
    return plan_id


def figures(db, plan_id: int) -> list[tuple[str, float, str]]:
    with db.session() as s:
        version = s.scalar(select(PlanVersion).where(PlanVersion.plan_id == plan_id, PlanVersion.is_current))
        return [(a.period, a.value, a.status) for t in version.targets
                for a in s.scalars(select(TargetActual).where(TargetActual.target_id == t.id))]


def test_a_more_complete_copy_keeps_the_figures_reported_and_the_corrections(stc, db):
    plan_id = first_copy_reported_and_corrected(stc, db)
    done = register(stc, plan_text(TASKS), "ke-hoach-77.txt")  # the whole plan: its content replaces the first copy's
    assert done["status"] == "new-source" and done["plan_id"] == plan_id
    assert figures(db, plan_id) == [(PERIOD, 64, "submitted")]
    (road, lane), [duty] = shown(db, plan_id)
    assert (lane["max"], lane["corrected"], duty.frequency, duty.corrected) == (90, ["max"], "quarterly", ["frequency"])
    assert road["corrected"] == []
    with db.session() as s:  # the old rows are gone, and no correction is left behind to land on another row
        assert s.scalar(select(func.count()).select_from(Target)) == 2
        assert s.scalar(select(func.count()).select_from(ReportingDuty)) == 1


def test_a_new_version_keeps_the_figures_and_the_corrections_its_text_did_not_change(stc, db):
    plan_id = first_copy_reported_and_corrected(stc, db)
    draft = stc.post("/api/intake", files={"file": ("ke-hoach-77-sua-doi.txt", plan_text(TASKS, issued=REISSUED).encode(),
                                                    "text/plain")}).json()
    assert draft["known"]["status"] == "new-version"
    assert [(c["path"], c["field"], c["value"]) for c in draft["known"]["carried"]] == [
        ("chỉ tiêu «Đến hết năm 2027, 85% đường trục thôn, xóm được cứng hóa»", "max", 90),
        ("chế độ báo cáo «Các sở, ngành định kỳ 6 tháng báo cáo kết quả thực hiện gửi…»", "frequency", "quarterly")]
    assert "chỉ tiêu «Đến hết năm 2027, 85% đường trục thôn, xóm được cứng hóa»: mục tiêu «90»" in stc.get(
        f"/intake/{draft['id']}").text  # the review screen says so
    assert stc.post(f"/api/intake/{draft['id']}/register").json()["status"] == "new-version"
    assert figures(db, plan_id) == [(PERIOD, 64, "submitted")]
    (road, lane), [duty] = shown(db, plan_id)
    assert (lane["max"], duty.frequency) == (90, "quarterly")
    with db.session() as s:
        carried = [row for row in s.scalars(select(AuditLog).where(AuditLog.action == "target.correct"))]
        assert len(carried) == 2 and carried[-1].actor == "stc" and "carried_from" in carried[-1].after_json


def test_a_new_text_that_changes_a_corrected_goal_wins(stc, db):
    plan_id = first_copy_reported_and_corrected(stc, db)
    done = register(stc, plan_text(TASKS, lane="95", issued=REISSUED), "ke-hoach-77-sua-doi.txt")
    assert done["status"] == "new-version"
    assert [(c["field"], c["value"]) for c in done["corrections_dropped"]] == [("max", 90)]
    (road, lane), [duty] = shown(db, plan_id)
    assert (lane["max"], lane["corrected"], duty.frequency) == (95, [], "quarterly")
    assert figures(db, plan_id) == [(PERIOD, 64, "submitted")]  # the other target's figure still follows it


def test_a_figure_on_a_target_the_more_complete_copy_lacks_is_kept_and_its_review_corrects_its_own_targets(stc, db):
    markets = "- Đến hết năm 2027, 70% chợ nông thôn được cải tạo, nâng cấp."
    plan_id = register(stc, plan_text(TASKS[:2], more_targets=(markets,)), "ke-hoach-77-ban-web.txt")["plan_id"]
    (_, _, market), _ = current(db, plan_id)
    assert stc.post(f"/api/targets/{market.id}/actuals", json={"period": "2027-H1", "value": 40}).status_code == 200
    done = register(stc, plan_text(TASKS), "ke-hoach-77.txt", {"targets": {"1": {"max": 90}}})  # lane, on this copy
    assert done["status"] == "new-source" and done["corrections"] == 1
    targets, _ = shown(db, plan_id)
    by_name = {t.text: values for t, values in zip(current(db, plan_id)[0], targets)}
    assert by_name["Đến hết năm 2027, 85% đường trục thôn, xóm được cứng hóa"]["max"] == 90
    assert by_name["Đến hết năm 2027, 100% đường trục xã được cứng hóa"]["corrected"] == []
    assert figures(db, plan_id) == [("2027-H1", 40, "draft")]  # a figure reported is never deleted
