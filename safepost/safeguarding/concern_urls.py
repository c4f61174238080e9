"""Raising a safeguarding concern: every member of the school, write-only. A namespace of its own
(``concerns``), apart from the incident pages only the DSLs and the headteacher open."""

from __future__ import annotations

from django.urls import path

from safepost.safeguarding import views

app_name = "concerns"
urlpatterns = [
    path("", views.raise_concern, name="raise-concern"),
    path("<int:pk>/", views.show_receipt, name="show-receipt"),
]
