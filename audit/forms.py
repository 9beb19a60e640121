from django import forms
from django.utils.translation import gettext_lazy as _

from interventions.forms import DATE
from signals.forms import SELECT

from .constants import AuditAction, AuditResult


class AuditFilterForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Event"),
        required=False,
        choices=[("", _("All")), *AuditAction.choices],
        widget=forms.Select(attrs=SELECT),
    )
    result = forms.ChoiceField(
        label=_("Result"),
        required=False,
        choices=[("", _("All")), *AuditResult.choices],
        widget=forms.Select(attrs=SELECT),
    )
    van = forms.DateField(label=_("From"), required=False, widget=DATE)
    tot = forms.DateField(label=_("Until"), required=False, widget=DATE)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("van"), cleaned.get("tot")
        if start and end and end < start:
            self.add_error("tot", _("The end of the period cannot be before its start."))
        return cleaned
