"""Nouns that name a quantity, a statement or an unspecified part, not an entity: a noun
phrase with one of these heads is never the subject (owner) of a value (``The number may
have reached 50,000``, ``The result was that …``, ``a record previously held by …``,
``Average annual rainfall is 2,600 mm``). ``the number of X`` and ``the area of X`` name
``X``."""

from __future__ import annotations

from typing import Final

from pipeline.extract.properties import MEASURE_NOUNS
from pipeline.extract.words import words

# "area" and "part" also name places ("the harbor area", "the northern part")
VAGUE_NOUNS: Final = (MEASURE_NOUNS - words("area part surface")) | words(
    """result results record records figure figures fact facts reason reasons one ones rest
    remainder others sum sums level levels average averages estimate estimates totals
    numbers amounts half third quarter dozen dozens hundreds thousands millions lot lots
    kind kinds type types sort variety range ranges rainfall snowfall precipitation humidity
    temperature temperatures elevation altitude distance speed weight mass duration
    attendance turnover income growth increase decrease rise fall drop loss losses gain
    gains majority minority bulk most much many several few none sale sales ratio"""
)
