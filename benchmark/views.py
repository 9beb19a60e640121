"""The reference of the benchmark: the same page of 50 signals with no permission filtering at all."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render

from signals.models import Signal

PAGE_SIZE = 50


@login_required
def bare_signals(request):
    """Every signal, newest first, paged by 50 like the API: a count and a page, behind the same middleware and login
    as the worklists. ``?format=json`` answers the fields of the API's list; otherwise a page on the site's layout."""
    signals = Signal.objects.select_related("phenomenon", "owner_organisation").order_by("-created_at", "-id")
    page = Paginator(signals, PAGE_SIZE).get_page(request.GET.get("page"))
    if request.GET.get("format") == "json":
        return JsonResponse(
            {
                "count": page.paginator.count,
                "results": [
                    {
                        "id": str(signal.pk),
                        "phenomenon": signal.phenomenon.code,
                        "platform": signal.platform,
                        "owner_organisation": signal.owner_organisation.name,
                        "summary": signal.sharing_summary,
                        "step": signal.step,
                        "status": signal.status,
                        "created_at": signal.created_at.isoformat(),
                    }
                    for signal in page.object_list
                ],
            }
        )
    return render(request, "benchmark/bare.html", {"page": page})
