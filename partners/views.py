from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from audit import audit
from audit.constants import AuditAction

from . import selectors, services, visibility
from .forms import ProfileLanguageForm


@login_required
def home(request):
    """ "Mijn startpagina": what waits for me, my organisation's cases and the coming four weeks' risk windows."""
    from overview.selectors import can_see_network_overview, start_page

    context = {**start_page(request.user), "can_see_overview": can_see_network_overview(request.user)}
    return render(request, "home.html", context)


@login_required
def partners_and_roles(request):
    """ "Partners en rollen": each partner type's information position beside the network's organisations."""
    membership = visibility.membership_of(request.user)
    context = {
        "columns": selectors.partners_and_roles(user=request.user),
        "network": membership.organisation.network if membership else None,
    }
    return render(request, "partners/roles.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    from rest_framework.authtoken.models import Token

    from accounts import views as account_views
    from riskcalendar.models import CalendarFeedToken
    from riskcalendar.services import feed_token_create, feed_token_revoke

    new_key = new_feed_url = None
    if request.method == "POST" and request.POST.get("feed") == "create":
        try:
            key = feed_token_create(user=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            new_feed_url = request.build_absolute_uri(reverse("riskcalendar:feed", args=[key]))
            messages.success(request, _("Your calendar address has been made. Copy it now: it is shown only once."))
    elif request.method == "POST" and request.POST.get("feed") == "revoke":
        feed_token_revoke(user=request.user)
        messages.success(request, _("Your calendar address has been revoked: the feed shows nothing any more."))
        return redirect("profile")
    elif request.method == "POST" and request.POST.get("token") == "create":
        new_key = services.api_token_create(user=request.user, acting_user=request.user)
        audit.record(AuditAction.TOKEN_CREATED, request=request)
        messages.success(request, _("Your API token has been created. Copy it now: it is shown only once."))
    elif request.method == "POST" and request.POST.get("token") == "revoke":
        services.api_token_revoke(user=request.user, acting_user=request.user)
        audit.record(AuditAction.TOKEN_REVOKED, request=request)
        messages.success(request, _("Your API token has been revoked."))
        return redirect("profile")
    form = ProfileLanguageForm(
        request.POST if request.method == "POST" and "language" in request.POST else None,
        initial={"language": request.user.language},
    )
    if request.method == "POST" and "language" in request.POST and form.is_valid():
        try:
            services.user_set_language(
                user=request.user, language=form.cleaned_data["language"], acting_user=request.user
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            translation.activate(request.user.language)
            messages.success(request, _("Your language has been saved."))
            response = redirect("profile")
            response.set_cookie(
                "django_language", request.user.language, samesite="Lax", secure=request.is_secure(), httponly=True
            )
            return response
    feed_token = CalendarFeedToken.objects.filter(user=request.user).first()
    context = {
        "form": form,
        "new_key": new_key,
        "has_token": Token.objects.filter(user=request.user).exists(),
        "new_feed_url": new_feed_url,
        "has_feed": feed_token is not None,
        "feed_token": feed_token,
    }
    context.update(account_views.security_context(request))  # two-factor authentication and sessions
    return render(request, "accounts/profile.html", context, status=400 if form.errors else 200)
