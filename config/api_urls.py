"""The REST API, /api/v1/ (shared/API.md)."""

from django.urls import include, path

app_name = "api"

urlpatterns = [
    path("", include("partners.api.urls")),
    path("", include("signals.api.urls")),
    path("", include("interventions.api.urls")),
    path("", include("riskcalendar.api.urls")),
    path("", include("agreements.api.urls")),
    path("", include("aftercare.api.urls")),
]
