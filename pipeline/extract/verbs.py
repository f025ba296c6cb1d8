"""Verbs of encyclopedic prose, to tell where a clause's subject ends (``the park
[covers] …``, ``over 6,000 people [work] there``) without a part-of-speech tagger.

:func:`is_verb` decides from the word and its neighbours: an auxiliary or an irregular
form is always a verb; an ``-s`` or ``-ed`` form of a listed verb is one unless a
determiner or a number stands before it (``the works``, ``five starts``); a base form
(``work``) or an unlisted ``-s``/``-ed`` word only when what follows can open its object
or complement (a determiner, a number, a preposition, an adverb).
"""

from __future__ import annotations

from typing import Final

from pipeline.extract.numbers import NUMBER_WORDS
from pipeline.extract.words import AUXILIARIES, DETERMINERS, words

# Base forms; the -s, -es, -ed and -d forms are derived.
_BASE: Final = words(
    """accommodate account achieve acquire add adopt agree aim allow amass amount announce
    appear arrive attack attain attract average begin belong bill border call capture carry
    cause claim climb close combine comprise consider consist contain continue contribute
    control cost count cover create cross culminate debut decline decrease defeat defend
    deliver deploy describe destroy develop die double drop earn employ end engage enter
    equal escape establish estimate evacuate exceed expand expect export extend face fail
    feature finish follow form fund gain generate gross handle happen head help hire host
    house import include increase invade invest join kill land last launch leap list live
    locate make manage mark measure move name need note number obtain occupy offer open
    operate order own participate pass peak perform pitch place plan play possess post
    premiere produce promote propose prove provide purchase raise rank reach recall receive
    record reduce register reinforce release remain repel replace report represent require
    rest retain retreat return rise run score secure seize sell serve settle share ship
    show sign snap spend stand start stay stretch suffer supply support surpass surrender tie
    sustain take total train transfer travel turn use value vote wait weigh win work yield"""
)
# Irregular forms that are not among the auxiliaries.
_IRREGULAR: Final = words(
    """began begun bore borne broke chose crept drove dug fled flew forgot froze gone hid hung
    knew lay leapt led left meant rang rode rose sank sat shone shook shot slept slew
    slid sought sped spoke spun stole swam swept swore threw thrown took underwent withdrew
    won wore said says stated"""
)
# What can follow a verb and open its object or complement.
_OBJECT_START: Final = DETERMINERS | words(
    """of in on at by for from with to into onto over under about around after before during
    since until through across within along among against between without per as than it
    him her them us me more less fewer nearly almost approximately some roughly only up out
    down off back away there here well also still again"""
)


_QUANTITY_START: Final = words("more less fewer over nearly almost approximately some about")


def _forms(base: str) -> tuple[str, ...]:
    stem = base[:-1] if base.endswith("e") else base
    ed = base + "d" if base.endswith("e") else base + "ed"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return (base[:-1] + "ies", base[:-1] + "ied")
    s = base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
    return (s, ed, stem + "ing")


_INFLECTED: Final = frozenset(f for base in _BASE for f in _forms(base) if not f.endswith("ing"))
_DOUBLED: Final = frozenset(b + b[-1] + "ed" for b in _BASE if b.endswith(("p", "t", "n")))


_FINITE_BE: Final = words("is are was were has have had")
# adjectives of a measure: the -s word after them is its noun ("Total imports and exports")
_MEASURE_ADJECTIVES: Final = words("total net gross annual cumulative overall combined")


def is_verb(word: str, before: str, after: str) -> bool:
    """Is ``word`` (lower case) a finite verb, given the lower-case tokens around it?"""
    if word in AUXILIARIES or word in _IRREGULAR:
        return True
    if before in DETERMINERS or before[:1].isdigit() or before in _MEASURE_ADJECTIVES:
        return False  # "the works", "five starts", "Total imports"
    if before == "of":
        return False  # "the share of exports in output": a noun after "of"
    number = after[:1].isdigit() or after in NUMBER_WORDS
    opens = after in _OBJECT_START or number or after.endswith("ly")
    if word in _INFLECTED or word in _DOUBLED:
        if word.endswith("s") and (
            after in _FINITE_BE
            or after in _IRREGULAR
            or (after.endswith("ed") and after in _INFLECTED)
        ):
            return False  # "Exports were valued at …", "imports and exports amounted to …"
        # "ship calls" at a clause's end is a noun; "the park covers 40 ha" a verb
        return opens or word.endswith("ed") or bool(after) or not before.isalpha()
    if word in _BASE:
        return opens
    if len(word) > 4 and word.isalpha() and word.endswith("ed"):
        return opens
    if len(word) > 4 and word.isalpha() and _third_person(word):
        # an unlisted -s word is a plural noun before a preposition ("points in")
        return after in DETERMINERS or after in _QUANTITY_START or number
    return False


def is_base_form(word: str) -> bool:
    """Is ``word`` the base form of a listed verb (``plan``, ``work``), which is finite only
    after a plural subject, a pronoun or a modal (``the companies work``, not ``the master
    plan for``)?"""
    return word in _BASE


def _third_person(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ous", "ics"))
