"""Key the audit chain with an HMAC (the key lives outside the database).

Existing events keep their plain SHA-256 hashes (``keyed`` False) and are verified with the old
scheme. If there are any, this migration appends one keyed ``audit.chain-keyed`` event linked to
the last of them: from then on, rewriting the old events breaks the link to a keyed event, which
needs the key. It also creates the chain head on a fresh database, so a missing head always means
a deleted one.
"""

from django.db import migrations, models


def key_the_chain(apps, schema_editor):
    from safepost.audit.chain import GENESIS, append_keyed_marker

    Event = apps.get_model("audit", "Event")
    ChainHead = apps.get_model("audit", "ChainHead")
    head = ChainHead.objects.filter(pk=1).first()
    if head is None and not Event.objects.exists():
        ChainHead.objects.create(pk=1, seq=0, hash=GENESIS)
        return
    if head is not None and head.seq > 0:
        append_keyed_marker(Event, ChainHead, head)


class Migration(migrations.Migration):

    dependencies = [
        ("audit", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="event",
            name="keyed",
            field=models.BooleanField(default=False),
        ),
        migrations.RunPython(key_the_chain, migrations.RunPython.noop),
    ]
