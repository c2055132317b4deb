"""House rules that a reviewer would otherwise have to remember: Qt stays in reader/ui."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import ROOT

QT_ALLOWED = {"reader/ui/app.py"}


def _core_modules() -> list[str]:
    names = []
    for path in sorted((ROOT / "reader").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("reader/ui/") or rel in QT_ALLOWED:
            continue
        names.append(rel)
    return names


def test_core_modules_do_not_import_qt() -> None:
    offenders = []
    for rel in _core_modules():
        tree = ast.parse((ROOT / rel).read_text("utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in {"PySide6", "shiboken6"} for n in names):
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
