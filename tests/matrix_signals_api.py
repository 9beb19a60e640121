"""Permission-matrix rows of the signals API (see tests/matrix.py)."""

API_SIGNAL_ENDPOINTS: list = []
