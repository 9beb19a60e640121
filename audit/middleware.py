"""Security events seen at the edge of every request: downloads and exports (any response that is a file), refusals
(403) and rate limits (429). One place, so a new export or PDF is in the audit log without its view knowing."""

from django.core.exceptions import PermissionDenied

from .audit import record
from .constants import AuditAction, AuditResult


def _object_of(request) -> tuple[str, str] | None:
    match = getattr(request, "resolver_match", None)
    if match is None:
        return None
    object_id = next((str(value) for key, value in match.kwargs.items() if key in {"pk", "id", "key"}), "")
    return (match.view_name or "")[:64], object_id[:64]


class AuditMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "audit_recorded", False):
            return response
        if response.status_code == 200 and response.has_header("Content-Disposition"):
            content_type = response.get("Content-Type", "").split(";")[0]
            user = getattr(request, "user", None)
            # The calendar feed is read with its key, not a session: it is logged under the feed's owner by its view.
            if user is not None and user.is_authenticated:
                record(AuditAction.EXPORT, request=request, obj=_object_of(request), detail=content_type)
        elif response.status_code == 403:
            record(AuditAction.DENIED, request=request, obj=_object_of(request), result=AuditResult.DENIED)
        elif response.status_code == 429:
            record(AuditAction.RATE_LIMITED, request=request, obj=_object_of(request), result=AuditResult.DENIED)
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, PermissionDenied):
            # Recorded here with what was refused; the 403 response that follows is not recorded twice.
            record(AuditAction.DENIED, request=request, obj=_object_of(request), result=AuditResult.DENIED)
            request.audit_recorded = True
        return None
