"""The register on SQLite and PostgreSQL: ingest, duplicates and versions, agencies, search, citations."""
import json
import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from conftest import CORPUS, SAMPLE, require_corpus
from vnplan.monitor import users
from vnplan.register import find_plan_by_number, ingest, list_plans
from vnplan.register import agencies as registry
from vnplan.register.citations import citing
from vnplan.register.models import (Agency, AuditLog, Notification, Plan, ProgressReport, SourceDocument, Task,
                                    TaskAgency, TrackedTask, User)
from vnplan.register.db import migrate
from vnplan.register.search import Filters, search, tsvector


def _count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_reingesting_the_same_file_changes_nothing(db, data_dir):
    first = ingest(db, [SAMPLE])
    with db.session() as s:
        digest = s.scalar(select(SourceDocument.sha256))
    kept = data_dir / "sources" / digest[:2] / digest
    assert kept.read_bytes() == SAMPLE.read_bytes()  # the original file is kept
    counts = {m: _count(db, m) for m in (Plan, SourceDocument, Task, TaskAgency, Agency)}
    second = ingest(db, [SAMPLE])
    assert [r.status for r in first] == ["new-plan"] and [r.status for r in second] == ["unchanged"]
    assert {m: _count(db, m) for m in counts} == counts


def test_dry_run_saves_nothing(db, data_dir):
    results = ingest(db, [SAMPLE], dry_run=True)
    assert results[0].status == "new-plan" and "dry run" in results[0].message
    assert _count(db, Plan) == 0 and _count(db, Task) == 0
    assert not (data_dir / "sources").exists()


def test_two_sources_of_one_plan_become_one_plan(db):
    require_corpus()
    results = ingest(db, [CORPUS])
    assert [r.status for r in results].count("error") == 0
    with db.session() as s:
        rows = list_plans(s)
        files = [p for p in CORPUS.iterdir() if p.is_file()]
        assert len(rows) == len(files) - 1  # two of the files are one plan from two sources
        plan = find_plan_by_number(s, "24/KH-UBND")
        assert (plan.number, plan.issued_date, plan.signer) == ("24/KH-UBND", date(2024, 1, 19), "Nguyễn Văn Phương")
        assert len(plan.sources) == 2
        assert len(plan.current.tasks) == max(src.task_count for src in plan.sources)  # the PDF copy's tasks
        assert {Path(src.path).name for src in plan.sources} == {"001_502643519977a7af.txt", "003_ae0b408a45954bed.txt"}


def test_plan_order_does_not_matter_for_the_merge(db):
    require_corpus()
    ingest(db, [CORPUS / "003_ae0b408a45954bed.txt"])
    result = ingest(db, [CORPUS / "001_502643519977a7af.txt"])[0]
    assert result.status == "new-source"
    with db.session() as s:
        plan = find_plan_by_number(s, "24/KH-UBND")
        assert len(plan.sources) == 2
        assert len(plan.current.tasks) == max(src.task_count for src in plan.sources)  # the more complete copy's


def _reissued_sample(tmp_path: Path) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    text = text.replace("ngày 12 tháng 3 năm 2024", "ngày 20 tháng 6 năm 2024")
    text = text.replace("- Thúc đẩy thanh toán không dùng tiền mặt tại các chợ, trung tâm thương mại thường xuyên.\n",
                        "- Triển khai ví điện tử cho hộ kinh doanh tại các chợ truyền thống.\n")
    text = text.replace("hoàn thành trong tháng 10/2024", "hoàn thành trong tháng 12/2024")
    path = tmp_path / "ke-hoach-sua-doi.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_new_version_keeps_reports_attached_to_matched_tasks(db, tmp_path):
    ingest(db, [SAMPLE])
    with db.session() as s, s.begin():
        task = s.scalar(select(Task).where(Task.text.like("Xây dựng kho dữ liệu%")))
        s.add(ProgressReport(tracked_task_id=task.tracked_task_id, period="2024-Q2", percent=40, result="Đã khảo sát"))
        reported = task.tracked_task_id
    result = ingest(db, [_reissued_sample(tmp_path)])[0]
    assert result.status == "new-version"
    assert len(result.added) == 1 and len(result.removed) == 1
    with db.session() as s:
        plan = find_plan_by_number(s, "215/KH-UBND")
        assert [v.number for v in plan.versions] == [1, 2]
        assert plan.issued_date == date(2024, 6, 20)
        current = {t.tracked_task_id: t for t in plan.current.tasks}
        assert "tháng 12/2024" in current[reported].text  # the edited task, still carrying the report
        report = s.scalar(select(ProgressReport))
        assert report.tracked_task_id in current
        assert s.scalar(select(func.count()).select_from(TrackedTask)) == len(plan.versions[0].tasks) + 1


def test_agency_merge_moves_links_and_is_audited(db):
    ingest(db, [SAMPLE])
    with db.session() as s, s.begin():
        # a body named with its province is the registry's body, not a new one
        assert registry.resolve(s, "Quảng Bình", "Sở Du Lịch tỉnh Quảng Bình").name == "Sở Du lịch"
        doubtful = registry.resolve(s, "Quảng Bình", "Sở Du lịch QB", resolved=False)
        task = s.scalar(select(Task).where(Task.text.like("Sở Du lịch%")))
        task.agencies.append(TaskAgency(agency=doubtful, role="coordinator", written_name=doubtful.name))
    with db.session() as s:
        assert "Sở Du lịch QB" in {a.name for a in registry.unresolved(s)}
    with db.session() as s, s.begin():
        source = registry.find(s, "Sở Du lịch QB")[0]
        target = registry.find(s, "Sở Du lịch", "Quảng Bình")[0]
        registry.merge(s, source, target)
    with db.session() as s:
        assert registry.find(s, "Sở Du lịch QB")[0].name == "Sở Du lịch"  # the alias now points there
        links = s.scalars(select(TaskAgency).where(TaskAgency.written_name == "Sở Du lịch QB")).all()
        assert links and all(link.agency.name == "Sở Du lịch" for link in links)
        log = s.scalar(select(AuditLog).where(AuditLog.action == "agency.merge"))
        assert json.loads(log.before_json)["source"] == "Sở Du lịch QB"


def test_successors_carry_old_tasks_and_keep_the_written_name(db):
    ingest(db, [SAMPLE])
    with db.session() as s:
        old = registry.find(s, "Sở Kế hoạch và Đầu tư", "Quảng Bình")[0]
        assert registry.current(s, old, date(2024, 12, 31)).name == "Sở Kế hoạch và Đầu tư"
        assert registry.current(s, old).name == "Sở Tài chính"
        hits = search(s, "đầu tư công", Filters(agency="Sở Tài chính"))
        assert hits and all(h.plan_number == "215/KH-UBND" for h in hits)
        written = {link.written_name for h in hits for link in s.get(Task, h.task_id).agencies}
        assert "Sở Kế hoạch và Đầu tư" in written


def test_search_vector_counts_word_positions_as_queries_split_words():
    assert tsvector("chuyen doi so, so hoa 5.500 ha_noi") == "'chuyen':1 'doi':2 'so':3,4 'hoa':5 '5':6 '500':7 'ha':8 'noi':9"


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_postgresql_vectors_of_existing_tasks_are_rebuilt_by_the_migration(db):
    """Migration 0003 turns the generated search vector into a stored one, converting every row."""
    ingest(db, [SAMPLE])
    with db.session() as s:
        before = [h.task_id for h in search(s, "chuyen doi so")]
    migrate(db.engine, "0002", downgrade=True)  # back to the vector generated by the server
    migrate(db.engine)
    with db.session() as s:
        assert before and [h.task_id for h in search(s, "chuyen doi so")] == before
        rows = s.execute(text("SELECT folded, search_vector::text AS stored FROM task")).all()
        assert rows and all(
            row.stored == s.scalar(text("SELECT CAST(:v AS tsvector)::text"), {"v": tsvector(row.folded)})
            for row in rows)


def test_the_unused_lock_out_columns_are_dropped_in_place_and_come_back_on_downgrade(db):
    """Migration 0011 drops user_account.failed_logins and locked_until without copying the table: on SQLite a
    copy would drop the original, and with foreign keys on that deletes every user's notices."""
    with db.session() as s, s.begin():
        user = users.create_user(s, "dau_moi", "mat-khau-dau-moi", "leader")
        s.add(Notification(user_id=user.id, kind="approved", key="bao-cao-1", link="/reports/1", text="Đã duyệt"))

    def columns() -> set[str]:
        return {column["name"] for column in inspect(db.engine).get_columns("user_account")}

    lock_out = {"failed_logins", "locked_until"}
    assert not lock_out & columns()
    migrate(db.engine, "0010", downgrade=True)
    assert lock_out <= columns()
    migrate(db.engine)
    assert not lock_out & columns()
    assert (_count(db, User), _count(db, Notification)) == (1, 1)


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_postgresql_statistics_are_refreshed_on_request(db):
    ingest(db, [SAMPLE])
    db.refresh_statistics()
    with db.session() as s:
        assert s.scalar(text("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'task'")) is not None


def test_search_with_and_without_diacritics_and_filters(db):
    ingest(db, [SAMPLE])
    with db.session() as s:
        plain = search(s, "chuyen doi so")
        marked = search(s, "chuyển đổi số")
        assert plain and {h.task_id for h in plain} == {h.task_id for h in marked}
        assert all("«" in h.snippet for h in plain)
        assert any("«chuyển đổi số»" in h.snippet for h in plain)
        with_deadline = search(s, "hoan thanh", Filters(has_deadline=True))
        assert with_deadline and all(h.deadline for h in with_deadline)
        by_agency = search(s, "san pham", Filters(agency="So Cong Thuong", role="lead"))
        assert by_agency and all("Sở Công Thương" in h.leads for h in by_agency)
        assert search(s, "san pham", Filters(province="Hà Tĩnh")) == []
        assert search(s, "du lieu", Filters(year=2024)) and search(s, "du lieu", Filters(year=2020)) == []


def test_citation_graph_finds_both_provinces_for_29_nq_tw(db):
    require_corpus()
    ingest(db, [CORPUS])
    with db.session() as s:
        found = citing(s, "29-NQ/TW")
        by_number = {c.number: c for c in found}
        assert {"334/KH-UBND", "154/KH-UBND"} <= set(by_number)
        assert {by_number["334/KH-UBND"].province, by_number["154/KH-UBND"].province} == {"Thừa Thiên Huế", "Hà Tĩnh"}
        assert by_number["334/KH-UBND"].chain[:3] == ["334/KH-UBND", "113-KH/TU", "29-NQ/TW"]
        assert by_number["334/KH-UBND"].implements


def test_a_broken_file_in_a_folder_does_not_stop_the_others(db, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-ke-hoach.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b-hong.pdf").write_bytes(b"%PDF-1.4 broken")
    (folder / "c-rong.txt").write_bytes(b"")
    (folder / "d-tin-tuc.html").write_text("<html><body><p>Tin tức thời sự trong ngày.</p></body></html>", encoding="utf-8")
    results = ingest(db, [folder])
    assert [r.status for r in results] == ["new-plan", "error", "error", "error"]
    assert all(r.message for r in results[1:])
    assert _count(db, SourceDocument) == 1 and _count(db, Plan) == 1


def _numbered_samples(folder: Path, count: int) -> list[Path]:
    """Distinct plans: the sample under other numbers."""
    folder.mkdir(exist_ok=True)
    sample = SAMPLE.read_text(encoding="utf-8")
    paths = []
    for n in range(count):
        path = folder / f"{n:02d}-ke-hoach.txt"
        path.write_text(sample.replace("Số: 215/KH-UBND", f"Số: {300 + n}/KH-UBND"), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_a_batch_is_extracted_in_a_worker_process_and_stored_in_order(db, tmp_path):
    plans = _numbered_samples(tmp_path / "inbox", 9)
    (tmp_path / "inbox" / "04b-hong.pdf").write_bytes(b"%PDF-1.4 broken")
    results = ingest(db, [tmp_path / "inbox"], workers=1)
    assert [Path(r.file).name for r in results] == sorted(p.name for p in (tmp_path / "inbox").iterdir())
    assert [r.status for r in results].count("new-plan") == len(plans)
    assert [r.number for r in results if r.status == "new-plan"] == [f"{300 + n}/KH-UBND" for n in range(len(plans))]
    assert [r.status for r in ingest(db, [tmp_path / "inbox"], workers=1)].count("unchanged") == len(plans)


def _crash_on(name: str, extract_plan):
    def extract(text, source=None, strict=True):
        if source and source.endswith(name):
            os._exit(3)  # as a native library dying on a file would
        return extract_plan(text, source=source, strict=strict)
    return extract


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_a_file_that_kills_its_worker_is_reported_and_the_batch_goes_on(db, tmp_path, monkeypatch):
    import vnplan.register.workers as workers

    monkeypatch.setattr(workers, "extract_plan", _crash_on("05-ke-hoach.txt", workers.extract_plan))
    plans = _numbered_samples(tmp_path / "inbox", 12)
    results = ingest(db, [tmp_path / "inbox"], workers=1)
    assert [Path(r.file).name for r in results] == [p.name for p in plans]
    failed = [r for r in results if r.status == "error"]
    assert [Path(r.file).name for r in failed] == ["05-ke-hoach.txt"] and "stopped" in failed[0].message
    assert _count(db, Plan) == len(plans) - 1  # those read beside it were tried again alone


def test_cli_register_commands(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from vnplan.cli import app

    monkeypatch.setenv("VNPLAN_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite'}")
    runner = CliRunner()
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"PK\x03\x04 not really a docx")
    result = runner.invoke(app, ["ingest", str(SAMPLE), str(broken)])
    assert result.exit_code == 1 and "hong.docx" in result.output
    plans = json.loads(runner.invoke(app, ["plans", "--json"]).stdout)
    assert [(p["number"], p["sources"], p["tasks"]) for p in plans] == [("215/KH-UBND", 1, 10)]
    hits = json.loads(runner.invoke(app, ["search", "du lieu", "--json"]).stdout)
    assert hits and hits[0]["plan_number"] == "215/KH-UBND"
    refs = json.loads(runner.invoke(app, ["refs", "45-CTr/TU", "--json"]).stdout)
    assert [r["number"] for r in refs] == ["215/KH-UBND"]
    assert runner.invoke(app, ["agencies", "succeed", "Sở Du lịch", "Sở Văn hóa, Thể thao và Du lịch",
                               "--on", "2025-03-01"]).exit_code == 0
    listed = json.loads(runner.invoke(app, ["agencies", "--json"]).stdout)
    assert {a["name"]: a["successor"] for a in listed}["Sở Du lịch"] == "Sở Văn hóa, Thể thao và Du lịch"
    assert runner.invoke(app, ["compare", "215/KH-UBND", "215/KH-UBND"]).exit_code == 0
    assert runner.invoke(app, ["compare", "215/KH-UBND", "999/KH-UBND"]).exit_code == 1


def test_among_selects_exactly_the_ids_given_on_both_databases(db):
    """One array parameter on PostgreSQL, a list of parameters on SQLite: the same rows, none for no ids."""
    from vnplan.register.db import among

    with db.session() as session, session.begin():
        session.add_all(Agency(province="Bình Minh", name=f"Sở thử nghiệm {n}") for n in range(5))
    with db.session() as session:
        ids = sorted(session.scalars(select(Agency.id)))[:5]
        chosen = [ids[0], ids[2], ids[4]]
        assert sorted(session.scalars(select(Agency.id).where(among(session, Agency.id, chosen)))) == chosen
        assert sorted(session.scalars(select(Agency.id).where(among(session, Agency.id, set(chosen[:1]))))) == chosen[:1]
        assert list(session.scalars(select(Agency.id).where(among(session, Agency.id, [])))) == []
