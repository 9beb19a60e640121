"""Forms of the evaluation pages. They parse and present input; who may do what, and what is required when (a part
to be submitted, the conclusions before finalising), lives in aftercare/services.py, whose ``ValidationError`` is put
back on these forms by ``partners.forms.apply_service_errors``."""

from django import forms
from django.utils.translation import gettext_lazy as _

from agreements.constants import ANSWER_MAX_LENGTH, QUESTIONS
from interventions.forms import DATE
from signals.forms import SELECT, TEXTAREA

from .constants import EVALUATION_QUESTIONS, INTERNAL_QUESTION, PROCEDURES, TEXT_MAX_LENGTH, ProcedureStatus
from .services import REQUIRED_PART_FIELDS

PROCEDURE_NOTE_MAX_LENGTH = 1_000
DATE_ERRORS = {"invalid": _("Give the date as day-month-year.")}


def _text(label, *, rows=4, help_text="", max_length=TEXT_MAX_LENGTH):
    return forms.CharField(
        label=label,
        required=False,
        max_length=max_length,
        help_text=help_text,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": rows}),
    )


class _PeriodForm(forms.Form):
    use_required_attribute = False

    period_start = forms.DateField(label=_("Period from"), required=False, widget=DATE, error_messages=DATE_ERRORS)
    period_end = forms.DateField(label=_("Period until"), required=False, widget=DATE, error_messages=DATE_ERRORS)


class EvaluationStartForm(_PeriodForm):
    """Starting an evaluation: the period is optional (from the case's start until it is finalised)."""


class PartForm(forms.Form):
    """An organisation's part: the five fixed questions (seed 001) and the internal evaluation."""

    use_required_attribute = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in EVALUATION_QUESTIONS:
            help_text = _("Needed to submit your part.") if name in REQUIRED_PART_FIELDS else ""
            self.fields[name] = _text(label, help_text=help_text)
        self.fields["internal"] = _text(
            INTERNAL_QUESTION,
            rows=5,
            help_text=_(
                "Only your own organisation reads this: not the partners, not the network coordinator, not the report."
            ),
        )

    def question_fields(self):
        return [self[name] for name, _label in EVALUATION_QUESTIONS]


class ConcludeForm(_PeriodForm):
    """The network coordinator's conclusions, agreed follow-ups and the state of the procedures. The procedure fields
    are named as the service names its errors (``procedure_<code>``, ``procedure_<code>_note``)."""

    conclusions = _text(
        _("Conclusions of the network"),
        rows=8,
        help_text=_(
            "What the network learnt, in a few paragraphs. Required to finalise. Name organisations, not people."
        ),
    )
    follow_ups = _text(
        _("Agreed follow-ups"),
        rows=5,
        help_text=_("One per line, for example: 'Feedback to the partners within two days'."),
    )
    field_order = ["conclusions", "follow_ups", "period_start", "period_end"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, label in PROCEDURES:
            self.fields[f"procedure_{code}"] = forms.ChoiceField(
                label=label,
                required=False,
                choices=[("", _("Not known yet")), *ProcedureStatus.choices],
                widget=forms.Select(attrs=SELECT),
                error_messages={"invalid_choice": _("Choose from the list.")},
            )
            self.fields[f"procedure_{code}_note"] = forms.CharField(
                label=_("Note on: %(procedure)s") % {"procedure": label},
                required=False,
                max_length=PROCEDURE_NOTE_MAX_LENGTH,
                widget=forms.Textarea(attrs={**TEXTAREA, "rows": 2}),
            )

    @classmethod
    def initial_for(cls, evaluation) -> dict:
        initial = {
            "conclusions": evaluation.conclusions,
            "follow_ups": evaluation.follow_ups,
            "period_start": evaluation.period_start,
            "period_end": evaluation.period_end,
        }
        for code, _label in PROCEDURES:
            entry = (evaluation.procedures or {}).get(code) or {}
            initial[f"procedure_{code}"] = entry.get("status", "")
            initial[f"procedure_{code}_note"] = entry.get("note", "")
        return initial

    def procedure_fields(self):
        return [(self[f"procedure_{code}"], self[f"procedure_{code}_note"]) for code, _label in PROCEDURES]

    def service_values(self) -> dict:
        data = self.cleaned_data
        return {
            "conclusions": data["conclusions"],
            "follow_ups": data["follow_ups"],
            "period_start": data["period_start"],
            "period_end": data["period_end"],
            "procedures": {
                code: {"status": data[f"procedure_{code}"], "note": data[f"procedure_{code}_note"]}
                for code, _label in PROCEDURES
            },
        }


class FinaliseForm(forms.Form):
    """Finalising: the coordinator may choose to finalise without the organisations that did not submit."""

    use_required_attribute = False

    without_missing = forms.BooleanField(label=_("Finalise without them"), required=False)

    def __init__(self, *args, missing=(), **kwargs):
        super().__init__(*args, **kwargs)
        if missing:
            self.fields["without_missing"].label = _("Finalise without: %(names)s") % {"names": ", ".join(missing)}


class LessonForm(forms.Form):
    """A lesson carried into the version of the afsprakenkaart in the making, for one of its four questions or in
    general."""

    use_required_attribute = False

    text = forms.CharField(
        label=_("Lesson for the afsprakenkaart"),
        max_length=ANSWER_MAX_LENGTH,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 3}),
        error_messages={"required": _("Write the lesson.")},
    )
    question = forms.ChoiceField(
        label=_("For the question"),
        required=False,
        choices=[("", _("General (no single question)")), *QUESTIONS],
        widget=forms.Select(attrs=SELECT),
        error_messages={"invalid_choice": _("Choose from the list.")},
    )
