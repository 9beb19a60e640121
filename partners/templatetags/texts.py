from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def paragraphs_and_lists(text: str) -> str:
    """Render reference text: lines starting with "- " become list items, other lines paragraphs. Escapes all."""
    html: list[str] = []
    items: list[str] = []

    def flush_items():
        if items:
            html.append('<ul class="utrecht-unordered-list">' + "".join(items) + "</ul>")
            items.clear()

    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("- "):
            items.append(f'<li class="utrecht-unordered-list__item">{escape(line[2:])}</li>')
        else:
            flush_items()
            html.append(f'<p class="utrecht-paragraph">{escape(line)}</p>')
    flush_items()
    return mark_safe("".join(html))  # noqa: S308 - every piece of text above is escaped


@register.filter
def get_item(mapping, key):
    """``{{ labels|get_item:code }}``: look a key up in a dict."""
    return mapping.get(key, key) if mapping else key
