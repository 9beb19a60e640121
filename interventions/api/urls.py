from django.urls import path

from . import views

urlpatterns = [
    path("cases/", views.CaseListView.as_view(), name="case-list"),
    path("cases/<uuid:pk>/", views.CaseDetailView.as_view(), name="case-detail"),
    path("intervention-types/", views.InterventionTypeListView.as_view(), name="intervention-type-list"),
    path(
        "intervention-types/<slug:code>/",
        views.InterventionTypeDetailView.as_view(),
        name="intervention-type-detail",
    ),
    path("interventions/", views.InterventionListView.as_view(), name="intervention-list"),
    path("interventions/<uuid:pk>/", views.InterventionDetailView.as_view(), name="intervention-detail"),
]
