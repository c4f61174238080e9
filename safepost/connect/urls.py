from __future__ import annotations

from django.urls import path

from safepost.connect import views

app_name = "connect"
urlpatterns = [
    path("s/<slug:school>/accounts/<int:pk>/connect/facebook/", views.facebook_start, name="facebook-start"),
    path("connect/facebook/done/", views.facebook_done, name="facebook-done"),
    path("connect/facebook/choose/", views.facebook_choose, name="facebook-choose"),
    path("hooks/facebook/", views.facebook_webhook, name="facebook-webhook"),
    path("public-media/<str:token>/", views.public_media, name="public-media"),
]
