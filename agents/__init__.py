"""The pipeline's Faust agents, one module per stage. Importing this package registers them all:

normalize (articles.raw → articles.clean) → classify (→ incidents.classified) → match (→ alerts)
→ deliver (→ webhooks; outcomes → deliveries). Every stage sends bad records to deadletter.
"""

from agents import classify, deliver, match, normalize

__all__ = ["classify", "deliver", "match", "normalize"]
