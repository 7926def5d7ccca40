"""Feed ingestion's adapters: the Redis registry, the guarded HTTP fetcher, the poller, and the CLI."""
