from django.urls import include, path

from . import views

urlpatterns = [
    path("bench/bare/", views.bare_signals, name="bench-bare"),
    path("", include("config.urls")),
]
