"""The coordinators' page "What will be removed soon" and the network coordinator's retention periods (issue #9)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from partners import visibility

from . import selectors, services
from .forms import RetentionPolicyForm
from .models import RetentionPolicy


@login_required
def preview(request):
    if not selectors.can_see_preview(request.user):
        raise Http404
    context = selectors.preview(request.user)
    return render(request, "retention/preview.html", context)


@login_required
def policy_edit(request):
    if not visibility.can_coordinate_network(request.user):
        raise Http404
    network = visibility.membership_of(request.user).organisation.network
    policy = RetentionPolicy.for_network(network)
    form = RetentionPolicyForm(request.POST if request.method == "POST" else None, instance=policy)
    if request.method == "POST" and form.is_valid():
        try:
            services.policy_save(acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The retention periods have been saved."))
            return redirect("retention:preview")
    status = 400 if form.errors else 200
    return render(request, "retention/policy_form.html", {"form": form, "policy": policy}, status=status)
