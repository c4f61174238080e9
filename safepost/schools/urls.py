from __future__ import annotations

from django.urls import path

from safepost.schools import views

app_name = "schools"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("staff/", views.list_staff, name="list-staff"),
    path("staff/add/", views.add_staff, name="add-staff"),
    path("staff/<int:pk>/edit/", views.edit_staff, name="edit-staff"),
    path("staff/<int:pk>/leave/", views.leave_staff, name="leave-staff"),
    path("staff/<int:pk>/leave/undo/", views.undo_leaving, name="undo-leaving"),
    path("pupils/", views.list_pupils, name="list-pupils"),
    path("import/<str:kind>/", views.upload_import, name="upload-import"),
    path("imports/<int:pk>/", views.preview_import, name="preview-import"),
    path("imports/<int:pk>/apply/", views.apply_import, name="apply-import"),
]
