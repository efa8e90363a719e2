"""gunicorn's settings for TweetDesk, read from the working directory (docker-compose's web
service, the Dockerfile and benchmarks/load.py start gunicorn there).

Overrides: WEB_CONCURRENCY (processes), GUNICORN_THREADS (threads per process), GUNICORN_BIND.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# Processes do the work (the GIL lets one thread of a process run Python at a time); threads
# only cover the waits on PostgreSQL, Redis and the network.
workers = int(os.environ.get("WEB_CONCURRENCY", (os.cpu_count() or 1) + 1))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", 4))
# Longer than people's pauses between requests and than a proxy's idle timeout: a kept-alive
# connection the server closes just as the client reuses it fails that request.
keepalive = 75
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
