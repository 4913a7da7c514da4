"""Speed of the readers: documents per second for text and .docx, against python-docx's floor.

Usage::

    python benchmarks/read.py            # corpus from ../shared/corpus or $DANVAN_CORPUS
    python benchmarks/read.py --quick    # fewer repetitions and 100 instead of 1,000 round trips

Inputs: the corpus text files and the demo report's text. The documents read from them
(and the demo report with its body ten times longer) are written as .docx two ways, timed
and reported apart:

- **written by danvan** (``danvan.render(..., "docx")``): the model is embedded in the file;
- **typed in Word** (``tests/reading/word_made.py``, built like the reader's test fixtures in
  ``tests/reading/docx_fixtures.py``): header in a borderless table, title and headings by
  style, labels from Word's automatic numbering in numbering.xml, real footnotes, bordered
  tables, recipients and signature in a borderless table, no embedded model; plus a
  Word-style fixture with fields, a tracked change and a footnote in every paragraph.

For every .docx the same run times:

- **floor**: python-docx opening the file and listing its paragraph texts
  (``[p.text for p in Document(f).paragraphs]``), what anyone would write first;
- **source**: danvan's .docx reader up to the format-neutral lines
  (``danvan.reading.docx.docx_source``): everything python-docx does and more (tables,
  footnotes, numbering labels, formatting hints, text boxes, fields);
- **from text**: the structure recognizer on those lines (``recognize(as_text_copy(...))``),
  what ``danvan.read`` does for a .docx that danvan did not write or that was edited;
- **read**: ``danvan.read``; for a file danvan rendered and nobody edited since, this is
  the embedded model checked against the text (see ``danvan.rendering.docx._embed``).

- **cold**: ``danvan.read`` with danvan's per-text memo caches emptied first (the symbols,
  references, values and registry look-ups it remembers; compiled patterns and the loaded
  registry stay): reading a document whose every text is new, where **read** reads the
  same documents again and again, its texts remembered.

Then read → render .docx for 1,000 documents (a progress bar on stderr when it is a
terminal). Timings are the best of several runs with the garbage collector paused.
"""

from __future__ import annotations

import gc
import io
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import docx

import danvan
from danvan.demo import demo_report
from danvan.reading import read
from danvan.reading.docx import as_text_copy, docx_source
from danvan.reading.structure import recognize

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "reading"))


def corpus_dir() -> Path | None:
    override = os.environ.get("DANVAN_CORPUS")
    folder = Path(override) if override else HERE.parent.parent / "shared" / "corpus"
    return folder if folder.is_dir() else None


def best(fn: Callable[[], Any], repeat: int, number: int) -> float:
    """Seconds per call: the best of ``repeat`` timings of ``number`` calls, GC paused."""
    timings = []
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            for _ in range(number):
                fn()
            timings.append((time.perf_counter() - start) / number)
    finally:
        if enabled:
            gc.enable()
    return min(timings)


def fixture_docx() -> bytes | None:
    try:
        from docx_fixtures import abstract, build_docx, lvl, num, numbered, p, r, table
    except ImportError:  # the tests folder is not there (an installed package)
        return None
    header = table(
        [
            [
                "ỦY BAN NHÂN DÂN TỈNH CAO ĐIỀN\nSỞ DỮ LIỆU SỐ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            ],
            ["Số: 12/BC-SDLS", "Cao Điền, ngày 05 tháng 3 năm 2025"],
        ],
        borders=False,
    )
    numbering = abstract(
        0, lvl(0, "upperRoman", "%1."), lvl(1, "decimal", "%2."), lvl(2, "lowerLetter", "%3)")
    ) + num(1, 0)
    body = [
        header,
        p("BÁO CÁO", style="Title"),
        p("Kết quả công tác dân vận chính quyền năm 2025", style="Title"),
    ]
    for part in range(4):
        body.append(numbered(f"PHẦN {part + 1}", 1, 0))
        for item in range(5):
            body.append(numbered(f"Nhiệm vụ {item + 1}", 1, 1))
            for point in range(3):
                body.append(numbered(f"Điểm {point + 1}", 1, 2))
                body.append(
                    p(
                        raw=r("Sở đã tổ chức ")
                        + '<w:ins w:id="1" w:author="A">' + r("04") + "</w:ins>"
                        + r(" hội nghị đối thoại với nhân dân, ")
                        + '<w:r><w:footnoteReference w:id="1"/></w:r>'
                        + '<w:fldSimple w:instr=" PAGE ">' + r("3") + "</w:fldSimple>"
                    )
                )  # fmt: skip
    body.append(
        table(
            [["Chỉ tiêu", "Số lượng"]] + [[f"Chỉ tiêu {i}", f"{i:02d}"] for i in range(20)],
            borders=True,
        )
    )
    footnotes = (
        '<w:footnote w:id="1"><w:p>' + r("Theo Kế hoạch số 12-KH/BCĐ.") + "</w:p></w:footnote>"
    )
    return build_docx("".join(body), numbering=numbering, footnotes=footnotes)


def inputs() -> tuple[
    list[tuple[str, bytes]], list[tuple[str, bytes]], list[tuple[str, bytes]], list[str]
]:
    """The text files, the .docx danvan rendered, and the same documents as typed in Word."""
    texts: list[tuple[str, bytes]] = []
    documents: list[tuple[str, danvan.Document]] = []
    notes: list[str] = []
    folder = corpus_dir()
    if folder is not None:
        for path in sorted(folder.glob("*.txt")):
            data = path.read_bytes()
            texts.append((path.name, data))
            try:
                documents.append((path.stem, read(data, format="text")))
            except danvan.DanvanError as error:
                notes.append(
                    f"{path.name}: not rendered to .docx ({type(error).__name__}: {error})"[:200]
                )
    else:
        notes.append("corpus not found: text figures are for the demo report only")
    demo = demo_report()
    demo_text = danvan.render(demo, "text")
    texts.append(
        ("demo.txt", demo_text.encode() if isinstance(demo_text, str) else bytes(demo_text))
    )
    documents.append(("demo", demo))
    documents.append(("demo-10x", attrs.evolve(demo, body=demo.body * 10)))
    rendered = [(f"{name}.docx", bytes(danvan.render(doc, "docx"))) for name, doc in documents]
    typed: list[tuple[str, bytes]] = []
    try:
        from word_made import word_made_docx
    except ImportError:  # the tests folder is not there (an installed package)
        notes.append("tests/reading not found: no Word-made .docx")
    else:
        typed = [(f"{name}.word.docx", word_made_docx(doc)) for name, doc in documents]
    fixture = fixture_docx()
    if fixture is not None:
        typed.append(("word-fixture.docx", fixture))
    return texts, rendered, typed, notes


def memo_caches() -> list[Callable[[], None]]:
    """The clear() of each per-text memo of danvan: its functools caches of 1,024 entries or
    more (small ones hold compiled patterns and tables, which a warm process keeps), and
    what the shipped registry added to each citation."""
    import functools

    from danvan.refs import find

    clears: list[Callable[[], None]] = [find._DEFAULT_ENRICHED.clear]
    for name, module in list(sys.modules.items()):
        if not name.startswith("danvan") or module is None:
            continue
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper):
                maxsize = value.cache_parameters()["maxsize"]
                if maxsize is not None and maxsize >= 1024 and value.cache_clear not in clears:
                    clears.append(value.cache_clear)
    return clears


def cold_read(data: bytes, clears: list[Callable[[], None]]) -> danvan.Document:
    for clear in clears:
        clear()
    return read(data)


def floor(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def progress(done: int, total: int, started: float) -> None:
    if not sys.stderr.isatty():
        return
    width = 30
    filled = width * done // total
    rate = done / max(time.perf_counter() - started, 1e-9)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {rate:6.1f} doc/s")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def docx_table(
    title: str, docxs: list[tuple[str, bytes]], repeat: int, number: int, notes: list[str]
) -> None:
    """One table: per .docx the floor, danvan's source lines, the text path and danvan.read."""
    print(f"\n{title}: python-docx floor vs danvan (x = danvan time / floor time)")
    print(
        f"{'input':40} {'KB':>5} {'floor ms':>8} {'source':>7} {'x':>5} "
        f"{'from text':>9} {'x':>5} {'read':>7} {'x':>5} {'cold':>7} {'x':>5}"
    )
    totals = [0.0, 0.0, 0.0, 0.0, 0.0]
    clears = memo_caches()
    for name, data in docxs:
        try:
            read(data)
        except danvan.DanvanError as error:
            notes.append(f"{name}: danvan.read refused it ({error})"[:200])
            continue
        engines = (
            lambda data=data: floor(data),
            lambda data=data: docx_source(data),
            lambda data=data: recognize(as_text_copy(docx_source(data))),
            lambda data=data: read(data),
            lambda data=data: cold_read(data, clears),
        )
        # the four timed in turn, round after round, each keeping its best: a burst of load
        # on a shared machine then slows all four alike instead of one
        timings = [float("inf")] * len(engines)
        for _ in range(repeat):
            for i, engine in enumerate(engines):
                timings[i] = min(timings[i], best(engine, 1, number))
        for i, value in enumerate(timings):
            totals[i] += value
        print(_row(name, f"{len(data) / 1024:5.1f}", timings))
    if totals[0]:
        print(_row("all (sum of per-doc times)", "", totals))


def _row(name: str, size: str, timings: list[float]) -> str:
    base, source, text_path, full, cold = timings
    return (
        f"{name:40} {size:5} {base * 1000:8.2f} {source * 1000:7.2f} "
        f"{source / base:5.2f} {text_path * 1000:9.2f} {text_path / base:5.2f} "
        f"{full * 1000:7.2f} {full / base:5.2f} {cold * 1000:7.2f} {cold / base:5.2f}"
    )


def round_trips(kind: str, docxs: list[tuple[str, bytes]], total: int) -> None:
    """read -> render .docx for ``total`` documents, cycling over ``docxs``, with a progress bar."""
    readable = []
    for _name, data in docxs:
        try:
            read(data)
            readable.append(data)
        except danvan.DanvanError:
            continue
    if not readable:
        return
    print(f"\nread -> render .docx, {total} documents {kind} (cycling over {len(readable)} inputs)")
    started = time.perf_counter()
    for i in range(total):
        document = read(readable[i % len(readable)])
        danvan.render(document, "docx")
        if (i + 1) % 10 == 0 or i + 1 == total:
            progress(i + 1, total, started)
    elapsed = time.perf_counter() - started
    print(f"{total} documents in {elapsed:.1f} s: {total / elapsed:.1f} doc/s")


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    repeat, number = (3, 3) if quick else (10, 5)
    texts, rendered, typed, notes = inputs()
    for note in notes:
        print(f"note: {note}")
    first_notes = len(notes)

    print("\nText (danvan.read, format detected)")
    print(f"{'input':28} {'KB':>7} {'ms/doc':>8} {'doc/s':>8}")
    for name, data in texts:
        try:
            seconds = best(lambda data=data: read(data), repeat, number)
        except danvan.DanvanError as error:
            print(f"{name:28} {len(data) / 1024:7.1f}  not read: {error}"[:120])
            continue
        print(f"{name:28} {len(data) / 1024:7.1f} {seconds * 1000:8.2f} {1 / seconds:8.1f}")

    kinds = (
        ("written by danvan", ".docx written by danvan (its model embedded)", rendered),
        (
            "typed in Word",
            ".docx typed in Word (styles, numbering.xml, footnotes; no model)",
            typed,
        ),
    )
    for _kind, title, docxs in kinds:
        docx_table(title, docxs, repeat, number, notes)

    total = 100 if quick else 1000
    for kind, _title, docxs in kinds:
        round_trips(kind, docxs, total)
    for note in notes[first_notes:]:
        print(f"note: {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
