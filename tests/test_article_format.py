"""The one heading parser of the article format (``pipeline.article``).

Before it there were three: ingest read the title, segment the section headings and the
events extractor the dated headings, each with its own rules. The table pins what each of
the three accepted (columns ``title``, ``segment``, ``events``, as measured on the last
commit that had them) and what the one parser gives now; the rows where they differ are
the behaviour that changed:

* ``= a = b =`` and ``== a = b ==`` (``=`` inside a closed title) were text for segment
  and headings for the other two: now headings for all.
* Unclosed headings (``== Unclosed``, ``== 2014 season``) were headings for segment but
  not for events, so their years did not set the timeline: now they do.
* Lines of marks only (``==``, ``==   ==``) were headings with an empty title for events
  (their sentence was skipped) and text for segment: now text for all.
"""

from __future__ import annotations

import pytest

from pipeline.article import Heading, heading, read_title

# line, old title reader, old segment, old events, the one parser now
TABLE = [
    ("= Title =", "Title", (1, "Title"), (1, "Title"), (1, "Title")),
    ("=Title=", "Title", (1, "Title"), (1, "Title"), (1, "Title")),
    ("= Title", "Title", (1, "Title"), None, (1, "Title")),
    ("  = Title =  ", "Title", (1, "Title"), (1, "Title"), (1, "Title")),
    ("== Section ==", None, (2, "Section"), (2, "Section"), (2, "Section")),
    ("==Sector Emphasis ==", None, (2, "Sector Emphasis"), (2, "Sector Emphasis"), (2, "Sector Emphasis")),
    ("== Unclosed", None, (2, "Unclosed"), None, (2, "Unclosed")),
    ("=== Sub ===", None, (3, "Sub"), (3, "Sub"), (3, "Sub")),
    ("==== Deep ====", None, (4, "Deep"), (4, "Deep"), (4, "Deep")),
    ("\t== Tab ==\t", None, (2, "Tab"), (2, "Tab"), (2, "Tab")),
    ("== Trailing ===", None, (2, "Trailing"), (2, "Trailing"), (2, "Trailing")),
    ("=== Less ==", None, (3, "Less"), (3, "Less"), (3, "Less")),
    ("==Title", None, (2, "Title"), None, (2, "Title")),
    ("== 2014 season", None, (2, "2014 season"), None, (2, "2014 season")),
    ("= 2009 – 10 season =", "2009 – 10 season", (1, "2009 – 10 season"), (1, "2009 – 10 season"), (1, "2009 – 10 season")),
    ("= a = b =", "a = b", None, (1, "a = b"), (1, "a = b")),
    ("== a = b ==", None, None, (2, "a = b"), (2, "a = b")),
    ("=", None, None, None, None),
    ("==", None, None, (1, ""), None),
    ("===", None, None, (2, ""), None),
    ("= =", None, None, (1, ""), None),
    ("==   ==", None, None, (2, ""), None),
    ("= Title = extra", None, None, None, None),
    ("Title =", None, None, None, None),
    ("plain text", None, None, None, None),
    ("", None, None, None, None),
    ("  ", None, None, None, None),
]  # fmt: skip


@pytest.mark.parametrize(("line", "title", "segment", "events", "now"), TABLE)
def test_heading_table(line, title, segment, events, now):
    found = heading(line)
    assert found == (Heading(*now) if now else None)
    if now == segment == events:  # the three agreed: so does the one parser
        assert found == (Heading(*segment) if segment else None)


def test_title_is_the_first_level_one_heading():
    assert read_title("= Park =\nText.\n== History ==\n") == "Park"
    assert read_title("Text first.\n= Later Title\n") == "Later Title"
    assert read_title("== Only a section ==\nText.\n") is None
    # the first level-1 heading wins, closed or not (the old reader preferred a closed one)
    assert read_title("= Draft\n= Real =\n") == "Draft"
