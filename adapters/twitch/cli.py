"""``livebot twitch-login``: get the bot account's user token with Twitch's device-code flow.

No web server and no redirect URL needed: the command prints a code, you open twitch.tv/activate
logged in as the BOT account, and it prints the three values to export. The adapter seeds the
store from them once and keeps the refreshed tokens there afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from typing import IO, Any

OAUTH_URL = "https://id.twitch.tv/"


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("twitch-login", help="authorize the Twitch bot account (device-code flow)",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--client-id", default=os.environ.get("TWITCH_CLIENT_ID"),
                   help="the app's Client ID (default: $TWITCH_CLIENT_ID)")
    p.add_argument("--client-secret", default=os.environ.get("TWITCH_CLIENT_SECRET"),
                   help="the app's Client Secret for a Confidential app (default: $TWITCH_CLIENT_SECRET)")
    p.add_argument("--oauth-url", default=OAUTH_URL, help=argparse.SUPPRESS)  # a local mock instead of Twitch
    p.set_defaults(func=_main)


def _main(args: argparse.Namespace) -> int:
    if not args.client_id:
        print("livebot twitch-login: give --client-id or set TWITCH_CLIENT_ID (dev.twitch.tv/console, "
              "Applications -> your app)", file=sys.stderr)
        return 2
    try:
        asyncio.run(device_login(args.client_id, args.client_secret, out=sys.stdout, oauth_url=args.oauth_url))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a clear line, not a traceback
        print(f"livebot twitch-login: {exc}", file=sys.stderr)
        return 1
    return 0


class LoginError(Exception):
    pass


async def device_login(client_id: str, client_secret: str | None = None, *, out: IO[str],
                       oauth_url: str = OAUTH_URL) -> dict[str, str]:
    """Run the device-code flow; returns (and prints) bot_id, access_token, refresh_token.

    Talks to id.twitch.tv directly (aiohttp) because a Confidential app must send its secret with
    the token request, which twitchio's device-flow helper never does.
    """
    import aiohttp

    from adapters.twitch.client import BOT_SCOPES

    base = oauth_url.rstrip("/")
    scopes = " ".join(BOT_SCOPES)
    secret = {"client_secret": client_secret} if client_secret else {}
    async with aiohttp.ClientSession() as http:
        flow = await _post(http, f"{base}/oauth2/device", {"client_id": client_id, "scopes": scopes})
        out.write(f"1. Log in to Twitch as the BOT account (not your own, unless they are the same).\n"
                  f"2. Open {flow['verification_uri']} and enter the code {flow['user_code']}\n"
                  f"   (valid {int(flow['expires_in']) // 60} minutes). Waiting...\n")
        out.flush()
        deadline = time.monotonic() + float(flow["expires_in"])
        form = {"client_id": client_id, **secret, "scopes": scopes, "device_code": flow["device_code"],
                "grant_type": "urn:ietf:params:oauth:grant-type:device_code"}
        while True:
            async with http.post(f"{base}/oauth2/token", data=form) as resp:
                data = await resp.json(content_type=None)
            if resp.status == 200:
                break
            if str(data.get("message", "")).lower() != "authorization_pending" or time.monotonic() > deadline:
                raise LoginError(f"Twitch refused the login: {data.get('message') or resp.status}")
            await asyncio.sleep(float(flow.get("interval", 5)))
        async with http.get(f"{base}/oauth2/validate",
                            headers={"Authorization": f"OAuth {data['access_token']}"}) as resp:
            valid = await resp.json(content_type=None)
            if resp.status != 200:
                raise LoginError(f"the new token did not validate: {valid.get('message') or resp.status}")
    result = {"bot_id": str(valid["user_id"]), "access_token": data["access_token"],
              "refresh_token": data["refresh_token"]}
    out.write(f"\nAuthorized as {valid['login']} (user id {valid['user_id']}). Export these and start the bot:\n\n"
              f"  export TWITCH_BOT_ID={result['bot_id']}\n"
              f"  export TWITCH_ACCESS_TOKEN={result['access_token']}\n"
              f"  export TWITCH_REFRESH_TOKEN={result['refresh_token']}\n")
    missing = [s for s in BOT_SCOPES if s not in valid.get("scopes", [])]
    if missing:
        out.write(f"\nWarning: the token lacks {', '.join(missing)}; those actions will fail.\n")
    return result


async def _post(http: Any, url: str, form: dict[str, str]) -> dict[str, Any]:
    async with http.post(url, data=form) as resp:
        data = await resp.json(content_type=None)
        if resp.status != 200:
            raise LoginError(f"{url}: {data.get('message') or resp.status}")
        return data
