"""Notification emails travel through the worker: the request that notified never waits for a
mail server, a real worker delivers them, and a broker outage does not lose them."""


import pytest
from django.core import mail
from kombu.exceptions import OperationalError

from notifications.services import notify
from notifications.tasks import send_notification_emails
from tests.conftest import WorkerProcess, purge_test_queue, wait_for, worker_env
from tweetdesk.celery import app


def queued_task_names(queue: str) -> list[str]:
    names = []
    with app.connection_for_write() as connection:
        channel = connection.default_channel
        while (message := channel.basic_get(queue, no_ack=True)) is not None:
            names.append(message.headers["task"])
    return names


def test_notifying_queues_the_email_for_the_worker_instead_of_sending_it(
    comms, settings, django_capture_on_commit_callbacks
):
    queue = settings.CELERY_TASK_DEFAULT_QUEUE
    purge_test_queue(settings)
    with django_capture_on_commit_callbacks(execute=True):
        notify(recipients=[comms], kind="draft_submitted", message="A draft is waiting")

    assert mail.outbox == []
    assert queued_task_names(queue) == ["notifications.tasks.send_notification_emails"]


def test_with_the_broker_down_the_email_is_sent_at_once(
    comms, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def broker_down(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(send_notification_emails, "delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        notify(recipients=[comms], kind="draft_submitted", message="A draft is waiting")

    assert [m.to for m in mail.outbox] == [[comms.email]]
    assert "sending them now" in caplog.text


def test_the_task_sends_every_message(db, celery_eager):
    send_notification_emails.delay([
        ["Subject one", "Body one", "tweetdesk@example.org", ["a@example.org"]],
        ["Subject two", "Body two", "tweetdesk@example.org", ["b@example.org"]],
    ])
    assert [(m.subject, m.to) for m in mail.outbox] == [
        ("Subject one", ["a@example.org"]), ("Subject two", ["b@example.org"])
    ]


@pytest.mark.worker
def test_a_worker_process_delivers_the_queued_email(
    transactional_db, comms, settings, tmp_path, django_capture_on_commit_callbacks
):
    purge_test_queue(settings)
    worker = WorkerProcess(worker_env(
        settings,
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        # django-environ reads the path after "filemail://", so an absolute one needs its "/".
        EMAIL_URL=f"filemail:///{tmp_path}",
    ))
    worker.start()
    try:
        with django_capture_on_commit_callbacks(execute=True):
            notify(recipients=[comms], kind="draft_submitted", message="A draft is waiting")
        sent = wait_for(lambda: list(tmp_path.iterdir()), timeout=30)
    finally:
        worker.stop()
        print("".join(worker.output[-40:]))  # shown only if the test fails
    (written,) = sent
    content = written.read_text()
    assert f"To: {comms.email}" in content and "A draft is waiting" in content
