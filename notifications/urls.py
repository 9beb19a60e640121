from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("meldingen/", views.notification_list, name="list"),
    path("meldingen/gelezen/", views.notification_mark_all_read, name="mark-all-read"),
    path("meldingen/<uuid:pk>/", views.notification_open, name="open"),
]
