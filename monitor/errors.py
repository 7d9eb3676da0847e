"""One exception tree for everything stancewatch reports to a person.

::

    StancewatchError              one line, names where (file:line:key, URL) and what is allowed
    ├── ConfigError               config.toml: file, line, key
    ├── RuleError                 rules/*.toml: file, line, key (defined in monitor.rulebook)
    ├── FetchError                a URL that could not be fetched
    │   ├── AddressRefused        the address guard refused a loopback/private/link-local host
    │   └── TooLarge              the response went over the byte limit
    ├── StorageError              the database could not be reached or migrated
    └── NotFound                  a shift, subscriber or topic named on the command line

The CLI turns any of them into its ``str()`` on one line and exit status 1; the web layer into
``{"error": {"type", "message"}}``. Nothing else should escape a stage.
"""

from __future__ import annotations


class StancewatchError(Exception):
    """Base class: ``str(error)`` is the one line shown to a person."""


class ConfigError(StancewatchError):
    def __init__(self, path: str, key: str, message: str, line: int | None = None) -> None:
        self.path, self.key, self.message, self.line = path, key, message, line
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {key}: {message}" if key else f"{where}: {message}")


class FetchError(StancewatchError):
    def __init__(self, url: str, reason: str) -> None:
        self.url, self.reason = url, reason
        super().__init__(f"{url}: {reason}")


class AddressRefused(FetchError):
    pass


class TooLarge(FetchError):
    pass


class StorageError(StancewatchError):
    pass


class NotFound(StancewatchError):
    pass
