"""The safety net's keyword lists, one module per language; `bot.safety` matches them."""

from collections.abc import Iterable, Iterator

# fmt: off
# Parcel services, named in any language ("DHL ما عم يرد", "DHL cevap vermiyor").
PARCEL_SERVICES = ("dhl", "hermes", "dpd", "gls", "ups", "amazon")
# fmt: on


def near(firsts: Iterable[str], lasts: Iterable[str], mids: Iterable[str] = ()) -> Iterator[str]:
    """Idioms from a harmless reason to the alarming phrase it explains: up to four words
    between ("…"), or up to nine with one of `mids` in the middle ("ich ziehe nach Hamburg und
    wollte mich nur verabschieden")."""
    lasts, mids = tuple(lasts), tuple(mids)
    for first in firsts:
        for last in lasts:
            yield f"{first} … {last}"
            yield from (f"{first} … {mid} … {last}" for mid in mids)
