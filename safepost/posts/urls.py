from __future__ import annotations

from django.urls import path

from safepost.posts import views

app_name = "posts"
urlpatterns = [
    path("", views.list_queue, name="queue"),
    path("new/", views.compose_post, name="compose-post"),
    path("check/", views.check_post, name="check-post"),
    path("autosave/", views.autosave_post, name="autosave-post"),
    path("photos/", views.upload_photo, name="upload-photo"),
    path("media/<int:pk>/<str:kind>/", views.show_media, name="show-media"),
    path("calendar/", views.show_calendar, name="show-calendar"),
    path("takedowns/", views.list_takedowns, name="list-takedowns"),
    path("takedowns/<int:pk>/done/", views.mark_takedown_done, name="mark-takedown-done"),
    path("takedowns/<int:pk>/assign/", views.assign_takedown, name="assign-takedown"),
    path("accounts/<int:pk>/history/", views.account_history, name="account-history"),
    path("publications/<int:pk>/manual/", views.record_manual, name="record-manual"),
    path("publications/<int:pk>/retry/", views.retry_publication, name="retry-publication"),
    path("<int:pk>/", views.show_post, name="show-post"),
    path("<int:pk>/edit/", views.edit_post, name="edit-post"),
    path("<int:pk>/decide/", views.decide_post, name="decide-post"),
    path("<int:pk>/override/", views.override_post, name="override-post"),
    path("<int:pk>/return-time/", views.return_time_post, name="return-time-post"),
]
