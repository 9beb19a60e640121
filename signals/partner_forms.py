"""Forms of the joint interpretation (comments, the double check, proposing an action). They only parse and present
input; the rules (who may write for which level, who may check or propose) live in signals/sharing.py."""

from django import forms
from django.utils.translation import gettext_lazy as _

from partners.visibility import AccessLevel

from . import route
from .constants import CommentPhase, ShareLevel
from .forms import INPUT, SELECT, TEXTAREA
from .route_data import DOUBLE_CHECK_STEPS
from .sharing import COMMENT_MAX_LENGTH

# Share levels in order, from the least to the most a reader sees.
LEVEL_ORDER = [ShareLevel.SUMMARY, ShareLevel.FACTS, ShareLevel.FULL]
# "Who may read this?": each level said as the readers it reaches (the owner organisation always reads).
LEVEL_AUDIENCE = {
    ShareLevel.SUMMARY: _("Summary: every partner it is shared with"),
    ShareLevel.FACTS: _("Facts: partners who read the message (facts and full level)"),
    ShareLevel.FULL: _("Full: only partners who also see persons and screenshots"),
}


def writable_levels(own_level: AccessLevel, *, at_least: str = ShareLevel.SUMMARY) -> list[tuple[str, str]]:
    """The levels a writer may choose as "readable from": up to its own level (the owner: all of them), and for
    a reply not below its thread's level."""
    ceiling = min(AccessLevel(own_level), AccessLevel.FULL)
    floor = AccessLevel.from_code(at_least) if at_least in ShareLevel.values else AccessLevel.SUMMARY
    return [
        (level.value, LEVEL_AUDIENCE[level])
        for level in LEVEL_ORDER
        if floor <= AccessLevel.from_code(level.value) <= ceiling
    ]


class CommentForm(forms.Form):
    """A comment in the joint interpretation, or (with ``parent``) a reply to one."""

    # The server says what is missing, in words; the browser's own bubble would stop a reply without telling why.
    use_required_attribute = False

    text = forms.CharField(
        label=_("Your comment"),
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 3}),
        error_messages={"required": _("Write your comment.")},
    )
    phase = forms.ChoiceField(
        label=_("Phase"),
        help_text=_(
            "Beeldvorming: what do we see? Oordeelsvorming: what do we make of it? Besluitvorming: what do we do?"
        ),
        choices=CommentPhase.choices,
        widget=forms.Select(attrs=SELECT),
        error_messages={"invalid_choice": _("Choose beeldvorming, oordeelsvorming or besluitvorming.")},
    )
    level = forms.ChoiceField(
        label=_("Who may read this?"),
        help_text=_(
            "The owner organisation always reads it. Do you quote the message, or name persons or accounts? Then "
            "choose a higher level."
        ),
        widget=forms.RadioSelect,
        error_messages={
            "invalid_choice": _("Choose who may read the comment: you can write only up to your own level."),
            "required": _("Choose who may read the comment."),
        },
    )
    parent = forms.UUIDField(
        required=False,
        widget=forms.HiddenInput,
        error_messages={"invalid": _("The comment you reply to was not found.")},
    )

    def __init__(self, *args, own_level: AccessLevel, parent=None, **kwargs):
        super().__init__(*args, **kwargs)
        if parent is not None:
            # A reply stays in its thread's phase and is never readable below it; a select keeps it compact.
            self.fields["phase"].widget = forms.HiddenInput()
            self.fields["level"].widget = forms.Select(attrs=SELECT)
            self.fields["level"].help_text = _("Not lower than the comment you reply to.")
            self.fields["text"].label = _("Your reply")
            self.fields["text"].widget.attrs["rows"] = 2
        # After any change of widget: setting the choices hands them to the widget too.
        at_least = parent.level if parent is not None else ShareLevel.SUMMARY
        self.fields["level"].choices = writable_levels(own_level, at_least=at_least)


class DoubleCheckForm(forms.Form):
    """ "Ja, dubbelcheck" (002 step 3): a partner checks the owner's answers of step 1 or 2."""

    use_required_attribute = False

    step = forms.TypedChoiceField(
        label=_("Which step do you check?"),
        choices=[(number, f"{number}. {route.step(number)['title']}") for number in DOUBLE_CHECK_STEPS],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose step 1 or 2."), "invalid_choice": _("Choose step 1 or 2.")},
    )
    agrees = forms.TypedChoiceField(
        label=_("Do you agree with the answers?"),
        choices=[("yes", _("Yes, we read it the same way")), ("no", _("No, we read it differently"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Say whether you agree."), "invalid_choice": _("Say whether you agree.")},
    )
    reading = forms.CharField(
        label=_("Your own reading"),
        help_text=_("Required when you read it differently: what do you see, and why?"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 3}),
    )


class ActionProposeForm(forms.Form):
    """A partner proposes a step-5 action; the owner organisation plans or drops it."""

    use_required_attribute = False

    kind = forms.ChoiceField(
        label=_("Action"),
        choices=[("", "—"), (_("Online"), route.ONLINE_ACTIONS), (_("Offline"), route.OFFLINE_ACTIONS)],
        widget=forms.Select(attrs=SELECT),
        error_messages={"required": _("Choose an action."), "invalid_choice": _("Choose an action from the list.")},
    )
    executing_organisation = forms.ModelChoiceField(
        label=_("Who carries it out?"),
        queryset=None,
        empty_label="—",
        widget=forms.Select(attrs=SELECT),
        error_messages={
            "required": _("Choose the organisation that carries it out."),
            "invalid_choice": _("Choose an organisation of your network."),
        },
    )
    description = forms.CharField(
        label=_("Description"),
        help_text=_("What, and why this action? Leave out names of persons."),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 2}),
    )
    due_date = forms.DateField(
        label=_("Due date"),
        required=False,
        widget=forms.DateInput(attrs={**INPUT, "type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Enter a date, for example 2026-12-31.")},
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["executing_organisation"].queryset = organisations
