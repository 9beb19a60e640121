"""Canary: the answer to a data subject request holds only what the asking coordinator's organisation is the
controller of (AVG art. 15; privacy/selectors.py). A signal shared with a partner organisation belongs to its owner:
the export of the partner's coordinator never carries a word of it, whatever the level it was shared at — not the
message (CANARY_FACTS), not its persons (CANARY_FULL), not the owner's own records (CANARY_OWNER) — while the owner's
coordinator finds all of it under the same pseudonym (so the check can fail).

Text is extracted from the PDFs with pypdf and searched with the whitespace taken out."""

import io
import json

import pytest
from pypdf import PdfReader
from rest_framework.test import APIClient

from tests.factories import MembershipFactory
from tests.roles import CANARY_FACTS, CANARY_FULL, CANARY_OWNER, build_world

pytestmark = pytest.mark.django_db

MARKERS = (CANARY_FACTS, CANARY_FULL, CANARY_OWNER)
# The pseudonym of the canary signal's poster, by alias and by account name.
PSEUDONYMS = (f"{CANARY_FULL} alias", f"@{CANARY_FULL}")
# The organisations the canary signal is shared with, by the level of their share.
PARTNERS = {"police": "summary", "enforcement": "facts", "care": "full", "school": "full (expired)"}


def _exports(user, pseudonym: str) -> tuple[dict, str, str]:
    """The JSON answer, the result page and the PDF's text (whitespace taken out) of ``user``'s request."""
    client = APIClient()
    client.force_login(user)
    data = client.post("/privacy/inzage/json/", {"pseudonym": pseudonym})
    pdf = client.post("/privacy/inzage/pdf/", {"pseudonym": pseudonym})
    page = client.post("/privacy/inzage/", {"pseudonym": pseudonym})
    assert data.status_code == pdf.status_code == page.status_code == 200
    reader = PdfReader(io.BytesIO(pdf.content))
    pdf_text = "".join("".join(p.extract_text().split()) for p in reader.pages)
    return json.loads(data.content), page.content.decode(), pdf_text


def test_a_partner_coordinator_never_exports_a_signal_shared_with_them():
    world = build_world()
    coordinators = {
        name: MembershipFactory(organisation=world.objects[name], coordinator=True).user for name in PARTNERS
    }
    # The OOV coordinator (network coordinator): the OOV share at full level was revoked.
    coordinators["oov"] = world.users["network_coordinator"]
    owner_data, _page, owner_pdf = _exports(world.users["coordinator"], PSEUDONYMS[0])
    owner_json = json.dumps(owner_data, ensure_ascii=False)
    for marker in MARKERS:
        assert marker in owner_json
        assert marker in owner_pdf

    for name, user in coordinators.items():
        for pseudonym in PSEUDONYMS:
            data, page, pdf_text = _exports(user, pseudonym)
            assert data["signals"] == [], (name, pseudonym)
            assert data["request"]["pseudonym"] == pseudonym
            # The answer echoes the typed pseudonym back; apart from that, no canary of any kind in any of the three.
            del data["request"]["pseudonym"]
            assert "CANARY" not in json.dumps(data).upper(), (name, pseudonym)
            assert "CANARY" not in page.replace(pseudonym, "").upper(), (name, pseudonym)
            assert "CANARY" not in pdf_text.replace("".join(pseudonym.split()), "").upper(), (name, pseudonym)
