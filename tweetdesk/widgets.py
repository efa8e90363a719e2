"""Form widgets shared by the apps."""

from django import forms
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe


def _attributes(attrs: dict) -> str:
    """Attributes as Django's attrs.html writes them: in order, True bare, False left out."""
    return "".join(
        f" {name}" if value is True else f' {name}="{conditional_escape(str(value))}"'
        for name, value in attrs.items()
        if value is not False
    )


class Select(forms.Select):
    """A <select> with the same markup as Django's, written without a template per option.

    Django's select.html includes option.html and attrs.html for every option: a list of
    every officer (the queue's author filter) costs milliseconds a page. Lists with option
    groups keep Django's templates.
    """

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        widget = self.get_context(name, value, attrs)["widget"]
        if any(group_name for group_name, _, _ in widget["optgroups"]):
            return super().render(name, value, attrs, renderer)
        options = "".join(
            f'\n  <option value="{conditional_escape(str(option["value"]))}"'
            f'{_attributes(option["attrs"])}>{conditional_escape(option["label"])}</option>'
            for _, group, _ in widget["optgroups"]
            for option in group
        )
        return mark_safe(  # noqa: S308 - every value above is escaped
            f'<select name="{conditional_escape(widget["name"])}"'
            f'{_attributes(widget["attrs"])}>{options}\n</select>'
        )
