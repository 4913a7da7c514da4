"""The import graph: ``import danvan`` stays light, and the layers import only downward.

Structural tests (what is loaded, who imports whom), not timings: the import time itself
is measured side by side with python-docx in ``benchmarks/import_time.py``.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import danvan

SRC = Path(__file__).resolve().parents[1] / "src" / "danvan"

HEAVY = (
    "docx",
    "lxml",
    "cattrs",
    "danvan.io",
    "danvan.refs",
    "danvan.refs.registry",
    "danvan.checking",
    "danvan.reading",
    "danvan.rendering.registry",
    "danvan.rendering.walker",
    "danvan.rendering.text",
    "danvan.rendering.markdown",
    "danvan.rendering.html",
    "danvan.rendering.docx",
    "xml.sax",
    "ssl",
    "http",
)
"""Nothing of these is needed to build a model: each loads on first use."""


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        check=True,
        capture_output=True,
        text=True,
    )
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_import_danvan_loads_no_renderer_no_docx_and_no_registry() -> None:
    loaded = _modules_after("import danvan")
    assert sorted(name for name in HEAVY if name in loaded) == []
    # not even the model: every public name loads on first use
    assert sorted(name for name in loaded if name.startswith("danvan")) == [
        "danvan",
        "danvan.errors",
    ]


def test_building_a_model_loads_nothing_heavy_either() -> None:
    loaded = _modules_after(
        "import datetime as dt, danvan as dv\n"
        "dv.Report(issuer=dv.Agency(name='Sở Thử'), place_date=dv.PlaceDate(place='Thử', "
        "date=dt.date(2026, 1, 5)), subject='Thử', status=dv.DocumentStatus.DRAFT)"
    )
    assert "danvan.model" in loaded
    assert sorted(name for name in HEAVY if name in loaded) == []


def test_a_lazy_name_loads_only_what_it_needs() -> None:
    loaded = _modules_after("import danvan\ndanvan.render_text")
    assert "danvan.rendering.text" in loaded
    assert not {"docx", "lxml", "danvan.rendering.docx", "danvan.refs.registry"} & loaded


@pytest.mark.parametrize("name", danvan.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(danvan, name) is not None
    assert name in dir(danvan)


def test_an_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        danvan.no_such_name  # type: ignore[attr-defined]  # noqa: B018


# -- layering, read from the source -------------------------------------------------------


def _imports(path: Path) -> set[str]:
    """Every danvan module ``path`` imports, at any depth of the file (functions too), and
    every ``importlib.import_module("danvan....")`` with a literal name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(SRC.parent).with_suffix("").parts[:-1])
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return {name for name in found if name == "danvan" or name.startswith("danvan.")}


def _modules(folder: str) -> list[Path]:
    return sorted((SRC / folder).rglob("*.py"))


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _outside(path: Path, allowed: tuple[str, ...]) -> list[str]:
    return sorted(
        name
        for name in _imports(path)
        if not any(name == a or name.startswith(a + ".") for a in allowed)
    )


@pytest.mark.parametrize("path", _modules("vn"), ids=_module_name)
def test_vn_imports_nothing_of_danvan_but_errors(path: Path) -> None:
    assert _outside(path, ("danvan.vn", "danvan.errors")) == []


# The one reach upward, at display time only: _repr_html_ (model/_display.py) calls the notebook
# view, which asks the renderer registry for the "html" renderer; no renderer is named.
MODEL_EXCEPTIONS = {
    ("danvan.model._display", "danvan.rendering.notebook"),
    ("danvan.model._display", "danvan.rendering.notebook.notebook_html"),
}


@pytest.mark.parametrize("path", _modules("model"), ids=_module_name)
def test_model_imports_only_vn_and_errors(path: Path) -> None:
    outside = _outside(path, ("danvan.model", "danvan.vn", "danvan.errors"))
    assert [n for n in outside if (_module_name(path), n) not in MODEL_EXCEPTIONS] == []


@pytest.mark.parametrize("path", _modules("rendering"), ids=_module_name)
def test_rendering_never_imports_refs_checking_reading_or_cli(path: Path) -> None:
    forbidden = ("danvan.refs", "danvan.checking", "danvan.reading", "danvan.cli")
    assert [n for n in _imports(path) if n.startswith(forbidden)] == []


# Which renderer a module belongs to; shared modules (walker, wording, numbering, registry,
# options, the layout alias, the package itself) belong to none, and so does the style
# profile (docx/style.py): the .docx and the HTML stylesheet take their sizes from it.
def _renderer_of(module: str) -> str | None:
    if module == "danvan.rendering.docx.style" or module.startswith("danvan.rendering.docx.style."):
        return None
    if module.startswith("danvan.rendering.docx"):
        return "docx"
    if module in ("danvan.rendering.text", "danvan.rendering.builtin"):
        return "text"  # builtin registers the text renderer (and the JSON one)
    if module in ("danvan.rendering.markdown", "danvan.rendering.html"):
        return module.rsplit(".", 1)[1]
    return None


@pytest.mark.parametrize(
    "path",
    [p for p in _modules("rendering") if p != SRC / "rendering" / "__init__.py"],  # the facade
    ids=_module_name,
)
def test_no_renderer_imports_another_renderers_module(path: Path) -> None:
    own = _renderer_of(_module_name(path))
    others = sorted(
        name
        for name in _imports(path)
        if (theirs := _renderer_of(name)) is not None and theirs != own
    )
    assert others == []
