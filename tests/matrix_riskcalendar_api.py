"""The matrix rows of the risk calendar API (/api/v1/risk-events/)."""

API_RISK_ENDPOINTS = []
