"""Permission-matrix rows of the sign-in security pages (accounts/, see tests/matrix.py).

Every page is about the signed-in user's own account, so every signed-in role gets the same answer; anonymous
callers go to the login page. The world's users have no two-factor device and the tests do not require one: the
code step sends them to the setup page, and the pages for backup codes and removal send them back (302)."""

from tests.matrix_base import ANON_HTML, Endpoint, expect

HTML_ACCOUNT_ENDPOINTS = [
    # Without a password step behind it (or a device), the code step sends the caller on: login or setup.
    Endpoint("accounts/login/code/", "get", "/accounts/login/code/", expect(302, anonymous=302)),
    Endpoint(
        "accounts/tweestapsverificatie/", "get", "/accounts/tweestapsverificatie/", expect(200, anonymous=ANON_HTML)
    ),
    Endpoint(
        "accounts/tweestapsverificatie/reservecodes/",
        "get",
        "/accounts/tweestapsverificatie/reservecodes/",
        expect(302, anonymous=ANON_HTML),
    ),
    Endpoint(
        "accounts/tweestapsverificatie/verwijderen/",
        "get",
        "/accounts/tweestapsverificatie/verwijderen/",
        expect(302, anonymous=ANON_HTML),
    ),
    Endpoint("accounts/wachtwoord/", "get", "/accounts/wachtwoord/", expect(200, anonymous=ANON_HTML)),
    # A form that ends the user's other sessions: POST only (GET is 405 for a signed-in user).
    Endpoint("accounts/sessies/afmelden/", "post", "/accounts/sessies/afmelden/", expect(302, anonymous=ANON_HTML)),
    Endpoint("accounts/sessies/afmelden/", "get", "/accounts/sessies/afmelden/", expect(405, anonymous=ANON_HTML)),
]
