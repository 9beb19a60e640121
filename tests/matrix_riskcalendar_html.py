"""Permission-matrix rows of the risk calendar pages and the calendar feed (see tests/matrix.py)."""

HTML_RISK_ENDPOINTS = []
