"""The demo data: idempotent, and every account the README lists can log in."""

import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from partners.demo import DEMO_OPERATOR_USERNAME, DEMO_PASSWORD, demo_accounts
from partners.models import InformationPosition, Membership, Network, Organisation, User

pytestmark = pytest.mark.django_db

README = Path(__file__).resolve().parent.parent / "README.md"


@override_settings(DEBUG=True)
def test_seed_demo_is_idempotent_and_complete():
    call_command("seed_demo")
    counts = (Network.objects.count(), Organisation.objects.count(), User.objects.count(), Membership.objects.count())
    call_command("seed_demo")
    assert counts == (
        Network.objects.count(),
        Organisation.objects.count(),
        User.objects.count(),
        Membership.objects.count(),
    )
    voorbeeld = Network.objects.get(name="Gemeente Voorbeeld")
    assert sorted(voorbeeld.organisations.values_list("partner_type", flat=True)) == sorted(
        ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving", "other"]
    )
    for organisation in voorbeeld.organisations.all():
        roles = sorted(organisation.memberships.values_list("role", flat=True))
        assert roles == ["coordinator", "member", "member"], organisation
    assert voorbeeld.coordinator.user.username == "oov-coordinator"
    assert Network.objects.get(name="Gemeente Anderstad").coordinator.user.username == "anderstad-oov-coordinator"
    assert InformationPosition.objects.count() == 6


@override_settings(DEBUG=True)
def test_every_demo_account_logs_in_and_is_in_the_readme(client):
    call_command("seed_demo")
    readme = README.read_text()
    usernames = [username for *_, username, _name, _role in demo_accounts()] + [DEMO_OPERATOR_USERNAME]
    for username in usernames:
        assert re.search(rf"`{re.escape(username)}`", readme), f"{username} missing from the README"
        assert client.login(username=username, password=DEMO_PASSWORD), username
        client.logout()
    assert f"`{DEMO_PASSWORD}`" in readme


@override_settings(DEBUG=False)
def test_seed_demo_refuses_without_debug():
    with pytest.raises(CommandError):
        call_command("seed_demo")
    assert not User.objects.exists()


@override_settings(DEBUG=True)
def test_demo_signals_show_a_living_worklist():
    from signals.models import Signal

    call_command("seed_demo")
    signals = Signal.objects.filter(owner_organisation__network__name="Gemeente Voorbeeld")
    assert signals.count() == 8
    assert {s.phenomenon.code for s in signals} >= {"rivaliserende_jeugd", "radicalisering_en_extremisme"}
    assert {s.step for s in signals} >= {1, 3, 5}
    assert signals.filter(is_acute=True).exists()
    assert signals.filter(status="closed").exists()
    assert signals.filter(actions__isnull=False).exists()
    assert not Signal.objects.filter(owner_organisation__network__name="Gemeente Anderstad").exists()
