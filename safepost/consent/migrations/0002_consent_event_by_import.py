from django.db import migrations, models


def mark_imported(apps, schema_editor):  # type: ignore[no-untyped-def]
    # Before this field, every change an import made carried the evidence "roster import".
    ConsentEvent = apps.get_model("consent", "ConsentEvent")
    ConsentEvent.objects.filter(evidence="roster import").update(by_import=True)


class Migration(migrations.Migration):

    dependencies = [
        ('consent', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='consentevent',
            name='by_import',
            field=models.BooleanField(default=False),
        ),
        migrations.RunPython(mark_imported, migrations.RunPython.noop),
    ]
