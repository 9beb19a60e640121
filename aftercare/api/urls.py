from django.urls import path

from . import views

urlpatterns = [
    path("evaluations/", views.EvaluationListView.as_view(), name="evaluation-list"),
    path("evaluations/<uuid:pk>/", views.EvaluationDetailView.as_view(), name="evaluation-detail"),
    path("evaluations/<uuid:pk>/report/", views.EvaluationReportView.as_view(), name="evaluation-report"),
]
