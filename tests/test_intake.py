"""Adding a plan from the browser: upload, review draft, corrections, registration, second copies and versions.

Over HTTP with FastAPI's test client, on SQLite and PostgreSQL. The plans are
written here with python-docx in the style of a provincial implementation plan.
"""
import io

import docx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from conftest import SAMPLE, api_client
from vnplan.monitor import corrections, users
from vnplan.register import agencies as registry
from vnplan.register import ingest
from vnplan.register.models import AuditLog, Correction, Plan, SourceDocument, Task
from vnplan.web.app import create_app
from vnplan.web.settings import Settings

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TASKS = [
    "Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh kiểm tra công tác cải cách hành chính tại các "
    "sở, ngành, hoàn thành trước ngày 30/9/2024.",
    "Sở Tư pháp chủ trì rà soát, đề xuất bãi bỏ các văn bản quy phạm pháp luật không còn phù hợp, hoàn thành trong "
    "quý III/2024.",
    "Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ nâng cấp Cổng dịch vụ công của tỉnh, hoàn thành "
    "trước ngày 31/10/2024.",
    "Sở Y tế chủ trì số hóa hồ sơ khám chữa bệnh tại các bệnh viện tuyến tỉnh, phấn đấu đạt 100% bệnh viện, hoàn "
    "thành trong năm 2024.",
]
EXTRA_TASK = "Sở Giáo dục và Đào tạo chủ trì triển khai tuyển sinh đầu cấp trực tuyến, hoàn thành trước ngày 31/7/2024."


def plan_docx(tasks=TASKS, issued="ngày 05 tháng 4 năm 2024", province="Lạng Sơn") -> bytes:
    """A provincial plan as a Word file: header, number, title, grounds, numbered tasks, reporting duty."""
    document = docx.Document()
    lines = ["ỦY BAN NHÂN DÂN", f"TỈNH {province.upper()}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Số: 87/KH-UBND", f"{province}, {issued}", "KẾ HOẠCH",
             "Triển khai cải cách hành chính và nâng cao chất lượng phục vụ người dân năm 2024",
             "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
             "hành chính nhà nước giai đoạn 2021 - 2030; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
             "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính.",
             "II. NHIỆM VỤ CỤ THỂ", *(f"{i}. {text}" for i, text in enumerate(tasks, 1)),
             "III. TỔ CHỨC THỰC HIỆN",
             "Các sở, ban, ngành định kỳ hằng quý báo cáo kết quả thực hiện gửi Sở Nội vụ trước ngày 15 của tháng "
             "cuối quý để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
             "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Bình"]
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture
def app(db, tmp_path):
    ingest(db, [SAMPLE])
    with db.session() as s, s.begin():
        users.create_user(s, "stc", "mat-khau-stc", "planning", "Phòng Tổng hợp", province="Lạng Sơn")
        users.create_user(s, "stc2", "mat-khau-stc2", "planning", "Phòng Kế hoạch", province="Lạng Sơn")
        users.create_user(s, "tttt", "mat-khau-tttt", "agency",
                          agency=registry.find(s, "Sở Thông tin và Truyền thông", "Quảng Bình")[0])
        users.create_user(s, "lanhdao", "mat-khau-ld", "leader")
    return create_app(db, Settings(tmp_path, "x" * 48))


def client(app, username, password) -> TestClient:
    return api_client(app, username, password)


def upload(c, data=None, name="ke-hoach-87.docx"):
    return c.post("/api/intake", files={"file": (name, data if data is not None else plan_docx(), DOCX)})


def counts(app) -> tuple[int, int, int]:
    with app.state.db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (Plan, SourceDocument, Correction))


def drafts(tmp_path) -> list:
    folder = tmp_path / "intake"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_upload_review_correct_register(app, tmp_path):
    c = client(app, "stc", "mat-khau-stc")
    before = counts(app)
    r = upload(c)
    assert r.status_code == 200, r.text
    draft = r.json()
    assert draft["known"]["status"] == "new-plan"
    assert [t["lead"] for t in draft["plan"]["tasks"]][:2] == [["Sở Nội vụ"], ["Sở Tư pháp"]]
    assert draft["plan"]["reporting"][0]["frequency"] == "quarterly"
    assert counts(app) == before  # a draft is not in the register

    r = c.put(f"/api/intake/{draft['id']}/corrections", json={
        "tasks": {"II.2": {"lead": "Sở Nội vụ; Sở Tư pháp", "deadline": "15/08/2024"},
                  "II.1": {"lead": "Sở Nội vụ"}},  # the extracted value: not a correction
        "reporting": {"0": {"due": "---20"}}})
    assert r.status_code == 200, r.text
    assert r.json()["tasks"] == {"II.2": {"lead": ["Sở Nội vụ", "Sở Tư pháp"], "deadline": "2024-08-15"}}
    assert counts(app) == before

    r = c.post(f"/api/intake/{draft['id']}/register")
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "new-plan" and r.json()["corrections"] == 3
    plan_id = r.json()["plan_id"]
    assert [sorted(p.name for p in d.iterdir()) for d in drafts(tmp_path)] == [["registered.json"]]  # the file is gone
    with app.state.db.session() as s:
        task = s.scalar(select(Task).join(Task.version).where(Task.path == "II.2").where(
            Task.version.has(plan_id=plan_id)))
        values = corrections.task_values(s, task)
        assert values["lead"] == ["Sở Nội vụ", "Sở Tư pháp"] and values["deadline"] == "2024-08-15"
        assert task.deadline.isoformat() == "2024-09-30"  # the extraction stays beside the correction
        assert {a.action for a in s.scalars(select(AuditLog))} >= {"task.correct", "plan.intake",
                                                                   "reporting_duty.correct"}
    periods = c.get(f"/api/plans/{plan_id}").json()["periods"]  # the corrected due day sets the quarters' dates
    # the first quarter's report fell due (20/03) before the plan was issued (05/04/2024): not owed
    assert [p["due"] for p in periods] == ["2024-06-20", "2024-09-20", "2024-12-20"]
    page = c.get(f"/plans/{plan_id}")
    assert "Sở Nội vụ, Sở Tư pháp" in page.text
    assert "Sở Nội vụ, Sở Tư pháp" in c.get(f"/tasks/{task.id}").text


def test_second_copy_and_new_version_are_recognised(app):
    c = client(app, "stc", "mat-khau-stc")
    original = plan_docx()
    first = upload(c, original).json()
    assert c.post(f"/api/intake/{first['id']}/register").json()["status"] == "new-plan"

    again = upload(c, original).json()  # the very same file
    assert again["known"]["status"] == "unchanged"
    # nothing to correct there: registering it again changes nothing, so a correction would be thrown away unseen
    page = c.get(f"/intake/{again['id']}").text
    assert "<fieldset class=\"plain\" disabled>" in page and "Đăng ký kế hoạch</button>" not in page
    refused = c.put(f"/api/intake/{again['id']}/corrections", json={"tasks": {"II.1": {"lead": "Sở Y tế"}}})
    assert refused.status_code == 400 and "trang kế hoạch" in refused.json()["detail"]
    assert c.post(f"/api/intake/{again['id']}/register").json()["status"] == "unchanged"

    copy = upload(c, plan_docx(issued="ngày 5 tháng 4 năm 2024"), "ban-sao.docx").json()  # other bytes, same plan
    assert copy["known"]["status"] == "new-source" and copy["known"]["number"] == "87/KH-UBND"

    reissued = upload(c, plan_docx(TASKS[:3] + [EXTRA_TASK], "ngày 20 tháng 5 năm 2024"), "ke-hoach-87-sua.docx").json()
    known = reissued["known"]
    assert known["status"] == "new-version"
    assert known["added"] == ["II.4"] and [r["path"] for r in known["removed"]] == ["II.4"]
    assert "Sở Y tế" in known["removed"][0]["text"]
    page = c.get(f"/intake/{reissued['id']}")
    assert "phiên bản mới" in page.text and "Nhiệm vụ bị bỏ (1)" in page.text
    done = c.post(f"/api/intake/{reissued['id']}/register").json()
    assert done["status"] == "new-version" and done["plan_id"] == copy["known"]["plan_id"]


@pytest.mark.parametrize("name, data, message", [
    ("trong.docx", b"", "Tệp rỗng"),
    ("anh.pdf", bytes(range(256)) * 40, "PDF"),
    ("cu.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "Word 97-2003"),
    ("thu.txt", "Kính gửi anh Nam, chiều nay họp tổ lúc 3 giờ nhé.".encode(), "Không nhận ra văn bản hành chính"),
    ("hong.xml", b"<?xml version='1.0'?>\n<<<", "Tệp XML không đọc được"),
    ("hong.json", b'{"toan_van": [', "Tệp JSON không đọc được"),
])
def test_bad_files_are_refused_with_the_command_line_message_and_nothing_kept(app, tmp_path, name, data, message):
    c = client(app, "stc", "mat-khau-stc")
    before = counts(app)
    r = upload(c, data, name)
    assert r.status_code == 400 and message in r.json()["detail"] and r.json()["detail_en"]
    page = c.post("/intake", files={"file": (name, data, "application/octet-stream")},
                  data={"csrf_token": c.headers["X-CSRF-Token"]})
    assert page.status_code == 400 and message in page.text and " / " in page.text
    assert counts(app) == before and drafts(tmp_path) == []


def test_a_plan_saved_as_rtf_is_taken_in(app):
    from test_readers import RTF_PLAN

    r = upload(client(app, "stc", "mat-khau-stc"), RTF_PLAN.encode(), "ke-hoach-41.rtf")
    assert r.status_code == 200, r.text
    assert r.json()["plan"]["document"]["number"] == "41/KH-UBND"
    assert [t["lead"] for t in r.json()["plan"]["tasks"]] == [["Sở Giáo dục và Đào tạo"]]


SCANNED_PDF = (b"%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
               b"2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
               b"3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>> endobj\n"
               b"trailer <</Root 1 0 R>>\n%%EOF\n")  # a page without a text layer, as a scan gives


def test_scanned_pdf_is_refused(app, tmp_path):
    before = counts(app)
    r = upload(client(app, "stc", "mat-khau-stc"), SCANNED_PDF, "scan.pdf")
    assert r.status_code == 400 and "quét" in r.json()["detail"], r.text
    assert counts(app) == before and drafts(tmp_path) == []


def test_too_large_upload_is_refused(app, tmp_path, monkeypatch):
    from vnplan.monitor import intake

    monkeypatch.setattr(intake, "MAX_UPLOAD", 1000)
    r = upload(client(app, "stc", "mat-khau-stc"))
    assert r.status_code == 400 and "quá lớn" in r.json()["detail"] and drafts(tmp_path) == []
    monkeypatch.setattr(intake, "MAX_UPLOAD", 0)  # a body beyond the cap and the form's envelope: refused unread
    r = upload(client(app, "stc", "mat-khau-stc"), b"x" * (2 * 1024 * 1024), "to.txt")
    assert r.status_code == 413 and "quá lớn" in r.json()["detail"] and drafts(tmp_path) == []


def test_who_may_not(app, tmp_path):
    for username, password in (("tttt", "mat-khau-tttt"), ("lanhdao", "mat-khau-ld")):
        c = client(app, username, password)
        assert upload(c).status_code == 403
        assert c.get("/intake").status_code == 403
    assert drafts(tmp_path) == []
    assert TestClient(app).post("/api/intake", files={"file": ("a.docx", plan_docx(), DOCX)}).status_code in (401, 403)

    owner = client(app, "stc", "mat-khau-stc")
    draft = upload(owner).json()
    before = counts(app)
    colleague = client(app, "stc2", "mat-khau-stc2")  # a draft is bound to the one who uploaded it
    assert colleague.get(f"/api/intake/{draft['id']}").status_code == 404
    assert colleague.post(f"/api/intake/{draft['id']}/register").status_code == 404
    agency = client(app, "tttt", "mat-khau-tttt")
    assert agency.post(f"/api/intake/{draft['id']}/register").status_code == 403
    assert agency.put(f"/api/intake/{draft['id']}/corrections", json={"tasks": {}}).status_code == 403
    no_token = TestClient(app, cookies=owner.cookies)
    assert no_token.post(f"/api/intake/{draft['id']}/register").status_code == 403
    assert counts(app) == before and len(drafts(tmp_path)) == 1
    assert owner.get("/api/intake/..%2F..%2Fetc").status_code == 404


def test_a_registered_drafts_pages_lead_to_its_plan(app, tmp_path):
    """Back after registering, or the register button pressed again on a page kept open, finds the plan
    (registered once), not a missing page; another person's draft id still finds nothing."""
    c = client(app, "stc", "mat-khau-stc")
    draft, before = upload(c).json(), counts(app)
    registered = c.post(f"/intake/{draft['id']}", data={"csrf_token": c.headers["X-CSRF-Token"], "action": "register"},
                        follow_redirects=False)
    assert registered.status_code == 303 and (plan := registered.headers["location"]).startswith("/plans/")
    back = c.get(f"/intake/{draft['id']}", follow_redirects=False)
    assert back.status_code == 303 and back.headers["location"] == plan
    again = c.post(f"/intake/{draft['id']}", data={"csrf_token": c.headers["X-CSRF-Token"], "action": "register"},
                   follow_redirects=False)
    assert again.headers["location"] == plan and counts(app)[:2] == (before[0] + 1, before[1] + 1)
    assert client(app, "stc2", "mat-khau-stc2").get(f"/intake/{draft['id']}").status_code == 404
    assert c.get(f"/api/intake/{draft['id']}").status_code == 404  # the draft itself is gone


def test_invalid_correction_is_refused_and_the_draft_kept(app):
    c = client(app, "stc", "mat-khau-stc")
    draft = upload(c).json()
    r = c.put(f"/api/intake/{draft['id']}/corrections", json={"tasks": {"II.1": {"deadline": "31/02/2024"}}})
    assert r.status_code == 400 and "Ngày không hợp lệ" in r.json()["detail"]
    assert c.put(f"/api/intake/{draft['id']}/corrections", json={"tasks": {"IX.9": {"lead": "Sở Y tế"}}}).status_code == 400
    erased = c.put(f"/api/intake/{draft['id']}/corrections", json={"tasks": {"II.1": {"lead": " "}}})
    assert erased.status_code == 400 and "Hãy ghi cơ quan chủ trì" in erased.json()["detail"]
    assert c.get(f"/api/intake/{draft['id']}").json()["corrections"]["tasks"] == {}


def test_review_page_highlights_the_chosen_item_and_discard_removes_the_draft(app, tmp_path):
    c = client(app, "stc", "mat-khau-stc")
    draft = upload(c).json()
    page = c.get(f"/intake/{draft['id']}?item=task-II.3")
    assert page.status_code == 200
    assert '<mark id="chon">Sở Thông tin và Truyền thông chủ trì' in page.text
    assert 'value="31/10/2024"' in page.text  # dates as officials write them
    r = c.post(f"/intake/{draft['id']}/discard", data={"csrf_token": c.headers["X-CSRF-Token"]},
               follow_redirects=False)
    assert r.status_code == 303 and drafts(tmp_path) == []


def test_drafts_left_for_a_week_are_dropped(app, tmp_path):
    import os
    import time

    c = client(app, "stc", "mat-khau-stc")
    old = upload(c).json()["id"]
    week_ago = time.time() - 8 * 86400
    os.utime(tmp_path / "intake" / old, (week_ago, week_ago))
    recent = upload(c, plan_docx(), "..hidden/../ke-hoach.docx").json()
    assert [d.name for d in drafts(tmp_path)] == [recent["id"]] and recent["filename"] == "ke-hoach.docx"
    assert c.get(f"/api/intake/{old}").status_code == 404


def test_a_reporting_due_day_is_typed_the_way_people_write_it():
    from vnplan.monitor.intake import _due
    assert [_due(x) for x in ("ngày 15", "20/11", "30/6/2026", "---20", "")] == ["---15", "--11-20", "2026-06-30", "---20", None]


def test_a_task_written_on_its_own_line_is_not_said_twice_on_its_page(app):
    """"2. Sở Tư pháp: chủ trì …" is its own section: the task page showed the line above the task's text."""
    c = client(app, "stc", "mat-khau-stc")
    text = "\n".join(["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "Số: 91/KH-UBND", "Lạng Sơn, ngày 12 tháng 3 năm 2027",
                      "KẾ HOẠCH", "Phổ biến, giáo dục pháp luật năm 2027", "I. NHIỆM VỤ CỤ THỂ",
                      "1. Sở Tư pháp: chủ trì tổ chức hội nghị phổ biến Luật Hộ tịch cho công chức cấp xã, hoàn thành "
                      "trước ngày 30/6/2027.",
                      "2. Sở Giáo dục và Đào tạo: chủ trì lồng ghép nội dung giáo dục pháp luật vào hoạt động ngoại khóa, "
                      "hoàn thành trước ngày 30/9/2027.",
                      "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hồ Tiến Thiệu"]) + "\n"
    draft = c.post("/api/intake", files={"file": ("ke-hoach-91.txt", text.encode(), "text/plain")}).json()
    plan_id = c.post(f"/api/intake/{draft['id']}/register").json()["plan_id"]
    with app.state.db.session() as s:
        task = s.scalar(select(Task).join(Task.version).where(Task.version.has(plan_id=plan_id), Task.path == "I.1"))
        assert task.text in task.section  # the item's line is its section
    page = c.get(f"/tasks/{task.id}").text
    assert page.count("tổ chức hội nghị phổ biến Luật Hộ tịch") == 1


def test_a_plan_kept_as_latex_is_offered_by_the_form_and_read_on_upload(app):
    c = client(app, "stc", "mat-khau-stc")
    assert ".tex" in c.get("/intake").text and ".fodt" in c.get("/intake").text
    source = ("\\documentclass{article}\\begin{document}\n\\textbf{SỞ Y TẾ TỈNH TÂN AN}\n\nSố: 12/KH-SYT\n\n"
              "\\begin{center}\\textbf{KẾ HOẠCH}\\\\\nPhòng chống dịch năm 2027\\end{center}\n\\section{I. NHIỆM VỤ}\n"
              "\\begin{enumerate}\n\\item Trung tâm Kiểm soát bệnh tật tỉnh chủ trì giám sát dịch trước ngày "
              "30/6/2027.\n\\end{enumerate}\n\\end{document}\n")
    draft = c.post("/api/intake", files={"file": ("ke-hoach.tex", source.encode(), "application/x-tex")}).json()
    assert [t["lead"] for t in draft["plan"]["tasks"]] == [["Trung tâm Kiểm soát bệnh tật tỉnh"]]


def test_a_plan_read_out_in_a_subtitle_file_uploads_as_a_draft(app, tmp_path):
    # (the form lists the subtitles' suffix among those it takes; the reader knows the file by its cues)
    cues = ["ỦY BAN NHÂN DÂN XÃ TÂN HÒA", "Số: 41/KH-UBND", "KẾ HOẠCH", "Phòng, chống đuối nước trẻ em năm 2027",
            "I. NHIỆM VỤ", "1. Trạm Y tế xã chủ trì tập huấn sơ cứu đuối nước trước ngày 30/5/2027.",
            "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Hải"]
    srt = "".join(f"{n}\n00:00:{2 * n:02d},000 --> 00:00:{2 * n + 1:02d},500\n{cue}\n\n" for n, cue in enumerate(cues, 1))
    r = upload(client(app, "stc", "mat-khau-stc"), srt.encode(), "doc-ke-hoach.srt")
    assert r.status_code == 200, r.text
    assert [t["lead"] for t in r.json()["plan"]["tasks"]] == [["Trạm Y tế xã"]]
