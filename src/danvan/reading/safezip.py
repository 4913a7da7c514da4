"""Open a .docx safely (mở tệp .docx an toàn): a zip within limits, XML without DTDs or entities.

A .docx is a zip archive of XML parts. Hostile or damaged files must give one clear
:class:`~danvan.reading.registry.ReadError` in bounded time, never a traceback from
``zipfile`` or ``lxml`` and never a hang:

- not a zip (empty input, text renamed .docx, binary garbage) → :class:`FormatMismatchError`;
- a zip bomb → refused from the central directory *before* inflating anything (total
  uncompressed size, per-entry size, compression ratio, entry count), and again while
  inflating, because a central directory can lie about the sizes;
- a missing ``word/document.xml`` → refused;
- XML with a DOCTYPE (the door to external entities and "billion laughs") → refused
  before parsing; lxml runs with ``resolve_entities=False``, ``no_network=True``,
  ``load_dtd=False`` and ``huge_tree=False``, so libxml2's own limits (nesting depth 256,
  text nodes of 10 MB) stay on.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

import attrs
from lxml import etree

from danvan.reading.registry import FormatMismatchError, ReadError

__all__ = ["DocxPackage", "ZipLimits", "open_docx", "parse_xml"]

MAIN_PART = "word/document.xml"

# Word's "Strict Open XML Document" names the same elements in other namespaces
# (ECMA-376 Part 1, strict conformance): read as the transitional ones they stand for.
_STRICT_MARK = b"http://purl.oclc.org/ooxml/"
_STRICT_NAMESPACES = {
    b"wordprocessingml/main": b"wordprocessingml/2006/main",
    b"officeDocument/relationships": b"officeDocument/2006/relationships",
    b"officeDocument/math": b"officeDocument/2006/math",
    b"drawingml/main": b"drawingml/2006/main",
    b"drawingml/wordprocessingDrawing": b"drawingml/2006/wordprocessingDrawing",
    b"drawingml/picture": b"drawingml/2006/picture",
}
_STRICT_RE = re.compile(
    re.escape(_STRICT_MARK) + b"(" + b"|".join(map(re.escape, _STRICT_NAMESPACES)) + b")"
)


def _transitional(match: re.Match[bytes]) -> bytes:
    return b"http://schemas.openxmlformats.org/" + _STRICT_NAMESPACES[match.group(1)]


_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_CHUNK = 1 << 16


@attrs.frozen(kw_only=True)
class ZipLimits:
    """Limits a .docx archive must stay within (giới hạn); the defaults fit any real report.

    ``max_ratio`` applies to entries larger than ``ratio_floor`` bytes only: tiny parts have
    odd ratios without being bombs. Word's XML compresses about 5 to 20 times; 200 is wide.
    """

    max_total: int = 512 * 1024 * 1024
    max_entry: int = 256 * 1024 * 1024
    max_ratio: float = 200.0
    ratio_floor: int = 1024 * 1024
    max_entries: int = 10_000
    max_depth: int = 256


DEFAULT_LIMITS = ZipLimits()


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB"


def _xml_parser() -> etree.XMLParser:
    # One parser per call: lxml parsers are not thread-safe to share.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


# The prolog may hold an XML declaration, comments and processing instructions; a DOCTYPE
# can only come before the root element, so looking there is enough.
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ROOT_START = re.compile(rb"<[A-Za-z_]")


def _has_doctype(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 XML: look at it decoded
        try:
            head = data[: 64 * 1024].decode("utf-16", errors="replace").encode("utf-8")
        except Exception:  # pragma: no cover - 'replace' does not raise
            return True
    else:
        head = data
    root = _ROOT_START.search(head)
    prolog = head[: root.start()] if root else head[: 64 * 1024]
    return _DOCTYPE.search(prolog) is not None


def parse_xml(
    data: bytes, part: str, *, source: str = "<docx>", max_depth: int = 256
) -> etree._Element:
    """Parse one XML part safely: a DOCTYPE, bad XML or excessive nesting is a :class:`ReadError`."""
    if _has_doctype(data):
        raise ReadError(
            f"{source}: {part} has a DOCTYPE declaration; danvan refuses DTDs and entities in "
            "Word XML (they can fetch files or explode in size), and Word never writes them"
        )
    try:
        root = etree.fromstring(data, _xml_parser())
    except etree.XMLSyntaxError as error:
        message = str(error)
        if "depth" in message.lower():
            raise ReadError(
                f"{source}: {part} nests XML elements too deeply (libxml2 stops at 256 levels): "
                f"{message}"
            ) from None
        if "huge" in message.lower():
            raise ReadError(
                f"{source}: {part} holds a text node over libxml2's 10 MB limit, larger than "
                f"any real document's paragraph: {message}"
            ) from None
        raise ReadError(f"{source}: {part} is not well-formed XML: {message}") from None
    except (ValueError, etree.LxmlError) as error:
        raise ReadError(f"{source}: {part} cannot be parsed as XML: {error}") from None
    if getattr(
        root.getroottree().docinfo, "doctype", None
    ):  # belt and braces: the scan above missed it
        raise ReadError(f"{source}: {part} has a DOCTYPE declaration; danvan refuses DTDs")
    if max_depth < 256:  # libxml2 already enforces 256; a caller may ask for less
        _check_depth(root, max_depth, part, source)
    return root


def _check_depth(root: etree._Element, limit: int, part: str, source: str) -> None:
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > limit:
            raise ReadError(f"{source}: {part} nests XML elements deeper than {limit} levels")
        stack.extend((child, depth + 1) for child in element)


@attrs.define
class DocxPackage:
    """The parts of an opened .docx, inflated on demand within the limits."""

    archive: zipfile.ZipFile
    source: str
    limits: ZipLimits
    infos: dict[str, zipfile.ZipInfo]
    inflated: int = 0

    @property
    def names(self) -> frozenset[str]:
        """The part names in the archive."""
        return frozenset(self.infos)

    def read(self, part: str) -> bytes | None:
        """The bytes of ``part``, or ``None`` when absent; limits enforced while inflating."""
        info = self.infos.get(part)
        if info is None:
            return None
        budget = min(self.limits.max_entry, self.limits.max_total - self.inflated)
        chunks: list[bytes] = []
        size = 0
        try:
            with self.archive.open(info) as stream:
                while True:
                    chunk = stream.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > info.file_size or size > budget:
                        raise ReadError(
                            f"{self.source}: {part} inflates past its declared size or the "
                            f"limits ({_mib(budget)}): refused as a zip bomb"
                        )
                    if size > self.limits.ratio_floor and size > self.limits.max_ratio * max(
                        info.compress_size, 1
                    ):
                        raise ReadError(
                            f"{self.source}: {part} inflates more than {self.limits.max_ratio:g} "
                            "times its compressed size: refused as a zip bomb"
                        )
                    chunks.append(chunk)
        except ReadError:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
            raise ReadError(
                f"{self.source}: {part} is damaged in the zip archive: {error}"
            ) from None
        except NotImplementedError as error:
            raise ReadError(
                f"{self.source}: {part} uses a compression method danvan cannot read: {error}"
            ) from None
        except RuntimeError as error:  # encrypted entries
            raise ReadError(f"{self.source}: {part} cannot be read: {error}") from None
        self.inflated += size
        return b"".join(chunks)

    def xml(self, part: str) -> etree._Element | None:
        """The parsed XML of ``part``, or ``None`` when absent."""
        data = self.read(part)
        if data is None:
            return None
        if _STRICT_MARK in data:
            data = _STRICT_RE.sub(_transitional, data)
        return parse_xml(data, part, source=self.source, max_depth=self.limits.max_depth)


def open_docx(
    data: bytes, *, source: str = "<docx>", limits: ZipLimits = DEFAULT_LIMITS
) -> DocxPackage:
    """Open ``data`` as a .docx archive, checking the central directory against ``limits``."""
    if not data:
        raise FormatMismatchError(f"{source}: empty input, not a .docx (a .docx is a zip archive)")
    if not data.startswith(_ZIP_MAGIC):
        kind = "looks like text" if _printable(data[:512]) else "is binary data"
        raise FormatMismatchError(
            f"{source}: not a .docx: a .docx is a zip archive starting with 'PK', this {kind}"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as error:
        raise FormatMismatchError(
            f"{source}: not a readable .docx: the zip archive is damaged ({error})"
        ) from None
    if len(infos) > limits.max_entries:
        raise ReadError(
            f"{source}: the archive has {len(infos)} entries, over the limit of "
            f"{limits.max_entries}: refused as a zip bomb"
        )
    total = 0
    for info in infos:
        if info.file_size > limits.max_entry:
            raise ReadError(
                f"{source}: {info.filename} would inflate to {_mib(info.file_size)}, over the "
                f"limit of {_mib(limits.max_entry)} per part: refused as a zip bomb"
            )
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise ReadError(
                f"{source}: {info.filename} would inflate {info.file_size / max(info.compress_size, 1):.0f} "
                f"times its compressed size, over the limit of {limits.max_ratio:g}: refused as "
                "a zip bomb"
            )
        total += info.file_size
    if total > limits.max_total:
        raise ReadError(
            f"{source}: the archive would inflate to {_mib(total)}, over the limit of "
            f"{_mib(limits.max_total)}: refused as a zip bomb"
        )
    by_name = {info.filename: info for info in infos}
    if MAIN_PART not in by_name:
        raise FormatMismatchError(
            f"{source}: a zip archive without {MAIN_PART}, so not a Word document (.docx)"
        )
    return DocxPackage(archive=archive, source=source, limits=limits, infos=by_name)


def _printable(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # a cut multi-byte character at the end is fine
            return False
    return True
