#!/usr/bin/env bash
# Logs in to the local Keycloak as the mobile app does and prints the access token:
# authorization code flow with PKCE (S256) for the public client otklik-mobile, the login form filled in as a
# browser would, the code exchanged with the verifier at the token endpoint.
#
#   TOKEN=$(tools/keycloak/login.sh trusted-citizen)          # every sample user's password is "otklik"
#   tools/keycloak/login.sh official otklik http://localhost:8180/realms/otklik
set -euo pipefail

USERNAME=${1:?usage: $0 <user> [password] [issuer]}
PASSWORD=${2:-otklik}
ISSUER=${3:-http://localhost:${KEYCLOAK_PORT:-8180}/realms/otklik}
CLIENT=otklik-mobile
REDIRECT=ru.otklik.mobile:/oauth2redirect

base64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
fail() { echo "login: $*" >&2; exit 1; }

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

verifier=$(head -c 32 /dev/urandom | base64url)
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64url)
state=$(head -c 16 /dev/urandom | base64url)

# 1. the app opens the authorization endpoint in a browser: Keycloak answers with its login page
page=$(curl -fsS -c "$jar" -b "$jar" -G "$ISSUER/protocol/openid-connect/auth" \
  --data-urlencode "client_id=$CLIENT" --data-urlencode "redirect_uri=$REDIRECT" \
  --data-urlencode "response_type=code" --data-urlencode "scope=openid" --data-urlencode "state=$state" \
  --data-urlencode "code_challenge=$challenge" --data-urlencode "code_challenge_method=S256") \
  || fail "no login page at $ISSUER (is Keycloak running? tools/keycloak/keycloak.sh start)"
action=$(printf '%s' "$page" | grep -o 'id="kc-form-login"[^>]*action="[^"]*"\|action="[^"]*"[^>]*id="kc-form-login"' \
  | grep -o 'action="[^"]*"' | head -n 1 | sed -e 's/^action="//' -e 's/"$//' -e 's/&amp;/\&/g')
[ -n "$action" ] || fail "no login form in the page"

# 2. the person signs in: Keycloak redirects to the app's custom scheme with the code
location=$(curl -sS -c "$jar" -b "$jar" -o /dev/null -D - \
  --data-urlencode "username=$USERNAME" --data-urlencode "password=$PASSWORD" "$action" \
  | sed -n 's/^[Ll]ocation: //p' | tr -d '\r')
case "$location" in
  "$REDIRECT"*) ;;
  *) fail "login refused for $USERNAME" ;;
esac
query=${location#*\?}
code=$(printf '%s' "$query" | tr '&' '\n' | sed -n 's/^code=//p')
returned_state=$(printf '%s' "$query" | tr '&' '\n' | sed -n 's/^state=//p')
[ "$returned_state" = "$state" ] || fail "state mismatch"

# 3. the app exchanges the code, proving with the verifier that it started the flow
response=$(curl -sS "$ISSUER/protocol/openid-connect/token" \
  --data-urlencode "grant_type=authorization_code" --data-urlencode "client_id=$CLIENT" \
  --data-urlencode "code=$code" --data-urlencode "redirect_uri=$REDIRECT" --data-urlencode "code_verifier=$verifier")
token=$(printf '%s' "$response" | jq -r '.access_token // empty')
[ -n "$token" ] || fail "token exchange refused: $response"
echo "$token"
