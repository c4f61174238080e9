"""People pages: a school's logins (under /s/<school>/people/), the invitation link, and the
trust view. Included at the site's root, so each path carries its own prefix."""

from __future__ import annotations

from django.urls import path

from safepost.people import views

app_name = "people"
PEOPLE = "s/<slug:school>/people/"
urlpatterns = [
    path(PEOPLE, views.list_people, name="list-people"),
    path(PEOPLE + "invite/", views.invite_person, name="invite-person"),
    path(PEOPLE + "<int:pk>/role/", views.change_role, name="change-role"),
    path(PEOPLE + "<int:pk>/second-factor/reset/", views.reset_second_factor, name="reset-second-factor"),
    path(PEOPLE + "<int:pk>/close/", views.close_login, name="close-login"),
    path(PEOPLE + "<int:pk>/resend/", views.resend_invitation, name="resend-invitation"),
    path("invitation/<str:token>/", views.accept_invitation, name="accept-invitation"),
    path("trust/<slug:organisation>/", views.show_trust, name="show-trust"),
]
