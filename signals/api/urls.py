from django.urls import path

from . import views

urlpatterns = [
    path("signals/", views.SignalListView.as_view(), name="signal-list"),
    path("signals/<uuid:pk>/", views.SignalDetailView.as_view(), name="signal-detail"),
    path("signals/<uuid:pk>/steps/<int:n>/", views.StepView.as_view(), name="signal-step"),
    path("signals/<uuid:pk>/reviews/", views.ReviewListView.as_view(), name="signal-reviews"),
    path("signals/<uuid:pk>/actions/", views.ActionListView.as_view(), name="signal-actions"),
    path("signals/<uuid:pk>/history/", views.HistoryView.as_view(), name="signal-history"),
    path("signals/<uuid:pk>/shares/", views.ShareListView.as_view(), name="signal-shares"),
    path("signals/<uuid:pk>/shares/<uuid:share_id>/", views.ShareDetailView.as_view(), name="signal-share-detail"),
    path("signals/<uuid:pk>/comments/", views.CommentListView.as_view(), name="signal-comments"),
    path("signals/<uuid:pk>/double-checks/", views.DoubleCheckListView.as_view(), name="signal-double-checks"),
    path("signals/<uuid:pk>/access-log/", views.AccessLogView.as_view(), name="signal-access-log"),
    path("signals/<uuid:pk>/attachments/", views.AttachmentUploadView.as_view(), name="signal-attachments"),
    path("actions/<uuid:pk>/", views.ActionDetailView.as_view(), name="action-detail"),
    path("attachments/<uuid:pk>/", views.AttachmentDownloadView.as_view(), name="attachment-download"),
    path("phenomena/", views.PhenomenonListView.as_view(), name="phenomenon-list"),
]
