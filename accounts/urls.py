from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("login/code/", views.login_code, name="login_code"),
    path("tweestapsverificatie/", views.otp_setup, name="otp_setup"),
    path("tweestapsverificatie/reservecodes/", views.backup_codes, name="backup_codes"),
    path("tweestapsverificatie/verwijderen/", views.otp_remove, name="otp_remove"),
    path("wachtwoord/", views.PasswordChangeView.as_view(), name="password_change"),
    path("sessies/afmelden/", views.sessions_end, name="sessions_end"),
]
