"""Open the report in headless Chromium (Debian's, installed by .ci/run) over the DevTools protocol:
no console errors, and the screenshot is not blank."""

import asyncio
import base64
import io
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import aiohttp
import pytest
from PIL import Image

from bot.testing import ScriptedBot
from skills.insights.report import write_report

CATALOG = str(Path(__file__).resolve().parent.parent / "config" / "catalog.yaml")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (CI installs Debian's chromium)")


async def _devtools_url(profile: Path, proc: subprocess.Popen) -> str:
    port_file = profile / "DevToolsActivePort"
    for _ in range(300):
        if port_file.exists() and len(port_file.read_text().splitlines()) >= 2:
            port = port_file.read_text().splitlines()[0]
            break
        if proc.poll() is not None:
            raise RuntimeError("chromium exited early")
        await asyncio.sleep(0.05)
    else:
        raise TimeoutError("chromium did not open its DevTools port")
    async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}/json/list") as resp:
        targets = await resp.json()
    return next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page")


async def open_page(url: str) -> tuple[list[str], bytes]:
    """Load ``url``; return (console errors, PNG screenshot)."""
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", f"--user-data-dir={profile}",
             "--window-size=1000,1400", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            ws_url = await _devtools_url(Path(profile), proc)
            errors: list[str] = []
            async with aiohttp.ClientSession() as http, http.ws_connect(ws_url, max_msg_size=0) as ws:
                ids = iter(range(1, 10_000))

                async def call(method: str, **params):
                    mid = next(ids)
                    await ws.send_str(json.dumps({"id": mid, "method": method, "params": params}))
                    async for msg in ws:
                        data = json.loads(msg.data)
                        if data.get("method") == "Runtime.exceptionThrown":
                            errors.append(data["params"]["exceptionDetails"].get("text", "exception"))
                        elif data.get("method") == "Runtime.consoleAPICalled" and data["params"]["type"] == "error":
                            errors.append(str(data["params"]["args"]))
                        elif data.get("method") == "Log.entryAdded" and data["params"]["entry"]["level"] == "error":
                            errors.append(data["params"]["entry"]["text"])
                        elif data.get("method") == "Page.loadEventFired":
                            loaded.set()
                        if data.get("id") == mid:
                            return data.get("result", {})
                    raise RuntimeError("DevTools connection closed")

                loaded = asyncio.Event()
                for domain in ("Page", "Runtime", "Log"):
                    await call(f"{domain}.enable")
                await call("Page.navigate", url=url)
                while not loaded.is_set():
                    await call("Runtime.evaluate", expression="document.readyState")
                await call("Runtime.evaluate", expression="1")  # drain events raised during load
                shot = await call("Page.captureScreenshot", format="png")
            return errors, base64.b64decode(shot["data"])
        finally:
            proc.terminate()
            proc.wait(timeout=10)


async def test_report_opens_in_chromium_without_errors(tmp_path):
    async with ScriptedBot({"shop": {"catalog": CATALOG}, "skills": {"insights": {}}}) as bot:
        for i in range(120):
            await bot.say(f"v{i % 17}", "how much is the Josie Yoga Jacket?" if i % 3 else "love it!", at=i * 5.0)
        await bot.bot.history.flush()
        await bot.bot.skills["insights"].flush()
        report = write_report(bot.bot.store, bot.bot.catalog, tmp_path / "report.html", 3600)
    errors, png = await asyncio.wait_for(open_page(report.as_uri()), timeout=60)
    (tmp_path / "report.png").write_bytes(png)
    Path("/tmp/insights_report.png").write_bytes(png) if Path("/tmp").is_dir() else None
    assert errors == []
    image = Image.open(io.BytesIO(png)).convert("L")
    lo, hi = image.getextrema()
    assert hi - lo > 100  # not a blank page: dark text and charts on white
    assert len(image.resize((100, 140)).getcolors(maxcolors=256) or []) > 20
