"""Permission-matrix rows of the signal pages (see tests/matrix.py)."""

HTML_SIGNAL_ENDPOINTS: list = []
