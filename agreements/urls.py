from django.urls import path

from . import views

app_name = "agreements"

urlpatterns = [
    path("afsprakenkaart/", views.overview, name="overview"),
    path("afsprakenkaart/nieuw/", views.card_create, name="card_create"),
    path("afsprakenkaart/vergelijken/", views.card_compare, name="compare"),
    path("afsprakenkaart/<uuid:pk>/", views.card_detail, name="card"),
    path("afsprakenkaart/<uuid:pk>/kolom/<uuid:organisation_pk>/", views.column_edit, name="column"),
    path("afsprakenkaart/<uuid:pk>/akkoord/", views.column_agree, name="agree"),
    path("afsprakenkaart/<uuid:pk>/ter-akkoord/", views.card_submit, name="submit"),
    path("afsprakenkaart/<uuid:pk>/terug-naar-concept/", views.card_reopen, name="reopen"),
    path("afsprakenkaart/<uuid:pk>/vaststellen/", views.card_adopt, name="adopt"),
    path("afsprakenkaart/<uuid:pk>/pdf/", views.card_pdf, name="pdf"),
    path("afsprakenkaart/oefensessies/", views.session_list, name="sessions"),
    path("afsprakenkaart/oefensessies/nieuw/", views.session_create, name="session_create"),
    path("afsprakenkaart/oefensessies/<uuid:pk>/", views.session_detail, name="session"),
    path(
        "afsprakenkaart/oefensessies/<uuid:pk>/voorbeeld/<int:phenomenon_pk>/",
        views.session_answer,
        name="session_answer",
    ),
    path("afsprakenkaart/oefensessies/<uuid:pk>/verder/", views.session_advance, name="session_advance"),
    path("afsprakenkaart/oefensessies/<uuid:pk>/conclusies/", views.session_conclusions, name="session_conclusions"),
    path("convenant/", views.covenant, name="covenant"),
    path("convenant/bewerken/", views.covenant_edit, name="covenant_edit"),
    path("convenant/document/", views.covenant_document, name="covenant_document"),
    path("convenant/document/uploaden/", views.covenant_upload, name="covenant_upload"),
]
