from django.urls import path

from . import views

urlpatterns = [
    path("agreement-cards/", views.AgreementCardListView.as_view(), name="agreement-card-list"),
    path("agreement-cards/<uuid:pk>/", views.AgreementCardDetailView.as_view(), name="agreement-card-detail"),
    path("agreement-cards/<uuid:pk>/answers/", views.CardAnswersView.as_view(), name="agreement-card-answers"),
    path("agreement-cards/<uuid:pk>/approve/", views.CardApproveView.as_view(), name="agreement-card-approve"),
    path("agreement-cards/<uuid:pk>/pdf/", views.CardPdfView.as_view(), name="agreement-card-pdf"),
]
