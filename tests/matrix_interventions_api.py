"""The matrix rows of the cases and interventions API (/api/v1/cases/, intervention-types/, interventions/)."""

from tests.matrix_base import Endpoint  # noqa: F401

API_INTERVENTION_ENDPOINTS: list = []
