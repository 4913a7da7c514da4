"""The nesting depth limit (giới hạn độ sâu) of what danvan writes and reads as JSON.

Sections hold sections, bullet items hold bullet lists, indicators hold their breakdown
("trong đó"). Without a limit, JSON nested a little deeper than a hundred levels was
written by ``to_json`` and refused by ``from_json`` (the reader uses more stack per level
than the writer), and deeper nesting raised ``RecursionError``. One limit,
:data:`MAX_NESTING_DEPTH`, is checked on both sides, so whatever is written can be read.
Real documents nest five or six levels (Phần I → 1 → a → - → +).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from danvan.model import (
    Appendix,
    BulletItem,
    BulletList,
    Indicator,
    IndicatorTable,
    Plan,
    Report,
    Section,
)

__all__ = ["MAX_NESTING_DEPTH", "too_deep_in_data", "too_deep_in_model"]

MAX_NESTING_DEPTH = 64
"""How deep blocks may nest: a block of the body (or of an appendix) is at depth 1, a block
inside a section one deeper, a bullet list under a bullet item one deeper, an indicator's
breakdown one deeper. Chosen so that the JSON of the deepest document stays well inside
every encoder's and decoder's own limits (orjson stops at 255 levels of JSON; a level of
bullets is three)."""


def _model_children(node: object) -> Iterator[tuple[str, object]]:
    """The nested nodes of ``node`` and the JSON path step to each."""
    if isinstance(node, Section):
        for index, block in enumerate(node.blocks):
            yield f".blocks[{index}]", block
    elif isinstance(node, BulletList):
        for index, item in enumerate(node.items):
            if item.children is not None:
                yield f".items[{index}].children", item.children
    elif isinstance(node, IndicatorTable):
        for index, indicator in enumerate(node.indicators):
            yield f".indicators[{index}]", indicator


def _indicator_children(indicator: Indicator, path: str) -> Iterator[tuple[str, object]]:
    for index, part in enumerate(indicator.breakdown):
        yield f"{path}.breakdown[{index}]", part


def _top_level_model(obj: object) -> Iterator[tuple[str, object]]:
    """The depth-1 nodes of a model object, with their JSON paths from ``$``."""
    if isinstance(obj, (Section, BulletList, IndicatorTable)):
        yield "$", obj
        return
    if isinstance(obj, Indicator):
        yield "$", obj
        return
    if isinstance(obj, BulletItem):
        if obj.children is not None:
            yield "$.children", obj.children
        return
    if isinstance(obj, Appendix):
        for index, block in enumerate(obj.blocks):
            yield f"$.blocks[{index}]", block
        return
    for field in ("bases", "introduction", "body", "closing"):
        for index, block in enumerate(getattr(obj, field, ())):
            yield f"$.{field}[{index}]", block
    for number, appendix in enumerate(getattr(obj, "appendices", ())):
        for index, block in enumerate(appendix.blocks):
            yield f"$.appendices[{number}].blocks[{index}]", block


def _top_level_nodes(obj: object) -> list[object]:
    """The nodes :func:`_top_level_model` gives, without their paths."""
    if isinstance(obj, (Report, Plan)):
        level: list[object] = [*obj.bases, *obj.introduction, *obj.body, *obj.closing]
        for appendix in obj.appendices:
            level.extend(appendix.blocks)
        return level
    return [node for _, node in _top_level_model(obj)]


def _model_depth_exceeds(obj: object, limit: int) -> bool:
    """Whether some block of ``obj`` is nested deeper than ``limit``: the same walk as
    :func:`too_deep_in_model`, level by level and without building paths (every read
    document is checked, and it almost never fails)."""
    level = _top_level_nodes(obj)
    depth = 1
    while level:
        if depth > limit:
            return True
        below: list[object] = []
        for node in level:
            if isinstance(node, Indicator):
                below.extend(node.breakdown)
            elif isinstance(node, Section):
                below.extend(node.blocks)
            elif isinstance(node, BulletList):
                below.extend(item.children for item in node.items if item.children is not None)
            elif isinstance(node, IndicatorTable):
                below.extend(node.indicators)
        level = below
        depth += 1
    return False


def too_deep_in_model(obj: object, limit: int = MAX_NESTING_DEPTH) -> str | None:
    """The JSON path of the first block of ``obj`` nested deeper than ``limit``, or None."""
    if not _model_depth_exceeds(obj, limit):
        return None
    stack: list[tuple[str, object, int]] = [(p, n, 1) for p, n in _top_level_model(obj)]
    while stack:
        path, node, depth = stack.pop()
        if depth > limit:
            return path
        if isinstance(node, Indicator):
            children: Iterator[tuple[str, object]] = _indicator_children(node, "")
        else:
            children = _model_children(node)
        stack.extend((path + step, child, depth + 1) for step, child in children)
    return None


def _data_children(node: Any) -> Iterator[tuple[str, Any]]:
    """The nested nodes of a JSON object, by the keys that nest (whatever its type says)."""
    if not isinstance(node, Mapping):
        return
    for key in ("blocks", "breakdown", "indicators"):
        value = node.get(key)
        if isinstance(value, Sequence) and not isinstance(value, str):
            for index, child in enumerate(value):
                yield f".{key}[{index}]", child
    items = node.get("items")
    if isinstance(items, Sequence) and not isinstance(items, str):
        for index, item in enumerate(items):
            if isinstance(item, Mapping) and isinstance(item.get("children"), Mapping):
                yield f".items[{index}].children", item["children"]


def too_deep_in_data(data: Any, limit: int = MAX_NESTING_DEPTH) -> str | None:
    """Like :func:`too_deep_in_model`, on JSON data (dicts and lists) before it is read.

    Any dict counts as depth 1 at the top when it is itself a nesting node (a fragment such
    as a Section), else its block lists (``body``, ``appendices[i].blocks``, ...) do.
    """
    if not isinstance(data, Mapping):
        return None
    starts: list[tuple[str, Any]] = []
    if "content" in data and isinstance(data.get("children"), Mapping):  # a bullet item
        starts.append(("$.children", data["children"]))
    elif any(key in data for key in ("blocks", "items", "indicators", "breakdown")) and not any(
        key in data for key in ("body", "appendices")
    ):
        if "blocks" in data and "title" in data and "type" not in data and "document" not in data:
            # An appendix fragment: its blocks are at depth 1.
            starts.extend(_data_children(data))
        else:
            starts.append(("$", data))
    else:
        for field in ("bases", "introduction", "body", "closing"):
            value = data.get(field)
            if isinstance(value, Sequence) and not isinstance(value, str):
                starts.extend((f"$.{field}[{i}]", block) for i, block in enumerate(value))
        appendices = data.get("appendices")
        if isinstance(appendices, Sequence) and not isinstance(appendices, str):
            for number, appendix in enumerate(appendices):
                if isinstance(appendix, Mapping):
                    starts.extend(
                        (f"$.appendices[{number}]{step}", block)
                        for step, block in _data_children(appendix)
                    )
    stack = [(("$" + path[1:]) if path.startswith(".") else path, node, 1) for path, node in starts]
    while stack:
        path, node, depth = stack.pop()
        if depth > limit:
            return path
        stack.extend((path + step, child, depth + 1) for step, child in _data_children(node))
    return None
