"""The packages split by concern (money, quotes, entity cleaning, key phrases): each module imports only from those its
package's docstring lists before it (no cycles; the order says where a new rule belongs)."""
from __future__ import annotations

import ast
import re
from pathlib import Path
from types import ModuleType

import pytest

import services.nlp.entities.cleaning as cleaning
import services.nlp.keyphrases as keyphrases
import services.nlp.money as money
import services.nlp.quotes as quotes

PACKAGES = [money, quotes, cleaning, keyphrases]


def _layers(package: ModuleType) -> list[str]:
    """The modules in the order the package docstring lists them, lowest first."""
    return re.findall(r"^\s*- `(\w+)`:", package.__doc__ or "", re.MULTILINE)


def _imported_modules(package: ModuleType, path: Path) -> set[str]:
    """The package's modules that the file at `path` imports from."""
    prefix = package.__name__ + "."
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.module.removeprefix(prefix) for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(prefix)}


@pytest.mark.parametrize("package", PACKAGES, ids=lambda package: package.__name__)
def test_every_module_is_listed_once_in_the_layering(package: ModuleType) -> None:
    folder = Path(package.__file__).parent
    modules = sorted(path.stem for path in folder.glob("*.py") if path.stem != "__init__")
    assert sorted(_layers(package)) == modules and len(set(_layers(package))) == len(modules)


@pytest.mark.parametrize("package", PACKAGES, ids=lambda package: package.__name__)
def test_each_module_imports_only_from_the_layers_below_it(package: ModuleType) -> None:
    layers = _layers(package)
    assert layers
    folder = Path(package.__file__).parent
    for i, name in enumerate(layers):
        above = _imported_modules(package, folder / f"{name}.py") - set(layers[:i])
        assert not above, f"{package.__name__}.{name} imports from {sorted(above)}, listed after it"
