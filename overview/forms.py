"""The filters of the network overview: a period (the last weeks, or from/until dates) and an area for the risk
strip. A filter that is not valid is shown with its error and the default is used in its place."""

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from interventions.forms import DATE
from signals.forms import SELECT

from .selectors import Period, last_weeks

PERIOD_WEEKS = ("4", "13", "26", "52")
DEFAULT_WEEKS = 13
MAX_PERIOD_DAYS = 2 * 366


class OverviewFilterForm(forms.Form):
    weeks = forms.ChoiceField(
        label=_("Period"),
        required=False,
        choices=[
            ("4", _("Last 4 weeks")),
            ("13", _("Last 13 weeks")),
            ("26", _("Last 26 weeks")),
            ("52", _("Last 52 weeks")),
        ],
        widget=forms.Select(attrs=SELECT),
        error_messages={"invalid_choice": _("Choose a period of 4, 13, 26 or 52 weeks.")},
    )
    van = forms.DateField(
        label=_("Or from"),
        required=False,
        widget=DATE,
        error_messages={"invalid": _("Give the date as day-month-year.")},
    )
    tot = forms.DateField(
        label=_("Until"),
        required=False,
        widget=DATE,
        error_messages={"invalid": _("Give the date as day-month-year.")},
    )
    area = forms.ChoiceField(
        label=_("Area (risk strip)"),
        required=False,
        widget=forms.Select(attrs=SELECT),
        error_messages={"invalid_choice": _("Choose an area from the list.")},
    )

    def __init__(self, *args, areas, today: dt.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.fields["area"].choices = [("", _("All areas")), *((area, area) for area in areas)]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("van"), cleaned.get("tot")
        if end and not start and "van" not in self.errors:
            self.add_error("van", _("Give the start of the period too."))
        if start and end and end < start:
            self.add_error("tot", _("The end of the period cannot be before its start."))
        elif start and ((end or self.today) - start).days > MAX_PERIOD_DAYS:
            self.add_error("van", _("Choose a period of at most two years."))
        return cleaned

    def values(self) -> tuple[Period, str, bool]:
        """The period and area to show, and whether the period comes from dates: what is valid of the input, the
        defaults for the rest (call after ``is_valid()``, or on an unbound form)."""
        cleaned = getattr(self, "cleaned_data", {}) if self.is_bound else {}
        area = cleaned.get("area") or ""
        start, end = cleaned.get("van"), cleaned.get("tot")
        if start and "van" not in self.errors and "tot" not in self.errors:
            return Period(start=start, end=end or self.today), area, True
        weeks = int(cleaned.get("weeks") or DEFAULT_WEEKS)
        return last_weeks(weeks, self.today), area, False
