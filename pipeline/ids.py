"""Content-derived ids: the same content gives the same id, in any run, on any machine.

A sentence's id hashes its document, its text and the occurrence number of that text in
the document; a fact's or event's id hashes its document, its sentence's id, its quote and
the quote's occurrence number in the sentence. Editing one paragraph of an article
therefore leaves every id elsewhere in it unchanged, which is what release diffs match on.
Each text is hashed once, so the cost is linear in the text (never text × records).
"""

from __future__ import annotations

import hashlib

SEPARATOR = "\x1f"


def content_digest(*parts: str) -> str:
    """12 hex digits of the SHA-1 of ``parts`` joined by a unit separator."""
    return hashlib.sha1(SEPARATOR.join(parts).encode("utf-8")).hexdigest()[:12]


def sentence_id(doc_id: str, text: str, occurrence: int) -> str:
    """``<doc_id>:s<12 hex>`` for the ``occurrence``-th (from 1) sentence with this text."""
    return f"{doc_id}:s{content_digest(doc_id, content_digest(text), str(occurrence))}"


def record_id(doc_id: str, prefix: str, sentence: str, quote: str, occurrence: int) -> str:
    """``<doc_id>:<prefix><12 hex>`` for the ``occurrence``-th record quoting ``quote`` in
    the sentence whose id is ``sentence``."""
    digest = content_digest(doc_id, sentence, content_digest(quote), str(occurrence))
    return f"{doc_id}:{prefix}{digest}"
