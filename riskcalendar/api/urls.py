from django.urls import path

from . import views

urlpatterns = [
    path("risk-events/", views.RiskEventListView.as_view(), name="risk-event-list"),
    path("risk-events/<uuid:pk>/", views.RiskEventDetailView.as_view(), name="risk-event-detail"),
]
