from django.urls import path

from . import evaluation_views, views

app_name = "aftercare"

urlpatterns = [
    # The aftercare plan and the misinformation log of a case.
    path("casussen/<uuid:pk>/nazorg/", views.plan, name="plan"),
    path("casussen/<uuid:pk>/nazorg/plan-maken/", views.plan_create, name="plan_create"),
    path("casussen/<uuid:pk>/nazorg/taak/", views.task_add, name="task_add"),
    path("nazorgtaken/<uuid:pk>/", views.task_edit, name="task"),
    path("casussen/<uuid:pk>/misinformatie/nieuw/", views.rumour_create, name="rumour_create"),
    path("misinformatie/<uuid:pk>/", views.rumour_edit, name="rumour"),
    # Support for own staff.
    path("ondersteuning/", views.staff_reports, name="staff_reports"),
    path("ondersteuning/melden/", views.staff_report_create, name="staff_report_create"),
    path("ondersteuning/<uuid:pk>/", views.staff_report_detail, name="staff_report"),
    # Evaluations and their report.
    path("evaluaties/", evaluation_views.evaluation_list, name="evaluations"),
    path("casussen/<uuid:pk>/evaluatie/starten/", evaluation_views.evaluation_start, name="evaluation_start"),
    path("evaluaties/<uuid:pk>/", evaluation_views.evaluation_detail, name="evaluation"),
    path("evaluaties/<uuid:pk>/ons-deel/", evaluation_views.part_edit, name="part"),
    path("evaluaties/<uuid:pk>/afronden/", evaluation_views.evaluation_conclude, name="conclude"),
    path("evaluaties/<uuid:pk>/vaststellen/", evaluation_views.evaluation_finalise, name="finalise"),
    path("evaluaties/<uuid:pk>/naar-afsprakenkaart/", evaluation_views.lesson_to_card, name="lesson"),
    path("evaluaties/<uuid:pk>/rapport/", evaluation_views.report_status, name="report"),
    path("evaluaties/<uuid:pk>/rapport/download/", evaluation_views.report_download, name="report_download"),
]
