from django import forms
from django.utils.translation import gettext_lazy as _

from .constants import Language


class ProfileLanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=Language.choices)
