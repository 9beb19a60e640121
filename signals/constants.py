from django.db import models
from django.utils.translation import gettext_lazy as _


class Platform(models.TextChoices):
    SNAPCHAT = "snapchat", "Snapchat"
    INSTAGRAM = "instagram", "Instagram"
    TIKTOK = "tiktok", "TikTok"
    TELEGRAM = "telegram", "Telegram"
    WHATSAPP = "whatsapp", "WhatsApp"
    DISCORD = "discord", "Discord"
    YOUTUBE = "youtube", "YouTube"
    X = "x", "X"
    FACEBOOK = "facebook", "Facebook"
    OTHER = "other", _("Other platform")


class SourceVisibility(models.TextChoices):
    """Openbaar of besloten (002 step 1): record it at once, before the message disappears."""

    PUBLIC = "public", _("Public (open source)")
    CLOSED = "closed", _("Closed (private group, chat or account)")


class ReceivedVia(models.TextChoices):
    SEEN_MYSELF = "seen_myself", _("I saw it myself")
    FROM_YOUTH = "from_youth", _("Forwarded to me by a young person")
    FROM_COLLEAGUE = "from_colleague", _("Forwarded by a colleague")
    FROM_UNKNOWN_ACCOUNT = "from_unknown_account", _("Sent by an unknown account")
    FROM_PARTNER = "from_partner", _("Passed on by a partner")


class PersonRole(models.TextChoices):
    POSTER = "poster", _("Poster")
    INVOLVED = "involved", _("Involved")
    POTENTIAL_VICTIM = "potential_victim", _("(Potential) victim")


class Urgency(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")


class SignalStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Open")
    WATCH = "watch", _("Under watch")
    CLOSED = "closed", _("Closed")


class Answer(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    UNKNOWN = "unknown", _("Unknown")


class Decision(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")


class ActionStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


class ShareLevel(models.TextChoices):
    """What a receiving organisation sees (DOMAIN.md §4). Ordered from least to most."""

    SUMMARY = "summary", _("Summary (anonymous)")
    FACTS = "facts", _("Facts (without persons)")
    FULL = "full", _("Full (with persons and screenshots)")


class LegalGround(models.TextChoices):
    PUBLIC_SOURCE = "public_source", _("Public source")
    COVENANT = "covenant", _("Covenant or group approach")
    CONSENT = "consent", _("Consent")
    VITAL_INTEREST = "vital_interest", _("Vital interest or acute danger")
    LEGAL_DUTY = "legal_duty", _("Legal duty")


# Special-category data from a closed source may go out at full level only on these grounds (002 step 3).
SPECIAL_CATEGORY_FULL_GROUNDS = frozenset({LegalGround.VITAL_INTEREST, LegalGround.LEGAL_DUTY})


class CommentPhase(models.TextChoices):
    """BOB: the three phases of joint interpretation."""

    BEELDVORMING = "beeldvorming", _("Beeldvorming (forming the picture)")
    OORDEELSVORMING = "oordeelsvorming", _("Oordeelsvorming (forming a judgement)")
    BESLUITVORMING = "besluitvorming", _("Besluitvorming (deciding)")


class AccessKind(models.TextChoices):
    PAGE = "page", _("Signal page")
    API = "api", _("API")
    SCREENSHOT = "screenshot", _("Screenshot download")
    EXPORT = "export", _("Export")
