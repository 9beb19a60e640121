"""Forms of the signal pages. They only parse and present input; the rules live in signals/services.py."""

from django import forms
from django.utils.translation import gettext_lazy as _

from partners.models import Organisation

from . import route
from .constants import ActionStatus, Answer, Decision, PersonRole, Platform, ReceivedVia, SourceVisibility, Urgency
from .models import Phenomenon

INPUT = {"class": "utrecht-textbox utrecht-textbox--html-input"}
TEXTAREA = {"class": "utrecht-textarea utrecht-textarea--html-textarea", "rows": 4}
SELECT = {"class": "utrecht-select utrecht-select--html-select"}
NUMBER = {**INPUT, "inputmode": "numeric", "min": 0}


def _blank(choices):
    return [("", "—"), *choices]


class IntakeForm(forms.Form):
    """Startpunt (002): log the message. Every field may be empty while it is a draft."""

    phenomenon = forms.ModelChoiceField(
        label=_("Online phenomenon"),
        queryset=Phenomenon.objects.all(),
        to_field_name="code",
        required=False,
        empty_label="—",
        widget=forms.Select(attrs=SELECT),
    )
    platform = forms.ChoiceField(
        label=_("Platform"), choices=_blank(Platform.choices), required=False, widget=forms.Select(attrs=SELECT)
    )
    visibility = forms.ChoiceField(
        label=_("Public or closed?"),
        help_text=_("Record it at once, before the message disappears."),
        choices=SourceVisibility.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    observed_at = forms.DateTimeField(
        label=_("When did you see it?"),
        required=False,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d-%m-%Y %H:%M"],
        widget=forms.DateTimeInput(attrs={**INPUT, "type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    received_via = forms.ChoiceField(
        label=_("How did it reach you?"), choices=ReceivedVia.choices, required=False, widget=forms.RadioSelect
    )
    message_text = forms.CharField(
        label=_("Message text or factual description"),
        help_text=_("Facts only, no assumptions."),
        required=False,
        widget=forms.Textarea(attrs=TEXTAREA),
    )
    reach_followers = forms.IntegerField(
        label=_("Followers"), min_value=0, required=False, widget=forms.NumberInput(attrs=NUMBER)
    )
    reach_views = forms.IntegerField(
        label=_("Views"), min_value=0, required=False, widget=forms.NumberInput(attrs=NUMBER)
    )
    reach_likes = forms.IntegerField(
        label=_("Likes"), min_value=0, required=False, widget=forms.NumberInput(attrs=NUMBER)
    )
    reach_reposts = forms.IntegerField(
        label=_("Reposts"), min_value=0, required=False, widget=forms.NumberInput(attrs=NUMBER)
    )
    reach_comments = forms.IntegerField(
        label=_("Comments"), min_value=0, required=False, widget=forms.NumberInput(attrs=NUMBER)
    )
    location_mentioned = forms.CharField(
        label=_("Place mentioned"),
        help_text=_("A confrontation moving offline is a red flag."),
        required=False,
        widget=forms.TextInput(attrs=INPUT),
    )
    time_mentioned = forms.CharField(label=_("Time mentioned"), required=False, widget=forms.TextInput(attrs=INPUT))
    investigation_order_reference = forms.CharField(
        label=_("Reference of the investigation order (police, closed source)"),
        required=False,
        widget=forms.TextInput(attrs=INPUT),
    )
    sharing_summary = forms.CharField(
        label=_("Summary for partners, without personal data"),
        required=False,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 3}),
    )
    urgency = forms.ChoiceField(
        label=_("Urgency"), choices=Urgency.choices, initial=Urgency.MEDIUM, widget=forms.Select(attrs=SELECT)
    )

    REACH_FIELDS = ("reach_followers", "reach_views", "reach_likes", "reach_reposts", "reach_comments")

    def service_data(self) -> dict:
        return dict(self.cleaned_data)


class PersonForm(forms.Form):
    alias = forms.CharField(label=_("Alias (pseudonym)"), required=False, widget=forms.TextInput(attrs=INPUT))
    role = forms.ChoiceField(
        label=_("Role"), choices=PersonRole.choices, initial=PersonRole.POSTER, widget=forms.Select(attrs=SELECT)
    )
    age = forms.IntegerField(
        label=_("Age"), min_value=0, max_value=120, required=False, widget=forms.NumberInput(attrs=NUMBER)
    )
    known_how = forms.CharField(label=_("How known"), required=False, widget=forms.TextInput(attrs=INPUT))
    handle = forms.CharField(label=_("Account name (handle)"), required=False, widget=forms.TextInput(attrs=INPUT))


PersonFormSet = forms.formset_factory(PersonForm, extra=1, can_delete=True, max_num=30)


def persons_from(formset) -> list[dict]:
    """The persons of a valid formset, leaving out empty and deleted rows."""
    persons = []
    for form in formset.forms:
        data = getattr(form, "cleaned_data", None) or {}
        if not data or data.get("DELETE"):
            continue
        if not any((data.get("alias"), data.get("age"), data.get("known_how"), data.get("handle"))):
            continue
        persons.append({key: data.get(key) for key in ("alias", "role", "age", "known_how", "handle")})
    return persons


class StepForm(forms.Form):
    """One route step: per question an answer (where the question has answer options) and free text."""

    def __init__(self, *args, number: int, initial_answers: dict | None = None, decision=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.number = number
        initial_answers = initial_answers or {}
        self.question_fields = []
        for code, question in route.questions(number).items():
            stored = initial_answers.get(code)
            answer_field = None
            if question["answer"] in ("yes_no", "choice"):
                choices = Answer.choices if question["answer"] == "yes_no" else question["choices"]
                answer_field = f"{code}__answer"
                self.fields[answer_field] = forms.ChoiceField(
                    label=question["text"],
                    choices=choices,
                    required=False,
                    widget=forms.RadioSelect,
                    initial=stored.answer if stored else None,
                )
            text_field = f"{code}__text"
            self.fields[text_field] = forms.CharField(
                label=_("Explanation") if answer_field else question["text"],
                required=False,
                widget=forms.Textarea(attrs={**TEXTAREA, "rows": 2}),
                initial=stored.text if stored else "",
            )
            self.question_fields.append(
                {
                    "question": question,
                    "answer": self[answer_field] if answer_field else None,
                    "text": self[text_field],
                }
            )
        self.decision_spec = route.step(number).get("decision")
        if self.decision_spec:
            self.fields["decision"] = forms.ChoiceField(
                label=self.decision_spec["text"],
                choices=[
                    (Decision.YES, self.decision_spec.get("yes_label") or _("Yes")),
                    (Decision.NO, self.decision_spec.get("no_label") or _("No")),
                ],
                required=False,
                widget=forms.RadioSelect,
                initial=decision.decision if decision else None,
            )
            self.fields["reason"] = forms.CharField(
                label=_("Reason"),
                required=False,
                widget=forms.Textarea(attrs={**TEXTAREA, "rows": 2}),
                initial=decision.reason if decision else "",
            )
            if number == 4:
                self.fields["watch"] = forms.BooleanField(
                    label=_("Keep it under watch instead of closing"), required=False
                )

    def answers(self) -> dict[str, dict]:
        result = {}
        for code, question in route.questions(self.number).items():
            answer = self.cleaned_data.get(f"{code}__answer", "") if question["answer"] != "text" else ""
            text = self.cleaned_data.get(f"{code}__text", "")
            result[code] = {"answer": answer or "", "text": text or ""}
        return result


class ReviewForm(forms.Form):
    agrees = forms.TypedChoiceField(
        label=_("Do you agree with the reading of steps 1 and 2?"),
        choices=[("yes", _("Yes, I agree")), ("no", _("No, I read it differently"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    different_reading = forms.CharField(
        label=_("Your reading"), required=False, widget=forms.Textarea(attrs={**TEXTAREA, "rows": 3})
    )


class ActionForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Action"),
        choices=[(_("Online"), route.ONLINE_ACTIONS), (_("Offline"), route.OFFLINE_ACTIONS)],
        widget=forms.Select(attrs=SELECT),
    )
    executing_organisation = forms.ModelChoiceField(
        label=_("Executing organisation"), queryset=Organisation.objects.none(), widget=forms.Select(attrs=SELECT)
    )
    executing_person = forms.CharField(label=_("Executing person"), required=False, widget=forms.TextInput(attrs=INPUT))
    due_date = forms.DateField(
        label=_("Due date"), required=False, widget=forms.DateInput(attrs={**INPUT, "type": "date"}, format="%Y-%m-%d")
    )
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={**TEXTAREA, "rows": 2})
    )
    status = forms.ChoiceField(label=_("Status"), choices=ActionStatus.choices, widget=forms.Select(attrs=SELECT))

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["executing_organisation"].queryset = organisations


class ActionUpdateForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ActionStatus.choices, widget=forms.Select(attrs=SELECT))
    evaluation = forms.CharField(
        label=_("Evaluation"), required=False, widget=forms.Textarea(attrs={**TEXTAREA, "rows": 2})
    )


class AttachmentForm(forms.Form):
    file = forms.FileField(
        label=_("Screenshot"),
        help_text=_("PNG, JPEG or WebP. Location and camera data are removed when stored."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
    )
