"""The owner's share form (DOMAIN.md §4, seed 002 step 3, seed 003 Tabel 2). It only parses and presents input;
the rules (what is required, justification above summary, special categories, trust relation, expiry) live in
signals/sharing.py, whose errors the view puts back on these fields."""

from django import forms
from django.utils.translation import gettext_lazy as _

from partners.models import Organisation

from . import route
from .constants import LegalGround, ShareLevel
from .forms import INPUT, TEXTAREA

YES_NO = [("yes", _("Yes")), ("no", _("No"))]

# What a receiver sees at each level (DOMAIN.md §4), shown next to the level choice.
LEVEL_EXPLANATIONS = {
    ShareLevel.SUMMARY: _(
        "Your sharing summary without personal data, with the phenomenon, platform, public or closed, reach, "
        "urgency, dates and the step of the route."
    ),
    ShareLevel.FACTS: _(
        "Also the message text and your answers of steps 1 and 2, with persons, handles and names left out."
    ),
    ShareLevel.FULL: _("Also the persons involved, their account names (handles) and the screenshots."),
}

LEGAL_GROUND_EXPLANATIONS = {
    LegalGround.PUBLIC_SOURCE: _("The message is public: anyone can see it."),
    LegalGround.COVENANT: _(
        "The poster or someone involved is in an approach under a covenant, e.g. a group approach."
    ),
    LegalGround.CONSENT: _("The young person agreed to sharing this."),
    LegalGround.VITAL_INTEREST: _(
        "Someone's life, health or safety is at stake, or serious offences are plausible (the acute path)."
    ),
    LegalGround.LEGAL_DUTY: _("A law obliges you to share this."),
}

# The three weighings of a youth worker before sharing what a young person gave in confidence (003 Tabel 2).
WEIGHING_FIELDS = ("weighing_effectiveness", "weighing_alternatives", "weighing_proportionality")


def _yes_no(value):
    return value == "yes"


class ShareForm(forms.Form):
    """Share one signal with one or more organisations of the network, at one level, for one purpose."""

    # Only for signals a young person sent in confidence (``sharing.trust_question_needed``); asked first.
    trust_relation_at_risk = forms.TypedChoiceField(
        label=route.questions(3)["vertrouwensrelatie"]["text"],
        help_text=route.questions(3)["vertrouwensrelatie"]["help"],
        choices=YES_NO,
        coerce=_yes_no,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    weighing_effectiveness = forms.CharField(
        label=_("Effectiveness (doelmatigheid): how does sharing serve the aim of your youth work?"),
        required=False,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 3}),
    )
    weighing_alternatives = forms.CharField(
        label=_("Replaceability (vervangbaarheid): can the aim be reached in another way, without sharing this?"),
        required=False,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 3}),
    )
    weighing_proportionality = forms.CharField(
        label=_("Proportionality (proportionaliteit): is the amount and detail you share fitting for the aim?"),
        required=False,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 3}),
    )
    organisations = forms.ModelMultipleChoiceField(
        label=_("Share with"),
        help_text=_("Choose one or more organisations of your network."),
        queryset=Organisation.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one organisation to share with.")},
    )
    level = forms.ChoiceField(
        label=_("What may they see?"),
        help_text=_("Share no more than the purpose needs. Summary is anonymous."),
        choices=ShareLevel.choices,
        initial=ShareLevel.SUMMARY,
        required=False,
        widget=forms.RadioSelect,
    )
    purpose = forms.CharField(
        label=_("Purpose: what do you want to reach by sharing?"),
        required=False,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 2}),
    )
    legal_ground = forms.ChoiceField(
        label=_("Legal ground"),
        choices=LegalGround.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    justification = forms.CharField(
        label=_("Justification"),
        help_text=_("Required for facts and full: why can the purpose not be reached with less (the summary alone)?"),
        required=False,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 3}),
    )
    special_categories = forms.TypedChoiceField(
        label=_("Does the signal hold special categories of personal data?"),
        help_text=_(
            "Race or ethnic origin, political opinions, religion, trade union membership, health, sexual life, "
            "genetic or biometric data. From a (semi-)public source they may be shared. From a closed source you "
            "in principle do not share them: at full level only on the ground of vital interest or acute danger, "
            "or a legal duty."
        ),
        choices=YES_NO,
        coerce=_yes_no,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    expires_at = forms.DateTimeField(
        label=_("Share until (optional)"),
        help_text=_("Date and time, Dutch time. Left empty, the share lasts until you revoke it."),
        required=False,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d-%m-%Y %H:%M"],
        widget=forms.DateTimeInput(attrs={**INPUT, "type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    sharing_summary = forms.CharField(
        label=_("Sharing summary, without personal data"),
        help_text=_("This is what partners at summary level read. No names, handles, schools or addresses."),
        required=False,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 4}),
    )
    message_text_for_partners = forms.CharField(
        label=_("Version of the message for partners at facts level"),
        help_text=_(
            "The message names people or accounts. Write what partners at facts level may read, or leave this "
            "empty: they then read the automatic version below, with the known names and handles left out."
        ),
        required=False,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 4}),
    )

    def __init__(
        self,
        *args,
        organisations,
        trust_question: bool,
        partner_version: bool,
        special_categories_fixed: bool = False,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.fields["organisations"].queryset = organisations
        if not trust_question:
            for name in ("trust_relation_at_risk", *WEIGHING_FIELDS):
                del self.fields[name]
        if not partner_version:
            del self.fields["message_text_for_partners"]
        if special_categories_fixed:
            # Step 3 said yes: sharing cannot overrule that (signals/sharing.py), so the answer is not asked again.
            self.fields["special_categories"].disabled = True
            self.fields["special_categories"].help_text = _(
                "You answered yes at step 3. From a closed source they go out at full level only on the ground of "
                "vital interest or acute danger, or a legal duty."
            )

    @property
    def has_trust_question(self) -> bool:
        return "trust_relation_at_risk" in self.fields

    @property
    def has_partner_version(self) -> bool:
        return "message_text_for_partners" in self.fields

    def weighings(self):
        return [self[name] for name in WEIGHING_FIELDS if name in self.fields]

    def organisation_rows(self, active_shares: dict) -> list[tuple]:
        """(checkbox, organisation, its active share or None) per organisation: who already sees the signal, and
        at which level."""
        rows = []
        for choice in self["organisations"]:
            value = choice.data["value"]
            rows.append((choice, value.instance, active_shares.get(str(value))))
        return rows

    def level_rows(self) -> list[tuple]:
        return [(choice, LEVEL_EXPLANATIONS.get(choice.data["value"], "")) for choice in self["level"]]

    def legal_ground_rows(self) -> list[tuple]:
        return [(choice, LEGAL_GROUND_EXPLANATIONS.get(choice.data["value"], "")) for choice in self["legal_ground"]]

    def service_data(self) -> dict:
        """The keyword arguments of ``sharing.share_create`` apart from signal, organisation and user: of the
        fields that parsed (all of them once the form is valid)."""
        data = {name: value for name, value in self.cleaned_data.items() if name != "organisations"}
        for name in ("level", "purpose", "legal_ground", "justification", "sharing_summary", *WEIGHING_FIELDS):
            if name in data:
                data[name] = data[name] or ""
        return data

    def error_links(self) -> list[tuple[str, str]]:
        """(label, id of the input to jump to) per field with an error, for the summary above a long form."""
        links = []
        for name in self.errors:
            if name not in self.fields:
                continue
            field = self[name]
            grouped = field.widget_type in ("radioselect", "checkboxselectmultiple")
            links.append((field.label, f"{field.auto_id}_0" if grouped else field.auto_id))
        return links
