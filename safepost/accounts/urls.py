from __future__ import annotations

from django.urls import path

from safepost.accounts import views

app_name = "accounts"
urlpatterns = [
    path("", views.list_accounts, name="list-accounts"),
    path("apply/", views.apply_account, name="apply-account"),
    path("applications/<int:pk>/", views.show_application, name="show-application"),
    path("applications/<int:pk>/decide/", views.decide_application, name="decide-application"),
    path("applications/<int:pk>/record/", views.record_account, name="record-account"),
    path("<int:pk>/", views.show_account, name="show-account"),
    path("<int:pk>/login/", views.store_login, name="store-login"),
    path("<int:pk>/reveal/", views.reveal_login, name="reveal-login"),
    path("<int:pk>/transfer/", views.transfer_account, name="transfer-account"),
    path("<int:pk>/close/", views.close_account, name="close-account"),
    path("<int:pk>/connect/", views.connect_account, name="connect-account"),
    path("<int:pk>/check/", views.check_account_connection, name="check-connection"),
]
