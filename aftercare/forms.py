"""Forms of the aftercare pages: the plan's tasks, the misinformation log and the internal report of a burdening
incident. They parse and present input; who may change what, and the rules between fields (a countered rumour needs
its counter-message, a report's date not in the future), live in aftercare/services.py."""

from django import forms
from django.forms.boundfield import BoundField
from django.utils.translation import gettext_lazy as _

from interventions.forms import DATE
from signals.forms import INPUT, SELECT, TEXTAREA

from .constants import (
    DEBUNK_RULES,
    OPERATIONAL_STRESSORS,
    ORGANISATIONAL_STRESSORS,
    TEXT_MAX_LENGTH,
    TITLE_MAX_LENGTH,
    FollowUp,
    IncidentKind,
    RumourStatus,
    StaffReportStatus,
    TaskStatus,
)

SHORT_MAX_LENGTH = 200  # Rumour.where and Rumour.messenger
BAD_DATE = _("Give the date as day-month-year.")

# What each of the six recommendations of seed 001 (misinformation) adds to its one line: shown under the checkbox.
DEBUNK_HINTS = {
    "facts": _("In the complexity of online-fuelled violence this is often not difficult."),
    "no_repetition": _(
        "Refusing to talk about a subject at all can feed distrust. If repeating the misinformation is useful, do it "
        "later in the message, not as its opening."
    ),
    "discrepancy": _("When you go into the details of the misinformation, make the difference with the facts plain."),
    "messenger": _(
        "Honest, with integrity and trustworthy in the eyes of the target group, such as key figures of the community "
        "or credible messengers. Expertise matters less."
    ),
    "worldview": _("A refutation that fits how the target group sees the world and itself is taken up more easily."),
    "scepticism": _(
        "A sceptical eye makes people less susceptible to misinformation: given how persistent it is, prevention is "
        "better than cure."
    ),
}


class DescribedBoundField(BoundField):
    """Points a field's ``aria-describedby`` at the ids that includes/_field.html gives its help text and its errors
    (``<id>-help``, ``<id>-error``); Django's own default names ids the include does not use."""

    @property
    def aria_describedby(self):
        if self.field.widget.attrs.get("aria-describedby"):
            return None
        ids = []
        if self.auto_id and not self.is_hidden:
            if self.help_text:
                ids.append(f"{self.auto_id}-help")
            if self.errors:
                ids.append(f"{self.auto_id}-error")
        return " ".join(ids)


class _Form(forms.Form):
    use_required_attribute = False
    bound_field_class = DescribedBoundField


class OrganisationField(forms.ModelChoiceField):
    """One of the organisations taking part in the case (the view passes them as the queryset)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", None)
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", forms.Select(attrs=SELECT))
        kwargs.setdefault("empty_label", _("— no organisation yet —"))
        kwargs.setdefault(
            "error_messages", {"invalid_choice": _("Choose an organisation that takes part in the case.")}
        )
        super().__init__(**kwargs)

    def label_from_instance(self, organisation):
        return f"{organisation.name} ({organisation.get_partner_type_display()})"


def _text(label, *, required=False, rows=3, max_length=TEXT_MAX_LENGTH, help_text="", required_message=""):
    return forms.CharField(
        label=label,
        required=required,
        max_length=max_length,
        help_text=help_text,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": rows}),
        error_messages={"required": required_message} if required_message else None,
    )


def _line(label, *, required=False, max_length=SHORT_MAX_LENGTH, help_text="", required_message=""):
    return forms.CharField(
        label=label,
        required=required,
        max_length=max_length,
        help_text=help_text,
        widget=forms.TextInput(attrs=INPUT),
        error_messages={"required": required_message} if required_message else None,
    )


def _date(label, *, required=False, required_message=""):
    messages = {"invalid": BAD_DATE}
    if required_message:
        messages["required"] = required_message
    return forms.DateField(label=label, required=required, widget=DATE, error_messages=messages)


def _checkboxes(label, choices, *, help_text=""):
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        required=False,
        help_text=help_text,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose from the list.")},
    )


class _WithOrganisations(_Form):
    organisation_fields = ("organisation",)

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.organisation_fields:
            self.fields[name].queryset = organisations


# --- the aftercare plan ---------------------------------------------------------------------------------------


class TaskAddForm(_WithOrganisations):
    """A task of the plan that no handvat names."""

    title = _line(
        _("Task"),
        required=True,
        max_length=TITLE_MAX_LENGTH,
        help_text=_("What has to be done, without names of young people."),
        required_message=_("Say what has to be done."),
    )
    description = _text(_("Explanation"), rows=2)
    organisation = OrganisationField(label=_("Organisation"))
    due_date = _date(_("Due date"))


class TaskForm(_WithOrganisations):
    """Who carries a task out, by when, and how far it is."""

    organisation = OrganisationField(
        label=_("Organisation"), help_text=_("One of the organisations taking part in the case.")
    )
    due_date = _date(_("Due date"))
    status = forms.ChoiceField(
        label=_("Status"),
        choices=TaskStatus.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a status."),
            "invalid_choice": _("Choose from the list."),
        },
    )
    note = _text(_("Note"), help_text=_("What was done or agreed; every organisation in the case reads it."))


# --- the misinformation log -------------------------------------------------------------------------------------


class RumourForm(_WithOrganisations):
    """A rumour, the facts, the counter-message and its messenger, checked against the six recommendations."""

    organisation_fields = ("carried_by",)

    rumour = _text(
        _("Rumour"),
        help_text=_("The misinformation as it goes round, in short. No names of young people."),
        required=True,
        required_message=_("Write down the rumour as it goes round."),
    )
    where = _line(_("Where it goes round"), help_text=_("For example a platform, a group chat or the neighbourhood."))
    facts = _text(_("The facts"), help_text=_("What did happen, as plausible and simple as the rumour."))
    counter_message = _text(
        _("Counter-message"), rows=4, help_text=_("Needed once the counter-message is out (status below).")
    )
    messenger = _line(
        _("Credible messenger"),
        help_text=_("Who brings the counter-message: a key figure or a credible messenger in the eyes of the group."),
    )
    carried_by = OrganisationField(
        label=_("Organisation in contact with the messenger"), empty_label=_("— not chosen yet —")
    )
    rules = _checkboxes(
        _("Recommendations followed"),
        DEBUNK_RULES,
        help_text=_("The six recommendations of the aftercare guide for refuting misinformation: tick those followed."),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=RumourStatus.choices,
        initial=RumourStatus.SPOTTED,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a status."), "invalid_choice": _("Choose from the list.")},
    )

    def rule_rows(self):
        """Each checkbox of the six recommendations with its guidance."""
        return [(choice, DEBUNK_HINTS.get(choice.data["value"], "")) for choice in self["rules"]]


# --- support for own staff ------------------------------------------------------------------------------------


class StaffReportForm(_Form):
    occurred_on = _date(_("When did it happen?"), required=True, required_message=_("Give the date it happened."))
    kind = forms.ChoiceField(
        label=_("What happened?"),
        choices=IncidentKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what happened."), "invalid_choice": _("Choose from the list.")},
    )
    description = _text(
        _("Describe what happened"),
        rows=5,
        required=True,
        help_text=_("In your own words: what you saw or went through, and what it did to you."),
        required_message=_("Describe what happened, in your own words."),
    )
    operational_stressors = _checkboxes(
        _("What caused stress in the work itself?"), OPERATIONAL_STRESSORS, help_text=_("Tick what applies, if any.")
    )
    organisational_stressors = _checkboxes(
        _("What caused stress in the organisation?"),
        ORGANISATIONAL_STRESSORS,
        help_text=_("Tick what applies, if any."),
    )
    wishes = _checkboxes(
        _("What would help you?"),
        FollowUp.choices,
        help_text=_("Your coordinator uses this to offer follow-up; you can also talk about it first."),
    )
    case = forms.ModelChoiceField(
        label=_("Case"),
        queryset=None,
        required=False,
        empty_label=_("— not about a case —"),
        help_text=_("Optional: a case of your organisation the incident belongs to."),
        widget=forms.Select(attrs=SELECT),
        error_messages={"invalid_choice": _("Choose a case your organisation takes part in.")},
    )

    def __init__(self, *args, cases=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["case"].queryset = cases
        self.fields["case"].label_from_instance = lambda case: case.title

    def service_values(self) -> dict:
        data = dict(self.cleaned_data)
        data["stressors"] = [*data.pop("operational_stressors", []), *data.pop("organisational_stressors", [])]
        return data


class FollowUpForm(_Form):
    """A coordinator's follow-up of an internal report."""

    status = forms.ChoiceField(
        label=_("Status"),
        choices=StaffReportStatus.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a status."), "invalid_choice": _("Choose from the list.")},
    )
    follow_up = _checkboxes(_("Follow-up offered"), FollowUp.choices)
    follow_up_note = _text(
        _("What was agreed"),
        rows=4,
        help_text=_("Read by the reporter and the coordinators of your organisation only."),
    )
