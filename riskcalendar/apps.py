from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RiskcalendarConfig(AppConfig):
    name = "riskcalendar"
    verbose_name = _("Risk calendar")
