import pytest
from django import forms
from django.test.html import parse_html

from tweetdesk.widgets import Select

CHOICES = [("", "Anyone"), ("1", "Amy <Clarke>"), ("2", "Ben & Co"), ("3", 'O"Neil')]


def _rendered(widget_class, value, attrs=None) -> str:
    field = forms.ChoiceField(choices=CHOICES, widget=widget_class(attrs=attrs), required=False)

    class Form(forms.Form):
        author = field

    return str(Form({"author": value})["author"])


@pytest.mark.parametrize("value", ["", "2", "3", "nobody"])
def test_select_writes_the_same_html_as_djangos(value):
    attrs = {"class": "wide", "data-x": 'a"b', "disabled": False, "required": True}
    ours, djangos = _rendered(Select, value, attrs), _rendered(forms.Select, value, attrs)
    assert parse_html(ours) == parse_html(djangos)


def test_select_escapes_labels():
    html = _rendered(Select, "1")
    assert '<option value="1" selected>Amy &lt;Clarke&gt;</option>' in html
    assert "Ben &amp; Co" in html


def test_select_with_option_groups_keeps_djangos_templates():
    widget = Select(choices=[("Officers", [("1", "Amy")]), ("Comms", [("2", "Ben")])])
    ours = widget.render("author", "2")
    djangos = forms.Select(choices=widget.choices).render("author", "2")
    assert parse_html(ours) == parse_html(djangos)
    assert '<optgroup label="Officers">' in ours
