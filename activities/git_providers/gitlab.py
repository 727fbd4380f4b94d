"""stub"""

from __future__ import annotations

from activities.git_providers.rest import RestClient


class GitLabFreezer:
    def __init__(self, rest: RestClient) -> None:
        self._rest = rest
