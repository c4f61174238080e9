"""Deployment defaults: CSP, HSTS and secure cookies, no-store pages, `serve` running the
deployment checks, a private data directory, keys outside it, and retiring old vault keys."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from safepost.audit.models import Event
from safepost.schools.models import Role
from safepost.web import config, runtime
from safepost.web.checks import check_data_dir_private, check_key_locations
from tests.web.conftest import World, verified_client

REPO = Path(__file__).resolve().parents[2]
TEMPLATES = sorted(REPO.glob("safepost/*/templates/**/*.html"))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment of a fresh install: none of the tests' own SAFEPOST_* settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SAFEPOST_", "DATABASE_URL", "DJANGO_"))}
    env.update(PYTHONPATH=str(REPO), **extra)
    return env


def _settings_in_fresh_process(**env: str) -> dict[str, object]:
    code = ("import json, django; django.setup(); from django.conf import settings as s; "
            "print(json.dumps({k: getattr(s, k) for k in ['SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', "
            "'SECURE_HSTS_SECONDS', 'SECURE_PROXY_SSL_HEADER', 'SECURE_SSL_REDIRECT', 'SAFEPOST_HTTPS']}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO,
                          env=_clean_env(DJANGO_SETTINGS_MODULE="safepost.web.settings", **env))
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ---- HTTPS, cookies, HSTS -----------------------------------------------------------------

def test_it_defaults_to_secure_cookies_and_hsts_and_turns_them_off_only_when_told(tmp_path: Path) -> None:
    default = _settings_in_fresh_process(SAFEPOST_DATA_DIR=str(tmp_path / "a"))
    assert default == {"SESSION_COOKIE_SECURE": True, "CSRF_COOKIE_SECURE": True, "SECURE_HSTS_SECONDS": 31536000,
                       "SECURE_PROXY_SSL_HEADER": None, "SECURE_SSL_REDIRECT": False, "SAFEPOST_HTTPS": True}
    demo = _settings_in_fresh_process(SAFEPOST_DATA_DIR=str(tmp_path / "b"), SAFEPOST_DEMO="1")
    assert demo["SESSION_COOKIE_SECURE"] is False and demo["SECURE_HSTS_SECONDS"] == 0
    plain_http = _settings_in_fresh_process(SAFEPOST_DATA_DIR=str(tmp_path / "c"), SAFEPOST_HTTPS="0")
    assert plain_http["CSRF_COOKIE_SECURE"] is False and plain_http["SECURE_HSTS_SECONDS"] == 0
    proxied = _settings_in_fresh_process(SAFEPOST_DATA_DIR=str(tmp_path / "d"),
                                         SAFEPOST_PROXY_SSL_HEADER="X-Forwarded-Proto", SAFEPOST_HSTS_SECONDS="600")
    assert proxied["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert proxied["SECURE_HSTS_SECONDS"] == 600


def test_it_explains_a_bad_proxy_header_and_hsts_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "PROBLEMS", [])
    monkeypatch.setenv("SAFEPOST_PROXY_SSL_HEADER", "X Forwarded: https")
    monkeypatch.setenv("SAFEPOST_HSTS_SECONDS", "a year")
    assert config.read_proxy_ssl_header() is None
    assert config.env_int("SAFEPOST_HSTS_SECONDS", 5) == 5
    assert [p.setting for p in config.PROBLEMS] == ["SAFEPOST_PROXY_SSL_HEADER", "SAFEPOST_HSTS_SECONDS"]


@pytest.mark.django_db
def test_it_sends_hsts_over_https_only() -> None:
    with override_settings(SECURE_HSTS_SECONDS=31536000):
        client = Client()
        assert client.get(reverse("signin:login"), secure=True)["Strict-Transport-Security"] == "max-age=31536000"
        assert "Strict-Transport-Security" not in client.get(reverse("signin:login"))


# ---- CSP and caching ----------------------------------------------------------------------

@pytest.mark.django_db
def test_it_sends_a_self_only_content_security_policy() -> None:
    response = Client().get(reverse("signin:login"))
    policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    assert policy["default-src"] == "'self'" and policy["script-src"] == "'self'" and policy["style-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'" and policy["img-src"] == "'self' data:"
    assert "unsafe" not in response["Content-Security-Policy"]
    html = response.content.decode()
    assert '"includeIndicatorStyles":false' in html  # htmx would otherwise inject an inline <style>


#: Templates only WeasyPrint reads, in the server's own process, never sent to a browser: their
#: page rules (@page, running footers with a translated word) need a <style> the CSP never sees.
PDF_ONLY = {REPO / "safepost" / "reports" / "templates" / "reports" / "pdf.html"}


def test_it_has_no_inline_script_or_style_in_any_template() -> None:
    assert len(TEMPLATES) > 10
    inline = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle=|\son[a-z]+=|javascript:|hx-on", re.I)
    offenders = [f"{path.relative_to(REPO)}: {m.group(0)}" for path in TEMPLATES if path not in PDF_ONLY
                 for m in inline.finditer(path.read_text())]
    assert offenders == []


def test_it_marks_pupil_and_consent_pages_no_store(world: World) -> None:
    client = verified_client(world.users[Role.HEADTEACHER])
    pupils = client.get(reverse("schools:list-pupils", kwargs={"school": world.school.slug}))
    consent = client.get(reverse("consent:show-consent", kwargs={"school": world.school.slug, "pk": world.pupils[0].pk}))
    for response in (pupils, consent):
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert world.pupils[0].first_name in pupils.content.decode()


def test_it_leaves_static_files_cacheable(world: World) -> None:
    response = Client().get("/static/safepost/site.css")
    assert response.status_code == 200 and "no-store" not in response.get("Cache-Control", "")


# ---- serve runs the deployment checks -----------------------------------------------------

@pytest.mark.django_db
def test_it_runs_the_deployment_checks_and_refuses_errors(capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from safepost.commands import serve

    with override_settings(DEBUG=True):
        assert serve._checks_pass(argparse.Namespace(allow_insecure=False), "serve") is False
        err = capsys.readouterr().err
        assert "error: SAFEPOST_DEBUG is on" in err and "not started" in err
        assert "warning:" in err  # the tests run without HTTPS: Django's cookie warnings are printed
        assert "SECURE_HSTS_PRELOAD" not in err  # silenced: an opt-in commitment for the whole domain
        assert serve._checks_pass(argparse.Namespace(allow_insecure=True), "serve") is True
        assert "starting despite the errors above (--allow-insecure)" in capsys.readouterr().err


def test_it_will_not_serve_with_debug_on_from_the_command_line(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "safepost", "serve", "--data-dir", str(tmp_path / "d"),
                           "--port", "8999"], capture_output=True, text=True, timeout=120, cwd=REPO,
                          env=_clean_env(SAFEPOST_DEBUG="1"))
    assert done.returncode == 2, done.stderr
    assert "safepost serve: error: SAFEPOST_DEBUG is on" in done.stderr
    assert "safepost serve: warning:" in done.stderr and "SAFEPOST_KEYS_DIR" in done.stderr
    assert "not started" in done.stderr and "listening" not in done.stdout


# ---- the data directory and the keys ------------------------------------------------------

def test_it_creates_a_private_data_dir_with_the_keys_elsewhere(tmp_path: Path) -> None:
    data, keys = tmp_path / "data", tmp_path / "keys"
    env = _clean_env(SAFEPOST_DATA_DIR=str(data), SAFEPOST_KEYS_DIR=str(keys), SAFEPOST_HTTPS="0")

    def safepost(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "safepost", *args], capture_output=True, text=True,
                              timeout=300, cwd=REPO, env=env)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout + done.stderr

    safepost("manage", "migrate", "--verbosity", "0")
    safepost("manage", "add_school", "keyschool", "Key School", "--head", "head-k")
    rotated = safepost("vault", "rotate", "--retire")
    assert "1 old key(s) retired" in rotated
    assert "events, chain intact" in safepost("audit", "verify")
    assert _mode(data) == 0o700 and _mode(data / "safepost.sqlite3") == 0o600
    assert sorted(p.name for p in keys.iterdir()) == ["audit-key", "secret-key", "vault-keys"]
    assert all(_mode(p) == 0o600 for p in keys.iterdir()) and _mode(keys) == 0o700
    assert not any((data / name).exists() for name in ("audit-key", "secret-key", "vault-keys"))
    assert len((keys / "vault-keys").read_text().split()) == 1


def test_it_tightens_an_old_world_readable_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "old"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    (data / "safepost.sqlite3").write_bytes(b"")
    (data / "safepost.sqlite3").chmod(0o644)
    paths = [data, data / "safepost.sqlite3"]
    assert [e.id for e in check_data_dir_private(paths)] == ["safepost.E102", "safepost.E102"]
    changed = runtime.make_data_dir_private(data)
    assert changed == [f"{data} is now 0700", "safepost.sqlite3 is now 0600"]
    assert check_data_dir_private(paths) == []


def test_it_warns_when_the_keys_sit_in_the_data_dir() -> None:
    with override_settings(SAFEPOST_KEYS_IN_DATA_DIR=["secret-key", "vault-keys"]):
        [warning] = check_key_locations()
        assert warning.id == "safepost.W103" and "secret-key, vault-keys" in warning.msg
    with override_settings(SAFEPOST_KEYS_IN_DATA_DIR=[]):
        assert check_key_locations() == []


def test_it_reads_the_secret_key_from_its_own_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SAFEPOST_SECRET_KEY", raising=False)
    monkeypatch.setenv("SAFEPOST_SECRET_KEY_FILE", str(tmp_path / "etc" / "safepost-secret"))
    first = config.read_secret_key(tmp_path / "data")
    assert (tmp_path / "etc" / "safepost-secret").read_text().strip() == first
    assert _mode(tmp_path / "etc" / "safepost-secret") == 0o600
    assert not (tmp_path / "data").exists()
    assert config.keys_in_data_dir(tmp_path / "data") == ["vault-keys", "audit-key"]


def test_it_keeps_the_first_key_written_when_two_processes_generate_one(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "vault-keys"
    assert config.write_private(path, "first\n", replace=False) is True
    assert config.write_private(path, "second\n", replace=False) is False
    assert path.read_text() == "first\n" and _mode(path) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["vault-keys"]  # no temporary file left
    assert config.write_private(path, "rotated\n") is True and path.read_text() == "rotated\n"


# ---- vault key rotation and retirement ----------------------------------------------------

def test_it_retires_old_vault_keys_after_re_encrypting(world: World) -> None:
    from cryptography.fernet import Fernet, InvalidToken

    from safepost.accounts import actions, vault
    from safepost.accounts.models import OfficialAccount
    from safepost.schools.models import Membership
    from tests.web.test_accounts import apply, approve, record_account

    account = record_account(world, (app := apply(world)) and (approve(world, app) or app))
    membership = Membership.objects.get(user=world.users[Role.ADMINISTRATOR])
    actions.do_store_login(membership, account, "alphape", "pw-1")
    old_keys = vault.keys()
    actions.do_rotate_vault_key()
    assert actions.do_retire_vault_keys() == len(old_keys)
    account.refresh_from_db()
    assert vault.keys() == [vault.keys()[0]] and vault.keys()[0] not in old_keys
    assert vault.unseal(account.secret)["password"] == "pw-1"
    for key in old_keys:  # a key from an old backup opens nothing stored now
        with pytest.raises(InvalidToken):
            Fernet(key).decrypt(account.secret.encode())
    actions_done = list(Event.objects.filter(action__startswith="vault.").values_list("action", flat=True))
    assert actions_done[-3:] == ["vault.key-rotated", "vault.reencrypted", "vault.keys-retired"]
    # A login no key opens: nothing is retired, and the keys stay as they were.
    OfficialAccount.objects.filter(pk=account.pk).update(secret=Fernet(Fernet.generate_key()).encrypt(b"{}").decode())
    vault.write_keys([Fernet.generate_key(), *vault.keys()])
    before = vault.keys()
    with pytest.raises(vault.VaultError, match="cannot be decrypted"):
        actions.do_retire_vault_keys()
    assert vault.keys() == before
