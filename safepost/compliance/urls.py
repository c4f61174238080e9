from __future__ import annotations

from django.urls import path

from safepost.compliance import views

app_name = "compliance"
urlpatterns = [
    path("", views.show_overview, name="show-overview"),
    path("publish/", views.publish_version, name="publish-version"),
    path("review/", views.record_review, name="record-review"),
    path("me/", views.show_mine, name="show-mine"),
    path("me/acknowledge/", views.acknowledge_mine, name="acknowledge-mine"),
    path("me/declare/", views.declare, name="declare"),
    path("me/declarations/<int:pk>/end/", views.end_declaration, name="end-declaration"),
    path("me/checklist/<slug:kind>/", views.complete_checklist, name="complete-checklist"),
    path("me/training/", views.record_own_training, name="record-own-training"),
    path("adults/<int:pk>/training/", views.record_training, name="record-training"),
    path("declarations/<int:pk>/", views.review_declaration, name="review-declaration"),
    path("ack/<str:token>/", views.acknowledge_link, name="acknowledge-link"),
]
