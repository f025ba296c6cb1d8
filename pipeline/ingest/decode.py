"""Decode an input file's bytes as the output contract says, or say why they cannot be.

``documents.text`` is the raw file decoded as UTF-8 with a leading BOM removed and
``\\r\\n`` / ``\\r`` turned into ``\\n``; nothing else is altered. Files that cannot be read
that way raise :class:`~pipeline.errors.InputError`, which names the file, says what is
wrong and how to fix it; the run turns it into a row of ``rejects``:

* an empty file, or one with only white space or invisible characters: no article;
* UTF-16 or UTF-32 text (with or without a byte-order mark): the contract decodes UTF-8
  only, and re-encoding would make ``sha256`` describe bytes that ``text`` does not;
* bytes that are not UTF-8 (Latin-1, Windows-1252): no guessing at an encoding;
* binary files (NUL bytes, images, PDFs, archives renamed ``.txt``).
"""

from __future__ import annotations

import shlex
import unicodedata

from pipeline.errors import InputError

_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Signatures of binary formats that are renamed to .txt by mistake (what the user sees).
_BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt/.epub file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls)"),
)
# Characters that show nothing: white space, controls, format characters (zero-width, bidi).
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})


def _utf16_without_bom(data: bytes) -> str | None:
    """``"UTF-16LE"``/``"UTF-16BE"`` when NUL bytes sit at every other position, as in
    UTF-16 text of mostly Latin letters."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.2 * len(even):
        return "UTF-16LE"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.2 * len(odd):
        return "UTF-16BE"
    return None


def _check_bytes(data: bytes, file: str) -> None:
    """Raise :class:`InputError` when the bytes are not a UTF-8 text article."""
    if not data:
        raise InputError(file, "the file is empty (0 bytes)", "remove it or add the article text")
    iconv = f"iconv -f {{}} -t UTF-8 {shlex.quote(file)} > fixed.txt"
    if data.startswith(_UTF32_BOMS):
        raise InputError(
            file,
            "the file is UTF-32 encoded (it starts with a UTF-32 byte-order mark); "
            "only UTF-8 is read",
            f"re-save it as UTF-8, e.g. `{iconv.format('UTF-32')}`",
        )
    if data.startswith(_UTF16_BOMS):
        raise InputError(
            file,
            "the file is UTF-16 encoded (it starts with a UTF-16 byte-order mark); "
            "only UTF-8 is read",
            f"re-save it as UTF-8, e.g. `{iconv.format('UTF-16')}`",
        )
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(
                file,
                f"the file is binary ({kind}), not a text article",
                "remove it from the input folder or replace it with the article as UTF-8 text",
            )
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16:
            raise InputError(
                file,
                f"the file looks like {utf16} text without a byte-order mark; only UTF-8 is read",
                f"re-save it as UTF-8, e.g. `{iconv.format(utf16)}`",
            )
        raise InputError(
            file,
            f"the file is binary (a NUL byte at offset {data.index(0)}), not a text article",
            "remove it from the input folder or replace it with the article as UTF-8 text",
        )


def _mostly_utf8(data: bytes) -> bool:
    """More of the file's non-ASCII characters are valid UTF-8 than not: a UTF-8 file with
    a few stray bytes, not text in a one-byte encoding (where valid UTF-8 sequences are
    rare by chance)."""
    decoded = data.decode("utf-8", "replace")
    invalid = decoded.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for char in decoded if ord(char) > 127) - invalid
    return valid > invalid


def decode_text(data: bytes, file: str) -> str:
    """Decode raw bytes as the output contract says, or raise :class:`InputError`."""
    _check_bytes(data, file)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        where = f"byte 0x{data[err.start]:02x} at line {line}, column {column}"
        if _mostly_utf8(data):
            raise InputError(
                file,
                f"the file is not valid UTF-8 ({where}), though the rest of its non-ASCII "
                "text is UTF-8",
                "fix the bytes named (re-type that character); converting the whole file "
                "from another encoding would garble its other accented letters",
            ) from None
        raise InputError(
            file,
            f"the file is not valid UTF-8 ({where}); it may be Latin-1 or Windows-1252 text",
            "re-save it as UTF-8, e.g. "
            f"`iconv -f WINDOWS-1252 -t UTF-8 {shlex.quote(file)} > fixed.txt`",
        ) from None
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if all(unicodedata.category(char) in _INVISIBLE_CATEGORIES for char in text):
        raise InputError(
            file,
            "the file is empty: it holds only white space or invisible characters",
            "remove it or add the article text",
        )
    return text
