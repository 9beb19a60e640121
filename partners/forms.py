from django import forms
from django.utils.translation import gettext_lazy as _

from .constants import Language


class ProfileLanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=Language.choices)


def apply_service_errors(form: forms.Form, exc) -> None:
    """Put a service's ``ValidationError`` on the form: field errors on their fields, the rest on the form."""
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc)
        return
    for field, errors in exc.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)
