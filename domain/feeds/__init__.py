"""Feed ingestion's pure part: parsing (RSS, Atom, JSON Feed), canonical URLs, near-duplicate signatures,
OPML, and the poll schedule. Nothing here touches the network, Kafka or Redis."""
