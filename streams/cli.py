"""`newsalert` — the command line. Each command imports only what it needs, so `classify` starts fast."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

EPILOG = """commands:
  services up|down|status   start/stop/report the local Kafka broker and Redis (127.0.0.1 only)
  worker                    run the Faust worker (all pipeline agents)
  api                       run the HTTP API (default http://127.0.0.1:8080, docs at /docs)
  ingest PATH|-             put articles (JSONL, or a .txt file = one article) on the raw topic
  classify [PATH ...]       classify articles offline, one JSON record per line on stdout
  sink                      a local webhook receiver that prints the alerts it gets
  demo                      the main job: services, worker, API, sample articles in, alerts shown
  feeds add|list|remove|import|poll   the news feeds the workers poll
Settings come from NEWSALERT_* environment variables; see the README."""


def _settings() -> Any:
    from streams.settings import get_settings

    return get_settings()


def _configure_logging() -> None:
    from streams.logging import configure_logging

    settings = _settings()
    configure_logging(settings.log_format, settings.log_level)


def cmd_services(args: argparse.Namespace) -> int:
    from streams import services

    settings = _settings()
    try:
        if args.action == "up":
            services.up(settings)
        elif args.action == "down":
            services.down(settings)
        report = services.status(settings)
    except services.ServiceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for state in report.values():
        print(state.describe())
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    _configure_logging()
    from streams.worker import run_worker

    return run_worker(_settings(), loglevel=args.loglevel)


def cmd_api(args: argparse.Namespace) -> int:
    _configure_logging()
    import uvicorn

    from streams.api import create_api

    settings = _settings()
    uvicorn.run(
        create_api(settings),
        host=args.host or settings.api_host,
        port=args.port or settings.api_port,
        log_config=None,
        access_log=False,
    )
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from schemas.article import ArticleIn
    from streams.inputs import read_articles
    from streams.producer import ArticleProducer

    articles, failures = [], 0
    for record in read_articles(args.paths):
        if record.data is None:
            print(f"{record.where}: skipped: {record.error}", file=sys.stderr)
            failures += 1
            continue
        try:
            articles.append(ArticleIn.model_validate(record.data))
        except ValidationError as error:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
            print(f"{record.where}: skipped: {problems}", file=sys.stderr)
            failures += 1

    async def send() -> list[str]:
        from streams.topics import ensure_topics

        await ensure_topics(_settings())
        async with ArticleProducer(_settings()) as producer:
            return await producer.send(articles)

    try:
        ids = asyncio.run(send()) if articles else []
    except Exception as error:
        print(f"error: cannot publish to Kafka at {_settings().kafka_bootstrap}: {error}", file=sys.stderr)
        print("hint: is it running? `newsalert services up`", file=sys.stderr)
        return 1
    print(f"ingested {len(ids)} article(s); skipped {failures}", file=sys.stderr)
    for article_id in ids:
        print(article_id)
    return 0 if failures == 0 else 2


def cmd_classify(args: argparse.Namespace) -> int:
    from domain.classify import get_classifier
    from schemas.article import stable_article_id
    from streams.inputs import read_articles

    classifier = get_classifier()
    failures = 0
    out = sys.stdout
    for record in read_articles(args.paths):
        if record.data is None or not str(record.data.get("body") or "").strip():
            print(f"{record.where}: skipped: {record.error or 'no body'}", file=sys.stderr)
            failures += 1
            continue
        data = record.data
        if not data.get("id"):
            data = {**data, "id": stable_article_id(data.get("url"), str(data["body"]))}
        result = classifier.classify(data)
        out.write(json.dumps(result.model_dump(mode="json"), ensure_ascii=False) + "\n")
    out.flush()
    return 0 if failures == 0 else 2


def cmd_sink(args: argparse.Namespace) -> int:
    from streams.sink import run_sink_forever

    run_sink_forever(args.host, args.port, secret=args.secret)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from streams.demo import run_demo

    return run_demo(_settings(), once=args.once, timeout_s=args.timeout)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsalert",
        description="Streaming news alerts for attacks on diplomatic sites.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    services = commands.add_parser("services", help="start/stop/report local Kafka and Redis")
    services.add_argument("action", choices=["up", "down", "status"])
    services.set_defaults(func=cmd_services)

    worker = commands.add_parser("worker", help="run the Faust worker")
    worker.add_argument("--loglevel", default="info")
    worker.set_defaults(func=cmd_worker)

    api = commands.add_parser("api", help="run the HTTP API")
    api.add_argument("--host", default=None, help="default: NEWSALERT_API_HOST (127.0.0.1)")
    api.add_argument("--port", type=int, default=None, help="default: NEWSALERT_API_PORT (8080)")
    api.set_defaults(func=cmd_api)

    ingest = commands.add_parser("ingest", help="put articles on the raw topic")
    ingest.add_argument("paths", nargs="*", default=["-"], metavar="PATH", help="JSONL or .txt; '-' = stdin")
    ingest.set_defaults(func=cmd_ingest)

    classify = commands.add_parser("classify", help="classify articles offline (JSONL out)")
    classify.add_argument(
        "paths", nargs="*", default=["-"], metavar="PATH", help="JSONL or .txt; '-' = stdin"
    )
    classify.set_defaults(func=cmd_classify)

    sink = commands.add_parser("sink", help="a local webhook receiver that prints alerts")
    sink.add_argument("--host", default="127.0.0.1")
    sink.add_argument("--port", type=int, default=8099)
    sink.add_argument("--secret", default=None, help="whsec_… secret to verify signatures with")
    sink.set_defaults(func=cmd_sink)

    demo = commands.add_parser("demo", help="the main job, end to end")
    demo.add_argument("--once", action="store_true", help="exit when the sample alerts have arrived")
    demo.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for the alerts")
    demo.set_defaults(func=cmd_demo)

    from streams.feeds.cli import register_cli

    register_cli(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
