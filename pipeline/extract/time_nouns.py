"""Nouns that only place something in time: a date's clause made of them (``On the morning
of September 1``, ``in the first two weeks of``) says nothing that happened, and a date
before them (``the 2011 season``, ``the 2010 census``) frames its clause rather than
dating a thing."""

from __future__ import annotations

from typing import Final

from pipeline.extract.words import words

TIME_NOUNS: Final = words(
    """morning mornings afternoon afternoons evening evenings night nights dawn dusk noon
    midnight daybreak nightfall day days week weeks weekend month months year years decade
    decades century centuries hour hours minute minutes time times period periods end
    beginning start middle course half first second third last early late mid spring
    summer autumn fall winter season seasons term terms fiscal financial quarter"""
)

# What a date before a noun frames rather than dates (``the 2008 budget``, ``the 1988 World
# Series``): an event or period that the clause happens in.
FRAME_NOUNS: Final = TIME_NOUNS | words(
    """campaign campaigns census budget draft edition editions election elections tournament
    tournaments championship championships olympics games cup series war festival summit
    conference session sessions meeting meetings playoffs postseason regular world open
    prix awards award bowl classic league match final finals event events race races
    rankings ranking list survey estimate estimates figures report data statistics episode
    episodes broadcast issue show"""
)
