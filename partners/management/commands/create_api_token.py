from django.core.management.base import BaseCommand, CommandError

from audit.audit import record
from audit.constants import AuditAction
from partners import services
from partners.models import User


class Command(BaseCommand):
    help = "Create (or replace) the personal API token of a user and print only the key."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        try:
            user = User.objects.get(username=username, is_active=True)
        except User.DoesNotExist as exc:
            raise CommandError(f"no active user {username!r}") from exc
        key = services.api_token_create(user=user, acting_user=user)
        record(AuditAction.TOKEN_CREATED, user=user, detail="manage.py create_api_token")
        self.stdout.write(key)
