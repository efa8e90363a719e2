# TweetDesk: `make run` (embedded, offline demo) and `make test` (real PostgreSQL + Redis).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NAMES := moderation/rules/data/uk_names.json.gz

# The embedded default of `make run`: SQLite, kombu's filesystem broker, the local X API sandbox.
RUN_ENV := DEBUG=true \
	DATABASE_URL=sqlite:///var/tweetdesk.sqlite3 \
	CELERY_BROKER_URL=filesystem:// \
	TWITTER_API_BASE_URL=http://127.0.0.1:8001 \
	TWITTER_WEB_BASE_URL=http://127.0.0.1:8001

DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/tweetdesk
REDIS_URL ?= redis://127.0.0.1:6379/0
TEST_ENV := DATABASE_URL=$(DATABASE_URL) REDIS_URL=$(REDIS_URL)

.PHONY: install run test lint clean tone-models

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else \
		"TweetDesk needs Python 3.11 or newer; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

.env: | $(BIN)/python
	$(BIN)/python scripts/write_local_env.py

# The name gazetteer is derived once from the names-dataset package (see moderation/rules).
$(NAMES): $(STAMP) moderation/rules/build_gazetteer.py
	$(BIN)/python -m pip install --quiet -e ".[gazetteer]"
	$(BIN)/python -m moderation.rules.build_gazetteer --out $(NAMES)

install: $(STAMP) .env $(NAMES)
	mkdir -p var/staticfiles

run: install
	mkdir -p var
	$(RUN_ENV) $(BIN)/python manage.py migrate --noinput
	$(RUN_ENV) $(BIN)/python manage.py seed_demo
	$(RUN_ENV) $(BIN)/python manage.py rundev

test: install
	$(TEST_ENV) $(BIN)/python scripts/check_services.py
	$(TEST_ENV) $(BIN)/python -m pytest

# The tone models are committed; rebuild them after changing the outbound corpora in tests/corpus.
tone-models: $(STAMP)
	$(BIN)/python -m moderation.rules.build_tone_models

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) var .pytest_cache
