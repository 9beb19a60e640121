"""Security headers and the Content-Security-Policy (issue #9): the production settings pass Django's deployment
check, responses carry HSTS, nosniff, Referrer-Policy, X-Frame-Options and Cache-Control: no-store where they hold
case data, and every HTML page of the permission matrix is served under a strict policy that it keeps to (no inline
script or style, no event-handler attributes)."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.matrix import ENDPOINTS
from tests.roles import build_world

ROOT = Path(__file__).resolve().parent.parent

# What a strict policy must say (config/settings/base.py CONTENT_SECURITY_POLICY).
REQUIRED_DIRECTIVES = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
}

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
STYLE_ELEMENT = re.compile(r"<style[\s>]", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"\sstyle\s*=", re.IGNORECASE)
HANDLER_ATTRIBUTE = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)
JAVASCRIPT_URL = re.compile(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", re.IGNORECASE)


def policy_of(response) -> dict[str, str]:
    header = response.get("Content-Security-Policy")
    assert header, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    directives = {}
    for part in header.split(";"):
        name, _, value = part.strip().partition(" ")
        directives[name] = value
    return directives


def assert_strict_policy(response) -> None:
    directives = policy_of(response)
    for name, value in REQUIRED_DIRECTIVES.items():
        assert directives.get(name) == value, f"{name}: {directives.get(name)!r} != {value!r}"
    header = response["Content-Security-Policy"]
    assert "unsafe-inline" not in header
    assert "unsafe-eval" not in header


def inline_code(html: str) -> list[str]:
    """What a strict policy would refuse in this page: inline scripts, <style> elements, style and on* attributes,
    javascript: URLs. The page's text is HTML-escaped, so user input cannot produce a false finding."""
    found = []
    for name, pattern in (
        ("inline <script>", INLINE_SCRIPT),
        ("<style> element", STYLE_ELEMENT),
        ("style attribute", STYLE_ATTRIBUTE),
        ("event-handler attribute", HANDLER_ATTRIBUTE),
        ("javascript: URL", JAVASCRIPT_URL),
    ):
        for match in pattern.finditer(html):
            found.append(f"{name}: {html[max(0, match.start() - 60) : match.end() + 60]!r}")
    return found


def test_inline_code_finds_what_a_policy_would_refuse():
    """The scanner itself: it must see each kind (else the page test below could not fail)."""
    assert inline_code('<p>ok</p><script src="/static/a.js"></script>') == []
    for page in (
        "<script>alert(1)</script>",
        '<script type="module">x()</script>',
        "<style>p{}</style>",
        '<p style="color:red">',
        '<button onclick="go()">',
        '<a href="javascript:go()">',
    ):
        assert inline_code(page), page


# --- deployment check and production headers -------------------------------------------------------------------


def production_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SAMEN_DUIDEN_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="samenduiden.example.nl",
        DATABASE_URL=os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/samenduiden"),
        REDIS_URL=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
    )
    env.update(extra)
    return env


def test_deploy_check_with_production_settings_reports_nothing():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout, result.stdout + result.stderr


PRODUCTION_PROBE = """
from django.conf import settings
from django.test import Client, override_settings
# No collectstatic here: plain static file names instead of the manifest's (the headers do not depend on it).
override_settings(STORAGES={**settings.STORAGES, "staticfiles": {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}).enable()
client = Client(HTTP_HOST="samenduiden.example.nl")
plain = client.get("/accounts/login/")
print("REDIRECT", plain.status_code, plain.get("Location"))
page = client.get("/accounts/login/", secure=True)
print("STATUS", page.status_code)
for name in ("Strict-Transport-Security", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options",
             "Content-Security-Policy", "Cross-Origin-Opener-Policy"):
    print("HEADER", name, "=", page.get(name))
for cookie in page.cookies.values():
    print("COOKIE", cookie.key, "secure=" + str(bool(cookie["secure"])), "httponly=" + str(bool(cookie["httponly"])))
"""


def test_production_answers_with_hsts_and_secure_cookies():
    """The production settings themselves, in a process of their own: plain http is sent to https, and the https
    answer has HSTS (a year, subdomains, preload), the security headers and a Secure CSRF cookie."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", PRODUCTION_PROBE],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    assert "REDIRECT 301 https://samenduiden.example.nl/accounts/login/" in out, out
    assert "STATUS 200" in out, out
    assert "HEADER Strict-Transport-Security = max-age=31536000; includeSubDomains; preload" in out, out
    assert "HEADER X-Content-Type-Options = nosniff" in out, out
    assert "HEADER Referrer-Policy = same-origin" in out, out
    assert "HEADER X-Frame-Options = DENY" in out, out
    assert "HEADER Cross-Origin-Opener-Policy = same-origin" in out, out
    policy = next(line for line in out.splitlines() if line.startswith("HEADER Content-Security-Policy = "))
    for directive in ("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'"):
        assert directive in policy, policy
    assert "COOKIE csrftoken secure=True" in out, out


def test_production_session_cookie_is_secure_and_http_only():
    from django.conf import settings

    source = (ROOT / "config" / "settings" / "production.py").read_text()
    assert "SESSION_COOKIE_SECURE = True" in source
    assert "CSRF_COOKIE_SECURE = True" in source
    assert settings.SESSION_COOKIE_HTTPONLY is True


# --- headers on pages, API and downloads ---------------------------------------------------------------------------


def assert_security_headers(response, *, no_store: bool = True) -> None:
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    if no_store:
        cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"no-store", "private"} <= cache_control, response["Cache-Control"]
        assert not any(part.startswith(("max-age=", "public")) for part in cache_control), response["Cache-Control"]


@pytest.fixture
def world(db):
    return build_world()


@pytest.mark.django_db
def test_pages_api_and_downloads_are_never_stored(world, client):
    member = world.users["member"]
    client.force_login(member)
    card = world.objects["card_adopted"]
    signal = world.objects["signal"]

    page = client.get(f"/signalen/{signal.pk}/")
    assert page.status_code == 200
    assert_security_headers(page)
    assert_strict_policy(page)

    pdf = client.get(f"/afsprakenkaart/{card.pk}/pdf/")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert_security_headers(pdf)

    covenant = client.get("/convenant/document/")
    assert covenant.status_code == 200
    assert_security_headers(covenant)

    screenshot = client.get(f"/schermafbeeldingen/{world.objects['attachment'].pk}/")
    assert screenshot.status_code == 200
    assert_security_headers(screenshot)

    # The API with a token (no session): JSON and the PDF.
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=member).key}")
    listing = api.get("/api/v1/signals/")
    assert listing.status_code == 200
    assert_security_headers(listing)
    api_pdf = api.get(f"/api/v1/agreement-cards/{card.pk}/pdf/")
    assert api_pdf.status_code == 200 and api_pdf["Content-Type"] == "application/pdf"
    assert_security_headers(api_pdf)

    # The calendar feed: no session, its key is the credential.
    feed = APIClient().get(f"/calendar/{world.objects['feed_key']}.ics")
    assert feed.status_code == 200
    assert_security_headers(feed)


@pytest.mark.django_db
def test_api_refusal_and_anonymous_pages(client):
    refused = APIClient().get("/api/v1/signals/")
    assert refused.status_code == 401
    assert_security_headers(refused)
    # The login page holds no case data: it may be cached, but it has the policy and the other headers.
    login = client.get("/accounts/login/")
    assert login.status_code == 200
    assert_security_headers(login, no_store=False)
    assert_strict_policy(login)
    assert inline_code(login.content.decode()) == []


@pytest.mark.django_db
def test_static_files_keep_their_cache_lifetime(client, django_user_model):
    """WhiteNoise serves static files before the no-store middleware: a signed-in browser still caches app.css."""
    client.force_login(django_user_model.objects.create_user(username="reader", password="x" * 16))
    response = client.get("/static/css/app.css")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
    assert "Content-Security-Policy" not in response


# --- every HTML page of the matrix under a strict policy -----------------------------------------------------------

# The roles that open the most pages between them: the owner organisation's youth worker and its coordinator, the
# network's coordinator (regisseur) and the platform operator (admin).
PAGE_ROLES = ["member", "coordinator", "network_coordinator", "operator"]


@pytest.mark.django_db
@pytest.mark.parametrize("role", PAGE_ROLES)
def test_every_html_page_keeps_to_the_policy(role):
    world = build_world()
    client = APIClient()
    client.force_login(world.users[role])
    checked, failures = [], []
    for endpoint in ENDPOINTS:
        if endpoint.method != "get" or endpoint.pattern.startswith("api/v1/"):
            continue
        path = endpoint.resolve(world)
        response = client.get(path)
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue
        checked.append(path)
        try:
            assert_strict_policy(response)
        except AssertionError as exc:
            failures.append(f"{path}: {exc}")
        failures += [f"{path}: {finding}" for finding in inline_code(response.content.decode())]
        cache_control = response.get("Cache-Control", "")
        if "no-store" not in cache_control:
            failures.append(f"{path}: Cache-Control {cache_control!r}")
    assert len(checked) >= 10, checked  # the test must have looked at pages
    assert failures == []


@pytest.mark.django_db
def test_the_api_documentation_needs_no_inline_script(client):
    """/api/docs/ (Swagger UI) loads its start script from the same URL with ?script: no exception to the policy."""
    client.force_login(get_user_model().objects.create_user(username="apidocs", password="x" * 16))
    page = client.get("/api/docs/")
    assert page.status_code == 200
    assert_strict_policy(page)
    html = page.content.decode()
    assert inline_code(html) == []
    script_src = re.search(r'<script src="(/api/docs/\?[^"]*script[^"]*)"', html)
    assert script_src, html
    script = client.get(script_src.group(1).replace("&amp;", "&"))
    assert script.status_code == 200
    assert script["Content-Type"].startswith("application/javascript")
    assert "SwaggerUIBundle" in script.content.decode()
    assert "no-store" in script["Cache-Control"]  # it carries the CSRF token


# django-simple-history's history page sets one style attribute (no top border on its paginator). The browser
# refuses it and draws the border: cosmetic, so the admin gets no exception to the policy (docs/security.md).
ALLOWED_IN_ADMIN = ['<p class="paginator" style="border-top: 0">']


@pytest.mark.django_db
def test_admin_pages_keep_to_the_policy(admin_client):
    """The operator's admin: the index, every changelist, add form, change form and history page, with the same
    strict policy and no inline code of its own (Django's admin loads its scripts from files)."""
    from django.contrib import admin

    build_world(aftercare=False)  # objects to open
    failures, checked = [], []
    paths = ["/admin/", "/admin/auth/group/add/", "/admin/password_change/"]
    for model in admin.site._registry:
        meta = model._meta
        base = f"/admin/{meta.app_label}/{meta.model_name}/"
        paths += [base, f"{base}add/"]
        first = model._default_manager.order_by("pk").first()
        if first is not None:
            paths += [f"{base}{first.pk}/change/", f"{base}{first.pk}/history/"]
    for path in paths:
        response = admin_client.get(path)
        if response.status_code != 200:
            continue
        checked.append(path)
        assert_strict_policy(response)
        html = response.content.decode()
        for allowed in ALLOWED_IN_ADMIN:
            html = html.replace(allowed, "")
        failures += [f"{path}: {finding}" for finding in inline_code(html)]
    assert len(checked) >= 20, checked
    assert failures == []


@override_settings(CONTENT_SECURITY_POLICY={"DIRECTIVES": {"default-src": ["'self'"]}})
def test_policy_comes_from_the_setting(client, db):
    """The header is built from CONTENT_SECURITY_POLICY (so the strict test above checks the settings)."""
    response = client.get("/accounts/login/")
    assert response["Content-Security-Policy"] == "default-src 'self'"


@pytest.mark.django_db
def test_api_errors_outside_any_view_answer_json_without_a_cookie(client):
    """A path under the API that resolves to nothing (here: a step is a number, not an id) answers the API's JSON 404,
    not the site's page with its CSRF cookie: a token caller never gets a cookie (found by the fuzz test)."""
    world = build_world(aftercare=False)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=world.users['member']).key}")
    signal = world.objects["signal"]
    for path in (f"/api/v1/signals/{signal.pk}/steps/{signal.pk}/", "/api/v1/no-such-thing/", "/api/v2/signals/"):
        response = api.get(path, HTTP_ACCEPT_LANGUAGE="nl")
        assert response.status_code == 404, path
        assert response["Content-Type"] == "application/json", path
        assert response.json() == {"detail": "Niet gevonden."}, path
        assert not response.cookies, (path, list(response.cookies))
        assert_security_headers(response)
    # A person gets the site's page, under the API's documentation too.
    for path in ("/geen-pagina/", "/api/docs/geen-pagina/"):
        page = client.get(path)
        assert page.status_code == 404 and page["Content-Type"].startswith("text/html"), path


def test_api_bad_request_and_server_error_answer_json():
    from django.test import RequestFactory

    from config import errors

    factory = RequestFactory()
    for handler, status in ((errors.server_error, 500), (lambda request: errors.bad_request(request, None), 400)):
        api = handler(factory.get("/api/v1/signals/"))
        assert api.status_code == status and api["Content-Type"] == "application/json"
        assert set(json.loads(api.content)) == {"detail"}
        page = handler(factory.get("/signalen/"))
        assert page.status_code == status and page["Content-Type"].startswith("text/html")
