import pytest
from django.template import Context, Template
from django.urls import reverse, set_script_prefix


@pytest.mark.parametrize("view_name", ["moderation:approve", "moderation:draft-detail"])
@pytest.mark.parametrize("draft_id", [1, 9, 918273645, 12345678901])
def test_url_for_id_is_the_url_tags_answer(view_name, draft_id):
    html = Template("{% load moderation_tags %}{% url_for_id view_name draft_id %}").render(
        Context({"view_name": view_name, "draft_id": draft_id})
    )
    assert html == reverse(view_name, args=[draft_id])


def test_url_for_id_follows_the_script_prefix():
    template = Template("{% load moderation_tags %}{% url_for_id 'moderation:approve' 7 %}")
    try:
        set_script_prefix("/desk/")
        assert template.render(Context()) == "/desk/queue/7/approve/"
    finally:
        set_script_prefix("/")


def test_url_for_id_refuses_what_is_not_an_id():
    with pytest.raises(ValueError):
        Template("{% load moderation_tags %}{% url_for_id 'moderation:approve' '7/../x' %}").render(
            Context()
        )
