package storetest

import (
	"bytes"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// creds returns the store's CredentialStore; every store keeps credentials.
func creds(t *testing.T, s bot.Store) bot.CredentialStore {
	t.Helper()
	cs, ok := s.(bot.CredentialStore)
	if !ok {
		t.Fatalf("%T does not implement bot.CredentialStore", s)
	}
	return cs
}

// secret is sealed-looking bytes: not text, with a zero byte.
var secret = []byte{1, 0xde, 0xad, 0, 0xbe, 0xef, 0xff, 'x'}

func cred(workspace string, expires time.Time) bot.Credential {
	return bot.Credential{
		Platform: bot.Slack, Workspace: workspace, Secret: secret,
		Meta: []byte(`{"team":"` + workspace + `"}`), Expires: expires, Updated: t0,
	}
}

func put(t *testing.T, cs bot.CredentialStore, c bot.Credential, ifRev int64) bot.Credential {
	t.Helper()
	got, err := cs.PutCredential(ctx(t), c, ifRev)
	if err != nil {
		t.Fatalf("PutCredential %s (if rev %d): %v", c.Workspace, ifRev, err)
	}
	return got
}

func testCredentialsEmpty(t *testing.T, s bot.Store) {
	cs := creds(t, s)
	if _, err := cs.Credential(ctx(t), bot.Slack, "T1"); !errors.Is(err, bot.ErrNoCredential) {
		t.Errorf("Credential of an empty store: %v, want ErrNoCredential", err)
	}
	if all, err := cs.Credentials(ctx(t), bot.Slack, time.Time{}); err != nil || len(all) != 0 {
		t.Errorf("Credentials of an empty store = %v, %v", all, err)
	}
	if ok, err := cs.DeleteCredential(ctx(t), bot.Slack, "T1", bot.AnyRev); err != nil || ok {
		t.Errorf("DeleteCredential of nothing = %v, %v", ok, err)
	}
	if _, _, err := cs.ClaimRefresh(ctx(t), bot.Slack, "T1", "o1", t0, t0.Add(time.Minute)); !errors.Is(err, bot.ErrNoCredential) {
		t.Errorf("ClaimRefresh of nothing: %v, want ErrNoCredential", err)
	}
}

func testCredentialPutAndGet(t *testing.T, s bot.Store) {
	cs := creds(t, s)
	berlin := time.FixedZone("CET", 3600)
	c := cred("T1", t0.Add(12*time.Hour+123456789*time.Nanosecond).In(berlin))
	stored := put(t, cs, c, bot.AnyRev)
	if stored.Rev <= 0 {
		t.Errorf("Rev = %d, want a positive revision", stored.Rev)
	}
	got, err := cs.Credential(ctx(t), bot.Slack, "T1")
	if err != nil {
		t.Fatal(err)
	}
	wantExp := t0.Add(12*time.Hour + 123*time.Millisecond)
	if !bytes.Equal(got.Secret, secret) || string(got.Meta) != string(c.Meta) || got.Rev != stored.Rev ||
		!got.Expires.Equal(wantExp) || got.Expires.Location() != time.UTC || !got.Updated.Equal(t0) ||
		got.Platform != bot.Slack || got.Workspace != "T1" {
		t.Errorf("read back %+v\nwant the record put, expiring %s UTC", got, wantExp)
	}
	for _, k := range [][2]string{{bot.Discord, "T1"}, {bot.Slack, "T2"}, {bot.Slack, "t1"}} {
		if _, err := cs.Credential(ctx(t), k[0], k[1]); !errors.Is(err, bot.ErrNoCredential) {
			t.Errorf("%s/%s sees T1's record: %v", k[0], k[1], err)
		}
	}
	// A record without a secret or an expiry: metadata only.
	bare := put(t, cs, bot.Credential{Platform: bot.Slack, Workspace: "T9", Meta: []byte(`{"enterprise":"E1"}`), Updated: t0}, bot.NoRev)
	if got, err := cs.Credential(ctx(t), bot.Slack, "T9"); err != nil || len(got.Secret) != 0 || !got.Expires.IsZero() || got.Rev != bare.Rev {
		t.Errorf("metadata-only record read back as %+v, %v", got, err)
	}
}

func testCredentialConditionalPut(t *testing.T, s bot.Store) {
	cs := creds(t, s)
	first := put(t, cs, cred("T1", time.Time{}), bot.NoRev)
	if _, err := cs.PutCredential(ctx(t), cred("T1", time.Time{}), bot.NoRev); !errors.Is(err, bot.ErrCredentialChanged) {
		t.Errorf("NoRev over an existing record: %v, want ErrCredentialChanged", err)
	}
	second := cred("T1", t0.Add(time.Hour))
	second.Secret = []byte("second")
	v2 := put(t, cs, second, first.Rev)
	if v2.Rev <= first.Rev {
		t.Errorf("Rev went from %d to %d; it must grow", first.Rev, v2.Rev)
	}
	stale := cred("T1", time.Time{})
	stale.Secret = []byte("stale")
	if _, err := cs.PutCredential(ctx(t), stale, first.Rev); !errors.Is(err, bot.ErrCredentialChanged) {
		t.Errorf("put at a stale revision: %v, want ErrCredentialChanged", err)
	}
	if _, err := cs.PutCredential(ctx(t), cred("T2", time.Time{}), 7); !errors.Is(err, bot.ErrCredentialChanged) {
		t.Errorf("put at a revision of a record that does not exist: %v, want ErrCredentialChanged", err)
	}
	got, err := cs.Credential(ctx(t), bot.Slack, "T1")
	if err != nil || string(got.Secret) != "second" || got.Rev != v2.Rev {
		t.Errorf("after refused puts: %q rev %d (%v), want the second put's", got.Secret, got.Rev, err)
	}
	v3 := put(t, cs, cred("T1", time.Time{}), bot.AnyRev)
	if v3.Rev <= v2.Rev {
		t.Errorf("AnyRev put: Rev %d after %d", v3.Rev, v2.Rev)
	}
}

func testCredentialDelete(t *testing.T, s bot.Store) {
	cs := creds(t, s)
	v1 := put(t, cs, cred("T1", time.Time{}), bot.AnyRev)
	v2 := put(t, cs, cred("T1", time.Time{}), bot.AnyRev)
	put(t, cs, cred("T2", time.Time{}), bot.AnyRev)
	if ok, err := cs.DeleteCredential(ctx(t), bot.Slack, "T1", v1.Rev); err != nil || ok {
		t.Errorf("delete at a stale revision = %v, %v; want nothing deleted", ok, err)
	}
	if _, err := cs.Credential(ctx(t), bot.Slack, "T1"); err != nil {
		t.Errorf("the record went with a refused delete: %v", err)
	}
	if ok, err := cs.DeleteCredential(ctx(t), bot.Slack, "T1", v2.Rev); err != nil || !ok {
		t.Errorf("delete at the current revision = %v, %v", ok, err)
	}
	if _, err := cs.Credential(ctx(t), bot.Slack, "T1"); !errors.Is(err, bot.ErrNoCredential) {
		t.Errorf("after delete: %v, want ErrNoCredential", err)
	}
	if ok, err := cs.DeleteCredential(ctx(t), bot.Slack, "T2", bot.AnyRev); err != nil || !ok {
		t.Errorf("delete at any revision = %v, %v", ok, err)
	}
	// Deleted, the workspace may install again from scratch.
	if again := put(t, cs, cred("T1", time.Time{}), bot.NoRev); again.Rev <= 0 {
		t.Errorf("Rev %d after installing again", again.Rev)
	}
}

func testCredentialsDue(t *testing.T, s bot.Store) {
	cs := creds(t, s)
	put(t, cs, cred("T3", t0.Add(3*time.Hour)), bot.AnyRev)
	put(t, cs, cred("T1", t0.Add(time.Hour)), bot.AnyRev)
	put(t, cs, cred("T2", time.Time{}), bot.AnyRev)
	put(t, cs, bot.Credential{Platform: bot.Discord, Workspace: "G1", Expires: t0, Updated: t0}, bot.AnyRev)
	names := func(cs []bot.Credential) string {
		out := ""
		for _, c := range cs {
			out += c.Workspace + " "
		}
		return out
	}
	all, err := cs.Credentials(ctx(t), bot.Slack, time.Time{})
	if err != nil || names(all) != "T1 T2 T3 " {
		t.Errorf("all Slack credentials = %q, %v; want T1 T2 T3", names(all), err)
	}
	due, err := cs.Credentials(ctx(t), bot.Slack, t0.Add(2*time.Hour))
	if err != nil || names(due) != "T1 " {
		t.Errorf("expiring before t0+2h = %q, %v; want T1 only (T2 never expires)", names(due), err)
	}
	if len(due) == 1 && !bytes.Equal(due[0].Secret, secret) {
		t.Errorf("listed records lost their secret")
	}
}

func testClaimRefresh(t *testing.T, s bot.Store) {
	cs := creds(t, s)
	v1 := put(t, cs, cred("T1", t0.Add(time.Hour)), bot.AnyRev)
	c, ok, err := cs.ClaimRefresh(ctx(t), bot.Slack, "T1", "o1", t0, t0.Add(time.Minute))
	if err != nil || !ok || c.Rev != v1.Rev || !bytes.Equal(c.Secret, secret) {
		t.Fatalf("first claim = %v, rev %d, %v; want it, with the record at rev %d", ok, c.Rev, err, v1.Rev)
	}
	if _, ok, err := cs.ClaimRefresh(ctx(t), bot.Slack, "T1", "o2", t0.Add(30*time.Second), t0.Add(2*time.Minute)); err != nil || ok {
		t.Errorf("second claim within the lease = %v, %v; want refused", ok, err)
	}
	if _, ok, err := cs.ClaimRefresh(ctx(t), bot.Slack, "T1", "o2", t0.Add(time.Minute), t0.Add(2*time.Minute)); err != nil || !ok {
		t.Errorf("claim once the lease ended = %v, %v; want granted", ok, err)
	}
	// Putting the refreshed record ends the claim.
	v2 := put(t, cs, cred("T1", t0.Add(13*time.Hour)), v1.Rev)
	if c, ok, err := cs.ClaimRefresh(ctx(t), bot.Slack, "T1", "o3", t0.Add(61*time.Second), t0.Add(3*time.Minute)); err != nil || !ok || c.Rev != v2.Rev {
		t.Errorf("claim after the put = %v (rev %d), %v; want granted at rev %d", ok, c.Rev, err, v2.Rev)
	}
}

func testConcurrentRefreshClaims(t *testing.T, s bot.Store) {
	cs := creds(t, s)
	put(t, cs, cred("T1", t0.Add(time.Hour)), bot.AnyRev)
	const callers = 8
	var won sync.Map
	var wg sync.WaitGroup
	for i := range callers {
		wg.Go(func() {
			_, ok, err := cs.ClaimRefresh(ctx(t), bot.Slack, "T1", fmt.Sprintf("o%d", i), t0, t0.Add(time.Minute))
			if err != nil {
				t.Errorf("ClaimRefresh: %v", err)
			}
			if ok {
				won.Store(i, true)
			}
		})
	}
	wg.Wait()
	n := 0
	won.Range(func(any, any) bool { n++; return true })
	if n != 1 {
		t.Errorf("%d of %d racing callers got the refresh claim, want 1", n, callers)
	}
}

func testUseOnce(t *testing.T, s bot.Store) {
	cs := creds(t, s)
	if ok, err := cs.UseOnce(ctx(t), "state-a", t0, t0.Add(10*time.Minute)); err != nil || !ok {
		t.Fatalf("first use = %v, %v", ok, err)
	}
	if ok, err := cs.UseOnce(ctx(t), "state-a", t0.Add(time.Minute), t0.Add(11*time.Minute)); err != nil || ok {
		t.Errorf("second use = %v, %v; want refused", ok, err)
	}
	if ok, err := cs.UseOnce(ctx(t), "state-b", t0.Add(time.Minute), t0.Add(11*time.Minute)); err != nil || !ok {
		t.Errorf("another value = %v, %v", ok, err)
	}
	if ok, err := cs.UseOnce(ctx(t), "state-a", t0.Add(10*time.Minute), t0.Add(20*time.Minute)); err != nil || !ok {
		t.Errorf("use after the record expired = %v, %v; want new again", ok, err)
	}
	var wins sync.Map
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			ok, err := cs.UseOnce(ctx(t), "state-c", t0, t0.Add(time.Minute))
			if err != nil {
				t.Errorf("UseOnce: %v", err)
			}
			if ok {
				wins.Store(i, true)
			}
		})
	}
	wg.Wait()
	n := 0
	wins.Range(func(any, any) bool { n++; return true })
	if n != 1 {
		t.Errorf("%d of 8 racing uses of one value succeeded, want 1", n)
	}
}
