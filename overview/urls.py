from django.urls import path

from . import views

app_name = "overview"

urlpatterns = [
    path("overzicht/", views.network_overview, name="network"),
]
