#!/usr/bin/env python3
"""A local webhook receiver for trying Otklik's webhooks in dev mode (Python 3.9+, standard library only).

Prints every delivery and whether its Standard Webhooks signature verifies with the subscription's secret:
HMAC-SHA256 over "<webhook-id>.<webhook-timestamp>.<body>" with the base64 key after "whsec_", compared with each
"v1,<signature>" of the webhook-signature header, and a timestamp at most five minutes from this clock.

    WEBHOOK_SECRET=whsec_... python3 tools/webhook_receiver.py 9099

Answers 204 to a verified delivery and 401 to one that does not verify (Otklik does not retry a 401).
"""
import base64
import hashlib
import hmac
import json
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

SECRET = os.environ.get("WEBHOOK_SECRET", "")
TOLERANCE_SECONDS = 300


def verified(msg_id, timestamp, body, header):
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    key = base64.b64decode(SECRET[len("whsec_"):])
    signed = msg_id.encode() + b"." + timestamp.encode() + b"." + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return any(hmac.compare_digest(expected, part[3:]) for part in header.split() if part.startswith("v1,"))


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        msg_id = self.headers.get("webhook-id", "")
        ok = verified(msg_id, self.headers.get("webhook-timestamp", "0"), body, self.headers.get("webhook-signature", ""))
        event = json.loads(body)
        payload = event.get("payload") or {}
        print(f"{event['type']:<26} appeal {payload.get('appealId')} {payload.get('number')} -> {payload.get('status')}"
              f"  webhook-id {msg_id}  signature {'verified' if ok else 'NOT VERIFIED'}", flush=True)
        self.send_response(204 if ok else 401)
        self.end_headers()

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    if not SECRET.startswith("whsec_"):
        sys.exit("Set WEBHOOK_SECRET to the subscription's secret (whsec_...)")
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 9099
    print(f"Listening on http://127.0.0.1:{port}/", flush=True)
    HTTPServer(("127.0.0.1", port), Receiver).serve_forever()
