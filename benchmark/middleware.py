from django.db import connection


class QueryCountMiddleware:
    """Reports the number of database queries of a request in the ``X-Bench-Queries`` header (bench settings only).
    It stands first, so the session and the user lookup are counted too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count = 0

        def counter(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counter):
            response = self.get_response(request)
        response["X-Bench-Queries"] = str(count)
        return response
