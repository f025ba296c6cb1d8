"""Pandera models of the published tables: the single source of truth for every column.

Each column's type, nullability, checks, title and description live here once. The
Arrow/Parquet schema, the Frictionless Table Schemas, the Croissant record sets and the
README data dictionary are generated from these models (see ``schemas.metadata``).
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from pipeline.extract.properties import PROPERTY_NAMES, WIKIDATA_PROPERTIES

QUALIFIERS = ["exact", "approximate", "more_than", "at_least", "less_than", "at_most", "range"]
# ISO 8601 prefix: a year (astronomical, signed for BC), optionally month and day; two or
# three digits stand for a century or decade (``07``, ``193``), as the gold guidelines say.
# Plain groups, no ``(?:``: SQL tools (SQLAlchemy, hence frictionless' SQL export) read
# ``:0`` in a CHECK constraint as a bind parameter.
ISO_DATE_PREFIX = r"^-?\d{2,4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
SHA256 = r"^[0-9a-f]{64}$"
# The entity types and the relation vocabulary of docs/entities.md, each predicate with the
# Wikidata property it maps to (None where no property fits).
ENTITY_TYPES = [
    "organization",
    "person",
    "place",
    "facility",
    "award",
    "sector",
    "program",
    "product",
    "event",
    "work",
]
PREDICATES: dict[str, str | None] = {
    "alias_of": None,
    "located_in": "P131",
    "part_of": "P361",
    "founded_by": "P112",
    "initiated_by": None,
    "operated_by": "P137",
    "owned_by": "P127",
    "headquartered_in": "P159",
    "focuses_on": "P101",
    "hosts": "P466",
    "awarded": "P166",
    "recognized_by": "P1027",
    "member_of": "P463",
    "employed_by": "P108",
    "position_held": "P39",
    "see_also": None,
}
ENTITY_ID = r"^ent:[0-9a-f]{16}$"
# Tables of extracted records: a row that fails a check is quarantined, not published.
EXTRACTED_TABLES = ("facts", "events", "entities", "mentions", "relations")


class _Table(pa.DataFrameModel):
    class Config:
        strict = True
        coerce = True


class DocumentTable(_Table):
    """One row per published source article."""

    doc_id: Series[str] = pa.Field(
        unique=True,
        str_length={"min_value": 1},
        title="Document id",
        description="Stable id derived from the source file name (lowercased stem).",
    )
    title: Series[str] = pa.Field(
        str_length={"min_value": 1},
        title="Title",
        description="Article title, from the `= Title =` line when present.",
    )
    source: Series[str] = pa.Field(
        str_length={"min_value": 1},
        title="Source",
        description="Where the text came from (URL or description from sources.csv, else the file name).",
    )
    license: Series[str] = pa.Field(
        nullable=True, title="Licence", description="Licence of the source text."
    )
    sha256: Series[str] = pa.Field(
        str_matches=SHA256, title="SHA-256", description="SHA-256 of the raw source bytes."
    )
    text: Series[str] = pa.Field(
        title="Text",
        description=(
            "The source decoded as UTF-8, leading BOM removed, CRLF/CR turned into LF; "
            "all char offsets point into it."
        ),
    )


class SentenceTable(_Table):
    """One row per sentence (or list item) of a document."""

    sentence_id: Series[str] = pa.Field(
        unique=True,
        str_length={"min_value": 1},
        title="Sentence id",
        description=(
            "`<doc_id>:s<12 hex>`, derived from the document, the sentence text and its "
            "occurrence number in the document, so it survives edits elsewhere in the article."
        ),
    )
    doc_id: Series[str] = pa.Field(
        title="Document id", description="The document (documents.doc_id)."
    )
    section: Series[str] = pa.Field(
        nullable=True,
        title="Section",
        description="Heading path of the section, e.g. `History > Early years`; null before the first heading.",
    )
    paragraph_index: Series[int] = pa.Field(
        ge=0,
        title="Paragraph index",
        description="0-based index of the paragraph or list item in the document.",
    )
    char_start: Series[int] = pa.Field(
        ge=0,
        title="Start offset",
        description="Start of the sentence in documents.text (code points, 0-based).",
    )
    char_end: Series[int] = pa.Field(
        ge=1, title="End offset", description="End of the sentence in documents.text (exclusive)."
    )
    text: Series[str] = pa.Field(
        str_length={"min_value": 1},
        title="Text",
        description="The sentence, equal to documents.text[char_start:char_end].",
    )


class _Grounded(_Table):
    doc_id: Series[str] = pa.Field(
        title="Document id", description="The document (documents.doc_id)."
    )
    sentence_id: Series[str] = pa.Field(
        title="Sentence id", description="The sentence that states it (sentences.sentence_id)."
    )
    char_start: Series[int] = pa.Field(
        ge=0,
        title="Start offset",
        description="Start of `quote` in documents.text (code points, 0-based).",
    )
    char_end: Series[int] = pa.Field(
        ge=1, title="End offset", description="End of `quote` in documents.text (exclusive)."
    )


class FactTable(_Grounded):
    """One row per quantity stated in the text."""

    fact_id: Series[str] = pa.Field(
        unique=True,
        str_length={"min_value": 1},
        title="Fact id",
        description="Stable id derived from the document, the sentence and the quote.",
    )
    quote: Series[str] = pa.Field(
        str_length={"min_value": 1},
        title="Quote",
        description="The stating text, e.g. `18.5 billion RMB`; equals documents.text[char_start:char_end].",
    )
    value: Series[float] = pa.Field(
        title="Value",
        description="The number with multiplier words applied (`18.5 billion` → 1.85e10).",
    )
    value_max: Series[float] = pa.Field(
        nullable=True,
        title="Upper value",
        description="Upper end when the text gives a range, else null.",
    )
    unit: Series[str] = pa.Field(
        str_length={"min_value": 1},
        title="Unit",
        description=(
            "`count` for counts of things, `%`, an ISO 4217 code for money, "
            "else a unit symbol that pint parses (`m**2`, `km`, `km/h`, `year`)."
        ),
    )
    qualifier: Series[pa.Category] = pa.Field(
        isin=QUALIFIERS,
        dtype_kwargs={"categories": QUALIFIERS, "ordered": False},
        title="Qualifier",
        description="How the text bounds the value: " + ", ".join(QUALIFIERS) + ".",
    )
    period: Series[str] = pa.Field(
        nullable=True,
        str_matches=ISO_DATE_PREFIX,
        title="Reference period",
        description="The time the value refers to when the text says it, as an ISO 8601 prefix.",
    )
    subject: Series[str] = pa.Field(
        nullable=True,
        title="Subject",
        description="What the value is about, read from the sentence.",
    )
    subject_id: Series[str] = pa.Field(
        nullable=True,
        str_matches=ENTITY_ID,
        title="Subject entity",
        description="The entity the subject names (entities.entity_id), when it names one of the document's entities.",
    )
    attribute: Series[str] = pa.Field(
        nullable=True,
        title="Attribute",
        description="What is measured or counted (`area`, `enterprises`).",
    )
    property: Series[str] = pa.Field(
        nullable=True,
        isin=list(PROPERTY_NAMES),
        title="Property",
        description=(
            "The kind of quantity, from a fixed vocabulary that makes facts comparable "
            "across articles (`area`, `population`, `employees`, `revenue`; the dataset "
            "card lists it), else null."
        ),
    )
    wikidata_property: Series[str] = pa.Field(
        nullable=True,
        isin=list(WIKIDATA_PROPERTIES),
        title="Wikidata property",
        description=(
            "The Wikidata property of the same meaning as `property` (`P2046` area, "
            "`P1082` population), when Wikidata has one, else null."
        ),
    )
    method: Series[str] = pa.Field(
        str_length={"min_value": 1},
        title="Method",
        description="The extractor rule that produced the row, e.g. `quantity.currency_multiplier`.",
    )
    converts_fact_id: Series[str] = pa.Field(
        nullable=True,
        str_length={"min_value": 1},
        title="Converts fact",
        description=(
            "For a restatement in other units (`30 km (19 mi)`, method `quantity.conversion`), "
            "the fact_id of the value it restates, in the same sentence; else null. Keep rows "
            "where it is null to count or sum every stated value once."
        ),
    )


class EventTable(_Grounded):
    """One row per dated statement."""

    event_id: Series[str] = pa.Field(
        unique=True,
        str_length={"min_value": 1},
        title="Event id",
        description="Stable id derived from the document, the sentence and the quote.",
    )
    quote: Series[str] = pa.Field(
        str_length={"min_value": 1},
        title="Quote",
        description="The date expression (`2009`, `February 1994`, `In that same year`).",
    )
    date: Series[str] = pa.Field(
        str_matches=ISO_DATE_PREFIX,
        title="Date",
        description="The resolved date as an ISO 8601 prefix (`2009`, `1994-02`, `1999-05-05`, `-0026`).",
    )
    description: Series[str] = pa.Field(
        str_length={"min_value": 1},
        title="Description",
        description="What happened, read from the sentence.",
    )
    method: Series[str] = pa.Field(
        str_length={"min_value": 1},
        title="Method",
        description="The extractor rule that produced the row, e.g. `date.full`.",
    )


class EntityTable(_Table):
    """One row per named entity: a name with its type, the same in every article."""

    entity_id: Series[str] = pa.Field(
        unique=True,
        str_matches=ENTITY_ID,
        title="Entity id",
        description="`ent:` and 16 hex digits derived from the normalised name and the type, so the same name and type in two articles is one entity.",
    )
    name: Series[str] = pa.Field(
        str_length={"min_value": 1},
        title="Name",
        description="Canonical name: the fullest proper name an article uses for it.",
    )
    type: Series[pa.Category] = pa.Field(
        isin=ENTITY_TYPES,
        dtype_kwargs={"categories": ENTITY_TYPES, "ordered": False},
        title="Type",
        description="What kind of entity it is (docs/entities.md).",
    )
    aliases: Series[list[str]] = pa.Field(
        title="Aliases",
        description="Other names the articles give it (acronyms, former and short names), sorted.",
    )


class MentionTable(_Grounded):
    """One row per mention of an entity by name in a sentence."""

    mention_id: Series[str] = pa.Field(
        unique=True,
        str_length={"min_value": 1},
        title="Mention id",
        description="Stable id derived from the document, the sentence text and the quote.",
    )
    entity_id: Series[str] = pa.Field(
        str_matches=ENTITY_ID,
        title="Entity id",
        description="The entity mentioned (entities.entity_id).",
    )
    quote: Series[str] = pa.Field(
        str_length={"min_value": 1},
        title="Quote",
        description="The name as written (`MIIT`); equals documents.text[char_start:char_end].",
    )


class RelationTable(_Grounded):
    """One row per relation a sentence states between an entity and another entity or a
    literal value."""

    relation_id: Series[str] = pa.Field(
        unique=True,
        str_length={"min_value": 1},
        title="Relation id",
        description="Stable id derived from the document, the sentence text, the quote and the relation.",
    )
    subject_id: Series[str] = pa.Field(
        str_matches=ENTITY_ID,
        title="Subject entity",
        description="The entity the relation is about (entities.entity_id).",
    )
    predicate: Series[pa.Category] = pa.Field(
        isin=list(PREDICATES),
        dtype_kwargs={"categories": list(PREDICATES), "ordered": False},
        title="Predicate",
        description="The relation (docs/entities.md).",
    )
    wikidata_property: Series[str] = pa.Field(
        nullable=True,
        isin=sorted({p for p in PREDICATES.values() if p}),
        title="Wikidata property",
        description="The Wikidata property the predicate maps to (`P131`), null where none fits.",
    )
    object_id: Series[str] = pa.Field(
        nullable=True,
        str_matches=ENTITY_ID,
        title="Object entity",
        description="The other entity (entities.entity_id); null when the object is a literal.",
    )
    object_value: Series[str] = pa.Field(
        nullable=True,
        title="Object value",
        description="The literal object (`Premier` for position_held); null when the object is an entity.",
    )
    quote: Series[str] = pa.Field(
        str_length={"min_value": 1},
        title="Quote",
        description="The span that states the relation; equals documents.text[char_start:char_end].",
    )

    @pa.dataframe_check(
        description="exactly one of object_id and object_value is set", element_wise=False
    )
    @classmethod
    def one_object(cls, frame: pd.DataFrame) -> pd.Series:
        return frame["object_id"].isna() != frame["object_value"].isna()


class RejectTable(_Table):
    """One row per input problem: a file that could not be published, or a line of sources.csv
    that could not be used (a file listed twice, a listed file that is missing)."""

    file: Series[str] = pa.Field(
        str_length={"min_value": 1},
        title="File",
        description="The input file (name inside the input folder).",
    )
    reason: Series[str] = pa.Field(title="Reason", description="What is wrong with it.")
    hint: Series[str] = pa.Field(title="Hint", description="How to fix it.")


class QuarantineTable(_Table):
    """One row per extracted record held back because it failed a check."""

    record_id: Series[str] = pa.Field(
        str_length={"min_value": 1},
        title="Record id",
        description="The id (key) of the record held back.",
    )
    table: Series[str] = pa.Field(
        isin=list(EXTRACTED_TABLES),
        title="Table",
        description="The table the record was meant for.",
    )
    doc_id: Series[str] = pa.Field(nullable=True, title="Document id", description="Its document.")
    sentence_id: Series[str] = pa.Field(
        nullable=True, title="Sentence id", description="Its sentence."
    )
    check: Series[str] = pa.Field(
        title="Check", description="The check it failed, with the column."
    )
    record: Series[str] = pa.Field(title="Record", description="The whole record as JSON.")
