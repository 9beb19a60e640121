"""Building blocks of the permission matrix (tests/matrix.py)."""

from dataclasses import dataclass

from tests.roles import ROLES

ANON_HTML = 302  # to the login page
ANON_API = 401  # token authentication comes first, so DRF answers 401 with WWW-Authenticate: Token

ALL_AUTHENTICATED = [r for r in ROLES if r != "anonymous"]
NETWORK_MEMBERS = ["member", "coordinator", "police_summary", "school_none", "network_coordinator"]


def expect(default: int, anonymous: int | None = None, **overrides: int) -> dict[str, int]:
    table = dict.fromkeys(ROLES, default)
    if anonymous is not None:
        table["anonymous"] = anonymous
    table.update(overrides)
    return table


@dataclass(frozen=True)
class Endpoint:
    pattern: str  # the URL pattern's route, to check the matrix is complete
    method: str
    path: object  # str, or a function of the World giving the path
    expected: dict

    def resolve(self, world) -> str:
        return self.path(world) if callable(self.path) else self.path


def only(status: int, roles: list[str], *, otherwise: int = 404) -> dict[str, int]:
    """A page: ``status`` for ``roles``, ``otherwise`` for every other signed-in role, the login page for anonymous."""
    return expect(otherwise, anonymous=ANON_HTML, **dict.fromkeys(roles, status))
