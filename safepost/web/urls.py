from __future__ import annotations

from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from safepost.accounts import views as accounts_views
from safepost.signin import views as signin_views
from safepost.web import api, views

SCHOOL = "s/<slug:school>/"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("language/", signin_views.language_view, name="set-language"),
    path("signin/", include("safepost.signin.urls")),
    path(SCHOOL, include("safepost.schools.urls")),
    path(SCHOOL + "consent/", include("safepost.consent.urls")),
    path(SCHOOL + "policy/", include("safepost.policies.urls")),
    path(SCHOOL + "accounts/", include("safepost.accounts.urls")),
    path(SCHOOL + "audit/", include("safepost.audit.urls")),
    path(SCHOOL + "posts/", include("safepost.posts.urls")),
    path(SCHOOL + "inbox/", include("safepost.inbox.urls")),
    path(SCHOOL + "compliance/", include("safepost.compliance.urls")),
    path(SCHOOL + "safeguarding/", include("safepost.safeguarding.urls")),
    path("api/v1/", api.urls),
    path("", include("safepost.reports.urls")),
    path("", include("safepost.people.urls")),
    path("favicon.ico", RedirectView.as_view(url=static("safepost/favicon.svg"), permanent=True)),
    path("", include("safepost.connect.urls")),
    # One address per installation, registered with X and Google as the OAuth redirect URI.
    path("connect/callback/", accounts_views.oauth_callback, name="oauth-callback"),
    path(SCHOOL + "concern/", include("safepost.safeguarding.concern_urls")),
]
