"""How a request's user is loaded: Django's own checks, with the user's membership, organisation and network joined
in the same query. The visibility core reads them on every page and API call (``visibility.membership_of``), so
this saves one query per request without changing who is let in. A browser session's user also carries the number
on the bell (unread notifications as the request starts), which every page shows."""

from django.contrib.auth.backends import ModelBackend
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication

from . import visibility
from .models import User

MEMBERSHIP = "membership__organisation__network"


class MembershipBackend(ModelBackend):
    """Django's ModelBackend (passwords, ``is_active``, permissions); only ``get_user`` joins the membership."""

    def get_user(self, user_id):
        from notifications.selectors import with_unread_count

        try:
            user = with_unread_count(User._default_manager.select_related(MEMBERSHIP)).get(pk=user_id)
        except User.DoesNotExist:
            return None
        if not self.user_can_authenticate(user):
            return None
        visibility.remember_membership(user)
        return user


class MembershipTokenAuthentication(TokenAuthentication):
    """DRF's token authentication (``Authorization: Token <key>``), its checks and answers unchanged, with the
    user's membership joined."""

    def authenticate_credentials(self, key):
        model = self.get_model()
        try:
            token = model.objects.select_related(f"user__{MEMBERSHIP}").get(key=key)
        except model.DoesNotExist:
            raise exceptions.AuthenticationFailed(_("Invalid token.")) from None
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed(_("User inactive or deleted."))
        visibility.remember_membership(token.user)
        return token.user, token
