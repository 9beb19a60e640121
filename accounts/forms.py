from django import forms
from django.utils.translation import gettext_lazy as _

from . import services


class CodeForm(forms.Form):
    """One code: six digits from the authenticator app, or a backup code."""

    code = forms.CharField(label=_("Code"), max_length=32, strip=True)

    def __init__(self, *args, user=None, confirmed=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.confirmed = confirmed
        self.device = None

    def clean_code(self):
        code = self.cleaned_data["code"]
        wait = services.throttled_seconds(self.user) if self.confirmed else 0
        if wait:
            raise forms.ValidationError(
                _("Too many wrong codes. Wait %(seconds)d seconds and try again."), params={"seconds": wait}
            )
        self.device = services.verify_code(self.user, code, confirmed=self.confirmed)
        if self.device is None:
            raise forms.ValidationError(
                _("This code is not right. Type the code your app shows now, or one of your backup codes.")
                if self.confirmed
                else _("This code is not right. Type the six digits your app shows now.")
            )
        return code


class ConfirmIdentityForm(forms.Form):
    """Before two-factor authentication is removed or new backup codes are made: the password or a current code."""

    secret = forms.CharField(
        label=_("Your password or a code from your app"), max_length=256, strip=False, widget=forms.PasswordInput
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_secret(self):
        secret = self.cleaned_data["secret"]
        if self.user.check_password(secret):
            return secret
        if services.throttled_seconds(self.user) == 0 and services.verify_code(self.user, secret) is not None:
            return secret
        raise forms.ValidationError(_("This is neither your password nor a valid code."))
