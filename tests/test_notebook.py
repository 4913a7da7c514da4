"""examples/notebook.ipynb runs top to bottom in a real kernel and displays the report as HTML."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "notebook.ipynb"


def test_committed_notebook_is_valid_and_has_no_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    for cell in code:
        assert cell.outputs == []
        assert cell.execution_count is None
    assert notebook.metadata.kernelspec.name == "python3"


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> nbformat.NotebookNode:
    assert importlib.util.find_spec("ipykernel"), "the python3 kernel comes from ipykernel"
    folder = tmp_path_factory.mktemp("notebook")
    copy = folder / NOTEBOOK.name
    shutil.copyfile(NOTEBOOK, copy)
    notebook = nbformat.read(copy, as_version=4)
    # "python" in the kernel spec is replaced by sys.executable: the kernel runs in this venv
    client = NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=120,
        resources={"metadata": {"path": str(folder)}},
    )
    client.execute()
    return notebook


def test_report_cell_displays_html(executed: nbformat.NotebookNode) -> None:
    cells = [
        cell
        for cell in executed.cells
        if cell.cell_type == "code" and cell.source.rstrip().endswith("\nreport")
    ]
    assert len(cells) == 1
    results = [out for out in cells[0].outputs if out.output_type == "execute_result"]
    assert len(results) == 1
    data = results[0].data
    assert "text/html" in data
    html = data["text/html"]
    assert html.startswith('<div class="danvan-notebook"')  # fitted to the output cell
    assert '<div class="danvan-document"' in html
    assert "BÁO CÁO" in html
    assert "Kết quả công tác dân vận" in html
    assert "Phụ lục" in html


@pytest.mark.parametrize(
    ("name", "expected"),
    [("results", "KẾT QUẢ THỰC HIỆN"), ("appendix", "SỐ LIỆU CÔNG TÁC DÂN VẬN QUÝ I NĂM 2026")],
)
def test_a_part_displays_on_its_own(
    executed: nbformat.NotebookNode, name: str, expected: str
) -> None:
    cells = [
        cell
        for cell in executed.cells
        if cell.cell_type == "code" and cell.source.rstrip().split("\n")[-1].startswith(name)
    ]
    assert len(cells) == 1
    (result,) = [out for out in cells[0].outputs if out.output_type == "execute_result"]
    html = result.data["text/html"]
    assert html.startswith('<div class="danvan-notebook"')
    assert expected in html
    assert "BÁO CÁO" not in html  # the part alone, not a whole document


def test_text_and_json_cells_ran(executed: nbformat.NotebookNode) -> None:
    streams = "".join(
        out.text
        for cell in executed.cells
        if cell.cell_type == "code"
        for out in cell.outputs
        if out.output_type == "stream" and out.name == "stdout"
    )
    assert "BÁO CÁO" in streams
    assert "Số: 04/BC-VHCĐ" in streams
    assert "read back into an equal report" in streams
    errors = [
        out
        for cell in executed.cells
        if cell.cell_type == "code"
        for out in cell.outputs
        if out.output_type == "error"
    ]
    assert errors == []
