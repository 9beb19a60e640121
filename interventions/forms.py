"""Forms of the case pages and interventions. They parse and present input; the rules (who may change what, which
organisations and signals are allowed) live in interventions/services.py."""

from django import forms
from django.utils.translation import gettext_lazy as _

from partners.constants import PartnerType
from signals.forms import INPUT, SELECT, TEXTAREA

from .constants import InterventionStatus, Mode, Phase, Target
from .services import TEXT_MAX_LENGTH, TITLE_MAX_LENGTH

DATE = forms.DateInput(attrs={**INPUT, "type": "date"}, format="%Y-%m-%d")


class OrganisationChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, organisation):
        return f"{organisation.name} ({organisation.get_partner_type_display()})"


class SignalChoiceField(forms.ModelMultipleChoiceField):
    """Signals shown by their headline at summary level (``headlines``: signal id → text), never more."""

    def __init__(self, *args, headlines=None, **kwargs):
        self.headlines = headlines or {}
        super().__init__(*args, **kwargs)

    def label_from_instance(self, signal):
        return self.headlines.get(signal.pk, "")


class CaseForm(forms.Form):
    use_required_attribute = False

    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX_LENGTH,
        help_text=_("Describe the situation, not the persons: no names, at most pseudonyms."),
        widget=forms.TextInput(attrs=INPUT),
        error_messages={"required": _("Give the case a title that describes the situation.")},
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=TEXT_MAX_LENGTH,
        help_text=_("What is going on, as far as every participating organisation may know it."),
        widget=forms.Textarea(attrs=TEXTAREA),
    )
    phase = forms.ChoiceField(
        label=_("Phase"),
        choices=Phase.choices,
        initial=Phase.VREDESTIJD,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a phase: peace time, crisis or aftercare.")},
    )
    organisations = OrganisationChoiceField(
        label=_("Participating organisations"),
        help_text=_(
            "Your organisation leads the case and always takes part. Taking part does not share signals: each "
            "organisation sees a signal of the case only at the level it was shared with it."
        ),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    signals = SignalChoiceField(
        label=_("Signals"),
        help_text=_("Signals you may see; partners see them only as they were shared with them."),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, organisations=None, signals=None, headlines=None, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisations"].queryset = organisations
        if editing:
            del self.fields["phase"]
            del self.fields["signals"]
        else:
            self.fields["signals"].queryset = signals
            self.fields["signals"].headlines = headlines


class PhaseForm(forms.Form):
    use_required_attribute = False

    phase = forms.ChoiceField(
        label=_("New phase"),
        choices=Phase.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a phase: peace time, crisis or aftercare.")},
    )
    reason = forms.CharField(
        label=_("Why does the case move to this phase?"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 3}),
        error_messages={"required": _("Say why the case moves to this phase.")},
    )


class AddSignalsForm(forms.Form):
    use_required_attribute = False

    signals = SignalChoiceField(
        label=_("Signals to add"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one signal.")},
    )

    def __init__(self, *args, signals=None, headlines=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["signals"].queryset = signals
        self.fields["signals"].headlines = headlines


class InterventionForm(forms.Form):
    use_required_attribute = False

    intervention_type = forms.ModelChoiceField(
        label=_("From the intervention matrix"),
        queryset=None,
        required=False,
        empty_label=_("— custom intervention —"),
        widget=forms.Select(attrs=SELECT),
    )
    title = forms.CharField(
        label=_("Title"),
        required=False,
        max_length=TITLE_MAX_LENGTH,
        help_text=_("Leave empty to use the title from the matrix."),
        widget=forms.TextInput(attrs=INPUT),
    )
    executing_organisation = forms.ModelChoiceField(
        label=_("Executing organisation"),
        queryset=None,
        widget=forms.Select(attrs=SELECT),
        error_messages={"required": _("Choose the organisation that carries it out.")},
    )
    executing_person = forms.ModelChoiceField(
        label=_("Executing person"),
        help_text=_("Only colleagues of your own organisation can be chosen; partners see the organisation."),
        queryset=None,
        required=False,
        widget=forms.Select(attrs=SELECT),
    )
    goal = forms.CharField(
        label=_("Goal"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 3}),
        error_messages={"required": _("Say what the intervention should achieve.")},
    )
    target = forms.ChoiceField(
        label=_("Aimed at"),
        choices=[("", "—"), *Target.choices],
        widget=forms.Select(attrs=SELECT),
        error_messages={"required": _("Choose whom the intervention is aimed at.")},
    )
    planned_date = forms.DateField(label=_("Planned date"), required=False, widget=DATE)
    status = forms.ChoiceField(
        label=_("Status"),
        choices=InterventionStatus.choices,
        initial=InterventionStatus.PROPOSED,
        widget=forms.Select(attrs=SELECT),
    )
    outcome = forms.CharField(
        label=_("Outcome"),
        required=False,
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 3}),
    )
    effect = forms.CharField(
        label=_("Effect"),
        required=False,
        max_length=TEXT_MAX_LENGTH,
        help_text=_("Once it is done: what did it change? Did partners and the target group see it the same way?"),
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 3}),
    )

    def __init__(self, *args, types=None, organisations=None, persons=None, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["executing_organisation"].queryset = organisations
        self.fields["executing_person"].queryset = persons
        self.fields["executing_person"].label_from_instance = lambda user: user.get_full_name() or user.username
        self.fields["executing_person"].empty_label = _("— not chosen yet —")
        if editing:
            del self.fields["intervention_type"]
            self.fields["title"].required = True
            self.fields["title"].help_text = ""
        else:
            del self.fields["effect"]
            self.fields["intervention_type"].queryset = types
            self.fields["intervention_type"].label_from_instance = lambda t: f"{t.title} ({t.get_phase_display()})"

    def clean(self):
        cleaned = super().clean()
        if "title" in self.fields and not cleaned.get("title") and not cleaned.get("intervention_type"):
            self.add_error("title", _("Give the intervention a title, or choose one from the matrix."))
        return cleaned


class MatrixFilterForm(forms.Form):
    """The filters of the intervention matrix page; unknown values are ignored (a bookmarked link keeps working)."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    phase = forms.ChoiceField(label=_("Phase"), required=False, choices=[("", _("All")), *Phase.choices])
    mode = forms.ChoiceField(label=_("Online or offline"), required=False, choices=[("", _("All")), *Mode.choices])
    partner_type = forms.ChoiceField(label=_("Partner"), required=False, choices=[("", _("All")), *PartnerType.choices])
    target = forms.ChoiceField(label=_("Aimed at"), required=False, choices=[("", _("All")), *Target.choices])


class CrisisPlanForm(forms.Form):
    """The action plan of seed 001 Crisis: one radio group and a reasoning per choice (a-f), the one line, the
    communication lead and the escalation checklist, each item with a note."""

    use_required_attribute = False

    def __init__(self, *args, choices=(), checklist=(), organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.choice_items = list(choices)
        self.checklist_items = list(checklist)
        for item in self.choice_items:
            self.fields[f"choice_{item['code']}"] = forms.ChoiceField(
                label=f"{item['letter']}. {item['question']}",
                help_text=item.get("explanation", ""),
                choices=item["options"],
                required=False,
                widget=forms.RadioSelect,
            )
            self.fields[f"choice_{item['code']}_reasoning"] = forms.CharField(
                label=_("Reasoning"),
                required=False,
                max_length=TEXT_MAX_LENGTH,
                widget=forms.Textarea(attrs={**TEXTAREA, "rows": 2}),
            )
        self.fields["one_line"] = forms.CharField(
            label=_("The one line agreed by the network"),
            required=False,
            max_length=TEXT_MAX_LENGTH,
            widget=forms.Textarea(attrs={**TEXTAREA, "rows": 2}),
        )
        self.fields["communication_lead"] = forms.ModelChoiceField(
            label=_("Communication lead"),
            help_text=_("One organisation speaks for the network."),
            queryset=organisations,
            required=False,
            widget=forms.Select(attrs=SELECT),
        )
        for item in self.checklist_items:
            self.fields[f"check_{item['code']}"] = forms.BooleanField(
                label=item.get("label") or item["text"],
                help_text=item["text"] if item.get("label") else "",
                required=False,
                widget=forms.CheckboxInput(attrs={"aria-describedby": f"id_check_{item['code']}-help"}),
            )
            self.fields[f"check_{item['code']}_note"] = forms.CharField(
                label=_("Note"),
                required=False,
                max_length=TEXT_MAX_LENGTH,
                widget=forms.TextInput(attrs=INPUT),
            )

    @staticmethod
    def initial_from(plan) -> dict:
        if plan is None:
            return {}
        initial = {"one_line": plan.one_line, "communication_lead": plan.communication_lead_id}
        for code, value in plan.choices.items():
            initial[f"choice_{code}"] = value.get("option", "")
            initial[f"choice_{code}_reasoning"] = value.get("reasoning", "")
        for code, value in plan.checklist.items():
            initial[f"check_{code}"] = value.get("checked", False)
            initial[f"check_{code}_note"] = value.get("note", "")
        return initial

    def service_data(self) -> dict:
        data = self.cleaned_data
        return {
            "choices": {
                item["code"]: {
                    "option": data.get(f"choice_{item['code']}") or "",
                    "reasoning": data.get(f"choice_{item['code']}_reasoning") or "",
                }
                for item in self.choice_items
            },
            "one_line": data.get("one_line") or "",
            "communication_lead": data.get("communication_lead"),
            "checklist": {
                item["code"]: {
                    "checked": bool(data.get(f"check_{item['code']}")),
                    "note": data.get(f"check_{item['code']}_note") or "",
                }
                for item in self.checklist_items
            },
        }

    def choice_rows(self):
        return [(self[f"choice_{i['code']}"], self[f"choice_{i['code']}_reasoning"]) for i in self.choice_items]

    def checklist_rows(self):
        return [(self[f"check_{i['code']}"], self[f"check_{i['code']}_note"]) for i in self.checklist_items]
