"""Currency lexicon: symbols, prefixes and codes before an amount (``$``, ``HK$``, ``£``,
``RMB``), currency words after it (``dollars``, ``yuan``, ``euros``), each mapped to an ISO
4217 code, and what an ambiguous sign means in its context (``¥``, ``pounds``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from pipeline.extract.words import words

_DOLLAR_PREFIXES: Final[dict[str, str]] = {
    "US": "USD", "U.S.": "USD", "A": "AUD", "AU": "AUD", "AUS": "AUD", "C": "CAD", "CA": "CAD",
    "CAN": "CAD", "Can": "CAD", "HK": "HKD", "NZ": "NZD", "S": "SGD", "SG": "SGD", "NT": "TWD",
    "R": "BRL", "MX": "MXN", "Mex": "MXN", "J": "JMD", "TT": "TTD", "Z": "ZWL", "RD": "DOP",
    "EC": "XCD", "B": "BSD", "Bds": "BBD", "F": "FJD", "FJ": "FJD", "L": "LRD", "M": "MOP",
}  # fmt: skip
_SYMBOLS: Final[dict[str, str]] = {
    "£": "GBP", "€": "EUR", "₹": "INR", "₱": "PHP", "₩": "KRW", "₽": "RUB", "₺": "TRY",
    "₪": "ILS", "₦": "NGN", "₫": "VND", "฿": "THB", "₴": "UAH", "₣": "FRF", "₤": "ITL",
    "Rs.": "INR", "Rs": "INR", "Rp": "IDR", "RM": "MYR", "RMB": "CNY", "CHF": "CHF",
    "¥": "¥", "￥": "¥", "US$": "USD", "$": "USD",
}  # fmt: skip
ISO_CODES: Final[frozenset[str]] = words(
    """USD EUR GBP JPY CNY INR AUD CAD HKD NZD SGD CHF SEK NOK DKK RUB BRL MXN ZAR KRW TWD MYR
    PHP THB IDR VND PKR BDT LKR NGN EGP TRY ILS AED SAR PLN CZK HUF"""
)
CURRENCY_PREFIX_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:(?P<dpre>US|U\.S\.|AUS|AU|CAN|CA|Can|HK|NZ|NT|SG|MX|Mex|TT|RD|EC|Bds|FJ)\s?\$"
    r"|(?<![A-Za-z])(?P<dglued>[ACSRJZBFLM])\$"
    r"|\$(?P<dpost>US|A|AU|NZ|C|CA|HK|S)?"
    r"|(?P<sym>[£€₹₱₩₽₺₪₦₫฿₴₣₤¥￥])"
    r"|(?<![A-Za-z])(?P<code>Rs\.?|Rp|RM|RMB|CHF|" + "|".join(sorted(ISO_CODES)) + r"))"
    r"\s?$"
)
_CURRENCY_WORDS: Final[dict[str, str]] = {
    "renminbi": "CNY", "yuan": "CNY", "rmb": "CNY", "yen": "JPY", "euro": "EUR",
    "euros": "EUR", "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP",
    "rupee": "INR", "rupees": "INR", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR",
    "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "rand": "ZAR",
    "swiss francs": "CHF", "zloty": "PLN", "zlotys": "PLN", "kronor": "SEK", "naira": "NGN",
    "taka": "BDT", "shekels": "ILS", "dirhams": "AED",
    "riyals": "SAR", "pesos": "MXN",
}  # fmt: skip
_DOLLAR_NATIONS: Final[dict[str, str]] = {
    "us": "USD", "u.s.": "USD", "american": "USD", "united states": "USD", "australian": "AUD",
    "canadian": "CAD", "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD",
    "taiwan": "TWD", "new taiwan": "TWD", "jamaican": "JMD", "fijian": "FJD", "namibian": "NAD",
    "philippine": "PHP", "mexican": "MXN", "argentine": "ARS", "chilean": "CLP",
    "colombian": "COP", "cuban": "CUP", "indian": "INR", "pakistani": "PKR",
    "sri lankan": "LKR", "nepalese": "NPR",
}  # fmt: skip
CURRENCY_SUFFIX_RE: Final[re.Pattern[str]] = re.compile(
    r"\s+(?:(?P<code>"
    + "|".join(sorted(ISO_CODES | {"RMB"}))
    + r")\b|(?i:(?:(?P<nation>"
    + "|".join(re.escape(k) for k in sorted(_DOLLAR_NATIONS, key=len, reverse=True))
    + r")\s+)?(?P<money>dollars?|pesos|rupees|"
    + "|".join(re.escape(k) for k in sorted(_CURRENCY_WORDS, key=len, reverse=True))
    + r"|pounds?)\b))"
)
# Context that makes a bare "pounds" money rather than weight.
MONEY_CONTEXT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?i)\b(?:paid|pay|pays|cost|costs|worth|price[ds]?|fees?|fined?|salary|wages?|budget|"
    r"funds?|funding|grants?|granted|spent|spend|sold|bought|purchased?|prize|compensation|"
    r"donat\w*|income|revenues?|profits?|loans?|debts?|bribe|ransom|sterling|earn\w*|raised|"
    r"invest\w*|taxe?s?|rent|subsid\w*|annuity|pension|bounty|reward)\b|£"
)


@lru_cache(maxsize=64)
def money_context(sentence: str) -> bool:
    """Does ``sentence`` speak of money (``paid``, ``worth``, ``£``)? Cached: a sentence
    listing many ``pounds`` is searched once, not once per number."""
    return MONEY_CONTEXT_RE.search(sentence) is not None


def prefix_currency(code_group: dict[str, str | None]) -> str:
    """ISO code for a matched currency prefix (``¥`` stays ``¥`` for the caller to resolve)."""
    if code_group.get("dpre"):
        return _DOLLAR_PREFIXES.get(str(code_group["dpre"]), "USD")
    if code_group.get("dglued"):
        return _DOLLAR_PREFIXES.get(str(code_group["dglued"]), "USD")
    if code_group.get("dpost"):
        return _DOLLAR_PREFIXES.get(str(code_group["dpost"]), "USD")
    sym = code_group.get("sym") or code_group.get("code")
    if sym:
        if sym in ISO_CODES:
            return sym
        return _SYMBOLS.get(sym, _SYMBOLS.get(sym.rstrip("."), "USD"))
    return "USD"


def suffix_currency(match: re.Match[str], sentence: str) -> str | None:
    """ISO code for a matched currency word after a number; ``None`` for weight pounds."""
    if match.group("code"):
        return "CNY" if match.group("code") == "RMB" else match.group("code")
    money = match.group("money").lower()
    nation = (match.group("nation") or "").lower()
    if money.startswith("dollar"):
        return _DOLLAR_NATIONS.get(nation, "USD")
    if money in ("pound", "pounds"):
        if nation in ("", "british") and money_context(sentence):
            return "GBP"
        return None
    if money in ("pesos", "rupees") and nation in _DOLLAR_NATIONS:
        return _DOLLAR_NATIONS[nation]
    return _CURRENCY_WORDS.get(money)


_CHINA_RE = re.compile(r"\b(?:China|Chinese|yuan|renminbi|RMB|Beijing|Shanghai|PRC)\b")
_JAPAN_RE = re.compile(r"\b(?:Japan|Japanese|yen|Tokyo)\b")
PHILIPPINES_RE = re.compile(r"\b(?:Philippines?|Filipinos?|pesos?)\b")


def document_yen(text: str) -> str:
    """What ``¥`` means in an article that does not say: CNY when it speaks more of China
    than of Japan, else JPY."""
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
