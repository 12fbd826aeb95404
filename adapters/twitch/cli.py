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
from typing import IO, Any


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("twitch-login", help="authorize the Twitch bot account (device-code flow)",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--client-id", default=os.environ.get("TWITCH_CLIENT_ID"),
                   help="the app's Client ID (default: $TWITCH_CLIENT_ID)")
    p.add_argument("--oauth-url", default=None, help=argparse.SUPPRESS)  # a local mock instead of id.twitch.tv
    p.set_defaults(func=_main)


def _main(args: argparse.Namespace) -> int:
    if not args.client_id:
        print("livebot twitch-login: give --client-id or set TWITCH_CLIENT_ID (dev.twitch.tv/console, "
              "Applications -> your app)", file=sys.stderr)
        return 2
    try:
        asyncio.run(device_login(args.client_id, out=sys.stdout, oauth_url=args.oauth_url))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a clear line, not a traceback
        print(f"livebot twitch-login: {exc}", file=sys.stderr)
        return 1
    return 0


async def device_login(client_id: str, *, out: IO[str], oauth_url: str | None = None) -> dict[str, str]:
    """Run the device-code flow; returns (and prints) bot_id, access_token, refresh_token."""
    from twitchio.authentication import OAuth, Scopes

    from adapters.twitch.client import BOT_SCOPES
    from adapters.twitch.endpoints import point_twitchio_at, restore

    previous = point_twitchio_at(None, oauth_url, None)
    oauth = OAuth(client_id=client_id, scopes=Scopes(list(BOT_SCOPES)))
    try:
        flow = await oauth.device_code_flow()
        out.write(f"1. Log in to Twitch as the BOT account (not your own, unless they are the same).\n"
                  f"2. Open {flow['verification_uri']} and enter the code {flow['user_code']}\n"
                  f"   (valid {int(flow['expires_in']) // 60} minutes). Waiting...\n")
        out.flush()
        tokens = await oauth.device_code_authorization(device_code=flow["device_code"],
                                                       interval=int(flow.get("interval", 5)))
        valid = await oauth.validate_token(tokens["access_token"])
    finally:
        await oauth.close()
        restore(previous)
    missing = [s for s in BOT_SCOPES if s not in valid.scopes]
    result = {"bot_id": str(valid.user_id), "access_token": tokens["access_token"],
              "refresh_token": tokens["refresh_token"]}
    out.write(f"\nAuthorized as {valid.login} (user id {valid.user_id}). Export these and start the bot:\n\n"
              f"  export TWITCH_BOT_ID={result['bot_id']}\n"
              f"  export TWITCH_ACCESS_TOKEN={result['access_token']}\n"
              f"  export TWITCH_REFRESH_TOKEN={result['refresh_token']}\n")
    if missing:
        out.write(f"\nWarning: the token lacks {', '.join(missing)}; those actions will fail.\n")
    return result
