from __future__ import annotations

from django.urls import path

from safepost.policies import views

app_name = "policies"
urlpatterns = [
    path("", views.show_policy, name="show-policy"),
    path("severity/", views.change_severity, name="change-severity"),
    path("pack/", views.choose_pack, name="choose-pack"),
    path("check/", views.check_draft, name="check-draft"),
]
