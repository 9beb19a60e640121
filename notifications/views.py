"""The bell: the user's notifications, newest first; opening one marks it read and leads to its signal."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import selectors, services


@login_required
def notification_list(request):
    page = Paginator(selectors.notifications_for(request.user), 25).get_page(request.GET.get("page"))
    items = selectors.render_notifications(request.user, page.object_list)
    return render(request, "notifications/list.html", {"page": page, "items": items})


@login_required
def notification_open(request, pk):
    notification = selectors.get_notification_for_user(request.user, pk)
    services.mark_read(user=request.user, notification_ids=[notification.pk])
    if notification.signal_id:
        return redirect("signals:detail", pk=notification.signal_id)
    return redirect("notifications:list")


@login_required
@require_POST
def notification_mark_all_read(request):
    count = services.mark_read(user=request.user)
    messages.success(request, _("%(count)s notifications marked as read.") % {"count": count})
    return redirect("notifications:list")
