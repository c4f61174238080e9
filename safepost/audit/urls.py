from __future__ import annotations

from django.urls import path

from safepost.audit import views

app_name = "audit"
urlpatterns = [
    path("", views.list_events, name="list-events"),
    path("export.csv", views.export_events, name="export-events"),
]
