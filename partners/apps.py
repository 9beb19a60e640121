from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partners and accounts")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import visibility

        # After a migrate or a flush the share permissions may have other ids (partners/visibility.py).
        post_migrate.connect(visibility.remember_share_permissions, dispatch_uid="partners.share_permission_ids")
