"""The pipeline's Faust agents, one module per stage. Importing this package registers them all:

normalize (articles.raw → articles.clean) → classify (→ incidents.classified, keyed by place)
→ correlate (→ incidents: opened / escalated / updated) → match (→ alerts, one per subscriber)
→ deliver (→ webhooks; outcomes → deliveries). Every stage sends bad records to deadletter.
"""

from agents import classify, correlate, deliver, match, normalize, poll

__all__ = ["classify", "correlate", "deliver", "match", "normalize", "poll"]
