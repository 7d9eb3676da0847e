"""Persistence: SQLModel tables, the engine, migrations and the queries the service uses."""
