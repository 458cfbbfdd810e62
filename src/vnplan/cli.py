"""Command line: each command is a thin shell over one library call."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from . import extract_file
from .errors import VnplanError
from .model import Plan

app = typer.Typer(help="vnplan: kế hoạch của UBND tỉnh thành sổ theo dõi / provincial plans as a tracked register.",
                  no_args_is_help=True, add_completion=False)
console = Console()
err_console = Console(stderr=True)


@app.callback()
def main() -> None:
    """vnplan: trích xuất, lưu trữ và theo dõi kế hoạch / extract, register and monitor plans."""


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
    files: list[Path] = typer.Argument(..., help="Tệp kế hoạch: .pdf, .docx, .html, .txt, .md"),
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


def _fmt(value) -> str:
    if value is None:
        return ""
    return f"{value:,}".replace(",", "X").replace(".", ",").replace("X", ".") if isinstance(value, (int, float)) else str(value)


if __name__ == "__main__":
    app()
