from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.urls import path

from safepost.signin import views

app_name = "signin"
urlpatterns = [
    path("", views.login_view, name="login"),
    path("code/", views.otp_view, name="otp"),
    path("oidc/", views.oidc_start_view, name="oidc-start"),
    path("oidc/callback/", views.oidc_callback_view, name="oidc-callback"),
    path("confirm/", views.reauth_view, name="reauth"),
    path("out/", views.logout_view, name="logout"),
    path("tokens/", views.tokens_view, name="tokens"),
    path("tokens/<int:pk>/revoke/", views.revoke_token_view, name="revoke-token"),
    path("reset/", views.ResetView.as_view(), name="reset"),
    path("reset/sent/", auth_views.PasswordResetDoneView.as_view(template_name="signin/reset_sent.html"),
         name="reset-sent"),
    path("reset/<uidb64>/<token>/", views.ResetConfirmView.as_view(), name="reset-confirm"),
    path("reset/done/", auth_views.PasswordResetCompleteView.as_view(template_name="signin/reset_done.html"),
         name="reset-done"),
]
