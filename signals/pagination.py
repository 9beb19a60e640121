"""Paging the long signal lists: the ids of a page first, then its rows."""

from django.core.paginator import Paginator
from rest_framework.pagination import PageNumberPagination


class IdFirstPaginator(Paginator):
    """A page of a queryset read in two steps: the ids of the rows on the page, in the list's own order (a narrow sort
    of two or three columns), then those rows with everything the page shows. Sorting whole rows — texts, the joined
    phenomenon and organisation — to keep 25 made a deep page of a long "Gedeeld met ons" spill its sort to disk
    (docs/benchmarks.md). Both steps run the list's own query, so a page holds only what the list holds.

    (Counting in the same query with ``count(*) OVER ()`` was tried: it made the first page five times slower, as
    PostgreSQL then walks the whole ordered list instead of stopping after the page.)"""

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        rows = {row.pk: row for row in self.object_list.filter(pk__in=ids)}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)


class SignalPagination(PageNumberPagination):
    """The API's page of signals (50, ``?page=``), read as ``IdFirstPaginator`` reads it."""

    django_paginator_class = IdFirstPaginator
