"""A local Graph API (Facebook Pages and Instagram) on 127.0.0.1, answering as Meta's documents say.

Request shapes, answers, error bodies and usage headers follow the pages named in
safepost/connectors/graph.py, facebook.py and instagram.py. Every request is recorded (method,
path, query, form fields, uploaded files, headers); faults can be scripted per path; the fake
fetches Instagram ``image_url`` addresses as Meta's servers would ("We cURL media used in
publishing attempts"). Nothing here is a mock of the connector: it is a server the connector talks
HTTP to.
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx

from tests.connectors.fakeserver import Answer, FakeServer
from tests.connectors.fakeserver import Recorded as Base

VERSION = "v25.0"
PAGE_ID = "104000000000001"
PAGE_NAME = "Oakfield Primary School"
PAGE_TOKEN = "EAAPageTokenOakfield0001"
IG_ID = "17841400000000001"
IG_USERNAME = "oakfieldprimary"
APP_ID = "1234567890"
APP_SECRET = "app-secret-0f9e8d7c"


def graph_time(moment: datetime) -> str:
    """How the Graph API writes times: ``2024-03-01T10:00:00+0000``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    files: dict[str, tuple[str, bytes, str]]
    headers: dict[str, str]


@dataclass
class Fault:
    method: str
    path: re.Pattern[str]
    status: int
    body: dict[str, Any]
    headers: dict[str, str]
    times: int
    after: bool = False  # do the work, then answer with the fault (a lost answer)


@dataclass
class Node:
    kind: str  # post, photo, comment, container, media
    fields: dict[str, Any] = field(default_factory=dict)


def error_body(code: int, message: str, *, subcode: int = 0, kind: str = "OAuthException") -> dict[str, Any]:
    error: dict[str, Any] = {"message": message, "type": kind, "code": code, "fbtrace_id": "AbCdEfGh123"}
    if subcode:
        error["error_subcode"] = subcode
    return {"error": error}


class GraphFake(FakeServer):
    """The Graph API on conncore's ``FakeServer`` (tests/connectors/fakeserver.py): its server,
    request record (``requests``) and ``fail_next`` work as for every fake; ``calls`` gives the
    Graph view of each request (path after the version, query and form as plain dicts, uploads),
    and ``fail`` scripts faults per path, including "do the work, then lose the answer"."""

    def __init__(self) -> None:
        super().__init__()
        self.graph_calls: list[Recorded] = []
        self.graph_faults: list[Fault] = []
        self.nodes: dict[str, Node] = {}
        self.page_tokens = {PAGE_TOKEN}
        self.debug: dict[str, Any] = {"app_id": APP_ID, "type": "PAGE", "application": "safepost",
                                      "data_access_expires_at": 0, "expires_at": 0, "is_valid": True,
                                      "profile_id": PAGE_ID, "scopes": ["pages_manage_posts"], "user_id": "7001"}
        self.usage_headers: dict[str, str] = {}
        self.blocked: set[str] = set()
        self.subscribed_fields: list[str] = []
        self.codes: dict[str, str] = {}  # OAuth code -> redirect_uri it was issued for
        self.dialogs: list[dict[str, str]] = []  # the login dialog's queries, as the browser sent them
        self.status_polls_before_finished = 1
        self._ids = itertools.count(1)
        self._lock = self.lock  # the base's RLock: handlers already run under it

    # -- the server ------------------------------------------------------------------------------

    def __enter__(self) -> GraphFake:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def graph_url(self) -> str:
        """The Graph API base the connectors are given (the root plus the version)."""
        return f"{self.url}/{VERSION}"

    # -- scripting -------------------------------------------------------------------------------

    def fail(self, method: str, path: str, status: int, body: dict[str, Any] | None = None, *,
             headers: dict[str, str] | None = None, times: int = 1, after: bool = False) -> None:
        """The next ``times`` requests matching method and path (a regex on the path after the
        version) get this answer instead of the real one."""
        self.graph_faults.append(Fault(method, re.compile(path), status, body or {}, headers or {}, times, after))

    def add_comment(self, on: str, text: str, *, author_id: str = "9001", author_name: str = "A Parent",
                    username: str = "a_parent", created: datetime | None = None, parent: str | None = None,
                    ) -> str:
        """Someone comments on a post or media (or replies to a comment) on the platform."""
        with self._lock:
            comment_id = self._new_comment_id(on if parent is None else parent)
            self.nodes[comment_id] = Node("comment", {
                "id": comment_id, "message": text, "text": text, "on": on, "parent": parent,
                "from": {"id": author_id, "name": author_name, "username": username}, "username": username,
                "created": created or datetime.now(UTC), "is_hidden": False, "hidden": False})
        return comment_id

    def posts(self) -> list[Node]:
        return [node for node in self.nodes.values() if node.kind == "post"]

    def calls(self, method: str, path: str) -> list[Recorded]:
        return [r for r in self.graph_calls if r.method == method and re.fullmatch(path, r.path)]

    # -- handling ------------------------------------------------------------------------------

    def answer(self, request: Base) -> Answer:
        """The base's scripted faults first (``fail_next``), then the Graph API."""
        with self.lock:
            if any(fault.applies(request) for fault in self.faults):
                return super().answer(request)
            self.requests.append(request)
            return self._graph(request)

    def _graph(self, request: Base) -> Answer:
        query = {name: values[-1] for name, values in request.query.items()}
        form, files = self._form(request.header("content-type") or "", request.body)
        path = request.path.removeprefix(f"/{VERSION}/").strip("/")
        if request.method == "GET" and path == "dialog/oauth":
            return self._dialog(query)
        headers = {name.title(): value for name, value in request.headers.items()}
        recorded = Recorded(request.method, path, query, form, files, headers)
        self.graph_calls.append(recorded)
        fault = self._fault(request.method, path)
        if fault is not None and not fault.after:
            return self._json(fault.status, fault.body, fault.headers)
        try:
            status, answer = self._route(recorded)
        except KeyError as missing:
            status, answer = 400, error_body(100, f"(#100) The parameter {missing} is required",
                                             kind="OAuthException")
        if fault is not None:
            return self._json(fault.status, fault.body, fault.headers)
        return self._json(status, answer)

    def _fault(self, method: str, path: str) -> Fault | None:
        for fault in self.graph_faults:
            if fault.times > 0 and fault.method == method and fault.path.fullmatch(path):
                fault.times -= 1
                return fault
        return None

    @staticmethod
    def _form(content_type: str, body: bytes) -> tuple[dict[str, str], dict[str, tuple[str, bytes, str]]]:
        if content_type.startswith("application/x-www-form-urlencoded"):
            return dict(parse_qsl(body.decode(), keep_blank_values=True)), {}
        if not content_type.startswith("multipart/form-data"):
            return {}, {}
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
        form: dict[str, str] = {}
        files: dict[str, tuple[str, bytes, str]] = {}
        for part in message.iter_parts():  # type: ignore[attr-defined]
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            if part.get_filename():
                files[name] = (part.get_filename(), payload, part.get_content_type())
            else:
                form[name] = payload.decode()
        return form, files

    def _json(self, status: int, answer: dict[str, Any], headers: dict[str, str] | None = None) -> Answer:
        return Answer(status, answer, {"Content-Type": "application/json; charset=UTF-8", **self.usage_headers,
                                       **(headers or {})})

    # -- routes ----------------------------------------------------------------------------------

    def _route(self, r: Recorded) -> tuple[int, dict[str, Any]]:
        params = {**r.query, **r.form}
        if r.path == "oauth/access_token":
            return self._oauth(params)
        # The token may come in the query (access_token) or the Authorization header (Bearer).
        bearer = next((v for k, v in r.headers.items() if k.lower() == "authorization"), "")
        token = params.get("access_token") or bearer.removeprefix("Bearer ").strip()
        if r.path == "debug_token":
            if token != f"{APP_ID}|{APP_SECRET}":
                return 400, error_body(190, "Invalid OAuth access token - Cannot parse access token")
            return 200, {"data": self.debug if params.get("input_token") in self.page_tokens
                         else {**self.debug, "is_valid": False}}
        if r.path == "me/accounts":
            return self._accounts(token)
        if token not in self.page_tokens:
            return 400, error_body(190, "Error validating access token: Session has expired on Tuesday, "
                                        "01-Dec-26 10:00:00 PST.", subcode=463)
        segments = r.path.split("/")
        with self._lock:
            if len(segments) == 1:
                return self._node(r.method, segments[0], params)
            if len(segments) == 2:
                return self._edge(r.method, segments[0], segments[1], params, r.files)
        return 400, error_body(2500, "Unknown path components", kind="OAuthException")

    def _node(self, method: str, node_id: str, params: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if node_id == PAGE_ID and method == "GET":
            return 200, {"id": PAGE_ID, "name": PAGE_NAME}
        if node_id == IG_ID and method == "GET":
            return 200, {"id": IG_ID, "username": IG_USERNAME}
        node = self.nodes.get(node_id)
        if node is None or node.fields.get("deleted"):
            return 400, error_body(100, f"Unsupported {method.lower()} request. Object with ID '{node_id}' does "
                                        "not exist, cannot be loaded due to missing permissions, or does not "
                                        "support this operation.", subcode=33, kind="GraphMethodException")
        if method == "DELETE":
            if node.kind in ("media", "container"):
                return 400, error_body(100, "Unsupported delete request.", subcode=33, kind="GraphMethodException")
            node.fields["deleted"] = True
            return 200, {"success": True}
        if method == "POST":
            if node.kind != "comment":
                return 400, error_body(100, "Invalid parameter", kind="OAuthException")
            if "is_hidden" in params:
                node.fields["is_hidden"] = params["is_hidden"] == "true"
            if "hide" in params:
                node.fields["hidden"] = params["hide"] == "true"
            return 200, {"success": True}
        return 200, self._read(node, params.get("fields", "id"))

    def _read(self, node: Node, fields: str) -> dict[str, Any]:
        f = node.fields
        if node.kind == "container":
            f["polls"] = f.get("polls", 0) + 1
            ready = f["status"] != "IN_PROGRESS" or f["polls"] > self.status_polls_before_finished
            if ready and f["status"] == "IN_PROGRESS":
                f["status"] = "FINISHED"
            return {"id": f["id"], "status_code": f["status"]}
        answer: dict[str, Any] = {"id": f["id"]}
        if "permalink_url" in fields:
            answer["permalink_url"] = f.get("permalink_url", "")
        if "permalink" in fields:
            answer["permalink"] = f.get("permalink", "")
        if "created_time" in fields:
            answer["created_time"] = graph_time(f["created"])
        if "timestamp" in fields:
            answer["timestamp"] = graph_time(f["created"])
        return answer

    def _edge(self, method: str, node_id: str, edge: str, params: dict[str, str],
              files: dict[str, tuple[str, bytes, str]]) -> tuple[int, dict[str, Any]]:
        if node_id == PAGE_ID and method == "POST" and edge == "feed":
            return self._feed(params)
        if node_id == PAGE_ID and method == "POST" and edge == "photos":
            return self._photo(params, files)
        if node_id == PAGE_ID and method == "POST" and edge == "subscribed_apps":
            self.subscribed_fields = params["subscribed_fields"].split(",")
            return 200, {"success": True}
        if node_id == PAGE_ID and method == "POST" and edge == "blocked":
            ids = json.loads(params["user"])
            self.blocked.update(str(i) for i in ids)
            return 200, {str(i): True for i in ids}
        if node_id == IG_ID and method == "POST" and edge == "media":
            return self._container(params)
        if node_id == IG_ID and method == "POST" and edge == "media_publish":
            return self._media_publish(params)
        node = self.nodes.get(node_id)
        if node is None or node.fields.get("deleted"):
            return 400, error_body(100, f"Object with ID '{node_id}' does not exist", subcode=33,
                                   kind="GraphMethodException")
        if edge == "comments" and method == "GET":
            return self._comments(node_id, params)
        if edge in ("comments", "replies") and method == "POST":
            if edge == "replies" and node.fields.get("hidden"):
                return 400, error_body(100, "You cannot reply to a hidden comment", kind="OAuthException")
            target = node.fields.get("parent") or node_id if node.kind == "comment" else node_id
            on = node.fields.get("on", node_id) if node.kind == "comment" else node_id
            with_parent = target if node.kind == "comment" else None
            comment_id = self._new_comment_id(target)
            self.nodes[comment_id] = Node("comment", {
                "id": comment_id, "message": params["message"], "text": params["message"], "on": on,
                "parent": with_parent, "from": {"id": PAGE_ID, "name": PAGE_NAME, "username": IG_USERNAME},
                "username": IG_USERNAME, "created": datetime.now(UTC), "is_hidden": False, "hidden": False,
                "permalink_url": f"https://www.facebook.com/{on}?comment_id={comment_id}"})
            return 200, {"id": comment_id}
        return 400, error_body(100, f"Tried accessing nonexisting field ({edge})", kind="OAuthException")

    def _new_id(self) -> str:
        return str(next(self._ids) + 500000)

    def _new_comment_id(self, on: str) -> str:
        return f"{on.split('_')[-1]}_{self._new_id()}"

    def _new_post(self, message: str, photos: list[str]) -> str:
        post_id = f"{PAGE_ID}_{self._new_id()}"
        self.nodes[post_id] = Node("post", {
            "id": post_id, "message": message, "photos": photos, "created": datetime.now(UTC),
            "permalink_url": f"https://www.facebook.com/{PAGE_ID}/posts/{post_id.split('_')[1]}"})
        return post_id

    def _feed(self, params: dict[str, str]) -> tuple[int, dict[str, Any]]:
        attached = [json.loads(value)["media_fbid"] for key, value in sorted(params.items())
                    if key.startswith("attached_media[")]
        for media_id in attached:
            photo = self.nodes.get(media_id)
            if photo is None or photo.kind != "photo" or photo.fields["published"]:
                return 400, error_body(100, "(#100) param attached_media must be unpublished photos")
        if not params.get("message") and not attached:
            return 400, error_body(100, "(#100) Missing message or attachment")
        post_id = self._new_post(params.get("message", ""), attached)
        return 200, {"id": post_id}

    def _photo(self, params: dict[str, str], files: dict[str, tuple[str, bytes, str]]) -> tuple[int, dict[str, Any]]:
        if "source" not in files and "url" not in params:
            return 400, error_body(324, "(#324) Requires upload file")
        photo_id = self._new_id()
        published = params.get("published", "true") == "true"
        self.nodes[photo_id] = Node("photo", {"id": photo_id, "published": published,
                                              "alt_text_custom": params.get("alt_text_custom", ""),
                                              "data": files["source"][1] if "source" in files else b"",
                                              "created": datetime.now(UTC)})
        if not published:
            return 200, {"id": photo_id}
        post_id = self._new_post(params.get("message", ""), [photo_id])
        return 200, {"id": photo_id, "post_id": post_id}

    def _comments(self, node_id: str, params: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if self.nodes[node_id].kind == "media":  # Instagram: top-level comments with their replies
            return self._ig_comments(node_id, params)
        since = datetime.fromtimestamp(int(params["since"]), UTC) if params.get("since") else None
        comment_on_comment = self.nodes[node_id].kind == "comment"

        def belongs(c: Node) -> bool:
            if comment_on_comment:
                return c.fields["parent"] == node_id
            # filter=stream: every comment and reply on the post; toplevel (the default): first level only
            return c.fields["on"] == node_id and (params.get("filter") == "stream" or c.fields["parent"] is None)

        wanted = [c for c in self.nodes.values() if c.kind == "comment" and not c.fields.get("deleted")
                  and belongs(c) and (since is None or c.fields["created"] >= since)]
        wanted.sort(key=lambda c: c.fields["created"])
        limit = int(params.get("limit", 25))
        start = int(params.get("after", 0) or 0)
        page = wanted[start:start + limit]
        data = []
        for c in page:
            item = {"id": c.fields["id"], "message": c.fields["message"],
                    "created_time": graph_time(c.fields["created"]), "from": {"id": c.fields["from"]["id"],
                                                                             "name": c.fields["from"]["name"]},
                    "permalink_url": f"https://www.facebook.com/{node_id}?comment_id={c.fields['id']}"}
            if c.fields["parent"]:
                item["parent"] = {"id": c.fields["parent"]}
            data.append(item)
        answer: dict[str, Any] = {"data": data, "paging": {"cursors": {"before": str(start),
                                                                        "after": str(start + len(page))}}}
        if start + limit < len(wanted):
            query = {**{k: v for k, v in params.items() if k != "after"}, "after": str(start + limit)}
            answer["paging"]["next"] = f"{self.graph_url}/{node_id}/comments?{urlencode(query)}"
        return 200, answer

    def _ig_comments(self, media_id: str, params: dict[str, str]) -> tuple[int, dict[str, Any]]:
        top = sorted((c for c in self.nodes.values() if c.kind == "comment" and not c.fields.get("deleted")
                      and c.fields["on"] == media_id and c.fields["parent"] is None),
                     key=lambda c: c.fields["created"])
        limit = int(params.get("limit", 25))
        start = int(params.get("after", 0) or 0)
        data = []
        for c in top[start:start + limit]:
            replies = sorted((r for r in self.nodes.values() if r.kind == "comment" and not r.fields.get("deleted")
                              and r.fields["parent"] == c.fields["id"]), key=lambda r: r.fields["created"])
            data.append({**self._ig_comment(c), "hidden": c.fields["hidden"],
                         "replies": {"data": [self._ig_comment(r) for r in replies]}})
        answer: dict[str, Any] = {"data": data, "paging": {"cursors": {"after": str(start + len(data))}}}
        if start + limit < len(top):
            query = {**{k: v for k, v in params.items() if k != "after"}, "after": str(start + limit)}
            answer["paging"]["next"] = f"{self.graph_url}/{media_id}/comments?{urlencode(query)}"
        return 200, answer

    @staticmethod
    def _ig_comment(c: Node) -> dict[str, Any]:
        return {"id": c.fields["id"], "text": c.fields["text"], "timestamp": graph_time(c.fields["created"]),
                "username": c.fields["username"], "from": {"id": c.fields["from"]["id"],
                                                           "username": c.fields["username"]}}

    # -- Instagram publishing ----------------------------------------------------------------------

    def _container(self, params: dict[str, str]) -> tuple[int, dict[str, Any]]:
        container_id = self._new_id()
        if params.get("media_type") == "CAROUSEL":
            children = params["children"].split(",")
            if not 2 <= len(children) <= 10 or any(self.nodes.get(c) is None for c in children):
                return 400, error_body(100, "(#100) The carousel must have between 2 and 10 valid children")
            self.nodes[container_id] = Node("container", {"id": container_id, "status": "FINISHED",
                                                          "children": children, "caption": params.get("caption", "")})
            return 200, {"id": container_id}
        image_url = params["image_url"]
        status, image = self._fetch(image_url)
        self.nodes[container_id] = Node("container", {
            "id": container_id, "status": "IN_PROGRESS" if status == "ok" else "ERROR", "image_url": image_url,
            "image": image, "alt_text": params.get("alt_text", ""), "caption": params.get("caption", ""),
            "carousel_item": params.get("is_carousel_item") == "true"})
        return 200, {"id": container_id}

    @staticmethod
    def _fetch(url: str) -> tuple[str, bytes]:
        """Fetch the photo as Meta does: it must answer 200 with a JPEG."""
        try:
            response = httpx.get(url, timeout=5)
        except httpx.HTTPError:
            return "unreachable", b""
        if response.status_code != 200 or response.headers.get("Content-Type") != "image/jpeg":
            return f"http {response.status_code}", b""
        return "ok", response.content

    def _media_publish(self, params: dict[str, str]) -> tuple[int, dict[str, Any]]:
        container = self.nodes.get(params["creation_id"])
        if container is None or container.fields["status"] != "FINISHED":
            return 400, error_body(9007, "Media ID is not available", subcode=2207027)
        container.fields["status"] = "PUBLISHED"
        media_id = self._new_id()
        self.nodes[media_id] = Node("media", {
            "id": media_id, "caption": container.fields["caption"], "container": container.fields["id"],
            "created": datetime.now(UTC), "permalink": f"https://www.instagram.com/p/Fake{media_id}/"})
        return 200, {"id": media_id}

    def media(self) -> list[Node]:
        return [node for node in self.nodes.values() if node.kind == "media"]

    def container_of(self, media: Node) -> Node:
        return self.nodes[media.fields["container"]]

    # -- Facebook Login ------------------------------------------------------------------------------

    def issue_code(self, redirect_uri: str) -> str:
        code = f"code-{self._new_id()}"
        self.codes[code] = redirect_uri
        return code

    def _dialog(self, query: dict[str, str]) -> Answer:
        """Facebook's login dialog, as if the person signed in and allowed everything at once:
        back to ``redirect_uri`` with a code and the same ``state`` (manual-flow guide)."""
        self.dialogs.append(query)
        target = query["redirect_uri"] + "?" + urlencode({"code": self.issue_code(query["redirect_uri"]),
                                                          "state": query.get("state", "")})
        return Answer(302, b"", {"Location": target})

    def _oauth(self, params: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if params.get("client_id") != APP_ID or params.get("client_secret") != APP_SECRET:
            return 400, error_body(1, "Error validating client secret.")
        if params.get("grant_type") == "fb_exchange_token":
            if params.get("fb_exchange_token") != "short-user-token":
                return 400, error_body(190, "Invalid OAuth access token.")
            return 200, {"access_token": "long-user-token", "token_type": "bearer", "expires_in": 5183944}
        code = params.get("code", "")
        if self.codes.pop(code, None) != params.get("redirect_uri"):
            return 400, error_body(100, "Invalid verification code format.", subcode=36007)
        return 200, {"access_token": "short-user-token", "token_type": "bearer", "expires_in": 5183944}

    def _accounts(self, token: str) -> tuple[int, dict[str, Any]]:
        if token != "long-user-token":
            return 400, error_body(190, "Invalid OAuth access token.")
        return 200, {"data": [
            {"id": PAGE_ID, "name": PAGE_NAME, "access_token": PAGE_TOKEN, "category": "School",
             "tasks": ["ANALYZE", "ADVERTISE", "MODERATE", "CREATE_CONTENT", "MANAGE"],
             "instagram_business_account": {"id": IG_ID, "username": IG_USERNAME}},
            {"id": "104000000000002", "name": "Oakfield PTA", "access_token": "EAAPageTokenPTA", "category": "School",
             "tasks": ["MODERATE", "CREATE_CONTENT"]},
        ], "paging": {"cursors": {"before": "MA", "after": "MQ"}}}


def usage(call_count: int, *, regain_minutes: int = 0) -> dict[str, str]:
    """The usage headers Meta adds once an app has made enough calls (rate-limiting page)."""
    app = {"call_count": call_count, "total_cputime": max(0, call_count - 20), "total_time": max(0, call_count - 10)}
    business = {PAGE_ID: [{"type": "pages", "call_count": call_count, "total_cputime": 10, "total_time": 12,
                           "estimated_time_to_regain_access": regain_minutes}]}
    return {"X-App-Usage": json.dumps(app), "X-Business-Use-Case-Usage": json.dumps(business)}


@dataclass
class PhotoServer:
    """A public-address stand-in for safepost's signed media URLs: serves each photo until withdrawn."""

    photos: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    withdrawn: list[str] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None
    root: str = ""

    def __enter__(self) -> PhotoServer:
        host = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                found = host.photos.get(self.path)
                data, kind = found if found else (b"", "text/plain")
                self.send_response(200 if found else 404)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        self.root = f"http://127.0.0.1:{self._server.server_address[1]}"
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()

    def url_for(self, photo: Any) -> str:
        path = f"/m/{len(self.photos) + 1}.jpg"
        self.photos[path] = (photo.data, photo.mime_type)
        return self.root + path

    def withdraw(self, url: str) -> None:
        self.photos.pop(urlsplit(url).path, None)
        self.withdrawn.append(url)


def hours_ago(hours: float) -> datetime:
    return datetime.now(UTC) - timedelta(hours=hours)
