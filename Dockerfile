FROM python:3.11-slim
ENV TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="" PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY . /app
RUN pip install .
# Metrics page binds to 127.0.0.1 inside the container; scrape via a sidecar or exec.
CMD ["talentguard", "worker"]
