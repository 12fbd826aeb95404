"""Where twitchio sends its requests, and how to point it elsewhere (a local mock or test fake).

twitchio 3 has no public setting for its endpoints. It reads two class attributes when it builds
a URL (``twitchio.http.Route.BASE`` for Helix, ``Route.ID_BASE`` for OAuth) and one module global
when it opens the EventSub websocket (``twitchio.eventsub.websockets.WSS``). These are internal,
so pyproject pins twitchio to 3.3.x and ``check_override_points`` fails loudly if they move.
"""

from __future__ import annotations

from dataclasses import dataclass

HELIX_DEFAULT = "https://api.twitch.tv/helix/"
OAUTH_DEFAULT = "https://id.twitch.tv/"
EVENTSUB_DEFAULT = "wss://eventsub.wss.twitch.tv/ws"


class OverridePointsMoved(RuntimeError):
    """The installed twitchio no longer has the attributes this adapter overrides."""


@dataclass(frozen=True)
class Endpoints:
    helix: str
    oauth: str
    eventsub: str


def check_override_points() -> Endpoints:
    """Return twitchio's current endpoints; raise if the attributes we rely on are gone."""
    import twitchio
    from twitchio import http
    from twitchio.eventsub import websockets

    problems = []
    route = getattr(http, "Route", None)
    for attr in ("BASE", "ID_BASE"):
        if not isinstance(getattr(route, attr, None), str):
            problems.append(f"twitchio.http.Route.{attr}")
    if not isinstance(getattr(websockets, "WSS", None), str):
        problems.append("twitchio.eventsub.websockets.WSS")
    if problems:
        raise OverridePointsMoved(
            f"twitchio {twitchio.__version__} moved {', '.join(problems)}; the Twitch adapter cannot set its "
            "endpoints. Pin twitchio>=3.3,<3.4 or update adapters/twitch/endpoints.py.")
    return Endpoints(route.BASE, route.ID_BASE, websockets.WSS)


def point_twitchio_at(helix: str | None, oauth: str | None, eventsub: str | None) -> Endpoints:
    """Set twitchio's endpoints (None = Twitch's own); returns the previous ones for ``restore``."""
    from twitchio import http
    from twitchio.eventsub import websockets

    previous = check_override_points()
    http.Route.BASE = _slash(helix or HELIX_DEFAULT)
    http.Route.ID_BASE = _slash(oauth or OAUTH_DEFAULT)
    websockets.WSS = eventsub or EVENTSUB_DEFAULT
    return previous


def restore(endpoints: Endpoints) -> None:
    from twitchio import http
    from twitchio.eventsub import websockets

    http.Route.BASE, http.Route.ID_BASE, websockets.WSS = endpoints.helix, endpoints.oauth, endpoints.eventsub


def _slash(url: str) -> str:
    # Route.build_url concatenates base + path, so the base must end with a slash
    return url if url.endswith("/") else url + "/"
