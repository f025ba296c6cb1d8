"""Head words: the last word of a name that says what kind of thing it names
(``… Ministry``, ``… Park``, ``… Award``), and the first words that do (``Battle of …``,
``Operation …``, ``Mount …``)."""

from __future__ import annotations

from typing import Final

from pipeline.extract.words import words

# The last word of a name → its type (compared case-sensitively: a head is capitalised).
HEADS: Final[dict[str, str]] = {
    **dict.fromkeys(
        words(
            """Ministry Association Associates University Company Corporation Corp Inc Ltd
            Limited LLC plc PLC AG GmbH Co N.V. NV S.A. SA Holding Holdings Group Council
            EAD JSC PJSC OJSC OOO Tbk Bhd Pty SAS S.A.S. SRL S.R.L. Srl KG LLP Oy Oyj AB ASA S.p.A. SpA
            Society Authority Agency Department Bureau Institute Foundation Bank Airlines
            Airways Records Music Party Army Navy Command Squadron Regiment Division Brigade
            Battalion Corps Fleet Committee Commission Administration Government Board Office
            Club Team College School Academy Federation Union Congress Parliament Senate
            Coalition Partnership Trust Fund Enterprises Industries Technologies Systems
            Laboratories Labs Studios Pictures Films Entertainment Publishing Press Media
            Network Service Services Church Organisation Organization Consortium Alliance
            Exchange Exchanges Yuan Court Police Guard Cabinet Assembly Secretariat Directorate
            Telecom Motors Electronics Optronics Oil Refinery Gesellschaft Infantry Cavalry
            Artillery Marines Force Forces Wing Group Battery Legion Constabulary Bros Bros.
            Properties Goods Developers Ventures Investments Partners Realty Solutions
            Logistics Pharmaceuticals Petroleum Resources Communications Broadcasting
            Shipping Chemicals Foods Brewery Insurance Securities Telecommunications League
            Plc Bhd Berhad LP LLP Pte Pty S.p.A. KG Times Tribune Herald Gazette Chronicle
            Telegraph Courier Inquirer"""
        ),
        "organization",
    ),
    **dict.fromkeys(
        words(
            """Park Parks Zone Port Airport Campus Centre Center Station Bridge Road Street
            Highway Route Avenue Parkway Boulevard Lane Dock Docks Canal Building Tower Towers
            Hall Stadium Arena Hospital Plant Laboratory Hub Estate Square Terminal Harbour
            Harbor Pier Causeway Railway Line Tunnel Dam Castle Palace Cathedral Museum Library
            Mall Market Hotel Villas Oasis Innopolis Showroom Course Fountain Plaza Expressway
            Motorway Freeway Base Depot Prison Fort Shipyard Mine Observatory Residence
            Theatre Theater Cinema Temple Mosque Gallery Zoo Gardens Cemetery Monument
            Memorial Lighthouse Barracks Aerodrome Racecourse Speedway Pavilion"""
        ),
        "facility",
    ),
    **dict.fromkeys(
        words(
            """Island Islands River Lake Lagoon Mountain Mountains Strait Bay Sea Ocean Valley
            County Province District Region Peninsula Coast Town Village Gulf Desert Canyon
            Creek Prefecture Municipality Borough Township Territory Territories Forest Hills
            Delta Basin Plateau Estuary Channel State City Regency Voivodeship Oblast Krai
            Governorate Canton Emirate Subdistrict"""
        ),
        "place",
    ),
    **dict.fromkeys(
        words("Award Awards Prize Medal Trophy Honour Honor Certificate"),
        "award",
    ),
    **dict.fromkeys(
        words(
            """War Wars Olympics Games Championship Championships Festival Election Revolution
            Crisis Tournament Cup Expo Conference Summit Rebellion Uprising Massacre Siege
            Offensive Campaign Flood Earthquake Game Rising Revolt Mutiny Insurrection
            Conspiracy Riots Coup"""
        ),
        "event",
    ),
    **dict.fromkeys(
        words("Program Programme Plan Initiative Project Policy Strategy Scheme Act Treaty"),
        "program",
    ),
}

# Prefixes of ships' names (``HMS Steadfast``: ``Steadfast`` is the same ship).
SHIP_PREFIXES: Final = words("USS HMS HMAS HMCS RMS SS MV")

# A first word that says the type, whatever the last (``Battle of Naktong Bulge``).
FIRST_HEADS: Final[dict[str, str]] = {
    **dict.fromkeys(words("Battle Siege Typhoon Hurricane Cyclone Storm"), "event"),
    **dict.fromkeys(words("Operation Project"), "program"),
    **dict.fromkeys(words("Mount Lake Cape Isle"), "place"),
    **dict.fromkeys(SHIP_PREFIXES, "facility"),  # a named ship
    **dict.fromkeys(
        words(
            """Universidade Universidad Università Universität Université Universiteit
            Instituto Institut Istituto Stichting Fundación Fundação Banco Compagnie Majlis"""
        ),
        "organization",
    ),
    **dict.fromkeys(
        words("Hotel Aeropuerto Aeroporto Estación Interstate Zona Parque Parco Polígono"),
        "facility",
    ),  # ``Zona Franca Oriente Antioqueño``, ``Parque Tecnológico …``: a zone, a park
}

# Words after which `of` (and `for`) joins two capitalised parts into one name
# (``Ministry of Defence``, ``Port of Antwerp``); other heads above join too.
OF_HEADS: Final = words(
    """Battle Siege Port University Ministry Department Bank Institute School College Society
    Republic Kingdom Government City Museum Church Order Duke Earl House Council Board
    Academy Federation Union Coalition Association Centre Center Treaty Statue Gulf Bay Isle
    Lake Cape Strait Mount Sea Vale Internet Hall Chamber State Commonwealth Principality
    Emirate Sultanate Empire Province Governor"""
)

# A head of places: ``Riau Islands Province of Indonesia`` is a province and a country.
PLACE_HEADS: Final = words("Province State County District Region Prefecture Islands Island")

# Capitalised words that describe what a name names without being a name themselves:
# ``and`` joins them inside one name (``Science and Technology Facilities Council``).
DESCRIPTORS: Final = words(
    """Science Sciences Technology Technologies Arts Art Industry Industries Trade Commerce
    Research Development Health Education Culture Cultural Sports Sport Social Democratic
    Liberal Labour Labor Marine Coastal Economic Economics Finance Financial Engineering
    Business Information Communications Transport Transportation Energy Environment
    Environmental Agriculture Agricultural Medical Medicine Design Innovation Tourism
    Defence Defense Security Justice Public Law Planning Housing Heritage Natural National
    International Fine Applied Political Civil Rights Human Mining Fisheries Forestry"""
)

# Sports a league's name may end in after ``League`` (``Coastal League Baseball``).
SPORTS: Final = words(
    """Baseball Football Basketball Hockey Soccer Rugby Cricket Lacrosse Softball Volleyball"""
)

# Heads whose type depends on the name before them: after a place, ``Division`` names
# an administrative division (``Bintulu Division``); after a city that is no state or
# country, ``State`` names a university (``Cleveland State``, not ``Ohio State``).
AFTER_PLACE: Final[dict[str, str]] = {"Division": "place"}
AFTER_CITY: Final[dict[str, str]] = {"State": "organization"}

# Heads after which ``for`` joins what follows into the name (``Council for Science``,
# ``Zone for the Internet of Things``, ``Award for Best Picture``); a company's does not
# (``Lindqvist Properties for the …``).
FOR_HEADS: Final = OF_HEADS | words(
    """Council Centre Center Institute Ministry Commission Foundation Society Agency
    Association Committee Fund Trust Office Department Bureau Authority Board Alliance
    Coalition Federation Union School College Academy Museum Organisation Organization
    Network Partnership Zone Award Awards Prize Medal Trophy Programme Program Plan
    Initiative Fellowship Campaign League Party Movement Front Coordinator Secretary
    Minister Commissioner Envoy Director Laboratory Library Hospital"""
)


def _plural(word: str) -> str:
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"


# Plural heads after a list share their head with every item (``Kyoto, Osaka, and Nara
# Prefectures`` are three prefectures): plural → singular.
PLURAL_HEADS: Final[dict[str, str]] = {
    _plural(head): head
    for head, kind in HEADS.items()
    if kind in ("place", "facility") and not head.endswith("s") and _plural(head) not in HEADS
}
