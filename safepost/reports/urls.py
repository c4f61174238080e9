from __future__ import annotations

from django.urls import path

from safepost.reports import views

app_name = "reports"
urlpatterns = [
    path("s/<slug:school>/reports/governors/", views.show_governors_report, name="show-governors-report"),
    path("s/<slug:school>/reports/governors.pdf", views.governors_report_pdf, name="governors-report-pdf"),
    path("trust/<slug:organisation>/reports/governors/", views.show_trust_report, name="show-trust-report"),
]
