"""Permission-matrix rows of the signal pages (see tests/matrix.py). The route pages belong to the owner
organisation only; partners read shared signals through the sharing pages (issue 4)."""

from tests.matrix_base import ANON_HTML, Endpoint, expect

OWNER_ONLY_GET = expect(404, anonymous=ANON_HTML, member=200, coordinator=200)
OWNER_ONLY_POST = expect(404, anonymous=ANON_HTML, member=302, coordinator=302)


def _signal(world):
    return world.objects["signal"]


def _action(world):
    from signals.models import Action

    signal = _signal(world)
    action = Action.objects.filter(signal=signal).first()
    if action is None:
        action = Action.objects.create(
            signal=signal,
            kind="direct_message",
            executing_organisation=signal.owner_organisation,
            created_by=signal.created_by,
        )
    return action


def _attachment(world):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from signals import services

    signal = _signal(world)
    existing = signal.attachments.first()
    if existing:
        return existing
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "green").save(buffer, format="PNG")
    return services.attachment_add(
        signal=signal, uploaded=SimpleUploadedFile("x.png", buffer.getvalue()), acting_user=signal.created_by
    )


HTML_SIGNAL_ENDPOINTS = [
    Endpoint("signalen/", "get", "/signalen/", expect(200, anonymous=ANON_HTML)),
    Endpoint("signalen/nieuw/", "get", "/signalen/nieuw/", expect(200, anonymous=ANON_HTML, operator=404)),
    Endpoint("signalen/concept/", "post", "/signalen/concept/", expect(200, anonymous=ANON_HTML, operator=404)),
    # Partners read a shared signal on the same URL, at their level (signals/partner_views.shared_detail).
    Endpoint(
        "signalen/<uuid:pk>/",
        "get",
        lambda w: f"/signalen/{_signal(w).pk}/",
        OWNER_ONLY_GET | {"police_summary": 200, "enforcement_facts": 200, "care_full": 200},
    ),
    Endpoint("signalen/<uuid:pk>/bewerken/", "get", lambda w: f"/signalen/{_signal(w).pk}/bewerken/", OWNER_ONLY_GET),
    Endpoint(
        "signalen/<uuid:pk>/stap/<int:number>/", "get", lambda w: f"/signalen/{_signal(w).pk}/stap/1/", OWNER_ONLY_GET
    ),
    Endpoint(
        "signalen/<uuid:pk>/meekijken/", "post", lambda w: f"/signalen/{_signal(w).pk}/meekijken/", OWNER_ONLY_POST
    ),
    Endpoint(
        "signalen/<uuid:pk>/heropenen/", "post", lambda w: f"/signalen/{_signal(w).pk}/heropenen/", OWNER_ONLY_POST
    ),
    Endpoint(
        "signalen/<uuid:pk>/schermafbeeldingen/",
        "post",
        lambda w: f"/signalen/{_signal(w).pk}/schermafbeeldingen/",
        OWNER_ONLY_POST,
    ),
    Endpoint(
        "signalen/<uuid:pk>/geschiedenis/", "get", lambda w: f"/signalen/{_signal(w).pk}/geschiedenis/", OWNER_ONLY_GET
    ),
    Endpoint("signalen/acties/<uuid:pk>/", "post", lambda w: f"/signalen/acties/{_action(w).pk}/", OWNER_ONLY_POST),
    Endpoint(
        "schermafbeeldingen/<uuid:pk>/",
        "get",
        lambda w: f"/schermafbeeldingen/{_attachment(w).pk}/",
        OWNER_ONLY_GET | {"care_full": 200},
    ),
    Endpoint("fenomenen/", "get", "/fenomenen/", expect(200, anonymous=ANON_HTML)),
    Endpoint(
        "fenomenen/<slug:code>/oefenen/",
        "post",
        "/fenomenen/rivaliserende_jeugd/oefenen/",
        expect(302, anonymous=ANON_HTML, operator=404),
    ),
]

# "Gedeeld met ons" and the joint interpretation (signals/partner_views.py). The POSTs are sent empty: whoever may
# see the signal gets the page back with the errors (400), the others 404; following toggles (302).
SEES_SIGNAL = ["member", "coordinator", "police_summary", "enforcement_facts", "care_full"]
PARTNERS = ["police_summary", "enforcement_facts", "care_full"]

PARTNER_ENDPOINTS = [
    Endpoint("signalen/gedeeld/", "get", "/signalen/gedeeld/", expect(200, anonymous=ANON_HTML)),
    Endpoint(
        "signalen/<uuid:pk>/reacties/",
        "post",
        lambda w: f"/signalen/{_signal(w).pk}/reacties/",
        expect(404, anonymous=ANON_HTML, **dict.fromkeys(SEES_SIGNAL, 400)),
    ),
    Endpoint(
        "signalen/<uuid:pk>/dubbelcheck/",
        "post",
        lambda w: f"/signalen/{_signal(w).pk}/dubbelcheck/",
        # partners at facts level or higher; the owner looks along through the four-eyes review instead
        expect(404, anonymous=ANON_HTML, enforcement_facts=400, care_full=400),
    ),
    Endpoint(
        "signalen/<uuid:pk>/actie-voorstellen/",
        "post",
        lambda w: f"/signalen/{_signal(w).pk}/actie-voorstellen/",
        # partners at any level; the owner plans actions at step 5
        expect(404, anonymous=ANON_HTML, **dict.fromkeys(PARTNERS, 400)),
    ),
    Endpoint(
        "signalen/<uuid:pk>/volgen/",
        "post",
        lambda w: f"/signalen/{_signal(w).pk}/volgen/",
        expect(404, anonymous=ANON_HTML, **dict.fromkeys(SEES_SIGNAL, 302)),
    ),
]

HTML_SIGNAL_ENDPOINTS += PARTNER_ENDPOINTS

# The owner's sharing pages (signals/share_views.py): the owner organisation only; the access log only for its
# coordinator. The POSTs are sent empty: the preview answers with the panel, revoking ends the police share, and
# "acute handled" on a signal that is not acute redirects with the error as a message.
SHARE_ENDPOINTS = [
    Endpoint("signalen/<uuid:pk>/delen/", "get", lambda w: f"/signalen/{_signal(w).pk}/delen/", OWNER_ONLY_GET),
    Endpoint(
        "signalen/<uuid:pk>/delen/voorbeeld/",
        "post",
        lambda w: f"/signalen/{_signal(w).pk}/delen/voorbeeld/",
        expect(404, anonymous=ANON_HTML, member=200, coordinator=200),
    ),
    Endpoint(
        "signalen/<uuid:pk>/delen/<uuid:share_pk>/intrekken/",
        "post",
        lambda w: f"/signalen/{_signal(w).pk}/delen/{w.objects['share'].pk}/intrekken/",
        OWNER_ONLY_POST,
    ),
    Endpoint(
        "signalen/<uuid:pk>/toegang/",
        "get",
        lambda w: f"/signalen/{_signal(w).pk}/toegang/",
        expect(404, anonymous=ANON_HTML, coordinator=200),
    ),
    Endpoint(
        "signalen/<uuid:pk>/acuut-afgehandeld/",
        "post",
        lambda w: f"/signalen/{_signal(w).pk}/acuut-afgehandeld/",
        OWNER_ONLY_POST,
    ),
]

HTML_SIGNAL_ENDPOINTS += SHARE_ENDPOINTS
