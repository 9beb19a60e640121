from django.urls import path

from . import views

app_name = "signals"

urlpatterns = [
    path("signalen/", views.worklist, name="worklist"),
    path("signalen/nieuw/", views.intake, name="create"),
    path("signalen/concept/", views.draft, name="draft"),
    path("signalen/<uuid:pk>/", views.detail, name="detail"),
    path("signalen/<uuid:pk>/bewerken/", views.intake, name="edit"),
    path("signalen/<uuid:pk>/stap/<int:number>/", views.step, name="step"),
    path("signalen/<uuid:pk>/meekijken/", views.review, name="review"),
    path("signalen/<uuid:pk>/heropenen/", views.reopen, name="reopen"),
    path("signalen/<uuid:pk>/schermafbeeldingen/", views.attachment_upload, name="attachment-upload"),
    path("signalen/<uuid:pk>/geschiedenis/", views.history, name="history"),
    path("signalen/acties/<uuid:pk>/", views.action_update, name="action-update"),
    path("schermafbeeldingen/<uuid:pk>/", views.attachment, name="attachment"),
    path("fenomenen/", views.phenomena, name="phenomena"),
    path("fenomenen/<slug:code>/oefenen/", views.practise, name="practise"),
]
