"""The security audit log of one organisation, for its coordinators (issue #9). Read-only: there is nothing to
change here, and the database would refuse it (audit/models.py)."""

import datetime as dt

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import urlencode

from partners import visibility

from .forms import AuditFilterForm

PAGE_SIZE = 50


def _day_start(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


@login_required
def event_list(request):
    if not visibility.can_read_audit_log(request.user):
        raise Http404
    form = AuditFilterForm(request.GET or None)
    events = visibility.audit_events_visible_to(request.user)
    values = {}
    if form.is_bound and form.is_valid():
        values = {key: value for key, value in form.cleaned_data.items() if value}
    if values.get("action"):
        events = events.filter(action=values["action"])
    if values.get("result"):
        events = events.filter(result=values["result"])
    if values.get("van"):
        events = events.filter(at__gte=_day_start(values["van"]))
    if values.get("tot"):
        events = events.filter(at__lt=_day_start(values["tot"] + dt.timedelta(days=1)))
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "page": page,
        "membership": visibility.membership_of(request.user),
        "query_string": urlencode({key: str(value) for key, value in values.items()}),
    }
    return render(request, "audit/event_list.html", context, status=400 if form.errors else 200)
