from __future__ import annotations

from django.urls import path

from safepost.consent import views

app_name = "consent"
urlpatterns = [
    path("pupils/<int:pk>/", views.show_consent, name="show-consent"),
]
