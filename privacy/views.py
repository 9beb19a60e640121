"""Data subject requests (AVG art. 15): a coordinator (team lead) types a pseudonym, sees what the organisation
holds about it and downloads the answer as JSON or PDF (privacy/selectors.py). Everyone else: 404.

The pseudonym travels in POST bodies only, never in a URL, so it is not left in the server's access log, the
browser's history or a Referer header. Pages and downloads are never cached. Each download is one row in the security
audit log, with a keyed hash of the pseudonym instead of the pseudonym itself."""

from __future__ import annotations

import json
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from audit.audit import record
from audit.constants import AuditAction
from partners import visibility
from partners.pdf import render_pdf
from partners.ratelimit import rate_limited

from .forms import SubjectRequestForm
from .selectors import pseudonym_reference, subject_export

AUDIT_OBJECT_TYPE = "privacy.subject"


def coordinator_only(view):
    """A coordinator of an organisation, or 404 (also for a member, who may not know the page exists)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not visibility.can_answer_subject_requests(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return login_required(wrapped)


# What the result page counts, in this order.
COUNT_LABELS = (
    ("signals", _("Signals")),
    ("shares", _("Shares with partners")),
    ("comments", _("Comments in the joint interpretation")),
    ("actions", _("Actions")),
    ("attachments", _("Screenshots (listed, not included)")),
    ("cases", _("Cases")),
    ("interventions", _("Interventions")),
    ("access_log_entries", _("Reads by partners (access log)")),
    ("history_entries", _("Changes (history)")),
)


def _page(request, form, *, export=None, status=200) -> HttpResponse:
    counts = [(label, export["counts"][key]) for key, label in COUNT_LABELS] if export else []
    context = {"form": form, "export": export, "counts": counts}
    return render(request, "privacy/subject_request.html", context, status=status)


@coordinator_only
@never_cache
@require_http_methods(["GET", "POST"])
def subject_request(request):
    """The form; posted, what was found (counts per kind) with the two downloads."""
    if request.method == "GET":
        return _page(request, SubjectRequestForm())
    form = SubjectRequestForm(request.POST)
    if not form.is_valid():
        return _page(request, form, status=400)
    export = subject_export(user=request.user, pseudonym=form.cleaned_data["pseudonym"])
    return _page(request, form, export=export)


def _download(request, fmt: str):
    form = SubjectRequestForm(request.POST)
    if not form.is_valid():
        return None, form
    pseudonym = form.cleaned_data["pseudonym"]
    membership = visibility.membership_of(request.user)
    export = subject_export(user=request.user, pseudonym=pseudonym)
    record(
        AuditAction.SUBJECT_EXPORT,
        request=request,
        obj=(AUDIT_OBJECT_TYPE, pseudonym_reference(organisation_id=membership.organisation_id, pseudonym=pseudonym)),
        detail=fmt,
    )
    # The audit middleware would log the download once more as a plain export.
    request.audit_recorded = True
    return export, form


def _attachment(content: bytes, *, content_type: str, extension: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    # The file's name carries no pseudonym: it stays behind in the downloads folder.
    response["Content-Disposition"] = f'attachment; filename="inzageverzoek-{stamp}.{extension}"'
    response["Cache-Control"] = "private, no-store"
    return response


@coordinator_only
@never_cache
@require_POST
@rate_limited("exports")
def subject_export_json(request):
    export, form = _download(request, "json")
    if export is None:
        return _page(request, form, status=400)
    # Codes are stable; the labels next to them are in the coordinator's language.
    content = json.dumps(export, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2).encode()
    return _attachment(content, content_type="application/json", extension="json")


@coordinator_only
@never_cache
@require_POST
@rate_limited("exports")
def subject_export_pdf(request):
    export, form = _download(request, "pdf")
    if export is None:
        return _page(request, form, status=400)
    pdf = render_pdf("privacy/subject_pdf.html", {"export": export}, request=request)
    return _attachment(pdf, content_type="application/pdf", extension="pdf")
