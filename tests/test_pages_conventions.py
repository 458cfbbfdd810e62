"""Every page tells the same truth in Vietnamese conventions: dates typed and shown dd/mm/yyyy, decimal
commas, periods named for people, whole titles in tooltips, totals that say what they sum."""
import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from conftest import SAMPLE
from vnplan.monitor import users
from vnplan.register import Database, ingest
from vnplan.register import agencies as registry
from vnplan.register.models import Target, Task
from vnplan.web.app import create_app
from vnplan.web.settings import Settings


@pytest.fixture
def app(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'vnplan.sqlite'}")
    ingest(db, [SAMPLE])
    with db.session() as s, s.begin():
        tt = registry.find(s, "Sở Thông tin và Truyền thông", "Quảng Bình")[0]
        users.create_user(s, "stc", "mat-khau-stc", "planning", "Phòng Tổng hợp", province="Quảng Bình")
        users.create_user(s, "tttt", "mat-khau-tttt", "agency", "Đầu mối", agency=tt)
        users.create_user(s, "quantri", "mat-khau-qt", "admin", "Quản trị")
    yield create_app(db, Settings(tmp_path, "k" * 48))
    db.engine.dispose()


def signed_in(app, username, password) -> TestClient:
    c = TestClient(app)
    page = c.get("/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    form = {"username": username, "password": password, "next": "/"}
    if token:
        form["csrf_token"] = token[1]
    assert c.post("/login", data=form, follow_redirects=False).status_code == 303
    return c


def csrf(c: TestClient, url: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', c.get(url).text)[1]


def test_a_deadline_typed_day_month_year_is_accepted_and_shown_so(app):
    c = signed_in(app, "stc", "mat-khau-stc")
    with app.state.db.session() as s:
        task = s.scalar(select(Task).where(Task.text.like("Tham mưu ban hành Quy chế%")))
    r = c.post(f"/tasks/{task.id}/correct", data={"field": "deadline", "value": "31/12/2025",
                                                   "csrf_token": csrf(c, "/plans/1")}, follow_redirects=False)
    assert r.status_code == 303, r.text[:300]
    page = c.get("/plans/1").text
    assert "31/12/2025" in page and "2025-12-31" not in page.replace('data-deadline="2025-12-31"', "")
    wrong = c.post(f"/tasks/{task.id}/correct", data={"field": "deadline", "value": "31/13/2025",
                                                       "csrf_token": csrf(c, "/plans/1")})
    assert wrong.status_code == 400 and "ngày/tháng/năm" in wrong.text and "Traceback" not in wrong.text


def test_each_field_of_a_task_is_corrected_from_its_own_value_and_a_lead_is_never_emptied(app):
    """One box per field, holding that field's value (one box holding the lead whatever field was chosen let the lead
    be saved as the partners); a lead erased is refused, for a task nobody leads is owed by nobody."""
    c = signed_in(app, "stc", "mat-khau-stc")
    with app.state.db.session() as s:
        task = s.scalar(select(Task).where(Task.text.like("Tham mưu ban hành Quy chế%")))
    page = c.get(f"/plans/1?task={task.id}").text
    forms = dict(re.findall(r'data-field="(\w+)">.*?name="value" value="([^"]*)"', page, re.S))
    assert forms["lead"] == "Sở Thông tin và Truyền thông" and forms["lead"] != forms["coordinators"]
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", forms["deadline"])
    assert '<option value="Sở Nội vụ">' in page  # the province's bodies offered as they are named
    saved = c.post(f"/tasks/{task.id}/correct", data={"field": "deadline", "value": "30/11/2026",
                                                       "csrf_token": csrf(c, "/plans/1")})  # followed to the page
    assert f'role="status">Đã lưu thời hạn của nhiệm vụ {task.path}.</p>' in saved.text
    assert "Đã lưu thời hạn" not in c.get(f"/plans/1?task={task.id}").text  # said once
    erased = c.post(f"/tasks/{task.id}/correct", data={"field": "lead", "value": " ; ", "csrf_token": csrf(c, "/plans/1")})
    assert erased.status_code == 400 and "Hãy ghi cơ quan chủ trì" in erased.text
    assert forms["lead"] in c.get(f"/plans/1?task={task.id}").text.split('data-field="lead"')[1][:400]


def test_a_figure_typed_with_a_decimal_comma_shows_with_its_period_named(app):
    agency = signed_in(app, "tttt", "mat-khau-tttt")
    with app.state.db.session() as s:
        target = s.scalar(select(Target).where(Target.task_path.is_not(None)))
    r = agency.post(f"/targets/{target.id}/actual", data={"period": "once-2024-04-15", "value": "98,5",
                                                          "action": "submit", "csrf_token": csrf(agency, "/plans/1")},
                    follow_redirects=False)
    assert r.status_code == 303, r.text[:300]
    page = agency.get("/plans/1").text
    assert "98,5" in page and "Báo cáo một lần (hạn 15/04/2024)" in page
    assert "98.5" not in page and "(once-" not in page


def test_pages_show_dates_day_month_year(app):
    c = signed_in(app, "stc", "mat-khau-stc")
    plans = c.get("/plans").text
    assert "12/03/2024" in plans and "2024-03-12" not in plans
    with app.state.db.session() as s:
        task_id = s.scalar(select(Task.id).where(Task.text.like("Tham mưu ban hành Quy chế%")))
    assert "30/06/2024" in c.get(f"/tasks/{task_id}").text


def test_no_task_page_prints_the_related_agencies_alone_in_brackets(app):
    c = signed_in(app, "stc", "mat-khau-stc")
    with app.state.db.session() as s:
        ids = s.scalars(select(Task.id)).all()
    for task_id in ids:
        page = c.get(f"/tasks/{task_id}").text
        assert "<dd> (và các cơ quan liên quan)" not in page and "<dd>(và" not in page


def variant(folder, name, **replacements):
    """The sample plan with some words changed: another plan of the same shape."""
    text = SAMPLE.read_text(encoding="utf-8")
    for old, new in replacements.items():
        text = text.replace(old.replace("_", " "), new)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_long_titles_are_cut_with_the_whole_title_in_a_tooltip(app, tmp_path):
    longer = ("VỀ CHUYỂN ĐỔI SỐ GẮN VỚI CẢI CÁCH HÀNH CHÍNH, XÂY DỰNG CHÍNH QUYỀN SỐ, ĐÔ THỊ THÔNG MINH VÀ BẢO ĐẢM "
              "AN TOÀN THÔNG TIN MẠNG")
    ingest(app.state.db, [variant(tmp_path, "dai.txt", VỀ_CHUYỂN_ĐỔI_SỐ=longer, **{"215/KH-UBND": "216/KH-UBND"})])
    page = signed_in(app, "stc", "mat-khau-stc").get("/").text
    cut = re.search(r'<span title="([^"]*AN TOÀN THÔNG TIN MẠNG[^"]*)">([^<]+…)</span>', page, re.IGNORECASE)
    assert cut, "the long title is neither cut nor given whole in a tooltip"
    assert len(cut[2]) <= 140 and cut[1].startswith(cut[2][:-1])


def test_the_overview_names_the_provinces_it_sums(app, tmp_path):
    ingest(app.state.db, [variant(tmp_path, "ha-tinh.txt", QUẢNG_BÌNH="HÀ TĨNH", Quảng_Bình="Hà Tĩnh",
                                  **{"215/KH-UBND": "88/KH-UBND"})])
    page = signed_in(app, "quantri", "mat-khau-qt").get("/").text
    assert "toàn tỉnh" not in page
    assert "2 tỉnh, thành phố: Hà Tĩnh, Quảng Bình" in page


def test_api_docs_need_no_outside_network(app):
    c = TestClient(app)
    page = c.get("/api/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in page and "/static/swagger/swagger-ui.css" in page
    assert not re.search(r'(src|href)="https?://', page)
    script = c.get("/static/swagger/swagger-ui-bundle.js")
    assert script.status_code == 200 and "SwaggerUIBundle" in script.text
    assert c.get("/static/swagger/swagger-ui.css").status_code == 200


def test_lists_follow_vietnamese_dictionary_order(app, tmp_path):
    for province, number in (("Đà Nẵng", "12/KH-UBND"), ("Yên Bái", "13/KH-UBND"), ("Bắc Ninh", "14/KH-UBND")):
        ingest(app.state.db, [variant(tmp_path, f"{number[:2]}.txt", QUẢNG_BÌNH=province.upper(), Quảng_Bình=province,
                                      **{"215/KH-UBND": number})])
    c = signed_in(app, "quantri", "mat-khau-qt")
    plans = c.get("/plans").text
    order = [plans.index(f">{number}<") for number in ("14/KH-UBND", "12/KH-UBND", "215/KH-UBND", "13/KH-UBND")]
    assert order == sorted(order)  # Bắc Ninh, Đà Nẵng, Quảng Bình, Yên Bái: Đ right after D, not after Y
    people = c.get("/users").text.split("<tbody>")[1]
    assert people.index("Đầu mối") < people.index("Phòng Tổng hợp") < people.index("Quản trị")


def test_a_refused_address_or_value_is_explained_in_vietnamese(app):
    """A mistyped address is a page not found; a value out of range says why in Vietnamese, not in the validator's
    English; the search box stops at the length the search accepts."""
    c = signed_in(app, "stc", "mat-khau-stc")
    page = c.get("/plans/abc")
    assert page.status_code == 404 and "Không tìm thấy trang này" in page.text and "Input should" not in page.text
    page = c.get("/inbox?page=0")
    assert page.status_code == 422 and "Số trang phải từ 1 trở lên" in page.text and "Input should" not in page.text
    page = c.get("/search?q=" + "x" * 201)
    assert page.status_code == 422 and "Nội dung tìm kiếm dài quá 200 ký tự" in page.text
    assert 'maxlength="200"' in c.get("/search").text
    answer = c.get("/api/plans/abc")  # the JSON API keeps the validator's own words beside ours
    assert answer.status_code == 422 and "invalid input" in answer.json()["detail"]


def test_an_address_that_does_not_exist_gets_the_vietnamese_error_page(app):
    c = signed_in(app, "stc", "mat-khau-stc")
    page = c.get("/khong-co-trang-nay", headers={"accept": "text/html"})
    assert page.status_code == 404 and "Không tìm thấy trang này" in page.text and "Not Found" not in page.text
    assert '<h1>Không thực hiện được</h1>' in page.text
    answer = c.get("/api/khong-co")
    assert answer.status_code == 404 and answer.json()["detail"].endswith("/ not found")
