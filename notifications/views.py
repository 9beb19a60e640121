"""The bell: the user's notifications, newest first; opening one marks it read and leads to its signal."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partners import visibility
from riskcalendar.selectors import coming_four_weeks

from . import selectors, services
from .models import NotificationKind


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
    if notification.kind == NotificationKind.RISK_WINDOW and notification.risk_window_id:
        window = visibility.risk_windows_visible_to(request.user).filter(pk=notification.risk_window_id).first()
        if window is not None:
            return redirect("riskcalendar:event", pk=window.event_id)
        return redirect("riskcalendar:month")
    if notification.agreement_card_id:
        if visibility.agreement_cards_visible_to(request.user).filter(pk=notification.agreement_card_id).exists():
            return redirect("agreements:card", pk=notification.agreement_card_id)
        return redirect("agreements:overview")
    if notification.case_id:
        if not visibility.visible_case_ids(request.user, [notification.case_id]):
            return redirect("interventions:cases")
        if notification.kind == NotificationKind.AFTERCARE_DUE:
            return redirect("aftercare:plan", pk=notification.case_id)
        evaluation = visibility.evaluations_visible_to(request.user).filter(case_id=notification.case_id).first()
        if evaluation is not None:
            return redirect("aftercare:evaluation", pk=evaluation.pk)
        return redirect("interventions:case", pk=notification.case_id)
    if notification.kind == NotificationKind.STAFF_REPORT:
        return redirect("aftercare:staff_reports")
    if notification.kind == NotificationKind.RISK_DIGEST:
        start, end = coming_four_weeks(timezone.localtime(notification.created_at).date())
        return redirect(f"{reverse('riskcalendar:list')}?{urlencode({'van': start, 'tot': end})}")
    return redirect("notifications:list")


@login_required
@require_POST
def notification_mark_all_read(request):
    count = services.mark_read(user=request.user)
    messages.success(request, _("%(count)s notifications marked as read.") % {"count": count})
    return redirect("notifications:list")
