"""drf-spectacular post-processing: answers that operations give by their kind, stated once instead of per view.

Found by the API fuzz test (tests/test_api_fuzz.py): a page number past the end (or not a page) answers 404, a filter
value that does not parse (a date, a choice, a NUL character) answers 400 with the field's error, and an object in
the path that does not exist or that the caller may not see answers 404 (docs/authorization.md). Any operation
answers 429 over an abuse limit.
"""

PAGE_NOT_FOUND = {"description": "No such page: past the last page, or not a page number."}
INVALID_FILTER = {"description": "A filter value that is not valid, field by field."}
NOT_FOUND = {"description": "Not found, or not visible to the caller."}
THROTTLED = {
    "description": "Too many requests (partners/ratelimit.py: per user, and stricter for PDFs and exports); "
    "`Retry-After` says after how many seconds to ask again."
}
METHODS = ("get", "put", "patch", "post", "delete")


def document_list_errors(result, generator, request, public):
    for path_item in result.get("paths", {}).values():
        for method in METHODS:
            operation = path_item.get(method)
            if not operation:
                continue
            responses = operation.setdefault("responses", {})
            responses.setdefault("429", THROTTLED)
            if any(p.get("in") == "path" for p in operation.get("parameters", [])):
                responses.setdefault("404", NOT_FOUND)
        operation = path_item.get("get")
        if not operation:
            continue
        names = {p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"}
        responses = operation.setdefault("responses", {})
        if "page" in names:
            responses.setdefault("404", PAGE_NOT_FOUND)
        if names - {"page", "format"}:
            responses.setdefault("400", INVALID_FILTER)
    return result
