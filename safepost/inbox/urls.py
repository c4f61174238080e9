from __future__ import annotations

from django.urls import path

from safepost.inbox import views

app_name = "inbox"
urlpatterns = [
    path("", views.list_inbox, name="list-inbox"),
    path("<int:pk>/", views.show_comment, name="show-comment"),
    path("<int:pk>/<slug:verb>/", views.act_on_comment, name="act-on-comment"),
    path("concerns/<int:pk>/", views.show_concern, name="show-concern"),
    path("rota/", views.show_rota, name="show-rota"),
    path("rota/<int:pk>/remove/", views.remove_rota_entry, name="remove-rota-entry"),
    path("replies/<int:pk>/approve/", views.approve_reply, name="approve-reply"),
    path("mentions/", views.list_mentions, name="list-mentions"),
    path("mentions/feeds/<int:pk>/remove/", views.remove_mention_feed, name="remove-mention-feed"),
    path("report/", views.show_sla_report, name="show-sla-report"),
]
