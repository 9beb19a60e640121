from django.urls import path

from . import views

app_name = "audit"

urlpatterns = [
    path("beveiligingslog/", views.event_list, name="events"),
]
