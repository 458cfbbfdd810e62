"""How the monitoring and web modules depend on each other: no cycles, so every module imports at the top,
and the permission rule stands on the register alone (it decides from the user and the object)."""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "vnplan"
LAYERS = sorted((PACKAGE / "monitor").glob("*.py")) + sorted((PACKAGE / "web").glob("*.py"))


def _late_relative_imports(path: Path) -> list[str]:
    """Imports of the project's own modules written inside a function (the mark of an import cycle)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    late = set()
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            late |= {f"{path.name}:{node.lineno}" for node in ast.walk(function)
                     if isinstance(node, ast.ImportFrom) and node.level > 0}
    return sorted(late)


def test_no_module_imports_its_neighbours_late():
    assert [where for path in LAYERS for where in _late_relative_imports(path)] == []


def test_the_permission_rule_needs_no_monitoring_service():
    tree = ast.parse((PACKAGE / "monitor" / "access.py").read_text(encoding="utf-8"))
    monitor_imports = {alias.name if node.module is None else node.module for node in ast.walk(tree)
                       if isinstance(node, ast.ImportFrom) and node.level == 1 for alias in node.names}
    assert monitor_imports <= {"errors"}


def test_templates_ask_the_permission_rule_not_the_role():
    """A page shows an action or a link as `access` decides (the view passes it, or the template asks `may_open`)."""
    templates = sorted((PACKAGE / "web" / "templates").glob("*.html"))
    assert [t.name for t in templates if "user.role" in t.read_text(encoding="utf-8")] == []
