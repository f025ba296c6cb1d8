"""Currency lexicon: symbols, prefixes and codes before an amount (``$``, ``HK$``, ``us $``,
``£``, ``RMB``, ``Dh``, ``KSh``), currency names after it (``dollars``, ``swedish kronor``,
``francs``, ``75 cents``), each mapped to an ISO 4217 code, and what an ambiguous sign or
name means in its context (``¥``, ``pounds``, ``francs`` in an article about France).

A name shared by several countries (``franc``, ``shilling``, ``rupee``, ``dinar``) takes the
code of the nation written before it (``Kenyan shillings``), else of the nation the article
speaks of most (:func:`document_currencies`), else its default. Dollars follow the house rule
instead: ``$`` and ``dollars`` are USD unless the text says another dollar.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Final, NamedTuple

import pycountry

from pipeline.extract.words import words

_DOLLAR_PREFIXES: Final[dict[str, str]] = {
    "US": "USD", "U.S.": "USD", "A": "AUD", "AU": "AUD", "AUS": "AUD", "C": "CAD", "CA": "CAD",
    "CAN": "CAD", "HK": "HKD", "NZ": "NZD", "S": "SGD", "SG": "SGD", "NT": "TWD",
    "R": "BRL", "MX": "MXN", "MEX": "MXN", "J": "JMD", "TT": "TTD", "Z": "ZWL", "RD": "DOP",
    "EC": "XCD", "B": "BSD", "BDS": "BBD", "F": "FJD", "FJ": "FJD", "L": "LRD", "M": "MOP",
    "N": "NAD",
}  # fmt: skip
_SYMBOLS: Final[dict[str, str]] = {
    "£": "GBP", "€": "EUR", "₹": "INR", "₱": "PHP", "₩": "KRW", "₽": "RUB", "₺": "TRY",
    "₪": "ILS", "₦": "NGN", "₫": "VND", "฿": "THB", "₴": "UAH", "₣": "FRF", "₤": "ITL",
    "₵": "GHS", "₸": "KZT", "₼": "AZN", "₾": "GEL", "₡": "CRC", "₲": "PYG", "৳": "BDT",
    "₭": "LAK", "₮": "MNT", "E£": "EGP", "¥": "¥", "￥": "¥", "$": "USD", "֏": "AMD",
}  # fmt: skip
# Abbreviations written before an amount, looked up in upper case.
_PREFIX_CODES: Final[dict[str, str]] = {
    "RS": "INR", "RS.": "INR", "RP": "IDR", "RM": "MYR", "RMB": "CNY", "DH": "AED",
    "DHS": "AED", "KSH": "KES", "SH": "KES", "USH": "UGX", "TSH": "TZS", "TK": "BDT",
    "SFR": "CHF", "SR": "SAR", "QR": "QAR", "KD": "KWD", "R": "ZAR", "N": "NGN", "BR": "ETB",
    "GH¢": "GHS", "GH₵": "GHS", "RO": "OMR", "KZ": "AOA", "AR": "MGA", "FCFA": "XOF",
    "CFA": "XOF",
}  # fmt: skip
# Of those, the ones that are also road, rank or name labels ("SR 207", "R5", "SH 1"): money
# only with a multiplier ("SR 207 billion", "R5 million", "Sh3 trillion").
_AMBIGUOUS_ABBREVIATIONS: Final = frozenset(
    {"SR", "QR", "KD", "R", "N", "Br", "Sh", "SH", "Tk", "TK", "RO", "Kz", "Ar"}
)
ISO_CODES: Final[frozenset[str]] = words(
    """USD EUR GBP JPY CNY INR AUD CAD HKD NZD SGD CHF SEK NOK DKK RUB BRL MXN ZAR KRW TWD MYR
    PHP THB IDR VND PKR BDT LKR NGN EGP TRY ILS AED SAR PLN CZK HUF KES UGX TZS GHS ETB QAR
    KWD OMR BHD JOD IRR IQD ARS CLP UAH ISK"""
)
# Every other current ISO 4217 code (from pycountry's copy of the standard, kept current by
# its maintainers; not the funds, metals and test codes X??): money before an amount only with
# a multiplier ("COP 14.2 billion", "RWF 64 billion"), as a code may also be an acronym or a
# word ("COP 26", "TOP 10", "ALL 3").
OTHER_CODES: Final[frozenset[str]] = (
    frozenset(
        c.alpha_3
        for c in pycountry.currencies
        if (not c.alpha_3.startswith("X") or c.alpha_3 in ("XOF", "XAF", "XCD", "XPF"))
        and c.alpha_3 not in ("BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW")
    )
    - ISO_CODES
)
# ISO codes that are no English word, so also read in lower case ("usd 40 million").
_LOWER_CODES: Final = ISO_CODES - words("CAD RUB TRY SAR PHP ETB")
AMBIGUOUS_PREFIXES: Final = _AMBIGUOUS_ABBREVIATIONS | OTHER_CODES

_DPRE = "|".join(
    re.escape(p) for p in sorted(_DOLLAR_PREFIXES, key=len, reverse=True) if len(p) > 1
)
_CODES_ANY_CASE = sorted(_LOWER_CODES | {"Rs", "Rs.", "Rp", "RMB", "Dh", "Dhs", "KSh", "USh",
                                         "TSh", "SFr", "GH¢", "GH₵", "FCFA", "CFA"},
                         key=len, reverse=True)  # fmt: skip
_CODES_UPPER = sorted((ISO_CODES - _LOWER_CODES) | {"RM"}, key=len, reverse=True)
CURRENCY_PREFIX_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:(?<![A-Za-z])(?P<dpre>(?i:{_DPRE}))\s?\$"
    r"|(?<![A-Za-z])(?P<dglued>[ACSRJZBFLMN])\$"
    r"|\$(?P<dpost>US|A|AU|NZ|C|CA|HK|S)?"
    r"|(?P<sym>E£|[£€₹₱₩₽₺₪₦₫฿₴₣₤¥￥₵₸₼₾₡₲৳₭₮֏])"
    r"|(?<![A-Za-z])(?P<code>(?i:" + "|".join(re.escape(c) for c in _CODES_ANY_CASE) + r")"
    r"|" + "|".join(_CODES_UPPER) + r")"
    r"|(?<![A-Za-z])(?P<amb>" + "|".join(sorted(AMBIGUOUS_PREFIXES, key=len, reverse=True)) + r"))"
    r"\s?$"
)


class CurrencyName(NamedTuple):
    """A currency name written after numbers: its default ISO code, the code for each nation
    adjective, and how many of it make the currency unit (100 cents a dollar)."""

    default: str | None
    nations: dict[str, str]
    per_unit: int = 1


_DOLLAR_NATIONS: Final[dict[str, str]] = {
    "us": "USD", "u.s.": "USD", "american": "USD", "united states": "USD", "australian": "AUD",
    "canadian": "CAD", "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD",
    "taiwan": "TWD", "new taiwan": "TWD", "jamaican": "JMD", "fijian": "FJD", "namibian": "NAD",
    "zimbabwean": "ZWL", "liberian": "LRD", "bahamian": "BSD", "barbadian": "BBD",
    "east caribbean": "XCD", "trinidad and tobago": "TTD", "brunei": "BND", "guyanese": "GYD",
    "belize": "BZD", "bermudian": "BMD", "cayman islands": "KYD", "solomon islands": "SBD",
    "philippine": "PHP", "mexican": "MXN", "argentine": "ARS", "chilean": "CLP",
    "colombian": "COP", "cuban": "CUP", "indian": "INR", "pakistani": "PKR",
    "sri lankan": "LKR", "nepalese": "NPR",
}  # fmt: skip
# Nation adjectives and country names → the code of each currency name family they use.
_NATIONS: Final[dict[str, dict[str, str]]] = {
    "swiss": {"franc": "CHF"}, "switzerland": {"franc": "CHF"},
    "french": {"franc": "FRF"}, "france": {"franc": "FRF"},
    "belgian": {"franc": "BEF"}, "belgium": {"franc": "BEF"},
    "cfa": {"franc": "XOF"}, "congolese": {"franc": "CDF"}, "rwandan": {"franc": "RWF"},
    "kenyan": {"shilling": "KES"}, "kenya": {"shilling": "KES"},
    "ugandan": {"shilling": "UGX"}, "uganda": {"shilling": "UGX"},
    "tanzanian": {"shilling": "TZS"}, "tanzania": {"shilling": "TZS"},
    "somali": {"shilling": "SOS"}, "somalia": {"shilling": "SOS"},
    "austrian": {"shilling": "ATS"}, "austria": {"shilling": "ATS"},
    "british": {"shilling": "GBP", "pound": "GBP"}, "britain": {"shilling": "GBP"},
    "england": {"shilling": "GBP"}, "english": {"shilling": "GBP"},
    "egyptian": {"pound": "EGP"}, "egypt": {"pound": "EGP"},
    "lebanese": {"pound": "LBP", "lira": "LBP"}, "lebanon": {"pound": "LBP", "lira": "LBP"},
    "syrian": {"pound": "SYP", "lira": "SYP"}, "sudanese": {"pound": "SDG"},
    "indian": {"rupee": "INR"}, "india": {"rupee": "INR"},
    "pakistani": {"rupee": "PKR"}, "pakistan": {"rupee": "PKR"},
    "sri lankan": {"rupee": "LKR"}, "sri lanka": {"rupee": "LKR"},
    "nepalese": {"rupee": "NPR"}, "nepali": {"rupee": "NPR"}, "nepal": {"rupee": "NPR"},
    "mauritian": {"rupee": "MUR"}, "mauritius": {"rupee": "MUR"},
    "danish": {"krone": "DKK"}, "denmark": {"krone": "DKK"},
    "norwegian": {"krone": "NOK"}, "norway": {"krone": "NOK"},
    "swedish": {"krona": "SEK"}, "sweden": {"krona": "SEK"},
    "icelandic": {"krona": "ISK"}, "iceland": {"krona": "ISK"},
    "moroccan": {"dirham": "MAD"}, "morocco": {"dirham": "MAD"},
    "emirati": {"dirham": "AED"}, "uae": {"dirham": "AED"}, "dubai": {"dirham": "AED"},
    "abu dhabi": {"dirham": "AED"}, "united arab emirates": {"dirham": "AED"},
    "saudi": {"riyal": "SAR"}, "saudi arabia": {"riyal": "SAR"},
    "qatari": {"riyal": "QAR"}, "qatar": {"riyal": "QAR"},
    "omani": {"rial": "OMR", "riyal": "OMR"}, "oman": {"rial": "OMR", "riyal": "OMR"},
    "yemeni": {"rial": "YER", "riyal": "YER"}, "iranian": {"rial": "IRR"}, "iran": {"rial": "IRR"},
    "iraqi": {"dinar": "IQD"}, "iraq": {"dinar": "IQD"},
    "kuwaiti": {"dinar": "KWD"}, "kuwait": {"dinar": "KWD"},
    "jordanian": {"dinar": "JOD"}, "jordan": {"dinar": "JOD"},
    "bahraini": {"dinar": "BHD"}, "bahrain": {"dinar": "BHD"},
    "algerian": {"dinar": "DZD"}, "algeria": {"dinar": "DZD"},
    "tunisian": {"dinar": "TND"}, "tunisia": {"dinar": "TND"},
    "libyan": {"dinar": "LYD"}, "libya": {"dinar": "LYD"},
    "serbian": {"dinar": "RSD"}, "serbia": {"dinar": "RSD"},
    "turkish": {"lira": "TRY"}, "turkey": {"lira": "TRY"},
    "italian": {"lira": "ITL"}, "italy": {"lira": "ITL"},
    "mexican": {"peso": "MXN"}, "mexico": {"peso": "MXN"},
    "philippine": {"peso": "PHP"}, "philippines": {"peso": "PHP"}, "filipino": {"peso": "PHP"},
    "argentine": {"peso": "ARS"}, "argentinian": {"peso": "ARS"}, "argentina": {"peso": "ARS"},
    "chilean": {"peso": "CLP"}, "chile": {"peso": "CLP"},
    "colombian": {"peso": "COP"}, "colombia": {"peso": "COP"},
    "cuban": {"peso": "CUP"}, "cuba": {"peso": "CUP"},
    "uruguayan": {"peso": "UYU"}, "uruguay": {"peso": "UYU"}, "dominican": {"peso": "DOP"},
    "south korean": {"won": "KRW"}, "korean": {"won": "KRW"}, "south korea": {"won": "KRW"},
    "north korean": {"won": "KPW"}, "north korea": {"won": "KPW"},
    "russian": {"ruble": "RUB"}, "russia": {"ruble": "RUB"},
    "belarusian": {"ruble": "BYN"}, "belarus": {"ruble": "BYN"},
    "euro": {"cent": "EUR"},
    **{nation: {"cent": code} for nation, code in _DOLLAR_NATIONS.items()},
}  # fmt: skip
# Currency name (every written form) → its family, the key of :data:`_NAMES` and of _NATIONS.
_FORMS: Final[dict[str, str]] = {
    **dict.fromkeys(("dollar", "dollars"), "dollar"),
    **dict.fromkeys(("franc", "francs", "centime", "centimes"), "franc"),
    **dict.fromkeys(("shilling", "shillings"), "shilling"),
    **dict.fromkeys(("pound", "pounds"), "pound"),
    **dict.fromkeys(("rupee", "rupees"), "rupee"),
    **dict.fromkeys(("krone", "kroner"), "krone"),
    **dict.fromkeys(("krona", "kronor"), "krona"),
    **dict.fromkeys(("dirham", "dirhams", "dirhems"), "dirham"),
    **dict.fromkeys(("riyal", "riyals"), "riyal"),
    **dict.fromkeys(("rial", "rials"), "rial"),
    **dict.fromkeys(("dinar", "dinars"), "dinar"),
    **dict.fromkeys(("lira", "lire", "liras"), "lira"),
    **dict.fromkeys(("peso", "pesos"), "peso"),
    **dict.fromkeys(("won",), "won"),
    **dict.fromkeys(("ruble", "rubles", "rouble", "roubles"), "ruble"),
    **dict.fromkeys(("cent", "cents"), "cent"),
    **dict.fromkeys(("penny", "pence", "pennies"), "penny"),
    **dict.fromkeys(("paisa", "paise"), "paisa"),
    **dict.fromkeys(("kopek", "kopeks", "kopeck", "kopecks"), "kopek"),
    **dict.fromkeys(("buck", "bucks"), "buck"),
}
_NAMES: Final[dict[str, CurrencyName]] = {
    "dollar": CurrencyName("USD", _DOLLAR_NATIONS),
    "franc": CurrencyName("CHF", {}),
    "shilling": CurrencyName("KES", {}),
    "pound": CurrencyName("GBP", {}),
    "rupee": CurrencyName("INR", {}),
    "krone": CurrencyName("NOK", {}),
    "krona": CurrencyName("SEK", {}),
    "dirham": CurrencyName("AED", {}),
    "riyal": CurrencyName("SAR", {}),
    "rial": CurrencyName("IRR", {}),
    "dinar": CurrencyName("IQD", {}),
    "lira": CurrencyName("TRY", {}),
    "peso": CurrencyName("MXN", {}),
    "won": CurrencyName("KRW", {}),
    "ruble": CurrencyName("RUB", {}),
    "cent": CurrencyName("USD", {}, 100),
    "penny": CurrencyName("GBP", {}, 100),
    "paisa": CurrencyName("INR", {}, 100),
    "kopek": CurrencyName("RUB", {}, 100),
    "buck": CurrencyName("USD", {}),
}
# Currencies of one country, whatever the article: name → ISO code.
_SINGLE_NAMES: Final[dict[str, str]] = {
    "renminbi": "CNY", "yuan": "CNY", "rmb": "CNY", "yen": "JPY", "euro": "EUR", "euros": "EUR",
    "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP", "ringgit": "MYR",
    "baht": "THB", "rupiah": "IDR", "rand": "ZAR", "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "naira": "NGN", "taka": "BDT",
    "shekel": "ILS", "shekels": "ILS", "forint": "HUF", "forints": "HUF", "koruna": "CZK",
    "korun": "CZK", "hryvnia": "UAH", "hryvnias": "UAH", "cedi": "GHS", "cedis": "GHS",
    "birr": "ETB", "kwacha": "ZMW", "kyat": "MMK", "kyats": "MMK", "tenge": "KZT",
    "reais": "BRL", "brazilian real": "BRL", "brazilian reais": "BRL", "afghanis": "AFN",
    "quetzales": "GTQ", "lempiras": "HNL", "bolivares": "VES", "riel": "KHR", "riels": "KHR",
    "kip": "LAK", "lari": "GEL", "tugrik": "MNT", "tugriks": "MNT", "lempira": "HNL",
    "lek": "ALL", "leks": "ALL", "lekë": "ALL", "guarani": "PYG", "guaranis": "PYG",
    "guaraníes": "PYG", "guaranies": "PYG", "guaranís": "PYG", "kwanza": "AOA", "kwanzas": "AOA",
    "dram": "AMD", "drams": "AMD", "ariary": "MGA", "kuna": "HRK", "kunas": "HRK",
    "denar": "MKD", "denars": "MKD", "denari": "MKD", "manat": "AZN", "manats": "AZN",
    "somoni": "TJS", "metical": "MZN", "meticais": "MZN", "meticals": "MZN", "kina": "PGK",
    "vatu": "VUV", "tala": "WST", "leone": "SLE", "leones": "SLE", "dalasi": "GMD",
    "ouguiya": "MRU", "nakfa": "ERN", "lilangeni": "SZL", "emalangeni": "SZL", "maloti": "LSL",
    "pula": "BWP", "colones": "CRC", "córdobas": "NIO", "cordobas": "NIO", "soles": "PEN",
    "bolivianos": "BOB", "gourdes": "HTG", "quetzal": "GTQ", "leva": "BGN", "lei": "RON",
    "tögrög": "MNT", "togrog": "MNT",
}  # fmt: skip
# A "shilling" is a twentieth of a British pound; every other family counts whole units.
_PER_UNIT_BY_CODE: Final[dict[tuple[str, str], int]] = {("shilling", "GBP"): 20}
# Names that are also common words: money only when the sentence speaks of money, or with a
# nation or a multiplier ("5,000 won", "20 bucks", "40 pounds").
_NEEDS_MONEY_CONTEXT: Final = frozenset({"won", "buck", "pound"})
# Names resolved from their own sentence only: dollars by the house rule (USD unless the text
# says another), pounds because an article naming Egypt may still count in sterling, won
# because the word is mostly the verb.
_SENTENCE_ONLY: Final = frozenset({"dollar", "cent", "buck", "pound", "won"})

_ALL_NATIONS = sorted(set(_NATIONS) | set(_DOLLAR_NATIONS), key=len, reverse=True)
_ALL_NAMES = sorted(set(_FORMS) | set(_SINGLE_NAMES), key=len, reverse=True)
CURRENCY_SUFFIX_RE: Final[re.Pattern[str]] = re.compile(
    r"\s*(?:(?<=\s)(?P<code>"
    + "|".join(sorted(ISO_CODES | {"RMB"}))
    + r"|(?i:"
    + "|".join(c.lower() for c in sorted(_LOWER_CODES))
    + r"))\b|(?<=\s)(?i:(?:(?P<nation>"
    + "|".join(re.escape(k) for k in _ALL_NATIONS)
    + r")\s+)?(?P<money>"
    + "|".join(re.escape(k) for k in _ALL_NAMES)
    + r"))\b|(?P<cent>¢)|(?<=\d)(?P<pence>p)\b(?![.'’]\w)|(?P<sym>[€£₹₽₺₴₪₩₫])(?!\s?\d))"
)
# Context that makes a bare "pounds" money rather than weight.
MONEY_CONTEXT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?i)\b(?:paid|pay|pays|cost|costs|worth|price[ds]?|fees?|fined?|salary|wages?|budget|"
    r"funds?|funding|grants?|granted|spent|spend|sold|bought|purchased?|prize|compensation|"
    r"donat\w*|income|revenues?|profits?|loans?|debts?|bribe|ransom|sterling|earn\w*|raised|"
    r"invest\w*|taxe?s?|rent|subsid\w*|annuity|pension|bounty|reward|fare|charge[ds]?|"
    r"owe[ds]?|sum|money|cash|ticket|tickets)\b|[£€$]"
)
# Nations as articles write them, capitalised ("Kenyan", "Sri Lanka", "UAE", "CFA").
_NATION_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(k.upper() if len(k) <= 3 else k.title())
        for k in sorted(_NATIONS, key=len, reverse=True)
    )
    + r")\b"
)
# The names whose code depends on the article's nations; without one the nations are not read.
_SHARED_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:"
    + "|".join(sorted((f for f, fam in _FORMS.items() if fam not in _SENTENCE_ONLY), reverse=True))
    + r")\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def money_context(sentence: str) -> bool:
    """Does ``sentence`` speak of money (``paid``, ``worth``, ``£``)? Cached: a sentence
    listing many ``pounds`` is searched once, not once per number."""
    return MONEY_CONTEXT_RE.search(sentence) is not None


def prefix_currency(code_group: dict[str, str | None]) -> str:
    """ISO code for a matched currency prefix (``¥`` stays ``¥`` for the caller to resolve)."""
    for group in ("dpre", "dglued", "dpost"):
        if code_group.get(group):
            return _DOLLAR_PREFIXES.get(str(code_group[group]).upper(), "USD")
    sym = code_group.get("sym") or code_group.get("code") or code_group.get("amb")
    if sym:
        if sym.upper() in ISO_CODES or sym in OTHER_CODES:
            return sym.upper()
        return _SYMBOLS.get(sym) or _PREFIX_CODES.get(sym.upper(), "USD")
    return "USD"


def _nation_codes(text: str) -> dict[str, str]:
    counts: Counter[tuple[str, str]] = Counter()
    if _SHARED_NAME_RE.search(text) is None:
        return {}
    for m in _NATION_RE.finditer(text):
        for family, code in _NATIONS[m.group().lower()].items():
            counts[(family, code)] += 1
    best: dict[str, tuple[int, str]] = {}
    for (family, code), n in counts.items():
        if family not in best or n > best[family][0]:
            best[family] = (n, code)
    return {family: code for family, (_, code) in best.items()}


# Nations and their largest cities, for the rupee an article's "Rs" is.
_RUPEE_NATIONS: Final[dict[str, str]] = {
    **{n: "INR" for n in ("india", "indian", "mumbai", "delhi", "new delhi", "bengaluru",
                          "bangalore", "chennai", "kolkata", "hyderabad", "gujarat")},
    **{n: "PKR" for n in ("pakistan", "pakistani", "karachi", "lahore", "islamabad", "sindh",
                          "punjab province", "rawalpindi", "faisalabad")},
    **{n: "LKR" for n in ("sri lanka", "sri lankan", "colombo")},
    **{n: "NPR" for n in ("nepal", "nepali", "nepalese", "kathmandu")},
    **{n: "MUR" for n in ("mauritius", "mauritian")},
}  # fmt: skip
# The countries whose currency is a rupee, for the places of the gazetteer an article names.
_RUPEE_COUNTRIES: Final = {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR"}
_PLACE_NAME_RE: Final = re.compile(r"\b[A-Z][a-z]{3,}(?:\s[A-Z][a-z]{3,})?\b")
_RUPEE_NATION_RE: Final = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _RUPEE_NATIONS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


# The two franc zones of Africa, by the countries and largest cities an article names.
_CENTRAL_CFA_RE: Final = re.compile(
    r"\b(?:Cameroon|Cameroonian|Douala|Yaoundé|Yaounde|Kribi|Gabon|Gabonese|Libreville|"
    r"Chad|Chadian|N'Djamena|Central African Republic|Bangui|Republic of (?:the )?Congo|"
    r"Brazzaville|Pointe-Noire|Equatorial Guinea|Malabo|CEMAC)\b"
)
_WEST_CFA_RE: Final = re.compile(
    r"\b(?:Senegal|Senegalese|Dakar|Ivory Coast|Côte d'Ivoire|Ivorian|Abidjan|Mali|Malian|"
    r"Bamako|Burkina Faso|Ouagadougou|Niger|Nigerien|Niamey|Togo|Togolese|Lomé|Benin|"
    r"Beninese|Cotonou|Guinea-Bissau|Bissau|UEMOA|WAEMU)\b"
)


class DocumentCurrencies(Mapping[str, str]):
    """For each currency name shared by several countries (``franc``, ``shilling``), the code
    of the nation the article names most often. The article is read once, when a shared
    name first needs resolving: most articles never pay for it."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._codes: dict[str, str] | None = None
        self._rupee: str | None = None
        self._cfa: str | None = None

    def _load(self) -> dict[str, str]:
        if self._codes is None:
            self._codes = _nation_codes(self._text)
        return self._codes

    def __getitem__(self, family: str) -> str:
        return self._load()[family]

    def rupee(self) -> str:
        """What ``Rs`` means here: the rupee of the nation the article names most (``Rs 9.2bn``
        in an article on Karachi is PKR), read once; INR when it names none."""
        if self._rupee is None:
            from pipeline.extract.entities.gazetteer import place_country  # (a cycle at import)

            counts: Counter[str] = Counter()
            for m in _RUPEE_NATION_RE.finditer(self._text):
                counts[_RUPEE_NATIONS[m.group().lower()]] += 1
            for m in _PLACE_NAME_RE.finditer(self._text):  # "Biratnagar", "Koshi Province"
                code = _RUPEE_COUNTRIES.get(place_country(m.group()) or "")
                if code is not None and m.group().lower() not in _RUPEE_NATIONS:
                    counts[code] += 1
            self._rupee = counts.most_common(1)[0][0] if counts else "INR"
        return self._rupee

    def cfa(self) -> str:
        """What ``FCFA`` / ``CFA`` means here: XAF in an article on a country of Central
        Africa's franc zone (Cameroon, Gabon, …), else XOF (West Africa's); read once."""
        if self._cfa is None:
            central = len(_CENTRAL_CFA_RE.findall(self._text))
            west = len(_WEST_CFA_RE.findall(self._text))
            self._cfa = "XAF" if central > west else "XOF"
        return self._cfa

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


class SuffixCurrency(NamedTuple):
    """What a name after a number means: ``code`` (None when it is no currency here),
    ``per_unit`` (100 cents make a dollar) and ``weight`` (``pounds`` of weight)."""

    code: str | None
    per_unit: int = 1
    weight: bool = False


def suffix_currency(
    match: re.Match[str], sentence: str, doc: Mapping[str, str], multiplied: bool = False
) -> SuffixCurrency:
    """What the currency name matched by :data:`CURRENCY_SUFFIX_RE` after a number means in
    ``sentence`` of an article whose nations are ``doc`` (:func:`document_currencies`);
    ``multiplied``: the number has a multiplier word (``5 billion won``)."""
    if match.group("code"):
        code = match.group("code").upper()
        return SuffixCurrency("CNY" if code == "RMB" else code)
    if match.group("cent"):
        return SuffixCurrency("USD", 100)
    if match.group("sym"):  # "30 €", "25€"
        return SuffixCurrency(_SYMBOLS[match.group("sym")])
    if match.group("pence"):
        return SuffixCurrency("GBP", 100) if money_context(sentence) else SuffixCurrency(None)
    money = match.group("money").lower()
    nation = re.sub(r"\s+", " ", (match.group("nation") or "").lower())
    family = _FORMS.get(money)
    if family is None:
        return SuffixCurrency(_SINGLE_NAMES[re.sub(r"\s+", " ", money)])
    name = _NAMES[family]
    code = (name.nations.get(nation) or _NATIONS.get(nation, {}).get(family)) if nation else None
    if code is None and family in _NEEDS_MONEY_CONTEXT and not money_context(sentence):
        if family == "pound":
            return SuffixCurrency(None, weight=nation in ("", "british"))
        if not multiplied:
            return SuffixCurrency(None)
    if code is None and family not in _SENTENCE_ONLY:
        code = doc.get(family)
    code = code or name.default
    if code is None:
        return SuffixCurrency(None)
    return SuffixCurrency(code, _PER_UNIT_BY_CODE.get((family, code), name.per_unit))


# Names that place an article in China or in Japan (their largest cities and provinces):
# ``¥`` in an article on a Shenzhen park that never writes "China" is the yuan.
_CHINA_RE = re.compile(  # also in a dateline: "SHENZHEN, March 14 -"
    r"\b(?:China|Chinese|yuan|renminbi|RMB|PRC|Beijing|Shanghai|Shenzhen|Guangzhou|"
    r"Guangdong|Tianjin|Chongqing|Wuhan|Hangzhou|Nanjing|Suzhou|Wuxi|Chengdu|Xi'an|Hefei|"
    r"Qingdao|Dalian|Shenyang|Xiamen|Ningbo|Dongguan|Foshan|Zhengzhou|Changsha|Kunming|"
    r"Jiangsu|Zhejiang|Sichuan|Shandong|Fujian|Hubei|Hunan|Henan|Anhui|Hebei|Jiangxi|"
    r"Yunnan|Shaanxi|Liaoning|Guangxi|Hainan|Hong Kong|Macau)\b",
    re.IGNORECASE,
)
_JAPAN_RE = re.compile(
    r"\b(?:Japan|Japanese|yen|Tokyo|Osaka|Kyoto|Yokohama|Nagoya|Kobe|Fukuoka|Sapporo|"
    r"Sendai|Hiroshima|Kawasaki|Saitama|Chiba|Hokkaido|Okinawa|Kyushu|Kanagawa|Aichi)\b",
    re.IGNORECASE,
)
_P_SIGN_NATIONS: Final = (
    ("PHP", re.compile(r"\b(?:Philippines?|Filipinos?|pesos?)\b")),
    ("BWP", re.compile(r"\b(?:Botswana|Batswana|Motswana|pula|Gaborone)\b")),
)


def p_sign_currency(text: str) -> str | None:
    """What a lone ``P`` glued to an amount means in an article: the peso of a Philippine
    one, the pula of one on Botswana (the nation named more often); None in any other."""
    counts = [(len(pattern.findall(text)), code) for code, pattern in _P_SIGN_NATIONS]
    n, code = max(counts)
    return code if n else None


def document_yen(text: str) -> str:
    """What ``¥`` means in an article that does not say: CNY when it speaks more of China
    than of Japan, else JPY."""
    if "¥" not in text and "￥" not in text:
        return "JPY"  # no sign to resolve: the article is not read
    return "CNY" if len(_CHINA_RE.findall(text)) > len(_JAPAN_RE.findall(text)) else "JPY"


def resolve_yen(code: str, sentence: str, doc_yen: str) -> str:
    """``code``, with ``¥`` resolved in ``sentence`` (else by the article, ``doc_yen``)."""
    return _sentence_yen(sentence, doc_yen) if code == "¥" else code


@lru_cache(maxsize=64)
def _sentence_yen(sentence: str, doc_yen: str) -> str:
    """What ``¥`` means in ``sentence``; cached: searched once per sentence, not per amount."""
    if _CHINA_RE.search(sentence):
        return "CNY"
    return "JPY" if _JAPAN_RE.search(sentence) else doc_yen
