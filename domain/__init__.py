"""The domain core: classification, correlation, matching, signing, feeds — plain modules that run
and test without Kafka (the agents wire them to topics)."""

from domain import native

native.install()  # the compiled build of the classifier's hot modules, when it matches the source
