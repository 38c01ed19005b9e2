"""Splitting an amount over organisations in whole euros that add up exactly.

Largest remainder (Hamilton): every share gets the whole euros of its exact part; the euros
left over go one each to the largest remainders. Ties are broken by the larger weight, then by
the key's order, so the same input always gives the same split.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

from zorgdesk.store import StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP


def split_by_weights(total_euros: int, weights: Mapping[str, int | Fraction]) -> dict[str, int]:
    """`total_euros` over the keys of `weights` in proportion to them, in whole euros."""
    if total_euros < 0:
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "Het bedrag om te verdelen kan niet negatief zijn."))
    if not weights:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Kies de organisaties waarover het bedrag verdeeld wordt."))
    if any(w < 0 for w in weights.values()):
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Een aandeel kan niet negatief zijn."))
    whole = sum(Fraction(w) for w in weights.values())
    if whole == 0:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "De gekozen organisaties hebben samen geen inwoners of aandelen; vul "
            "die in of verdeel gelijk."))
    exact = {key: Fraction(total_euros) * Fraction(w) / whole for key, w in weights.items()}
    shares = {key: int(part) for key, part in exact.items()}  # floor: parts are >= 0
    left = total_euros - sum(shares.values())
    order = sorted(weights, key=lambda k: (-(exact[k] - shares[k]), -Fraction(weights[k]),
                                           list(weights).index(k)))
    for key in order[:left]:
        shares[key] += 1
    return shares


def split_equally(total_euros: int, keys: list[str]) -> dict[str, int]:
    return split_by_weights(total_euros, dict.fromkeys(keys, 1))


def split_by_population(total_euros: int, populations: Mapping[str, int | None],
                        names: Mapping[str, str] | None = None) -> dict[str, int]:
    """By inhabitants; an organisation without a population is named in the message."""
    missing = [key for key, population in populations.items() if not population]
    if missing:
        label = ", ".join((names or {}).get(key, key) for key in missing)
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Geen inwonertal bekend voor: {label}. Vul het in bij de organisatie, "
            "of verdeel gelijk of naar vaste aandelen."), label=label)
    return split_by_weights(total_euros, {k: int(v or 0) for k, v in populations.items()})
