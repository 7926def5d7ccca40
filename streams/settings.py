"""All settings, read from the environment (`NEWSALERT_*`) or a `.env` file. Documented in the README."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from domain.retry import DEFAULT_SCHEDULE_S

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSALERT_", env_file=".env", extra="ignore")

    # Services started by `newsalert services up`
    state_dir: Path = Field(default=PROJECT_ROOT / ".state", description="Data, logs and pid files.")
    kafka_host: str = "127.0.0.1"
    kafka_port: int = 9092
    kafka_controller_port: int = 9093
    kafka_libs_dir: Path | None = Field(
        default=None, description="Kafka jar cache (default: STATE_DIR/kafka/libs)."
    )
    redis_host: str = "127.0.0.1"
    redis_port: int = 6379
    redis_db: int = 0

    # Pipeline
    topic_prefix: str = Field(default="newsalert", description="Prefix of every topic and the Faust app id.")
    topic_partitions: int = Field(default=4, ge=1, le=256)
    consumer_fetch_max_wait_ms: int = Field(
        default=100, ge=1, le=5_000, description="Longest a worker's fetch waits on the broker (per hop)."
    )
    worker_web_host: str = "127.0.0.1"
    worker_web_port: int = 6066

    # HTTP API
    api_host: str = "127.0.0.1"
    api_port: int = 8080
    api_keys: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="Bearer keys for subscription management (comma-separated)."
    )
    api_max_body_bytes: int = Field(default=5_000_000, description="Larger request bodies get 413.")

    # Delivery
    webhook_timeout_s: float = 5.0
    webhook_endpoint_concurrency: int = Field(
        default=16, ge=1, le=200, description="Webhooks in flight to one endpoint (host:port) at once."
    )
    allow_private_targets: bool = Field(
        default=False,
        description="Allow webhook URLs on loopback/private addresses (local development, tests).",
    )

    retry_schedule_s: Annotated[list[float], NoDecode] = Field(
        default_factory=lambda: list(DEFAULT_SCHEDULE_S),
        description="Seconds between webhook attempts (comma-separated); its length + 1 = attempts.",
    )
    secret_grace_s: float = Field(default=24 * 3600, description="How long a rotated-out secret still signs.")
    circuit_failures: int = Field(default=5, ge=1, description="Consecutive failures that open a circuit.")
    circuit_cooldown_s: float = Field(default=30.0, description="How long an open circuit rests an endpoint.")

    # Feeds (streams/feeds)
    feed_poll_default_s: float = Field(default=120.0, ge=0.1, description="Poll interval of a new feed.")
    feed_poll_min_s: float = Field(default=30.0, ge=0.05, description="No feed is polled more often.")
    feed_timeout_s: float = Field(default=20.0, gt=0, description="Whole-request limit, redirects included.")
    feed_max_bytes: int = Field(default=5_000_000, ge=1_000, description="Feeds, pages: cut off above.")
    feed_user_agent: str = "newsalert-feeds/0.1 (+https://github.com/newsalert/newsalert; news alert poller)"
    feed_host_concurrency: int = Field(default=2, ge=1, description="In flight per host, per worker.")
    feed_concurrency: int = Field(default=64, ge=1, description="Feeds polled at once, per worker.")
    feed_backoff_max_s: float = Field(default=6 * 3600.0, description="Longest wait after repeated failures.")
    feed_fulltext: bool = Field(default=True, description="Fetch the page when an entry has only a summary.")
    feed_max_entry_age_h: float = Field(default=72.0, description="Older entries are skipped (0 = no limit).")
    feed_dedup_ttl_s: int = Field(default=14 * 24 * 3600, description="How long URLs, texts are kept.")
    feed_neardup_threshold: float = Field(default=0.6, ge=0.1, le=1.0, description="MinHash similarity.")
    feed_trusted_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="host:port origins a feed may be fetched from even on a private address (comma-separated)"
        "; redirects to anything else private are still refused.",
    )
    feed_polling: bool = Field(default=True, description="Run the feed pollers in this worker.")

    # Logging
    log_format: str = Field(default="auto", description="json, console, or auto (console on a terminal).")
    log_level: str = "INFO"

    @field_validator("api_keys", "retry_schedule_s", "feed_trusted_origins", mode="before")
    @classmethod
    def _split_commas(cls, value: object) -> object:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @property
    def kafka_bootstrap(self) -> str:
        return f"{self.kafka_host}:{self.kafka_port}"

    @property
    def redis_url(self) -> str:
        return f"redis://{self.redis_host}:{self.redis_port}/{self.redis_db}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
