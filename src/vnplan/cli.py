"""Command line: each command is a thin shell over one library call."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from . import extract_file
from .errors import VnplanError
from .model import Plan

app = typer.Typer(help="vnplan: kế hoạch của UBND tỉnh thành sổ theo dõi / provincial plans as a tracked register.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
console = Console()
err_console = Console(stderr=True)


_state: dict[str, str | None] = {"db": None}


@app.callback()
def main(db: Optional[str] = typer.Option(None, "--db", envvar="VNPLAN_DATABASE_URL",
                                          help="Cơ sở dữ liệu (mặc định: SQLite trong VNPLAN_DATA_DIR).")) -> None:
    """vnplan: trích xuất, lưu trữ và theo dõi kế hoạch / extract, register and monitor plans."""
    _state["db"] = db


def _database():
    from .register import Database

    return Database(_state["db"])


def _emit_json(payload) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1, default=str) + "\n")


def _extract_one(path: Path) -> tuple[Plan | None, str | None]:
    try:
        return extract_file(path), None
    except VnplanError as exc:
        return None, str(exc)
    except RecursionError:
        return None, "Tệp quá phức tạp để xử lý / document too deeply nested to process"
    except Exception as exc:  # one bad file must never stop the others
        return None, f"Lỗi nội bộ khi xử lý tệp / internal error: {type(exc).__name__}: {exc}"


@app.command()
def extract(
    files: list[Path] = typer.Argument(..., help="Tệp kế hoạch: .pdf, .docx, .rtf, .html, .xml, .fodt, .json, .sql, .tex, .rst, .org, .ics, .srt, .vtt, .mm, .ms, .typ, .warc, .txt, .md"),
    as_json: bool = typer.Option(False, "--json", help="In JSON theo hợp đồng trích xuất (schema 1)."),
) -> None:
    """Trích xuất cấu trúc kế hoạch / extract a plan's structure."""
    results = []
    failed = 0
    for path in files:
        plan, error = _extract_one(path)
        if error:
            failed += 1
            results.append({"file": str(path), "error": error})
            if not as_json:
                err_console.print(f"[bold red]Lỗi[/] {path}: {error}")
        else:
            results.append(plan.to_dict())
            if not as_json:
                print_plan(plan)
    if as_json:
        payload = results[0] if len(results) == 1 else results
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    if failed:
        raise typer.Exit(code=1)


def print_plan(plan: Plan) -> None:
    d = plan.document
    console.rule(f"[bold]{d.type or 'Văn bản'} {d.number or ''}[/]")
    for label, value in [("Cơ quan ban hành", d.issuer), ("Ngày ban hành", d.issued_date), ("Trích yếu", d.title),
                         ("Người ký", f"{d.signer_title or ''} {d.signer or ''}".strip())]:
        if value:
            console.print(f"[bold]{label}:[/] {value}")
    by_lead: dict[str, list] = {}
    for task in plan.tasks:
        by_lead.setdefault(", ".join(task.lead) or "(chưa giao)", []).append(task)
    table = Table(title=f"Nhiệm vụ theo cơ quan chủ trì ({len(plan.tasks)})", show_lines=False)
    for col in ("Cơ quan chủ trì", "Số nhiệm vụ", "Có thời hạn", "Ví dụ"):
        table.add_column(col)
    for lead, tasks in sorted(by_lead.items(), key=lambda kv: -len(kv[1])):
        table.add_row(lead, str(len(tasks)), str(sum(1 for t in tasks if t.deadline)), tasks[0].text[:70] + "…")
    console.print(table)
    if plan.targets:
        t = Table(title=f"Chỉ tiêu ({len(plan.targets)})")
        for col in ("Chỉ tiêu", "Từ", "Đến", "Đơn vị", "Năm"):
            t.add_column(col)
        for target in plan.targets:
            t.add_row(target.indicator[:60], _fmt(target.min), _fmt(target.max), target.unit, str(target.year or ""))
        console.print(t)
    if plan.references:
        console.print("[bold]Văn bản được viện dẫn:[/] " + ", ".join(
            f"{r.type} {r.number}" + (f" ({r.date})" if r.date else "") for r in plan.references))
    if plan.reporting:
        t = Table(title="Lịch báo cáo")
        for col in ("Đơn vị báo cáo", "Gửi", "Kỳ", "Hạn"):
            t.add_column(col)
        for r in plan.reporting:
            t.add_row((r.reporter or "")[:60], r.recipient or "", r.frequency or "", r.due or "")
        console.print(t)


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Tệp hoặc thư mục (đệ quy)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Chạy thử, không lưu gì."),
) -> None:
    """Nhập kế hoạch vào sổ theo dõi / ingest plans into the register."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .monitor.formatting import correction_text
    from .register.corrected import FIELD_NAMES
    from .register.ingest import OUTCOMES, iter_files
    from .register.ingest import ingest as ingest_paths

    db = _database()
    files = iter_files(paths)
    with Progress(TextColumn("[bold]Nhập kế hoạch"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn("{task.description}"), console=err_console, transient=True) as progress:
        bar = progress.add_task("", total=len(files))

        def advance(result) -> None:
            progress.update(bar, advance=1, description=Path(result.file).name[:40])

        results = ingest_paths(db, files, dry_run, progress=advance)
    table = Table(title="Kết quả nhập" + (" (chạy thử)" if dry_run else ""))
    for col in ("Tệp", "Kết quả", "Kế hoạch", "Nhiệm vụ"):
        table.add_column(col)
    for r in results:
        if r.status != "error":
            table.add_row(Path(r.file).name, OUTCOMES[r.status].lower(), r.number or (f"#{r.plan_id}" if r.plan_id else ""),
                          str(r.tasks) + (f" (+{len(r.added)} / -{len(r.removed)})" if r.status == "new-version" else ""))
    console.print(table)
    for r in results:  # what the planning department corrected and a new version's own text now says otherwise
        for entry in r.dropped:
            console.print(f"[yellow]Sửa đổi không giữ lại[/] {r.number or ''} {entry['path']}: {FIELD_NAMES[entry['field']]} "
                          f"«{correction_text(entry['field'], entry['value'])}» (văn bản mới ghi khác)")
    errors = [r for r in results if r.status == "error"]
    for r in errors:
        err_console.print(f"[bold red]Lỗi[/] {r.file}: {r.message}")
    if errors:
        raise typer.Exit(code=1)


@app.command()
def plans(as_json: bool = typer.Option(False, "--json", help="In JSON.")) -> None:
    """Danh sách kế hoạch trong sổ / the plans in the register."""
    from dataclasses import asdict

    from .register import list_plans

    with _database().session() as session:
        rows = list_plans(session)
    if as_json:
        _emit_json([asdict(r) for r in rows])
        return
    table = Table(title=f"Kế hoạch ({len(rows)})")
    for col in ("Số hiệu", "Cơ quan ban hành", "Ngày", "Trích yếu", "Nguồn", "Phiên bản", "Nhiệm vụ", "Chỉ tiêu"):
        table.add_column(col)
    for r in rows:
        table.add_row(r.number or f"#{r.id}", r.issuer or "", r.issued_date or "", (r.title or "")[:60], str(r.sources),
                      str(r.versions), str(r.tasks), str(r.targets))
    console.print(table)


@app.command()
def search(
    query: str = typer.Argument(..., help="Từ khóa, có hoặc không dấu."),
    province: Optional[str] = typer.Option(None, help="Tỉnh/thành phố."),
    plan: Optional[str] = typer.Option(None, help="Số hiệu kế hoạch."),
    agency: Optional[str] = typer.Option(None, help="Cơ quan chủ trì hoặc phối hợp."),
    role: Optional[str] = typer.Option(None, help="lead (chủ trì) hoặc coordinator (phối hợp)."),
    year: Optional[int] = typer.Option(None, help="Năm ban hành kế hoạch."),
    has_deadline: Optional[bool] = typer.Option(None, "--has-deadline/--no-deadline", help="Có / không có thời hạn."),
    limit: int = typer.Option(20, help="Số kết quả tối đa."),
    as_json: bool = typer.Option(False, "--json", help="In JSON."),
) -> None:
    """Tìm nhiệm vụ / search tasks (diacritics optional)."""
    from dataclasses import asdict

    from .register.search import Filters, search as run_search

    filters = Filters(province, plan, agency, role, year, has_deadline)
    with _database().session() as session:
        hits = run_search(session, query, filters, limit)
    if as_json:
        _emit_json([{k: v for k, v in asdict(h).items() if k != "text"} for h in hits])
        return
    table = Table(title=f"Kết quả tìm «{query}» ({len(hits)})")
    for col in ("Kế hoạch", "Mục", "Chủ trì", "Nội dung"):
        table.add_column(col)
    for h in hits:
        table.add_row(h.plan_number or f"#{h.plan_id}", h.path, ", ".join(h.leads),
                      h.snippet.replace("«", "[bold yellow]").replace("»", "[/]"))
    console.print(table)


@app.command()
def refs(number: str = typer.Argument(..., help="Số hiệu văn bản, ví dụ 29-NQ/TW."),
         as_json: bool = typer.Option(False, "--json", help="In JSON.")) -> None:
    """Các kế hoạch viện dẫn hoặc triển khai một văn bản / plans that cite or implement a document."""
    from dataclasses import asdict

    from .register.citations import citing

    with _database().session() as session:
        found = citing(session, number)
    if as_json:
        _emit_json([asdict(c) for c in found])
        return
    if not found:
        console.print(f"Không có kế hoạch nào viện dẫn {number} / no plan cites {number}")
        return
    table = Table(title=f"Kế hoạch viện dẫn {number}")
    for col in ("Tỉnh", "Kế hoạch", "Ngày", "Triển khai", "Chuỗi văn bản"):
        table.add_column(col)
    for c in found:
        table.add_row(c.province or "", c.number or f"#{c.plan_id}", c.issued_date or "", "có" if c.implements else "viện dẫn",
                      " → ".join(c.chain))
    console.print(table)


@app.command()
def compare(left: str = typer.Argument(..., help="Số hiệu kế hoạch thứ nhất"),
            right: str = typer.Argument(..., help="Số hiệu kế hoạch thứ hai")) -> None:
    """So sánh hai kế hoạch theo nhóm nhiệm vụ / two plans side by side, group by group."""
    from .register import find_plan_by_number
    from .register.citations import compare as run_compare

    with _database().session() as session:
        plans_ = [find_plan_by_number(session, n) for n in (left, right)]
        missing = [n for n, p in zip((left, right), plans_) if p is None]
        if missing:
            err_console.print(f"[bold red]Lỗi[/] không có kế hoạch / no such plan: {', '.join(missing)}")
            raise typer.Exit(code=1)
        groups = run_compare(session, *plans_)
        table = Table(title=f"{plans_[0].number} ({plans_[0].province}) ↔ {plans_[1].number} ({plans_[1].province})")
        for col in (left, "NV", right, "NV", "Giống"):
            table.add_column(col)
        for g in groups:
            table.add_row((g.left or "—")[:70], str(g.left_tasks), (g.right or "—")[:70], str(g.right_tasks),
                          f"{g.similarity}%" if g.similarity else "")
        console.print(table)


agencies_app = typer.Typer(help="Danh mục cơ quan / the agency registry.", invoke_without_command=True)
app.add_typer(agencies_app, name="agencies")


@agencies_app.callback()
def agencies_list(ctx: typer.Context,
                  unresolved: bool = typer.Option(False, "--unresolved", help="Chỉ các tên cần xem lại."),
                  province: Optional[str] = typer.Option(None, help="Tỉnh/thành phố."),
                  as_json: bool = typer.Option(False, "--json", help="In JSON.")) -> None:
    """Danh sách cơ quan / list agencies."""
    if ctx.invoked_subcommand:
        return
    from sqlalchemy import select

    from .register import agencies as registry
    from .register.models import Agency

    with _database().session() as session:
        if unresolved:
            rows = registry.unresolved(session)
        else:
            query = select(Agency)
            rows = registry.in_dictionary_order(session.scalars(query.where(Agency.province == province) if province else query))
        data = [{"id": a.id, "province": a.province, "name": a.name, "kind": a.kind, "resolved": a.resolved,
                 "doubtful_of": session.get(Agency, a.doubtful_of_id).name if a.doubtful_of_id else None,
                 "successor": session.get(Agency, a.successor_id).name if a.successor_id else None,
                 "successor_on": a.successor_on, "aliases": [x.alias for x in a.aliases]} for a in rows]
    if as_json:
        _emit_json(data)
        return
    table = Table(title="Cơ quan cần xem lại" if unresolved else "Danh mục cơ quan")
    for col in ("Mã", "Tỉnh", "Tên", "Gần giống", "Kế nhiệm"):
        table.add_column(col)
    for a in data:
        table.add_row(str(a["id"]), a["province"], a["name"], a["doubtful_of"] or "",
                      f"{a['successor']} ({a['successor_on']})" if a["successor"] else "")
    console.print(table)


def _one_agency(session, name: str, province: Optional[str]):
    from .register import agencies as registry
    from .register.models import Agency

    found = [session.get(Agency, int(name))] if name.isdigit() else registry.find(session, name, province)
    found = [a for a in found if a is not None]
    if len(found) != 1:
        why = "không tìm thấy / not found" if not found else "nhiều cơ quan trùng tên, hãy chọn --province hoặc mã / ambiguous"
        err_console.print(f"[bold red]Lỗi[/] {name}: {why}")
        raise typer.Exit(code=1)
    return found[0]


@agencies_app.command("merge")
def agencies_merge(source: str = typer.Argument(..., help="Tên hoặc mã cơ quan bị gộp"),
                   target: str = typer.Argument(..., help="Tên hoặc mã cơ quan giữ lại"),
                   province: Optional[str] = typer.Option(None, help="Tỉnh/thành phố.")) -> None:
    """Gộp hai tên của cùng một cơ quan / merge agency A into B."""
    from .register import agencies as registry

    db = _database()
    with db.session() as session, session.begin():
        a, b = _one_agency(session, source, province), _one_agency(session, target, province)
        registry.merge(session, a, b)
        console.print(f"Đã gộp «{a.name}» vào «{b.name}»")


@agencies_app.command("succeed")
def agencies_succeed(old: str = typer.Argument(..., help="Cơ quan cũ"), new: str = typer.Argument(..., help="Cơ quan kế nhiệm"),
                     on: str = typer.Option(..., "--on", help="Ngày hiệu lực, ngày/tháng/năm (31/12/2025)"),
                     province: Optional[str] = typer.Option(None, help="Tỉnh/thành phố.")) -> None:
    """Ghi nhận cơ quan kế nhiệm / record that NEW took over OLD's duties on a date."""
    from .monitor.errors import InvalidInput
    from .monitor.formatting import format_date, parse_date
    from .register import agencies as registry

    try:
        when = parse_date(on)
    except InvalidInput as refused:
        err_console.print(f"[bold red]Lỗi[/] {refused.vi} / {refused.en}")
        raise typer.Exit(code=1) from None
    if when is None:
        err_console.print("[bold red]Lỗi[/] thiếu ngày hiệu lực / the date is missing")
        raise typer.Exit(code=1)
    with _database().session() as session, session.begin():
        a = _one_agency(session, old, province)
        b = _one_agency(session, new, province) if new.isdigit() else registry.resolve(session, a.province, new)
        registry.succeed(session, a, b, when)
        console.print(f"«{b.name}» kế nhiệm «{a.name}» từ {format_date(when)}")


@agencies_app.command("reorganise")
def agencies_reorganise() -> None:
    """Áp dụng dữ liệu sắp xếp bộ máy năm 2025 cho các cơ quan đã có / link registered agencies to their successors."""
    from .register import agencies as registry

    with _database().session() as session, session.begin():
        linked = registry.link_successors(session)
    console.print(f"Đã nối {linked} cơ quan với cơ quan kế nhiệm / {linked} agencies linked to their successors")


@app.command()
def serve(host: str = typer.Option("127.0.0.1", help="Địa chỉ lắng nghe."),
          port: int = typer.Option(8000, help="Cổng."),
          workers: int = typer.Option(1, min=1, help="Số tiến trình phục vụ (thường: một cho mỗi lõi CPU).")) -> None:
    """Chạy ứng dụng web / serve the web app (creates or migrates the database first)."""
    import uvicorn

    from .monitor import users as user_service
    from .web.app import create_app
    from .web.settings import KEEP_ALIVE_SECONDS, Settings

    db = _database()
    with db.session() as session, session.begin():
        password = user_service.ensure_admin(session)
    if password:
        console.print(f"[bold]Tài khoản quản trị đầu tiên[/]: admin / [bold yellow]{password}[/] "
                      "(mật khẩu dùng một lần, sẽ phải đổi khi đăng nhập)")
    console.print(f"Mở trình duyệt tại http://{host}:{port}/")
    if workers == 1:
        uvicorn.run(create_app(db), host=host, port=port, timeout_keep_alive=KEEP_ALIVE_SECONDS)
        return
    # Each worker process builds its own app from the environment: same database, same session key.
    if _state["db"]:
        os.environ["VNPLAN_DATABASE_URL"] = _state["db"]
    Settings.from_env()  # writes the session key once, before the workers read it
    uvicorn.run("vnplan.web.app:create_app", factory=True, host=host, port=port, workers=workers,
                timeout_keep_alive=KEEP_ALIVE_SECONDS)


@app.command()
def demo() -> None:
    """Nạp dữ liệu trình diễn: ba kế hoạch mẫu theo năm hiện tại, tài khoản và báo cáo ở mọi trạng thái
    (chạy lại không tạo trùng) / load the demo: sample plans dated around today, accounts, reports in every state."""
    from . import demo as demo_data
    from .register.db import data_dir

    demo_data.seed(_database(), data_dir() / "demo-plans")
    table = Table(title=f"Tài khoản trình diễn (mật khẩu: {demo_data.PASSWORD})")
    for col in ("Tên đăng nhập", "Vai trò", "Họ tên"):
        table.add_column(col)
    for account in demo_data.ACCOUNTS:
        table.add_row(account.username, account.role, account.name)
    console.print(table)


users_app = typer.Typer(help="Người dùng / users.", no_args_is_help=True)
app.add_typer(users_app, name="users")


@users_app.command("add")
def users_add(username: str = typer.Argument(...),
              role: str = typer.Option(..., help="admin | planning | agency | leader"),
              agency: Optional[str] = typer.Option(None, help="Cơ quan của cán bộ đầu mối."),
              province: Optional[str] = typer.Option(None, help="Tỉnh/thành phố của cơ quan."),
              name: str = typer.Option("", help="Họ tên."), email: str = typer.Option("", help="Thư điện tử."),
              password: Optional[str] = typer.Option(None, help="Mật khẩu (bỏ trống để tạo ngẫu nhiên)."),
              if_missing: bool = typer.Option(False, "--if-missing", help="Bỏ qua nếu tên đăng nhập đã có.")) -> None:
    """Thêm người dùng / add a user."""
    import secrets

    from sqlalchemy import select

    from .monitor import users as user_service
    from .register.models import User

    chosen = password or secrets.token_urlsafe(10)
    with _database().session() as session, session.begin():
        if if_missing and session.scalar(select(User).where(User.username == username)):
            console.print(f"{username} đã có / already exists")
            return
        record = _one_agency(session, agency, province) if agency else None
        try:
            user_service.create_user(session, username, chosen, role, name, record, province, email,
                                     must_change_password=password is None)
        except VnplanError as exc:
            err_console.print(f"[bold red]Lỗi[/] {exc}")
            raise typer.Exit(code=1) from None
    console.print(f"Đã tạo {username} ({role})" + ("" if password else f", mật khẩu tạm: [bold yellow]{chosen}[/]"))


@users_app.command("list")
def users_list(as_json: bool = typer.Option(False, "--json", help="In JSON.")) -> None:
    """Danh sách người dùng / list users."""
    from .monitor import users as user_service

    with _database().session() as session:
        rows = [{"username": u.username, "name": u.display_name, "role": u.role, "agency": u.agency.name if u.agency else None,
                 "active": u.active} for u in user_service.list_users(session)]
    if as_json:
        _emit_json(rows)
        return
    table = Table(title="Người dùng")
    for col in ("Tên đăng nhập", "Họ tên", "Vai trò", "Cơ quan", "Hoạt động"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["username"], r["name"], r["role"], r["agency"] or "", "có" if r["active"] else "đã khóa")
    console.print(table)


def _one_user(session, username: str):
    """The account named `username`; a message and exit status 1 when there is none."""
    from sqlalchemy import select

    from .register.models import User

    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        err_console.print(f"[bold red]Lỗi[/] không có người dùng {username} / no user {username}")
        raise typer.Exit(code=1)
    return user


@users_app.command("reset")
def users_reset(username: str = typer.Argument(...)) -> None:
    """Cấp lại mật khẩu tạm, đăng xuất mọi phiên / reset a password and end every session."""
    from .monitor import users as user_service

    with _database().session() as session, session.begin():
        password = user_service.reset_password(session, _one_user(session, username))
    console.print(f"Đã cấp lại mật khẩu cho {username}, mật khẩu tạm: [bold yellow]{password}[/]")


@users_app.command("disable")
def users_disable(username: str = typer.Argument(...)) -> None:
    """Khóa tài khoản / disable a user."""
    from .monitor import users as user_service

    with _database().session() as session, session.begin():
        user_service.disable(session, _one_user(session, username))
    console.print(f"Đã khóa {username}")


@users_app.command("enable")
def users_enable(username: str = typer.Argument(...)) -> None:
    """Kích hoạt lại tài khoản đã khóa / re-enable a disabled user."""
    from .monitor import users as user_service

    with _database().session() as session, session.begin():
        enabled = user_service.enable(session, _one_user(session, username))
    console.print(f"Đã kích hoạt lại {username}" if enabled
                  else f"{username} đang hoạt động, không cần kích hoạt lại / already active")


@app.command()
def remind(days: int = typer.Option(7, help="Báo trước hạn nộp báo cáo số ngày này."),
           dry_run: bool = typer.Option(False, "--dry-run", help="Chỉ liệt kê, không ghi thông báo, không gửi thư.")) -> None:
    """Thông báo kỳ báo cáo mở, sắp đến hạn, quá hạn (trong ứng dụng và qua thư); chạy lại trong ngày không
    tạo thông báo trùng / notify focal points of periods opened, due soon or overdue; idempotent, for cron."""
    from .monitor import notifications

    database = _database()
    with database.session() as session:
        created = notifications.produce(session, days)
        for notice in created:
            console.print(f"{notice.user.username} <{notice.user.email or '—'}>: {notice.text}")
        if dry_run:
            session.rollback()
            console.print(f"{len(created)} thông báo mới (chạy thử, không ghi, không gửi thư)")
            return
        session.commit()
    sent, failed = notifications.deliver(database)
    console.print(f"{len(created)} thông báo mới; đã gửi {sent} thư")
    if failed:
        err_console.print(f"[bold red]Lỗi[/] không gửi được {failed} thư (xem nhật ký) / {failed} messages not sent")
        raise typer.Exit(code=1)


def _fmt(value) -> str:
    if value is None:
        return ""
    return f"{value:,}".replace(",", "X").replace(".", ",").replace("X", ".") if isinstance(value, (int, float)) else str(value)


if __name__ == "__main__":
    app()
