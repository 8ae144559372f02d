"""Generate the Kreis Gütersloh sample directory: data/directory/kreis-guetersloh.json.

The directory is SAMPLE DATA for development and demonstrations. Real organisations and
programmes are named, but addresses, hours, phone numbers and e-mail addresses are illustrative
and must be replaced by the district's verified records. Generating the file instead of
hand-editing some 125 JSON records keeps postcodes, area codes, coordinates, ids and schedules
consistent. The JSON output is what the bot loads; this script is only how it was made.

Run: .venv/bin/python scripts/make_sample_data.py
"""

from __future__ import annotations

import json
import logging
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

OUTPUT = Path(__file__).resolve().parents[1] / "data" / "directory" / "kreis-guetersloh.json"
TZ = "Europe/Berlin"
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR"]
ALL_DAYS = [*WEEKDAYS, "SA", "SU"]
TRANSLATION_LANGS = ["en", "ar", "tr", "uk", "ru", "fa", "ro", "bg", "pl"]
LAST_CHECKED_DATES = ["2026-09-14", "2026-10-01", "2026-10-15", "2026-10-28", "2026-11-09"]

NOTICE = (
    "BEISPIELDATEN (SAMPLE DATA) – nicht für den echten Betrieb. Dieser Datensatz zeigt, wie das "
    "Verzeichnis für den Kreis Gütersloh aussehen kann, und muss vom Kreis durch geprüfte "
    "Einträge ersetzt werden. Echte Organisationen und Programme werden genannt (z. B. "
    "Kommunales Integrationszentrum, Jobcenter, Agentur für Arbeit, Wegweiser, Multikulturelles "
    "Forum, MY TURN. MY CAREER.), aber Adressen, Zeiten, Personen, Telefonnummern und "
    "E-Mail-Adressen sind beispielhaft und ungeprüft. Telefonnummern, bei denen nach der "
    "Vorwahl eine 0 folgt, sind absichtlich nicht vergeben; E-Mail-Adressen enden auf "
    "example.org. Namen von Kitas, Vereinen und Migrantenselbstorganisationen sind erfunden. "
    "Echt sind die bundesweiten Not- und Hilfenummern (110, 112, 116 016, 116 111, 116 117, "
    "TelefonSeelsorge, Schwangere in Not). Zum Hintergrund: In NRW gab es 2019 rund 4.122 "
    "Migrantenselbstorganisationen, in Deutschland 2016 rund 17.414. — SAMPLE DATA – not for "
    "production use. This data set shows what the Kreis Gütersloh directory can look like and "
    "must be replaced by the district's verified records. Real organisations and programmes are "
    "named, but addresses, hours, people, phone numbers and e-mail addresses are illustrative "
    "and unverified. Phone numbers with a 0 right after the area code are deliberately "
    "unassigned; e-mail addresses use example.org. Names of day-care centres, clubs and migrant "
    "self-organisations are invented. The nationwide emergency and help lines are real."
)


@dataclass(frozen=True)
class Town:
    """One of the 13 municipalities, with the facts every local record must agree with."""

    name: str
    postal_code: str
    area_code: str
    latitude: float
    longitude: float


GUETERSLOH = Town("Gütersloh", "33330", "5241", 51.9066, 8.3786)
VERL = Town("Verl", "33415", "5246", 51.8836, 8.5147)
RHEDA = Town("Rheda-Wiedenbrück", "33378", "5242", 51.8417, 8.3003)
HALLE = Town("Halle (Westf.)", "33790", "5201", 52.0597, 8.3600)
HARSEWINKEL = Town("Harsewinkel", "33428", "5247", 51.9622, 8.2289)
HERZEBROCK = Town("Herzebrock-Clarholz", "33442", "5245", 51.8825, 8.2323)
LANGENBERG = Town("Langenberg", "33449", "5248", 51.7725, 8.3183)
RIETBERG = Town("Rietberg", "33397", "5244", 51.8000, 8.4286)
SHS = Town("Schloß Holte-Stukenbrock", "33758", "5207", 51.8833, 8.6167)
STEINHAGEN = Town("Steinhagen", "33803", "5204", 52.0050, 8.4133)
VERSMOLD = Town("Versmold", "33775", "5423", 52.0411, 8.1528)
WERTHER = Town("Werther (Westf.)", "33824", "5203", 52.0731, 8.4167)
BORGHOLZHAUSEN = Town("Borgholzhausen", "33829", "5425", 52.1000, 8.3000)

# Towns whose day care is organised by the district youth office (Kreisjugendamt).
KREISJUGENDAMT_TOWNS = [
    BORGHOLZHAUSEN,
    HALLE,
    HARSEWINKEL,
    HERZEBROCK,
    LANGENBERG,
    STEINHAGEN,
    VERSMOLD,
    WERTHER,
]


# --------------------------------------------------------------------------------------------
# Small builders
# --------------------------------------------------------------------------------------------


def parse_texts(block: str) -> dict[str, dict[str, str]]:
    """Parse `lang.field: text` lines; indented lines continue the entry above.

    Texts are written this way so that long multilingual sentences stay readable in the source
    while every source line stays within the line-length limit.
    """
    entries: dict[str, dict[str, str]] = {}
    current: tuple[str, str] | None = None
    for line in textwrap.dedent(block).splitlines():
        if not line.strip():
            continue
        if line[0].isspace():
            if current is None:
                raise ValueError(f"continuation line without an entry: {line!r}")
            lang, field = current
            entries[lang][field] += " " + line.strip()
            continue
        key, colon, value = line.partition(":")
        lang, dot, field = key.partition(".")
        if not colon or not dot:
            raise ValueError(f"expected 'lang.field: text', got {line!r}")
        entries.setdefault(lang, {})[field] = value.strip()
        current = (lang, field)
    return entries


class SamplePhones:
    """Hands out fictional office numbers of the form `+49 5241 0907-0`.

    German numbering never gives a subscriber number that starts with 0, so these numbers
    cannot reach a real person or company by mistake.
    """

    def __init__(self) -> None:
        self._issued: dict[str, int] = {}

    def reset(self) -> None:
        """Start numbering afresh, so that every build yields the same numbers."""
        self._issued.clear()

    def office(self, area_code: str, extension: str = "0") -> str:
        count = self._issued.get(area_code, 0) + 1
        self._issued[area_code] = count
        return f"+49 {area_code} 09{count:02d}-{extension}"


PHONES = SamplePhones()


def org(
    oid: str,
    name: str,
    *,
    website: str | None = None,
    email: str | None = None,
    is_mso: bool = False,
) -> dict[str, Any]:
    record: dict[str, Any] = {"id": oid, "name": name}
    if website:
        record["website"] = website
    if email:
        record["email"] = email
    record["is_mso"] = is_mso
    return record


def at(
    town: Town,
    address: str,
    *,
    name: str | None = None,
    dlat: float = 0.0,
    dlon: float = 0.0,
    postal_code: str | None = None,
    district: str | None = None,
    step_free: bool = True,
) -> dict[str, Any]:
    """A location inside one of the 13 towns, a few hundred metres from its centre."""
    location: dict[str, Any] = {}
    if name:
        location["name"] = name
    location["address"] = address
    location["postal_code"] = postal_code or town.postal_code
    location["town"] = town.name
    if district:
        location["district"] = district
    location["latitude"] = round(town.latitude + dlat, 5)
    location["longitude"] = round(town.longitude + dlon, 5)
    if step_free:
        location["accessibility"] = ["wheelchair"]
    return location


def tel(number: str, cid: str = "tel", label: str = "Telefon") -> dict[str, str]:
    return {"id": cid, "type": "phone", "value": number, "label": label}


def office_phone(town: Town, cid: str = "tel", label: str = "Telefon") -> dict[str, str]:
    return tel(PHONES.office(town.area_code), cid, label)


def mail(local: str, cid: str = "mail") -> dict[str, str]:
    return {"id": cid, "type": "email", "value": f"{local}@example.org", "label": "E-Mail"}


def link(url: str, cid: str = "web", label: str = "Website") -> dict[str, str]:
    return {"id": cid, "type": "web", "value": url, "label": label}


def chat(url: str, cid: str = "chat", label: str = "Chat") -> dict[str, str]:
    return {"id": cid, "type": "chat", "value": url, "label": label}


def sample_url(path: str) -> str:
    return f"https://example.org/{path}"


def booking(slug: str) -> str:
    return sample_url(f"termine/{slug}")


def slot(
    days: list[str] | str, opens: str, closes: str, booking_url: str | None = None
) -> dict[str, Any]:
    """One weekly opening slot; with a booking URL it is appointment-only (no walk-in)."""
    day_list = days.split(",") if isinstance(days, str) else list(days)
    entry: dict[str, Any] = {"days": day_list, "opens": opens, "closes": closes}
    if booking_url:
        entry["appointment_only"] = True
        entry["booking_url"] = booking_url
    return entry


def hours(
    *slots: dict[str, Any],
    contact: str | None = None,
    closures: tuple[dict[str, str], ...] = (),
    holidays: str = "closed",
    holiday_hours: tuple[dict[str, str], ...] = (),
    valid_from: str = "2026-01-01",
    valid_to: str | None = None,
) -> dict[str, Any]:
    return {
        "contact": contact,
        "timezone": TZ,
        "valid_from": valid_from,
        "valid_to": valid_to,
        "weekly": list(slots),
        "closures": list(closures),
        "holidays": holidays,
        "holiday_hours": list(holiday_hours),
    }


def around_the_clock(contact: str | None = None) -> dict[str, Any]:
    """Schedule of a line that is staffed 24/7, public holidays included."""
    return hours(slot(ALL_DAYS, "00:00", "24:00"), contact=contact, holidays="open")


def closure(start: str, end: str, reason: str) -> dict[str, str]:
    return {"from": start, "to": end, "reason": reason}


XMAS = closure("2026-12-24", "2027-01-01", "Weihnachten und Jahreswechsel")
KITA_WINTER = closure("2026-12-23", "2027-01-01", "Betriebsferien zwischen den Jahren")
KITA_SUMMER = closure("2027-07-19", "2027-08-06", "Sommerschließung der Kita")
COURSE_BREAK = closure("2027-07-19", "2027-08-27", "Sommerpause der Kurse")
BRIDGE_DAY = closure("2027-05-07", "2027-05-07", "Brückentag nach Christi Himmelfahrt")
TEAM_DAY = closure("2027-03-17", "2027-03-17", "Teamfortbildung")


def sample_source(detail: str, url: str | None = None) -> dict[str, Any]:
    source: dict[str, Any] = {"name": f"Beispieldaten (SAMPLE) – {detail}", "sample": True}
    if url:
        source["url"] = url
    return source


FIELD_ORDER = (
    "id",
    "organization",
    "name",
    "description",
    "application_process",
    "translations",
    "categories",
    "keywords",
    "status",
    "minimum_age",
    "maximum_age",
    "target_groups",
    "languages",
    "cost",
    "required_documents",
    "location",
    "online",
    "service_area",
    "contacts",
    "schedules",
    "mso",
    "source",
    "last_checked",
)


def service(
    sid: str, organization: dict[str, Any], text: str, categories: list[str], **fields: Any
) -> dict[str, Any]:
    """Assemble one service record in the field order of docs/directory-format.md."""
    unknown = set(fields) - set(FIELD_ORDER)
    if unknown:
        raise ValueError(f"{sid}: unknown fields {sorted(unknown)}")
    translations = parse_texts(text)
    german = translations.pop("de")
    record: dict[str, Any] = {
        "id": sid,
        "organization": organization,
        **german,
        "translations": translations,
        "categories": categories,
        "status": "active",
        "online": False,
        **fields,
    }
    return {key: record[key] for key in FIELD_ORDER if key in record}


FREE = {"free": True, "description": "Kostenlos."}
FREE_CONFIDENTIAL = {"free": True, "description": "Kostenlos und vertraulich."}
KITA_COST = {
    "free": False,
    "description": "Elternbeitrag nach Einkommen; die letzten beiden Kita-Jahre vor der "
    "Einschulung sind in NRW beitragsfrei.",
}
KITA_DOCUMENTS = ["Geburtsurkunde des Kindes", "Nachweis über den Masernschutz (Impfpass)"]


# --------------------------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------------------------

KREIS_URL = "https://www.kreis-guetersloh.de"
KI_URL = "https://www.kreis-guetersloh.de/themen/kommunales-integrationszentrum/"

ORG_KREIS = org("org-kreis-guetersloh", "Kreis Gütersloh", website=KREIS_URL)
ORG_KI = org(
    "org-ki-kreis-gt",
    "Kommunales Integrationszentrum Kreis Gütersloh",
    website=KI_URL,
    email="integration@example.org",
)
ORG_KREISJUGENDAMT = org("org-kreis-gt-jugendamt", "Kreis Gütersloh – Jugendamt", website=KREIS_URL)
ORG_AUSLAENDERBEHOERDE = org(
    "org-kreis-gt-auslaenderbehoerde", "Kreis Gütersloh – Ausländerbehörde", website=KREIS_URL
)
ORG_JOBCENTER = org("org-jobcenter-kreis-gt", "Jobcenter Kreis Gütersloh", website=KREIS_URL)
ORG_AGENTUR = org(
    "org-agentur-fuer-arbeit-bielefeld",
    "Agentur für Arbeit Bielefeld",
    website="https://www.arbeitsagentur.de",
)
ORG_STADT_GT = org("org-stadt-guetersloh", "Stadt Gütersloh", website="https://www.guetersloh.de")
ORG_STADT_RW = org(
    "org-stadt-rheda-wiedenbrueck",
    "Stadt Rheda-Wiedenbrück",
    website="https://www.rheda-wiedenbrueck.de",
)
ORG_STADT_VERL = org("org-stadt-verl", "Stadt Verl", website="https://www.verl.de")
ORG_STADT_RIETBERG = org("org-stadt-rietberg", "Stadt Rietberg", website="https://www.rietberg.de")
ORG_STADT_SHS = org("org-stadt-schloss-holte-stukenbrock", "Stadt Schloß Holte-Stukenbrock")
ORG_STADT_HALLE = org("org-stadt-halle-westf", "Stadt Halle (Westf.)")
ORG_STADT_HARSEWINKEL = org("org-stadt-harsewinkel", "Stadt Harsewinkel")
ORG_GEMEINDE_HC = org("org-gemeinde-herzebrock-clarholz", "Gemeinde Herzebrock-Clarholz")
ORG_GEMEINDE_LANGENBERG = org("org-gemeinde-langenberg", "Gemeinde Langenberg")
ORG_GEMEINDE_STEINHAGEN = org("org-gemeinde-steinhagen", "Gemeinde Steinhagen")
ORG_STADT_VERSMOLD = org("org-stadt-versmold", "Stadt Versmold")
ORG_STADT_WERTHER = org("org-stadt-werther", "Stadt Werther (Westf.)")
ORG_STADT_BORGHOLZHAUSEN = org("org-stadt-borgholzhausen", "Stadt Borgholzhausen")
ORG_CARITAS = org("org-caritas-kreis-gt", "Caritasverband für den Kreis Gütersloh e.V.")
ORG_DIAKONIE = org("org-diakonie-guetersloh", "Diakonie Gütersloh e.V.")
ORG_AWO = org("org-awo-kreis-gt", "AWO (Arbeiterwohlfahrt) im Kreis Gütersloh")
ORG_DRK = org("org-drk-kreis-gt", "DRK-Kreisverband Gütersloh e.V.")
ORG_KATH_KITA = org("org-kath-kita-traeger", "Katholischer Kita-Träger (Beispiel)")
ORG_EV_KITA = org("org-ev-kita-traeger", "Evangelischer Kita-Träger (Beispiel)")
ORG_ELTERNINITIATIVE = org(
    "org-elterninitiative-kleine-strolche",
    "Elterninitiative Kleine Strolche e.V. (Beispiel)",
    website=sample_url("kleine-strolche"),
)
ORG_VHS_GT = org("org-vhs-guetersloh", "VHS Gütersloh")
ORG_VHS_RE = org("org-vhs-reckenberg-ems", "VHS Reckenberg-Ems")
ORG_VHS_RAVENSBERG = org("org-vhs-ravensberg", "VHS Ravensberg")
ORG_VHS_VHS = org(
    "org-vhs-verl-harsewinkel-shs", "VHS Verl – Harsewinkel – Schloß Holte-Stukenbrock"
)
ORG_SPRACHINSTITUT = org(
    "org-sprachinstitut-dialog",
    "Sprachinstitut Dialog Gütersloh (Beispielträger)",
    website=sample_url("sprachinstitut-dialog"),
)
ORG_LERNWERK = org(
    "org-lernwerk-owl", "Lernwerk OWL gGmbH (Beispielträger)", website=sample_url("lernwerk-owl")
)
ORG_PROBERUF = org(
    "org-proberuf-guetersloh",
    "ProBeruf Gütersloh (Beispielträger)",
    website=sample_url("proberuf"),
)
ORG_IQ = org(
    "org-iq-netzwerk-nrw",
    "IQ Netzwerk NRW – Anerkennungsberatung",
    website="https://www.iq-netzwerk-nrw.de",
)
ORG_FAIRE_INTEGRATION = org(
    "org-faire-integration",
    "Faire Integration – Beratungsstelle OWL",
    website="https://www.faire-integration.de",
)
ORG_ARBEIT_UND_LEBEN = org("org-arbeit-und-leben", "Arbeit und Leben (Beratung EU-Beschäftigte)")
ORG_WEGWEISER = org(
    "org-wegweiser-nrw",
    "Wegweiser – Präventionsprogramm des Landes NRW",
    website="https://www.wegweiser.nrw.de",
)
ORG_BAMF = org(
    "org-bamf", "Bundesamt für Migration und Flüchtlinge (BAMF)", website="https://www.bamf.de"
)
ORG_MULTIKULTI = org(
    "org-multikulturelles-forum",
    "Multikulturelles Forum e.V.",
    website="https://www.multikulti-forum.de",
    is_mso=True,
)
ORG_POLIZEI = org("org-polizei-nrw", "Polizei Nordrhein-Westfalen", website="https://polizei.nrw")
ORG_LEITSTELLE = org(
    "org-leitstelle-kreis-gt",
    "Feuerwehr und Rettungsdienst – Leitstelle Kreis Gütersloh",
    website=KREIS_URL,
)
ORG_HILFETELEFON = org(
    "org-hilfetelefon-gewalt-gegen-frauen",
    "Hilfetelefon Gewalt gegen Frauen",
    website="https://www.hilfetelefon.de",
)
ORG_TELEFONSEELSORGE = org(
    "org-telefonseelsorge",
    "TelefonSeelsorge Deutschland",
    website="https://www.telefonseelsorge.de",
)
ORG_SCHWANGERE = org(
    "org-hilfetelefon-schwangere",
    "Hilfetelefon Schwangere in Not",
    website="https://www.geburt-vertraulich.de",
)
ORG_NGK = org(
    "org-nummer-gegen-kummer",
    "Nummer gegen Kummer e.V.",
    website="https://www.nummergegenkummer.de",
)
ORG_KV = org(
    "org-aerztlicher-bereitschaftsdienst",
    "Ärztlicher Bereitschaftsdienst 116 117",
    website="https://www.116117.de",
)
ORG_FRAUENHAUS = org("org-frauenhaus-guetersloh", "Frauenhaus Gütersloh (Beispieleintrag)")
ORG_PSZ = org("org-psz-guetersloh", "Psychosoziales Zentrum für Geflüchtete (Beispieleintrag)")


# --------------------------------------------------------------------------------------------
# Builders for kinds of services that occur in many towns
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class YouthOffice:
    """The Jugendamt that runs Kita registration for a town, in German and English."""

    organization: dict[str, Any]
    genitive_de: str  # "des Jugendamts der Stadt Verl"
    name_en: str  # "youth office (Jugendamt) of the town of Verl"


JA_KREIS = YouthOffice(
    ORG_KREISJUGENDAMT,
    "des Kreisjugendamts Gütersloh",
    "district youth office (Kreisjugendamt) Gütersloh",
)
JA_GT = YouthOffice(
    ORG_STADT_GT,
    "des Jugendamts der Stadt Gütersloh",
    "youth office (Jugendamt) of the city of Gütersloh",
)
JA_RW = YouthOffice(
    ORG_STADT_RW,
    "des Jugendamts der Stadt Rheda-Wiedenbrück",
    "youth office (Jugendamt) of the town of Rheda-Wiedenbrück",
)
JA_VERL = YouthOffice(
    ORG_STADT_VERL, "des Jugendamts der Stadt Verl", "youth office (Jugendamt) of the town of Verl"
)
JA_RIETBERG = YouthOffice(
    ORG_STADT_RIETBERG,
    "des Jugendamts der Stadt Rietberg",
    "youth office (Jugendamt) of the town of Rietberg",
)
JA_SHS = YouthOffice(
    ORG_STADT_SHS,
    "des Jugendamts der Stadt Schloß Holte-Stukenbrock",
    "youth office (Jugendamt) of the town of Schloß Holte-Stukenbrock",
)


@dataclass(frozen=True)
class KitaKind:
    """Kind of carrier, as it reads at the start of a description."""

    de: str  # "Städtische Kita"
    en: str  # "Municipal day-care centre (Kita)"


MUNICIPAL = KitaKind("Städtische Kita", "Municipal day-care centre (Kita)")
CATHOLIC = KitaKind("Katholische Kita", "Catholic day-care centre (Kita)")
PROTESTANT = KitaKind("Evangelische Kita", "Protestant day-care centre (Kita)")
AWO_KITA = KitaKind("Kita der AWO", "Day-care centre (Kita) run by the AWO welfare association")
DRK_KITA = KitaKind("Kita des DRK", "Day-care centre (Kita) run by the German Red Cross (DRK)")
PARENTS_KITA = KitaKind("Krippe einer Elterninitiative", "Parent-run crèche")


def kita(
    sid: str,
    organization: dict[str, Any],
    *,
    name: str,
    kind: KitaKind,
    youth_office: YouthOffice,
    location: dict[str, Any],
    phone: dict[str, str],
    languages: list[str],
    extra_de: str,
    extra_en: str,
    ages: tuple[int, int] = (1, 6),
    u3: bool = True,
    opens: str = "07:00",
    closes: str = "16:30",
    friday_closes: str = "15:00",
    visit_day: str | None = None,
    family_centre: bool = False,
) -> dict[str, Any]:
    """A day-care centre (Kita); registration always runs through the Kita-Navigator."""
    low, high = ages
    u3_de = ", mit einer U3-Gruppe für die Jüngsten" if u3 and high > 3 else ""
    u3_en = ", with an under-3 group (U3) for the youngest" if u3 and high > 3 else ""
    text = f"""
    de.name: {name}
    de.description: {kind.de} für Kinder von {low} bis {high} Jahren{u3_de}. {extra_de}
    de.application_process: Platz im Kita-Navigator {youth_office.genitive_de} vormerken; die
      Kita-Leitung meldet sich für ein Kennenlerngespräch. Für die Aufnahme: Geburtsurkunde und
      Nachweis über den Masernschutz.
    en.name: {name}
    en.description: {kind.en} for children aged {low} to {high}{u3_en}. {extra_en}
    en.application_process: Register your child in the Kita-Navigator of the
      {youth_office.name_en}; the Kita will contact you for a first meeting. For admission you
      need the birth certificate and proof of measles protection.
    """
    weekly = [slot("MO,TU,WE,TH", opens, closes), slot("FR", opens, friday_closes)]
    if visit_day:
        day_closes = friday_closes if visit_day == "FR" else closes
        weekly.append(slot(visit_day, day_closes, "18:00", booking_url=booking(sid)))
    keywords = [
        "Kita",
        "Kindergarten",
        "Kindertagesstätte",
        "Kinderbetreuung",
        "daycare",
        "nursery",
    ]
    if u3 or high <= 3:
        keywords.append("U3")
    if high > 3:
        keywords.append("Ü3")
    if family_centre:
        keywords.append("Familienzentrum")
    categories = ["childcare", "community"] if family_centre else ["childcare"]
    return service(
        sid,
        organization,
        text,
        categories,
        keywords=keywords,
        minimum_age=low,
        maximum_age=high,
        target_groups=["families", "parents"],
        languages=languages,
        cost=KITA_COST,
        required_documents=KITA_DOCUMENTS,
        location=location,
        contacts=[phone, mail(sid.removeprefix("svc-"))],
        schedules=[hours(*weekly, closures=(KITA_WINTER, KITA_SUMMER))],
        source=sample_source(
            "erfundene Kita; Träger und Anmeldeweg über den Kita-Navigator realistisch"
        ),
    )


def childminding(
    sid: str,
    town: Town,
    youth_office: YouthOffice,
    location: dict[str, Any],
    languages: list[str],
    consultation_day: str = "TU",
) -> dict[str, Any]:
    """Placement of childminders (Kindertagespflege) for children under three."""
    text = f"""
    de.name: Kindertagespflege {town.name} – Vermittlung und Beratung
    de.description: Tagesmütter und Tagesväter betreuen Kinder unter drei Jahren in kleinen
      Gruppen von bis zu fünf Kindern, oft mit flexiblen Zeiten. Die Fachberatung
      {youth_office.genitive_de} vermittelt eine passende Tagespflegeperson und erklärt die
      Kosten.
    de.application_process: Termin online oder telefonisch vereinbaren; zur Beratung gern mit
      Kind kommen. Die Anmeldung läuft wie bei der Kita über den Kita-Navigator.
    en.name: Childminding (Kindertagespflege) {town.name} – placement and advice
    en.description: Childminders (Tagesmütter and Tagesväter) look after children under three in
      small groups of up to five children, often with flexible hours. The advisers of the
      {youth_office.name_en} find a suitable childminder and explain the costs.
    en.application_process: Book an appointment online or by phone; you are welcome to bring
      your child. Registration runs through the Kita-Navigator, as for a Kita place.
    """
    return service(
        sid,
        youth_office.organization,
        text,
        ["childcare"],
        keywords=[
            "Tagespflege",
            "Kindertagespflege",
            "Tagesmutter",
            "Tagesvater",
            "U3",
            "Kinderbetreuung",
            "childminder",
        ],
        minimum_age=0,
        maximum_age=3,
        target_groups=["families", "parents"],
        languages=languages,
        cost={
            "free": False,
            "description": "Elternbeitrag nach Einkommen wie in der Kita; Beratung kostenlos.",
        },
        location=location,
        contacts=[office_phone(town), mail(sid.removeprefix("svc-"))],
        schedules=[
            hours(
                slot(consultation_day, "09:00", "12:00"),
                slot("TH", "14:00", "17:00", booking_url=booking(sid)),
                closures=(XMAS,),
            )
        ],
        source=sample_source("Fachberatung Kindertagespflege; Sprechzeiten beispielhaft"),
    )


def kita_registration(
    sid: str,
    town: Town,
    youth_office: YouthOffice,
    location: dict[str, Any],
    area: list[str],
    languages: list[str],
) -> dict[str, Any]:
    """The Jugendamt's registration desk and its online Kita-Navigator."""
    office_name = youth_office.organization["name"]
    text = f"""
    de.name: Kita-Anmeldung und Kita-Navigator – {office_name}
    de.description: Hier melden Eltern ihr Kind für einen Platz in einer Kita oder in der
      Kindertagespflege an. Ab dem ersten Geburtstag hat jedes Kind einen Rechtsanspruch auf
      einen Platz. Das Team hilft bei der Online-Anmeldung, auf Wunsch mit Dolmetschenden.
    de.application_process: Online im Kita-Navigator anmelden; Hilfe dabei in der Sprechstunde
      oder am Telefon. Am besten etwa ein Jahr vor dem gewünschten Beginn anmelden.
    en.name: Kita registration and Kita-Navigator – {youth_office.name_en}
    en.description: Parents register their child here for a place in a day-care centre (Kita) or
      with a childminder. From the first birthday every child has a legal right to a place. The
      team helps with the online registration, with interpreters if you wish.
    en.application_process: Register online in the Kita-Navigator; get help during the
      consultation hours or by phone. It is best to register about one year before the start
      you want.
    """
    slug = sid.removeprefix("svc-")
    return service(
        sid,
        youth_office.organization,
        text,
        ["childcare"],
        keywords=[
            "Kita-Navigator",
            "Kita-Anmeldung",
            "Kita",
            "Kindergarten",
            "Jugendamt",
            "Tagespflege",
            "U3",
            "Rechtsanspruch",
            "Kita-Platz",
        ],
        minimum_age=0,
        maximum_age=6,
        target_groups=["families", "parents"],
        languages=languages,
        cost=FREE,
        location=location,
        online=True,
        service_area=area,
        contacts=[
            office_phone(town),
            mail(slug),
            link(sample_url(f"kita-navigator/{slug}"), label="Kita-Navigator"),
        ],
        schedules=[
            hours(
                slot(WEEKDAYS, "08:30", "12:00"),
                slot("TU", "14:00", "16:00"),
                slot("TH", "14:00", "18:00", booking_url=booking(sid)),
                closures=(XMAS,),
            )
        ],
        source=sample_source("Anmeldeweg realistisch; Sprechzeiten und Kontakt beispielhaft"),
    )


def integration_course(
    sid: str,
    organization: dict[str, Any],
    town: Town,
    *,
    provider: str,
    location: dict[str, Any],
    variants_de: str,
    variants_en: str,
    languages: list[str],
    weekly: list[dict[str, Any]],
) -> dict[str, Any]:
    """A BAMF integration course (German up to B1 plus orientation course)."""
    label = provider if provider.endswith(town.name) else f"{provider} {town.name}"
    text = f"""
    de.name: Integrationskurs – {label}
    de.description: Integrationskurse mit Zulassung des BAMF: Deutsch bis Niveau B1 und
      Orientierungskurs (Leben in Deutschland). {variants_de}
    de.application_process: Zur Einstufung mit Berechtigungsschein oder Verpflichtung (BAMF,
      Jobcenter oder Ausländerbehörde) kommen. Ohne Schein hilft das Team beim Antrag auf
      Zulassung beim BAMF.
    en.name: Integration course – {label}
    en.description: Integration courses approved by the BAMF (Federal Office for Migration and
      Refugees): German up to level B1 and the orientation course (life in Germany).
      {variants_en}
    en.application_process: Come to the placement test with your entitlement certificate or
      obligation (from the BAMF, the Jobcenter or the Ausländerbehörde). Without a certificate
      the team helps you apply to the BAMF.
    """
    return service(
        sid,
        organization,
        text,
        ["language_course"],
        keywords=[
            "Integrationskurs",
            "Deutschkurs",
            "BAMF",
            "Orientierungskurs",
            "B1",
            "DTZ",
            "Alphabetisierung",
            "Sprachkurs",
            "German course",
        ],
        minimum_age=16,
        target_groups=["migrants", "refugees"],
        languages=languages,
        cost={
            "free": False,
            "description": "Eigenanteil pro Unterrichtsstunde; Befreiung möglich, z. B. bei "
            "Bürgergeld. Fahrtkostenzuschuss beim BAMF.",
        },
        required_documents=[
            "Berechtigungsschein oder Verpflichtung",
            "Ausweis oder Aufenthaltstitel",
        ],
        location=location,
        contacts=[office_phone(town), mail(sid.removeprefix("svc-"))],
        schedules=[hours(*weekly, closures=(XMAS, COURSE_BREAK))],
        source=sample_source(f"{provider} (real); Kurszeiten und Kontakt beispielhaft"),
    )


def cafe_schedules(
    regular: dict[str, Any],
    closures: tuple[dict[str, str], ...],
    summer_slots: list[dict[str, Any]] | None,
) -> list[dict[str, Any]]:
    if not summer_slots:
        return [hours(regular, closures=closures)]
    return [
        hours(regular, closures=closures, valid_to="2027-05-31"),
        hours(*summer_slots, valid_from="2027-06-01", valid_to="2027-08-31"),
        hours(regular, closures=closures, valid_from="2027-09-01"),
    ]


def language_cafe(
    sid: str,
    organization: dict[str, Any],
    town: Town,
    *,
    place_de: str,
    place_en: str,
    location: dict[str, Any],
    day: str,
    opens: str,
    closes: str,
    languages: list[str],
    summer_break: bool = True,
    summer_slots: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A free, drop-in conversation group run by volunteers.

    With `summer_slots` the café keeps other hours from June to August 2027, expressed as
    three schedules with consecutive validity ranges.
    """
    text = f"""
    de.name: Sprachcafé {place_de} {town.name}
    de.description: Deutsch sprechen üben in entspannter Runde bei Kaffee und Tee – ohne
      Anmeldung, kostenlos und für alle Niveaus. Ehrenamtliche helfen auch bei Briefen und
      Formularen.
    en.name: Language café {place_en} {town.name}
    en.description: Practise speaking German in a relaxed group over coffee and tea – no
      registration, free and for all levels. Volunteers also help with letters and forms.
    """
    closures = (
        (XMAS, closure("2027-07-26", "2027-08-15", "Sommerpause")) if summer_break else (XMAS,)
    )
    return service(
        sid,
        organization,
        text,
        ["language_course", "community", "event"],
        keywords=[
            "Sprachcafé",
            "Deutsch üben",
            "Begegnungscafé",
            "Konversation",
            "Ehrenamt",
            "language café",
        ],
        languages=languages,
        cost=FREE,
        location=location,
        contacts=[mail(sid.removeprefix("svc-"))],
        schedules=cafe_schedules(slot(day, opens, closes), closures, summer_slots),
        source=sample_source("erfundenes Sprachcafé, typisches Angebot"),
    )


def jobcenter(
    sid: str, town: Town, *, main_office: bool, location: dict[str, Any], languages: list[str]
) -> dict[str, Any]:
    """Jobcenter Kreis Gütersloh: head office or branch, with a separate hotline."""
    office_de = "Hauptstelle" if main_office else "Geschäftsstelle"
    office_en = "main office" if main_office else "branch office"
    text = f"""
    de.name: Jobcenter Kreis Gütersloh – {office_de} {town.name}
    de.description: Das Jobcenter zahlt Bürgergeld (Grundsicherung für Arbeitsuchende) und hilft
      bei der Suche nach Arbeit oder Ausbildung, bei Sprachkursen und Weiterbildung. Kurze
      Anliegen klärt die Eingangszone ohne Termin, Beratungsgespräche gibt es mit Termin.
    de.application_process: Bürgergeld online oder vor Ort beantragen. Mitbringen: Ausweis oder
      Aufenthaltstitel, Mietvertrag, Kontoauszüge und Einkommensnachweise.
    en.name: Jobcenter Kreis Gütersloh – {office_en} {town.name}
    en.description: The Jobcenter pays citizen's income (Bürgergeld, basic income support for
      jobseekers) and helps you find work or training, language courses and further training.
      Short questions are answered at the reception without an appointment; counselling
      interviews are by appointment.
    en.application_process: Apply for Bürgergeld online or in person. Bring your ID or residence
      permit, tenancy agreement, bank statements and proof of income.
    """
    hotline = PHONES.office(town.area_code, "100")
    return service(
        sid,
        ORG_JOBCENTER,
        text,
        ["job_support"],
        keywords=[
            "Jobcenter",
            "Bürgergeld",
            "Grundsicherung",
            "SGB II",
            "Arbeitsvermittlung",
            "Arbeit",
            "Job",
            "Ausbildung",
        ],
        minimum_age=15,
        target_groups=["jobseekers"],
        languages=languages,
        cost=FREE,
        required_documents=[
            "Ausweis oder Aufenthaltstitel",
            "Mietvertrag",
            "Kontoauszüge der letzten drei Monate",
            "Einkommensnachweise",
        ],
        location=location,
        online=True,
        service_area=[town.name] if not main_office else ["Kreis Gütersloh"],
        contacts=[tel(hotline, "hotline", "Service-Hotline"), mail(sid.removeprefix("svc-"))],
        schedules=[
            hours(
                slot("MO,TU,WE,FR", "08:00", "12:00"),
                slot("TH", "08:00", "12:00"),
                slot("TH", "14:00", "17:30"),
                slot("TU,WE", "13:30", "15:30", booking_url=booking(sid)),
                closures=(XMAS,),
            ),
            hours(
                slot("MO,TU,WE,TH", "08:00", "16:00"),
                slot("FR", "08:00", "13:00"),
                contact="hotline",
            ),
        ],
        source=sample_source(
            "Jobcenter Kreis Gütersloh (reale Stelle); Adresse, Zeiten und Nummern beispielhaft",
            KREIS_URL,
        ),
    )


MBE_TEXT = """
de.name: Migrationsberatung für Erwachsene (MBE) – {carrier} {town}
de.description: Die Migrationsberatung für Erwachsene (MBE) hilft Zugewanderten ab 27 Jahren
  in den ersten Jahren in Deutschland: Aufenthalt, Integrationskurs, Arbeit, Wohnen, Familie
  und Briefe von Behörden. Die Beratung ist kostenlos und vertraulich.
de.application_process: Termin per Telefon oder E-Mail vereinbaren; die offene Sprechstunde
  steht bei den Öffnungszeiten. Bitte Ausweis oder Aufenthaltstitel und wichtige Briefe
  mitbringen.
en.name: Migration counselling for adults (MBE) – {carrier}, {town}
en.description: The MBE (Migrationsberatung für Erwachsene) helps newcomers aged 27 and over
  during their first years in Germany: residence, integration course, work, housing, family and
  letters from authorities. Counselling is free and confidential.
en.application_process: Book an appointment by phone or e-mail; the open consultation is listed
  in the opening hours. Please bring your ID or residence permit and important letters.
ar.name: استشارة الهجرة للبالغين (MBE) – {carrier}، {town}
ar.description: تساعد استشارة الهجرة للبالغين (MBE) القادمين الجدد من عمر 27 سنة فما فوق في
  سنواتهم الأولى في ألمانيا: الإقامة، دورة الاندماج، العمل، السكن، العائلة ورسائل الدوائر
  الرسمية. الاستشارة مجانية وسرية.
ar.application_process: احجز موعدًا عبر الهاتف أو البريد الإلكتروني. وقت الاستشارة المفتوحة
  مذكور في أوقات الدوام. يرجى إحضار جواز السفر أو تصريح الإقامة والرسائل المهمة.
tr.name: Yetişkinler için Göç Danışmanlığı (MBE) – {carrier}, {town}
tr.description: Yetişkinler için Göç Danışmanlığı (MBE), 27 yaş ve üzeri yeni gelenlere
  Almanya'daki ilk yıllarında yardımcı olur: oturum, uyum kursu, iş, konut, aile ve resmi
  kurumlardan gelen mektuplar. Danışmanlık ücretsiz ve gizlidir.
tr.application_process: Telefonla veya e-posta ile randevu alın; açık danışma saati çalışma
  saatlerinde yazılıdır. Lütfen kimliğinizi veya oturum izninizi ve önemli mektupları getirin.
uk.name: Міграційна консультація для дорослих (MBE) – {carrier}, {town}
uk.description: Міграційна консультація для дорослих (MBE) допомагає новоприбулим віком від
  27 років у перші роки в Німеччині: перебування, інтеграційний курс, робота, житло, сім'я та
  листи від установ. Консультація безкоштовна й конфіденційна.
uk.application_process: Домовтеся про зустріч телефоном або електронною поштою; час відкритої
  консультації вказано в годинах роботи. Візьміть із собою посвідчення особи або дозвіл на
  проживання та важливі листи.
ru.name: Миграционная консультация для взрослых (MBE) – {carrier}, {town}
ru.description: Миграционная консультация для взрослых (MBE) помогает приезжим от 27 лет в
  первые годы в Германии: вид на жительство, интеграционный курс, работа, жильё, семья и
  письма из ведомств. Консультация бесплатная и конфиденциальная.
ru.application_process: Запишитесь на приём по телефону или электронной почте; время открытой
  консультации указано в часах работы. Возьмите с собой удостоверение личности или вид на
  жительство и важные письма.
fa.name: مشاوره مهاجرت برای بزرگسالان (MBE) – {carrier}، {town}
fa.description: مشاوره مهاجرت برای بزرگسالان (MBE) به تازه‌واردان ۲۷ سال به بالا در
  سال‌های اول زندگی در آلمان کمک می‌کند: اقامت، کورس ادغام، کار، مسکن، خانواده و نامه‌های
  ادارات. مشاوره رایگان و محرمانه است.
fa.application_process: از طریق تلفن یا ایمیل وقت بگیرید؛ ساعت مشاوره آزاد در ساعات کاری
  آمده است. لطفاً کارت شناسایی یا اجازه اقامت و نامه‌های مهم را همراه بیاورید.
ro.name: Consiliere pentru migranți adulți (MBE) – {carrier}, {town}
ro.description: Consilierea pentru migranți adulți (MBE) îi ajută pe nou-veniții de la 27 de
  ani în sus în primii ani în Germania: ședere, curs de integrare, muncă, locuință, familie și
  scrisori de la autorități. Consilierea este gratuită și confidențială.
ro.application_process: Faceți o programare prin telefon sau e-mail; consultația fără
  programare apare la orele de deschidere. Vă rugăm să aduceți actul de identitate sau permisul
  de ședere și scrisorile importante.
bg.name: Миграционно консултиране за възрастни (MBE) – {carrier}, {town}
bg.description: Миграционното консултиране за възрастни (MBE) помага на новодошлите на 27 и
  повече години през първите им години в Германия: пребиваване, интеграционен курс, работа,
  жилище, семейство и писма от институции. Консултацията е безплатна и поверителна.
bg.application_process: Запазете час по телефона или по имейл; часовете за открита консултация
  са в работното време. Моля, носете лична карта или разрешение за пребиваване и важните писма.
pl.name: Doradztwo migracyjne dla dorosłych (MBE) – {carrier}, {town}
pl.description: Doradztwo migracyjne dla dorosłych (MBE) pomaga nowo przybyłym w wieku od 27
  lat w pierwszych latach w Niemczech: pobyt, kurs integracyjny, praca, mieszkanie, rodzina i
  listy z urzędów. Porady są bezpłatne i poufne.
pl.application_process: Umów się telefonicznie lub e-mailem; godziny otwartych konsultacji są
  podane w godzinach otwarcia. Zabierz dowód tożsamości lub dokument pobytowy oraz ważne listy.
"""

JMD_TEXT = """
de.name: Jugendmigrationsdienst (JMD) {town} – {carrier}
de.description: Der Jugendmigrationsdienst (JMD) begleitet junge Zugewanderte von 12 bis 27
  Jahren: Schule, Ausbildung, Deutschkurs, Beruf und persönliche Fragen. Die Beratung ist
  kostenlos und vertraulich; Eltern sind willkommen.
de.application_process: Einfach in der offenen Sprechstunde vorbeikommen oder einen Termin per
  Telefon, E-Mail oder WhatsApp vereinbaren.
en.name: Youth migration service (JMD) {town} – {carrier}
en.description: The Jugendmigrationsdienst (JMD, youth migration service) supports young
  newcomers aged 12 to 27: school, vocational training, German course, work and personal
  questions. Counselling is free and confidential; parents are welcome.
en.application_process: Just drop in during the open consultation or book an appointment by
  phone, e-mail or WhatsApp.
ar.name: خدمة هجرة الشباب (JMD) {town} – {carrier}
ar.description: ترافق خدمة هجرة الشباب (Jugendmigrationsdienst – JMD) الشباب القادمين الجدد من
  عمر 12 إلى 27 سنة: المدرسة، التدريب المهني، دورة اللغة الألمانية، العمل والأسئلة الشخصية.
  الاستشارة مجانية وسرية، والأهل مرحَّب بهم.
ar.application_process: تعال ببساطة في وقت الاستشارة المفتوحة أو احجز موعدًا عبر الهاتف أو
  البريد الإلكتروني أو واتساب.
tr.name: Gençlik Göç Servisi (JMD) {town} – {carrier}
tr.description: Gençlik Göç Servisi (Jugendmigrationsdienst – JMD), 12–27 yaş arasındaki genç
  göçmenlere eşlik eder: okul, meslek eğitimi, Almanca kursu, iş ve kişisel sorular.
  Danışmanlık ücretsiz ve gizlidir; ebeveynler de gelebilir.
tr.application_process: Açık danışma saatinde uğrayın ya da telefon, e-posta veya WhatsApp ile
  randevu alın.
uk.name: Молодіжна міграційна служба (JMD) {town} – {carrier}
uk.description: Молодіжна міграційна служба (Jugendmigrationsdienst – JMD) супроводжує молодих
  переселенців віком від 12 до 27 років: школа, професійне навчання, курс німецької, робота й
  особисті питання. Консультація безкоштовна й конфіденційна; батьки теж можуть прийти.
uk.application_process: Просто приходьте під час відкритої консультації або домовтеся про
  зустріч телефоном, електронною поштою чи через WhatsApp.
ru.name: Молодёжная миграционная служба (JMD) {town} – {carrier}
ru.description: Молодёжная миграционная служба (Jugendmigrationsdienst – JMD) сопровождает
  молодых приезжих от 12 до 27 лет: школа, профессиональное обучение, курс немецкого, работа и
  личные вопросы. Консультация бесплатная и конфиденциальная; родители тоже могут прийти.
ru.application_process: Просто приходите в часы открытой консультации или запишитесь по
  телефону, электронной почте или через WhatsApp.
fa.name: خدمات مهاجرت جوانان (JMD) {town} – {carrier}
fa.description: خدمات مهاجرت جوانان (Jugendmigrationsdienst – JMD) جوانان تازه‌وارد ۱۲ تا ۲۷
  ساله را همراهی می‌کند: مکتب، آموزش حرفه‌ای، کورس زبان آلمانی، کار و سؤال‌های شخصی. مشاوره
  رایگان و محرمانه است؛ پدر و مادرها هم می‌توانند بیایند.
fa.application_process: در ساعت مشاوره آزاد بیایید یا از طریق تلفن، ایمیل یا واتس‌اپ وقت
  بگیرید.
ro.name: Serviciul de migrație pentru tineri (JMD) {town} – {carrier}
ro.description: Serviciul de migrație pentru tineri (Jugendmigrationsdienst – JMD) îi însoțește
  pe tinerii nou-veniți între 12 și 27 de ani: școală, formare profesională, curs de germană,
  muncă și întrebări personale. Consilierea este gratuită și confidențială; părinții sunt
  bineveniți.
ro.application_process: Veniți pur și simplu la consultația deschisă sau faceți o programare
  prin telefon, e-mail sau WhatsApp.
bg.name: Младежка миграционна служба (JMD) {town} – {carrier}
bg.description: Младежката миграционна служба (Jugendmigrationsdienst – JMD) подкрепя млади
  новодошли на възраст от 12 до 27 години: училище, професионално обучение, курс по немски,
  работа и лични въпроси. Консултацията е безплатна и поверителна; родителите също са добре
  дошли.
bg.application_process: Просто елате в часовете за открита консултация или запазете час по
  телефона, по имейл или в WhatsApp.
pl.name: Młodzieżowa służba migracyjna (JMD) {town} – {carrier}
pl.description: Młodzieżowa służba migracyjna (Jugendmigrationsdienst – JMD) wspiera młodych
  nowo przybyłych w wieku od 12 do 27 lat: szkoła, nauka zawodu, kurs niemieckiego, praca i
  sprawy osobiste. Porady są bezpłatne i poufne; rodzice są mile widziani.
pl.application_process: Przyjdź w godzinach otwartych konsultacji albo umów się telefonicznie,
  e-mailem lub przez WhatsApp.
"""


def mbe(
    sid: str,
    organization: dict[str, Any],
    town: Town,
    *,
    carrier: str,
    location: dict[str, Any],
    languages: list[str],
    weekly: list[dict[str, Any]],
) -> dict[str, Any]:
    """Migrationsberatung für Erwachsene: federal programme for adults aged 27 and over."""
    return service(
        sid,
        organization,
        MBE_TEXT.format(carrier=carrier, town=town.name),
        ["counselling"],
        keywords=[
            "MBE",
            "Migrationsberatung",
            "Beratung",
            "Aufenthalt",
            "Integrationskurs",
            "Ausländerbehörde",
            "Familiennachzug",
            "Anerkennung",
            "migration counselling",
        ],
        minimum_age=27,
        target_groups=["migrants", "adults"],
        languages=languages,
        cost=FREE_CONFIDENTIAL,
        location=location,
        service_area=[town.name],
        contacts=[office_phone(town), mail(sid.removeprefix("svc-"))],
        schedules=[hours(*weekly, closures=(XMAS,))],
        source=sample_source(
            f"Migrationsberatung für Erwachsene (BAMF-Programm) bei {carrier}; Beratungsstelle, "
            "Zeiten und Kontakt beispielhaft",
            "https://www.bamf.de",
        ),
    )


def jmd(
    sid: str,
    organization: dict[str, Any],
    town: Town,
    *,
    carrier: str,
    location: dict[str, Any],
    languages: list[str],
    weekly: list[dict[str, Any]],
    area: list[str],
) -> dict[str, Any]:
    """Jugendmigrationsdienst: federal programme for young people aged 12 to 27."""
    slug = sid.removeprefix("svc-")
    number = PHONES.office(town.area_code)
    return service(
        sid,
        organization,
        JMD_TEXT.format(carrier=carrier, town=town.name),
        ["counselling"],
        keywords=[
            "JMD",
            "Jugendmigrationsdienst",
            "Jugendliche",
            "Schule",
            "Ausbildung",
            "Beratung",
            "youth",
            "Berufsorientierung",
        ],
        minimum_age=12,
        maximum_age=27,
        target_groups=["youth", "migrants", "parents"],
        languages=languages,
        cost=FREE_CONFIDENTIAL,
        location=location,
        service_area=area,
        contacts=[
            tel(number),
            {"id": "wa", "type": "whatsapp", "value": number, "label": "WhatsApp"},
            mail(slug),
        ],
        schedules=[hours(*weekly, closures=(XMAS, COURSE_BREAK))],
        source=sample_source(
            f"Jugendmigrationsdienst (Bundesprogramm) bei {carrier}; Ort, Zeiten und Kontakt "
            "beispielhaft",
            "https://www.jugendmigrationsdienste.de",
        ),
    )


def refugee_counselling(
    sid: str,
    organization: dict[str, Any],
    town: Town,
    *,
    carrier: str,
    location: dict[str, Any],
    languages: list[str],
    weekly: list[dict[str, Any]],
) -> dict[str, Any]:
    """Independent asylum and refugee counselling (Flüchtlingsberatung)."""
    text = f"""
    de.name: Flüchtlingsberatung {carrier} {town.name}
    de.description: Beratung für Asylsuchende und Geflüchtete: Asylverfahren, Anhörung beim
      BAMF, Duldung, Familiennachzug, Wohnsitzauflage und Leistungen. Unabhängig, kostenlos und
      vertraulich; Dolmetschende werden organisiert.
    de.application_process: Termin telefonisch vereinbaren; die offene Sprechstunde steht bei
      den Öffnungszeiten. Alle Briefe vom BAMF und von der Ausländerbehörde mitbringen.
    en.name: Refugee counselling {carrier} {town.name}
    en.description: Advice for asylum seekers and refugees: asylum procedure, BAMF interview,
      Duldung (toleration), family reunification, residence obligation and benefits.
      Independent, free and confidential; interpreters are arranged.
    en.application_process: Book an appointment by phone; the open consultation is listed in the
      opening hours. Bring all letters from the BAMF and the Ausländerbehörde.
    """
    return service(
        sid,
        organization,
        text,
        ["counselling"],
        keywords=[
            "Flüchtlingsberatung",
            "Asyl",
            "Asylverfahren",
            "Anhörung",
            "Duldung",
            "Familiennachzug",
            "BAMF",
            "Ausländerbehörde",
            "Geflüchtete",
            "refugee",
        ],
        target_groups=["refugees", "asylum_seekers"],
        languages=languages,
        cost=FREE_CONFIDENTIAL,
        location=location,
        service_area=[town.name],
        contacts=[office_phone(town), mail(sid.removeprefix("svc-"))],
        schedules=[hours(*weekly, closures=(XMAS,))],
        source=sample_source(f"Flüchtlingsberatung bei {carrier}; Zeiten und Kontakt beispielhaft"),
    )


def social_counselling(
    sid: str,
    organization: dict[str, Any],
    town: Town,
    *,
    carrier: str,
    location: dict[str, Any],
    languages: list[str],
    weekly: list[dict[str, Any]],
) -> dict[str, Any]:
    """General social counselling open to everyone."""
    text = f"""
    de.name: Allgemeine Sozialberatung {carrier} {town.name}
    de.description: Hilfe bei Geldsorgen, Anträgen (z. B. Wohngeld, Kinderzuschlag, Bürgergeld),
      Schulden und Problemen mit Behörden. Für alle Menschen, unabhängig von Herkunft und
      Religion.
    de.application_process: Offene Sprechstunde ohne Termin oder Termin nach Vereinbarung.
    en.name: General social counselling {carrier} {town.name}
    en.description: Help with money worries, applications (e.g. housing benefit, child
      supplement, Bürgergeld), debts and problems with authorities. For everyone, regardless of
      origin or religion.
    en.application_process: Open consultation without an appointment, or an appointment by
      arrangement.
    """
    return service(
        sid,
        organization,
        text,
        ["counselling"],
        keywords=[
            "Sozialberatung",
            "Wohngeld",
            "Kinderzuschlag",
            "Bürgergeld",
            "Schulden",
            "Anträge",
            "Beratung",
        ],
        target_groups=["families", "adults"],
        languages=languages,
        cost=FREE_CONFIDENTIAL,
        location=location,
        contacts=[office_phone(town), mail(sid.removeprefix("svc-"))],
        schedules=[hours(*weekly, closures=(XMAS,))],
        source=sample_source(f"Sozialberatung bei {carrier}; Sprechtag beispielhaft"),
    )


# --------------------------------------------------------------------------------------------
# Emergency and crisis lines (real nationwide numbers; local entries are samples)
# --------------------------------------------------------------------------------------------

POLICE_TEXT = """
de.name: Polizei-Notruf 110
de.description: Bei Gefahr, Gewalt, Bedrohung oder einem Verbrechen: Rufen Sie sofort 110 an.
  Der Anruf ist kostenlos und rund um die Uhr möglich, auch ohne Guthaben.
en.name: Police emergency number 110
en.description: In danger, violence, threats or a crime: call 110 immediately. The call is free
  and possible around the clock, even without phone credit.
ar.name: رقم طوارئ الشرطة 110
ar.description: عند الخطر أو العنف أو التهديد أو الجريمة: اتصل فورًا بالرقم 110. الاتصال مجاني
  وممكن على مدار الساعة، حتى بدون رصيد.
tr.name: Polis acil hattı 110
tr.description: Tehlike, şiddet, tehdit veya suç durumunda hemen 110'u arayın. Arama
  ücretsizdir ve günün her saatinde, kontör olmadan da yapılabilir.
uk.name: Екстрений виклик поліції 110
uk.description: У разі небезпеки, насильства, погроз чи злочину негайно телефонуйте 110.
  Дзвінок безкоштовний і можливий цілодобово, навіть без коштів на рахунку.
ru.name: Экстренный вызов полиции 110
ru.description: При опасности, насилии, угрозах или преступлении сразу звоните 110. Звонок
  бесплатный и возможен круглосуточно, даже без денег на счёте.
fa.name: شماره اضطراری پلیس 110
fa.description: در صورت خطر، خشونت، تهدید یا جرم فوراً با 110 تماس بگیرید. تماس رایگان است و
  در تمام ساعات شبانه‌روز، حتی بدون اعتبار تلفن، ممکن است.
ro.name: Numărul de urgență al poliției 110
ro.description: În caz de pericol, violență, amenințări sau infracțiuni sunați imediat la 110.
  Apelul este gratuit și posibil non-stop, chiar și fără credit.
bg.name: Спешен телефон на полицията 110
bg.description: При опасност, насилие, заплахи или престъпление веднага се обадете на 110.
  Обаждането е безплатно и е възможно денонощно, дори без кредит.
pl.name: Numer alarmowy policji 110
pl.description: W razie zagrożenia, przemocy, gróźb lub przestępstwa natychmiast dzwoń pod 110.
  Połączenie jest bezpłatne i możliwe całą dobę, także bez środków na koncie.
"""

FIRE_TEXT = """
de.name: Notruf Feuerwehr und Rettungsdienst 112
de.description: Bei Feuer, einem schweren Unfall oder einem medizinischen Notfall: Rufen Sie
  112 an. Kostenlos, rund um die Uhr und in ganz Europa. Sagen Sie, wo Sie sind und was
  passiert ist.
en.name: Fire brigade and ambulance 112
en.description: For a fire, a serious accident or a medical emergency: call 112. Free, around
  the clock and all over Europe. Say where you are and what happened.
ar.name: الإطفاء والإسعاف 112
ar.description: في حالة حريق أو حادث خطير أو طارئ طبي: اتصل بالرقم 112. مجاني وعلى مدار الساعة
  وفي كل أوروبا. قل أين أنت وماذا حدث.
tr.name: İtfaiye ve ambulans 112
tr.description: Yangın, ağır kaza veya tıbbi acil durumda 112'yi arayın. Ücretsiz, günün her
  saatinde ve tüm Avrupa'da. Nerede olduğunuzu ve ne olduğunu söyleyin.
uk.name: Пожежна служба та швидка допомога 112
uk.description: У разі пожежі, серйозної аварії чи невідкладного медичного стану телефонуйте
  112. Безкоштовно, цілодобово, по всій Європі. Скажіть, де ви і що сталося.
ru.name: Пожарная служба и скорая помощь 112
ru.description: При пожаре, серьёзной аварии или неотложном медицинском случае звоните 112.
  Бесплатно, круглосуточно, по всей Европе. Скажите, где вы и что случилось.
fa.name: آتش‌نشانی و آمبولانس 112
fa.description: در صورت آتش‌سوزی، تصادف شدید یا وضعیت اضطراری پزشکی با 112 تماس بگیرید.
  رایگان، شبانه‌روزی و در سراسر اروپا. بگویید کجا هستید و چه اتفاقی افتاده است.
ro.name: Pompieri și ambulanță 112
ro.description: În caz de incendiu, accident grav sau urgență medicală sunați la 112. Gratuit,
  non-stop, în toată Europa. Spuneți unde sunteți și ce s-a întâmplat.
bg.name: Пожарна и спешна помощ 112
bg.description: При пожар, тежка злополука или спешен медицински случай се обадете на 112.
  Безплатно, денонощно, в цяла Европа. Кажете къде сте и какво се е случило.
pl.name: Straż pożarna i pogotowie 112
pl.description: W razie pożaru, poważnego wypadku lub nagłego zagrożenia zdrowia dzwoń pod 112.
  Bezpłatnie, całą dobę, w całej Europie. Powiedz, gdzie jesteś i co się stało.
"""

WOMEN_HELPLINE_TEXT = """
de.name: Hilfetelefon „Gewalt gegen Frauen“ 116 016
de.description: Für Frauen, die Gewalt erleben oder erlebt haben, und für Menschen, die ihnen
  helfen wollen. Kostenlos, anonym und rund um die Uhr – mit Dolmetscherinnen in vielen
  Sprachen. Auch per Online-Beratung.
en.name: Violence against women helpline 116 016
en.description: For women who experience or have experienced violence, and for people who want
  to help them. Free, anonymous and around the clock – with interpreters in many languages.
  Online counselling too.
ar.name: الهاتف المساعد „العنف ضد المرأة“ 116 016
ar.description: للنساء اللواتي يتعرضن أو تعرضن للعنف، وللأشخاص الذين يريدون مساعدتهن. مجاني،
  دون ذكر الاسم، وعلى مدار الساعة، مع مترجمات بلغات كثيرة. توجد أيضًا استشارة عبر الإنترنت.
tr.name: Kadına Yönelik Şiddet Yardım Hattı 116 016
tr.description: Şiddet yaşayan veya yaşamış kadınlar ve onlara yardım etmek isteyenler için.
  Ücretsiz, isim vermeden, günün her saatinde – birçok dilde tercümanla. Çevrimiçi danışmanlık
  da var.
uk.name: Гаряча лінія «Насильство щодо жінок» 116 016
uk.description: Для жінок, які зазнають або зазнали насильства, і для тих, хто хоче їм
  допомогти. Безкоштовно, анонімно, цілодобово – з перекладачками багатьма мовами. Є також
  онлайн-консультація.
ru.name: Телефон доверия «Насилие в отношении женщин» 116 016
ru.description: Для женщин, которые переживают или пережили насилие, и для тех, кто хочет им
  помочь. Бесплатно, анонимно, круглосуточно – с переводчицами на многих языках. Есть и
  онлайн-консультация.
fa.name: تلفن کمک «خشونت علیه زنان» 116 016
fa.description: برای زنانی که خشونت را تجربه می‌کنند یا تجربه کرده‌اند و برای کسانی که
  می‌خواهند به آنها کمک کنند. رایگان، بدون نام، شبانه‌روزی – با مترجم به زبان‌های زیاد. مشاوره
  آنلاین هم وجود دارد.
ro.name: Linia de ajutor „Violența împotriva femeilor” 116 016
ro.description: Pentru femeile care trec sau au trecut prin violență și pentru cei care vor să
  le ajute. Gratuit, anonim, non-stop – cu interprete în multe limbi. Există și consiliere
  online.
bg.name: Телефон за помощ „Насилие срещу жени“ 116 016
bg.description: За жени, които преживяват или са преживели насилие, и за хората, които искат
  да им помогнат. Безплатно, анонимно, денонощно – с преводачки на много езици. Има и онлайн
  консултация.
pl.name: Telefon zaufania „Przemoc wobec kobiet” 116 016
pl.description: Dla kobiet, które doświadczają lub doświadczyły przemocy, oraz dla osób, które
  chcą im pomóc. Bezpłatnie, anonimowo, całą dobę – z tłumaczkami w wielu językach. Jest też
  porada online.
"""

CRISIS_LINE_TEXT = """
de.name: TelefonSeelsorge
de.description: Wenn Sorgen zu groß werden, bei Einsamkeit oder Suizidgedanken: Die
  TelefonSeelsorge hört zu. Kostenlos, anonym und rund um die Uhr unter 0800 111 0 111 oder
  0800 111 0 222, auch per Chat und E-Mail. Gespräche meist auf Deutsch.
en.name: TelefonSeelsorge (crisis line)
en.description: When worries become too much, when you feel lonely or think about suicide:
  the TelefonSeelsorge listens. Free, anonymous and around the clock on 0800 111 0 111 or
  0800 111 0 222, also by chat and e-mail. Conversations are mostly in German.
ar.name: TelefonSeelsorge (خط الدعم في الأزمات)
ar.description: عندما تصبح الهموم كبيرة، أو عند الشعور بالوحدة أو بأفكار الانتحار: TelefonSeelsorge
  تستمع إليك. مجاني، دون ذكر الاسم، وعلى مدار الساعة على الرقم 0800 111 0 111 أو 0800 111 0 222،
  وأيضًا عبر الدردشة والبريد الإلكتروني. المحادثات غالبًا باللغة الألمانية.
tr.name: TelefonSeelsorge (kriz hattı)
tr.description: Dertler çok ağırlaştığında, yalnızlıkta veya intihar düşüncelerinde
  TelefonSeelsorge sizi dinler. Ücretsiz, isim vermeden, günün her saatinde: 0800 111 0 111
  veya 0800 111 0 222; sohbet ve e-posta ile de. Görüşmeler çoğunlukla Almanca.
uk.name: TelefonSeelsorge (телефон довіри)
uk.description: Коли турботи стають надто важкими, коли ви самотні або думаєте про
  самогубство, TelefonSeelsorge вислухає. Безкоштовно, анонімно й цілодобово: 0800 111 0 111
  або 0800 111 0 222, також у чаті та електронною поштою. Розмови переважно німецькою.
ru.name: TelefonSeelsorge (телефон доверия)
ru.description: Когда тревоги становятся слишком тяжёлыми, при одиночестве или мыслях о
  самоубийстве TelefonSeelsorge выслушает вас. Бесплатно, анонимно и круглосуточно:
  0800 111 0 111 или 0800 111 0 222, также в чате и по электронной почте. Разговоры в основном
  на немецком.
fa.name: TelefonSeelsorge (تلفن مشاوره در بحران)
fa.description: وقتی نگرانی‌ها خیلی سنگین می‌شوند، در تنهایی یا وقتی به خودکشی فکر می‌کنید،
  TelefonSeelsorge به شما گوش می‌دهد. رایگان، بدون نام و شبانه‌روزی: 0800 111 0 111 یا
  0800 111 0 222، همچنین از طریق چت و ایمیل. گفتگوها بیشتر به زبان آلمانی است.
ro.name: TelefonSeelsorge (linie de criză)
ro.description: Când grijile devin prea mari, când vă simțiți singur sau vă gândiți la
  sinucidere, TelefonSeelsorge vă ascultă. Gratuit, anonim și non-stop: 0800 111 0 111 sau
  0800 111 0 222, și prin chat sau e-mail. Discuțiile sunt mai ales în germană.
bg.name: TelefonSeelsorge (телефон за кризисна подкрепа)
bg.description: Когато тревогите станат твърде големи, при самота или мисли за самоубийство
  TelefonSeelsorge ще ви изслуша. Безплатно, анонимно и денонощно: 0800 111 0 111 или
  0800 111 0 222, също чрез чат и имейл. Разговорите са предимно на немски.
pl.name: TelefonSeelsorge (telefon zaufania)
pl.description: Gdy zmartwienia stają się zbyt duże, w samotności lub przy myślach
  samobójczych TelefonSeelsorge wysłucha. Bezpłatnie, anonimowo i całą dobę: 0800 111 0 111
  lub 0800 111 0 222, także przez czat i e-mail. Rozmowy głównie po niemiecku.
"""

PREGNANCY_TEXT = """
de.name: Hilfetelefon Schwangere in Not 0800 40 40 020
de.description: Für schwangere Frauen in einer schwierigen Lage, die nicht weiterwissen.
  Kostenlos, anonym und rund um die Uhr – auf Wunsch mit Dolmetscherin. Die Beraterinnen
  informieren auch über die vertrauliche Geburt.
en.name: Helpline for pregnant women in need 0800 40 40 020
en.description: For pregnant women in a difficult situation who do not know what to do. Free,
  anonymous and around the clock – with an interpreter if you wish. Counsellors also explain
  confidential birth (vertrauliche Geburt).
ar.name: هاتف المساعدة للحوامل في ضائقة 0800 40 40 020
ar.description: للنساء الحوامل في وضع صعب واللواتي لا يعرفن ماذا يفعلن. مجاني، دون ذكر الاسم،
  وعلى مدار الساعة – مع مترجمة عند الرغبة. تشرح المستشارات أيضًا الولادة السرية (vertrauliche
  Geburt).
tr.name: Zor durumdaki hamileler için yardım hattı 0800 40 40 020
tr.description: Zor bir durumda olan ve ne yapacağını bilemeyen hamile kadınlar için.
  Ücretsiz, isim vermeden, günün her saatinde – isterseniz tercümanla. Danışmanlar gizli doğum
  (vertrauliche Geburt) hakkında da bilgi verir.
uk.name: Гаряча лінія для вагітних у скрутному становищі 0800 40 40 020
uk.description: Для вагітних жінок у складній ситуації, які не знають, що робити.
  Безкоштовно, анонімно, цілодобово – за бажанням із перекладачкою. Консультантки також
  розповідають про конфіденційні пологи (vertrauliche Geburt).
ru.name: Телефон помощи беременным в трудной ситуации 0800 40 40 020
ru.description: Для беременных женщин в трудной ситуации, которые не знают, что делать.
  Бесплатно, анонимно, круглосуточно – по желанию с переводчицей. Консультантки также
  рассказывают о конфиденциальных родах (vertrauliche Geburt).
fa.name: تلفن کمک برای زنان باردار در شرایط دشوار 0800 40 40 020
fa.description: برای زنان بارداری که در وضعیت سختی هستند و نمی‌دانند چه کنند. رایگان، بدون
  نام، شبانه‌روزی – در صورت تمایل با مترجم. مشاوران درباره زایمان محرمانه (vertrauliche
  Geburt) هم توضیح می‌دهند.
ro.name: Linia de ajutor pentru gravide în dificultate 0800 40 40 020
ro.description: Pentru femeile însărcinate aflate într-o situație grea, care nu știu ce să
  facă. Gratuit, anonim, non-stop – la cerere cu interpretă. Consilierele explică și nașterea
  confidențială (vertrauliche Geburt).
bg.name: Телефон за помощ на бременни в беда 0800 40 40 020
bg.description: За бременни жени в трудна ситуация, които не знаят какво да правят.
  Безплатно, анонимно, денонощно – при желание с преводачка. Консултантките разясняват и
  поверителното раждане (vertrauliche Geburt).
pl.name: Telefon pomocy dla kobiet w ciąży w trudnej sytuacji 0800 40 40 020
pl.description: Dla kobiet w ciąży w trudnej sytuacji, które nie wiedzą, co robić.
  Bezpłatnie, anonimowo, całą dobę – na życzenie z tłumaczką. Doradczynie wyjaśniają też poród
  poufny (vertrauliche Geburt).
"""

CHILD_LINE_TEXT = """
de.name: Nummer gegen Kummer – Kinder- und Jugendtelefon 116 111
de.description: Für Kinder und Jugendliche mit Sorgen, Angst oder Streit zu Hause. Kostenlos
  und anonym, montags bis samstags von 14 bis 20 Uhr. Eltern erreichen das Elterntelefon unter
  0800 111 0 550.
en.name: Nummer gegen Kummer – children's and youth helpline 116 111
en.description: For children and young people with worries, fear or conflict at home. Free and
  anonymous, Monday to Saturday from 2 pm to 8 pm. Parents can call the parents' line on
  0800 111 0 550.
ar.name: Nummer gegen Kummer – هاتف الأطفال والشباب 116 111
ar.description: للأطفال والشباب الذين لديهم هموم أو خوف أو خلافات في البيت. مجاني ودون ذكر الاسم،
  من الإثنين إلى السبت من الساعة 14 إلى 20. يمكن للأهل الاتصال بهاتف الأهل على الرقم
  0800 111 0 550.
tr.name: Nummer gegen Kummer – çocuk ve gençlik hattı 116 111
tr.description: Endişesi, korkusu olan veya evde kavga yaşayan çocuklar ve gençler için.
  Ücretsiz ve isim vermeden, pazartesiden cumartesiye saat 14–20 arası. Ebeveynler
  0800 111 0 550 numaralı ebeveyn hattını arayabilir.
uk.name: Nummer gegen Kummer – телефон для дітей і молоді 116 111
uk.description: Для дітей і підлітків, які мають турботи, страх або сварки вдома.
  Безкоштовно й анонімно, з понеділка по суботу з 14 до 20 години. Батьки можуть дзвонити на
  батьківську лінію 0800 111 0 550.
ru.name: Nummer gegen Kummer – телефон для детей и подростков 116 111
ru.description: Для детей и подростков, у которых заботы, страх или ссоры дома. Бесплатно и
  анонимно, с понедельника по субботу с 14 до 20 часов. Родители могут звонить на родительскую
  линию 0800 111 0 550.
fa.name: Nummer gegen Kummer – تلفن کودکان و نوجوانان 116 111
fa.description: برای کودکان و نوجوانانی که نگرانی، ترس یا دعوا در خانه دارند. رایگان و بدون
  نام، دوشنبه تا شنبه از ساعت ۱۴ تا ۲۰. والدین می‌توانند با تلفن والدین به شماره
  0800 111 0 550 تماس بگیرند.
ro.name: Nummer gegen Kummer – linia pentru copii și tineri 116 111
ro.description: Pentru copiii și tinerii care au griji, frică sau certuri acasă. Gratuit și
  anonim, de luni până sâmbătă între orele 14 și 20. Părinții pot suna la linia pentru părinți
  0800 111 0 550.
bg.name: Nummer gegen Kummer – телефон за деца и младежи 116 111
bg.description: За деца и младежи, които имат тревоги, страх или кавги вкъщи. Безплатно и
  анонимно, от понеделник до събота от 14 до 20 ч. Родителите могат да се обадят на телефона
  за родители 0800 111 0 550.
pl.name: Nummer gegen Kummer – telefon dla dzieci i młodzieży 116 111
pl.description: Dla dzieci i młodzieży, które mają zmartwienia, strach lub kłótnie w domu.
  Bezpłatnie i anonimowo, od poniedziałku do soboty w godz. 14–20. Rodzice mogą dzwonić na
  telefon dla rodziców 0800 111 0 550.
"""

ON_CALL_DOCTOR_TEXT = """
de.name: Ärztlicher Bereitschaftsdienst 116 117
de.description: Wenn Sie nachts, am Wochenende oder an Feiertagen krank werden und es nicht
  lebensgefährlich ist: Rufen Sie 116 117 an. Dort erfahren Sie, welche Notdienstpraxis geöffnet
  ist, oder ein Arzt kommt nach Hause. Bei Lebensgefahr immer 112.
en.name: Medical on-call service 116 117
en.description: If you fall ill at night, at the weekend or on a public holiday and it is not
  life-threatening: call 116 117. They tell you which on-call practice is open, or a doctor
  visits you at home. If a life is in danger, always call 112.
ar.name: خدمة الطبيب المناوب 116 117
ar.description: إذا مرضت في الليل أو في عطلة نهاية الأسبوع أو في يوم عطلة رسمية ولم يكن الأمر
  خطيرًا على الحياة: اتصل بالرقم 116 117. ستعرف أي عيادة مناوبة مفتوحة، أو يأتي طبيب إلى البيت.
  عند الخطر على الحياة اتصل دائمًا بالرقم 112.
tr.name: Nöbetçi doktor hizmeti 116 117
tr.description: Gece, hafta sonu veya resmi tatilde hastalanırsanız ve hayati tehlike yoksa
  116 117'yi arayın. Hangi nöbetçi muayenehanenin açık olduğunu öğrenirsiniz ya da bir doktor
  eve gelir. Hayati tehlikede her zaman 112.
uk.name: Чергова лікарська служба 116 117
uk.description: Якщо ви захворіли вночі, у вихідні чи у святковий день і це не загрожує
  життю, телефонуйте 116 117. Вам скажуть, яка чергова практика відкрита, або лікар прийде
  додому. Якщо життя під загрозою, завжди телефонуйте 112.
ru.name: Дежурная врачебная служба 116 117
ru.description: Если вы заболели ночью, в выходные или в праздник и это не угрожает жизни,
  звоните 116 117. Вам скажут, какая дежурная практика открыта, или врач приедет на дом. Если
  жизнь в опасности, всегда звоните 112.
fa.name: خدمات پزشک کشیک 116 117
fa.description: اگر شب، آخر هفته یا در روز تعطیل رسمی بیمار شدید و خطر جانی وجود ندارد، با
  116 117 تماس بگیرید. به شما می‌گویند کدام مطب کشیک باز است یا پزشک به خانه می‌آید. در خطر
  جانی همیشه 112.
ro.name: Serviciul medical de gardă 116 117
ro.description: Dacă vă îmbolnăviți noaptea, în weekend sau într-o zi de sărbătoare și viața nu
  este în pericol, sunați la 116 117. Aflați ce cabinet de gardă este deschis sau vine un medic
  acasă. Când viața este în pericol, sunați întotdeauna la 112.
bg.name: Дежурна лекарска служба 116 117
bg.description: Ако се разболеете през нощта, в почивните дни или на празник и състоянието не
  е животозастрашаващо, обадете се на 116 117. Ще научите кой дежурен кабинет е отворен или
  лекар ще дойде у дома. При опасност за живота винаги 112.
pl.name: Dyżur lekarski 116 117
pl.description: Jeśli zachorujesz w nocy, w weekend lub w święto, a stan nie zagraża życiu,
  zadzwoń pod 116 117. Dowiesz się, który gabinet dyżurny jest otwarty, albo lekarz przyjdzie
  do domu. W zagrożeniu życia zawsze dzwoń pod 112.
"""

SHELTER_TEXT = """
de.name: Frauenhaus Gütersloh (Beispieleintrag)
de.description: Schutz und Unterkunft für Frauen und ihre Kinder, die vor häuslicher Gewalt
  fliehen. Die Adresse ist geheim; Aufnahme rund um die Uhr nach einem Anruf. Bei akuter Gefahr
  zuerst 110 wählen; das Hilfetelefon 116 016 hilft ebenfalls, einen freien Platz zu finden.
en.name: Women's shelter Gütersloh (sample entry)
en.description: Protection and a safe place to stay for women and their children fleeing
  domestic violence. The address is secret; admission around the clock after a phone call. In
  acute danger call 110 first; the helpline 116 016 also helps you find a free place.
ar.name: بيت حماية النساء في Gütersloh (مثال)
ar.description: حماية وسكن للنساء وأطفالهن الهاربات من العنف المنزلي. العنوان سري؛ القبول على
  مدار الساعة بعد مكالمة هاتفية. عند الخطر الشديد اتصلي أولًا بالرقم 110؛ ويساعدك الهاتف
  116 016 أيضًا في العثور على مكان شاغر.
tr.name: Gütersloh Kadın Sığınma Evi (örnek kayıt)
tr.description: Ev içi şiddetten kaçan kadınlar ve çocukları için koruma ve kalacak yer. Adres
  gizlidir; telefonla aradıktan sonra günün her saatinde kabul edilirsiniz. Acil tehlikede önce
  110'u arayın; 116 016 yardım hattı da boş yer bulmanıza yardım eder.
uk.name: Притулок для жінок Gütersloh (приклад)
uk.description: Захист і житло для жінок та їхніх дітей, які тікають від домашнього
  насильства. Адреса таємна; прийом цілодобово після телефонного дзвінка. У разі гострої
  небезпеки спершу телефонуйте 110; гаряча лінія 116 016 також допоможе знайти вільне місце.
ru.name: Приют для женщин Gütersloh (пример)
ru.description: Защита и жильё для женщин и их детей, которые спасаются от домашнего насилия.
  Адрес держится в тайне; приём круглосуточно после звонка. При острой опасности сначала
  звоните 110; телефон доверия 116 016 тоже поможет найти свободное место.
fa.name: خانه امن زنان Gütersloh (نمونه)
fa.description: حمایت و محل اقامت برای زنان و فرزندانشان که از خشونت خانگی فرار می‌کنند.
  نشانی مخفی است؛ پذیرش شبانه‌روزی پس از یک تماس تلفنی. در خطر فوری اول با 110 تماس بگیرید؛
  تلفن کمک 116 016 هم برای پیدا کردن جای خالی کمک می‌کند.
ro.name: Casa de adăpost pentru femei Gütersloh (exemplu)
ro.description: Protecție și adăpost pentru femeile și copiii care fug de violența domestică.
  Adresa este secretă; primire non-stop după un apel telefonic. În pericol acut sunați mai
  întâi la 110; linia 116 016 vă ajută și ea să găsiți un loc liber.
bg.name: Кризисен център за жени Gütersloh (пример)
bg.description: Защита и подслон за жени и техните деца, които бягат от домашно насилие.
  Адресът е таен; приемане денонощно след телефонно обаждане. При остра опасност първо се
  обадете на 110; телефонът 116 016 също помага да намерите свободно място.
pl.name: Dom dla kobiet Gütersloh (przykład)
pl.description: Ochrona i schronienie dla kobiet i ich dzieci uciekających przed przemocą
  domową. Adres jest tajny; przyjęcie całą dobę po telefonie. W nagłym niebezpieczeństwie
  najpierw dzwoń pod 110; telefon 116 016 także pomoże znaleźć wolne miejsce.
"""

PSZ_TEXT = """
de.name: Psychosoziale Beratung für Geflüchtete – PSZ (Beispieleintrag)
de.description: Beratung und Begleitung für geflüchtete Menschen, die unter den Folgen von
  Krieg, Flucht, Folter oder Gewalt leiden, mit Dolmetschenden. Kostenlos und vertraulich;
  Termine nach Anfrage. In einer akuten Krise: 112 oder TelefonSeelsorge.
en.name: Psychosocial counselling for refugees – PSZ (sample entry)
en.description: Counselling and support for refugees suffering from the effects of war,
  flight, torture or violence, with interpreters. Free and confidential; appointments on
  request. In an acute crisis: 112 or the TelefonSeelsorge.
ar.name: الاستشارة النفسية والاجتماعية للاجئين – PSZ (مثال)
ar.description: استشارة ومرافقة للاجئين الذين يعانون من آثار الحرب أو الهروب أو التعذيب أو
  العنف، مع مترجمين. مجانية وسرية؛ المواعيد حسب الطلب. في الأزمة الحادة: 112 أو
  TelefonSeelsorge.
tr.name: Mülteciler için psikososyal danışmanlık – PSZ (örnek kayıt)
tr.description: Savaş, kaçış, işkence veya şiddetin etkilerini yaşayan mülteciler için
  tercümanlı danışmanlık ve destek. Ücretsiz ve gizli; randevu talep üzerine. Akut krizde: 112
  veya TelefonSeelsorge.
uk.name: Психосоціальна допомога для біженців – PSZ (приклад)
uk.description: Консультації та супровід для біженців, які страждають від наслідків війни,
  втечі, катувань або насильства, з перекладачами. Безкоштовно й конфіденційно; зустрічі за
  запитом. У гострій кризі: 112 або TelefonSeelsorge.
ru.name: Психосоциальная помощь беженцам – PSZ (пример)
ru.description: Консультации и сопровождение для беженцев, которые страдают от последствий
  войны, бегства, пыток или насилия, с переводчиками. Бесплатно и конфиденциально; встречи по
  запросу. В острой кризисной ситуации: 112 или TelefonSeelsorge.
fa.name: مشاوره روانی-اجتماعی برای پناهندگان – PSZ (نمونه)
fa.description: مشاوره و همراهی برای پناهندگانی که از پیامدهای جنگ، فرار، شکنجه یا خشونت رنج
  می‌برند، با ترجمان. رایگان و محرمانه؛ وقت ملاقات بر اساس درخواست. در بحران حاد: 112 یا
  TelefonSeelsorge.
ro.name: Consiliere psihosocială pentru refugiați – PSZ (exemplu)
ro.description: Consiliere și sprijin pentru refugiații care suferă din cauza războiului,
  fugii, torturii sau violenței, cu interpreți. Gratuit și confidențial; programări la cerere.
  În criză acută: 112 sau TelefonSeelsorge.
bg.name: Психосоциална помощ за бежанци – PSZ (пример)
bg.description: Консултации и подкрепа за бежанци, които страдат от последиците на война,
  бягство, изтезания или насилие, с преводачи. Безплатно и поверително; срещи при запитване.
  При остра криза: 112 или TelefonSeelsorge.
pl.name: Pomoc psychospołeczna dla uchodźców – PSZ (przykład)
pl.description: Porady i wsparcie dla uchodźców cierpiących z powodu skutków wojny, ucieczki,
  tortur lub przemocy, z tłumaczami. Bezpłatnie i poufnie; terminy na zapytanie. W ostrym
  kryzysie: 112 lub TelefonSeelsorge.
"""

NATIONWIDE = ["NRW"]
EMERGENCY_KEYWORDS = ["Notruf", "Notfall", "Hilfe", "emergency", "Gefahr"]
MANY_LANGUAGES = [
    "de",
    "en",
    "ar",
    "tr",
    "ru",
    "uk",
    "pl",
    "ro",
    "bg",
    "fa",
    "fr",
    "es",
    "it",
    "pt",
    "sq",
    "ku",
    "vi",
    "zh",
]


def emergency_services() -> list[dict[str, Any]]:
    """Nationwide emergency and help lines with their real numbers, plus two local samples."""
    return [
        service(
            "svc-notruf-polizei-110",
            ORG_POLIZEI,
            POLICE_TEXT,
            ["emergency"],
            keywords=[*EMERGENCY_KEYWORDS, "Polizei", "110", "Gewalt", "Bedrohung", "police"],
            languages=["de", "en"],
            cost=FREE,
            location=None,
            service_area=NATIONWIDE,
            contacts=[tel("110", label="Notruf Polizei")],
            schedules=[around_the_clock()],
            source=sample_source("bundesweite Notrufnummer (real)", "https://polizei.nrw"),
        ),
        service(
            "svc-notruf-feuerwehr-rettungsdienst-112",
            ORG_LEITSTELLE,
            FIRE_TEXT,
            ["emergency"],
            keywords=[
                *EMERGENCY_KEYWORDS,
                "Feuerwehr",
                "Rettungsdienst",
                "Krankenwagen",
                "112",
                "Unfall",
                "ambulance",
            ],
            languages=["de", "en"],
            cost=FREE,
            location=None,
            service_area=NATIONWIDE,
            contacts=[tel("112", label="Notruf Feuerwehr und Rettungsdienst")],
            schedules=[around_the_clock()],
            source=sample_source("europaweite Notrufnummer (real)", KREIS_URL),
        ),
        service(
            "svc-hilfetelefon-gewalt-gegen-frauen",
            ORG_HILFETELEFON,
            WOMEN_HELPLINE_TEXT,
            ["emergency", "counselling"],
            keywords=[
                *EMERGENCY_KEYWORDS,
                "Hilfetelefon",
                "häusliche Gewalt",
                "Frauen",
                "116 016",
                "Zwangsheirat",
                "violence",
            ],
            target_groups=["women"],
            languages=MANY_LANGUAGES,
            cost=FREE_CONFIDENTIAL,
            location=None,
            online=True,
            service_area=NATIONWIDE,
            contacts=[
                tel("116 016", label="Hilfetelefon (kostenlos)"),
                chat("https://www.hilfetelefon.de", label="Online-Beratung"),
            ],
            schedules=[around_the_clock()],
            source=sample_source(
                "bundesweites Hilfetelefon (Nummer real)", "https://www.hilfetelefon.de"
            ),
        ),
        service(
            "svc-telefonseelsorge",
            ORG_TELEFONSEELSORGE,
            CRISIS_LINE_TEXT,
            ["emergency", "counselling"],
            keywords=[
                *EMERGENCY_KEYWORDS,
                "TelefonSeelsorge",
                "Krise",
                "Suizid",
                "Einsamkeit",
                "Seelsorge",
                "crisis",
            ],
            languages=["de", "en"],
            cost=FREE_CONFIDENTIAL,
            location=None,
            online=True,
            service_area=NATIONWIDE,
            contacts=[
                tel("+49 800 111 0 111", "tel-ev", "TelefonSeelsorge (evangelisch)"),
                tel("+49 800 111 0 222", "tel-kath", "TelefonSeelsorge (katholisch)"),
                chat("https://www.telefonseelsorge.de", label="Chat und Mail"),
            ],
            schedules=[around_the_clock("tel-ev"), around_the_clock("tel-kath")],
            source=sample_source("bundesweite Nummern (real)", "https://www.telefonseelsorge.de"),
        ),
        service(
            "svc-hilfetelefon-schwangere-in-not",
            ORG_SCHWANGERE,
            PREGNANCY_TEXT,
            ["emergency", "counselling"],
            keywords=[
                *EMERGENCY_KEYWORDS,
                "Schwangerschaft",
                "schwanger",
                "vertrauliche Geburt",
                "Schwangere in Not",
                "pregnant",
            ],
            target_groups=["women"],
            languages=["de", "en", "ar", "tr", "ru", "uk", "pl", "fa"],
            cost=FREE_CONFIDENTIAL,
            location=None,
            service_area=NATIONWIDE,
            contacts=[tel("+49 800 40 40 020", label="Hilfetelefon (kostenlos)")],
            schedules=[around_the_clock()],
            source=sample_source(
                "bundesweites Hilfetelefon (Nummer real; Sprachen ungeprüft)",
                "https://www.geburt-vertraulich.de",
            ),
        ),
        service(
            "svc-nummer-gegen-kummer",
            ORG_NGK,
            CHILD_LINE_TEXT,
            ["emergency", "counselling"],
            keywords=[
                *EMERGENCY_KEYWORDS,
                "Kinder",
                "Jugendliche",
                "Sorgen",
                "Elterntelefon",
                "116 111",
                "children",
            ],
            target_groups=["children", "youth", "parents"],
            languages=["de"],
            cost=FREE_CONFIDENTIAL,
            location=None,
            service_area=NATIONWIDE,
            contacts=[
                tel("116 111", "tel", "Kinder- und Jugendtelefon"),
                tel("+49 800 111 0 550", "tel-eltern", "Elterntelefon"),
            ],
            schedules=[
                hours(slot("MO,TU,WE,TH,FR,SA", "14:00", "20:00"), contact="tel", holidays="open"),
                hours(
                    slot(WEEKDAYS, "09:00", "17:00"),
                    slot("TU,TH", "17:00", "19:00"),
                    contact="tel-eltern",
                ),
            ],
            source=sample_source(
                "bundesweite Nummern (real); Zeiten vor Einsatz prüfen",
                "https://www.nummergegenkummer.de",
            ),
        ),
        service(
            "svc-aerztlicher-bereitschaftsdienst-116117",
            ORG_KV,
            ON_CALL_DOCTOR_TEXT,
            ["emergency"],
            keywords=[
                *EMERGENCY_KEYWORDS,
                "Arzt",
                "Bereitschaftsdienst",
                "116 117",
                "krank",
                "Notdienstpraxis",
                "doctor",
            ],
            languages=["de", "en"],
            cost=FREE,
            location=None,
            online=True,
            service_area=NATIONWIDE,
            contacts=[
                tel("116 117", label="Ärztlicher Bereitschaftsdienst"),
                link("https://www.116117.de"),
            ],
            schedules=[around_the_clock()],
            source=sample_source("bundesweite Nummer (real)", "https://www.116117.de"),
        ),
        service(
            "svc-frauenhaus-guetersloh",
            ORG_FRAUENHAUS,
            SHELTER_TEXT,
            ["emergency", "counselling"],
            keywords=[
                *EMERGENCY_KEYWORDS,
                "Frauenhaus",
                "häusliche Gewalt",
                "Schutz",
                "Unterkunft",
                "shelter",
            ],
            target_groups=["women", "children"],
            languages=["de", "en", "tr", "ar"],
            cost=FREE_CONFIDENTIAL,
            location=None,
            service_area=["Kreis Gütersloh"],
            contacts=[
                tel(
                    PHONES.office(GUETERSLOH.area_code),
                    label="Aufnahme rund um die Uhr (Beispielnummer)",
                )
            ],
            schedules=[around_the_clock()],
            source=sample_source("Beispieleintrag; echte Nummer beim Kreis erfragen"),
        ),
        service(
            "svc-psz-guetersloh",
            ORG_PSZ,
            PSZ_TEXT,
            ["emergency", "counselling"],
            keywords=[
                "PSZ",
                "Trauma",
                "psychosozial",
                "Psychotherapie",
                "Folter",
                "Krise",
                "Geflüchtete",
                "mental health",
            ],
            target_groups=["refugees"],
            languages=["de", "en", "ar", "fa", "ku", "ti", "uk", "ru"],
            cost=FREE_CONFIDENTIAL,
            location=at(GUETERSLOH, "Kökerstraße 15", dlat=0.0021, dlon=-0.0019),
            service_area=["Kreis Gütersloh"],
            contacts=[office_phone(GUETERSLOH), mail("psz-guetersloh")],
            schedules=[
                hours(
                    slot("MO,TU,TH", "09:00", "13:00"),
                    slot("WE", "13:00", "17:00", booking_url=booking("psz-guetersloh")),
                    closures=(XMAS,),
                )
            ],
            source=sample_source("Beispieleintrag für ein psychosoziales Zentrum"),
        ),
    ]


# --------------------------------------------------------------------------------------------
# Prevention of extremism
# --------------------------------------------------------------------------------------------

WEGWEISER_TEXT = """
de.name: Wegweiser – Beratung gegen Extremismus (NRW)
de.description: Für Eltern, Angehörige, Freundinnen und Freunde, die sich Sorgen machen, dass ein
  nahestehender Mensch in den Extremismus abrutscht. Wegweiser berät zu religiös begründetem
  Extremismus (Islamismus) und zur türkisch-rechtsextremen Bewegung „Graue Wölfe“. Vertraulich,
  freiwillig und kostenlos – am Telefon, im Chat oder vor Ort.
de.application_process: Die Hotline montags bis freitags von 9 bis 18 Uhr anrufen oder anonym im
  Chat schreiben. Ein erstes Gespräch ist auch ohne Namen möglich.
en.name: Wegweiser – counselling against extremism (NRW)
en.description: For parents, relatives and friends who are worried that someone close to them is
  drifting towards extremism. Wegweiser advises on religiously motivated extremism (Islamism)
  and on the Turkish right-wing extremist movement “Grey Wolves” (Graue Wölfe). Confidential,
  voluntary and free – by phone, in the chat or in person.
en.application_process: Call the hotline Monday to Friday from 9 am to 6 pm or write
  anonymously in the chat. A first conversation is possible without giving your name.
ar.name: Wegweiser – استشارة ضد التطرف (NRW)
ar.description: للآباء والأمهات والأقارب والأصدقاء الذين يقلقون من أن شخصًا قريبًا منهم ينجرف نحو
  التطرف. يقدم Wegweiser الاستشارة حول التطرف ذي الدوافع الدينية (الإسلاموية) وحول حركة „الذئاب
  الرمادية“ (Graue Wölfe) التركية اليمينية المتطرفة. سري وطوعي ومجاني – عبر الهاتف أو الدردشة
  أو شخصيًا.
ar.application_process: اتصل بالخط الساخن من الإثنين إلى الجمعة من الساعة 9 إلى 18، أو اكتب في
  الدردشة دون ذكر اسمك. المحادثة الأولى ممكنة أيضًا دون ذكر الاسم.
tr.name: Wegweiser – aşırıcılığa karşı danışmanlık (NRW)
tr.description: Yakın birinin aşırıcılığa kaydığından endişe eden anne babalar, akrabalar ve
  arkadaşlar için. Wegweiser dini motivasyonlu aşırıcılık (İslamcılık) ve Türk aşırı sağcı
  „Bozkurtlar“ (Graue Wölfe) hareketi konusunda danışmanlık verir. Gizli, gönüllü ve ücretsiz
  – telefonda, sohbette veya yüz yüze.
tr.application_process: Yardım hattını pazartesiden cumaya saat 9–18 arası arayın ya da
  sohbette isim vermeden yazın. İlk görüşme isim vermeden de yapılabilir.
uk.name: Wegweiser – консультації проти екстремізму (NRW)
uk.description: Для батьків, родичів і друзів, які хвилюються, що близька людина схиляється до
  екстремізму. Wegweiser консультує щодо релігійно мотивованого екстремізму (ісламізму) та
  турецького ультраправого руху «Сірі вовки» (Graue Wölfe). Конфіденційно, добровільно й
  безкоштовно – телефоном, у чаті або особисто.
uk.application_process: Телефонуйте на гарячу лінію з понеділка по п'ятницю з 9 до 18 години
  або анонімно пишіть у чат. Першу розмову можна провести без імені.
ru.name: Wegweiser – консультации против экстремизма (NRW)
ru.description: Для родителей, родственников и друзей, которые беспокоятся, что близкий
  человек втягивается в экстремизм. Wegweiser консультирует по вопросам религиозно
  мотивированного экстремизма (исламизма) и турецкого ультраправого движения «Серые волки»
  (Graue Wölfe). Конфиденциально, добровольно и бесплатно – по телефону, в чате или лично.
ru.application_process: Звоните на горячую линию с понедельника по пятницу с 9 до 18 часов или
  анонимно пишите в чат. Первый разговор возможен без имени.
fa.name: Wegweiser – مشاوره علیه افراط‌گرایی (NRW)
fa.description: برای پدر و مادرها، خویشاوندان و دوستانی که نگران هستند فردی نزدیک به آنها به
  سمت افراط‌گرایی کشیده می‌شود. Wegweiser درباره افراط‌گرایی با انگیزه دینی (اسلام‌گرایی) و جنبش
  راست افراطی ترکی «گرگ‌های خاکستری» (Graue Wölfe) مشاوره می‌دهد. محرمانه، داوطلبانه و رایگان
  – تلفنی، در چت یا حضوری.
fa.application_process: از دوشنبه تا جمعه ساعت ۹ تا ۱۸ با خط تلفن تماس بگیرید یا بدون نام در
  چت بنویسید. گفتگوی اول بدون گفتن نام هم ممکن است.
ro.name: Wegweiser – consiliere împotriva extremismului (NRW)
ro.description: Pentru părinți, rude și prieteni îngrijorați că o persoană apropiată alunecă
  spre extremism. Wegweiser oferă consiliere despre extremismul motivat religios (islamism) și
  despre mișcarea turcă de extremă dreaptă „Lupii Cenușii” (Graue Wölfe). Confidențial,
  voluntar și gratuit – la telefon, pe chat sau față în față.
ro.application_process: Sunați la linia telefonică de luni până vineri, între orele 9 și 18,
  sau scrieți anonim pe chat. Prima discuție este posibilă și fără nume.
bg.name: Wegweiser – консултации срещу екстремизма (NRW)
bg.description: За родители, роднини и приятели, които се тревожат, че близък човек се плъзга
  към екстремизъм. Wegweiser консултира по въпроси на религиозно мотивирания екстремизъм
  (ислямизъм) и на турското крайнодясно движение „Сивите вълци“ (Graue Wölfe). Поверително,
  доброволно и безплатно – по телефона, в чат или лично.
bg.application_process: Обадете се на горещата линия от понеделник до петък от 9 до 18 ч. или
  пишете анонимно в чата. Първият разговор е възможен и без име.
pl.name: Wegweiser – doradztwo przeciw ekstremizmowi (NRW)
pl.description: Dla rodziców, krewnych i przyjaciół, którzy martwią się, że bliska osoba
  wchodzi w ekstremizm. Wegweiser doradza w sprawie ekstremizmu na tle religijnym (islamizmu)
  oraz tureckiego skrajnie prawicowego ruchu „Szare Wilki” (Graue Wölfe). Poufnie,
  dobrowolnie i bezpłatnie – telefonicznie, na czacie lub osobiście.
pl.application_process: Zadzwoń na infolinię od poniedziałku do piątku w godz. 9–18 albo napisz
  anonimowo na czacie. Pierwsza rozmowa jest możliwa bez podawania imienia.
"""

WEGWEISER_LOCAL_TEXT = """
de.name: Wegweiser – persönliche Beratung für den Kreis Gütersloh (Beispieleintrag)
de.description: Persönliche Gespräche für Eltern, Angehörige, Lehrkräfte und Freunde, die sich
  um einen jungen Menschen sorgen. Die Beraterinnen und Berater hören zu, helfen beim Einordnen
  und suchen mit Ihnen nach Wegen. Vertraulich und kostenlos; Termine in Gütersloh nach
  Absprache.
de.application_process: Termin über die Wegweiser-Hotline oder den Chat vereinbaren. Ort und
  Zeit des Gesprächs werden gemeinsam abgestimmt.
en.name: Wegweiser – personal counselling for Kreis Gütersloh (sample entry)
en.description: Personal conversations for parents, relatives, teachers and friends who are
  worried about a young person. The counsellors listen, help you understand what is happening
  and look for ways forward with you. Confidential and free; appointments in Gütersloh by
  arrangement.
en.application_process: Arrange an appointment via the Wegweiser hotline or the chat. Place and
  time are agreed together.
ar.name: Wegweiser – استشارة شخصية لمنطقة Gütersloh (مثال)
ar.description: محادثات شخصية للآباء والأمهات والأقارب والمعلمين والأصدقاء القلقين على شاب أو
  شابة. يستمع المستشارون ويساعدون على فهم ما يحدث ويبحثون معكم عن حلول. سري ومجاني؛ المواعيد
  في Gütersloh بالاتفاق.
ar.application_process: احجز موعدًا عبر الخط الساخن لـ Wegweiser أو عبر الدردشة. يتم الاتفاق
  على المكان والوقت معًا.
tr.name: Wegweiser – Gütersloh ilçesi için yüz yüze danışmanlık (örnek kayıt)
tr.description: Bir genç için endişelenen anne babalar, akrabalar, öğretmenler ve arkadaşlar
  için yüz yüze görüşmeler. Danışmanlar dinler, olanları anlamanıza yardım eder ve sizinle
  birlikte çözüm yolları arar. Gizli ve ücretsiz; Gütersloh'ta randevuyla.
tr.application_process: Wegweiser yardım hattı veya sohbet üzerinden randevu alın. Görüşmenin
  yeri ve saati birlikte belirlenir.
uk.name: Wegweiser – особисті консультації для округу Kreis Gütersloh (приклад)
uk.description: Особисті розмови для батьків, родичів, учителів і друзів, які хвилюються за
  молоду людину. Консультанти вислухають, допоможуть зрозуміти ситуацію та разом із вами
  шукатимуть рішення. Конфіденційно й безкоштовно; зустрічі в Gütersloh за домовленістю.
uk.application_process: Домовтеся про зустріч через гарячу лінію Wegweiser або в чаті. Місце й
  час розмови погоджуються разом.
ru.name: Wegweiser – личные консультации для округа Kreis Gütersloh (пример)
ru.description: Личные беседы для родителей, родственников, учителей и друзей, которые
  беспокоятся о молодом человеке. Консультанты выслушают, помогут разобраться в ситуации и
  вместе с вами будут искать решения. Конфиденциально и бесплатно; встречи в Gütersloh по
  договорённости.
ru.application_process: Договоритесь о встрече через горячую линию Wegweiser или в чате. Место
  и время беседы согласуются вместе.
fa.name: Wegweiser – مشاوره حضوری برای ناحیه Gütersloh (نمونه)
fa.description: گفتگوهای حضوری برای پدر و مادرها، خویشاوندان، معلمان و دوستانی که نگران یک
  جوان هستند. مشاوران گوش می‌دهند، به فهم موقعیت کمک می‌کنند و همراه شما راه‌حل پیدا می‌کنند.
  محرمانه و رایگان؛ وقت ملاقات در Gütersloh با هماهنگی.
fa.application_process: از طریق خط تلفن Wegweiser یا چت وقت بگیرید. مکان و زمان گفتگو با هم
  تعیین می‌شود.
ro.name: Wegweiser – consiliere față în față pentru districtul Gütersloh (exemplu)
ro.description: Discuții personale pentru părinți, rude, profesori și prieteni îngrijorați
  pentru un tânăr. Consilierii vă ascultă, vă ajută să înțelegeți ce se întâmplă și caută
  împreună cu dumneavoastră soluții. Confidențial și gratuit; întâlniri în Gütersloh cu
  programare.
ro.application_process: Faceți o programare prin linia telefonică Wegweiser sau pe chat. Locul
  și ora se stabilesc împreună.
bg.name: Wegweiser – лични консултации за окръг Gütersloh (пример)
bg.description: Лични разговори за родители, роднини, учители и приятели, които се тревожат за
  млад човек. Консултантите изслушват, помагат да разберете какво се случва и търсят заедно с
  вас решения. Поверително и безплатно; срещи в Gütersloh след уговорка.
bg.application_process: Уговорете среща чрез горещата линия на Wegweiser или в чата. Мястото и
  часът се договарят заедно.
pl.name: Wegweiser – osobiste doradztwo dla powiatu Gütersloh (przykład)
pl.description: Osobiste rozmowy dla rodziców, krewnych, nauczycieli i przyjaciół, którzy
  martwią się o młodą osobę. Doradcy słuchają, pomagają zrozumieć sytuację i razem z Tobą
  szukają rozwiązań. Poufnie i bezpłatnie; spotkania w Gütersloh po umówieniu.
pl.application_process: Umów spotkanie przez infolinię Wegweiser lub na czacie. Miejsce i czas
  ustalacie wspólnie.
"""

BAMF_RADICALISATION_TEXT = """
de.name: Beratungsstelle Radikalisierung (BAMF)
de.description: Bundesweite Telefonberatung für Angehörige, Freunde und Fachkräfte, die sich
  Sorgen machen, dass sich ein Mensch religiös begründet radikalisiert. Auf Wunsch wird an eine
  Beratungsstelle in der Nähe vermittelt. Vertraulich und kostenlos.
en.name: Advice centre on radicalisation (BAMF)
en.description: Nationwide phone counselling for relatives, friends and professionals who are
  worried that someone is becoming radicalised on religious grounds. On request they put you in
  touch with a counselling centre near you. Confidential and free.
ar.name: مركز الاستشارة حول التطرف (BAMF)
ar.description: استشارة هاتفية على مستوى ألمانيا للأقارب والأصدقاء والمختصين القلقين من أن شخصًا
  ما يتطرف بدوافع دينية. عند الرغبة يتم تحويلكم إلى مركز استشارة قريب. سري ومجاني.
tr.name: Radikalleşme Danışma Merkezi (BAMF)
tr.description: Birinin dini gerekçelerle radikalleştiğinden endişe eden akrabalar, arkadaşlar
  ve uzmanlar için Almanya genelinde telefon danışmanlığı. İsterseniz size yakın bir danışma
  merkezine yönlendirilirsiniz. Gizli ve ücretsiz.
uk.name: Консультаційний центр з питань радикалізації (BAMF)
uk.description: Телефонна консультація по всій Німеччині для родичів, друзів і фахівців, які
  хвилюються, що людина радикалізується на релігійному ґрунті. За бажанням вас направлять до
  консультаційного центру поблизу. Конфіденційно й безкоштовно.
ru.name: Консультационный центр по вопросам радикализации (BAMF)
ru.description: Телефонная консультация по всей Германии для родственников, друзей и
  специалистов, которые беспокоятся, что человек радикализируется на религиозной почве. По
  желанию вас направят в консультационный центр поблизости. Конфиденциально и бесплатно.
fa.name: مرکز مشاوره درباره رادیکال شدن (BAMF)
fa.description: مشاوره تلفنی در سراسر آلمان برای خویشاوندان، دوستان و متخصصانی که نگرانند کسی
  با انگیزه دینی رادیکال می‌شود. در صورت تمایل شما را به یک مرکز مشاوره نزدیک معرفی می‌کنند.
  محرمانه و رایگان.
ro.name: Centrul de consiliere privind radicalizarea (BAMF)
ro.description: Consiliere telefonică în toată Germania pentru rude, prieteni și specialiști
  îngrijorați că o persoană se radicalizează pe motive religioase. La cerere, sunteți îndrumați
  spre un centru de consiliere din apropiere. Confidențial și gratuit.
bg.name: Консултантски център по въпросите на радикализацията (BAMF)
bg.description: Телефонна консултация в цяла Германия за роднини, приятели и специалисти,
  които се тревожат, че някой се радикализира на религиозна основа. При желание ще ви насочат
  към консултантски център наблизо. Поверително и безплатно.
pl.name: Poradnia ds. radykalizacji (BAMF)
pl.description: Ogólnoniemiecka porada telefoniczna dla krewnych, przyjaciół i specjalistów,
  którzy martwią się, że ktoś radykalizuje się na tle religijnym. Na życzenie pomogą znaleźć
  poradnię w pobliżu. Poufnie i bezpłatnie.
"""

PREVENTION_KEYWORDS = [
    "Wegweiser",
    "Prävention",
    "Extremismus",
    "Radikalisierung",
    "Islamismus",
    "Salafismus",
    "Graue Wölfe",
    "Ülkücü",
    "Sorge um Angehörige",
    "Elternberatung",
    "extremism",
]
WEGWEISER_SOURCE = sample_source(
    "Präventionsprogramm Wegweiser des Landes NRW (real); Hotline-Nummer und Hotline-Zeiten "
    "beispielhaft, Chat-Zeiten laut Programm-Website",
    "https://www.wegweiser.nrw.de",
)


def prevention_services() -> list[dict[str, Any]]:
    """Wegweiser (state-wide and a local sample) and the federal advice centre."""
    wegweiser_hotline = PHONES.office("211")
    return [
        service(
            "svc-wegweiser-nrw",
            ORG_WEGWEISER,
            WEGWEISER_TEXT,
            ["prevention", "counselling"],
            keywords=PREVENTION_KEYWORDS,
            target_groups=["parents", "relatives", "friends", "youth", "professionals"],
            languages=["de", "tr", "ar", "en", "ku", "fa", "ru"],
            cost=FREE_CONFIDENTIAL,
            location=None,
            online=True,
            service_area=["NRW"],
            contacts=[
                tel(wegweiser_hotline, "hotline", "Wegweiser-Hotline (Beispielnummer)"),
                chat("https://www.wegweiser.nrw.de", label="Anonymer Live-Chat"),
                link("https://www.wegweiser.nrw.de"),
            ],
            schedules=[
                hours(slot(WEEKDAYS, "09:00", "18:00"), contact="hotline", holidays="closed"),
                hours(
                    slot(WEEKDAYS, "10:00", "22:00"),
                    slot("SA,SU", "14:00", "20:00"),
                    contact="chat",
                    holidays="special",
                    holiday_hours=({"opens": "14:00", "closes": "20:00"},),
                ),
            ],
            source=WEGWEISER_SOURCE,
        ),
        service(
            "svc-wegweiser-kreis-guetersloh",
            ORG_WEGWEISER,
            WEGWEISER_LOCAL_TEXT,
            ["prevention", "counselling"],
            keywords=[*PREVENTION_KEYWORDS, "Beratung vor Ort", "Lehrkräfte"],
            target_groups=["parents", "relatives", "friends", "professionals"],
            languages=["de", "tr", "ar", "en"],
            cost=FREE_CONFIDENTIAL,
            location=at(
                GUETERSLOH,
                "Friedrich-Ebert-Straße 22",
                name="Beratungsraum (Ort wird bei der Terminvergabe genannt)",
                dlat=-0.0017,
                dlon=0.0031,
            ),
            service_area=["Kreis Gütersloh"],
            contacts=[
                tel(wegweiser_hotline, "hotline", "Wegweiser-Hotline (Beispielnummer)"),
                mail("wegweiser-kreis-guetersloh"),
            ],
            schedules=[
                hours(
                    slot(
                        "TU,TH", "10:00", "18:00", booking_url=booking("wegweiser-kreis-guetersloh")
                    ),
                    closures=(XMAS,),
                )
            ],
            source=sample_source(
                "Wegweiser-Beratung (real, Beratungsstelle für die Region in OWL); örtliches "
                "Beratungsangebot im Kreis Gütersloh beispielhaft",
                "https://www.wegweiser.nrw.de",
            ),
        ),
        service(
            "svc-bamf-beratungsstelle-radikalisierung",
            ORG_BAMF,
            BAMF_RADICALISATION_TEXT,
            ["prevention", "counselling"],
            keywords=[
                "Beratungsstelle Radikalisierung",
                "BAMF",
                "Radikalisierung",
                "Islamismus",
                "Extremismus",
                "Angehörige",
                "Prävention",
            ],
            target_groups=["parents", "relatives", "friends", "professionals"],
            languages=["de", "en", "tr", "ar", "fa", "ru"],
            cost=FREE_CONFIDENTIAL,
            location=None,
            service_area=["NRW"],
            contacts=[tel("+49 911 943 43 43", label="Beratungsstelle Radikalisierung")],
            schedules=[hours(slot(WEEKDAYS, "09:00", "15:00"))],
            source=sample_source(
                "Beratungsstelle Radikalisierung des BAMF (real); Nummer, Zeiten und Sprachen "
                "vor Einsatz prüfen",
                "https://www.bamf.de",
            ),
        ),
    ]


# --------------------------------------------------------------------------------------------
# Integration centre, state-wide partner and the MY TURN project
# --------------------------------------------------------------------------------------------

KI_TEXT = """
de.name: Kommunales Integrationszentrum Kreis Gütersloh
de.description: Das Kommunale Integrationszentrum (KI) ist die zentrale Anlaufstelle des
  Kreises für Integration. Es informiert über Sprachkurse, Schule und Beratung vor Ort,
  arbeitet eng mit Migrantenselbstorganisationen zusammen und lädt zu Veranstaltungen wie
  „Über den Tellerrand“ ein.
de.application_process: Anrufen, eine E-Mail schreiben oder zu den Sprechzeiten ins Kreishaus
  kommen (Herzebrocker Straße 140). Bei Bedarf wird eine Dolmetscherin oder ein Dolmetscher
  organisiert.
en.name: Municipal integration centre Kreis Gütersloh (Kommunales Integrationszentrum)
en.description: The Kommunales Integrationszentrum (KI) is the district's central contact
  point for integration. It informs you about language courses, school and local counselling,
  works closely with migrant organisations and invites you to events such as “Über den
  Tellerrand” (a look beyond your own plate).
en.application_process: Call, send an e-mail or come to the district administration building
  (Kreishaus, Herzebrocker Straße 140) during office hours. An interpreter can be arranged if
  needed.
ar.name: مركز الاندماج البلدي في منطقة Gütersloh (Kommunales Integrationszentrum)
ar.description: مركز الاندماج البلدي (KI) هو نقطة الاتصال المركزية للاندماج في المنطقة. يقدم
  معلومات عن دورات اللغة والمدرسة والاستشارة في المنطقة، ويعمل بشكل وثيق مع منظمات المهاجرين،
  ويدعو إلى فعاليات مثل „Über den Tellerrand“.
ar.application_process: اتصل أو أرسل بريدًا إلكترونيًا أو تعال إلى مبنى إدارة المنطقة (Kreishaus،
  Herzebrocker Straße 140) في أوقات الدوام. يمكن توفير مترجم عند الحاجة.
tr.name: Gütersloh İlçesi Belediye Uyum Merkezi (Kommunales Integrationszentrum)
tr.description: Belediye Uyum Merkezi (KI), ilçede uyum konusundaki merkezi başvuru yeridir.
  Dil kursları, okul ve yerel danışmanlık hakkında bilgi verir, göçmen örgütleriyle yakın
  çalışır ve „Über den Tellerrand“ gibi etkinliklere davet eder.
tr.application_process: Arayın, e-posta yazın ya da görüşme saatlerinde ilçe idare binasına
  (Kreishaus, Herzebrocker Straße 140) gelin. Gerekirse tercüman ayarlanır.
uk.name: Комунальний інтеграційний центр Kreis Gütersloh (Kommunales Integrationszentrum)
uk.description: Комунальний інтеграційний центр (KI) – головне контактне місце округу з питань
  інтеграції. Тут розповідають про мовні курси, школу та місцеві консультації; центр тісно
  співпрацює з організаціями мігрантів і запрошує на заходи, як-от «Über den Tellerrand».
uk.application_process: Зателефонуйте, напишіть електронного листа або приходьте в години
  прийому до будівлі окружної адміністрації (Kreishaus, Herzebrocker Straße 140). За потреби
  можна організувати перекладача.
ru.name: Коммунальный центр интеграции Kreis Gütersloh (Kommunales Integrationszentrum)
ru.description: Коммунальный центр интеграции (KI) – главное контактное место округа по
  вопросам интеграции. Здесь рассказывают о языковых курсах, школе и местных консультациях;
  центр тесно сотрудничает с организациями мигрантов и приглашает на мероприятия, например
  «Über den Tellerrand».
ru.application_process: Позвоните, напишите письмо по электронной почте или приходите в часы
  приёма в здание окружной администрации (Kreishaus, Herzebrocker Straße 140). При
  необходимости организуют переводчика.
fa.name: مرکز ادغام شهرداری ناحیه Gütersloh (Kommunales Integrationszentrum)
fa.description: مرکز ادغام شهرداری (KI) محل اصلی تماس ناحیه برای موضوع ادغام است. درباره
  کورس‌های زبان، مکتب و مشاوره در محل اطلاعات می‌دهد، با سازمان‌های مهاجران همکاری نزدیک دارد
  و به برنامه‌هایی مانند «Über den Tellerrand» دعوت می‌کند.
fa.application_process: تماس بگیرید، ایمیل بفرستید یا در ساعات کاری به ساختمان اداره ناحیه
  (Kreishaus، Herzebrocker Straße 140) بیایید. در صورت نیاز ترجمان هماهنگ می‌شود.
ro.name: Centrul municipal de integrare al districtului Gütersloh (Kommunales
  Integrationszentrum)
ro.description: Centrul municipal de integrare (KI) este punctul central de contact al
  districtului pentru integrare. Oferă informații despre cursuri de limbă, școală și consiliere
  locală, colaborează strâns cu organizațiile migranților și vă invită la evenimente precum
  „Über den Tellerrand”.
ro.application_process: Sunați, trimiteți un e-mail sau veniți în timpul programului la
  clădirea administrației districtului (Kreishaus, Herzebrocker Straße 140). La nevoie se
  organizează un interpret.
bg.name: Общински интеграционен център на окръг Gütersloh (Kommunales Integrationszentrum)
bg.description: Общинският интеграционен център (KI) е централното място за контакт на окръга
  по въпросите на интеграцията. Информира за езикови курсове, училище и местни консултации,
  работи тясно с организациите на мигранти и кани на събития като „Über den Tellerrand“.
bg.application_process: Обадете се, пишете имейл или елате в приемното време в сградата на
  окръжната администрация (Kreishaus, Herzebrocker Straße 140). При нужда се осигурява
  преводач.
pl.name: Komunalne Centrum Integracji powiatu Gütersloh (Kommunales Integrationszentrum)
pl.description: Komunalne Centrum Integracji (KI) to główny punkt kontaktowy powiatu w
  sprawach integracji. Informuje o kursach językowych, szkole i lokalnym doradztwie, ściśle
  współpracuje z organizacjami migrantów i zaprasza na wydarzenia takie jak „Über den
  Tellerrand”.
pl.application_process: Zadzwoń, napisz e-mail lub przyjdź w godzinach przyjęć do budynku
  starostwa (Kreishaus, Herzebrocker Straße 140). W razie potrzeby zostanie zorganizowany
  tłumacz.
"""

MULTIKULTI_TEXT = """
de.name: Multikulturelles Forum e.V.
de.description: Eine große, etablierte Migrantenorganisation in NRW mit Sitz in Lünen und
  Standorten unter anderem in Hamm, Dortmund, Düsseldorf und Bergkamen. Das Forum berät
  Zugewanderte, begleitet in Ausbildung und Arbeit und ist Partnerorganisation für
  Migrantenselbstorganisationen. Angebote vor allem an den eigenen Standorten; Beratung auch
  telefonisch und online.
en.name: Multikulturelles Forum e.V. (Multicultural Forum)
en.description: A large, established migrant organisation in NRW with its head office in Lünen
  and offices in Hamm, Dortmund, Düsseldorf and Bergkamen, among others. The Forum advises
  newcomers, supports people in training and work and is a partner organisation for migrant
  self-organisations. Services mainly at its own offices; counselling also by phone and online.
ar.name: Multikulturelles Forum e.V. (المنتدى متعدد الثقافات)
ar.description: منظمة مهاجرين كبيرة وعريقة في ولاية NRW، مقرها في Lünen ولها فروع منها في Hamm
  وDortmund وDüsseldorf وBergkamen. يقدم المنتدى الاستشارة للقادمين الجدد ويرافقهم في التدريب
  المهني والعمل، وهو منظمة شريكة لمنظمات المهاجرين الذاتية. العروض غالبًا في فروعه؛ والاستشارة
  ممكنة أيضًا عبر الهاتف والإنترنت.
tr.name: Multikulturelles Forum e.V. (Çok Kültürlü Forum)
tr.description: NRW'de merkezi Lünen'de olan, Hamm, Dortmund, Düsseldorf ve Bergkamen gibi
  yerlerde şubeleri bulunan büyük ve köklü bir göçmen örgütü. Forum yeni gelenlere danışmanlık
  yapar, meslek eğitimi ve işte eşlik eder ve göçmen öz örgütleri için ortak kuruluştur.
  Hizmetler çoğunlukla kendi şubelerinde; danışmanlık telefonla ve çevrimiçi de mümkündür.
uk.name: Multikulturelles Forum e.V. (Мультикультурний форум)
uk.description: Велика, давно відома організація мігрантів у NRW з головним офісом у Lünen та
  представництвами, зокрема, в Hamm, Dortmund, Düsseldorf і Bergkamen. Форум консультує
  новоприбулих, супроводжує у професійному навчанні та роботі і є партнерською організацією для
  самоорганізацій мігрантів. Послуги переважно у власних офісах; консультації також телефоном і
  онлайн.
ru.name: Multikulturelles Forum e.V. (Мультикультурный форум)
ru.description: Крупная, давно существующая организация мигрантов в NRW с главным офисом в
  Lünen и отделениями, в том числе в Hamm, Dortmund, Düsseldorf и Bergkamen. Форум консультирует
  приезжих, сопровождает в профессиональном обучении и работе и является партнёрской
  организацией для самоорганизаций мигрантов. Услуги в основном в собственных отделениях;
  консультации также по телефону и онлайн.
fa.name: Multikulturelles Forum e.V. (انجمن چندفرهنگی)
fa.description: یک سازمان بزرگ و باسابقه مهاجران در ایالت NRW با دفتر مرکزی در Lünen و
  شعبه‌هایی از جمله در Hamm، Dortmund، Düsseldorf و Bergkamen. این انجمن به تازه‌واردان مشاوره
  می‌دهد، آنها را در آموزش حرفه‌ای و کار همراهی می‌کند و سازمان همکار برای سازمان‌های خودگردان
  مهاجران است. خدمات بیشتر در شعبه‌های خودش است؛ مشاوره تلفنی و آنلاین هم ممکن است.
ro.name: Multikulturelles Forum e.V. (Forumul Multicultural)
ro.description: O organizație mare și consacrată a migranților din NRW, cu sediul în Lünen și
  filiale, printre altele, în Hamm, Dortmund, Düsseldorf și Bergkamen. Forumul oferă consiliere
  nou-veniților, îi însoțește în formarea profesională și la muncă și este organizație
  parteneră pentru organizațiile migranților. Serviciile sunt mai ales la sediile proprii;
  consilierea este posibilă și telefonic sau online.
bg.name: Multikulturelles Forum e.V. (Мултикултурен форум)
bg.description: Голяма, утвърдена организация на мигранти в NRW със седалище в Lünen и офиси,
  сред които в Hamm, Dortmund, Düsseldorf и Bergkamen. Форумът консултира новодошли, подкрепя
  ги в професионалното обучение и работата и е партньорска организация на самоорганизациите на
  мигранти. Услугите са предимно в собствените офиси; консултации и по телефона и онлайн.
pl.name: Multikulturelles Forum e.V. (Forum Wielokulturowe)
pl.description: Duża, uznana organizacja migrantów w NRW z siedzibą w Lünen i oddziałami m.in.
  w Hamm, Dortmundzie, Düsseldorfie i Bergkamen. Forum doradza nowo przybyłym, wspiera w nauce
  zawodu i pracy oraz jest organizacją partnerską dla samoorganizacji migrantów. Usługi głównie
  we własnych oddziałach; porady także telefonicznie i online.
"""

MY_TURN_TEXT = """
de.name: MY TURN. MY CAREER. – Berufliche Perspektiven für Frauen mit Migrationserfahrung
de.description: Projekt des Multikulturellen Forums mit Partnern für Frauen mit
  Migrationserfahrung in Dortmund, Hamm und im Kreis Unna: Coaching, Berufsorientierung,
  Anerkennung von Abschlüssen und Fragen zur Kinderbetreuung. Teil des Bundesprogramms „MY TURN
  – Frauen mit Migrationserfahrung starten durch“. Teilnehmen können Frauen aus diesen Städten;
  für Frauen aus dem Kreis Gütersloh als Information und telefonischer oder Online-Kontakt.
de.application_process: Anrufen oder online Kontakt aufnehmen; das Projektteam klärt, ob eine
  Teilnahme möglich ist, und nennt sonst passende Angebote.
en.name: MY TURN. MY CAREER. – career perspectives for women with migration experience
en.description: Project of the Multikulturelles Forum and partners for women with migration
  experience in Dortmund, Hamm and Kreis Unna: coaching, career orientation, recognition of
  qualifications and questions about childcare. Part of the federal programme “MY TURN – women
  with migration experience get started”. Women living in these areas can take part; for women
  in Kreis Gütersloh it is information and a contact by phone or online.
en.application_process: Call or get in touch online; the project team checks whether you can
  take part and otherwise names suitable offers.
"""


def partner_services() -> list[dict[str, Any]]:
    """The district's integration centre, Multikulturelles Forum and MY TURN. MY CAREER."""
    return [
        service(
            "svc-ki-kreis-guetersloh",
            ORG_KI,
            KI_TEXT,
            ["counselling", "community", "event"],
            keywords=[
                "Kommunales Integrationszentrum",
                "KI",
                "Integration",
                "Kreishaus",
                "Migrantenselbstorganisationen",
                "MSO",
                "Sprachkurse",
                "Schule",
                "Seiteneinsteiger",
                "Über den Tellerrand",
                "Integrationsbeauftragte",
            ],
            target_groups=["migrants", "refugees", "families", "professionals", "volunteers"],
            languages=["de", "en", "tr", "ar", "ru", "pl"],
            cost=FREE,
            location=at(
                GUETERSLOH,
                "Herzebrocker Straße 140",
                name="Kreishaus Gütersloh",
                postal_code="33334",
                dlat=-0.0101,
                dlon=-0.0062,
            ),
            service_area=["Kreis Gütersloh"],
            contacts=[
                tel("+49 5241 85-0", label="Zentrale Kreis Gütersloh"),
                mail("integration"),
                link(KI_URL),
            ],
            schedules=[
                hours(
                    slot(WEEKDAYS, "08:30", "12:30"),
                    slot("MO,TU,TH", "14:00", "16:00"),
                    slot("WE", "14:00", "17:00", booking_url=booking("ki-kreis-guetersloh")),
                    closures=(XMAS, BRIDGE_DAY),
                )
            ],
            source=sample_source(
                "Kommunales Integrationszentrum Kreis Gütersloh (real, Adresse Kreishaus); "
                "Sprechzeiten und E-Mail beispielhaft",
                KI_URL,
            ),
        ),
        mso_service(
            "svc-multikulturelles-forum",
            ORG_MULTIKULTI,
            MULTIKULTI_TEXT,
            extra_categories=["counselling", "job_support"],
            communities=["türkeistämmig", "kurdisch", "arabisch", "osteuropäisch", "vielfältig"],
            origins=["TR", "SY", "IQ", "RO", "BG", "PL"],
            activities=["counselling", "language", "women", "youth", "refugee_support"],
            languages=["de", "tr", "ar", "ku", "ru", "pl", "ro", "bg", "en"],
            location={
                "name": "Hauptsitz Lünen",
                "address": "Bahnhofstraße 10",
                "postal_code": "44532",
                "town": "Lünen",
                "latitude": 51.6147,
                "longitude": 7.5256,
                "accessibility": ["wheelchair"],
            },
            service_area=["NRW"],
            online=True,
            contacts=[
                tel(PHONES.office("2306")),
                mail("multikulti-forum"),
                link("https://www.multikulti-forum.de"),
            ],
            schedules=[
                hours(
                    slot("MO,TU,WE,TH", "09:00", "16:00"),
                    slot("FR", "09:00", "13:00"),
                    closures=(XMAS,),
                )
            ],
            source=sample_source(
                "Multikulturelles Forum e.V. (real, Standorte Lünen, Hamm, Dortmund, Düsseldorf, "
                "Bergkamen); Adresse, Zeiten und Kontakt beispielhaft",
                "https://www.multikulti-forum.de",
            ),
            target_groups=["migrants", "refugees", "women", "youth"],
        ),
        service(
            "svc-my-turn-my-career",
            ORG_MULTIKULTI,
            MY_TURN_TEXT,
            ["job_support"],
            keywords=[
                "MY TURN",
                "MY CAREER",
                "Frauen",
                "Migrantinnen",
                "Berufsorientierung",
                "Coaching",
                "Anerkennung",
                "Kinderbetreuung",
                "Job",
                "women",
            ],
            minimum_age=18,
            target_groups=["women", "migrants"],
            languages=["de", "tr", "ar", "ru", "pl", "en"],
            cost=FREE,
            location={
                "name": "Projektbüro Dortmund",
                "address": "Kampstraße 30",
                "postal_code": "44137",
                "town": "Dortmund",
                "latitude": 51.5153,
                "longitude": 7.4620,
            },
            online=True,
            service_area=["Dortmund", "Hamm", "Kreis Unna"],
            contacts=[
                tel(PHONES.office("231")),
                mail("my-turn-my-career"),
                link("https://www.my-turn.info", label="Bundesprogramm MY TURN"),
            ],
            schedules=[
                hours(
                    slot("MO,TU,WE,TH", "09:00", "15:00"),
                    slot("TH", "15:00", "18:00", booking_url=booking("my-turn")),
                    closures=(XMAS,),
                )
            ],
            source=sample_source(
                "Projekt MY TURN. MY CAREER. des Multikulturellen Forums (real, Dortmund, Hamm, "
                "Kreis Unna); Büroadresse, Zeiten und Kontakt beispielhaft",
                "https://www.multikulti-forum.de",
            ),
        ),
    ]


# --------------------------------------------------------------------------------------------
# Migrant self-organisations (MSO): invented clubs, presented as partner organisations
# --------------------------------------------------------------------------------------------

ACTIVITY_LABELS: dict[str, dict[str, str]] = {
    "de": {
        "counselling": "Beratung",
        "homework_help": "Hausaufgabenhilfe",
        "refugee_support": "Unterstützung für Geflüchtete",
        "culture": "Kultur und Feste",
        "religion": "Religion und Gemeindeleben",
        "sport": "Sport",
        "language": "Sprachkurse",
        "women": "Frauengruppe",
        "youth": "Jugendarbeit",
        "parents": "Elterntreff",
    },
    "en": {
        "counselling": "counselling",
        "homework_help": "homework help",
        "refugee_support": "support for refugees",
        "culture": "culture and celebrations",
        "religion": "religion and community life",
        "sport": "sport",
        "language": "language classes",
        "women": "women's group",
        "youth": "youth activities",
        "parents": "parents' meetings",
    },
    "ar": {
        "counselling": "استشارة",
        "homework_help": "مساعدة في الواجبات المدرسية",
        "refugee_support": "دعم اللاجئين",
        "culture": "ثقافة واحتفالات",
        "religion": "الدين والحياة المجتمعية",
        "sport": "رياضة",
        "language": "دروس لغة",
        "women": "مجموعة نسائية",
        "youth": "أنشطة للشباب",
        "parents": "لقاءات للأهالي",
    },
    "tr": {
        "counselling": "danışmanlık",
        "homework_help": "ödev yardımı",
        "refugee_support": "mültecilere destek",
        "culture": "kültür ve şenlikler",
        "religion": "din ve cemaat hayatı",
        "sport": "spor",
        "language": "dil kursları",
        "women": "kadın grubu",
        "youth": "gençlik çalışmaları",
        "parents": "veli buluşmaları",
    },
    "uk": {
        "counselling": "консультації",
        "homework_help": "допомога з домашніми завданнями",
        "refugee_support": "підтримка біженців",
        "culture": "культура і свята",
        "religion": "релігія та життя громади",
        "sport": "спорт",
        "language": "мовні курси",
        "women": "жіноча група",
        "youth": "робота з молоддю",
        "parents": "зустрічі для батьків",
    },
    "ru": {
        "counselling": "консультации",
        "homework_help": "помощь с домашними заданиями",
        "refugee_support": "поддержка беженцев",
        "culture": "культура и праздники",
        "religion": "религия и жизнь общины",
        "sport": "спорт",
        "language": "языковые курсы",
        "women": "женская группа",
        "youth": "работа с молодёжью",
        "parents": "встречи для родителей",
    },
    "fa": {
        "counselling": "مشاوره",
        "homework_help": "کمک در تکالیف مکتب",
        "refugee_support": "حمایت از پناهندگان",
        "culture": "فرهنگ و جشن‌ها",
        "religion": "دین و زندگی جمعی",
        "sport": "ورزش",
        "language": "کلاس‌های زبان",
        "women": "گروه زنان",
        "youth": "فعالیت‌های جوانان",
        "parents": "دیدار والدین",
    },
    "ro": {
        "counselling": "consiliere",
        "homework_help": "ajutor la teme",
        "refugee_support": "sprijin pentru refugiați",
        "culture": "cultură și sărbători",
        "religion": "religie și viața comunității",
        "sport": "sport",
        "language": "cursuri de limbă",
        "women": "grup pentru femei",
        "youth": "activități pentru tineri",
        "parents": "întâlniri pentru părinți",
    },
    "bg": {
        "counselling": "консултации",
        "homework_help": "помощ с домашните",
        "refugee_support": "подкрепа за бежанци",
        "culture": "култура и празници",
        "religion": "религия и живот на общността",
        "sport": "спорт",
        "language": "езикови курсове",
        "women": "група за жени",
        "youth": "младежки дейности",
        "parents": "срещи за родители",
    },
    "pl": {
        "counselling": "doradztwo",
        "homework_help": "pomoc w odrabianiu lekcji",
        "refugee_support": "wsparcie dla uchodźców",
        "culture": "kultura i święta",
        "religion": "religia i życie wspólnoty",
        "sport": "sport",
        "language": "kursy językowe",
        "women": "grupa kobiet",
        "youth": "zajęcia dla młodzieży",
        "parents": "spotkania dla rodziców",
    },
}

MSO_OFFERS: dict[str, str] = {
    "de": "Angebote: {acts}. Eine Migrantenselbstorganisation (MSO) und Partnerorganisation im "
    "Integrationsnetz des Kreises Gütersloh.",
    "en": "Offers: {acts}. A migrant self-organisation (MSO) and partner organisation in the "
    "integration network of Kreis Gütersloh.",
    "ar": "العروض: {acts}. منظمة ذاتية للمهاجرين (MSO) ومنظمة شريكة في شبكة الاندماج في منطقة "
    "Kreis Gütersloh.",
    "tr": "Sunulanlar: {acts}. Kreis Gütersloh uyum ağında bir göçmen öz örgütü (MSO) ve ortak "
    "kuruluş.",
    "uk": "Що пропонують: {acts}. Самоорганізація мігрантів (MSO) і партнерська організація "
    "інтеграційної мережі округу Kreis Gütersloh.",
    "ru": "Что предлагают: {acts}. Самоорганизация мигрантов (MSO) и партнёрская организация "
    "интеграционной сети округа Kreis Gütersloh.",
    "fa": "خدمات: {acts}. یک سازمان خودگردان مهاجران (MSO) و سازمان همکار در شبکه ادغام ناحیه "
    "Kreis Gütersloh.",
    "ro": "Oferte: {acts}. O organizație a migranților (MSO) și organizație parteneră în rețeaua "
    "de integrare a districtului Kreis Gütersloh.",
    "bg": "Предлага: {acts}. Самоорганизация на мигранти (MSO) и партньорска организация в "
    "интеграционната мрежа на окръг Kreis Gütersloh.",
    "pl": "Oferta: {acts}. Organizacja migrancka (MSO) i organizacja partnerska w sieci "
    "integracyjnej powiatu Kreis Gütersloh.",
}

LIST_SEPARATOR = {"ar": "، ", "fa": "، "}


def compose_mso_text(block: str, activities: list[str]) -> str:
    """Turn `name`/`gloss`/`intro` entries into name and description per language.

    The name stays the club's German name, followed by a short gloss in the reader's language;
    the description is the hand-written intro plus the list of activities.
    """
    parts = parse_texts(block)
    german_name = parts["de"]["name"]
    lines = []
    for lang in ["de", *TRANSLATION_LANGS]:
        entry = parts[lang]
        separator = LIST_SEPARATOR.get(lang, ", ")
        acts = separator.join(ACTIVITY_LABELS[lang][a] for a in activities)
        name = german_name if lang == "de" else f"{german_name} – {entry['gloss']}"
        description = f"{entry['intro']} {MSO_OFFERS[lang].format(acts=acts)}"
        lines.append(f"{lang}.name: {name}")
        lines.append(f"{lang}.description: {description}")
    return "\n".join(lines)


def mso_service(
    sid: str,
    organization: dict[str, Any],
    text: str,
    *,
    communities: list[str],
    origins: list[str],
    activities: list[str],
    extra_categories: list[str] | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """A migrant self-organisation with its MSO profile; always in category `community`."""
    keywords = [
        "Migrantenselbstorganisation",
        "MSO",
        "Verein",
        "Community",
        "Gemeinschaft",
        "Partnerorganisation",
        *communities,
    ]
    return service(
        sid,
        organization,
        text,
        ["community", *(extra_categories or [])],
        keywords=keywords,
        cost=fields.pop("cost", FREE),
        mso={"communities": communities, "origins": origins, "activities": activities},
        **fields,
    )


def local_mso(
    slug: str,
    town: Town,
    block: str,
    *,
    address: str,
    dlat: float,
    dlon: float,
    communities: list[str],
    origins: list[str],
    activities: list[str],
    languages: list[str],
    weekly: list[dict[str, Any]],
    target_groups: list[str],
    extra_categories: list[str] | None = None,
    district: str | None = None,
    holidays: str = "closed",
    holiday_hours: tuple[dict[str, str], ...] = (),
) -> dict[str, Any]:
    """An invented local club: fictional contacts, a real-looking address in its town."""
    text = compose_mso_text(block, activities)
    name = parse_texts(block)["de"]["name"]
    organization = org(
        f"org-{slug}", name, website=sample_url(slug), email=f"{slug}@example.org", is_mso=True
    )
    return mso_service(
        f"svc-{slug}",
        organization,
        text,
        communities=communities,
        origins=origins,
        activities=activities,
        extra_categories=extra_categories,
        target_groups=target_groups,
        languages=languages,
        location=at(town, address, dlat=dlat, dlon=dlon, district=district, step_free=False),
        service_area=[town.name],
        contacts=[office_phone(town), mail(slug), link(sample_url(slug))],
        schedules=[hours(*weekly, holidays=holidays, holiday_hours=holiday_hours)],
        source=sample_source("erfundene Migrantenselbstorganisation (fiktiver Verein)"),
    )


MSO_SYRIAN = """
de.name: Syrischer Kultur- und Familienverein Gütersloh e.V.
de.intro: Syrische Familien in Gütersloh treffen sich hier, helfen Neuankommenden beim Start und
  feiern gemeinsam Feste.
en.gloss: Syrian culture and family association
en.intro: Syrian families in Gütersloh meet here, help newcomers get started and celebrate
  together.
ar.gloss: جمعية ثقافية وعائلية سورية
ar.intro: تلتقي هنا العائلات السورية في Gütersloh، وتساعد القادمين الجدد في البداية وتحتفل معًا
  بالأعياد.
tr.gloss: Suriye kültür ve aile derneği
tr.intro: Gütersloh'taki Suriyeli aileler burada buluşur, yeni gelenlere başlangıçta yardım
  eder ve birlikte bayram kutlar.
uk.gloss: Сирійське культурно-сімейне товариство
uk.intro: Тут зустрічаються сирійські родини з Gütersloh, допомагають новоприбулим освоїтися й
  разом святкують.
ru.gloss: Сирийское культурно-семейное общество
ru.intro: Здесь встречаются сирийские семьи из Gütersloh, помогают новоприбывшим освоиться и
  вместе отмечают праздники.
fa.gloss: انجمن فرهنگی و خانوادگی سوری
fa.intro: خانواده‌های سوری در Gütersloh اینجا دور هم جمع می‌شوند، به تازه‌واردان در شروع کمک
  می‌کنند و با هم جشن می‌گیرند.
ro.gloss: Asociația culturală și a familiilor siriene
ro.intro: Familiile siriene din Gütersloh se întâlnesc aici, îi ajută pe nou-veniți la început
  și sărbătoresc împreună.
bg.gloss: Сирийско културно и семейно сдружение
bg.intro: Тук се срещат сирийски семейства от Gütersloh, помагат на новодошлите в началото и
  празнуват заедно.
pl.gloss: Syryjskie stowarzyszenie kulturalne i rodzinne
pl.intro: Tutaj spotykają się syryjskie rodziny z Gütersloh, pomagają nowo przybyłym na start i
  razem świętują.
"""

MSO_ERITREAN = """
de.name: Eritreische Gemeinschaft Gütersloh e.V.
de.intro: Treffpunkt für Menschen aus Eritrea: Hilfe bei Briefen und Terminen auf Tigrinya,
  Kaffeezeremonie und gemeinsame Feste.
en.gloss: Eritrean community
en.intro: Meeting point for people from Eritrea: help with letters and appointments in
  Tigrinya, coffee ceremonies and celebrations.
ar.gloss: الجالية الإريترية
ar.intro: مكان لقاء للقادمين من إريتريا: مساعدة في الرسائل والمواعيد باللغة التغرينية، وحفلات
  القهوة والأعياد.
tr.gloss: Eritre topluluğu
tr.intro: Eritreliler için buluşma noktası: Tigrinya dilinde mektup ve randevu yardımı, kahve
  seremonisi ve şenlikler.
uk.gloss: Еритрейська громада
uk.intro: Місце зустрічі для людей з Еритреї: допомога з листами й записами на прийом мовою
  тигринья, кавова церемонія та свята.
ru.gloss: Эритрейская община
ru.intro: Место встречи для людей из Эритреи: помощь с письмами и записью на приём на языке
  тигринья, кофейная церемония и праздники.
fa.gloss: جامعه اریتره‌ای‌ها
fa.intro: محل دیدار برای مردم اریتره: کمک در نامه‌ها و وقت‌های اداری به زبان تیگرینیا، مراسم
  قهوه و جشن‌ها.
ro.gloss: Comunitatea eritreeană
ro.intro: Loc de întâlnire pentru oamenii din Eritreea: ajutor cu scrisori și programări în
  limba tigrinya, ceremonia cafelei și sărbători.
bg.gloss: Еритрейска общност
bg.intro: Място за срещи на хора от Еритрея: помощ с писма и часове при институции на тигриня,
  кафе церемония и празници.
pl.gloss: Społeczność erytrejska
pl.intro: Miejsce spotkań dla osób z Erytrei: pomoc z listami i wizytami w urzędach w języku
  tigrinia, ceremonia kawy i święta.
"""

MSO_AFGHAN = """
de.name: Afghanischer Kulturverein Rheda-Wiedenbrück e.V.
de.intro: Afghanische Familien bieten Hausaufgabenhilfe, Deutsch-Übungsgruppen und Hilfe für
  Neuankommende auf Dari und Paschtu.
en.gloss: Afghan cultural association
en.intro: Afghan families offer homework help, German practice groups and support for
  newcomers in Dari and Pashto.
ar.gloss: جمعية ثقافية أفغانية
ar.intro: تقدم عائلات أفغانية المساعدة في الواجبات المدرسية ومجموعات لتمرين اللغة الألمانية
  ودعمًا للقادمين الجدد بالدارية والبشتو.
tr.gloss: Afgan kültür derneği
tr.intro: Afgan aileler Darice ve Peştuca ödev yardımı, Almanca pratik grupları ve yeni
  gelenlere destek sunar.
uk.gloss: Афганське культурне товариство
uk.intro: Афганські родини пропонують допомогу з домашніми завданнями, групи для практики
  німецької та підтримку новоприбулих мовами дарі й пушту.
ru.gloss: Афганское культурное общество
ru.intro: Афганские семьи предлагают помощь с домашними заданиями, группы для практики
  немецкого и поддержку новоприбывших на дари и пушту.
fa.gloss: انجمن فرهنگی افغان‌ها
fa.intro: خانواده‌های افغان کمک در کارخانگی مکتب، گروه‌های تمرین زبان آلمانی و حمایت از
  تازه‌واردان به زبان‌های دری و پشتو ارائه می‌دهند.
ro.gloss: Asociația culturală afgană
ro.intro: Familii afgane oferă ajutor la teme, grupuri de exersare a limbii germane și sprijin
  pentru nou-veniți în dari și paștună.
bg.gloss: Афганско културно сдружение
bg.intro: Афгански семейства предлагат помощ с домашните, групи за упражняване на немски и
  подкрепа за новодошли на дари и пущу.
pl.gloss: Afgańskie stowarzyszenie kulturalne
pl.intro: Afgańskie rodziny oferują pomoc w lekcjach, grupy do ćwiczenia niemieckiego i
  wsparcie dla nowo przybyłych w językach dari i paszto.
"""

MSO_UKRAINIAN = """
de.name: Ukrainische Initiative Verl
de.intro: Ukrainerinnen und Ukrainer in Verl helfen einander: Elterntreff, Deutsch-Stammtisch,
  Hilfe bei Anträgen und ukrainische Feste.
en.gloss: Ukrainian initiative
en.intro: Ukrainians in Verl help each other: parents' meetings, a German conversation table,
  help with applications and Ukrainian celebrations.
ar.gloss: المبادرة الأوكرانية
ar.intro: يساعد الأوكرانيون في Verl بعضهم بعضًا: لقاءات للأهالي، جلسة محادثة بالألمانية،
  مساعدة في الطلبات واحتفالات أوكرانية.
tr.gloss: Ukrayna girişimi
tr.intro: Verl'deki Ukraynalılar birbirine yardım eder: veli buluşmaları, Almanca sohbet
  masası, başvurularda yardım ve Ukrayna şenlikleri.
uk.gloss: Українська ініціатива
uk.intro: Українки й українці у Verl допомагають одне одному: зустрічі для батьків, розмовний
  клуб німецької, допомога із заявами та українські свята.
ru.gloss: Украинская инициатива
ru.intro: Украинцы в Verl помогают друг другу: встречи для родителей, разговорный клуб
  немецкого, помощь с заявлениями и украинские праздники.
fa.gloss: ابتکار اوکراینی‌ها
fa.intro: اوکراینی‌ها در Verl به یکدیگر کمک می‌کنند: دیدار والدین، میز گفتگوی آلمانی، کمک در
  درخواست‌ها و جشن‌های اوکراینی.
ro.gloss: Inițiativa ucraineană
ro.intro: Ucrainenii din Verl se ajută între ei: întâlniri pentru părinți, grup de conversație
  în germană, ajutor cu cererile și sărbători ucrainene.
bg.gloss: Украинска инициатива
bg.intro: Украинците във Verl си помагат: срещи за родители, разговорен клуб по немски, помощ
  със заявления и украински празници.
pl.gloss: Inicjatywa ukraińska
pl.intro: Ukrainki i Ukraińcy w Verl pomagają sobie nawzajem: spotkania dla rodziców,
  konwersacje po niemiecku, pomoc we wnioskach i ukraińskie święta.
"""

MSO_TURKISH = """
de.name: Türkisch-Deutscher Kulturverein Rheda-Wiedenbrück e.V.
de.intro: Seit vielen Jahren ein Ort der Begegnung für türkeistämmige und alle interessierten
  Familien: Nachhilfe, Jugendgruppe, Elternabende und Kulturabende.
en.gloss: Turkish-German cultural association
en.intro: For many years a meeting place for families with Turkish roots and everyone
  interested: tutoring, youth group, parents' evenings and cultural evenings.
ar.gloss: الجمعية الثقافية التركية الألمانية
ar.intro: منذ سنوات طويلة مكان لقاء للعائلات ذات الأصول التركية ولكل المهتمين: دروس تقوية،
  مجموعة شبابية، أمسيات للأهالي وأمسيات ثقافية.
tr.gloss: Türk-Alman Kültür Derneği
tr.intro: Yıllardır Türkiye kökenli ve ilgilenen tüm aileler için bir buluşma yeri: ders
  desteği, gençlik grubu, veli akşamları ve kültür geceleri.
uk.gloss: Турецько-німецьке культурне товариство
uk.intro: Уже багато років місце зустрічей для родин турецького походження та всіх охочих:
  репетиторство, молодіжна група, батьківські вечори та культурні вечори.
ru.gloss: Турецко-немецкое культурное общество
ru.intro: Уже много лет место встреч для семей турецкого происхождения и всех желающих:
  репетиторство, молодёжная группа, родительские вечера и культурные вечера.
fa.gloss: انجمن فرهنگی ترکی و آلمانی
fa.intro: سال‌هاست محل دیدار خانواده‌های ترک‌تبار و همه علاقه‌مندان: کلاس تقویتی، گروه جوانان،
  شب‌های والدین و شب‌های فرهنگی.
ro.gloss: Asociația culturală turco-germană
ro.intro: De mulți ani un loc de întâlnire pentru familiile de origine turcă și pentru toți cei
  interesați: meditații, grup de tineri, seri pentru părinți și seri culturale.
bg.gloss: Турско-германско културно сдружение
bg.intro: От много години място за срещи на семейства с турски корени и на всички желаещи:
  допълнителни уроци, младежка група, родителски вечери и културни вечери.
pl.gloss: Turecko-niemieckie stowarzyszenie kulturalne
pl.intro: Od wielu lat miejsce spotkań rodzin o tureckich korzeniach i wszystkich
  zainteresowanych: korepetycje, grupa młodzieżowa, wieczory dla rodziców i wieczory
  kulturalne.
"""

MSO_KURDISH = """
de.name: Kurdisches Kulturzentrum Gütersloh e.V.
de.intro: Kurdische Familien aus verschiedenen Ländern treffen sich zu Musik, Newroz und
  Sprachkursen in Kurmancî; es gibt eine Frauengruppe und Begleitung zu Ämtern.
en.gloss: Kurdish cultural centre
en.intro: Kurdish families from several countries meet for music, Newroz and Kurmanji classes;
  there is a women's group and people who accompany you to offices.
ar.gloss: المركز الثقافي الكردي
ar.intro: تلتقي عائلات كردية من بلدان مختلفة للموسيقى وعيد نوروز ودروس اللغة الكرمانجية؛ وهناك
  مجموعة نسائية ومرافقة إلى الدوائر الرسمية.
tr.gloss: Kürt Kültür Merkezi
tr.intro: Farklı ülkelerden Kürt aileler müzik, Newroz ve Kurmancî dil kursları için buluşur;
  bir kadın grubu ve resmi dairelere refakat de var.
uk.gloss: Курдський культурний центр
uk.intro: Курдські родини з різних країн збираються на музику, свято Новруз і заняття
  курманджі; є жіноча група та супровід до установ.
ru.gloss: Курдский культурный центр
ru.intro: Курдские семьи из разных стран собираются на музыку, праздник Навруз и занятия
  курманджи; есть женская группа и сопровождение в ведомства.
fa.gloss: مرکز فرهنگی کردها
fa.intro: خانواده‌های کرد از کشورهای مختلف برای موسیقی، نوروز و کلاس‌های زبان کرمانجی دور هم
  جمع می‌شوند؛ یک گروه زنان و همراهی به ادارات هم وجود دارد.
ro.gloss: Centrul cultural kurd
ro.intro: Familii kurde din mai multe țări se întâlnesc pentru muzică, Newroz și cursuri de
  kurmanji; există un grup pentru femei și însoțire la autorități.
bg.gloss: Кюрдски културен център
bg.intro: Кюрдски семейства от различни страни се събират за музика, празника Новруз и курсове
  по курманджи; има група за жени и придружаване до институции.
pl.gloss: Kurdyjskie centrum kultury
pl.intro: Kurdyjskie rodziny z różnych krajów spotykają się na muzyce, święcie Newroz i kursach
  kurmandżi; działa grupa kobiet i pomoc w towarzyszeniu do urzędów.
"""

MSO_POLISH = """
de.name: Polnischer Verein Harsewinkel e.V.
de.intro: Polnische Familien in Harsewinkel und Umgebung: Polnischunterricht für Kinder am
  Samstag, Elterntreff und Hilfe für neu Zugezogene bei Arbeit und Wohnen.
en.gloss: Polish association
en.intro: Polish families in and around Harsewinkel: Polish lessons for children on Saturdays,
  parents' meetings and help for newcomers with work and housing.
ar.gloss: الجمعية البولندية
ar.intro: عائلات بولندية في Harsewinkel وما حولها: دروس اللغة البولندية للأطفال يوم السبت، لقاء
  للأهالي ومساعدة القادمين الجدد في العمل والسكن.
tr.gloss: Polonya derneği
tr.intro: Harsewinkel ve çevresindeki Polonyalı aileler: cumartesi günleri çocuklar için Lehçe
  dersleri, veli buluşması ve yeni gelenlere iş ve konut konusunda yardım.
uk.gloss: Польське товариство
uk.intro: Польські родини в Harsewinkel та околицях: уроки польської для дітей у суботу,
  зустрічі для батьків і допомога новоприбулим із роботою та житлом.
ru.gloss: Польское общество
ru.intro: Польские семьи в Harsewinkel и окрестностях: уроки польского для детей по субботам,
  встречи для родителей и помощь новоприбывшим с работой и жильём.
fa.gloss: انجمن لهستانی‌ها
fa.intro: خانواده‌های لهستانی در Harsewinkel و اطراف: کلاس زبان لهستانی برای کودکان در روزهای
  شنبه، دیدار والدین و کمک به تازه‌واردان در کار و مسکن.
ro.gloss: Asociația poloneză
ro.intro: Familii poloneze din Harsewinkel și împrejurimi: ore de poloneză pentru copii
  sâmbăta, întâlniri pentru părinți și ajutor pentru nou-veniți la muncă și locuință.
bg.gloss: Полско сдружение
bg.intro: Полски семейства в Harsewinkel и околността: уроци по полски за деца в събота, срещи
  за родители и помощ за новодошли с работа и жилище.
pl.gloss: Stowarzyszenie polskie
pl.intro: Polskie rodziny w Harsewinkel i okolicy: lekcje polskiego dla dzieci w soboty,
  spotkania dla rodziców i pomoc dla nowo przybyłych w sprawach pracy i mieszkania.
"""

MSO_ROMANIAN = """
de.name: Rumänischer Verein Rheda-Wiedenbrück e.V.
de.intro: Rumänische und moldauische Familien beraten einander zu Arbeitsvertrag, Wohnung und
  Schule und organisieren Feste und einen Elterntreff auf Rumänisch.
en.gloss: Romanian association
en.intro: Romanian and Moldovan families advise each other on employment contracts, housing
  and school and organise celebrations and a parents' meeting in Romanian.
ar.gloss: الجمعية الرومانية
ar.intro: تتبادل العائلات الرومانية والمولدوفية النصائح حول عقد العمل والسكن والمدرسة، وتنظم
  احتفالات ولقاءً للأهالي باللغة الرومانية.
tr.gloss: Romen derneği
tr.intro: Romanyalı ve Moldovalı aileler iş sözleşmesi, konut ve okul konularında birbirine
  danışır, şenlikler ve Rumence veli buluşmaları düzenler.
uk.gloss: Румунське товариство
uk.intro: Румунські та молдовські родини радять одне одному щодо трудового договору, житла та
  школи, організовують свята й зустрічі для батьків румунською.
ru.gloss: Румынское общество
ru.intro: Румынские и молдавские семьи консультируют друг друга по трудовому договору, жилью и
  школе, устраивают праздники и встречи для родителей на румынском.
fa.gloss: انجمن رومانیایی‌ها
fa.intro: خانواده‌های رومانیایی و مولداویایی درباره قرارداد کار، مسکن و مدرسه به هم مشورت
  می‌دهند و جشن‌ها و دیدار والدین به زبان رومانیایی برگزار می‌کنند.
ro.gloss: Asociația românilor
ro.intro: Familii din România și Republica Moldova se sfătuiesc reciproc despre contractul de
  muncă, locuință și școală și organizează sărbători și întâlniri pentru părinți în limba
  română.
bg.gloss: Румънско сдружение
bg.intro: Румънски и молдовски семейства се съветват за трудовия договор, жилището и училището
  и организират празници и срещи за родители на румънски.
pl.gloss: Stowarzyszenie rumuńskie
pl.intro: Rodziny z Rumunii i Mołdawii doradzają sobie w sprawie umowy o pracę, mieszkania i
  szkoły, organizują święta i spotkania dla rodziców po rumuńsku.
"""

MSO_BULGARIAN = """
de.name: Bulgarischer Kulturverein Verl e.V.
de.intro: Bulgarische Familien in Verl und Umgebung: Tanzgruppe, Bulgarisch für Kinder und eine
  Sprechstunde zu Arbeit, Kindergeld und Krankenversicherung.
en.gloss: Bulgarian cultural association
en.intro: Bulgarian families in and around Verl: dance group, Bulgarian for children and a
  drop-in hour on work, child benefit and health insurance.
ar.gloss: الجمعية الثقافية البلغارية
ar.intro: عائلات بلغارية في Verl وما حولها: فرقة رقص، دروس بلغارية للأطفال وساعة استشارة حول
  العمل وإعانة الأطفال والتأمين الصحي.
tr.gloss: Bulgar kültür derneği
tr.intro: Verl ve çevresindeki Bulgaristanlı aileler: dans grubu, çocuklar için Bulgarca ve
  iş, çocuk parası ile sağlık sigortası hakkında danışma saati.
uk.gloss: Болгарське культурне товариство
uk.intro: Болгарські родини у Verl та околицях: танцювальна група, болгарська для дітей і
  консультаційна година щодо роботи, допомоги на дітей та медичного страхування.
ru.gloss: Болгарское культурное общество
ru.intro: Болгарские семьи в Verl и окрестностях: танцевальная группа, болгарский для детей и
  консультационный час по работе, детскому пособию и медицинской страховке.
fa.gloss: انجمن فرهنگی بلغاری‌ها
fa.intro: خانواده‌های بلغاری در Verl و اطراف: گروه رقص، زبان بلغاری برای کودکان و ساعت مشاوره
  درباره کار، کمک‌هزینه فرزند و بیمه درمانی.
ro.gloss: Asociația culturală bulgară
ro.intro: Familii bulgare din Verl și împrejurimi: grup de dans, bulgară pentru copii și o oră
  de consultanță despre muncă, alocația pentru copii și asigurarea de sănătate.
bg.gloss: Българско културно дружество
bg.intro: Български семейства във Verl и околността: танцова група, български език за деца и
  приемен час за работа, детски надбавки и здравна осигуровка.
pl.gloss: Bułgarskie stowarzyszenie kulturalne
pl.intro: Bułgarskie rodziny w Verl i okolicy: zespół taneczny, bułgarski dla dzieci i dyżur w
  sprawach pracy, zasiłku na dzieci i ubezpieczenia zdrowotnego.
"""

MSO_YAZIDI = """
de.name: Ezidischer Kulturverein Rietberg e.V.
de.intro: Ezidische (jesidische) Familien pflegen ihre Religion und Kultur, unterstützen
  Überlebende und Neuankommende und bieten Jugendtreffs an.
en.gloss: Yazidi cultural association
en.intro: Yazidi (Ezidi) families keep their religion and culture alive, support survivors and
  newcomers and run youth meetings.
ar.gloss: الجمعية الثقافية الإيزيدية
ar.intro: تحافظ العائلات الإيزيدية على دينها وثقافتها، وتدعم الناجين والقادمين الجدد، وتقدم
  لقاءات للشباب.
tr.gloss: Ezidi kültür derneği
tr.intro: Ezidi aileler dinlerini ve kültürlerini yaşatır, hayatta kalanları ve yeni gelenleri
  destekler ve gençlik buluşmaları düzenler.
uk.gloss: Єзидське культурне товариство
uk.intro: Єзидські родини зберігають свою релігію та культуру, підтримують тих, хто пережив
  насильство, і новоприбулих, проводять зустрічі для молоді.
ru.gloss: Езидское культурное общество
ru.intro: Езидские семьи сохраняют свою религию и культуру, поддерживают переживших насилие и
  новоприбывших, проводят встречи для молодёжи.
fa.gloss: انجمن فرهنگی ایزدی‌ها
fa.intro: خانواده‌های ایزدی دین و فرهنگ خود را زنده نگه می‌دارند، از بازماندگان و تازه‌واردان
  حمایت می‌کنند و دیدارهای جوانان برگزار می‌کنند.
ro.gloss: Asociația culturală yazidă
ro.intro: Familiile yazide își păstrează religia și cultura, îi sprijină pe supraviețuitori și
  pe nou-veniți și organizează întâlniri pentru tineri.
bg.gloss: Езидско културно сдружение
bg.intro: Езидски семейства съхраняват своята религия и култура, подкрепят оцелелите и
  новодошлите и организират срещи за младежи.
pl.gloss: Jazydzkie stowarzyszenie kulturalne
pl.intro: Jazydzkie rodziny pielęgnują swoją religię i kulturę, wspierają ocalałych i nowo
  przybyłych oraz prowadzą spotkania dla młodzieży.
"""

MSO_ARAB_WOMEN = """
de.name: Arabischer Frauentreff Halle (Westf.)
de.intro: Ein Treff nur für Frauen: gemeinsam Deutsch üben, Fragen zu Kita, Schule und
  Gesundheit besprechen und einander stärken. Kinderbetreuung während des Treffens.
en.gloss: Arab women's group
en.intro: A meeting just for women: practise German together, talk about day care, school and
  health and support each other. Childcare during the meeting.
ar.gloss: ملتقى النساء العربيات
ar.intro: لقاء للنساء فقط: نتمرن معًا على الألمانية، ونتحدث عن الحضانة والمدرسة والصحة، وندعم
  بعضنا بعضًا. رعاية للأطفال أثناء اللقاء.
tr.gloss: Arap kadınlar grubu
tr.intro: Sadece kadınlara özel bir buluşma: birlikte Almanca pratik yapmak, kreş, okul ve
  sağlık hakkında konuşmak ve birbirine güç vermek. Buluşma sırasında çocuk bakımı var.
uk.gloss: Арабська жіноча група
uk.intro: Зустрічі лише для жінок: разом практикувати німецьку, говорити про дитсадок, школу та
  здоров'я і підтримувати одна одну. Під час зустрічі є догляд за дітьми.
ru.gloss: Арабская женская группа
ru.intro: Встречи только для женщин: вместе практиковать немецкий, говорить о детском саде,
  школе и здоровье и поддерживать друг друга. Во время встречи за детьми присматривают.
fa.gloss: گروه زنان عرب
fa.intro: دیداری فقط برای زنان: با هم آلمانی تمرین می‌کنیم، درباره کودکستان، مکتب و سلامت صحبت
  می‌کنیم و به یکدیگر قوت می‌دهیم. در زمان دیدار از کودکان نگهداری می‌شود.
ro.gloss: Grupul femeilor arabe
ro.intro: O întâlnire doar pentru femei: exersăm împreună germana, vorbim despre grădiniță,
  școală și sănătate și ne sprijinim reciproc. În timpul întâlnirii se are grijă de copii.
bg.gloss: Арабска група за жени
bg.intro: Среща само за жени: заедно упражняваме немски, говорим за детска градина, училище и
  здраве и се подкрепяме. По време на срещата се грижат за децата.
pl.gloss: Grupa kobiet arabskich
pl.intro: Spotkania tylko dla kobiet: razem ćwiczymy niemiecki, rozmawiamy o przedszkolu,
  szkole i zdrowiu i wspieramy się nawzajem. W czasie spotkania jest opieka nad dziećmi.
"""

MSO_AFRICAN = """
de.name: Afrikanische Gemeinschaft Kreis Gütersloh e.V.
de.intro: Menschen aus vielen afrikanischen Ländern beraten einander auf Englisch und
  Französisch, begleiten Neuankommende und feiern afrikanische Kultur mit Musik und Essen.
en.gloss: African community
en.intro: People from many African countries advise each other in English and French,
  accompany newcomers and celebrate African culture with music and food.
ar.gloss: الجالية الأفريقية
ar.intro: أشخاص من بلدان أفريقية كثيرة يقدمون النصيحة لبعضهم بالإنجليزية والفرنسية، ويرافقون
  القادمين الجدد ويحتفلون بالثقافة الأفريقية بالموسيقى والطعام.
tr.gloss: Afrika topluluğu
tr.intro: Birçok Afrika ülkesinden insanlar İngilizce ve Fransızca birbirine danışır, yeni
  gelenlere eşlik eder ve Afrika kültürünü müzik ve yemekle kutlar.
uk.gloss: Африканська громада
uk.intro: Люди з багатьох африканських країн консультують одне одного англійською та
  французькою, супроводжують новоприбулих і святкують африканську культуру з музикою та їжею.
ru.gloss: Африканская община
ru.intro: Люди из многих африканских стран консультируют друг друга на английском и
  французском, сопровождают новоприбывших и отмечают африканскую культуру музыкой и едой.
fa.gloss: جامعه آفریقایی‌ها
fa.intro: مردمی از کشورهای مختلف آفریقایی به زبان انگلیسی و فرانسوی به هم مشورت می‌دهند،
  تازه‌واردان را همراهی می‌کنند و فرهنگ آفریقایی را با موسیقی و غذا جشن می‌گیرند.
ro.gloss: Comunitatea africană
ro.intro: Oameni din multe țări africane se sfătuiesc în engleză și franceză, îi însoțesc pe
  nou-veniți și sărbătoresc cultura africană cu muzică și mâncare.
bg.gloss: Африканска общност
bg.intro: Хора от много африкански страни се съветват на английски и френски, придружават
  новодошлите и празнуват африканската култура с музика и храна.
pl.gloss: Społeczność afrykańska
pl.intro: Osoby z wielu krajów Afryki doradzają sobie po angielsku i francusku, wspierają nowo
  przybyłych i świętują kulturę afrykańską muzyką i jedzeniem.
"""

MSO_RUSSIAN_PARENTS = """
de.name: Russischsprachige Elterninitiative Versmold
de.intro: Russischsprachige Eltern unterstützen einander bei Schule und Ausbildung der Kinder,
  bieten Hausaufgabenhilfe und einen Treff zum Aufwachsen mit mehreren Sprachen.
en.gloss: Russian-speaking parents' initiative
en.intro: Russian-speaking parents support each other with their children's school and
  training, offer homework help and a meeting on growing up with several languages.
ar.gloss: مبادرة الأهالي الناطقين بالروسية
ar.intro: يدعم الآباء والأمهات الناطقون بالروسية بعضهم في مدرسة أطفالهم وتدريبهم المهني،
  ويقدمون مساعدة في الواجبات المدرسية ولقاءً حول النشأة مع عدة لغات.
tr.gloss: Rusça konuşan ebeveynler girişimi
tr.intro: Rusça konuşan ebeveynler çocuklarının okul ve meslek eğitimi konusunda birbirini
  destekler, ödev yardımı ve çok dilli büyümek üzerine bir buluşma sunar.
uk.gloss: Ініціатива російськомовних батьків
uk.intro: Російськомовні батьки підтримують одне одного в питаннях школи та навчання дітей,
  пропонують допомогу з домашніми завданнями та зустрічі про виховання кількома мовами.
ru.gloss: Инициатива русскоязычных родителей
ru.intro: Русскоязычные родители поддерживают друг друга в вопросах школы и профессионального
  обучения детей, помогают с домашними заданиями и проводят встречи о многоязычии в семье.
fa.gloss: ابتکار والدین روسی‌زبان
fa.intro: والدین روسی‌زبان در موضوع مکتب و آموزش حرفه‌ای فرزندان از یکدیگر حمایت می‌کنند و
  کمک در تکالیف و دیدار درباره بزرگ شدن با چند زبان ارائه می‌دهند.
ro.gloss: Inițiativa părinților vorbitori de rusă
ro.intro: Părinți vorbitori de rusă se sprijină reciproc în privința școlii și a formării
  profesionale a copiilor, oferă ajutor la teme și întâlniri despre creșterea cu mai multe
  limbi.
bg.gloss: Инициатива на рускоговорящи родители
bg.intro: Рускоговорящи родители се подкрепят по въпросите на училището и професионалното
  обучение на децата, предлагат помощ с домашните и срещи за отглеждането с няколко езика.
pl.gloss: Inicjatywa rodziców rosyjskojęzycznych
pl.intro: Rosyjskojęzyczni rodzice wspierają się w sprawach szkoły i nauki zawodu dzieci,
  oferują pomoc w lekcjach i spotkania o wychowaniu w kilku językach.
"""

MSO_ALBANIAN = """
de.name: Albanisch-Kosovarischer Kulturverein Steinhagen e.V.
de.intro: Familien aus Albanien, dem Kosovo und Nordmazedonien: albanischer Sprachunterricht für
  Kinder, Jugendfußball und Kulturabende.
en.gloss: Albanian-Kosovar cultural association
en.intro: Families from Albania, Kosovo and North Macedonia: Albanian lessons for children,
  youth football and cultural evenings.
ar.gloss: الجمعية الثقافية الألبانية الكوسوفية
ar.intro: عائلات من ألبانيا وكوسوفو ومقدونيا الشمالية: دروس اللغة الألبانية للأطفال، كرة القدم
  للشباب وأمسيات ثقافية.
tr.gloss: Arnavut-Kosova kültür derneği
tr.intro: Arnavutluk, Kosova ve Kuzey Makedonya'dan aileler: çocuklar için Arnavutça dersleri,
  gençlik futbolu ve kültür geceleri.
uk.gloss: Албансько-косовське культурне товариство
uk.intro: Родини з Албанії, Косова та Північної Македонії: уроки албанської для дітей,
  молодіжний футбол і культурні вечори.
ru.gloss: Албанско-косовское культурное общество
ru.intro: Семьи из Албании, Косово и Северной Македонии: уроки албанского для детей, юношеский
  футбол и культурные вечера.
fa.gloss: انجمن فرهنگی آلبانیایی و کوزوویی
fa.intro: خانواده‌هایی از آلبانی، کوزوو و مقدونیه شمالی: کلاس زبان آلبانیایی برای کودکان،
  فوتبال جوانان و شب‌های فرهنگی.
ro.gloss: Asociația culturală albano-kosovară
ro.intro: Familii din Albania, Kosovo și Macedonia de Nord: ore de albaneză pentru copii, fotbal
  pentru tineri și seri culturale.
bg.gloss: Албанско-косовско културно сдружение
bg.intro: Семейства от Албания, Косово и Северна Македония: уроци по албански за деца, младежки
  футбол и културни вечери.
pl.gloss: Albańsko-kosowskie stowarzyszenie kulturalne
pl.intro: Rodziny z Albanii, Kosowa i Macedonii Północnej: lekcje albańskiego dla dzieci, piłka
  nożna dla młodzieży i wieczory kulturalne.
"""

MSO_MOSQUE = """
de.name: Islamische Gemeinde Schloß Holte-Stukenbrock e.V.
de.intro: Eine Moscheegemeinde mit offenen Türen: Freitagsgebet, Hausaufgabenhilfe, Jugendgruppe
  und Unterstützung für geflüchtete Familien. Gäste sind beim Tag der offenen Moschee
  willkommen.
en.gloss: mosque community
en.intro: A mosque community with open doors: Friday prayers, homework help, youth group and
  support for refugee families. Visitors are welcome on the open mosque day.
ar.gloss: جماعة المسجد
ar.intro: جماعة مسجد بأبواب مفتوحة: صلاة الجمعة، مساعدة في الواجبات المدرسية، مجموعة شبابية ودعم
  للعائلات اللاجئة. الزوار مرحَّب بهم في يوم المسجد المفتوح.
tr.gloss: cami cemaati
tr.intro: Kapıları açık bir cami cemaati: cuma namazı, ödev yardımı, gençlik grubu ve mülteci
  ailelere destek. Açık cami gününde ziyaretçiler memnuniyetle karşılanır.
uk.gloss: мечетна громада
uk.intro: Мечетна громада з відчиненими дверима: п'ятнична молитва, допомога з домашніми
  завданнями, молодіжна група та підтримка родин біженців. У День відкритої мечеті раді гостям.
ru.gloss: мечетная община
ru.intro: Мечетная община с открытыми дверями: пятничная молитва, помощь с домашними заданиями,
  молодёжная группа и поддержка семей беженцев. В День открытой мечети рады гостям.
fa.gloss: جامعه مسجد
fa.intro: یک جامعه مسجد با درهای باز: نماز جمعه، کمک در تکالیف مکتب، گروه جوانان و حمایت از
  خانواده‌های پناهنده. در روز درهای باز مسجد از مهمانان استقبال می‌شود.
ro.gloss: comunitatea moscheii
ro.intro: O comunitate de moschee cu ușile deschise: rugăciunea de vineri, ajutor la teme, grup
  de tineri și sprijin pentru familiile de refugiați. La ziua porților deschise vizitatorii
  sunt bineveniți.
bg.gloss: джамийна общност
bg.intro: Джамийна общност с отворени врати: петъчна молитва, помощ с домашните, младежка група
  и подкрепа за семейства на бежанци. В Деня на отворената джамия гостите са добре дошли.
pl.gloss: wspólnota meczetowa
pl.intro: Wspólnota meczetowa z otwartymi drzwiami: piątkowa modlitwa, pomoc w lekcjach, grupa
  młodzieżowa i wsparcie dla rodzin uchodźców. W Dniu Otwartego Meczetu goście są mile
  widziani.
"""

MSO_ORTHODOX = """
de.name: Orthodoxe Kirchengemeinde Hl. Georg Gütersloh
de.intro: Orthodoxe Christinnen und Christen aus Rumänien, Bulgarien, der Ukraine und
  Griechenland feiern hier Gottesdienste in mehreren Sprachen; die Gemeinde hilft
  Neuankommenden und Familien.
en.gloss: Orthodox parish of St George
en.intro: Orthodox Christians from Romania, Bulgaria, Ukraine and Greece hold services here in
  several languages; the parish helps newcomers and families.
ar.gloss: رعية القديس جاورجيوس الأرثوذكسية
ar.intro: يقيم المسيحيون الأرثوذكس من رومانيا وبلغاريا وأوكرانيا واليونان القداديس هنا بعدة
  لغات؛ وتساعد الرعية القادمين الجدد والعائلات.
tr.gloss: Aziz Yorgi Ortodoks cemaati
tr.intro: Romanya, Bulgaristan, Ukrayna ve Yunanistan'dan Ortodoks Hristiyanlar burada birkaç
  dilde ayin yapar; cemaat yeni gelenlere ve ailelere yardım eder.
uk.gloss: Православна парафія святого Георгія
uk.intro: Православні християни з Румунії, Болгарії, України та Греції моляться тут кількома
  мовами; парафія допомагає новоприбулим і родинам.
ru.gloss: Православный приход святого Георгия
ru.intro: Православные христиане из Румынии, Болгарии, Украины и Греции проводят здесь
  богослужения на нескольких языках; приход помогает новоприбывшим и семьям.
fa.gloss: کلیسای ارتدوکس سنت جورج
fa.intro: مسیحیان ارتدوکس از رومانی، بلغارستان، اوکراین و یونان در اینجا به چند زبان مراسم
  عبادت برگزار می‌کنند؛ این کلیسا به تازه‌واردان و خانواده‌ها کمک می‌کند.
ro.gloss: Parohia ortodoxă Sf. Gheorghe
ro.intro: Creștini ortodocși din România, Bulgaria, Ucraina și Grecia oficiază aici slujbe în
  mai multe limbi; parohia îi ajută pe nou-veniți și familiile.
bg.gloss: Православна енория „Св. Георги“
bg.intro: Православни християни от Румъния, България, Украйна и Гърция служат тук литургии на
  няколко езика; енорията помага на новодошлите и семействата.
pl.gloss: Parafia prawosławna św. Jerzego
pl.intro: Prawosławni chrześcijanie z Rumunii, Bułgarii, Ukrainy i Grecji odprawiają tu
  nabożeństwa w kilku językach; parafia pomaga nowo przybyłym i rodzinom.
"""

MSO_SPORTS = """
de.name: SV Welcome United Herzebrock-Clarholz e.V.
de.intro: Ein Sportverein von und für Geflüchtete und Einheimische: Fußball, Volleyball und
  Laufgruppe, kostenlos und ohne Vereinserfahrung – einfach zum Training kommen.
en.gloss: sports club for refugees and locals
en.intro: A sports club by and for refugees and locals: football, volleyball and a running
  group, free and no club experience needed – just come to training.
ar.gloss: نادٍ رياضي للاجئين وسكان المنطقة
ar.intro: نادٍ رياضي أسسه لاجئون وسكان محليون للجميع: كرة القدم والكرة الطائرة ومجموعة للجري،
  مجانًا ودون خبرة سابقة في الأندية – تعال ببساطة إلى التدريب.
tr.gloss: mülteciler ve yerel halk için spor kulübü
tr.intro: Mülteciler ve yerel halk tarafından herkes için kurulmuş bir spor kulübü: futbol,
  voleybol ve koşu grubu, ücretsiz ve kulüp deneyimi gerekmez – antrenmana gelmeniz yeterli.
uk.gloss: спортивний клуб для біженців і місцевих
uk.intro: Спортивний клуб біженців і місцевих жителів для всіх: футбол, волейбол і група бігу,
  безкоштовно і без клубного досвіду – просто приходьте на тренування.
ru.gloss: спортивный клуб для беженцев и местных
ru.intro: Спортивный клуб беженцев и местных жителей для всех: футбол, волейбол и беговая
  группа, бесплатно и без опыта в клубах – просто приходите на тренировку.
fa.gloss: باشگاه ورزشی برای پناهندگان و ساکنان محلی
fa.intro: باشگاهی ورزشی که پناهندگان و ساکنان محلی برای همه ساخته‌اند: فوتبال، والیبال و گروه
  دویدن، رایگان و بدون نیاز به تجربه باشگاهی – فقط به تمرین بیایید.
ro.gloss: club sportiv pentru refugiați și localnici
ro.intro: Un club sportiv al refugiaților și localnicilor, pentru toți: fotbal, volei și grup
  de alergare, gratuit și fără experiență într-un club – veniți pur și simplu la antrenament.
bg.gloss: спортен клуб за бежанци и местни
bg.intro: Спортен клуб на бежанци и местни хора за всички: футбол, волейбол и група за бягане,
  безплатно и без опит в клуб – просто елате на тренировка.
pl.gloss: klub sportowy dla uchodźców i mieszkańców
pl.intro: Klub sportowy uchodźców i mieszkańców dla wszystkich: piłka nożna, siatkówka i grupa
  biegowa, bezpłatnie i bez doświadczenia w klubie – po prostu przyjdź na trening.
"""


def mso_services() -> list[dict[str, Any]]:
    """Seventeen invented local migrant self-organisations across the district."""
    return [
        local_mso(
            "mso-syrischer-kulturverein-guetersloh",
            GUETERSLOH,
            MSO_SYRIAN,
            address="Brockhäger Straße 31",
            dlat=0.0042,
            dlon=-0.0061,
            communities=["syrisch"],
            origins=["SY"],
            activities=["counselling", "homework_help", "culture", "parents"],
            languages=["ar", "de", "ku"],
            target_groups=["families", "refugees"],
            weekly=[slot("TU,TH", "16:00", "19:00"), slot("SA", "11:00", "15:00")],
        ),
        local_mso(
            "mso-eritreische-gemeinschaft-guetersloh",
            GUETERSLOH,
            MSO_ERITREAN,
            address="Königstraße 52",
            dlat=-0.0031,
            dlon=0.0044,
            communities=["eritreisch"],
            origins=["ER"],
            activities=["refugee_support", "culture", "language", "youth"],
            languages=["ti", "de", "en", "ar"],
            target_groups=["refugees", "families"],
            weekly=[slot("WE", "17:00", "20:00"), slot("SU", "14:00", "18:00")],
        ),
        local_mso(
            "mso-kurdisches-kulturzentrum-guetersloh",
            GUETERSLOH,
            MSO_KURDISH,
            address="Strengerstraße 18",
            dlat=0.0012,
            dlon=0.0071,
            communities=["kurdisch"],
            origins=["TR", "SY", "IQ", "IR"],
            activities=["culture", "counselling", "women", "language"],
            languages=["ku", "tr", "ar", "fa", "de"],
            target_groups=["families", "women"],
            weekly=[slot("MO,WE", "17:00", "21:00"), slot("SA", "14:00", "20:00")],
        ),
        local_mso(
            "mso-afrikanische-gemeinschaft-kreis-guetersloh",
            GUETERSLOH,
            MSO_AFRICAN,
            address="Carl-Miele-Straße 9",
            dlat=-0.0082,
            dlon=0.0015,
            communities=["afrikanisch", "nigerianisch", "ghanaisch", "kamerunisch", "guineisch"],
            origins=["NG", "GH", "CM", "GN", "TG"],
            activities=["counselling", "culture", "youth", "refugee_support"],
            languages=["en", "fr", "de"],
            target_groups=["refugees", "youth"],
            weekly=[slot("FR", "17:00", "21:00"), slot("SU", "13:00", "17:00")],
        ),
        local_mso(
            "mso-orthodoxe-gemeinde-hl-georg-guetersloh",
            GUETERSLOH,
            MSO_ORTHODOX,
            address="Am Alten Kirchplatz 3",
            dlat=0.0057,
            dlon=0.0023,
            communities=["rumänisch", "bulgarisch", "ukrainisch", "griechisch"],
            origins=["RO", "BG", "UA", "GR"],
            activities=["religion", "culture", "refugee_support", "parents"],
            languages=["ro", "bg", "uk", "el", "de"],
            target_groups=["families"],
            weekly=[slot("SA", "17:00", "19:00"), slot("SU", "09:30", "13:00")],
            holidays="special",
            holiday_hours=({"opens": "10:00", "closes": "13:00"},),
        ),
        local_mso(
            "mso-afghanischer-kulturverein-rheda-wiedenbrueck",
            RHEDA,
            MSO_AFGHAN,
            address="Bahnhofstraße 41",
            dlat=0.0023,
            dlon=0.0018,
            communities=["afghanisch"],
            origins=["AF"],
            activities=["homework_help", "culture", "language", "refugee_support"],
            languages=["fa", "ps", "de"],
            target_groups=["refugees", "families", "youth"],
            weekly=[slot("MO,WE", "15:00", "18:00"), slot("SA", "10:00", "14:00")],
        ),
        local_mso(
            "mso-tuerkisch-deutscher-kulturverein-rheda-wiedenbrueck",
            RHEDA,
            MSO_TURKISH,
            address="Berliner Straße 77",
            dlat=0.0049,
            dlon=-0.0036,
            communities=["türkeistämmig", "türkisch"],
            origins=["TR"],
            activities=["culture", "homework_help", "youth", "parents"],
            languages=["tr", "de"],
            target_groups=["families", "youth", "parents"],
            weekly=[slot("TU,TH", "15:00", "19:00"), slot("SU", "12:00", "17:00")],
        ),
        local_mso(
            "mso-rumaenischer-verein-rheda-wiedenbrueck",
            RHEDA,
            MSO_ROMANIAN,
            address="Lange Straße 60",
            district="Wiedenbrück",
            dlat=-0.0071,
            dlon=0.0142,
            communities=["rumänisch", "moldauisch"],
            origins=["RO", "MD"],
            activities=["counselling", "culture", "parents"],
            languages=["ro", "de"],
            target_groups=["families", "workers"],
            weekly=[slot("WE", "18:00", "20:30"), slot("SA", "15:00", "19:00")],
        ),
        local_mso(
            "mso-ukrainische-initiative-verl",
            VERL,
            MSO_UKRAINIAN,
            address="Sender Straße 12",
            dlat=0.0034,
            dlon=-0.0048,
            communities=["ukrainisch"],
            origins=["UA"],
            activities=["refugee_support", "parents", "language", "culture"],
            languages=["uk", "ru", "de"],
            target_groups=["refugees", "parents", "families"],
            weekly=[slot("TU", "16:00", "18:30"), slot("FR", "10:00", "12:00")],
        ),
        local_mso(
            "mso-bulgarischer-kulturverein-verl",
            VERL,
            MSO_BULGARIAN,
            address="Bahnhofstraße 8",
            dlat=-0.0026,
            dlon=0.0037,
            communities=["bulgarisch"],
            origins=["BG"],
            activities=["culture", "language", "counselling", "youth"],
            languages=["bg", "tr", "de"],
            target_groups=["families", "workers"],
            weekly=[slot("TH", "18:00", "20:30"), slot("SA", "14:00", "18:00")],
        ),
        local_mso(
            "mso-ezidischer-kulturverein-rietberg",
            RIETBERG,
            MSO_YAZIDI,
            address="Bahnhofstraße 27",
            dlat=0.0031,
            dlon=0.0052,
            communities=["ezidisch"],
            origins=["IQ", "SY", "TR", "AM", "GE"],
            activities=["culture", "religion", "refugee_support", "youth"],
            languages=["ku", "ar", "de"],
            target_groups=["families", "refugees", "youth"],
            weekly=[slot("FR", "17:00", "21:00"), slot("SU", "14:00", "19:00")],
        ),
        local_mso(
            "mso-arabischer-frauentreff-halle",
            HALLE,
            MSO_ARAB_WOMEN,
            address="Kättkenstraße 8",
            dlat=0.0018,
            dlon=-0.0027,
            communities=["arabisch", "syrisch", "irakisch", "libanesisch"],
            origins=["SY", "IQ", "LB", "PS", "MA"],
            activities=["women", "language", "parents", "counselling"],
            languages=["ar", "de"],
            target_groups=["women", "parents"],
            weekly=[slot("WE", "09:30", "11:30")],
        ),
        local_mso(
            "mso-polnischer-verein-harsewinkel",
            HARSEWINKEL,
            MSO_POLISH,
            address="Münsterstraße 14",
            dlat=0.0021,
            dlon=-0.0016,
            communities=["polnisch"],
            origins=["PL"],
            activities=["culture", "language", "parents", "youth"],
            languages=["pl", "de"],
            target_groups=["families", "workers", "children"],
            weekly=[slot("SA", "09:30", "13:00"), slot("TH", "18:00", "20:00")],
        ),
        local_mso(
            "mso-welcome-united-herzebrock-clarholz",
            HERZEBROCK,
            MSO_SPORTS,
            address="Am Sportplatz 2",
            dlat=-0.0044,
            dlon=0.0061,
            communities=["afghanisch", "syrisch", "eritreisch", "ukrainisch", "irakisch"],
            origins=["AF", "SY", "ER", "UA", "IQ"],
            activities=["sport", "youth", "refugee_support"],
            languages=["de", "en", "ar", "fa", "ti", "uk"],
            target_groups=["refugees", "youth"],
            weekly=[slot("TU,TH", "18:00", "20:00"), slot("SA", "10:00", "12:00")],
            extra_categories=["event"],
        ),
        local_mso(
            "mso-russischsprachige-elterninitiative-versmold",
            VERSMOLD,
            MSO_RUSSIAN_PARENTS,
            address="Münsterstraße 36",
            dlat=0.0027,
            dlon=0.0033,
            communities=["russischsprachig"],
            origins=["KZ", "RU", "UA", "MD"],
            activities=["parents", "homework_help", "language", "youth"],
            languages=["ru", "de", "uk"],
            target_groups=["parents", "children", "youth"],
            weekly=[slot("MO,WE", "15:00", "17:30")],
        ),
        local_mso(
            "mso-albanisch-kosovarischer-kulturverein-steinhagen",
            STEINHAGEN,
            MSO_ALBANIAN,
            address="Bahnhofstraße 19",
            dlat=-0.0023,
            dlon=0.0041,
            communities=["albanisch", "kosovarisch"],
            origins=["AL", "XK", "MK"],
            activities=["culture", "language", "youth", "sport"],
            languages=["sq", "de"],
            target_groups=["families", "youth", "children"],
            weekly=[slot("FR", "16:00", "20:00"), slot("SA", "10:00", "13:00")],
        ),
        local_mso(
            "mso-islamische-gemeinde-schloss-holte-stukenbrock",
            SHS,
            MSO_MOSQUE,
            address="Kaunitzer Straße 44",
            dlat=-0.0035,
            dlon=-0.0052,
            communities=["muslimisch", "türkeistämmig", "arabisch", "bosnisch"],
            origins=["TR", "SY", "BA", "MA"],
            activities=["religion", "homework_help", "youth", "refugee_support"],
            languages=["tr", "ar", "bs", "de"],
            target_groups=["families", "youth", "refugees"],
            weekly=[slot("MO,TU,WE,TH", "15:00", "18:00"), slot("FR", "12:30", "15:00")],
            holidays="special",
            holiday_hours=({"opens": "14:00", "closes": "18:00"},),
        ),
    ]


# --------------------------------------------------------------------------------------------
# Single services that occur once (job market, offices, programmes)
# --------------------------------------------------------------------------------------------


def family_centre(
    sid: str,
    organization: dict[str, Any],
    town: Town,
    *,
    name: str,
    location: dict[str, Any],
    languages: list[str],
) -> dict[str, Any]:
    """A Familienzentrum: Kita plus open offers for all families of the neighbourhood."""
    text = f"""
    de.name: {name}
    de.description: Kita und Familienzentrum in einem: Eltern-Kind-Gruppen, Beratung für
      Familien, Sprachförderung und ein offenes Elterncafé – auch für Familien, deren Kinder
      (noch) keinen Kita-Platz haben.
    de.application_process: Zum Elterncafé einfach vorbeikommen; für die Beratung einen Termin
      vereinbaren. Kita-Plätze werden über den Kita-Navigator vergeben.
    en.name: {name} (family centre)
    en.description: Day-care centre and family centre in one: parent-and-child groups, advice for
      families, language support and an open parents' café – also for families whose children
      do not (yet) have a Kita place.
    en.application_process: Just drop in at the parents' café; book an appointment for advice.
      Kita places are allocated through the Kita-Navigator.
    """
    return service(
        sid,
        organization,
        text,
        ["childcare", "community"],
        keywords=[
            "Familienzentrum",
            "Kita",
            "Elterncafé",
            "Eltern-Kind-Gruppe",
            "Familienberatung",
            "Sprachförderung",
            "family centre",
        ],
        minimum_age=0,
        maximum_age=6,
        target_groups=["families", "parents"],
        languages=languages,
        cost=FREE,
        location=location,
        contacts=[office_phone(town), mail(sid.removeprefix("svc-"))],
        schedules=[
            hours(
                slot(WEEKDAYS, "07:30", "16:00"),
                slot("WE", "16:00", "18:00"),
                slot("TU", "16:00", "17:30", booking_url=booking(sid)),
                closures=(KITA_WINTER, KITA_SUMMER),
            )
        ],
        source=sample_source("erfundenes Familienzentrum; Angebot typisch für NRW"),
    )


AGENTUR_TEXT = """
de.name: Agentur für Arbeit Bielefeld – Geschäftsstelle Gütersloh
de.description: Arbeitsuchend und arbeitslos melden, Arbeitslosengeld, Berufsberatung für
  Jugendliche und Erwachsene, Stellenvermittlung und Förderung von Weiterbildung. Persönliche
  Gespräche nach Termin; vieles geht auch online.
de.application_process: Spätestens drei Monate vor Ende der Arbeit arbeitsuchend melden –
  online, telefonisch oder vor Ort. Termine über die kostenlose Servicenummer.
en.name: Employment agency (Agentur für Arbeit) Bielefeld – Gütersloh office
en.description: Register as a jobseeker or as unemployed, unemployment benefit, career guidance
  for young people and adults, job placement and funding for further training. Personal
  meetings by appointment; many things can also be done online.
en.application_process: Register as a jobseeker at the latest three months before your job
  ends – online, by phone or in person. Appointments via the free service number.
"""

IQ_TEXT = """
de.name: Anerkennungsberatung – IQ Netzwerk NRW (Sprechtag Gütersloh)
de.description: Kostenlose Beratung zur Anerkennung ausländischer Berufs- und
  Studienabschlüsse: Welche Stelle ist zuständig, welche Unterlagen brauche ich, welche
  Anpassungsqualifizierung hilft? Vor Ort, am Telefon oder per Video.
de.application_process: Termin online buchen; Zeugnisse und Lebenslauf (auch in der
  Originalsprache) mitbringen oder vorab schicken.
en.name: Recognition counselling – IQ Netzwerk NRW (Gütersloh consultation day)
en.description: Free advice on the recognition of foreign vocational and university
  qualifications: which office is responsible, which documents you need and which bridging
  qualification helps. In person, by phone or by video.
en.application_process: Book an appointment online; bring your certificates and CV (also in
  the original language) or send them in advance.
"""

APPLICATION_WORKSHOP_TEXT = """
de.name: Bewerbungswerkstatt {town}
de.description: Hilfe bei Lebenslauf, Anschreiben und Online-Bewerbungen, Übung für
  Vorstellungsgespräche und Tipps zur Jobsuche. Mit PC-Arbeitsplätzen und Drucker; Beratung auch
  in einfacher Sprache.
de.application_process: Offene Sprechstunde ohne Termin; Lebenslauf und Zeugnisse (auf Papier
  oder auf dem Handy) mitbringen.
en.name: Job application workshop {town}
en.description: Help with your CV, cover letter and online applications, practice for job
  interviews and tips for the job search. With computers and a printer; advice also in plain
  German.
en.application_process: Open consultation without an appointment; bring your CV and
  certificates (on paper or on your phone).
"""

COACHING_TEXT = """
de.name: Perspektive Arbeit – Coaching und Qualifizierung für Zugewanderte
de.description: Coaching über sechs Monate: berufliche Ziele klären, Praktikum finden, Deutsch
  für den Beruf und Begleitung in die erste Stelle. Gefördert über Jobcenter oder Agentur für
  Arbeit mit einem Aktivierungs- und Vermittlungsgutschein (AVGS).
de.application_process: Mit AVGS vom Jobcenter oder von der Agentur für Arbeit anmelden; ohne
  Gutschein berät das Team zur Förderung.
en.name: Perspektive Arbeit – coaching and qualification for newcomers
en.description: Six months of coaching: clarify career goals, find an internship, German for
  work and support into your first job. Funded by the Jobcenter or the Agentur für Arbeit with an
  activation voucher (AVGS).
en.application_process: Register with an AVGS voucher from the Jobcenter or the Agentur für
  Arbeit; without a voucher the team advises you on funding.
"""

JOB_GERMAN_TEXT = """
de.name: Berufssprachkurse (DeuFöV) – VHS Gütersloh
de.description: Berufsbezogene Deutschkurse nach der Deutschsprachförderverordnung (DeuFöV) von
  B1 bis C1, auch Spezialkurse für Pflege und Handwerk. Für Arbeitsuchende, Beschäftigte und
  Menschen in Ausbildung.
de.application_process: Anmeldung über Jobcenter oder Agentur für Arbeit; Beschäftigte
  beantragen die Teilnahme direkt beim BAMF – die VHS berät dazu.
en.name: Job-related German courses (DeuFöV) – VHS Gütersloh
en.description: Job-related German courses under the German Language Support Ordinance
  (DeuFöV) from B1 to C1, including special courses for care work and trades. For jobseekers,
  employees and people in vocational training.
en.application_process: Registration via the Jobcenter or the Agentur für Arbeit; employees
  apply directly to the BAMF – the VHS advises you.
"""

FAIR_INTEGRATION_TEXT = """
de.name: Faire Integration – Beratung zu Arbeitsrechten (Sprechstunde Gütersloh)
de.description: Kostenlose Beratung für Geflüchtete und Menschen aus Nicht-EU-Ländern bei Fragen
  zu Lohn, Arbeitsvertrag, Kündigung, Arbeitszeit oder Urlaub. Vertraulich, auf Wunsch anonym.
de.application_process: Termin per Telefon oder E-Mail vereinbaren; Arbeitsvertrag und
  Lohnabrechnungen mitbringen.
en.name: Faire Integration – advice on workers' rights (Gütersloh consultation)
en.description: Free advice for refugees and people from non-EU countries on wages, employment
  contracts, dismissal, working hours or holidays. Confidential, anonymous if you wish.
en.application_process: Book an appointment by phone or e-mail; bring your employment contract
  and payslips.
"""

EU_WORKERS_TEXT = """
de.name: Beratung für EU-Beschäftigte – Arbeit und Leben (Sprechstunde Rheda-Wiedenbrück)
de.description: Beratung für Beschäftigte aus EU-Ländern, zum Beispiel aus Rumänien, Bulgarien
  und Polen: Lohn, Werkvertrag, Arbeitszeit, Unterkunft beim Arbeitgeber und
  Krankenversicherung. Kostenlos und vertraulich, in der eigenen Sprache.
de.application_process: Offene Sprechstunde am Abend nach der Schicht; Termine auch per
  WhatsApp.
en.name: Advice for workers from EU countries – Arbeit und Leben (Rheda-Wiedenbrück
  consultation)
en.description: Advice for workers from EU countries, for example from Romania, Bulgaria and
  Poland: wages, contracts, working hours, housing provided by the employer and health
  insurance. Free and confidential, in your own language.
en.application_process: Open consultation in the evening after your shift; appointments also
  via WhatsApp.
"""

FOREIGNERS_OFFICE_TEXT = """
de.name: Ausländerbehörde Kreis Gütersloh
de.description: Die Ausländerbehörde ist zuständig für Aufenthaltstitel, Verlängerungen,
  Niederlassungserlaubnis, Verpflichtungen zum Integrationskurs und Fragen zum
  Aufenthaltsrecht. Termine nur nach Online-Buchung; bitte vorher klären, ob diese Behörde für
  Ihren Wohnort zuständig ist.
de.application_process: Termin online buchen. Mitbringen: Pass, aktueller Aufenthaltstitel,
  biometrisches Foto und die im Schreiben genannten Unterlagen.
en.name: Immigration office (Ausländerbehörde) Kreis Gütersloh
en.description: The Ausländerbehörde handles residence permits, extensions, settlement permits,
  obligations to attend an integration course and questions about residence law. Appointments
  only via online booking; please check first whether this office is responsible for where you
  live.
en.application_process: Book an appointment online. Bring your passport, current residence
  permit, a biometric photo and the documents named in your letter.
"""

RUCKSACK_TEXT = """
de.name: Rucksack KiTa – Sprachbildung für Kinder und Eltern
de.description: Eltern treffen sich einmal pro Woche in der Kita und lernen, wie sie die
  Sprache ihres Kindes in der Familiensprache und auf Deutsch fördern. Koordiniert vom
  Kommunalen Integrationszentrum, in vielen Kitas im Kreis.
de.application_process: In der Kita Ihres Kindes nachfragen oder beim Kommunalen
  Integrationszentrum erfahren, welche Kitas teilnehmen.
en.name: Rucksack KiTa – language education for children and parents
en.description: Parents meet once a week at the Kita and learn how to support their child's
  language in the family language and in German. Coordinated by the Kommunales
  Integrationszentrum, in many Kitas across the district.
en.application_process: Ask at your child's Kita or at the Kommunales Integrationszentrum which
  Kitas take part.
"""

INTEGRATION_OFFICE_TEXT = """
de.name: Integrationsbüro der Stadt Harsewinkel
de.description: Erste Anlaufstelle im Rathaus für Zugewanderte: Orientierung in der Stadt,
  Vermittlung an Beratungsstellen, Sprachkurse und Ehrenamtliche, Hilfe bei der Anmeldung der
  Wohnung.
de.application_process: Während der Sprechzeiten vorbeikommen oder anrufen.
en.name: Integration office of the town of Harsewinkel
en.description: First point of contact at the town hall for newcomers: finding your way around
  town, referral to counselling services, language courses and volunteers, help with
  registering your address.
en.application_process: Drop in during office hours or call.
"""

WOMEN_GERMAN_TEXT = """
de.name: Deutschkurs für Frauen mit Kinderbetreuung Langenberg
de.description: Deutsch lernen in einer kleinen Frauengruppe am Vormittag, während die Kinder
  im Nebenraum betreut werden. Für Anfängerinnen (A1–A2), auch ohne Schulerfahrung.
de.application_process: Zum ersten Termin einfach kommen; ein Einstieg ist jederzeit möglich.
en.name: German course for women with childcare, Langenberg
en.description: Learn German in a small group of women in the morning while the children are
  looked after next door. For beginners (A1–A2), also without school experience.
en.application_process: Just come to the first session; you can join at any time.
"""

OLD_COURSE_TEXT = """
de.name: Ehrenamtlicher Deutschkurs Versmold (pausiert)
de.description: Der ehrenamtliche Deutschkurs im Gemeindehaus ist zurzeit pausiert. Bitte den
  Integrationskurs der VHS Ravensberg in Versmold nutzen.
en.name: Volunteer German course Versmold (paused)
en.description: The volunteer German course in the parish hall is paused at the moment. Please
  use the VHS Ravensberg integration course in Versmold.
"""


def job_services() -> list[dict[str, Any]]:
    """Employment agency, recognition, coaching, workers' rights and job-related German."""
    return [
        service(
            "svc-agentur-fuer-arbeit-guetersloh",
            ORG_AGENTUR,
            AGENTUR_TEXT,
            ["job_support"],
            keywords=[
                "Agentur für Arbeit",
                "Arbeitsagentur",
                "arbeitslos melden",
                "arbeitsuchend",
                "Arbeitslosengeld",
                "Berufsberatung",
                "Ausbildung",
                "Weiterbildung",
                "job centre",
            ],
            minimum_age=15,
            target_groups=["jobseekers", "youth"],
            languages=["de", "en"],
            cost=FREE,
            location=at(GUETERSLOH, "Hohenzollernstraße 40", dlat=0.0038, dlon=0.0046),
            online=True,
            service_area=["Kreis Gütersloh"],
            contacts=[
                tel("+49 800 4 5555 00", "service", "Servicenummer (kostenlos)"),
                link("https://www.arbeitsagentur.de"),
            ],
            schedules=[
                hours(
                    slot("MO,TU,WE,FR", "08:00", "12:30"),
                    slot("TH", "08:00", "18:00"),
                    slot("TU,WE", "13:30", "16:00", booking_url="https://www.arbeitsagentur.de"),
                    closures=(XMAS,),
                ),
                hours(slot(WEEKDAYS, "08:00", "18:00"), contact="service"),
            ],
            source=sample_source(
                "Agentur für Arbeit (real, Servicenummer real); Adresse und Öffnungszeiten der "
                "Geschäftsstelle beispielhaft",
                "https://www.arbeitsagentur.de",
            ),
        ),
        service(
            "svc-anerkennungsberatung-iq-guetersloh",
            ORG_IQ,
            IQ_TEXT,
            ["job_support", "counselling"],
            keywords=[
                "Anerkennung",
                "Anerkennungsberatung",
                "IQ Netzwerk",
                "Berufsanerkennung",
                "Zeugnisanerkennung",
                "ausländischer Abschluss",
                "Anpassungsqualifizierung",
                "recognition",
            ],
            minimum_age=18,
            target_groups=["migrants", "skilled_workers"],
            languages=["de", "en", "ar", "ru", "tr", "fa", "uk"],
            cost=FREE,
            required_documents=["Zeugnisse und Diplome", "Lebenslauf"],
            location=at(
                GUETERSLOH,
                "Herzebrocker Straße 140",
                name="Kreishaus, Raum der KI",
                postal_code="33334",
                dlat=-0.0101,
                dlon=-0.0062,
            ),
            online=True,
            service_area=["Kreis Gütersloh"],
            contacts=[
                office_phone(GUETERSLOH),
                mail("anerkennung-iq"),
                link("https://www.iq-netzwerk-nrw.de"),
            ],
            schedules=[
                hours(
                    slot("WE", "09:00", "15:00", booking_url=booking("anerkennung-iq")),
                    slot("MO", "13:00", "16:00", booking_url=booking("anerkennung-iq-video")),
                    closures=(XMAS,),
                )
            ],
            source=sample_source(
                "IQ Netzwerk NRW (real); Sprechtag im Kreishaus beispielhaft",
                "https://www.iq-netzwerk-nrw.de",
            ),
        ),
        service(
            "svc-bewerbungswerkstatt-guetersloh",
            ORG_LERNWERK,
            APPLICATION_WORKSHOP_TEXT.format(town="Gütersloh"),
            ["job_support"],
            keywords=[
                "Bewerbung",
                "Lebenslauf",
                "Anschreiben",
                "Vorstellungsgespräch",
                "Jobsuche",
                "application",
            ],
            minimum_age=16,
            target_groups=["jobseekers", "migrants", "youth"],
            languages=["de", "en", "ar", "tr"],
            cost=FREE,
            location=at(GUETERSLOH, "Berliner Straße 101", dlat=0.0019, dlon=-0.0042),
            contacts=[office_phone(GUETERSLOH), mail("bewerbungswerkstatt-guetersloh")],
            schedules=[
                hours(
                    slot("MO,WE", "09:00", "12:00"), slot("TH", "14:00", "17:00"), closures=(XMAS,)
                )
            ],
            source=sample_source("erfundener Träger, typisches Angebot"),
        ),
        service(
            "svc-perspektive-arbeit-guetersloh",
            ORG_PROBERUF,
            COACHING_TEXT,
            ["job_support"],
            keywords=[
                "AVGS",
                "Coaching",
                "Qualifizierung",
                "Praktikum",
                "Maßnahme",
                "Berufsorientierung",
                "Pro Arbeit",
            ],
            minimum_age=18,
            target_groups=["migrants", "refugees", "jobseekers"],
            languages=["de", "ar", "fa", "uk", "ru"],
            cost={"free": True, "description": "Kostenlos mit Gutschein (AVGS)."},
            required_documents=["Aktivierungs- und Vermittlungsgutschein (AVGS)"],
            location=at(
                GUETERSLOH,
                "Carl-Bertelsmann-Straße 55",
                postal_code="33332",
                dlat=-0.0052,
                dlon=-0.0033,
            ),
            contacts=[office_phone(GUETERSLOH), mail("perspektive-arbeit")],
            schedules=[hours(slot(WEEKDAYS, "08:30", "15:30"), closures=(XMAS, BRIDGE_DAY))],
            source=sample_source("erfundener Bildungsträger (Pro-Arbeit-ähnliches Angebot)"),
        ),
        service(
            "svc-berufssprachkurs-vhs-guetersloh",
            ORG_VHS_GT,
            JOB_GERMAN_TEXT,
            ["language_course", "job_support"],
            keywords=[
                "Berufssprachkurs",
                "DeuFöV",
                "Deutsch für den Beruf",
                "B2",
                "C1",
                "BAMF",
                "Pflege",
                "job German",
            ],
            minimum_age=16,
            target_groups=["jobseekers", "employees", "migrants"],
            languages=["de"],
            cost={
                "free": True,
                "description": "Für Arbeitsuchende kostenlos; Beschäftigte meist mit Eigenanteil.",
            },
            location=at(
                GUETERSLOH, "Hohenzollernstraße 43", name="VHS Gütersloh", dlat=0.0041, dlon=0.0051
            ),
            contacts=[office_phone(GUETERSLOH), mail("berufssprachkurs-vhs-guetersloh")],
            schedules=[
                hours(
                    slot("MO,TU,WE,TH", "08:30", "13:00"),
                    slot("TU,TH", "17:30", "20:45"),
                    closures=(XMAS, COURSE_BREAK),
                )
            ],
            source=sample_source("VHS Gütersloh (real); Kurszeiten beispielhaft"),
        ),
        service(
            "svc-faire-integration-guetersloh",
            ORG_FAIRE_INTEGRATION,
            FAIR_INTEGRATION_TEXT,
            ["counselling", "job_support"],
            keywords=[
                "Faire Integration",
                "Arbeitsrecht",
                "Lohn",
                "Arbeitsvertrag",
                "Kündigung",
                "Mindestlohn",
                "workers' rights",
            ],
            target_groups=["refugees", "workers"],
            languages=["de", "en", "ar", "fa", "fr", "ru"],
            cost=FREE_CONFIDENTIAL,
            location=at(GUETERSLOH, "Kökerstraße 15", dlat=0.0021, dlon=-0.0019),
            service_area=["Kreis Gütersloh"],
            contacts=[
                office_phone(GUETERSLOH),
                mail("faire-integration-owl"),
                link("https://www.faire-integration.de"),
            ],
            schedules=[
                hours(
                    slot(
                        "TH", "10:00", "16:00", booking_url=booking("faire-integration-guetersloh")
                    ),
                    closures=(XMAS,),
                )
            ],
            source=sample_source(
                "Beratungsnetzwerk Faire Integration (real); Sprechstunde in Gütersloh "
                "beispielhaft",
                "https://www.faire-integration.de",
            ),
        ),
        service(
            "svc-beratung-eu-beschaeftigte-rheda-wiedenbrueck",
            ORG_ARBEIT_UND_LEBEN,
            EU_WORKERS_TEXT,
            ["counselling", "job_support"],
            keywords=[
                "Arbeitsrecht",
                "Werkvertrag",
                "Fleischindustrie",
                "EU-Bürger",
                "Lohn",
                "Unterkunft",
                "Krankenversicherung",
                "Arbeitnehmerfreizügigkeit",
            ],
            target_groups=["workers", "migrants"],
            languages=["ro", "bg", "pl", "hu", "de"],
            cost=FREE_CONFIDENTIAL,
            location=at(RHEDA, "Rathausplatz 6", dlat=-0.0011, dlon=0.0024),
            service_area=["Kreis Gütersloh"],
            contacts=[
                office_phone(RHEDA),
                {
                    "id": "wa",
                    "type": "whatsapp",
                    "value": PHONES.office(RHEDA.area_code),
                    "label": "WhatsApp",
                },
                mail("beratung-eu-beschaeftigte"),
            ],
            schedules=[
                hours(
                    slot("TU,TH", "17:00", "20:00"), slot("SA", "10:00", "13:00"), closures=(XMAS,)
                )
            ],
            source=sample_source(
                "Beratung von Arbeit und Leben (real als Träger); Sprechstunde beispielhaft"
            ),
        ),
        service(
            "svc-auslaenderbehoerde-kreis-guetersloh",
            ORG_AUSLAENDERBEHOERDE,
            FOREIGNERS_OFFICE_TEXT,
            ["counselling"],
            keywords=[
                "Ausländerbehörde",
                "Aufenthaltstitel",
                "Aufenthaltserlaubnis",
                "Niederlassungserlaubnis",
                "Visum",
                "Verlängerung",
                "Fiktionsbescheinigung",
                "Einbürgerung",
                "immigration office",
            ],
            target_groups=["migrants", "refugees"],
            languages=["de", "en"],
            cost={"free": False, "description": "Gebühren je nach Aufenthaltstitel."},
            required_documents=["Pass", "aktueller Aufenthaltstitel", "biometrisches Foto"],
            location=at(
                GUETERSLOH,
                "Herzebrocker Straße 140",
                name="Kreishaus Gütersloh",
                postal_code="33334",
                dlat=-0.0101,
                dlon=-0.0062,
            ),
            online=True,
            service_area=["Kreis Gütersloh"],
            contacts=[
                tel("+49 5241 85-0", "tel", "Telefon (Zentrale Kreis Gütersloh)"),
                link(booking("auslaenderbehoerde"), "web", "Online-Terminbuchung"),
            ],
            schedules=[
                hours(
                    slot(
                        "MO,TU,WE,TH,FR",
                        "08:00",
                        "12:00",
                        booking_url=booking("auslaenderbehoerde"),
                    ),
                    slot("TH", "14:00", "17:30", booking_url=booking("auslaenderbehoerde")),
                    closures=(XMAS, BRIDGE_DAY),
                ),
                hours(slot("MO,TU,TH", "08:30", "12:00"), contact="tel"),
            ],
            source=sample_source(
                "Ausländerbehörde des Kreises (real, Kreishaus); Zuständigkeit, Zeiten und "
                "Buchungsweg beispielhaft",
                KREIS_URL,
            ),
        ),
        service(
            "svc-rucksack-kita-kreis-guetersloh",
            ORG_KI,
            RUCKSACK_TEXT,
            ["language_course", "childcare"],
            keywords=[
                "Rucksack",
                "Sprachförderung",
                "Mehrsprachigkeit",
                "Kita",
                "Eltern",
                "Familiensprache",
                "Sprachbildung",
            ],
            minimum_age=3,
            maximum_age=6,
            target_groups=["parents", "children", "families"],
            languages=["de", "tr", "ar", "ru", "pl", "ro", "bg"],
            cost=FREE,
            location=at(
                GUETERSLOH,
                "Herzebrocker Straße 140",
                name="Kreishaus Gütersloh",
                postal_code="33334",
                dlat=-0.0101,
                dlon=-0.0062,
            ),
            service_area=["Kreis Gütersloh"],
            contacts=[
                tel("+49 5241 85-0", label="Zentrale Kreis Gütersloh"),
                mail("rucksack-kita"),
            ],
            schedules=[hours(slot(WEEKDAYS, "08:30", "12:30"), closures=(XMAS,))],
            source=sample_source(
                "Programm Rucksack KiTa der Kommunalen Integrationszentren "
                "(real); Angaben beispielhaft",
                KI_URL,
            ),
        ),
    ]


# --------------------------------------------------------------------------------------------
# Town by town
# --------------------------------------------------------------------------------------------

ORG_SPRACHBRUECKE = org(
    "org-initiative-sprachbruecke",
    "Ehrenamtsinitiative Sprachbrücke (Beispiel)",
    website=sample_url("sprachbruecke"),
)
COMMUNITY_KITA = KitaKind("Kita der Gemeinde", "Day-care centre (Kita) run by the municipality")


def enrolment_hours(sid: str, *, afternoon: str = "TU") -> list[dict[str, Any]]:
    """Office hours for course enrolment plus bookable placement tests."""
    return [
        slot("MO,TU,WE,TH", "09:00", "12:00"),
        slot(afternoon, "14:00", "17:00"),
        slot("FR", "09:00", "12:00", booking_url=booking(f"{sid}-einstufung")),
    ]


def guetersloh_services() -> list[dict[str, Any]]:
    town = GUETERSLOH
    return [
        kita(
            "svc-kita-regenbogen-guetersloh",
            ORG_STADT_GT,
            name="Kita Regenbogen",
            kind=MUNICIPAL,
            youth_office=JA_GT,
            location=at(town, "Neuenkirchener Straße 26", dlat=0.0074, dlon=-0.0058),
            phone=office_phone(town),
            languages=["de", "tr", "ar"],
            extra_de="Sechs Gruppen, Sprachförderung im Alltag und ein Elterncafé am Freitag.",
            extra_en="Six groups, everyday language support and a parents' café on Fridays.",
            visit_day="TU",
        ),
        kita(
            "svc-awo-kita-kunterbunt-guetersloh",
            ORG_AWO,
            name="AWO-Kita Kunterbunt",
            kind=AWO_KITA,
            youth_office=JA_GT,
            ages=(2, 6),
            u3=True,
            location=at(
                town,
                "Verler Straße 150",
                district="Kattenstroth",
                dlat=-0.0112,
                dlon=0.0121,
                postal_code="33332",
            ),
            phone=office_phone(town),
            languages=["de", "ru", "pl"],
            extra_de="Bewegungsschwerpunkt mit großem Garten; Mittagessen aus der eigenen Küche.",
            extra_en="Focus on movement with a large garden; lunch from the Kita's own kitchen.",
            opens="07:15",
            closes="16:15",
        ),
        kita(
            "svc-ev-kita-arche-guetersloh",
            ORG_EV_KITA,
            name="Ev. Familienzentrum Arche",
            kind=PROTESTANT,
            youth_office=JA_GT,
            family_centre=True,
            location=at(town, "Kirchstraße 14", dlat=0.0015, dlon=0.0026),
            phone=office_phone(town),
            languages=["de", "en", "uk"],
            extra_de="Zertifiziertes Familienzentrum mit Elternkursen und Familienberatung im "
            "Haus.",
            extra_en="Certified family centre with parenting courses and family counselling on "
            "site.",
        ),
        kita(
            "svc-krippe-kleine-strolche-guetersloh",
            ORG_ELTERNINITIATIVE,
            name="Krippe Kleine Strolche",
            kind=PARENTS_KITA,
            youth_office=JA_GT,
            ages=(0, 3),
            u3=True,
            location=at(town, "Feuerbornstraße 7", dlat=0.0051, dlon=0.0088),
            phone=office_phone(town),
            languages=["de", "en"],
            extra_de="U3-Betreuung in zwei kleinen Gruppen; Eltern helfen im Alltag mit.",
            extra_en="Care for under-threes (U3) in two small groups; parents help out.",
            opens="07:30",
            closes="15:00",
            friday_closes="14:00",
        ),
        childminding(
            "svc-kindertagespflege-guetersloh",
            town,
            JA_GT,
            at(town, "Berliner Straße 70", name="Rathaus Gütersloh", dlat=0.0008, dlon=-0.0012),
            ["de", "en", "tr"],
        ),
        kita_registration(
            "svc-kita-anmeldung-stadt-guetersloh",
            town,
            JA_GT,
            at(town, "Berliner Straße 70", name="Rathaus Gütersloh", dlat=0.0008, dlon=-0.0012),
            ["Gütersloh"],
            ["de", "en", "tr", "ar", "ru"],
        ),
        kita_registration(
            "svc-kita-anmeldung-kreisjugendamt",
            town,
            JA_KREIS,
            at(
                town,
                "Herzebrocker Straße 140",
                name="Kreishaus Gütersloh",
                postal_code="33334",
                dlat=-0.0101,
                dlon=-0.0062,
            ),
            [t.name for t in KREISJUGENDAMT_TOWNS],
            ["de", "en", "ar", "uk", "ro"],
        ),
        family_centre(
            "svc-familienzentrum-blankenhagen-guetersloh",
            ORG_STADT_GT,
            town,
            name="Städtisches Familienzentrum Blankenhagen",
            location=at(
                town,
                "Dalkestraße 40",
                district="Blankenhagen",
                postal_code="33335",
                dlat=0.0121,
                dlon=0.0102,
            ),
            languages=["de", "ar", "ku", "tr"],
        ),
        jobcenter(
            "svc-jobcenter-guetersloh",
            town,
            main_office=True,
            location=at(town, "Friedrich-Ebert-Straße 54", dlat=-0.0027, dlon=0.0039),
            languages=["de", "en", "ar", "uk"],
        ),
        mbe(
            "svc-mbe-caritas-guetersloh",
            ORG_CARITAS,
            town,
            carrier="Caritas",
            location=at(town, "Königstraße 14", dlat=-0.0012, dlon=0.0031),
            languages=["de", "ar", "tr", "ru", "en"],
            weekly=[
                slot("MO,TU,TH", "09:00", "12:00"),
                slot("WE", "14:00", "17:00", booking_url=booking("mbe-caritas-guetersloh")),
            ],
        ),
        mbe(
            "svc-mbe-diakonie-guetersloh",
            ORG_DIAKONIE,
            town,
            carrier="Diakonie",
            location=at(town, "Kirchstraße 10", dlat=0.0013, dlon=0.0021),
            languages=["de", "fa", "uk", "en", "ro"],
            weekly=[
                slot("TU,TH", "09:00", "12:30"),
                slot("TU", "14:00", "16:00"),
                slot("FR", "09:00", "12:00", booking_url=booking("mbe-diakonie-guetersloh")),
            ],
        ),
        jmd(
            "svc-jmd-guetersloh",
            ORG_DIAKONIE,
            town,
            carrier="Diakonie",
            location=at(town, "Kirchstraße 10", dlat=0.0013, dlon=0.0021),
            languages=["de", "ar", "fa", "uk", "en"],
            weekly=[
                slot("MO,WE", "13:00", "17:00"),
                slot("TH", "15:00", "18:00"),
                slot("FR", "10:00", "12:00", booking_url=booking("jmd-guetersloh")),
            ],
            area=[
                "Gütersloh",
                "Harsewinkel",
                "Halle (Westf.)",
                "Steinhagen",
                "Versmold",
                "Werther (Westf.)",
                "Borgholzhausen",
            ],
        ),
        refugee_counselling(
            "svc-fluechtlingsberatung-diakonie-guetersloh",
            ORG_DIAKONIE,
            town,
            carrier="Diakonie",
            location=at(town, "Kirchstraße 10", dlat=0.0013, dlon=0.0021),
            languages=["de", "ar", "fa", "ti", "ku", "en"],
            weekly=[
                slot("MO,TH", "09:00", "12:00"),
                slot("TU", "14:00", "17:00", booking_url=booking("fluechtlingsberatung-gt")),
            ],
        ),
        social_counselling(
            "svc-sozialberatung-caritas-guetersloh",
            ORG_CARITAS,
            town,
            carrier="Caritas",
            location=at(town, "Königstraße 14", dlat=-0.0012, dlon=0.0031),
            languages=["de", "pl", "ru", "en"],
            weekly=[slot("MO,WE", "09:00", "12:00"), slot("WE", "14:00", "16:00")],
        ),
        integration_course(
            "svc-integrationskurs-vhs-guetersloh",
            ORG_VHS_GT,
            town,
            provider="VHS Gütersloh",
            location=at(
                town, "Hohenzollernstraße 43", name="VHS Gütersloh", dlat=0.0041, dlon=0.0051
            ),
            variants_de="Vormittags- und Abendkurse, Alphabetisierungskurse und "
            "ein Elternkurs mit Kinderbetreuung.",
            variants_en="Morning and evening courses, literacy courses and a "
            "parents' course with childcare.",
            languages=["de", "en", "ar", "tr"],
            weekly=enrolment_hours("integrationskurs-vhs-guetersloh"),
        ),
        integration_course(
            "svc-integrationskurs-sprachinstitut-dialog-guetersloh",
            ORG_SPRACHINSTITUT,
            town,
            provider="Sprachinstitut Dialog",
            location=at(town, "Strengerstraße 3", dlat=0.0009, dlon=0.0064),
            variants_de="Intensivkurse am Vormittag und Samstagskurse; die "
            "Prüfung „Deutsch-Test für Zuwanderer“ (DTZ) im Haus.",
            variants_en="Intensive morning courses and Saturday courses; the "
            "“Deutsch-Test für Zuwanderer” (DTZ) exam on site.",
            languages=["de", "uk", "ru", "ro", "bg"],
            weekly=[
                slot(WEEKDAYS, "08:00", "13:00"),
                slot("SA", "09:00", "12:00"),
                slot("TH", "14:00", "16:00", booking_url=booking("dialog-einstufung")),
            ],
        ),
        language_cafe(
            "svc-sprachcafe-guetersloh",
            ORG_SPRACHBRUECKE,
            town,
            place_de="im Begegnungscafé",
            place_en="at the meeting café",
            location=at(town, "Kirchstraße 10a", dlat=0.0014, dlon=0.0022),
            day="WE",
            opens="15:00",
            closes="17:00",
            languages=["de", "en", "ar", "fa", "ti"],
        ),
    ]


def rheda_wiedenbrueck_services() -> list[dict[str, Any]]:
    town = RHEDA
    return [
        kita(
            "svc-kita-sonnenblume-rheda",
            ORG_STADT_RW,
            name="Kita Sonnenblume",
            kind=MUNICIPAL,
            youth_office=JA_RW,
            location=at(town, "Wilhelmstraße 21", district="Rheda", dlat=0.0046, dlon=-0.0021),
            phone=office_phone(town),
            languages=["de", "ro", "bg", "tr"],
            extra_de="Viele Kinder wachsen hier mehrsprachig auf; Fachkräfte sprechen auch "
            "Rumänisch und Bulgarisch.",
            extra_en="Many children grow up with several languages here; staff also speak "
            "Romanian and Bulgarian.",
            opens="06:45",
            closes="16:45",
            visit_day="WE",
        ),
        kita(
            "svc-kath-kita-st-marien-wiedenbrueck",
            ORG_KATH_KITA,
            name="Kath. Kita St. Marien",
            kind=CATHOLIC,
            youth_office=JA_RW,
            ages=(2, 6),
            u3=False,
            location=at(town, "Mönchstraße 9", district="Wiedenbrück", dlat=-0.0068, dlon=0.0151),
            phone=office_phone(town),
            languages=["de", "pl"],
            extra_de="Drei Gruppen in der Altstadt; religionspädagogische Angebote für alle "
            "Kinder, gleich welcher Religion.",
            extra_en="Three groups in the old town; religious education activities open to "
            "all children, whatever their religion.",
        ),
        childminding(
            "svc-kindertagespflege-rheda-wiedenbrueck",
            town,
            JA_RW,
            at(
                town, "Rathausplatz 13", name="Rathaus Rheda-Wiedenbrück", dlat=-0.0009, dlon=0.0019
            ),
            ["de", "ro", "en"],
            consultation_day="MO",
        ),
        kita_registration(
            "svc-kita-anmeldung-rheda-wiedenbrueck",
            town,
            JA_RW,
            at(
                town, "Rathausplatz 13", name="Rathaus Rheda-Wiedenbrück", dlat=-0.0009, dlon=0.0019
            ),
            ["Rheda-Wiedenbrück"],
            ["de", "ro", "bg", "pl", "tr"],
        ),
        family_centre(
            "svc-familienzentrum-am-emsufer-rheda-wiedenbrueck",
            ORG_DRK,
            town,
            name="DRK-Familienzentrum Am Emsufer",
            location=at(
                town, "Am Doktorplatz 4", district="Wiedenbrück", dlat=-0.0059, dlon=0.0138
            ),
            languages=["de", "ro", "bg", "ar"],
        ),
        integration_course(
            "svc-integrationskurs-vhs-reckenberg-ems-rheda-wiedenbrueck",
            ORG_VHS_RE,
            town,
            provider="VHS Reckenberg-Ems",
            location=at(
                town,
                "Ostenstraße 14",
                name="VHS Reckenberg-Ems",
                district="Wiedenbrück",
                dlat=-0.0061,
                dlon=0.0129,
            ),
            variants_de="Tages- und Abendkurse sowie ein Kurs speziell für "
            "Schichtarbeitende mit wechselnden Zeiten.",
            variants_en="Day and evening courses plus a course for shift "
            "workers with changing hours.",
            languages=["de", "ro", "bg", "pl"],
            weekly=enrolment_hours("integrationskurs-vhs-re", afternoon="TH"),
        ),
        language_cafe(
            "svc-sprachcafe-wiedenbrueck",
            ORG_CARITAS,
            town,
            place_de="International",
            place_en="International",
            location=at(town, "Lange Straße 28", district="Wiedenbrück", dlat=-0.0063, dlon=0.0147),
            day="TH",
            opens="16:00",
            closes="18:00",
            languages=["de", "ro", "bg", "ar", "uk"],
        ),
        jobcenter(
            "svc-jobcenter-rheda-wiedenbrueck",
            town,
            main_office=False,
            location=at(town, "Bahnhofstraße 35", district="Rheda", dlat=0.0031, dlon=0.0011),
            languages=["de", "ro", "bg"],
        ),
        mbe(
            "svc-mbe-awo-rheda-wiedenbrueck",
            ORG_AWO,
            town,
            carrier="AWO",
            location=at(town, "Berliner Straße 18", district="Rheda", dlat=0.0039, dlon=-0.0014),
            languages=["de", "ro", "bg", "tr", "pl"],
            weekly=[
                slot("MO,WE", "09:00", "12:00"),
                slot("MO", "16:00", "19:00"),
                slot("TH", "09:00", "12:00", booking_url=booking("mbe-awo-rw")),
            ],
        ),
        jmd(
            "svc-jmd-rheda-wiedenbrueck",
            ORG_CARITAS,
            town,
            carrier="Caritas",
            location=at(town, "Hauptstraße 52", district="Rheda", dlat=0.0027, dlon=0.0006),
            languages=["de", "ro", "bg", "ar", "tr"],
            weekly=[slot("TU,TH", "13:00", "17:00"), slot("WE", "10:00", "12:00")],
            area=["Rheda-Wiedenbrück", "Rietberg", "Langenberg", "Herzebrock-Clarholz"],
        ),
        refugee_counselling(
            "svc-fluechtlingsberatung-caritas-rheda-wiedenbrueck",
            ORG_CARITAS,
            town,
            carrier="Caritas",
            location=at(town, "Hauptstraße 52", district="Rheda", dlat=0.0027, dlon=0.0006),
            languages=["de", "ar", "fa", "ku", "ru"],
            weekly=[slot("TU", "09:00", "12:00"), slot("TH", "14:00", "17:00")],
        ),
    ]


def verl_services() -> list[dict[str, Any]]:
    town = VERL
    return [
        kita(
            "svc-kita-sonnenschein-verl",
            ORG_STADT_VERL,
            name="Kita Sonnenschein",
            kind=MUNICIPAL,
            youth_office=JA_VERL,
            ages=(1, 6),
            location=at(town, "Kühlmannweg 8", dlat=0.0037, dlon=0.0029),
            phone=office_phone(town),
            languages=["de", "uk", "bg", "en"],
            extra_de="Vier Gruppen mit Schwerpunkt Natur und Bewegung; Eingewöhnung nach dem "
            "Berliner Modell.",
            extra_en="Four groups with a focus on nature and movement; a gentle settling-in "
            "period with a parent (Berlin model).",
            visit_day="TH",
        ),
        kita(
            "svc-drk-kita-kleine-entdecker-verl",
            ORG_DRK,
            name="DRK-Kita Kleine Entdecker",
            kind=DRK_KITA,
            youth_office=JA_VERL,
            ages=(2, 6),
            u3=False,
            location=at(town, "Paderborner Straße 41", dlat=-0.0048, dlon=0.0062),
            phone=office_phone(town),
            languages=["de", "ru"],
            extra_de="Forscherwerkstatt und Waldtag jede Woche.",
            extra_en="Science workshop and a forest day every week.",
            opens="07:30",
            closes="16:00",
            friday_closes="14:30",
        ),
        childminding(
            "svc-kindertagespflege-verl",
            town,
            JA_VERL,
            at(town, "Paderborner Straße 5", name="Rathaus Verl", dlat=0.0006, dlon=-0.0009),
            ["de", "uk"],
            consultation_day="WE",
        ),
        kita_registration(
            "svc-kita-anmeldung-verl",
            town,
            JA_VERL,
            at(town, "Paderborner Straße 5", name="Rathaus Verl", dlat=0.0006, dlon=-0.0009),
            ["Verl"],
            ["de", "uk", "bg", "en"],
        ),
        family_centre(
            "svc-familienzentrum-verl-mitte",
            ORG_STADT_VERL,
            town,
            name="Familienzentrum Verl-Mitte",
            location=at(town, "Sender Straße 2", dlat=0.0029, dlon=-0.0052),
            languages=["de", "uk", "ru"],
        ),
        integration_course(
            "svc-integrationskurs-vhs-verl",
            ORG_VHS_VHS,
            town,
            provider="VHS Verl-Harsewinkel-SHS",
            location=at(town, "Hauptstraße 36", dlat=-0.0012, dlon=0.0018),
            variants_de="Vormittagskurse mit Kinderbetreuung und ein Abendkurs für Berufstätige.",
            variants_en="Morning courses with childcare and an evening course for people in work.",
            languages=["de", "uk", "ru", "bg"],
            weekly=enrolment_hours("integrationskurs-vhs-verl"),
        ),
        language_cafe(
            "svc-sprachcafe-verl",
            ORG_SPRACHBRUECKE,
            town,
            place_de="in der Stadtbibliothek",
            place_en="at the town library",
            location=at(
                town, "Paderborner Straße 3", name="Stadtbibliothek Verl", dlat=0.0004, dlon=-0.0007
            ),
            day="SA",
            opens="10:30",
            closes="12:30",
            languages=["de", "uk", "ru", "bg"],
            summer_break=False,
            summer_slots=[slot("SA", "10:00", "12:00"), slot("WE", "17:00", "19:00")],
        ),
        mbe(
            "svc-mbe-drk-verl",
            ORG_DRK,
            town,
            carrier="DRK",
            location=at(town, "Bahnhofstraße 12", dlat=-0.0022, dlon=0.0041),
            languages=["de", "uk", "ru", "bg", "en"],
            weekly=[
                slot("TU,TH", "09:00", "12:00"),
                slot("TH", "14:00", "17:00", booking_url=booking("mbe-drk-verl")),
            ],
        ),
        jmd(
            "svc-jmd-verl",
            ORG_DRK,
            town,
            carrier="DRK",
            location=at(town, "Bahnhofstraße 12", dlat=-0.0022, dlon=0.0041),
            languages=["de", "uk", "ru", "ar"],
            weekly=[slot("MO", "14:00", "18:00"), slot("WE", "13:00", "17:00")],
            area=["Verl", "Schloß Holte-Stukenbrock"],
        ),
        service(
            "svc-bewerbungswerkstatt-verl",
            ORG_LERNWERK,
            APPLICATION_WORKSHOP_TEXT.format(town="Verl"),
            ["job_support"],
            keywords=[
                "Bewerbung",
                "Lebenslauf",
                "Anschreiben",
                "Vorstellungsgespräch",
                "Jobsuche",
                "Ausbildung",
                "application",
            ],
            minimum_age=16,
            target_groups=["jobseekers", "youth"],
            languages=["de", "uk", "ru"],
            cost=FREE,
            location=at(town, "Hauptstraße 36", dlat=-0.0012, dlon=0.0018),
            contacts=[office_phone(town), mail("bewerbungswerkstatt-verl")],
            schedules=[hours(slot("TU", "14:00", "18:00"), closures=(XMAS,))],
            source=sample_source("erfundener Träger, typisches Angebot"),
        ),
    ]


def small_town_services() -> list[dict[str, Any]]:
    """The ten smaller towns: day care, a language offer and counselling in each."""
    return [
        # Halle (Westf.)
        kita(
            "svc-kita-kastanienhof-halle",
            ORG_STADT_HALLE,
            name="Kita Kastanienhof",
            kind=MUNICIPAL,
            youth_office=JA_KREIS,
            location=at(HALLE, "Kastanienweg 4", dlat=0.0043, dlon=-0.0051),
            phone=office_phone(HALLE),
            languages=["de", "ar", "ru"],
            extra_de="Kleine Einrichtung mit drei Gruppen nahe dem Stadtzentrum.",
            extra_en="Small Kita with three groups close to the town centre.",
        ),
        childminding(
            "svc-kindertagespflege-halle",
            HALLE,
            JA_KREIS,
            at(
                HALLE,
                "Ravensberger Straße 1",
                name="Rathaus Halle (Sprechtag)",
                dlat=0.0006,
                dlon=0.0004,
            ),
            ["de", "ar"],
            consultation_day="WE",
        ),
        integration_course(
            "svc-integrationskurs-vhs-ravensberg-halle",
            ORG_VHS_RAVENSBERG,
            HALLE,
            provider="VHS Ravensberg",
            location=at(HALLE, "Lange Straße 27", name="VHS Ravensberg", dlat=-0.0011, dlon=0.0017),
            variants_de="Vormittags- und Nachmittagskurse; Kurs für Zweitschriftlernende.",
            variants_en="Morning and afternoon courses; a course for people "
            "learning the Latin alphabet as a second script.",
            languages=["de", "ar", "ru"],
            weekly=enrolment_hours("integrationskurs-vhs-ravensberg-halle"),
        ),
        jobcenter(
            "svc-jobcenter-halle",
            HALLE,
            main_office=False,
            location=at(HALLE, "Graebestraße 20", dlat=0.0022, dlon=0.0031),
            languages=["de", "ar"],
        ),
        mbe(
            "svc-mbe-diakonie-halle",
            ORG_DIAKONIE,
            HALLE,
            carrier="Diakonie",
            location=at(HALLE, "Kirchplatz 2", dlat=0.0008, dlon=-0.0007),
            languages=["de", "ar", "ru", "en"],
            weekly=[
                slot("WE", "09:00", "12:00"),
                slot("MO", "14:00", "16:00", booking_url=booking("mbe-diakonie-halle")),
            ],
        ),
        # Harsewinkel
        kita(
            "svc-kita-pusteblume-harsewinkel",
            ORG_STADT_HARSEWINKEL,
            name="Kita Pusteblume",
            kind=MUNICIPAL,
            youth_office=JA_KREIS,
            location=at(HARSEWINKEL, "Brockhäger Straße 12", dlat=0.0031, dlon=0.0022),
            phone=office_phone(HARSEWINKEL),
            languages=["de", "pl", "ro"],
            extra_de="Vier Gruppen, eine davon mit Schwerpunkt Sprache.",
            extra_en="Four groups, one of them focused on language.",
        ),
        kita(
            "svc-kath-kita-arche-harsewinkel",
            ORG_KATH_KITA,
            name="Kath. Kita Arche",
            kind=CATHOLIC,
            youth_office=JA_KREIS,
            ages=(2, 6),
            u3=False,
            location=at(HARSEWINKEL, "Kirchplatz 6", dlat=-0.0009, dlon=0.0012),
            phone=office_phone(HARSEWINKEL),
            languages=["de", "pl"],
            extra_de="Zwei Gruppen mitten im Ort, Übermittagbetreuung möglich.",
            extra_en="Two groups in the centre of town; care over lunchtime possible.",
            opens="07:30",
            closes="14:30",
            friday_closes="14:30",
        ),
        integration_course(
            "svc-integrationskurs-vhs-harsewinkel",
            ORG_VHS_VHS,
            HARSEWINKEL,
            provider="VHS Verl-Harsewinkel-SHS",
            location=at(HARSEWINKEL, "Münsterstraße 6", dlat=0.0012, dlon=-0.0008),
            variants_de="Abendkurs zweimal pro Woche, passend zur Schichtarbeit.",
            variants_en="Evening course twice a week, suitable for shift work.",
            languages=["de", "pl", "ro"],
            weekly=enrolment_hours("integrationskurs-vhs-harsewinkel", afternoon="TH"),
        ),
        service(
            "svc-integrationsbuero-harsewinkel",
            ORG_STADT_HARSEWINKEL,
            INTEGRATION_OFFICE_TEXT,
            ["counselling"],
            keywords=[
                "Integrationsbüro",
                "Integrationsbeauftragte",
                "Rathaus",
                "Anmeldung",
                "Ehrenamt",
                "Orientierung",
            ],
            target_groups=["migrants", "refugees"],
            languages=["de", "pl", "en"],
            cost=FREE,
            location=at(
                HARSEWINKEL,
                "Münsterstraße 14",
                name="Rathaus Harsewinkel",
                dlat=0.0021,
                dlon=-0.0016,
            ),
            contacts=[office_phone(HARSEWINKEL), mail("integrationsbuero-harsewinkel")],
            schedules=[
                hours(
                    slot("MO,TU,TH,FR", "08:30", "12:00"),
                    slot("TH", "14:00", "17:30"),
                    closures=(XMAS,),
                )
            ],
            source=sample_source("Integrationsstelle im Rathaus (typisch); Angaben beispielhaft"),
        ),
        # Herzebrock-Clarholz
        kita(
            "svc-kita-am-park-herzebrock",
            ORG_GEMEINDE_HC,
            name="Kita Am Park",
            kind=COMMUNITY_KITA,
            youth_office=JA_KREIS,
            location=at(
                HERZEBROCK, "Clarholzer Straße 20", district="Herzebrock", dlat=0.0027, dlon=-0.0034
            ),
            phone=office_phone(HERZEBROCK),
            languages=["de", "ar", "ku"],
            extra_de="Drei Gruppen und ein großer Spielplatz direkt am Park.",
            extra_en="Three groups and a large playground right next to the park.",
        ),
        kita(
            "svc-kath-kita-sonnenhof-clarholz",
            ORG_KATH_KITA,
            name="Kath. Kita Sonnenhof",
            kind=CATHOLIC,
            youth_office=JA_KREIS,
            location=at(
                HERZEBROCK, "Lette-Straße 3", district="Clarholz", dlat=0.0123, dlon=-0.0171
            ),
            phone=office_phone(HERZEBROCK),
            languages=["de"],
            extra_de="Ländlich gelegen mit Bauernhof-Projekten.",
            extra_en="Rural location with farm projects.",
            opens="07:15",
            closes="15:30",
            friday_closes="14:00",
        ),
        integration_course(
            "svc-integrationskurs-vhs-reckenberg-ems-herzebrock-clarholz",
            ORG_VHS_RE,
            HERZEBROCK,
            provider="VHS Reckenberg-Ems",
            location=at(
                HERZEBROCK, "Am Rathaus 1", district="Herzebrock", dlat=0.0004, dlon=0.0006
            ),
            variants_de="Vormittagskurs mit Kinderbetreuung im Rathaus.",
            variants_en="Morning course with childcare at the town hall.",
            languages=["de", "ar"],
            weekly=[
                slot("TU", "09:00", "12:00"),
                slot("TU", "13:00", "15:00", booking_url=booking("vhs-re-hc-einstufung")),
            ],
        ),
        refugee_counselling(
            "svc-fluechtlingsberatung-herzebrock-clarholz",
            ORG_CARITAS,
            HERZEBROCK,
            carrier="Caritas",
            location=at(
                HERZEBROCK, "Am Rathaus 1", district="Herzebrock", dlat=0.0004, dlon=0.0006
            ),
            languages=["de", "ar", "fa"],
            weekly=[slot("WE", "09:00", "12:00")],
        ),
        # Langenberg
        kita(
            "svc-kath-kita-regenbogen-langenberg",
            ORG_KATH_KITA,
            name="Kath. Kita Regenbogen",
            kind=CATHOLIC,
            youth_office=JA_KREIS,
            location=at(LANGENBERG, "Hauptstraße 15", dlat=0.0011, dlon=-0.0013),
            phone=office_phone(LANGENBERG),
            languages=["de", "ro"],
            extra_de="Familiäre Kita mit vier Gruppen.",
            extra_en="Friendly Kita with four groups.",
        ),
        childminding(
            "svc-kindertagespflege-langenberg",
            LANGENBERG,
            JA_KREIS,
            at(
                LANGENBERG,
                "Klutenbrinkstraße 5",
                name="Rathaus Langenberg (Sprechtag)",
                dlat=0.0009,
                dlon=0.0012,
            ),
            ["de"],
            consultation_day="TH",
        ),
        language_cafe(
            "svc-sprachcafe-langenberg",
            ORG_CARITAS,
            LANGENBERG,
            place_de="im Pfarrheim",
            place_en="at the parish hall",
            location=at(LANGENBERG, "Kirchplatz 3", dlat=0.0005, dlon=0.0003),
            day="MO",
            opens="16:00",
            closes="17:30",
            languages=["de", "ro", "ar"],
        ),
        service(
            "svc-deutsch-fuer-frauen-langenberg",
            ORG_VHS_RE,
            WOMEN_GERMAN_TEXT,
            ["language_course"],
            keywords=[
                "Deutschkurs",
                "Frauenkurs",
                "Kinderbetreuung",
                "A1",
                "Alphabetisierung",
                "Sprachkurs",
                "women",
            ],
            target_groups=["women", "parents"],
            languages=["de", "ar", "ro"],
            cost={"free": True, "description": "Kostenlos, gefördert vom Land NRW."},
            location=at(LANGENBERG, "Kirchplatz 3", dlat=0.0005, dlon=0.0003),
            contacts=[office_phone(LANGENBERG), mail("deutsch-fuer-frauen-langenberg")],
            schedules=[hours(slot("TU,TH", "09:00", "11:30"), closures=(XMAS, COURSE_BREAK))],
            source=sample_source("VHS Reckenberg-Ems (real); Kursangebot beispielhaft"),
        ),
        social_counselling(
            "svc-sozialberatung-caritas-langenberg",
            ORG_CARITAS,
            LANGENBERG,
            carrier="Caritas",
            location=at(LANGENBERG, "Kirchplatz 3", dlat=0.0005, dlon=0.0003),
            languages=["de", "ro"],
            weekly=[slot("TH", "14:00", "16:00")],
        ),
        # Rietberg
        kita(
            "svc-kita-storchennest-rietberg",
            ORG_STADT_RIETBERG,
            name="Kita Storchennest",
            kind=MUNICIPAL,
            youth_office=JA_RIETBERG,
            location=at(RIETBERG, "Rathausstraße 30", dlat=0.0012, dlon=0.0021),
            phone=office_phone(RIETBERG),
            languages=["de", "ku", "ar"],
            extra_de="Fünf Gruppen; Kooperation mit der Grundschule nebenan.",
            extra_en="Five groups; cooperation with the primary school next door.",
            visit_day="MO",
        ),
        kita(
            "svc-kath-kita-emsauen-rietberg",
            ORG_KATH_KITA,
            name="Kath. Kita Emsauen",
            kind=CATHOLIC,
            youth_office=JA_RIETBERG,
            ages=(1, 6),
            location=at(RIETBERG, "Müntestraße 11", dlat=-0.0027, dlon=-0.0018),
            phone=office_phone(RIETBERG),
            languages=["de"],
            extra_de="Naturnahes Außengelände an der Ems.",
            extra_en="Natural outdoor area by the river Ems.",
        ),
        kita_registration(
            "svc-kita-anmeldung-rietberg",
            RIETBERG,
            JA_RIETBERG,
            at(RIETBERG, "Rügenstraße 1", name="Rathaus Rietberg", dlat=0.0007, dlon=0.0009),
            ["Rietberg"],
            ["de", "ar", "ku"],
        ),
        integration_course(
            "svc-integrationskurs-vhs-reckenberg-ems-rietberg",
            ORG_VHS_RE,
            RIETBERG,
            provider="VHS Reckenberg-Ems",
            location=at(RIETBERG, "Bahnhofstraße 8", dlat=-0.0016, dlon=0.0032),
            variants_de="Vormittagskurse; auf Nachfrage ein Intensivkurs.",
            variants_en="Morning courses; an intensive course on demand.",
            languages=["de", "ku", "ar"],
            weekly=enrolment_hours("integrationskurs-vhs-re-rietberg", afternoon="WE"),
        ),
        mbe(
            "svc-mbe-caritas-rietberg",
            ORG_CARITAS,
            RIETBERG,
            carrier="Caritas",
            location=at(RIETBERG, "Bahnhofstraße 8", dlat=-0.0016, dlon=0.0032),
            languages=["de", "ku", "ar", "tr"],
            weekly=[
                slot("MO", "09:00", "12:00"),
                slot("TH", "13:00", "16:00", booking_url=booking("mbe-caritas-rietberg")),
            ],
        ),
        # Schloß Holte-Stukenbrock
        kita(
            "svc-kita-holter-wald-schloss-holte-stukenbrock",
            ORG_STADT_SHS,
            name="Kita Am Holter Wald",
            kind=MUNICIPAL,
            youth_office=JA_SHS,
            location=at(
                SHS, "Holter Kirchplatz 2", district="Schloß Holte", dlat=0.0058, dlon=0.0024
            ),
            phone=office_phone(SHS),
            languages=["de", "tr", "ar"],
            extra_de="Waldgruppe und zwei Regelgruppen.",
            extra_en="A forest group and two regular groups.",
        ),
        childminding(
            "svc-kindertagespflege-schloss-holte-stukenbrock",
            SHS,
            JA_SHS,
            at(
                SHS,
                "Rathausstraße 2",
                name="Rathaus Schloß Holte-Stukenbrock",
                dlat=0.0021,
                dlon=0.0009,
            ),
            ["de", "tr"],
            consultation_day="MO",
        ),
        kita_registration(
            "svc-kita-anmeldung-schloss-holte-stukenbrock",
            SHS,
            JA_SHS,
            at(
                SHS,
                "Rathausstraße 2",
                name="Rathaus Schloß Holte-Stukenbrock",
                dlat=0.0021,
                dlon=0.0009,
            ),
            ["Schloß Holte-Stukenbrock"],
            ["de", "tr", "ar"],
        ),
        integration_course(
            "svc-integrationskurs-vhs-schloss-holte-stukenbrock",
            ORG_VHS_VHS,
            SHS,
            provider="VHS Verl-Harsewinkel-SHS",
            location=at(SHS, "Kaunitzer Straße 3", dlat=-0.0013, dlon=-0.0021),
            variants_de="Nachmittagskurs und Online-Tutorium.",
            variants_en="Afternoon course and online tutoring.",
            languages=["de", "tr", "ar"],
            weekly=enrolment_hours("integrationskurs-vhs-shs"),
        ),
        refugee_counselling(
            "svc-fluechtlingsberatung-schloss-holte-stukenbrock",
            ORG_DIAKONIE,
            SHS,
            carrier="Diakonie",
            location=at(
                SHS, "Holter Kirchplatz 10", district="Schloß Holte", dlat=0.0061, dlon=0.0031
            ),
            languages=["de", "ar", "fa", "tr"],
            weekly=[
                slot("TU", "09:00", "12:00"),
                slot("TU", "14:00", "16:00", booking_url=booking("fluechtlingsberatung-shs")),
            ],
        ),
        # Steinhagen
        kita(
            "svc-ev-kita-am-pulverbach-steinhagen",
            ORG_EV_KITA,
            name="Ev. Kita Am Pulverbach",
            kind=PROTESTANT,
            youth_office=JA_KREIS,
            location=at(STEINHAGEN, "Am Pulverbach 5", dlat=0.0017, dlon=-0.0026),
            phone=office_phone(STEINHAGEN),
            languages=["de", "sq"],
            extra_de="Drei Gruppen mit Schwerpunkt Musik.",
            extra_en="Three groups with a focus on music.",
        ),
        kita(
            "svc-kita-waldwichtel-steinhagen",
            ORG_GEMEINDE_STEINHAGEN,
            name="Kita Waldwichtel",
            kind=COMMUNITY_KITA,
            youth_office=JA_KREIS,
            ages=(1, 6),
            location=at(STEINHAGEN, "Waldstraße 21", dlat=-0.0038, dlon=0.0047),
            phone=office_phone(STEINHAGEN),
            languages=["de", "en"],
            extra_de="Zwei Gruppen, eine davon als Waldgruppe.",
            extra_en="Two groups, one of them a forest group.",
            opens="07:00",
            closes="15:00",
            friday_closes="14:00",
        ),
        integration_course(
            "svc-integrationskurs-vhs-ravensberg-steinhagen",
            ORG_VHS_RAVENSBERG,
            STEINHAGEN,
            provider="VHS Ravensberg",
            location=at(STEINHAGEN, "Am Pulverbach 25", dlat=0.0021, dlon=-0.0018),
            variants_de="Abendkurs und ein Vormittagskurs für Eltern.",
            variants_en="Evening course and a morning course for parents.",
            languages=["de", "sq", "ar"],
            weekly=[
                slot("MO,WE", "09:00", "12:00"),
                slot("WE", "13:00", "15:00", booking_url=booking("vhs-ravensberg-steinhagen")),
            ],
        ),
        mbe(
            "svc-mbe-awo-steinhagen",
            ORG_AWO,
            STEINHAGEN,
            carrier="AWO",
            location=at(STEINHAGEN, "Bahnhofstraße 3", dlat=-0.0011, dlon=0.0024),
            languages=["de", "sq", "ru"],
            weekly=[slot("TH", "09:00", "12:00"), slot("TH", "13:00", "15:00")],
        ),
        # Versmold
        kita(
            "svc-kita-spatzennest-versmold",
            ORG_STADT_VERSMOLD,
            name="Kita Spatzennest",
            kind=MUNICIPAL,
            youth_office=JA_KREIS,
            location=at(VERSMOLD, "Berliner Straße 12", dlat=0.0026, dlon=0.0035),
            phone=office_phone(VERSMOLD),
            languages=["de", "ru", "pl"],
            extra_de="Fünf Gruppen, Übermittagbetreuung bis 16:30 Uhr.",
            extra_en="Five groups, care over lunchtime until 4:30 pm.",
        ),
        kita(
            "svc-ev-kita-sonnenstrahl-versmold",
            ORG_EV_KITA,
            name="Ev. Kita Sonnenstrahl",
            kind=PROTESTANT,
            youth_office=JA_KREIS,
            ages=(2, 6),
            u3=False,
            location=at(VERSMOLD, "Münsterstraße 20", dlat=0.0015, dlon=-0.0022),
            phone=office_phone(VERSMOLD),
            languages=["de", "ru"],
            extra_de="Zwei Gruppen neben der Petrikirche.",
            extra_en="Two groups next to the church.",
            opens="07:30",
            closes="14:30",
            friday_closes="14:30",
        ),
        integration_course(
            "svc-integrationskurs-vhs-ravensberg-versmold",
            ORG_VHS_RAVENSBERG,
            VERSMOLD,
            provider="VHS Ravensberg",
            location=at(VERSMOLD, "Wiesenstraße 4", dlat=-0.0024, dlon=0.0013),
            variants_de="Vormittagskurs; Alphabetisierung auf Nachfrage.",
            variants_en="Morning course; literacy course on demand.",
            languages=["de", "ru", "pl"],
            weekly=enrolment_hours("integrationskurs-vhs-ravensberg-versmold", afternoon="MO"),
        ),
        jobcenter(
            "svc-jobcenter-versmold",
            VERSMOLD,
            main_office=False,
            location=at(VERSMOLD, "Münsterstraße 31", dlat=0.0022, dlon=-0.0011),
            languages=["de", "ru", "pl"],
        ),
        service(
            "svc-ehrenamtlicher-deutschkurs-versmold",
            ORG_SPRACHBRUECKE,
            OLD_COURSE_TEXT,
            ["language_course"],
            status="inactive",
            keywords=["Deutschkurs", "Ehrenamt"],
            languages=["de"],
            cost=FREE,
            location=at(VERSMOLD, "Kirchplatz 1", dlat=0.0004, dlon=0.0002),
            contacts=[mail("deutschkurs-versmold")],
            source=sample_source("erfundener, pausierter Kurs (zeigt den Status inactive)"),
        ),
        # Werther (Westf.)
        kita(
            "svc-kita-loewenzahn-werther",
            ORG_STADT_WERTHER,
            name="Kita Löwenzahn",
            kind=MUNICIPAL,
            youth_office=JA_KREIS,
            location=at(WERTHER, "Engerstraße 14", dlat=0.0021, dlon=0.0016),
            phone=office_phone(WERTHER),
            languages=["de", "fa"],
            extra_de="Drei Gruppen am Rand der Altstadt.",
            extra_en="Three groups at the edge of the old town.",
        ),
        childminding(
            "svc-kindertagespflege-werther",
            WERTHER,
            JA_KREIS,
            at(
                WERTHER,
                "Mühlenstraße 2",
                name="Rathaus Werther (Sprechtag)",
                dlat=0.0008,
                dlon=-0.0006,
            ),
            ["de"],
            consultation_day="FR",
        ),
        language_cafe(
            "svc-sprachcafe-werther",
            ORG_VHS_RAVENSBERG,
            WERTHER,
            place_de="der VHS Ravensberg",
            place_en="of VHS Ravensberg",
            location=at(WERTHER, "Mühlenstraße 10", dlat=0.0011, dlon=-0.0009),
            day="TU",
            opens="17:00",
            closes="18:30",
            languages=["de", "fa", "ar", "uk"],
        ),
        social_counselling(
            "svc-sozialberatung-diakonie-werther",
            ORG_DIAKONIE,
            WERTHER,
            carrier="Diakonie",
            location=at(WERTHER, "Engerstraße 3", dlat=0.0014, dlon=0.0008),
            languages=["de", "fa", "en"],
            weekly=[slot("MO", "09:00", "12:00")],
        ),
        # Borgholzhausen
        kita(
            "svc-kita-piumer-spatzen-borgholzhausen",
            ORG_STADT_BORGHOLZHAUSEN,
            name="Kita Piumer Spatzen",
            kind=MUNICIPAL,
            youth_office=JA_KREIS,
            location=at(BORGHOLZHAUSEN, "Schulstraße 9", dlat=0.0019, dlon=0.0027),
            phone=office_phone(BORGHOLZHAUSEN),
            languages=["de", "uk"],
            extra_de="Vier Gruppen am Fuß des Teutoburger Waldes.",
            extra_en="Four groups at the foot of the Teutoburg Forest.",
        ),
        childminding(
            "svc-kindertagespflege-borgholzhausen",
            BORGHOLZHAUSEN,
            JA_KREIS,
            at(
                BORGHOLZHAUSEN,
                "Schulstraße 5",
                name="Rathaus Borgholzhausen (Sprechtag)",
                dlat=0.0012,
                dlon=0.0015,
            ),
            ["de"],
            consultation_day="MO",
        ),
        integration_course(
            "svc-integrationskurs-vhs-ravensberg-borgholzhausen",
            ORG_VHS_RAVENSBERG,
            BORGHOLZHAUSEN,
            provider="VHS Ravensberg",
            location=at(BORGHOLZHAUSEN, "Freistraße 7", dlat=-0.0008, dlon=0.0011),
            variants_de="Abendkurs zweimal pro Woche.",
            variants_en="Evening course twice a week.",
            languages=["de", "uk"],
            weekly=[
                slot("TH", "16:00", "18:00"),
                slot(
                    "TH", "18:00", "19:00", booking_url=booking("vhs-ravensberg-piumer-einstufung")
                ),
            ],
        ),
        refugee_counselling(
            "svc-fluechtlingsberatung-borgholzhausen",
            ORG_DIAKONIE,
            BORGHOLZHAUSEN,
            carrier="Diakonie",
            location=at(BORGHOLZHAUSEN, "Schulstraße 5", dlat=0.0012, dlon=0.0015),
            languages=["de", "uk", "ar"],
            weekly=[slot("FR", "09:00", "11:30")],
        ),
    ]


# --------------------------------------------------------------------------------------------
# Events
# --------------------------------------------------------------------------------------------

TELLERRAND_SERIES_DE = "„Über den Tellerrand: Impulse zu Integration und Teilhabe“"
TELLERRAND_SERIES_EN = (
    "“Über den Tellerrand: Impulse zu Integration und Teilhabe” (a look beyond your own plate: "
    "impulses on integration and participation)"
)


def event(
    eid: str,
    organization: dict[str, Any],
    text: str,
    *,
    start: str,
    end: str,
    online: bool,
    place: dict[str, str] | None = None,
    registration_url: str | None = None,
    categories: list[str] | None = None,
    source: dict[str, Any] | None = None,
    last_checked: str = "2026-11-09",
) -> dict[str, Any]:
    parsed = parse_texts(text)
    german = parsed.pop("de")
    record: dict[str, Any] = {
        "id": eid,
        "organization": organization,
        "title": german["title"],
        "description": german["description"],
        "translations": parsed,
        "start": start,
        "end": end,
        "timezone": TZ,
        "online": online,
        "place": place,
    }
    if registration_url:
        record["registration_url"] = registration_url
    record["categories"] = categories or ["event"]
    record["source"] = source or sample_source("Beispielveranstaltung")
    record["last_checked"] = last_checked
    return record


def tellerrand(
    day: str, topic_de: str, topic_en: str, about_de: str, about_en: str, date_is_sample: bool
) -> dict[str, Any]:
    """One online lunchtime talk of the integration centre's 2025 series."""
    note_de = " (Datum beispielhaft.)" if date_is_sample else ""
    note_en = " (Date is a sample.)" if date_is_sample else ""
    text = f"""
    de.title: Über den Tellerrand: {topic_de}
    de.description: Online-Mittagsimpuls des Kommunalen Integrationszentrums aus der Reihe
      {TELLERRAND_SERIES_DE}. {about_de}{note_de}
    en.title: Über den Tellerrand: {topic_en}
    en.description: Online lunchtime talk by the Kommunales Integrationszentrum in the series
      {TELLERRAND_SERIES_EN}. {about_en}{note_en}
    """
    detail = (
        "Reihe und Thema real, Datum beispielhaft"
        if date_is_sample
        else "Reihe, Thema und Termin laut Ankündigung des Kreises"
    )
    return event(
        f"evt-tellerrand-{day}",
        ORG_KI,
        text,
        start=f"{day}T12:00",
        end=f"{day}T13:00",
        online=True,
        registration_url=sample_url(f"anmeldung/tellerrand-{day}"),
        categories=["event", "community"],
        source=sample_source(f"„Über den Tellerrand“ 2025: {detail}", KI_URL),
        last_checked="2026-10-15",
    )


def tellerrand_2025() -> list[dict[str, Any]]:
    return [
        tellerrand(
            "2025-05-21",
            "Migrantenorganisationen als Partner",
            "migrant organisations as partners",
            "Wie arbeiten Kommunen, Verbände und Migrantenselbstorganisationen (MSO) gut "
            "zusammen? In NRW gab es 2019 rund 4.122 MSO, in Deutschland 2016 rund 17.414.",
            "How do municipalities, welfare associations and migrant self-organisations (MSO) "
            "work well together? In 2019 there were about 4,122 MSO in NRW, and in 2016 about "
            "17,414 in Germany.",
            date_is_sample=False,
        ),
        tellerrand(
            "2025-07-16",
            "Integration Geflüchteter in den Kommunen",
            "refugee integration in the municipalities",
            "Wie gelingen Aufnahme und Integration geflüchteter Menschen vor Ort? Beispiele aus "
            "Kommunen im Kreis.",
            "How can municipalities take in and integrate refugees well? Examples from towns in "
            "the district.",
            date_is_sample=True,
        ),
        tellerrand(
            "2025-11-03",
            "Antidiskriminierung in Unternehmen",
            "anti-discrimination in companies",
            "Was können Betriebe gegen Diskriminierung tun, und wie profitieren sie von "
            "vielfältigen Teams?",
            "What can companies do against discrimination, and how do they benefit from diverse "
            "teams?",
            date_is_sample=False,
        ),
        tellerrand(
            "2025-12-10",
            "Berufsorientierung für Geflüchtete",
            "career guidance for refugees",
            "Wege in Ausbildung und Arbeit für junge Geflüchtete – mit Angeboten von Jobcenter, "
            "Agentur für Arbeit und Bildungsträgern.",
            "Routes into training and work for young refugees – with offers from the Jobcenter, "
            "the Agentur für Arbeit and training providers.",
            date_is_sample=True,
        ),
    ]


def place(name: str, address: str, town: str) -> dict[str, str]:
    return {"name": name, "address": address, "town": town}


KURDISH_CENTRE = org(
    "org-mso-kurdisches-kulturzentrum-guetersloh",
    "Kurdisches Kulturzentrum Gütersloh e.V.",
    website=sample_url("mso-kurdisches-kulturzentrum-guetersloh"),
    email="mso-kurdisches-kulturzentrum-guetersloh@example.org",
    is_mso=True,
)
WELCOME_UNITED = org(
    "org-mso-welcome-united-herzebrock-clarholz",
    "SV Welcome United Herzebrock-Clarholz e.V.",
    website=sample_url("mso-welcome-united-herzebrock-clarholz"),
    email="mso-welcome-united-herzebrock-clarholz@example.org",
    is_mso=True,
)
KREISHAUS = place("Kreishaus Gütersloh", "Herzebrocker Straße 140, 33334 Gütersloh", "Gütersloh")


def upcoming_events() -> list[dict[str, Any]]:
    """Sample events after December 2026 (the bot hides events once they are over)."""
    return [
        event(
            "evt-sprachcafe-advent-guetersloh-2026-12-09",
            ORG_SPRACHBRUECKE,
            """
            de.title: Sprachcafé im Advent
            de.description: Deutsch sprechen bei Tee, Keksen und Liedern aus vielen Ländern.
              Ohne Anmeldung, kostenlos, Kinder willkommen.
            en.title: Language café in Advent
            en.description: Speak German over tea, biscuits and songs from many countries. No
              registration, free, children welcome.
            """,
            start="2026-12-09T15:00",
            end="2026-12-09T17:30",
            online=False,
            place=place("Begegnungscafé", "Kirchstraße 10a, 33330 Gütersloh", "Gütersloh"),
            categories=["event", "language_course", "community"],
        ),
        event(
            "evt-kita-infoabend-verl-2027-01-13",
            ORG_STADT_VERL,
            """
            de.title: Infoabend: Wie bekomme ich einen Kita-Platz in Verl?
            de.description: Das Jugendamt erklärt die Anmeldung im Kita-Navigator, Fristen und
              Kosten. Dolmetschende für Ukrainisch und Bulgarisch sind da.
            en.title: Info evening: how do I get a Kita place in Verl?
            en.description: The youth office explains registration in the Kita-Navigator,
              deadlines and costs. Interpreters for Ukrainian and Bulgarian are there.
            """,
            start="2027-01-13T18:00",
            end="2027-01-13T19:30",
            online=False,
            place=place("Rathaus Verl, Ratssaal", "Paderborner Straße 5, 33415 Verl", "Verl"),
            registration_url=sample_url("anmeldung/kita-infoabend-verl"),
            categories=["event", "childcare"],
        ),
        event(
            "evt-kita-anmeldung-online-2027-01-20",
            ORG_KREISJUGENDAMT,
            """
            de.title: Kita-Anmeldung Schritt für Schritt (online, mehrsprachig)
            de.description: Online-Info des Kreisjugendamts für Eltern in Borgholzhausen, Halle,
              Harsewinkel, Herzebrock-Clarholz, Langenberg, Steinhagen, Versmold und Werther.
              Mit Übersetzung ins Arabische, Ukrainische und Rumänische.
            en.title: Kita registration step by step (online, multilingual)
            en.description: Online information from the district youth office for parents in
              Borgholzhausen, Halle, Harsewinkel, Herzebrock-Clarholz, Langenberg, Steinhagen,
              Versmold and Werther. With interpreting into Arabic, Ukrainian and Romanian.
            """,
            start="2027-01-20T17:00",
            end="2027-01-20T18:00",
            online=True,
            registration_url=sample_url("anmeldung/kita-online-info"),
            categories=["event", "childcare"],
        ),
        event(
            "evt-wegweiser-elternabend-guetersloh-2027-02-10",
            ORG_WEGWEISER,
            """
            de.title: Elternabend: Jugendliche stärken, Radikalisierung vorbeugen
            de.description: Die Wegweiser-Beratung erklärt ruhig und ohne Vorurteile, woran
              Eltern merken können, dass ihr Kind in extremistische Kreise gerät, und wo es
              vertrauliche Hilfe gibt. Mit Übersetzung ins Türkische und Arabische.
            en.title: Parents' evening: strengthening young people, preventing radicalisation
            en.description: Wegweiser counsellors explain calmly and without prejudice how
              parents can notice that their child is getting drawn into extremist circles, and
              where to find confidential help. With interpreting into Turkish and Arabic.
            """,
            start="2027-02-10T18:30",
            end="2027-02-10T20:00",
            online=False,
            place=KREISHAUS,
            registration_url=sample_url("anmeldung/wegweiser-elternabend"),
            categories=["event", "prevention"],
            source=sample_source(
                "Beispielveranstaltung des Programms Wegweiser", "https://www.wegweiser.nrw.de"
            ),
        ),
        event(
            "evt-tellerrand-2027-02-24",
            ORG_KI,
            f"""
            de.title: Über den Tellerrand: Mehrsprachigkeit in der Kita
            de.description: Online-Mittagsimpuls aus der Reihe {TELLERRAND_SERIES_DE}: Wie
              Kitas Familiensprachen wertschätzen und Deutsch fördern. (Beispieltermin.)
            en.title: Über den Tellerrand: many languages in the Kita
            en.description: Online lunchtime talk in the series {TELLERRAND_SERIES_EN}: how
              Kitas value family languages and support German. (Sample date.)
            """,
            start="2027-02-24T12:00",
            end="2027-02-24T13:00",
            online=True,
            registration_url=sample_url("anmeldung/tellerrand-2027-02-24"),
            categories=["event", "community", "childcare"],
        ),
        event(
            "evt-jobboerse-guetersloh-2027-03-11",
            ORG_JOBCENTER,
            """
            de.title: Job- und Ausbildungsbörse für Zugewanderte
            de.description: Betriebe aus dem Kreis stellen Stellen und Ausbildungsplätze vor;
              Jobcenter, Agentur für Arbeit und Anerkennungsberatung sind mit Ständen da.
              Lebenslauf mitbringen!
            en.title: Job and apprenticeship fair for newcomers
            en.description: Companies from the district present jobs and apprenticeships; the
              Jobcenter, the Agentur für Arbeit and recognition counselling have stands. Bring
              your CV!
            """,
            start="2027-03-11T10:00",
            end="2027-03-11T15:00",
            online=False,
            place=place("Stadthalle Gütersloh", "Friedrichstraße 10, 33330 Gütersloh", "Gütersloh"),
            registration_url=sample_url("anmeldung/jobboerse-2027"),
            categories=["event", "job_support"],
        ),
        event(
            "evt-newroz-kulturabend-guetersloh-2027-03-20",
            KURDISH_CENTRE,
            """
            de.title: Newroz-Kulturabend
            de.description: Das Kurdische Kulturzentrum lädt alle zum Neujahrsfest Newroz ein:
              Musik, Tanz und Essen. Eintritt frei, Familien willkommen.
            en.title: Newroz cultural evening
            en.description: The Kurdish cultural centre invites everyone to the Newroz new year
              celebration: music, dance and food. Free entry, families welcome.
            """,
            start="2027-03-20T18:00",
            end="2027-03-20T22:00",
            online=False,
            place=place(
                "Kurdisches Kulturzentrum", "Strengerstraße 18, 33330 Gütersloh", "Gütersloh"
            ),
            categories=["event", "community"],
        ),
        event(
            "evt-anerkennung-online-2027-04-14",
            ORG_IQ,
            """
            de.title: Ausländischer Abschluss – wie funktioniert die Anerkennung?
            de.description: Online-Info der Anerkennungsberatung: zuständige Stellen,
              Unterlagen, Kosten und Förderung. Fragen auch auf Englisch, Arabisch und
              Ukrainisch.
            en.title: Foreign qualification – how does recognition work?
            en.description: Online information from recognition counselling: responsible
              offices, documents, costs and funding. Questions also in English, Arabic and
              Ukrainian.
            """,
            start="2027-04-14T16:00",
            end="2027-04-14T17:30",
            online=True,
            registration_url=sample_url("anmeldung/anerkennung-online"),
            categories=["event", "job_support"],
        ),
        event(
            "evt-sprachcafe-im-park-halle-2027-06-09",
            ORG_VHS_RAVENSBERG,
            """
            de.title: Sprachcafé im Park
            de.description: Das Sprachcafé zieht nach draußen: Deutsch üben beim Picknick im
              Stadtpark. Bei Regen in der VHS.
            en.title: Language café in the park
            en.description: The language café moves outdoors: practise German at a picnic in the
              town park. If it rains, at the VHS.
            """,
            start="2027-06-09T16:00",
            end="2027-06-09T18:00",
            online=False,
            place=place(
                "Stadtpark Halle (bei Regen: VHS Ravensberg, Lange Straße 27)",
                "Lange Straße 27, 33790 Halle (Westf.)",
                "Halle (Westf.)",
            ),
            categories=["event", "language_course", "community"],
        ),
        event(
            "evt-welcome-united-sportfest-2027-06-19",
            WELCOME_UNITED,
            """
            de.title: Sportfest „Welcome United“
            de.description: Fußballturnier, Spiele für Kinder und internationales Büfett. Teams
              aus dem ganzen Kreis können sich anmelden; Zuschauen ist frei.
            en.title: “Welcome United” sports day
            en.description: Football tournament, games for children and an international buffet.
              Teams from the whole district can sign up; watching is free.
            """,
            start="2027-06-19T11:00",
            end="2027-06-19T17:00",
            online=False,
            place=place(
                "Sportplatz", "Am Sportplatz 2, 33442 Herzebrock-Clarholz", "Herzebrock-Clarholz"
            ),
            registration_url=sample_url("anmeldung/welcome-united-turnier"),
            categories=["event", "community"],
        ),
        event(
            "evt-fest-der-kulturen-rheda-wiedenbrueck-2027-09-25",
            ORG_STADT_RW,
            """
            de.title: Fest der Kulturen zur Interkulturellen Woche
            de.description: Vereine und Migrantenorganisationen stellen sich mit Musik, Essen und
              Mitmachaktionen vor. Eintritt frei.
            en.title: Festival of cultures during the Intercultural Week
            en.description: Clubs and migrant organisations present themselves with music, food
              and activities to join in. Free entry.
            """,
            start="2027-09-25T14:00",
            end="2027-09-25T19:00",
            online=False,
            place=place(
                "Rathausplatz", "Rathausplatz 13, 33378 Rheda-Wiedenbrück", "Rheda-Wiedenbrück"
            ),
            categories=["event", "community"],
        ),
        event(
            "evt-mso-netzwerktreffen-2027-10-13",
            ORG_KI,
            """
            de.title: Netzwerktreffen der Migrantenorganisationen
            de.description: Das Kommunale Integrationszentrum lädt Migrantenselbstorganisationen
              zum Austausch ein: Förderprogramme, Räume, gemeinsame Projekte.
            en.title: Network meeting of migrant organisations
            en.description: The Kommunales Integrationszentrum invites migrant
              self-organisations to meet: funding programmes, rooms, joint projects.
            """,
            start="2027-10-13T17:00",
            end="2027-10-13T19:00",
            online=False,
            place=KREISHAUS,
            registration_url=sample_url("anmeldung/mso-netzwerk"),
            categories=["event", "community"],
        ),
    ]


# --------------------------------------------------------------------------------------------
# Document
# --------------------------------------------------------------------------------------------


def build_services() -> list[dict[str, Any]]:
    services = [
        *partner_services(),
        *prevention_services(),
        *emergency_services(),
        *job_services(),
        *guetersloh_services(),
        *rheda_wiedenbrueck_services(),
        *verl_services(),
        *small_town_services(),
        *mso_services(),
    ]
    for index, record in enumerate(services):
        record["last_checked"] = LAST_CHECKED_DATES[index % len(LAST_CHECKED_DATES)]
    return services


def build_document() -> dict[str, Any]:
    PHONES.reset()
    services = build_services()
    events = [*tellerrand_2025(), *upcoming_events()]
    ids = [record["id"] for record in (*services, *events)]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"duplicate ids: {duplicates}")
    return {
        "profile": "lotse-hsds-3",
        "name": "kreis-guetersloh",
        "sample_data": True,
        "notice": NOTICE,
        "services": services,
        "events": events,
    }


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    document = build_document()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    OUTPUT.write_text(text, encoding="utf-8")
    logger.info(
        "wrote %d services and %d events to %s",
        len(document["services"]),
        len(document["events"]),
        OUTPUT,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
