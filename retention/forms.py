from django import forms
from django.utils.translation import gettext_lazy as _

from signals.forms import INPUT

from .models import MAX_MONTHS, MIN_MONTHS, RetentionPolicy

MONTHS = {**INPUT, "inputmode": "numeric", "min": MIN_MONTHS, "max": MAX_MONTHS}


class RetentionPolicyForm(forms.ModelForm):
    class Meta:
        model = RetentionPolicy
        fields = ["signal_months", "case_months", "evaluation_months"]
        widgets = {field: forms.NumberInput(attrs=MONTHS) for field in fields}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.error_messages["min_value"] = _("Keep it at least %(limit_value)s month.")
            field.error_messages["max_value"] = _("Keep it at most %(limit_value)s months.")
            field.error_messages["invalid"] = _("Enter a whole number of months.")

    def validate_unique(self):
        # The network is set by the service, not by the form.
        pass
