"""Attribute of a stated quantity: what is counted or measured, as a short head phrase.

In order: the noun a qualifier frame names (``an estimated population of``); the noun
before ``of`` (``[industrial output] of 18.5 billion``, ``a [market capitalization] of
about …``); the counted noun (``over 100 [high-tech firms]``, ``nearly 5,000 [tier 1
suppliers]``); what a share is of (``42% of the park's [overall revenue]``); what a measure
or sum is of (``1,200 mm of [rain]``, ``$2.3 billion of [construction]``); the noun a
measure or sum modifies (``a $170 million [expansion]``, ``a 30-hectare plot`` → ``area of
plot``); a shape word (``30 m tall`` → ``height``, ``20 km off`` → ``distance``); the time
after or before something (``fifty years after his death``); the subject of a linking
verb (``[average annual rainfall] is around 2,600 mm``); what a sum is spent on by its verb
(``contribute $13 billion`` → ``contribution``); else the dimension of the unit.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.labels import label_of
from pipeline.extract.properties import MEASURE_LIKE, MEASURE_NOUNS, property_for
from pipeline.extract.qualifiers import qualifier_before
from pipeline.extract.units import DIMENSION_OF, TIME_UNITS
from pipeline.extract.verbs import is_verb
from pipeline.extract.words import DETERMINERS, PUNCT, STOP_WORDS, TOKEN_RE, possessive, words

# An adjective or adverb after a measure names the dimension: "30 metres tall" → height.
SHAPE_ATTRIBUTES: Final[dict[str, str]] = {
    "tall": "height", "high": "height", "long": "length", "wide": "width", "deep": "depth",
    "thick": "thickness", "across": "width", "in diameter": "diameter",
    "away": "distance", "north": "distance", "south": "distance", "east": "distance",
    "west": "distance", "northeast": "distance", "northwest": "distance",
    "southeast": "distance", "southwest": "distance", "outside": "distance",
    "from": "distance", "off": "distance", "inland": "distance", "offshore": "distance",
    "upstream": "distance", "downstream": "distance", "apart": "distance",
    "beyond": "distance", "further": "distance", "farther": "distance",
    "north-east": "distance", "north-west": "distance", "south-east": "distance",
    "south-west": "distance",
}  # fmt: skip
_LENGTH_SHAPES: Final = frozenset(k for k, v in SHAPE_ATTRIBUTES.items() if v != "distance")
# Nouns whose length is a calibre: "a 9.5-inch gun".
CALIBRE_NOUNS: Final = words(
    """gun guns cannon cannons howitzer howitzers rifle rifles shell shells mortar mortars
    smoothbore smoothbores pounder pounders barrel barrels bore calibre caliber"""
)
# What a sum of money is, read from the verb that states it: "contribute $13 billion".
MONEY_VERBS: Final[dict[str, str]] = {
    "contribute": "contribution", "contributes": "contribution", "contributed": "contribution",
    "spend": "spending", "spends": "spending", "spent": "spending",
    "invest": "investment", "invests": "investment", "invested": "investment",
    "raise": "funds raised", "raises": "funds raised", "raised": "funds raised",
    "earn": "earnings", "earns": "earnings", "earned": "earnings",
    "generate": "revenue", "generates": "revenue", "generated": "revenue",
    "cost": "cost", "costs": "cost", "costing": "cost",
    "pay": "payment", "pays": "payment", "paid": "payment",
    "sold": "sale price", "bought": "purchase price", "grossed": "gross", "gross": "gross",
    "lost": "loss", "lose": "loss", "loses": "loss", "owed": "debt", "owes": "debt",
    "borrowed": "loan", "donated": "donation", "donate": "donation", "awarded": "award",
    "received": "funding received", "receives": "funding received",
    "allocated": "allocation", "allocates": "allocation", "earmarked": "allocation",
    "budgeted": "budget", "valued": "value", "worth": "value",
    "offered": "offer", "offers": "offer", "bid": "bid", "pledged": "pledges",
    "committed": "commitments", "secured": "funding secured",
    "lease": "lease", "leases": "lease", "leased": "lease", "rent": "rent", "rents": "rent",
    "rented": "rent", "acquired": "purchase price", "acquires": "purchase price",
    "purchased": "purchase price", "sells": "sale price", "expected": "expected",
    "expects": "expected", "forecast": "forecast", "forecasts": "forecast", "built": "cost",
    "constructed": "cost", "developed": "cost",
}  # fmt: skip
# Verbs that link a measured noun to its value: "[rainfall] is around 2,600 mm".
LINKING_VERBS: Final = words(
    """is was are were be been becomes became remains remained stands stood ranges ranged
    reaches reached rose rises fell falls grew grows increased increases decreased
    decreases totals totaled totalled amounts amounted measures measured averaged averages
    shot jumped climbed dropped declined doubled reach rise risen grown fallen exceeded
    exceeds exceed hit hits surpassed topped slipped slid eased edged improved recovered
    settled valued estimated accounted accounts came widened narrowed hovered hovers advanced
    gained expanded contracted shrank shrunk softened dipped plunged surged soared tumbled
    rebounded targeted pegged capped projected budgeted set put maintained kept held raised
    lifted lowered reduced cut account amount total"""
)
# Nouns that are sums themselves: "a grant of $5m" is the grant, not its value.
MONEY_NOUNS: Final = words(
    """grant grants loan loans fine fines fee fees deficit surplus bonus payment subsidy
    subsidies prize award deal deals contract contracts bid offer fund funds tax taxes
    salary wage wages rent rents debt bill bills tariff penalty dividend credit"""
)
_IRREGULAR_PLURALS: Final = words(
    "people men women children staff personnel police crew cattle sheep deer aircraft"
)
_VAGUE_HEADS: Final = words("total number sum amount average maximum minimum")
_NO_MEASURE: Final = words("figure figures be this that it")  # "a figure to be raised to 1,800"
_AFTER_NUMBER: Final = re.compile(r"\s*(?:or\s+(?:more|fewer|less|so)\b|[-‐]plus\b|\+)\s*")
_OF_RE = re.compile(r"[\"”’]?\s+of\s+")
_IN_RE = re.compile(r"\s+(?:in|into)\s+(?:the\s+)?")
# a way of travel after a measure: "20 minutes by car", "12 km by road"
_BY_MODE = re.compile(
    r"\s+by\s+(?:road|car|rail|train|air|sea|ferry|boat|bus|truck|lorry|plane|foot)\b"
)
_TIME_RELATION = re.compile(r"\s+(after|before|later|earlier|ago|since)\b")
# "(98 ft)", "(98 ft (30 m))"; written so that an unclosed "(" is not scanned quadratically
_CONVERSION_RE = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)?\)")
_FRAME_NOUN = re.compile(
    r"\b(?:estimated\s+|(?=(?:maximum|minimum)\s))((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+of\s*$"
)
_OF_END = re.compile(r"\bof\s*$")
_BETWEEN_END = re.compile(r"\s+between\s*$")
# a share of a whole just named and what holds for it: "of whom 58 per cent are women"
_PART_BEFORE = re.compile(
    r"\bof\s+(?:which|whom|them|these)\s+(?:(?:about|around|roughly|approximately|nearly|"
    r"almost|some|over|more\s+than|less\s+than|at\s+least|only|just)\s+)?$",
    re.IGNORECASE,
)
_PART_PREDICATE = re.compile(
    r"\s+(?:(?:were|are|was|is|(?:has|have|had)\s+(?:\w+ly\s+|already\s+)?been)\s+"
    r"(?:(?:already|now|still|fully|currently|actually)\s+)?|(?:came|comes|come|is\s+to\s+come)"
    r"\s+from\s+(?:the\s+)?|from\s+(?:the\s+)?)([a-zA-Z][\w-]+)"
)  # "… is foreign direct investment", "… came from European Union funds", "… from the state"
_COPULA_AFTER = re.compile(r"\s+(?:were|are|was|is)\s+(?=[a-z])")
_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w-]*)")
_TIME_WORDS: Final = words(
    """year years month months quarter week day year-on-year year-over-year annually
    annual yearly monthly today now currently yesterday"""
)
# times a percentage is "in": "4.8% in the third quarter" measures no quarter
_PERIOD_NOUNS: Final = _TIME_WORDS | words("quarters half period periods weeks days season")
# Words after which a noun phrase starts: "the [annual revenue] above", "with [annual revenue]".
_NP_OPENERS: Final = DETERMINERS | words("with")
_DETERMINER_OR_OWNER = re.compile(r"(?:the|its|their|his|her|our|this|these|[\w.-]+['’]s?)$")


def _plural(low: str) -> bool:
    if low in _IRREGULAR_PLURALS:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ics"))


def _noun_after(text: str, end: int) -> str | None:
    """The counted noun phrase after a number, up to its plural head: "over 100 [high-tech
    firms]", "nearly 5,000 [tier 1 suppliers]", "two [M26 Pershing tanks]"."""
    skip = _AFTER_NUMBER.match(text, end)
    toks = TOKEN_RE.findall(text[skip.end() if skip else end : end + 120])
    if toks and toks[0].startswith("-"):
        toks[0] = toks[0][1:]
    if len(toks) >= 2 and toks[0].lower() == "of":
        owner = possessive(toks[1])  # "19 of Hunt's 30 strikes"
        toks = toks[2:] if toks[1].lower() in DETERMINERS or owner else toks[1:]
        if toks and toks[0][:1].isdigit():
            toks = toks[1:]  # "45 of the 120 seats"
    while toks and (
        toks[0].lower() in DETERMINERS or possessive(toks[0]) or toks[0].lower() == "all"
    ):
        toks = toks[1:]  # "70% of [the park's] overall revenue"
    phrase: list[str] = []
    for i, tok in enumerate(toks[:8]):
        low = tok.lower().rstrip(".")
        nxt = toks[i + 1].lower().strip("\"'“”‘’") if i + 1 < len(toks) else ""
        nxt_word = bool(nxt[:1].isalpha()) and nxt not in STOP_WORDS
        if tok in PUNCT or low in STOP_WORDS or not low:
            break
        if tok[:1].isdigit() and not (phrase and nxt_word):
            break  # "tier 1 suppliers" keeps its digit
        capital = tok[:1].isupper()  # a quoted name modifies: '"Little Giant" firms'
        if phrase and capital and not any(w.lstrip("\"'“‘")[:1].isupper() for w in phrase):
            break  # "six times Ouellette"
        if not phrase and low.endswith("ly") and nxt_word:
            continue  # "two locally built ironclads"
        if phrase and "-" not in tok and low.endswith(("ed", "ing")) and not nxt_word:
            break  # "institutes spread throughout", "ships anchored at"
        phrase.append(tok.rstrip("."))
        if tok.endswith(".") or len(phrase) == 5 or (_plural(low) and not nxt_word):
            break
        if _plural(low) and low not in _IRREGULAR_PLURALS and nxt in ("make", "work"):
            break
    return " ".join(phrase) or None


def noun_phrase_after(text: str, end: int) -> str | None:
    """The noun phrase after ``end`` up to its plural head (``exports`` of ``a 5% drop in
    exports``)."""
    return _noun_after(text, end)


def _noun_before(text: str, start: int) -> str | None:
    """The measured noun before ``of`` or a qualifier: "[industrial output] of 18.5 billion",
    "a [market capitalization] of about", "an [output value] above 10 billion", "an
    estimated [population] of 250,000"."""
    q = qualifier_before(text, start)
    stop = q[1] if q else start
    frame = _FRAME_NOUN.search(text, max(0, start - 60), start)
    if frame is not None:
        return frame.group(1)
    left = _BETWEEN_END.sub("", text[max(0, stop - 100) : stop])  # "revenue of between €54m and"
    of = _OF_END.search(left) is not None
    if q is None and not of:
        return None
    left = _OF_END.sub("", left) if of else left
    toks = TOKEN_RE.findall(left[-80:])[-4:]
    cut = max((i for i, t in enumerate(toks) if t.lower() in STOP_WORDS or not t[:1].isalnum()),
              default=-1)  # fmt: skip
    if q is not None and not of and (cut < 0 or toks[cut].lower() not in _NP_OPENERS):
        return None  # "grow up to 30 metres": no noun phrase before the qualifier
    toks = toks[cut + 1 :][-3:]
    last = toks[-1].lower() if toks else ""
    before = toks[-2].lower() if len(toks) > 1 else ""
    inflected = last.endswith(("s", "ed"))
    plural_subject = _plural(before) and before not in STOP_WORDS  # "The motors deliver up to"
    if (
        q is not None
        and not of
        and (inflected or plural_subject)
        and is_verb(last, "" if inflected else before, "about")
    ):
        return None  # "the Fraunhofer Society earns about 70%": a verb, no noun
    while toks and "-" not in toks[0] and toks[0].lower().endswith(("ed", "ing")):
        toks = toks[1:]
    if not toks or toks[-1].lower() in _VAGUE_HEADS:
        return None
    return " ".join(toks)


def _of_thing(text: str, start: int, named: str, kind: str, unit: str) -> str:
    """The attribute of a sum or measure ``of`` a thing named before it: ``a circuit board
    plant of US$320 million`` → ``value of circuit board plant``, ``a cleanroom of 4,800
    m²`` → ``area of cleanroom``; ``named`` itself when it names a measure (``industrial
    output of``, ``a budget of``) or does not stand as ``a … of``."""
    if kind not in ("money", "measure"):
        return named
    dimension = DIMENSION_OF.get(unit, DIMENSION_OF.get(unit.split("/")[0]))
    if kind == "measure" and dimension is None:
        return named
    q = qualifier_before(text, start)
    left = text[max(0, (q[1] if q else start) - 120) : q[1] if q else start].rstrip()
    left = left.removesuffix(" of").rstrip() if left.endswith(" of") else left
    if not left.endswith(named) or _A_BEFORE.search(left, 0, len(left) - len(named)) is None:
        return named
    if kind == "money" and property_for(named, kind, dimension) is not None:
        return named  # "a market capitalization of", "a budget of"
    last = named.lower().split()[-1]
    if last in MEASURE_NOUNS or last in MEASURE_LIKE or last in MONEY_NOUNS or last in _DIMENSIONS:
        return named  # "a maximum speed of 30 knots", "a grant of $5m"
    if last.endswith(("tion", "ment")):
        return named  # "an allocation of"
    return f"value of {named}" if kind == "money" else f"{dimension} of {named}"


_DIMENSIONS: Final = frozenset(DIMENSION_OF.values())  # "length", "area", …
_A_BEFORE = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)  # "a [printed] …"
_LABEL_BEFORE = re.compile(r"(?:^|[,;:(]\s*|\b(?:alongside|maximum|minimum|total)\s+)([a-z]+)\s+$")


def _label_before(text: str, start: int) -> str | None:
    """A measure noun written right before a value as its label, at the start of a list
    item (``…, depth 11 metres``, ``(outreach 44 metres)``, ``alongside depth 13.5 m``)."""
    m = _LABEL_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return None
    word = m.group(1)
    if word in MEASURE_NOUNS or word in MEASURE_LIKE or word in _DIMENSIONS:
        return text[m.start() : m.end(1)].strip(" ,;:(")  # "alongside depth", "depth"
    return None


def _modified_noun(text: str, start: int, end: int) -> str | None:
    """The noun a measure or sum modifies: "a $170 million [expansion]", "the 715 km² (276
    miles²) [municipality]", "a 30-hectare [plot]"."""
    glued = text[end - 1 : end].isalpha() and "-" in text[start:end]
    before = TOKEN_RE.findall(text[max(0, start - 30) : start])
    while before and before[-1].lower() in ("about", "around", "approximately", "some", "nearly"):
        before.pop()
    if len(before) > 1 and before[-1].lower() in _SPAN_ADJECTIVES:
        before.pop()  # "a separate €200 million investment"
    det = bool(before) and _DETERMINER_OR_OWNER.fullmatch(before[-1].lower()) is not None
    det = det or (bool(before) and before[-1].lower() in ("a", "an"))
    if not (glued or det):
        return None
    bracket = _CONVERSION_RE.match(text, end)
    at = bracket.end() if bracket else end
    toks = TOKEN_RE.findall(text[at : at + 60])
    if not toks or not toks[0][:1].isalpha() or toks[0].lower() in STOP_WORDS:
        return None
    if toks[0].lower() in LINKING_VERBS or toks[0].lower().endswith(("ed", "ly")):
        return None
    return _noun_after(text, at)


_WORTH = re.compile(r"\bworth\b")


# a list item's plain words right before its sum: "…; public infrastructure €38 million;"
_ITEM_LABEL: Final = re.compile(r"(?:^|[;:]\s*)([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+$")
# a price's noun before "from": "with ground rent from Rs 42 per m²", "Rent from Rs 385"
_FROM_PRICE: Final = re.compile(
    r"(?:^|\b(?:with|a|an|the|and)\s+)((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s+from\s+$"
)


def _item_label(text: str, start: int) -> str | None:
    """The words that label a sum as a list item (``; public infrastructure €38 million``)
    or the price ``from`` which a rate starts (``ground rent from Rs 42 per m²``), or None
    when they hold a function word or a verb."""
    item = _ITEM_LABEL.search(text, max(0, start - 50), start)
    m = item or _FROM_PRICE.search(text, max(0, start - 50), start)
    if m is None:
        return None
    low = m.group(1).lower().split()
    if any(
        w in STOP_WORDS
        or w in _QUALIFYING
        or w.endswith(("ing", "ly"))
        or (item and is_verb(w, "", ""))
        for w in low
    ):
        return None  # (after "with" or "the", a word before "from" is a noun: "ground rent")
    return m.group(1)


def _noun_before_worth(text: str, start: int) -> str | None:
    """The noun phrase ``worth`` follows: ``[investment agreements] worth $2.3bn``."""
    at = [m.start() for m in _WORTH.finditer(text, max(0, start - 40), start)]
    if not at:
        return None
    toks = TOKEN_RE.findall(text[max(0, at[-1] - 60) : at[-1]])[-3:]
    cut = max((i for i, t in enumerate(toks) if t.lower() in STOP_WORDS or not t[:1].isalpha()),
              default=-1)  # fmt: skip
    toks = toks[cut + 1 :]
    while toks and toks[0].lower().endswith("ed"):
        toks = toks[1:]  # "signed investment agreements"
    if not toks or (not _plural(toks[-1].lower()) and toks[-1].lower() not in ("deal", "contract")):
        return None
    return " ".join(toks)


def attribute_for(
    text: str,
    start: int,
    end: int,
    *,
    kind: str,
    unit: str,
    method: str,
    linked: str | None = None,
) -> str | None:
    """What is measured by the value quoted at ``text[start:end]`` (``kind``: count, money,
    measure or percent; ``linked``: the subject of a linking verb whose complement the value
    is, ``[rainfall] is 2,600 mm``)."""
    if method == "quantity.age" or re.search(
        r"\baged?\s+(?:of\s+)?$", text[max(0, start - 10) : start]
    ):
        return "age"
    if kind == "count":
        were = _COPULA_AFTER.match(text, end)  # "of which 5,600 were invention patents"
        named_after = _noun_after(text, were.end()) if were else None
        return (
            named_after
            or _noun_after(text, end)
            or _noun_before(text, start)
            or label_of(text, start, unit)  # "PAIO employees: 380"
            or _moved_object(text, start)  # "bringing the number of tenants to 94"
            or (linked if linked and not _vague(linked) else None)
        )
    named = _noun_before(text, start)
    if named:
        return _of_thing(text, start, named, kind, unit)
    moved = _moved_object(text, start)
    if moved is not None:
        return moved  # "lifting the margin to 43.8%", "taking total investment to $2bn"
    if kind in ("measure", "count") and (labelled := _label_before(text, start)) is not None:
        return labelled  # "Berth 5: 140 metres, depth 11 metres", "population 20,000"
    bracket = _CONVERSION_RE.match(text, end)
    at = bracket.end() if bracket else end
    of = _OF_RE.match(text, at)
    if of is not None and (noun := _noun_after(text, of.end())):
        return noun  # "227 tons of bombs", "$2.3 billion of construction", "70% of the funding"
    if (
        kind == "percent"
        and (inside := _IN_RE.match(text, at))
        and text[inside.end() : inside.end() + 1].islower()  # not "33.2% in December"
        and (noun := _noun_after(text, inside.end()))
        and noun.lower().split()[-1] not in _PERIOD_NOUNS  # "in the quarter"
    ):
        return noun  # "53.6% in containers"
    dimension = DIMENSION_OF.get(unit, DIMENSION_OF.get(unit.split("/")[0]))
    modified = _modified_noun(text, start, end)
    if modified is not None:
        if kind == "money":
            return modified  # "a $170 million expansion"
        if dimension == "length" and CALIBRE_NOUNS & set(modified.lower().split()):
            return "calibre"  # "a 9.5-inch smoothbore gun"
        if dimension:
            return f"{dimension} of {modified}"  # "a 30-hectare plot" → area of plot
    if kind == "measure" and _BY_MODE.match(text, at):
        return "travel time" if unit in TIME_UNITS else "distance"  # "20 minutes by car"
    after = TOKEN_RE.findall(text, at, at + 40)
    shape = after[0].lower().rstrip(".,;") if after else ""
    if shape in SHAPE_ATTRIBUTES and kind == "measure":
        if unit in TIME_UNITS and SHAPE_ATTRIBUTES[shape] == "distance":
            return "travel time"  # "3 hours from Medina"
        if dimension == "length" or shape not in _LENGTH_SHAPES:
            return SHAPE_ATTRIBUTES[shape]  # "30 metres (98 ft) tall" → height
    if unit in TIME_UNITS and (rel := _TIME_RELATION.match(text, at)):
        tail = (
            _noun_after(text, rel.end()) if rel.group(1) in ("after", "before", "since") else None
        )
        return f"time {rel.group(1)} {tail}" if tail else f"time {rel.group(1)}"
    labelled = label_of(text, start, unit)
    if labelled is not None:
        return labelled  # "Distance to Abidjan: about 340 km", "Rooftop solar capacity: 6.5 MW"
    if linked:
        return linked  # "Average annual rainfall is around 2,600 mm"
    gapped = _gapped_noun(text, start, kind)
    if gapped is not None:
        return gapped  # "revenue reached ARS 158 billion and [net profit] ARS 14.9 billion"
    if (
        kind in ("percent", "money")
        and _PART_BEFORE.search(text, max(0, start - 40), start)
        and (said := _PART_PREDICATE.match(text, at))
    ):
        return _noun_after(text, said.start(1)) or said.group(1)  # "of which 78% is leased"
    if kind == "money" and (item := _item_label(text, start)) is not None:
        return item  # "Phase 1 (2025–2029): 42 ha; public infrastructure €38 million; …"
    if kind == "money" and _SHARE_PRICE.search(text, max(0, start - 140), start):
        return "share price"  # "Shares of the company ended 5.6% higher at Rs 1,642"
    if kind == "money" and (purpose := _purpose(text, start, at)) is not None:
        return purpose  # "R$ 1.2 billion is earmarked for civil works", "$460 million pledged"
    if kind == "money":
        inside = _IN_RE.match(text, end)
        noun = _noun_after(text, inside.end()) if inside else None
        verb = TOKEN_RE.findall(text[max(0, start - 40) : start])
        verb = [t.lower() for t in verb if t.lower() not in _QUALIFYING]
        if verb and verb[-1] == "worth" and (owner := _noun_before_worth(text, start)):
            return owner  # "investment agreements worth $2.3bn"
        if verb and verb[-1] == "for":  # "acquired the plot in December for €11.4 million"
            verb = [w for w in verb[:-1] if w in MONEY_VERBS][-1:] or verb
        return noun or (MONEY_VERBS.get(verb[-1]) if verb else None) or "money"
    if kind == "percent":
        return _noun_right_after(text, at) or "percentage"  # "80% utilisation", "a 26% stake"
    return dimension


# the noun of a gapped clause right before its value, after a value: "… ARS 158.2 billion and
# [net profit] ARS 14.9 billion"
_GAPPED: Final = re.compile(
    r"\d[\d.,]*(?:\s*%|\s+[^\W\d_]+){0,2}(?:,\s*|\s+and\s+|,\s+and\s+|,?\s+while\s+)"
    r"(?:(?:the|its|their)\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+$"
)


def _gapped_noun(text: str, start: int, kind: str) -> str | None:
    """The measure of a clause whose verb is left out, right before the value at ``start``
    after an earlier value (``revenue reached ARS 158.2 billion and net profit ARS 14.9
    billion``), or None: a noun the vocabulary knows as a measure (``net profit``), not an
    owner (``…, the provincial government Rp 1.9 trillion``) or a word of the value."""
    m = _GAPPED.search(text, max(0, start - 80), start)
    if m is None:
        return None
    phrase = m.group(1)
    low = phrase.lower().split()
    if any(
        w in STOP_WORDS
        or w in _TIME_WORDS
        or w in _QUALIFYING
        or w in _SPAN_ADJECTIVES
        or w.endswith("ing")
        or is_verb(w, prev, nxt)
        for w, prev, nxt in zip(low, ["", *low], [*low[1:], "1"], strict=False)
    ):
        return None  # "… and rose 4%", "…, up 4%", "…, the park covers 400,000 m²"
    if property_for(phrase, kind, None) in (None, "share"):
        return None
    return phrase


# a verb that moves its object to the value: "lifting the margin to 43.8%", "bringing the
# number of active participants to 94", "taking total investment to $2.1 billion"
_MOVED_OBJECT: Final = re.compile(
    r"\b(?:lift(?:s|ed|ing)?|rais(?:e|es|ed|ing)|tak(?:e|es|ing)|took|bring(?:s|ing)?|"
    r"brought|push(?:es|ed|ing)?|boost(?:s|ed|ing)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|"
    r"cut(?:s|ting)?)\s+(?:the\s+|its\s+|their\s+|our\s+)?"
    r"((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+to\s+(?:(?:about|around|nearly|almost|over|"
    r"more\s+than|some|roughly|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)


def _vague(phrase: str) -> bool:
    """Does ``phrase`` name no measure of its own (``a figure to be``, ``the total``)?"""
    last = phrase.lower().split()[-1]
    return last in _VAGUE_HEADS or last in _NO_MEASURE


# a verb that puts its object at the value: "That put its quarterly EBITDA margin at 33.3%"
_PLACED_OBJECT: Final = re.compile(
    r"\b(?:put(?:s|ting)?|plac(?:e|es|ed|ing)|leav(?:e|es|ing)|left|peg(?:s|ged|ging)?)\s+"
    r"(?:the\s+|its\s+|their\s+|our\s+)?((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+at\s+"
    r"(?:(?:about|around|nearly|almost|over|more\s+than|some|roughly|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)


def _moved_object(text: str, start: int) -> str | None:
    """The object a verb moves to the value at ``start`` (``lifting the margin to 43.8%``,
    ``put its margin at 33.3%``), or None; not a pronoun or a time (``taking it to``,
    ``brought forward to``)."""
    m = _MOVED_OBJECT.search(text, max(0, start - 90), start) or _PLACED_OBJECT.search(
        text, max(0, start - 90), start
    )
    if m is None:
        return None
    phrase = m.group(1)
    low = phrase.lower().split()
    if low[-1] in STOP_WORDS or low[-1] in _TIME_WORDS or any(ch.isdigit() for ch in phrase):
        return None
    return phrase


# a share's price: "Shares of X ended 5.6% higher at Rs 1,642", "its shares closed at €7.64"
_SHARE_PRICE: Final = re.compile(
    r"\b[Ss]hares\b(?:\s+(?:of|in)\s+[^,;]{1,60}?)?\s+(?:closed|ended|finished|rose|fell|"
    r"traded|jumped|slipped|gained|climbed|dropped|were|opened|hit)\b[^,;]{0,40}?\b(?:at|to)\s+"
    r"(?:(?:about|around|a\s+record)\s+)?$"
)
# What a sum is for, read from the verb after it: "R$ 1.2 billion is earmarked for civil
# works", "€5.3 million relates to economic development", "$460 million pledged in 2024"
_PURPOSE_AFTER: Final = re.compile(
    r"\s+(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|"
    r"is\s+to\s+be|are\s+to\s+be)\s+)?(?:(?:also|being)\s+)?(?P<verb>earmarked|allocated|"
    r"set\s+aside|budgeted|reserved|spent|invested|used|pledged|committed|raised|relates?|"
    r"related|goes|went|going)\b(?:\s+(?P<prep>for|on|to)\b)?",
    re.IGNORECASE,
)
_PURPOSE_NOUNS: Final[dict[str, str]] = {
    "earmarked": "allocation", "allocated": "allocation", "set aside": "allocation",
    "budgeted": "allocation", "reserved": "allocation", "spent": "spending",
    "invested": "investment", "used": "spending", "pledged": "pledges",
    "committed": "commitments", "raised": "funds raised", "relates": "spending",
    "relate": "spending", "related": "spending", "goes": "spending", "went": "spending",
    "going": "spending",
}  # fmt: skip
# the bare purpose of a sum listed after one with its verb: "…, R$ 850 million for cranes"
_MAX_PURPOSE_WORDS: Final = 5
_BARE_PURPOSE: Final = re.compile(r"\s+(for|to|on)\s+(?=[a-z])")


def _purpose(text: str, start: int, at: int) -> str | None:
    """What the sum before ``at`` is for (see ``_PURPOSE_AFTER``): ``allocation for civil
    works``, ``spending on economic development``, ``pledges``; a sum listed after one
    with its verb takes its purpose the same way (``…, R$ 850 million for ship-to-shore
    cranes``); None when no verb says it."""
    m = _PURPOSE_AFTER.match(text, at)
    if m is not None:
        noun = _PURPOSE_NOUNS[" ".join(m.group("verb").lower().split())]
        if m.group("prep") is None:
            return noun if noun in ("pledges", "commitments", "funds raised") else None
        return _purpose_for(noun, _purpose_phrase(text, m.end())) or noun
    bare = _BARE_PURPOSE.match(text, at)
    verb = _PURPOSE_AFTER.search(text, 0, start) if bare is not None else None
    if bare is None or verb is None or verb.group("prep") is None:
        return None
    noun = _PURPOSE_NOUNS[" ".join(verb.group("verb").lower().split())]
    return _purpose_for(noun, _purpose_phrase(text, bare.end()))


def _purpose_for(noun: str, thing: str | None) -> str | None:
    """``spending on X`` or ``allocation for X``; None without an X."""
    return f"{noun} {'on' if noun == 'spending' else 'for'} {thing}" if thing else None


def _purpose_phrase(text: str, at: int) -> str | None:
    """The noun phrase a sum is for, from ``at`` to a function word or a mark, without its
    determiner (``[a] 132kV grid station``, ``forward planning``, ``civil works``)."""
    phrase: list[str] = []
    for tok in TOKEN_RE.findall(text, at, at + 80):
        low = tok.lower()
        if not phrase and low in DETERMINERS:
            continue
        if tok in PUNCT or low in STOP_WORDS or len(phrase) == _MAX_PURPOSE_WORDS:
            break
        phrase.append(tok.rstrip("."))
        if tok.endswith("."):
            break
    return " ".join(phrase) or None


def _noun_right_after(text: str, at: int) -> str | None:
    """The lower-case noun phrase right after a percentage (``100% foreign ownership``), not
    a time (``12% last year``), a verb or a function word."""
    m = _WORD_AFTER.match(text, at)
    if m is None:
        return None
    word = m.group(1)
    low = word.lower()
    if word[:1].isupper() or low in STOP_WORDS or low in _TIME_WORDS or low in LINKING_VERBS:
        return None
    if is_verb(low, "", "") or low.endswith(("ly", "ing")):
        return None
    return _noun_after(text, at)


_SPAN_ADJECTIVES: Final = words(
    "separate further additional new planned proposed combined initial fresh second first"
)
_QUALIFYING: Final = words(
    "more than over about around approximately nearly almost some up to at least less under a "
    "total of an estimated further additional at"
)
