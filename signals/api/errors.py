"""Turn a service's Django ``ValidationError`` into DRF's 400 with a field-by-field body (API.md: "Validation errors
answer 400 with a field-by-field body. Nothing answers 500 on any input.")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers
from rest_framework.settings import api_settings


def drf_validation_error(
    exc: DjangoValidationError, rename: Callable[[str], str] | None = None
) -> serializers.ValidationError:
    """The DRF equivalent of ``exc``. Dotted keys of the services (``persons.0.alias``) become nested objects,
    as DRF writes the errors of a nested list (``{"persons": {"0": {"alias": [...]}}}``); errors without a field go
    under ``non_field_errors``. ``rename`` maps a service key to the API's (e.g. a question code to
    ``answers.<code>``)."""
    if not hasattr(exc, "error_dict"):
        return serializers.ValidationError({api_settings.NON_FIELD_ERRORS_KEY: exc.messages})
    detail: dict = {}
    for key, messages in exc.message_dict.items():
        key = api_settings.NON_FIELD_ERRORS_KEY if key == NON_FIELD_ERRORS else key
        if rename is not None:
            key = rename(key)
        *parents, leaf = key.split(".")
        target = detail
        for part in parents:
            child = target.setdefault(part, {})
            if not isinstance(child, dict):  # the same key also carries its own messages: keep both, flat
                target, leaf = detail, key
                break
            target = child
        existing = target.setdefault(leaf, [])
        if isinstance(existing, list):
            existing.extend(messages)
        else:
            detail.setdefault(key, []).extend(messages)
    return serializers.ValidationError(detail)


@contextmanager
def service_errors(rename: Callable[[str], str] | None = None) -> Iterator[None]:
    """Around a service call: its ``ValidationError`` answers 400 instead of 500."""
    try:
        yield
    except DjangoValidationError as exc:
        raise drf_validation_error(exc, rename) from exc
