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
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")
