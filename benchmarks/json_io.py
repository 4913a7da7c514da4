"""Benchmark: danvan's JSON (to_json / from_json) against pydantic v2 on the same data shape.

Run from the repository: ``python benchmarks/json_io.py`` (``pip install -e ".[bench]"``
first, for pydantic; add ``orjson`` to time danvan's optional fast backend too, which
``danvan.io`` uses by itself whenever it is installed).

The peer is built, not hand-copied: :func:`pydantic_mirror` makes one pydantic model per
danvan model class, with the same fields in the same order, the same JSON types (ISO
dates, decimals as strings, the number and symbol as text), the same tagged unions
(``"type": "paragraph"``, a pydantic discriminator) and the same strictness about unknown
keys (``extra="forbid"``). Both read and write the same JSON text; the script checks that
first. danvan does more on reading (its model's validators: NFC text, Vietnamese number and
date rules, indicator arithmetic, duplicate keys refused), pydantic only its type checks.
Reading never uses orjson (it cannot refuse a key given twice): the "load" column is the
standard library's parser with or without the ``fast`` extra.

The demo report's body is repeated to make a typical report (1x) and ones 10x and 100x
longer. The engines are timed in turn, round after round, on one core; each ratio is the
median over the rounds of danvan's time over the peer's in the same round.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import gc
import os
import pickle
import statistics
import sys
import time
import types
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import attrs

from danvan import from_json, to_json
from danvan.demo import demo_report
from danvan.io import _write
from danvan.io._write import orjson_available
from danvan.io.converter import DOCUMENT_KINDS, SCHEMA_VERSION, TAG_KEY, TAGS, omitted_fields
from danvan.model import DocumentNumber, Report
from danvan.vn.dates import PartialDate

try:
    import pydantic
except ImportError:  # pragma: no cover - the bench extra installs it
    sys.exit("pydantic is not installed: pip install -e '.[bench]'")

REPEAT = int(os.environ.get("REPEAT", "21"))
"""Rounds per size at 1x and 10x; 100x takes a third of them (at least 5)."""

_KIND_OF = {cls: kind for kind, cls in DOCUMENT_KINDS.items()}


def _mirror_name(cls: type) -> str:
    return f"Pydantic{cls.__name__}"


def pydantic_mirror(root: type) -> type[pydantic.BaseModel]:
    """A pydantic model of the same JSON shape as the danvan class ``root`` (and its parts)."""
    models: dict[type, Any] = {}
    namespace: dict[str, Any] = {}

    def annotation(tp: Any) -> Any:
        origin = get_origin(tp)
        if origin is Union or isinstance(tp, types.UnionType):
            args = get_args(tp)
            members = [a for a in args if a is not type(None)]
            mapped: Any
            if all(m in TAGS for m in members) and len(members) > 1:
                union = Union[tuple(annotation(m) for m in members)]  # noqa: UP007
                mapped = Annotated[union, pydantic.Field(discriminator=TAG_KEY)]
            else:
                mapped = Union[tuple(annotation(m) for m in members)]  # noqa: UP007
            return mapped | None if type(None) in args else mapped
        if origin is tuple:
            args = get_args(tp)
            if len(args) == 2 and args[1] is Ellipsis:
                return list[annotation(args[0])]  # type: ignore[misc]
            return tuple[tuple(annotation(a) for a in args)]
        if tp is DocumentNumber:
            return str
        if tp in (str, int, bool, Decimal, dt.date) or (
            isinstance(tp, type) and issubclass(tp, enum.Enum)
        ):
            return tp
        if attrs.has(tp):
            model_for(tp)
            return _mirror_name(tp)  # a forward reference, resolved by model_rebuild
        raise TypeError(f"no pydantic mirror for {tp!r}")

    def model_for(cls: type) -> None:
        if cls in models:
            return
        models[cls] = None
        attrs.resolve_types(cls)
        fields: dict[str, Any] = {}
        tag = TAGS.get(cls)
        kind = _KIND_OF.get(cls)
        if tag is not None:
            fields[TAG_KEY] = (Literal[tag], tag)
        if kind is not None:
            fields["schema_version"] = (int, SCHEMA_VERSION)
            fields["document"] = (Literal[kind], kind)
        for field in attrs.fields(cls):
            tp = annotation(field.type)
            if field.name in omitted_fields(cls):  # danvan leaves it out at its default
                fields[field.name] = (tp, pydantic.Field(default=None, exclude=True))
            elif field.default is attrs.NOTHING:
                fields[field.name] = (tp, ...)
            else:
                fields[field.name] = (tp, None)
        model = pydantic.create_model(  # type: ignore[call-overload]
            _mirror_name(cls),
            __config__=pydantic.ConfigDict(extra="forbid"),
            **fields,
        )
        models[cls] = model
        namespace[_mirror_name(cls)] = model

    model_for(root)
    model_for(PartialDate)
    for model in models.values():
        model.model_rebuild(_types_namespace=namespace)
    result: type[pydantic.BaseModel] = models[root]
    return result


def scaled_report(sections: int) -> Report:
    """The demo report with its body sections repeated until it has ``sections`` top-level
    parts; each repeat is a copy, so that pickle cannot write a shared object once."""
    base = demo_report()
    body = tuple(copy.deepcopy(base.body[i % len(base.body)]) for i in range(sections))
    return attrs.evolve(base, body=body)


def pin_to_one_core() -> None:
    """Run on one core where the OS allows it, so the engines compete for the same one."""
    if hasattr(os, "sched_setaffinity"):
        cores = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cores[-1]})


def timed_together(engines: dict[str, Callable[[], object]], repeat: int) -> dict[str, list[float]]:
    """Milliseconds of ``repeat`` calls of each engine, taken in turn after one warm-up call
    each; the garbage collector is paused during each call, as ``timeit`` does."""
    for function in engines.values():
        function()
    samples: dict[str, list[float]] = {name: [] for name in engines}
    for _ in range(repeat):
        for name, function in engines.items():
            gc.collect()
            gc.disable()
            try:
                start = time.perf_counter()
                function()
                samples[name].append((time.perf_counter() - start) * 1000)
            finally:
                gc.enable()
    return samples


def without_orjson(function: Callable[..., str], *args: Any, **kwargs: Any) -> str:
    """``function(*args, **kwargs)`` as danvan runs it when orjson is not installed."""
    saved = _write._orjson
    _write._orjson = None
    try:
        return function(*args, **kwargs)
    finally:
        _write._orjson = saved


def ratio(samples: dict[str, list[float]], name: str, peer: str) -> float:
    """Median over the rounds of ``name``'s time over ``peer``'s taken in the same round."""
    return statistics.median(a / b for a, b in zip(samples[name], samples[peer], strict=True))


def main() -> int:
    pin_to_one_core()
    mirror = pydantic_mirror(Report)
    sizes = {"1x": 15, "10x": 150, "100x": 1500}
    print(
        f"python {sys.version.split()[0]}, pydantic {pydantic.VERSION}, "
        f"orjson {'installed' if orjson_available() else 'absent'}, "
        f"median of {REPEAT} rounds ({max(5, REPEAT // 3)} at 100x), ms per call"
    )
    rows = []
    for label, sections in sizes.items():
        report = scaled_report(sections)
        pretty = to_json(report)
        compact = to_json(report, indent=None)
        twin = mirror.model_validate_json(pretty)
        # The same shape: pydantic reads danvan's JSON and writes it back key for key.
        assert twin.model_dump_json() == compact, "the mirror writes other JSON than danvan"
        assert from_json(twin.model_dump_json(indent=2)) == report
        pickled = pickle.dumps(report)
        engines: dict[str, Callable[[], object]] = {
            "danvan dump indent2": lambda r=report: to_json(r),
            "pydantic dump indent2": lambda t=twin: t.model_dump_json(indent=2),
            "danvan dump compact": lambda r=report: to_json(r, indent=None),
            "pydantic dump compact": lambda t=twin: t.model_dump_json(),
            "stdlib dump indent2": lambda r=report: without_orjson(to_json, r),
            "stdlib dump compact": lambda r=report: without_orjson(to_json, r, indent=None),
            "danvan load": lambda s=pretty: from_json(s),
            "pydantic load": lambda s=pretty: mirror.model_validate_json(s),
            "pickle dump": lambda r=report: pickle.dumps(r),
            "pickle load": lambda p=pickled: pickle.loads(p),
        }
        repeat = REPEAT if label != "100x" else max(5, REPEAT // 3)
        samples = timed_together(engines, repeat)
        rows.append((label, len(pretty), samples))

    print(f"{'':>13} " + " ".join(f"{name.split()[0]:>9}" for name in _COLUMNS))
    print(
        f"{'size':>5} {'KB':>7} "
        + " ".join(f"{' '.join(name.split()[1:]):>9}" for name in _COLUMNS)
    )
    for label, size, samples in rows:
        cells = " ".join(f"{statistics.median(samples[name]):9.2f}" for name in _COLUMNS)
        print(f"{label:>5} {size / 1000:7.0f} {cells}")
    print()
    print("ratios (danvan / peer, median over rounds; targets: dump <= 1.0, load <= 1.5)")
    for label, _, samples in rows:
        print(
            f"{label:>5}: dump (indent 2) {ratio(samples, 'danvan dump indent2', 'pydantic dump indent2'):.2f}"
            f", dump compact {ratio(samples, 'danvan dump compact', 'pydantic dump compact'):.2f}"
            f", load {ratio(samples, 'danvan load', 'pydantic load'):.2f}"
            f" | without orjson: dump (indent 2) "
            f"{ratio(samples, 'stdlib dump indent2', 'pydantic dump indent2'):.2f}"
            f", dump compact {ratio(samples, 'stdlib dump compact', 'pydantic dump compact'):.2f}"
            f" | pickle/pydantic: dump {ratio(samples, 'pickle dump', 'pydantic dump compact'):.2f}"
            f", load {ratio(samples, 'pickle load', 'pydantic load'):.2f}"
        )
    return 0


_COLUMNS = (
    "danvan dump indent2",
    "pydantic dump indent2",
    "danvan dump compact",
    "pydantic dump compact",
    "stdlib dump indent2",
    "stdlib dump compact",
    "danvan load",
    "pydantic load",
    "pickle dump",
    "pickle load",
)

if __name__ == "__main__":
    raise SystemExit(main())
