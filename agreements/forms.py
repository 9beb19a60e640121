"""Forms of the afsprakenkaart, the practice sessions and the covenant. They parse and present input; who may do what
and what makes sense lives in agreements/services.py."""

from django import forms
from django.utils.translation import gettext_lazy as _

from interventions.forms import DATE, OrganisationChoiceField
from signals.forms import INPUT, TEXTAREA

from .constants import ANSWER_MAX_LENGTH, BASIC_AGREEMENTS, PRACTICE_FIELDS, QUESTIONS
from .services import SHORT_MAX_LENGTH, TITLE_MAX_LENGTH


class ParticipantsForm(forms.Form):
    """Which organisations get a column (a new version) or take part (a practice session)."""

    use_required_attribute = False

    organisations = OrganisationChoiceField(
        label=_("Participating organisations"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Youth work, police and the municipality always take part; school and enforcement when present."),
        error_messages={"required": _("Choose the organisations that take part.")},
    )

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisations"].queryset = organisations


class _TextsForm(forms.Form):
    """Free-text answers to a fixed list of questions (``questions``: field name and label), each optional."""

    use_required_attribute = False
    questions = ()
    rows = 3

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in self.questions:
            self.fields[name] = forms.CharField(
                label=label,
                required=False,
                max_length=ANSWER_MAX_LENGTH,
                widget=forms.Textarea(attrs={**TEXTAREA, "rows": self.rows}),
            )


class ColumnForm(_TextsForm):
    """An organisation's answers to the four questions."""

    questions = QUESTIONS
    rows = 5


class AgreeForm(forms.Form):
    """The akkoord: the three basisafspraken confirmed."""

    use_required_attribute = False

    confirmed = forms.MultipleChoiceField(
        label=_("Basic agreements"),
        choices=[(key, title) for key, title, _text in BASIC_AGREEMENTS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("They hold always: confirm each of them for your organisation."),
    )


class SessionForm(ParticipantsForm):
    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX_LENGTH,
        widget=forms.TextInput(attrs=INPUT),
        error_messages={"required": _("Name the session, for example 'Preparation afsprakenkaart, spring'.")},
    )
    phenomena = forms.ModelMultipleChoiceField(
        label=_("Example messages"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The example situations of the routekaart that the partners walk through."),
        error_messages={"required": _("Choose at least one example message.")},
    )
    field_order = ["title", "phenomena", "organisations"]

    def __init__(self, *args, phenomena=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phenomena"].queryset = phenomena


class PracticeAnswerForm(_TextsForm):
    """How a professional would walk the route for one example."""

    questions = PRACTICE_FIELDS


class ConclusionsForm(_TextsForm):
    """Step 5: per question of the card, what the discussion concluded."""

    questions = QUESTIONS


class CovenantForm(forms.Form):
    use_required_attribute = False

    coordinator_name = forms.CharField(
        label=_("Network coordinator"),
        required=False,
        max_length=SHORT_MAX_LENGTH,
        help_text=_("Name and function of the regisseur, as the partners may know them."),
        widget=forms.TextInput(attrs=INPUT),
    )
    coordinator_contact = forms.CharField(
        label=_("How to reach the network coordinator"),
        required=False,
        max_length=SHORT_MAX_LENGTH,
        widget=forms.TextInput(attrs=INPUT),
    )
    scale_up = forms.CharField(
        label=_("When to scale up"),
        required=False,
        max_length=ANSWER_MAX_LENGTH,
        help_text=_("When and how the network scales up, and who decides."),
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 4}),
    )
    dpia_done_on = forms.DateField(
        label=_("DPIA done on"),
        required=False,
        widget=DATE,
        error_messages={"invalid": _("Give the date as day-month-year.")},
    )
    dpia_reference = forms.CharField(
        label=_("DPIA reference"), required=False, max_length=SHORT_MAX_LENGTH, widget=forms.TextInput(attrs=INPUT)
    )
    dpo_name = forms.CharField(
        label=_("Data-protection officer"),
        required=False,
        max_length=SHORT_MAX_LENGTH,
        widget=forms.TextInput(attrs=INPUT),
    )
    dpo_contact = forms.CharField(
        label=_("How to reach the data-protection officer"),
        required=False,
        max_length=SHORT_MAX_LENGTH,
        widget=forms.TextInput(attrs=INPUT),
    )

    def __init__(self, *args, organisations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.organisations = list(organisations)
        for organisation in self.organisations:
            self.fields[f"tasks_{organisation.pk}"] = forms.CharField(
                label=organisation.name,
                required=False,
                max_length=ANSWER_MAX_LENGTH,
                widget=forms.Textarea(attrs={**TEXTAREA, "rows": 3}),
            )

    def task_fields(self):
        return [self[f"tasks_{organisation.pk}"] for organisation in self.organisations]

    def service_values(self) -> dict:
        data = dict(self.cleaned_data)
        tasks = {o.pk: data.pop(f"tasks_{o.pk}", "") for o in self.organisations}
        return {**data, "tasks": tasks}


class CovenantDocumentForm(forms.Form):
    document = forms.FileField(
        label=_("Covenant document (PDF)"),
        help_text=_("The signed covenant, at most 20 MB. Only members of the network can download it."),
        error_messages={"required": _("Choose the PDF file of the covenant.")},
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf"}),
    )
