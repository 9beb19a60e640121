"""The afsprakenkaart of seed 002 ("Afspraken maken"): its four questions, the three basisafspraken and the five
steps to prepare it, as the product shows them (DOMAIN.md §7). English source strings, Dutch translations in the
words of the seed."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from partners.constants import PartnerType


class CardStatus(models.TextChoices):
    CONCEPT = "concept", _("Draft")
    TER_AKKOORD = "ter_akkoord", _("Awaiting agreement")
    VASTGESTELD = "vastgesteld", _("Adopted")


class SessionStatus(models.TextChoices):
    WRITING = "writing", _("Writing down")
    DISCUSSING = "discussing", _("Discussing")
    CLOSED = "closed", _("Closed")


# The four rows of the card (seed 002, "AFSPRAKENKAART"): the model field of a column, and the question. Steps 3 and 4
# of the route show the rows about involving partners (3) and intervening (4).
QUESTIONS = (
    ("involve_partner", _("In which situation do you involve a partner with concerning online messages?")),
    (
        "expect_involved",
        _("In which situation do you expect a partner to involve you with concerning online messages?"),
    ),
    ("intervene_at", _("At which (online) signal do you intervene?")),
    ("expect_intervene", _("At which (online) signal do you expect the other partners involved to intervene?")),
)
QUESTION_FIELDS = tuple(field for field, _label in QUESTIONS)
QUESTION_LABELS = dict(QUESTIONS)
ROUTE_STEP_QUESTIONS = {3: ("involve_partner", "expect_involved"), 4: ("intervene_at", "expect_intervene")}
ANSWER_MAX_LENGTH = 5_000

# The three basisafspraken (seed 002, "Basisafspraken"): they always hold; each organisation confirms them with its
# akkoord.
BASIC_AGREEMENTS = (
    (
        "communication",
        _("Mutual communication"),
        _(
            "Do you involve other partners in a concerning message? Then agree with each other on the follow-up, "
            "feedback and evaluation. Communicate clearly what you expect of the other and what you will do yourself."
        ),
    ),
    (
        "transparency",
        _("Transparency towards young people"),
        _(
            "Be transparent towards young people that when you come across something online on which you have to act, "
            "you do so. But also that you are in contact with partners with whom you share this kind of information. "
            "Explain that this is no different from offline."
        ),
    ),
    (
        "content",
        _("Bringing content together"),
        _(
            "It is also important to share content together. Through social media you can make the integrated "
            "approach and the cooperation known to residents, other partners in the chain and the target group. You "
            "can also use social media to spread a joint message to a broad and diverse audience, for example a "
            "campaign of the municipality."
        ),
    ),
)
BASIC_AGREEMENT_KEYS = tuple(key for key, _title, _text in BASIC_AGREEMENTS)

# The order of the columns: the three core partners of the routekaart first, then the others present.
PARTNER_ORDER = {
    PartnerType.JONGERENWERK: 0,
    PartnerType.POLITIE: 1,
    PartnerType.GEMEENTE_OOV: 2,
    PartnerType.SCHOOL: 3,
    PartnerType.HANDHAVING: 4,
    PartnerType.OTHER: 5,
}
CORE_PARTNERS = (PartnerType.JONGERENWERK, PartnerType.POLITIE, PartnerType.GEMEENTE_OOV)

# "Afspraken maken in 5 stappen" (seed 002): the practice session walks steps 1-4, the card is step 5.
FIVE_STEPS = (
    _("Consult the example messages of the online phenomena."),
    _(
        "Use the route to think for yourself: how do I interpret this message, what context information do I have, "
        "(when) do I involve a partner and (how) will I intervene?"
    ),
    _("Write these actions down for yourself."),
    _(
        "Discuss these actions with your local partners. The municipality can take the lead. Ask for feedback on "
        "the way of acting. Explore mutual agreements you can make with each other."
    ),
    _(
        "Write down in the agreements card what you expect of each other in which situation. Keep the basic "
        "agreements in mind: they are the foundation of the cooperation and hold for all agreements."
    ),
)

# What a professional writes per example in a practice session: the route's first four steps (step 2 of the five).
PRACTICE_FIELDS = (
    ("interpretation", _("How do I interpret this message?")),
    ("context", _("What context information do I have?")),
    ("involve", _("(When) do I involve a partner?")),
    ("intervene", _("(How) will I intervene?")),
)
PRACTICE_FIELD_NAMES = tuple(field for field, _label in PRACTICE_FIELDS)
