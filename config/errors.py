"""The error answers Django gives when no view answers: a URL that resolves to nothing (404), a request Django refuses
before any view (400) and an unexpected error (500). A person gets the site's page. A program calling the API gets JSON
in the shape of the API's own errors (``detail``, in DRF's translated words): not the page's layout, and not the CSRF
cookie that layout's forms set, so a token caller never gets a cookie."""

from django.http import JsonResponse
from django.views import defaults
from rest_framework import exceptions

# The API documentation is a page for people.
PAGES_UNDER_API = ("/api/docs/",)


def is_api_request(request) -> bool:
    return request.path.startswith("/api/") and not request.path.startswith(PAGES_UNDER_API)


def page_not_found(request, exception):
    if is_api_request(request):
        return JsonResponse({"detail": str(exceptions.NotFound.default_detail)}, status=404)
    return defaults.page_not_found(request, exception)


def bad_request(request, exception):
    if is_api_request(request):
        return JsonResponse({"detail": str(exceptions.ParseError.default_detail)}, status=400)
    return defaults.bad_request(request, exception)


def server_error(request):
    if is_api_request(request):
        return JsonResponse({"detail": str(exceptions.APIException.default_detail)}, status=500)
    return defaults.server_error(request)
