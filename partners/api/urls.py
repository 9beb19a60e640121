from django.urls import path

from . import views

urlpatterns = [
    path("me/", views.MeView.as_view(), name="me"),
    path("organisations/", views.OrganisationListView.as_view(), name="organisation-list"),
    path("organisations/<uuid:pk>/", views.OrganisationDetailView.as_view(), name="organisation-detail"),
]
