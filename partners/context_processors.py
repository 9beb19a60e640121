from . import visibility


def membership(request):
    """The signed-in user's membership (organisation, role, network) for the base layout; None for anyone else."""
    return {"membership": visibility.membership_of(getattr(request, "user", None))}
