"""Demo entries of the risicokalender (demo only; idempotent: nothing is added to a network that already has
entries). Dates are relative to today, so the demo always shows windows running now and coming soon:

- an incident (a stabbing near the station) whose first anniversary's run-up is running, linked to the demo case;
- the announcement of a prosecution demand next week, a release from prison a month ago;
- King's Day, New Year's Eve, the autumn fair and the Christmas holidays as local moments.

Youth work and the police see most entries; the school sees the holidays and New Year's Eve; the entry about the
release is kept for the police alone (the municipality's own organisation always sees what it keeps)."""

import datetime as dt

from django.utils import timezone

from interventions.models import Case
from partners.constants import PartnerType
from partners.models import Network
from signals.demo import _member

from . import services
from .models import RiskEvent


def _next(today: dt.date, month: int, day: int) -> dt.date:
    date = dt.date(today.year, month, day)
    return date if date >= today else dt.date(today.year + 1, month, day)


def seed_demo_risk_calendar(network: Network) -> int:
    if RiskEvent.objects.filter(network=network).exists():
        return 0
    oov = _member(network, "oov-coordinator")
    if oov is None:
        return 0
    today = timezone.localdate()
    organisations = {o.partner_type: o for o in network.organisations.all()}
    youth, police, school = (
        organisations.get(PartnerType.JONGERENWERK),
        organisations.get(PartnerType.POLITIE),
        organisations.get(PartnerType.SCHOOL),
    )
    partners = [o for o in (youth, police) if o]
    case = Case.objects.filter(network=network, lead_organisation=oov.organisation).first()
    entries = [
        {
            "kind": "incident",
            "title": "Steekincident bij het station",
            "start_date": today - dt.timedelta(days=330),
            "area": "Centrum",
            "risk_level": "high",
            "description": (
                "Bij een confrontatie tussen twee groepen raakte een jongen zwaargewond. Rond de jubileumdatum "
                "lopen de emoties op; drillnummers verwijzen nog naar de dag."
            ),
            "case": case,
            "organisations": partners,
        },
        {
            "kind": "sentencing",
            "title": "Uitspraak in de zaak van het steekincident",
            "start_date": today + dt.timedelta(days=9),
            "area": "Centrum",
            "risk_level": "elevated",
            "description": "Een lagere straf dan de getroffenen hopen kan tot reacties leiden.",
            "organisations": partners,
        },
        {
            "kind": "release",
            "title": "Vrijlating na detentie (zaak winkelcentrum)",
            "start_date": today - dt.timedelta(days=30),
            "area": "Noord",
            "risk_level": "elevated",
            "organisations": [police] if police else [],
        },
        {
            "kind": "local_event",
            "title": "Najaarskermis",
            "start_date": today + dt.timedelta(days=3),
            "end_date": today + dt.timedelta(days=7),
            "area": "Zuid",
            "risk_level": "low",
            "organisations": partners,
        },
        {
            "kind": "new_year",
            "title": "Oud en nieuw",
            "start_date": _next(today, 12, 31),
            "end_date": _next(today, 12, 31) + dt.timedelta(days=1),
            "area": "Hele gemeente",
            "risk_level": "high",
            "organisations": [o for o in (youth, police, school) if o],
        },
        {
            "kind": "school_holiday",
            "title": "Kerstvakantie",
            "start_date": _next(today, 12, 20),
            "end_date": _next(today, 12, 20) + dt.timedelta(days=15),
            "area": "Hele gemeente",
            "risk_level": "low",
            "organisations": [o for o in (youth, school) if o],
        },
        {
            "kind": "kings_day",
            "title": "Koningsdag",
            "start_date": _next(today, 4, 27),
            "area": "Centrum",
            "risk_level": "elevated",
            "organisations": partners,
        },
    ]
    for entry in entries:
        services.risk_event_create(acting_user=oov.user, **entry)
    return len(entries)
