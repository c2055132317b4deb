"""House rules that a reviewer would otherwise have to remember, read from the source with ``ast``.

1. The core (``reader/`` outside ``reader/ui/``) never imports Qt, with no
   exemption: the Qt start-up lives in ``reader/ui/app.py``.
2. Only the window's builders name the window: ``reader/ui/window.py`` defines
   ``MainWindow``; ``reader/ui/app.py`` and ``reader/ui/shell/screenshot.py``
   build one. Every other module gets the panes, models and actions it uses
   through its constructor, so no module can reach into the window.
3. ``reader/`` has no import cycles. The graph holds every module-level import,
   including those under ``if TYPE_CHECKING:``; imports inside a function are left
   out, because they are the deliberate lazy loads (the CLI opens the window only
   when asked, the window borrows the CLI's export writer).
4. Each room of the window (a subpackage of ``reader/ui/``) says in its
   ``__init__.py`` docstring what goes there, so a newcomer can tell from the
   folder names where a change belongs.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "reader"
WINDOW_BUILDERS = {"reader/ui/window.py", "reader/ui/app.py", "reader/ui/shell/screenshot.py"}
QT_PACKAGES = {"PySide6", "shiboken6"}


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _module_name(path: Path) -> str:
    """``reader/ui/window.py`` -> ``reader.ui.window``; a package's ``__init__`` -> the package."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _core_modules() -> list[str]:
    return [_rel(p) for p in _modules().values() if not _rel(p).startswith("reader/ui/")]


def _imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Every import a module makes when it is loaded (``if`` and ``try`` bodies included)."""
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                found.append(node)
            elif isinstance(node, ast.If):
                visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)
                for handler in node.handlers:
                    visit(handler.body)
                visit(node.orelse)
                visit(node.finalbody)

    visit(tree.body)
    return found


def _imported_names(node: ast.Import | ast.ImportFrom, package: str) -> list[str]:
    """The dotted names *node* imports (``from .x import y`` resolved against *package*)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    base = node.module or ""
    if node.level:
        parts = package.split(".")
        parts = parts[: len(parts) - (node.level - 1)]
        base = ".".join(parts + ([node.module] if node.module else []))
    return [f"{base}.{a.name}" for a in node.names] + [base]


def _import_graph() -> dict[str, set[str]]:
    """Module -> the modules of ``reader`` it imports at load time."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges: set[str] = set()
        for node in _imports(ast.parse(path.read_text("utf-8"))):
            names = _imported_names(node, package)
            if isinstance(node, ast.ImportFrom):  # `from pkg import mod` imports pkg.mod
                names = [n for n in names[:-1] if n in modules] or names[-1:]
            edges.update(n for n in names if n in modules and n != name)
        graph[name] = edges
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


# ------------------------------------------------------------------ 1. Qt stays in reader/ui


def test_core_modules_do_not_import_qt() -> None:
    offenders = []
    for rel in _core_modules():
        tree = ast.parse((ROOT / rel).read_text("utf-8"))
        for node in ast.walk(tree):  # function-local imports count here too
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in QT_PACKAGES for n in names):
                offenders.append(rel)
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    modules = [r[:-3].replace("/", ".").removesuffix(".__init__") for r in _core_modules()]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        + "print(len(sys.modules)); assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_the_qt_start_up_lives_in_reader_ui() -> None:
    assert not (PACKAGE / "app.py").exists()
    assert (PACKAGE / "ui" / "app.py").exists()


# ---------------------------------------------------- 2. nobody but its builders names the window


def _window_references(tree: ast.Module, package: str) -> list[str]:
    """Where *tree* names ``MainWindow`` or imports ``reader.ui.window`` ("line: what")."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == "MainWindow":
            found.append(f"{node.lineno}: name MainWindow")
        elif isinstance(node, ast.Attribute) and node.attr == "MainWindow":
            found.append(f"{node.lineno}: attribute .MainWindow")
        elif isinstance(node, ast.Constant) and node.value == "MainWindow":
            found.append(f"{node.lineno}: string annotation 'MainWindow'")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = _imported_names(node, package)
            if isinstance(node, ast.ImportFrom):
                names += [a.name for a in node.names]
            if "reader.ui.window" in names or "MainWindow" in names:
                found.append(f"{node.lineno}: imports the window")
    return found


def test_only_the_builders_name_the_main_window() -> None:
    offenders = {}
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        if _rel(path) in WINDOW_BUILDERS:
            continue
        package = _module_name(path).rpartition(".")[0]
        found = _window_references(ast.parse(path.read_text("utf-8")), package)
        if found:
            offenders[_rel(path)] = found
    assert offenders == {}, "take the parts you use through the constructor, not the window"


def test_the_window_check_catches_a_controller_that_takes_the_window() -> None:
    """The check above can fail: a module in the old style is caught each way it names it."""
    source = (
        "from typing import TYPE_CHECKING\n"
        "from reader.ui import window as main\n"
        "if TYPE_CHECKING:\n"
        "    from ..window import MainWindow\n"
        "class Commands:\n"
        "    def __init__(self, window: MainWindow) -> None:\n"
        "        self.w = window\n"
        "def later(w: 'MainWindow', m=main.MainWindow) -> None: ...\n"
    )
    found = _window_references(ast.parse(source), "reader.ui.shell")
    assert {f.split(": ", 1)[0] for f in found} == {"2", "4", "6", "8"}


# ------------------------------------------------------------------ 3. no import cycles


def test_reader_has_no_import_cycles() -> None:
    graph = _import_graph()
    assert graph["reader.ui.window"], "the graph sees the window's imports"
    assert "reader.ui.shell.commands" in graph["reader.ui.window"]
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_relative_and_package_imports_resolve_to_modules() -> None:
    tree = ast.parse("from . import links\nfrom ..shell.commands import Commands\n")
    first, second = _imports(tree)
    assert "reader.ui.common.links" in _imported_names(first, "reader.ui.common")
    assert "reader.ui.shell.commands" in _imported_names(second, "reader.ui.common")


# ----------------------------------------------------------- 4. each room says what goes there


def test_each_room_of_the_window_says_what_goes_there() -> None:
    rooms = sorted(p for p in (PACKAGE / "ui").iterdir() if (p / "__init__.py").exists())
    assert len(rooms) >= 8, rooms
    unexplained = []
    for room in [PACKAGE / "ui", *rooms]:
        doc = ast.get_docstring(ast.parse((room / "__init__.py").read_text("utf-8")))
        if not doc or len(doc.split()) < 5:
            unexplained.append(_rel(room))
    assert unexplained == []
    top = ast.get_docstring(ast.parse((PACKAGE / "ui" / "__init__.py").read_text("utf-8")))
    assert top is not None
    missing = [room.name for room in rooms if f"``{room.name}``" not in top]
    assert missing == [], "reader/ui/__init__.py names every room"
