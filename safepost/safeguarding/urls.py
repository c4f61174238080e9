from __future__ import annotations

from django.urls import path

from safepost.safeguarding import views

app_name = "safeguarding"
urlpatterns = [
    path("", views.list_incidents, name="list-incidents"),
    path("new/", views.create_incident, name="create-incident"),
    path("<int:pk>/", views.show_incident, name="show-incident"),
    path("<int:pk>/evidence/", views.add_evidence, name="add-evidence"),
    path("<int:pk>/evidence/<int:item>/file/", views.show_evidence_file, name="show-evidence-file"),
    path("<int:pk>/export/", views.export_incident, name="export-incident"),
    path("<int:pk>/<slug:verb>/", views.act_on_incident, name="act-on-incident"),
    path("pupils/<int:pk>/", views.show_pupil_chronology, name="show-pupil-chronology"),
    path("staff/<int:pk>/", views.show_staff_chronology, name="show-staff-chronology"),
]
