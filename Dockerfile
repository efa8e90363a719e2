FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY . .
RUN pip install --no-cache-dir ".[gazetteer]" \
    && python -m moderation.rules.build_gazetteer --out moderation/rules/data/uk_names.json.gz \
    && pip uninstall -y names-dataset
RUN useradd --create-home tweetdesk && mkdir -p var && chown tweetdesk var
USER tweetdesk
EXPOSE 8000
CMD ["gunicorn", "tweetdesk.wsgi:application"]
