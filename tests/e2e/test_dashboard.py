"""The operations-room dashboard in a real browser, on the real pipeline: a report of a rocket attack on
an embassy shows up live within two seconds, with its evidence, and an acknowledgement made on one
screen shows on another — and the page never makes a request that leaves 127.0.0.1."""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import urlparse

import httpx
import pytest

from tests.e2e.conftest import ARTIFACTS, SAMPLES
from tests.pipeline import API_KEY, Pipeline

pytestmark = pytest.mark.e2e
LIVE_WITHIN_S = 2.0


def _open(context: Any, url: str) -> Any:
    page = context.new_page()
    page.goto(url)
    page.wait_for_function("window.__dashboardReady !== undefined")
    page.wait_for_selector("#live.on", timeout=10_000)  # both SSE connections are open
    return page


def test_live_incident_evidence_and_shared_ack(pipeline: Pipeline, browser: Any) -> None:
    requested: list[str] = []
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    context.on("request", lambda request: requested.append(request.url))

    def cut_network(route: Any) -> None:  # an air-gapped room: anything not on loopback fails
        host = urlparse(route.request.url).hostname
        route.continue_() if host == "127.0.0.1" else route.abort("internetdisconnected")

    context.route("**/*", cut_network)
    context.add_init_script(
        f"localStorage.setItem('newsalert.operator', 'duty officer');"
        f"localStorage.setItem('newsalert.apiKey', '{API_KEY}');"
    )
    wall = _open(context, f"{pipeline.base}/dashboard")
    second = _open(context, f"{pipeline.base}/dashboard?diplomatic=1")
    assert wall.locator("#feed .card").count() == 0

    article = SAMPLES["sample-id-baghdad"]
    started = time.monotonic()
    response = httpx.post(f"{pipeline.base}/articles", json=article, timeout=10)
    assert response.status_code == 202, response.text
    card = wall.locator("#feed .card").first
    card.wait_for(timeout=15_000)
    elapsed = time.monotonic() - started
    print(f"incident on the dashboard {elapsed:.2f} s after the POST")
    assert elapsed < LIVE_WITHIN_S, f"took {elapsed:.2f} s"
    assert "sev-high" in (card.get_attribute("class") or "")  # an embassy attacked, no casualties
    assert "Baghdad" in card.inner_text()
    assert "Rocket attack" in card.inner_text()
    assert wall.locator("#markers circle.sev-high").count() == 1

    card.click()
    evidence = wall.locator("#detail .ev-sentence", has_text="roket")
    evidence.first.wait_for(timeout=5_000)
    assert wall.locator("#detail .source .lang").first.inner_text().lower() == "id"
    assert wall.locator("#detail .timeline li").count() >= 1
    wall.screenshot(path=str(ARTIFACTS / "dashboard-1920x1080.png"))

    wall.locator("#ack-btn").click()
    second_card = second.locator("#feed .card").first
    second_card.locator(".badge-ack").wait_for(timeout=5_000)
    assert "duty officer" in second_card.inner_text()
    wall.locator("#ack-state.badge-ack").wait_for(timeout=5_000)

    audit = httpx.get(f"{pipeline.base}/incidents/{card.get_attribute('data-incident-id')}/audit").json()
    assert [entry["action"] for entry in audit["audit"]] == ["acknowledged"]
    assert audit["audit"][0]["operator"] == "duty officer"

    # Each dashboard holds two SSE connections, and Chromium allows six per host over HTTP/1.1.
    second.close()
    wall.close()
    laptop = context.new_page()
    laptop.set_viewport_size({"width": 1366, "height": 768})
    laptop.goto(f"{pipeline.base}/dashboard")
    laptop.locator("#feed .card").first.wait_for()
    laptop.locator("#feed .card").first.click()
    try:
        laptop.locator("#detail .ev-sentence").first.wait_for(timeout=5_000)
    finally:
        laptop.screenshot(path=str(ARTIFACTS / "dashboard-1366x768.png"))
    context.close()

    outside = [url for url in requested if urlparse(url).hostname not in ("127.0.0.1", None)]
    assert not outside, f"requests left 127.0.0.1: {outside}"
    assert any(url.endswith("/dashboard/static/vendor/countries-110m.json") for url in requested)


def test_ack_needs_the_api_key(pipeline: Pipeline) -> None:
    response = httpx.post(f"{pipeline.base}/incidents/inc_nope/ack", json={"operator": "x"})
    assert response.status_code == 401
    response = httpx.post(
        f"{pipeline.base}/incidents/inc_nope/ack", json={"operator": "x"}, headers=pipeline.headers
    )
    assert response.status_code == 404
    metrics = httpx.get(f"{pipeline.base}/metrics", timeout=15)
    assert metrics.status_code == 200
    for name in (
        "newsalert_kafka_up 1.0",
        "newsalert_redis_up 1.0",
        "newsalert_articles_per_minute",
        "newsalert_alerts_per_minute",
        'newsalert_consumer_lag{topic="articles.raw"}',
        "newsalert_dead_letters",
    ):
        assert name in metrics.text, name
    health = httpx.get(f"{pipeline.base}/pipeline/health", timeout=15).json()
    assert health["kafka"] and health["redis"]
    assert set(health["consumer_lag"]) >= {"articles.raw", "articles.clean", "incidents"}


# A stand-in for the Web Audio API (headless Chromium has no audio device): counts the tones played.
FAKE_AUDIO = """
window.__tones = 0;
window.AudioContext = class {
  constructor() { this.currentTime = 0; this.destination = {}; }
  resume() {}
  createOscillator() {
    window.__tones++;
    return { frequency: { value: 0 }, connect() {}, start() {}, stop() {} };
  }
  createGain() {
    return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect() {} };
  }
};
"""


def test_critical_alarm_sound_cue_and_keyboard_only_operation(pipeline: Pipeline, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    context.add_init_script(FAKE_AUDIO)
    context.add_init_script(
        f"localStorage.setItem('newsalert.operator', 'night desk');"
        f"localStorage.setItem('newsalert.apiKey', '{API_KEY}');"
    )
    page = _open(context, f"{pipeline.base}/dashboard")
    sound = page.locator("#sound")
    assert sound.get_attribute("aria-pressed") == "false"  # off by default
    page.keyboard.press("s")
    assert sound.get_attribute("aria-pressed") == "true"
    assert page.evaluate("localStorage.getItem('newsalert.sound')") == "on"

    # a high-severity incident: a card, no alarm, no sound
    response = httpx.post(f"{pipeline.base}/articles", json=SAMPLES["sample-id-baghdad"], timeout=10)
    assert response.status_code == 202
    page.locator("#feed .card.sev-high").first.wait_for(timeout=15_000)
    assert page.locator("#banner").is_hidden()
    assert page.evaluate("window.__tones") == 0

    # a critical one: banner, pulsing marker, a three-tone cue
    response = httpx.post(f"{pipeline.base}/articles", json=SAMPLES["sample-en-kabul"], timeout=10)
    assert response.status_code == 202
    banner = page.locator("#banner")
    banner.wait_for(state="visible", timeout=15_000)
    assert "CRITICAL" in banner.inner_text() and "Kabul" in banner.inner_text()
    assert page.locator("#feed .card.sev-critical").count() == 1
    assert page.locator("#markers circle.sev-critical.pulse").count() == 1
    assert page.evaluate("window.__tones") == 3

    # keyboard only: j/k move between cards (newest first), Enter opens, a acknowledges, Esc closes
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    focused = "document.activeElement.closest('.card')?.innerText || ''"
    assert "Kabul" in page.evaluate(focused)
    page.keyboard.press("j")
    assert "Baghdad" in page.evaluate(focused)
    page.keyboard.press("k")
    assert "Kabul" in page.evaluate(focused)
    page.keyboard.press("Enter")
    page.locator("#detail .ev-sentence").first.wait_for(timeout=5_000)
    assert page.locator("#detail").is_visible()
    page.keyboard.press("a")
    page.locator("#ack-state.badge-ack").wait_for(timeout=5_000)
    page.locator("#feed .card.sev-critical .badge-ack").wait_for(timeout=5_000)
    page.keyboard.press("Escape")
    assert page.locator("#detail").is_hidden()
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "f-country"

    # the sound preference survives a reload
    page.reload()
    page.wait_for_function("window.__dashboardReady !== undefined")
    assert page.locator("#sound").get_attribute("aria-pressed") == "true"
    context.close()
