"""Runs the Faust worker with every pipeline agent registered."""

from __future__ import annotations

from streams.settings import Settings


def run_worker(settings: Settings, loglevel: str = "info") -> int:
    """The app reads its web bind/port from `settings` (see streams.app), never Faust's 0.0.0.0 default."""
    import asyncio

    from faust import Worker

    from streams.topics import ensure_topics

    asyncio.run(ensure_topics(settings))

    import agents  # noqa: F401  (registers the agents on the app)
    from streams.app import app

    worker = Worker(
        app,
        loglevel=loglevel,
        override_logging=False,  # keep our structlog set-up
        redirect_stdouts=False,
        quiet=True,
    )
    worker.execute_from_commandline()
    return 0
