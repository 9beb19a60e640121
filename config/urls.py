from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from accounts import views as account_views
from partners import views as partner_views

admin.site.site_header = _("Samen Duiden administration")
admin.site.site_title = _("Samen Duiden")

urlpatterns = [
    path("", partner_views.home, name="home"),
    path(
        "accounts/login/",
        account_views.LoginView.as_view(),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/profile/", partner_views.profile, name="profile"),
    path("accounts/", include("accounts.urls")),
    path("partners/", include("partners.urls")),
    path("", include("signals.urls")),
    path("", include("notifications.urls")),
    path("", include("interventions.urls")),
    path("", include("riskcalendar.urls")),
    path("", include("agreements.urls")),
    path("", include("aftercare.urls")),
    path("privacy/", include("privacy.urls")),
    path("", include("overview.urls")),
    path("", include("audit.urls")),
    path("", include("retention.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include("config.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # The docs are a page for people: send a browser to the login page rather than answering 401.
    # The split view serves its start script as a file (?script), so the page needs no inline script (CSP).
    path(
        "api/docs/",
        login_required(SpectacularSwaggerSplitView.as_view(url_name="api-schema", template_name="api/swagger_ui.html")),
        name="api-docs",
    ),
    path("admin/", admin.site.urls),
]

handler400 = "config.errors.bad_request"
handler404 = "config.errors.page_not_found"
handler500 = "config.errors.server_error"
