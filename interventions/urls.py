from django.urls import path

from . import views

app_name = "interventions"

urlpatterns = [
    path("interventiematrix/", views.matrix, name="matrix"),
    path("casussen/", views.case_list, name="cases"),
    path("casussen/nieuw/", views.case_create, name="case_create"),
    path("casussen/<uuid:pk>/", views.case_detail, name="case"),
    path("casussen/<uuid:pk>/bewerken/", views.case_edit, name="case_edit"),
    path("casussen/<uuid:pk>/fase/", views.case_phase, name="case_phase"),
    path("casussen/<uuid:pk>/signalen/", views.case_signals, name="case_signals"),
    path(
        "casussen/<uuid:pk>/signalen/<uuid:signal_pk>/eruit/",
        views.case_signal_remove,
        name="case_signal_remove",
    ),
    path("casussen/<uuid:pk>/actieplan/", views.crisis_plan, name="crisis_plan"),
    path("casussen/<uuid:pk>/interventies/nieuw/", views.case_intervention_create, name="case_intervention_create"),
    path(
        "signalen/<uuid:signal_pk>/interventies/nieuw/",
        views.signal_intervention_create,
        name="signal_intervention_create",
    ),
    path("interventies/<uuid:pk>/", views.intervention_detail, name="intervention"),
]
