from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from partners import views as partner_views

admin.site.site_header = _("Samen Duiden administration")
admin.site.site_title = _("Samen Duiden")

urlpatterns = [
    path("", partner_views.home, name="home"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/profile/", partner_views.profile, name="profile"),
    path("partners/", include("partners.urls")),
    path("", include("signals.urls")),
    path("", include("notifications.urls")),
    path("", include("interventions.urls")),
    path("", include("riskcalendar.urls")),
    path("", include("agreements.urls")),
    path("", include("aftercare.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include("config.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # The docs are a page for people: send a browser to the login page rather than answering 401.
    path("api/docs/", login_required(SpectacularSwaggerView.as_view(url_name="api-schema")), name="api-docs"),
    path("admin/", admin.site.urls),
]
