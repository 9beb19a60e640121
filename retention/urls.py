from django.urls import path

from . import views

app_name = "retention"

urlpatterns = [
    path("bewaartermijnen/", views.preview, name="preview"),
    path("bewaartermijnen/wijzigen/", views.policy_edit, name="policy"),
]
