"""API tokens gain an expiry, the second-factor state of the session that made them and a
fingerprint of the password and second factor; django-axes replaces LoginAttempt.

Tokens made before this migration are revoked: they may have been made by a session that had
not passed the second factor (issue 8), and their owners' passwords may have changed since."""

from datetime import timedelta

from django.db import migrations, models


def revoke_old_tokens(apps, schema_editor):
    ApiToken = apps.get_model("signin", "ApiToken")
    for token in ApiToken.objects.all():
        token.expires_at = token.created_at + timedelta(days=90)
        token.revoked = True
        token.save(update_fields=["expires_at", "revoked"])


class Migration(migrations.Migration):

    dependencies = [
        ("signin", "0002_oidc_identity"),
    ]

    operations = [
        migrations.DeleteModel(name="LoginAttempt"),
        migrations.AddField(model_name="apitoken", name="expires_at", field=models.DateTimeField(null=True)),
        migrations.AddField(model_name="apitoken", name="verified", field=models.BooleanField(
            default=False, help_text="made by a session that passed the second factor")),
        migrations.AddField(model_name="apitoken", name="credentials", field=models.CharField(
            default="", max_length=64, help_text="fingerprint of the password and second factor"), preserve_default=False),
        migrations.RunPython(revoke_old_tokens, migrations.RunPython.noop),
        migrations.AlterField(model_name="apitoken", name="expires_at", field=models.DateTimeField()),
    ]
