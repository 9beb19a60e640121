from django.utils import translation


class UserLanguageMiddleware:
    """A signed-in user's chosen language (profile page) wins over the browser's; LocaleMiddleware handles the
    rest (anonymous pages: Dutch unless the browser asks for English)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.language:
            translation.activate(user.language)
            request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)
