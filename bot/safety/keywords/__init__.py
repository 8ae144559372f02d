"""The safety net's keyword lists, one module per language; `bot.safety` matches them."""

# fmt: off
# Parcel services, named in any language ("DHL ما عم يرد", "DHL cevap vermiyor").
PARCEL_SERVICES = ("dhl", "hermes", "dpd", "gls", "ups", "amazon")
# fmt: on
