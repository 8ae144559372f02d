"""What the bot says, composed from the directory in the user's language.

Plain Python (no Rasa): the actions call these functions and send the replies. Every fact
(name, address, phone, hours, languages, source, date checked) comes from a directory record;
the texts around them come from the i18n catalogs. Replies are short enough for a phone: one
message per service.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time

from bot.directory import schedules
from bot.directory.model import Contact, Event, Service
from bot.directory.schedules import Schedule
from bot.i18n import t
from bot.safety import emergency_numbers

SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")
MENU_PAYLOADS = {
    "childcare": "/find_childcare",
    "job_support": "/find_job_support",
    "counselling": "/find_counselling",
    "language_course": "/find_language_course",
    "prevention": "/find_prevention_help",
    "community": "/find_community",
    "events": "/ask_events",
    "human": "/request_human",
}
# How likely the classifier must find `emergency`, as a reading it did not choose, for the
# emergency answer to come as well: first in a message the bot did not otherwise understand (out
# of scope, or unsure), after the reply to a topic, a goodbye or thanks. In cross-validation on
# the training data 0.5 % of all ordinary messages reach it, most of them worries about someone
# close. Of fresh probes, it reaches 2 of 15 ordinary goodbyes and thanks ("Danke für alles! …
# schönes Wochenende") and the one crisis read as thanks; 8 of the 18 crises read as a topic,
# most of them phrased as a practical question, and 10 of 231 ordinary questions read as one.
LIKELY_EMERGENCY = 0.2
# How likely a topic must be, as a reading beside a chosen `emergency`, to be offered as a button
# after the emergency answer: an ordinary question the classifier took for an emergency ("my baby
# has a cold, I need a paediatrician") then leads on to its topic. Of fresh probes, 41 of the 99
# ordinary messages the classifier alone read as emergencies reach it, and 22 of its 182 crises.
ALSO_A_TOPIC = 0.1


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[tuple[str, str], ...] = ()  # (title, payload)
    custom: dict[str, object] = field(default_factory=dict)


def menu_buttons(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple((t(f"menu.{key}", lang), payload) for key, payload in MENU_PAYLOADS.items())


def human_button(lang: str) -> tuple[str, str]:
    return (t("menu.human", lang), MENU_PAYLOADS["human"])


def topic_buttons(topics: Sequence[str], lang: str) -> tuple[tuple[str, str], ...]:
    return tuple((t(f"menu.{topic}", lang), MENU_PAYLOADS[topic]) for topic in topics)


def menu(lang: str, intro_key: str = "menu.intro") -> list[Reply]:
    return [Reply(t(intro_key, lang), menu_buttons(lang))]


def emergency(lang: str, numbers_already_sent: bool = False,
              topics: Sequence[str] = ()) -> list[Reply]:  # fmt: skip
    """The numbers and the offer of a person; then `topics`, what else the message may have asked
    about, as buttons."""
    replies = (
        [] if numbers_already_sent else [Reply(t("emergency.numbers", lang, **emergency_numbers()))]
    )
    replies.append(Reply(t("emergency.person", lang), (human_button(lang),)))
    if topics:
        replies.append(Reply(t("emergency.other_topic", lang), topic_buttons(topics, lang)))
    return replies


def not_understood(lang: str, replies: list[Reply], emergency_confidence: float) -> list[Reply]:
    """Replies to a message the bot did not understand, so that a crisis the classifier missed
    still reaches the numbers: the emergency answer first when `emergency` was a likely reading,
    otherwise one line with the police and ambulance numbers after the replies."""
    if emergency_confidence >= LIKELY_EMERGENCY:
        return emergency(lang) + replies
    return replies + [Reply(t("emergency.hint", lang, **emergency_numbers()))]


def understood(lang: str, replies: list[Reply], emergency_confidence: float) -> list[Reply]:
    """Replies to a message the bot read as a topic, a goodbye or thanks. A crisis can read much
    like one: a quiet farewell ("thank you for everything, I won't need any more appointments"),
    a practical question ("who picks up my son from the Kita when I'm gone for good?"). So when
    `emergency` was a likely reading, the emergency answer and the offer of a person follow."""
    if emergency_confidence >= LIKELY_EMERGENCY:
        return replies + emergency(lang)
    return replies


def _language_names(codes: tuple[str, ...], lang: str) -> str:
    names: Mapping[str, str]
    try:
        names = Locale.parse(lang).languages
    except (UnknownLocaleError, ValueError):
        names = {}
    return ", ".join(names.get(code, code) for code in codes)


def checked_line(service: Service | Event, lang: str) -> str:
    source = service.source.name
    if service.source.sample and t("card.sample", lang) not in source:
        source = f"{source} ({t('card.sample', lang)})"
    return t("card.checked", lang, date=format_date(service.last_checked, "medium", locale=lang),
             source=source)  # fmt: skip


def status_line(schedule: Schedule, lang: str, now: datetime) -> str:
    """'Open now, until 18:00' or 'Closed now. Opens again: Monday, 09:00'."""
    if schedules.is_open(schedule, now):
        closing = schedules.next_closing(schedule, now)
        if closing is None:  # no end within the horizon: a 24/7 line
            return t("card.open_always", lang)
        same_day = closing.date() == now.astimezone(closing.tzinfo).date()
        until = (format_time(closing, "short", locale=lang) if same_day
                 else schedules.format_moment(closing, lang))  # fmt: skip
        return t("card.open_now", lang, time=until)
    opening = schedules.next_opening(schedule, now)
    if opening is None:
        return t("card.hours_unknown", lang)
    return t("card.closed_now", lang, when=schedules.format_moment(opening, lang))


def hours_lines(schedule: Schedule, lang: str, now: datetime) -> list[str]:
    lines = [status_line(schedule, lang, now)]
    weekly = schedules.format_weekly(schedule, lang)
    if weekly:
        lines.append(t("card.hours", lang, hours="; ".join(weekly)))
    appointments = schedules.format_appointment_days(schedule, lang)
    if appointments:
        lines.append(t("card.appointment", lang, slots="; ".join(appointments)))
    return lines


def first_sentence(text: str) -> str:
    """Cards stay short on a phone: the first sentence of a description says what it is."""
    return SENTENCE_END.split(text.strip(), maxsplit=1)[0]


def service_card(service: Service, lang: str, now: datetime) -> Reply:
    """One service as one short message: name, what it is, where, how to reach, hours, source."""
    lines = [service.name_in(lang), first_sentence(service.description_in(lang))]
    if service.organization.is_mso:
        lines.append(t("card.partner", lang))
        if service.mso and service.mso.activities:
            activities = ", ".join(t(f"activity.{a}", lang) for a in service.mso.activities)
            lines.append(t("card.activities", lang, activities=activities))
    if service.location:
        loc = service.location
        lines.append(
            t("card.address", lang, address=f"{loc.address}, {loc.postal_code} {loc.town}")
        )
    for contact in service.contacts:
        lines.extend(_contact_lines(service, contact, lang, now))
    own = service.schedule_for(None)
    if own is not None:
        lines.extend(hours_lines(own, lang, now))
    elif not any(service.schedule_for(c.id) for c in service.contacts):
        lines.append(t("card.hours_unknown", lang))
    if service.minimum_age is not None and service.maximum_age is not None:
        lines.append(t("card.ages", lang, min=service.minimum_age, max=service.maximum_age))
    if service.languages:
        lines.append(t("card.languages", lang, languages=_language_names(service.languages, lang)))
    if service.online:
        lines.append(t("card.online", lang))
    if service.cost and service.cost.free:
        lines.append(t("card.free", lang))
    lines.append(checked_line(service, lang))
    return Reply("\n".join(line for line in lines if line))


def _contact_lines(service: Service, contact: Contact, lang: str, now: datetime) -> list[str]:
    kind, value, label = contact.type, contact.value, contact.label or contact.type
    if kind in ("phone", "whatsapp"):
        lines = [t("card.phone", lang, label=label, phone=value)]
    elif kind == "email":
        lines = [t("card.email", lang, email=value)]
    elif kind == "chat":
        lines = [t("card.chat", lang, url=value)]
    else:
        lines = [t("card.web", lang, url=value)]
    own = service.schedule_for(contact.id)
    if own is not None:
        lines.extend(hours_lines(own, lang, now))
    return lines


def results(topic: str, town: str | None, services: list[Service], lang: str, now: datetime,
            more_payload: str | None) -> list[Reply]:  # fmt: skip
    """The answer to a search: a short intro, the explanation of the topic, one card each."""
    topic_name = t(f"topic.{topic}", lang)
    if not services:
        retry = ((t("results.other_town", lang), "/inform"), human_button(lang))
        return [Reply(t("results.none", lang, topic=topic_name, town=town or "–"), retry)]
    intro = (t("results.intro", lang, topic=topic_name, town=town) if town
             else t("results.intro.anywhere", lang, topic=topic_name))  # fmt: skip
    replies = [Reply(intro + "\n" + t(f"explain.{topic}", lang))]
    replies.extend(service_card(service, lang, now) for service in services)
    buttons: list[tuple[str, str]] = []
    if more_payload:
        buttons.append((t("results.more", lang), more_payload))
    if town:
        buttons.append((t("results.other_town", lang), "/inform"))
    buttons.append(human_button(lang))
    replies.append(feedback_request(buttons))
    return replies


def feedback_request(buttons: list[tuple[str, str]]) -> Reply:
    """Asks the gateway to add 'Was this helpful? 👍 👎' (it knows the answer's seq) + buttons."""
    extra = [{"title": title, "payload": payload} for title, payload in buttons]
    return Reply("", custom={"ask_feedback": True, "buttons": extra})


def opening_hours(service: Service, lang: str, now: datetime) -> list[Reply]:
    lines = [t("hours.header", lang, name=service.name_in(lang))]
    own = service.schedule_for(None)
    if own is not None:
        lines.extend(hours_lines(own, lang, now))
    for contact in service.contacts:
        schedule = service.schedule_for(contact.id)
        if schedule is not None:
            lines.append(
                t("card.phone", lang, label=contact.label or contact.type, phone=contact.value)
            )
            lines.extend(hours_lines(schedule, lang, now))
    if len(lines) == 1:
        lines.append(t("card.hours_unknown", lang))
    lines.append(checked_line(service, lang))
    return [Reply("\n".join(lines))]


def events(upcoming: list[Event], lang: str) -> list[Reply]:
    if not upcoming:
        return [Reply(t("events.none", lang))]
    replies = [Reply(t("events.intro", lang))]
    for event in upcoming:
        when = _event_when(event, lang)
        lines = [t("event.line", lang, title=event.title_in(lang), when=when)]
        if event.online:
            lines.append(t("event.online", lang))
        if event.place:
            lines.append(t("event.place", lang, place=f"{event.place.name}, {event.place.town}"))
        if event.registration_url:
            lines.append(t("event.register", lang, url=event.registration_url))
        lines.append(checked_line(event, lang))
        replies.append(Reply("\n".join(lines)))
    return replies


def _event_when(event: Event, lang: str) -> str:
    start, end = event.starts_at, event.ends_at
    day = format_date(start.date(), "full", locale=lang)
    start_clock = format_time(start, "short", locale=lang)
    return f"{day}, {start_clock}–{format_time(end, 'short', locale=lang)}"


def human_contact(service: Service | None, lang: str, now: datetime) -> list[Reply]:
    text = t("human.contact", lang)
    if service is None:
        return [Reply(text)]
    return [Reply(text), service_card(service, lang, now)]
