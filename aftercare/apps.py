from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AftercareConfig(AppConfig):
    name = "aftercare"
    verbose_name = _("Aftercare and evaluation")
