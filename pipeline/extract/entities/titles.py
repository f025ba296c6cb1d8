"""Titles before a person's name and the roles after it.

``OFFICES`` are positions a person holds (``Premier Wen Jiabao`` → position held
``Premier``); ``HONORIFICS`` mark a person without being a position (``Dr``, ``Colonel``);
``ROLES`` are lower-case positions in an apposition (``John Doe, CEO of …``).
"""

from __future__ import annotations

from typing import Final

from pipeline.extract.words import words

# Multi-word offices are matched before their last word (``Prime Minister``).
OFFICES: Final = frozenset(
    {
        "Premier",
        "President",
        "Vice President",
        "Prime Minister",
        "Deputy Prime Minister",
        "Governor",
        "Lieutenant Governor",
        "Mayor",
        "Senator",
        "Chancellor",
        "Minister",
        "Ambassador",
        "Chairman",
        "Chairwoman",
        "Chief Executive",
        "Secretary",
        "Secretary of State",
        "Emperor",
        "Empress",
        "King",
        "Queen",
        "Pope",
        "Ruler",
        "Archbishop",
        "Bishop",
        "Abbot",
        "Dean",
        "Judge",
        "Justice",
        "Representative",
        "Congressman",
        "Congresswoman",
        "Commissioner",
        "Military President",
        "Managing Director",
        "Executive Director",
        "General Manager",
        "Director General",
        "Director-General",
        "Chief Executive Officer",
        "Chief Operating Officer",
        "Chief Financial Officer",
        "Vice Chairman",
        "CEO",
        "CFO",
        "COO",
        "CTO",
    }
)
HONORIFICS: Final = words(
    """Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Professor Sir Dame Sheikh Colonel Col. General
    Gen. Lieutenant Lt. Captain Capt. Major Maj. Admiral Adm. Commander Sergeant Sgt. Private
    Marshal Brigadier Corporal Prince Princess Lord Lady Count Countess Baron Duke Rev.
    Reverend Father Brother Sister Coach"""
)
# Ranks of more than one word, read before their words (``Sergeant First Class Charles
# W. Turner``, ``Major General Pak Kyo Sam``): honorifics, not offices.
RANKS: Final = frozenset(
    {
        "Sergeant First Class",
        "Private First Class",
        "Staff Sergeant",
        "Master Sergeant",
        "First Sergeant",
        "First Lieutenant",
        "Second Lieutenant",
        "Lieutenant Colonel",
        "Lieutenant General",
        "Lieutenant Commander",
        "Major General",
        "Brigadier General",
        "Rear Admiral",
        "Vice Admiral",
        "Field Marshal",
        "Air Marshal",
        "Air Commodore",
        "Wing Commander",
        "Group Captain",
        "Squadron Leader",
        "Flight Lieutenant",
        "Lance Corporal",
    }
)
# Descriptions written before a person's name that are no office (``Hall of Famer Don
# Sutton``): the name after them is a person's.
EPITHETS: Final = frozenset({"Hall of Famer", "Hall of Famers"})
# Honorifics that belong to the name as it is used (``Lord Palmerston``, ``Sheikh Mohammed``).
NAME_HONORIFICS: Final = words("Sir Dame Sheikh Prince Princess Lord Lady Count Countess Baron")
ROLES: Final = words(
    """CEO CFO COO CTO chairman chairwoman chair president vice-president director
    founder co-founder dean chancellor vice-chancellor provost professor rector head manager
    editor governor mayor minister secretary ambassador commander captain coach owner
    partner principal superintendent treasurer king queen emperor empress bishop
    archbishop pope prince princess sultan emir premier senator judge abbot abbess prior
    consul prefect procurator president-elect chief chaplain"""
) | frozenset(
    {
        "chief executive",
        "chief executive officer",
        "managing director",
        "executive director",
        "general manager",
        "vice president",
        "prime minister",
        "head coach",
        "assistant coach",
        "general secretary",
        "secretary general",
        "secretary-general",
        "chief operating officer",
        "chief financial officer",
        "board member",
    }
)
# Titles that are also ordinary words of names (``Major League``, ``General Motors``,
# ``Royal Navy``): a person follows them only when a given name or an initial does.
AMBIGUOUS_TITLES: Final = words(
    """Major General Private Captain Marshal Count Lady Father Brother Sister Coach Commander
    Duke Prince Princess Lord Baron King Queen Justice Secretary Representative Judge Dean
    Bishop"""
)

# Roles only a person holds: ``X, the governor of …`` names a person (``director`` or
# ``head`` could be a body's).
PERSON_ROLES: Final = words(
    """governor mayor senator bishop archbishop king queen emperor empress pope prince
    princess sultan emir chancellor dean provost rector professor ambassador consul prefect
    procurator chairman chairwoman president premier minister economist analyst
    spokesperson spokesman spokeswoman director secretary founder treasurer editor"""
)
# Roles held over a territory: what ``the governor of …`` is of is a place.
TERRITORIAL_ROLES: Final = words(
    """governor mayor king queen emperor empress bishop archbishop sultan emir prince
    princess duke duchess earl count viceroy prefect procurator satrap ruler"""
)

# Words right before a one-word name that make it a person's (``the historian Tacitus``,
# ``his grand-uncle Claudius``).
NAMING_NOUNS: Final = words(
    """actor actress singer songwriter singer-songwriter director producer player pitcher
    coach wrestler critic writer author journalist reviewer historian scientist engineer
    painter poet composer cinematographer photographer novelist playwright philosopher
    screenwriter sculptor architect botanist taxonomist economist politician guitarist
    drummer pianist rapper comedian dancer choreographer lyricist biographer chronicler
    theologian mathematician physicist chemist astronomer wife husband father mother son
    daughter brother sister uncle aunt nephew niece cousin grandfather grandmother grandson
    granddaughter stepfather stepmother stepson stepdaughter stepbrother stepsister
    half-brother half-sister teammate opponent manager emperor empress king queen pope
    tsar sultan emir senator admiral governor consul prefect procurator freedman freedwoman
    slave mistress lover girlfriend boyfriend fiancé fiancée widow widower"""
)

# Every role phrase, longest first: offices (also written in lower case) and roles.
ROLE_PHRASES: Final = sorted(
    {*OFFICES, *ROLES, *(r[:1].lower() + r[1:] for r in OFFICES)}, key=len, reverse=True
)
# Words before a role that are part of the position (``Group CEO``, ``deputy director``).
ROLE_PREFIXES: Final = (
    "Group|Deputy|Acting|Executive|Assistant|Associate|Senior|Interim|Honorary|Joint|"
    "group|deputy|acting|executive|assistant|associate|senior|interim|honorary|joint"
)
