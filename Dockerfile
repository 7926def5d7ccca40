# The newsalert image: one image, two roles (worker, api), chosen by the command.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY schemas schemas
COPY domain domain
COPY agents agents
COPY streams streams
COPY samples samples
RUN pip install --no-cache-dir .
RUN useradd --system --home /app newsalert && chown -R newsalert /app
USER newsalert
ENV NEWSALERT_LOG_FORMAT=json
ENTRYPOINT ["newsalert"]
CMD ["worker"]
