from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("inzage/", views.subject_request, name="subject_request"),
    path("inzage/json/", views.subject_export_json, name="subject_export_json"),
    path("inzage/pdf/", views.subject_export_pdf, name="subject_export_pdf"),
]
