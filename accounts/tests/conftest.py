import time

import pytest
from django.core.cache import cache
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

BACKUP = ["aaaa1111", "bbbb2222"]


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()  # the audit's once-per-hour keys and the rate limits live in Redis


def totp_code(device, *, at: float | None = None) -> str:
    """The code the user's app shows at ``at`` (now by default), computed from the device's key like the app does."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() if at is None else at
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture
def device(member):
    """A confirmed authenticator app of ``member``, with two backup codes."""
    totp = TOTPDevice.objects.create(user=member, name="app", confirmed=True)
    static = StaticDevice.objects.create(user=member, name="backup", confirmed=True)
    for code in BACKUP:
        StaticToken.objects.create(device=static, token=code)
    return totp
