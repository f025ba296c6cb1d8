"""Patterns and word lists that :mod:`pipeline.extract.descriptions` reads a dated
sentence's clauses with: clause breaks, openers of relative and subordinate clauses,
pronoun subjects, participles, copulas and the phrases round a date (lexicons beside the
logic that reads them, one concept each)."""

from __future__ import annotations

import re

from pipeline.extract.clause_words import STOPS
from pipeline.extract.words import DETERMINERS, words

# a preposition of time before a dated noun: the noun names a happening of its own
TEMPORAL_BEFORE = re.compile(
    r"\b(?:after|before|since|until|till|following|preceding|prior\s+to|ahead\s+of)\s+"
    r"(?:the|a|an|his|her|its|their|our|[A-Z][\w.’'-]*['’]s)\s+$",
    re.IGNORECASE,
)
LISTED = re.compile(r"\s*([A-Z][^()]{2,80}?)\s*\((?=[^()]*\d)")  # "Name (2008, 2009)"
PREPOSITION_OPEN = re.compile(
    r"(?:during|in|at|on|after|before|since|by|throughout|from|until|for|with)\s", re.I
)
FILLER_ARTICLE = re.compile(r"^(?:and|but|then|so)\s+", re.I)
PRONOUN_ACTORS = frozenset(["it", "he", "she", "they"])

OWN_SUBJECT_RELATIVE = re.compile(r"(?:and\s+)?(?:where|whose|when)\b", re.IGNORECASE)
RELATIVE_OPEN = re.compile(r"(?:and\s+)?(?:which|who|whom|whose|where)\b", re.IGNORECASE)
MAX_REACH = 6  # clauses searched on each side for one with a verb
PRONOUN_SUBJECT = re.compile(
    r"^(?:(?:and|but|then|so|when|while|as|that)\s+)*(he|she|it|they)\s+", re.IGNORECASE
)
ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# clause breaks: commas, semicolons, brackets, dashes (not a score's "70 – 55")
BREAK = re.compile(
    r"(?<!\d),|,(?!\d)|[;()\[\]·•]|\s\|\s|(?<!\d):|:(?!\s?\d)|(?<![\d\s])\s*[—–]|[—–](?!\s?\d)|"
    r"\s-\s"
)  # not the colon of a time of day: "At 06: 00 September 3, …"; "Published … · Submitted …"
DASH = re.compile(r"\s*(?:\s-\s|[—–])")
IN_NAME = re.compile(r"\w\s-\s[A-Z]")  # "International Sharing School - Taguspark"
# "It was created …", "It operated …": "it" the article's subject; not "It took until …"
REFERRING_IT = re.compile(
    r"it\s+(?:(?:was|is|were|has\s+been|had\s+been)\s+(?:[a-z]{3,}ed|built|made|held|known|"
    r"set|laid|run|sold|won|begun)\b|(?!took|takes|seems|seemed|appears|appeared|became|"
    r"becomes|remains|remained|is|was|has|had)[a-z]{3,}(?:ed|s)\b)",
    re.IGNORECASE,
)
PERSON_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")  # "Napoleon Bonaparte"
# a relative clause about the whole clause before it: "…, which led to …"
SENTENTIAL = re.compile(
    r"(?:and\s+)?which\s+(?:led|leads|caused|causes|resulted|results|meant|means|made|"
    r"allowed|prompted|forced|sparked|triggered)\b",
    re.IGNORECASE,
)
# "… is an Australian equestrian and basketball player" (not "… the nephew of Thurstan")
PREDICATE_NOUN = re.compile(
    # one way to split the words (each ends at a blank or the end), so no backtracking
    # blow-up on a long phrase that a preposition ends: "… is a RM1.6 billion … facility to"
    r"\b(?:is|was|are|were)\s+(?:a|an|the)\s+(?:(?!(?:of|to|for|from)\b)[^,;\s]+(?:\s+|$))+$",
    re.IGNORECASE,
)
BRACKETED = re.compile(r"\s*\([^()]*\)")
PAST_FIRST = re.compile(r"(?:and\s+)?(?:[a-z]{3,}ed|laid|built|made|begun|sold|won)\b", re.I)
FOLLOWED = re.compile(r"(?:followed|succeeded|preceded|joined)\s+by\b", re.IGNORECASE)
CITATION = re.compile(r"\W*\d*\W*")  # "[6]", "", "(a)"
AND_ONLY = re.compile(r"^\s*(?:and|or)\s+", re.IGNORECASE)
BUT_ONLY = re.compile(r"^\s*(?:but|then|and\s+then)\s+", re.IGNORECASE)
AGENT_VERB = re.compile(
    r"\b(?:was|were|is|are|been)\s+([a-z]{3,}ed|[a-z]*(?:built|made|held|won|sold|laid|"
    r"begun|taken|given|written|drawn|known|seen))\s+by\b"
)  # "was described by", "was rebuilt by"
VERB_FIRST = re.compile(r"^((?:[a-z]{3,}ed|led|made|held|built)\s+by)\b")  # "followed by"
YEAR_COLON = re.compile(r"\s*:\s*([^;,()]+)")
INNER_RELATIVE = re.compile(r"(?<=\w)\s+(?:which|who|whom)\s+", re.IGNORECASE)
DATE_PHRASE_END = re.compile(r"\s+(?:in|on|at|by|since|from|until|of)\s+\x00+\s*$")
ARTICLE_OF_DATE = re.compile(r"\b(?:the|a|an)\s+(?=\x00)", re.IGNORECASE)
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)\b")
# "which", "where", "in": words no subject opens with
NO_SUBJECT = frozenset(["which", "who", "whom", "whose", "where", "when", "that", "except"]) | (
    STOPS - DETERMINERS
)
ADVERB = re.compile(r"[a-z]{3,}ly")
# "First Lieutenant Charles I. Caldwell of D Company and First Lieutenant Edward Schmitt":
# capitalised words joined by "of", "and" or "the", too long for is_name_like
LONG_NAME = re.compile(
    r"[A-Z][\w.'’-]*(?:\s+(?:(?:of|and|the|de|von|van)\s+)?[A-Z][\w.'’-]*){5,13}"
)
AND_BEFORE = re.compile(
    r"\s(?:and|but)\s+(?:(?:only|then|later)\s+)?(?:(?:in|on|at|by|during)\s+)?$", re.I
)
BETWEEN = re.compile(r"\bbetween\s+(?:[^,;:()\s]+\s+){1,5}(?:and|but)\s+[^,;:()]*$", re.I)
SUBORDINATE_ING = re.compile(
    r"(?:before|after|while|when|upon|without|since)\s+[a-z]{3,}ing\b", re.IGNORECASE
)
# the prepositions of dates (masked) a clause opens with: "From 1962 until 2004 it was …"
DATE_LEAD = re.compile(
    r"^(?:(?:from|until|till|to|in|on|by|since|during|between|and|through|as of|c\.)\s{2,})+",
    re.IGNORECASE,
)
PRONOUN_HAVE = re.compile(
    r"^(?:(?:and|but|then|so|when|while|as|that)\s+)*(he|she|it|they)\s+"
    r"(is|was|are|were|had|has|have)\s+(?=(?P<at>(?:at|in|on)\s+)?(?:a|an|the|his|her|its|their)\s)",
    re.IGNORECASE,
)
# "he notably took a one-game leave": the pronoun's verb after an adverb
PRONOUN_ADVERB = re.compile(
    r"^(?:(?:and|but|then|so|when|while|as|that)\s+)*(?:he|she|it|they)\s+"
    r"(?!only\b|early\b)[a-z]{3,}ly\s+[a-z]+(?:ed|ok|ew|ent|ame|ave|ote|ade)\b",
    re.IGNORECASE,
)
WHERE_PRONOUN = re.compile(r"(?:and\s+)?(?:where|when)\s+(he|she|they)\s", re.IGNORECASE)
SUBORDINATE_PRONOUN = re.compile(
    r"(?:when|while|as|after|before|because|until|since|though|although)\s+(?:he|she|they)\s",
    re.IGNORECASE,
)
# "the 2009 – 10 season": a season's two-digit end, not a day ("5 – 10 May") or a score
SEASON_TAIL = re.compile(r"(?<=\x00)\s*[–—-]\s*\d{2}\b(?![\d:,.]|\s*(?:[–—-]|\x00))")
SEASON_TAIL_AFTER = re.compile(r"\s*[–—-]\s*\d{2}\b(?![\d:,.]|\s*(?:[–—-]|\x00))")
CLOCK = re.compile(r"\d{1,2}:?|:?\d{2}|[ap]\.?m\.?|hours|hrs")
COUNTED_SUBJECT = re.compile(r"\d[\d,]*\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Za-z]+s\s+[a-z]+ed\b")
# "following renovations completed on …": the happening the preposition names
FOLLOWING_DONE = re.compile(
    r"following\s+((?:(?!by\b)[\w'’-]+\s+){1,4}?(?:[a-z]{3,}ed|built|made|held|won|begun))"
    r"(?:\s+(?:in|on|at|during|by)\b|\s*$)",
    re.IGNORECASE,
)
# "requesting an evacuation of [the embassy]": the noun the "of" phrase belongs to
OF_HEAD = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+([a-z][\w-]{3,})\s+of\s+$")
PART_HEADS = frozenset(
    ["one", "some", "many", "most", "all", "each", "part", "rest", "none", "half", "member"]
)
NOUN_WHICH = re.compile(r"\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+),\s+which\s+([^,;:()]+)")
REDUCED = re.compile(
    r"\b(?:the|a|an|its|his|her|their)\s+((?:(?!(?:of|for|in|on|at|to|by|with|from|and)\b)"
    r"[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"([a-z]{3,}ed|built|made|held|laid|sold|begun)\s+(?:on|in|during)\s+(?:the\s+)?$"
)
REDUCED_REACH = 200  # characters before a date that REDUCED can span
NOT_NOUN_END = words(
    "was were is are be been had has have who which that first later also then only finally again"
)
# "… Nero and [the Senate] first appeared", "… is [a megaproject] announced": no reduced clause
LEAD_END = re.compile(r"\b(?:and|or|is|was|are|were|became|becomes|remains)\s+$", re.I)
# what may stand before a listed dated title in its clause: "or the", "Canada or the", "and the"
LISTED_LEAD = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*\s+){0,3}?(?:and|or)\s+|(?:and|or)\s+)?"
    r"(?:(?P<prep>in|at|on|to|for|from)\s+)?(?:the|a|an)\s+",
    re.IGNORECASE,
)  # "…, South Korea and at the 1992 Summer Olympics": its own preposition
PREPOSITION_END = re.compile(r"\s+(?:in|at|on|to|for|from)\s*$", re.IGNORECASE)
DETERMINER_END = re.compile(r"(?:the|a|an)\s+$", re.IGNORECASE)
# the object of the clause before, a title: "the 1976 Summer Olympics", "a two-time NJCAA …"
PARALLEL_OBJECT = re.compile(r"\b(?:the|a|an)\s+(?:\d{4}\s+|[a-z][\w-]*\s+)?[A-Z]")
PRONOUN_AND = re.compile(r"(he|she)\s+and\s+(?:his|her)\s", re.IGNORECASE)
FRONTED_EVENT = re.compile(r"(?:During|At|In)\s+the", re.IGNORECASE)
ASIDE_ADVERB = re.compile(
    r"(?:especially|particularly|notably|mainly|mostly|chiefly|primarily|largely)\s", re.I
)
FINAL_STOP = re.compile(r"(?<=[a-z])\.$")  # "died." ends the sentence: the verb "died"
AND_PRONOUN = re.compile(r"(?:and|but)\s+(?:it|he|she|they)\s", re.IGNORECASE)
# a past participle opening a clause after a comma: what it says is of the noun before
PARTICIPLE_AFTER_NOUN = re.compile(r"(?:[a-z]{3,}ed|built|made|held|known|begun|laid)\s", re.I)
PASSIVE_ASIDE = re.compile(r"(?:[a-z]{3,}ed|led|made|held|built|known)\s+by\b", re.IGNORECASE)
# "(and) (in 1940) it was proposed to …", "it was decided that …": an impersonal passive
IMPERSONAL = re.compile(
    r"(?:and\s+)?(?:(?:in|on|by|during|from|after|before)\s+(?:the\s+)?\s*)?it\s+"
    r"(?:was|is|had\s+been|has\s+been)\s+[a-z]+ed\s+(?:to|that)\b",
    re.IGNORECASE,
)
# a clause opening with a preposition made of a verb: "following the loss of HMAS Sydney"
VERB_PREPOSITION = re.compile(
    r"(?:following|including|excluding|regarding|concerning|considering|according\s+to|"
    r"barring|pending)\s",
    re.IGNORECASE,
)
NOT_ADVERBS = frozenset(["italy", "july", "family", "assembly", "ally", "rally", "supply"])
FRONT_PREPOSITIONS = frozenset(["through", "with", "under", "after", "despite", "in", "on", "at"])
# "… the play Herons written by Simon Stephens": "which" after it is of the play
AGENT_TAIL = re.compile(
    r"^(.*\S)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)\s+"
    r"(?:[a-z]{3,}ed|written|drawn|made|built|sung|given)\s+by\s[^,]*$"
)
RELATIVE_WHICH = re.compile(r"(?:and\s+)?which\b", re.IGNORECASE)
PREDICATE = re.compile(r"(is|was|are|were)\s+(?=(?:a|an|the)\s+\w)", re.IGNORECASE)
COPULA_LEAD = re.compile(r"^(?:\w+\s+){1,3}?(was|is|were|are|became|becomes)\s", re.IGNORECASE)
# "… until 1960, when it declared independence", "… late 1940s, a period when he was …"
# "… until 1960, when it declared independence" (not "… in 1997 when attempting to …": a
# participle, no deed of its own)
WHEN_AFTER = re.compile(
    r"\s*,?\s*(?:(?:a|the)\s+(?:period|time|year|era|day|decade)\s+)?when\s+"
    r"(?![a-z]+ing\b)([^,;:()]{6,}?)\s*(?:[,;:()]|\.?$)",
    re.IGNORECASE,
)

# "…, in North America on December 19, 1991 and in Japan on …": a place and its date, the
# clause's only words (the verb is the clause before's); the place a few plain words
GAPPED_PLACE = re.compile(
    r"(?:^|\band\s+)[\s,;]*(in|at|to|for|from|with)\s+((?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+"
    r"(?:in|on|at|during|by)?\s*$",
    re.IGNORECASE,
)
GAPPED_PLACE_AND = re.compile(  # the same after "and" only, for a long clause's tail
    r"\band\s+[\s,;]*(in|at|to|for|from|with)\s+((?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+"
    r"(?:in|on|at|during|by)?\s*$",
    re.IGNORECASE,
)

# a subordinate clause of a time that came or went: "Before the morning of 1 September had
# passed, …", "By the time the night of 5 May ended, …"
TIME_SUBORDINATOR = re.compile(r"(?:before|after|until|when|as|once|by\s+the\s+time)\s", re.I)
TIME_PASSING = words("had has have was were passed ended began came arrived fell broke dawned")
# a subject of plain plural nouns, a clause of its own before its verb: "diplomats", "most
# local residents"
BARE_PLURAL = re.compile(r"(?:(?:most|many|some|all|local|other|foreign)\s+)?[a-z]{3,}s")
# the words before a predicate that a description keeps: "it was [at the] US Embassy"
LEAD_KEPT = words("at in on a an the his her its their")
# a clause's past verb, what a "followed by" phrase repeats: "since it opened its first …"
PAST_VERB = re.compile(
    r"(?<!\bthe )(?<!\ba )\b([a-z]{3,}ed|built|made|held|won|began|became|opened|sold|set up)\b"
)
# a clause that opens with its copula after "and" (its subject the clause before's): "…, and
# was part of the Under 25 team"; not "was born", "was originally operated" (a participle)
COPULA_FIRST = re.compile(
    r"^(?:(?:and|but|then)\s+)?(was|were|is|are|became|remained)\s+"
    r"(?=(?:a|an|the|part|one|home|among)\s)",
    re.IGNORECASE,
)
# "… and Warner Music in 2008": a name conjoined with its own date, no verb or preposition
GAPPED_OBJECT = re.compile(
    r"[\s,;]*and\s+((?:(?:[A-Z][\w.'’&-]*|['’])\s+){0,4}?[A-Z][\w.'’&-]*)\s+"
    r"(?:in|on|at|during)\s*",
)
# a named event in a phrase of its own, its place and then a date: "… for the 2015 World
# Championship in Beijing in July" (the date is when the event was held)
EVENT_BEFORE = re.compile(
    r"\b(?:for|at|to|in|during|before|after)\s+(?P<event>(?:the\s+)?(?:\d{4}\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){0,7}?(?:Championships?|Games|Olympics|Cup|Festival|Tournament|"
    r"Conference|Summit|Congress|Exhibition|Expo|Fair|Awards|Marathon|Grand\s+Prix))"
    r"(?:\s+in\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?\s+(?:in|on|during)\s+$"
)
EVENT_REACH = 160  # characters before a date read for the event it follows
# the head noun of a list of names a sentence opens with: "The campuses Huwei", "The outlying
# islands of Pulau Ayer Chawan"
LIST_HEAD = re.compile(r"(?:[Tt]he\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+(?:of\s+)?[A-Z]")
# a clause opening with a finite auxiliary: its subject is the sentence's ("…, was opened")
FINITE_OPEN = re.compile(r"(?:was|were|is|are|had|has|have)\s", re.IGNORECASE)

# an absolute clause after "with": "…, with the first warehouse operating by mid-2026"
WITH_ABSOLUTE = re.compile(
    r"with\s+(?:(?:the|a|an|its|their|all|both)\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"[a-z][\w'’-]*\s+(?:being\s+)?[a-z]{3,}(?:ing|ed)\b"
)
