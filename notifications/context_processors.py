from .selectors import unread_count


def unread(request):
    """The number on the bell. One cheap count (partial index on unread rows), lazily: only pages that show the
    bell run it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications": lambda: unread_count(user)}
