"""The manual connector, the registry and the interface's promises."""

from __future__ import annotations

import pytest

from safepost.connectors import ConnectorError, Credentials, Health, NotSupported, OutgoingPost, connector_for
from safepost.connectors.bluesky import BlueskyConnector
from safepost.connectors.manual import ManualConnector, record_manual

CREDENTIALS = Credentials(handle="office@school.example", secret="hunter2-secret")


@pytest.mark.parametrize("platform", ["classdojo", "seesaw", "blog", "other"])
def test_it_gives_the_manual_connector_where_there_is_no_api_connector(platform: str) -> None:
    connector = connector_for(platform, CREDENTIALS)

    assert isinstance(connector, ManualConnector)
    caps = connector.capabilities
    assert not any([caps.publish, caps.delete, caps.lookup, caps.fetch_comments, caps.reply, caps.hide,
                    caps.delete_comment])


def test_it_gives_the_bluesky_connector_for_bluesky() -> None:
    connector = connector_for("bluesky", CREDENTIALS, timeout=3.0)
    assert isinstance(connector, BlueskyConnector)
    assert connector.timeout == 3.0


def test_it_names_an_unknown_platform() -> None:
    with pytest.raises(KeyError, match="myspace"):
        connector_for("myspace", CREDENTIALS)


def test_it_tells_the_app_to_show_the_post_for_a_person_to_copy() -> None:
    connector = connector_for("classdojo", CREDENTIALS)
    with pytest.raises(NotSupported) as refused:
        connector.publish(OutgoingPost(text="Hello", idempotency_key="k"))

    assert "copy" in refused.value.message and "cleaned photos" in refused.value.message
    assert not refused.value.retryable
    assert connector.find_published("k") is None
    assert connector.health() is Health.OK


def test_it_records_the_address_a_person_pasted() -> None:
    published = record_manual("  https://www.classdojo.com/story/12345  ")

    assert published.remote_id == published.url == "https://www.classdojo.com/story/12345"
    assert published.published_at is not None


@pytest.mark.parametrize(("url", "says"), [
    ("", "paste the address"),
    ("javascript:alert(1)", "must start with https://"),
    ("ftp://files.example.org/post", "must start with https://"),
    ("www.example.org/post", "must start with https://"),
    ("https://", "no site name"),
    ("https://example.org/a post", "contains spaces"),
    ("https://example.org/" + "a" * 2001, "characters long"),
])
def test_it_refuses_an_address_that_is_not_a_web_address(url: str, says: str) -> None:
    with pytest.raises(ConnectorError, match=says) as refused:
        record_manual(url)
    assert not refused.value.retryable


def test_it_never_prints_the_secret_of_credentials() -> None:
    assert "hunter2-secret" not in repr(CREDENTIALS)
    assert "hunter2-secret" not in str(CREDENTIALS)
    assert "<hidden>" in repr(CREDENTIALS)
