from django.urls import path

from . import views

app_name = "partners"

urlpatterns = [
    path("rollen/", views.partners_and_roles, name="roles"),
]
