package slack

import (
	"errors"
	"net/http"
	"strconv"
	"testing"
	"time"

	slackapi "github.com/slack-go/slack"
)

// Slack's worked example, from "Verifying requests from Slack"
// (https://docs.slack.dev/authentication/verifying-requests-from-slack/), also the vector of
// slackapi/python-slack-sdk tests/slack_sdk/signature/test_signature_verifier.py.
const (
	docSecret    = "8f742231b10e8888abcd99yyyzzz85a5"
	docTimestamp = "1531420618"
	docBody      = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
	docSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
)

func docClock(offset time.Duration) func() time.Time {
	return func() time.Time { return time.Unix(1531420618, 0).Add(offset) }
}

func TestSignMatchesSlackExample(t *testing.T) {
	t.Parallel()
	if got := Sign(docSecret, docTimestamp, []byte(docBody)); got != docSignature {
		t.Fatalf("Sign = %s, Slack's example says %s", got, docSignature)
	}
}

func TestVerify(t *testing.T) {
	t.Parallel()
	tampered := []byte(docBody)
	tampered[len(tampered)-1] ^= 1
	tests := []struct {
		name      string
		secret    string
		signature string
		timestamp string
		body      string
		clock     time.Duration // the clock's offset from the example's timestamp
		want      error
	}{
		{"Slack's example", docSecret, docSignature, docTimestamp, docBody, 0, nil},
		{"4 minutes 59 later", docSecret, docSignature, docTimestamp, docBody, 299 * time.Second, nil},
		{"exactly 5 minutes later", docSecret, docSignature, docTimestamp, docBody, MaxSkew, nil},
		{"5 minutes early", docSecret, docSignature, docTimestamp, docBody, -MaxSkew, nil},
		{"upper-case hex", docSecret, "v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503", docTimestamp, docBody, 0, nil},
		{"tampered body", docSecret, docSignature, docTimestamp, string(tampered), 0, ErrBadSignature},
		{"body with a byte added", docSecret, docSignature, docTimestamp, docBody + "&", 0, ErrBadSignature},
		{"empty body", docSecret, docSignature, docTimestamp, "", 0, ErrBadSignature},
		{"wrong secret", "8f742231b10e8888abcd99yyyzzz85a6", docSignature, docTimestamp, docBody, 0, ErrBadSignature},
		{"timestamp changed", docSecret, docSignature, "1531420619", docBody, 0, ErrBadSignature},
		{"stale: 5 minutes 1 second old", docSecret, docSignature, docTimestamp, docBody, MaxSkew + time.Second, ErrStale},
		{"stale: 10 minutes old", docSecret, docSignature, docTimestamp, docBody, 10 * time.Minute, ErrStale},
		{"from the future: 6 minutes ahead", docSecret, docSignature, docTimestamp, docBody, -6 * time.Minute, ErrStale},
		{"missing signature", docSecret, "", docTimestamp, docBody, 0, ErrMissingHeaders},
		{"missing timestamp", docSecret, docSignature, "", docBody, 0, ErrMissingHeaders},
		{"malformed timestamp", docSecret, docSignature, "15314206l8", docBody, 0, ErrBadTimestamp},
		{"negative timestamp", docSecret, docSignature, "-1531420618", docBody, 0, ErrBadTimestamp},
		{"no v0= prefix", docSecret, docSignature[3:], docTimestamp, docBody, 0, ErrBadSignature},
		{"v1 scheme", docSecret, "v1=" + docSignature[3:], docTimestamp, docBody, 0, ErrBadSignature},
		{"truncated signature", docSecret, docSignature[:len(docSignature)-2], docTimestamp, docBody, 0, ErrBadSignature},
		{"not hex", docSecret, docSignature[:len(docSignature)-1] + "g", docTimestamp, docBody, 0, ErrBadSignature},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			v := NewVerifier(tc.secret)
			v.Now = docClock(tc.clock)
			err := v.Verify(tc.signature, tc.timestamp, []byte(tc.body))
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Fatalf("Verify = %v, want %v", err, tc.want)
			}
		})
	}
}

// TestVerifyAgreesWithSlackGo checks Verifier against slack-go's own verifier on freshly signed
// requests (slack-go always uses the real clock, so it cannot take Slack's 2018 example).
func TestVerifyAgreesWithSlackGo(t *testing.T) {
	t.Parallel()
	const secret = "e6b19c5e4d4f4f0a9d9b3c1a2f7e8d90"
	now := time.Now()
	fresh := strconv.FormatInt(now.Unix(), 10)
	old := strconv.FormatInt(now.Add(-6*time.Minute).Unix(), 10)
	ahead := strconv.FormatInt(now.Add(6*time.Minute).Unix(), 10)
	body := []byte("command=%2Fstatus&text=ukraine")
	tests := []struct {
		name, secret, ts string
		body             []byte
		signWith         string
	}{
		{"fresh", secret, fresh, body, secret},
		{"tampered", secret, fresh, append([]byte("x"), body...), secret},
		{"wrong secret", secret, fresh, body, "another secret"},
		{"6 minutes old", secret, old, body, secret},
		{"6 minutes ahead", secret, ahead, body, secret},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			sig := Sign(tc.signWith, tc.ts, body)
			ours := NewVerifier(tc.secret).Verify(sig, tc.ts, tc.body)

			h := http.Header{}
			h.Set("X-Slack-Signature", sig)
			h.Set("X-Slack-Request-Timestamp", tc.ts)
			sv, err := slackapi.NewSecretsVerifier(h, tc.secret)
			if err == nil {
				sv.Write(tc.body)
				err = sv.Ensure()
			}
			if (ours == nil) != (err == nil) {
				t.Fatalf("ours: %v; slack-go: %v", ours, err)
			}
		})
	}
}
