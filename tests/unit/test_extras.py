"""Each service's entry modules import with only the packages its own extra installs (as its Docker image and a
worker on another machine have them), so a dependency used by shared code cannot hide in another service's extra."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

# The extra each entry module is installed with (pyproject.toml's optional dependencies).
ENTRIES = {
    "nlp": ("services.nlp.__main__", "services.nlp.worker"),
    "ingest": ("services.ingest.__main__",),
    "cli": ("services.cli.__main__",),
    "api": ("services.api.__main__", "services.api.app"),
}

# Run in a fresh interpreter: block every installed package outside the project's core dependencies and the
# extra (with what they require in turn), then import the entry modules.
PROBE = textwrap.dedent("""
    import importlib, importlib.abc, importlib.metadata as md, sys
    from packaging.requirements import Requirement

    extra, modules = sys.argv[1], sys.argv[2:]

    def wanted(req, extras):
        return req.marker is None or any(req.marker.evaluate({"extra": e}) for e in extras or {""})

    allowed, todo = set(), [(r, ("",)) for r in md.requires("newswire") if wanted(Requirement(r), ("", extra))]
    while todo:
        raw, _ = todo.pop()
        req = Requirement(raw)
        name = req.name.lower().replace("_", "-")
        if name in allowed or name == "newswire":
            continue
        allowed.add(name)
        for sub in md.requires(req.name) or []:
            if wanted(Requirement(sub), tuple(req.extras) or ("",)):
                todo.append((sub, ()))

    owners = md.packages_distributions()
    blocked = {top for top, dists in owners.items()
               if top not in sys.stdlib_module_names and top != "services"
               and not any(d.lower().replace("_", "-") in allowed for d in dists)}

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in blocked:
                raise ModuleNotFoundError(f"{name} is not installed with the {extra!r} extra", name=name)
            return None

    sys.meta_path.insert(0, Block())
    for module in modules:
        importlib.import_module(module)
    print("imported", *modules)
""")


@pytest.mark.parametrize("extra", sorted(ENTRIES))
def test_entry_modules_import_with_only_their_own_extra(extra: str) -> None:
    done = subprocess.run([sys.executable, "-c", PROBE, extra, *ENTRIES[extra]], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("imported")
