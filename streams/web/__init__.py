"""The HTTP API's routes, one module per resource; `streams.api.create_api` assembles them."""
