"""The intervention matrix is reference data, edited by the platform's administrators. Cases and interventions hold
case content and are not in the admin (platform staff read no case content)."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from partners.constants import PartnerType

from .constants import Target
from .models import InterventionType


class InterventionTypeForm(forms.ModelForm):
    partner_types = forms.MultipleChoiceField(
        label=_("partner types"),
        choices=PartnerType.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The partner types suited to carry it out."),
    )
    targets = forms.MultipleChoiceField(label=_("targets"), choices=Target.choices, widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = InterventionType
        fields = [
            "code",
            "title",
            "description",
            "phase",
            "mode",
            "level",
            "partner_types",
            "targets",
            "source",
            "position",
            "is_active",
        ]


@admin.register(InterventionType)
class InterventionTypeAdmin(SimpleHistoryAdmin):
    form = InterventionTypeForm
    list_display = ("title", "phase", "mode", "level", "source", "is_active")
    list_filter = ("phase", "mode", "level", "is_active")
    search_fields = ("title", "description", "source", "code")
    ordering = ("position", "title")
