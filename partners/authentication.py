"""How a request's user is loaded: Django's own checks, with the user's membership, organisation and network joined
in the same query. The visibility core reads them on every page and API call (``visibility.membership_of``), so
this saves one query per request without changing who is let in. A browser session's user also carries the number
on the bell (unread notifications as the request starts), which every page shows."""

from django.contrib.auth.backends import ModelBackend
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication, get_authorization_header

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


# A token's use goes into the security audit log once an hour per token (not per request: the log would drown).
TOKEN_USE_LOGGED_EVERY = 60 * 60
# A refused token once a minute per client address (a guessing client would otherwise write a row per try).
TOKEN_FAILURE_LOGGED_EVERY = 60


class MembershipTokenAuthentication(TokenAuthentication):
    """DRF's token authentication (``Authorization: Token <key>``), its checks and answers unchanged, with the
    user's membership joined. Uses and refusals go into the security audit log."""

    def authenticate(self, request):
        from audit.audit import client_ip, record_once_per
        from audit.constants import AuditAction, AuditResult

        from .ratelimit import FailureLimit

        failures = FailureLimit(request)
        header = get_authorization_header(request).split()
        if header and header[0].lower() == self.keyword.lower().encode():
            failures.check()  # an address that guessed too often: 429 before its token is even looked at
        try:
            result = super().authenticate(request)
        except exceptions.AuthenticationFailed:
            failures.add()
            record_once_per(
                TOKEN_FAILURE_LOGGED_EVERY,
                f"token-failed:{client_ip(request)}",
                AuditAction.TOKEN_USED,
                request=request,
                result=AuditResult.FAILURE,
            )
            raise
        if result is not None:
            user, token = result
            record_once_per(
                TOKEN_USE_LOGGED_EVERY,
                f"token-used:{token.pk}",
                AuditAction.TOKEN_USED,
                request=request,
                user=user,
            )
        return result

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
