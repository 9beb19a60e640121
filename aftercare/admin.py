"""Nothing of aftercare is in the admin, on purpose.

Platform staff administer but never read case content (DOMAIN.md §1, ADR 0002 and 0007: cases and interventions are
not in the admin either). Every model of this app is case content or more confidential than that:

* ``AftercareTask``, ``Rumour`` (what goes round about the young people, the facts, the counter-message and its
  messenger) and ``Evaluation`` with its parts belong to a case; even their ``__str__`` (a task's title, a rumour's
  first words, the case's title) would show on the admin's lists, history and delete pages;
* ``StaffReport`` is a professional's confidential report of a burdening incident: read by the reporter and the
  coordinators of their organisation only (ADR 0010), never by platform staff;
* ``EvaluationReport`` and ``ReportDownload`` hold or log the PDF made for one organisation at its own level.

The history of each (django-simple-history) stays in the database for audits; it is read through the pages, where
the visibility core decides who sees what."""
