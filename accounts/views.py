"""Sign-in with a second step, two-factor setup, backup codes, password change, sessions and the lockout page."""

import datetime as dt
import math
import time
from base64 import b32encode
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice

from audit.audit import record
from audit.constants import AuditAction

from . import services
from .forms import CodeForm, ConfirmIdentityForm
from .qr import qr_svg

User = get_user_model()


def _next_url(request) -> str:
    """The ``next`` the user came with, if it is a page of ours; otherwise empty."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return ""


def _with_next(url: str, next_url: str) -> str:
    return f"{url}?next={quote(next_url)}" if next_url else url


class LoginView(auth_views.LoginView):
    """Django's login page. A user with two-factor authentication is not signed in yet after the password: the
    session only remembers who passed the first step (for five minutes) and the code step signs them in."""

    redirect_authenticated_user = True

    def form_valid(self, form):
        user = form.get_user()
        if not services.has_confirmed_device(user):
            return super().form_valid(form)
        self.request.session.cycle_key()  # the first step passed: a new key already, as at a full sign-in
        self.request.session[services.PENDING] = {
            "user": str(user.pk),
            "backend": user.backend,
            "at": int(time.time()),
        }
        return HttpResponseRedirect(_with_next(reverse("accounts:login_code"), self.get_redirect_url()))


def login_code(request):
    """The second step: a code from the app or a backup code. Also where a signed-in session that has not given its
    code yet is sent (accounts.middleware.TwoFactorMiddleware)."""
    next_url = _next_url(request)
    pending = request.session.get(services.PENDING)
    user = None
    if request.user.is_authenticated:
        if request.user.is_verified():
            return redirect(next_url or settings.LOGIN_REDIRECT_URL)
        user = request.user
    elif pending and time.time() - pending.get("at", 0) < services.PENDING_SECONDS:
        user = User._default_manager.filter(pk=pending.get("user"), is_active=True).first()
    if user is None or not services.has_confirmed_device(user):
        request.session.pop(services.PENDING, None)
        if request.user.is_authenticated:
            return redirect(_with_next(reverse("accounts:otp_setup"), next_url))
        if pending:
            messages.info(request, _("Signing in took too long. Enter your username and password again."))
        return redirect(_with_next(reverse("login"), next_url))
    form = CodeForm(request.POST or None, user=user)
    if request.method == "POST":
        if form.is_valid():
            if not request.user.is_authenticated:
                request.session.pop(services.PENDING, None)
                auth_login(request, user, backend=pending["backend"])  # a new session key
            otp_login(request, form.device)
            request.session[services.HAS_DEVICE] = True
            if isinstance(form.device, StaticDevice):
                left = services.backup_codes_left(user)
                messages.warning(
                    request,
                    ngettext(
                        "You used a backup code. You have %(count)d left; make new ones on your profile page.",
                        "You used a backup code. You have %(count)d left; make new ones on your profile page.",
                        left,
                    )
                    % {"count": left},
                )
            return redirect(next_url or settings.LOGIN_REDIRECT_URL)
        services.code_failed(request, user)
    context = {"form": form, "next": next_url, "signed_in": request.user.is_authenticated}
    return render(request, "registration/login_code.html", context, status=400 if form.errors else 200)


def _grouped(secret: str) -> str:
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@login_required
def otp_setup(request):
    """Set up the authenticator app: scan the QR code (or type the key), confirm with a code, get backup codes."""
    user = request.user
    next_url = _next_url(request)
    if services.has_confirmed_device(user):
        if user.is_verified():
            messages.info(request, _("Two-factor authentication is already set up."))
            return redirect("profile")
        return redirect(_with_next(reverse("accounts:login_code"), next_url))
    device = services.totp_device_for_setup(user)
    form = CodeForm(request.POST or None, user=user, confirmed=False)
    if request.method == "POST":
        if form.is_valid():
            codes = services.totp_confirm(request, form.device)
            messages.success(request, _("Two-factor authentication is set up."))
            return render(request, "accounts/backup_codes.html", {"codes": codes, "next": next_url or reverse("home")})
        services.code_failed(request, user)
    context = {
        "form": form,
        "next": next_url,
        "qr": qr_svg(device.config_url, label=_("QR code to scan with your authenticator app")),
        "secret": _grouped(b32encode(device.bin_key).decode()),
        "required": settings.SAMEN_DUIDEN_REQUIRE_2FA,
    }
    return render(request, "accounts/otp_setup.html", context, status=400 if form.errors else 200)


def _confirm_page(request, *, title, intro, button, danger=False):
    form = ConfirmIdentityForm(request.POST or None, user=request.user)
    return form, {"form": form, "title": title, "intro": intro, "button": button, "danger": danger}


@login_required
def backup_codes(request):
    if not services.has_confirmed_device(request.user):
        return redirect("accounts:otp_setup")
    form, context = _confirm_page(
        request,
        title=_("Make new backup codes"),
        intro=_("Your old backup codes stop working. Confirm with your password or a code from your app."),
        button=_("Make new backup codes"),
    )
    if request.method == "POST" and form.is_valid():
        codes = services.backup_codes_renew(request)
        return render(request, "accounts/backup_codes.html", {"codes": codes, "next": reverse("profile")})
    return render(request, "accounts/otp_confirm.html", context, status=400 if form.errors else 200)


@login_required
def otp_remove(request):
    if not services.has_confirmed_device(request.user):
        return redirect("profile")
    intro = _("Signing in then needs only your password. Confirm with your password or a code from your app.")
    if settings.SAMEN_DUIDEN_REQUIRE_2FA:
        intro = _(
            "Two-factor authentication is required: you set it up again right away, for example with a new phone. "
            "Confirm with your password or a code from your app."
        )
    form, context = _confirm_page(
        request,
        title=_("Remove two-factor authentication"),
        intro=intro,
        button=_("Remove two-factor authentication"),
        danger=True,
    )
    if request.method == "POST" and form.is_valid():
        services.two_factor_remove(request)
        messages.success(request, _("Two-factor authentication has been removed."))
        return redirect("profile")
    return render(request, "accounts/otp_confirm.html", context, status=400 if form.errors else 200)


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "registration/password_change_form.html"
    success_url = reverse_lazy("profile")

    def form_valid(self, form):
        response = super().form_valid(form)  # keeps this session signed in (update_session_auth_hash)
        record(AuditAction.PASSWORD_CHANGED, request=self.request, obj=self.request.user)
        services.end_other_sessions(self.request, reason="password_changed")
        messages.success(self.request, _("Your password has been changed. Your other sessions have been ended."))
        return response


@login_required
@require_POST
def sessions_end(request):
    count = services.end_other_sessions(request)
    messages.success(
        request,
        ngettext("%(count)d other session has been ended.", "%(count)d other sessions have been ended.", count)
        % {"count": count},
    )
    return redirect("profile")


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer once a username and address are locked (AXES_LOCKOUT_CALLABLE)."""
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    context = {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT}
    return render(request, "accounts/locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)


def security_context(request) -> dict:
    """The profile page's sections on two-factor authentication and sessions."""
    from .models import UserSession

    user = request.user
    has_device = services.has_confirmed_device(user)
    # Rows of sessions that the idle timeout already ended are tidied at the next sign-in; not shown meanwhile.
    idle_limit = timezone.now() - dt.timedelta(seconds=settings.SESSION_COOKIE_AGE)
    sessions = list(UserSession.objects.filter(user=user, last_seen__gte=idle_limit))
    current = request.session.session_key
    for session in sessions:
        session.is_current = session.session_key == current
    return {
        "has_two_factor": has_device,
        "backup_codes_left": services.backup_codes_left(user) if has_device else 0,
        "two_factor_required": settings.SAMEN_DUIDEN_REQUIRE_2FA,
        "login_sessions": sessions,
        "other_sessions": sum(1 for session in sessions if not session.is_current),
    }
