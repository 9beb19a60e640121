from django.urls import path

from . import views

app_name = "riskcalendar"

urlpatterns = [
    path("risicokalender/", views.month, name="month"),
    path("risicokalender/lijst/", views.window_list, name="list"),
    path("risicokalender/nu/", views.now, name="now"),
    path("risicokalender/nieuw/", views.event_create, name="event_create"),
    path("risicokalender/<uuid:pk>/", views.event_detail, name="event"),
    path("risicokalender/<uuid:pk>/bewerken/", views.event_update, name="event_update"),
    path("risicokalender/<uuid:pk>/verwijderen/", views.event_delete, name="event_delete"),
    # The feed's path is part of the public API (shared/API.md): the key is the credential, no session.
    path("calendar/<str:key>.ics", views.feed, name="feed"),
]
