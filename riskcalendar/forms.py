"""Forms of the risicokalender. They parse and present input; the rules (who keeps the calendar, which
organisations and cases may be chosen, which dates make sense for which kind) live in riskcalendar/services.py."""

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from interventions.forms import DATE, OrganisationChoiceField
from signals.forms import INPUT, SELECT, TEXTAREA

from .constants import SENTENCING_DAYS_AFTER, SENTENCING_DAYS_BEFORE, RiskKind, RiskLevel
from .models import MAX_WINDOW_DAYS
from .services import AREA_MAX_LENGTH, TEXT_MAX_LENGTH, TITLE_MAX_LENGTH

NUMBER = {**INPUT, "inputmode": "numeric", "class": f"{INPUT['class']} app-input--short"}


class RiskEventForm(forms.Form):
    use_required_attribute = False

    kind = forms.ChoiceField(
        label=_("Kind of moment"),
        choices=RiskKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what kind of moment this is.")},
    )
    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX_LENGTH,
        help_text=_("Name the moment, not a person: no names, at most the pseudonyms of a linked case."),
        widget=forms.TextInput(attrs=INPUT),
        error_messages={"required": _("Name the moment, for example 'Anniversary of the stabbing'.")},
    )
    start_date = forms.DateField(
        label=_("Date"),
        help_text=_("The day of the incident, announcement or release, or the first day of the period."),
        widget=DATE,
        error_messages={"required": _("Give the date."), "invalid": _("Give the date as day-month-year.")},
    )
    end_date = forms.DateField(
        label=_("Last day (optional)"),
        required=False,
        help_text=_("Only for a period of several days (a fair, the school holidays)."),
        widget=DATE,
        error_messages={"invalid": _("Give the date as day-month-year.")},
    )
    area = forms.CharField(
        label=_("Area"),
        max_length=AREA_MAX_LENGTH,
        help_text=_("The district (wijk) or area it concerns."),
        widget=forms.TextInput(attrs={**INPUT, "list": "risk-areas", "autocomplete": "off"}),
        error_messages={"required": _("Name the area (wijk) it concerns.")},
    )
    risk_level = forms.ChoiceField(
        label=_("Risk level"),
        choices=RiskLevel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a risk level: low, elevated or high.")},
    )
    description = forms.CharField(
        label=_("Description (optional)"),
        required=False,
        max_length=TEXT_MAX_LENGTH,
        help_text=_("What is known and why it matters: no names of persons."),
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 4}),
    )
    days_before = forms.IntegerField(
        label=_("Window starts … days before the announcement"),
        min_value=0,
        max_value=MAX_WINDOW_DAYS,
        initial=SENTENCING_DAYS_BEFORE,
        help_text=_("Only for an announcement of a sentence or prosecution demand."),
        widget=forms.NumberInput(attrs=NUMBER),
        error_messages={"required": _("Give a number of days from 0 to 365.")},
    )
    days_after = forms.IntegerField(
        label=_("Window ends … days after the announcement"),
        min_value=0,
        max_value=MAX_WINDOW_DAYS,
        initial=SENTENCING_DAYS_AFTER,
        help_text=_("Only for an announcement of a sentence or prosecution demand."),
        widget=forms.NumberInput(attrs=NUMBER),
        error_messages={"required": _("Give a number of days from 0 to 365.")},
    )
    case = forms.ModelChoiceField(
        label=_("Linked case (optional)"),
        queryset=None,
        required=False,
        empty_label=_("— no case —"),
        help_text=_("Persons appear only as the pseudonyms of a linked case, and only to its participants."),
        widget=forms.Select(attrs=SELECT),
    )
    organisations = OrganisationChoiceField(
        label=_("Organisations that see it"),
        queryset=None,
        required=False,
        help_text=_(
            "Your organisation always sees it. The organisations you tick see the entry and its windows, and are "
            "alerted when a window starts."
        ),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, cases, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["case"].queryset = cases
        self.fields["organisations"].queryset = organisations


class CalendarFilterForm(forms.Form):
    """The filters every view of the calendar shares: area, kind and level; the list adds a period."""

    area = forms.ChoiceField(label=_("Area"), required=False, widget=forms.Select(attrs=SELECT))
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All")), *RiskKind.choices], widget=forms.Select(attrs=SELECT)
    )
    level = forms.ChoiceField(
        label=_("Risk level"),
        required=False,
        choices=[("", _("All")), *RiskLevel.choices],
        widget=forms.Select(attrs=SELECT),
    )
    van = forms.DateField(label=_("From"), required=False, widget=DATE)
    tot = forms.DateField(label=_("Until"), required=False, widget=DATE)

    def __init__(self, *args, areas, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = [("", _("All")), *((area, area) for area in areas)]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("van"), cleaned.get("tot")
        if start and end and end < start:
            self.add_error("tot", _("The end of the period cannot be before its start."))
        return cleaned


def parse_month(value: str | None, today: dt.date) -> dt.date:
    """``2026-11`` → 1 November 2026; anything else (or nothing) → this month."""
    try:
        year, month = (int(part) for part in (value or "").split("-"))
        return dt.date(year, month, 1) if 1990 <= year <= 2100 else today.replace(day=1)
    except ValueError:
        return today.replace(day=1)
