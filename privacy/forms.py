from django import forms
from django.utils.translation import gettext_lazy as _

from partners.visibility import SUBJECT_PSEUDONYM_MAX_LENGTH

INPUT = {"class": "utrecht-textbox utrecht-textbox--html-input", "autocomplete": "off", "spellcheck": "false"}


class SubjectRequestForm(forms.Form):
    """The pseudonym a data subject request is about (AVG art. 15): an alias or account name, matched exactly."""

    pseudonym = forms.CharField(
        label=_("Pseudonym"),
        max_length=SUBJECT_PSEUDONYM_MAX_LENGTH,
        strip=True,
        help_text=_(
            "The alias or account name (handle) under which the person appears in your organisation's signals, "
            "exactly as logged; upper or lower case does not matter."
        ),
        error_messages={
            "required": _("Type the pseudonym the request is about."),
            "max_length": _("A pseudonym is at most %(limit_value)d characters long (this one has %(show_value)d)."),
        },
        widget=forms.TextInput(attrs=INPUT),
    )
