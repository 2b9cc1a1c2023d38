"""The money package's modules import only from those its docstring lists before them (no cycles)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import services.nlp.money as money

PACKAGE = Path(money.__file__).parent


def _layers() -> list[str]:
    """The modules in the order the package docstring lists them, lowest first."""
    return re.findall(r"^  - `(\w+)`:", money.__doc__ or "", re.MULTILINE)


def _imported_modules(path: Path) -> set[str]:
    """The package's modules that the file at `path` imports from."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.module.rsplit(".", 1)[1] for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("services.nlp.money.")}


def test_every_module_is_listed_once_in_the_layering() -> None:
    modules = sorted(path.stem for path in PACKAGE.glob("*.py") if path.stem != "__init__")
    assert sorted(_layers()) == modules and len(set(_layers())) == len(modules)


def test_each_module_imports_only_from_the_layers_below_it() -> None:
    layers = _layers()
    assert layers
    for i, name in enumerate(layers):
        above = _imported_modules(PACKAGE / f"{name}.py") - set(layers[:i])
        assert not above, f"{name} imports from {sorted(above)}, listed after it"
