"""stancewatch: watch news coverage and alert when an actor's stated position changes."""

__version__ = "0.1.0"
