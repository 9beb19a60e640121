from django.urls import path

from . import partner_views, share_views, views

app_name = "signals"

urlpatterns = [
    path("signalen/", views.worklist, name="worklist"),
    path("signalen/nieuw/", views.intake, name="create"),
    path("signalen/concept/", views.draft, name="draft"),
    path("signalen/gedeeld/", partner_views.shared_worklist, name="shared"),
    path("signalen/<uuid:pk>/", views.detail, name="detail"),
    path("signalen/<uuid:pk>/bewerken/", views.intake, name="edit"),
    path("signalen/<uuid:pk>/stap/<int:number>/", views.step, name="step"),
    path("signalen/<uuid:pk>/meekijken/", views.review, name="review"),
    path("signalen/<uuid:pk>/heropenen/", views.reopen, name="reopen"),
    path("signalen/<uuid:pk>/schermafbeeldingen/", views.attachment_upload, name="attachment-upload"),
    path("signalen/<uuid:pk>/geschiedenis/", views.history, name="history"),
    path("signalen/<uuid:pk>/delen/", share_views.share, name="share"),
    path("signalen/<uuid:pk>/delen/voorbeeld/", share_views.share_preview, name="share-preview"),
    path("signalen/<uuid:pk>/delen/<uuid:share_pk>/intrekken/", share_views.share_revoke, name="share-revoke"),
    path("signalen/<uuid:pk>/toegang/", share_views.access_log, name="access-log"),
    path("signalen/<uuid:pk>/acuut-afgehandeld/", share_views.acute_handled, name="acute-handled"),
    path("signalen/<uuid:pk>/reacties/", partner_views.comment, name="comment"),
    path("signalen/<uuid:pk>/dubbelcheck/", partner_views.double_check, name="double-check"),
    path("signalen/<uuid:pk>/actie-voorstellen/", partner_views.action_propose, name="action-propose"),
    path("signalen/<uuid:pk>/volgen/", partner_views.follow, name="follow"),
    path("signalen/acties/<uuid:pk>/", views.action_update, name="action-update"),
    path("schermafbeeldingen/<uuid:pk>/", views.attachment, name="attachment"),
    path("fenomenen/", views.phenomena, name="phenomena"),
    path("fenomenen/<slug:code>/oefenen/", views.practise, name="practise"),
]
